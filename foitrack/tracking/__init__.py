"""Tracking FOI requests: deadlines, stages and statistics (pure), and their storage.

- `calendar`: working days and deadlines under FOIA, EIR, FOISA and EISR;
- `status`: a request's stage, outcome and lateness derived from its events;
- `stats`: many requests added up;
- `bodies`: choosing the bodies a request goes to (gazetteer matching, new bodies);
- `similarity`: word overlap of questions, keys of body names;
- `store`: the only module with SQL: requests, events, links, statistics rows.

Everything but `store` is pure: no database, no file, no clock (`today` is a parameter).
Only events are stored; where a request stands is always recomputed from them.

Importing this package loads none of its modules: each loads the first time one of its names
is used (PEP 562), so that commands which track nothing (`compare`, `search`, `--version`)
do not pay for the gazetteer, the holiday calendars and the statistics at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from foitrack.tracking.bodies import (
        CONFIDENT_MATCH,
        BodyChoice,
        BodyMatch,
        BodySelection,
        NewBody,
        choose_bodies,
        match_bodies,
        regime_for,
    )
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
    from foitrack.tracking.similarity import (
        name_key,
        question_similarity,
        word_overlap,
    )
    from foitrack.tracking.stats import (
        Summary,
        days_taken_buckets,
        refusals_by_section,
        summarise,
    )
    from foitrack.tracking.status import (
        EVENT_KINDS,
        MARK_KINDS,
        BodyState,
        Event,
        Outcome,
        Stage,
        current_state,
    )
    from foitrack.tracking.store import (
        LINK_MARGIN,
        OPEN_STAGES,
        LinkResult,
        add_holiday,
        add_request,
        body_statistics,
        edit_request,
        extra_holidays,
        history,
        link_document,
        link_reply,
        list_requests,
        mark,
        overdue,
        remove_request,
        request_statistics,
        request_status,
        set_body,
        unlink_document,
        unlinked,
    )

_EXPORTS: dict[str, tuple[str, ...]] = {
    "bodies": (
        "CONFIDENT_MATCH",
        "BodyChoice",
        "BodyMatch",
        "BodySelection",
        "NewBody",
        "choose_bodies",
        "match_bodies",
        "regime_for",
    ),
    "calendar": (
        "Deadline",
        "Extension",
        "Regime",
        "TimeLimit",
        "add_working_days",
        "clock_restart",
        "deadline_for",
        "due_date",
        "explain",
        "format_day",
        "is_working_day",
        "non_working_days",
        "response_limit",
        "review_deadline",
        "review_limit",
        "review_request_deadline",
        "term_days_from_ranges",
        "very_overdue_date",
        "working_days_between",
    ),
    "similarity": (
        "name_key",
        "question_similarity",
        "word_overlap",
    ),
    "stats": (
        "Summary",
        "days_taken_buckets",
        "refusals_by_section",
        "summarise",
    ),
    "status": (
        "EVENT_KINDS",
        "MARK_KINDS",
        "BodyState",
        "Event",
        "Outcome",
        "Stage",
        "current_state",
    ),
    "store": (
        "LINK_MARGIN",
        "OPEN_STAGES",
        "LinkResult",
        "add_holiday",
        "add_request",
        "body_statistics",
        "edit_request",
        "extra_holidays",
        "history",
        "link_document",
        "link_reply",
        "list_requests",
        "mark",
        "overdue",
        "remove_request",
        "request_statistics",
        "request_status",
        "set_body",
        "unlink_document",
        "unlinked",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    """One of the package's names, its module loaded the first time it is asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"foitrack.tracking.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BodyChoice",
    "BodyMatch",
    "BodySelection",
    "BodyState",
    "CONFIDENT_MATCH",
    "Deadline",
    "EVENT_KINDS",
    "Event",
    "Extension",
    "LINK_MARGIN",
    "LinkResult",
    "MARK_KINDS",
    "NewBody",
    "OPEN_STAGES",
    "Outcome",
    "Regime",
    "Stage",
    "Summary",
    "TimeLimit",
    "add_holiday",
    "add_request",
    "add_working_days",
    "body_statistics",
    "choose_bodies",
    "clock_restart",
    "current_state",
    "days_taken_buckets",
    "deadline_for",
    "due_date",
    "edit_request",
    "explain",
    "extra_holidays",
    "format_day",
    "history",
    "is_working_day",
    "link_document",
    "link_reply",
    "list_requests",
    "mark",
    "match_bodies",
    "name_key",
    "non_working_days",
    "overdue",
    "question_similarity",
    "refusals_by_section",
    "regime_for",
    "remove_request",
    "request_statistics",
    "request_status",
    "response_limit",
    "review_deadline",
    "review_limit",
    "review_request_deadline",
    "set_body",
    "summarise",
    "term_days_from_ranges",
    "unlink_document",
    "unlinked",
    "very_overdue_date",
    "word_overlap",
    "working_days_between",
]
