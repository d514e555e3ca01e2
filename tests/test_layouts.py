"""Extraction on our own set of reply layouts, scored by the shared scorer (skipped without it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LAYOUTS = Path(__file__).parent / "layouts"
FLOORS = {
    ("authority", "recall"): 0.95,
    ("dates", "recall"): 0.95,
    ("amounts", "f1"): 0.95,
    ("questions", "recall"): 0.90,
    ("answers", "accuracy_all_gold"): 0.85,
    ("exemptions", "f1"): 0.95,
    ("outcome", "accuracy"): 0.90,
}


def test_layouts_score_above_their_floors(shared: Path) -> None:
    scorer = shared / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip("the shared scorer is not there")
    foitrack = Path(sys.executable).with_name("foitrack")
    done = subprocess.run(
        [sys.executable, str(scorer), str(LAYOUTS), "--foitrack", str(foitrack), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["exported"] == result["documents"] == 20
    low = {f"{a}.{b}": result[a][b] for (a, b), floor in FLOORS.items() if result[a][b] < floor}
    assert not low, f"below the floor: {low}"
