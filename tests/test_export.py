"""Rows written as CSV, JSON, JSON lines and Markdown; spreadsheet formulas made inert."""

from __future__ import annotations

import csv
import io
import json

import pytest

from foitrack.export import safe_cell, write_rows


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("-43450", "-43450"),
        ("12.5", "12.5"),
        ("Leeds City Council", "Leeds City Council"),
        (None, None),
        (42, 42),
    ],
)
def test_safe_cell(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


ROWS = [{"body": "=cmd()", "gbp": 45000, "list": ["a", "b"]}, {"body": "Kent", "extra": "x|y"}]


def test_csv_round_trip_is_safe_and_complete() -> None:
    out = io.StringIO()
    write_rows(ROWS, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["body"] == "'=cmd()"
    assert rows[0]["gbp"] == "45000"
    assert json.loads(rows[0]["list"]) == ["a", "b"]
    assert rows[1]["extra"] == "x|y"


def test_csv_bom_for_excel() -> None:
    out = io.StringIO()
    write_rows(ROWS, "csv", out, bom=True)
    assert out.getvalue().startswith("\ufeffbody,")


def test_json_and_nl() -> None:
    out = io.StringIO()
    write_rows(ROWS, "json", out)
    assert json.loads(out.getvalue())[1]["body"] == "Kent"
    out = io.StringIO()
    write_rows(ROWS, "nl", out)
    assert [json.loads(line)["body"] for line in out.getvalue().splitlines()] == ["=cmd()", "Kent"]


def test_empty_json_is_an_empty_array() -> None:
    out = io.StringIO()
    write_rows([], "json", out)
    assert json.loads(out.getvalue()) == []


def test_markdown_escapes_pipes() -> None:
    out = io.StringIO()
    write_rows(ROWS, "markdown", out)
    assert "x\\|y" in out.getvalue()
    assert out.getvalue().splitlines()[1].startswith("|---")


def test_xlsx_has_a_sheet_per_table_and_inert_formulas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from foitrack.export import write_xlsx

    path = tmp_path / "out.xlsx"
    write_xlsx({"documents": ROWS, "answers": [{"q": "1", "quote": "@risk"}]}, path)
    book = load_workbook(path)
    assert book.sheetnames == ["documents", "answers"]
    assert book["documents"]["A2"].value == "'=cmd()"
    assert book["documents"]["B2"].value == 45000
    assert book["answers"]["B2"].value == "'@risk"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("   =1+1", "'   =1+1"),
        ("\r\n=1+1", "'\r\n=1+1"),
        ("\uff1dSUM(A1:A9)", "'\uff1dSUM(A1:A9)"),
        ("\uff20risk", "'\uff20risk"),
        ("x;=cmd|' /C calc'!A0", "x;'=cmd|' /C calc'!A0"),
        ("a\t@SUM(1)", "a\t'@SUM(1)"),
        ("Kent; Surrey", "Kent; Surrey"),
        ("2022; -5", "2022; -5"),
        (" -3", " -3"),
    ],
)
def test_safe_cell_sees_through_blanks_full_width_signs_and_semicolons(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


def test_a_carriage_return_in_a_file_name_never_starts_a_row() -> None:
    out = io.StringIO()
    write_rows([{"file": "reply\r=1+1.txt", "id": 1}, {"file": "b\r\n@x.txt", "id": 2}], "csv", out)
    text = out.getvalue()
    assert not any(line.startswith(("=", "@")) for line in text.replace("\r", "\n").split("\n"))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["file"] == "reply\n'=1+1.txt"


def test_markdown_shows_html_and_never_renders_it() -> None:
    out = io.StringIO()
    write_rows([{"<b>col</b>": "<img src=x onerror=alert(1)> & <script>"}], "markdown", out)
    text = out.getvalue()
    assert "<img" not in text and "<script>" not in text and "<b>" not in text
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;" in text


def test_xlsx_takes_page_breaks_and_control_characters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from foitrack.export import write_xlsx

    path = tmp_path / "out.xlsx"
    rows = [{"file": "odd\x01\x1bname.txt", "quote": "page one\fpage two", "note": "bell\x07"}]
    write_xlsx({"answers": rows}, path)
    sheet = load_workbook(path)["answers"]
    assert sheet["A2"].value == "odd\ufffd\ufffdname.txt"
    assert sheet["B2"].value == "page one\npage two"
