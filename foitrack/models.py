"""Plain data passed between foitrack's layers.

Readers produce a `Document`; the normaliser turns its text into the text every
extractor reads; extractors return findings that each carry a `Span` into that
normalised text, so any value can be traced back to the words it came from.
Everything here is a frozen dataclass: layers hand values on, they never mutate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

PAGE_BREAK = "\f"
"""Separates pages in a document's text (PDF pages, and nothing else)."""

CHECKED = "[x]"
UNCHECKED = "[ ]"
"""How a ticked and an unticked form checkbox read in normalised text."""

ANSWER_CLASSES = ("yes", "no", "none", "not_held", "refused", "not_applicable", "provided")
OUTCOMES = ("granted", "partial", "refused", "not_held")


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an email attachment), not yet read."""

    name: str
    data: bytes
    content_type: str | None = None


@dataclass(frozen=True)
class Document:
    """What a reader returns: the text of one file and what it learnt on the way.

    `text` is the raw text as read; pages are joined with PAGE_BREAK. `status` is
    "ok", or "needs_ocr" for a PDF with no text layer. `meta` holds format facts:
    for email `from`, `to`, `date`, `subject`; for PDF `title`, `author`; `encoding`
    for text files.
    """

    text: str
    kind: str
    page_count: int | None = None
    status: str = "ok"
    meta: dict[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """A stretch of a document's normalised text: [start, end) and the words there."""

    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of text[start:end], quote trimmed of surrounding white space."""
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        return cls(start + lead, end - trail, piece.strip())


@dataclass(frozen=True)
class AuthorityFinding:
    """The body that answered. `in_gazetteer` is False for a body found only by its form."""

    name: str
    kind: str | None
    nation: str | None
    in_gazetteer: bool
    signal: str
    span: Span | None = None
    score: float = 0.0


@dataclass(frozen=True)
class Reference:
    """The body's own reference for the request, e.g. "FOI 2024/00137"."""

    value: str
    span: Span


@dataclass(frozen=True)
class DateFinding:
    """A date (or a period from `value` to `end`) and what it is: response, request or period."""

    role: str
    value: date
    span: Span
    end: date | None = None


@dataclass(frozen=True)
class Amount:
    """A sum of money in pounds. `gbp_high` is the top of a range; `per` is year/month/week/one-off/None.

    `about` is what the reply says the money is for; `period` the year or stretch of time it covers
    ("2021-22", "March 2020 to March 2023", "this year"); `stated_total` marks a figure the reply gives
    as the total of others; `rate` the unit of a rate ("hour", "head"); `cost_limit` the section 12
    limit or an estimate of the cost of answering. `restated` marks the same sum given again in a
    bilingual reply's other language (each language prints it once). Rates, cost limits and restated
    sums are never summed.
    """

    text: str
    gbp: Decimal
    span: Span
    per: str | None = None
    gbp_high: Decimal | None = None
    approximate: bool = False
    about: str | None = None
    cost_limit: bool = False
    period: str | None = None
    stated_total: bool = False
    rate: str | None = None
    restated: bool = False


@dataclass(frozen=True)
class Answer:
    """One question of a reply with its answer, classified as one of ANSWER_CLASSES.

    `span` is the quote that carries the class; `text_span` the whole answer. `confidence` (0..1)
    is how likely the class is right (foitrack.lexicon.confidence); None when not computed.
    """

    label: str
    question: str
    answer: str
    value: str | None
    quote: str
    span: Span | None
    text: str = ""
    question_span: Span | None = None
    text_span: Span | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Exemption:
    """A provision relied on, written as SCHEMA.md does: "s40(2)", "eir-12(4)(a)", "foisa-s17"."""

    code: str
    act: str
    span: Span


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found in one document."""

    authority: AuthorityFinding | None = None
    reference: Reference | None = None
    request_date: DateFinding | None = None
    response_date: DateFinding | None = None
    periods: tuple[DateFinding, ...] = ()
    amounts: tuple[Amount, ...] = ()
    answers: tuple[Answer, ...] = ()
    exemptions: tuple[Exemption, ...] = ()
    outcome: str | None = None
    regime: str | None = None


@dataclass(frozen=True)
class Excluded:
    """A stretch of a document's normalised text kept and shown but left out of extraction.

    `kind` is "quoted" (earlier mail quoted below a reply), "signature" or "disclaimer".
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class PreparedFile:
    """A file read, normalised and extracted, ready to be stored in one transaction.

    `children` are the attachments of an email, prepared the same way; `excluded` the
    stretches of `text` the extractors did not read (quoted history, signatures, footers).
    """

    sha256: str
    file: str
    path: str
    size: int
    document: Document
    text: str
    extraction: Extraction
    authority_hint: str | None = None
    children: tuple[PreparedFile, ...] = ()
    excluded: tuple[Excluded, ...] = ()
