"""Tests generated from the segmenter's lexicon (foitrack.lexicon.segment): each example is a line its cue
matches, each counter-example a line it must not match (both tested folded, as the segmenter reads them)."""

from __future__ import annotations

import re

import pytest
from conftest import example_cases

from foitrack.extract.fold import fold
from foitrack.lexicon import segment
from foitrack.lexicon.segment import LineCue
from foitrack.text.lines import places

CUES = {name: cue for name, cue in vars(segment).items() if isinstance(cue, LineCue)}


@pytest.mark.parametrize(("cue", "text"), example_cases(CUES.values(), "examples"))
def test_example_matches_its_cue(cue: LineCue, text: str) -> None:
    assert cue.matches(fold(text)), f"{cue.name} does not match {text!r}"


@pytest.mark.parametrize(("cue", "text"), example_cases(CUES.values(), "counter_examples"))
def test_counter_example_misses_its_cue(cue: LineCue, text: str) -> None:
    assert not cue.matches(fold(text)), f"{cue.name} matches {text!r}"


def test_every_cue_has_examples_and_counter_examples_and_a_unique_name() -> None:
    assert all(cue.examples and cue.counter_examples for cue in CUES.values())
    names = [cue.name for cue in CUES.values()]
    assert len(set(names)) == len(names)


def test_patterns_without_ignorecase_are_lower_case() -> None:
    for cue in CUES.values():
        if not cue.pattern.flags & re.IGNORECASE:
            written = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)", "", cue.pattern.pattern)  # group names may be in capitals
            assert not re.search(r"(?<!\\)[A-Z]", written), cue.name


def test_every_example_of_a_clarification_holds_one_of_the_words_tried_before_it() -> None:
    for text in segment.CLARIFICATION_SOUGHT.examples:
        assert any(word in text.lower() for word in segment.CLARIFICATION_WORDS), text


def test_every_example_of_a_cue_with_needles_holds_one_where_it_matches() -> None:
    for cue in CUES.values():
        for text in cue.examples if cue.needles else ():
            folded = fold(text)
            assert any(cue.pattern.match(folded, at) for at in places(folded, cue.needles)), (cue.name, text)


@pytest.mark.parametrize("cue", [segment.NUMBERED_AS_REQUEST, segment.KEEPS_REQUEST_NUMBERING])
def test_every_match_of_a_numbering_cue_holds_one_of_the_words_tried_before_it(cue: LineCue) -> None:
    """The segmenter tries these cues only on lines holding one of NUMBERING_WORDS: an example without one would
    pass here and never take effect on a reply."""
    for text in cue.examples:
        found = cue.pattern.search(fold(text))
        assert found is not None and any(word in found.group(0) for word in segment.NUMBERING_WORDS), text


def test_answer_marker_takes_a_bodys_initials_in_capitals_only() -> None:
    """An answer opens with the body's initials, "XCC: No." (matched on the raw line, not folded)."""
    marker = segment.ANSWER_MARKER.pattern
    assert marker.match("WBC: No.") and marker.match("KDC: 12 permits")
    assert not marker.match("NO: the scheme closed") and not marker.match("YES: in 2023")
    assert not marker.match("Wbc: 12") and not marker.match("EHCP plans: 40")
    assert not marker.match("RE: your request of 3 May") and not marker.match("FOI: 2025/118")
