"""Statistics over a small batch of request states, worked out by hand."""

from __future__ import annotations

from datetime import date

from foitrack.tracking import BodyState, Outcome, Stage, days_taken_buckets, refusals_by_section, summarise

DUE = date(2025, 3, 3)


def _state(
    stage: Stage, outcome: Outcome = None, days_taken: int | None = None, on_time: bool | None = None
) -> BodyState:
    """A state with only the fields the statistics read set to something meaningful."""
    replied = date(2025, 3, 1) if days_taken is not None else None
    return BodyState(
        regime="foia",
        stage=stage,
        outcome=outcome,
        received=date(2025, 2, 3),
        due=DUE,
        days_late=0 if on_time is not False else 5,
        overdue=stage == "awaiting",
        very_overdue=False,
        replied_on=replied,
        days_taken=days_taken,
        on_time=on_time,
    )


BATCH = [
    _state("complete", "granted", 3, True),
    _state("complete", "refused", 20, True),
    _state("internal_review", "partial", 25, False),
    _state("complete", "not_held", 45, False),
    _state("awaiting"),
    _state("withdrawn"),
]


def test_summary_counts() -> None:
    summary = summarise(BATCH)
    assert summary.total == 6
    assert summary.by_stage == {
        "awaiting": 1,
        "clarification": 0,
        "extension": 0,
        "internal_review": 1,
        "complete": 3,
        "withdrawn": 1,
    }
    assert summary.by_outcome == {"granted": 1, "partial": 1, "refused": 1, "not_held": 1}
    assert (summary.replied, summary.on_time, summary.late) == (4, 2, 2)
    assert (summary.overdue, summary.very_overdue) == (1, 0)


def test_summary_time_taken() -> None:
    summary = summarise(BATCH)
    assert summary.median_days_taken == 22.5  # middle of 3, 20, 25, 45
    assert summary.days_taken_buckets == {
        "0-5": 1,
        "6-10": 0,
        "11-15": 0,
        "16-20": 1,
        "21-30": 1,
        "31-40": 0,
        "41+": 1,
    }


def test_summary_refusal_shares() -> None:
    summary = summarise(BATCH)
    assert summary.refusal_share == 0.25  # 1 refused of 4 known outcomes
    assert summary.any_refusal_share == 0.5  # refused or partial: 2 of 4
    assert summary.outcome_shares == {"granted": 0.25, "partial": 0.25, "refused": 0.25, "not_held": 0.25}


def test_empty_summary() -> None:
    summary = summarise([])
    assert summary.total == 0
    assert summary.median_days_taken is None
    assert summary.refusal_share is None
    assert set(summary.days_taken_buckets.values()) == {0}


def test_bucket_edges() -> None:
    counts = days_taken_buckets([0, 5, 6, 10, 11, 15, 16, 20, 21, 30, 31, 40, 41, 90])
    assert counts == {"0-5": 2, "6-10": 2, "11-15": 2, "16-20": 2, "21-30": 2, "31-40": 2, "41+": 2}


def test_refusals_by_section() -> None:
    codes = [["s.40(2)", "s.43", "s.40(2)"], ["s.40(2) "], ["s.12"], [], [""]]
    # s.40(2) is cited by two replies (twice in the first, which counts once).
    assert refusals_by_section(codes) == {"s.40(2)": 2, "s.12": 1, "s.43": 1}
    assert list(refusals_by_section(codes)) == ["s.40(2)", "s.12", "s.43"]
