"""Commands that read replies in and look at them: ingest, documents, show, search, document remove."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from foitrack import console, tracking
from foitrack import db as store
from foitrack.cli import (
    DEFAULT_DB,
    DbPath,
    ErrorReportingGroup,
    Format,
    OutputFormat,
    Yes,
    _confirm,
    _emit,
    _opened,
    _warn_unknown_body,
    app,
)
from foitrack.export import write_rows
from foitrack.sandbox import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from foitrack.ingest.pipeline import FileResult


class PdfEngine(StrEnum):
    pdfium = "pdfium"
    pdfminer = "pdfminer"


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


@app.command()
def documents(
    db: DbPath = DEFAULT_DB,
    fmt: Format = OutputFormat.table,
    authority: Annotated[str | None, typer.Option("--authority", "-a", help="Only bodies whose name has this.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many rows.")] = None,
) -> None:
    """List the documents in the database with what was extracted from each."""
    with _opened(db, read_only=True) as database:
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
    with _opened(db, read_only=True) as database:
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
    with _opened(db, read_only=True) as database:
        rows = store.search_documents(database, query, limit=limit)
    _emit(rows, fmt, title=f"Search: {query}")


# Mounted as `foitrack document` in foitrack/cli/__init__.py.
document_app: typer.Typer = typer.Typer(help="One document: remove it.", no_args_is_help=True, cls=ErrorReportingGroup)


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
