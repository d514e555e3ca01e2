"""Read legacy Excel workbooks (.xls, BIFF2-8) with xlrd, the maintained reader of that format.

Each sheet is one "Sheet: NAME" block with one line per row, cells joined " | ", exactly
as sheet.py writes .xlsx; dates print as ISO dates. Rows and columns are capped as in
sheet.py. An encrypted workbook is refused as such.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from foitrack.errors import EncryptedFile, UnreadableFile
from foitrack.ingest.sheet import MAX_COLUMNS, capped_lines
from foitrack.models import Document


def read_xls(path: Path, data: bytes) -> Document:
    """An .xls workbook as a Document, one "Sheet: NAME" block per worksheet."""
    import xlrd  # imported on first use

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Quiet())
    except xlrd.biffh.XLRDError as error:
        if "encrypt" in str(error).lower():
            raise EncryptedFile("password-protected Excel file") from None
        raise UnreadableFile(f"corrupt .xls file: {error}") from None
    except Exception as error:  # noqa: BLE001 - xlrd raises assorted types on bad files
        raise UnreadableFile(f"corrupt .xls file: {type(error).__name__}: {error}") from None
    warnings: list[str] = []
    try:
        blocks = [_sheet_block(book, index, warnings) for index in range(book.nsheets)]
    except Exception as error:  # noqa: BLE001 - bad records surface only while reading a sheet
        raise UnreadableFile(f"corrupt .xls file: {type(error).__name__}: {error}") from None
    finally:
        book.release_resources()
    return Document(text="\n\n".join(blocks), kind="xls", warnings=tuple(warnings))


def _sheet_block(book: Any, index: int, warnings: list[str]) -> str:
    sheet = book.sheet_by_index(index)
    rows = ([_value(book, cell) for cell in sheet.row(r)[:MAX_COLUMNS]] for r in range(sheet.nrows))
    return "\n".join([f"Sheet: {sheet.name}", *capped_lines(rows, str(sheet.name), warnings)])


def _value(book: Any, cell: Any) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return datetime(*xlrd.xldate_as_tuple(cell.value, book.datemode))
        except (xlrd.xldate.XLDateError, ValueError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    return cell.value


class _Quiet:
    """A log file for xlrd that drops its messages: library code never prints."""

    def write(self, text: str) -> int:
        return len(text)
