"""Read the less common office formats: OpenDocument text (.odt), RTF, and legacy Word (.doc).

Also home to `open_zip`, the zip-bomb guard every zip-based reader (docx, xlsx, odt) opens
its container through, so the limits live in one place.

Optional dependencies: .odt needs odfpy (`pip install foitrack[odf]`), .rtf needs striprtf
(`pip install foitrack[rtf]`); without them the reader raises UnsupportedFormat naming the
extra. Legacy .doc is read by an `antiword` or `catdoc` program when one is on PATH (run
with an argument list, never a shell, with a time limit); otherwise UnsupportedFormat says
how to convert the file.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from foitrack.errors import UnreadableFile, UnsupportedFormat
from foitrack.ingest.text import decode_text
from foitrack.models import Document

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
MAX_XML_BYTES = 32 * 1024 * 1024
"""The XML a reader may parse whole from one document (a long reply's document.xml is a few MB)."""
_RATIO_FLOOR_BYTES = 10 * 1024 * 1024
_DOC_TIMEOUT_SECONDS = 60
_ODF_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def open_zip(data: bytes, *, streamed: tuple[str, ...] = ()) -> zipfile.ZipFile:
    """Open a zip container after checking it cannot inflate into something enormous.

    Refuses more than MAX_UNCOMPRESSED_BYTES in total, or (above 10 MB) a compression
    ratio over MAX_COMPRESSION_RATIO; office files compress about 3-20 times. The XML
    parts, which readers parse whole into memory (ten times their size and more), may
    inflate to MAX_XML_BYTES together, except those under a `streamed` prefix (read row
    by row). Sizes are those the zip declares: zipfile never inflates a member past them.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise UnreadableFile(f"corrupt or truncated zip container: {error}") from None
    inflated = sum(member.file_size for member in members)
    stored = max(1, sum(member.compress_size for member in members))
    xml = sum(
        member.file_size
        for member in members
        if member.filename.endswith((".xml", ".rels")) and not member.filename.startswith(streamed)
    )
    if inflated > MAX_UNCOMPRESSED_BYTES or (
        inflated > _RATIO_FLOOR_BYTES and inflated / stored > MAX_COMPRESSION_RATIO
    ):
        archive.close()
        raise UnreadableFile("suspicious compressed size")
    if xml > MAX_XML_BYTES:
        archive.close()
        raise UnreadableFile(
            f"too large to read safely: its XML inflates to {xml / 2**20:,.0f} MB "
            f"(the limit is {MAX_XML_BYTES // 2**20} MB; a zip bomb, or save it as PDF or text)"
        )
    return archive


def read_odt(path: Path, data: bytes) -> Document:
    """An OpenDocument text as a Document: paragraphs and headings by line, table rows joined " | "."""
    try:
        from odf import teletype
        from odf.opendocument import load
    except ImportError:
        raise UnsupportedFormat("reading .odt needs odfpy: pip install foitrack[odf]") from None
    open_zip(data).close()
    try:
        document = load(io.BytesIO(data))
        lines = _odf_lines(document.text, teletype.extractText)
    except Exception as error:  # noqa: BLE001 - odfpy raises assorted types on bad files
        raise UnreadableFile(f"corrupt .odt file: {type(error).__name__}: {error}") from None
    return Document(text="\n".join(lines), kind="odt")


def _odf_lines(element: Any, extract: Any) -> list[str]:
    """Walk ODF body elements in order: a line per paragraph or heading, one per table row."""
    lines: list[str] = []
    for child in element.childNodes:
        namespace, name = getattr(child, "qname", (None, None))
        if namespace == _ODF_TEXT_NS and name in {"p", "h"}:
            lines.append(str(extract(child)))
        elif namespace == _ODF_TABLE_NS and name == "table-row":
            cells = [" ".join(_odf_lines(cell, extract)).strip() for cell in _odf_cells(child)]
            lines.append(" | ".join(cells))
        elif getattr(child, "childNodes", None):
            lines.extend(_odf_lines(child, extract))
    return lines


def _odf_cells(row: Any) -> list[Any]:
    return [cell for cell in row.childNodes if getattr(cell, "qname", (None, None))[1] == "table-cell"]


def read_rtf(path: Path, data: bytes) -> Document:
    """An RTF file as a Document (its control words stripped by striprtf)."""
    try:
        from striprtf.striprtf import rtf_to_text as untyped_rtf_to_text
    except ImportError:
        raise UnsupportedFormat("reading .rtf needs striprtf: pip install foitrack[rtf]") from None
    source = data.decode("cp1252", errors="replace")
    rtf_to_text = cast(Callable[..., str], untyped_rtf_to_text)
    try:
        text = str(rtf_to_text(source, errors="replace"))
    except Exception as error:  # noqa: BLE001 - striprtf raises assorted types on bad files
        raise UnreadableFile(f"corrupt .rtf file: {type(error).__name__}: {error}") from None
    return Document(text=text, kind="rtf")


def read_doc(path: Path, data: bytes) -> Document:
    """A legacy Word .doc, through antiword or catdoc when either is installed."""
    for program, arguments in (("antiword", ["-m", "UTF-8.txt", "-w", "0"]), ("catdoc", ["-d", "utf-8", "-w"])):
        executable = shutil.which(program)
        if executable:
            text = _run_converter([executable, *arguments], data)
            return Document(text=text, kind="doc", meta={"converter": program})
    raise UnsupportedFormat(
        "legacy Word .doc needs antiword or catdoc (e.g. apt-get install antiword); or save it as .docx or PDF"
    )


def _run_converter(command: list[str], data: bytes) -> str:
    """Run a .doc converter on a temporary copy of the bytes and decode what it prints."""
    with tempfile.TemporaryDirectory(prefix="foitrack-doc-") as folder:
        source = Path(folder) / "input.doc"
        source.write_bytes(data)
        try:
            done = subprocess.run(
                [*command, str(source)], capture_output=True, timeout=_DOC_TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise UnreadableFile(f"could not run {Path(command[0]).name}: {error}") from None
    if done.returncode != 0 or not done.stdout.strip():
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1] or ["no text"]
        raise UnreadableFile(f"{Path(command[0]).name} could not read it: {reason[0]}")
    return decode_text(done.stdout)[0]
