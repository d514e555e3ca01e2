"""The reading view of a reply: the normalised text as extractors should read it.

A PDF wraps a paragraph at the page width and repeats its header and footer on every page; a
web page brings cookie banners, breadcrumbs and "Page 2 of 3". The same reply as plain text
has none of that, so extractors reading the raw lines see a different reply in each format.
The view undoes both, without moving a character:

- a line break where a line was wrapped becomes a space (a PDF page break the same way);
- page furniture (repeats of a page header or footer, page numbers, cookie and navigation
  text, disclosure-log chrome) is blanked with spaces.

Invariants: `len(reading_view(t).text) == len(t)` and every character the view keeps is the
character of `t` at the same offset, so spans found in the view index the stored text and
their quotes are that text with some line breaks read as spaces. Linear in the text's length.
Every threshold is in SETTINGS and every furniture phrasing in foitrack.lexicon.furniture, as data.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby, pairwise

from foitrack.extract.fold import lower_text
from foitrack.lexicon.furniture import FURNITURE
from foitrack.models import PAGE_BREAK
from foitrack.text.lines import lines_of

__all__ = ["FURNITURE", "SETTINGS", "TextView", "reading_view"]


@dataclass(frozen=True)
class Settings:
    """When a line break is read as a wrap, and when a line is page furniture."""

    # The wrap width is the median length of the longest tenth of the lines (at least this many lines).
    top_lines: int = 3
    # Texts whose lines are longer than this are not wrapped by a page: their lines are paragraphs.
    max_width: int = 160
    min_width: int = 40
    # ... and a text with more than this share of lines well over the width (a quarter over) is not wrapped.
    max_overlong: float = 0.1
    overlong: float = 1.25
    # ... nor a short text (its top lines are a handful) with a line this many times the width: its few long
    # lines, a mail's header or a signature's, set no width beside a paragraph never wrapped.
    paragraph_over: float = 2.5
    short_text_lines: int = 40
    # A break is a wrap when the next line's first word would not have fitted on the line: the line,
    # a space and that word reach this share of the wrap width (proportional fonts vary a little) ...
    fit_lower: float = 0.82
    # ... a higher share when the next line opens with a capital or a digit (it could be a new paragraph).
    fit_upper: float = 0.9
    # A continuation line shorter than this share of the width is an orphan of a twice-wrapped line.
    orphan: float = 0.3
    # A line ending a sentence with a full stop and filling this share of the width, whose next word would
    # not have fitted and whose next line is filled too, was wrapped by the page: inside a block with no
    # blank line a paragraph ending at the margin is rarer than a wrap after a full stop (the PDF reader
    # marks the space a page leaves between paragraphs with a blank line).
    full: float = 0.95
    # ... but no more than this share: a longer line is a paragraph that was never wrapped.
    overfull: float = 1.1
    # A text with this share of its blocks (and at least this many blocks) of at most this many lines between
    # blank lines is double-spaced: a line of it wrapped again by a page makes a block of two.
    double_share: float = 0.8
    double_min_blocks: int = 8
    double_block_lines: int = 2
    # A short line opening or closing this many pages is a header or footer.
    repeats: int = 3
    max_repeat_length: int = 90
    # Only pages with this many lines have a header and a footer to look at (two lines each).
    min_page_lines: int = 5


SETTINGS = Settings()

# the kinds tried on every line, as one alternation (a line fullmatches it when it fullmatches one of them) ...
_UNNEEDLED = re.compile("|".join(f"(?:{f.pattern})" for f in FURNITURE if not f.needles))
# ... and the kinds tried only on a line holding one of their needles, a (needle, pattern) pair for each needle
_NEEDLED = tuple((needle, re.compile(f.pattern)) for f in FURNITURE for needle in f.needles)
# "- item", "• item", "2. What", "(b) How", "iv) The", "Q3 How", "Question 4", "2(a) Pupils" (a letter label is one
# letter or a roman numeral: "so. Nil" after "... please state" is a wrapped sentence, not item "so"; a part against
# its number opens an item only before a capital or a figure: "2(b) and 3 of your request." is a wrapped sentence)
_LABEL_START = re.compile(
    r"(?:[-•*·▪o]\s|\(?\d{1,3}(?:\.\d{1,2})*[.):]\s*|\(?(?:[a-z]|[ivx]{1,4})[.)]\s|\(?(?:[a-z]|[ivx]{1,4})\)|"
    r"\d{1,3}\((?:[a-z]|[ivx]{1,4})\)(?=\s+(?-i:[A-Z£\d])|\s*$)|q\d|question\s+\d|part\s+\d)",
    re.IGNORECASE,
)
# a field's label in sentence case opening a line ("Internal review: write to ..."): a new line, even after a name
_FIELD_LABEL = re.compile(r"[A-Z][a-z]+(?:[ \t]+[a-z]+){1,2}:(?:\s|$)")
# a number set off by a spaced dash, as answers listed one a line are: "3a - no closures", "4 – £80"
_DASHED_ITEM = re.compile(r"\d{1,2}[a-z]?\s+[-–]\s")
# a pointer to a question in lower case, the words before it left on the line above: "... shown at\nquestion 3."
_POINTER_START = re.compile(r"(?:question|part)s?\s+\d")
_INLINE_MARK = re.compile(r"\((\d{1,2}|[b-z])\)\s")  # an item's mark after the first: "(2) ", "(c) "
# a table row: cells split by "|" or a tab ("2023-05-01 | Supplier 0 | £42"); rows are never wrapped prose
_TABLE_ROW = re.compile(r"\||\t")
# a table row of figures only, three or more (a label year among them): "2023 525,000 44,105", "2022/23 14 £3.50";
# prose never wraps onto a line holding nothing else, so it stays apart from the header above it
_FIGURE_ROW = re.compile(r"[£-]?\d[\d,./%-]*(?:[ \t]+[£-]?\d[\d,./%-]*){2,}[ \t]*")
PAGE_NUMBER_REACH = 40  # characters read either side of a bare number line to find the sentence it breaks
_BARE_NUMBER_LINE = re.compile(r"\n[ \t]*\n(?P<line>[ \t]*\d{1,3}[ \t]*)\n[ \t]*\n")  # a blank line each side
# a bare number line next to a protective marking's line, above or below it ("2" then "OFFICIAL"): a page footer
_MARKING = r"[ \t]*(?:official(?:[- ]sensitive)?|not protectively marked)[ \t]*"
_NUMBER_BY_MARKING = re.compile(
    rf"(?im)^(?P<line>[ \t]*\d{{1,3}}[ \t]*)\n{_MARKING}$|^{_MARKING}\n(?P<after>[ \t]*\d{{1,3}}[ \t]*)$"
)
# a page's footer closing on its number of the pages: "Page 2 of 4", "OFFICIAL   Page 2 of 4", "Page 3/5"
PAGE_OF_PAGES_END = re.compile(r"(?im)(?<![\w.,])page[ \t]*\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}[ \t]*$")
_SENTENCE_END = frozenset(".?!:")
MONTHS = frozenset("january february march april may june july august september october november december".split())
# words a line cannot end a sentence or heading with: a capital after them still continues the line
CONTINUING_WORDS = frozenset(
    """a an the of to for in on at by with from and or but as that which who whose whom is are was were be
    been being has have had our your their its this these those my per than via into onto under over about""".split()
)

# capitalised words that open a sentence rather than go on with a name or title after a number
SENTENCE_OPENERS = CONTINUING_WORDS | frozenset("none no nil yes we there it all".split())


@dataclass(frozen=True)
class TextView:
    """The reading text (same length as the source) and what was changed to get it."""

    text: str
    wrap_width: int | None
    joined: int
    furniture: tuple[tuple[int, int], ...]


def reading_view(text: str) -> TextView:
    """The view of `text`; see the module docstring.

    Repeated headers and footers are found first, on the lines as they are, so that a paragraph
    runs on across a page break and its furniture; then wrapped lines are joined into logical
    lines; then a logical line that is furniture as a whole (a cookie banner wrapped over three
    lines, say) is blanked.
    """
    # (start, end) of every line; a page break ends a line as a newline does (split once: the extractors read
    # the same lines of a view that changed nothing)
    lines = [(start, after - 1) for start, after in pairwise(lines_of(text).starts)]
    repeats = _repeats(text, lines) + _page_numbers_mid_sentence(text) + _page_numbers_by_marking(text)
    width = _wrap_width(lines)
    groups = [(group[0][0], group[-1][1], len(group) - 1) for group in _logical_lines(text, lines, repeats, width)]
    furniture = repeats + [(start, end) for start, end, _ in groups if _is_furniture(text[start:end])]
    joined = sum([breaks for _, _, breaks in groups])
    if not joined and not furniture:
        return TextView(text, width, 0, ())
    chars = list(text)
    for start, end, breaks in groups:
        if breaks:  # every line break inside a logical line, blank lines and repeats skipped too, reads as a space
            chars[start:end] = text[start:end].replace("\n", " ").replace(PAGE_BREAK, " ")
    for start, end in furniture:
        chars[start:end] = " " * (end - start)
    return TextView("".join(chars), width, joined, tuple(sorted(furniture)))


def _is_furniture(line: str) -> bool:
    line = line.lower()
    # the patterns read words one space apart, as most lines are already (printable ASCII has no tab or line break)
    spaced = line.isascii() and "  " not in line and line.isprintable()
    if not spaced or line.startswith(" ") or line.endswith(" "):
        line = " ".join(line.split())
    # a question is never furniture ("Which cookies does your website use?") unless it asks about the page
    if not line or (line.endswith("?") and "this page" not in line):
        return False
    if _UNNEEDLED.fullmatch(line):
        return True
    for needle, pattern in _NEEDLED:  # plain loops: any() over generators costs more than the tests here
        if needle in line and pattern.fullmatch(line):
            return True
    return False


def _repeats(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of every repeat of a page header or footer after its first.

    A header or footer is a short line among the first two or the last two lines with words of
    `repeats` pages or more (pages of `min_page_lines` lines). A footer of bare figures or dashes
    ("2", "- 3 -") has the key of every number cell of a table, so such a key is furniture only
    where a page opens or closes, not in the middle of a page."""
    pages = _pages(text, lines) if text.count(PAGE_BREAK) + 1 >= SETTINGS.repeats else _pages_by_footer(text, lines)
    if len(pages) < SETTINGS.repeats:
        return []
    edges = [(len(page), page[:2] + page[-2:]) for page in pages]
    counts = Counter(
        _repeat_key(line)
        for size, edge in edges
        if size >= SETTINGS.min_page_lines
        for line in {text[start:end].strip() for start, end in edge}
        if len(line) <= SETTINGS.max_repeat_length
    )
    repeats = {key for key, count in counts.items() if count >= SETTINGS.repeats}
    if not repeats:
        return []
    edge_starts = {start for _, edge in edges for start, _ in edge}
    marked = []
    seen: set[str] = set()
    for start, end in lines:
        line = text[start:end].strip()
        if line:
            key = _repeat_key(line)
            if key in repeats and key in seen and (start in edge_starts or any(c.isalpha() for c in key)):
                marked.append((start, end))
            seen.add(key)
    return marked


def _page_numbers_mid_sentence(text: str) -> list[tuple[int, int]]:
    """Lines holding a bare page number alone between blank lines that break a sentence: the line before ends in a
    word and the one after opens in lower case ("... for a", "1", "project where ..."). A number cell of a table
    is never set between blank lines inside a sentence."""
    found = []
    for match in _BARE_NUMBER_LINE.finditer(text):
        before = text[max(0, match.start() - PAGE_NUMBER_REACH) : match.start()].rstrip()
        after = text[match.end() : match.end() + PAGE_NUMBER_REACH].lstrip()
        if before[-1:].isalpha() and after[:1].islower():
            found.append((match.start("line"), match.end("line")))  # a line's span as lines_of gives it
    return found


def _page_numbers_by_marking(text: str) -> list[tuple[int, int]]:
    """Lines holding a bare page number right above or below a protective marking ("1", "OFFICIAL"): a footer."""
    lowered = lower_text(text)  # text.lower(), faster on a text beyond ASCII
    if "official" not in lowered and "protectively" not in lowered:
        return []
    found = []
    for match in _NUMBER_BY_MARKING.finditer(text):
        group = "line" if match.group("line") is not None else "after"
        found.append((match.start(group), match.end(group)))
    return found


def _pages(
    text: str, lines: list[tuple[int, int]], ends_page: Callable[[int], bool] | None = None
) -> list[list[tuple[int, int]]]:
    """Each page's lines that hold more than spaces: a page ends at a line the page break follows, or at a line whose
    end `ends_page` accepts."""

    def page_break_after(end: int) -> bool:
        return text[end : end + 1] == PAGE_BREAK

    ends = ends_page or page_break_after
    pages: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            pages[-1].append((start, end))
        if ends(end):
            pages.append([])
    return pages


def _pages_by_footer(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Each page's lines that hold more than spaces, in a text that lost its page breaks (a letter's PDF saved as
    plain text): a page ends at a line closing on its number of the pages ("Page 2 of 4", "Ref AB/12 Page 2 of 4")."""
    if lower_text(text).count("page") < SETTINGS.repeats - 1:
        return []
    footer_ends = {m.end() for m in PAGE_OF_PAGES_END.finditer(text)}
    if len(footer_ends) < SETTINGS.repeats - 1:
        return []
    return _pages(text, lines, footer_ends.__contains__)  # a footer's line is never blank


def _repeat_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _wrap_width(lines: list[tuple[int, int]]) -> int | None:
    lengths = sorted([end - start for start, end in lines if end > start])
    if len(lengths) < SETTINGS.top_lines:
        return None
    top = lengths[-max(SETTINGS.top_lines, len(lengths) // 10) :]
    width = top[len(top) // 2]
    if not SETTINGS.min_width <= width <= SETTINGS.max_width:
        return None
    overlong = len(lengths) - bisect.bisect_right(lengths, width * SETTINGS.overlong)
    if lengths[-1] > width * SETTINGS.paragraph_over and len(lengths) <= SETTINGS.short_text_lines:
        return None  # a paragraph never wrapped: the longest lines of a short text are not its wrap width
    return width if overlong <= SETTINGS.max_overlong * len(lengths) else None


def _logical_lines(
    text: str, lines: list[tuple[int, int]], skip: list[tuple[int, int]], width: int | None
) -> list[list[tuple[int, int]]]:
    """The non-blank lines but those in `skip` grouped into logical lines: each a line and the lines wrapped from it.

    A blank line ends a paragraph, except in a double-spaced text (a blank line after nearly every
    line, as when each line of a page was made its own paragraph): there one blank line says nothing,
    and a line wrapped before it still continues after it (though never after a full stop).
    """
    skipped = set(skip)
    if not width:  # nothing was wrapped: every line is a logical line
        return [[(start, end)] for start, end in lines if (start, end) not in skipped and text[start:end].strip()]
    groups: list[list[tuple[int, int]]] = []
    blanks = 0
    double = _double_spaced(text, lines)
    for start, end in lines:
        line = text[start:end]
        if (start, end) in skipped:
            continue
        if not line.strip():
            blanks += 1
            continue
        joins = not blanks or (double and blanks == 1)
        if groups and joins and _continues(text, groups[-1], line, width, after_blank=blanks > 0):
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
        blanks = 0
    return groups


def _double_spaced(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether nearly every block of lines between blank lines is one line (or one and its wrap)."""
    runs = groupby(lines, lambda line: bool(text[line[0] : line[1]].strip()))
    blocks = [sum(1 for _ in run) for filled, run in runs if filled]
    short = sum(1 for size in blocks if size <= SETTINGS.double_block_lines)
    return len(blocks) >= SETTINGS.double_min_blocks and short >= SETTINGS.double_share * len(blocks)


def _continues(text: str, group: list[tuple[int, int]], line: str, width: int, *, after_blank: bool) -> bool:
    """Whether `line` continues the logical line `group`.

    A short last line of a group that is itself a continuation (a text wrapped twice, once by the
    writer and again by the page: "... categories to\nrecord\ndata and ...") is no paragraph end:
    a lower-case line after it continues it too. After a blank line (in a double-spaced text) a
    full stop always ends the line.
    """
    last_start, last_end = group[-1]
    last, nxt = text[last_start:last_end].rstrip(), line.lstrip()
    if after_blank and last[-1] in _SENTENCE_END:
        return False
    if _is_wrap(last, nxt, width):
        return True
    if _next_inline_item(text[group[0][0] : last_end], nxt):  # not a list's item: the line lists them along it
        return (len(last) + 4) / width >= SETTINGS.fit_lower
    orphan = len(group) > 1 and len(last) < SETTINGS.orphan * width
    return orphan and nxt[0].islower() and last[-1] not in _SENTENCE_END and not _LABEL_START.match(nxt)


def _is_wrap(body: str, nxt: str, width: int) -> bool:
    """Whether the line `nxt` (stripped) continues the line `body` (stripped), wrapped at `width`.

    The next line's first word must not have fitted on the line, and the next line must not open
    an item of a list as the line does, with the same number or capitalised word ("1 x full-time
    officer ...\n1 x part-time assistant ..."). Then a lower-case start, a digit or an opening
    bracket continues the line (so does "(e.g." after a question); a capital continues it only
    where the line cannot end there: after a comma or a word such as "the", "of", "to", inside a
    capitalised name ("the Home\nOffice") or a date ("31\nDecember"). A full line ending "... the
    figures for 'county lines'" followed by "Adult Services said ..." is two paragraphs.
    """
    last_word = body.rsplit(" ", 1)[-1]
    cannot_end = body[-1] == "," or last_word.lower() in CONTINUING_WORDS
    if _LABEL_START.match(nxt) and not (cannot_end and _POINTER_START.match(nxt)):
        return False
    if _TABLE_ROW.search(body) or _TABLE_ROW.search(nxt) or _FIGURE_ROW.fullmatch(nxt):
        return False
    first_word = nxt.split(" ", 1)[0]
    if (first_word[:1].isdigit() or first_word[:1].isupper()) and body.lstrip().split(" ", 1)[0] == first_word:
        return False
    if _DASHED_ITEM.match(nxt) and _DASHED_ITEM.match(body.lstrip()):  # "4 - £96,212" then "5 - no plans": items
        return False
    reach = (len(body) + 1 + len(first_word)) / width
    if body[-1] in _SENTENCE_END:
        return _wraps_after_stop(body, nxt, reach, width)
    # labels ("2.", "(b)") were ruled out above; a capital after a line that cannot end there is no new paragraph
    if cannot_end or nxt[0].islower() or nxt[0].isdigit() or nxt[0] in "(£$%&'\"":
        return reach >= SETTINGS.fit_lower
    if reach < SETTINGS.fit_upper or _FIELD_LABEL.match(nxt):
        return False
    return (
        (last_word[:1].isupper() and last_word.isalpha() and first_word[:1].isupper())
        or (last_word.isdigit() and first_word.lower().rstrip(",.") in MONTHS)  # "to 31\nDecember 2023"
        # "under section 42\nHousing Act ..." (not a sentence opening after a heading's date: "Toilets open on 1 April
        # 2025" then "As at that date: 27", "None were closed")
        or (last_word.isdigit() and first_word.isalpha() and first_word.lower() not in SENTENCE_OPENERS)
    )


def _next_inline_item(logical: str, nxt: str) -> bool:
    """Whether `nxt` opens with the item mark after one the logical line holds inside it: a sentence listing its
    items along its lines ("You asked (1) how many ..., (2) ... and\n(3) whether ..."), not a list a line each."""
    mark = _INLINE_MARK.match(nxt)
    if mark is None:
        return False
    item = mark.group(1)
    before = str(int(item) - 1) if item.isdigit() else chr(ord(item) - 1)
    return re.search(rf"\S\s+\({before}\)\s", logical) is not None


def _wraps_after_stop(body: str, nxt: str, reach: float, width: int) -> bool:
    """Whether a line ending in ".", "?", "!" or ":" was wrapped rather than ended.

    "(e.g." after it continues it. After a full stop, a capital continues it only on a line filled to
    the margin that the next word could not have joined, when the next line is filled too ("... and
    opened a case.\nGiven this, it would take ..." at the page width); a heading or a one-line
    paragraph after it stays apart. A question, an exclamation or a colon ends its line: an answer or
    a list follows.
    """
    if nxt[0] == "(" and nxt[1:2].islower():
        return reach >= SETTINGS.fit_lower
    full = SETTINGS.full * width <= len(body) <= SETTINGS.overfull * width
    # the next line is wrapped too (a heading or a one-line paragraph after it is not joined)
    next_full = len(nxt.rstrip()) >= SETTINGS.fit_lower * width
    return body[-1] == "." and nxt[0].isupper() and reach > 1 and full and next_full
