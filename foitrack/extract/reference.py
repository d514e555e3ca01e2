"""The answering body's own reference for a request: "FOI 2024/00137", "101003841254", "RFI-2025-1545".

Signals, strongest first: a label ("Our ref:", "Case reference"; never "Your ref") with the value on its line or
alone on the next; "Request" before a number; the email subject; an FOI-prefixed code anywhere ("F-2010-00325");
a code filling a slot in the title lines. A reference holds a digit and is no date, year, phone number or Act; it is
returned as written, trimmed of trailing punctuation (its span empty when from meta).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import islice

from foitrack.extract.dates import FULL_DATE
from foitrack.extract.fold import fold_text
from foitrack.lexicon import fields
from foitrack.models import Reference, Span
from foitrack.text.lines import Line, Lines, lines_of, matches_at, places

# a body's initials opening an FOI-prefixed code: "NWAS " in "NWAS FOI 25-118" (not "RE FOI 25-118")
_INITIALS = r"(?<![\w/-])(?!(?:RE|FW|FWD)[ ])[A-Z]{2,7}[ ](?=(?:FOI|EIR|FOISA|RFI)[ /-]?\d)"
# one piece of a code: "FOI2024/00137", "21-22", "125A/23"
_PIECE = r"[A-Z0-9][A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+)*"
# a code of up to three space-separated pieces, where the later pieces hold digits: "FOI 21-22 43", after the
# body's initials where they open an FOI-prefixed code: "NWAS FOI 25-118"
_CODE = (
    rf"(?:{_INITIALS})?"
    rf"{_PIECE}(?:[ ](?=[A-Za-z]{{0,4}}[0-9/-]*\d)[A-Za-z0-9]*\d[A-Za-z0-9/-]*){{0,2}}"
)

LABEL = fields.REFERENCE_LABEL.compiled
YOUR_LABEL = re.compile(rf"{fields.YOUR_REFERENCE.pattern}\W*$")  # in fold(text): re jumps to "your"
# the bare word "Request" before a long number, or a shorter one after a colon or an FOI request: "Request
# 101003841254", "FOI Request 101003841254", "Freedom of Information Request: 0443", "FOI Request 6721 - Bins"
# (matched against fold(text); the "\b" check follows "request" so that re can jump to the word)
REQUEST_NUMBER = re.compile(
    r"request(?<!\wrequest)(?:\s*(?P<code>\d{6,})|\s*:[ \t]*(?P<short>[a-z0-9]+(?:[/-][a-z0-9]+)*)|"
    r"(?:(?<=foi request)|(?<=eir request)|(?<=ion request)|(?<=to request))"
    r"[ \t]+(?P<named>[a-z0-9]+(?:[/-][a-z0-9]+)*))(?![\w/-])"
)
# a code that opens with an FOI-like prefix: "FOI2024/00137", "F-2010-00325", "EIR 2024-123", "FOIR-534415575",
# "FOI T294-24"; not one that more digits follow ("F 028 9267 7402" is a fax number)
PREFIXED = re.compile(
    rf"(?<![\w/-])(?P<code>(?:{_INITIALS})?(?:FOI[A-Z]?|EIR|FOISA|RFI|FI|F|IR|SAR|CRM)[ /-]?[A-Z]?\d[\w/-]*\d"
    r"(?:[ ]\d{1,4}(?![\w/-]))?)"
    r"(?![\w/-]|[ ]\d)",
)
# where a PREFIXED code can start: a capital after no letter, digit, "/" or "-" ("[A-Z]" first: re skips to capitals),
# its digit at most 15 capitals, spaces, "/" or "-" on (initials, a space, "FOISA", "/", a letter: "AB FOISA/C1")
_CODE_START = re.compile(r"[A-Z](?<![\w/-].)(?=[A-Z /-]{0,14}\d)")
# a code-shaped token: a digit and either a letter or a "/" or "-": "FI16226", "1189/20", "RFI-2025-1545"
CODE = re.compile(rf"(?<![\w/-])(?P<code>{_CODE})(?![\w/-])")

# what a code must not be: a date "05/06/2024" (not "26/25/1043", whose month is no month), a year "2024",
# a financial year "2014/15", a phone number, a month "September 2024"
NOT_A_REFERENCE = re.compile(
    r"^(?:\d{1,2}[/.-](?:0?[1-9]|1[0-2])[/.-]\d{2,4}|(?:19|20)\d{2}(?:[/-](?:19|20)?\d{2})?|"
    r"0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}|"
    r"\d{1,3}|(?:19|20)\d{2}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ](?:19|20)?\d{2})$",
    re.IGNORECASE,
)
# an Act's year after a prefix, not a code: "FOI Act 2000"
ACT_AFTER = re.compile(r"^\s*act\b", re.IGNORECASE)
_LETTERS_PREFIX = re.compile(r"^[A-Z]+[ /-]?")
_CAPITALISED_WORD = re.compile(r"^[A-Z][a-z]*\b")
_CODE_SEPARATOR = re.compile(r"[/ -]")
_TITLE_LINES = 5
_TITLE_LINE_CHARS = 300  # a title line is shorter than this
_TITLE_MIN_DIGITS = 3
_MAX_LENGTH = 40


def _clean(value: str) -> str:
    return value.strip().rstrip(".,;:|)").strip()


def _looks_like_reference(value: str) -> bool:
    """True for a plausible reference: holds a digit, short, and not a date, year or phone number."""
    compact = value.strip()
    return any(c.isdigit() for c in compact) and len(compact) <= _MAX_LENGTH and NOT_A_REFERENCE.match(compact) is None


def _reference(text: str, start: int, value: str) -> Reference:
    cleaned = _clean(value)
    return Reference(cleaned, Span.of(text, start, start + len(cleaned)))


def _labelled(text: str) -> Reference | None:
    """The first reference given after a label, on its line or alone on the next line."""
    lines = lines_of(text)
    folded = fold_text(text)
    for i, m in _labels(lines, folded):
        start, line = lines.at(i)
        rest = line[m.end() - start :]
        if YOUR_LABEL.search(folded, start, m.end()):
            continue
        found = _code_at(text, m.end(), rest)
        if found is None and not rest.strip(" :|-"):
            found = _code_on_next_line(text, lines.between(i + 1, i + 3))
        if found is not None:
            return found
    return None


def _labels(lines: Lines, folded: str) -> Iterator[tuple[int, re.Match[str]]]:
    """LABEL's matches within each line of the folded text, with the line's index, tried only where one of its
    needles begins (a search at every place of a long line is several times slower)."""
    free = 0
    for pos in places(folded, fields.REFERENCE_LABEL.needles):
        if pos < free or (pos > 0 and folded[pos - 1].isalnum()):
            continue  # inside an earlier label, or inside a word ("your", "their"), where LABEL's "(?<![\w])" fails
        i = lines.index_of(pos)
        m = LABEL.match(folded, pos, lines.end_of(i))
        if m is not None:
            yield i, m
            free = m.end()


def _code_at(text: str, pos: int, rest: str) -> Reference | None:
    """The code that opens rest (text from pos), when it looks like a reference."""
    m = CODE.match(rest)
    if m is None or not _looks_like_reference(_clean(m.group("code"))):
        return None
    return _reference(text, pos, m.group("code"))


def _code_on_next_line(text: str, following: list[Line]) -> Reference | None:
    """A code standing alone on the first non-blank of the following lines."""
    start, line = next((line for line in following if line.text.strip()), Line(0, ""))
    lead = len(line) - len(line.lstrip(" -•*|"))
    body = line[lead:].strip()
    return _code_at(text, start + lead, body) if CODE.fullmatch(_clean(body)) else None


def _request_number(text: str) -> Reference | None:
    """A long number after the word "Request", or a code after an FOI request (REQUEST_NUMBER)."""
    for m in REQUEST_NUMBER.finditer(fold_text(text)):
        group = m.lastgroup or "code"
        value = text[m.start(group) : m.end(group)]  # as written, not folded
        coded = value[-1].isdigit() and sum(map(str.isdigit, value)) >= 3 and _looks_like_reference(value)
        if group == "code" or coded:
            return _reference(text, m.start(group), value)
    return None


def _prefixed(text: str) -> Reference | None:
    """The first FOI-prefixed code anywhere in text: "FOI2024/00137", "EIR 2024-123"."""
    # PREFIXED.finditer(text), tried only where a match can start (_CODE_START): faster than re's own scan
    for m in matches_at(PREFIXED, text, (capital.start() for capital in _CODE_START.finditer(text))):
        code = m.group("code")
        if not ACT_AFTER.match(text, m.end()) and _looks_like_reference(_LETTERS_PREFIX.sub("", code)):
            return _reference(text, m.start("code"), code)
    return None


def _in_title(text: str) -> Reference | None:
    """A code in the first lines: alone, opening the line, in brackets, or closing it after " - "."""
    lines = lines_of(text)
    shown = islice((lines.at(i) for i in range(len(lines.texts)) if lines.texts[i].strip()), _TITLE_LINES)
    for start, line in shown:
        if len(line) > _TITLE_LINE_CHARS:
            continue  # a paragraph, not a title: and checking each code against each date would be quadratic
        for m in CODE.finditer(line):
            slot = _is_title_slot(line, m.start(), m.end()) and _has_code_shape(_clean(m.group("code")))
            # a line's dates are looked for only around a code that fills a slot: most lines have none
            if slot and not any(d.start() < m.end() and m.start() < d.end() for d in FULL_DATE.finditer(line)):
                return _reference(text, start + m.start(), m.group("code"))
    return None


def _is_title_slot(line: str, start: int, end: int) -> bool:
    """True when a code fills a reference's place in a title line."""
    before, after = line[:start].strip(), line[end:].strip()
    return (
        (before == "" and (after == "" or after.startswith("- ") or _CAPITALISED_WORD.match(after) is not None))
        or (before.endswith("(") and after.startswith(")"))
        or (before.endswith(" -") and (after == "" or after.startswith("- ")))
    )


def _has_code_shape(code: str) -> bool:
    """True for a token that reads as a code, not a word, count or year span: "FI16226", "1189/20"."""
    last_piece = _CODE_SEPARATOR.split(code)[-1]
    return (
        _looks_like_reference(code)
        and sum(c.isdigit() for c in code) >= _TITLE_MIN_DIGITS
        and any(c.isdigit() for c in last_piece)
    )


def _from_subject(meta: Mapping[str, str]) -> Reference | None:
    subject = meta.get("subject", "")
    found = _labelled(subject) or _prefixed(subject)
    return Reference(found.value, Span(0, 0, "")) if found else None


def extract_reference(text: str, meta: Mapping[str, str] | None = None) -> Reference | None:
    """The body's reference for the request, or None.

    >>> extract_reference("Our ref: FOI-12345\\nDear Sir").value
    'FOI-12345'
    """
    return _labelled(text) or _request_number(text) or _from_subject(meta or {}) or _prefixed(text) or _in_title(text)
