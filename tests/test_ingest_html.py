"""HTML pages and HTML email bodies: visible words, table rows, checkboxes, title."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_build import HTML_SAMPLE

from foitrack.ingest import read_document
from foitrack.ingest.html import html_to_text
from foitrack.models import CHECKED, UNCHECKED


def test_html_page_reads_visible_text_only() -> None:
    document = read_document(Path("reply.html"), HTML_SAMPLE.encode("utf-8"))
    assert document.kind == "html"
    assert document.meta["title"] == "Reply IR-0042"
    assert "hidden" not in document.text and "color" not in document.text
    assert "We hold the information & enclose it \u2013 see below." in document.text
    assert f"{CHECKED} Yes {UNCHECKED} No" in document.text


def test_table_rows_are_single_lines_in_place() -> None:
    lines = read_document(Path("reply.htm"), HTML_SAMPLE.encode("utf-8")).text.splitlines()
    assert "Year | Spend" in lines
    assert "2023 | \u00a31,200" in lines
    assert lines.index("Year | Spend") + 1 == lines.index("2023 | \u00a31,200")
    assert lines.index("Our reply") < lines.index("Year | Spend")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("line<br>next", "line\nnext"),
        ("<ul><li>first<li>second</ul>", "first\nsecond"),
        ("<table><tr><td>a<table><tr><td>x</td><td>y</td></tr></table></td><td>b</td></tr></table>", "a x | y | b"),
        ("<p>unclosed <b>bold <table><tr><td>cell", "unclosed bold\n\ncell"),
        ("<label><input type='radio' checked>Agree</label>", f"{CHECKED} Agree"),
        ("<head><style>x{}</style></head><body>shown</body>", "shown"),
        ("a &lt;5 &amp; b", "a <5 & b"),
        ("", ""),
        ("<<<>>>", "<<<>>>"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup)[0] == expected


def test_declared_windows_charset_is_honoured() -> None:
    markup = '<html><meta charset="iso-8859-1"><p>\u201cquoted\u201d \u00a35</p></html>'.encode("cp1252")
    assert "\u201cquoted\u201d \u00a35" in read_document(Path("a.html"), markup).text


def test_html_without_suffix_is_sniffed() -> None:
    assert read_document(Path("page"), b"<!DOCTYPE html><p>Held</p>").kind == "html"
