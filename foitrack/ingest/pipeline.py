"""Walk the paths a user names, read and extract each file, and store it.

Reading, extraction and the building of the rows to store run in worker processes (`jobs`
of them); this process alone inserts them, one savepoint per file, so a crash never leaves half a
document behind and two concurrent ingests only ever wait on each other's commits.
A file is identified by the SHA-256 of its bytes: a copy already stored is reported
as present without being read again (unless `force` asks for re-extraction).
"""

from __future__ import annotations

import gc
import hashlib
import os
import signal
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from foitrack.db import (
    DocumentRows,
    authority_hint_of,
    describe_sqlite_error,
    document_rows,
    find_document_id,
    save_rows,
)
from foitrack.errors import DatabaseError, FoitrackError, UnsupportedFormat
from foitrack.extract import extract_all, warm_up_extractors
from foitrack.ingest import SUPPORTED_SUFFIXES, read_document
from foitrack.ingest.mailkind import without_reply_findings
from foitrack.ingest.ocr import ocr_pdf
from foitrack.ingest.quoted import blank_out, mail_exclusions
from foitrack.models import Attachment, Document, PreparedFile
from foitrack.normalize import normalise
from foitrack.sandbox import Failure, Limits, WorkerPool

MAX_ATTACHMENT_DEPTH = 4
BATCH_FILES = 64
BATCH_SECONDS = 0.5
MAX_EXTRACT_CHARS = 2_000_000
"""Extraction reads this much of a text at most: a reply is far shorter; a data dump is kept whole
in the database and searchable, but not read question by question."""
CONTEXT_KEYS = ("from", "to", "date", "date_iso", "subject", "mail_kind")


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest: an explicit authority, re-extraction, the PDF engine, worker count, OCR."""

    authority: str | None = None
    force: bool = False
    pdf_engine: str = "pdfium"
    jobs: int = 1
    ocr: bool = False
    limits: Limits = Limits()


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: ingested, reextracted, present, skipped or failed."""

    path: str
    status: str
    document_id: int | None = None
    reason: str | None = None
    attachments: int = 0
    warnings: tuple[str, ...] = ()


OnResult = Callable[[FileResult], None]


def default_jobs() -> int:
    """All cores, as the worker count when the user does not choose."""
    return max(1, os.cpu_count() or 1)


def collect_files(paths: Iterable[Path], on_skip: OnResult | None = None) -> Iterator[Path]:
    """Files named, and files under folders named, recursively, in a stable order.

    Hidden files and folders (".git", ".DS_Store") are passed over inside folders. So are,
    with a FileResult to `on_skip`, anything in a folder that is not a regular file (a FIFO,
    a device, a socket) and links that lead out of the folder named: reading those could
    hang for ever or wander the whole disk. Links to folders are never followed.
    """
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        top = path.resolve()
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                candidate = Path(root) / name
                reason = _why_not_read(candidate, top)
                if reason is None:
                    yield candidate
                elif on_skip is not None:
                    on_skip(FileResult(shown_path(candidate), "skipped", reason=reason))


def _why_not_read(path: Path, top: Path) -> str | None:
    """Why a file found in folder `top` is passed over, or None to read it."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(top):
            return "a link to a file outside the folder: not followed"
        mode = path.stat().st_mode
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links
        return f"cannot follow it: {getattr(error, 'strerror', None) or error}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, device or socket): not read"
    return None


def shown_path(path: Path | str) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 become U+FFFD."""
    text = os.fspath(path)
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that no file system byte stands for
        return text.encode("utf-8", "replace").decode("utf-8")


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks so large files stay cheap."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_file(path: Path, options: IngestOptions) -> PreparedFile:
    """Read, normalise and extract one file and its attachments (runs in a worker)."""
    with path.open("rb") as handle:  # never blocks: only regular files get here
        data = handle.read()
    return _prepare(shown_path(path.name), shown_path(path), data, options, context={}, depth=0)


def _prepare(
    name: str, path: str, data: bytes, options: IngestOptions, context: Mapping[str, str], depth: int
) -> PreparedFile:
    document = read_document(Path(name), data, pdf_engine=options.pdf_engine)
    if options.ocr and document.status == "needs_ocr" and document.kind == "pdf":
        document = _read_with_ocr(name, data, options)
    text = normalise(document.text, html_decoded=document.kind == "html")
    meta = {**context, **document.meta}
    # mail: quoted history, signature and footers are kept in `text` but blanked for the extractors
    excluded = mail_exclusions(text, meta.get("subject", "")) if document.kind == "email" else ()
    extraction = extract_all(blank_out(text, excluded)[:MAX_EXTRACT_CHARS], meta, options.authority)
    if meta.get("mail_kind"):
        extraction = without_reply_findings(extraction)  # a bounce or auto-reply answers nothing
    cut = [f"only the first {MAX_EXTRACT_CHARS:,} characters were extracted"] if len(text) > MAX_EXTRACT_CHARS else []
    child_context = {k: meta[k] for k in CONTEXT_KEYS if k in meta}
    children, problems = _prepare_attachments(document.attachments, path, options, child_context, depth)
    if cut or problems or document.attachments:
        # the attachments are prepared as `children`: the writer needs no second copy of their bytes
        document = replace(document, attachments=(), warnings=(*document.warnings, *cut, *problems))
    return PreparedFile(
        sha256=hashlib.sha256(data).hexdigest(),
        file=name,
        path=path,
        size=len(data),
        document=document,
        text=text,
        extraction=extraction,
        authority_hint=options.authority,
        children=children,
        excluded=excluded,
    )


def _read_with_ocr(name: str, data: bytes, options: IngestOptions) -> Document:
    """Read a scanned PDF again after ocrmypdf has given it a text layer."""
    document = read_document(Path(name), ocr_pdf(data), pdf_engine=options.pdf_engine)
    return replace(
        document,
        meta={**document.meta, "ocr": "ocrmypdf"},
        warnings=(*document.warnings, "text read by OCR (ocrmypdf): check figures against the scan"),
    )


def _prepare_attachments(
    attachments: tuple[Attachment, ...],
    parent_path: str,
    options: IngestOptions,
    context: Mapping[str, str],
    depth: int,
) -> tuple[tuple[PreparedFile, ...], list[str]]:
    children: list[PreparedFile] = []
    problems: list[str] = []
    seen: set[str] = set()
    images = [a for a in attachments if (a.content_type or "").startswith("image/")]
    if images:
        problems.append(f"{len(images)} image attachment(s) not read (logos, or scans that need OCR)")
    for attachment in attachments:
        if attachment in images:
            continue
        if depth >= MAX_ATTACHMENT_DEPTH:
            problems.append(f"attachment {attachment.name}: nested too deep, not read")
            continue
        digest = hashlib.sha256(attachment.data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        try:
            name = shown_path(attachment.name)
            child = _prepare(name, f"{parent_path}#{name}", attachment.data, options, context, depth + 1)
        except UnsupportedFormat as error:
            problems.append(f"attachment {attachment.name}: skipped: {error}")
            continue
        except FoitrackError as error:
            problems.append(f"attachment {attachment.name}: {error}")
            continue
        children.append(child)
    return tuple(children), problems


def _count_children(rows: DocumentRows) -> int:
    return sum(1 + _count_children(child) for child in rows.children)


def ingest_paths(
    db: Database, paths: Iterable[Path], options: IngestOptions, on_result: OnResult | None = None
) -> list[FileResult]:
    """Ingest every file under `paths`; one FileResult per file, in the order they are committed.

    Each file is read in a worker process under `options.limits`: a worker that dies or runs out
    of time fails its file alone. On Ctrl-C the files already read are committed before the
    KeyboardInterrupt goes on up, so a re-run continues where this one stopped.
    """
    results: list[FileResult] = []

    def report(result: FileResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    todo = _screen(db, collect_files(paths, on_skip=report), options, report)
    warm_up_extractors()  # once here, so the forked workers inherit compiled patterns and the gazetteer
    gc.freeze()  # and the collector in a worker never walks (so never copies) the pages holding them
    with (
        _BatchWriter(db, report) as writer,
        WorkerPool[tuple[Path, bool], tuple[Path, IngestOptions]](
            _prepare_task, options.jobs, options.limits, size_of=_task_size
        ) as pool,
    ):
        tasks = (((path, reextract), (path, options)) for path, reextract in todo)
        for outcome in pool.run(tasks, wake_in=writer.seconds_left):
            with _ctrl_c_held():
                if outcome is not None:
                    (path, reextract), rows = outcome
                    if isinstance(rows, Failure):
                        rows = FileResult(shown_path(path), "failed", reason=rows.reason)
                    writer.store(path, rows, reextract)
                writer.commit_if_due()
    return results


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold a Ctrl-C until the block ends, so a file is never half stored and a commit never half reported.

    Python raises KeyboardInterrupt between any two bytecodes: inside a file's savepoint it
    would leave a partial document for the closing commit; between COMMIT and the reports,
    files saved would be counted as lost.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: pressed.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
    if pressed:
        raise KeyboardInterrupt


def _task_size(task: tuple[Path, IngestOptions]) -> int:
    """A file's size, by which its memory allowance grows."""
    return task[0].stat().st_size


def _prepare_task(task: tuple[Path, IngestOptions]) -> DocumentRows | FileResult:
    """What a worker runs for one file: the rows to store, or why there are none (never raises).

    The rows are built here rather than by the writer: plain values cross the pipe far more
    cheaply than the dataclasses of an Extraction, and the one writer only inserts.
    """
    path, options = task
    try:
        return document_rows(prepare_file(path, options))
    except UnsupportedFormat as error:
        return FileResult(shown_path(path), "skipped", reason=str(error))
    except FoitrackError as error:
        return FileResult(shown_path(path), "failed", reason=str(error))
    except OSError as error:
        return FileResult(shown_path(path), "failed", reason=error.strerror or str(error))
    except MemoryError:
        raise  # the worker pool names the memory limit
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a batch
        return FileResult(shown_path(path), "failed", reason=f"unexpected error: {type(error).__name__}: {error}")


def _screen(
    db: Database, files: Iterable[Path], options: IngestOptions, report: OnResult
) -> Iterator[tuple[Path, bool]]:
    """Yield (path, reextract) for files that need reading; report the rest at once."""
    batch_seen: set[str] = set()
    for path in files:
        if not path.exists():
            report(FileResult(shown_path(path), "failed", reason="no such file or directory"))
            continue
        if not path.is_file():
            report(FileResult(shown_path(path), "skipped", reason="not a regular file (a FIFO, device or socket)"))
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and path.suffix:
            report(FileResult(shown_path(path), "skipped", reason=f"unsupported file type '{path.suffix}'"))
            continue
        try:
            digest = sha256_of(path)
        except OSError as error:
            report(FileResult(shown_path(path), "failed", reason=error.strerror or str(error)))
            continue
        existing = find_document_id(db, digest)
        new_hint = (
            existing is not None
            and options.authority is not None
            and authority_hint_of(db, existing) != options.authority
        )
        if digest in batch_seen or (existing is not None and not options.force and not new_hint):
            report(FileResult(shown_path(path), "present", document_id=existing, reason="already in the database"))
            continue
        batch_seen.add(digest)
        yield path, existing is not None


class _BatchWriter:
    """The one writer: stores prepared files in batched transactions, reporting each file once committed.

    Each file is saved under its own savepoint inside a transaction that is committed every
    BATCH_FILES files or BATCH_SECONDS seconds, whichever comes first: a commit (and the
    FTS index flush that comes with it) per file was a third of the cost of storing a reply.
    A crash loses at most the uncommitted batch, whose files the next run ingests again;
    a document is never half there. The write lock is held for BATCH_SECONDS at most
    (plus one file's work with --jobs 1), so a second ingest into the same database waits
    its turn rather than failing.
    """

    def __init__(self, db: Database, report: OnResult) -> None:
        self.db = db
        self.report = report
        self.held: list[FileResult] = []
        self.opened_at: float | None = None

    def __enter__(self) -> _BatchWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if kind is None or kind is KeyboardInterrupt:
            with _ctrl_c_held():
                self.commit()  # on Ctrl-C too: every held file is whole, under its own savepoint
        else:
            self._rollback()

    def seconds_left(self) -> float | None:
        """Time until the open batch is due, or None when no batch is open."""
        if self.opened_at is None:
            return None
        return max(0.0, self.opened_at + BATCH_SECONDS - time.monotonic())

    def store(self, path: Path, rows: DocumentRows | FileResult, reextract: bool) -> None:
        if isinstance(rows, FileResult):
            self.report(rows)
            return
        try:
            if self.opened_at is None:
                self.db.execute("BEGIN IMMEDIATE")
                self.opened_at = time.monotonic()
            doc_id, written = save_rows(self.db, rows, replace=reextract)
        except (FoitrackError, sqlite3.Error) as error:
            if _database_fault(error):  # the database's problem, not this file's: say so once and stop
                raise DatabaseError(
                    f"{_database_name(self.db)}: cannot write to the database: {_reason(error)}"
                ) from None
            self.report(FileResult(shown_path(path), "failed", reason=_reason(error)))
            if self.opened_at is not None and not self.db.conn.in_transaction:
                self._lose_batch(error)  # SQLite rolled the whole batch back (a full disk, say)
            return
        except Exception as error:  # noqa: BLE001 - one file's odd data must not roll back its batch
            self.report(FileResult(shown_path(path), "failed", reason=f"not saved: {type(error).__name__}: {error}"))
            if self.opened_at is not None and not self.db.conn.in_transaction:
                self._lose_batch(error)
            return
        if not written:
            self.held.append(
                FileResult(shown_path(path), "present", document_id=doc_id, reason="already in the database")
            )
            return
        self.held.append(
            FileResult(
                shown_path(path),
                "reextracted" if reextract else "ingested",
                document_id=doc_id,
                attachments=_count_children(rows),
                warnings=rows.warnings,
            )
        )

    def commit_if_due(self) -> None:
        if len(self.held) >= BATCH_FILES or self.seconds_left() == 0.0:
            self.commit()

    def commit(self) -> None:
        """Commit the open batch and report its files; if the commit fails, they all failed."""
        if self.opened_at is None:
            return
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            self._lose_batch(error)
            return
        self.opened_at = None
        held, self.held = self.held, []
        for result in held:
            self.report(result)

    def _lose_batch(self, error: Exception) -> None:
        """Report every file of a batch that will never be committed as failed."""
        held = self.held
        self._rollback()
        reason = f"not saved: {_reason(error)}"
        for result in held:
            self.report(result if result.status == "present" else FileResult(result.path, "failed", reason=reason))

    def _rollback(self) -> None:
        self.opened_at = None
        self.held = []
        if self.db.conn.in_transaction:
            self.db.execute("ROLLBACK")


_DATABASE_FAULTS = (
    "readonly",
    "read-only",
    "no such table",
    "no such column",
    "has no column",
    "disk i/o error",
    "malformed",
)


def _database_fault(error: Exception) -> bool:
    """Whether a failure to store a file lies with the database (so would fail every file)."""
    cause = error.__cause__ if isinstance(error, FoitrackError) else error
    return isinstance(cause, sqlite3.Error) and any(word in str(cause).lower() for word in _DATABASE_FAULTS)


def _database_name(db: Database) -> str:
    rows = db.execute("PRAGMA database_list").fetchall()
    return str(rows[0][2]) if rows and rows[0][2] else "the database"


def _reason(error: Exception) -> str:
    return str(error) if isinstance(error, FoitrackError) else describe_sqlite_error(error)
