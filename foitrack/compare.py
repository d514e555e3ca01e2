"""Line up what many bodies answered: a table per request, a row per reply, money summed like with like.

A topic (from the packaged topics.toml or a user's file) picks the questions that belong
to it by their words, and for money topics also any answer that states an amount.

Invariants (docs/comparing.md shows them on real output):
- A row is one reply and names its file. Replies are grouped by the request they answer:
  a tracked request's linked replies under it, the others by the words of their questions;
  each group has its own columns. A body's older replies in a group are left out (counted
  in `Group.hidden`) unless asked for.
- Money is summed only over one question and one period; a stated total is never added to
  its parts; rates, cost limits and money given with a none/not held/refused answer are
  never summed; figures with no period are not totalled across bodies.
- Each answer cell and amount carries `checked` (m007: NULL, 'verified', 'corrected') and each
  answer cell its `confidence` (m005); a sum is checked only when every figure in it is.
  `verified_only` keeps what a person checked and works the sums out again from it.
- The result is plain data (dataclasses and dict rows): rendering is the CLI's and the report's.
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from foitrack.errors import FoitrackError
from foitrack.text.labels import label_key
from foitrack.years import YEAR_TOKEN, normal_year

if TYPE_CHECKING:
    from sqlite_utils import Database

Row = dict[str, Any]
ALIGN_THRESHOLD = 0.3
# a reply's lead-in before the question it repeats: "You asked: How much ...", "Request: ..."
LEAD_IN = re.compile(r"^(?:you asked|your request|request|question)\s*:\s*", re.IGNORECASE)


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


# ---------------------------------------------------------------- the shape of a comparison

NOT_AN_ANSWER = frozenset({"none", "no", "not_held", "refused", "not_applicable", "needs_ocr"})
"""Answer classes that say the body gave no figure: money in such a cell is something else the
reply mentions (MOPAC: no trafficking funding, "however approximately £10m ... on VAWG")."""
UNANSWERED = ("awaiting", "overdue")
QUESTION_OVERLAP = 0.5
"""How much of the smaller question vocabulary two replies share to answer the same request."""
PLACE_OVERLAP = 0.3
"""How much of a request's vocabulary a reply without questions (a refusal) shares to join it."""
UNDATED = "not stated"
"""The period column of figures that do not say which year they cover."""
STOPWORDS = frozenset(
    "the and for with that this from have your what which does please provide many much were been will "
    "would could should there their they them into over each year years also only such other than when "
    "where whether council authority information request details about more most some same".split()
)
WORD = re.compile(r"[a-z][a-z'’]{3,}")


@dataclass(frozen=True)
class Sum:
    """A body's figure for one question and period, or a total of such figures over bodies."""

    gbp: Decimal
    approximate: bool = False
    per: str | None = None
    parts: int = 1
    stated_total: bool = False
    purpose: str | None = None
    checked: str | None = None
    """'verified' or 'corrected' when a person checked every figure in it (m007), else None."""

    def text(self) -> str:
        """'≈ £10m', '£50,000 a year', '£64,050 (stated total)': the period is the column's."""
        words = ("≈ " if self.approximate else "") + money_text(self.gbp)
        if self.per and self.per != "one-off":
            words += f" a {self.per}"
        return words + (" (stated total)" if self.stated_total else "")


@dataclass
class QuestionMoney:
    """The money answering one question: each row's figure per period, totals and why some are missing."""

    periods: list[str]
    by_row: dict[int, dict[str, Sum]]
    totals: dict[str, Sum]
    notes: list[str]


@dataclass
class Group:
    """One table: the replies to one request (a row each), that request's questions as columns."""

    columns: list[str]
    questions: dict[str, str]
    rows: list[Row]
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    title: str = ""
    request_id: int | None = None
    money: dict[str, QuestionMoney] = field(default_factory=dict)
    hidden: int = 0
    """Older replies from bodies that replied again, left out (shown with all_replies)."""


@dataclass
class Comparison:
    """Every group of replies a comparison found, most replies first."""

    groups: list[Group]

    @property
    def rows(self) -> list[Row]:
        return [row for group in self.groups for row in group.rows]

    @property
    def columns(self) -> list[str]:
        return [key for group in self.groups for key in group.columns]


def money_text(value: Decimal) -> str:
    """'£10m', '£1.2m' for millions, else the exact figure: '£341,900', '£15', '£0.50'."""
    sign, value = ("-" if value < 0 else ""), abs(value)
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"{sign}£{value / 1_000_000:,.1f}".replace(".0", "") + "m"
    return f"{sign}£{value:,.2f}".replace(".00", "")


def short_period(period: str) -> str:
    """'March 2020 to March 2023' -> '2020-23'; '2021-22 to 2023-24' and '2021-22' as they are."""
    if re.fullmatch(r"[A-Za-z]+ \d{4} to [A-Za-z]+ \d{4}", period):
        first, last = re.findall(r"\d{4}", period)
        return f"{first}-{last[2:]}"
    return period


# ---------------------------------------------------------------- reading the replies

RECENT_REPLIES = 5
"""A body's newest replies that a comparison looks at (compare one request's replies with --request)."""
# the kind of an attachment's parent, for an attachment that does not give its own
# (COALESCE evaluates it only when the attachment's own kind is missing)
PARENT_KIND = """(SELECT pe.authority_kind FROM documents d JOIN extractions pe ON pe.document_id = d.parent_id
                  WHERE d.id = e.document_id)"""
CHUNK = 500
"""Documents fetched per query when reading the chosen replies' answers and amounts."""


def _filters(kind: str | None, request_id: int | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append(f"lower(COALESCE(e.authority_kind, {PARENT_KIND}, '')) = ?")
        params.append(kind.lower())
    if request_id is not None:
        where.append("""e.document_id IN (SELECT d2.id FROM links l JOIN request_bodies b ON b.id = l.request_body_id
                        JOIN documents d2 ON d2.id = l.document_id OR d2.parent_id = l.document_id
                        WHERE b.request_id = ?)""")
        params.append(request_id)
    return where, params


def _candidate_documents(db: Database, kind: str | None, request_id: int | None) -> list[Row]:
    """Each body's RECENT_REPLIES newest replies: those with answers, whole-request refusals and
    scans that need OCR (a reply all the same), newest first. A bounce, auto-reply or
    acknowledgement (documents.mail_kind, m008) is no reply: it has no answers and is never
    taken as a refusal.

    Replies naming their body are read in order from an index (m004): `bodies` hops from one
    body's name to the next in it, and each body's newest replies are the first entries under
    its name, so a body's older replies are never read. The few replies that do not name their
    body take their parent's body (an attachment) or their file name. Replies without answers
    (whole-request refusals, scans) come from the m009 indexes, so no query reads every reply.
    """
    where, params = _filters(kind, request_id)
    filters = " AND ".join(["e.answer_count > 0", *where])
    bare = " AND ".join(["e.answer_count = 0", *where])
    sql = f"""
        WITH RECURSIVE bodies(name) AS (
            SELECT min(authority) FROM extractions WHERE answer_count > 0
            UNION ALL
            SELECT (SELECT min(authority) FROM extractions WHERE answer_count > 0 AND authority > bodies.name)
            FROM bodies WHERE bodies.name IS NOT NULL
        ), named AS (
            SELECT e.document_id, e.authority AS body, COALESCE(e.authority_kind, {PARENT_KIND}) AS kind,
                   e.response_date AS response
            FROM bodies JOIN extractions e ON e.document_id IN (
                SELECT e.document_id FROM extractions e WHERE e.authority = bodies.name AND {filters}
                ORDER BY e.response_date DESC, e.document_id DESC LIMIT {RECENT_REPLIES})
        ), unnamed AS (
            SELECT e.document_id, COALESCE(pe.authority, d.file) AS body,
                   COALESCE(e.authority_kind, pe.authority_kind) AS kind, e.response_date AS response
            FROM extractions e
            JOIN documents d ON d.id = e.document_id
            LEFT JOIN extractions pe ON pe.document_id = d.parent_id
            WHERE e.authority IS NULL AND {filters}
        ), refused AS (
            SELECT e.document_id, COALESCE(e.authority, pe.authority, d.file) AS body,
                   COALESCE(e.authority_kind, pe.authority_kind) AS kind, e.response_date AS response
            FROM extractions e
            JOIN documents d ON d.id = e.document_id
            LEFT JOIN extractions pe ON pe.document_id = d.parent_id
            WHERE {bare} AND e.outcome = 'refused' AND d.mail_kind IS NULL
        ), scans AS (
            SELECT e.document_id, COALESCE(e.authority, pe.authority, d.file) AS body,
                   COALESCE(e.authority_kind, pe.authority_kind) AS kind, e.response_date AS response
            FROM documents d
            JOIN extractions e ON e.document_id = d.id
            LEFT JOIN extractions pe ON pe.document_id = d.parent_id
            WHERE d.status = 'needs_ocr' AND {bare} AND e.outcome IS NOT 'refused' AND d.mail_kind IS NULL
        )
        SELECT c.document_id, c.body, c.kind, c.response, d.file, d.status, e.outcome, e.answer_count FROM (
            SELECT *, row_number() OVER (PARTITION BY body ORDER BY response DESC, document_id DESC) AS recency
            FROM (SELECT * FROM named UNION ALL SELECT * FROM unnamed UNION ALL SELECT * FROM refused
                  UNION ALL SELECT * FROM scans)
        ) c JOIN documents d ON d.id = c.document_id JOIN extractions e ON e.document_id = c.document_id
        WHERE recency <= {RECENT_REPLIES} ORDER BY c.body, recency
    """
    keys = ("document_id", "body", "kind", "response", "file", "status", "outcome", "answer_count")
    return [dict(zip(keys, values, strict=True)) for values in db.execute(sql, params * 4)]


def _in_chunks(db: Database, sql: str, ids: Sequence[int]) -> Iterable[Row]:
    """Run `sql` (with one {ids} placeholder) over ids in chunks small enough for SQLite.

    Rows come as sqlite3.Row (read by column name, built in C): a third of the cost of dicts
    when a comparison reads the answers and amounts of thousands of replies.
    """
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    chunks = (list(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK))
    return chain.from_iterable(cursor.execute(sql.format(ids=",".join("?" * len(c))), c) for c in chunks)


def _answers_of(db: Database, ids: Sequence[int]) -> dict[int, list[Row]]:
    """Each reply's answers in order; _reply_row reads their columns by position, in this order."""
    grouped: dict[int, list[Row]] = {}
    sql = """SELECT document_id, label, question, answer, value, quote, checked, confidence,
                    CASE WHEN answer = 'refused' THEN substr(answer_text, 1, 400) END AS answer_text,
                    position FROM answers
             WHERE document_id IN ({ids}) ORDER BY document_id, position"""
    for document_id, found in groupby(_in_chunks(db, sql, ids), key=itemgetter(0)):
        grouped.setdefault(document_id, []).extend(found)
    return grouped


@dataclass(frozen=True)
class _Outline:
    """What grouping needs of a reply's answers, read in SQL without the answers themselves."""

    count: int
    questions: str
    """Every question the reply repeats, joined by spaces (in no particular order: its words are what count)."""
    sole_class: str | None
    """The class of all its answers when they have one, is 'refused' or 'not_held', else None."""


def _outlines_of(db: Database, ids: Sequence[int]) -> dict[int, _Outline]:
    """Each reply's answer outline: a row per reply, not per answer (most replies a comparison
    looks at are a body's older ones, which only need placing in a group)."""
    classes = ", ".join(f"'{c}'" for c in WHOLE_REPLY_CLASSES)
    sql = f"""SELECT document_id, count(*) AS answers, group_concat(question, ' ') AS questions,
                     CASE WHEN count(answer) = count(*) AND min(answer) = max(answer) AND min(answer) IN ({classes})
                          THEN min(answer) END AS sole_class
              FROM answers WHERE document_id IN ({{ids}}) GROUP BY document_id"""
    return {
        row["document_id"]: _Outline(row["answers"], row["questions"] or "", row["sole_class"])
        for row in _in_chunks(db, sql, ids)
    }


def _amounts_of(db: Database, ids: Sequence[int]) -> dict[tuple[int, str], list[Row]]:
    """Each answer's amounts, by (document, label); _money reads their columns by position, in this order."""
    grouped: dict[tuple[int, str], list[Row]] = {}
    sql = """SELECT document_id, answer_label, text, gbp, gbp_high, per, approximate, about, cost_limit,
                    period, stated_total, rate, restated, quote, checked FROM amounts
             WHERE document_id IN ({ids}) AND answer_label IS NOT NULL ORDER BY document_id, position"""
    for row in _in_chunks(db, sql, ids):
        grouped.setdefault((row["document_id"], row["answer_label"]), []).append(row)
    return grouped


WHOLE_REPLY_CLASSES = ("refused", "not_held")
"""Classes a reply can give the whole request in one statement, without naming any question."""


def _whole_reply_class(outline: _Outline | None) -> str | None:
    """'refused' for a reply with no answers (a whole-request refusal, or a scan: see _reply_row), or
    the one class of answers that name no question ("We estimate ... exceeds the cost limit")."""
    if outline is None:
        return "refused"
    if outline.questions.strip():
        return None
    return outline.sole_class


def _refusals_of(db: Database, ids: Sequence[int]) -> dict[int, Row]:
    """For whole-request refusals: the sections relied on, a quote, and the opening words to place it."""
    found: dict[int, Row] = {}
    if not ids:
        return found
    sql = """SELECT d.id AS document_id, substr(d.text, 1, 3000) AS opening,
                    (SELECT group_concat(code, ', ') FROM (SELECT DISTINCT code FROM exemptions x
                       WHERE x.document_id = d.id)) AS sections,
                    (SELECT quote FROM exemptions x WHERE x.document_id = d.id ORDER BY x.start LIMIT 1) AS quote
             FROM documents d WHERE d.id IN ({ids})"""
    for row in _in_chunks(db, sql, ids):
        found[row["document_id"]] = row
    return found


def _links_of(db: Database, ids: Sequence[int]) -> dict[int, Row]:
    """The tracked request (and the body's name there) each reply, or its parent email, is linked to."""
    found: dict[int, Row] = {}
    if not ids or "links" not in db.table_names() or db.execute("SELECT 1 FROM links LIMIT 1").fetchone() is None:
        return found  # nothing tracked: no need to read each reply's parent
    sql = """SELECT d.id AS document_id, b.request_id, b.name, r.title FROM documents d
             JOIN links l ON l.document_id = d.id OR l.document_id = d.parent_id
             JOIN request_bodies b ON b.id = l.request_body_id JOIN requests r ON r.id = b.request_id
             WHERE d.id IN ({ids})"""
    for row in _in_chunks(db, sql, ids):
        found[row["document_id"]] = row
    return found


# ---------------------------------------------------------------- grouping replies by request


@lru_cache(maxsize=65536)
def question_text(question: str | None) -> str:
    """A question as a reply repeats it, without its lead-in: "You asked: How much ..." -> "How much ..."."""
    return LEAD_IN.sub("", (question or "").strip())


@lru_cache(maxsize=65536)
def words_of(text: str) -> frozenset[str]:
    """The content words of a text, for telling which replies answer the same request."""
    return frozenset(WORD.findall(text.lower())) - STOPWORDS


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the smaller vocabulary (0..1)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    every = len(a | b)
    return len(a & b) / every if every else 0.0


@dataclass
class _Draft:
    """A group being built: its request, its questions (key -> text, words) and its replies."""

    request_id: int | None
    title: str
    questions: dict[str, tuple[str, frozenset[str]]]
    vocabulary: frozenset[str]
    replies: list[tuple[Row, list[Row]]] = field(default_factory=list)
    newest: set[int] = field(default_factory=set)
    """The document ids of each body's newest reply (set by keep_newest)."""
    sent: Counter[str] = field(default_factory=Counter)
    """How many replies each body sent (set by keep_newest)."""

    def keep_newest(self, all_replies: bool) -> None:
        """Note each body's newest reply and how many it sent; drop its older ones unless `all_replies`.

        An older reply is hidden: its amounts are never read, nor are columns given to it.
        """
        self.newest, self.sent = _newest_per_body(reply for reply, _ in self.replies)
        if not all_replies:
            self.replies = [(reply, found) for reply, found in self.replies if reply["document_id"] in self.newest]

    def key_for(self, answer: Row) -> str:
        """The group's question an answer answers: a tracked request's by its words (each body
        numbers its reply its own way), else by its label, else by its words."""
        if self.request_id is None:
            key = label_key(answer["label"])  # replies to one request sent to many number alike
            known = self.questions.get(key)
            if known is not None:
                text = question_text(answer["question"])
                if len(text) > len(known[0]):  # the fullest wording is the legend's
                    self.questions[key] = (text, known[1])
                return key
        words = words_of(answer["question"] or "")
        best, best_score = None, 0.0
        for key, (_, question_words) in self.questions.items():
            score = _jaccard(words, question_words)
            if score > best_score:
                best, best_score = key, score
        if best is not None and best_score >= ALIGN_THRESHOLD:
            return best
        key = label_key(answer["label"])
        if key not in self.questions:
            self.questions[key] = (question_text(answer["question"]), words)
        return key


def _request_drafts(db: Database, request_ids: Iterable[int]) -> dict[int, _Draft]:
    drafts: dict[int, _Draft] = {}
    for request_id in sorted(set(request_ids)):
        title = db.execute("SELECT title FROM requests WHERE id = ?", [request_id]).fetchone()
        questions = {
            label_key(q["label"]): (q["question"], words_of(q["question"]))
            for q in db.query(
                "SELECT label, question FROM request_questions WHERE request_id = ? ORDER BY position", [request_id]
            )
        }
        vocabulary = frozenset().union(*(w for _, w in questions.values())) if questions else frozenset()
        drafts[request_id] = _Draft(request_id, title[0] if title else f"request {request_id}", questions, vocabulary)
    return drafts


def _group_replies(
    db: Database, candidates: list[Row], outlines: dict[int, _Outline], refusals: dict[int, Row]
) -> list[_Draft]:
    """Replies linked to a request under it; the others by the words of their questions; replies
    without questions (refusals, scans) where their words or link place them.

    Each reply goes in with no answers: _read_answers reads them for the replies a group keeps.
    """
    links = _links_of(db, [c["document_id"] for c in candidates])
    by_request = _request_drafts(db, {link["request_id"] for link in links.values()})
    clusters: list[_Draft] = []
    joined: dict[frozenset[str], _Draft] = {}
    bare: list[Row] = []
    with_answers = sorted(
        (c for c in candidates if c["document_id"] in outlines and not c["whole"]),
        key=lambda c: (-outlines[c["document_id"]].count, c["document_id"]),
    )
    for reply in with_answers:
        link = links.get(reply["document_id"])
        if link is not None:
            reply["body"] = link["name"]
            by_request[link["request_id"]].replies.append((reply, []))
            continue
        _cluster(db, clusters, reply, outlines[reply["document_id"]], joined)
    for reply in candidates:
        if reply["document_id"] in outlines and not reply["whole"]:
            continue
        link = links.get(reply["document_id"])
        if link is not None:
            reply["body"] = link["name"]
            by_request[link["request_id"]].replies.append((reply, []))
        else:
            bare.append(reply)
    drafts = list(by_request.values()) + clusters
    unplaced = _place_bare(drafts, bare, refusals)
    if unplaced:
        drafts.append(_Draft(None, "Replies whose questions foitrack could not read", {}, frozenset(), unplaced))
    return drafts


def _cluster(
    db: Database, clusters: list[_Draft], reply: Row, outline: _Outline, joined: dict[frozenset[str], _Draft]
) -> None:
    """Put a reply in the first group whose questions share its words, or start a group (its questions
    the group's, read from its answers).

    `joined` remembers the group each vocabulary joined: groups only ever come after it, and keep
    their words, so the same words join the same group (most replies repeat a request word for word).
    """
    vocabulary = words_of(outline.questions)
    known = joined.get(vocabulary)
    if known is not None:
        known.replies.append((reply, []))
        return
    for draft in clusters:
        if _overlap(vocabulary, draft.vocabulary) >= QUESTION_OVERLAP:
            draft.replies.append((reply, []))
            joined[vocabulary] = draft
            return
    questions: dict[str, tuple[str, frozenset[str]]] = {}
    for answer in _answers_of(db, [reply["document_id"]]).get(reply["document_id"], []):
        key = label_key(answer["label"])
        text = question_text(answer["question"])
        questions.setdefault(key, (text, words_of(text)))
    clusters.append(_Draft(None, "", questions, vocabulary, [(reply, [])]))


def _shorten(text: str, width: int = 70) -> str:
    """The text cut at a word boundary to at most `width` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: text.rfind(" ", 0, width - 1)].rstrip(" ,;:") + "…"


def _place_bare(drafts: list[_Draft], bare: list[Row], refusals: dict[int, Row]) -> list[tuple[Row, list[Row]]]:
    """A refusal joins the group whose questions its words share most; a scan joins the only group."""
    unplaced: list[tuple[Row, list[Row]]] = []
    for reply in bare:
        refusal = refusals.get(reply["document_id"])
        opening = words_of((refusal["opening"] if refusal else None) or "")
        scored = [(_share(draft.vocabulary, opening), i) for i, draft in enumerate(drafts)]
        best = max(scored, default=(0.0, -1))
        if opening and best[0] >= PLACE_OVERLAP:
            drafts[best[1]].replies.append((reply, []))
        elif not opening and len(drafts) == 1:
            drafts[0].replies.append((reply, []))
        else:
            unplaced.append((reply, []))
    return unplaced


def _share(vocabulary: frozenset[str], words: frozenset[str]) -> float:
    return len(vocabulary & words) / len(vocabulary) if vocabulary else 0.0


# ---------------------------------------------------------------- the comparison


def compare(
    db: Database,
    *,
    topic: Topic | None = None,
    question: str | None = None,
    kind: str | None = None,
    request_id: int | None = None,
    today: date | None = None,
    all_replies: bool = False,
) -> Comparison:
    """Replies grouped by the request they answer, a row per reply, a column per question of the topic.

    A body that replied more than once in a group shows its latest reply (its older ones too with
    `all_replies`). With `request_id`, only replies linked to that request count, and bodies that
    have not answered get a row saying whether they are awaited or overdue.
    """
    if topic is None and question is None:
        raise FoitrackError("say what to compare: --topic NAME or --question LABEL")
    candidates = _candidate_documents(db, kind, request_id)
    outlines = _outlines_of(db, [c["document_id"] for c in candidates])
    for reply in candidates:
        reply["whole"] = _whole_reply_class(outlines.get(reply["document_id"]))
    refusals = _refusals_of(db, [c["document_id"] for c in candidates if c["whole"]])
    drafts = _group_replies(db, candidates, outlines, refusals)
    for draft in drafts:
        draft.keep_newest(all_replies)
    _read_answers(db, drafts)
    amounts = _amounts_of(db, [reply["document_id"] for draft in drafts for reply, _ in draft.replies])
    groups = []
    for draft in drafts:
        group = _build_group(draft, topic, question, amounts, refusals, all_replies)
        if group is not None:
            groups.append(group)
    if request_id is not None:
        _add_unanswered(db, groups, request_id, today)
    groups.sort(key=lambda g: (g.request_id is None, -len(g.rows), g.title))
    return Comparison(groups)


def _read_answers(db: Database, drafts: Sequence[_Draft]) -> None:
    """Give each reply kept in a group its answers (a whole-request refusal keeps none: its row says it all)."""
    ids = [reply["document_id"] for draft in drafts for reply, _ in draft.replies if not reply["whole"]]
    answers = _answers_of(db, ids)
    for draft in drafts:
        draft.replies = [
            (reply, [] if reply["whole"] else answers.get(reply["document_id"], [])) for reply, _ in draft.replies
        ]


Keyed = list[tuple[Row, list[tuple[str, Row]]]]
"""Each reply of a group with its answers, each under the group's question key."""


def _build_group(
    draft: _Draft,
    topic: Topic | None,
    question: str | None,
    amounts: Mapping[tuple[int, str], list[Row]],
    refusals: Mapping[int, Row],
    all_replies: bool,
) -> Group | None:
    """The table of one group of replies, or None when none of its questions is on the topic."""
    newest, sent = draft.newest, draft.sent
    keyed = _keyed_answers(draft, question)
    columns = _columns(draft, keyed, topic, question, amounts)
    class_topic = topic is not None and bool(topic.answers) and not topic.question_words and not topic.amounts
    if not columns and not (class_topic and any(not pairs for _, pairs in keyed)):
        return None
    questions = {k: draft.questions[k][0] for k in columns if k in draft.questions}
    title = draft.title
    if draft.request_id is None and columns:
        title = f"replies asking “{_shorten(questions.get(columns[0], ''), 60)}”"
    group = Group(columns=columns, questions=questions, rows=[], title=title, request_id=draft.request_id)
    group.rows = _mark_latest(
        [_reply_row(reply, pairs, columns, amounts, refusals.get(reply["document_id"])) for reply, pairs in keyed],
        newest,
        sent,
    )
    group.hidden = 0 if all_replies else sum(sent.values()) - len(group.rows)
    if class_topic:  # a topic of answer classes (refusals): the replies that gave one, with all their cells
        assert topic is not None
        group.rows = [r for r in group.rows if _gave_class(r, columns, topic.answers)]
        if not group.rows:
            return None
    _count_and_sum(group, with_money=topic is None or topic.amounts)
    return group


def _keyed_answers(draft: _Draft, question: str | None) -> Keyed:
    if question is None:
        return [(reply, [(draft.key_for(a), a) for a in found]) for reply, found in draft.replies]
    keyed: Keyed = [(reply, [(label_key(a["label"]), a) for a in found]) for reply, found in draft.replies]
    for _, pairs in keyed:  # one question, by its label in every reply
        for key, answer in pairs:
            draft.questions.setdefault(key, (question_text(answer["question"]), frozenset()))
    return keyed


def _columns(
    draft: _Draft,
    keyed: Keyed,
    topic: Topic | None,
    question: str | None,
    amounts: Mapping[tuple[int, str], list[Row]],
) -> list[str]:
    """The group's questions on the topic (or the one asked), in question order."""
    wanted: dict[str, None] = {}
    for _, pairs in keyed:
        for key, answer in pairs:
            if key not in wanted and _wanted(answer, key, topic, question, amounts):
                wanted[key] = None
    if not wanted and draft.request_id is not None:  # no answer yet: the tracked request's own questions
        for key, (text, _) in draft.questions.items():
            if (question is not None and key == label_key(question)) or (
                topic is not None and topic.question_words and topic.selects(text, "", False)
            ):
                wanted[key] = None
    return sorted(wanted, key=_natural_key)


def _gave_class(row: Row, columns: Sequence[str], classes: Sequence[str]) -> bool:
    """Whether a reply gave one of these answer classes, in a cell or (a whole refusal) as its status."""
    return row["status"] in classes or any((row.get(k) or {}).get("answer") in classes for k in columns)


def _count_and_sum(group: Group, *, with_money: bool) -> None:
    for key in group.columns:
        found = Counter(cell["answer"] for row in group.rows if (cell := row.get(key)))
        if found:
            group.counts.setdefault(key, Counter()).update(found)
    if with_money:
        for key in group.columns:
            money = question_money(group, key)
            if money is not None:
                group.money[key] = money


def _wanted(
    answer: Row, key: str, topic: Topic | None, question: str | None, amounts: Mapping[tuple[int, str], list[Row]]
) -> bool:
    if question is not None:
        return key == label_key(question) or label_key(answer["label"]) == label_key(question)
    assert topic is not None
    has_amount = any(not a["cost_limit"] for a in amounts.get((answer["document_id"], answer["label"]), []))
    return topic.selects(answer["question"] or "", answer["answer"] or "", has_amount)


ONE_YEAR = re.compile(r"\d{4}(?:-\d{2})?")
"""A period that is one year: 2023 or 2022-23 (a full match)."""

SECTION = re.compile(r"\bs(?:ection)?\.?\s?(\d{1,2}[A-Z]?)((?:\(\d+\))?(?:\([a-z]\))?)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _section(text: str | None) -> str | None:
    """'s12(1)' from "... under section 12(1) of the Act ..."."""
    m = SECTION.search(text or "")
    return f"s{m.group(1)}{m.group(2)}" if m else None


def _reply_row(
    reply: Row,
    pairs: list[tuple[str, Row]],
    columns: Sequence[str],
    amounts: Mapping[tuple[int, str], list[Row]],
    refusal: Row | None,
) -> Row:
    row: Row = {
        "body": reply["body"],
        "status": "replied",
        "document": reply["document_id"],
        "file": reply["file"],
        "response": reply["response"],
    }
    if not pairs:
        row["status"] = "needs_ocr" if reply["status"] == "needs_ocr" else reply.get("whole") or "refused"
        section = refusal["sections"] if refusal else None
        quote = (refusal["quote"] if refusal else None) or ""
        row.update(section=section, quote=quote)
        for key in columns:  # a whole-request refusal (or an unread scan) answers every question alike
            row[key] = {"answer": row["status"], "value": None, "quote": quote, "section": section, "amounts": []}
        return row
    for key, answer in pairs:
        if key not in columns or key in row:
            continue
        # by position, in _answers_of's column order: a sqlite3.Row looks a name up column by column
        document_id, label, _, answered, value, quote, checked, confidence, answer_text, _ = cast(
            "Sequence[Any]", answer
        )
        found = amounts.get((document_id, label), [])
        cell: Row = {
            "answer": answered,
            "value": value,
            "quote": quote,
            "checked": checked,
            "confidence": confidence,
            "section": _section(answer_text or quote) if answered == "refused" else None,
            "amounts": [_money(a, answered) for a in found],
        }
        if answered == "provided" and found and all(a["cost_limit"] for a in found):
            cell["answer"], cell["section"] = "refused", _section(answer_text) or "s12"
            cell["value"] = None
        row[key] = cell
    return row


def _money(amount: Row, answer: str | None) -> Row:
    """One amount of a cell (a row of _amounts_of), with whether it can be summed as the answer and, if not, why."""
    # by position, in _amounts_of's column order: a sqlite3.Row looks a name up column by column
    _, _, text, gbp, _, per, approximate, about, cost_limit, period, stated_total, rate, restated, quote, checked = (
        cast("Sequence[Any]", amount)
    )
    why = None
    if cost_limit:
        why = "cost limit"
    elif rate:
        why = f"rate per {rate}"
    elif restated:
        why = "the same sum again, in the reply's other language"
    elif answer in NOT_AN_ANSWER:
        why = f"given with a {answer.replace('_', ' ')!r} answer: not summed"
    return {
        "gbp": Decimal(gbp),
        "text": text,
        "per": per if per != "one-off" else None,
        "period": period,
        "approximate": bool(approximate),
        "stated_total": bool(stated_total),
        "rate": rate,
        "cost_limit": bool(cost_limit),
        "purpose": None if cost_limit else about,
        "quote": quote,
        "checked": checked,
        "counted": why is None,
        "why": why,
    }


def describe(money: Mapping[str, Any]) -> str:
    """One amount as a journalist would write it: '≈ £10m this year (Violence Against Women and Girls)'."""
    text = ("≈ " if money["approximate"] else "") + money_text(money["gbp"])
    if money["rate"]:
        text += f" per {money['rate']}"
    elif money["per"]:
        text += f" a {money['per']}"
    period = money["period"]
    if period and money["per"]:
        text += f", {short_period(period)}"
    elif period and ONE_YEAR.fullmatch(period):
        text += f" in {period}"  # "£8,000 in 2022-23"
    elif period:
        text += f" {period}" if period.endswith(" year") else f", {period}"  # "≈ £10m this year"
    notes = [n for n in (money["purpose"], "stated total" if money["stated_total"] else None, money["why"]) if n]
    return text + (f" ({'; '.join(notes)})" if notes else "")


def _newest_per_body(replies: Iterable[Row]) -> tuple[set[int], Counter[str]]:
    """The document ids of each body's newest reply (by reply date, then id), and how many each sent."""
    newest: dict[str, Row] = {}
    sent: Counter[str] = Counter()
    for reply in replies:
        sent[reply["body"]] += 1
        best = newest.get(reply["body"])
        if best is None or (reply["response"] or "", reply["document_id"]) > (
            best["response"] or "",
            best["document_id"],
        ):
            newest[reply["body"]] = reply
    return {reply["document_id"] for reply in newest.values()}, sent


def _mark_latest(rows: list[Row], newest: set[int], sent: Counter[str]) -> list[Row]:
    """Mark each body's newest reply and say how many it sent; a body's rows together, newest first."""
    for row in rows:
        row["latest"] = row["document"] in newest
        row["replies"] = sent[row["body"]]
    newest_first = sorted(rows, key=lambda r: (r["response"] or "", r["document"]), reverse=True)
    return sorted(newest_first, key=lambda r: r["body"])


def _add_unanswered(db: Database, groups: list[Group], request_id: int, today: date | None) -> None:
    from foitrack.tracking import request_status

    group = next((g for g in groups if g.request_id == request_id), None)
    if group is None:
        return
    answered = {r["body"] for r in group.rows}
    for state in request_status(db, request_id, today or date.today()):
        if state["body"] in answered or state["replied"]:
            continue
        status = "overdue" if state["overdue"] else "awaiting"
        cell = {"answer": status, "value": None, "quote": "", "section": None, "amounts": [], "due": state["due"]}
        row: Row = {"body": state["body"], "status": status, "document": None, "file": None, "response": None}
        row.update({key: dict(cell) for key in group.columns})
        row.update(latest=True, replies=0, due=state["due"])
        group.rows.append(row)
        for key in group.columns:
            group.counts.setdefault(key, Counter())[status] += 1


# ---------------------------------------------------------------- money: like with like


def asked_years(question: str) -> list[str]:
    """The years a question asks about, in order: "2021-22, 2022-23 and 2023-24"."""
    years = sorted({normal_year(y) for y in YEAR_TOKEN.findall(question)} - {""})
    return [y for y in years if " to " not in y]


def question_money(group: Group, key: str) -> QuestionMoney | None:
    """Each latest reply's figure for one question, per period, and the totals that are honest.

    Rules: a stated total stands for its period and is never added to its parts; rates and cost
    limits are never summed; figures from an answer that says none/not held are shown, not counted;
    a yearly figure with no year counts for each year asked; a stated total with no period covers
    the years asked; each period is totalled on its own, and figures that do not say their year,
    or say "this year", are not totalled across bodies.
    """
    cells = [(i, row[key]) for i, row in enumerate(group.rows) if row.get(key) and row[key]["amounts"]]
    if not cells:
        return None
    years = asked_years(group.questions.get(key, ""))
    whole = f"{years[0]} to {years[-1]}" if len(years) > 1 else None
    by_row: dict[int, dict[str, Sum]] = {}
    notes: list[str] = []
    for i, cell in cells:
        row = group.rows[i]
        if not row.get("latest", True):
            continue
        spread: dict[str, list[Row]] = {}
        for money in cell["amounts"]:
            if not money["counted"]:
                notes.append(f"{row['body']} ({row['file']}): {describe(money)}")
                continue
            for period in _periods_of(money, years, whole):
                spread.setdefault(period, []).append(money)
        by_row[i] = {period: _row_sum(found) for period, found in spread.items()}
        if any(m["stated_total"] for m in cell["amounts"] if m["counted"]):
            notes.append(f"{row['body']}: its stated total is shown as given, not added to its parts")
    periods = _ordered_periods({p for sums in by_row.values() for p in sums} | set(years if whole else ()))
    totals, why = _period_totals(by_row, periods)
    return QuestionMoney(periods, by_row, totals, list(dict.fromkeys(notes + why)))


def _period_totals(by_row: Mapping[int, Mapping[str, Sum]], periods: Sequence[str]) -> tuple[dict[str, Sum], list[str]]:
    """A total per period over the replies that gave a figure for it, and why some are missing.

    Figures that do not say their year, or say "this year", are not totalled across replies.
    """
    totals: dict[str, Sum] = {}
    notes: list[str] = []
    given: dict[str, list[Sum]] = {period: [] for period in periods}
    for sums in by_row.values():  # one pass over the rows, not one per period
        for period, found_sum in sums.items():
            given.setdefault(period, []).append(found_sum)
    for period in periods:
        found = given[period]
        if period == UNDATED or period.endswith(" year"):
            if len(found) > 1:
                notes.append(f"no total for figures of '{period}': they may not cover the same year")
            continue
        if found:
            totals[period] = Sum(
                sum((s.gbp for s in found), Decimal(0)),
                approximate=any(s.approximate for s in found),
                per=found[0].per if all(s.per == found[0].per for s in found) else None,
                parts=len(found),
            )
    if len(totals) > 1:
        notes.append("each period is totalled on its own: years are never added to each other")
    return totals, notes


def _periods_of(money: Row, years: list[str], whole: str | None) -> list[str]:
    period = money["period"]
    if period:
        return [period]
    if money["stated_total"] and whole:
        return [whole]
    if money["per"] == "year" and years:
        return years
    if len(years) == 1:  # a question about one year: its figures are for that year
        return years
    return [UNDATED]


def _row_sum(found: list[Row]) -> Sum:
    """A body's figure for one period: its stated total if it gives one, else the sum of its figures."""
    if len(found) == 1:  # most periods: one figure, the same Sum without the sets and generators
        (m,) = found
        mark = m.get("checked")
        return Sum(
            Decimal(0) + m["gbp"],  # as sum() makes it (an exponent of 0 or less: 1E+3 becomes 1000)
            approximate=bool(m["approximate"]),
            per=m["per"],
            parts=1,
            stated_total=bool(m["stated_total"]),
            purpose=m["purpose"] or None,
            checked=("corrected" if mark == "corrected" else "verified") if mark else None,
        )
    stated = [m for m in found if m["stated_total"]]
    chosen = stated[-1:] or found
    purposes = {m["purpose"] for m in chosen if m["purpose"]}
    pers = {m["per"] for m in chosen}
    return Sum(
        sum((m["gbp"] for m in chosen), Decimal(0)),
        approximate=any(m["approximate"] for m in chosen),
        per=pers.pop() if len(pers) == 1 else None,
        parts=len(chosen),
        stated_total=bool(stated),
        purpose=purposes.pop() if len(purposes) == 1 else None,
        checked=_checked_all(m.get("checked") for m in chosen),
    )


def _checked_all(marks: Iterable[str | None]) -> str | None:
    """'corrected' if a person checked every one and corrected any, 'verified' if they verified all, else None."""
    found = list(marks)
    if not found or not all(found):
        return None
    return "corrected" if "corrected" in found else "verified"


def _ordered_periods(periods: set[str]) -> list[str]:
    """Single years first (in order), then stretches of years, relative years, and undated last."""

    def order(period: str) -> tuple[int, str]:
        if period == UNDATED:
            return (3, period)
        if ONE_YEAR.fullmatch(period):
            return (0, period)
        if period.endswith(" year"):
            return (2, period)
        return (1, period)

    return sorted(periods, key=order)


def chart_series(group: Group) -> list[tuple[str, str, list[tuple[str, Sum]]]]:
    """What a chart may plot: per question, the one period most replies gave a figure for (ties:
    the latest), one bar per body that gave it. (question key, period, [(body, sum)]).

    Figures that do not say their period are charted (as "not stated") only when no period
    has more of them; "this year" never is: each reply's year is its own.
    """
    series = []
    for key, money in group.money.items():
        chartable = [p for p in money.periods if p in money.totals or p == UNDATED]  # never "this year"
        coverage = Counter({p: sum(1 for sums in money.by_row.values() if p in sums) for p in chartable})
        if not coverage:
            continue
        best = max(coverage.values())
        tied = [p for p in money.periods if coverage.get(p) == best]
        period = ([p for p in tied if p != UNDATED] or tied)[-1]
        bars = [(group.rows[i]["body"], sums[period]) for i, sums in money.by_row.items() if period in sums]
        bars = [(body, s) for body, s in bars if s.gbp]
        if bars:
            series.append((key, period, bars))
    return series


def _natural_key(key: str) -> tuple[int, str]:
    digits = re.match(r"\d+", key)
    return (int(digits.group()) if digits else 10_000, key)


# ---------------------------------------------------------------- flat rows for CSV / JSON


def sources(db: Database, comparison: Comparison) -> list[Row]:
    """The documents a comparison draws on: id, file, body and response date."""
    ids = [row["document"] for row in comparison.rows if row.get("document")]
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    return list(db.query(f"SELECT id, file FROM documents WHERE id IN ({marks}) ORDER BY id", ids))


def cell_text(cell: Mapping[str, Any] | None) -> str:
    """'provided: 45000', 'refused: s12' style text for one answer cell; '' when the body gave none."""
    if not cell:
        return ""
    detail = cell.get("section") or cell.get("value")
    if cell.get("due"):
        detail = f"due {cell['due']}"
    return f"{cell['answer']}: {detail}" if detail else str(cell["answer"])


def flat_rows(comparison: Comparison, *, quotes: bool = False) -> list[Row]:
    """The comparison as flat rows for CSV/JSON: a row per reply, then a total row per group.

    Columns: the group (request) and its number, the body, status, whether it is the body's
    latest reply, document and file; per question `qN` (the class and section or value),
    `qN checked` (verified, corrected or ''), with quotes `qN quote` and `qN confidence`,
    and for a question with money `qN money` (each amount described), `qN money checked`
    (a mark per amount, '-' for none) and `qN PERIOD` per period.
    With several groups the question columns are prefixed by the group's number ("2.q3").
    """
    flat: list[Row] = []
    many = len(comparison.groups) > 1
    for number, group in enumerate(comparison.groups, start=1):
        prefix = f"{number}." if many else ""
        columns = [_FlatColumns.of(prefix, key, group.money.get(key)) for key in group.columns]
        for i, row in enumerate(group.rows):
            out: Row = {
                "group": number,
                "request": group.title,
                "body": row["body"],
                "status": row.get("status", "replied"),
                "latest": row.get("latest", True),
                "replies": row.get("replies", 1),
                "document": row["document"],
                "file": row.get("file"),
                "response": row["response"],
            }
            if not group.columns:  # a whole refusal or a scan, no question read
                out["section"] = row.get("section")
            for names in columns:
                names.fill(out, row.get(names.key), i, quotes)
            flat.append(out)
        flat.append(_total_row(group, number, prefix))
    return flat


@dataclass(frozen=True)
class _FlatColumns:
    """One question's flat column names in a group ("2.q3", "2.q3 checked" ...), named once per group."""

    key: str
    answer: str
    names: dict[str, str]
    """The other columns' names by what they hold: checked, quote, confidence, money, money checked."""
    money: QuestionMoney | None
    periods: dict[str, str]
    """Each period of the question's money (in order) with its column name."""
    no_sums: dict[str, None]
    """Each period's column, empty: a row's sums are filled in over it."""
    unanswered: tuple[Row, Row]
    """All the cells of a row that did not answer the question, in column order (without, with quotes)."""

    @classmethod
    def of(cls, prefix: str, key: str, money: QuestionMoney | None) -> _FlatColumns:
        answer = f"{prefix}q{key}"
        names = {n: f"{answer} {n}" for n in ("checked", "quote", "confidence", "money", "money checked")}
        periods = {p: f"{answer} {p}" for p in (money.periods if money else ())}
        no_sums: dict[str, None] = dict.fromkeys(periods.values())
        unanswered = []
        for quotes in (False, True):
            blank: Row = {answer: "", names["checked"]: ""}
            if quotes:
                blank.update({names["quote"]: None, names["confidence"]: None})
            if money is not None:
                blank.update({names["money"]: "", names["money checked"]: ""}, **no_sums)
            unanswered.append(blank)
        return cls(key, answer, names, money, periods, no_sums, (unanswered[0], unanswered[1]))

    def fill(self, out: Row, cell: Row | None, i: int, quotes: bool) -> None:
        """Put this question's cells of the i-th row of its group into `out`."""
        if not cell:  # most of a wide group's cells: a row with no answer has no sums either
            out.update(self.unanswered[quotes])
            return
        names = self.names
        out[self.answer] = cell_text(cell)
        out[names["checked"]] = (cell or {}).get("checked") or ""
        if quotes:
            out[names["quote"]] = cell["quote"] if cell else None
            out[names["confidence"]] = cell.get("confidence") if cell else None
        if self.money is None:
            return
        found_money = (cell or {}).get("amounts", [])
        out[names["money"]] = "; ".join(describe(m) for m in found_money)
        marks = [m.get("checked") for m in found_money]
        out[names["money checked"]] = "; ".join(c or "-" for c in marks) if any(marks) else ""
        out.update(self.no_sums)  # every period's column, in period order, most of them empty
        for period, found in self.money.by_row.get(i, {}).items():
            out[self.periods[period]] = _number(found.gbp)


def _total_row(group: Group, number: int, prefix: str) -> Row:
    out: Row = {"group": number, "request": group.title, "body": "total", "status": "total"}
    notes = []
    for key in group.columns:
        money = group.money.get(key)
        if money is None:
            continue
        for period in money.periods:
            total = money.totals.get(period)
            out[f"{prefix}q{key} {period}"] = _number(total.gbp) if total else None
            if total and total.approximate:
                notes.append(f"q{key} {period} is approximate")
        notes += money.notes
    out["notes"] = "; ".join(notes)
    return out


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# ---------------------------------------------------------------- what a person has checked (m007)


def unverified_cells(comparison: Comparison) -> tuple[int, int]:
    """(answer cells nobody has checked, all answer cells) of a comparison's replies.

    Only cells read from a reply's answers count: a whole-request refusal, a scan and a body
    yet to reply have no answer a person could check.
    """
    cells = [
        row[key]
        for group in comparison.groups
        for row in group.rows
        if row.get("status", "replied") == "replied"
        for key in group.columns
        if row.get(key)
    ]
    return sum(1 for cell in cells if not cell.get("checked")), len(cells)


def verified_only(comparison: Comparison) -> Comparison:
    """The comparison with only the answers and amounts a person has verified or corrected.

    In each group a cell keeps its checked amounts; a cell whose answer nobody checked shows
    as 'unverified' when some of its amounts were, and is dropped otherwise. A reply left with
    nothing checked is dropped, and so are whole-request refusals and scans (read by machine,
    with no answer a person checked); a body yet to reply (awaiting, overdue) keeps its row.
    Counts and money (sums, totals, notes) are worked out again from what is left, and a
    group left with no rows is dropped.
    """
    groups: list[Group] = []
    for group in comparison.groups:
        rows = [kept for row in group.rows if (kept := _verified_row(row, group.columns)) is not None]
        if not rows:
            continue
        columns = [key for key in group.columns if any(row.get(key) for row in rows)]
        kept_group = Group(
            columns=columns,
            questions={k: v for k, v in group.questions.items() if k in columns},
            rows=rows,
            title=group.title,
            request_id=group.request_id,
            hidden=group.hidden,
        )
        _count_and_sum(kept_group, with_money=bool(group.money))
        groups.append(kept_group)
    return Comparison(groups)


def _verified_row(row: Row, columns: Sequence[str]) -> Row | None:
    if row.get("status") in UNANSWERED:
        return row
    if row.get("status", "replied") != "replied":
        return None
    kept: Row = {k: v for k, v in row.items() if k not in columns}
    for key in columns:
        cell = row.get(key)
        if not cell:
            continue
        amounts = [m for m in cell.get("amounts", []) if m.get("checked")]
        if cell.get("checked"):
            kept[key] = {**cell, "amounts": amounts}
        elif amounts:
            kept[key] = {**cell, "answer": "unverified", "value": None, "section": None, "amounts": amounts}
    return kept if any(key in kept for key in columns) else None
