"""Dates in an FOI reply: when it was answered, when the request was made, and the periods asked about.

A date is built from the groups a regex captured (day first, except ISO), so section numbers, money and phone
numbers are never dates (dateutil gave the same values at ~30 times the cost).

Roles: "response" (at most one: the email Date header, a labelled date, a "Sent:" header, a date alone near the
top); "request" (at most one: a labelled date or a phrase, "your request of 11 January 2024", else a thread page's
earliest message from the asker, else the date a review was asked for, "your email of 3 May 2024 asking for a
review"; a day and month alone only after a request phrase, "your email of 7 April", in the year that puts it within
six months before the response: a year guessed anywhere else was wrong every time); "period" (financial years, date
ranges, year ranges, single years). When a role is unclear, nothing is returned for it.
"""

from __future__ import annotations

import bisect
import calendar
import email.utils
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from itertools import chain, pairwise
from typing import NamedTuple

from foitrack.extract.fold import fold, fold_text
from foitrack.lexicon import Cue, fields
from foitrack.lexicon.authority import VALEDICTION
from foitrack.models import DateFinding, Span
from foitrack.text.lines import Line, Lines, lines_of, places

_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
# the Welsh months, in order: "21 Hydref 2025"; one before its English one is one month: "19 Awst / August 2024"
_WELSH_MONTHS = "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split()
_WELSH_MONTH = f"(?:{'|'.join(_WELSH_MONTHS)})"
# the Scottish Gaelic months (folded), read only before their English one: "24 Giblean / April 2025"
_GAELIC_MONTHS = "faoilleach gearran mart giblean ceitean ogmhios iuchar lunastal sultain damhair samhain dubhlachd"
_GAELIC_MONTH = rf"(?:(?:an?\s+|am\s+)?(?:t-)?(?:{_GAELIC_MONTHS.replace(' ', '|')}))"
_MONTH = (
    rf"(?:(?:{_WELSH_MONTH}|{_GAELIC_MONTH})\s?/\s?)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    rf"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|{_WELSH_MONTH})\.?(?![a-z])"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# a day written as an ordinal word, the way a formal letter may write it: "the fourth of March 2025"
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_ORDINALS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
_DAY_ORDINALS = {word: day for day, word in enumerate([*_UNIT_ORDINALS, *_TEEN_ORDINALS.split()], 1)}
_DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty first": 31})
_DAY_ORDINALS.update({f"twenty {word}": 21 + i for i, word in enumerate(_UNIT_ORDINALS)})
_UNITS = "|".join(_UNIT_ORDINALS)
_DAY_WORD = (
    rf"(?:twenty[- ]?(?:{_UNITS})|thirty[- ]?first|twentieth|thirtieth|{_TEEN_ORDINALS.replace(' ', '|')}|{_UNITS})"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?:19|20)\d{2}"  # "2024", "1998"
# a year in a date, which may be glued to a following "1." or "1)" label: "27 March 20231. What ..."
_GLUED_YEAR4 = rf"{_YEAR4}(?!\d(?![.)]\s))"
_YEAR = rf"(?:{_GLUED_YEAR4}|'?\d{{2}}(?![\d:]))"

# a whole date: "Monday, 5 June 2024", "5th June 2024", "June 5, 2024", "05/06/2024", "Tue 05/06/2024", "05.06.24",
# "2024-06-05"
_ISO_DATE = rf"(?<![\w/.-])(?P<iy>{_YEAR4})-(?P<im>1[0-2]|0[1-9])-(?P<id>3[01]|[12]\d|0[1-9])(?!\d)"
_NUMBER_DATE = (
    rf"(?<![\w/.-])(?P<nd>{_DAY})(?P<sep>[/.-])(?P<nm>1[0-2]|0?[1-9])(?P=sep)(?P<ny>{_YEAR4}|\d{{2}})(?!\d|[/.-]\d)"
)
_AFTER_DAY = rf"(?:\s+of)?[\s-]+(?P<dm>{_MONTH}),?[\s-]+(?P<dy>{_YEAR})"  # " June 2024" in "5th June 2024"
FULL_DATE = re.compile(
    rf"{_ISO_DATE}|(?<![\w]){_WEEKDAY}{_NUMBER_DATE}|(?<![\w]){_WEEKDAY}(?:(?P<dd>{_DAY}){_ORDINAL}|(?P<dw>{_DAY_WORD})){_AFTER_DAY}"
    rf"|(?<![\w]){_WEEKDAY}(?P<mm>{_MONTH})\s+(?P<md>{_DAY}){_ORDINAL},?\s+(?P<my>{_GLUED_YEAR4})",
    re.IGNORECASE,
)

# FULL_DATE for fold_text(text), the same matches, faster than under IGNORECASE (so too the patterns marked "folded")
FOLDED_DATE = re.compile(FULL_DATE.pattern)
# a day and month with no year after them: "7th April", "Monday 13th October", "the tenth of February" (folded; see
# _yearless_date)
DAY_MONTH = re.compile(
    rf"[\s,]*(?P<on>(?:the\s+)?{_WEEKDAY}(?:the\s+)?(?:(?P<d>{_DAY}){_ORDINAL}|(?P<dw>{_DAY_WORD}))(?:\s+of)?\s+"
    rf"(?P<m>{_MONTH}))(?![\s,/-]*(?:{_MONTH}|\d))"
)
# how long before the reply a request dated without its year can have been made: the Act's 20 working days, a
# public interest extension, and a wait for a late reply (a year's guess wrong by one is never within it)
_YEARLESS_REACH_DAYS = 183
# FOLDED_DATE without the day written as a word, for the scan from digits and month names, where none can start
SCANNED_DATE = re.compile(FULL_DATE.pattern.replace(f"|(?P<dw>{_DAY_WORD})", ""))
# SCANNED_DATE at a digit, the same matches: no weekday or month can open there (re would try their words)
DIGIT_DATE = re.compile(rf"{_ISO_DATE}|{_NUMBER_DATE}|(?<![\w])(?P<dd>{_DAY}){_ORDINAL}{_AFTER_DAY}")

# a month and year without a day: "March 2020", "Apr 2015" (folded)
MONTH_YEAR = re.compile(rf"(?<![\w])(?P<month>{_MONTH})\s+(?P<year>{_YEAR4})(?!\d)")

# UK financial year: "2014-15", "2014/15", "2014/2015", "FY19/20", "FY 2019-20"
FINANCIAL_YEAR = re.compile(
    rf"(?<![\w/£.-])(?:(?P<fy>FY)\s?(?P<short>\d{{2}}|{_YEAR4})|(?P<long>{_YEAR4}))"
    rf"\s?[-/]\s?(?P<next>\d{{2}}|{_YEAR4})(?![\w/-]|\.\d)",
    re.IGNORECASE,
)

# where a label may start later in a line: after a cell mark ("|", a tab), or after a space where only a label
# followed by a colon counts ("received" inside a sentence is no label)
CELL_START = re.compile(r"[|\t ](?:(?<=[|\t])|(?<=\S ))[ \t]*(?=[A-Za-z])")
COLON_AFTER = re.compile(r"[ \t]*:|(?<=:)")
# the first half of a bilingual label: "Dyddiad / " in "Dyddiad / Date: 29/01/2024", "Dyddiad/" in "Dyddiad/Date:"
BILINGUAL_LABEL = re.compile(r"[^\W\d][\w' ]{0,30}?\s?/\s?")
_BILINGUAL_REACH = 33  # its "/" is one of the first 33 characters
# what joins a date to the same date in the other language: " / " in "10 Hydref 2025 / 10 October 2025"
BILINGUAL_JOIN = re.compile(r"[ \t]*/[ \t]*")

# "-----Original Message-----", "> ----- Original message -----": the mail below it is older than the reply
ORIGINAL_MESSAGE = re.compile(r"^[> \t]*-{2,}[ \t]*original message[ \t]*-{2,}[ \t]*$", re.MULTILINE | re.IGNORECASE)
# the header Outlook puts over the mail it quotes, "From: A Person" over "Sent: 07 October 2025 09:14": below a
# whole reply (`MIN_REPLY_WORDS`, not a "see below" over a forwarded reply) the mail below is older than the reply
QUOTED_HEADER = re.compile(r"^[> \t]*from:[^\n]*\n[> \t]*sent:", re.MULTILINE | re.IGNORECASE)
MIN_REPLY_WORDS = 40
# "Subject: FW: ...", "Subject: Fwd: ...": a forwarded mail, whose Original Message block is the mail itself
FORWARDED_SUBJECT = re.compile(r"^subject:[ \t]*(?:re:[ \t]*)*fwd?:", re.MULTILINE | re.IGNORECASE)

# "Date" (a colon or not) opening a letterhead's line or after its first column, the rest of the line its date
# (columns squeezed by normalise): " Date: " in "Mr A Person Date: 6/2/2025", " Date " in "Mr A Person Date 6 June 2025"
TOP_COLUMN_DATE = re.compile(r"(?:^ ?|(?<=\S) )(?:Date|DATE):?[ \t]*")
# a reference field opening the line, its date in the next column: "Ref: AB-2025-12 " in "Ref: AB-2025-12 30/10/2025";
# a value of two words taken whole when a digit follows it too: "Ref: FOI 2025/14 " in "Ref: FOI 2025/14 9 May 2025";
# the label bilingual too: "Cyf / Ref: AB-2025-12 " in "Cyf / Ref: AB-2025-12 5 Mehefin / June 2025"
TOP_REFERENCE_VALUE = re.compile(
    rf"(?:{BILINGUAL_LABEL.pattern})?(?i:{fields.REFERENCE_LABEL.pattern})\S+(?:[ \t]\S+)?[ \t]+(?=\d)"
)
# the letter's reference in the column after its date, the gap closed up: " Our Ref: RS/FOI/25/006" in
# "20 May 2025 Our Ref: RS/FOI/25/006" (a colon or "#" after the label: "20 May 2025 Reference was made" is prose)
REFERENCE_AFTER_DATE = re.compile(
    rf"[ \t]+(?:{BILINGUAL_LABEL.pattern})?(?i:{fields.REFERENCE_LABEL.pattern})(?:(?<=[:#])|(?<=[:#][ \t]))\S+[ \t]*$"
)
# a reference without its label above the salutation, a code of three parts or more after a few words, its date in
# the next column: "FOI response WC/FOI/25/08 " in "FOI response WC/FOI/25/08 12 May 2025"
TOP_CODE_VALUE = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+){0,3}[A-Z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+){2,}[ \t]+(?=\d)")
# how the letter went, opening the line, its date in the next column: "By email " in "By email 10 March 2025"
TOP_DELIVERY_VALUE = re.compile(rf"[ \t]*(?i:{fields.DELIVERY_LINE.pattern})[ \t]+(?=\d)")
# a name opening a line above the salutation (no digit, no colon, its last word a capital's), its date in the next
# column: "Ms A Person " in "Ms A Person 5 May 2025", "Records Team, Wibble Council " (never "... your request of "),
# or one capitalised word, not a date's qualifier: "Wibbletrans " in "Wibbletrans 5 May 2025" (never "Received ")
# a sender's name, with its address in angle brackets as a mail client prints it, before the date column
TOP_SENDER_VALUE = re.compile(r"[ \t]*(?:[^\W\d][^\d:\n]{0,80}?\b)?[A-Z][\w'’.-]*(?: ?<[^<>\s]+>)?,?[ \t]+(?=\d)")
# the time a mail client prints after a message's date: "7 May 2025 at 08:03"
SENT_AT = re.compile(r"[ .]*(?:,? at \d\d?[:.]\d\d(?: ?[ap]m)?)?[ .]*", re.IGNORECASE)
SIGNED_LINES = 4  # a date alone on one of this many lines under the valediction dates the letter
# a word that says which date a "Date:" is, making it a field of its own: "Start" in "Start Date:"
DATE_QUALIFIER = re.compile(rf"{fields.DATE_QUALIFIER.pattern}$", re.IGNORECASE)

# a mail header line: "From: A Person", "Subject: RE: Bins"
HEADER_LINE = re.compile(r"^\s*[A-Za-z][\w-]{0,20}:")
MIN_OWN_WORDS = 3
# the marks opening a line of quoted mail: "> " in "> Yours faithfully,"
QUOTE_MARKS = re.compile(r"^[ \t]*>[> \t]*", re.MULTILINE)


# "On 3 May 2024 you asked", "On the 3rd May 2024, we received your request", and the line over a quoted mail,
# the request replied to: "On Mon, 1 Jul 2024 at 08:52, A Person <a@example.org> wrote:", perhaps quoted ("> On");
# also after a letter's paragraph number: "1.1 On 3 May 2024 you asked"
ON_DATE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=^\d\.\d\s)|(?<=^\d\.\d\d\s)|(?<=^\d\d\.\d\s))"
    r"[> \t]*On\s+(?:the\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?",
    re.MULTILINE,
)
ON_DATE_AFTER = re.compile(
    rf",?\s+{fields.REQUEST_DATE_AFTER.pattern}|"
    r"(?:,?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?,\s[^\n]{1,80}?\swrote:",
    re.IGNORECASE,
)


class _Phrase(NamedTuple):
    """Words before a request date in prose (folded): the word every match opens with, the pattern of a date named at
    once ("your request of"), and of one named later in the sentence ("..., which was received on"), tried second."""

    word: str
    pattern: re.Pattern[str]
    later: re.Pattern[str] | None = None


def _phrase(cue: Cue, tail: str = r"\s+(?:the\s+)?") -> _Phrase:
    word = cue.needles[0]
    if cue.pattern != f"{word}s?(?:{fields.SENT_ON}|{fields.RECEIVED_LATER})":
        return _Phrase(word, re.compile(cue.pattern + tail))
    return _Phrase(
        word,
        re.compile(f"{word}s?(?:{fields.SENT_ON}){tail}"),
        re.compile(f"{word}s?(?:{fields.RECEIVED_LATER}){tail}"),
    )


REQUEST_PHRASES = tuple(map(_phrase, fields.REQUEST_DATE_PHRASES))
# one opens every fields.RECEIVED_LATER match's date words
LATER_WORDS = ("received", "recieved", "dated", "reached", "passed", "forwarded", "transferred")
SENTENCE_STOP = re.compile(r"[.!?]")  # what ends the sentence a date named later in it is looked for in
# a sentence opening inside a line, where a label with its date straight after it counts too; the match opens at the
# mark, which re skips to (far rarer than a space): only where it ends is read, and a line read after its bullet
# (dates._BULLET) cannot hold the mark just before where the reading starts
SENTENCE_OPENING = re.compile(r"[.!?][ \t]+(?=[A-Z])")
# a capital after a figure and a space: the next field of a row of fields run together on one line, "Ref 2025-014
# Received 4 August 2025 Responded 29 August 2025" (a web page's columns, their gaps closed up); the figure is looked
# for behind the space: re skips to spaces, where a pattern opening with a lookbehind is tried at every character
NEXT_FIELD = re.compile(r" (?<=\d )(?=[A-Z])")
# a dash between a page's heading and a label with its date: "Freedom of Information - response published 3/12/2025"
AFTER_HEADING_DASH = re.compile(r"[ \t][\u2013\u2014-][ \t]+(?=[A-Za-z])")
# the body's short name opening a line before a label with its date: "NIFRS response issued 30 June 2025"
# (not a word saying which reply it is: "Original response: 4 April 2025" in a review is the earlier one's)
NAME_BEFORE_LABEL = re.compile(
    r"(?!(?:Original|Previous|Initial|First|Earlier|Last|Your|Our|The|Date|Request)\b)(?:[A-Z][\w&'’-]*[ \t]+){1,3}"
)

# "asking for an internal review" after a date, "request for a review" before it: the date a review was asked for
REVIEW_ASKED = re.compile(rf"[\s,]*(?:{fields.REVIEW_ASKED.pattern})")
_REVIEW_LOOKBACK = 16

# start of the text just after a label: separators, "dated" ("Our response dated: ...") and "on the"; a dot
# leader reads like a colon ("Date received ....... 15/10/2025", a form's field and its value)
_AFTER_LABEL = re.compile(r"(?:[\s:|/\-]|\.{2,}|…)*(?:dated\b[\s:]*)?(?:on\s+)?(?:the\s+)?")
# a bullet or bracket opening a line: "- Received:", "(received 3 May 2024)" under a "Request" heading
_BULLET = re.compile(r"^[\s\-•*|>(]*")

# a date range between two dates: "1 April 2019 to 31 March 2020", "March 2020 - March 2023"
RANGE_JOIN = re.compile(r"\s*(?:-|to|until|till|through|and)\s*", re.IGNORECASE)
# two years: "2013-2016", "2012 to 2017" (folded)
YEAR_RANGE = re.compile(rf"(?<![\w/£.-])(?P<a>{_YEAR4})\s?(?:-|to|and)\s?(?P<b>{_YEAR4})(?![\w/-])")
# the word that makes a year a period asked about: "in " in "in 2019"
_SINGLE_YEAR_WORD = r"\b(?:in|for|during|since|calendar\s+year|year)\s+"
# a single year asked about: "in 2019", "for the calendar year 2020", "since 2017" (folded)
SINGLE_YEAR = re.compile(rf"{_SINGLE_YEAR_WORD}(?P<year>{_YEAR4})(?![\w/-]|\s+(?:act|regulations?|order)\b)")

# a run of digits, where every scan starts (re skips to a character class far faster than to a "\d")
DIGIT_RUN = re.compile(r"[0-9\x80-\U0010ffff](?<=\d)\d*")


class _Lead(NamedTuple):
    """Words that may open a match before its first digit, the characters that may end them, and their last words
    (folded; a text not ending so before a digit is not searched)."""

    pattern: re.Pattern[str]
    last_chars: str
    words: tuple[str, ...]


_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_WORDS = (*_ENGLISH_MONTHS, *(name[:3] for name in _ENGLISH_MONTHS), "sept", *_WELSH_MONTHS)
# a month name just before a number: "June " in "June 5, 2024" or "March " in "March 2020"
MONTH_LEAD = _Lead(re.compile(rf"(?<![\w]){_MONTH},?\s+$"), " \t", _MONTH_WORDS)
# "FY" just before a year: "FY" in "FY19/20", "FY " in "FY 2019-20"
FY_LEAD = _Lead(re.compile(r"(?<![\w])FY\s?$", re.IGNORECASE), " \tYy", ("fy",))
# SINGLE_YEAR's word just before a year
SINGLE_YEAR_LEAD = _Lead(re.compile(rf"{_SINGLE_YEAR_WORD}$"), " \t", ("in", "for", "during", "since", "year"))
_LEAD_WINDOW = 16
_Runs = tuple[list[int], list[int]]

_MONTHS = {name[:3]: i for i, name in enumerate(_ENGLISH_MONTHS, 1)}
_MONTHS.update({name: i for i, name in enumerate(_WELSH_MONTHS, 1)})
_CENTURY_PIVOT = 70
_TOP_LINES = 40
_DATE_MAX_LENGTH = 40
_LABEL_LOOKAHEAD = 3
_ISO_META = re.compile(r"^\d{4}-\d{2}-\d{2}")


class _Label:
    """A date label's cue (IGNORECASE), its needles (lines without one are skipped) and a heading ending with the
    label, its date alone on the next line: "Thurrock Council Response"."""

    def __init__(self, cue: Cue, heading: str | None = None) -> None:
        self.pattern = re.compile(cue.pattern, re.IGNORECASE)
        # CELL_START where the label follows: one scan of the line instead of a label match at every word
        self.cells = re.compile(f"(?-i:{CELL_START.pattern})(?={cue.pattern})", re.IGNORECASE)
        self.words = cue.needles
        self.heading = re.compile(heading, re.IGNORECASE) if heading else None


# a short heading line ending with a response word: "East Wibble Council Response", "Our decision"
RESPONSE = _Label(fields.RESPONSE_DATE_LABEL, r"^[^\n:]{0,50}\b(?:response|reply|decision)$")
# "I write on " in "I write on the fourth of March 2025 in reply to ...": the letter says when it was written
WRITTEN_ON = re.compile(fields.WRITTEN_ON.pattern, re.IGNORECASE)
PUBLISHED = _Label(fields.PUBLISHED_DATE_LABEL)
SENT = _Label(fields.SENT_HEADER)
# a short heading line ending with the request: "Customer Request Details", "Your request"
REQUEST = _Label(fields.REQUEST_DATE_LABEL, r"^[^\n:]{0,50}\brequest(?:\s+details)?$")


class _Found(NamedTuple):
    """A date read from text[start:end]."""

    value: date
    start: int
    end: int


def _year(written: str) -> int:
    """A year as written: "2024", "24" or "'24" (two digits: 1970-2069)."""
    digits = written.lstrip("'")
    year = int(digits)
    return year if len(digits) == 4 else year + (1900 if year >= _CENTURY_PIVOT else 2000)


def _month(written: str) -> int:
    """The number of a month written as a name or abbreviation: "Sept." -> 9, "Awst / August" -> 8, "Hydref" -> 10."""
    name = fold(written.rpartition("/")[2].strip().rstrip("."))  # fold, not lower(): "ſep" matched as "sep"
    return _MONTHS.get(name) or _MONTHS[name[:3]]


def _parse_match(m: re.Match[str]) -> date | None:
    """The date a FULL_DATE match stands for: ISO year first, everything else day first; None when no such day
    exists (31 February)."""
    g = m.groupdict()
    if g["iy"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["nd"]:
        year, month, day = _year(g["ny"]), int(g["nm"]), int(g["nd"])
    elif g["dd"] or g.get("dw"):
        day = int(g["dd"]) if g["dd"] else _day_in_words(g["dw"])
        year, month = _year(g["dy"]), _month(g["dm"])
    else:
        year, month, day = int(g["my"]), _month(g["mm"]), int(g["md"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(s: str) -> date | None:
    """The first whole date written in s (day, month and year), else None.

    >>> parse_date("Monday, 5 June 2024"), parse_date("05/06/2024"), parse_date("section 40(2)")
    (datetime.date(2024, 6, 5), datetime.date(2024, 6, 5), None)
    """
    return next(filter(None, map(_parse_match, FULL_DATE.finditer(s))), None)


def financial_year(s: str) -> tuple[date, date] | None:
    """The first and last day of the UK financial year written in s, else None.

    >>> financial_year("2014/15")
    (datetime.date(2014, 4, 1), datetime.date(2015, 3, 31))
    """
    return next(filter(None, map(_days, FINANCIAL_YEAR.finditer(s))), None)


def _anchored(
    pattern: re.Pattern[str],
    text: str,
    runs: list[int],
    lead: _Lead | None,
    at_digits: bool = True,
    at_digit: re.Pattern[str] | None = None,
) -> list[re.Match[str]]:
    """Non-overlapping matches of pattern in folded text that start at a digit run or at the lead just before one
    (a scan of every place is far slower); at_digits=False for a pattern that never starts at a digit; at_digit, a
    cheaper pattern with the same matches at a digit."""
    found: list[re.Match[str]] = []
    free = 0
    first = at_digit or pattern
    for pos in runs:
        if pos < free:
            continue
        m = first.match(text, pos) if at_digits else None
        if m is None and lead is not None and pos > free and text[pos - 1] in lead.last_chars:
            window = max(free, pos - _LEAD_WINDOW)
            ends_with_word = text[window:pos].rstrip().rstrip(",.").endswith(lead.words)
            before = lead.pattern.search(text, window, pos) if ends_with_word else None
            m = pattern.match(text, before.start()) if before else None
        if m is not None:
            found.append(m)
            free = m.end()
    return found


def _digit_runs(text: str) -> _Runs:
    """Where the runs of digits that may start a date begin (one, two or four digits), and where
    those that are years (19xx, 20xx) begin."""
    dates: list[int] = []
    years: list[int] = []
    for run in DIGIT_RUN.finditer(text):
        start, end = run.span()
        if end - start <= 2:
            dates.append(start)
        elif end - start == 4 and text.startswith(("19", "20"), start):
            dates.append(start)
            years.append(start)
    return dates, years


def _date_at(text: str, pos: int, end: int) -> _Found | None:
    """A whole date starting at text[pos], read no further than end (a day and month alone are no date:
    the text does not say the year)."""
    m = FOLDED_DATE.match(fold_text(text), pos, end)
    value = _parse_match(m) if m else None
    return _Found(value, m.start(), m.end()) if m and value else None


def _short_name(line: str, start: int) -> Iterator[re.Match[str]]:
    """The body's short name opening the line before a label that goes on in lower case and is more than "date"
    ("NIFRS response issued ..."; "Request date:" is a label of its own): the match, if there is one."""
    named = NAME_BEFORE_LABEL.match(line, start)
    if named and line[named.end() : named.end() + 4] not in ("date", "") and line[named.end()].islower():
        yield named


def _label_end(label: _Label, line: str) -> int | None:
    """Where a label opening the line (after any bullet; "Dyddiad / Date:" too) ends, else None; or one opening a
    cell ("Ref 12 | Date received | 3 May 2024"), or ending in a colon after an earlier "Label: value"."""
    lead = _BULLET.match(line)
    start = lead.end() if lead else 0
    m = label.pattern.match(line, start)
    if m is None and "/" in line[start : start + _BILINGUAL_REACH]:
        other = BILINGUAL_LABEL.match(line, start)
        m = label.pattern.match(line, other.end()) if other else None
    if m is not None:
        return m.end()
    # "Asked 3 May 2025. Response sent 2 June 2025.": a label with its date after it (none in a line without a digit);
    # so "NIFRS response issued 30 June 2025", after the body's short name, and "Ref 14 Received 4/8/2025 Responded
    # 29/8/2025", after the figure ending the field before it, and "Disclosure log - response published 3/12/2025"
    dated = DIGIT_RUN.search(line, start) is not None
    openings = (
        chain(
            SENTENCE_OPENING.finditer(line, start),
            _short_name(line, start),
            NEXT_FIELD.finditer(line, start),
            AFTER_HEADING_DASH.finditer(line, start),
        )
        if dated
        else ()
    )
    for opening in openings:
        m = label.pattern.match(line, opening.end())
        skip = _AFTER_LABEL.match(line, m.end()) if m else None
        if m and skip and _date_at(line, skip.end(), len(line)):
            return m.end()
    if "|" not in line and "\t" not in line:  # only a label after a space, with a colon before it, can count
        colon = line.find(":")
        if colon == -1 or line.find(":", colon + 1) == -1:  # the label after it ends in a colon of its own
            return None
        start = max(start, colon + 1)
    for cell in label.cells.finditer(line, start):
        m = label.pattern.match(line, cell.end())
        assert m is not None
        # after a space: a label with a colon, after an earlier "Label: value" ("Request Date:" is one label)
        if cell.group().strip(" ") or (COLON_AFTER.match(line, m.end()) and ":" in line[: cell.start()]):
            return m.end()
    return None


def _labelled(lines: Lines, label: _Label, text: str) -> Iterator[_Found]:
    """Dates given by a label: on the label's line, or alone on one of the next lines."""
    for i in lines.holding(label.words, fold_text(text)):
        line = lines.at(i)
        cut = _label_end(label, line.text)
        if cut is None:
            heading = label.heading.match(line.text.strip(" \t:")) if label.heading else None
            found = _date_on_next_line(lines, i, text) if heading else None
        else:
            line_end = line.start + len(line.text)
            skip = _AFTER_LABEL.match(text, line.start + cut, line_end)  # ": ", " dated ", " on the "
            found = _date_at(text, skip.end() if skip else line.start + cut, line_end)
            if found is None and line.text[cut:].strip(" :|-\t") == "":
                found = _date_on_next_line(lines, i, text)
        if found is not None:
            yield found


def _date_on_next_line(lines: Lines, i: int, text: str) -> _Found | None:
    """The date that stands alone on the first non-blank line after line i."""
    line = next((line for line in lines.between(i + 1, i + 1 + _LABEL_LOOKAHEAD) if line.text.strip()), None)
    return _alone_on_line(line, text) if line else None


def _alone_on_line(line: Line, text: str) -> _Found | None:
    """The date when it is all a line holds (bullets and trailing punctuation aside; "10 Hydref 2025 / 10 October
    2025" reads the English one)."""
    lead = _BULLET.match(line.text)
    start, end = line.start + (lead.end() if lead else 0), line.start + len(line.text)
    found = _date_at(text, start, end)
    again = BILINGUAL_JOIN.match(text, found.end, end) if found else None
    second = _date_at(text, again.end(), end) if again else None
    if found and second and second.value == found.value:
        found = second
    rest = text[found.end : end] if found else ""
    # "November 28, 2025 | Finance" : a date in the first cell of a disclosure log's line counts as alone
    return None if rest.strip(" .,|") and not rest.lstrip(" ").startswith("|") else found


def _lone_top_date(lines: Lines, text: str) -> _Found | None:
    """A dated letter: a date alone on a line near the top, not under some other label."""
    previous = ""
    for line in lines.between(0, _TOP_LINES):
        if not line.text.strip():
            continue
        found = _alone_on_line(line, text)
        if found is not None and not _is_label(previous):
            return found
        previous = line.text.strip()
    return None


class _Message(NamedTuple):
    """One message of a thread page: whether the asker sent it, its date, and whether it is a body's holding note
    (an acknowledgement, a delay, a question back) rather than its reply."""

    asked: bool
    found: _Found
    holding: bool = False
    end: int = 0  # where the message ends: the next one's heading, or the text's end (0: not known)


# the body's name for a sender heading a body's message (BODY_MESSAGE); no "From:" sender folds to it
_BODY = "\x00body"
# the words a body's message may hold and still be a holding note; a reply with its letter shown inline holds more
_HOLDING_WORDS = 200
# where a message's own words end on a thread page: the site's link under it, or the quoted request it hides
_MESSAGE_END = re.compile(r"(?m)^[ \t]*(?:link to this|show quoted sections)[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=2)  # read once a reply for both its reply date and its request date
def _thread_messages(text: str) -> tuple[_Message, ...]:
    """A thread page's messages in order, each a sender over a date alone on a line; senders "From: <sender>" (the
    first is the asker; two at least) and bodies named over their hidden address (BODY_MESSAGE), else
    `_named_thread_messages`."""
    lines = lines_of(text)
    sent: list[tuple[str, _Found, int]] = []
    for m in fields.MESSAGE_SENDER.compiled.finditer(text) if "rom:" in text or "ROM:" in text else ():
        found = _alone_on_line(lines.at(lines.index_of(m.end())), text) if m.end() < len(text) else None
        if found is not None:
            sent.append((m.group(1), found, m.end()))
    for m in fields.BODY_MESSAGE.compiled.finditer(text) if "email]" in text else ():
        if (found := _alone_on_line(lines.at(lines.index_of(m.end())), text)) is not None:
            sent.append((_BODY, found, m.end()))
    sent.sort(key=lambda message: message[2])
    askers = [sender for sender, _, _ in sent if sender != _BODY]
    if len({sender for sender, _, _ in sent}) > 1 and askers:
        ends = [start for _, _, start in sent[1:]] + [len(text)]
        return tuple(
            _Message(sender == askers[0], found, sender == _BODY and _is_holding(text, found.end, end), end)
            for (sender, found, _), end in zip(sent, ends, strict=True)
        )
    return tuple(_Message(asked, found) for asked, found in _named_thread_messages(lines, text))


def _is_holding(text: str, start: int, end: int) -> bool:
    """Whether a body's message in text[start:end] is a holding note: short, and saying the reply is still to come
    or asking the requester to clarify (HOLDING_MESSAGE)."""
    cut = _MESSAGE_END.search(text, start, end)
    own = text[start : cut.start() if cut else end]
    return len(own.split()) <= _HOLDING_WORDS and fields.HOLDING_MESSAGE.compiled.search(own) is not None


# a sender's name; alone on the line it heads a message, over its date
_SENDER_NAME = r"[^\W\d][^\d\n:]{0,59}"
_SENDER_LINE = re.compile(_SENDER_NAME)
_FROM_LABEL = re.compile(r"^from:[ \t]*", re.IGNORECASE)
# a sender's name with its message's date in the next column of the line: "A Person " in "A Person 3 May 2025"; a
# longer name (a team before its body's name) only when a capitalised word ends it, as a name and not prose does
_SENDER_COLUMN = re.compile(rf"[ \t]*({_SENDER_NAME}?|[^\W\d][^\d\n:]{{0,99}}?[ \t][A-Z][^\s\d:]*)[ \t]+(?=\d)")


def _named_thread_messages(lines: Lines, text: str) -> list[tuple[bool, _Found]]:
    """The messages of a thread page naming who asked ("A Person made this ... request", "Request sent to X by A
    Person on"), each its sender's name over a date alone on a line: (whether that name is the asker's, its date)."""
    m = fields.THREAD_REQUESTER.compiled.search(text) if "made this" in text or "sent to" in text else None
    if m is None:
        return []
    messages, sender, asker = [], "", fold(m.group(2))  # group 1: "Request sent to X by "
    for line in lines.between(lines.index_of(m.end()), len(lines.texts)):
        found = _alone_on_line(line, text) if line.text.strip() else None
        if found is not None and sender:
            messages.append((sender == asker, found))
        elif found is None and (column := _dated_sender(line, text)):
            messages.append((column[0] == asker, column[1]))
        if name := _FROM_LABEL.sub("", line.text.strip()):  # "From: A Person" heads the message as "A Person" does
            sender = fold(name) if _SENDER_LINE.fullmatch(name) else ""
    return messages


def _dated_sender(line: Line, text: str) -> tuple[str, _Found] | None:
    """A message's heading with the sender's name and its date in one line (folded name, date), the date ending it."""
    digit = DIGIT_RUN.search(line.text)  # the name holds no digit: a column's date opens at the first, after a space
    m = _SENDER_COLUMN.match(line.text) if digit and line.text[digit.start() - 1] in " \t" else None
    end = line.start + len(line.text)
    found = _date_at(text, line.start + m.end(), end) if m else None
    return (fold(m.group(1).rstrip(",")), found) if m and found and not text[found.end : end].strip(" .") else None


def _thread_reply_date(lines: Lines, text: str) -> _Found | None:  # lines: the other reply-date fallbacks' shape
    """A thread page's first message from a sender other than the one who asked: the body's reply."""
    return next((m.found for m in _thread_messages(text) if not m.asked), None)


def _addressed_thread(text: str) -> list[_Message] | None:
    """The body's messages on a thread page heading them by the body's hidden address (BODY_MESSAGE), or None for
    any other text."""
    thread = _thread_messages(text) if fields.BODY_MESSAGE.needles[0] in text else ()
    bodies = [m for m in thread if not m.asked]
    return bodies if bodies and fields.BODY_MESSAGE.compiled.search(text) else None


def _addressed_replies(text: str) -> list[_Message]:
    """The body's messages on a thread page of addressed messages that are no holding note: its replies, a review's
    after the first; none for any other text."""
    return [m for m in _addressed_thread(text) or () if not m.holding]


def _addressed_reply(text: str) -> _Found | None:
    """The reply on a thread page of addressed messages: the body's last message that is no holding note (a review's
    reply comes after the first reply); none where the body only acknowledged, delayed or asked to clarify."""
    replies = _addressed_replies(text)
    if not replies:
        return None
    reply = replies[-1]
    return _letter_date(text, reply.found, reply.end) or reply.found


def thread_replies(text: str) -> list[tuple[int, int]]:
    """Where each reply on a thread page of addressed messages lies (`_addressed_replies`), from under its date to
    its last "Link to this" (the site's page after the last message is no part of it): an internal review's reply
    follows the first reply. None for any other text."""
    spans = []
    for message in _addressed_replies(text):
        cuts = list(_MESSAGE_END.finditer(text, message.found.end, message.end or len(text)))
        spans.append((message.found.end, cuts[-1].start() if cuts else message.end or len(text)))
    return spans


def outside_thread_replies(text: str) -> list[tuple[int, int]]:
    """The parts of a thread page of addressed messages outside its replies (`thread_replies`): the request, the
    body's holding notes, the site's page around them (its list of similar requests); the whole page where the
    body only acknowledged or asked to clarify; in a mail thread saved oldest first, all but its reply
    (`_oldest_first_reply`: the request, holding notes, a reply it superseded, a thank-you). None of any other text."""
    if _addressed_thread(text) is None:
        mail = _mail_reply(text)
        return [(start, end) for start, end in ((0, mail.start), (mail.end, len(text))) if start < end] if mail else []
    cuts = [0, *(at for span in thread_replies(text) for at in span), len(text)]
    return [(start, end) for start, end in zip(cuts[::2], cuts[1::2], strict=True) if start < end]


# a letter's "Date:" field shown inside a thread's message, in a column of its letterhead ("SKIPTON Date: 5 March
# 2019", the columns' gap closed up) or on a line of its own, its date ending the line
_LETTER_DATE_FIELD = re.compile(r"(?m)(?:^|(?<=\S) |[ \t]{2,})(?:Date|DATE):[ \t]*(?=\d)")
_LETTER_BEFORE_MAIL_DAYS = 14  # a letter is dated at most this many days before the message that sends it


def _letter_date(text: str, sent: _Found, end: int) -> _Found | None:
    """The date of the letter a thread's message sends (text[sent.end:end]): its "Date:" field, on or up to
    _LETTER_BEFORE_MAIL_DAYS days before the message (the gold takes the letter's date over the e-mail's)."""
    for m in _LETTER_DATE_FIELD.finditer(text, sent.end, end or len(text)):
        line_end = text.find("\n", m.end())
        found = _date_at(text, m.end(), len(text) if line_end == -1 else line_end)
        qualified = DATE_QUALIFIER.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if found is None or qualified or text[found.end : line_end if line_end != -1 else len(text)].strip():
            continue
        if 0 <= (sent.value - found.value).days <= _LETTER_BEFORE_MAIL_DAYS:
            return found
    return None


def _top_column_date(lines: Lines, text: str) -> _Found | None:
    """A letterhead's date column run into its first near the top: the date ending a line after "Date:", a reference,
    how the letter went ("By email 6 February 2025") or, above the salutation, a name."""
    top = lines.between(0, _TOP_LINES)
    # the lines above the salutation ("Dear ..."; none without one), where a name's column may hold the date
    letterhead = next((i for i, line in enumerate(top) if fields.SALUTATION.compiled.match(line.text)), 0)
    for i, line in enumerate(top):
        label = DIGIT_RUN.search(line.text) and (  # no date in a line without a digit
            ("Date" in line.text or "DATE" in line.text)
            and TOP_COLUMN_DATE.search(line.text)
            or TOP_REFERENCE_VALUE.match(line.text)
            or TOP_DELIVERY_VALUE.match(line.text)
            or (TOP_SENDER_VALUE.match(line.text) or TOP_CODE_VALUE.match(line.text) if i < letterhead else None)
        )
        qualified = label is not None and DATE_QUALIFIER.search(line.text[: label.end()].rstrip())
        if label is not None and not qualified and not DATE_QUALIFIER.search(line.text, 0, label.start()):
            found = _date_at(text, line.start + label.end(), line.start + len(line.text))
            if found is not None and SENT_AT.fullmatch(text, found.end, line.start + len(line.text)):
                return found
    return None


def _date_beside_reference(lines: Lines, text: str) -> _Found | None:
    """A letterhead's date opening a line near the top, the letter's reference in the next column ("20 May 2025
    Our Ref: AB/12")."""
    for line in lines.between(0, _TOP_LINES):
        if not line.text[:1].isdigit() and not line.text[1:2].isdigit():
            continue
        end = line.start + len(line.text)
        found = _date_at(text, line.start + len(line.text) - len(line.text.lstrip()), end)
        if found is not None and REFERENCE_AFTER_DATE.match(text, found.end, end):
            return found
    return None


def _written_on(lines: Lines, text: str) -> _Found | None:
    """A letter that says in its own words when it was written: "I write on 4 March 2025 in reply to ..."."""
    matches = WRITTEN_ON.finditer(text) if any(word in text for word in fields.WRITTEN_ON.needles) else ()
    return next((f for m in matches if (f := _date_at(text, m.end(), m.end() + _DATE_MAX_LENGTH))), None)


def _responded_after_received(text: str, end: int) -> _Found | None:
    """The reply's date in a log's line giving both ("received this request on 4/2/2025 and responded on
    28/2/2025"), before `end`."""
    if "received" not in text and "RECEIVED" not in text:
        return None
    m = fields.RESPONDED_AFTER_RECEIVED.compiled.search(fold_text(text), 0, end)
    return _date_at(text, m.end(), m.end() + _DATE_MAX_LENGTH) if m else None


def _signed_date(lines: Lines, text: str, after: int = 0) -> _Found | None:
    """A letter dated under its signature: a date alone on a line just below the last valediction (one that
    ends after `after`)."""
    ends = [m.end() - 1 for m in VALEDICTION.compiled.finditer("\n" + text, after)]
    first = lines.index_of(ends[-1]) if ends else len(text)
    signed = [line for line in lines.between(first, first + 2 * SIGNED_LINES) if line.text.strip()]
    return next((f for line in signed[:SIGNED_LINES] if (f := _alone_on_line(line, text))), None)


def _is_label(line: str) -> bool:
    """True when a line reads as a field label: "Last updated:", "Request Date", "Date"."""
    ends = (_label_end(REQUEST, line), _label_end(RESPONSE, line))
    # "Your request of: 1 October 2025" holds its own value: no label over the next line
    valueless = any(end is not None and not any(map(str.isdigit, line[end:])) for end in ends)
    return (line.endswith(":") and not _is_reference_label(line)) or valueless or line.lower() == "date"


# a line that is a reference's label alone, its value left blank: "Your reference:", "Our ref:"
_REFERENCE_LABEL_ALONE = re.compile(rf"(?:{fields.YOUR_REFERENCE.pattern}|{fields.REFERENCE_LABEL.pattern})[\s:.#-]*")


def _is_reference_label(line: str) -> bool:
    """Whether the line is a reference's label alone ("Your reference:"): a letter's date under it is no value of
    its (a reference label takes a code, never a date)."""
    return _REFERENCE_LABEL_ALONE.fullmatch(fold(line)) is not None


def _meta_date(meta: Mapping[str, str]) -> date | None:
    """The email's own Date header, from meta["date_iso"] or meta["date"]."""
    iso = meta.get("date_iso", "")
    if _ISO_META.match(iso):
        try:
            return date.fromisoformat(iso[:10])
        except ValueError:
            pass
    raw = meta.get("date", "")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return parse_date(raw)


def quoted_history_start(text: str) -> int | None:
    """Where the older mail quoted below an e-mail reply starts ("-----Original Message-----", or the first
    "From:"/"Sent:" header under a whole reply), or None (none, no reply words above it, or "Subject: FW:")."""
    m = ORIGINAL_MESSAGE.search(text) if "riginal" in text or "RIGINAL" in text else None
    if m is not None:
        start: int | None = m.start() if _own_words(text, m.start()) >= MIN_OWN_WORDS else None
    elif "Sent:" in text or "SENT:" in text:  # the first quote header under a whole reply, not the reply's own header
        found = list(QUOTED_HEADER.finditer(text))
        # a thread saved oldest first has no older mail below its messages: the reply comes after the request
        below = (h.start() for h in found if _own_words(text, h.start()) >= MIN_REPLY_WORDS)
        start = None if _oldest_first(text, found) else next(below, None)
    else:
        start = None
    return None if start is None or FORWARDED_SUBJECT.search(text, 0, start) else start


def _oldest_first(text: str, headers: list[re.Match[str]]) -> bool:
    """Whether a thread's "From:"/"Sent:" headers run oldest first, as a thread exported in date order is laid out: no
    reply stands above the first, their dates never fall and the last is later than the first ("Sent: 3 March 2025"
    ... "Sent: 29 April 2025")."""
    dates = []
    for header in headers:
        line_end = text.find("\n", header.end())
        found = parse_date(text[header.end() : len(text) if line_end < 0 else line_end])
        if found is None:
            return False
        dates.append(found)
    if not headers or _own_words(text, headers[0].start()) >= MIN_REPLY_WORDS:  # a reply above: newest first
        return False
    return _run_oldest_first(dates)


def _run_oldest_first(dates: list[date]) -> bool:
    """Whether a thread's message dates, top to bottom, run oldest first: two or more, never falling, the last later
    than the first."""
    return len(dates) >= 2 and dates[-1] > dates[0] and all(a <= b for a, b in pairwise(dates))


class _Mail(NamedTuple):
    """One message of a mail thread saved as text: its sender's address (or name), its "Sent:" date, its extent."""

    sender: str
    sent: _Found
    start: int
    end: int


# the sender of a "From:" line, its address where it gives one: "foi@wibble.gov.uk" in "From: FOI <foi@wibble.gov.uk>"
_FROM_SENDER = re.compile(r"from:[ \t]*(?:[^<\n]*<([^>\n]+)>|([^\n]*))", re.IGNORECASE)


# a mail client's printed header line: the sender with its address, then the date ("Jo Bloggs <jo@example.net>   Mon, 6
# Jan 2025 at 19:32"), over the "To:" line
PRINTED_HEADER = re.compile(
    r"^[ \t]*[^<>:\n]{1,80}<(?P<address>[^<>\s]+@[^<>\s]+)>[ \t]+(?P<date>[^\n]*\d{4}[^\n]*)\n[ \t]*to:",
    re.MULTILINE | re.IGNORECASE,
)


@lru_cache(maxsize=2)  # read once a reply for its reply date, its request date and its amounts
def _oldest_first_mails(text: str) -> tuple[_Mail, ...]:
    """The messages of a mail thread saved oldest first, each from its header to the next: Outlook's "From:" over
    "Sent:" (`_oldest_first`), or a printed header line (PRINTED_HEADER); none in any other text or where their
    dates do not run oldest first."""
    heads = [*_outlook_heads(text), *_printed_heads(text)] if "@" in text or "Sent:" in text else []
    heads.sort(key=lambda head: head[0])
    if not _run_oldest_first([sent.value for _, _, sent in heads]):
        return ()
    if _own_words(text, heads[0][0]) >= MIN_REPLY_WORDS:  # a reply of its own above the first header: newest first
        return ()
    return _mails_at(heads, len(text))


def _mails_at(heads: list[tuple[int, str, _Found]], length: int) -> tuple[_Mail, ...]:
    """The messages of a thread of `length` characters whose (start, sender, date) headers are `heads`, in text
    order: each from its header to the next."""
    ends = [start for start, _, _ in heads[1:]] + [length]
    return tuple(_Mail(sender, sent, start, end) for (start, sender, sent), end in zip(heads, ends, strict=True))


def _outlook_heads(text: str) -> list[tuple[int, str, _Found]]:
    """(start, sender, date) of each Outlook "From:"/"Sent:" header; none unless every one is read."""
    headers = list(QUOTED_HEADER.finditer(text)) if "Sent:" in text or "SENT:" in text else []
    sent_dates = list(_labelled(lines_of(text), SENT, text)) if headers else []
    heads = []
    for header in headers:
        named = _FROM_SENDER.search(text, header.start(), header.end())
        line_end = text.find("\n", header.end())
        sent_end = len(text) if line_end < 0 else line_end  # the "Sent:" line's own date, not a later header's
        sent = next((f for f in sent_dates if header.start() < f.start < sent_end), None)
        if named is None or sent is None:
            return []
        heads.append((header.start(), (named.group(1) or named.group(2)).strip().lower(), sent))
    return heads


def _printed_heads(text: str) -> list[tuple[int, str, _Found]]:
    """(start, sender's address, date) of each printed header line (PRINTED_HEADER); none unless every one is read."""
    heads = []
    folded = fold_text(text) if "@" in text else ""
    for header in PRINTED_HEADER.finditer(text) if folded else ():
        m = FOLDED_DATE.search(folded, header.start("date"), header.end("date"))
        value = _parse_match(m) if m else None
        if m is None or value is None:
            return []
        heads.append((header.start(), header.group("address").lower(), _Found(value, m.start(), m.end())))
    return heads


# the line opening a mail quoted under a newer one: "On 9 Apr 2025, at 15:31, A Person <a@example.net> wrote:",
# perhaps after quote marks ("> On ...")
_WROTE_LINE = re.compile(r"^[> \t]*On\s+(?P<rest>[^\n]{8,250}?)\s+wrote:[ \t]*$", re.MULTILINE)
# the time between a quoted mail's date and its sender: ", at 15:31," in "On 9 Apr 2025, at 15:31, A Person wrote:"
_WROTE_TIME = re.compile(
    r",?[ \t]*(?:at[ \t]+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?)?[ \t]*,?[ \t]*", re.IGNORECASE
)
# a mail's header block on top of a text, its "From:" and its "Date:" or "Sent:" ("Date: 10 April 2025 at 08:55")
_TOP_FROM = re.compile(r"^[ \t]*from:[ \t]*(?:[^<\n]*<([^>\n]+@[^>\n]+)>|([^\n]+))$", re.IGNORECASE | re.MULTILINE)
_TOP_DATE = re.compile(r"^[ \t]*(?:date|sent):[ \t]*([^\n]+)$", re.IGNORECASE | re.MULTILINE)


def _sender_key(sender: str) -> str:
    """A sender as compared across a thread: its address where it gives one, else its name ("a@example.net" for
    "A Person <a@example.net>")."""
    address = re.search(r"<([^<>\s]+@[^<>\s]+)>", sender)
    return (address[1] if address else sender.strip(" \t\"'")).lower()


@lru_cache(maxsize=2)  # read once a reply for its reply date, its request date and its amounts
def _quoted_thread_mails(text: str) -> tuple[_Mail, ...]:
    """The messages of a mail thread saved newest first whose older mail is quoted under "On <date>, <sender>
    wrote:" lines, oldest first: each quoted mail from its line to the next, and the top message from its "From:"
    header block; none unless the top has a sender and a date, every quoted line is read, and the dates never rise
    going down."""
    wrote = list(_WROTE_LINE.finditer(text)) if "wrote:" in text else []
    top = _top_mail(text, wrote[0].start()) if wrote else None
    if top is None:
        return ()
    folded = fold_text(text)
    mails = [top]
    for line, end in zip(wrote, [*(m.start() for m in wrote[1:]), len(text)], strict=True):
        m = FOLDED_DATE.match(folded, line.start("rest"), line.end("rest"))
        value = _parse_match(m) if m else None
        time = _WROTE_TIME.match(text, m.end()) if m else None  # (it matches wherever tried)
        sender = text[time.end() : line.end("rest")] if time else ""
        if m is None or value is None or not sender.strip() or value > mails[-1].sent.value:
            return ()
        mails.append(_Mail(_sender_key(sender), _Found(value, m.start(), m.end()), line.start(), end))
    return tuple(reversed(mails))


def _top_mail(text: str, end: int) -> _Mail | None:
    """The message on top of a thread, up to `end`: its header block's sender and date, where the block opens the
    text (no words of a message above it)."""
    sender = _TOP_FROM.search(text, 0, end)
    when = _TOP_DATE.search(text, 0, end)
    if sender is None or when is None or _own_words(text, min(sender.start(), when.start())) > 0:
        return None
    m = FOLDED_DATE.search(fold_text(text), when.start(1), when.end(1))
    value = _parse_match(m) if m else None
    if m is None or value is None:
        return None
    return _Mail(_sender_key(sender[1] or sender[2]), _Found(value, m.start(), m.end()), 0, end)


def _thread_mails(text: str) -> tuple[_Mail, ...]:
    """The messages of a mail thread saved as text, oldest first: one saved oldest first (`_oldest_first_mails`), or
    one saved newest first whose top message is the asker's own (a thank-you, a review request) over the quoted
    replies (`_quoted_thread_mails`); none in any other text (a reply on top is read as a reply)."""
    mails = _oldest_first_mails(text)
    if mails:
        return mails
    quoted = _quoted_thread_mails(text)
    return quoted if quoted and quoted[-1].sender == quoted[0].sender else ()


def _oldest_first_reply(text: str) -> _Mail | None:
    """The reply of a mail thread (`_thread_mails`): the last message from a sender other than the first message's
    (the asker) that is no holding note (an acknowledgement, a delay); none in any other text."""
    mails = _thread_mails(text)
    replies = [m for m in mails if m.sender != mails[0].sender and not _is_holding(text, m.sent.end, m.end)]
    return replies[-1] if replies else None


@lru_cache(maxsize=2)  # read once a reply for its answers, its amounts and its sections and outcome
def _newest_first_mails(text: str) -> tuple[_Mail, ...]:
    """The messages of a mail thread saved newest first with Outlook's "From:"/"Sent:" headers, the top one's
    opening the text: each from its header to the next, newest first; none where their dates ever rise going down."""
    heads = _outlook_heads(text)
    if not _run_oldest_first([sent.value for _, _, sent in reversed(heads)]) or _own_words(text, heads[0][0]) > 0:
        return ()
    return _mails_at(heads, len(text))


def _superseding_mail(text: str) -> _Mail | None:
    """The top message of a thread saved newest first (`_newest_first_mails`) where it is a reply of the body's (from
    a sender other than the asker's, who sent the oldest message; no holding note) over an earlier reply of its own
    (a review's outcome over the first response): the reply that stands; none in any other text."""
    mails = _newest_first_mails(text)
    if not mails:
        return None
    asker, top = mails[-1].sender, mails[0]
    if top.sender == asker or _is_holding(text, top.sent.end, top.end):
        return None
    earlier = (m for m in mails[1:] if m.sender != asker and not _is_holding(text, m.sent.end, m.end))
    return top if next(earlier, None) else None


def superseding_reply(text: str) -> tuple[int, int] | None:
    """Where the reply on top of a thread saved newest first lies when it supersedes an earlier reply below it
    (`_superseding_mail`), or None for any other text."""
    return _extent(_superseding_mail(text))


def _mail_reply(text: str) -> _Mail | None:
    """The reply a mail thread saved as text is read by: its last (`_oldest_first_reply`), or the one on top that
    supersedes an earlier one (`_superseding_mail`); none in any other text."""
    return _oldest_first_reply(text) or _superseding_mail(text)


def mail_thread_reply(text: str) -> tuple[int, int] | None:
    """Where the reply of a mail thread saved as text lies (`_mail_reply`), or None for any other text."""
    return _extent(_mail_reply(text))


def _extent(mail: _Mail | None) -> tuple[int, int] | None:
    """Where a message lies in its thread's text, (start, end); None for None."""
    return None if mail is None else (mail.start, mail.end)


def _own_words(text: str, end: int) -> int:
    """How many words the text holds before `end` on lines that are not mail headers."""
    return sum(len(line.split()) for line in text[:end].splitlines() if not HEADER_LINE.match(line))


def _response(text: str, lines: Lines, meta: Mapping[str, str], history: int | None) -> DateFinding | None:
    """The date the reply was sent or published, by the strongest signal that is present; never a date
    in the older mail quoted below the reply, from `history` on (its "Sent:" is the request's)."""
    header = _meta_date(meta)
    if header is not None:
        return DateFinding("response", header, Span(0, 0, ""))
    if _addressed_thread(text) is not None:
        reply = _addressed_reply(text)
        return _finding("response", text, reply) if reply else None
    mail = _oldest_first_reply(text)
    if mail is not None:  # a thread saved oldest first: its reply's own date, not the request's above it
        return _finding("response", text, _letter_date(text, mail.sent, mail.end) or mail.sent)
    own_end = len(text) if history is None else history
    response = (f for f in _labelled(lines, RESPONSE, text) if f.start < own_end)
    written = _written_on(lines, text)  # the letter's own word on when it was sent outranks a log's "Published"
    fallbacks = (_thread_reply_date, _lone_top_date, _top_column_date, _date_beside_reference, _signed_date)
    found = next(response, None) or (written if written and written.start < own_end else None)
    if found is None:  # the log's labels and the fallbacks, read only when the letter does not date itself
        published = next((f for f in _labelled(lines, PUBLISHED, text) if f.start < own_end), None)
        found = (
            published
            or next((f for f in _labelled(lines, SENT, text) if f.start < own_end), None)
            or next(filter(None, (find(lines, text) for find in fallbacks)), None)
        )
        if found is None or found is published:  # a log's line saying when it answered outranks when it published
            found = _responded_after_received(text, own_end) or found
    return _finding("response", text, found) if found and found.start < own_end else None


def _request_candidates(text: str, lines: Lines) -> Iterator[_Found]:
    """Request dates by label, and after phrases such as "your request of 11 January 2024"."""
    yield from _labelled(lines, REQUEST, text)
    yield from _phrase_dates(text, lambda folded, pos: _date_at(text, pos, pos + _DATE_MAX_LENGTH))


def _yearless_requests(text: str, response: date) -> Iterator[_Found]:
    """Request dates after phrases written as a day and month alone ("your FOI of 7th April"), each in the year that
    puts it on or before the response and within _YEARLESS_REACH_DAYS of it."""
    yield from _phrase_dates(text, lambda folded, pos: _yearless_date(folded, pos, response), on_dates=False)


def _phrase_dates(
    text: str, read: Callable[[str, int], _Found | None], on_dates: bool = True, review: bool = False
) -> Iterator[_Found]:
    """The dates `read(folded, pos)` finds just after each request phrase (and "On <date> you asked"), but for one
    asking for a review of the reply ("your email of 3 May 2024 asking for a review"); with `review`, only those."""
    folded = fold_text(text)
    for m in chain(_request_phrases(folded), _on_dates(text) if on_dates and "On " in text else ()):
        found = read(folded, m.end())
        if found is None or (m.re is ON_DATE and not ON_DATE_AFTER.match(text, found.end)):
            continue  # "On 3 May 2024" is the request's only before "you asked", "we received your request"...
        if _asks_for_review(folded, m.start(), found) == review:
            yield found


def _asks_for_review(folded: str, phrase_start: int, found: _Found) -> bool:
    """Whether the date after a request phrase is the one a review was asked on: "asking for a review" just after
    it, "your request for a review" just before."""
    before = max(0, phrase_start - _REVIEW_LOOKBACK)
    return bool(REVIEW_ASKED.match(folded, found.end) or REVIEW_ASKED.search(folded, before, found.start))


def _review_requests(text: str) -> Iterator[_Found]:
    """Dates a review of the reply was asked on, written with their year ("your email of 31 July 2025 asking us to
    review our response"): a review's request date where the original request's is not given."""
    yield from _phrase_dates(text, lambda folded, pos: _date_at(text, pos, pos + _DATE_MAX_LENGTH), review=True)


def _day_in_words(written: str) -> int:
    """A day written as an ordinal word: "tenth" -> 10, "Twenty-first" -> 21."""
    return _DAY_ORDINALS[re.sub(r"[- ]+", " ", written.lower())]


def _yearless_date(folded: str, pos: int, response: date) -> _Found | None:
    """A day and month alone at folded[pos], in the year that puts it on or before `response` and within
    _YEARLESS_REACH_DAYS of it, else None."""
    m = DAY_MONTH.match(folded, pos, pos + _DATE_MAX_LENGTH)
    if m is None:
        return None
    for year in (response.year, response.year - 1):
        try:
            value = date(year, _month(m["m"]), int(m["d"]) if m["d"] else _day_in_words(m["dw"]))
        except ValueError:
            continue  # 29 February in a year without it
        if value <= response:
            near = (response - value).days <= _YEARLESS_REACH_DAYS
            return _Found(value, m.start("on"), m.end("on")) if near else None
    return None


def _on_dates(text: str) -> Iterator[re.Match[str]]:
    """ON_DATE.finditer(text), tried only in the spaces just before each "On" (re's own scan tries every place)."""
    free = 0
    for on in places(text, ("On",)):
        if on < free:
            continue
        first = on
        while first > free and text[first - 1] in " \t>":  # "> On ... wrote:": a quoted mail's opening line
            first -= 1
        m = next(filter(None, (ON_DATE.match(text, start) for start in range(first, on + 1))), None)
        if m is not None:
            yield m
            free = m.end()


def _request_phrases(folded: str) -> list[re.Match[str]]:
    """The REQUEST_PHRASES in folded text, in order, as one alternation's finditer would find them: each scanned on
    its own (re jumps to its word), only where its word is in the text, the leftmost of overlapping matches kept."""
    matches = sorted(
        (m for phrase in REQUEST_PHRASES if phrase.word in folded for m in _phrase_matches(phrase, folded)),
        key=re.Match.start,
    )
    kept: list[re.Match[str]] = []
    for m in matches:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _phrase_matches(phrase: _Phrase, folded: str) -> Iterator[re.Match[str]]:
    """The phrase's matches at each place of its word past the last match: the date named at once, else one named
    later, tried only where the sentence from there holds one of LATER_WORDS."""
    if phrase.later is None:
        yield from phrase.pattern.finditer(folded)
        return
    at = folded.find(phrase.word)
    while at != -1:
        m = phrase.pattern.match(folded, at)
        stop = SENTENCE_STOP.search(folded, at) if m is None else None
        end = stop.start() if stop else len(folded)
        if m is None and any(folded.find(word, at, end) != -1 for word in LATER_WORDS):
            m = phrase.later.match(folded, at)
        if m is not None:
            yield m
        at = folded.find(phrase.word, m.end() if m else at + 1)


def _request(text: str, lines: Lines, response: date | None, history: int | None) -> DateFinding | None:
    """The first request date written with its year, else the asker's earliest message on a thread page, else the
    oldest "Sent:" of the mail quoted from `history` on or a date under its sign-off; none after the response."""
    candidates = list(_request_candidates(text, lines))
    found = min(candidates, key=lambda f: f.start, default=None)
    mail = _oldest_first_reply(text)
    if mail is not None:  # a thread saved oldest first: the request its reply names (a narrowed one), else the first
        mails = _thread_mails(text)
        # the line heading a reply of the body's ("On 2 Jun 2025, Records wrote:") dates that reply, not the request
        heads = [(m.start, m.sent.end) for m in mails if m.sender != mails[0].sender]
        candidates = [f for f in candidates if not any(a <= f.start < b for a, b in heads)]
        named = (f for f in candidates if mail.start <= f.start < mail.end)
        first = min(candidates, key=lambda f: f.start, default=None)
        found = min(named, key=lambda f: f.start, default=None) or first or mails[0].sent
    # a thread page's earliest message from the one who asked, dated before the body's first reply (one dated on
    # or after it is a thank-you or a follow-up; an acknowledgement is no reply); the page may list its messages
    # newest first
    thread = _thread_messages(text)
    replied = min((m.found.value for m in thread if not m.asked and not m.holding), default=None)
    asked_first = (m.found for m in thread if m.asked and (replied is None or m.found.value < replied))
    found = found or min(asked_first, key=lambda f: f.value, default=None)
    if found is None and history is not None:
        sent = [f for f in _labelled(lines, SENT, text) if f.start > history]
        found = min(sent, key=lambda f: f.value, default=None) or _signed_date(lines, _unquoted(text, history), history)
    found = found or next(_review_requests(text), None)
    if found is None and response is not None:  # last, as the least sure: "your email of 7 April"
        found = next(_yearless_requests(text, response), None) or _received_today(text, response, history)
    return _finding("request", text, found) if found and (response is None or found.value <= response) else None


def _received_today(text: str, response: date, history: int | None) -> _Found | None:
    """A request the reply says came in "today" ("your request, which we received today"), in its own words (not in
    the older mail quoted from `history` on): dated the reply's own day."""
    if "today" not in text:
        return None
    m = fields.REQUEST_RECEIVED_TODAY.compiled.search(fold_text(text), 0, len(text) if history is None else history)
    return _Found(response, m.end() - len("today"), m.end()) if m else None


def _unquoted(text: str, start: int) -> str:
    """The text with the quote marks opening its lines from `start` on blanked, offsets kept: "> Yours faithfully"."""
    return text[:start] + QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text[start:])


def _finding(role: str, text: str, found: _Found) -> DateFinding:
    return DateFinding(role, found.value, Span.of(text, found.start, found.end))


def _period_points(folded: str, runs: _Runs) -> list[re.Match[str]]:
    """Every whole date and month-year in folded text, in order; a month-year inside a whole date is left out."""
    whole = _anchored(SCANNED_DATE, folded, runs[0], MONTH_LEAD, at_digit=DIGIT_DATE)
    starts, ends = [m.start() for m in whole], [m.end() for m in whole]
    # a year after the start of a whole date ("2024" in "11 April 2024") is not read as a month-year's: that
    # would start inside the whole date too, and be left out below
    years = [pos for pos in runs[1] if (i := bisect.bisect_left(starts, pos)) == 0 or ends[i - 1] <= pos]
    points = list(whole)
    for m in _anchored(MONTH_YEAR, folded, years, MONTH_LEAD, at_digits=False):
        i = bisect.bisect_right(ends, m.start())
        if i == len(whole) or whole[i].start() > m.start():
            points.append(m)
    return sorted(points, key=lambda m: m.start())


def _days(m: re.Match[str]) -> tuple[date, date] | None:
    """The first and last day a match of SCANNED_DATE, MONTH_YEAR, FINANCIAL_YEAR, YEAR_RANGE or SINGLE_YEAR stands
    for; None for no such day (31 February), a financial year of years not consecutive or a year range backwards."""
    if m.re is SCANNED_DATE or m.re is DIGIT_DATE:
        value = _parse_match(m)
        return (value, value) if value else None
    if m.re is MONTH_YEAR:
        year, month = int(m.group("year")), _month(m.group("month"))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m.re is FINANCIAL_YEAR:
        first_text, following = m.group("short") or m.group("long"), m.group("next")
        first = int(first_text) if len(first_text) == 4 else 2000 + int(first_text)
        consecutive = int(following) == (first + 1 if len(following) == 4 else (first + 1) % 100)
        return (date(first, 4, 1), date(first + 1, 3, 31)) if consecutive else None
    if m.re is YEAR_RANGE:
        a, b = int(m.group("a")), int(m.group("b"))
        return (date(a, 1, 1), date(b, 12, 31)) if b > a else None
    year = int(m.group("year"))
    return date(year, 1, 1), date(year, 12, 31)


def _date_ranges(folded: str, runs: _Runs) -> Iterator[tuple[tuple[int, int], tuple[date, date] | None]]:
    """Ranges written as two dates joined by "to", "-" or "and" in folded text: "1 april 2019 to 31 march 2020"."""
    points = _period_points(folded, runs)
    for a, b in zip(points, points[1:], strict=False):
        if a.end() > b.start() or not RANGE_JOIN.fullmatch(folded, a.end(), b.start()):
            continue
        first, last = _days(a), _days(b)
        if first and last and first[0] <= last[1]:
            yield (a.start(), b.end()), (first[0], last[1])


def _periods(text: str, taken: list[tuple[int, int]]) -> list[DateFinding]:
    """The periods written in text, earlier kinds first, none overlapping another or a taken span: financial
    years ("2014/15", "FY 2019-20"), date ranges, year ranges ("2013-2016", "2012 to 2017") and single years
    asked about ("in 2019", "for the calendar year 2020")."""
    runs, folded = _digit_runs(text), fold_text(text)
    if "fy" in folded:
        financial = _anchored(FINANCIAL_YEAR, folded, runs[0], FY_LEAD)
    else:  # no "FY" lead anywhere: a financial year can only open with its four-digit year
        financial = _anchored(FINANCIAL_YEAR, folded, runs[1], None)
    single = _anchored(SINGLE_YEAR, folded, runs[1], SINGLE_YEAR_LEAD, at_digits=False)
    kinds = (
        [(m.span(), _days(m)) for m in financial],
        _date_ranges(folded, runs),
        [(m.span(), _days(m)) for m in _anchored(YEAR_RANGE, folded, runs[1], None)],
        [(m.span("year"), _days(m)) for m in single],
    )
    periods: list[DateFinding] = []
    used = bytearray(len(text) + 1)
    for s, e in taken:
        used[s:e] = b"\x01" * (e - s)
    for (s, e), days in chain.from_iterable(kinds):
        if days and not any(used[s:e]):
            periods.append(DateFinding("period", days[0], Span.of(text, s, e), days[1]))
            used[s:e] = b"\x01" * (e - s)
    return sorted(periods, key=lambda f: f.span.start)


def extract_dates(text: str, meta: Mapping[str, str] | None = None) -> list[DateFinding]:
    """The response date, the request date and the periods in a reply's normalised text.

    >>> [(d.role, str(d.value)) for d in extract_dates("Date: 5 June 2024\\nYour request of 2 May 2024.")]
    [('response', '2024-06-05'), ('request', '2024-05-02')]
    """
    lines = lines_of(text)
    history = quoted_history_start(text)
    response = _response(text, lines, meta or {}, history)
    request = _request(text, lines, response.value if response else None, history)
    roles = [f for f in (response, request) if f is not None]
    taken = [(f.span.start, f.span.end) for f in roles if f.span.end > f.span.start]
    return roles + _periods(text, taken)
