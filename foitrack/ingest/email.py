"""Read .eml messages with the standard library's `email` package (policy.default).

- Text: the body, preferring text/plain and falling back to HTML converted by html.py.
  A forwarded message (a message/rfc822 part) adds its headers and body after the outer
  body, under a "Forwarded message" line, up to MAX_NESTING levels deep.
- meta: from, to, date (as the header says), date_iso (ISO 8601 when the date parses),
  subject and message_id.
- Attachments: every non-body part of the message and of the messages it forwards, as
  models.Attachment, in the order they appear. Forwarded messages themselves are not
  returned as attachments (their text is already in the body, and their files are listed).
  Names are sanitised: a base name only, no path, no control characters, never empty.
- A delivery-failure bounce is just an email: its explanation is its body.
Only FoitrackErrors leave this module; a part that cannot be decoded becomes a warning.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from foitrack.errors import UnreadableFile
from foitrack.ingest.html import html_to_text
from foitrack.ingest.text import decode_text
from foitrack.models import Attachment, Document

MAX_NESTING = 3
MAX_NAME_LENGTH = 200
MAX_ATTACHMENTS = 200
"""Attachments read from one message at most (each becomes a document of its own)."""
MAX_PARTS = 2_000
"""MIME parts a message may have to be read at all (parsing 20,000 takes minutes)."""
_META_HEADERS = (("from", "From"), ("to", "To"), ("date", "Date"), ("subject", "Subject"), ("message_id", "Message-ID"))
_FORWARD_HEADERS = ("From", "To", "Date", "Subject")
# Machine-readable parts of bounces and receipts: neither body nor file.
_REPORT_PARTS = frozenset({"message/delivery-status", "message/disposition-notification", "text/rfc822-headers"})

# "From: a@b.org", "Received: from mx" (a header line at the top of a message)
HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]", re.MULTILINE)
# "Content-Type:" opening a line (one per MIME part, give or take)
CONTENT_TYPE_LINE = re.compile(rb"^content-type:", re.IGNORECASE | re.MULTILINE)
# "\x00", "\n" (characters that have no place in a file name)
NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class _Collected:
    """What a walk over a message gathers: body pieces, attachments, warnings."""

    bodies: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_email(path: Path, data: bytes) -> Document:
    """An .eml message as a Document with its attachments (see the module docstring)."""
    if (parts := len(CONTENT_TYPE_LINE.findall(data))) > MAX_PARTS:
        raise UnreadableFile(f"{parts:,} MIME parts, more than the {MAX_PARTS:,} read (a limit against hostile mail)")
    message = _parse(data)
    if not message.keys():
        raise UnreadableFile("not an email: no headers found")
    collected = _Collected()
    _collect(message, collected, depth=0)
    return Document(
        text="\n\n".join(body.strip("\n") for body in collected.bodies if body.strip()),
        kind="email",
        meta=_meta(message),
        attachments=tuple(collected.attachments),
        warnings=tuple(collected.warnings),
    )


def _parse(data: bytes) -> EmailMessage:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as error:  # noqa: BLE001 - the parser is lenient, but be sure
        raise UnreadableFile(f"malformed email: {type(error).__name__}: {error}") from None
    assert isinstance(message, EmailMessage)
    return message


def looks_like_email(data: bytes) -> bool:
    """True when the bytes open with mail headers (used to sniff files without a suffix)."""
    head = data[:4096]
    names = {match.group(0).split(b":")[0].lower() for match in HEADER_LINE.finditer(head)}
    return head[:1].isalpha() and b"from" in names and bool(names & {b"subject", b"date", b"to", b"received"})


def _meta(message: EmailMessage) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, name in _META_HEADERS:
        value = _header(message, name)
        if value:
            meta[key] = value
    iso = _iso_date(meta.get("date", ""))
    if iso:
        meta["date_iso"] = iso
    return meta


def _header(message: Message, name: str) -> str:
    """A header's decoded value, or its raw text when it is too malformed to decode."""
    try:
        value = message.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # noqa: BLE001 - malformed headers can raise from deep in the parser
        for key, raw in message.raw_items():
            if key.lower() == name.lower():
                return " ".join(str(raw).split())
        return ""


def _iso_date(value: str) -> str | None:
    """The ISO 8601 form of an RFC 2822 date, or None when it does not parse."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _collect(message: Message, collected: _Collected, depth: int) -> None:
    """Add the body of `message` and walk its parts for attachments and forwarded messages."""
    body = _body_part(message)
    collected.bodies.append(_part_text(body, collected) if body is not None else "")
    for part in _leaf_parts(message):
        if part is body or _is_alternative_body(part):
            continue
        if part.get_content_type() == "message/rfc822":
            _collect_forwarded(part, collected, depth)
        else:
            _add_attachment(part, collected)


def _body_part(message: Message) -> Message | None:
    if isinstance(message, EmailMessage):
        try:
            return message.get_body(preferencelist=("plain", "html"))
        except Exception:  # noqa: BLE001 - odd structures can trip get_body
            return None
    return None


def _leaf_parts(message: Message) -> list[Message]:
    """The non-container parts of a message, not descending into forwarded messages."""
    content_type = message.get_content_type()
    if content_type in _REPORT_PARTS:
        return []
    if content_type == "message/rfc822" or not message.is_multipart():
        return [message]
    leaves: list[Message] = []
    payload = message.get_payload()
    for part in payload if isinstance(payload, list) else []:
        if isinstance(part, Message):
            leaves.extend(_leaf_parts(part))
    return leaves


def _is_alternative_body(part: Message) -> bool:
    """A text/plain or text/html part that is an alternative body, not a file."""
    return (
        part.get_content_type() in {"text/plain", "text/html"}
        and part.get_filename() is None
        and part.get_content_disposition() != "attachment"
    )


def _collect_forwarded(part: Message, collected: _Collected, depth: int) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return
    if depth + 1 > MAX_NESTING:
        collected.warnings.append(f"forwarded message nested more than {MAX_NESTING} deep: not read")
        return
    headers = [f"{name}: {_header(inner, name)}" for name in _FORWARD_HEADERS if _header(inner, name)]
    collected.bodies.append("---------- Forwarded message ----------\n" + "\n".join(headers))
    _collect(inner, collected, depth + 1)


def _part_text(part: Message, collected: _Collected) -> str:
    """The text of a text/plain or text/html part; HTML is converted to text."""
    try:
        raw = part.get_payload(decode=True)
        data = raw if isinstance(raw, bytes) else b""
        text = _decode_part(data, part.get_content_charset())
        return html_to_text(text)[0] if part.get_content_type() == "text/html" else text
    except Exception as error:  # noqa: BLE001 - a bad body part is a warning, not a failure
        collected.warnings.append(f"email body could not be decoded: {type(error).__name__}: {error}")
        return ""


def _decode_part(data: bytes, charset: str | None) -> str:
    if charset:
        try:
            return data.decode(charset).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)[0] if data else ""


def _add_attachment(part: Message, collected: _Collected) -> None:
    if len(collected.attachments) >= MAX_ATTACHMENTS:
        note = f"more than {MAX_ATTACHMENTS} attachments: the rest were not read"
        if note not in collected.warnings:
            collected.warnings.append(note)
        return
    try:
        raw = part.get_payload(decode=True)
        content_type = part.get_content_type()
        name = safe_filename(part.get_filename(), content_type, len(collected.attachments) + 1)
    except Exception as error:  # noqa: BLE001 - a bad part is a warning, not a failure
        collected.warnings.append(f"attachment could not be decoded: {type(error).__name__}: {error}")
        return
    data = raw if isinstance(raw, bytes) else b""
    collected.attachments.append(Attachment(name=name, data=data, content_type=content_type))


def safe_filename(name: str | None, content_type: str | None, number: int) -> str:
    """A file name safe to show and store: base name only, no controls, never empty.

    >>> safe_filename("../../etc/passwd", None, 1)
    'passwd'
    >>> safe_filename(None, "application/pdf", 2)
    'attachment-2.pdf'
    """
    base = NAME_CONTROL.sub("", str(name or "")).replace("\\", "/").split("/")[-1].strip().lstrip(".").strip()
    extension = _extension_for(content_type)
    if not base:
        return f"attachment-{number}{extension}"
    if "." not in base and extension:
        base += extension
    if len(base) > MAX_NAME_LENGTH:
        stem, dot, suffix = base.rpartition(".")
        base = stem[: MAX_NAME_LENGTH - len(suffix) - 1] + dot + suffix if dot and len(suffix) < 10 else base[:200]
    return base


def _extension_for(content_type: str | None) -> str:
    if not content_type or content_type == "application/octet-stream":
        return ""
    return mimetypes.guess_extension(content_type, strict=False) or ""
