"""Which cues fire where: a report over a folder of replies, to find overfit and dead entries.

Usage: python -m foitrack.lexicon.report DIR [DIR ...]

Every .txt file under the folders is normalised (foitrack.normalize) and every cue of the answer,
outcome, legal and fields lexicons is searched in the whole folded text (a cue anchored at "^": in each
line), every line cue of the segmenter's lexicon in each line. A cue that fires in one document only may be
written for that document (overfit); a cue that fires in none is dead on that corpus. Counting whole texts,
not answers, keeps the report independent of segmentation.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from foitrack.extract.fold import fold
from foitrack.lexicon import Cue, segment
from foitrack.lexicon.answers import ANSWER_LEXICON
from foitrack.lexicon.fields import FIELDS_LEXICON
from foitrack.lexicon.legal import LEGAL_LEXICON
from foitrack.lexicon.outcome import OUTCOME_LEXICON
from foitrack.lexicon.segment import LineCue
from foitrack.normalize import normalise

LEXICONS = {"answers": ANSWER_LEXICON, "outcome": OUTCOME_LEXICON, "legal": LEGAL_LEXICON, "fields": FIELDS_LEXICON}
LINE_CUES = {name: cue for name, cue in vars(segment).items() if isinstance(cue, LineCue)}
"""The segmenter's line cues by their names in foitrack.lexicon.segment."""


@dataclass(frozen=True)
class CueUse:
    """One cue and the documents it fires in."""

    lexicon: str
    cue: Cue | LineCue
    documents: tuple[str, ...]

    @property
    def label(self) -> str:
        """How the report names the cue: lexicon.name (kind); a line cue by its name in its module."""
        if isinstance(self.cue, LineCue):
            return f"{self.lexicon}.{next(n for n, c in LINE_CUES.items() if c is self.cue)} (line)"
        return f"{self.lexicon}.{self.cue.name} ({self.cue.kind})"


def cue_use(texts: Iterable[tuple[str, str]]) -> list[CueUse]:
    """For (name, text) pairs, the documents each cue of every lexicon fires in."""
    folded = [(name, fold(normalise(text))) for name, text in texts]
    lines = {name: text.splitlines() for name, text in folded}
    return [
        CueUse(lex_name, cue, tuple(name for name, text in folded if _fires(cue, text, lines[name])))
        for lex_name, lexicon in LEXICONS.items()
        for cue in lexicon.cues
    ] + [
        CueUse("segment", cue, tuple(name for name, _ in folded if any(map(cue.pattern.search, lines[name]))))
        for cue in LINE_CUES.values()
    ]


def _fires(cue: Cue, text: str, lines: Sequence[str]) -> bool:
    """A cue anchored at "^" opens an answer or a line, so it is tried on each line; the others on the text."""
    if cue.pattern.startswith("^") or "|^" in cue.pattern:
        return any(cue.compiled.search(line) for line in lines)
    return cue.compiled.search(text) is not None


def render(uses: Sequence[CueUse], documents: int) -> str:
    """The report: dead cues, then cues firing in one document, then the rest with their counts."""
    lines = [f"{documents} documents, {len(uses)} cues"]
    for title, count in (("dead (fires in no document)", 0), ("overfit? (fires in one document only)", 1)):
        chosen = [u for u in uses if len(u.documents) == count]
        lines.append(f"\n{title}: {len(chosen)}")
        lines += [f"  {u.label}  {' '.join(u.documents)}" for u in chosen]
    lines.append("\nfiring in two or more documents:")
    lines += [
        f"  {len(u.documents):4d}  {u.label}"
        for u in sorted(uses, key=lambda u: -len(u.documents))
        if len(u.documents) >= 2
    ]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    """Print the report for the folders named in argv; 2 when there is nothing to read."""
    paths = sorted(p for folder in argv for p in Path(folder).rglob("*.txt"))
    if not paths:
        sys.stderr.write(f"no .txt replies under {' '.join(argv) or '(no folder given)'}\n")
        return 2
    texts = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    sys.stdout.write(render(cue_use(texts), len(texts)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
