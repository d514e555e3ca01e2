"""Read plain text files (.txt, .md, .text) and decode bytes of unknown encoding.

`decode_text` is the one place that turns bytes into text for every text-like format
(plain text, CSV, HTML without a declared charset, email parts with a bad charset).
Order of trust: a byte-order mark; UTF-16 without a BOM (NUL bytes in every other
position); strict UTF-8; UTF-8 with a few bad bytes (each replaced by U+FFFD) when valid
multi-byte sequences are at least as many as the bad ones, so one stray byte never turns
every "£" into "Â£"; for text that is mostly non-ASCII bytes (Cyrillic, Greek, Arabic, CJK:
Latin-alphabet text is mostly ASCII) charset-normalizer over every encoding it knows; then
charset-normalizer limited to European code pages, where a Latin-alphabet guess is read as
Windows-1252 (the encoding of UK office software, and a superset of Latin-1's printable
characters). Bytes that look binary are refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from foitrack.errors import UnreadableFile
from foitrack.models import Document

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = [
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac_roman",
    "cp850",
    "cp437",
]
_LATIN_FAMILY = frozenset(
    {
        "cp1252",
        "latin_1",
        "iso8859_15",
        "cp1250",
        "iso8859_2",
        "cp1254",
        "cp1257",
        "mac_roman",
        "cp850",
        "cp437",
        "ascii",
    }
)
# control characters that never occur in real text ("\x00", "\x07"); tab, newline, form feed and ESC do
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.02
_SAMPLE = 64 * 1024
# ASCII plus the bytes UK office software writes in Windows-1252 (€ … ‘ ’ “ ” • – — NBSP £ © °): text with no
# other byte needs no detection (code pages that read these bytes as letters would put other letters beside them)
_ASCII_AND_1252_PUNCTUATION = bytes([*range(0x80), 0x80, 0x85, *range(0x91, 0x98), 0xA0, 0xA3, 0xA9, 0xB0])
_MIN_DETECT = 16


def read_text(path: Path, data: bytes) -> Document:
    """A plain text file as a Document; meta["encoding"] names the encoding used."""
    text, encoding = decode_text(data)
    return Document(text=text, kind="text", meta={"encoding": encoding})


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: (text with "\\n" line ends, encoding name).

    >>> decode_text("£5".encode("cp1252"))
    ('£5', 'cp1252')
    """
    text, encoding = _decode(data)
    if _looks_binary(text):
        raise UnreadableFile("binary data, not text")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16), utf16
    if b"\x00" in data[:_SAMPLE] or _control_ratio(data[:_SAMPLE]) > _MAX_CONTROL_RATIO:
        raise UnreadableFile("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8"
    if _mostly_non_ascii(data):
        best = from_bytes(data[:_SAMPLE]).best()
        if best is not None and best.encoding not in _LATIN_FAMILY and _decodes(data, str(best.encoding)):
            return data.decode(str(best.encoding)), str(best.encoding)
    encoding = _guess_single_byte(data)
    return data.decode(encoding, errors="replace"), encoding


def mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bad bytes, each replaced by U+FFFD; None unless valid multi-byte
    characters are at least as many as the bad sequences.

    >>> mostly_utf8("£5 and £6".encode() + bytes([0xA3]))
    '£5 and £6\\ufffd'
    >>> mostly_utf8("£5".encode("cp1252")) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - replaced  # non-ASCII characters but U+FFFD
    return text if 0 < bad <= good else None


def _mostly_non_ascii(data: bytes) -> bool:
    """True when over a third of the non-space bytes are high bytes: not a Latin-alphabet text."""
    sample = data[:_SAMPLE]
    visible = len(sample) - sum(sample.count(c) for c in b" \t\r\n0123456789")
    high = len(sample) - len(sample.translate(None, bytes(range(0x80, 0x100))))
    return visible >= _MIN_DETECT and high > visible / 3


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"not valid {encoding} text ({error.reason} at byte {error.start})") from None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs fill every other byte (mostly-ASCII UTF-16 text)."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_odd > 0.3 * pairs and zeros_even < 0.05 * pairs:
        return "utf-16-le"
    if zeros_even > 0.3 * pairs and zeros_odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _guess_single_byte(data: bytes) -> str:
    """charset-normalizer's guess among European code pages, Windows-1252 for Latin text."""
    if not data.translate(None, _ASCII_AND_1252_PUNCTUATION):
        return "cp1252"
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding in _LATIN_FAMILY:
        return "cp1252" if _decodes(data, "cp1252") else "latin_1"
    return str(best.encoding)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _control_ratio(data: bytes) -> float:
    return _control_count(data) / len(data) if data else 0.0


def _control_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    # each control character is one byte of its UTF-8, and no other character's bytes are below 0x80
    controls = _control_count(sample.encode("utf-8", "surrogatepass"))
    return "\x00" in sample or controls / len(sample) > _MAX_CONTROL_RATIO
