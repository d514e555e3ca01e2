"""The line index that dates and reference read labelled lines through."""

from foitrack.text.lines import Line, Lines


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
