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

__all__ = ["cue", "fold", "fold_text", "lower_text"]

# "İ", "ı", "ſ": the characters on which str.lower() and re.IGNORECASE disagree
_TRAP_MAP = {0x130: "i", 0x131: "i", 0x17F: "s"}


def fold(text: str) -> str:
    """text lower-cased for lower-case patterns: "Not HELD" -> "not held", same length always."""
    # three substring tests: several times faster than a regex
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_TRAP_MAP)
    return text.lower()


def cue(pattern: re.Pattern[str], words: tuple[str, ...], folded: str) -> bool:
    """pattern.search(folded), skipped when none of the words every match contains is there."""
    return any(word in folded for word in words) and pattern.search(folded) is not None


# Every extractor reads the whole reply lower-cased; the last few texts are kept so that a reply
# is lowered once, not once per extractor (a str caches its hash, so a hit costs next to nothing).
_KEPT_TEXTS = 4


@lru_cache(maxsize=_KEPT_TEXTS)
def lower_text(text: str) -> str:
    """text.lower(), computed once for the same text in a row of calls."""
    return text.lower()


@lru_cache(maxsize=_KEPT_TEXTS)
def fold_text(text: str) -> str:
    """fold(text), computed once for the same text in a row of calls."""
    return fold(text)
