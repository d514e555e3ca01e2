"""The former home of the pure tracking rules, kept so code written against it still imports.

Everything now lives in `foitrack.tracking` (calendar, status, stats, with the SQL in
`foitrack.tracking.store`); import from there.
"""

from foitrack.tracking.calendar import (
    Deadline,
    Extension,
    Regime,
    TimeLimit,
    add_working_days,
    clock_restart,
    deadline_for,
    due_date,
    explain,
    format_day,
    is_working_day,
    non_working_days,
    response_limit,
    review_deadline,
    review_limit,
    review_request_deadline,
    term_days_from_ranges,
    very_overdue_date,
    working_days_between,
)
from foitrack.tracking.stats import (
    Summary,
    days_taken_buckets,
    refusals_by_section,
    summarise,
)
from foitrack.tracking.status import (
    EVENT_KINDS,
    BodyState,
    Event,
    Outcome,
    Stage,
    current_state,
)

__all__ = [
    "BodyState",
    "Deadline",
    "EVENT_KINDS",
    "Event",
    "Extension",
    "Outcome",
    "Regime",
    "Stage",
    "Summary",
    "TimeLimit",
    "add_working_days",
    "clock_restart",
    "current_state",
    "days_taken_buckets",
    "deadline_for",
    "due_date",
    "explain",
    "format_day",
    "is_working_day",
    "non_working_days",
    "refusals_by_section",
    "response_limit",
    "review_deadline",
    "review_limit",
    "review_request_deadline",
    "summarise",
    "term_days_from_ranges",
    "very_overdue_date",
    "working_days_between",
]
