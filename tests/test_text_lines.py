"""The line index that dates and reference read labelled lines through."""

import re

from foitrack.text.lines import Line, Lines, lines_of, matches_at, places


def test_pages_and_line_breaks_both_end_a_line_and_offsets_map_back() -> None:
    text = "Our ref: 123\fDate: 1 May\nend"
    lines = Lines(text)
    assert lines.texts == ["Our ref: 123", "Date: 1 May", "end"]
    assert [text[line.start : line.start + len(line.text)] for line in lines.between(0, 9)] == lines.texts
    assert lines.at(1) == Line(13, "Date: 1 May")


def test_holding_lists_each_line_once_in_order_whatever_the_word_order() -> None:
    text = "date sent\nnothing here\nreceived date: x date\n"
    assert Lines(text).holding(("received", "date"), text) == [0, 2]
    assert Lines(text).holding(("absent",), text) == []


def test_index_of_and_end_of_map_an_offset_to_its_line() -> None:
    lines = Lines("ab\fcd\n\nef")
    assert [lines.index_of(pos) for pos in range(9)] == [0, 0, 0, 1, 1, 1, 2, 3, 3]
    assert [lines.end_of(i) for i in range(4)] == [2, 5, 6, 9]


def test_lines_of_builds_the_lines_once_for_the_same_text() -> None:
    text = "a\nb"
    assert lines_of(text) is lines_of(text)
    assert lines_of(text).texts == ["a", "b"]


def test_places_lists_where_each_word_begins_overlaps_included_each_place_once() -> None:
    assert places("our ref: ourref", ("our", "ref", "ourr")) == [0, 4, 9, 12]
    assert places("((£", ("(", "£")) == [0, 1, 2]
    assert places("nothing", ("absent",)) == []


def test_places_of_several_capitalised_words_found_in_one_scan_are_those_each_word_finds() -> None:
    text = "Wibble Council, Wibble City Council and the Councillors' Trust; CouncilCouncil (£5) @x"
    for words in (("Council", "City Council", "Trust"), ("Council", "Coun", "C"), ("(", "£", "@", "Trust")):
        each = sorted({at for word in words for at in range(len(text)) if text.startswith(word, at)})
        assert places(text, words) == each, words


def test_matches_at_finds_what_finditer_finds_where_the_pattern_can_start() -> None:
    pattern = re.compile(r"(?<!\w)ab+")
    text = "ab xabb abbb abab"
    expected = [m.span() for m in pattern.finditer(text)]
    assert expected == [(0, 2), (8, 12), (13, 15)]
    assert [m.span() for m in matches_at(pattern, text, places(text, ("a",)))] == expected
    # a place inside an earlier match is skipped, as finditer goes on from a match's end
    assert [m.span() for m in matches_at(re.compile("aa"), "aaaa", [0, 1, 2])] == [(0, 2), (2, 4)]
