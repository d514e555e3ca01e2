"""Issue 12: tracking a person can fix. One test per defect the issue lists."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run
from test_cli_track import REPLY, add_request


def status(run: Run, request_id: int = 1) -> dict[str, dict[str, object]]:
    rows = json.loads(run("status", request_id, "-f", "json", "--today", "2024-03-01").stdout)
    return {r["body"]: r for r in rows}


def test_request_add_refuses_a_duplicate_name(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    again = run("request", "add", "modern  slavery LEADS", "--sent", "2024-01-11", "--to", "Thurrock Council")
    assert again.exit_code == 1
    assert "already exists (request 1)" in again.stderr and "request edit 1" in again.stderr
    assert len(json.loads(run("requests", "-f", "json").stdout)) == 1


def test_to_file_reports_every_unmatched_name_at_once_and_adds_nothing(tmp_path: Path, run: Run) -> None:
    names = tmp_path / "bodies.txt"
    names.write_text("Thurrock Council\nNowhere Borough Zzz\nLeicester City Council\nQqq Fire Brigade\n")
    result = run("request", "add", "x", "--sent", "2024-01-11", "--to-file", names)
    assert result.exit_code == 1
    assert "2 name(s) match no body" in result.stderr
    assert "'Nowhere Borough Zzz'" in result.stderr and "'Qqq Fire Brigade'" in result.stderr
    listed = run("requests", "-f", "json")  # nothing was added: not even the database was created
    assert listed.exit_code == 1 and "no such database" in listed.stderr

    result = run("request", "add", "x", "--sent", "2024-01-11", "--to-file", names, "--skip-unmatched")
    assert result.exit_code == 0, result.output
    assert "skipped 'Nowhere Borough Zzz'" in result.stderr and "to 2 bodies" in result.stderr
    assert set(status(run)) == {"Thurrock Council", "Leicester City Council"}


def test_every_fuzzy_match_is_printed(tmp_path: Path, run: Run) -> None:
    result = run(
        "request", "add", "x", "--sent", "2024-01-11", "--to", "Thurock Councel", "--to", "Kent County Council"
    )
    assert result.exit_code == 0, result.output
    assert "Thurock Councel -> Thurrock Council" in result.stderr
    assert "Kent County Council ->" not in result.stderr


def test_any_body_can_be_added(run: Run) -> None:
    result = run(
        "request", "add", "Parish spending", "--sent", "2024-01-11",
        "--new-body", "Little Snoring Parish Council", "--kind", "parish", "--nation", "england",
        "--to", "Thurrock Council",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = status(run)
    assert set(rows) == {"Little Snoring Parish Council", "Thurrock Council"}
    assert rows["Little Snoring Parish Council"]["regime"] == "foia"


def test_request_edit_moves_the_due_date_and_remove_asks_first(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    assert status(run)["Thurrock Council"]["due"] == "2024-02-08"
    result = run("request", "edit", "1", "--sent", "2024-01-18", "--title", "Slavery leads, corrected")
    assert result.exit_code == 0, result.output
    assert status(run)["Thurrock Council"]["due"] == "2024-02-15"
    assert json.loads(run("requests", "-f", "json").stdout)[0]["title"] == "Slavery leads, corrected"

    refused = run("request", "remove", "1")  # no terminal answers the question: nothing is removed
    assert refused.exit_code == 1 and "Remove request 1" in refused.stderr
    assert len(json.loads(run("requests", "-f", "json").stdout)) == 1
    assert run("request", "remove", "1", "--yes").exit_code == 0
    assert json.loads(run("requests", "-f", "json").stdout) == []
    missing = run("request", "remove", "1", "--yes")
    assert missing.exit_code == 1 and "no request with id 1" in missing.stderr


def test_link_and_unlink_by_hand(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Leicester City Council", "Thurrock Council")
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY.replace("Thurrock Council", "The Council"), encoding="utf-8")
    assert run("ingest", reply).exit_code == 0
    assert status(run)["Thurrock Council"]["stage"] == "awaiting"

    result = run("link", "1", "1", "thurrock")
    assert result.exit_code == 0, result.output
    assert "linked to request 1: Thurrock Council" in result.stderr
    assert status(run)["Thurrock Council"]["stage"] == "complete"

    assert run("unlink", "1").exit_code == 0
    assert status(run)["Thurrock Council"]["stage"] == "awaiting"
    again = run("unlink", "1")
    assert again.exit_code == 1 and "not linked" in again.stderr
    wrong = run("link", "1", "1", "Kent Police")
    assert wrong.exit_code == 1 and "was not sent to 'Kent Police'" in wrong.stderr


def test_document_remove_takes_everything_read_from_it(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    reply = tmp_path / "thurrock.txt"
    reply.write_text(REPLY, encoding="utf-8")
    assert run("ingest", reply).exit_code == 0
    assert run("correct", "1", "1", "--answer", "yes").exit_code == 0
    assert run("document", "remove", "1").exit_code == 1  # asks first; no answer, no removal
    result = run("document", "remove", "1", "--yes")
    assert result.exit_code == 0, result.output
    assert json.loads(run("documents", "-f", "json").stdout) == []
    assert json.loads(run("corrections", "-f", "json").stdout) == []
    assert status(run)["Thurrock Council"]["stage"] == "awaiting"
    assert run("ingest", reply).exit_code == 0  # and it can come back
    assert status(run)["Thurrock Council"]["stage"] == "complete"


def test_ingest_authority_on_a_stored_document_needs_no_force_and_warns_on_unknown_names(
    tmp_path: Path, run: Run
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY.replace("Thurrock Council", "The Council"), encoding="utf-8")
    assert run("ingest", reply).exit_code == 0
    result = run("ingest", reply, "--authority", "Thurrock Council")
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.stderr
    assert json.loads(run("documents", "-f", "json").stdout)[0]["authority"] == "Thurrock Council"

    typo = run("ingest", reply, "--authority", "Thurock Councel")
    assert typo.exit_code == 0
    assert "'Thurock Councel' is not a body foitrack knows" in typo.stderr
    assert "did you mean 'Thurrock Council'?" in typo.stderr
    same = run("ingest", reply, "--authority", "Thurock Councel")  # nothing new to do: left as it is
    assert "already present" in same.stderr


def test_request_verbs_live_under_request_and_keep_their_short_names(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    for long, short in (
        (("request", "list", "-f", "json"), ("requests", "-f", "json")),
        (
            ("request", "status", "1", "-f", "json", "--today", "2024-03-01"),
            ("status", "1", "-f", "json", "--today", "2024-03-01"),
        ),
        (("request", "history", "1", "-f", "json"), ("history", "1", "-f", "json")),
        (
            ("request", "overdue", "-f", "json", "--today", "2024-03-01"),
            ("overdue", "-f", "json", "--today", "2024-03-01"),
        ),
    ):
        first, second = run(*long), run(*short)
        assert first.exit_code == second.exit_code == 0, first.output
        assert first.stdout == second.stdout and json.loads(first.stdout)
    assert run("request", "mark", "1", "Thurrock Council", "acknowledged", "--on", "2024-01-12").exit_code == 0
    assert [e["kind"] for e in json.loads(run("history", "1", "-f", "json").stdout)] == ["sent", "acknowledged"]
