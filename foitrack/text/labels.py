"""One grammar for the labels FOI requests and replies put in front of their items.

A label is read at the start of a line ("Q3.", "(b)", "4.1 ", "iv)", "Question one:",
"Questions 2 to 4 -") by the first kind of `LABEL_KINDS` that matches. Every kind is a row
of data: its pattern, examples of lines it reads (with the label as written, the label's
key and the end of a range) and counter-examples it must not read; tests/test_labels.py
is generated from those rows. `label_key` is the one comparable form of a label, used
wherever two labels are compared (segmentation, answer pairing, comparison columns).

Invariants:
- `parse_label(line).end` is the offset in `line` where the item's own text begins;
- a label's key is lower case, without prefix words or punctuation, number words read as
  digits ("Question one" -> "1"), a decimal keeping its dot ("4.1"), a roman numeral
  kept as written ("iv"), so the key matches how gold files and comparisons name it;
- parsing is one anchored regex match per kind: linear, no backtracking over the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

_WORDS_ONE_TO_TWELVE = "one two three four five six seven eight nine ten eleven twelve"
NUMBER_WORDS = {word: n for n, word in enumerate(_WORDS_ONE_TO_TWELVE.split(), 1)}  # "one" -> 1 ... "twelve" -> 12
_WORD_ALTERNATIVES = "|".join(NUMBER_WORDS)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# what may follow a label ending in "." for the dot to be the label's and not a sentence's or a figure's
_AFTER_DOT = r"(?=\s|$|[A-Z£(\"'])"
_RANGE_END = r"\s*(?:[-–]|to)\s*(?:q|qn|questions?)?\s*(?P<to>\d{1,2})"
_RANGE = f"(?:{_RANGE_END})?"
# how a request item opens after an upper-case letter and a dot, "B. The cost", where "B. Smith" is a name
# or names the kind of record asked for ("C. Correspondence with ...", "B. Records of ...")
_ITEM_OPENING = (
    r"(?:(?i:the|a|an|any|all|how|what|which|who|when|where|why|whether|details|copies|number|total"
    r"|records|correspondence|documents|information|minutes|reports|data|e-?mails|list)\b"
    # or any word in lower case, which no name opens with but a particle ("B. that cost", not "D. van Dijk")
    r"|(?!(?:de|da|di|du|la|le|van|von|der|den|del|dos|st)\b)[a-z]{2,}\b)"
)
# words that name an item in front of its number: "Q", "Qn", "Question", "Request", "Item", "Part", "Point"
_ITEM_WORDS = "questions?|qn|q|requests?|items?|parts?|points?"
# two named labels next to each other, the naming word said again or not: "Q1 & Q2", "Questions 3 and 4", "Q5/6",
# "Request 1 and Request 2" (kept only when consecutive); a number with its part in brackets after it lists labels:
# "Questions 1, 2(a), 2(b) and 3" is no pair of 1 and 2; a number's part joined by "&" or "and" pairs too: "Q2a & Q2b",
# "Question 4(a) and 4(b)", or by a slash: "2a / 2b)"
_PAIR = (
    rf"(?:\s*(?:&|and|/)\s*(?:{_ITEM_WORDS})?\s*(?P<part_pair>\d{{1,2}}(?:[a-h]|\([a-h]\)))(?![a-z\d,(])"
    rf"|\s*(?:&|and|/|,)\s*(?:(?:{_ITEM_WORDS})\.?)?\s*(?P<pair>\d{{1,2}})(?![\d,(]|\.\d))?"
)
# a second letter after a named letter, set off as a heading: "Parts B to D", "Questions C and D:" ("Part A to
# be completed" names one part)
_LETTER_RANGE_AHEAD = r"\s*(?:to|[-–]|and|&)\s*[A-H]\s*(?:[-–:.)]|$)"
_LETTER_RANGE = (
    r"(?:(?<=[A-Ha-h])(?:\s*(?:to|[-–])\s*(?P<letter_to>[A-H])|\s*(?:and|&)\s*(?P<lpair>[A-H]))(?=\s*(?:[-–:.)]|$)))?"
)
_NAME_WORDS = f"(?P<word>(?P<plural>questions|requests|items|parts|points)|{_ITEM_WORDS})"
# after one named item and a dash with spaces round it, a figure then a lower-case word starts the answer's
# sentence and is no range's end: "Q1 - 26 cameras are used" answers Q1, where "Questions 1 - 3 relate" is a range
# a word after a figure that makes "number - figure word" a band of ages or times, not a label and its count
_NOT_TIME_UNIT = r"(?!(?:years?|yrs|months?|weeks?|days?|hours?|hrs|minutes?|mins|am|pm)\b)"
_FIGURE_NOT_RANGE = r"(?(plural)|(?!\s+[-–]\s+\d{1,2}\s+(?-i:[a-z])))"


class Label(NamedTuple):
    """A label read at the start of a line."""

    written: str  # as the reply writes it, without punctuation: "Q3", "Question 2", "4.1", "b", "iv"
    key: str  # comparable form: "3", "2", "4.1", "b", "iv"
    to: str | None  # the end of a range label's key: "Q2-5" -> "5"
    kind: str  # the name of the LabelKind that read it
    end: int  # where the item's text begins in the line
    also: str | None = None  # a second label answered with it, not next in turn: "1 & 3." -> "3"


@dataclass(frozen=True)
class LabelKind:
    """One way of writing a label, with the lines it reads and the lines it must not read.

    `examples` are (line, written, key, to) with `to` "" for no range."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str, str, str], ...]
    counter_examples: tuple[str, ...] = ()


LABEL_KINDS: tuple[LabelKind, ...] = (
    LabelKind(
        "welsh-english",
        # a Welsh label then its English copy, the same number in both ("C2 / Q2", "Cwestiwn 3 / Question 3"): the
        # English one is the label, set off as a named one is
        re.compile(
            r"(?:cwestiwn|c)\s?(?P<welsh>\d{1,2}[a-h]?)\s*/\s*(?P<word>questions?|qn|q)\s?(?P<num>(?P=welsh))\b"
            r"\s*[.:)\-–]*\s*",
            re.IGNORECASE,
        ),
        examples=(
            ("C2 / Q2 - The cost of benches", "Q2", "2", ""),
            ("Cwestiwn 3 / Question 3: Wibble Council spend", "Question 3", "3", ""),
            ("C4a / Q4a", "Q4a", "4a", ""),
        ),
        counter_examples=("C1 / Q2 columns", "C2 / 3 of the forms", "Cwestiwn / Question"),
    ),
    LabelKind(
        "named-word",
        re.compile(
            # a part in brackets after the word is the label's: "Question three (a): Yes"
            _NAME_WORDS + r"\s+(?P<num>" + _WORD_ALTERNATIVES + r")\b(?:\s?\((?P<sub>[a-h])\))?"
            # the next one named with it: "Question four and Question five -"
            r"(?:\s+(?:and|&)\s+(?:(?:" + _ITEM_WORDS + r")\s+)?(?P<word_pair>" + _WORD_ALTERNATIVES + r")\b)?"
            r"\s*(?:[.:)\-–]+\s*|$)",
            re.IGNORECASE,
        ),
        examples=(
            ("Question one: how many", "Question 1", "1", ""),
            ("Question Three - Funding", "Question 3", "3", ""),
            ("Question two (b): Not held", "Question 2b", "2b", ""),
            ("Question four(a) - 12 staff", "Question 4a", "4a", ""),
            ("QUESTION FOUR and QUESTION FIVE - staff costs", "QUESTION 4", "4", "5"),
            ("Question two and three: not held", "Question 2", "2", "3"),
        ),
        counter_examples=(
            "Question one and two of the boxes",
            "Question one of these is hard",
            "One question remains",
            "Question two (a fair point) is hard",
        ),
    ),
    LabelKind(
        "named",
        re.compile(
            _NAME_WORDS + r"\s*\.?\s*(?:no\.?\s*)?"
            r"(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-H](?=\s*[-–:.)]|\s*$|"
            + _LETTER_RANGE_AHEAD
            + r")|[ivx]{1,4}(?=\s*[-–:.)]))"
            r"(?:(?:\s(?=\([a-h]\)))?\((?P<sub>[a-h]|[ivx]{1,4})\))?"
            # a run of lettered parts named together: "Parts B to D", "Questions C and D:"
            + _LETTER_RANGE
            # a range runs from a whole number only: after a part, "Q5 (a) – 14" gives the part's answer
            + f"(?:(?<=\\d){_FIGURE_NOT_RANGE}{_RANGE_END})?"
            + _PAIR
            + r"(?:\b|(?<=\)))(?:\s+of (?:your|the) (?:request|letter|e-?mail)\b)?\s*[.:)\-–]*\s*"
            # a heading that names the answer after the label is the label's: "Question 1 - Response:"
            + r"(?:(?:answers?|responses?|reply)\s*[:\-–]\s*)?",
            re.IGNORECASE,
        ),
        examples=(
            ("Q3. How many", "Q3", "3", ""),
            ("Q.3 How many", "Q3", "3", ""),
            ("Question 3: How many", "Question 3", "3", ""),
            ("Qn 1a) Funding", "Qn1a", "1a", ""),
            ("Request 2 - the cost", "Request 2", "2", ""),
            ("Part A - Funding", "Part A", "a", ""),
            ("Q2-5 Not held.", "Q2", "2", "5"),
            ("Questions 2 to 4: not held", "Question 2", "2", "4"),
            ("Question 4.1 The budget", "Question 4.1", "4.1", ""),
            ("Part ii: staffing", "Part ii", "ii", ""),
            ("Parts B to D", "Part B", "b", "d"),
            ("Questions C and D: not held", "Question C", "c", "d"),
            ("Q1(a) How many", "Q1a", "1a", ""),
            ("Question 2(b): The cost", "Question 2b", "2b", ""),
            ("Question 3(ii) - Income", "Question 3ii", "3ii", ""),
            ("Question No. 3: How many", "Question 3", "3", ""),
            ("Questions 1 & 2: Not held", "Question 1", "1", "2"),
            ("Q3 and Q4 - See above", "Q3", "3", "4"),
            ("Question 2 of your request: 310", "Question 2", "2", ""),
            ("Q1 to Q3: Not held", "Q1", "1", "3"),
            ("Item 4 and item 5: see the table below", "Item 4", "4", "5"),
            ("Question 6 & Question 7 - both refused", "Question 6", "6", "7"),
            ("Q2-Q4 Not held.", "Q2", "2", "4"),
            ("Q4 - 12 officers were trained", "Q4", "4", ""),
            ("Q3 - 5 See above", "Q3", "3", "5"),
            ("Requests 2 - 4 were refused", "Request 2", "2", "4"),
            ("Questions 1, 2(a) and 3", "Question 1", "1", ""),
            ("Requests 4, 5, 6 and 7: not held", "Request 4", "4", "7"),
            ("Questions 1, 3 and 5: not held", "Question 1", "1", ""),
            ("Questions 1, 2 and 3", "Question 1", "1", "3"),
            ("Questions 3a and 3b: withheld", "Question 3a", "3a", "b"),
            ("Question 2 - Response: 41 staff", "Question 2", "2", ""),
            ("Q5 Answer: not held", "Q5", "5", ""),
            ("Question 4(a) and 4(b) - the cost", "Question 4a", "4a", ""),
            ("Questions 1, 2 and 3: not held", "Question 1", "1", "3"),
            ("Q4, Q5 & Q6 - refused", "Q4", "4", "6"),
            ("Q.4, Q.5 and Q.8 Not held by the council", "Q4", "4", "5"),
            ("Questions 2, 3, 4 and 7: refused", "Question 2", "2", "4"),
            ("Q5 (a) – 14", "Q5a", "5a", ""),
            ("Q2b - 31", "Q2b", "2b", ""),
        ),
        counter_examples=(
            "Questions about this reply",
            "Quite a lot",
            "Part of the budget",
            "Part A to be completed by the applicant",
            "Item: chairs",
        ),
    ),
    LabelKind(
        "answer-named",
        re.compile(
            r"(?:(?P<word>answers?|responses?|reply)\s*|(?P<a>a)(?=\d{1,2}[a-z]?(?:[.:)]\s|\s[-–]\s)))"
            r"(?P<num>\d{1,2}[a-z]?)\b(?![-/.]\d)\s*[.:)\-–]*\s*",
            re.IGNORECASE,
        ),
        examples=(
            ("A1. 12 wardens", "A1", "1", ""),
            ("A3: No.", "A3", "3", ""),
            ("Answer 2 - not held", "Answer 2", "2", ""),
            ("Response 4: £410,000", "Response 4", "4", ""),
        ),
        counter_examples=("A4 paper is used", "Response 2023 figures", "A1 road", "Response 18-09-2025"),
    ),
    LabelKind(
        "decimal",
        re.compile(r"\(?(?P<num>\d{1,2}\.\d{1,2})(?:\)\.?\s*|[.:](?=\s)\s*|\s+(?=[A-Z(]))"),
        examples=(
            ("4.1 Funding for the team", "4.1", "4.1", ""),
            ("4.2. What budget", "4.2", "4.2", ""),
            ("(2.3) Staff numbers", "2.3", "2.3", ""),
        ),
        counter_examples=("1.5 million people", "2.5% of the budget", "10.30 am"),
    ),
    LabelKind(
        "arabic-letter",
        # the letter in brackets, or after one space with a closing bracket ("1 c)"); a second part of the same
        # number may follow: "1 a) and b)" answers 1a and 1b; a roman part after one space closes with a stop: "2 i."
        re.compile(
            r"\(?(?P<num>\d{1,2})(?:\s?\(|\s[-–]\s\((?=[a-h]\))|\s(?=[a-h]\))|(?P<sp>\s(?=[ivx]{1,4}\.(?:\s+[A-Z(£]|\s*$))))(?P<sub>[a-z]|[ivx]{2,4})"
            r"(?(sp)\.|\))"
            r"(?:\s*(?:and|&)\s*\(?(?P<subpair>[a-h])\)(?=\s|$))?\.?\s*"
        ),
        examples=(
            ("1(a) How many", "1a", "1a", ""),
            ("2 (b) The cost", "2b", "2b", ""),
            ("4(iii) Staff costs", "4iii", "4iii", ""),
            ("3 c) The budget", "3c", "3c", ""),
            ("2 a) and b) Not held", "2a", "2a", "b"),
            ("4 (b) & (c) See above", "4b", "4b", "c"),
            ("2 i. Hours spent waiting", "2i", "2i", ""),
            ("5 iii. The cost", "5iii", "5iii", ""),
            ("2 - (a) Cases passed on", "2a", "2a", ""),
        ),
        counter_examples=(
            "2 i.e. the cost",
            "3 v. 4 in the final",
            "12 (a record) cases",
            "3 (b and c) see above",
            "4 a lot of cases",
            "2 apples) were",
        ),
    ),
    LabelKind(
        "arabic",
        re.compile(
            r"\(?(?P<num>(?!0\D)\d{1,2}(?:\.(?=[a-h]\b))?[a-z]?)"
            + _RANGE
            + _PAIR
            # a second bracketed label after the first, answered together: "1) and 2) Fires", "(1) & (2) Not held";
            # each with its own stop the same: "1. and 2. Costs"; alone on its line over the answer: "(1) and (2)"
            + r"(?:\)(?:\s*(?:and|&)\s*\(?(?P<rpair>\d{1,2})\)(?=\s|$))?\.?"
            + r"|\.(?:\s*(?:and|&)\s*(?P<dpair>\d{1,2})\.(?=\s|$))?"
            + _AFTER_DOT
            # set off by a spaced dash before a title or answer in capitals, a sum, an answer word, or a count of things
            # (not a span of time: "10 - 14 years" is a band), or a year of account: "1a - Vehicles", "2 - Not held",
            # "4 - £80", "6 - no", "2 - 14 cameras", "3 - 2022/23: £410"; a count may have a decimal part and its
            # unit written in capitals: "5 - 12.5 FTE" (a capitalised noun after a count is a band: "2 - 3 Staff"), or
            # a note in brackets: "6 - 4 (each of them)"
            # a zero after the dash is a count, never a range's end: "4 - 0", "2 - 0 hours"
            + r"|:(?=\s|$)|\)(?=\S)|(?<=[a-h])(?=\s+[A-Z])|\s+[-–](?=\s+(?:[A-Z£]|0(?![.,]?\d)"
            + r"|(?:none|nil|no|yes|n/a|not (?:applicable|held|known))\b|(?:19|20)\d\d/\d\d\b|\d[\d,]*(?:\.\d+)?\s+"
            + _NOT_TIME_UNIT
            + r"(?:[a-z]|[A-Z]{2,}\b|\((?![\d.,]+\))))))\s*"
            r"|(?P<bare>\d{1,2}[a-h])\s+(?=[A-Z])"
        ),
        examples=(
            ("3. How many", "3", "3", ""),
            ("3) How many", "3", "3", ""),
            ("(3) How many", "3", "3", ""),
            ("3b. How many", "3b", "3b", ""),
            ("3b How many", "3b", "3b", ""),
            ("4)If so", "4", "4", ""),
            ("1-3. No named lead.", "1", "1", "3"),
            ("6 - 4 (each meeting had a climate item)", "6", "6", ""),
            ("2: Not held", "2", "2", ""),
            ("1.a How many", "1a", "1a", ""),
            ("2.b) The cost", "2b", "2b", ""),
            ("1 & 2. Not held.", "1", "1", "2"),
            ('"2. Every letter sent', "2", "2", ""),
            ("1) and 2) Staff and costs", "1", "1", "2"),
            ("(3) & (4) Not held", "3", "3", "4"),
            ("1) and 3) See above", "1", "1", ""),
            ("2. and 3. Both are shown below", "2", "2", "3"),
            ("(1) and (2)", "1", "1", "2"),
            ("4. & 5.", "4", "4", "5"),
            ("1b - Electric vans", "1b", "1b", ""),
            ("3 – Not held", "3", "3", ""),
            ("2 - 31 vans are leased", "2", "2", ""),
            ("5 - 12.5 FTE posts", "5", "5", ""),
            ("3 - 2022/23: £41,300", "3", "3", ""),
            ("4 - £12.50 per visit", "4", "4", ""),
            ("1 - none", "1", "1", ""),
            ("6 - no", "6", "6", ""),
            ("4 - 0", "4", "4", ""),
            ("2 - 0 hours in the year", "2", "2", ""),
            ("4 & 5 - not applicable", "4", "4", "5"),
            ("2a and 2b. Spend by year", "2a", "2a", "b"),
            ("3a / 3b) Spend by year", "3a", "3a", "b"),
            ("1 & 4c. Not held", "1", "1", ""),
            ("4. / 5. / 6.", "4", "4", "6"),
        ),
        counter_examples=(
            "2023. The year",
            "12 members of staff",
            "3 cases.",
            "1.5 million",
            "3m People",
            "3 and 4 year olds",
            "0. None were recorded.",
            "2 - 3 Staff",
            "4 -Ward",
            "10 - 14 years old",
        ),
    ),
    LabelKind(
        "roman",
        # a second bracketed numeral after the first, answered together: "(iv) and (v) Costs"
        re.compile(
            r"\((?P<p>[ivx]{1,4}|[IVX]{1,4})\)(?:\s*(?:and|&)\s*\((?P<pair>[ivx]{1,4}|[IVX]{1,4})\)(?=\s|$))?\s*"
            r"|(?P<num>[ivx]{2,4}|[IVX]{1,4}|i)(?:\)\.?|\.(?=\s|$))\s*"
        ),
        examples=(
            ("iv. Staff trained", "iv", "iv", ""),
            ("(ii) How many", "ii", "ii", ""),
            ("iii) the cost", "iii", "iii", ""),
            ("IV. Spend", "IV", "iv", ""),
            ("i. How many", "i", "i", ""),
            ("I. 293", "I", "i", ""),
            ("ii.", "ii", "ii", ""),
            ("(iv) and (v) Costs by year", "iv", "iv", ""),
        ),
        counter_examples=("iv drip", "vi editor is used", "I would like", "X-ray images"),
    ),
    LabelKind(
        "letter",
        re.compile(
            # a list of bracketed letters closed by "and": "(d), (e) and (f) Withheld"
            r"\((?P<p>[a-zA-Z])\)(?P<mid>(?:\s*,\s*\([a-zA-Z]\))+(?=\s*,?\s*(?:and|&)\s*\([a-zA-Z]\)))?"
            r"(?:\s*,?\s*(?:and|&)\s*\((?P<pair>[a-zA-Z])\))?\s*"
            r"|(?P<num>[a-z])(?:\)(?:\s*(?:and|&)\s*(?P<lpair>[a-z])\))?\.?|\.(?=\s|$))\s*|(?P<up>[A-H])(?:\)|\.(?=\s+"
            + _ITEM_OPENING
            + r"))\s+"
        ),
        examples=(
            ("a) How many", "a", "a", ""),
            ("(b) How many", "b", "b", ""),
            ("c. The cost", "c", "c", ""),
            ("b). None", "b", "b", ""),
            ("(A) Funding", "A", "a", ""),
            ("B) How many", "B", "b", ""),
            ("C. The cost of the scheme", "C", "c", ""),
            ("B. Any reports on the pilot", "B", "b", ""),
            ("B. that figure split by ward;", "B", "b", ""),
            ("B. Records of any complaints about the Wibble depot", "B", "b", ""),
            ("C. Correspondence with Wibble Council since 2020", "C", "c", ""),
            ("(b) and (c) Not held", "b", "b", "c"),
            ("c) & d) See above", "c", "c", "d"),
            ("(a) and (c) Refused", "a", "a", ""),
            ("(d), (e) and (f) Withheld", "d", "d", "f"),
            ("(b), (c), (d) and (e) Not held", "b", "b", "e"),
            ("b.", "b", "b", ""),
        ),
        counter_examples=(
            "a lot of requests",
            "A. Smith replied",
            "B. Reporter wrote",
            "e.g. the cost",
            "B)extra",
            "D. Thompson, Officer",
            "D. van Dijk wrote",
        ),
    ),
)

# How every label kind can start: a digit or "(", a letter before ")" or ".", a naming word, a roman numeral
LABEL_START_RE = re.compile(
    r"[\d(]|[a-z][).]|[ivx]{1,4}[).]|q[.\d]|a\d|c\d|cwestiwn|(?:"
    + _ITEM_WORDS
    + r"|answers?|responses?|reply)(?![a-z])",
    re.IGNORECASE,
)
_JOINED_RE = re.compile(r"&|\band\b", re.IGNORECASE)  # what joins two labels named together: "1 & 3", "(a) and (c)"
_SET_OFF_RE = re.compile(r"[.:)\-–]\s*$")  # a label's closing mark before its item: "1 & 3. ", "Q2 and Q5 - "
_KEY_PREFIX_RE = re.compile(r"^(?:" + _ITEM_WORDS + r"|answers?|responses?|reply|(?:no\.?|a)(?=\s*\d))\s*\.?\s*")
# compiled here, not at each call through re's module functions: these run for most lines of a reply
_NUMBER_RE = re.compile(r"\d{1,2}")
_NOT_KEY_RE = re.compile(r"[^a-z0-9.]")
_DECIMAL_LETTER_RE = re.compile(r"\d{1,2}\.[a-z]")
_NUMBER_LETTER_RE = re.compile(r"\d{1,2}[a-z]")
_LETTER_RE = re.compile(r"[a-z]")
_CLOSING_LETTER_RE = re.compile(r"(?<![a-z])([a-z])$")
_TAIL_RE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})?)?([a-z]|[ivx]{1,4})")
# a third label or more listed after a label's own: "Questions 1, 2 and 3", "Q4, Q5 & Q6", "4. / 5. / 6."
_LIST_JOIN_RE = re.compile(r"\s*(?:,|/|&|and\b)", re.IGNORECASE)
_LIST_STEP_RE = re.compile(
    rf"\s*(?:,|/|&|and\b)\s*(?:(?:{_ITEM_WORDS})\.?\s*)?(\d{{1,2}})(?![\d(]|\.\d|[a-z])\.?", re.IGNORECASE
)
_SET_OFF_AFTER_RE = re.compile(r"\s*[.:)\-–]*\s*")


@lru_cache(maxsize=4096)
def label_key(label: str | None) -> str:
    """The comparable form of a label: "Q1" -> "1", "Question 2a" -> "2a", "(b)" -> "b", "Question one" -> "1",
    "4.1." -> "4.1", "IV" -> "iv"."""
    if not label:
        return ""
    key = _KEY_PREFIX_RE.sub("", label.strip().lower())
    word = re.match(r"[a-z]+", key)
    if word and word.group(0) in NUMBER_WORDS:
        key = str(NUMBER_WORDS[word.group(0)]) + key[word.end() :]
    key = _NOT_KEY_RE.sub("", key).strip(".")
    return key or re.sub(r"[^a-z0-9]", "", label.lower())


def parse_label(line: str) -> Label | None:
    """The label at the start of `line`, or None: "Q2-5 Not held" -> Label("Q2", "2", "5", "named", 5).

    Not cached here: its one caller (segment's line parser) caches whole lines, so a cache here was
    filled with every line and almost never read."""
    quoted = int(line[:1] in '"“')  # a request quoted in the reply: "“1. The number of ..."
    if not LABEL_START_RE.match(line, quoted):  # most lines of a reply start with no label: one test, not eight
        return None
    for kind in LABEL_KINDS:
        match = kind.pattern.match(line, quoted)
        if match is None:
            continue
        groups = match.groupdict()
        raw = groups.get("num") or groups.get("p") or groups.get("bare") or groups.get("up") or ""
        raw = raw.replace(".", "") if _DECIMAL_LETTER_RE.fullmatch(raw) else raw  # "1.a" -> "1a"
        written = raw + (groups.get("sub") or "")
        if groups.get("a"):
            written = f"{groups['a'].upper()}{raw}"
        elif groups.get("word"):
            word = match.group("word").rstrip("sS") if len(match.group("word")) > 2 else match.group("word")
            number = NUMBER_WORDS.get(raw.lower())
            written = f"{word}{' ' if len(word) > 2 else ''}{number if number else raw}{groups.get('sub') or ''}"
        pair = (
            (
                groups.get("pair")
                or groups.get("part_pair")
                or groups.get("lpair")
                or groups.get("rpair")
                or groups.get("dpair")
                or ""
            )
            .replace("(", "")
            .replace(")", "")
        )  # "4(b)" -> "4b"
        if groups.get("word_pair"):  # a number word named with the one before it: "Question four and five:"
            named = str(NUMBER_WORDS[groups["word_pair"].lower()])
            in_turn = is_successor(label_key(written), named)
            return Label(
                written,
                label_key(written),
                named if in_turn else None,
                kind.name,
                match.end(),
                None if in_turn else named,
            )
        if groups.get("subpair"):  # a second part of the same number: "1 a) and b)" is 1a to b, "1(a) & (c)" 1a, 1c
            part = label_key(raw + groups["subpair"])
            in_turn = is_successor(written, part)
            to_part, also_part = (part[-1], None) if in_turn else (None, part)
            return Label(written, label_key(written), to_part, kind.name, match.end(), also_part)
        if groups.get("mid"):  # a list of letters: a range when in turn ("(d), (e) and (f)"), else the first alone
            listed = [raw.lower(), *re.findall(r"[a-z]", groups["mid"].lower()), pair.lower()]
            in_turn = all(is_successor(a, b) for a, b in pairwise(listed))
            return Label(written, label_key(written), listed[-1] if in_turn else None, kind.name, match.end())
        if pair and kind.name == "roman":  # "(iv) and (viii)": each numeral named, never a range of letters
            return Label(written, label_key(written), None, kind.name, match.end(), label_key(pair))
        # two parts of one number run as a range of letters, "4a & 4b" is 4a to b; a part of another number is
        # named with the first, never its range's end: "1 & 2a"
        same = pair[-1:].isalpha() and label_number(pair) == label_number(raw)
        end = pair[-1] if same else pair if pair.isdigit() else ""
        # a pair after a decimal ("Q4.1 & 2") names two items, never a range, though 2 may follow 4.1 in a list
        consecutive = end and not groups.get("sub") and "." not in raw and is_successor(raw, end)
        to = groups.get("to") or (groups.get("letter_to") or "").lower() or (end.lower() if consecutive else None)
        # two labels joined by "&" or "and" that are not in turn, set off by a stop, colon, dash or bracket, name
        # both: "1 & 3.", "(a) and (c)" (not a sentence about them: "Parts 1 and 3 can be answered")
        joined = pair and not consecutive and "." not in raw and _JOINED_RE.search(match.group(0)) is not None
        joined = joined and _SET_OFF_RE.search(match.group(0)) is not None
        also = label_key(pair) if joined else None
        key = label_key(written)
        if also is None and key.isdigit() and _LIST_JOIN_RE.match(line, match.end()):
            to, end, also = _listed_in_turn(line, match.end(), to or key, paired=bool(to))
            return Label(written, key, to if to != key else None, kind.name, end, also)
        return Label(written, key, to, kind.name, match.end(), also)
    return None


def _listed_in_turn(line: str, at: int, last: str, paired: bool = False) -> tuple[str, int, str | None]:
    """The last of the numbers listed in turn from `at` after the label's own (`last`), where the item's text
    begins after them and a closing number out of turn named with them: "Questions 1, 2 and 3: ..." is 1 to 3,
    "4. / 5. / 6." 4 to 6, "Q4, Q5 and Q8" 4 to 5 and 8; (`last`, `at`, None) when the list skips a number before
    its last or holds a part ("Questions 1, 3 and 5", "Questions 1, 2(a) and 3"). `paired`: two numbers in turn
    were read before `at`."""
    end, also = at, None
    while step := _LIST_STEP_RE.match(line, end):
        if step.group(1) != str(int(last) + 1):
            in_turn = paired or end > at  # two numbers in turn at least before the closing one
            closing = in_turn and _LIST_STEP_RE.match(line, step.end()) is None and int(step.group(1)) > int(last)
            if not closing:
                return last, at, None
            also, end = step.group(1), step.end()
            break
        last, end = step.group(1), step.end()
    return last, _SET_OFF_AFTER_RE.match(line, end).end(), also  # type: ignore[union-attr]  # it matches empty


def roman_value(key: str) -> int | None:
    """The value of a lower-case roman numeral key: "iv" -> 4; None when `key` is not one."""
    if not key or any(c not in _ROMAN_VALUES for c in key) or len(key) > 4:
        return None
    values = [_ROMAN_VALUES[c] for c in key]  # a numeral before a larger one is taken away: "iv" is 5 - 1
    return sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True))


def label_number(key: str) -> str:
    """The first number of a key: "3b" -> "3", "4.1" -> "4", "b" -> ""."""
    match = _NUMBER_RE.search(key)
    return match.group(0) if match else ""


def label_letter(key: str) -> str:
    """The closing letter of a key: "3b" -> "b", "b" -> "b", "3" -> ""."""
    match = _CLOSING_LETTER_RE.search(key.lower())
    return match.group(1) if match else ""


def label_tail(key: str) -> str:
    """What a key adds after its number: "3b" -> "b", "1ii" -> "ii", "4.1b" -> "b", "iv" -> "iv", "3" -> ""."""
    match = _TAIL_RE.fullmatch(key.lower())
    return match.group(1) if match else ""


def is_successor(before: str | None, after: str | None) -> bool:
    """True when the label `after` comes next after `before`: 2 -> 3, 1a -> b, 1c -> 2a, 4.1 -> 4.2 or 2, ii -> iii."""
    a, b = label_key(before), label_key(after)
    if not a or not b:
        return False
    if b[-1:] == "a" and b[:-1].isdigit() and _NUMBER_LETTER_RE.fullmatch(a):  # the next number's first part
        return int(b[:-1]) == int(a[:-1]) + 1
    if "." in a and "." in b:
        (head_a, a), (head_b, b) = a.rsplit(".", 1), b.rsplit(".", 1)
        if head_a != head_b:
            return False
    elif "." in a:
        a = a.rsplit(".", 1)[1]
    ra, rb = roman_value(a.lstrip("0123456789")), roman_value(b)
    if ra is not None and rb is not None and rb == ra + 1:  # "ii" -> "iii", "1i" -> "ii"
        return True
    if _NUMBER_LETTER_RE.fullmatch(a) and _LETTER_RE.fullmatch(b):
        a = a[-1]
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    la, lb = label_letter(a), label_letter(b)
    return bool(la and lb) and ord(lb) == ord(la) + 1 and label_number(a) in ("", label_number(b))


def is_first(key: str) -> bool:
    """True for a key that opens a list: "1", "a", "i"."""
    return key in ("1", "a", "i")


def expand_range(written: str, to: str | None, also: str | None = None) -> list[str]:
    """The labels a range label stands for, thirty at most: ("Q2", "4") -> ["Q2", "Q3", "Q4"]; with a second
    label named with it: ("Q1", None, "3") -> ["Q1", "Q3"]."""
    if also:
        head = re.split(r"\d", written, maxsplit=1)[0] if also.isdigit() else ""
        return [*expand_range(written, to), head + also]
    if not to:
        return [written]
    if to.isalpha() and written[-1:].isalpha():  # ("b", "c") -> ["b", "c"]; ("Part B", "d") -> [..., "Part D"]
        case = str.upper if written[-1].isupper() else str.lower
        return [written[:-1] + case(chr(c)) for c in range(ord(written[-1].lower()), ord(to) + 1)]
    head = re.split(r"\d", written, maxsplit=1)[0]  # what comes before the number: "Q"
    low, high = int(label_number(written) or 0), int(to)
    return [f"{head}{n}" for n in range(low, min(high, low + 30) + 1)] if high > low else [written]
