"""Years as replies write them, shared by the money extractor and compare (which must not import
the extractor: ~11 ms at start-up).

A year an amount is for: a financial year "2021-22", "2021/22", "2021-2022" or a calendar year
"2023"; never the year of an Act ("Act 2000") or part of a bigger number.
"""

from __future__ import annotations

import re

YEAR = r"(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?(?![\d/]|-\d|,\d|\.\d)"
DIGITS = re.compile(r"\d+")
YEAR_TOKEN = re.compile(rf"(?<![\w£$/.,-])(?<!Act )(?<!Acts )(?<!Regulations )(?<!Order ){YEAR}")


def normal_year(year: str) -> str:
    """A year as foitrack writes it: "2021/22", "2021-2022" and "2021–22" -> "2021-22"; "2023" as is;
    two years that do not follow each other ("2015-2024") -> "2015 to 2024"."""
    digits: list[str] = DIGITS.findall(year)
    if len(digits) == 1:
        return digits[0]
    first, second = digits[0], digits[1]
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    if end == int(first) + 1:
        return f"{first}-{str(end)[2:]}"
    return f"{first} to {end}"
