"""Fit the answer-confidence weights (foitrack/lexicon/confidence.py) on labelled replies.

Usage: .venv/bin/python bench/fit_confidence.py CORPUS_DIR [--scorer PATH] [--l2 1.0]

Each NAME.txt of CORPUS_DIR is read, normalised and extracted in this process the way
`foitrack ingest` does; its answers are paired with NAME.gold.json by the shared scorer's own
functions (keyed_answers, align_answers: imported, not copied), and every paired answer gives one
example: the features of its reading (foitrack.extract.answers._features) and whether its class is
right. A plain-Python logistic regression with an L2 penalty is fitted on all of them; a
leave-one-document-out run (each document scored by weights fitted on the others) reports how well
the confidences are calibrated on replies the weights have not seen. With --doubt N a wrong answer
counts N times in the fit, which lowers the confidences: chosen so that answers with confidence >= 0.8
are right at least 95% of the time on unseen documents. The weights are printed as the Python literal
to paste into WEIGHTS.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import foitrack.extract.answers as answers_module
from foitrack.extract import extract_all
from foitrack.ingest import read_document
from foitrack.normalize import normalise

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
Example = tuple[str, dict[str, float], bool]  # (document, features, right)


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module, so its pairing rules are used as they are."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def examples(corpus: Path, score: ModuleType) -> list[Example]:
    """One example per answer paired with a gold answer."""
    recorded: list[dict[str, float]] = []
    original = answers_module.confidence

    def record(features: Mapping[str, float], *args: Any) -> float:
        recorded.append(dict(features))
        return original(features, *args)

    answers_module.confidence = record
    found: list[Example] = []
    try:
        for text_path, gold in score.load_gold(corpus):
            recorded.clear()
            doc = read_document(text_path)
            extraction = extract_all(normalise(doc.text), doc.meta)
            features = list(recorded)
            pred = [
                {"q": a.label, "answer": a.answer, "quote": a.quote, "i": i} for i, a in enumerate(extraction.answers)
            ]
            pairs = score.align_answers(score.keyed_answers(gold.get("answers", [])), score.keyed_answers(pred))
            gold_keyed = score.keyed_answers(gold.get("answers", []))
            for key, p in pairs.items():
                found.append((text_path.name, features[p["i"]], p["answer"] == gold_keyed[key]["answer"]))
    finally:
        answers_module.confidence = original
    return found


def fit(
    data: Sequence[Example],
    l2: float,
    doubt: float = 1.0,
    start: Mapping[str, float] | None = None,
    rounds: int = 1500,
) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent (features are 0..1, so one step size serves).

    A wrong answer counts `doubt` times in the loss, so the confidence errs on the side of doubt.
    """
    weights = dict(start or {})
    names = sorted({name for _, f, _ in data for name in f} | {"bias"})
    n = len(data)
    for _ in range(rounds):
        grad = dict.fromkeys(names, 0.0)
        for _, features, right in data:
            error = (predict(weights, features) - float(right)) * (1.0 if right else doubt)
            grad["bias"] += error
            for name, value in features.items():
                grad[name] += error * value
        for name in names:
            penalty = 0.0 if name == "bias" else l2 * weights.get(name, 0.0)
            weights[name] = weights.get(name, 0.0) - 1.0 * (grad[name] + penalty) / n
    return {k: round(v, 3) for k, v in sorted(weights.items()) if abs(v) >= 0.0005}


def predict(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibration(scored: Sequence[tuple[float, bool]]) -> str:
    """Share and accuracy of answers per confidence band."""
    lines = []
    for low, high in ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01), (0.8, 1.01)):
        band = [right for conf, right in scored if low <= conf < high]
        if band:
            lines.append(
                f"  confidence {low:.1f}-{min(high, 1.0):.1f}: {len(band):4d} answers ({len(band) / len(scored):5.1%})"
                f"  right {sum(band) / len(band):6.1%}"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--doubt", type=float, default=1.0, help="how many times a wrong answer counts in the fit")
    args = ap.parse_args()
    if not args.scorer.exists():
        print(f"{args.scorer}: no scorer there (give --scorer)", file=sys.stderr)
        return 2
    data = examples(args.corpus, load_scorer(args.scorer))
    if not data:
        print(f"{args.corpus}: no labelled replies", file=sys.stderr)
        return 2
    weights = fit(data, args.l2, args.doubt)
    held_out: list[tuple[float, bool]] = []
    for doc in sorted({d for d, _, _ in data}):
        rest = [e for e in data if e[0] != doc]
        fold_weights = fit(rest, args.l2, args.doubt, start=weights, rounds=150)
        held_out += [(predict(fold_weights, f), right) for d, f, right in data if d == doc]
    print(f"{len(data)} paired answers, {sum(r for _, _, r in data)} right")
    print("leave-one-document-out:\n" + calibration(held_out))
    print("fitted on all:\n" + calibration([(predict(weights, f), r) for _, f, r in data]))
    print("WEIGHTS = " + json.dumps(weights, indent=4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
