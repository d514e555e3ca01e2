"""References: the body's own reference for a request, from labels, the email subject or the title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foitrack.extract.reference import extract_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: FOI-12345\nDear Mr Hill,", "FOI-12345"),
        ("Our reference: 2024/0091.\nThank you for your request.", "2024/0091"),
        ("Your ref: ABC/77\nOur ref: FOI 5521\n", "FOI 5521"),
        ("Your ref: ABC/77\nDear Ms Lowe,", None),
        ("Thank you for your request, FOI 1234, about parking.", "FOI 1234"),
        ("Request reference FOI2024/00137 has been answered.", "FOI2024/00137"),
        ("FOI Request 101003841254\nHousing repairs", "101003841254"),
        ("Request 101003841254\n1. How many repairs?", "101003841254"),
        ("Case reference: CR-2023-0456\n", "CR-2023-0456"),
        ("Request ID: 88213\n", "88213"),
        ("Reference number\nRFI 4471\nDate received", "RFI 4471"),
        ("Reference number\nDate request received\n3 May 2024", None),
        ("Ref: F-2010-00325 |\nSubject: road salt", "F-2010-00325"),
        ("We have handled it as EIR 2024-123 under the Regulations.", "EIR 2024-123"),
        ("Case Number 5120\nRequest Date 01/02/2016", "5120"),
        ("FI20417\n\nRequest\nPlease provide", "FI20417"),
        ("Street lighting (77B/24)\nRequest", "77B/24"),
        ("Parking permits - 2231/19\nYou asked:", "2231/19"),
        ("Subject: Your request - HX/2024-0512 - more detail needed\nDear Ms Roe", "HX/2024-0512"),
        ("Bins - 2019-20 - Dear Ms Roe", None),
        ("Handled under the FOI Act 2000 and section 12.", None),
        ("Reference Number: \n\n\nRequest Date: 5 May 2024", None),
        ("Monday, 5 June 2024\nWe hold no information.", None),
        ("Spend in 2021/22 rose by 4%.\nCall 01632 960123.", None),
        ("Freedom of Information Request ID\nDate of response\nMarch 2023\n1. How many?", None),
        ("Freedom of Information Request: 0571\nPlease tell me about buses.", "0571"),
        ("FOI Request 4408 - Bus lane fines\nDear Ms Roe", "4408"),
        ("Your FOI request 2024 was about buses.", None),
        ("T 028 9032 1100\nF 028 9032 1199\nDear Sir", None),
        ("FOI K118-23 - Road salt - p.pdf\nWe hold this.", "FOI K118-23"),
        ("We got 4 requests: 120 were about buses.", None),
        ("Subject: RE: your review [Ticket#2023051014000021]\nDear Ms Roe", "2023051014000021"),
        ("Subject: Your FOI request KB-FOI-4471 - street lights\nDear Ms Roe", "KB-FOI-4471"),
        ("Freedom of Information Request: ABC/FOI/2025/0311\nDear Sir", "ABC/FOI/2025/0311"),
        ("RESPONSE TO REQUEST HT-FOI-25-017\nDear Sir", "HT-FOI-25-017"),
        ("Please reply to this request:\nrequest-1234567-ab12cd34@example.org", None),
        ("Your FOI request about 12-month contracts was received.", None),
        ("Our ref: NWAS FOI 25-118\nDear Sir", "NWAS FOI 25-118"),
        ("Re: Freedom of Information Request - KCH FOI 2024/0412\nDear Sir", "KCH FOI 2024/0412"),
        ("RE FOI 2024/0412 - buses\nDear Sir", "FOI 2024/0412"),
        ("Reference number: 31/24/2208\nDear Sir", "31/24/2208"),
        ("Reference number: 05/06/2024\nDear Sir", None),
    ],
)
def test_extract_reference(text: str, expected: str | None) -> None:
    found = extract_reference(text)
    assert (found.value if found else None) == expected


def test_span_points_at_value() -> None:
    text = "Our ref: FOI-12345.\n"
    found = extract_reference(text)
    assert found is not None
    assert text[found.span.start : found.span.end] == "FOI-12345"


def test_subject_used_when_text_has_none() -> None:
    found = extract_reference("Dear Sir, please find our answer below.", {"subject": "RE: FOI 2024/318 - bins"})
    assert found is not None and found.value == "FOI 2024/318"


def test_text_label_beats_subject() -> None:
    found = extract_reference("Our ref: FOI-77\n", {"subject": "FOI 2024/318"})
    assert found is not None and found.value == "FOI-77"


@given(st.text())
def test_never_raises(text: str) -> None:
    extract_reference(text, {"subject": text[:30]})
