"""Build a synthetic FOI campaign for benchmarks: one reply per body, in mixed formats.

Each body gets one reply to one of a handful of invented requests. The reply is first
built as a format-neutral `Letter` (headings, paragraphs, question/answer pairs and
financial tables), then rendered as PDF (40%), DOCX (20%), EML with a PDF or DOCX
attachment (15%), TXT (15%) or HTML (10%). Replies carry 2-30 KB of text; PDFs run to
2-12 pages. Question layouts, answer classes (yes, no, not held, refused, figures),
amounts, dates, references and body names all vary, so extraction does real work.

Invariants:
- Deterministic: body i is built from `random.Random(f"{seed}:{i}")` alone, and PDF dates,
  DOCX zip timestamps, email boundaries and Message-IDs are fixed, so a rebuild gives
  byte-identical files whatever the order or the number of worker processes.
- Every word is invented here; bodies, people, places and amounts are fictional.
- Output: <out>/{pdf,docx,eml,txt,html}/NNNN-<slug>.<ext> plus <out>/manifest.json
  (one entry per file: path, format, pages, body, bytes of text). A format set (a longer
  batch of one format, for timing it) adds the next bodies of that format and <out>/<fmt>-<n>.json.

Run: .venv/bin/python bench/make_campaign.py --bodies 1000 --out bench/out/campaign-1000
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import docx
from fpdf import FPDF

GENERATOR_VERSION = 3
DEFAULT_SEED = 20240208
# Twenty slots: 8 PDF, 4 DOCX, 3 EML, 3 TXT, 2 HTML, interleaved so any prefix is mixed.
FORMAT_CYCLE = (
    "pdf",
    "docx",
    "txt",
    "pdf",
    "eml",
    "html",
    "pdf",
    "docx",
    "pdf",
    "txt",
    "pdf",
    "eml",
    "docx",
    "pdf",
    "html",
    "txt",
    "pdf",
    "eml",
    "pdf",
    "docx",
)
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "eml": ".eml", "txt": ".txt", "html": ".html"}
FIXED_STAMP = datetime(2024, 3, 1, 9, 0, 0, tzinfo=UTC)
ZIP_STAMP = (2024, 3, 1, 9, 0, 0)
CHARS_PER_PDF_PAGE = 2300

# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------

STEMS = (
    "Ash",
    "Bram",
    "Thorn",
    "Kings",
    "Mill",
    "Stan",
    "Wel",
    "Har",
    "Ald",
    "Bex",
    "Cald",
    "Dun",
    "Fen",
    "Gran",
    "Hol",
    "Lang",
    "Mar",
    "Pen",
    "Red",
    "Sel",
    "Wex",
    "Orm",
    "Tal",
    "Cray",
    "Elm",
    "Oak",
    "Brack",
    "Hazel",
    "Stour",
    "Wyn",
)
ENDINGS = ("field", "brook", "ham", "ford", "wick", "by", "ton", "chester", "mouth", "bridge", "leigh", "stead")
PREFIXES = ("", "North ", "South ", "East ", "West ", "Upper ", "Lower ", "Great ", "Little ")


@dataclass(frozen=True)
class BodyKind:
    """A kind of public body: how its name ends and how its letters refer to it."""

    suffix: str
    kind: str
    noun: str
    nation: str = "England"


KINDS = (
    BodyKind("District Council", "council", "the council"),
    BodyKind("Borough Council", "council", "the council"),
    BodyKind("County Council", "council", "the county council"),
    BodyKind("City Council", "council", "the city council"),
    BodyKind("Police", "police", "the force"),
    BodyKind("Fire and Rescue Service", "fire", "the service"),
    BodyKind("NHS Foundation Trust", "nhs", "the Trust"),
    BodyKind("Council", "council", "the council", "Scotland"),
    BodyKind("County Borough Council", "council", "the council", "Wales"),
)


@dataclass(frozen=True)
class Body:
    """One invented public body."""

    name: str
    kind: BodyKind
    place: str

    @property
    def slug(self) -> str:
        """The name as a file-name fragment: 'Ashford District Council' -> 'ashford-district-council'."""
        return "-".join(self.name.lower().replace("&", "and").split())


def body_for(index: int, seed: int) -> Body:
    """The index-th body; distinct indices give distinct names."""
    places = [s + e for s in STEMS for e in ENDINGS]
    combos = len(places) * len(KINDS)
    order = list(range(combos))
    random.Random(seed).shuffle(order)
    slot = order[index % combos]
    place = PREFIXES[(index // combos) % len(PREFIXES)] + places[slot // len(KINDS)]
    kind = KINDS[slot % len(KINDS)]
    if index >= combos * len(PREFIXES):
        place += f" {index // (combos * len(PREFIXES)) + 1}"
    return Body(f"{place} {kind.suffix}", kind, place)


# ---------------------------------------------------------------------------------------------
# The letter model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class QA:
    """A question and its answer; `style` picks the layout every renderer uses."""

    number: int
    part: str
    question: str
    answer: str
    style: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | QA | Table


@dataclass
class Letter:
    """A reply, before it is rendered to any file format."""

    body: Body
    title: str
    reference: str
    sent: date
    received: date
    blocks: list[Block] = field(default_factory=list)

    def text_size(self) -> int:
        """Rough characters of text, to size the letter."""
        return sum(len(render_block_text(b)) for b in self.blocks)


def qa_label(qa: QA) -> tuple[str, str]:
    """The question and answer lead-ins for a layout: ('Q1.', 'Answer:') and the like."""
    n, part = qa.number, qa.part
    match qa.style:
        case "q_dot":
            return f"Q{n}{part}.", "Answer:"
        case "sub":
            return f"{n}{part})", ""
        case "you_asked":
            return "You asked:", "Our response:"
        case "question_n":
            return f"Question {n}{part}:", "Response:"
        case _:
            return f"{n}{part}.", "-"


def render_block_text(block: Block) -> str:
    """One block as plain text (the TXT renderer, and the basis of the others)."""
    match block:
        case Heading(text):
            return text.upper() + "\n"
        case Para(text):
            return text + "\n"
        case QA() as qa:
            lead, reply = qa_label(qa)
            if qa.style == "numbered":
                return f"{lead} {qa.question} {reply} {qa.answer}\n"
            return f"{lead} {qa.question}\n{(reply + ' ') if reply else ''}{qa.answer}\n"
        case Table(header, rows):
            widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
            lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in (header, *rows)]
            return "\n".join(lines) + "\n"
    raise TypeError(block)


# ---------------------------------------------------------------------------------------------
# Wording
# ---------------------------------------------------------------------------------------------

TOPICS = {
    "slavery": "Modern slavery funding and leads",
    "potholes": "Pothole repairs and highway claims",
    "consultants": "Spending on consultants and agency staff",
    "housing": "Temporary accommodation placements",
    "cyber": "Cyber security incidents and spending",
    "charging": "Electric vehicle charging points",
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "slavery": [
        ("Does {noun} have a named lead or single point of contact for modern slavery?", "yesno"),
        ("Which team or department is that lead based in?", "team"),
        ("How much funding did {noun} allocate to modern slavery work in each financial year?", "money"),
        ("Does {noun} have a modern slavery strategy or action plan? If so, please send a copy.", "yesno"),
        ("How many staff completed modern slavery awareness training last year?", "count"),
    ],
    "potholes": [
        ("How many potholes were reported to {noun} in each of the last three years?", "count"),
        ("How much did {noun} spend on pothole repairs in each financial year?", "money"),
        ("How many compensation claims for vehicle damage were paid, and what was the total paid?", "count"),
        ("Which contractor carries out carriageway repairs?", "team"),
        ("Does {noun} publish a highway inspection policy?", "yesno"),
    ],
    "consultants": [
        ("What was the total spend on external consultants in each financial year?", "money"),
        ("How many agency workers were engaged on 31 March of each year?", "count"),
        ("What was the highest day rate paid to a single consultant?", "money"),
        ("Does {noun} have a policy on the use of interim managers?", "yesno"),
    ],
    "housing": [
        ("How many households were placed in temporary accommodation on the last day of each quarter?", "count"),
        ("How much was spent on bed and breakfast accommodation in each financial year?", "money"),
        ("Were any families placed outside the area? If so, how many?", "yesno"),
        ("Which officer is responsible for temporary accommodation procurement?", "team"),
    ],
    "cyber": [
        ("Has {noun} suffered a ransomware attack in the last five years?", "yesno"),
        ("Was any ransom paid?", "yesno"),
        ("What is the annual budget for cyber security in each financial year?", "money"),
        ("How many staff completed phishing awareness training?", "count"),
        ("Which team leads on cyber security?", "team"),
    ],
    "charging": [
        ("How many public electric vehicle charging points does {noun} operate?", "count"),
        ("How much grant funding has {noun} received for charging points in each financial year?", "money"),
        ("Does {noun} have an electric vehicle infrastructure strategy?", "yesno"),
        ("Who supplies and maintains the charging points?", "team"),
    ],
}

TEAMS = (
    "Community Safety",
    "Safeguarding Adults",
    "Highways and Transport",
    "Corporate Procurement",
    "Housing Options",
    "Digital Services",
    "Environmental Health",
    "Strategic Commissioning",
    "Policy and Partnerships",
    "Public Protection",
)
CONTRACTORS = ("Carrow Civils Ltd", "Marlpit Highways", "Tennant & Bray", "Lowmoor Surfacing", "Greyfell Energy")
EXEMPTIONS = (
    ("12", "the cost of finding and extracting it would exceed the appropriate limit"),
    ("40(2)", "it is the personal information of identifiable individuals"),
    ("43(2)", "release would be likely to prejudice commercial interests"),
    ("31(1)(a)", "release would be likely to prejudice the prevention or detection of crime"),
    ("21", "the information is reasonably accessible to you by other means"),
)
FILLER = (
    "To answer this request we searched the finance system, the {team} team's shared drive and the "
    "minutes of the {board} for the period you named.",
    "The figures below come from the general ledger as at {day} and may differ slightly from those in "
    "the published statement of accounts because of late adjustments.",
    "{Noun} works with neighbouring bodies through the {board}, which meets every {period} and publishes "
    "its minutes on its website.",
    "Spending on this work is not held in a single cost centre, so officers in {team} have compiled the "
    "totals from invoices and staff timesheets.",
    "Where a figure is marked as an estimate it has been rounded to the nearest thousand pounds.",
    "Staff time is not recorded against individual activities, so the cost of officers who spend part of "
    "their week on this work is not included.",
    "The {team} team was restructured in {month} {year}, and records from before that date are held "
    "in an archive that is only partly indexed.",
    "Please note that the {board} is a partnership body and is not itself a public authority for the "
    "purposes of the Act.",
    "Some of this information was published in a report to the {board} on {day}, and we have repeated "
    "the relevant figures here for convenience.",
    "We have interpreted your request as covering {noun} only and not the companies it owns or the "
    "partnerships it takes part in.",
    "The budget for {year} was set by the full council in February and was revised at the mid-year review in {month}.",
    "A total of {count} records were reviewed in preparing this response.",
    "Contract values quoted exclude VAT unless otherwise stated.",
    "Further context can be found in the annual report, which sets out how resources were allocated across "
    "{team} and related services.",
    "If you have any questions about this response, please contact the Information Governance team quoting "
    "the reference above.",
)
CLOSING = (
    "You are free to reuse this information under the Open Government Licence, unless a third party's "
    "rights are noted above.",
    "If you are unhappy with the way your request has been handled you may ask for an internal review "
    "within 40 working days of the date of this letter.",
    "If you remain dissatisfied after the review you can complain to the Information Commissioner, "
    "whose details are on the Commissioner's website.",
)
INTRO_ENDINGS = (
    "Our answers follow each of your questions.",
    "We have set out your questions below with our response to each.",
    "Please find our response below.",
)
BOARDS = ("Safer Communities Partnership", "Joint Scrutiny Panel", "Resources Committee", "Audit Board")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October", "November")
FIRST = ("Alex", "Sam", "Jo", "Priya", "Morgan", "Ewan", "Ffion", "Niamh", "Tariq", "Helen")
LAST = ("Rowan", "Ashby", "Kerrigan", "Oduya", "Pennock", "Maddox", "Quarrie", "Lisle", "Venn", "Doble")


def fill(rng: random.Random, template: str, body: Body) -> str:
    """A template with its slots filled in for one body."""
    return template.format(
        team=rng.choice(TEAMS),
        board=f"{body.place} {rng.choice(BOARDS)}",
        day=long_date(rng, date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))),
        period=rng.choice(("quarter", "two months", "six weeks")),
        noun=body.kind.noun,
        Noun=body.kind.noun[0].upper() + body.kind.noun[1:],
        month=rng.choice(MONTHS),
        year=rng.randint(2018, 2023),
        count=f"{rng.randint(40, 4000):,}",
    )


def long_date(rng: random.Random, day: date) -> str:
    """A date in one of the ways letters write them: '2 February 2024', '02/02/2024'..."""
    style = rng.randrange(4)
    if style == 0:
        return f"{day.day} {day:%B %Y}"
    if style == 1:
        return f"{day:%d/%m/%Y}"
    if style == 2:
        suffix = "th" if 10 < day.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {day:%B %Y}"
    return f"{day:%A} {day.day} {day:%B %Y}"


def financial_year(start: int, style: int) -> str:
    """'2021-22', '2021/22' or '2021/2022' for the year starting April `start`."""
    return (f"{start}-{(start + 1) % 100:02d}", f"{start}/{(start + 1) % 100:02d}", f"{start}/{start + 1}")[style]


def pounds(rng: random.Random, value: int) -> str:
    """An amount as replies write it: '£12,500', '£12.5k', '£1.2m', '12,500 pounds'."""
    if value >= 1_000_000 and rng.random() < 0.5:
        return f"£{value / 1_000_000:.1f}m"
    if value >= 10_000 and rng.random() < 0.15:
        return f"£{value / 1000:g}k"
    if rng.random() < 0.05:
        return f"{value:,} pounds"
    return f"£{value:,}"


# ---------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------


def money_answer(rng: random.Random, body: Body) -> tuple[str, Table]:
    """An answer giving amounts per financial year, and the table that goes with it."""
    first = rng.randint(2017, 2021)
    years = rng.randint(3, 5)
    style = rng.randrange(3)
    base = rng.choice((8_000, 25_000, 60_000, 250_000, 1_500_000))
    two_cols = rng.random() < 0.5
    rows = []
    total = 0
    for offset in range(years):
        budget = int(round(base * rng.uniform(0.7, 1.4), -2))
        total += budget
        row = [financial_year(first + offset, style), pounds(rng, budget)]
        if two_cols:
            row.append(pounds(rng, int(round(budget * rng.uniform(0.8, 1.1), -2))))
        rows.append(tuple(row))
    header = ("Financial year", "Budget", "Actual spend") if two_cols else ("Financial year", "Amount (£)")
    lead = rng.choice(
        (
            "The amounts for each year are set out in the table below.",
            f"Yes. In total {body.kind.noun} allocated around {pounds(rng, total)} over the period; "
            "the breakdown by year follows.",
            "Please see the table below, which gives the budget for each financial year.",
        )
    )
    return lead, Table(header, tuple(rows))


def plain_answer(rng: random.Random, kind: str, body: Body) -> str:
    """A yes/no, count or team answer, in varied words."""
    if kind == "yesno":
        if rng.random() < 0.6:
            return (
                rng.choice(("Yes.", "Yes -"))
                + " "
                + rng.choice(
                    (
                        f"{body.kind.noun[0].upper() + body.kind.noun[1:]} has a named officer in {rng.choice(TEAMS)}.",
                        "A copy is published on our website and is attached to this reply.",
                        f"This was agreed in {rng.choice(MONTHS)} {rng.randint(2019, 2023)}.",
                    )
                )
            )
        return (
            rng.choice(("No.", "No -"))
            + " "
            + rng.choice(
                (
                    "There is no separate document; the matter is covered by the corporate plan.",
                    "This is not something we currently do.",
                    f"However, {body.kind.noun} is reviewing its approach this year.",
                )
            )
        )
    if kind == "count":
        number = rng.choice((rng.randint(3, 90), rng.randint(100, 9_000)))
        return rng.choice((f"{number:,}.", f"There were {number:,} in the period.", f"Approximately {number:,}."))
    if kind == "team":
        return rng.choice(
            (
                f"The {rng.choice(TEAMS)} team.",
                f"{rng.choice(CONTRACTORS)} holds the contract.",
                f"The Head of {rng.choice(TEAMS)}.",
            )
        )
    raise ValueError(kind)


def withheld_answer(rng: random.Random, body: Body) -> str:
    """A 'not held' or 'refused' answer."""
    if rng.random() < 0.5:
        return rng.choice(
            (
                "Not held. We do not record this information.",
                f"{body.kind.noun[0].upper() + body.kind.noun[1:]} does not hold this information.",
                "This information is not held; no such record is kept.",
            )
        )
    section, reason = rng.choice(EXEMPTIONS)
    act = "the Freedom of Information (Scotland) Act 2002" if body.kind.nation == "Scotland" else "the Act"
    limit = "£600" if body.kind.nation == "Scotland" else "£450"
    extra = f" The appropriate limit is {limit}." if section == "12" else ""
    return f"Refused. This part is withheld under section {section} of {act} because {reason}.{extra}"


def answer_blocks(rng: random.Random, topic: str, body: Body) -> list[Block]:
    """The question/answer blocks (and any tables) of one reply."""
    style = rng.choice(("q_dot", "sub", "you_asked", "question_n", "numbered"))
    blocks: list[Block] = []
    for position, (question, kind) in enumerate(QUESTIONS[topic]):
        number, part = position + 1, ""
        if style == "sub":  # 1a), 1b), 2a), 2b) ...
            number, part = position // 2 + 1, "ab"[position % 2]
        text = question.format(noun=body.kind.noun)
        table: Table | None = None
        if rng.random() < 0.15:
            answer = withheld_answer(rng, body)
        elif kind == "money":
            answer, table = money_answer(rng, body)
        else:
            answer = plain_answer(rng, kind, body)
        blocks.append(QA(number, part, text, answer, style))
        if table is not None:
            blocks.append(table)
    return blocks


# ---------------------------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------------------------


def build_letter(index: int, seed: int, target_chars: int) -> Letter:
    """The reply of body `index`: letterhead, answers, filler up to `target_chars`, closing."""
    rng = random.Random(f"{seed}:{index}:letter")
    body = body_for(index, seed)
    topic = rng.choices(list(TOPICS), weights=(4, 2, 2, 1, 1, 1))[0]
    received = date(2023, 1, 2) + timedelta(days=rng.randint(0, 600))
    sent = received + timedelta(days=rng.randint(5, 45))
    reference = rng.choice(("FOI-{y}-{n:04d}", "FOI/{yy}/{n:04d}", "Our ref: {n:06d}", "EIR {y}/{n}")).format(
        y=sent.year, yy=sent.year % 100, n=rng.randint(1, 9999)
    )
    letter = Letter(body, TOPICS[topic], reference, sent, received)
    letter.blocks += _letterhead(rng, letter)
    letter.blocks += answer_blocks(rng, topic, body)
    closing = [Para(text) for text in CLOSING] + [
        Para(f"Yours sincerely,\n{rng.choice(FIRST)} {rng.choice(LAST)}\nInformation Governance Officer")
    ]
    _pad(rng, letter, target_chars - sum(len(render_block_text(b)) for b in closing))
    letter.blocks += closing
    return letter


def _letterhead(rng: random.Random, letter: Letter) -> list[Block]:
    body = letter.body
    act = (
        "Freedom of Information (Scotland) Act 2002"
        if body.kind.nation == "Scotland"
        else "Freedom of Information Act 2000"
    )
    requester = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return [
        Heading(body.name),
        Para(f"{rng.choice(TEAMS)}, {rng.randint(1, 90)} {rng.choice(STEMS)} Street, {body.place}"),
        Para(f"{letter.reference}\nDate: {long_date(rng, letter.sent)}"),
        Para(f"Dear {requester},"),
        Heading(f"{act} - {letter.title}"),
        Para(
            f"Thank you for your request for information received on {long_date(rng, letter.received)}. "
            + rng.choice(INTRO_ENDINGS)
        ),
    ]


def _pad(rng: random.Random, letter: Letter, target_chars: int) -> None:
    """Add background and notes paragraphs until the letter reaches `target_chars`."""
    answers_at = next(i for i, b in enumerate(letter.blocks) if isinstance(b, QA))
    before: list[Block] = []
    after: list[Block] = []
    size = letter.text_size()
    while size < target_chars:
        sentences = " ".join(fill(rng, rng.choice(FILLER), letter.body) for _ in range(rng.randint(2, 6)))
        (before if rng.random() < 0.35 else after).append(Para(sentences))
        size += len(sentences) + 1
    if before:
        before.insert(0, Heading("Background"))
    if after:
        after.insert(0, Heading(rng.choice(("Notes", "Additional information", "Further context"))))
    letter.blocks[answers_at:answers_at] = before
    letter.blocks += after


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------


def render_txt(letter: Letter, rng: random.Random) -> bytes:
    """Plain text; one in five in Windows-1252, one in four with CRLF line ends."""
    text = "\n".join(render_block_text(b) for b in letter.blocks)
    if rng.random() < 0.25:
        text = text.replace("\n", "\r\n")
    return text.encode("cp1252" if rng.random() < 0.2 else "utf-8")


def render_html(letter: Letter, rng: random.Random) -> bytes:
    """A saved web page: navigation, a style block, the letter, a footer."""
    from html import escape

    parts = [
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{escape(letter.title)}</title>",
        "<style>body{font-family:sans-serif} td{padding:2px 8px}</style></head><body>",
        "<nav><a href='/'>Home</a> | <a href='/foi'>Disclosure log</a> | <a href='/contact'>Contact</a></nav>",
    ]
    for block in letter.blocks:
        parts.append(_html_block(block))
    parts.append(f"<footer>&copy; {escape(letter.body.name)}</footer></body></html>\n")
    return "\n".join(parts).encode("utf-8")


def _html_block(block: Block) -> str:
    from html import escape

    match block:
        case Heading(text):
            return f"<h2>{escape(text)}</h2>"
        case Para(text):
            return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
        case QA() as qa:
            lead, reply = qa_label(qa)
            return (
                f"<p><strong>{escape(lead)}</strong> {escape(qa.question)}</p>\n"
                f"<p>{('<strong>' + escape(reply) + '</strong> ') if reply else ''}{escape(qa.answer)}</p>"
            )
        case Table(header, rows):
            head = "".join(f"<th>{escape(c)}</th>" for c in header)
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
            return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    raise TypeError(block)


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def render_pdf(letter: Letter) -> tuple[bytes, int]:
    """A text PDF in core Helvetica (latin-1 has '£'); returns the bytes and the page count."""
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 22, 25)
    pdf.set_creation_date(FIXED_STAMP)
    pdf.set_title(_latin1(f"{letter.body.name} - {letter.title}"))
    pdf.set_author(_latin1(letter.body.name))
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for block in letter.blocks:
        _pdf_block(pdf, block)
    return bytes(pdf.output()), pdf.pages_count


def _pdf_block(pdf: FPDF, block: Block) -> None:
    match block:
        case Heading(text):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        case Para(text):
            pdf.set_font("Helvetica", "", 12)
            pdf.multi_cell(0, 6.5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        case QA() as qa:
            pdf.set_font("Helvetica", "", 12)
            pdf.multi_cell(0, 6.5, _latin1(render_block_text(qa).rstrip("\n")), new_x="LMARGIN", new_y="NEXT")
        case Table(header, rows):
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(width=150 if len(header) == 3 else 100, align="LEFT") as table:
                for row in (header, *rows):
                    cells = table.row()
                    for cell in row:
                        cells.cell(_latin1(cell))
    pdf.ln(2.5)


def render_docx(letter: Letter) -> bytes:
    """A Word file with a real table; zip entries and core properties carry fixed dates."""
    document = docx.Document()
    props = document.core_properties
    props.created = props.modified = FIXED_STAMP.replace(tzinfo=None)
    props.author = props.last_modified_by = letter.body.name
    props.title = letter.title
    for block in letter.blocks:
        match block:
            case Heading(text):
                document.add_heading(text, level=2)
            case Para(text):
                document.add_paragraph(text)
            case QA() as qa:
                lead, reply = qa_label(qa)
                question = document.add_paragraph()
                question.add_run(lead + " ").bold = True
                question.add_run(qa.question)
                answer = document.add_paragraph()
                if reply and qa.style != "numbered":
                    answer.add_run(reply + " ").bold = True
                answer.add_run(qa.answer)
            case Table(header, rows):
                table = document.add_table(rows=0, cols=len(header))
                table.style = "Table Grid"
                for row in (header, *rows):
                    for cell, value in zip(table.add_row().cells, row, strict=True):
                        cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(
                zipfile.ZipInfo(info.filename, ZIP_STAMP),
                source.read(info.filename),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()


def render_eml(letter: Letter, rng: random.Random, index: int) -> tuple[bytes, int]:
    """A short covering email with the reply attached as PDF or DOCX; returns bytes and PDF pages."""
    message = EmailMessage()
    domain = letter.body.slug.split("-")[0] + ".gov.uk"
    message["From"] = f"Information Governance <foi@{domain}>"
    message["To"] = f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}@example.org"
    message["Subject"] = f"RE: Freedom of Information request - {letter.title} [{letter.reference}]"
    message["Date"] = format_datetime(datetime(letter.sent.year, letter.sent.month, letter.sent.day, 14, 5, tzinfo=UTC))
    message["Message-ID"] = f"<bench-{index:06d}@{domain}>"
    message.set_content(
        f"Dear requester,\n\nPlease find attached our response to your request, reference {letter.reference}.\n\n"
        f"Kind regards,\nInformation Governance\n{letter.body.name}\n"
    )
    pages = 0
    stem = f"{letter.reference.replace('/', '-').replace(' ', '_').replace(':', '')}-response"
    if rng.random() < 0.6:
        data, pages = render_pdf(letter)
        message.add_attachment(data, maintype="application", subtype="pdf", filename=f"{stem}.pdf")
    else:
        message.add_attachment(
            render_docx(letter),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=f"{stem}.docx",
        )
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"==bench-{index:06d}-{number}==")
    return message.as_bytes(policy=SMTP), pages


# ---------------------------------------------------------------------------------------------
# The campaign
# ---------------------------------------------------------------------------------------------


def target_size(rng: random.Random, fmt: str) -> tuple[int, int]:
    """(characters of text, intended PDF pages) for one reply."""
    if fmt == "pdf":
        pages = rng.randint(2, 12)
        return int(pages * CHARS_PER_PDF_PAGE * rng.uniform(0.8, 0.95)), pages
    if fmt == "eml":
        pages = rng.randint(1, 4)
        return int(pages * CHARS_PER_PDF_PAGE * rng.uniform(0.8, 0.95)), pages
    return int(2000 * 15 ** rng.random()), 0  # log-uniform 2-30 KB


def build_reply(index: int, seed: int, out: Path) -> dict[str, object]:
    """Write body `index`'s reply under `out`; returns its manifest entry."""
    fmt = FORMAT_CYCLE[index % len(FORMAT_CYCLE)]
    rng = random.Random(f"{seed}:{index}:render")
    chars, _ = target_size(rng, fmt)
    letter = build_letter(index, seed, chars)
    pages = 0
    if fmt == "pdf":
        data, pages = render_pdf(letter)
    elif fmt == "docx":
        data = render_docx(letter)
    elif fmt == "eml":
        data, pages = render_eml(letter, rng, index)
    elif fmt == "txt":
        data = render_txt(letter, rng)
    else:
        data = render_html(letter, rng)
    path = out / fmt / f"{index:04d}-{letter.body.slug}{SUFFIX[fmt]}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {
        "path": str(path.relative_to(out)),
        "format": fmt,
        "pages": pages,
        "body": letter.body.name,
        "text_chars": letter.text_size(),
        "bytes": len(data),
    }


def format_indices(fmt: str, count: int) -> list[int]:
    """The first `count` body indices whose reply is in format `fmt`, past the campaign's own bodies if need be."""
    slots = [slot for slot, name in enumerate(FORMAT_CYCLE) if name == fmt]
    laps = -(-count // len(slots))
    return [lap * len(FORMAT_CYCLE) + slot for lap in range(laps) for slot in slots][:count]


def load_or_build_format_set(out: Path, fmt: str, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """`count` replies all in format `fmt`, the campaign's own first: a batch long enough to time one format."""
    manifest_path = out / f"{fmt}-{count}.json"
    key = [GENERATOR_VERSION, seed]
    if manifest_path.exists():
        saved = json.loads(manifest_path.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            return [out / path for path in saved["paths"]]
    entries = [build_reply(index, seed, out) for index in format_indices(fmt, count)]
    paths = [str(entry["path"]) for entry in entries]
    manifest_path.write_text(json.dumps({"key": key, "paths": paths}, indent=1), encoding="utf-8")
    return [out / path for path in paths]


def _build_chunk(args: tuple[range, int, str]) -> list[dict[str, object]]:
    indices, seed, out = args
    return [build_reply(i, seed, Path(out)) for i in indices]


def build_campaign(out: Path, bodies: int, seed: int = DEFAULT_SEED, jobs: int = 2) -> list[dict[str, object]]:
    """Write `bodies` replies and manifest.json under `out`; returns the manifest entries."""
    out.mkdir(parents=True, exist_ok=True)
    chunks = [(range(start, min(start + 25, bodies)), seed, str(out)) for start in range(0, bodies, 25)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        entries = [entry for chunk in pool.map(_build_chunk, chunks) for entry in chunk]
    manifest = {"generator_version": GENERATOR_VERSION, "seed": seed, "bodies": bodies, "files": entries}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return entries


def load_or_build(out: Path, bodies: int, seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """The campaign's manifest entries, building the campaign first if missing or stale."""
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (manifest.get("generator_version"), manifest.get("seed"), manifest.get("bodies")) == (
            GENERATOR_VERSION,
            seed,
            bodies,
        ):
            return list(manifest["files"])
    return build_campaign(out, bodies, seed)


def main() -> None:
    """Command line: build a campaign."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=1000, help="number of bodies (one reply each)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None, help="default: bench/out/campaign-<bodies>")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    out = args.out or Path(__file__).resolve().parent / "out" / f"campaign-{args.bodies}"
    entries = build_campaign(out, args.bodies, args.seed, args.jobs)
    pages = sum(int(str(e["pages"])) for e in entries if e["format"] == "pdf")
    print(f"{len(entries)} replies ({pages} PDF pages) in {out}")


if __name__ == "__main__":
    main()
