"""Read Outlook .msg messages with python-oxmsg (MIT licence; extract-msg is GPL, so not used).

The message becomes a Document of kind "email", like an .eml: its plain-text body (else its
HTML body as text), uuencoded files in the body decoded, its attachments stored by value
as attachments, and the same meta as email.py writes: from, to, date, date_iso (UK time),
subject, message_id, and mail_kind for a bounce, auto-reply or acknowledgement. An
attachment that is itself an Outlook message (embedded, not stored as a file) is named in
a warning, not read.
"""

from __future__ import annotations

import mimetypes
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from foitrack.errors import UnreadableFile
from foitrack.ingest.email import decode_encoded_words, safe_filename, uk_time
from foitrack.ingest.html import html_to_text
from foitrack.ingest.mailkind import mail_kind
from foitrack.ingest.uuencode import split_uuencoded
from foitrack.models import Attachment, Document

MAX_ATTACHMENTS = 2000
_PID_DISPLAY_TO = 0x0E04
_KIND_HEADERS = ("auto-submitted", "x-failed-recipients", "x-autoreply", "x-autorespond", "precedence", "content-type")


def read_msg(path: Path, data: bytes) -> Document:
    """An Outlook .msg message as a Document with its attachments."""
    from oxmsg import Message  # imported on first use

    try:
        message = Message.load(data)
        body, attachments, warnings = _body(message), *_attachments(message)
        meta = _meta(message)
    except ValueError as error:
        raise UnreadableFile(f"not a readable Outlook .msg file: {error}") from None
    body, files, uu_warnings = split_uuencoded(body)
    warnings += uu_warnings
    for found in files:
        name = safe_filename(found.name, None, len(attachments) + 1)
        attachments.append(Attachment(name, found.data, mimetypes.guess_type(name)[0]))
    kind = _mail_kind(message, meta, body, attachments)
    if kind:
        meta["mail_kind"] = kind
    return Document(
        text=body.strip("\n"), kind="email", meta=meta, attachments=tuple(attachments), warnings=tuple(warnings)
    )


def _body(message: Any) -> str:
    plain = message.body
    if plain and plain.strip():
        return str(plain).replace("\r\n", "\n").replace("\r", "\n").rstrip("\x00")
    html = message.html_body
    return html_to_text(str(html))[0] if html else ""


def _attachments(message: Any) -> tuple[list[Attachment], list[str]]:
    attachments: list[Attachment] = []
    warnings: list[str] = []
    for number, attachment in enumerate(message.attachments, start=1):
        if number > MAX_ATTACHMENTS:
            warnings.append(f"more than {MAX_ATTACHMENTS:,} attachments: the rest not read")
            break
        data = attachment.file_bytes
        name = safe_filename(attachment.file_name, None, number)
        if data is None:
            warnings.append(f"attachment {name}: an embedded Outlook item or a link, not read")
            continue
        content_type = attachment.mime_type
        if content_type == "application/octet-stream":
            content_type = mimetypes.guess_type(name)[0] or content_type
        attachments.append(Attachment(name, bytes(data), content_type))
    return attachments, warnings


def _meta(message: Any) -> dict[str, str]:
    headers = message.message_headers
    meta: dict[str, str] = {}
    sender = message.sender
    if sender:
        meta["from"] = " ".join(decode_encoded_words(str(sender)).split())
    to = headers.get("To") or message.properties.str_prop_value(_PID_DISPLAY_TO)
    if to:
        meta["to"] = " ".join(decode_encoded_words(str(to)).split())
    sent = message.sent_date
    if sent is not None:
        meta["date"] = format_datetime(sent)
        meta["date_iso"] = uk_time(sent).isoformat()
    if message.subject:
        meta["subject"] = " ".join(str(message.subject).split())
    if headers.get("Message-ID"):
        meta["message_id"] = str(headers["Message-ID"]).strip()
    return meta


def _mail_kind(message: Any, meta: dict[str, str], body: str, attachments: list[Attachment]) -> str | None:
    raw = {name.lower(): str(value) for name, value in message.message_headers.items()}
    headers = {name: raw[name] for name in _KIND_HEADERS if name in raw}
    headers["from"] = meta.get("from", "")
    files = [a for a in attachments if not (a.content_type or "").startswith("image/")]
    return mail_kind(headers, meta.get("subject", ""), body, has_files=bool(files))
