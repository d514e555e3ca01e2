"""Decide the outcome of an FOI reply as a whole: granted, partial, refused or not_held.

The outcome follows from the answers: all answered (provided, yes, no, none, N/A) is
granted, unless the reply also relies on an exemption for part of it, which makes it
partial; answered questions next to refused or not-held ones are partial; no answered
question and at least one refusal is refused; nothing but not-held answers is not_held.
A text with no answers is judged from the reply's own words; a text that holds no reply
(an acknowledgement, a cut page, a form that is not an FOI reply) has no outcome (None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from foitrack.extract.answers import NOT_HELD_RE, REFUSED_RE
from foitrack.extract.fold import cue, fold, fold_text
from foitrack.models import Answer, Exemption

POSITIVE = {"provided", "yes", "no", "none"}
NEGATIVE = {"refused", "not_held"}
NOT_RELIED = {"s1", "s17"}
# Words showing a text belongs to an information request: "Freedom of Information", "your request"
FOI_CUE_RE = re.compile(
    r"freedom of information|\bFOI|\bEIRs?\b|environmental information|your request|information request|"
    r"request for information|please (?:provide|release|confirm)|information (?:you )?requested",
    re.IGNORECASE,
)
# Part of the information held: "the information you have requested is held, in part"
PARTLY_HELD_RE = re.compile(r"held,? in part|hold some of the information|partly held", re.IGNORECASE)
# An acknowledgement, not a reply: "We will respond to your email as soon as possible"
ACKNOWLEDGEMENT_RE = re.compile(
    r"we will (?:respond|reply|be in touch)|acknowledge (?:receipt|your)|has been received and|"
    r"we aim to respond|will be (?:dealt with|responded to) within"
)
# Words every ACKNOWLEDGEMENT_RE match contains (a cheap test before the search)
ACKNOWLEDGEMENT_WORDS = ("will", "acknowledge", "received", "aim to")


def _relies_on_exemption(exemptions: Sequence[Exemption]) -> bool:
    return any(re.sub(r"\(.*", "", e.code) not in NOT_RELIED for e in exemptions)


def _from_text(text: str, exemptions: Sequence[Exemption]) -> str | None:
    """The outcome of a reply whose questions were not found one by one."""
    folded = fold_text(text)
    if _relies_on_exemption(exemptions) or (exemptions and REFUSED_RE.search(folded)):
        return "refused"
    if NOT_HELD_RE.search(folded):
        return "not_held"
    return None


def _is_reply(text: str, answers: Sequence[Answer]) -> bool:
    if FOI_CUE_RE.search(text):
        return True
    return any(not a.text.startswith("[") for a in answers)


def _acknowledges(folded: str) -> bool:
    """Whether a folded text only acknowledges the request (see ACKNOWLEDGEMENT_RE)."""
    return cue(ACKNOWLEDGEMENT_RE, ACKNOWLEDGEMENT_WORDS, folded)


def decide_outcome(text: str, answers: Sequence[Answer], exemptions: Sequence[Exemption]) -> str | None:
    """granted | partial | refused | not_held for a reply, or None when the text holds no reply."""
    if not _is_reply(text, answers):
        return None
    kinds = [a.answer for a in answers if not _acknowledges(fold(a.text))]
    if not kinds:
        return None if _acknowledges(fold_text(text)) and not exemptions else _from_text(text, exemptions)
    positive = any(k in POSITIVE for k in kinds)
    negative = [k for k in kinds if k in NEGATIVE]
    if positive:
        return "partial" if negative or _relies_on_exemption(exemptions) else "granted"
    if "refused" in negative:
        return "refused"
    if negative:
        return "partial" if PARTLY_HELD_RE.search(text) else "not_held"
    return "granted"
