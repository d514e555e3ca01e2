"""Dates: parse_date, financial_year, and picking the request and response dates from short replies."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foitrack.extract.dates import extract_dates, financial_year, parse_date, quoted_history_start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 June 2024", date(2024, 6, 5)),
        ("5th June 2024", date(2024, 6, 5)),
        ("1st of March 2023", date(2023, 3, 1)),
        ("22nd Feb 2021", date(2021, 2, 22)),
        ("3rd Sept 2019", date(2019, 9, 3)),
        ("June 5, 2024", date(2024, 6, 5)),
        ("June 5 2024", date(2024, 6, 5)),
        ("March 23rd 2020", date(2020, 3, 23)),
        ("05/06/2024", date(2024, 6, 5)),
        ("5/6/2024", date(2024, 6, 5)),
        ("05.06.2024", date(2024, 6, 5)),
        ("18-09-2025", date(2025, 9, 18)),
        ("2024-06-05", date(2024, 6, 5)),
        ("2019-12-31", date(2019, 12, 31)),
        ("5 Jun 24", date(2024, 6, 5)),
        ("14.10.19", date(2019, 10, 14)),
        ("Monday, 5 June 2024", date(2024, 6, 5)),
        ("Wed 26 July 2023", date(2023, 7, 26)),
        ("Friday, 14 July, 2017", date(2017, 7, 14)),
        ("Tuesday, June 12, 2018", date(2018, 6, 12)),
        ("20th June 2012", date(2012, 6, 20)),
        ("31 December 1999", date(1999, 12, 31)),
        ("29 February 2024", date(2024, 2, 29)),
        ("5-Jun-2024", date(2024, 6, 5)),
        ("Sent: 7 May 2022 10:41", date(2022, 5, 7)),
        ("Our letter of 9 October 2020 refers.", date(2020, 10, 9)),
        ("Dated 01/02/2016 and signed", date(2016, 2, 1)),
        ("Reply sent 30 April 2021.", date(2021, 4, 30)),
        ("Fri 01 September 2023In accordance with", date(2023, 9, 1)),
        ("on 12th December 2017 a review met", date(2017, 12, 12)),
        ("the 2nd of January 2015", date(2015, 1, 2)),
        ("Nov 30, 2016", date(2016, 11, 30)),
        ("09/11/2001", date(2001, 11, 9)),
        ("1 Aug. 2014", date(2014, 8, 1)),
        # no whole date here
        ("section 40(2)", None),
        ("20 working days", None),
        ("£10 million", None),
        ("Room 12, 3 High Street", None),
        ("FOI/18/01775", None),
        ("call 01632 960123", None),
        ("2014-15", None),
        ("31/02/2024", None),
        ("11 January", None),
        ("March 2020", None),
        ("paragraph 3.5.1", None),
        ("1,234 requests in 2023", None),
        ("Q3 2024", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "start_year"),
    [
        ("2014-15", 2014),
        ("2014/15", 2014),
        ("2014/2015", 2014),
        ("2019-2020", 2019),
        ("FY19/20", 2019),
        ("FY 2019-20", 2019),
        ("fy2021/22", 2021),
        ("for the year 1999/00", 1999),
        ("spend in 2022/23 rose", 2022),
        ("2013-2016", None),
        ("2014-16", None),
        ("FOI/18/01775", None),
        ("21/12/2023", None),
        ("2019", None),
    ],
)
def test_financial_year(text: str, start_year: int | None) -> None:
    expected = (date(start_year, 4, 1), date(start_year + 1, 3, 31)) if start_year else None
    assert financial_year(text) == expected


def _roles(text: str, meta: dict[str, str] | None = None) -> dict[str, date]:
    """The request and response dates found, by role."""
    return {d.role: d.value for d in extract_dates(text, meta) if d.role != "period"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 5 June 2024\nDear Ms Green,\nThank you for your request.", {"response": date(2024, 6, 5)}),
        (
            "Date of response: 12/03/2021\nDate received: 15/02/2021",
            {"response": date(2021, 3, 12), "request": date(2021, 2, 15)},
        ),
        ("Response Date\n\nThursday, 8 April 2021\n", {"response": date(2021, 4, 8)}),
        ("Request 123456789\nResponse 18-09-2025\n1. Not held.", {"response": date(2025, 9, 18)}),
        ("Date issued: 03 August 2020 |\nSubject: staffing", {"response": date(2020, 8, 3)}),
        (
            "Published 12 May 2025\nReceived 14 April 2025",
            {"response": date(2025, 5, 12), "request": date(2025, 4, 14)},
        ),
        ("Housing data\n\nTuesday, 4 March 2025\n\nYou asked for figures.", {"response": date(2025, 3, 4)}),
        ("Last updated:\n30th November 2024\nSee earlier answers", {}),
        ("Date\n08/01/2026\nRequest", {}),
        ("Our ref: WB/123\nYour reference:\n\n9 June 2025\n\nDear Ms Wibble", {"response": date(2025, 6, 9)}),
        ("We received your request on 14 October 2023.", {"request": date(2023, 10, 14)}),
        ("Further to your email dated 02/11/2022, here is our answer.", {"request": date(2022, 11, 2)}),
        ("Date of request: 22.09.16.", {"request": date(2016, 9, 22)}),
        ("Thank you for your request of 11 January.", {}),
        ("The policy must be reviewed within 20 working days under section 10.", {}),
        ("Room 12, 3 High Street\nTel 01632 960123\nRef 2024/117", {}),
        ("In the period from 01 January 2014 to 11 December 2014, 10 children were referred.", {}),
    ],
)
def test_roles(text: str, expected: dict[str, date]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 20 March 2024\nThank you for your request of 2 March.", date(2024, 3, 2)),
        ("Date: 9 January 2024\nThank you for your request of 18 December.", date(2023, 12, 18)),
        ("Date: 22 April 2025\nRe your FOI of 7th April - the figures are:", date(2025, 4, 7)),
        ("Date: 21 October 2025\nThank you for your email of Monday 13th October, which", date(2025, 10, 13)),
        ("Date: 4 March 2025\nIn reply to your letter dated the tenth of February, I", date(2025, 2, 10)),
        (
            "Date: 9 October 2025\nYour letter, which was received at the office on 15th September, asked",
            date(2025, 9, 15),
        ),
    ],
)
def test_a_request_date_without_its_year_takes_the_year_before_the_response(text: str, expected: date) -> None:
    assert _roles(text)["request"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your email dated 8 May. We hold no records.",  # no response date to take the year from
        "Date: 20 March 2024\nThank you for your request of 2 August.",  # more than six months before the reply
        "Date: 20 March 2024\nOn 2 March you asked for the figures.",  # "On <day month>" opens too many sentences
        "Date: 20 March 2024\nThe email at Appendix 1 (see our response dated 5 March) is attached.",
    ],
)
def test_a_request_date_without_its_year_is_not_guessed_elsewhere(text: str) -> None:
    assert "request" not in _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sent: 12 May 2025 10:02\nThank you for your request for figures, which we received today.",
            date(2025, 5, 12),
        ),
        ("Date: 12 May 2025\nWe received your email today and will reply within 20 working days.", date(2025, 5, 12)),
        ("Date: 12 May 2025\nThank you for your request. The report we received today is attached.", None),
        ("Thank you for your request, which we received today.", None),  # no date of the reply to take
    ],
)
def test_a_request_received_today_is_dated_the_reply_s_day(text: str, expected: date | None) -> None:
    assert _roles(text).get("request") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 20 June 2025\nThe Trust received this request on 2 May 2025 and replied on 29 May 2025.", 29),
        ("Bins\nWe received the request on 2 May 2025 and answered on 29 May 2025.", 29),
        ("12 June 2025\nDear Jo\nWe received your request on 2 May 2025 and responded on 29 May 2025.", 12),
    ],
)
def test_a_log_line_saying_when_it_answered_outranks_only_its_published_date(text: str, expected: int) -> None:
    assert _roles(text)["response"].day == expected


def test_a_later_request_date_with_its_year_is_read_after_one_without() -> None:
    text = "Date: 20 March 2024\nYour email of 2 March.\nYour request dated 1 March 2024 asked for..."
    assert _roles(text)["request"] == date(2024, 3, 1)


def test_request_after_response_is_dropped() -> None:
    assert "request" not in _roles("Date: 1 May 2024\nDate received: 3 June 2024")


def test_email_header_is_the_strongest_response_signal() -> None:
    meta = {"date_iso": "2024-06-05T10:12:00+01:00"}
    assert _roles("Published 1 May 2024\nYour request of 20 May 2024.", meta) == {
        "response": date(2024, 6, 5),
        "request": date(2024, 5, 20),
    }


def test_email_date_header_in_rfc_form() -> None:
    assert _roles("Hello", {"date": "Wed, 05 Jun 2024 10:12:00 +0100"}) == {"response": date(2024, 6, 5)}


def test_labelled_date_beats_lone_date() -> None:
    text = "School transport\n\nMonday, 27 August 2018\nResponse Date\nThursday, July 12, 2018\n"
    assert _roles(text) == {"response": date(2018, 7, 12)}


def test_sent_header_is_used_when_no_label() -> None:
    text = "Thanks, see below.\n\nFrom: FOI Team\nSent: 14 February 2022 09:30\nTo: A Person\n" * 1
    assert _roles(text)["response"] == date(2022, 2, 14)


def test_role_spans_point_at_the_date() -> None:
    text = "Date of response: 12 March 2021"
    (finding,) = [d for d in extract_dates(text) if d.role == "response"]
    assert text[finding.span.start : finding.span.end] == "12 March 2021"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("spending in 2021/22", date(2021, 4, 1), date(2022, 3, 31)),
        ("from March 2020 to March 2023", date(2020, 3, 1), date(2023, 3, 31)),
        ("1 April 2019 - 31 March 2020", date(2019, 4, 1), date(2020, 3, 31)),
        ("for each year 2013-2016", date(2013, 1, 1), date(2016, 12, 31)),
        ("how many cases in 2019?", date(2019, 1, 1), date(2019, 12, 31)),
    ],
)
def test_periods(text: str, first: date, last: date) -> None:
    periods = [(d.value, d.end) for d in extract_dates(text) if d.role == "period"]
    assert periods == [(first, last)]


def test_act_year_is_not_a_period() -> None:
    assert [d for d in extract_dates("under the Freedom of Information Act 2000") if d.role == "period"] == []


@given(st.text())
def test_extract_dates_never_raises(text: str) -> None:
    extract_dates(text, {"date": text[:40]})


@given(st.text())
def test_parse_date_and_financial_year_never_raise(text: str) -> None:
    parse_date(text)
    financial_year(text)


def _long_reply() -> str:
    """About 50 KB of reply text with the density of dates and numbers of a typical answer."""
    block = (
        "Question 4: How many interpreters did the council book in 2022/23, and how often were they used?\n"
        "Response: The council booked 1,284 sessions between 1 April 2022 and 31 March 2023. Most were "
        "for housing and social care appointments, and the remainder for schools and the registrar. "
        "We do not keep a record of the language of every session, so that part is not held.\n"
        "Some details are withheld under section 40(2), as releasing them could identify the people "
        "involved. If you are unhappy with this answer you may ask for an internal review within 40 "
        "working days, and then complain to the Information Commissioner. Our ref FOI 2024/00137.\n\n"
    )
    return "Date: 5 June 2024\n" + block * (50_000 // len(block) + 1)


def test_a_bilingual_date_label() -> None:
    found = {d.role: d.value for d in extract_dates("Ein cyf / Our ref: FOI 12\nDyddiad / Date: 29/01/2024\n")}
    assert found["response"] == date(2024, 1, 29)


def test_a_bilingual_date_with_its_month_in_welsh_then_english() -> None:
    assert _roles("Dyddiad / Date: 7 Mawrth / March 2025\n")["response"] == date(2025, 3, 7)
    assert _roles("Dyddiad / Date: 12fed Hydref/October 2023\n").get("response") is None  # no Welsh ordinals


def test_a_bilingual_date_label_without_spaces_round_its_slash() -> None:
    assert _roles("Ein cyf/Our ref: EIR 4\nDyddiad/Date: 03/09/2023\n")["response"] == date(2023, 9, 3)


def test_a_bilingual_date_label_in_english_first_even_indented() -> None:
    assert _roles("Our ref / Ein cyf: RFI 7\n        Date / Dyddiad: 14/02/2025\n")["response"] == date(2025, 2, 14)
    assert "response" not in _roles("Date/Time: 14/02/2025 09:30\nIncident logged.\n")


def test_the_sent_header_of_the_quoted_older_mail_is_not_the_response() -> None:
    reply = "From: Records Team\n\n4 October 2023\n\nDear Mr Roe,\nThe figures are below.\n\n"
    older = "-----Original Message-----\nFrom: A Roe\nSent: 6 September 2023 08:15\nSubject: Bins\n> Please send...\n"
    assert _roles(reply + older)["response"] == date(2023, 10, 4)
    assert _roles(reply + "> " + older.replace("\n", "\n> "))["response"] == date(2023, 10, 4)
    # a forwarded reply: its Original Message block is the reply itself
    forwarded = "Subject: FW: Bins\nSee below.\n" + older.replace("A Roe", "Records Team")
    assert _roles(forwarded)["response"] == date(2023, 9, 6)
    headers_only = "From: A Roe\nTo: B Bloggs\nSubject: Bins\n\n" + older.replace("A Roe", "Records Team")
    assert _roles(headers_only)["response"] == date(2023, 9, 6)
    # the header Outlook puts over the mail it quotes, without an Original Message line, under a whole reply
    outlook = "From: A Roe\nSent: 6 September 2023 08:15\nTo: FOI\n> Please send...\n"
    signed = "Dear Mr Roe,\n" + "We need more detail before we can answer. " * 6 + "\nRecords Team\n4 October 2023\n\n"
    # ... and the quoted request's own "Sent:" dates the request
    assert _roles(signed + outlook) == {"response": date(2023, 10, 4), "request": date(2023, 9, 6)}
    # ... also when the reply opens with its own Outlook header: the quoted mail is the next one, under the reply
    own = "From: Records Team\nSent: 4 October 2023 11:02\nTo: A Roe\n\n" + signed.replace("4 October 2023", "")
    assert _roles(own + outlook) == {"response": date(2023, 10, 4), "request": date(2023, 9, 6)}


def test_with_no_request_date_in_its_words_a_reply_takes_the_oldest_quoted_sent_date() -> None:
    reply = "From: Records Team\n\n4 October 2023\n\nDear Mr Roe,\nThe figures are below.\n\n"
    chaser = "-----Original Message-----\nFrom: A Roe\nSent: 20 September 2023 10:00\nSubject: RE: Bins\n> Any news?\n"
    first = "From: A Roe\nSent: 6 September 2023 08:15\nSubject: Bins\n> Please send...\n"
    assert _roles(reply + chaser + first)["request"] == date(2023, 9, 6)
    # the reply's own words win; a quoted mail after the reply's date is none; no quoted mail, no "Sent:" read
    said = reply.replace("The figures", "Your request of 5 September 2023 is answered. The figures")
    assert _roles(said + chaser + first)["request"] == date(2023, 9, 5)
    assert "request" not in _roles(reply + chaser.replace("20 September", "20 October"))
    assert "request" not in _roles("Sent: 6 September 2023 08:15\nSubject: Bins\nThe figures are below.\n")
    # a mail program that heads the quoted mail with "Date:" instead of "Sent:"
    dated = "-------- Original message --------\nFrom: A Roe\nDate: 06/09/2023\nSubject: Bins\n> Please send...\n"
    assert _roles(reply + dated) == {"response": date(2023, 10, 4), "request": date(2023, 9, 6)}


def test_a_response_line_naming_who_answered_whom_dates_the_reply() -> None:
    text = "Request about bins\n\nResponse by Wibble Council to A Roe on 4 October 2023.\n\nDear Mr Roe,\n"
    assert _roles(text)["response"] == date(2023, 10, 4)
    assert "response" not in _roles("Dear Mr Roe,\nResponse from the depot on bins was slow in 2023.\n")


@pytest.mark.parametrize(
    "line",
    [
        "On Mon, 1 Jul 2024 at 08:52, A Roe wrote:",
        "On 1 July 2024, at 8.52 am, A Roe <a.roe@example.org> wrote:",
        "On Monday, 1 July 2024, A Roe wrote:",
    ],
)
def test_the_line_over_the_quoted_request_dates_it(line: str) -> None:
    assert _roles(f"Date: 16 July 2024\nDear Mr Roe,\nThe answer is four.\n\n{line}\n> Please send...\n") == {
        "response": date(2024, 7, 16),
        "request": date(2024, 7, 1),
    }


def test_a_date_after_a_letterheads_first_column() -> None:
    text = "Ms J Doe Date: 14/03/2024\nBy email Our ref: R/101\n\nDear Ms Doe,\nWe hold no such records.\n"
    assert _roles(text)["response"] == date(2024, 3, 14)
    for field in ("Start", "Invoice", "Payment", "Review"):
        assert "response" not in _roles(f"Dear Ms Doe,\nThe lease is attached. {field} Date: 14/03/2024\n")


@pytest.mark.parametrize(
    "line", ["Ms J Doe Date 14th March 2024", " Date 14/03/2024", "DATE 14 March 2024", "Ms J Doe DATE: 14.03.2024"]
)
def test_a_letterheads_date_field_without_a_colon(line: str) -> None:
    assert _roles(f"{line}\n Our Ref R/101\n\nDear Ms Doe,\nWe hold no such records.\n")["response"] == date(
        2024, 3, 14
    )
    assert "response" not in _roles("Dear Ms Doe,\nThe notice was served. Closing Date 14/03/2024\n")
    assert "response" not in _roles("Ms J Doe Date 14 March 2024 was agreed\n")


@pytest.mark.parametrize("line", ["By email 14 March 2024", "Sent by e-mail    14/03/2024", "BY POST 14th March 2024"])
def test_a_letterheads_date_in_the_column_beside_how_it_was_sent(line: str) -> None:
    text = f"Wibble Council\n\nMs J Doe Our ref: R/101\n{line}\n\nDear Ms Doe,\nWe hold no such records.\n"
    assert _roles(text)["response"] == date(2024, 3, 14)
    assert "response" not in _roles("Dear Ms Doe,\nPlease reply by email 14 March 2024 at the latest, or sooner.\n")
    assert "response" not in _roles("Ms J Doe\nBy email 14 March 2024 and again later\n\nDear Ms Doe,\n")


@pytest.mark.parametrize("line", ["FOI response WC/FOI/25/08 14 March 2024", "Request WTC-FOI-2024-12 14/03/2024"])
def test_a_letterheads_date_in_the_column_beside_a_reference_without_its_label(line: str) -> None:
    text = f"Wibble Town Council Town Hall Wibble WB1 2XY\n{line}\n\nDear Ms Doe,\nWe hold no such records.\n"
    assert _roles(text)["response"] == date(2024, 3, 14)
    assert "response" not in _roles("Dear Ms Doe,\nWe hold no such records.\nSee report WC/FOI/25/08 14 March 2024\n")


def test_request_received_on_after_an_inserted_clause() -> None:
    text = "Thank you for your request, made under the Act, which was received on 4 March 2024.\nWe hold none."
    assert _roles(text) == {"request": date(2024, 3, 4)}
    text = "Your request (our reference FOI 88) which we received on 9 May 2022 asked for the budget."
    assert _roles(text) == {"request": date(2022, 5, 9)}


def test_date_responded_wins_over_published() -> None:
    assert _roles("Published: 12 May 2023\nDate responded: 2 May 2023\nRequest\nHow many?")["response"] == date(
        2023, 5, 2
    )
    assert _roles("Published 12 May 2023\nRequest: how many?")["response"] == date(2023, 5, 12)


def test_headings_with_their_dates_in_brackets_win_over_published() -> None:
    text = "Published 20 June 2024\n\nRequest (received 2 May 2024)\nHow many?\n\nResponse (sent 30 May 2024)\nNine."
    assert _roles(text) == {"request": date(2024, 5, 2), "response": date(2024, 5, 30)}


def test_a_year_glued_to_the_first_question_label() -> None:
    assert _roles("Responded Mon 27 March 20231. What is the budget?")["response"] == date(2023, 3, 27)
    assert "response" not in _roles("Responded: ref 27 March 202345 units")


def test_dates_under_headings_that_end_with_the_label() -> None:
    text = (
        "FOI Disclosure Log\n\nCustomer Request Details\n\n19 May 2021\n\nPlease give the letters about the site.\n\n"
        "Wibbleford Council Response\n\n17 June 2021\n\nThe letters are attached."
    )
    assert _roles(text) == {"request": date(2021, 5, 19), "response": date(2021, 6, 17)}


def test_a_date_in_the_first_cell_of_a_disclosure_log_line() -> None:
    assert _roles("Skip to main content\n\nNovember 28, 2025 | Finance , Overtime\nRequest\nHow many hours?") == {
        "response": date(2025, 11, 28)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our Ref: AB/FOI/12 Date: 20 March 2024 Dear Mr Smith, thank you.", {"response": date(2024, 3, 20)}),
        ("FOI 118 | Date received | 3 May 2024 |", {"request": date(2024, 5, 3)}),
        ("Reference 4411\tDate of response\t9 June 2023", {"response": date(2023, 6, 9)}),
        ("Request Date:\n11 July 2024\nDear Sir", {"request": date(2024, 7, 11)}),
        ("We will reply by the date: 4 May 2024 at the latest.", {}),
    ],
)
def test_a_label_later_in_a_line(text: str, expected: dict[str, date]) -> None:
    assert _roles(text) == expected


def test_a_request_received_by_the_body_on_a_date() -> None:
    text = "Thank you for your request received by Upper Wibble Council (UWC) on 18 November 2018 about buses."
    assert _roles(text) == {"request": date(2018, 11, 18)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Response sent: 12/06/2024\nDear Sir", {"response": date(2024, 6, 12)}),
        ("Reply letter sent by post / 12 June 2024\nDear Sir", {"response": date(2024, 6, 12)}),
        ("Response email sent: 12/06/2024", {"response": date(2024, 6, 12)}),
        ("Release date: 12 June 2024", {"response": date(2024, 6, 12)}),
        ("Date of disclosure: 12 June 2024", {"response": date(2024, 6, 12)}),
        ("Date answered: 12/06/2024", {"response": date(2024, 6, 12)}),
        ("Closed: 12/06/2024", {"response": date(2024, 6, 12)}),
        ("Answered on 12 June 2024", {"response": date(2024, 6, 12)}),
        ("The case was closed on 12 June 2024 after review.", {}),
        ("Received date 01/05/2024", {"request": date(2024, 5, 1)}),
        ("Date submitted: 01/05/2024", {"request": date(2024, 5, 1)}),
        ("The response provided on 3 May 2024 was late.", {}),
        ("Disclosure of 12 June 2024 reports is routine.", {}),
    ],
)
def test_more_ways_to_label_the_response_and_request_dates(text: str, expected: dict[str, date]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for your request for information, received on 3 May 2024, about parking.", date(2024, 5, 3)),
        ("Your request for information received 3 May 2024 has been considered.", date(2024, 5, 3)),
        ("Thank you for your request, which we received on 3 May 2024.", date(2024, 5, 3)),
        ("On 3 May 2024 you asked for the following information:", date(2024, 5, 3)),
        ("Thank you. On the 3rd May 2024, we received your request for data.", date(2024, 5, 3)),
        ("On 3 May 2024 the council agreed a budget.", None),
        ("The request received a reply.", None),
        ("1.1 On 3 May 2024 you asked Wibble Council six questions.", date(2024, 5, 3)),
        ("1.1 On 3 May 2024 the council agreed a budget.", None),
    ],
)
def test_request_dates_in_prose(text: str, expected: date | None) -> None:
    assert _roles(text).get("request") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you for your request for details of the bus shelter repairs in Lower Wibble, which was "
            "received on 9 April 2024.",
            date(2024, 4, 9),
        ),
        ("We answer your request about library opening hours, received 2 February 2023.", date(2023, 2, 2)),
        (
            "Your request for information which was received by\nUpper Wibble Fire Service on 05/06/2024 asked:",
            date(2024, 6, 5),
        ),
        ("You wrote to us on 14 March 2022 asking for the tender documents.", date(2022, 3, 14)),
        ("You emailed us on 1 July 2021 about potholes.", date(2021, 7, 1)),
        ("You wrote to the Board on 2 June 2022 asking how many permits it issued.", date(2022, 6, 2)),
        ("We have now found the figures you requested on 4 April 2023.", date(2023, 4, 4)),
        ("You wrote to the Information Commissioner on 4 April 2023 about our delay.", None),
        ("We received your Freedom of Information request on 6 May 2020.", date(2020, 5, 6)),
        ("Further to your enquiry dated 8 August 2019, I can confirm the figures.", date(2019, 8, 8)),
        ("Your request for the number of complaints. We received 12 complaints in 2020.", None),
    ],
)
def test_the_request_date_later_in_the_request_sentence(text: str, expected: date | None) -> None:
    assert _roles(text).get("request") == expected


def test_request_and_response_labels_with_dated() -> None:
    text = "Our reference: AB-1\nYour request dated: 3rd March 2024\nOur response dated: 2nd April 2024\n"
    assert _roles(text) == {"request": date(2024, 3, 3), "response": date(2024, 4, 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: AB-1\nYour request: 4 March 2024\nDate: 2 April 2024\n", {"request": date(2024, 3, 4)}),
        ("Date of your request: 04/03/2024\nDear Sir", {"request": date(2024, 3, 4)}),
        ("Your request: library opening hours\nDear Sir", {}),
        ("Date of review decision: 02/04/2024\nDear Sir", {"response": date(2024, 4, 2)}),
        ("Internal review response date: 2 April 2024", {"response": date(2024, 4, 2)}),
    ],
)
def test_request_and_review_decision_labels(text: str, expected: dict[str, date]) -> None:
    assert {role: day for role, day in _roles(text).items() if role in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you for your email of 20/05/2024 asking for an internal review of our reply to your "
            "request of 02/04/2024.",
            date(2024, 4, 2),
        ),
        (
            "I write about your letter of 20 May 2024 asking the council to review its handling of your "
            "request for information dated 2 April 2024 about potholes.",
            date(2024, 4, 2),
        ),
        ("Thank you for your request for an internal review dated 20 May 2024.", date(2024, 5, 20)),
        ("We received your internal review request on 20 May 2024.", date(2024, 5, 20)),
        ("On 20 May 2024 you asked us to reconsider our answer.", date(2024, 5, 20)),
        (
            "I refer to your email of 20 May 2024 asking Wibble Council to review its response of 9 May 2024.",
            date(2024, 5, 20),
        ),
        ("Thank you for your request of 2 April 2024. You may ask for an internal review.", date(2024, 4, 2)),
    ],
)
def test_a_review_replys_request_date_is_the_original_requests_else_the_reviews(
    text: str, expected: date | None
) -> None:
    assert _roles(text).get("request") == expected


def test_a_date_with_its_month_in_welsh_alone() -> None:
    assert _roles("Dyddiad / Date: 21 Hydref 2025 / 21 October 2025\n")["response"] == date(2025, 10, 21)
    assert _roles("Date: 3 Mai 2024\n")["response"] == date(2024, 5, 3)


def test_a_date_with_its_month_in_gaelic_then_english() -> None:
    assert _roles("Ceann-latha / Date: 24 Giblean / April 2025\n")["response"] == date(2025, 4, 24)
    assert _roles("Date: 3 An t-Samhain / November 2024\n")["response"] == date(2024, 11, 3)


@pytest.mark.parametrize("label", ["First published", "Posted on"])
def test_a_log_pages_published_or_posted_date_is_the_reply_without_a_response_label(label: str) -> None:
    assert _roles(f"Housing news\n\n{label}: 17 June 2025\n\nWe publish our replies.")["response"] == date(2025, 6, 17)


def test_a_date_alone_on_its_line_in_two_languages_dates_the_letter() -> None:
    assert _roles("Ein cyf / Our ref: AB 7\n\n4 Ebrill 2025 / 4 April 2025\n\nAnnwyl / Dear Sir\n")["response"] == date(
        2025, 4, 4
    )
    assert _roles("Our ref: AB 7\n\n4 Ebrill 2025 / 9 April 2025\n\nDear Sir\n").get("response") is None  # not one date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date in the column after the letterhead's reference field
        ("Wibble Council\n\nOur ref: FOI-2025-118 14/03/2025\n\nDear Sir\nThank you.\n", date(2025, 3, 14)),
        ("Wibble Council\nReference: AB/77 3 April 2025\n\nDear Sir\n", date(2025, 4, 3)),
        # a letter dated under its signature
        (
            "Dear Sir\n" + "A line of the reply.\n" * 40 + "Yours sincerely\n\nJo Bloggs\nFOI Officer\n9th May 2025\n",
            date(2025, 5, 9),
        ),
    ],
)
def test_a_letter_dated_beside_its_reference_or_under_its_signature(text: str, expected: date) -> None:
    response = [d for d in extract_dates(text) if d.role == "response"]
    assert [d.value for d in response] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Our ref: FOI-2025-118 about the 14/03/2025 meeting\n",  # the date does not end the line
        "Dear Sir\n"
        + "A line of the reply.\n" * 40
        + "Yours sincerely\nJo Bloggs\nFOI Officer\nWibble Council\nTown Hall\n"
        "\nAnnex\n9 May 2025\n",  # far below
    ],
)
def test_no_response_date_from_a_reference_sentence_or_a_date_far_below_the_signature(text: str) -> None:
    assert [d for d in extract_dates(text) if d.role == "response"] == []


def test_a_labelled_request_date_line_is_no_label_over_the_letters_own_date() -> None:
    text = "Our reference: 77/FOI\nYour request of: 2 May 2025\n\n20 May 2025\n\nDear Ms Smith\nHere is our reply.\n"
    roles = {d.role: d.value for d in extract_dates(text)}
    assert roles == {"request": date(2025, 5, 2), "response": date(2025, 5, 20)}


def test_a_thread_message_from_a_team_named_over_its_body_dates_the_reply() -> None:
    asked = "From: A Requester\n3 March 2025\n\nDear Wibble Council,\nPlease send the figures.\n\n"
    replied = "From: Information Team\nWibble Borough Council\n1 April 2025\n\nDear A Requester,\nHere they are.\n"
    (response,) = [d for d in extract_dates(asked + replied) if d.role == "response"]
    assert response.value == date(2025, 4, 1)


def test_dot_leaders_between_a_field_label_and_its_date_read_like_a_colon() -> None:
    text = "CASE DETAILS\nReceived on ....... 02/03/2025\nDate issued ........ 28/03/2025\n\nThe answer follows.\n"
    roles = {d.role: d.value for d in extract_dates(text)}
    assert roles == {"request": date(2025, 3, 2), "response": date(2025, 3, 28)}


def test_a_thread_page_naming_who_asked_dates_the_reply_by_the_message_another_name_heads() -> None:
    page = "Pond survey - a request to Wibble Parish\nA Requester made this FOI request to Wibble Parish\n\n"
    asked = "A Requester\n3 March 2025\n\nDear Wibble Parish,\nPlease send the survey.\n\nA Requester\n\n"
    replied = "Wibble Parish\n1 April 2025\n\nDear A Requester,\nHere it is.\n"
    (response,) = [d for d in extract_dates(page + asked + replied) if d.role == "response"]
    assert response.value == date(2025, 4, 1)


def test_a_thread_page_dates_the_request_by_the_message_the_asker_heads_wherever_it_stands() -> None:
    page = "Bins - a request to Wibble Town\nA Requester made this Freedom of Information request to Wibble Town\n\n"
    replied = "Wibble Town - Records Team\n2 June 2025\n\nDear A Requester,\nThe figures follow.\n\n"
    asked = "A Requester\n6 May 2025\n\nDear Wibble Town,\nPlease send the figures.\n"
    roles = {d.role: d.value for d in extract_dates(page + replied + asked)}
    assert roles == {"request": date(2025, 5, 6), "response": date(2025, 6, 2)}


def test_a_thread_page_with_each_senders_name_and_date_on_one_line_dates_the_reply_by_the_other_sender() -> None:
    page = "Bins - a request to Wibble Town\nA Requester made this Freedom of Information request to Wibble Town\n\n"
    asked = "A Requester 6 May 2025\nDear Wibble Town,\nPlease send the figures.\nYours faithfully, A Requester\n\n"
    replied = "Wibble Town Council 2 June 2025\nDear A Requester,\nThe figures follow.\n"
    roles = {d.role: d.value for d in extract_dates(page + asked + replied)}
    assert roles == {"request": date(2025, 5, 6), "response": date(2025, 6, 2)}


def test_a_thread_page_senders_long_name_ending_in_a_capitalised_word_still_heads_its_message() -> None:
    page = "Bins - a request to Wibble Town\nA Requester made this Freedom of Information request to Wibble Town\n\n"
    asked = "A Requester 6 May 2025\nDear Wibble Town,\nPlease send the figures.\nYours faithfully, A Requester\n\n"
    team = "Corporate Records and Information Rights Team, Wibble Town Metropolitan Borough Council"
    replied = f"{team} 2 June 2025\nDear A Requester,\nThe figures follow.\n"
    roles = {d.role: d.value for d in extract_dates(page + asked + replied)}
    assert roles == {"request": date(2025, 5, 6), "response": date(2025, 6, 2)}
    # a long line whose last word before the date is not capitalised is prose, not a message's heading
    prose = "We have now looked again at every part of what you asked for and we wrote back on 2 June 2025\n"
    assert {d.role: d.value for d in extract_dates(page + asked + prose)}.get("response") != date(2025, 6, 2)


def test_a_response_label_opening_a_later_sentence_of_a_line_dates_the_reply() -> None:
    text = "Ref 25-77\nPublished: 20 June 2025\nAsked on 1 May 2025. Response sent 16 June 2025.\nThe figures follow.\n"
    (response,) = [d for d in extract_dates(text) if d.role == "response"]
    assert response.value == date(2025, 6, 16)


def test_a_response_word_opening_a_sentence_without_a_date_after_it_labels_nothing() -> None:
    text = "Published: 20 June 2025\nWe looked again. Response times were slow in 2024.\n"
    (response,) = [d for d in extract_dates(text) if d.role == "response"]
    assert response.value == date(2025, 6, 20)


def test_a_thread_of_from_headed_messages_dates_the_request_by_the_first_senders_message() -> None:
    asked = "From: A Requester\n3 March 2025\n\nDear Wibble Council,\nPlease send the figures.\n\n"
    replied = "From: Wibble Council\n1 April 2025\n\nDear A Requester,\nHere they are.\n"
    roles = {d.role: d.value for d in extract_dates(asked + replied)}
    assert roles == {"request": date(2025, 3, 3), "response": date(2025, 4, 1)}


def test_a_letter_that_says_in_words_when_it_was_written_dates_the_reply() -> None:
    text = "Dear Ms Smith,\n\nI write on the twenty-second of May 2025 to answer your questions about the park.\n"
    (response,) = [d for d in extract_dates(text) if d.role == "response"]
    assert response.value == date(2025, 5, 22)


def test_a_date_under_the_quoted_requests_sign_off_dates_the_request() -> None:
    reply = "From: Records Team\nWibble College\n30 June 2025\n\nDear Mr Jones\nThe answers follow.\n\nRegards\n\n"
    quoted = "-----Original Message-----\n\n> Please send the room counts.\n>\n> Yours faithfully,\n>\n> A Jones\n"
    roles = {d.role: d.value for d in extract_dates(reply + quoted + "> 2 June 2025\n")}
    assert roles["request"] == date(2025, 6, 2)


def test_a_message_that_reached_the_office_on_a_date_dates_the_request() -> None:
    text = "Date: 2 June 2025\n\nThank you for your email, which reached this office on 9 May 2025. You asked ...\n"
    roles = {d.role: d.value for d in extract_dates(text)}
    assert roles["request"] == date(2025, 5, 9)


def test_a_letterheads_date_beside_a_bilingual_reference_or_a_one_word_sender() -> None:
    text = "Cyf / Ref: AB-2024-09    14 Mawrth / March 2024\n\nAnnwyl / Dear Ms Doe,\nWe hold no such records.\n"
    assert _roles(text)["response"] == date(2024, 3, 14)
    text = "Wibbletrans 14 March 2024\n\nDear Ms Doe,\nWe hold no such records.\n"
    assert _roles(text)["response"] == date(2024, 3, 14)
    # a one-word qualifier says which date it is: the day the request came, not the letter's
    assert "response" not in _roles("Received 14 March 2024\n\nDear Ms Doe,\nWe hold no such records.\n")


def test_a_bracketed_label_under_a_request_heading_dates_the_request() -> None:
    text = "Wibble Council - disclosure log\n\nYour request\n(received 2 May 2024)\n\nDear Ms Doe,\nWe hold none.\n"
    assert _roles(text)["request"] == date(2024, 5, 2)


def test_mail_client_date_column_with_time_dates_the_reply() -> None:
    text = (
        "Records Team <records@example.org>          9 March 2025 at 14:20\n"
        "To: A Person <a@example.net>\nSubject: Your request\n\nDear Requester,\n\nThank you.\n"
    )
    found = [d for d in extract_dates(text) if d.role == "response"]
    assert found and found[0].value.isoformat() == "2025-03-09"


def test_the_quoted_request_opening_line_dates_the_request() -> None:
    text = (
        "Dear Mr Grey\n\nThank you for contacting us on 3rd May with your request.\n\nWe hold none.\n\n"
        "> On 3 May 2024, at 09:14, A Person wrote:\n> Please provide the figures.\n"
    )
    assert _roles(text)["request"] == date(2024, 5, 3)


def test_the_reply_saying_when_it_was_sent_outranks_a_published_label() -> None:
    text = (
        "Published: 30 May 2024\n\nDear Mr Grey\n\nWe hold none.\n\n"
        "This reply was sent to the requester on 14/05/2024 and later added to the log.\n"
    )
    assert _roles(text)["response"] == date(2024, 5, 14)
    assert _roles("Published: 30 May 2024\n\nDear Mr Grey\n\nWe hold none.\n")["response"] == date(2024, 5, 30)


def test_a_thread_page_message_headed_from_the_asker_or_by_name_and_comma_is_the_request() -> None:
    page = "Bins - a request to Wibble Town\nA Requester made this Freedom of Information request to Wibble Town\n\n"
    asked = "From: A Requester\n\n6 May 2025\n\nDear Wibble Town,\nPlease send the figures.\n\n"
    replied = "Records Team, Wibble Town Council\n\n2 June 2025\n\nDear A Requester,\nThe figures follow.\n"
    roles = {d.role: d.value for d in extract_dates(page + asked + replied)}
    assert roles == {"request": date(2025, 5, 6), "response": date(2025, 6, 2)}
    asked = "A Requester, 6 May 2025\n\nDear Wibble Town,\nPlease send the figures.\n\n"
    replied = "Wibble Town Council, 2 June 2025\n\nDear A Requester,\nThe figures follow.\n"
    roles = {d.role: d.value for d in extract_dates(page + asked + replied)}
    assert roles == {"request": date(2025, 5, 6), "response": date(2025, 6, 2)}


def test_a_thread_page_does_not_date_the_request_by_the_askers_thank_you_after_the_reply() -> None:
    page = "Bins - a request to Wibble Town\nA Requester made this Freedom of Information request to Wibble Town\n\n"
    replied = "From: Wibble Town\n2 June 2025\n\nDear A Requester,\nThe figures follow.\n\n"
    thanked = "A Requester\n2 June 2025\nThank you for the figures.\n"
    roles = {d.role: d.value for d in extract_dates(page + replied + thanked)}
    assert roles == {"response": date(2025, 6, 2)}


@pytest.mark.parametrize(
    ("line", "response"),
    [
        ("WFRS response issued 30 June 2025:", date(2025, 6, 30)),
        ("Wibble Council reply sent 30 June 2025.", date(2025, 6, 30)),
        ("Original response: 30 June 2025", None),  # in a review, the earlier reply's date
    ],
)
def test_a_response_label_after_the_bodys_short_name(line: str, response: date | None) -> None:
    text = f"Published: 16 July 2025\n\nRequest received 2 June 2025:\nHow many fires?\n\n{line}\n12 fires.\n"
    found = {d.role: d.value for d in extract_dates(text)}
    assert found.get("response") == (response or date(2025, 7, 16))


def test_fields_run_together_on_one_line_each_give_their_date() -> None:
    text = (
        "Wibble Harbour disclosure log\nRef 2025-031 Received 04/03/2025 Responded 28/03/2025\n\nNo records are held.\n"
    )
    found = {d.role: str(d.value) for d in extract_dates(text)}
    assert (found.get("request"), found.get("response")) == ("2025-03-04", "2025-03-28")


def test_a_capital_word_after_a_figure_in_a_sentence_is_no_date_label() -> None:
    text = "Dear Sam,\n\nIn 2024 Wibble Council replied to 40 requests.\n\nYours sincerely,\nJo\n"
    assert [d.role for d in extract_dates(text) if d.role in ("request", "response")] == []


NEWEST_FIRST = (
    "From: Records Team <foi@wibble.gov.uk>\nSent: 20 May 2025 10:00\nSubject: RE: Parks\n\nDear Sam,\n\n"
    + "We spent £1,200 on benches in the parks you named and £300 on repairs to them last year. " * 4
    + "\n\nFrom: Sam <sam@example.net>\nSent: 2 May 2025 09:00\nSubject: Parks\n\nHow much on benches?\n"
)
OLDEST_FIRST = (
    "From: Sam <sam@example.net>\nSent: 2 May 2025 09:00\nSubject: Parks\n\n"
    + "Please tell me how much the council spent on benches in each of its parks over the last year. " * 4
    + "\n\nFrom: Records Team <foi@wibble.gov.uk>\nSent: 20 May 2025 10:00\nSubject: RE: Parks\n\nWe spent £1,200.\n"
)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (NEWEST_FIRST, True),  # the request below the reply is older mail
        (OLDEST_FIRST, False),  # a thread saved in date order: the reply below the request is no history
        ("Dear Sam,\n\n" + "We enclose the figures you asked for in May. " * 8 + "\n\n" + OLDEST_FIRST, True),
    ],
)
def test_older_mail_is_below_a_reply_only_in_a_thread_saved_newest_first(text: str, quoted: bool) -> None:
    assert (quoted_history_start(text) is not None) == quoted


PRINTED_THREAD = (
    "Sam Asker <sam@example.net>\tMon, 3 Mar 2025 at 19:30\nTo: clerk@wibble-tc.gov.uk\n\n"
    "Please tell me what the town's summer fair cost.\n\n"
    "Wibble Town Council <clerk@wibble-tc.gov.uk>\tWed, 5 Mar 2025 at 10:05\nTo: Sam Asker <sam@example.net>\n\n"
    "Thank you for your email, received on 3 March 2025. We will respond within 20 working days.\n\n"
    "Wibble Town Council <clerk@wibble-tc.gov.uk>\tTue, 1 Apr 2025 at 15:20\nTo: Sam Asker <sam@example.net>\n\n"
    "The summer fair cost the council £2,450.\n\n"
    "Sam Asker <sam@example.net>\tTue, 1 Apr 2025 at 18:00\nTo: Wibble Town Council <clerk@wibble-tc.gov.uk>\n\n"
    "Thanks!\n"
)
NARROWED_THREAD = (
    "From: Sam <sam@example.net>\nSent: 2 May 2025 09:00\nSubject: Parks\n\nHow much on benches since 2015?\n\n"
    "From: Records <foi@wibble.gov.uk>\nSent: 20 May 2025 10:00\nSubject: RE: Parks\n\n"
    "Answering would exceed the cost limit of £450, so we refuse your request under section 12.\n\n"
    "From: Sam <sam@example.net>\nSent: 21 May 2025 08:00\nSubject: RE: Parks\n\nThen 2024 alone, please.\n\n"
    "From: Records <foi@wibble.gov.uk>\nSent: 10 June 2025 10:00\nSubject: RE: Parks\n\n"
    "Thank you for your new request, received on 21 May 2025. We spent £1,200 on benches in 2024.\n"
)


@pytest.mark.parametrize(
    ("text", "asked", "answered"),
    [
        (OLDEST_FIRST, "2025-05-02", "2025-05-20"),  # the asker's first message dates the request
        (PRINTED_THREAD, "2025-03-03", "2025-04-01"),  # a mail client's printout: its reply, not its thank-you
        (NARROWED_THREAD, "2025-05-21", "2025-06-10"),  # the narrowed request the last reply names
    ],
)
def test_a_thread_saved_oldest_first_is_dated_by_its_last_reply(text: str, asked: str, answered: str) -> None:
    found = {d.role: str(d.value) for d in extract_dates(text)}
    assert (found.get("request"), found.get("response")) == (asked, answered)


THANKS_ON_TOP = (
    "Subject: Re: Parks\nFrom: Sam Asker <sam@example.net>\nDate: 3 June 2025 at 09:10\n\n"
    "Thanks very much, that covers everything.\n\nSam\n\n"
    "> On 2 Jun 2025, at 16:05, Records Team <foi@wibble.gov.uk> wrote:\n>\n> Dear Sam,\n>\n"
    "> Thank you for your request of 12 May 2025. We spent £1,200 on benches in 2024.\n>\n"
    ">> On 12 May 2025, at 08:30, Sam Asker <sam@example.net> wrote:\n>>\n>> How much on benches in 2024?\n"
)


@pytest.mark.parametrize(
    ("text", "asked", "answered"),
    [
        (THANKS_ON_TOP, "2025-05-12", "2025-06-02"),  # the asker's thank-you on top: the reply quoted under it
        (THANKS_ON_TOP.replace("of 12 May 2025", "below"), "2025-05-12", "2025-06-02"),  # the asker's oldest mail
    ],
)
def test_a_reply_quoted_under_the_askers_own_message_dates_the_thread(text: str, asked: str, answered: str) -> None:
    found = {d.role: str(d.value) for d in extract_dates(text)}
    assert (found.get("request"), found.get("response")) == (asked, answered)
