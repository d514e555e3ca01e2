"""Page furniture as data: each kind of line that is never part of a reply is one `Furniture` entry.

A page number, a cookie banner, a breadcrumb, a rule, a protective marking: foitrack.text.view blanks
a logical line (a line and the lines wrapped from it) that one of these patterns matches as a whole.
Every entry carries lines it must match and lines it must not; tests/test_text_view.py is generated
from them (each example is blanked inside a reply, each counter-example kept).

Invariants: patterns are written in lower case and fullmatched on the stripped line lower-cased with its
words one space apart; a line ending in "?" is never furniture unless it asks about "this page".
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FURNITURE", "Furniture"]


@dataclass(frozen=True)
class Furniture:
    """A kind of line that is never part of the reply, with lines it must and must not match."""

    kind: str
    pattern: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()
    """Substrings one of which every matching line holds (none: always tried, best for a pattern that fails on a
    line's first characters, as an anchored literal does); a line without them skips the pattern."""


FURNITURE: tuple[Furniture, ...] = (
    Furniture(
        "page-number",
        r"page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-",
        ("Page 2 of 3", "page 4", "- 3 -"),
        ("Page 2 of the report sets this out", "2. How many staff?", "2019", "12", "3 of 5"),
    ),
    Furniture(
        "page-footer",
        r"[^.?!:;]{2,60}(?<!\bon)(?<!\bsee)(?<!\bat)(?<!\bin)(?<!\bto)\s+page\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}",
        (
            "Anytown Borough Council Page 1 of 2",
            "Ref FOI/24/118 Page 2 of 3",
            "Example Trust, Ref AB/2024/12 Page 1 of 4",
        ),
        ("The figures are set out on page 2 of 5", "Please see page 3 of 4", "Page 2 of 3 sets this out."),
        needles=("page",),
    ),
    Furniture(
        "rule",
        r"[_=]*(?:_{5}|={5})[_=]*",
        ("________________________________________", "=========="),
        ("Name: __________", "a_b_c", "__==__"),
    ),
    Furniture(
        "welsh-language",
        r".*\b(?:croesewir|croesawu|croesawn) (?:gohebiaeth|ohebiaeth)\b.*|we welcome correspondence in welsh\b.*",
        (
            "We welcome correspondence in Welsh",
            "www.example.gov.uk Croesewir gohebiaeth yn Gymraeg",
            "Rydym yn croesawu gohebiaeth yn Gymraeg",
        ),
        ("We welcome correspondence from residents about recycling.",),
        needles=("ohebiaeth", "welcome correspondence"),
    ),
    Furniture(
        "protective-marking",
        r"(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s+)?(?:official(?:[- ]sensitive)?|not protectively marked)"
        r"(?:\s+page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)?",
        ("OFFICIAL", "OFFICIAL Page 1 of 3", "Page 2 of 4 OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED"),
        ("Official statistics are published monthly.", "Official 12", "Page 2 sets out the official figures"),
    ),
    Furniture(
        "cookies",
        r"(?=.*\b(?:use|accept|reject|preferences|settings|policy|notice|essential|analytics|"
        r"consent|saved|manage|customise|customize)\b).*\bcookies?\b.*|(?:accept|reject|manage|customise|customize)"
        r"(?: all| optional| additional| analytics)? cookies.*|cookie (?:settings|preferences|policy|notice)",
        (
            "We use some essential cookies to make our website work.",
            "Your cookie preferences have been saved.",
            "Accept all cookies",
            "Cookie settings",
        ),
        ("We do not hold records of cookies sold in school canteens.",),
        needles=("cookie",),
    ),
    Furniture(
        "navigation",
        r"skip to (?:main )?content|leave this site|back to top|(?:main |site )?menu|search this site|"
        r"(?:you are here:?\s*)?home\s*(?:>|»|/|\|)\s*.*|print this page|share this page|"
        r"(?:was|is) this page (?:useful|helpful)\??.*",
        (
            "Skip to main content",
            "Home > Access to information > FOI disclosure log",
            "Back to top",
            "Was this page useful?",
            "Is this page useful? Yes No",
        ),
        ("Home Office", "Is this page of the manual still in use?", "Home to school transport costs were £1.2m"),
    ),
)
