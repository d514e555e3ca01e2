"""The label grammar, tested from its own table: every example of a kind reads as that kind, with the
label, key and range end it lists, and no counter-example reads as that kind."""

from __future__ import annotations

import pytest

from foitrack.text.labels import (
    LABEL_KINDS,
    expand_range,
    is_successor,
    label_key,
    label_tail,
    parse_label,
    roman_value,
)

EXAMPLES = [(kind.name, *example) for kind in LABEL_KINDS for example in kind.examples]
COUNTER = [(kind.name, line) for kind in LABEL_KINDS for line in kind.counter_examples]


@pytest.mark.parametrize(("kind", "line", "written", "key", "to"), EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_each_example_reads_as_its_kind(kind: str, line: str, written: str, key: str, to: str) -> None:
    label = parse_label(line)
    assert label is not None
    assert (label.kind, label.written, label.key, label.to or "") == (kind, written, key, to)
    assert label_key(label.written) == key
    assert line[label.end :].strip() == line[label.end :]  # the item's text starts right after the label


@pytest.mark.parametrize(("kind", "line"), COUNTER, ids=[c[1] for c in COUNTER])
def test_no_counter_example_reads_as_its_kind(kind: str, line: str) -> None:
    label = parse_label(line)
    assert label is None or label.kind != kind


def test_every_kind_has_examples_and_counter_examples() -> None:
    assert all(kind.examples and kind.counter_examples for kind in LABEL_KINDS)
    assert len({kind.name for kind in LABEL_KINDS}) == len(LABEL_KINDS)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Q1", "1"), ("Question 2a", "2A"), ("(b)", "b"), ("Question one", "1"), ("4.1.", "4.1"), ("IV", "iv")],
)
def test_label_key_makes_spellings_of_one_label_equal(a: str, b: str) -> None:
    assert label_key(a) == label_key(b)


def test_label_key_keeps_distinct_labels_apart() -> None:
    keys = [label_key(label) for label in ("4.1", "41", "1a", "1", "a", "i", "ii")]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("1", "2", True),
        ("Q2", "3", True),
        ("1a", "b", True),
        ("1i", "ii", True),
        ("2iii", "iv", True),
        ("1i", "iii", False),
        ("4.1", "4.2", True),
        ("ii", "iii", True),
        ("iv", "v", True),
        ("h", "i", True),
        ("2", "4", False),
        ("b", "a", False),
        ("1a", "2b", False),
    ],
)
def test_is_successor(before: str, after: str, expected: bool) -> None:
    assert is_successor(before, after) is expected


def test_roman_values_and_ranges() -> None:
    assert [roman_value(k) for k in ("i", "iv", "ix", "xii", "ab")] == [1, 4, 9, 12, None]
    assert expand_range("Q2", "4") == ["Q2", "Q3", "Q4"]
    assert expand_range("3", None) == ["3"]
    assert expand_range("Q1", None, "4") == ["Q1", "Q4"]
    assert expand_range("b", None, "d") == ["b", "d"]
    assert expand_range("Q4a", "b") == ["Q4a", "Q4b"]
    assert expand_range("2", None, "3b") == ["2", "3b"]


@pytest.mark.parametrize(
    ("line", "also"),
    [
        ("2 & 5. See the table", "5"),
        ("Q1 and Q4 - Not held", "4"),
        ("(b) and (e) Refused", "e"),
        ("1 & 2. Not held", None),  # in turn: a range
        ("Parts 2 and 6 would take too long", None),  # a sentence about them, no mark after the labels
        ("Q4.1 & 3 see above", None),  # after a decimal: 4.3 or 3, unclear
        ("2 and 3b: Not held", "3b"),  # a part of another number: named with the first, no range's end
        ("4a & 4c. Refused", "4c"),  # parts of one number not in turn
        ("4a and 4b. Not held", None),  # in turn: a range of its letters
        ("(iv) and (v) Costs by year", "v"),  # numerals: each named, never a range of letters
        ("(ii) & (viii) Not held", "viii"),
    ],
)
def test_second_label_named_with_the_first(line: str, also: str | None) -> None:
    label = parse_label(line)
    assert label is not None and label.also == also


@pytest.mark.parametrize(
    ("key", "tail"), [("3b", "b"), ("1ii", "ii"), ("4.1b", "b"), ("b", "b"), ("iv", "iv"), ("3", ""), ("4.1", "")]
)
def test_label_tail(key: str, tail: str) -> None:
    assert label_tail(key) == tail
