"""Classify what each answer of an FOI reply says, and extract the answers of a reply.

`classify_answer` reads one answer against its question and returns one of
models.ANSWER_CLASSES with the key figure, if any. Each sentence gets a score per class from
the phrasings of foitrack.lexicon.answers (a bare figure counts as provided); the first
sentence that carries a class decides it ("Not held", "exempt under section 40(2)", "There is
no funding", "Yes", a figure), but a yes or no stated as a conclusion ("The answer is therefore no.")
decides a yes/no answer that opens without one; a not-held or nothing answer that then gives a table of figures,
or a refusal or not-held answer followed by figures offered instead, counts as provided; an answer with no cue at
all provides information. `extract_answers` segments a reply (foitrack.extract.segment),
classifies every answer, using the answers before it for "see answer to (a)" and for questions
that only apply when an earlier answer was yes, and gives each a confidence (how the class was
decided, weighed by foitrack.lexicon.confidence).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from foitrack.extract.dates import mail_thread_reply, superseding_reply, thread_replies
from foitrack.extract.fold import fold, fold_text
from foitrack.extract.money import first_amount
from foitrack.extract.segment import GENERIC_ANSWER_RE, LINE_CACHE, POSITIVE_CONDITION_RE, Segment, segment
from foitrack.lexicon.answers import (
    ANSWER_HEADING,
    ANSWER_MARKER,
    EMPHATIC_YES,
    IF_SO,
    NOT_FIGURE,
    PARTS_NAMED,
    POINTER_PART,
    POINTER_TARGET,
    QUESTION_LEAD_IN,
    QUESTION_MARKER,
    TOPIC_BEFORE_VERDICT,
)
from foitrack.lexicon.answers import ANSWER_LEXICON as LEX
from foitrack.lexicon.confidence import confidence
from foitrack.models import Answer, Span
from foitrack.text.labels import label_key

# The answer classes a sentence can carry, strongest first where weights tie (see foitrack.lexicon.answers)
UNIT_KINDS = ("not_applicable", "refers_back", "not_held", "refused", "provided", "yes", "no", "none")
NOT_GIVEN = ("none", "not_held")  # a sentence saying so may be followed by the figure that answers
FIGURE_WEIGHT = 0.5  # a sentence that only gives a figure provides it, behind every worded cue
MIXED_UNITS = 6  # an answer is "mixed" when its first sentences carry more than one class
# Denials narrowed by what they name (each cue's groups): "no injuries involving X", "not ... directly",
# "not ... a car allowance"
NARROWINGS = tuple(cue for cue in LEX.cues if cue.kind == "narrowed_by")
OFFERED_FOR = tuple(cue for cue in LEX.cues if cue.kind == "offered_for")
SEE_BELOW_ALONE = next(cue for cue in LEX.cues if cue.name == "see_below_alone")
RANGE_RE = re.compile(r"\d\s*(?:to|-|–)\s*\d")
OFFER_REACH = 1200  # how far after the sentence naming them the offered figures may stand
OFFER_KEY_RE = re.compile(r"(?:question|part|point)s?\s+(?:\d|\([a-h]\))")  # what every OFFERED_FOR cue's match holds
OFFERED_LABEL_RE = re.compile(r"\d{1,2}[a-z]?|(?<=\()[a-h](?=\))")  # "questions 1 and 3", "part (a)"
HEADING_WORDS = 6  # a heading ("Hourly rates", "Question 3 - staff numbers") is a few words without a full stop
HEADING_END_RE = re.compile(r"[.!?:]")  # a heading ends in none of these ("Notes:" introduces what follows)
SENTENCE_END_RE = re.compile(r"[.!?]")  # an OFFERED_FOR match crosses none; its look-ahead, one
BUT_RE = re.compile(r",?\s+but\s+", re.IGNORECASE)  # where a sentence turns from what is not held to what is
# A number that is not a year, date, time or label: "109", "1,362", "22.67", "1,362.50", "<5" ("(?=\d)" first:
# faster); neither half of a clock time or ratio ("15:06", "3:1") counts, nor any piece of a number grouped by commas
# (the "000" of a "£5,000" left out as a threshold, the "163" of "163,227.48")
NUMBER_RE = re.compile(
    r"(?=\d)(?<![\w/.£-])(?<!\d[:,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/]|[.,]\d|-\d|:\d)"
)
# A year or a period of years: "2013-2016", "2020". Its word start is checked behind the "19" or "20",
# for re skips fast to a pattern's first characters, not to a "\b" (so for DAY_OF_MONTH_RE's digit).
DURATION_RE = re.compile(r"(?<![\w.,])\d[\d.]* (?:working |calendar )?(?:minutes?|hours?|days?|weeks?|months?)\b")
YEAR_RE = re.compile(r"(?:19|20)(?<!\w..)\d{2}(?:[-/–](?:19|20)?\d{2,4}|\s[-–]\s(?:19|20)\d{2})?\b")
# The numbers written in words that count a figure: "seven" -> 7
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty"
)
WORD_NUMBERS = dict(zip(_NUMBER_WORDS.split(), [*range(2, 21), 30, 40, 50], strict=True))
# On folded text, a number written in words: "seven children", "Nine." ("a hundred", matched first, gives no
# figure); "(?=[efhnst])" (the words' first letters) before the word start: faster, as for NOT_FIGURE
NUMBER_WORD_RE = re.compile(rf"(?=[efhnst])(?<!\w)(?P<w>{'|'.join(WORD_NUMBERS)}|hundred)\b")
# "One." standing alone as a sentence counts 1 ("one" elsewhere is mostly a pronoun: "one of our stations")
ONE_ALONE_RE = re.compile(r"\s*one\s*[.!]?\s*")
# A cell that hides a small number: "<5", "*", "<5*", "-", "x"
SUPPRESSED_RE = re.compile(r"^(?:[<≤]\s*\d+\*?|\*+|-|x|n/k|\[redacted\])$", re.IGNORECASE)
# What every match of NOT_FIGURE holds (a digit, a span of time, a least number, member bodies): a text without it has
# none to blank
NOT_FIGURE_CUE_RE = re.compile(
    r"\d|year|month|week|day|hour|time|least|minimum|fewer|less|constituent|member|participat|partner|asked|raised|posed"
)
# A sentence break inside a line, the space after the mark that ends a sentence: " " in "No charges. We do have"
# (the mark is looked for behind the first space, not before it: a pattern opening with a character class lets re
# skip to the spaces, where one opening with a lookbehind is tried at every character)
SENTENCE_BREAK_RE = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z(£\d\"'])")
WORD_CHAR_RE = re.compile(r"\w")
LOWER_WORD_RE = re.compile(r"[a-z]+")
DIGIT_RE = re.compile(r"\d")
NAMED_FIGURE_RE = re.compile(r"\b[a-z]+ \d+\b(?![.,]\d)")  # a word and a figure it names: "mark 7", "band 5"
DATE_RE = re.compile(r"\d\d?/\d\d?/\d{2,4}")  # "12/03/2021" (\d\d?, not \d{1,2}: re skips to a first \d)
# on lower case: "312 ferry", "798* charter", "four items" (not "the nine items", which points back)
COUNTED_THING_RE = re.compile(
    rf"(?<![\w£.])(?=[\defnst])(?:\d[\d,]*\*?|(?<!the )(?:{'|'.join(WORD_NUMBERS)}))\s+([a-z]{{3,}})"
)
DAY_OF_MONTH_RE = re.compile(
    r"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*", re.IGNORECASE
)  # "3rd March"
TOKEN_RE = re.compile(r"[A-Za-z]+|£?\d[\d,.]*")  # a word or a figure of a table row
CELL_RE = re.compile(r"[^|\n]+")  # a table cell or a line
FIRST_QUESTION_RE = re.compile(r"(?<=\?)\s")  # where the first of several questions ends
# A figure given against its label inside a sentence: "Wrong site - 4; other - 3", "Staff: 12"
FIGURE_PAIR_RE = re.compile(r"[A-Za-z)]\s*[-–:]\s*£?\d[\d,.]*(?:[;,.]|$)", re.MULTILINE)
PAIR_RE = re.compile(r"\b([a-z]{4,}) (?:and|or) ([a-z]{4,})\b")  # two things asked for together: "injuries and deaths"
# three or more things asked for in a list, each named by its last word: "fines, civil sanctions or undertakings"
LISTED_RE = re.compile(r"\b[a-z]{4,}(?:, (?:[a-z]+ )?[a-z]{4,})+,? (?:and|or) (?:[a-z]+ )?[a-z]{4,}\b")
LIST_SEPARATOR_RE = re.compile(r",? (?:and|or) |, ")
STARTS_WITH_FIGURE_RE = re.compile(r"^\W*£?\d")
ZERO_RE = re.compile(r"0+(?:\.0+)?")  # a figure that is nought: "0", "0.00"
# A negative contraction: "isn't", "don't", "can't", "won't" (read as "is not", "do not", "cannot", "will not")
CONTRACTION_RE = re.compile(r"\b([a-z]+?)n['’]t\b")
CONTRACTED = {"ca": "cannot", "wo": "will not", "sha": "shall not"}
WRAPPED_RE = re.compile(r"(?:[a-z,]|[a-z] [\d,]*\d)\s*$")  # a line cut mid-sentence: "it does not", "around 1,900"
# the spaces of a wrapped, indented line the reading view joined, between two words of a sentence ("does not    hold")
JOINED_INDENT_RE = re.compile(r"(?<=[a-z,]) {2,}(?=[a-z])")
CONTINUES_RE = re.compile(r"^\s*[a-z]")  # a line that carries on the sentence before: "hold the information"
# a bracketed aside carrying on a line that ends without a mark: "... were section 21" + "(information reasonably
# accessible), section 40(2) ..." (not a label: "(a)", "(iv)")
ASIDE_RE = re.compile(r"^\s*\((?![ivx]+\))[a-z]{2}")
UNMARKED_END_RE = re.compile(r"[\w,]\s*$")
# A line cut after a word no sentence ends with, so the next line carries it on whatever its case: "within" + "Leeds",
# "costs totalled" + "£3,450"
_DANGLING_WORDS = (
    "a an the of to in on at by for from with within into and or than that is are was were be totaled totalled"
).split()
DANGLING_RE = re.compile(r"\b(?:" + "|".join(_DANGLING_WORDS) + r")$")  # on a right-stripped line
# DANGLING_RE can only match this far from the end: its longest word and the character its "\b" is checked against
DANGLING_REACH = max(map(len, _DANGLING_WORDS)) + 1


_DENIED_VERB_RE = re.compile(r"(?:\bnot|n't)\s+([a-z]+)")


@dataclass(frozen=True)
class _Reading:
    """What one answer says: its class, the figure, the sentence that carries it, and how that was decided.

    `how` names the rule that decided; `score` is the weight of the deciding cue and `margin` its lead over
    the strongest other class in the same sentence. The three are features of the confidence model.
    """

    kind: str
    value: str | None
    quote: str
    refers_back: bool = False
    how: str = "first"
    score: float = 0.0
    margin: float = 0.0


@dataclass(frozen=True)
class _Unit:
    """The class one sentence carries (None: none), the weight of its cue and its lead over another class."""

    kind: str | None
    score: float = 0.0
    margin: float = 0.0
    refers_back: bool = False


@lru_cache(maxsize=4096)
def is_yes_no_question(question: str) -> bool:
    """True for a question answered yes or no: "Do you have a lead?", "Please confirm whether ..."."""
    first = FIRST_QUESTION_RE.split(QUESTION_MARKER.compiled.sub("", fold(question.strip())), maxsplit=1)[0]
    return LEX.fires("yes_no_question", first)


def _is_compound(question: str) -> bool:
    """A yes/no question that also asks for detail: "Have you a team? If so, how many officers?", or in one
    sentence: "Do you have a team and if so how many officers are in it?"."""
    head, mark, tail = question.partition("?")
    if mark and LEX.fires("asks_detail", fold(tail)):
        return True
    folded = fold(head)
    then = IF_SO.compiled.search(folded)
    return then is not None and then.start() > 0 and LEX.fires("asks_detail", folded[then.start() :])


@lru_cache(maxsize=LINE_CACHE)
def _units(answer: str) -> tuple[str, ...]:
    """The sentences of an answer, without "Answer:" markers (cached: several readings of one answer use them).

    A line that a page or a window wrapped is joined to the next, the line break kept (so that each
    sentence is still found in the text): "We do not\nhold this." is one sentence.
    """
    units: list[str] = []
    for line in _unwrapped(answer):
        line = line.strip(" |\t")
        if ANSWER_HEADING.compiled.match(fold(line)):
            continue
        line = line[marker.end() :] if (marker := ANSWER_MARKER.compiled.match(fold(line))) else line
        units.extend(s.strip() for s in SENTENCE_BREAK_RE.split(line) if WORD_CHAR_RE.search(s))
    return tuple(units)


def _unwrapped(answer: str) -> list[str]:
    """The lines of an answer, each wrapped line joined to the next: one that ends without a mark and
    is followed by a line opening in lower case ("does not" + "hold the information"), or one that ends
    with a word no sentence ends with ("limited to properties within" + "Leeds and ..."), or one followed by a
    bracketed aside ("section 21" + "(information published elsewhere) and ...")."""
    lines: list[str] = []
    for line in answer.splitlines():
        if lines and _carries_on(lines[-1], line):
            lines[-1] = f"{lines[-1]}\n{line}"
        else:
            lines.append(line)
    return lines


def _carries_on(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence `previous` wrapped (see _unwrapped)."""
    if DANGLING_RE.search(previous.rstrip()[-DANGLING_REACH:]):  # not every position
        return True
    if CONTINUES_RE.match(line):
        return WRAPPED_RE.search(previous) is not None
    return ASIDE_RE.match(line) is not None and UNMARKED_END_RE.search(previous) is not None


@lru_cache(maxsize=LINE_CACHE)
def _fold_unit(unit: str) -> str:
    """fold(unit) with the line breaks of a wrapped sentence read as spaces, and negative contractions
    spelt out, so that one cue serves both: "We don't\nhold it" -> "we do not hold it", and a short topic before a
    spaced dash and a verdict left out ("CCTV - yes" -> "yes") (cached: every
    reading of a sentence looks for its cues in this)."""
    folded = fold(unit).replace("\n", " ")
    if "  " in folded:
        folded = JOINED_INDENT_RE.sub(" ", folded)
    folded = TOPIC_BEFORE_VERDICT.compiled.sub("", folded, count=1)  # "CCTV - yes" reads as "yes"
    folded = QUESTION_LEAD_IN.compiled.sub("", folded, count=1)  # "On question 6, no list is held" as "no list ..."
    if "n't" in folded or "n’t" in folded:
        folded = CONTRACTION_RE.sub(lambda match: CONTRACTED.get(match[1], f"{match[1]} not"), folded)
    return folded


@lru_cache(maxsize=LINE_CACHE)
def _says(kind: str, unit: str) -> bool:
    """Whether a cue of `kind` fires on one sentence (read in _fold_unit's spelling; cached: a shared answer is
    read once per question, each reading asking the same of its sentences)."""
    return LEX.fires(kind, _fold_unit(unit))


@lru_cache(maxsize=LINE_CACHE)
def _money_value(text: str) -> str | None:
    """The first sum of money in `text` in plain pounds: "£12.5k" -> "12500", "£2.50" -> "2.50"."""
    value = first_amount(text)
    if value is not None and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return None if value is None else str(value)


@lru_cache(maxsize=LINE_CACHE)
def _count_value(text: str) -> str | None:
    # dates, years and numbers all need a digit
    if DIGIT_RE.search(text) and (match := NUMBER_RE.search(_without_dates(text))):
        return match.group("n").replace(",", "")
    word = NUMBER_WORD_RE.search(folded := fold(text))
    if word and word["w"] in WORD_NUMBERS:
        return str(WORD_NUMBERS[word["w"]])
    return "1" if ONE_ALONE_RE.fullmatch(folded) else None


def _without_dates(text: str) -> str:
    """text with its dates, years and days of the month blanked: "On 3 May 2021, 7" -> "On    , 7" (a date or a
    year is only looked for in a text holding what all its matches hold: "/", "19" or "20")."""
    if "/" in text:
        text = DATE_RE.sub(" ", text)
    if "19" in text or "20" in text:
        text = YEAR_RE.sub(" ", text)
    return DAY_OF_MONTH_RE.sub(" ", text)


def answer_value(answer: str) -> str | None:
    """The key figure of an answer: "£341,900" -> "341900", "seven children" -> "7", "2013-2016"."""
    if value := _money_value(answer) or _count_value(answer):
        return value
    year = YEAR_RE.search(answer)
    return year.group(0).replace(" ", "") if year else None


@lru_cache(maxsize=LINE_CACHE)
def _without_non_figures(text: str) -> str:
    """Each match of NOT_FIGURE (matched on fold(text)) blanked: "see question 3" -> "see  "."""
    folded = fold(text)
    if not NOT_FIGURE_CUE_RE.search(folded):
        return text
    for match in reversed(list(NOT_FIGURE.compiled.finditer(folded))):  # from the end: offsets before it hold
        text = f"{text[: match.start()]} {text[match.end() :]}"
    return text


def _sum_value(unit: str) -> str | None:
    """A unit's sum of money, else None."""
    return _money_value(_without_non_figures(unit))


@lru_cache(maxsize=LINE_CACHE)
def _has_figure(unit: str) -> bool:
    cleaned = _without_non_figures(unit)
    return _count_value(cleaned) is not None or _money_value(cleaned) is not None


@lru_cache(maxsize=LINE_CACHE)
def _data_lines(answer: str) -> int:
    """Lines that are mostly figures: table rows and cells such as "2015 18,201" or "2019/2020 - 5"."""
    count = 0
    for line in filter(DIGIT_RE.search, answer.splitlines()):  # a line without a digit holds no figure
        tokens = TOKEN_RE.findall(line)
        figures = sum(t[0].isdigit() or t.startswith("£") for t in tokens)
        if figures and figures * 2 >= len(tokens) and _has_figure(line):
            count += 1
    return count


def _nought_table(answer: str) -> bool:
    """Whether the answer holds rows of figures and every one is nought (_zero_rows is true of no rows too)."""
    return any(map(_has_figure, answer.splitlines())) and _zero_rows(answer)


def _zero_rows(answer: str) -> bool:
    """Whether every figure in the answer's rows of figures is nought ("2023/24   0", "2024/25  £0.00"): a table
    of noughts after a sentence saying nothing was spent repeats that nothing, it gives no figure. A sum's figures
    count as any other: "£148,210" is no nought."""
    rows = [
        _without_dates(line).replace("£", " ")
        for line in answer.splitlines()
        if DIGIT_RE.search(line) and _has_figure(line)
    ]
    return all(ZERO_RE.fullmatch(n) is not None for row in rows for n in NUMBER_RE.findall(row))


@lru_cache(maxsize=LINE_CACHE)
def _class_scores(unit: str) -> tuple[float, ...]:
    """The lexicon's score of each of UNIT_KINDS for one sentence (cached: a sentence is read against a
    yes/no question and an open one, and for a hand-over after a refusal)."""
    folded = _fold_unit(unit)
    return tuple(LEX.score(kind, folded) for kind in UNIT_KINDS)


def _is_handed_over(unit: str) -> bool:
    """_says("provided", unit), read from the sentence's class scores."""
    return _class_scores(unit)[UNIT_KINDS.index("provided")] > 0


@lru_cache(maxsize=LINE_CACHE)
def _unit(unit: str, yes_no: bool) -> _Unit:
    """The class one sentence carries: the best-scored kind of the lexicon, a bare figure, or None."""
    if (given := _given_instead(unit)) is not None:
        return _unit(given, yes_no) if given.strip() else _Unit(None)
    if (cued := _cued_unit(unit, yes_no)) is not None:
        return cued
    return _Unit("provided", FIGURE_WEIGHT, FIGURE_WEIGHT) if _has_figure(unit) else _Unit(None)


def _given_instead(unit: str) -> str | None:
    """What a sentence gives after its "but" when it says a list or record is not held as such ("We do not hold a
    list of late claims, but our system shows that 212 took longer"): the answer is what follows; else None."""
    if not _says("held_otherwise", unit):
        return None
    but = BUT_RE.search(unit)
    return unit[but.end() :] if but else None


@lru_cache(maxsize=LINE_CACHE)
def _cued_unit(unit: str, yes_no: bool) -> _Unit | None:
    """The class the lexicon's cues give one sentence, None when no cue is found (a figure is not looked for)."""
    class_scores = _class_scores(unit)
    if max(class_scores) <= 0:  # most sentences: no cue (what follows only lowers scores)
        return None
    folded = _fold_unit(unit)
    scores = dict(zip(UNIT_KINDS, class_scores, strict=True))
    said_no = LEX.fires("no_alone", folded) or len(folded.split()) <= 3 and not LEX.fires("no_noun", folded)
    if scores["no"] and not (yes_no or said_no):
        scores["no"] = 0.0  # "No charges were brought" to an open question says that nothing exists
    if yes_no and scores["none"] and not LEX.fires("bare_zero", folded):  # "0" counts, it does not deny
        scores["no"], scores["none"] = max(scores["no"], scores["none"]), 0.0
    if not any(score > 0 for score in scores.values()):
        return None
    if scores["refers_back"] and (scores["none"] or scores["no"]) and LEX.fires("stated_none", folded):
        scores["refers_back"] = 0.0  # "None - see question 2" answers none itself (a "No - ..." no), as "N/A" stays
    best = max(UNIT_KINDS, key=lambda kind: scores[kind])  # the first of equals in UNIT_KINDS order
    family = {best, "not_applicable", "refers_back"} if best in ("not_applicable", "refers_back") else {best}
    rival = max((score for kind, score in scores.items() if kind not in family), default=0.0)
    kind = "not_applicable" if best == "refers_back" else best
    points = scores["refers_back"] > 0 and not scores["not_applicable"]  # "N/A - see question 2" stays N/A
    return _Unit(kind, scores[best], scores[best] - max(rival, 0.0), points)


def _reading(kind: str, value: str | None, quote: str, unit: _Unit, how: str) -> _Reading:
    return _Reading(kind, value, quote, unit.refers_back, how, unit.score, unit.margin)


def _is_suppressed(answer: str) -> bool:
    """True when every cell of the answer hides a small number: "<5", "*"."""
    cells = filter(None, (cell[0].strip() for cell in CELL_RE.finditer(answer)))
    first = next(cells, None)  # most answers: a first cell that hides nothing ends the reading
    return first is not None and SUPPRESSED_RE.match(first) is not None and all(map(SUPPRESSED_RE.match, cells))


def _first_reading(question: str, answer: str, units: Sequence[str]) -> _Reading:
    asks_yes_no = is_yes_no_question(question)
    yes_no = asks_yes_no and not _is_compound(question)
    first = _unit(units[0], yes_no)
    # a yes or no stated as the conclusion outweighs the first sentence ("We do not run X. ... So in practice yes");
    # a stated yes outweighs one not held too ("We keep no separate fund. However, yes, it was all spent.")
    stated = first.kind in (None, "provided", "yes", "no", "none", "not_held")
    asks_whether = asks_yes_no or not question or _named_yes_or_no(question, units)
    if asks_whether and stated and (verdict := _verdict(units)):
        if first.kind != "not_held" or verdict.kind == "yes":
            return verdict
    if first.kind in (None, "provided") and (affirmed := _affirmation(question, asks_yes_no, units)):
        return _reading("yes", None, affirmed, first, "emphatic")
    if (
        yes_no
        and first.kind in (None, "provided")
        and not _says("hedge", units[0])
        and not STARTS_WITH_FIGURE_RE.match(units[0])
    ):
        return _yes_no_reading(question, units, first)
    # a compound question affirmed in its words, bare or with a count ("We employ 3 interpreters."), not a sum: the
    # sum is the detail asked for ("If so, the amounts?" "We paid £900 once.")
    with_count = first.score == FIGURE_WEIGHT and first_amount(units[0]) is None
    if asks_yes_no != yes_no and (first.kind is None or with_count) and _restates(question, units):
        if _denies_verb(question, units[0]):  # "Is a list shared, and how many?" "We do not share a list.": a no
            return _reading("no", None, units[0], first, "restated")
        value = answer_value(_without_non_figures(units[0])) if with_count else None
        return _reading("yes", value, units[0], first, "restated")
    for i, unit in enumerate(units):
        evidence = _unit(unit, asks_yes_no)
        if evidence.kind is None or evidence.refers_back and _own_answer(units[i + 1 :], asks_yes_no):
            continue
        if evidence.score == FIGURE_WEIGHT and _names_from_question(question, unit):
            continue  # "Any spend on the Mark 7?" "... any move to the Mark 7 is ...": a name the question holds
        if evidence.score == FIGURE_WEIGHT and _counts_refused_work(unit, units[i + 1 :]):
            continue  # "We would need to read all 900 files. That would exceed the limit.": it counts the work
        if i > 0 and evidence.kind in ("refused", "none") and _says("aside", unit) and not _headed_only(units[:i]):
            continue  # "... a refusal notice for the information withheld at Q4.", "(question 5)": about others
        if evidence.kind in ("not_held", "none") and _data_lines(answer) >= 2 and not _zero_rows(answer):
            return _reading("provided", answer_value(_without_non_figures(answer)), unit, evidence, "table")
        # "The awards are listed below. None was made in 2020." and the list: the first sentence answers
        if evidence.kind in NOT_GIVEN and i > 0 and _says("laid_out", units[0]) and not _nought_table(answer):
            return _reading("provided", None, units[0], evidence, "laid_out")
        # "We keep no list by name. The cards are split by service as follows:" and its rows: what is held is given
        if evidence.kind in NOT_GIVEN and (shown := _laid_out_next(units[i + 1 : i + 2], answer)) is not None:
            return _reading("provided", None, shown, evidence, "laid_out")
        if (
            evidence.kind in NOT_GIVEN
            and i > 0
            and (_named_before_narrower(question, answer, units, unit) or _dated_first(question, units))
        ):
            return _reading("provided", None, units[0], evidence, "named_first")
        # "We burn none on our own land. Rangers attended 41 burns." to "How many burns?"
        if evidence.kind in NOT_GIVEN and (counted := _counted_after(question, units[i:], evidence.kind)) is not None:
            return _reading("provided", answer_value(_without_non_figures(counted)), counted, evidence, "counted")
        if _not_held_for_want(units[i:], evidence.kind):
            return _reading("no" if yes_no else "none", None, unit, evidence, "none_reason")
        # "We do not run school transport. It is a function of the county council.": another body does it
        if evidence.kind == "none" and any(_says("done_elsewhere", u) for u in units[i : i + 4]):
            return _reading("not_held", None, unit, evidence, "done_elsewhere")
        if evidence.kind in ("refused", "not_held") and (offered := _offered(answer, units[i:])) is not None:
            return _reading("provided", None, offered, evidence, "offered")
        if evidence.kind == "refused" and (held := _not_held_after_inability(unit, units[i + 1 : i + 3])):
            return _reading("not_held", None, held, evidence, "not_held_reason")
        if evidence.kind == "refused" and i > 0 and _says("residual_refusal", unit):
            return _reading("provided", answer_value(_without_non_figures(units[0])), units[0], evidence, "residual")
        bare_figure = evidence.kind == "provided" and evidence.score == FIGURE_WEIGHT
        if bare_figure and i > 0 and _first_answers(question, answer, units):
            unit = units[0]  # "Who supplies them?" "Acme Ltd. ... 92 records were searched.": the name answers
        if bare_figure and _counts_only_noughts(unit) and _counts_only_noughts(answer):
            return _reading("none", None, unit, evidence, "noughts")  # "Exclusions: 0 in 2023 and 0 in 2024."
        value = answer_value(_without_non_figures(unit)) if evidence.kind == "provided" else None
        if value is not None and not _has_figure(unit) and not LEX.fires("asks_when", fold(question)):
            # "... each month of 2024/25. Total income was £23,716.50.": the year is the period, the sum the figure
            value = next(filter(None, map(_sum_value, units[i + 1 :])), value)
        return _reading(evidence.kind, value, unit, evidence, "first" if i == 0 else "later")
    # "2022/23: none" alone, a row naming its period: nothing in the one period asked ("no closures except one in
    # 2019" is no such row)
    if all(YEAR_RE.match(unit.lstrip()) and _says("period_none", unit) for unit in units):
        return _Reading("none", None, units[0], how="period_none")
    return _Reading("provided", answer_value(_without_non_figures(answer)), units[0], how="default")


def _laid_out_next(units: Sequence[str], answer: str) -> str | None:
    """The sentence of `units` (the one after a denial) saying what is held is laid out after it, with two lines or
    more holding a figure after it in the answer ("... as follows:", "Roads – 41", "Parks – 12"), else None."""
    shown = next((u for u in units if _says("laid_out", u)), None)
    at = answer.find(shown) if shown is not None else -1
    if shown is None or at < 0:
        return None
    rows = [line for line in answer[at + len(shown) :].splitlines() if line.strip() and _has_figure(line)]
    return shown if len(rows) >= 2 and not _nought_table(answer) else None


def _named_yes_or_no(question: str, units: Sequence[str]) -> bool:
    """Whether the answer names its yes or no as the answer ("The answer is therefore no.") to a question that asks
    for no figure: it was asked whether, however it reads ("Closures since 2019"), so a stated verdict decides."""
    return not LEX.fires("asks_quantity", fold(question)) and any(_says("answer_stated", unit) for unit in units)


def _not_held_for_want(units: Sequence[str], kind: str) -> bool:
    """Whether a not-held sentence (units[0]) gives as its reason, there or in the next sentence, that the thing
    does not exist ("Not held, as no claims were made."): none; not when it sends the asker to another body that may
    hold it ("Not held, as we did not run the service then. You may wish to ask the council."): that is not held
    (SCHEMA hard cases: "this is not a function of the council, try the county council")."""
    return (
        kind == "not_held"
        and any(_says("none_reason", u) for u in units[:2])
        and not any(_says("done_elsewhere", u) for u in units[:3])
    )


def _counts_only_noughts(unit: str) -> bool:
    """Whether every count in a text, its dates and years aside, is nought ("0 in 2022/23 and 0 in 2023/24"): a
    count of nothing says there is none (one row of a table is not the answer: "2020 0" over "2021 4" gives 4). A
    sum is left alone: a nought beside "£900" is no nought answer."""
    counts = NUMBER_RE.findall(_without_dates(unit))
    return bool(counts) and "£" not in unit and all(ZERO_RE.fullmatch(count) for count in counts)


def _headed_only(before: Sequence[str]) -> bool:
    """Whether the sentences before one are only a heading's words ("Hourly rates" before "I have upheld the
    exemption for question 3."): a sentence naming a question then opens the answer, it is no aside about another."""
    return all(not HEADING_END_RE.search(unit) and len(unit.split()) <= HEADING_WORDS for unit in before)


def _not_held_after_inability(unit: str, later: Sequence[str]) -> str | None:
    """The sentence saying the information is not held that follows a groundless "We are unable to provide a
    figure.", within two sentences: the inability is that reason, not a refusal."""
    if not _says("bare_inability", unit):
        return None
    return next((u for u in later if _unit(u, False).kind == "not_held"), None)


def _counts_refused_work(unit: str, later: Sequence[str]) -> bool:
    """Whether a sentence's figure counts the work a later refusal estimates ("We would need to read all 900
    files."): a count, not a sum (a tariff by the hour answers), in a sentence estimating work before a refusal."""
    return (
        first_amount(unit) is None
        and _says("cost_work", unit)
        and any(_unit(u, False).kind == "refused" for u in later)
    )


def _names_from_question(question: str, unit: str) -> bool:
    """Whether a sentence's only figures stand after the word they stand after in the question (a model, band or
    phase the question names: "Mark 7", "Band 5"): with those blanked, the sentence counts nothing."""
    folded, asked = fold(unit), fold(question)
    blanked = NAMED_FIGURE_RE.sub(lambda m: " " if m[0] in asked else m[0], folded)
    return blanked != folded and not _has_figure(blanked)


def _named_before_narrower(question: str, answer: str, units: Sequence[str], denial: str) -> bool:
    """Whether a first sentence without a cue answers an open question asking for no figure in one of its words, and
    the later denial is of a separate or other thing ("Who runs the cafe?" "The cafe is run by a local trust. We hold
    no separate catering contract."): the denial limits what was said, the first sentence answers."""
    if _says("nil_cost", denial) and (not question or LEX.fires("asks_name_and_cost", fold(question))):
        # "Which firms, and at what value?" "Acme Ltd. No fee is paid.": the names answer, the nil cost completes them
        return _names_before(units, denial)
    return (
        _says("narrower_denial", denial)
        and _unit(units[0], False).kind is None
        and bool(_content_words(question) & _content_words(units[0]))
        and _first_answers(question, answer, units)
    )


def _names_before(units: Sequence[str], denial: str) -> bool:
    """Whether the sentences before a denial name something with no figure and no class of their own: a first
    sentence ("Acme Ltd."), or a lead-in ending in a colon over lines that each give a name ("We use these firms:",
    "Acme Ltd", "Wibble & Co")."""
    before = list(units[: units.index(denial)]) if denial in units else list(units[:1])
    if not before:
        return False
    listed = before[1:] if before[0].rstrip().endswith(":") else before[:1]
    return bool(listed) and all(not _has_figure(u) and _unit(u, False).kind is None for u in listed)


def _echoes_verb(question: str, unit: str) -> bool:
    """Whether a sentence affirms the question's own verb with an emphatic "do" ("Did X receive ...?" "X did receive
    ..."): a yes, whatever detail is withheld after it; not another verb ("The service does hold records on this.")."""
    match = EMPHATIC_YES.compiled.search(_fold_unit(unit))  # the match ends with the verb
    if match is None:
        return False
    verb = match[0].split()[-1]  # "use" echoes "used" too: a short verb's "-d" or "-ed" is no suffix _stem strips
    return any(_stem(verb) == _stem(w) or w in (f"{verb}d", f"{verb}ed") for w in LOWER_WORD_RE.findall(fold(question)))


def _denies_verb(question: str, unit: str) -> bool:
    """Whether a sentence denies the question's own verb ("Is a list shared?" "We do not share one."), not another
    ("Bonds are called in where the works cannot be finished.")."""
    asked = {_stem(w) for w in LOWER_WORD_RE.findall(fold(question))}
    return any(_stem(m[1]) in asked for m in _DENIED_VERB_RE.finditer(fold(unit)))


def _affirmation(question: str, asks_yes_no: bool, units: Sequence[str]) -> str | None:
    """The sentence that is an emphatic yes: any that echoes a yes/no question's verb (in a prose answer to several
    questions it may come after others: "... Ministers did use the car service, on 17 occasions."), or, where no
    question was found, a first one with any emphatic "do" and verb ("The trust does use the framework.") and no
    figure after it (figures after it answer a how-many part: "We do record this. There were 41 ..." is provided)."""
    if not question:
        return units[0] if _says("emphatic_yes", units[0]) and not any(map(_has_figure, units[1:])) else None
    return next((unit for unit in units if _echoes_verb(question, unit)), None) if asks_yes_no else None


def _dated_first(question: str, units: Sequence[str]) -> bool:
    """Whether a first sentence without a cue names a year that answers a question asking when ("When will the depot
    close?" "The depot is due to close by 2028. No decision has been made to close it sooner."), or a length of time
    that answers one asking how long ("How long is the wait?" "The wait was 12 days. We do not record the wait for
    home visits."): a later denial is context, unless it says no date is set ("It opened in 2003. No date has been
    set to replace it.": the year answers something else)."""
    if _unit(units[0], False).kind is not None or any(_says("no_date_set", u) for u in units[1:]):
        return False
    folded = fold(question)
    return bool(
        LEX.fires("asks_when", folded)
        and YEAR_RE.search(units[0])
        or LEX.fires("asks_how_long", folded)
        and DURATION_RE.search(units[0])
    )


def _own_answer(later: Sequence[str], yes_no: bool) -> bool:
    """Whether later sentences say nothing is given or deny: after a pointer they decide ("See our answer to Q4.
    Complaints are not logged by type, so we do not hold this." is not held, whatever Q4 was); an aside naming other
    questions ("This is a refusal notice for Q3 and Q5.") does not, nor nothing in some periods only ("See Q1. In
    2021 there were none.": a row of the answer pointed at)."""
    return any(
        _unit(unit, yes_no).kind in ("not_held", "refused", "none", "no")
        and not _says("aside", unit)
        and not _says("period_none", unit)
        for unit in later
    )


def _restates(question: str, units: Sequence[str]) -> bool:
    """Whether the first sentence affirms a yes/no question in three of its words and no later one denies or
    withholds ("Has the trust hired a unit? If so, the cost?" "The trust has hired a unit once, in 2022. ...")."""
    shared = _content_words(question.partition("?")[0]) & _content_words(units[0])
    return len(shared) >= 3 and not _own_answer(units[1:], True)


def _counted_after(question: str, units: Sequence[str], kind: str) -> str | None:
    """A later sentence that counts the very thing the question asks about, after one (units[0]) saying there is
    none of something narrower, or a sum spent on it in its words, after one saying part of it is not held (or none
    of a narrower cost arose: "No costs were awarded. We did, however, spend £900."): the figure answers the question
    ("We do not hold staff time. External costs were £3,450." to "What did it cost?")."""
    words, later = _content_words(question), units[1:]
    if kind == "none" and _says("bare_none", units[0]):
        return None  # "There were none. Eleven others stayed under a week.": the none answers, the rest is context
    if kind == "not_held" and (estimate := next((u for u in later[:3] if _says("estimate_given", u)), None)):
        return estimate  # "We do not record the cost. ... gives an estimated cost of £9,100.": the estimate answers
    if kind == "none" and (given := _given_beside(question, units) or _counted_beyond(question, units, units[0])):
        return given
    if kind == "none" and later and _says("however_received", later[0]):  # "We do, however, receive grants:" and sums
        return next((u for u in later[:3] if first_amount(u) is not None), None)
    costed = [
        u
        for u in later[:1]
        if first_amount(u) is not None and not LEX.fires("cost_work", fold(u)) and not _says("aside", u)
    ]
    if kind == "not_held" or any(LEX.fires("costed_part", fold(u)) for u in costed):
        return next(
            (u for u in costed if len(words & _content_words(u)) >= 2 or LEX.fires("costed_part", fold(u))), None
        )
    # a sentence that itself says none ("There were none for longer than six weeks") counts nothing
    counting = (u for u in later if _unit(u, False).kind not in NOT_GIVEN)
    return next((u for u in counting if _answers_in_its_words(question, ("provided", u))), None)


def _given_beside(question: str, units: Sequence[str]) -> str | None:
    """After none of a fixed or published figure (units[0]), a later figure or year ("There is no fixed date yet.
    ... in spring 2027."); after none in some periods only, a figure for another period; after none of one of two
    things asked for, a figure right after it ("How many injuries and deaths?" "There were no deaths. Three were
    hurt."): they answer the question."""
    if _says("narrowed_none", units[0]):
        return next((u for u in units[1:] if _has_figure(u) or YEAR_RE.search(u)), None)
    if _says("period_none", units[0]):  # "No fines in 2021 or 2023. In 2022, £900 was paid.": another period's figure
        named = set(YEAR_RE.findall(units[0]))
        return next((u for u in units[1:] if _has_figure(u) and set(YEAR_RE.findall(u)) - named), None)
    pairs = PAIR_RE.findall(question.lower())
    if any(len({_stem(a), _stem(b)} & _content_words(units[0])) == 1 for a, b in pairs):
        return next((u for u in _next_sentence(units) if _has_figure(u)), None)
    return _listed_beside(question, units)


def _listed_items(question: str) -> list[frozenset[str]]:
    """The things a question lists, three or more, each as the stem of its last word ("fines, civil sanctions or
    enforcement undertakings" -> fine, sanction, undertak; stemmed twice, as _roots reads the answer)."""
    if question.count(",") < 1:
        return []
    return [
        frozenset(_stem(_stem(item.split()[-1])) for item in LIST_SEPARATOR_RE.split(match.group()))
        for match in LISTED_RE.finditer(question.lower())
    ]


def _roots(text: str) -> frozenset[str]:
    """Content words stemmed twice, so that a plural and its singular meet ("undertakings", "undertaking")."""
    return frozenset(_stem(word) for word in _content_words(text))


def _listed_beside(question: str, units: Sequence[str]) -> str | None:
    """After none of some things a question lists (units[0]: "No fines were imposed."), the next sentence naming
    another thing of the list and not denying it ("In 2022 we accepted an enforcement undertaking."): a listed thing
    is given, so the question is answered."""
    if len(units) < 2:
        return None
    denied, then = _roots(units[0]), units[1]
    for items in _listed_items(question):
        other = items - denied
        if other != items and other & _roots(then) and _unit(then, False).kind not in NOT_GIVEN:
            return then
    return None


def _next_sentence(units: Sequence[str]) -> list[str]:
    """The pieces of the sentence after the first: a line the unwrapping kept apart ("Sessional (self-employed)" +
    "Guardians were paid £900.") goes on with the next line opening in a word, not a list's next item ("2 - £0")."""
    pieces: list[str] = []
    for unit in units[1:]:
        if pieces and (pieces[-1].rstrip().endswith((".", "!", "?", ":")) or not unit[:1].isalpha()):
            break
        pieces.append(unit)
    return pieces


def _verdict(units: Sequence[str]) -> _Reading | None:
    """The yes or no a sentence states as its conclusion ("... The answer is therefore no."), which answers a
    yes/no question (or one not found) whose first sentence holds no yes or no; not in a sentence that is a
    refusal, a not-held or a pointer ("..., so we do not hold it")."""
    for unit in units:
        folded = _fold_unit(unit)
        said = "yes" if LEX.fires("stated_yes", folded) else "no" if LEX.fires("stated_no", folded) else None
        if said and (evidence := _unit(unit, True)).kind not in ("not_held", "refused", "not_applicable"):
            return _reading(said, None, unit, evidence, "verdict")
    return None


def _first_answers(question: str, answer: str, units: Sequence[str]) -> bool:
    """Whether the first sentence, with no cue, answers a question that asks for no figure ("Who ...") even
    though a later sentence gives one; not when it introduces what follows ("The figures are below:"), the
    answer is a table, or the question asks for a figure ("How many ...", "the total cost")."""
    return (
        bool(question)
        and not units[0].rstrip().endswith(":")
        and not _data_lines(answer)
        and not LEX.fires("asks_quantity", fold(question))
    )


def _offered(answer: str, units: Sequence[str]) -> str | None:
    """After a refusal (units[0]), the sentence that hands something over instead: a later "please find
    attached" after a refusal of all of the request (a link to where it is published is not), another row's
    figure after a row withheld, or figures or a document offered as advice and assistance."""
    if _says("part_refusal", units[0]):
        row = _has_figure(units[0])  # a row withheld among rows of figures: a figure in another row is handed over
        handed = (u for u in units[1:] if (_is_handed_over(u) or row and _has_figure(u)) and not _links_only(u))
        if (provided := next(handed, None)) is not None:
            return provided
    offer = next((j for j, unit in enumerate(units) if _says("offers_instead", unit)), None)
    goodwill = next((u for u in units[1:] if _says("given_outside", u)), None)
    if goodwill is not None and (offer is None or units.index(goodwill) < offer):
        at = units.index(goodwill)  # a figure given as goodwill or outside the Act may stand in that sentence
        return goodwill if _data_lines(answer) or any(map(_has_figure, units[at:])) else None
    if offer is None:
        return None
    later = units[offer + 1 :]
    return units[offer] if _data_lines(answer) or any(_has_figure(u) or _is_handed_over(u) for u in later) else None


def _offers_something(folded: str) -> bool:
    """Whether a refusal's text offers something instead: as advice and assistance, as goodwill or outside the Act."""
    return LEX.fires("offers_instead", folded) or LEX.fires("given_outside", folded)


def _links_only(unit: str) -> bool:
    """A sentence that points to where the information is published: it does not hand it over (section 21)."""
    return _says("published_elsewhere", unit)


def _yes_no_reading(question: str, units: Sequence[str], first: _Unit) -> _Reading:
    """A yes/no answer whose first sentence carries no yes or no: a later denial, not-held or refusal decides
    it ("We work with partners. We do not have a lead officer." is a no) when the later sentences carry
    no other class but figures (else they may answer other questions), leaving out asides (those that name the
    questions they are about, "... refusal notice in respect of parts 2 and 4.", and "No other depot was sold.",
    which limits what was said before); after a first sentence that only gives a figure, only a denial in the
    question's own words (three of its words) decides it ("Are there plans to close depots?" "Two depots opened
    in 2020. There are no plans to close a depot."); failing that, an answer giving the grounds of a decision or one
    cause among several ("Cost was one factor but not the only one.") is provided, neither yes nor no; a denial in
    the first sentence makes it a no, and anything else a yes."""
    if first.kind is None or first.score == FIGURE_WEIGHT:
        later = [(unit, _unit(unit, True)) for unit in units[1:] if not _says("aside", unit)]
        kinds = {evidence.kind for _, evidence in later} - {None, "provided"}
        if len(kinds) == 1 and kinds <= {"yes", "no", "not_held", "refused"}:
            unit, evidence = next((u, e) for u, e in later if e.kind in kinds)
            if evidence.kind == "no" and (counted := _counted_beyond(question, units, unit)):
                return _reading("yes", answer_value(_without_non_figures(counted)), counted, evidence, "counted")
            if first.kind is None or len(_content_words(question) & _content_words(unit)) >= 3:
                return _reading(str(evidence.kind), None, unit, evidence, "yes_no_later")
        if first.kind is None and len(kinds) > 1 and kinds <= {"yes", "no", "not_held", "refused"}:
            # later sentences that disagree: the only kind said in the question's words decides ("Has X considered
            # ending it?" "... No proposal to end it was made. We have, however, added a digital option.")
            worded = [(u, e) for u, e in later if e.kind in kinds and _content_words(question) & _content_words(u)]
            if len({e.kind for _, e in worded}) == 1:
                return _reading(str(worded[0][1].kind), None, worded[0][0], worded[0][1], "yes_no_later")
            if "yes" not in kinds:  # no sentence affirms: the first that denies, is not held or refuses decides
                unit, evidence = next((u, e) for u, e in later if e.kind in kinds)
                return _reading(str(evidence.kind), None, unit, evidence, "yes_no_later")
    if (reasons := next((unit for unit in units if _says("gives_reasons", unit)), None)) is not None:
        return _Reading("provided", None, reasons, how="reasons", score=first.score)
    said = "no" if _says("negation", units[0]) else "yes"
    if said == "no" and (costed := _counted_after(question, units, "not_held")) is not None:
        # "Whether you prosecuted or recovered costs?" "We brought no prosecution. We recovered £900 from owners.": a
        # sum in the question's words after a denial of part of it answers the rest
        return _reading("provided", answer_value(_without_non_figures(costed)), costed, first, "costed")
    return _Reading(said, None, units[0], how="yes_no_default", score=first.score)


def _counted_beyond(question: str, units: Sequence[str], denial: str) -> str | None:
    """After a denial narrowed by what the question does not name ("Has anyone been hurt?" "There were no injuries
    involving falling rock.", "We do not run the pools directly.", "Staff do not get a car allowance."), a later
    sentence with a figure counts the thing asked about ("14 slips ...")."""
    folded = _fold_unit(denial)
    narrowed = next(filter(None, (cue.compiled.search(folded) for cue in NARROWINGS)), None)
    if narrowed is None or _content_words(" ".join(filter(None, narrowed.groups()))) & _content_words(question):
        return None
    return next((u for u in units[units.index(denial) + 1 :] if _has_figure(u)), None)


@lru_cache(maxsize=LINE_CACHE)
def _body(answer: str) -> str:
    """The answer up to the line that ends it (a sign-off, appeal rights, re-use terms, contact details):
    "Not held.\nYours sincerely\nTel: 0123 456" -> "Not held." (the first line always stays)."""
    if not LEX.may_fire("sign_off", folded := fold(answer)):  # most answers: no line can end it
        return answer
    lines = answer.splitlines(keepends=True)
    folded_lines = folded.splitlines(keepends=True)  # fold keeps lengths: the same lines
    end = next((i for i in range(1, len(lines)) if LEX.fires("sign_off", folded_lines[i])), None)
    return answer if end is None else "".join(lines[:end]).rstrip()


def _since_overturned(answer: str) -> str:
    """An internal review's answer from the sentence that sets the original answer aside, which the review replaces:
    "The first reply said it was not held. That was wrong. We paid £4,200." -> "That was wrong. We paid £4,200."."""
    later = _units(answer)[1:]
    # one look for the cue's needles in all later sentences as _fold_unit spells them, not one per sentence
    if not later or not LEX.may_fire("overturned", " ".join(map(_fold_unit, later))):
        return answer
    at = next((answer.find(unit) for unit in later if _says("overturned", unit)), -1)
    return answer if at < 0 else answer[at:]


def _read(question: str, answer: str) -> _Reading:
    answer = _since_overturned(_body(answer))
    units = _units(answer)
    if not units:
        return _Reading("provided", None, "", how="empty")
    if _is_suppressed(answer):
        return _Reading("refused", None, units[0], how="suppressed")
    question = question or _restated_question(units)
    reading = _relied_refusal(question, answer, units, _first_reading(question, answer, units))
    return _no_date_to_a_when(question, _not_yes_to_a_request(question, _neither_confirmed(units, reading)))


def _neither_confirmed(units: Sequence[str], reading: _Reading) -> _Reading:
    """A denial (no, none, not held) in an answer that also neither confirms nor denies is refused: "No statement was
    published. Beyond that, we neither confirm nor deny holding a case file." withholds whether one exists."""
    if reading.kind not in ("no", "none", "not_held"):
        return reading
    ncnd = next((u for u in units if _says("ncnd_refusal", u) and not _says("aside", u)), None)
    return reading if ncnd is None else _Reading("refused", None, ncnd, how="relied", score=reading.score)


def _restated_question(units: Sequence[str]) -> str:
    """An answer found without its question that opens by restating a yes/no one ("This question asked whether the
    depot was sold. It was not.") is read against it; "" otherwise."""
    return units[0] if len(units) > 1 and is_yes_no_question(units[0]) else ""


def _not_yes_to_a_request(question: str, reading: _Reading) -> _Reading:
    """A "yes" to a request for information ("Please send the policy." "Yes, attached.") hands it over."""
    if reading.kind != "yes" or not LEX.fires(
        "request_question", QUESTION_MARKER.compiled.sub("", fold(question.strip()))
    ):
        return reading
    return replace(reading, kind="provided", how="request_yes")


def _no_date_to_a_when(question: str, reading: _Reading) -> _Reading:
    """A plan denied in answer to an open "when" question ("When will the depot close?" "There is no planned date.")
    says there is no date: none, not a no to a question nobody asked yes or no."""
    if reading.kind != "no" or not question or is_yes_no_question(question):
        return reading
    if not LEX.fires("asks_when", fold(question.strip())):
        return reading
    return replace(reading, kind="none", how="no_date")


def _relied_refusal(question: str, answer: str, units: Sequence[str], reading: _Reading) -> _Reading:
    """A refusal under a named provision outweighs a first sentence that only sets the scene.

    "A search returned 9,000 emails. ... manifestly unreasonable under regulation 12(4)(b)."
    is refused, not provided, unless the answer also hands something over (attached, figures) or only the split
    of the figure given is refused ("The total was £84,300. The split between suppliers is withheld ..."), where the
    figure answers the question (not a count of the records in scope of a question asking for their details).
    A refusal on cost alone also outweighs a not-held first sentence, a yes/no read by default, or a figure in the
    work it estimates:
    "There is no field that marks these complaints. ... would exceed the appropriate limit."
    """
    if reading.kind == "not_held" or reading.how == "yes_no_default":
        relied = "cost_refusal"
    else:
        relied = "relied_refusal" if reading.kind in ("provided", "none") else ""
    folded = fold(answer)
    # a figure in the work a cost refusal estimates ("we would need to read each of 900 files") is no answer either
    if reading.kind == "provided" and not LEX.fires(relied, folded) and _says("cost_work", reading.quote):
        relied = "cost_refusal"
    if not relied or reading.how in ("offered", "residual") or not LEX.fires(relied, folded):
        return reading
    refusal = next((u for u in units if _relies_on(relied, u)), None)
    if not refusal:
        return reading
    upto = units[: units.index(refusal) + 1]  # the split withheld is named in the refusal or before it
    split = any(_says("split_refusal", u) for u in upto) and not _counts_scope(question, reading.quote)
    echoed = reading.value == _count_value(question)  # "the ten largest were ..." to "Name the ten ...": no figure
    # a breakdown ("Staff: 12; agency: 3") given before the refusal of the rest hands something over
    if (
        (reading.value is not None and split and not echoed)
        or _hands_over(folded, units, refusal)
        or _data_lines(answer)
        or len(FIGURE_PAIR_RE.findall(answer)) >= 2
    ):
        return reading
    return _Reading("refused", None, refusal, how="relied", score=reading.score)


def _counts_scope(question: str, unit: str) -> bool:
    """Whether a sentence's figure only counts the records in scope ("Four files fall within your request.") of a
    question asking for their details, not for a figure: it sets the scene for a refusal of those details."""
    return _says("scope_count", unit) and bool(question) and not LEX.fires("asks_quantity", fold(question))


def _relies_on(relied: str, unit: str) -> bool:
    """Whether a sentence is the refusal an answer relies on: not an aside about other parts, nor a not-held
    statement in a refusal notice's words ("... a refusal notice under section 17, as this is not held")."""
    return _says(relied, unit) and not _says("aside", unit) and _unit(unit, False).kind != "not_held"


def _hands_over(folded: str, units: Sequence[str], refusal: str) -> bool:
    """Whether an answer hands something over beside its refusal ("attached", "can be found at", "are listed
    below"); beside a refusal under section 21, a link to where the information is published does not: it is the
    refusal."""
    if not _links_only(refusal):
        return LEX.fires("provided", folded) or LEX.fires("laid_out", folded)
    return any(_is_handed_over(u) and not _links_only(u) for u in units)


@lru_cache(maxsize=LINE_CACHE)
def _stem(word: str) -> str:
    suffix = next((s for s in ("ing", "ed", "es", "s") if word.endswith(s) and len(word) - len(s) >= 4), "")
    stem = word[: len(word) - len(suffix)]
    return stem[:-1] if stem.endswith("e") and len(stem) > 4 else stem  # "charge" and "charges": "charg"


STOPWORDS = frozenset(
    "the a an of to in for and or on by with from any all your you this that these those be is are was were "
    "have has had it its as at please provide each which what how many much number if so not no do does did "
    "information council authority year years".split()
)


@lru_cache(maxsize=LINE_CACHE)
def _content_words(text: str) -> frozenset[str]:
    return frozenset({_stem(w) for w in LOWER_WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 2})


@lru_cache(maxsize=LINE_CACHE)
def _runs(answer: str, yes_no: bool) -> tuple[tuple[str, str], ...]:
    """The answer cut into runs of sentences that each end with a sentence carrying one class."""
    runs: list[tuple[str, str]] = []
    pending: list[str] = []
    units = _units(answer)
    for i, unit in enumerate(units):
        pending.append(unit)
        read = _unit(unit, yes_no)
        if read.kind is None or read.score == FIGURE_WEIGHT and _counts_refused_work(unit, units[i + 1 :]):
            continue  # a figure counting the work a later refusal estimates goes with that refusal
        kind = read.kind
        if runs and runs[-1][0] == kind and len(pending) == 1:
            runs[-1] = (kind, f"{runs[-1][1]} {unit}")
        else:
            runs.append((kind, " ".join(pending)))
        pending = []
    if pending and runs:
        runs[-1] = (runs[-1][0], f"{runs[-1][1]} {' '.join(pending)}")
    return tuple(runs)


def _best_run(question: str, others: Sequence[str], runs: Sequence[tuple[str, str]]) -> int:
    """Index of the run that shares most distinctive words with the question."""
    words = _content_words(question)
    shared_by = [_content_words(q) for q in others]

    def weight(word: str) -> float:
        return 1.0 / (1 + sum(word in other for other in shared_by))

    # fsum: a plain sum over a set adds in hash order, and its last bit could break a tie differently per run
    scores = [math.fsum(weight(w) for w in words & _content_words(text)) for _, text in runs]
    return max(range(len(runs)), key=lambda i: (scores[i], -i))


@lru_cache(maxsize=LINE_CACHE)
def _scene_set(answer: str, runs: tuple[tuple[str, str], ...]) -> bool:
    """True when a shared answer's only hand-over is a figure that sets the scene for a refusal naming what it
    relies on ("This is your tenth request in two months. ... refused under section 14."): no run is answered
    by anything but bare figures (or a link to where it is published), and no line is a row of figures (cached, as
    _refusal_of_all)."""
    handed = (u for kind, text in runs if kind in ("provided", "none", "yes", "no") for u in _units(text))
    return (
        LEX.fires("relied_refusal", fold(answer))
        and not _data_lines(answer)
        and not any(_unit(u, False).score > FIGURE_WEIGHT and not _links_only(u) for u in handed)
    )


@lru_cache(maxsize=LINE_CACHE)
def _refusal_of_all(answer: str, runs: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(class, run) of a shared answer's run that refuses the request as a whole ("We have decided to refuse your
    request under regulation 12(4)(b). There are 41 routes ...", "... so the refusal applies to all five
    questions"), or else says none of it is held ("We hold no information within the scope of your request."): it
    covers every question, and the figures around it set the scene; None unless some are offered instead (cached:
    the same for each question that shares the answer)."""
    if _offers_something(fold(answer)):
        return None
    refused = [text for kind, text in runs if kind == "refused"]
    whole = next((text for text in refused if LEX.fires("whole_refusal", fold(text))), None)
    # the refusal may be the first sentence and its scope said beside it ("To answer all parts ... would need ...")
    if whole := whole or (refused[0] if refused and LEX.fires("whole_refusal", fold(answer)) else None):
        return "refused", whole
    held = (
        text for kind, text in runs if kind == "not_held" and not refused and LEX.fires("whole_not_held", fold(text))
    )
    return next((("not_held", text) for text in held), None)


def _saying_sentence(kind: str, run: str) -> str:
    """The sentence of a run (its paragraphs joined, so no span of the reply) that says the whole request is
    refused or not held, else the first that refuses or denies holding it, else the run's first: the quote of an
    answer it covers ("... We estimate 40 hours. ... the Trust is therefore refusing your request in full.")."""
    units = _units(run)
    said = "whole_refusal" if kind == "refused" else "whole_not_held"
    whole = next((u for u in units if _refuses_here(said, fold(u))), None)
    return whole or next((u for u in units if _unit(u, False).kind == kind), units[0] if units else run)


def _answers_in_its_words(question: str, run: tuple[str, str]) -> bool:
    """True when a run counts the very thing the question asks about: "How many ferry crossings were cancelled?"
    and "There were 312 ferry crossings cancelled." (a figure before one of the question's distinctive words, and
    at least two such words shared), or gives a sum in half its words, three at least ("How much was spent on
    hotel rooms?" and "£9,200 was spent on hotel rooms."), so it answers the question rather than setting a scene."""
    kind, text = run
    words = _content_words(question)
    shared = len(words & _content_words(text))
    if kind != "provided" or shared < 2:
        return False
    units = [unit for unit in _units(text) if not LEX.fires("cost_work", fold(unit))]
    summed = shared >= max(3, len(words) / 2) and LEX.fires("asks_quantity", fold(question))
    return (summed and any(map(first_amount, units))) or any(
        _stem(m.group(1)) in words for unit in units for m in COUNTED_THING_RE.finditer(unit.lower())
    )


def _denied_in_its_words(question: str, runs: Sequence[tuple[str, str]]) -> str | None:
    """The sentence of a shared answer that says there is none of the very thing a question asks about, in three of
    its words and half of them ("How much was spent on interim directors?" and "We engaged no interim directors, so
    nothing was spent."), among runs that give figures for the other questions: it answers that question."""
    words = _content_words(question)
    denials = (unit for kind, text in runs if kind == "none" for unit in _units(text) if _unit(unit, False).kind)
    return next((u for u in denials if len(words & _content_words(u)) >= max(3, len(words) / 2)), None)


def _read_shared(question: str, answer: str, others: Sequence[str]) -> _Reading:
    """Read an answer given to several questions at once, taking the part that fits this question; an answer that
    speaks of the request as a whole is read whole unless it gives a figure in this question's own words
    ("... would exceed the cost limit. There were 41 flights.")."""
    generic = GENERIC_ANSWER_RE.search(fold(answer))
    answer = _since_overturned(_body(answer))
    runs = _runs(answer, is_yes_no_question(question))
    kinds = {kind for kind, _ in runs}
    refusal = _refusal_of_all(answer, runs)
    if refusal and refusal[0] == "not_held" and any(_answers_in_its_words(question, run) for run in runs):
        refusal = None  # a count in the question's own words answers it beside the statement that nothing is held
    if kinds == {"provided", "none"} and (denial := _denied_in_its_words(question, runs)) is not None:
        units = _units(answer)
        rest = units[units.index(denial) :]  # what follows the denial may still count the thing asked about
        return _first_reading(question, " ".join(rest), rest)
    if (
        (generic and not any(_answers_in_its_words(question, run) for run in runs))
        or not (kinds & {"refused", "not_held"} and kinds & {"provided", "none", "yes", "no"})
        or refusal
    ):
        reading = _read(question, answer)
        if not refusal or reading.kind == refusal[0]:
            return reading
        return _Reading(refusal[0], None, _saying_sentence(*refusal), how="relied")
    best = _best_run(question, others, runs)
    if _scene_set(answer, runs) and not _answers_in_its_words(question, runs[best]):
        return _read(question, answer)
    kind, text = runs[best]
    if kind == "provided" and _data_lines(answer) >= 2:
        return _Reading("provided", answer_value(_without_non_figures(answer)), text, how="shared")
    return _neither_confirmed(_units(answer), replace(_first_reading(question, text, _units(text)), how="shared"))


def classify_answer(question: str, answer: str) -> tuple[str, str | None]:
    """(class, key figure) of one answer: ("Is there a lead?", "No not currently.") -> ("no", None)."""
    reading = _read(question, answer)
    return reading.kind, reading.value


def _quote_span(text: str, seg: Segment, quote: str) -> Span | None:
    """Where the quote stands in its answer, or the whole answer's span when it is not found there."""
    span = seg.answer_span
    at = text.find(quote, span.start, max(span.end, span.start + len(quote))) if span is not None and quote else -1
    return span if at < 0 else Span.of(text, at, at + len(quote))


def _pointed_at(reading: _Reading) -> str | None:
    """The label an answer that points at another names, as a label key: "See answer to Q3" -> key of "3"."""
    if not reading.refers_back:
        return None
    named = POINTER_TARGET.compiled.search(fold(reading.quote))
    return label_key(named.group(1) or named.group(2)) if named else None


def _referenced(reading: _Reading, earlier: Sequence[Answer], question: str) -> str:
    """The class an answer that points at another answer takes: that answer's class (the one it names, in
    the part it names when numbering restarts per part, else the one before it), as _yes_as_count reads it for the
    question; with no answer before it, its own reading (N/A) until a later one is named."""
    if not reading.refers_back or not earlier:
        return reading.kind
    key = _pointed_at(reading)
    named = [a for a in earlier if label_key(a.label) == key] if key is not None else []
    part = POINTER_PART.compiled.search(fold(reading.quote))
    at = len(named) if part is None else ("abcdefgh".find(part.group(1)) + 1 or int(part.group(1)))
    return _yes_as_count(named[at - 1].answer if 0 < at <= len(named) else (named or earlier)[-1].answer, question)


def _yes_as_count(kind: str, question: str) -> str:
    """The class a pointer takes from a "yes" it points at, for its own question: provided where that question asks
    how many or how much and not whether ("If yes, how many?" "See our answer to (viii).", which said "Yes, five
    children were placed"): the figure is given there (SCHEMA: only a yes/no question is answered yes)."""
    if kind != "yes" or not question or is_yes_no_question(question):
        return kind
    return "provided" if LEX.fires("asks_quantity", fold(question)) else kind


def _follows_no(kind: str, seg: Segment, earlier: Sequence[Answer], shared: bool) -> str:
    """A question asked only if an earlier answer was yes, or a yes/no question sharing that answer's text, becomes
    N/A when that answer was no."""
    after_no = kind in ("no", "none") and earlier and earlier[-1].answer in ("no", "none", "not_applicable")
    conditional = POSITIVE_CONDITION_RE.match(seg.question.strip()) or shared and is_yes_no_question(seg.question)
    return "not_applicable" if after_no and conditional else kind


CLASSLESS = ("default", "yes_no_default")  # readings no sentence of the answer gives: a figure or a yes by default


def _whole_refusal(
    text: str, segments: Sequence[Segment], readings: Sequence[_Reading], said: str = "whole_refusal"
) -> str | None:
    """The sentence of a reply, outside the request read back, that refuses the request as a whole ("Section 12
    applies to the whole of your request."), or with said="whole_not_held" says none of it is held ("We do not
    hold the information you asked for."), unless the reply offers something instead or answers a question
    with a class of its own (then the refusal is read where it stands)."""
    if any(r.kind in ("provided", "yes", "no", "none") and r.how not in CLASSLESS for r in readings):
        return None
    spoken = text
    for span in (s.question_span for s in segments if s.question_span is not None):
        spoken = f"{spoken[: span.start]}{' ' * (span.end - span.start)}{spoken[span.end :]}"
    if not LEX.fires(said, folded := fold(spoken)) or _offers_something(folded):
        return None
    return next((u for u in _units(spoken) if _refuses_here(said, fold(u))), None)


def _refuses_here(said: str, folded_unit: str) -> bool:
    """Whether a sentence says `said` of this reply, not of the first reply it recounts ("Our response of 4 March
    refused the whole request")."""
    return LEX.fires(said, folded_unit) and not LEX.fires("recounted_refusal", folded_unit)


def _opening_refusal(text: str, segments: Sequence[Segment], readings: Sequence[_Reading]) -> str | None:
    """The first answer's sentence where it refuses the request as a whole, naming no part ("The council has
    decided to refuse this request under section 14(1)."): the reply is one refusal, whatever its later
    paragraphs, which set out why, seem to say to the questions paired with them; unless it offers something
    instead ("However, to assist you we can provide ...")."""
    if len(readings) < 2 or readings[0].kind != "refused" or readings[0].how != "first":
        return None
    first = readings[0].quote
    if not _refuses_here("whole_refusal", fold(first)) or first not in segments[0].answer_text:
        return None
    names_a_part = PARTS_NAMED.compiled.search(fold(first))  # "Answering question 3 ..., so we refuse your request"
    return None if names_a_part or _offers_something(fold(text)) else first


LABEL_TOKEN_RE = re.compile(r"(?:(?<![\w.])|(?<=\bq)(?=\d))(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-h]|[ivx]{1,4})\b")
RANGE_WORD_RE = re.compile(r"\bto\b|[-–]")


def _parts_named(sentence: str) -> set[str] | None:
    """The label keys a sentence names as parts or questions ("withheld part (a) and part (b)": {"a", "b"}), or
    None where it names none or a range of them ("questions 2 to 5"). Where clauses split by ";" name parts, only
    the refusing clause's count: "parts 1 to 3 are answered; parts 4 and 5 are refused" names {"4", "5"}."""
    folded = fold(sentence)
    if not PARTS_NAMED.admits(folded):
        return None
    refusing = ";".join(c for c in folded.split(";") if LEX.fires("refused", c)) or folded
    named: set[str] = set()
    for found in PARTS_NAMED.compiled.finditer(refusing):
        if RANGE_WORD_RE.search(found.group(0)):
            return None
        named.update(LABEL_TOKEN_RE.findall(found.group(0)))
    return named or None


def _own_refusal(seg: Segment, reading: _Reading) -> _Reading:
    """A refusal sentence that names the parts it refuses ("It withheld part (a) ...", "a refusal notice in respect
    of part (iii)") does not refuse an answer whose own label it leaves out: that answer is read without it."""
    if reading.kind != "refused" or not seg.label or not reading.quote or reading.quote not in seg.answer_text:
        return reading
    if LEX.fires("ground_added_for_part", fold(reading.quote)):
        return reading
    named, own = _parts_named(reading.quote), label_key(seg.label)
    if not named:
        return _before_others_refused(seg, reading)
    if _names_own(named, own):
        return reading
    again = _read(seg.question, seg.answer_text.replace(reading.quote, " "))
    return reading if again.how == "empty" else again


def _names_own(named: set[str], own: str) -> bool:
    return any(own.startswith(key) or own.endswith(key) for key in named)


def _before_others_refused(seg: Segment, reading: _Reading) -> _Reading:
    """An answer running on into a refusal notice for other questions ("None were installed." then "Refusal notice:
    we neither confirm nor deny for questions 2 and 4 ..."): read up to that notice, which is not about this one."""
    own, units = label_key(seg.label), _units(seg.answer_text)
    if any(_names_own(_parts_named(unit) or set(), own) for unit in units):
        return reading  # "The same applies to question 2": the answer speaks of this one too
    for unit in units:
        if unit == reading.quote:
            return reading  # the refusal comes first: the notice naming others is further down
        named = _parts_named(unit) if _refuses(unit) else None
        if named and not _names_own(named, own):
            again = _read(seg.question, seg.answer_text[: seg.answer_text.find(unit)])
            return reading if again.how == "empty" else again
    return reading


def _refuses(unit: str) -> bool:
    return _unit(unit, False).kind == "refused" or _says("ncnd_refusal", unit)


def _part_asked(label: str, question: str) -> str:
    """The lettered part of a question its label names, where the question holds all the parts: "5b" reads only
    "(b) Does it have a policy?" of "(a) Has it signed? (b) Does it have a policy?"; otherwise the whole question."""
    letter = re.fullmatch(r"\d{1,2}\(?([a-h])\)?", label_key(label))
    own = re.search(rf"(?:^|\s)\({letter[1]}\)\s", question) if letter else None
    if own is None or not re.search(r"(?:^|\s)\([a-h]\)\s", question[: own.start()] + question[own.end() :]):
        return question
    later = re.search(r"\s\([a-h]\)\s", question[own.end() - 1 :])
    return question[own.start() : own.end() - 1 + later.start() if later else len(question)].strip()


def extract_answers(text: str) -> list[Answer]:
    """Every answered question of a reply, classified: [Answer(label="Q1", answer="no", ...), ...]; on a thread
    page with two replies or more (a first reply and a review's), each reply's answers as `_thread_answers` reads."""
    replies = thread_replies(text)  # none, cheaply, on a text that is no thread page
    if len(replies) > 1 and (answers := _thread_answers(text, replies)):
        return answers
    top = superseding_reply(text)
    # a reply over an earlier one it supersedes (a review's outcome): its own answers, the first response's not read
    if top is not None and (answers := _thread_answers(text, [top])):
        return answers
    whole = _reply_answers(text)
    mail = mail_thread_reply(text)
    # a mail thread saved oldest first: its reply read alone where that answers as many questions (numbered in it)
    alone = _thread_answers(text, [mail]) if mail else []
    return alone if alone and len(alone) >= len(whole) else whole


def _thread_answers(text: str, replies: Sequence[tuple[int, int]]) -> list[Answer]:
    """The answers of a thread page's replies, each reply read alone (the rest of the page blanked, offsets kept):
    a later reply's answer to a question replaces an earlier one's of another class (a review's verdict on it);
    one the review upholds, or leaves as first answered, keeps the first reply's answer (its figure and wording)."""
    by_key: dict[str, Answer] = {}
    for start, end in replies:
        own = _blanked(text[:start]) + text[start:end] + _blanked(text[end:])
        for answer in _reply_answers(own):
            first = by_key.get(label_key(answer.label))
            if first is None or first.answer != answer.answer:
                by_key[label_key(answer.label)] = replace(answer, label=first.label) if first else answer
    return list(by_key.values())


def _blanked(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _reply_answers(text: str) -> list[Answer]:
    segments = segment(text)
    by_span: dict[Span | None, list[Segment]] = {}
    for seg in segments:
        by_span.setdefault(seg.answer_span, []).append(seg)
    groups = [[s.question for s in by_span[seg.answer_span] if s is not seg] for seg in segments]
    readings = [
        _own_refusal(
            seg,
            _read_shared(seg.question, seg.answer_text, group)
            if group
            else _read(_part_asked(seg.label, seg.question), seg.answer_text),
        )
        for seg, group in zip(segments, groups, strict=True)
    ]
    opening = _opening_refusal(text, segments, readings)
    whole, whole_kind = opening or _whole_refusal(text, segments, readings), "refused"
    if not whole and any(r.how == "default" for r in readings):  # SCHEMA: one not-held statement covering several
        whole, whole_kind = _whole_refusal(text, segments, readings, "whole_not_held"), "not_held"
    if not whole and any(r.how in CLASSLESS for r in readings):  # "What you asked for is already published: <link>"
        whole, whole_kind = _whole_refusal(text, segments, readings, "whole_published"), "refused"
    answers: list[Answer] = []
    forward: dict[int, str | None] = {}  # answers pointing at one not read yet: index -> its label key (None: the
    # answer before it in the text, where the reply's questions were found out of order)
    for i, (seg, group, reading) in enumerate(zip(segments, groups, readings, strict=True)):
        if whole and (reading.how in CLASSLESS or opening and reading.kind != whole_kind):
            # an answer with no class of its own, in a reply refused whole; or any answer of a reply that opens by
            # refusing the request whole (what follows is its reasoning, read against the questions in turn)
            reading = _Reading(whole_kind, None, whole, how="whole")
        kind = _referenced(reading, answers, seg.question)
        key = _pointed_at(reading)
        unplaced = reading.refers_back and key is None and _answer_before(answers, seg.answer_span) is None
        if key is not None and not any(label_key(a.label) == key for a in answers) or unplaced:
            forward[len(answers)] = key
        shared = seg.answer_span is not None and i > 0 and seg.answer_span == segments[i - 1].answer_span
        kind = _follows_no(kind, seg, answers, shared)
        answers.append(
            Answer(
                label=seg.label,
                question=seg.question,
                answer=kind,
                value=reading.value if kind == reading.kind else None,
                quote=reading.quote,
                span=_quote_span(text, seg, reading.quote),
                text=seg.answer_text,
                question_span=seg.question_span,
                text_span=seg.answer_span,
                confidence=confidence(_features(reading, kind, seg, bool(group))),
            )
        )
    for i, key in forward.items():  # an answer naming a later one ("see our answer to question 5") takes its class
        target = (
            _answer_before(answers, answers[i].text_span)
            if key is None
            else next((a for a in answers[i + 1 :] if label_key(a.label) == key), None)
        )
        taken = _yes_as_count(target.answer, answers[i].question) if target is not None else None
        if taken is not None and taken != answers[i].answer:
            answers[i] = replace(answers[i], answer=taken, value=None)
    return _offered_for(text, _refused_below(text, answers))


def _refused_below(text: str, answers: list[Answer]) -> list[Answer]:
    """An answer that only points below ("Please see below.") to a refusal notice further on naming its question
    ("... neither confirm nor deny ... relevant to questions 2 and 4") is refused, quoting that notice."""
    for i, answer in enumerate(answers):
        if answer.text_span is None or not SEE_BELOW_ALONE.compiled.search(fold(answer.quote)):
            continue
        own, after = label_key(answer.label), answer.text_span.end
        notice = next(
            (u for u in _units(text[after:]) if _refuses(u) and _names_own(_parts_named(u) or set(), own)), None
        )
        if notice is not None and (at := text.find(notice, after)) >= 0:
            answers[i] = replace(
                answer, answer="refused", value=None, quote=notice, span=Span.of(text, at, at + len(notice))
            )
    return answers


def _offered_for(text: str, answers: list[Answer]) -> list[Answer]:
    """Refused answers to the questions a later sentence says are answered instead, with rows of figures after it
    ("... a report that answers questions 1 and 3 within the limit; the figures are below."): provided, quoting it
    (SCHEMA hard cases: a refusal that still gives some figures)."""
    if not any(a.answer == "refused" for a in answers):
        return answers
    for named in _offers(fold_text(text)):
        if not _data_lines(text[named.end() : named.end() + OFFER_REACH]):
            continue
        keys = _offered_keys(named.group(1))
        at = named.start() + (2 if named.start() else 0)  # after the mark ending the sentence before
        span = Span.of(text, at, named.end())
        answers = [
            replace(a, answer="provided", value=None, quote=span.quote, span=span)
            if a.answer == "refused" and label_key(a.label) in keys
            else a
            for a in answers
        ]
    return answers


def _offered_keys(named: str) -> set[str]:
    """The label keys an OFFERED_FOR match names: "1, 2 and 4", "1 to 3" (a range), "(a)"."""
    numbers = [int(n) for n in re.findall(r"\d+", named)]
    if len(numbers) == 2 and RANGE_RE.search(named):  # "questions 1 to 3"
        return {label_key(str(n)) for n in range(numbers[0], min(numbers[1], numbers[0] + 30) + 1)}
    return {label_key(label) for label in OFFERED_LABEL_RE.findall(named)}


def _offers(folded: str) -> Iterator[re.Match[str]]:
    """OFFERED_FOR's matches in order, searched only from the mark before a sentence naming a question by its
    number to the mark ending the sentence after it (a search of the whole reply tries the pattern at every
    sentence start)."""
    end = 0  # where the sentences searched so far end
    for key in OFFER_KEY_RE.finditer(folded):
        if key.start() < end:
            continue
        floor = max(end - 1, 0)  # the mark ending the sentences searched before, or the reply's start
        start = max(floor, *(folded.rfind(mark, floor, key.start()) for mark in ".!?"))
        close = SENTENCE_END_RE.search(folded, key.end())
        after = SENTENCE_END_RE.search(folded, close.end()) if close else None  # "... This is attached."
        end = after.end() if after else len(folded)
        for cue in OFFERED_FOR:
            yield from cue.compiled.finditer(folded, start, end)


def _answer_before(answers: Sequence[Answer], at: Span | None) -> Answer | None:
    """The answer whose text ends last before `at` begins ("Parts 2 and 3 rely on the same search.", found before
    part 1 when the parts were read out of order, takes part 1's class)."""
    before = [a for a in answers if at is not None and a.text_span is not None and a.text_span.end <= at.start]
    return max(before, key=lambda a: a.text_span.end if a.text_span else 0, default=None)


def _features(reading: _Reading, kind: str, seg: Segment, shared: bool) -> dict[str, float]:
    """What the confidence model (foitrack.lexicon.confidence) weighs: how the class was decided, the
    deciding cue's weight and lead, the class, and whether the answer is shared, mixed, long, redirected,
    gives a figure or reads like a question (a sign that questions and answers were paired wrongly)."""
    yes_no = is_yes_no_question(seg.question)
    body = _body(seg.answer_text)
    units = _units(body)
    return {
        f"how_{reading.how}": 1.0,
        f"class_{kind}": 1.0,
        "score": reading.score,
        "margin": reading.margin,
        "shared": float(shared),
        "yes_no": float(yes_no),
        "redirected": float(kind != reading.kind),
        "mixed": float(_is_mixed(units[:MIXED_UNITS], yes_no)),
        "figure": float(any(map(_has_figure, units))),  # per sentence (cached), not the whole body again
        "long": float(len(units) > 3),
        "very_long": float(len(units) > 10),
        "question_like": float(bool(units) and _says("question_like", units[0])),
    }


def _is_mixed(units: Sequence[str], yes_no: bool) -> bool:
    """True when the sentences carry more than one class, read up to the sentence that shows it. A sentence
    without a cue can only add "provided" (with a figure), so its figure is looked for only beside another class."""
    kinds: set[str | None] = set()
    held_back: list[str] = []  # sentences without a cue, read before any class
    for unit in units:
        evidence = _cued_unit(unit, yes_no)
        if evidence is None:
            if not kinds:
                held_back.append(unit)
            elif "provided" not in kinds and _has_figure(unit):
                return True
            continue
        kinds.add(evidence.kind)
        if len(kinds) > 1 or (evidence.kind != "provided" and any(map(_has_figure, held_back))):
            return True
        held_back = []
    return False
