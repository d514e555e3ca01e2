"""Tests generated from the lexicon entries: each example hits its cue and reads as its kind,
each counter-example does neither; plus the lexicon's invariants and the cue report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from foitrack.extract.answers import classify_answer, is_yes_no_question
from foitrack.extract.fold import fold
from foitrack.lexicon import Cue, Lexicon, authority, fields, legal
from foitrack.lexicon.answers import ANSWER_LEXICON
from foitrack.lexicon.outcome import OUTCOME_LEXICON
from foitrack.lexicon.report import cue_use, main, render
from foitrack.models import ANSWER_CLASSES

OPEN_QUESTION = "What information do you hold about the scheme?"
YES_NO_QUESTION = "Do you have a policy on the scheme?"
# A signal read through the answer classifier: the question it is asked with and the class it leads to
SIGNAL_READS = {
    "refers_back": (OPEN_QUESTION, "not_applicable"),  # with no earlier answer to point at
    "hedge": (YES_NO_QUESTION, "provided"),
    "gives_reasons": (YES_NO_QUESTION, "provided"),
    "negation": (YES_NO_QUESTION, "no"),
    "relied_refusal": (OPEN_QUESTION, "refused"),
    "cost_refusal": (OPEN_QUESTION, "refused"),
    "none_reason": (OPEN_QUESTION, "none"),
    "residual_refusal": (OPEN_QUESTION, "provided"),
    "part_refusal": (OPEN_QUESTION, "provided"),
    "offers_instead": (OPEN_QUESTION, "provided"),
    "stated_yes": (YES_NO_QUESTION, "yes"),
    "stated_no": (YES_NO_QUESTION, "no"),
    "overturned": (OPEN_QUESTION, "provided"),
}
ENTRIES = [(ANSWER_LEXICON, c) for c in ANSWER_LEXICON.cues] + [(OUTCOME_LEXICON, c) for c in OUTCOME_LEXICON.cues]


def reads_as_kind(lexicon: Lexicon, cue: Cue, text: str) -> bool:
    """Whether the classifier that uses the cue's kind reads `text` as that kind."""
    if cue.kind in ANSWER_CLASSES:
        question = YES_NO_QUESTION if cue.kind in ("yes", "no") else OPEN_QUESTION
        return classify_answer(question, text)[0] == cue.kind
    if cue.kind == "yes_no_question":
        return is_yes_no_question(text)
    if cue.kind in SIGNAL_READS:
        question, kind = SIGNAL_READS[cue.kind]
        return classify_answer(question, text)[0] == kind
    return lexicon.fires(cue.kind, fold(text))


def cases(which: str) -> list[object]:
    return [
        pytest.param(lexicon, cue, text, id=f"{cue.name}:{text[:40]}")
        for lexicon, cue in ENTRIES
        for text in (cue.examples if which == "examples" else cue.counter_examples)
    ]


@pytest.mark.parametrize(("lexicon", "cue", "text"), cases("examples"))
def test_example_hits_its_cue_and_reads_as_its_kind(lexicon: Lexicon, cue: Cue, text: str) -> None:
    found = cue.compiled.search(fold(text))
    assert found, f"{cue.name} does not match {text!r}"
    assert cue.admits(found.group(0)), "the match holds one of the needles"
    supports = cue.weight > 0  # a vetoing cue's example must not read as the kind it vetoes
    assert reads_as_kind(lexicon, cue, text) is supports


@pytest.mark.parametrize(("lexicon", "cue", "text"), cases("counter_examples"))
def test_counter_example_misses_its_cue(lexicon: Lexicon, cue: Cue, text: str) -> None:
    assert not cue.compiled.search(fold(text)), f"{cue.name} matches its counter-example {text!r}"
    if cue.weight > 0:
        assert not reads_as_kind(lexicon, cue, text)


@pytest.mark.parametrize(("lexicon", "cue"), [pytest.param(lex, c, id=c.name) for lex, c in ENTRIES])
def test_entry_is_well_formed(lexicon: Lexicon, cue: Cue) -> None:
    assert cue.examples, "every cue has an example"
    assert cue.pattern == cue.pattern.lower() or "\\" in cue.pattern, "patterns are matched on folded text"
    assert not re.search(r"\(\?P<", cue.pattern), "named groups are reserved for the joined pattern"
    assert cue.weight != 0
    assert cue.kind in lexicon.kinds


NEEDLE_PROBES = (
    "no.",
    "n/a",
    "na",
    "0",
    "yes",
    "there are no such records held",
    "we hold no information as there were no incidents",
    "section 40(2) applies",
    "s.12",
    "is it open?",
    "could i have the list",
    "we consider that this request is a repeated request",
)


@pytest.mark.parametrize("text", NEEDLE_PROBES)
def test_needles_never_hide_a_match(text: str) -> None:
    # every cue that matches a probe, or any of its own examples, has a needle inside its match
    for _, cue in ENTRIES:
        for probe in (text, *map(fold, cue.examples)):
            found = cue.compiled.search(probe)
            if found:
                assert cue.admits(found.group(0)), (cue.name, probe)


def test_names_repeat_nowhere() -> None:
    names = [c.name for _, c in ENTRIES]
    assert len(names) == len(set(names))
    with pytest.raises(ValueError, match="repeat"):
        Lexicon([ANSWER_LEXICON.cues[0], ANSWER_LEXICON.cues[0]])


def test_score_takes_the_strongest_cue_and_the_veto() -> None:
    # "there are no ... held" is not held, over the weaker none cue "there are no" in the same words
    assert ANSWER_LEXICON.score("not_held", "there are no such records held") > ANSWER_LEXICON.score(
        "none", "there are no such records held"
    )
    assert not ANSWER_LEXICON.fires("not_held", "the force does hold the information but did not record it")


def test_report_lists_dead_and_single_document_cues(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Q1. Is there a lead?\nYes.\nQ2. Budget?\nNot held.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Q1. Budget?\nThis information is not held.\n", encoding="utf-8")
    uses = {u.cue.name: u.documents for u in cue_use([("a", "Yes.\nNot held."), ("b", "Not held.")])}
    assert uses["not_held_words"] == ("a", "b")
    assert uses["yes_opening"] == ("a",)
    assert uses["neither_confirm"] == ()
    text = render(cue_use([("a", "Yes.")]), 1)
    assert "answers.neither_confirm" in text.split("overfit?")[0]
    assert main([str(tmp_path)]) == 0
    assert "2 documents" in capsys.readouterr().out
    assert main([str(tmp_path / "missing")]) == 2


def test_report_counts_the_segmenters_line_cues_line_by_line() -> None:
    uses = {u.label: u.documents for u in cue_use([("a", "Dear Ms Smith\nOur Response:\n12"), ("b", "Decision")])}
    assert uses["segment.RESPONSE_HEADING (line)"] == ("a", "b")
    assert uses["segment.REQUEST_MARKER (line)"] == ()


@pytest.mark.parametrize("cue", [fields.POUNDS_NOTE, fields.SUM_IN_WORDS, authority.VALEDICTION], ids=lambda c: c.name)
def test_folded_pattern_finds_in_the_folded_text_what_the_pattern_finds(cue: Cue) -> None:
    assert not cue.folded.flags & re.IGNORECASE and cue.compiled.flags & re.IGNORECASE
    for text in (*cue.examples, *cue.counter_examples):
        found = [m.span() for m in cue.compiled.finditer(text)]
        assert [m.span() for m in cue.folded.finditer(fold(text))] == found, text


def test_warm_up_compiles_every_cue() -> None:
    # a cue compiles its pattern on first use: the warm-up before forking workers compiles every one, so that no
    # worker compiles one again
    from foitrack.extract import warm_up_extractors

    warm_up_extractors()
    held = [v for module in (authority, fields, legal) for v in vars(module).values()]
    cues = [
        *(c for _, c in ENTRIES),
        *(c for v in held for c in (v if isinstance(v, tuple) else (v,)) if isinstance(c, Cue)),
    ]
    assert len(cues) > len(ENTRIES) + 50
    assert [c.name for c in cues if "compiled" not in vars(c) or "folded" not in vars(c)] == []


def test_warm_up_compiles_normalise_column_titles() -> None:
    # normalise compiles its case-blind column titles' pattern on first use: the warm-up does it before the fork
    from foitrack import normalize
    from foitrack.extract import warm_up_extractors

    normalize._column_titles_pattern.cache_clear()
    warm_up_extractors()
    assert normalize._column_titles_pattern.cache_info().currsize == 1
