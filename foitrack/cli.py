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
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from sqlite_utils import Database
from typer.core import TyperGroup

from foitrack import __version__, console, tracking
from foitrack import db as store
from foitrack.compare import Comparison, Topic, compare, flat_rows, load_topics, sources
from foitrack.errors import FoitrackError
from foitrack.export import write_rows
from foitrack.sandbox import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

if TYPE_CHECKING:
    from foitrack.ingest.pipeline import FileResult


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
    tally = Counter(r.status for r in results)
    if not quiet:
        _report_skipped_in_folders(results, named | {r.path for r in skipped})
    console.print_summary(
        {name: tally.get(name, 0) for name in ("ingested", "reextracted", "present", "skipped", "failed")}
        | {"attachments": sum(r.attachments for r in results)}
    )
    if tally.get("failed"):
        raise typer.Exit(1)


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
        if link.how == "failed" or (request is not None and link.request_body_id is None):
            console.warning(f"{result.path}: not linked: {link.detail}")
        elif link.request_body_id is not None and not quiet:
            console.info(f"{result.path}: linked to {link.detail}")


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


# ---------------------------------------------------------------- export


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    nl = "nl"
    xlsx = "xlsx"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Argument(help="json (one record per document), csv, nl or xlsx.")],
    db: DbPath = DEFAULT_DB,
    table: Annotated[
        str, typer.Option("--table", "-t", help="For csv/nl: documents, answers, amounts, exemptions or dates.")
    ] = "documents",
    output: Output = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a byte-order mark (for Excel).")] = False,
) -> None:
    """Export the database: JSON records in the corpus schema, or tidy CSV tables.

    CSV and XLSX cells that a spreadsheet would run as formulas are made inert.
    xlsx writes every table, one sheet each, to the file named by -o.
    """
    _not_the_database(output, db)
    if fmt is ExportFormat.xlsx:
        _export_xlsx(db, output)
        return
    with _opened(db) as database, _destination(output) as out:
        if fmt is ExportFormat.json:
            write_rows(store.export_records(database), "json", out)
        else:
            write_rows(store.table_rows(database, table), fmt.value, out, bom=bom)


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
    quotes: Annotated[bool, typer.Option("--quotes", help="Add each answer's quote.")] = False,
    request: Annotated[
        int | None,
        typer.Option(
            "--request", "-r", help="Only replies to this request; bodies yet to answer show as awaiting or overdue."
        ),
    ] = None,
    chart: Annotated[bool, typer.Option("--chart", help="Also draw amounts per body as bars.")] = False,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    today: Today = None,
) -> None:
    """Compare what every body answered, one row per body, for a topic or a question."""
    chosen = _topic(topic, topics)
    _not_the_database(output, db)
    with _opened(db) as database:
        result = compare(database, topic=chosen, question=question, kind=kind, request_id=request, today=today)
    title = chosen.title if chosen else f"Question {question}"
    if fmt is OutputFormat.table and output is None:
        _print_comparison(result, title=title, quotes=quotes)
    else:
        _emit(flat_rows(result, quotes=quotes), fmt, output=output)
    if chart:
        console.print_bar_chart([(r["body"], sum(r["amount_values"])) for r in result.rows], title=title)


def _topic(name: str | None, topics_file: Path | None) -> Topic | None:
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
    today: Today = None,
) -> None:
    """Write one self-contained HTML page: the comparison, a chart of amounts, the sources."""
    from foitrack.report import Source, render_report

    _not_the_database(output, db)
    chosen = _topic(topic, topics)
    assert chosen is not None
    with _opened(db) as database:
        result = compare(database, topic=chosen, kind=kind, request_id=request, today=today)
        docs = {r["id"]: r["file"] for r in sources(database, result)}
    listed = [Source(r["document"], docs.get(r["document"], ""), r["body"], r["response"]) for r in result.rows]
    page = render_report(result, title=chosen.title, sources=listed)
    with _destination(output) as out:
        out.write(page)
    console.info(f"Wrote {output} ({len(result.rows)} bodies)")


QUESTION_COLUMN_WIDTH = 14
"""Terminal columns a question's cell needs to stay readable ("✔ yes", "✎ provided 45000")."""
FIXED_COLUMNS_WIDTH = 50
"""Terminal columns kept for the body's name, amounts and years."""


def _shown_questions(result: Comparison, quotes: bool) -> list[str]:
    """The question columns that fit the terminal: the most answered, in question order."""
    per_question = QUESTION_COLUMN_WIDTH * (3 if quotes else 1)
    room = max(1, (console.width() - FIXED_COLUMNS_WIDTH) // per_question)
    if len(result.columns) <= room:
        return result.columns
    answered = sorted(result.columns, key=lambda key: -sum(result.counts.get(key, {}).values()))
    kept = set(answered[:room])
    shown = [key for key in result.columns if key in kept]
    console.info(
        f"Showing {len(shown)} of {len(result.columns)} questions, those most bodies answered "
        f"({', '.join('Q' + k for k in shown)}): use --question LABEL for another, or --format csv for all."
    )
    return shown


def _print_comparison(result: Comparison, *, title: str, quotes: bool) -> None:
    columns = _shown_questions(result, quotes)
    rows: list[dict[str, Any]] = []
    for row in result.rows:
        shaped: dict[str, Any] = {"body": row["body"]}
        if row.get("status", "replied") != "replied":
            state = "overdue" if "overdue" in row["status"] else "awaiting"
            first = f"Q{columns[0]}" if columns else "amounts"
            shaped[first] = console.answer_cell(state, f"(due {row['due']})" if row.get("due") else None)
            rows.append(shaped)
            continue
        for key in columns:
            cell = row.get(key)
            shaped[f"Q{key}"] = console.answer_cell(cell["answer"], cell["value"]) if cell else ""
            if quotes and cell:
                shaped[f"Q{key} quote"] = cell["quote"]
        shaped["amounts"] = "\n".join(row["amounts"])
        if row.get("years"):
            shaped["years"] = ", ".join(row["years"])
        rows.append(shaped)
    footer: dict[str, Any] = {"body": f"{len(result.rows)} bodies"}
    for key in columns:
        footer[f"Q{key}"] = ", ".join(f"{n} {c}" for c, n in result.counts.get(key, Counter()).most_common())
    footer["amounts"] = f"total £{result.total_gbp:,.0f}" if result.total_gbp else ""
    console.print_table(rows, title=title, footer=footer)
    for key in columns:
        console.info(f"Q{key}: {result.questions.get(key, '')[:150]}")


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
        str | None, typer.Option("--nation", callback=_nation, help="With --to-kind: England, Wales, Scotland ...")
    ] = None,
    eir: Annotated[
        bool, typer.Option("--eir", help="Handled under the Environmental Information Regulations.")
    ] = False,
) -> None:
    """Record a request sent to many bodies on one day.

    Example: foitrack request add "Modern slavery leads" --text-file request.txt
    --sent 2024-01-11 --to "Leicester City Council" --to "Thurrock Council"
    """
    text = "\n".join(_read_lines(text_file)) if text_file else ""
    names = list(to or []) + (_read_lines(to_file) if to_file else [])
    bodies = tracking.choose_bodies(names, kind=to_kind, nation=nation, eir=eir)
    with _opened(db, create=True) as database:
        request_id = tracking.add_request(database, title, text, sent, bodies, eir=eir)
        questions = database.table("request_questions").count_where("request_id = ?", [request_id])
    console.info(f"Request {request_id}: {title!r} sent {sent} to {len(bodies)} bodies, {questions} questions")


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
    _emit(_public(rows), fmt, title=f"Request {request_id}")


@app.command()
def overdue(db: DbPath = DEFAULT_DB, fmt: Format = OutputFormat.table, today: Today = None) -> None:
    """Every late reply across all requests, most late first."""
    with _opened(db) as database:
        rows = tracking.overdue(database, _today(today))
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
    from foitrack.track import due_date, explain

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
