"""Score extract_authority on a labelled corpus with the project scorer's matching rule.

Usage: .venv/bin/python bench/eval_authority.py [CORPUS_DIR ...] [--seeds SEED_DIR]

Reads each NAME.txt with its NAME.gold.json, runs normalise (when foitrack.normalize exists)
then extract_authority, and prints precision, recall and every miss. Gold with
"authority_from": "source" counts only against a wrong prediction, as in score.py. Seeds
(plain .txt files without gold) are checked against SEED_EXPECTED in order.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from foitrack.extract.authority import extract_authority

DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
DEFAULT_SEEDS = Path("/work/shared/seeds")
SEED_EXPECTED = [
    "Leicester City Council",
    "Leicester City Council",
    "Mayor's Office for Policing and Crime",
    "Leeds City Council",
    "Leicester City Council",
]
GENERIC = {
    "the",
    "of",
    "and",
    "council",
    "city",
    "borough",
    "county",
    "district",
    "metropolitan",
    "royal",
    "london",
    "service",
    "services",
    "authority",
    "constabulary",
    "police",
    "force",
    "office",
    "for",
    "&",
}


def _load_normaliser() -> Callable[[str], str]:
    """foitrack.normalize.normalise when it exists and works, else the identity (with a warning)."""
    try:
        from foitrack.normalize import normalise
    except ImportError:
        print("foitrack.normalize not found: scoring raw text", file=sys.stderr)
        return lambda text: text
    try:
        normalise("probe\n")
    except Exception as error:  # another engineer's module may be mid-edit
        print(f"foitrack.normalize fails ({error!r}): scoring raw text", file=sys.stderr)
        return lambda text: text
    return normalise


def authority_key(name: str | None) -> frozenset[str]:
    """The scorer's comparison key: the name's words without generic ones."""
    norm = re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", name or "").lower()).strip()
    words = norm.split()
    core = [w for w in words if w not in GENERIC]
    return frozenset(core or words)


def same_authority(pred: str | None, gold: str | None, aliases: list[str]) -> bool:
    """The scorer's rule: equal keys with the gold name or any gold alias."""
    if not pred or not gold:
        return False
    return any(authority_key(pred) == authority_key(g) for g in [gold, *aliases])


def evaluate(corpus: Path, normalise: Callable[[str], str]) -> tuple[int, int, int, int, list[str]]:
    """(predicted, predicted_ok, named_in_text, found, misses) over a corpus folder."""
    pred = pred_ok = named = found = 0
    misses: list[str] = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalise(text_path.read_text(encoding="utf-8", errors="replace"))
        finding = extract_authority(text)
        g_name, aliases = gold.get("authority"), gold.get("authority_aliases", [])
        from_text = gold.get("authority_from", "text") != "source"
        p_name = finding.name if finding else None
        ok = same_authority(p_name, g_name, aliases)
        if p_name:
            pred += 1
            pred_ok += ok
            if not ok:
                misses.append(f"WRONG  {text_path.name}: {p_name!r} ({finding and finding.signal}) != {g_name!r}")
        if from_text and g_name:
            named += 1
            found += ok
            if not p_name:
                misses.append(f"MISSED {text_path.name}: {g_name!r}")
    return pred, pred_ok, named, found, misses


def check_seeds(seeds: Path, normalise: Callable[[str], str]) -> list[str]:
    """One line per seed: OK or what was found instead."""
    lines = []
    for path, expected in zip(sorted(seeds.glob("*.txt")), SEED_EXPECTED, strict=False):
        finding = extract_authority(normalise(path.read_text(encoding="utf-8", errors="replace")))
        got = finding.name if finding else None
        mark = "ok " if same_authority(got, expected, []) else "BAD"
        lines.append(f"{mark} {path.name}: {got!r} ({finding and finding.signal}) expected {expected!r}")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args(argv)
    normalise = _load_normaliser()
    started = time.perf_counter()
    totals = [0, 0, 0, 0]
    for corpus in args.corpus:
        *counts, misses = evaluate(corpus, normalise)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print("\n".join(misses))
    pred, pred_ok, named, found = totals
    precision = pred_ok / pred if pred else 0.0
    recall = found / named if named else 0.0
    print(f"authority precision {precision:.3f} ({pred_ok}/{pred})  recall {recall:.3f} ({found}/{named})")
    if args.seeds.is_dir():
        print("\n".join(check_seeds(args.seeds, normalise)))
    print(f"elapsed {time.perf_counter() - started:.2f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
