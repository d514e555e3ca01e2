"""Read any supported file into a `Document`: `read_document(path)`.

Dispatch: the bytes are sniffed first for signatures that cannot be mistaken (a PDF header,
a zip holding word/, xl/ or an OpenDocument mimetype, an OLE2 header, RTF's "{\\rtf"), which
wins over a suffix that lies; otherwise the suffix decides; a file with an unknown suffix is
read only when it opens like an email or an HTML page (or, with no suffix at all, as text).

Invariants: `read_document` returns a Document or raises a FoitrackError whose message is
the reason alone (the caller adds the file name). No library exception escapes: anything
unexpected from a reader becomes UnreadableFile. Readers never print, exit or write files.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from foitrack.errors import EncryptedFile, FoitrackError, UnreadableFile, UnsupportedFormat
from foitrack.ingest.archive import read_zip
from foitrack.ingest.docx import read_docx
from foitrack.ingest.email import looks_like_email, read_email
from foitrack.ingest.html import read_html
from foitrack.ingest.msg import read_msg
from foitrack.ingest.office import open_zip, read_doc, read_odt, read_rtf
from foitrack.ingest.pdf import PDF_ENGINES, read_pdf
from foitrack.ingest.sheet import read_csv, read_xlsx
from foitrack.ingest.text import read_text
from foitrack.ingest.xls import read_xls
from foitrack.models import Document

__all__ = ["PDF_ENGINES", "SUPPORTED_SUFFIXES", "read_document"]

Reader = Callable[[Path, bytes], Document]

_KIND_BY_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "email",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".odt": "odt",
    ".rtf": "rtf",
    ".doc": "doc",
    ".msg": "msg",
    ".oft": "msg",
    ".xls": "xls",
    ".zip": "zip",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_KIND_BY_SUFFIX)
"""Suffixes `read_document` dispatches on; ".doc" is read when antiword or catdoc is installed."""

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the BOF record that opens an Excel 2.x-4.0 worksheet or BIFF5/8 stream saved without a container
_BIFF_STARTS = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_SNIFF_BYTES = 1024


def read_document(path: Path, data: bytes | None = None, *, pdf_engine: str = "pdfium") -> Document:
    """Read a file (or `data`, bytes named by `path`) into a Document; raise a FoitrackError if unreadable."""
    if data is None:
        data = _read_bytes(path)
    if not data:
        raise UnreadableFile("empty file")
    try:
        kind = _kind_of(data, path.suffix.lower())
        return _reader_for(kind, pdf_engine)(path, data)
    except FoitrackError:
        raise
    except RecursionError:
        raise UnreadableFile("file nested too deeply to read") from None
    except MemoryError:
        raise  # not the file's fault alone: the worker pool reports the memory limit
    except Exception as error:  # noqa: BLE001 - the promise: only FoitrackErrors leave read_document
        raise UnreadableFile(f"could not read file: {type(error).__name__}: {error}") from None


def _kind_of(data: bytes, suffix: str) -> str:
    kind = _sniff_container(data, suffix) or _KIND_BY_SUFFIX.get(suffix) or _sniff_text_kind(data, suffix)
    if kind == "doc" and not data.startswith(_OLE2_MAGIC):
        kind = _sniff_text_kind(data, "")  # Word also saves HTML and plain text under .doc
    if kind == "xls" and not data.startswith(_OLE2_MAGIC) and not data.startswith(_BIFF_STARTS):
        kind = _sniff_text_kind(data, "xls")  # Excel also saves HTML under .xls
    return kind


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except OSError as error:
        raise UnreadableFile(error.strerror or str(error)) from None


def _reader_for(kind: str, pdf_engine: str) -> Reader:
    readers: dict[str, Reader] = {
        "text": read_text,
        "html": read_html,
        "pdf": partial(read_pdf, engine=pdf_engine),
        "docx": read_docx,
        "email": read_email,
        "xlsx": read_xlsx,
        "csv": read_csv,
        "odt": read_odt,
        "rtf": read_rtf,
        "doc": read_doc,
        "msg": read_msg,
        "xls": read_xls,
        "zip": read_zip,
    }
    return readers[kind]


def _sniff_container(data: bytes, suffix: str) -> str | None:
    """The kind that unmistakable leading bytes announce, whatever the suffix says."""
    head = data[:_SNIFF_BYTES].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, suffix)
    if data.startswith(_OLE2_MAGIC):
        return _ole2_kind(data, suffix)
    return None


def _zip_kind(data: bytes, suffix: str) -> str:
    try:
        with open_zip(data) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except FoitrackError:
        raise
    except Exception as error:  # noqa: BLE001 - zipfile raises many types, NotImplementedError among them
        raise UnreadableFile(f"corrupt or truncated zip container: {error}") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype.strip() == _ODT_MIMETYPE:
        return "odt"
    if suffix in {".docx", ".xlsx", ".odt"}:
        raise UnreadableFile(f"corrupt {suffix} file: the zip holds no document")
    return "zip"


def _ole2_kind(data: bytes, suffix: str) -> str:
    """Old Office files share one container; the stream names inside tell them apart."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFile("password-protected Office file")
    if "__substg1.0_".encode("utf-16-le") in data or suffix in {".msg", ".oft"}:
        return "msg"
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    raise UnsupportedFormat(f"unsupported file type '{suffix or 'ole2'}' (an old Office file)")


def _sniff_text_kind(data: bytes, suffix: str) -> str:
    """For an unknown suffix: email or HTML by their openings; plain text only without a suffix."""
    if looks_like_email(data):
        return "email"
    head = data[:_SNIFF_BYTES].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if not suffix:
        return "text"
    if suffix == "xls":
        raise UnreadableFile("not an Excel workbook: neither an OLE2 nor a BIFF header")
    raise UnsupportedFormat(f"unsupported file type '{suffix}'")
