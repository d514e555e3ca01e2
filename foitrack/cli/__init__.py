"""The foitrack command line: parse arguments, call the library, render the result.

The only module that imports typer. Library errors (FoitrackError) become one
'Error: ...' line on stderr and exit code 1, in one place (ErrorReportingGroup).
The readers, the report and the spreadsheet writers are imported by the commands
that use them, so that `compare` or `status` do not pay their start-up cost.
"""

from __future__ import annotations

import datetime
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, TextIO, Union, get_args, get_origin

import typer
from typer.core import TyperGroup

from foitrack import __version__, console, tracking
from foitrack import db as store
from foitrack.errors import FoitrackError
from foitrack.export import write_rows
from foitrack.models import ANSWER_CLASSES
from foitrack.sandbox import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from foitrack.compare import Comparison, Group, QuestionMoney, Topic
    from foitrack.ingest.pipeline import FileResult


def _plain_converter(annotation: Any, info: Any) -> Any:
    """A direct conversion for a parameter typer would coerce through a pydantic TypeAdapter:
    str, int, float, Path and Enum (and lists and optionals of them) without constraints,
    else None (typer's own coercion is kept)."""
    if get_origin(annotation) in (UnionType, Union):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _plain_converter(args[0], info) if len(args) == 1 else None
    if get_origin(annotation) is list:
        leaf = _plain_converter(get_args(annotation)[0], info)
        return None if leaf is None else (lambda values: [leaf(v) for v in values])
    if getattr(info, "click_type", None) is not None:
        return None
    if getattr(info, "parser", None) is not None:
        return info.parser
    if annotation is str:
        return str
    if annotation is datetime.date and info.formats:
        return lambda value: value if isinstance(value, datetime.date) else _date(value, info.formats)
    if annotation in (int, float) and info.min is None and info.max is None:
        return annotation
    if annotation is Path and (
        info.exists,
        info.file_okay,
        info.dir_okay,
        info.writable,
        info.resolve_path,
        info.allow_dash,
        info.path_type,
    ) == (False, True, True, False, False, False, None):
        return Path
    if isinstance(annotation, type) and issubclass(annotation, Enum) and info.case_sensitive:
        return lambda value: value if isinstance(value, annotation) else annotation(value)
    return None


def _date(value: str, formats: list[str]) -> datetime.date:
    for form in formats:
        try:
            return datetime.datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise ValueError(value)


def _install_plain_coercion() -> None:
    """Spare each command importing pydantic (~60 ms) and building a TypeAdapter per parameter.

    typer 0.2x coerces every parameter through pydantic, even an option left unset. Here a
    parameter is built lazily: plain types (see _plain_converter) are converted directly, and
    anything else, or a value the direct conversion rejects, goes to typer's own coercion the
    first time it is needed, so its checks and error messages are unchanged. If typer's
    internals differ (another version), nothing is changed.
    """
    try:
        from typer import core as typer_core
        from typer._coercion import RuntimeParam, TypeDescriptor
        from typer._coercion import build_runtime_param as original
    except ImportError:  # pragma: no cover - another typer
        return
    if getattr(typer_core, "build_runtime_param", None) is not original:  # pragma: no cover - another typer
        return

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        descriptor: TypeDescriptor
        convert: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.convert is not None:
                try:
                    return self.convert(value)
                except (TypeError, ValueError):
                    pass  # typer says what is wrong with the value
            return original(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def build(descriptor: TypeDescriptor) -> Any:
        if descriptor.file_annotation is not None:
            return original(descriptor)
        convert = _plain_converter(descriptor.annotation, descriptor.parameter_info)
        return PlainRuntimeParam(descriptor.parameter_info, descriptor.annotation, descriptor, convert)

    setattr(typer_core, "build_runtime_param", build)  # noqa: B010 - typer.core does not export it


_install_plain_coercion()


class ErrorReportingGroup(TyperGroup):
    """Turns any FoitrackError into a single error line and exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FoitrackError as error:
            console.error(str(error))
            raise typer.Exit(1) from None


app = typer.Typer(
    name="foitrack",
    help="Track Freedom of Information requests and extract what the replies say.",
    no_args_is_help=True,
    cls=ErrorReportingGroup,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    nl = "nl"
    markdown = "markdown"


class PdfEngine(StrEnum):
    pdfium = "pdfium"
    pdfminer = "pdfminer"


def _iso_date(value: str | datetime.date) -> datetime.date:
    """A date option's value: YYYY-MM-DD, or one line saying so."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD (e.g. 2024-01-11), not {value!r}") from None


NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")


def _nation(value: str | None) -> str | None:
    """A nation's name as the gazetteer writes it, or one line listing the nations known."""
    if value is None:
        return None
    for nation in NATIONS:
        if " ".join(value.replace("-", " ").split()).lower() == nation.lower():
            return nation
    raise typer.BadParameter(f"unknown nation {value!r}: expected {', '.join(NATIONS[:-1])} or {NATIONS[-1]}")


DbPath = Annotated[Path, typer.Option("--db", envvar="FOITRACK_DB", help="SQLite database file.", show_default=True)]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
DEFAULT_DB = Path("foitrack.db")
Today = Annotated[
    datetime.date | None,
    typer.Option("--today", parser=_iso_date, metavar="YYYY-MM-DD", help="Judge lateness as of this day."),
]


def _today(value: datetime.date | None) -> datetime.date:
    return value or datetime.date.today()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"foitrack {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Track Freedom of Information requests and extract what the replies say."""


@contextmanager
def _opened(path: Path, *, create: bool = False) -> Iterator[Database]:
    """The database at `path`; only commands that add to it (`create`) may make a new one."""
    if not create and not path.exists():
        raise FoitrackError(f"{path}: no such database (check --db, or start one with `foitrack ingest`)")
    database = store.open_db(path)
    try:
        yield database
    finally:
        database.close()


def _not_the_database(output: Path | None, db: Path) -> None:
    """Refuse an output file that is the database (or its journal): writing it would destroy it."""
    if output is None:
        return
    guarded = {Path(f"{db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    same = output.exists() and db.exists() and output.samefile(db)
    if same or output.resolve() in guarded:
        raise FoitrackError(f"{output}: that is the database itself: choose another file for -o")


@contextmanager
def _destination(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as error:
        raise FoitrackError(f"{output}: cannot write: {error.strerror or error}") from error


def _emit(
    rows: Sequence[dict[str, Any]], fmt: OutputFormat, *, title: str | None = None, output: Path | None = None
) -> None:
    if fmt is OutputFormat.table and output is None:
        console.print_table(rows, title=title)
        return
    with _destination(output) as out:
        write_rows(rows, "csv" if fmt is OutputFormat.table else fmt.value, out)


# ---------------------------------------------------------------- ingest


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    db: DbPath = DEFAULT_DB,
    authority: Annotated[
        str | None, typer.Option("--authority", "-a", help="The body that sent these replies.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read and re-extract files already stored.")] = False,
    pdf_engine: Annotated[PdfEngine, typer.Option("--pdf-engine", help="PDF text engine.")] = PdfEngine.pdfium,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes [default: all cores].")
    ] = None,
    request: Annotated[
        int | None, typer.Option("--request", "-r", help="Link the replies to this request [default: automatic].")
    ] = None,
    ocr: Annotated[
        bool, typer.Option("--ocr", help="Read scanned PDFs with ocrmypdf (slow; must be installed).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and the summary.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, help="Seconds one file may take before it is stopped and failed.")
    ] = DEFAULT_SECONDS,
    memory: Annotated[
        int,
        typer.Option("--memory", min=64, help="MB of memory one file may use, plus 8 MB per MB of the file's size."),
    ] = DEFAULT_MEMORY_MB,
) -> None:
    """Read reply files into the database and extract what they say.

    Each file is saved whole or not at all; a bad file gets one line naming it and the reason,
    the batch goes on, and the exit code is 1 if any file failed. Each file is read in a worker
    process under a time and a memory limit (--timeout, --memory): one that hangs, blows up or
    crashes its reader fails alone.
    """
    from foitrack.ingest.ocr import require_ocr
    from foitrack.ingest.pipeline import IngestOptions, collect_files, default_jobs, ingest_paths
    from foitrack.sandbox import Limits

    if ocr:
        require_ocr()
    if authority is not None:
        _warn_unknown_body(authority)
    options = IngestOptions(
        authority=authority,
        force=force,
        pdf_engine=pdf_engine.value,
        jobs=jobs or default_jobs(),
        ocr=ocr,
        limits=Limits(seconds=timeout, memory_mb=memory),
    )
    skipped: list[FileResult] = []
    files = list(collect_files(paths, on_skip=skipped.append))
    saved: list[FileResult] = []
    with _opened(db, create=True) as database, console.progress(len(files), enabled=not quiet) as advance:
        named = {str(p) for p in paths}
        for result in skipped:
            _report_file(result, quiet, advance, True)

        def on_result(result: FileResult) -> None:
            if result.status in ("ingested", "reextracted"):
                saved.append(result)
            _report_file(result, quiet, advance, result.path in named)

        try:
            results = skipped + ingest_paths(database, files, options, on_result=on_result)
        except KeyboardInterrupt:
            console.error(
                f"interrupted: {len(saved)} file(s) saved before the stop; "
                "run the same command again to continue with the rest"
            )
            raise typer.Exit(130) from None
        _link_replies(database, results, request, quiet)
        _report_corrections(database, results, quiet)
    tally = Counter(r.status for r in results)
    if not quiet:
        _report_skipped_in_folders(results, named | {r.path for r in skipped})
    console.print_summary(
        {name: tally.get(name, 0) for name in ("ingested", "reextracted", "present", "skipped", "failed")}
        | {"attachments": sum(r.attachments for r in results)}
    )
    if tally.get("failed"):
        raise typer.Exit(1)


def _warn_unknown_body(name: str) -> None:
    """Warn when --authority names no known body (a typo would otherwise become a new body)."""
    from foitrack.corrections import is_known_body

    if is_known_body(name):
        return
    match = tracking.match_bodies([name])[0]
    hint = f"did you mean {match.body.name!r}?" if match.body else f"close names: {', '.join(match.close) or 'none'}"
    console.warning(f"{name!r} is not a body foitrack knows: it is stored as written ({hint})")


def _report_skipped_in_folders(results: Sequence[FileResult], named: set[str]) -> None:
    """One line per file type skipped inside folders, naming the first few, instead of a line per file."""
    by_suffix: dict[str, list[str]] = {}
    for result in results:
        if result.status == "skipped" and result.path not in named:
            by_suffix.setdefault(Path(result.path).suffix.lower() or "(no suffix)", []).append(result.path)
    for suffix, skipped in sorted(by_suffix.items()):
        shown = ", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else "")
        plural = "s" if len(skipped) > 1 else ""
        console.warning(f"skipped {len(skipped)} {suffix} file{plural} (not a reply format): {shown}")


def _link_replies(database: Database, results: Sequence[FileResult], request: int | None, quiet: bool) -> None:
    """Link each new reply to the request it answers (explicitly, or when it is clear)."""
    if request is None and not database.table("requests").count:
        return
    for result in results:
        if result.document_id is None or result.status not in ("ingested", "reextracted"):
            continue
        link = tracking.link_reply(database, result.document_id, request_id=request)
        if link.how == "not_reply":
            if not quiet:
                console.info(f"{result.path}: not linked: {link.detail}")
        elif link.how == "failed" or (request is not None and link.request_body_id is None):
            console.warning(f"{result.path}: not linked: {link.detail}")
        elif link.request_body_id is not None and not quiet:
            console.info(f"{result.path}: linked to {link.detail}")


def _report_corrections(database: Database, results: Sequence[FileResult], quiet: bool) -> None:
    """Say how many corrections a re-extraction kept, and name each that no longer finds its question."""
    from foitrack.corrections import count_live, orphaned

    again = [r.document_id for r in results if r.status == "reextracted" and r.document_id is not None]
    live = count_live(database, again)
    if not live:
        return
    lost = orphaned(database, again)
    for row in lost:
        console.warning(
            f"{row['file']}: correction {row['id']} ({row['what']} {row['field']} -> {row['new']}) no longer applies:"
            " its target is not in the new extraction (see `foitrack corrections`)"
        )
    if not quiet:
        console.info(f"Re-applied {live - len(lost)} of {live} corrections to the re-extracted documents")


def _report_file(result: FileResult, quiet: bool, advance: Any, named: bool) -> None:
    advance(result.path)
    if result.status == "failed":
        console.error(f"{result.path}: {result.reason}")
    elif quiet:
        return
    elif result.status == "skipped" and named:
        console.warning(f"{result.path}: skipped: {result.reason}")
    elif result.status == "present":
        console.info(f"{result.path}: already present as document {result.document_id}, nothing added")
    for warning in result.warnings:
        console.warning(f"{result.path}: {warning}")


# ---------------------------------------------------------------- reading the database


@app.command()
def documents(
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
    authority: Annotated[str | None, typer.Option("--authority", "-a", help="Only bodies whose name has this.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many rows.")] = None,
) -> None:
    """List the documents in the database with what was extracted from each."""
    with _opened(db) as database:
        rows = store.list_documents(database, authority=authority, limit=limit)
    if fmt is OutputFormat.table:
        rows = [_document_line(r) for r in rows]
    _emit(rows, fmt, title="Documents")


def _document_line(row: dict[str, Any]) -> dict[str, Any]:
    """The columns of `documents` that fit a terminal: the rest are in --format csv/json."""
    file = row["file"] if row["parent"] is None else f"↳ {row['file']}"
    status = "needs OCR" if row["status"] == "needs_ocr" else row["outcome"]
    if row.get("mail_kind"):
        status = row["mail_kind"].replace("_", "-")  # a bounce, auto-reply or acknowledgement
    return {
        "id": row["id"],
        "file": file,
        "authority": row["authority"],
        "replied": row["response_date"],
        "outcome": status,
        "answers": row["answers"],
    }


@app.command()
def show(
    document_id: Annotated[int, typer.Argument(help="The document's id (see `foitrack documents`).")],
    db: DbPath = DEFAULT_DB,
    full: Annotated[bool, typer.Option("--full", help="Print the whole text.")] = False,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table (readable) or json.")] = OutputFormat.table,
) -> None:
    """Show one document: metadata, every extracted field with its quote, and its text."""
    with _opened(db) as database:
        doc = store.get_document(database, document_id)
    if fmt is OutputFormat.table:
        console.print_document(doc, text_lines=None if full else 40)
    else:
        doc.pop("raw_text", None)
        write_rows([doc], fmt.value, sys.stdout)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all of them).")],
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many results.")] = 20,
) -> None:
    """Full-text search over every document, best matches first, with snippets."""
    with _opened(db) as database:
        rows = store.search_documents(database, query, limit=limit)
    _emit(rows, fmt, title=f"Search: {query}")


# ---------------------------------------------------------------- corrections


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


corrections_app = typer.Typer(
    help="The history of corrections: list them (the default) or undo one.",
    cls=ErrorReportingGroup,
    invoke_without_command=True,
)
app.add_typer(corrections_app, name="corrections")


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


# ---------------------------------------------------------------- review


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


# ---------------------------------------------------------------- export


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    nl = "nl"
    xlsx = "xlsx"
    gold = "gold"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Argument(help="json (one record per document), csv, nl, xlsx or gold.")],
    folder: Annotated[Path | None, typer.Argument(help="For gold: the folder to write into.")] = None,
    db: DbPath = DEFAULT_DB,
    table: Annotated[
        str, typer.Option("--table", "-t", help="For csv/nl: documents, answers, amounts, exemptions or dates.")
    ] = "documents",
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a byte-order mark (for Excel).")] = False,
) -> None:
    """Export the database: JSON records in the corpus schema, or tidy CSV tables.

    CSV and XLSX cells that a spreadsheet would run as formulas are made inert.
    xlsx writes every table, one sheet each, to the file named by -o. gold writes each reply's
    text (NAME.txt) and its corrected fields (NAME.gold.json) into FOLDER, a scoring set for
    ../shared/tools/score.py.
    """
    if fmt is ExportFormat.gold:
        _export_gold(db, folder or output)
        return
    if folder is not None:
        raise FoitrackError(f"a folder is only for `export gold`: for {fmt.value} use -o FILE")
    _not_the_database(output, db)
    if fmt is ExportFormat.xlsx:
        _export_xlsx(db, output)
        return
    with _opened(db) as database, _destination(output) as out:
        if fmt is ExportFormat.json:
            write_rows(store.export_records(database), "json", out)
        else:
            write_rows(store.table_rows(database, table), fmt.value, out, bom=bom)


def _export_gold(db: Path, folder: Path | None) -> None:
    from foitrack.gold import write_gold

    if folder is None:
        raise FoitrackError("gold needs a folder: foitrack export gold DIR")
    with _opened(db) as database:
        summary = write_gold(database, folder)
    for reason in summary.skipped:
        console.warning(f"not written: {reason}")
    console.info(
        f"Wrote {summary.written} replies to {folder} ({summary.checked_fields} values checked by a person); "
        f"score them with: python3 ../shared/tools/score.py {folder} --foitrack foitrack"
    )


def _export_xlsx(db: Path, output: Path | None) -> None:
    from foitrack.export import write_xlsx

    if output is None:
        raise FoitrackError("xlsx needs a file: add -o replies.xlsx")
    with _opened(db) as database:
        sheets = {table: list(store.table_rows(database, table)) for table in store.EXPORT_TABLES}
    try:
        write_xlsx(sheets, output)
    except OSError as error:
        raise FoitrackError(f"{output}: cannot write: {error.strerror or error}") from error
    console.info(f"Wrote {output}: " + ", ".join(f"{len(rows)} {name}" for name, rows in sheets.items()))


# ---------------------------------------------------------------- compare


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
    from foitrack.compare import chart_series, compare, flat_rows

    chosen = _topic(topic, topics)
    _not_the_database(output, db)
    with _opened(db) as database:
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
        for group in result.groups:
            for key, period, bars in chart_series(group):
                console.print_bar_chart(
                    [(body, s.gbp) for body, s in bars],
                    title=f"Q{key}, {period}: {_shorten(group.questions.get(key, ''))}",
                )


VerifiedOnly = Annotated[bool, typer.Option("--verified-only", help="Only values a person has verified or corrected.")]


def _checked(result: Comparison, checked_only: bool) -> Comparison:
    """The comparison (only its checked values with --verified-only), saying how many cells are unchecked."""
    from foitrack.compare import unverified_cells, verified_only

    if checked_only:
        return verified_only(result)
    unchecked, cells = unverified_cells(result)
    if unchecked:
        console.info(f"{unchecked} of {cells} answer cells are not yet verified (foitrack review)")
    return result


def _topic(name: str | None, topics_file: Path | None) -> Topic | None:
    from foitrack.compare import load_topics

    if name is None:
        return None
    known = load_topics(topics_file)
    if name not in known:
        raise FoitrackError(f"unknown topic {name!r}: choose from {', '.join(sorted(known))}")
    return known[name]


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
    with _opened(db) as database:
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
    for row in group.rows:
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
    rows = []
    for i, sums in money.by_row.items():
        if any(p in sums for p in periods):
            shown = {
                p: f"{s.text()} {console.check_mark(s.checked)[:1]}".rstrip() for p, s in sums.items() if p in periods
            }
            rows.append({"body": group.rows[i]["body"], **shown})
    if not rows:
        return
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


# ---------------------------------------------------------------- tracking requests

request_app = typer.Typer(
    help="Requests sent to many bodies: add them and follow each reply.", no_args_is_help=True, cls=ErrorReportingGroup
)
app.add_typer(request_app, name="request")


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


Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def _confirm(question: str, yes: bool) -> None:
    if not yes and not typer.confirm(question, default=False, err=True):
        raise typer.Exit(1)


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


document_app = typer.Typer(help="One document: remove it.", no_args_is_help=True, cls=ErrorReportingGroup)
app.add_typer(document_app, name="document")


@document_app.command("remove")
def document_remove(
    document_id: Annotated[int, typer.Argument(help="The document's id (see `foitrack documents`).")],
    yes: Yes = False,
    db: DbPath = DEFAULT_DB,
) -> None:
    """Delete a document, its attachments, what was extracted, its links and corrections."""
    with _opened(db) as database:
        doc = store.get_document(database, document_id)
        _confirm(f"Remove document {document_id} ({doc['file']}) and everything read from it?", yes)
        store.remove_document(database, document_id)
    console.info(f"Removed document {document_id}: {doc['file']}")


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
