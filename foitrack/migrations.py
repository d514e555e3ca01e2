"""The database schema, built by numbered migrations recorded in the database.

Each migration runs once, in order, inside a transaction; sqlite-utils records the
applied ones in `_sqlite_migrations`. A migration that has been released is never
edited: a schema change is a new `mNNN_` function at the end.

Spans (`start`, `end`) are character offsets into `documents.text`, the normalised
text, and `quote` is the text found there, so every value can be shown in context.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("foitrack")

SPAN_COLUMNS: dict[str, type] = {"start": int, "end": int, "quote": str, "page": int}


@migrations()
def m001_initial(db: Database) -> None:
    """Documents, their extracted fields with evidence, and full-text search."""
    db.table("documents").create(
        {
            "id": int,
            "sha256": str,
            "file": str,
            "path": str,
            "parent_id": int,
            "kind": str,
            "size": int,
            "page_count": int,
            "status": str,
            "warnings": str,
            "meta": str,
            "authority_hint": str,
            "raw_text": str,
            "text": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"sha256", "file", "kind", "status", "text"},
        foreign_keys=[("parent_id", "documents", "id")],
    )
    db.table("documents").create_index(["sha256"], unique=True)
    db.table("documents").create_index(["parent_id"])
    db.table("extractions").create(
        {
            "document_id": int,
            "authority": str,
            "authority_kind": str,
            "authority_nation": str,
            "authority_in_gazetteer": int,
            "authority_signal": str,
            "authority_start": int,
            "authority_end": int,
            "authority_quote": str,
            "reference": str,
            "reference_start": int,
            "reference_end": int,
            "reference_quote": str,
            "outcome": str,
            "regime": str,
            "extracted_at": str,
        },
        pk="document_id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("extractions").create_index(["authority"])
    _create_finding_table(db, "dates", {"role": str, "value": str, "end_value": str})
    _create_finding_table(
        db,
        "amounts",
        {
            "position": int,
            "text": str,
            "gbp": str,
            "gbp_high": str,
            "per": str,
            "approximate": int,
            "about": str,
            "cost_limit": int,
            "answer_label": str,
        },
    )
    _create_finding_table(
        db,
        "answers",
        {
            "position": int,
            "label": str,
            "question": str,
            "answer": str,
            "value": str,
            "answer_text": str,
            "question_start": int,
            "question_end": int,
        },
    )
    _create_finding_table(db, "exemptions", {"code": str, "act": str})
    db.table("documents").enable_fts(["file", "text"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def _create_finding_table(db: Database, name: str, columns: dict[str, type]) -> None:
    db.table(name).create(
        {"id": int, "document_id": int, **columns, **SPAN_COLUMNS},
        pk="id",
        not_null={"document_id"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table(name).create_index(["document_id"])


@migrations()
def m002_tracking(db: Database) -> None:
    """Requests sent to many bodies, each body's dated events, and replies linked to them."""
    db.table("requests").create(
        {"id": int, "title": str, "text": str, "sent": str, "eir": int, "created_at": str},
        pk="id",
        not_null={"title", "sent"},
    )
    db.table("request_questions").create(
        {"id": int, "request_id": int, "position": int, "label": str, "question": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db.table("request_questions").create_index(["request_id"])
    db.table("request_bodies").create(
        {
            "id": int,
            "request_id": int,
            "name": str,
            "body_id": str,
            "kind": str,
            "nation": str,
            "regime": str,
            "school": int,
        },
        pk="id",
        not_null={"request_id", "name", "regime"},
        foreign_keys=[("request_id", "requests", "id")],
    )
    db.table("request_bodies").create_index(["request_id", "name"], unique=True)
    db.table("request_bodies").create_index(["name"])
    db.table("events").create(
        {
            "id": int,
            "request_body_id": int,
            "on_date": str,
            "kind": str,
            "note": str,
            "outcome": str,
            "document_id": int,
            "created_at": str,
        },
        pk="id",
        not_null={"request_body_id", "on_date", "kind"},
        foreign_keys=[("request_body_id", "request_bodies", "id"), ("document_id", "documents", "id")],
    )
    db.table("events").create_index(["request_body_id"])
    db.table("links").create(
        {"document_id": int, "request_body_id": int, "how": str, "score": float},
        pk="document_id",
        foreign_keys=[("document_id", "documents", "id"), ("request_body_id", "request_bodies", "id")],
    )
    db.table("links").create_index(["request_body_id"])
    db.table("extra_holidays").create({"day": str, "name": str}, pk="day")


@migrations()
def m003_extraction_summary(db: Database) -> None:
    """Each extraction row also carries its response date and answer count, so listing
    replies for a comparison reads one table instead of probing three per document."""
    table = db.table("extractions")
    table.add_column("response_date", str)
    table.add_column("answer_count", int)
    db.execute(
        """UPDATE extractions SET
           response_date = (SELECT value FROM dates d WHERE d.document_id = extractions.document_id
                            AND d.role = 'response' LIMIT 1),
           answer_count = (SELECT count(*) FROM answers a WHERE a.document_id = extractions.document_id)"""
    )


@migrations()
def m004_recent_replies_index(db: Database) -> None:
    """Each named body's replies with answers, newest first, straight from an index: a
    comparison takes every body's few newest replies without sorting or reading the table."""
    db.execute(
        """CREATE INDEX IF NOT EXISTS idx_extractions_recent
           ON extractions (authority, response_date DESC, document_id DESC, authority_kind)
           WHERE answer_count > 0"""
    )


@migrations()
def m005_answer_confidence(db: Database) -> None:
    """Each answer carries how likely its class is right (0..1, foitrack.lexicon.confidence);
    answers extracted before this migration keep NULL: their confidence was never computed."""
    db.table("answers").add_column("confidence", float)


@migrations()
def m006_amount_metadata(db: Database) -> None:
    """What each amount covers, so a comparison sums only like with like: the year or stretch of
    time (`period`), whether the reply gives it as the total of other figures (`stated_total`) and
    the unit of a rate (`rate`: "hour", "head"). Amounts stored before this read as NULL/0 until
    their replies are ingested again with --force."""
    table = db.table("amounts")
    table.add_column("period", str)
    table.add_column("stated_total", int, not_null_default=0)
    table.add_column("rate", str)
    describe_stored_amounts(db)
    # replies without answers (a whole-request refusal, a scan) also have a row in a comparison
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_extractions_unanswered ON extractions (document_id) WHERE answer_count = 0"
    )


def describe_stored_amounts(db: Database) -> None:
    """Read again what each stored amount covers, from its reply's stored text: its period, stated
    total, rate, cost estimate and what it is for. An amount is matched by where it starts; one
    the money reader no longer finds keeps its row as it was. (About 0.1 ms a reply.)"""
    from foitrack.extract.money import extract_amounts  # the money reader, only for an upgrade

    # a database that took m007 (corrections) before this keeps what a person corrected
    kept = " AND checked IS NOT 'corrected'" if "checked" in db.table("amounts").columns_dict else ""
    documents = [row[0] for row in db.execute("SELECT DISTINCT document_id FROM amounts").fetchall()]
    for document_id in documents:
        found = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if not found or not found[0]:
            continue
        questions = db.execute(
            """SELECT question_start, question_end FROM answers
               WHERE document_id = ? AND question_start IS NOT NULL""",
            [document_id],
        ).fetchall()
        described = {a.span.start: a for a in extract_amounts(found[0], exclude=[(s, e) for s, e in questions])}
        updates = [
            (a.period, int(a.stated_total), a.rate, a.about, int(a.cost_limit), a.per, amount_id)
            for amount_id, start in db.execute(
                f"SELECT id, start FROM amounts WHERE document_id = ?{kept}", [document_id]
            )
            if (a := described.get(start)) is not None
        ]
        db.conn.executemany(
            """UPDATE amounts SET period = ?, stated_total = ?, rate = ?, about = ?, cost_limit = ?, per = ?
               WHERE id = ?""",
            updates,
        )


@migrations()
def m007_corrections(db: Database) -> None:
    """A person's corrections and checks, one row each, and on every finding whether a person checked it.

    `corrections` keeps what was changed (target, field), the value before and after, a note and
    when; `context` (JSON) holds what finds the target again after a re-extraction (a question's
    label and wording, an amount's text); `effect` (JSON) what applying it changed, so it can be
    reverted exactly. `checked` on a finding is NULL (nobody looked), 'verified' or 'corrected'.
    """
    db.table("corrections").create(
        {
            "id": int,
            "document_id": int,
            "target": str,
            "context": str,
            "field": str,
            "old_value": str,
            "new_value": str,
            "note": str,
            "created_at": str,
            "undone_at": str,
            "applied": int,
            "effect": str,
        },
        pk="id",
        not_null={"document_id", "target", "field", "created_at"},
    )
    db.table("corrections").create_index(["document_id"])
    for table in ("answers", "amounts", "dates"):
        db.table(table).add_column("checked", str)
    db.table("extractions").add_column("authority_checked", str)
    db.table("extractions").add_column("outcome_checked", str)
    if "year" not in db.table("amounts").columns_dict and "period" not in db.table("amounts").columns_dict:
        db.table("amounts").add_column("year", str)


@migrations()
def m008_mail_kinds(db: Database) -> None:
    """Mail as mail: what kind of message a document is (bounce, auto_reply, acknowledgement,
    or NULL for a reply), the stretches of its text left out of extraction (JSON
    [[start, end, kind], ...]: quoted history, signature, disclaimer), and every email an
    attachment arrived with (an attachment is stored once, by its bytes, but may come twice)."""
    documents = db.table("documents")
    documents.add_column("mail_kind", str)
    documents.add_column("excluded", str)
    db.table("document_parents").create(
        {"document_id": int, "parent_id": int},
        pk=("document_id", "parent_id"),
        foreign_keys=[("document_id", "documents", "id"), ("parent_id", "documents", "id")],
    )
    db.table("document_parents").create_index(["parent_id"])
    db.execute(
        "INSERT INTO document_parents (document_id, parent_id) SELECT id, parent_id FROM documents"
        " WHERE parent_id IS NOT NULL"
    )


@migrations()
def m009_unanswered_replies_indexes(db: Database) -> None:
    """The few replies without answers that still have a row in a comparison, each straight from a
    small index: whole-request refusals (by their extraction) and scans that need OCR (by their
    document). Without them a comparison read every unanswered document's row to find the few."""
    db.execute(
        """CREATE INDEX IF NOT EXISTS idx_extractions_refused_unanswered ON extractions (document_id)
           WHERE answer_count = 0 AND outcome = 'refused'"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_documents_needs_ocr ON documents (id) WHERE status = 'needs_ocr'")


@migrations()
def m010_restated_amounts(db: Database) -> None:
    """Whether an amount is the same sum given again in a bilingual reply's other language
    (`restated`): listed as the reply prints it, never summed twice. Amounts stored before read 0
    until their replies are ingested again with --force."""
    db.table("amounts").add_column("restated", int, not_null_default=0)
