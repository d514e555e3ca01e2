"""Read a plain .zip archive (as replies attach them) into its files, within limits.

The archive becomes a Document whose text lists its members and whose attachments are
the member files, which the pipeline reads in turn like an email's attachments (so a zip
inside a zip is read down to the pipeline's MAX_ATTACHMENT_DEPTH). Limits, each with a
warning naming what was left out: MAX_MEMBERS files, MAX_MEMBER_BYTES for one file,
MAX_TOTAL_BYTES in all. Sizes are counted while inflating, never taken from the headers
(which a zip bomb can fake). Folders, hidden files and encrypted members are passed over.
"""

from __future__ import annotations

import io
import mimetypes
import zipfile
from pathlib import Path

from foitrack.errors import UnreadableFile
from foitrack.models import Attachment, Document

MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
_BLOCK = 1 << 20


def read_zip(path: Path, data: bytes) -> Document:
    """A zip archive as a Document listing its files, the files as attachments."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise UnreadableFile(f"corrupt or truncated zip archive: {error}") from None
    attachments: list[Attachment] = []
    warnings: list[str] = []
    listing: list[str] = []
    total = 0
    with archive:
        for member in members:
            name = member.filename.replace("\\", "/").rstrip("/")
            base = name.split("/")[-1]
            if not base or base.startswith(".") or "__MACOSX/" in name:
                continue
            if len(attachments) >= MAX_MEMBERS:
                warnings.append(f"zip holds more than {MAX_MEMBERS} files: the rest not read")
                break
            content, problem = _inflate(archive, member, MAX_TOTAL_BYTES - total)
            if content is None:
                warnings.append(f"{name}: {problem}")
                if problem.startswith("the archive"):
                    break
                continue
            total += len(content)
            listing.append(f"{name} ({len(content):,} bytes)")
            attachments.append(Attachment(base, content, mimetypes.guess_type(base)[0]))
    text = "Zip archive of {} file{}:\n{}".format(len(listing), "" if len(listing) == 1 else "s", "\n".join(listing))
    return Document(text=text, kind="zip", attachments=tuple(attachments), warnings=tuple(warnings))


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
