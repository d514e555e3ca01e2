"""Split an FOI reply into its questions and the answer given to each.

Input is normalised text (see foitrack.normalize). Reading a reply is an explicit parse:
1. lines: the text split into lines, each with its label (foitrack.text.labels) and cut
   where one line holds several items (`_cut_points`);
2. tags: `_tag` reads each line as one `Tag` (question, repeat of an earlier question,
   labelled answer, reference "In response to questions 3 and 4", answer text, aside,
   boilerplate ...) given the state; every guard lives there;
3. assembly: `TRANSITIONS[(state, tag)]` is the action that reads the line into the
   answers and returns the next state (`Read`);
4. readings: the reply is read as a request part then a reply part, or in order, and
   `segment` keeps whichever of `READINGS` (table rows, lines or numbered
   answers) explains most answers plausibly.
Wordings that mark a kind of line are `LineCue`s, with examples and counter-examples, in
foitrack.lexicon.segment (imported as `cues`).

Invariants:
- every `Span` is an offset range into the text given to `segment`;
- labels are written as the reply writes them ("Q1", "1a", "Request 2"); questions
  without a label are numbered by their position among the questions (1, 2, ...);
- a question that receives no answer in the text is left out;
- text before the first question and after the last answer is not answer text.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from itertools import dropwhile, islice, pairwise, takewhile
from typing import NamedTuple

from foitrack.extract.fold import fold, fold_text, has_traps, lower_text
from foitrack.lexicon import fields
from foitrack.lexicon import segment as cues
from foitrack.models import Span
from foitrack.text.labels import (
    NUMBER_WORDS,
    Label,
    expand_range,
    is_first,
    is_successor,
    label_key,
    label_letter,
    label_number,
    label_tail,
    parse_label,
    roman_value,
)
from foitrack.text.language import english_copy
from foitrack.text.lines import lines_of, matches_at, places


@dataclass(frozen=True)
class Segment:
    """One question of a reply and the answer text given to it."""

    label: str
    question: str
    question_span: Span | None
    answer_text: str
    answer_span: Span | None


FIGURE_CELL_RE = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?%?")  # a table cell holding one figure: "38", "£1,200", "4.5%"

LINE_CACHE = 2048
"""Entries kept by each cache of line- or answer-level results. Replies to one request quote
its questions and repeat their own boilerplate, so lines recur within and across replies;
the bound keeps a worker's memory flat however many replies it reads."""

# "- ", "• ", "* ", "## ", "**", "> " decorations in front of a line: "• 1a) Funding"
DECORATION_RE = re.compile(r"^(?:[-•*–>#]+\s+|\*\*|#+\s*)+")
# a single asterisk glued to a label opening a line, or closing its sentence, marks emphasis (a request repeated in
# bold), not a list's item nor a footnote's mark: "*1(a) The total ...*", "*Q2 How many ...?*"
EMPHASIS_OPEN_RE = re.compile(
    r"^\*(?=\(?\d{1,2}\b|\(?\d{1,2}[a-z]?[.)(]|(?:q|question|request|item|part)\s?\d)", re.IGNORECASE
)
EMPHASIS_CLOSE_RE = re.compile(r"(?<=[.?)])\*$")
LETTER_KEY_RE = re.compile(r"[a-z]")
NUMBER_KEY_RE = re.compile(r"\d{1,2}")
# the parts of a list of labels: "1a, b and d", "1 to 4", "2(a)", "4.1"
LABEL_SPEC_PART_RE = re.compile(r"\d{1,2}(?:[a-z]|\([a-z]\)|\.\d{1,2})?|\b[a-z]\b|to|-|–")
# A short lead-in before a label on the same line: "Question(s): 1. Could you", "Can you please confirm: a) that"
LEAD_IN_RE = re.compile(r"^(?P<lead>[A-Za-z()' ]{2,40}):\s+(?=\(?\d{1,2}[a-z]?[.)]|\(?(?:[a-z]|[ivx]{2,5})\)|Q\d)")
ANSWER_WORD_LABEL_RE = re.compile(r"(?:answers?|responses?|reply)\s*\d", re.IGNORECASE)  # "Response 2", not "A2"
GENERIC_ANSWER_RE = cues.GENERIC_ANSWER.pattern  # foitrack.extract.answers imports these two from here
POSITIVE_CONDITION_RE = cues.POSITIVE_CONDITION.pattern
PROSE_REFUSAL_STEMS = ("withh", "exempt", "not obliged", "cost of")  # what PROSE_VERDICT's refusals hold
PROSE_UNITS_MAX = 8  # a prose reply read a sentence an answer answers no more questions than this
PROSE_ANSWER = 2000  # the answer of a prose reply is read no further than this many characters
BARE_NUMBER_RE = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")  # a number without a stop before an item: "7 A breakdown"
BARE_ANSWER_NUMBER_RE = re.compile(r"^(\d{1,2})\s+(?=[A-Z£])")  # an answer's too, or before a sum: "3 £4,100 owed"
# an answer's number (or two joined by a slash) without a stop, not a date's day: "2 Spend on fuel", "6a / 6b Not held"
BARE_ANSWER_RE = re.compile(
    r"^(?P<label>\d{1,2}[a-h]?)(?:\s*/\s*(?P<also>\d{1,2}[a-h]?))?\s+(?=[A-Z])"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
# a number (or its lettered part) alone on its line, as a reply heads each answer under it: "1A", "2"
BARE_LABEL_LINE_RE = re.compile(r"\d{1,2}[a-hA-H]?")
LABELS_OVER_ANSWERS = 3  # so many labels alone over their answers, in turn from the first, make a layout
# a number and a spaced dash before an item in lower case: "1 - the number of visits" (a list of them only: a single
# "1 - the small library is run by volunteers" is a count)
DASHED_LIST_ITEM_RE = re.compile(r"^(\d{1,2})\s+[-–]\s+(?=[a-z])")
DASHED_LIST_LEAST = 2  # a run of dashed items numbered 1, 2, ... is a list when it has at least this many
# a number (or its lettered part) then a short answer with no mark between, one a line: "1a 0", "3 2", "6 No" (a
# figure, a sum or a yes or no; not a ranked row's name "6 Holiday park 29" nor a table's cells "1 | Wibble | 41")
BARE_ROW_RE = re.compile(r"^(\d{1,2}[a-h]?)\s+(?=£?\d|(?i:yes|no|none|nil|n/a)\b)(?!.{41})(?!.*\|)")
BARE_RUN_LEAST = 5  # bare rows numbered in turn from the first, one after another, are answers from this many
# A line of years only, listed under a question: "2023", "2021/22 2022/23"
YEARS_ONLY_RE = re.compile(r"^(?:(?:19|20)\d{2}(?:[-/]\d{2,4})?[\s,;]*)+$")
# A lettered item inside a line: "... are: a) electric b) hybrid", "were: (a) 12, (b) 30", "If yes: i) who ii) when"
INLINE_ITEM_RE = re.compile(
    r"(?:^|(?<=[\s:;,])|(?<=^\d)|(?<=^\d\d))(?P<item>\(?(?P<letter>[a-hA-H])\)\s|\((?P<digit>[1-9])\)\s|\(?(?P<dotted>[1-9])\.\s(?=[a-z])|\(?(?P<roman>i{1,3}|iv|vi{0,3})\)\s)"
)
# A numbered item along a line, opening the line or a sentence: "... for personal use. 1) The minutes ... 2) The"
NUMBERED_ITEM_RE = re.compile(r"(?:^|(?<=[.?!:;]\s))(?P<number>[1-9]\d?)[.)]\s+(?=[A-Z])")
# A numbered item along a line after a colon or semicolon, in lower case, one a line where they wrap: "please
# provide: 1. the number of X; 2. whether"
# A number's lettered part opening the line or a sentence along it: "2a) Yes. 2b) £335 a call. 2c) £11,390"
NUMBERED_PART_RE = re.compile(r"(?:^|(?<=[.?!]\s))(?P<number>[1-9]\d?)\s?\(?(?P<letter>[a-h])\)\s")
LISTED_ITEM_RE = re.compile(r"[:;]\s(?P<number>[1-9]\d?)\.\s+(?=[a-z]{3})")  # the item starts at "number"
# A lettered part of an item, named inside its line: "spend in 2023 that was a) framework and b) off framework"
# a lettered part an item names inside its line, by a word or by a year: "a) framework", "(b) 2023/24" (a count
# after a letter, "a) 12", is a figure)
PART_RE = re.compile(r"(?:^|(?<=[\s,;:]))\(?(?P<letter>[a-h])\)\s+(?=[A-Za-z]|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b)")
ROMAN_PART_RE = re.compile(r"(?:^|(?<=[\s,;:]))\((?P<roman>i{1,3})\)\s+(?=[A-Za-z])")  # "(i) the number and (ii)"
PAREN_LABEL_RE = re.compile(r"\(([A-Za-z\d]{1,3})\)")  # a label in brackets: "(b)" in "Parts (a) and (b)"
# a second bracketed label joined to a line's first, before a colon or the line's end: "(ii) and (iii)", "a) to c):"
# a heading's caption for one item then "and" a later bracketed item with its own: "(i) Costs, and (iii) Staff"
CAPTIONED_JOIN_RE = re.compile(r"\s*[A-Za-z][^.:;()\d]{1,50}?,?\s+(?:and|&)\s+(?=\()")
JOINED_LABEL_RE = re.compile(r"(?P<join>and|&|to|[-–])\s*(?=\(?[a-z\d]{1,4}\)|\d{1,2}\([a-z]\))", re.IGNORECASE)
BRACKET_RANGE_RE = re.compile(r"\(([a-z]|\d{1,2})\)\s*(?:to|[-–])\s*\(([a-z]|\d{1,2})\)")  # "(a) to (c)"
# A decimal number leading a line, a label only where a question has it: "1.2 £3.2 million"
DECIMAL_LEAD_RE = re.compile(r"(\d{1,2}\.\d{1,2})\s+(?=[£\d])")
GLUED_HINT_RE = re.compile(r"(?:19|20)\d{3,4}[.)]")  # a year with a label glued on: "20231." (cues.GLUED_DATE)
COMMON_STEMS = frozenset(word[:5] for word in cues.COMMON_WORDS)  # too common to tie an answer to its question
PARAGRAPH_RE = re.compile(r"\S.*(?:\n(?!\s*\n).*)*")  # lines up to a blank line: "We hold 12.\nThey cost £4."
INTRODUCES_RE = re.compile(r"(?:as follows|below|the following|:)\.?\s*$")  # a paragraph introducing what follows it
ANSWERS_SOMETHING_RE = re.compile(r"[.\d]")  # a paragraph with a sentence or a figure, not a heading alone
# a stop, or a blank line: a wrapped sentence goes on, and so does one listing items numbered "1." in lower case:
# "the questions you asked (1. how many ..., and 2. how many ...)"
SENTENCE_END_RE = re.compile(r"(?:(?<![\s(]\d)|(?!\.\s+[a-z]))[.?!](?=\s)|\n(?=[ \t]*\n)")
# a figure left in a prose sentence once its years, dates and sections are blanked: "37 complaints", "fewer than five"
PROSE_FIGURE_RE = re.compile(r"£ ?\d|(?<![\w.,])\d|than (?:two|three|four|five|six|seven|eight|nine|ten)\b")
BRACKETED_SENTENCE_RE = re.compile(r"(?<=[.!?])\)?\s+(?=[A-Z£\d(])")  # "... in 2023.) The fee", "... 4. (We"
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z£\d])")  # where a sentence ends: "... in 2023. The fee"
SENTENCE_BREAK_RE = re.compile(r"\. ")  # a stop between two sentences of a folded paragraph
MID_SENTENCE_RE = re.compile(r"[a-z]\s+$")  # text before a word going on with its sentence: "we cannot produce "
# Between the items of a request reported in one sentence: "the number of X, the average wait and the cost of Y",
# or "the number of X; how many were Y; and how many Z", or "for the number of X, and for the number of Y"
CLAUSE_JOIN_RE = re.compile(r"[;,] (?:and|or)$")  # a clause closed before the next one: "(a) the police, and"
ITEM_JOIN_RE = re.compile(r";(?:\s+and)?$")  # what joins an item of a line to the next: "...; and (3)"
ITEM_TAIL_RE = re.compile(r"(?:[\s,;.?!]|\band\b)*$")  # what joins a marked item to the next: "...; and (3)"
LEAD_IN_COLON_RE = re.compile(r"[^.?!:;\n]{3,80}:\s+")  # a short lead-in to a list: "four questions about fees: "
SEMICOLON_CUT_RE = re.compile(r";(?=\s)")  # where a paragraph of request items ends one
SEMICOLON_ITEM_CUT_RE = re.compile(r";\s+(?:and\s+)?")  # between two items of a reported list: "; ", "; and "
SEMICOLON_ITEM_WORDS = 20  # an item of a reported list is no longer than this: a longer piece is prose
ITEM_CUT_RE = re.compile(
    r"(?:[,;]\s+(?:and\s+(?:for\s+)?)?|\s+and\s+(?:for\s+)?)(?=(?i:the|a|an|any|all|how|whether|what|which|who)\s)"
)
ITEM_MARK_RE = re.compile(r"\(?([a-h1-9]|i{1,3}|iv|vi{0,3})\)\s+$")  # the mark before an item: "(ii) "
# a question's answer label run onto its line when the reading view joined the wrap: "Q2. Who? A2. The Trust ..."
GLUED_ANSWER_RE = re.compile(r"^Q(\d{1,2})\b.*?[.?]\s+(?=A\1[.:)]\s)")
SPACED_DASH_RE = re.compile(r"\s[-–]\s")  # a dash with spaces round it: "5 - 23"
SPACED_COUNT_RE = re.compile(r"\s[-–]\s+(\d{1,2})$")  # a count after a spaced dash ending a line: "Q4 - 9"
DASHED_ITEM_RE = re.compile(r"(?<!\S)\d[\d,.]* [-–] (?=[A-Z])")  # a figure, a dash, a capital: "... 14770.77 - The"
# between two questions of a line, or a request and the question after it: "...2023? How many", "... 2023. Does"
QUESTION_CUT_RE = re.compile(r"(?<=\?)\s+(?=[A-Z])|(?<=\.)\s+(?=[A-Z][^.?]*\?$)")
# A lettered part set off by a dash before a figure or "n/a", which the label grammar leaves (it could be a range):
# "3a - 214", "2b - n/a"
DASHED_PART_RE = re.compile(r"(\d{1,2}[a-h]) [-–] (?=[£\d]|(?i:n/?a)\b)")
# a naming word before a bracketed letter, then a dash or the line's end, which the label grammar reads bare: "Part (a)
# - the notes" as "Part a - the notes" (not a colon, "Part (c): the trust runs it", nor a list, "Parts (a) - ... (b)")
BRACKETED_PART_RE = re.compile(r"(?P<word>(?i:part|question|request|item)) +\((?P<key>[a-h])\)(?=\s*[-–]\s|\s*$)")
# The last of a run of parts after a numbered part: "3. (a)-(c) None were carried out", "6(a) to (c)"
PART_RANGE_RE = re.compile(r"\s*(?:[-–]|to|and(?= \(b\)))\s*\(([a-h])\)")  # "and": the next part only
# The label cell of a table row: "4", "Q4", "3b", "(a)"
TABLE_LABEL_RE = re.compile(r"^(?:q(?:uestion)?\s*)?\(?\d{1,2}[a-z]?\)?\.?$|^\(?[a-h]\)$", re.IGNORECASE)
# A short topic standing for the question after a named label: "named lead", "(team)"
TOPIC_RE = re.compile(r"^\(?(?P<topic>[^.?!:()\n]{2,80}?)\)?$")
# A topic and its answer on one line: "(named lead) - Not held.", "team: Community Safety"
# (a bracketed topic needs a dash: "(funding by year): ..." in a refusal explains a cost, not an answer)
TOPIC_INLINE_RE = re.compile(
    r"^(?:\((?P<topic>[^.?!:()\n]{2,60}?)\)\s*[-–]|(?P<bare>[^.?!:()\n]{2,60}?)\s*(?:[-–]|:))\s+(?P<answer>\S.*)$"
)
TOPIC_WORDS = 12
FILLED_RUN = 3  # labelled "topic - answer" lines in sequence read as the request's items filled in (_filled_runs)
SUM_ONLY_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?[km]?")  # a sum alone: "£ 5,200", "£612k"
ROW_NUMBER_RE = re.compile(r"^(\d{1,2})\s+([A-Za-z][^.?!]*)$")  # a row's number and its few words: "5 Sewer baiting"
HEADINGS = 3  # a reply read under topic headings alone has at least this many (_headed_segments)
BLANK_AFTER_RE = re.compile(r"[ \t]*\n[ \t]*\n")  # a blank line right after a line
HEADING_SHARE = 0.4  # share of a label's heading's words its question holds when it restates it as a topic
YEAR_OPENING_RE = re.compile(r"^(?:19|20)\d{2}\b")  # "2019 to 2023": a period, not a figure answering
WORD_RE = re.compile(r"[a-z0-9]+")  # one word of a line: "council"
_NOT_WORD_TO_SPACE = bytes(c if WORD_RE.fullmatch(chr(c)) else 32 for c in range(256))  # for bytes.translate
WORD_CHAR_RE = re.compile(r"\w")
DIGIT_RE = re.compile(r"\d")
YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2})?\b")  # "2023", "2023/24": a period, not a figure
LETTER_RE = re.compile(r"[A-Za-z]")
IF_RE = re.compile(r"^if\b")  # on _folded(line)
# "Total: 5", "= £300", "flagged twice: seven."
# a question mark inside a line that a lower-case word runs on from is a dash or quote the text lost ("Acme Ltd?
# please note ..."), not a question's end
ASKING_MARK_RE = re.compile(r"\?(?!\s[a-z])")
GIVES_FIGURE_RE = re.compile(rf"[:=]\s*(?:£?\d|(?i:zero|nil|none|{'|'.join(NUMBER_WORDS)})\b)")
CONTENTS_REACH = 8  # a page's contents heading is at most this many lines above a heading it lists
MAX_ROWS = 40  # a shared answer laid out as rows, one per question, is no longer than this
RECENT_QUESTIONS = 40  # a repeated question is looked for among this many latest ones (keeps it linear)


class _Line(NamedTuple):
    """One line of the reply (a NamedTuple, not a frozen dataclass: several times quicker to make, and a
    reply has hundreds of lines)."""

    start: int
    end: int
    text: str
    label: str | None
    label_to: str | None
    body: str
    body_start: int
    blank_before: bool
    named: bool = False  # the label is a named one: "Q1", "Question 2", "Part A"
    bullet: bool = False  # the line was decorated as an item of a list: "- ", "• "
    cell: bool = False  # the line is one cell of a table flattened a cell a line: "Number of call-outs |"
    label_also: str | None = None  # a second label named with the first: "1 & 3." -> "3"
    asked: bool = False  # a label cell and the question cell after it, under a question column's header cell


@dataclass(eq=False)  # compared and hashed by identity: two questions can have the same words
class _Question:
    label: str | None
    text: str
    start: int
    end: int
    index: int
    named: bool = False
    words: tuple[int, frozenset[str]] | None = None
    bullet: bool = False  # an item of a bulleted list: "- Who is responsible for ...?"


@dataclass
class _Seg:
    label: str
    question: _Question | None
    lines: list[_Line] = field(default_factory=list)
    weak: bool = False
    unnamed: bool = False  # answer text after several questions that names none of them
    asked: _Line | None = None  # the question restated just above its answer, when the reply restates it
    together: bool = False  # answer text read after several questions at once, naming none of them (_open_answer)


ITEMS_AT_MOST = 20  # more items than one request lists: a number above it after "Answer:" is a figure


def _is_count_not_item(label: Label) -> bool:
    """True for a bare number too large to be an item of a request ("77." in "Answer: 77. Most were ...")."""
    return label.kind == "arabic" and label.key.isdigit() and label.to is None and int(label.key) > ITEMS_AT_MOST


def _find_label(body: str) -> tuple[Label | None, int]:
    """The label at the start of `body` (after a short lead-in such as "Question(s):") and where the rest begins."""
    # LEAD_IN_RE needs the lead-in's colon among characters 2..40
    lead = LEAD_IN_RE.match(body) if ":" in body[2:41] else None
    offset = lead.end() if lead else 0
    label = parse_label(body[offset:])
    number = label_number(label.key) if label and label.to and label.to.isdigit() else ""
    if label and label.to and number and (int(label.to) < int(number) or "." in label.key):
        # a range running backward, or from a decimal part, is a label then a figure: "3c - 0. None were treated",
        # "Q4.2 - 61"
        label = label._replace(to=None, end=body.index(label.to, offset + len(label.written)) - offset)
    if label is None and (dashed := DASHED_PART_RE.match(body, offset)):
        part = parse_label(f"{dashed.group(1)})")
        label = part._replace(end=dashed.end() - offset) if part else None
    if label is None and (bracketed := BRACKETED_PART_RE.match(body, offset)):
        bare = bracketed.expand(r"\g<word> \g<key>")
        plain = parse_label(bare + body[bracketed.end() :])
        shift = bracketed.end() - offset - len(bare)
        label = plain._replace(written=bracketed.group(), end=plain.end + shift) if plain else None
    if label and lead and not body[offset + label.end :].strip() and cues.ANSWER_MARKER.pattern.match(body):
        return None, 0  # "Answer: 12." gives a figure, not a label ("Response: 1) Yes" has one)
    if label and lead and label.kind == "decimal" and cues.ANSWER_MARKER.pattern.match(body):
        return None, 0  # "Response: 17.4 FTE posts" gives a figure too
    if label and lead and _is_count_not_item(label) and cues.ANSWER_MARKER.pattern.match(body):
        return None, 0  # "Answer: 77. Most were ..." gives a figure: no request runs to 77 items
    if label and label.to is None and label.also is None and offset + label.end >= len(body) and label.kind == "named":
        # two labels alone on their line are set off by its end, as by a stop: "Parts 1 and 4 of your request"
        label = parse_label(body[offset:] + ":") or label
    rest = body[offset + label.end :] if label and label.kind in ("arabic", "named") and label.key.isdigit() else ""
    part = parse_label(rest) if rest and rest[0] in "(abcdefghi" else None
    # a number, its stop, then a letter or a first roman part: "3. (a) Does ..." is 3a, "Q3 (i) 41" 3i (not an item
    # naming its parts "2. a) X and b) Y")
    first_roman = part is not None and part.kind == "roman" and part.key == "i"
    letter_part = part is not None and part.kind == "letter" and label is not None and label.kind == "arabic"
    if label and part and (letter_part or first_roman) and not _parts(rest):
        label = label._replace(written=label.written + part.key, key=label.key + part.key, end=label.end + part.end)
    after = body[offset + label.end :] if label and label.key.isdigit() else ""
    roman = parse_label(after) if after[:1] == "(" else None
    if label and roman and roman.kind == "roman" and not after[roman.end : roman.end + 1].strip():
        # a roman part set right against its number: "Question 1(ii)" is 1(ii), not question 1 answered "(ii)"
        label = label._replace(
            written=label.written + roman.written, key=label.key + roman.key, end=label.end + roman.end
        )
    lettered = label is not None and label.to is None and label.key[:1].isdigit() and label.key[-1:].isalpha()
    # from before a dash the label took: "Question 3 (a)-(c)"
    ranged = PART_RANGE_RE.match(body, len(body[: offset + label.end].rstrip(" -–"))) if label and lettered else None
    if label and ranged and ranged.group(1) > label.key[-1]:
        label = label._replace(to=ranged.group(1), end=ranged.end() - offset)
    joinable = ("letter", "roman", "arabic", "arabic-letter")
    if label and label.to is None and label.also is None and label.kind in joinable:
        label = _joined_label(label, body[offset + label.end :])
    if label is None and body.endswith(")") and (trailing := cues.TRAILING_LABEL.pattern.match(body)):
        return parse_label(trailing.group("label")), len(body)  # "RAAC (your point 4)": a label alone, its topic aside
    return (label, offset + label.end) if label else (None, 0)


def _joined_label(label: Label, rest: str) -> Label:
    """A label with a second of its kind joined on, alone on its line or before a colon or spaced dash: "(ii) and
    (iii)" names both, "a) to c):" the range, "2(a) and 2(b) - withheld" both parts (a list of items naming two,
    "(a) and (b) the totals", stays one label)."""
    joined = JOINED_LABEL_RE.match(rest)
    second = parse_label(rest[joined.end() :]) if joined else None
    if joined is None:
        return _captioned_join(label, rest)
    if second is None or second.kind != label.kind or _rank(second) <= _rank(label):
        return label
    tail = rest[joined.end() + second.end :]
    if tail.lstrip()[:1] not in ("", ":", "-", "–"):
        return label
    end = label.end + len(rest) - len(tail.lstrip().lstrip(":-–").lstrip())
    if joined.group("join") in ("and", "&"):
        return label._replace(also=second.key, end=end)
    ranged = label.kind == "arabic" or len(second.key) == 1  # a roman range is not expanded
    return label._replace(to=second.key, end=end) if ranged else label


def _captioned_join(label: Label, rest: str) -> Label:
    """A heading answering two items not next to each other, each with its caption: "(i) Costs, and (iii) Staff"
    names i and iii. Items next to each other ("(a) the totals and (b) the costs") are one item's parts, and a
    sentence ("... and (c) was refused.") is no heading."""
    joined = CAPTIONED_JOIN_RE.match(rest)
    second = parse_label(rest[joined.end() :]) if joined else None
    if joined is None or second is None or second.kind != label.kind or _rank(second) <= _rank(label) + 1:
        return label
    caption = rest[joined.end() + second.end :].strip()
    if not caption or not caption[:1].isalpha() or len(caption) > 50 or re.search(r"[.:;()\d]", caption):
        return label
    return label._replace(also=second.key)


def _rank(label: Label) -> int:
    """A label's place in its sequence: "c" 3, "iv" 4, "12" 12."""
    if label.kind == "roman":
        return roman_value(label.key) or 0
    return int(label.key) if label.key.isdigit() else ord(label.key[-1]) - 96


@lru_cache(maxsize=LINE_CACHE)
def _parse_line(stripped: str) -> tuple[str, str | None, str | None, bool, str, int, bool, str | None] | None:
    """A line's text without decoration, its label as written, the end of a range label, whether the label is a
    named one, its body, where the body starts in `stripped`, whether the line was decorated as an item of a
    list and a second label named with the first; None for a line without words. Cached: replies of a campaign
    share many lines."""
    if not WORD_CHAR_RE.search(stripped):
        return None
    decoration = DECORATION_RE.match(stripped)  # it cannot take the whole line: a word follows it
    clean_at = decoration.end() if decoration else 0
    clean = stripped[clean_at:].replace("**", "")
    if not decoration and EMPHASIS_OPEN_RE.match(clean):
        clean_at += 1
        clean = clean[1:]
    if clean.endswith("*"):  # a test of the last character spares a search of every line
        clean = EMPHASIS_CLOSE_RE.sub("", clean)
    label, body_at = _find_label(clean)
    if label and label.kind.startswith("named") and cues.QUARTER_ROW.matches(_folded(clean[:40])):
        label, body_at = None, 0  # a row's quarter of a year: "Q2 Jul-Sep 2023  41"
    written, to, named = (label.written, label.to, label.kind.startswith("named")) if label else (None, None, False)
    also = label.also if label else None
    bullet = decoration is not None and bool(decoration.group().replace(">", "").strip())  # "> " quotes a mail's line
    return clean, written, to, named, clean[body_at:].strip(" |"), clean_at + body_at, bullet, also


@lru_cache(maxsize=2)  # each reading of segment() reads the same reply's lines
def _read_lines(text: str) -> tuple[_Line, ...]:
    lines: list[_Line] = []
    blank = True
    columns = False  # under a "Question Response" header: each row is a question, then its answer
    split = lines_of(text)  # split once: the reading view and the date and reference readers share it
    for raw, line_start in zip(split.texts, split.starts, strict=False):  # starts has one more: after the last
        stripped = raw.strip(" \t|")
        parsed = _parse_line(stripped) if stripped else None
        if parsed is None:
            blank = True
            continue
        clean, label, to, named, body, body_at, bullet, also = parsed
        first = line_start + raw.find(stripped[0])
        cell = raw.rstrip().endswith("|") and " | " not in stripped  # one cell, not a row: "HoursAtIncident |"
        end = first + len(stripped)
        line = _Line(first, end, clean, label, to, body, first + body_at, blank, named, bullet, cell, also)
        cuts = _cut_points(clean)
        asked = clean.find("? ") + 1 if columns else 0
        cuts = tuple(sorted({*cuts, asked})) if asked else cuts
        lines.extend(_split_line(line, cuts) if cuts else (line,))
        columns = columns or (len(clean) < 40 and cues.COLUMNS_HEAD.pattern.match(_folded(clean)) is not None)
        blank = False
    return _counts_not_ranges(_label_bare_rows(_label_dashed_lists(lines)))


def _counts_not_ranges(lines: tuple[_Line, ...]) -> tuple[_Line, ...]:
    """The lines with a range label alone on its line, its end after a spaced dash, read as a label and its count
    when the next label comes right after the range's first: "Q4 - 9" then "Q5 - ..." answers Q4 with 9."""
    labelled = [i for i, line in enumerate(lines) if line.label]
    found = list(lines)
    for i, after in pairwise(labelled):
        line = lines[i]
        if not line.label_to or line.body or not is_successor(line.label, lines[after].label):
            continue
        count = SPACED_COUNT_RE.search(line.text)
        if count is not None and count.group(1) == line.label_to:
            at = _text_at(line, count.start(1))
            found[i] = line._replace(label_to=None, body=count.group(1), body_start=at)
    return tuple(found)


def _label_dashed_lists(lines: list[_Line]) -> tuple[_Line, ...]:
    """The lines with the items of each list numbered "1 - ", "2 - ", ... before lower-case text read as labelled.
    The grammar leaves "2 - the" unlabelled, as one such line is as often a count and its gloss ("1 - the small
    library at X"); a run numbered in turn from 1, no other label between, is a list of items."""
    run: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(lines):
        dashed = DASHED_LIST_ITEM_RE.match(line.text) if line.label is None else None
        if dashed and dashed.group(1) == str(len(run) + 1):
            run.append((i, dashed))
        elif dashed and dashed.group(1) == "1":
            _label_run(lines, run)
            run = [(i, dashed)]
        elif dashed or line.label:
            _label_run(lines, run)
            run = []
    _label_run(lines, run)
    return tuple(lines)


def _label_bare_rows(lines: tuple[_Line, ...]) -> tuple[_Line, ...]:
    """The lines of a run of bare rows read as labelled: "1a 0", "1b 0", "2a 23", "3 2", "6 No", one a line with no
    line between, numbered in turn from the first. One such line is as often a figure and its unit ("3 2-bed flats");
    a run of BARE_RUN_LEAST numbered in turn is a reply's answers to the request's items."""
    found = list(lines)
    run: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate([*lines, None]):
        row = BARE_ROW_RE.match(line.text) if line is not None and line.label is None else None
        if (
            row is not None
            and line is not None
            and run
            and not line.blank_before
            and _next_number(run[-1][1][1], row[1])
        ):
            run.append((i, row))
            continue
        if len(run) >= BARE_RUN_LEAST:
            _label_run(found, run)
        run = [(i, row)] if row is not None and row.group(1) in ("1", "1a") else []
    return tuple(found)


def _label_run(lines: list[_Line], run: list[tuple[int, re.Match[str]]]) -> None:
    if len(run) < DASHED_LIST_LEAST:
        return
    for i, dashed in run:
        line = lines[i]
        at = dashed.end()
        lines[i] = line._replace(label=dashed.group(1), body=line.text[at:], body_start=_text_at(line, at))


@lru_cache(maxsize=LINE_CACHE)
def _cut_points(text: str) -> tuple[int, ...]:
    """Where a line holds several items, each to be read as a line of its own:
    - a label glued to a header field: "Responded Mon 27 March 20231. What ..." (cut before "1.");
    - lettered items listed after a lead-in's colon: "The numbers are: a) 12 b) 30" (cut before each item);
    - a sentence turning to another question: "... in 2023. With regard to question 2, ..." (cut before it);
    - a question's answer label run onto its line: "Q2. Who is it? A2. The Trust ..." (cut before "A2.")."""
    cuts: list[int] = []
    if ") " in text:
        cuts.extend(_item_cuts(text))
        cuts.extend(_numbered_part_cuts(text))
    if ") " in text or ". " in text:
        cuts.extend(_numbered_cuts(text))
    if "; " in text or ". " in text:
        # the folded line, read again by later tests, where it is text.lower() (fold changes three rare letters)
        lowered = text.lower() if has_traps(text) else _folded(text)
        named = "question" in lowered or " q" in lowered or "part" in lowered or "point" in lowered
        named = named or "element" in lowered or "item" in lowered
        if named and len(lowered) == len(text):  # the words first: a scan of the whole line is slower
            cuts.extend(m.end() for m in cues.MID_REFERENCE.pattern.finditer(lowered))
        if ". you " in lowered and len(lowered) == len(text):  # "... autumn. You also asked whether ..."
            cuts.extend(m.start() for m in cues.MID_REPORTED_QUESTION.pattern.finditer(lowered))
    if ("? " in text and text.count("?") >= 2) or (". " in text and text.endswith("?")):
        cuts.extend(_question_cuts(text))
    if ": " in text and ("nswer:" in text or "esponse:" in text or "eply:" in text):  # "... Fare.  Answer: None"
        cuts.extend(m.end() for m in cues.MID_ANSWER_MARKER.pattern.finditer(text))
    if " - " in text:  # a request item restated after a row of figures: "... 8079 - The total number of ..."
        cuts.extend(m.end() for m in DASHED_ITEM_RE.finditer(text) if looks_like_question(text[m.end() :]))
    if text[:1] == "Q" and (glued := GLUED_ANSWER_RE.match(text)) is not None:
        cuts.append(glued.end())
    if text[:1] in "NnA" and (stock := cues.GLUED_STOCK.pattern.match(text)) is not None:
        cuts.append(stock.end())
    if text[:1].isalpha() and ("20" in text[:60] or "19" in text[:60]) and GLUED_HINT_RE.search(text, 0, 60):
        cuts.extend(m.end() for m in cues.GLUED_DATE.pattern.finditer(text, 0, 60))
    return tuple(sorted(c for c in set(cuts) if 0 < c < len(text))) if cuts else ()


def _item_cuts(text: str) -> list[int]:
    """Where the items of a list written along one line start: after a lead-in's colon ("are: a) x b) y") or a
    label alone ("Q3 (a) 12 (b) 30"), or
    each after a semicolon ("provide (1) the number; (2) the cost") or after the question before it ("(a) How
    many? (b) Who"); never inside a sentence ("(a) arrested and (b) charged")."""
    starts = [match.start("item") for match in _marks_in_turn(text, 0, len(text))]
    if len(starts) < 2:
        return []
    lead = text[: starts[0]].rstrip()
    labelled = bool(lead) and (label := parse_label(lead)) is not None and label.end >= len(lead)
    if lead.endswith(":") and not labelled:
        return starts
    bare = lead.isdigit() and len(lead) <= 2  # a number the first part's label takes: "3 (a) Rats: 9 (b) Mice: 4"
    if not lead or bare or labelled:  # or after a label
        pieces = [text[a:b].split(")", 1)[1] for a, b in pairwise([*starts, len(text)])]
        # the last answer may run on: "Q1 (a) Yes. (b) The service is run by ..."; parts one sentence joins with
        # "and" are one question's: "Q3: (i) invoices sent and (ii) sums paid"
        short = all(len(_words(piece)) <= TOPIC_WORDS for piece in pieces[:-1])
        short = short and not any(looks_like_question(piece) for piece in pieces)
        short = short and not (lead.endswith(":") and pieces[0].endswith(" and "))
        # parts that each name a topic, with no figure but a year, are a request's: "4. (a) Grants paid 2021/22 -
        # 2023/24. (b) Grants received from the county."
        short = short and not all(_names_topic(piece) for piece in pieces)
        # or whole sentences, each part after the end of the one before: "Q5 (a) Nine were hurt. (b) One died."
        stated = all(text[:at].rstrip().endswith((".", "!")) for at in starts[1:])
        stated = stated and not any(looks_like_question(piece) for piece in pieces)
        # not the topics a request's item names: "4. (a) Payments made in 2023/24. (b) Sums received."
        stated = stated and not any(_asked_topic(piece) for piece in pieces)
        if lead:  # short answers after a label, not a question's parts: "Q3 (a) 1,096 (b) 638"
            return (starts[1:] if bare else starts) if short or (stated and labelled) else []
        if short and all(any(c.isdigit() for c in piece) for piece in pieces):  # alone: "(a) 214 (b) 39"
            return starts
    listed = all(text[:at].rstrip().removesuffix(" and").endswith((";", "?")) for at in starts[1:])
    return starts if listed or _asks_in_turn(text, starts) else []


def _numbered_part_cuts(text: str) -> list[int]:
    """Where the lettered parts of one number, answered in turn along a line that opens with its first part, start
    each after a sentence's end: "2a) Yes. 2b) £335 a call. 2c) £11,390" (cut before "2b)" and "2c)")."""
    marks = list(NUMBERED_PART_RE.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    number, first = marks[0].group("number"), marks[0].group("letter").lower()
    starts: list[int] = []
    for place, mark in enumerate(marks[1:], start=1):
        if mark.group("number") != number or ord(mark.group("letter").lower()) - ord(first) != place:
            break
        starts.append(mark.start())
    return starts


def _names_topic(piece: str) -> bool:
    """True for a part naming what is asked in four words or more, with no figure but a year: "Sums received from
    other bodies." (not a short answer: "12 (2023)", "Yes.")."""
    return len(_words(piece)) >= 4 and not DIGIT_RE.search(YEAR_IN_TEXT_RE.sub("", piece))


def _asked_topic(piece: str) -> bool:
    """True for a part naming what is asked in one sentence that states nothing: "Payments made in 2023/24." (not
    an answer: "Nine were hurt in 2023.", "Yes. The council owns the cameras.", "Not applicable.")."""
    return ". " not in piece.strip() and _names_topic(piece) and not _states(_folded(piece))


def _asks_in_turn(text: str, starts: Sequence[int]) -> bool:
    """Marked items after a lead-in clause and commas, each opening like a request item: "For each year, (a) the
    number of X, (b) how many of those were Y, and (c) how many Z" (not parts inside one ask, "(a) arrested and (b)
    charged", nor the items of a sentence reporting the request, "You asked (1) how many ...", read as prose)."""
    after_comma = (text[:at].rstrip().removesuffix(" and").endswith((",", ";")) for at in starts[1:])
    joined = text[: starts[0]].rstrip().endswith(",") and all(after_comma)
    # or opening the line, joined by "and": "(a) how many X were held and (b) how many Y?"
    joined = joined or starts[0] == 0 and all(text[:at].rstrip().endswith((" and", ",", ";")) for at in starts[1:])
    opened = (_folded(text[at : at + 60]).split(" ", 1)[-1] for at in starts)  # the words after each mark
    return joined and all(cues.QUESTION_START.pattern.match(words) for words in opened)


def _marks_in_turn(text: str, start: int, end: int, dotted: bool = False) -> list[re.Match[str]]:
    """The items marked inside text[start:end] while their marks run a), b) ..., (1), (2) ... or (i), (ii) ...:
    INLINE_ITEM_RE; also 1., 2. ... in lower case where `dotted` (a reported request's list, not a line's)."""
    marks: list[re.Match[str]] = []
    for match in INLINE_ITEM_RE.finditer(text, start, end):
        if match.group("dotted") and not dotted:
            continue
        mark, roman = match.group("letter") or match.group("digit") or match.group("dotted"), match.group("roman")
        if roman:
            place = (roman_value(roman) or 0) - 1
        else:
            place = ord(mark.lower()) - ord("a") if mark.isalpha() else int(mark) - 1
        if place != len(marks) or marks and (roman is None) != (marks[0].group("roman") is None):
            break
        marks.append(match)
    return marks


def _question_cuts(text: str) -> list[int]:
    """Where each question of a line asking several in turn starts: "How many fires? How many were in May?
    Please send the policy.", "Please give the fees. Also, is there a discount?" (every piece opens like a question
    and ends with "?" or "."; a follow-on "If so, who?" stays with its question)."""
    cuts = [match.end() for match in QUESTION_CUT_RE.finditer(text)]
    pieces = [_folded(text[a:b]).strip(" \"'“”‘’") for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    asks = all(p.endswith(("?", ".")) and cues.QUESTION_START.pattern.match(p) and not IF_RE.match(p) for p in pieces)
    return cuts if asks else []


def _numbered_cuts(text: str) -> list[int]:
    """Where the items of a numbered list written along one line start, each opening a sentence: "... the
    following: 1. What is the fee? 2. Provide a list ..." (items numbered 1, 2, ... in turn, two at least); or a
    lower-case item after a colon or semicolon, one a line where the list wraps: "... provide: 1. the number of"."""
    if not (("1." in text or "1)" in text) and ("2." in text or "2)" in text)):
        # the scan below is slow on long lines: most have no item 1 and 2 (a listed item wraps onto a line alone)
        return _listed_item_starts(text) if ". " in text else []
    starts: list[int] = []
    for match in NUMBERED_ITEM_RE.finditer(text):
        if int(match.group("number")) == len(starts) + 1:
            starts.append(match.start())
    if len(starts) >= 2:
        return starts
    return _listed_item_starts(text)


def _listed_item_starts(text: str) -> list[int]:
    """Where LISTED_ITEM_RE's items start; none in a line without the colon or semicolon each follows (most lines
    hold neither, and two substring tests are far faster than the scan)."""
    if ":" not in text and ";" not in text:
        return []
    return [match.start("number") for match in LISTED_ITEM_RE.finditer(text)]


def _split_line(line: _Line, cuts: Sequence[int]) -> list[_Line]:
    """`line` cut at `cuts` (offsets into its text), each piece read again for its label."""
    at = _text_at(line, 0)
    pieces: list[_Line] = []
    for a, b in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
        piece = line.text[a:b].rstrip()
        if b < len(line.text):  # what joins an item to the next is neither's: "... premises; and (2) ..."
            piece = ITEM_JOIN_RE.sub("", piece)
        parsed = _parse_line(piece) if piece else None
        if parsed is None:
            continue
        _, label, to, named, body, body_at, _, also = parsed
        start, blank = (line.start, line.blank_before) if a == 0 else (at + a, False)
        end, body_start = at + a + len(piece), at + a + body_at
        pieces.append(_Line(start, end, piece, label, to, body, body_start, blank, named, label_also=also))
    return pieces


def _text_at(line: _Line, i: int) -> int:
    """Where character i of a line's text stands in the reply. The text ends where the line ends but may start after
    it: a bullet ("- ") or other decoration opening the line is not in its text."""
    return line.end - len(line.text) + i


@lru_cache(maxsize=LINE_CACHE)
def _words(text: str) -> tuple[str, ...]:
    # the words WORD_RE finds, by bytes methods (faster): every other character, "?" for one beyond ASCII, is a space
    return tuple(text.lower().encode("ascii", "replace").translate(_NOT_WORD_TO_SPACE).decode().split())


@lru_cache(maxsize=LINE_CACHE)
def _word_set(text: str) -> frozenset[str]:
    """The distinct words of a text, cached: a line that reads as a question is compared with the questions
    before it, then, once one itself, with the lines after it."""
    return frozenset(_words(text))


@lru_cache(maxsize=LINE_CACHE)
def _folded(text: str) -> str:
    """fold(text), cached: each line is tested against several lower-case patterns, some more than once."""
    return fold(text)


@lru_cache(maxsize=LINE_CACHE)
def _is_request_talk(text: str) -> bool:
    """True for request boilerplate: "Dear Sir", "I would like to request", "We acknowledge receipt"."""
    folded = _folded(text)
    return bool(cues.REQUEST_TALK.pattern.match(folded)) or (
        "acknowledge" in folded and bool(cues.ACKNOWLEDGE_TALK.pattern.match(folded))
    )


@lru_cache(maxsize=LINE_CACHE)
def _is_boilerplate(text: str) -> bool:
    folded = _folded(text)
    asks_how = folded.startswith(("what", "how", "who", "where", "when", "why"))  # HELP_HEADING's openings
    return (
        cues.BOILERPLATE.pattern.match(folded) is not None
        or ("not hold" in folded and cues.REFERRAL_FOR_UNHELD.pattern.match(folded) is not None)
        or ("copyright" in folded and cues.COPYRIGHT_NOTICE.pattern.match(folded) is not None)
        or (asks_how and cues.HELP_HEADING.matches(folded))
    )


def _similarity(a: str, b: str) -> float:
    """Share of the longer text's words found in the shorter one (0..1): 1.0 for a repeat."""
    wa, wb = _word_set(a), _word_set(b)
    return len(wa & wb) / max(len(wa), len(wb), 1)


@lru_cache(maxsize=LINE_CACHE)
def looks_like_question(text: str) -> bool:
    """True when a line reads as a question or a request item: "How many ...?", "The total cost of ..."."""
    body = text.strip()
    if not body or _is_request_talk(body) or _is_boilerplate(body) or _is_page_furniture(body):
        return False
    folded = _folded(body)
    if "[" in body and cues.CHECKBOX.pattern.search(body):
        return True
    folded = folded.lstrip("\"'“‘[ ").rstrip("]")  # a request quoted in the reply: "“How many ...", "[Cost of ...]"
    # the substring tests below only skip patterns that cannot match without them
    if folded.endswith(":") and cues.STATEMENT_INTRO.pattern.search(folded) and not _found_from(cues.ASKS, folded):
        return False
    asked_mark = "?" in body and len(body) > 15 and not body.startswith("(") and ASKING_MARK_RE.search(body)
    if body.endswith("?") or asked_mark:
        return not cues.YES_OR_NO.pattern.match(folded) and not cues.EXEMPTION_ENGAGED_HEADING.matches(folded)
    if folded.startswith("if") and IF_RE.match(folded) and cues.ASKS_POLITELY.pattern.search(folded.split(". ", 1)[0]):
        return True
    if " | " in body or (body.endswith(")") and cues.UNIT_HEADING.pattern.search(folded)):
        return False  # a table row with no question mark is data, a column heading with its unit "(£)" too
    if body[-3:-2].isdigit() and cues.POSTAL_ADDRESS.matches(folded):
        return False
    if folded.startswith(("answer", "response", "reply", "our ")) and cues.ANSWER_MARKER.pattern.match(body):
        return False  # an answer, whatever it goes on to say: "Response: ... shows how much we spent."
    asks = cues.QUESTION_START.pattern.match(folded) or _found_from(cues.ASKS, folded)
    asks = asks or _found_from(cues.PERIOD_ASKED, folded)
    asks = asks or (folded[:1] in "acemnprst" and cues.RECORDS_ASKED.matches(folded))
    asks = asks or (folded.startswith("the ") and cues.RANKED_ASKED.matches(folded))
    words = _words(body) if asks else ()  # none: it does not ask
    if len(words) < 3 or 2 * sum(map(str.isdigit, words)) > len(words) or cues.FIGURE_ROW.pattern.match(folded):
        return False  # or a row of figures: "Total 108 78 84 314", "Total 340 over five years"
    opens_upper = body.lstrip("\"'“‘[ ")[:1].isupper()
    if folded.startswith(("wh", "once")) and cues.CONDITION_CLAUSE.matches(folded):
        return False
    asks_wh = opens_upper and (
        cues.WH_QUESTION.pattern.match(folded) is not None or cues.FRONTED_QUESTION.pattern.match(folded) is not None
    )
    first = folded.split(". ", 1)[0]
    # a stated figure needs a digit, a statement that nothing is held "not hold" (their scans are slow)
    if not asks_wh and (
        (DIGIT_RE.search(first) and cues.STATED_FIGURE.pattern.search(first))
        or ("not hold" in first and cues.STATED_NOT_HELD.pattern.match(first))
        or (len(first) < 16 and cues.ANSWER_WORD_SENTENCE.pattern.match(first))  # "Nil. No claims were made ..."
        or (first == "no" and cues.NO_THEN_STATEMENT.pattern.match(folded))  # "No. The farm has not ..."
    ):
        return False  # its first sentence states a figure, that nothing is held or answers, whatever a later one asks
    if (
        not cues.IMPERATIVE.pattern.match(folded)
        and not asks_wh
        and not _found_from(cues.ADDRESSES, folded)  # speaks to the reader
        and _states(folded)  # the slowest test, last
    ):
        return False
    return not (("=" in body or ":" in body) and GIVES_FIGURE_RE.search(body))


def _states(folded: str) -> bool:
    """Whether a line states something (STATES), the verb of a relative clause in a one-sentence line aside: "The
    number of staff who were dismissed" asks; "The number of staff who were dismissed is shown below" states."""
    found, at = cues.STATES.pattern.search(folded), 0
    # each verb read after its own clause word: "... whose tenancy was ended, and how many of these were evicted"
    while found and ". " not in folded.rstrip() and cues.RELATIVE_CLAUSE.pattern.search(folded, at, found.start()):
        at = found.end()
        found = cues.STATES.pattern.search(folded, at)
    return found is not None


def _found_from(cue: cues.LineCue, folded: str) -> bool:
    """Whether the cue matches in folded, tried only at its needles (one opens every match): a search is slow
    on long lines, most hold none of them and str.find skips to the few that do (a loop, not
    text.lines.places: it stops at the first match and builds no list, on nearly every line)."""
    for needle in cue.needles:
        at = folded.find(needle)
        while at >= 0:
            if cue.pattern.match(folded, at):
                return True
            at = folded.find(needle, at + 1)
    return False


def _is_response_heading(line: _Line) -> bool:
    return line.label is None and _reads_as_response_heading(line.text)


@lru_cache(maxsize=LINE_CACHE)
def _reads_as_response_heading(text: str) -> bool:
    """A short line heading the reply: "Response", "Our answer:"."""
    return len(text) < 60 and cues.RESPONSE_HEADING.pattern.match(_folded(text)) is not None


@lru_cache(maxsize=LINE_CACHE)
def _is_aside(text: str) -> bool:
    """True for an unlabelled line that is neither question nor answer: a heading, or request boilerplate."""
    folded = _folded(text)
    return (
        _reads_as_response_heading(text)
        or _is_page_furniture(text)
        or cues.REFUSAL_HEADING.pattern.match(folded) is not None
        or cues.REQUEST_HEADING.pattern.match(folded) is not None
        or _is_request_talk(text)
    )


@lru_cache(maxsize=LINE_CACHE)
def _is_page_furniture(text: str) -> bool:
    """True for a web page's control or the reply's prompt to its reader ("Was this page helpful?", "Any
    queries?"): an aside, and never a question (both tests ask, on the same line)."""
    folded = _folded(text)
    return (len(text) < 60 and cues.WEB_CHROME.matches(folded)) or cues.READER_PROMPT.matches(folded)


@lru_cache(maxsize=LINE_CACHE)
def _reply_mark(text: str) -> int | None:
    """Where the reply starts, counted from a line that marks it: 0 for a reply's opening words ("Thank you for
    your request"), 1 for a line ending with a reply heading ("... in that year. - Decision"); else None."""
    folded = _folded(text)
    if cues.REPLY_OPENING.matches(folded):
        return 0
    # RESPONSE_TAIL is only tried on lines that end with one of its words
    tail = folded.rstrip().rstrip(":").rstrip()
    if tail.endswith(("decision", "response", "answer")) and cues.RESPONSE_TAIL.pattern.search(folded):
        return 1
    return None


@lru_cache(maxsize=2)  # `segment` and `request_spans` look for the same reply's start
def _find_response_start(lines: tuple[_Line, ...]) -> int | None:
    """Index of the first line of the reply part when the text has a request part before it."""
    questions_seen = answered = 0  # answered: questions each followed by text of its own (read in turn)
    asking = False
    headings = [
        i
        for i, line in enumerate(lines)
        if line.label is None and _reads_as_response_heading(line.text) and not _in_contents(lines, i)
    ]
    # a heading before each answer ("Answer:" after every question) marks answers, not a reply part; so does one
    # alone on its line among answers opening with it ("Response: Yes." ... "Response:" over a table)
    marks = tuple(f"{_folded(lines[i].text).rstrip(': ')}: " for i in headings)
    one_heading = len(set(marks)) == len(headings) and not any(_folded(x.text).startswith(marks) for x in lines)
    labels: set[str] = set()  # the labels read so far: "Response: 17.4 WTE" after no question 17.4 gives a figure
    signed = False  # the requester signed off under the questions: a greeting after it opens the reply
    headed = False  # a reply heading stands before the first question
    for i, line in enumerate(lines):
        if signed and line.label is None and cues.SALUTATION.matches(_folded(line.text)):
            return i
        asked = bool(line.label) or looks_like_question(line.body or line.text)
        answered += asking and not asked and line.blank_before and not line.bullet  # a paragraph, not a sub-item
        asking = asked
        questions_seen = min(questions_seen + asked, 2)  # counted up to two: all that the tests below need to know
        if not questions_seen:
            # a reply heading over the first question ("Our response" then "Q1. Spill events"): the questions are
            # the reply's own headings, and a reply's opening words under them ("Please find attached") answer one
            headed = headed or i in headings
            continue
        if (
            one_heading
            and i in headings
            and (questions_seen > 1 or not _folded(line.text).startswith("answer"))
            and not _items_before_next_heading(lines, i, headings)
        ):
            return i + 1
        if (
            line.label
            and cues.ANSWER_MARKER.pattern.match(line.text)
            and _folded(line.text).startswith(("response", "our response"))
            and line.label in labels
        ):
            return i
        labels.add(line.label or "")
        # (not a reply's own sign-off under its answers, nor one over an older mail quoted below it)
        ends_request = answered < 2 and cues.SIGN_OFF.pattern.match(_folded(line.text)) is not None
        signed = (signed or ends_request) and not (i and _opens_quoted_mail(lines, i))
        mark = _reply_mark(line.text)
        if (mark == 0 and answered < 3 and not headed) or (mark == 1 and i + 1 < len(lines)):  # not a third answer
            return i - 1 if mark == 0 and _heads_answer_again(lines, i) else i + mark
    return None


def _heads_answer_again(lines: Sequence[_Line], i: int) -> bool:
    """True when the line above line `i` is a heading under a question's label asked above it, not a question: the
    reply's first answer headed by its topic ("1) A copy of the plan?" ... then "1) The plan" over "Please find
    attached ...")."""
    above = lines[i - 1] if i else None
    if above is None or not above.label or looks_like_question(above.body):
        return False
    return any(label_key(line.label) == label_key(above.label) for line in lines[: i - 1])


def _in_contents(lines: Sequence[_Line], i: int) -> bool:
    """True for a reply heading listed under a page's contents heading, above every question: "Contents" then
    "Request", "Response", "Information rights" (the reply's own "Response" heading comes later)."""
    listed = any(cues.CONTENTS_HEADING.matches(_folded(line.text)) for line in lines[max(0, i - CONTENTS_REACH) : i])
    return listed and not any(line.label or looks_like_question(line.text) for line in lines[:i])


def _items_before_next_heading(lines: Sequence[_Line], heading: int, headings: list[int]) -> bool:
    """True when labelled request items follow a reply heading before the next one: the heading was one of the
    request's own lines ("Decisions" in a list of complaint types), not where the reply starts."""
    after = next((i for i in headings if i > heading), None)
    items = lines[heading + 1 : after] if after is not None else ()
    return any(line.label and looks_like_question(line.body) for line in items)


# The next item of a list answered by a paragraph under its label alone, with no words of the question: "2b) The
# fees paid have been withheld. They are ..." (the question is left empty, the whole paragraph is the answer)
STATED_ITEM_RE = re.compile(r"(?P<q>)(?P<a>.+)", re.DOTALL)
CONTINUES_RE = re.compile(r"[:;,(\-–]$")  # a question line that runs on: "...that have been:"


def _merge_bare_labels(lines: Sequence[_Line]) -> list[_Line]:
    """Join a label standing alone ("Request 1", "Q1.", or a table's number cell "2" before a question) with
    the unlabelled line after it."""
    merged: list[_Line] = []
    i = 0
    last: str | None = None  # the last label read, so that a figure alone ("84.") is not taken for one
    parent: str | None = None  # a named number alone heading lettered parts: "Question 1" over "(a) ...", "(b) ..."
    named_parent = False  # the parts take the named label's kind: "(b)" under "Question 1" is named, as "Q1b" is
    columns = False  # under header cells a line each naming a question column then an answer column
    over_answers = _labels_over_answers(lines)
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        columns = columns or _heads_columns(lines, i)
        answered = bool(merged) and merged[-1].label is None  # after an answer cell, not the question cell it answers
        line = _row_number_cell(line, last) if columns and answered and line.label is None else line
        label = line.label or (_number_cell(lines, i, columns) if len(line.text) <= 3 else None)  # "2" alone, or none
        label = label or (_row_over_figure(lines, i, merged[-1] if merged else None, last) if columns else None)
        label = label or over_answers.get(i)
        if nxt is not None and line.label and _heads_parts(line.label, nxt.label):
            if line.named and not line.body:
                parent, last, named_parent = line.label, line.label, True
                i += 1
                continue
            # "1. Digitisation" over "(a) ...": its parts are 1a, 1b ... (over "(a) 2022/23 - 14" it is the
            # question those rows answer, read as one)
            if _is_section_heading(line) and not _fills_year(nxt.body):
                parent = last = label_key(line.label)
                named_parent = False
                i += 1
                continue
        key = label_key(line.label)
        if parent and len(key) == 1 and (key == "a" or is_successor(last, key)):  # the parts again, answered: "a"
            last = f"{parent}{key}"  # "(b)" under "Question 1" is "Question 1b"
            merged.append(line._replace(label=last, named=line.named or named_parent))
            i += 1
            continue
        parent = parent if line.label is None else None
        if (
            label
            and not (line.label and line.body)
            and nxt is not None
            and nxt.label is None
            and not (_is_response_heading(nxt) or _is_boilerplate(nxt.text))
            and not (line.label_to and cues.ANSWER_OPENING.matches(nxt.text))  # "6(a)-(c)" over "Not applicable"
            and _in_sequence(last, label)
            and not _ends_wrapped_sentence(lines, i)
        ):
            text, blank, named = f"{line.text} {nxt.text}", line.blank_before, line.named
            also = line.label_also
            merged.append(
                _Line(
                    line.start,
                    nxt.end,
                    text,
                    label,
                    line.label_to,
                    nxt.text,
                    nxt.start,
                    blank,
                    named,
                    label_also=also,
                    asked=columns,
                )
            )
            last = label
            i += 2
            continue
        merged.append(line)
        last = line.label or last
        i += 1
    return merged


def _labels_over_answers(lines: Sequence[_Line]) -> dict[int, str]:
    """Numbers (or their lettered parts) alone on lines opening paragraphs, each over its answer's words on the line
    under it, the first "1" or "1A" and the rest in turn ("1A" over "The Trust held 58 cards.", then "1B", "2", ...),
    by line index: the answers' labels. At least LABELS_OVER_ANSWERS of them, so that a page's number alone over
    the next page's heading ("1" over "Ref 2025/156") is none."""
    found: dict[int, str] = {}
    run: dict[int, str] = {}
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        alone = line.blank_before and not line.label and BARE_LABEL_LINE_RE.fullmatch(line.text) is not None
        if not alone or below is None or below.blank_before or below.label or not below.text[:1].isalpha():
            continue
        key = label_key(line.text)
        last = label_key(run[max(run)]) if run else ""
        number = label_number(last)
        in_turn = bool(last) and (is_successor(last, key) or key in (str(int(number) + 1), f"{int(number) + 1}a"))
        if not in_turn:
            found.update(run if len(run) >= LABELS_OVER_ANSWERS else {})
            run = {i: line.text} if key in ("1", "1a") else {}
        else:
            run[i] = line.text
    found.update(run if len(run) >= LABELS_OVER_ANSWERS else {})
    return found


def _row_number_cell(line: _Line, last: str | None) -> _Line:
    """Under a question column's header, a row's number and its question cell on one line, the number next after the
    parts before it: "5 Sewer baiting" after "4(b) ..." and its answer (not a figure: "12 vans" after "3(a)")."""
    row = ROW_NUMBER_RE.match(line.text)
    number = label_number(label_key(last)) if last else ""
    if row is None or not number or int(row.group(1)) != int(number) + 1:
        return line
    return line._replace(label=row.group(1), body=row.group(2), body_start=line.start + row.start(2), asked=True)


def _is_section_heading(line: _Line) -> bool:
    """A number over a few words naming a topic, with no stop, colon or question mark: "2. Staffing", a heading
    over the lettered questions of its section (not "2. No", "2. Income by year:" nor "2. How many staff?")."""
    body = line.body
    heading = body[:1].isupper() and body[-1:] not in ".?!:;," and not cues.ANSWER_OPENING.pattern.match(body)
    words = _words(body) if heading else ()
    return 0 < len(words) <= TOPIC_WORDS // 2 and not any(word.isdigit() for word in words)


def _fills_year(body: str) -> bool:
    """A lettered part's whole answer, a year and its figure: "2022/23 - 14", "2023/24 academic year: 19"."""
    return cues.YEAR_FIGURE_ROW.pattern.match(_folded(body)) is not None


def _heads_parts(label: str | None, next_label: str | None) -> bool:
    """A named number standing alone ("Question 1", "Q1") over a line lettered "(a)": the heading of that item's
    lettered parts. (A bare "1." over "a." may number the reply's answers to a request lettered a, b, c.)"""
    return label_key(label).isdigit() and label_key(next_label) == "a"


def _ends_wrapped_sentence(lines: Sequence[_Line], i: int) -> bool:
    """A label alone right under a line that stops mid-sentence ("... a refusal notice in respect of") then
    "2(b)." closes that sentence: it heads nothing."""
    return i > 0 and not lines[i].blank_before and lines[i].text[-1:] == "." and cues.WRAPPED.matches(lines[i - 1].text)


def _in_sequence(last: str | None, label: str) -> bool:
    """False for a number alone that cannot be the next item: "84." after item 1 is a figure, not item 84."""
    key = label_key(label)
    if not key.isdigit() or int(key) < 10:
        return True
    return is_first(key) or (last is not None and (is_successor(last, label) or label_key(last) == key))


def _number_cell(lines: Sequence[_Line], i: int, columns: bool = False) -> str | None:
    """A number alone on its line that labels the question on the next line (a table flattened one cell a
    line), not one answering the question before it: "214", "2", "How many were revoked?" (under a question
    column's header, any words: "5", "Sewer baiting")."""
    text = lines[i].text
    if not (len(text) <= 3 and text.isdigit()) or i + 1 >= len(lines) or lines[i + 1].label:
        return None
    words = columns and any(c.isalpha() for c in lines[i + 1].text)  # a cell of words, not the next figure
    return text if words or looks_like_question(lines[i + 1].text) else None


def _row_over_figure(lines: Sequence[_Line], i: int, before: _Line | None, last: str | None) -> str | None:
    """Under column headers, a number alone next in turn after a row answered, over a figure alone: the next row's
    number and its answer ("1", "642 shelters ..." then "2", "38"), not a figure answering the row above it."""
    text = lines[i].text
    figure = lines[i + 1].text if i + 1 < len(lines) else ""
    if not (len(text) <= 3 and text.isdigit() and last and is_successor(last, text)):
        return None
    answered = before is not None and before.label == last and not looks_like_question(before.body)
    return text if answered and FIGURE_CELL_RE.fullmatch(figure) else None


def _heads_columns(lines: Sequence[_Line], i: int) -> bool:
    """A table flattened one cell a line whose header names a question column, then (a cell or two on) an answer
    column: "Information requested" over "Response"."""
    head = cues.TABLE_HEAD.pattern.match(_folded(lines[i].text)) if len(lines[i].text) < 40 else None
    after = (cues.TABLE_HEAD.pattern.match(_folded(line.text)) for line in lines[i + 1 : i + 3])
    return bool(head and head.group("asked")) and any(h is not None and h.group("answer") for h in after)


class Tag(Enum):
    """What one line of the reply is read as (by _tag)."""

    BOILERPLATE = "boilerplate"  # appeal rights, licence, sign-off: ends the answer being read
    ASIDE = "aside"  # a heading or request talk: neither question nor answer
    CHECKBOX = "checkbox"  # a question with its yes/no boxes: "Is it eligible? [ ] Yes [x] No"
    REPEAT = "repeat"  # an earlier question quoted again before its answer
    TOPIC = "topic"  # a named label with a topic for its question: "Question 1 - lead officer"
    INLINE = "inline"  # a question and its answer on one line: "Do you have a lead? Yes."
    QUESTION = "question"
    CONTINUATION = "continuation"  # the question before it, running on: "... that have been:" / "in 2023"
    LABELLED_ANSWER = "labelled answer"  # "2. 310", "Q2-5 Not held.", "1.2 £3.2 million"
    REFERENCE = "reference"  # an answer naming the questions it answers: "In response to questions 3 and 4"
    ANSWER_TEXT = "answer text"

    # members are singletons compared by identity: hashed by it too, not by Enum's __hash__ (a Python call on
    # each of the two TRANSITIONS keys, for every line read)
    __hash__ = object.__hash__


class Read(Enum):
    """The assembler's state: what the last line that counted was read as."""

    START = "start"
    QUESTION = "question"
    REPEAT = "repeat"
    LABELLED = "labelled answer"
    ANSWER = "answer"
    STOPPED = "stopped"  # after boilerplate: no answer text is taken until a question or a label
    OTHER = "other"  # in a request part: a line that is neither a question nor part of one

    __hash__ = object.__hash__  # as Tag's


@dataclass
class _State:
    text: str
    split: bool  # the reply answers a request part read before it: it asks no questions of its own
    questions: list[_Question] = field(default_factory=list)
    segs: list[_Seg] = field(default_factory=list)
    fresh: list[_Question] = field(default_factory=list)  # questions read since the last answer
    current: list[_Seg] = field(default_factory=list)  # the answers the next answer text goes to
    loose: list[_Line] = field(default_factory=list)  # answer text that went to no question
    read: Read = Read.START
    header: _Question | None = None  # the question the labelled items being read are listed under
    previous_text: str = ""
    items: bool = False  # the lines read are the items of a request the reply reports: "You asked for: - ..."
    text_item: str | None = None  # the label of the line before when it was an item of a list in answer text
    listing: bool = False  # the answer being read opened a list ("as follows:") and lists its bullets
    stopped: int | None = None  # how many loose lines there were at the first boilerplate after questions
    numbered: bool = False  # before any question, the reply said its answers carry the request's numbers
    restated: dict[_Question, _Line] = field(default_factory=dict)  # the line last restating each question
    filled_run: frozenset[int] = frozenset()  # starts of the lines in a run of labelled "topic - answer" lines
    round_from: int = 0  # where the answers of this round start: a reply answering the request again for another body


class _Reading(NamedTuple):
    """A line with its tag and what acting on it needs (a NamedTuple: one is made for every line)."""

    tag: Tag
    line: _Line
    body: str = ""
    question: _Question | None = None  # the question a REPEAT repeats
    targets: tuple[tuple[str, _Question | None], ...] = ()  # labels answered, each with its question
    match: re.Match[str] | None = None  # CHECKBOX, TOPIC, INLINE: what the line's pattern found
    drop: _Seg | None = None  # an empty answer that sub-answers replace: "4." alone, then "1. Yes"
    weak: bool = False  # a REFERENCE only mentioning its questions: a labelled answer to them replaces it
    again: bool = False  # a LABELLED_ANSWER opening another round of answers to every question (_opens_next_round)


def _compose_label(state: _State, line: _Line) -> str:
    """A sub-item under a header question: "a)" after "1. The total number ... that have been:" -> "1a"."""
    label = line.label or ""
    header = state.header
    if header is None and line.label and not line.named and state.questions:  # "(b)" after "3. (a) ...": 3b
        return label_number(label_key(state.questions[-1].label)) + label_key(label)
    if header is None or header.label is None or not header.named or line.label is None or line.named:
        return label  # a named label ("Request 1", "Q2") keeps its own numbering
    parent, key = label_key(header.label), label_key(label)
    if LETTER_KEY_RE.fullmatch(key) or roman_value(key) is not None:
        return parent + key  # "a)" -> "1a", "(ii)" -> "1ii"
    return f"{parent}.{key}" if NUMBER_KEY_RE.fullmatch(key) else label


def _drop_lead_in(state: _State, header: _Question | None, label: str | None) -> None:
    """Forget an unanswered question that only introduced the items after it, or a part's heading
    ("Part B - Verges") over the first item of a numbering that restarts in each part."""
    if not state.fresh or state.read is not Read.QUESTION:
        return
    previous = state.fresh[-1]
    opens = previous is header and (not previous.named or "?" not in previous.text)  # "Has it? If so:" asks too
    part_heading = (previous.label or "").lower().startswith("part") and "?" not in previous.text
    introduces = (
        opens
        or (part_heading and label is not None and is_first(label_key(label)))
        or (
            not previous.named
            and len(state.fresh) == 1
            and (previous.text.endswith(":") or cues.LEAD_IN_TEXT.pattern.search(previous.text))
        )
    )
    if introduces and previous in state.questions:
        state.fresh.remove(previous)
        state.questions.remove(previous)


def _drop_introduction(state: _State) -> None:
    """Before the first item of a request's bulleted list of questions, forget the waiting lines that do not ask
    anything themselves (no label, no bullet, no "?", no "please provide" or "how many"): they introduced
    the list ("The answers will be used in research.")."""
    if not state.fresh or state.fresh[-1].bullet or any(q.bullet for q in state.fresh):
        return  # a list already begun (the first test keeps a long list linear)
    for question in [q for q in state.fresh if not q.named and "?" not in q.text]:
        if not _found_from(cues.ASKS, _folded(question.text)):
            state.fresh.remove(question)
            state.questions.remove(question)


def _drop_reported_request(state: _State) -> None:
    """Before the first of the numbered items answering it, forget a waiting unlabelled sentence reporting the
    request in prose ("You asked for the number of fires, and the number of casualties."): the items are its
    questions. The sentence may have been cut into its asks: its line is read from its start."""
    text = state.text
    for question in [q for q in state.fresh if q.label is None]:
        if cues.REQUEST_SENTENCE.matches(_folded(text[text.rfind("\n", 0, question.start) + 1 : question.end])):
            state.fresh.remove(question)
            state.questions.remove(question)


def _add_question(state: _State, line: _Line, body: str, body_start: int, sub_item: bool = False) -> _Question:
    if state.current or state.read not in (Read.QUESTION, Read.REPEAT):
        state.current, state.fresh = [], []
    header = state.header
    keeps_header = header is not None and header.named and header.text.endswith("?")
    label = _compose_label(state, line) if sub_item and not keeps_header else line.label
    _drop_lead_in(state, state.header if sub_item else None, line.label)
    if line.bullet and state.read is Read.QUESTION and not state.segs:
        _drop_introduction(state)
    if line.label and is_first(label_key(line.label)) and state.read is Read.QUESTION:
        _drop_reported_request(state)
    question = _Question(
        label, body, body_start, body_start + len(body), len(state.questions), line.label is not None, None, line.bullet
    )
    state.questions.append(question)
    state.fresh.append(question)
    state.read = Read.QUESTION
    state.listing = False
    return question


def _shown_label(question: _Question) -> str:
    return question.label or str(question.index + 1)


def _asked_keys(state: _State) -> set[str]:
    """The keys of the labels of the questions read so far."""
    return {label_key(_shown_label(q)) for q in state.questions}


def _find_question(state: _State, label: str, answered: set[_Question]) -> _Question | None:
    key = label_key(label)
    # a question written with the label comes before one numbered only by its place ("Q1" before an unlabelled first)
    candidates = sorted((q for q in state.questions if label_key(_shown_label(q)) == key), key=lambda q: not q.label)
    if candidates:
        return next((q for q in candidates if q not in answered), None)
    number, letter = label_number(key), label_letter(key) or label_tail(key)
    for question in state.questions:
        if question in answered:
            continue
        qkey = label_key(_shown_label(question))
        if letter and not number and label_tail(qkey) == letter:  # "b" answers "1b", "ii" answers "1ii"
            return question
        if number and label_number(qkey) == number and label_tail(qkey) in ("", letter):
            return question
    # a part the question names inside its own line, answered under its own label after the question's answer:
    # "3. Episodes over 72 hours, and (a) whether any were harmed" answered under "Q3" then "Q3a"
    if not (number and letter):
        return None
    named = (q for q in state.questions if label_key(_shown_label(q)) == number and f"{letter}) " in q.text)
    return next((q for q in named if letter in {m.group("letter") for m in PART_RE.finditer(q.text)}), None)


def _fuller_label(label: str, question: _Question | None) -> str:
    """An answer's bare letter under the sub-question it answers takes that question's label ("a)" -> "1a"),
    and an answer's own label ("A1", "Response 2") the label of its question ("Q1", "2")."""
    if question is None:
        return label
    if cues.ANSWER_LABEL.pattern.match(label):
        return _shown_label(question)
    key, full = label_key(label), label_key(question.label)
    return (question.label or label) if key == label_tail(key) and full == label_number(full) + key else label


def _answered_ids(state: _State, without: _Seg | None = None) -> set[_Question]:
    """The questions answered in this round (`_opens_next_round`), by no weak answer nor `without`."""
    segs = islice(state.segs, state.round_from, None)
    return {s.question for s in segs if s.question is not None and not s.weak and s is not without}


def _line_end_before(text: str, line: _Line) -> int:
    """Where the line before `line` ends (the start of the blank run above it)."""
    return len(text[: line.start].rstrip())


def _opens_next_round(state: _State, line: _Line, labels: Sequence[str]) -> bool:
    """Whether a line named as the first question ("Q1", "Question 1") under a heading set apart answers it again
    once every question was answered: a reply answering one request for two bodies or years in turn ("PART B - THE
    SECOND FUND" over "Q1 ..."), each part under the request's own labels (the schema pairs answers with the same
    label in order). Not notes numbered under a heading after the answers ("Notes" over "1. Figures are ...")."""
    if len(labels) != 1 or len(state.questions) < 2 or state.read not in (Read.LABELLED, Read.ANSWER):
        return False
    if not (line.named and line.blank_before and BLANK_AFTER_RE.match(state.text, _line_end_before(state.text, line))):
        return False
    if label_key(labels[0]) != label_key(_shown_label(state.questions[0])):
        return False
    heading = state.previous_text.strip()
    if not heading or len(heading) > 90 or heading.endswith((".", "?", ":")) or looks_like_question(heading):
        return False
    return set(state.questions) <= _answered_ids(state)


def _next_unanswered(state: _State, answered: set[_Question]) -> _Question | None:
    """The first unanswered question after the last answered one (for replies that number every item 1.)."""
    last = max((i for i, q in enumerate(state.questions) if q in answered), default=-1)
    return next((q for q in state.questions[last + 1 :] if q not in answered), None)


def _targets(
    state: _State, labels: Sequence[str], without: _Seg | None = None, named: bool = False
) -> tuple[tuple[str, _Question | None], ...] | None:
    """The question each label answers; None when a lone label names no question left to answer. A label the line
    names in words ("In answer to question 3,") may come in any order where the reply restated no question."""
    answered = _answered_ids(state, without)
    found: list[tuple[str, _Question | None]] = []
    for label in labels:
        question = _find_question(state, label, answered)
        if question is None and len(labels) == 1 and not state.split:
            question = _next_unanswered(state, answered)
            question = None if question is not None and _numbered_otherwise(state, question, label) else question
        if question is None and len(labels) == 1:
            question = _misnumbered(state, answered, label)
        if question is None and len(labels) == 1:  # a label no question has: the next after the answer read,
            first = not state.questions and not state.segs and label_key(label) == "1"  # or the first of all
            in_turn = _next_after_current(state, label)
            # or after the last numbered question read, read in order: "Q4  Summons costs ..." then "Q5a Yes.", "3"
            # and its part "(ii) ..." answered, then "Request 4 ..."
            in_turn = in_turn or (not state.split and _next_number(_last_numbered(state), label))
            if not (first or in_turn or (named and (not state.questions or _answers_out_of_turn(state)))):
                return None
        if question is not None:
            answered.add(question)
        found.append((label, question))
    return tuple(found)


def _misnumbered(state: _State, answered: set[_Question], label: str) -> _Question | None:
    """The question a label repeating the one just answered answers, read in order, where the question after it is
    unanswered and the reply does not go on to that question's own label: "5. Yes" then "5. Acme Ltd" then "7. None",
    with 6 asked, is question 6's answer written under the wrong number."""
    if not state.current or state.read is not Read.LABELLED or label_key(state.current[-1].label) != label_key(label):
        return None
    question = _next_unanswered(state, answered)
    if question is None or not is_successor(label_key(label), label_key(_shown_label(question))):
        return None
    lines = state.segs[-1].lines if state.segs else []
    return (
        question if lines and _label_after(state.text, lines[-1].end, 2) != label_key(_shown_label(question)) else None
    )


def _label_after(text: str, end: int, nth: int) -> str | None:
    """The key of the `nth` label opening a line in the few lines after `end` (ahead of the line being read)."""
    for following in text[end : end + 600].split("\n")[1:12]:
        label = parse_label(following.strip())
        nth -= label is not None
        if label is not None and nth == 0:
            return label.key
    return None


def _answers_out_of_turn(state: _State) -> bool:
    """The reply has already answered a lower number after a higher one ("Q3(a)", "Q3(b)", then "Q1"): it answers
    by label, not in order, so a label named later out of turn ("Q5" after "Q2") answers that question too."""
    numbers = [int(n) for seg in state.segs if (n := label_number(label_key(seg.label))).isdigit()]
    return any(later < earlier for earlier, later in pairwise(numbers))


def _last_numbered(state: _State) -> str | None:
    """The label of the last question read that has a number: "Request 3" after its part "(ii)"."""
    return next((q.label for q in reversed(state.questions) if label_number(label_key(q.label))), None)


def _numbered_otherwise(state: _State, question: _Question, label: str) -> bool:
    """A question under another number, answered already under its own label, is not the one a label names: "Question
    3 Yes" after "Question 1 - spend" and its answer is question 3 (one not restated), not question 1 again."""
    number = label_number(label_key(question.label))
    if not number or number == label_number(label_key(label)):
        return False
    return any(seg.question is question and seg.lines for seg in state.segs)


def _similar_question(state: _State, line: _Line, body: str) -> _Question | None:
    """An earlier question this line repeats (the reply quoting the request before answering)."""
    words = _word_set(body)
    if len(words) < 3:
        return None
    best: tuple[float, int, _Question | None] = (0.0, 0, None)
    # read in order, questions still waiting for an answer are siblings ("1. Of those, how many were male" after
    # "1. Of those, how many left"): a reply quoting the request again starts over at the first of several, word
    # for word
    waiting: list[_Question] = state.fresh if not state.split and state.read is Read.QUESTION else []
    for question in state.questions[-RECENT_QUESTIONS:]:
        waits = question in waiting
        if waits and (question is not waiting[0] or len(waiting) < 2):
            continue
        if question.words is None or question.words[0] != len(question.text):
            question.words = (len(question.text), _word_set(question.text))
        other = question.words[1]
        fewer, more = sorted((len(words), len(other)))
        same_label = line.label is not None and label_key(line.label) == label_key(question.label)
        heading = same_label and len(words) <= TOPIC_WORDS  # "1. Number of claims received" over its figures
        if 5 * fewer < 3 * more and not heading:
            continue  # sharing at most the smaller set, the score is below 0.6 (spares the intersection)
        score = len(words & other) / (len(words) if heading else more)
        if score < (1.0 if waits else 0.6):
            continue
        threshold = 0.6 if same_label else (0.75 if state.split else 0.9)
        if score >= threshold and (score, same_label) > best[:2]:
            best = (score, int(same_label), question)
    return best[2]


def _references(state: _State, line: _Line) -> tuple[list[str], bool] | None:
    """Labels a line says it answers, and whether it only mentions them in a sentence (a summary: "Questions 3 and
    4 are exempt, as explained below."): "In response to questions 3 and 4" -> (["3", "4"], False)."""
    folded = _folded(line.text)
    if folded[:1] == "q" and cues.QUARTER_ROW.matches(folded):
        return None  # a row's quarter of a year names no question: "Q3 Oct-Dec 2024  41"
    # matched on the folded line, the words are read from the line itself (fold can change a letter)
    # the cue opens with one of these words (most lines do not)
    opens_counted = folded.startswith(("in ", "for", "regarding", "the answer to"))
    counted = cues.COUNTED_REFERENCE.pattern.match(folded) if opens_counted else None
    if counted:
        word = folded[counted.start("count") : counted.end("count")]
        count = int(word) if word.isdigit() else 2 if word == "both" else NUMBER_WORDS[word]
        if not count:
            return None
        return [_shown_label(q) for q in state.questions[-count:]], False
    ordinal = cues.ORDINAL_ANSWER.pattern.match(line.text)  # anchored: it fails on a line's first letters
    if ordinal:  # "In answer to your second question, ..."
        word = ordinal.group("ordinal").lower()
        if word in cues.LAST_ORDINALS:  # "Turning to your final question", after the one before it was answered
            return ([_shown_label(state.questions[-1])], False) if _answered_up_to_last(state) else None
        return [_ordinal_label(state, cues.ORDINALS.index(word) + 1)], False
    says = cues.SAYS_WHAT_IT_ANSWERS
    if any(needle in folded for needle in says.needles) and (answers := says.pattern.search(folded)):
        return [answers.group("label")], False  # "... 73 were received. This answers part (a) of your request."
    match = cues.REFERENCE.pattern.match(folded)
    mentioned = False
    if match is None and state.split and not state.current and ("question" in folded or "part" in folded):
        # no answer being read: a sentence of the paragraph names the questions it answers
        sentence, match = _mentioning_sentence(folded)
        if match is not None and cues.REFINING_ADVICE.matches(sentence):
            return None  # the questions a narrower request might ask: "refine your request to questions 2 to 4"
        if match is not None and cues.ONE_PART_ALONE.matches(sentence):
            return None  # a cost refusal of the whole request: "answering question 1 alone exceeds the limit"
        mentioned = True
    if not match:
        return None
    group = next(name for name in ("labels", "single", "parts") if match.groupdict().get(name))
    spec = line.text[match.start(group) : match.end(group)]
    labels = _bracketed_labels(spec) if group == "parts" else _expand_labels(spec)
    if group == "labels" and line.label and line.label_to is None and SPACED_DASH_RE.search(spec):
        labels = labels[:1]  # the line's label reads no range: "Question 5 - 23 of those were ..." gives a figure
    if line.named and len(labels) == 1 and label_key(line.label).startswith(label_key(labels[0]) + "."):
        labels = [line.label or ""]  # the label's numbered part, which the cue stops short of: "Question 5.1: £40"
    if mentioned and not {label_key(label) for label in labels} <= _asked_keys(state):
        return None  # a question mentioned in passing must be one that was asked
    return labels, mentioned


def _mentioning_sentence(folded: str) -> tuple[str, re.Match[str] | None]:
    """The sentence of a paragraph that names the questions it answers, and the match on `folded`: its first sentence
    opening one, else its last summing it up ("... we do not hold these records. We therefore cannot answer questions
    1 to 3."), else one in between ("Your request says "your force". The matters you ask about at questions 1 and 2
    are for the force. We hold nothing on them.")."""
    breaks = [m.start() for m in SENTENCE_BREAK_RE.finditer(folded, 0, len(folded) - 2)]
    spans = list(zip([0, *(b + 2 for b in breaks)], [*breaks, len(folded)], strict=True))
    for begin, end in [spans[0], spans[-1]] if len(spans) > 1 else spans:
        match = cues.MENTIONED.pattern.search(folded, begin, end)
        if match is not None:
            return folded[begin:end], match
    for begin, end in spans[1:-1]:  # a sentence in between only where it names what the request asked there
        match = cues.ASKED_AT.pattern.search(folded, begin, end)
        if match is not None:
            return folded[begin:end], match
    return "", None


def _answered_up_to_last(state: _State) -> bool:
    """The answer read last is to the question before the last one asked: "your final question" comes next in
    turn (in one paragraph answering in order, the answers before it are not yet read apart)."""
    last = state.segs[-1].question if state.segs else None
    return len(state.questions) > 1 and last is state.questions[-2]


def _ordinal_label(state: _State, place: int) -> str:
    """The question a reply names by its place ("your second question"): the one numbered so, else that place among
    the unlabelled questions asked last (one letter answering several requests counts each request's anew), else
    that place among questions lettered or numbered in roman ("your first question" is "(i)")."""
    if any(label_key(_shown_label(q)) == str(place) for q in state.questions):
        return str(place)
    run = list(takewhile(lambda q: q.label is None, reversed(state.questions)))[::-1]
    if not run and place <= len(state.questions) and not any(label_number(q.label or "") for q in state.questions):
        return _shown_label(state.questions[place - 1])
    return _shown_label(run[place - 1]) if place <= len(run) else str(place)


def _decimal_answer(state: _State, line: _Line) -> _Reading | None:
    """A figure after a decimal label that names a sub-question: "1.2 £3.2 million" answers question 1.2."""
    lead = DECIMAL_LEAD_RE.match(line.text) if line.text[:1].isdigit() else None
    if lead is None or lead.group(1) not in _asked_keys(state):
        return None
    targets = _targets(state, [lead.group(1)])
    if targets is None:
        return None
    at, rest = _text_at(line, lead.end()), line.text[lead.end() :]
    return _Reading(Tag.LABELLED_ANSWER, _Line(at, line.end, rest, None, None, rest, at, False), rest, targets=targets)


def _give_sentence_before(state: _State, label: str, line: _Line) -> None:
    """In a paragraph that turns to question k mid-way ("We hold 540. With regard to question 2, ..."), the
    sentences before the turn answer the question before k, when nothing has answered it yet."""
    if not state.loose or "\n" in state.text[state.loose[-1].end : line.start]:
        return
    answered = _answered_ids(state)
    question = _find_question(state, label, answered)
    at = state.questions.index(question) if question is not None else 0
    before = state.questions[at - 1] if at else None
    if before is None or before in answered:
        return
    state.segs.append(_Seg(_shown_label(before), before, [state.loose.pop()]))


def _bracketed_labels(spec: str) -> list[str]:
    """ "(a), (c) and (e)" -> [a, c, e]; a range, "(a) to (c)" -> [a, b, c]."""
    spec = BRACKET_RANGE_RE.sub(lambda m: " ".join(f"({label})" for label in expand_range(m[1], m[2])), spec)
    return PAREN_LABEL_RE.findall(spec)


def _expand_labels(spec: str) -> list[str]:
    """ "3 and 4" -> [3, 4]; "1a, b and d" -> [1a, 1b, 1d]; "1 to 4" -> [1, 2, 3, 4];
    "2, parts (a) and (b)" -> [2a, 2b]."""
    parts = LABEL_SPEC_PART_RE.findall(spec.lower())
    labels: list[str] = []
    number = ""
    for i, part in enumerate(parts):
        if part.isdigit() and labels and parts[i - 1] in ("to", "-", "–"):  # the end of a range
            low, high = int(label_number(labels[-1]) or 0), int(part)
            labels.extend(str(n) for n in range(low + 1, min(high, low + 30) + 1))
        elif part[0].isdigit():
            number = label_number(part)
            labels.append(part.replace("(", "").replace(")", ""))
        elif part.isalpha() and len(part) == 1:
            if labels and labels[-1] == number:  # a number's parts named after it stand for it: "3, parts (b) and (c)"
                labels.pop()
            labels.append(number + part)
    return labels


def _plausible_answer_label(state: _State, line: _Line) -> bool:
    """A labelled line in the reply only answers when its label names a known question."""
    key = label_key(line.label)
    keys = [label_key(_shown_label(q)) for q in state.questions if state.split or q.named]  # none: no known one
    if key in keys or _named_in_turn(state, line):
        return True
    number, letter = label_number(key), label_tail(key)
    if number:
        return any(label_number(k) == number for k in keys)
    return bool(letter) and any(label_tail(k) == letter for k in keys)


def _named_in_turn(state: _State, line: _Line) -> bool:
    """Read in order, a named label next in turn after the answer being read answers a question the reply did not
    restate: "Question 4" then "(a) The council paid £9,000." after question 3's answer (a line naming its label in
    words, "Q4 The council paid ...", is read as a reference to it)."""
    if state.split or not line.named or not state.current or state.read not in (Read.ANSWER, Read.LABELLED):
        return False
    if cues.REFERENCE.pattern.match(_folded(line.text)):
        return False
    return _next_after_current(state, line.label)


def _next_after_current(state: _State, label: str | None) -> bool:
    """`label` comes next after one of the answers being read and is none of them: after the last, or after one of
    several answered together out of turn ("Questions 1, 2 and 4" then "Question 3")."""
    if not state.current or not label:
        return False
    if _next_number(state.current[-1].label, label):
        return True
    keys = {label_key(seg.label) for seg in state.current}
    return label_number(label_key(label)) not in keys and any(_next_number(seg.label, label) for seg in state.current)


def _is_sub_item(state: _State, line: _Line) -> bool:
    """A labelled item listed under a question that introduces it: "a. Identified as ..."."""
    if state.read is not Read.QUESTION or not state.fresh:
        return False
    previous = state.fresh[-1]
    if previous.text.endswith((":", "-", "–")) or is_successor(previous.label, line.label):
        return True
    first = label_key(line.label) in ("a", "1", "i")
    return first and (previous.label is None or (label_key(line.label) != "1" and label_key(previous.label).isdigit()))


def _continues_question(state: _State, line: _Line) -> bool:
    if state.read is not Read.QUESTION or not state.fresh or line.label:
        return False
    previous = state.fresh[-1].text
    if _answers_caption(previous, line) or _answers_clause(previous, line):
        return False
    if cues.ANSWER_MARKER.pattern.match(line.text):  # an answer however the question's line ended: "rats," "Reply: 9"
        return False
    # a line of years set apart under a topic heading heads its answer's table: "Q1 - spend", a blank line, "2023/24"
    years = YEARS_ONLY_RE.match(line.text) and not (line.blank_before and state.fresh[-1].named and _topic(previous))
    # CONTINUES_RE can only match on the last character, or on the one before a final newline
    if CONTINUES_RE.search(previous[-2:]) or cues.MODIFIER.pattern.match(line.text) or years:
        return True
    # "... made to the" / "National Referral ...": searched near the end only (slow along a long question)
    if not line.blank_before and cues.WRAPPED.pattern.search(previous, max(0, len(previous) - cues.WRAPPED_REACH)):
        return True
    if not line.blank_before and previous.count("(") > previous.count(")"):  # "(for example" / "365 or ...)"
        return True
    if state.fresh[-1].named and looks_like_question(line.text):  # not an answer however it goes on: "Response: ..."
        return cues.ANSWER_MARKER.pattern.match(line.text) is None
    listed = line.text.endswith((";", ",")) and not line.blank_before and not previous.endswith("?")
    # a sentence stating something that wraps at a list's semicolon is an answer: "The five largest were: A; B;"
    listed = listed and not (line.text[:1].isupper() and _states(_folded(line.text)))
    ended = line.blank_before and cues.SENTENCE_ENDED.matches(_folded(previous))  # "... in 2024." / "xyzco paid ..."
    return (line.text[:1].islower() and not ended) or listed


def _answers_caption(previous: str, line: _Line) -> bool:
    """A figure given as a sentence under an item captioned with a colon: "Staff in post in 2024:" then "412."
    (an item of the request listed after a colon has no full stop: "2021/22 and 2022/23"), or any line under
    a statement introducing what follows: "The five largest suppliers were:"."""
    if not previous.endswith(":"):
        return False
    return cues.FIGURE_GIVEN.matches(_folded(line.text)) or cues.STATEMENT_INTRO.matches(_folded(previous))


def _answers_clause(previous: str, line: _Line) -> bool:
    """An answer set apart under an item that ends its clause with a semicolon or comma: "(a) the days lost;", a
    blank line, then "2022 - 41,870 days" or "We do not hold this." (a line of years alone still runs on)."""
    # or straight under a part that closes its clause before the next part: "(a) the police, and" then "26"
    closed = line.blank_before and previous[-1:] in ";," or CLAUSE_JOIN_RE.search(previous[-6:]) is not None
    opens = closed and cues.ANSWER_OPENING.pattern.match(line.text) is not None
    return opens and not YEARS_ONLY_RE.match(line.text)


def _runs_on(state: _State, line: _Line) -> bool:
    """In a request part, a line right under a question that stops mid-sentence ("... options for reforming")
    carries it on ("Gift Aid, including ..."): a request holds no answer to take it for."""
    if state.read is not Read.QUESTION or line.blank_before or line.bullet or not state.fresh[-1].text[-1:].isalnum():
        return False
    return line.text[:1].isalnum() and not looks_like_question(line.text)  # not "(c) ..." nor "Please send ..."


def _header_for(state: _State, line: _Line) -> bool:
    """Note the question a labelled item is listed under; True when the item is such a sub-item."""
    last = state.fresh[-1] if state.fresh and state.read is Read.QUESTION else None
    if last is not None and _is_sub_item(state, line) and not is_successor(last.label, line.label):
        state.header = last
        return True
    previous = last or (state.questions[-1] if state.questions else None)
    if previous is not None and not line.named and label_key(line.label) == "b":
        _name_closing_part(state, previous)
    if previous is not None and is_successor(previous.label, line.label):
        key = label_key(previous.label)
        # after its answer, the next part goes on under the heading of the last: "(a) ...", its figures, "(b) ..."
        # (not past a part numbered on its own: "4. (a) ..." then "(b)" is 4b, whatever headed 3)
        own = label_number(key)
        if state.header is not None and (last is not None or own) and own in ("", label_key(state.header.label)):
            return True
        if label_number(key) and label_letter(key) and len(label_key(line.label)) == 1:  # "3. (a) ..." then "(b)"
            state.header = None
            return True
    state.header = None
    return False


def _name_closing_part(state: _State, question: _Question) -> None:
    """A numbered question whose words close on its first part, "1. The number of vans: (a) in total", becomes
    that part (1a), it and its answer, when a "(b)" follows that answer (not the rest of its own sentence)."""
    parts = [match.group("letter") for match in PART_RE.finditer(question.text)]
    if question.label is None or not label_key(question.label).isdigit() or parts != ["a"]:
        return
    if not any(seg.question is question for seg in state.segs):
        return
    question.label += "a"
    for seg in state.segs:
        seg.label = _shown_label(seg.question) if seg.question is question else seg.label


def _next_in_list(state: _State, line: _Line, body: str) -> bool:
    """A labelled item that continues the list of questions after an answer: "b) Suspected of ..."."""
    if not state.questions or state.read not in (Read.ANSWER, Read.LABELLED):
        return False
    last = state.questions[-1]
    answered = any(seg.question is last for seg in state.segs)
    plain_answer = cues.ANSWER_OPENING.pattern.match(body) is not None
    # several labels at once over a statement answer them: "Questions 3 and 4" then "These do not apply to us."
    plain_answer = plain_answer or (line.label_to is not None and _states(_folded(body)))
    words = _words(body)  # a sentence, or a heading of words: "3) Recalled appliances" (not "3. 45 staff")
    # or one capitalised word set apart, without a stop: "4. Sponsorship" (not "4. Nil." nor "4. 12")
    lone = len(words) == 1 and line.blank_before and body.isalpha() and body[:1].isupper()
    heading = len(words) >= 3 or (len(words) == 2 and not any(w.isdigit() for w in words)) or lone
    heading = heading or (not body and line.label_to is not None)  # two labels alone over one answer: "3. and 4."
    return answered and _next_number(last.label, line.label) and not plain_answer and heading


def _next_number(before: str | None, after: str | None) -> bool:
    """`after` comes next after `before`, or its number does where either is a lettered part: "1" then "2. (a)",
    "2(b)" then "3." (the parts of a question need not be asked for its successor to be read), or a numbered part:
    "4" then "5.1", "5.2" then "6"."""
    if is_successor(before, after):
        return True
    a, b = label_key(before), label_key(after)
    parted = label_tail(a) or label_tail(b) or "." in a or b.endswith(".1")  # "2(b)", "3(ii)", "5.1"
    return bool(parted) and is_successor(label_number(a), label_number(b))


def _answered_unasked(state: _State, line: _Line) -> bool:
    """The number next in turn after two items answered under their numbers with none of the questions' words ("2.
    The list is attached.", "3. The event cost £9,000."): answered the same way, however its sentence opens ("4. No
    fees were paid.", "5. Yes, ...")."""
    last = state.questions[-2:] if state.read is Read.ANSWER else []
    return len(last) == 2 and not (last[0].text or last[1].text) and is_successor(last[1].label, line.label)


def _nested_answer_label(state: _State, line: _Line) -> tuple[str, _Seg | None] | None:
    """A sub-answer under an answer that introduces a list: "4. As follows:" then "1. Yes" -> "4.1"; with the
    answer it replaces when that answer only opened the list."""
    if len(state.current) != 1 or line.label is None:
        return None
    seg = state.current[0]
    key, parent = label_key(line.label), label_key(seg.label)
    opened = not seg.lines or (len(seg.lines) == 1 and seg.lines[0].text.endswith(":"))  # "4." alone, "4. As follows:"
    if "." in parent and "." not in key and is_successor(parent, key):  # not the next part named in full: "4.2"
        return f"{parent.rsplit('.', 1)[0]}.{key}", None
    if opened and key in ("1", "a") and NUMBER_KEY_RE.fullmatch(parent):
        return (f"{parent}.{key}" if key.isdigit() else parent + key), seg
    return None


def _roman_part(state: _State, line: _Line) -> str | None:
    """Roman parts under a number's own answer ("4. Yes." then "i) ...", "ii) ..."): 4i, 4ii, with 4 keeping its
    answer, when the request's parts were not read as questions."""
    seg = state.current[0] if len(state.current) == 1 else None
    if seg is None or not seg.lines or line.label is None:
        return None
    key, parent = label_key(line.label), label_key(seg.label)
    # a question read ("Q4  Yes" over "i) ..." without one is the numbered reading's), answered in a line or two
    short = seg.question is not None and bool(seg.question.text) and len(seg.lines) <= 2
    first = key == "i" and short and NUMBER_KEY_RE.fullmatch(parent) is not None
    in_turn = label_number(parent) != "" and roman_value(label_tail(parent)) is not None and is_successor(parent, key)
    written = seg.label  # as the reply writes it: "Q4" then "Q4i"
    part = written[: len(written) - len(label_tail(parent))] + key
    return part if (first or in_turn) and label_key(part) not in _asked_keys(state) else None  # asked: its own


def _lists_under_heading(state: _State, line: _Line) -> bool:
    """A list counted from its start right under a reply heading after one question ("Question 4 ..." or "Request:
    ...", then "Response:", then "1. Back problems"): the answer's items, not the question's parts nor answers."""
    if state.split or state.read is not Read.QUESTION or len(state.fresh) != 1 or not is_first(label_key(line.label)):
        return False
    return label_key(_shown_label(state.fresh[0])) != label_key(line.label) and _reads_as_response_heading(
        state.previous_text
    )


def _previous_opens_list(state: _State) -> bool:
    opened = (seg.lines[-1].text.endswith(":") for seg in state.current if seg.lines)
    return state.previous_text.endswith(":") or any(opened)


def _caption_pointed_to(state: _State, line: _Line) -> bool:
    """The caption of a table or annex that an earlier answer points to ("Table A - Charges" after "the charges
    are shown in Table A below"): what follows it is that answer's, not the answer being read."""
    if not (line.blank_before and state.current and state.current[0].lines):
        return False
    caption = cues.CAPTION.pattern.match(line.text)
    if caption is None:
        return False
    name = re.compile(rf"\b{re.escape(caption.group(1).lower())}\b")
    return name.search(lower_text(state.text), 0, state.current[0].lines[0].start) is not None  # lowered once


# Tagging: what a line is, given what was read before it. Each branch's guards live here, and nowhere else.


def _tag(state: _State, line: _Line) -> _Reading:
    if not line.label:
        line = _bare_answer_label(state, line)  # "A2 Twelve vans ..." under "Q2 How many vans ...?"
    if state.read is Read.QUESTION and not line.label:
        line = _bare_numbered(state, line)  # the list's next item without a stop: "3 Please send ..."
    elif state.split and not line.label and (state.read in (Read.LABELLED, Read.ANSWER) or not state.segs):
        line = _bare_answer_numbered(state, line)  # the next answer without a stop: "3 Yes - ..."
    elif not state.split and not line.label and (line.blank_before or line.text.endswith("?")):
        # read in order, the next item after an answer: "2 The number of ..."; or asking straight under the answer
        # before it, as a table's question cell does: "27" then "3 How much was spent ...?"
        line = _bare_numbered(state, line)
    body = line.body if line.label else line.text
    if _is_boilerplate(line.text) or _caption_pointed_to(state, line):
        return _Reading(Tag.BOILERPLATE, line)
    if _is_request_talk(body) if line.label else _is_aside(line.text):
        return _Reading(Tag.ASIDE, line)
    if line.named and _sums_up_decision(state, line):
        return _Reading(Tag.ASIDE, line)  # "Question 3 - information withheld" above the questions or after answers
    if "[" in line.text:  # a checkbox pair needs its "["
        box = cues.CHECKBOX.pattern.search(line.text)
        if box and len(_words(line.text[: box.start()])) >= 2:
            return _Reading(Tag.CHECKBOX, line, match=box)
    if line.label and cues.QUOTED_SECTION.matches(line.text):  # the section's number is not an answer's label
        return _tag_plain(state, _unlabelled(line), line.text)
    if line.label == "A" and state.read is Read.QUESTION and _answers_letter_question(state, line):
        answer = _unlabelled(line._replace(start=line.body_start, text=line.body))  # read from after its marker
        return _tag_plain(state, answer, answer.text)  # "Q. How many ...?" then "A. The council has six."
    return _tag_labelled(state, line, body) if line.label else _tag_plain(state, line, body)


def _sums_up_decision(state: _State, line: _Line) -> bool:
    """A line summing up the decision on named questions, either above the questions asked or after every question
    it names was answered (a closing "Summary" list repeating each answer's class)."""
    summary = cues.DECISION_SUMMARY.pattern.match(_folded(line.text))
    if summary is None:
        return False
    if not state.questions:
        return True
    named = {label_key(label) for label in _expand_labels(summary.group("labels"))}
    # answered in any way, if only by the text under the question (which a labelled line would replace)
    answered = {label_key(_shown_label(s.question)) for s in state.segs if s.question is not None and s.lines}
    return named <= answered


def _answers_letter_question(state: _State, line: _Line) -> bool:
    """A line marked "A." stating something under a question marked "Q." or "Q3.": the answer's marker, not a part
    A (a question introducing its parts, "Q3. For each year:", or naming them, "... (a) staff and (b) agents", has
    parts)."""
    question = state.fresh[-1] if state.fresh else None
    asked = question.text if question else ""
    if looks_like_question(line.body):
        return False
    if asked[:1] in "Qq" and cues.QUESTION_LETTER.matches(_folded(asked)):
        return True
    numbered_q = question is not None and question.named and (question.label or "")[:1] in "Qq"
    return numbered_q and not asked.rstrip().endswith((":", "-", "–")) and not _parts(asked)


@lru_cache(maxsize=LINE_CACHE)
def _parts(text: str) -> frozenset[str]:
    """The lettered parts an item names inside its line, two at least: "... a) framework and b) off framework"
    -> {a, b}; "(a) arrested and (b) charged" -> {a, b}; none in "a) 12 b) 30" (figures, not parts)."""
    if ") " not in text:
        return frozenset()
    letters = frozenset(match.group("letter") for match in PART_RE.finditer(text))
    if "b" in letters and ("a" in letters or "c" in letters):
        return letters
    romans = frozenset(match.group("roman") for match in ROMAN_PART_RE.finditer(text))  # "(i) X and (ii) Y"
    return romans if {"i", "ii"} <= romans else frozenset()


def _part_answer(state: _State, line: _Line, body: str) -> _Reading | None:
    """A lettered line answering a part its question names inside its own line: "a) 100%" and "b) 0%" after
    "2. The share of spend that was a) framework and b) off framework" answer "2a" and "2b"."""
    key = label_key(line.label)
    lettered = len(key) == 1 and key.isalpha() or key in ("ii", "iii")
    if line.named or not lettered or " | " in body and " | " in state.previous_text:
        return None  # a row of a table under its header row: "(a) Warnings | 187 | 241" after "Outcome | 2023"
    if state.read is Read.QUESTION and state.fresh:
        question = state.fresh[-1]
    elif state.read in (Read.LABELLED, Read.ANSWER) and len(state.current) == 1 and state.current[0].question:
        question = state.current[0].question
    else:
        return None
    parts = _parts(question.text)
    number = label_number(label_key(question.label)) if question.label else ""
    # or one of the parts listed under it, each with its answer: "2. The spend split into:" then "a) rent - £5"
    # or, read as its answer, listed there first and answered after by letter alone: "a) rent" ... "a) £ 5,200"
    colon = question.text.endswith(":")
    summed = colon and SUM_ONLY_RE.fullmatch(body) is not None
    if state.read is Read.ANSWER and not summed:
        return None
    listed = colon and (summed or TOPIC_INLINE_RE.match(body) is not None)
    # or a year of those the question asks about, with its figure: "(a) 2022: 54,086", "(b) 2023/24 - £1.2m"
    listed = listed or (len(key) == 1 and _fills_year(body))
    if not number or not (key in parts or (key == "a" and "b" in parts) or listed) or looks_like_question(body):
        return None
    piece = _Line(line.body_start, line.end, body, None, None, body, line.body_start, False)
    return _Reading(Tag.LABELLED_ANSWER, piece, body, targets=((number + key, question),))


def _wraps_parts(state: _State, line: _Line) -> bool:
    """A lettered part on the line right under a question naming its parts inside its line and stopping after one
    with a comma, the next of them: "2. The spend split into a) rent, b) rates," then "c) fees." (its wrapped end)."""
    if state.read is not Read.QUESTION or not state.fresh or line.blank_before or line.named:
        return False
    asked = state.fresh[-1].text
    parts = _parts(asked)
    return bool(parts) and asked.rstrip()[-1:] == "," and is_successor(max(parts), line.label)


def _heads_items(state: _State, line: _Line, body: str) -> bool:
    """A numbered heading over the lettered questions after it: "1. For the wardens:" (a short line ending with a
    colon, not a statement of figures "1. The totals were:", and no question of that number yet); not the next label
    after answers each opened on their label's line ("Q4 A flat fee of £305" then "Q5 Top premises in 2024:")."""
    if not body.endswith(":") or len(_words(body)) > TOPIC_WORDS or cues.STATEMENT_INTRO.pattern.search(_folded(body)):
        return False
    last = state.segs[-1] if state.segs and state.segs[-1].lines else None
    run = last is not None and last.lines[0].label is not None and bool(last.lines[0].body)
    return not (run and last is not None and _next_number(last.label, line.label)) and (
        label_key(line.label) not in _asked_keys(state)
    )


def _heads_year_rows(text: str, line: _Line) -> bool:
    """A numbered heading over its answer's rows, a year and its figure each: "1. Exclusions" over "a) 2022/23 -
    14" and "b) 2023/24 - 19" (each row answers a part of that number, the heading the question)."""
    after = text[line.end : line.end + 200].lstrip()
    row = parse_label(after.split("\n", 1)[0])
    return row is not None and row.key == "a" and _fills_year(after[row.end :].split("\n", 1)[0])


def _first_heading(line: _Line, body: str) -> bool:
    """The first item of a reply read in order, headed by its topic: "(1) Staff employed in each depot" (a few
    words, one phrase at most closed by a stop, no answer, no statement, no table row)."""
    words = _words(body)
    ends = body[-1:] in ":;,|" or (body[-1:] == "." and ". " in body)
    if not is_first(label_key(line.label)) or not 3 <= len(words) <= TOPIC_WORDS or ends:
        return False
    folded = _folded(body)
    heading = body[:1].isupper() and " | " not in body
    return heading and cues.ANSWER_OPENING.pattern.match(folded) is None and not _states(folded)


def _tag_labelled(state: _State, line: _Line, body: str) -> _Reading:
    if state.read is Read.QUESTION and YEARS_ONLY_RE.match(state.previous_text) and not looks_like_question(body):
        return _Reading(Tag.ANSWER_TEXT, line, body)  # under a header row of years, "(a) Returned 201 214" is a row
    previous = state.previous_text
    # a sentence's end: "... for parts" / "(c).", "... in respect of" / "2(b)." (a bare "2." after "£3.2 million" heads)
    ends = cues.WRAPPED.matches(previous) if not body else previous[-1:].islower()
    if not WORD_CHAR_RE.search(body) and not line.blank_before and ends:
        return _Reading(Tag.ANSWER_TEXT, _unlabelled(line), line.text)
    if _wraps_parts(state, line):
        return _Reading(Tag.CONTINUATION, line, line.text)
    part = _part_answer(state, line, body)
    if part is not None:
        return part
    if _count_under_open_question(state, line, body):
        return _Reading(Tag.ANSWER_TEXT, _unlabelled(line), line.text)
    numbered = label_key(line.label).isdigit()  # an item numbered "2." naming its parts "a) ... b) ..."
    # a sentence whose subject is the label is about that question, not one: "Question 5 would require us to ..."
    # (a slice, not an index: a line whose page furniture was blanked is shorter than its span)
    before = line.body_start - line.start - 2
    about = line.named and line.text[before : before + 1].isalnum() and cues.ABOUT_QUESTION.matches(body)
    # what an answered question asks, told later ("Part 3 asks for legal advice, ..." explaining an exemption), is
    # no answer of its own (a verdict on it may be: "Part 2 is refused")
    verdict = _folded(body).startswith(("is ", "was ", "has ", "had ", "cannot "))
    if about and not verdict and _answered_already(state, label_key(line.label)):
        return _Reading(Tag.ANSWER_TEXT, _unlabelled(line), line.text)
    # under an answer's own worded label a statement, however it opens: "Response 2 A list of the bridges is attached"
    answering = ANSWER_WORD_LABEL_RE.match(line.label or "") is not None and body[-1:] != "?"
    # a statement under a lettered part asked already, after the reply's answer began: "(a) The longest was 311 days."
    key = label_key(line.label)
    lettered = bool(label_number(key) and label_letter(key))  # a part of a numbered item: "3a", not "1" again
    answers_asked = lettered and key in _asked_keys(state) and body[-1:] == "." and state.read is Read.ANSWER
    is_question = not about and not answering and not (answers_asked and line.label_to is None and not state.split)
    is_question = is_question and (looks_like_question(body) or (not state.split and numbered and bool(_parts(body))))
    # marked as asked before its label, whatever its words: "Question: (b) of which fully electric"
    is_question = is_question or (not about and cues.REQUEST_MARKER.pattern.match(line.text) is not None)
    # a question cell, whatever its words, unless it states or opens as an answer does: "No", "We hold ..."
    cell = line.asked and not state.split and not cues.ANSWER_OPENING.matches(body)
    is_question = is_question or (cell and not _states(_folded(body)))
    is_question = is_question or (not state.split and numbered and _heads_items(state, line, body))
    is_question = is_question or (not state.split and numbered and _heads_year_rows(state.text, line))
    repeat = _similar_question(state, line, body) if is_question or state.split else None
    # the question word for word, or its first line when the restatement wraps
    same = repeat is not None and (_similarity(body, repeat.text) >= 0.9 or _folded(body) in _folded(repeat.text))
    # read in order, the next number after the last question is a sibling however alike its words ("... paid to the
    # Commissioner?" then "2. ... paid to the Deputy Commissioner?")
    sibling = not state.split and bool(state.questions) and is_successor(state.questions[-1].label, line.label)
    if repeat is not None and (is_question or same) and not sibling:
        if state.split or repeat.label is None or label_key(repeat.label) == label_key(line.label) or same:
            return _Reading(Tag.REPEAT, line, body, question=repeat)
    asked = label_key(line.label) in _asked_keys(state)
    # in a run of labels each answered on its own line, the next label's "topic - answer" answers too: "Q1a Yes" then
    # "Q1b Contractor - Acme Ltd"
    run = state.read is Read.LABELLED and bool(state.segs) and _answered_on_label_line(state.segs[-1])
    run = run and is_successor(state.segs[-1].label, line.label)
    topic = _topic(body) if not state.split and not is_question and line.named and not asked and not run else None
    # "Question 1 - lead officer", unless question 1 was asked (then it answers it), or a list: "Questions 1, 4 and 6 -"
    if topic is not None and _line_labels(line)[1] is None:
        return _Reading(Tag.TOPIC, line, body, match=topic)
    starts_low = body[:1].islower()
    # a list the request introduces: "You asked for:", or a lead-in under it ("You asked:" then "For each year:")
    introduced = previous.rstrip().endswith(":") and (
        state.items or cues.REQUEST_INTRO.pattern.search(previous) is not None
    )
    is_question = is_question or (not state.questions and introduced)  # the first item of an introduced list
    is_question = is_question or (not state.split and not state.questions and _first_heading(line, body))
    next_item = state.text_item is not None and is_successor(state.text_item, line.label)
    # a paragraph of sentences whose first states something (a request item restated is one sentence)
    first, _, rest = _folded(body).partition(". ")
    states = not is_question and bool(rest) and _states(first)
    # or any numbered line without a "?" under "our answers follow the numbering of your request" (none restated):
    # a caption too ("2. Income by year:")
    stated = states and _next_in_list(state, line, body) or state.numbered and body[-1:] not in "?"
    stated = stated or (not is_question and _answered_unasked(state, line))
    if not state.split and stated:
        return _Reading(Tag.INLINE, line, body, match=STATED_ITEM_RE.match(body))  # "2b) The fees are withheld."
    if not is_question and _lists_under_heading(state, line):
        return _Reading(Tag.ANSWER_TEXT, line, body)  # "Response:" then "1. Back problems" under question 4
    heads = is_question and state.read is Read.QUESTION  # "1. For each year:" then "(a) the number of ...;"
    # or the question's own line goes on into its parts listed with semicolons: "... on 31 March: (a) in total; (b)
    # of which electric." (not a list of examples inside the one question: "... factors: (a) smoke (b) damp")
    gap = state.text[state.fresh[-1].end : line.start] if state.read is Read.QUESTION and state.fresh else "\n"
    heads = heads or "\n" not in gap and ";" in gap + state.text[line.end : line.end + 2]
    if (
        not state.split
        and (is_question or not next_item)  # a statement next in a list inside answer text is one of its items
        and (is_question or _is_sub_item(state, line) or _next_in_list(state, line, body))
        # lower-case items under a list's opening are its items, unless they ask under the question heading them
        and not (starts_low and _previous_opens_list(state) and not introduced and not heads)
    ):
        return _question_or_inline(state, line, body)
    if next_item:
        return _Reading(Tag.ANSWER_TEXT, line, body)  # the next item of a list inside answer text
    if state.listing and len(state.current) == 1 and not is_question and is_first(label_key(line.label)):
        return _Reading(Tag.ANSWER_TEXT, line, body)  # "We run these depots:" then "1. North depot"
    piece = _Line(line.body_start, line.end, body, None, None, body, line.body_start, False)
    roman = _roman_part(state, line)
    if roman is not None:
        return _Reading(Tag.LABELLED_ANSWER, piece, body, targets=((roman, None),))
    nested = _nested_answer_label(state, line)
    targets = _targets(state, [nested[0]], nested[1]) if nested else None
    if nested and targets is not None:
        return _Reading(Tag.LABELLED_ANSWER, piece, body, targets=targets, drop=nested[1])
    if _plausible_answer_label(state, line) and not (starts_low and _previous_opens_list(state)):
        labels, after = _line_labels(line)
        if after is not None:  # the text after the whole list: "Questions 1, 3 and 4: withheld" -> "withheld"
            at = _text_at(line, len(line.text) - len(after))
            body, piece = after, piece._replace(start=at, text=after, body=after, body_start=at)
        targets = _targets(state, labels)
        again = targets is None and _opens_next_round(state, line, labels)
        targets = ((labels[0], state.questions[0]),) if again else targets
        if targets is not None:  # a question restated under its label is not its answer: "Q3a - Were any paid?"
            apart = BLANK_AFTER_RE.match(state.text, line.end) is not None  # a heading set apart from its answer
            asked = state.split and (body.rstrip().endswith("?") or (apart and _topic_of(body, targets)))
            return _Reading(Tag.LABELLED_ANSWER, piece, "" if asked else body, targets=targets, again=again)
    filled = _filled_item(state, line, body)
    if filled is not None:
        return _Reading(Tag.TOPIC, line, body, match=filled)
    # a decimal no question has, in an answer, is its figure: "8.6 FTE. No contractors." (not a label "8.6")
    figure = "." in key and not line.named and key not in _asked_keys(state)  # "Question 5.1" is a label
    return _tag_plain(state, line, body) if body and not figure else _tag_plain(state, _unlabelled(line), line.text)


def _count_under_open_question(state: _State, line: _Line, body: str) -> bool:
    """Read in order, a statement numbered as an earlier question already answered, straight under the question
    asked last and not yet answered, is that question's answer opening with its count: "6) Number of depots" then
    "2. The council runs one itself and ..." (not question 2 answered again)."""
    if state.split or state.read is not Read.QUESTION or not state.questions or looks_like_question(body):
        return False
    key, last = label_key(line.label), label_key(_shown_label(state.questions[-1]))
    # a first item "1." opens a list more often than it counts one thing
    earlier = key.isdigit() and last.isdigit() and 1 < int(key) < int(last)
    if not (earlier and body[:1].isupper() and _answered_already(state, key) and not _answered_already(state, last)):
        return False
    return not is_successor(key, _next_line_label(state.text, line.end))  # "1. Back pain" then "2. Stress": a list


def _next_line_label(text: str, end: int) -> str:
    """The key of the label opening the next line with words after `end`, or ""."""
    following = text[end : end + 400].lstrip().split("\n", 1)[0].strip()
    label = parse_label(following) if following else None
    return label.key if label else ""


def _answered_already(state: _State, key: str) -> bool:
    """Whether the question whose label has this key has an answer already, however weak (one read in order)."""
    return any(seg.question is not None and label_key(_shown_label(seg.question)) == key for seg in state.segs)


def _answered_on_label_line(seg: _Seg) -> bool:
    """An answer that is the text after its label on one line: "Q1a Yes"."""
    return len(seg.lines) == 1 and seg.lines[0].label is not None and bool(seg.lines[0].body)


def _topic_of(body: str, targets: tuple[tuple[str, _Question | None], ...]) -> bool:
    """A heading after an answer's label restating its one question as a topic, with no stop, set apart by a blank
    line from the answer under it (a caption right over a table is part of it): "Q3  Vans sold because
    the 10 year limit was reached" over "How many vans were sold because of the 10 year limit?" (as many of its words
    the question's as HEADING_SHARE, every figure one, no answer opening: "Q3  None sold since 2020" answers)."""
    question = targets[0][1] if len(targets) == 1 else None
    if question is None or not question.text or body.rstrip()[-1:] in ".:;!":
        return False
    asked = _word_set(question.text)
    if any(word not in asked for word in _word_set(body) if word.isdigit()):
        return False
    return _similarity(body, question.text) >= HEADING_SHARE and not cues.ANSWER_OPENING.matches(_folded(body))


def _line_labels(line: _Line) -> tuple[list[str], str | None]:
    """The labels a labelled line answers, and its text after them when the label grammar read only the first one or
    two of a list naming three or more: "Questions 1, 3 and 4" -> ([1, 3, 4], ""), "Questions 1, 2 and 4" too."""
    labels = expand_range(line.label or "", line.label_to, line.label_also)
    listed = cues.REFERENCE.pattern.match(_folded(line.text)) if line.named and len(labels) <= 2 else None
    if listed is None or not listed.group("labels"):
        return labels, None
    spec = line.text[listed.start("labels") : listed.end("labels")]
    if "," not in spec or SPACED_DASH_RE.search(spec):  # a list, not a label then a figure: "Q1 - 26 cameras"
        return labels, None
    named, rest = _expand_labels(spec), line.text[listed.end() :].lstrip(" :")
    return (named, rest) if len(named) > 2 and len(rest) <= len(line.body) else (labels, None)


def _unlabelled(line: _Line) -> _Line:
    """The line read without its label: a label alone ("4."), or a quoted section's number ("12.-(1) ...")."""
    return line._replace(label=None, label_to=None, label_also=None, body=line.text, body_start=line.start, named=False)


@lru_cache(maxsize=LINE_CACHE)
def _filled_in(text: str) -> bool:
    """A line under a question that fills in one of its items with the answer after a dash or colon:
    "The total number - 195 as at 31 March", "Number of wardens: 12" (not a period asked for: "Years - 2019")."""
    match = TOPIC_INLINE_RE.match(text) if "-" in text or "–" in text or ":" in text else None
    if match is None or not match.group("bare"):
        return False
    topic, answer = match.group("bare"), match.group("answer")
    return (
        len(_words(topic)) <= TOPIC_WORDS
        and cues.ANSWER_OPENING.pattern.match(topic) is None
        and cues.ANSWER_OPENING.pattern.match(answer) is not None
        and YEAR_OPENING_RE.match(answer) is None
    )


def _tag_plain(state: _State, line: _Line, body: str) -> _Reading:
    if state.items and line.bullet:
        return _Reading(Tag.QUESTION, line, body)
    marked = _request_marker(body)
    if marked and not state.split:  # "Request: The number of wardens employed."
        at, rest = line.body_start + marked.end(), body[marked.end() :]
        item = line._replace(start=at, text=rest, body=rest, body_start=at)
        return _Reading(Tag.QUESTION, item, rest)
    if state.read is Read.QUESTION and state.fresh and _filled_in(line.text):
        return _Reading(Tag.ANSWER_TEXT, line, body)
    if _continues_question(state, line):
        return _Reading(Tag.CONTINUATION, line, body)
    if state.read is Read.REPEAT and not line.blank_before and _folded(line.text) in _folded(state.fresh[-1].text):
        return _Reading(Tag.ASIDE, line, body)  # the rest of a restated question, wrapped onto its own line
    decimal = _decimal_answer(state, line)
    if decimal is not None:
        return decimal
    refs = _references(state, line)
    # named out of turn only on a line of its own, not as an item of a bulleted list (the costs of a refusal)
    targets = _targets(state, refs[0], named=not (refs[1] or line.bullet)) if refs and refs[0] else None
    if refs and targets is not None:
        return _Reading(Tag.REFERENCE, line, body, targets=targets, weak=refs[1])
    named = _question_by_topic(state, body) if state.split and line.blank_before else None
    if named is not None:  # "On your question about X: yes." answers the question asking about X
        return _Reading(Tag.REFERENCE, line, body, targets=((_shown_label(named), named),))
    # a plain line starting in lower case carries on a wrapped sentence ("may complain to ..."); a bullet
    # without "?" under an answer that opens a list ("... the following modules:") is an item of it
    ends_asking = body.rstrip().endswith("?")
    wrapped = (body[:1].islower() or (state.listing and line.bullet and bool(state.current))) and not ends_asking
    reported = cues.REPORTED_QUESTION.pattern.match(body) if not state.split and "you" in body[:20].lower() else None
    if reported is None and not state.split and state.questions and (turn := cues.TOPIC_TURN.pattern.match(body)):
        first = next(question.text for question in state.questions if question.text)  # not one it did not restate
        reported = turn if cues.REPORTED_QUESTION.pattern.match(first) else None
    if reported is not None:  # "You also asked how many ... . In 2023, 27 were."
        return _Reading(Tag.INLINE, line, body, match=reported, question=_restated_in_turn(state, reported))
    next_bullet = _next_bullet_item(state, line)
    # the first row under an answer's header of years is the table's, however worded: "Total spend" under "2023/24"
    row = state.read is Read.ANSWER and YEARS_ONLY_RE.match(state.previous_text) is not None and not ends_asking
    if not wrapped and not ((line.cell or row) and not ends_asking) and looks_like_question(body):
        repeat = _similar_question(state, line, body)
        if repeat is not None and not (next_bullet and any(seg.question is repeat for seg in state.segs)):
            return _Reading(Tag.REPEAT, line, body, question=repeat)
        if not state.split and not (state.current and body[:1].islower()):
            return _question_or_inline(state, line, body)
    if next_bullet:
        return _question_or_inline(state, line, body)
    quoted = _quoted_word_for_word(state, line, body) if not wrapped and not line.cell else None
    return _Reading(Tag.REPEAT, line, body, question=quoted) if quoted else _Reading(Tag.ANSWER_TEXT, line, body)


def _quoted_word_for_word(state: _State, line: _Line, body: str) -> _Question | None:
    """An earlier question a paragraph of its own repeats word for word, though it reads as a statement ("Number
    of fines issued where the car was more than 14 days untaxed"): the reply quoting the request over an answer."""
    if not (line.blank_before and state.questions and len(body) > 20):
        return None
    own = _folded(body).rstrip("?.: ")
    recent = reversed(state.questions[-RECENT_QUESTIONS:])
    return next((q for q in recent if _folded(q.text).rstrip("?.: ") == own), None)


def _restated_in_turn(state: _State, reported: re.Match[str]) -> _Question | None:
    """The first listed question still waiting for an answer of its own, when a paragraph reporting a question and
    answering it restates that one: the reply lists the request ("1. How many routes do you run?"), then restates
    each item over its answer ("You asked how many routes we run. We run 27."), a line after the list answering
    none of them ("We have answered each question in turn.") given way."""
    if reported.re is not cues.REPORTED_QUESTION.pattern or not reported.group("a") or not reported.group("q"):
        return None
    own = {seg.question for seg in state.segs if seg.question is not None and not _given_way(seg)}
    waiting = next((question for question in state.questions if question not in own), None)
    if waiting is None or not waiting.text or not _restates(reported.group("q"), waiting.text):
        return None
    return _restated_better(state, reported.group("q"), waiting, own)


def _restated_better(state: _State, restated: str, waiting: _Question, own: set[_Question]) -> _Question:
    """The later waiting question a reported one restates in more of its distinctive words than the first waiting
    one ("You also asked about a community toilet scheme." restates "Do you take part in a community toilet
    scheme?", not "What did the toilets cost?", which shares "toilet" alone), else that first one."""
    said = _stems(restated)
    shared = len(said & _stems(waiting.text))
    later = [q for q in state.questions if q not in own and q.index > waiting.index and q.text]
    better = [q for q in later if len(said & _stems(q.text)) > shared and _restates(restated, q.text)]
    return max(better, key=lambda q: len(said & _stems(q.text)), default=waiting)


def _restates(restated: str, question: str) -> bool:
    """Whether a reported question restates a question in other words: half its distinctive words' stems, or
    (where it has few) three in five of its words."""
    asked, words = _stems(question), _word_set(question)
    if 2 * len(asked & _stems(restated)) >= len(asked) > 0:
        return True
    return len(asked) < 2 and 5 * len(words & _word_set(restated)) >= 3 * len(words) > 0


def _question_by_topic(state: _State, body: str) -> _Question | None:
    """The one unanswered question a paragraph turning to a topic names by its words, when the reply answers a
    request read before it: "On your question about X: ...", "Regarding X, ..." (REPORTED_QUESTION, TOPIC_TURN)."""
    reported = cues.REPORTED_QUESTION.pattern.match(body) if "you" in body[:20].lower() else None
    turn = reported if reported and reported.group("subject") else cues.TOPIC_TURN.pattern.match(body)
    # "You also asked for X. ..." names the question it restates in other words (`_restates`), not by a topic alone
    restating = turn is None and reported is not None
    turn = reported if restating else turn
    if turn is None or not turn.group("q") or not turn.group("a"):
        return None
    topic, answered = _stems(turn.group("q")), _answered_ids(state)
    short = not topic  # a topic named by a short word alone: "As for the cost, ..." names the question on cost
    topic = _short_topic_words(turn.group("q")) if short else topic
    words_of = _word_set if short else _stems
    shared = sorted(((len(topic & words_of(q.text)), i) for i, q in enumerate(state.questions) if q not in answered))
    best = shared[-1] if shared and shared[-1][0] else None
    unique = best is not None and (len(shared) == 1 or shared[-2][0] < best[0])
    if best is None or not unique:
        return None
    named = state.questions[best[1]]
    if not restating:
        return named
    # only a question passed over, before the last one answered (one next in turn is read as before)
    last = state.segs[-1].question if state.segs else None
    back = last is not None and last.index > named.index
    return named if back and _restates(turn.group("q"), named.text) else None


def _short_topic_words(topic: str) -> frozenset[str]:
    """The words of a topic too short to have a stem (`_stems`), less the words that name no topic: "As for the
    cost," -> {cost}."""
    return frozenset(w for w in _words(topic) if len(w) >= 3 and w not in cues.TOPIC_FILLER_WORDS)


def _next_bullet_item(state: _State, line: _Line) -> bool:
    """A bullet set apart by a blank line after the answer to a bulleted question, read in order, is the next
    question however worded ("- The spend in 2024."): an answer's own list has a lead-in ("as follows:")."""
    if not (line.bullet and line.blank_before and state.current) or state.split or state.listing:
        return False
    asked_in_bullets = all(s.question is not None and s.question.bullet for s in state.current)
    opens = line.text[:1].isupper() and len(_words(line.text)) > 3
    return opens and state.read is Read.ANSWER and asked_in_bullets


def _question_or_inline(state: _State, line: _Line, body: str) -> _Reading:
    filled = _filled_item(state, line, body) if line.label else None
    if filled is not None:
        return _Reading(Tag.TOPIC, line, body, match=filled)
    if "?" in body or "." in body:  # each pattern needs a "?" or a "." (the reply asks: it is not split)
        match = (
            cues.INLINE_DASHED.pattern.match(body)
            or cues.INLINE_ANSWER.pattern.match(body)
            or cues.TRAILING_ANSWER.pattern.match(body)
        )
        # an item asked and answered in its own paragraph, the items before it answered: "(3) You asked whether X.
        # We do not.", "(2) Number of staff. We have 9."
        own = match is None and line.label is not None and not state.fresh
        if own and body[:1] in "YyWw":
            match = cues.REPORTED_QUESTION.pattern.match(body) or cues.WHETHER_ANSWERED.pattern.match(body)
            match = match if match is not None and match.group("a") else None
        if own and match is None and body[:1] in "Pp":
            match = cues.ASKED_THEN_ANSWERED.pattern.match(body)
        if own and match is None and (headed := cues.HEADED_ITEM.pattern.match(body)):
            match = headed if looks_like_question(headed.group("q")) else None
        if match:
            return _Reading(Tag.INLINE, line, body, match=match)
    return _Reading(Tag.QUESTION, line, body)


def _filled_item(state: _State, line: _Line, body: str) -> re.Match[str] | None:
    """A request item with its answer written after it, "2. Total cost in 2023: £410,000", in a reply read in
    order that has given no answer under its own label so far. In a run of such lines (_filled_runs) the item
    need not open as a question does: "(ii) Use of body-worn cameras - not held"."""
    if state.split or not all(seg.weak for seg in state.segs):
        return None
    # or next after an item answered on its own line: "1. Do you employ a counsellor? Yes - two." then "2. FTE: 1.6"
    in_run = line.start in state.filled_run or _next_after_filled(state, line)
    match = TOPIC_INLINE_RE.match(body)
    item = match.group("bare") if match else None
    if not item or len(_words(item)) < (2 if in_run else 3):
        return None
    # a lettered part filled in with a figure right under an open question is a row of its answer: "a) Adults - 9,140"
    row = state.read is Read.QUESTION and not label_number(label_key(line.label))
    # after a colon only: a spaced dash sets off a band or a gloss as often ("Staff - 3 teams")
    colon = match is not None and body[match.end("bare") :].lstrip()[:1] == ":"
    filled = not row and colon and match is not None and _figure_filled(match.group("answer"))
    if not in_run and cues.QUESTION_START.pattern.match(_folded(item)) is None and not filled:
        return None
    return match if cues.ANSWER_OPENING.pattern.match(item) is None else None


def _figure_filled(answer: str) -> bool:
    """A count or sum filling in a topic, ending its line or opening a clause: "6" after "Releases in error in
    2024/25:", "£3,152,477, of which ..." after "Repairs in 2024/25:" (a request never fills in its own figure)."""
    return cues.FILLED_FIGURE.pattern.match(fold(answer)) is not None


def _next_after_filled(state: _State, line: _Line) -> bool:
    """Whether `line` is labelled next in turn after an item answered on its label's own line."""
    last = state.segs[-1] if state.segs else None
    if last is None or not last.lines or not is_successor(last.label, line.label):
        return False
    asked = last.question
    same_line = asked is not None and "\n" not in state.text[asked.end : last.lines[0].start]  # "... counsellor? Yes"
    return same_line or _answered_on_label_line(last)


def _filled_runs(lines: Sequence[_Line]) -> frozenset[int]:
    """Starts of the lines in a run of FILLED_RUN or more labelled lines numbered in sequence from the first label,
    each a short topic then a spaced dash then its answer ("(i) Use of drones - not held", "(ii) Drone spend -
    £4,100"): the request's items filled in one by one, however their topics are worded. Unlabelled lines between
    them (an answer running on) do not break the run."""
    found: set[int] = set()
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and not line.label:
            continue
        filled = line is not None and _topic_dash_answer(line.body)
        if filled and line is not None and run and is_successor(run[-1].label, line.label):
            run.append(line)
            continue
        if len(run) >= FILLED_RUN:
            found.update(item.start for item in run)
        run = [line] if filled and line is not None and is_first(label_key(line.label)) else []
    return frozenset(found)


def _topic_dash_answer(body: str) -> bool:
    """A short topic, a spaced dash and an answer: "Use of drones - not held by the Panel."."""
    match = TOPIC_INLINE_RE.match(body)
    return (
        match is not None
        and bool(match.group("bare"))
        and SPACED_DASH_RE.search(body[: match.start("answer")]) is not None
    )


def _topic(body: str) -> re.Match[str] | None:
    """A short topic standing for the question after a named label: "named lead" or "(named lead) - Not held."."""
    inline = TOPIC_INLINE_RE.match(body)
    if inline and not cues.ANSWER_OPENING.pattern.match(inline.group("topic" if inline.group("topic") else "bare")):
        return inline
    topic = TOPIC_RE.match(body)
    # a few words, not a sentence cut by the page's edge: "The council paid to the" runs on to the next line
    if topic and len(_words(body)) <= TOPIC_WORDS and not cues.ANSWER_OPENING.pattern.match(topic.group("topic")):
        return None if cues.WRAPPED.matches(body) else topic
    return None


# Assembly: one action per (state, tag); each returns the next state.


def _ask(state: _State, reading: _Reading) -> Read:
    """A question; a heading labelled with a range ("1) and 2) Fires and casualties") asks each of its labels."""
    line = reading.line
    sub_item = _header_for(state, line) if line.label else False
    labels = expand_range(line.label, line.label_to, line.label_also) if line.label else [line.label]
    at = line.body_start if line.label else line.start
    for label in labels:
        _add_question(state, line._replace(label=label), reading.body, at, sub_item)
    return Read.QUESTION


def _ask_and_answer(state: _State, reading: _Reading) -> Read:
    """INLINE and TOPIC: a question, and (for most) its answer after it on the same line."""
    line, body, match = reading.line, reading.body, reading.match
    assert match is not None
    at = line.body_start if line.label else line.start
    if match.re is cues.REPORTED_QUESTION.pattern and not state.questions:
        _answers_before(state, line)
    if reading.question is not None:
        return _answer_restated(state, reading)
    found = {name: value for name, value in match.groupdict().items() if value is not None}
    group = next(name for name in ("q", "q2", "q3", "q4", "topic", "bare") if name in found)
    reported = _reported_items(state.text, match.group(group), at + match.start(group), match)
    asked = [(item.quote, item.start) for item in reported] or [(match.group(group), at + match.start(group))]
    # a topic heading naming several labels asks each: "Q1 and Q3 - spend" heads questions 1 and 3
    several = line.label is not None and len(asked) == 1
    labels = expand_range(line.label or "", line.label_to, line.label_also) if several else [line.label]
    questions = [_add_question(state, line._replace(label=lab), text, start) for lab in labels for text, start in asked]
    marks = [ITEM_MARK_RE.search(state.text, max(0, item.start - 6), item.start) for item in reported]
    for question, mark in zip(questions, marks, strict=False) if all(marks) and len(marks) > 1 else ():
        question.label, question.named = (mark.group(1), True) if mark else (None, False)  # "(ii) a unit": item ii
    answer = next((name for name in ("a", "a2", "a3", "a4", "answer") if name in found), None)
    if answer is None:  # a topic alone: its answer follows on later lines
        return Read.QUESTION
    start = at + match.start(answer)
    piece = _Line(start, at + len(body), match.group(answer), None, None, match.group(answer), start, False)
    # several asks share the answer, each to be given its own paragraphs (_split_paragraphs)
    segs = [_Seg(_shown_label(q), q, [piece], weak=True, unnamed=len(questions) > 1) for q in questions]
    state.segs.extend(segs)
    state.current, state.fresh = segs, []
    return Read.ANSWER


def _given_way(seg: _Seg) -> bool:
    """An answer that gives way to a restated question's: one read after several questions at once that names
    none of them ("We have answered each question in turn."), not one of the question's own."""
    return seg.weak and seg.together and bool(seg.lines)


def _answer_restated(state: _State, reading: _Reading) -> Read:
    """INLINE restating a listed question (`_restated_in_turn`): its answer, replacing the line it shared."""
    line, match, question = reading.line, reading.match, reading.question
    assert match is not None and question is not None
    at = line.body_start if line.label else line.start
    state.segs = [seg for seg in state.segs if seg.question is not question]
    asked = _Line(
        at + match.start("q"),
        at + match.end("q"),
        match.group("q"),
        None,
        None,
        match.group("q"),
        at + match.start("q"),
        False,
    )
    start = at + match.start("a")
    piece = _Line(start, at + len(reading.body), match.group("a"), None, None, match.group("a"), start, False)
    seg = _Seg(_shown_label(question), question, [piece], asked=asked)
    state.segs.append(seg)
    state.current, state.fresh = [seg], [q for q in state.fresh if q is not question]
    return Read.ANSWER


def _reported_items(text: str, question: str, start: int, match: re.Match[str]) -> list[Span]:
    """The asks a reported question lists, two or more: "You asked how many events ran, how many tickets were sold
    and the income." -> three; [] for one, or for another kind of inline line."""
    lead = cues.REQUEST_SENTENCE.pattern.match(fold(question)) if match.re is cues.REPORTED_QUESTION.pattern else None
    return _listed_items(text, start + lead.end(), start + len(question), bool(lead["topic"])) if lead else []


def _answers_before(state: _State, line: _Line) -> None:
    """In a prose reply reporting its questions a paragraph each, the answer paragraphs just before the first
    one reported ("Campus Security recorded 146 thefts.", then "You asked whether ...") answer the questions
    it did not restate, one each, in order: those after the reply's opening, none speaking to the requester."""
    run: list[_Line] = []
    for loose in reversed(state.loose):
        folded = _folded(loose.text)
        if (
            state.text[loose.end : (run[0] if run else line).start].strip()
            or not loose.blank_before
            or loose.label
            or not loose.text.endswith(".")
            or len(_words(loose.text)) < 6
            or re.search(r"\byou", folded)
            or cues.REPLY_OPENING.matches(folded)
            or cues.GENERIC_ANSWER.pattern.search(folded)
            or _is_request_talk(loose.text)
        ):
            break
        run.insert(0, loose)
    for paragraph in run:
        state.loose.remove(paragraph)
        question = _add_question(state, paragraph._replace(label=None), "", paragraph.start)
        state.segs.append(_Seg(_shown_label(question), question, [paragraph], weak=True))
    state.fresh = []


def _tick(state: _State, reading: _Reading) -> Read:
    """CHECKBOX: the question before the boxes, answered by the box ticked."""
    line, match = reading.line, reading.match
    assert match is not None
    question = _add_question(state, line, line.text[: match.start()].strip(), line.start)
    ticked = [box for box in ("a", "b") if match.group(box).lower() == "x"]
    if not ticked:
        return Read.QUESTION
    box = line.text[match.start(ticked[0]) - 1 : match.end(f"{ticked[0]}l")]
    at = state.text.find(box, line.start)
    at = at if at >= 0 else line.start
    piece = _Line(at, at + len(box), box, None, None, box, at, False)
    state.segs.append(_Seg(_shown_label(question), question, [piece]))
    state.fresh = []
    return Read.ANSWER


def _repeat(state: _State, reading: _Reading) -> Read:
    assert reading.question is not None
    if state.current or state.read is not Read.REPEAT:
        state.current, state.fresh = [], []
    state.fresh.append(reading.question)
    state.restated[reading.question] = reading.line
    state.listing = False
    return Read.REPEAT


def _extend(state: _State, reading: _Reading) -> Read:
    question = state.fresh[-1]
    question.text = f"{question.text} {reading.line.text}".strip()
    question.end = reading.line.end
    return Read.QUESTION


def _open_labelled(state: _State, reading: _Reading) -> Read:
    """LABELLED_ANSWER and REFERENCE: an answer for each label, replacing weaker answers to its question."""
    if reading.tag is Tag.REFERENCE:
        _give_sentence_before(state, reading.targets[0][0], reading.line)
    if reading.drop is not None and reading.drop in state.segs:
        state.segs.remove(reading.drop)
    if reading.again:  # the heading over the next round is no part of the last answer
        for seg in state.current:
            seg.lines = [x for x in seg.lines if x.text != state.previous_text] or seg.lines
        state.round_from = len(state.segs)
    new: list[_Seg] = []
    again: list[_Seg] = []  # answers going on: a part named again under a heading ("Parts (a) - in 2025 - and (d)")
    for label, question in reading.targets:
        if question is not None and _answered_under_marker(state, question) and len(reading.targets) > 1:
            continue  # a sentence after the answers naming several of them ("For questions 2 to 7 contact ...")
        if question is not None:
            state.segs = [s for s in state.segs if not (s.weak and s.question is question)]
        named = [s for s in state.segs if s.question and label_key(s.label) == label_key(label)]
        if question is None and named and reading.tag is Tag.REFERENCE:
            named[-1].lines.append(reading.line)
            again.append(named[-1])
        else:
            answer = [reading.line] if reading.body else []
            new.append(_Seg(_fuller_label(label, question), question, answer, weak=reading.weak))
    state.segs.extend(new)
    state.current, state.fresh, state.listing = again + new, [], False
    return Read.LABELLED


def _answered_under_marker(state: _State, question: _Question) -> bool:
    """Whether a question has an answer opening with its own marker ("Response: Not held."): a later sentence
    naming it among others remarks on that answer, it does not replace it."""
    return any(
        s.question is question and s.lines and cues.ANSWER_MARKER.pattern.match(s.lines[0].text) for s in state.segs
    )


def _open_answer(state: _State, reading: _Reading) -> Read:
    """Answer text after questions: it answers each of them (weakly when the reply asks them itself)."""
    if not state.fresh:
        return _keep_loose(state, reading)
    answered = _answered_ids(state)
    # a question restated before its own answer: an answer it shared gives way, or one naming no question that
    # was left to it alone when the others it was shared with were restated and answered
    if state.read is Read.REPEAT:
        shared = Counter(id(seg.lines[0]) for seg in state.segs if seg.lines)
        state.segs = [
            seg
            for seg in state.segs
            if not (
                seg.weak
                and seg.question in state.fresh
                and seg.lines
                and (shared[id(seg.lines[0])] > 1 or _given_way(seg))
            )
        ]
    restated = state.restated if state.read is Read.REPEAT else {}
    together = len(state.fresh) > 1
    state.current = [
        _Seg(_shown_label(q), q, [reading.line], not state.split or together, True, restated.get(q), together)
        for q in state.fresh
        if q not in answered
    ]
    state.segs.extend(state.current)
    state.fresh = []
    state.listing = reading.line.text.endswith(":")
    return Read.ANSWER


def _append_answer(state: _State, reading: _Reading) -> Read:
    if not state.current:
        return _keep_loose(state, reading)
    for seg in state.current:
        seg.lines.append(reading.line)
    state.listing = reading.line.text.endswith(":") or (state.listing and reading.line.bullet)
    return Read.ANSWER


def _keep_loose(state: _State, reading: _Reading) -> Read:
    state.loose.append(reading.line)
    return state.read


def _stop(state: _State, reading: _Reading) -> Read:
    state.current, state.fresh = [], []
    if state.stopped is None and state.loose and state.questions:  # the sign-off after the reply's text (not a
        state.stopped = len(state.loose)  # header field such as "Date received" above the request)
    return Read.STOPPED


def _set_aside(state: _State, reading: _Reading) -> Read:
    if _is_response_heading(reading.line):
        state.current = []
    return state.read


Action = Callable[[_State, _Reading], Read]
_ACTIONS: dict[Tag, Action] = {
    Tag.BOILERPLATE: _stop,
    Tag.ASIDE: _set_aside,
    Tag.CHECKBOX: _tick,
    Tag.REPEAT: _repeat,
    Tag.TOPIC: _ask_and_answer,
    Tag.INLINE: _ask_and_answer,
    Tag.QUESTION: _ask,
    Tag.CONTINUATION: _extend,
    Tag.LABELLED_ANSWER: _open_labelled,
    Tag.REFERENCE: _open_labelled,
}
TRANSITIONS: dict[tuple[Read, Tag], Action] = {
    **{(read, tag): action for read in Read for tag, action in _ACTIONS.items()},
    # answer text answers the questions just read, carries on the answer being read, or is loose
    **{(read, Tag.ANSWER_TEXT): _open_answer for read in (Read.QUESTION, Read.REPEAT)},
    **{(read, Tag.ANSWER_TEXT): _append_answer for read in (Read.LABELLED, Read.ANSWER)},
    **{(read, Tag.ANSWER_TEXT): _keep_loose for read in (Read.START, Read.STOPPED, Read.OTHER)},
}
"""The assembler's transition table: (state, tag of the next line) -> the action that reads it."""


def _step(state: _State, line: _Line) -> None:
    """Read one line of the reply into the state."""
    reading = _tag(state, line)
    state.read = TRANSITIONS[state.read, reading.tag](state, reading)
    state.previous_text = line.text
    state.text_item = line.label if reading.tag is Tag.ANSWER_TEXT else None
    if not (state.numbered or state.questions or line.label):
        state.numbered = _says(cues.KEEPS_REQUEST_NUMBERING, _folded(line.text))
    reports = _reports_request(line.text)
    lead_in = line.text.endswith(":") and not looks_like_question(line.text)  # "You asked:" then "For each year:"
    state.items = (state.items and (line.bullet or lead_in)) or (not line.bullet and reports)


def _says(cue: cues.LineCue, folded: str) -> bool:
    """Whether a line matches a cue of the answers' numbering, tried only where it holds one of cues.NUMBERING_WORDS,
    which every match of those cues holds."""
    return any(word in folded for word in cues.NUMBERING_WORDS) and cue.matches(folded)


def _reports_request(text: str) -> bool:
    """A line introducing the request's items it reports: "You have asked for copies of the following -"."""
    return text.endswith((":", "-", "–")) and (
        cues.REPORTED_REQUEST.matches(_folded(text)) or cues.REQUEST_INTRO.pattern.search(text) is not None
    )


def _template_rows(lines: Sequence[_Line]) -> frozenset[int]:
    """Indices of the row headings of a blank table the request asks to fill in: the unlabelled lines without a
    question mark after a header of two or more year columns ("2022-23" / "2023-24" / "Total spend"), up to the
    next numbered item."""
    rows: set[int] = set()
    years = 0
    for i, line in enumerate(lines):
        if line.label or BARE_NUMBER_RE.match(line.text):
            years = 0
        elif YEARS_ONLY_RE.match(line.text.strip()):
            years += 1
        elif years >= 2 and "?" not in line.text:
            rows.add(i)
    return frozenset(rows)


def _bare_numbered(state: _State, line: _Line) -> _Line:
    """A request item numbered without a stop, next in the list of numbered items before it ("6. The rate ..."
    then "7 A breakdown of ...", or "2(b) ..." then "3 Please send ..."), read as labelled; any other line as it is."""
    bare = BARE_NUMBER_RE.match(line.text) if not line.label and state.questions else None
    if bare is None:
        return line
    last = label_key(state.questions[-1].label)
    if not (_after_part(last, bare.group(1)) or is_successor(last, bare.group(1))):
        return line
    body = line.text[bare.end() :]
    if not (looks_like_question(body) or _topic_heading_in_turn(state, line, body)):
        return line
    return line._replace(label=bare.group(1), body=body, body_start=_text_at(line, bare.end()))


def _topic_heading_in_turn(state: _State, line: _Line, body: str) -> bool:
    """Read in order, a short topic after a blank line, numbered next after a question whose answer is being read and
    which holds no numbered line of its own: the next item restated as a heading ("2  Total spend in 2023/24", its
    answer, then "3  Five merchants with the highest spend"), though it does not ask."""
    if state.split or state.read is not Read.ANSWER or not line.blank_before or not state.current:
        return False
    topic = _topic(body)
    if topic is None or not body[:1].isupper() or cues.POSTAL_ADDRESS.matches(_folded(body)):
        return False
    return not any(BARE_NUMBER_RE.match(held.text) or held.label for seg in state.current for held in seg.lines)


def _after_part(last: str, number: str) -> bool:
    """True when `number` is the next number after the lettered part `last`: "2b" then "3"."""
    before = label_number(last)
    return bool(before) and last != before and number == str(int(before) + 1)


def _bare_answer_numbered(state: _State, line: _Line) -> _Line:
    """An answer numbered without a stop, next in turn after the answer before it ("2(b) Not applicable." then "3 Yes
    - ...", "3 £4,100 ..." then "4 A summons ...") or the first answer given ("1 In 2023/24, ..."), read as labelled
    when the request asks a question of that number; any other line as it is."""
    bare = BARE_ANSWER_NUMBER_RE.match(line.text)
    if bare is None:
        return line
    last = label_key(state.segs[-1].label) if state.segs else ""
    first = not state.segs and bool(state.questions) and label_key(state.questions[0].label) == bare.group(1)
    if not (first or last and (_after_part(last, bare.group(1)) or is_successor(last, bare.group(1)))):
        return line
    if bare.group(1) not in _asked_keys(state) - {label_key(seg.label) for seg in state.segs}:
        return line
    return line._replace(label=bare.group(1), body=line.text[bare.end() :], body_start=_text_at(line, bare.end()))


def _bare_answer_label(state: _State, line: _Line) -> _Line:
    """A line opening "A<n>" without a stop, or "A<n>." alone, where the request asked a question labelled "Q<n>": that
    answer's own label ("Q2 How many vans ...?" then "A2 Twelve vans are leased."); any other line as it is."""
    bare = cues.BARE_ANSWER_LABEL.pattern.match(_folded(line.text))
    if (
        bare is None
        or line.text[bare.end() :][:1].islower()
        or not any((q.label or "")[:1] in "Qq" and label_key(q.label or "") == bare.group(1) for q in state.questions)
    ):
        return line
    return line._replace(
        label=f"A{bare.group(1)}", body=line.text[bare.end() :], body_start=_text_at(line, bare.end()), named=True
    )


def _collect_questions(lines: Sequence[_Line], text: str, filled: list[_Seg] | None = None) -> list[_Question]:
    """The questions of a request part: every labelled item and every line that reads as a question.
    A line filling in a question's item with its answer ("The total number - 195") goes to `filled`."""
    state = _State(text, split=False)
    items = False  # the lines read are the items of a list introduced before them
    rows = _template_rows(lines)
    for i, line in enumerate(lines):
        if i in rows:
            state.read = Read.OTHER
            continue
        line = _bare_numbered(state, line)
        body = line.body if line.label else line.text
        reading = _Reading(Tag.QUESTION, line, body)
        if filled is not None and state.read is Read.QUESTION and not line.label and _filled_in(line.text):
            question = state.fresh[-1]
            if not any(seg.question is question for seg in filled):
                filled.append(_Seg(_shown_label(question), question, [line], weak=True))
            continue
        items = (items and line.bullet) or (
            not line.bullet and body.endswith((":", "-", "–")) and not looks_like_question(body)
        )
        aside = line.label is None and _is_aside(line.text)  # a heading (or request talk)
        if aside or _is_boilerplate(line.text) or _is_request_talk(body) or not (line.label or LETTER_RE.search(body)):
            state.read = Read.OTHER
        elif line.label and not line.label_to:
            state.read = _ask(state, reading)
        elif not (line.bullet and items) and (_continues_question(state, line) or _runs_on(state, line)):
            state.read = _extend(state, reading)
        elif (line.bullet and items) or (looks_like_question(body) and not cues.MODIFIER.pattern.match(body)):
            state.header = None  # a question, or an item of a list the request introduced: "- The minutes of ..."
            state.read = _ask(state, reading)
        else:
            state.read = Read.OTHER
    return state.questions


def _splits_request_from_reply(questions: Sequence[_Question], reply: Sequence[_Line]) -> bool:
    """True when the reply part answers the request part rather than asking new questions."""
    if not questions:
        return False
    probe = _State("", split=True, questions=list(questions))
    own = takewhile(lambda line: not _is_boilerplate(line.text), reply)
    bodies = ((line, line.body if line.label else line.text) for line in own)
    asked = [(line, body) for line, body in bodies if looks_like_question(body) and not _is_request_talk(body)]
    repeats = sum(_similar_question(probe, line, body) is not None for line, body in asked)
    return len(asked) - repeats <= max(2, repeats)


def _own_row(question: _Question, lines: Sequence[_Line]) -> _Line | None:
    """In a shared answer laid out as rows, the row that repeats this question, cut to what follows it."""
    q_words = _words(question.text)
    if len(q_words) < 4:
        return None
    for line in lines[:MAX_ROWS]:
        words = _words(line.text)  # cached: every question sharing the answer reads the same rows
        if q_words[0] not in words:
            continue
        for i in range(len(words) - 3):
            if words[i] != q_words[0] or words[i : i + 4] != q_words[:4]:  # the first test spares most slices
                continue
            j = 4
            while i + j < len(words) and j < len(q_words) and words[i + j] == q_words[j]:
                j += 1
            found = list(islice(WORD_RE.finditer(line.text.lower()), i, i + j))
            cut = found[-1].end()  # the last word repeated
            if MID_SENTENCE_RE.search(line.text, 0, found[0].start()):  # inside a sentence: the whole sentence
                cut = max((m.end() for m in SENTENCE_RE.finditer(line.text, 0, found[0].start())), default=0)
            rest = line.text[cut:].strip(" .,:;-–|")
            if rest:
                start = _text_at(line, line.text.index(rest, cut))
                return _Line(start, start + len(rest), rest, None, None, rest, start, False)
    return None


def _split_rows(state: _State) -> None:
    """Give each question of a shared answer the row that repeats it, when the answer has such rows."""
    sharing = Counter(seg.lines[0].start for seg in state.segs if seg.lines)  # answers by their first line's offset
    for seg in state.segs:
        if seg.question is None or not seg.lines or not 2 <= sharing[seg.lines[0].start] <= MAX_ROWS:
            continue
        row = _own_row(seg.question, seg.lines)
        if row is not None:
            seg.lines = [row]


@lru_cache(maxsize=LINE_CACHE)
def _stems(text: str) -> frozenset[str]:
    """The distinctive words of a text, cut to their first five letters: "Wildfires attended" -> {wildf, atten}.
    Cached: each question's are compared with every sentence and paragraph that may answer it."""
    return frozenset(word[:5] for word in _words(text) if len(word) >= 5 and word[:5] not in COMMON_STEMS)


def _shared_answers(state: _State) -> dict[int, list[_Seg]]:
    """The questions sharing one answer that names none of them, two or more, by where the answer starts."""
    sharing: dict[int, list[_Seg]] = {}
    for seg in state.segs:
        if seg.question is not None and seg.lines and seg.unnamed:
            sharing.setdefault(seg.lines[0].start, []).append(seg)
    return {at: segs for at, segs in sharing.items() if len(segs) > 1 and all(s.lines == segs[0].lines for s in segs)}


def _split_paragraphs(state: _State) -> None:
    """Give each of several questions sharing one answer the paragraphs that answer it, in order, when the
    answer names no question and no paragraph speaks to the request as a whole ("your request", "all of
    these")."""
    for segs in _shared_answers(state).values():
        lines = segs[0].lines
        paragraphs: list[list[_Line]] = []
        for line in lines:  # a paragraph cut mid-sentence by a page break ("... commissioned by") goes on
            cut = (
                bool(paragraphs)
                and cues.WRAPPED.pattern.search(paragraphs[-1][-1].text[-cues.WRAPPED_REACH :]) is not None
            )
            if not paragraphs or (line.blank_before and not cut):
                paragraphs.append([])
            paragraphs[-1].append(line)
        if len(paragraphs) > len(segs) and INTRODUCES_RE.search(paragraphs[0][-1].text):
            paragraphs = paragraphs[1:]  # an introduction ("I can now respond as follows.") answers none
        while len(paragraphs) > 1 and _answers_nothing(paragraphs[0]):  # "We have handled your request under ..."
            paragraphs = paragraphs[1:]
        texts = [" ".join(line.text for line in paragraph) for paragraph in paragraphs]
        asked = [_stems(seg.question.text) if seg.question else frozenset() for seg in segs]
        whole = any(cues.GENERIC_ANSWER.pattern.search(fold(t)) for t in texts)
        ranges = None if whole else _paragraph_ranges(texts, asked)
        for seg, (first, end) in zip(segs, ranges or (), strict=False):
            seg.lines = [line for paragraph in paragraphs[first:end] for line in paragraph]


def _answers_nothing(paragraph: Sequence[_Line]) -> bool:
    """A paragraph whose every sentence names the law the request was dealt with under, thanks for it or apologises
    for a delay: it answers no question."""
    said = SENTENCE_RE.split(" ".join(line.text for line in paragraph))
    return all(cues.HANDLING_NOTE.matches(_folded(s)) or cues.COURTESY.matches(_folded(s)) for s in said)


def _split_sentences(state: _State) -> None:
    """Give each of several questions sharing one unlabelled paragraph of prose its sentences (`_align`), read after
    the reply's opening and up to its help text; none where a sentence speaks to the request as a whole."""
    for segs in _shared_answers(state).values():
        cuts = ([m.end() for m in SENTENCE_RE.finditer(line.text)] for line in segs[0].lines)
        units = [u for line, at in zip(segs[0].lines, cuts, strict=True) for u in _split_line(line, at)]
        ends = (i for i, u in enumerate(units) if _is_boilerplate(u.text) or cues.PROSE_END.matches(_folded(u.text)))
        units = units[: next(ends, len(units))]
        units = units[1 + max((i for i, u in enumerate(units) if _reply_mark(u.text) == 0), default=-1) :]
        asked = [_stems(seg.question.text) if seg.question else frozenset() for seg in segs]
        asked = [words - frozenset.intersection(*asked) for words in asked]  # a word all share tells none apart
        owners = _align([[len(_stems(u.text) & words) for words in asked] for u in units])
        whole = any(cues.GENERIC_ANSWER.matches(_folded(u.text)) for u in units)
        if owners and not whole and not any(u.blank_before for u in units[1:]):  # one paragraph
            for k, seg in enumerate(segs):
                seg.lines = [u for u, o in zip(units, owners, strict=True) if o == k]


def _align(gains: list[list[int]]) -> list[int] | None:
    """The question each sentence goes to in order (-1: none), given the words it shares with each: the next, or the
    one after (that one taking the sentences sharing no word before), when it shares more; None if one gets none."""
    owners: list[int] = []
    for row in gains:
        k = owners[-1] if owners else -1
        ahead = [j for j in (k + 1, k + 2) if j < len(row) and row[j] > (row[k] if k >= 0 else 0)]
        j, i = max(ahead, key=lambda j: row[j], default=k), len(owners)
        while j == k + 2 and i and owners[i - 1] == k and not (k >= 0 and gains[i - 1][k]):
            i -= 1
            owners[i] = k + 1
        owners.append(j)
    return owners if gains and set(range(len(gains[0]))) <= set(owners) else None


def _paragraph_ranges(texts: Sequence[str], asked: Sequence[frozenset[str]]) -> list[tuple[int, int]] | None:
    """Where each question's answer begins and ends among the paragraphs, in order (None if the layout fails):
    one paragraph a question when there are as many, each a sentence or a figure sharing a word with its question;
    else the next such paragraph sharing a word with the question, or, when none does, the one before (one
    paragraph answering two questions), unless that one shares no word with the question either and no later
    question shares a word with the next (which then answers in its place); the first question's the first
    paragraph and at most one question in three sharing one. As many paragraphs as questions, the last sharing no
    word with any ("This letter is a refusal notice."), are read the second way. With fewer paragraphs than
    questions, a paragraph a later sentence of which turns to the next question (`_turns_to`) answers both."""
    answers = [bool(ANSWERS_SOMETHING_RE.search(t)) for t in texts]
    if len(texts) == len(asked):
        ok = all(answers) and all(_stems(t) & words for t, words in zip(texts, asked, strict=True))
        closing = not _stems(texts[-1]) & frozenset().union(*asked)  # a closing note: one fewer answers in order
        if ok or not closing:
            return [(k, k + 1) for k in range(len(texts))] if ok else None
    firsts: list[int] = []
    for k, words in enumerate(asked):  # fewer paragraphs than questions: so many questions share one
        if len(firsts) - len(set(firsts)) < len(asked) - len(texts) and firsts and _turns_to(texts[firsts[-1]], words):
            firsts.append(firsts[-1])
            continue
        start = firsts[-1] + 1 if firsts else 0
        own = next((j for j in range(start, len(texts)) if answers[j] and _stems(texts[j]) & words), None)
        if own is None and not firsts:
            return None
        if own is None and start < len(texts) and answers[start] and not _stems(texts[start - 1]) & words:
            own = None if any(_stems(texts[start]) & later for later in asked[k + 1 :]) else start
        firsts.append(firsts[-1] if own is None else own)
    if firsts[0] or 3 * (len(firsts) - len(set(firsts))) > len(asked):
        return None
    return [(first, next((f for f in firsts[k + 1 :] if f > first), len(texts))) for k, first in enumerate(firsts)]


def _turns_to(paragraph: str, words: frozenset[str]) -> bool:
    """True when a later sentence of the paragraph shares more of the question's words than its first sentence
    does: the paragraph answers this question after the one before ("We paid £1.2m. Awards went to 40 staff.")."""
    first, *rest = SENTENCE_RE.split(paragraph)
    opening = len(_stems(first) & words)
    return any(len(_stems(sentence) & words) > opening for sentence in rest)


def _to_segment(text: str, seg: _Seg) -> Segment | None:
    pieces = [line for line in seg.lines if line.text.strip()]
    if not pieces:
        return None
    start, end = pieces[0].body_start, pieces[-1].end
    answer_text = "\n".join(text[p.body_start : p.end].strip() for p in pieces)
    answer_text = cues.ANSWER_MARKER.pattern.sub("", answer_text, count=1).strip()
    if not answer_text:
        return None
    question = seg.question
    # a numbered answer to an item the reply does not restate has a question of no words: no span to show for it;
    # a question the reply restates above its answer is that copy (a sum it names is the requester's there too)
    asked, asked_span = (
        (question.text, Span.of(text, question.start, question.end)) if question and question.text else ("", None)
    )
    if seg.asked is not None and asked_span is not None:
        asked_span = Span.of(text, seg.asked.body_start if seg.asked.label else seg.asked.start, seg.asked.end)
    return Segment(seg.label, asked, asked_span, answer_text, Span.of(text, start, end))


def _share_loose(state: _State) -> None:
    """When nothing was answered one by one, the reply text answers every question together (without the header
    fields of the e-mail it was sent as, above its words)."""
    loose = [line for line in state.loose[: state.stopped] if not _is_request_talk(line.text)]
    loose = list(dropwhile(lambda line: cues.MAIL_HEADER_FIELD.matches(_folded(line.text)), loose))
    if state.segs and state.split and loose:
        _answer_named_rest(state, loose)
        _answer_first_unnamed(state, loose)
        _answer_waiting_by_words(state, loose)
    if state.segs or not state.questions or not loose:
        return
    joined = " ".join(line.text for line in loose)
    if not state.split and not (
        cues.GENERIC_ANSWER.pattern.search(fold(joined))
        or any(cues.REPLY_OPENING.matches(_folded(line.text)) for line in loose)
    ):
        return
    if not state.split and _introduces_statements(state, loose):
        return
    each = _one_line_each(state)
    for i, question in enumerate(state.questions):
        state.segs.append(_Seg(_shown_label(question), question, [each[i]] if each else loose, unnamed=not each))


def _answer_waiting_by_words(state: _State, loose: list[_Line]) -> None:
    """Questions still unanswered in a reply that named others' answers out of turn each take the loose paragraph
    after the request sharing most of their words, when one alone shares most: "As for the cost, we paid £2.9m to
    two providers." answers "What was the total paid to providers?" though it names no question. One paragraph may
    answer several questions; a paragraph on the whole request, an introduction or a courtesy answers none."""
    answered = {seg.question for seg in state.segs}
    labels = {seg.label for seg in state.segs}  # a label answered already: this is a copy of its question
    after = max((q.end for q in state.questions), default=0)
    said = fold(state.text[after:])
    waiting = [
        q
        for q in state.questions
        if q not in answered and q.text and _shown_label(q) not in labels and not _named_in(said, q)
    ]
    if not waiting:
        return
    paragraphs: list[list[_Line]] = []
    for line in (line for line in loose if line.start >= after):
        if line.blank_before or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
    texts = [" ".join(line.text for line in paragraph) for paragraph in paragraphs]
    usable = [
        bool(ANSWERS_SOMETHING_RE.search(t))
        and not _answers_nothing(paragraph)
        and not INTRODUCES_RE.search(t)
        and not cues.REPLY_OPENING.matches(_folded(t))
        and not cues.GENERIC_ANSWER.pattern.search(fold(t))
        and not t.lower().startswith(("you ", "your "))  # the requester's words reported: "You said that ..."
        for t, paragraph in zip(texts, paragraphs, strict=True)
    ]
    chosen: list[tuple[_Question, int, int]] = []  # each question, its paragraph, the words they share
    for question in waiting:
        words = _stems(question.text)
        shares = [len(words & _stems(t)) if ok else 0 for t, ok in zip(texts, usable, strict=True)]
        best = max(shares, default=0)
        if best and shares.count(best) == 1:
            chosen.append((question, shares.index(best), best))
    # a paragraph two questions choose answers the one sharing more of its words ("the audition fee was £30" is
    # the fee's, not the recording's, though it says "in person")
    most = {k: max(n for _, j, n in chosen if j == k) for _, k, _ in chosen}
    for question, k, n in chosen:
        if n == most[k]:
            state.segs.append(_Seg(_shown_label(question), question, paragraphs[k]))


def _introduces_statements(state: _State, loose: list[_Line]) -> bool:
    """Whether the loose text all lies above numbered lines none of which asks anything: the reply's opening
    ("Further to your request, please find our response below.") over its own numbered answers, not words answering
    questions quoted under it."""
    first = min(question.start for question in state.questions)
    asks = any(looks_like_question(question.text) for question in state.questions)
    return not asks and all(line.start < first for line in loose)


def _answer_named_rest(state: _State, loose: list[_Line]) -> None:
    """A question the reply names but answers under no label of its own ("Question 3 depends on the results of
    questions 1 and 2") takes the reply's loose words on the request as a whole ("... unable to provide it"), or
    the loose paragraphs that name it ("... so we hold nothing that would answer Q1.")."""
    answered = {seg.question for seg in state.segs}
    named = [q for q in state.questions if q.label and q not in answered]
    if not named:  # every labelled question answered: nothing to look for in the loose text
        return
    said = fold(state.text[loose[0].start :])
    listed = r"\b(?:q(?:uestion)?|parts?)\s*(?:\d{1,2}[a-z]?\s*(?:,|and|or|&)\s*)*"  # "parts 2, 3 or 4" names 3
    names = {q: re.compile(listed + rf"{re.escape(label_key(q.label))}\b") for q in named}
    whole = cues.GENERIC_ANSWER.pattern.search(fold(" ".join(line.text for line in loose)))
    for q, name in ((q, name) for q, name in names.items() if name.search(said)):
        own = [line for line in loose if name.search(_folded(line.text))]
        if own or whole:  # words on the whole request first, as before a paragraph naming it was read
            state.segs.append(_Seg(_shown_label(q), q, loose if whole else own, unnamed=bool(whole)))


def _named_in(said: str, question: _Question) -> bool:
    """Whether the folded reply text `said` names a labelled question, alone or in a list or range: "question 3",
    "questions 2 and 3", "questions 2 to 4" (names 3 too: a range is read by its ends, so any number in it counts)."""
    if not question.label:
        return False
    key = label_key(question.label)
    listed = r"\b(?:q(?:uestions?)?|parts?)\s*(?:\d{1,2}[a-z]?\s*(?:,|and|or|&|to|-)\s*)*"
    if re.search(listed + rf"{re.escape(key)}\b", said):
        return True
    ranges = re.finditer(r"\b(?:questions|parts)\s*(\d{1,2})\s*(?:to|-)\s*(\d{1,2})\b", said)
    return key.isdigit() and any(int(m[1]) <= int(key) <= int(m[2]) for m in ranges)


def _answer_first_unnamed(state: _State, loose: list[_Line]) -> None:
    """The first questions of a request, answered under no name, when every later one is answered by name: they
    share the reply's loose text before the first named answer (a table answering 1 and 2, then "On your question
    about X: ..." for 3), less its opening ("Thank you for your request ...")."""
    answered = {seg.question for seg in state.segs}
    waiting = [q for q in state.questions if q not in answered]
    if not waiting or len(waiting) == len(state.questions) or waiting[-1].index > min(q.index for q in answered if q):
        return
    if any(q.label is None for q in waiting) and all(q.label for q in answered if q):
        return  # a heading read as a question above items labelled in turn ("(i)" to "(iv)", each answered)
    first = min(seg.lines[0].start for seg in state.segs if seg.lines)
    before = [line for line in loose if line.end <= first and not cues.REPLY_OPENING.matches(_folded(line.text))]
    if any(ANSWERS_SOMETHING_RE.search(line.text) for line in before):
        state.segs[:0] = [_Seg(_shown_label(q), q, before, unnamed=len(waiting) > 1) for q in waiting]


def _one_line_each(state: _State) -> list[_Line] | None:
    """The reply's lines when it answers a request part in order, one unlabelled line a question, before any
    boilerplate: as many such lines as questions, none an introduction ("... as follows:"), a reply opening
    ("Thank you for your request"), a question, or words on the request as a whole ("to process your request")."""
    lines = [
        line
        for line in state.loose[: state.stopped]
        if not line.label
        and not _is_request_talk(line.text)
        and not line.text.endswith(":")
        and not cues.REPLY_OPENING.matches(_folded(line.text))
    ]
    if len(lines) != len(state.questions) or any(
        looks_like_question(line.text) or cues.GENERIC_ANSWER.pattern.search(_folded(line.text)) for line in lines
    ):
        return None
    return lines


def _read(lines: Sequence[_Line], state: _State) -> _State:
    if not state.split:
        state.filled_run = _filled_runs(lines)
    for line in lines:
        _step(state, line)
    _share_loose(state)
    _answer_named_inside(state)
    _answer_skipped(state)
    return state


def _answer_skipped(state: _State) -> None:
    """Questions of a request part that the reply passes over while naming its answers ("In answer to your first
    question, ..." then "On your third question, ..."), each taking one later paragraph of the answer before them:
    when that answer has one paragraph more for each, and each shares more words with its question than with the
    question named."""
    answered = {seg.question: seg for seg in state.segs if seg.question is not None} if state.split else {}
    for k, question in enumerate(state.questions[:-1] if answered else ()):
        seg = answered.get(question)
        skipped = list(takewhile(lambda q: q not in answered, state.questions[k + 1 :])) if seg else []
        chain = [question, *skipped]  # numbered in turn: "1" then "2", not a wrapped item's "(b)" after "1"
        if seg is None or not skipped or not all(is_successor(a.label, b.label) for a, b in pairwise(chain)):
            continue
        paragraphs: list[list[_Line]] = []
        for line in seg.lines:
            if line.blank_before or not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line)
        if len(paragraphs) != 1 + len(skipped):
            continue
        texts = [_stems(" ".join(line.text for line in paragraph)) for paragraph in paragraphs[1:]]
        named = _stems(question.text)
        if all(len(t & _stems(q.text)) > len(t & named) for q, t in zip(skipped, texts, strict=True)):
            seg.lines = paragraphs[0]
            at = state.segs.index(seg) + 1
            state.segs[at:at] = [_Seg(_shown_label(q), q, p) for q, p in zip(skipped, paragraphs[1:], strict=True)]


def _answer_named_inside(state: _State) -> None:
    """A labelled question answered under no label of its own that a sentence inside another answer names ("Because
    question 4 relies on the same search, it too ...") takes that answer from the line naming it on; so does the
    question next after the last one read, named in a note below their answers ("We own no such vehicle
    (question 5).") where the reply did not restate it."""
    answered = {seg.question for seg in state.segs}
    waiting = {label_key(q.label): q for q in state.questions if q.label and q not in answered}
    last = state.questions[-1].label if state.questions and not state.split else None
    for seg in list(state.segs) if waiting or last else ():
        for i, line in enumerate(seg.lines):
            found = cues.MENTIONED.pattern.finditer(_folded(line.text)) if "question" in line.text.lower() else ()
            named = {label_key(label) for m in found for label in _expand_labels(m.group("labels"))}
            for key in sorted(named & waiting.keys()):
                question = waiting.pop(key)
                state.segs.append(_Seg(_shown_label(question), question, seg.lines[i:]))
            if (
                last
                and len(named) == 1
                and is_successor(last, key := next(iter(named)))
                and not _answered_under(state, key)
            ):
                unasked = _Question(key, "", line.start, line.start, len(state.questions))
                state.questions.append(unasked)
                state.segs.append(_Seg(key, unasked, seg.lines[i:]))
                last = key


def _answered_under(state: _State, key: str) -> bool:
    """Whether a segment answers `key` under its own label or one of its parts: "Question 2: 265", "Question 2(a):
    1,977"."""
    return any(key in (own := label_key(seg.label), label_number(own)) for seg in state.segs)


def _swallowed(state: _State) -> int:
    """Lines inside answers that read as questions of their own (a later question taken for answer text):
    a line ending with "?", or one labelled with a label no question of the reading has."""
    keys = _asked_keys(state)
    return sum(
        1
        for seg in state.segs
        for line in seg.lines[1:]
        if (label_key(line.label) not in keys if line.label else line.text.endswith("?"))
        and not (line.body or line.text)[:1].islower()  # an item of a list inside a sentence
        and looks_like_question(line.body or line.text)
    )


def _answered(state: _State) -> int:
    return len({seg.question for seg in state.segs if seg.question is not None})


def _quoted_request(lines: Sequence[_Line], text: str) -> tuple[int, int, int] | None:
    """Where an e-mail reply quotes the message it answers, below the reply ("-----Original Message-----",
    "On 3 May 2024 A Person wrote:", or a block of "> " lines after the reply's sign-off), when the reply above has text
    of its own: where the reply's own text ends, where the quoted request starts and where it ends; else None.
    Of a chain of quoted mails (a clarification asked and given above the request), the one holding nothing but
    a request with most numbered items is read."""
    starts = [(i, i + 1) for i in _quoted_mail_starts(lines)]
    if not starts and ">" not in text:  # no older mail, none quoted with "> " either: most replies
        return None
    signed = next((i for i, line in enumerate(lines) if cues.SIGN_OFF.pattern.match(_folded(line.text))), len(lines))
    # quoted from an older mail with a "> " mark (only the lines from the sign-off on are read): the first block, as
    # answers written between quoted questions make each question a block of its own
    quoted = [text.startswith(">", line.start) for line in lines[signed:]]
    rises = (i for i in range(signed + 1, len(lines)) if quoted[i - signed] > quoted[i - signed - 1])
    starts += [(i, i) for i in islice(rises, 1)]
    found = [
        (sum(bool(x.label) for x in lines[begin : begin + end]), -begin, begin + end)
        for _, begin in starts
        if (end := _request_end(lines[begin:])) is not None
    ]
    if not found:
        return None
    _, request_start, request_end = max(found)
    return min(own_end for own_end, _ in starts), -request_start, request_end


def _quoted_mail_starts(lines: Sequence[_Line]) -> Iterator[int]:
    """The lines after the first where _opens_quoted_mail, tried only on a line ending with "-" or ":" or opening with
    "F" (a header's end, a "From:" field's start): most lines are neither."""
    return (
        i
        for i, line in enumerate(lines)
        if (line.text.endswith(("-", ":")) or line.text[:1] in "Ff") and i and _opens_quoted_mail(lines, i)
    )


def _opens_quoted_mail(lines: Sequence[_Line], i: int) -> bool:
    """Whether an older mail quoted below the reply starts at line `i`: its header ("-----Original Message-----"),
    or its "From:" field over its "Sent:" or "Date:" field set apart below the reply's text (a mail program's rule
    of underscores above it is blanked in the reading view)."""
    text = lines[i].text  # (the dashes before "Original Message" may be read as a bullet, out of the text)
    if text.endswith(("-", ":")) and cues.QUOTED_MAIL.matches(_folded(text)):
        return not _heads_thread_message(lines, i)
    return _opens_quoted_header(lines, i, text)


# the date alone under a thread page's message heading (fields.BODY_MESSAGE: "Wibble Council <[FOI #1 email]>" over
# "5 October 2021")
_THREAD_MESSAGE_DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2,8} \d{4}")


def _heads_thread_message(lines: Sequence[_Line], i: int) -> bool:
    """Whether line `i` comes right under a thread page's message heading (fields.BODY_MESSAGE, over a whole date): a
    mail's header there opens the message the body sent, not an older mail it quotes."""
    return (
        i > 1
        and _THREAD_MESSAGE_DATE.fullmatch(lines[i - 1].text.strip()) is not None
        and fields.BODY_MESSAGE.compiled.match(f"{lines[i - 2].text}\n{lines[i - 1].text}") is not None
    )


def _opens_quoted_header(lines: Sequence[_Line], i: int, text: str) -> bool:
    if not (i and i + 1 < len(lines) and lines[i].blank_before and text[:5].lower() == "from:"):
        return False
    dated = lines[i + 1].text[:5].lower() in ("sent:", "date:")
    return dated and cues.MAIL_HEADER_FIELD.matches(_folded(text))


def _request_end(lines: Sequence[_Line]) -> int | None:
    """Where a quoted message's request ends when, from its first question on, it holds nothing but its
    request (no answer written under a quoted question: "> 1. Do you hold ...?", "Yes.", "> 2. ..."): at
    request talk after its questions ("Many thanks,"), at its sign-off ("Yours faithfully,") or at its end;
    else None. A remark after the last question ("For reference, ...") may stand before the sign-off."""
    asked = remark = stops_short = False
    for i, line in enumerate(lines):
        if i and _opens_quoted_mail(lines, i):  # an older mail quoted in turn: this one ends here
            return i if asked and not remark else None
        body = line.body if line.label else line.text
        wrapped = stops_short and not line.blank_before  # the rest of a question wrapped onto the next line
        asks = bool(line.label) or looks_like_question(body)
        stops_short = asks and body[-1:].isalnum()  # "... about options for reforming"
        if asked and not asks and (_is_request_talk(body) or cues.SIGN_OFF.pattern.match(_folded(line.text))):
            return i
        if asks and remark:
            return None
        if asked and not (asks or wrapped or body[:1].islower() or _is_boilerplate(line.text)):
            if cues.ANSWER_OPENING.pattern.match(body):
                return None
            remark = True
        asked = asked or asks
    return len(lines) if asked and not remark else None


def _run(text: str) -> _State:
    """The reading of the reply that explains it best: a request part then a reply part answering it,
    or questions and answers read in order; an e-mail reply above the request it quotes is read against
    that request, unless it holds a request part of its own that it answers as fully."""
    lines, quoted = _reply_lines(text)
    if quoted is not None:  # an e-mail reply above the request it quotes: read the request first
        questions = _collect_questions(lines[quoted[1] : quoted[2]], text)
        above = _read(lines[: quoted[0]], _State(text, split=True, questions=questions)) if questions else None
        if above is not None and above.segs and _answered(above) >= _answered(_read_part(lines[: quoted[0]], text)):
            return above
    return _read_part(lines, text)


@lru_cache(maxsize=2)  # `segment` and `request_spans` read the same reply's lines
def _reply_lines(text: str) -> tuple[tuple[_Line, ...], tuple[int, int, int] | None]:
    """A reply's lines with bare labels merged, and where the request an e-mail reply quotes below it lies."""
    lines = tuple(_merge_bare_labels(_read_lines(text)))
    return lines, _quoted_request(lines, text) or _listed_request(lines)


def _listed_request(lines: Sequence[_Line]) -> tuple[int, int, int] | None:
    """Where a reply lists the request it answers after its own text, under a heading alone on its line with no
    colon ("Your request", then "1. ...", "2(a) ..."), no label before it and its closing right after (a review
    offer, a sign-off): read as a request quoted below the reply, each labelled line an item however worded (the
    reply's text goes to all of them); as _quoted_request, else None."""
    for i, line in enumerate(lines):
        if line.label:
            return None
        if i and not line.text.endswith(":") and cues.REQUEST_HEADING.pattern.match(_folded(line.text)):
            end = next((j for j in range(i + 1, len(lines)) if not lines[j].label), len(lines))
            # the reply's last words before its closing ("If you are unhappy ..."), its only list
            last = end == len(lines) or _is_boilerplate(lines[end].text)
            return (i, i + 1, end) if end - i > 2 and last and not any(x.label for x in lines[end:]) else None
    return None


def _read_part(lines: tuple[_Line, ...], text: str) -> _State:
    """`lines` read as a request part then a reply part answering it, or as questions and answers in order."""
    start = _find_response_start(lines)
    filled: list[_Seg] = []
    questions = _collect_questions(lines[:start], text, filled) if start is not None else []
    if start is None or not _splits_request_from_reply(questions, lines[start:]):
        return _read(lines, _State(text, split=False))
    split = _read(lines[start:], _State(text, split=True, questions=questions, segs=filled))
    swallowed = _swallowed(split)
    if not swallowed:
        return split
    in_order = _read(lines, _State(text, split=False))
    return in_order if _swallowed(in_order) < swallowed and _answered(in_order) > _answered(split) else split


def segment(text: str) -> list[Segment]:
    """Questions of a reply with the answer text given to each, in the order answered, with the lettered parts a
    numbered question's answer says do not apply (`_parts_falling_away`). A bilingual reply is read in its English
    copy alone: the Welsh copy restates the same questions and answers."""
    text = english_copy(text)
    return _parts_falling_away(text, _read_segments(text))


def _parts_falling_away(text: str, segments: list[Segment]) -> list[Segment]:
    """A numbered question's answer saying after its own answer that its lettered parts do not apply ("2 - We do
    not charge for false alarms, so (b) and (c) don't apply."): those parts are questions of their own answered by
    that clause, and the number keeps what comes before it. Not where the reply already answers a part of it."""
    labels = {s.label for s in segments}
    found: list[Segment] = []
    for seg in segments:
        found.append(seg)
        span = seg.answer_span
        says_apply = span is not None and "appl" in span.quote.lower()  # the cue's verb: most answers hold none
        match = cues.PARTS_FALL_AWAY.pattern.search(fold_text(span.quote)) if span and says_apply else None
        if span is None or match is None or not re.fullmatch(r"(?:q)?\d{1,2}", seg.label, re.IGNORECASE):
            continue
        parts = [seg.label + letter for letter in re.findall(r"\(([a-h])\)", match["letters"])]
        own = span.quote[: match.start()].rstrip(" ,;")
        if not WORD_CHAR_RE.search(own) or labels & {*parts, *(p.upper() for p in parts)}:
            continue
        clause = Span.of(text, span.start + match.start("clause"), span.start + match.end("clause"))
        kept = Span.of(text, span.start, span.start + len(own))
        found[-1] = replace(seg, answer_text=kept.quote, answer_span=kept)
        found.extend(Segment(p, "", None, clause.quote, clause) for p in parts)
    return found


def _read_segments(text: str) -> list[Segment]:
    """Questions of a reply with the answer text given to each, in the order answered.

    >>> [s.label for s in segment("Q1. Do you have a lead?\\nNo.\\nQ2. Who is it?\\nNot applicable")]
    ['Q1', 'Q2']
    """
    own = _own_text(text)
    if awaits_clarification(own):
        return []
    if "working days" in own and _pending(own):
        return []
    best: list[Segment] = []
    best_score = _plausible(best)
    for read in READINGS:  # on a tie, the one asking fewer verdicts, then the earlier reading
        found = read(text)
        score = _plausible(found)
        if score > best_score or (score == best_score and _verdicts_asked(found) < _verdicts_asked(best)):
            best, best_score = found, score
    if len(best) < 2:  # a reply answering in turn under a heading naming each topic
        headed = _headed_segments(text)
        best = headed if len(headed) > len(best) else best
    if len(best) < 2:  # a prose reply whose sentences close on the questions they answer: "... (Q2)."
        tagged = _bracket_named_segments(text)
        best = tagged if len(tagged) > len(best) else best
    if len(best) < 2:  # answers one a line under "In answer to your questions:", in the request's order
        listed = _answered_line_by_line(text)
        best = listed if len(listed) > len(best) else best
    if len(best) < 2:  # a prose reply reporting what was asked, one item or several, each answered in turn
        prose = _prose_segments(text)
        best = prose if len(prose) > len(best) else best
    in_passing = _ordinals_in_passing(text)  # a letter naming its questions by their place, mid-sentence
    if len(in_passing) > len(best) and {label_key(seg.label) for seg in best} <= {seg.label for seg in in_passing}:
        best = in_passing
    best = best or _reply_only_segments(text)  # a reply with no question of its own
    best = _more_named_than_read(text, best)
    if len(best) == 1 and best[0].label == "1":
        return _semicolon_items(text, best[0]) or _bulleted_answers(text, best[0]) or _each_counted(text, best[0])
    return _named_besides(text, best) if best else _greeted_all_named(text) or _prose_answers(text)


def _more_named_than_read(text: str, found: list[Segment]) -> list[Segment]:
    """Questions read from a request reported in prose, all sharing one answer, where the reply names more of them
    together ("... and the number of carers recruited (your questions 1 to 7)." over one not-held statement): that
    answer for each question named."""
    if len(found) < 2 or len({seg.answer_span for seg in found}) != 1:
        return found
    if [seg.label for seg in found] != [str(n) for n in range(1, len(found) + 1)]:
        return found
    each = _each_counted(text, found[0])
    if len(each) <= len(found):
        return found
    asked = [(seg.question, seg.question_span) for seg in found] + [("", None)] * (len(each) - len(found))
    return [replace(seg, question=q, question_span=span) for seg, (q, span) in zip(each, asked, strict=True)]


class _Unit(NamedTuple):
    """Sentences of a prose letter read together: those naming `numbers` by their place, or (none named) a stretch
    between such sentences; `paragraphs` holds each sentence's paragraph."""

    numbers: tuple[int, ...]
    sentences: list[tuple[int, int]]
    paragraphs: list[int]


def _ordinals_in_passing(text: str) -> list[Segment]:
    """A letter that restates no question and names those it answers by their place in passing, from its first
    ("We have no depot, so your first question does not apply.", "Consultancy (your fourth question) came to
    £8,000."): each sentence naming some answers them; the questions passed over (the second, between the first
    and the third named) take the text between in turn, a paragraph or a sentence each where it has as many as
    they. Text after the last naming with no question left for it answers none (it may answer later questions)."""
    units = _ordinal_units(text)
    named = [n for unit in units for n in unit.numbers]
    if sum(1 for unit in units if unit.numbers) < 2 or len(set(named)) != len(named):
        return []
    gaps = [n for n in range(1, max(named) + 1) if n not in named]
    found: list[Segment] = []
    for k, unit in enumerate(units):
        after = next((u.numbers for u in units[k + 1 :] if u.numbers), None)
        if unit.numbers:
            found += [_unit_segment(text, str(n), unit.sentences) for n in unit.numbers]
            continue
        taking = [n for n in gaps if after is None or n < min(after)]
        gaps = [n for n in gaps if n not in taking]
        if not taking and after is not None and found:  # the reasons of the answer before it
            opening = found[-1].answer_span
            assert opening is not None
            carried = Span.of(text, opening.start, unit.sentences[-1][1])
            found = [
                replace(seg, answer_text=carried.quote, answer_span=carried) if seg.answer_span == opening else seg
                for seg in found
            ]
        found += _stretch_segments(text, taking, unit)
    return sorted(found, key=lambda seg: int(seg.label))


def _ordinal_units(text: str) -> list[_Unit]:
    """The sentences of a prose letter's body (after its greeting, up to its help text or sign-off) from the first
    naming question 1 by its place, read as `_Unit`s; [] where no sentence names the first question first."""
    folded = fold_text(text)
    if len(folded) != len(text) or "first" not in folded:
        return []
    lines = _read_lines(text)
    greeting = _salutation(lines)
    if greeting is None:
        return []
    start = lines[greeting].end
    close = cues.PROSE_END.pattern.search(folded, start)
    units: list[_Unit] = []
    for p, paragraph in enumerate(PARAGRAPH_RE.finditer(text, start, close.start() if close else len(text))):
        for a, b in _bracketed_sentences(text, paragraph.start(), paragraph.end()):
            found = cues.ORDINAL_IN_PASSING.pattern.finditer(folded, a, b)
            words = [w for m in found for w in re.split(r"\W+(?:and\W+)?", m["ordinals"]) if w]
            numbers = tuple(cues.ORDINALS.index(w) + 1 for w in words)
            if not units and numbers[:1] != (1,):
                continue  # the letter's opening, before it names the first question
            if numbers or not units or units[-1].numbers:
                units.append(_Unit(numbers, [], []))
            units[-1].sentences.append((a, b))
            units[-1].paragraphs.append(p)
    return units


def _bracketed_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences as `_prose_sentences`, a bracketed one ("(Separately, we hold none.)") ending where it closes."""
    cuts = [start, *(m.end() for m in BRACKETED_SENTENCE_RE.finditer(text, start, end)), end]
    return ((a, b) for a, b in pairwise(cuts) if WORD_CHAR_RE.search(text, a, b))


def _stretch_segments(text: str, taking: list[int], unit: _Unit) -> list[Segment]:
    """The questions passed over that a stretch between named answers takes: one paragraph each, else one sentence
    each, where it has as many; else they share it."""
    paragraphs = [
        [s for s, p in zip(unit.sentences, unit.paragraphs, strict=True) if p == q]
        for q in dict.fromkeys(unit.paragraphs)
    ]
    if len(paragraphs) == len(taking):
        return [_unit_segment(text, str(n), each) for n, each in zip(taking, paragraphs, strict=True)]
    if len(unit.sentences) == len(taking):
        return [_unit_segment(text, str(n), [each]) for n, each in zip(taking, unit.sentences, strict=True)]
    return [_unit_segment(text, str(n), unit.sentences) for n in taking]


def _unit_segment(text: str, label: str, sentences: list[tuple[int, int]]) -> Segment:
    answer = Span.of(text, sentences[0][0], sentences[-1][1])
    return Segment(label, "", None, answer.quote, answer)


def _answered_line_by_line(text: str) -> list[Segment]:
    """A reply that answers the questions it does not restate one a line, in order, in the paragraph under a lead-in
    ("In answer to your questions:" over "We run 3 sites." / "No closures." / ...): each line of that paragraph
    answers the question of its place, three lines at least, none labelled nor asking."""
    if "your" not in text:
        return []
    lines = _read_lines(text)
    lead = next((i for i, line in enumerate(lines) if _leads_line_by_line(line)), None)
    if lead is None or lead + 1 >= len(lines) or not lines[lead + 1].blank_before:
        return []
    block = [lines[lead + 1]]
    block.extend(takewhile(lambda line: not line.blank_before, lines[lead + 2 :]))
    if len(block) < 3 or any(
        line.label or looks_like_question(line.text) or _is_boilerplate(line.text) for line in block
    ):
        return []
    spans = [Span.of(text, line.start, line.end) for line in block]
    return [Segment(str(k), "", None, span.quote, span) for k, span in enumerate(spans, 1)]


def _leads_line_by_line(line: _Line) -> bool:
    return line.label is None and line.text.endswith(":") and cues.ANSWERS_LINE_BY_LINE.matches(_folded(line.text))


def _named_besides(text: str, found: list[Segment]) -> list[Segment]:
    """Questions a sentence outside every answer read names together, answered by its paragraph, where with those
    read they make every question from 1 on ("... it is exempt under section 21, and this applies to questions 1, 2,
    3 and 5." over "Question 4: not held"), that sentence the answer: a reply that restates no question answers some
    of them in prose."""
    keys = {label_key(seg.label) for seg in found}
    if not all(key.isdigit() for key in keys) or "uestion" not in text:
        return found
    folded = fold_text(text)
    if len(folded) != len(text):  # the folded text's offsets must be the text's
        return found
    spans = [seg.answer_span for seg in found if seg.answer_span is not None]
    # matched only where "question" or "part" begins: a scan trying the pattern's lookbehinds everywhere is slow
    for named in matches_at(cues.MENTIONED.pattern, folded, places(folded, ("question", "part"))):
        if any(span.start <= named.start() < span.end for span in spans):
            continue
        sentence = folded[folded.rfind(".", 0, named.start()) + 1 : named.end()]
        labels = [label_key(label) for label in _expand_labels(named.group("labels"))]
        numbers = {int(key) for key in labels if key.isdigit()}
        if cues.REFINING_ADVICE.matches(sentence) or len(numbers) != len(labels) or keys & set(labels):
            continue
        every = numbers | {int(key) for key in keys}
        if len(numbers) > 1 and every == set(range(1, len(every) + 1)):
            answer = _sentence_on(text, named.start(), named.end())
            added = [Segment(str(n), "", None, answer.quote, answer) for n in sorted(numbers)]
            return sorted([*found, *added], key=lambda seg: int(label_key(seg.label)))
    return found


def _sentence_on(text: str, start: int, end: int) -> Span:
    """The sentence of `text` holding start to end and the rest of its paragraph, which may say what becomes of
    the questions it names ("We have passed questions 1 and 3 to the county. The council does not hold them.")."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n\n", 0, start) + 2, 0)
    close = text.find("\n\n", end)
    return Span.of(text, opening, close if close >= 0 else len(text))


def _greeted_all_named(text: str) -> list[Segment]:
    """A letter with no reply opening whose text after its greeting names every question together ("Dear Ms Field
    ... We do not hold any information within the scope of questions 1 to 6."): that text answers each of them.
    A greeting over a note alone ("Our response is attached.") answers nothing."""
    greeted = _reply_only_segments(text, greeted=True)
    each = _each_counted(text, greeted[0]) if len(greeted) == 1 else []
    return each if len(each) > 1 else []


def _semicolon_items(text: str, whole: Segment) -> list[Segment]:
    """The one unlabelled question of a reply written as a paragraph of items each ended by a semicolon ("Number of
    orders, 2022 to 2024; cases passed to agents; arrears outstanding."): each item a question, numbered in turn,
    all sharing the one answer. Not items listed after a colon inside the question ("spend in all areas, including:
    schools; care; ...")."""
    span = whole.question_span
    if span is None or span.quote.count(";") < 2 or ":" in span.quote.split(";")[0]:
        return []
    bounds = [span.start, *(m.start() for m in SEMICOLON_CUT_RE.finditer(text, span.start, span.end)), span.end]
    items = [Span.of(text, a + (a > span.start), b) for a, b in pairwise(bounds)]
    if len(items) < 3 or any(len(_words(item.quote)) < 2 for item in items):
        return []
    return [replace(whole, label=str(k), question=i.quote, question_span=i) for k, i in enumerate(items, 1)]


BULLETED_ANSWERS_AT_LEAST = 3  # fewer bullets than this are one answer's points more often than answers in turn


def _bulleted_answers(text: str, whole: Segment) -> list[Segment]:
    """The one answer of a reply with no question of its own that opens on a list of bullets each giving a topic
    and its answer ("- Fees paid in 2023/24: £14.1 million." / "- Net-zero target: 2050."), none asking: each bullet
    answers a question in turn, numbered 1, 2, ... (the request's order). Most bullets must name their topic before
    a colon or a dash; a list under a lead-in ("We hold these documents:") is one answer."""
    span = whole.answer_span
    if span is None or "\n" not in span.quote:
        return []
    lines = [line for line in _read_lines(text) if span.start <= line.start < span.end]
    bullets = list(takewhile(lambda line: line.bullet and not line.label, lines))
    if len(bullets) < BULLETED_ANSWERS_AT_LEAST or any(x.blank_before for x in bullets[1:]):
        return []
    topics = sum(1 for x in bullets if (m := TOPIC_INLINE_RE.match(x.text)) and m.group("bare"))
    if 2 * topics <= len(bullets) or any(looks_like_question(x.text) for x in bullets):
        return []
    spans = [Span.of(text, x.start, x.end) for x in bullets]
    return [Segment(str(k), "", None, answer.quote, answer) for k, answer in enumerate(spans, 1)]


def _each_counted(text: str, whole: Segment) -> list[Segment]:
    """The one answer of a reply that counts the questions it was asked ("The first asked six questions about ...")
    or names them all from the first ("This applies to each of questions 1 to 6."): that answer for each of them."""
    folded = fold_text(text)
    counted = cues.QUESTIONS_COUNTED.pattern.search(folded)
    word = counted.group("count") if counted else ""
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    numbers: set[int] = set()  # those the reply names, together every one from 1 up: not a selection ("1, 2(a), 6")
    all_named: dict[frozenset[int], int] = {}  # where one sentence first names a set of questions
    for named in cues.MENTIONED.pattern.finditer(folded) if not count else ():
        sentence = folded[folded.rfind(".", 0, named.start()) + 1 : named.end()]
        if not cues.REFINING_ADVICE.matches(sentence):
            these = frozenset(int(n) for n in map(label_number, _expand_labels(named.group("labels"))) if n)
            numbers |= these
            all_named.setdefault(these, named.start())
    if not count and numbers == set(range(1, len(numbers) + 1)):
        if frozenset(numbers) not in all_named and _sets_named_in_turn(all_named):
            return _each_by_paragraph(text, whole, all_named)
        count = len(numbers)
        whole = _from_naming_paragraph(text, whole, all_named.get(frozenset(numbers)))
    return [replace(whole, label=str(n)) for n in range(1, count + 1)] if count > 1 else [whole]


def _sets_named_in_turn(all_named: dict[frozenset[int], int]) -> bool:
    """Whether the sets of questions a reply names, read in the order it names them, count 1, 2 ... n each once:
    "(your questions 1 to 5)", then "(question 6)", then "(question 7)" (not "If you drop question 4, we can answer
    questions 1-3 and 5-7", advice after a refusal of them all)."""
    in_order = [n for named in sorted(all_named, key=all_named.__getitem__) for n in sorted(named)]
    return len(all_named) > 1 and in_order == list(range(1, len(in_order) + 1))


def _each_by_paragraph(text: str, whole: Segment, all_named: dict[frozenset[int], int]) -> list[Segment]:
    """The questions of a reply that names them apart, each paragraph its own ("... no posts (your questions 1 to
    5)." then "No evaluation was commissioned (question 6), and there are no minutes (question 7)."), together
    every one from 1 on: each question answered by the paragraph naming it."""
    found: list[Segment] = []
    for numbers, named in all_named.items():
        paragraph = _from_naming_paragraph(text, whole, named).answer_span
        if paragraph is None:
            return [whole]
        close = text.find("\n\n", named)
        answer = Span.of(text, paragraph.start, close if 0 <= close < paragraph.end else paragraph.end)
        found += [replace(whole, label=str(n), answer_text=answer.quote, answer_span=answer) for n in numbers]
    return sorted(found, key=lambda seg: int(seg.label))


def _from_naming_paragraph(text: str, whole: Segment, named: int | None) -> Segment:
    """The answer read from the paragraph of the sentence naming every question on ("We do not hold any
    information within the scope of questions 1 to 6."), not from the remarks about the body before it; all of it
    where that sentence only carries over what was said before it ("This applies to questions 1 to 6.")."""
    span = whole.answer_span
    if span is not None and named is not None and named < span.start:
        return _from_opening_line(text, whole, named)
    if span is None or named is None or not span.start <= named < span.end:
        return whole
    sentence = max(text.rfind(".", span.start, named), text.rfind("\n\n", span.start, named)) + 1
    if cues.CARRIES_OVER.matches(_folded(text[sentence:named].strip())):
        return whole
    paragraph = text.rfind("\n\n", span.start, named)
    start = paragraph + 2 if paragraph >= 0 else span.start
    answer = Span.of(text, start, span.end)
    return replace(whole, answer_text=answer.quote, answer_span=answer)


def _from_opening_line(text: str, whole: Segment, named: int) -> Segment:
    """The answer read from the sentence after a reply's thanks where the paragraph of those thanks, the one right
    above the answer read, goes on to name every question ("Thank you for your e-mail. We hold none of what your
    questions (1 to 5) ask about."): the thanks open the reply, the sentences after them answer."""
    span = whole.answer_span
    assert span is not None
    opening = text.rfind("\n\n", 0, named) + 2 if "\n\n" in text[:named] else 0
    if "\n\n" in text[named : span.start].strip("\n") or _reply_mark(text[opening:named]) != 0:
        return whole
    first = text.find(". ", opening, named)
    if first < 0:
        return whole
    answer = Span.of(text, first + 2, span.end)
    return replace(whole, answer_text=answer.quote, answer_span=answer)


def request_spans(text: str, answered: bool = False) -> list[tuple[int, int]]:
    """Where the questions of the request a reply quotes or restates lie, read as `segment` reads them: those of the
    request an e-mail reply quotes below it, else (when `segment` read no answers: an acknowledgement, a
    clarification sought) those of the request part above the reply's start (a thread page's request over the body's
    acknowledgement). The requester's sums and sections there are not the body's, even where each answer's question
    is the copy the reply restates above it."""
    text = english_copy(text)
    lines, quoted = _reply_lines(text)
    start = _find_response_start(lines) if quoted is None and not answered else None
    part = lines[quoted[1] : quoted[2]] if quoted is not None else lines[:start] if start is not None else ()
    shown = None if quoted or answered else next((i for i, x in enumerate(lines) if _shows_request(x.text)), None)
    signed = (
        next((i for i in range(shown, len(lines)) if cues.SIGN_OFF.pattern.match(_folded(lines[i].text))), 0)
        if shown is not None
        else 0
    )
    # each sentence under the sign-off is the requester's: a span is read as one question, ending at its first sentence
    below = [span for x in lines[signed:] for span in _sentence_spans(x)] if signed else []
    return below or [(question.start, question.end) for question in _collect_questions(part, text)]


def _sentence_spans(line: _Line) -> list[tuple[int, int]]:
    cuts = [line.start, *(line.start + m.end() for m in re.finditer(r"[.?!]\s+", line.text)), line.end]
    return list(pairwise(cuts))


def _shows_request(text: str) -> bool:
    """A line saying the request is shown under the reply ("Your request is shown below.")."""
    return "below" in text and cues.REQUEST_SHOWN_BELOW.matches(_folded(text))


_RECEIVED_WORDS = tuple((word, word.index("receive")) for word in cues.CLARIFICATION_WORDS if "receive" in word)
_OTHER_CLARIFICATION_WORDS = tuple(word for word in cues.CLARIFICATION_WORDS if "receive" not in word)


def awaits_clarification(text: str) -> bool:
    """Whether the reply asks the requester to clarify the request before it answers ("the 20 working days will start
    again when we receive your reply"): it holds no answer yet. The cue needs one of its words, and most replies hold
    none (lowered and folded once for every extractor)."""
    return _holds_clarification_word(lower_text(text)) and cues.CLARIFICATION_SOUGHT.matches(fold_text(text))


def _holds_clarification_word(low: str) -> bool:
    """Whether the lowered reply holds one of cues.CLARIFICATION_WORDS: those holding "receive" are tried only where
    it occurs (one scan of the reply, not one a word)."""
    if any(word in low for word in _OTHER_CLARIFICATION_WORDS):
        return True
    at = low.find("receive")
    while at >= 0:
        if any(at >= k and low.startswith(word, at - k) for word, k in _RECEIVED_WORDS):
            return True
        at = low.find("receive", at + 1)
    return False


def _pending(own: str) -> bool:
    """An acknowledgement: the reply's own text, before its boilerplate, promises an answer and numbers none,
    the items of the request it restates aside ("1. The number of traders at each market."); a sign-off ends no
    text (on a thread page the request's own "Yours faithfully" comes before the acknowledgement)."""
    lines = _read_lines(own)
    ends = (_is_boilerplate(line.text) and not cues.SIGN_OFF.pattern.match(_folded(line.text)) for line in lines)
    body = lines[: next((i for i, end in enumerate(ends) if end), len(lines))]
    restating = False  # the numbered lines listed under "... in which you asked for:" are the request's
    for line in body:
        if line.label and not restating:
            return False
        restating = (restating and bool(line.label)) or _reports_request(line.text)
    folded = (_folded(line.text) for line in body)  # the cue needs "working days": most lines lack it
    return any("working days" in line and cues.ANSWER_PENDING.matches(line) for line in folded)


def _own_text(text: str) -> str:
    """The reply's own text, above the first older mail it quotes ("-----Original Message-----"): a
    clarification asked for in that older mail is not one this reply asks for."""
    lines = _read_lines(text)
    return text[: next((lines[i].start for i in _quoted_mail_starts(lines)), len(text))]


def _plausible(segments: Sequence[Segment]) -> tuple[int, int]:
    """How much of the reply a reading explains: its answers that do not read as questions themselves, then all
    its answers."""
    asking = sum(1 for s in segments if looks_like_question(s.answer_text.split("\n", 1)[0]))
    return len(segments) - asking, len(segments)


def _verdicts_asked(segments: Sequence[Segment]) -> int:
    """How many of the reply's verdicts a reading takes for questions ("(b) Not held." read as a lettered question
    under its heading and given the next question's answer): of two readings explaining as much, the fewer wins."""
    return sum(1 for s in segments if s.question and cues.VERDICT_AS_ASKED.matches(_folded(s.question)))


def _line_segments(text: str) -> list[Segment]:
    """The reply read line by line: questions, then the answers given to them."""
    state = _run(text)
    _split_paragraphs(state)
    _split_sentences(state)
    _split_rows(state)
    return [s for s in (_to_segment(text, seg) for seg in state.segs) if s is not None]


def _table_segments(text: str) -> list[Segment]:
    """Questions and answers laid out as table rows: "4 | What is the fee? | £3,512 per annum", or any
    rows under a header row naming a question column: "| Question | Response |"."""
    if " | " not in text:
        return []
    segments: list[Segment] = []
    offset = 0
    asked_column: int | None = None
    asked_at: int | None = None  # the question cell of the row just read, while rows follow it
    width, in_table = 0, False  # the cells of the header row naming the question column; the line before a row
    numbered = False  # the row just read has a number cell before its question cell
    for line in text.splitlines(keepends=True):
        if "|" not in line:  # a row has two cells or more
            asked_at, in_table = None, in_table and not line.strip()
        else:
            cells, starts = _cells(line.rstrip("\n"), offset)
            heads = [cues.TABLE_HEAD.pattern.match(_folded(cell)) for cell in cells]
            if not in_table and len(cells) != width:  # another table, of figures: "Year | Paid | Income (£)"
                asked_column = None
            in_table = True
            if any(h and h.group("asked") for h in heads) and any(h and h.group("answer") for h in heads):
                asked_column = next(i for i, h in enumerate(heads) if h and h.group("asked"))
                width = len(cells)
            else:
                filled = [i for i, cell in enumerate(cells) if cell]
                # under a numbered row, a row whose number cell is empty wraps both its cells: "|   | the council |"
                wraps = asked_at is not None and numbered and bool(filled) and filled[0] == asked_at
                row = None if wraps else _table_row(text, cells, starts, len(segments) + 1, asked_column)
                if wraps:
                    segments[-1] = _continued_row(text, segments[-1], cells, starts, asked_at)
                elif row is not None:
                    segments.append(row)
                    span = row.question_span  # in the row, or the request's item above the table
                    asked_at = starts.index(span.start) if span and span.start in starts else asked_column
                    numbered = bool(asked_at) and TABLE_LABEL_RE.match(cells[(asked_at or 0) - 1]) is not None
                elif asked_at is not None and filled and filled[0] > asked_at:
                    segments[-1] = _continued_row(text, segments[-1], cells, starts)
        offset += len(line)
    return segments if len(segments) >= 2 else []


def _cells(line: str, offset: int) -> tuple[list[str], list[int]]:
    """The cells of a table row and where each starts in the text."""
    cells, starts, at = [], [], 0
    for piece in line.split("|"):
        lead = len(piece) - len(piece.lstrip())
        cells.append(piece.strip())
        starts.append(offset + at + lead)
        at += len(piece) + 1
    return cells, starts


def _continued_row(
    text: str, row: Segment, cells: list[str], starts: list[int], asked_at: int | None = None
) -> Segment:
    """`row` with its answer cell wrapped onto the row below, whose question cells are empty: "| | | no charge |";
    with `asked_at`, its question cell too: "| | the council operate? | elsewhere) |"."""
    if asked_at is not None:  # the question's span stays its first line's cell: a span holds no other cell
        row = replace(row, question=f"{row.question} {cells[asked_at]}")
        cells = [""] * (asked_at + 1) + cells[asked_at + 1 :]
        if not any(cells):
            return row
    last = max(i for i, cell in enumerate(cells) if cell)
    more = " ".join(cell for cell in cells if cell)
    at = row.answer_span.start if row.answer_span else starts[last]
    return replace(
        row, answer_text=f"{row.answer_text} {more}", answer_span=Span.of(text, at, starts[last] + len(cells[last]))
    )


def _table_row(
    text: str, cells: list[str], starts: list[int], position: int, asked_column: int | None
) -> Segment | None:
    """One table row whose question cell ends with "?" (or sits in the question column) and whose answer
    cells follow it."""
    q = next((i for i, cell in enumerate(cells) if cell.endswith("?") and len(cell.split()) >= 3), None)
    if asked_column is not None and asked_column < len(cells):
        cell = cells[asked_column]
        if len(cell.split()) >= 2:
            q = asked_column
        elif TABLE_LABEL_RE.match(cell) and asked_column + 1 < len(cells) and cells[asked_column + 1]:
            at = starts[asked_column + 1]  # the question column gives only its number: "2 | Not held"
            answer = Span.of(text, at, starts[-1] + len(cells[-1]))
            label = cell.rstrip(".")
            # the question is the request's item of that number above the table, where there is one
            items = re.finditer(rf"(?m)^[ \t]*{re.escape(label)}[.)][ \t]+(\S[^\n]*)", text[: starts[0]])
            item = next(iter(deque(items, maxlen=1)), None)
            asked = Span.of(text, item.start(1), item.end(1)) if item else None
            return Segment(label, asked.quote if asked else "", asked, answer.quote, answer)
    if len(cells) < 2 or q is None or q == len(cells) - 1:
        return None
    answer_cells = [i for i in range(q + 1, len(cells)) if cells[i]]
    if not answer_cells:
        return None
    first, last = answer_cells[0], answer_cells[-1]
    cell_before = cells[q - 1] if q > 0 and TABLE_LABEL_RE.match(cells[q - 1]) else None
    own, at = _find_label(cells[q]) if cell_before is None else (None, 0)  # "7. Does the council ...? | Yes"
    # in the question column, a bare number opening the cell is its label: "5 Sewer baiting | No"
    bare = cells[q].split(maxsplit=1)[0] if own is None and cell_before is None and q == asked_column else ""
    bare = bare if TABLE_LABEL_RE.match(bare) else ""
    at = len(bare) + 1 if bare else at
    label = cell_before or (own.written if own else bare or str(position))
    question_span = Span.of(text, starts[q] + at, starts[q] + len(cells[q]))
    answer_span = Span.of(text, starts[first], starts[last] + len(cells[last]))
    return Segment(label, question_span.quote, question_span, answer_span.quote, answer_span)


def _numbered_segments(text: str) -> list[Segment]:
    """Answers numbered in order (1, 2, 3 ...) in a reply that quotes none of its questions before its sign-off
    (a request quoted below it, as in an e-mail reply, does not count)."""
    read = _read_lines(text)
    lines = _bare_in_turn(read)
    first = next((i for i, line in enumerate(lines) if line.label), len(lines))  # a header field above is no end
    end = next((i for i in range(first, len(lines)) if _is_boilerplate(lines[i].text)), len(lines))
    # under "answers numbered to match your request" a numbered caption ("2. Income by year:") is no question
    numbered = any(_says(cues.NUMBERED_AS_REQUEST, _folded(line.text)) for line in lines[:first])
    start = _find_response_start(tuple(lines)) or 0  # items before the reply's heading are the request's
    # a bare number's heading "2 Spend on fuel" asks not, nor a number's caption over its figures: "2. Spend:"
    said = [(i, line) for i, line in enumerate(read[:end]) if not (line.label and line.body[-1:] == ":")]
    # each number written once (no request quoted above its answers): a topic over its answer asks nothing
    keys = [key for line in lines[:end] if (key := label_key(line.label)).isdigit()]
    once = len(set(keys)) == len(keys)
    # or a few words heading the answer set off under them: "1. Spend by year", a blank line, its table
    heads = ((i, line, read[i + 1] if i + 1 < len(read) else None) for i, line in said) if once else ()
    topics = {line.start for i, line, below in heads if _topic_over_answer(read, i) or _heads_answer(line, below)}
    said = [(i, line) for i, line in said if line.start not in topics]
    bodies = ((line.body or line.text, bool(line.label) or i >= start) for i, line in said)  # the reply's own?
    asks = [own for body, own in bodies if looks_like_question(body) and not (numbered and body[-1:] != "?")]
    if any(asks) or any(_request_marker(line.body or line.text) for line in lines[:end]):
        return []
    # unnumbered prose above the reply's heading asking ("You asked: how many ...") sums the request up when the
    # answers below are numbered in turn from 1 to 3 at least
    summed = bool(asks)
    found: list[Segment] = []
    parent = ""  # the number lettered parts on the lines under it belong to: "Q1" over "(a) 97" and "(b) 12"
    number_read = "0"  # the number of the last answer read: "1" after "1 (a)" and "(b)"
    aside = 0  # answers of a label named out of turn with the last ("Q4, Q5 and Q8"): the next follows Q5
    for i in range(start, end):
        line = lines[i]
        key = label_key(line.label)  # 1, 2 ... or 1a, 1b, 2: parts of a number, then the next number
        if key.isdigit() and i + 1 < end and label_key(lines[i + 1].label) == "a":
            parent = line.label or ""
            if not line.body.endswith("."):  # a number over its parts (a caption); a sentence of its own answers too
                continue
        elif key and not key.isalpha():  # a number, or one written with its first part: "1. (a) 318 vans" then "(b)"
            parent = label_number(key) if label_tail(key) in ("a", "i") else ""
            under = next((label_key(below.label) for below in lines[i + 1 : end] if below.label), "")
            parent = (line.label or "") if key.isdigit() and under in ("a", "i") else parent  # "Q4 Yes" over "i)": Q4i
        label = parent + key if parent and key.isalpha() else line.label
        key = label_key(label)
        number, part = label_number(key), label_tail(key)
        found, named_with = found[: len(found) - aside], found[len(found) - aside :]
        before = label_number(label_key(found[-1].label)) or number_read if found else "0"
        opens = part in ("", "a", "i") and bool(before) and number == str(int(before) + 1)
        stem = part == "a" and bool(found) and label_key(found[-1].label) == number  # "1. No." then "(a) N/A"
        prior = label_tail(label_key(found[-1].label)) if found else ""  # the roman parts in turn under their number
        opens = opens or (number == before and roman_value(part) == (roman_value(prior) or 0) + 1)
        opens = opens or (part == "" and _written_twice(found) and number == str(int(before) + 2))
        follows = opens or stem or (is_successor(found[-1].label, label) if found else is_first(key))
        follows = follows or _numbered_again(found, line, key)
        follows = follows or (bool(found) and found[-1].label == line.label and _misnumbered_twice(lines, i, key))
        found.extend(named_with)
        # a label alone on its line ("1.") answers on the lines under it
        if not (line.label and follows and (line.body or i + 1 < end and not lines[i + 1].label)):
            continue
        last = next((j for j in range(i + 1, end) if lines[j].label), end) - 1
        # under answers numbered as the request, a heading restating the item is its question, not its answer
        heading = numbered and _heads_answer(line, lines[i + 1] if i < last else None)
        heading = heading or (i < last and line.start in topics and " - " not in line.body)  # a topic over its answer
        asked = Span.of(text, line.body_start, line.end) if heading else None
        span = Span.of(text, line.body_start if line.body and not heading else lines[i + 1].start, lines[last].end)
        # a range label answers each item it names with the same text: "2 and 3. Not held." is 2 and 3
        for each in expand_range(label, line.label_to, line.label_also) if label else ():
            found.append(Segment(each, asked.quote if asked else "", asked, span.quote, span))
        number_read, aside = number or number_read, int(bool(line.label_also))
    if summed and not {"1", "2", "3"} <= {label_number(label_key(s.label)) for s in found}:
        return []
    return found if len(found) >= 2 else []


def _written_twice(found: Sequence[Segment]) -> bool:
    """The last number was written again for the answer after it ("4) No." then "4) Not applicable."): that answer
    took the next number's place, so the one after it ("6)") is next in turn."""
    return len(found) >= 2 and found[-1].label == found[-2].label and label_key(found[-1].label).isdigit()


def _numbered_again(found: Sequence[Segment], line: _Line, key: str) -> bool:
    """A whole number written again straight after its answer given on its own line ("5. Claims settled: 11" then
    "5. Legal costs: £900"), or on the one line under its caption ("3) Closures:" over "Yes."): the next answer
    misnumbered, read in turn under the number it bears."""
    if not found or not key.isdigit() or not line.body or found[-1].label != line.label:
        return False
    last = found[-1].answer_span
    said = last.quote.split("\n") if last is not None else []
    return len(said) == 1 or (len(said) == 2 and said[0].rstrip().endswith(":"))


def _bare_in_turn(lines: Sequence[_Line]) -> Sequence[_Line]:
    """Lines opening a paragraph with a number and no stop (or two joined by a slash) next in turn after the labels
    above them, labelled: "1 (a) ..." and "(b) ..." then "2   Spend on fuel ..." and "6a / 6b Not held."."""
    found: list[_Line] | None = None
    last = ""  # the last label read, with the number of a bare part: "b" under "1a" is "1b"
    for i, line in enumerate(lines):
        if line.label:
            key = label_key(line.label)
            last = key if label_number(key) or not last else label_number(last) + key
            continue
        # or straight under an answer's one line: "(b) 58 cameras" then "2 Monitored by ..."
        opening = line.blank_before or bool(i and (found or lines)[i - 1].label)
        # the first, "1   Vans owned", when the next paragraph's label is 2's: "2 (a) ..."
        # (looked for only where a bare number can be read: the look ahead runs through every line after it)
        numbered = opening and line.text[:1].isdigit()
        first = not last and numbered and _next_label_number(lines, i) == "2"
        bare = BARE_ANSWER_RE.match(line.text) if (last or first) and numbered else None
        # a decimal part over its figure, the first of its number (under it or the one before) or the next after
        # one: "5.1 £9,120" then "5.2 14"
        decimal = DECIMAL_LEAD_RE.match(line.text) if last and opening and bare is None else None
        number = label_number(last)
        firsts = (f"{last}.1", f"{int(number) + 1}.1") if number.isdigit() else ()
        if decimal is not None and decimal[1] in (*firsts, _next_decimal(last)):
            found = found or list(lines)
            body, at = line.text[decimal.end() :], _text_at(line, decimal.end())
            found[i], last = line._replace(label=decimal[1], body=body, body_start=at), decimal[1]
        if bare is None or first and bare["label"] != "1":
            continue
        label, before = bare["label"], label_number(last)
        opens = bool(before) and label_number(label) == str(int(before) + 1) and label_tail(label) in ("", "a")
        again = label == last and _misnumbered_twice(lines, i, label)
        if not (opens or again or is_successor(last or "0", label)):  # the first, "1", comes after none
            continue
        found = found or list(lines)
        body, at = line.text[bare.end() :], _text_at(line, bare.end())
        found[i] = line._replace(label=label, label_also=bare["also"], body=body, body_start=at)
        last = str(int(label) + 1) if again else bare["also"] or label  # written again in the skipped one's place
    return found or lines


def _misnumbered_twice(lines: Sequence[_Line], i: int, key: str) -> bool:
    """The whole number `key` written again on line `i` where the next paragraph's number skips one ("2 Autism ..."
    then "2 Longest wait" then "4 Right to Choose ..."): the next answer misnumbered, taking the skipped number's
    place."""
    return key.isdigit() and _next_label_number(lines, i) == str(int(key) + 2)


def _next_decimal(key: str) -> str:
    """The decimal part after `key` under the same number: "5.1" -> "5.2"; "" for a key with no decimal part."""
    number, dot, part = key.partition(".")
    return f"{number}.{int(part) + 1}" if dot and part.isdigit() else ""


def _next_label_number(lines: Sequence[_Line], i: int) -> str:
    """The number of the first label opening a paragraph after line `i`, or "" (not an answer's "38." under it); a
    paragraph opening with a bare number, "2   Spend on fuel", is labelled so too."""
    for line in lines[i + 1 :]:
        bare = BARE_ANSWER_RE.match(line.text) if line.blank_before and not line.label else None
        if line.blank_before and (line.label or bare):
            return label_number(label_key(line.label or (bare["label"] if bare else "")))
    return ""


def _request_marker(body: str) -> re.Match[str] | None:
    """The marker before a request's item quoted after it: "Request: " in "Request: The five most common reasons ..."
    (none in "Request: 12")."""
    marked = cues.REQUEST_MARKER.pattern.match(body) if ":" in body[:14] else None
    return marked if marked and len(_words(body)) > 3 else None


def _topic_over_answer(lines: Sequence[_Line], i: int) -> bool:
    """A labelled topic with no "?" and no figure answered on the line under it ("2) Retrospective searches" over
    "2023/24 - 1,348") or after a spaced dash ("b) Copy - attached"); not a row "Grey bins 2,811" nor a column "(£)",
    nor a sentence wrapped onto the line under it ("4) Burials are the parish's concern and" over "not ours.")."""
    line = lines[i]
    topic, dash, _ = line.body.partition(" - ")
    if "£" in topic or (not dash and DIGIT_RE.search(topic)):
        return False
    if not line.label or "?" in line.body or not 1 <= len(_words(topic)) <= TOPIC_WORDS or topic[-1:] in ".!:":
        return False
    if cues.CLAUSE_VERB.pattern.match(_folded(topic)):  # a sentence wrapped onto the next line, not a topic
        return False
    if dash:
        return True  # "b) Copy - attached"
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and not below.label and not below.blank_before


def _heads_answer(line: _Line, below: _Line | None) -> bool:
    """A numbered line that only heads its answer: a few words without a closing stop or colon, the answer set off
    under it after a blank line ("(ii) Staff numbers by grade" over its figures), not "2. Yes, we do", "3. 14 staff",
    "6(b) N/A" nor a caption "4. Income by year:"."""
    words = _words(line.body)
    heading = 2 <= len(words) <= TOPIC_WORDS and not words[0].isdigit() and line.body[-1:] not in ".!:"
    heading = heading and cues.ANSWER_OPENING.pattern.match(line.body) is None
    return heading and below is not None and below.blank_before


def _prose_segments(text: str) -> list[Segment]:
    """A prose reply that reports what was asked in a sentence and answers it in the sentences after:
    "The request was for details of agency spend. We released some of the information ..."."""
    folded = fold_text(text)  # as the other extractors fold it: once a reply
    found = None  # the first sentence reporting the request that lists its items, else the first one
    for match in cues.REQUEST_SENTENCE.pattern.finditer(folded):
        sentence = SENTENCE_END_RE.search(text, match.end())
        asked_end = sentence.end() if sentence else len(text)
        listed = _listed_items(text, match.end(), asked_end, bool(match["topic"]))
        found = found if found and not listed else (match, asked_end, listed)
        if listed:
            break
    if found is None:
        return []
    match, asked_end, listed = found
    start = folded.rfind("\n", 0, match.start()) + 1
    items = listed or [Span.of(text, start, asked_end)]
    limit = min(len(text), asked_end + PROSE_ANSWER * len(items))
    help_text = cues.PROSE_END.pattern.search(folded, asked_end, limit)
    # "You asked four questions." without restating them: each is answered by the prose after that count
    counted = cues.QUESTIONS_COUNTED.pattern.search(folded, asked_end, limit) if not listed else None
    answer_start = counted.end() if counted and not text[asked_end : counted.start()].strip() else asked_end
    if listed and text[listed[-1].end : listed[-1].end + 1] == ")":  # the sentence answers after its list's bracket
        answer_start = listed[-1].end + 1
    answer = Span.of(text, answer_start, help_text.start() if help_text else limit)
    if not WORD_CHAR_RE.search(answer.quote):
        return []
    answers = _item_paragraphs(text, answer, items) or [answer] * len(items)
    if counted:
        word = counted.group("count")
        count = int(word) if word.isdigit() else NUMBER_WORDS[word]
        items, answers = [*items] * count, [*answers] * count
    return [Segment(str(k), i.quote, i, a.quote, a) for k, (i, a) in enumerate(zip(items, answers, strict=True), 1)]


def _paragraph_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of text lies, paragraph by paragraph."""
    for paragraph in PARAGRAPH_RE.finditer(text):
        cuts = [paragraph.start(), *(m.end() for m in SENTENCE_RE.finditer(text, paragraph.start(), paragraph.end()))]
        yield from pairwise([*cuts, paragraph.end()])


def _named_questions(folded: str) -> tuple[list[str], bool]:
    """The question numbers a sentence names ("... for Q1 or Q5", "... (Q3/Q4)."), and whether it names them in a
    bracket closing it."""
    closing = cues.BRACKETED_QUESTION.pattern.search(folded)
    found = [closing] if closing else list(cues.NAMED_Q_LABEL.pattern.finditer(folded))
    numbers = [n for match in found for n in re.findall(r"\d{1,2}[a-h]?", match["labels"])]
    return numbers, closing is not None


def _bracket_named_segments(text: str) -> list[Segment]:
    """A prose reply with no restated request whose sentences close on the questions they answer in a bracket
    ("We have never charged for false alarms (Q2). There was no campaign (Q3/Q4)."): each sentence answers the
    questions it names, there or inside it ("... numbers for Q1 or Q5 - that isn't held"). At least two sentences
    must close so: one alone is a pointer, not a layout."""
    own = _own_text(text)
    folded = fold_text(own)
    answered: dict[str, Span] = {}
    closings = 0
    for start, end in _paragraph_sentence_spans(own):
        numbers, closing = _named_questions(folded[start:end])
        closings += closing
        for number in numbers:
            answered.setdefault(number, Span.of(text, start, end))
    if closings < 2:
        return []
    return [Segment(f"Q{n}", "", None, span.quote, span) for n, span in answered.items()]


def _item_paragraphs(text: str, answer: Span, items: Sequence[Span]) -> list[Span] | None:
    """Each item's paragraphs of a prose answer dealing with the items in turn (`_paragraph_ranges`), after any
    opening paragraphs sharing no word with the first item ("Because your request concerns ..."); None where a
    paragraph speaks to the request as a whole ("the information you requested")."""
    found = [m for m in PARAGRAPH_RE.finditer(answer.quote) if ANSWERS_SOMETHING_RE.search(m.group())]
    asked = [_stems(item.quote) for item in items]
    opening = next((i for i, m in enumerate(found) if _stems(m.group()) & asked[0]), len(found))
    found, texts = found[opening:], [m.group() for m in found[opening:]]
    whole = any(cues.GENERIC_ANSWER.pattern.search(fold(t)) for t in texts)  # words on the request as a whole
    ranges = _paragraph_ranges(texts, asked) if len(items) > 1 and not whole else None
    at = answer.start
    return [Span.of(text, at + found[a].start(), at + found[b - 1].end()) for a, b in ranges] if ranges else None


def _listed_items(text: str, start: int, end: int, topic: bool = False) -> list[Span]:
    """The items a sentence reporting a request lists, each opening like one: "... asking for the number of
    referrals, the average wait and the amount spent." -> three; [] for one. A short lead-in up to a colon goes
    before them: "... asked three questions about permits: how many ...; what ...; and whether ..."."""
    marked = _marked_items(text, start, end)
    if marked:
        return marked
    colon = LEAD_IN_COLON_RE.match(text, start, end)
    return _opening_items(text, start, end, topic) or (_opening_items(text, colon.end(), end) if colon else [])


def _opening_items(text: str, start: int, end: int, topic: bool = False) -> list[Span]:
    """The items listed from `start`, two or more, each opening like an item (`_listed_items`) but the first where
    it is what was asked for or about (`topic`): "... asking about X, whether Y and whether Z" -> three."""

    def opens(piece: str) -> bool:
        return bool(cues.QUESTION_START.pattern.match(piece) or cues.REPORTED_ITEM_START.pattern.match(piece))

    cuts = [
        m.span()
        for m in ITEM_CUT_RE.finditer(text, start, end)
        if opens(fold(text[m.end() : m.end() + 40]))
        and not cues.FOLLOW_ON_CONDITION.pattern.search(fold(text[max(start, m.start() - 12) : m.start()]))
    ]
    cuts = sorted({*cuts, *_semicolon_cuts(text, start, end, {a for a, _ in cuts})})
    bounds = [start, *(at for cut in cuts for at in cut), end - (text[end - 1 : end] in ".?!")]
    items = [Span.of(text, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return items if cuts and (topic or opens(fold(items[0].quote))) else []


def _semicolon_cuts(text: str, start: int, end: int, taken: set[int]) -> list[tuple[int, int]]:
    """Where a reported list of three or more items, each ended by a semicolon, cuts (the "; " or "; and " between
    two items, however the next opens: "... the total spend; the five largest suppliers; spend on fuel; and ..."),
    but for those cut already (`taken`); none where it holds fewer than two semicolons or an item runs long."""
    semicolons = list(SEMICOLON_ITEM_CUT_RE.finditer(text, start, end))
    bounds = [start, *(m.start() for m in semicolons), end]
    if len(bounds) < 4 or any(len(_words(text[a:b])) > SEMICOLON_ITEM_WORDS for a, b in pairwise(bounds)):
        return []
    return [m.span() for m in semicolons if m.start() not in taken]


def _bracket_close(text: str, first: re.Match[str], start: int, end: int) -> int:
    """Where a list of items opened by a bracket before its first mark closes ("(1. how many ..., and 2. how many
    ...) are about ..."), else `end`."""
    if not first.group("dotted") or not first.group("item").startswith("("):
        return end
    close = text.find(")", start, end)
    return end if close == -1 else close


def _marked_items(text: str, start: int, end: int) -> list[Span]:
    """The items a sentence reporting a request marks in turn, two or more: "... asked for (1) the number of
    referrals, (2) the average wait and (3) the amount spent." -> three, each without its mark or the "and" before
    the next; [] where the marks do not run 1, 2 ... or a, b ..."""
    marks = _marks_in_turn(text, start, end, dotted=True)
    if len(marks) < 2:
        return []
    ends = [m.start("item") for m in marks[1:]] + [_bracket_close(text, marks[0], marks[-1].end(), end)]
    items = [
        Span.of(text, m.end(), m.end() + len(ITEM_TAIL_RE.sub("", text[m.end() : b])))
        for m, b in zip(marks, ends, strict=True)
    ]
    return items


def _headed_segments(text: str) -> list[Segment]:
    """A reply that restates no question but answers in turn under a short heading naming each topic, HEADINGS or
    more, each set apart by blank lines ("Staffing", a blank line, "We employ 12 FTE."): after its opening, each
    heading's answer runs to the next heading, the last one's to the reply's boilerplate; numbered 1, 2 ..."""
    lines = _read_lines(text)
    start = next((i for i, line in enumerate(lines) if _reply_mark(line.text) == 0 or _is_response_heading(line)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if _is_boilerplate(lines[i].text)), len(lines))
    heads = [i for i in range(start + 1, end) if _heads_topic(text, lines[i])]
    if len(heads) < HEADINGS or any(b - a < 2 for a, b in pairwise([*heads, end])):
        return []  # a heading over nothing, or straight over another, heads no answer
    found = []
    for number, (i, j) in enumerate(pairwise([*heads, end]), 1):
        asked, answer = Span.of(text, lines[i].start, lines[i].end), Span.of(text, lines[i + 1].start, lines[j - 1].end)
        found.append(Segment(str(number), asked.quote, asked, answer.quote, answer))
    return found


def _heads_topic(text: str, line: _Line) -> bool:
    """An unlabelled line of a few words naming a topic, set apart by blank lines: "Software spend", not "Response",
    "Dear Ms Shah", a sentence, a figure or a letter's title in capitals ("FREEDOM OF INFORMATION REQUEST")."""
    heading = line.label is None and not line.bullet and line.blank_before and not line.text.isupper()
    heading = heading and BLANK_AFTER_RE.match(text, line.end) is not None and _is_section_heading(line)
    return heading and not _is_aside(line.text) and not _is_boilerplate(line.text)


def _reply_only_segments(text: str, greeted: bool = False) -> list[Segment]:
    """A reply that does not restate the request: the text after its opening ("Thank you for your request
    ...", "Following your request for a review ...") or its heading ("Response to FOI request dated 2 May")
    up to its boilerplate answers one question; with `greeted`, the text after its greeting ("Dear Ms Field")."""
    lines = _read_lines(text)
    start = next((i for i, line in enumerate(lines) if _reply_mark(line.text) == 0 or _is_response_heading(line)), None)
    start = _salutation(lines) if greeted else start
    if start is None:
        return []
    own = takewhile(lambda line: not _is_boilerplate(line.text), lines[start + 1 :])
    # an aside takes in request talk
    body = [line for line in own if not (_is_aside(line.text) or _reply_mark(line.text) is not None)]
    if not body:
        return []
    answer = Span.of(text, body[0].start, body[-1].end)
    return [Segment("1", "", None, answer.quote, answer)]


def _salutation(lines: Sequence[_Line]) -> int | None:
    """The line greeting the requester ("Dear Ms Field"), where a letter opening with no reply words starts."""
    return next((i for i, line in enumerate(lines) if cues.SALUTATION.matches(_folded(line.text))), None)


def _prose_answers(text: str) -> list[Segment]:
    """A reply with no labels that answers in order in prose after its greeting, up to its sign-off: each sentence
    stating a figure or a verdict (`_prose_verdict`) answers the next question, numbered 1, 2 ... (or as it names
    them, `_numbers_named`). Where the reply lists what was asked ("your request for (1) ... and (2) ...") and
    answers it in one sentence, that sentence answers each item."""
    units, items = _prose_units(text)
    spans = [Span.of(text, start, end) for start, end, _ in units][:PROSE_UNITS_MAX]
    if len(spans) == 1 and len(items) > 1:
        spans = spans * len(items)
    return _numbered_prose(text, spans, _numbers_named(spans))


def _numbered_prose(text: str, spans: Sequence[Span], numbers: Sequence[list[int]]) -> list[Segment]:
    found = (
        Segment(str(n), "", None, span.quote, span) for span, each in zip(spans, numbers, strict=True) for n in each
    )
    return sorted(found, key=lambda seg: int(seg.label))


def _prose_units(text: str) -> tuple[list[tuple[int, int, str]], list[Span]]:
    """Where each answer of a prose reply lies, with what its first sentence states (see `_prose_answers`): the
    sentences after it stating nothing carry on its answer within its paragraph, as a refusal's or a not-held's
    reasons carry on it ("We are withholding the total. ... it is exempt under section 40(2)."); and the items a
    sentence reporting the request marks ("(1) ... and (2) ...")."""
    lines = _read_lines(text)
    greeting = _salutation(lines)
    body = (
        [] if greeting is None else list(takewhile(lambda line: not _ends_prose_body(line.text), lines[greeting + 1 :]))
    )
    units: list[tuple[int, int, str]] = []  # start, end and verdict of each answer
    items: list[Span] = []
    for paragraph in PARAGRAPH_RE.finditer(text, body[0].start, body[-1].end) if body else ():
        opened = False  # an answer opened in this paragraph, that the sentences after it carry on
        for start, end in _prose_sentences(text, paragraph.start(), paragraph.end()):
            sentence = text[start:end]
            verdict = None if _is_request_talk(sentence) else _prose_verdict(sentence)
            if verdict is None and not opened and cues.REQUEST_SENTENCE.pattern.search(_folded(sentence)):
                items = items or _marked_items(text, start, end)
            if verdict is not None and not (opened and verdict == units[-1][2] in ("refused", "not_held")):
                units.append((start, end, verdict))
                opened = True
            elif opened:
                units[-1] = (units[-1][0], end, units[-1][2])
    return units, items


def _numbers_named(spans: Sequence[Span]) -> list[list[int]]:
    """The question numbers each prose answer answers: those it names ("... (your questions 1, 2 and 4) ask for data
    we do not hold"), else the next not named, in turn; each its place where the names do not make 1, 2 ... n."""
    in_turn = [[k] for k in range(1, len(spans) + 1)]
    named: list[list[int]] = []
    for span in spans:
        folded = _folded(span.quote)
        said = cues.MENTIONED.pattern.search(folded) if "question" in folded else None
        labels = [label_number(label) for label in _expand_labels(said.group("labels"))] if said else []
        named.append([int(n) for n in labels] if said and all(labels) and len(labels) > 1 else [])
    taken = {n for each in named for n in each}
    if not taken:
        return in_turn
    free = (n for n in range(1, len(spans) + len(taken) + 1) if n not in taken)
    numbers = [each or [next(free)] for each in named]
    every = [n for each in numbers for n in each]
    return numbers if sorted(every) == list(range(1, len(every) + 1)) else in_turn


def _ends_prose_body(line: str) -> bool:
    """A sign-off or the reply's boilerplate, or an older mail it quotes: where a prose reply's answers end."""
    folded = _folded(line)
    return cues.SIGN_OFF.matches(folded) or _is_boilerplate(line) or cues.QUOTED_MAIL.matches(folded)


def _prose_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cuts = [start, *(m.end() for m in SENTENCE_RE.finditer(text, start, end)), end]
    return ((a, b) for a, b in pairwise(cuts) if WORD_CHAR_RE.search(text, a, b))


def _prose_verdict(sentence: str) -> str | None:
    """What a sentence of a prose reply states: "refused", "not_held", "verdict" (a yes, a no or a nil),
    "figure", or None (greetings, thanks, directions, a question)."""
    folded = _folded(sentence.replace("\n", " ")).strip()
    if folded.endswith("?") or cues.POSTAL_ADDRESS.matches(folded):
        return None
    if (said := cues.PROSE_VERDICT.pattern.search(folded)) is not None:
        word = said.group(0)
        if any(stem in word for stem in PROSE_REFUSAL_STEMS):
            return "refused"
        return "not_held" if "not hold" in word or "not held" in word else "verdict"
    figures = cues.PROSE_NOT_FIGURE.pattern.sub(" ", folded) if DIGIT_RE.search(folded) else folded
    return "figure" if PROSE_FIGURE_RE.search(figures) else None


READINGS: tuple[Callable[[str], list[Segment]], ...] = (_table_segments, _line_segments, _numbered_segments)
"""The layouts a reply is read as; segment() keeps the one that answers most questions plausibly."""


def split_questions(request_text: str) -> list[tuple[str, str]]:
    """(label, question) pairs of a request's text: "1. How many? 2. What?" -> [("1", ...), ("2", ...)]."""
    lines = _merge_bare_labels(_read_lines(request_text))
    questions = _collect_questions(lines, request_text)
    return [(_shown_label(q), q.text) for q in questions]
