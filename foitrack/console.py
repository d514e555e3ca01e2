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
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

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
    "awaiting": ("… awaiting", "dim"),
    "overdue": ("! overdue", "bold yellow"),
}


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters (ESC, the C1 set, CR ...) a terminal would act on; tab and newline are kept."""


def plain(value: object) -> str:
    """Text from a document, made safe to show: a control character becomes a visible ^X or \\xNN (a page
    break, CR or vertical tab a space).

    The result goes into a rich Text (never into markup), so "[redacted]" or "[/]" shows as written.
    """
    return _CONTROL.sub(_visible, "" if value is None else str(value))


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


def answer_cell(answer: str | None, value: str | None = None) -> Text:
    """An answer class as a marked, coloured cell, with its key value when there is one."""
    if not answer:
        return Text("")
    label, style = ANSWER_STYLE.get(answer, (answer, ""))
    text = Text(label, style=style)
    if value:
        text.append(f" {plain(value)}")
    return text


def _cell(value: Any) -> Text:
    """A table cell: a rich Text as it is, anything else as plain text (never read as markup)."""
    if isinstance(value, Text):
        return value
    return Text(plain(value))


def print_table(
    rows: Sequence[Mapping[str, Any]],
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
    footer: Mapping[str, Any] | None = None,
) -> None:
    """Rows of dicts as a rich table on stdout."""
    if not rows:
        err.print("(nothing to show)")
        return
    if len(rows) > MAX_TABLE_ROWS:
        err.print(f"Showing the first {MAX_TABLE_ROWS} of {len(rows)} rows: use --format csv for them all.")
        rows = rows[:MAX_TABLE_ROWS]
    names = list(columns or rows[0].keys())
    table = Table(
        title=None if title is None else Text(plain(title)),
        show_lines=False,
        show_footer=footer is not None,
        expand=False,
    )
    for name in names:
        table.add_column(Text(plain(name)), footer=_cell((footer or {}).get(name)))
    for row in rows:
        table.add_row(*(_cell(row.get(name)) for name in names))
    out.print(table)


@contextmanager
def progress(total: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr, fed one call per finished file; a no-op when disabled."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _name: None
        return
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
    _print_findings("Answers", doc["answers"], ["label", "answer", "value", "page", "quote"], answers=True)
    _print_findings("Amounts", doc["amounts"], ["text", "gbp", "per", "about", "cost_limit", "page", "quote"])
    _print_findings("Exemptions", doc["exemptions"], ["code", "act", "page", "quote"])
    out.rule("Text")
    lines = (doc["text"] or "").splitlines()
    shown = lines if text_lines is None else lines[:text_lines]
    out.print(Text(plain("\n".join(shown))))
    if len(shown) < len(lines):
        err.print(f"... {len(lines) - len(shown)} more lines (use --full to see them all)")


def _print_metadata(doc: Mapping[str, Any]) -> None:
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
        ("parent", doc["parent_id"]),
        ("ingested", doc["ingested_at"]),
    ]
    pairs += [(f"email {k}", v) for k, v in doc["meta"].items() if k in ("from", "date", "subject")]
    pairs += [("warning", w) for w in doc["warnings"]]
    pairs += [("attachment", f"{c['id']}: {c['file']}") for c in doc["children"]]
    for key, value in pairs:
        if value is not None:
            table.add_row(key, Text(plain(value)))
    out.print(table)


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
                "quote": ex.get("authority_quote"),
            }
        )
    if ex.get("reference"):
        rows.append({"field": "reference", "value": ex["reference"], "quote": ex.get("reference_quote")})
    for d in doc["dates"]:
        value = d["value"] + (f" to {d['end_value']}" if d.get("end_value") else "")
        rows.append({"field": f"{d['role']} date", "value": value, "page": d["page"], "quote": d["quote"]})
    rows.append({"field": "outcome", "value": ex.get("outcome") or "(no reply found)", "how": ex.get("regime")})
    print_table(rows, title="Fields", columns=["field", "value", "how", "page", "quote"])


def _print_findings(title: str, rows: Sequence[Mapping[str, Any]], columns: list[str], answers: bool = False) -> None:
    if not rows:
        return
    shaped = [dict(r) for r in rows]
    if answers:
        for r in shaped:
            r["answer"] = answer_cell(r["answer"])
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
