"""Hostile-file benchmark: each hostile file alone through `foitrack ingest`, worst time and memory.

Writes the files of bench/hostile_files.py into a temporary folder, then ingests each one
in its own `foitrack ingest` process (one worker, a fresh database) and measures its wall
time and the peak resident memory of the process tree (the largest of the command and its
worker, from wait4's rusage). Files are written by a separate process, so the peak is not
inflated by the bench's own memory (a child's peak RSS starts from its parent's at fork).
Prints a line per file with what ingest said about it, then the worst of each against the
goal (10 s, 500 MB).

Usage: .venv/bin/python bench/hostile.py [--only NAME-PART] [--keep]
Invariants: writes only under a temporary folder, removed at the end unless --keep.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hostile_files import WRITERS  # noqa: E402 - bench/ is not a package

GOAL_SECONDS = 10.0
GOAL_MB = 500.0
FOITRACK = Path(sys.executable).with_name("foitrack")


def measure(path: Path, db: Path) -> tuple[float, float, int, str]:
    """Ingest one file in a fresh process: (seconds, peak MB of the process tree, exit code, first line said)."""
    started = time.monotonic()
    process = subprocess.Popen(
        [str(FOITRACK), "ingest", str(path), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
    assert process.stderr is not None
    stderr = process.stderr.read()
    # wait4's rusage covers the command and the descendants it waited for (its reader worker)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    said = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.startswith(("Error", "Warning"))]
    return seconds, usage.ru_maxrss / 1024, process.returncode, (said[0] if said else "ingested")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only files whose description contains this")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="foitrack-hostile-"))
    worst_seconds = worst_mb = 0.0
    print(f"{'file':45} {'seconds':>8} {'peak MB':>8}  result")
    for n, name in enumerate(WRITERS):
        if args.only and args.only not in name:
            continue
        place = folder / f"case-{n}"
        place.mkdir()
        # written by another process, so this one stays small: a child's peak memory starts from its parent's
        subprocess.run(
            [sys.executable, str(HERE / "hostile_files.py"), str(place), str(n)], check=True, stdout=subprocess.DEVNULL
        )
        seconds, mb, code, said = measure(place, folder / f"case-{n}.db")
        worst_seconds, worst_mb = max(worst_seconds, seconds), max(worst_mb, mb)
        print(f"{name:45} {seconds:8.2f} {mb:8.0f}  exit {code}: {said[:110]}")
    verdict = "PASS" if worst_seconds < GOAL_SECONDS and worst_mb < GOAL_MB else "MISS"
    print(f"worst: {worst_seconds:.2f} s (goal {GOAL_SECONDS:g}), {worst_mb:.0f} MB (goal {GOAL_MB:g}): {verdict}")
    if args.keep:
        print(f"files kept in {folder}")
    else:
        subprocess.run(["rm", "-rf", str(folder)], check=False)


if __name__ == "__main__":
    main()
