"""Tests generated from the legal lexicon (foitrack.lexicon.legal): each example hits its cue and
fires its kind, each counter-example does neither, and every named ground has a provision per regime."""

from __future__ import annotations

import pytest
from conftest import example_cases

from foitrack.extract.fold import fold
from foitrack.lexicon import Cue
from foitrack.lexicon.legal import ACT_NAMES, GROUNDS, LEGAL_LEXICON, NAMED_GROUNDS


@pytest.mark.parametrize(("cue", "text"), example_cases(LEGAL_LEXICON.cues, "examples"))
def test_example_hits_its_cue(cue: Cue, text: str) -> None:
    found = cue.compiled.search(fold(text))
    assert found, f"{cue.name} does not match {text!r}"
    assert not cue.needles or any(n in found.group(0) for n in cue.needles), "the match holds one of the needles"
    assert LEGAL_LEXICON.fires(cue.kind, fold(text)) is (cue.weight > 0), "a veto's example cancels its kind"


@pytest.mark.parametrize(("cue", "text"), example_cases(LEGAL_LEXICON.cues, "counter_examples"))
def test_counter_example_misses_its_cue(cue: Cue, text: str) -> None:
    assert cue.compiled.search(fold(text)) is None, f"{cue.name} matches {text!r}"


def test_every_named_ground_has_provisions_written_as_the_schema_does() -> None:
    assert {c.kind for c in NAMED_GROUNDS} == set(GROUNDS)
    for provisions in GROUNDS.values():
        assert provisions.get("foia", "s").startswith("s") and provisions.get("foisa", "foisa-s").startswith("foisa-s")
        assert all(provisions.get(r, "eir-").startswith("eir-") for r in ("eir", "eisr"))
        assert set(provisions) <= {"foia", "foisa", "eir", "eisr"} and provisions


def test_patterns_are_lower_case() -> None:
    for cue in LEGAL_LEXICON.cues:
        assert cue.pattern == cue.pattern.lower() or "\\" in cue.pattern, cue.name


@pytest.mark.parametrize(
    ("cue", "text", "hits"),
    [
        pytest.param(cue, text, hits, id=f"{cue.name}:{text[:40]}")
        for cue in ACT_NAMES
        for hits, texts in ((True, cue.examples), (False, cue.counter_examples))
        for text in texts
    ],
)
def test_an_act_name_cue_reads_the_text_as_written(cue: Cue, text: str, hits: bool) -> None:
    assert (cue.compiled.search(text) is not None) is hits
