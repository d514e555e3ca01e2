"""Working days, due dates and time limits, each expectation counted by hand on a calendar.

Counts in the comments list the counted days: "1-4 Tue 4-Fri 7 Feb" means working days 1 to 4
fall on Tuesday 4 to Friday 7 February. "skip" marks a non-working day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from foitrack.errors import FoitrackError
from foitrack.tracking import (
    Regime,
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
from foitrack.tracking.similarity import name_key

# ---------------------------------------------------------------- Christmas and New Year


def test_christmas_foia() -> None:
    # Received Fri 20 Dec 2024. Skip Sat 21, Sun 22. 1 Mon 23, 2 Tue 24, skip Wed 25 (Christmas),
    # Thu 26 (Boxing Day), 3 Fri 27, 4 Mon 30, 5 Tue 31, skip Wed 1 Jan, skip Thu 2 Jan (a Scottish
    # bank holiday, so a non-working day for FOIA too: "any part of the UK"), 6 Fri 3,
    # 7-11 Mon 6-Fri 10, 12-16 Mon 13-Fri 17, 17-20 Mon 20-Thu 23 Jan.
    deadline = due_date(date(2024, 12, 20), "foia")
    assert deadline.due == date(2025, 1, 23)
    assert deadline.day_one == date(2024, 12, 23)
    assert deadline.working_days == 20


def test_christmas_foisa_skips_second_of_january() -> None:
    # Scotland keeps Christmas, Boxing Day, 1 and 2 January: the same count as above.
    deadline = due_date(date(2024, 12, 20), "foisa")
    assert deadline.due == date(2025, 1, 23)
    assert (date(2025, 1, 2), "New Year Holiday") in deadline.skipped


def test_christmas_skipped_days_listed_with_reasons() -> None:
    deadline = due_date(date(2024, 12, 20), "foia")
    skipped = dict(deadline.skipped)
    assert skipped[date(2024, 12, 21)] == "Saturday"
    assert skipped[date(2024, 12, 22)] == "Sunday"
    assert skipped[date(2024, 12, 25)] == "Christmas Day"
    assert skipped[date(2024, 12, 26)] == "Boxing Day"
    assert skipped[date(2025, 1, 1)] == "New Year's Day"
    assert skipped[date(2025, 1, 2)] == "New Year Holiday (Scotland)"
    # Weekends: 21/22 and 28/29 Dec, 4/5, 11/12 and 18/19 Jan = 10, plus 4 holidays.
    assert len(deadline.skipped) == 14
    assert date(2024, 12, 20) not in skipped  # the day of receipt is never "skipped"


def test_explain_christmas() -> None:
    assert explain(due_date(date(2024, 12, 20), "foia")) == [
        "Received Fri 20 Dec 2024",
        "Rule: FOIA s.10(1): 20th working day after receipt",
        "Day 1: Mon 23 Dec 2024",
        "Skipped Wed 25 Dec 2024: Christmas Day",
        "Skipped Thu 26 Dec 2024: Boxing Day",
        "Skipped Wed 1 Jan 2025: New Year's Day",
        "Skipped Thu 2 Jan 2025: New Year Holiday (Scotland)",
        "Skipped 10 weekend days",
        "Due (day 20): Thu 23 Jan 2025",
    ]


def test_explain_orders_holidays_before_day_one() -> None:
    # Received Tue 24 Dec 2024: skip Wed 25, Thu 26; day 1 is Fri 27.
    lines = explain(due_date(date(2024, 12, 24), "foia", working_days=1))
    assert lines[2:] == [
        "Skipped Wed 25 Dec 2024: Christmas Day",
        "Skipped Thu 26 Dec 2024: Boxing Day",
        "Day 1: Fri 27 Dec 2024",
        "Due (day 1): Fri 27 Dec 2024",
    ]


# ---------------------------------------------------------------- Easter


def test_easter_english_body_foia() -> None:
    # Received Thu 17 Apr 2025. Skip Fri 18 (Good Friday), Sat 19, Sun 20, Mon 21 (Easter Monday).
    # 1-4 Tue 22-Fri 25, 5-9 Mon 28 Apr-Fri 2 May, skip Mon 5 May (early May), 10-13 Tue 6-Fri 9,
    # 14-18 Mon 12-Fri 16, 19 Mon 19, 20 Tue 20 May.
    assert due_date(date(2025, 4, 17), "foia").due == date(2025, 5, 20)


def test_easter_scottish_body_foisa_counts_easter_monday() -> None:
    # Easter Monday is not a Scottish bank holiday: 1 Mon 21 Apr, 2-5 Tue 22-Fri 25,
    # 6-10 Mon 28 Apr-Fri 2 May, skip Mon 5 May, 11-14 Tue 6-Fri 9, 15-19 Mon 12-Fri 16, 20 Mon 19 May.
    deadline = due_date(date(2025, 4, 17), "foisa")
    assert deadline.day_one == date(2025, 4, 21)
    assert deadline.due == date(2025, 5, 19)
    assert is_working_day(date(2025, 4, 21), "foisa")
    assert not is_working_day(date(2025, 4, 21), "foia")
    assert not is_working_day(date(2025, 4, 18), "foisa")  # Good Friday is a Scottish bank holiday


# ---------------------------------------------------------------- Northern Ireland and Scotland days


def test_st_patricks_day_counts_for_english_council_under_foia() -> None:
    # Received Fri 14 Mar 2025. Skip Sat 15, Sun 16, Mon 17 (St Patrick's Day, NI: ICO LTT47).
    # 1-4 Tue 18-Fri 21, 5-9 Mon 24-Fri 28, 10-14 Mon 31 Mar-Fri 4 Apr, 15-19 Mon 7-Fri 11, 20 Mon 14 Apr.
    deadline = due_date(date(2025, 3, 14), "foia")
    assert deadline.due == date(2025, 4, 14)
    assert (date(2025, 3, 17), "Saint Patrick's Day (Northern Ireland)") in deadline.skipped


def test_st_patricks_day_is_a_working_day_under_foisa() -> None:
    # 1 Mon 17 Mar, 2-5 Tue 18-Fri 21, 6-10 Mon 24-Fri 28, 11-15 Mon 31-Fri 4 Apr, 16-20 Mon 7-Fri 11 Apr.
    assert due_date(date(2025, 3, 14), "foisa").due == date(2025, 4, 11)


def test_battle_of_the_boyne_foia_and_foisa() -> None:
    # Received Thu 11 Jul 2024. FOIA: skip Fri 12 (Boyne, NI), Sat 13, Sun 14. 1-5 Mon 15-Fri 19,
    # 6-10 Mon 22-Fri 26, 11-15 Mon 29 Jul-Fri 2 Aug, skip Mon 5 Aug (Scottish summer holiday),
    # 16-19 Tue 6-Fri 9, 20 Mon 12 Aug.
    assert due_date(date(2024, 7, 11), "foia").due == date(2024, 8, 12)
    # FOISA: 1 Fri 12 Jul, 2-6 Mon 15-Fri 19, 7-11 Mon 22-Fri 26, 12-16 Mon 29 Jul-Fri 2 Aug,
    # skip Mon 5 Aug, 17-20 Tue 6-Fri 9 Aug.
    assert due_date(date(2024, 7, 11), "foisa").due == date(2024, 8, 9)


def test_scottish_summer_holiday_counts_under_foia() -> None:
    # Received Fri 2 Aug 2024. FOIA: skip Sat 3, Sun 4, Mon 5 (Scotland's summer holiday, union).
    # 1-4 Tue 6-Fri 9, 5-9 Mon 12-Fri 16, 10-14 Mon 19-Fri 23, skip Mon 26 (E&W/NI late summer),
    # 15-18 Tue 27-Fri 30, 19 Mon 2 Sep, 20 Tue 3 Sep.
    assert due_date(date(2024, 8, 2), "foia").due == date(2024, 9, 3)
    # FOISA: Mon 26 Aug is a working day in Scotland, so one day earlier: 15 Mon 26 ... 20 Mon 2 Sep.
    assert due_date(date(2024, 8, 2), "foisa").due == date(2024, 9, 2)


def test_st_andrews_day_substitute_monday_under_foisa_and_foia() -> None:
    # 30 Nov 2024 is a Saturday, so Scotland's holiday is Mon 2 Dec. Received Fri 29 Nov 2024:
    # skip Sat 30, Sun 1, Mon 2. 1-4 Tue 3-Fri 6, 5-9 Mon 9-Fri 13, 10-14 Mon 16-Fri 20,
    # 15 Mon 23, 16 Tue 24, skip Wed 25, Thu 26, 17 Fri 27, 18 Mon 30, 19 Tue 31,
    # skip Wed 1 and Thu 2 Jan, 20 Fri 3 Jan 2025.
    regimes: tuple[Regime, ...] = ("foisa", "foia")
    for regime in regimes:
        deadline = due_date(date(2024, 11, 29), regime)
        assert deadline.due == date(2025, 1, 3), regime
        assert deadline.day_one == date(2024, 12, 3), regime


def test_st_andrews_day_on_a_weekday() -> None:
    # Thu 30 Nov 2023 stops the clock for a Scottish body and, through the union, for FOIA.
    assert not is_working_day(date(2023, 11, 30), "foisa")
    assert not is_working_day(date(2023, 11, 30), "foia")
    assert not is_working_day(date(2023, 11, 30), "eir")


# ---------------------------------------------------------------- receipt on a non-working day


@pytest.mark.parametrize("received", [date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 2)])
def test_received_friday_saturday_or_sunday_share_day_one(received: date) -> None:
    # Fri 31 Jan, Sat 1 Feb and Sun 2 Feb 2025 all give day 1 = Mon 3 Feb.
    # 1-5 Mon 3-Fri 7, 6-10 Mon 10-Fri 14, 11-15 Mon 17-Fri 21, 16-20 Mon 24-Fri 28 Feb.
    deadline = due_date(received, "foia")
    assert deadline.day_one == date(2025, 2, 3)
    assert deadline.due == date(2025, 2, 28)


def test_received_on_a_bank_holiday() -> None:
    # Received Mon 26 May 2025 (spring bank holiday): day 1 Tue 27. 1-4 Tue 27-Fri 30,
    # 5-9 Mon 2-Fri 6 Jun, 10-14 Mon 9-Fri 13, 15-19 Mon 16-Fri 20, 20 Mon 23 Jun.
    deadline = due_date(date(2025, 5, 26), "foia")
    assert deadline.day_one == date(2025, 5, 27)
    assert deadline.due == date(2025, 6, 23)


# ---------------------------------------------------------------- one-off days


def test_platinum_jubilee_2022() -> None:
    # Received Wed 1 Jun 2022. Skip Thu 2 (moved spring holiday), Fri 3 (jubilee), Sat 4, Sun 5.
    # 1-5 Mon 6-Fri 10, 6-10 Mon 13-Fri 17, 11-15 Mon 20-Fri 24, 16-20 Mon 27 Jun-Fri 1 Jul.
    assert due_date(date(2022, 6, 1), "foia").due == date(2022, 7, 1)
    assert due_date(date(2022, 6, 1), "foisa").due == date(2022, 7, 1)
    assert is_working_day(date(2022, 5, 30), "foia")  # the usual last Monday of May was moved


def test_state_funeral_2022() -> None:
    # Received Fri 16 Sep 2022. Skip Sat 17, Sun 18, Mon 19 (state funeral).
    # 1-4 Tue 20-Fri 23, 5-9 Mon 26-Fri 30, 10-14 Mon 3-Fri 7 Oct, 15-19 Mon 10-Fri 14, 20 Mon 17 Oct.
    assert due_date(date(2022, 9, 16), "foisa").due == date(2022, 10, 17)
    assert due_date(date(2022, 9, 16), "foia").due == date(2022, 10, 17)


def test_coronation_2023() -> None:
    # Received Fri 28 Apr 2023. Skip Sat 29, Sun 30, Mon 1 May (early May). 1-4 Tue 2-Fri 5,
    # skip Mon 8 (coronation), 5-8 Tue 9-Fri 12, 9-13 Mon 15-Fri 19, 14-18 Mon 22-Fri 26,
    # skip Mon 29 (spring), 19 Tue 30, 20 Wed 31 May.
    assert due_date(date(2023, 4, 28), "foia").due == date(2023, 5, 31)


def test_early_may_holiday_moved_in_2020() -> None:
    assert is_working_day(date(2020, 5, 4), "foia")
    assert not is_working_day(date(2020, 5, 8), "foia")
    assert not is_working_day(date(2020, 5, 8), "foisa")


# ---------------------------------------------------------------- calendars


def test_non_working_days_union_for_foia() -> None:
    days = non_working_days("foia", [2025])
    assert days[date(2025, 3, 17)] == "Saint Patrick's Day (Northern Ireland)"
    assert days[date(2025, 7, 14)] == "Battle of the Boyne (observed) (Northern Ireland)"
    assert days[date(2025, 12, 1)] == "Saint Andrew's Day (observed) (Scotland)"
    assert days[date(2025, 8, 4)] == "Summer Bank Holiday (Scotland)"
    assert days[date(2025, 8, 25)] == "Late Summer Bank Holiday (England and Wales, Northern Ireland)"
    assert days[date(2025, 4, 18)] == "Good Friday"
    assert days[date(2025, 12, 25)] == "Christmas Day"


def test_non_working_days_scotland_only_for_foisa() -> None:
    days = non_working_days("foisa", [2025])
    assert date(2025, 3, 17) not in days  # St Patrick's Day
    assert date(2025, 4, 21) not in days  # Easter Monday
    assert date(2025, 8, 25) not in days  # English late summer holiday
    assert days[date(2025, 1, 2)] == "New Year Holiday"
    assert days[date(2025, 8, 4)] == "Summer Bank Holiday"
    assert days[date(2025, 12, 1)] == "Saint Andrew's Day (observed)"
    assert days[date(2025, 12, 25)] == "Christmas Day"


def test_eir_uses_the_foia_calendar_and_eisr_the_scottish_one() -> None:
    assert non_working_days("eir", [2024]) == non_working_days("foia", [2024])
    assert non_working_days("eisr", [2024]) == non_working_days("foisa", [2024])


def test_non_working_days_spans_years_and_is_sorted() -> None:
    days = non_working_days("foisa", [2025, 2024])
    assert min(days).year == 2024 and max(days).year == 2025
    assert list(days) == sorted(days)


def test_user_added_days() -> None:
    # Received Fri 31 Jan 2025 (normally due Fri 28 Feb, see above). With Mon 10 Feb added:
    # 1-5 Mon 3-Fri 7, skip Mon 10, 6-9 Tue 11-Fri 14, 10-14 Mon 17-Fri 21, 15-19 Mon 24-Fri 28,
    # 20 Mon 3 Mar.
    added = [date(2025, 2, 10)]
    deadline = due_date(date(2025, 1, 31), "foia", extra=added)
    assert deadline.due == date(2025, 3, 3)
    assert "Skipped Mon 10 Feb 2025: added by user" in explain(deadline)
    assert non_working_days("foia", [2025], extra=added)[date(2025, 2, 10)] == "added by user"
    assert date(2025, 2, 10) not in non_working_days("foia", [2024], extra=added)


def test_user_added_day_that_is_already_a_holiday_keeps_its_name() -> None:
    days = non_working_days("foia", [2025], extra=[date(2025, 12, 25)])
    assert days[date(2025, 12, 25)] == "Christmas Day"


def test_unknown_regime_is_refused() -> None:
    with pytest.raises(FoitrackError, match="unknown regime 'scotland'"):
        non_working_days("scotland", [2025])  # type: ignore[arg-type]


# ---------------------------------------------------------------- counting helpers


def test_add_working_days() -> None:
    # After Fri 20 Dec 2024 under FOIA: 1 Mon 23, 2 Tue 24, 3 Fri 27.
    assert add_working_days(date(2024, 12, 20), 3, "foia") == date(2024, 12, 27)
    assert add_working_days(date(2024, 12, 20), 0, "foia") == date(2024, 12, 20)
    with pytest.raises(FoitrackError):
        add_working_days(date(2024, 12, 20), -1, "foia")


def test_working_days_between() -> None:
    # After Fri 20 Dec 2024 up to Thu 23 Jan 2025: the 20 days of the Christmas count.
    assert working_days_between(date(2024, 12, 20), date(2025, 1, 23), "foia") == 20
    # After Fri 20 Dec up to Tue 24 Dec: Mon 23, Tue 24.
    assert working_days_between(date(2024, 12, 20), date(2024, 12, 24), "foia") == 2
    # Up to Sun 22 Dec: none.
    assert working_days_between(date(2024, 12, 20), date(2024, 12, 22), "foia") == 0
    assert working_days_between(date(2024, 12, 20), date(2024, 12, 20), "foia") == 0
    assert working_days_between(date(2025, 1, 1), date(2024, 12, 1), "foia") == 0


def test_format_day_does_not_pad() -> None:
    assert format_day(date(2025, 1, 2)) == "Thu 2 Jan 2025"


# ---------------------------------------------------------------- time limits


def test_foia_limit() -> None:
    limit = response_limit("foia")
    assert (limit.working_days, limit.very_overdue_after, limit.statutory) == (20, 40, True)
    assert limit.flag_after is None


def test_foia_public_interest_extension_keeps_day_20_and_flags_40() -> None:
    limit = response_limit("foia", extension="public_interest")
    assert limit.working_days == 20
    assert limit.flag_after == 40
    assert limit.statutory is False  # s.10(3) sets no cap; 40 is the ICO's view


def test_eir_extension_to_40() -> None:
    # Received Mon 3 Feb 2025 under EIR (union calendar). 1-4 Tue 4-Fri 7, 5-9 Mon 10-Fri 14,
    # 10-14 Mon 17-Fri 21, 15-19 Mon 24-Fri 28, 20 Mon 3 Mar, 21-24 Tue 4-Fri 7, 25-29 Mon 10-Fri 14,
    # skip Mon 17 (St Patrick's Day), 30-33 Tue 18-Fri 21, 34-38 Mon 24-Fri 28, 39 Mon 31, 40 Tue 1 Apr.
    plain = deadline_for(date(2025, 2, 3), response_limit("eir"))
    extended = deadline_for(date(2025, 2, 3), response_limit("eir", extension="complexity"))
    assert plain.due == date(2025, 3, 3)
    assert extended.due == date(2025, 4, 1)
    assert extended.working_days == 40
    assert response_limit("eisr", extension="complexity").working_days == 40


@pytest.mark.parametrize(
    ("regime", "extension"),
    [("foisa", "public_interest"), ("foisa", "complexity"), ("foia", "complexity"), ("eir", "public_interest")],
)
def test_extensions_the_law_does_not_allow(regime: str, extension: str) -> None:
    with pytest.raises(FoitrackError):
        response_limit(regime, extension=extension)  # type: ignore[arg-type]


# Term dates for the school tests: summer term to Fri 18 Jul 2025, autumn term from Wed 3 Sep.
SUMMER_TERM = (date(2025, 4, 22), date(2025, 7, 18))
AUTUMN_TERM = (date(2025, 9, 3), date(2025, 10, 24))


def test_school_twentieth_school_day_comes_first() -> None:
    # Received Mon 14 Jul 2025. School days: 1-4 Tue 15-Fri 18 Jul, summer holiday, 5-7 Wed 3-Fri 5 Sep,
    # 8-12 Mon 8-Fri 12, 13-17 Mon 15-Fri 19, 18 Mon 22, 19 Tue 23, 20 Wed 24 Sep.
    # 60th working day (union): 1-4 Tue 15-Fri 18 Jul, 5-9 21-25, 10-14 28 Jul-1 Aug, skip Mon 4 Aug,
    # 15-18 Tue 5-Fri 8, 19-23 11-15, 24-28 18-22, skip Mon 25, 29-32 Tue 26-Fri 29,
    # 33-37 1-5 Sep, 38-42 8-12, 43-47 15-19, 48-52 22-26, 53-57 29 Sep-3 Oct, 58 Mon 6, 59 Tue 7, 60 Wed 8 Oct.
    terms = term_days_from_ranges([SUMMER_TERM, AUTUMN_TERM])
    deadline = deadline_for(date(2025, 7, 14), response_limit("foia", school=True, term_days=terms))
    assert deadline.due == date(2025, 9, 24)
    assert deadline.working_days == 20
    assert (date(2025, 7, 21), "not a school day") in deadline.skipped
    assert "20th school day came first" in deadline.rule


def test_school_sixtieth_working_day_comes_first() -> None:
    # Only the summer term is known, so 20 school days cannot be reached before Wed 8 Oct 2025.
    terms = term_days_from_ranges([SUMMER_TERM])
    deadline = deadline_for(date(2025, 7, 14), response_limit("foia", school=True, term_days=terms))
    assert deadline.due == date(2025, 10, 8)
    assert deadline.working_days == 60
    assert "60th working day came first" in deadline.rule


def test_school_without_term_dates_shows_20_and_limits_at_60() -> None:
    # 1-4 Tue 15-Fri 18 Jul, 5-9 21-25, 10-14 28 Jul-1 Aug, skip Mon 4 Aug, 15-18 Tue 5-Fri 8,
    # 19 Mon 11, 20 Tue 12 Aug 2025.
    limit = response_limit("foia", school=True)
    assert (limit.working_days, limit.very_overdue_after) == (20, 60)
    assert deadline_for(date(2025, 7, 14), limit).due == date(2025, 8, 12)
    assert very_overdue_date(date(2025, 7, 14), limit) == date(2025, 10, 8)


def test_school_rule_applies_only_under_foia() -> None:
    assert response_limit("eir", school=True) == response_limit("eir")


def test_term_ranges_must_run_forwards() -> None:
    with pytest.raises(FoitrackError, match="before it starts"):
        term_days_from_ranges([(date(2025, 7, 18), date(2025, 4, 22))])


def test_internal_review_limits() -> None:
    foia, eir, foisa = review_limit("foia"), review_limit("eir"), review_limit("foisa")
    assert (foia.working_days, foia.very_overdue_after, foia.statutory) == (20, 40, False)
    assert (eir.working_days, eir.statutory) == (40, True)
    assert (foisa.working_days, foisa.statutory) == (20, True)
    assert review_limit("eisr").working_days == 20


def test_internal_review_deadlines() -> None:
    # Review asked for on Mon 3 Feb 2025. FOISA: 1-4 Tue 4-Fri 7, 5-9 10-14, 10-14 17-21, 15-19 24-28,
    # 20 Mon 3 Mar. EIR: 40 days, as in the extension test: Tue 1 Apr (St Patrick's Day skipped).
    assert review_deadline(date(2025, 2, 3), "foisa").due == date(2025, 3, 3)
    assert review_deadline(date(2025, 2, 3), "eir").due == date(2025, 4, 1)
    assert review_deadline(date(2025, 2, 3), "foia").due == date(2025, 3, 3)
    assert explain(review_deadline(date(2025, 2, 3), "foia"))[0] == "Review requested Mon 3 Feb 2025"


def test_review_request_window() -> None:
    # 40 working days after a FOISA reply on Mon 3 Feb 2025 (no Scottish holidays in Feb-Mar):
    # 20 Mon 3 Mar, 21-24 Tue 4-Fri 7, 25-29 10-14, 30-34 17-21, 35-39 24-28, 40 Mon 31 Mar.
    assert review_request_deadline(date(2025, 2, 3), "foisa").due == date(2025, 3, 31)


def test_clarification_restarts_the_clock() -> None:
    # Clarification received Mon 10 Mar 2025 (FOIA): 1-4 Tue 11-Fri 14, skip Mon 17 (St Patrick's),
    # 5-8 Tue 18-Fri 21, 9-13 Mon 24-Fri 28, 14-18 Mon 31-Fri 4 Apr, 19 Mon 7, 20 Tue 8 Apr.
    deadline = clock_restart(date(2025, 3, 10), response_limit("foia"))
    assert deadline.due == date(2025, 4, 8)
    assert explain(deadline)[0] == "Clarification received Mon 10 Mar 2025"


# ---------------------------------------------------------------- many bodies


def test_four_hundred_due_dates_are_consistent() -> None:
    # Not a timing test: the per-year holiday tables are cached, so this stays quick.
    regimes: tuple[Regime, ...] = ("foia", "foisa")
    for offset in range(400):
        received = date(2024, 1, 1) + timedelta(days=offset)
        for regime in regimes:
            deadline = due_date(received, regime)
            assert is_working_day(deadline.due, regime)
            assert working_days_between(received, deadline.due, regime) == 20
            assert all(not is_working_day(day, regime) for day, _ in deadline.skipped)


def test_the_package_loads_its_modules_only_when_a_name_is_used() -> None:
    """Every exported name resolves to its module's object; a command that tracks nothing
    (compare, --version) imports the package without its modules."""
    import importlib
    import subprocess
    import sys

    import foitrack.tracking as tracking

    for name in tracking.__all__:
        module = importlib.import_module(f"foitrack.tracking.{tracking._MODULE_OF[name]}")
        assert getattr(tracking, name) is getattr(module, name)
    assert sorted(tracking._MODULE_OF) == sorted(tracking.__all__)
    with pytest.raises(AttributeError):
        _ = tracking.no_such_name
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, foitrack.cli; print(sorted(m for m in sys.modules if 'tracking.' in m))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "tracking.store" not in loaded and "tracking.bodies" not in loaded, loaded


def test_a_body_name_matches_with_or_without_its_legal_form() -> None:
    assert name_key("Wibble Harbours Limited") == name_key("Wibble Harbours") == "wibble harbours"
    assert name_key("Wibble Water PLC") == name_key("wibble water")
    assert name_key("Limited") == "limited"
    assert name_key("Kent & Medway ICB") == "kent and medway icb"
