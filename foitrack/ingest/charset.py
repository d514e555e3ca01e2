"""Decode a mail part by its declared charset the way a mail client or browser does.

- ISO-8859-1, US-ASCII and Windows-1252 labels are read as Windows-1252 (the WHATWG
  Encoding Standard maps all three to it), so dashes, curly quotes and "€" written by
  Windows software survive; the five bytes Windows-1252 leaves undefined read as Latin-1.
- A part labelled with one of those but whose bytes are valid UTF-8 with non-ASCII
  characters is UTF-8 mislabelled (random Windows-1252 text is almost never valid UTF-8).
- A UTF-8 label with a few bad bytes stays UTF-8, the bad bytes replaced.
- A label Python does not know, or one the bytes contradict, falls back to detection
  (`text.decode_text`); so does a part with no label at all.
"""

from __future__ import annotations

import codecs

from foitrack.errors import FoitrackError
from foitrack.ingest.text import decode_text, mostly_utf8

_WINDOWS_1252_ALIASES = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252", "windows-1252"})


def decode_labelled(data: bytes, label: str | None) -> str:
    """The text of `data` labelled `label` (None when unlabelled), with "\\n" line ends.

    >>> decode_labelled("2023–24 £5".encode("cp1252"), "iso-8859-1")
    '2023–24 £5'
    >>> decode_labelled("£5".encode(), "iso-8859-1")
    '£5'
    """
    if not data:
        return ""
    text = _by_label(data, _codec_name(label)) if label else None
    if text is None:
        try:
            text = decode_text(data)[0]
        except FoitrackError:
            text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def _by_label(data: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    if codec in _WINDOWS_1252_ALIASES:
        return _utf8_if_valid(data) or windows_1252(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return mostly_utf8(data) if codec == "utf-8" else None


def _utf8_if_valid(data: bytes) -> str | None:
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def windows_1252(data: bytes) -> str:
    """Windows-1252, its five undefined bytes read as the Latin-1 control characters.

    >>> windows_1252(b"\\x96\\x81")
    '–\\x81'
    """
    return data.decode("cp1252", errors=_LATIN_1_FALLBACK)


def _latin_1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN_1_FALLBACK = "foitrack-latin-1"
codecs.register_error(_LATIN_1_FALLBACK, _latin_1_fallback)
