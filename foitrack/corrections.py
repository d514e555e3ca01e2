"""A person's corrections and checks of what the extractors read, kept as data.

Invariants:
- A correction is a row of its own in `corrections` (what, field, value before and after,
  note, when); nothing a person says is ever lost, and the machine's reading can always be
  recovered by undoing. Undoing sets `undone_at`; the row stays in the history.
- The stored findings (answers, amounts, dates, extractions) always show the corrected
  values, with `checked` = 'verified' or 'corrected', so every reader (show, compare,
  export, report) reads corrected values without knowing about corrections.
- `apply_corrections()` is the one way findings change: it reverts what earlier applications
  did (from each row's `effect`), then applies every live correction in order. After a
  re-extraction (`fresh`) there is nothing to revert: the findings were just rewritten.
- A correction finds its target again by what a person would recognise (a question's label
  and wording, an amount's text), not by row ids, so it survives `ingest --force` and new
  extractor versions; one whose question is gone is kept, marked not applied, and reported.

This module holds its own SQL (like compare.py), over tables made by migration m007.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlite_utils import Database

from foitrack.errors import FoitrackError
from foitrack.models import ANSWER_CLASSES, OUTCOMES

Row = dict[str, Any]
PERIODS = ("year", "month", "week", "one-off")
SAME_QUESTION = 0.5
"""Word overlap above which a re-extracted question with the same label is the same question."""
MOVED_QUESTION = 0.8
"""Word overlap above which a question under another label is still the same question."""
AMOUNT_FIELDS = ("gbp", "per", "year", "purpose", "not_amount")
WORD = re.compile(r"[a-z0-9]+")
# "Q4", "4#2" (the second answer labelled 4)
NTH_LABEL = re.compile(r"^(?P<label>.+?)#(?P<n>\d+)$")


@dataclass(frozen=True)
class CorrectionRequest:
    """What a person asks to correct or confirm in one document (None: leave it as it is).

    `label` names a question (with `answer`, `value`, or `verify` to confirm it); `amount`
    an amount by its number in `show` (with `amount_changes`: gbp, per, year, purpose,
    not_amount, or `verify`); `document_changes` the authority, outcome, request or response
    date; `verify` alone confirms the document's authority and outcome.
    """

    document_id: int
    label: str | None = None
    answer: str | None = None
    value: str | None = None
    amount: int | None = None
    amount_changes: Mapping[str, str | None] = field(default_factory=dict)
    document_changes: Mapping[str, str | None] = field(default_factory=dict)
    verify: bool = False
    note: str = ""


def correct(db: Database, asked: CorrectionRequest) -> list[Row]:
    """Record every correction a request asks for; their history rows (see `list_corrections`)."""
    doc, note = asked.document_id, asked.note
    amount_changes = {k: v for k, v in asked.amount_changes.items() if v is not None}
    document_changes = {k: v for k, v in asked.document_changes.items() if v is not None}
    if asked.label is None and (asked.answer is not None or asked.value is not None):
        raise FoitrackError("--answer and --value need a question label: foitrack correct DOC Q4 --answer no")
    if asked.amount is None and amount_changes:
        raise FoitrackError("--gbp, --per, --year, --purpose and --not-amount need --amount N (the # of `show`)")
    ids: list[int] = []
    if asked.label is not None:
        ids += correct_answer(db, doc, asked.label, answer=asked.answer, value=asked.value, note=note)
    if asked.amount is not None:
        ids += correct_amount(db, doc, asked.amount, amount_changes, note=note)
    if document_changes:
        ids += correct_document(db, doc, document_changes, note=note)
    if asked.verify and asked.label is None and asked.amount is None:
        ids += _confirm_document(db, doc, note)
    if not ids:
        raise FoitrackError(
            "nothing to correct: give a label with --answer/--value, --amount N, --authority, "
            "--outcome, --request-date, --response-date or --verify"
        )
    return [r for r in list_corrections(db, doc) if r["id"] in ids]


def _confirm_document(db: Database, document_id: int, note: str) -> list[int]:
    extraction = _extraction_row(db, document_id)
    fields = [f for f in ("authority", "outcome") if extraction.get(f)]
    if not fields:
        raise FoitrackError(f"document {document_id} has no authority or outcome to confirm: correct them instead")
    return [confirm_document_field(db, document_id, f, note=note) for f in fields]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _overlap(a: str, b: str) -> float:
    words_a, words_b = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    every = words_a | words_b
    return len(words_a & words_b) / len(every) if every else 1.0


def _label_key(label: str) -> str:
    from foitrack.text.labels import label_key

    return label_key(label)


# ---------------------------------------------------------------- checking values


def answer_class(value: str) -> str:
    """An answer class as typed ('not held', 'N/A') in its stored form ('not_held', 'not_applicable')."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    key = {"n/a": "not_applicable", "na": "not_applicable", "notheld": "not_held"}.get(key, key)
    if key not in ANSWER_CLASSES:
        raise FoitrackError(f"unknown answer {value!r}: choose from {', '.join(ANSWER_CLASSES)}")
    return key


def _outcome(value: str) -> str:
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in OUTCOMES:
        raise FoitrackError(f"unknown outcome {value!r}: choose from {', '.join(OUTCOMES)}")
    return key


def _pounds(value: str) -> str:
    """'£45,000' or '45000' -> '45000'; '£1.5m' -> '1500000'."""
    text = value.strip().lower().replace("£", "").replace(",", "").replace(" ", "")
    scale = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
    factor = 1
    for suffix, size in scale.items():
        if text.endswith(suffix):
            text, factor = text[: -len(suffix)], size
            break
    try:
        amount = Decimal(text) * factor
    except InvalidOperation:
        raise FoitrackError(f"not a sum of money: {value!r} (write 45000 or £45,000)") from None
    return str(amount.normalize()) if amount != amount.to_integral_value() else str(int(amount))


def _iso_day(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise FoitrackError(f"not a date: {value!r} (write it as 2024-05-31)") from None


def _per(value: str) -> str:
    key = value.strip().lower()
    if key not in PERIODS:
        raise FoitrackError(f"unknown period {value!r}: choose from {', '.join(PERIODS)}")
    return key


# ---------------------------------------------------------------- recording corrections


def correct_answer(
    db: Database,
    document_id: int,
    label: str,
    *,
    answer: str | None = None,
    value: str | None = None,
    note: str = "",
) -> list[int]:
    """Correct (or, with no answer and no value, confirm) one question's answer; the new correction ids.

    `label` is the question's label as `show` lists it ('Q4'); 'Q4#2' is the second answer
    labelled Q4.
    """
    row, context = _find_answer_now(db, document_id, label)
    changes: list[tuple[str, str | None]] = []
    if answer is not None:
        changes.append(("answer", answer_class(answer)))
    if value is not None:
        changes.append(("value", value.strip() or None))
    if not changes:
        pinned = json.dumps({"answer": row["answer"], "value": row["value"]})
        changes.append(("checked", pinned))
    return [_record(db, document_id, "answer", context, field, _old(row, field), new, note) for field, new in changes]


def _old(row: Row, field: str) -> str | None:
    if field == "checked":
        return row.get("checked")
    value = row.get(field)
    return None if value is None else str(value)


def correct_amount(
    db: Database, document_id: int, number: int, changes: Mapping[str, str | None], *, note: str = ""
) -> list[int]:
    """Correct an amount (by its number in `show`, from 1): gbp, per, year, purpose or not_amount.

    With no changes the amount is confirmed as it stands.
    """
    row, context = _find_amount_now(db, document_id, number)
    cleaned = [(name, _amount_value(name, value)) for name, value in changes.items()]
    if not cleaned:
        cleaned = [("checked", json.dumps({"gbp": row["gbp"], "per": row["per"]}))]
    columns = {"purpose": "about", "year": _year_column(db), "not_amount": "text"}
    return [
        _record(db, document_id, "amount", context, field, _old(row, columns.get(field, field)), new, note)
        for field, new in cleaned
    ]


def _amount_value(field: str, value: str | None) -> str | None:
    if field not in AMOUNT_FIELDS:
        raise FoitrackError(f"an amount has no field {field!r}: choose from {', '.join(AMOUNT_FIELDS)}")
    if field == "gbp":
        return _pounds(value or "")
    if field == "per":
        return _per(value) if value else None
    if field == "not_amount":
        return "not an amount"
    return (value or "").strip() or None


def correct_document(db: Database, document_id: int, changes: Mapping[str, str], *, note: str = "") -> list[int]:
    """Correct a document's authority, outcome, request or response date; the new correction ids."""
    extraction = _extraction_row(db, document_id)
    ids: list[int] = []
    for what, value in changes.items():
        if what == "authority":
            name, context = _authority(value)
            ids.append(
                _record(db, document_id, "authority", context, "authority", extraction.get("authority"), name, note)
            )
        elif what == "outcome":
            new = _outcome(value)
            ids.append(_record(db, document_id, "outcome", {}, "outcome", extraction.get("outcome"), new, note))
        elif what in ("request", "response"):
            old = _date_row(db, document_id, what)
            context = {"role": what}
            old_value = old["value"] if old else None
            ids.append(_record(db, document_id, "date", context, "value", old_value, _iso_day(value), note))
        else:
            raise FoitrackError(f"a document has no field {what!r}: authority, outcome, request or response")
    return ids


def _authority(name: str) -> tuple[str, Row]:
    """The body's usual name and gazetteer facts when it is a known body; the name as typed otherwise."""
    from foitrack.extract.gazetteer import load_gazetteer

    cleaned = " ".join(name.split())
    if not cleaned:
        raise FoitrackError("an authority needs a name")
    body = load_gazetteer().match(cleaned)
    if body is None:
        return cleaned, {"kind": None, "nation": None, "in_gazetteer": 0}
    return body.name, {"kind": body.kind, "nation": body.nation, "in_gazetteer": 1}


def is_known_body(name: str) -> bool:
    """Whether a name is a body in the gazetteer (any of its name forms)."""
    from foitrack.extract.gazetteer import load_gazetteer

    return load_gazetteer().match(name) is not None


def confirm_document_field(db: Database, document_id: int, field: str, *, note: str = "") -> int:
    """Confirm a document's authority or outcome as it stands."""
    extraction = _extraction_row(db, document_id)
    if field not in ("authority", "outcome"):
        raise FoitrackError(f"only the authority or the outcome can be confirmed, not {field!r}")
    current = extraction.get(field)
    if current is None:
        raise FoitrackError(f"document {document_id} has no {field} to confirm: correct it instead")
    context: Row = {"value": current}
    return _record(db, document_id, field, context, "checked", extraction.get(f"{field}_checked"), current, note)


def _record(
    db: Database,
    document_id: int,
    target: str,
    context: Mapping[str, Any],
    field: str,
    old: str | None,
    new: str | None,
    note: str,
) -> int:
    """Store one correction and apply every correction of the document again; the new row's id."""
    from foitrack.db import insert_row, transaction

    with transaction(db):
        correction_id = insert_row(
            db,
            "corrections",
            {
                "document_id": document_id,
                "target": target,
                "context": json.dumps(context, ensure_ascii=False),
                "field": field,
                "old_value": old,
                "new_value": new,
                "note": note,
                "created_at": _now(),
                "undone_at": None,
                "applied": 0,
                "effect": None,
            },
        )
        apply_corrections(db, document_id)
    return correction_id


def undo(db: Database, correction_id: int) -> Row:
    """Undo one correction (kept in the history, marked undone); the finding goes back as it was."""
    from foitrack.db import transaction

    row = _correction(db, correction_id)
    if row["undone_at"]:
        raise FoitrackError(f"correction {correction_id} was already undone on {row['undone_at']}")
    with transaction(db):
        db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [_now(), correction_id])
        apply_corrections(db, row["document_id"])
    return _history_row(_correction(db, correction_id))


def _correction(db: Database, correction_id: int) -> Row:
    rows = list(db.query("SELECT * FROM corrections WHERE id = ?", [correction_id]))
    if not rows:
        raise FoitrackError(f"no correction with id {correction_id} (see `foitrack corrections`)")
    return rows[0]


def list_corrections(db: Database, document_id: int | None = None, *, include_undone: bool = True) -> list[Row]:
    """The history of corrections, oldest first: what, field, old and new value, note, when, state."""
    sql = """SELECT c.*, d.file FROM corrections c LEFT JOIN documents d ON d.id = c.document_id"""
    where, params = [], []
    if document_id is not None:
        where.append("c.document_id = ?")
        params.append(document_id)
    if not include_undone:
        where.append("c.undone_at IS NULL")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_history_row(r) for r in db.query(sql + " ORDER BY c.id", params)]


def _history_row(row: Row) -> Row:
    context = json.loads(row["context"] or "{}")
    if row["target"] == "answer":
        what = f"answer {context.get('label')}"
    elif row["target"] == "amount":
        what = f"amount {context.get('text')}"
    else:
        what = "document"
    state = "undone" if row["undone_at"] else ("applied" if row["applied"] else "not applied: target gone")
    new, old, field = row["new_value"], row["old_value"], row["field"]
    if field == "checked":
        new = "(confirmed)"
        if row["target"] in ("authority", "outcome"):
            field, old = row["target"], context.get("value")
    elif row["target"] == "date":
        field = f"{context.get('role')} date"
    return {
        "id": row["id"],
        "document": row["document_id"],
        "file": row.get("file"),
        "what": what,
        "field": field,
        "old": old,
        "new": new,
        "note": row["note"] or "",
        "when": row["created_at"],
        "state": state,
    }


def orphaned(db: Database, document_ids: Iterable[int]) -> list[Row]:
    """Live corrections of these documents that no longer find their target."""
    ids = list(document_ids)
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    rows = db.query(
        f"""SELECT c.*, d.file FROM corrections c LEFT JOIN documents d ON d.id = c.document_id
            WHERE c.document_id IN ({marks}) AND c.undone_at IS NULL AND c.applied = 0 ORDER BY c.id""",
        ids,
    )
    return [_history_row(r) for r in rows]


def count_live(db: Database, document_ids: Iterable[int]) -> int:
    """How many live corrections these documents have."""
    ids = list(document_ids)
    if not ids:
        return 0
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT count(*) FROM corrections WHERE undone_at IS NULL AND document_id IN ({marks})"
    return int(db.execute(sql, ids).fetchone()[0])


# ---------------------------------------------------------------- finding targets


def _extraction_row(db: Database, document_id: int) -> Row:
    rows = list(db.query("SELECT * FROM extractions WHERE document_id = ?", [document_id]))
    if not rows:
        raise FoitrackError(f"no document with id {document_id} (see `foitrack documents`)")
    return rows[0]


def _answers(db: Database, document_id: int) -> list[Row]:
    return list(db.query("SELECT * FROM answers WHERE document_id = ? ORDER BY position", [document_id]))


def _find_answer_now(db: Database, document_id: int, label: str) -> tuple[Row, Row]:
    """The answer a person names by label, and the context that will find it again."""
    _extraction_row(db, document_id)
    nth = NTH_LABEL.match(label.strip())
    wanted, n = (nth.group("label"), int(nth.group("n"))) if nth else (label.strip(), 1)
    answers = _answers(db, document_id)
    same = [a for a in answers if _label_key(a["label"]) == _label_key(wanted)]
    if len(same) < n:
        known = ", ".join(dict.fromkeys(a["label"] for a in answers)) or "none"
        raise FoitrackError(f"document {document_id} has no question {label!r}; its questions: {known}")
    row = same[n - 1]
    return row, {"label": row["label"], "question": row["question"] or "", "n": n}


def _locate_answer(answers: Sequence[Row], context: Mapping[str, Any]) -> Row | None:
    """The answer a correction was made on, in a (perhaps re-extracted) document; None when it is gone."""
    question = str(context.get("question") or "")
    same = [a for a in answers if _label_key(a["label"]) == _label_key(str(context.get("label", "")))]
    n = int(context.get("n", 1))
    if len(same) >= n and _overlap(question, same[n - 1]["question"] or "") >= SAME_QUESTION:
        return same[n - 1]
    if question.strip():
        scored = sorted(((_overlap(question, a["question"] or ""), a["position"], a) for a in answers), reverse=True)
        if scored and scored[0][0] >= MOVED_QUESTION:
            return scored[0][2]
    return None


def _amounts(db: Database, document_id: int) -> list[Row]:
    return list(db.query("SELECT * FROM amounts WHERE document_id = ? ORDER BY position, id", [document_id]))


def _find_amount_now(db: Database, document_id: int, number: int) -> tuple[Row, Row]:
    _extraction_row(db, document_id)
    amounts = _amounts(db, document_id)
    if not 1 <= number <= len(amounts):
        raise FoitrackError(
            f"document {document_id} has {len(amounts)} amounts: choose a number from 1 to {len(amounts)}"
            " (the # column of `foitrack show`)"
        )
    row = amounts[number - 1]
    n = sum(1 for a in amounts[:number] if a["text"] == row["text"])
    return row, {"text": row["text"], "n": n, "label": row["answer_label"]}


def _locate_amount(amounts: Sequence[Row], context: Mapping[str, Any]) -> Row | None:
    same = [a for a in amounts if a["text"] == context.get("text")]
    n = int(context.get("n", 1))
    return same[n - 1] if len(same) >= n else None


def _date_row(db: Database, document_id: int, role: str) -> Row | None:
    rows = list(
        db.query("SELECT * FROM dates WHERE document_id = ? AND role = ? ORDER BY id LIMIT 1", [document_id, role])
    )
    return rows[0] if rows else None


def _year_column(db: Database) -> str:
    columns = db.table("amounts").columns_dict
    return "period" if "period" in columns else "year"


# ---------------------------------------------------------------- applying corrections


def apply_corrections(db: Database, document_id: int, *, fresh: bool = False) -> int:
    """Make a document's findings show every live correction; how many live corrections did not apply.

    Call inside a transaction. `fresh` after the findings were just re-extracted.
    """
    rows = list(db.query("SELECT * FROM corrections WHERE document_id = ? ORDER BY id", [document_id]))
    if not rows:
        return 0
    if not fresh:
        for row in reversed(rows):
            for effect in reversed(json.loads(row["effect"] or "[]")):
                _revert(db, effect)
    missed = 0
    for row in rows:
        effects = None if row["undone_at"] else _apply(db, row)
        missed += effects is None and not row["undone_at"]
        db.execute(
            "UPDATE corrections SET effect = ?, applied = ? WHERE id = ?",
            [json.dumps(effects) if effects is not None else None, int(effects is not None), row["id"]],
        )
    return missed


def _revert(db: Database, effect: Mapping[str, Any]) -> None:
    table = effect["table"]
    if "deleted" in effect:
        row = {k: v for k, v in effect["deleted"].items() if k != "id"}
        db.table(table).insert(row)
    elif "inserted" in effect:
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [effect["inserted"]])
    else:
        _update(db, table, effect["key"], effect["before"])


def _update(db: Database, table: str, key: Mapping[str, Any], values: Mapping[str, Any]) -> None:
    if not values:
        return
    sets = ", ".join(f"[{c}] = ?" for c in values)
    where = " AND ".join(f"[{c}] = ?" for c in key)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE {where}", [*values.values(), *key.values()])


def _change(db: Database, table: str, key: Mapping[str, Any], current: Row, values: Mapping[str, Any]) -> Row:
    """Update a row and return the effect that reverts it."""
    before = {c: current.get(c) for c in values}
    _update(db, table, key, values)
    return {"table": table, "key": dict(key), "before": before}


def _mark(current: Row, column: str, field: str, values: Row | None = None) -> str:
    """The check mark a finding gets: 'corrected' when a value changed (it wins over 'verified'),
    'verified' when a person confirmed it, or set it to what it already was."""
    if current.get(column) == "corrected":
        return "corrected"
    unchanged = values is not None and all(str(current.get(k)) == str(v) for k, v in values.items() if v is not None)
    if field == "checked" or unchanged:
        return "verified"
    return "corrected"


def _apply(db: Database, correction: Row) -> list[Row] | None:
    """Apply one correction; the effects that revert it, or None when its target is gone."""
    context = json.loads(correction["context"] or "{}")
    target, field, new = correction["target"], correction["field"], correction["new_value"]
    document_id = correction["document_id"]
    if target == "answer":
        row = _locate_answer(_answers(db, document_id), context)
        if row is None:
            return None
        values: Row = json.loads(new) if field == "checked" else {field: new}
        values["checked"] = _mark(row, "checked", field, values)
        return [_change(db, "answers", {"id": row["id"]}, row, values)]
    if target == "amount":
        return _apply_amount(db, document_id, context, field, new)
    if target == "date":
        return _apply_date(db, document_id, context["role"], new)
    return _apply_document_field(db, document_id, target, field, context, new)


def _apply_amount(db: Database, document_id: int, context: Row, field: str, new: str | None) -> list[Row] | None:
    row = _locate_amount(_amounts(db, document_id), context)
    if row is None:
        return None
    if field == "not_amount":
        db.execute("DELETE FROM amounts WHERE id = ?", [row["id"]])
        return [{"table": "amounts", "deleted": row}]
    values: Row
    if field == "checked":
        values = json.loads(new or "{}")
    elif field == "gbp":
        values = {"gbp": new, "gbp_high": None}
    else:
        values = {{"purpose": "about", "year": _year_column(db)}.get(field, field): new}
    values["checked"] = _mark(row, "checked", field, {k: v for k, v in values.items() if k != "gbp_high"})
    return [_change(db, "amounts", {"id": row["id"]}, row, values)]


def _apply_date(db: Database, document_id: int, role: str, new: str | None) -> list[Row]:
    effects: list[Row] = []
    row = _date_row(db, document_id, role)
    if row is None:
        from foitrack.db import insert_row

        new_id = insert_row(
            db, "dates", {"document_id": document_id, "role": role, "value": new, "checked": "corrected"}
        )
        effects.append({"table": "dates", "inserted": new_id})
    else:
        values = {"value": new, "end_value": None, "checked": _mark(row, "checked", "value", {"value": new})}
        effects.append(_change(db, "dates", {"id": row["id"]}, row, values))
    if role == "response":
        extraction = _extraction_row(db, document_id)
        effects.append(_change(db, "extractions", {"document_id": document_id}, extraction, {"response_date": new}))
    return effects


def _apply_document_field(
    db: Database, document_id: int, target: str, field: str, context: Row, new: str | None
) -> list[Row] | None:
    extraction = _extraction_row(db, document_id)
    column = f"{target}_checked"
    if field == "checked":
        if extraction.get(target) != context.get("value"):
            return None  # confirmed a value the new extraction no longer reads: a person must look again
        return [
            _change(
                db, "extractions", {"document_id": document_id}, extraction, {column: _mark(extraction, column, field)}
            )
        ]
    values: Row = {target: new, column: _mark(extraction, column, field, {target: new})}
    if target == "authority":
        values |= {
            "authority_kind": context.get("kind"),
            "authority_nation": context.get("nation"),
            "authority_in_gazetteer": context.get("in_gazetteer"),
            "authority_signal": "corrected",
        }
    return [_change(db, "extractions", {"document_id": document_id}, extraction, values)]
