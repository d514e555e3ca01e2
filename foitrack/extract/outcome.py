"""Decide the outcome of an FOI reply as a whole: granted, partial, refused or not_held.

The outcome follows from the answers: all answered (provided, yes, no, none, N/A) is
granted, unless the reply also relies on an exemption for part of it or says in so many
words that only part is given ("any other information is exempt"), which makes it partial;
answered questions next to refused or not-held ones are partial; no answered question and
at least one refusal is refused (refused and not-held parts together too); nothing but
not-held answers is not_held, or partial where the reply says part of it is held.
A text with no answers is judged from the reply's own words
(foitrack.lexicon.outcome); a text that holds no reply (an acknowledgement, a cut page, a
form that is not an FOI reply) has no outcome (None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from foitrack.extract.fold import fold, fold_text
from foitrack.lexicon.answers import ANSWER_LEXICON
from foitrack.lexicon.outcome import OUTCOME_LEXICON as LEX
from foitrack.models import Answer, Exemption

POSITIVE = {"provided", "yes", "no", "none"}
NEGATIVE = {"refused", "not_held"}
# Provisions that say the information is not held (FOIA s1(1)(a), a FOISA s17 notice, EIR 12(4)(a) and its
# Scottish twin 10(4)(a)), the refusal notice itself (FOIA s17, EIR 14) and FOISA s39(2), which sends environmental
# information to the Scottish EIRs, where it is then answered: none withholds anything.
NOT_HELD_PROVISIONS = re.compile(r"s1(?:\(.*)?|foisa-s17(?:\(.*)?|eir-12\(4\)\(a\)|eir-10\(4\)\(a\)")
NOTICE_PROVISIONS = re.compile(r"s17(?:\(.*)?|eir-14(?:\(.*)?|foisa-s39\(2\)")


def _relies_on_exemption(exemptions: Sequence[Exemption]) -> bool:
    """Whether the reply withholds something under an exemption (not a not-held or notice provision)."""
    return any(not (NOT_HELD_PROVISIONS.fullmatch(e.code) or NOTICE_PROVISIONS.fullmatch(e.code)) for e in exemptions)


def _says_part_given(folded: str) -> bool:
    """Whether the reply says only part is given, in its own words or by calling itself part met."""
    return LEX.fires("partial", folded) or LEX.fires("called_partial", folded)


def _from_text(folded: str, exemptions: Sequence[Exemption]) -> str | None:
    """The outcome of a reply whose questions were not found one by one, from its own words."""
    if _says_part_given(folded) or LEX.fires("partly_held", folded):
        return "partial"
    if _relies_on_exemption(exemptions):
        return "refused"
    if any(NOT_HELD_PROVISIONS.fullmatch(e.code) for e in exemptions):
        return "not_held"
    if exemptions and ANSWER_LEXICON.fires("refused", folded):
        return "refused"
    if ANSWER_LEXICON.fires("not_held", folded):
        return "not_held"
    if LEX.fires("handed_over", folded) or LEX.fires("responds", folded):
        return "granted"
    return None


def decide_outcome(text: str, answers: Sequence[Answer], exemptions: Sequence[Exemption]) -> str | None:
    """granted | partial | refused | not_held for a reply, or None when the text holds no reply."""
    folded = fold_text(text)
    if not (any(not a.text.startswith("[") for a in answers) or LEX.fires("reply", folded)):
        return None
    read = [a for a in answers if not LEX.fires("acknowledgement", fold(a.text))]  # not mere acknowledgements
    if not read:
        return None if LEX.fires("acknowledgement", folded) and not exemptions else _from_text(folded, exemptions)
    return _from_answers(read, folded, exemptions, partial(_refused_as_a_whole, text, folded, read))


def _outside_refused_answers(text: str, answers: Sequence[Answer]) -> str:
    """The reply with the text of its refused answers blanked out (kept the same length)."""
    for answer in answers:
        if answer.answer == "refused" and answer.text_span is not None:
            start, end = answer.text_span.start, answer.text_span.end
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _refused_as_a_whole(text: str, folded: str, answers: Sequence[Answer]) -> bool:
    """Whether the reply refuses the request as a whole ("complying with your request would exceed the limit").

    "The report is withheld in full" refuses the whole request only where the words are not one refused
    answer's own: inside the answer to one question it refuses that question, beside others answered.
    """
    if LEX.fires("refused_whole", folded):
        return True
    return LEX.fires("withheld_whole", fold_text(_outside_refused_answers(text, answers)))


def _from_answers(
    answers: Sequence[Answer], folded: str, exemptions: Sequence[Exemption], refused_whole: Callable[[], bool]
) -> str:
    """The outcome the answer classes give, with the reply's own words where it says it was part-met."""
    relied = _relies_on_exemption(exemptions)
    positive = [a for a in answers if a.answer in POSITIVE]
    negative = [a.answer for a in answers if a.answer in NEGATIVE]
    part_given = partial(_says_part_given, folded)  # read only where it decides: it searches the whole reply
    if positive:
        if relied and refused_whole() and not (part_given() or LEX.fires("handed_over", folded)):
            return "refused"  # the request refused as a whole: what looks answered is the request read back
        # a reply calling itself "partially disclosed" (a page's stock status) that answers everything and relies
        # on no exemption is granted (SCHEMA: every question answered)
        return "partial" if negative or relied or LEX.fires("partial", folded) else "granted"
    if negative and part_given():
        return "partial"
    if "refused" in negative or relied:
        return "refused"
    if negative:
        return "partial" if LEX.fires("partly_held", folded) else "not_held"
    return "granted"
