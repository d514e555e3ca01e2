"""Figures damaged by optical character recognition, read as the figures they are: "£4I,2O8" as "£41,208".

A scanned letter's OCR takes a digit for a letter shaped like it ("O" for 0, "I" or "l" for 1) and a pound sign
for an "f". Where a token is plainly a figure (foitrack.lexicon.fields.OCR_FIGURES: a sum after "£", a figure
grouped by thousands commas, a year, a day before a month's name, a day/month/year date) those letters are read
as their digits and such an "f" as "£"; words, labels ("Q1", "l)") and references are left alone.

Invariant: `len(read_ocr_figures(t)) == len(t)`, every character mapped to one character, so every offset, span and
quote found in the repaired text stands where it stands in the stored text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from foitrack.extract.fold import fold_text
from foitrack.lexicon import Cue
from foitrack.lexicon.fields import OCR_FIGURES, OCR_POUND_F, OCR_SUM

__all__ = ["OCR_DIGITS", "read_ocr_figures"]

# the letters OCR reads a digit as, each with that digit (one character for one: offsets are kept)
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "i": "1", "l": "1"})
# the cues searched over the whole text: each opens with its literal, found by a fast scan
_WHOLE_TEXT_CUES = (OCR_SUM, OCR_POUND_F)
# ... and those opening with a lookbehind or a class, searched only around a trace of damage (a search opening with a
# class tries every position of the text: a scanned letter is rare, so the trace is found in the bytes first)
_TRACED_CUES = tuple(cue for cue in OCR_FIGURES if cue not in _WHOLE_TEXT_CUES)
# folded text as bytes (one a character), each digit read as "d", each letter OCR makes of a digit as "o", white
# space as " " and every other byte as "x": a digit beside such a letter ("2O25", "O2/07", "3O April") is "do" or "od"
_TRACE_BYTES = bytes(
    ord("d" if chr(b).isdigit() else "o" if chr(b) in "oil" else " " if chr(b).isspace() else "x") for b in range(256)
)
_TRACES = (b"do", b"od")
# a traced token's window reaches this far past its end: a day's month name ("3O September") is read there
_WINDOW_AFTER = 16


def read_ocr_figures(text: str) -> str:
    """`text` with every figure OCR damaged read as its digits (the same length, other characters unchanged)."""
    folded = fold_text(text)
    spans = [(m.start(), m.end(), cue is OCR_POUND_F) for cue in _WHOLE_TEXT_CUES for m in _matches(cue, folded)]
    spans += [
        (m.start(), m.end(), False)
        for start, end in _traced_windows(folded)
        for cue in _TRACED_CUES
        for m in cue.compiled.finditer(folded, start, end)
    ]
    if not spans:
        return text
    chars = list(text)
    for start, end, pound_sign in spans:
        chars[start:end] = text[start:end].translate(OCR_DIGITS)
        if pound_sign:
            chars[start] = "£"
    return "".join(chars)


def _matches(cue: Cue, folded: str) -> Iterator[re.Match[str]]:
    """The cue's matches in the folded text, searched only when it holds one of the cue's needles."""
    return cue.compiled.finditer(folded) if cue.admits(folded) else iter(())


def _traced_windows(folded: str) -> list[tuple[int, int]]:
    """(start, end) around each token of the folded text where a digit stands beside a letter OCR makes of one: from
    the token's start to a little past its end (a character Latin-1 does not hold is one "?" byte: offsets are kept)."""
    traced = folded.encode("latin-1", "replace").translate(_TRACE_BYTES)
    hits = sorted({at for trace in _TRACES for at in _find_all(traced, trace)})
    windows: list[tuple[int, int]] = []
    for at in hits:
        start = traced.rfind(b" ", 0, at) + 1  # white space, the newline too, is " " in the traced bytes
        end = traced.find(b" ", at)
        end = min(len(folded), (len(folded) if end < 0 else end) + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:  # overlapping windows are searched as one
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


def _find_all(data: bytes, needle: bytes) -> Iterator[int]:
    """Every offset of needle in data."""
    at = data.find(needle)
    while at >= 0:
        yield at
        at = data.find(needle, at + 1)
