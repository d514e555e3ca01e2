"""read_ocr_figures: figures OCR damaged read as their digits, every other character and offset kept."""

from __future__ import annotations

import pytest

from foitrack.extract import extract_all
from foitrack.text.ocr_figures import read_ocr_figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wibble Council spent £4I,2O8 on it.", "Wibble Council spent £41,208 on it."),
        ("a total of f327,116 and f3.92m.", "a total of £327,116 and £3.92m."),
        ("Date: 3O April 2O25", "Date: 30 April 2025"),
        ("Date of response: O2/07/2025", "Date of response: 02/07/2025"),
        ("1,O37 visits", "1,037 visits"),
    ],
)
def test_damaged_figure_is_read_as_its_digits(text: str, read: str) -> None:
    assert read_ocr_figures(text) == read


@pytest.mark.parametrize(
    "text", ["Our ref: FOI/2O25/0l3", "The Office of IT", "Q1 l) Yes", "section f3 applies", "Wibble Ward £ lOO"]
)
def test_words_labels_and_references_are_left_alone(text: str) -> None:
    assert read_ocr_figures(text) == text


def test_length_is_kept() -> None:
    text = "Cyngor Wibble ŵ £7,O84,2l6 on 3O May 2O25, ref 2O25/0l3"
    assert len(read_ocr_figures(text)) == len(text)


def test_quotes_are_the_letters_own_words() -> None:
    text = "Wibble Council spent £4I,2O8 on signs; the fee was f3.92m.\n"
    amounts = extract_all(text).amounts
    assert [amount.gbp for amount in amounts] == [41208, 3920000]
    assert [amount.span.quote for amount in amounts] == ["£4I,2O8", "f3.92m"]
    assert all(text[amount.span.start : amount.span.end] == amount.text for amount in amounts)
