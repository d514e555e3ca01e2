"""Commands for a person to check what was read: correct, corrections (list, undo) and review."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from foitrack import console
from foitrack.cli import (
    DEFAULT_DB,
    DbPath,
    ErrorReportingGroup,
    Format,
    OutputFormat,
    _emit,
    _opened,
    _topic,
    _warn_unknown_body,
    app,
)
from foitrack.errors import FoitrackError
from foitrack.models import ANSWER_CLASSES

if TYPE_CHECKING:
    from sqlite_utils import Database


@app.command()
def correct(
    document_id: Annotated[int | None, typer.Argument(help="The document's id (see `foitrack documents`).")] = None,
    label: Annotated[str | None, typer.Argument(help="A question's label as `show` lists it, e.g. Q4.")] = None,
    answer: Annotated[
        str | None, typer.Option("--answer", help="The right class: " + ", ".join(ANSWER_CLASSES))
    ] = None,
    value: Annotated[str | None, typer.Option("--value", help="The answer's key value ('' for none).")] = None,
    amount: Annotated[int | None, typer.Option("--amount", help="An amount's number (the # of `show`).")] = None,
    gbp: Annotated[str | None, typer.Option("--gbp", help="The amount's right value, e.g. 45000.")] = None,
    per: Annotated[str | None, typer.Option("--per", help="year, month, week or one-off.")] = None,
    year: Annotated[str | None, typer.Option("--year", help="The year or period it covers, e.g. 2023-24.")] = None,
    purpose: Annotated[str | None, typer.Option("--purpose", help="What the amount is for.")] = None,
    not_amount: Annotated[bool, typer.Option("--not-amount", help="The amount is not a sum the reply gives.")] = False,
    authority: Annotated[str | None, typer.Option("--authority", help="The body that sent the reply.")] = None,
    outcome: Annotated[str | None, typer.Option("--outcome", help="granted, partial, refused or not_held.")] = None,
    request_date: Annotated[str | None, typer.Option("--request-date", help="YYYY-MM-DD.")] = None,
    response_date: Annotated[str | None, typer.Option("--response-date", help="YYYY-MM-DD.")] = None,
    verify: Annotated[bool, typer.Option("--verify", help="Confirm the value as it stands.")] = False,
    note: Annotated[str, typer.Option("--note", help="Why: kept with the correction.")] = "",
    undo: Annotated[int | None, typer.Option("--undo", help="Undo the correction with this id.")] = None,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Correct or confirm what was read from a reply; each correction is kept and can be undone.

    Examples: foitrack correct 9 Q4 --answer no --note "they said no in the covering email";
    foitrack correct 9 --amount 2 --gbp 12500 --per year; foitrack correct 9 --authority "Kent County Council";
    foitrack correct 9 Q1 --verify; foitrack correct --undo 3
    """
    from foitrack import corrections

    with _opened(db) as database:
        if undo is not None:
            row = corrections.undo(database, undo)
            console.info(f"Undid correction {undo}: {row['what']} {row['field']} is back to {row['old']!r}")
            return
        if document_id is None:
            raise FoitrackError("name a document: foitrack correct DOC [LABEL] --answer CLASS (or --undo ID)")
        asked = corrections.CorrectionRequest(
            document_id,
            label=label,
            answer=answer,
            value=value,
            amount=amount,
            amount_changes={"gbp": gbp, "per": per, "year": year, "purpose": purpose}
            | ({"not_amount": "not an amount"} if not_amount else {}),
            document_changes={
                "authority": authority,
                "outcome": outcome,
                "request": request_date,
                "response": response_date,
            },
            verify=verify,
            note=note,
        )
        rows = corrections.correct(database, asked)
    if authority:
        _warn_unknown_body(authority)
    for row in rows:
        console.info(f"Correction {row['id']}: {row['what']} {row['field']}: {row['old']!r} -> {row['new']!r}")


# Mounted as `foitrack corrections` in foitrack/cli/__init__.py.
corrections_app: typer.Typer = typer.Typer(
    help="The history of corrections: list them (the default) or undo one.",
    cls=ErrorReportingGroup,
    invoke_without_command=True,
)


@corrections_app.callback()
def corrections_list(
    ctx: typer.Context,
    document: Annotated[int | None, typer.Option("--document", "-d", help="Only this document.")] = None,
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
) -> None:
    """Every correction, oldest first: what, old and new value, note, when, and whether it still applies."""
    if ctx.invoked_subcommand is not None:
        return
    from foitrack.corrections import list_corrections

    with _opened(db) as database:
        rows = list_corrections(database, document)
    if fmt is OutputFormat.table:
        rows = [_correction_line(r) for r in rows]
    _emit(rows, fmt, title="Corrections")


def _correction_line(row: dict[str, Any]) -> dict[str, Any]:
    """The columns of `corrections` that fit a terminal: the rest are in --format csv/json."""
    confirmed = row["new"] == "(confirmed)"
    change = f"{row['field']} confirmed" if confirmed else f"{row['field']}: {row['old']} -> {row['new']}"
    return {
        "id": row["id"],
        "doc": row["document"],
        "what": row["what"],
        "change": change,
        "note": row["note"],
        "state": row["state"],
    }


@corrections_app.command("undo")
def corrections_undo(
    correction_id: Annotated[int, typer.Argument(help="The correction's id (see `foitrack corrections`).")],
    db: DbPath = DEFAULT_DB,
) -> None:
    """Undo one correction: the value goes back to what it was before; the history keeps it."""
    from foitrack.corrections import undo

    with _opened(db) as database:
        row = undo(database, correction_id)
    console.info(f"Undid correction {correction_id}: {row['what']} {row['field']} is back to {row['old']!r}")


@app.command(name="review")
def review_command(
    request: Annotated[int | None, typer.Option("--request", "-r", help="Only replies to this request.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="Only questions on a topic, e.g. funding.")] = None,
    body: Annotated[str | None, typer.Option("--body", help="Only replies from bodies whose name has this.")] = None,
    topics: Annotated[Path | None, typer.Option("--topics", help="A TOML file of extra topics.")] = None,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Check answers one at a time in the terminal, least confident first; each key press is saved at once.

    Keys: a accept, c change the class, e edit the value, s skip, o open the whole text, q quit.
    Quit at any time: the next `foitrack review` starts with what is still unchecked.
    """
    from foitrack import keys
    from foitrack.review import Filters

    fd = keys.require_terminal()
    filters = Filters(request_id=request, topic=_topic(topic, topics), body=body)
    with _opened(db) as database, keys.raw_mode(fd):
        tally = _review_loop(database, filters, fd)
    console.info(
        f"This session: {tally['accept']} accepted, {tally['change']} class changed, "
        f"{tally['edit']} value edited, {tally['skip']} skipped; {tally['left']} left to check"
    )


def _review_loop(database: Database, filters: Any, fd: int) -> Counter[str]:
    """Show answers until none is left or the person quits; count what they did."""
    from foitrack import review

    tally: Counter[str] = Counter()
    skipped: set[int] = set()
    current: int | None = None
    passed = 0
    while True:
        pending = [r["id"] for r in review.queue(database, filters) if r["id"] not in skipped]
        if current is None and not pending:
            break
        current = current if current is not None else pending[0]
        shown = review.item(database, current)
        console.print_review_item(shown, passed + 1, passed + len(pending) + (current not in pending))
        action = _review_key(database, shown, fd)
        if action == "quit":
            break
        if action not in ("stay", "next"):
            tally[action] += 1
        if action == "skip":
            skipped.add(current)
        if action in ("accept", "skip", "next"):
            current, passed = None, passed + 1
    tally["left"] = len(review.queue(database, filters))
    return tally


def _review_key(database: Database, shown: Any, fd: int) -> str:
    """Read one key and do what it says; the action taken ('stay' when nothing changed)."""
    from foitrack import keys, review

    key = keys.read_key(fd)
    if key in ("q", "quit"):
        return "quit"
    if key in ("a", "y", "enter"):
        if shown.checked is not None:
            return "next"  # changed a moment ago: nothing more to record
        review.accept(database, shown)
        return "accept"
    if key in ("s", "n", " "):
        return "skip"
    if key == "c":
        console.print_class_menu(ANSWER_CLASSES)
        choice = keys.read_key(fd)
        if choice.isdigit() and 1 <= int(choice) <= len(ANSWER_CLASSES):
            review.change_class(database, shown, ANSWER_CLASSES[int(choice) - 1])
            return "change"
        return "stay"
    if key == "e":
        console.prompt(f"New value (was {shown.value or 'none'}; Enter saves, Esc cancels): ")
        typed = keys.read_line(fd, console.echo)
        console.echo("\n")
        if typed is None:
            return "stay"
        review.edit_value(database, shown, typed)
        return "edit"
    if key == "o":
        text = review.whole_text(database, shown.document_id)
        console.print_whole_text(text[: shown.start], text[shown.start : shown.end], text[shown.end :])
        keys.read_key(fd)
    return "stay"
