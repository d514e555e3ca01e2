"""Read spreadsheets: .xlsx with openpyxl (read-only, cached values) and .csv with the csv module.

Each row is one line with its cells joined by " | "; empty trailing cells and empty rows are
dropped. An .xlsx gives one block per worksheet, headed "Sheet: NAME", blocks separated by a
blank line (PAGE_BREAK is for PDF pages only). Whole numbers stored as floats print
without ".0"; dates print as ISO dates. Sheets are capped at MAX_ROWS rows and MAX_COLUMNS
columns, with a warning, so a million-row export cannot swamp the database.
CSV bytes are decoded like text files and the delimiter is sniffed (",", ";", tab, "|").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from foitrack.errors import FoitrackError, UnreadableFile
from foitrack.ingest.office import open_zip
from foitrack.ingest.text import decode_text
from foitrack.models import Document

MAX_ROWS = 20_000
MAX_COLUMNS = 500
_DELIMITERS = ",;\t|"


def read_xlsx(path: Path, data: bytes) -> Document:
    """An .xlsx workbook as a Document, one "Sheet: NAME" block per worksheet."""
    open_zip(data, streamed=("xl/worksheets/",)).close()
    warnings: list[str] = []
    try:
        from openpyxl import load_workbook  # imported on first use: ~80 ms at start-up

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except FoitrackError:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises assorted types on bad files
        raise UnreadableFile(f"corrupt .xlsx file: {type(error).__name__}: {error}") from None
    try:
        blocks = [_sheet_block(sheet, warnings) for sheet in workbook.worksheets]
    except Exception as error:  # noqa: BLE001 - bad cell XML surfaces only while iterating
        raise UnreadableFile(f"corrupt .xlsx file: {type(error).__name__}: {error}") from None
    finally:
        workbook.close()
    return Document(text="\n\n".join(blocks), kind="xlsx", warnings=tuple(warnings))


def _sheet_block(sheet: Any, warnings: list[str]) -> str:
    title = str(sheet.title)
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # read-only mode trusts the stored size, which may be stale: read every row
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
    lines = list(capped_lines(rows, title, warnings))
    return "\n".join([f"Sheet: {title}", *lines])


def capped_lines(rows: Iterable[Iterable[Any]], where: str, warnings: list[str]) -> Iterator[str]:
    """One line per non-empty row, stopping (with a warning) after MAX_ROWS rows."""
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            warnings.append(f"{where}: only the first {MAX_ROWS:,} rows were read")
            return
        cells = [format_cell(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            yield " | ".join(cells)


def format_cell(value: Any) -> str:
    """A cell value as text: None is empty, 1200.0 is "1200", a midnight datetime is a date.

    >>> format_cell(1200.0), format_cell(datetime(2024, 4, 1)), format_cell(" a\\nb ")
    ('1200', '2024-04-01', 'a b')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return " ".join(str(value).split())


def read_csv(path: Path, data: bytes) -> Document:
    """A .csv file as a Document, one line per row; meta["encoding"] names the encoding used."""
    text, encoding = decode_text(data)
    warnings: list[str] = []
    rows = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        lines = list(capped_lines(rows, path.name or "csv", warnings))
    except csv.Error as error:
        warnings.append(f"not well-formed CSV ({error}): read as plain text")
        lines = text.splitlines()
    return Document(text="\n".join(lines), kind="csv", meta={"encoding": encoding}, warnings=tuple(warnings))


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel
