"""Scratch evaluation of the money, date and reference extractors against the dev gold labels.

Usage:
    .venv/bin/python bench/eval_money_dates.py [CORPUS_DIR] [--misses]

Reads each NAME.txt with its NAME.gold.json, normalises the text (foitrack.normalize when
it exists, else a crude stand-in), and reports:
- amounts: precision/recall/F1 over the multiset of round(float(gbp), 2), as the scorer does;
- dates: precision/recall over request + response dates;
- references: exact matches with the gold `reference` field (not scored by the scorer).

Question text is excluded from money the crude way: lines that start with a question label
and hold "?" or "please provide". The real spans come from the answers segmenter.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from foitrack.extract.dates import extract_dates
from foitrack.extract.money import extract_amounts
from foitrack.extract.reference import extract_reference

try:
    from foitrack.normalize import normalise
except ImportError:  # the normaliser is written elsewhere; a stand-in keeps this script usable

    def normalise(raw: str) -> str:
        """Crude stand-in: NFKC, straight quotes, dashes to "-", LaTeX pounds, collapsed spaces."""
        text = unicodedata.normalize("NFKC", raw)
        text = re.sub(r"\$\s*\\pounds\s*([\d.,]+)\s*\$", r"£\1", text)
        text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
        return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


DEFAULT_CORPUS = Path("/work/shared/corpus/dev")

# a line that asks a question: "1. How many ...?", "Q3 Please provide ..."
QUESTION_LINE = re.compile(r"^\s*(?:[-•*]\s*)?(?:Q(?:uestion)?\s*\d+|\d+[a-z]?[.):]|[a-z][.)])\s", re.IGNORECASE)


def question_spans(text: str) -> list[tuple[int, int]]:
    """Crude stand-in for the segmenter: spans of question lines."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if QUESTION_LINE.match(line) and ("?" in line or "please provide" in line.lower()):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def segmenter_spans(text: str) -> list[tuple[int, int]] | None:
    """Question spans from the answers segmenter, when it is importable (None otherwise)."""
    try:
        from foitrack.extract.answers import extract_answers
    except ImportError:
        return None
    return [(a.question_span.start, a.question_span.end) for a in extract_answers(text) if a.question_span]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    corpus = Path(next((a for a in argv if not a.startswith("--")), DEFAULT_CORPUS))
    show = "--misses" in argv
    money, dates, refs, seg_money = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalise((corpus / f"{name}.txt").read_text(encoding="utf-8"))
        amounts = extract_amounts(text, exclude=question_spans(text))
        g = Counter(round(float(a["gbp"]), 2) for a in gold.get("amounts", []) if a.get("gbp") is not None)
        p = Counter(round(float(a.gbp), 2) for a in amounts)
        tp = sum((g & p).values())
        money.update(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)
        if g != p:
            misses.append(f"{name}: amounts missed {sorted((g - p).elements())} extra {sorted((p - g).elements())}")
        spans = segmenter_spans(text)
        if spans is not None:
            q = Counter(round(float(a.gbp), 2) for a in extract_amounts(text, exclude=spans))
            seg_tp = sum((g & q).values())
            seg_money.update(tp=seg_tp, fp=sum(q.values()) - seg_tp, fn=sum(g.values()) - seg_tp)
            if g != q:
                misses.append(
                    f"{name}: (segmenter) missed {sorted((g - q).elements())} extra {sorted((q - g).elements())}"
                )
        found = {d.role: d.value.isoformat() for d in extract_dates(text) if d.role != "period"}
        for role in ("request", "response"):
            want, got = (gold.get("dates") or {}).get(role), found.get(role)
            dates.update(
                gold=bool(want), found=bool(want) and got == want, pred=bool(got), ok=bool(got) and got == want
            )
            if want != got:
                misses.append(f"{name}: {role} {got} != {want}")
        ref = extract_reference(text)
        want_ref, got_ref = gold.get("reference"), ref.value if ref else None
        refs.update(ok=want_ref == got_ref, n=1)
        if want_ref != got_ref:
            misses.append(f"{name}: reference {got_ref!r} != {want_ref!r}")
    mp, mr, mf = prf(money["tp"], money["fp"], money["fn"])
    print(f"amounts    precision {mp:.3f} recall {mr:.3f} f1 {mf:.3f}  {dict(money)}")
    if seg_money:
        sp, sr, sf = prf(seg_money["tp"], seg_money["fp"], seg_money["fn"])
        print(f"  with the segmenter's question spans: precision {sp:.3f} recall {sr:.3f} f1 {sf:.3f}")
    dp = dates["ok"] / dates["pred"] if dates["pred"] else 1.0
    dr = dates["found"] / dates["gold"] if dates["gold"] else 1.0
    print(f"dates      precision {dp:.3f} recall {dr:.3f}  {dict(dates)}")
    print(f"references exact {refs['ok']}/{refs['n']}")
    if show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
