"""The state of one request to one body, derived from its events and today's date.

Status has two axes, as in Froide: the `Stage` of the request's life and the `Outcome` of the
reply. WhatDoTheyKnow's "overdue" and "very overdue" are derived here, never stored.

Invariants:
- Nothing is stored: a BodyState is recomputed from (sent date, regime, events, today), so
  overdue flags follow `today`, and a holiday added to the calendar moves open deadlines at once.
- The date of receipt is the day the request was sent (email arrives the same day). When the
  body asks for clarification the clock stops (no due date, never overdue); the day the requester
  sends the clarification becomes the new date of receipt and a fresh count starts (FOIA s.1(3),
  FOISA s.1(3)). An extension claimed before that restart is dropped with the old count.
- Events apply in date order; events on the same date keep the order given.
- An impossible history (an event before the request was sent or after `today`, a reply to a
  withdrawn request, a review decision with no review asked for...) raises FoitrackError.
- `overdue` means the body owes something now and its deadline has passed: the reply while
  awaiting or extended, or the review decision during internal review. A reply already received
  is judged by `on_time` and `days_late` instead.
- Very overdue: 20 working days past the deadline (WhatDoTheyKnow's 40 for a 20-day limit; 60 for
  an EIR/EISR request extended to 40). Schools: past the 60th working day, their hard limit.
- An extension claimed after the original deadline is too late to be valid (FOIA s.17(3), EIR
  reg 7(3)): the stage shows it, the deadline does not move, and a warning says why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Literal, get_args

from foitrack.errors import FoitrackError
from foitrack.tracking.calendar import (
    Deadline,
    Extension,
    Regime,
    TimeLimit,
    add_working_days,
    check_regime,
    deadline_for,
    format_day,
    response_limit,
    review_deadline,
    review_limit,
    working_days_between,
)

Stage = Literal["awaiting", "clarification", "extension", "internal_review", "complete", "withdrawn"]
Outcome = Literal["granted", "partial", "refused", "not_held"] | None

STAGES: tuple[str, ...] = get_args(Stage)
OUTCOMES: tuple[str, ...] = ("granted", "partial", "refused", "not_held")
EVENT_KINDS = (
    "sent",
    "acknowledged",
    "clarification_requested",
    "clarification_sent",
    "extension",
    "reply",
    "internal_review_requested",
    "review_reply",
    "withdrawn",
    "note",
)
_OWED_REPLY: frozenset[str] = frozenset({"awaiting", "extension"})
_EXTENSION_KIND: Mapping[str, Extension] = MappingProxyType(
    {"foia": "public_interest", "eir": "complexity", "eisr": "complexity"}
)
# the words `foitrack request mark` takes for each event kind ("review" is an internal review request)
MARK_KINDS = {
    "sent": "sent",
    "acknowledged": "acknowledged",
    "clarification": "clarification_requested",
    "clarification-requested": "clarification_requested",
    "clarified": "clarification_sent",
    "clarification-sent": "clarification_sent",
    "extension": "extension",
    "reply": "reply",
    "replied": "reply",
    "internal-review": "internal_review_requested",
    "review": "internal_review_requested",
    "review-reply": "review_reply",
    "withdrawn": "withdrawn",
    "note": "note",
}


@dataclass(frozen=True)
class Event:
    """Something that happened to a request on a day: a reply carries its outcome."""

    on: date
    kind: str
    note: str = ""
    outcome: Outcome = None

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise FoitrackError(f"unknown event kind {self.kind!r}: use one of {', '.join(EVENT_KINDS)}")
        if self.outcome is not None and self.outcome not in OUTCOMES:
            raise FoitrackError(f"unknown outcome {self.outcome!r}: use one of {', '.join(OUTCOMES)}")
        if self.outcome is not None and self.kind not in ("reply", "review_reply"):
            raise FoitrackError(f"{self.kind} on {self.on}: only a reply or review_reply has an outcome")


@dataclass(frozen=True)
class BodyState:
    """Where one request to one body stands on a given day.

    `received` is the day the clock last started. `due` is None while the clock is stopped for
    clarification. `days_late` counts working days past `due`: up to the reply when there is one,
    else up to today while a reply is owed. It can be 0 while `overdue` is True on a weekend or
    holiday just after the due date. `days_taken` counts working days from `received` to
    `replied_on`. `beyond_guidance` marks a FOIA public-interest extension running (or replied)
    past the ICO's 40 working days in total.
    """

    regime: Regime
    stage: Stage
    outcome: Outcome
    received: date
    due: date | None
    days_late: int
    overdue: bool
    very_overdue: bool
    replied_on: date | None
    days_taken: int | None
    on_time: bool | None
    extended: bool = False
    beyond_guidance: bool = False
    review_requested_on: date | None = None
    review_due: date | None = None
    review_replied_on: date | None = None
    deadline: Deadline | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rules:
    """What the body's regime and calendar make of its events."""

    sent: date
    today: date
    regime: Regime
    extra: frozenset[date]
    school: bool
    term_days: frozenset[date] | None

    def limit(self, extended: bool) -> TimeLimit:
        """The response limit, with or without the regime's extension."""
        extension = _EXTENSION_KIND.get(self.regime) if extended else None
        return response_limit(self.regime, extension=extension, school=self.school, term_days=self.term_days)

    def due(self, received: date, extended: bool) -> date:
        """The response due date for a clock started on `received`."""
        return deadline_for(received, self.limit(extended), self.extra).due


@dataclass(frozen=True)
class _Track:
    """The request as the events so far have left it."""

    stage: Stage
    received: date
    outcome: Outcome = None
    clock_stopped: bool = False
    extended: bool = False
    replied_on: date | None = None
    review_requested_on: date | None = None
    review_replied_on: date | None = None
    warnings: tuple[str, ...] = ()


def _refuse(event: Event, why: str) -> FoitrackError:
    """An error naming the event that cannot happen, and why."""
    return FoitrackError(f"{event.kind} on {format_day(event.on)}: {why}")


def _need_stage(track: _Track, event: Event, stages: Iterable[str]) -> None:
    """Raise unless the request is in one of `stages`."""
    if track.stage not in stages:
        raise _refuse(event, f"not possible while the request is at stage {track.stage!r}")


def _on_sent(track: _Track, event: Event, rules: _Rules) -> _Track:
    if event.on != rules.sent:
        raise _refuse(event, f"the request's sent date is {format_day(rules.sent)}")
    return track


def _on_nothing(track: _Track, event: Event, rules: _Rules) -> _Track:
    return track


def _on_clarification_requested(track: _Track, event: Event, rules: _Rules) -> _Track:
    _need_stage(track, event, _OWED_REPLY)
    return replace(track, stage="clarification", clock_stopped=True)


def _on_clarification_sent(track: _Track, event: Event, rules: _Rules) -> _Track:
    _need_stage(track, event, ("clarification",))
    return replace(track, stage="awaiting", received=event.on, clock_stopped=False, extended=False)


def _on_extension(track: _Track, event: Event, rules: _Rules) -> _Track:
    if rules.regime == "foisa":
        raise _refuse(event, "FOISA allows no extension of the 20 working days (s.10(1))")
    _need_stage(track, event, _OWED_REPLY)
    original_due = rules.due(track.received, extended=False)
    if event.on > original_due:
        warning = f"extension claimed on {format_day(event.on)}, after the deadline {format_day(original_due)}"
        return replace(track, stage="extension", warnings=(*track.warnings, warning))
    return replace(track, stage="extension", extended=True)


def _on_reply(track: _Track, event: Event, rules: _Rules) -> _Track:
    if track.stage == "internal_review":
        raise _refuse(event, "the request is under internal review: record a review_reply")
    _need_stage(track, event, ("awaiting", "extension", "clarification", "complete"))
    first = track.replied_on or event.on
    outcome = event.outcome or track.outcome
    return replace(track, stage="complete", outcome=outcome, replied_on=first, clock_stopped=False)


def _on_review_requested(track: _Track, event: Event, rules: _Rules) -> _Track:
    late = track.stage in _OWED_REPLY and event.on > rules.due(track.received, track.extended)
    if track.stage != "complete" and not late:
        raise _refuse(event, "a review needs a reply to review, or a reply that is overdue")
    return replace(track, stage="internal_review", review_requested_on=event.on, review_replied_on=None)


def _on_review_reply(track: _Track, event: Event, rules: _Rules) -> _Track:
    _need_stage(track, event, ("internal_review",))
    outcome = event.outcome or track.outcome
    return replace(track, stage="complete", outcome=outcome, review_replied_on=event.on)


def _on_withdrawn(track: _Track, event: Event, rules: _Rules) -> _Track:
    return replace(track, stage="withdrawn")


_HANDLERS: Mapping[str, Callable[[_Track, Event, _Rules], _Track]] = MappingProxyType(
    {
        "sent": _on_sent,
        "acknowledged": _on_nothing,
        "clarification_requested": _on_clarification_requested,
        "clarification_sent": _on_clarification_sent,
        "extension": _on_extension,
        "reply": _on_reply,
        "internal_review_requested": _on_review_requested,
        "review_reply": _on_review_reply,
        "withdrawn": _on_withdrawn,
        "note": _on_nothing,
    }
)


def _apply(track: _Track, event: Event, rules: _Rules) -> _Track:
    """The request after `event`, or FoitrackError if the event cannot happen now."""
    if event.on < rules.sent:
        raise _refuse(event, f"before the request was sent on {format_day(rules.sent)}")
    if event.on > rules.today:
        raise _refuse(event, f"after today ({format_day(rules.today)}): check the date")
    if track.stage == "withdrawn" and event.kind not in ("note", "acknowledged"):
        raise _refuse(event, "the request was withdrawn")
    return _HANDLERS[event.kind](track, event, rules)


def current_state(
    sent: date,
    regime: Regime,
    events: Sequence[Event],
    today: date,
    extra: Iterable[date] = (),
    *,
    school: bool = False,
    term_days: Iterable[date] | None = None,
) -> BodyState:
    """Where a request sent on `sent` stands on `today`, given what has happened since.

    `extra` adds non-working days; `school` and `term_days` apply the schools' time limit (FOIA).
    """
    regime = check_regime(regime)
    if today < sent:
        raise FoitrackError(f"today ({format_day(today)}) is before the request was sent ({format_day(sent)})")
    terms = frozenset(term_days) if term_days is not None else None
    rules = _Rules(sent, today, regime, frozenset(extra), school, terms)
    track = _Track(stage="awaiting", received=sent)
    for event in sorted(events, key=lambda e: e.on):
        track = _apply(track, event, rules)
    return _finish(track, rules)


def _finish(track: _Track, rules: _Rules) -> BodyState:
    """Derive dates, lateness and flags from the request's final track."""
    limit = rules.limit(track.extended)
    deadline = None if track.clock_stopped else deadline_for(track.received, limit, rules.extra)
    due = deadline.due if deadline else None
    overdue, very_overdue = _owed_flags(track, rules, limit, due)
    review_due = None
    if track.review_requested_on is not None:
        review_due = review_deadline(track.review_requested_on, rules.regime, rules.extra).due
    return BodyState(
        regime=rules.regime,
        stage=track.stage,
        outcome=track.outcome,
        received=track.received,
        due=due,
        days_late=_days_late(track, rules, due),
        overdue=overdue,
        very_overdue=very_overdue,
        replied_on=track.replied_on,
        days_taken=_days_taken(track, rules),
        on_time=None if track.replied_on is None or due is None else track.replied_on <= due,
        extended=track.extended,
        beyond_guidance=_beyond_guidance(track, rules, limit),
        review_requested_on=track.review_requested_on,
        review_due=review_due,
        review_replied_on=track.review_replied_on,
        deadline=deadline,
        warnings=track.warnings,
    )


def _owed_flags(track: _Track, rules: _Rules, limit: TimeLimit, due: date | None) -> tuple[bool, bool]:
    """(overdue, very overdue) for whatever the body owes today: a reply or a review decision."""
    if track.stage in _OWED_REPLY and due is not None:
        very = add_working_days(track.received, limit.very_overdue_after, rules.regime, rules.extra)
        return rules.today > due, rules.today > very
    if track.stage == "internal_review" and track.review_requested_on is not None:
        review = review_limit(rules.regime)
        started = track.review_requested_on
        review_due = add_working_days(started, review.working_days, rules.regime, rules.extra)
        very = add_working_days(started, review.very_overdue_after, rules.regime, rules.extra)
        return rules.today > review_due, rules.today > very
    return False, False


def _days_late(track: _Track, rules: _Rules, due: date | None) -> int:
    """Working days past `due`: to the reply, or to today while the reply is still owed."""
    if due is None:
        return 0
    if track.replied_on is not None:
        end = track.replied_on
    elif track.stage in (*_OWED_REPLY, "internal_review"):
        end = rules.today
    else:
        return 0
    return working_days_between(due, end, rules.regime, rules.extra)


def _days_taken(track: _Track, rules: _Rules) -> int | None:
    """Working days from the (last) date of receipt to the first reply."""
    if track.replied_on is None:
        return None
    return working_days_between(track.received, track.replied_on, rules.regime, rules.extra)


def _beyond_guidance(track: _Track, rules: _Rules, limit: TimeLimit) -> bool:
    """True when a public-interest extension has run past the ICO's guidance."""
    if limit.flag_after is None or not track.extended:
        return False
    end = track.replied_on or (rules.today if track.stage in _OWED_REPLY else None)
    if end is None:
        return False
    return end > add_working_days(track.received, limit.flag_after, rules.regime, rules.extra)
