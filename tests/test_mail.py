"""Mail as a mail client reads it: small messages written here, one per trap old mail sets.

Every message is built in the test (no corpus text): uuencoded files, TNEF winmail.dat,
mislabelled and unlabelled charsets, encoded sender names, UK time, inline part order,
bounces, auto-replies and acknowledgements.
"""

from __future__ import annotations

import base64
import binascii
import struct
from pathlib import Path

import pytest

from foitrack.ingest import read_document
from foitrack.ingest.email import read_email
from foitrack.ingest.text import decode_text


def _mail(headers: str, body: bytes) -> bytes:
    return headers.strip().replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n" + body


def _uuencode(data: bytes) -> str:
    lines = [binascii.b2a_uu(data[i : i + 45]).decode("ascii") for i in range(0, len(data), 45)]
    return "".join(lines) + "`\n"


HEAD = """From: Records Team <records@council.example>
To: asker@example.net
Subject: Re: Request 77 about potholes
Date: Mon, 04 Mar 2024 09:00:00 +0000"""


# ---------------------------------------------------------------- uuencode


def test_uuencoded_file_becomes_an_attachment_and_leaves_the_body() -> None:
    letter = b"Dear asker,\nWe hold no records of pothole claims for 2021.\n"
    body = "Our answer is in the file below.\n\nbegin 644 answer.txt\n" + _uuencode(letter) + "end\n\nRegards\n"
    document = read_email(Path("r.eml"), _mail(HEAD, body.encode("ascii")))
    assert [(a.name, a.data) for a in document.attachments] == [("answer.txt", letter)]
    assert "begin 644" not in document.text
    assert "M" * 10 not in document.text and "`" not in document.text
    assert "[uuencoded file answer.txt, 59 bytes, read as an attachment]" in document.text
    assert document.text.endswith("Regards")


def test_broken_uuencoded_block_is_left_in_the_text_with_a_warning() -> None:
    body = "begin 644 broken.bin\nM!!!!\nend\n"
    document = read_email(Path("r.eml"), _mail(HEAD, body.encode("ascii")))
    assert document.attachments == ()
    assert "begin 644 broken.bin" in document.text
    assert any("broken.bin" in w for w in document.warnings)


# ---------------------------------------------------------------- TNEF


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def tnef_blob(body: bytes, files: list[tuple[str, bytes]]) -> bytes:
    """A minimal TNEF stream as Outlook writes it: version, code page, body, then each file."""
    blob = struct.pack("<IH", 0x223E9F78, 1)
    blob += _tnef_object(1, 0x9006, 8, struct.pack("<I", 0x10000))  # attTnefVersion
    blob += _tnef_object(1, 0x9007, 6, struct.pack("<II", 1252, 0))  # attOemCodepage
    blob += _tnef_object(1, 0x800C, 2, body)  # attBody
    for name, data in files:
        blob += _tnef_object(2, 0x9002, 6, bytes(14))  # attAttachRendData opens an attachment
        blob += _tnef_object(2, 0x8010, 1, name.encode("ascii") + b"\x00")  # attAttachTitle
        blob += _tnef_object(2, 0x800F, 6, data)  # attAttachData
    return blob


def test_tnef_winmail_dat_is_expanded_into_its_files_and_body() -> None:
    blob = tnef_blob("Reply attached. Cost £5,000.".encode("cp1252"), [("answer.csv", b"year,spend\n2023,40\n")])
    message = (
        HEAD + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        "Content-Type: application/ms-tnef; name=winmail.dat\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=winmail.dat\n\n" + base64.encodebytes(blob).decode() + "--XX--\n"
    )
    document = read_email(Path("r.eml"), _mail(message, b""))
    assert [(a.name, a.data) for a in document.attachments] == [("answer.csv", b"year,spend\n2023,40\n")]
    assert "Reply attached. Cost £5,000." in document.text
    assert not any("binary" in w for w in document.warnings)


def test_tnef_of_too_many_attributes_is_refused_quickly() -> None:
    from foitrack.ingest.tnef import expand_tnef  # here, so the other tests run on code without it

    blob = tnef_blob(b"x", [("a.txt", b"a")]) + _tnef_object(2, 0x800F, 6, b"a") * 6000
    content = expand_tnef(blob)
    assert content.files == ()
    assert content.warnings == ("winmail.dat (TNEF) has more than 5,000 attributes: not read",)
    assert expand_tnef(b"not tnef at all").warnings[0].endswith("not a TNEF stream")


# ---------------------------------------------------------------- charsets


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO_8859-1", "latin1"])
def test_windows_1252_text_labelled_latin_1_keeps_dashes_quotes_and_pounds(label: str) -> None:
    body = "Spend in 2023\u201324 was \u00a35,000 \u2013 \u00a310,000 (\u201cestimated\u201d).\n"
    headers = HEAD + f"\nMIME-Version: 1.0\nContent-Type: text/plain; charset={label}"
    text = read_email(Path("r.eml"), _mail(headers, body.encode("cp1252"))).text
    assert text == body.strip()


def test_utf8_text_labelled_latin_1_is_read_as_utf8() -> None:
    body = "Budget \u00a312,000 for 2023\u201324.\n"
    headers = HEAD + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1"
    assert read_email(Path("r.eml"), _mail(headers, body.encode("utf-8"))).text == body.strip()


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        ("ご請求いただいた情報について、当機関では保有しておりません。ご了承ください。\n", "shift_jis"),
        ("ردا على طلبكم، نود إعلامكم بأن المعلومات المطلوبة غير متوفرة لدينا.\n", "cp1256"),
    ],
)
def test_unlabelled_non_european_part_is_detected_not_mojibake(body: str, encoding: str) -> None:
    headers = HEAD + "\nMIME-Version: 1.0\nContent-Type: text/plain"
    assert read_email(Path("r.eml"), _mail(headers, body.encode(encoding))).text == body.strip()


def test_utf8_with_one_bad_byte_stays_utf8() -> None:
    good = "Costs were \u00a34,500 and \u00a3900 in 2023\u201324. Caf\u00e9 budget: none.\n"
    data = good.encode("utf-8") + b"Stray byte here: \xa0.\n"
    text, encoding = decode_text(data)
    assert encoding == "utf-8"
    assert text.startswith(good) and "\u00c2" not in text
    headers = HEAD + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8"
    assert read_email(Path("r.eml"), _mail(headers, data)).text.startswith(good.strip())


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=?utf-8?q?Records_Offi?= =?utf-8?q?ce?= <r@council.example>", "Records Office <r@council.example>"),
        ("=?utf-8?b?Sm9o?=\r\n =?utf-8?b?bm55?= <j@council.example>", "Johnny <j@council.example>"),
        ('"=?iso-8859-1?q?Fran=E7oise_M=FCller?=" <f@council.example>', '"Françoise Müller" <f@council.example>'),
    ],
)
def test_encoded_sender_names_have_no_stray_space(raw: str, expected: str) -> None:
    data = ("From: " + raw + "\r\nSubject: x\r\nDate: Mon, 04 Mar 2024 09:00:00 +0000\r\n\r\nbody\r\n").encode()
    assert read_email(Path("r.eml"), data).meta["from"] == expected


def test_reply_date_is_taken_in_uk_time() -> None:
    headers = HEAD.replace("Mon, 04 Mar 2024 09:00:00 +0000", "Mon, 01 Jul 2024 23:30:00 +0000")
    document = read_document(Path("r.eml"), _mail(headers, b"Reply.\n"))
    assert document.meta["date_iso"] == "2024-07-02T00:30:00+01:00"


# ---------------------------------------------------------------- part order


def test_text_after_an_inline_attachment_is_kept_in_order() -> None:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(40)).decode()
    message = (
        HEAD + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
        "--XX\nContent-Type: text/plain; charset=utf-8\n\nPart one: question 1 yes.\n"
        "--XX\nContent-Type: image/png\nContent-Disposition: inline\nContent-Transfer-Encoding: base64\n\n"
        + png
        + "\n--XX\nContent-Type: text/plain; charset=utf-8\n\nPart two: question 2 no.\n--XX--\n"
    )
    document = read_email(Path("r.eml"), _mail(message, b""))
    assert document.text == "Part one: question 1 yes.\n\nPart two: question 2 no."
    assert [a.content_type for a in document.attachments] == ["image/png"]


# ---------------------------------------------------------------- bounces, auto-replies, acknowledgements


def test_bounce_by_failed_recipients_header() -> None:
    headers = (
        "From: Mail Delivery System <mailer-daemon@mx.example>\nTo: asker@example.net\n"
        "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: foi@council.example\n"
        "Date: Mon, 04 Mar 2024 09:00:00 +0000"
    )
    body = b"This message was created automatically by mail delivery software.\nThe request was refused.\n"
    assert read_email(Path("b.eml"), _mail(headers, body)).meta["mail_kind"] == "bounce"


def test_bounce_by_delivery_status_report() -> None:
    message = (
        "From: postmaster@mx.example\nTo: asker@example.net\nSubject: Returned\n"
        "Date: Mon, 04 Mar 2024 09:00:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=XX\n\n"
        "--XX\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
        "--XX\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        "Final-Recipient: rfc822; foi@council.example\nAction: failed\nStatus: 5.1.1\n--XX--\n"
    )
    document = read_email(Path("b.eml"), _mail(message, b""))
    assert document.meta["mail_kind"] == "bounce"
    assert "Reporting-MTA" not in document.text


@pytest.mark.parametrize(
    "extra",
    ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Autorespond: on", "Precedence: auto_reply"],
)
def test_auto_reply_by_header(extra: str) -> None:
    headers = HEAD + "\n" + extra
    body = b"Thank you for your message. I will read it on my return on 12 March.\n"
    assert read_email(Path("a.eml"), _mail(headers, body)).meta["mail_kind"] == "auto_reply"


def test_out_of_office_by_wording() -> None:
    headers = HEAD.replace("Re: Request 77 about potholes", "Out of Office: Request 77")
    body = b"I am out of the office until Monday with no access to email.\n"
    assert read_email(Path("a.eml"), _mail(headers, body)).meta["mail_kind"] == "auto_reply"
    # subjects that are a request's topic, not a machine's prefix
    for topic in ("Absence management: request 77", "Re: Out of office working policy", "Parcel delivery failed"):
        headers = HEAD.replace("Re: Request 77 about potholes", topic)
        assert "mail_kind" not in read_email(Path("a.eml"), _mail(headers, b"Q1. Yes.\n")).meta


def test_acknowledgement_by_wording() -> None:
    body = (
        b"We acknowledge receipt of your request for information, received on 1 March.\n"
        b"We will respond within 20 working days, by 28 March at the latest.\n"
    )
    assert read_email(Path("k.eml"), _mail(HEAD, body)).meta["mail_kind"] == "acknowledgement"
    # a reply that thanks you for the request and answers it stays a reply
    for body in (
        b"Thank you for your request. We acknowledge receipt and have now considered it.\n"
        b"Q1. Yes, we hold the information. The spend was 4,000 pounds.\n",
        b"Thank you for your request. Q1. Yes. We will respond to Q2 separately.\n",
    ):
        assert "mail_kind" not in read_email(Path("k.eml"), _mail(HEAD, body)).meta


def test_raw_8bit_sender_names_are_decoded_not_left_as_surrogates() -> None:
    data = "From: Jörg Müller <j@council.example>\r\nSubject: x\r\n\r\nbody\r\n".encode()
    assert read_email(Path("r.eml"), data).meta["from"] == "Jörg Müller <j@council.example>"
    data = "From: Jörg <j@council.example>\r\nSubject: x\r\n\r\nbody\r\n".encode("cp1252")
    assert read_email(Path("r.eml"), data).meta["from"] == "Jörg <j@council.example>"


def test_auto_generated_reply_with_its_answer_attached_stays_a_reply() -> None:
    message = (
        HEAD + "\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
        "--XX\nContent-Type: text/plain\n\nPlease find our response to your request attached.\n"
        "--XX\nContent-Type: text/plain; name=response.txt\nContent-Disposition: attachment; filename=response.txt\n\n"
        "Q1. Yes.\n--XX--\n"
    )
    assert "mail_kind" not in read_email(Path("r.eml"), _mail(message, b"")).meta
    inline = HEAD + "\nAuto-Submitted: auto-generated"
    assert "mail_kind" not in read_email(Path("n.eml"), _mail(inline, b"Q1. Yes.\nQ2. No.\n")).meta
