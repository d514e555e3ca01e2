"""Issue 12: `export gold` turns checked replies into a scoring set for ../shared/tools/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "replies"


def score(shared: Path, folder: Path) -> dict[str, Any]:
    # the installed script, not `python -m`: score.py resolves symlinks, which would leave the venv
    command = Path(sys.executable).parent / "foitrack"
    if not command.exists():
        pytest.skip("the foitrack script is not installed beside this Python")
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(folder), "--json", "--show-misses", "50",
         "--foitrack", str(command)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report, _, misses = result.stdout.partition("\nmismatches")
    return {**json.loads(report), "misses": misses}


def test_gold_scores_one_against_itself_and_corrections_score_as_corrected(
    run: Run, shared: Path, tmp_path: Path
) -> None:
    assert run("ingest", SAMPLES, "--jobs", "1").exit_code == 0
    first = tmp_path / "gold"
    result = run("export", "gold", first)
    assert result.exit_code == 0, result.output
    assert "not written: norfolk-county-council-scanned.pdf: needs_ocr" in result.stderr
    assert (first / "kent-county-council.txt").read_text(encoding="utf-8").startswith("KENT COUNTY COUNCIL")
    gold = json.loads((first / "kent-county-council.gold.json").read_text(encoding="utf-8"))
    assert gold["authority"] == "Kent County Council" and gold["answers"][3]["answer"] == "no"
    clean = score(shared, first)
    assert clean["overall"] == 1.0, clean["misses"]
    assert clean["documents"] == 12 and clean["answers"]["accuracy_all_gold"] == 1.0

    docs = json.loads(run("documents", "-f", "json").stdout)
    kent = next(d["id"] for d in docs if d["file"] == "kent-county-council.txt")
    assert run("correct", kent, "4", "--answer", "none").exit_code == 0
    assert run("correct", kent, "--amount", "1", "--gbp", "13000").exit_code == 0
    assert run("correct", kent, "1", "--verify").exit_code == 0
    second = tmp_path / "corrected"
    assert "3 values checked by a person" in run("export", "gold", second).stderr
    gold = json.loads((second / "kent-county-council.gold.json").read_text(encoding="utf-8"))
    assert (gold["answers"][3]["answer"], gold["answers"][3]["checked"]) == ("none", "corrected")
    assert gold["answers"][0]["checked"] == "verified"
    corrected = score(shared, second)
    assert corrected["answers"]["accuracy_all_gold"] == (clean["questions"]["gold"] - 1) / clean["questions"]["gold"]
    assert (corrected["amounts"]["fp"], corrected["amounts"]["fn"]) == (1, 1)
    assert "kent-county-council.txt: 4 answer no != none" in corrected["misses"]
    assert "missed [13000.0] extra [12500.0]" in corrected["misses"]


def test_gold_needs_a_folder(run: Run) -> None:
    result = run("export", "gold")
    assert result.exit_code == 1 and "gold needs a folder" in result.stderr
    other = run("export", "json", "somewhere")
    assert other.exit_code == 1 and "only for `export gold`" in other.stderr
