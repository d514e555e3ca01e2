"""OCR of scanned PDFs: opt-in, through ocrmypdf when it is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run

from foitrack.ingest.ocr import ocr_available

SCAN = Path(__file__).resolve().parents[1] / "samples" / "replies" / "norfolk-county-council-scanned.pdf"


def test_without_ocr_a_scan_is_recorded_as_needing_it(run: Run) -> None:
    assert run("ingest", SCAN).exit_code == 0
    docs = json.loads(run("documents", "-f", "json").stdout)
    assert docs[0]["status"] == "needs_ocr"


def test_ocr_flag_without_ocrmypdf_says_how_to_install(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    result = run("ingest", "--ocr", SCAN)
    assert result.exit_code == 1 and "apt-get install ocrmypdf" in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not ocr_available(), reason="ocrmypdf is not installed (.ci/run installs it)")
def test_ocr_reads_the_scan(run: Run) -> None:
    result = run("ingest", "--ocr", SCAN)
    assert result.exit_code == 0, result.output
    record = json.loads(run("export", "json").stdout)[0]
    assert record["status"] == "ok"
    assert record["authority"] == "Norfolk County Council"
    assert len(record["answers"]) >= 3
