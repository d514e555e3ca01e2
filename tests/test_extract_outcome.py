"""The outcome of a reply as a whole (texts written for these tests)."""

from __future__ import annotations

import pytest

from foitrack.extract import extract_all
from foitrack.extract.answers import extract_answers
from foitrack.extract.exemptions import extract_exemptions
from foitrack.extract.outcome import decide_outcome


def _outcome(text: str) -> str | None:
    return decide_outcome(text, extract_answers(text), extract_exemptions(text))


OUTCOMES: list[tuple[str, str, str | None]] = [
    (
        "a-refusal-notice-for-parts-with-one-part-withheld-in-full-is-partial",
        "You asked for:\na) the number of grievances each year;\nb) the job title of each person involved.\n\n"
        "a) 2022: 4\n2023: 7\n\nb) The job titles are withheld in full under section 40(2).\n\n"
        "This letter is a refusal notice under section 17 for part of (b).\n",
        "partial",
    ),
    (
        "information-exempt-in-full-refuses-every-question",
        "You asked for:\n1. A copy of the lease with the caterer.\n2. The rent paid each year.\n"
        "3. The number of covers served.\n\nWe hold the lease, but we have concluded that it is exempt from "
        "disclosure in full under section 43(2) of the Act. The terms set out the rent and the number of covers, "
        "and the caterer competes with other firms.\n",
        "refused",
    ),
    (
        "whole-request-refused-on-cost-with-the-questions-read-back",
        "Thank you for your request of 2 May 2024:\n1. All emails about the new depot since 2018.\n"
        "2. All reports on the depot's running costs.\n\nWe estimate that complying with your request would "
        "exceed the appropriate limit, so under section 12 of the Act we are not obliged to comply with your "
        "request. You may wish to narrow it to one year.\n",
        "refused",
    ),
    (
        "whole-request-vexatious",
        "You asked us:\n1. Every letter about your parking fines.\n2. The notes of every meeting about you.\n"
        "We have concluded that the request is vexatious and rely on section 14(1) of the Act.\n",
        "refused",
    ),
    (
        "whole-request-refused-on-cost-but-a-file-attached",
        "Your request\n1. The rates list with occupiers.\nResponse\nPlease find attached the list of properties. "
        "Complying with your request in full would exceed the appropriate limit under section 12, so "
        "occupiers are not given.\n",
        "partial",
    ),
    (
        "a-response-heading-with-a-table-and-no-questions",
        "Upper Wibble Town Council\nResponse to FOI request dated 3 May 2024\n\nGrants paid last year:\n"
        "Scout hut | £400\nBowls club | £250\n",
        "granted",
    ),
    (
        "refused-whole-request-but-gave-what-it-could",
        "Your request\n1. How many permits were issued in each ward?\n2. Who holds each permit?\n"
        "Response\nCompiling this would exceed the cost limit, so your request is refused.\n"
        "However, we have provided what we can: the total for the borough last year was 412.\n",
        "partial",
    ),
    (
        "all-provided",
        "Freedom of Information request\n1. How many bins were emptied?\n1.2 million.\n"
        "2. How much did it cost?\n£3,400,000.\n",
        "granted",
    ),
    (
        "none-and-na-is-granted",
        "Your request\nQ1. Do you fund a youth bus?\nNo.\nQ2. If so, what does it cost?\nNot applicable\n",
        "granted",
    ),
    (
        "provided-and-refused",
        "Your request\n1. How many fines were paid?\n2,100.\n2. Who paid them?\n"
        "The names are exempt under section 40(2) of the Act.\n",
        "partial",
    ),
    (
        "provided-and-not-held",
        "Your request\n1. How many staff work in planning?\n23.\n2. How many hours did they work?\n"
        "The council does not hold this information.\n",
        "partial",
    ),
    (
        "provided-with-exemption-footnote",
        "Your request\n1. How many claims were paid?\n| 40 | 52 | <5* |\n"
        "* Small numbers are withheld under section 40(2) of the Act.\n",
        "partial",
    ),
    (
        "all-refused",
        "Your request\n1. How many arrests were made?\n2. How many charges followed?\nOur Response:\n"
        "Finding the information requested would exceed the appropriate limit under section 12.\n",
        "refused",
    ),
    (
        "refused-and-not-held-is-refused",
        "FOI request\n1. How many agency staff?\nThis would exceed the cost limit, so section 12 applies.\n"
        "2. What is the turnover rate?\nNot held.\n",
        "refused",
    ),
    (
        "all-not-held",
        "FOI request\n1. What did the council spend on mascots?\nThe council does not hold this information.\n",
        "not_held",
    ),
    (
        "acknowledgement-only",
        "Dear Council, I wish to make an FOI request for your parking income.\nYours faithfully, A Person\n"
        "Thank you for your email. We will respond within 20 working days.\n",
        None,
    ),
    ("no-reply-at-all", "Minutes of the parks committee, 3 March.\nItems discussed: benches.\n", None),
    (
        "no-questions-but-refusal",
        "Response to your request: the information is published on our website and is exempt under "
        "section 21 of the Freedom of Information Act.\n",
        "refused",
    ),
]


# Whole-reply statements: what the reply says of itself counts where its questions say less
OUTCOMES += [
    (
        "no-questions-some-given-some-withheld",
        "Summary of a request for the fleet's repair contracts.\nThe trust released part of the information "
        "requested and withheld the prices under section 43 of the FOI Act.\n",
        "partial",
    ),
    (
        "no-questions-handed-over",
        "Freedom of Information request\nThank you for your request.\nPlease find attached the list of "
        "grants paid last year.\n",
        "granted",
    ),
    (
        "refused-but-the-rest-withheld-says-something-was-given",
        "Your request\n1. Copies of all letters about the pier.\nResponse\nA survey of the pier was made in "
        "May. Any other information we hold is withheld under section 31 of the Act.\n",
        "partial",
    ),
    (
        "refused-on-cost-but-totals-given",
        "Your request\n1. How many trees were felled in each park, by species?\nResponse\nBreaking this "
        "down would exceed the cost limit under section 12. However, we have provided the borough total: 310.\n",
        "partial",
    ),
    (
        "eir-not-held-exception-is-not-a-refusal",
        "Environmental Information Regulations request\nThe council holds no survey of the verges, so "
        "regulation 12(4)(a) of the EIR applies.\n",
        "not_held",
    ),
    (
        "not-held-parts-beside-an-exemption-relied-on-is-refused",
        "FOI request\n1. Who inspected the bridge?\nWe do not hold this information.\n2. What did they find?\n"
        "We do not hold a report.\nAny names in the file are exempt under section 40(2) of the Act.\n",
        "refused",
    ),
    (
        "not-held-for-one-part-only",
        "FOI request\n1. How many bins are emptied each week, and how many are issued?\nWe do not hold "
        "figures for bins emptied, only for bins issued: 41,000 were issued.\n",
        "partial",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), OUTCOMES, ids=[c[0] for c in OUTCOMES])
def test_decide_outcome(name: str, text: str, expected: str | None) -> None:
    assert _outcome(text) == expected


def test_a_thread_saved_oldest_first_is_judged_by_its_last_reply() -> None:
    text = (
        "From: Sam <sam@example.net>\nSent: 2 May 2025 09:00\nSubject: Parks\n\n"
        "I am researching how councils look after the benches in their parks and open spaces, and how much they "
        "spend on them, for a report on the state of public seating across the county. Please provide:\n"
        "1. Spend on benches in each park since 2015.\n2. The number of benches.\n\n"
        "From: Records <foi@wibble.gov.uk>\nSent: 20 May 2025 10:00\nSubject: RE: Parks\n\n"
        "We refuse your request under section 12: answering would exceed the cost limit of £450.\n\n"
        "From: Sam <sam@example.net>\nSent: 21 May 2025 08:00\nSubject: RE: Parks\n\n"
        "Please treat this as a new request:\n1. Spend on benches in 2024.\n2. The number of benches.\n\n"
        "From: Records <foi@wibble.gov.uk>\nSent: 10 June 2025 10:00\nSubject: RE: Parks\n\n"
        "Thank you for your new request. The answers are below.\n\n"
        "1. We spent £1,200 on benches in 2024.\n\n2. There are 85 benches.\n"
    )
    found = extract_all(text)
    assert (found.outcome, [e.code for e in found.exemptions], [a.text for a in found.amounts]) == (
        "granted",
        [],
        ["£1,200"],
    )


def test_a_review_over_the_first_response_is_judged_alone() -> None:
    text = (
        "From: Reviews <review@wibble.gov.uk>\nSent: 30 June 2025 10:00\nSubject: Internal review\n\n"
        "Dear Sam,\n\nI have reviewed the decision to withhold the names asked for in question 3 of your request. "
        "I uphold it: the names remain withheld under section 40(2).\n\nYours sincerely,\nJo Reviewer\n\n"
        "From: Sam <sam@example.net>\nSent: 2 June 2025 08:00\nSubject: RE: Parks\n\n"
        "Please review your answer to question 3.\n\n"
        "From: Records <foi@wibble.gov.uk>\nSent: 30 May 2025 10:00\nSubject: RE: Parks\n\n"
        "Dear Sam,\n\n1. We spent £1,200 on benches.\n2. There are 85 benches.\n"
        "3. The names of the suppliers are withheld under section 40(2).\n\nRegards,\nRecords\n\n"
        "From: Sam <sam@example.net>\nSent: 2 May 2025 09:00\nSubject: Parks\n\n"
        "1. Spend on benches.\n2. The number of benches.\n3. The names of the suppliers.\n"
    )
    found = extract_all(text)
    assert (found.outcome, [e.code for e in found.exemptions], [a.text for a in found.amounts]) == (
        "refused",
        ["s40(2)"],
        [],
    )
