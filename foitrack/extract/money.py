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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from text_to_num import text2num

from foitrack.extract.dates import quoted_history_start
from foitrack.extract.fold import fold, fold_text
from foitrack.lexicon import fields
from foitrack.models import Amount, Span
from foitrack.text.language import welsh_test
from foitrack.text.lines import matches_at, places
from foitrack.years import YEAR, YEAR_TOKEN, normal_year

# "1,234.56", "1200", and "1,040,18" (a comma typed for the decimal point after the thousands)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+|,\d{2}(?!\d))?(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|,\d)"
_MULTIPLIER = r"\s?(?:thousand|million|billion)(?![a-z])|\s?(?:bn|mn|m|k)(?![a-z])|b(?![a-z])"
# a figure written without "£" that can only be a sum of money: thousands with commas, or pence ("6,200", "84.50")
_BARE_SUM = r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2}"

# "£1,234.56", "-£43,450", "£-43,450", "£20-30k", "£ 1.2m", "GBP 2,000", "£nil", "10 million pounds",
# "1,500 to 6,000 pounds", "50p"
# (a "GBP" before a figure is its prefix: "2021/22 GBP 18,640" is £18,640, not 22 pounds)
MONEY = re.compile(
    rf"""
    (?P<minus>-)?
    (?:
        (?:£\s?|\bGBP(?![a-z])[ \t]?)(?P<inner_minus>-)?(?P<num>{_NUMBER}|nil(?![a-z]))(?P<mult>{_MULTIPLIER})?
        (?:(?P<sep>-|\s-\s|\s+to\s+)(?P<hcur>£\s?)?(?P<high>{_NUMBER})(?P<hmult>{_MULTIPLIER})?)?
      | (?<![\w.£$€])(?:(?P<wlow>{_NUMBER})(?P<wlmult>{_MULTIPLIER})?(?:\s?-\s?|\s+to\s+))?
        (?P<wnum>{_NUMBER})(?P<wmult>{_MULTIPLIER})?\s?(?:pounds?|GBP(?![ \t]?-?\d)|sterling)(?![a-z])
      | (?<![\w.,£$€])(?P<pence>\d{{1,3}}(?:\.\d+)?)p(?![\w'])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# what every money expression holds, found in the folded text before MONEY reads the expression:
# "£", "GBP", "pounds", and the pence "p" of "5p" (with the digit before it checked by a lookbehind,
# so that re jumps from one "p" to the next)
TRIGGER_WORDS = ("£", "gbp", "pound", "sterling")
_TRIGGER_LENGTHS = {word[0]: len(word) for word in TRIGGER_WORDS}  # no two open with the same character
PENCE_TRIGGER = re.compile(r"p(?<=[0-9]p)(?![\w'])")
# what every MONEY match holds but "GBP nil": a digit or "£"
DIGIT_OR_POUND = re.compile(r"[\d£]")
# a boundary between table cells: "|" (normalise squeezes tabs and runs of spaces, so no other survives)
CELL_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*")
# A table header cell that names pounds: "Amount (£)", "Spend £", "Cost (GBP)", "£'000", "(Fee £ where charged)";
# not a cell that holds a sum ("£48,917.22", an answer in a question-and-answer table)
POUND_HEADER = re.compile(r"\([^()\d\n]{0,30}£|£\s*\)|£\s*(?:'?000s?)?\s*$|^\s*£(?!\s*\d)|\bgbp\b", re.IGNORECASE)
# the rest of a row's first cell, wrapped onto a line without cells: "(per day)", "and pavilions"
WRAPPED_LABEL = re.compile(r"[ \t]*[(a-z][^\d|:\n]{0,30}")
# the line over a table whose header has no "£", ending in the unit of its figures: "(£ per hour):", "(£):"
POUND_CAPTION = re.compile(r"\(\s*£[^()\n]{0,20}\)\s*:?\s*$")
# the title over a table, on the line before its header: "Table A - Charges 2024/25", "Spend by year, 2019 to 2024"
TABLE_TITLE = re.compile(r"\s*table\b|.*\d", re.IGNORECASE)
# A header in thousands of pounds: "(£'000)", "£000s"
THOUSANDS_HEADER = re.compile(r"£\s*'?000|£k\b|\bthousands\b", re.IGNORECASE)
# A header in millions or billions of pounds: "Value (£m)", "£ million", "(£bn)", "millions of pounds"
MILLIONS_HEADER = re.compile(r"£\s*(?:m|mn|millions?)\b|\bmillions\s+of\s+pounds\b", re.IGNORECASE)
BILLIONS_HEADER = re.compile(r"£\s*(?:bn|billions?)\b|\bbillions\s+of\s+pounds\b", re.IGNORECASE)
# A cell holding only a figure, or a figure and a note on it: "18,750", " -43,450 ", "1067.79", "90.00 (half rate)"
CELL_NUMBER = re.compile(
    r"^\s*(?P<sign>-?)\s*(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:\([^()\n]*\)\s*)?$"
)
# what every such note holds, looked for in the folded text first (spaces are squeezed): "in pounds", "in £"
IN_POUNDS = re.compile(r"in[ \n](?:pounds|£|gbp|sterling|thousands)")  # one search: ten substring tests cost more
POUNDS_NOTE = fields.POUNDS_NOTE.folded  # compiled here, at import (before ingest forks its workers)
# the blank lines (if any) from a line's start on
BLANK_LINES_AT = re.compile(r"(?:[ \t]*\n)*")
QUESTION_LABEL = re.compile(r"(?i)q(?:uestion)?[ \t]*\d{1,2}[a-z]?[.:)]?$")  # a question's label alone: "Q2"
_CELL_LINE = 60  # a longer line is prose, not one cell of a table flattened to one cell a line
_TRIGGER_LOOKBACK = 40
_TRIGGER_LOOKAHEAD = 80

# "e.g. ", "for example: 2020 - ": the words that bring in an example, a few words before a sum
EXAMPLE_BEFORE = re.compile(rf"{fields.EXAMPLE_INTRO.pattern}[^.;\n£]{{0,25}}$", re.IGNORECASE)
_EXAMPLE_REACH = 60
# what the matches of fields.ROUNDING_BEFORE and fields.THRESHOLD_BEFORE end with (before their spaces), and what every
# EXAMPLE_BEFORE match holds: each pattern is searched only where its words are (folded)
_ROUNDING_ENDS = ("nearest", "of")
_THRESHOLD_ENDS = ("over", "above", "exceeding", "exceeds", "exceeded", "exceed", "than", "of")
_EXAMPLE_INTROS = ("eg", "e.g", "for example", "for instance", "such as", "in the form")
# the second half of "between £5,000 and £10,000": " and £10,000"
AND_HIGH = re.compile(rf"\s+and\s+£\s?(?P<high>{_NUMBER})(?P<hmult>{_MULTIPLIER})?", re.IGNORECASE)

# a "£" lost to a wrong text encoding, as "?" before a figure after a space: "the limit is ?450" (read only in
# a text without any "£"; a question glued to the next label, "the cost?2.", has no space before its "?")
LOST_POUND = re.compile(r"\?(?<=[\s(]\?)(?=\d)")  # opening with "?": re skips from one "?" to the next

# "between " just before the first amount of a range
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)

APPROX_BEFORE = re.compile(rf"{fields.APPROXIMATELY.pattern}\s*$", re.IGNORECASE)
# the period named just after an amount (the group's name): "per annum", "a month", "pcm", "weekly"
PER_PERIOD = re.compile(
    rf"\s*(?:(?P<year>{fields.PER_YEAR.pattern})|(?P<month>{fields.PER_MONTH.pattern})|"
    rf"(?P<week>{fields.PER_WEEK.pattern}))",
    re.IGNORECASE,
)
COST_LIMIT_VALUES = (Decimal(450), Decimal(600))
_COST_WINDOW = 300

# the verb that ends a clause introducing an amount: "the budget for this service is "
VERB_BEFORE = re.compile(rf"\s{fields.AMOUNT_VERB.pattern}\s*$", re.IGNORECASE)
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

# a figure inside a would-be purpose ("22,000 in 2022-23"): the words belong to the amount before
AMOUNT_WORDS = re.compile(r"\d,\d{3}|\d\s*FTE|£")
# the nouns that only say "money": a purpose after them says what it is for
_MONEY_NOUNS = {"payment", "sum", "budget", "cost", "grant", "total", "amount", "figure", "spend", "funding", "fee"}
# words that never say what money is for on their own: "was approximately", "at", "is far above"
_NOT_A_PURPOSE = set(
    "was were is are approximately approx around about circa c. at far above below over under which comes to came "
    "some roughly nearly estimated".split()
)
# the words that open or end a phrase without saying what it names: "Response: the ", "(q2) ", " was"
_FILLER = re.compile(
    r"^(?:(?:response|answer|reply|our response)\s*:\s*|"
    r"(?:the|a|an|our|this|its|their|his|her|which|that|we|it|they|i|you)\s+|"
    r"\(?(?:q|question\s*)?\d*[a-z]?[).]\s*|[-*•]\s*)|"
    r"\s+(?:was|were|is|are|of|at|a|an|the|and|to|for|in|on)$",
    re.IGNORECASE,
)
_ABOUT_WORDS = 6
_PRONOUNS = {"we", "it", "they", "i", "you", "this", "that", "which", "there"}

# a multiplier's power of ten: "k" 3, "bn" 9
_SCALE = {"thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6, "billion": 9, "bn": 9, "b": 9}


def _number(digits: str, multiplier: str | None) -> Decimal | None:
    """Decimal of "1,234.5" times its multiplier ("k", " million"), or None when too large to be a sum."""
    if digits.lower() == "nil":
        return Decimal(0)
    whole, comma, cents = digits.rpartition(",")
    if comma and len(cents) == 2:
        digits = f"{whole}.{cents}"  # "1,040,18": the last comma is a decimal point
    value = Decimal(digits.replace(",", ""))  # digits as MONEY matched them: Decimal reads every "\d"
    if multiplier:
        value *= Decimal(10) ** _SCALE[multiplier.strip().lower()]
    if value.adjusted() >= 18:  # a quintillion pounds is no sum a reply states (and 29 digits overflow quantize)
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _low_and_high(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """The value of a MONEY match and, when a top is written, that top (not yet checked)."""
    if m.group("pence") is not None:
        pence = _number(m.group("pence"), None)
        return (pence / 100 if pence is not None else None), None
    if m.group("wnum") is not None:
        top = _number(m.group("wnum"), m.group("wmult"))
        if m.group("wlow") is None or top is None:
            return top, None
        return _number(m.group("wlow"), m.group("wlmult") or m.group("wmult")), top
    high_mult = m.group("hmult")
    low = _number(m.group("num"), m.group("mult") or (high_mult if m.group("high") else None))
    if m.group("high") is None or low is None:
        return low, None
    return low, _number(m.group("high"), high_mult)


def _reading(text: str, m: re.Match[str]) -> _Reading | None:
    """Where a MONEY match starts and ends, its value in pounds, the top of its range and whether it is a cost limit."""
    low, high = _low_and_high(m)
    if low is None or (m.group("num") or "").startswith("000"):
        return None  # "(£000)", "£000s": a column's unit, not a sum
    end = m.end()
    # a dash or "to" makes a range only when the top reads as money: "£20-30k", "£5 to £8", "£1-2m"
    top_is_money = m.group("hcur") or m.group("hmult") or (m.group("sep") == "-" and not m.group("mult"))
    if m.group("high") is not None and (high is None or high <= low or not top_is_money):
        end = m.end("mult") if m.group("mult") else m.end("num")
        low, high = _number(m.group("num"), m.group("mult")), None
        if low is None:
            return None
    start = m.start()
    if m.group("wlow") is not None and high is not None and high <= low:  # both read, or returned above
        low, high, start = high, None, m.start("wnum")  # "in 2023 - 500 pounds": no range, the sum alone
    # "between £5,000 and £10,000": the amount opens a range whose top follows " and "
    opens_between = (
        m.group("num") and not m.group("high") and BETWEEN_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
    )
    between = AND_HIGH.match(text, m.end()) if opens_between else None
    if between:
        high = _number(between.group("high"), between.group("hmult"))
        end = between.end()
    negative = _is_negative(text, m)
    start += 1 if m.group("minus") and not negative else 0
    value = -low if negative else low
    # £450/£600 said in a cost-limit context (section 12, appropriate limit, 18/24 hours)
    cost_limit = abs(value) in COST_LIMIT_VALUES and (
        fields.COST_LIMIT_CONTEXT.compiled.search(text[max(0, start - _COST_WINDOW) : end + _COST_WINDOW]) is not None
    )
    return _Reading(start, end, value, -high if negative and high else high, cost_limit)


def _requester_example(text: str, folded: str, start: int) -> bool:
    """A sum given as the requester's example of the format wanted ("please give the spend by year, e.g. 2020 -
    £100,000"), as the threshold over which spending is published ("spend over £500 is published"), or as
    the precision of the figures ("rounded to the nearest £10", "in £5,000 bands"). folded is fold(text)."""
    reach = max(0, start - _EXAMPLE_REACH), start + _EXAMPLE_REACH
    before = text[reach[0] : start]
    last_word = folded[reach[0] : start].rstrip()  # where a ROUNDING_BEFORE or THRESHOLD_BEFORE match ends, if any
    rounding = last_word.endswith(_ROUNDING_ENDS) and fields.ROUNDING_BEFORE.compiled.search(before)
    # every BAND_WIDTH match holds "band"
    bands = fields.BAND_WIDTH.compiled.finditer(text, *reach) if folded.find("band", *reach) != -1 else ()
    if rounding or any(b.start() <= start <= b.end() for b in bands):
        return True
    threshold = last_word.endswith(_THRESHOLD_ENDS) and fields.THRESHOLD_BEFORE.compiled.search(before)
    example = not threshold and any(intro in last_word for intro in _EXAMPLE_INTROS) and EXAMPLE_BEFORE.search(before)
    if not threshold and not example:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    if threshold and fields.SPEND_DATA_TITLE.compiled.match(text[line_start : line_end if line_end != -1 else None]):
        return True  # "Council spending over £500" alone on its line: a link to the published data
    sentence_start, sentence_end = _sentence(text, start, start + 1)
    if threshold and fields.COUNTED_OVER.compiled.search(text, sentence_start, sentence_end):
        return True  # "three employees whose salary exceeds £100,000": the line they are counted over
    cue = fields.PUBLISHED_SPEND if threshold else fields.REQUESTER_VOICE
    return cue.compiled.search(text, sentence_start, sentence_end) is not None


def parse_amount(s: str) -> Decimal | None:
    """One money expression as pounds, or None if it holds no sterling amount.

    >>> parse_amount("£1.2m"), parse_amount("50p"), parse_amount("$40")
    (Decimal('1200000'), Decimal('0.5'), None)
    """
    for m in MONEY.finditer(s):
        reading = _reading(s, m)
        if reading is not None:
            return reading.value
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
    line_before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return line_before[-1:] in "|:="  # after a cell mark, or opening its line ("" is in any str)


def _excluded(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """True when pos falls inside one of the [start, end) ranges."""
    return any(start <= pos < end for start, end in ranges)


# a word before a sum on its line that names the period it is paid for: "the annual fee of £90", "weekly rent is £95"
_PERIOD_BEFORE = ((fields.ANNUAL, "year"), (fields.MONTHLY, "month"), (fields.WEEKLY, "week"))


def _period(text: str, start: int, end: int) -> str | None:
    """The period an amount is paid for ("year", "month", "week", "one-off"), else None."""
    after = PER_PERIOD.match(text[end : end + 25])
    if after:
        return after.lastgroup
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60) : start]
    named = next((period for word, period in _PERIOD_BEFORE if word.compiled.search(before)), None)
    return named or ("one-off" if fields.ONE_OFF.compiled.search(before + text[start : end + 30]) else None)


def _tidy_phrase(phrase: str, last_words: bool) -> str | None:
    """A short noun phrase: filler trimmed, at most a few words (the last ones when last_words)."""
    words = " ".join(phrase.split()).strip(" -:|,")
    for _ in range(3):
        trimmed = _FILLER.sub("", words)  # the opening filler and the closing one, removed in one pass
        if trimmed == words:
            break
        words = trimmed
    if words.lower() in _PRONOUNS:
        return None
    parts = words.split()
    parts = parts[-_ABOUT_WORDS:] if last_words else parts[:_ABOUT_WORDS]
    return " ".join(parts) or None


def _about(text: str, start: int, end: int) -> str | None:
    """What an amount is for: "budget for this service is £X", "£X for Y", or the line's label."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _ABOUT_LOOKBACK)
    line_end = text.find("\n", end, end + _ABOUT_LOOKBACK)
    before = CELL_BREAK.split(text[line_start:start])[-1]
    clause = CLAUSE_BREAK.split(before)[-1]
    after = ABOUT_AFTER.match(text, end, line_end if line_end != -1 else min(len(text), end + _ABOUT_LOOKBACK))
    after_phrase = _tidy_phrase(after.group("np"), last_words=False) if after else None
    verb = VERB_BEFORE.search(clause, max(0, len(clause) - 30))  # "the budget for this service is"
    subject = _tidy_phrase(NEW_CLAUSE.sub("", clause[: verb.start()]), last_words=True) if verb else None
    if subject and after_phrase and subject.split()[-1].lower() in _MONEY_NOUNS:
        return after_phrase  # "a one-off payment of £8,000 towards the partnership's campaign"
    label = LINE_LABEL.fullmatch(before)
    found = (
        subject
        or after_phrase
        or (_tidy_phrase(label.group("label"), last_words=False) if label else None)
        or _tidy_phrase(clause, last_words=True)
    )
    if found is None or AMOUNT_WORDS.search(found) or not set(found.lower().split()) - _NOT_A_PURPOSE:
        return None
    return found


# ---------------------------------------------------------------- what an amount covers
# A year an amount is for: foitrack.years (YEAR, YEAR_TOKEN, normal_year).
YEAR_ONLY = re.compile(r"\s*(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2,4})?\s*")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# a stretch of time: "from March 2020 to March 2023", "2021-22 to 2023-24", "March 2020 - 2023"
YEAR_RANGE = re.compile(
    rf"(?<![\w£$/.,-])(?:(?P<m1>{_MONTH})\s+)?(?P<y1>{YEAR})\s*(?P<sep>to|until|till|through|and|-|–)\s*"
    rf"(?:(?P<m2>{_MONTH})\s+)?(?P<y2>{YEAR})",
)
# "this year", "this financial year", "last year": a period said relative to the reply
RELATIVE_YEAR = re.compile(r"\b(?P<which>this|last|next|the current|the previous)\s+(?:financial\s+)?year\b", re.I)
# "in 2021-22", "for 2022/23", "during the financial year 2020-21" straight after an amount
YEAR_AFTER = re.compile(
    rf"\s*(?:\([^)\n]{{0,40}}\)\s*)?(?:in|for|during)\s+(?:the\s+)?(?:(?:financial|calendar)\s+)?(?:year\s+)?"
    rf"(?P<year>{YEAR})",
    re.IGNORECASE,
)
# where a sentence ends: ". " (not "c. " or "approx. "), "? ", "! " or a blank line (the space after the stop is
# checked first: a decimal point fails there, before the look-behinds); opening with one character class, so that re
# skips from one stop or line break to the next instead of trying both alternatives everywhere
SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?=\s)(?<!\bc\.)(?<!\bca\.)(?<!approx\.)(?<!\be\.g\.)(?<!\bi\.e\.)|(?<=\n)[ \t]*\n)"
)
_SENTENCE_WINDOW = 500
_LINE_REACH = 1_000
TOTAL_BEFORE = re.compile(fields.TOTAL_BEFORE.pattern, re.IGNORECASE)
TOTAL_AFTER = re.compile(rf"^\s*{fields.TOTAL_AFTER.pattern}", re.IGNORECASE)
# a rate: "£15 an hour", "£3 per call", "£25/hr"
RATE_AFTER = re.compile(rf"\s*(?:per|an?|each|every|/)\s*(?P<unit>{fields.RATE_UNIT.pattern})s?\b", re.IGNORECASE)
_RATE_UNITS = {"hr": "hour"}
# a name written in capitals: "Child Exploitation and Missing Team", "Community Safety (Labour Market) Coordinator"
_CAPITALISED = r"(?:[A-Z][A-Za-z'’&-]+|\([A-Z][A-Za-z'’ &-]{1,40}\))"
NAME_RUN = re.compile(rf"{_CAPITALISED}(?:\s+(?:(?:and|of|for|the|&|on|in|to)\s+)?{_CAPITALISED})+")
# "this post", "the said service": a purpose named earlier in the reply
DEMONSTRATIVE = re.compile(
    rf"\b(?:this|that|the said|the same)\s+(?P<noun>{fields.DEMONSTRATIVE_NOUN.pattern})\b", re.IGNORECASE
)
_ANTECEDENT_LOOKBACK = 800
# "... of MOPAC funding is addressing Violence Against Women and Girls": what a sum goes on (lower case, matched in
# the folded text: IGNORECASE is slow on an alternation opening with \b)
PURPOSE_AFTER = re.compile(rf"\b(?:{fields.PURPOSE_VERB.pattern})\s+(?P<np>[^.;:\n()|]{{3,80}})")
# what says nothing about what a sum is for: "at a cost", "funding", "allocated"
_EMPTY_PURPOSES = {"cost", "a cost", "at a cost", "the cost", "at", "funding", "allocated", "spend", "total", "amount"}
_HAS_LETTERS = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True)
class AmountContext:
    """What the words around an amount say it covers: its period, whether it is a stated total,
    what a table row says it is for, and the sentence it sits in."""

    period: str | None
    stated_total: bool
    cell_purpose: str | None
    sentence_start: int
    sentence_end: int


def _normal_range(m: re.Match[str]) -> str | None:
    """ "March 2020 to March 2023", "2021-22 to 2023-24"; None when it is not a stretch of time."""
    if m.group("sep") in ("-", "–") and not m.group("m1"):
        return None  # "2021-22" itself, or a bare "2020-2023" read as one token
    first, second = normal_year(m.group("y1")), normal_year(m.group("y2"))
    if " to " in first or " to " in second or second < first:
        return None
    start = f"{m.group('m1')} {first}" if m.group("m1") else first
    end = f"{m.group('m2') or m.group('m1') or ''} {second}".strip() if m.group("m1") else second
    return f"{start} to {end}"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence an amount sits in: from the last sentence end before it to the next after it."""
    before = max(0, start - _SENTENCE_WINDOW)
    for m in SENTENCE_END.finditer(text, before, start):
        before = m.end()
    after = SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_WINDOW))
    return before, (after.start() if after else min(len(text), end + 200))


def read_context(text: str, start: int, end: int, previous_end: int = 0) -> AmountContext:
    """Period, stated total and table purpose of the amount at text[start:end].

    `previous_end` is where the amount before it ended: words before that belong to that one.
    """
    # a line is read at most _LINE_REACH either side: a table flattened onto one line stays linear
    line_start = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
    line_end = text.find("\n", end, end + _LINE_REACH)
    line_end = min(len(text), end + _LINE_REACH) if line_end == -1 else line_end
    sentence_start, sentence_end = _sentence(text, start, end)
    if text.find("|", line_start, line_end) != -1:
        return AmountContext(*_row_context(text, start, line_start, line_end), sentence_start, sentence_end)
    before_start = max(sentence_start, previous_end)
    previous_year = YEAR_AFTER.match(text, previous_end, start) if previous_end else None
    if previous_year is not None:  # "£9,000 in 2021-22, £22,500 in total": that year is the one before's
        before_start = max(before_start, previous_year.end())
    next_pound = text.find("£", end, sentence_end)
    after_end = sentence_end if next_pound == -1 else next_pound
    before, after = text[before_start:start], text[end:after_end]
    stated = TOTAL_BEFORE.search(before) is not None or TOTAL_AFTER.match(after) is not None
    return AmountContext(_period_words(before, after), stated, None, sentence_start, sentence_end)


def _period_words(before: str, after: str) -> str | None:
    """The period the words before and after an amount (in its sentence) give it, if any."""
    for m in YEAR_RANGE.finditer(before + " £ " + after):
        period = _normal_range(m)
        if period:
            return period
    year_after = YEAR_AFTER.match(after)
    if year_after:
        return normal_year(year_after.group("year"))
    years = YEAR_TOKEN.findall(before)
    # not when two or more lines before it hold a year alone: the column headings of a table laid out one cell a
    # line, the last of which is not this figure's year
    if years and sum(YEAR_ONLY.fullmatch(line) is not None for line in before.split("\n")) < 2:
        return normal_year(years[-1])
    relative = RELATIVE_YEAR.search(before + " " + after)
    if relative:
        return f"{relative.group('which').lower()} year"
    return None


def _row_context(text: str, start: int, line_start: int, line_end: int) -> tuple[str | None, bool, str | None]:
    """Period, stated total and purpose from a table row: its first cell names the year or says "Total";
    a later text cell says what for."""
    cells = [c.strip() for c in text[line_start:line_end].split("|")]
    index = text.count("|", line_start, start)  # the cell the amount is in
    label = next((c for c in cells[:index] if c), "")
    period = _label_year(label)
    stated = TOTAL_BEFORE.search(label) is not None
    later = [c for c in cells[index + 1 :] if _HAS_LETTERS.search(c) and "£" not in c and not YEAR_ONLY.fullmatch(c)]
    purpose = (
        later[0]
        if later
        else (label if label and period is None and not stated and _HAS_LETTERS.search(label) else None)
    )
    return period, stated, _tidy_phrase(purpose, last_words=False) if purpose else None


def _label_year(label: str) -> str | None:
    """The year a table row's label names, its last if several: "2023/24" -> "2023-24"; None for "Fees"."""
    years = YEAR_TOKEN.findall(label)
    return normal_year(years[-1]) if years else None


def _rate(text: str, end: int) -> tuple[str | None, str | None]:
    """The unit an amount is a rate of ("hour", "head", "call"; None for a sum), and the period the rate is paid for,
    named just after its unit: "£126,000 per bed per year" -> ("bed", "year")."""
    m = RATE_AFTER.match(text, end, min(len(text), end + 20))
    if m is None:
        return None, None
    unit, after = m.group("unit").lower(), PER_PERIOD.match(text[m.end() : m.end() + 25])
    return _RATE_UNITS.get(unit, unit), after.lastgroup if after else None


def _is_cost_estimate(text: str, folded: str, context: AmountContext, rate: str | None) -> bool:
    """A sum or rate given to work out what answering would cost: hours of work at a rate, near a
    cost-limit cue ("we estimate 150 hours, which at £15 an hour comes to £2,250"). folded is fold(text)."""
    # every match of fields.HOURS_OF_WORK holds "hour"
    if folded.find("hour", context.sentence_start, context.sentence_end) == -1:
        return False
    hours, at_rate = _hours_at_rate(text[context.sentence_start : context.sentence_end])
    return hours and (rate is not None or at_rate)


@lru_cache(maxsize=16)
def _hours_at_rate(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence names hours of work, and whether it gives a sum as a rate ("at £15 an hour"): read once
    for all the amounts in it."""
    if fields.HOURS_OF_WORK.compiled.search(sentence) is None:
        return False, False
    return True, any(RATE_AFTER.match(sentence, m.end()) for m in MONEY.finditer(sentence))


def _resolve_demonstrative(text: str, context: AmountContext, about: str | None) -> str | None:
    """ "budget for this service" -> "budget for Child Exploitation and Missing Team": a purpose that
    points back ("this post") takes the name it points to, from the sentence or the lines before."""
    if about and about.lower() in _EMPTY_PURPOSES:
        about = None
    if about:
        pointer = DEMONSTRATIVE.search(about)
        name = _antecedent(text, context, pointer.group("noun")) if pointer else None
        return about[: pointer.start()] + name + about[pointer.end() :] if pointer and name else about
    pointer = DEMONSTRATIVE.search(text, context.sentence_start, context.sentence_end)
    return _antecedent(text, context, pointer.group("noun")) if pointer else None


def _antecedent(text: str, context: AmountContext, noun: str) -> str | None:
    """The name a "this <noun>" points to: "... a Community Safety Coordinator post" before it, else
    the last capitalised name earlier in the same sentence."""
    window = text[max(0, context.sentence_start - _ANTECEDENT_LOOKBACK) : context.sentence_end]
    named = [m for m in re.finditer(rf"({NAME_RUN.pattern})\s+{noun}\b", window) if m.group(1)]
    if named:
        return f"{named[-1].group(1)} {noun}"
    runs = [m.group() for m in NAME_RUN.finditer(text, context.sentence_start, context.sentence_end)]
    runs = [r for r in runs if r.split()[0] not in ("The", "This", "That", "We", "Our")]
    return runs[-1] if runs else None


def _purpose_after(text: str, folded: str, start: int, end: int) -> str | None:
    """What text[start:end] says a sum goes on (folded is fold(text), where the slice is searched)."""
    m = PURPOSE_AFTER.search(folded[start:end])
    return _tidy_phrase(text[start + m.start("np") : start + m.end("np")], last_words=False) if m else None


class _Reading(NamedTuple):
    """One sum of money read from text[start:end], before it is described."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None = None
    cost_limit: bool = False
    rate: str | None = None  # the unit its table's header gives: "(£ per hour)" -> "hour"
    cell: bool = False  # a bare figure in a table's pound column or a "(£)" list
    period: str | None = None  # its row's year, when the row holds several figures: "2023/24 23,115 15,870"
    total: bool | None = None  # whether its column is the row's total, where the table says (else its words do)
    in_words: bool = False  # written out in words: "two hundred pounds"
    per: str | None = None  # the period its list's heading gives: "2024/25 (£ per week)" -> "week"
    restated: bool = False  # the same sum given again in a bilingual reply's other language


def _readings(text: str, folded: str, exclude: Sequence[tuple[int, int]]) -> list[_Reading]:
    """Every sum of money in text, in order, not overlapping, none starting in an excluded range
    (folded is fold(text), where the trigger words are looked for)."""
    triggers = _triggers(folded)
    if not triggers:  # every sum, and every table of sums, holds one
        return []
    readings: list[_Reading] = []
    for m in _money_matches(text, triggers):
        if _excluded(m.start(), exclude) or (readings and m.start() < readings[-1].end):
            continue
        reading = None if _requester_example(text, folded, m.start()) else _reading(text, m)
        if reading is not None:
            readings.append(_with_wrapped_pence(text, reading))
    if "pounds" in folded:  # a sum in words: "one hundred thousand pounds"
        readings.extend(r for r in _word_readings(text, folded) if not _excluded(r.start, exclude))
    if "\n" in text:  # a sum cut by a page break ends a line
        readings.extend(r for r in _page_cut_readings(text) if not _excluded(r.start, exclude))
    readings.sort(key=lambda r: r.start)
    # the "(£)" headings both kinds of list under one start from, found once, tried only at each "(" and "£" (re's
    # scan for either is several times slower than str.find's)
    pound = "£" in text or "gbp" in folded
    headings = list(matches_at(POUND_LIST_HEADER, text, places(text, ("(", "£")))) if pound else []
    tables = [*_table_cell_readings(text, folded), *_pound_list_readings(text, headings)]
    # "in pounds", "in £", "in GBP", "in sterling": what every note holds
    notes = list(POUNDS_NOTE.finditer(folded)) if IN_POUNDS.search(folded) else []
    tables.extend([*_noted_list_readings(text, notes), *_noted_table_readings(text, notes)])
    if "£" not in text and (headings or notes):  # a reply giving its sums in pounds without "£": a charge's figure
        charges = CHARGE_FIGURE.finditer(text)
        tables.extend(_Reading(m.start("n"), m.end("n"), Decimal(m["n"].replace(",", ""))) for m in charges)
    exact = [r for r in readings if _is_exact_figure(r.value)]
    stated = {r.value for r in exact}
    # where the words open that INLINE_TOTAL and TOTAL_ROW matches open with ("total", "in all"), found once
    totals = places(folded, TOTAL_OPENINGS) if "total" in folded else []
    tables.extend(_total_row_readings(text, folded, stated, totals) if totals else ())
    tables.extend(_summed_list_readings(text, exact))
    tables.extend(_inline_total_readings(text, folded, readings, totals) if len(readings) > 1 and totals else ())
    # every POUND_TOTAL_ROW match holds "(£)" or "(gbp)"
    pound_totals = _pound_total_readings(text, triggers) if "(£)" in text or "(gbp)" in folded else ()
    for cell in [*tables, *pound_totals, *_stacked_table_readings(text, headings)]:
        clash = any(cell.start < r.end and r.start < cell.end for r in readings)
        if not clash and not _excluded(cell.start, exclude):
            readings.append(cell)
    return sorted(readings, key=lambda r: r.start)


_WORDS_REACH = 120  # how far before "pounds" a sum in words may start
SUM_IN_WORDS = fields.SUM_IN_WORDS.folded  # compiled at import


def _word_readings(text: str, folded: str) -> Iterator[_Reading]:
    """Sums written out in words before "pounds" (fields.SUM_IN_WORDS): "two hundred and fourteen thousand six
    hundred pounds" -> 214600, looked for only before each "pounds" (folded is fold(text))."""
    for pos in places(folded, ("pounds",)):
        found = SUM_IN_WORDS.finditer(folded, max(pos - _WORDS_REACH, 0), pos + 6)
        m = next((m for m in found if m.end() == pos + 6), None)
        value = _words_value(text[m.start() : pos]) if m is not None else None
        # "rounded to the nearest ten thousand pounds": the precision, as for a sum in figures
        if m is not None and value is not None and not _requester_example(text, folded, m.start()):
            yield _Reading(m.start(), m.end(), value, in_words=True)


def _words_value(words: str) -> Decimal | None:
    """The number some English number words say ("a million", "seventy-five thousand"), by text2num."""
    words = " ".join(words.split()).lower()
    try:
        return Decimal(text2num(re.sub(r"^a\b", "one", words), "en"))
    except ValueError:
        return None


# the pence a line's wrap cut from a sum ending its line with the decimal point: "£4,210." then "37 in 2022/23"
WRAPPED_PENCE = re.compile(rf"\.[ \t]*\n[ \t]*(?P<pence>\d{{2}})(?=(?i:{fields.PENCE_AFTER_WRAP.pattern}))")


def _with_wrapped_pence(text: str, reading: _Reading) -> _Reading:
    """A whole sum ending its line with a decimal point, its pence opening the next line, read with them."""
    if reading.high is not None or not text[reading.end - 1 : reading.end].isdigit():
        return reading
    cut = WRAPPED_PENCE.match(text, reading.end)
    if cut is None or reading.value != reading.value.to_integral_value() or "." in text[reading.start : reading.end]:
        return reading
    pence = Decimal(cut.group("pence")) / 100
    value = reading.value - pence if reading.value < 0 else reading.value + pence
    return reading._replace(end=cut.end(), value=value)


# a figure without "£" just after the name of a charge: "early termination charges of 6,200", "a fee of 1,275.50"
CHARGE_FIGURE = re.compile(rf"{fields.CHARGE_OF.pattern}\s+(?P<n>{_BARE_SUM})(?![\d,.]*\d)(?![ \t]*%)")


def _table_cell_readings(text: str, folded: str) -> Iterator[_Reading]:
    """Bare figures in table columns whose header names pounds: "Amount (£) | ..." then "18,750"."""
    if ("£" not in text and "gbp" not in folded) or "|" not in text:
        return
    columns: dict[int, Decimal] = {}
    width, caption, rate = 0, "", None
    for line, start in _line_cells(text, 0, len(text)):
        cells = _cells(line, start) if "|" in line else []
        if not cells and columns and WRAPPED_LABEL.fullmatch(line):
            continue  # a row's label wrapped onto a line of its own: "(per day)" under "Visitor permits | 1.50"
        if len(cells) != width:
            columns = {}  # a line with other cells, or none, came between: the table ended
        header = {i: _column_scale(cell) for i, (cell, _) in enumerate(cells) if POUND_HEADER.search(cell)}
        # a caption naming the unit, "The rates were (£ per hour):", over a header "Year | Day | Night"
        if not header and len(cells) > 1 and POUND_CAPTION.search(caption):
            header = {i: _column_scale(caption) for i in range(1, len(cells))}
        if len(cells) > 1 and header and not any(CELL_NUMBER.match(cell) for cell, _ in cells):
            unit_line = caption if POUND_CAPTION.search(caption) else line  # "Rate (£ per hour)": rates of "hour"
            rate = _rate(unit_line, unit_line.find("£") + 1)[0] if "£" in unit_line else None
            columns, width = header, len(cells)
        elif columns and not fields.COUNT_QUESTION.compiled.search(line):
            yield from _money_cells(cells, columns, rate)
        caption = line if line.strip() and not cells else caption


def _stacked_table_readings(text: str, headings: list[re.Match[str]]) -> Iterator[_Reading]:
    """Figures in a table flattened to one cell a line, whose header cells name a column in pounds: "Year", "Spend (£)",
    "Jobs" on three lines, then "2019/20", "12,400", "31" and so on, three lines a row. The table is the run of short
    lines around the "(£)" cell (a blank line or a line of prose ends it); the header is its first lines (no figure but
    in the "(£)" cell), or the lines after its title ("Table 2 - Charges 2024/25"); the rows fill it exactly. A caption
    over the table naming pounds makes every column but the first one of pounds: a line ending ":" ("Income (£):"), or
    one a blank line sets apart from the table ("Table 2: Spend by site (£)"). headings are POUND_LIST_HEADER's matches
    in text."""
    for header in headings:
        line_start, line_end = text.rfind("\n", 0, header.start()) + 1, text.find("\n", header.end())
        caption = text[line_start:line_end]  # (unread when the heading's line is the last)
        gap = BLANK_LINES_AT.match(text, line_end + 1)
        assert gap is not None  # the pattern matches an empty string too
        table = gap.end()  # where the lines under it resume after blank ones
        captioned = not _is_cell_line(caption) or table > line_end + 1
        if line_end != -1 and captioned and POUND_CAPTION.search(caption):
            yield from _captioned_cells(text, *_cell_run(text, table), _column_scale(caption))
            continue
        block_start, block_end = _cell_run(text, header.start())
        cells = [cell for cell in _line_cells(text, block_start, block_end) if cell[0].strip()]
        lines = [line for line, _ in cells]
        titled = TABLE_TITLE.match(lines[0]) is not None and header.start() >= cells[1][1] if len(cells) > 1 else False
        cells = cells[1:] if titled else cells
        turned = _rows_over_page_turn(text, block_end, lines)
        stacked = (turned and _stacked_cells(cells + turned, header.start())) or _stacked_cells(cells, header.start())
        if not stacked:  # a page turned in mid-row: the rows go on with a cell of any shape ("10", a page, "Name")
            turned = _rows_over_page_turn(text, block_end, lines, any_shape=True)
            stacked = _stacked_cells(cells + turned, header.start()) if turned else []
        # no header cell names pounds, the caption opening the run does, straight over the header ("Paid (£)", "Year")
        if not stacked and block_start == line_start and POUND_CAPTION.search(caption):
            stacked = _captioned_cells(text, line_end + 1, block_end, _column_scale(caption))
        yield from stacked


_PAGE_TURN_LINES = 12
"""Lines a page break may take between two rows of a table laid out one cell a line: blank lines, the old page's
footer and a rule, the next page's running header."""


def _shape(line: str) -> str:
    """A cell's shape, its digits alike: "2021/22" and "2023/24" are both "0000/00"."""
    return re.sub(r"\d", "0", line.strip())


def _rows_over_page_turn(text: str, end: int, lines: list[str], any_shape: bool = False) -> list[tuple[str, int]]:
    """The cells of a table laid out one cell a line that go on after a page break, its rows' run ending at
    text[end]: within a few lines a page break ("\\f", or a footer the reading view blanked to spaces), perhaps a rule
    and the next page's running header, then after a blank line a run opening with a cell shaped as one of the
    table's lines ("0000" for a year), or with any cell where `any_shape` (a row the page cut in two), which may itself
    go on over the next page break; else []."""
    position, turned, blank = end + 1, False, False
    for _ in range(_PAGE_TURN_LINES):
        line_end = text.find("\n", position)
        if line_end == -1:
            return []
        line = text[position:line_end]
        if not line.strip():
            turned, blank = turned or line != "", True  # an empty line is blank; spaces or "\f" are a page's end
        elif (
            turned
            and blank
            and (
                (any_shape and _is_cell_line(line))
                or _shape(line) in {_shape(cell) for cell in lines}  # shaped only here
            )
        ):
            run_end = _cell_run(text, position)[1]
            cells = [cell for cell in _line_cells(text, position, run_end) if cell[0].strip()]
            return cells + _rows_over_page_turn(text, run_end, lines, any_shape)
        else:
            blank = False
        position = line_end + 1
    return []


def _cell_run(text: str, at: int) -> tuple[int, int]:
    """Where the run of lines that could be one-a-line cells around text[at] starts and ends: lines short
    and not blank, none ending ":" or "?" (a blank line or a line of prose ends the run)."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0 and _is_cell_line(text[text.rfind("\n", 0, start - 1) + 1 : start - 1]):
        start = text.rfind("\n", 0, start - 1) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    while end < len(text):
        following = text.find("\n", end + 1)
        following = len(text) if following == -1 else following
        after = text.find("\n", following + 1)
        # "Total", a blank line, "472,872": a figure set apart from its row's label still belongs to the run
        lone_figure = following == end + 1 and CELL_NUMBER.match(text[following + 1 : after if after > 0 else None])
        if not _is_cell_line(text[end + 1 : following]) and not lone_figure:
            break
        end = following
    return start, end


def _is_cell_line(line: str) -> bool:
    """A line that may be one cell of a table flattened one cell a line: short, ending neither ":" nor "?", and no
    question's label alone ("Q2", "Question 3"), which heads the answer under it rather than being a cell of it."""
    stripped = line.strip()
    return 0 < len(stripped) <= _CELL_LINE and not stripped.endswith((":", "?")) and not QUESTION_LABEL.match(stripped)


def _stacked_cells(cells: list[tuple[str, int]], heading_at: int) -> list[_Reading]:
    """The figures under the header cell at heading_at of a table flattened to one cell a line, or none
    when the lines do not fill such a table exactly. The header ends at the first line with a digit, or
    sooner where the first column is of names ("Firm", "Fee (£)", "Ward Ltd", "1,200"); a header cell naming
    pounds holds no row's figure ("Site", "2023/24 (£)", "2024/25 (£)", then the rows)."""
    lines = [line for line, _ in cells]
    column = bisect.bisect_right([start for _, start in cells], heading_at) - 1
    # a total row of two cells under a last column of pounds ("Total", "472,872"): read apart from the rows
    total = cells[-2:] if len(cells) > 4 and TOTAL_BEFORE.match(lines[-2]) and CELL_NUMBER.match(lines[-1]) else []
    rows = _stacked_cells(cells[:-2], heading_at) if total and (len(lines) - 2) % (column + 1) == 0 else []
    if rows:
        return [*rows, *_money_cells(total, {1: _column_scale(lines[column])})]
    width = _stacked_width(lines, column, _named_year)
    width = width if width >= 2 else _stacked_width(lines, column, lambda line: False)
    if width < 2:
        return []
    scale = {column: _column_scale(lines[column])}
    return [
        cell for first in range(width, len(lines), width) for cell in _money_cells(cells[first : first + width], scale)
    ]


def _stacked_width(lines: list[str], column: int, header_cell: Callable[[str], bool]) -> int:
    """How many cells a row holds in a table flattened one cell a line whose "(£)" header cell is lines[column]: the
    header ends at the first line with a digit that is not a header cell, and the rows fill the rest exactly with a
    figure under the "(£)" cell; 0 when none fits."""
    digits = (
        i
        for i, line in enumerate(lines)
        if any(map(str.isdigit, line)) and not POUND_HEADER.search(line) and not header_cell(line)
    )
    first_digit = next(digits, len(lines))
    # a header of w cells, then at least one row of as many: len(lines) is 2w, 3w, ...
    fills = (w for w in range(first_digit, column, -1) if len(lines) >= 2 * w and not len(lines) % w)
    return next((w for w in fills if CELL_NUMBER.match(lines[w + column])), 0)


def _named_year(line: str) -> bool:
    """A header cell naming what its column counts in a year: "Litres 2023/24", "Visits in 2024" (words, then a
    year, no other figure)."""
    return bool(YEAR_NAMED_CELL.fullmatch(line.strip()))


YEAR_NAMED_CELL = re.compile(r"[A-Za-z][A-Za-z ()'-]*?[ \t]+(?:in[ \t]+)?(?:19|20)\d{2}(?:[-/]\d{2,4})?")


def _captioned_cells(text: str, start: int, end: int, scale: Decimal) -> list[_Reading]:
    """The figures of a table flattened one cell a line in text[start:end], under a caption naming pounds: its
    rows open with a name ("Staff permits", then "41,800", "42,300"), its header with the first column's name
    (then the years), so the lines without a digit fall every width lines from the first; or a header of names
    over rows of figures ("Year", "Amount", then "2022-23", "1,200"), the names its first width lines."""
    cells = _line_cells(text, start, end)
    names = [i for i, (line, _) in enumerate(cells) if not any(map(str.isdigit, line))]
    header_only = names == list(range(len(names)))
    width = len(names) if header_only else names[1] if len(names) > 1 else 0
    if width < 2 or len(cells) % width or not (header_only or names == list(range(0, len(cells), width))):
        return []
    rows, columns = range(width, len(cells), width), dict.fromkeys(range(1, width), scale)
    return [cell for first in rows for cell in _money_cells(cells[first : first + width], columns)]


def _line_cells(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The lines of text[start:end], each with where it starts (a table's rows, or its cells flattened one a line)."""
    lines = text[start:end].split("\n")
    return list(zip(lines, accumulate((len(line) + 1 for line in lines), initial=start), strict=False))


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """The cells of a table row with where each starts: an indent is no cell, nor are markdown's outer "|"."""
    body = line.rstrip(" \t")
    cells: list[tuple[str, int]] = []
    position = 0
    for separator in CELL_SEPARATOR.finditer(body):
        cells.append((body[position : separator.start()], offset + position))
        position = separator.end()
    cells.append((body[position:], offset + position))
    if not cells[0][0].strip():
        cells.pop(0)
    if body.lstrip().startswith("|") and cells and not cells[-1][0].strip():
        cells.pop()
    return cells


def _column_scale(header: str) -> Decimal:
    """What each bare figure under a header or note naming pounds is worth: "(£000s)" 1,000, "(£m)" 1,000,000,
    "£bn" 1,000,000,000, a plain "(£)" 1."""
    if THOUSANDS_HEADER.search(header):
        return Decimal(1000)
    if MILLIONS_HEADER.search(header):
        return Decimal(1_000_000)
    return Decimal(1_000_000_000) if BILLIONS_HEADER.search(header) else Decimal(1)


def _money_cells(
    cells: list[tuple[str, int]], columns: dict[int, Decimal], rate: str | None = None
) -> Iterator[_Reading]:
    for index, scale in columns.items():  # every row has the header's width: index < len(cells)
        cell, start = cells[index]
        m = CELL_NUMBER.match(cell)
        if m is None:
            continue
        value = Decimal(m.group("n").replace(",", "")) * scale
        if m.group("sign"):
            value = -value
        yield _Reading(start + m.start("sign"), start + m.end("n"), value, rate=rate, cell=True)


def _describe(text: str, folded: str, reading: _Reading, previous_end: int) -> Amount:
    """The Amount for one reading: its words, period, approximation and what it is for (folded is fold(text))."""
    start, end = reading.start, reading.end
    approx = APPROX_BEFORE.search(text, max(text.rfind("\n", 0, start) + 1, start - 30), start) is not None
    context = read_context(text, start, end, previous_end)
    unit, rate_period = _rate(text, end)
    rate = reading.rate or unit
    cost_limit = reading.cost_limit or _is_cost_estimate(text, folded, context, rate)
    about = None if cost_limit else (context.cell_purpose or _purpose_after(text, folded, end, context.sentence_end))
    about = about or (None if cost_limit else _about(text, start, end))
    if about and (YEAR_ONLY.fullmatch(about) or (context.stated_total and TOTAL_BEFORE.match(about))):
        about = None  # a year says when, "Total over the three years" says what kind: neither says what for
    return Amount(
        text=text[start:end].strip(),
        gbp=reading.value,
        span=Span.of(text, start, end),
        per=None if cost_limit else rate_period if rate else reading.per or _period(text, start, end),
        gbp_high=reading.high,
        approximate=approx,
        about="cost limit" if cost_limit else _resolve_demonstrative(text, context, about),
        cost_limit=cost_limit,
        period=reading.period or context.period,
        stated_total=_stated_total(text, reading, context),
        rate=rate,
        restated=reading.restated,
    )


def _stated_total(text: str, reading: _Reading, context: AmountContext) -> bool:
    """Whether the reply gives the amount as a total: as its table says, else as the words before it say. A table's
    cell (but a pipe row's, which says itself) is a total only when its own row says so, on its line or the label's
    line above: a heading "Total paid (£)" over the column names what every cell is, not a sum of the others."""
    if reading.total is not None:
        return reading.total
    line_start = text.rfind("\n", 0, reading.start) + 1
    if not reading.cell or "|" in text[line_start : reading.start]:
        return context.stated_total
    row_start = (
        text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if not text[line_start : reading.start].strip() else line_start
    )
    return context.stated_total and TOTAL_BEFORE.search(text, row_start, reading.start) is not None


def _is_exact_figure(value: Decimal) -> bool:
    """True for a figure too specific to recur by chance (£1,740, £22.67), not a round £5,000."""
    return value != value.to_integral_value() or (abs(value) >= 100 and value % 100 != 0)


def _labelled_row(text: str, line_start: int, reading: _Reading) -> bool:
    """True when the sum ends a line that is only a short label and the sum ("Chair of X - £1,234.56"): a row of
    a list laid out one labelled sum a line. A label naming a total ("Total for all sites:") is no such row: a
    later line giving its sum again restates it."""
    line_end = text.find("\n", reading.end)
    rest = text[reading.end : line_end if line_end != -1 else len(text)]
    label = LINE_LABEL.fullmatch(text[line_start : reading.start])
    return not rest.strip() and label is not None and TOTAL_BEFORE.search(label.group("label")) is None


_ROW_EDGE = " \t|"  # what may stand around a row's label and its last sum
_TOTAL_LABEL = 30  # a longer text before a sum on its line is a sentence, not a total row's label


def _breakdown_total(text: str, before: list[_Reading], reading: _Reading) -> bool:
    """True when the sum ends a total row ("Total  £9,310.50") under two or more lines each ending in one sum that add
    up to it exactly: the total of its own breakdown, listed again where an earlier answer gave the same figure.
    before: the readings before it, in order."""
    row = text.rfind("\n", 0, reading.start) + 1
    label = text[row : reading.start].strip(_ROW_EDGE)  # a "|" table's row too: "| Total | £9,310.50 |"
    end = text.find("\n", reading.end) % (len(text) + 1)  # the text's end where no line break follows
    if len(label) > _TOTAL_LABEL or not TOTAL_BEFORE.match(label) or text[reading.end : end].strip(_ROW_EDGE):
        return False
    parts, count = Decimal(0), 0
    for part in reversed(before):  # the nearest first: one sum ending each line straight over the last
        line = text.rfind("\n", 0, row - 1) + 1
        if row == 0 or part.start < line or text[part.end : row - 1].strip(_ROW_EDGE):
            return False
        parts, count, row = parts + part.value, count + 1, line
        if count > 1 and parts == reading.value:
            return True
    return False


def _drop_restatements(text: str, readings: list[_Reading]) -> list[_Reading]:
    """Keep the first of each restated figure: the same exact value, or the same value on a line that repeats an earlier
    line word for word. Two equal round sums on one line ("£22,000 in 2021-22 and £22,000 in 2022-23") are two amounts,
    and so are equal figures in two rows of a pound column (two charges of 95.00) or alone on their lines, and two equal
    exact sums each followed by its own year ("£5,130 in 2022/23 and £5,130 in 2023/24"), or alone on their lines or
    each after its own row's label ("Chair of X - £1,234.56") in one run of such lines (a table flattened one cell a
    line whose total repeats its only part, two posts paid alike); a table (a "|" row, or a bare pound cell) that
    repeats a sum written in prose, or prose repeating a table's, lists it again; so does a total row under its own
    breakdown (`_breakdown_total`)."""
    kept: list[_Reading] = []
    seen_values: set[tuple[bool, Decimal, bool]] = set()  # (in a table, value, in a bilingual reply's Welsh)
    seen_lines: dict[tuple[Decimal, str, bool], int] = {}
    cell_runs: dict[Decimal, int] = {}  # where a sum alone on its line was first seen (its run of cells found if asked)
    years: dict[Decimal, str] = {}  # the year named straight after a value where it was first seen: "£5,130 in 2022/23"
    in_welsh = welsh_test(text)
    for i, reading in enumerate(readings):
        if reading.in_words:  # a sum in words is one more mention, also where it glosses a figure: "£300 (three ...)"
            kept.append(reading)
            continue
        line_start = text.rfind("\n", 0, reading.start) + 1
        line_end = text.find("\n", reading.start)
        line = (reading.value, text[line_start : line_end if line_end != -1 else len(text)].strip())
        welsh = in_welsh is not None and in_welsh(reading.start)  # a Welsh copy's sums restate only each other
        alone = line[1] == text[reading.start : reading.end]  # a stacked table's cell: "£18.00" on each of two rows
        row = alone or _labelled_row(text, line_start, reading)
        first = cell_runs.get(reading.value) if row else None
        repeated_line = not reading.cell and not alone and seen_lines.get((*line, welsh), line_start) != line_start
        seen = (reading.cell or alone or "|" in line[1], reading.value, welsh)
        year = YEAR_AFTER.match(text, reading.end)
        exact_again = (
            seen in seen_values
            and not (year and years.get(reading.value, year["year"]) != year["year"])  # another year's sum
            and _is_exact_figure(reading.value)
            and not (first is not None and _cell_run(text, first) == _cell_run(text, reading.start))  # another cell
            and not _breakdown_total(text, readings[:i], reading)
        )
        restated = repeated_line or (not reading.cell and exact_again)
        if reading.cost_limit or not restated:
            kept.append(reading._replace(restated=True) if welsh else reading)  # Welsh, for now: see _welsh_copies
        seen_values.update(  # prose after a bare cell restates it
            {seen, (False, reading.value, welsh)} if alone else {seen}
        )
        seen_lines.setdefault((*line, welsh), line_start)
        if year:
            years.setdefault(reading.value, year["year"])
        if row:
            cell_runs.setdefault(reading.value, reading.start)
    return _welsh_copies(kept) if in_welsh is not None else kept


def _welsh_copies(kept: list[_Reading]) -> list[_Reading]:
    """The readings of a bilingual reply (each marked `restated` where it stands in the Welsh text), with that mark
    kept only on a Welsh sum the English text also gives: the copy listed but never summed, whichever language comes
    first, as the English text is the one whose questions are read."""
    english = {r.value for r in kept if not r.restated}
    return [r._replace(restated=False) if r.restated and r.value not in english else r for r in kept]


def _money_matches(text: str, triggers: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """MONEY matches in order, without overlaps, read only around the trigger words."""
    next_free = 0
    for start, end in triggers:
        if start < next_free:
            continue
        for m in _matches_near(text, start, end, next_free):
            if m.start() >= next_free:
                next_free = m.end()
                yield m


def _triggers(folded: str) -> list[tuple[int, int]]:
    """Where the trigger words and pence "p"s are in fold(text), in order, as (start, end); of two that
    overlap ("gbpounds") the earlier is kept."""
    spans = [(m.start() - 1, m.end()) for m in PENCE_TRIGGER.finditer(folded)]  # "5p" starts at the 5
    spans += [(pos, pos + _TRIGGER_LENGTHS[folded[pos]]) for pos in places(folded, TRIGGER_WORDS)]
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _matches_near(text: str, pos: int, end: int, floor: int) -> Iterator[re.Match[str]]:
    """The MONEY matches that a trigger at text[pos:end] belongs to: at a "£" itself, else in a window around it."""
    if text[pos] == "£":
        start = pos - 1 if pos > floor and text[pos - 1] == "-" else pos
        m = MONEY.match(text, start) or (MONEY.match(text, pos) if start < pos else None)
        yield from (m,) if m else ()
        return
    window_start = max(floor, pos - _TRIGGER_LOOKBACK)
    window_end = min(len(text), end + _TRIGGER_LOOKAHEAD)
    # a window without a digit, "£" or "GBP" holds no MONEY match: "... to the nearest thousand pounds."
    if DIGIT_OR_POUND.search(text, window_start, window_end) or "gbp" in text[window_start:window_end].lower():
        yield from MONEY.finditer(text, window_start, window_end)


# ---------------------------------------------------------------- the request, quoted in the reply
# a heading line that starts the body's answer after a line break: "Response", "Our response:", "RESPONSE",
# "Response 18-09-2025", the label opening the first answer's line: "Response: Yes, the charge is ...", or a heading
# naming the questions it answers: "Response to 1 and 2:", "Response to questions 3-5"
# (opening with "\n", not "^": re jumps from one line break to the next)
RESPONSE_HEADING = re.compile(
    r"\n[#* ]*(?:(?:our\s+|[A-Z][\w&]*\s+){0,3}(?:response|RESPONSE|Response)\b[*: ]*(?:\d[\d/.-]*)?[*: ]*$|"
    r"(?:Our\s+)?(?:response|RESPONSE|Response)[ \t]*:|"
    r"(?:Our\s+)?(?:response|RESPONSE|Response)[ \t]+to[ \t]+(?:(?i:questions?|parts?|q)[ \t]*)?"
    r"\d[\w ,&-]{0,20}[*: ]*$)",
    re.MULTILINE,
)


def request_ranges(text: str, folded: str) -> list[tuple[int, int]]:
    """Where a reply quotes the request, so that a sum the requester wrote (an example format, a figure from an earlier
    reply) is not read as the body's: the text before a "Response" heading when it reads as a request (its words are
    sought in folded, fold(text)), and the older mail quoted below an e-mail reply ("-----Original Message-----")."""
    history = quoted_history_start(text)
    ranges = [] if history is None else _quoted_mail_ranges(text, history)
    heading = RESPONSE_HEADING.search(text) if "esponse" in text or "ESPONSE" in text else None
    if heading is not None and fields.REQUEST_WORDS.folded.search(folded, 0, heading.start() + 1):
        ranges.append((0, heading.start() + 1))
    return ranges


def _without(ranges: list[tuple[int, int]], holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` with the parts `holes` cover cut out: (0, 100) without (40, 60) is (0, 40) and (60, 100)."""
    for hole_start, hole_end in holes:
        ranges = (
            [
                part
                for start, end in ranges
                for part in ((start, min(end, hole_start)), (max(start, hole_end), end))
                if part[0] < part[1]
            ]
            if any(start < hole_end and hole_start < end for start, end in ranges)
            else ranges
        )
    return ranges


# a line of an older mail quoted with a mark: "> 2. How much ...", ">> text"
QUOTE_MARKED = re.compile(r"^[ \t]*>", re.MULTILINE)
# the lines opening an older mail before its body: "-----Original Message-----", "From: ...", "Sent: ...", blanks
QUOTED_OPENING_LINES = 8  # the most unmarked lines ("Dear ...", "Please tell us:") before a mail's first ">" line
MAIL_HEAD = re.compile(r"[^\n]*\n(?:[ \t]*(?:[A-Za-z][\w-]{0,20}:[^\n]*)?\n)*")


def _quoted_mail_ranges(text: str, history: int) -> list[tuple[int, int]]:
    """The older mail from `history` on, but for the reply's own words typed between its lines when its body is
    quoted line by line with ">" (an answer written under each quoted question): those stretches stay read."""
    head = MAIL_HEAD.match(text, history)
    assert head is not None  # the first line always matches
    end = _attachment_start(text, history)
    quoted = [m.start() for m in QUOTE_MARKED.finditer(text, head.end(), end)]
    if not quoted or text[head.end() : quoted[0]].count("\n") > QUOTED_OPENING_LINES:
        return [(history, end)]  # not quoted line by line (a greeting of a few lines may open it unmarked)
    ranges, start = [], history
    for line, following in zip(quoted, quoted[1:], strict=False):
        line_end = text.find("\n", line)
        if text[line_end:following].strip():  # unmarked words between two quoted lines: the reply's own
            ranges.append((start, line_end))
            start = following
    return [*ranges, (start, end)]


def _attachment_start(text: str, history: int) -> int:
    """Where the text of a file attached to the reply starts below the older mail ("==== Attachment: figures.csv
    ===="), else the text's end: the attachment is the reply's, however far down the mail puts it."""
    if text.find("ttachment", history) < 0 and text.find("TTACHMENT", history) < 0:  # no copy of the text's tail
        return len(text)
    m = ATTACHMENT_HEADING.search(text, history)
    return len(text) if m is None else m.start()


# a line that heads an attached file's text: the word "Attachment" (a number, a file name) set between runs of "=" or
# "-", or in square brackets: "==== Attachment: Spend.csv ====", "----- Attachment 2: Letter.pdf -----"
ATTACHMENT_HEADING = re.compile(
    r"^[ \t]*(?:[=-]{3,}[ \t]*(?i:attachment)\b[^\n]*?[=-]{3,}|\[(?i:attachment)\b[^\]\n]*\])[ \t]*$", re.MULTILINE
)


# ---------------------------------------------------------------- a list under a "(£)" heading
# a heading that names pounds without a figure: "funding (£)", "Cost of works (£)", "Value (GBP)", "Spend £", or
# pounds then a note on what the figures hold: "Costs by year (£, excluding VAT):", "Cost (£ ex VAT)", or the note
# first: "Electricity (excluding VAT, £):"
# or pounds in thousands: "Spend (£k):", "(£ thousands)", "Budget £000s", or millions: "Value (£m)", "(£ billion)",
# or pounds a period: "2024/25 (£ a week)"
POUND_LIST_HEADER = re.compile(
    r"\(\s*(?:£|(?i:gbp))\s*(?:'?000s?|k|(?i:thousands)|m|mn|bn|(?i:millions?|billions?))?\s*(?:,[^()\d£\n]{1,30}|"
    rf"(?i:{fields.VAT_NOTE.pattern})|"
    rf"(?i:{fields.PER_WEEK.pattern}|{fields.PER_MONTH.pattern}|{fields.PER_YEAR.pattern}))?\s*\)|"
    r"£\s*(?:'?000s?|k)?(?:\s*$|[ \t]+(?=£))|"
    r"\([^()\d£\n]{1,30},\s*(?:£|(?i:gbp))\s*\)",
    re.MULTILINE,
)
# a row of such a list: a label (a year, a quarter maybe of a year and footnoted: "Q3 2024-25 *", a name, a name
# opening with a number: "3 Counties Care", a name with a bracketed note holding a figure: "Head of Finance (S151)"),
# a space, colon or spaced dash, then figures, the last one the sum: "2016/17 107,262.56", "2016/17 - 107,262.56"
_LIST_ROW = (
    r"^[ \t]*(?P<label>(?:19|20)\d{2}(?:[-/]\d{2,4})?\**|"
    r"[Qq][1-4](?:[ \t]+(?:19|20)\d{2}(?:[-/]\d{2,4})?)?(?:[ \t]*\*+)?|"
    r"(?:\d+[ \t]+)?[A-Za-z](?:[^\d\n|£]|\([^()\n|£]{1,20}\)){0,60}?)"
    r"(?:[ \t]+[-–][ \t]+|[ \t:]+)"
    r"(?:[\d,.]+[ \t]+(?:/[ \t]+)?)*"
    rf"(?P<n>{_BARE_SUM}%s)[ \t]*$"
)
POUND_LIST_ROW = re.compile(_LIST_ROW % "", re.MULTILINE)
# a row of a list in thousands or millions of pounds, whose sums are written bare, whole or to a decimal place or
# two: "2022/23 835", "Equities 612.4" (a year is none)
THOUSANDS_LIST_ROW = re.compile(_LIST_ROW % r"|(?!(?:19|20)\d{2}\b)\d+(?:\.\d{1,2})?", re.MULTILINE)
# a row of such a list whose figure, wrapped, stands indented on the line after its label:
# "Harbour Trust\n 84,200" (the label has no digit, so no row of figures ends there)
WRAPPED_FIGURE = re.compile(rf"[ \t]*[A-Za-z][^\d\n|£]{{0,60}}\n[ \t]+(?P<n>{_BARE_SUM})\s*")
# the years heading the columns before a "(£)", its unit: "2023/24 / 2024/25 " in "Site / 2023/24 / 2024/25 (£)"
YEARS_BEFORE = re.compile(rf"(?:{YEAR}[ \t]*/?[ \t]*)+$")
# the name of a column after a "(£)" one, to the header's end: " Number of staff"; a row's last figure: " 71"
COLUMN_AFTER = re.compile(r"[ \t]+[A-Za-z][^\d\n|£]*")
LAST_FIGURE = re.compile(r"[ \t]+\d[\d,.]*[ \t]*$")
# a row of such a list whose figure is not given: "Head of Legal  withheld", "Post B  redacted  1.0"
WITHHELD_ROW = re.compile(
    rf"[ \t]*[A-Za-z][^\n|£]{{0,60}}?[ \t]+(?i:{fields.WITHHELD_CELL.pattern})(?:[ \t]+[\d.,]+)?[ \t]*"
)
# a rule drawn across a table, over its total row: "--------   --------"
RULE_LINE = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t]*")
# such a header: the first column's name, then two or more years to the line's end: "Site 2022/23 2023/24"
YEARS_HEADER_LINE = re.compile(rf"[ \t]*(?:[A-Za-z][^\d\n]*?)?(?P<years>(?:[ \t]+{YEAR}){{2,6}})[ \t]*")
_POUND_LIST_GAP = 3
"""Lines that may come between a "(£)" heading and its first row (a wrapped heading)."""
# the blank lines of a page break inside a list: a "\f", or page furniture the reading view blanked with spaces
PAGE_GAP = re.compile(r"(?:[ \t]*\n)*(?:[ \t]*\f[ \t\f]*|[ \t]+)\n(?:[ \t\f]*\n)*")
# a sum a page break cuts inside a group of digits, ending its line: "£612,47" (",47" ends no thousands group)
CUT_SUM = re.compile(r"£(?P<head>\d{1,3}(?:,\d{3})*),(?P<part>\d{1,2})[ \t]*(?=\n)")
# the rest of such a sum on the next page, by how many digits its cut group lacks: "5.88" after "£612,47"
CUT_SUM_REST = {
    missing: re.compile(rf"[ \t]*(\d{{{missing}}}(?:,\d{{3}})*(?:\.\d{{1,2}})?)(?![\d,])") for missing in (1, 2)
}


def _page_cut_readings(text: str) -> Iterator[_Reading]:
    """Sums cut by a page break inside a group of digits: "£612,47" ending its line, the page's furniture (blanked by
    the reading view) or a "\\f", then the rest of the group opening the next page's text, "5.88": £612,475.88."""
    for cut in CUT_SUM.finditer(text):
        gap = PAGE_GAP.match(text, cut.end())
        if gap is None:
            continue
        rest = CUT_SUM_REST[3 - len(cut.group("part"))].match(text, gap.end())  # the digits the cut group lacks
        if rest is None:
            continue
        digits = f"{cut.group('head')}{cut.group('part')}{rest.group(1)}".replace(",", "")
        yield _Reading(cut.start(), rest.end(), Decimal(digits))


# one figure of such a row: "107,262.56", "950"
ROW_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?![\d,.])")
# a total row whose label names pounds, its figures after it: "Total (GBP) 212,370 50,265", "Grand total (£): 9,500"
POUND_TOTAL_ROW = re.compile(
    rf"(?im)[ \t]*(?:{TOTAL_BEFORE.pattern})[^\d\n|£()]{{0,30}}\((?:£|gbp)\)[ \t:]*(?P<figures>[\d,. \t]*\d)[ \t]*$"
)


def _pound_list_readings(text: str, headings: list[re.Match[str]]) -> Iterator[_Reading]:
    """Figures without "£" in a list under a heading that names pounds: "funding (£)" then "2016/17 107,262.56". The
    list ends at the first line after its rows that is not a row (a page break's blank lines aside). headings are
    POUND_LIST_HEADER's matches in text."""
    starts = [h.start() for h in headings]
    for header in headings:
        line_end = text.find("\n", header.end())
        if line_end == -1:
            return
        # a line of several "(£)" columns: each row's last figures as many, read again (and dropped) at each
        line_start = text.rfind("\n", 0, header.start())
        if POUND_TOTAL_ROW.fullmatch(text, line_start + 1, line_end):
            continue  # "Total (£) 16,750 4,250": a total row ends the rows over it, it heads none
        scale = _column_scale(header.group())  # "(£000s)": each figure a number of thousands
        per = (named := PER_PERIOD.search(header.group())) and named.lastgroup  # "(£ per week)": weekly sums
        rows = _list_row(scale)
        if scale == 1 and (run_on := _run_on_rows(text, header.end(), line_end)):
            yield from run_on  # "Top suppliers Supplier Spend (£) Acme 1,204.50 Brill 980.00": rows run onto one line
            continue
        # the first row run on to the heading's line (read as a wrapped line): "... paid (£) 2022 18,406 412,380.55"
        first = rows.fullmatch(text[header.end() : line_end])
        first = first if first and YEAR_LABEL.match(first["label"]) else None
        if not first and (labelled := POUND_ROW.fullmatch(text, line_start + 1, line_end)):
            yield from _pound_row_figures(text, labelled)  # "Fees (£) 4,100 4,650": a row of sums, it heads none
            continue
        columns = bisect.bisect(starts, line_end) - bisect.bisect(starts, line_start)
        years = YEARS_BEFORE.search(text, line_start + 1, header.start())  # a "(£)" after them is each one's unit
        columns = max(columns, len(YEAR_TOKEN.findall(years.group())) if years else 0)
        # "Total paid (£) Number of staff": a column named after the "(£)" one, its figure last in each row
        counted = columns == 1 and COLUMN_AFTER.fullmatch(text, header.end(), line_end)
        if first:
            at = header.end()
            yield from _row_figures(text, at + first.end("label"), at + first.end("n"), columns, scale, per)
        position, skipped, started = line_end + 1, 0, False
        previous: re.Match[str] | None = None  # the row on the line just over this one
        dense = False  # two rows on adjacent lines: a blank line ends the list
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            last = LAST_FIGURE.search(text, position, end) if counted else None
            row = (last and rows.fullmatch(text, position, last.start())) or rows.fullmatch(text, position, end)
            label = text.rfind("\n", 0, position - 1) + 1  # a row wrapped: its figure alone under its label
            found = row or (WRAPPED_FIGURE.fullmatch(text, label, end) if columns == 1 and label > line_end else None)
            if found is not None:
                started, dense = True, dense or previous is not None
                figures_at = found.end("label") if row else found.start("n")
                yield from _row_figures(text, figures_at, found.end("n"), columns, scale, per)
            elif previous and not dense and _spaced_row_follows(text, position, end, previous, rows):
                pass  # rows each a paragraph ("2016/17 107,262.56", a blank line, "2015/16 179,935.89"): one list
            elif started and (gap := PAGE_GAP.match(text, position)):
                end = gap.end() - 1  # the list goes on over a page break
            elif started and (WITHHELD_ROW.fullmatch(text, position, end) or RULE_LINE.fullmatch(text, position, end)):
                pass  # a row whose figure is withheld, or a rule over the total row: the list goes on
            elif started or skipped >= _POUND_LIST_GAP:
                break
            else:
                skipped += 1
                # a header line ending in years ("Purpose 2022/23 2023/24"): each row's last figures as many
                years_header = YEARS_HEADER_LINE.fullmatch(text[position:end])
                columns = max(columns, len(YEAR_TOKEN.findall(years_header["years"])) if years_header else 0)
            previous = row or None
            position = end + 1


YEAR_LABEL = re.compile(r"(?:19|20)\d{2}")
# a row of a table flattened onto its heading's line after the "(£)": a name of a few words, then its sum
RUN_ON_ROW = re.compile(rf"[ \t]+[A-Za-z][\w&'’()./-]*(?:[ \t]+[A-Za-z&(][\w&'’()./-]*){{0,4}}[ \t]+(?P<n>{_BARE_SUM})")
RUN_ON_ROWS_AT_LEAST = 3  # fewer named sums after a "(£)" on its line may be one row and a note


def _run_on_rows(text: str, start: int, end: int) -> list[_Reading]:
    """The sums of a table's rows run onto one line after the "(£)" heading ending at start, each a name and a sum
    written without "£" ("... Spend (£) Acme Ltd 1,204.50 Brill 980.00 Cole 712.25"), when they fill the line to
    `end`, three or more; else []."""
    found: list[_Reading] = []
    at = start
    while (row := RUN_ON_ROW.match(text, at, end)) is not None:
        found.append(_Reading(row.start("n"), row.end("n"), Decimal(row.group("n").replace(",", "")), cell=True))
        at = row.end()
    return found if len(found) >= RUN_ON_ROWS_AT_LEAST and not text[at:end].strip() else []


def _spaced_row_follows(text: str, position: int, end: int, previous: re.Match[str], rows: re.Pattern[str]) -> bool:
    """True when text[position:end] is one blank line between the row `previous` and a row of the same kind (both
    labelled by a year, or both by a name): a list laid out one row a paragraph, as a PDF's or a web page's text
    often is. A line of prose after the blank line is no row and ends the list."""
    if text[position:end].strip() or end >= len(text):
        return False
    following = text.find("\n", end + 1)
    row = rows.fullmatch(text, end + 1, len(text) if following == -1 else following)
    year_labels = (YEAR_LABEL.match(match.group("label")) is not None for match in (previous, row) if match)
    return row is not None and len(set(year_labels)) == 1


def _pound_row_figures(text: str, row: re.Match[str]) -> Iterator[_Reading]:
    """The figures of a POUND_ROW row, each in its column's year where a line of as many years heads the rows over
    it ("2023/24 2024/25" over "Tonnes 41.2 39.8" and "Disposal cost (£) 6,180 6,420")."""
    figures = list(ROW_FIGURE.finditer(text, row.start("figures"), row.end("figures")))
    if all(YEAR_ONLY.fullmatch(figure.group()) for figure in figures):
        return  # "Cost (£) 2023 2024": a header naming the years, not a row of sums
    years: list[str] = []
    end = row.start() - 1  # the line break ending the line over it
    for _ in range(_POUND_LIST_GAP + 2):  # the lines over it, the nearest first, up to a blank one
        start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[start:end] if end > 0 else ""
        if not line.strip():
            break
        if not any(map(str.isdigit, YEARS_LINE.sub("", line))) and len(YEAR_TOKEN.findall(line)) == len(figures):
            years = YEAR_TOKEN.findall(line)
            break
        end = start - 1
    for i, figure in enumerate(_row_figures(text, row.start("figures"), row.end("figures"), len(figures))):
        yield figure._replace(period=normal_year(years[i]) if years else None)


def _row_figures(
    text: str, start: int, end: int, columns: int, scale: Decimal = Decimal(1), per: str | None = None
) -> Iterator[_Reading]:
    """The last `columns` figures in the row text[start:end], as sums: "12 107,262.56" with one column -> 107,262.56;
    each times `scale` (1000 in a list in thousands of pounds), paid each `per` where the list's heading says."""
    for figure in list(ROW_FIGURE.finditer(text, start, end))[-columns:]:
        value = Decimal(figure.group().replace(",", "")) * scale
        yield _Reading(figure.start(), figure.end(), value, cell=True, per=per)


def _list_row(scale: Decimal) -> re.Pattern[str]:
    """The pattern of a list's rows: in thousands of pounds, a bare whole figure is a sum too ("2022/23 835")."""
    return THOUSANDS_LIST_ROW if scale != 1 else POUND_LIST_ROW


def _pound_total_readings(text: str, triggers: list[tuple[int, int]]) -> Iterator[_Reading]:
    """Figures without "£" in the rows over a total row naming pounds, which they add up to: "Legal advice
    22,000 4,750" over "Total (GBP) 212,370 50,265". triggers are where "£" and "gbp" are in the text."""
    for trigger, _ in triggers:  # a total row holds one, in its label
        total = POUND_TOTAL_ROW.match(text, text.rfind("\n", 0, trigger) + 1)
        if total is None:
            continue
        columns = len(ROW_FIGURE.findall(text, total.start("figures"), total.end()))
        for row in _rows_above(text, total.start()):
            yield from _row_figures(text, row.end("label"), row.end("n"), columns)
        yield from _row_figures(text, total.start("figures"), total.end(), columns)


# a row whose label names pounds, its figures after it: "Disposal cost (£) 6,180 6,420" (a total row aside); the
# label maybe numbered as an answer and ending in its year: "2. Total spend 2023/24 (£): 9,410.50"
POUND_ROW = re.compile(
    r"[ \t]*(?:\d{1,2}[a-z]?[.)][ \t]+)?"
    rf"(?P<label>[A-Za-z][^\d\n|£()]{{0,40}}?(?:[ \t]+{YEAR})?)[ \t]*\((?:£|(?i:gbp))\)[ \t:]*"
    r"(?P<figures>[\d,. \t]*\d)[ \t]*"
)
YEARS_LINE = re.compile(rf"{YEAR}|\s+")
# a total of one figure without "£" inside a sentence: "... and £780. Total 3,230 net."
INLINE_TOTAL = re.compile(  # lower case, matched in the folded text: IGNORECASE is slow on this alternation
    rf"(?:{TOTAL_BEFORE.pattern})[ \t:]+(?:of[ \t]+)?"
    rf"(?P<n>{_BARE_SUM})(?![\d,.]*\d)"
)
# the words one of which opens every INLINE_TOTAL match (TOTAL_BEFORE's alternatives): it is tried only there
TOTAL_OPENINGS = ("total", "grand total", "in all", "altogether", "overall", "combined", "sum of")


def _inline_total_readings(text: str, folded: str, stated: list[_Reading], totals: list[int]) -> Iterator[_Reading]:
    """A figure without "£" after a total's word that two or more sums in pounds just before it, in its paragraph,
    add up to: "£2,450 for the lease and £780 for the boundary. Total 3,230 net." (stated: the sums with "£";
    totals: where TOTAL_OPENINGS are in folded)."""
    for total in matches_at(INLINE_TOTAL, folded, totals):  # INLINE_TOTAL.finditer(folded), where it can start
        paragraph = max(text.rfind("\n\n", 0, total.start()), 0)
        before = [r for r in stated if paragraph <= r.start and r.end <= total.start() and r.high is None]
        value = Decimal(total.group("n").replace(",", ""))
        if any(sum(r.value for r in before[i:]) == value for i in range(len(before) - 1)):
            yield _Reading(total.start("n"), total.end("n"), value, cell=True)


# a total row of one figure, without "£": "Total 3,418.62", "Grand total: 9,500" (lower case, matched in the folded
# text from a line's start)
TOTAL_ROW = re.compile(rf"(?m)[ \t]*(?:{TOTAL_BEFORE.pattern})[ \t:]+(?P<n>{_BARE_SUM})[ \t]*$")


# a row of a list of priced things: a label, maybe holding figures, then a figure with pence ("Licence (2 users) 84.50")
PRICED_ROW = re.compile(r"^[ \t]*[A-Za-z][^\n|£]{0,80}?[ \t]+(?P<n>\d{1,3}(?:,\d{3})*\.\d{2})[ \t]*$", re.MULTILINE)


def _total_row_readings(text: str, folded: str, stated: set[Decimal], totals: list[int]) -> Iterator[_Reading]:
    """Figures without "£" in the rows over a total row (a rule line may come between) that they add up to, when the
    reply gives that total in pounds elsewhere (`stated`: its exact sums with "£"): "Travel 1,402.18" ... "Total
    3,418.62" in a reply that says "the total was £3,418.62"; or when every row's figure and the total have pence and
    the line over the rows names what they cost (fields.COST_CAPTION) (folded is fold(text))."""
    for pos in totals:  # TOTAL_ROW tried only at the lines opening with one of TOTAL_OPENINGS
        line_start = folded.rfind("\n", 0, pos) + 1
        total = TOTAL_ROW.match(folded, line_start) if not folded[line_start:pos].strip(" \t") else None
        if total is None:
            continue
        value = Decimal(total.group("n").replace(",", ""))
        rule = text.rfind("\n", 0, max(total.start() - 1, 0)) + 1
        above = rule if RULE_LINE.fullmatch(text, rule, max(total.start() - 1, rule)) else total.start()
        if value in stated:
            parts = _rows_adding_up(list(_rows_above(text, above))[::-1], value)
        elif "." in total.group("n"):
            rows = list(_rows_above(text, above, PRICED_ROW))[::-1]
            caption = len(text[: rows[0].start()].rstrip()) if rows else 0
            captioned = fields.COST_CAPTION.compiled.search(text, text.rfind("\n", 0, caption) + 1, caption)
            parts = _rows_adding_up(rows, value) if captioned else []
        else:
            continue
        if parts:
            yield from parts
            yield _Reading(total.start("n"), total.end("n"), value, cell=True)


def _summed_list_readings(text: str, stated: list[_Reading]) -> Iterator[_Reading]:
    """Figures without "£" in the rows a few lines under an exact sum in pounds (`stated`), when two or more rows
    add up to it, with no total row: "Overtime totalled £3,418.62. By team:" over "Roads 1,402.18" ..."""
    for total in stated:
        position = text.find("\n", total.end) + 1 or len(text)
        for _ in range(_POUND_LIST_GAP):  # the rows may start a few lines under the sum
            if position >= len(text) or POUND_LIST_ROW.match(text, position):
                break
            position = text.find("\n", position) + 1 or len(text)
        yield from _rows_adding_up(list(_rows_below(text, position)), total.value)


def _rows_above(text: str, end: int, rows: re.Pattern[str] = POUND_LIST_ROW) -> Iterator[re.Match[str]]:
    """The `rows` (POUND_LIST_ROW) rows stacked right over the line starting at text[end], nearest first."""
    while end > 0 and (row := rows.fullmatch(text, text.rfind("\n", 0, end - 1) + 1, end - 1)):
        yield row
        end = row.start()


def _rows_below(text: str, position: int, rows: re.Pattern[str] = POUND_LIST_ROW) -> Iterator[re.Match[str]]:
    """The `rows` (POUND_LIST_ROW) rows one under the other from the line starting at text[position]."""
    while row := rows.match(text, position):  # a row ends at its line's end: it is the whole line
        yield row
        position = row.end() + 1


def _rows_adding_up(rows: Sequence[re.Match[str]], value: Decimal) -> list[_Reading]:
    """The figures of two or more POUND_LIST_ROW rows, in their order, when they add up exactly to `value`; else []."""
    figures = [Decimal(row.group("n").replace(",", "")) for row in rows]
    if len(rows) < 2 or sum(figures) != value:
        return []
    return [
        _Reading(row.start("n"), row.end("n"), figure, cell=True) for row, figure in zip(rows, figures, strict=True)
    ]


# the header under a note saying figures are in pounds, a line of column names without a digit (a blank line may
# come between): "Year Visits Energy cost", "Year Baskets Planters Total"
NOTED_HEADER = re.compile(r"(?:[ \t]*\n)?(?P<names>[^\d\n]*)\n")
NOTED_MONEY_COLUMN = re.compile(fields.MONEY_COLUMN.pattern, re.IGNORECASE)
# a header under such a note naming what each row is, then the years its columns are for: "Site 2023/24 2024/25"; or
# two or more years alone, indented over the rows' labels: "            2023/24    2024/25"
NOTED_YEARS_HEADER = re.compile(
    rf"(?:[ \t]*\n)?[ \t]*"
    rf"(?:[A-Za-z][^\d\n]*?(?P<years>(?:[ \t]+{YEAR}){{1,6}})|(?P<bare>(?:[ \t]+{YEAR}){{2,6}}))[ \t]*\n"
)
_NOTE_WRAP = 4
"""Lines a note's sentence may run on over after the line it starts in (a hard-wrapped paragraph)."""


def _note_end(text: str, note: re.Match[str]) -> int:
    """Where the line ending a note's sentence ends: the note's own line, or, where its sentence runs on without a
    stop over lines holding no figure ("Figures are in pounds, exclude VAT and are" / "taken from invoices."), the
    line its stop is in. -1 if the text ends first."""
    end = text.find("\n", note.end())
    if end == -1 or SENTENCE_END.search(text, note.end(), end + 1):  # the stop may end the line
        return end
    for _ in range(_NOTE_WRAP):
        start, end = end + 1, text.find("\n", end + 1)
        if end == -1 or not text[start:end].strip() or any(map(str.isdigit, text[start:end])):
            break
        if SENTENCE_END.search(text, start, end + 1):
            return end
    return text.find("\n", note.end())


def _noted_table_readings(text: str, notes: list[re.Match[str]]) -> Iterator[_Reading]:
    """Figures without "£" in a table under a note that says its figures are in pounds. Where the header names the
    last column as money, that column only: "Costs are in pounds." then "Year Tonnes Disposal cost", "2023/24 812
    41,250"; where it names a total column that each row's other figures add up to, and no column as a count or as
    pounds itself, every figure column: "Year Baskets Beds Total", "2023/24 23,115 15,870 38,985"; where it names
    the years of its columns, every figure in its column's year ("Site 2023/24 2024/25"); under a note on every figure
    ("The figures below ... are in pounds"), a table laid out one cell a line (`_noted_stacked_cells`), or each
    figure after a row's label where the header names no column counting things. A note's
    sentence may run on over a few wrapped lines before the header."""
    for note in notes:
        note_end = _note_end(text, note)
        years = NOTED_YEARS_HEADER.match(text, note_end + 1) if note_end != -1 else None
        if years is not None:
            yield from _year_columns_rows(text, years)
            continue
        # a table laid out one cell a line under a note on every figure: "Site", "Spend", "Depot A", "4,100", ...
        every = note_end != -1 and fields.EVERY_FIGURE_NOTE.compiled.match(note.group()) is not None
        table = BLANK_LINES_AT.match(text, note_end + 1) if every else None
        scale = _note_scale(text, note)
        if table is not None and (
            cells := _noted_stacked_cells(text, table.end(), _cell_run(text, table.end())[1], scale)
        ):
            yield from cells
            continue
        header = NOTED_HEADER.match(text, note_end + 1) if note_end != -1 else None
        if header is None:
            continue
        rows = list(_rows_below(text, header.end(), _list_row(scale)))
        names = header.group("names")
        if NOTED_MONEY_COLUMN.search(names):
            for row in rows:
                yield from _row_figures(text, row.end("label"), row.end("n"), 1, scale)
        elif TOTAL_BEFORE.search(names) and not (fields.COUNT_COLUMN.compiled.search(names) or "£" in names):
            columns = _totalled_columns(text, rows)
            for row in rows if columns else ():  # each figure in its label's year, only the last a stated total
                figures = list(_row_figures(text, row.end("label"), row.end("n"), columns, scale))
                period = _label_year(row.group("label"))
                yield from (f._replace(period=period, total=i == len(figures) - 1) for i, f in enumerate(figures))
        elif every and not (fields.COUNT_COLUMN.compiled.search(names) or "£" in names):
            for row in rows:  # no column counts things: each figure after the row's label is a sum
                yield from _row_figures(
                    text, row.end("label"), row.end("n"), len(ROW_FIGURE.findall(row.group())), scale
                )


def _year_columns_rows(text: str, header: re.Match[str]) -> Iterator[_Reading]:
    """The figures of the rows under a header of year columns, in a table noted as in pounds, each in its column's
    year when the row holds one per year: "Site 2023/24 2024/25" over "Riverside Pool 41,250 39,870", and a total
    row ("Total 80,120 77,460") a stated total."""
    years = [normal_year(year) for year in YEAR_TOKEN.findall(header.group("years") or header.group("bare"))]
    for row in _rows_below(text, header.end()):
        figures = list(_row_figures(text, row.end("label"), row.end("n"), len(years) + 1))
        if len(figures) != len(years):
            continue
        total = TOTAL_BEFORE.match(row.group("label").strip()) is not None
        for figure, year in zip(figures, years, strict=True):
            yield figure._replace(period=year, total=total)


def _totalled_columns(text: str, rows: list[re.Match[str]]) -> int:
    """How many figures each POUND_LIST_ROW row holds when every row holds as many, three or more, the last their
    total: "2023/24 23,115 15,870 38,985" -> 3; else 0."""
    counts = set()
    for row in rows:
        figures = [Decimal(f.replace(",", "")) for f in ROW_FIGURE.findall(text, row.end("label"), row.end("n"))]
        if len(figures) < 3 or sum(figures[:-1]) != figures[-1]:
            return 0
        counts.add(len(figures))
    return counts.pop() if len(counts) == 1 else 0


def _noted_list_readings(text: str, notes: list[re.Match[str]]) -> Iterator[_Reading]:
    """Figures without "£" in the rows just over a note that says they are pounds: "2022/23 612,480" then
    "All figures are in pounds (£)" (a blank line may come between). notes are POUNDS_NOTE's matches in fold(text)."""
    for note in notes:
        above, scale = len(text[: note.start()].rstrip()), _note_scale(text, note)
        yield from _noted_stacked_cells(text, _cell_run(text, max(above - 1, 0))[0], above, scale)
        rows = list(_rows_above(text, above + 1, _list_row(scale)))
        header_end = rows[-1].start() - 1 if rows else 0
        if scale != 1 and fields.COUNT_COLUMN.compiled.search(text, text.rfind("\n", 0, header_end) + 1, header_end):
            continue  # bare figures under a header naming a count ("Year Visits"): no sums
        for row in rows:
            yield from _row_figures(text, row.end("label"), row.end("n"), 1, scale)


def _note_scale(text: str, note: re.Match[str]) -> Decimal:
    """1000 where the line of a note saying figures are pounds names thousands ("in £000s", "in thousands of
    pounds"), else 1."""
    line_end = text.find("\n", note.end())
    return _column_scale(text[note.start() : line_end if line_end != -1 else len(text)])


def _noted_stacked_cells(text: str, start: int, end: int, scale: Decimal) -> list[_Reading]:
    """The figures of a table flattened one cell a line in text[start:end], just over or under a note saying its
    figures are pounds: a header of w lines without a digit ("Year", "Fees", "Fines"), then rows of w lines, each a
    label ("2023/24", or a name: "Depot A") and w - 1 figures; every column but the first, and but one counting things
    ("Visits"), is of pounds, or only those whose header cell names pounds where one does ("Jobs", "Income (£)")."""
    cells = _line_cells(text, start, end)
    lines = [line for line, _ in cells]
    first_digit = next((i for i, line in enumerate(lines) if any(map(str.isdigit, line))), 0)
    for width in (first_digit, first_digit - 1):  # the first row's label has a digit (a year), or not (a name)
        rows = [cells[first : first + width] for first in range(width, len(lines), width)] if width > 1 else []
        if rows and not len(lines) % width and all(CELL_NUMBER.match(c) for row in rows for c, _ in row[1:]):
            break
    else:
        return []
    # the columns whose header cell names pounds ("Income (£)"), where one does; else all but those counting things
    named = [i for i in range(1, width) if POUND_HEADER.search(lines[i])]
    kept = named or [i for i in range(1, width) if not fields.COUNT_COLUMN.compiled.search(lines[i])]
    columns = {i: max(_column_scale(lines[i]), scale) for i in kept}
    return [cell for row in rows for cell in _money_cells(row, columns)]


# the question mark that ends a question: at a line's end or a table cell's ("...in 2023/24? | £412,300"); a label's
# colon before the sum answering it, which ends its line, maybe after its rate ("Income from the hall in 2024/25:
# £3,140.", "Standard room: £95 per night"); or the end of a
# question's words where a row's cells follow, two or more sums in pounds to the line's end ("1. Hall hire £410 £455"),
# or, past a wide gap, a year's row with its one sum ("1. Hall hire  2022/23 - £410": the first row run onto it);
# MARK_END, the first alone, ends a question holding no "£" (the others need one; a search for them is slow)
MARK_END = re.compile(r"[?:](?=[ \t]*(?:\n|\|))")
QUESTION_END = re.compile(
    rf"{MARK_END.pattern}|\?[\"”]?(?=[ \t]*£\d)|:(?=[ \t]*£\d[\d,.]*(?:[ \t]+per\b[^\n?£]*)?[ \t]*(?:\n|\Z))|"
    r"(?<=[^\s\d£])(?=(?:[ \t]+-?£\d[\d,.]*){2,}[ \t]*(?:\n|\Z))|"
    r"(?<=[^\s\d£])(?=[ \t]{2,}(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?[ \t]+(?:[-–:][ \t]*)?£[ \t]?\d[\d,.]*[ \t]*"
    r"(?:\n|\Z))"
)
# a part of a few words whose span ends in its one sum, the parts run onto one line ("a) Hire £4k b) Fees £2k"): the
# part's own words are the question, the sum its answer
PART_WITH_SUM = re.compile(r"(?:[^\W\d][\w'’-]*[ \t]+(?:/[ \t]+)?){1,4}(?=£\d[\d,.]*(?:k|m|bn)?[ \t]*\Z)")


# the closing bracket of a question restated in square brackets, ending its line: "[Cost of repairs by year]"
BRACKETED_QUESTION_END = re.compile(r"\](?=[ \t]*\n)")


def _question_mark(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where the question text[start:end] ends, at its mark: QUESTION_END (MARK_END where it holds no "£"), or the
    closing bracket of a question restated in square brackets, the body's answer after it."""
    if "£" not in text[start:end]:
        return MARK_END.search(text, start, end)
    bracketed = BRACKETED_QUESTION_END.search(text, start, end) if text.startswith("[", start) else None
    part = PART_WITH_SUM.match(text, start, end)
    if part and fields.THRESHOLD_BEFORE.compiled.search(part.group()):
        part = None  # "Transactions over £5,000": the sum is the part's line, asked about, not its answer
    return bracketed or QUESTION_END.search(text, start, end) or part


def _answered_after_first_sentence(text: str, start: int, end: int) -> int:
    """Where a question without a question mark or a colon ends when the body's answer, holding a sum, runs on in its
    span after the question's first sentence, in no requester's voice: after "You asked whether X." in "You asked
    whether X. None were; the travel (£412.60) is published."; its start where the span asks nothing (no "?", no
    requester's voice) and its first sentence is the body's own statement of a sum (fields.BODY_STATEMENT); else end."""
    if "£" not in text[start:end]:
        return end
    # the first stop after three words: the dot of a label ("1.", "Q2.") ends no sentence
    stops = (stop for stop in SENTENCE_END.finditer(text, start, end) if len(text[start : stop.start()].split()) > 2)
    stop = next(stops, None)
    first = text[start : stop.start() if stop else end]
    # what the span asks, read to its first blank line: a question after one is another question, run into this span
    paragraph = text.find("\n\n", start, end)
    ask_end = end if paragraph == -1 else paragraph
    asks = "?" in text[start:ask_end] or fields.REQUESTER_VOICE.compiled.search(text, start, ask_end)
    if not asks and fields.BODY_STATEMENT.compiled.search(first):
        return start  # "Yes. The policy caps ...", "The top rate paid was £95": the body's answer, asking nothing
    if stop is None or "£" not in text[stop.end() : end]:
        return end
    return end if fields.REQUESTER_VOICE.compiled.search(text, stop.end(), end) else stop.end()


def first_amount(text: str) -> Decimal | None:
    """The value of the first sum of money in text, restated or not, or None, without describing
    every amount: "Spend was £1,200 in 2022." -> Decimal("1200")."""
    readings = _readings(text, fold(text), ())  # fold, not fold_text: answers' many short texts would evict the reply
    return readings[0].value if readings else None


def extract_amounts(
    text: str,
    exclude: Sequence[tuple[int, int]] = (),
    outside: Sequence[tuple[int, int]] = (),
    answered: Sequence[tuple[int, int]] = (),
) -> list[Amount]:
    """Every sum of money in text, in order, skipping those that start inside an excluded range (the
    questions: one ends at its question mark where a line or a table cell ends, the answer after it is kept) or
    inside a range outside the reply (all of it skipped). The request a reply quotes is the requester's, but for
    the answers found in it (`answered`: a reply typing each answer under its question in the quoted mail).

    >>> [a.gbp for a in extract_amounts("Spend was £1,200 in 2022 and £950 in 2023.")]
    [Decimal('1200'), Decimal('950')]
    """
    original = text
    text = text if "£" in text else LOST_POUND.sub("£", text)  # same length: every offset holds
    marks = [_question_mark(text, start, end) for start, end in exclude]
    questions = [
        (start, mark.end() if mark else _answered_after_first_sentence(text, start, end))
        for (start, end), mark in zip(exclude, marks, strict=True)
    ]
    folded = fold_text(text)
    quoted = _without(request_ranges(text, folded), answered)
    readings = _drop_restatements(text, _readings(text, folded, [*questions, *outside, *quoted]))
    ends = [0, *(r.end for r in readings)]
    amounts = [_describe(text, folded, reading, ends[i]) for i, reading in enumerate(readings)]
    if text is original:
        return amounts
    # the evidence quotes the reply as written ("?450"), though the sum is read as the pounds it lost
    return [replace(a, span=Span.of(original, a.span.start, a.span.end)) for a in amounts]
