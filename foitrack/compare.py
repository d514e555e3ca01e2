"""Line up the answers of many bodies to the same questions, one row per body.

A topic (from the packaged topics.toml or a user's file) picks the questions that
belong to it by their words, and for money topics also any answer that states an
amount. Questions are aligned across replies by their label ("Q1", "1" and
"Question 1" are the same column). The result is plain rows of dicts: rendering is
the CLI's business.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from foitrack.errors import FoitrackError

Row = dict[str, Any]
ALIGN_THRESHOLD = 0.3
# words of a question, for matching a reply's wording to the request's
WORD = re.compile(r"[a-z0-9]+")
# "Q1", "Question 1", "1" -> "1"; "1a)" -> "1a"
LABEL_PREFIX = re.compile(r"^(question|qn|q|no|item|part)\s*\.?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Topic:
    """A named set of rules that picks questions and answers for a comparison."""

    name: str
    title: str
    question_words: tuple[str, ...] = ()
    amounts: bool = False
    answers: tuple[str, ...] = ()

    def selects(self, question: str, answer: str, has_amount: bool) -> bool:
        """Whether an answer to this question belongs to the topic."""
        words = question.lower()
        if any(re.search(r"\b" + re.escape(w.lower()), words) for w in self.question_words):
            return True
        return (self.amounts and has_amount) or answer in self.answers


@dataclass
class Comparison:
    """Rows (one per body), the question columns in order, and counts by answer class."""

    columns: list[str]
    questions: dict[str, str]
    rows: list[Row]
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    total_gbp: Decimal = Decimal(0)


def load_topics(extra: Path | None = None) -> dict[str, Topic]:
    """The packaged topics, with a user's file (same TOML shape) added or overriding."""
    text = resources.files("foitrack").joinpath("topics.toml").read_text(encoding="utf-8")
    tables = tomllib.loads(text)
    if extra is not None:
        try:
            tables.update(tomllib.loads(extra.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise FoitrackError(f"{extra}: cannot read topics: {error}") from error
    return {name: _topic(name, spec) for name, spec in tables.items()}


def _topic(name: str, spec: Mapping[str, Any]) -> Topic:
    return Topic(
        name=name,
        title=str(spec.get("title", name)),
        question_words=tuple(spec.get("question_words", ())),
        amounts=bool(spec.get("amounts", False)),
        answers=tuple(spec.get("answers", ())),
    )


def label_key(label: str) -> str:
    """The label as a column key: 'Q1' -> '1', 'Question 2b' -> '2b', '1a)' -> '1a'."""
    key = LABEL_PREFIX.sub("", label.strip())
    return re.sub(r"[^0-9a-z]+", "", key.lower()) or label.strip().lower()


def _answer_rows(db: Database, kind: str | None) -> list[Row]:
    sql = """
        SELECT a.document_id, a.label, a.question, a.answer, a.value, a.quote, a.position,
               COALESCE(e.authority, pe.authority, d.file) AS body, e.authority_kind AS kind,
               (SELECT value FROM dates WHERE document_id = a.document_id AND role = 'response') AS response
        FROM answers a
        JOIN documents d ON d.id = a.document_id
        LEFT JOIN extractions e ON e.document_id = a.document_id
        LEFT JOIN extractions pe ON pe.document_id = d.parent_id
        ORDER BY a.document_id, a.position
    """
    rows = list(db.query(sql))
    if kind:
        rows = [r for r in rows if (r["kind"] or "").lower() == kind.lower()]
    return rows


def _amounts_by_answer(db: Database) -> dict[tuple[int, str], list[Row]]:
    grouped: dict[tuple[int, str], list[Row]] = {}
    for row in db.query("SELECT * FROM amounts WHERE answer_label IS NOT NULL AND cost_limit = 0 ORDER BY position"):
        grouped.setdefault((row["document_id"], row["answer_label"]), []).append(row)
    return grouped


def compare(
    db: Database,
    *,
    topic: Topic | None = None,
    question: str | None = None,
    kind: str | None = None,
    request_id: int | None = None,
    today: date | None = None,
) -> Comparison:
    """One row per body for the topic's questions (or one question), with amounts and counts.

    With `request_id`, only replies linked to that request count, their answers are lined
    up with the request's own questions, and bodies that have not answered get a row that
    says whether they are awaited or overdue.
    """
    if topic is None and question is None:
        raise FoitrackError("say what to compare: --topic NAME or --question LABEL")
    amounts = _amounts_by_answer(db)
    rows = _answer_rows(db, kind)
    if request_id is not None:
        rows = _align_to_request(db, request_id, rows)
    chosen = [r for r in rows if _wanted(r, topic, question, amounts)]
    latest = _latest_document_per_body(chosen)
    chosen = [r for r in chosen if latest[r["body"]] == r["document_id"]]
    comparison = Comparison(columns=_ordered_columns(chosen), questions=_question_texts(chosen), rows=[])
    for body, answers in _group_by_body(chosen).items():
        comparison.rows.append(_body_row(body, answers, amounts, comparison))
    if request_id is not None:
        comparison.rows += _unanswered_rows(db, request_id, {r["body"] for r in comparison.rows}, today)
    return comparison


def _align_to_request(db: Database, request_id: int, rows: list[Row]) -> list[Row]:
    """Keep answers from replies linked to the request, relabelled with the request's labels."""
    linked = {
        r["document_id"]: r["name"]
        for r in db.query(
            """SELECT d.id AS document_id, b.name FROM links l
               JOIN request_bodies b ON b.id = l.request_body_id
               JOIN documents d ON d.id = l.document_id OR d.parent_id = l.document_id
               WHERE b.request_id = ?""",
            [request_id],
        )
    }
    questions = [
        (q["label"], q["question"])
        for q in db.query(
            "SELECT label, question FROM request_questions WHERE request_id = ? ORDER BY position", [request_id]
        )
    ]
    aligned = []
    for row in rows:
        if row["document_id"] not in linked:
            continue
        label, text = _best_request_question(row, questions)
        aligned.append(
            {**row, "body": linked[row["document_id"]], "label": label, "question": text, "source_label": row["label"]}
        )
    return aligned


def _best_request_question(row: Row, questions: Sequence[tuple[str, str]]) -> tuple[str, str]:
    words = set(WORD.findall((row["question"] or "").lower()))
    best, best_score = None, 0.0
    for label, text in questions:
        theirs = set(WORD.findall(text.lower()))
        score = len(words & theirs) / len(words | theirs) if words | theirs else 0.0
        if score > best_score:
            best, best_score = (label, text), score
    if best is not None and best_score >= ALIGN_THRESHOLD:
        return best
    by_label = [(label, text) for label, text in questions if label_key(label) == label_key(row["label"])]
    return by_label[0] if by_label else (row["label"], row["question"] or "")


def _unanswered_rows(db: Database, request_id: int, answered: set[str], today: date | None) -> list[Row]:
    from foitrack.tracking import request_status

    rows = []
    for state in request_status(db, request_id, today or date.today()):
        if state["body"] in answered:
            continue
        status = state["overdue"] or ("replied" if state["replied"] else state["stage"])
        rows.append(
            {
                "body": state["body"],
                "document": state["document"],
                "response": state["replied"],
                "status": status,
                "due": state["due"],
                "amounts": [],
                "amount_values": [],
            }
        )
    return rows


def _wanted(row: Row, topic: Topic | None, question: str | None, amounts: Mapping[tuple[int, str], list[Row]]) -> bool:
    if question is not None:
        return label_key(row["label"]) == label_key(question)
    assert topic is not None
    has_amount = _amount_key(row) in amounts and row["answer"] not in ("refused", "not_held")
    return topic.selects(row["question"] or "", row["answer"] or "", has_amount)


def _amount_key(row: Row) -> tuple[int, str]:
    """The key amounts are filed under: the answer's label as the reply wrote it."""
    return int(row["document_id"]), str(row.get("source_label", row["label"]))


def _latest_document_per_body(rows: Iterable[Row]) -> dict[str, int]:
    latest: dict[str, tuple[str, int]] = {}
    for row in rows:
        stamp = (row["response"] or "", row["document_id"])
        if row["body"] not in latest or stamp > latest[row["body"]]:
            latest[row["body"]] = stamp
    return {body: doc_id for body, (_, doc_id) in latest.items()}


def _ordered_columns(rows: Iterable[Row]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.setdefault(label_key(row["label"]), None)
    return sorted(seen, key=_natural_key)


def _natural_key(key: str) -> tuple[int, str]:
    digits = re.match(r"\d+", key)
    return (int(digits.group()) if digits else 10_000, key)


def _question_texts(rows: Iterable[Row]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for row in rows:
        texts.setdefault(label_key(row["label"]), (row["question"] or "").strip())
    return texts


def _group_by_body(rows: Iterable[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row["body"], []).append(row)
    return dict(sorted(grouped.items()))


def _body_row(
    body: str, answers: Sequence[Row], amounts: Mapping[tuple[int, str], list[Row]], comparison: Comparison
) -> Row:
    row: Row = {
        "body": body,
        "status": "replied",
        "document": answers[0]["document_id"],
        "response": answers[0]["response"],
    }
    money: list[str] = []
    values: list[Decimal] = []
    for answer in answers:
        key = label_key(answer["label"])
        if key in row:
            continue
        row[key] = {"answer": answer["answer"], "value": answer["value"], "quote": answer["quote"]}
        comparison.counts.setdefault(key, Counter())[answer["answer"]] += 1
        for amount in amounts.get(_amount_key(answer), []):
            money.append(_describe_amount(amount))
            values.append(Decimal(amount["gbp"]))
    comparison.total_gbp += sum(values, Decimal(0))
    row["amounts"] = money
    row["amount_values"] = values
    return row


def _describe_amount(amount: Mapping[str, Any]) -> str:
    text = f"£{Decimal(amount['gbp']):,.2f}".replace(".00", "")
    if amount.get("per") and amount["per"] != "one-off":
        text += f"/{amount['per']}"
    return text


def sources(db: Database, comparison: Comparison) -> list[Row]:
    """The documents a comparison draws on: id, file, body and response date."""
    ids = [row["document"] for row in comparison.rows]
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    return list(db.query(f"SELECT id, file FROM documents WHERE id IN ({marks}) ORDER BY id", ids))


def flat_rows(comparison: Comparison, *, quotes: bool = False) -> list[Row]:
    """The comparison as flat rows for CSV/JSON: one column per question (+ its quote)."""
    flat: list[Row] = []
    for row in comparison.rows:
        out: Row = {
            "body": row["body"],
            "status": row.get("status", "replied"),
            "document": row["document"],
            "response": row["response"],
        }
        for key in comparison.columns:
            cell = row.get(key)
            out[f"q{key}"] = cell_text(cell)
            if quotes:
                out[f"q{key}_quote"] = cell["quote"] if cell else None
        out["amounts"] = "; ".join(row["amounts"])
        flat.append(out)
    return flat


def cell_text(cell: Mapping[str, Any] | None) -> str:
    """'provided: 45000' style text for one answer cell; '' when the body gave none."""
    if not cell:
        return ""
    return f"{cell['answer']}: {cell['value']}" if cell.get("value") else str(cell["answer"])
