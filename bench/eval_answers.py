"""Scratch evaluation of answers, exemptions and outcome against the gold labels.

Usage: .venv/bin/python bench/eval_answers.py [CORPUS_DIR] [--misses] [--only NAME]

Re-implements the scorer's matching rules (q_key, keyed_answers, align_answers,
section_key in /work/shared/tools/score.py) so the numbers agree with it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from foitrack.extract.answers import extract_answers
from foitrack.extract.exemptions import detect_regime, extract_exemptions
from foitrack.extract.outcome import decide_outcome

try:
    from foitrack.normalize import normalise
except ImportError:  # the normaliser is written by another engineer; imitate it roughly

    def normalise(raw: str) -> str:
        text = unicodedata.normalize("NFKC", raw)
        text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
        text = re.sub(r"<input[^>]*checked[^>]*/?>\s*", "[x] ", text)
        text = re.sub(r"<input[^>]*/?>\s*", "[ ] ", text)
        text = re.sub(r"\$\\pounds\s*(\d[\d,.]*)\$", r"£\1", text)
        text = re.sub(r"^#+\s*", "", text, flags=re.M).replace("**", "")
        text = re.sub(r"[ \t]+", " ", text)
        return text


def norm_text(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def q_key(label: Any) -> str:
    s = norm_text(str(label))
    s = re.sub(r"^(q|question|qn|no|item|part)\s*", "", s)
    return s.replace(" ", "")


def keyed_answers(answers: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    seen: Counter[str] = Counter()
    keyed = {}
    for a in answers:
        k = q_key(a.get("q", ""))
        seen[k] += 1
        keyed[k if seen[k] == 1 else f"{k}#{seen[k]}"] = a
    return keyed


def align_answers(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    pairs = {k: pred[k] for k in gold if k in pred}
    rest_gold = [k for k in gold if k not in pred]
    rest_pred = [a for k, a in pred.items() if k not in gold]
    for k, a in zip(rest_gold, rest_pred, strict=False):
        pairs[k] = a
    return pairs


def section_key(sec: str) -> str:
    s = str(sec).lower().replace(" ", "")
    act = "s"
    for prefix, name in (("foisa", "foisa"), ("eir", "eir"), ("foia", "s")):
        if s.startswith(prefix):
            act, s = name, s[len(prefix) :].lstrip("-_:")
            break
    if re.match(r"^(regulation|reg\.?)\d", s):
        act = "eir"
    s = re.sub(r"^(section|sec|s\.?|regulation|reg\.?|r\.?)", "", s)
    m = re.match(r"(\d+)", s)
    return act + m.group(1) if m else act + s


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus/dev", type=Path)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--only")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    qa: Counter[str] = Counter()
    exm: Counter[str] = Counter()
    outc: Counter[str] = Counter()
    misses: list[str] = []
    slowest = 0.0
    for gold_path in sorted(args.corpus.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        if args.only and args.only not in name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalise((args.corpus / f"{name}.txt").read_text(encoding="utf-8"))
        began = time.perf_counter()
        answers = extract_answers(text)
        exemptions = extract_exemptions(text, detect_regime(text))
        outcome = decide_outcome(text, answers, exemptions)
        slowest = max(slowest, time.perf_counter() - began)
        pred = [{"q": a.label, "answer": a.answer} for a in answers]
        g_q, p_q = keyed_answers(gold.get("answers", [])), keyed_answers(pred)
        pairs = align_answers(g_q, p_q)
        for k, ga in g_q.items():
            qa["gold"] += 1
            pa = pairs.get(k)
            if pa is None:
                misses.append(f"{name}: question {ga['q']} not found")
                continue
            qa["found"] += 1
            if pa["answer"] == ga["answer"]:
                qa["correct"] += 1
            else:
                misses.append(f"{name}: {ga['q']} answer {pa['answer']} != {ga['answer']} (pred label {pa['q']})")
        qa["extra"] += len(p_q) - len({id(a) for a in pairs.values()})
        g_e = {section_key(s) for s in gold.get("exemptions", [])}
        p_e = {section_key(e.code) for e in exemptions}
        exm["tp"] += len(g_e & p_e)
        exm["fp"] += len(p_e - g_e)
        exm["fn"] += len(g_e - p_e)
        if g_e != p_e:
            misses.append(f"{name}: exemptions {sorted(p_e)} != {sorted(g_e)}")
        if gold.get("outcome"):
            outc["gold"] += 1
            outc["ok"] += outcome == gold["outcome"]
        if outcome != gold.get("outcome"):
            misses.append(f"{name}: outcome {outcome} != {gold.get('outcome')}")
    p = exm["tp"] / max(1, exm["tp"] + exm["fp"])
    r = exm["tp"] / max(1, exm["tp"] + exm["fn"])
    print(f"questions recall {qa['found'] / max(1, qa['gold']):.3f}  extra {qa['extra']}  (gold {qa['gold']})")
    print(f"answers accuracy {qa['correct'] / max(1, qa['gold']):.3f}")
    print(f"exemptions P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    print(f"outcome accuracy {outc['ok'] / max(1, outc['gold']):.3f}  (gold {outc['gold']})")
    print(f"slowest document {slowest * 1000:.1f} ms")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
