"""Everything foitrack shows a person: tables, progress, messages. The only module that imports rich.

Data goes to stdout; messages, warnings and progress go to stderr, so
`foitrack export csv > x.csv` never holds a progress line. Answer classes carry a
text mark as well as a colour, so a table reads the same without colour.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.text import Text

from foitrack.lexicon.confidence import is_uncertain

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # an error stays one line, however long its path

OTHER_MAX_WIDTH = 15
"""In a table with a folded column (a body and its file), the widest the other columns grow:
the folded column gets the rest of the terminal."""
MAX_TABLE_ROWS = 500
"""A terminal table longer than this is cut (rich lays out every row: ~6 ms a row)."""

ANSWER_STYLE = {
    "yes": ("✔ yes", "green"),
    "no": ("✘ no", "red"),
    "none": ("∅ none", "magenta"),
    "not_held": ("? not held", "yellow"),
    "refused": ("⛔ refused", "bold red"),
    "not_applicable": ("- n/a", "dim"),
    "provided": ("✎ provided", "cyan"),
    "needs_ocr": ("◌ needs OCR", "yellow"),
    "awaiting": ("… awaiting", "dim"),
    "overdue": ("! overdue", "bold yellow"),
    "unverified": ("· unverified", "dim"),
}


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters (ESC, the C1 set, CR ...) a terminal would act on; tab and newline are kept."""


def plain(value: object) -> str:
    """Text from a document, made safe to show: a control character becomes a visible ^X or \\xNN (a page
    break, CR or vertical tab a space).

    The result goes into a rich Text (never into markup), so "[redacted]" or "[/]" shows as written.
    """
    return _CONTROL.sub(_visible, "" if value is None else str(value))


def _same_width(match: re.Match[str]) -> str:
    """A control character as one visible character, so offsets into the text still hold."""
    return " " if match.group() in "\x0b\x0c\x0d" else "\ufffd"


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in (0x0B, 0x0C, 0x0D):  # vertical tab, page break, carriage return: a space (a CR could overwrite)
        return " "
    return f"^{chr(code + 64)}" if code < 0x20 else f"\\x{code:02x}"


def width() -> int:
    """Columns of the terminal stdout is shown on (80 when it is not a terminal)."""
    return out.width


def error(message: str) -> None:
    """One line on stderr: 'Error: <message>'."""
    err.print(Text("Error:", style="bold red"), Text(plain(message)))


def warning(message: str) -> None:
    """One line on stderr: 'Warning: <message>'."""
    err.print(Text("Warning:", style="yellow"), Text(plain(message)))


def info(message: str) -> None:
    """One line on stderr."""
    err.print(Text(plain(message)))


def answer_cell(
    answer: str | None, value: str | None = None, checked: str | None = None, confidence: float | None = None
) -> Text:
    """An answer class as a marked, coloured cell, with its key value and check mark when there are.

    An uncertain class (confidence below foitrack.lexicon.confidence.UNCERTAIN_BELOW) is marked "(?)".
    """
    if not answer:
        return Text("")
    label, style = ANSWER_STYLE.get(answer, (answer, ""))
    text = Text(label + (" (?)" if is_uncertain(confidence) else ""), style=style)
    if value:
        text.append(f" {plain(value)}")
    if checked in CHECK_MARKS:
        text.append(" " + CHECK_MARKS[checked][0], style="bold")
    return text


CHECK_MARKS = {"verified": "✓ verified", "corrected": "✱ corrected"}
"""How a value a person checked is marked: text as well as a sign, so it reads without colour."""


def check_mark(checked: str | None) -> str:
    """'✓ verified', '✱ corrected', or '' for a value nobody has checked."""
    return CHECK_MARKS.get(checked or "", "")


def print_lines(lines: Sequence[str]) -> None:
    """Lines of text on stdout (with a table they belong to), wrapped at word boundaries."""
    if lines:  # one Text of many lines: rich wraps each line alike, with its fixed cost paid once
        out.print(Text("\n".join(plain(line) for line in lines)), overflow="fold")


def _cell(value: Any) -> Text:
    """A table cell: a rich Text as it is, anything else as plain text (never read as markup)."""
    if isinstance(value, Text):
        return value
    return Text(plain(value))


def shown_rows(total: int, max_rows: int = MAX_TABLE_ROWS) -> int:
    """How many of `total` rows a terminal table shows; says on stderr when it leaves some out.

    A caller that builds its cells can build only the rows shown, then print_table them.
    """
    if total > max_rows:
        err.print(f"Showing the first {max_rows} of {total} rows: use --format csv for them all.")
    return min(total, max_rows)


def print_table(
    rows: Sequence[Mapping[str, Any]],
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
    footer: Mapping[str, Any] | None = None,
    fold: Sequence[str] = (),
    max_rows: int = MAX_TABLE_ROWS,
) -> None:
    """Rows of dicts as a rich table on stdout; words too long for a `fold` column are folded, not cut."""
    if not rows:
        err.print("(nothing to show)")
        return
    from rich.table import Table  # only commands that draw a table pay its import (~5 ms)

    rows = rows[: shown_rows(len(rows), max_rows)]
    names = list(columns or rows[0].keys())
    table = Table(
        title=None if title is None else Text(plain(title)),
        show_lines=False,
        show_footer=footer is not None,
        expand=False,
    )
    for name in names:
        folded = name in fold
        table.add_column(
            Text(plain(name)),
            footer=_cell((footer or {}).get(name)),
            overflow="fold" if folded else "ellipsis",
            max_width=None if folded or not fold else OTHER_MAX_WIDTH,
        )
    for row in rows:
        table.add_row(*(_cell(row.get(name)) for name in names))
    out.print(table)


@contextmanager
def progress(total: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr, fed one call per finished file; a no-op when disabled."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _name: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn  # ingest only

    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    with bar:
        task = bar.add_task("Ingesting", total=total)
        yield lambda _name: bar.advance(task)


def print_summary(counts: Mapping[str, int]) -> None:
    """The end-of-batch table: how many files were ingested, present, skipped, failed."""
    from rich.table import Table

    table = Table(title="Ingest summary", show_header=True)
    table.add_column("result")
    table.add_column("files", justify="right")
    for name, count in counts.items():
        style = "bold red" if name == "failed" and count else ""
        table.add_row(Text(name, style=style), str(count))
    err.print(table)


def print_document(doc: Mapping[str, Any], *, text_lines: int | None) -> None:
    """One document: its metadata, every extracted field with its quote, then its text."""
    out.rule(Text(plain(f"Document {doc['id']}: {doc['file']}")))
    _print_metadata(doc)
    _print_fields(doc)
    columns = ["label", "answer", "value", "confidence", "checked", "page", "quote"]
    _print_findings("Answers", doc["answers"], columns, answers=True)
    amounts = [{"#": i, **a} for i, a in enumerate(doc["amounts"], 1)]
    _print_findings("Amounts", amounts, ["#", "text", "gbp", "per", "period", "about", "cost_limit", "checked", "page"])
    _print_findings("Exemptions", doc["exemptions"], ["code", "act", "page", "quote"])
    out.rule("Text")
    text = doc["text"] or ""
    lines = text.splitlines()
    shown = lines if text_lines is None else lines[:text_lines]
    out.print(_marked_text(text, doc.get("excluded") or [], len(shown)))
    if len(shown) < len(lines):
        err.print(f"... {len(lines) - len(shown)} more lines (use --full to see them all)")


def _print_metadata(doc: Mapping[str, Any]) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    pairs = [
        ("kind", doc["kind"]),
        ("status", doc["status"]),
        ("pages", doc["page_count"]),
        ("size", doc["size"]),
        ("sha256", doc["sha256"]),
        ("path", doc["path"]),
        ("parent", ", ".join(str(p) for p in doc.get("parents") or []) or doc["parent_id"]),
        ("mail kind", MAIL_KIND_NAMES.get(doc.get("mail_kind") or "", doc.get("mail_kind"))),
        ("ingested", doc["ingested_at"]),
    ]
    pairs += [(f"email {k}", v) for k, v in doc["meta"].items() if k in ("from", "date", "subject")]
    pairs += [("warning", w) for w in doc["warnings"]]
    pairs += [("not extracted", _excluded_line(doc["text"] or "", span)) for span in doc.get("excluded") or []]
    pairs += [("attachment", f"{c['id']}: {c['file']}") for c in doc["children"]]
    for key, value in pairs:
        if value is not None:
            table.add_row(key, Text(plain(value)))
    out.print(table)


MAIL_KIND_NAMES = {
    "bounce": "bounce (not a reply)",
    "auto_reply": "automatic reply (not a reply)",
    "acknowledgement": "acknowledgement (not a reply)",
}
_EXCLUDED_NAMES = {"quoted": "quoted history", "signature": "signature", "disclaimer": "disclaimer or footer"}


def _excluded_line(text: str, span: Mapping[str, Any]) -> str:
    first = text.count("\n", 0, span["start"]) + 1
    last = text.count("\n", 0, max(span["start"], span["end"] - 1)) + 1
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    return f"{_EXCLUDED_NAMES.get(span['kind'], span['kind'])}, {where} (shown dimmed below)"


def _marked_text(text: str, excluded: Sequence[Mapping[str, Any]], line_count: int) -> Text:
    """The first `line_count` lines of `text`, the stretches left out of extraction dimmed."""
    cut = len(text) if line_count >= len(text.splitlines()) else _offset_of_line(text, line_count)
    shown = Text(_CONTROL.sub(_same_width, text[:cut].rstrip("\n")))
    for span in excluded:
        if span["start"] < cut:
            shown.stylize("dim italic", span["start"], min(span["end"], cut))
    return shown


def _offset_of_line(text: str, line: int) -> int:
    offset = 0
    for _ in range(line):
        found = text.find("\n", offset)
        if found < 0:
            return len(text)
        offset = found + 1
    return offset


def _print_fields(doc: Mapping[str, Any]) -> None:
    ex = doc["extraction"]
    rows: list[dict[str, Any]] = []
    if ex.get("authority"):
        signal = ex.get("authority_signal") or ""
        gaz = "" if ex.get("authority_in_gazetteer") else " (not in gazetteer)"
        rows.append(
            {
                "field": "authority",
                "value": f"{ex['authority']}{gaz}",
                "how": signal,
                "checked": check_mark(ex.get("authority_checked")),
                "quote": ex.get("authority_quote"),
            }
        )
    if ex.get("reference"):
        rows.append({"field": "reference", "value": ex["reference"], "quote": ex.get("reference_quote")})
    for d in doc["dates"]:
        value = d["value"] + (f" to {d['end_value']}" if d.get("end_value") else "")
        date_row = {"field": f"{d['role']} date", "value": value, "page": d["page"], "quote": d["quote"]}
        rows.append(date_row | {"checked": check_mark(d.get("checked"))})
    outcome = ex.get("outcome") or "(no reply found)"
    rows.append(
        {
            "field": "outcome",
            "value": outcome,
            "how": ex.get("regime"),
            "checked": check_mark(ex.get("outcome_checked")),
        }
    )
    print_table(rows, title="Fields", columns=["field", "value", "how", "checked", "page", "quote"])


def _print_findings(title: str, rows: Sequence[Mapping[str, Any]], columns: list[str], answers: bool = False) -> None:
    if not rows:
        return
    shaped = [dict(r) for r in rows]
    for r in shaped:
        if answers:
            r["answer"] = answer_cell(r["answer"], confidence=r.get("confidence"))
        r["checked"] = check_mark(r.get("checked"))
    if not any(r["checked"] for r in shaped):  # nobody has checked any yet: no empty column
        columns = [c for c in columns if c != "checked"]
    print_table(shaped, title=title, columns=columns)


def print_bar_chart(values: Sequence[tuple[str, Any]], *, title: str, width: int = 40) -> None:
    """Amounts per body as horizontal bars of block characters."""
    shown = [(label, value) for label, value in values if value]
    if not shown:
        err.print("(no amounts to chart)")
        return
    top = max(value for _, value in shown)
    label_width = min(34, max(len(label) for label, _ in shown))
    out.print(Text(plain(title), style="bold"))
    for label, value in sorted(shown, key=lambda lv: -lv[1]):
        length = max(1, int(width * value / top))
        line = Text(plain(label[:label_width]).ljust(label_width) + " ")
        line.append("█" * length, style="blue")
        line.append(f" £{value:,.0f}")
        out.print(line)


# ---------------------------------------------------------------- the review screen

REVIEW_KEYS = "[a]ccept  [c]hange class  [e]dit value  [s]kip  [o]pen whole text  [q]uit"


def print_review_item(item: Any, position: int, total: int) -> None:
    """One answer to review: where it is from, the question, the proposed class, the quote in context."""
    where = f"{item.file}" + (f" · {item.body}" if item.body else "")
    out.rule(Text(f"{position} of {total} · document {item.document_id}"), style="dim")
    out.print(Text(plain(where), style="dim"))
    out.print(
        Text.assemble(
            ("Question ", "bold"), (plain(f"{item.label}: "), "bold"), plain(item.question or "(no wording found)")
        )
    )
    proposed = answer_cell(item.answer, item.value, item.checked)
    reason = f"   ({item.reason})" if item.reason else ""
    out.print(Text.assemble(("Proposed: ", "bold"), proposed, (reason, "dim")))
    out.print(Text(f"From line {item.context.first_line}:", style="dim"))
    out.print(_in_context(item.context.before, item.context.match, item.context.after))
    out.print(Text(REVIEW_KEYS, style="bold"))


def _in_context(before: str, match: str, after: str) -> Text:
    """Text with the match highlighted, and between » « so it shows without colour too."""
    text = Text(plain(before.replace("\f", "\n")))
    if match:
        text.append("»" + plain(match) + "«", style="reverse bold")
    text.append(plain(after.replace("\f", "\n")))
    return text


def print_class_menu(classes: Sequence[str]) -> None:
    """The answer classes, one digit each."""
    choices = "  ".join(f"{i} {ANSWER_STYLE[c][0]}" for i, c in enumerate(classes, 1))
    out.print(Text(f"New class: {choices}   (Esc cancels)", style="bold"))


def prompt(text: str) -> None:
    """A prompt on the screen, the cursor left after it."""
    out.print(Text(text, style="bold"), end="")


def echo(text: str) -> None:
    """Characters typed at a prompt, shown as they come."""
    out.file.write(text)
    out.file.flush()


def print_whole_text(before: str, match: str, after: str) -> None:
    """A reply's whole text with the answer's quote highlighted."""
    out.rule("Whole text", style="dim")
    out.print(_in_context(before, match, after))
    out.rule("Press any key to go back", style="dim")
