"""Money: parse_amount on single expressions, extract_amounts on short replies written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foitrack.extract.money import extract_amounts, parse_amount

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£50k", D(50000)),
        ("£2,318,45", D("2318.45")),
        ("£12,34", None),
        ("£50K", D(50000)),
        ("£1.2m", D(1200000)),
        ("£1.2M", D(1200000)),
        ("£12.5bn", D(12500000000)),
        ("£3b", D(3000000000)),
        ("£10 million", D(10000000)),
        ("£2.3 billion", D(2300000000)),
        ("£4 thousand", D(4000)),
        ("£7.5mn", D(7500000)),
        ("GBP 2,000", D(2000)),
        ("GBP2000", D(2000)),
        ("2,000 pounds", D(2000)),
        ("10 million pounds", D(10000000)),
        ("350 GBP", D(350)),
        ("£2.50", D("2.50")),
        ("50p", D("0.50")),
        ("7.5p", D("0.075")),
        ("£ 1,234.56", D("1234.56")),
        ("£1,000,000", D(1000000)),
        ("£341,900", D(341900)),
        ("£0", D(0)),
        ("£0.00", D(0)),
        ("£nil", D(0)),
        ("£Nil", D(0)),
        ("-£43,450", D(-43450)),
        ("£-43,450", D(-43450)),
        ("(£1,000)", D(-1000)),
        ("| (£250) |", D(-250)),
        ("The fee (£25) was waived", D(25)),
        ("£20-30k", D(20000)),
        ("£1-2m", D(1000000)),
        ("£5,000 to £10,000", D(5000)),
        ("between £5,000 and £10,000", D(5000)),
        ("approximately £10 million", D(10000000)),
        ("c. £4,500 a year", D(4500)),
        ("a total of £87,120.45 for agency cover", D("87120.45")),
        ("costs were £1,050 per month", D(1050)),
        ("e)£272,245", D(272245)),
        ("Year 3: 12 staff - £6,400", D(6400)),
        ("£450 or 18 hours of staff time", D(450)),
        ("£75k and above", D(75000)),
        ("£12,50 typed badly", None),
        ("paid £3 per call", D(3)),
        ("$500 and £40", D(40)),
        # no sterling amount
        ("nil", None),
        ("$50", None),
        ("US$ 1,200", None),
        ("€40 million", None),
        ("2014-15", None),
        ("section 40(2)", None),
        ("20 working days", None),
        ("call 01632 960123", None),
        ("FOI/18/01775", None),
        ("15% of cases", None),
        ("1,234 requests", None),
        ("Room 12, 3 High Street", None),
        ("5 June 2024", None),
        ("£ on its own", None),
        ("£1,2345", None),
    ],
)
def test_parse_amount(text: str, expected: Decimal | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("£20-30k", D(30000)),
        ("£1.5-2m", D(2000000)),
        ("between £5,000 and £10,000", D(10000)),
        ("£200 to £300", D(300)),
        ("£300 - £200", None),
        ("£5 - 2020", None),
        ("from 2,500 to 8,000 pounds", D(8000)),  # the unit after the top covers both ends
        ("2-3 million pounds", D(3000000)),
        ("in 2023 - 500 pounds", None),  # a year before the sum opens no range
    ],
)
def test_range_top(text: str, high: Decimal | None) -> None:
    amounts = extract_amounts(text)
    assert amounts[0].gbp_high == high


def test_range_is_one_amount() -> None:
    amounts = extract_amounts("The grant was between £5,000 and £10,000.")
    assert [(a.gbp, a.gbp_high, a.text) for a in amounts] == [(D(5000), D(10000), "£5,000 and £10,000")]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("The post costs £32,000 per annum.", "year"),
        ("The post costs £32,000 pa.", "year"),
        ("The post costs £32,000 p.a. in total.", "year"),
        ("The contract is worth £9,000 a year.", "year"),
        ("An annual budget of £12,000 is set.", "year"),
        ("Rent is £800 per month.", "month"),
        ("Rent is £800 monthly.", "month"),
        ("The allowance is £60 per week.", "week"),
        ("A one-off payment of £500 was made.", "one-off"),
        ("The monthly charge for a garage is £55.", "month"),
        ("Our average weekly fee was £640 in 2024.", "week"),
        ("A room costs £700 per calendar month.", "month"),
        ("Berths cost £60 per metre per month.", "month"),
        ("We paid £500 to the supplier.", None),
    ],
)
def test_period_of_payment(text: str, per: str | None) -> None:
    assert extract_amounts(text)[0].per == per


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("We spend approximately £4,000 on this.", True),
        ("We spend around £4,000 on this.", True),
        ("We spend c. £4,000 on this.", True),
        ("We spend circa £4,000 on this.", True),
        ("We spend about £4,000 on this.", True),
        ("We spend £4,000 on this.", False),
    ],
)
def test_approximate(text: str, approximate: bool) -> None:
    assert extract_amounts(text)[0].approximate is approximate


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Our outreach team is small and the budget for this service is £120,400.", "budget for this service"),
        ("We paid £2,300 for interpreting services last year.", "interpreting services last year"),
        ("Mean cost: £18.40", "Mean cost"),
        ("Roughly £2m of our grant this year is addressing Rough Sleeping Prevention.", "Rough Sleeping Prevention"),
        ("A one-off payment of £900 went towards the county's youth festival.", "county's youth festival"),
        ("2021/22 - £61,210", None),  # a year says when, not what for: see test_period
        ("We allocated £7,000 in 2020-21 and £7,500 in 2021-22.", None),
    ],
)
def test_about(text: str, about: str | None) -> None:
    assert extract_amounts(text)[0].about == about


@pytest.mark.parametrize(
    ("text", "cost_limit"),
    [
        ("Answering would exceed the appropriate limit, which for councils is £450.", True),
        ("Under section 12 the cost limit of £600 applies to government departments.", True),
        ("This equates to 18 hours of work, or £450 at £25 an hour.", True),
        ("Our hall hire charge is £450 per day.", False),
        ("We spent £600 on printing.", False),
        ("Finding it would exceed £1,000 of staff time under section 12.", False),
    ],
)
def test_cost_limit(text: str, cost_limit: bool) -> None:
    first = extract_amounts(text)[0]
    assert first.cost_limit is cost_limit
    assert (first.about == "cost limit") is cost_limit


def test_amounts_in_order_with_spans() -> None:
    text = "Spend: £1,200 in year one, then £950.50 and finally 75p."
    amounts = extract_amounts(text)
    assert [a.gbp for a in amounts] == [D(1200), D("950.50"), D("0.75")]
    for a in amounts:
        assert text[a.span.start : a.span.end] == a.span.quote == a.text


def test_excluded_ranges_skip_quoted_question() -> None:
    text = "1. How much was spent on staff earning over £80,000?\nWe spent £412,630."
    question_end = text.index("\n")
    amounts = extract_amounts(text, exclude=[(0, question_end)])
    assert [a.gbp for a in amounts] == [D(412630)]


def test_restated_exact_figure_counted_once() -> None:
    text = "Total for all pupils: £3,417\nOf which special needs: £2,100\nSummary: £3,417"
    assert [a.gbp for a in extract_amounts(text)] == [D(3417), D(2100)]


def test_round_figure_repeated_on_different_lines_counted_twice() -> None:
    text = "2021: £5,000\n2022: £5,000"
    assert [a.gbp for a in extract_amounts(text)] == [D(5000), D(5000)]


def test_equal_exact_sums_on_two_labelled_rows_counted_twice() -> None:
    # two posts paid alike, each on its own labelled line of one list: two amounts, not a restatement
    text = "Allowances paid:\nTreasurer - £2,416.08\nClerk - £2,416.08\nWarden - £987.40\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("2416.08"), D("2416.08"), D("987.40")]
    # the same exact sum repeated in a later sentence is still reported once
    prose = text + "\nThe treasurer received £2,416.08 in the year.\n"
    assert [a.gbp for a in extract_amounts(prose)] == [D("2416.08"), D("2416.08"), D("987.40")]


def test_each_cost_limit_refusal_counted() -> None:
    refusal = "Complying would exceed the cost limit under section 12, which is £450.\n"
    assert [a.gbp for a in extract_amounts(refusal * 2)] == [D(450), D(450)]


@given(st.text())
def test_parse_amount_never_raises(text: str) -> None:
    parse_amount(text)


@given(st.text())
def test_extract_amounts_never_raises(text: str) -> None:
    extract_amounts(text, exclude=[(0, len(text) // 2)])


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_thousands_separated_integers_round_trip(n: int) -> None:
    assert parse_amount(f"£{n:,}") == n


TABLE = """Year | Amount (£) | Notes
2021-22 | 18,750 | Part-funded post
2022-23 | -1,200 | Refund
Total | 17,550 |
Year | Spend (£'000)
2023 | 12.5
After the table | 99 | a row of another shape
"""


def test_figures_in_a_pounds_column_are_money() -> None:
    amounts = extract_amounts(TABLE)
    assert [a.gbp for a in amounts] == [D(18750), D(-1200), D(17550), D(12500)]
    assert all(TABLE[a.span.start : a.span.end].replace(",", "").lstrip("-") for a in amounts)


def test_a_sum_answering_one_row_of_a_question_table_is_no_pounds_header() -> None:
    text = "Question | Answer\nWhat did the fees raise? | £2,310.50\nHow many appeals were upheld? | 4\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("2310.50")]


def test_a_table_without_a_pounds_header_gives_no_money() -> None:
    assert extract_amounts("Year | Cases\n2021 | 18,750\n2022 | 21,000\n") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the unit stands on the line that brings in the table, not in its header
        (
            "The fees paid were as follows (£ per hour):\n\nArea | Day | Night\nNorth | 18.20 | 21.05\n"
            "South | 17.90 | 20.40\n\nThe total spend was £2.1m.",
            [("18.20", "hour"), ("21.05", "hour"), ("17.90", "hour"), ("20.40", "hour"), ("2100000", None)],
        ),
        (
            "Provider | Rate (£ per hour)\nAlpha Care | 23.10\nBeta Care | 24.00\n",
            [("23.10", "hour"), ("24.00", "hour")],
        ),
        ("Spend by year (£):\nYear | Spend\n2021/22 | 12,400\n", [("12400", None)]),
        ("Costs were as follows:\nYear | Spend\n2021/22 | 12,400\n", []),
    ],
)
def test_a_table_in_pounds_per_hour_gives_rates(text: str, values: list[tuple[str, str | None]]) -> None:
    assert [(a.gbp, a.rate) for a in extract_amounts(text)] == [(D(v), r) for v, r in values]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("2021/22 - £61,210\n2022/23 - £63,000", ["2021-22", "2022-23"]),
        ("We allocated £7,000 in 2020-21 and £7,500 in 2021-2022.", ["2020-21", "2021-22"]),
        ("In 2019-20 the board also paid £4,100 for a survey.", ["2019-20"]),
        ("Year | Spend (£)\n2018 | 3,000\n2019 | 3,250\n", ["2018", "2019"]),
        ("The rangers were funded from April 2019 to March 2022 at £31k per annum.", ["April 2019 to March 2022"]),
        ("About £3m over three years (2020-21 to 2022-23) went on prevention.", ["2020-21 to 2022-23"]),
        ("Around £6 million of the budget this year is for road repairs.", ["this year"]),
        ("We spent £5,000 on leaflets.", [None]),
        ("Under the Local Government Act 2000 we paid £800.", [None]),
    ],
)
def test_period(text: str, periods: list[str | None]) -> None:
    assert [a.period for a in extract_amounts(text)] == periods


def test_a_purpose_pointing_back_takes_the_name_it_points_to() -> None:
    text = (
        "Last spring the council set up a Riverside Litter (Volunteer) Liaison post to work with schools.\n\n"
        "We have paid for this post since then, at a cost of £28k per annum."
    )
    assert extract_amounts(text)[0].about == "Riverside Litter (Volunteer) Liaison post"
    same_sentence = "We run a Night Shelter Outreach Team of four staff, and the budget for this team is £96,000."
    assert extract_amounts(same_sentence)[0].about == "budget for Night Shelter Outreach Team"


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        ("2020: £1,000\n2021: £1,500\nTotal: £2,500", [False, False, True]),
        ("Year | Amount (£)\n2020 | 1,000\n2021 | 1,500\nTotal | 2,500\n", [False, False, True]),
        ("We spent £4,000 on posters and £600 on radio, £4,600 in total.", [False, False, True]),
        ("A total of £9,120 was paid to the hauliers.", [True]),
    ],
)
def test_stated_total(text: str, totals: list[bool]) -> None:
    assert [a.stated_total for a in extract_amounts(text)] == totals


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Interpreters are paid £32 an hour.", "hour"),
        ("The scheme costs £1.40 per head of population.", "head"),
        ("Trainers charge £250/day.", "day"),
        ("We paid £8,000 for the audit.", None),
    ],
)
def test_rate(text: str, rate: str | None) -> None:
    assert extract_amounts(text)[0].rate == rate


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Tutors cost £40 per pupil per term, or £900 per pupil per year.", [None, "year"]),
        ("The charge is £12 per visit a month.", ["month"]),
        ("Interpreters are paid £32 an hour.", [None]),
    ],
)
def test_a_rate_keeps_the_period_named_after_its_unit(text: str, per: list[str | None]) -> None:
    assert [a.per for a in extract_amounts(text)] == per


def test_a_cost_estimate_of_hours_at_a_rate_is_not_money_spent() -> None:
    text = "Checking 4,000 files would take about 200 hours, which at £25 an hour is £5,000, over the limit."
    amounts = extract_amounts(text)
    assert [(a.gbp, a.cost_limit) for a in amounts] == [(D(25), True), (D(5000), True)]


def test_figures_under_a_pounds_heading_are_money() -> None:
    text = (
        "2. Please give the yearly grant to the youth service (£) for the last three years.\n"
        "2019/20 12,400.00\n2020/21 13,050.50\n2021/22 9,875.25\n\n3. Staff numbers\n2021 14\n"
    )
    amounts = extract_amounts(text)
    assert [a.gbp for a in amounts] == [D("12400.00"), D("13050.50"), D("9875.25")]
    assert [a.period for a in amounts] == ["2019-20", "2020-21", "2021-22"]


@pytest.mark.parametrize("page_break", ["\n\n      \n   \n\n", "\n\f\n", "\n  \n"])
def test_a_list_under_a_pounds_heading_goes_on_over_a_page_break(page_break: str) -> None:
    # the page's furniture ("Page 1 of 2") blanked with spaces by the reading view, or a PDF's "\f"
    text = f"Year Spend on repairs (£)\n2022 18,400\n2023 21,050{page_break}2024 19,975\n\nMore text.\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("18400"), D("21050"), D("19975")]
    # a blank line alone still ends the list
    assert [a.gbp for a in extract_amounts(text.replace(page_break, "\n\n"))] == [D("18400"), D("21050")]


def test_a_list_under_a_pounds_heading_laid_out_one_row_a_paragraph() -> None:
    # a PDF's or a web page's text: a blank line between each two rows of one list
    text = "Grant to the museum (£) by year:\n\n2021/22 41,250.00\n\n2022/23 38,900.50\n\n2023/24 40,075.25\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("41250.00"), D("38900.50"), D("40075.25")]
    # a paragraph of prose after the rows ends the list: a row after it is not read
    prose = text + "\nThe grant is reviewed each spring.\n\n2019/20 39,120.75\n"
    assert [a.gbp for a in extract_amounts(prose)] == [D("41250.00"), D("38900.50"), D("40075.25")]
    # a row labelled by a name after rows labelled by years is not one of them
    other = text + "\nVisitors 12,044.00\n"
    assert [a.gbp for a in extract_amounts(other)] == [D("41250.00"), D("38900.50"), D("40075.25")]
    # rows on adjacent lines: a blank line still ends the list
    dense = "Grant (£):\n2021/22 41,250.00\n2022/23 38,900.50\n\n2023/24 40,075.25\n"
    assert [a.gbp for a in extract_amounts(dense)] == [D("41250.00"), D("38900.50")]


def test_a_list_of_counts_is_not_money() -> None:
    assert extract_amounts("Cases by year\n2019 1,204\n2020 1,388\n") == []


def test_the_request_quoted_before_the_response_is_not_money() -> None:
    text = (
        "Request\nPlease provide the number of contractors paid over £80,000 a year, "
        "in a table like: Band | £50k-£80k | over £80k\n\nResponse\nSeven contractors; they cost £702,000 in total.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [D(702000)]


def test_a_reply_without_a_request_before_its_response_heading_keeps_its_money() -> None:
    text = "Our ref 123, budget holder note: £2,000 carried forward.\n\nResponse\nWe spent £500.\n"
    assert [a.gbp for a in extract_amounts(text)] == [D(2000), D(500)]


def test_a_table_flattened_to_one_cell_a_line_with_a_pounds_column() -> None:
    text = (
        "The figures are below.\n\nYear\nGrant paid (£)\nClubs funded\n2021/22\n14,250\n12\n2022/23\n9,800\n9\n\n"
        "Notes: 12 clubs applied.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(14250), Decimal(9800)]


def test_a_one_cell_a_line_table_under_its_title_and_its_repeated_figures() -> None:
    text = (
        "Fees are below.\n\nTable 3 - Hall hire 2025/26\nRoom\nWeekday (£)\nWeekend (£)\n"
        "Hall 1\n40.00\n52.50\nHall 2\n40.00\n52.50\nRoom 3\n15.00\nn/a\n\nBookings by phone.\n"
    )
    values = [40, "52.50", 40, "52.50", 15]
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in values]
    untitled = "Fees are below.\n\nRoom\nWeekday (£)\nHall 1\n40.00\nHall 2\n40.00\n"
    assert [a.gbp for a in extract_amounts(untitled)] == [Decimal(40), Decimal(40)]


def test_a_one_cell_a_line_table_between_lines_of_prose_without_blank_lines() -> None:
    text = (
        "Spend is coded to the advisory cost centres in the ledger. The totals by supplier are:\n"
        "Supplier\nPaid in 2023/24 (£)\nAshdown Advisory Ltd\n96,400\nKite & Lowe LLP\n41,250\n"
        "These sums exclude VAT and were paid under the regional framework agreement.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(96400), Decimal(41250)]


def test_a_question_and_answer_table_with_a_fee_column_where_charged() -> None:
    text = (
        "| No. | Question | Answer  (Fee £ where charged) |\n|---|---|---|\n"
        "| 1 | What is the fee for a dog licence? | 42.50 |\n"
        "| 2 | And for a second dog? | 21.25 (half the first fee) |\n"
        "| 3 | How many licences were issued in 2024? | 318 |\n"
        "|   |                                        | (all breeds) |\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("42.50"), Decimal("21.25")]


@pytest.mark.parametrize(
    "text",
    [
        "| Q6 | How much was spent on security in 2023/24? | £18,200 for contracted guards. |\n",
        "6) How much was spent on security in each year?\n\nWe spent £18,200 in 2023/24.\n",
    ],
)
def test_a_question_that_runs_on_into_its_answer_ends_at_its_question_mark(text: str) -> None:
    question = text.index("How")
    assert [a.gbp for a in extract_amounts(text, exclude=[(question, len(text) - 2)])] == [Decimal(18200)]
    assert extract_amounts("Did you spend over £5,000? Please say.\n", exclude=[(0, 30)]) == []


def test_a_stacked_table_whose_pound_columns_are_named_by_year() -> None:
    text = (
        "Grants paid are below.\n\nCharity\n2022/23 (£)\n2023/24 (£)\nOakfield Trust\n84,500\n88,200\n"
        "Riverside Care\n1,203,000\n1,251,400\n\nNo other grants were made.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in (84500, 88200, 1203000, 1251400)]


def test_a_row_label_wrapped_onto_its_own_line_does_not_end_a_pipe_table() -> None:
    text = (
        "Pitch type | 2024/25 (£) | 2025/26 (£)\nAdult pitch | 60.00 | 64.00\nJunior pitch | 30.00 | 32.00\n"
        "(per match)\nMini pitch | 0.00 | 0.00\nand training areas\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in (60, 64, 30, 32, 0, 0)]
    prose = "Pitch | Fee (£)\nAdult | 60.00\nBookings are taken by phone.\nJunior | 30\n"
    assert [a.gbp for a in extract_amounts(prose)] == [Decimal(60)]


def test_a_stacked_table_under_a_caption_naming_pounds_has_pounds_in_every_column_but_the_first() -> None:
    text = (
        "2. Hall hire income in each year (£):\nHall\n2022/23\n2023/24\nMain hall\n12,480\n13,020\n"
        "Annexe\n3,115\n2,990\nTotal\n15,595\n16,010\n"
        "The annexe was closed for a month in 2024 while its roof was mended.\n"
    )
    values = (12480, 13020, 3115, 2990, 15595, 16010)
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in values]
    thousands = "Spend by service (£'000):\nService\n2024/25\nParks\n41\nLibraries\n18\n"
    assert [a.gbp for a in extract_amounts(thousands)] == [Decimal(41000), Decimal(18000)]
    ragged = "Income (£):\nHall\n2022/23\n2023/24\nMain hall\n12,480\nAnnexe\n3,115\n2,990\n"
    assert extract_amounts(ragged) == []


def test_a_titled_caption_naming_pounds_a_blank_line_over_a_stacked_table_heads_it() -> None:
    text = (
        "Table 3: Grounds maintenance by park (£)\n\nPark\n2023/24\n2024/25\nVictoria Park\n45,120\n47,300\n"
        "Mill Green\n9,870\n10,115\n\nBoth parks are maintained under one contract.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in (45120, 47300, 9870, 10115)]


def test_a_caption_naming_pounds_straight_over_a_header_of_names_heads_a_stacked_table() -> None:
    text = (
        "Grants paid to clubs (£)\nYear\nValue\n2023/24\n18,250\n2024/25\n21,400\n\n"
        "Grants are paid in two instalments.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(18250), Decimal(21400)]
    # the caption's line set apart by a blank line reads the same table
    assert [a.gbp for a in extract_amounts(text.replace("(£)\n", "(£)\n\n"))] == [Decimal(18250), Decimal(21400)]
    # the header's names do not fill the rows: no table
    ragged = "Grants paid to clubs (£)\nYear\nValue\n2023/24\n18,250\n2024/25\n\nGrants are paid twice.\n"
    assert extract_amounts(ragged) == []


def test_a_column_headed_gbp_is_a_column_of_pounds() -> None:
    text = "The grants are below.\n\nYear Grants Value (GBP)\n2023/24 12 1,250,400\n2024/25 15 1,410,900\n\nEnd.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(1250400), Decimal(1410900)]


@pytest.mark.parametrize(
    "text",
    [
        "Income was £14,020 in the year. Figures are rounded to the nearest £10.\n",
        "Income was £14,020 in the year; costs are given in multiples of £5.\n",
    ],
)
def test_the_precision_figures_are_rounded_to_is_no_sum(text: str) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(14020)]


@pytest.mark.parametrize(
    "text",
    [
        "Income was £14,020 in the year. Officers' pay is published in £2,500 bands.\n",
        "Income was £14,020 in the year. Salaries are shown in bands of £5,000.\n",
    ],
)
def test_the_width_of_the_bands_figures_are_given_in_is_no_sum(text: str) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(14020)]


def test_stacked_cells_that_do_not_fill_the_header_are_no_table() -> None:
    text = "Summary\nCost (£)\nClubs\n2021/22\n14,250\n12\n2022/23\n\n"
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please give the budget by year, e.g. 2020 - £100,000.\nOur reply: 2020 - £250,000; 2021 - £265,000.\n",
            [Decimal(250000), Decimal(265000)],
        ),
        ("I would like the costs in the format: item, cost (£1,000.00).\nSigns cost £640.\n", [Decimal(640)]),
        ("Costs such as £500 for signs and £300 for posts were met by the parish.\n", [Decimal(500), Decimal(300)]),
    ],
)
def test_the_requesters_example_of_a_format_is_no_sum(text: str, expected: list[Decimal]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Year|Spend (£)\n2019|12,000\n2020|13,500\n",
        "| Year | Spend (£) |\n|---|---|\n| 2019 | 12,000 |\n| 2020 | 13,500 |\n",
        "Year\tSpend (£)\n2019\t12,000\n2020\t13,500\n",
        "Year | Spend (£) | Notes\n2019 | 12,000 | \n2020 | 13,500 | late\n",
    ],
)
def test_a_pounds_column_in_any_table_layout(text: str) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(12000), Decimal(13500)]


def test_a_unit_in_a_header_is_no_sum() -> None:
    assert [a.gbp for a in extract_amounts("Year | Budget (£000)\n2019 | 120\n")] == [Decimal(120000)]
    assert [a.gbp for a in extract_amounts("Year | Cost GBP\n2019 | 12,000\n")] == [Decimal(12000)]


def test_sums_in_the_older_mail_quoted_below_an_email_reply_are_the_requesters() -> None:
    reply = "Dear Ms Roe,\nThe council spent £2,310 on the signs.\n\n"
    older = "-----Original Message-----\nFrom: A Roe\n> I read that each sign costs £95, please confirm.\n"
    assert [a.gbp for a in extract_amounts(reply + older)] == [Decimal("2310")]
    assert [a.gbp for a in extract_amounts("Subject: FW: signs\n" + reply + older)] == [Decimal("2310"), Decimal("95")]


def test_a_file_attached_below_the_older_mail_is_the_replys_own() -> None:
    reply = "Dear Ms Roe,\nPlease see the attached figures.\n\n"
    older = "-----Original Message-----\nFrom: A Roe\n> I read that each sign costs £95, please confirm.\n\n"
    for heading in ("==== Attachment: Signs.csv ====", "----- Attachment 1: Signs.xlsx -----", "[Attachment: Signs]"):
        attached = f"{heading}\nYear | Spend (£)\n2023 | 2,310\n"
        assert [a.gbp for a in extract_amounts(reply + older + attached)] == [Decimal("2310")]
    # a mention of an attachment in the older mail heads no file's text
    mention = "-----Original Message-----\nFrom: A Roe\n> See my attachment: each sign costs £95.\n"
    assert [a.gbp for a in extract_amounts(reply + mention)] == []


def test_gbp_between_a_year_and_a_figure_is_the_figures_prefix() -> None:
    text = "Spend on verges:\n2019/20 GBP 4,215\n2020/21 GBP 3,980\nThe hire was 40 GBP a day."
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(4215), Decimal(3980), Decimal(40)]


def test_a_table_repeating_a_sum_written_in_prose_lists_it_again_and_prose_repeating_prose_does_not() -> None:
    text = "The total was £1,234.50.\n\nYear | Spend (£)\n2019 | 1,234.50\n2020 | 310.25\n2021 | 310.25\n"
    values = [Decimal("1234.50"), Decimal("1234.50"), Decimal("310.25"), Decimal("310.25")]
    assert [a.gbp for a in extract_amounts(text)] == values
    text = "We paid £2,417.60 in all.\n\nPost | Paid\nClerk | £2,417.60\n\nAs said, the sum was £2,417.60."
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("2417.60"), Decimal("2417.60")]


def test_a_response_label_opening_the_first_answer_ends_the_quoted_request() -> None:
    text = (
        "Q1. Please tell me what you charge for a new bin.\n"
        "Response: The charge is £27.50; before May it was £25.00.\n"
        "Q2. What was the income?\nResponse:\nIncome was £4,310.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("27.50"), Decimal("25.00"), Decimal(4310)]


def test_each_pounds_column_of_a_row_of_figures_is_money() -> None:
    text = (
        "Income by site:\nSite 2022/23 (£) 2023/24 (£)\nNorth Quay 12,400 13,050\nMill Lane 9,875 1,950\n"
        "Total 22,275 15,000\n\nVisitors by site\nSite Visits Staff\nNorth Quay 1,204 3\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [D(12400), D(13050), D(9875), D(1950), D(22275), D(15000)]


def test_a_row_of_a_count_and_a_pounds_column_gives_the_sum_alone() -> None:
    text = "Grants paid (£)\n2021/22 14 12,400.00\n2022/23 9 9,875.25\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("12400.00"), D("9875.25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cost by heading\nItem 2023/24 2024/25\nConsultants 14,500 3,200\nOvertime 2,250 1,050\n"
            "Total (GBP) 16,750 4,250\n\nStaff affected 1,250\n",
            [D(14500), D(3200), D(2250), D(1050), D(16750), D(4250)],
        ),
        ("Repairs 1,200\nCleaning 850.50\nGrand total (£): 2,050.50\n", [D(1200), D("850.50"), D("2050.50")]),
        ("Number of staff 1,200\nTotal cost £12,000\n", [D(12000)]),
        ("Cases 1,200\nClosed 1,100\nTotal 2,300\n", []),
    ],
)
def test_the_rows_over_a_total_row_in_pounds_are_money(text: str, expected: list[Decimal]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == expected


def test_bare_figures_over_a_note_saying_they_are_pounds() -> None:
    text = "Agency drivers:\n\nYear Spend\n2021/22 48,310\n2022/23 51,975\n\nFigures are shown in £, without VAT."
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(48310), Decimal(51975)]
    text = "Calls by year:\n2021/22 4,310\n2022/23 5,975\nAll figures are for the calendar year."
    assert extract_amounts(text) == []
    text = "Grants went to:\n\nRiver clean-up group 12,500\nYouth sailing club 4,250\n\n(all amounts in £)\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(12500), Decimal(4250)]


def test_a_list_under_a_pounds_heading_with_long_row_labels() -> None:
    text = (
        "Item                                                    Cost (£)\n"
        "Resurfacing of the car park at the leisure centre           24,310\n"
        "Replacement of street lighting columns (two wards)          9,875\n"
        "Total                                                   34,185\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [D(24310), D(9875), D(34185)]


def test_a_row_whose_name_opens_with_a_number_stays_in_the_pounds_list() -> None:
    # "3 Rivers Cleaning Ltd" names a firm: the list goes on past it, its zero cell a sum too
    text = (
        "Firm 2022/23 2023/24\n Paid (£) Paid (£)\nAlder Facilities Ltd 12,400 9,150\n"
        "3 Rivers Cleaning Ltd 0 4,275\nTotal 12,400 13,425\n\nWe hold 2 contracts.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [D(v) for v in (12400, 9150, 0, 4275, 12400, 13425)]
    # a number before a word without figures after it is no row: the list ends there
    text = "Fee (£)\nHall 1,200\n4 rooms were booked.\nPeople 2,300\n"
    assert [a.gbp for a in extract_amounts(text)] == [D(1200)]


def test_a_question_taken_with_its_answer_ends_at_the_colon_ending_its_line() -> None:
    # a heading restating the question, its figures below, read as one question span by the segmenter
    text = "Q2 Cost of grounds maintenance:\n 2023/24 £12,400\n 2024/25 £13,150\n"
    amounts = extract_amounts(text, exclude=[(3, len(text) - 20)])
    assert [a.gbp for a in amounts] == [Decimal(12400), Decimal(13150)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hire cost £640. Council spending over £500 is published each month on our website.\n", [640]),
        ("We publish all payments in excess of £250; the fee paid was £1,200.\n", [1200]),
        ("Over the year we spent £900 on repairs over £500 each time.\n", [900, 500]),  # no publication: kept
    ],
)
def test_a_publication_threshold_is_no_figure_of_the_answer(text: str, expected: list[int]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "(£)" after the year columns is the unit of each; cells split by " / "
        (
            "Depot / 2022/23 / 2023/24 (£)\nNorth / 41,200 / 43,950\nSouth / 12,600 / 9,880\n",
            [41200, 43950, 12600, 9880],
        ),
        ("Site 2022/23 2023/24 (£)\nNorth 41,200 43,950\n", [41200, 43950]),
        # a count column before the "(£)" one is no sum
        ("Item Number Value (£)\nChairs 14 2,380\n", [2380]),
    ],
)
def test_a_pound_heading_after_year_columns_is_the_unit_of_each(text: str, expected: list[int]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(v) for v in expected]


def test_equal_sums_alone_on_their_lines_in_a_stacked_table_are_each_kept() -> None:
    text = "Room\nHourly charge\nNorth\n£18.00\nSouth\n£15.00\nEast\n£18.00\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("18.00"), Decimal("15.00"), Decimal("18.00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The limit is, for us, ?450. Staff time is costed at ?25 per hour.\n", [Decimal(450), Decimal(25)]),
        ("Was a fee charged?2. How many were issued? 14 in all.\n", []),
        ("The fee is £40 (see note ?3 below).\n", [Decimal(40)]),
    ],
)
def test_a_pound_sign_lost_to_the_encoding_as_a_question_mark(text: str, expected: list[Decimal]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == expected


def test_a_lost_pound_sign_is_quoted_as_the_reply_wrote_it() -> None:
    text = "The limit is, for us, ?450.\n"
    [amount] = extract_amounts(text)
    assert amount.gbp == Decimal(450)
    assert amount.span.quote == text[amount.span.start : amount.span.end] == "?450"


def test_a_pound_list_row_whose_figure_wraps_onto_its_own_line() -> None:
    text = (
        "The grants for 2024/25 were:\n\nRecipient Grant (£)\nHarbour Trust for Older People\n 84,200\n"
        "A second charity (see 2b)\n Withheld\n\n2b) We have withheld the name.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(84200)]
    assert extract_amounts("Recipient Grant (£)\nHarbour Trust\n 31\n") == []  # a count, not a sum


def test_a_one_cell_a_line_table_with_a_total_row_whose_figure_stands_apart() -> None:
    text = (
        "The income was:\n\nSite\nTown\nIncome £\nNorth Yard\nAyr\n12,410\nQuay Road\nTroon\n8,905\nTotal\n\n"
        "21,315\n\nOther sites are free.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(12410), Decimal(8905), Decimal(21315)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column of counts after the pounds column: each row's figure before its last
        ("Spend was:\n\nYear Grants paid (£) Number of grants\n2022/23 41,250 17\n2023/24 39,800 15\n", [41250, 39800]),
        # a year with a footnote mark
        ("Fees:\n\nYear Fees returned (£)\n2023/24 18,400\n2024/25* 6,150\n\n* to 30 June\n", [18400, 6150]),
    ],
)
def test_a_list_under_a_pounds_heading_with_a_count_column_or_a_footnoted_year(text: str, expected: list[int]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(n) for n in expected]


def test_rows_adding_up_to_a_total_the_reply_gives_in_pounds_are_money() -> None:
    text = (
        "1. What did the board spend on catering?\nAnswer: £2,611.45 in the year.\n\n"
        "2. Please split it by site.\nAnswer:\nNorth depot 1,530.20\nHarbour office 845.00\nTown hall 236.25\n"
        "Total 2,611.45\n"
    )
    amounts = [a.gbp for a in extract_amounts(text)]
    assert amounts == [Decimal("2611.45"), Decimal("1530.20"), Decimal("845.00"), Decimal("236.25"), Decimal("2611.45")]
    # rows that do not add up to it, or a total the reply never gives in pounds, are not read
    assert len(extract_amounts(text.replace("236.25", "236.75"))) == 1
    assert extract_amounts(text.replace("£2,611.45", "a lot")) == []


def test_a_pounds_heading_with_a_note_after_the_sign_reads_the_list_under_it() -> None:
    text = "Fitting costs by year (£, excluding VAT):\n\n2022/23 41,200\n2023/24 9,880\n\nNo other costs.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(41200), Decimal(9880)]
    assert extract_amounts("Counts by year (2023, see note):\n\n2022/23 41,200\n") == []


def test_a_pounds_heading_with_its_note_before_the_sign_reads_the_list_under_it() -> None:
    text = "Heating oil (before VAT, £):\n2022/23   12,450\n2023/24   10,310\n\nNo other fuel was bought.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(12450), Decimal(10310)]
    assert extract_amounts("Visits by site (see note, 2023):\n\nNorth 41,200\n") == []


def test_rows_under_a_sum_in_pounds_that_they_add_up_to_are_money() -> None:
    text = (
        "Mileage claims in 2023/24 came to £5,012.40 in all, by department:\n\n Highways 3,100.15\n"
        " Libraries 1,467.00\n Parks 445.25\n\nA count by year:\n\n 2022/23 0\n 2023/24 0\n"
    )
    amounts = [a.gbp for a in extract_amounts(text)]
    assert amounts == [Decimal("5012.40"), Decimal("3100.15"), Decimal("1467.00"), Decimal("445.25")]
    # rows that do not add up to the sum above them are not read
    assert len(extract_amounts(text.replace("445.25", "445.75"))) == 1


def test_the_last_column_of_a_table_under_a_note_that_its_costs_are_in_pounds() -> None:
    text = (
        "Taken from our invoices. Costs are in pounds and include VAT.\n\n Year Tonnes collected Disposal cost\n"
        " 2022/23 8,112 410,220\n 2023/24 7,940 398,775\n\nTonnage fell.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(410220), Decimal(398775)]
    # a last column of counts, or no note, reads nothing
    assert extract_amounts(text.replace("Disposal cost", "Lorries used")) == []
    assert extract_amounts(text.replace("Costs are in pounds and include", "Figures include")) == []


def test_a_figure_under_year_column_headings_laid_out_one_cell_a_line_gets_no_guessed_year() -> None:
    # the headings' last year is the last column's, not the first figure's: no period rather than a wrong one
    text = "Spend by team:\nTeam\n2022/23\n2023/24\nRoads\n£1,500\n£1,750\n"
    assert [(a.gbp, a.period) for a in extract_amounts(text)] == [(Decimal(1500), None), (Decimal(1750), None)]
    # one year before a figure is still its year
    assert [a.period for a in extract_amounts("Spend by team in 2023/24:\nRoads\n£1,750\n")] == ["2023-24"]


def test_every_column_of_a_table_totalled_in_a_last_column_under_a_note_that_figures_are_in_pounds() -> None:
    text = (
        "Our spend by year follows. All figures are in pounds and include VAT.\n\nYear Bins Benches Total\n"
        "2022/23 1,200 800 2,000\n2023/24 1,500 650 2,150\n\nSpend rose.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [1200, 800, 2000, 1500, 650, 2150]
    # each figure is in its row's year, and only the total column is a stated total, so a comparison shows the
    # row's total for that year rather than one part of it (or the parts and the total added together)
    assert [(a.period, a.stated_total) for a in extract_amounts(text)] == [
        ("2022-23", False), ("2022-23", False), ("2022-23", True),
        ("2023-24", False), ("2023-24", False), ("2023-24", True),
    ]  # fmt: skip
    # rows that do not add up to their last figure, a count column, or no note: nothing is read
    assert extract_amounts(text.replace("2,150", "2,160")) == []
    assert extract_amounts(text.replace("Bins", "Number of bins")) == []
    assert extract_amounts(text.replace("All figures are in pounds and include", "Figures include")) == []


def test_a_note_naming_its_figures_as_income_in_pounds_sterling_over_a_totalled_table() -> None:
    text = (
        "Our year runs from April. Income is shown in pounds sterling, before VAT.\n\n"
        "  Year      Hall hire    Pitches    Total\n  2022/23       3,410      1,250    4,660\n"
        "  2023/24       3,905      1,105    5,010\n\nHire rose.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [3410, 1250, 4660, 3905, 1105, 5010]
    assert extract_amounts(text.replace("in pounds sterling", "in the table")) == []


def test_a_wrapped_note_that_figures_are_in_pounds_over_a_table_of_year_columns() -> None:
    # the note's sentence runs on over two more lines before the header naming the columns' years
    text = (
        "Spend per depot is below. Figures are in pounds, net of VAT and\n"
        "drawn from the ledger; they include hire charges and\nfuel duty.\n\n"
        "Depot              2021/22     2022/23\n"
        "North Yard          18,240      19,105\n"
        "South Yard           9,730       8,960\n"
        "Total               27,970      28,065\n\nCosts rose.\n"
    )
    assert [(int(a.gbp), a.period, a.stated_total) for a in extract_amounts(text)] == [
        (18240, "2021-22", False), (19105, "2022-23", False),
        (9730, "2021-22", False), (8960, "2022-23", False),
        (27970, "2021-22", True), (28065, "2022-23", True),
    ]  # fmt: skip
    # without the note, or with a figure in a line before the sentence ends, nothing is read
    assert extract_amounts(text.replace("Figures are in pounds", "Figures are rounded")) == []
    assert extract_amounts(text.replace("hire charges and\n", "hire charges and 3\n")) == []


def test_a_one_cell_a_line_table_goes_on_after_a_page_break_and_the_next_pages_header() -> None:
    # the footer the reading view blanked to spaces, a rule, then the next page's running header
    text = (
        "Paid in each year:\n\nYear\nGrants (£)\n2021\n1,500\n2022\n2,250\n\n-------\n          \n\n"
        "Example District Council\nRef ABC/24/1\n\n2023\n3,100\n2024\n4,050\n\nThe grants are published.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [1500, 2250, 3100, 4050]
    # with no page break between, the lines after a blank line are another block: the table ends at it
    unbroken = text.replace("          \n", "")
    assert [int(a.gbp) for a in extract_amounts(unbroken)] == [1500, 2250]


def test_a_one_cell_a_line_table_whose_row_a_page_break_cuts_goes_on_after_it() -> None:
    # the page turns after a row's first cell: the rest of the row opens the next page, no cell shaped as a row's first
    text = (
        "The largest mandates:\n\nRank\nManager\nValue (£m)\n1\nAlder Capital\n512.3\n2\n          \n\n"
        "Birch Partners\n47.0\n\nThe values are unaudited.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [512300000, 47000000]
    # a paragraph of prose after the page break is no part of the table, which then does not fill its rows
    prose = text.replace("Birch Partners\n47.0\n", "Birch Partners were appointed in the spring of that year.\n")
    assert [int(a.gbp) for a in extract_amounts(prose)] == []


def test_a_row_whose_label_names_pounds_gives_its_figures_the_years_heading_their_columns() -> None:
    text = (
        "Figures for the depot:\n\n"
        "                        2021/22      2022/23\n"
        "  Loads collected          318          342\n"
        "  Haulage charge (£)     7,410        8,055\n\n"
        "We hope this helps.\n"
    )
    assert [(int(a.gbp), a.period) for a in extract_amounts(text)] == [(7410, "2021-22"), (8055, "2022-23")]
    # the counted row names no pounds: none of its figures is read; a row of years after "(£)" is a header
    assert extract_amounts("Spend (£) 2022 2023\nParks 1,200 1,350\n") == []


def test_a_bare_figure_after_total_that_the_sums_before_it_add_up_to_is_a_stated_total() -> None:
    text = "We paid £1,120 for the survey and £365 for the report. Total 1,485 before VAT.\n"
    amounts = extract_amounts(text)
    assert [(int(a.gbp), a.stated_total) for a in amounts] == [(1120, False), (365, False), (1485, True)]
    # a figure the sums do not add up to is not read as money
    assert [int(a.gbp) for a in extract_amounts(text.replace("1,485", "1,490"))] == [1120, 365]


def test_a_line_that_only_names_published_spending_over_a_threshold_is_a_link_not_a_sum() -> None:
    text = "The cost was £2,400.\n\nSee also\n  Payments to suppliers over £500\n  Contact us\n"
    assert [int(a.gbp) for a in extract_amounts(text)] == [2400]


def test_a_total_heading_over_a_column_makes_no_cell_a_stated_total_but_a_total_row_is_one() -> None:
    # the heading says what every cell is; only the first cell used to be marked, as if it summed the rest
    stacked = "Total compensation paid (£)\nYear\nAmount\n2022-23\n1,200\n2023-24\n1,500\n\nThe figures are audited.\n"
    aligned = "Year        Total kennel cost (£)\n2022        4,862\n2023        5,510\nTotal       10,372\n"
    assert [(int(a.gbp), a.stated_total) for a in extract_amounts(stacked)] == [(1200, False), (1500, False)]
    assert [(int(a.gbp), a.stated_total) for a in extract_amounts(aligned)] == [
        (4862, False), (5510, False), (10372, True),
    ]  # fmt: skip


def test_answers_typed_between_the_quoted_lines_of_the_request_mail_are_read() -> None:
    text = (
        "Dear Mr Lee,\n\nPlease see our answers under your questions in your email below.\n\n"
        "Kind regards,\nRecords Team\n\n"
        "-----Original Message-----\nFrom: A Lee\nSent: 02 March 2025 10:15\nSubject: Request\n\n"
        "> 1. What did the depot's new roof cost?\n\n"
        "ANSWER: The roof cost £48,315.\n\n"
        "> 2. For comparison, last year you quoted £9,999 for repairs.\n> Regards, A Lee\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [48315]
    # an older mail whose body is not quoted line by line is left out whole
    unmarked = text.replace("> ", "")
    assert extract_amounts(unmarked) == []
    # a greeting of a few unmarked lines may open the quoted body before its first ">" line
    greeted = text.replace("Subject: Request\n\n", "Subject: Request\n\nDear Records Team,\nPlease tell me:\n\n")
    assert [int(a.gbp) for a in extract_amounts(greeted)] == [48315]


def test_a_list_whose_rows_set_their_figure_off_with_a_dash_is_read_over_a_note_naming_pounds() -> None:
    text = "Grounds upkeep:\n2021/22 - 81,240\n2022/23 - 95,516\n(figures in GBP, before VAT). We hope this helps.\n"
    assert [(int(a.gbp), a.period) for a in extract_amounts(text)] == [(81240, "2021-22"), (95516, "2022-23")]


def test_an_exact_sum_repeated_in_one_table_flattened_one_cell_a_line_is_two_cells() -> None:
    text = "Year\nOwn funds\nGrants\nTotal\n2023/24\n£73,418\n£0\n£73,418\n2024/25\n£80,112\n£5,000\n£85,112\n"
    assert [int(a.gbp) for a in extract_amounts(text)] == [73418, 0, 73418, 80112, 5000, 85112]
    # the same sum restated in prose after the table is still reported once
    restated = text + "\nIn 2023/24 we spent £73,418 in all.\n"
    assert [int(a.gbp) for a in extract_amounts(restated)] == [73418, 0, 73418, 80112, 5000, 85112]


def test_a_sum_cut_by_a_page_break_inside_a_group_of_digits_is_joined() -> None:
    # the reading view blanks the page's footer and header to spaces; "\f" marks a break in other texts
    text = "The cost to date was £38,20\n      \n                    \n\n 7.15 before VAT.\n"
    assert [a.gbp for a in extract_amounts(text)] == [D("38207.15")]
    assert [a.gbp for a in extract_amounts(text.replace("      \n", "\f\n"))] == [D("38207.15")]
    # without a page break between, the lines are not one sum; nor when the next part cannot finish the group
    assert extract_amounts("The cost to date was £38,20\n7.15 before VAT.\n") == []
    assert extract_amounts(text.replace(" 7.15", " 72.15")) == []


def test_a_charge_named_in_prose_is_a_sum_where_the_reply_gives_its_sums_in_gbp_without_a_pound_sign() -> None:
    table = "Year      Rent (GBP)\n2023/24   41,900\n2024/25   43,150\n\n"
    prose = "The 2024/25 rent includes late payment charges of 1,320 for two quarters.\n"
    assert [int(a.gbp) for a in extract_amounts(table + prose)] == [41900, 43150, 1320]
    # a reply that writes "£" for its sums would have written it here too; a share is no sum
    assert [int(a.gbp) for a in extract_amounts(table + prose + "Parking was £40.\n")] == [41900, 43150, 40]
    assert [int(a.gbp) for a in extract_amounts(table + "Savings of 12.50% were made.\n")] == [41900, 43150]
    # without a heading or note naming pounds, the figure is no sum
    assert extract_amounts(prose) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space-aligned table whose money column names thousands: bare whole figures are sums too
        ("Grant by year:\n\nPeriod        Grant (£000s)\n2021/22       640\n2022/23       1,115\n", [640000, 1115000]),
        # a caption in "£k" over a list
        ("Street lighting energy (£k):\n2022/23   57\n2023/24   63\n\nNo more.\n", [57000, 63000]),
        # "(£ thousands)", and a count column after it keeps its figures out
        ("Year   Cost (£ thousands)   Staff\n2023/24   212   9\n2024/25   230   11\n", [212000, 230000]),
        # a note after the rows that the figures are in thousands of pounds
        ("Library book fund\n2022/23 88\n2023/24 91\n\nAll figures are in thousands of pounds.\n", [88000, 91000]),
        # one cell a line under a header naming "£'000"
        ("Year\nRepairs £'000\n2022/23\n405\n2023/24\n377\n", [405000, 377000]),
        # a note over the table, "in £000s", and a last column naming a cost
        ("Costs are shown in £000s.\nYear Tonnes Disposal cost\n2022/23 812 96\n2023/24 790 101\n", [96000, 101000]),
    ],
)
def test_a_table_or_list_in_thousands_of_pounds_reads_every_row_as_that_many_thousands(
    text: str, expected: list[int]
) -> None:
    amounts = extract_amounts(text)
    assert [a.gbp for a in amounts] == [Decimal(n) for n in expected]
    assert all(a.text.replace(",", "").isdigit() for a in amounts)  # the cell as written: "640", not "640000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipe table whose value column is headed "(£m)": each figure a number of millions, to one decimal
        (
            "| Asset | Value (£m) | Share (%) |\n| Gilts | 412.5 | 6.1 |\n| Property | 96.0 | 1.4 |\n",
            [412500000, 96000000],
        ),
        # a bare "£m" cell heading the column
        ("| Rank | Fund | £m |\n| 1 | Index tracker | 730.2 |\n| 2 | Bond fund | 88.9 |\n", [730200000, 88900000]),
        # one cell a line under a "(£m)" header cell
        ("Rank\nManager\nMandate (£m)\n1\nAlder Capital\n512.3\n2\nBirch Partners\n47.0\n", [512300000, 47000000]),
        # a list under a heading in billions
        ("Assets under management (£bn):\n2022/23   38.1\n2023/24   40.6\n", [38100000000, 40600000000]),
    ],
)
def test_a_table_in_millions_or_billions_of_pounds_reads_every_figure_at_that_scale(
    text: str, expected: list[int]
) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(n) for n in expected]


@pytest.mark.parametrize(
    "text",
    [
        # years, or a count, are no sums in thousands
        "Savings (£k):\nStarted 2019\nReviewed 2023\n",
        "Year Visits\n2022/23 412\n2023/24 388\n\nAll figures are in thousands of pounds.\n",
        # no unit in thousands: bare whole figures under "(£)" stay unread, as before
        "Year Budget (£)\n2022/23 835\n2023/24 912\n",
        # thousands of something else
        "Visitors (thousands)\n2022/23 412\n",
    ],
)
def test_bare_figures_are_no_sums_without_a_unit_in_thousands_of_pounds(text: str) -> None:
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row whose figure is withheld, and a row label with a bracketed note holding a figure: the list goes on
        (
            "Post Pay (£) FTE\nHead of Law 71,300 1.0\nHead of Estates withheld 1.0\n"
            "Head of Finance (S151) 69,950 1.0\nClerk 40,120 0.6\n",
            ["71300", "69950", "40120"],
        ),
        # a header naming the year columns under a caption in thousands of pounds: every year's figure
        (
            "Grants by area (£000s)\n\nArea 2022/23 2023/24\nNorth 1,204 980\nSouth 312 455\n",
            ["1204000", "980000", "312000", "455000"],
        ),
        # "£k" cells under the column names, a rule over the total row
        (
            "Cost line Outturn Budget\n£k £k\nStaff 410 455\nVenues 37 52\n------ ------\nTotal 447 507\n",
            ["410000", "455000", "37000", "52000", "447000", "507000"],
        ),
    ],
)
def test_a_list_of_sums_reads_past_withheld_rows_rules_and_under_year_or_unit_headers(
    text: str, expected: list[str]
) -> None:
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(n) for n in expected]


def test_pence_cut_off_by_a_line_wrap_after_the_decimal_point_belong_to_the_sum() -> None:
    text = "Repairs cost £52,310.\n08 in 2022/23 and £61,004.50 in 2023/24.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("52310.08"), Decimal("61004.50")]
    assert [a.gbp for a in extract_amounts("Repairs cost £52,310.\n08 staff were paid.\n")] == [Decimal(52310)]


def test_a_question_ends_where_its_answer_starts_on_its_line() -> None:
    text = "1. Hall hire in 2023: £4,120.\n2. Room hire £310 £355\n3. Did any grant exceed £5,000?\n"
    exclude = [(0, 29), (30, 52), (53, len(text) - 1)]
    assert [a.gbp for a in extract_amounts(text, exclude=exclude)] == [Decimal(4120), Decimal(310), Decimal(355)]


def test_a_question_ends_at_the_colon_before_a_rate_answering_it() -> None:
    text = "(a) Standard room: £95 per night\n(b) Did any stay cost more than £150 per night?\n"
    exclude = [(0, 32), (33, len(text) - 1)]
    assert [(a.gbp, a.rate) for a in extract_amounts(text, exclude=exclude)] == [(Decimal(95), "night")]


def test_a_heading_naming_the_questions_it_answers_ends_the_quoted_request() -> None:
    text = (
        "1. Please provide the spend on interpreters by month.\n\n"
        "Response to 1:\n\nMonth\tSessions\tSpend\nMay 2024\t40\t£3,615\nJune 2024\t52\t£4,470\n\n"
        "2. Please provide the rate paid per hour.\n\nResponse: the rates are not held.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(3615), Decimal(4470)]


def test_bare_year_columns_under_a_bracketed_pounds_note_are_sums_in_their_years() -> None:
    text = (
        "Our yearly costs were (figures in pounds, before VAT):\n\n"
        "                2022-23     2023-24\n"
        "Cleaning          41,250      43,180\n"
        "Security          18,400      19,020\n"
    )
    assert [(a.gbp, a.period) for a in extract_amounts(text)] == [
        (Decimal(41250), "2022-23"),
        (Decimal(43180), "2023-24"),
        (Decimal(18400), "2022-23"),
        (Decimal(19020), "2023-24"),
    ]


def test_quarter_labels_open_rows_of_a_list_under_a_pounds_heading() -> None:
    text = (
        "Quarter        Visits    Takings (GBP)\n"
        "Q1 2023-24       310        6,204.50\n"
        "Q2 2023-24 *     295        5,870.00\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("6204.50"), Decimal("5870.00")]


def test_a_sum_in_the_answer_after_a_reported_question_without_a_mark_is_read() -> None:
    text = "(2) You asked whether staff flew to the conference. They did not; the rail fares (£186.40) were paid.\n"
    assert [a.gbp for a in extract_amounts(text, exclude=[(4, len(text) - 1)])] == [Decimal("186.40")]
    asked = "(2) The spend on flights. Please give the spend over £500 only.\n"
    assert extract_amounts(asked, exclude=[(4, len(asked) - 1)]) == []


def test_a_sum_written_in_words_is_read_and_kept_beside_the_figure_it_glosses() -> None:
    text = "The levy is £3,250 (three thousand two hundred and fifty pounds). A fund of one hundred thousand pounds.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(3250), Decimal(3250), Decimal(100000)]
    text = "It cost several thousand pounds, far less than 10 million pounds."
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(10_000_000)]


def test_a_span_read_as_a_question_that_states_the_body_s_sum_is_the_answer() -> None:
    stated = "3. The top daily rate we paid in 2023 was £612.40, for a specialist assessor.\n"
    assert [a.gbp for a in extract_amounts(stated, exclude=[(3, len(stated) - 1)])] == [Decimal("612.40")]
    opened = "4. No. Our scheme limits a claim to £40 a day and £150 a week.\n"
    assert [a.gbp for a in extract_amounts(opened, exclude=[(3, len(opened) - 1)])] == [Decimal(40), Decimal(150)]
    asked = "5. The grant last year was £9,000. Please give this year's figure.\n"
    assert extract_amounts(asked, exclude=[(3, len(asked) - 1)]) == []


def test_a_question_restated_in_square_brackets_ends_at_its_closing_bracket() -> None:
    text = "[Costs of any claims over £250]\nOnly claims for damage above £250 are recorded: £1,310 in all.\n"
    assert [a.gbp for a in extract_amounts(text, exclude=[(0, len(text) - 1)])] == [Decimal(250), Decimal(1310)]


def test_a_total_row_under_its_own_breakdown_is_listed_though_given_before() -> None:
    text = (
        "Spend in 2024/25    £9,310.50\n\nBy team:\n"
        "Parks     £6,000.25\nHighways  £3,310.25\nTotal     £9,310.50\n\n"
        "The spend was £9,310.50 as said.\n"
    )
    assert [str(a.gbp) for a in extract_amounts(text)] == ["9310.50", "6000.25", "3310.25", "9310.50"]


def test_the_first_row_run_on_to_its_pound_headings_line_is_read() -> None:
    # a reading view joins a table's first row to its heading when it takes the row for a wrapped line
    text = "Year Claims Paid out (£) 2022 41 12,400.50\n2023 38 9,810.25\n\nThat is all we hold.\n"
    assert [str(a.gbp) for a in extract_amounts(text)] == ["12400.50", "9810.25"]


def test_a_one_cell_a_line_table_of_named_rows_under_a_note_that_every_figure_is_in_pounds() -> None:
    # the note's subject ("the sums") has another predicate first, joined by "and"; the rows open with names
    text = (
        "The sums below come from our purchase ledger and are in pounds, before VAT.\n\n"
        "Depot\nFuel\nTyres\nNorth Yard\n14,250\n3,180\nSouth Yard\n9,905\n2,460\nTotal\n24,155\n5,640\n\nCosts fell.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [14250, 3180, 9905, 2460, 24155, 5640]
    # a note on one kind of sum ("income") names no table's every figure; without "and are" there is no note
    assert extract_amounts(text.replace("The sums below", "Income below")) == []
    assert extract_amounts(text.replace("and are in pounds", "in a table")) == []
    # a header cell naming pounds keeps the others out: "Jobs" counts
    named = text.replace("Fuel\nTyres", "Jobs\nSpend (£)")
    assert [int(a.gbp) for a in extract_amounts(named)] == [3180, 2460, 5640]


def test_priced_rows_over_a_rule_and_the_total_they_add_up_to_under_a_caption_naming_their_cost() -> None:
    text = (
        "Subscriptions held in 2024/25 and what each cost us (net of VAT):\n\n"
        "Mapping service (2 seats)        310.00\n"
        "Payroll bureau, monthly runs     1,204.50\n"
        "Booking system                    89.99\n"
        "                                 --------\n"
        "Total                            1,604.49\n\nSupport is bought in at £40 an hour.\n"
    )
    assert [str(a.gbp) for a in extract_amounts(text)] == ["310.00", "1204.50", "89.99", "1604.49", "40"]
    # a caption naming no cost (hours, staff in post), rows that do not add up, or a total without pence: no sums
    assert len(extract_amounts(text.replace("what each cost us", "the hours each took"))) == 1
    assert len(extract_amounts(text.replace("89.99", "89.98"))) == 1
    whole = text.replace(".00", "").replace("1,204.50", "1,205").replace("89.99", "89").replace("1,604.49", "1,604")
    assert len(extract_amounts(whole)) == 1


def test_a_span_read_as_a_question_that_states_a_sum_keeps_it_though_a_later_paragraph_asks() -> None:
    # the span runs from the body's statement of a sum over a blank line into the next question
    text = "The hall's yearly rent for 2025 is £2,400, as last year.\n\nQ. How much was spent on its roof?\nNone.\n"
    span = (0, text.index("?") + 1)
    assert [a.gbp for a in extract_amounts(text, exclude=[span])] == [Decimal(2400)]
    # in one paragraph, the question mark still marks the whole span as asked
    asked = text.replace("\n\nQ.", " Q.")
    assert extract_amounts(asked, exclude=[(0, asked.index("?") + 1)]) == []


def test_each_figure_of_a_row_under_a_note_that_every_figure_is_in_pounds_and_a_header_counting_nothing() -> None:
    text = (
        "The yearly costs are below. Figures are in pounds and exclude VAT.\n\n"
        "Year Fuel Tyres Repairs\n2023 12,400 3,050 8,100\n2024 13,120 2,980 7,450\n\nWe hold nothing older.\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [12400, 3050, 8100, 13120, 2980, 7450]
    # a header naming a column that counts things leaves the row's figures unread: which column it is is unknown
    assert extract_amounts(text.replace("Tyres", "Number of vans")) == []
    # a note on one kind of sum only ("costs are in pounds") names no table's every figure
    assert extract_amounts(text.replace("Figures are", "Costs are")) == []


def test_a_sum_run_onto_its_quoted_questions_line_is_the_answer() -> None:
    text = '"3. What was owed at the year end?" £4,127.35, owed by three tenants.\n'
    assert [a.gbp for a in extract_amounts(text, exclude=[(1, len(text) - 1)])] == [Decimal("4127.35")]
    text = "4. Was more than £500 owed? Yes.\n"  # the question's own sum stays the requester's
    assert extract_amounts(text, exclude=[(0, len(text) - 1)]) == []


def test_a_bare_table_cell_repeating_a_sum_given_in_prose_is_listed_again() -> None:
    text = "The fee is 30p a visit.\nSite\nFee\nNorth Park\n30p\nSouth Park\n30p\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("0.3")] * 3


def test_a_pipe_tables_total_row_under_its_breakdown_is_listed_again() -> None:
    text = (
        "| Year | Spend |\n| 2023/24 | £71,040 |\n\nBreakdown of 2023/24:\n\n"
        "| Staff | £40,215 |\n| Travel | £30,825 |\n| Total | £71,040 |\n"
    )
    assert [int(a.gbp) for a in extract_amounts(text)] == [71040, 40215, 30825, 71040]


def test_columns_headed_in_pounds_a_week_give_weekly_sums() -> None:
    text = (
        "Our usual rates are:\nRoom type 2023/24 (£ per week) 2024/25 (£ per week)\n"
        "Single 640.00 668.25\nShared 590.00 612.00\nThese exclude extras.\n"
    )
    got = [(a.gbp, a.per) for a in extract_amounts(text)]
    assert got == [(D(v), "week") for v in ("640.00", "668.25", "590.00", "612.00")]


def test_a_sum_in_words_after_rounded_to_the_nearest_is_the_precision_not_a_sum() -> None:
    text = "The depot spent £2.4m. The figure is rounded to the nearest fifty thousand pounds.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(2_400_000)]


def test_a_question_label_alone_over_a_one_cell_a_line_table_is_no_cell_of_it() -> None:
    text = (
        "Our answers follow.\n\nQ1\nYear\nGrant (£)\n2022/23\n8,410\n2023/24\n9,075\n"
        "Figures exclude VAT and cover every grant the parks team paid out.\nQ2\nNone held.\n"
    )
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(8410), Decimal(9075)]


def test_a_first_year_row_run_onto_its_question_after_a_wide_gap_is_the_answer() -> None:
    text = "1. Spend on grit and salt  2022/23 - £4,120\n 2023/24 - £4,610\n\n2. Next\n"
    question = (3, text.index("\n"))
    got = [a.gbp for a in extract_amounts(text, exclude=[question])]
    assert got == [Decimal(4120), Decimal(4610)]


def test_a_lettered_part_of_a_few_words_ending_in_its_sum_keeps_the_sum() -> None:
    text = "2. Split\na) Street lights £41k b) Signs / posts £12k\n"
    parts = [(text.index("Street"), text.index(" b)")), (text.index("Signs"), len(text) - 1)]
    assert [a.gbp for a in extract_amounts(text, exclude=parts)] == [Decimal(41000), Decimal(12000)]
    asked = "a) Please list all contracts for winter gritting awarded above £25,000\n"
    assert extract_amounts(asked, exclude=[(3, len(asked) - 1)]) == []


def test_an_exact_sum_repeated_for_another_named_year_is_a_second_amount() -> None:
    text = "The trust was paid £7,315.50 in 2021/22 and £7,315.50 in 2022/23 for the service.\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal("7315.50"), Decimal("7315.50")]
    # the same year named again, or no year with the repeat, still restates the sum
    again = "We spent £7,315.50 in 2021/22. To repeat, the spend was £7,315.50 in 2021/22.\n"
    assert [a.gbp for a in extract_amounts(again)] == [Decimal("7315.50")]
    bare = "We spent £7,315.50 in 2021/22. That £7,315.50 covered licences.\n"
    assert [a.gbp for a in extract_amounts(bare)] == [Decimal("7315.50")]


def test_a_bilingual_reply_lists_a_sum_in_each_language() -> None:
    welsh = (
        "Annwyl Mr Wibble,\n\n1. Faint a wariodd y Cyngor ar y gwaith yn 2024/25?\n\n2024/25 - £48,215\n\n"
        "Mae'r ffigur hwn yn cynnwys y costau staff ond nid yw'n cynnwys TAW. Nid oes gan y Cyngor gontract ar gyfer "
        "y gwaith hwn ac mae'r gwaith wedi dod i ben.\n\n"
    )
    english = (
        "Dear Mr Wibble,\n\n1. How much did the Council spend on the work in 2024/25?\n\n2024/25 - £48,215\n\n"
        "This figure includes staff costs but does not include VAT.\n"
    )
    amounts = extract_amounts(welsh + english)
    assert [a.gbp for a in amounts] == [Decimal(48215), Decimal(48215)]
    assert [a.restated for a in amounts] == [True, False]  # the Welsh copy is listed, never summed
    # in English only, the same line printed twice is still one sum
    assert [a.gbp for a in extract_amounts(english + english)] == [Decimal(48215)]


# --- round 87
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sum a heading lists things over is the line asked about, not a sum the reply gives
        ("3) Grant payments above £10,000 in 2022/23:\n14/06/2022 - Oak Trust - £12,400.00\n", [Decimal("12400")]),
        ("(iv) Invoices over £2,500\nAshdown Ltd - £3,100\n", [Decimal(3100)]),
        ("Yes, invoices over £250 are in our monthly spending data at the link below.\n", []),
        # a sum after "over" that the reply gives is kept
        ("We spent over £2,000 on grit.\n", [Decimal(2000)]),
        # a row numbered as an answer, its label ending in its year, before "(£)" and its figure
        ("2. Total grit spend 2023/24 (£): 9,410.50\n", [Decimal("9410.50")]),
    ],
)
def test_thresholds_and_numbered_pound_rows(text: str, expected: list[Decimal]) -> None:
    assert [a.gbp for a in extract_amounts(text)] == expected


def test_a_part_naming_its_threshold_is_the_question_not_its_answer() -> None:
    text = "(v) Invoices over £2,500\n12/10/2023 - Ashdown Ltd - £3,100.00\n"
    start = text.index("Invoices")
    assert [a.gbp for a in extract_amounts(text, exclude=[(start, text.index("\n"))])] == [Decimal("3100")]
    hire = "a) Hire £4,000\n"  # a part's words and its one sum: the sum answers it
    assert [a.gbp for a in extract_amounts(hire, exclude=[(3, len(hire) - 1)])] == [Decimal(4000)]


def test_rows_run_onto_the_line_of_their_pound_heading() -> None:
    text = "3. Top suppliers 2023/24 Supplier Spend (£) Rock Salt Ltd 41,000.00 Grit Co 12,500.50 Vanhire 9,100.00\n"
    assert [a.gbp for a in extract_amounts(text)] == [Decimal(41000), Decimal("12500.50"), Decimal(9100)]
    two = "Supplier Spend (£) Rock Salt Ltd 41,000.00 Grit Co 12,500.50\n"  # fewer than three: no such table
    assert extract_amounts(two) == []
