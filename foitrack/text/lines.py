"""A text's lines with their offsets, and the places words begin, for extractors that look for labels.

Pages and line breaks both end a line, so an offset found in a line maps back into the
whole text. A Line is made only for the lines asked for: most lines are never read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple


class Line(NamedTuple):
    """One line of the text: where it starts and its words."""

    start: int
    text: str


class Lines:
    """The text's lines (pages and line breaks both end a line) with their offsets."""

    def __init__(self, text: str) -> None:
        self.texts = text.replace("\f", "\n").split("\n")
        # where each line starts, and one more entry: where a line after the last would start
        self.starts = list(accumulate([len(line) + 1 for line in self.texts], initial=0))

    def at(self, i: int) -> Line:
        return Line(self.starts[i], self.texts[i])

    def index_of(self, pos: int) -> int:
        """The index of the line that holds the text's offset pos."""
        return bisect.bisect_right(self.starts, pos) - 1

    def end_of(self, i: int) -> int:
        """Where line i ends (before its line break)."""
        return self.starts[i + 1] - 1

    def between(self, first: int, stop: int) -> list[Line]:
        """The lines first to stop - 1 (as far as there are lines)."""
        return [self.at(i) for i in range(first, min(stop, len(self.texts)))]

    def holding(self, words: tuple[str, ...], folded: str) -> list[int]:
        """The indexes of the lines whose folded text (same offsets as the text) holds one of the words, in order."""
        found: set[int] = set()
        for word in words:
            pos = folded.find(word)
            while pos != -1:  # a line found once: the word is looked for again from the next line on
                found.add(i := self.index_of(pos))
                pos = folded.find(word, self.starts[i + 1])
        return sorted(found)


@lru_cache(maxsize=4)
def lines_of(text: str) -> Lines:
    """Lines(text), built once for the same text in a row of calls.

    dates and reference both read a reply's lines: the last few texts' are kept so that they are split
    once (a str caches its hash, so a hit costs next to nothing; no caller changes a Lines)."""
    return Lines(text)


def places(text: str, words: Iterable[str]) -> list[int]:
    """Every place where one of the words begins in text (overlapping ones too), in order, each once.

    A pattern that can only start at one of a few words is matched at these places: str.find skips
    through a text several times faster than re's scan of a pattern it cannot skip by. Several words that
    open with a capital or a sign are found in one scan instead (`_openings`): re skips straight to those
    characters, rare in running text, where a str.find per word would read the whole text once for each.
    """
    words = tuple(words)
    if len(words) > 2 and all(word[:1] and not word[:1].islower() for word in words):
        return [m.start() for m in _openings(words).finditer(text)]
    found: set[int] = set()
    for word in words:
        pos = text.find(word)
        while pos != -1:
            found.add(pos)
            pos = text.find(word, pos + 1)
    return sorted(found)


@lru_cache(maxsize=32)
def _openings(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching the first character of each place where one of `words` begins, the rest looked ahead for:
    each match takes one character, so a word beginning inside another's place is found too ("C(?=ouncil|ity)|T")."""
    rests: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        rests.setdefault(word[0], []).append(word[1:])
    alternatives = (
        re.escape(first) + ("" if "" in after else f"(?={'|'.join(map(re.escape, after))})")
        for first, after in rests.items()
    )
    return re.compile("|".join(alternatives))


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern that can only start at one of `starts` (in order, e.g. `places`):
    matched there alone, each after the last match's end; re's own scan would try every place in the text."""
    free = 0
    for pos in starts:
        if pos >= free and (m := pattern.match(text, pos)) is not None:
            yield m
            free = m.end()
