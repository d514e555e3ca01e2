"""Write rows of plain dicts as CSV, JSON, JSON lines or Markdown.

Every listing command and every export goes through `write_rows()`, so each gets every
format. CSV cells are made safe for spreadsheets: a text cell that a spreadsheet would
run as a formula (starting with =, +, -, @ or their full-width forms, after any spaces, tabs
or line breaks) is prefixed with an apostrophe; so is a formula after a ";", tab or "|"
inside a cell, which a spreadsheet in a semicolon locale would split into a cell of its
own. Plain numbers such as -43450 are left as they are, since they cannot be formulas.
A carriage return inside a cell becomes a newline, so the cell is quoted and never starts
a new row. XLSX cells lose the control characters XML cannot hold (a page break becomes a
newline); Markdown cells have their HTML escaped.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("csv", "json", "nl", "markdown")
# -43450, 12.5, +3 (a number a spreadsheet reads as a number, never a formula)
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
# what a formula may start with, the full-width signs (＝＋－＠) included: some spreadsheets read them as ASCII
_FORMULA = re.compile(r"^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]")
# a formula starting a piece a spreadsheet may make a cell: after ";" (semicolon locales), tab, "|" or a newline
_INNER_FORMULA = re.compile(
    r"([;\t|\n][ \u3000]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])(?![+-]?\d+(?:\.\d+)?(?:[;\t|\n]|$))"
)
_SIGN = re.compile(r"[=+\-@\uff1d\uff0b\uff0d\uff20]")
"""Any sign a formula starts with: a text without one is safe as it is."""
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet will show, never execute: '=1+1' becomes "'=1+1", "x;=cmd" "x;'=cmd"."""
    if not isinstance(value, str) or not _SIGN.search(value):
        return value  # no sign, no formula: most cells
    rest = value.lstrip()
    blanks = value[: len(value) - len(rest)]
    if _INNER_FORMULA.search(rest):
        rest = _INNER_FORMULA.sub(r"\1'", rest)
    if _FORMULA.match(rest) and not PLAIN_NUMBER.match(rest):
        return "'" + blanks + rest
    return blanks + rest


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    columns: dict[str, Any] = {}
    for row in rows:
        columns.update(row)  # only the keys are kept, in first-seen order
    return list(columns)


def _cells(positions: Mapping[str, int], row: Mapping[str, Any], cell: Callable[[Any], Any], blank: Any) -> list[Any]:
    """A row's cells in column order (`positions`: each column's index): `cell(value)`, or `blank`
    where the value is None, '' or missing.

    Most cells of a comparison are empty (a row has only its own group's columns, a figure only
    for some periods): they cost no call, and a column the row lacks costs no look-up.
    """
    cells = [blank] * len(positions)
    for name, value in row.items():
        if value is not None and value != "":
            cells[positions[name]] = cell(value)
    return cells


def _positions(columns: Sequence[str]) -> dict[str, int]:
    return {name: i for i, name in enumerate(columns)}


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, *, bom: bool = False) -> None:
    """CSV with a header row; cells neutralised against formula injection."""
    materialised = list(rows)
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    columns = _columns(materialised)
    writer.writerow(columns)
    positions = _positions(columns)
    for row in materialised:
        writer.writerow(_cells(positions, row, _csv_value, ""))


def _csv_value(value: Any) -> Any:
    if type(value) is str and "\r" not in value:  # most cells: only a sign makes a formula (safe_cell)
        return safe_cell(value) if _SIGN.search(value) else value
    if value is None or value == "":
        return value
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, default=_json_default)
    if isinstance(value, str) and "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")  # a quoted newline, never a new row
    return safe_cell(value)


def write_json(rows: Iterable[Mapping[str, Any]], out: TextIO) -> None:
    """A JSON array, one object per row, streamed so big exports stay small in memory."""
    out.write("[")
    for i, row in enumerate(rows):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default))
    out.write("\n]\n")


def write_nl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> None:
    """Newline-delimited JSON: one object per line."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


def write_markdown(rows: Iterable[Mapping[str, Any]], out: TextIO) -> None:
    """A GitHub-flavoured Markdown table."""
    materialised = list(rows)
    columns = _columns(materialised)
    out.write("| " + " | ".join(_markdown_cell(c) for c in columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    positions = _positions(columns)
    for row in materialised:
        out.write("| " + " | ".join(_cells(positions, row, _markdown_cell, "")) + " |\n")


def _markdown_cell(value: Any) -> str:
    if value is None:
        return ""
    text = html.escape(str(value), quote=False)  # raw HTML in a reply is shown, never rendered
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def write_xlsx(sheets: Mapping[str, Iterable[Mapping[str, Any]]], path: Path) -> None:
    """An Excel workbook with one sheet per table; text cells neutralised like CSV."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = book.create_sheet(title=name[:31])
        materialised = list(rows)
        columns = _columns(materialised)
        sheet.append(columns)
        for row in materialised:
            sheet.append([_xlsx_value(row.get(c)) for c in columns])
    book.save(path)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, default=_json_default)
    if isinstance(value, str):
        value = _XML_ILLEGAL.sub("\ufffd", value.replace("\f", "\n"))  # XML cannot hold them
    return safe_cell(value)


def write_rows(rows: Iterable[Mapping[str, Any]], fmt: str, out: TextIO, *, bom: bool = False) -> None:
    """Write rows in one of FORMATS to `out`."""
    if fmt == "csv":
        write_csv(rows, out, bom=bom)
    elif fmt == "json":
        write_json(rows, out)
    elif fmt == "nl":
        write_nl(rows, out)
    elif fmt == "markdown":
        write_markdown(rows, out)
    else:
        raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
