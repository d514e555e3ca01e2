"""Due dates, statuses and statistics for FOI requests: pure functions over dates and calendars.

`calendar` counts working days and sets deadlines under FOIA, EIR, FOISA and EISR; `status`
derives a request's stage, outcome and lateness from its events; `stats` adds many up.
Nothing here touches a database, a file or the clock: `today` is always a parameter.
"""

from foitrack.track.calendar import (
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
from foitrack.track.stats import Summary, days_taken_buckets, refusals_by_section, summarise
from foitrack.track.status import EVENT_KINDS, BodyState, Event, Outcome, Stage, current_state

__all__ = [
    "EVENT_KINDS",
    "BodyState",
    "Deadline",
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
