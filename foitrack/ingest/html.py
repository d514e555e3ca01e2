"""Read HTML (saved pages, HTML email bodies) into text with selectolax (the Lexbor HTML5 parser).

What the text keeps: the words a reader sees, one line per block element, each table row
on one line with its cells joined by " | " (a table inside a cell is flattened into that
cell), and form checkboxes as CHECKED / UNCHECKED markers before their label. What it
drops: <head> (except <title>, kept in meta["title"]), <script>, <style> and the like.
Entities are decoded by the parser. Malformed markup never raises: the parser is lenient.

Lexbor builds the document tree; a depth-first walk over it tells `_TextWriter` where each
element starts and ends and hands it the text in between, in source order. An HTML5 parser
repairs malformed markup (closes a <p> before a <div>, moves stray text out of a <table>,
drops a </div> that closes nothing), so on such markup the text can differ a little from
what the standard library's html.parser, used before, gave; well-formed pages read the same.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from foitrack.errors import UnreadableFile
from foitrack.ingest.text import decode_text
from foitrack.models import CHECKED, UNCHECKED, Document

_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "object", "iframe"})
_LINE = frozenset({"br", "caption", "dd", "div", "dt", "figcaption", "hr", "li", "tr"})
_PARAGRAPH = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    }
)
_PARAGRAPH_MARK = "\x1d"
_CELLS = frozenset({"td", "th"})
# The elements the walk reports; the rest (<span>, <a>, <tbody>...) only hold text.
_NOTED = _HIDDEN | _LINE | _PARAGRAPH | _CELLS | {"body", "input", "title"}
# Elements without an end tag, which html.parser never reported as ending.
_VOID = frozenset(
    {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# Elements whose end tag HTML lets a page leave out: they never nest deeper when left open.
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup"})
MAX_NESTING = 4_000
"""Elements open at once past which a page is read without the HTML parser (Lexbor slows as the
square of the depth: 200,000 nested <div>s took minutes)."""
# "<div ", "</div>" (a start or end tag and its name)
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# "<script" (the start of an element whose content is never visible text)
HIDDEN_START = re.compile(r"<(script|style|head|template)\b", re.IGNORECASE)
# "<p>", "</div>", "<br/>" (tags that start a new line in the plain reading)
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|ul|ol|blockquote|section)\b[^>]*>", re.IGNORECASE)
# Browsers read these labels as Windows-1252, and so do we (curly quotes live in 0x80-0x9F).
_WESTERN_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})

# '<meta charset="windows-1252">', 'content="text/html; charset=iso-8859-1"'
META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# "   \n  " (white space inside running text, which HTML shows as one space)
WHITE_SPACE = re.compile(r"\s+")
# "   " (spaces left where inline pieces meet)
SPACE_RUN = re.compile("[ \t]{2,}")


class _Table:
    """The row being built in one open table: a list of cells, each a list of text pieces."""

    def __init__(self) -> None:
        self.cells: list[list[str]] = []
        self.in_cell = False


class _TextWriter:
    """Collects visible text from start, end and text events; see the module docstring."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.title: list[str] = []
        self._hidden: list[str] = []
        self._tables: list[_Table] = []
        self._in_title = False
        self._pre = 0

    def start(self, tag: str, node: LexborNode) -> None:
        if tag == "body":
            self._hidden = [t for t in self._hidden if t != "head"]
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "title":
            self._in_title = True
        elif tag == "input":
            self._checkbox(node.attributes)
        elif tag == "table":
            self._write(_PARAGRAPH_MARK)
            self._tables.append(_Table())
        elif tag == "tr" and self._tables:
            self._end_row()
        elif tag in _CELLS and self._tables:
            self._tables[-1].cells.append([])
            self._tables[-1].in_cell = True
        else:
            self._pre += tag == "pre"
            self._block(tag)

    def end(self, tag: str) -> None:
        if tag in _HIDDEN:
            if tag in self._hidden:
                del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
        elif tag == "title":
            self._in_title = False
        elif tag == "table" and self._tables:
            self._end_row()
            self._tables.pop()
            self._write(_PARAGRAPH_MARK)
        elif tag == "tr" and self._tables:
            self._end_row()
        elif tag in _CELLS and self._tables:
            self._tables[-1].in_cell = False
        else:
            self._pre -= tag == "pre" and self._pre > 0
            self._block(tag)

    def text(self, data: str) -> None:
        data = data.replace(_PARAGRAPH_MARK, " ")
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self._write(data if self._pre else _one_space(data))

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._write(_PARAGRAPH_MARK)
        elif tag in _LINE:
            self._write("\n")

    def _checkbox(self, attrs: dict[str, str | None]) -> None:
        if (attrs.get("type") or "").lower() in {"checkbox", "radio"} and not self._hidden:
            self._write(" " + (CHECKED if "checked" in attrs else UNCHECKED) + " ")

    def finish(self) -> None:
        """Close whatever tables the markup left open."""
        while self._tables:
            self.end("table")

    def _write(self, piece: str, outer: int = 0) -> None:
        """Write into the innermost open cell (or `outer` tables further out), else the text."""
        depth = len(self._tables) - outer
        table = self._tables[depth - 1] if depth > 0 else None
        if table is None:
            self.out.append(piece)
        elif table.cells and table.in_cell:
            table.cells[-1].append(piece)
        elif piece.strip():
            table.cells.append([piece])

    def _end_row(self) -> None:
        """Write the finished row as one line; a row of a nested table goes into the outer cell."""
        table = self._tables[-1]
        if table.cells:
            row = " | ".join(_cell_text(cell) for cell in table.cells)
            table.cells = []
            table.in_cell = False
            nested = len(self._tables) > 1
            self._write(row + "; " if nested else "\n" + row + "\n", outer=1)


def _one_space(data: str) -> str:
    """`data` with each run of white space made one space (WHITE_SPACE.sub(" ", data), faster)."""
    words = data.split()
    if not words:
        return " " if data else ""
    text = " ".join(words)
    if data[0].isspace():
        text = " " + text
    if data[-1].isspace():
        text += " "
    return text


def _cell_text(pieces: list[str]) -> str:
    return WHITE_SPACE.sub(" ", "".join(pieces)).strip().rstrip(";").strip()


def html_to_text(markup: str) -> tuple[str, str]:
    """The visible text of an HTML string and its <title> ("" when there is none).

    >>> html_to_text("<p>Yes &amp; no</p><table><tr><td>a</td><td>b</td></tr></table>")[0]
    'Yes & no\\n\\na | b'
    """
    # a page with no more tags than MAX_NESTING cannot nest deeper: the count is far cheaper than the pass
    if markup.count("<") > MAX_NESTING and nesting_depth(markup) > MAX_NESTING:
        return _plain_reading(markup), ""
    try:
        document = LexborHTMLParser(markup).root
    except (SelectolaxError, ValueError) as error:
        raise UnreadableFile(f"malformed HTML: {error}") from None
    writer = _TextWriter()
    if document is not None and document.parent is not None:
        _walk(document.parent, writer)
    writer.finish()
    return _lay_out("".join(writer.out)), WHITE_SPACE.sub(" ", "".join(writer.title)).strip()


def nesting_depth(markup: str) -> int:
    """How many elements the markup holds open at once at most, counted in one pass over its tags."""
    depth = deepest = 0
    for match in TAG.finditer(markup):
        name = match.group(2).lower()
        if name in _VOID or name in _OPTIONAL_END:
            continue
        depth = max(0, depth - 1) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _plain_reading(markup: str) -> str:
    """The text of a page nested too deeply for the parser: tags dropped, blocks as lines, entities decoded."""
    text = BLOCK_TAG.sub("\n", _drop_hidden(markup))
    return _lay_out(html.unescape(_drop_tags(text)).replace(_PARAGRAPH_MARK, " "))


def _drop_hidden(markup: str) -> str:
    """The markup without script, style, head and template elements (an unclosed one runs to the end)."""
    pieces: list[str] = []
    at = 0
    while (start := HIDDEN_START.search(markup, at)) is not None:
        pieces.append(markup[at : start.start()])
        end = re.compile(rf"</{start.group(1)}\s*>", re.IGNORECASE).search(markup, start.end())
        if end is None:
            return "".join(pieces)
        at = end.end()
    pieces.append(markup[at:])
    return "".join(pieces)


def _drop_tags(markup: str) -> str:
    """Text with every "<...>" removed, in one pass (a "<" never closed is kept as text)."""
    pieces: list[str] = []
    at = 0
    while (start := markup.find("<", at)) != -1:
        end = markup.find(">", start)
        if end == -1:
            break
        pieces.append(markup[at:start])
        at = end + 1
    pieces.append(markup[at:])
    return "".join(pieces)


def _walk(document: LexborNode, writer: _TextWriter) -> None:
    """Depth-first over the tree: each element's start, its text and children, its end."""
    open_elements: list[tuple[str, Iterator[LexborNode]]] = [("", document.iter(include_text=True))]
    while open_elements:
        node = next(open_elements[-1][1], None)
        if node is None:
            tag = open_elements.pop()[0]
            if tag in _NOTED and tag not in _VOID:
                writer.end(tag)
            continue
        tag = node.tag or "-"
        if tag == "-text":
            writer.text(node.text_content or "")
        elif tag[0] != "-":  # not a comment or the doctype
            if tag in _NOTED:
                writer.start(tag, node)
            if tag == "template" and node.first_child is None:
                # An HTML <template> keeps its content outside the tree, in a fragment of its own.
                content = node.template_fragments()
                open_elements.append((tag, content[0].iter(include_text=True) if content else iter(())))
            elif node.first_child is not None or tag in _NOTED:
                open_elements.append((tag, node.iter(include_text=True)))


def _lay_out(text: str) -> str:
    """Turn the marks into breaks: a paragraph break is a blank line, a line break a newline.

    White space around a break goes, and breaks in a row become one, the strongest.
    """
    paragraphs = []
    for paragraph in text.split(_PARAGRAPH_MARK):
        lines = [line.strip(" \t") for line in paragraph.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    text = "\n\n".join(paragraphs)
    if "  " in text or "\t" in text:
        text = SPACE_RUN.sub(" ", text)
    return text.strip()


def read_html(path: Path, data: bytes) -> Document:
    """An HTML file as a Document; meta["title"] holds its <title> when it has one."""
    markup, encoding = decode_html(data)
    text, title = html_to_text(markup)
    meta = {"encoding": encoding}
    if title:
        meta["title"] = title
    return Document(text=text, kind="html", meta=meta)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes: BOM or valid UTF-8 first, then a <meta> charset, then guessing."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
        declared = META_CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii", "replace").lower()
            encoding = "cp1252" if encoding in _WESTERN_ALIASES else encoding
            try:
                return data.decode(encoding, errors="replace"), encoding
            except LookupError:
                pass
    return decode_text(data)
