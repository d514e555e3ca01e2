"""Tests generated from the fields lexicon (foitrack.lexicon.fields): each example hits its cue,
each counter-example does not, and every entry is written as the lexicon's invariants ask."""

from __future__ import annotations

import re

import pytest
from conftest import example_cases

from foitrack.extract.fold import fold
from foitrack.lexicon import Cue
from foitrack.lexicon.fields import FIELDS_LEXICON


@pytest.mark.parametrize(("cue", "text"), example_cases(FIELDS_LEXICON.cues, "examples"))
def test_example_hits_its_cue(cue: Cue, text: str) -> None:
    found = cue.compiled.search(fold(text))
    assert found, f"{cue.name} does not match {text!r}"
    assert not cue.needles or any(n in found.group(0) for n in cue.needles), "the match holds one of the needles"


@pytest.mark.parametrize(("cue", "text"), example_cases(FIELDS_LEXICON.cues, "counter_examples"))
def test_counter_example_misses_its_cue(cue: Cue, text: str) -> None:
    assert cue.compiled.search(fold(text)) is None, f"{cue.name} matches {text!r}"


@pytest.mark.parametrize("cue", FIELDS_LEXICON.cues, ids=lambda cue: cue.name)
def test_entry_is_well_formed(cue: Cue) -> None:
    assert cue.examples and cue.counter_examples, "every cue has examples and counter-examples"
    assert cue.pattern == cue.pattern.lower() or "\\" in cue.pattern, "patterns are written in lower case"
    assert not re.search(r"\(\?P<", cue.pattern), "named groups are the readers' (they wrap the pattern)"
    assert cue.weight > 0
