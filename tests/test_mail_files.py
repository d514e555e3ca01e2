"""Files that arrive with mail: zip archives (with their limits) and legacy .xls workbooks."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
from cfb_build import compound_file
from conftest import Run

from foitrack.errors import UnreadableFile
from foitrack.ingest import archive, read_document


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive_file:
        for name, data in files.items():
            archive_file.writestr(name, data)
    return out.getvalue()


# ---------------------------------------------------------------- zip


def test_zip_members_become_attachments() -> None:
    files = {"replies/answer.txt": b"Q1. Yes.\n", "replies/figures.csv": b"year,spend\n2023,10\n", ".DS_Store": b"x"}
    data = _zip(files)
    document = read_document(Path("reply.zip"), data)
    assert document.kind == "zip"
    assert [(a.name, a.data) for a in document.attachments] == [
        ("answer.txt", b"Q1. Yes.\n"),
        ("figures.csv", b"year,spend\n2023,10\n"),
    ]
    assert "replies/answer.txt (9 bytes)" in document.text


def test_zip_limits_on_count_and_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 2)
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    data = _zip({"big.txt": b"a" * 5000, "one.txt": b"1", "two.txt": b"2", "three.txt": b"3"})
    document = read_document(Path("many.zip"), data)
    assert [a.name for a in document.attachments] == ["one.txt", "two.txt"]
    assert any("big.txt: larger than" in w for w in document.warnings)
    assert any("more than 2 files" in w for w in document.warnings)


def test_zip_bomb_total_is_cut_while_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    data = _zip({f"zeros{i}.txt": bytes(2 * 1024 * 1024) for i in range(4)})
    assert len(data) < 100_000
    document = read_document(Path("bomb.zip"), data)
    assert len(document.attachments) == 1
    assert any("unpacks to more than 3 MB" in w for w in document.warnings)


def test_zip_attached_to_an_email_is_read_down_to_its_files(tmp_path: Path, run: Run) -> None:
    message = EmailMessage()
    message["From"] = "FOI Team <foi@council.example>"
    message["Subject"] = "Re: request"
    message["Date"] = "Fri, 02 Feb 2024 10:00:00 +0000"
    message.set_content("Our answer is in the zip.\n")
    inner = _zip({"answer.txt": b"Q1. Does the council hold the register?\nYes.\n"})
    message.add_attachment(inner, maintype="application", subtype="zip", filename="reply.zip")
    (tmp_path / "m.eml").write_bytes(message.as_bytes(policy=default_policy))
    result = run("ingest", tmp_path / "m.eml")
    assert result.exit_code == 0, result.output
    rows = json.loads(run("documents", "-f", "json").stdout)
    assert [r["file"] for r in rows] == ["m.eml", "reply.zip", "answer.txt"]
    assert rows[2]["answers"] == 1


def test_corrupt_zip_is_one_clear_error() -> None:
    with pytest.raises(UnreadableFile, match="corrupt"):
        read_document(Path("broken.zip"), b"PK\x03\x04" + bytes(40))


# ---------------------------------------------------------------- .xls


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def biff8_workbook(sheet: str, rows: list[list[str | float]]) -> bytes:
    """A one-sheet BIFF8 workbook stream: globals (BOF, code page, 16 XFs, BOUNDSHEET, EOF), then the sheet."""

    def bof(kind: int) -> bytes:
        return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0, 1997, 0, 6))

    def text(value: str) -> bytes:
        return struct.pack("<HB", len(value), 0) + value.encode("latin-1")

    eof = _record(0x000A, b"")
    head = bof(5) + _record(0x0042, struct.pack("<H", 1252)) + _record(0x00E0, bytes(20)) * 16
    sheet_name = struct.pack("<BB", len(sheet), 0) + sheet.encode("latin-1")
    sheet_at = len(head) + len(_record(0x0085, bytes(6) + sheet_name)) + len(eof)
    head += _record(0x0085, struct.pack("<IBB", sheet_at, 0, 0) + sheet_name) + eof
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                cells += _record(0x0204, struct.pack("<HHH", r, c, 15) + text(value))
            else:
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 15, value))
    dimensions = _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, max(map(len, rows)), 0))
    return head + bof(0x10) + dimensions + cells + eof


ROWS: list[list[str | float]] = [["Year", "Spend (£)"], [2023.0, 12500.0], [2024.0, 9800.5]]


def test_xls_in_an_ole2_container_is_read() -> None:
    data = compound_file({"Workbook": biff8_workbook("Spend", ROWS)})
    document = read_document(Path("spend.xls"), data)
    assert document.kind == "xls"
    assert document.text == "Sheet: Spend\nYear | Spend (£)\n2023 | 12500\n2024 | 9800.5"


def test_xls_found_by_its_container_whatever_its_suffix() -> None:
    data = compound_file({"Workbook": biff8_workbook("Spend", ROWS)})
    assert read_document(Path("attachment-3"), data).kind == "xls"


def test_bare_biff_stream_saved_as_xls_is_read() -> None:
    assert read_document(Path("old.xls"), biff8_workbook("S", ROWS)).text.startswith("Sheet: S\nYear")


def test_junk_named_xls_is_one_clear_error() -> None:
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        read_document(Path("table.xls"), b"\x89PNG\r\n\x1a\n some bytes")
