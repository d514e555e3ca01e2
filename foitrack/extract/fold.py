"""Lower-case a text so that lower-case patterns without re.IGNORECASE match it exactly as before.

Python's re is markedly slower with re.IGNORECASE, above all on alternations that open with
\\b; matching `fold(text)` with an all-lower-case pattern finds the same matches at the same
offsets. str.lower() and re.IGNORECASE disagree on three characters only: "İ" (which lower()
turns into two characters), "ı" and "ſ" (which IGNORECASE matches as "i" and "s"); fold maps
those three to the letter IGNORECASE treats them as first, so lengths and offsets are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["cue", "fold", "fold_text", "has_traps", "lower_text"]

# "İ", "ı", "ſ": the characters on which str.lower() and re.IGNORECASE disagree
_TRAP_MAP = {0x130: "i", 0x131: "i", 0x17F: "s"}
# the bytes of ASCII characters: UTF-8 writes every other character in bytes from 0x80 up, which bytes.lower() keeps
_ASCII_BYTES = bytes(range(128))


def fold(text: str) -> str:
    """text lower-cased for lower-case patterns: "Not HELD" -> "not held", same length always."""
    return (text.translate(_TRAP_MAP) if has_traps(text) else text).lower()


def has_traps(text: str) -> bool:
    """Whether text holds "İ", "ı" or "ſ" (three substring tests: several times faster than a regex)."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def cue(pattern: re.Pattern[str], words: tuple[str, ...], folded: str) -> bool:
    """pattern.search(folded), skipped when none of the words every match contains is there."""
    for word in words:  # a loop, not any() over a generator: called on every line
        if word in folded:
            return pattern.search(folded) is not None
    return False


# Every extractor reads the whole reply lower-cased; the last few texts are kept so that a reply
# is lowered once, not once per extractor (a str caches its hash, so a hit costs next to nothing).
_KEPT_TEXTS = 4


@lru_cache(maxsize=_KEPT_TEXTS)
def lower_text(text: str) -> str:
    """text.lower(), computed once for the same text in a row of calls: fold_text's, but where they differ."""
    return text.lower() if has_traps(text) else fold_text(text)


@lru_cache(maxsize=_KEPT_TEXTS)
def fold_text(text: str) -> str:
    """fold(text), computed once for the same text in a row of calls.

    str.lower() is several times slower on a text that is not all ASCII (a reply with one "£"); when none
    of its other characters has a lower case, lowering its UTF-8 bytes (A-Z only) gives the same text."""
    if text.isascii():
        return text.lower()
    data = text.encode("utf-8", "surrogatepass")
    others = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return data.lower().decode("utf-8", "surrogatepass") if fold(others) == others else fold(text)
