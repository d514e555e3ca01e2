"""Authority extraction: hand-written replies, each naming the body that answered among others."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from foitrack.extract import authority
from foitrack.extract.authority import extract_authority
from foitrack.lexicon import authority as lexicon_authority

CASES = [
    # (text, expected name or None)
    ("Thank you for your request.\nThe information you asked for is held by Kirklees Council.\n", "Kirklees Council"),
    (
        "Dear Requester,\nI can confirm that Surrey Police does not hold any records of this kind.\n"
        "Regards\nInformation Access Team",
        "Surrey Police",
    ),
    (
        "Freedom of Information response\nWe work with Kent Police, the NSPCC and local charities on this.\n"
        "Medway Council does not hold a separate budget for this work.\nMedway Council",
        "Medway Council",
    ),
    (
        "Dear Norfolk County Council,\nPlease tell me how many gritters you own.\nYours faithfully,\nA. Person\n\n"
        "We own 52 gritting lorries.\nNorfolk County Council",
        "Norfolk County Council",
    ),
    (
        "Our ref 123\nThe Trust has no dedicated lead. Staff are trained by the safeguarding team.\n"
        "Barts Health NHS Trust holds training records for three years.",
        "Barts Health NHS Trust",
    ),
    (
        "Response\nUpper Wibbleton Parish Council does not hold minutes before 1990.\n"
        "Clerk to Upper Wibbleton Parish Council",
        "Upper Wibbleton Parish Council",
    ),
    (
        "Request: how much did the Mayor's Office for Policing and Crime give to victim services?\n"
        "Response\nMOPAC does hold this. The Metropolitan Police Service received part of the grant.\n"
        "MOPAC has published the figures.",
        "Mayor's Office for Policing and Crime",
    ),
    ("The figures were compiled from the Home Office Counting Rules returns.\n1. 12\n2. 7\n", None),
    ("Question 1: Do you record this?\nAnswer: No.\nQuestion 2: How many?\nAnswer: Not applicable.", None),
    ("Leeds is a large city and Moray is a small one. Devon has many roads.", None),
    ("Information is held by the Information Commissioner's Office, not by us. You may complain to the ICO.", None),
    (
        "Our Response:\nUnfortunately, Avon & Somerset Police are unable to provide the information because "
        "the cost would exceed the limit.\nAvon & Somerset Police",
        "Avon and Somerset Constabulary",
    ),
    (
        "Response\nThis information is not held by Leicester City Council. You may wish to contact "
        "Leicestershire Police, who may hold it.",
        "Leicester City Council",
    ),
    (
        "Dear applicant\nPlease find our answer below.\nIf you are unhappy please write to foi@cheshire.police.uk\n",
        "Cheshire Constabulary",
    ),
    (
        "Freedom of Information (Scotland) Act 2002\nResponse\nThe Highland Council holds no data on this.\n",
        "The Highland Council",
    ),
    (
        "Thank you for your request to Grampian Fire and Rescue Service dated 3 May.\nWe attended 14 such incidents.",
        "Grampian Fire and Rescue Service",
    ),
    ("Response\nThe University of Upper Wibbleton does not hold this information.", "University of Upper Wibbleton"),
    (
        "We shared the case with Hampshire Constabulary, Southampton City Council and Barnardo's.\n"
        "Portsmouth City Council holds the records of its own referrals.\nPortsmouth City Council",
        "Portsmouth City Council",
    ),
    (
        "Response\nThe Gangmasters and Labour Abuse Authority holds 40 reports. The GLAA shares data with "
        "police forces and HMRC.",
        "Gangmasters and Labour Abuse Authority",
    ),
    (
        "The Council works closely with Kent Police on this. Kent Police lead on investigations, and the "
        "Council provides support to victims.",
        None,
    ),
    ("The request asked Cardiff Council and Newport City Council for costs.\nWe do not record costs.", None),
    ("Response\nThis reply comes from UKRI. UKRI does not hold grant data before 2018.", "UK Research and Innovation"),
    # a town whose name holds a lower-case word and starts with a place the gazetteer knows
    (
        "Response\nNewport on Wibble Town Council holds no record of the grant. The Town Council spent nothing.\n"
        "Clerk to Newport on Wibble Town Council",
        "Newport on Wibble Town Council",
    ),
    # "National" in a form word is no veto, and "&" in the name; a partner named in the answers loses
    (
        "Upper Wibble & The Moors National Park Authority\nDear Ms Smith\nPolice Scotland attended 12 times; "
        "Police Scotland keeps those records.\nYours sincerely\nFOI Officer\nUpper Wibble & The Moors National "
        "Park Authority",
        "Upper Wibble & The Moors National Park Authority",
    ),
    (
        "Cairngorms National Park Authority\nDear Ms Smith\nIncidents were reported to Police Scotland. "
        "Police Scotland holds the records.\nYours sincerely\nCairngorms National Park Authority",
        "Cairngorms National Park Authority",
    ),
    # a Northern Ireland department under its Irish and Ulster-Scots names, calling itself "the Department"
    (
        "Department of Finance\nAn Roinn Airgeadais\nMannystrie o Siller\n\nThank you for your request, which "
        "the Department received on 3 May. The Department holds this information. Belfast offices cost £3m.\n",
        "Department of Finance",
    ),
    # a Scottish public body GOV.UK does not list, under the Scottish Act
    (
        "Scottish Prison Service\nResponse\nThe Scottish Prison Service (SPS) can confirm that it holds the "
        "information. Under FOISA we can tell you that 12 cells were searched.\n",
        "Scottish Prison Service",
    ),
    # a one-word name at the head and foot, with the body it is part of named once at the foot
    (
        "Nexus\nDisclosure log\nResponse:\nThe Metro carried 30 million passengers.\nNexus, Nelson Street\n"
        "Nexus is an executive body of the North East Combined Authority\n",
        "Nexus",
    ),
    # a fire service whose letters come from the council it is part of, signed on its behalf
    (
        "KENT FIRE AND RESCUE SERVICE\nPart of Kent County Council\n\nKent County Council, County Hall, "
        "Maidstone\n\nDear Ms Smith\n\nYou asked about charges made by Kent Fire and Rescue Service. We cannot "
        "answer within the cost limit. Write to foi@kent.gov.uk.\n\n"
        "Yours sincerely\n\nFOI Officer\nKent County Council on behalf of Kent Fire and Rescue Service\n",
        "Kent Fire and Rescue Service",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_authority(text: str, expected: str | None) -> None:
    finding = extract_authority(text)
    assert (finding.name if finding else None) == expected


def test_gazetteer_bodies_are_flagged_and_form_bodies_are_not() -> None:
    found = extract_authority("Response\nThe information is held by Kirklees Council.")
    assert found is not None and found.in_gazetteer and found.kind == "council" and found.nation == "England"
    form = extract_authority("Response\nLower Snoring Town Council does not hold this.")
    assert form is not None and not form.in_gazetteer and form.name == "Lower Snoring Town Council"
    assert form.kind == "council"


def test_span_points_at_a_mention() -> None:
    text = "Response\nThe information is held by Kirklees Council."
    found = extract_authority(text)
    assert found is not None and found.span is not None
    assert text[found.span.start : found.span.end] == found.span.quote == "Kirklees Council"


def test_sender_domain_wins_over_text() -> None:
    meta = {"from": "Information Rights <foi@northumbria.pnn.police.uk>", "subject": "Your request"}
    found = extract_authority("We liaised with Durham Constabulary about this.", meta)
    assert found is not None and found.name == "Northumbria Police" and found.signal == "email-domain"


def test_sender_display_name_when_domain_unknown() -> None:
    found = extract_authority("No names here.", {"from": "Wokingham Borough Council <noreply@example.com>"})
    assert found is not None and found.name == "Wokingham Borough Council"


def test_hint_matched_or_kept() -> None:
    found = extract_authority("anything", hint="Avon & Somerset Police")
    assert found is not None and found.name == "Avon and Somerset Constabulary" and found.signal == "hint"
    kept = extract_authority("anything", hint="Nether Wallop Allotment Society")
    assert kept is not None and not kept.in_gazetteer and kept.name == "Nether Wallop Allotment Society"


def test_empty_text_gives_none() -> None:
    assert extract_authority("") is None
    assert extract_authority("   \n\n") is None


def test_a_body_named_in_capitals_on_the_letterhead_is_found_by_its_form() -> None:
    text = "UPPER WIBBLETON NHS FOUNDATION TRUST\n12 Mill Lane, Upper Wibbleton\n\nQ1. Do you fund it?\nNo.\n"
    found = extract_authority(text, {})
    assert found is not None
    assert found.name == "Upper Wibbleton NHS Foundation Trust" and not found.in_gazetteer and found.kind == "nhs"


def test_letterhead_body_far_ahead_of_districts_named_in_the_request() -> None:
    text = (
        "Surrey County Council\nHighways Information Team\nCounty Hall, Woodhatch Place, Reigate RH2 8EF\n\n"
        "Dear Requester\n\nYou asked for correspondence about speed limits in Elmbridge and Waverley.\n"
        "We have searched our records and enclose the letters we found.\n"
    )
    found = extract_authority(text, {})
    assert found is not None and found.name == "Surrey County Council"


def test_a_web_page_navigation_bar_ending_in_contact_is_not_a_redirect() -> None:
    text = (
        "Home | Disclosure log | Contact\n\nMarshwood Borough Council\n\nFOI/24/0012\n\n"
        "Q1. Do you fund the scheme?\nYes.\n\n(c) Marshwood Borough Council\n"
    )
    found = extract_authority(text, {})
    assert found is not None and found.name == "Marshwood Borough Council"
    assert found.signal in ("letterhead", "holds-phrase")  # named at the top, and "(c) X" at the foot


def test_a_copyright_mark_on_a_web_pages_last_line_names_the_body_without_a_year() -> None:
    # a disclosure-log page naming its body only in the footer: "(c) X" on the last line is the site's owner, while
    # "(c)" opening a note above other lines stays a list label (test further on: the ombudsman in lettered notes)
    text = (
        "Home > Disclosure log\nBins and recycling\nReference: WB-25-001\n\nOur response\n\n1. Yes.\n"
        "2. There were 41 missed collections.\n\nWas this page useful?\n(c) Wibbleshire County Council Privacy "
        "Contact us\n"
    )
    found = extract_authority(text, {})
    assert found is not None and found.name == "Wibbleshire County Council"


def test_contact_before_a_name_is_a_redirect_only_within_its_line() -> None:
    from foitrack.extract.authority import _redirected

    text = "We do not hold this. You may wish to contact Thurrock Council.\n"
    start = text.index("Thurrock")
    assert _redirected(text, start, start + len("Thurrock Council"))
    heading = "Home | Contact\n\nThurrock Council\n"
    start = heading.index("Thurrock")
    assert not _redirected(heading, start, start + len("Thurrock Council"))


# General patterns of unseen replies (issue 10): each case in the project's own words.
UNSEEN_PATTERNS = [
    (
        "a partner body named three times loses to the body that signs",
        "Dear Ms Smith\nThank you for your request about knife crime.\n"
        "We work closely with Kent Police on this. Kent Police lead the partnership "
        "and Kent Police publish the figures.\n"
        "The council funded two youth workers in 2023.\nYours sincerely\nInformation Governance Team\n"
        "Maidstone Borough Council",
        "Maidstone Borough Council",
    ),
    (
        "a body that does not hold beats a body that publishes",
        "Dear Mr Jones\nNorthumbria Police does not hold the information requested.\n"
        "The Home Office publishes national figures.",
        "Northumbria Police",
    ),
    (
        "a disclosure-log page title ending in the body",
        "FOI 2024-118 Translation services spend | Thurrock Council\nRequest\nHow much did you spend?\n"
        "Response\nWe spent £4,000.",
        "Thurrock Council",
    ),
    (
        "a hospital letterhead gives its trust",
        "Barnsley Hospital\nGawber Road\nDear Mr Khan\nThank you for your request.\n"
        "The Trust does not hold this information.\nYours sincerely\nFOI Officer",
        "Barnsley Hospital NHS Foundation Trust",
    ),
    (
        "a body known by its initials in its web address",
        "Headquarters\n1 Airport Road\nenquiries@nifrs.org\nDear Sir\nThe number of call-outs was 14.",
        "Northern Ireland Fire and Rescue Service",
    ),
    (
        "a body in capitals by its initials, calling itself what it is",
        "How much does this university pay its agents?\nThe University pays a commission set by contract. "
        "UWS competes for students with other universities.",
        "University of the West of Scotland",
    ),
    (
        "a heading naming the body's response",
        "Please tell us your request\nI would like the letters between the owner and the council.\n"
        "Wibbleford Town Council Response\nWe enclose the letters.",
        "Wibbleford Town Council",
    ),
    (
        "a government department by its GOV.UK page",
        "FOI Team\nwww.gov.uk/home-office\nDear Mr Patel\nUnder section 12 the department is not obliged to comply.",
        "Home Office",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), UNSEEN_PATTERNS, ids=[c[0] for c in UNSEEN_PATTERNS])
def test_general_patterns_of_unseen_replies(case: str, text: str, expected: str) -> None:
    found = extract_authority(text, {})
    assert found is not None and found.name == expected, case


def test_special_constabulary_is_not_a_force() -> None:
    text = "There were 60 officers (including members of the Special Constabulary) subject to hearings."
    assert extract_authority(text, {}) is None


def test_derived_names_never_displace_a_listed_name() -> None:
    from foitrack.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.by_acronym("CCE") is None  # an "other" body's initials are subject-matter initials
    london = gazetteer.find_in_text("Our offices are in London.")
    assert all(m.body.kind != "fire" for m in london)  # "London" opens many bodies' names


MORE_UNSEEN_PATTERNS = [
    (
        "a copyright line at the foot",
        "Request\nHow much?\nResponse\nNone.\n© 2024 Thurrock Council",
        "Thurrock Council",
    ),
    (
        "one cell of a signature line",
        "Dear Mr Lee\nWe do not hold this.\nRegards\nFOI Team | Thurrock Council | Civic Offices",
        "Thurrock Council",
    ),
    (
        "a possessive response heading",
        "Request: How many potholes?\nThurrock Council's response: 412 potholes were repaired.",
        "Thurrock Council",
    ),
    (
        "a council by place and the word Council beats a partner force named four times",
        "Dear Ms Young\nYou asked about an operation run by West Yorkshire Police. West Yorkshire Police led it, "
        "and West Yorkshire Police officers attended 12 events. West Yorkshire Police can tell you more.\n"
        "Bradford Council does not hold information about the costs.",
        "City of Bradford Metropolitan District Council",
    ),
    (
        "a university by its form, not 'The University'",
        "Wibbleton Hallam University\nDear requester\nThe University does not hold this.",
        "Wibbleton Hallam University",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), MORE_UNSEEN_PATTERNS, ids=[c[0] for c in MORE_UNSEEN_PATTERNS])
def test_more_general_patterns(case: str, text: str, expected: str) -> None:
    found = extract_authority(text, {})
    assert found is not None and found.name == expected, case


def test_the_body_of_the_kind_the_reply_calls_itself_beats_a_partner_of_another_kind() -> None:
    text = (
        "Dear Mr Hall\nThank you for your request.\nYou asked about patrols run with Essex Police. Essex Police run "
        "the patrols and Essex Police officers lead them; Essex Police told us the number.\n"
        "The Council does not hold patrol data. The council funds two wardens, who report to Thurrock Council "
        "managers weekly on their work in the area.\nWe hope this helps.\nIf you are unhappy, ask for a review.\n"
        "The review will be done within 20 working days.\nYou may also complain to the regulator.\nEnd of letter."
    )
    found = extract_authority(text, {})
    assert found is not None and found.name == "Thurrock Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS Wibbleshire Integrated Care Board\nDear Sir\nThe ICB does not hold this.", "nhs"),
        ("Dear Sir\nWibbleshire Fire and Rescue Authority does not hold the information.", "fire"),
        # GP practices answer FOI requests too
        ("Dear Ms Roe\nWe do not hold this.\nKind regards\nPractice Manager\nUpper Wibble Medical Practice", "nhs"),
        ("Dear Ms Roe\nThe practice holds no such list.\nYours sincerely\nWibble Road Surgery", "nhs"),
        ("Dear Ms Roe\nWe hold no such list.\nYours sincerely\nLower Wibble Health Centre", "nhs"),
    ],
)
def test_bodies_outside_the_gazetteer_by_their_form(text: str, expected: str) -> None:
    found = extract_authority(text, {})
    assert found is not None and not found.in_gazetteer and found.kind == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Roe\nWe hold no list for the Department of Cardiac Surgery.\nYours sincerely\nFOI Team",
        "Dear Ms Roe\nThe Wibble Day Surgery unit holds no list.\nYours sincerely\nFOI Team",
    ],
)
def test_a_hospital_department_is_no_gp_surgery(text: str) -> None:
    assert extract_authority(text, {}) is None


def test_a_department_signing_beats_departments_it_mentions() -> None:
    text = (
        "Dear Mr Grey\nThank you for your request. The Department has searched its records. The Department does "
        "not hold a list of the contracts.\nThe Cabinet Office publishes some figures, and the Home Office may "
        "have more; the Home Office also publishes a summary.\nDepartment for Education"
    )
    found = extract_authority(text, {})
    assert found is not None and found.name == "Department for Education"


@pytest.mark.parametrize(
    "text",
    [
        "I am writing to Merseyside Police to ask how many drones you own.\nResponse\nWe own 4 drones.",
        "Thank you for contacting Merseyside Police's Freedom of Information team.\nWe own 4 drones.",
    ],
)
def test_the_body_written_to_or_contacted(text: str) -> None:
    found = extract_authority(text, {})
    assert found is not None and found.name == "Merseyside Police"


# The fallback: no body clearly ahead, so the best-supported one named outside the request, marked unsure.
FALLBACK_CASES = [
    (
        "a body named only by its initials in the answer, three times",
        "You asked\nHow many bicycles did you buy?\nWe answered\nOur staff looked across every team in TfL "
        "for purchase records. Local bodies such as TfL keep these for six years; we bought 40.\n"
        "TfL bicycles are serviced yearly.",
        "Transport for London",
    ),
    (
        "bodies named only in the request lose to the one the answer names",
        "Request\nPlease send the letters Avon and Somerset Constabulary sent about the bus report, as "
        "Avon and Somerset Constabulary said on 3 May and Avon and Somerset Constabulary said again on 9 May; "
        "the report was on the Welsh Government website.\nOur response\nAnswering would place an "
        "unreasonable burden on the Welsh Government.",
        "Welsh Government",
    ),
    (
        "a body named once, as the source of guidance, is not taken",
        "Question 2\nWhat training do officers get?\nAnswer\nOfficers are trained as directed by the "
        "College of Policing.",
        None,
    ),
    (
        "a body the request asks about, of another kind than the reply calls itself, is not taken",
        "Request\nPlease send the letters between you and the Home Office about hotels, and any notes of "
        "meetings with the Home Office, and what the Home Office paid.\nResponse\nThe Council holds four letters.",
        None,
    ),
    (
        "what a partner does as well (funds it) does not make it the answering body",
        "Request\nHow much does Sussex Police pay the Home Office for the PNC?\nResponse\nSussex Police does "
        "not pay for the PNC directly; the Home Office funds it.",
        None,
    ),
    (
        "the only body named of the kind the reply calls itself",
        "Request details\nWhat is the budget of the youth team?\nOutcome\nThe Council does not hold a separate "
        "budget. Kent County Council funds the team jointly with Kent Police.",
        "Kent County Council",
    ),
    (
        "a letterhead above the quoted request is the body's own, not the request's",
        "Exmoor National Park Authority\nExmoor House, Dulverton\n\nYou asked for:\n1. Letters between the "
        "Authority and Somerset Council about footpaths.\n\nOur response\nThe letters we exchanged with "
        "Somerset Council are enclosed.",
        "Exmoor National Park Authority",
    ),
    (
        "a partner of another kind than the reply calls itself is not taken",
        "Response\nThe Council shares data with Kent Police. Kent Police keep the records; the Council does too.",
        None,
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), FALLBACK_CASES, ids=[c[0] for c in FALLBACK_CASES])
def test_fallback_takes_the_best_supported_body_marked_unsure(why: str, text: str, expected: str | None) -> None:
    finding = extract_authority(text)
    assert (finding.name if finding else None) == expected, why
    if finding is not None:
        assert finding.signal.startswith("unsure:") and finding.score <= 0.5


def test_a_credible_finding_is_not_marked_unsure() -> None:
    finding = extract_authority("Response\nThe information is held by Kirklees Council.")
    assert finding is not None and not finding.signal.startswith("unsure:")


def test_a_name_followed_by_lower_case_words_is_a_phrase_not_a_letterhead() -> None:
    from foitrack.extract.authority import _alone_on_line

    title = "Kent Police stations: FOI release\n"
    assert not _alone_on_line(title, 0, len("Kent Police"))
    letterhead = "Kent Police\nFreedom of Information Unit\n"
    assert _alone_on_line(letterhead, 0, len("Kent Police"))


def test_a_body_named_by_its_role_alone_is_told_by_the_place_the_reply_names() -> None:
    text = (
        "FOI 2023-41 Complaints about the police\nQuestion\nHow many complaints did the OPCC resolve?\n"
        "Answer\nI can confirm that the OPCC holds this information. Complaints about Kent Police staff "
        "are resolved by our team."
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Police and Crime Commissioner for Kent"
    assert extract_authority(text.replace("Kent Police", "police")) is None  # no place: no body


SUBJECT_CASES = [
    (
        "Request\nPlease send the review.\nResponse\nNHS Wibbleshire released part of the review and withheld "
        "the rest under section 43.",
        "NHS Wibbleshire",
    ),
    ("Transport Wibbleland does not hold figures for this route. We have checked our records.", "Transport Wibbleland"),
    ("Response\nThe Finance Department does not hold this. We searched our systems.", None),
    (
        "Request\nHow many beds?\nResponse\nUpper Wibble Health and Social Care Trust does not hold this.",
        "Upper Wibble Health and Social Care Trust",
    ),
    ("Answer\nWibbleshire Ambulance Service does not record call times by street.", "Wibbleshire Ambulance Service"),
    ("Answer\nChildren Services holds no list of these placements.", None),
    ("Response\nThe Secretary of State has decided that the report is exempt.", None),
    ("Answer\nThe Planning Committee decided the application in May.", None),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES)
def test_a_body_not_listed_is_found_as_the_subject_of_what_only_the_answering_body_does(
    text: str, expected: str | None
) -> None:
    finding = extract_authority(text)
    assert (finding.name if finding else None) == expected
    if finding is not None:
        assert not finding.in_gazetteer


def test_a_label_on_the_next_line_is_not_the_body_speaking() -> None:
    text = (
        "Road salt: FOI release\nFrom:\nDepartment for Transport\nPublished\n3 May 2024\nInformation request\n"
        "How much salt?\nResponse\nWe hold figures for 2023 only. Ofgem may hold more.\n"
    )
    found = extract_authority(text)
    # the page's publisher line ("From:" alone, the name below) is read as a heading naming who replies
    assert found is not None and found.name == "Department for Transport" and found.signal == "heading"
    joined = extract_authority("Response\nKirklees Council\nholds no such records.")
    assert joined is not None and joined.signal == "holds-phrase"  # a lower-case word continues the sentence


@pytest.mark.parametrize(
    "text",
    [
        "Does the Council hold a list of empty homes?\nNo.",
        "Has the University signed the pledge?\nYes.",
        "Summary of Council Expenditure\nWe spent £4m.",
        "Accordingly Council staff were told.",
        "Office of the Deputy Police Commissioner\nWe hold this.",
    ],
)
def test_sentence_words_before_a_form_word_name_no_body(text: str) -> None:
    from foitrack.extract.authority import _form_mentions

    assert not list(_form_mentions(text, []))


def test_a_trust_without_a_listed_domain_by_its_nhs_address() -> None:
    found = extract_authority("Thank you for your email.", {"from": "FOI Team <foi.requests@medway.nhs.uk>"})
    assert found is not None and found.name == "Medway NHS Foundation Trust" and found.signal == "email-domain"
    text = "Response\nWe hold no such records.\nFor a review write to foi@bartshealth.nhs.uk\n"
    in_text = extract_authority(text)
    assert in_text is not None and in_text.name == "Barts Health NHS Trust"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner that works "on behalf of" another body: neither is the body writing
        (
            "Office of the Police and Crime Commissioner for Kent\n\nDear Requester,\n"
            "The helpline is run by a charity on behalf of the Home Office. The Ministry of Justice grant "
            "paid for half of it, and the Ministry of Justice sets its rules.\n",
            "Police and Crime Commissioner for Kent",
        ),
        # a funder named three times ("funded by X", "X sets the conditions") against the council that signs
        (
            "Response\nThe scheme is funded by the Home Office. The Home Office sets the grant conditions and the "
            "Home Office audits it each year.\nYours sincerely\nSurrey County Council\n",
            "Surrey County Council",
        ),
        # a partner that "held" the data in the past, named three times, against the board that signs
        (
            "Thank you for your request.\n1. How many contracts? NHS England held these until 2023, so NHS England "
            "has the older figures; please ask NHS England.\n2. What budget? £3.2m.\n\nInformation Team\n"
            "NHS Somerset\n",
            "NHS Somerset Integrated Care Board",
        ),
        # a partner that "holds" the payslips, named twice, against the service that signs the letter
        (
            "Dear Sir\nWe hold the following. Wibble County Council runs our payroll, and Wibble County Council "
            "holds the payslips.\nRegards\nEssex County Fire and Rescue Service\n",
            "Essex County Fire and Rescue Service",
        ),
        # an integrated care board by the name it goes by, with NHS England as the earlier holder
        (
            "NHS Dorset\nFreedom of Information Response\n\nNHS Dorset does not hold this. Records before 2023 "
            "were held by NHS England.\n",
            "NHS Dorset Integrated Care Board",
        ),
    ],
)
def test_the_writer_over_partners_it_names(text: str, expected: str) -> None:
    found = extract_authority(text)
    assert found is not None and found.name == expected


def test_the_foot_of_a_reply_with_joined_paragraphs_is_its_last_lines_only() -> None:
    """A reply whose paragraphs are each one long line: its last twelve lines reach up into the answer,
    where a partner alone in a table cell is no sign-off."""
    paragraph = "We have considered the request carefully and set out the position in the paragraph below. " * 4
    text = (
        f"Exmoor National Park Authority\nExmoor House, Dulverton\n\nDear Requester,\n\n{paragraph}\n\n{paragraph}\n\n"
        f"Surveys\nNatural England\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n"
        "Yours faithfully\n\nInformation Officer\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Exmoor National Park Authority"


def test_a_hospital_signing_answers_as_its_trust() -> None:
    text = (
        "Dear Requester,\nWe do not keep a record of parking fines.\nYours sincerely\nFOI Office\n"
        "Airedale General Hospital\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Airedale NHS Foundation Trust"
    assert extract_authority("Dear Requester,\nWe hold none.\nYours sincerely\nWibble Cottage Hospital\n") is None


def test_on_behalf_of_counts_half_a_phrase() -> None:
    """The writer's body ("sent on behalf of X") and the body a partner works for ("run by a charity on
    behalf of Y") are both served: it counts, but less than a body that speaks or signs."""
    text = "Dear Requester,\nThis reply is sent on behalf of Mid Devon District Council. The pool is run by a trust.\n"
    found = extract_authority(text)
    assert found is not None and found.name == "Mid Devon District Council"


def test_a_host_signing_on_behalf_of_the_body_it_supports_is_its_agent_not_the_body() -> None:
    text = (
        "From: Leicester, Leicestershire and Rutland Police and Crime Panel <panel@leics.gov.uk>\n\nDear Requester,\n"
        "The Panel does not hold what you asked for.\n\nKind regards\n\nScrutiny Officer\n"
        "Leicestershire County Council, on behalf of the Leicester, Leicestershire and Rutland Police and Crime Panel\n"
        "County Hall, Wibble Road, Leicester LE9 9ZZ\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Leicester, Leicestershire and Rutland Police and Crime Panel"
    # a sentence opening so, above the sign-off, leaves the body acting for a unit that is none of its own
    text = (
        "Dear Requester,\nLeicestershire Police, on behalf of the Wibble Unit, has considered your request and "
        "refuses it.\n\nYours sincerely\n\nLeicestershire Police\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Leicestershire Police"


def test_a_body_the_gazetteer_lacks_heading_the_letter_in_the_noun_it_calls_itself() -> None:
    text = (
        "WIBBLESHIRE ORGAN DONATION SERVICE\nHigh Street\nLeeds\nLS1 4AA\n\nDear Requester,\n"
        "The Wibbleshire Organ Donation Service has searched its records. The Service does not hold this.\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibbleshire Organ Donation Service"
    text = "WIBBLESHIRE ORGAN DONATION SERVICE\nHigh Street\nLeeds\n\nDear Requester,\nWe do not hold this.\n"
    found = extract_authority(text)  # it never calls itself "the Service": the line may be a department's
    assert found is None or found.name != "Wibbleshire Organ Donation Service"


def test_a_bilingual_sign_off_signs_the_letter() -> None:
    # "Yn gywir / Yours sincerely" is a valediction; the English name after " / " is a cell of its own line
    text = (
        "Annwyl / Dear Mr Jones\nWe spent 12 hours on this.\n\nYn gywir / Yours sincerely\n\nA Person\n"
        "Swyddog Gwybodaeth / Information Officer Cyngor Sir Ddinbych / Denbighshire County Council\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == ("Denbighshire County Council", "signed")


def test_a_body_named_in_an_address_as_premises_is_not_alone_on_its_line() -> None:
    from foitrack.extract.authority import _alone_on_line

    line = "The Lodge, Kent Police HQ, Mill Road\n"
    assert not _alone_on_line(line, 11, 11 + len("Kent Police"))
    assert _alone_on_line("The Lodge, Kent Police, Mill Road\n", 11, 11 + len("Kent Police"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Response\nThe information is held by Caledonian Maritime Assets Limited.\n",
            "Caledonian Maritime Assets Limited",
        ),
        ("Response\nThe information is held by Caledonian Maritime Assets.\n", "Caledonian Maritime Assets"),
        ("Response\nThe information is held by Sellafield Ltd.\n", "Sellafield Ltd"),
    ],
)
def test_a_company_keeps_the_legal_form_it_writes_after_its_name(text: str, expected: str) -> None:
    finding = extract_authority(text)
    assert finding is not None and finding.name == expected


def test_a_form_name_running_into_a_known_name_from_another_column_is_the_known_body() -> None:
    # a two-column bilingual letterhead whose columns normalising has run together
    text = "Cyngor Sir Wibble Flintshire County Council\nCounty Hall\n\nDear Requester\nWe hold 12 records.\n"
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Flintshire County Council"


@pytest.mark.parametrize(
    ("head", "again", "expected"),
    [
        ("Port of Wibble\nDock Road, Wibble", "The Port does not charge for this.", "Port of Wibble"),
        ("Health Improvement and Care Wibbleland\nTy Wibble", "HICW holds no such file.", None),
        ("Health Improvement and Care Wibbleland\nTy Wibble", "HICW does not hold it.", None),
        ("Llyfrgell Wibble / The National Library of Wibble", "the Library's records show 12.", None),
        ("Wibble Dock Company", "Wibble Dock Company, Quay Street", None),
        ("Wibbling Wales / Wiblo Cymru", "Did Wibbling Wales approve them? Yes.", "Wibbling Wales"),
        ("Wibbling Northern Ireland\nDock Road, Wibble", "Wibbling NI has 3 staff.", "Wibbling Northern Ireland"),
    ],
)
def test_a_body_no_list_knows_heading_the_letter_and_named_again_is_a_best_guess(
    head: str, again: str, expected: str | None
) -> None:
    text = f"{head}\n\nOur ref: 12/25\n\nDear Requester\nThank you for your request.\n{again}\n"
    finding = extract_authority(text)
    name = expected or head.split("\n")[0].split(" / ")[-1]
    assert finding is not None and (finding.name, finding.signal) == (name, "unsure:letterhead")
    assert finding.score <= 0.5  # `show` marks it as a guess


@pytest.mark.parametrize(
    "head",
    [
        "FOI Request - Council Agency Worker Data",  # a subject, whose last word is no institution's noun
        "Information Governance Team",  # a team
        "Wibble Dock Company",  # named once only
    ],
)
def test_a_letterhead_line_not_named_again_as_a_body_names_no_body(head: str) -> None:
    text = f"{head}\n\nDear Requester\nThe Council holds 12 records. The Team has checked.\n"
    assert extract_authority(text) is None


def test_a_known_name_split_over_two_letterhead_lines_is_not_its_last_line() -> None:
    text = (
        "Derbyshire Community Health Services\nNHS Foundation Trust\n\nRef: 12/25\n\n3 May 2025\n\nDear Requester\n"
        "The Trust runs four clinics. Its x-ray staff are employed by Sherwood Forest Hospitals NHS Foundation Trust.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Derbyshire Community Health Services NHS Foundation Trust"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's name going on to "NHS ... Trust" is the trust's whole name, kind nhs
        (
            "Upper Wibble Hospitals Wibbleshire NHS Foundation Trust\nDear Sir\nThe Trust holds 12 records.\n",
            "Upper Wibble Hospitals Wibbleshire NHS Foundation Trust",
        ),
        # a university's name going on to "Hospitals NHS ... Trust" is the trust's too, not a university
        (
            "Wibbleton University Hospitals NHS Foundation Trust\nDear Sir\nThe Trust holds 12 records.\n",
            "Wibbleton University Hospitals NHS Foundation Trust",
        ),
        ("Your request was received by Wibblemouth Harbour Authority on 3 May.\n", "Wibblemouth Harbour Authority"),
        ("Kind regards\nJo Bloggs\nWibble Port Authority\n", "Wibble Port Authority"),
    ],
)
def test_harbour_bodies_and_trusts_named_after_their_hospitals_by_their_form(text: str, expected: str) -> None:
    finding = extract_authority(text)
    assert finding is not None and finding.name == expected
    assert finding.kind == ("nhs" if "Trust" in expected else "other")


def test_a_body_most_replies_name_heading_the_letter_on_its_own_line_answers() -> None:
    text = (
        "Information Commissioner's Office\n\nOur ref: IC-12345\n\nDear Requester\nWe hold 14 records of this kind.\n"
        "If you are unhappy you may ask for an internal review, then complain to the Information Commissioner.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Information Commissioner's Office"
    # named only as where to complain, it is still no candidate
    assert extract_authority(text.split("\n", 1)[1]) is None


def test_a_body_no_list_knows_signing_the_letter_and_named_again_by_its_initials_is_a_best_guess() -> None:
    text = (
        "Our ref: 25/118\n\nDear Mr Jones,\nThank you for your email.\n\nBefore we can answer, please tell us:\n"
        "- which years you want; and\n- whether totals would do.\n\nWe will then start again.\n\n"
        "Diolch / Thank you,\n\nA Person\nSwyddog Gwybodaeth | Information Officer\n"
        "Gwasanaeth Wibble | Marine Records and Survey Wales\n\n"
        "-----Original Message-----\nFrom: A Jones\nSent: 3 June 2025 10:00\nTo: FOI MRSW\n> Please send the logs.\n"
    )
    finding = extract_authority(text)
    expected = ("Marine Records and Survey Wales", "unsure:signed")
    assert finding is not None and (finding.name, finding.signal) == expected
    assert extract_authority(text.replace("FOI MRSW", "FOI Team")) is None  # never named again


def test_a_letterhead_name_with_a_bracketed_word_is_read_without_error() -> None:
    # its initials hold the bracket ("WS(W" for "Wibble Shipyards (Wobble Bay) Limited"): a pattern of them unescaped
    # failed to compile and the whole file failed to ingest
    text = (
        "Wibble Shipyards (Wobble Bay) Limited\nFreedom of Information\n\nDear Ms Smith,\n\nWibble Shipyards "
        "(Wobble Bay) Limited does not hold the information you asked for.\n\nYours sincerely,\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Shipyards (Wobble Bay) Limited"


def test_a_name_signing_the_letter_is_named_again_by_the_noun_before_its_and() -> None:
    text = (
        "Hi Jo,\n\nWe do not count visitors at the door (the museum and park are free to enter), so we hold no "
        "figures.\n\nBest wishes,\nVisitor Team\nWibble Museum and Park\n1 Wobble Road, Wibbleton\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == ("Wibble Museum and Park", "unsure:signed")
    assert extract_authority(text.replace("the museum and park", "the site")) is None  # never named again


def test_a_gaelic_sign_off_opens_the_signature() -> None:
    text = (
        "Dear Ms Jones\n\n1. Wobbles counted in 2024: 40\n\nYou may ask the Wibble Commission to review this.\n\n"
        "Le deagh dhùrachd / Kind regards\nJo Bloggs\nInformation Officer\nCoimisean Wibble / Wibble Commission\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == ("Wibble Commission", "unsure:signed")


def test_a_place_before_a_postcode_is_an_address_line_not_a_letterhead_body() -> None:
    text = (
        "Wibble Medical Council\n4 Quay Street\nLeicester LE1 9ZZ\n\nDear Requester\nThank you for your request.\n"
        "We hold 12 records.\n\nYours sincerely\n\nA Person\nWibble Medical Council\n"
    )
    finding = extract_authority(text)
    # a national council's name (lexicon.FORM_VETO) that is the whole of a letterhead line is read by its form
    expected = ("Wibble Medical Council", "signed", "other")
    assert finding is not None and (finding.name, finding.signal, finding.kind) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [("LEICESTER COLLEGE", "Leicester College"), ("CITY OF LEICESTER COLLEGE", "City of Leicester College")],
)
def test_a_place_opening_an_institutions_name_set_in_capitals_is_not_the_council(head: str, expected: str) -> None:
    text = f"{head}\n1 High Street, Leicester LE1 9ZZ\n\nDear Requester\nThe College holds 12 records.\n"
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == (expected, "unsure:letterhead")


def test_a_place_opening_an_institutions_name_in_the_sign_off_is_not_the_council() -> None:
    text = (
        "Dear Requester\nWe need you to clarify your request.\n\nKind regards\n\nA Person\nCompliance Officer\n"
        "Leicester College\nHigh Street\n\nThis email is confidential. Leicester College accepts no liability.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Leicester College" and finding.signal.startswith("unsure:")


def test_a_place_before_its_county_and_a_postcode_is_an_address_line() -> None:
    text = (
        "Leicester College\nHigh Street, Leicester, Leicestershire LE1 9ZZ\n\nDear Requester\n"
        "Thank you for your request. We hold 12 records.\n\nYours sincerely\n\nA Person\nLeicester College\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Leicester College" and finding.signal.startswith("unsure:")


def test_a_body_no_list_knows_whose_name_ends_in_a_place_over_an_address_in_that_place_is_a_best_guess() -> None:
    head = "Royal Physic Garden Leeds\n14 Park Row\nLeeds\nLS1 5HD\n\nOur ref: 12/25\n\n"
    body = "Dear Requester\nThank you for your request.\nThe RPGL holds 12 loan agreements.\n"
    finding = extract_authority(head + body)
    assert finding is not None and (finding.name, finding.signal) == ("Royal Physic Garden Leeds", "unsure:letterhead")


def test_a_bilingual_letterhead_run_into_one_line_gives_the_english_name() -> None:
    text = (
        "CYNGOR CYMUNED WIBBLE WIBBLE COMMUNITY COUNCIL\nSwyddfa'r Cyngor Council Office\n\n3 June 2025\n\n"
        "Dear Mr Person,\nThe Community Council holds the minutes you asked for, attached.\n\n"
        "Yours sincerely,\nA Clerk\nClerk to the Council\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Community Council"


def test_a_bilingual_letterhead_whose_welsh_column_names_the_place_in_welsh_gives_the_english_name() -> None:
    # the Welsh column's place differs from the English one, which the letter names again
    text = (
        "CYNGOR TREF Y WIBBLOG WIBBLE TOWN COUNCIL\nNeuadd y Dref Town Hall\n\n3 June 2025\n\n"
        "Dear Mr Person,\nThe Town Council holds no record of parking fines in Wibble.\n\n"
        "Yours sincerely,\nA Clerk\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Town Council"


def test_an_address_in_the_sentence_sending_the_requester_elsewhere_is_that_bodys_not_the_answerers() -> None:
    head = "WIBBLE TOWN COUNCIL\nTown Hall, Wibble\n\n3 June 2025\n\nDear Mr Person,\n"
    body = (
        "The Town Council holds nothing on this. Bins in Wibble are emptied by Flintshire County Council, which "
        "collects them across the county.\n\n"
        "You may wish to send your request to Flintshire County Council, whose information team can be "
        "reached at foi@flintshire.gov.uk.\n\nYours sincerely,\nA Clerk\n"
    )
    finding = extract_authority(head + body)
    # sure: the other body's address no longer counts for it, so it is no close rival
    assert finding is not None and (finding.name, finding.signal) == ("Wibble Town Council", "letterhead")


def test_an_abbreviation_the_reply_defines_belongs_to_its_own_name_not_a_listed_body_sharing_it() -> None:
    # "EA" is the Environment Agency's abbreviation in the gazetteer; this reply defines it as its own name
    text = (
        "Dear Requester\n\nThank you for your email to the Estates Association (EA) of 2 May.\n"
        "The EA holds no list of the sites you name, and the EA has not surveyed them.\n\n"
        "Kind regards\n\nA Person\nRecords Officer\nEstates Association\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Estates Association"


def test_an_abbreviation_defined_for_a_variant_of_the_listed_name_stays_that_body() -> None:
    text = (
        "Dear Requester\n\nYou asked His Majesty's Prison and Probation Service (HMPPS) about hostels.\n"
        "HMPPS holds the figures you asked about and they are attached.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "HM Prison and Probation Service"


def test_a_body_the_reply_sends_the_requester_to_with_its_address_is_not_the_body_answering() -> None:
    text = (
        "Dear Requester\n\nYour request was received by the Office of the Police and Crime Commissioner for Kent.\n"
        "This office does not hold the figures. They are kept by Kent Police, which is a separate public "
        "authority.\nYou may wish to send your request to Kent Police. Their details are:\n\n"
        "Information Unit\nKent Police\nSutton Road\nfoi@kent.police.uk\n\nKind regards\n\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Police and Crime Commissioner for Kent"


def test_bodies_listed_under_you_may_wish_to_contact_are_sent_to_not_answering() -> None:
    text = (
        "Thurrock Council  >  Freedom of Information  >  Replies\n\nFOI reply: parking fines\n\n"
        "Ref: FOI/77\nReceived: 01/03/2025\n\nRequest:\n1. How many fines were issued?\n2. What was raised?\n\n"
        "Response:\nThurrock Council does not issue these fines, so the council does not hold this information.\n"
        "Fines of this kind are processed by Essex Police. You may wish to contact:\n\n"
        "   Essex Police - Information Unit, Springfield, Chelmsford\n"
        "   Essex County Council - foi@essex.gov.uk\n\n"
        "You can ask for a review by writing to foi@thurrock.gov.uk.\n\nBack to replies | Print\n\n"
        "(c) Thurrock Council 2025\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Thurrock Council"


def test_an_unlisted_body_heading_the_letter_beats_its_government_named_by_the_shared_domain_suffix() -> None:
    # "gov.scot" is the Scottish Government's domain, but "wibbleboard.gov.scot" is another body's; the Scottish
    # Information Commissioner named in the rights paragraph does not answer
    text = (
        "Wibble Land Board\nBoard House, Wibble Road, Inverness IV1 1AA\n\nDear Requester\n\n"
        "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002\n\nThank you for your request. The Board does not hold the "
        "figures you asked for.\n\nYou may ask for a review by writing to foi@wibbleboard.gov.scot. After that\n"
        "you may apply to the Scottish Information Commissioner\nfor a decision.\n\nYours sincerely\n\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Land Board"


def test_a_place_opening_a_street_or_bay_in_a_letterhead_address_is_no_letterhead_body() -> None:
    # "Leicester" alone over a postcode is already an address; running into "Road" or after Welsh "Heol" it is too
    for address in ("Leicester Road", "Heol Leicester"):
        text = (
            f"Wibble Standards Commission\n{address}\n\n3 June 2025\n\nDear Requester\n"
            "Thank you for your request. The Commission holds 12 records, listed below.\n"
        )
        finding = extract_authority(text)
        assert finding is not None and finding.name == "Wibble Standards Commission", address


def test_a_name_heading_the_letter_and_named_again_beats_a_body_named_only_plainly_in_the_request() -> None:
    # "Leicester City Council" is what the request is about; the letterhead's "Office of ..." answers as "OWSR"
    text = (
        "Office of the Wibble Sports Regulator\n1 High Street\nWibble WB1 2XY\n\nDear Requester\n\n"
        "You asked OWSR for the number of complaints about clubs in the Leicester City Council area.\n\n"
        "OWSR estimates that answering would cost more than the limit. Clubs with a Leicester postcode number "
        "about 200.\n\nYours sincerely\n\nA Person\n"
    )
    finding = extract_authority(text)
    expected = ("Office of the Wibble Sports Regulator", "unsure:letterhead")
    assert finding is not None and (finding.name, finding.signal) == expected


def test_a_bilingual_letterhead_with_the_welsh_article_gives_the_english_name() -> None:
    text = (
        "Comisiwn y Senedd Senedd Commission\nHeol Wibble Wibble Road\n\n3 June 2025\n\n"
        "Dear Mr Person,\nYou asked about the lifts. The Commission keeps a log of each repair.\n"
        "Two lifts in the Senedd were mended this year.\n\nYours sincerely,\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Senedd Commission"


def test_a_compass_point_and_a_nation_heading_the_letter_is_a_region_not_a_body() -> None:
    text = "South Wales\n\nDear Requester\nWe hold 12 records about South Wales.\n"
    assert extract_authority(text) is None


def test_a_department_name_wrapped_over_a_line_is_a_name_not_the_reply_calling_itself_a_department() -> None:
    # a listed department, named once over a line break, funds the body heading the letter: the reply is no
    # department's, and the department is no credible answerer
    text = (
        "Wibbling Northern Ireland\nDock Road, Wibble\n\nDear Requester\n\nWibbling NI funds 4 centres, "
        "from a grant cut by the Department for the\n  Economy. Belfast has two of them.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibbling Northern Ireland"


@pytest.mark.parametrize(
    ("listed", "quote", "text", "expected"),
    [
        ("Wibbles Hill Council", "Wibble's Hill", "", "Wibble's Hill Council"),
        ("Wibbles Hill Council", "WIBBLE’S HILL", "", "Wibble’s Hill Council"),
        ("Wibble Sport (Sports Council for Wibble)", "Wibble Sport", "", "Wibble Sport"),
        ("Wibble Tribunal (Lands Chamber)", "Wibble Tribunal", "", "Wibble Tribunal (Lands Chamber)"),
        (
            "Wibble Sport (Sports Council for Wibble)",
            "Wibble Sport",
            "Wibble Sport (Sports Council for Wibble) holds it",
            "Wibble Sport (Sports Council for Wibble)",
        ),
    ],
)
def test_a_listed_name_is_given_as_the_reply_writes_it(listed: str, quote: str, text: str, expected: str) -> None:
    # an apostrophe the listed spelling lost is put back; another name in brackets the reply never writes is dropped,
    # a bracketed part telling one tribunal from another (no institution's noun) is kept
    assert authority._name_as_written(listed, quote, text) == expected


def test_a_kind_of_body_alone_as_a_sentences_subject_is_no_name() -> None:
    # "The Combined Authority has considered": the reply calling itself by its kind, not a body of that name
    text = (
        "Wibble and Upper Wibbleshire Combined Authority\n1 High Street, Wibble\n\nDear Requester\n\n"
        "The Combined Authority has considered your request. The Combined Authority holds 3 reports.\n\n"
        "Yours sincerely\n\nFOI Team\nWibble and Upper Wibbleshire Combined Authority\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble and Upper Wibbleshire Combined Authority"


def test_a_letterhead_in_capitals_keeps_ni_in_capitals() -> None:
    text = (
        "WIBBLE GALLERIES NI\n1 Dock Road, Wibble\n\nDear Requester\n\nYour request reached Wibble Galleries NI "
        "in May. We hold 4 paintings by the artist.\n\nYours sincerely\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Galleries NI"


def test_subject_form_lines_are_found_by_every_verb_its_pattern_names() -> None:
    """SUBJECT_FORM is read only on lines holding one of SUBJECT_VERBS: a verb added to the cue's lookahead
    without a word of that list in it would never be tried."""
    from foitrack.extract import authority
    from foitrack.lexicon import authority as lexicon

    verbs = re.search(r"\(\?:(hold\|.*)\)\\b\)$", lexicon.SUBJECT_FORM.pattern)
    assert verbs is not None, "SUBJECT_FORM's verb alternation moved: update this test"
    for verb in verbs.group(1).split("|"):  # "carried out a search" is one: it holds "search"
        assert any(word in verb for word in authority.SUBJECT_VERBS), verb


def test_a_parent_named_in_passing_loses_to_its_agency() -> None:
    # "X is an executive agency of Y": the department heads the letter too and received the request, the agency answers
    text = (
        "Department for Transport\nDriver and Vehicle Licensing Agency\n\nDear Requester\n\n"
        "Your request was received by the Department for Transport and passed to us. The DVLA is an executive "
        "agency of the Department for Transport. The Department for Transport sets its budget.\n\n"
        "We hold 12 reports.\n\nYours sincerely\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Driver and Vehicle Licensing Agency"


def test_a_subsidiary_is_named_apart_from_its_parent_with_the_legal_form_it_writes() -> None:
    # "X Limited is a subsidiary of Y": X writes, and Y, its parent named in passing, is no rival; the letterhead
    # names X without its legal form, the sentence with it
    text = (
        "CalMac Ferries\n\nDear Requester\n\nWe hold 3 reports. CalMac Ferries Limited is a wholly owned subsidiary "
        "of David MacBrayne Limited, which the Scottish Ministers own. David MacBrayne publishes its accounts.\n\n"
        "Yours sincerely\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "CalMac Ferries Limited"


def test_a_one_word_short_name_over_its_full_name_heads_the_letter() -> None:
    # a body no gazetteer lists heads its letter with its short name over its full name, and writes the short name
    # throughout; the council it sends the requester to, with that council's address in the same paragraph, is no
    # sign of who answered
    text = (
        "Wobtrans\nWobbleshire Travel Partnership\n1 Quay Street, Wobbleton\n\nDear Requester\n\n"
        "Wobtrans does not hold the information you asked for. You may wish to direct your request to Shetland "
        "Islands Council. Requests can be sent to foi@shetland.gov.uk.\n\n"
        "Yours sincerely\nA Person\non behalf of Wobtrans\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wobtrans"


def test_a_one_word_line_over_a_team_is_no_short_name() -> None:
    text = "Wobtrans\nInformation Governance Team\n\nDear Requester\n\nWobtrans holds 3 reports.\n"
    finding = extract_authority(text)
    assert finding is None or finding.name != "Wobtrans"


def test_an_address_in_the_paragraph_sending_the_requester_to_its_body_is_no_sign_of_it() -> None:
    # the council the requester is sent to, its address given in the next sentence of the same paragraph
    text = (
        "Dear Requester\n\nFreedom of Information (Scotland) Act 2002\n\nSchool transport in Fife is a function "
        "of Fife Council. We do not hold this information.\n\nYou may wish to direct your request to Fife Council, "
        "which is likely to hold it. Requests can be sent to foi@fife.gov.uk.\n\nYours sincerely\nA Person\n"
    )
    finding = extract_authority(text)
    assert finding is None or finding.name != "Fife Council"


def test_the_reply_signs_above_a_quoted_request_that_ends_in_its_writers_own_sign_off() -> None:
    text = (
        "Dear Requester\n\nWe hold 3 reports, attached.\n\nKind regards,\n\nA Person\nRecords Officer\n"
        "Thurrock Council\n\n"
        "-----Original Message-----\nFrom: A Requester\n\nPlease send me the reports.\n\nMany thanks,\nA Requester\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Thurrock Council" and finding.signal == "signed"


def test_a_list_label_c_before_a_body_is_no_copyright_mark() -> None:
    # notes lettered (a), (b), (c): the ombudsman named after "(c)" is a note's subject, not the copyright holder,
    # so the agency heading the page stays ahead of it; "(c) 2024" with a year is still a copyright mark
    text = (
        "Wibble Records Agency\nHome > About us > FOI\n\nRequest\n1. How many appeals went to the Scottish Public "
        "Services Ombudsman?\n\nResponse\nWe hold the figures; the table is below.\n\nNotes\n(a) Years end in March.\n"
        "(b) Counted once.\n(c) SPSO figures are those the Ombudsman sent us.\n\nThe Wibble Records Agency "
        "publishes these figures each year.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Records Agency"


def test_a_housing_association_signs_and_a_county_ending_its_address_line_does_not() -> None:
    text = (
        "Dear Requester\n\nFreedom of Information (Scotland) Act 2002\n\nWe evicted 3 tenants in 2024/25.\n\n"
        "Kind regards\n\nA Person\nGovernance Officer\nWibblevale Housing Association Limited\n"
        "Unit 2, Mill Court, Wobbleton, Fife\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibblevale Housing Association Limited"


def test_a_company_heading_the_letter_may_have_to_between_its_capitalised_words() -> None:
    text = (
        "Wibble to Wobble Ferries Ltd\n4 Quay Street\nWobbleton WB1 2XY\n\nDear Requester\n\n"
        "We sailed 412 crossings in 2024.\n\nYours sincerely\n\nA Person\nCompany Secretary\n"
        "Wibble to Wobble Ferries Ltd\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble to Wobble Ferries Ltd"
    # "to the" opens a phrase, no company's name: "Secretariat to the Wibble Commission"
    assert not authority._company("Response to the Wibble Panel Ltd", "Response to the Wibble Panel")


def test_a_place_ending_a_longer_name_that_heads_and_signs_the_letter_is_part_of_that_name() -> None:
    # "Glasgow" ends the landlord's own name at the top and under the valediction: no sign of the city council
    text = (
        "Wibble Homes Glasgow\n2 Mill Street, Glasgow G1 1AA\n\nDear Requester\n\nFreedom of Information (Scotland) "
        "Act 2002\n\nWe received 120 reports of damp in 2024/25.\n\nYours sincerely\n\nFOI Team\nWibble Homes Glasgow\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Homes Glasgow"


def test_a_page_title_naming_the_force_after_a_lower_case_word_is_no_letterhead() -> None:
    # a commissioner's page titled with what the request is about ("Use of X by <force>"): the force it oversees
    # does not head the page, and the office that speaks twice is credible
    text = (
        "Northumbria Police and Crime Commissioner\nHome > Disclosure log\n\nStop checks by Northumbria Police\n\n"
        "Request\n1) How many stop checks did the force make?\n\nResponse\n\nThe OPCC has considered your request. "
        "The OPCC does not hold this information; the records are held by Northumbria Police. You may wish to ask "
        "the force directly.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Police and Crime Commissioner for Northumbria"


def test_a_one_word_name_signing_the_letter_that_the_reply_makes_speak_is_the_body() -> None:
    text = (
        "Dear Requester\n\nThank you for your request. Wibra does not hold the figures you asked for; the colleges "
        "may hold them.\n\nYours sincerely\n\nInformation Governance Team\nWibra\nWibble House, Caerphilly CF1 1AA\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == ("Wibra", "unsure:signed")


def test_a_name_signing_with_its_legal_form_in_lower_case_is_the_body() -> None:
    text = (
        "Dear Requester\n\nThe Wibble Bank of Wobbleland neither confirms nor denies that it holds the information.\n\n"
        "Yours sincerely\n\nInformation Governance\nWibble Bank of Wobbleland plc\n"
    )
    finding = extract_authority(text)
    # the name as the reply gives itself, with its legal form (as lexicon.LEGAL_FORMS keeps it for a listed body)
    assert finding is not None and finding.name == "Wibble Bank of Wobbleland plc"


def test_a_commissioners_office_signs_though_a_county_opens_its_name() -> None:
    # "Staffordshire" opening the office's name under the valediction is no signature of the county council, nor
    # is a town under a street's line in the letterhead's address a letterhead
    text = (
        "12 Mill Road\nStafford\n\nDear Requester\n\nYour request reached the Staffordshire Wibble Commissioner's "
        "Office in May. The Commissioner funds two services jointly with Staffordshire County Council.\n\n"
        "Yours sincerely\n\nA Person\nStaffordshire Wibble Commissioner's Office\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Staffordshire Wibble Commissioner's Office"


def test_a_local_council_named_for_two_places_joined_by_with_is_named_whole() -> None:
    text = (
        "Dear Ms Person,\n\nThe council spent £120 on its website in 2024/25.\n\nYours sincerely\n\nA Clerk\n"
        "Town Clerk\nWibble with Wobbleton Town Council\nThe Town Hall, Wibble\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble with Wobbleton Town Council"


def test_the_town_after_an_offices_name_at_the_foot_is_its_address_not_the_body_signing() -> None:
    text = (
        "Dear Mr Person\n\nThe figures you asked for are in the table below.\n\nYear  Requests\n2024  61\n\n"
        "If you remain dissatisfied you can contact the Information Commissioner's Office, Leeds.\n\nRecords Team\n"
    )
    finding = extract_authority(text)
    assert finding is None or finding.name != "Leeds City Council"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        # a listed name running on into "Commission": the body that runs it, which the gazetteer lacks
        ("Yours sincerely\n\nA Person\nSenedd Commission\n", "Senedd Commission"),
        # a commission of inquiry named after the body is no body of its own
        (
            "The Senedd holds no papers of the Senedd Commission on Wibble Reform.\n\nYours sincerely\n\nA Person\n"
            "Senedd Cymru\n",
            "Senedd Cymru",
        ),
    ],
)
def test_a_listed_name_running_on_into_commission_names_the_body_running_it(tail: str, name: str) -> None:
    finding = extract_authority("Dear Ms Person\n\nThe figures you asked for follow: 12 events.\n\n" + tail)
    assert finding is not None and finding.name == name


def test_a_company_signing_the_letter_by_its_legal_form_and_named_again_is_a_best_guess() -> None:
    text = (
        "Our ref: EIR 25/118\nDate: 3 June 2025\n\nDear Ms Smith\n\nThank you for your request under the "
        "Environmental Information Regulations.\n\nThe figures you asked for are below.\n\n2023: 380\n2024: 412\n\n"
        "You may ask for an internal review.\n\nYours sincerely\n\nRegulation Team\n"
        "Wibble Water Services Limited\n1 Pump Lane, Wibbleton WB1 2XY\n\n"
        "Wibble Water Services Limited is registered in England and Wales.\n"
    )
    finding = extract_authority(text)
    expected = ("Wibble Water Services Limited", "unsure:signed")
    assert finding is not None and (finding.name, finding.signal) == expected
    # without its legal form the line is a team's ("Services") and names no body
    assert extract_authority(text.replace(" Limited", "")) is None


def test_a_bracketed_nation_before_a_companys_legal_form_is_part_of_its_form() -> None:
    text = (
        "Wobble Dwellings\n\nDear Mr Jones\n\nWobble Dwellings does not hold the list you asked for.\n\n"
        "Yours sincerely\n\nData Team\nWobble Dwellings (Wales) Limited\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wobble Dwellings (Wales) Limited"


def test_a_capitalised_word_before_university_of_heads_the_universitys_name() -> None:
    text = (
        "Wibbley University of Wobbleton\n\nDear Requester\n\nWe hold two reports, attached.\n\n"
        "Yours faithfully\n\nRecords Office\nWibbley University of Wobbleton\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.kind) == ("Wibbley University of Wobbleton", "university")


def test_a_short_form_in_brackets_after_a_listed_name_names_that_body_where_it_recurs() -> None:
    text = (
        "Dear Mr Smith\n\nYour request went to the Westminster Foundation for Democracy (WfD) for a reply.\n\n"
        "WfD does not hold any record of the grants you describe.\n\nYours sincerely\n\nWfD Records Desk\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Westminster Foundation for Democracy"
    assert finding.signal == "holds-phrase"
    # without the bracket, "WfD" is no short form of the body the text names
    unsure = extract_authority(text.replace(" (WfD)", ""))
    assert unsure is None or unsure.signal != "holds-phrase"


def test_an_address_whose_first_label_is_a_named_bodys_short_form_is_its_own() -> None:
    text = (
        "Veterinary Products Committee\n2 Wibble Lane\nWibbleton\n\nwww.vpc.gov.uk\n\nDear Ms Jones\n\n"
        "We have the minutes you asked for and attach them.\n\nYours sincerely\n\nSecretariat\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.signal) == ("Veterinary Products Committee", "email-in-text")


@pytest.mark.parametrize(
    "title",
    [
        "Cumbria Police, Crime and Victims' Commissioner",
        "Office of the Cumbria Police,\nCrime and Victims' Commissioner",
    ],
)
def test_a_forces_name_running_on_into_its_commissioners_title_names_the_commissioner(title: str) -> None:
    text = (
        f"Dear Mr Brown\n\nThe {title} does not hold the figures you asked for.\n\nKind regards\n\n"
        f"Office Manager\n{title}\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.kind == "pcc"
    assert " ".join(finding.name.split()).endswith("Cumbria Police, Crime and Victims' Commissioner")


def test_a_university_college_is_named_in_full() -> None:
    text = (
        "ST WIBBLE'S UNIVERSITY COLLEGE\n\nDear Requester\n\nThe College holds the policy; it is attached.\n\n"
        "Yours sincerely\n\nRecords Officer\nSt Wibble's University College\n"
    )
    finding = extract_authority(text)
    assert finding is not None and (finding.name, finding.kind) == ("St Wibble's University College", "university")


def test_a_name_in_capitals_opening_a_letterhead_line_run_into_another_column_is_read() -> None:
    text = (
        "WIBBLESHIRE VALUATION JOINT BOARD Assessor for Wibbleshire\n1 Wibble Street\n\nDear Ms Jones\n\n"
        "Our reply to each part of your request follows.\n\nYours sincerely\n\nDepute Assessor\n\n"
        "Wibbleshire Valuation Joint Board was set up by three councils.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibbleshire Valuation Joint Board"


def test_a_body_listed_in_a_sentence_naming_the_regulators_address_signs_nothing() -> None:
    text = (
        "Dear Mr Brown\n\nWe attach the figures you asked for.\n\nIf you are still unhappy after a review you can "
        "write to the Information Commissioner's Office, Northern Ireland Office, 4 Wibble Street, Wibbleton.\n\n"
        "Yours sincerely\n\nRecords Officer\n"
    )
    finding = extract_authority(text)
    assert finding is None or finding.name != "Northern Ireland Office"


def test_a_listed_name_going_on_to_a_remit_on_a_line_of_its_own_names_the_longer_body() -> None:
    text = (
        "Housing Ombudsman for the Wibble Isles\n\nDear Ms Green\n\nThe Housing Ombudsman for the Wibble Isles "
        "holds no such list.\n\nYours sincerely\n\nCaseworker\nHousing Ombudsman for the Wibble Isles\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Housing Ombudsman for the Wibble Isles"


def test_a_listed_name_going_on_to_a_remit_only_within_a_sentence_stays_the_listed_body() -> None:
    text = (
        "Dear Ms Green\n\nWe asked the Housing Ombudsman for Wibble Data last year; the Housing Ombudsman does not "
        "hold it.\n\nYours sincerely\n\nCaseworker\nHousing Ombudsman\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Housing Ombudsman"


def test_a_federation_signing_the_letter_and_named_again_is_the_body() -> None:
    text = (
        "Dear Mr Grey\n\nThe Federation does not hold a list of this kind.\n\nYours sincerely\n\nClerk\n"
        "Wobbleton Schools Federation\n\nWobbleton Schools Federation is a charity.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wobbleton Schools Federation"


def test_a_commission_on_a_subject_signing_the_letter_is_named_again_as_the_commission() -> None:
    text = (
        "Dear Mr Grey\n\nThe Commission does not hold any such notes.\n\nYours sincerely\n\nOfficer\n"
        "Royal Commission on the Old Wibble Mills of Wobbleland\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Royal Commission on the Old Wibble Mills of Wobbleland"


def test_a_letterhead_holding_a_listed_name_and_the_noun_the_reply_calls_itself_names_the_listed_body() -> None:
    text = (
        "Housing Ombudsman Service\n\nRequest\n\nHow many complaints about our service were there?\n\nResponse\n\n"
        "There were 40 complaints about our service.\n\n(c) Housing Ombudsman Service\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Housing Ombudsman"


def test_an_address_under_a_mayors_domain_is_not_the_mayors_body() -> None:
    gazetteer = authority.load_gazetteer()
    assert gazetteer.by_domain("foi@wibble.london.gov.uk") is None
    found = gazetteer.by_domain("foi@london.gov.uk")
    assert found is not None and found.name == "Greater London Authority"


def test_a_name_opening_with_a_list_of_places_keeps_its_first_place() -> None:
    text = (
        "Wibbleton, Wobble and Wabble Hospitals NHS Foundation Trust\n\nDear Mr Grey\n\n"
        "The Trust does not hold a list of this kind.\n\nYours sincerely\n\nOfficer\n"
        "Wibbleton, Wobble and Wabble Hospitals NHS Foundation Trust\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibbleton, Wobble and Wabble Hospitals NHS Foundation Trust"


def test_a_national_policing_council_heading_the_letter_answers_over_the_force_it_points_to() -> None:
    text = (
        "NATIONAL WIBBLE POLICE CHIEFS' COUNCIL\n\nDear Mr Grey\n\nThe WPCC does not hold these contracts. They "
        "are held by the Metropolitan Police Service.\n\nYours sincerely\n\nOfficer\n"
        "National Wibble Police Chiefs' Council\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "National Wibble Police Chiefs' Council"
    assert finding.kind == "police"


def test_a_body_upholding_complaints_is_not_the_body_answering() -> None:
    text = (
        "Wibbleton College\n\nDear Mr Grey\n\nThe College follows the Scottish Public Services Ombudsman's model "
        "procedure. Two complaints went to the Scottish Public Services Ombudsman; one was upheld by the Scottish "
        "Public Services Ombudsman.\n\nThe College has made no payments.\n\nWibbleton College, 1 Wibble Road\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibbleton College"


def test_a_one_word_body_name_after_a_title_or_given_name_is_a_surname_not_the_letterhead() -> None:
    # "Tate" is a listed body; on the addressee's line after a given name it is the requester's surname
    text = (
        "To: Jo Tate\nSubject: Your request\n\nDear Ms Tate,\n\nWibble Ferries Limited holds the figures.\n\n"
        "Kind regards,\n\nA Person\nWibble Ferries Limited, registered in England and Wales.\n"
    )
    finding = extract_authority(text)
    assert finding is None or finding.name != "Tate"
    text = "Tate\n\nDear Mr Grey,\n\nTate holds the figures you asked for.\n\nYours sincerely,\n\nA Person\nTate\n"
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Tate"


def test_a_department_writing_its_short_form_in_mixed_case_holds_over_its_agency_signing() -> None:
    text = (
        "Ministry of Justice\n102 Wibble Street\n\nDear Ms Grey,\n\nYou asked the Ministry of Justice (MoJ) for "
        "figures.\n\nI can confirm that the MoJ does not hold the information.\n\nYours sincerely,\n\n"
        "Wibble Policy Team\nHM Prison and Probation Service\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Ministry of Justice"


def test_an_arms_length_housing_body_answers_in_its_own_name_not_its_councils() -> None:
    text = (
        "Wolverhampton Homes\n\nDear Mr Grey\n\nWolverhampton Homes manages the City of Wolverhampton Council's "
        "homes.\n\nThe lifts cost £4,100.\n\nYours sincerely\n\nA Person\nWolverhampton Homes\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wolverhampton Homes"
    text = "From the letterhead\n\nArts University Bournemouth\n\nDear Ms Grey,\n\nWe hold no such list.\n"
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Arts University Bournemouth"


def test_a_reply_signs_above_an_outlook_header_quoting_the_request() -> None:
    reply = (
        "Dear A Requester\n\nWe do not hold this; Wobbleshire Council bills council tax: info@wobbleshire.gov.uk\n\n"
        "Best wishes\n\nA Clerk\nTown Clerk\nWibble Town Council\n\n"
    )
    quoted = (
        "From: A Requester <a.requester@example.org>\nSent: 12 May 2025 09:19\nTo: Town Clerk\n\n"
        "Dear Wibble Town Council,\nPlease send the figures.\n\nYours faithfully,\n\nA Requester\n"
    )
    found = extract_authority(reply + quoted)
    assert found is not None and found.name == "Wibble Town Council"


def test_capitalised_words_before_a_listed_name_heading_the_letter_and_named_again_name_the_longer_body() -> None:
    text = (
        "Wibble Wobble Boundary Commission for England\n\nDear Ms Green\n\nThe Commission holds no such list.\n\n"
        "Yours sincerely\n\nCaseworker\nWibble Wobble Boundary Commission for England\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Wobble Boundary Commission for England"


def test_capitalised_words_before_a_listed_name_heading_the_letter_once_stay_apart_from_it() -> None:
    text = (
        "Wibble Boundary Commission for England\n\nDear Ms Green\n\nThe Commission holds no such list.\n\n"
        "Yours sincerely\n\nCaseworker\nBoundary Commission for England\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Boundary Commission for England"


def test_capitalised_words_before_a_listed_name_heading_the_letter_it_never_goes_without_name_the_longer_body() -> None:
    text = (
        "Wibble Boundary Commission for England\n\nDear Ms Green\n\nThe Commission holds no such list.\n\n"
        "Yours sincerely\n\nCaseworker\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Boundary Commission for England"


def test_a_museum_signing_the_letter_that_the_reply_calls_the_museum_in_lower_case_is_a_best_guess() -> None:
    text = (
        "Dear Ms Green\n\nThank you for your request.\n\nThe museum does not charge for admission.\n\n"
        "Kind regards\nVisitor Desk\nWibble Wobble Museum for Wibbleland\nWobble Road, Wibbleton WB1 2XY\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name == "Wibble Wobble Museum for Wibbleland"


def test_a_museum_heading_the_letter_is_not_named_again_by_the_museum_in_lower_case() -> None:
    text = (
        "Wibble Wobble Museum for Wibbleland\n\nDear Ms Green\n\nThank you for your request.\n\n"
        "The museum does not charge for admission.\n\nKind regards\nVisitor Desk\n"
    )
    finding = extract_authority(text)
    assert finding is None or finding.name != "Wibble Wobble Museum for Wibbleland"


def test_a_name_broken_over_two_letterhead_lines_is_read_whole() -> None:
    # a logo's name split: its place on one line, its form words on the next; a regulator only named in the footer
    text = (
        "Wibbleton\nHousing Association\nMenu | Home\n\nFOI response\n\n1. We paid 4 claims.\n\n"
        "If you are not satisfied you can appeal to the Scottish Information Commissioner under FOISA.\n\n"
        "Wibbleton Housing Association Limited, 1 Wibble Road. Regulated by the\nScottish Housing Regulator.\n"
    )
    finding = extract_authority(text)
    assert finding is not None and finding.name.startswith("Wibbleton Housing Association")


def test_a_name_ending_a_wrapped_paragraph_is_no_line_at_the_edge() -> None:
    text = (
        "The bus is jointly funded with the Wibble Council, with a grant from the Wobble Government through\n"
        "   Wibble Transport.\n"
    )
    assert authority._ends_wrapped_sentence(text, text.index("Wibble Transport"))
    signed = "Yours sincerely\n\nJo Bloggs\nHead of information governance\nWibble Transport\n"
    assert not authority._ends_wrapped_sentence(signed, signed.index("Wibble Transport"))
    # a page's title under a long banner line ends no sentence: it heads the page
    titled = "Skip to content\nCoronavirus: the policing response and what you need to know\nWibble Estates 2010-2020\n"
    assert not authority._ends_wrapped_sentence(titled, titled.index("Wibble Estates"))


def test_a_subdomain_spelling_the_letterhead_name_is_the_member_institutions_not_the_parents() -> None:
    parent = authority.Body("uni:wobble", "University of Wobble", "university", "England", (), ("wob.ac.uk",), "foia")
    titled = "St Wibble College\n1 Wibble Lane\n\nDear Sir\n"
    assert authority._heading_name_subdomain(titled, parent, "foi@swc.wob.ac.uk")
    assert authority._heading_name_subdomain(titled, parent, "https://www.st.wob.ac.uk/about")
    assert not authority._heading_name_subdomain(titled, parent, "foi@admin.wob.ac.uk")
    assert not authority._heading_name_subdomain("University of Wobble\n\nDear Sir\n", parent, "foi@uow.wob.ac.uk")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Thank you for your request, received on 12 May. Wibble Leisure Trust runs", ["Wibble Leisure Trust"]),
        ("Write to St. Wibble Parish Council", ["St. Wibble Parish Council"]),
    ],
)
def test_a_body_named_by_its_form_starts_after_a_sentence_not_inside_it(line: str, names: list[str]) -> None:
    from foitrack.lexicon import authority as lexicon

    assert [m.group(0) for m in lexicon.FORM.compiled.finditer(line)] == names


def test_initials_the_gazetteer_gives_another_body_are_the_body_the_reply_names() -> None:
    text = (
        "Dear Mr Smith\n\nYour request has been dealt with under the Act. The EA holds the figures below.\n"
        "The EA funds 40 posts and EA staff count them each term.\n\nKind regards\n\n"
        "Information Team\nEducation Authority\n1 Wibble Street, Belfast\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Education Authority"


def test_a_listed_uk_body_with_a_nation_after_its_name_on_its_own_line_is_that_nations_body() -> None:
    text = (
        "Construction Industry Training Board Northern Ireland\n1 Wibble Road, Crumlin\n\n"
        "Dear Ms Jones\n\nWe hold the information. We paid 12 grants in 2024.\n\nYours sincerely\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Construction Industry Training Board Northern Ireland"


@pytest.mark.parametrize(
    ("line", "noun"),
    [
        ("THE WIBBLE SOCIETY OF NORTHERN IRELAND", "society"),
        ("Wibble Blood Service", "service"),
        ("Wibble Commission for the Wobble Isles", "commission"),
        ("Wibble Society of members", "members"),
        ("Wibble", ""),
    ],
)
def test_a_heading_names_its_body_by_its_last_word_or_the_word_before_a_remit(line: str, noun: str) -> None:
    assert authority._heading_noun(line.split()) == noun


def test_a_heading_naming_the_noun_the_reply_calls_itself_by_before_a_remit_is_the_body() -> None:
    text = (
        "THE WIBBLE SOCIETY OF NORTHERN IRELAND\nThe regulator for wibbling\n1 Wobble Street, Belfast\n\n"
        "Dear Dr Smith\n\nThe Society has dealt with your request. We removed two members in 2024, and the\n"
        "figures by council area are below.\n\nYours sincerely\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name.removeprefix("The ") == "Wibble Society of Northern Ireland"


def test_a_letterhead_line_spelling_out_a_listed_bodys_initials_is_that_body_cut_short() -> None:
    text = (
        "Devon & Severn IFCA\nInshore Fisheries and Conservation Authority\n\nDear Sir\n\n"
        "The Authority patrolled the estuary 11 times.\n\nYours faithfully\n\nJo Bloggs\n"
        "Devon & Severn Inshore Fisheries and Conservation Authority, 1 Wibble Quay, Brixham\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Devon and Severn Inshore Fisheries and Conservation Authority"


def test_a_name_with_its_legal_form_fills_a_signature_lines_first_cell() -> None:
    line = "Wibble Water Limited, 1 Wibble Street, Wobbleton"
    assert authority._alone_on_line(line, 0, len("Wibble Water"))
    assert not authority._alone_on_line("Wibble Water Quality Report, 1 Wibble Street", 0, len("Wibble Water"))


def test_a_from_line_opening_the_text_names_its_sender_and_the_bracket_after_it_the_senders_parent() -> None:
    text = (
        "From: WIBBLETON MEDICAL CENTRE (NHS NORFOLK AND WAVENEY ICB - X99999) <wibbleton.admin@nhs.net>\n"
        "Sent: 09 July 2025 11:05\nTo: A Person\nSubject: RE: FOI request\n\n"
        "Hi\n\nAnswers below. We had 212 missed appointments in 2024.\n\nThanks\nJo\nPractice Manager\n"
    )
    assert authority._names_sender(text, len("From: "))
    assert authority._in_sender_brackets(text, text.index("NHS NORFOLK"))
    found = extract_authority(text)
    assert found is not None and found.name == "Wibbleton Medical Centre"


def test_a_bracketed_abbreviation_after_a_teams_display_name_is_the_senders_own() -> None:
    text = "From: Information Team (Wibble Life) <foi@wibble.gov.uk>\nSubject: FOI\n\nDear A Person\n"
    assert not authority._in_sender_brackets(text, text.index("Wibble Life"))


def test_a_body_whose_name_ends_in_the_noun_the_reply_calls_itself_is_of_its_kind() -> None:
    context = authority._context("Dear Sir\n\nThe Council does not hold this. The Council has searched.\n")
    assert context.self_kind == "council"
    national = authority._Candidate("Wibble Marking Council", "other", None, None)
    partner = authority._Candidate("Wibble Marking Society", "other", None, None)
    assert authority._of_own_kind(context, national)
    assert not authority._of_own_kind(context, partner)


def test_a_capitals_letterhead_keeps_a_remits_for_in_lower_case() -> None:
    titled = authority._letterhead_in_title_case("OFFICE OF THE WIBBLE ADVOCATE FOR WOBBLELAND\nPO Box 1\n")
    assert titled.startswith("Office of the Wibble Advocate for Wobbleland\n")


def test_a_form_name_heading_the_letter_runs_on_into_its_remit() -> None:
    text = "WIBBLE SCHOOL OF WOBBLE MEDICINE\n1 Wibble Place\n\nDear Ms Smith\n\nThe Wibble School of Wobble Medicine"
    titled = authority._letterhead_in_title_case(text)
    names = {name for _, _, name, _ in authority._form_mentions(titled, [])}
    assert names == {"Wibble School of Wobble Medicine"}
    welsh = "Cyngor Wibble | Wibble Council for Wobbleland\nWibble House\n\nDear Sir\n"
    kinds = {(name, kind) for _, _, name, kind in authority._form_mentions(welsh, [])}
    assert ("Wibble Council for Wobbleland", "other") in kinds
    in_a_sentence = "Dear Sir\n\nThank you. We asked Wibble School of Wobble Medicine\n"
    assert {name for _, _, name, _ in authority._form_mentions(in_a_sentence, [])} == {"Wibble School"}


def test_a_school_naming_a_department_less_often_than_itself_has_no_departments_kind() -> None:
    text = (
        "Dear Sir\n\nThe school holds this. The school searched. The school logged 3.\n"
        "Ask the school office or the school.\n"
        "The Department does not hold it; the Department was told.\n"
    )
    assert authority._context(text).self_kind is None
    council = "Dear Sir\n\nThe Council holds this. The Council searched. The school logged 3.\n"
    assert authority._context(council).self_kind == "council"


def test_a_job_title_signing_the_letter_is_no_body() -> None:
    assert not authority._names_a_body("Wibble Business Manager")
    assert not authority._names_a_body("Head of Wibble Services")


def test_a_letterheads_name_cut_short_is_read_whole_from_below_it() -> None:
    text = "Wibble & Wobble\nFunding Agency\n\nDear Sir\n\nThanks.\n\nYours sincerely\n\n"
    text += "Wibble and Wobble Funding Agency\n"
    head_end = text.index("Dear")
    whole = authority._whole_name_elsewhere(text, "Funding Agency", range(16, 31), head_end)
    assert whole is not None and whole.quote == "Wibble and Wobble Funding Agency"
    columns = "Wibble Cymru Funding Agency\n\nDear Sir\n"
    assert authority._whole_name_elsewhere(columns, "Funding Agency", range(0, 5), columns.index("Dear")) is None


def test_a_member_college_of_a_federal_host_answers_for_itself() -> None:
    host = authority.Body("uni:wwu", "Wibble Wobble University", "university", "Scotland", (), ("wwu.ac.uk",), "foisa")
    text = (
        "From: FOI Wobbleton College WWU <foi.wobbleton@wwu.ac.uk>\n\nDear Sir\n\n"
        "Wobbleton College WWU holds this.\n\nYours faithfully\n\nWobbleton College WWU\n"
    )
    assert authority._member_names(text, host) == {"Wobbleton College WWU"}
    department = "From: WWU Estates <estates@wwu.ac.uk>\n\nDear Sir\n\nWWU Estates holds this.\n"
    assert authority._member_names(department, host) == set()
    no_mailbox = "WWU Wobbleton\n\nDear Sir\n\nWWU Wobbleton holds this.\n\nfoi@wwu.ac.uk\n"
    assert authority._member_names(no_mailbox, host) == set()
    sentence_end = "WWU Wobbleton\n\nDear Sir\n\nWWU Wobbleton holds this: write to foi.wobbleton@wwu.ac.uk.\n"
    assert authority._member_names(sentence_end, host) == {"WWU Wobbleton"}


def test_a_body_no_list_knows_is_named_by_its_own_mail_domain() -> None:
    text = "From: enquiries@wibbleleisure.com\n\nHello\n\nThe figure is 12.\n\nThanks\nAnn\n"
    text += "Wibble Leisure\n1 Wibble Road\n"
    found = authority.extract_authority(text)
    assert found is not None and found.name == "Wibble Leisure" and found.signal == "unsure:domain"
    sent_on = "Dear Sir\n\nWe hold none. Please contact Wibble Leisure at info@wibbleleisure.com.\n"
    found = authority.extract_authority(sent_on)
    assert found is None or found.name != "Wibble Leisure"


def test_a_name_found_in_capitals_is_given_as_the_reply_writes_it_in_small_letters() -> None:
    from foitrack.extract.authority import _as_written_in_words

    text = "WIBBLE MUSEUM\n\nDear Requester,\n...\nWibble Museum is the operating name of the Wibble Trust.\n"
    assert _as_written_in_words(text, "WIBBLE MUSEUM") == "Wibble Museum"
    assert _as_written_in_words("WBC\nWe hold none.", "WBC") == "WBC"
    assert _as_written_in_words(text, "Wibble Museum") == "Wibble Museum"


def test_a_support_unit_named_by_its_form_keeps_the_nhs_before_its_list_of_places() -> None:
    text = (
        "Dear Sir\n\nNHS Wibble, Wobble and West Commissioning Support Unit has considered your request. "
        "We do not hold this.\n\nYours sincerely\n\nNHS Wibble, Wobble and West Commissioning Support Unit\n"
    )
    found = authority.extract_authority(text)
    assert found is not None and found.name == "NHS Wibble, Wobble and West Commissioning Support Unit"
    assert authority._with_nhs_prefix("in Wibble Council", 3, "Wibble Council", "council") == (3, "Wibble Council")


def test_a_job_title_before_a_comma_is_no_part_of_the_body_it_signs_for() -> None:
    assert authority._trim_form("Officer, Wibble and Wobble Joint Board", "Joint Board", "") == (
        "Wibble and Wobble Joint Board"
    )
    assert authority._trim_form("Wibble, Wobble and Wabble Joint Board", "Joint Board", "") == (
        "Wibble, Wobble and Wabble Joint Board"
    )


def test_the_body_referred_back_to_by_its_form_alone_is_the_one_named_in_full() -> None:
    forms = [
        (0, 30, "Wibble and Wobble Integration Joint Board", "other"),
        (50, 73, "Integration Joint Board", "other"),
    ]
    assert authority._longer_form_name(forms, "Integration Joint Board") == "Wibble and Wobble Integration Joint Board"
    assert authority._longer_form_name(forms[1:], "Integration Joint Board") == "Integration Joint Board"
    assert authority._after_article("See the Wibble Joint Board", 8) and not authority._after_article("Wibble", 0)


def test_initials_of_a_name_heading_the_letter_are_not_another_bodys_abbreviation() -> None:
    text = "The Wibble Standards Authority\n\n1 Wibble Road\n\nDear Sir\n\nThe WSA holds this.\n"
    assert authority._letterhead_initials(text) == {"WSA"}
    assert authority._letterhead_initials("Dear Sir, thank you for your request of 2 May.\n") == set()


def test_a_name_ending_in_an_institutions_noun_may_hold_a_body_word_a_team_has() -> None:
    assert authority._names_a_body("The Wibble Services Authority")
    assert not authority._names_a_body("Legal and Democratic Services")


def test_a_name_over_the_ends_of_two_letterhead_lines_is_the_right_hand_columns() -> None:
    head = "Bwrdd Wibble Wibble and Wobble\nWibblo a'r Wobblo Health Board\n"
    body = "\n".join(["1 Wibble Road", "Wibbleton", "WB1 2XY", "", "Ref 1", "2 May", "", "Dear Sir", "Thanks."]) + "\n"
    text = head + body + "Your request reached Wibble and Wobble Health Board on 1 May.\n"
    assert authority._name_over_column_ends(text, *head.splitlines()) == ("Wibble and Wobble", "Health Board")
    assert authority._name_over_column_ends(head + body, *head.splitlines()) is None  # not written whole below


def test_a_body_the_mailbox_spells_by_initials_answers_through_its_hosts_mail() -> None:
    text = (
        "From: WCoWW Secretariat <wcoww@gov.scot>\n\nDear Ms Wobble\n\n"
        "Thank you for your request to the Wibble Commission on Wobble Welfare. The Commission does not hold the\n"
        "information under section 17 of the Freedom of Information (Scotland) Act 2002.\n\nKind regards\n\n"
        "Jo Bloggs\nSecretariat to the Wibble Commission on Wobble Welfare\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Commission on Wobble Welfare"


def test_a_letterhead_company_beats_the_council_whose_address_it_gives_to_try() -> None:
    text = (
        "Wibble Housing Partnership Ltd\n1 Wibble Road, Wibbleton WB1 2XY\n\n18 August 2025\n\nDear Ms Wobble\n\n"
        "WHP is a registered social landlord. We do not run the fund and hold none of it. You may wish to\n"
        "contact the Council's\nWelfare Fund team at foi@leeds.gov.uk.\n\nYours sincerely\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Housing Partnership Ltd"


def test_a_name_with_a_compass_word_more_is_no_other_listed_body() -> None:
    gazetteer = authority.load_gazetteer()
    assert gazetteer.match_qualified("North East London NHS Foundation Trust") is None


def test_a_sites_menu_of_links_is_no_page_title() -> None:
    text = "Wibble Police\nHome  |  Report  |  Contact us  |  About us  |  Wobble Police\n\nDisclosure log\n"
    assert authority._menu_line(text, text.index("Wobble Police"))
    titled = "FOI 118 - Translation spend | Wibble Council\n\nDisclosure log\n"
    assert not authority._menu_line(titled, titled.index("Wibble Council"))


def test_a_letterhead_line_going_on_from_the_one_above_names_the_bodies_served() -> None:
    text = "WIBBLE VALUATION JOINT BOARD\nAssessor for the area\nfor Wobble Council and Wabble Council\n"
    assert authority._opens_in_lower_case(text, text.index("Wabble Council"))
    assert not authority._opens_in_lower_case(text, text.index("WIBBLE"))


def test_a_name_labelling_a_figure_is_a_tables_row_not_the_sign_off() -> None:
    assert authority.FIGURE_AFTER.match("Wobble Council: £512,700\n", len("Wobble Council"))
    assert authority.FIGURE_AFTER.match("Wobble Council: 412\n", len("Wobble Council"))
    assert not authority.FIGURE_AFTER.match("Wobble Council: 01632 960000\n", len("Wobble Council"))
    assert not authority.FIGURE_AFTER.match("Wobble Council\n", len("Wobble Council"))


def test_a_joint_boards_letterhead_over_its_constituent_councils_answers() -> None:
    text = (
        "WIBBLE AND WOBBLE VALUATION JOINT BOARD\nAssessor and Electoral Registration Officer\n"
        "for Wibble Council and Wobble Islands Council\n\nDear Ms Bloggs\n\n"
        "We have given figures for both areas, Wibble Council and Wobble Islands Council.\n\n"
        "1. Requisitions paid to the Board.\n\n   Wibble Council: £3,100,000\n   Wobble Islands Council: £500,000\n\n"
        "2. Does the Board use external valuers?\n\n   No.\n\nYours sincerely\n\nJo Bloggs\nDepute Assessor\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble and Wobble Valuation Joint Board"


def test_a_body_written_in_full_and_with_a_word_left_out_is_one_body() -> None:
    assert authority._cut_short("Wibble Joint Committee", "Wibble Appeals Joint Committee")
    assert not authority._cut_short("Wibble Council", "Wibble County Council")
    assert not authority._cut_short("Wobble Joint Committee", "Wibble Appeals Joint Committee")
    text = (
        "Dear Ms Bloggs\n\nThank you for your email to the Wibble Appeals Joint Committee. Before we can deal with it "
        "we need you to say which years you mean.\n\nKind regards\nWibble Joint Committee Secretariat\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Appeals Joint Committee"


def test_a_body_heading_the_letter_that_a_hosts_team_signs_for_answers() -> None:
    # the host council's address, mailbox and team head the letter; the body it hosts signs it
    text = (
        "Wibble Rivers Authority\nHosted by Kent County Council\n\n"
        "Information Governance | Kent County Council | Wibble Hall\nEmail: foi@kent.gov.uk\n\nDear Ms Bloggs\n\n"
        "Thank you for your request to the Wibble Rivers Authority. Kent County Council hosts the Wibble Rivers "
        "Authority (WRA) and its team handles requests made to the WRA.\n\nThe WRA funds flood work delivered by its "
        "partners, and so it does not hold the figures you asked for. Kent County Council may hold some of them.\n\n"
        "Yours sincerely\n\nInformation Governance Team\non behalf of the Wibble Rivers Authority\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Rivers Authority"


def test_initials_heading_the_letter_signed_for_by_a_hosts_officer_answer() -> None:
    # "... Regional School Improvement Service" under them names no school
    text = (
        "WbE\nGwasanaeth Gwella Ysgolion Wibble\nWibble Regional School Improvement Service\n\nDear Ms Bloggs\n\n"
        "Thank you for your e-mail of 2 May to WbE. Kent County Council is WbE's host authority, and the Council's FOI "
        "Unit has dealt with your request on WbE's behalf.\n\nWe have decided to withhold the settlement agreements "
        "under section 40(2).\n\nYours sincerely\n\nJo Bloggs\nFreedom of Information Officer\non behalf of WbE\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "WbE"


def test_a_consortium_signing_the_letter_in_a_bilingual_cell_answers() -> None:
    text = (
        "Dear Mr Bloggs\n\nThank you for your request, received by Wibble Consortium on 3 May. Wibble Consortium "
        "is a joint committee of three councils.\n\n1. Staff employed: 46.\n\nThe schools were inspected by Estyn, "
        "and Estyn reports are published online. Estyn visits each year.\n\nYours sincerely\n\nJo Bloggs\n"
        "Consortiwm Wibble / Wibble Consortium\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Consortium"


def test_a_list_of_funds_in_a_letters_first_sentence_is_no_letterhead() -> None:
    assert authority._cell_in_sentence("Thank you for asking about the Wibble Fund, Wobble Fund", 43)
    assert not authority._cell_in_sentence("Wibble Trust, Wobble House, Wibbleton", 14)
    text = (
        "Wibble Works\nResponse\n\nDear Jo\n\nThank you for your request about the Wibble Fund, Wobble Fund and "
        "grants.\n\nWe were never given money from the Wobble Fund.\n\nKind regards\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is None or found.name != "Wobble Fund"


def test_a_development_corporation_signing_its_reply_answers_not_the_council_funding_it() -> None:
    text = (
        "Dear Ms Bloggs\n\nThank you for your request to Kent Docks Development Corporation. The Corporation received "
        "£2m from Kent County Council, the accountable body for the town's deal.\n\n1. We spent £1.2m.\n\n"
        "Kind regards\n\nJo Bloggs\nKent Docks Development Corporation\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Kent Docks Development Corporation"


def test_a_name_over_a_bilingual_line_of_a_kinds_form_words_is_the_whole_name() -> None:
    assert authority._last_column("Cydbwyllgor Wibble / Wibble Joint Committee") == "Wibble Joint Committee"
    assert authority._form_words_below("Wibble Valley Region", "Corporate Joint Committee") is not None
    assert authority._form_words_below("Wibble Valley Region", "Council offices are shut") is None
    text = (
        "Rhanbarth Wibble\nWibble Valley Region\nCydbwyllgor Corfforaethol / Corporate Joint Committee\n\n"
        "Dear Mr Bloggs\n\nThank you for your request. Each member council holds the grant records for its own "
        "area.\n\n1. None.\n\nYours sincerely\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Valley Region Corporate Joint Committee"


def test_a_name_joined_by_to_heading_and_signing_the_letter_answers() -> None:
    text = (
        "Wibble to Wobble\nInformation request\n\nDear Jo,\n\nWibble to Wobble is a business group. Wibble to Wobble "
        "has never received money from these funds. You may wish to contact Wibble Council.\n\nKind regards,\n\n"
        "Company Secretariat\nWibble to Wobble\nWibble House, Wibbleton WB1 2XY\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble to Wobble"


def test_a_company_sending_from_the_domain_its_name_spells_and_signing_answers() -> None:
    text = (
        "From: Wibble Gateway <info@wibblegateway.com>\nSent: 3 May 2025 10:00\nTo: Jo Bloggs\n\nDear Jo,\n\n"
        "Wibble Gateway Ltd does not hold these records: they are held by Wibble Council as the accountable body, "
        "which you can reach at foi@wibble.gov.uk.\n\nThanks,\nOperations Team\nWibble Gateway\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name.startswith("Wibble Gateway")
    person = "From: Jo Smith <jo.smith@wibble.gov.uk>\n\nDear Ms Bloggs\n\nThe Council holds it.\n\nRegards\nJo Smith\n"
    context = authority._context(person)
    assert list(authority._sender_spelt_by_domain(authority.load_gazetteer(), context)) == []


def test_a_pool_writing_from_a_members_domain_by_a_mailbox_spelling_its_name_answers() -> None:
    text = (
        "From: Wibble Pool <wibblepool@wobblefund.org.uk>\nDate: 3 May 2025\n\nDear Jo,\n\nThank you for your "
        "request. Wibble Pool is a partnership of three pension funds and its requests are handled by a small team "
        "at one of them. We will reply by 1 June.\n\nWibble Pool Secretariat\nWobble House, Wibbleton WB1 2XY\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Pool"
    person = "From: Jo Smith <josmith@wobblefund.org.uk>\n\nDear Ms Bloggs\n\nWe hold it.\n\nRegards\nJo Smith\n"
    context = authority._context(person)
    assert list(authority._sender_spelt_by_domain(authority.load_gazetteer(), context)) == []


def test_a_company_a_council_owns_answers_not_the_council_whose_pages_it_links() -> None:
    text = (
        "GO WIBBLE\nGo Wibble Regeneration Ltd - a company wholly owned by Thurrock Council\n\nDear Jo,\n\n"
        "Go Wibble does not hold the figures you asked for, which the Council keeps. The scheme is overseen by "
        "the Council's Cabinet, whose minutes are at www.thurrock.gov.uk/minutes.\n\nYou may ask for a review by "
        "writing to foi@gowibble.london.\n\nYours sincerely\n\nJo Bloggs\nInformation Officer\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name.startswith("Go Wibble")


def test_a_town_council_whose_cemetery_the_county_runs_for_it_answers() -> None:
    text = (
        "Wibbleton Town Council\nTown Hall, Wibbleton WB1 2XY\n\nDear Jo,\n\nThe cemetery has been run for us by "
        "Kent County Council since 2020, and the fees are set by Kent County Council. The Town Council does not hold "
        "any of the information you asked for; it is held by Kent County Council.\n\nYours sincerely,\n\nJo Bloggs\n"
        "Town Clerk\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibbleton Town Council"


def test_a_school_heading_the_letter_over_its_federal_university_answers() -> None:
    text = (
        "WIBBLE SCHOOL OF SONG AND DANCE\nUNIVERSITY OF LONDON\nWibble Road, London NW1 2XY\n\nDear Jo\n\n"
        "Thank you for your request, which we have considered. Wibble holds the information and it is set out "
        "below.\n\n1. 30 pounds.\n\nYours sincerely\n\nJo Bloggs\nInformation Officer\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble School of Song and Dance"


def test_an_owner_never_described_as_a_part_is_owner_only() -> None:
    owner = authority._Candidate("Thurrock Council", "council", "England", None, owner=True)
    assert authority._owner_only(owner)
    assert not authority._owner_only(replace(owner, child=True))
    assert not authority._owner_only(replace(owner, owner=False, parent=True))


def test_a_team_of_the_senders_name_signs_at_the_foot() -> None:
    context = authority._context("Dear Jo,\n\nWe will reply soon.\n\nWibble Pool Secretariat\nWibbleton\n")
    assert authority._team_of_name_at_foot(context, "Wibble Pool")
    assert not authority._team_of_name_at_foot(context, "Wibble")
    assert not authority._team_of_name_at_foot(authority._context("Thanks\n\nWibble Pool Wobble\n"), "Wibble Pool")


def test_a_commissioner_mailing_from_its_forces_domain_answers_not_the_force() -> None:
    gazetteer = authority.load_gazetteer()
    sender = "OPCC Kent - Information <foi.commissioner@kent.police.uk>"
    found = authority._from_sender(gazetteer, sender)
    assert found is not None and found.kind == "pcc"
    force = authority._from_sender(gazetteer, "Jo Bloggs <jo.bloggs@kent.police.uk>")
    assert force is not None and force.name == "Kent Police"
    text = (
        "From: OPCC Kent - Information <foi.commissioner@kent.police.uk>\nTo: Jo Bloggs\n\nDear Jo,\n\n"
        "The grants we made last year are listed below.\n\nRegards\nInformation Officer\n\n"
        "From: Jo Bloggs\nTo: foi.commissioner@kent.police.uk\n\nPlease list your grants.\n"
    )
    found = extract_authority(text)
    assert found is not None and found.kind == "pcc"


def test_a_town_council_pointing_to_the_county_whose_cameras_they_are_answers() -> None:
    text = (
        "From: Clerk - Wibbleton Town Council <clerk@wibbletontc.org.uk>\nTo: Jo Bloggs\n\nDear Jo,\n\n"
        "The Town Council holds none of this. The cameras belong to Kent County Council, so your questions would "
        "need to go to KCC: foi@kent.gov.uk.\n\nBest wishes\n\nSam Smith\nClerk\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibbleton Town Council"


def test_a_listed_name_inside_a_trusts_longer_name_is_no_mention_of_its_own() -> None:
    text = (
        "Dear Jo,\n\nManchester University NHS Foundation Trust runs the cards from three old accounts, so no one "
        "report covers them.\n\nYours sincerely\n\nFOI Office\nManchester University NHS Foundation Trust\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Manchester University NHS Foundation Trust"


def test_a_fire_authority_and_the_service_it_runs_are_one_body() -> None:
    text = (
        "KENT FIRE AND RESCUE SERVICE\nThe Godlands, Maidstone\n\nDear Jo,\n\nThank you for your request. "
        "Kent and Medway Wibble Fire Authority holds the information, which is below.\n\n1. 12 cards.\n\n"
        "Yours sincerely\n\nJo Smith\n"
    )
    found = extract_authority(text)
    assert found is not None and found.kind == "fire"
    service = authority._Candidate("Wibble Fire and Rescue Service", "fire", None, None, score=3.0)
    fire_authority = authority._Candidate("Wibble and Wobble Fire Authority", "fire", None, None, score=4.0)
    other = authority._Candidate("Wobble Fire and Rescue Service", "fire", None, None, score=1.0)
    merged = authority._services_of_authorities_merged([service, fire_authority, other])
    assert [(c.name, c.score) for c in merged] == [("Wibble and Wobble Fire Authority", 7.0), (other.name, 1.0)]


def test_a_commissioner_for_a_nation_spelt_short_by_its_domain_is_named_in_full() -> None:
    text = (
        "Dear Jo,\n\nOur answers are below.\n\n1. We spent 40 pounds.\n\nRegards,\nGovernance Lead\n"
        "Office of the Wibble Generations Commissioner for Wales\ncontact@wibblegenerations.wales\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name.endswith("Wibble Generations Commissioner for Wales")
    assert authority._form_name_holding("the Wibble Generations team", "Wibble Generations") == "Wibble Generations"


def test_a_company_heading_the_letter_by_a_welsh_opening_or_its_initials_answers() -> None:
    welsh = (
        "CWMNI WIBBLO\nWibbleton LL1 2XY\n\nDear Jo,\n\nThank you for your request. Cwmni Wibblo spent 40 pounds "
        "on surveys.\n\nYours sincerely\n\nJo Smith\n"
    )
    found = extract_authority(welsh)
    assert found is not None and found.name == "Cwmni Wibblo"
    initials = (
        "WIBBLE WOBBLE MAKERS LTD\n1 High Street, Wibbleton\n\nDear Jo,\n\nWWML holds the figures you asked for, "
        "but they are withheld under section 43.\n\nYours sincerely\n\nJo Smith\n"
    )
    found = extract_authority(initials)
    assert found is not None and found.name.lower() == "wibble wobble makers ltd"
    assert not authority._company_by_opening("Wibble Company")


def test_a_community_interest_company_running_a_councils_service_answers_not_the_council() -> None:
    text = (
        "Dear Jo\n\nThurrock Council has passed your request to WibbleActive, which runs the borough's pools. "
        "WibbleActive is a community interest company and answers as far as it can.\n\n1. We run 4 pools.\n\n"
        "If you are unhappy you may ask Thurrock Council for a review at foi@thurrock.gov.uk.\n\nBest wishes\n\n"
        "Jo Bloggs\nGovernance Officer\nWibbleActive\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "WibbleActive"


def test_a_mutual_the_council_forwarded_the_request_to_answers() -> None:
    text = (
        "Dear Jo,\n\nThurrock Council forwarded your request to us, as we run its museums. Our answers follow.\n\n"
        "1. Six museums.\n2. Nine staff.\n\nWibble Museums and Gardens Ltd is a community benefit society. You may "
        "ask Thurrock Council to review this reply by writing to foi@thurrock.gov.uk.\n\nKind regards,\n\nJo Bloggs\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Museums and Gardens Ltd"


def test_a_page_naming_its_sponsor_department_is_its_owners_by_its_copyright_line() -> None:
    text = (
        "Skip to main content\nThis site uses cookies.\nAccept cookies\nReject cookies\nSearch\nMenu\nHome\n"
        "Disclosure log\n\nRequest\nHow many archivists do you employ?\n\nResponse\n"
        "Wibble Archives NI employs 12 archivists. We are sponsored by the Department for Communities.\n\nWibble "
        "Archives NI is funded by the Department for Communities\n© Wibble Archives NI 2025\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Archives NI" and found.signal == "unsure:copyright"


def test_a_copyright_line_gives_a_name_the_page_names_again_and_no_listed_body() -> None:
    def owner(text: str) -> str | None:
        found = authority._copyright_owner(authority._context(text), [])
        return found.name if found else None

    assert owner("Wibble Leisure runs 4 pools.\n© Wibble Leisure 2025\n") == "Wibble Leisure"
    assert owner("Four pools are open.\n© Wibble Leisure 2025\n") is None  # named nowhere else
    assert owner("Wibble Leisure runs 4 pools.\n© Crown copyright 2025\n") is None


def test_a_body_saying_what_kind_of_body_it_is_describes_itself() -> None:
    assert authority._describes_itself(" is a community interest company which runs the pools.")
    assert authority._describes_itself(' ("WL") is a charitable company.')
    assert authority._describes_itself(" (Wibble Leisure Limited) is a registered society.")
    assert not authority._describes_itself(" funds a community interest company.")
    assert not authority._describes_itself(" is a partner of the mutual.")


def test_a_cultural_trust_signing_in_its_officers_line_answers() -> None:
    text = (
        "From: Wibble Information <info@wibble-arts.example>\n\nDear Jo,\n\nCould you say which of the eleven "
        "buildings you mean? The book fund is paid by Thurrock Council rather than by us.\n\nThank you,\nJo Bloggs\n"
        "Information Officer, Wibble Cultural Trust\n"
    )
    found = extract_authority(text)
    assert found is not None and found.name == "Wibble Cultural Trust"


@pytest.mark.parametrize("example", lexicon_authority.SELF_DESCRIBED_AFTER.examples)
@pytest.mark.parametrize("body", ["Wibble Leisure Trust", "Wibble Life"])
def test_self_described_names_are_looked_for_where_the_description_may_follow(example: str, body: str) -> None:
    """The lines _self_described_names reads hold every name SELF_DESCRIBED_NAME finds whole that its cue follows."""
    text = f"Dear Sir,\nThank you.  {example.format(body=body)}\nRegards"
    cue = lexicon_authority.SELF_DESCRIBED_AFTER.compiled

    def described(found: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
        return [m.span(1) for m in found if cue.match(text[m.end(1) : m.end(1) + authority.SELF_DESCRIPTION_REACH])]

    expected = described(authority.SELF_DESCRIBED_NAME.finditer(text))
    assert expected
    assert described(authority._self_described_names(text)) == expected
