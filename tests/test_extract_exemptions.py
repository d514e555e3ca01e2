"""Regime detection and the provisions a reply relies on (texts written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foitrack.extract.exemptions import detect_regime, extract_exemptions

CASES: list[tuple[str, str | None, list[str]]] = [
    ("The names are exempt under section 40(2) of the Freedom of Information Act 2000.", None, ["s40(2)"]),
    ("We rely on Section 12 of the Act as the cost would exceed the limit.", None, ["s12"]),
    ("This is withheld under s.43 (commercial interests).", None, ["s43"]),
    ("The plans are exempt under s 31(1)(a) of the FOIA.", None, ["s31(1)(a)"]),
    ("The files are exempt under sections 30 and 31 of the Act.", None, ["s30", "s31"]),
    (
        "The request is refused under Regulation 12(4)(b) of the Environmental Information Regulations 2004.",
        None,
        ["eir-12(4)(b)"],
    ),
    ("Names of residents are withheld under regulation 13 of the EIR.", None, ["eir-13"]),
    ("This letter is a refusal notice under section 17.1 of the Freedom of Information Act 2000.", None, ["s17(1)"]),
    ("We can neither confirm nor deny that we hold it; section 23(5) of the Act applies.", None, ["s23(5)"]),
    (
        "Information not held: section 17 of the Freedom of Information (Scotland) Act 2002 applies.",
        None,
        ["foisa-s17"],
    ),
    ("The figures are exempt under section 38(1)(b) of FOISA.", None, ["foisa-s38(1)(b)"]),
    ("Section 17 applies as the information is not held.", "foisa", ["foisa-s17"]),
    ("Locating this would take more than 18 hours, which exceeds the appropriate limit.", None, ["s12"]),
    (
        "This is a refusal notice as, in accordance with section 1(1)(a), the data is not held.",
        None,
        ["s17", "s1(1)(a)"],
    ),
    ("In accordance with section 1(1)(a) of the Act, the information is not held.", None, []),
    ("This letter is a notice under section 17 that the information is not held (section 1(1)(a)).", None, ["s17"]),
    # mentions that are not relied on
    ("If you are unhappy you may complain to the ICO under section 50 of the Act.", None, []),
    ("We have a duty under section 16 to advise and assist you.", None, []),
    ("The offence falls under section 45 of the Modern Slavery Act 2015.", None, []),
    ("Cutting is applied as set out in section 6 of the Council's Woodland Management Plan.", None, []),
    ("We rely on section 8 of our publication scheme and refuse nothing.", None, []),
    ("We have handled your request under section 1(1) of the Act, which gives you a right to information.", None, []),
    ("I would remind you of your Section 16 duty and the Section 12 limit when answering my request.", None, []),
    # a section number naming a thing done under another Act: "section 38 agreements", "section 31 grant"
    ("We have 40 live section 38 agreements, each backed by a section 38 bond.", None, []),
    ("The scheme is paid for from a section 31 grant; staff ran 12 section 42 enquiries.", None, []),
    ("The tender prices are withheld under section 43 as a section 38 agreement is pending.", None, ["s43"]),
    # a section of another Act called by its year alone: "section 3 of the 1984 Act"; FOIA is the 2000 Act
    ("You could ask only for offences under s.5 of the 1984 Act, which we could count.", "foisa", []),
    ("The report is exempt under section 36 of the 2000 Act.", None, ["s36"]),
    # FOISA's refusal notice is section 16, relied on when the reply calls itself a notice under it
    (
        "The rates are exempt under section 33(1)(b) of FOISA. This is a notice under section 16 of FOISA.",
        None,
        ["foisa-s33(1)(b)", "foisa-s16"],
    ),
    ("Under section 15 of FOISA we must advise and assist you, and section 16 sets out what we say.", "foisa", []),
]


@pytest.mark.parametrize(("text", "regime", "codes"), CASES)
def test_extract_exemptions(text: str, regime: str | None, codes: list[str]) -> None:
    assert [e.code for e in extract_exemptions(text, regime)] == codes


def test_exemption_span_points_at_the_mention() -> None:
    text = "Addresses are exempt under section 40(2) of the Act."
    [found] = extract_exemptions(text)
    assert text[found.span.start : found.span.end].lower().startswith("section 40")


@pytest.mark.parametrize(
    ("text", "nation", "regime"),
    [
        ("This reply is made under the Freedom of Information (Scotland) Act 2002.", None, "foisa"),
        ("We applied FOISA section 25.", None, "foisa"),
        ("Handled under the Environmental Information Regulations 2004; regulation 12(4)(a) applies.", None, "eir"),
        ("Handled under the Environmental Information (Scotland) Regulations 2004.", None, "eisr"),
        ("Freedom of Information Act 2000 response.", None, "foia"),
        ("Thank you for your request.", "Scotland", "foisa"),
        ("Thank you for your request.", "England", "foia"),
    ],
)
def test_detect_regime(text: str, nation: str | None, regime: str) -> None:
    assert detect_regime(text, nation) == regime


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from([None, "foia", "eir", "foisa", "eisr"]))
def test_extract_exemptions_never_raises(text: str, regime: str | None) -> None:
    for exemption in extract_exemptions(text, regime):
        assert exemption.code


def test_sections_of_another_act_named_before_them_do_not_count() -> None:
    text = (
        "Extracts may be copied under the fair dealing rules of the Copyright, Designs and Patents Act 1988 "
        "(sections 29 and 30) for private study."
    )
    assert extract_exemptions(text, "foia") == []
    text = "The names are withheld under the Freedom of Information Act 2000 (section 40(2))."
    assert [e.code for e in extract_exemptions(text, "foia")] == ["s40(2)"]
    text = "It is publicly available, so it is exempt under the FOI Act (Section 21; accessible by other means)."
    assert [e.code for e in extract_exemptions(text, "foia")] == ["s21"]


def test_not_held_under_section_1_counts_only_as_a_refusal_notices_ground() -> None:
    text = "Under section 1(1)(a) of the Act we confirm that no recorded information is held."
    assert [e.code for e in extract_exemptions(text, "foia")] == []
    text = "We refuse this request: under section 1(1)(a) of the Act no recorded information is held."
    assert [e.code for e in extract_exemptions(text, "foia")] == ["s1(1)(a)"]


def _codes(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [e.code for e in extract_exemptions(text, "foia", exclude=exclude)]


def test_hours_in_the_request_are_not_a_cost_limit() -> None:
    assert _codes("How many officers worked over 72 hours in a single week?\nThe figure is 14.") == []


def test_hours_beside_compliance_words_are_a_cost_limit() -> None:
    text = "Reviewing each file would take over 18 hours, so we cannot answer this part."
    assert _codes(text) == ["s12"]


def test_sections_inside_the_questions_are_the_requesters() -> None:
    question = "1. Under section 40(2), please list the business rates accounts."
    text = question + "\nThe list is attached."
    assert _codes(text, exclude=((0, len(question)),)) == []


def test_a_reply_calling_itself_a_refusal_notice_relies_on_section_17() -> None:
    text = "NOTICE OF REFUSAL\nThe information is exempt under section 43(2) of the Act."
    assert sorted(_codes(text)) == ["s17", "s43(2)"]
    assert _codes("Please treat this letter as a refusal notice.") == ["s17"]
    assert _codes("We enclose the figures you asked for.") == []


def test_an_eir_refusal_notice_counts_regulation_14_only_where_it_cites_it() -> None:
    text = "Environmental Information Regulations - Refusal Notice\nWe refuse the request under regulation 12(4)(b)."
    assert [e.code for e in extract_exemptions(text, "eir")] == ["eir-12(4)(b)"]
    cited = "This is a refusal notice under regulation 14 of the EIR. We refuse it under regulation 12(4)(b)."
    assert sorted(e.code for e in extract_exemptions(cited, "eir")) == ["eir-12(4)(b)", "eir-14"]


def test_a_foisa_refusal_notice_is_section_16_not_the_not_held_notice_of_section_17() -> None:
    text = (
        "The report is exempt under section 30(c) of FOISA. This letter is a refusal notice under section 16 of FOISA."
    )
    assert sorted(e.code for e in extract_exemptions(text)) == ["foisa-s16", "foisa-s30(c)"]
    assert [e.code for e in extract_exemptions("Please treat this as a refusal notice.", "foisa")] == ["foisa-s16"]


def test_a_provision_inside_the_questions_is_the_requesters() -> None:
    asked = "2) I do not consider the rates to be exempt under section 43(2) of the Act."
    assert _codes(asked, exclude=((0, len(asked)),)) == []
    asked = "Please tell me whether the names were withheld under section 40(2)."
    assert _codes(asked + "\nThe list is attached.", exclude=((0, len(asked)),)) == []


def test_a_bare_s_number_of_the_act_and_no_part_of_a_longer_number() -> None:
    assert _codes("In issuing our response the council has applied S12 of the Freedom of Information Act.") == ["s12"]
    assert _codes("We have applied s43 of the Act to the prices.") == ["s43"]
    assert _codes("They applied for help under section 183 Housing Act 1996 and were refused.") == []


def test_a_cost_limit_named_by_its_sum() -> None:
    assert _codes("Answering would cost well above the £450 limit, so we cannot comply.") == ["s12"]
    assert _codes("Finding these would exceed £600 in staff time.") == ["s12"]
    assert _codes("We spent £450 on the signs.") == []


@pytest.mark.parametrize(
    ("text", "regime", "codes"),
    [
        ("Prices are withheld, relying on sections 31, 33 and 43 of the FOI Act.", "foia", ["s31", "s33", "s43"]),
        ("The names are exempt under S.40(2) of the Act.", "foia", ["s40(2)"]),
        ("The names are exempt under Section 40 (2) of the Act.", "foia", ["s40(2)"]),
        ("The dates are exempt under Section 38(1)(b) of FOISA.", "foia", ["foisa-s38(1)(b)"]),
        ("We give notice under s17 of FOI(S)A 2002 that it is not held.", "foisa", ["foisa-s17"]),
        ("The tender prices are withheld under regulation 12(5)(e).", "foia", ["eir-12(5)(e)"]),
        ("Site plans are withheld under regulation 10(5)(b) of the EISRs.", "eisr", ["eir-10(5)(b)"]),
        (
            "Under regulation 6(1)(b) of the EIRs we need not give you what is publicly available elsewhere.",
            "eisr",
            ["eir-6(1)(b)"],
        ),
        ("We hold the data under regulation 6 of our retention schedule.", "eir", []),
        # each provision of a list followed by its name in brackets
        (
            "We rely on sections 38(1) (health and safety) and 43(2) (commercial interests).",
            "foia",
            ["s38(1)", "s43(2)"],
        ),
        (
            "Withheld under regulations 12(5)(a) (public safety) and 13 (personal data).",
            "eir",
            ["eir-12(5)(a)", "eir-13"],
        ),
        ("Sections 40 (personal data), 41 (confidences) and 43 apply.", "foia", ["s40", "s41", "s43"]),
    ],
)
def test_sections_written_in_other_ways(text: str, regime: str, codes: list[str]) -> None:
    assert [e.code for e in extract_exemptions(text, regime)] == codes


def test_sections_listed_one_to_a_line() -> None:
    text = (
        "Some of the papers are withheld because exemptions under sections:\n"
        "  \u2022 30(b)(i) and 30(b)(ii) (frank advice),\n"
        "  \u2022 33(1)(b) (harm to a firm's trade),\n"
        "  - 38(1)(b) (about named people)\n"
        "of FOISA apply to them.\n"
    )
    assert [e.code for e in extract_exemptions(text, "foisa")] == [
        "foisa-s30(b)(ii)",  # one code per section: the most specific of its mentions
        "foisa-s33(1)(b)",
        "foisa-s38(1)(b)",
    ]
    assert extract_exemptions("Our guidance covers these sections\n2023 figures\n", "foia") == []


def test_a_cost_limit_with_more_words_before_limit() -> None:
    assert _codes("Finding them would exceed the upper cost limit of \u00a3600 for a request.") == ["s12"]
    text = "The cost of your request exceeds the limits for time and cost, so we will not answer it."
    assert [e.code for e in extract_exemptions(text, "foisa")] == ["foisa-s12"]


def test_section_12_explained_but_not_applied_does_not_count() -> None:
    text = (
        "We do not hold the figures you asked for.\n"
        "Section 12 of the FOI Act sets a maximum cost of \u00a3450 for answering any one request.\n"
    )
    assert _codes(text) == []
    assert _codes("We have applied section 12 of the Act to this part.") == ["s12"]


@pytest.mark.parametrize(
    ("text", "regime", "codes"),
    [
        ("The officers' names are personal data and have been withheld.", "foia", ["s40"]),
        ("The officers' names are personal data and have been withheld.", "foisa", ["foisa-s38"]),
        ("The officers' names are personal data and have been withheld.", "eir", ["eir-13"]),
        ("The rates are commercially sensitive, so they are exempt from release.", "foia", ["s43"]),
        ("Release would prejudice law enforcement.", "foia", ["s31"]),
        ("Names are redacted under section 40(2) as personal information.", "foia", ["s40(2)"]),
        ("We hold personal data on the housing register.", "foia", []),
        ("The 900 emails would need to be read and redacted, as they hold personal data.", "eir", []),
        ("Could you confirm whether personal data is withheld from the register?", "foia", []),
    ],
)
def test_grounds_named_without_a_number(text: str, regime: str, codes: list[str]) -> None:
    assert [e.code for e in extract_exemptions(text, regime)] == codes


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Your request was handled under the FOI Act. We also publish EIR responses.", "foia"),
        ("We give notice under s17 of FOI(S)A 2002.", "foisa"),
    ],
)
def test_detect_regime_from_short_act_names(text: str, regime: str) -> None:
    assert detect_regime(text) == regime


@pytest.mark.parametrize(
    ("text", "regime", "codes"),
    [
        ("The names are exempt under s40 and s43.", "foia", ["s40", "s43"]),
        ("Staff in S3 and S4 took part in the survey.", "foisa", []),
        ("We consider the request manifestly unreasonable, given its scale.", "eir", ["eir-12(4)(b)"]),
        ("Reading every case file would take around 60 hours, so we cannot do it.", "foia", ["s12"]),
        ("Checking the two files would take about 2 hours; the answer is below.", "foia", []),
    ],
)
def test_provisions_without_the_word_section(text: str, regime: str, codes: list[str]) -> None:
    assert [e.code for e in extract_exemptions(text, regime)] == codes


def test_a_bulleted_list_of_sections_run_into_one_line() -> None:
    text = (
        "Parts are withheld as exemptions under sections: \u2022 30(c) (conduct of public affairs), "
        "\u2022 33(1)(b) (harm to a firm's trade) of FOISA apply.\n"
    )
    assert [e.code for e in extract_exemptions(text, "foisa")] == ["foisa-s30(c)", "foisa-s33(1)(b)"]


def test_a_section_inside_a_condition_is_not_relied_on() -> None:
    assert _codes("If any of the names were exempt under section 40(2), we would tell you.") == []
    assert _codes("Should section 43 apply to the prices, we will explain why.") == []
    assert _codes("The names are exempt under section 40(2). If you disagree, you may ask for a review.") == ["s40(2)"]


def test_numbers_under_a_line_ending_sections_that_are_not_provisions() -> None:
    text = "The report has these sections\n12 months of data on arrests\n30 days of calls\n"
    assert extract_exemptions(text, "foia") == []


def test_a_clarification_request_that_explains_the_cost_limit_relies_on_no_section() -> None:
    text = (
        "As worded, finding every record would exceed the appropriate limit. Under section 1(3) of the Act we "
        "need more detail before we can answer: could you tell us which years you mean?"
    )
    assert _codes(text) == []
    assert _codes("Finding every record would exceed the appropriate limit, so we cannot comply.") == ["s12"]


def test_a_clarification_request_naming_section_12_as_a_risk_relies_on_no_section() -> None:
    text = (
        "Could you narrow the period? A request for every year would probably exceed the cost limit under "
        "section 12. We are not obliged to comply with your request until we receive this clarification."
    )
    assert _codes(text) == []


def test_a_reply_waiting_on_a_narrowed_request_relies_on_no_section() -> None:
    text = (
        "Finding every file would likely exceed the appropriate limit. Could you narrow it to one year? The 20 "
        "working day period will start again when we receive your reply."
    )
    assert _codes(text) == []


def test_a_cost_limit_remark_followed_by_coarser_figures_given_instead_relies_on_no_section() -> None:
    text = (
        "Weekly counts for each depot would exceed the cost limit. Yearly totals are therefore provided as advice "
        "and assistance."
    )
    assert _codes(text) == []
    assert _codes("Weekly counts for each depot would exceed the cost limit. We can help you narrow it.") == ["s12"]


def test_a_section_of_another_act_whose_name_holds_small_words_does_not_count() -> None:
    text = "Section 17A of the Crime and Disorder Act 1998 lets the Council recover the charge, so a fee is made."
    assert extract_exemptions(text, "foia") == []
    text = "Under section 2C of the Health Services (Northern Ireland) Act 1972 the board runs it; it is exempt."
    assert extract_exemptions(text, "foisa") == []
    assert _codes("The names are exempt under section 40(2) of the Freedom of Information Act 2000.") == ["s40(2)"]


def test_sections_that_are_no_ground_to_withhold() -> None:
    # FOIA 3-7 say which bodies the Act covers; a lettered section belongs with its numbered one (11A: a duty)
    assert _codes("The plan is published; section 4 lists every site and is exempt from review.") == []
    assert _codes("We have applied section 11A, which covers datasets, and withheld nothing.") == []


def test_a_provision_that_could_apply_is_not_relied_on() -> None:
    text = (
        "A narrower request might be answerable, though some details may be exempt under section 40(2) "
        "(personal information) or section 27."
    )
    assert _codes(text) == []
    text = (
        "We refuse the request under regulation 12(4)(b) and have not gone on to consider whether regulation 13 "
        "(personal data) applies."
    )
    assert [e.code for e in extract_exemptions(text, "eir")] == ["eir-12(4)(b)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reliance denied just before the provision: only the one relied on counts
        (
            "The letters are withheld under regulation 13. We did not need to rely on regulation 12(5)(e), "
            "as regulation 13 covers them all.",
            ["eir-13"],
        ),
        ("We have decided not to apply section 43; the names are exempt under section 40(2).", ["s40(2)"]),
        # EIR regulation 11 is the right to ask for reconsideration, no exception
        (
            "We hold the information and it is set out below. Under the Environmental Information Regulations "
            "you may ask us to reconsider under regulation 11 within 40 working days.",
            [],
        ),
    ],
)
def test_provisions_not_relied_on_or_no_exception(text: str, expected: list[str]) -> None:
    assert [e.code for e in extract_exemptions(text)] == expected


def test_a_question_span_run_on_into_its_answer_ends_at_the_blank_line() -> None:
    text = (
        "Request 1 - the list of closed sites.\n\n"
        "The list is on our website. Under section 25(1) of FOISA it is exempt as otherwise accessible.\n"
    )
    assert [e.code for e in extract_exemptions(text, "foisa", exclude=[(12, len(text) - 1)])] == ["foisa-s25(1)"]


def test_a_repeated_request_refusal_does_not_rely_on_the_earlier_replys_grounds() -> None:
    text = (
        "This request repeats your request of 3 March 2025. We replied to that request in April, giving the totals "
        "and withholding the tender prices under section 43(2).\n\n"
        "We are therefore refusing this request under section 14(2) of the Act."
    )
    assert [e.code for e in extract_exemptions(text)] == ["s14(2)"]


def test_a_repeated_request_refusal_does_not_rely_on_what_was_refused_at_that_time() -> None:
    text = (
        "We refuse this request under section 14(2) of the Act: it repeats one we answered in June.\n\n"
        "Adding one more quarter does not make it new, and the site plans were withheld at that time under "
        "section 38(1) for reasons that still hold."
    )
    assert [e.code for e in extract_exemptions(text)] == ["s14(2)"]


def test_a_cost_limit_named_in_a_condition_opening_with_where_is_no_refusal() -> None:
    text = (
        "Thank you for your request, which we received on 3 May 2025.\n\n"
        "Where a fee is due, or where the cost of compliance would exceed the limit, we will tell you first."
    )
    assert extract_exemptions(text) == []


def test_regulation_14_beside_words_of_refusal_is_the_eir_refusal_notice() -> None:
    text = "Regulation 14 of the EIRs requires us to give reasons where we refuse part of a request; they follow."
    assert [e.code for e in extract_exemptions(text, "eir")] == ["eir-14"]
    assert extract_exemptions("Regulation 14 of the EIRs sets out what a reply must say.", "eir") == []


def test_regulation_6_giving_the_information_in_another_form_withholds_nothing() -> None:
    given = "Regulation 6(1) of the EIRs lets us make information available in another form, so a PDF map is attached."
    assert extract_exemptions(given, "eir") == []
    published = "The report is already publicly available on our website, so we rely on regulation 6(1)(b) of the EIRs."
    assert [e.code for e in extract_exemptions(published, "eir")] == ["eir-6(1)(b)"]


def test_regulation_6_1_b_cited_as_such_applies_without_other_words() -> None:
    cited = "Our plan is on our website at wibble.gov.uk/plan, and regulation 6(1)(b) of the EIRs applies."
    assert [e.code for e in extract_exemptions(cited, "eir")] == ["eir-6(1)(b)"]
    given = "Under regulation 6(1)(a) of the EIRs we have sent the map as a PDF rather than on paper."
    assert extract_exemptions(given, "eir") == []
