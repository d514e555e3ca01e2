"""fold_text and lower_text give what fold and str.lower give, on the characters where their fast paths could differ."""

from __future__ import annotations

import pytest

from foitrack.extract.fold import fold, fold_text, lower_text

TEXTS = [
    "",
    "Not HELD",
    "We spent £1,200 in TOTAL",
    "ÉTAT Łódź £5",
    "İSTANBUL ıi ſ",
    "ΟΔΟΣ ΣΑΣ",
    "KELVIN \u212a, replacement \ufffd",
    "lone \ud800 surrogate £",
    "emoji \U0001f642 UPPER",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_folds_match_the_plain_ones(text: str) -> None:
    assert fold_text(text) == fold(text)
    assert lower_text(text) == text.lower()
