"""Round 9: yes/no answers given as statements, and refusals that cover a whole request (foitrack issue 10)."""

from __future__ import annotations

from foitrack.extract import extract_all
from foitrack.extract.answers import classify_answer, extract_answers, is_yes_no_question
from foitrack.extract.fold import fold
from foitrack.extract.outcome import decide_outcome
from foitrack.lexicon.answers import ANSWER_LEXICON, TOPIC_BEFORE_VERDICT


def _classes(text: str) -> list[tuple[str, str]]:
    return [(a.label, a.answer) for a in extract_answers(text)]


def test_a_refusal_of_the_whole_request_covers_every_question_despite_a_scene_setting_count() -> None:
    text = (
        "You asked:\n1. All emails about the closure of the riverside footpaths since 2020.\n"
        "2. All inspection notes for those footpaths.\n"
        "Our response\nThe council has decided to refuse your request under section 14(1) as vexatious. "
        "There are 28 riverside footpaths in the borough, and a search for emails about the footpaths "
        "returned 5,200 items.\n"
    )
    assert _classes(text) == [("1", "refused"), ("2", "refused")]


def test_figures_offered_instead_still_answer_after_a_refusal_of_the_whole_request() -> None:
    text = (
        "You asked:\n1. How many footpath closures were there?\n2. All emails about the closures.\n"
        "Our response\nWe must refuse your request under section 12 as it would exceed the cost limit. "
        "However, we have been able to provide the number of footpath closures: there were 28 footpath closures.\n"
    )
    assert _classes(text)[0] == ("1", "provided")


def test_a_link_given_under_section_21_is_a_refusal_not_a_hand_over() -> None:
    answer = (
        "The yearly figures are published in our annual statistics. The latest edition can be found at:\n"
        "https://www.example.gov.uk/statistics\n"
        "As the information is reasonably accessible to you, it is exempt under section 21 of the Act."
    )
    assert classify_answer("Please provide the number of school buses by district.", answer)[0] == "refused"
    text = "1. Please provide the number of school buses by district.\n" + answer + "\n"
    assert decide_outcome(text, extract_answers(text), []) == "refused"
    # a document handed over beside a section 21 refusal of the rest still provides it
    attached = (
        "Please find attached the district figures. Older editions can be found at https://www.example.gov.uk "
        "and are exempt under section 21."
    )
    assert classify_answer("Please provide the number of school buses by district.", attached)[0] == "provided"


def test_figures_given_though_not_obliged_after_a_whole_refusal_make_the_reply_partial() -> None:
    text = (
        "You asked:\n1. How many pothole claims were made?\n2. How many were paid?\n"
        "We are therefore refusing your request under section 12(1) of the Act.\n"
        "Although we are not obliged to provide any figures, we have taken the totals held on our system "
        "and give them below.\n1. 412 claims\n2. 96 claims\n"
    )
    assert extract_all(text).outcome == "partial"


def test_a_yes_no_question_the_reply_reports_is_answered_by_a_statement() -> None:
    assert is_yes_no_question("You first asked whether the trust has adopted the new pathway.")
    assert not is_yes_no_question("You then asked how many patients were treated.")
    answer = "It has: the trust adopted the pathway in March 2024 and offers it at both hospitals."
    assert classify_answer("You first asked whether the trust has adopted the new pathway.", answer)[0] == "yes"


def test_a_later_refusal_naming_other_parts_does_not_turn_a_yes_no_answer() -> None:
    answer = (
        "Every gritting lorry has carried a tracker since the fleet was replaced in 2020. "
        "This letter is a refusal notice under section 17 in respect of parts 2 and 4."
    )
    assert classify_answer("Does the council track its gritting lorries?", answer)[0] == "yes"
    refused = "Every lorry is tracked. The tracking data is withheld under section 31."
    assert classify_answer("Does the council track its gritting lorries?", refused)[0] == "refused"


def test_a_denial_concluded_after_its_subject_answers_a_yes_no_question() -> None:
    answer = (
        "Parking permits are issued by the district in which the home sits, so a resident who moves away is a matter "
        "for that district. Our own scheme is therefore limited to homes within\n"
        "Kendal and does not reach residents who live elsewhere."
    )
    assert classify_answer("Does the permit scheme cover residents who move away?", answer)[0] == "no"
    # a refusal concluded in the same words is not a denial
    assert not ANSWER_LEXICON.fires("stated_no", fold("Accordingly the trust will not be providing an answer to it."))


def test_a_later_no_other_limits_a_yes_rather_than_denying_it() -> None:
    answer = (
        "Sales of land are governed by the council's disposals policy. After the review in 2021 the council sold "
        "the former depot to a housing association in 2022. No other site has been sold in the period."
    )
    assert classify_answer("Has the council sold any of its depots since 2020?", answer)[0] == "yes"
    assert classify_answer("Has the council sold any of its depots since 2020?", "No depot has been sold.")[0] == "no"


# Round 10: the misses of tests/blind6 (foitrack issue 10)


def test_a_yes_or_no_after_the_circumstances_it_holds_in_answers_a_yes_no_question() -> None:
    question = "Does the council collect garden waste from flats?"
    answer = "Where a block has a communal garden and cannot store bins, yes - we collect fortnightly from a cage."
    assert classify_answer(question, answer)[0] == "yes"
    assert classify_answer(question, "Outside the town centre, no.")[0] == "no"


def test_a_labelled_question_is_still_read_as_yes_no() -> None:
    assert is_yes_no_question("7. Does the council have a target for tree planting?")
    assert classify_answer("7. Does the council have a target for tree planting?", "It plans 400 trees a year.")[0] == (
        "yes"
    )
    # a bare zero to a yes/no question is a count of none, not a denial
    assert classify_answer("5. Have any parks been sold since 2020?", "0")[0] == "none"
    assert classify_answer("5. Have any parks been sold since 2020?", "There were no park sales.")[0] == "no"


def test_a_count_of_requests_the_body_declined_is_a_figure_not_a_refusal() -> None:
    answer = "23 requests were declined over the year, most because the hall was already booked."
    assert classify_answer("How many hall bookings were turned down?", answer) == ("provided", "23")


def test_a_refusal_under_a_regulation_outweighs_a_scene_setting_count() -> None:
    answer = (
        "We hold nest site records for the 17 reserves. We are withholding these under regulation 12(5)(g), as "
        "publishing them could lead to disturbance."
    )
    assert classify_answer("Please provide the nest site records for each reserve.", answer)[0] == "refused"
    # a total given, with only its split withheld, is still provided
    split = "The total paid was £84,300 in 2023/24. We are withholding the split between suppliers under section 43."
    assert classify_answer("What was the total paid to suppliers?", split)[0] == "provided"
    # ... also when a sentence between says which part is kept back ("the figure for each ...")
    each = (
        "The fleet cost £1.2 million to run in 2023. We cannot give the running cost of each vehicle. Those costs "
        "reveal our lease terms and are withheld under section 43(2)."
    )
    assert classify_answer("What is the annual running cost of each vehicle?", each)[0] == "provided"


def test_figures_told_under_section_16_after_a_cost_refusal_make_the_reply_partial() -> None:
    text = (
        "Freedom of Information request\n1) The number of bicycle thefts in 2024.\n2) The location of each theft.\n"
        "Response\nComplying with your request would exceed the appropriate limit under section 12.\n"
        "Under section 16 of the Act we are able to tell you the raw count: 1,204.\n"
    )
    assert extract_all(text).outcome == "partial"


def test_a_refusal_said_to_cover_every_question_after_the_scene_covers_them_all() -> None:
    text = (
        "You asked:\n1. How many bicycles were stolen from railway stations in each year since 2019.\n"
        "2. The make of each bicycle stolen.\n3. How many of these thefts led to a charge.\n"
        "4. Whether the force has run any operation against cycle theft.\n"
        "Response\nThese thefts are recorded with other thefts, and there is no mandatory field on our system "
        "that identifies where a theft took place. Staff would need to search every theft report by hand.\n\n"
        "Over the period there were more than 20,000 theft offences. At three minutes a record the review "
        "would take over 1,000 hours.\n\n"
        "Where one part of a request would exceed the cost limit, the whole request may be refused, so this "
        "refusal applies to all four questions.\n"
    )
    assert _classes(text) == [("1", "refused"), ("2", "refused"), ("3", "refused"), ("4", "refused")]
    assert decide_outcome(text, extract_answers(text), []) == "refused"


def test_advice_on_narrowing_a_request_refused_as_a_whole_answers_nothing() -> None:
    text = (
        "Your request asked:\n1. How many fly-tipping reports did you receive?\n"
        "2. How many fixed penalty notices were issued for fly-tipping?\n"
        "3. How many vehicles were seized?\n"
        "Decision\nFinding this would mean reading every incident log, which would take well over 18 hours. "
        "Section 12(1) therefore applies to the whole of your request.\n"
        "Advice and assistance\nYou may wish to refine your request, for example by limiting it to questions 2 "
        "and 3, which could be answered from the enforcement records.\n"
    )
    classes = dict(_classes(text))
    assert classes.get("2") == classes.get("3") == "refused"
    assert decide_outcome(text, extract_answers(text), []) == "refused"


def test_a_cost_refusal_whose_work_is_said_to_cover_every_part_refuses_them_all() -> None:
    text = (
        "You asked:\n1. The number of tenancy cases opened in each year, by parish.\n"
        "2. For each of those tenancy cases, whether a breach was found and what action the board took.\n"
        "3. How long each case stayed open.\n"
        "Our response\nI am sorry to say we are unable to provide it within the cost limit.\n\n"
        "Our case system can count the cases opened in a year, but it does not hold the parish or the outcome "
        "as fields we can report on. To answer all three parts of your request we would need to read each case "
        "file.\n\n"
        "Since 2010 about 1,900 tenancy cases have been opened. At ten minutes a file the review would "
        "take over 300 hours, far more than the limit.\n"
    )
    assert _classes(text) == [("1", "refused"), ("2", "refused"), ("3", "refused")]


def test_an_answer_without_its_question_that_restates_a_yes_no_one_is_read_against_it() -> None:
    answer = (
        "This question asked whether the board had leased out any of its depot after the move.\n"
        "It has not; none of the depot is leased, though staff from the county use a desk there at no charge."
    )
    assert classify_answer("", answer)[0] == "no"
    assert classify_answer("", "The board does not lease out its depot; it is used by our own staff.")[0] != "no"


def test_a_later_sentence_echoing_a_yes_no_questions_verb_answers_it_in_a_shared_prose_answer() -> None:
    # round 41: the emphatic yes stands after figures for other questions and before a refusal of another part
    text = (
        "Thank you for your request of 3 March, in which you asked for: (1) the number of site visits made by the "
        "chair in 2024; (2) whether the chair hired a pool car for those visits; and (3) the names of the drivers.\n\n"
        "I can confirm that the board holds information in scope. The chair made 23 site visits in 2024. The chair "
        "did hire a pool car, on nine of the visits. The names of the drivers are withheld under section 40(2) of "
        "the Freedom of Information Act, as they are junior staff.\n"
    )
    classes = dict(_classes(text))
    assert classes.get("2") == "yes"
    assert classes.get("3") == "refused"
    # the short verb's past tense ("used") is the verb the answer echoes ("did use")
    answer = "We keep a record of every trip. Staff did use the minibus in 2024, on four trips."
    assert classify_answer("Did staff use the minibus in 2024?", answer)[0] == "yes"


def test_a_table_of_foi_statistics_and_the_grounds_it_tallies_refuse_nothing() -> None:
    # round 41: a "Refused" column heading, and grounds named while counting how often they were used, over lines
    text = (
        "Request 1 - How many requests did the trust receive in each year?\n"
        "Request 2 - How many did it refuse, and on which grounds most often?\n\n"
        "Response\n\n"
        "Year Requests received Refused Reviews\n"
        "2022 140 9 3\n"
        "2023 151 12 4\n\n"
        "The exemptions most often relied on by the trust in those years were section 43\n"
        "(commercial interests), section 40(2) (personal data) and section 12 (cost limit).\n"
    )
    assert _classes(text) == [("Request 1", "provided"), ("Request 2", "provided")]
    assert not extract_all(text).exemptions


def test_a_policy_about_vexatious_complainants_is_no_refusal() -> None:
    answer = "No, the board has no policy of its own on vexatious or unreasonably persistent complainants."
    assert classify_answer("Does the board have a policy on persistent complainants?", answer)[0] == "no"


def test_a_yes_no_answer_that_only_denies_or_is_not_held_is_never_a_default_yes() -> None:
    # round 45: later sentences disagree (not held, then a denial), none affirms: the first of them decides
    answer = (
        "Dear Ms Hale,\n"
        "Thank you for your request.\n"
        "The trust does not hold any of the information asked for in parts 1 to 3.\n"
        "Ferry services are not a function of the trust.\n"
        "The trust does not run boats and keeps no list of crews or pilots.\n"
    )
    assert classify_answer("Whether you employ a ferry pilot, and the pay band.", answer)[0] == "not_held"


def test_a_figure_in_the_work_a_cost_refusal_estimates_is_no_answer() -> None:
    # round 45: the count of files to be read is the work, not the number asked for
    answer = (
        "To answer this we would need to open each of the 3,140 case files by hand.\n"
        "That would take far more than 18 hours, so section 12 of the Act applies.\n"
    )
    assert classify_answer("How many of these cases went to appeal?", answer)[0] == "refused"


def test_a_total_given_beside_a_withheld_unit_price_answers_the_question() -> None:
    # round 45: the price of each unit is withheld, the total spend is given (SCHEMA: a refusal that gives figures)
    answer = (
        "The board spent £72,450 on hearing aids in 2024/25.\n"
        "We have withheld the price per device under section 43(2) of the Act.\n"
    )
    assert classify_answer("What is the price per device, and what was the total spend?", answer)[0] == "provided"


def test_a_request_found_vexatious_refuses_every_item_whatever_history_opens_the_reply() -> None:
    text = (
        "You asked for:\n\n1. the minutes of the panel that heard your appeal;\n2. the emails about your case.\n\n"
        "This is the twenty-first request you have sent to the board since May 2022.\nMost of them repeat ones "
        "we have answered. Having looked at "
        "their history, we have decided that your request is vexatious. Under section 14(1) we are not obliged "
        "to comply with it.\n\nYours sincerely\n\nInformation Officer\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused", "refused"]


def test_zero_named_as_a_possible_answer_in_a_ncnd_argument_is_no_none() -> None:
    answer = (
        "Telling you whether any figures exist (or a count of zero) would show whether the officer was named. "
        "This reply should not be read as a sign that the records are or are not held."
    )
    assert classify_answer("How many complaints named the officer?", answer)[0] == "refused"


def test_a_work_count_shared_by_questions_a_later_refusal_covers_refuses_them_all() -> None:
    # round 49 (ref): a count of the work, on a line wrapped after its number, goes with the refusal after it, and a
    # yes/no question read yes only by default is refused with the rest of a request refused whole
    text = (
        "REFUSAL NOTICE\n\nWe have decided to refuse your request in full under section 12(1), as the cost of "
        "answering it would exceed the appropriate limit.\n\n"
        "Staff would have to read about 2,400\ninvoices by hand to find the mowing element of each, which would "
        "take about 80 hours. Parts 2 to 4\nare about the same subject, so the council is not obliged to answer "
        "any of them.\n\nYou asked:\n1. How much did you spend on grass cutting in 2024/25?\n"
        "2. Who is your grass cutting contractor?\n3. Does the council own its own mowers?\n"
        "4. How many staff work in grounds maintenance?\n"
    )
    assert [a.answer for a in extract_answers(text)] == ["refused"] * 4
    assert extract_all(text).outcome == "refused"


def test_a_price_row_above_a_lower_case_row_is_no_wrapped_sentence() -> None:
    # round 49 (ref): only a number after a word and one space ends a line a window wrapped
    answer = "The charges are:\n   up to 1 hour    £1.80\n   up to 3 hours    £3.20\n"
    assert classify_answer("What are the parking charges?", answer)[0] == "provided"


def test_a_compound_question_affirmed_in_its_words_with_a_count_is_yes() -> None:
    # round 59 (b): "Do you X? If so, how many?" answered by a sentence counting X in the question's words is a yes
    # with the count as its value; a sum of money in that sentence is the detail asked for, so it stays provided
    question = "Does the council directly employ any dog wardens? If so, how many?"
    assert classify_answer(question, "The council directly employs 4 dog wardens, all full time.") == ("yes", "4")
    spent = "Did the council pay any consultants for the review? If so, how much?"
    assert classify_answer(spent, "The council paid two consultants £8,000 for the review.")[0] == "provided"


def test_a_short_topic_and_a_spaced_dash_before_the_verdict_are_read_past() -> None:
    # round 61 (a): "Topic - yes" reads as "yes"; a verdict that opens the line, a long phrase or one with a
    # figure before the dash is no topic
    for example in TOPIC_BEFORE_VERDICT.examples:
        assert TOPIC_BEFORE_VERDICT.compiled.search(fold(example)), example
    for counter in TOPIC_BEFORE_VERDICT.counter_examples:
        assert not TOPIC_BEFORE_VERDICT.compiled.search(fold(counter)), counter
    assert classify_answer("Do you use body cameras?", "Body cameras - yes, on every patrol.")[0] == "yes"
    assert classify_answer("Is there a staff survey?", "Staff survey - no.")[0] == "no"
    assert classify_answer("How much was spent on permits?", "Garden waste permits - none.")[0] == "none"
    assert classify_answer("Please send the survey.", "Staff survey - N/A")[0] == "not_applicable"
    assert classify_answer("Please send the notices.", "Not applicable - no notices were issued.")[0] == (
        "not_applicable"
    )


def test_each_lettered_part_of_a_question_is_read_as_its_own_yes_no_question() -> None:
    text = (
        "Your request\n5. (a) Has the council adopted the wells charter? (b) Does the council have a written "
        "policy on private wells?\n"
        "Our response\n5a) The council has not adopted the charter. Its inspections have followed the charter's "
        "aims since 2021.\n5b) The council does not have a written policy on private wells.\n"
    )
    assert _classes(text) == [("5a", "no"), ("5b", "no")]
    assert is_yes_no_question("(b) Does the council keep a register?")
