"""Turn a reader's raw text into the one text every extractor reads.

Invariants:
- Deterministic and pure: the same input always gives the same output, so the offsets of
  every `Span` stored against a document stay valid when the text is normalised again.
- Idempotent on real text: normalise(normalise(x)) == normalise(x).
- Line structure is kept (extractors split on lines); PAGE_BREAK ("\\f") characters are kept.
- Never raises, and is linear in the length of the text (a 1 MB text takes a few tens of ms).

The steps, in order: line ends to "\\n"; then, repeated until stable, typographic
characters made plain (quotes, dashes, minus, non-breaking spaces, ballot boxes) and
invisible ones dropped (soft hyphen, zero-width, pdfium's \\x02), Unicode NFKC, HTML
entities decoded; then a two-column request/response table laid out with spaces (under a line
of the two titles) is read column by column, each numbered question then its answer, and the
rows of a table of questions laid out with runs of spaces get their cells joined by " | ", as
a DOCX or HTML table's are (both before the runs are squeezed);
then, repeated until stable, LaTeX money artefacts, HTML checkboxes,
links and leftover tags, markdown escapes, headings and emphasis, spaces squeezed, and
words hyphenated at a line end joined (lower-case letters both sides only); finally
runs of blank lines capped at two. Entities are decoded before tags are stripped and
each group repeats because one layer of markup can hide another ("__# x__"); that
order is what makes the function idempotent.
"""

from __future__ import annotations

import csv
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache

from foitrack.models import CHECKED, UNCHECKED

_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2612": CHECKED,
    "\u2611": CHECKED,
    "\u2610": UNCHECKED,
}

_LINE_BREAKS = ("\r", "\x0b", "\x85", "\u2028", "\u2029")

# "\u2019" (right single quote), "\u2013" (en dash), "\u00ad" (soft hyphen, removed), "\x02" (pdfium's hyphen mark)
TYPOGRAPHIC = re.compile("[" + "".join(_PLAIN) + "\u00ad\u200b-\u200d\u2060\ufeff\ufffe\x00-\x08\x0e-\x1f\x7f-\x9f]")
# "&pound;", "&#163;", "&#xA3;" (only with the closing semicolon, so "R&D" and "&copy" stay)
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "\pounds 10", "\pounds{}"
LATEX_POUNDS = re.compile(r"\\pounds(?:\{\})?[ \t]*")
# "$£10$", "$ 2,500.50 $" (a math wrapper around a plain number)
LATEX_MATH_NUMBER = re.compile(r"\$(?<!\\\$)[ \t]*(£?[ \t]?[0-9][0-9,.]*)[ \t]*(?<!\\)\$")
# '<input checked="" type="checkbox"/> No', "<input type=checkbox>Yes"
HTML_CHECKBOX = re.compile(r"<(?i:input\b[^<>]*?\btype=[\"']?(?:checkbox|radio)\b[^<>]*>)[ \t]?")
# 'checked=""', "checked" (an attribute inside an <input> tag)
CHECKED_ATTRIBUTE = re.compile(r"\bchecked\b", re.IGNORECASE)
# '<a href="https://example.org/x.pdf">the policy</a>'
HTML_LINK = re.compile(r"<(?i:a\b[^<>]*?\bhref=[\"']?([^\"'<>\s]*)[\"']?[^<>]*>((?s:(?!</?a\b).){0,2000}?)</a\s*>)")
# "<br>", "<br/>", "<BR />"
HTML_BREAK = re.compile(r"<(?i:br\b[^<>]*>)")
# "</span>", "<sup>", '<p class="x">', "<o:p>" (known tag names only, so "<5" and "a < b" stay)
HTML_TAG = re.compile(
    r"<(?i:/?(?:a|abbr|b|big|blockquote|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|font|h[1-6]|hr|"
    r"i|img|input|ins|label|li|mark|o:p|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|"
    r"thead|tr|tt|u|ul)(?:\s[^<>]*)?/?>)"
)
# "\n## **REQUEST**" (the "\n## " part), "\n# Reply" (matched from the newline: much faster than ^)
MARKDOWN_HEADING = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]+)+")
# "**REQUEST**" (pattern starts with its literal so the scan is fast; the look-behind checks the edge)
MARKDOWN_STARS = re.compile(r"\*\*(?<![\w*]\*\*)(?=[^\s*])([^\n]*?[^\s*\\])\*\*(?![\w*])")
# "__bold__" (but not "snake__case")
MARKDOWN_UNDERSCORES = re.compile(r"__(?<!\w__)(?=[^\s_])([^\n]*?[^\s_\\])__(?!\w)")
# "\_", "\*", "\#", "1\." (markdown escapes; not "\\" itself, so the step is stable)
MARKDOWN_ESCAPE = re.compile(r"\\(?<!\\\\)([!-/:-@\[\]^_`{-~])")
# "informa-\ntion is" (lower-case letters on both sides of a line-end hyphen): the word's end, the next line's indent
# and whether more of that line follows it
LINE_END_HYPHEN = re.compile(r"-\n(?<=[a-z]-\n)(?P<indent> ?)(?P<end>[a-z]\S*)(?P<more> (?=\S))?")
# "  " (two or more spaces; tabs are spaces by then)
SPACE_RUN = re.compile("  +")
# the gap between two cells of a table laid out with spaces: two spaces or more inside a line
CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
TAB_RUN = re.compile(r"[ ]*\t[\t ]*")  # the cells of a row laid out with tabs
# a comma with no space after it before a letter or a quote: how a CSV row divides its cells ("Month,Income (GBP)");
# prose puts a space after its commas, and a number's comma has a digit after it
DELIMITED_HINT = re.compile(r",[A-Za-z\"(£]")
QUOTED_CELL = re.compile(r'"[^"\n]*"')
GROUPING_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # "1,842": a number's comma, no cells' divide
FIGURE_CELL = re.compile(r"[\d£$%.,()\s-]*\d[\d£$%.,()\s-]*")  # "1,842.00", "(12)", "£5", "1."
# a delimited table has this many rows at least (its header and two), of as many cells each, two or more
MIN_DELIMITED_ROWS = 3
# a table row has this many cells at least, and a table two such rows whose cells start at the same columns
# (give or take this many: a centred "Y" under "Y/N")
MIN_ROW_CELLS = 3
COLUMN_SLACK = 1
NEAR_ROWS = 4  # a row is compared with this many rows either side of it for its alignment
# a row of a two-column request/response table opens with a numbered question: "1. How", "Q2 What", "Question 3:"
COLUMN_ROW_LABEL = re.compile(r"(?:q|question\s*)?\d{1,2}[.):]?\s", re.IGNORECASE)
# the start of a line's second cell: the end of its first gap inside the line, or of its indent
SECOND_CELL = re.compile(r"^ {2,}(?=\S)|(?<=\S) {2,}(?=\S)")
# "\n\n\n\n" (three or more blank lines)
BLANK_LINES = re.compile(r"\n{4,}")

_MAX_ROUNDS = 6
# every LaTeX, HTML and markdown pattern above holds one of these characters: a text with none has no markup
_MARKUP_CHARACTERS = "\\$<#*_"


def normalise(raw: str, *, html_decoded: bool = False) -> str:
    """The canonical text of `raw`, the text extractors read and spans index into.

    With `html_decoded` (text an HTML parser has already decoded) entities are not decoded
    again and "<...>" is not taken for a tag: "&amp;lt;b&amp;gt;" in a page reads "&lt;b&gt;".

    >>> normalise("## **REQUEST**\\nabout  $\\\\pounds 10$  million")
    'REQUEST\\nabout £10 million'
    """
    text = _unify_newlines(raw)
    text = _decode_and_compose(text, entities=not html_decoded)
    if "  " in text:
        text = _space_tables(_column_tables(text))
    if "\t" in text:
        text = _tab_tables(text)
    if "\t" in text or DELIMITED_HINT.search(text):
        text = _delimited_tables(text)
    text = _clean_markup(text, tags=not html_decoded)
    if "\n\n\n\n" in text:
        text = BLANK_LINES.sub("\n\n\n", text)
    return _nfkc(text)


def _decode_and_compose(text: str, *, entities: bool = True) -> str:
    """Make typography plain, drop invisible characters, NFKC, decode entities; repeat while that changes anything.

    An entity can decode to a character that another step changes ("&#xFB01;" is a
    ligature), so the steps run together until the text settles.
    """
    for _ in range(_MAX_ROUNDS):
        text = _nfkc(_plain_typography(text), then=_plain_typography)
        if "&" not in text or not entities:
            break
        decoded = ENTITY.sub(_decode_entity, text)
        if decoded == text:
            break
        text = _unify_newlines(decoded)
    return text


def _space_tables(text: str) -> str:
    """The rows of every table laid out with runs of spaces, their cells joined by " | ".

    In a block of lines between blank lines, rows of three cells or more whose cells start at the
    same columns, one cell at least a question, are a table's; from the first such row, each line
    whose cells all start at the table's columns is a row (a cell wrapped onto the line below keeps
    its column: "| | | staff a night"); a line that does not is left as it is. Elsewhere a run of spaces
    is only spacing: between sentences, after a label ("1.   How many"), before a field's value
    ("Received:   2 May"), and in a table of figures (the readers of amounts read its rows by them).
    """
    lines = text.split("\n")
    start = 0
    for end in [i for i, line in enumerate(lines) if not line.strip()] + [len(lines)]:
        if end - start >= 2:
            lines[start:end] = _table_rows(lines[start:end])
        start = end + 1
    return "\n".join(lines)


@cache
def _column_titles_pattern() -> re.Pattern[str]:
    """The lexicon's column titles matched on a line as written (a line that opens with other words fails at once),
    imported on first use: the segment lexicon costs tens of milliseconds to load, which a call that reads no text
    should not pay."""
    from foitrack.lexicon.segment import COLUMN_TITLES

    return re.compile(COLUMN_TITLES.pattern.pattern, re.IGNORECASE | re.MULTILINE)


def _tab_tables(text: str) -> str:
    """Every request/response table laid out with tabs, its cells joined by " | " as a space table's are: from a line
    of the two column titles split by a tab ("Question<TAB>Answer"), each line holding a tab is a row, up to the
    first blank line (a line with no tab inside the table is a cell's text wrapped onto lines of its own)."""
    lines = text.split("\n")
    in_table = False
    for i, line in enumerate(lines):
        tabbed = "\t" in line
        if not line.strip():
            in_table = False
        elif tabbed and not in_table:
            in_table = _column_titles_pattern().match(line.replace("\t", "  ")) is not None
        if in_table and tabbed:
            lines[i] = " | ".join(_tab_cells(line))
    return "\n".join(lines)


def _tab_cells(line: str) -> list[str]:
    """The cells of a row laid out with tabs (a run of tabs and spaces divides two)."""
    return [cell.strip() for cell in TAB_RUN.split(line.strip())]


def _delimited_tables(text: str) -> str:
    """Every table whose cells commas or tabs divide (a spreadsheet attached as CSV, or rows pasted from one), its
    cells joined by " | " as sheet.read_csv joins a .csv file's: MIN_DELIMITED_ROWS lines in a row or more that split
    into the same number of cells, two or more, the first a header (no cell a figure, none a field's label ending
    ":") and two rows at least holding a figure. Prose puts a space after its commas, and a number's commas part
    groups of three digits: neither divides cells."""
    lines = text.split("\n")
    cells = [_delimited_cells(line) for line in lines]
    start = 0
    while start < len(lines):
        header = cells[start]
        end = start + 1
        while header and end < len(lines) and len(cells[end] or ()) == len(header):
            end += 1
        if header and end - start >= MIN_DELIMITED_ROWS and _table_header(header):
            if sum(any(c.isdigit() for c in "".join(row or ())) for row in cells[start + 1 : end]) >= 2:
                lines[start:end] = [" | ".join(row or ()) for row in cells[start:end]]
        start = end
    return "\n".join(lines)


def _delimited_cells(line: str) -> list[str] | None:
    """A line's cells where tabs or commas divide it into two or more (a CSV cell may be quoted), else None."""
    if "\t" in line:
        found = _tab_cells(line)
    elif "," in line:
        unquoted = QUOTED_CELL.sub("", line)
        if ", " in unquoted or unquoted.count(",") == len(GROUPING_COMMA.findall(unquoted)):
            return None
        found = [cell.strip() for cell in next(csv.reader([line]))]
    else:
        return None
    return found if len(found) >= 2 and sum(map(bool, found)) >= 2 else None


def _table_header(cells: list[str]) -> bool:
    """Whether a row of cells reads as a table's header: words in each cell, no figure, no field's label."""
    return not cells[0].endswith(":") and not any(FIGURE_CELL.fullmatch(cell) for cell in cells)


def _column_tables(text: str) -> str:
    """Every two-column request/response table laid out with spaces, read column by column.

    A PDF's table of two text columns comes out as lines holding both: a question's wrapped lines
    carry its answer's words beside them. Under a line holding the two column titles (COLUMN_TITLES),
    the second column starts where most lines' second cell starts (at or before its title); each line
    below is split there (a gap of two spaces or more before it, or an indent to it) until a line does
    not fit the columns or a blank line is not followed by a line with both cells. Each numbered row
    becomes its question on one line, then its answer's lines. A table without numbered rows stays.
    """
    if not _column_titles_pattern().search(text):
        return text
    lines = text.split("\n")
    read: list[str] = []
    i = 0
    while i < len(lines):
        read.append(lines[i])
        i += 1
        if (title := _column_titles(lines[i - 1])) is not None:
            i, rows = _column_rows(lines, i, title)
            read.extend(rows)
    return "\n".join(read)


def _column_titles(line: str) -> int | None:
    """Where the second title stands on a line holding the two column titles (None on any other line)."""
    title = _column_titles_pattern().match(line) if "  " in line else None
    return None if title is None else title.start("right")


def _column_rows(lines: list[str], first: int, title: int) -> tuple[int, list[str]]:
    """Where the table opening at line `first` ends, and its rows read column by column (none: not such a table);
    `title` is where the second column's title stands (a title is centred or left-aligned over its column)."""
    # the rows up to a blank line or another table's titles (so that each line is looked at for one table only)
    last = first
    while last < len(lines) and lines[last].strip() and _column_titles(lines[last]) is None:
        last += 1
    counts = Counter(m.end() for i in range(first, last) if (m := SECOND_CELL.search(lines[i])))
    fits = [c for c, n in counts.items() if n >= 2 and c <= title + COLUMN_SLACK]
    if not fits:
        return first, []
    column = max(fits, key=lambda c: counts[c])
    cells: list[tuple[str, str]] = []
    end = first
    while end < len(lines) and _column_titles(lines[end]) is None and (split := _split_cells(lines[end], column)):
        cells.append(split)
        end += 1
        after = _split_cells(lines[end + 1], column) if end + 1 < len(lines) and not lines[end].strip() else None
        if after is not None and all(after):
            end += 1  # a blank line between rows
    rows: list[list[tuple[str, str]]] = []
    for cell in cells:
        if COLUMN_ROW_LABEL.match(cell[0]) or not rows:
            rows.append([])
        rows[-1].append(cell)
    if sum(1 for row in rows if COLUMN_ROW_LABEL.match(row[0][0])) < 2:
        return first, []
    return end, [line for row in rows for line in [" ".join(c for c, _ in row if c), *(c for _, c in row if c)] if line]


def _split_cells(line: str, column: int) -> tuple[str, str] | None:
    """The two cells of `line` split at `column` (the second empty on a line that ends before it), or None for a
    line that does not fit the columns (blank, or text running across the column)."""
    line = line.rstrip()
    head, tail = line[:column], line[column:]
    if not line or tail[:1] == " " or (tail and head.strip() and not head.endswith("  ")):
        return None
    return head.strip(), tail


def _table_rows(block: list[str]) -> list[str]:
    if not any("?" in line for line in block):
        return block  # no question, no table of questions: skip the column work on long tables of figures
    starts = [_cell_starts(line) for line in block]
    rows = [i for i, cells in enumerate(starts) if len(cells) >= MIN_ROW_CELLS]
    # a row aligned with one of the rows near it (a bounded look, so a long block costs linear time)
    near = [rows[max(0, k - NEAR_ROWS) : k] + rows[k + 1 : k + NEAR_ROWS + 1] for k in range(len(rows))]
    aligned = [
        i
        for i, others in zip(rows, near, strict=True)
        if any(_shared(starts[i], starts[j]) >= MIN_ROW_CELLS for j in others)
    ]
    # only a table of questions: the readers of amounts read a table of figures by its runs of spaces
    if not any(cell.endswith("?") for i in aligned for cell in CELL_GAP.split(block[i].strip())):
        return block
    columns: list[int] = []  # the first column of each cluster of starts
    for column in sorted({c for i in aligned for c in starts[i]}):
        if not columns or column - columns[-1] > 2 * COLUMN_SLACK:
            columns.append(column)
    for i in range(aligned[0], len(block)):
        places = [next((k for k, c in enumerate(columns) if abs(c - at) <= 2 * COLUMN_SLACK), -1) for at in starts[i]]
        if not places or -1 in places:  # a line of another layout (its indent lost, say) stays as it is
            continue
        cells = [""] * (max(places) + 1)
        for place, cell in zip(places, CELL_GAP.split(block[i].strip()), strict=True):
            cells[place] = cell
        block[i] = " ".join(" | ".join(cells).split())
    return block


def _cell_starts(line: str) -> list[int]:
    """The column where each cell of `line` starts: its first character and each after a gap; none for a line
    holding a tab, a "|" or a page break (a table of another kind)."""
    if "\t" in line or "|" in line or "\f" in line or not line.strip():
        return []
    return [len(line) - len(line.lstrip(" ")), *(gap.end() for gap in CELL_GAP.finditer(line))]


def _shared(one: list[int], other: list[int]) -> int:
    """How many of the columns in `one` start a cell of `other` too (give or take COLUMN_SLACK)."""
    return sum(1 for c in one if any(abs(c - d) <= COLUMN_SLACK for d in other))


def _unify_newlines(text: str) -> str:
    """ "\\r\\n", "\\r", vertical tab and the Unicode line separators all become "\\n"."""
    for mark in _LINE_BREAKS:
        if mark in text:
            text = text.replace("\r\n", "\n")
            for other in _LINE_BREAKS:
                text = text.replace(other, "\n")
            break
    return text


def _plain_typography(text: str) -> str:
    return TYPOGRAPHIC.sub(_plain_character, text)


def _plain_character(match: re.Match[str]) -> str:
    return _PLAIN.get(match.group(0), "")


def _decode_entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _nfkc(text: str, then: Callable[[str], str] | None = None) -> str:
    """NFKC, line by line so that the (slow) normalisation runs only where it changes something.

    `then` is applied to each line that NFKC changed. Working by line is safe because a
    newline never combines with what is next to it.
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.isascii() and not unicodedata.is_normalized("NFKC", line):
            composed = unicodedata.normalize("NFKC", line)
            lines[index] = then(composed) if then else composed
    return "\n".join(lines)


def _clean_markup(text: str, *, tags: bool = True) -> str:
    """LaTeX, HTML and markdown clean-up, spaces squeezed, line-end hyphens joined.

    Removing one kind of markup can uncover another ("__# x__" hides a heading), so the
    round repeats until nothing changes; real text settles in one or two rounds. A later round
    that finds no markup ends there: squeezing spaces and joining line-end hyphens change
    nothing in their own output (neither makes a space run, a space before a line break or a
    joinable hyphen).
    """
    if not any(map(text.__contains__, _MARKUP_CHARACTERS)):
        # no markup, and squeezing and joining make none (they only drop spaces and "-\n"): one round does it all
        return _squeeze_and_join(text)
    for round_number in range(_MAX_ROUNDS):
        cleaned = _clean_latex(text)
        cleaned = _clean_markdown(_clean_html(cleaned) if tags else cleaned)
        if round_number > 0 and cleaned == text:
            break
        cleaned = _squeeze_and_join(cleaned)
        if cleaned == text:
            break
        text = cleaned
    return text


def _clean_latex(text: str) -> str:
    if "\\pounds" in text:
        text = LATEX_POUNDS.sub("£", text)
    if "$" in text:
        text = LATEX_MATH_NUMBER.sub(_math_number, text)
    return text


def _math_number(match: re.Match[str]) -> str:
    return match.group(1).replace(" ", "").replace("\t", "")


def _clean_html(text: str) -> str:
    if "<" not in text:
        return text
    text = HTML_CHECKBOX.sub(_checkbox_marker, text)
    text = HTML_LINK.sub(_link_text, text)
    text = HTML_BREAK.sub("\n", text)
    return HTML_TAG.sub("", text)


def _checkbox_marker(match: re.Match[str]) -> str:
    return (CHECKED if CHECKED_ATTRIBUTE.search(match.group(0), 6) else UNCHECKED) + " "


def _link_text(match: re.Match[str]) -> str:
    inner = match.group(2)
    return inner if inner.strip() else match.group(1)


def _clean_markdown(text: str) -> str:
    if "\\" in text:
        text = MARKDOWN_ESCAPE.sub(r"\1", text)
    if "#" in text:
        text = MARKDOWN_HEADING.sub("\n", "\n" + text)[1:]
    if "**" in text:
        text = MARKDOWN_STARS.sub(r"\1", text)
    if "__" in text:
        text = MARKDOWN_UNDERSCORES.sub(r"\1", text)
    return text


def _squeeze_and_join(text: str) -> str:
    """Spaces squeezed, then words hyphenated at a line end joined."""
    text = _squeeze_spaces(text)
    while "-\n" in text:  # again until none is left: a word's joined end may itself end in a hyphen ("a-\na-\na")
        joined = LINE_END_HYPHEN.sub(_join_hyphenated, text)
        if joined == text:
            break
        text = joined
    return text


def _join_hyphenated(match: re.Match[str]) -> str:
    """The hyphenated word made whole on its first line, the rest of the next line left on a line of its own:
    "the infor-\nmation you asked for" -> "the information\nyou asked for" (lines keep their width, which the
    reading view measures to find wrapped lines)."""
    end = match.group("end")
    return f"{end}\n{match.group('indent')}" if match.group("more") else end


def _squeeze_spaces(text: str) -> str:
    """Tabs and runs of spaces become one space; lines lose their trailing space."""
    text = SPACE_RUN.sub(" ", text.replace("\t", " "))
    text = text.replace(" \n", "\n")
    return text[:-1] if text.endswith(" ") else text
