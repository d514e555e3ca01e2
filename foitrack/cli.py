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

if TYPE_CHECKING:
    from sqlite_utils import Database

    from foitrack.compare import Group, QuestionMoney, Topic
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
    if getattr(info, "parser", None) is not None or getattr(info, "click_type", None) is not None:
        return None
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


DbPath = Annotated[Path, typer.Option("--db", envvar="FOITRACK_DB", help="SQLite database file.", show_default=True)]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
DEFAULT_DB = Path("foitrack.db")
Today = Annotated[
    datetime.date | None, typer.Option("--today", formats=["%Y-%m-%d"], help="Judge lateness as of this day.")
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
def _opened(path: Path) -> Iterator[Database]:
    database = store.open_db(path)
    try:
        yield database
    finally:
        database.close()


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
) -> None:
    """Read reply files into the database and extract what they say.

    Each file is saved whole or not at all; a bad file gets one line naming it and the reason,
    the batch goes on, and the exit code is 1 if any file failed.
    """
    from foitrack.ingest.ocr import require_ocr
    from foitrack.ingest.pipeline import IngestOptions, collect_files, default_jobs, ingest_paths

    if ocr:
        require_ocr()
    options = IngestOptions(
        authority=authority, force=force, pdf_engine=pdf_engine.value, jobs=jobs or default_jobs(), ocr=ocr
    )
    files = list(collect_files(paths))
    with _opened(db) as database, console.progress(len(files), enabled=not quiet) as advance:
        named = {str(p) for p in paths}
        results = ingest_paths(
            database, files, options, on_result=lambda r: _report_file(r, quiet, advance, r.path in named)
        )
        _link_replies(database, results, request, quiet)
    tally = Counter(r.status for r in results)
    if not quiet:
        _report_skipped_in_folders(results, named)
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
    all_replies: Annotated[
        bool, typer.Option("--all", help="Also a body's older replies to the same request, not only its latest.")
    ] = False,
    chart: Annotated[bool, typer.Option("--chart", help="Also draw the comparable sums as bars.")] = False,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    today: Today = None,
) -> None:
    """Compare what every body answered: a table per request, a row per reply, a column per question.

    Money is summed only like with like (one question, one period); stated totals, rates and
    cost limits are shown, never added. See docs/comparing.md.
    """
    from foitrack.compare import chart_series, compare, flat_rows

    chosen = _topic(topic, topics)
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
) -> None:
    """Write one self-contained HTML page: the comparison, charts of comparable sums, the sources."""
    from foitrack.compare import compare
    from foitrack.report import Source, render_report

    chosen = _topic(topic, topics)
    assert chosen is not None
    with _opened(db) as database:
        result = compare(database, topic=chosen, kind=kind, request_id=request, today=today, all_replies=all_replies)
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
                shaped[f"Q{key} quote"] = cell["quote"] if cell else ""
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
    return console.answer_cell(cell["answer"], detail)


def _print_money(group: Group, key: str, money: QuestionMoney) -> None:
    """The body × period table of one question's sums, with a total per period where one is honest."""
    periods = _shown_periods(key, money)
    rows = []
    for i, sums in money.by_row.items():
        if any(p in sums for p in periods):
            rows.append({"body": group.rows[i]["body"], **{p: s.text() for p, s in sums.items() if p in periods}})
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
    sent: Annotated[datetime.date, typer.Option("--sent", formats=["%Y-%m-%d"], help="The day it was sent.")],
    db: DbPath = DEFAULT_DB,
    text_file: Annotated[Path | None, typer.Option("--text-file", help="The request's text (its questions).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", help="A body it was sent to (repeat).")] = None,
    to_file: Annotated[Path | None, typer.Option("--to-file", help="A file of body names, one a line.")] = None,
    to_kind: Annotated[str | None, typer.Option("--to-kind", help="Every body of a kind: council, police ...")] = None,
    nation: Annotated[str | None, typer.Option("--nation", help="With --to-kind: England, Wales, Scotland ...")] = None,
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
    bodies = tracking.choose_bodies(names, kind=to_kind, nation=nation.title() if nation else None, eir=eir)
    with _opened(db) as database:
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
        datetime.date | None, typer.Option("--on", formats=["%Y-%m-%d"], help="When [default: today].")
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
    sent: Annotated[datetime.date, typer.Option("--sent", formats=["%Y-%m-%d"], help="The day it was received.")],
    nation: Annotated[
        str | None, typer.Option("--nation", help="England, Wales, Scotland or Northern Ireland.")
    ] = None,
    eir: Annotated[bool, typer.Option("--eir", help="Environmental Information Regulations.")] = False,
    days: Annotated[int, typer.Option("--days", min=1, help="Working days allowed.")] = 20,
    db: DbPath = DEFAULT_DB,
) -> None:
    """When is a reply due? Shows day 1 and every weekend day and holiday skipped."""
    from foitrack.track import due_date, explain

    regime = tracking.regime_for(nation, eir=eir)
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
    day: Annotated[datetime.date, typer.Argument(formats=["%Y-%m-%d"], help="A day that is not a working day.")],
    name: Annotated[str, typer.Option("--name", help="What the day is.")] = "added by user",
    db: DbPath = DEFAULT_DB,
) -> None:
    """Add a non-working day (a new one-off bank holiday); open deadlines move at once."""
    with _opened(db) as database:
        tracking.add_holiday(database, day, name)
    console.info(f"{day} added as a non-working day: {name}")
