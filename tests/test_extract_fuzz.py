"""No exception escapes the extractors, on texts built from the pieces replies are made of.

Random characters rarely reach the code behind a label or a date, so these texts are
assembled from reply-like fragments (labels, dates, sums, sections, headings) and then
mutated with the characters whose case rules differ between str.lower() and re
(İ, ı, ſ, the Kelvin sign), which is where two crashes hid: "ſep 2024" and "SİX questions".
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from foitrack.extract import extract_all
from foitrack.models import ANSWER_CLASSES

FRAGMENTS = [
    "Q1. ",
    "Question 2: ",
    "1a) ",
    "Response: ",
    "Our response:",
    "You asked: ",
    "In response to the six questions above",
    "In response to questions 3 and 4",
    "Dear Ms Smith,",
    "Date: 3 September 2024",
    "Received: 12/03/2023",
    "Your request of 4 Sept 2024",
    "2021-22",
    "2019/20 to 2021/22",
    "£12,500",
    "£1.2m",
    "9,100 pounds",
    "£450",
    "section 40(2)",
    "s.12 of the Freedom of Information Act 2000",
    "regulation 12(4)(b)",
    "Freedom of Information (Scotland) Act 2002",
    "Not held.",
    "Yes",
    "No.",
    "None",
    "Leeds City Council",
    "STANWICK POLICE",
    "foi@leeds.gov.uk",
    "Our ref: FOI-2024-0012",
    "Amount | 2021-22 | 2022-23",
    "[x] Yes [ ] No",
    "Yours sincerely,",
    "\f",
]
TRAPS = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\ufb01"]

pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.sampled_from(TRAPS))
separators = st.sampled_from([" ", "\n", "\n\n", " | ", ""])


@st.composite
def reply_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=40))
    text = "".join(piece + sep for piece, sep in parts)
    if draw(st.booleans()):
        text = text.upper()
    return text


@settings(max_examples=300, deadline=None)
@given(reply_like())
@example("Date: 3 \u017fep 2024\nQ1. Did you? Yes")
@example("In response to the S\u0130X questions you asked:\n1. Yes")
@example("IN RESPONSE TO THE 0 QUESTIONS ABOVE\nQ1. How much? £5")
@example("Q1.  \x0c 0 ")  # a labelled line whose page break is blanked: shorter than its span
@example("£450I ")  # a figure OCR damaged: read as 4501, quoted as the text has it
def test_extract_all_never_raises(text: str) -> None:
    extraction = extract_all(text, {})
    assert all(answer.answer in ANSWER_CLASSES for answer in extraction.answers)
    for amount in extraction.amounts:
        assert text[amount.span.start : amount.span.end] == amount.span.quote
