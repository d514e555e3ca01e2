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
    with pytest.raises(UnreadableFile, match="corrupt"):
        read_document(Path("broken.zip"), b"PK\x03\x04" + bytes(40))


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


# ---------------------------------------------------------------- Outlook .msg

UNICODE, BINARY, INT32, TIME = 0x001F, 0x0102, 0x0003, 0x0040


def _properties(header: bytes, props: dict[tuple[int, int], object]) -> dict[str, bytes]:
    """A storage's property stream and the streams of its variable-length values ([MS-OXMSG])."""
    streams: dict[str, bytes] = {}
    table = header
    for (pid, kind), value in props.items():
        if kind in (UNICODE, BINARY):
            data = value.encode("utf-16-le") if isinstance(value, str) else bytes(value)  # type: ignore[arg-type]
            streams[f"__substg1.0_{pid:04X}{kind:04X}"] = data
            table += struct.pack("<HHIII", kind, pid, 6, len(data), 0)
        else:
            table += struct.pack("<HHIQ", kind, pid, 6, value)
    streams["__properties_version1.0"] = table
    return streams


def outlook_msg(subject: str, body: str, files: list[tuple[str, bytes]], headers: str = "") -> bytes:
    """An Outlook .msg: sender, subject, body, sent time (1 Jul 2024 23:30 UTC) and files by value."""
    sent = (1719876600 + 11644473600) * 10_000_000  # FILETIME: 100 ns since 1601
    props: dict[tuple[int, int], object] = {
        (0x001A, UNICODE): "IPM.Note",
        (0x0037, UNICODE): subject,
        (0x1000, UNICODE): body,
        (0x0C1A, UNICODE): "Records Team",
        (0x0C1F, UNICODE): "records@council.example",
        (0x0E04, UNICODE): "asker@example.net",
        (0x0039, TIME): sent,
    }
    if headers:
        props[(0x007D, UNICODE)] = headers
    tree: dict[str, object] = _properties(struct.pack("<8xIIII8x", 0, len(files), 0, len(files)), props)
    for number, (name, data) in enumerate(files):
        attached = {(0x3705, INT32): 1, (0x3707, UNICODE): name, (0x3701, BINARY): data}
        tree[f"__attach_version1.0_#{number:08X}"] = _properties(bytes(8), attached)
    return compound_file(tree)


def test_outlook_msg_is_read_like_an_email() -> None:
    data = outlook_msg("Re: FOI 24-118", "Our answer is attached.\r\n", [("answer.csv", b"year,spend\n2023,40\n")])
    document = read_document(Path("reply.msg"), data)
    assert document.kind == "email"
    assert document.text == "Our answer is attached."
    assert document.meta["subject"] == "Re: FOI 24-118"
    assert document.meta["from"] == '"Records Team" <records@council.example>'
    assert document.meta["date_iso"] == "2024-07-02T00:30:00+01:00"
    assert [(a.name, a.data) for a in document.attachments] == [("answer.csv", b"year,spend\n2023,40\n")]


def test_outlook_msg_attached_to_an_email_is_read_with_its_files(tmp_path: Path, run: Run) -> None:
    inner = outlook_msg("FOI reply", "See the file.", [("answer.txt", b"Q1. Does the council hold it?\nNo.\n")])
    message = EmailMessage()
    message["From"] = "Me <me@example.net>"
    message["Subject"] = "Fwd: FOI reply"
    message["Date"] = "Fri, 02 Feb 2024 10:00:00 +0000"
    message.set_content("Forwarding the reply as an Outlook item.\n")
    message.add_attachment(inner, maintype="application", subtype="vnd.ms-outlook", filename="reply.msg")
    (tmp_path / "m.eml").write_bytes(message.as_bytes(policy=default_policy))
    assert run("ingest", tmp_path / "m.eml").exit_code == 0
    rows = json.loads(run("documents", "-f", "json").stdout)
    assert [r["file"] for r in rows] == ["m.eml", "reply.msg", "answer.txt"]


def test_outlook_auto_reply_is_recognised_by_its_transport_headers() -> None:
    headers = "From: Records <records@council.example>\r\nAuto-Submitted: auto-replied\r\n\r\n"
    data = outlook_msg("Automatic reply: FOI", "I am away.", [], headers=headers)
    assert read_document(Path("ooo.msg"), data).meta["mail_kind"] == "auto_reply"


def test_nested_zips_share_one_budget_and_depth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    level3 = _zip({"d.zip": _zip({"deeper.txt": b"4"}), "deep.txt": b"3"})
    level2 = _zip({"c.zip": level3, "two.txt": b"2"})
    level1 = _zip({"b.zip": level2, "one.txt": b"1"})
    document = read_document(Path("nest.zip"), _zip({"a.zip": level1}))
    assert [a.name for a in document.attachments] == ["deep.txt", "two.txt", "one.txt"]
    assert any("a.zip/b.zip/c.zip/d.zip: zip nested more than 3 deep" in w for w in document.warnings)
    assert "a.zip/b.zip/two.txt (1 bytes)" in document.text
    fan = _zip({f"z{i}.zip": _zip({f"f{j}.txt": b"x" for j in range(4)}) for i in range(4)})
    document = read_document(Path("fan.zip"), fan)
    assert len(document.attachments) == 5
    assert any("more than 5 files" in w for w in document.warnings)
