"""Answer classification and whole-reply answer extraction (texts written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foitrack.extract.answers import (
    NUMBER_RE,
    _is_mixed,
    _unit,
    _unwrapped,
    answer_value,
    classify_answer,
    extract_answers,
    is_yes_no_question,
)
from foitrack.models import ANSWER_CLASSES
from foitrack.text.labels import label_key

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

CLASSES: list[tuple[str, str, str, str | None]] = [
    ("Do you have a cycling officer?", "Yes, since 2019.", "yes", None),
    ("Is the depot open at weekends?", "No not at present.", "no", None),
    ("Does the council run a night bus?", "[x] No", "no", None),
    ("Does the plan mention air quality?", "There is a section on air quality on page 12 of the plan.", "yes", None),
    ("Are the bins collected weekly?", "The bins are not collected weekly.", "no", None),
    ("Is training open to all staff?", "Some courses are open to everyone, others are for managers.", "provided", None),
    ("How much was spent on road salt?", "£48,250 in 2023/24.", "provided", "48250"),
    ("How many wardens are employed?", "Seven wardens are employed.", "provided", "7"),
    ("What budget is allocated to graffiti removal?", "None", "none", None),
    ("How many complaints were upheld?", "Zero.", "none", None),
    ("What funding is given to the scheme?", "There is no dedicated funding for this scheme.", "none", None),
    ("How many reports were made?", "0", "none", None),
    ("How many depots closed in 2023?", "No depots closed.", "none", None),
    ("How many depots closed in 2023?", "No, never.", "no", None),
    ("What did the survey cost?", "The council does not hold this information.", "not_held", None),
    ("How many visits were logged?", "No recorded information is held on visits.", "not_held", None),
    ("How much was paid?", "Information not held.", "not_held", None),
    (
        "How many staff hold keys?",
        "This information is exempt under section 31(1)(a) as it would prejudice crime prevention.",
        "refused",
        None,
    ),
    (
        "Please list all cases.",
        "Compliance would exceed the appropriate cost limit of 18 hours, so section 12 applies.",
        "refused",
        None,
    ),
    ("Which officers attended?", "We can neither confirm nor deny whether this information is held.", "refused", None),
    ("What was the figure each year?", "| <5* | <5* |", "refused", None),
    ("If relevant, which team leads?", "Not applicable", "not_applicable", None),
    ("What is the grade of the post?", "N/A", "not_applicable", None),
    ("Please list the reports.", "Please see the attached spreadsheet.", "provided", None),
    ("Who manages the contract?", "The contract is managed by the highways team.", "provided", None),
    (
        "How many were refunded?",
        "We do not hold a complete record before 2019, but the figures we have are:\n2020 - 14\n2021 - 22\n2022 - 19",
        "provided",
        None,
    ),
    # a yes or no stated as the conclusion outweighs the first sentence's denial
    (
        "Do you close a case when the tenant stops replying?",
        "We have no formal closure rule. However, after three unanswered letters the file is archived. "
        "So in effect yes, cases are closed this way.",
        "yes",
        None,
    ),
    ("", "The depot has no night shift, so the answer is no. Staff are on call.", "no", None),
    # a denial of most of the thing is not a none: the figure after it answers
    (
        "",
        "Most of the hall is used by our own staff, so we do not charge for most of it. "
        "Outside lettings brought in £2,310 in 2024.",
        "provided",
        "2310",
    ),
    ("How long is the waiting list?", "There is currently no waiting list.", "none", None),
    # a year naming the period of what is attached is no key figure where a sum follows; asked when, it is
    (
        "Please give the hall's income in 2024/25.",
        "The attached sheet shows the income for each month of 2024/25. The total was £8,120.",
        "provided",
        "8120",
    ),
    ("When was the hall last let?", "It was let in 2024. The fee was £90.", "provided", "2024"),
]


@pytest.mark.parametrize(("question", "answer", "kind", "value"), CLASSES)
def test_classify_answer(question: str, answer: str, kind: str, value: str | None) -> None:
    got_kind, got_value = classify_answer(question, answer)
    assert got_kind == kind
    if value is not None:
        assert got_value == value


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do you employ a dog warden?", True),
        ("Please confirm whether the council owns the car park.", True),
        ("Could you tell me how many wardens you employ?", False),
        ("How many wardens do you employ?", False),
        ("If so, what grade are they?", False),
    ],
)
def test_is_yes_no_question(question: str, expected: bool) -> None:
    assert is_yes_no_question(question) is expected


def _classes(text: str) -> list[tuple[str, str]]:
    return [(a.label, a.answer) for a in extract_answers(text)]


EXTRACT_LAYOUTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "shared-answer-section-21-link-is-refused",
        "Question 1. How many permits were issued?\nQuestion 2. What was the average fee?\n\nQuestions 1 and 2\n\n"
        "Both figures are published in our annual licensing report. The figures for 2020 to 2024 can be found at:\n"
        "https://www.example.gov.uk/licensing-report\n"
        "As the information is already published, section 21 applies to question 1. For question 2 please see "
        "our answer to question 1.\nSection 21 is an absolute exemption.\n",
        [("Question 1", "refused"), ("Question 2", "refused")],
    ),
    (
        "interleaved-with-follow-on-question",
        "Q1. Do you have a lead officer for rough sleeping?\nNo.\n"
        "Q2. If relevant, which team is the lead officer in?\nNot applicable\n",
        [("Q1", "no"), ("Q2", "not_applicable")],
    ),
    (
        "several-questions-one-answer",
        "1. Do you run a rent deposit scheme?\n2. If so, how many deposits were paid?\n"
        "Response\n1-2. There is no rent deposit scheme.\n",
        [("1", "no"), ("2", "not_applicable")],
    ),
    (
        "several-questions-one-answer-that-gives-a-figure-first",
        "1. How many permits were issued in 2024?\n2. Has any permit been revoked?\nResponse\n"
        "We issued 412 permits in 2024, and as to your second question, the answer is no.\n",
        [("1", "provided"), ("2", "no")],
    ),
    (
        "see-answer-above-keeps-the-refusal",
        "(a) How many children were placed out of area?\n"
        "This figure is withheld under section 40(2) as the numbers are small.\n"
        "(b) How many of them were under five?\nPlease see response to (a) above.\n",
        [("a", "refused"), ("b", "refused")],
    ),
    (
        "pointer-takes-the-class-it-points-to",
        "1. How many wardens were employed in 2023?\nWe employed 12 wardens.\n"
        "2. How many wardens were employed in 2024?\nSee our answer to question 1.\n",
        [("1", "provided"), ("2", "provided")],
    ),
    (
        "explanation-then-a-denial-answers-no",
        "1. Does the council have a dedicated graffiti officer?\n"
        "Graffiti is handled by the street cleansing team. The council does not employ a dedicated officer.\n",
        [("1", "no")],
    ),
    (
        "request-block-generic-refusal",
        "1. How many arrests were made for metal theft?\n2. How many charges followed?\n"
        "Our Response:\nUnfortunately the cost of locating the information you requested would exceed the "
        "appropriate limit.\n",
        [("1", "refused"), ("2", "refused")],
    ),
    (
        "mixed-shared-answer-split-by-topic",
        "Please state how many licences were granted in each year.\n\n"
        "Please name each licence holder and their address.\n\nAnswer\n"
        "The number of licences granted is in the table below.\n2022 14\n2023 17\n"
        "The names and addresses of licence holders are exempt under section 40(2) as personal data.\n",
        [("1", "provided"), ("2", "refused")],
    ),
    (
        "shared-refusal-after-a-scene-setting-figure",
        "You asked for:\n1. Copies of emails about my parking fines.\n2. The training records of wardens.\n"
        "Our response\nThis is your ninth request on parking fines since 2022. We consider the request "
        "vexatious and rely on section 14(1).\n",
        [("1", "refused"), ("2", "refused")],
    ),
    (
        "a-question-named-mid-sentence-opens-its-answer",
        "1. Please provide every email sent by the parking team in 2023.\n"
        "2. How many parking fines were issued in 2023?\nResponse\n"
        "We estimate that finding every email would exceed the appropriate limit, so we refuse question 1 under "
        "section 12.\nIn answer to question 2, 41,200 fines were issued.\n",
        [("1", "refused"), ("2", "provided")],
    ),
    (
        "shared-refusal-with-a-figure-in-one-questions-words",
        "You asked:\n1. How many ferry crossings were cancelled since 2015?\n2. How many passengers were refunded?\n"
        "Our response\nWe estimate that finding the information you have requested would exceed the cost limit "
        "under section 12. We are therefore unable to comply with it. "
        "There were 312 ferry crossings cancelled since 2015.\n",
        [("1", "provided"), ("2", "refused")],
    ),
    (
        "shared-refusal-with-a-cost-figure-stays-refused",
        "You asked:\n1. All letters about parking limits on the high street since 2019.\n2. Officers' notes.\n"
        "Our response\nFinding the information you have requested would exceed the cost limit. The limit is £450, "
        "which is 18 hours of work on parking limits. We would need to read each of the 3,000 letters about parking "
        "limits. We therefore refuse your request under section 12.\n",
        [("1", "refused"), ("2", "refused")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), EXTRACT_LAYOUTS, ids=[c[0] for c in EXTRACT_LAYOUTS])
def test_extract_answers_layouts(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _classes(text) == expected


UNSEEN_PHRASINGS: list[tuple[str, str, str]] = [
    ("Who enforces parking on the high street?", "Parking enforcement is not a function of this council.", "not_held"),
    ("How many dog fouling fines were issued?", "There are no fine records held for that period.", "not_held"),
    ("How many calls were about noise?", "We are not able to answer this from our records.", "not_held"),
    ("What is the average age of the drivers?", "This isn't something we record.", "not_held"),
    ("What did the 1998 review cost?", "We have been unable to locate any information about that review.", "not_held"),
    ("Could I have a breakdown of the spend by ward?", "See the table.\nNorth 4,100\nSouth 3,900", "provided"),
    ("Is the scheme still running?", "Negative.", "no"),
    ("How many complaints were received?", "Nil.", "none"),
    ("How much was spent on agency staff in 2023?", "No spend.", "none"),
    ("Is the depot open at weekends?", "No.", "no"),
]


@pytest.mark.parametrize(("question", "answer", "kind"), UNSEEN_PHRASINGS)
def test_phrasings_from_unseen_replies(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_could_i_have_is_not_a_yes_no_question() -> None:
    assert not is_yes_no_question("Could I have a breakdown of the spend by ward?")
    assert is_yes_no_question("Could the council confirm it has a policy?")


def test_every_answer_has_a_confidence_and_a_clear_answer_is_surer() -> None:
    clear = extract_answers("1. How much was spent on salt?\nNot held.\n")[0]
    vague = extract_answers(
        "1. Does the council have a winter plan?\nThe plan is reviewed by the highways board each autumn, "
        "which looks at the routes, and it was last reviewed in 2023. Routes are listed on the map.\n"
    )[0]
    assert clear.confidence is not None and vague.confidence is not None
    assert 0.0 <= vague.confidence < clear.confidence <= 1.0


def test_answer_carries_quote_span_and_question_span() -> None:
    text = "1. How much was spent on grass cutting?\nWe spent £91,300 in 2023.\n"
    [answer] = extract_answers(text)
    assert answer.value == "91300"
    assert answer.span is not None and text[answer.span.start : answer.span.end] == answer.quote
    assert answer.question_span is not None and answer.question.startswith("How much")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_answers_never_raises(text: str) -> None:
    for answer in extract_answers(text):
        assert answer.answer in ANSWER_CLASSES


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_dev_corpus_answer_accuracy_stays_high() -> None:
    from foitrack.normalize import normalise

    gold_total = correct = 0
    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalise(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8"))
        predicted = [a.answer for a in extract_answers(text)]
        expected = [a["answer"] for a in gold.get("answers", [])]
        gold_total += len(expected)
        correct += sum(p == e for p, e in zip(predicted, expected, strict=False))
    assert gold_total and correct / gold_total > 0.7


def test_answer_markers_and_empty_answers() -> None:
    assert classify_answer("Do you pay service credits?", "Our answer: No, none were paid.")[0] == "no"
    assert classify_answer("Do you pay service credits?", "?")[0] != "yes"


def test_a_refusal_under_a_named_provision_outweighs_a_scene_setting_first_sentence() -> None:
    answer = (
        "A search of the team mailboxes found over 6,000 emails. Reviewing them would be a heavy burden, "
        "so this part of the request is manifestly unreasonable under regulation 12(4)(b)."
    )
    assert classify_answer("Please provide all emails about the depot.", answer)[0] == "refused"
    handed_over = (
        "We hold 6,000 emails. The list of senders is attached; names of junior staff are withheld under section 40(2)."
    )
    assert classify_answer("Please provide the senders.", handed_over)[0] == "provided"
    breakdown = (
        "Slips - 14; trips - 9; other causes - fewer than five. Numbers below five are withheld under "
        "section 40(2) as the people could be identified."
    )
    assert classify_answer("Please give a breakdown of falls by cause.", breakdown)[0] == "provided"


def test_a_list_of_answers_after_an_introduction_pairs_in_order() -> None:
    text = (
        "You asked:\n"
        "- How many calls did you attend in 2023?\n"
        "- Do you charge for repeated false alarms?\n"
        "- How much did the charges raise?\n"
        "Our response is as follows:\n"
        "- 4,210 calls were attended.\n"
        "- No, we do not charge.\n"
        "- Not applicable.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["provided", "no", "not_applicable"]


def test_a_your_question_prefix_does_not_hide_a_yes_no_question() -> None:
    assert is_yes_no_question("Your question: Has the Trust applied any penalties?")


def test_a_sentence_wrapped_over_two_lines_is_read_whole() -> None:
    text = (
        "1. How much was spent on bus shelters?\n"
        "Having searched its files, the council does not\nhold this information.\n"
    )
    [answer] = extract_answers(text)
    assert answer.answer == "not_held"
    assert answer.quote == "Having searched its files, the council does not\nhold this information."
    assert answer.span is not None and text[answer.span.start : answer.span.end] == answer.quote


ROUND_TWO_READINGS: list[tuple[str, str, str]] = [
    # negative contractions read as the words they stand for
    ("How many grit bins are there?", "There isn't a register of grit bins.", "none"),
    ("What is the average wait?", "The trust doesn't routinely record waits.", "not_held"),
    ("What did the mural cost?", "The council hasn't got the figures.", "not_held"),
    # nothing planned, nothing known of
    ("Does the council plan to buy drones?", "At present we have no plans to buy any drones.", "no"),
    ("What is spent on drones?", "We are not aware of any spending on drones.", "none"),
    # "nothing, except ..." with the exception's figure provides it
    ("What was spent on taxis?", "No taxi spend in 2022 other than £312 for one journey.", "provided"),
    # another body holds it
    ("How many bus stops were moved?", "Bus stops are the responsibility of the county council.", "not_held"),
    ("How many trees were felled?", "The council holds no information within the scope of the request.", "not_held"),
    ("How many trees were felled?", "We hold no data because there were no fellings.", "none"),
    # a pointer by question number
    ("If so, how many?", "Please refer to question 2.", "not_applicable"),
    ("How much was spent?", "£0.00", "none"),
    # a yes/no question that also asks for detail in one sentence is not answered yes by a hand-over
    ("Is there a fleet policy and if so could you send a copy?", "Please find the policy attached.", "provided"),
    # a yes to a request for information hands it over (SCHEMA: never yes)
    ("Please send a copy of the fleet policy.", "Yes, attached.", "provided"),
    ("Could I have the list of depots?", "Yes - North, South and Central.", "provided"),
]


@pytest.mark.parametrize(("question", "answer", "kind"), ROUND_TWO_READINGS)
def test_round_two_readings(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_contact_lines_after_a_sign_off_are_not_a_table() -> None:
    answer = (
        "Having searched its records the council does not hold the information.\n"
        "This concludes our response.\n"
        "Telephone: 01234 567 890\n"
        "8 Market Street, Anytown, AB1 2CD\n"
        "4 5678\n"
    )
    assert classify_answer("How much was spent on signs?", answer)[0] == "not_held"


def test_a_table_after_a_partly_not_held_sentence_gives_its_first_figure_not_a_section_number() -> None:
    answer = (
        "Figures before 2019 are not held, so this is a refusal notice under section 17.1 of the Act.\n"
        "Year  Referrals\n2019  112\n2020  98\n2021  131"
    )
    assert classify_answer("How many referrals were made each year?", answer) == ("provided", "112")


def test_not_held_with_figures_offered_instead_is_provided() -> None:
    answer = (
        "We do not routinely record this. However we have been able to provide the totals for two years.\n"
        "2022 - 41\n2023 - 38"
    )
    assert classify_answer("How many school crossings were staffed?", answer)[0] == "provided"


def test_a_pointer_to_a_later_answer_takes_its_class() -> None:
    text = (
        "1. How many wardens patrol the park?\n"
        "Please see our answer to question 2.\n"
        "2. How many wardens patrol the river path?\n"
        "This information is not held.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["not_held", "not_held"]


def test_a_pointer_into_a_part_whose_numbering_restarts_takes_that_parts_answer() -> None:
    text = (
        "Part A - Parks\n"
        "1. Which contractors cut the grass?\nGreenway Ltd and Mowright Ltd.\n"
        "2. What did they cost?\n£84,000.\n"
        "Part B - Verges\n"
        "1. Does the council cut verges itself?\nNo.\n"
        "2. Please name the contractors used for verges.\n"
        "Please see our answer to Part A, question 1; the same firms cut the verges.\n"
    )
    found = [(a.label, a.answer) for a in extract_answers(text)]
    assert found == [("1", "provided"), ("2", "provided"), ("1", "no"), ("2", "provided")]


def test_a_whole_request_refusal_with_figures_per_question_line_answers_each_once() -> None:
    text = (
        "You asked:\n1. The number of parking fines issued each year.\n2. The income from parking fines.\n"
        "3. The number of fines cancelled on appeal, by street.\n\n"
        "Answering question 3 would exceed the appropriate limit, so we refuse your request under section 12.\n"
        "However, to assist you we can provide:\n"
        "Question 1 - Fines issued: 2022: 4,120; 2023: 4,388.\n"
        "Question 2 - Income: 2022: £141,000; 2023: £152,500.\n"
    )
    found = sorted((label_key(a.label), a.answer) for a in extract_answers(text))
    assert found == [("1", "provided"), ("2", "provided"), ("3", "refused")]


def test_a_reply_opening_with_a_whole_refusal_refuses_every_listed_question() -> None:
    text = (
        "Request\n\nI refer to my earlier letters and now ask for:\n\n"
        "- all letters to the Wibble Parish clerk since 2022\n- the minutes of the May meeting of the planning board\n"
        "- the number of complaints about the car park\n\nResponse\n\n"
        "Wibble Council has decided to refuse this request under section 14(1) of the Freedom of Information Act "
        "2000, as we consider it vexatious.\n\n"
        "Since 2023 we have received 17 requests from you on this subject.\n\n"
        "We have weighed the value of the request against the burden of answering it.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused"] * 3


NOT_HELD_WITHOUT_STOCK_WORDS = [
    "Our case records do not show the reason for each call.",
    "A search of the files found nothing relevant.",
    "No relevant information was located.",
    "There is no requirement for us to record this.",
    "Such visits cannot be identified from our booking system.",
    "Data unavailable.",
    "The council is not the authority responsible for taxis; the county council may hold this information.",
]


@pytest.mark.parametrize("answer", NOT_HELD_WITHOUT_STOCK_WORDS)
def test_not_held_without_the_stock_words(answer: str) -> None:
    assert classify_answer("How many calls were about stray dogs?", answer)[0] == "not_held"


def test_not_held_words_in_a_cost_limit_sentence_are_a_refusal() -> None:
    answer = (
        "The reasons cannot be extracted from our system without reading every file, which would exceed the cost limit."
    )
    assert classify_answer("Why were the calls made?", answer)[0] == "refused"


def test_pointing_the_reader_to_a_team_is_not_a_not_held() -> None:
    answer = "The scheme is run by the housing team. You may wish to contact them for further details."
    assert classify_answer("Who runs the scheme?", answer)[0] == "provided"
    assert classify_answer("How long are files kept?", "The council will hold the files until 2030.")[0] == "provided"


MIXED_SENTENCES = [
    "We do not hold this information.",
    "There were 14 incidents.",
    "The depot opened in the spring.",
    "Yes.",
    "Please find attached the policy.",
    "The information is exempt under section 40(2).",
    "Staff are trained each year.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MIXED_SENTENCES), max_size=6), st.booleans())
def test_mixed_looks_for_figures_only_where_they_decide(units: list[str], yes_no: bool) -> None:
    """_is_mixed skips figures that cannot make a second class: the same answer as counting every sentence's class."""
    every_class = {_unit(unit, yes_no).kind for unit in units} - {None}
    assert _is_mixed(units, yes_no) == (len(every_class) > 1)


@pytest.mark.parametrize(
    ("question", "quote", "value"),
    [
        ("Who supplies the charging points?", "Ashvale Energy Ltd holds the contract.", None),
        ("How many charging points are there?", "In total 92 records were searched.", "92"),
    ],
)
def test_a_later_figure_answers_only_a_question_that_asks_for_one(question: str, quote: str, value: str | None) -> None:
    text = f"1. {question}\nAshvale Energy Ltd holds the contract. In total 92 records were searched.\n"
    [answer] = extract_answers(text)
    assert (answer.answer, answer.quote, answer.value) == ("provided", quote, value)


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "Do all depots have a wash bay?",
            "Most depots have one, but two older ones do not. The answer is therefore no.",
            "no",
        ),
        (
            "Does the trust weigh its food waste?",
            "Waste goes into one shared bin, so we do not weigh it separately.",
            "no",
        ),
        (
            "",
            "Three of our nurses tried the app last winter. It is now open to every clinician, so yes, we use it.",
            "yes",
        ),
        ("Do you use the app?", "Yes. Three nurses tried it first, so we do not need a trial now.", "yes"),
        ("How many nurses use the app?", "Three nurses tried it, so yes, it is in use.", "provided"),
        # a stated yes outweighs a first sentence read as not held; a stated no does not
        (
            "Has the unspent grant been reallocated?",
            "The council does not keep unspent grant in a separate reserve. However, yes, all of it was reallocated.",
            "yes",
        ),
    ],
)
def test_a_yes_or_no_stated_as_a_conclusion_decides(question: str, answer: str, kind: str) -> None:
    # only a yes/no question (or one not found) whose first sentence holds no yes or no takes the conclusion
    assert classify_answer(question, answer)[0] == kind


def test_a_question_offering_alternatives_is_answered_by_naming_one() -> None:
    assert not is_yes_no_question("Is the cleaning done in-house or by an outside firm?")
    assert (
        classify_answer("Are meals cooked on site, bought in, or a mix of both?", "Mostly bought in.")[0] == "provided"
    )
    assert is_yes_no_question("Does the council have a policy or a strategy on this?")


def test_a_refusal_on_cost_outweighs_a_not_held_first_sentence_and_a_default_yes() -> None:
    answer = (
        "Complaints are kept as free text and there is no field that marks those about buses. Reading every "
        "entry would take 90 hours, which would exceed the appropriate limit, so section 12 applies."
    )
    assert classify_answer("How many complaints were about buses?", answer)[0] == "refused"
    assert classify_answer("Does the council log complaints about buses?", f"We log all complaints. {answer}")[0] == (
        "refused"
    )
    advice = "We do not hold a total. A request for one ward we may be able to answer within the cost limit."
    assert classify_answer("How many complaints were about buses?", advice)[0] == "not_held"


def test_a_line_ending_on_a_word_no_sentence_ends_with_runs_on_but_not_a_longer_word_holding_it() -> None:
    assert _unwrapped("Costs totalled\n£3,450.") == ["Costs totalled\n£3,450."]
    assert _unwrapped("The figures were retotalled\nLater.") == ["The figures were retotalled", "Later."]


INTERNAL_REVIEW_READINGS = [
    # the review sets the original answer aside: what follows is the answer
    (
        "How many bins were replaced in 2024?",
        "Original answer: This was not held.\nReview: I do not agree with this answer. The depot log shows that "
        "412 bins were replaced in 2024.",
        "provided",
    ),
    (
        "What did the council pay the contractor?",
        "The earlier reply said the council held no figure. That was incorrect: we paid £18,250 in 2023/24.",
        "provided",
    ),
    # the review upholds the original answer: the original answer, its "Original answer:" marker read off, stands
    ("Has the car park ever closed for flooding?", "Original answer: No.\nReview: Upheld.", "no"),
    (
        "Has the car park ever closed for flooding?",
        "Original response: Not held.\nReview decision: I disagree with the original response. It closed twice.",
        "yes",
    ),
    ("How many bins were replaced in 2024?", "Original answer: Not held.\nReview: The answer is upheld.", "not_held"),
]


@pytest.mark.parametrize(("question", "answer", "kind"), INTERNAL_REVIEW_READINGS)
def test_an_internal_review_answer_reads_as_the_review_leaves_it(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


QUALIFIED_NOTHING = [
    # a count, then "none of which ..." of a narrower kind: the count answers
    (
        "How many complaints were made about the market?",
        "Nine were made in 2024; none of them were upheld.",
        "provided",
    ),
    # "no X in most cases", then a figure for the other cases
    (
        "What does a replacement key cost?",
        "In most cases there is no charge. Where a key is lost twice, the fee is £15.",
        "provided",
    ),
    # a yes/no answer, then a side remark that a quantity is not held
    (
        "Do staff get a parking permit?",
        "Staff at the main site can apply for a permit. We do not hold a figure for how many have applied.",
        "yes",
    ),
    # the break-down of a figure given before a refusal of one part of it
    (
        "How many officers are in each team?",
        "There are 40 officers. The breakdown for the teams is below:\nTraffic unit 12\nDog unit 9\n"
        "The number in the armed unit is withheld under section 31.",
        "provided",
    ),
]


@pytest.mark.parametrize(("question", "answer", "kind"), QUALIFIED_NOTHING)
def test_nothing_qualified_by_what_is_given_is_not_none(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


WORDS_THAT_ARE_NOT_THE_CLASS = [
    # one year refused as published elsewhere, the other year handed over: something is given (SCHEMA hard cases)
    (
        "Please list the grants awarded in 2022/23 and 2023/24.",
        "The grants for 2022/23 are published on our website, so section 21 applies.\n"
        "The 2023/24 grants are listed in the attached spreadsheet.",
        "provided",
    ),
    # a refusal to a person is what the question asks about, not a refusal of the request
    (
        "Has any tenant been refused a parking bay?",
        "On whether any tenant has been refused a bay, the answer is no.",
        "no",
    ),
    # "no charge where ..." says when the charge is waived
    ("When is the fee waived?", "There is no charge when the holder is registered blind.", "provided"),
    # a sum given, then a detail not held
    ("How much did the scheme earn?", "Income was £3,400, but we do not record the cost of running it.", "provided"),
]


@pytest.mark.parametrize(("question", "answer", "kind"), WORDS_THAT_ARE_NOT_THE_CLASS)
def test_class_words_read_in_their_context(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_a_paragraph_ending_in_a_colon_is_not_an_introduction_to_answers_in_order() -> None:
    # issue 10 (round 13): a section 25 (FOISA) refusal whose paragraph ends "published at:" and a link
    text = (
        "You asked:\n"
        "1. How many fines were issued in 2023?\n"
        "2. How many fines were paid?\n"
        "Response\n"
        "Questions 1 and 2\n"
        "These figures are exempt under section 25(1) of FOISA. They are published each year by the regulator at:\n"
        "https://www.example.org/fines\n"
        "As the information is otherwise accessible to you, we are not required to provide it.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused", "refused"]


THIRTEENTH_ROUND_READINGS = [
    # a part of the cost given after the full cost is not held
    (
        "What were the council's legal costs of the tribunal hearings?",
        "Staff time is not recorded against individual hearings, so we cannot give a full cost. "
        "The only external cost was a barrister's fee of £2,100.",
        "provided",
    ),
    # none of one thing, a count in words of the other the question asks about
    (
        "How many bikes were stolen or vandalised at the station in 2024?",
        "No bikes were stolen from the station in 2024. Three bikes were vandalised and have since been repaired.",
        "provided",
    ),
    # ... but "the three bikes" points back at a count given elsewhere: it is not a count of this
    (
        "How many of the bikes in question 2 were recovered?",
        "None. The three bikes referred to in question 2 were written off by the insurer.",
        "none",
    ),
    # one row of a table withheld, the other rows given
    (
        "Which cleaning contractors do you use and what is the annual value of each contract?",
        "Contractor          Sites    Annual value\n"
        "Brightway Ltd       12       Withheld - see below\n"
        "Shine Services      4        £41,200\n"
        "The value of the Brightway contract is exempt under section 43(2).",
        "provided",
    ),
    # all withheld as published elsewhere, pointing to the website: refused (SCHEMA section 21 hard case)
    (
        "What was the clerk's salary in 2023/24?",
        "All of the information you asked for is already published, so section 21 applies. "
        "The accounts can be found on our website at https://www.example.org/accounts",
        "refused",
    ),
    # a refusal notice that names another part does not refuse this one
    (
        "How much was paid in compensation in 2024?",
        "We do not hold the staff costs. The only external cost was a settlement of £4,000.\n"
        "This letter is a refusal notice under section 17 in respect of part (c).",
        "provided",
    ),
    # a yes stated as "this is a yes"
    (
        "Has the council received any grant for the scheme? If yes, how much?",
        "The scheme is run with a regional partner. This is a yes: the council has received £80,000 to date.",
        "yes",
    ),
    # a yes to a yes/no question that goes on to ask for detail stays a yes, whatever it hands over
    (
        "Does the board have a recruitment strategy? If so, please send a copy.",
        "Yes. It was adopted in March. A copy is attached to this email.",
        "yes",
    ),
    (
        "Does the board pay a retention bonus? If so, please state the amount.",
        "Yes. A bonus of £1,500 is paid after two years.",
        "yes",
    ),
]


@pytest.mark.parametrize(("question", "answer", "kind"), THIRTEENTH_ROUND_READINGS)
def test_thirteenth_round_readings(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_a_request_the_body_cannot_comply_with_is_refused_for_every_question() -> None:
    text = (
        "You asked:\n"
        "a) the address of every call-out in 2023;\n"
        "b) for each call-out, the time the crew arrived.\n"
        "We are unable to comply with your request, as it would exceed the cost limit under section 12.\n"
        "We attended 41,000 call-outs in 2023, and the arrival time is held in a separate system. "
        "We have considered whether we could provide part of the information within the limit.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused", "refused"]


# Round 14 (issue 10): the general forms of the misses of a new blind set, in our own words
FOURTEENTH_ROUND_READINGS = [
    # a yes/no question that goes on "and how much" in the same sentence is answered by the figure
    (
        "Whether a charge is made for a parking permit, and how much",
        "A charge of £25.00 applies to most permits.",
        "provided",
    ),
    # a yes/no question asked on a condition that sets the case, answered with a verdict after the context
    (
        "If a tenant's boiler fails at a weekend, is the tenant charged for the call-out?",
        "Engineers attend within four hours. The repair is part of the tenancy, so no - the tenant pays nothing.",
        "no",
    ),
    # after a first sentence that only gives a figure, a denial in the question's own words decides the yes/no
    (
        "Are there plans to close any branch libraries?",
        "Two branch libraries were refurbished in 2022. There are no plans to close any branch libraries.",
        "no",
    ),
    # ... but a denial of something else does not turn what the figure said
    (
        "Does the council run a warden scheme?",
        "The scheme has 14 wardens. There is no charge to residents.",
        "yes",
    ),
    # nothing of a narrower cost, then a sum spent after all: the sum answers a cost question
    (
        "How much has the council spent on the tribunal case, including any costs awarded against it?",
        "No costs were awarded against the council. We did, however, spend £1,800 on a barrister.",
        "provided",
    ),
    # a refusal notice whose stated ground is that the information is not held is no refusal
    (
        "Please provide the budget for the scheme.",
        "There is no separate budget for the scheme. This letter is a refusal notice under section 17 because, "
        "under section 1(1)(a), this information is not held.",
        "none",
    ),
    # a closing refusal notice for whichever parts were withheld does not refuse the figure given
    (
        "What is the annual cost of the booking system?",
        "The licence costs £12,400 a year. This letter is a refusal notice under section 17 for those parts "
        "of your request that have been withheld.",
        "provided",
    ),
    # a figure never worked out is not held; "there is no record of" is not held
    ("What is the average cost of a call-out?", "Costs vary by job, so no average has been calculated.", "not_held"),
    (
        "What did the tests cost?",
        "Tests are billed within a wider contract, and there is no record of their cost.",
        "not_held",
    ),
]


@pytest.mark.parametrize(("question", "answer", "kind"), FOURTEENTH_ROUND_READINGS)
def test_fourteenth_round_readings(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_a_sum_in_the_questions_words_answers_it_in_a_shared_answer_that_also_refuses() -> None:
    text = (
        "Your request was:\n\n"
        '"Please tell me:\n'
        "- how many rough sleepers the council placed in hotels in 2024;\n"
        "- the names of the hotels used;\n"
        '- how much the council spent on hotel rooms for rough sleepers in 2024."\n\n'
        "I can now respond as follows.\n\n"
        "Placements are logged in our housing system. The council placed 52 people in hotels in 2024.\n\n"
        "We have decided to withhold the names. The information is therefore exempt under section 40(2).\n\n"
        "In 2024 the council spent a total of £61,300 on hotel rooms for rough sleepers. This is the gross cost.\n"
    )
    last = extract_answers(text)[-1]
    assert (last.question.startswith("how much"), last.answer) == (True, "provided")


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        # a pointer followed by the answer's own words that nothing is given: those words decide, not the pointer
        (
            "Please provide the number of appeals about parking permits.",
            "See our answer to question 2 on permit prices. Appeals are filed with all other appeals and cannot "
            "be told apart, so we do not hold this.",
            "not_held",
        ),
        (
            "How much was received in hire fees?",
            "As above, the costs cover the cleaning; we do not charge clubs a hire fee. No hire fees were received.",
            "none",
        ),
        # a pointer followed only by detail keeps the class of the answer it points to
        (
            "How many bins were replaced?",
            "See our answer to question 2. This includes garden waste bins.",
            "not_applicable",
        ),
        # a question that asks yes/no and then for detail, affirmed in its own words: yes, unless a later sentence
        # denies or says it is not held
        (
            "Has the council hired extra gritters in the last two winters? If so, please give the cost.",
            "The council hired extra gritters once, in the winter of 2023/24. The hire cost was £9,100.",
            "yes",
        ),
        (
            "Has any council data been entered into such tools? If so, how many times?",
            "Council policy bars staff from putting council data into such tools. Breaches are logged by type, "
            "not by tool, so we do not hold this.",
            "not_held",
        ),
    ],
)
def test_sixteenth_round_pointers_and_restated_yes(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_a_later_sum_in_the_questions_words_after_a_narrower_none_is_provided() -> None:
    # "charge" and "charges" are one word to the matching
    question = "How much did the council make in cancellation or late-release charges in that year?"
    answer = (
        "The council does not charge a separate cancellation fee. A handling charge of £20 is made per late "
        "release. Handling charges came to £2,140 in total."
    )
    assert classify_answer(question, answer)[0] == "provided"


def test_a_cost_refusal_that_applies_to_a_range_of_questions_refuses_each() -> None:
    # issue 10, round 18: the shared answer's not-held opening and the figures that cost the work set the scene
    text = (
        "1) How many parcels were lost in 2024?\n2) How many of those were insured?\n\n"
        "Questions 1 and 2\n"
        "The depot does not log lost parcels in a field we can search. In 2024 the depot handled over 80,000 "
        "parcels. Checking each delivery note by hand would take more than 1,300 hours, well beyond the 18 hour "
        "limit. This applies to questions 1 to 2.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused", "refused"]


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("Have any visitors been hurt at the lido?", "yes", "9"),
        ("How many visitors were hurt at the lido?", "provided", "9"),
    ],
)
def test_a_denial_narrowed_beyond_the_question_then_a_count_answers_it(
    question: str, kind: str, value: str | None
) -> None:
    answer = (
        "Staff keep an incident log. There were no injuries involving the diving boards. Minor cuts are also "
        "logged; there were 9 of these last summer."
    )
    assert classify_answer(question, answer) == (kind, value)


def test_a_denial_narrowed_by_the_questions_own_words_stays_a_denial() -> None:
    answer = "There were no injuries involving the diving boards. We checked 300 log entries."
    assert classify_answer("How many injuries involving the diving boards were there?", answer)[0] == "none"


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "How much did you spend on leisure centres?",
            "The council does not run any leisure centres directly. Its grant to the trust that runs them was £80,000.",
            ("provided", "80000"),
        ),
        (
            "How much is spent on leisure centres run directly by the council?",
            "The council does not run any leisure centres directly. Its grant to the trust that runs them was £80,000.",
            ("none", None),
        ),
        (
            "",
            "Members do not receive a travel allowance. The chair receives an allowance of £900.",
            ("provided", "900"),
        ),
        (
            "What travel allowance do members receive?",
            "Members do not receive a travel allowance. The chair receives an allowance of £900.",
            ("none", None),
        ),
    ],
)
def test_a_denial_of_the_direct_part_or_of_one_kind_then_a_figure_answers(
    question: str, answer: str, expected: tuple[str, str | None]
) -> None:
    # the denial leaves what others run, or other kinds of the thing, unless the question asks for just that
    assert classify_answer(question, answer) == expected


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "How many fines were issued in 2024?",
            "Twelve fines were issued in 2024.\nThis letter is a refusal notice for the data withheld at question 2.",
            "provided",
        ),
        (
            "What is the budget for litter picking?",
            "There is no separate budget for this work.\nPlease treat this as a refusal notice for Q3 and Q4.",
            "none",
        ),
    ],
)
def test_a_later_refusal_naming_other_questions_does_not_decide(question: str, answer: str, kind: str) -> None:
    # a refusal notice closing the letter, appended to the last answer, is about the questions it names
    assert classify_answer(question, answer)[0] == kind


def test_a_refusal_naming_other_parts_does_not_refuse_this_one() -> None:
    # the refusal names the parts it withholds; the answer whose label it leaves out is read without it
    reply = (
        "Dear Sir,\n\n"
        "You asked: (a) How many trees were felled in 2024?\n\n"
        "Our response: We withhold this under section 38 (health and safety).\n\n"
        "You asked: (b) How much did the council spend on new trees in 2024?\n\n"
        "Our response: The council spent £12,400 on new trees in 2024. "
        "It withheld part (a) under section 38 of the Act.\n\n"
        "You asked: (c) How much was spent on pruning in 2024?\n\n"
        "Our response: The figure is withheld in respect of part (c) under section 43(2).\n\n"
        "Yours faithfully,\nTree Officer\n"
    )
    kinds = {label_key(a.label): a.answer for a in extract_answers(reply)}
    assert kinds == {"a": "refused", "b": "provided", "c": "refused"}


def test_a_refusal_clause_naming_other_parts_does_not_refuse_a_part_another_clause_answers() -> None:
    # "parts (1) to (3) are answered; parts (4) and (5) are refused": only the refusing clause's parts are refused
    reply = (
        "Dear Sir,\n\nYou asked:\n\n(1) How many bins were emptied in 2024?\n(2) How many bins were replaced?\n"
        "(3) The names of the crews.\n\n"
        "We hold all of it. Parts (1) and (2) are answered below; part (3) is refused under section 40(2).\n\n"
        "(1) 41,200 bins.\n\n(3) We withhold the names under section 40(2).\n\nYours faithfully,\nWaste Team\n"
    )
    kinds = {label_key(a.label): a.answer for a in extract_answers(reply)}
    assert kinds["2"] != "refused" and kinds["3"] == "refused"


def test_a_section_21_refusal_outweighs_a_first_sentence_saying_the_body_keeps_no_record() -> None:
    question = "How many road collisions were recorded in 2024?"
    answer = (
        "The commissioner's office keeps no record of collisions of its own. The figures are published by the "
        "Department for Transport each year. As they are reasonably accessible to you, they are exempt under "
        "section 21 of the Act."
    )
    assert classify_answer(question, answer)[0] == "refused"
    assert classify_answer(question, "The commissioner's office keeps no record of collisions.")[0] == "not_held"


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        # the list asked for is laid out; one column of it is refused: provided
        (
            "What are the council's three largest cleaning contracts, with supplier, value and end date?",
            "The three largest cleaning contracts are listed below. The values are withheld.\n"
            "Supplier          Ends\nBrightway Ltd     May 2027\nClearco           June 2026\n"
            "The value of each contract is exempt under section 43(2) of the Act.",
            "provided",
        ),
        # no central count, then the count for one part: provided
        (
            "How many parking permits were unused at 31 March 2025?",
            "The council does not hold a central record of unused permits across all zones. "
            "We can confirm that for zone A, 38 of 900 permits were unused on that date.",
            "provided",
        ),
        # a sum in a rule's condition is no figure answering: the later denial decides the yes/no question
        (
            "Does the council have a policy on the use of agency staff?",
            "Agency staff are hired under the council's procurement rules, which need a business case for any "
            "booking over £5,000. We do not have a separate standalone policy for temporary workers.",
            "no",
        ),
        # a least number a rule sets is no figure given either: the short denial after it decides
        (
            "Were any of the grants made without a competition?",
            "Every grant above £2,000 is awarded after bids from at least two groups. None was made without one.",
            "no",
        ),
    ],
)
def test_a_part_withheld_or_counted_and_a_threshold_in_a_condition(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


def test_a_table_of_yes_no_letters_laid_out_with_spaces_reads_each_letter() -> None:
    from foitrack.normalize import normalise

    text = normalise(
        "Our answers are in the table (Y = yes, N = no).\n\n"
        "No.  Question                                   Y/N   Notes\n"
        "1    Does the trust run a staff shuttle bus?    Y     Two buses, weekdays\n"
        "2    Is parking free for night staff?           N     A permit costs less at night\n"
        "3    Has the trust reviewed its travel plan     N\n"
        "     this year?\n"
    )
    found = [(a.label, a.answer) for a in extract_answers(text)]
    assert found == [("1", "yes"), ("2", "no"), ("3", "no")]


def test_bare_answer_labels_under_q_labels_answer_their_own_question_only() -> None:
    """Round 43: "A2 ..." without a stop under "Q1".."Q3" answers Q2, so a refusal under A3 refuses Q3 alone."""
    text = (
        "Top menu   About us   Contact us\n\n"
        "Request\nQ1 Who supplies your vans?\nQ2 How many vans do you lease?\nQ3 What do you pay per van?\n\n"
        "Response\nA1 Our vans come from a regional leasing firm.\n\nA2 Forty vans.\n\n"
        "A3 We are withholding the price per van under section 43(2), as it would harm the firm's interests.\n"
    )
    got = {a.label: a.answer for a in extract_answers(text)}
    assert got == {"Q1": "provided", "Q2": "provided", "Q3": "refused"}


def test_a_reported_whether_question_after_a_sequence_word_asks_yes_or_no() -> None:
    question = "Lastly, you asked whether the council plans to sell the depot."
    assert is_yes_no_question(question)
    assert classify_answer(question, "There are no plans to sell the depot at present.")[0] == "no"


def test_a_sum_in_the_questions_words_after_a_denial_of_one_alternative_is_provided() -> None:
    question = "Have you taken any operator to court or reclaimed the cost of repairs?"
    answer = "We have not brought any court cases. Twice we repaired a verge and reclaimed the cost, £1,180 in all."
    assert classify_answer(question, answer) == ("provided", "1180")
    assert classify_answer(question, "We have not brought any court cases. Repairs are planned next year.")[0] == "no"


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "Is a register of frequent callers shared with council partners, and how many names are on it?",
            "The force does not share a register of frequent callers with council partners.",
            "no",
        ),
        (
            "Has the council had to call in a developer's bond? If so, on how many sites?",
            "A developer's bond is only called in by the council where the works cannot be finished otherwise.",
            "yes",
        ),
    ],
)
def test_a_compound_question_restated_with_its_own_verb_denied_is_a_no(question: str, answer: str, kind: str) -> None:
    assert classify_answer(question, answer)[0] == kind


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("We do not hold a list of late claims, but our case system shows that 212 took longer.", "provided"),
        ("We do not keep a register as such, but our main suppliers were Acme Ltd and Wibble Ltd.", "provided"),
        ("We do not hold a list of late claims, but you may wish to ask the Wibble Agency.", "not_held"),
        ("We do not hold a list of late claims.", "not_held"),
    ],
)
def test_a_list_not_held_as_such_but_given_otherwise_is_provided(answer: str, kind: str) -> None:
    assert classify_answer("How many claims took longer than 30 days?", answer)[0] == kind


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("In answer to question 6, no list of callers is held by the force.", "none"),
        ("Turning to question 4: no, the college does not employ its own guards.", "no"),
        ("On question 6, no.", "no"),
    ],
)
def test_words_naming_the_question_are_read_off_before_the_answer(answer: str, kind: str) -> None:
    assert classify_answer("", answer)[0] == kind


GOODWILL_AFTER_COST_LIMIT = """Dear Requester,

Your request:
1. How many lost property claims did the Trust pay in each of the last five years?
2. What was the total paid on those claims in each year?

Our response:
The Trust is unable to provide the information in full. Claims are kept on each ward's own records and to answer
both questions for five years would take more than 30 hours.

Under section 12 of the Act we need not comply where the cost would exceed the appropriate limit. For the Trust
this is £450, which equates to 18 hours of work. The Trust therefore refuses your request under section 12(1).

However, as a gesture of goodwill, we have extracted the following from the central ledger for the latest year:

Financial year 2024/25
Number of claims paid
Total paid
2024/25
212
£9,415.20

Yours sincerely,
Wibble NHS Trust
"""


def test_a_cost_limit_is_never_a_shared_answers_figure() -> None:
    answers = {a.label: a for a in extract_answers(GOODWILL_AFTER_COST_LIMIT)}
    assert (answers["2"].answer, answers["2"].value) == ("provided", "9415.20")  # not the £450 of the refusal


SEE_BELOW_THEN_NOTICE = """Wibble Constabulary - Disclosure Log

Q1 How many speed vans does the force run?

A1 The force runs 12 speed vans.

Q2 Please list where each van is parked overnight.

A2 Please see below.

Q3 How many vans were bought in 2024?

A3 None. No vans were bought during 2024.

Refusal Notice - Q2

Wibble Constabulary can neither confirm nor deny that it holds information relevant to question 2 by virtue of
section 31(3).

Rights of appeal
You may ask for an internal review.
"""


def test_a_pointer_below_to_a_notice_naming_its_question_is_refused() -> None:
    answers = {a.label: a.answer for a in extract_answers(SEE_BELOW_THEN_NOTICE)}
    assert answers == {"Q1": "provided", "Q2": "refused", "Q3": "none"}  # Q3 not refused by Q2's notice below it


REVIEW_BY_QUESTION = """Dear Ms Wibble

Internal review of FOI 123

You asked:
1. Which firms clean the town hall?
2. What is each firm paid a year?
3. What hourly rate does each firm charge?

Questions 1 and 2 - firms and payments

Having looked again at the withheld information, I do not agree that disclosure would prejudice anyone's
commercial interests. I have therefore decided to overturn the original decision for questions 1 and 2.

Wibble Cleaning Ltd
12,400
Plonk Services
8,950

Question 3 - hourly rates

I have upheld the application of section 43(2) to question 3.

Yours sincerely
"""


def test_a_review_overturning_some_questions_and_upholding_another() -> None:
    answers = {a.label: a.answer for a in extract_answers(REVIEW_BY_QUESTION)}
    assert answers == {"Question 1": "provided", "Question 2": "provided", "Question 3": "refused"}


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("We do not hold this, as we did not run the service then.", "none"),
        (
            "We do not hold this, as we did not run the service then. You may wish to ask Wibble Borough Council, "
            "which may hold the earlier records.",
            "not_held",
        ),
    ],
)
def test_a_not_held_reason_that_sends_the_asker_to_another_body_stays_not_held(answer: str, kind: str) -> None:
    assert classify_answer("How many branches were open in 2019?", answer)[0] == kind


def test_a_pointer_to_a_yes_answers_a_how_many_question_with_the_figure() -> None:
    text = (
        "1. Did the council sell any depots in 2024?\nYes, two depots were sold.\n\n"
        "2. If yes, how many depots?\nPlease see our answer to question 1.\n\n"
        "3. Were any sold at auction?\nPlease see our answer to question 1.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["yes", "provided", "yes"]


def test_a_pointer_that_draws_its_own_none_answers_none() -> None:
    text = (
        "1. Has any hall been let this year?\nNo.\n\n"
        "2. What hire charges were collected?\n"
        "As explained in our answer to question 1, no hall was let, so there are no hire charges.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["no", "none"]


def test_a_yes_or_no_the_reply_names_as_the_answer_decides_a_heading() -> None:
    answer = "The trust has confirmed that no depot has shut since 2020. The answer is therefore no."
    assert classify_answer("Depot closures since 2020", answer)[0] == "no"
    # a question asking how many is not answered yes or no, whatever the reply calls its answer
    assert classify_answer("How many depots have shut since 2020?", answer)[0] != "no"


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (
            "Our first reply said this was not held. I have therefore not upheld the original response. The average "
            "wait was 19 days.",
            "provided",
        ),
        (
            "The first reply withheld the figure under section 43(2). I have therefore decided that section 43(2) "
            "was not correctly applied and I do not uphold the original decision.",
            "provided",
        ),
    ],
)
def test_a_review_setting_the_first_reply_aside_is_no_denial(answer: str, kind: str) -> None:
    assert classify_answer("", answer)[0] == kind


# --- round 87
@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Total spend on salt (£): 96,412.70", "96412.70"),  # a grouped sum with pence, whole
        ("Rock Salt 41,118.25 Grit Co 12,500.00", "41118.25"),
        ("Gritters 1,2 and 7", "7"),  # figures run together by a comma are no figure
        ("We have 12 gritters.", "12"),
    ],
)
def test_a_value_is_never_a_piece_of_a_number(answer: str, value: str | None) -> None:
    assert answer_value(answer) == value


def test_a_sum_left_out_leaves_no_count_behind() -> None:
    # a threshold's sum is left to the money reader: its "000" is no count
    assert NUMBER_RE.findall("Vans leased over £2,000 in 2023/24:") == []


def test_a_shared_refusal_quotes_its_sentence_not_its_paragraphs_joined() -> None:
    text = (
        "You asked:\n1. How many gritters do you own?\n2. Do you publish the routes?\n\n"
        "To answer we would need to read every depot's log book.\n\n"
        "We estimate this would take over 30 hours. The council is therefore refusing your request in full "
        "under section 12.\n\nYours sincerely\nRoads Team\n"
    )
    answers = extract_answers(text)
    assert [a.answer for a in answers] == ["refused", "refused"]
    assert all(a.quote in text for a in answers)


def test_a_denial_then_what_is_held_laid_out_after_a_colon_is_provided() -> None:
    answer = (
        "We do not keep a list of drivers by name. The gritters are shared between the depots as follows:\n"
        "North depot - 7\nSouth depot - 5\nCoast depot - 3"
    )
    kind, _ = classify_answer("Name each gritter driver.", answer)
    assert kind == "provided"
    assert classify_answer("Name each gritter driver.", "We do not keep a list of drivers by name.")[0] == "not_held"


def test_rows_of_sums_are_no_noughts() -> None:
    answer = "The council does not buy salt itself. The county charged us:\n2022/23   £48,120\n2023/24   £51,300"
    assert classify_answer("How much did you spend on salt?", answer)[0] == "provided"
