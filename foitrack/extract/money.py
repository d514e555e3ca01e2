"""Sums of money in pounds sterling, read from normalised reply text.

`parse_amount` turns one money expression into an exact `Decimal` of pounds;
`extract_amounts` finds every sum of money in a text and describes it as an
`Amount` (range, period, approximation, what it is for, cost-limit flag).

Invariants:
- Only sterling counts: an amount needs "£", "GBP", "pounds"/"sterling" or a
  pence "p". Dollars, euros, years, counts, percentages, section numbers and
  reference numbers are never money.
- Values are exact `Decimal`s, never floats; a written minus sign or an
  accounting bracket in a table cell keeps the amount negative.
- Each Amount's span points into the text passed in (`Span.of`), so it can be
  traced back to the words it came from.
- A figure restated later in the same reply (same exact value) is reported once;
  cost-limit amounts (£450/£600 in a section 12 refusal) are reported every time
  they are given, flagged `cost_limit=True` with `about="cost limit"`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import accumulate

from foitrack.extract.fold import lower_text
from foitrack.models import Amount, Span

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|,\d)"
_MULTIPLIER = r"\s?(?:thousand|million|billion)(?![a-z])|\s?(?:bn|mn|m|k)(?![a-z])|b(?![a-z])"

# "£1,234.56", "-£43,450", "£-43,450", "£20-30k", "£ 1.2m", "GBP 2,000", "£nil", "10 million pounds", "50p"
MONEY = re.compile(
    rf"""
    (?P<minus>-)?
    (?:
        (?:£|\bGBP(?![a-z]))\s?(?P<inner_minus>-)?(?P<num>{_NUMBER}|nil(?![a-z]))(?P<mult>{_MULTIPLIER})?
        (?:(?P<sep>-|\s-\s|\s+to\s+)(?P<hcur>£\s?)?(?P<high>{_NUMBER})(?P<hmult>{_MULTIPLIER})?)?
      | (?<![\w.£$€])(?P<wnum>{_NUMBER})(?P<wmult>{_MULTIPLIER})?\s?(?:pounds?|GBP|sterling)(?![a-z])
      | (?<![\w.,£$€])(?P<pence>\d{{1,3}}(?:\.\d+)?)p(?![\w'])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# what every money expression holds, found cheaply before MONEY reads the expression: "£", "GBP", "pounds", "5p"
TRIGGER = re.compile(r"£|gbp|pound|sterling|[0-9]p(?![\w'])")
# the same, for text whose lower-case form changes length (so offsets would shift)
TRIGGER_ANY_CASE = re.compile(TRIGGER.pattern, re.IGNORECASE)
# TRIGGER's words, and its pence "p" with the digit before it checked by a lookbehind (opening
# with "p" lets re jump from one "p" to the next): found one by one, several times faster than TRIGGER
TRIGGER_WORDS = ("£", "gbp", "pound", "sterling")
PENCE_TRIGGER = re.compile(r"p(?<=[0-9]p)(?![\w'])")
# what every MONEY match holds but "GBP nil": a digit or "£"
DIGIT_OR_POUND = re.compile(r"[\d£]")
# A table header cell that names pounds: "Amount (£)", "Spend £", "Cost (GBP)", "£'000"
POUND_HEADER = re.compile(r"\(\s*£|£\s*\)|£\s*(?:'?000s?)?\s*$|^\s*£|\bgbp\b", re.IGNORECASE)
# A header in thousands of pounds: "(£'000)", "£000s"
THOUSANDS_HEADER = re.compile(r"£\s*'?000|£k\b|\bthousands\b", re.IGNORECASE)
# A cell holding only a figure: "18,750", " -43,450 ", "1067.79"
CELL_NUMBER = re.compile(r"^\s*(?P<sign>-?)\s*(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*$")
_TRIGGER_LOOKBACK = 40
_TRIGGER_LOOKAHEAD = 80

# the second half of "between £5,000 and £10,000": " and £10,000"
AND_HIGH = re.compile(rf"\s+and\s+£\s?(?P<high>{_NUMBER})(?P<hmult>{_MULTIPLIER})?", re.IGNORECASE)

# "between " just before the first amount of a range
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)

# words before an amount that make it an estimate: "approximately ", "c. ", "up to "
APPROX_BEFORE = re.compile(
    r"\b(?:approximately|approx\.?|around|about|circa|c\.|ca\.|roughly|nearly|almost|some|estimated|"
    r"an estimate of|just over|just under|up to|in the region of)\s*$",
    re.IGNORECASE,
)

# "per annum" just after an amount (or "annual" before it): the amount is for a year
PER_YEAR = re.compile(
    r"^\s*(?:per annum|per year|a year|each year|every year|annually|yearly|p\.\s?a\.?|pa(?![a-z])|/\s?(?:year|yr))",
    re.IGNORECASE,
)
# "per month", "a month", "monthly", "pcm" after an amount
PER_MONTH = re.compile(r"^\s*(?:per month|a month|each month|every month|monthly|pcm|/\s?month)", re.IGNORECASE)
# "per week", "a week", "weekly" after an amount
PER_WEEK = re.compile(r"^\s*(?:per week|a week|each week|every week|weekly|pw(?![a-z])|/\s?week)", re.IGNORECASE)
# "one-off" near an amount: "a one-off payment of £500"
ONE_OFF = re.compile(r"\bone[- ]off\b", re.IGNORECASE)
# "annual budget of " before an amount
ANNUAL_BEFORE = re.compile(r"\b(?:annual|annually|per annum|yearly)\b", re.IGNORECASE)

# what marks a £450/£600 figure as the section 12 cost limit: "exceed the appropriate limit"
COST_LIMIT_CUE = re.compile(
    r"appropriate (?:costs? )?limit|costs? limit|section 12|\bs\.?\s?12\b|exceed|\b(?:18|24|40) hours|"
    r"excessive cost|prescribed (?:amount|limit)|fees regulations",
    re.IGNORECASE,
)
COST_LIMIT_VALUES = (Decimal(450), Decimal(600))
_COST_WINDOW = 300

# the verb that ends a clause introducing an amount: "the budget for this service is "
VERB_BEFORE = re.compile(
    r"\s(?:is|was|are|were|of|totalled|totalling|totals|amounted to|came to|comes to|stands at|stood at|"
    r"set at|costs?|paid|at a cost of)\s*$",
    re.IGNORECASE,
)
# a conjunction that opens a new clause: "... and the budget", "... which our spend"
NEW_CLAUSE = re.compile(r"^.*\b(?:and|but|which|whereas|while|so|as)\s+(?=(?:the|our|its|this|their|total)\b)", re.I)
# "£500 for the hire of rooms", "£2m on agency staff"
ABOUT_AFTER = re.compile(r"\s*(?:for|on|towards|of)\s+(?P<np>[^.,;:\n()|]{3,80})", re.IGNORECASE)
# a short line label before an amount: "Average: ", "2019-2020 - ", "Route 1: 137 miles - "
LINE_LABEL = re.compile(r"\s*(?P<label>[^.;!?:|=]{1,60}?)\s*(?:[:|=]|\s-|-\s)\s*")
_ABOUT_LOOKBACK = 120
# where a table cell or an earlier amount ends: "| ", "£"
CELL_BREAK = re.compile(r"\||£")
# where a clause ends: ". ", "; ", ", ", "("
CLAUSE_BREAK = re.compile(r"[.;!?,]\s|\(")

_LEADING_FILLER = re.compile(
    r"^(?:(?:the|a|an|our|this|its|their|his|her|which|that|we|it|they|i|you)\s+|\(?(?:q|question\s*)?\d*[a-z]?[).]\s*|[-*•]\s*)",
    re.IGNORECASE,
)
_TRAILING_FILLER = re.compile(r"\s+(?:was|were|is|are|of|at|a|an|the|and|to|for|in|on)$", re.IGNORECASE)
_ABOUT_WORDS = 6
_PRONOUNS = {"we", "it", "they", "i", "you", "this", "that", "which", "there"}

_SCALE = {
    "thousand": Decimal(1000),
    "k": Decimal(1000),
    "million": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
}


def _number(digits: str, multiplier: str | None) -> Decimal | None:
    """Decimal of "1,234.5" times its multiplier ("k", " million"), or None if unreadable."""
    if digits.lower() == "nil":
        return Decimal(0)
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None
    if multiplier:
        value *= _SCALE[multiplier.strip().lower()]
    if value.adjusted() >= 18:  # a quintillion pounds is no sum a reply states (and 29 digits overflow quantize)
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _low_and_high(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """The value of a MONEY match and, when a top is written, that top (not yet checked)."""
    if m.group("pence") is not None:
        pence = _number(m.group("pence"), None)
        return (pence / 100 if pence is not None else None), None
    if m.group("wnum") is not None:
        return _number(m.group("wnum"), m.group("wmult")), None
    high_mult = m.group("hmult")
    low = _number(m.group("num"), m.group("mult") or (high_mult if m.group("high") else None))
    if m.group("high") is None or low is None:
        return low, None
    return low, _number(m.group("high"), high_mult)


def _range_accepted(m: re.Match[str], low: Decimal, high: Decimal | None) -> bool:
    """A dash or "to" makes a range only when the top reads as money: "£20-30k", "£5 to £8", "£1-2m"."""
    if high is None or high <= low:
        return False
    if m.group("hcur") or m.group("hmult"):
        return True
    return m.group("sep") == "-" and not m.group("mult")


def _reading(text: str, m: re.Match[str]) -> tuple[int, int, Decimal, Decimal | None] | None:
    """Where a MONEY match starts and ends, its value in pounds and the top of its range."""
    low, high = _low_and_high(m)
    if low is None:
        return None
    end = m.end()
    if m.group("high") is not None and not _range_accepted(m, low, high):
        end = m.end("mult") if m.group("mult") else m.end("num")
        low, high = _number(m.group("num"), m.group("mult")), None
        if low is None:
            return None
    between = _is_between_range(text, m)
    if between:
        high = _number(between.group("high"), between.group("hmult"))
        end = between.end()
    negative = _is_negative(text, m)
    start = m.start() + (1 if m.group("minus") and not negative else 0)
    return start, end, (-low if negative else low), (-high if negative and high else high)


def parse_amount(s: str) -> Decimal | None:
    """One money expression as pounds, or None if it holds no sterling amount.

    >>> parse_amount("£1.2m"), parse_amount("50p"), parse_amount("$40")
    (Decimal('1200000'), Decimal('0.5'), None)
    """
    for m in MONEY.finditer(s):
        reading = _reading(s, m)
        if reading is not None:
            return reading[2]
    return None


def _is_negative(text: str, m: re.Match[str]) -> bool:
    """True for "-£43,450" and for an accounting bracket "(£1,000)" standing alone as a table cell."""
    start = m.start()
    if m.group("inner_minus"):
        return True
    if m.group("minus"):
        return start == 0 or text[start - 1] in " \t\n(|:=\f"
    if start == 0 or text[start - 1] != "(" or not text[m.end() : m.end() + 1] == ")":
        return False
    before = text[: start - 1]
    line_before = before[before.rfind("\n") + 1 :]
    return line_before.strip() == "" or line_before.rstrip()[-1:] in "|:=" or line_before.endswith(("  ", "\t"))


def _merged(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) ranges sorted, with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _excluded(pos: int, merged: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when pos falls inside one of the merged [start, end) ranges."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and merged[i][0] <= pos < merged[i][1]


def _period(text: str, start: int, end: int) -> str | None:
    """The period an amount is paid for ("year", "month", "week", "one-off"), else None."""
    after = text[end : end + 25]
    if PER_YEAR.match(after):
        return "year"
    if PER_MONTH.match(after):
        return "month"
    if PER_WEEK.match(after):
        return "week"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    if ANNUAL_BEFORE.search(before):
        return "year"
    if ONE_OFF.search(text[max(line_start, start - 60) : end + 30]):
        return "one-off"
    return None


def _is_cost_limit(text: str, start: int, end: int, value: Decimal) -> bool:
    """True for £450/£600 said in a cost-limit context (section 12, appropriate limit, 18/24 hours)."""
    if abs(value) not in COST_LIMIT_VALUES:
        return False
    window = text[max(0, start - _COST_WINDOW) : end + _COST_WINDOW]
    return COST_LIMIT_CUE.search(window) is not None


def _tidy_phrase(phrase: str, last_words: bool) -> str | None:
    """A short noun phrase: filler trimmed, at most a few words (the last ones when last_words)."""
    words = " ".join(phrase.split()).strip(" -:|,")
    for _ in range(3):
        words = _LEADING_FILLER.sub("", words)
        words = _TRAILING_FILLER.sub("", words)
    if words.lower() in _PRONOUNS:
        return None
    parts = words.split()
    parts = parts[-_ABOUT_WORDS:] if last_words else parts[:_ABOUT_WORDS]
    return " ".join(parts) or None


def _subject_before(clause: str) -> str | None:
    """The noun phrase before "is"/"was"/"of" that ends the clause: "the budget for this service is"."""
    verb = VERB_BEFORE.search(clause, max(0, len(clause) - 30))
    if verb is None:
        return None
    subject = NEW_CLAUSE.sub("", clause[: verb.start()])
    return _tidy_phrase(subject, last_words=True)


def _about(text: str, start: int, end: int) -> str | None:
    """What an amount is for: "budget for this service is £X", "£X for Y", or the line's label."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _ABOUT_LOOKBACK)
    line_end = text.find("\n", end, end + _ABOUT_LOOKBACK)
    before = CELL_BREAK.split(text[line_start:start])[-1]
    clause = CLAUSE_BREAK.split(before)[-1]
    after = ABOUT_AFTER.match(text, end, line_end if line_end != -1 else min(len(text), end + _ABOUT_LOOKBACK))
    label = LINE_LABEL.fullmatch(before)
    return (
        _subject_before(clause)
        or (_tidy_phrase(after.group("np"), last_words=False) if after else None)
        or (_tidy_phrase(label.group("label"), last_words=False) if label else None)
        or _tidy_phrase(clause, last_words=True)
    )


def _is_between_range(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The " and £Y" after "between £X" when the amount opens such a range."""
    if m.group("num") is None or m.group("high") is not None:
        return None
    if not BETWEEN_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return None
    return AND_HIGH.match(text, m.end())


@dataclass(frozen=True)
class _Reading:
    """One sum of money read from text[start:end], before it is described."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None
    cost_limit: bool


def _readings(text: str, exclude: Sequence[tuple[int, int]]) -> list[_Reading]:
    """Every sum of money in text, in order, not overlapping, none starting in an excluded range."""
    merged = _merged(exclude)
    starts = [s for s, _ in merged]
    readings: list[_Reading] = []
    for m in _money_matches(text):
        if _excluded(m.start(), merged, starts) or (readings and m.start() < readings[-1].end):
            continue
        reading = _reading(text, m)
        if reading is not None:
            start, end, value, high = reading
            readings.append(_Reading(start, end, value, high, _is_cost_limit(text, start, end, value)))
    taken = [(r.start, r.end) for r in readings]
    for cell in _table_cell_readings(text):
        clash = any(cell.start < end and start < cell.end for start, end in taken)
        if not clash and not _excluded(cell.start, merged, starts):
            readings.append(cell)
    return sorted(readings, key=lambda r: r.start)


def _table_cell_readings(text: str) -> Iterator[_Reading]:
    """Bare figures in table columns whose header names pounds: "Amount (£) | ..." then "18,750"."""
    if " | " not in text:
        return
    lines = text.splitlines(keepends=True)
    offsets = list(accumulate(map(len, lines), initial=0))
    columns: dict[int, Decimal] = {}
    width = 0
    previous = -1
    for row in [i for i, line in enumerate(lines) if " | " in line]:
        if row != previous + 1:
            columns = {}  # a line without cells came between: the table ended
        previous = row
        cells = _cells(lines[row], offsets[row])
        if len(cells) != width:
            columns = {}
        header = {i: _column_scale(cell) for i, (cell, _) in enumerate(cells) if POUND_HEADER.search(cell)}
        if header and not any(CELL_NUMBER.match(cell) for cell, _ in cells):
            columns, width = header, len(cells)
        elif columns:
            yield from _money_cells(cells, columns)


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    position = 0
    for piece in line.rstrip("\n").split("|"):
        cells.append((piece, offset + position))
        position += len(piece) + 1
    return cells


def _column_scale(header: str) -> Decimal:
    return Decimal(1000) if THOUSANDS_HEADER.search(header) else Decimal(1)


def _money_cells(cells: list[tuple[str, int]], columns: dict[int, Decimal]) -> Iterator[_Reading]:
    for index, scale in columns.items():
        if index >= len(cells):
            continue
        cell, start = cells[index]
        m = CELL_NUMBER.match(cell)
        if m is None:
            continue
        value = Decimal(m.group("n").replace(",", "")) * scale
        if m.group("sign"):
            value = -value
        yield _Reading(start + m.start("sign"), start + m.end("n"), value, None, False)


def _describe(text: str, reading: _Reading) -> Amount:
    """The Amount for one reading: its words, period, approximation and what it is for."""
    start, end, cost_limit = reading.start, reading.end, reading.cost_limit
    line_start = text.rfind("\n", 0, start) + 1
    approx = APPROX_BEFORE.search(text, max(line_start, start - 30), start) is not None
    return Amount(
        text=text[start:end].strip(),
        gbp=reading.value,
        span=Span.of(text, start, end),
        per=None if cost_limit else _period(text, start, end),
        gbp_high=reading.high,
        approximate=approx,
        about="cost limit" if cost_limit else _about(text, start, end),
        cost_limit=cost_limit,
    )


def _line_of(text: str, pos: int) -> str:
    """The whole line that holds position pos, trimmed."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end != -1 else len(text)].strip()


def _is_exact_figure(value: Decimal) -> bool:
    """True for a figure too specific to recur by chance (£1,740, £22.67), not a round £5,000."""
    return value != value.to_integral_value() or (abs(value) >= 100 and value % 100 != 0)


def _drop_restatements(text: str, readings: list[_Reading]) -> list[_Reading]:
    """Keep the first of each restated figure: the same exact value, or the same value on a
    line that repeats an earlier line word for word. Two equal round sums on one line
    ("£22,000 in 2021-22 and £22,000 in 2022-23") are two amounts."""
    kept: list[_Reading] = []
    seen_values: set[Decimal] = set()
    seen_lines: dict[tuple[Decimal, str], int] = {}
    for reading in readings:
        line_start = text.rfind("\n", 0, reading.start) + 1
        line = (reading.value, _line_of(text, reading.start))
        repeated_line = seen_lines.get(line, line_start) != line_start
        restated = repeated_line or (reading.value in seen_values and _is_exact_figure(reading.value))
        if reading.cost_limit or not restated:
            kept.append(reading)
        seen_values.add(reading.value)
        seen_lines.setdefault(line, line_start)
    return kept


def _money_matches(text: str) -> Iterator[re.Match[str]]:
    """MONEY matches in order, without overlaps, read only around the places a TRIGGER shows."""
    next_free = 0
    for start, end in _triggers(text):
        if start < next_free:
            continue
        for m in _matches_near(text, start, end, next_free):
            if m.start() >= next_free:
                next_free = m.end()
                yield m


def _triggers(text: str) -> list[tuple[int, int]]:
    """Where TRIGGER matches, in order, as finditer finds it: (start, end)."""
    lowered = lower_text(text)
    if len(lowered) != len(text):
        return [m.span() for m in TRIGGER_ANY_CASE.finditer(text)]
    return _trigger_spans(lowered)


def _trigger_spans(lowered: str) -> list[tuple[int, int]]:
    """TRIGGER.finditer(lowered) as spans, found one word at a time (several times faster).

    The same spans: no two of TRIGGER's branches match at one place and none overlaps itself,
    so dropping the later of two overlapping spans, as finditer does, leaves the same ones.
    """
    spans = [(m.start() - 1, m.end()) for m in PENCE_TRIGGER.finditer(lowered)]  # "5p" starts at the 5
    for word in TRIGGER_WORDS:
        pos = lowered.find(word)
        while pos != -1:
            spans.append((pos, pos + len(word)))
            pos = lowered.find(word, pos + len(word))
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _matches_near(text: str, pos: int, end: int, floor: int) -> Iterator[re.Match[str]]:
    """The MONEY matches that a trigger at text[pos:end] belongs to: at a "£" itself, else in a
    window around it."""
    if text[pos] == "£":
        start = pos - 1 if pos > floor and text[pos - 1] == "-" else pos
        m = MONEY.match(text, start) or MONEY.match(text, pos)
        yield from (m,) if m else ()
        return
    window_start = max(floor, pos - _TRIGGER_LOOKBACK)
    window_end = min(len(text), end + _TRIGGER_LOOKAHEAD)
    if _may_hold_money(text, window_start, window_end):
        yield from MONEY.finditer(text, window_start, window_end)


def _may_hold_money(text: str, start: int, end: int) -> bool:
    """False when text[start:end] lacks what every MONEY match holds (a digit, "£" or "GBP"),
    which spares reading "... to the nearest thousand pounds." with MONEY."""
    return DIGIT_OR_POUND.search(text, start, end) is not None or "gbp" in text[start:end].lower()


def first_amount(text: str) -> Decimal | None:
    """The value of extract_amounts(text, keep_restatements=True)[0], or None, without describing
    every amount: "Spend was £1,200 in 2022." -> Decimal("1200")."""
    if not _may_hold_money(text, 0, len(text)):  # no MONEY match, nor a table cell's figure (a digit)
        return None
    readings = _readings(text, ())
    return readings[0].value if readings else None


def extract_amounts(
    text: str, exclude: Sequence[tuple[int, int]] = (), keep_restatements: bool = False
) -> list[Amount]:
    """Every sum of money in text, in order, skipping those that start inside an excluded range.

    >>> [a.gbp for a in extract_amounts("Spend was £1,200 in 2022 and £950 in 2023.")]
    [Decimal('1200'), Decimal('950')]
    """
    readings = _readings(text, exclude)
    if not keep_restatements:
        readings = _drop_restatements(text, readings)
    return [_describe(text, reading) for reading in readings]
