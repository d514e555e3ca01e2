"""Spreadsheets: .xlsx sheets as "Sheet: NAME" blocks, .csv in any encoding, row caps."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import fixtures_build as build
import pytest

from foitrack.errors import UnreadableFile
from foitrack.ingest import read_document
from foitrack.ingest import sheet as sheet_module
from foitrack.ingest.sheet import format_cell


def test_xlsx_sheets_and_rows(tmp_path: Path) -> None:
    path = tmp_path / "spend.xlsx"
    path.write_bytes(build.xlsx_bytes())
    document = read_document(path)
    assert document.kind == "xlsx"
    assert (
        document.text
        == "Sheet: Spend\nYear | Amount | Note\n2020 | 1000\n2021 | 1001\n\nSheet: Notes\nFigures are rounded"
    )


def test_xlsx_row_cap_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_module, "MAX_ROWS", 5)
    document = read_document(Path("big.xlsx"), build.xlsx_bytes(rows=10))
    assert len(document.text.split("\n\n")[0].splitlines()) == 6
    assert document.warnings == ("Spend: only the first 5 rows were read",)


def test_broken_xlsx_is_unreadable() -> None:
    with pytest.raises(UnreadableFile):
        read_document(Path("cut.xlsx"), build.xlsx_bytes()[:1500])


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig", "utf-16"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "spend.csv"
    path.write_bytes(build.csv_bytes(encoding))
    document = read_document(path)
    assert document.kind == "csv"
    assert document.text.splitlines() == [
        "Year | Spend | Comment",
        "2022 | \u00a31,200 | \u2018estimated\u2019",
        "2023 | \u00a3900 | final",
    ]


def test_semicolon_csv_is_sniffed() -> None:
    assert (
        read_document(Path("a.csv"), b"year;spend\n2023;4,50\n2024;5,00\n").text
        == "year | spend\n2023 | 4,50\n2024 | 5,00"
    )


def test_binary_csv_is_refused() -> None:
    with pytest.raises(UnreadableFile, match="binary data"):
        read_document(Path("a.csv"), bytes(range(256)) * 4)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (1200.0, "1200"),
        (12.5, "12.5"),
        (True, "TRUE"),
        (datetime(2024, 4, 1), "2024-04-01"),
        (datetime(2024, 4, 1, 9, 30), "2024-04-01 09:30:00"),
        (date(2020, 1, 2), "2020-01-02"),
        ("  two\nlines ", "two lines"),
    ],
)
def test_format_cell(value: object, expected: str) -> None:
    assert format_cell(value) == expected
