"""The SQLite database: opening it, writing documents, and the queries the CLI needs.

Invariants:
- `open_db()` always leaves the schema at the newest migration (WAL mode, busy timeout),
  so two processes can ingest into one file at the same time.
- A document and everything extracted from it (and its attachments) is written in
  one transaction: after a crash a document is either all there or not there at all.
- A document is identified by the SHA-256 of its bytes; a second copy adds nothing but,
  for an attachment, a row in `document_parents` naming the second email that carried it
  (`documents.parent_id` keeps the first).
"""

from __future__ import annotations

import json
import os
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from foitrack.errors import DatabaseError, FoitrackError
from foitrack.lexicon.confidence import is_uncertain
from foitrack.models import PAGE_BREAK, Extraction, PreparedFile, Span

if TYPE_CHECKING:
    from sqlite_utils import Database

Row = dict[str, Any]
BUSY_TIMEOUT_MS = 30_000
EXPORT_TABLES = ("documents", "answers", "amounts", "exemptions", "dates")
SCHEMA = (
    "m001_initial",
    "m002_tracking",
    "m003_extraction_summary",
    "m004_recent_replies_index",
    "m005_answer_confidence",
    "m006_amount_metadata",
    "m007_corrections",
    "m008_mail_kinds",
    "m009_unanswered_replies_indexes",
    "m010_restated_amounts",
)
"""The names of foitrack.migrations, in order (a test keeps them equal): a database that has applied
exactly these is current, which open_reader() can tell without importing sqlite-utils (~35 ms)."""


def open_db(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at `path`; ":memory:" works too."""
    from sqlite_utils import Database

    from foitrack.migrations import migrations

    conn: sqlite3.Connection | None = None
    try:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path)
        db = Database(conn)
        if str(path) != ":memory:" and db.journal_mode != "wal":
            db.enable_wal()
        _set_session_pragmas(conn)
        _refuse_newer_schema(db, path)
        migrations.apply(db)
    except (sqlite3.Error, OSError) as error:
        if conn is not None:
            conn.close()
        raise DatabaseError(f"{path}: cannot open the database: {_open_error(path, error)}") from error
    return db


def open_reader(path: Path | str) -> Database:
    """The existing database at `path`, for a command that only reads it.

    When the database is already current (WAL mode, exactly the migrations of SCHEMA applied) it is
    opened with plain sqlite3 and read through a `_Reader`, so the command never imports sqlite-utils;
    otherwise this is open_db(), which migrates the database or refuses it, with the same errors.
    """
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        current = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" and _applied(conn) == list(SCHEMA)
        if current:
            _set_session_pragmas(conn)
    except (sqlite3.Error, OSError) as error:
        if conn is not None:
            conn.close()
        raise DatabaseError(f"{path}: cannot open the database: {_open_error(path, error)}") from error
    if not current:
        conn.close()
        return open_db(path)
    return _Reader(conn)  # type: ignore[return-value]  # stands in for a Database: see _Reader


def _connect(path: Path | str) -> sqlite3.Connection:
    """A connection that waits up to BUSY_TIMEOUT_MS for another writer, in autocommit mode."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _set_session_pragmas(conn: sqlite3.Connection) -> None:
    """What every foitrack connection reads and writes under (not stored in the file, so set each time)."""
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")


def _applied(conn: sqlite3.Connection) -> list[str]:
    """The foitrack migrations a database has applied, in the order applied (none if it has no record)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        sql = "SELECT name FROM _sqlite_migrations WHERE migration_set = 'foitrack' ORDER BY rowid"
        return [row[0] for row in conn.execute(sql)]
    return []


class _Reader:
    """What read-only commands use of a sqlite-utils Database, over plain sqlite3.

    `query`, `execute`, `table_names`, `conn` and `close` are its own; anything else (a table's
    rows, say) is a sqlite-utils Database on the same connection, built (and imported) on first use.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._database: Database | None = None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[Row]:
        cursor = self.conn.execute(sql, params if params is not None else ())
        keys = [d[0] for d in cursor.description or ()]
        if len(set(keys)) < len(keys):  # sqlite-utils names a repeated column's copies name_2, name_3 ...
            cursor.close()
            return cast("Iterator[Row]", self.__getattr__("query")(sql, params))
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self.conn)
        return getattr(self._database, name)

    def __getitem__(self, table: str) -> Any:
        return self.__getattr__("table")(table)


def _refuse_newer_schema(db: Database, path: Path | str) -> None:
    """Refuse a database a newer foitrack has migrated: this version would misread or damage it."""
    from foitrack.migrations import migrations

    if not db["_sqlite_migrations"].exists():
        return
    known = {migration.name for migration in migrations._migrations}
    applied = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'foitrack'")]
    newer = sorted(name for name in applied if name not in known)
    if newer:
        db.close()
        raise DatabaseError(
            f"{path}: the database was written by a newer foitrack (schema {newer[-1]}): "
            "upgrade foitrack to use it, or pass --db to use another file"
        )


def _open_error(path: Path | str, error: BaseException) -> str:
    """Why a database would not open, in words: a read-only file system is named as such."""
    try:
        read_only = bool(os.statvfs(Path(path).resolve().parent).f_flag & os.ST_RDONLY)
    except OSError:
        read_only = False
    if read_only:
        return "its folder is on a read-only file system (copy the database somewhere writable)"
    return describe_sqlite_error(error)


def describe_sqlite_error(error: BaseException) -> str:
    """A SQLite or OS error in words a user can act on."""
    message = str(error)
    if "readonly" in message or "read-only" in message:
        return "it is read-only (check the file's permissions, or pass --db to use another file)"
    if "file is not a database" in message:
        return "the file is not a SQLite database"
    if "disk is full" in message or "No space" in message:
        return "the disk is full"
    return message


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock at once (BEGIN IMMEDIATE).

    A deferred BEGIN that reads first and writes later cannot wait for another
    process's write lock under WAL: SQLite fails it at once with "database is
    locked". Taking the lock up front lets the busy timeout do its job, so two
    ingests into one database simply take turns. Nested calls use a savepoint (one
    name serves every level: SQLite releases or rolls back the innermost of that name).
    SQLite failures come out as DatabaseError with a readable reason.
    """
    try:
        nested = db.conn.in_transaction
        db.execute("SAVEPOINT foitrack" if nested else "BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:  # a failed COMMIT or a RAISE(ROLLBACK) may have ended it already
                db.execute("ROLLBACK TO foitrack" if nested else "ROLLBACK")
                if nested:
                    db.execute("RELEASE foitrack")
            raise
        db.execute("RELEASE foitrack" if nested else "COMMIT")
    except sqlite3.Error as error:
        raise DatabaseError(describe_sqlite_error(error)) from error


# ---------------------------------------------------------------- writing documents


def insert_row(db: Database, table: str, row: Row) -> int:
    """Insert one row and return its integer primary key."""
    last = db.table(table).insert(row).last_pk
    if not isinstance(last, int):
        raise DatabaseError(f"{table}: the database gave no id for a new row")
    return last


def find_document_id(db: Database, sha256: str) -> int | None:
    """The id of the document with these bytes, if it is stored."""
    row = db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return int(row[0]) if row else None


def authority_hint_of(db: Database, doc_id: int) -> str | None:
    """The --authority a stored document was ingested with, if any."""
    row = db.execute("SELECT authority_hint FROM documents WHERE id = ?", [doc_id]).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class TableRows:
    """Rows for one table, each a tuple of values in the order of `columns`, `document_id` left out."""

    table: str
    columns: tuple[str, ...]
    values: list[tuple[Any, ...]]


@dataclass(frozen=True)
class DocumentRows:
    """A prepared file as the rows the database keeps, built where the file was read.

    An ingest builds them in its worker processes, so the one writer only inserts: plain
    values cross the pipe several times cheaper than an Extraction's dataclasses. `document`
    lacks `parent_id` and `ingested_at`, and `findings` their `document_id`: the writer adds
    them. `children` are the attachments of an email, in the same shape.
    """

    sha256: str
    document: Row
    findings: tuple[TableRows, ...]
    warnings: tuple[str, ...] = ()
    children: tuple[DocumentRows, ...] = ()


def document_rows(prepared: PreparedFile) -> DocumentRows:
    """The rows that store a prepared file and its attachments (no database needed)."""
    return DocumentRows(
        sha256=prepared.sha256,
        document=_document_row(prepared),
        findings=_finding_rows(prepared.text, prepared.extraction),
        warnings=prepared.document.warnings,
        children=tuple(document_rows(child) for child in prepared.children),
    )


def save_prepared(db: Database, prepared: PreparedFile, *, replace: bool = False) -> tuple[int, bool]:
    """Store a prepared file and its attachments atomically, as `save_rows` does: (document id, whether written)."""
    return save_rows(db, document_rows(prepared), replace=replace)


def save_rows(db: Database, rows: DocumentRows, *, replace: bool = False) -> tuple[int, bool]:
    """Store a file's rows and its attachments' atomically: (document id, whether it was written).

    With `replace`, an existing document with the same bytes is re-extracted in place
    (its id is kept); otherwise a document already present (perhaps stored a moment ago
    by another process) is left untouched and reported as not written.
    """
    with transaction(db):
        existing = find_document_id(db, rows.sha256)
        if existing is not None and not replace:
            return existing, False
        return _save_tree(db, rows, parent_id=None, replace=replace), True


def _save_tree(db: Database, rows: DocumentRows, parent_id: int | None, replace: bool) -> int:
    existing = find_document_id(db, rows.sha256) if parent_id is not None or replace else None
    if existing is not None and not replace:
        _add_parent(db, existing, parent_id)
        return existing
    ingested_at = _now()
    if existing is not None:
        _delete_findings(db, existing)
        db.table("documents").update(existing, {**rows.document, "ingested_at": ingested_at})
        doc_id = existing
    else:
        doc_id = _insert_document(db, {**rows.document, "parent_id": parent_id, "ingested_at": ingested_at})
    for table_rows in rows.findings:
        _insert_rows(db, doc_id, table_rows)
    if existing is not None:
        from foitrack.corrections import apply_corrections  # a new document has no corrections yet

        apply_corrections(db, doc_id, fresh=True)
    _add_parent(db, doc_id, parent_id)
    for child in rows.children:
        _save_tree(db, child, parent_id=doc_id, replace=replace)
    return doc_id


def _insert_document(db: Database, row: Row) -> int:
    """Insert a documents row and return its id (plain SQL: sqlite-utils' insert() checks each value's type)."""
    doc_id = db.conn.execute(_insert_sql("documents", tuple(row)), tuple(row.values())).lastrowid
    if doc_id is None:
        raise DatabaseError("documents: the database gave no id for a new row")
    return doc_id


def _insert_rows(db: Database, doc_id: int, rows: TableRows) -> None:
    """Insert a table's rows for document `doc_id` in one executemany.

    sqlite-utils' insert_all() checks types and opens a savepoint per call: a third of
    the cost of storing a reply, for tables whose columns the migrations already fix.
    """
    sql = _insert_sql(rows.table, ("document_id", *rows.columns))
    db.conn.executemany(sql, [(doc_id, *values) for values in rows.values])


def _add_parent(db: Database, doc_id: int, parent_id: int | None) -> None:
    if parent_id is not None and parent_id != doc_id:
        db.execute("INSERT OR IGNORE INTO document_parents (document_id, parent_id) VALUES (?, ?)", [doc_id, parent_id])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _document_row(prepared: PreparedFile) -> Row:
    document = prepared.document
    return {
        "sha256": prepared.sha256,
        "file": prepared.file,
        "path": prepared.path,
        "kind": document.kind,
        "size": prepared.size,
        "page_count": document.page_count,
        "status": document.status,
        "warnings": json.dumps(list(document.warnings)) if document.warnings else None,
        "meta": json.dumps(document.meta, ensure_ascii=False) if document.meta else None,
        "authority_hint": prepared.authority_hint,
        # the raw text is kept only where normalising changed it: most replies are stored once
        "raw_text": document.text if document.text != prepared.text else None,
        "text": prepared.text,
        "mail_kind": document.meta.get("mail_kind"),
        "excluded": json.dumps([[e.start, e.end, e.kind] for e in prepared.excluded]) if prepared.excluded else None,
    }


def _delete_findings(db: Database, doc_id: int) -> None:
    for table in ("extractions", "dates", "amounts", "answers", "exemptions"):
        db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [doc_id])


def page_of(text: str, offset: int) -> int:
    """The 1-based page on which a character offset falls (a binary search: linear in findings)."""
    return bisect_left(_page_breaks(text), max(offset, 0)) + 1


@lru_cache(maxsize=4)
def _page_breaks(text: str) -> tuple[int, ...]:
    """Offsets of every page break in `text`, found once per text (str caches its hash)."""
    breaks: list[int] = []
    at = text.find(PAGE_BREAK)
    while at != -1:
        breaks.append(at)
        at = text.find(PAGE_BREAK, at + 1)
    return tuple(breaks)


def _span_columns(text: str, span: Span | None) -> Row:
    """A finding's start, end, quote and the page its start is on; all None without a span."""
    if span is None:
        return {"start": None, "end": None, "quote": None, "page": None}
    return {"start": span.start, "end": span.end, "quote": span.quote, "page": page_of(text, span.start)}


def _named_span_columns(name: str, span: Span | None) -> Row:
    """An extraction's `name`_start, `name`_end and `name`_quote; all None without a span."""
    return {
        f"{name}_start": span.start if span else None,
        f"{name}_end": span.end if span else None,
        f"{name}_quote": span.quote if span else None,
    }


def _table_rows(table: str, rows: Iterable[Row]) -> TableRows | None:
    """Rows that all have the same keys in the same order (built by one dict display) as TableRows; None if none."""
    rows = list(rows)
    return TableRows(table, tuple(rows[0]), [tuple(row.values()) for row in rows]) if rows else None


@lru_cache(maxsize=32)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """INSERT INTO `table` of `columns`, one "?" each (built once per table: every row of it has the same keys)."""
    return "INSERT INTO [{}] ({}) VALUES ({})".format(
        table, ", ".join(f"[{c}]" for c in columns), ", ".join("?" * len(columns))
    )


def _finding_rows(text: str, ex: Extraction) -> tuple[TableRows, ...]:
    """The rows of the extractions, dates, amounts, answers and exemptions tables for one document."""
    dates = [d for d in (ex.response_date, ex.request_date) if d is not None] + list(ex.periods)
    date_rows = (
        {
            "role": d.role,
            "value": d.value.isoformat(),
            "end_value": d.end.isoformat() if d.end else None,
            **_span_columns(text, d.span),
        }
        for d in dates
    )
    label_at = _label_finder(ex)
    amount_rows = (
        {
            "position": i,
            "text": a.text,
            "gbp": str(a.gbp),
            "gbp_high": str(a.gbp_high) if a.gbp_high is not None else None,
            "per": a.per,
            "approximate": int(a.approximate),
            "about": a.about,
            "cost_limit": int(a.cost_limit),
            "answer_label": label_at(a.span.start),
            "period": a.period,
            "stated_total": int(a.stated_total),
            "rate": a.rate,
            "restated": int(a.restated),
            **_span_columns(text, a.span),
        }
        for i, a in enumerate(ex.amounts)
    )
    answer_rows = (
        {
            "position": i,
            "label": a.label,
            "question": a.question,
            "answer": a.answer,
            "value": a.value,
            "answer_text": a.text,
            "confidence": a.confidence,
            "question_start": a.question_span.start if a.question_span else None,
            "question_end": a.question_span.end if a.question_span else None,
            **_span_columns(text, a.span),
        }
        for i, a in enumerate(ex.answers)
    )
    exemption_rows = ({"code": e.code, "act": e.act, **_span_columns(text, e.span)} for e in ex.exemptions)
    tables = (
        _table_rows("extractions", [_extraction_row(ex)]),
        _table_rows("dates", date_rows),
        _table_rows("amounts", amount_rows),
        _table_rows("answers", answer_rows),
        _table_rows("exemptions", exemption_rows),
    )
    return tuple(table for table in tables if table is not None)


def _label_finder(ex: Extraction) -> Callable[[int], str | None]:
    """A function giving the label of the first answer whose text contains an offset, if any.

    A binary search over the answers' starts, walking back only while an earlier answer could
    still reach the offset: near-linear where checking every answer for every amount was not.
    """
    spans = sorted(
        (span.start, span.end, index, answer.label)
        for index, answer in enumerate(ex.answers)
        if (span := answer.text_span or answer.span) is not None
    )
    starts = [start for start, _, _, _ in spans]
    reach = list(accumulate((end for _, end, _, _ in spans), max))

    def label_at(offset: int) -> str | None:
        best: tuple[int, str] | None = None
        i = bisect_right(starts, offset) - 1
        while i >= 0 and reach[i] > offset:
            _, end, index, label = spans[i]
            if end > offset and (best is None or index < best[0]):
                best = (index, label)
            i -= 1
        return best[1] if best else None

    return label_at


def _extraction_row(ex: Extraction) -> Row:
    authority = ex.authority
    return {
        "authority": authority.name if authority else None,
        "authority_kind": authority.kind if authority else None,
        "authority_nation": authority.nation if authority else None,
        "authority_in_gazetteer": int(authority.in_gazetteer) if authority else None,
        "authority_signal": authority.signal if authority else None,
        **_named_span_columns("authority", authority.span if authority else None),
        "reference": ex.reference.value if ex.reference else None,
        **_named_span_columns("reference", ex.reference.span if ex.reference else None),
        "outcome": ex.outcome,
        "regime": ex.regime,
        "response_date": ex.response_date.value.isoformat() if ex.response_date else None,
        "answer_count": len(ex.answers),
        "extracted_at": _now(),
    }


# ---------------------------------------------------------------- reading


DOCUMENT_SUMMARY_SQL = """
SELECT d.id, d.file, d.kind, d.page_count AS pages, d.status, d.parent_id AS parent, d.mail_kind,
       e.authority, e.reference,
       (SELECT value FROM dates WHERE document_id = d.id AND role = 'request' LIMIT 1) AS request_date,
       (SELECT value FROM dates WHERE document_id = d.id AND role = 'response' LIMIT 1) AS response_date,
       e.outcome,
       (SELECT count(*) FROM answers WHERE document_id = d.id) AS answers,
       (SELECT count(*) FROM amounts WHERE document_id = d.id) AS amounts,
       d.sha256, d.path, d.size, d.ingested_at, e.authority_checked, e.outcome_checked
FROM documents d LEFT JOIN extractions e ON e.document_id = d.id
"""


def list_documents(db: Database, *, authority: str | None = None, limit: int | None = None) -> list[Row]:
    """One summary row per document, oldest first."""
    sql = DOCUMENT_SUMMARY_SQL
    params: list[Any] = []
    if authority:
        sql += " WHERE e.authority LIKE ?"
        params.append(f"%{authority}%")
    sql += " ORDER BY d.id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return list(db.query(sql, params))


def get_document(db: Database, doc_id: int) -> Row:
    """A document with every extracted field and its evidence; FoitrackError if absent."""
    rows = list(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise FoitrackError(f"no document with id {doc_id} (see `foitrack documents`)")
    doc = rows[0]
    doc["meta"] = json.loads(doc["meta"]) if doc["meta"] else {}
    doc["warnings"] = json.loads(doc["warnings"]) if doc["warnings"] else []
    doc["excluded"] = [{"start": s, "end": e, "kind": k} for s, e, k in json.loads(doc["excluded"] or "[]")]
    extraction = list(db.query("SELECT * FROM extractions WHERE document_id = ?", [doc_id]))
    doc["extraction"] = extraction[0] if extraction else {}
    for table in ("dates", "amounts", "answers", "exemptions"):
        order = "position" if table in ("amounts", "answers") else "id"
        doc[table] = list(db.query(f"SELECT * FROM [{table}] WHERE document_id = ? ORDER BY {order}", [doc_id]))
    doc["children"] = list(
        db.query(
            """SELECT d.id, d.file, d.kind FROM document_parents p JOIN documents d ON d.id = p.document_id
               WHERE p.parent_id = ? ORDER BY d.id""",
            [doc_id],
        )
    )
    doc["parents"] = [
        r["parent_id"]
        for r in db.query("SELECT parent_id FROM document_parents WHERE document_id = ? ORDER BY parent_id", [doc_id])
    ]
    return doc


def search_documents(db: Database, query: str, *, limit: int = 20) -> list[Row]:
    """Full-text search over document text, best first, with a highlighted snippet."""
    sql = """
        SELECT d.id, d.file, e.authority,
               snippet(documents_fts, 1, '[', ']', ' ... ', 12) AS snippet
        FROM documents_fts
        JOIN documents d ON d.rowid = documents_fts.rowid
        LEFT JOIN extractions e ON e.document_id = d.id
        WHERE documents_fts MATCH ?
        ORDER BY documents_fts.rank
        LIMIT ?
    """
    try:
        return list(db.query(sql, [_fts_query(query), limit]))
    except sqlite3.OperationalError as error:
        raise FoitrackError(f"cannot search for {query!r}: {error}") from error


def _fts_query(query: str) -> str:
    """Quote each word so punctuation in a user's query is never FTS syntax."""
    words = [w.replace('"', "") for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w)


def table_rows(db: Database, table: str) -> Iterator[Row]:
    """Rows of an export table, tidy: documents joined with their extraction, findings with their file."""
    if table not in EXPORT_TABLES:
        raise FoitrackError(f"unknown table {table!r}: choose from {', '.join(EXPORT_TABLES)}")
    if table == "documents":
        yield from db.query(DOCUMENT_SUMMARY_SQL + " ORDER BY d.id")
        return
    yield from db.query(
        f"""SELECT f.*, d.file, e.authority FROM [{table}] f
            JOIN documents d ON d.id = f.document_id
            LEFT JOIN extractions e ON e.document_id = f.document_id
            ORDER BY f.document_id, f.id"""
    )


def export_records(db: Database) -> Iterator[Row]:
    """One record per document in the shape of the corpus SCHEMA.md, plus file, sha256 and parent."""
    for doc in db.query(
        """SELECT d.id, d.file, d.sha256, p.file AS parent_file, d.parent_id, d.status, d.page_count,
                  e.authority, e.authority_kind, e.authority_nation, e.reference, e.outcome, e.regime,
                  e.authority_checked, e.outcome_checked
           FROM documents d LEFT JOIN extractions e ON e.document_id = d.id
           LEFT JOIN documents p ON p.id = d.parent_id ORDER BY d.id"""
    ):
        yield _export_record(db, doc)


def _export_record(db: Database, doc: Row) -> Row:
    doc_id = doc["id"]
    date_rows = list(db.query("SELECT role, value, checked FROM dates WHERE document_id = ? ORDER BY id", [doc_id]))
    dates = {r["role"]: r["value"] for r in reversed(date_rows)}
    checked = {r["role"]: r["checked"] for r in reversed(date_rows) if r["role"] in ("request", "response")}
    return {
        "id": doc_id,
        "file": doc["file"],
        "sha256": doc["sha256"],
        "parent": doc["parent_file"],
        "parent_id": doc["parent_id"],
        "status": doc["status"],
        "pages": doc["page_count"],
        "authority": doc["authority"],
        "authority_kind": doc["authority_kind"],
        "reference": doc["reference"],
        "dates": {"request": dates.get("request"), "response": dates.get("response")},
        "amounts": [
            {
                "text": a["text"],
                "gbp": _number(end),
                "gbp_high": _number(a["gbp_high"]),
                "range": role,
                "per": a["per"],
                "about": a["about"],
                "cost_limit": bool(a["cost_limit"]),
                "period": a["period"],
                "stated_total": bool(a["stated_total"]),
                "restated": bool(a["restated"]),
                "rate": a["rate"],
                "approximate": bool(a["approximate"]),
                "q": a["answer_label"],
                "quote": a["quote"],
                "page": a["page"],
                "checked": a["checked"],
            }
            for a in db.query("SELECT * FROM amounts WHERE document_id = ? ORDER BY position", [doc_id])
            for end, role in _range_ends(a)
        ],
        "answers": [
            {
                "q": a["label"],
                "answer": a["answer"],
                "value": a["value"],
                "quote": a["quote"],
                "question": a["question"],
                "page": a["page"],
                "checked": a["checked"],
                "confidence": a["confidence"],
                "uncertain": is_uncertain(a["confidence"]),
            }
            for a in db.query("SELECT * FROM answers WHERE document_id = ? ORDER BY position", [doc_id])
        ],
        "exemptions": _unique(
            r["code"] for r in db.query("SELECT code FROM exemptions WHERE document_id = ? ORDER BY id", [doc_id])
        ),
        "outcome": doc["outcome"],
        "regime": doc["regime"],
        "checked": {"authority": doc["authority_checked"], "outcome": doc["outcome_checked"], **checked},
    }


def _range_ends(amount: Row) -> list[tuple[str | None, str | None]]:
    """A range ("£150 to £1,500") is two sums, as the corpus schema lists them: its low end marked "from", its
    high end "to"; any other amount is itself (range None). Sum only the records whose range is not "to"."""
    if amount["gbp_high"] is None:
        return [(amount["gbp"], None)]
    return [(amount["gbp"], "from"), (amount["gbp_high"], "to")]


def _number(value: str | None) -> int | float | None:
    if value is None:
        return None
    exact = Decimal(value)
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def remove_document(db: Database, doc_id: int) -> Row:
    """Delete a document, its attachments, everything extracted from them, their links and corrections."""
    doc = get_document(db, doc_id)
    family = [
        int(r[0])
        for r in db.execute(
            """WITH RECURSIVE family(id) AS (SELECT ? UNION ALL
               SELECT d.id FROM documents d JOIN family f ON d.parent_id = f.id) SELECT id FROM family""",
            [doc_id],
        )
    ]
    with transaction(db):
        for child in reversed(family):
            for table in ("extractions", "dates", "amounts", "answers", "exemptions", "corrections", "links"):
                db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [child])
            db.execute("DELETE FROM events WHERE document_id = ?", [child])
            db.execute("DELETE FROM documents WHERE id = ?", [child])
    return doc
