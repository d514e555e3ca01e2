"""CPU that extraction costs per reply, each reply seen once as in a real ingest.

Usage: .venv/bin/python bench/extract_cpu.py [DIR] [--rounds N]

DIR holds .txt replies (default: the campaign's text replies that `make bench` builds in
bench/out/campaign-1000/txt). Every round runs in a fresh interpreter, so no line cache is
warm from an earlier round; the extractors' patterns are compiled before the clock starts.
Prints extract_all's process CPU per reply for the first and second half of the files (two
halves, to show how steady the figure is) and the best round.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).parent / "out" / "campaign-1000" / "txt"


def one_round(folder: Path) -> tuple[float, float]:
    """ms per reply for the first and second half of the folder's replies, in this process."""
    from foitrack.extract import extract_all, warm_up_extractors
    from foitrack.normalize import normalise

    texts = [normalise(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob("*.txt"))]
    warm_up_extractors()
    half = len(texts) // 2
    figures = []
    for part in (texts[:half], texts[half:]):
        start = time.process_time()
        for text in part:
            extract_all(text)
        figures.append((time.process_time() - start) * 1000 / max(1, len(part)))
    return figures[0], figures[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a round, in a child process
    args = parser.parse_args()
    if not any(args.folder.glob("*.txt")):
        print(f"{args.folder}: no .txt replies (run make bench once to build the campaign)", file=sys.stderr)
        return 2
    if args.one:
        first, second = one_round(args.folder)
        print(f"{first:.3f} {second:.3f}")
        return 0
    rounds = []
    for _ in range(args.rounds):
        out = subprocess.run(
            [sys.executable, __file__, str(args.folder), "--one"], capture_output=True, text=True, check=True
        ).stdout.split()
        rounds.append((float(out[0]), float(out[1])))
        print(f"round: first half {rounds[-1][0]:.2f} ms/reply, second half {rounds[-1][1]:.2f} ms/reply")
    best = min(rounds, key=sum)
    print(f"extract_all, each reply seen once: {best[0]:.2f} / {best[1]:.2f} ms/reply (best of {len(rounds)} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
