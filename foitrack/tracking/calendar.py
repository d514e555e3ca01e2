"""Working days, deadlines and time limits under FOIA, EIR, FOISA and EISR.

Invariants:
- Every function is pure: the same arguments give the same answer. The only state is the
  lru_cache on `_year_holidays`, a pure loader keyed by (regime, year), which is what makes
  computing due dates for hundreds of bodies cheap.
- A working day is any day other than a Saturday, a Sunday, Christmas Day, Good Friday or a bank
  holiday. FOIA s.10(6) and EIR reg 2(1) count a bank holiday "in any part of the United Kingdom",
  so their calendar is the union of England & Wales, Scotland and Northern Ireland (ICO LTT47).
  FOISA s.73 (and EISR, which borrows it) counts Christmas Day and Scotland's bank holidays only.
- Day 1 is the first working day after the day of receipt, whatever kind of day receipt was
  (received on a Saturday, a Sunday or a bank holiday: the next working day is day 1). The day of
  receipt is never counted and never listed as skipped.
- Dates are whole days: there are no times of day and no time zones.
- Days a user adds are non-working days named "added by user"; a day that is already a holiday
  keeps its own name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Literal, cast, get_args

from dateutil.easter import easter

from foitrack.errors import FoitrackError

Regime = Literal["foia", "eir", "foisa", "eisr"]
Extension = Literal["public_interest", "complexity"]

REGIMES: tuple[str, ...] = get_args(Regime)
SCOTTISH: frozenset[str] = frozenset({"foisa", "eisr"})
USER_ADDED = "added by user"
NOT_SCHOOL_DAY = "not a school day"
WEEKEND = ("Saturday", "Sunday")
VERY_OVERDUE_MARGIN = 20
"""Working days past a deadline after which a request is "very overdue" (WhatDoTheyKnow: 20 + 20)."""

_NATIONS = (("ENG", "England and Wales"), ("SCT", "Scotland"), ("NIR", "Northern Ireland"))
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Deadline:
    """A due date and how it was counted: every weekend day and holiday passed over on the way.

    `skipped` holds (date, reason) for each non-counted day after the day of receipt and before
    `due`; reason is "Saturday", "Sunday", a holiday name, "added by user" or "not a school day".
    `working_days` is the number of days counted to reach `due` (so `due` is "day N").
    """

    received: date
    due: date
    day_one: date
    working_days: int
    skipped: tuple[tuple[date, str], ...]
    regime: Regime
    rule: str = ""
    start_label: str = "Received"


@dataclass(frozen=True)
class TimeLimit:
    """How long a body has, in working days after receipt, and on what legal basis.

    `working_days` is the deadline used to judge "overdue". `very_overdue_after` is the count of
    working days after receipt past which the request is "very overdue". `statutory` is False when
    the figure comes from guidance, not law. `flag_after` (public-interest extensions only) is the
    count past which the ICO's guidance on a reasonable extension is exceeded. For a school with
    known term days, the due date is the `school_days`th school day, or the `working_days`th
    working day if that comes first.
    """

    regime: Regime
    working_days: int
    very_overdue_after: int
    statutory: bool
    basis: str
    flag_after: int | None = None
    school_days: int | None = None
    term_days: frozenset[date] | None = None


def check_regime(regime: str) -> Regime:
    """Return `regime` if it is one foitrack knows, else raise FoitrackError."""
    if regime in REGIMES:
        return cast(Regime, regime)
    raise FoitrackError(f"unknown regime {regime!r}: use one of {', '.join(REGIMES)}")


@lru_cache(maxsize=256)
def _year_holidays(regime: Regime, year: int) -> Mapping[date, str]:
    """Holidays (not weekends) that stop the clock under `regime` in `year`, read-only."""
    import holidays  # here, not at the top: ~30 ms that commands needing no calendar should not pay

    nations = [n for n in _NATIONS if regime not in SCOTTISH or n[0] == "SCT"]
    found: dict[date, dict[str, list[str]]] = {}
    for code, nation in nations:
        calendar = holidays.country_holidays("GB", subdiv=code, years=year)
        for day in sorted(calendar):
            for name in calendar.get_list(day):
                found.setdefault(day, {}).setdefault(name, []).append(nation)
    named = {day: _label(names, len(nations)) for day, names in sorted(found.items())}
    named.setdefault(date(year, 12, 25), "Christmas Day")
    if regime not in SCOTTISH:
        named.setdefault(easter(year) - 2 * _ONE_DAY, "Good Friday")
    return MappingProxyType(named)


def _label(names: dict[str, list[str]], nation_count: int) -> str:
    """Join a day's holiday names, noting the nations of a holiday not kept UK-wide."""
    parts = []
    for name, nations in names.items():
        parts.append(name if len(nations) == nation_count else f"{name} ({', '.join(nations)})")
    return "; ".join(parts)


def non_working_days(regime: Regime, years: Iterable[int], extra: Iterable[date] = ()) -> dict[date, str]:
    """Holidays (date -> name) in `years` that are not working days under `regime`.

    Weekends are not listed (every Saturday and Sunday is a non-working day), except where a
    holiday falls on one. Days in `extra` within `years` are added as "added by user".
    """
    check_regime(regime)
    wanted = sorted(set(years))
    days: dict[date, str] = {}
    for year in wanted:
        days.update(_year_holidays(regime, year))
    for day in sorted(set(extra)):
        if day.year in wanted:
            days.setdefault(day, USER_ADDED)
    return dict(sorted(days.items()))


def _why_not_working(day: date, regime: Regime, extra: frozenset[date]) -> str | None:
    """The reason `day` is not a working day, or None when it is one."""
    if day.weekday() >= 5:
        return WEEKEND[day.weekday() - 5]
    name = _year_holidays(regime, day.year).get(day)
    if name is None and day in extra:
        return USER_ADDED
    return name


def is_working_day(day: date, regime: Regime, extra: Iterable[date] = ()) -> bool:
    """True when `day` counts towards a time limit under `regime`."""
    return _why_not_working(day, check_regime(regime), frozenset(extra)) is None


def add_working_days(start: date, n: int, regime: Regime, extra: Iterable[date] = ()) -> date:
    """The `n`th working day after `start` (`start` itself is never counted; n=0 gives `start`)."""
    check_regime(regime)
    if n < 0:
        raise FoitrackError(f"cannot count {n} working days: the count must be 0 or more")
    extra_days, day, counted = frozenset(extra), start, 0
    while counted < n:
        day += _ONE_DAY
        if _why_not_working(day, regime, extra_days) is None:
            counted += 1
    return day


def working_days_between(start: date, end: date, regime: Regime, extra: Iterable[date] = ()) -> int:
    """Working days after `start`, up to and including `end`: 0 if `end` <= `start`.

    This is how the Acts count: a reply on the due date of a 20-day limit took 20 working days.
    """
    check_regime(regime)
    extra_days, count, day = frozenset(extra), 0, start + _ONE_DAY
    while day <= end:
        if _why_not_working(day, regime, extra_days) is None:
            count += 1
        day += _ONE_DAY
    return count


def _count(received: date, limit: TimeLimit, extra: frozenset[date], until: date | None = None) -> Deadline | None:
    """Count the days of `limit` after `received`; None if `until` passes before the count ends.

    Counts school days when `limit.term_days` is set (up to `limit.school_days`), else working days.
    """
    terms = limit.term_days if limit.school_days is not None else None
    target = limit.school_days if limit.school_days is not None and terms is not None else limit.working_days
    day, counted, skipped, day_one = received, 0, [], None
    while counted < target:
        day += _ONE_DAY
        if until is not None and day > until:
            return None
        reason = _why_not_working(day, limit.regime, extra)
        if reason is None and terms is not None and day not in terms:
            reason = NOT_SCHOOL_DAY
        if reason is not None:
            skipped.append((day, reason))
            continue
        counted += 1
        day_one = day_one or day
    assert day_one is not None
    return Deadline(received, day, day_one, target, tuple(skipped), limit.regime, limit.basis)


def deadline_for(received: date, limit: TimeLimit, extra: Iterable[date] = ()) -> Deadline:
    """The deadline `limit` sets for something received on `received`.

    For a school with term days this is the 20th school day or the 60th working day, whichever
    comes first (SI 2004/3364 reg 3).
    """
    if limit.working_days < 1:
        raise FoitrackError(f"a time limit must be at least 1 working day, not {limit.working_days}")
    extra_days = frozenset(extra)
    plain = replace(limit, term_days=None)
    cap = _count(received, plain, extra_days)
    assert cap is not None
    if limit.term_days is None or limit.school_days is None:
        return cap
    by_school_days = _count(received, limit, extra_days, until=cap.due)
    if by_school_days is not None:
        return replace(by_school_days, rule=f"{limit.basis}: the {limit.school_days}th school day came first")
    return replace(cap, rule=f"{limit.basis}: the {limit.working_days}th working day came first")


def due_date(received: date, regime: Regime, working_days: int = 20, extra: Iterable[date] = ()) -> Deadline:
    """The `working_days`th working day after `received` under `regime`, with what was skipped."""
    limit = response_limit(regime)
    if working_days != limit.working_days:
        basis = f"{working_days} working days after receipt"
        limit = replace(limit, working_days=working_days, basis=basis)
    return deadline_for(received, limit, extra)


def clock_restart(clarified_on: date, limit: TimeLimit, extra: Iterable[date] = ()) -> Deadline:
    """The deadline after a clarification: a fresh count from the day the clarification arrived.

    FOIA s.1(3)/s.10(6) and FOISA s.1(3)/s.10(1)(b): the authority need not comply until it has the
    clarification it asked for, and the date of receipt becomes the day that clarification arrives.
    The days already run before the clarification request are not carried over.
    """
    restarted = deadline_for(clarified_on, limit, extra)
    return replace(restarted, start_label="Clarification received")


def very_overdue_date(received: date, limit: TimeLimit, extra: Iterable[date] = ()) -> date:
    """The last day before a request under `limit` counts as very overdue."""
    return add_working_days(received, limit.very_overdue_after, limit.regime, extra)


def _check_extension(regime: Regime, extension: Extension | None) -> None:
    """Raise FoitrackError for an extension the regime does not allow."""
    if extension is None:
        return
    if regime == "foisa":
        raise FoitrackError("FOISA allows no extension: the limit is 20 working days (s.10(1))")
    if regime == "foia" and extension != "public_interest":
        raise FoitrackError("FOIA allows only a public-interest extension (s.10(3)), not one for complexity")
    if regime in ("eir", "eisr") and extension != "complexity":
        raise FoitrackError(f"{regime.upper()} allows only a complexity extension to 40 working days (reg 7)")


_BASE_BASIS: Mapping[str, str] = MappingProxyType(
    {
        "foia": "FOIA s.10(1): 20th working day after receipt",
        "eir": "EIR reg 5(2): 20 working days after receipt",
        "foisa": "FOISA s.10(1): 20th working day after receipt",
        "eisr": "EISR reg 5(2): 20 working days after receipt",
    }
)


def response_limit(
    regime: Regime,
    *,
    extension: Extension | None = None,
    school: bool = False,
    term_days: Iterable[date] | None = None,
) -> TimeLimit:
    """The time limit for replying to a request.

    FOIA: 20 working days. A public-interest extension (s.10(3)) has no statutory cap: the due date
    stays day 20, and `flag_after` marks the ICO's 40 working days in total. EIR/EISR reg 7: 40.
    FOISA: 20, never extended. Schools and academies under FOIA (SI 2004/3364 reg 3): the 20th school
    day or the 60th working day, whichever is first; without term days, 20 working days for display
    and 60 as the hard limit (the "very overdue" point). `school` has no effect outside FOIA.
    """
    regime = check_regime(regime)
    _check_extension(regime, extension)
    limit = TimeLimit(regime, 20, 20 + VERY_OVERDUE_MARGIN, True, _BASE_BASIS[regime])
    if school and regime == "foia":
        limit = _school_limit(term_days)
    if extension == "complexity":
        basis = f"{regime.upper()} reg 7(1): extended to 40 working days for complexity and volume"
        limit = replace(limit, working_days=40, very_overdue_after=40 + VERY_OVERDUE_MARGIN, basis=basis)
    if extension == "public_interest":
        basis = f"{limit.basis}; public-interest extension (s.10(3)): no statutory cap, ICO expects 40 at most"
        limit = replace(limit, statutory=False, basis=basis, flag_after=limit.very_overdue_after)
    return limit


def _school_limit(term_days: Iterable[date] | None) -> TimeLimit:
    """SI 2004/3364 reg 3 for maintained schools and academies."""
    basis = "SI 2004/3364 reg 3 (schools): 20th school day or 60th working day, whichever is first"
    days = frozenset(term_days) if term_days is not None else frozenset()
    if not days:
        return TimeLimit("foia", 20, 60, True, basis + "; no term dates, so day 20 is shown and 60 is the limit")
    return TimeLimit("foia", 60, 60, True, basis, school_days=20, term_days=days)


def term_days_from_ranges(ranges: Iterable[tuple[date, date]]) -> frozenset[date]:
    """Every date inside the given (first, last) term ranges, both ends included."""
    days: set[date] = set()
    for first, last in ranges:
        if last < first:
            raise FoitrackError(f"term ends ({last}) before it starts ({first})")
        days.update(first + timedelta(days=i) for i in range((last - first).days + 1))
    return frozenset(days)


def review_limit(regime: Regime) -> TimeLimit:
    """The time limit for an internal review (reconsideration) decision.

    FOIA: not statutory; the s.45 Code and the ICO say 20 working days, 40 in exceptional cases,
    so day 40 is the very-overdue point. EIR reg 11(4): 40, statutory. FOISA s.21(1): 20,
    statutory, no extension. EISR reg 16(4): 20.
    """
    regime = check_regime(regime)
    if regime == "foia":
        basis = "FOIA s.45 Code of Practice / ICO: 20 working days, 40 at most in exceptional cases"
        return TimeLimit(regime, 20, 40, False, basis)
    if regime == "eir":
        return TimeLimit(regime, 40, 40 + VERY_OVERDUE_MARGIN, True, "EIR reg 11(4): 40 working days")
    section = "FOISA s.21(1)" if regime == "foisa" else "EISR reg 16(4)"
    return TimeLimit(regime, 20, 20 + VERY_OVERDUE_MARGIN, True, f"{section}: 20 working days")


def review_deadline(requested: date, regime: Regime, extra: Iterable[date] = ()) -> Deadline:
    """When an internal review asked for on `requested` must be decided."""
    deadline = deadline_for(requested, review_limit(regime), extra)
    return replace(deadline, start_label="Review requested")


def review_request_deadline(replied_on: date, regime: Regime, extra: Iterable[date] = ()) -> Deadline:
    """The last day to ask for an internal review: 40 working days after the reply.

    Statutory under FOISA s.20(5) and EIR reg 11(2); the usual practice under FOIA. (Under FOISA,
    with no reply, count from the day the response deadline expired.)
    """
    basis = "40 working days after the reply (FOISA s.20(5), EIR reg 11(2); FOIA practice)"
    limit = TimeLimit(check_regime(regime), 40, 40, regime != "foia", basis)
    return replace(deadline_for(replied_on, limit, extra), start_label="Replied")


def format_day(day: date) -> str:
    """A date as people read it, the same in every locale: "Fri 20 Dec 2024"."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def explain(deadline: Deadline) -> list[str]:
    """Lines a person can check the deadline against, in date order.

    Holidays and user-added days get a line each; weekend days and days outside term are counted
    in one line each, to keep the list short.
    """
    dated = [(day, f"Skipped {format_day(day)}: {why}") for day, why in deadline.skipped if _listed(why)]
    dated.append((deadline.day_one, f"Day 1: {format_day(deadline.day_one)}"))
    lines = [f"{deadline.start_label} {format_day(deadline.received)}"]
    if deadline.rule:
        lines.append(f"Rule: {deadline.rule}")
    lines.extend(line for _, line in sorted(dated))
    weekend = sum(1 for _, why in deadline.skipped if why in WEEKEND)
    outside_term = sum(1 for _, why in deadline.skipped if why == NOT_SCHOOL_DAY)
    if weekend:
        lines.append(f"Skipped {_days(weekend, 'weekend day')}")
    if outside_term:
        lines.append(f"Skipped {_days(outside_term, 'working day')} outside term")
    lines.append(f"Due (day {deadline.working_days}): {format_day(deadline.due)}")
    return lines


def _days(count: int, noun: str) -> str:
    """A count and its noun, plural when needed: "1 weekend day", "8 weekend days"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _listed(reason: str) -> bool:
    """True for skipped days that explain() lists one by one."""
    return reason not in WEEKEND and reason != NOT_SCHOOL_DAY
