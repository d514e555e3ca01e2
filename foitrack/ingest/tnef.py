"""Expand a TNEF stream (Outlook's winmail.dat) into its body and files, with tnefparse.

tnefparse (LGPL-3.0, imported as a library) is the maintained pure-Python TNEF reader.
It copies the rest of the stream for every attribute it reads, which is quadratic in the
number of attributes (a 1 MB stream of tiny attributes: 2.4 s, 4 MB: about 40 s), so the
attributes are counted first, in one pass over their length fields, and a stream of more
than MAX_ATTRIBUTES is refused with a warning. Real winmail.dat files hold a few dozen.
"""

from __future__ import annotations

import logging
import mimetypes
import struct
from dataclasses import dataclass

from foitrack.ingest.charset import decode_labelled
from foitrack.ingest.html import html_to_text

logging.getLogger("tnefparse").setLevel(logging.CRITICAL)  # it logs odd checksums; we report what matters

MAX_ATTRIBUTES = 5000
_SIGNATURE = 0x223E9F78
_HEADER = 6  # signature (4 bytes) and key (2)
_ATTRIBUTE_OVERHEAD = 11  # level (1), id (2), type (2), length (4), checksum (2)


@dataclass(frozen=True)
class TnefContent:
    """What a TNEF stream carried: its body text ("" if none), files (name, bytes, type), warnings."""

    body: str
    files: tuple[tuple[str, bytes, str | None], ...]
    warnings: tuple[str, ...]


def expand_tnef(data: bytes) -> TnefContent:
    """The body and files of a TNEF stream; a broken or oversized stream gives a warning only."""
    count = _attribute_count(data)
    if count is None:
        return TnefContent("", (), ("winmail.dat (TNEF) could not be read: not a TNEF stream",))
    if count > MAX_ATTRIBUTES:
        return TnefContent("", (), (f"winmail.dat (TNEF) has more than {MAX_ATTRIBUTES:,} attributes: not read",))
    from tnefparse.tnef import TNEF  # imported on first use

    try:
        tnef = TNEF(data, do_checksum=False)
    except Exception as error:  # noqa: BLE001 - tnefparse raises assorted types on bad streams
        return TnefContent("", (), (f"winmail.dat (TNEF) could not be read: {type(error).__name__}: {error}",))
    files = []
    for attachment in tnef.attachments:
        content = attachment.data if isinstance(attachment.data, bytes) else b""
        try:
            name = str(attachment.long_filename())
        except (UnicodeDecodeError, AttributeError):
            name = ""
        files.append((name, content, mimetypes.guess_type(name)[0] if name else None))
    return TnefContent(_body(tnef), tuple(files), ())


def _attribute_count(data: bytes) -> int | None:
    """How many attributes tnefparse would read, walking their length fields; None if not TNEF."""
    if len(data) < _HEADER or struct.unpack_from("<I", data)[0] != _SIGNATURE:
        return None
    count = 0
    offset = _HEADER
    while offset + 12 < len(data) and count <= MAX_ATTRIBUTES:
        (length,) = struct.unpack_from("<I", data, offset + 5)
        offset += min(len(data) - offset, length + _ATTRIBUTE_OVERHEAD)
        count += 1
    return count


def _body(tnef: object) -> str:
    for attribute, is_html in (("body", False), ("htmlbody", True)):
        value = getattr(tnef, attribute, None)
        if not value:
            continue
        text = decode_labelled(value, "cp1252") if isinstance(value, bytes) else str(value)
        return html_to_text(text)[0] if is_html else text.rstrip("\x00")
    return ""
