"""Read a plain .zip archive (as replies attach them) into its files, within limits.

The archive becomes a Document whose text lists its members and whose attachments are
the member files, which the pipeline reads in turn like an email's attachments. A .zip
inside is unpacked in place (MAX_DEPTH levels), under the same budget as its parent, so a
nest of archives cannot multiply the limits. Limits, each with a warning naming what was
left out: MAX_MEMBERS files, MAX_MEMBER_BYTES for one file, MAX_TOTAL_BYTES in all.
Sizes are counted while inflating, never taken from the headers (which a zip bomb can
fake). Folders, hidden files and encrypted members are passed over.
"""

from __future__ import annotations

import io
import mimetypes
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from foitrack.errors import UnreadableFile
from foitrack.models import Attachment, Document

MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 3
_BLOCK = 1 << 20


@dataclass
class _Budget:
    """What one archive, nested archives included, may still unpack."""

    files: list[Attachment] = field(default_factory=list)
    listing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    total: int = 0
    full: bool = False


def read_zip(path: Path, data: bytes) -> Document:
    """A zip archive as a Document listing its files, the files as attachments."""
    budget = _Budget()
    _expand(data, "", 0, budget)
    count = len(budget.listing)
    text = "Zip archive of {} file{}:\n{}".format(count, "" if count == 1 else "s", "\n".join(budget.listing))
    return Document(text=text, kind="zip", attachments=tuple(budget.files), warnings=tuple(budget.warnings))


def _expand(data: bytes, prefix: str, depth: int, budget: _Budget) -> None:
    """Unpack one archive into `budget`; a .zip inside is unpacked in place, MAX_DEPTH deep at most,
    all sharing one budget, so nested archives cannot multiply the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        if depth == 0:
            raise UnreadableFile(f"corrupt or truncated zip archive: {error}") from None
        budget.warnings.append(f"{prefix.rstrip('/')}: corrupt zip inside the archive: not read")
        return
    with archive:
        for member in members:
            name = prefix + member.filename.replace("\\", "/").rstrip("/")
            base = name.split("/")[-1]
            if not base or base.startswith(".") or "__MACOSX/" in name:
                continue
            if budget.full or len(budget.files) >= MAX_MEMBERS:
                if not budget.full:
                    budget.warnings.append(f"zip holds more than {MAX_MEMBERS} files: the rest not read")
                budget.full = True
                return
            content, problem = _inflate(archive, member, MAX_TOTAL_BYTES - budget.total)
            if content is None:
                budget.warnings.append(f"{name}: {problem}")
                budget.full = problem.startswith("the archive")
                continue
            budget.total += len(content)
            if base.lower().endswith(".zip"):
                if depth + 1 > MAX_DEPTH:
                    budget.warnings.append(f"{name}: zip nested more than {MAX_DEPTH} deep: not read")
                else:
                    _expand(content, name + "/", depth + 1, budget)
                continue
            budget.listing.append(f"{name} ({len(content):,} bytes)")
            budget.files.append(Attachment(base, content, mimetypes.guess_type(base)[0]))


def _inflate(archive: zipfile.ZipFile, member: zipfile.ZipInfo, room: int) -> tuple[bytes | None, str]:
    """The member's bytes, or None and why: read in blocks, stopping at whichever limit comes first."""
    if member.flag_bits & 0x1:
        return None, "encrypted in the zip: not read"
    limit = min(MAX_MEMBER_BYTES, room)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(member) as handle:
            while block := handle.read(_BLOCK):
                size += len(block)
                if size > limit:
                    return None, _too_big(room < MAX_MEMBER_BYTES)
                chunks.append(block)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as error:
        return None, f"could not be unpacked: {error}"
    return b"".join(chunks), ""


def _too_big(whole_archive: bool) -> str:
    if whole_archive:
        return f"the archive unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB: the rest not read"
    return f"larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MB unpacked: not read"
