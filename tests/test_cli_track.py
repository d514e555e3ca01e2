"""Tracking through the CLI: requests to many bodies, statuses, marks, linking replies, due dates."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run

REQUEST = """Q1. Does the council have a named lead officer for modern slavery?
Q2. How much did the council spend on modern slavery work in 2022-23?
Q3. Does the council have a modern slavery strategy?
"""

REPLY = """Thurrock Council
Our ref: FOI 24-118
Date: 2 February 2024

Thank you for your request received on 11 January 2024.

1. Does the authority have a named lead officer for modern slavery?
No.

2. How much did the authority spend on modern slavery work in 2022-23?
£12,000.

3. Does the authority have a modern slavery strategy?
Yes, it is published on our website.

Thurrock Council holds the information requested.
"""


def add_request(tmp_path: Path, run: Run, *bodies: str) -> None:
    text = tmp_path / "request.txt"
    text.write_text(REQUEST, encoding="utf-8")
    args = ["request", "add", "Modern slavery leads", "--text-file", text, "--sent", "2024-01-11"]
    for body in bodies:
        args += ["--to", body]
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert "3 questions" in result.stderr


def test_request_status_and_overdue(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Leicester City Council", "Thurrock Council")
    rows = json.loads(run("status", "1", "--format", "json", "--today", "2024-01-20").stdout)
    assert {r["body"] for r in rows} == {"Leicester City Council", "Thurrock Council"}
    # Sent Thu 11 Jan 2024: day 1 is Fri 12 Jan; 20 working days later is Thu 8 Feb 2024.
    assert {r["due"] for r in rows} == {"2024-02-08"}
    assert all(r["stage"] == "awaiting" and not r["overdue"] for r in rows)
    late = json.loads(run("overdue", "--format", "json", "--today", "2024-02-20").stdout)
    assert len(late) == 2 and late[0]["days_late"] == 8
    listed = json.loads(run("requests", "--format", "json", "--today", "2024-02-20").stdout)
    assert listed[0]["bodies"] == 2 and listed[0]["overdue"] == 2


def test_misspelt_body_is_matched_and_ambiguous_one_lists_close_names(tmp_path: Path, run: Run) -> None:
    text = tmp_path / "r.txt"
    text.write_text(REQUEST)
    result = run("request", "add", "x", "--text-file", text, "--sent", "2024-01-11", "--to", "Thurock Councel")
    assert result.exit_code == 0, result.output
    assert json.loads(run("status", "1", "-f", "json", "--today", "2024-01-12").stdout)[0]["body"] == "Thurrock Council"
    result = run("request", "add", "y", "--text-file", text, "--sent", "2024-01-11", "--to", "Yorkshire Police")
    assert result.exit_code == 1
    assert "West Yorkshire Police" in result.stderr and "South Yorkshire Police" in result.stderr


def test_reply_is_linked_automatically_and_completes_the_body(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Leicester City Council", "Thurrock Council")
    (tmp_path / "thurrock.txt").write_text(REPLY, encoding="utf-8")
    result = run("ingest", tmp_path / "thurrock.txt")
    assert result.exit_code == 0, result.output
    assert "linked to request 1" in result.stderr
    rows = {r["body"]: r for r in json.loads(run("status", "1", "-f", "json", "--today", "2024-03-01").stdout)}
    assert rows["Thurrock Council"]["stage"] == "complete"
    assert rows["Thurrock Council"]["replied"] == "2024-02-02"
    assert rows["Leicester City Council"]["overdue"]


def test_mark_internal_review_and_history(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    run("mark", "1", "Thurrock Council", "reply", "--on", "2024-02-01", "--outcome", "refused")
    result = run("mark", "1", "thurrock", "internal-review", "--on", "2024-03-01")
    assert result.exit_code == 0, result.output
    events = json.loads(run("history", "1", "--format", "json").stdout)
    assert [e["kind"] for e in events] == ["sent", "reply", "internal_review_requested"]
    rows = json.loads(run("status", "1", "-f", "json", "--today", "2024-03-05").stdout)
    assert rows[0]["stage"] == "internal_review"


def test_impossible_event_is_refused(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Thurrock Council")
    result = run("mark", "1", "Thurrock Council", "reply", "--on", "2023-12-01")
    assert result.exit_code == 1 and "Error:" in result.stderr


def test_due_shows_its_working(run: Run) -> None:
    result = run("due", "--sent", "2024-12-20", "--nation", "scotland")
    assert result.exit_code == 0, result.output
    assert "Christmas" in result.stdout
    assert "Due" in result.stdout


def test_campaign_to_every_council(tmp_path: Path, run: Run) -> None:
    text = tmp_path / "r.txt"
    text.write_text(REQUEST)
    result = run("request", "add", "All councils", "--text-file", text, "--sent", "2024-01-11", "--to-kind", "council")
    assert result.exit_code == 0, result.output
    rows = json.loads(run("status", "1", "--format", "json", "--today", "2024-02-20").stdout)
    assert len(rows) >= 390
    assert {r["regime"] for r in rows} >= {"foia", "foisa"}


def test_body_can_be_moved_to_eir_and_stats_add_up(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Leicester City Council", "Thurrock Council")
    result = run("request", "set", "1", "Thurrock Council", "--regime", "eir")
    assert result.exit_code == 0, result.output
    run("mark", "1", "Thurrock Council", "extension", "--on", "2024-02-01")
    rows = {r["body"]: r for r in json.loads(run("status", "1", "-f", "json", "--today", "2024-02-20").stdout)}
    # EIR reg 7: 40 working days after Thu 11 Jan 2024 is Thu 7 Mar 2024.
    assert rows["Thurrock Council"]["due"] == "2024-03-07"
    assert rows["Thurrock Council"]["stage"] == "extension"
    run("mark", "1", "Leicester City Council", "reply", "--on", "2024-02-06", "--outcome", "refused")
    stats = {
        r["measure"]: r["value"] for r in json.loads(run("stats", "1", "-f", "json", "--today", "2024-02-20").stdout)
    }
    assert stats["bodies asked"] == 2 and stats["replied on time"] == 1 and stats["outcome refused"] == "100%"
    per_body = json.loads(run("stats", "--by-body", "-f", "json", "--today", "2024-02-20").stdout)
    assert {r["body"]: r["refused"] for r in per_body} == {"Leicester City Council": 1, "Thurrock Council": 0}


RELABELLED_REPLY = """Leicester City Council
Date: 1 February 2024

Thank you for your request of 11 January.

1a) Does the council have a named lead officer for modern slavery?
No.

1b) How much did the council spend on modern slavery work in 2022-23?
£7,500 in 2022-23.

1c) Does the council have a modern slavery strategy?
No, there is no strategy.
"""


def test_relabelled_reply_lines_up_with_the_request(tmp_path: Path, run: Run) -> None:
    add_request(tmp_path, run, "Leicester City Council", "Thurrock Council")
    (tmp_path / "leicester.txt").write_text(RELABELLED_REPLY, encoding="utf-8")
    (tmp_path / "thurrock.txt").write_text(REPLY, encoding="utf-8")
    result = run("ingest", tmp_path / "leicester.txt", tmp_path / "thurrock.txt")
    assert result.exit_code == 0, result.output
    rows = json.loads(
        run("compare", "--topic", "funding", "--request", "1", "-f", "json", "--today", "2024-02-05").stdout
    )
    by_body = {r["body"]: r for r in rows}
    # The reply labels its answers 1a-1c; they line up with the request's Q1-Q3.
    assert by_body["Leicester City Council"]["q2"] == "provided: 7500"
    assert by_body["Leicester City Council"]["q2 money"].startswith("£7,500")
    assert by_body["Thurrock Council"]["q2"] == "provided: 12000"
