"""Phrasings as data: every wording that signals an answer class or an outcome is one `Cue`.

A cue names what its pattern signals (`kind`: an answer class such as "not_held", or a
signal such as "refers_back" or "hedge"), how strongly (`weight`; a negative weight
vetoes its kind), and carries examples it must match and counter-examples it must not.
tests/test_lexicon.py is generated from the entries, and `python -m foitrack.lexicon.report
DIR` lists cues that fire on one document only or never across a folder of replies.

Invariants: patterns are written in lower case, without re.IGNORECASE, and are searched in
fold(text) (foitrack.extract.fold); cue names are unique identifiers within a lexicon. The exception:
cues of the fields, authority and legal lexicons that a reader matches on the text as written start with
"(?i)" (or, for the name forms read by their capitals, are case-sensitive); each module's docstring says which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import NamedTuple

__all__ = ["Cue", "Lexicon"]


@dataclass(frozen=True)
class Cue:
    """One phrasing: its pattern, the kind it signals, how strongly, and the examples that pin it down."""

    name: str
    kind: str
    pattern: str
    weight: float
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
    note: str = ""
    needles: tuple[str, ...] = ()
    """Substrings one of which every match contains (none when none is known): the cue is searched only
    in a text holding one of them, and a substring test is many times faster than the search. A needle written
    "^0" is one the text opens with (after white space), for a match that holds no other needle only there."""

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled once."""
        return re.compile(self.pattern)

    @cached_property
    def folded(self) -> re.Pattern[str]:
        """The pattern without its leading "i" flag, to search fold(text) with (IGNORECASE is slow on a long
        alternation): for a "(?i)" cue whose literals are all lower case, the same matches at the same offsets."""
        flags = re.match(r"\(\?([a-z]+)\)", self.pattern)
        if flags is None or "i" not in flags[1]:
            return self.compiled
        others = flags[1].replace("i", "")
        return re.compile((f"(?{others})" if others else "") + self.pattern[flags.end() :])

    @cached_property
    def openings(self) -> tuple[str, ...]:
        """The "^" needles, without their mark: what a text holding no other needle must open with."""
        return tuple(n[1:] for n in self.needles if n.startswith("^"))

    @cached_property
    def inside(self) -> tuple[str, ...]:
        """The needles a text may hold anywhere: all but the "^" ones."""
        return tuple(n for n in self.needles if not n.startswith("^"))

    def admits(self, text: str) -> bool:
        """Whether `text` can hold a match: it holds a needle, or opens with a "^" one (always, without needles)."""
        if not self.needles or text.lstrip().startswith(self.openings):
            return True
        for needle in self.inside:  # a loop, not any() over a generator: called for every vetoing cue
            if needle in text:
                return True
        return False


class _Support(NamedTuple):
    """A supporting cue as score() reads it: its needles ("" when it names none: in every text), search, weight."""

    needles: tuple[str, ...]
    search: Callable[[str], re.Match[str] | None]
    weight: float


@dataclass(frozen=True)
class _Kind:
    """The cues of one kind: those that support it, strongest first, and those that veto it, in their listed order."""

    supports: tuple[_Support, ...]
    vetoes: tuple[Cue, ...]
    needles: tuple[str, ...]
    """Every needle of the supports once, in the order of the first support naming it ("" for one naming none)."""
    first_support: dict[str, int]
    """Each needle's first support (its index in `supports`)."""

    def veto(self, folded: str) -> float:
        """The weight of the vetoing cue matched first in the text (0 if none): the one matched leftmost, the first
        listed at a tie, as one pattern joining them all would find; each searched only where its needles admit it."""
        found = [
            (m.start(), i) for i, c in enumerate(self.vetoes) if c.admits(folded) and (m := c.compiled.search(folded))
        ]
        return self.vetoes[min(found)[1]].weight if found else 0.0


class Lexicon:
    """A set of cues, searched kind by kind: `score(kind, folded)`, `fires(kind, folded)`.

    A kind's cues are tried strongest first, each only in a text that holds one of its needles
    (a substring test is many times faster than a search).
    """

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.cues: tuple[Cue, ...] = tuple(cues)
        names = [c.name for c in self.cues]
        if len(set(names)) != len(names):
            raise ValueError(f"cue names repeat: {sorted(n for n in names if names.count(n) > 1)}")
        self._kinds = {kind: self._join(kind) for kind in dict.fromkeys(c.kind for c in self.cues)}

    def _join(self, kind: str) -> _Kind:
        mine = [c for c in self.cues if c.kind == kind]
        supporting = sorted((c for c in mine if c.weight > 0), key=lambda c: -c.weight)
        supports = tuple(support for c in supporting for support in _supports(c))
        first_support: dict[str, int] = {}
        for i, support in enumerate(supports):
            for needle in support.needles:
                first_support.setdefault(needle, i)
        return _Kind(supports, tuple(c for c in mine if c.weight < 0), tuple(first_support), first_support)

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind the lexicon signals, in the order its cues are listed."""
        return tuple(self._kinds)

    def score(self, kind: str, folded: str) -> float:
        """The weight of the strongest supporting cue of `kind` found, plus that of a vetoing cue found (0 if none).

        Cues are tried strongest first, each only in a text that holds one of its needles.
        """
        entry = self._kinds[kind]
        for needle in entry.needles:  # a loop, not any(): this is the lexicon's hot spot
            if needle in folded:
                break
        else:
            return 0.0  # most texts hold no needle of the kind: each needle tested once, not once for each support
        # the supports before the first naming a needle the text holds hold none of them: tried from that one on
        for needles, search, weight in islice(entry.supports, entry.first_support[needle], None):
            for needle in needles:
                if needle in folded:
                    if search(folded):
                        return weight + entry.veto(folded)
                    break
        return 0.0

    def may_fire(self, kind: str, folded: str) -> bool:
        """False when no supporting cue of `kind` is tried in folded text: then no part of it (a line) fires."""
        for needle in self._kinds[kind].needles:  # a loop, not any() over a generator
            if needle in folded:
                return True
        return False

    def fires(self, kind: str, folded: str) -> bool:
        """True when a cue of `kind` supports it in folded text and no vetoing cue cancels it."""
        return self.score(kind, folded) > 0


def _supports(cue: Cue) -> tuple[_Support, ...]:
    """A cue as score() tries it: searched in a text holding one of its needles; with "^" needles, also in a text
    opening with one (a second try, after the first found nothing)."""
    plain = tuple(n for n in cue.needles if not n.startswith("^")) or ("",)
    if not cue.openings:
        return (_Support(plain, cue.compiled.search, cue.weight),)

    def opened(folded: str, openings: tuple[str, ...] = cue.openings) -> re.Match[str] | None:
        return cue.compiled.search(folded) if folded.lstrip().startswith(openings) else None

    return _Support(plain, cue.compiled.search, cue.weight), _Support(("",), opened, cue.weight)
