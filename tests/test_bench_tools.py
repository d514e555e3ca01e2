"""The benchmark's own arithmetic: which bodies a format set takes, and the fitted marginal rate."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_campaign  # noqa: E402
import run_bench  # noqa: E402


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_a_format_set_starts_with_the_campaigns_own_replies_of_that_format(fmt: str) -> None:
    cycle = make_campaign.FORMAT_CYCLE
    indices = make_campaign.format_indices(fmt, 4 * cycle.count(fmt) * 50)
    own = [i for i in range(1000) if cycle[i % len(cycle)] == fmt]
    assert indices[: len(own)] == own
    assert all(cycle[i % len(cycle)] == fmt for i in indices)
    assert indices == sorted(set(indices))
    assert len(indices) == 4 * len(own)


def test_a_count_that_is_not_a_whole_number_of_laps_is_cut_to_size() -> None:
    assert make_campaign.format_indices("txt", 4) == [2, 9, 15, 22]


def test_least_squares_recovers_a_line_and_averages_noise() -> None:
    assert run_bench.least_squares([1, 2, 3, 4], [0.5, 1.0, 1.5, 2.0]) == pytest.approx((0.5, 0.0))
    slope, intercept = run_bench.least_squares([150, 300, 450, 600], [1.0, 1.72, 2.5, 3.25])
    assert slope == pytest.approx(0.00502, abs=1e-4)
    assert intercept == pytest.approx(0.24, abs=0.02)
