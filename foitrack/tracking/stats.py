"""Statistics over many requests' states: counts, timeliness, time taken, refusals.

Invariants:
- Pure functions of their arguments; the result is a frozen Summary whose mappings list every
  stage, outcome and bucket (zeros included) in a fixed order, so tables line up across batches.
- Time taken is counted in working days from the (last) date of receipt to the first reply.
- Shares are fractions (0.0 to 1.0) of the replies whose outcome is known; None when there are none.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from foitrack.tracking.status import OUTCOMES, STAGES, BodyState

BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-5", 0, 5),
    ("6-10", 6, 10),
    ("11-15", 11, 15),
    ("16-20", 16, 20),
    ("21-30", 21, 30),
    ("31-40", 31, 40),
    ("41+", 41, None),
)
"""(label, first, last) working days taken; the last bucket has no upper end."""


@dataclass(frozen=True)
class Summary:
    """What a batch of requests adds up to.

    `replied` counts requests with a reply; `on_time` and `late` split them by the due date.
    `overdue` and `very_overdue` count requests that owe something today.
    """

    total: int
    by_stage: Mapping[str, int]
    by_outcome: Mapping[str, int]
    replied: int
    on_time: int
    late: int
    overdue: int
    very_overdue: int
    median_days_taken: float | None
    days_taken_buckets: Mapping[str, int]
    outcome_shares: Mapping[str, float | None]
    refusal_share: float | None
    any_refusal_share: float | None


def summarise(states: Sequence[BodyState]) -> Summary:
    """Counts by stage and outcome, timeliness, time taken and refusal shares for `states`."""
    taken = [s.days_taken for s in states if s.days_taken is not None]
    outcomes: Counter[str] = Counter(s.outcome for s in states if s.outcome is not None)
    known = sum(outcomes.values())
    shares = {name: _share(outcomes[name], known) for name in OUTCOMES}
    return Summary(
        total=len(states),
        by_stage=_counts(STAGES, (s.stage for s in states)),
        by_outcome={name: outcomes[name] for name in OUTCOMES},
        replied=sum(1 for s in states if s.replied_on is not None),
        on_time=sum(1 for s in states if s.on_time is True),
        late=sum(1 for s in states if s.on_time is False),
        overdue=sum(1 for s in states if s.overdue),
        very_overdue=sum(1 for s in states if s.very_overdue),
        median_days_taken=float(statistics.median(taken)) if taken else None,
        days_taken_buckets=days_taken_buckets(taken),
        outcome_shares=shares,
        refusal_share=shares["refused"],
        any_refusal_share=_share(outcomes["refused"] + outcomes["partial"], known),
    )


def days_taken_buckets(days: Iterable[int]) -> dict[str, int]:
    """How many replies took 0-5, 6-10, 11-15, 16-20, 21-30, 31-40 and 41+ working days."""
    counts = dict.fromkeys((label for label, _, _ in BUCKETS), 0)
    for value in days:
        counts[_bucket(value)] += 1
    return counts


def _bucket(value: int) -> str:
    """The label of the bucket holding `value` working days."""
    for label, first, last in BUCKETS:
        if value >= first and (last is None or value <= last):
            return label
    return BUCKETS[0][0]


def _counts(labels: Iterable[str], values: Iterable[str]) -> dict[str, int]:
    """Occurrences of each label among `values`, every label present, in label order."""
    found = Counter(values)
    return {label: found[label] for label in labels}


def _share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide."""
    return part / whole if whole else None


def refusals_by_section(codes: Iterable[Sequence[str]]) -> dict[str, int]:
    """How many replies cite each exemption code, most cited first.

    Each inner sequence is one reply's codes; a code cited twice in one reply counts once.
    Example: [["s.40(2)", "s.43"], ["s.40(2)"]] -> {"s.40(2)": 2, "s.43": 1}
    """
    found: Counter[str] = Counter()
    for reply_codes in codes:
        found.update({code.strip() for code in reply_codes if code.strip()})
    return dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))
