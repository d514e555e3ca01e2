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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from foitrack.errors import FoitrackError

Row = dict[str, Any]
ALIGN_THRESHOLD = 0.3
# a reply's lead-in before the question it repeats: "You asked: How much ...", "Request: ..."
LEAD_IN = re.compile(r"^(?:you asked|your request|request|question)\s*:\s*", re.IGNORECASE)
YEARS_READ = 600
"""How much of an answer's text is read for the years its sums cover."""
# a year or UK financial year an answer covers: "2023", "2021-22", "2019/20" (not "Act 2000")
YEARS = re.compile(r"(?<!Act )(?<!Regulations )\b(?:19|20)\d{2}(?:[-/](?:\d{2}|\d{4}))?\b(?![-/]\d)")
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
        if self.question_words and _mentions_words(self.question_words, question):
            return True
        return (self.amounts and has_amount) or answer in self.answers


@lru_cache(maxsize=65536)
def _mentions_words(words: tuple[str, ...], question: str) -> bool:
    """Whether a question uses any of a topic's words (cached: replies to one request share wording)."""
    return _words_pattern(words).search(question) is not None


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a topic's words, each matched at the start of a word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


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
    topics = {name: _topic(name, spec, "topics.toml") for name, spec in tomllib.loads(text).items()}
    if extra is not None:
        try:
            tables = tomllib.loads(extra.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise FoitrackError(f"{extra}: cannot read topics: {error}") from error
        topics.update({name: _topic(name, spec, str(extra)) for name, spec in tables.items()})
    return topics


# each setting of a topic: its type and how to write it
_TOPIC_SETTINGS: dict[str, tuple[type, str]] = {
    "title": (str, 'a string, e.g. title = "Funding"'),
    "question_words": (list, 'a list of strings, e.g. question_words = ["fund", "budget"]'),
    "amounts": (bool, "true or false (without quotes)"),
    "answers": (list, 'a list of answer classes, e.g. answers = ["refused"]'),
}


def _topic(name: str, spec: Any, source: str) -> Topic:
    """A topic from its TOML table, each setting type-checked: `amounts = "false"` is an error, not true."""
    if not isinstance(spec, Mapping):
        raise FoitrackError(f"{source}: {name} must be a table ([{name}]) of topic settings")
    for key, value in spec.items():
        if key not in _TOPIC_SETTINGS:
            raise FoitrackError(f"{source}: [{name}] {key}: unknown setting (use {', '.join(_TOPIC_SETTINGS)})")
        kind, expected = _TOPIC_SETTINGS[key]
        if not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
            if kind is list
            else isinstance(value, kind)
        ):
            raise FoitrackError(f"{source}: [{name}] {key} = {value!r}: expected {expected}")
    return Topic(
        name=name,
        title=str(spec.get("title", name)),
        question_words=tuple(spec.get("question_words", ())),
        amounts=bool(spec.get("amounts", False)),
        answers=tuple(spec.get("answers", ())),
    )


@lru_cache(maxsize=65536)
def label_key(label: str) -> str:
    """The label as a column key: 'Q1' -> '1', 'Question 2b' -> '2b', '1a)' -> '1a'."""
    key = LABEL_PREFIX.sub("", label.strip())
    return re.sub(r"[^0-9a-z]+", "", key.lower()) or label.strip().lower()


RECENT_REPLIES = 5
"""A body's newest replies that a comparison looks through for answers on its topic
(compare one request's replies with --request)."""
# the kind of an attachment's parent, for an attachment that does not give its own
# (COALESCE evaluates it only when the attachment's own kind is missing)
PARENT_KIND = """(SELECT pe.authority_kind FROM documents d JOIN extractions pe ON pe.document_id = d.parent_id
                  WHERE d.id = e.document_id)"""
CHUNK = 500
"""Documents fetched per query when reading the chosen replies' answers and amounts."""


def _candidate_documents(db: Database, kind: str | None, request_id: int | None) -> dict[str, list[Row]]:
    """Per body, its RECENT_REPLIES newest documents that have answers, newest first.

    This is the one query that reads every reply's summary row; answers and amounts are
    then read only for the replies chosen, so a comparison costs about the number of
    bodies, not of answers in the database. Replies naming their body are read in order
    from an index (m004); the few that do not take their parent's body (an attachment)
    or their file name; the newest of both kinds are then ranked together.
    """
    where = ["e.answer_count > 0"]
    params: list[Any] = []
    if kind:
        where.append(f"lower(COALESCE(e.authority_kind, {PARENT_KIND}, '')) = ?")
        params.append(kind.lower())
    if request_id is not None:
        where.append("""e.document_id IN (SELECT d2.id FROM links l JOIN request_bodies b ON b.id = l.request_body_id
                        JOIN documents d2 ON d2.id = l.document_id OR d2.parent_id = l.document_id
                        WHERE b.request_id = ?)""")
        params.append(request_id)
    filters = " AND ".join(where)
    sql = f"""
        WITH named AS (
            SELECT document_id, body, kind, response FROM (
                SELECT e.document_id, e.authority AS body, COALESCE(e.authority_kind, {PARENT_KIND}) AS kind,
                       e.response_date AS response,
                       row_number() OVER (PARTITION BY e.authority
                                          ORDER BY e.response_date DESC, e.document_id DESC) AS recency
                FROM extractions e
                WHERE e.authority IS NOT NULL AND {filters}
            ) WHERE recency <= {RECENT_REPLIES}
        ), unnamed AS (
            SELECT e.document_id, COALESCE(pe.authority, d.file) AS body,
                   COALESCE(e.authority_kind, pe.authority_kind) AS kind, e.response_date AS response
            FROM extractions e
            JOIN documents d ON d.id = e.document_id
            LEFT JOIN extractions pe ON pe.document_id = d.parent_id
            WHERE e.authority IS NULL AND {filters}
        )
        SELECT document_id, body, kind, response FROM (
            SELECT *, row_number() OVER (PARTITION BY body ORDER BY response DESC, document_id DESC) AS recency
            FROM (SELECT * FROM named UNION ALL SELECT * FROM unnamed)
        ) WHERE recency <= {RECENT_REPLIES} ORDER BY body, recency
    """
    by_body: dict[str, list[Row]] = {}
    for document_id, body, kind_, response in db.execute(sql, [*params, *params]):
        by_body.setdefault(body, []).append(
            {"document_id": document_id, "body": body, "kind": kind_, "response": response}
        )
    return by_body


def _in_chunks(db: Database, sql: str, ids: Sequence[int]) -> Iterable[Row]:
    """Run `sql` (with one {ids} placeholder) over ids in chunks small enough for SQLite."""
    for i in range(0, len(ids), CHUNK):
        chunk = list(ids[i : i + CHUNK])
        yield from db.query(sql.format(ids=",".join("?" for _ in chunk)), chunk)


def _answers_of(db: Database, ids: Sequence[int]) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {}
    sql = f"""SELECT document_id, label, question, answer, value, quote,
                    substr(answer_text, 1, {YEARS_READ}) AS answer_text, position FROM answers
             WHERE document_id IN ({{ids}}) ORDER BY document_id, position"""
    for row in _in_chunks(db, sql, ids):
        grouped.setdefault(row["document_id"], []).append(row)
    return grouped


def _amounts_of(db: Database, ids: Sequence[int]) -> dict[tuple[int, str], list[Row]]:
    grouped: dict[tuple[int, str], list[Row]] = {}
    sql = """SELECT document_id, answer_label, gbp, per, about FROM amounts
             WHERE document_id IN ({ids}) AND answer_label IS NOT NULL AND cost_limit = 0 ORDER BY position"""
    for row in _in_chunks(db, sql, ids):
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
    candidates = _candidate_documents(db, kind, request_id)
    relabel = _request_relabeller(db, request_id) if request_id is not None else None
    chosen, amounts = _choose_replies(db, candidates, topic, question, relabel)
    rows = [row for answers in chosen.values() for row in answers]
    comparison = Comparison(columns=_ordered_columns(rows), questions=_question_texts(rows), rows=[])
    for body, answers in sorted(chosen.items()):
        comparison.rows.append(_body_row(body, answers, amounts, comparison))
    if request_id is not None:
        comparison.rows += _unanswered_rows(db, request_id, {r["body"] for r in comparison.rows}, today)
    return comparison


Relabel = Callable[[Row], Row]


def _choose_replies(
    db: Database,
    candidates: dict[str, list[Row]],
    topic: Topic | None,
    question: str | None,
    relabel: Relabel | None,
) -> tuple[dict[str, list[Row]], dict[tuple[int, str], list[Row]]]:
    """Per body, the wanted answers of its newest reply that has any, and those replies' amounts."""
    chosen: dict[str, list[Row]] = {}
    amounts: dict[tuple[int, str], list[Row]] = {}
    done: set[str] = set()
    depth = 0
    pending = dict(candidates)
    while pending:
        batch = {body: docs[depth] for body, docs in pending.items()}
        ids = [doc["document_id"] for doc in batch.values()]
        answers, batch_amounts = _answers_of(db, ids), _amounts_of(db, ids)
        amounts_by_document: dict[int, dict[tuple[int, str], list[Row]]] = {}
        for key, found in batch_amounts.items():
            amounts_by_document.setdefault(key[0], {})[key] = found
        for body, doc in batch.items():
            rows = [
                {**a, "body": body, "kind": doc["kind"], "response": doc["response"]}
                for a in answers.get(doc["document_id"], [])
            ]
            rows = [relabel(r) for r in rows] if relabel else rows
            wanted = [r for r in rows if _wanted(r, topic, question, batch_amounts)]
            if wanted:
                chosen[wanted[0]["body"]] = wanted
                done.add(body)
                amounts.update(amounts_by_document.get(doc["document_id"], {}))
        depth += 1
        pending = {b: docs for b, docs in pending.items() if b not in done and len(docs) > depth}
    return chosen, amounts


def _request_relabeller(db: Database, request_id: int) -> Relabel:
    """A function giving a reply's answer the label, wording and body of the request's matching question."""
    questions = [
        (q["label"], q["question"])
        for q in db.query(
            "SELECT label, question FROM request_questions WHERE request_id = ? ORDER BY position", [request_id]
        )
    ]
    names = {
        r["document_id"]: r["name"]
        for r in db.query(
            """SELECT d.id AS document_id, b.name FROM links l
               JOIN request_bodies b ON b.id = l.request_body_id
               JOIN documents d ON d.id = l.document_id OR d.parent_id = l.document_id
               WHERE b.request_id = ?""",
            [request_id],
        )
    }

    def relabel(row: Row) -> Row:
        label, text = _best_request_question(row, questions)
        body = names.get(row["document_id"], row["body"])
        return {**row, "body": body, "label": label, "question": text, "source_label": row["label"]}

    return relabel


def _best_request_question(row: Row, questions: Sequence[tuple[str, str]]) -> tuple[str, str]:
    from foitrack.tracking import word_overlap  # tracking and its calendar load only for --request

    best, best_score = None, 0.0
    for label, text in questions:
        score = word_overlap(row["question"] or "", text)
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
        texts.setdefault(label_key(row["label"]), LEAD_IN.sub("", (row["question"] or "").strip()))
    return texts


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
    money_for: list[str] = []
    values: list[Decimal] = []
    years: dict[str, None] = {}
    for answer in answers:
        key = label_key(answer["label"])
        if key in row:
            continue
        row[key] = {"answer": answer["answer"], "value": answer["value"], "quote": answer["quote"]}
        if _amount_key(answer) in amounts:
            years.update(dict.fromkeys(YEARS.findall(answer.get("answer_text") or "")))
        if key not in comparison.counts:
            comparison.counts[key] = Counter()
        comparison.counts[key][answer["answer"]] += 1
        for amount in amounts.get(_amount_key(answer), []):
            value = Decimal(amount["gbp"])
            plain, with_purpose = _describe_amount(value, amount)
            money.append(plain)
            money_for.append(with_purpose)
            values.append(value)
    comparison.total_gbp += sum(values, Decimal(0))
    row["amounts"] = money
    row["amounts_for"] = money_for
    row["amount_values"] = values
    row["years"] = sorted(years)
    return row


def _describe_amount(value: Decimal, amount: Mapping[str, Any]) -> tuple[str, str]:
    """'£12,500/year', and with its purpose '£12,500/year (coordinator post)' when one was found."""
    text = f"£{value:,.2f}".replace(".00", "")
    if amount.get("per") and amount["per"] != "one-off":
        text += f"/{amount['per']}"
    about = (amount.get("about") or "").strip()
    if about and about != "cost limit":
        return text, f"{text} ({about[:40]})"
    return text, text


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
        out["amounts"] = "; ".join(row.get("amounts_for") or row["amounts"])
        out["years"] = ", ".join(row.get("years", []))
        flat.append(out)
    return flat


def cell_text(cell: Mapping[str, Any] | None) -> str:
    """'provided: 45000' style text for one answer cell; '' when the body gave none."""
    if not cell:
        return ""
    return f"{cell['answer']}: {cell['value']}" if cell.get("value") else str(cell["answer"])
