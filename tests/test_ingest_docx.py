"""Word .docx: paragraphs and tables in reading order, checkboxes, headers, zip bombs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import fixtures_build as build
import pytest

from foitrack.errors import UnreadableFile
from foitrack.ingest import read_document
from foitrack.models import CHECKED, UNCHECKED


def test_table_sits_between_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "reply.docx"
    path.write_bytes(build.docx_bytes())
    document = read_document(path)
    lines = document.text.splitlines()
    assert document.kind == "docx"
    assert lines[:4] == [
        "Question 2: Which contractors cut the hedges?",
        "Contractor | Spend",
        "Greenway Ltd | 4,000 spring | autumn",
        "Question 3: Was any work done at night?",
    ]
    assert document.meta == {"title": "Reply to request IR-0042", "author": "Records Office"}


def test_header_text_is_appended_at_the_end() -> None:
    text = read_document(Path("a.docx"), build.docx_bytes()).text
    assert text.endswith("\n\nBorough of Examplefield")


def test_checkboxes_become_markers() -> None:
    text = read_document(Path("form.docx"), build.docx_bytes(with_checkboxes=True)).text
    assert f"{CHECKED}  Night work recorded" in text
    assert f"{UNCHECKED}  Weekend work recorded" in text
    assert "FORMCHECKBOX" not in text and "\u2612" not in text


def test_zip_bomb_is_refused() -> None:
    with pytest.raises(UnreadableFile, match="^suspicious compressed size$"):
        read_document(Path("bomb.docx"), build.zip_bomb_docx_bytes())


def test_docx_named_pdf_is_sniffed() -> None:
    assert read_document(Path("really-word.pdf"), build.docx_bytes()).kind == "docx"


@pytest.mark.parametrize(
    "data",
    [build.docx_bytes()[:2000], b"PK\x03\x04" + b"\x00" * 200, b"PK\x03\x04garbage"],
    ids=["truncated", "zeros", "garbage"],
)
def test_broken_docx_is_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        read_document(Path("broken.docx"), data)


def test_zip_without_a_document_is_unreadable() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "nothing here")
    with pytest.raises(UnreadableFile, match="holds no document"):
        read_document(Path("empty.docx"), out.getvalue())
