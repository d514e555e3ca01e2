"""Each answer's confidence: the model, and where it shows (show, export, compare --quotes)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import Run

from foitrack.lexicon.confidence import UNCERTAIN_BELOW, WEIGHTS, confidence, is_uncertain

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "replies"


@pytest.fixture
def samples_db(run: Run) -> None:
    result = run("ingest", SAMPLES, "--jobs", "1")
    assert result.exit_code == 0, result.output


def test_confidence_is_a_probability_that_features_move() -> None:
    first = {"how_first": 1.0, "class_not_held": 1.0, "score": 0.9, "margin": 0.9}
    guessed = {"how_default": 1.0, "class_provided": 1.0, "shared": 1.0, "mixed": 1.0, "long": 1.0}
    assert 0.0 <= confidence(guessed) < confidence(first) <= 1.0
    assert confidence({}, {}) == 0.5
    assert confidence({"x": 1e9}, {"x": 1.0}) == 1.0  # no overflow
    assert "bias" in WEIGHTS


def test_uncertain_below_the_threshold_and_never_for_a_missing_value() -> None:
    assert is_uncertain(UNCERTAIN_BELOW - 0.01)
    assert not is_uncertain(UNCERTAIN_BELOW)
    assert not is_uncertain(None)  # extracted before m005


def test_export_json_and_csv_carry_the_confidence(samples_db: None, run: Run) -> None:
    records = json.loads(run("export", "json").stdout)
    answers = [a for r in records for a in r["answers"]]
    assert answers and all(0.0 <= a["confidence"] <= 1.0 for a in answers)
    assert all(a["uncertain"] is is_uncertain(a["confidence"]) for a in answers)
    rows = list(csv.DictReader(io.StringIO(run("export", "csv", "--table", "answers").stdout.lstrip("\ufeff"))))
    assert rows and all(0.0 <= float(r["confidence"]) <= 1.0 for r in rows)


def test_show_and_compare_quotes_show_the_confidence(samples_db: None, run: Run) -> None:
    shown = run("show", "1")
    assert shown.exit_code == 0 and "confidence" in shown.stdout
    flat = json.loads(run("compare", "--topic", "funding", "--quotes", "--format", "json").stdout)
    values = [v for row in flat for k, v in row.items() if k.endswith(" confidence") and v is not None]
    assert values and all(0.0 <= v <= 1.0 for v in values)
    table = run("compare", "--topic", "funding", "--quotes")
    assert table.exit_code == 0 and "(0." in table.stdout


def test_html_report_gives_each_answer_its_confidence(samples_db: None, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run("report", "--topic", "funding", "-o", out).exit_code == 0
    assert "(confidence 0." in out.read_text(encoding="utf-8")
