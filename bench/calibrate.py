"""How far the answers' confidence can be trusted: accuracy per confidence band, through the CLI.

Usage: .venv/bin/python bench/calibrate.py CORPUS_DIR [--foitrack CMD] [--scorer PATH] [--misses]

Runs `foitrack ingest` and `foitrack export json` on the corpus exactly as the shared scorer
does (its run_foitrack, load_gold, keyed_answers and align_answers are imported, not copied),
pairs every exported answer with its gold answer, and reports, per confidence band, how many
answers fall there and how many of those have the gold class. The target of issue 10: answers
with confidence >= 0.8 are right at least 95% of the time.
"""

from __future__ import annotations

import argparse
import importlib.util
import shlex
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.0), (0.8, 1.0), (0.0, 1.0))


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module."""
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def paired(score: ModuleType, pairs: Sequence[tuple[Path, dict[str, Any]]], preds: dict[int, dict[str, Any]]) -> list:
    """(confidence, right, document, gold answer, exported answer) for every gold answer paired with one."""
    rows = []
    for i, (src, gold) in enumerate(pairs):
        g_q = score.keyed_answers(gold.get("answers", []))
        p_q = score.keyed_answers((preds.get(i) or {}).get("answers") or [])
        for key, pa in score.align_answers(g_q, p_q).items():
            conf = pa.get("confidence")
            rows.append(
                (1.0 if conf is None else float(conf), pa.get("answer") == g_q[key]["answer"], src.name, g_q[key], pa)
            )
    return rows


def report(rows: Sequence[tuple[float, bool, str, dict[str, Any], dict[str, Any]]]) -> str:
    lines = [f"{len(rows)} answers paired with gold"]
    for low, high in BANDS:
        band = [
            right for conf, right, *_ in rows if low <= conf < high or (high == 1.0 and conf == 1.0 and low <= conf)
        ]
        if band:
            lines.append(
                f"confidence {low:.1f}-{high:.1f}: {len(band):4d} answers ({len(band) / len(rows):6.1%})"
                f"  right {sum(band) / len(band):6.1%}"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--foitrack", default=str(Path(sys.executable).with_name("foitrack")))
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--misses", action="store_true", help="list the wrong answers with confidence >= 0.8")
    args = ap.parse_args()
    if not args.scorer.exists():
        print(f"{args.scorer}: no scorer there (give --scorer)", file=sys.stderr)
        return 2
    score = load_scorer(args.scorer)
    pairs = score.load_gold(args.corpus)
    if not pairs:
        print(f"{args.corpus}: no labelled replies", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="foicalib-") as tmp:
        preds, log = score.run_foitrack(shlex.split(args.foitrack), pairs, Path(tmp))
    if not preds:
        print(f"no export from foitrack:\n{log}", file=sys.stderr)
        return 1
    rows = paired(score, pairs, preds)
    print(report(rows))
    if args.misses:
        for conf, right, name, gold, pred in sorted(rows, key=lambda r: -r[0]):
            if conf >= 0.8 and not right:
                got = f"{pred.get('answer')} != {gold['answer']}"
                print(f"  {conf:.3f} {name} {gold['q']}: {got}  {pred.get('quote')!r:.90}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
