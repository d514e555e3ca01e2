"""Read .eml messages with the standard library's `email` package (policy.default).

- Text: every inline text part, in the order a mail client shows them (so text after an
  inline picture is kept); of a multipart/alternative, the text/plain version, else the
  HTML one converted by html.py. A forwarded message (a message/rfc822 part) adds its
  headers and body after the outer body, under a "Forwarded message" line, up to
  MAX_NESTING levels deep. Charsets are read as mail clients read them (charset.py).
- Uuencoded files in a body ("begin 644 name.doc") are decoded into attachments and their
  blocks replaced by one line (uuencode.py); a TNEF winmail.dat is expanded into its files
  (and its body, when the message has none) by tnef.py.
- meta: from, to (encoded words decoded and joined as RFC 2047 says, with no stray space),
  date (as the header says), date_iso (ISO 8601 in UK local time, Europe/London, when the
  date parses), subject, message_id, and mail_kind for a bounce, auto-reply or
  acknowledgement (mailkind.py).
- Attachments: every non-body part of the message and of the messages it forwards, as
  models.Attachment, in the order they appear. Forwarded messages themselves are not
  returned as attachments (their text is already in the body, and their files are listed).
  Names are sanitised: a base name only, no path, no control characters, never empty.
Only FoitrackErrors leave this module; a part that cannot be decoded becomes a warning.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from dateutil import tz

from foitrack.errors import UnreadableFile
from foitrack.ingest.charset import decode_labelled
from foitrack.ingest.html import html_to_text
from foitrack.ingest.mailkind import mail_kind
from foitrack.ingest.tnef import expand_tnef
from foitrack.ingest.uuencode import split_uuencoded
from foitrack.models import Attachment, Document

MAX_NESTING = 3
UK_TIME = tz.gettz("Europe/London")
MAX_NAME_LENGTH = 200
MAX_ATTACHMENTS = 200
"""Attachments read from one message at most (each becomes a document of its own)."""
MAX_PARTS = 2_000
"""MIME parts a message may have to be read at all (parsing 20,000 takes minutes)."""
_META_HEADERS = (("from", "From"), ("to", "To"), ("date", "Date"), ("subject", "Subject"), ("message_id", "Message-ID"))
_FORWARD_HEADERS = ("From", "To", "Date", "Subject")
_ADDRESS_HEADERS = frozenset({"from", "to"})
_KIND_HEADERS = ("auto-submitted", "x-failed-recipients", "x-autoreply", "x-autorespond", "precedence", "content-type")
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
# Machine-readable parts of bounces and receipts: neither body nor file.
_REPORT_PARTS = frozenset({"message/delivery-status", "message/disposition-notification", "text/rfc822-headers"})

# "From: a@b.org", "Received: from mx" (a header line at the top of a message)
HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]", re.MULTILINE)
# "=?utf-8?q?J=C3=B6rg?=", "=?iso-8859-1?B?RnJhbudvaXM=?=" (RFC 2047 encoded words)
ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")
# the white space between two encoded words, which RFC 2047 says to drop
BETWEEN_ENCODED_WORDS = re.compile(r"(?<=\?=)[ \t\r\n]+(?==\?[^?\s]+\?[qQbB]\?)")
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
    parts: int = 0


def read_email(path: Path, data: bytes) -> Document:
    """An .eml message as a Document with its attachments (see the module docstring)."""
    if (parts := len(CONTENT_TYPE_LINE.findall(data))) > MAX_PARTS:
        raise UnreadableFile(f"{parts:,} MIME parts, more than the {MAX_PARTS:,} read (a limit against hostile mail)")
    message = _parse(data)
    if not message.keys():
        raise UnreadableFile("not an email: no headers found")
    collected = _Collected()
    _collect(message, collected, depth=0)
    meta = _meta(message)
    kind = _mail_kind(message, meta, collected)
    if kind:
        meta["mail_kind"] = kind
    return Document(
        text="\n\n".join(body.strip("\n") for body in collected.bodies if body.strip()),
        kind="email",
        meta=meta,
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
    """A header's decoded value, or its raw text when it is too malformed to decode.

    Address headers are decoded here rather than by the email package, whose address
    parser keeps the space between two encoded words ("Offi ce" for "Office").
    """
    try:
        if name.lower() in _ADDRESS_HEADERS:
            raw = _raw_header(message, name)
            return " ".join(decode_encoded_words(raw).split()) if raw is not None else ""
        value = message.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # noqa: BLE001 - malformed headers can raise from deep in the parser
        return " ".join((_raw_header(message, name) or "").split())


def _raw_header(message: Message, name: str) -> str | None:
    """A header's text as sent; raw 8-bit bytes (which the parser keeps as surrogates) decoded
    as UTF-8, else as detected."""
    for key, raw in message.raw_items():
        if key.lower() == name.lower():
            value = str(raw)
            if not value.isascii():
                value = decode_labelled(value.encode("utf-8", "surrogateescape"), None)
            return value
    return None


def decode_encoded_words(value: str) -> str:
    """RFC 2047 encoded words decoded; white space between two of them dropped, other text kept.

    >>> decode_encoded_words("Records =?utf-8?q?Offi?= =?utf-8?q?ce?= <a@example.org>")
    'Records Office <a@example.org>'
    >>> decode_encoded_words('"=?iso-8859-1?q?Fran=E7oise?=" <f@example.org>')
    '"Françoise" <f@example.org>'
    """
    if "=?" not in value:
        return value
    return ENCODED_WORD.sub(_decode_word, BETWEEN_ENCODED_WORDS.sub("", value))


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.group(1).split("*")[0], match.group(2).lower(), match.group(3)
    try:
        if encoding == "q":
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii"), header=True)
        else:
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return match.group(0)
    return decode_labelled(data, charset)


def _iso_date(value: str) -> str | None:
    """The ISO 8601 form of an RFC 2822 date in UK local time, or None when it does not parse.

    A reply sent at 00:30 BST is sent on that day in the UK, though it is still the day
    before in UTC; a date with no zone ("-0000") is taken as UTC.
    """
    if not value:
        return None
    try:
        return uk_time(parsedate_to_datetime(value)).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def uk_time(moment: datetime) -> datetime:
    """A moment in UK local time (Europe/London); one without a zone is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UK_TIME)


def _mail_kind(message: Message, meta: dict[str, str], collected: _Collected) -> str | None:
    headers = {name: _header(message, name) for name in _KIND_HEADERS if _raw_header(message, name) is not None}
    headers["from"] = meta.get("from", "")
    body = collected.bodies[0] if collected.bodies else ""
    files = [a for a in collected.attachments if not (a.content_type or "").startswith("image/")]
    return mail_kind(headers, meta.get("subject", ""), body, has_files=bool(files))


def _collect(message: Message, collected: _Collected, depth: int) -> None:
    """Add the body of `message` and walk its parts for attachments and forwarded messages."""
    start = len(collected.bodies)
    _walk(message, collected, depth)
    if len(collected.bodies) == start:
        collected.bodies.append("")  # a message with no text still has its place


def _walk(part: Message, collected: _Collected, depth: int) -> None:
    """Visit `part` as a mail client shows it: text inline in order, one alternative, the rest files."""
    collected.parts += 1
    if collected.parts > MAX_PARTS:
        if collected.parts == MAX_PARTS + 1:
            collected.warnings.append(f"more than {MAX_PARTS:,} parts: the rest of the email not read")
        return
    content_type = part.get_content_type()
    if content_type in _REPORT_PARTS:
        return
    if content_type == "message/rfc822":
        _collect_forwarded(part, collected, depth)
    elif part.is_multipart():
        children = [child for child in _children(part)]
        if content_type == "multipart/alternative" and children:
            children = [_best_alternative(children)]
        for child in children:
            _walk(child, collected, depth)
    elif _is_inline_text(part):
        _add_body(part, collected)
    elif content_type in _TNEF_TYPES or (part.get_filename() or "").lower() == "winmail.dat":
        _add_tnef(part, collected)
    else:
        _add_attachment(part, collected)


def _children(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [child for child in payload if isinstance(child, Message)] if isinstance(payload, list) else []


def _best_alternative(children: list[Message]) -> Message:
    """The version of a multipart/alternative to read: plain text, else HTML, else the richest."""
    for wanted in ("text/plain", "text/html"):
        for child in children:
            if child.get_content_type() == wanted and _is_inline_text(child):
                return child
    return next((child for child in children if child.is_multipart()), children[-1])


def _is_inline_text(part: Message) -> bool:
    """A text/plain or text/html part that is body text, not a file."""
    return (
        part.get_content_type() in {"text/plain", "text/html"}
        and part.get_filename() is None
        and part.get_content_disposition() != "attachment"
    )


def _add_body(part: Message, collected: _Collected) -> None:
    text = _part_text(part, collected)
    if part.get_content_type() == "text/plain":
        text, files, warnings = split_uuencoded(text)
        collected.warnings.extend(warnings)
        for number, found in enumerate(files, start=len(collected.attachments) + 1):
            name = safe_filename(found.name, None, number)
            collected.attachments.append(Attachment(name, found.data, mimetypes.guess_type(name)[0]))
    collected.bodies.append(text)


def _add_tnef(part: Message, collected: _Collected) -> None:
    """Expand a TNEF winmail.dat: its files become attachments, its body text when there is none."""
    raw = part.get_payload(decode=True)
    content = expand_tnef(raw if isinstance(raw, bytes) else b"")
    collected.warnings.extend(content.warnings)
    if content.body and not any(body.strip() for body in collected.bodies):
        collected.bodies.append(content.body)
    for name, data, content_type in content.files:
        collected.attachments.append(
            Attachment(safe_filename(name, None, len(collected.attachments) + 1), data, content_type)
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
        text = decode_labelled(data, part.get_content_charset())
        return html_to_text(text)[0] if part.get_content_type() == "text/html" else text
    except Exception as error:  # noqa: BLE001 - a bad body part is a warning, not a failure
        collected.warnings.append(f"email body could not be decoded: {type(error).__name__}: {error}")
        return ""


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
