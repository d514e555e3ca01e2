"""HTML pages and HTML email bodies: visible words, table rows, checkboxes, title."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_build import HTML_SAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
        ("<pre>\n  kept\n  lines</pre>after", "kept\nlines\n\nafter"),
        ("<p>a</p></p>b", "a\n\nb"),
        ("<template><p>not shown</p></template>shown", "shown"),
        ("<svg><text>drawn</text></svg><noscript>enable js</noscript>read", "read"),
        ("<p>" + "<div>" * 3000 + "deep", "deep"),
        # past MAX_NESTING (4,000) open at once: the plain reading; many tags, none deep: the parser
        ("<div>" * 4001 + "<script>x</script>past", "past"),
        ("<b>a</b>" * 4001 + "<table><tr><td>c</td><td>d</td></tr></table>", "a" * 4001 + "\n\nc | d"),
        ("<form><input type=checkbox checked> Yes <input type=CHECKBOX> No</form>", f"{CHECKED} Yes {UNCHECKED} No"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup)[0] == expected


def test_declared_windows_charset_is_honoured() -> None:
    markup = '<html><meta charset="iso-8859-1"><p>\u201cquoted\u201d \u00a35</p></html>'.encode("cp1252")
    assert "\u201cquoted\u201d \u00a35" in read_document(Path("a.html"), markup).text


def test_html_without_suffix_is_sniffed() -> None:
    assert read_document(Path("page"), b"<!DOCTYPE html><p>Held</p>").kind == "html"


MARKUP = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<pre>", "</pre>", "<li>"]),
        st.sampled_from(["<title>", "</title>", "<head>", "<body>", "<script>", "</script>", "<br/>", "<div>"]),
        st.sampled_from(["<input type=checkbox checked>", "&amp;", "&pound", "&#0;", "<!--", "-->", "\x1d", "\r\n"]),
        st.text(max_size=4),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP)
def test_html_to_text_never_raises(markup: str) -> None:
    text, title = html_to_text(markup)
    assert "\x1d" not in text and text == text.strip() and "\n\n\n" not in text
    assert title == title.strip()
