"""The line between none, not held and provided (SCHEMA "Hard cases"), and pointers written "as explained in
our answer to question 1": cases in our own words for the phrasings of round 9 (foitrack issue 10)."""

from __future__ import annotations

import pytest

from foitrack.extract.answers import classify_answer, extract_answers

HOW_MANY = "How many complaints were received in 2023?"
HOW_OFTEN = "How often are the drains cleared?"


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the records cannot tell the thing apart: not held, whether or not it happened
        (
            HOW_MANY,
            "Complaints are logged by ward, so there is no way to tell which ones concern parking. "
            "We cannot give a figure.",
            "not_held",
        ),
        (
            HOW_MANY,
            "Which app staff use is not centrally monitored, and there is no report or register that the "
            "service could run to identify it.",
            "not_held",
        ),
        # a tag attached to a bin is not an attachment handed over
        (
            HOW_MANY,
            "Crews put a tag on the bin, which is attached to the lid. The tags are not logged, and the council "
            "has no recorded information about how many were used.",
            "not_held",
        ),
        ("Please send the rota.", "The rota is attached to this email.", "provided"),
        # the thing did not happen, however it is worded
        (HOW_MANY, "The board may act, but our records show that it has not done so since 2020.", "none"),
        (HOW_MANY, "Not one resident's complaint was passed to the ombudsman in 2023.", "none"),
        # a count of one is a figure given
        (HOW_MANY, "Sadly there was one death, in 2022. There were no deaths in 2021 or 2023.", "provided"),
        # "no single frequency" opens a breakdown: the breakdown is the answer
        (
            HOW_OFTEN,
            "There is no single frequency. Drains on main roads are cleared every 12 months and those on "
            "estate roads every 24 months.",
            "provided",
        ),
    ],
)
def test_class(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


def test_part_not_held_and_a_sum_spent_on_the_rest_given_is_provided() -> None:
    question = "What was the total cost of repairs to the play areas?"
    answer = (
        "Repairs by our own staff are not costed separately, so we do not hold a total cost. External repair "
        "costs for the play areas totalled\n£2,100 in 2023."
    )
    assert classify_answer(question, answer) == ("provided", "2100")
    # the cost limit quoted after a not-held answer is no figure given
    limit = "We do not hold the cost of repairs to play areas. The cost limit for repairs requests is £450."
    assert classify_answer(question, limit)[0] == "not_held"


def test_a_yes_no_question_answered_none_held_because_it_never_happened_is_no() -> None:
    answer = "We searched the licensing files and hold no such records: no licence has been withdrawn since 2019."
    assert classify_answer("Has any licence been withdrawn since 2019?", answer)[0] == "no"
    assert classify_answer("How many licences were withdrawn since 2019?", answer)[0] == "none"


def test_a_yes_no_question_answered_no_single_frequency_is_no() -> None:
    assert classify_answer("Is there a single frequency for clearing drains?", "There is no single frequency.") == (
        "no",
        None,
    )


def test_as_explained_in_an_earlier_answer_takes_its_class() -> None:
    reply = (
        "1. How many swings were damaged by vandals in 2023?\n"
        "Repairs are logged by type, not by cause, so this information is not held.\n\n"
        "2. What did repairing them cost?\n"
        "As explained in our answer to question 1, repairs are not logged by cause.\n"
    )
    answers = extract_answers(reply)
    assert [(a.label, a.answer) for a in answers] == [("1", "not_held"), ("2", "not_held")]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the body does not work the figure out, keep a copy, or can tell the thing apart: not held (round 10)
        ("What is the average time taken to close a case?", "We do not calculate an average case length.", "not_held"),
        (
            HOW_MANY,
            "Complaints are handled by the contractor on its own system. The council has no copy of its records.",
            "not_held",
        ),
        (HOW_MANY, "Letters are not sorted by topic, and no such records exist.", "not_held"),
        (
            "Has any personal data been lost? If so, how many times?",
            "Breaches are logged by type, not by system, so we are unable to identify whether any involved this tool.",
            "not_held",
        ),
        (
            HOW_MANY,
            "The trust does not learn the outcome of a police inquiry, so this is information we do not have.",
            "not_held",
        ),
        # nobody did the thing: nothing exists
        ("", "Nobody has been charged. Care is given as for any other emergency.", "none"),
        ("Has anyone been charged for this care?", "No one has been charged.", "no"),
    ],
)
def test_round_10_class(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


def test_an_explicit_not_applicable_that_points_back_stays_not_applicable() -> None:
    text = (
        "1. Were any drones recovered?\nNil.\n\n"
        "2. What happened to the recovered drones?\nNot applicable - see the answer to question 1.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["none", "not_applicable"]


def test_a_nought_set_apart_before_a_pointer_stays_none() -> None:
    text = (
        "1. How many permits were issued?\n212.\n\n"
        "2. What income did the permits bring in?\nNone - see the answer to question 3.\n\n"
        "3. Do you charge for permits?\nNo, permits are free.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["provided", "none", "no"]


def test_a_count_of_the_thing_asked_after_a_narrower_none_is_provided() -> None:
    question = "How many controlled burns did rangers attend in 2024?"
    answer = "The authority burns none on land it does not own. Rangers attended 41 controlled burns in 2024."
    assert classify_answer(question, answer) == ("provided", "41")


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # nothing exists, said as "runs no X" or "not spent anything"
        (
            "How many buses does the council run?",
            "The last route closed in 2018 and the council now runs no buses.",
            "none",
        ),
        (
            "What was spent on hotels?",
            "All meetings were local, so we have therefore not spent anything on hotels.",
            "none",
        ),
        ("What was spent on mileage?", "Mileage expenses were not claimed by any member in 2024.", "none"),
        # not held, with an adverb in it, or what could not be located named
        (
            "How many sites had a survey?",
            "Surveys are filed as free text. The council does not therefore hold a count.",
            "not_held",
        ),
        (
            "What was paid for the repairs?",
            "Invoices cover the whole estate, so we are unable to identify the amounts spent on each block.",
            "not_held",
        ),
        # the question reported as "your question was whether ...", answered with a figure and a denial
        (
            "Your second question was whether fees went up to pay for it.",
            "The loan (about £900 a year) is met from fees, but fees for 2024/25 did not rise because of it.",
            "no",
        ),
        # a no stated as the answer to "whether ..."
        (
            "Is there a ban on visits?",
            "Wards set their own rules. So the answer to whether there is a ban on visits is no, except on one ward.",
            "no",
        ),
    ],
)
def test_round_16_class(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # none said with an adverb ("there were therefore no ...")
        (
            "How many people used the ferry in 2023?",
            "The ferry has been laid up since 2021. There were therefore no passengers in 2023.",
            "none",
        ),
        # none of a fixed or published figure, then the figure or year that answers
        (
            "When will the pool reopen?",
            "There is no fixed date yet. We expect the pool to reopen in autumn 2027, once the roof is done.",
            "provided",
        ),
        (
            "What profit does the café make?",
            "The café is not a company, so there is no published profit figure. It is run within the leisure "
            "budget. Last year its takings exceeded its costs by £42,000.",
            "provided",
        ),
        # none of one of two things asked for, the other counted right after it
        ("How many arrests and charges were there?", "There were no charges. Four people were arrested.", "provided"),
        ("How many arrests were there?", "There were no arrests. Four people were cautioned.", "none"),
        # a "no" inside a condition does not say that nothing exists
        (
            "Does the trust pay for taxis?",
            "Staff are expected to use buses, and a taxi is paid for only where the manager agrees there was no bus. "
            "In that case, yes, the trust pays the fare.",
            "yes",
        ),
        # a yes/no question about what the body does, answered by naming the body that does it
        (
            "Does the council fund the lifeboat?",
            "The lifeboat is funded through a national charity, not by the council.",
            "no",
        ),
    ],
)
def test_round_17_class(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


def test_a_figure_after_a_narrower_none_gives_its_value() -> None:
    answer = "There is no fixed date yet. The programme expects the works to finish in spring 2027."
    assert classify_answer("When will the works finish?", answer) == ("provided", "2027")
    assert classify_answer("How many deaths and injuries?", "There were no deaths. Three people were hurt.") == (
        "provided",
        "3",
    )


def test_another_listed_thing_given_after_none_of_one_answers() -> None:
    """A question listing three things, a first sentence denying one, the next naming another: provided."""
    question = "Please list any fines, warning letters or enforcement undertakings for the Wibble depot."
    given = "No fines were imposed on the depot. In 2023 we accepted an enforcement undertaking from its operator."
    assert classify_answer(question, given)[0] == "provided"
    denied = "No fines were imposed on the depot. There have been no enforcement undertakings either."
    assert classify_answer(question, denied)[0] == "none"
    unlisted = "No fines were imposed on the depot. Our enforcement policy is published online."
    assert classify_answer(question, unlisted)[0] == "none"


def test_a_clock_time_in_a_mail_header_is_no_figure() -> None:
    """The minutes of a sent time ("14:52") count nothing: a header above a not-held sentence leaves it not held."""
    answer = "Sent: Friday, 2 May 2025 14:52\nI regret that the board does not hold the information you asked for."
    assert classify_answer(HOW_MANY, answer) == ("not_held", None)
    assert classify_answer(HOW_MANY, "The ratio was 3:1 and 12 complaints arrived.") == ("provided", "12")


def test_a_denial_of_the_alternatives_after_a_named_source_limits_the_answer() -> None:
    """'How is it financed?' answered by the source, then 'No X or Y was used': provided, not none."""
    question = "How is the mobile library financed?"
    answer = "The mobile library is financed by a lottery grant. No reserves or borrowing were used."
    assert classify_answer(question, answer)[0] == "provided"
    assert classify_answer(question, "No reserves or borrowing were used.")[0] == "none"


def test_a_sentence_that_is_only_none_answers_a_count_despite_figures_for_another_group() -> None:
    question = "How many families were housed in hostels for more than 90 days on 1 April?"
    answer = (
        "There were none. On that date no family had been in a hostel for more than 90 days. "
        "Fourteen families were in hostels on that date, each for under 90 days."
    )
    assert classify_answer(question, answer)[0] == "none"


def test_a_year_named_first_answers_a_when_question_before_a_later_denial() -> None:
    question = "When will the council stop printing its quarterly magazine?"
    answer = (
        "The council intends to end the printed magazine by the end of 2029. "
        "No decision has been made to end it sooner."
    )
    assert classify_answer(question, answer)[0] == "provided"


def test_one_standing_alone_counts_one_before_a_denial_of_other_places() -> None:
    """'How many ..., and which?' answered 'One.' then 'No X was found in any other ...': provided, 1."""
    question = "How many libraries have asbestos in their roofs, and which are they?"
    answer = "One. The asbestos is in the roof of a small branch library.\nNo asbestos was found in any other branch."
    assert classify_answer(question, answer) == ("provided", "1")


def test_a_body_refusing_a_count_of_things_to_others_gives_a_figure() -> None:
    question = "How many permit applications were refused in the last two years?"
    answer = "In those two years the parking team refused 7 applications and cancelled 3 permits."
    assert classify_answer(question, answer) == ("provided", "7")


def test_data_the_body_is_not_sent_is_not_held_though_no_hold_sentence_comes_first() -> None:
    question = "How many staff passed the online safeguarding course in 2024?"
    answer = (
        "The course runs on a regional platform. The council does not receive data on course passes from the "
        "platform's owner. We therefore do not hold this information."
    )
    assert classify_answer(question, answer)[0] == "not_held"


def test_a_model_number_the_question_names_counts_nothing_before_a_not_held() -> None:
    """A model number repeated from the question ('Mark 4') is a name, not a figure: the not-held sentence decides."""
    question = "How much was spent on body cameras, including any spend on Mark 4 cameras?"
    answer = (
        "Buying body cameras, including any switch to Mark 4 units, is a matter for the force. "
        "The commissioner's office does not hold a breakdown of that spending."
    )
    assert classify_answer(question, answer)[0] == "not_held"


def test_a_figure_the_question_does_not_name_still_counts() -> None:
    question = "How much was spent on body cameras, including any spend on Mark 4 cameras?"
    answer = "We bought 40 Mark 4 units. The office does not hold a breakdown of the cost."
    assert classify_answer(question, answer)[0] == "provided"


def test_not_being_able_to_split_a_total_is_no_none() -> None:
    question = "Please break the spend down by site, if held."
    answer = "The sites were Leeds, York and Hull. We have not been able to split the spend between them."
    assert classify_answer(question, answer)[0] == "provided"


def test_a_contract_not_placed_because_a_parent_department_books_it_is_not_held() -> None:
    question = "Which firms supplied the interpreters?"
    answer = (
        "The agency has not placed a contract for interpreting. Interpreters are booked through the "
        "Department's central language contract, so the agency holds no details of the firms."
    )
    assert classify_answer(question, answer)[0] == "not_held"


def test_a_part_given_free_by_another_body_does_not_make_a_named_supplier_none() -> None:
    question = "Which companies provided the printing services?"
    answer = (
        "Printing services were provided by firms on the regional print framework. "
        "Braille copies are also produced by a charity at no cost to the council."
    )
    assert classify_answer(question, answer)[0] == "provided"


def test_a_list_laid_out_below_answers_whatever_years_it_says_had_none() -> None:
    question = "Please list the grants the trust made since 2019, with the year of each."
    answer = (
        "The grants made since 2019 are listed below. No grants were made in 2019 or 2020 while the fund was "
        "closed.\n2021  Riverside Youth Club\n2023  Hill Street Food Bank"
    )
    assert classify_answer(question, answer)[0] == "provided"


def test_a_table_of_noughts_laid_out_below_a_denial_stays_none() -> None:
    question = "How much was spent on agency drivers each year?"
    answer = "The spend is shown below. Nothing was spent on agency drivers.\n2022/23  £0\n2023/24  £0"
    assert classify_answer(question, answer)[0] == "none"


def test_a_joint_body_counting_its_member_councils_then_naming_their_functions_is_not_held() -> None:
    question = "How many parking fines were issued in 2024?"
    answer = (
        "The board is a joint body. It was set up by its three constituent councils to run the county's tips. "
        "The board does not issue parking fines or patrol streets. Those are functions of the three councils, "
        "each a public authority in its own right."
    )
    assert classify_answer(question, answer)[0] == "not_held"


def test_a_whole_policy_total_given_for_information_does_not_answer_for_one_item() -> None:
    question = "What is the yearly insurance premium paid for the bandstand?"
    answer = (
        "The broker does not split the premium by item, so the council does not hold a figure for the bandstand. "
        "For context, the total insurance premium for the whole property policy this year was £8,450."
    )
    assert classify_answer(question, answer)[0] == "not_held"


def test_a_count_of_the_work_a_cost_refusal_estimates_is_no_answer() -> None:
    question = "A breakdown of the reports by street."
    answer = (
        "Each report is filed by date, with the street written in its notes. "
        "Staff would need to read each of the 2,700 reports logged. "
        "At five minutes each this would take more than 200 hours."
    )
    assert classify_answer(question, answer)[0] == "refused"


def test_a_tariff_by_the_hour_before_a_row_over_some_hours_stays_provided() -> None:
    question = "Please send the current parking charges."
    answer = "Charges are:\nup to 3 hours £3.00\nover 3 hours £7 (daily cap)"
    assert classify_answer(question, answer)[0] == "provided"


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the body's own work never done: none, though it then says it holds nothing (round 49, blind44)
        (
            "Please send the results of any survey the board has made of its tenants.",
            "The board has not carried out any tenant survey; tenancy matters fall to the landlord. "
            "We therefore hold no information on this.",
            "none",
        ),
        # a cost folded into a wider contract and never priced on its own is not held
        (
            "What does each inspection cost?",
            "Inspections come under the maintenance contract and are not costed individually. "
            "So there is no cost per inspection we can give.",
            "not_held",
        ),
        # a question about the body's own withholding, denied: a no, not a refusal of the request
        (
            "Does the college withhold certificates from learners who owe fees?",
            "The college does not withhold certificates. Learners in arrears are asked to agree a payment plan.",
            "no",
        ),
    ],
)
def test_round_49_none_not_held_and_own_practice(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # none of one single thing, then the things used and their cost: the cost answers
        (
            "What system do you use for bookings and what does it cost?",
            "The board does not use a single booking system. Rooms are booked on two, both from one supplier. "
            "The yearly licence is £6,400.",
            "provided",
        ),
        # not owning a thing says nothing of hiring it: the hire cost answers
        (
            "What did the trust pay for boat hire?",
            "The trust does not own a boat. A boat is hired by the day. Hire cost £3,100 in 2024.",
            "provided",
        ),
        # a count whose reason holds a denial counts what was asked
        (
            "How many stalls were closed in 2024 for trading without a licence or for unsafe wiring?",
            "We do not close stalls for wiring faults. Traders must hold a licence. In 2024, 14 stalls were closed "
            "because the trader did not have one.",
            "provided",
        ),
        # a year for something else, then no date set for what a 'when' question asks: none
        (
            "When will the ferry be replaced?",
            "The ferry came into service in 1998. Work on a successor has only begun and no date has been set.",
            "none",
        ),
        # "all three partner councils" counts nothing: the not-held sentence answers
        (
            "How much did the council pay for its printing contract in 2024?",
            "Printing is bought for all three partner councils together. The council does not hold a separate figure.",
            "not_held",
        ),
    ],
)
def test_round_52_none_narrowed_and_figures_after_it(question: str, answer: str, expected: str) -> None:
    assert classify_answer(question, answer)[0] == expected


def test_whole_not_held_covers_every_question_sharing_the_answer() -> None:
    text = (
        "You asked:\n1. How many boats do you own?\n2. What did the boats cost in 2024?\n\n"
        "The law gives two duties: to say whether information is held and to provide it.\n\n"
        "After a search, the office does not hold information within the scope of your request. "
        "You may wish to write to the harbour board, PO Box 12, Anytown AB1 2CD.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["not_held", "not_held"]


def test_a_no_set_apart_before_a_pointer_answers_no() -> None:
    # round 58 (d): "No - as above ..." to a yes/no question says no itself, whatever the answer above it was
    text = (
        "1. How many wardens did you employ?\nNone.\n\n"
        "2. Has the scheme been reviewed?\nNo - as above, the council runs no warden scheme.\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["none", "no"]


def test_a_summary_counting_the_questions_is_no_answer() -> None:
    # round 58 (d): "You asked three questions about ..." counts the request's questions, not anything asked about
    assert classify_answer("How many boats do you own?", "You asked three questions about boats.") == ("provided", None)


def test_named_firms_then_a_nil_contract_value_is_provided() -> None:
    question = "Please name the agencies you instruct and the value of each contract."
    answer = "We instruct two agencies, North Way Recovery and Fenby Collections. Both act on a nil-cost basis."
    assert classify_answer(question, answer)[0] == "provided"
    assert classify_answer("", "Fenby Collections Ltd. No fee is payable by the authority.")[0] == "provided"


def test_a_nil_cost_alone_still_answers_none() -> None:
    question = "What is the value of the contract with your agency?"
    answer = "There is no contract value, as the agency recovers its fees from debtors."
    assert classify_answer(question, answer)[0] == "none"
