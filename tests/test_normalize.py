"""normalise(): each artefact it cleans, what it must keep, speed, and never-raise / idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from foitrack.errors import FoitrackError
from foitrack.ingest import read_document
from foitrack.models import CHECKED, PAGE_BREAK, UNCHECKED
from foitrack.normalize import normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the \ufb01nal \ufb02oor", "the final floor"),
        ("the council\u2019s \u201creply\u201d", 'the council\'s "reply"'),
        ("2019\u201320 \u2014 and \u22125", "2019-20 - and -5"),
        ("sof\u00adt zero\u200bwidth pdf\x02ium", "soft zerowidth pdfium"),
        ("one\u00a0two\u202fthree", "one two three"),
        ("informa-\ntion", "information"),
        ("informa-\n tion", "information"),
        # the rest of the next line stays a line of its own, at its indent: lines keep their width
        ("the informa-\ntion you asked for", "the information\nyou asked for"),
        ("paid to Nor-\n folk and Suffolk", "paid to Norfolk\n and Suffolk"),
        ("the informa-\ntion.\nNext", "the information.\nNext"),
        ("2014-\n15", "2014-\n15"),
        ("Mid-\nYear", "Mid-\nYear"),
        ("spend -\nsaving", "spend -\nsaving"),
        ("roughly $\\pounds 10$ million", "roughly £10 million"),
        ("costs \\pounds{}5 each", "costs £5 each"),
        ("$ 2,500 $ and \\$40", "2,500 and $40"),
        ('<input checked="" type="checkbox"/> No', f"{CHECKED} No"),
        ('<input type="checkbox"/> Yes', f"{UNCHECKED} Yes"),
        ("\u2612 Yes \u2610 No", f"{CHECKED} Yes {UNCHECKED} No"),
        ('see <a href="https://example.org/p.pdf">the policy</a>.', "see the policy."),
        ('see <a href="https://example.org/p.pdf"></a>.', "see https://example.org/p.pdf."),
        ("first<br>second<BR/>third", "first\nsecond\nthird"),
        ("<span class='x'>kept</span><o:p></o:p>", "kept"),
        ("fewer than <5 cases; a < b", "fewer than <5 cases; a < b"),
        ("R&amp;D costs &pound;5 &#163;6 &#xA3;7", "R&D costs £5 £6 £7"),
        ("AT&T and &copy without semicolon", "AT&T and &copy without semicolon"),
        ("## **REQUEST**", "REQUEST"),
        ("some __bold__ and **strong** words", "some bold and strong words"),
        ("snake_case and __init__ stay", "snake_case and init stay"),
        ("vawq\\_strategy and 1\\. first", "vawq_strategy and 1. first"),
        ("C:\\Users\\me", "C:\\Users\\me"),
        ("- a bullet stays", "- a bullet stays"),
        ("tabs\there  and   spaces   ", "tabs here and spaces"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\r\nb\rc", "a\nb\nc"),
        (f"page one{PAGE_BREAK}page two", f"page one{PAGE_BREAK}page two"),
        ("", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_line_structure_is_kept() -> None:
    raw = "Q1. Do you hold it?\nAnswer: Yes\n\nQ2. How much?\nAnswer: \u00a3500"
    assert normalise(raw).splitlines() == raw.splitlines()


ARTEFACTS = st.sampled_from(
    [
        "**",
        "__",
        "#",
        "## ",
        "-\n",
        "\n",
        "\n\n\n\n",
        " ",
        "\t",
        "\\",
        "\\_",
        "$",
        "\\pounds ",
        "&amp;",
        "&lt;",
        "&#8211;",
        "<b>",
        "</a>",
        '<a href="u">',
        "<br>",
        '<input type="checkbox" checked>',
        "\u00ad",
        "\u200b",
        "\x02",
        "\ufb01",
        "\u2019",
        "\u2013",
        "\u00a0",
        "\u0301",
        "e",
        "x",
        "1",
        "\f",
        "\r",
        "<5",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(ARTEFACTS, st.text(max_size=3)), max_size=40).map("".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("a-\ra-\ra")  # a joined word's end itself ending in a line-end hyphen: joined in the same pass
def test_normalise_never_raises_and_is_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once


SUFFIXES = [
    ".txt",
    ".md",
    ".html",
    ".pdf",
    ".docx",
    ".eml",
    ".xlsx",
    ".csv",
    ".odt",
    ".rtf",
    ".doc",
    ".msg",
    ".bin",
    "",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES))
def test_read_document_on_arbitrary_bytes_raises_only_foitrack_errors(data: bytes, suffix: str) -> None:
    try:
        document = read_document(Path(f"input{suffix}"), data)
    except FoitrackError:
        return
    normalise(document.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(
        [b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf1 ", b"From: a\n"]
    ),
    body=st.binary(max_size=1024),
    suffix=st.sampled_from(SUFFIXES),
)
def test_read_document_on_fake_signatures_raises_only_foitrack_errors(prefix: bytes, body: bytes, suffix: str) -> None:
    try:
        read_document(Path(f"input{suffix}"), prefix + body)
    except FoitrackError:
        pass


def test_a_table_laid_out_with_runs_of_spaces_has_its_cells_joined_by_bars() -> None:
    raw = (
        "Our replies are below.\n\n"
        "Ref  Item asked about                     Held   Comment\n"
        "1    Does the depot run a night shift?    Y      Since 2020, three\n"
        "                                                 staff a night\n"
        "2    Is the yard open to the public?      N\n"
        "3    How many vans are kept on the        -      Eleven\n"
        "     site?\n\n"
        "Ref:     QX-7\n"
        "Date:    4 May 2025\n"
    )
    assert normalise(raw).split("\n") == [
        "Our replies are below.",
        "",
        "Ref | Item asked about | Held | Comment",
        "1 | Does the depot run a night shift? | Y | Since 2020, three",
        "| | | staff a night",
        "2 | Is the yard open to the public? | N",
        "3 | How many vans are kept on the | - | Eleven",
        "| site?",
        "",
        "Ref: QX-7",  # fields set apart by spaces are no table: two cells, after a colon
        "Date: 4 May 2025",
        "",
    ]


def test_runs_of_spaces_that_line_up_no_columns_are_only_spacing() -> None:
    # two sentences a line, a label and its text: gaps, but no two rows of three cells starting at the same columns
    raw = "We hold it.  It is attached.  Ask if not.\nA second line.  It wraps here.  And again.\n1.    First item\n"
    # a table of figures keeps its spaces' reading (the readers of amounts read its rows by them)
    assert normalise("Year   Vans   Cost\n2023   14     3,050\n2024   15     2,980\n") == (
        "Year Vans Cost\n2023 14 3,050\n2024 15 2,980\n"
    )
    squeezed = "We hold it. It is attached. Ask if not.\nA second line. It wraps here. And again.\n1. First item\n"
    assert normalise(raw) == squeezed


def test_a_line_of_a_space_table_that_lost_its_indent_is_left_and_the_rows_after_it_are_still_rows() -> None:
    raw = (
        "No.  Question                              Y/N\n"
        "1    Is the depot staffed at night, and    Y\n"
        "by how many?\n"
        "2    Is the yard open to the public?       N\n"
    )
    assert normalise(raw).split("\n") == [
        "No. | Question | Y/N",
        "1 | Is the depot staffed at night, and | Y",
        "by how many?",
        "2 | Is the yard open to the public? | N",
        "",
    ]


def test_a_two_column_request_response_table_is_read_column_by_column() -> None:
    # the second column starts where the rows' second cells do, left of its centred title; a wrapped question's
    # lines carry its answer's words beside them, and the table ends at a blank line followed by prose
    raw = (
        "Request                                   Response\n"
        "1. How many gritting lorries      Nine lorries, two of them\n"
        "does the depot keep?              hired for the winter.\n"
        "2. Were any sold in 2024?         No.\n"
        "\n"
        "3. Is the salt store covered?     Yes, since March.\n"
        "\n"
        "Please contact us with any questions     about this reply.\n"
    )
    assert normalise(raw).split("\n") == [
        "Request Response",
        "1. How many gritting lorries does the depot keep?",
        "Nine lorries, two of them",
        "hired for the winter.",
        "2. Were any sold in 2024?",
        "No.",
        "3. Is the salt store covered?",
        "Yes, since March.",
        "",
        "Please contact us with any questions about this reply.",
        "",
    ]
    assert normalise(normalise(raw)) == normalise(raw)


def test_two_columns_without_numbered_rows_or_titles_are_only_spacing() -> None:
    # under the titles but no numbered row: the lines are left as they were (their spaces squeezed)
    unnumbered = "Question       Answer\nHow many vans?     Eleven\nAny sold?          None\n"
    assert normalise(unnumbered) == "Question Answer\nHow many vans? Eleven\nAny sold? None\n"
    # numbered rows in two columns without the titles above them: no table of this kind
    untitled = "1. How many vans?     Eleven\n2. Any sold?          None\n"
    assert normalise(untitled) == "1. How many vans? Eleven\n2. Any sold? None\n"


def test_a_request_response_table_laid_out_with_tabs_has_its_cells_joined_by_bars() -> None:
    raw = "Our reply:\n\nQuestion\tAnswer\n1(a) Is the depot open at night?\tYes\n2 Vans kept\t\t11\n\nA note\tafter\n"
    assert normalise(raw).split("\n") == [
        "Our reply:",
        "",
        "Question | Answer",
        "1(a) Is the depot open at night? | Yes",
        "2 Vans kept | 11",
        "",
        "A note after",
        "",
    ]


def test_a_tab_tables_cell_wrapped_onto_a_line_of_its_own_does_not_end_it() -> None:
    raw = "Request\tResponse\n1. Vans by year\t2023: 11\n2024: 12\n2. Depots\t3\n\nA note\tafter\n"
    assert normalise(raw).split("\n")[:5] == [
        "Request | Response",
        "1. Vans by year | 2023: 11",
        "2024: 12",
        "2. Depots | 3",
        "",
    ]


def test_a_spreadsheets_rows_divided_by_commas_or_tabs_have_their_cells_joined_by_bars() -> None:
    rows = ["Month,Visits,Spend (GBP)", 'Apr-24,41,"1,842.00"', "May-24,,988.50", "TOTAL,79,2830.50"]
    assert normalise("Figures:\n" + "\n".join(rows) + "\n").split("\n")[1:5] == [
        "Month | Visits | Spend (GBP)",
        "Apr-24 | 41 | 1,842.00",
        "May-24 | | 988.50",
        "TOTAL | 79 | 2830.50",
    ]
    tabbed = "Site\tBins\tCost\nNorth\t4\t£120\nSouth\t6\t£180\n"
    assert normalise(tabbed) == "Site | Bins | Cost\nNorth | 4 | £120\nSouth | 6 | £180\n"


@pytest.mark.parametrize(
    "lines",
    [
        "We paid £145,511 in 2021.\n£317,801 in 2022\n£279,510 in 2023\n",  # a number's commas divide no cells
        "Ref:\tAB-1\nReceived:\t3 May 2024\nSent:\t9 May 2024\n",  # a field's label: no table header
        "1.\tHow many vans?\n2.\tHow many drivers?\n3.\tWhat did they cost?\n",  # numbered questions
        "Yes,we hold it\nNo,not held\nSee 3,below\n",  # a figure in one row only
    ],
)
def test_lines_that_are_no_spreadsheets_rows_keep_their_commas_and_tabs_as_written(lines: str) -> None:
    assert " | " not in normalise(lines)


def test_figures_laid_out_with_tabs_under_no_column_titles_are_left_as_spacing() -> None:
    assert normalise("Year\tSpend\n2023\t£40\n") == "Year Spend\n2023 £40\n"
