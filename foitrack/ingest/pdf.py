"""Read PDFs with one of two engines behind one small interface.

Engines (`PDF_ENGINES`): "pdfium" (pypdfium2, the default: fastest, keeps table rows on one
line and two-column pages in order) and "pdfminer" (pdfminer.six with LAParams(char_margin=30),
which also keeps table rows together). Each engine turns bytes into a `_PdfText` (one string
per page plus title/author) or raises a FoitrackError; it never lets its library's
exception out. When pdfium cannot open a file that is not password-protected, pdfminer is
tried before giving up.

Invariants: pages are joined with PAGE_BREAK; `page_count` is always set; a PDF averaging
fewer than MIN_CHARS_PER_PAGE non-space characters per page has no usable text layer and
gets status "needs_ocr" (it is not an error). An empty user password is tried silently.
"""

from __future__ import annotations

import ctypes
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from foitrack.errors import EncryptedFile, FoitrackError, UnreadableFile
from foitrack.models import PAGE_BREAK, Document

PDF_ENGINES = ("pdfium", "pdfminer")
MIN_CHARS_PER_PAGE = 20
NEEDS_OCR_WARNING = "no text layer: needs OCR"

_CUT_MARK = "\x00cut:"
_PDFIUM_PASSWORD_ERROR = 4
_PDFIUM_SECURITY_ERROR = 6
_MAX_LISTED_PAGES = 10
MAX_PAGES = 3_000
"""Pages read from one PDF at most (with a warning): a reply is far shorter, a PDF bomb is not."""

# A step down to the next line this many times the page's line pitch is a paragraph gap (single
# spacing is about 1.2 times the font size; a paragraph's space after adds a third or more).
PARAGRAPH_STEP = 1.2
_MIN_PITCH_LINES = 4
_HEAD_CHARS = 8
_HEAD_BUFFER = 64
"""UTF-16 units of a line's text asked for to find its head: a line's start, seldom its whole."""
_Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class _PdfText:
    """What an engine read: the text of each page and the document's title and author."""

    pages: list[str]
    meta: dict[str, str] = field(default_factory=dict)


def read_pdf(path: Path, data: bytes, engine: str = "pdfium") -> Document:
    """A PDF as a Document, its pages joined with PAGE_BREAK; see the module docstring."""
    if engine not in PDF_ENGINES:
        raise FoitrackError(f"unknown PDF engine '{engine}' (choose {' or '.join(PDF_ENGINES)})")
    warnings: list[str] = []
    if engine == "pdfminer":
        pdf = _read_with_pdfminer(data)
    else:
        pdf = _read_with_pdfium_or_pdfminer(data, warnings)
    return _document(pdf, warnings)


def _read_with_pdfium_or_pdfminer(data: bytes, warnings: list[str]) -> _PdfText:
    try:
        return _read_with_pdfium(data)
    except EncryptedFile:
        raise
    except UnreadableFile as pdfium_error:
        try:
            pdf = _read_with_pdfminer(data)
        except FoitrackError:
            raise pdfium_error from None
        warnings.append("pdfium could not open the file; read with pdfminer")
        return pdf


def _document(pdf: _PdfText, warnings: list[str]) -> Document:
    if pdf.pages and pdf.pages[-1].startswith(_CUT_MARK):
        total = pdf.pages.pop()[len(_CUT_MARK) :]
        shown = f"{int(total):,}" if total else "more"
        warnings.append(f"only the first {MAX_PAGES:,} of {shown} pages were read (a limit against PDF bombs)")
    counts = [len("".join(page.split())) for page in pdf.pages]  # characters that are not white space
    status = "ok"
    if not counts or sum(counts) < MIN_CHARS_PER_PAGE * len(counts):
        status = "needs_ocr"
        warnings.append(NEEDS_OCR_WARNING)
    else:
        warnings.extend(_blank_page_warning(counts))
    return Document(
        text=PAGE_BREAK.join(pdf.pages),
        kind="pdf",
        page_count=len(pdf.pages),
        status=status,
        meta=pdf.meta,
        warnings=tuple(warnings),
    )


def _blank_page_warning(counts: list[int]) -> list[str]:
    """A warning naming pages without text (scanned pages inside a text PDF), if any."""
    blank = [str(number) for number, count in enumerate(counts, start=1) if count < MIN_CHARS_PER_PAGE]
    if not blank:
        return []
    listed = ", ".join(blank[:_MAX_LISTED_PAGES]) + (", ..." if len(blank) > _MAX_LISTED_PAGES else "")
    return [f"no text layer on page{'s' if len(blank) > 1 else ''} {listed}: needs OCR"]


def _read_with_pdfium(data: bytes) -> _PdfText:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise _pdfium_open_error(error) from None
    try:
        pages = [_pdfium_page_or_blank(pdf, index) for index in range(min(len(pdf), MAX_PAGES))]
        if len(pdf) > MAX_PAGES:
            pages.append(_pages_left_out(len(pdf)))
        meta = _pick_meta(pdf.get_metadata_dict(skip_empty=True))
    except pdfium.PdfiumError as error:
        raise UnreadableFile(f"corrupt or truncated PDF: {error}") from None
    finally:
        pdf.close()
    return _PdfText(pages, meta)


def _pdfium_open_error(error: pdfium.PdfiumError) -> UnreadableFile:
    if error.err_code in (_PDFIUM_PASSWORD_ERROR, _PDFIUM_SECURITY_ERROR):
        return EncryptedFile("password-protected PDF")
    return UnreadableFile(f"corrupt or truncated PDF: {error}")


def _pdfium_page_or_blank(pdf: pdfium.PdfDocument, index: int) -> str:
    """A page's text; a corrupt page reads as blank (so it is listed as needing OCR), not as a failed file."""
    try:
        return _pdfium_page_text(pdf, index)
    except pdfium.PdfiumError:
        return ""


def _pdfium_page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = str(textpage.get_text_bounded()).replace("\r\n", "\n").replace("\r", "\n")
            text = mark_paragraph_gaps(text, _pdfium_line_boxes(textpage))
        finally:
            textpage.close()
    finally:
        page.close()
    return _without_hyphen_marks(text)


def _pdfium_line_boxes(textpage: pdfium.PdfTextPage) -> list[LineBox]:
    """Each line of text on the page, in reading order: its bottom, top and first characters.

    pdfium gives a rectangle per run of text; runs that share most of their height (a bold word,
    a second font on the line) are one line.
    """
    lines: list[LineBox] = []
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    buffer = (ctypes.c_ushort * _HEAD_BUFFER)()
    for index in range(textpage.count_rects()):
        if not pdfium_c.FPDFText_GetRect(textpage, index, left, top, right, bottom):  # as PdfTextPage.get_rect
            raise pdfium.PdfiumError("Failed to get rectangle.")
        box_bottom, box_top = bottom.value, top.value
        if lines:
            last = lines[-1]
            overlap = min(box_top, last.top) - max(box_bottom, last.bottom)
            if overlap > 0.5 * min(box_top - box_bottom, last.top - last.bottom):
                lines[-1] = LineBox(min(box_bottom, last.bottom), max(box_top, last.top), last.head)
                continue
        head = _box_head(textpage, buffer, (left.value, box_bottom, right.value, box_top))
        lines.append(LineBox(box_bottom, box_top, head))
    return lines


def _box_head(textpage: pdfium.PdfTextPage, buffer: ctypes.Array[ctypes.c_ushort], box: _Box) -> str:
    """The first _HEAD_CHARS non-space characters of the text inside `box`.

    The same as squeezing `textpage.get_text_bounded(*box)`, which asks pdfium twice (how long,
    then the text) and so walks every character of the page twice per line: this asks once,
    for as much as `buffer` holds, which is the whole text or enough of its start.
    """
    left, bottom, right, top = box
    copied = pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buffer, len(buffer))
    if 0 <= copied <= len(buffer):
        text = ctypes.string_at(buffer, 2 * copied).decode("utf-16-le", errors="ignore").rstrip("\x00")
        head = _squeezed(text)
        if copied < len(buffer) or len(head) >= _HEAD_CHARS:  # all of it, or a start long enough
            return head[:_HEAD_CHARS]
    return _squeezed(str(textpage.get_text_bounded(left, bottom, right, top)))[:_HEAD_CHARS]


@dataclass(frozen=True)
class LineBox:
    """A line on a PDF page: its bottom and top (points, upwards) and its first few characters."""

    bottom: float
    top: float
    head: str


def mark_paragraph_gaps(text: str, boxes: list[LineBox]) -> str:
    """`text` with a blank line where the page leaves a paragraph's space between two lines.

    A letter spaces its paragraphs apart; the text layer keeps only the line breaks, so a paragraph
    that ends at the margin reads like a line wrapped there. The step down from one line to the next
    (the smaller of the steps of their tops and of their bottoms, so a line without descenders or
    capitals does not look further away) is compared with the page's line pitch (a low percentile of
    the steps): a step PARAGRAPH_STEP times the pitch or more is a paragraph gap. Boxes are matched
    to the text's lines by their first characters (a box whose line pdfium joined to the one before,
    at a hyphen, belongs to that line); when they cannot all be matched, or the page has too few
    lines to know its pitch, the text is returned as it is.
    """
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    owner = _box_lines(boxes, [_squeezed(lines[index]) for index in filled])
    if owner is None:
        return text
    steps = [min(a.top - b.top, a.bottom - b.bottom) for a, b in zip(boxes, boxes[1:], strict=False)]
    positive = sorted(step for step in steps if step > 0)
    if len(positive) < _MIN_PITCH_LINES:
        return text
    pitch = positive[len(positive) // 10]
    gaps = {
        filled[owner[k]]
        for k, step in enumerate(steps)
        if step >= PARAGRAPH_STEP * pitch and owner[k + 1] == owner[k] + 1
    }
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        if index in gaps and index + 1 < len(lines) and lines[index + 1].strip():
            out.append("")
    return "\n".join(out)


def _box_lines(boxes: list[LineBox], lines: list[str]) -> list[int] | None:
    """The index in `lines` of the line each box belongs to, or None where the two do not match."""
    if not boxes or not lines or not lines[0].startswith(boxes[0].head):
        return None
    owner = [0]
    for box in boxes[1:]:
        line = owner[-1]
        if line + 1 < len(lines) and box.head and lines[line + 1].startswith(box.head):
            line += 1
        owner.append(line)
    return owner if owner[-1] == len(lines) - 1 else None


def _without_hyphen_marks(text: str) -> str:
    """`text` without "\\x02" (pdfium marks a hyphen it removed at a line end) or "\\ufffe" (the same, elsewhere)."""
    return text.replace("\x02", "").replace("\ufffe", "")


def _squeezed(text: str) -> str:
    """`text` without white space (str.split's white space is r"\\s") or pdfium's hyphen marks."""
    return "".join(_without_hyphen_marks(text).split())


def _pick_meta(info: dict[str, str]) -> dict[str, str]:
    """Title and author, when the PDF states them."""
    meta = {}
    for source, target in (("Title", "title"), ("Author", "author")):
        value = str(info.get(source) or "").strip()
        if value:
            meta[target] = value
    return meta


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs a warning per damaged object; the caller gets one error or warning instead."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_with_pdfminer(data: bytes) -> _PdfText:
    # pdfminer is the fallback engine: imported only when used, to keep start-up quick
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with _quiet_pdfminer():
            return _pdfminer_text(data)
    except PDFPasswordIncorrect:
        raise EncryptedFile("password-protected PDF") from None
    except PDFEncryptionError as error:
        raise EncryptedFile(f"PDF with unsupported encryption: {error}") from None
    except FoitrackError:
        raise
    except Exception as error:  # noqa: BLE001 - pdfminer raises many unrelated types on bad input
        raise UnreadableFile(f"corrupt or truncated PDF: {type(error).__name__}: {error}") from None


def _pdfminer_text(data: bytes) -> _PdfText:
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    resources = PDFResourceManager()
    out = io.StringIO()
    converter = TextConverter(resources, out, laparams=LAParams(char_margin=30))
    interpreter = PDFPageInterpreter(resources, converter)
    pages = []
    stream = io.BytesIO(data)
    for number, page in enumerate(PDFPage.get_pages(stream, password=""), start=1):
        if number > MAX_PAGES:
            pages.append(_pages_left_out(None))
            break
        interpreter.process_page(page)
        pages.append(_take(out).rstrip(PAGE_BREAK))
    converter.close()
    return _PdfText(pages, _pdfminer_meta(data))


def _pages_left_out(count: int | None) -> str:
    """The marker that ends a PDF cut at MAX_PAGES; `_document` turns it into a warning."""
    return _CUT_MARK + (str(count) if count else "")


def _take(out: io.StringIO) -> str:
    """What was written to `out` since the last take, emptying it."""
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def _pdfminer_meta(data: bytes) -> dict[str, str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text as decode_pdf_string

    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    info: dict[str, str] = {}
    for entry in document.info:
        for key in ("Title", "Author"):
            value = resolve1(entry.get(key))
            if isinstance(value, bytes):
                info[key] = decode_pdf_string(value)
            elif isinstance(value, str):
                info[key] = value
    return _pick_meta(info)
