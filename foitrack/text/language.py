"""Which language a line of a bilingual (Welsh and English) reply is written in.

A Welsh body often prints its whole reply twice, once in each language. The questions and answers are read from
the English copy alone: the Welsh copy repeats them and is not more questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from foitrack.lexicon import fields

BILINGUAL_WELSH_WORDS = 8
"""Welsh small words a bilingual reply holds at least (its sums printed once in each language)."""
BILINGUAL_SHARE = 5
"""It holds one Welsh small word for every so many English ones at least: not an English reply under a Welsh footer."""
LANGUAGE_LOOKBACK = 8
"""Lines looked back over for the words that tell a line's language: a table's rows under their question."""
WELSH_MARKS = (" yn ", " y ", "'r ", " mae ", " wedi ")
"""Welsh words common in any Welsh text and rare in English, counted first: the two searches for every small word of
each language cost about a millisecond a reply, so a reply holding fewer than 4 of these is taken as English only."""
_NOT_NEWLINE_RE = re.compile(r"[^\n]")
# a line in both languages: "Cwestiwn 1 / Question 1", or a question's number in each: "C6 / Q6"
SIDE_BY_SIDE_RE = re.compile(r"[^\W\d_][.!?,]? / [^\W\d_]|^\s*C\d{1,2}[a-h]? / Q\d")
FIGURE_RE = re.compile(r"\d[\d,.]*\d|\d")  # a figure a line gives, the same in its Welsh and English copies
SENTENCE_SPLIT_RE = re.compile(r"(?<=\w\w[.!?] )(?=[A-Z£\d])")  # a sentence's end, its space kept with it
OPENING_MARK_RE = re.compile(r"\s*(\(?[0-9A-Za-z]{1,3}[.):])\s")  # a numbered line's mark: "2.", "(b)", "Q3:"


@lru_cache(maxsize=4)  # asked by the segmenter, the request's reader and the money reader of one reply
def is_bilingual(text: str) -> bool:
    """Whether the text holds enough Welsh small words, against its English ones, to be a reply in both languages."""
    if " yn " not in text and " y " not in text:  # every Welsh text holds one; most English ones neither
        return False
    if sum(text.count(mark) for mark in WELSH_MARKS) < 4:
        return False
    welsh_words = len(fields.WELSH_WORDS.compiled.findall(text))
    english_words = len(fields.ENGLISH_WORDS.compiled.findall(text))
    return welsh_words >= BILINGUAL_WELSH_WORDS and welsh_words * BILINGUAL_SHARE >= english_words


def welsh_test(text: str) -> Callable[[int], bool] | None:
    """For a bilingual reply, a test of whether a position stands in its Welsh text: its own line, or the nearest
    line above it that leans one way (a bare row "2023/24 - £1,200" under its question), holds more Welsh small
    words than English ones. None for a reply in one language."""
    if not is_bilingual(text):
        return None

    def in_welsh(position: int) -> bool:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        for _ in range(LANGUAGE_LOOKBACK):
            start = text.rfind("\n", 0, end) + 1
            if (leaning := _leaning(text[start:end])) is not None:
                return leaning
            if start == 0:
                break
            end = start - 1
        return False

    return in_welsh


@lru_cache(maxsize=4)
def english_copy(text: str) -> str:
    """The text with a bilingual reply's Welsh sentences blanked (offsets kept); a reply in one language as it is.

    A sentence leans the way its small words do; one with none (a bare row "2023/24 - £1,200", a label alone) goes
    the way of its line's others, else of the text before it, except a line opening with the mark of the Welsh line
    right above it (its English copy: "2. 2023/24: 6,218 bookings." under "2. 2023/24: 6,218 o archebion."). A line
    giving both languages side by side ("Cwestiwn / Question", "Lwfans y Maer / Mayor's allowance") is kept whole."""
    if not is_bilingual(text):
        return text
    kept: list[str] = []
    welsh = False  # the language of the last sentence that leaned one way
    above = ""  # the line above, where it leaned Welsh: its English copy may follow it
    for line in text.split("\n"):
        if SIDE_BY_SIDE_RE.search(line):
            kept.append(line)
            welsh, above = False, ""
            continue
        copies_above = bool(above) and (_opening_mark(line) == _opening_mark(above) != "" or _same_figures(line, above))
        pieces = SENTENCE_SPLIT_RE.split(line)
        leanings = _sentence_leanings(pieces, welsh and not copies_above)
        kept.append("".join(_NOT_NEWLINE_RE.sub(" ", p) if w else p for p, w in zip(pieces, leanings, strict=True)))
        welsh = leanings[-1] if line.strip() else welsh
        above = line if welsh and line.strip() else ""
    return "\n".join(kept)


def _sentence_leanings(pieces: list[str], before: bool) -> list[bool]:
    """Whether each sentence of a line is Welsh: one with no small words goes the way of the next sentence of its
    line that leans ("Do. Cyhoeddwyd ..."), else of the one before it, else of the text before the line."""
    leanings = [_leaning(piece) for piece in pieces]
    following: bool | None = None
    for i in reversed(range(len(leanings))):
        leanings[i] = following = leanings[i] if leanings[i] is not None else following
    decided: list[bool] = []
    for leaning in leanings:
        before = leaning if leaning is not None else before
        decided.append(before)
    return decided


def _leaning(piece: str) -> bool | None:
    """True where a piece of text holds more Welsh small words than English ones, False for fewer, None for as many."""
    welsh_count = len(fields.WELSH_WORDS.compiled.findall(piece))
    english_count = len(fields.ENGLISH_WORDS.compiled.findall(piece))
    return None if welsh_count == english_count else welsh_count > english_count


def _same_figures(line: str, above: str) -> bool:
    """Whether a line gives the very figures of the Welsh line above it, one at least: its English copy
    ("Total cost: £2,140.50." under "Cyfanswm y gost: £2,140.50.")."""
    figures = FIGURE_RE.findall(line)
    return bool(figures) and figures == FIGURE_RE.findall(above)


def _opening_mark(line: str) -> str:
    mark = OPENING_MARK_RE.match(line)
    return mark.group(1) if mark else ""
