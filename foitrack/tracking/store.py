"""Requests sent to many bodies: storing them, their events, and the replies linked to them.

The only module of the tracking package that holds SQL; the rules it applies (deadlines,
stages, statistics, choosing bodies, matching questions) are pure functions beside it.

Invariants:
- Only events are stored. Where a request to a body stands (stage, outcome, due date,
  overdue, very overdue) is recomputed from its events and today's date by
  `foitrack.tracking.status.current_state`, so it follows the calendar and never goes stale.
- An event is stored only if the history it completes is possible (a reply dated before
  the request was sent is refused with a clear message).
- A reply is linked to a body's request explicitly (`request_id`), or automatically when
  its authority is a body of exactly one open request, or of several and its questions
  clearly match one request's questions better than the others. Anything less certain
  stays unlinked, to be listed with its best candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from difflib import SequenceMatcher
from typing import Any

from sqlite_utils import Database

from foitrack.db import insert_row, transaction
from foitrack.errors import FoitrackError
from foitrack.tracking.bodies import BodyChoice
from foitrack.tracking.similarity import name_key as _name_key
from foitrack.tracking.similarity import question_similarity
from foitrack.tracking.stats import refusals_by_section, summarise
from foitrack.tracking.status import MARK_KINDS, Event, current_state

Row = dict[str, Any]
LINK_MARGIN = 0.15
OPEN_STAGES = ("awaiting", "clarification", "extension", "internal_review")


@dataclass(frozen=True)
class LinkResult:
    """What linking a reply did: linked to a request body, or why not."""

    document_id: int
    request_body_id: int | None
    how: str
    detail: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------- requests and events


def add_request(
    db: Database, title: str, text: str, sent: date, bodies: Sequence[BodyChoice], *, eir: bool = False
) -> int:
    """Store a request sent to `bodies` on `sent`, with its questions; returns its id."""
    if not bodies:
        raise FoitrackError("a request needs at least one body: use --to, --to-file or --to-kind")
    from foitrack.extract.segment import split_questions  # compiles the extractors' patterns: only when needed

    _refuse_duplicate_title(db, title)
    with transaction(db):
        request_id = insert_row(
            db,
            "requests",
            {"title": title, "text": text, "sent": sent.isoformat(), "eir": int(eir), "created_at": _now()},
        )
        db.table("request_questions").insert_all(
            {"request_id": request_id, "position": i, "label": label, "question": question}
            for i, (label, question) in enumerate(split_questions(text))
        )
        for body in bodies:
            body_row_id = insert_row(
                db,
                "request_bodies",
                {
                    "request_id": request_id,
                    "name": body.name,
                    "body_id": body.body_id,
                    "kind": body.kind,
                    "nation": body.nation,
                    "regime": body.regime,
                    "school": 0,
                },
            )
            db.table("events").insert(
                {
                    "request_body_id": body_row_id,
                    "on_date": sent.isoformat(),
                    "kind": "sent",
                    "note": "",
                    "created_at": _now(),
                }
            )
    return request_id


def _refuse_duplicate_title(db: Database, title: str, *, other_than: int | None = None) -> None:
    for row in db.query("SELECT id, title FROM requests"):
        if row["id"] != other_than and _name_key(row["title"]) == _name_key(title):
            raise FoitrackError(
                f"a request named {row['title']!r} already exists (request {row['id']}): "
                f"choose another name, or change it with `foitrack request edit {row['id']}`"
            )


def edit_request(
    db: Database, request_id: int, *, title: str | None = None, sent: date | None = None, text: str | None = None
) -> Row:
    """Change a request's name, the day it was sent (every body's 'sent' event moves too) or its text."""
    _request(db, request_id)
    from foitrack.extract.segment import split_questions

    changes: Row = {}
    if title is not None:
        _refuse_duplicate_title(db, title, other_than=request_id)
        changes["title"] = title
    if sent is not None:
        changes["sent"] = sent.isoformat()
    if text is not None:
        changes["text"] = text
    with transaction(db):
        if changes:
            db.table("requests").update(request_id, changes)
        if sent is not None:
            db.execute(
                """UPDATE events SET on_date = ? WHERE kind = 'sent' AND request_body_id IN
                   (SELECT id FROM request_bodies WHERE request_id = ?)""",
                [sent.isoformat(), request_id],
            )
        if text is not None:
            db.execute("DELETE FROM request_questions WHERE request_id = ?", [request_id])
            db.table("request_questions").insert_all(
                {"request_id": request_id, "position": i, "label": label, "question": question}
                for i, (label, question) in enumerate(split_questions(text))
            )
    return _request(db, request_id)


def remove_request(db: Database, request_id: int) -> Row:
    """Delete a request with its bodies, events and links (the replies themselves stay); what it was."""
    request = _request(db, request_id)
    bodies = "SELECT id FROM request_bodies WHERE request_id = ?"
    with transaction(db):
        db.execute(f"DELETE FROM events WHERE request_body_id IN ({bodies})", [request_id])
        db.execute(f"DELETE FROM links WHERE request_body_id IN ({bodies})", [request_id])
        db.execute("DELETE FROM request_bodies WHERE request_id = ?", [request_id])
        db.execute("DELETE FROM request_questions WHERE request_id = ?", [request_id])
        db.execute("DELETE FROM requests WHERE id = ?", [request_id])
    return request


def link_document(
    db: Database, document_id: int, request_id: int, body: str, *, today: date | None = None
) -> LinkResult:
    """Link a reply to a body of a request by hand (replacing any link it had), recording the reply event."""
    if db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone() is None:
        raise FoitrackError(f"no document with id {document_id} (see `foitrack documents`)")
    target = _find_request_body(db, request_id, body)
    result = _link(db, document_id, target, "manual", 1.0, _reply_facts(db, document_id), today or date.today())
    if result.how == "failed":
        raise FoitrackError(f"document {document_id}: cannot link to {target['name']}: {result.detail}")
    return result


def unlink_document(db: Database, document_id: int) -> Row:
    """Undo a reply's link to a request, and the reply event it recorded; the link that was removed."""
    rows = list(
        db.query(
            """SELECT l.*, b.name, b.request_id FROM links l JOIN request_bodies b ON b.id = l.request_body_id
               WHERE l.document_id = ?""",
            [document_id],
        )
    )
    if not rows:
        raise FoitrackError(f"document {document_id} is not linked to a request (see `foitrack unlinked`)")
    with transaction(db):
        db.execute("DELETE FROM events WHERE document_id = ?", [document_id])
        db.execute("DELETE FROM links WHERE document_id = ?", [document_id])
    return rows[0]


def _request(db: Database, request_id: int) -> Row:
    rows = list(db.query("SELECT * FROM requests WHERE id = ?", [request_id]))
    if not rows:
        raise FoitrackError(f"no request with id {request_id} (see `foitrack requests`)")
    return rows[0]


def extra_holidays(db: Database) -> list[date]:
    """Non-working days the user has added."""
    return [date.fromisoformat(r["day"]) for r in db.query("SELECT day FROM extra_holidays")]


def add_holiday(db: Database, day: date, name: str) -> None:
    """Add a non-working day to every deadline (e.g. a new one-off bank holiday)."""
    db.table("extra_holidays").upsert({"day": day.isoformat(), "name": name}, pk="day")


def _events(db: Database, request_body_id: int) -> list[Event]:
    return [
        Event(on=date.fromisoformat(r["on_date"]), kind=r["kind"], note=r["note"] or "", outcome=r["outcome"])
        for r in db.query(
            "SELECT * FROM events WHERE request_body_id = ? AND kind != 'sent' ORDER BY on_date, id", [request_body_id]
        )
    ]


def _state_row(db: Database, body: Row, sent: date, today: date, extra: Sequence[date]) -> Row:
    state = current_state(sent, body["regime"], _events(db, body["id"]), today, extra, school=bool(body["school"]))
    linked = db.execute(
        """SELECT l.document_id, d.status = 'needs_ocr' FROM links l JOIN documents d ON d.id = l.document_id
           WHERE l.request_body_id = ? ORDER BY l.document_id DESC LIMIT 1""",
        [body["id"]],
    ).fetchone()
    # an unread scan's reply date is the day it was ingested: how late it was is not known
    scan = bool(linked and linked[1] and state.outcome is None)
    return {
        "request": body["request_id"],
        "body": body["name"],
        "regime": state.regime,
        "stage": state.stage,
        "outcome": "needs OCR" if scan else state.outcome,
        "due": state.due.isoformat() if state.due else None,
        "days_late": None if scan else state.days_late,
        "overdue": "very overdue" if state.very_overdue else ("overdue" if state.overdue else ""),
        "replied": state.replied_on.isoformat() if state.replied_on else None,
        "days_taken": None if scan else state.days_taken,
        "document": linked[0] if linked else None,
        "_state": state,
    }


def request_status(db: Database, request_id: int, today: date) -> list[Row]:
    """One row per body of a request: stage, outcome, due date, lateness, linked reply."""
    request = _request(db, request_id)
    sent = date.fromisoformat(request["sent"])
    extra = extra_holidays(db)
    bodies = db.query("SELECT * FROM request_bodies WHERE request_id = ? ORDER BY name", [request_id])
    return [_state_row(db, body, sent, today, extra) for body in bodies]


def list_requests(db: Database, today: date) -> list[Row]:
    """Every request with its counts of bodies by stage, replies, and overdue bodies."""
    rows: list[Row] = []
    for request in db.query("SELECT * FROM requests ORDER BY id"):
        states = request_status(db, request["id"], today)
        stages: dict[str, int] = {}
        for s in states:
            stages[s["stage"]] = stages.get(s["stage"], 0) + 1
        rows.append(
            {
                "id": request["id"],
                "title": request["title"],
                "sent": request["sent"],
                "bodies": len(states),
                "replied": sum(1 for s in states if s["replied"]),
                "awaiting": stages.get("awaiting", 0) + stages.get("extension", 0) + stages.get("clarification", 0),
                "overdue": sum(1 for s in states if s["overdue"]),
                "very_overdue": sum(1 for s in states if s["overdue"] == "very overdue"),
                "review": stages.get("internal_review", 0),
                "complete": stages.get("complete", 0),
            }
        )
    return rows


def overdue(db: Database, today: date) -> list[Row]:
    """Every late reply across all requests, most late first."""
    late: list[Row] = []
    for request in db.query("SELECT id, title FROM requests"):
        for row in request_status(db, request["id"], today):
            if row["overdue"]:
                late.append({"request": request["id"], "title": request["title"], **row})
    return sorted(late, key=lambda r: -int(r["days_late"] or 0))


def _find_request_body(db: Database, request_id: int, name: str) -> Row:
    bodies = list(db.query("SELECT * FROM request_bodies WHERE request_id = ?", [request_id]))
    wanted = _name_key(name)
    exact = [b for b in bodies if _name_key(b["name"]) == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = [b for b in bodies if wanted and wanted in _name_key(b["name"])]
    if len(partial) == 1:
        return partial[0]
    close = sorted(bodies, key=lambda b: -SequenceMatcher(None, wanted, _name_key(b["name"])).ratio())[:3]
    names = ", ".join(b["name"] for b in close) or "none"
    raise FoitrackError(f"request {request_id} was not sent to {name!r}; closest: {names}")


def mark(
    db: Database,
    request_id: int,
    body: str,
    kind: str,
    on: date,
    *,
    note: str = "",
    outcome: str | None = None,
    document_id: int | None = None,
    today: date | None = None,
) -> Row:
    """Record an event for one body of a request; returns the body's new status row."""
    event_kind = MARK_KINDS.get(kind.replace("_", "-"), kind)
    request = _request(db, request_id)
    target = _find_request_body(db, request_id, body)
    _add_event(
        db,
        request,
        target,
        event_kind,
        on,
        note=note,
        outcome=outcome,
        document_id=document_id,
        today=today or date.today(),
    )
    return _state_row(db, target, date.fromisoformat(request["sent"]), today or date.today(), extra_holidays(db))


def _add_event(
    db: Database,
    request: Row,
    body: Row,
    kind: str,
    on: date,
    *,
    note: str,
    outcome: str | None,
    document_id: int | None,
    today: date,
) -> None:
    sent = date.fromisoformat(request["sent"])
    trial = [*_events(db, body["id"]), Event(on=on, kind=kind, note=note, outcome=outcome)]  # type: ignore[arg-type]
    current_state(sent, body["regime"], trial, max(today, on), extra_holidays(db), school=bool(body["school"]))
    db.table("events").insert(
        {
            "request_body_id": body["id"],
            "on_date": on.isoformat(),
            "kind": kind,
            "note": note,
            "outcome": outcome,
            "document_id": document_id,
            "created_at": _now(),
        }
    )


def set_body(db: Database, request_id: int, body: str, *, regime: str | None = None, school: bool | None = None) -> Row:
    """Override one body's Act (e.g. EIR for an environmental question) or mark it a school."""
    if regime is not None and regime not in ("foia", "eir", "foisa", "eisr"):
        raise FoitrackError(f"unknown regime {regime!r}: choose foia, eir, foisa or eisr")
    target = _find_request_body(db, request_id, body)
    changes: Row = {}
    if regime is not None:
        changes["regime"] = regime
    if school is not None:
        changes["school"] = int(school)
    if changes:
        with transaction(db):
            db.table("request_bodies").update(target["id"], changes)
    return {**target, **changes}


def history(db: Database, request_id: int, body: str | None = None) -> list[Row]:
    """Every dated event of a request (or of one of its bodies), oldest first."""
    _request(db, request_id)
    sql = """SELECT b.name AS body, ev.on_date AS date, ev.kind, ev.outcome, ev.note, ev.document_id AS document
             FROM events ev JOIN request_bodies b ON b.id = ev.request_body_id
             WHERE b.request_id = ?"""
    params: list[Any] = [request_id]
    if body:
        sql += " AND b.id = ?"
        params.append(_find_request_body(db, request_id, body)["id"])
    return list(db.query(sql + " ORDER BY ev.on_date, ev.id", params))


# ---------------------------------------------------------------- linking replies


def _reply_facts(db: Database, document_id: int) -> Row:
    """A document's authority, response date, outcome and questions, from it and its attachments."""
    family = [document_id] + [
        r["document_id"]
        for r in db.query("SELECT document_id FROM document_parents WHERE parent_id = ?", [document_id])
    ]
    marks = ",".join("?" for _ in family)
    extractions = list(db.query(f"SELECT * FROM extractions WHERE document_id IN ({marks})", family))
    authority = next((e["authority"] for e in extractions if e["authority"]), None)
    outcome = next((e["outcome"] for e in extractions if e["outcome"]), None)
    response = db.execute(
        f"SELECT value FROM dates WHERE role = 'response' AND document_id IN ({marks}) ORDER BY document_id LIMIT 1",
        family,
    ).fetchone()
    questions = [
        r["question"] or "" for r in db.query(f"SELECT question FROM answers WHERE document_id IN ({marks})", family)
    ]
    scanned = db.execute(
        f"SELECT count(*) FROM documents WHERE status = 'needs_ocr' AND id IN ({marks})", family
    ).fetchone()[0]
    return {
        "authority": authority,
        "outcome": outcome,
        "needs_ocr": bool(scanned),
        "response": response[0] if response else None,
        "questions": questions,
    }


def link_reply(
    db: Database, document_id: int, *, request_id: int | None = None, today: date | None = None
) -> LinkResult:
    """Link a stored reply to the request body it answers, and record the reply event.

    A bounce, an auto-reply or an acknowledgement (documents.mail_kind) is never linked:
    it is not the body's reply, and linking it would close the request.
    """
    kind = _mail_kind(db, document_id)
    if kind is not None:
        return LinkResult(document_id, None, "not_reply", f"{MAIL_KIND_LABELS.get(kind, kind)}, not a reply")
    facts = _reply_facts(db, document_id)
    if request_id is not None:
        if not facts["authority"]:
            return LinkResult(
                document_id, None, "failed", "cannot tell which body sent it: ingest again with --authority"
            )
        target = _find_request_body(db, request_id, facts["authority"])
        return _link(db, document_id, target, "explicit", 1.0, facts, today or date.today())
    candidates = _candidates(db, facts)
    if not candidates:
        return LinkResult(document_id, None, "none", "no open request was sent to its authority")
    best = candidates[0]
    if len(candidates) > 1 and best[1] - candidates[1][1] < LINK_MARGIN:
        return LinkResult(document_id, None, "ambiguous", "several open requests match it")
    return _link(db, document_id, best[0], "auto", best[1], facts, today or date.today())


MAIL_KIND_LABELS = {"bounce": "a bounce", "auto_reply": "an automatic reply", "acknowledgement": "an acknowledgement"}


def _mail_kind(db: Database, document_id: int) -> str | None:
    row = db.execute("SELECT mail_kind FROM documents WHERE id = ?", [document_id]).fetchone()
    return str(row[0]) if row and row[0] else None


def _candidates(db: Database, facts: Row) -> list[tuple[Row, float]]:
    if not facts["authority"]:
        return []
    key = _name_key(facts["authority"])
    bodies = [b for b in db.query("SELECT * FROM request_bodies") if _name_key(b["name"]) == key]
    scored = []
    for body in bodies:
        questions = [
            r["question"]
            for r in db.query("SELECT question FROM request_questions WHERE request_id = ?", [body["request_id"]])
        ]
        scored.append((body, question_similarity(facts["questions"], questions)))
    return sorted(scored, key=lambda bs: -bs[1])


def _link(db: Database, document_id: int, body: Row, how: str, score: float, facts: Row, today: date) -> LinkResult:
    request = _request(db, body["request_id"])
    on = date.fromisoformat(facts["response"]) if facts["response"] else today
    # a scan that needs OCR is a reply all the same: its body is not late, whatever it says
    kind = "reply" if facts["outcome"] or facts["needs_ocr"] else "acknowledged"
    if kind == "reply" and _in_review(db, body["id"]):
        kind = "review_reply"
    try:
        with transaction(db):
            db.table("links").upsert(
                {"document_id": document_id, "request_body_id": body["id"], "how": how, "score": round(score, 3)},
                pk="document_id",
            )
            db.execute("DELETE FROM events WHERE document_id = ?", [document_id])
            _add_event(
                db,
                request,
                body,
                kind,
                on,
                note="from ingested reply",
                outcome=facts["outcome"],
                document_id=document_id,
                today=today,
            )
    except FoitrackError as error:
        return LinkResult(document_id, None, "failed", str(error))
    return LinkResult(document_id, body["id"], how, f"request {body['request_id']}: {body['name']}")


def _in_review(db: Database, request_body_id: int) -> bool:
    last = db.execute(
        "SELECT kind FROM events WHERE request_body_id = ? AND kind IN "
        "('internal_review_requested', 'reply', 'review_reply') ORDER BY on_date DESC, id DESC LIMIT 1",
        [request_body_id],
    ).fetchone()
    return bool(last and last[0] == "internal_review_requested")


def unlinked(db: Database) -> list[Row]:
    """Replies not linked to any request, with their best candidate request bodies (bounces,
    auto-replies and acknowledgements are not replies, so not listed)."""
    rows: list[Row] = []
    for doc in db.query("""SELECT d.id, d.file FROM documents d WHERE d.parent_id IS NULL AND d.mail_kind IS NULL
                           AND d.id NOT IN (SELECT document_id FROM links) ORDER BY d.id"""):
        facts = _reply_facts(db, doc["id"])
        candidates = _candidates(db, facts)
        rows.append(
            {
                "document": doc["id"],
                "file": doc["file"],
                "authority": facts["authority"],
                "candidates": "; ".join(f"request {b['request_id']} ({s:.2f})" for b, s in candidates[:3]) or "none",
            }
        )
    return rows


# ---------------------------------------------------------------- statistics


def _exemption_codes(db: Database, request_id: int | None) -> list[list[str]]:
    sql = """SELECT l.document_id, x.code FROM links l
             JOIN request_bodies b ON b.id = l.request_body_id
             JOIN documents d ON d.id = l.document_id OR d.parent_id = l.document_id
             JOIN exemptions x ON x.document_id = d.id"""
    params: list[Any] = []
    if request_id is not None:
        sql += " WHERE b.request_id = ?"
        params.append(request_id)
    grouped: dict[int, list[str]] = {}
    for row in db.query(sql, params):
        grouped.setdefault(row["document_id"], []).append(row["code"])
    return list(grouped.values())


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share:.0%}"


def request_statistics(db: Database, request_id: int | None, today: date) -> list[Row]:
    """Measures of one request (or of all): replies on time, days taken, outcomes, refusals by section."""
    ids = [request_id] if request_id is not None else [r["id"] for r in db.query("SELECT id FROM requests")]
    states = [row["_state"] for rid in ids for row in request_status(db, rid, today)]
    summary = summarise(states)
    rows: list[Row] = [
        {"measure": "bodies asked", "value": summary.total},
        {"measure": "replied", "value": summary.replied},
        {"measure": "replied on time", "value": summary.on_time},
        {"measure": "replied late", "value": summary.late},
        {"measure": "overdue now", "value": summary.overdue},
        {"measure": "very overdue now", "value": summary.very_overdue},
        {"measure": "median working days taken", "value": summary.median_days_taken},
    ]
    rows += [{"measure": f"days taken {label}", "value": n} for label, n in summary.days_taken_buckets.items()]
    rows += [{"measure": f"outcome {name}", "value": _percent(share)} for name, share in summary.outcome_shares.items()]
    sections = refusals_by_section(_exemption_codes(db, request_id))
    rows += [{"measure": f"replies citing {code}", "value": n} for code, n in sections.items()]
    return rows


def body_statistics(db: Database, today: date) -> list[Row]:
    """One row per body across every request: asked, replied, on time, median days taken, outcomes."""
    by_body: dict[str, list[Any]] = {}
    for request in db.query("SELECT id FROM requests"):
        for row in request_status(db, request["id"], today):
            by_body.setdefault(row["body"], []).append(row["_state"])
    rows = []
    for body, states in sorted(by_body.items()):
        summary = summarise(states)
        rows.append(
            {
                "body": body,
                "asked": summary.total,
                "replied": summary.replied,
                "on_time": summary.on_time,
                "overdue": summary.overdue,
                "median_days": summary.median_days_taken,
                **{name: summary.by_outcome.get(name, 0) for name in ("granted", "partial", "refused", "not_held")},
            }
        )
    return rows
