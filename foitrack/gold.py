"""Checked replies as a scoring set: each reply's text and its corrected fields, in the corpus SCHEMA.md shape.

`write_gold(db, folder)` writes NAME.txt (the text foitrack read, exactly as stored) and
NAME.gold.json (authority, dates, amounts, answers, exemptions, outcome, with every
correction applied) for each document with text. Scoring foitrack on that folder measures
how far a fresh extraction agrees with what people have checked: a folder of unchecked
replies scores 1.000 against the extractor that wrote it, and each correction shows as a
miss until the extractor learns it.

As SCHEMA.md asks, the labels describe only the text: a date foitrack read from an
email's headers is replaced by what the text alone gives (often null), and an authority
known from outside the text (the sender's address, --authority) is kept with
`"authority_from": "source"`; a value a person corrected is always kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from foitrack.db import export_records, get_document
from foitrack.errors import FoitrackError

Row = dict[str, Any]
# "Kent County Council.pdf" -> "kent-county-council"
SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class GoldSummary:
    """What was written: replies, how many of their fields a person checked, documents left out."""

    written: int
    checked_fields: int
    skipped: tuple[str, ...]


def _stem(file: str) -> str:
    name = Path(file).stem if "." in file else file
    return SLUG.sub("-", name.lower()).strip("-") or "document"


def gold_record(record: Row, stem: str, source: str | None) -> Row:
    """One export record in the shape of SCHEMA.md, with its check marks kept under `checked`."""
    gold: Row = {
        "id": stem,
        "source": source or record["file"],
        "family": None,
        "truncated": False,
        "authority": record["authority"],
        "authority_kind": record["authority_kind"],
        "reference": record["reference"],
        "dates": record["dates"],
        "amounts": [
            {"text": a["text"], "gbp": a["gbp"], "per": a["per"], "about": a["about"], "checked": a["checked"]}
            for a in record["amounts"]
        ],
        "answers": [
            {"q": a["q"], "answer": a["answer"], "value": a["value"], "quote": a["quote"], "checked": a["checked"]}
            for a in record["answers"]
        ],
        "exemptions": record["exemptions"],
        "outcome": record["outcome"],
        "checked": {k: v for k, v in record["checked"].items() if v},
    }
    return gold


def _outside_text(gold: Row, doc: Row) -> Row:
    """Leave out what foitrack read from outside the text (email headers, --authority), unless a person set it.

    SCHEMA.md labels only what is in the .txt file; an authority known from elsewhere is
    kept, marked `"authority_from": "source"`.
    """
    extraction = doc["extraction"]
    if extraction.get("authority") and not extraction.get("authority_quote"):
        if extraction.get("authority_checked") != "corrected":
            gold["authority_from"] = "source"
    outside = [
        row["role"]
        for row in doc["dates"]
        if row["role"] in gold["dates"] and not row["quote"] and row.get("checked") != "corrected"
    ]
    if outside:
        gold["dates"] = {**gold["dates"], **_dates_in_text(doc["text"] or "", outside)}
    return gold


def _dates_in_text(text: str, roles: list[str]) -> dict[str, str | None]:
    """The request and response dates the text alone gives (what SCHEMA.md labels), by role."""
    from foitrack.extract import extract_all

    found = extract_all(text)
    by_role = {"request": found.request_date, "response": found.response_date}
    return {role: (d.value.isoformat() if (d := by_role.get(role)) is not None else None) for role in roles}


def _checked_count(gold: Row) -> int:
    return len(gold["checked"]) + sum(1 for part in ("amounts", "answers") for item in gold[part] if item["checked"])


def write_gold(db: Database, folder: Path, on_file: Callable[[str], None] | None = None) -> GoldSummary:
    """Write NAME.txt and NAME.gold.json for every document with text into `folder`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FoitrackError(f"{folder}: cannot make the folder: {error.strerror or error}") from error
    used: set[str] = set()
    written, checked, skipped = 0, 0, []
    for record in export_records(db):
        doc = get_document(db, record["id"])
        text = doc["text"] or ""
        if record["status"] != "ok" or not text.strip():
            skipped.append(f"{record['file']}: {record['status']}, no text")
            continue
        stem = _unique(_stem(record["file"]), used)
        gold = _outside_text(gold_record(record, stem, doc["path"]), doc)
        _write(folder / f"{stem}.txt", text)
        _write(folder / f"{stem}.gold.json", json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        written += 1
        checked += _checked_count(gold)
        if on_file is not None:
            on_file(stem)
    return GoldSummary(written, checked, tuple(skipped))


def _unique(stem: str, used: set[str]) -> str:
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate)
    return candidate


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise FoitrackError(f"{path}: cannot write: {error.strerror or error}") from error
