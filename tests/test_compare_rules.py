"""The comparison's rules on small reply sets written for these tests: rows, groups and honest sums."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import Run

LETTER = """{body}
Information Team, Civic Offices
Date: {date}

Dear Requester,

Freedom of Information request - {subject}

{answers}

Yours sincerely,
{body}
"""
LIGHTING_Q1 = "Q1. How much did the council spend on street lighting repairs in 2021-22 and 2022-23?"
LIGHTING_Q2 = "Q2. What hourly rate do lighting contractors charge the council?"
REPLIES = {
    "leeds-2024.txt": (
        "Leeds City Council",
        "4 March 2024",
        "street lighting",
        f"{LIGHTING_Q1}\nResponse: We spent £10,000 in 2021-22 and £12,500 in 2022-23, £22,500 in total.\n\n"
        f"{LIGHTING_Q2}\nResponse: Contractors charge £40 an hour.",
    ),
    "leeds-2023.txt": (
        "Leeds City Council",
        "2 May 2023",
        "street lighting",
        f"{LIGHTING_Q1}\nResponse: We spent £9,000 in 2021-22. The 2022-23 accounts are not yet closed.\n\n"
        f"{LIGHTING_Q2}\nResponse: Contractors charge £38 an hour.",
    ),
    "bristol.txt": (
        "Bristol City Council",
        "6 March 2024",
        "street lighting",
        f"{LIGHTING_Q1}\nResponse: Approximately £5,000 in 2021-22 and £6,000 in 2022-23.\n\n"
        f"{LIGHTING_Q2}\nResponse: Not held. Our contractors are paid a fixed annual fee.",
    ),
    "kent.txt": (
        "Kent County Council",
        "7 March 2024",
        "street lighting",
        f"{LIGHTING_Q1}\nResponse: None. We do not fund lighting repairs separately, although around £2m "
        "of our budget this year is spent on highway maintenance.\n\n"
        f"{LIGHTING_Q2}\nResponse: Not held.",
    ),
    "thurrock.txt": (
        "Thurrock Council",
        "8 March 2024",
        "street lighting",
        "We are refusing your request about street lighting repairs and contractors' hourly rates under "
        "section 12 of the Freedom of Information Act 2000: finding the spend for 2021-22 and 2022-23 "
        "would take more than 18 hours. This is a refusal notice under section 17(5).",
    ),
    "bristol-allotments.txt": (
        "Bristol City Council",
        "9 April 2024",
        "allotments",
        "Q1. How many allotment plots does the council rent out to residents?\nResponse: 1,240 plots.\n\n"
        "Q2. What income did the council receive from allotment rents in 2023?\n"
        "Response: Allotment rents brought in £61,000 in 2023.",
    ),
}


@pytest.fixture
def replies(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    for name, (body, date, subject, answers) in REPLIES.items():
        text = LETTER.format(body=body, date=date, subject=subject, answers=answers)
        (folder / name).write_text(text, encoding="utf-8")
    assert run("ingest", folder, "--jobs", "1").exit_code == 0


def compared(run: Run, *args: str) -> list[dict]:
    result = run("compare", "--topic", "funding", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_two_requests_make_two_tables_with_their_own_questions(replies: None, run: Run) -> None:
    rows = compared(run)
    lighting = [r for r in rows if "street lighting" in r["request"]]
    allotments = [r for r in rows if "allotment" in r["request"]]
    assert lighting and allotments
    assert {r["group"] for r in lighting}.isdisjoint({r["group"] for r in allotments})
    allotment_row = next(r for r in allotments if r["status"] != "total")
    assert allotment_row["file"] == "bristol-allotments.txt"
    assert not any(key.endswith("q1 2021-22") for key in allotment_row)  # no lighting column here


def test_a_body_that_replied_twice_shows_its_latest_with_a_mark(replies: None, run: Run) -> None:
    latest = [r for r in compared(run) if r["body"] == "Leeds City Council"]
    assert [(r["file"], r["latest"], r["replies"]) for r in latest] == [("leeds-2024.txt", True, 2)]
    every = [r["file"] for r in compared(run, "--all") if r["body"] == "Leeds City Council"]
    assert every == ["leeds-2024.txt", "leeds-2023.txt"]


def test_sums_are_per_year_never_across_years_nor_with_stated_totals_or_rates(replies: None, run: Run) -> None:
    rows = compared(run)
    group = next(r["group"] for r in rows if r["file"] == "leeds-2024.txt")
    prefix = f"{group}."
    total = next(r for r in rows if r["status"] == "total" and r["group"] == group)
    assert total[f"{prefix}q1 2021-22"] == 15000  # Bristol's about £5,000 and Leeds's £10,000
    assert total[f"{prefix}q1 2022-23"] == 18500  # not Leeds's stated £22,500 on top of its parts
    assert total[f"{prefix}q1 2021-22 to 2022-23"] == 22500  # the stated total stands for both years
    assert "2021-22 is approximate" in total["notes"]
    assert not any(key.startswith(f"{prefix}q2 ") and value for key, value in total.items())  # £40 an hour
    leeds = next(r for r in rows if r["file"] == "leeds-2024.txt")
    assert "per hour" in leeds[f"{prefix}q2 money"]


def test_the_table_prints_its_legend_and_notes_on_stdout_at_80_columns(
    replies: None, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from foitrack import console

    monkeypatch.setattr(console.out, "width", 80)
    result = run("compare", "--topic", "funding")
    assert result.exit_code == 0
    out = result.stdout
    assert "Q1: How much did the council spend on street lighting repairs" in out
    assert "years are never added to each other" in out
    assert "★ latest" in out and "leeds-2024.txt" in out
    assert max(len(line) for line in out.splitlines()) <= 80, [line for line in out.splitlines() if len(line) > 80]


SCAN = Path(__file__).resolve().parents[1] / "samples" / "replies" / "norfolk-county-council-scanned.pdf"


def test_a_scan_that_needs_ocr_is_a_reply_not_a_late_body(run: Run, tmp_path: Path) -> None:
    request = tmp_path / "request.txt"
    request.write_text(f"{LIGHTING_Q1}\n{LIGHTING_Q2}\n", encoding="utf-8")
    added = run(
        "request", "add", "Lighting", "--text-file", request, "--sent", "2024-01-08",
        "--to", "Norfolk County Council", "--to", "Leeds City Council",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert run("ingest", SCAN, "--authority", "Norfolk County Council").exit_code == 0
    status = json.loads(run("status", "1", "-f", "json").stdout)
    norfolk = next(r for r in status if r["body"] == "Norfolk County Council")
    assert (norfolk["stage"], norfolk["outcome"], norfolk["days_late"], norfolk["overdue"]) == (
        "complete",
        "needs OCR",
        None,
        "",
    )
    rows = json.loads(run("compare", "--question", "1", "--request", "1", "-f", "json").stdout)
    by_body = {r["body"]: r for r in rows if r["status"] != "total"}
    assert by_body["Norfolk County Council"]["status"] == "needs_ocr"
    assert by_body["Leeds City Council"]["status"] == "overdue"


def test_status_and_overdue_read_at_80_columns(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foitrack import console

    monkeypatch.setattr(console.out, "width", 80)
    request = tmp_path / "request.txt"
    request.write_text(f"{LIGHTING_Q1}\n", encoding="utf-8")
    assert run("request", "add", "Lighting", "--text-file", request, "--sent", "2024-01-08",
               "--to", "Leeds City Council").exit_code == 0  # fmt: skip
    for command in (("status", "1"), ("overdue",)):
        out = run(*command, "--today", "2024-03-01").stdout
        assert "Leeds City" in out and "19 days" in out and "overdue" in out, out
        assert all(len(line) <= 80 for line in out.splitlines())


def test_money_given_with_a_none_answer_is_shown_but_never_summed(replies: None, run: Run) -> None:
    rows = compared(run)
    kent = next(r for r in rows if r["body"] == "Kent County Council")
    group = kent["group"]
    money = next(v for k, v in kent.items() if k.endswith("q1 money"))
    assert money.startswith("≈ £2m this year (highway maintenance")
    assert "not summed" in money
    total = next(r for r in rows if r["status"] == "total" and r["group"] == group)
    assert total[f"{group}.q1 2021-22"] == 15000  # Kent's £2m is in no total
    assert "Kent County Council (kent.txt)" in total["notes"]


def test_a_whole_request_refusal_fills_every_cell_of_its_row(replies: None, run: Run) -> None:
    rows = compared(run)
    thurrock = next(r for r in rows if r["body"] == "Thurrock Council")
    cells = {k: v for k, v in thurrock.items() if k.split(".")[-1] in ("q1", "q2")}
    assert len(cells) == 2 and all(v.startswith("refused: s12") for v in cells.values()), thurrock
    refusals = json.loads(run("compare", "--topic", "refusals", "-f", "json").stdout)
    assert "Thurrock Council" in {r["body"] for r in refusals}


def test_commands_start_without_importing_pydantic(replies: None, tmp_path: Path) -> None:
    """typer would coerce every option through pydantic (~60 ms of each start); foitrack.cli converts
    plain options itself, and leaves typer's coercion (and its messages) for the rest."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from foitrack.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules)\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    for args in (["compare", "--topic", "funding", "-f", "csv"], ["status", "1", "--today", "2024-03-01"]):
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env)
        assert done.stdout.strip().splitlines()[-1] == "False", (args, done.stdout[-300:], done.stderr[-300:])
    bad = subprocess.run([sys.executable, "-m", "foitrack", "compare", "-f", "xml"], capture_output=True, text=True)
    assert bad.returncode == 2 and "xml" in bad.stderr


def test_a_refusal_that_joins_no_table_is_still_listed(run: Run, tmp_path: Path) -> None:
    body, date, subject, answers = REPLIES["thurrock.txt"]
    reply = tmp_path / "alone.txt"
    reply.write_text(LETTER.format(body=body, date=date, subject=subject, answers=answers), encoding="utf-8")
    assert run("ingest", reply).exit_code == 0
    (row,) = [r for r in json.loads(run("compare", "--topic", "refusals", "-f", "json").stdout) if r["body"] != "total"]
    assert (row["body"], row["status"], row["file"]) == ("Thurrock Council", "refused", "alone.txt")
    assert row["section"].startswith("s12")
    table = run("compare", "--topic", "refusals").stdout
    assert "Thurrock Council" in table and "refused" in table


def _money_row(body: str, *amounts: dict, answer: str = "provided") -> dict:
    base = {
        "per": None, "period": None, "approximate": False, "stated_total": False, "rate": None,
        "cost_limit": False, "purpose": None, "quote": "", "text": "", "why": None, "counted": True,
    }  # fmt: skip
    cell = {"answer": answer, "value": None, "quote": "", "amounts": [{**base, **a} for a in amounts]}
    return {"body": body, "file": f"{body}.txt", "latest": True, "1": cell}


def test_question_money_rules_on_hand_built_cells() -> None:
    from decimal import Decimal

    from foitrack.compare import UNDATED, Group, chart_series, question_money

    def group(question: str, *rows: dict) -> Group:
        built = Group(columns=["1"], questions={"1": question}, rows=list(rows))
        money = question_money(built, "1")
        if money is not None:
            built.money["1"] = money
        return built

    one_year = group(
        "What did you spend on grit in 2023?",
        _money_row("A", {"gbp": Decimal(500)}),
        _money_row("B", {"gbp": Decimal(700)}),
    )
    money = question_money(one_year, "1")
    assert money is not None and money.totals["2023"].gbp == 1200  # undated figures take the one year asked

    a, b = _money_row("A", {"gbp": Decimal(5)}), _money_row("B", {"gbp": Decimal(6)})
    undated = group("What is your grit budget?", a, b)
    money = question_money(undated, "1")
    assert money is not None and money.totals == {} and any("not stated" in n for n in money.notes)
    assert [period for _, period, _ in chart_series(undated)] == [UNDATED]  # bars, but no total

    relative = group(
        "What is your grit budget?",
        _money_row("A", {"gbp": Decimal(5), "period": "this year"}),
        _money_row("B", {"gbp": Decimal(6), "period": "this year"}),
    )
    money = question_money(relative, "1")
    assert money is not None and money.totals == {} and chart_series(relative) == []


def test_verified_only_keeps_checked_answers_and_money_and_sums_them_again() -> None:
    from decimal import Decimal

    from foitrack.compare import Comparison, Group, question_money, unverified_cells, verified_only

    checked_a = _money_row("A", {"gbp": Decimal(500), "period": "2023", "checked": "verified"})
    checked_a["1"]["checked"] = "verified"
    mixed_b = _money_row(
        "B",
        {"gbp": Decimal(700), "period": "2023", "checked": "corrected"},
        {"gbp": Decimal(90), "period": "2023", "checked": None},
    )
    unchecked_c = _money_row("C", {"gbp": Decimal(300), "period": "2023", "checked": None})
    refused = {
        "body": "E",
        "status": "refused",
        "file": "e.txt",
        "latest": True,
        "1": {"answer": "refused", "amounts": []},
    }
    awaiting = {
        "body": "D",
        "status": "awaiting",
        "file": None,
        "latest": True,
        "1": {"answer": "awaiting", "amounts": []},
    }
    group = Group(columns=["1"], questions={"1": "What did you spend on grit in 2023?"}, rows=[])
    group.rows = [checked_a, mixed_b, unchecked_c, awaiting, refused]
    group.money["1"] = question_money(group, "1")  # type: ignore[assignment]
    assert group.money["1"].totals["2023"].gbp == 1590
    assert group.money["1"].by_row[0]["2023"].checked == "verified"
    assert group.money["1"].by_row[1]["2023"].checked is None  # one of its two figures nobody checked
    assert unverified_cells(Comparison([group])) == (2, 3)  # a body yet to reply has no answer to check

    (kept,) = verified_only(Comparison([group])).groups
    assert [r["body"] for r in kept.rows] == ["A", "B", "D"]  # C and E's refusal: nothing checked; D is awaited
    assert kept.rows[1]["1"]["answer"] == "unverified"  # B's class was not checked, one figure was
    assert [m["gbp"] for m in kept.rows[1]["1"]["amounts"]] == [700]
    assert kept.money["1"].totals["2023"].gbp == 1200  # summed again from what is left
    assert kept.money["1"].by_row[1]["2023"].checked == "corrected"
    assert kept.counts["1"] == {"provided": 1, "unverified": 1, "awaiting": 1}


def test_an_automatic_mail_is_never_a_refusal_row(run: Run, tmp_path: Path, db_path: Path) -> None:
    from foitrack.db import open_db

    body, date, subject, answers = REPLIES["thurrock.txt"]
    reply = tmp_path / "thurrock.txt"
    reply.write_text(LETTER.format(body=body, date=date, subject=subject, answers=answers), encoding="utf-8")
    assert run("ingest", reply).exit_code == 0
    listed = json.loads(run("compare", "--topic", "refusals", "-f", "json").stdout)
    assert [r["body"] for r in listed if r["status"] == "refused"] == ["Thurrock Council"]
    open_db(db_path).execute("UPDATE documents SET mail_kind = 'auto_reply'")  # as m008 marks one
    listed = json.loads(run("compare", "--topic", "refusals", "-f", "json").stdout)
    assert [r for r in listed if r["status"] != "total"] == []


def test_a_scan_read_as_a_refusal_is_listed_once(run: Run) -> None:
    """A reply without answers is a candidate for being a whole-request refusal or for being a
    scan (two indexed queries since m009): one that is both is still one candidate."""
    from foitrack.compare import _candidate_documents
    from foitrack.db import open_db

    assert run("ingest", SCAN, "--authority", "Norfolk County Council").exit_code == 0
    db = open_db(Path(os.environ["FOITRACK_DB"]))
    assert [(c["body"], c["status"], c["outcome"]) for c in _candidate_documents(db, None, None)] == [
        ("Norfolk County Council", "needs_ocr", None)
    ]
    db.execute("UPDATE extractions SET outcome = 'refused'")
    db.conn.commit()
    assert [(c["body"], c["status"], c["outcome"]) for c in _candidate_documents(db, None, None)] == [
        ("Norfolk County Council", "needs_ocr", "refused")
    ]


BILINGUAL = """Cyngor Sir Ynys Môn / Isle of Anglesey County Council
Dyddiad / Date: 5 March 2024

Annwyl Geisydd / Dear Requester,

Cais Rhyddid Gwybodaeth / Freedom of Information request - street lighting

{q1}
Ateb: Mae'r Cyngor wedi gwario £7,315 yn 2021-22 a £8,120 yn 2022-23. Nid yw'r ffigurau hyn yn cynnwys TAW
ac mae'r gwaith wedi ei wneud gan y Cyngor ei hun.
Response: The Council spent £7,315 in 2021-22 and £8,120 in 2022-23. These figures do not include VAT.

Yn gywir / Yours sincerely,
Isle of Anglesey County Council
"""


def test_a_sum_a_bilingual_reply_gives_in_each_language_is_summed_once(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "anglesey.txt").write_text(BILINGUAL.format(q1=LIGHTING_Q1), encoding="utf-8")
    body, date, subject, answers = REPLIES["bristol.txt"]
    (folder / "bristol.txt").write_text(LETTER.format(body=body, date=date, subject=subject, answers=answers))
    assert run("ingest", folder, "--jobs", "1").exit_code == 0
    rows = compared(run)
    total = next(r for r in rows if r["status"] == "total")  # one request: its columns need no group prefix
    assert (total["q1 2021-22"], total["q1 2022-23"]) == (12315, 14120)  # Anglesey's sums once, with Bristol's
    # the answer is read from the English copy alone: the Welsh copy's sums are no cell's, so nothing to explain
    assert "the same sum again, in the reply's other language" not in total["notes"]
