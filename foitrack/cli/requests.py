"""Tracking requests: the `request` group (add, edit, remove, set and the verbs below), the
top-level verbs that keep their short names (requests, status, overdue, mark, history, unlinked,
stats, link, unlink), and due and holiday for deadlines.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from foitrack import console, tracking
from foitrack.cli import (
    DEFAULT_DB,
    DbPath,
    ErrorReportingGroup,
    Format,
    OutputFormat,
    Today,
    Yes,
    _confirm,
    _emit,
    _iso_date,
    _opened,
    app,
)
from foitrack.errors import FoitrackError

# Mounted as `foitrack request` in foitrack/cli/__init__.py.
request_app: typer.Typer = typer.Typer(
    help="Requests sent to many bodies: add them and follow each reply.", no_args_is_help=True, cls=ErrorReportingGroup
)


NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")


def _nation(value: str | None) -> str | None:
    """A nation's name as the gazetteer writes it, or one line listing the nations known."""
    if value is None:
        return None
    for nation in NATIONS:
        if " ".join(value.replace("-", " ").split()).lower() == nation.lower():
            return nation
    raise typer.BadParameter(f"unknown nation {value!r}: expected {', '.join(NATIONS[:-1])} or {NATIONS[-1]}")


def _today(value: datetime.date | None) -> datetime.date:
    return value or datetime.date.today()


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise FoitrackError(f"{path}: cannot read: {error.strerror or error}") from error
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@request_app.command("add")
def request_add(
    title: Annotated[str, typer.Argument(help="A short name for the request.")],
    sent: Annotated[
        datetime.date, typer.Option("--sent", parser=_iso_date, metavar="YYYY-MM-DD", help="The day it was sent.")
    ],
    db: DbPath = DEFAULT_DB,
    text_file: Annotated[Path | None, typer.Option("--text-file", help="The request's text (its questions).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", help="A body it was sent to (repeat).")] = None,
    to_file: Annotated[Path | None, typer.Option("--to-file", help="A file of body names, one a line.")] = None,
    to_kind: Annotated[str | None, typer.Option("--to-kind", help="Every body of a kind: council, police ...")] = None,
    nation: Annotated[
        str | None,
        typer.Option("--nation", callback=_nation, help="With --to-kind or --new-body: England, Wales, Scotland ..."),
    ] = None,
    new_body: Annotated[
        list[str] | None, typer.Option("--new-body", help="A body foitrack does not know, added as written (repeat).")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="With --new-body: its kind, e.g. parish.")] = None,
    skip_unmatched: Annotated[
        bool, typer.Option("--skip-unmatched", help="Leave out names that match no body instead of stopping.")
    ] = False,
    eir: Annotated[
        bool, typer.Option("--eir", help="Handled under the Environmental Information Regulations.")
    ] = False,
) -> None:
    """Record a request sent to many bodies on one day.

    Example: foitrack request add "Modern slavery leads" --text-file request.txt
    --sent 2024-01-11 --to "Leicester City Council" --to "Thurrock Council"
    --new-body "Little Snoring Parish Council" --kind parish --nation england
    """
    text = "\n".join(_read_lines(text_file)) if text_file else ""
    names = list(to or []) + (_read_lines(to_file) if to_file else [])
    new = [tracking.NewBody(name, kind, nation) for name in new_body or []]
    selection = tracking.choose_bodies(
        names,
        kind=to_kind,
        nation=nation if to_kind else None,
        eir=eir,
        new_bodies=new,
        skip_unmatched=skip_unmatched,
    )
    with _opened(db, create=True) as database:
        request_id = tracking.add_request(database, title, text, sent, selection.bodies, eir=eir)
        questions = database.table("request_questions").count_where("request_id = ?", [request_id])
    _report_matches(selection)
    count = len(selection.bodies)
    console.info(f"Request {request_id}: {title!r} sent {sent} to {count} bodies, {questions} questions")


def _report_matches(selection: tracking.BodySelection) -> None:
    """Every name that became another body's name, and every name left out."""
    for match in selection.matches:
        if match.renamed and match.body is not None:
            console.info(f"{match.asked} -> {match.body.name}")
    for match in selection.skipped:
        console.warning(
            f"skipped {match.asked!r}: no body matches it (close names: {', '.join(match.close) or 'none'})"
        )


@request_app.command("edit")
def request_edit(
    request_id: Annotated[int, typer.Argument(help="The request's id (see `foitrack requests`).")],
    title: Annotated[str | None, typer.Option("--title", help="A new name.")] = None,
    sent: Annotated[
        datetime.date | None,
        typer.Option("--sent", parser=_iso_date, metavar="YYYY-MM-DD", help="The day it was really sent."),
    ] = None,
    text_file: Annotated[Path | None, typer.Option("--text-file", help="The request's text (its questions).")] = None,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Change a request's name, sent day or text; due dates follow at once."""
    if title is None and sent is None and text_file is None:
        raise FoitrackError("nothing to change: give --title, --sent or --text-file")
    text = "\n".join(_read_lines(text_file)) if text_file else None
    with _opened(db) as database:
        row = tracking.edit_request(database, request_id, title=title, sent=sent, text=text)
    console.info(f"Request {request_id}: {row['title']!r} sent {row['sent']}")


@request_app.command("remove")
def request_remove(
    request_id: Annotated[int, typer.Argument(help="The request's id (see `foitrack requests`).")],
    yes: Yes = False,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Delete a request with its bodies, events and links; the replies stay in the database."""
    with _opened(db) as database:
        rows = tracking.list_requests(database, datetime.date.today())
        found = next((r for r in rows if r["id"] == request_id), None)
        if found is None:
            raise FoitrackError(f"no request with id {request_id} (see `foitrack requests`)")
        _confirm(f"Remove request {request_id} {found['title']!r} and its {found['bodies']} bodies?", yes)
        tracking.remove_request(database, request_id)
    console.info(f"Removed request {request_id}: {found['title']!r}")


@app.command()
def link(
    document_id: Annotated[int, typer.Argument(help="The reply's id (see `foitrack unlinked`).")],
    request_id: Annotated[int, typer.Argument(help="The request it answers.")],
    body: Annotated[str, typer.Argument(help="The body that sent it (as in `foitrack status`).")],
    db: DbPath = DEFAULT_DB,
) -> None:
    """Link a reply to one body of a request by hand (replacing any automatic link)."""
    with _opened(db) as database:
        result = tracking.link_document(database, document_id, request_id, body)
    console.info(f"Document {document_id} linked to {result.detail}")


@app.command()
def unlink(
    document_id: Annotated[int, typer.Argument(help="The reply's id.")],
    db: DbPath = DEFAULT_DB,
) -> None:
    """Undo a reply's link to a request, and the reply event it recorded."""
    with _opened(db) as database:
        row = tracking.unlink_document(database, document_id)
    console.info(f"Document {document_id} unlinked from request {row['request_id']}: {row['name']}")


@request_app.command("set")
def request_set(
    request_id: Annotated[int, typer.Argument(help="The request's id.")],
    body: Annotated[str, typer.Argument(help="The body's name (as in `foitrack status`).")],
    regime: Annotated[
        str | None, typer.Option("--regime", help="The Act it answers under: foia, eir, foisa, eisr.")
    ] = None,
    school: Annotated[
        bool | None, typer.Option("--school/--not-school", help="A maintained school or academy.")
    ] = None,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Override one body's Act or mark it a school; its due date follows at once."""
    with _opened(db) as database:
        row = tracking.set_body(database, request_id, body, regime=regime, school=school)
    console.info(f"{row['name']}: {row['regime']}" + (", school" if row["school"] else ""))


@app.command("requests")
def requests_list(db: DbPath = DEFAULT_DB, fmt: Format = OutputFormat.table, today: Today = None) -> None:
    """Every request with counts of bodies by status."""
    with _opened(db) as database:
        rows = tracking.list_requests(database, _today(today))
    _emit(rows, fmt, title="Requests")


def _public(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]


@app.command()
def status(
    request_id: Annotated[int, typer.Argument(help="The request's id (see `foitrack requests`).")],
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
    today: Today = None,
) -> None:
    """One request: a row per body with its stage, due date, days late and outcome."""
    with _opened(db) as database:
        rows = tracking.request_status(database, request_id, _today(today))
    if fmt is OutputFormat.table:
        rows = [_status_line(r) for r in rows]
    _emit(_public(rows), fmt, title=f"Request {request_id}")


def _status_line(row: dict[str, Any]) -> dict[str, Any]:
    """The columns of `status` and `overdue` that fit 80 columns: the rest are in --format csv/json."""
    stage = row["outcome"] if row["stage"] == "complete" and row.get("outcome") else row["stage"]
    days = row.get("days_late")
    late = f"{days} day{'' if days == 1 else 's'}" if days else ""
    if row.get("overdue"):
        late = f"{late}, {row['overdue']}" if late else row["overdue"]
    line = {"body": row["body"], "stage": stage, "due": row["due"], "late": late, "replied": row["replied"]}
    return {"request": row["request"], **line} if "title" in row else line


@app.command()
def overdue(db: DbPath = DEFAULT_DB, fmt: Format = OutputFormat.table, today: Today = None) -> None:
    """Every late reply across all requests, most late first."""
    with _opened(db) as database:
        rows = tracking.overdue(database, _today(today))
    if fmt is OutputFormat.table:
        rows = [_status_line(r) for r in rows]
    _emit(_public(rows), fmt, title="Overdue")


@app.command()
def mark(
    request_id: Annotated[int, typer.Argument(help="The request's id.")],
    body: Annotated[str, typer.Argument(help="The body's name (as in `foitrack status`).")],
    event: Annotated[str, typer.Argument(help="What happened: " + ", ".join(tracking.MARK_KINDS) + ".")],
    on: Annotated[
        datetime.date | None,
        typer.Option("--on", parser=_iso_date, metavar="YYYY-MM-DD", help="When [default: today]."),
    ] = None,
    outcome: Annotated[
        str | None, typer.Option("--outcome", help="For a reply: granted, partial, refused, not_held.")
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A note kept with the event.")] = "",
    db: DbPath = DEFAULT_DB,
) -> None:
    """Record what happened to one body's request, e.g. an internal review asked for."""
    day = on or datetime.date.today()
    with _opened(db) as database:
        row = tracking.mark(database, request_id, body, event, day, note=note, outcome=outcome)
    console.info(f"{row['body']}: {row['stage']}" + (f", due {row['due']}" if row["due"] else ""))


@app.command()
def history(
    request_id: Annotated[int, typer.Argument(help="The request's id.")],
    body: Annotated[str | None, typer.Option("--body", help="Only this body.")] = None,
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
) -> None:
    """Every dated event of a request, oldest first."""
    with _opened(db) as database:
        rows = tracking.history(database, request_id, body)
    _emit(rows, fmt, title=f"History of request {request_id}")


@app.command()
def unlinked(db: DbPath = DEFAULT_DB, fmt: Format = OutputFormat.table) -> None:
    """Replies not linked to a request, with the best candidates."""
    with _opened(db) as database:
        rows = tracking.unlinked(database)
    _emit(rows, fmt, title="Unlinked replies")


@app.command()
def due(
    sent: Annotated[
        datetime.date, typer.Option("--sent", parser=_iso_date, metavar="YYYY-MM-DD", help="The day it was received.")
    ],
    nation: Annotated[
        str | None, typer.Option("--nation", callback=_nation, help="England, Wales, Scotland or Northern Ireland.")
    ] = None,
    eir: Annotated[bool, typer.Option("--eir", help="Environmental Information Regulations.")] = False,
    days: Annotated[int, typer.Option("--days", min=1, help="Working days allowed.")] = 20,
    db: DbPath = DEFAULT_DB,
) -> None:
    """When is a reply due? Shows day 1 and every weekend day and holiday skipped."""
    from foitrack.tracking import due_date, explain

    regime = tracking.regime_for(nation, eir=eir)
    extra: list[datetime.date] = []
    if db.exists():  # holidays added by hand live in the database; without one, the calendar alone
        with _opened(db) as database:
            extra = tracking.extra_holidays(database)
    deadline = due_date(sent, regime, days, extra)  # type: ignore[arg-type]
    for line in explain(deadline):
        typer.echo(line)


@app.command()
def stats(
    request_id: Annotated[int | None, typer.Argument(help="One request's id [default: every request].")] = None,
    by_body: Annotated[bool, typer.Option("--by-body", help="One row per body across all requests.")] = False,
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
    today: Today = None,
) -> None:
    """Replies on time, working days taken, outcomes by share and refusals by section."""
    with _opened(db) as database:
        if by_body:
            rows = tracking.body_statistics(database, _today(today))
        else:
            rows = tracking.request_statistics(database, request_id, _today(today))
    _emit(rows, fmt, title="Statistics")


@app.command()
def holiday(
    day: Annotated[
        datetime.date, typer.Argument(parser=_iso_date, metavar="YYYY-MM-DD", help="A day that is not a working day.")
    ],
    name: Annotated[str, typer.Option("--name", help="What the day is.")] = "added by user",
    db: DbPath = DEFAULT_DB,
) -> None:
    """Add a non-working day (a new one-off bank holiday); open deadlines move at once."""
    with _opened(db, create=True) as database:
        tracking.add_holiday(database, day, name)
    console.info(f"{day} added as a non-working day: {name}")


# Every request verb lives under `request`; the common ones keep their short top-level names
# (`foitrack status 1` is `foitrack request status 1`).
for _name, _command in (
    ("list", requests_list),
    ("status", status),
    ("overdue", overdue),
    ("mark", mark),
    ("history", history),
    ("unlinked", unlinked),
    ("stats", stats),
    ("link", link),
    ("unlink", unlink),
):
    request_app.command(_name)(_command)
