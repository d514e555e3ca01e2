"""Email (.eml): body choice, headers, attachments at any depth, and hostile names."""

from __future__ import annotations

from pathlib import Path

import fixtures_build as build
import pytest

from foitrack.errors import UnreadableFile
from foitrack.ingest import read_document
from foitrack.ingest.email import safe_filename


def test_email_body_meta_and_attachments(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(build.email_bytes())
    document = read_document(path)
    assert document.kind == "email"
    assert document.text.startswith("Please find our answer attached.\nTotal: 3,200 pounds.")
    assert "Please tell me how much you spend on hedges." in document.text
    assert document.meta == {
        "from": "Records Office <records@example.org>",
        "to": "someone@example.net",
        "date": "Tue, 02 Apr 2024 10:15:00 +0100",
        "date_iso": "2024-04-02T10:15:00+01:00",
        "subject": "Re: Information request IR-0042",
        "message_id": "<reply-42@example.org>",
    }
    assert [(a.name, a.content_type) for a in document.attachments] == [
        ("answer.pdf", "application/pdf"),
        ("figures.csv", "text/csv"),
    ]


def test_attachments_can_be_read_in_turn() -> None:
    document = read_document(Path("reply.eml"), build.email_bytes())
    pdf, csv = (read_document(Path(a.name), a.data) for a in document.attachments)
    assert "hedge trimming" in pdf.text
    assert csv.text == "year | spend\n2023 | 12500"


def test_html_only_body_is_converted() -> None:
    text = read_document(Path("a.eml"), build.email_bytes(html_only=True, nested=False)).text
    assert text.startswith("Please find our answer attached.\n\nTotal \u00a33,200")
    assert "<p>" not in text


def test_malicious_attachment_name_is_made_safe() -> None:
    names = [a.name for a in read_document(Path("a.eml"), build.email_bytes(evil_name=True)).attachments]
    assert "passwd.txt" in names
    assert all("/" not in name and ".." not in name and "\\" not in name for name in names)


def test_three_levels_of_forwarding_are_read_and_deeper_is_warned() -> None:
    three = read_document(Path("a.eml"), build.nested_email_bytes(3))
    assert [a.name for a in three.attachments] == ["deep.txt"]
    assert "The innermost message." in three.text
    four = read_document(Path("a.eml"), build.nested_email_bytes(4))
    assert four.attachments == ()
    assert any("nested more than 3" in warning for warning in four.warnings)


def test_email_without_suffix_is_sniffed() -> None:
    assert read_document(Path("message"), build.email_bytes(nested=False)).kind == "email"


def test_bad_date_keeps_the_header_without_iso() -> None:
    data = b"From: a@example.org\nDate: the day after tomorrow\nSubject: x\n\nbody\n"
    document = read_document(Path("a.eml"), data)
    assert document.meta["date"] == "the day after tomorrow"
    assert "date_iso" not in document.meta


def test_junk_named_eml_is_unreadable() -> None:
    with pytest.raises(UnreadableFile):
        read_document(Path("junk.eml"), b"\x00\x01\x02 not an email at all")


@pytest.mark.parametrize(
    ("name", "content_type", "expected"),
    [
        ("../../etc/passwd", None, "passwd"),
        ("C:\\Users\\me\\answer.pdf", "application/pdf", "answer.pdf"),
        ("/abs/path/report.docx", None, "report.docx"),
        ("bad\x00name.pdf", None, "badname.pdf"),
        ("..", "application/pdf", "attachment-7.pdf"),
        ("", None, "attachment-7"),
        (None, "text/csv", "attachment-7.csv"),
        ("   ", "text/plain", "attachment-7.txt"),
        ("report", "application/pdf", "report.pdf"),
        (".hidden.pdf", None, "hidden.pdf"),
    ],
)
def test_safe_filename(name: str | None, content_type: str | None, expected: str) -> None:
    assert safe_filename(name, content_type, 7) == expected


def test_long_names_are_capped_keeping_the_suffix() -> None:
    name = safe_filename("x" * 500 + ".pdf", None, 1)
    assert len(name) == 200 and name.endswith(".pdf")


def test_a_prepared_email_carries_its_attachments_as_children_only(tmp_path: Path) -> None:
    from foitrack.ingest.pipeline import IngestOptions, prepare_file

    path = tmp_path / "reply.eml"
    path.write_bytes(build.email_bytes())
    prepared = prepare_file(path, IngestOptions())
    assert prepared.document.attachments == ()  # their bytes are not sent back to the writer twice
    assert [child.file for child in prepared.children] == ["answer.pdf", "figures.csv"]
