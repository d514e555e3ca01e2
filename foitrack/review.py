"""The review queue: answers nobody has checked yet, least confident first, each with its quote in context.

Invariants:
- The queue is recomputed from the database each time: an answer leaves it once a person
  has verified or corrected it (`answers.checked`), so quitting, a crash, or a second
  terminal never loses or repeats work. Skipped answers stay unchecked and come back
  in the next session.
- Every decision is stored at once through `foitrack.corrections` (one transaction each).

Order, least confident first: by `answers.confidence` (lowest first) when the column
exists; then, and until it does, by this rule:
  1. answers with no quote (the extractor found no words that carry the class);
  2. 'provided' answers (the class given when no other class matched);
  3. long answers (more than LONG_ANSWER characters: more room to misread);
  4. the rest;
each group in document order, then question order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from foitrack import corrections
from foitrack.compare import Topic

Row = dict[str, Any]
LONG_ANSWER = 300
CONTEXT_LINES = 3
"""Lines shown above and below the line that holds an answer's quote."""


@dataclass(frozen=True)
class Filters:
    """Which answers to review: one request's replies, one topic's questions, one body's replies."""

    request_id: int | None = None
    topic: Topic | None = None
    body: str | None = None


@dataclass(frozen=True)
class Context:
    """Lines of a reply around an answer: before the quote, the quote, after it (the quote highlighted)."""

    before: str
    match: str
    after: str
    first_line: int


@dataclass(frozen=True)
class Item:
    """One answer to review."""

    answer_id: int
    document_id: int
    file: str
    body: str | None
    label: str
    question: str
    answer: str
    value: str | None
    quote: str | None
    context: Context
    reason: str
    start: int = 0
    end: int = 0
    checked: str | None = None


RULE_SQL = f"""CASE
    WHEN a.quote IS NULL OR a.quote = '' THEN 0
    WHEN a.answer = 'provided' THEN 1
    WHEN length(COALESCE(a.answer_text, '')) > {LONG_ANSWER} THEN 2
    ELSE 3 END"""
REASONS = {0: "first: no quote found", 1: "first: provided is the default class", 2: "first: a long answer", 3: ""}


def queue(db: Database, filters: Filters = Filters()) -> list[Row]:
    """The unchecked answers to review, least confident first (see the module docstring)."""
    where = ["a.checked IS NULL"]
    params: list[Any] = []
    if filters.body:
        where.append("COALESCE(e.authority, pe.authority, '') LIKE ?")
        params.append(f"%{filters.body}%")
    if filters.request_id is not None:
        where.append(
            """(a.document_id IN (SELECT l.document_id FROM links l JOIN request_bodies b ON b.id = l.request_body_id
                                  WHERE b.request_id = ?)
                OR d.parent_id IN (SELECT l.document_id FROM links l JOIN request_bodies b ON b.id = l.request_body_id
                                   WHERE b.request_id = ?))"""
        )
        params += [filters.request_id, filters.request_id]
    confidence = "COALESCE(a.confidence, 0), " if "confidence" in db.table("answers").columns_dict else ""
    sql = f"""SELECT a.id, a.document_id, a.label, a.question, a.answer, a.value, a.quote, {RULE_SQL} AS rule,
                     (SELECT count(*) FROM amounts m WHERE m.document_id = a.document_id
                      AND m.answer_label = a.label) AS amounts
              FROM answers a JOIN documents d ON d.id = a.document_id
              LEFT JOIN extractions e ON e.document_id = a.document_id
              LEFT JOIN extractions pe ON pe.document_id = d.parent_id
              WHERE {" AND ".join(where)}
              ORDER BY {confidence}rule, a.document_id, a.position"""
    rows = list(db.query(sql, params))
    if filters.topic is not None:
        topic = filters.topic
        rows = [r for r in rows if topic.selects(r["question"] or "", r["answer"] or "", bool(r["amounts"]))]
    return rows


def item(db: Database, answer_id: int) -> Item:
    """Everything the review screen shows for one answer, read fresh from the database."""
    row = next(
        db.query(
            f"""SELECT a.*, d.file, d.text, COALESCE(e.authority, pe.authority) AS body, {RULE_SQL} AS rule
               FROM answers a JOIN documents d ON d.id = a.document_id
               LEFT JOIN extractions e ON e.document_id = a.document_id
               LEFT JOIN extractions pe ON pe.document_id = d.parent_id WHERE a.id = ?""",
            [answer_id],
        )
    )
    start, end = _span(row)
    return Item(
        answer_id=row["id"],
        document_id=row["document_id"],
        file=row["file"],
        body=row["body"],
        label=row["label"],
        question=row["question"] or "",
        answer=row["answer"],
        value=row["value"],
        quote=row["quote"],
        context=context(row["text"] or "", start, end),
        reason=f"{row['checked']} just now" if row["checked"] else REASONS[int(row["rule"])],
        start=start,
        end=end,
        checked=row["checked"],
    )


def _span(row: Row) -> tuple[int, int]:
    """Where to centre the context: the quote, else the question, else the start."""
    if row["start"] is not None and row["end"] is not None:
        return int(row["start"]), int(row["end"])
    if row["question_start"] is not None:
        return int(row["question_start"]), int(row["question_end"] or row["question_start"])
    return 0, 0


def context(text: str, start: int, end: int, lines: int = CONTEXT_LINES) -> Context:
    """The `lines` lines above and below [start, end) of `text`, split around it.

    >>> context("a\\nb said yes\\nc", 9, 12, lines=1)
    Context(before='a\\nb said ', match='yes', after='\\nc', first_line=1)
    """
    keep = text[:start].rsplit("\n", lines + 1)[-(lines + 1) :]
    after = text[end:].split("\n", lines + 1)[: lines + 1]
    first_line = text.count("\n", 0, start) - (len(keep) - 1) + 1
    return Context("\n".join(keep), text[start:end], "\n".join(after), first_line)


def whole_text(db: Database, document_id: int) -> str:
    """A reply's whole text."""
    row = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
    return str(row[0]) if row else ""


def accept(db: Database, shown: Item) -> None:
    """The answer is right as shown: record that a person verified it."""
    corrections.correct_answer(db, shown.document_id, _label_of(db, shown), note="accepted in review")


def change_class(db: Database, shown: Item, answer_class: str) -> None:
    """Give the answer another class."""
    corrections.correct_answer(db, shown.document_id, _label_of(db, shown), answer=answer_class, note="review")


def edit_value(db: Database, shown: Item, value: str) -> None:
    """Give the answer another key value ('' for none)."""
    corrections.correct_answer(db, shown.document_id, _label_of(db, shown), value=value, note="review")


def _label_of(db: Database, shown: Item) -> str:
    """The label that names this answer among its document's answers ('4#2' for a repeated label)."""
    from foitrack.text.labels import label_key

    same = [
        r["id"]
        for r in db.query("SELECT id, label FROM answers WHERE document_id = ? ORDER BY position", [shown.document_id])
        if label_key(r["label"]) == label_key(shown.label)
    ]
    n = same.index(shown.answer_id) + 1 if shown.answer_id in same else 1
    return shown.label if n == 1 else f"{shown.label}#{n}"
