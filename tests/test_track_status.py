"""Stages, outcomes and lateness derived from a request's events; dates counted by hand.

Most cases use a request sent on Mon 3 Feb 2025. Under FOIA/EIR (union calendar) its day 20 is
Mon 3 Mar (1-4 Tue 4-Fri 7 Feb, 5-9 10-14, 10-14 17-21, 15-19 24-28, 20 Mon 3 Mar) and its day 40
is Tue 1 Apr (21-24 Tue 4-Fri 7 Mar, 25-29 10-14, skip Mon 17 St Patrick's Day, 30-33 Tue 18-Fri 21,
34-38 24-28, 39 Mon 31, 40 Tue 1 Apr). Under FOISA day 20 is also Mon 3 Mar and day 40 Mon 31 Mar
(St Patrick's Day is a working day in Scotland).
"""

from __future__ import annotations

from datetime import date

import pytest

from foitrack.errors import FoitrackError
from foitrack.tracking import Event, current_state, explain, term_days_from_ranges

SENT = date(2025, 2, 3)
DUE_20 = date(2025, 3, 3)
DAY_40 = date(2025, 4, 1)


def test_new_request_is_awaiting() -> None:
    state = current_state(SENT, "foia", [], today=date(2025, 2, 10))
    assert state.stage == "awaiting"
    assert state.outcome is None
    assert state.received == SENT
    assert state.due == DUE_20
    assert (state.overdue, state.very_overdue, state.days_late) == (False, False, 0)
    assert state.replied_on is None and state.days_taken is None and state.on_time is None


def test_overdue_is_derived_from_today() -> None:
    on_due_day = current_state(SENT, "foia", [], today=DUE_20)
    assert (on_due_day.overdue, on_due_day.days_late) == (False, 0)
    next_day = current_state(SENT, "foia", [], today=date(2025, 3, 4))
    assert (next_day.overdue, next_day.days_late) == (True, 1)
    # Sat 8 Mar: late by Tue 4-Fri 7 = 4 working days.
    weekend = current_state(SENT, "foia", [], today=date(2025, 3, 8))
    assert (weekend.overdue, weekend.days_late) == (True, 4)


def test_very_overdue_after_day_40() -> None:
    on_day_40 = current_state(SENT, "foia", [], today=DAY_40)
    assert on_day_40.overdue and not on_day_40.very_overdue
    after = current_state(SENT, "foia", [], today=date(2025, 4, 2))
    assert after.very_overdue
    # Late from Tue 4 Mar to Wed 2 Apr: 4 + 5 + 4 (no Mon 17) + 5 + Mon 31, Tue 1, Wed 2 = 21.
    assert after.days_late == 21


def test_very_overdue_under_foisa_uses_the_scottish_calendar() -> None:
    # FOISA day 40 is Mon 31 Mar 2025, so Tue 1 Apr is already very overdue.
    assert current_state(SENT, "foisa", [], today=date(2025, 4, 1)).very_overdue
    assert not current_state(SENT, "foia", [], today=date(2025, 4, 1)).very_overdue


def test_awaiting_then_extension_then_complete() -> None:
    events = [
        Event(date(2025, 2, 4), "acknowledged"),
        Event(date(2025, 2, 28), "extension", "public interest test"),
        Event(date(2025, 3, 14), "reply", outcome="partial"),
    ]
    extended = current_state(SENT, "foia", events[:2], today=date(2025, 3, 5))
    assert extended.stage == "extension" and extended.extended
    assert extended.due == DUE_20  # a FOIA public-interest extension does not move day 20
    assert (extended.overdue, extended.days_late) == (True, 2)  # Tue 4, Wed 5 Mar
    assert not extended.beyond_guidance

    done = current_state(SENT, "foia", events, today=date(2025, 3, 31))
    assert (done.stage, done.outcome, done.replied_on) == ("complete", "partial", date(2025, 3, 14))
    assert done.days_taken == 29  # 4 + 5 + 5 + 5 in Feb, then Mon 3-Fri 7 and Mon 10-Fri 14 Mar
    assert done.days_late == 9  # Tue 4-Fri 7 and Mon 10-Fri 14 Mar
    assert done.on_time is False
    assert not done.overdue and not done.very_overdue


def test_public_interest_extension_past_40_days_is_flagged() -> None:
    events = [Event(date(2025, 2, 28), "extension")]
    assert not current_state(SENT, "foia", events, today=DAY_40).beyond_guidance
    late = current_state(SENT, "foia", events, today=date(2025, 4, 2))
    assert late.beyond_guidance and late.very_overdue
    replied_late = current_state(
        SENT, "foia", [*events, Event(date(2025, 4, 2), "reply", outcome="granted")], today=date(2025, 5, 1)
    )
    assert replied_late.beyond_guidance


def test_eir_extension_moves_the_due_date_to_day_40() -> None:
    events = [Event(date(2025, 2, 21), "extension")]
    state = current_state(SENT, "eir", events, today=date(2025, 4, 2))
    assert state.due == DAY_40
    assert (state.overdue, state.days_late, state.very_overdue) == (True, 1, False)
    assert not state.beyond_guidance


def test_eir_extended_request_is_very_overdue_20_days_after_day_40() -> None:
    # Counting on from day 40 (Tue 1 Apr 2025): 41-43 Wed 2-Fri 4, 44-48 Mon 7-Fri 11,
    # 49-52 Mon 14-Thu 17, skip Fri 18 (Good Friday) and Mon 21 (Easter Monday),
    # 53-56 Tue 22-Fri 25, 57-60 Mon 28 Apr-Thu 1 May: day 60 is Thu 1 May.
    events = [Event(date(2025, 2, 21), "extension")]
    assert not current_state(SENT, "eir", events, today=date(2025, 5, 1)).very_overdue
    assert current_state(SENT, "eir", events, today=date(2025, 5, 2)).very_overdue


def test_extension_claimed_after_the_deadline_does_not_move_it() -> None:
    state = current_state(SENT, "eir", [Event(date(2025, 3, 4), "extension")], today=date(2025, 3, 5))
    assert state.stage == "extension"
    assert not state.extended
    assert state.due == DUE_20
    assert state.overdue
    assert "after the deadline Mon 3 Mar 2025" in state.warnings[0]


def test_clarification_stops_then_restarts_the_clock() -> None:
    asked = [Event(date(2025, 2, 5), "clarification_requested")]
    waiting = current_state(SENT, "foia", asked, today=date(2025, 3, 7))
    assert waiting.stage == "clarification"
    assert waiting.due is None
    assert not waiting.overdue  # day 20 of the first count has passed, but the clock is stopped

    # Clarification sent Mon 10 Mar: 1-4 Tue 11-Fri 14, skip Mon 17, 5-8 Tue 18-Fri 21,
    # 9-13 Mon 24-Fri 28, 14-18 Mon 31-Fri 4 Apr, 19 Mon 7, 20 Tue 8 Apr.
    restarted = current_state(
        SENT, "foia", [*asked, Event(date(2025, 3, 10), "clarification_sent")], today=date(2025, 3, 20)
    )
    assert restarted.stage == "awaiting"
    assert restarted.received == date(2025, 3, 10)
    assert restarted.due == date(2025, 4, 8)
    assert not restarted.overdue
    assert restarted.deadline is not None
    assert explain(restarted.deadline)[-1] == "Due (day 20): Tue 8 Apr 2025"


def test_days_taken_counts_from_the_clarification() -> None:
    events = [
        Event(date(2025, 2, 5), "clarification_requested"),
        Event(date(2025, 3, 10), "clarification_sent"),
        Event(date(2025, 3, 21), "reply", outcome="granted"),
    ]
    state = current_state(SENT, "foia", events, today=date(2025, 3, 31))
    assert state.days_taken == 8  # Tue 11-Fri 14, then Tue 18-Fri 21 (Mon 17 skipped)
    assert state.on_time is True and state.days_late == 0


def test_internal_review_under_foisa() -> None:
    events = [
        Event(date(2025, 2, 21), "reply", outcome="refused"),
        Event(date(2025, 3, 3), "internal_review_requested"),
    ]
    # Review due (FOISA s.21, 20 days after Mon 3 Mar): 1-4 Tue 4-Fri 7, 5-9 10-14, 10-14 17-21,
    # 15-19 24-28, 20 Mon 31 Mar.
    in_review = current_state(SENT, "foisa", events, today=date(2025, 4, 1))
    assert in_review.stage == "internal_review"
    assert in_review.review_due == date(2025, 3, 31)
    assert in_review.overdue and not in_review.very_overdue
    assert in_review.outcome == "refused"
    assert in_review.on_time is True and in_review.days_taken == 14  # Tue 4-Fri 21 Feb

    decided = current_state(
        SENT, "foisa", [*events, Event(date(2025, 4, 2), "review_reply", outcome="granted")], today=date(2025, 4, 3)
    )
    assert decided.stage == "complete"
    assert decided.outcome == "granted"
    assert decided.replied_on == date(2025, 2, 21)  # time taken is measured to the first reply
    assert decided.review_replied_on == date(2025, 4, 2)
    assert not decided.overdue


def test_internal_review_for_a_request_never_answered() -> None:
    # FOISA s.20: a review can be sought when the body did not reply in time.
    events = [Event(date(2025, 3, 4), "internal_review_requested")]
    state = current_state(SENT, "foisa", events, today=date(2025, 3, 5))
    assert state.stage == "internal_review"
    assert state.replied_on is None
    assert state.days_late == 2  # Tue 4, Wed 5 Mar and still no reply


def test_internal_review_too_early_is_refused() -> None:
    with pytest.raises(FoitrackError, match="a review needs a reply"):
        current_state(SENT, "foia", [Event(date(2025, 2, 10), "internal_review_requested")], today=date(2025, 3, 1))


def test_withdrawn() -> None:
    state = current_state(SENT, "foia", [Event(date(2025, 2, 10), "withdrawn")], today=date(2025, 5, 5))
    assert state.stage == "withdrawn"
    assert (state.overdue, state.very_overdue, state.days_late) == (False, False, 0)


def test_school_state_uses_term_days() -> None:
    terms = term_days_from_ranges([(date(2025, 4, 22), date(2025, 7, 18)), (date(2025, 9, 3), date(2025, 10, 24))])
    # Received Mon 14 Jul 2025: 20th school day Wed 24 Sep (see test_track.py).
    state = current_state(date(2025, 7, 14), "foia", [], today=date(2025, 9, 1), school=True, term_days=terms)
    assert state.due == date(2025, 9, 24)
    assert not state.overdue


def test_school_without_terms_is_overdue_after_20_and_very_overdue_after_60() -> None:
    sent = date(2025, 7, 14)  # day 20 Tue 12 Aug, day 60 Wed 8 Oct 2025 (see test_track.py)
    assert current_state(sent, "foia", [], today=date(2025, 8, 13), school=True).overdue
    assert not current_state(sent, "foia", [], today=date(2025, 10, 8), school=True).very_overdue
    assert current_state(sent, "foia", [], today=date(2025, 10, 9), school=True).very_overdue


def test_user_added_days_move_open_deadlines() -> None:
    state = current_state(SENT, "foia", [], today=DUE_20, extra=[date(2025, 2, 10)])
    assert state.due == date(2025, 3, 4)


def test_events_are_applied_in_date_order() -> None:
    events = [Event(date(2025, 3, 14), "reply", outcome="granted"), Event(date(2025, 2, 28), "extension")]
    assert current_state(SENT, "foia", events, today=date(2025, 4, 1)).stage == "complete"


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([Event(date(2025, 1, 31), "reply", outcome="granted")], "before the request was sent"),
        ([Event(date(2025, 4, 1), "reply")], "after today"),
        ([Event(date(2025, 2, 10), "extension")], "FOISA allows no extension"),
        ([Event(date(2025, 2, 10), "clarification_sent")], "not possible while the request is at stage 'awaiting'"),
        ([Event(date(2025, 2, 10), "review_reply")], "not possible"),
        ([Event(date(2025, 2, 10), "withdrawn"), Event(date(2025, 2, 11), "reply")], "withdrawn"),
        ([Event(date(2025, 2, 4), "sent")], "sent date is Mon 3 Feb 2025"),
        (
            [
                Event(date(2025, 2, 10), "reply"),
                Event(date(2025, 2, 11), "internal_review_requested"),
                Event(date(2025, 2, 12), "reply"),
            ],
            "record a review_reply",
        ),
    ],
)
def test_impossible_histories_raise(events: list[Event], message: str) -> None:
    with pytest.raises(FoitrackError, match=message):
        current_state(SENT, "foisa", events, today=date(2025, 3, 1))


def test_today_before_sent_raises() -> None:
    with pytest.raises(FoitrackError, match="before the request was sent"):
        current_state(SENT, "foia", [], today=date(2025, 2, 1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "chased"}, "unknown event kind"),
        ({"kind": "reply", "outcome": "maybe"}, "unknown outcome"),
        ({"kind": "note", "outcome": "granted"}, "only a reply or review_reply"),
    ],
)
def test_bad_events_raise(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(FoitrackError, match=message):
        Event(date(2025, 2, 3), **kwargs)  # type: ignore[arg-type]
