"""Comparing replies across bodies: compare (terminal tables, charts, any format) and report (HTML).

The comparison itself is foitrack.compare, imported by the commands that use it; this module
only shapes its groups into tables that fit the terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from foitrack import console
from foitrack.cli import (
    DEFAULT_DB,
    DbPath,
    Format,
    Output,
    OutputFormat,
    Today,
    _collector_paused,
    _destination,
    _emit,
    _not_the_database,
    _opened,
    _topic,
    app,
)

if TYPE_CHECKING:
    from foitrack.compare import Comparison, Group, QuestionMoney


VerifiedOnly = Annotated[bool, typer.Option("--verified-only", help="Only values a person has verified or corrected.")]


@app.command(name="compare")
def compare_command(
    db: DbPath = DEFAULT_DB,
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="A topic, e.g. funding, strategy.")] = None,
    question: Annotated[str | None, typer.Option("--question", help="One question label, e.g. 1a or Q3.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only bodies of this kind (council, police ...).")] = None,
    topics: Annotated[Path | None, typer.Option("--topics", help="A TOML file of extra topics.")] = None,
    quotes: Annotated[bool, typer.Option("--quotes", help="Add each answer's quote and confidence.")] = False,
    request: Annotated[
        int | None,
        typer.Option(
            "--request", "-r", help="Only replies to this request; bodies yet to answer show as awaiting or overdue."
        ),
    ] = None,
    all_replies: Annotated[
        bool, typer.Option("--all", help="Also a body's older replies to the same request, not only its latest.")
    ] = False,
    chart: Annotated[bool, typer.Option("--chart", help="Also draw the comparable sums as bars.")] = False,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    today: Today = None,
    checked_only: VerifiedOnly = False,
) -> None:
    """Compare what every body answered: a table per request, a row per reply, a column per question.

    Money is summed only like with like (one question, one period); stated totals, rates and
    cost limits are shown, never added. See docs/comparing.md. A mark follows each value a
    person has checked: ✓ verified, ✱ corrected (see `foitrack review`).
    """
    from foitrack.compare import compare, flat_rows

    with _collector_paused():  # ~1M objects at 100k documents, few in cycles
        chosen = _topic(topic, topics)
        _not_the_database(output, db)
        with _opened(db, read_only=True) as database:
            result = compare(
                database,
                topic=chosen,
                question=question,
                kind=kind,
                request_id=request,
                today=today,
                all_replies=all_replies,
            )
        result = _checked(result, checked_only)
        title = chosen.title if chosen else f"Question {question}"
        if fmt is OutputFormat.table and output is None:
            if not result.groups:
                console.info("(nothing to compare: no reply answers a question on this topic)")
            for group in result.groups:
                _print_group(group, title=title, quotes=quotes, prefer=chosen.answers if chosen else ())
        else:
            _emit(flat_rows(result, quotes=quotes), fmt, output=output)
        if chart:
            _print_charts(result)


def _print_charts(result: Comparison) -> None:
    """Bars of each group's comparable sums (compare.chart_series)."""
    from foitrack.compare import chart_series

    for group in result.groups:
        for key, period, bars in chart_series(group):
            console.print_bar_chart(
                [(body, s.gbp) for body, s in bars],
                title=f"Q{key}, {period}: {_shorten(group.questions.get(key, ''))}",
            )


def _checked(result: Comparison, checked_only: bool) -> Comparison:
    """The comparison (only its checked values with --verified-only), saying how many cells are unchecked."""
    from foitrack.compare import unverified_cells, verified_only

    if checked_only:
        return verified_only(result)
    unchecked, cells = unverified_cells(result)
    if unchecked:
        console.info(f"{unchecked} of {cells} answer cells are not yet verified (foitrack review)")
    return result


@app.command()
def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    db: DbPath = DEFAULT_DB,
    topic: Annotated[str, typer.Option("--topic", "-t", help="A topic, e.g. funding.")] = "funding",
    kind: Annotated[str | None, typer.Option("--kind", help="Only bodies of this kind.")] = None,
    topics: Annotated[Path | None, typer.Option("--topics", help="A TOML file of extra topics.")] = None,
    request: Annotated[int | None, typer.Option("--request", "-r", help="Only replies to this request.")] = None,
    all_replies: Annotated[bool, typer.Option("--all", help="Also a body's older replies.")] = False,
    today: Today = None,
    checked_only: VerifiedOnly = False,
) -> None:
    """Write one self-contained HTML page: the comparison, charts of comparable sums, the sources."""
    from foitrack.compare import compare
    from foitrack.report import Source, render_report

    _not_the_database(output, db)
    chosen = _topic(topic, topics)
    assert chosen is not None
    with _opened(db, read_only=True) as database:
        result = compare(database, topic=chosen, kind=kind, request_id=request, today=today, all_replies=all_replies)
    result = _checked(result, checked_only)
    listed = [
        Source(r["document"], r.get("file") or "", r["body"], r["response"]) for r in result.rows if r.get("document")
    ]
    page = render_report(result, title=chosen.title, sources=listed)
    with _destination(output) as out:
        out.write(page)
    console.info(f"Wrote {output} ({len(result.rows)} replies in {len(result.groups)} tables)")


TABLE_ROWS = 50
"""Replies (and bodies with sums) a terminal table shows; --format csv has them all (rich takes
~3 ms a row, and nobody reads more at a terminal)."""
MONEY_ROWS = 20
"""Bodies a terminal table of sums by period shows (its totals always cover them all)."""
QUESTION_COLUMN_WIDTH = 14
"""Terminal columns a question's cell needs to stay readable ("✔ yes", "⛔ refused s12")."""
FIXED_COLUMNS_WIDTH = 30
"""Terminal columns kept for the body's name and file."""


def _shown_questions(result: Group, quotes: bool, prefer: Sequence[str] = ()) -> list[str]:
    """The question columns that fit the terminal: the most answered (with a class in `prefer`,
    when given), in question order."""
    per_question = QUESTION_COLUMN_WIDTH * (3 if quotes else 1)
    room = max(1, (console.width() - FIXED_COLUMNS_WIDTH) // per_question)
    if len(result.columns) <= room:
        return result.columns

    def answered(key: str) -> tuple[int, int]:
        counts = result.counts.get(key, Counter())
        return (-sum(counts[c] for c in prefer), -sum(counts.values()))

    answered_first = sorted(result.columns, key=answered)
    kept = set(answered_first[:room])
    shown = [key for key in result.columns if key in kept]
    console.info(
        f"Showing {len(shown)} of {len(result.columns)} questions, those most bodies answered "
        f"({', '.join('Q' + k for k in shown)}): use --question LABEL for another, or --format csv for all."
    )
    return shown


def _quoted(cell: dict[str, Any]) -> str:
    """An answer's quote with its confidence: "No funding is given. (0.93)"."""
    sure = cell.get("confidence")
    return f"{cell['quote']} ({sure:.2f})" if sure is not None else str(cell["quote"] or "")


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: text.rfind(" ", 0, width - 1)].rstrip(" ,;:") + "…"


def _body_cell(row: dict[str, Any]) -> str:
    """The body, a mark when it replied more than once, and the file the row comes from."""
    mark = ""
    if row.get("replies", 1) > 1:
        mark = " ★ latest" if row.get("latest", True) else " (older)"
    file = f"\n{row['file']}" if row.get("file") else ""
    return f"{row['body']}{mark}{file}"


def _print_group(group: Group, *, title: str, quotes: bool, prefer: Sequence[str] = ()) -> None:
    columns = _shown_questions(group, quotes, prefer) if group.columns else []
    rows: list[dict[str, Any]] = []
    for row in group.rows[: console.shown_rows(len(group.rows), TABLE_ROWS)]:  # cells only for rows shown
        shaped: dict[str, Any] = {"body (file)": _body_cell(row)}
        if not columns:  # replies without questions read: a whole refusal, a scan
            shaped["reply"] = console.answer_cell(row["status"], row.get("section"))
        for key in columns:
            cell = row.get(key)
            shaped[f"Q{key}"] = _answer_text(cell)
            if quotes:
                shaped[f"Q{key} quote"] = _quoted(cell) if cell else ""
        rows.append(shaped)
    footer: dict[str, Any] = {"body (file)": f"{len(group.rows)} replies"}
    for key in columns:
        footer[f"Q{key}"] = ", ".join(f"{n} {c}" for c, n in group.counts.get(key, Counter()).most_common())
    names = ["body (file)"] + [n for key in columns for n in ([f"Q{key}", f"Q{key} quote"] if quotes else [f"Q{key}"])]
    names += [] if columns else ["reply"]
    console.print_table(
        rows, title=f"{title}: {group.title}", columns=names, footer=footer, fold=["body (file)"], max_rows=TABLE_ROWS
    )
    lines: list[str] = []
    if group.hidden:
        lines.append(f"{group.hidden} older replies from bodies that replied again are left out: --all shows them.")
    for key in columns:
        money = group.money.get(key)
        if money is not None:
            _print_money(group, key, money)
            lines += [f"Q{key}: {note}" for note in money.notes]
    lines += [f"Q{key}: {group.questions.get(key, '')}" for key in columns]
    console.print_lines(lines)


def _answer_text(cell: dict[str, Any] | None) -> Any:
    if not cell:
        return ""
    detail = cell.get("section") or cell.get("value")
    if cell.get("due"):
        detail = f"(due {cell['due']})"
    return console.answer_cell(cell["answer"], detail, checked=cell.get("checked"), confidence=cell.get("confidence"))


def _print_money(group: Group, key: str, money: QuestionMoney) -> None:
    """The body × period table of one question's sums, with a total per period where one is honest."""
    periods = _shown_periods(key, money)
    given = [(i, sums) for i, sums in money.by_row.items() if any(p in sums for p in periods)]
    if not given:
        return
    rows = []
    for i, sums in given[: console.shown_rows(len(given), MONEY_ROWS)]:  # cells only for rows shown
        shown = {p: f"{s.text()} {console.check_mark(s.checked)[:1]}".rstrip() for p, s in sums.items() if p in periods}
        rows.append({"body": group.rows[i]["body"], **shown})
    footer: dict[str, Any] = {"body": "total"}
    for period, total in money.totals.items():
        if period not in periods:
            continue
        footer[period] = f"{total.text()} ({total.parts} bodies)" if total.parts > 1 else total.text()
    console.print_table(
        rows, title=f"Q{key} by period (£)", columns=["body", *periods], footer=footer, max_rows=MONEY_ROWS
    )


PERIOD_COLUMN_WIDTH = 14
"""Terminal columns a period's sums need ("≈ £1,309,550")."""
MAX_PERIODS = 6
"""Periods side by side in a terminal table, however wide: more is --format csv's job."""


def _shown_periods(key: str, money: QuestionMoney) -> list[str]:
    """The periods that fit the terminal: those most bodies gave a figure for, in period order."""
    room = max(1, min(MAX_PERIODS, (console.width() - 20) // PERIOD_COLUMN_WIDTH))
    if len(money.periods) <= room:
        return money.periods
    given = Counter(p for sums in money.by_row.values() for p in sums)
    kept = set(sorted(money.periods, key=lambda p: -given[p])[:room])
    shown = [p for p in money.periods if p in kept]
    console.info(f"Q{key}: showing the sums of {len(shown)} of {len(money.periods)} periods: --format csv has all.")
    return shown
