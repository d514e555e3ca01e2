"""Tests generated from the authority lexicon (foitrack.lexicon.authority): each example hits its cue
where the extractor reads it (before or after "{body}", or in the whole text), each counter-example
does not; each word list's examples hold one of its words and its counter-examples none."""

from __future__ import annotations

import re

import pytest
from conftest import example_cases

from foitrack.extract.fold import fold
from foitrack.lexicon import Cue
from foitrack.lexicon.authority import (
    AUTHORITY_LEXICON,
    BODY_WORDS,
    COMPANY_OPENINGS,
    COMPASS_WORDS,
    DOMAIN_SKIP,
    FORM_KINDS,
    FORM_SELF_NOUNS,
    FORM_VETO,
    INITIALS_SKIP,
    KEPT_CAPITALS,
    LEAD_WORDS,
    LEGAL_FORMS,
    LETTERHEAD_VETO,
    MEMBER_VETO,
    NAME_FORMS,
    NAME_NOUNS,
    PREMISES_AFTER,
    ROLE_WORDS,
    SELF_KINDS,
    SHARED_DOMAINS,
    SMALL_WORDS,
    SUBJECT_VETO,
    TRUST_WORDS,
    WELSH_COLUMN,
    KindWords,
    Words,
)

WORD_LISTS = (
    LEAD_WORDS,
    MEMBER_VETO,
    FORM_VETO,
    SUBJECT_VETO,
    KEPT_CAPITALS,
    BODY_WORDS,
    TRUST_WORDS,
    WELSH_COLUMN,
    ROLE_WORDS,
    INITIALS_SKIP,
    COMPASS_WORDS,
    DOMAIN_SKIP,
    SHARED_DOMAINS,
    SMALL_WORDS,
    LETTERHEAD_VETO,
    NAME_NOUNS,
    PREMISES_AFTER,
    LEGAL_FORMS,
    WELSH_COLUMN,
    FORM_SELF_NOUNS,
    COMPANY_OPENINGS,
)


def _hits(cue: Cue, text: str) -> re.Match[str] | None:
    """The cue's match where the extractor looks for it."""
    if cue.name.endswith("_before"):
        return cue.compiled.search(text[: text.index("{body}")])
    if cue.name.endswith("_after"):
        return cue.compiled.match(text[text.index("{body}") + len("{body}") :])
    as_written = cue.pattern.startswith("(?i)") or cue in NAME_FORMS
    return cue.compiled.search(text if as_written else fold(text))


@pytest.mark.parametrize(("cue", "text"), example_cases((*AUTHORITY_LEXICON.cues, *NAME_FORMS), "examples"))
def test_example_hits_its_cue(cue: Cue, text: str) -> None:
    found = _hits(cue, text)
    assert found, f"{cue.name} does not match {text!r}"
    assert not cue.needles or any(n.lower() in found.group(0).lower() for n in cue.needles), "the match holds a needle"


@pytest.mark.parametrize(("cue", "text"), example_cases((*AUTHORITY_LEXICON.cues, *NAME_FORMS), "counter_examples"))
def test_counter_example_misses_its_cue(cue: Cue, text: str) -> None:
    assert _hits(cue, text) is None, f"{cue.name} matches {text!r}"


def _listed(words: Words, text: str) -> bool:
    return any(w in words.words or w.lower() in words.words for w in text.split())


@pytest.mark.parametrize(
    ("words", "text"), [pytest.param(w, t, id=f"{w.name}:{t}") for w in WORD_LISTS for t in w.examples]
)
def test_word_list_example_holds_a_listed_word(words: Words, text: str) -> None:
    assert _listed(words, text)


@pytest.mark.parametrize(
    ("words", "text"), [pytest.param(w, t, id=f"{w.name}:{t}") for w in WORD_LISTS for t in w.counter_examples]
)
def test_word_list_counter_example_holds_none(words: Words, text: str) -> None:
    assert not _listed(words, text)


@pytest.mark.parametrize(
    ("kinds", "name", "kind"),
    [pytest.param(k, n, kind, id=f"{k.name}:{n}") for k in (FORM_KINDS, SELF_KINDS) for n, kind in k.examples],
)
def test_a_name_tells_its_kind(kinds: KindWords, name: str, kind: str | None) -> None:
    assert kinds.kind_of(name) == kind


def test_every_cue_is_case_blind_or_lower_case_and_split_by_where_it_is_read() -> None:
    for cue in AUTHORITY_LEXICON.cues:
        assert cue.pattern.startswith("(?i)") or cue.pattern == cue.pattern.lower(), cue.name
        assert all("{body}" in t for t in cue.examples + cue.counter_examples) is cue.name.endswith(
            ("_before", "_after")
        ), cue.name
