"""The reading view: wrapped lines joined, page furniture blanked, offsets kept."""

from __future__ import annotations

import pytest

from foitrack.models import PAGE_BREAK
from foitrack.text.view import FURNITURE, reading_view

WRAPPED = (
    "Thank you for your request for information about the council's spending on agency staff in the\n"
    "last three financial years, which we received on 3 March and have considered under the Act.\n"
    "1. How many agency workers were engaged by the council in each of the last three financial\n"
    "years?\n"
    "We engaged 12 agency workers in 2021, 15 in 2022 and 9 in 2023 across all of our departments, as\n"
    "Adult Social Care accounted for most of them.\n"
    "2. What was the total cost?\n"
    "£1.2 million.\n"
)


def test_same_length_and_same_characters_except_breaks() -> None:
    view = reading_view(WRAPPED)
    assert len(view.text) == len(WRAPPED)
    assert all(a == b or (a in "\n\f" and b == " ") for a, b in zip(WRAPPED, view.text, strict=True))


def test_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    lines = reading_view(WRAPPED).text.split("\n")
    assert lines[0].startswith("Thank you") and lines[0].endswith("under the Act.")
    assert lines[1].endswith("financial years?")
    assert lines[2].endswith("most of them.")
    assert lines[3] == "2. What was the total cost?"
    assert lines[4] == "£1.2 million."


def test_a_line_opening_with_a_field_label_is_not_joined_to_a_name() -> None:
    signed = "Regards, Jo Bloggs, Information Governance Team, Wibble and Wobble Community Health NHS Trust\n"
    text = WRAPPED + "\n" + signed + "Internal review: write to foi@wibble.example within 40 working days.\n"
    assert "Trust\nInternal review:" in reading_view(text).text


def test_a_short_line_is_not_joined_to_a_lower_case_answer() -> None:
    text = WRAPPED + "3. Number of vacant posts in the department\nnone at present\n"
    assert "department\nnone" in reading_view(text).text


def test_paragraph_text_is_left_alone() -> None:
    text = (
        "Request\n"
        + "Please tell me how much the council spent on consultants in each year since 2019 " * 5
        + "\nthe council does not hold this\n"
    )
    assert reading_view(text).text == text


def test_a_label_never_continues_a_line() -> None:
    lead = "Our answers to your questions about agency staff are given below in the order"
    text = WRAPPED.replace("2. What was", "x") + lead + "\n2. of asking\n"
    assert "order\n2. of asking" in reading_view(text).text


def test_a_page_break_inside_a_paragraph_becomes_a_space() -> None:
    text = WRAPPED.replace("\nlast three", PAGE_BREAK + "last three")
    view = reading_view(text)
    assert PAGE_BREAK not in view.text[:200] and "the last three" in view.text


@pytest.mark.parametrize(("kind", "line"), [(f.kind, e) for f in FURNITURE for e in f.examples])
def test_furniture_examples_are_blanked(kind: str, line: str) -> None:
    text = f"Dear requester\n{line}\nWe hold no records.\n"
    view = reading_view(text)
    assert line not in view.text, kind
    assert view.text.split("\n")[1].strip() == ""
    assert "We hold no records." in view.text


@pytest.mark.parametrize(("kind", "line"), [(f.kind, e) for f in FURNITURE for e in f.counter_examples])
def test_furniture_counter_examples_are_kept(kind: str, line: str) -> None:
    text = f"Dear requester\n{line}\nWe hold no records.\n"
    assert line in reading_view(text).text, kind


def test_a_question_about_cookies_is_kept() -> None:
    text = "1. Which cookies does your website use and what is the cookie policy?\n"
    assert reading_view(text).text == text


def test_repeated_page_header_is_blanked_after_its_first_page() -> None:
    topics = ("staffing", "budgets", "vehicles", "training")
    body = "\n".join(f"Line {n} of the body." for n in range(1, 5))
    pages = [f"Northshire County Council\nBody text about {t}.\n{body}\nCustomer Services" for t in topics]
    text = PAGE_BREAK.join(pages)
    view = reading_view(text)
    assert view.text.count("Northshire County Council") == 1
    assert view.text.count("Customer Services") == 1
    assert view.text.count("Body text about") == 4


def test_a_running_header_is_blanked_where_page_footers_mark_pages_the_text_lost_the_breaks_of() -> None:
    body = "\n".join(f"Line {n} of the body." for n in range(1, 5))
    header = "Wibble Pension Fund Ref WPF/9"
    pages = [f"{header}\nBody text about {t}.\n{body}\nPage {n} of 4" for n, t in enumerate("abcd", 1)]
    view = reading_view("\n".join(pages))  # no page break between the pages: only "Page N of 4" ends each
    assert view.text.count("Wibble Pension Fund Ref WPF/9") == 1
    assert view.text.count("Body text about") == 4
    # a sentence naming a page is no footer, so a text of such sentences has no pages and no header
    prose = "\n".join(f"Wibble Pension Fund Ref WPF/9\nSee page {n} of 4 of the report." for n in range(1, 5))
    assert reading_view(prose).text.count("Wibble Pension Fund Ref WPF/9") == 4


def test_bare_page_numbers_are_blanked_but_not_the_figures_of_a_table_in_mid_page() -> None:
    table = "\n".join(f"{year}\n{count}\n-" for year, count in ((2019, 76), (2020, 72), (2021, 66)))
    pages = [f"Reply to request {n}\nThe figures by year:\n{table}\nEnd of page text.\n{n}" for n in range(1, 5)]
    view = reading_view(PAGE_BREAK.join(pages))
    assert view.text.count("2020") == 4 and view.text.count("\n66\n") == 4
    assert [line.strip() for line in view.text.splitlines()][-1] == ""  # page 4's number


def test_a_protective_marking_is_blanked_on_every_page_with_its_page_number() -> None:
    body = "\n".join(f"Line {n} of the body." for n in range(1, 5))
    pages = [f"OFFICIAL\nBody text about {t}.\n{body}\nOFFICIAL Page {n} of 2" for n, t in enumerate(("a", "b"), 1)]
    view = reading_view(PAGE_BREAK.join(pages))
    assert "OFFICIAL" not in view.text and "Page" not in view.text
    assert view.text.count("Body text about") == 2


def _two_lines(first: str, second: str) -> str:
    """A wrapped text whose lines run to 96 characters, then `first` and `second` after a blank line."""
    filler = "\n".join(["The council answered every part of the request in full and on time, as it always does."] * 4)
    return filler + "\n\n" + first + "\n" + second + "\n"


def test_continuations_by_their_first_character() -> None:
    base = "We looked at the records for each of the periods you named, from 1 January 2021 to 31"
    assert "to 31 December" in reading_view(_two_lines(base, "December 2023, and found nothing.")).text
    base = "We can confirm that the information is held by the Police Service of Northern Ireland"
    assert "Ireland (PSNI)" in reading_view(_two_lines(base, "(PSNI) as your request says.")).text
    base = "The number of referrals made by your local authority flagged as child criminal exploitation"
    assert "exploitation\nAdult" in reading_view(_two_lines(base, "Adult services said the figure is 0.")).text


def test_a_text_wrapped_twice_reads_as_one_paragraph() -> None:
    filler = "\n".join(["The council answered every part of the request in full and on time, as it always does."] * 4)
    text = (
        filler + "\n\nThis system uses a series of predetermined categories to record attendance at incidents of\n"
        "each\nkind and is used by every service to provide consistent returns.\n"
    )
    assert "incidents of each kind and is used" in reading_view(text).text


def test_a_lettered_label_after_a_wrapped_line_starts_a_line() -> None:
    filler = "\n".join(["The council answered every part of the request in full and on time, as it always does."] * 4)
    text = (
        filler
        + "\n\nc) The main supplier received £183,431 and the remaining amount went to the secondary\ne)The next\n"
    )
    assert "secondary\ne)The next" in reading_view(text).text


def test_table_rows_are_never_joined_as_wrapped_prose() -> None:
    rows = "\n".join(f"2023-05-{d:02d} | Supplier {d} | £{d * 37:,} | Item bought for the depot" for d in range(1, 29))
    assert reading_view(rows).text == rows


def test_a_full_stop_at_the_margin_continues_into_a_full_line() -> None:
    text = _two_lines(
        "The team checked each file by hand and found that none of them gave the reason for the visit.",
        "Finding the reason would mean reading every file again, which would take far more than a day.",
    )
    assert "the visit. Finding the reason" in reading_view(text).text


def test_a_full_stop_at_the_margin_before_a_short_line_ends_the_paragraph() -> None:
    text = _two_lines(
        "The team checked each file by hand and found that none of them gave the reason for the visit.",
        "Our response",
    )
    assert "the visit.\nOur response" in reading_view(text).text


def test_a_full_stop_short_of_the_margin_or_past_it_ends_the_paragraph() -> None:
    short = "The team checked each file by hand and found that none of them gave the reason."
    long = "The team checked each file by hand and found that none of them ever gave a reason for visiting the site."
    after = "Finding the reason would mean reading every file again, which would take far more than a day."
    assert "reason.\nFinding" in reading_view(_two_lines(short, after)).text
    assert "site.\nFinding" in reading_view(_two_lines(long, after)).text


def test_a_question_mark_at_the_margin_ends_the_line() -> None:
    text = _two_lines(
        "3. How many of the visits in each year were made by staff on overtime rather than on shift?",
        "We do not record whether a visit was made on overtime, so this information is not held by us.",
    )
    assert "shift?\nWe do not" in reading_view(text).text


def test_a_double_spaced_text_joins_a_wrap_across_its_blank_line() -> None:
    lines = [
        "The depot keeps a log of every vehicle that leaves the yard, with the driver and the time of",
        "departure and return, and the log for each month is sent to the fleet office in the first week",
        "of the next month.",
        "We looked at the logs for the three years you asked about and counted the journeys in each year.",
        "Each journey is counted once, whatever its length and whatever the reason the vehicle was taken",
        "out, so the totals below include short trips between the depot and the workshop across the road.",
        "Journeys in 2021: 4,310",
        "Journeys in 2022: 4,655",
        "Journeys in 2023: 4,902",
    ]
    view = reading_view("\n\n".join(lines) + "\n").text
    assert "time of  departure and return" in view and "first week  of the next month." in view
    assert "month.\n\nWe looked" in view  # a full stop before the blank line still ends the paragraph
    assert "across the road.\n\nJourneys in 2021" in view and "4,310\n\nJourneys in 2022" in view


def test_a_blank_line_ends_a_paragraph_in_a_text_of_longer_paragraphs() -> None:
    paragraph = "\n".join(["The council answered every part of the request in full and on time, as it always"] * 3)
    text = "\n\n".join([paragraph, "does in each case it gets"] * 5)
    assert "always\n\ndoes" in reading_view(text).text


def test_lines_opening_alike_are_items_of_one_list_not_wraps() -> None:
    text = _two_lines(
        "1 x full-time officer = logging the requests and answering them within the time allowed",
        "1 x part-time assistant (hours not recorded) for searches of the land charges register",
    )
    assert "allowed\n1 x part-time" in reading_view(text).text


def test_numbers_set_off_by_a_dash_are_items_of_one_list_not_wraps() -> None:
    text = _two_lines(
        "4 - 2023/24 £40,100, 2024/25 £41,250 (includes the Wibble branch, the mobile library and e-books)",
        "5 - no plans to change the opening hours",
    )
    assert "e-books)\n5 - no plans" in reading_view(text).text


def test_a_short_word_with_a_full_stop_is_no_letter_label() -> None:
    base = "If you do not keep a list of the referrals you made in each year, please could you state"
    assert "state so. Nil" in reading_view(_two_lines(base, "so. Nil referrals were made.")).text
    base = "The council answered every part of the request in full and on time, as it always does it"
    assert "does it\nb. The" in reading_view(_two_lines(base, "b. The second part was answered too.")).text
    assert "does it\niv) The" in reading_view(_two_lines(base, "iv) The fourth part was answered too.")).text


def test_a_part_against_its_number_opens_an_item_before_a_capital_only() -> None:
    base = "The council answered every part of the request in full and on time, as it always does it"
    assert "does it\n2(a) Pupils" in reading_view(_two_lines(base, "2(a) Pupils carried on each route this year")).text
    assert "does it\n3(ii) £4,120" in reading_view(_two_lines(base, "3(ii) £4,120 was received from the owners")).text
    base = "The withheld figure is covered by our refusal under section 43(2) which applies to parts"
    assert "parts 2(b) and 3" in reading_view(_two_lines(base, "2(b) and 3 of the request you sent to us.")).text


def test_a_number_at_the_margin_continues_into_a_capitalised_name() -> None:
    base = "Households were found intentionally homeless under the terms of section 191 of the 1996"
    assert "1996 Housing Act" in reading_view(_two_lines(base, "Housing Act in each of the years.")).text


def test_a_heading_closing_on_a_number_stays_apart_from_the_sentence_under_it() -> None:
    base = "Q1 - Number of Wibble Council depots open on 1 April 2020 and still open on 1 April 2025"
    assert "2025\nAs at that date" in reading_view(_two_lines(base, "As at that date: 4 depots")).text
    assert "2025\nNone were closed" in reading_view(_two_lines(base, "None were closed by the council.")).text


def test_item_mark_listed_along_a_sentence_continues_its_line() -> None:
    prose = "We hold the records asked for and have set out each figure in the paragraphs that follow below.\n" * 4
    text = (
        prose + "You asked (1) how many permits were issued in each of the last two years, (2) how\n"
        "many of these were revoked, and (3) whether the scheme charges a renewal fee for a permit, and\n"
        "(4) how many appeals were made against refusals in the same period of time.\n"
    )
    view = reading_view(text).text
    assert "fee for a permit, and (4) how many" in view
    listed = prose + "The figures are:\n(1) permits issued in each year of the period\n(2) permits revoked\n"
    assert "\n(2) permits revoked" in reading_view(listed).text


def test_a_row_of_figures_is_not_joined_to_the_header_over_it() -> None:
    # the header line reaches the wrap width; the row under it holds nothing but figures
    filler = "The costs of each van are given below, in the order of the fleet list that we publish on our site.\n"
    header = "Year Fuel bought Tyres fitted Repairs made Servicing done Insurance paid Road tax paid\n"
    text = f"{filler * 4}\n{header}2023 12,400 3,050 8,100 2,200 4,900 1,650\n"
    assert reading_view(text).wrap_width and "Road tax paid\n2023 12,400" in reading_view(text).text
    # a line of prose that opens with figures still continues the line above
    grew = "In all the fleet grew from twelve vans in the year 2021 to fourteen in 2022 and to\n15 in 2023.\n"
    prose = f"{filler * 4}\n{grew}"
    assert "and to 15 in 2023" in reading_view(prose).text


def test_a_page_number_breaking_a_sentence_is_blanked() -> None:
    prose = "We hold the records asked for and have set out each figure in the paragraphs that follow below.\n" * 4
    text = f"{prose}The plans hold cost details for a\n\n 2\n\nscheme not yet signed.\n"
    assert " 2\n" not in reading_view(text).text
    # a figure between blank lines after a caption, or before a capital, stays
    for kept in (
        f"{prose}The total for the year:\n\n 12\n\nthat is all.\n",
        f"{prose}Rooms in the\n\n 4\n\nWest Wing.\n",
    ):
        assert reading_view(kept).text.count("\n 12\n") + reading_view(kept).text.count("\n 4\n") == 1


def test_a_bare_page_number_by_a_protective_marking_is_blanked() -> None:
    text = "The figures are on our website.\n                    1\nOFFICIAL\n\nPlease contact us with any query.\n"
    view = reading_view(text).text
    assert "1" not in view and "website" in view


def test_a_bare_number_apart_from_a_protective_marking_is_kept() -> None:
    text = "How many vans do you lease?\n12\n\nOFFICIAL\n"
    assert "12" in reading_view(text).text


def test_a_short_reply_with_a_long_unwrapped_paragraph_joins_no_signature_lines() -> None:
    paragraph = "If you are unhappy with this reply you may ask us to review it, " * 3
    text = (
        "From: Wibble Board <info@wibble.example>\nTo: A Requester\nSubject: Request 12 - wobbles\n\nDear Sir\n\n"
        f"1. Wobbles counted in 2024: 40\n\n{paragraph.strip()}\n\nKind regards\nJo Bloggs\n"
        "Information Officer\nBwrdd Wibble / Wibble Board of Wobbles\nWibble House, Wibbleton\n"
    )
    assert "Wobbles\nWibble House" in reading_view(text).text
