"""PDFs through both engines: text, pages, metadata, scans, encryption and broken files."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import fixtures_build as build
import pypdfium2 as pdfium
import pytest

from foitrack.errors import EncryptedFile, FoitrackError, UnreadableFile
from foitrack.ingest import read_document
from foitrack.ingest.pdf import NEEDS_OCR_WARNING, LineBox, _box_head, mark_paragraph_gaps
from foitrack.models import PAGE_BREAK

ENGINES = ["pdfium", "pdfminer"]
SECOND_PAGE = "The second page says the request is closed."


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return build.pdf_bytes([list(build.LETTER_LINES), [SECOND_PAGE]], title="Reply IR-0042")


@pytest.mark.parametrize("engine", ENGINES)
def test_two_page_pdf(tmp_path: Path, two_pages: bytes, engine: str) -> None:
    path = tmp_path / "reply.pdf"
    path.write_bytes(two_pages)
    document = read_document(path, pdf_engine=engine)
    assert (document.kind, document.status, document.page_count) == ("pdf", "ok", 2)
    first, second = document.text.split(PAGE_BREAK)
    assert "Answer: The Borough spent 12,500 pounds in 2023." in first
    assert second.strip() == SECOND_PAGE
    assert document.meta == {"title": "Reply IR-0042", "author": "Records Office"}
    assert document.warnings == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_image_only_pdf_needs_ocr(engine: str) -> None:
    document = read_document(Path("scan.pdf"), build.image_only_pdf_bytes(), pdf_engine=engine)
    assert (document.status, document.page_count) == ("needs_ocr", 1)
    assert NEEDS_OCR_WARNING in document.warnings


@pytest.mark.parametrize("engine", ENGINES)
def test_empty_user_password_opens(engine: str) -> None:
    data = build.pdf_bytes([["Opened without asking for a password."]], user_password="")
    assert "Opened without asking" in read_document(Path("locked.pdf"), data, pdf_engine=engine).text


@pytest.mark.parametrize("engine", ENGINES)
def test_real_password_is_encrypted_file(engine: str) -> None:
    data = build.pdf_bytes([["You cannot read this."]], user_password="letmein")
    with pytest.raises(EncryptedFile, match="^password-protected PDF$"):
        read_document(Path("locked.pdf"), data, pdf_engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("cut", [0.6, 0.3, 0.05])
def test_truncated_pdf(two_pages: bytes, engine: str, cut: float) -> None:
    with pytest.raises(UnreadableFile, match="^corrupt or truncated PDF: "):
        read_document(Path("cut.pdf"), two_pages[: int(len(two_pages) * cut)], pdf_engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("data", [b"%PDF-1.7\n" + os.urandom(3000), os.urandom(3000)], ids=["header", "no-header"])
def test_random_bytes_named_pdf(engine: str, data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        read_document(Path("junk.pdf"), data, pdf_engine=engine)


def test_zero_byte_pdf() -> None:
    with pytest.raises(UnreadableFile, match="^empty file$"):
        read_document(Path("empty.pdf"), b"")


def test_pdfium_joins_its_line_end_hyphen_and_keeps_real_ones() -> None:
    text = read_document(Path("h.pdf"), build.hyphenated_pdf_bytes()).text
    assert "information" in text and "\x02" not in text and "\ufffe" not in text
    assert "2019-\n20" in text


def test_pdf_with_a_lying_suffix_is_sniffed(two_pages: bytes) -> None:
    assert read_document(Path("reply.txt"), two_pages).kind == "pdf"


def test_unknown_engine_is_a_foitrack_error(two_pages: bytes) -> None:
    with pytest.raises(FoitrackError, match="unknown PDF engine"):
        read_document(Path("a.pdf"), two_pages, pdf_engine="magic")


def test_engines_agree_on_the_words(two_pages: bytes) -> None:
    pdfium = read_document(Path("a.pdf"), two_pages, pdf_engine="pdfium").text.split()
    pdfminer = read_document(Path("a.pdf"), two_pages, pdf_engine="pdfminer").text.split()
    assert [w for w in pdfium if w != PAGE_BREAK] == [w for w in pdfminer if w != PAGE_BREAK]


def test_pdfium_marks_the_space_between_paragraphs_with_a_blank_line() -> None:
    paragraphs = [
        ["Our reference is 77/2024 and this letter answers the questions you sent us."],
        [
            "We looked at the records of each depot for the three years you asked about and found them.",
            "The totals are below, with the years in the order of your request.",
        ],
        ["1. Depot staff employed"],
        ["2. Vehicles in service"],
        ["Please contact the records team if anything here is unclear to you."],
    ]
    text = read_document(Path("p.pdf"), build.spaced_paragraphs_pdf_bytes(paragraphs)).text
    assert text.split("\n\n") == ["\n".join(lines) for lines in paragraphs]


def test_paragraph_gaps_are_left_unmarked_when_the_boxes_do_not_match_the_lines() -> None:
    text = "First line of the page\nSecond line\nThird line\nFourth line\nFifth line\nSixth line"
    boxes = [LineBox(700.0 - 13 * k - (4 if k > 2 else 0), 709.0 - 13 * k - (4 if k > 2 else 0), "") for k in range(6)]
    assert mark_paragraph_gaps(text, boxes) == text  # no heads: the boxes cannot be matched to lines
    lines = text.split("\n")
    named = [LineBox(box.bottom, box.top, line.replace(" ", "")[:8]) for box, line in zip(boxes, lines, strict=True)]
    assert mark_paragraph_gaps(text, named) == text.replace("Third line\n", "Third line\n\n")
    assert mark_paragraph_gaps(text, named[:3]) == text  # too few lines to know the page's pitch


def test_a_line_pdfium_joined_at_a_hyphen_keeps_its_box_on_that_line() -> None:
    text = "Alpha beta gamma\nDelta epsilon zetaeta theta\nIota kappa\nLambda mu\nNu xi omicron\nPi rho"
    heads = ["Alphabet", "Deltaeps", "eta", "Iotakapp", "Lambdamu", "Nuxiomic", "Pirho"]
    tops = [709.0, 696.0, 683.0, 670.0, 653.0, 640.0, 627.0]
    boxes = [LineBox(top - 9, top, head) for top, head in zip(tops, heads, strict=True)]
    assert mark_paragraph_gaps(text, boxes) == text.replace("Iota kappa\n", "Iota kappa\n\n")


@pytest.mark.parametrize("buffer_units", [4, 12, 64])
def test_a_line_head_read_in_one_call_is_the_head_of_its_whole_text(buffer_units: int) -> None:
    # pdfium walks every character of the page for each rectangle asked about: one call per line, not two
    lines = ["Yes", "1.", "a b c d e f g h i j k", "x" * 120, "Q1. How many " * 9, "9 October 2024", "(b)   Nil"]
    pdf = pdfium.PdfDocument(build.pdf_bytes([lines, list(reversed(lines))]))
    for page in pdf:
        textpage = page.get_textpage()
        buffer = (ctypes.c_ushort * buffer_units)()
        for index in range(textpage.count_rects()):
            box = textpage.get_rect(index)
            expected = "".join(str(textpage.get_text_bounded(*box)).replace("\x02", "").split())[:8]
            assert _box_head(textpage, buffer, box) == expected
        textpage.close()
        page.close()
    pdf.close()
