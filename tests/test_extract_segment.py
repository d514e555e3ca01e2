"""Question/answer segmentation over the layouts FOI replies use (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foitrack.extract import extract_all
from foitrack.extract.segment import (
    WORD_RE,
    _find_label,
    _item_cuts,
    _named_in,
    _numbered_segments,
    _Question,
    _read_lines,
    _short_topic_words,
    _words,
    looks_like_question,
    request_spans,
    segment,
    split_questions,
)
from foitrack.text.labels import label_key
from foitrack.text.language import english_copy
from foitrack.text.view import reading_view

LAYOUTS: list[tuple[str, str, list[str]]] = [
    (
        "you-asked-answer-marker",
        "You asked:\n1a) How much did the council spend on bus shelters?\nANSWER: £12,400\n"
        "1b) How many shelters were repaired?\nANSWER: 31\n",
        ["1a", "1b"],
    ),
    (
        "q-labels-with-answer-heading",
        "Q1. Do you employ a tree officer?\nAnswer:\nYes, one full-time post.\n"
        "Q2. If relevant, which team is the post in?\nParks and open spaces.\n",
        ["Q1", "Q2"],
    ),
    (
        "question-word-labels",
        "Question 1: How many parking fines were issued?\nWe issued 4,210 fines.\n"
        "Question 2: How many were cancelled?\nWe cancelled 88.\n",
        ["Question 1", "Question 2"],
    ),
    (
        "numbered-dot",
        "1. How many libraries are open on Sundays?\nThree libraries.\n2. What are their hours?\n10am to 4pm.\n",
        ["1", "2"],
    ),
    (
        "lettered-parenthesis",
        "(a) How many school crossings are staffed?\nTwelve crossings.\n(b) How many are vacant?\nTwo posts.\n",
        ["a", "b"],
    ),
    (
        "unlabelled-bullets",
        "• How many grit bins does the council own?\nWe own 640 grit bins.\n"
        "• How often are they refilled?\nThey are refilled every autumn.\n",
        ["1", "2"],
    ),
    (
        "request-response-repeated",
        "REQUEST\n1. How many potholes were reported in 2023?\n2. How many were fixed within a week?\n"
        "RESPONSE\nThank you for your request.\n1. How many potholes were reported in 2023?\n5,120 reports.\n"
        "2. How many were fixed within a week?\n3,904 were fixed within seven days.\n",
        ["1", "2"],
    ),
    (
        "request-list-then-labelled-answers",
        "1. How many foster carers are registered?\n2. How many left last year?\n3. How many joined?\n"
        "Response\n1. 212\n2. 19\n3. 25\n",
        ["1", "2", "3"],
    ),
    (
        "range-answer",
        "Q1. Do you have a named lead for fly-tipping?\nQ2. If relevant, what is their grade?\n"
        "Q3. If relevant, when was the post created?\nQ4. What budget does it hold?\n"
        "1-3. No named lead at present.\n4. There is no separate budget.\n",
        ["1", "2", "3", "4"],
    ),
    (
        "questions-x-to-y",
        "1. How many noise complaints were made?\n2. How many led to a notice?\nResponse\n"
        "Questions 1 to 2: We do not hold this information in a searchable form.\n",
        ["Question 1", "Question 2"],
    ),
    (
        "two-questions-above",
        "• How many street lights were converted to LED?\n• How much did the conversion cost?\n"
        "In response to the two questions above, this work is run by a contractor and the council does not hold it.\n",
        ["1", "2"],
    ),
    (
        "repeated-labels-kept",
        "4) How many bins were stolen?\n55 bins.\n4) How many were replaced?\nAll 55 were replaced.\n",
        ["4", "4"],
    ),
    (
        "checkbox-form",
        "Does the plan affect a conservation area? [ ] Yes [x] No\nIs a decision needed this month? [x] Yes [ ] No\n",
        ["1", "2"],
    ),
    (
        "inline-answer",
        "1. Do you keep a register of empty shops? Yes, updated each quarter.\n2. How many shops are empty? 47\n",
        ["1", "2"],
    ),
    (
        "table-answers",
        "1. Number of pest control visits\n2. Number of repeat visits\nResponse 01-02-2024\n"
        "Question | 2022 | 2023 |\n1. | 300 | 320 |\n2. | 41 | 38 |\n",
        ["1", "2"],
    ),
    (
        "sub-items-under-header",
        "1. The number of allotment plots that are:\na) occupied\nb) vacant\nResponse\na) 410\nb) 12\n",
        ["1a", "1b"],
    ),
]


@pytest.mark.parametrize(("name", "text", "labels"), LAYOUTS, ids=[case[0] for case in LAYOUTS])
def test_segment_finds_each_question(name: str, text: str, labels: list[str]) -> None:
    assert [s.label for s in segment(text)] == labels


def test_answer_spans_point_into_the_text() -> None:
    text = "Q1. How many parks are there?\nThere are 14 parks.\n"
    [seg] = segment(text)
    assert seg.answer_span is not None and text[seg.answer_span.start : seg.answer_span.end] == "There are 14 parks."
    assert seg.question_span is not None and seg.question == "How many parks are there?"


def test_preamble_and_appeal_text_are_trimmed() -> None:
    text = (
        "Dear Ms Brown,\nThank you for your request.\n1. How many trees were planted?\n812 trees.\n"
        "If you are dissatisfied with this response you may ask for an internal review.\n"
        "You may re-use this information under the Open Government Licence.\n"
    )
    [seg] = segment(text)
    assert seg.answer_text == "812 trees."


@pytest.mark.parametrize(
    "offer",
    [
        "If you have any questions about this response, please contact the Information Governance team.",
        "Should you have any further queries, please contact us quoting the reference above.",
        "If you would like any help in narrowing your request, please do not hesitate to contact us.",
        "If we can be of any further assistance, please let us know.",
    ],
)
def test_an_offer_to_answer_queries_is_help_text_not_a_question(offer: str) -> None:
    assert not looks_like_question(offer)
    answers = "1. How many trees were planted?\n812 trees.\n\n2. Who planted them?\nOur parks team."
    text = f"{offer}\n\n{answers}\n\n{offer}\n"
    assert [(s.label, s.answer_text) for s in segment(text)] == [("1", "812 trees."), ("2", "Our parks team.")]


def test_shared_answer_goes_to_every_question_of_a_generic_reply() -> None:
    text = (
        "What did the council spend on taxis?\n\nHow many journeys were made?\n\n"
        "The answer to your request is nil as the council has no taxi contract.\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2"]


def test_a_request_listed_under_its_heading_after_a_whole_refusal_is_refused_item_by_item() -> None:
    text = (
        "Dear Mr Lane\n\nWe are unable to comply with your request, as the cost of finding the information would "
        "exceed the appropriate limit under section 12.\n\nWhere the time would go\nEach depot keeps its own "
        "paper logs, and every one would need reading.\n\nYour request\n1. Gritting runs made each winter\n"
        "2(a) Salt bought in 2023\n2(b) Salt bought in 2024\n3. Depots holding salt\n\n"
        "If you are unhappy with this decision you may ask for an internal review.\n\nYours sincerely\n"
    )
    answers = extract_all(reading_view(text).text).answers
    assert [(a.label, a.answer) for a in answers] == [(q, "refused") for q in ("1", "2a", "2b", "3")]


def test_unanswered_question_is_left_out() -> None:
    text = "1. How many wardens are employed?\n6 wardens.\n2. What do they earn?\n"
    assert [s.label for s in segment(text)] == ["1"]


def test_split_questions_reads_a_request() -> None:
    request = "Please provide:\n1. The number of food inspections in 2023.\n2. How many premises scored zero?\n"
    assert split_questions(request) == [
        ("1", "The number of food inspections in 2023."),
        ("2", "How many premises scored zero?"),
    ]


def test_split_questions_numbers_unlabelled_items() -> None:
    request = "- How many dog wardens do you employ?\n- What is their annual budget?\n"
    assert [label for label, _ in split_questions(request)] == ["1", "2"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_segment_never_raises(text: str) -> None:
    for seg in segment(text):
        assert isinstance(seg.label, str)
    split_questions(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_words_are_those_word_re_finds(text: str) -> None:
    assert _words(text) == tuple(WORD_RE.findall(text.lower()))  # _words reads them by bytes methods, faster


def test_named_labels_with_a_topic_and_the_answer_below() -> None:
    text = (
        "Thank you for your request.\n"
        "Question 1 - lead officer\n"
        "Our response: Yes, the Head of Safeguarding.\n"
        "Question 2 - spending in 2023\n"
        "Our response: £3,200.\n"
    )
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("Question 1", "lead officer", "Yes, the Head of Safeguarding."),
        ("Question 2", "spending in 2023", "£3,200."),
    ]


def test_named_labels_with_a_topic_and_the_answer_after_a_dash() -> None:
    text = "We have searched our records.\n\nQ1 (lead officer) - Not held.\nQ2 (training) - 45 staff.\n"
    assert [(s.label, s.question, s.answer_text) for s in segment(text)] == [
        ("Q1", "lead officer", "Not held."),
        ("Q2", "training", "45 staff."),
    ]


def test_wrapped_lines_and_housekeeping_are_not_questions() -> None:
    text = (
        "Q1. Do you have a strategy?\nNo.\n"
        "You may reuse this information under the Open Government Licence, and you\n"
        "may complain to the Information Commissioner.\n"
        "Please quote the case number in any correspondence.\n"
        "Information Officer\n"
    )
    assert [s.label for s in segment(text)] == ["Q1"]


def test_lettered_parts_and_a_request_introduced_before_its_items() -> None:
    text = (
        "You asked the council for:\n"
        "1. Its spending on road gritting in each of the last two winters.\n"
        "2. The number of gritting lorries it owns.\n"
        "\n"
        "Answer to question 1\nWe spent £410,000 and £388,500.\n"
        "Answer to question 2\nThe council owns 14 lorries.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "Answer to question 1\nWe spent £410,000 and £388,500."),
        ("2", "Answer to question 2\nThe council owns 14 lorries."),
    ]
    parts = "Part A - the number of routes\nThere are 31 routes.\nPart B: the cost of the routes\nIt was £2.1m.\n"
    assert [s.label for s in segment(parts)] == ["Part A", "Part B"]


def test_questions_and_answers_in_table_rows() -> None:
    text = (
        "Our answers are in the table below.\n"
        "No. | Question | Response\n"
        "1 | How many gritting lorries do you own? | 14\n"
        "2 | Do you hire extra lorries in a hard winter? | No\n"
        "3 | What did hiring cost in 2023? | Not applicable\n"
    )
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("1", "How many gritting lorries do you own?", "14"),
        ("2", "Do you hire extra lorries in a hard winter?", "No"),
        ("3", "What did hiring cost in 2023?", "Not applicable"),
    ]
    assert text[segment(text)[0].answer_span.start :].startswith("14")  # type: ignore[union-attr]


def test_a_table_row_numbering_its_question_in_the_question_cell() -> None:
    text = "7. Do you hire extra lorries? | No\n8. What did hiring cost in 2023? | Not applicable\n"
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("7", "Do you hire extra lorries?", "No"),
        ("8", "What did hiring cost in 2023?", "Not applicable"),
    ]


def test_a_table_numbering_its_answers_takes_the_questions_from_the_request_above() -> None:
    text = (
        "Request\n1. How many gritting lorries do you own?\n2. Do you hire extra lorries?\n\n"
        "Response\nQuestion | Response\n1 | 14\n2 | No, we have never needed to.\n"
    )
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("1", "How many gritting lorries do you own?", "14"),
        ("2", "Do you hire extra lorries?", "No, we have never needed to."),
    ]
    assert text[segment(text)[1].question_span.start :].startswith("Do you")  # type: ignore[union-attr]


def test_a_framed_table_under_a_column_named_for_the_body_with_wrapped_answer_cells() -> None:
    text = (
        "| No. | Request | Example Trust response |\n"
        "|---|---|---|\n"
        "| Q1 | How many beds does the ward have? | 24 |\n"
        "| Q2 | Please send the ward's visiting policy. | The policy is attached, and |\n"
        "|   |   | it was last revised in 2023. |\n"
    )
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("Q1", "How many beds does the ward have?", "24"),
        ("Q2", "Please send the ward's visiting policy.", "The policy is attached, and it was last revised in 2023."),
    ]
    assert segment(text)[1].answer_span.quote.endswith("in 2023.")  # type: ignore[union-attr]
    headless = (  # rows alone: the question cell of the row above bounds the empty cells of the row below
        "| 1 | How many beds does the ward have? | 24 |\n"
        "| 2 | Do you charge visitors for parking? | Parking is free |\n"
        "|   |                                     | after 6pm. |\n"
    )
    assert [s.answer_text for s in segment(headless)] == ["24", "Parking is free after 6pm."]


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Amount paid 2023/24 (£)", False),  # a column heading with its unit
        ("Share of spend (%)", False),
        ("The total paid was £5,300 in 2023. You asked for a split by supplier.", False),
        ("How much was paid (£)?", True),
        ("The number of staff who were dismissed in 2023. Please include agency staff.", True),
        ("The number of vehicles that are 10 years old or more", True),
        ("The number of complaints received was 1,204 in 2023. You asked for a monthly split.", False),
        ("The names of the inspectors are personal data and are withheld under section 40(2).", False),
        ("The names of the properties that are exempt from business rates", True),
        ("The number of patients moved to another ward where no bed was free on admission", True),
        ("The number of patients who were moved is shown in the table below", False),
        ("For each year since 2020, how many appeals were upheld", True),
        ("The number of appeals where the decision was changed: twelve.", False),
    ],
)
def test_column_headings_and_stated_figures_are_not_questions(line: str, asks: bool) -> None:
    assert looks_like_question(line) is asks


def test_figures_answering_on_the_question_line() -> None:
    text = "1. What did the force spend on overtime in 2023? £1.38m. That includes staff.\n2. How many officers? 23.\n"
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "£1.38m. That includes staff."),
        ("2", "23."),
    ]


def test_lower_case_request_items_after_please_tell_me() -> None:
    text = (
        'Your request read: "Please could you tell me:\n'
        "1. the number of bins emptied in 2023;\n"
        '2. the cost of the service in 2023."\n\n'
        "In response to your questions:\n\n"
        "1. The number of bins emptied was:\n2023 - 41,200\n\n"
        "2. The cost was £1.2m.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found == [("1", "The number of bins emptied was:\n2023 - 41,200"), ("2", "The cost was £1.2m.")]


def test_a_cost_estimate_per_question_inside_a_refusal_is_not_an_answer() -> None:
    text = (
        "We are refusing your request under section 12(1) because the cost would exceed the limit.\n"
        "- Question 3 (spending by year): the ledger has no code for it, so we estimate 15 hours.\n"
        "- Question 5 (staff trained): records are on paper, about 12 hours.\n"
    )
    assert segment(text) == []


def test_answers_that_name_the_part_of_the_request_they_answer() -> None:
    text = (
        "Thank you for your email asking what the agency spent on consultants and who they were.\n\n"
        "With regard to the first part of your request, the agency spent £1.9 million in 2023/24.\n\n"
        "As to the second part of your request, the names are withheld under section 43(2).\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found == [
        ("1", "With regard to the first part of your request, the agency spent £1.9 million in 2023/24."),
        ("2", "As to the second part of your request, the names are withheld under section 43(2)."),
    ]


REFUSAL_NOTICE = (  # the answer text keeps each line's own words, without its label
    "The law requires a refusal notice which:\nsays that the request is refused,\nnames the exemption and\n"
    "explains why it applies.\nWe refuse both questions under section 12."
)
# The failure patterns of issue 10, each in a reply written for this test: (name, text, [(label, answer)]).
REFUSED_ON_COST = (
    "We estimate that finding this would exceed the cost limit of £450, and we refuse the request under section 12."
)
PATTERNS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "numbered-answers-one-naming-a-later-question-with-two-in-turn-then-the-rest-in-turn",
        "Dear Mr Pike\n\nI answer your questions in the order asked.\n\n"
        "Q.1 The parish council holds no ferry timetable for either of the years asked, as the\n"
        "    crossing closed in 2019.\n\n"
        "Q.2 The fare for 2024/25 is therefore £4.\n\n"
        "Q.3, Q.4 and Q.6 Ferry staff are the responsibility of the county council and\n"
        "    not ours. We hold nothing on them.\n\n"
        "Q.5 The jetty is repaired by our own staff.\n\n"
        "Yours sincerely\n",
        [
            (
                "Q1",
                "The parish council holds no ferry timetable for either of the years asked, as the\n"
                "    crossing closed in 2019.",
            ),
            ("Q2", "The fare for 2024/25 is therefore £4."),
            (
                "Q3",
                "Ferry staff are the responsibility of the county council and\n    not ours. We hold nothing on them.",
            ),
            (
                "Q4",
                "Ferry staff are the responsibility of the county council and\n    not ours. We hold nothing on them.",
            ),
            (
                "Q6",
                "Ferry staff are the responsibility of the county council and\n    not ours. We hold nothing on them.",
            ),
            ("Q5", "The jetty is repaired by our own staff."),
        ],
    ),
    (
        "numbered-answers-over-a-copyright-notice-wrapped-onto-its-second-line",
        "Dear Ms Roe\n\nYour questions are answered in turn.\n\n1. The hall fee in 2024 was £210.\n\n"
        "2. For 2025 the hall fee was £230, set in March.\n\n3. Yes.\n\n"
        "The information supplied to you is copyright of Wibble Council and may be\n"
        "re-used under the Open Government Licence.\n\nYours sincerely\n",
        [
            ("1", "The hall fee in 2024 was £210."),
            ("2", "For 2025 the hall fee was £230, set in March."),
            ("3", "Yes."),
        ],
    ),
    (
        "a-prose-reply-listing-the-questions-in-a-bracket-numbered-with-stops",
        "Dear Mr Hale,\n\nThe questions you've asked (1. how many wardens Wibble Parish employs, and 2. what "
        "they cost) are about county staff, and we don't hold that information.\n\nBest wishes,\nThe Clerk\n",
        [
            ("1", "are about county staff, and we don't hold that information."),
            ("2", "are about county staff, and we don't hold that information."),
        ],
    ),
    (
        "parts-named-by-year-inside-a-question-then-answered-by-letter",
        "Request\nResponse\n1. What did Wibble Council spend on road signs in (a) 2022/23 and (b) 2023/24?\n"
        "(a) £12,400\n(b) £9,850\n2. How many signs were replaced in 2024?\n310\n",
        [("1a", "£12,400"), ("1b", "£9,850"), ("2", "310")],
    ),
    (
        "parts-the-writer-letters-before-answering-each-under-its-heading",
        "Dear Ms Orr\n\nYour email asked three things, which we have lettered (a) to (c) below.\n\n"
        "(a) Bins emptied. Crews emptied 9,100 bins in May.\n\n"
        "(b) Missed collections. 41 were reported.\n\n"
        "(c) Cost. The round cost £3,200.\n\nYours sincerely\n",
        [
            ("a", "Bins emptied. Crews emptied 9,100 bins in May."),
            ("b", "Missed collections. 41 were reported."),
            ("c", "Cost. The round cost £3,200."),
        ],
    ),
    (
        "a-first-numbered-topic-closed-by-a-stop-over-its-figures-then-questions",
        "Dear Mr Bell\n\nOur answers are below.\n\n1. Visitor numbers at each library in 2024.\n\n"
        "Central\n12,400\nNorth\n3,150\n\n2. Do you charge for room hire?\n\nYes, £20 an hour.\n\n"
        "Yours sincerely\n",
        [
            ("1", "Central\n12,400\nNorth\n3,150"),
            ("2", "Yes, £20 an hour."),
        ],
    ),
    (
        "help-headings-after-the-answers",
        "Dear Mr Jones\n1. How many parking permits were issued in 2023?\n4,120 permits.\n"
        "2. What was the income from permits?\n£248,000.\n"
        "What can I do if I am unhappy with the response?\nYou can ask for an internal review within 40 days.\n",
        [("1", "4,120 permits."), ("2", "£248,000.")],
    ),
    (
        "bullet-list-inside-an-answer",
        "1. What training do staff receive on fraud?\nStaff complete the following modules:\n"
        "- How to spot identity fraud\n- What to do when a claim looks false\n"
        "2. How many staff completed it in 2023?\n118 staff.\n",
        [
            (
                "1",
                "Staff complete the following modules:\nHow to spot identity fraud\n"
                "What to do when a claim looks false",
            ),
            ("2", "118 staff."),
        ],
    ),
    (
        "interleaved-after-request-and-response-headings",
        "Request\nDo you have a policy on grass verges?\nResponse\nYes, it was adopted in 2022.\n"
        "How often are verges cut?\nTwice a year in rural areas.\n"
        "Who decides which verges are left to grow?\nThe highways team.\n",
        [
            ("1", "Yes, it was adopted in 2022."),
            ("2", "Twice a year in rural areas."),
            ("3", "The highways team."),
        ],
    ),
    (
        "roman-numerals",
        "i. How many crossings are staffed?\nTwelve crossings.\nii. How many posts are vacant?\nTwo posts.\n"
        "iii. What is the hourly rate?\n£11.44 an hour.\n",
        [("i", "Twelve crossings."), ("ii", "Two posts."), ("iii", "£11.44 an hour.")],
    ),
    (
        "upper-case-roman-request-then-answers",
        "I. How many children were in care at the year end?\nII. How many were placed out of area?\n"
        "Response\nI. 293\nII. 41\n",
        [("I", "293"), ("II", "41")],
    ),
    (
        "named-range-answer",
        "Q1. Does the council employ a dog warden?\nQ2. How many dogs were seized in 2023?\n"
        "Q3. How many were rehomed?\nAnswers\nQ1. Yes, one warden.\nQ2-3 This information is not held.\n",
        [("Q1", "Yes, one warden."), ("Q2", "This information is not held."), ("Q3", "This information is not held.")],
    ),
    (
        "every-item-numbered-one",
        "1. How many food hygiene inspections were carried out?\n1,240 inspections.\n"
        "1. How many premises scored 0 or 1?\n85 premises.\n1. How many prosecutions followed?\nNone.\n",
        [("1", "1,240 inspections."), ("1", "85 premises."), ("1", "None.")],
    ),
    (
        "lettered-items-on-the-line-after-are",
        "1. Please tell me how many of your vehicles are: a) electric b) hybrid c) diesel\n"
        "The numbers of vehicles are: a) 12 b) 30 c) 141\n2. Do you plan to buy more electric vehicles?\nYes.\n",
        [("1a", "12"), ("1b", "30"), ("1c", "141"), ("2", "Yes.")],
    ),
    (
        "prose-reply-turning-to-questions-mid-paragraph",
        "Your request:\n1. How many tenancy audits were carried out in 2023?\n"
        "2. How many found the tenant was not living at the property?\n3. How many properties were recovered?\n\n"
        "Our response:\nWe carried out 540 tenancy audits in 2023. With regard to question 2, 37 audits found "
        "the tenant absent. In relation to question 3, we do not hold this information.\n",
        [
            ("1", "We carried out 540 tenancy audits in 2023."),
            ("2", "With regard to question 2, 37 audits found the tenant absent."),
            ("3", "In relation to question 3, we do not hold this information."),
        ],
    ),
    (
        "label-glued-to-a-header-date",
        "Request reference FOI-2023-118\nResponded Mon 27 March 20231. What is the annual spend on consultants?\n"
        "£1.2 million in 2022/23.\n2. How many consultants were engaged?\n17 consultants.\n",
        [("1", "£1.2 million in 2022/23."), ("2", "17 consultants.")],
    ),
    (
        "sub-lists-restarting-at-one-answered-by-decimals",
        "1. For the school transport service:\n1. How many pupils are carried?\n2. What is the annual budget?\n"
        "2. For the bus pass scheme:\n1. How many passes were issued?\n2. What did the scheme cost?\n"
        "Response\n1.1 1,420 pupils\n1.2 £3.2 million\n2.1 8,800 passes\n2.2 £540,000\n",
        [("1.1", "1,420 pupils"), ("1.2", "£3.2 million"), ("2.1", "8,800 passes"), ("2.2", "£540,000")],
    ),
    (
        "sub-lists-restarting-at-one-answered-under-bare-numbers",
        "1. For the school transport service:\n1. How many pupils are carried?\n2. What is the annual budget?\n"
        "2. For the bus pass scheme:\n1. How many passes were issued?\n2. What did the scheme cost?\n"
        "Response\n1.\n1. 1,420 pupils\n2. £3.2 million\n2.\n1. 8,800 passes\n2. £540,000\n",
        [("1.1", "1,420 pupils"), ("1.2", "£3.2 million"), ("2.1", "8,800 passes"), ("2.2", "£540,000")],
    ),
    (
        "letter-sub-answers-under-a-bare-number",
        "1. How many fines were issued in 2023?\n310\n2. Of those fines:\na. how many were appealed?\n"
        "b. how many were cancelled?\nResponse\n1. 310\n2.\na. 0\nb. 0\n",
        [("1", "310"), ("2a", "0"), ("2b", "0")],
    ),
    (
        "table-flattened-one-cell-a-line",
        "No.\nQuestion\nAnswer\n1\nHow many licences were issued?\n214\n2\nHow many were revoked?\n3\n"
        "3\nWhat fee is charged?\n£120 a year\n",
        [("1", "214"), ("2", "3"), ("3", "£120 a year")],
    ),
    (
        "table-rows-under-a-question-column-without-question-marks",
        "| Question | Response |\n|---|---|\n| How many licences were issued in 2023 | 214 |\n"
        "| The number revoked | 3 |\n",
        [("1", "214"), ("2", "3")],
    ),
    (
        "interleaved-after-a-reply-opening-under-the-first-question",
        "Question 1: How many school crossing patrols does the council fund?\n"
        "I can confirm that the council funds 38 patrols.\nQuestion 2: How much does each patrol cost a year?\n"
        "About £9,000 each.\nQuestion 3: Please list the sites without a patrol.\nThis information is not held.\n",
        [
            ("Question 1", "I can confirm that the council funds 38 patrols."),
            ("Question 2", "About £9,000 each."),
            ("Question 3", "This information is not held."),
        ],
    ),
    (
        "interleaved-numbered-after-a-response-heading",
        "Dear Sir\n1. How many school crossing patrols does the council fund?\nResponse\n"
        "The council funds 38 patrols.\n2. How much does each patrol cost a year\nAbout £9,000 each.\n",
        [("1", "The council funds 38 patrols."), ("2", "About £9,000 each.")],
    ),
    (
        "numbered-list-inside-a-refusal-is-not-answers",
        "Your request:\n1. How much was spent on taxis in 2023?\n2. How many journeys were made?\n"
        "Response\nThe law requires a refusal notice which:\n1. says that the request is refused,\n"
        "2. names the exemption and\n3. explains why it applies.\nWe refuse both questions under section 12.\n",
        [("1", REFUSAL_NOTICE), ("2", REFUSAL_NOTICE)],
    ),
    (
        "request-items-reported-as-bullets-then-one-refusal",
        "Thank you for your email. You have asked for copies of the following -\n"
        "- The board minutes for March.\n- The draft budget paper.\nOur response\n"
        "We are refusing this request under section 14(1).\n",
        [
            ("1", "We are refusing this request under section 14(1)."),
            ("2", "We are refusing this request under section 14(1)."),
        ],
    ),
    (
        "request-part-listing-items-after-a-statement",
        "Request\nYou requested the following documents:\n- The tree survey of 2022\n"
        "- The contract with the surveyor\nResponse\nBoth documents are attached.\n",
        [("1", "Both documents are attached."), ("2", "Both documents are attached.")],
    ),
    (
        "stock-answer-after-a-dash-and-a-row-of-figures",
        "Question 1: Number of call-outs to fires in parks\nYear North South Total\n2022 12 9 21\n"
        "Total 30 22 52\nQuestion 2: Breakdown of the above by district - see above.\n"
        "Question 3: Cost of the call-outs - not recorded.\n",
        [
            ("Question 1", "Year North South Total\n2022 12 9 21\nTotal 30 22 52"),
            ("Question 2", "see above."),
            ("Question 3", "not recorded."),
        ],
    ),
    (
        "an-answer-opening-a-list-keeps-only-its-bullets",
        "You asked: How much was spent on signs in each year?\nAnswer: The spend was:\n- 2022: £4,000\n"
        "- 2023: £5,500\nYou asked: Who supplies the signs? Please name the firm.\nAnswer: A local sign maker.\n",
        [("1", "The spend was:\n2022: £4,000\n2023: £5,500"), ("2", "A local sign maker.")],
    ),
    (
        "answer-heading-after-every-question",
        "Question:\nHow many parking wardens do you employ?\nAnswer:\n12 wardens.\n"
        "Question:\nWhat did they cost in 2023?\nAnswer:\n£410,000.\n",
        [("1", "12 wardens."), ("2", "£410,000.")],
    ),
    (
        "answers-naming-the-question-by-its-ordinal",
        "Your request\n\n1) How many parking wardens do you employ?\n\n2) What did they cost in 2023?\n\n"
        "Our reply\n\nIn answer to your first question, we employ 12 wardens.\n\n"
        "In answer to your second question, the cost was £410,000.\n",
        [
            ("1", "In answer to your first question, we employ 12 wardens."),
            ("2", "In answer to your second question, the cost was £410,000."),
        ],
    ),
    (
        "answers-naming-a-question-past-the-second-by-its-ordinal",
        "You asked:\n1. How many wardens do you employ?\n2. What did they cost?\n3. Do you use a contractor?\n\n"
        "We have dealt with your request under the Act.\n\nOn your first question, we employ 12.\n\n"
        "On your second question, £410,000.\n\nOn your third question: No.\n",
        [
            ("1", "On your first question, we employ 12."),
            ("2", "On your second question, £410,000."),
            ("3", "On your third question: No."),
        ],
    ),
    (
        "answers-with-their-own-labels",
        "Q1. How many parking wardens do you employ?\nA1. 12 wardens.\nQ2. What did they cost in 2023?\n"
        "A2. £410,000.\nQ3. Do you use a contractor?\nA3. No.\n",
        [("Q1", "12 wardens."), ("Q2", "£410,000."), ("Q3", "No.")],
    ),
    (
        "numbered-items-along-one-line-separated-by-semicolons",
        "Please provide (1) the number of parking wardens you employ; (2) their total cost in 2023; and (3) the "
        "name of any contractor.\n\nResponse\n(1) 12 wardens.\n(2) £410,000.\n(3) We use no contractor.\n",
        [("1", "12 wardens."), ("2", "£410,000."), ("3", "We use no contractor.")],
    ),
    (
        "lettered-parts-inside-a-sentence-stay-one-question",
        "1. How many people were (a) arrested and (b) charged in 2023?\n41 arrested, 12 charged.\n",
        [("1", "41 arrested, 12 charged.")],
    ),
    (
        "questions-wrapped-by-the-page",
        "1. How many referrals were made to the\nNational Referral Mechanism in 2023?\n45 referrals.\n"
        "2. How many staff were employed on 31 March\n2023 in the planning department?\n18 staff.\n",
        [("1", "45 referrals."), ("2", "18 staff.")],
    ),
    (
        "request-items-filled-in-after-a-colon",
        "1. Number of wardens employed: 12\n2. Total cost in 2023: £410,000\n3. Name of the contractor: None\n",
        [("1", "12"), ("2", "£410,000"), ("3", "None")],
    ),
    (
        "a-run-of-topics-each-filled-in-after-a-dash",
        "Wibble Council\n\nOur reply to each point is below.\n\n(i) Use of street drones - not held.\n\n"
        "(ii) Drone spend - none.\n\n(iii) Parking patrols in 2024 - 310 patrols.\n",
        [("i", "not held."), ("ii", "none."), ("iii", "310 patrols.")],
    ),
    (
        "number-and-bracketed-letter-labels",
        "1(a) How many wardens do you employ?\n12 wardens.\n1(b) How many are part time?\nThree.\n"
        "2) What did they cost?\n£410,000.\n",
        [("1a", "12 wardens."), ("1b", "Three."), ("2", "£410,000.")],
    ),
    (
        "two-columns-flattened-under-a-question-response-header",
        "Question Response\nHow many wardens do you employ? 12\nWhich team manages them? Community Safety\n"
        "Do you use a contractor? No\n",
        [("1", "12"), ("2", "Community Safety"), ("3", "No")],
    ),
    (
        "numbered-items-along-one-paragraph-then-one-refusal",
        "Your request\nI would like the following. 1) The minutes of the parks board for 2023. 2) Any report on the "
        "lido repairs. 3) The budget for the lido in 2024.\nOur response\n"
        "We estimate that finding this would exceed the cost limit under section 12.\n",
        [(n, "We estimate that finding this would exceed the cost limit under section 12.") for n in "123"],
    ),
    (
        "numbered-questions-after-a-colon-inside-a-paragraph",
        "Please tell me, for 2023: 1. How many bins did you issue? 2. Provide a list of the bin types.\n"
        "Response\n1. 41,200 bins.\n2. Grey, blue and brown bins.\n",
        [("1", "41,200 bins."), ("2", "Grey, blue and brown bins.")],
    ),
    (
        "a-request-line-that-reads-like-a-reply-heading",
        "Question\nPlease list the planning appeals you received, with:\n1. Which appeals were about extensions?\n"
        "Other categories you use include:\nOutcome\nTrees\n2. Which appeals were decided by an inspector?\n"
        "Answer\nThe cost of finding this would exceed the limit in section 12.\n",
        [
            ("1", "The cost of finding this would exceed the limit in section 12."),
            ("2", "The cost of finding this would exceed the limit in section 12."),
        ],
    ),
    (
        "lettered-answers-to-parts-named-inside-an-item",
        "1. Spend on road gritting in 2023, split into a) salt and b) vehicle hire\na) Salt: £81,000\n"
        "b) £40,500\n2. Staff on the gritting rota, with a) drivers and b) supervisors\na) 22 drivers\n"
        "b) Not recorded\n3. Routes treated in 2023, by a) priority and b) other\nWe do not hold this.\n",
        [
            ("1a", "Salt: £81,000"),
            ("1b", "£40,500"),
            ("2a", "22 drivers"),
            ("2b", "Not recorded"),
            ("3", "We do not hold this."),
        ],
    ),
    (
        "a-statement-introducing-bulleted-questions-is-not-one",
        "I would like the following information about school meals.\n"
        "The information you give will be used in a study of councils and will not be published.\n"
        "- Who supplies your school meals?\nA contractor, Fresh Plates Ltd.\n"
        "- How many meals were served in 2023?\n1.2 million.\n",
        [("1", "A contractor, Fresh Plates Ltd."), ("2", "1.2 million.")],
    ),
    (
        "a-section-reference-inside-a-question-is-not-its-answer",
        "1. How many children are placed with foster carers under s.20 of the Children Act 1989\n212 children.\n"
        "2. How many of them are under five\n40 children.\n",
        [("1", "212 children."), ("2", "40 children.")],
    ),
    (
        "figures-glued-to-the-end-of-request-items",
        "1. Number of claims the council settled.86\n2. Total paid out for those claims.£41,000\n",
        [("1", "86"), ("2", "£41,000")],
    ),
    (
        "a-prose-summary-reporting-the-request-in-a-sentence",
        "Spending on road salt\n\nThe request was for the amount spent on road salt in each year since 2019.\n\n"
        "The council released the yearly totals and withheld the supplier's prices under section 43.\n",
        [("1", "The council released the yearly totals and withheld the supplier's prices under section 43.")],
    ),
    (
        "request-items-filled-in-under-each-question-then-a-general-reply",
        "1. How many adults receive home care from the council, and of those how many:\n"
        "- The total - 1,204 on 1 March\n- live alone,\n- are over 85.\n"
        "2. How many adults are in council care homes, and of those how many:\n"
        "- The total - 310 on 1 March\n- live alone,\n- are over 85.\n\n"
        "I can confirm that finding the breakdowns would exceed the cost limit, so we have given the totals.\n"
        "Section 12\n12. - (1) Section 1(1) does not oblige a public authority to comply with a request if the cost"
        " would exceed the appropriate limit.\n",
        [("1", "The total - 1,204 on 1 March"), ("2", "The total - 310 on 1 March")],
    ),
    (
        "items-filled-in-under-questions-read-in-order",
        "1. How many grit bins do you own, with:\n- The total: 640\n- the number refilled in 2023\n"
        "2. How many gritters do you run, with:\n- The total: 14\n",
        [("1", "The total: 640\nthe number refilled in 2023"), ("2", "The total: 14")],
    ),
    (
        "numbered-request-items-are-not-numbered-answers",
        "Information requested\n1. All minutes of the parks board in 2023.\n2. All papers on the lido repairs.\n"
        "Response\nQuestion 1\nThe minutes are published on our website.\n",
        [("Question 1", "The minutes are published on our website.")],
    ),
    (
        "a-reply-introduced-after-the-request-quoted-in-full",
        "Your original request was:\nPlease provide the tree survey for Elm Park.\n"
        "Please include any letters about the felled oak.\n"
        "A report in the press says the oak was healthy, so please also send the arborist's notes.\n"
        "The council's response was as follows:\n"
        "The survey is attached.\n",
        [
            ("1", "The council's response was as follows:\nThe survey is attached."),
            ("2", "The council's response was as follows:\nThe survey is attached."),
        ],
    ),
    (
        "a-reply-answering-in-order-one-line-a-question",
        "Request\n1. How many allotment plots does the council let?\n2. What is the annual rent?\n"
        "3. If the rent has risen, by how much?\n4. How many plots are vacant?\nResponse\n"
        "The council lets 412 plots across nine sites.\nThe rent is £38 a year for a full plot.\n"
        "N/A We do not record vacant plots centrally.\n",
        [
            ("1", "The council lets 412 plots across nine sites."),
            ("2", "The rent is £38 a year for a full plot."),
            ("3", "N/A"),
            ("4", "We do not record vacant plots centrally."),
        ],
    ),
    (
        "request-is-and-response-is-headings",
        "The request is:\n1) How many gritters do you run?\n2) How many tonnes of salt did you buy in 2023?\n"
        "3) What did the salt cost?\nI believe this can be answered within the cost limit.\n"
        "The response is:\n1. We run 14 gritters.\n2. 9,800 tonnes.\n",
        [("1", "We run 14 gritters."), ("2", "9,800 tonnes.")],
    ),
    (
        "a-reply-under-a-response-heading-that-does-not-restate-the-request",
        "Parish Council\nResponse to FOI request dated 4 May 2024\nThe hall was hired 212 times in 2023.\n"
        "Clerk to the Council\n",
        [("1", "The hall was hired 212 times in 2023.\nClerk to the Council")],
    ),
    (
        "a-reply-that-does-not-restate-the-request",
        "Our ref: FOI-0042\nDear Ms Smith\nThank you for your request for information.\n"
        "The attached spreadsheet lists every school fire alarm call-out in 2022.\n"
        "Kitchen sensors caused half of them.\nIf you are unhappy with this response, you may ask for a "
        "review.\n",
        [
            (
                "1",
                "The attached spreadsheet lists every school fire alarm call-out in 2022.\n"
                "Kitchen sensors caused half of them.",
            )
        ],
    ),
    (
        "an-acknowledgement-answers-nothing",
        "Dear Ms Smith\nThank you for your request for information.\nWe will respond within 20 working days.\n",
        [],
    ),
    (
        "a-stock-answer-after-the-last-sentence-of-its-question",
        "1. How many rough sleepers were housed in 2023? If you have no scheme, please say so. NIL\n"
        "2. How many were referred to you by the police? 14\n",
        [("1", "NIL"), ("2", "14")],
    ),
    (
        "questions-quoted-in-the-reply",
        "Request and response:\n1. \u201cHow many of the oaks were removed on an insurer's advice.\u201d\n"
        "No oaks were removed for that reason.\n2. \u201cHow much did the removals cost?\u201d\n"
        "We do not hold this.\n",
        [("1", "No oaks were removed for that reason."), ("2", "We do not hold this.")],
    ),
    (
        "table-cells-one-a-line-are-not-questions",
        "1. How many grass fires did you attend in each year?\nYear |\nNumber of call-outs |\n2022 |\n140 |\n"
        "2023 |\n95 |\n",
        [("1", "Year\nNumber of call-outs\n2022\n140\n2023\n95")],
    ),
    (
        "named-labels-with-bracketed-letters-and-a-pair-answer",
        "Q1(a) How many wardens do you employ?\nQ1(b) How many are part time?\nQ2 What did they cost?\n"
        "Response\nQ1(a) 12 wardens.\nQ1(b) & Q2 - Not held.\n",
        [("Q1a", "12 wardens."), ("Q1b", "Not held."), ("Q2", "Not held.")],
    ),
    (
        # a named number alone heads its lettered parts: each part is that number's, and the heading no question
        "named-number-alone-over-lettered-parts",
        "Question 1\n(a) How many depots do you run?\n\nWe run 4 depots.\n\n(b) Where are they?\n\n"
        "Northgate and Southgate.\n\nQuestion 2\n(a) Do you own them?\n\nNo.\n\nQuestion 3\n"
        "How many staff work there?\n\nThere are 42 staff.\n",
        [
            ("Question 1a", "We run 4 depots."),
            ("Question 1b", "Northgate and Southgate."),
            ("Question 2a", "No."),
            ("Question 3", "There are 42 staff."),
        ],
    ),
    (
        "questions-one-and-two-answered-together",
        "Q1. How many wardens do you employ?\nQ2. How many are part time?\nQ3. What did they cost?\n"
        "Response\nQuestions 1 & 2: 12 wardens, three part time.\nQ3. £410,000.\n",
        [
            ("Question 1", "12 wardens, three part time."),
            ("Question 2", "12 wardens, three part time."),
            ("Q3", "£410,000."),
        ],
    ),
    (
        "you-asked-we-answered",
        "You asked: How many wardens do you employ?\nWe answered: 12 wardens.\n"
        "You asked: What did they cost?\nWe answered: £410,000.\n",
        [("1", "12 wardens."), ("2", "£410,000.")],
    ),
    (
        "question-n-of-your-request",
        "Q2. What did the wardens cost?\nQ3. Do you use a contractor?\nResponse\n"
        "Question 2 of your request: £410,000.\nQuestion 3 of your request: No.\n",
        [("Question 2", "£410,000."), ("Question 3", "No.")],
    ),
    (
        "lettered-questions-under-a-numbered-heading",
        "1. For the wardens:\na) How many do you employ?\nb) What did they cost?\nAnswer:\na) 12\nb) £410,000\n"
        "2. Do you use a contractor?\nNo.\n",
        [("1a", "12"), ("1b", "£410,000"), ("2", "No.")],
    ),
    (
        "roman-sub-questions-under-a-numbered-heading",
        "1. For the wardens:\n(i) How many do you employ?\n(ii) What did they cost?\nResponse\n(i) 12\n(ii) £410,000\n",
        [("1i", "12"), ("1ii", "£410,000")],
    ),
    (
        "lower-case-bullets-after-please-provide",
        "Please provide:\n- the number of wardens\n- their total cost\n"
        "The council employs 12 wardens at a cost of £410,000.\n",
        [
            ("1", "The council employs 12 wardens at a cost of £410,000."),
            ("2", "The council employs 12 wardens at a cost of £410,000."),
        ],
    ),
    (
        "request-and-response-markers-on-each-line",
        "Request: The number of wardens employed.\nResponse: 12.\nRequest: Their total cost in 2023.\n"
        "Response: £410,000.\n",
        [("1", "12."), ("2", "£410,000.")],
    ),
    (
        "a-reply-saying-please-or-pointing-at-a-table-asks-nothing",
        "1. How many complaints did you receive in 2023?\nThe number of complaints is shown in the table below.\n"
        "Please accept our apologies for the delay.\n2. What did they cost?\n£410,000.\n"
        "What happens next?\nYou can ask for an internal review.\n",
        [
            ("1", "The number of complaints is shown in the table below.\nPlease accept our apologies for the delay."),
            ("2", "£410,000."),
        ],
    ),
    (
        "an-email-reply-above-the-request-it-quotes",
        "Dear Mr Jones\n1. We employ 12 wardens.\n2. They cost £410,000.\nKind regards\n\n"
        "On 3 May 2024 A Person wrote:\n> 1. How many wardens do you employ?\n> 2. What did they cost?\n",
        [("1", "We employ 12 wardens."), ("2", "They cost £410,000.")],
    ),
    (
        "an-email-reply-with-repeated-questions-above-a-signed-quoted-request",
        "Dear Ms Smith\n1. How many wardens do you employ?\nOur response: 12.\n2. What did they cost?\n"
        "Our response: £410,000.\nKind regards\nFOI Team\n\n-----Original Message-----\nFrom: A Person\n"
        "Sent: 3 May 2024\nDear council,\nPlease could you tell me:\n1. How many wardens do you employ?\n"
        "2. What did they cost?\nMany thanks,\nA Person\n",
        [("1", "12."), ("2", "£410,000.")],
    ),
    (
        "answers-written-between-quoted-questions",
        "Please see our answers below.\nOn 8 Jan 2024, A Person <a.person@example.org> wrote:\n"
        "> 1. Does the council keep a register of potholes?\nYes.\n> 2. Does it have a pothole strategy?\nNo.\n",
        [("1", "Yes."), ("2", "No.")],
    ),
    (
        "an-answer-marker-after-the-question-mark",
        "1. How many wardens do you employ? ANSWER: 12\n2. What did they cost? ANSWER: £410,000\n",
        [("1", "12"), ("2", "£410,000")],
    ),
    (
        "a-shared-reply-ends-at-its-sign-off",
        "Request\n1. How many wardens?\n2. What did they cost?\nResponse\n"
        "We refuse this request under section 12.\nYours sincerely\nA Officer\nFOI Team, Town Hall\n",
        [("1", "We refuse this request under section 12."), ("2", "We refuse this request under section 12.")],
    ),
    (
        "ranges-and-pairs-of-labels-answered-together",
        "Q1. How many wardens?\nQ2. What did they cost?\nQ3. Who employs them?\nQ4. Since when?\nResponse\n"
        "Q1 to Q2: Not held.\nQ3 & Q4 - The council, since 2019.\n",
        [
            ("Q1", "Not held."),
            ("Q2", "Not held."),
            ("Q3", "The council, since 2019."),
            ("Q4", "The council, since 2019."),
        ],
    ),
    (
        "please-name-asks-please-note-does-not",
        "Please name each licence holder.\nPlease note the figures below are provisional.\nHolder names are exempt.\n",
        [("1", "Please note the figures below are provisional.\nHolder names are exempt.")],
    ),
    (
        "sibling-questions-alike-are-not-repeats",
        "1. Of the pupils excluded in 2023, how many were boys?\n"
        "1. Of the pupils excluded in 2023, how many were girls?\n"
        "1. Of the pupils excluded in 2023, how many were in care?\nWe do not hold this information.\n",
        [("1", "We do not hold this information.")] * 3,
    ),
    (
        "numbered-answers-to-questions-the-reply-does-not-quote",
        "Dear Ms Jones\nThank you for your request. Our response is below.\n1. We employ 12 wardens.\n"
        "2. Their cost in 2023 was £410,000.\n3. No, we do not use a contractor.\nYours sincerely\n",
        [
            ("1", "We employ 12 wardens."),
            ("2", "Their cost in 2023 was £410,000."),
            ("3", "No, we do not use a contractor."),
        ],
    ),
    (
        "numbered-statements-in-the-question-words-answer-it",
        "You asked for:\n1. The number of dog fouling fines issued in 2023.\n2. The number of those fines paid.\n"
        "Our response\n1. There were 312 dog fouling fines issued in 2023.\n2. 250 of those fines were paid.\n",
        [("1", "There were 312 dog fouling fines issued in 2023."), ("2", "250 of those fines were paid.")],
    ),
    (
        "request-quoted-with-its-opening-quote-on-the-first-label",
        "Thank you for your request of 3 May for the following information:\n"
        '"1. All reports on the bridge repairs.\n2. Every invoice paid to the contractor."\n'
        "We hold no reports or invoices.\nYours sincerely\n",
        [("1", "We hold no reports or invoices."), ("2", "We hold no reports or invoices.")],
    ),
    (
        "upper-case-lettered-request-items-after-asking-for",
        "Thank you for your request asking for:\nA. The number of trees felled in 2023.\n"
        "B. Any survey of the trees before felling.\nWe do not hold this information.\n",
        [("A", "We do not hold this information."), ("B", "We do not hold this information.")],
    ),
    (
        "reply-opening-with-the-questions-it-answers-mid-sentence",
        "Your request\n1. How many bins were emptied in 2023?\n2. How many were missed?\n3. Do you fine residents?\n"
        "Our response\nThe figures for questions 1 and 2 are in the table below.\nEmptied 41,200\nMissed 310\n"
        "3. No.\n",
        [
            ("1", "The figures for questions 1 and 2 are in the table below.\nEmptied 41,200\nMissed 310"),
            ("2", "The figures for questions 1 and 2 are in the table below.\nEmptied 41,200\nMissed 310"),
            ("3", "No."),
        ],
    ),
    (
        "prose-paragraphs-each-reporting-a-question-then-answering-it",
        "Dear Sir\nYou first asked how many wardens the council employs. We employ 12 wardens.\n\n"
        "You also asked whether any post is vacant. No post is vacant at present.\n\n"
        "Your final question asked for the cost of the service.\nThe service cost £410,000 in 2023.\n",
        [
            ("1", "We employ 12 wardens."),
            ("2", "No post is vacant at present."),
            ("3", "The service cost £410,000 in 2023."),
        ],
    ),
    (
        "several-questions-on-one-line-answered-a-paragraph-each",
        'You asked:\n"How many potholes were repaired in 2023? How many claims were paid? What did the claims cost?"\n'
        "Potholes repaired:\n2023 - 5,120\n\nWe paid 64 claims.\n\nThe claims cost £38,200 in all.\n",
        [
            ("1", "Potholes repaired:\n2023 - 5,120"),
            ("2", "We paid 64 claims."),
            ("3", "The claims cost £38,200 in all."),
        ],
    ),
    (
        "paragraphs-that-do-not-match-their-questions-stay-shared",
        "You asked:\n1. Copies of emails about parking fines.\n2. The training records of wardens.\n"
        "We consider the request vexatious under section 14(1).\n\nYou may ask for a review.\n",
        [
            ("1", "We consider the request vexatious under section 14(1).\nYou may ask for a review."),
            ("2", "We consider the request vexatious under section 14(1).\nYou may ask for a review."),
        ],
    ),
    (
        "table-rows-giving-only-the-question-number",
        "Our answers are in the table.\nQuestion number | Response\n1 | 14 gritters\n2 | Not held\n",
        [("1", "14 gritters"), ("2", "Not held")],
    ),
    (
        "prose-turning-to-the-next-point-by-its-ordinal",
        "You asked for:\n- the number of wardens\n- the cost of the service\n"
        "In response to your first point, we employ 12 wardens. Regarding your second point, they cost £410,000.\n",
        [
            ("1", "In response to your first point, we employ 12 wardens."),
            ("2", "Regarding your second point, they cost £410,000."),
        ],
    ),
    (
        "prose-turning-to-an-item-by-its-ordinal",
        "You asked for:\n- the number of wardens\n- the cost of the service\n- the contractor's name\n"
        "In response to your first point, we employ 12 wardens. Regarding your second point, they cost £410,000. "
        "As to the third item, we use no contractor.\n",
        [
            ("1", "In response to your first point, we employ 12 wardens."),
            ("2", "Regarding your second point, they cost £410,000."),
            ("3", "As to the third item, we use no contractor."),
        ],
    ),
    (
        "a-numbered-list-inside-an-answer-that-introduces-it",
        "1. Which depots do you run?\nWe run these depots:\n1. North depot\n2. South depot\n"
        "2. How many gritters do you have?\n14.\n",
        [("1", "We run these depots:\nNorth depot\nSouth depot"), ("2", "14.")],
    ),
    (
        "prose-paragraphs-each-naming-its-question-after-a-summarised-request",
        "Thank you for your request about parking. You asked three things: the number of permits; the income; "
        "and the number of appeals.\n\nIn response to question 1, we issued 4,120 permits in 2023.\n\n"
        "On question 2, the income was £248,000.\n\nFinally, in answer to question 3, 12 appeals were refused.\n",
        [
            ("1", "In response to question 1, we issued 4,120 permits in 2023."),
            ("2", "On question 2, the income was £248,000."),
            ("3", "Finally, in answer to question 3, 12 appeals were refused."),
        ],
    ),
    (
        "answers-that-restate-their-request-item-with-a-figure",
        "You asked for:\n1. The number of wardens the council employs.\n2. The cost of the warden service in 2023/24.\n"
        "3. The number of fixed penalty notices issued.\n\nOur response:\n"
        "1. The number of wardens the council employs is 12.\n"
        "2. The cost of the warden service in 2023/24 was £410,000.\n"
        "3. The number of fixed penalty notices issued is 1,480.\n",
        [
            ("1", "The number of wardens the council employs is 12."),
            ("2", "The cost of the warden service in 2023/24 was £410,000."),
            ("3", "The number of fixed penalty notices issued is 1,480."),
        ],
    ),
    (
        "a-web-page-control-above-the-request-is-not-a-question",
        "Log in\nForgotten password?\nRegister\nQuestion\nHow many parking permits were issued in 2023?\n"
        "Please list the streets covered.\nAnswer\n1,240 permits.\nThe streets are listed in the attached file.\n",
        [("1", "1,240 permits."), ("2", "The streets are listed in the attached file.")],
    ),
    (
        "an-imperative-item-with-a-past-tense-clause-is-a-question",
        "Question\nHow many fly-tipping incidents were reported in 2023?\n"
        "If possible provide the ward where each incident was reported.\n"
        "Answer\nThere were 410 incidents.\nThe ward is not recorded.\n",
        [("1", "There were 410 incidents."), ("2", "The ward is not recorded.")],
    ),
    (
        "a-caveat-on-the-figures-is-not-a-question",
        "How many bins were replaced in 2023?\n3,120 bins.\n"
        "The figures are taken from a works system which is not quality assured and should be treated as provisional.\n"
        "The number of bins and hours are counted per crew, so two crews make two visits. Please see the table.\n"
        "The cost of replacing them was £61,000.\n",
        [
            (
                "1",
                "3,120 bins.\nThe figures are taken from a works system which is not quality assured and should be "
                "treated as provisional.\nThe number of bins and hours are counted per crew, so two crews make two "
                "visits. Please see the table.\nThe cost of replacing them was £61,000.",
            )
        ],
    ),
    (
        "a-numbered-list-inside-an-answer-is-answer-text",
        "1. What are the stages of your complaints process?\nThe process is:\n1. The complaint is logged.\n"
        "2. A manager reviews it.\n3. A reply is sent within 20 days.\n"
        "2. How many complaints were received in 2023?\n412.\n",
        [
            (
                "1",
                "The process is:\nThe complaint is logged.\nA manager reviews it.\nA reply is sent within 20 days.",
            ),
            ("2", "412."),
        ],
    ),
    (
        "a-figure-alone-is-not-a-label-and-a-contact-heading-ends-the-answers",
        "1. How many CCTV cameras does the council operate?\n84.\nHow to contact us\nEmail: foi@example.gov.uk\n",
        [("1", "84.")],
    ),
    (
        "a-figure-with-a-thousands-comma-after-a-reference-is-not-a-label",
        "1. How many staff does the council employ?\n2. How many parking fines were issued in 2023?\nResponse\n"
        "In answer to question 1, 2,310 staff.\nIn answer to question 2, 41,200 fines were issued.\n",
        [
            ("1", "In answer to question 1, 2,310 staff."),
            ("2", "In answer to question 2, 41,200 fines were issued."),
        ],
    ),
    (
        "numbered-answers-below-a-reference-field-of-the-letter-head",
        "Example Transport\nFOI reference: EX/FOI/25/1\n\nDear Ms Green\n\nThank you for your request. Our answers "
        "are numbered to match your questions.\n\n1. We issued 340 penalty notices in 2024.\n\n2. The penalty is £20."
        "\n\nYours sincerely\n",
        [("1", "We issued 340 penalty notices in 2024."), ("2", "The penalty is £20.")],
    ),
    (
        "answers-to-questions-named-mid-paragraph",
        "1. The number of permits issued in each year.\n2. The income from permits in each year.\n"
        "3. How many wardens do you employ?\nResponse\nWe hold this information. Answers to questions 1 and 2 are in "
        "the table below.\nYear\nPermits\n2023\n410\n3. We employ 4 wardens.\n",
        [
            ("1", "Answers to questions 1 and 2 are in the table below.\nYear\nPermits\n2023\n410"),
            ("2", "Answers to questions 1 and 2 are in the table below.\nYear\nPermits\n2023\n410"),
            ("3", "We employ 4 wardens."),
        ],
    ),
    (
        "items-introduced-by-asking-with-an-aside-before-for",
        "Thank you for your email of 3 May asking, under the Freedom of Information Act, for:\n\n"
        "(i) the salary of the clerk in 2023;\n(ii) the cost of the audit.\n\n"
        "Both are published on our website, so we refuse them under section 21.\n",
        [
            ("i", "Both are published on our website, so we refuse them under section 21."),
            ("ii", "Both are published on our website, so we refuse them under section 21."),
        ],
    ),
    (
        "an-item-asking-for-a-measure-other-than-a-number",
        "(a) The tonnage of recycling rejected in 2023.\n\n1,200 tonnes were rejected.\n\n"
        "(b) The cost of disposing of it.\n\nThe cost was £40,000.\n",
        [("a", "1,200 tonnes were rejected."), ("b", "The cost was £40,000.")],
    ),
    (
        "an-answer-opening-with-its-condition-is-no-question",
        "2. Please give the names of the owners.\n\nWhere the owner is a company, its name is shown in the annex.\n\n"
        "3. How many sites were repaired?\n\n12 sites.\n",
        [("2", "Where the owner is a company, its name is shown in the annex."), ("3", "12 sites.")],
    ),
    (
        "a-heading-restating-a-question-takes-its-own-answer-from-a-shared-refusal",
        "We have considered your request, which asked:\n\n1. The number of claims received in each year.\n"
        "2. The legal costs paid in each year.\n\nFinding the legal costs would exceed the cost limit, so we refuse "
        "the request under section 12.\n\nAdvice and assistance\n\nWe can give the figures we hold.\n\n"
        "1. Number of claims received\n\n2023: 40\n2024: 52\n\n2. Legal costs are not recorded against claims.\n",
        [("1", "2023: 40\n2024: 52"), ("2", "Legal costs are not recorded against claims.")],
    ),
    (
        "a-paragraph-turning-to-a-topic-among-reported-questions",
        "Thank you for your request. We answer your three questions in turn.\n\nYou first asked whether the service "
        "is funded. It is, from the core budget.\n\nTurning to staffing, 12 officers work in the team.\n\n"
        "Finally, you asked what the service cost in 2023. It cost £410,000.\n",
        [("1", "It is, from the core budget."), ("2", "12 officers work in the team."), ("3", "It cost £410,000.")],
    ),
    (
        "answer-paragraphs-before-the-first-reported-question-answer-questions-not-restated",
        "Thank you for your request of 2 May. Our answers follow in the order of your questions.\n\n"
        "The library lent 3,120 e-books in 2024, up from 2,870 the year before.\n\n"
        "You also asked whether the service charges late fees. It does not.\n\n"
        "Lastly, a copy of the lending policy is attached.\n",
        [
            ("1", "The library lent 3,120 e-books in 2024, up from 2,870 the year before."),
            ("2", "It does not."),
            ("3", "a copy of the lending policy is attached."),
        ],
    ),
    (
        "a-request-item-wrapped-mid-sentence-in-the-reply-and-in-the-quoted-request",
        "Dear Mr Lee,\n\nYou asked for:\n\n"
        "a. Copies of all briefings given to the leader of the council in 2024 about the proposed closure of\n"
        "Elm Park Library, including any options appraisal.\n"
        "b. Any correspondence with the library trust about the closure.\n\n"
        "I can confirm that we hold this information, but it is withheld under section 36 of the Act.\n\n"
        "Yours sincerely,\n\nJo Bell\n\n-----Original Message-----\n\nDear Council,\n\n"
        "a. Copies of all briefings given to the leader of the council in 2024 about the proposed closure of\n"
        "Elm Park Library, including any options appraisal.\n"
        "b. Any correspondence with the library trust about the closure.\n\nYours faithfully,\n\nSam Lee\n",
        [
            ("a", "I can confirm that we hold this information, but it is withheld under section 36 of the Act."),
            ("b", "I can confirm that we hold this information, but it is withheld under section 36 of the Act."),
        ],
    ),
    (
        "a-paragraph-whose-last-sentence-names-the-questions-it-answers",
        "Dear Ms Hale,\n\nThe depots you list are run by a contractor, which keeps its own fuel records. "
        "We do not receive them, so we are unable to answer questions 1 and 2.\n\n"
        "On question 3, no fuel cards were issued.\n\nYours sincerely,\n\nA Clerk\n\n"
        "-----Original Message-----\n\nDear Council,\n\n1. Diesel used at each depot in 2023.\n"
        "2. Petrol used at each depot in 2023.\n3. The number of fuel cards issued to staff.\n\n"
        "Yours faithfully,\n\nJ Hale\n",
        [
            (
                "1",
                "The depots you list are run by a contractor, which keeps its own fuel records. We do not "
                "receive them, so we are unable to answer questions 1 and 2.",
            ),
            (
                "2",
                "The depots you list are run by a contractor, which keeps its own fuel records. We do not "
                "receive them, so we are unable to answer questions 1 and 2.",
            ),
            ("3", "On question 3, no fuel cards were issued."),
        ],
    ),
    (
        "answers-numbered-with-parts-then-the-next-number-and-a-closing-refusal-notice",
        "Dear Requester,\n\nPlease find our answers below, numbered as in your request.\n\n"
        "1a) We run three depots.\n\n1b) Their running cost was £2.1 million.\n\n"
        "2) The depot names are withheld under section 31.\n\n3) We employ 40 drivers.\n\n"
        "This response serves as a partial refusal notice under section 17.\n\n"
        "If you are unhappy with this response you may ask for an internal review.\n",
        [
            ("1a", "We run three depots."),
            ("1b", "Their running cost was £2.1 million."),
            ("2", "The depot names are withheld under section 31."),
            ("3", "We employ 40 drivers."),
        ],
    ),
    (
        "a-reported-request-listing-its-items-after-a-colon-is-all-question",
        "Request\n\nYou asked for, for each bridge inspected since 2020: its name, the date of the inspection "
        "and the condition score.\n\nResponse\n\nWe hold this information, but finding it would exceed the "
        "cost limit, so we refuse the request under section 12.\n\nYour right to complain\n",
        [
            (
                "1",
                "We hold this information, but finding it would exceed the cost limit, so we refuse the request "
                "under section 12.",
            )
        ],
    ),
    (
        "bulleted-request-items-each-answered-below-however-worded",
        "You asked:\n\n  * Whether the library service charges for room hire.\n\n    Yes, at £12 an hour.\n\n"
        "  * The number of rooms available for hire.\n\n    Four.\n\n"
        "  * Any income from room hire in 2024.\n\n    £3,240.\n\n"
        "If you are unhappy with this response you may ask for a review.\n",
        [("1", "Yes, at £12 an hour."), ("2", "Four."), ("3", "£3,240.")],
    ),
    (
        "a-bulleted-answer-list-after-a-lead-in-stays-with-its-question",
        "- Which parks have a cafe?\n\nThe parks with a cafe are:\n\n- Victoria Park in the north\n\n"
        "- Riverside Park in the south\n",
        [("1", "The parks with a cafe are:\nVictoria Park in the north\nRiverside Park in the south")],
    ),
    (
        "a-numbered-item-with-a-relative-clause-is-a-request-item",
        "Thank you for your request.\n\n1) The number of bridges closed in 2024 where a weight limit was "
        "breached.\n\nThree bridges.\n\n2) The cost of the repairs.\n\n£48,000.\n",
        [("1", "Three bridges."), ("2", "£48,000.")],
    ),
    (
        "a-prose-paragraph-answering-the-quoted-questions-in-order",
        "Dear Ms Hale,\n\nThank you for your request, which is copied below. The council has 14 public "
        "toilets, of which 9 are open all year. Cleaning is contracted out and cost £212,000 in 2024/25. "
        "We have had no complaints about opening hours this year.\n\nKind regards,\nFOI Team\n\n"
        "---------- Original request ----------\n1. How many public toilets does the council run, and how "
        "many open all year?\n2. What did the cleaning contract cost in 2024/25?\n"
        "3. How many complaints about opening hours were received?\nThanks,\nA Hale\n",
        [
            ("1", "The council has 14 public toilets, of which 9 are open all year."),
            ("2", "Cleaning is contracted out and cost £212,000 in 2024/25."),
            ("3", "We have had no complaints about opening hours this year."),
        ],
    ),
    (
        "a-request-reported-in-one-sentence-listing-its-items",
        "Dear Mr Pike, thank you for your request of 2 May asking for the number of trees felled in 2024, "
        "the cost of felling them and the number replanted. We do not hold any of these records, as the work "
        "is done by the county council. If you are unhappy with this reply you may ask for a review.\n",
        [
            ("1", "We do not hold any of these records, as the work is done by the county council."),
            ("2", "We do not hold any of these records, as the work is done by the county council."),
            ("3", "We do not hold any of these records, as the work is done by the county council."),
        ],
    ),
    (
        "a-later-request-sentence-listing-the-items-is-read-over-an-earlier-one-naming-only-the-topic",
        "Dear Ms Lowe,\n\nThank you for your letter of 3 May asking about school crossing patrols.\n\n"
        "Your letter asked how many patrols we employ, whether any sites are unstaffed and what the service costs.\n\n"
        "We employ 41 patrols.\n\nTwo crossing sites are unstaffed at present.\n\n"
        "The service costs £390,000 a year.\n\n"
        "If you are unhappy with this reply you may ask for a review.\n",
        [
            ("1", "We employ 41 patrols."),
            ("2", "Two crossing sites are unstaffed at present."),
            ("3", "The service costs £390,000 a year."),
        ],
    ),
    (
        "a-follow-on-ask-after-if-so-stays-with-its-item",
        "Dear Mr Reed,\n\nThank you for your letter of 8 May.\n\n"
        "Your letter asked how many gritters we run, whether any were written off since 2022 and, if so,\n"
        "how many, and what the fleet costs.\n\n"
        "We run nine gritters.\n\nOne gritter was written off in 2023.\n\n"
        "The fleet costs £210,000 a year.\n\n"
        "If you are unhappy with this reply you may ask for a review.\n",
        [
            ("1", "We run nine gritters."),
            ("2", "One gritter was written off in 2023."),
            ("3", "The fleet costs £210,000 a year."),
        ],
    ),
    (
        "a-wrapped-request-sentence-marking-its-items-1-2-3",
        "Dear Ms Hart,\n\nThank you for your email of 4 June, in which you asked for (1) the\n"
        "number of swimming lessons booked in 2024; (2) whether the pool offers free lessons\n"
        "to carers; and (3) the income from lessons.\n\n"
        "We are unable to answer, as gathering the bookings would exceed the cost limit.\n\n"
        "If you are unhappy with this reply you may ask for a review.\n",
        [
            ("1", "We are unable to answer, as gathering the bookings would exceed the cost limit."),
            ("2", "We are unable to answer, as gathering the bookings would exceed the cost limit."),
            ("3", "We are unable to answer, as gathering the bookings would exceed the cost limit."),
        ],
    ),
    (
        "marked-items-after-an-aside-each-answered-by-its-paragraph-or-the-one-no-later-item-claims",
        "Dear Sir,\n\nYour letter asked, for the last two years, (1) whether the depot runs an electric\n"
        "sweeper, (2) what the sweeper cost to lease and (3) how much was spent on taxis for drivers.\n\n"
        "The depot does run an electric sweeper. Its lease cost £9,100 in each year.\n\n"
        "No cab journeys were paid for, so the spend was nil.\n\n"
        "We hope this is helpful.\n",
        [
            ("1", "The depot does run an electric sweeper. Its lease cost £9,100 in each year."),
            ("2", "The depot does run an electric sweeper. Its lease cost £9,100 in each year."),
            ("3", "No cab journeys were paid for, so the spend was nil."),
        ],
    ),
    (
        "a-summary-heading-after-the-answers-ends-them",
        "Question 1: Do you grit cycle paths?\n\nOriginal answer: No.\n\nReview: Upheld.\n\nSummary\n\n"
        "The review is partly upheld and the remaining answers stand under section 43(2).\n",
        [("Question 1", "Original answer: No.\nReview: Upheld.")],
    ),
    (
        "a-request-item-restated-after-a-row-of-figures",
        "You asked for:\n- The number of road closures in each year since 2020.\n"
        "- The number of staff in the streetworks team.\n\nOur response:\n"
        "- The number of road closures in each year since 2020.\nAnswer: As below.\n"
        "Closures 2020 2021 Total 14 19 33 - The number of staff in the streetworks team.\nAnswer: Six.\n",
        [("1", "As below.\nClosures 2020 2021 Total 14 19 33 -"), ("2", "Six.")],
    ),
    (
        "a-follow-on-if-so-stays-with-its-question",
        "Do you hold a policy on verges? If so, when was it adopted?\nYes, in 2021.\n",
        [("1", "Yes, in 2021.")],
    ),
    (
        "lettered-rows-of-a-table-under-a-header-of-years-answer-the-question-whole",
        "Q2 How many trees were (a) planted, (b) felled?\n\n2022 2023\n(a) Planted 410 388\n(b) Felled 95 102\n\n"
        "Q3 Do you hold a tree strategy?\n\nYes.\n",
        [("Q2", "Planted 410 388\nFelled 95 102"), ("Q3", "Yes.")],
    ),
    (
        "numbered-items-asking-for-a-period-read-as-questions",
        "i. Visits to the town museum in each of the last three calendar years.\n\n"
        "2022: 8,100\n2023: 9,450\n\nii. Visits to the harbour gallery over the same period.\n\n"
        "2022: 1,200\n2023: 1,310\n",
        [("i", "2022: 8,100\n2023: 9,450"), ("ii", "2022: 1,200\n2023: 1,310")],
    ),
    (
        "questions-answered-in-turn-the-last-answer-opening-like-a-reply",
        "Our answers follow each of your questions.\n\n1) How many parks does the council manage?\n\n"
        "The council manages 41 parks.\n\n2) How often are the play areas inspected?\n\n"
        "Play areas are inspected weekly.\n\n3) What was spent on park benches in 2024?\n\n"
        "The spend was £12,400.\n\n4) Copies of the latest play area inspection reports.\n\n"
        "Please find attached the three latest reports.\n",
        [
            ("1", "The council manages 41 parks."),
            ("2", "Play areas are inspected weekly."),
            ("3", "The spend was £12,400."),
            ("4", "Please find attached the three latest reports."),
        ],
    ),
    (
        "a-request-quoted-with-marks-under-no-header-below-the-replys-sign-off",
        "Dear Ms Rao,\n\nPlease could you tell me about the town's allotments.\n\nThanks,\nP Rao\n\n"
        "Dear Ms Rao,\n\nOur answers follow the numbering of your request.\n\n1) Yes, we let 212 plots.\n\n"
        "2) The waiting list holds 57 names.\n\nKind regards,\n\nAllotments Team\n\n"
        "> Dear Council,\n>\n> 1) Does the council let allotment plots?\n"
        "> 2) How many people are on the waiting list?\n>\n> Yours faithfully,\n>\n> P Rao\n",
        [
            ("1", "Yes, we let 212 plots."),
            ("2", "The waiting list holds 57 names."),
        ],
    ),
    (
        "one-word-numbered-headings-next-in-turn-over-their-answers",
        "Dear Mr Lowe,\n\nThank you for your email about the town's play parks.\n\n"
        "1. Number of play parks\n\nThe council runs nine play parks.\n\n"
        "2. Inspections\n\nEach park is inspected weekly by our own staff.\n\n"
        "3. Budget\n\nWe spent £18,200 on repairs last year.\n",
        [
            ("1", "The council runs nine play parks."),
            ("2", "Each park is inspected weekly by our own staff."),
            ("3", "We spent £18,200 on repairs last year."),
        ],
    ),
    (
        "an-answer-labelled-with-two-labels-not-in-turn",
        "1. How many bins were emptied?\n2. Which firm empties them?\n3. How many were reported broken?\n\n"
        "Response\n\n2 & 3. See the attached schedule.\n\n1. 4,100 bins.\n",
        [
            ("2", "See the attached schedule."),
            ("3", "See the attached schedule."),
            ("1", "4,100 bins."),
        ],
    ),
    (
        "an-answer-line-opened-by-the-bodys-initials-and-response",
        "1. How many crews are on call?\n2. How many fire engines do you run?\n\n"
        "Response\n\n1. XFRS response: Twelve crews.\n2. XFRS response: None.\n",
        [("1", "Twelve crews."), ("2", "None.")],
    ),
    (
        "a-web-page-listing-its-request-and-response-headings-under-contents",
        "Contents\nRequest\nResponse\nComplaints\n\nRequest\n\n1. How many libraries are open on Sundays?\n"
        "2. A copy of the opening hours policy.\n\nResponse\n\n1. Four libraries open on Sundays.\n\n"
        "2. The opening hours policy is published on our website.\n",
        [("1", "Four libraries open on Sundays."), ("2", "The opening hours policy is published on our website.")],
    ),
    (
        "lettered-asks-after-a-lead-in-clause-each-refused-together",
        'You asked:\n\n"For each month of 2024, (a) the number of bins collected late, (b) how many late collections '
        'were reported by residents, and (c) how many were put right the same day."\n\n'
        "We are refusing your request because finding this would exceed the cost limit.\n",
        [
            ("a", "We are refusing your request because finding this would exceed the cost limit."),
            ("b", "We are refusing your request because finding this would exceed the cost limit."),
            ("c", "We are refusing your request because finding this would exceed the cost limit."),
        ],
    ),
    (
        "answers-in-place-above-a-request-quoted-after-a-welsh-first-sign-off",
        "Annwyl / Dear Mr Hughes,\n\nOur answers follow your numbering.\n\n"
        "(1) Adult single fares by year\n2023: £41\n2024: £44\n\n"
        "(2) Every route runs at a loss. None is subsidised by the county.\n\n"
        "If you are unhappy with this reply, you may ask for a review.\n\nYn gywir / Yours sincerely,\n\n"
        "Ferry Office\n\nDear Ferry Office,\n\n> Please tell me:\n> 1. The adult single fare in each year.\n"
        "> 2. Whether any route is subsidised by the county.\n\nYours faithfully,\nT Hughes\n",
        [
            ("1", "Adult single fares by year\n2023: £41\n2024: £44"),
            ("2", "Every route runs at a loss. None is subsidised by the county."),
        ],
    ),
    (
        "answers-written-between-quoted-questions-below-a-welsh-first-sign-off",
        "Annwyl / Dear Ms Rees,\n\nI have answered under each question below.\n\nCofion / Regards,\nFOI Team\n\n"
        "-----Original Message-----\nFrom: A Rees\n\n> 1. How many libraries do you run?\n\nANSWER: Fourteen.\n\n"
        "> 2. Do any open on Sundays?\n\nANSWER: No.\n\n> Yours faithfully,\n> A Rees\n",
        [("1", "Fourteen."), ("2", "No.")],
    ),
    (
        "two-bracketed-labels-alone-on-their-line-over-one-table",
        "You asked:\n(1) How many cases are open?\n(2) How many are over a year old?\n(3) The cost of agency staff.\n\n"
        "Response\n\n(1) and (2)\nTeam  Open  Over a year\nNorth  40  6\nSouth  22  3\n\n(3) £8,100.\n",
        [
            ("1", "Team  Open  Over a year\nNorth  40  6\nSouth  22  3"),
            ("2", "Team  Open  Over a year\nNorth  40  6\nSouth  22  3"),
            ("3", "£8,100."),
        ],
    ),
    # --- round 86
    (
        "a-request-repeated-between-asterisks-over-each-answer",
        "Dear Ms Pike\n\nWe have repeated each part of your request (between asterisks) above our answer.\n\n"
        "*1(a) How much grant was awarded to the trust in 2024?*\n\n£40,000.\n\n"
        "*1(b) How much of it was spent on\nrepairs?*\n\n£12,500.\n\n"
        "*2. Has the grant been audited? (yes/no)*\n\nNo.\n\nYours sincerely\n",
        [("1a", "£40,000."), ("1b", "£12,500."), ("2", "No.")],
    ),
    (
        "answers-named-by-ordinal-inside-one-paragraph",
        "Hi Sam,\n\nThanks for your email. On your first question, the hall took £3,400 in hire fees. "
        "(The bar's takings are not ours.) To your second question, the hall was hired 61 times.\n\n"
        "Kind regards,\nJo\n",
        [
            ("1", "On your first question, the hall took £3,400 in hire fees. (The bar's takings are not ours.)"),
            ("2", "To your second question, the hall was hired 61 times."),
        ],
    ),
    (
        "one-sentence-after-the-thanks-covering-every-question-in-brackets",
        "Dear Mr Lowe,\n\nThank you for your email of 2 May. The club is not a public body and we keep none of "
        "the files your questions (1 to 3) ask about.\n\nRegards,\nThe Secretary\n",
        [
            ("1", "The club is not a public body and we keep none of the files your questions (1 to 3) ask about."),
            ("2", "The club is not a public body and we keep none of the files your questions (1 to 3) ask about."),
            ("3", "The club is not a public body and we keep none of the files your questions (1 to 3) ask about."),
        ],
    ),
    (
        "paragraphs-each-naming-the-questions-they-answer-in-turn",
        "Dear Ms Grey,\n\nThank you for your request. The society has never had a grant from the county, so "
        "there has been no spend and no project (your questions 1 to 3).\n\nNo audit has been made "
        "(question 4), and there are no minutes of a grants panel (question 5).\n\n"
        "Our accounts are on our website.\n\nKind regards\n",
        [
            (
                "1",
                "The society has never had a grant from the county, so there has been no spend and no project "
                "(your questions 1 to 3).",
            ),
            (
                "2",
                "The society has never had a grant from the county, so there has been no spend and no project "
                "(your questions 1 to 3).",
            ),
            (
                "3",
                "The society has never had a grant from the county, so there has been no spend and no project "
                "(your questions 1 to 3).",
            ),
            ("4", "No audit has been made (question 4), and there are no minutes of a grants panel (question 5)."),
            ("5", "No audit has been made (question 4), and there are no minutes of a grants panel (question 5)."),
        ],
    ),
    (
        "lettered-parts-of-a-numbered-answer-each-after-a-sentence-end",
        "Dear Mr Oak\n\nOur answers follow.\n\n1. We hold 14 leases.\n\n"
        "2. (a) Depot - £4,000; yard - £2,500. (b) The yard lease was ended early. (c) No rent has been refunded.\n\n"
        "Yours sincerely\n",
        [
            ("1", "We hold 14 leases."),
            ("2a", "Depot - £4,000; yard - £2,500."),
            ("2b", "The yard lease was ended early."),
            ("2c", "No rent has been refunded."),
        ],
    ),
    (
        "a-question-passed-over-then-restated-as-you-also-asked-after-a-later-one",
        "Dear Mr Penn,\n\nThank you for your request. You asked:\n\n"
        "1. How many benches did Wibble Council install in 2024?\n"
        "2. Copies of any inspection reports on the benches in the town park.\n"
        "3. How much did the new benches cost?\n\nOur response is as follows.\n\n"
        "We installed 31 benches in 2024.\n\nTurning to question 3, the benches cost £18,600 in all.\n\n"
        "You also asked for copies of inspection reports on the park benches. We hold one report, which is "
        "attached.\n\nYours sincerely\nThe Clerk\n",
        [
            ("1", "We installed 31 benches in 2024."),
            ("3", "Turning to question 3, the benches cost £18,600 in all."),
            (
                "2",
                "You also asked for copies of inspection reports on the park benches. We hold one report, which is "
                "attached.",
            ),
        ],
    ),
    (
        "a-turn-to-a-topic-named-by-one-short-word",
        "Dear Ms Lowe,\n\nThank you for your request. You asked:\n\n"
        "(a) How many wibble lamps does the council maintain?\n(b) What did the lamps cost to run in 2024?\n\n"
        "Our response is as follows.\n\nTurning to question (a), the council maintains 212 lamps.\n\n"
        "As for the cost, running the lamps cost £7,450 in 2024.\n\nYours sincerely\nThe Clerk\n",
        [
            ("a", "Turning to question (a), the council maintains 212 lamps."),
            ("b", "As for the cost, running the lamps cost £7,450 in 2024."),
        ],
    ),
    (
        "questions-left-unnamed-take-the-one-paragraph-sharing-most-of-their-words",
        "Dear Dr Moss,\n\nThank you for your request. You asked:\n\n"
        "Q1 How many wibble hedges did the council plant in 2024?\n"
        "Q2 What price per metre does the council pay its hedging contractor?\n"
        "Q3 Does the council plan to plant wibble hedges along the ring road?\n\n"
        "Our response is as follows.\n\nThe council planted 14 wibble hedges in 2024.\n\n"
        "The council plans to plant wibble hedges along the ring road in the spring.\n\n"
        "With regard to the price per metre, this is withheld under section 43(2) of the Act.\n\n"
        "Kind regards\nThe Clerk\n",
        # Q1 shares its words with two paragraphs alike: no guess
        [
            ("Q2", "With regard to the price per metre, this is withheld under section 43(2) of the Act."),
            ("Q3", "The council plans to plant wibble hedges along the ring road in the spring."),
        ],
    ),
    # --- round 87
    (
        "items-restated-as-topics-numbered-without-a-stop-each-over-its-answer",
        "Dear Mr Hale\n\nEach part of your request is set out below with our answer under it.\n\n"
        "1.1  The number of gritters owned at 1 November\nNine. Two are kept at the coastal depot.\n\n"
        "1.2  The name of each trained driver\nWithheld under section 40(2).\n\n"
        "2  Total spend on salt in 2023/24\n£96,000, for 1,200 tonnes.\n\n"
        "3  Three suppliers paid the most\nSupplier      Paid\nRock Salt Ltd      £41,000\nGrit Co      £12,500\n\n"
        "4  Routes treated before 6am\nWe do not record the time each route is finished.\n\n"
        "Yours sincerely\nRoads Team\n",
        [
            ("1.1", "Nine. Two are kept at the coastal depot."),
            ("1.2", "Withheld under section 40(2)."),
            ("2", "£96,000, for 1,200 tonnes."),
            ("3", "Supplier      Paid\nRock Salt Ltd      £41,000\nGrit Co      £12,500"),
            ("4", "We do not record the time each route is finished."),
        ],
    ),
    (
        "a-reported-request-listing-its-items-between-semicolons",
        "Dear Ms Grey\n\nThank you for your email of 3 June. Your request asked for the number of gritters you own "
        "and the age of each; total salt spend in 2023/24; the three suppliers paid most; every route treated before "
        "6am; and whether routes are published.\n\nWe estimate that finding this would exceed the cost limit of "
        "£450, and we refuse the request under section 12.\n\nYours sincerely\nRoads Team\n",
        [(str(n), REFUSED_ON_COST) for n in range(1, 6)],
    ),
    (
        "each-answer-under-its-number-alone-on-a-line",
        "Request\n\n1. (a) How many gritters do you own? (b) Where is each kept?\n2. What did salt cost in 2023?\n"
        "3. Do you publish the routes?\n\nResponse\n\n1A\nThe council owns nine gritters.\n\n1B\n"
        "Five are kept at the north depot and four at the coast depot.\n\n2\nSalt cost £96,000 in 2023.\n\n3\n"
        "No. The routes are not published.\n",
        [
            ("1A", "The council owns nine gritters."),
            ("1B", "Five are kept at the north depot and four at the coast depot."),
            ("2", "Salt cost £96,000 in 2023."),
            ("3", "No. The routes are not published."),
        ],
    ),
    (
        "a-disclosure-log-reply-read-up-to-its-documents-heading",
        "Request\nThe requester asked for the number of gritters owned; the salt bought in 2023; the depots used; "
        "and whether routes are published.\n\nResponse\nThe council holds no information relevant to any part "
        "of your request, as the county council grits all roads.\n\nDocuments\nNo documents have been "
        "published for this request.\n\nRelated requests\nFOI-1 Salt stocks\n",
        [
            (
                str(n),
                "Response\nThe council holds no information relevant to any part of your request, as the county "
                "council grits all roads.",
            )
            for n in range(1, 5)
        ],
    ),
]


@pytest.mark.parametrize(
    ("said", "label", "named"),
    [
        ("we cannot answer questions 2 and 3 within the limit.", "3", True),
        ("questions 2 to 4, which depend on it, cannot be answered.", "3", True),
        ("see our answer to question 12.", "1", False),
        ("we hold 40 records.", "2", False),
    ],
)
def test_a_question_named_in_the_reply_is_not_guessed_by_its_words(said: str, label: str, named: bool) -> None:
    question = _Question(label, "How many?", 0, 9, 0)
    assert _named_in(said, question) is named


def test_a_short_topic_keeps_its_naming_word() -> None:
    assert _short_topic_words("As for the cost,") == frozenset({"cost"})


@pytest.mark.parametrize(("name", "text", "expected"), PATTERNS, ids=[case[0] for case in PATTERNS])
def test_failure_patterns(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.label, s.answer_text) for s in segment(text)] == expected


def test_a_count_of_questions_asked_gives_each_the_prose_answering_them_together() -> None:
    text = (
        "Dear Mr Khan\n\nThank you for your letter asking about our pest control service.\n\n"
        "You asked three questions. As they are linked, this reply covers them all.\n\n"
        "We treated 412 homes for rats in 2024, and the service cost £96,000.\n\nYours sincerely\n"
    )
    segments = segment(text)
    assert [s.label for s in segments] == ["1", "2", "3"]
    assert all(s.answer_text.startswith("As they are linked") for s in segments)


def test_a_part_named_inside_a_request_item_is_answered_under_its_own_label() -> None:
    text = (
        "Dear Ms Cole,\n\nYou asked for:\n1. The number of potholes repaired in 2024.\n"
        "2. The number of claims for pothole damage in 2024, and (a) whether any were paid.\n\n"
        "Our response:\n\nQ1 - Number of potholes repaired in 2024.\n5,210\n\n"
        "Q2 - Number of claims for pothole damage in 2024.\nThere were 312 claims.\n\n"
        "Q2a - Were any of these claims paid?\n41 were paid.\n\nYours sincerely,\n"
    )
    item = "The number of claims for pothole damage in 2024, and (a) whether any were paid."
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found[1:] == [("2", item, "There were 312 claims."), ("Q2a", item, "41 were paid.")]


def test_a_wrapped_question_is_read_whole() -> None:
    text = "1. How many referrals were made to the\nNational Referral Mechanism in 2023?\n45 referrals.\n"
    assert [s.question for s in segment(text)] == [
        "How many referrals were made to the National Referral Mechanism in 2023?"
    ]


@pytest.mark.parametrize(
    "line", ["Dorset Fire and Rescue Service", "However the totals are below", "Statement of accounts 2023"]
)
def test_a_word_that_only_begins_like_a_question_word_is_not_a_question(line: str) -> None:
    assert segment(f"{line}\nHow many engines do you run?\n14 engines.\n")[0].question == "How many engines do you run?"


def test_re_use_terms_end_the_answer() -> None:
    text = "1. How many engines do you run?\n14 engines.\nThe information supplied to you is protected by copyright.\n"
    assert [s.answer_text for s in segment(text)] == ["14 engines."]


def test_an_acknowledgement_answers_nothing() -> None:
    text = (
        "Dear Ms Lee\nThank you for your request for information, received on 2 May.\n"
        "We will respond within 20 working days.\nPlease quote our reference in any future correspondence.\n"
        "Kind regards\n"
    )
    assert segment(text) == []


def test_a_blank_table_to_fill_in_has_row_headings_not_questions() -> None:
    text = (
        "Request\n1. The number of wardens employed in each year\n"
        "2. The total cost of the warden service in each year\n"
        "2022-23\n2023-24\nNumber of wardens\nTotal cost of the service\n"
        "3 A breakdown of the cost by ward in each year.\n"
        "Response\nThe council holds none of this information, as wardens are employed by the county council.\n"
    )
    assert [(s.label, s.question) for s in segment(text)] == [
        ("1", "The number of wardens employed in each year"),
        ("2", "The total cost of the warden service in each year"),
        ("3", "A breakdown of the cost by ward in each year."),
    ]


def test_a_refusal_notice_heading_inside_an_answer_does_not_end_it() -> None:
    text = (
        "1. How many parking permits were issued in 2023?\n1,240 permits.\n"
        "2. Please list the names of the permit holders.\nNOTICE OF REFUSAL\n"
        "We consider these personal data, exempt under section 40(2).\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "1,240 permits."),
        ("2", "We consider these personal data, exempt under section 40(2)."),
    ]


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Do you need this letter in another format?", False),
        ("Are you happy with our response?", False),
        ("Should you have any further queries, please contact us.", False),
        ("The figures are correct as at 31 March 2024.", False),
        ("The number of referrals includes those made by schools.", False),
        ("The budget for 2023/24 is £45,000.", False),
        ("The figures show a rise in referrals since 2022.", False),
        ("Why we consider your request vexatious", False),
        ("Do you have a policy on staff parking?", True),
        ("The number of referrals made by schools in 2023", True),
        ("We use Wibble Bailiffs Ltd? please note the contract has no value to the council.", False),
        ("How many vans? and how many drivers", True),
    ],
)
def test_the_replys_prompts_and_statements_are_not_questions(line: str, asks: bool) -> None:
    assert looks_like_question(line) is asks


def test_a_reply_on_the_request_as_a_whole_is_not_dealt_out_a_line_a_question() -> None:
    text = (
        "Question 1: The number of permits issued in each month since 2015.\n"
        "Question 2: The street of each permit holder.\n\nResponse:\n"
        "It would cost more than the appropriate limit to process your request, so it is refused under section 12.\n\n"
        "Permit records before 2020 are on paper and the street is not recorded.\n"
    )
    answers = [s.answer_text for s in segment(text)]
    assert len(answers) == 2 and answers[0] == answers[1]


def test_a_quoted_request_signed_off_by_name_is_the_request_answered_above() -> None:
    text = (
        "Dear Mr Shah,\n\nThank you for your request.\n\n1. We issued 310 permits.\n\n2. None were revoked.\n\n"
        "Yours sincerely\n\nFOI Officer\n\n-----Original Message-----\nFrom: R Shah\n\n> Dear Council,\n>\n"
        "> 1. How many parking permits did you issue in 2023?\n> 2. How many permits were revoked?\n>\n"
        "> Yours faithfully,\n>\n> R Shah\n>\n> Is this the wrong address for requests? If so, please contact us.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "We issued 310 permits."),
        ("2", "None were revoked."),
    ]


def test_finally_you_asked_reports_the_last_question() -> None:
    text = (
        "You asked how many bus shelters the council owns. We own 212.\n\n"
        "Finally, you asked what the shelters cost to clean. We do not hold this information.\n"
    )
    assert [s.answer_text for s in segment(text)] == ["We own 212.", "We do not hold this information."]


def test_a_pair_of_letters_answers_both_parts() -> None:
    text = (
        "You asked for:\n(a) the number of closures;\n(b) the bed days lost;\n(c) the cost of the closures.\n\n"
        "(a) There were 14 closures.\n(b) and (c) This is not held.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("a", "There were 14 closures."),
        ("b", "This is not held."),
        ("c", "This is not held."),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Advice and assistance\nYou may wish to narrow your request to one year.",
        "We have provided all of the information you asked for. No information has been\nwithheld.",
    ],
)
def test_words_on_the_reply_as_a_whole_end_the_answers(after: str) -> None:
    text = f"1. How many appeals were heard in 2023?\n41 appeals.\n\n{after}\n"
    assert [s.answer_text for s in segment(text)] == ["41 appeals."]


def test_writing_to_advise_is_the_reply_speaking_not_request_talk() -> None:
    text = (
        "1. All letters about the bridge since 2010.\n2. The cost of the bridge survey.\n\nResponse\n"
        "I am writing to advise you that the cost of complying with your request would exceed the limit.\n"
    )
    assert [s.answer_text.split(" ")[:3] for s in segment(text)] == [["I", "am", "writing"]] * 2


def test_a_table_an_earlier_answer_points_to_is_not_the_last_answer() -> None:
    text = (
        "1. What are your charges?\nThe charges are shown in Table B below.\n"
        "2. How many bed bug visits were made?\n0. The service stopped in 2021.\n\n"
        "Table B - Charges\nRats\n95.00\n"
    )
    assert [s.answer_text for s in segment(text)] == [
        "The charges are shown in Table B below.",
        "0. The service stopped in 2021.",
    ]


def test_a_remark_after_the_quoted_questions_keeps_the_request() -> None:
    text = (
        "Thank you for your request.\n\n1. We run 14 libraries.\n\n2. All 14 lend e-books.\n\nKind regards\n\n"
        "-----Original Message-----\n\n> 1. How many libraries do you run?\n> 2. How many lend e-books?\n"
        "> For reference, another council told me it runs about 20.\n> Yours faithfully,\n> A Reader\n>\n"
        "> Is this the wrong address for requests to the council? If so, please use this form.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "We run 14 libraries."),
        ("2", "All 14 lend e-books."),
    ]


def test_a_request_for_clarification_answers_nothing_yet() -> None:
    text = (
        "Thank you for your request.\n\nCould you please clarify the following:\n"
        "a) Which years do you mean?\nb) Do you want the figures by ward?\n\n"
        "The 20 working day period will not begin until we receive your clarification.\n"
    )
    assert segment(text) == []


@pytest.mark.parametrize(
    "closing",
    [
        "Once I hear back from you I will treat the request as received on the date of your reply.",
        "If I do not hear from you within two months I will assume you no longer wish to proceed.",
    ],
)
def test_a_clerk_asking_for_clarification_in_the_first_person_answers_nothing_yet(closing: str) -> None:
    text = (
        "Dear Ms Shah,\n\nBefore I can deal with your request I need to check two points with you:\n\n"
        "(i) Do you mean the grant for the village hall, or every grant the council made?\n\n"
        "(ii) Which years are you interested in?\n\n" + closing + "\n\nKind regards,\n\nParish Clerk\n"
    )
    assert segment(text) == []


def test_questions_asked_in_one_paragraph_get_their_paragraphs_in_order() -> None:
    text = (
        "Information Requested\n\nHow many allotment plots does the council let? How many tenants are on the "
        "waiting list? What is the annual rent of an allotment plot? How much rent did the council collect last year? "
        "Please also send me the allotment tenancy agreement.\n\n"
        "Information Provided\n\nThe council lets 412 allotment plots across nine sites.\n\n"
        "There are 238 tenants on the waiting list.\n\n"
        "The annual rent of a full allotment plot is £64. Rent collected in 2023/24 came to £24,580.\n\n"
        "A copy of the tenancy agreement is attached.\n\n"
        "If you are not happy with our response you can ask for a review.\n"
    )
    assert [(s.label, s.answer_text.split(".")[0]) for s in segment(text)] == [
        ("1", "The council lets 412 allotment plots across nine sites"),
        ("2", "There are 238 tenants on the waiting list"),
        ("3", "The annual rent of a full allotment plot is £64"),
        ("4", "Rent collected in 2023/24 came to £24,580"),  # the paragraph both share, a sentence each
        ("5", "A copy of the tenancy agreement is attached"),
    ]


def test_a_paragraph_cut_by_a_page_break_stays_one_answer() -> None:
    text = (
        "Request\n1. How many parks have a play area?\n2. How many play areas were inspected in 2023?\n"
        "3. How much was spent repairing play equipment?\n\nResponse\n"
        "Parks and 14 play areas are managed by our contractor, and the contract is run by\n\n"
        "the parks team, which does not record inspections or repairs separately.\n"
    )
    answers = [s.answer_text for s in segment(text)]
    assert len(answers) == 3 and len(set(answers)) == 1


def test_a_reply_with_its_own_request_part_is_read_alone_above_the_quoted_message() -> None:
    text = (
        "Thank you for your request.\n\nYour request\n\n1. The number of littering fines issued in 2023.\n"
        "2. The income received from those fines.\n\nOur response\n\n1. The council issued 1,240 fines.\n"
        "2. The income was £98,300.\n\nYours sincerely\n\nFOI Team\n\n-----Original Message-----\n\n"
        "Dear Council,\n\nPlease tell me how many littering fines you gave out last year and what they raised?\n\n"
        "Yours faithfully,\n\nJ Jones\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "The council issued 1,240 fines."),
        ("2", "The income was £98,300."),
    ]


def test_a_heading_naming_several_parts_answers_each_and_a_part_named_again_goes_on() -> None:
    text = (
        "Request\n\n(a) The number of tree preservation orders made in 2023 and in 2024.\n\n"
        "(b) The number of applications to fell a protected tree.\n\n(c) The number of prosecutions.\n\n"
        "Response\n\nParts (a) - for 2023 - and (b)\n\nThese figures are published in our annual tree report.\n\n"
        "Parts (a) - for 2024 - and (c)\n\nThe 2024 report is currently being prepared and is not yet published.\n\n"
        "If you would like us to let you know when it is published, please reply to this email.\n"
    )
    answers = {s.label: s.answer_text for s in segment(text)}
    assert list(answers) == ["a", "b", "c"]
    assert "annual tree report" in answers["a"] and "being prepared" in answers["a"]  # both halves of (a)
    assert "annual tree report" in answers["b"] and "being prepared" not in answers["b"]
    assert "being prepared" in answers["c"] and "annual tree report" not in answers["c"]


def test_a_question_named_only_inside_another_answer_takes_the_words_on_the_whole_request() -> None:
    text = (
        "You asked:\n\n1) How many bus shelters were vandalised in 2024?\n\n2) How much did the repairs cost?\n\n"
        "3) How many people were prosecuted for the damage in questions 1 and 2?\n\n"
        "Response\n\nWe are unable to provide the information you requested because it would exceed the cost limit.\n\n"
        "To answer questions 1 and 2, every repair order would need to be read. Question 3 depends on the same "
        "review.\n\nIf you are dissatisfied with this response, you may ask for an internal review.\n"
    )
    answers = {s.label: s.answer_text for s in segment(text)}
    assert list(answers) == ["1", "2", "3"]
    assert answers["3"].startswith("We are unable to provide the information you requested")


def test_a_page_s_sharing_links_are_not_a_question() -> None:
    assert not looks_like_question("Share this page  Print")


def test_an_address_in_the_signature_is_not_a_question_even_when_it_opens_like_one() -> None:
    assert not looks_like_question("Number One Riverside, Smith Street, Rochdale OL16 1XU")
    assert looks_like_question("Number of fines issued in each ward, by postcode district")


def test_an_item_asking_how_many_after_a_relative_clause_is_still_a_question() -> None:
    item = (
        "The number of tenants whose tenancy was ended in each year, and how many of these were evicted because "
        "of rent arrears."
    )
    assert looks_like_question(item)
    assert not looks_like_question("The number of tenants whose tenancy was ended is shown in the table below.")


def test_an_introduction_before_the_answer_paragraphs_answers_no_question() -> None:
    text = (
        "You asked for the following:\n\n- how many dog fouling fines the council issued in 2024;\n"
        "- how much the council collected from dog fouling fines;\n"
        "- the number of dog wardens employed by the council.\n\nI can now respond as follows.\n\n"
        "The council issued 212 dog fouling fines in 2024.\n\n"
        "The council collected £14,800 from those fines.\n\nThe council employs three dog wardens.\n"
    )
    assert [s.answer_text for s in segment(text)] == [
        "The council issued 212 dog fouling fines in 2024.",
        "The council collected £14,800 from those fines.",
        "The council employs three dog wardens.",
    ]


def test_words_shared_by_the_restated_questions_give_way_to_each_ones_labelled_answer() -> None:
    text = (
        "Dear Ms Rowe,\n\nThank you for your request. You asked:\n\n(a) How many bus shelters do you own?\n"
        "(b) How many were repaired in 2024?\n\nOur response\n\nThe council holds this information.\n\n"
        "(a) We own 212 shelters.\n\n(b) We repaired 41.\n\nYours sincerely\n\nFOI Team\n\n"
        "-----Original Message-----\nFrom: J Rowe\n\nDear Council,\n\n(a) How many bus shelters do you own?\n"
        "(b) How many were repaired in 2024?\n\nYours faithfully,\n\nJ Rowe\n"
    )
    answers = [(s.label, s.answer_text) for s in segment(text)]
    assert answers == [("a", "We own 212 shelters."), ("b", "We repaired 41.")]


def test_a_label_ending_a_wrapped_sentence_answers_nothing_again() -> None:
    text = (
        "(a) How many permits did you issue?\n(b) How many were revoked?\n\n(a) We issued 310.\n\n"
        "(b) None were revoked. This is our full answer to parts\n(a) and (b).\n"
    )
    assert [s.label for s in segment(text)] == ["a", "b"]


def test_a_roman_numeral_alone_on_its_line_labels_the_answer_below() -> None:
    text = (
        "Request\n\ni. The number of ferry sailings cancelled in 2024.\nii. The cost of the repairs.\n\n"
        "Response\n\ni.\nRoute Cancelled\nArdrossan 14\n\nii. The repairs cost £21,000.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("i", "Route Cancelled\nArdrossan 14"),
        ("ii", "The repairs cost £21,000."),
    ]


def test_a_one_sentence_request_answered_a_paragraph_an_item_after_an_opening() -> None:
    text = (
        "Request\n\nI would like to know how many public toilets the council maintains, how much it spent on "
        "cleaning them in 2024, and whether any are due to close.\n\nResponse\n\n"
        "We have handled your request under the Freedom of Information Act 2000.\n\n"
        "The council maintains 14 public toilets across the district.\n\n"
        "Cleaning cost £86,200 in 2024, paid to our contractor.\n\n"
        "Two toilets are due to close next spring.\n\nIf you are dissatisfied, you may ask for a review.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "The council maintains 14 public toilets across the district."),
        ("2", "Cleaning cost £86,200 in 2024, paid to our contractor."),
        ("3", "Two toilets are due to close next spring."),
    ]


def test_numbered_answers_with_a_label_alone_on_its_line_answer_on_the_lines_below() -> None:
    text = (
        "Dear Ms Hale,\n\nThank you for your request. Our answers follow your numbering.\n\n1.\n"
        "Year | Permits\n2023 | 410\n2024 | 388\n\n2. The fee is set by the cabinet each April.\n\n"
        "3. No permits were refused.\n\nYours sincerely,\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "Year | Permits\n2023 | 410\n2024 | 388"),
        ("2", "The fee is set by the cabinet each April."),
        ("3", "No permits were refused."),
    ]


def test_a_request_sentence_then_a_question_on_one_line_are_two_questions() -> None:
    text = (
        "Your request\n\nPlease give the hourly fee for each hall you let to clubs. Also, is there a reduced rate "
        "for youth groups?\n\nOur response\n\nWe let halls at three depots. The fees are £12, £15 and £20 an hour.\n\n"
        "On youth groups: there is no reduced rate for youth groups.\n\nIf you are unhappy, you may ask for a review.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "We let halls at three depots. The fees are £12, £15 and £20 an hour."),
        ("2", "On youth groups: there is no reduced rate for youth groups."),
    ]


def test_a_reference_naming_each_question_by_its_q_label_answers_them_all() -> None:
    text = (
        "You asked:\nQ1. How many grants were paid?\nQ2. What was their total value?\nQ3. Who approved them?\n\n"
        "Response:\nWe paid 14 grants.\n\nFor Q2 and Q3: this is not held.\n"
    )
    assert [s.label for s in segment(text)][-2:] == ["2", "3"]


def test_a_sign_off_of_a_request_quoted_below_the_reply_answers_nothing() -> None:
    text = (
        "Dear Mr Vale,\n\nWhat is the clerk's salary? - £21,000 a year.\n\nKind regards,\nParish Clerk\n\n"
        "On Mon, 3 Mar 2025, Tom Vale wrote:\n> What is the clerk's salary?\n>\n> Many thanks,\n> Tom Vale\n"
    )
    assert [s.label for s in segment(text)] == ["1"]


def test_a_paragraph_naming_a_question_no_label_answers_answers_it() -> None:
    text = (
        "You asked:\nQ1. Which clinics offer the service?\nQ2. How many patients used it?\n\n"
        "Response:\nClinics decide this for themselves and we keep no list, so we hold nothing that would answer Q1. "
        "You could ask the clinics.\n\nFor Q2: 310 patients used it in 2024.\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found["Q1"].startswith("Clinics decide this") and found["2"] == "For Q2: 310 patients used it in 2024."


def test_lettered_rows_of_a_table_under_its_header_row_answer_the_question_not_its_parts() -> None:
    text = (
        "Request\n\nQ1. How many reports led to (a) a warning, (b) a fine or (c) no action?\n\n"
        "Response\n\nQ1.\nOutcome | 2023 | 2024\n(a) Warning | 40 | 52\n(b) Fine | 9 | 11\n(c) No action | 30 | 28\n"
    )
    assert [s.label for s in segment(text)] == ["Q1"]


def test_a_lead_in_under_you_asked_introduces_the_request_s_lettered_items() -> None:
    text = (
        "Dear Mr Hart,\n\nThank you for your request. You asked:\n\nFor each calendar year since 2021:\n"
        "a) the number of street lights replaced;\nb) the cost of the replacements;\nc) the share that were LED.\n\n"
        "We replaced 410 lights in all. The cost is not held, as the works were part of one contract.\n"
    )
    assert [s.label for s in segment(text)] == ["a", "b", "c"]


def test_a_summary_mentioning_questions_gives_way_to_their_labelled_answers_below() -> None:
    text = (
        "Request\n\nQuestion 1: How many bus shelters do you maintain?\n\nQuestion 2: Who cleans them?\n\n"
        "Response\n\nWe hold information for both parts. Question 2 is answered in part, as explained below.\n\n"
        "Answer 1: We maintain 212 shelters.\n\n"
        "Answer 2: The cleaning contractor's name is withheld under section 43.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found == [
        ("Question 1", "We maintain 212 shelters."),
        ("Question 2", "The cleaning contractor's name is withheld under section 43."),
    ]


def test_a_table_of_figures_after_a_question_and_response_table_asks_nothing() -> None:
    text = (
        "| Question | Response |\n|---|---|\n| 1. How many parking permits were issued? | 1,204 |\n"
        "| 2. What did the permits raise in each year? | See the table below. |\n\n"
        "Permit income by year\n\n| Calendar year | Permits issued | Income (£) |\n|---|---|---|\n"
        "| 2023 | 590 | 29,500 |\n"
        "| 2024 | 614 | 30,700 |\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2"]


def test_numbered_answers_to_a_request_never_restated_one_giving_a_period_and_addressing_the_reader() -> None:
    text = (
        "Dear Ms Rowe\n\nThank you for your email. Our answers are numbered as in your request.\n\n"
        "1. The council employs 14 wardens.\n\n"
        "2. The average time a case stays open is 14 weeks. We do not record why cases close, so I cannot "
        "tell you how many closed after a warning.\n\n"
        "3. The budget for 2024/25 is £410,000.\n\n"
        "Yours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2", "3"]


def test_a_reply_seeking_clarification_in_the_first_person_answers_nothing() -> None:
    text = (
        "Dear Mr Lee\n\nBefore I can answer I need to know what you mean:\n\n"
        '- You ask for "the reserves". Do you mean the general reserve, or both?\n\n'
        '- You ask for "the consultant\'s fee". Which consultant do you mean?\n\n'
        "The period for answering will begin again when I receive your reply.\n\nKind regards\n"
    )
    assert segment(text) == []


def test_a_refusal_paragraph_naming_parts_of_the_request_answers_them() -> None:
    text = (
        "Dear Mr Cole\n\nI write further to your request, quoted below.\n\n"
        "Cases are not coded by road, so we would have to read every record. The cost limit therefore applies "
        "to parts 2 and 3 of your request.\n\n"
        "1. Roads with a weight limit: there are 40.\n\n"
        "Kind regards\n\n"
        "-----Original Message-----\n"
        "> Please provide:\n> 1. the number of roads with a weight limit\n"
        "> 2. the number of complaints about lorries\n> 3. the number of warning letters sent\n"
        "> Yours faithfully,\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert sorted(found) == ["1", "2", "3"]
    assert found["2"].endswith("parts 2 and 3 of your request.")


def test_parts_listed_together_in_a_refusal_take_the_words_on_the_whole_request() -> None:
    text = (
        "You asked:\n\n1) The number of bikes stolen in 2024.\n\n2) For each theft, the street.\n\n"
        "3) For each theft, the value of the bike.\n\nResponse\n\n"
        "We hold information relevant to your request, but providing all of it would exceed the cost limit "
        "under section 12.\n\n"
        "Advice and assistance\n\n"
        "We can give you the count of bike thefts, which answers part 1 of your request: 312.\n\n"
        "We cannot answer parts 2 or 3 within the limit.\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert sorted(found) == ["1", "2", "3"]
    assert "312" in found["1"] and "section 12" in found["2"] and found["2"] == found["3"]


def test_a_reported_request_whose_next_sentence_sets_out_the_questions_below_is_not_an_answer() -> None:
    text = (
        "Dear Ms Grey\n\nThank you for your request.\n\n"
        "You asked about school transport. I have set out each of your questions below, followed by our answer.\n\n"
        "1. How many pupils use council buses?\n\n412 pupils.\n\n"
        "2. What did the service cost in 2024?\n\nIt cost £1.2 million.\n\n"
        "Yours sincerely\n\n"
        "Re-use of information\n\n"
        "Most of the information we provide is our copyright. You are free to use it for research.\n\n"
        "Annex\n\n"
        "* The information will be released once the contract is signed, so you may ask again then.\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2"]


def test_a_clarification_asked_in_a_quoted_earlier_mail_does_not_empty_the_reply() -> None:
    text = (
        "Dear Mr Lowe\n\nThank you for confirming which scheme you meant. Our answers are below.\n\n"
        "1. How many grants were paid in 2024?\n\n37 grants.\n\n"
        "2. What was their total value?\n\n£95,000.\n\n"
        "Yours sincerely\n\nGrants Team\n\n"
        "-----Original Message-----\nFrom: A Lowe\n\n"
        "> Yes, I mean the home repair scheme.\n>\n"
        "> -----Original Message-----\n> From: Grants Team\n>\n"
        "> Could you tell us which scheme your request is about?\n"
        "> The 20 working days will start again once we receive your reply.\n>\n"
        "> -----Original Message-----\n> From: A Lowe\n>\n"
        "> Please tell me:\n> 1. How many grants were paid in 2024?\n> 2. What was their total value?\n>\n"
        "> Yours faithfully,\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert sorted(found) == ["1", "2"]
    assert "37" in found["1"] and "95,000" in found["2"]


def test_numbered_captions_in_a_reply_numbered_as_its_request_head_answers() -> None:
    text = (
        "Dear Ms Park\n\nThank you for your request. Our answers below are numbered to match your letter.\n\n"
        "1. We run two depots, North and South.\n\n"
        "2. Vehicle costs for the last two years:\n\nYear   Cost\n2023   £12,000\n2024   £14,500\n\n"
        "3. Yes, both depots open at weekends.\n\n"
        "If you are unhappy with this response you may ask for a review.\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert sorted(found) == ["1", "2", "3"]
    assert "14,500" in found["2"]


def test_an_acknowledgement_above_a_quoted_request_yields_no_answers() -> None:
    text = (
        "Dear Mr Hale\n\nThank you for your request, which has been logged under reference 123.\n"
        "You should receive a response within 20 working days, that is by 4 June.\n\n"
        "Kind regards\n\nFOI Team\n\n"
        "-----Original Message-----\nFrom: B Hale\n\n"
        "> Please provide:\n> 1. The number of parking permits issued.\n> 2. The income from permits in 2024.\n>\n"
        "> Yours faithfully,\n"
    )
    assert segment(text) == []


def test_a_sentence_about_a_named_question_is_no_question_of_its_own() -> None:
    text = (
        "Dear Mr Bell,\n\nYou asked us to provide:\n\nQ1. All emails about the sale of the site.\n"
        "Q2. All notes of meetings with the buyer.\nQ3. Copies of internal emails about your earlier requests.\n\n"
        "We have decided to refuse this request under section 14(1) because it is vexatious. In summary:\n\n"
        "- This is your tenth request on this subject, and Questions 1 and 2 repeat requests\n"
        "  we have already answered.\n"
        "- Question 3 would require us to search the mailbox of every member of staff who\n"
        "  has dealt with your requests.\n\n"
        "You have the right to ask for an internal review of this decision.\n"
    )
    found = segment(text)
    assert len(found) == 3 and not any(s.question.startswith("would") for s in found)


def test_an_acknowledgement_restating_a_numbered_request_answers_nothing() -> None:
    text = (
        "Dear Mr Orr\n\nThank you for your email of 2 May, in which you asked for:\n\n"
        "1. The hire charge for the community hall in 2024.\n2. The number of bookings taken.\n\n"
        "The parish council will respond within 20 working days of receipt.\n\nKind regards\n"
    )
    assert segment(text) == []


THREAD_ACKNOWLEDGEMENT = (
    "Library fines\n\nFrom: Ann Vale\n3 March 2025\n\nDear Borough Council,\n\nPlease tell me:\n\n"
    "1. How many library members owed fines of £15 or more at the end of 2024.\n"
    "2. Whether any debts were passed to a collection agency.\n\nYours faithfully,\n\nAnn Vale\n\n"
    "From: Borough Council\n4 March 2025\n\nDear Ann Vale\n\n"
    "Thank you for your request, which we have logged as reference 2025/77.\n"
    "You should receive a response within 20 working days.\n\nRegards\n\nInformation Team\n"
)


def test_an_acknowledgement_on_a_thread_page_knows_where_the_request_it_answers_nothing_of_lies() -> None:
    text = reading_view(THREAD_ACKNOWLEDGEMENT).text
    assert segment(text) == []
    spans = [text[start:end] for start, end in request_spans(text)]
    assert len(spans) == 2 and "£15" in spans[0]


def test_a_sum_in_the_request_an_acknowledgement_follows_is_no_amount() -> None:
    assert extract_all(THREAD_ACKNOWLEDGEMENT).amounts == ()


RESTATED_OVER_QUOTED = (
    "Dear Mr Pike\n\nOur answers follow each of your questions.\n\n"
    "1. How many grants did the board award in 2024?\n\n38 grants were awarded.\n\n"
    "2. Were any grants worth more than £20,000?\n\nNo grant was above that figure.\n\n"
    "Regards\n\nGrants Office\n\n-----Original Message-----\nFrom: Tom Pike\nSent: 2 June 2025 09:00\n\n"
    "1. How many grants did the board award in 2024?\n2. Were any grants worth more than £20,000?\n\n"
    "Yours faithfully,\nTom Pike\n"
)


def test_a_question_restated_above_its_answer_is_that_copy_and_the_quoted_request_stays_excluded() -> None:
    text = reading_view(RESTATED_OVER_QUOTED).text
    found = segment(text)
    assert [s.label for s in found] == ["1", "2"]
    quoted_at = text.index("-----Original")
    assert all(s.question_span is not None and s.question_span.end < quoted_at for s in found)
    assert extract_all(RESTATED_OVER_QUOTED).amounts == ()


LOGGED_WITH_REQUEST_BELOW = (
    "Dear Requester\n\nThank you for your request, logged as reference 88/2025. We will respond by 9 June, "
    "which is 20 working days after we received it.\n\nYour request is shown below.\n\nRegards\n\n"
    "Records Team\n\nRequest:\nI hear some boroughs charge £45 for a bulky item collection. "
    "Please tell me:\n1. What you charge for collecting a sofa.\n2. How many collections you made in 2024.\n"
)


def test_an_acknowledgement_showing_the_request_under_its_sign_off_answers_nothing_and_counts_no_sum() -> None:
    text = reading_view(LOGGED_WITH_REQUEST_BELOW).text
    assert segment(text) == []
    assert extract_all(LOGGED_WITH_REQUEST_BELOW).amounts == ()


def test_a_reply_with_no_request_part_reports_no_request_spans() -> None:
    assert request_spans("Dear Ms Lo\n\nWe spent £4,100 on signage in 2024.\n\nRegards\n") == []


def test_a_heading_for_two_numbers_answers_both_and_the_next_number_opens_the_next() -> None:
    text = (
        "Dear Mr Hart\n\nThank you for your request, which we received on 3 May 2025.\n"
        "You asked for the number of floods in the district in each of the last three years, the homes affected "
        "and the cost of repairs.\n\nThe information you asked for is below.\n\n"
        "1) and 2) Floods and homes\n\nFloods: 14\nHomes affected: 61\n\n"
        "3) Repair costs\n\nRepairs cost £82,000 in total.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert [label for label, _ in found] == ["1", "2", "3"]
    assert "£82,000" in found[2][1] and "Floods: 14" in found[0][1]


def test_a_request_quoted_with_marks_wraps_its_questions_onto_the_next_marked_line() -> None:
    text = (
        "Dear Ms Roy\n\nYou asked for the following information:\n\n"
        "> Q1. How many speed cameras were in use across the county\n> during 2024?\n"
        "> Q2. How much did the cameras take in fines?\n\n"
        "Our searches found the following.\n\nQ1\nThere were 38 cameras in use.\n\nQ2\nFines are paid to HM Treasury.\n"
    )
    assert [s.label for s in segment(text)] == ["Q1", "Q2"]


def test_a_question_named_inside_the_answer_to_others_shares_it_from_there() -> None:
    text = (
        "You asked for the following:\n\n1. The number of noise complaints in 2024.\n"
        "2. The number of abatement notices served.\n3. The cost of legal action taken.\n\n"
        "Response\n\nTo answer questions 1 and 2 we would need to read every case file, about 9,000 of them.\n\n"
        "That would take far more than 18 hours. As question 3 also depends on finding those cases, it falls "
        "within the same estimate.\n\nI am therefore refusing your request under section 12.\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert sorted(found) == ["1", "2", "3"]
    assert found["3"].startswith("That would take") and "section 12" in found["3"]


def test_a_prose_reply_gives_each_ask_of_a_reported_question_and_a_turn_to_a_named_question_its_own() -> None:
    text = (
        "Dear Ms Kerr,\n\nThank you for your request about the council's allotments.\n\n"
        "You asked how many allotment plots the council lets, how many people are waiting and the income. "
        "We let 412 plots across nine sites.\n\n"
        "The waiting list holds 230 names.\n\nRents brought in £18,900 in 2024.\n\n"
        "On your question about whether any plots were taken back for neglect: 14 were, after two warnings.\n\n"
        "If you are unhappy with this response you may ask for a review.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert [label for label, _ in found] == ["1", "2", "3", "4"]
    assert "412" in found[0][1] and "230" in found[1][1] and "£18,900" in found[2][1] and "14 were" in found[3][1]


def test_the_next_numbered_question_is_no_repeat_of_a_sibling_worded_alike() -> None:
    text = (
        "Question 1: How much did the council spend on taxis for the Mayor in 2024?\nAnswer: £840.\n\n"
        "Question 2: How much did the council spend on taxis for the Deputy Mayor in 2024?\nAnswer: £310.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [("Question 1", "£840."), ("Question 2", "£310.")]


def test_roman_item_after_a_lead_in_is_a_label() -> None:
    text = (
        "Your request: (i) the number of wardens employed\nOur response: 14.\n\n"
        "Your request: (ii) the cost of their uniforms\nOur response: £2,300.\n"
    )
    assert [s.label for s in segment(text)] == ["i", "ii"]


def test_worded_answer_label_is_not_a_question() -> None:
    text = (
        "Question 1\nHow many parks do you manage?\n\nResponse 1\nWe manage 31 parks.\n\n"
        "Question 2\nPlease provide a list of the parks.\n\n"
        "Response 2\nA list of the parks, the ward in which each lies and its area is attached.\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["Question 1", "Question 2"]
    assert found[1].answer_text.startswith("A list of the parks")


def test_headings_numbered_as_the_request_are_the_questions_over_their_answers() -> None:
    text = (
        "Dear Ms Hart\n\nI have answered your three points in turn, numbered as in your letter.\n\n"
        "(i) Pay of the chief officers\n\nThis is published in our annual accounts, so it is exempt under section 21."
        "\n\n(ii) Number of vehicles leased\n\nWe lease 18 vehicles.\n\n"
        "(iii) Whether the leases include servicing\n\nYes. Each lease covers servicing.\n\nYours sincerely\n"
    )
    found = segment(text)
    assert [(s.label, s.question) for s in found] == [
        ("i", "Pay of the chief officers"),
        ("ii", "Number of vehicles leased"),
        ("iii", "Whether the leases include servicing"),
    ]
    assert found[0].answer_text.startswith("This is published")


def test_header_fields_of_the_reply_mail_are_no_part_of_its_shared_answer() -> None:
    text = (
        "Subject: RE: Request about bus shelters\nFrom: Records Team <records@example.org>\n"
        "Sent: Monday, 2 June 2025 09:41\nTo: Sam Lee\n\nDear Sam Lee\n\n"
        "We have searched our records and do not hold the information you asked for.\n\nKind regards\nRecords Team\n\n"
        "-----Original Message-----\nFrom: Sam Lee\nSent: 12 May 2025\n\n"
        "1. How many bus shelters were repaired in 2024?\n\n2. What did the repairs cost?\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1", "2"]
    assert all("Sent:" not in s.answer_text and "Subject:" not in s.answer_text for s in found)


def test_a_numbered_reply_answering_two_points_under_one_label_answers_both_and_goes_on() -> None:
    text = (
        "Dear Ms Cole\n\nOur answers follow, numbered as in your e-mail.\n\n"
        "1. We logged 58 complaints about parking in 2024.\n\n"
        "2 and 3. We cannot give this without reading every complaint by hand, which would exceed the cost limit.\n\n"
        "4. No. The council has no plan to change the permit scheme.\n\nYours sincerely\nParking Team\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1", "2", "3", "4"]
    assert found[1].answer_text == found[2].answer_text
    assert found[3].answer_text.startswith("No.")


def test_a_number_and_a_bracketed_letter_label_the_parts_of_a_quoted_request() -> None:
    text = (
        'Dear Mr Shah\n\nYou asked:\n\n"1. For each depot, please tell me:\n   a) how many gritters it has;\n'
        "   b) how many drivers it has;\n   c) what it cost to run last winter.\n"
        '2. Do you share gritters with a neighbouring council?"\n\nOur response\n\n'
        "1 a) and b)\nNorth depot has 4 gritters and 9 drivers; South depot has 3 gritters and 7 drivers.\n\n"
        "1 c)\nWe are withholding the running costs under section 43(2), as a contract is being retendered.\n\n"
        "2)\nNo. We do not share gritters.\n\nYours sincerely\nHighways\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1a", "1b", "1c", "2"]
    assert found[0].answer_text == found[1].answer_text
    assert found[2].answer_text.startswith("We are withholding")


def test_two_lettered_parts_asked_on_one_line_over_a_page_break_are_answered_under_their_letters() -> None:
    text = (
        "Dear Mr Ford\n\nEach part of your request is set out below with our answer.\n\n"
        "Question 1\nHow many libraries are open on Sundays?\n\nResponse\nFour libraries open on Sundays.\n\n"
        "Question 2\n(a) How many staff left the library service in 2025? (b) Which job\n\n"
        "                                        Page 1 of 2\nOFFICIAL\n\nOFFICIAL\nRef: LIB/25/77\n\n"
        "title did each of them hold?\n\n"
        "Response\n(a) The number of staff who left the service that year was\neleven.\n"
        "(b) We are withholding the job titles. Several posts are held by one person,\n"
        "so the titles would identify them.\n\n"
        "Question 3\nDo you plan to close any library?\n\nResponse\nNo.\n\nYours sincerely\nLibraries\n"
    )
    found = segment(reading_view(text).text)  # wrapped lines joined, as extract_all reads it
    assert [s.label for s in found] == ["Question 1", "Question 2a", "Question 2b", "Question 3"]
    assert found[1].question.startswith("How many staff left")
    assert found[1].answer_text.startswith("The number of staff who left")
    assert found[2].answer_text.startswith("We are withholding")
    assert found[3].answer_text == "No."


def test_a_heading_naming_the_requesters_point_in_a_closing_bracket_labels_its_answer() -> None:
    text = (
        "Dear Ms Hale\n\nThank you for your request about our estate.\n\n"
        "Roof repairs (your point 1)\nWe spent £412,000 on roof repairs in 2024/25.\n\n"
        "Asbestos (your point 2)\nNo. No asbestos was found in the 2024 surveys of the main buildings.\n\n"
        "Yours sincerely\nEstates\n\n-----Original Message-----\nFrom: Ann Hale\n\n"
        "1. What did you spend on roof repairs in 2024/25?\n2. Has asbestos been found in any building?\n"
    )
    found = segment(text)
    assert [label_key(s.label) for s in found] == ["1", "2"]
    assert found[0].answer_text.startswith("We spent")
    assert found[1].answer_text.startswith("No. No asbestos")


def test_paragraphs_numbered_as_the_request_answer_it_when_no_question_is_restated() -> None:
    text = (
        "Dear Mr Pryce\n\nThank you for your request about our parks. Our replies follow the numbering of\n"
        "your letter.\n\n"
        "1. Grounds staff employed, by year:\n   2023: 41\n   2024: 44\n\n"
        "2. The park warden service was restructured in 2023 and now has six\n   posts.\n\n"
        "3. The Council does not hire contractors for grass cutting, so there is no\n   spend to report.\n\n"
        "4. Yes. Every playground is inspected weekly by a trained officer.\n\n"
        "5. Spend on new benches was:\n   2023      12,400\n   2024      15,050\n\n"
        "If you are unhappy with this response you may ask for an internal review.\n\nYours sincerely\nParks\n"
    )
    found = segment(reading_view(text).text)  # wrapped lines joined, as extract_all reads it
    assert [s.label for s in found] == ["1", "2", "3", "4", "5"]
    assert found[2].answer_text.startswith("The Council does not hire contractors")
    assert found[3].answer_text.startswith("Yes. Every playground")
    assert "15,050" not in found[3].answer_text
    assert all(s.question == "" and s.question_span is None for s in found)  # no words asked: nothing to point at


def test_questions_named_in_advice_to_narrow_the_request_are_not_answered_there() -> None:
    text = (
        "Dear Ms Lund\n\nYou asked:\n\n1. How many fly-tipping reports did you receive?\n"
        "2. How many fines were issued?\n3. What did clearance cost?\n\n"
        "Response\n\nFinding this information would exceed the cost limit under section 12, so we\n"
        "refuse your request.\n\nAdvice and assistance\n\nYou may wish to refine your request, for example by\n"
        "limiting it to questions 1 and 2 for one year only.\n\nYours sincerely\nWaste Services\n"
    )
    found = segment(reading_view(text).text)
    assert [s.label for s in found] == ["1", "2", "3"]
    assert all(s.answer_text.startswith("Finding this information") for s in found)


def test_a_bare_number_next_after_lettered_parts_labels_the_next_request_item() -> None:
    text = (
        "Dear Mr Osei\n\nYour request read:\n\n"
        "1(a) How many boats were licensed in 2025?\n1(b) How many licences were refused?\n"
        "2(a) What fee did you charge?\n2(b) What did enforcement cost?\n"
        "3 Please send me the licensing policy.\n\n"
        "We licensed 212 boats and refused 9 licences. The fee was £180 and enforcement cost\n"
        "£41,000. The policy is attached.\n\nYours sincerely\nHarbour Office\n"
    )
    found = segment(reading_view(text).text)
    assert [label_key(s.label) for s in found] == ["1a", "1b", "2a", "2b", "3"]
    assert found[4].question.startswith("Please send me the licensing policy")


def test_an_email_reply_answering_its_first_items_in_a_table_then_naming_the_rest_by_topic() -> None:
    text = (
        "Dear Mr Pike\n\nThank you for your request. Our answers come first; your questions are quoted below.\n\n"
        "Ferry crossings by year\n\n| Year | Crossings | Of which: cancelled |\n|---|---|---|\n"
        "| 2023 | 5,210 | 140 |\n| 2024 | 5,380 | 95 |\n\n"
        "On your question about the timetable consultation: yes. It ran for six weeks last spring.\n\n"
        "Regarding refunds to season ticket holders, we made none in either year.\n\n"
        "Yours sincerely\nFerry Services\n\n-----Original Message-----\nFrom: Tom Pike\n\n"
        "> 1. How many ferry crossings ran in 2023 and 2024?\n> 2. How many of those were cancelled?\n"
        "> 3. Has there been a consultation on the timetable?\n"
        "> 4. How many refunds were paid to season ticket holders?\n"
    )
    found = segment(text)
    assert [label_key(s.label) for s in found] == ["1", "2", "3", "4"]
    assert found[0].answer_text.startswith("Ferry crossings by year")
    assert found[2].answer_text.startswith("On your question about the timetable")
    assert found[3].answer_text.startswith("Regarding refunds")


def test_a_dated_request_reported_as_marked_items_keeps_its_first_item() -> None:
    text = (
        "Dear Dr Shaw\n\nYour request, received on 3 June 2025, asked for: (1) the number of bridges inspected "
        "in 2024; (2) the cost of those inspections; and (3) whether any bridge was closed afterwards.\n\n"
        "We inspected 64 bridges in 2024.\n\nThe inspections cost £88,400 in total.\n\n"
        "No bridge was closed after an inspection.\n\nYours sincerely\nHighways\n"
    )
    found = segment(reading_view(text).text)
    assert [label_key(s.label) for s in found] == ["1", "2", "3"]
    assert found[0].question.startswith("the number of bridges")


def test_an_answer_numbered_without_a_stop_next_after_a_lettered_part_is_labelled() -> None:
    text = (
        "Dear Ms Hale\n\nOur answers follow the numbering of your request, quoted below.\n\n"
        "1(a) We ran 40 swimming lessons.\n\n1(b) They cost £2,400.\n\n2(a) No, none were cancelled.\n\n"
        "2(b) Not applicable.\n\n3 Yes - the pool reopened in May after repairs.\n\n"
        "Yours sincerely\nLeisure Team\n\n-----Original Message-----\nFrom: Ann Hale\n\n"
        "1. For the summer term:\n   a) how many swimming lessons did you run;\n   b) what did they cost?\n"
        "2. For the same term:\n   a) were any cancelled;\n   b) if so, why?\n3. Has the pool reopened?\n"
    )
    found = segment(text)
    assert [label_key(s.label) for s in found][-1] == "3"
    assert found[-1].answer_text.startswith("Yes - the pool reopened")
    assert found[-2].answer_text == "Not applicable."


def test_answers_numbered_without_a_stop_are_labelled_in_turn_before_a_sum_or_word() -> None:
    text = (
        "Dear Mr Pike\n\nOur answers follow the numbering of your request, quoted below.\n\n"
        "1(a) We issued 2,310 permits.\n\n1(b) 41 were refused.\n\n2 £96,200 in the year.\n\n"
        "3 A local firm prints them under contract.\n\n"
        "Yours sincerely\nParking Team\n\n-----Original Message-----\nFrom: Ed Pike\n\n"
        "1. For 2024:\n   a) how many permits did you issue;\n   b) how many were refused?\n"
        "2. What income did permits bring in?\n3. Who prints the permits?\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert found["2"].startswith("£96,200")
    assert found["3"].startswith("A local firm")


def test_a_paragraph_turning_to_the_next_item_answers_it_when_paragraphs_are_fewer_than_items() -> None:
    text = (
        "Dear Mr Rowe\n\nThank you for your request. You asked for (1) the cost of grounds maintenance in 2024; "
        "(2) how many gardeners worked on the parks that year; (3) the name of the contractor's director; and "
        "(4) whether weedkiller was used.\n\nWe have dealt with your request under the Freedom of Information Act "
        "2000.\n\nGrounds maintenance cost £310,000 in 2024. Gardeners worked on the parks in teams, and 23 "
        "gardeners were employed in total.\n\nWe are withholding the director's name under section 40(2) because "
        "it is personal data.\n\nWeedkiller was used on paths only.\n\nYours sincerely\nParks Team\n"
    )
    found = segment(reading_view(text).text)
    assert [label_key(s.label) for s in found] == ["1", "2", "3", "4"]
    assert "23 gardeners" in found[1].answer_text
    assert found[2].answer_text.startswith("We are withholding")
    assert found[3].answer_text.startswith("Weedkiller was used")


def test_a_paragraph_giving_the_answer_to_a_numbered_question_answers_only_that_item() -> None:
    text = (
        "Dear Mr Okafor\n\nThank you for your request. You asked how many allotment plots the town has, the "
        "rate charged for a full plot, whether tenants may keep beehives, and how many plots are vacant.\n\n"
        "The town has 212 allotment plots on six sites.\n\nA full plot is charged at £64 a year.\n\n"
        "Tenants may keep beehives with the warden's consent, so the answer to your third question is yes.\n\n"
        "We do not hold a count of vacant plots, as the sites are run by tenants' associations.\n\n"
        "Yours sincerely\nEstates Team\n"
    )
    found = segment(reading_view(text).text)
    assert [label_key(s.label) for s in found] == ["1", "2", "3", "4"]
    assert found[2].answer_text.startswith("Tenants may keep")
    assert found[3].answer_text.startswith("We do not hold")


def test_answers_named_out_of_turn_without_the_questions_restated() -> None:
    text = (
        "Dear Mr Field,\n\nOur answers are grouped by the team that gave them.\n\n"
        "In answer to question 2, the gritting contract cost £41,200 in 2024.\n\n"
        "Question 1 - 14 lorries are owned by the council.\n\n"
        "Question 3 - 9 of those lorries were hired in a hard winter.\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("2", "In"), ("1", "14"), ("3", "9")]


def test_a_numbered_table_row_wrapped_onto_the_next_line_is_one_row() -> None:
    text = (
        "| No | Information requested        | Response               |\n"
        "| 1  | How many gritting lorries do | 14 (9 owned, 5         |\n"
        "|    | you own?                     | hired)                 |\n"
        "| 2  | Spend on grit in 2024        | £41,200                |\n"
        "| 3  | Do you hire extra lorries in | No                     |\n"
        "|    | a hard winter?               |                        |\n"
    )
    found = [(s.label, s.question, s.answer_text) for s in segment(text)]
    assert found == [
        ("1", "How many gritting lorries do you own?", "14 (9 owned, 5 hired)"),
        ("2", "Spend on grit in 2024", "£41,200"),
        ("3", "Do you hire extra lorries in a hard winter?", "No"),
    ]


def test_numbered_answers_above_a_quoted_mail_chain_answer_its_request() -> None:
    text = (
        "Dear Ms Lane,\n\nSorry for the delay. Our answers follow.\n\n"
        "1. The council owns 14 gritting lorries.\n\n2. No. Extra lorries have never been hired.\n\n"
        "Kind regards,\nHighways Team\n\n"
        "From: Ann Lane\nSent: 3 March 2025 09:12\nTo: Highways\nSubject: RE: gritting\n\n"
        "I have had no reply yet. My questions again:\n\n"
        "1. How many gritting lorries does the council own?\n2. Does the council hire extra lorries?\n\nAnn\n\n"
        "From: Ann Lane\nSent: 1 February 2025 18:40\nTo: Highways\nSubject: gritting\n\n"
        "Please could you tell me:\n\n"
        "1. How many gritting lorries does the council own?\n2. Does the council hire extra lorries?\n\n"
        "Many thanks,\nAnn Lane\n"
    )
    found = [(s.label, s.question, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [
        ("1", "How many gritting lorries does the council own?", "The"),
        ("2", "Does the council hire extra lorries?", "No."),
    ]


def test_a_note_naming_the_question_after_the_last_answers_it() -> None:
    text = (
        "Our answers are in the table below.\n\n"
        "Question                         2023      2024\n"
        "1. Lorries owned                 14        15\n"
        "2. Grit bought (tonnes)          900       1,050\n\n"
        "Notes:\n- Grit is bought in the autumn.\n- The council hires no extra lorries (question 3).\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found[-1] == ("3", "The council hires no extra lorries (question 3).")
    assert [label for label, _ in found] == ["1", "2", "3"]


def test_a_bare_number_next_after_an_answer_opens_the_next_item_read_in_order() -> None:
    text = (
        "Dear Mr Hale\n\nEach part of your request is set out below with our answer.\n\n"
        "1a  Number of bus shelters repaired in 2024\n    42 shelters were repaired.\n\n"
        "1b  Cost of those repairs\n    The repairs cost £18,200.\n\n"
        "2   The number of shelters removed in 2024\n    Six shelters were removed.\n\n"
        "3   The five routes with the most complaints about shelters\n    We do not record complaints by route.\n\n"
        "Yours sincerely\nTransport Team\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1a", "42"), ("1b", "The"), ("2", "Six"), ("3", "We")]


def test_a_further_question_reported_inside_a_paragraph_is_answered_from_there() -> None:
    text = (
        "Dear Ms Rees,\n\nYour letter asked four questions about the library, which I answer together below.\n\n"
        "The library was open on 301 days in 2024 and lent 88,310 books in that year.\n\n"
        "Its running costs were £41,500 in 2024, most of them on heating and staff time. You also asked "
        "about rent paid for the building. The council owns it, so no rent was paid.\n\n"
        "Finally, you asked whether the library will move. It will not.\n\n"
        "Yours sincerely,\nLibrary Services\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "The"), ("2", "Its"), ("3", "The"), ("4", "It")]


def test_an_a_marker_under_a_q_marked_question_opens_its_answer_not_a_part_a() -> None:
    text = (
        "Dear Ms Hart,\n\nI have set out your questions and our answers below.\n\n"
        "Q. How many gritting lorries does the council run?\nA. The council runs six lorries.\n\n"
        "Q. What did the council spend on road salt in 2024?\nA. The salt cost £41,200.\n\n"
        "Yours sincerely,\nHighways Team\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found == [("1", "The council runs six lorries."), ("2", "The salt cost £41,200.")]


def test_two_labels_alone_on_a_heading_line_answer_both_though_not_in_turn() -> None:
    text = (
        "Thank you for your request, in which you asked for:\n\n"
        "1. The number of pothole claims received in 2024.\n2. The total paid on those claims.\n"
        "3. The names of the claimants.\n\n"
        "Part 3 of your request\n\nThe names are personal data and are withheld under section 40(2).\n\n"
        "Parts 1 and 2 of your request\n\nWe received 412 claims and paid £38,900 in total.\n\n"
        "Yours sincerely,\nInformation Team\n"
    )
    found = {s.label: s.answer_text.split(" ")[0] for s in segment(text)}
    assert found == {"Part 3": "The", "Part 1": "We", "Part 2": "We"}


def test_after_two_items_answered_under_their_numbers_alone_the_next_number_is_answered_too() -> None:
    text = (
        "Dear Mr Olsen\n\nI refer to your request of 2 May.\n\n"
        "1. Spending on agency staff in each year:\n   2023: £81,000\n   2024: £77,500\n\n"
        "2. The agencies used are listed in the attached sheet, with the roles each filled.\n\n"
        "3. The highest day rate paid was £640, to an interim finance lead. The post has since been filled.\n\n"
        "4. The council did not pay any agency a finder's fee on a permanent hire.\n\n"
        "5. Yes, every agency is engaged through the regional framework.\n\n"
        "Yours sincerely\nHR Services\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found[-2:] == [("4", "The"), ("5", "Yes,")]


def test_a_question_skipped_between_answers_named_by_ordinal_takes_the_paragraph_before_the_next() -> None:
    text = (
        "Dear Mr Byrne,\n\nThank you for your email below.\n\n"
        "In answer to your first question, the depot employs 14 drivers on permanent contracts.\n\n"
        "Fuel for the fleet cost £212,000 in 2024, most of it diesel.\n\n"
        "On your third question, the fleet covered 1.2 million miles last year.\n\n"
        "Kind regards,\nFleet Team\n\n"
        "-----Original Message-----\nFrom: Sean Byrne\nSent: 3 March 2025 09:12\nSubject: FOI request\n\n"
        "Please tell me:\n1. How many drivers the depot employs.\n2. What the fleet's fuel cost in 2024.\n"
        "3. How many miles the fleet covered last year.\n\nThanks,\nSean Byrne\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "In"), ("2", "Fuel"), ("3", "On")]


def test_a_paragraph_opening_with_a_bracketed_question_before_a_comma_answers_it() -> None:
    text = (
        "You asked:\n\n(1) How many ponds are there?\n(2) How many are fenced?\n(3) How many are stocked?\n\n"
        "Our response\n\nThere are 14 ponds, and 9 of them are fenced.\n\n"
        "For question (3), stocking is not recorded anywhere, so we do not hold this.\n\n"
        "For parts (1) to (2), the counts are from our 2024 survey.\n\nYours sincerely\nParks\n"
    )
    labels = [s.label for s in segment(text) if s.answer_text.startswith("For question (3)")]
    assert labels == ["3"]


def test_a_paragraph_opening_with_a_range_of_bracketed_parts_answers_each() -> None:
    text = (
        "You asked:\n\n(a) Was the depot sold?\n(b) If so, to whom?\n(c) For how much?\n(d) Who valued it?\n\n"
        "Our response\n\nFor parts (a) to (c), we can neither confirm nor deny that we hold this.\n\n"
        "For part (d), the valuer is withheld under section 40(2).\n\nYours sincerely\nEstates\n"
    )
    found = [(s.label, s.answer_text[:14]) for s in segment(text)]
    assert found == [("a", "For parts (a) "), ("b", "For parts (a) "), ("c", "For parts (a) "), ("d", "For part (d), ")]


def test_a_prose_reply_reporting_a_topic_then_whether_questions_answers_each() -> None:
    text = (
        "Dear Mr Orr\n\nThank you for your letter of 3 May 2025 asking about the council's spending on grass "
        "cutting over the last two years, whether any verges were left uncut, and whether the council plans to "
        "sow wildflowers.\n\n"
        "We spent £84,000 on grass cutting in 2023-24 and £86,500 in 2024-25, all of it on the contractor.\n\n"
        "No verges were left uncut in either year.\n\n"
        "There are no plans to sow wildflowers on the verges.\n\n"
        "Yours sincerely\nHighways Team\n"
    )
    found = [(s.label, s.question.split(" ")[0], s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "the", "We"), ("2", "whether", "No"), ("3", "whether", "There")]


def test_lettered_clauses_under_a_numbered_heading_with_figures_set_apart_are_its_parts() -> None:
    text = (
        "Dear Ms Vale\n\nThank you for your request about road repairs, received on 2 June 2025. The council's\n"
        "answer to each part of it is set out below, under the part it answers, in the order you asked.\n\n"
        "1. For each of 2023 and 2024:\n\n"
        "(a) the number of potholes reported to the council by residents, by councillors or by its own\n"
        "inspectors;\n\n2023 - 1,204\n2024 - 1,377\n\n"
        "(b) the number of those potholes repaired within a week of the report;\n\n2023 - 880\n2024 - 1,010\n\n"
        "2. By type of road:\n\n"
        "(a) the average cost of a repair on A roads and on B roads in 2024;\n\nA roads: £74\nB roads: £61\n\n"
        "(b) the same figure for unclassified roads.\n\nWe do not record road class for these repairs.\n\n"
        "3. (a) Does the council use a pothole-filling machine?\n\nYes, one since 2022.\n\n"
        "(b) What did it cost?\n\nThe machine cost £95,000.\n\n"
        "Yours sincerely\nHighways Team\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1a", "2023"), ("1b", "2023"), ("2a", "A"), ("2b", "We"), ("3a", "Yes,"), ("3b", "The")]


def test_a_bullet_repeating_its_question_is_cut_where_its_words_stop() -> None:
    # the row's text starts after its bullet ("- "), and its item wraps onto an indented line: the span must
    # start where the repeated question's words end, on a word, not as many characters as the bullet takes later
    text = (
        "Dear Mr Okafor,\n\nThank you for your letter of 3 March 2025, in which you asked for:\n\n"
        "1. the harbour board's latest annual report;\n"
        "2. the minutes of the board's last two meetings; and\n"
        "3. the number of vessels inspected for hull damage in the most recent\nfinancial year.\n\n"
        "We have dealt with your request under the Freedom of Information Act 2000.\n\n"
        "All of this information is already published, so it is exempt from disclosure\n"
        "under section 21 of the Act. Section 21 is an absolute exemption.\n\n"
        "- The annual report for 2024 can be found on our publications page, filed\n"
        '  under "Corporate documents".\n'
        "- Minutes of every board meeting are kept on the meetings page of our\n"
        "  website.\n"
        "- The number of vessels inspected for hull damage is set out in the table headed\n"
        '  "Inspections by type" in the 2024 annual report.\n\n'
        "This letter is a refusal notice under section 17(1) of the Act.\n\nYours sincerely,\n\nHarbour Office\n"
    )
    third = segment(text)[2].answer_span
    assert third is not None and third.quote == text[third.start : third.end]
    assert third.quote.startswith("is set out in the table headed")


def test_two_bracketed_labels_joined_on_their_own_line_answer_both() -> None:
    text = (
        "Request\n\nPlease send me\n(i) the number of wardens employed;\n(ii) the cost of their uniforms;\n"
        "(iii) the supplier of those uniforms.\n\nResponse\n\n(i)\nTwelve wardens.\n\n(ii) and (iii)\n"
        "Uniforms cost £3,400 a year and come from a firm in Leeds.\n\nYours sincerely\nParks Team\n"
    )
    assert [s.label for s in segment(text)] == ["i", "ii", "iii"]


def test_a_heading_captioning_two_items_apart_answers_both() -> None:
    text = (
        "Request\n\nPlease send me\n(i) the wardens' rota for 2024;\n(ii) the cost of their uniforms;\n"
        "(iii) the rules for overtime.\n\nResponse\n\n(i) Rota, and (iii) overtime rules\n"
        "This is withheld under section 31(1)(a) of the Act.\n\n(ii) Uniforms\nThey cost £3,400 a year.\n"
    )
    assert [s.label for s in segment(text)] == ["i", "iii", "ii"]
    # items next to each other on one line are one item's parts, not a heading over both
    listed = text.replace("(i) Rota, and (iii) overtime rules", "(i) Rota, and (ii) uniforms")
    assert [s.label for s in segment(listed.replace("(ii) Uniforms", "(iii) Overtime"))] == ["i", "iii"]


def test_a_lettered_range_before_a_colon_answers_each_part() -> None:
    text = (
        "You asked:\n\na) How many gritters does the council own?\nb) How many are leased?\n"
        "c) How old is the oldest?\nd) What did the fleet cost to run in 2024?\n\nResponse\n\n"
        "a) to c): The council does not hold fleet records; the highways contractor runs the gritters.\n\n"
        "d) The contract cost £210,000 in 2024.\n"
    )
    assert [s.label for s in segment(text)] == ["a", "b", "c", "d"]


@pytest.mark.parametrize(("listed", "alone"), [("1, 3 and 4", "2"), ("1, 2 and 4", "3")])
def test_a_heading_listing_three_questions_answers_each(listed: str, alone: str) -> None:
    text = (
        "You asked:\n1. How many fraud referrals were made?\n2. Did any lead to a prosecution?\n"
        "3. Which teams made them?\n4. What did the investigations cost?\n\n"
        f"Questions {listed}\nThis information is withheld under section 31(1)(a) of the Act.\n\n"
        f"Question {alone}\nThe council neither confirms nor denies that it holds this information.\n"
    )
    found = {label_key(s.label): s.answer_text.split(" ")[0] for s in segment(text)}
    assert found == {"1": "This", "2": "This", "3": "This", "4": "This", alone: "The"}


def test_inline_parts_after_an_answer_label_answer_the_parts_its_question_names() -> None:
    text = (
        "You asked\n\nQ1 How many nurses work nights?\nQ2 How many of them are (a) agency and (b) bank staff?\n\n"
        "Our response\n\nQ1 Forty-two.\n\nQ2  (a) 9   (b) 14\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [("Q1", "Forty-two."), ("Q2a", "9"), ("Q2b", "14")]


def test_an_answer_label_alone_on_its_line_heads_the_parts_under_it() -> None:
    text = (
        "Q1. How many pools does the council run?\nA1. Three.\n\n"
        "Q2. What is (a) the adult and (b) the child entry fee?\nA2.\n\t(a)\t£5.20\n\t(b)\t£2.60\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b"]


def test_an_answer_label_run_onto_its_question_line_is_cut_off_it() -> None:
    text = (
        "Q1. Do you use a parking app?\nA1. Yes.\n\n"
        "Q2. Which firm supplies it? A2. A firm chosen by open tender in 2023 supplies it.\n\n"
        "Q3. What does it cost?\nA3. £8,000 a year.\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("Q1", "Yes."), ("Q2", "A"), ("Q3", "£8,000")]


def test_an_acknowledgement_under_the_request_on_a_thread_page_answers_nothing() -> None:
    text = (
        "Grit bins\n\nFrom: Ann Other\n2 March 2025\n\nDear Borough Council,\n\nPlease provide:\n\n"
        "1. The number of grit bins you maintain.\n2. How often they are refilled.\n\nYours faithfully,\n\n"
        "Ann Other\n\nFrom: Borough Council\n3 March 2025\n\nDear Ann Other\n\n"
        "Thank you for your request. You should receive a response within 20 working days.\n\n"
        "Regards\n\nInformation Team\n"
    )
    assert segment(text) == []


def test_a_page_title_above_a_request_in_turn_takes_no_answer() -> None:
    text = (
        "Spend on interpreters 2024\n\nRequest\n\nPlease tell me\n(i) the total spend on interpreters in 2024;\n"
        "(ii) the number of languages used.\n\nResponse\n\nFigures are taken from the ledger.\n\n"
        "(i)\n£41,200\n\n(ii)\nNineteen.\n"
    )
    assert [s.label for s in segment(text)] == ["i", "ii"]


def test_a_lower_case_name_opening_the_answer_after_a_blank_line_does_not_run_on_the_question() -> None:
    text = (
        "Dear Mr Example\n\n1. Please state the fees paid by the board to its members in 2024/25.\n\n"
        "zenlo paid no fees to its members in that year.\n\n2. Who sets the fees?\n\nThe parent councils.\n"
    )
    found = [(s.label, s.question.split(" ")[-1], s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "2024/25.", "zenlo"), ("2", "fees?", "The")]


def test_a_heading_restating_the_question_after_its_label_is_not_its_answer() -> None:
    text = (
        "Dear Ms Example\n\nOur answers follow.\n\nQ1  Vans sold because the 10 year age limit was reached\n\n"
        "We do not hold this.\n\nQ2  Vans leased\n\nTwelve.\n\n-----Original Message-----\n\n"
        "Please tell me:\n1. How many vans were sold because they reached the 10 year age limit?\n"
        "2. How many vans do you lease?\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found[0] == ("Q1", "We do not hold this.")


def test_a_paragraph_saying_what_an_asked_question_concerns_answers_it_and_asks_nothing_new() -> None:
    text = (
        "Dear Ms Example,\n\nYou asked:\n\n1. Has the board had a complaint about its chair?\n"
        "2. How many complaints about its depot were made in 2024?\n\n"
        "We neither confirm nor deny whether we hold this information.\n\n"
        "Your second question concerns one small depot. We therefore also neither confirm nor deny for it.\n\n"
        "Yours sincerely,\n\nInformation Team\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "We"), ("2", "Your")]


def test_a_paragraph_saying_which_part_it_answers_answers_it_under_an_advice_heading() -> None:
    text = (
        "Dear Mr Example\n\nYou asked:\n\na) How many grants did you make since 2020?\n"
        "b) Who received each grant?\n\nWe estimate that answering part (b) would exceed the cost limit, so we "
        "refuse it under section 12.\n\n"
        "Advice and assistance\n\nWe can tell you that 40 grants were made. This answers part (a) of your request.\n\n"
        "Yours sincerely\n\nGrants Team\n"
    )
    found = {s.label: "40 grants" in s.answer_text for s in segment(text)}
    assert found == {"a": True, "b": False}


def test_one_bare_response_heading_among_answers_opening_with_it_starts_no_reply_part() -> None:
    text = (
        "Dear Mr Example\n\nQuestion 1: Do you run a shuttle bus?\nResponse: Yes.\n\n"
        "Question 2: What did it cost in each year?\nResponse:\n2023/24 - £4,100\n2024/25 - £4,350\n\n"
        "Question 3: Who runs it?\nResponse: A local operator under a two year contract.\n\nYours sincerely\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("Question 1", "Yes."), ("Question 2", "2023/24"), ("Question 3", "A")]


def test_answers_numbered_as_the_request_are_read_in_order_past_a_wrapped_line_opening_with_where() -> None:
    text = (
        "Dear Sir\n\nWe have not copied out your questions; the numbering matches your email.\n\n"
        "1.  412 permits were issued in 2024.\n\n2.  We do not hold this information.\n\n"
        "3.  A permit is cancelled by the team\nwhere it is unused for six months.\n\nYours faithfully\n"
    )
    found = [(s.label, s.answer_text.split(" ")[0]) for s in segment(text)]
    assert found == [("1", "412"), ("2", "We"), ("3", "A")]


def test_a_topic_heading_naming_two_labels_asks_both_and_its_table_of_years_answers_them() -> None:
    text = (
        "Please see our answers.\n\nQ1 and Q4 - grants paid\n\n"
        "                       2022/23     2023/24\n"
        "Total grants to clubs,\nyouth and adult            8,410       9,075\n\n"
        "Q2 - officer\n\nThe parks manager.\n\nQ3 - policy\n\nNo, we have none.\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["Q1", "Q4", "Q2", "Q3"]
    assert "8,410" in found[0].answer_text and "8,410" in found[1].answer_text
    assert found[0].question == "grants paid"


def test_a_reply_answering_under_short_topic_headings_alone_is_read_in_turn() -> None:
    text = (
        "Dear Ms Patel\n\nFREEDOM OF INFORMATION\n\nThank you for your request about our parks.\n\n"
        "Park wardens\n\nWe employ six wardens across the borough.\n\n"
        "Bench repairs\n\nRepairs cost £4,120 last year.\n\n"
        "Dog fouling fines\n\nNone were issued.\n\n"
        "If you are unhappy with this response you may ask for an internal review.\n\nYours sincerely\n"
    )
    found = segment(text)
    assert [(s.label, s.question) for s in found] == [
        ("1", "Park wardens"),
        ("2", "Bench repairs"),
        ("3", "Dog fouling fines"),
    ]
    assert found[2].answer_text == "None were issued."
    # two headings, or a heading straight over another, are no such layout
    assert len(segment(text.replace("Dog fouling fines\n\nNone were issued.\n\n", ""))) < 2


def test_a_decimal_no_question_has_opening_an_answer_is_its_figure_not_a_label() -> None:
    text = (
        "Dear Ms Example\n\n1) Vets employed at 1 April 2025\n\n4.5 FTE. No locums were engaged.\n\n"
        "2) Kennel spend\n\n£2,300 in the year.\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text.split("\n")[0] for s in segment(text)}
    assert found["1"] == "4.5 FTE. No locums were engaged."


def test_a_question_line_with_a_bracket_left_open_runs_on_to_a_line_opening_with_a_figure() -> None:
    text = (
        "Dear Mr Example\n\n1. What the trust paid for scanners (for example\n"
        "3D scanners or hand-held ones) in 2024.\nWe paid £12,000.\n\n"
        "2. Who supplies them?\nA regional supplier.\n\nYours sincerely\n"
    )
    found = {s.label: (s.question, s.answer_text) for s in segment(text)}
    assert found["1"][0].endswith("hand-held ones) in 2024.")
    assert found["1"][1] == "We paid £12,000."


def test_parts_answered_along_one_line_under_their_question_split_into_parts() -> None:
    text = (
        "Dear Mr Example\n\n1. Staff in the team at 1 April (a) in post (b) on secondment\n(a) 41 (b) 6\n\n"
        "2. Budget for the team\n£310,000 in the year.\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text.split("\n")[0] for s in segment(text)}
    assert found["1a"] == "41"
    assert found["1b"] == "6"


def test_lettered_parts_under_a_number_in_answers_numbered_in_order_take_that_number() -> None:
    text = (
        "Dear Mr Example\n\nOur answers are below.\n\nQ1  (a) 41 posts, (b) 6 seconded\n\n"
        "Q2  The budget was £310,000.\n\n3. Kennels inspected\n(a) Total 12\n(b) Failed 2\n\n"
        "4. No.\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text.split("\n")[0] for s in segment(text)}
    assert found["Q1a"] == "41 posts,"
    assert found["Q1b"] == "6 seconded"
    assert found["Q2"] == "The budget was £310,000."
    assert found["3a"] == "Total 12"
    assert found["3b"] == "Failed 2"
    assert found["4"] == "No."


def test_answers_numbered_without_a_stop_beside_a_gutter_are_read_in_turn_after_lettered_parts() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your request about the depot.\n\n"
        "1 (a)  The depot holds 40 bins.\n  (b)  Six of them are new.\n\n"
        "2      Cost of repairs, by year\n       2022/23   £4,100\n       2023/24   £3,900\n\n"
        "3      No, we do not hire bins.\n\n"
        "4a / 4b  Information not held.\n\n"
        "Yours sincerely\n"
    )
    found = {s.label: s.answer_text.split("\n")[0] for s in segment(reading_view(text).text)}
    assert list(found) == ["1a", "1b", "2", "3", "4a", "4b"]
    assert found["2"] == "Cost of repairs, by year"
    assert found["4b"] == "Information not held."


def test_a_day_of_a_month_opening_a_line_is_no_answer_number() -> None:
    text = (
        "Dear Mr Example\n\n1. The depot holds 40 bins.\n\n2. Six of them are new.\n\n"
        "3 March 2025 is when the bins were counted.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(reading_view(text).text)] == ["1", "2"]


def test_a_whole_reply_answer_naming_every_question_from_the_first_answers_each() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your request about the library.\n\n"
        "We do not hold this information. The libraries are run by a trust, which holds the records.\n"
        "This applies to each of questions 1 to 4.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2", "3", "4"]


def test_a_whole_reply_refusal_counting_the_questions_of_the_first_request_answers_each() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your two requests. The first asked three questions about the library "
        "and its opening hours. The second asked about its staff.\n\n"
        "We have added the two together, and answering them would exceed the cost limit. "
        "We therefore refuse both under section 12.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2", "3"]


def test_questions_a_prose_sentence_names_besides_those_labelled_are_answered_by_it() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your request about the Wibble Council parks.\n\n"
        "The park budgets are printed in our yearly accounts. As they are reasonably accessible to you, they are "
        "exempt under section 21, and this applies to questions 1, 2 and 4.\n\n"
        "Question 3: we do not hold a list of park wardens.\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert [label_key(label) for label in found] == ["1", "2", "3", "4"]
    assert found["1"].startswith("As they are reasonably accessible")


def test_a_number_written_twice_takes_the_next_place_so_the_one_after_follows() -> None:
    text = (
        "Dear Mr Example\n\nOur answers follow.\n\n1) The Wibble depot holds 40 bins.\n2) Six of them are new.\n"
        "2) None were sold.\n4) The bins cost £30 each.\n5) We do not plan to buy more.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2", "2", "4", "5"]


def test_refining_advice_naming_questions_does_not_count_them() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your request about the library.\n\n"
        "Answering it would exceed the cost limit, so we refuse it under section 12. "
        "You could narrow your request to questions 1 to 3.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1"]


def test_a_part_marked_as_a_question_after_an_answer_names_the_question_before_it_its_first_part() -> None:
    text = (
        "Dear Ms Example\n\nQuestion: 1. Dogs seized by the wardens in 2024: (a) strays\nAnswer: 212\n\n"
        "Question: (b) returned to owners\nAnswer: 140\n\n"
        "Question: 2. The service's total budget for kennelling\nAnswer: £52,000\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found == {"1a": "212", "1b": "140", "2": "£52,000"}


def test_parts_on_the_question_line_after_its_colon_are_asked_not_answered() -> None:
    text = (
        "Dear Ms Example\n\nOur answers follow each question.\n\n"
        "1. Dogs seized by the wardens in 2024: (a) strays; (b) returned to owners.\n\n(a) 212\n(b) 140\n\n"
        "2. The service's total budget for kennelling.\n\n£52,000\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found == {"1a": "212", "1b": "140", "2": "£52,000"}


def test_a_table_of_dashed_labels_over_their_answers_reads_each_row() -> None:
    text = (
        "Response\n\nQuestion\nAnswer\n1a - Dogs seized in 2024\n212\n1b - Returned to owners\n140\n"
        "2 - Kennelling budget\n£52,000\n"
    )
    found = {s.label: s.answer_text.split("\n")[-1] for s in segment(text)}
    assert found == {"1a": "212", "1b": "140", "2": "£52,000"}


def test_a_dashed_list_of_three_labels_in_a_reply_that_restates_none_answers_each() -> None:
    text = (
        "Dear Mr Example\n\nYou asked five questions about the council's parking wardens.\n\nDecision\n\n"
        "Questions 2 and 3 - The council holds these costs but withholds them under section 43(2).\n\n"
        "Questions 1, 4 and 5 - The council neither confirms nor denies that it holds this information.\n\n"
        "Yours sincerely\n"
    )
    assert sorted(s.label for s in segment(text)) == ["1", "2", "3", "4", "5"]


def test_numbered_answers_with_a_caption_over_figures_are_each_answers_in_a_reply_restating_none() -> None:
    text = (
        "Dear Mr Example\n\nThank you for your request. The information is below.\n\n"
        "1. (a) The council runs 40 vans.\n(b) 12 of them are electric.\n\n"
        "2. Spend on van hire by year:\n\n   2023/24   £8,100\n   2024/25   £9,450\n\n"
        "3. Yes. The vans are serviced by the depot's own fitters.\n\n"
        "4. No. None were sold in the period.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1a", "1b", "2", "3", "4"]


def test_numbered_answers_under_a_summary_of_the_request_in_prose_are_read_in_turn() -> None:
    text = (
        "Reference FOI 99\n\nYou asked:\nHow many gritters the council owns, who drives them and whether any "
        "are hired, and what they cost to run.\n\nOur response:\n\n1. (a) Yes.\n   (b) 14 gritters.\n\n"
        "2. Drivers are the council's own staff.\n\n3. (a) £40,000\n   (b) £12,500\n\n4. None are hired.\n"
    )
    assert [s.label for s in segment(text)] == ["1a", "1b", "2", "3a", "3b", "4"]


def test_a_summary_in_prose_above_two_numbered_lines_does_not_make_them_answers() -> None:
    text = (
        "Your request\nCould you please tell me how many gritters the council owns and what they cost?\n\n"
        "Our response\nThe council holds this information. It is exempt because:\n"
        "1. Release would prejudice the tender now running.\n2. The tender closes next month.\n"
    )
    assert _numbered_segments(text) == []  # read in turn from 1 to 3 at least, or the summary asks


def test_a_bare_number_straight_under_a_lettered_part_opens_the_next_answer() -> None:
    text = (
        "Dear Sir\n\nOur answers are below.\n\n1 (a) Yes.\n  (b) There are 20 bins.\n"
        "2 The bins are emptied by our own crews.\n3 They cost £4,000 a year to empty.\n\nYours faithfully\n"
    )
    assert [s.label for s in segment(text)] == ["1a", "1b", "2", "3"]


def test_an_answer_under_a_part_closing_its_clause_with_and_is_the_parts_answer() -> None:
    text = (
        "1. How many complaints did the council receive in 2024 from\n(a) tenants, and\n14\n"
        "(b) leaseholders?\n3\n2. Do you publish them?\nNO\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found["1a"] == "14" and found["1b"] == "3"


def test_a_thread_page_reply_after_the_requesters_sign_off_answers_each_part_of_the_request() -> None:
    text = (
        "Dear Parish Council,\n\nPlease tell me:\n\n1. (a) Do you own any benches?\n(b) How many?\n"
        "2. How much was spent on them in\n(a) 2023, and\n(b) in 2024?\n3. (a) Do you rent any out?\n"
        "(b) If so, to whom?\n\nYours faithfully,\n\nA Requester\n\nLink to this\n\nExample Parish Council\n\n"
        "Good morning A Requester,\n\nThe parish council does not hold the information you have asked for.\n\n"
        "Regards,\n\nThe Clerk\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1a", "1b", "2a", "2b", "3a", "3b"]
    assert all("does not hold" in s.answer_text for s in found)
    answers = extract_all(text).answers
    assert {a.answer for a in answers} == {"not_held"}


def test_lettered_parts_set_off_by_a_dash_before_a_figure_are_labels() -> None:
    text = (
        "Dear Mr Example,\n\nOur answers follow.\n\n1a - Yes.\n1b - £40.00 per visit.\n2a - 118\n"
        "2b - 12 June 2026, when the lease ends.\n\nKind regards\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1a", "1b", "2a", "2b"]
    assert found[2].answer_text == "118"


def test_a_table_flattened_a_cell_a_line_under_question_and_response_headers_asks_in_each_row() -> None:
    text = (
        "Dear Ms Example,\n\nThe information is given in the table below.\n\nItem\nInformation requested\n"
        "Response\n1(a)\nLibrary opening hours\n40 a week\n1(b)\nBranch libraries\nThree\n2\nMobile library\n"
        "Withdrawn in 2023\n\nYours sincerely\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1a", "1b", "2"]
    assert [s.question for s in found] == ["Library opening hours", "Branch libraries", "Mobile library"]
    assert found[1].answer_text == "Three"


def test_a_bare_number_opening_a_question_column_cell_labels_the_row() -> None:
    text = "Question | Answer\n1(a) Is the yard open? | Yes\n1(b) Yard hours | 8am to 6pm\n2 Night staff | None\n"
    found = {s.label: s.answer_text for s in segment(text)}
    assert found == {"1a": "Yes", "1b": "8am to 6pm", "2": "None"}


def test_an_answer_marker_under_a_part_ending_with_a_comma_opens_its_answer() -> None:
    text = (
        "Request 1\nFor the year 2024 please state\n(a) the number of parking permits issued to residents,\n"
        "Our response: 120\n\n(b) the number issued to businesses,\nOur response: 14\n\n"
        "Request 2\nDo you charge for a permit?\nOur response: Yes.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert [answer for _, answer in found] == ["120", "14", "Yes."]


def test_a_numbered_heading_opening_with_its_first_part_follows_a_plain_number() -> None:
    text = (
        "Dear Ms Smith\n\nOur answers follow.\n\n1. Vans owned\nWe own 12 vans.\n\n2. (a) Money spent\n"
        "We spent £3,000 on them.\n(b) Money received\nWe received £400.\n\n3. Insurer\nAcme Cover Ltd.\n\n"
        "Yours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2a", "2b", "3"]


def test_a_disclosure_pages_related_documents_list_is_no_part_of_the_last_answer() -> None:
    text = "1. How many vans do you own?\n12\n2. Who insures them?\nAcme Cover Ltd.\n\nRelated documents\nNone\n"
    assert segment(text)[-1].answer_text.strip() == "Acme Cover Ltd."


def test_advice_to_send_a_new_request_leaving_a_question_out_answers_no_question() -> None:
    text = (
        "Request\n1. How many vans do you own?\n2. What did each repair cost?\n\nResponse\n"
        "We estimate that answering would exceed the appropriate limit under section 12, so we refuse the "
        "request as a whole.\nYou may wish to send a new request that omits question 2.\n"
    )
    answers = extract_all(text).answers
    assert [a.answer for a in answers] == ["refused", "refused"]


def test_a_dash_then_a_figure_below_the_label_is_the_answer_not_a_range() -> None:
    text = (
        "2. How many vans did you repair in 2024 for (a) brakes and (b) tyres?\n\n"
        "2a - 7. All were done at the depot.\n2b - 0. Tyres are fitted by an outside firm.\n"
    )
    segs = {s.label: s.answer_text for s in segment(text)}
    assert segs["2b"].startswith("0.")
    assert [a.answer for a in extract_all(text).answers][-1] == "none"


def test_a_first_bare_number_over_its_answer_opens_the_answers_when_the_next_paragraph_is_numbered_two() -> None:
    text = (
        "Dear Ms Smith\n\nOur answers are below.\n\n1 Vans owned by the depot\n 14.\n\n"
        "2 (a) Money spent\n £3,000 in 2024.\n (b) Money received\n £400.\n\n"
        "3 Insurer of the fleet\n Acme Cover Ltd.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2a", "2b", "3"]


def test_a_topic_and_answer_line_in_a_run_of_labels_answered_on_their_lines_is_an_answer() -> None:
    # a reply of bare "Q1a Yes" lines over its quoted request: "Q1b <who> - <name>" answers 1b, not a topic heading
    # that swallows the answers after it (a corpus reply: the layout needs the whole quoted request to show)
    path = Path(__file__).parent / "blind62" / "port-of-leith-ha-pestcontrol-2025.txt"
    extraction = extract_all(reading_view(path.read_text()).text)
    keys = [label_key(a.label) for a in extraction.answers]
    assert keys == ["1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "4a", "4b", "5", "6a", "6b", "6c"]
    assert [a.gbp for a in extraction.amounts] == [9800]


def test_a_rows_number_and_question_cell_on_one_line_under_column_headers_asks_the_next_question() -> None:
    text = (
        "Dear Mr Jones\n\nOur answers are in the table below.\n\nQuestion\nResponse\n"
        "1(a) Vans owned?\nYes\n1(b) Who services them?\nOur own workshop\n2(a) Cost of servicing 2024/25\n£4,100\n"
        "2(b) Number of vans serviced\n14\n3 Garage ownership\nNo – the garage is leased\n\nYours sincerely\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)][-2:] == [("2b", "14"), ("3", "No – the garage is leased")]


def test_a_figure_and_words_under_column_headers_that_is_not_the_next_number_stays_an_answer() -> None:
    text = "Question\nResponse\n1(a) Vans owned?\nYes\n1(b) How many vans?\n2 vans in all\n\nYours sincerely\n"
    assert [(s.label, s.answer_text) for s in segment(text)] == [("1a", "Yes"), ("1b", "2 vans in all")]


def test_two_bracketed_parts_joined_before_a_spaced_dash_answer_both() -> None:
    text = (
        "Dear Sir\n\nOur answers follow.\n\n1) We run 40 vans.\n\n2(a) and 2(b) - We withhold the fuel costs "
        "under section 43(2) of the Act.\n\n3) Yes.\n\nYours faithfully\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b", "3"]


def test_a_heading_listing_parts_in_brackets_answers_each() -> None:
    text = (
        "Dear Madam\n\nOur reply is below.\n\nQuestions 1, 2(a) and 4(a)\nThe figures are in the enclosed table.\n\n"
        "Question 2(b)\nThe service costs £9,000 a year.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "4a", "2b"]


def test_parts_answered_along_a_bare_numbers_line_split_one_a_part() -> None:
    text = (
        "Dear Mr Jones\n\nOur answers follow.\n\n1 (a) Yes. (b) We lease them from a hire firm.\n\n"
        "2 (a) Vans: 14 (b) Cars: 6 (c) Bikes: 3\n\nYours sincerely\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found[2:] == [("2a", "Vans: 14"), ("2b", "Cars: 6"), ("2c", "Bikes: 3")]


def test_parts_after_a_label_split_when_only_the_last_answer_runs_on() -> None:
    text = (
        "Dear Mr Jones\n\nQuestion 1 (a) Yes. (b) The fleet is kept by our own workshop team at the depot on the "
        "ring road.\n\nQuestion 2 No.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)] == ["Question 1a", "Question 1b", "Question 2"]


def test_a_number_glued_to_its_first_part_heads_the_parts_on_its_line() -> None:
    text = "Dear Mr Jones\n\n1(a) Yes. (b) Eight vans.\n2(a) No (b) Not applicable\n\nYours sincerely\n"
    assert [label_key(s.label) for s in segment(text)] == ["1a", "1b", "2a", "2b"]


def test_a_named_label_over_a_dashed_range_of_parts_answers_each_part() -> None:
    text = (
        "Dear Mr Jones\n\nQuestion 1 Yes.\n\nQuestion 2 (a)-(c)\nWe do not hold any of this information.\n\n"
        "Yours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b", "2c"]


def test_a_named_label_over_its_first_two_parts_joined_by_and_answers_both() -> None:
    text = "Dear Mr Jones\n\nQuestion 1(a) and (b) – Fees\nWe make no charge.\n\nQuestion 2 No.\n\nYours sincerely\n"
    assert [label_key(s.label) for s in segment(text)] == ["1a", "1b", "2"]


@pytest.mark.parametrize(
    ("line", "key"),
    [("Question 1(ii)", "1ii"), ("Question 2(iii)", "2iii"), ("Question 1 (ii) the dates", "1")],
)
def test_a_roman_part_set_against_its_number_is_read_with_it(line: str, key: str) -> None:
    label, _ = _find_label(line)
    assert label is not None and label.key == key


def test_a_named_bracketed_letter_before_a_dash_heads_its_part() -> None:
    text = (
        "Dear Ms Lee\n\nWe hold the information.\n\nPart (a) - agendas and minutes of the depot's safety meetings\n\n"
        "These are withheld under section 36.\n\nPart (b) - a list of the meetings held\n\nThe list is attached.\n\n"
        "Yours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "key"), [("Part (a) - the notes", "a"), ("Question (b)", "b"), ("Part (c): it", None)]
)
def test_a_named_bracketed_letter_is_a_label_before_a_dash_or_alone(line: str, key: str | None) -> None:
    label, _ = _find_label(line)
    assert (label.key if label else None) == key


def test_roman_parts_after_a_numbered_question_are_its_parts() -> None:
    # invented wording: a yes/no ask that lists roman parts along its line, answered "Yes" then part by part
    text = (
        "Dear Mr Hale\n\nYou asked:\n\n1. The number of gritting lorries you own.\n"
        "2. Do you hire extra lorries in winter? If yes: i) the firm used ii) the hire period iii) the yearly cost\n\n"
        "Our response:\n\n1) 14 lorries.\n\n2) Yes\ni) Northfield Haulage\nii) November to March\n"
        "iii) About £80,000 a year\n\nYours sincerely\n"
    )
    segments = {label_key(s.label): s.answer_text for s in segment(text)}
    assert segments["2"] == "Yes"
    assert segments["2i"] == "Northfield Haulage"
    assert segments["2ii"] == "November to March"
    assert segments["2iii"].startswith("About £80,000")


def test_a_part_wrapped_onto_the_next_line_of_its_question_is_still_asked_and_answered() -> None:
    text = (
        "Dear Mr Cole\n\n1. The number of depots you run.\n\nWe run four.\n\n"
        "2. The 2024 cost of the depots split into a) rent, b) rates,\nc) cleaning.\n\n"
        "a) £12,000\nb) £3,400\nc) Not held.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b", "2c"]


def test_parts_listed_under_a_question_each_with_its_answer_after_a_dash_answer_the_parts() -> None:
    text = (
        "Dear Ms Hart\n\n1. The number of vans you own.\n\nWe own nine.\n\n"
        "2. For 2024 only, the fuel cost split into:\na) diesel vans - £8,100\nb) electric vans - £950\n\n"
        "3. Do you lease any vans?\n\nNo\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b", "3"]


def test_parts_listed_under_a_question_then_given_sums_by_letter_alone_answer_the_parts() -> None:
    text = (
        "Dear Ms Hart\n\n1. The number of vans you own.\n\nWe own nine.\n\n"
        "2. For 2024 only, the fuel cost split into:\na) diesel vans\nb) electric vans\na) £8,100\nb) £950\n\n"
        "3. Do you lease any vans?\n\nNo\n\nYours sincerely\n"
    )
    segments = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(segments) == ["1", "2a", "2b", "3"]
    assert segments["2b"] == "£950"


def test_a_not_held_sentence_naming_questions_1_to_n_answers_each_of_them() -> None:
    text = (
        "Dear Mr Vale\n\nYour request for information, received on 2 May 2025, has been considered.\n\n"
        "The Board does not hold the information you requested at questions 1 to 3. Another body holds it.\n\n"
        "Yours sincerely\n"
    )
    answers = extract_all(text).answers
    assert [(a.label, a.answer) for a in answers] == [("1", "not_held"), ("2", "not_held"), ("3", "not_held")]


def test_answers_given_in_the_order_of_the_questions_are_read_by_their_numbers() -> None:
    text = (
        "Dear Dr Shaw\n\nThank you for your request. Our replies are given below in the order of your questions.\n\n"
        "1. Total spend on road salt\n   2022/23   £41,200\n   2023/24   £39,800\n\n"
        "2. Gritters owned\n   a) Large   6\n   b) Small   3\n\n3. The depot opened in 2011.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2a", "2b", "3"]


@pytest.mark.parametrize(
    ("line", "key"),
    [("2b - n/a", "2b"), ("3a - N/A", "3a"), ("4c - 17", "4c"), ("1a - none", "1a"), ("1a - noted", None)],
)
def test_a_lettered_part_before_a_dash_and_n_a_is_a_label(line: str, key: str | None) -> None:
    label, _ = _find_label(line)
    assert (label.key if label else None) == key


def test_a_numbered_answer_with_words_of_its_own_above_its_parts_answers_too() -> None:
    text = (
        "Dear Mr Hale\n\nOur answers follow.\n\n1. The trust has not run any pilot.\n   a) Not applicable.\n"
        "   b) Not applicable.\n\n2. We hold no figures on this.\n\n3. No.\n\nYours sincerely\n"
    )
    found = _numbered_segments(text)
    assert [s.label for s in found] == ["1", "1a", "1b", "2", "3"]
    assert found[0].answer_text.strip() == "The trust has not run any pilot."


def test_a_header_asking_a_question_before_if_so_parts_is_kept_as_a_question() -> None:
    text = (
        "Dear Ms Pike\n\n1. Does the board use a booking app? If so: a) how many staff use it; and b) what did it "
        "cost?\n\nYes. The figures follow.\n\n2. How many rooms are there?\n\nTwelve.\n\nYours sincerely\n"
    )
    assert [s.label for s in segment(text)][:1] == ["1"]


def test_parts_opening_a_line_each_asking_how_many_joined_by_and_are_split() -> None:
    assert _item_cuts("(a) how many vans were bought and (b) how many were sold?") == [0, 34]
    assert _item_cuts("(a) arrested and (b) charged") == []


def test_roman_parts_under_a_numbered_answer_take_its_number_and_leave_it_its_own_answer() -> None:
    text = (
        "Dear Mr Reid\n\nPlease find our answers below.\n\nQ1  We own twelve gritters.\n\n"
        "Q2  Yes, we hire extra gritters in winter\n    i)   Northfield Haulage\n"
        "    ii)  November to March each year\n    iii) About £30,000 a season\n\n"
        "Q3  No.\n\nYours sincerely\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert list(found) == ["Q1", "Q2", "Q2i", "Q2ii", "Q2iii", "Q3"]
    assert found["Q2"] == "Yes, we hire extra gritters in winter"
    assert found["Q2ii"] == "November to March each year"


def test_a_named_question_asking_before_its_if_yes_parts_keeps_its_own_answer() -> None:
    # the question's "?" before "If yes: i) ... ii) ..." asks it: it is no lead-in that only opens the parts
    text = (
        "Dear Ms Doyle\n\nQuestion 1: How many gritters do you own?\n\nWe own twelve.\n\n"
        "Question 2: Do you hire any gritters from a haulage firm under a\nseasonal agreement? If yes: i) the name "
        "of the firm ii) the start and\nend of the hire iii) the cost per season.\n\n"
        "Response: Yes.\ni) Northfield Haulage\nii) November to March\niii) About £30,000\n\nYours sincerely\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert found["2"] == "Yes."
    assert found["2i"] == "Northfield Haulage"


def test_numbered_topics_with_no_question_mark_head_their_answers_in_a_reply_quoting_no_request() -> None:
    text = (
        "Dear Mr Okafor,\n\nWe have searched our records and respond below.\n\n"
        "1) Spending on drone hire and the companies used\nWe hired no drones in the period.\n"
        "a) Flights - none.\nb) Copy - the log is attached.\n\n"
        "2) Noise complaints\n14 in total.\n\nYours sincerely,\n"
    )
    assert [(s.label, s.question, s.answer_text) for s in segment(text)] == [
        ("1", "Spending on drone hire and the companies used", "We hired no drones in the period."),
        ("1a", "", "Flights - none."),
        ("1b", "", "Copy - the log is attached."),
        ("2", "Noise complaints", "14 in total."),
    ]


def test_a_numbered_row_with_a_figure_is_no_topic_heading() -> None:
    text = (
        "Dear Ms Reid,\n\nOur answers:\n\n1) Paper sacks 2,410\nPlastic sacks 1,120\n\n2) Spend\n£4,300 on sacks.\n\n"
        "Yours sincerely,\n"
    )
    assert [(s.label, s.question, s.answer_text) for s in _numbered_segments(text)] == [
        ("1", "", "Paper sacks 2,410\nPlastic sacks 1,120"),
        ("2", "Spend", "£4,300 on sacks."),
    ]


def test_roman_parts_under_a_quoted_question_s_own_answer_take_its_number() -> None:
    # the main reader: "3. Do you ...?" answered "Yes - ..." over "i) ...", "ii) ...": 3i, 3ii, 3 keeping its answer
    text = (
        "Dear Mr Lowe\n\n1. How many libraries do you run?\n14\n\n2. How many are open on Sundays?\n3\n\n"
        "3. Do you use a courier for book deliveries?\nYes - one firm covers\nevery branch.\n"
        "i) Swiftline Couriers\nii) Since May 2022\niii) Paid per drop\n\n4. Do you charge for reservations?\nNo\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2", "3", "3i", "3ii", "3iii", "4"]
    assert found["3"] == "Yes - one firm covers\nevery branch."
    assert found["3ii"] == "Since May 2022"


def test_notes_numbered_in_roman_far_under_a_long_answer_are_not_its_parts() -> None:
    text = (
        "1. How many claims were paid?\nWe paid 40 claims.\n\n2. Do you publish a policy?\nYes. The policy is on\n"
        "our website and was\nreviewed this year.\nNotes\ni. Claims are counted when paid.\nii. Declined claims are "
        "left out.\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2"]


@pytest.mark.parametrize("opening", ["Q3  (i)", "3. (i)", "3.  i)"])
def test_a_number_opening_its_first_roman_part_then_the_next_part_under_it(opening: str) -> None:
    text = (
        "Dear Sir,\n\n1. We attended 40 calls.\n\n2. Yes.\n\n"
        f"{opening} 12 invoices in the year\n    (ii) Income of £900 in the year\n\n4. Not held.\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2", "3i", "3ii", "4"]


def test_decimal_parts_over_their_figures_under_a_named_number_are_its_parts() -> None:
    text = (
        "Dear Mr Hale\n\nThank you for your request. Our answers are below.\n\nQuestion 1\n£48,200\n\n"
        "Question 2\n2.1 £3,150\n2.2 17\n\nQuestion 3\nNo.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2.1", "2.2", "3"]


def test_a_decimal_part_next_after_a_number_s_answer_opens_the_next_number() -> None:
    text = (
        "Dear Ms Ward\n\nThank you for your request. Our answers follow.\n\n1. Yes, we keep a register.\n\n"
        "2. 44 wardens were employed.\n\n3.1 £12,800 was spent on training.\n\n3.2 9 courses were run.\n\n"
        "4. No.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2", "3.1", "3.2", "4"]


def test_a_decimal_label_then_a_spaced_dash_and_a_figure_is_no_range() -> None:
    lines = _read_lines("Q1 - 210\nQ2.1 - £9,400\nQ2.2 - 35\nQ3 - No\n")
    assert [(line.label, line.label_to, line.body) for line in lines] == [
        ("Q1", None, "210"),
        ("Q2.1", None, "£9,400"),
        ("Q2.2", None, "35"),
        ("Q3", None, "No"),
    ]


def test_a_short_numbered_heading_over_a_table_set_apart_heads_its_answer() -> None:
    # no request quoted, each number written once: "1. Spend on meals" is the heading of the table under it
    text = (
        "Dear Mr Oduya\n\nOur response\nThe council holds the information.\n\n1. Spend on school meals\n\n"
        "Year     Spend\n2022/23  £1.2 million\n2023/24  £1.4 million\n\n2. 31 schools.\n\n3. No.\n\nYours sincerely\n"
    )
    assert [label_key(s.label) for s in segment(text)] == ["1", "2", "3"]


def test_a_short_answer_set_apart_over_a_note_is_no_heading() -> None:
    # "4(b) N/A" answers 4b, though a blank line and a note follow it: only a topic heads what is under it
    text = (
        "Dear Mr Oduya\n\nOur response\n\n1(a) No.\n1(b) N/A\n2. N/A\n3(a) None in either year.\n3(b) None.\n"
        "4(a) No - see the note below.\n4(b) N/A\n\nNote\nThe committee asked for prices for two cameras last "
        "spring. Nothing has been bought.\n\nYours sincerely\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert found["4b"].startswith("N/A")


def test_a_list_of_labels_naming_decimal_parts_answers_each() -> None:
    text = (
        "Dear Ms Kerr\n\nThank you for your request.\n\nQuestions 1, 2, 4.1 and 4.2\nWe do not hold this information "
        "in a form we can report.\n\nQuestion 3\nYes.\n\nYours sincerely\n"
    )
    assert sorted(label_key(s.label) for s in segment(text)) == ["1", "2", "3", "4.1", "4.2"]


def test_two_numbers_alone_on_their_line_after_topic_headings_both_take_the_answer_below() -> None:
    text = (
        "Dear Sir,\n\nThank you for your request.\n\n1. Vehicles owned by the council\n\nWe own 14 vans.\n\n"
        "2. Leasing of vehicles\n\nThe council leases no vehicles.\n\n3. and 4.\n\nNot applicable, as no vehicles "
        "are leased.\n\n5. Fuel used each year\n\nWe used 9,000 litres.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2", "3", "4", "5"]
    assert found["3"] == found["4"] == "Not applicable, as no vehicles are leased."


def test_lower_case_items_numbered_after_semicolons_along_a_wrapped_quoted_request_are_its_questions() -> None:
    text = (
        "Dear Ms Smith,\n\nThe council holds none of the information asked for in questions 1 to 4.\n\n"
        "Kind regards,\n\nA Clerk\n\n> On 2 May 2025, Ann Smith wrote:\n"
        "> Please send me: 1. the number of\n> parking fines issued in 2024; 2. the\n"
        "> income from them; 3. the cost of\n> enforcement; 4. the number of wardens.\n"
    )
    found = {label_key(s.label): s.question for s in segment(text)}
    assert list(found) == ["1", "2", "3", "4"]
    assert found["3"].startswith("the cost of")


def test_a_number_after_a_colon_starting_a_capitalised_clause_is_no_listed_item() -> None:
    assert [label_key(s.label) for s in segment("1. How many fines were issued?\nTotal: 3. Most were in May.\n")] == [
        "1"
    ]


def test_roman_parts_named_inside_a_question_are_answered_by_their_own_lines() -> None:
    text = (
        "Dear Sir,\n\n1. Do you fine landlords?\n\nAnswer: Yes.\n\n"
        "2. If so, (i) how many fines you issued and (ii) the sum collected, by year.\n\n"
        "Answer:\n(i) 2023 - 12 fines; 2024 - 15 fines.\n(ii) 2023 - £4,000; 2024 - £5,500.\n\n"
        "3. Who sets the fine?\n\nAnswer: The cabinet.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2i", "2ii", "3"]
    assert found["2ii"].startswith("2023 - £4,000")


def test_parts_one_sentence_joins_after_a_labels_colon_stay_in_that_question() -> None:
    text = (
        "Question 1: The number of landlords fined in 2024.\n\nResponse: 40.\n\n"
        "Question 2: (i) Fines issued and (ii) sums collected each year.\n\n"
        "Response:\n(i) 12 in 2023 and 15 in 2024.\n(ii) About £4k in 2023 and £5k in 2024.\n\n"
        "Question 3: Who sets the fine?\n\nResponse: The cabinet.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2i", "2ii", "3"]
    assert found["2ii"].startswith("About £4k")


def test_a_captioned_label_after_answers_on_their_labels_lines_answers_too() -> None:
    text = (
        "Dear Ms Hale,\n\nQ1 Yes\n\nQ2 A charge of £90 per visit applies once a site has had\nthree visits a year.\n\n"
        "Q3 Top five sites by call-outs, 2024/25:\nLibrary, Ely 40; Depot, Ely 31; Pool, March 22;\n"
        "Hall, Wisbech 12; Shop, Ely 9.\n\nQ4 Yes. The policy changed in May 2023 for all\n"
        "sites without a sleeping risk.\n\nYou may ask for an internal review within 40 working days.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2", "3", "4"]
    assert found["3"].startswith("Top five sites")
    assert found["4"].startswith("Yes.")


def test_several_labels_over_a_statement_are_answered_by_it() -> None:
    text = (
        "Dear Sir,\n\nQuestion 1 - Staff\n\nWe employ 12 wardens.\n\nQuestion 2 - Fines\n\nWe issue no fines.\n\n"
        "Questions 3 and 4\n\nAs we issue no fines, these questions do not apply to us.\n\n"
        "Question 5 - Vehicles\n\nWe lease four vans.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert found["3"].startswith("As we issue no fines") and found["4"] == found["3"]


def test_labels_answered_on_their_own_lines_after_a_topic_heading() -> None:
    # each later label carries its answer on its own line ("Question 2(a): 58"): no stray "2" read from the
    # lettered label, and a numbered part ("Question 5.1") is a label, not a figure, and not nested as "5.5.2"
    text = (
        "Dear Ms Pryce,\n\nThank you for your request of 2 May 2025.\n\n"
        "Question 1: Spend on winter gritting, 2022-2025\n"
        "For 2024/25 the council spent £812,400. We do not hold figures for earlier\n"
        "years, which the former county council kept.\n\n"
        "Question 2(a): 58\nQuestion 2(b): 19\n\n"
        "Question 3: In 2024/25 we refilled 300 bins and replaced 12 of\nthem.\n\n"
        "Question 4: Yes. Three parishes run their own bins.\n\n"
        "Question 5.1: £31,250\n\n"
        "Question 5.2: Not held. Contractors keep their own records of\nthe salt they use.\n\n"
        "Question 6: Yes. A new policy began in October 2024.\n\n"
        "If you are unhappy with this reply you may ask for a review within 40 working days.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert "2" not in found and found["2a"] == "58"
    assert found["5.1"].endswith("£31,250") and found["5.2"].startswith(("Not held", "Question 5.2"))
    assert "6" in found


def test_parts_naming_topics_after_a_number_are_its_parts_not_short_answers() -> None:
    text = (
        "Dear Mr Cole,\n\n1. How many depots do you run?\nResponse: Three.\n\n"
        "2. (a) Grants paid to charities 2021/22 - 2023/24. (b) Grants received from the county.\n"
        "Response: (a) We paid £4,000 in each year. (b) We received £1,500 in 2023/24.\n\n"
        "You may ask for an internal review.\n"
    )
    found = {label_key(s.label): s.answer_text for s in segment(text)}
    assert "2a" in found and "2b" in found
    assert "£4,000" in found["2a"] and "£1,500" in found["2b"]


def test_named_selection_of_questions_is_not_a_count() -> None:
    """Labels a reply names count its questions only when together they hold every one from 1 up."""
    picked = "Dear Sir\n\nThe figures below cover questions 1, 2(a) and 5 for the last year.\n\nYours faithfully\n"
    assert len(segment(picked)) <= 1


def test_request_summary_of_semicolon_items_is_a_list_of_questions() -> None:
    """A summary paragraph of items each ended by a semicolon is that many questions, numbered in turn and sharing
    the one answer; items listed after a colon inside one question stay that question."""
    summary = (
        "Park trees\n\nRequest summary\nNumber of trees felled in parks since 2021; the cost of replanting; the names\n"
        "of the contractors used.\n\nOur response\nWe do not hold any of this information. Parks are run by the town\n"
        "council.\n"
    )
    found = segment(summary)
    assert [s.label for s in found] == ["1", "2", "3"]
    assert found[1].question == "the cost of replanting" and len({s.answer_text for s in found}) == 1
    inside = (
        "Park signs\n\nRequest summary\nThe amount spent on signs in these areas, including: parks; car parks; roads.\n"
        "\n"
        "Our response\nWe spent £3,100 in total.\n"
    )
    assert len(segment(inside)) == 1


def test_lettered_parts_of_one_number_answered_in_turn_along_a_line_are_each_answered() -> None:
    text = (
        "Hi Sam\n\nIn reply to your request:\n\n1) Nine fires in 2024.\n"
        "2a) Yes, from the second false alarm. 2b) £210 per call-out. 2c) £4,500 in 2024/25.\n"
        "3) No.\n\nThanks, Wibble Fire Service\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2a", "2b", "2c", "3"]
    assert found["2b"] == "£210 per call-out."


def test_labelled_parts_each_a_sentence_of_answer_are_cut_but_not_the_topics_an_item_names() -> None:
    answered = "Q5. (a) Six people were hurt across the years. (b) There was one death, in 2022."
    assert _item_cuts(answered) == [4, 47]
    assert _item_cuts("Q1 (a) No. Wibble Council owns no cameras.  (b) Not applicable.") == [3, 44]
    assert _item_cuts("4. (a) Grants paid to Wibble parishes in 2023/24. (b) Sums received from Wibble.") == []


def test_named_topic_headings_then_bare_named_labels_are_read_in_turn() -> None:
    """Under "Question N - topic" headings answered on the lines below, a later bare "Question 3" answers question 3
    (not question 1 again), and a bare "Question 4" over "(a) ..." and "(b) ..." answers 4a and 4b."""
    reply = (
        "Dear Ms Wibble\n\nYour questions are answered in turn.\n\n"
        "Question 1 - wardens and hours\nThe wardens worked 1,204 hours.\n\n"
        "Question 2 - longest single patrol in 2024\nWe do not record patrol length. This part is not held.\n\n"
        "Question 3\nYes - the council adopted the scheme in 2024.\n\n"
        "Question 4\n(a) The council paid the contractor £12,300.\n(b) The council received no payments.\n\n"
        "Question 5\nThe council keeps no list of patrol routes.\n\nYours sincerely\n"
    )
    found = segment(reply)
    assert [label_key(s.label) for s in found] == ["1", "2", "3", "4a", "4b", "5"]
    assert found[2].answer_text.startswith("Yes") and "£12,300" in found[3].answer_text


def test_prose_sentences_closing_on_the_questions_they_answer_each_answer_those() -> None:
    text = (
        "Hi Sam,\n\nWibble Harbour keeps no log of fires by cause, so we cannot give figures for Q1 or Q4. "
        "We have never charged for a call-out (Q2). No leaflets were printed (Q3/Q5).\n\nRegards,\nJo\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert list(found) == ["Q1", "Q4", "Q2", "Q3", "Q5"]
    assert found["Q5"] == "No leaflets were printed (Q3/Q5)."


def test_one_sentence_pointing_to_a_question_in_a_bracket_is_no_layout() -> None:
    text = "Hi Sam,\n\nWibble Harbour holds no such records (Q1). We hope this helps.\n\nRegards,\nJo\n"
    assert [s.label for s in segment(text)] != ["Q1"]


def test_parts_a_numbered_answer_says_do_not_apply_are_answered_by_that_clause() -> None:
    text = (
        "Dear Sam,\n\nOur answers:\n\n1 - Wibble Harbour had two fires.\n"
        "2 - We set no fee for call-outs, so (b) and (c) don't apply.\n3 - No.\n\nRegards,\nJo\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert list(found) == ["1", "2", "2b", "2c", "3"]
    assert found["2"] == "We set no fee for call-outs"
    assert found["2c"] == "(b) and (c) don't apply."


def test_labels_answered_out_of_turn_once_the_reply_went_back_are_each_answered() -> None:
    text = (
        "Dear Sam,\n\nOur teams answered in their own order.\n\n"
        "Q3 - Yes, Wibble Homes has a policy.\n\nQ1 - Reports logged:\n   2023-24     120\n   2024-25     135\n\n"
        "Q2 - We hold no average.\n\n"
        "Q5 - Nine claims were settled.\n\nQ4 - Compensation came to £900.\n\nRegards,\nJo\n"
    )
    assert [s.label for s in segment(text)] == ["3", "Q1", "2", "5", "4"]


def test_a_number_written_again_after_its_one_line_answer_is_the_next_answer_misnumbered() -> None:
    text = (
        "Dear Sam,\n\nOur response is as follows.\n\n1.  Wibble Homes logged 120 reports.\n\n"
        "2.  Claims settled in 2024/25: 11\n\n2.  Legal costs of those claims: £9,000\n\nYours sincerely,\nJo\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found[-2:] == [("2", "Claims settled in 2024/25: 11"), ("2", "Legal costs of those claims: £9,000")]


def test_a_number_written_again_after_its_caption_and_one_line_answer_is_the_next_answer_misnumbered() -> None:
    text = (
        "Dear Sam,\n\nI write in response to your request.\n\n1) Depots open in 2025:\n4\n\n"
        "2) Depots closed since 2020:\nYes.\n\n2) Which depots and when:\nWibble Road depot closed in 2022.\n\n"
        "3) Staff:\n12 FTE\n\nYours sincerely,\nJo\n"
    )
    assert [s.label for s in segment(text)] == ["1", "2", "2", "3"]


def test_a_request_list_numbered_with_spaced_dashes_before_lower_case_items_is_the_questions() -> None:
    text = (
        "Request\n\nPlease send me the following about Wibble Quarry\n1 - the number of dust complaints in 2024\n"
        "2 - any readings taken at the boundary\n\nResponse\n\n1. Wibble Council received 6 complaints.\n\n"
        "2. We took no readings.\n\nYours sincerely,\nJo\n"
    )
    assert [(s.label, s.question[:14]) for s in segment(text)] == [("1", "the number of "), ("2", "any readings t")]


def test_a_single_count_glossed_after_a_spaced_dash_is_no_list_item() -> None:
    text = (
        "Dear Sam,\n\n1. How many libraries are run by volunteers?\n\n"
        "1 - the small library at Wibble Hall is run by its committee.\n\nYours sincerely,\nJo\n"
    )
    assert [s.label for s in segment(text)] == ["1"]


def test_a_listed_question_restated_over_its_answer_is_answered_there_not_asked_again() -> None:
    text = (
        "Dear Sam,\n\nYou asked us:\n\n1. How many gritters does Wibble Council own?\n"
        "2. How much salt did the council buy in 2024?\n\nWe have answered each question in turn.\n\n"
        "You asked how many gritters the council owns. We own 14 gritters.\n\n"
        "You asked how much salt the council bought in 2024. We bought 3,200 tonnes.\n\nYours sincerely,\nJo\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found == [("1", "We own 14 gritters."), ("2", "We bought 3,200 tonnes.")]


def test_a_reported_question_answered_on_its_own_line_is_no_restatement_of_another() -> None:
    text = (
        "Dear Sam,\n\nYou asked how many gritters the council owns and how much salt it bought. We own 14.\n\n"
        "You also asked what the council paid to hire gritters. We paid £9,000.\n\nYours sincerely,\nJo\n"
    )
    assert [s.answer_text for s in segment(text)][-1] == "We paid £9,000."


def test_a_request_item_quoted_word_for_word_over_its_answer_is_restated_though_it_reads_as_a_statement() -> None:
    text = (
        "Request:\n1. Number of gritters bought in 2024\n2. Number of gritters sold because they were over 10 years"
        " old\n\nResponse:\nWibble Council can confirm that it holds the information.\n\n"
        "Number of gritters bought in 2024\nResponse: 3 gritters.\n\n"
        "Number of gritters sold because they were over 10 years old\nResponse: Nil.\n\nYours sincerely,\nJo\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [("1", "3 gritters."), ("2", "Nil.")]


WELSH_FIRST = (
    "Annwyl Mr Wibble,\n\n"
    "1. Mae'r Cyngor wedi talu £2,400 am y meinciau yn 2024.\n"
    "2. Nid oes gan y Cyngor gontract gyda'r cwmni.\n\n"
    "Dear Mr Wibble,\n\n"
    "1. The council paid £2,400 for the benches in 2024.\n"
    "2. The council has no contract with the company.\n"
)
INTERLEAVED = (
    "Cwestiwn 1 / Question 1\n"
    "Faint o feinciau sydd gan y Cyngor yn y parc?\n"
    "How many benches does the council have in the park?\n\n"
    "Mae gan y Cyngor 12 mainc yn y parc. There are 12 benches in the park.\n\n"
    "Cwestiwn 2 / Question 2\n"
    "A yw'r Cyngor wedi prynu meinciau newydd eleni?\n"
    "Has the council bought new benches this year?\n\n"
    "Do. Prynwyd 2 fainc ym mis Mai.\n"
    "Yes. Two benches were bought in May.\n"
)


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (WELSH_FIRST, ["The council paid £2,400", "The council has no contract"]),
        (INTERLEAVED, ["There are 12 benches in the park.", "Yes. Two benches were bought in May."]),
    ],
    ids=["welsh-copy-first", "welsh-and-english-interleaved"],
)
def test_bilingual_reply_is_read_in_its_english_copy(text: str, answers: list[str]) -> None:
    """The Welsh copy of a bilingual reply's questions and answers is neither more questions nor their answers."""
    found = segment(text)
    assert [s.answer_text[: len(a)] for s, a in zip(found, answers, strict=False)] == answers
    assert len(found) == len(answers)
    assert not any("Cyngor" in s.question or "Cyngor" in s.answer_text for s in found)


def test_a_line_in_both_languages_is_kept_whole() -> None:
    text = WELSH_FIRST + "\nNodyn / Note: Nid oes gan y Cyngor gerbyd. / The council has no vehicle (question 3).\n"
    assert english_copy(text).endswith("The council has no vehicle (question 3).\n")
    assert english_copy("The council paid £2,400 for the benches.") == "The council paid £2,400 for the benches."


def test_an_english_line_of_figures_under_its_welsh_copy_and_a_numbered_pair_of_labels_are_kept() -> None:
    """A line with no small words that gives the figures of the Welsh line above is its English copy; "C2 / Q2"
    numbers a question in both languages."""
    text = (
        WELSH_FIRST
        + "\nC2 / Q2\nMae'r Cyngor yn talu am y meinciau: £310.50.\nBench repairs: £310.50.\n\nC3 / Q3\n"
        + "Mae'r gwasanaeth yn cael ei redeg gan y Cyngor.\nThe service is run by the council.\n"
    )
    kept = english_copy(text)
    assert "C2 / Q2\n" in kept and "Bench repairs: £310.50.\n" in kept and "C3 / Q3\n" in kept
    assert "Mae'r gwasanaeth" not in kept


def test_a_label_said_twice_answers_the_skipped_question() -> None:
    """Read in order, a number repeated where the next question is skipped answers that question."""
    text = (
        "Request:\n\n1. the number of depots; 2. the name of the contractor; 3. the cost\n\n"
        "Response:\n\n1.\n4 depots\n1.\nWibble Haulage Ltd\n3.\n£4,000\n"
    )
    assert [s.answer_text for s in segment(text)] == ["4 depots", "Wibble Haulage Ltd", "£4,000"]


def test_the_question_skipped_by_answers_given_together_comes_next() -> None:
    text = (
        "Dear Sir,\n\nQuestions 1, 2 and 4\nWe do not hold this information.\n\n"
        "Question 3\na) 2023/24 - The figures are on our website.\n\nb) 2024/25 - We are withholding these.\n\n"
        "Question 5\nYes.\n\nYours sincerely\n"
    )
    labels = [label_key(s.label) for s in segment(text)]
    assert labels == ["1", "2", "4", "3a", "3b", "5"]


def test_a_numbered_topic_filled_in_with_a_bare_figure_after_its_colon_answers_it() -> None:
    """ "(2) Wibble depot closures in 2024: 7" is item 2 and its answer, not a question answered by the next
    paragraph; a lettered row under an open question ("a) Adults - 9") stays a row of its answer."""
    text = (
        "Dear Ms Wibble,\n\n"
        "Thank you for your request. The information is below.\n\n"
        "(1) Gritters owned\n    Wibble Council owns 12 gritters.\n\n"
        "(2) Wibble depot closures in 2024: 7\n\n"
        "(3) Salt bought in 2024/25: £41,300, of which £2,000 was for the Wibble bridge.\n\n"
        "Yours sincerely\n"
    )
    found = [(s.label, s.answer_text[-9:]) for s in segment(text)]
    assert found == [("1", "gritters."), ("2", "n 2024: 7"), ("3", "e bridge.")]


def test_a_welsh_and_english_label_side_by_side_reads_the_english_one() -> None:
    text = (
        "C1 / Q1 - Benches in the park\n12 benches.\n\n"
        "C2 / Q2 - Benches bought in 2024\nTwo benches were bought in May.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("Q1", "12 benches."),
        ("Q2", "Two benches were bought in May."),
    ]


def test_lettered_years_with_their_figures_under_a_question_answer_its_parts() -> None:
    """ "(a) 2022: 41" under "1. The number of ... in 2022 and 2023." answers 1a, not a sub-question answered by the
    next paragraph."""
    text = (
        "Your request and our response:\n\n"
        "1. The number of potholes repaired by Wibble Council in each of the years 2022 and 2023.\n\n"
        "  (a) 2022: 4,102\n  (b) 2023: 3,950\n\n"
        "2. The number of gritters you own.\n\n  12 gritters.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1a", "2022: 4,102"),
        ("1b", "2023: 3,950"),
        ("2", "12 gritters."),
    ]


def test_a_label_dash_count_followed_by_the_next_label_is_no_range() -> None:
    """ "Q2 - 9" followed by "Q3 - ..." answers Q2 with 9: a range "Q2 to 9" would cover Q3 too."""
    text = (
        "Thank you for your request. Please see our response below.\n\n"
        "Q1 - Wibble Council owns 12 gritters.\n"
        "Q2 - 9\n"
        "Q3 - We do not hold this information.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)][1:] == [
        ("Q2", "9"),
        ("Q3", "We do not hold this information."),
    ]


def test_a_reply_opening_under_headings_after_our_response_answers_the_last_heading() -> None:
    """Under "Our response", topic headings each over their answer: "Please find attached" under the last heading
    answers it, and does not open a reply part answering every heading above it."""
    text = (
        "Information requested\nThe requester asked about Wibble Council's gritters.\n\n"
        "Our response\n\n"
        "Q1. Gritters owned\n12\n\n"
        "Q2. Salt bought in 2024\n3,100 tonnes\n\n"
        "Q3. Gritting policy\nPlease find attached a copy of our policy.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("Q1", "12"),
        ("Q2", "3,100 tonnes"),
        ("Q3", "Please find attached a copy of our policy."),
    ]


def test_a_numbered_heading_over_year_rows_is_the_question_they_answer() -> None:
    """ "1. Wibble grants" over "a) 2022/23 - 14" and "b) 2023/24 academic year: 19": the rows answer 1a and 1b."""
    text = (
        "Dear Ms Field,\n\nPlease find our response below.\n\n"
        "1. Wibble grants\na) 2022/23 - 14\nb) 2023/24 academic year: 19\n\n"
        "2. Wibble loans\na) 2022/23 - 3\nb) 2023/24 - 5\n\n"
        "3. Number of staff\nWe employ 4 staff.\n"
    )
    found = [(s.label, s.answer_text) for s in segment(text)]
    assert found[:4] == [
        ("1a", "2022/23 - 14"),
        ("1b", "2023/24 academic year: 19"),
        ("2a", "2022/23 - 3"),
        ("2b", "2023/24 - 5"),
    ]


def test_bare_rows_numbered_in_turn_are_answers() -> None:
    """ "1a 0", "1b 4", "2 12", "3 Yes", "4 £50 a day" one a line, numbered in turn: each answers its label."""
    text = "Hello,\n\nOur answers:\n\n1a 0\n1b 4\n2 12\n3 Yes\n4 £50 a day\n\nKind regards\nWibble School\n"
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1a", "0"),
        ("1b", "4"),
        ("2", "12"),
        ("3", "Yes"),
        ("4", "£50 a day"),
    ]


def test_questions_named_by_their_place_in_passing_take_the_text_between_for_those_passed_over() -> None:
    """A letter naming "your first question", "your third question", "your fourth and sixth questions" mid-sentence:
    each naming sentence answers them; the second takes the paragraph between, the fifth the one after the last
    naming; a closing paragraph after it, with no question left for it, answers none."""
    text = (
        "Dear Mr Ash,\n\nThank you for your e-mail. I have answered what I can.\n\n"
        "We own no depot, so your first question does not apply to us.\n\n"
        "The van is leased for £3,000 a year. On your third question, it is serviced in Leeds.\n\n"
        "No grit was bought, so the answer to your fourth and sixth questions is none.\n\n"
        "Our one driver works three days a week.\n\n"
        "Yours sincerely\nWibble Parish Clerk\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "We own no depot, so your first question does not apply to us."),
        ("2", "The van is leased for £3,000 a year."),
        ("3", "On your third question, it is serviced in Leeds."),
        ("4", "No grit was bought, so the answer to your fourth and sixth questions is none."),
        ("5", "Our one driver works three days a week."),
        ("6", "No grit was bought, so the answer to your fourth and sixth questions is none."),
    ]


def test_questions_named_in_brackets_in_one_paragraph_each_take_their_sentence() -> None:
    """ "On your first question, ... (Also ...)" then "Staff (your second question) cost £9,000." and "(third
    question)": each sentence answers the question it names; the sentence after the last answers none."""
    text = (
        "Hi Sam,\n\nThanks for your request. On your first question, we hold £2m. (Also, none of it is spent.) "
        "Staff (your second question) cost £9,000. No vans are leased (third question). We have no plans to "
        "change this.\n\nBest wishes,\nWibble Trust\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "On your first question, we hold £2m. (Also, none of it is spent.)"),
        ("2", "Staff (your second question) cost £9,000."),
        ("3", "No vans are leased (third question)."),
    ]


def test_a_reported_question_goes_to_the_later_question_it_restates_in_more_words() -> None:
    """Three questions listed, then answers read together, then "You also asked about a carers' discount scheme."
    restating the third: it answers the third, not the first (which shares one word with it)."""
    text = (
        "Dear Ms Field,\n\nThank you for your letter about the carers' centre. You put three questions to us:\n\n"
        "  - What did the carers' centre cost last year?\n"
        "  - Is there a charge to use the car park?\n"
        "  - Does the council run a discount scheme for carers?\n\n"
        "In 2024 the council spent £2,400 on the centre.\n\n"
        "Parking remains free for all users.\n\n"
        "You also asked about a carers' discount scheme. The council does run such a scheme.\n\n"
        "Yours sincerely\nWibble Town Clerk\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found["3"] == "The council does run such a scheme."
    assert "£2,400" in found["1"]


def test_an_ordinal_names_the_item_in_that_place_of_a_request_lettered_in_roman() -> None:
    """Request items (i) to (iii) quoted, answered out of turn as "your first question", "your third question": the
    first is (i), the third (iii), not questions 1 and 3 of their own."""
    text = (
        "Dear Mr Ash,\n\nYour request was as follows:\n\n"
        '"(i) how many tickets were sold in 2024;\n(ii) the price of a ticket; and\n'
        '(iii) the income from the cafe."\n\n'
        "In answer to your third question, the cafe made £9,100.\n\n"
        "In answer to your first question, we sold 4,210 tickets.\n\n"
        "Yours sincerely\nWibble Museum\n"
    )
    found = {s.label: s.answer_text for s in segment(text)}
    assert found["iii"] == "In answer to your third question, the cafe made £9,100."
    assert found["i"] == "In answer to your first question, we sold 4,210 tickets."


def test_a_second_part_answering_every_question_again_pairs_its_labels_in_order() -> None:
    """A reply for two bodies, each part under its heading answering Q1 to Q3 again: both parts' answers are kept,
    with their labels repeated (the schema pairs repeated labels in order), and the heading is no answer's."""
    text = (
        "Dear Mr Lake,\n\nYour request was:\n\n1. The number of depots.\n2. The number of gritters.\n"
        "3. Whether salt is bought in bulk.\n\n"
        "PART A - WIBBLE DISTRICT\n\nQ1\nThere are 2 depots.\n\nQ2\nWe own 9 gritters.\n\nQ3\nYes.\n\n"
        "PART B - WOBBLE DISTRICT\n\nQ1\nThere is 1 depot.\n\nQ2\nWe own 4 gritters.\n\nQ3\nNo, it is bought weekly.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("Q1", "There are 2 depots."),
        ("Q2", "We own 9 gritters."),
        ("Q3", "Yes."),
        ("Q1", "There is 1 depot."),
        ("Q2", "We own 4 gritters."),
        ("Q3", "No, it is bought weekly."),
    ]


def test_bullets_giving_topic_and_answer_answer_the_questions_in_turn() -> None:
    """A reply restating no question whose text opens on bullets "- topic: answer" answers one question a bullet."""
    text = (
        "Dear Mr Lake,\n\nPlease find below our response to your request about gritting.\n\n"
        "- Gritters owned: nine, all leased.\n- Salt bought in 2024: 3,100 tonnes.\n"
        "- Depots: we run two, at Wibble and Wobble.\n"
        "- The gritting policy is attached.\n\nIf you are unhappy with this response you may ask for a review.\n"
    )
    assert [(s.label, s.answer_text) for s in segment(text)] == [
        ("1", "- Gritters owned: nine, all leased."),
        ("2", "- Salt bought in 2024: 3,100 tonnes."),
        ("3", "- Depots: we run two, at Wibble and Wobble."),
        ("4", "- The gritting policy is attached."),
    ]


def test_bullets_under_a_lead_in_are_one_answer() -> None:
    """ "We hold the following records:" over its bullets: one answer, not an answer a bullet."""
    text = (
        "Dear Mr Lake,\n\nThank you for your request.\n\nWe hold the following records:\n"
        "- Route maps: 2024 edition.\n- Salt orders: one a month.\n- Crew rotas: weekly sheets.\n\n"
        "If you are unhappy with this response you may ask for a review.\n"
    )
    assert [s.label for s in segment(text)] == ["1"]


def test_an_a_marker_under_a_numbered_q_is_the_answer_not_a_part() -> None:
    """ "Q2. The number of gritters." then "A. The council is unable to say ...": the answer's marker, not part 2a."""
    text = (
        "Dear Mr Lake,\n\nI have set out each question below with our response.\n\n"
        "Q1. The number of depots.\nA. 2.\n\n"
        "Q2. The number of gritters.\nA. The Council is unable to provide this within the cost limit.\n\n"
        "Q3. The parts bought: (a) salt and (b) grit.\nA. The salt bought in 2024 was 3,100 tonnes.\n"
    )
    assert [s.label for s in segment(text)][:2] == ["Q1", "Q2"]


# --- round 87: questions named together in a bracket, over one shared answer


def test_questions_named_together_in_a_reported_request_are_each_answered() -> None:
    text = (
        "Dear Mr Jones,\n\nThank you for your request, in which you asked for the number of depots, the rent paid on "
        "them, and the number of vans we own (your questions 1 to 5).\n\n"
        "The council does not hold any of this information, as the depots are run by the county council.\n\n"
        "Regards,\nSam\n"
    )
    found = segment(text)
    assert [s.label for s in found] == ["1", "2", "3", "4", "5"]
    assert all(s.answer_text.startswith("The council does not hold any of this information") for s in found)
