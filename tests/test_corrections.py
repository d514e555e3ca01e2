"""Issue 12: corrections are data, survive re-extraction, and show as checked everywhere."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

from foitrack.ingest import pipeline
from foitrack.models import Extraction

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "replies"
KENT = SAMPLES / "kent-county-council.txt"
BRISTOL = SAMPLES / "bristol-city-council.pdf"


@pytest.fixture
def kent(run: Run) -> int:
    result = run("ingest", KENT, BRISTOL, "--jobs", "1")
    assert result.exit_code == 0, result.output
    docs = json.loads(run("documents", "-f", "json").stdout)
    return int(next(d["id"] for d in docs if d["file"] == KENT.name))


def record(run: Run, doc_id: int) -> dict[str, Any]:
    records = json.loads(run("export", "json").stdout)
    return next(r for r in records if r["id"] == doc_id)


def answer(rec: dict[str, Any], label: str) -> dict[str, Any]:
    return next(a for a in rec["answers"] if a["q"] == label)


def test_corrections_survive_reingest_and_show_everywhere(kent: int, run: Run, tmp_path: Path) -> None:
    assert run("correct", kent, "4", "--answer", "none", "--note", "no strategy of its own").exit_code == 0
    assert run("correct", kent, "--amount", "1", "--gbp", "13000", "--per", "year").exit_code == 0
    assert run("correct", kent, "--authority", "Kent Police").exit_code == 0
    assert run("correct", kent, "1", "--verify").exit_code == 0

    again = run("ingest", "--force", KENT, "--jobs", "1")
    assert again.exit_code == 0, again.output
    assert "Re-applied 5 of 5 corrections" in again.stderr

    shown = run("show", kent).stdout
    assert "Kent Police" in shown and "✱ corrected" in shown and "✓ verified" in shown
    assert "13000" in shown

    rec = record(run, kent)
    assert rec["authority"] == "Kent Police" and rec["checked"]["authority"] == "corrected"
    assert (answer(rec, "4")["answer"], answer(rec, "4")["checked"]) == ("none", "corrected")
    assert (answer(rec, "1")["answer"], answer(rec, "1")["checked"]) == ("yes", "verified")
    assert answer(rec, "2")["checked"] is None
    assert (rec["amounts"][0]["gbp"], rec["amounts"][0]["per"], rec["amounts"][0]["checked"]) == (
        13000,
        "year",
        "corrected",
    )

    answers_csv = list(csv.DictReader(io.StringIO(run("export", "csv", "--table", "answers").stdout)))
    q4 = next(r for r in answers_csv if r["document_id"] == str(kent) and r["label"] == "4")
    assert (q4["answer"], q4["checked"]) == ("none", "corrected")
    amounts_csv = list(csv.DictReader(io.StringIO(run("export", "csv", "--table", "amounts").stdout)))
    first = next(r for r in amounts_csv if r["document_id"] == str(kent) and r["position"] == "0")
    assert (first["gbp"], first["checked"]) == ("13000", "corrected")
    docs_csv = list(csv.DictReader(io.StringIO(run("export", "csv").stdout)))
    assert next(r for r in docs_csv if r["id"] == str(kent))["authority_checked"] == "corrected"

    compared = run("compare", "--question", "4", "-f", "json")
    row = next(r for r in json.loads(compared.stdout) if r["body"] == "Kent Police")
    assert (row["q4"], row["q4 checked"]) == ("none", "corrected")
    funding = json.loads(run("compare", "--topic", "funding", "-f", "json").stdout)
    kent_row = next(r for r in funding if r["body"] == "Kent Police")
    assert kent_row["q3 money"].startswith("£13,000 a year") and kent_row["q3 money checked"].startswith("corrected")
    assert kent_row["q3 2021-22"] == 13000  # the corrected figure is the one summed
    table = run("compare", "--question", "4")
    assert "∅ none ✱" in table.stdout and "1 of 2 answer cells are not yet verified" in table.stderr

    verified = json.loads(run("compare", "--question", "1", "--verified-only", "-f", "json").stdout)
    assert [(r["body"], r["q1"]) for r in verified if r["status"] != "total"] == [("Kent Police", "yes")]
    money_only = json.loads(run("compare", "--topic", "funding", "--verified-only", "-f", "json").stdout)
    kent_only, total = money_only  # Bristol checked nothing; of Kent's money only the corrected £13,000 a year
    assert (kent_only["body"], kent_only["q3 money checked"]) == ("Kent Police", "corrected")
    assert kent_only["q3 money"].startswith("£13,000 a year") and "£8,000" not in kent_only["q3 money"]
    assert (total["body"], total["q3 2022-23"]) == ("total", 13000)
    money_table = run("compare", "--topic", "funding").stdout
    assert "£13,000 a year ✱" in money_table and "£21,000 ✱" not in money_table  # £8,000 of it unchecked

    page = tmp_path / "report.html"
    assert run("report", "--topic", "funding", "-o", page).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "answers not yet verified by a person" in html and "Kent Police" in html


def test_undo_brings_back_the_machine_reading(kent: int, run: Run) -> None:
    run("correct", kent, "4", "--answer", "none", "--value", "0")
    run("correct", kent, "--amount", "2", "--not-amount")
    rec = record(run, kent)
    assert (answer(rec, "4")["answer"], answer(rec, "4")["value"]) == ("none", "0")
    assert [a["text"] for a in rec["amounts"]] == ["£12.5k", "£45,500"]

    history = json.loads(run("corrections", "-f", "json").stdout)
    assert [(h["id"], h["field"], h["old"], h["new"], h["state"]) for h in history] == [
        (1, "answer", "no", "none", "applied"),
        (2, "value", None, "0", "applied"),
        (3, "not_amount", "£8,000", "not an amount", "applied"),
    ]
    assert run("corrections", "undo", "3").exit_code == 0
    assert run("correct", "--undo", "1").exit_code == 0
    rec = record(run, kent)
    assert (answer(rec, "4")["answer"], answer(rec, "4")["value"], answer(rec, "4")["checked"]) == (
        "no",
        "0",
        "corrected",
    )
    assert [a["text"] for a in rec["amounts"]] == ["£12.5k", "£8,000", "£45,500"]
    assert run("corrections", "undo", "2").exit_code == 0
    rec = record(run, kent)
    assert (answer(rec, "4")["answer"], answer(rec, "4")["value"], answer(rec, "4")["checked"]) == ("no", None, None)
    again = run("corrections", "undo", "2")
    assert again.exit_code == 1 and "already undone" in again.stderr
    states = [h["state"] for h in json.loads(run("corrections", "-f", "json").stdout)]
    assert states == ["undone", "undone", "undone"]


def test_dates_and_outcome_can_be_corrected(kent: int, run: Run) -> None:
    assert run("correct", kent, "--response-date", "2024-02-07", "--outcome", "partial").exit_code == 0
    rec = record(run, kent)
    assert rec["dates"]["response"] == "2024-02-07" and rec["outcome"] == "partial"
    assert rec["checked"]["response"] == "corrected" and rec["checked"]["outcome"] == "corrected"
    listed = json.loads(run("documents", "-f", "json").stdout)
    assert next(d for d in listed if d["id"] == kent)["response_date"] == "2024-02-07"


def test_bad_corrections_are_one_clear_line(kent: int, run: Run) -> None:
    cases = [
        (("correct", kent, "Q9", "--answer", "no"), "has no question 'Q9'"),
        (("correct", kent, "4", "--answer", "maybe"), "unknown answer 'maybe'"),
        (("correct", kent, "--amount", "7", "--gbp", "1"), "has 3 amounts"),
        (("correct", kent, "--amount", "1", "--gbp", "lots"), "not a sum of money"),
        (("correct", kent, "--response-date", "next week"), "not a date"),
        (("correct", 999, "4", "--answer", "no"), "no document with id 999"),
        (("correct", kent), "nothing to correct"),
        (("correct", "--undo", "42"), "no correction with id 42"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 1 and message in result.stderr, (args, result.output)
        assert "Traceback" not in result.output


def _drop_question(label: str, rename: dict[str, str] | None = None) -> Any:
    """An extractor that no longer finds one question (and renames others), like a new version might."""
    real = pipeline.extract_all

    def extract(text: str, meta: Any, hint: Any) -> Extraction:
        found = real(text, meta, hint)
        kept = tuple(replace(a, label=(rename or {}).get(a.label, a.label)) for a in found.answers if a.label != label)
        return replace(found, answers=kept)

    return extract


def test_correction_whose_question_is_gone_is_reported_then_applies_again(
    kent: int, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("correct", kent, "4", "--answer", "none")
    run("correct", kent, "2", "--answer", "not_held")
    real = pipeline.extract_all
    monkeypatch.setattr(pipeline, "extract_all", _drop_question("4", rename={"2": "B"}))
    result = run("ingest", "--force", KENT, "--jobs", "1")
    assert result.exit_code == 0
    assert "correction 1 (answer 4 answer -> none) no longer applies" in " ".join(result.stderr.split())
    assert "Re-applied 1 of 2 corrections" in result.stderr
    rec = record(run, kent)
    assert answer(rec, "B")["answer"] == "not_held"  # the same question under a new label
    assert [h["state"] for h in json.loads(run("corrections", "-f", "json").stdout)] == [
        "not applied: target gone",
        "applied",
    ]
    monkeypatch.setattr(pipeline, "extract_all", real)
    assert run("ingest", "--force", KENT, "--jobs", "1").exit_code == 0
    assert answer(record(run, kent), "4")["answer"] == "none"


def test_setting_a_value_to_what_it_already_was_marks_it_verified(kent: int, run: Run) -> None:
    assert run("correct", kent, "--amount", "1", "--gbp", "£12,500", "--per", "year").exit_code == 0
    assert record(run, kent)["amounts"][0]["checked"] == "verified"
    assert run("correct", kent, "--amount", "1", "--purpose", "coordinator post").exit_code == 0
    assert record(run, kent)["amounts"][0]["checked"] == "corrected"
    assert run("correct", kent, "--verify").exit_code == 0  # the authority and outcome as they stand
    assert record(run, kent)["checked"] == {
        "authority": "verified",
        "outcome": "verified",
        "request": None,
        "response": None,
    }
    table = run("corrections")
    assert "gbp: 12500 -> 12500" in table.stdout and "authority confirmed" in table.stdout


def test_a_confirmed_authority_that_a_new_reading_changes_is_reported(kent: int, run: Run) -> None:
    assert run("correct", kent, "--verify").exit_code == 0  # authority and outcome confirmed
    result = run("ingest", KENT, "--authority", "Kent Police", "--jobs", "1")
    assert result.exit_code == 0, result.output
    stderr = " ".join(result.stderr.split())
    assert "correction 1 (document authority -> (confirmed)) no longer applies" in stderr
    assert "Re-applied 1 of 2 corrections" in stderr
    rec = record(run, kent)
    assert rec["authority"] == "Kent Police" and rec["checked"]["authority"] is None
    assert rec["checked"]["outcome"] == "verified"
