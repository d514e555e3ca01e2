"""Comparisons across bodies: the samples, and families of real replies with known answers."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import Run

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "replies"


@pytest.fixture
def samples_db(run: Run) -> None:
    result = run("ingest", SAMPLES, "--jobs", "1")
    assert result.exit_code == 0, result.output


def compared(run: Run, *args: str) -> list[dict]:
    result = run("compare", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows_by_body(run: Run, *args: str) -> dict[str, dict]:
    return {row["body"]: row for row in compared(run, *args) if row["status"] != "total"}


def test_funding_comparison_of_the_samples(samples_db: None, run: Run) -> None:
    rows = compared(run, "--topic", "funding")
    by_body = {row["body"]: row for row in rows if row["status"] != "total"}
    bristol = by_body["Bristol City Council"]
    assert bristol["q3"] == "provided: 38500"
    assert [bristol[f"q3 {y}"] for y in ("2021-22", "2022-23", "2023-24")] == [38500, 41200, 45000]
    assert bristol["file"] == "bristol-city-council.pdf"
    kent = by_body["Kent County Council"]
    assert kent["q3 2021-22"] == 12500  # "£12.5k per annum in each of the three years"
    assert kent["q3 2022-23"] == 20500  # ... and a one-off £8,000 in 2022-23
    assert kent["q3 2021-22 to 2023-24"] == 45500  # its stated total, not added to the years
    cardiff = by_body["City of Cardiff Council"]
    assert cardiff["q3 2021-22 to 2023-24"] == 64050
    assert "stated total" in cardiff["q3 money"]
    assert by_body["Police, Fire and Crime Commissioner for Essex"]["q3 money"].startswith("≈ £1.2m")
    assert by_body["Cornwall Council"]["q3"] == "not_held"  # a reply that holds nothing still has its row
    assert by_body["Thurrock Council"]["q3"].startswith("refused: s12")  # a whole-request refusal
    assert by_body["norfolk-county-council-scanned.pdf"]["status"] == "needs_ocr"  # a scan is a reply
    (total,) = [row for row in rows if row["status"] == "total"]
    assert total["q3 2021-22"] == 38500 + 18750 + 612000 + 12500 + 29000 + 22000
    assert total["q3 2021-22 to 2023-24"] == 64050 + 45500 + 1200000
    assert "years are never added" in total["notes"]


def test_yes_no_question_across_the_samples(samples_db: None, run: Run) -> None:
    rows = rows_by_body(run, "--question", "Q1")
    assert rows["Bristol City Council"]["q1"] == "yes"
    assert rows["Leeds City Council"]["q1"] == "yes"
    assert rows["Glasgow City Council"]["q1"] == "yes"


def test_markdown_and_csv_outputs(samples_db: None, run: Run, tmp_path: Path) -> None:
    markdown = run("compare", "--topic", "funding", "--format", "markdown", "--quotes")
    assert markdown.stdout.startswith("| group | request | body |")
    out = tmp_path / "funding.csv"
    assert run("compare", "--topic", "funding", "--format", "csv", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("group,request,body,status,latest")


def test_html_report_of_the_samples(samples_db: None, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", "--topic", "funding", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Bristol City Council" in html and "<svg" in html and "bristol-city-council.pdf" in html


def test_unknown_topic_is_a_clear_error(run: Run) -> None:
    result = run("compare", "--topic", "weather")
    assert result.exit_code == 1 and "unknown topic" in result.stderr and "funding" in result.stderr


def test_user_topics_file(samples_db: None, run: Run, tmp_path: Path) -> None:
    topics = tmp_path / "mine.toml"
    topics.write_text('[teams]\ntitle = "Teams"\nquestion_words = ["team"]\n', encoding="utf-8")
    rows = rows_by_body(run, "--topic", "teams", "--topics", str(topics))
    assert rows["Bristol City Council"]["q2"].startswith("provided")


def _label(label: str) -> str:
    return re.sub(r"^(question|qn|q)\s*", "", label.lower()).replace(" ", "")


@pytest.mark.slow
def test_corpus_families_line_up_with_their_gold_answers(shared: Path, run: Run, tmp_path: Path) -> None:
    """For each family of replies to one request, compare each shared question and check the cells."""
    families: dict[str, list[tuple[Path, dict]]] = defaultdict(list)
    for gold_path in sorted((shared / "corpus" / "dev").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        families[gold["family"]].append((text, gold))
    checked = agreed = 0
    for members in families.values():
        if len(members) < 2:
            continue
        db = tmp_path / f"{members[0][1]['family']}.db"
        assert run("ingest", *[str(p) for p, _ in members], "--db", str(db), "--jobs", "1").exit_code == 0
        file_of = {d["id"]: d["file"] for d in json.loads(run("documents", "--db", str(db), "-f", "json").stdout)}
        labels = {_label(a["q"]) for _, gold in members for a in gold["answers"]}
        for label in sorted(labels):
            result = run("compare", "--question", label, "--all", "--db", str(db), "--format", "json")
            cells = {
                file_of[r["document"]]: next((v for k, v in r.items() if k.split(".")[-1] == f"q{label}"), "")
                for r in json.loads(result.stdout)
                if r["status"] != "total" and r["document"] is not None
            }
            for path, gold in members:
                expected = [a["answer"] for a in gold["answers"] if _label(a["q"]) == label]
                if expected:
                    checked += 1
                    agreed += cells.get(path.name, "").split(":")[0] == expected[0]
    assert checked >= 30
    assert agreed / checked >= 0.8, f"{agreed} of {checked} cells agree with the gold answers"


def test_a_terminal_table_keeps_the_most_answered_questions_that_fit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import Counter

    from foitrack import console
    from foitrack.cli.comparing import _shown_questions
    from foitrack.compare import Group

    monkeypatch.setattr(console, "width", lambda: 80)
    columns = [str(n) for n in range(1, 13)]
    counts = {key: Counter({"yes": 1}) for key in columns}
    counts["9"] = Counter({"yes": 5, "no": 2})
    counts["4"] = Counter({"provided": 4})
    result = Group(columns=columns, questions={}, rows=[], counts=counts)
    shown = _shown_questions(result, quotes=False)  # 80 columns: room for three
    assert shown == ["1", "4", "9"]
    assert "Showing 3 of 12 questions" in capsys.readouterr().err
    counts["12"] = Counter({"refused": 1})
    assert _shown_questions(result, quotes=False, prefer=("refused",)) == ["4", "9", "12"]
    few = Group(columns=["1", "2"], questions={}, rows=[], counts={})
    assert _shown_questions(few, quotes=False) == ["1", "2"]
