"""Tell a person's reply from the mail a machine sends: bounces, auto-replies, acknowledgements.

`mail_kind(headers, subject, body, has_files)` returns one of MAIL_KINDS or None (a reply).
Headers decide first, as mail software does (RFC 3834 Auto-Submitted, X-Failed-Recipients,
a multipart/report of delivery status, X-Autoreply, Precedence: auto_reply; a bare
"Auto-Submitted: auto-generated" only with the wording of an acknowledgement, since case
systems send real replies with it); wording in the
subject decides next; wording in the body only counts in a short message with no files
attached, because a real reply may well say "we acknowledge receipt of your request"
before answering it. An acknowledgement needs both the receipt and the promise of a
reply to come ("within 20 working days"), so a reply that thanks you for your request
stays a reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from foitrack.models import Extraction

MAIL_KINDS = ("bounce", "auto_reply", "acknowledgement")
SHORT_BODY = 2500
"""Body wording counts only in messages shorter than this (characters, quoted history included)."""

# "Mail delivery failed", "Undeliverable: FOI request", "Delivery Status Notification (Failure)" (as the
# subject opens: "FOI: parcel delivery failed complaints" is a request's subject)
BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:mail delivery (?:failed|failure|subsystem)|undeliverable|undelivered mail|delivery status notification"
    r"|returned mail|delivery (?:has )?failed|failure notice|could not be delivered|message not delivered)\b",
    re.IGNORECASE,
)
# "mailer-daemon@mx.example.org", "postmaster@example.org"
BOUNCE_SENDER = re.compile(r"\b(?:mailer-daemon|postmaster)@", re.IGNORECASE)
# "This message was created automatically by mail delivery software."
BOUNCE_BODY = re.compile(
    r"created automatically by mail delivery software|could not be delivered to one or more"
    r"|delivery to the following recipients? failed|permanent (?:fatal )?errors?|address(?:es)? failed",
    re.IGNORECASE,
)
# "Automatic reply: FOI", "Out of Office: ...", "Out of Office AutoReply: x", "Auto-Reply" (a prefix, not
# a topic: "Absence management" or "Out of office working policy" are requests' subjects)
AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto[- ]?reply|auto[- ]?response|out of (?:the )?office)\s*(?::|autoreply\b|$)",
    re.IGNORECASE,
)
# "I am out of the office until Monday", "I am currently on annual leave"
AUTO_REPLY_BODY = re.compile(
    r"\b(?:i am|i'm|i will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away from (?:the|my) office"
    r"|on (?:annual )?leave|on holiday|away until|not in the office)",
    re.IGNORECASE,
)
# "We acknowledge receipt of your request", "your request has been received/logged"
ACK_RECEIPT = re.compile(
    r"acknowledg(?:e|es|ing|ement of) (?:the )?receipt|(?:confirm|confirming) (?:the )?receipt"
    r"|(?:request|email|e-mail|enquiry) (?:has|was) (?:been )?(?:received|logged|registered)"
    r"|we (?:have )?received your (?:request|email|e-mail)|thank you for your (?:request|email|e-mail)",
    re.IGNORECASE,
)
# "within 20 working days", "we will respond by 3 May", "you should receive a response" (a promise with a time:
# "we will respond to the rest separately" in a short real reply is no acknowledgement)
ACK_PROMISE = re.compile(
    r"within (?:20|twenty) working days"
    r"|(?:will|aim to|shall|should) (?:respond|reply)\b[^.\n]{0,60}\b(?:within|by|no later than|promptly)\b"
    r"|(?:will|should) receive (?:a|our) (?:response|reply)|response (?:is )?due",
    re.IGNORECASE,
)
# "Acknowledgement: FOI 2024/123", "Request received"
ACK_SUBJECT = re.compile(r"^\s*(?:acknowledge?ment|receipt|request received)\b", re.IGNORECASE)


def mail_kind(headers: Mapping[str, str], subject: str, body: str, *, has_files: bool) -> str | None:
    """'bounce', 'auto_reply', 'acknowledgement' or None; `headers` has lower-case names.

    >>> mail_kind({"auto-submitted": "auto-replied"}, "Re: FOI", "I am on leave.", has_files=False)
    'auto_reply'
    >>> mail_kind({}, "Re: FOI", "Thank you for your request. We will respond within 20 working days.",
    ...           has_files=False)
    'acknowledgement'
    >>> mail_kind({}, "Re: FOI", "Thank you for your request. We will respond within 20 working days.",
    ...           has_files=True) is None
    True
    """
    if _is_bounce(headers, subject, body):
        return "bounce"
    short = len(body) < SHORT_BODY and not has_files
    generated = _automatic(headers, generated=True)
    if ACK_RECEIPT.search(body) and ACK_PROMISE.search(body) and (short or (generated and not has_files)):
        return "acknowledgement"
    if ACK_SUBJECT.search(subject) and short and ACK_PROMISE.search(body):
        return "acknowledgement"
    if _automatic(headers, generated=False) or AUTO_REPLY_SUBJECT.search(subject):
        return "auto_reply"
    if short and AUTO_REPLY_BODY.search(body):
        return "auto_reply"
    return None


def _is_bounce(headers: Mapping[str, str], subject: str, body: str) -> bool:
    content_type = headers.get("content-type", "").lower()
    if "x-failed-recipients" in headers or ("multipart/report" in content_type and "delivery-status" in content_type):
        return True
    if BOUNCE_SUBJECT.search(subject):
        return True
    return bool(BOUNCE_SENDER.search(headers.get("from", "")) and BOUNCE_BODY.search(body[:SHORT_BODY]))


def _automatic(headers: Mapping[str, str], *, generated: bool) -> bool:
    """RFC 3834 and the older headers auto-responders set.

    "Auto-Submitted: auto-replied" and the X-Autoreply family mark a reply made by a
    machine to a message. "auto-generated" (or any other value) only says a program sent it,
    which case-management systems also say of real replies: it counts only with the wording
    of an acknowledgement (`generated=True`).
    """
    submitted = headers.get("auto-submitted", "").strip().lower().split(";")[0].strip()
    precedence = headers.get("precedence", "").strip().lower()
    replied = (
        submitted == "auto-replied"
        or "x-autoreply" in headers
        or "x-autorespond" in headers
        or precedence == "auto_reply"
    )
    return replied or (generated and submitted not in ("", "no"))


def without_reply_findings(extraction: Extraction) -> Extraction:
    """What is left of an extraction for mail that is not a reply: who sent it, its reference
    and dates; never an outcome, answers, amounts or exemptions (a bounce quoting the request
    would otherwise answer it)."""
    return replace(extraction, outcome=None, answers=(), amounts=(), exemptions=())
