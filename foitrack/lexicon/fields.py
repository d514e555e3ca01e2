"""The wording the field readers rely on: words around a sum of money, date labels, reference labels.

Read by foitrack.extract.money, foitrack.extract.dates and foitrack.extract.reference, which
build their patterns from these entries: the structure around the words (where a sum or a date
stands, "$" anchors, named groups) stays in the readers. Money and date readers match an entry on
the reply's text case-blind: an entry searched on its own opens with "(?i)" and is used as compiled, one
built into a bigger pattern is compiled there with re.IGNORECASE; the reference reader searches fold(text).
Either way a pattern is written in lower case, as every lexicon's is, and
tests/test_lexicon_fields.py checks each example and counter-example against it in fold(text).
Examples are written for these entries; none is copied from a reply.
"""

from __future__ import annotations

from foitrack.lexicon import Cue, Lexicon

# ---------------------------------------------------------------- words around a sum of money
# an entry the money reader searches on its own, not built into a bigger pattern, opens with "(?i)": the reader
# uses its `compiled` pattern on the reply's text as it is written
APPROXIMATELY = Cue(
    "approximately",
    "approximate",
    r"\b(?:approximately|approx\.?|around|about|circa|c\.|ca\.|roughly|nearly|almost|some|estimated|"
    r"an estimate of|just over|just under|up to|in the region of)",
    1.0,
    ("The spend was approximately £4,000.", "It cost c. £200.", "We paid in the region of £1m."),
    ("The spend was £4,000 exactly.", "The fee is £35."),
    "read just before a sum",
)
PER_YEAR = Cue(
    "per_year",
    "period",
    r"per annum|per year|a year|each year|every year|annually|yearly|p\.\s?a\.?|pa(?![a-z])|/\s?(?:year|yr)",
    1.0,
    ("£30,000 per annum", "£500 a year", "£1,200 p.a.", "£80/yr"),
    ("£500 in total", "£30,000 paid once"),
    "read just after a sum",
)
PER_MONTH = Cue(
    "per_month",
    "period",
    r"per (?:calendar )?month|a (?:calendar )?month|each month|every month|monthly|pcm|/\s?month",
    1.0,
    ("£650 pcm", "£40 each month", "£12/month", "£700 per calendar month"),
    ("£650 in May", "£40 for the term"),
    "read just after a sum",
)
PER_WEEK = Cue(
    "per_week",
    "period",
    r"per week|a week|each week|every week|weekly|pw(?![a-z])|/\s?week",
    1.0,
    ("£90 per week", "£90 pw", "£15 weekly"),
    ("£90 for the day", "£15 on Tuesday"),
    "read just after a sum",
)
ANNUAL = Cue(
    "annual",
    "period",
    r"(?i)\b(?:annual|annually|per annum|yearly)\b",
    1.0,
    ("The annual budget of £2m", "a yearly grant of £500"),
    ("The budget of £2m", "an annualised figure"),
    "read before a sum on its line",
)
ONE_OFF = Cue(
    "one_off",
    "period",
    r"(?i)\bone[- ]off\b",
    1.0,
    ("a one-off payment of £500", "a one off grant of £200"),
    ("one of the payments was £500",),
)
MONTHLY = Cue(
    "monthly",
    "period",
    r"(?i)\bmonthly\b",
    1.0,
    ("The monthly charge for a space is £45", "a monthly subscription of £9.99"),
    ("The charge for a space is £45", "a month-long trial costing £9.99"),
    "read before a sum on its line, as ANNUAL is",
)
WEEKLY = Cue(
    "weekly",
    "period",
    r"(?i)\bweekly\b",
    1.0,
    ("The average weekly fee paid was £210", "a weekly allowance of £35"),
    ("The average fee paid was £210", "a week's allowance of £35"),
    "read before a sum on its line, as ANNUAL is",
)
COST_LIMIT_CONTEXT = Cue(
    "cost_limit_context",
    "cost_limit",
    r"(?i)appropriate (?:costs? )?limit|costs? limit|section 12|\bs\.?\s?12\b|exceed|\b(?:18|24|40) hours|"
    r"excessive cost|prescribed (?:amount|limit)|fees regulations",
    1.0,
    (
        "The appropriate limit is £450.",
        "Under s.12 we need not comply.",
        "It would take more than 18 hours.",
        "The Fees Regulations set £600.",
    ),
    ("The fine is £450.", "The grant was £600 for 2023."),
    "near £450 or £600: the sum is the section 12 cost limit",
)
AMOUNT_VERB = Cue(
    "amount_verb",
    "amount_verb",
    r"\b(?:is|was|are|were|of|totalled|totalling|totals|amounted to|came to|comes to|stands at|stood at|"
    r"set at|costs?|paid|at a cost of)\b",
    1.0,
    ("the budget for this service is", "spend on agency staff totalled", "the contract was let at a cost of"),
    ("Thank you for writing.", "Hence these figures."),
    "the verb ending the clause just before a sum: the words before it say what the sum is for",
)
PURPOSE_VERB = Cue(
    "purpose_verb",
    "purpose",
    r"(?:went|goes|go|paid)\s+(?:to|on|towards)|(?:is|are|was|were|has been|have been|will be)\s+(?:being\s+)?"
    r"(?:addressing|spent on|used (?:for|on|to fund)|allocated (?:to|for)|going (?:to|on|towards)|"
    r"directed (?:at|to)|invested in|earmarked for|committed to|targeted at|funding|supporting|for)",
    1.0,
    (
        "£40,000 of the grant is addressing rough sleeping",
        "£5,000 went towards new signs",
        "the sum was earmarked for road repairs",
    ),
    ("£40,000 was received in March", "the sum came from reserves"),
    "the words after it say what a sum goes on",
)
DEMONSTRATIVE_NOUN = Cue(
    "demonstrative_noun",
    "demonstrative",
    r"post|service|team|role|project|scheme|programme|contract|grant|unit|initiative|partnership|campaign|"
    r"pilot|work|budget|fund|position",
    1.0,
    ("the budget for this post", "the said scheme", "that programme"),
    ("the total was £300 in May",),
    "read after 'this', 'that', 'the said' or 'the same': a purpose named earlier in the reply",
)
TOTAL_BEFORE = Cue(
    "total_before",
    "total",
    r"\b(?:total(?:led|ling|s)?|grand total|in all|altogether|overall|combined|sum of)\b",
    1.0,
    ("Total: £12,000", "the overall spend was £3m", "a sum of £400"),
    ("Spend in 2023 was £12,000.", "The subtotal row"),
    "before a sum: a stated total of other figures",
)
TOTAL_AFTER = Cue(
    "total_after",
    "total",
    r"(?:in total|in all|altogether|overall|combined)\b",
    1.0,
    ("£22,500 in total", "£900 altogether"),
    ("£22,500 in 2023", "£900 in allowances"),
    "just after a sum: a stated total of other figures",
)
POUNDS_NOTE = Cue(
    "pounds_note",
    "unit",
    r"(?im)(?:^|(?<=[.!?])[ \t]|[ \t](?=\())[ \t]*\(?[ \t]*(?:(?:all|the)\s+)*"
    r"(?:figures|amounts|sums|values|costs|totals|income|spend|spending|expenditure|payments|receipts)\b"
    r"(?:[^.\n]{0,30}?|[^.\n]{0,60}?\band\s+)"
    r"(?:(?:are|is)\s+)?(?:(?:shown|given|stated|expressed|quoted|reported)\s+)?in\s+(?:thousands\s+of\s+)?"
    r"(?:pounds|£|gbp|sterling)",
    1.0,
    (
        "All figures are in pounds (£) and exclude VAT.",
        "Amounts shown in £",
        "The figures in the table are in £.",
        "(all sums in £)",
        "Taken from our ledger. Costs are in pounds and include VAT.",
        "Our year ends in March. Income is shown in pounds sterling, before VAT.",
        "Expenditure is given in GBP.",
        "Spending is shown in thousands of pounds.",
        "All amounts are in £000s.",
        "The yearly costs were as below (figures in pounds, net of VAT):",
        "The sums that follow come from our ledger of payments and are in pounds.",
    ),
    (
        "All figures are for the calendar year.",
        "The costs rose (figures for the calendar year):",
        "The amounts paid in 2023 were lower.",
        "We spent £400 in May.",
        "(figures for the calendar year)",
        "Spending rose. Costs in the second year fell.",
        "Income is shown in the second column.",
        "Payments are made in March.",
        "Figures are in thousands of visitors.",
        "The figures come from our booking system and the visits are in the log.",
        "Costs are listed below and were paid in pounds.",
    ),
    "a line next to a table (the line over its header, or the first after its rows), in brackets or not, or the "
    "sentence ending such a line, or a bracket closing it, saying its figures are pounds (perhaps after another "
    "predicate joined by 'and': 'come from our ledger and are in pounds') (or thousands of pounds: "
    "the note's line naming thousands, '£000s' or '£k' makes each figure that many thousands)",
)
EVERY_FIGURE_NOTE = Cue(
    "every_figure_note",
    "unit",
    r"^[ \t(]*(?:(?:all|the)\s+)*(?:figures|amounts|sums|values)\b",
    1.0,
    ("All figures are in pounds.", "The amounts below come from our ledger and are in £.", "(sums in £)"),
    ("Income is shown in pounds.", "Costs are in pounds and exclude VAT.", "Spend is given in GBP."),
    "a note saying figures are in pounds (POUNDS_NOTE) that names every figure, not one kind of sum: under it, a "
    "table's figure columns are of pounds but those counting things, where no header cell names pounds itself",
)
MONEY_COLUMN = Cue(
    "money_column",
    "unit",
    r"\b(?:cost|spend|spending|expenditure|amount|income|payment|charge|fee|price|value|budget)s?[ \t]*$",
    1.0,
    ("Year Tonnes collected Disposal cost", "Quarter Visits Income", "Month Number of claims Amount"),
    ("Year Cost Visits", "Site Spend per visit (hours)", "Year Number of staff"),
    "the last column's name in the header of a table under a note saying its costs are in pounds: that column's "
    "figures, each row's last, are sums",
)
COST_CAPTION = Cue(
    "cost_caption",
    "unit",
    r"(?i)\b(?:costs?|spend|spending|expenditure|prices?|fees?|charges?|payments?)\b[^\n]*:[ \t]*$",
    1.0,
    (
        "Licences bought last year, with what each one cost:",
        "Fees charged by each firm (before VAT):",
        "Our spending on each site was as follows:",
    ),
    ("Staff in post at the year end (FTE):", "Hours worked by each team:", "The cost is shown in the table."),
    "the line over a list of rows, each a label and a figure with pence, that add up exactly to the Total row under "
    "them: the list names what things cost, so its figures and the total are sums in pounds",
)
VAT_NOTE = Cue(
    "vat_note",
    "unit",
    r"(?:ex|exc|excl|excluding|exclusive of|inc|incl|including|inclusive of|net of|plus|before|after)\.?[ \t]+vat",
    1.0,
    ("(£ ex VAT)", "(£ incl. VAT)", "(£ excluding VAT)", "(£ net of VAT)"),
    ("(£ per hour)", "(£ a week)", "(£000s)"),
    "a note on VAT after the pound sign in a column's header, with no comma before it: the column is of pounds",
)
CHARGE_OF = Cue(
    "charge_of",
    "unit",
    r"(?i)\b(?:costs?|charges?|fees?|payments?|fines?|penalty|penalties|refunds?|grants?|savings?)\s+of(?=\s+\d)",
    1.0,
    ("cancellation charges of 4,150 for three vans", "a one-off fee of 1,275.50", "refunds of 2,040 were made"),
    ("the cost of living", "charges of any kind", "a fee is payable", "payments were made of 5,000"),
    "just before a figure without '£' in prose, in a reply that writes no '£' and gives its tables' sums in pounds "
    "under a '(GBP)' or '(£)' heading or a note: the figure is a sum",
)
RATE_UNIT = Cue(
    "rate_unit",
    "rate",
    r"hour|hr|day|head|person|pupil|child|mile|visit|session|case|call|officer|night|place|bed|delegate|"
    r"attendee|participant|claim|item|page|unit|user|victim|referral|metre|vehicle",
    1.0,
    ("£15 an hour", "£3 per call", "£25/hr", "£1.20 per head", "£40 per metre of hedge", "£210 per vehicle"),
    ("£15 in total", "£3,000 for the year"),
    "read after 'per', 'a', 'each' or '/' just after a sum: the sum is a rate",
)
HOURS_OF_WORK = Cue(
    "hours_of_work",
    "hours_of_work",
    r"(?i)\b\d[\d,.]*\s*hours?\b|\bhours? of (?:staff )?(?:time|work)\b",
    1.0,
    ("we estimate 150 hours", "many hours of staff time"),
    ("opening hours are 9 to 5", "the office is open late"),
    "in a sentence with a rate or a cost-limit cue: its sums are a cost estimate",
)
COUNT_QUESTION = Cue(
    "count_question",
    "count",
    r"(?i)\bhow many\b",
    1.0,
    ("How many fees were charged?",),
    ("How much was charged?",),
    "a table row asking for a count: its figure is no sum",
)
COUNT_COLUMN = Cue(
    "count_column",
    "count",
    r"(?i)\b(?:(?:number|count|headcount|fte|hours|quantity|visits|people)\b|no\.)",
    1.0,
    ("Number of claims", "Visits", "No. of vehicles", "Staff FTE"),
    ("Repair costs", "Spend on agency staff", "Fees received"),
    "a header cell of a table whose note says its figures are pounds: this column counts things, its figures are "
    "no sums",
)
WITHHELD_CELL = Cue(
    "withheld_cell",
    "unit",
    r"withheld|redacted|not disclosed|exempt|not held|n/a",
    1.0,
    ("Head of Legal withheld", "Area manager redacted", "Post B not disclosed", "Deputy Clerk n/a"),
    ("Head of Legal 64,200", "Area manager 58,910.50"),
    "the cell of a row in a list of sums in pounds where the row's figure is not given: the list goes on past it",
)
PENCE_AFTER_WRAP = Cue(
    "pence_after_wrap",
    "unit",
    r"[ \t]+(?:in|for|during|per|on|over|to|from|and|or)\b",
    1.0,
    ("37 in 2022/23", "05 for the year", "60 per month", "18 and a further"),
    ("37 staff were", "05 were unplanned", "12. The next"),
    "read after the two digits opening a line under a sum that ends its line with a decimal point ('£4,210.' over "
    "'37 in 2022/23'): the digits are the sum's pence, cut off by the line's wrap",
)

_UNIT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_SCALE_WORDS = "hundred|thousand|million|billion"
SUM_IN_WORDS = Cue(
    "sum_in_words",
    "unit",
    rf"(?i)(?<![\w-])(?:a[\s-]+(?={_SCALE_WORDS})|(?:{_UNIT_WORDS})(?!\w)[\s-]+)"
    rf"(?:(?:{_UNIT_WORDS}|(?:{_SCALE_WORDS})(?:[\s-]+and)?)(?!\w)[\s-]+)*pounds(?![a-z])",
    1.0,
    (
        "a reserve of seventy-five thousand pounds",
        "the fee (three hundred and forty pounds) was paid",
        "a grant of a million pounds",
        "nine pounds an hour",
    ),
    ("several thousand pounds", "thousands of pounds", "10 million pounds", "one pound coins", "a few pounds"),
    "a sum of money written out in words, before 'pounds': its value is read from the number words",
)

# ---------------------------------------------------------------- the request, quoted in a reply
WELSH_WORDS = Cue(
    "welsh_words",
    "language",
    r"(?i)(?<![\w'])(?:y|yr|yn|mae|ac|wedi|gan|ein|eich|nid|nad|oedd|hyn|hwn|hon|gyda|ar|sef|neu|dros|ydy|ydi|"
    r"ydym|rydym|ydych|cyngor|gyfer|i'r|o'r|a'r|yw'r|i'w|ym|yng|ei|eu|pob|faint|sawl|o|mewn|ond|sydd|bod|hefyd|"
    r"ddim|roedd|bydd|fydd|cafodd|nac|oes|â|ag|heb|tuag|cyfanswm)(?![\w'])",
    1.0,
    ("Mae'r Cyngor wedi talu'r costau.", "Dyfarnwyd y grant i Gyngor Wibble yn 2024.", "Faint a wariwyd?"),
    ("The council paid the costs.", "The grant was awarded to Wibble Council in 2024.", "How much was spent?"),
    "a Welsh sentence's common small words (none an English word): a bilingual reply prints each sum in both "
    "languages, and the copy in the other language is a second mention, not a restatement",
)
ENGLISH_WORDS = Cue(
    "english_words",
    "language",
    r"(?i)(?<![\w'])(?:the|and|of|to|was|were|is|are|in|for|this|that|with|we|you|your|our|how|what|which|"
    r"has|have|not|does|did|on|by)(?![\w'])",
    1.0,
    ("The council paid the costs.", "How much was spent?", "We hold this."),
    ("Mae'r Cyngor wedi talu'r costau.", "Faint a wariwyd?"),
    "an English sentence's common small words, weighed against WELSH_WORDS to tell a bilingual reply's languages",
)
REQUEST_WORDS = Cue(
    "request_words",
    "request",
    r"(?i)\b(?:please provide|please supply|please send|i would like|i am looking for|i am requesting|i request|"
    r"request for information|could you (?:please )?(?:provide|tell))\b",
    1.0,
    ("Please provide the number of permits.", "Could you tell me the cost?", "I am looking for the policy."),
    ("We provide the figures below.", "The council would like to thank you."),
    "before a 'Response' heading: the text above it is the request",
)
REQUESTER_VOICE = Cue(
    "requester_voice",
    "requester",
    r"(?i)\b(?:please|i would like|i'd like|could you|can you|would you|your request|you asked|i am requesting)\b",
    1.0,
    ("Please give the spend by year.", "I'd like the figures.", "Can you send the list?"),
    ("We hold the figures below.", "The spend was £300."),
    "a sentence in the requester's voice: a sum in it may be the example of a format",
)
EXAMPLE_INTRO = Cue(
    "example_intro",
    "example",
    r"(?:\be\.?g\b\.?|\bfor (?:example|instance)|\bsuch as|\bin the (?:format|form)(?: of)?)",
    1.0,
    ("by year, e.g. 2020 - £100", "in the format 2020: £5", "for example £200"),
    ("The spend was £200.", "The form was sent in May."),
    "just before a sum: the sum is an example",
)
THRESHOLD_BEFORE = Cue(
    "threshold_before",
    "threshold",
    r"(?i)\b(?:over|above|exceed(?:s|ed|ing)?|more\s+than|greater\s+than|in\s+excess\s+of)\s+$",
    1.0,
    ("Spending over ", "all payments in excess of ", "contracts above ", "whose pay exceeds "),
    ("The total was ", "Over the year we spent "),
    "just before a sum: the sum is a threshold (read with PUBLISHED_SPEND)",
)
SPEND_DATA_TITLE = Cue(
    "spend_data_title",
    "threshold",
    # --- round 87: or the heading of an answer listing what is over the line, after its label, before its year
    r"(?im)^[ \t]*(?:\(?(?:\d{1,2}[a-z]?|[ivx]{1,4}|[a-h])[.)][ \t]+)?"
    r"(?:[A-Za-z'&-]+[ \t]+){0,4}(?:spend(?:ing)?|payments?|expenditure|invoices|contracts|transactions)"
    r"(?:[ \t]+(?:to|by|with)(?:[ \t]+[A-Za-z]+){1,2})?"
    r"[ \t]+(?:over|above|exceeding|in\s+excess\s+of)[ \t]+£[\d,]+"
    r"(?:,?[ \t]+(?:(?:in|for|during)[ \t]+)?(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?)?[ \t]*:?[ \t]*$",
    1.0,
    (
        "Spending over £500",
        "  Supplier payments above £250",
        "Payments to suppliers over £500",
        "Our spend exceeding £25,000",
        # --- round 87
        "3) Grant payments above £10,000 in 2022/23:",
        "(iv) Invoices over £2,500",
        "Contracts exceeding £50,000, 2021-22",
    ),
    (
        "We spent over £500 on signs.",
        "Payments over £500: 14",
        "The total was over £500",
        "3) Grant payments above £10,000: £84,000",
    ),
    "a line that is only the title of a published-spending page or data set (a link), or the heading of a list of "
    "what lies over a line: its sum is a threshold",
)
ROUNDING_BEFORE = Cue(
    "rounding_before",
    "rounding",
    r"(?i)\b(?:to\s+the\s+nearest|in\s+(?:multiples|units)\s+of)\s+$",
    1.0,
    ("All sums are rounded to the nearest ", "costs are given in multiples of ", "shown in units of "),
    ("The nearest depot charged ", "The total came to ", "It was rounded up and paid at "),
    "just before a sum: the sum is the precision figures are rounded to, not a sum the reply gives",
)
BAND_WIDTH = Cue(
    "band_width",
    "rounding",
    r"(?i)\bbands\s+of\s+(?=£)|£[\d,.]+[ \t]*(?:k|m)?[ \t]+(?:(?:salary|pay|pension|income)\s+)?bands\b",
    1.0,
    ("Pay is given in £2,500 bands.", "grouped in bands of £10,000", "listed in £5k salary bands"),
    (
        "He was paid £61,200 in the top band.",
        "The band of pay starts at £40,000.",
        "Bands were revised.",
        "Bands 1-4\n£15.00\nBands 5-7\n£25.00",  # a table's cells one a line: the next row's name
    ),
    "just before or just after a sum: the sum is the width of the bands figures are given in, not a sum the reply "
    "gives",
)
COUNTED_OVER = Cue(
    "counted_over",
    "threshold",
    r"(?i)\b(?:employees|staff|people|officers|posts|individuals|persons|directors|managers|members of staff)\b"
    r"[^.;£]{0,60}?\b(?:paid|earn(?:s|ed|ing)?|salar(?:y|ies)|remuneration|pay)\b[^.;£]{0,30}?"
    r"\b(?:over|above|exceed(?:s|ed|ing)?|more\s+than|in\s+excess\s+of)\s+£",
    1.0,
    (
        "The company has three employees whose basic salary exceeds £100,000.",
        "Four officers were paid more than £80,000 last year.",
    ),
    ("The chief executive was paid £120,000.", "Staff costs were £400,000, over budget."),
    "in the sentence of a threshold sum: the line over which people are counted, not a figure the reply gives",
)
PUBLISHED_SPEND = Cue(
    "published_spend",
    "threshold",
    # --- round 87: or "spend data", "open data" (a published data set by another name)
    r"(?i)\b(?:publish(?:es|ed|ing)?|transparency|spend(?:ing)?\s+data|open\s+data)\b",
    1.0,
    (
        "Spend over £500 is published monthly.",
        "We publish payments above £250.",
        "see our transparency data",
        "Invoices over £250 are in our monthly spending data.",
    ),
    ("The spend was £500.", "Spending over £500 was checked by audit."),
    "in the sentence of a threshold sum: a publication threshold, not a figure the reply gives",
)
BODY_STATEMENT = Cue(
    "body_statement",
    "statement",
    r"(?i)^\W*(?:yes|no)\b[ \t]*[.,;:-]|"
    # the verb outside any bracket: "(the permitted range is £150 to £1,000)" is an aside in a request item
    r"^(?![^£]*\b(?:whether|how|what|which|why|who|if)\b)(?:[^£?()]|\([^()£?]*\))*\b(?:was|were|is|are)[ \t]+£",
    1.0,
    (
        "Yes. Our travel rules cap a night's stay at £95.",
        "No, the charge is set at £30 per visit.",
        "The largest single invoice paid last year was £4,210.55, for scaffolding.",
        "The hire fee (for a whole day) is £120.",
    ),
    (
        "Whether the fee charged was £40 or more",
        "Payments of over £500 to consultants in 2023",
        "Amounts above £1,000 paid to the firm",
        "The level of the parking fine (the legal maximum is £70).",
    ),
    "a sentence read as a question (no question mark) that is the body's own statement of a sum: it opens with an "
    "answer word, or a clause without a question word ends in a verb right before the sum; read from its start, only "
    "in a span that asks nothing (no question mark, no requester's voice)",
)

# ---------------------------------------------------------------- date labels
RESPONSE_DATE_LABEL = Cue(
    "response_date_label",
    "response_date",
    r"(?:our\s+)?(?:date\s+(?:of\s+)?(?:(?:this|our|the)\s+)?(?:(?:internal\s+)?review\s+)?(?:response(?:\s+sent)?|responded|reply|replied|"
    r"decision|issue|issued|"
    r"sent|completed|completion|closed|resolved|released?|disclosure|disclosed|answered)|"
    r"(?:(?:internal\s+)?review\s+)?(?:response|reply|decision|completion|closure|sent|release|disclosure|letter)\s+date|"
    r"(?:internal\s+)?review\s+(?:outcome|decision|result|concluded|completed)(?:\s+(?:issued|sent|given))?(?=\s*[:|\t-])|"
    r"date(?:\s?/\s?(?!time\b)[^\W\d]+)?\s*:|date\s+of\s+this\s+(?:(?:refusal\s+)?notice|letter)|"
    r"(?:response|reply)(?:\s+|\s*\(\s*)(?:(?:letter|e-?mail)\s+)?(?:sent|provided|issued|published)"
    r"(?:\s+on|\s+by\s+(?:e-?mail|post))?|"
    r"(?:response|reply)\s+(?:by|from)\s+[^\n.:;|]{1,120}?\s+on|"
    r"(?:request\s+for\s+clarification|clarification(?:\s+request)?)\s+sent\s+by\s+(?!you\b)[^\n.:;|]{1,120}?\s+on|"
    r"responded(?:\s+on)?|replied(?:\s+on)?|"
    r"issued(?:\s+on)?|answered(?:\s+on)?|closed(?:\s+on)?|completed(?=\s*:)|response)(?![a-z])",
    1.0,
    (
        "Date of response: 5 June 2024",
        "Date issued 5 June 2024",
        "Response sent by email: 5 June 2024",
        "Date / Dyddiad: 5 June 2024",
        "Date:",
        "Date of review decision: 5 June 2024",
        "Internal review response date 5 June 2024",
        "Response (issued 5 June 2024)",
        "Response published 05/06/2024",
        "Response by Wibble Council to A Person on 5 June 2024.",
        "Date of this reply: 5 June 2024",
        "Date of our decision - 5 June 2024",
        "Review outcome: 5 June 2024",
        "Internal review decision issued: 5 June 2024",
        "Date of this notice: 5 June 2024",
        "Date of this letter 5 June 2024",
        # --- round 58 (e): a thread page's line for the body's request for clarification (its reply so far)
        "Clarification request sent by Wibble Constabulary on 5 June 2024.",
        "Request for clarification sent by the Wibble Board on 5 June 2024",
        # --- round 75: a case-management form's fields
        "Letter date: 05/06/2024",
        "Completed: 5 June 2024",
    ),
    (
        "Date/time: 10:00",
        "Completed by: A Person",
        "Your letter dated 5 June 2024",
        "Responsibility: the council",
        "Responsibility for bins moved on 5 June 2024.",
        "Review requested: 5 June 2024",
        "Date of notice of appeal 5 June 2024",
        # --- round 58 (e)
        "Clarification sent by you on 5 June 2024",
    ),
    "a label before the date the reply was sent",
    needles=("date", "respon", "repl", "issued", "published", "answered", "closed", "review", "clarif", "completed"),
)
WRITTEN_ON = Cue(
    "written_on",
    "response_date",
    r"\b(?:(?:i|we)\s+(?:write|am\s+writing|are\s+writing)(?:\s+to\s+you)?|"
    r"(?:this|our)\s+(?:response|reply)\s+was\s+(?:sent|issued)(?:\s+to\s+(?:you|the\s+requester))?)"
    r"\s+on\s+(?:the\s+)?(?=\d|twenty|thirty|[a-z]+(?:st|nd|rd|th)\s)",
    1.0,
    (
        "I write on 2 May 2025 to answer your questions.",
        "We are writing to you on the 9th of June 2024 about",
        "Note: this reply was sent to the requester on 2 May 2025 and later added to the log.",
    ),
    (
        "I write on behalf of the council.",
        "You write on 2 May 2025 that",
        "We write about your request.",
        "this reply was sent to the team for checking",
    ),
    "before a date in the letter's own words: the date it was written or sent, the reply's (before a log's "
    "'Published' date, which can come weeks later)",
    needles=("writ", "sent", "issued"),
)
RESPONDED_AFTER_RECEIVED = Cue(
    "responded_after_received",
    "response_date",
    # the request's date ends in a digit before "and": the sentence states both, the reply's second
    r"\breceived\b[^.!?\n]{1,100}?\d\s+and\s+(?:responded|replied|answered)"
    r"(?:\s+to\s+(?:it|you|them|the\s+request(?:er)?))?\s+on\s+(?:the\s+)?(?=\d)",
    1.0,
    (
        "The Council received this request on 04/02/2025 and responded on 28/02/2025.",
        "Request received 4 May 2025 and answered on 30 May 2025",
        "We received it on 3 March 2025 and replied to it on the 20th March 2025",
    ),
    (
        "We received your request on 4 May 2025 and will respond by 2 June 2025.",
        "We received your request on 4 May 2025 and we responded on 30 May 2025.",
        "The Council responded on 28/02/2025.",
        "received on 4 May 2025 and responded to by the team",
    ),
    "a log's own line on a request, when it came in and when the body answered: the second date is the reply's, "
    "read over a log's 'Published' date (often weeks later) and only where the page has no date of its own",
    needles=("received",),
)
PUBLISHED_DATE_LABEL = Cue(
    "published_date_label",
    "published_date",
    r"(?:date\s+(?:of\s+)?(?:publication|published)|publication\s+date|(?:first\s+)?published(?:\s+on)?|"
    r"posted\s+on)(?![a-z])",
    1.0,
    ("Published: 3 May 2024", "Date of publication 3 May 2024", "First published: 3 May 2024", "Posted on 3 May 2024"),
    ("A publisher's note", "Posted to the noticeboard"),
    "read only where no response label gives a date: a log's 'Published' can come weeks after the reply",
    needles=("publi", "posted"),
)
DELIVERY_LINE = Cue(
    "delivery_line",
    "response_date",
    r"(?:sent\s+)?(?:by|via)\s+(?:e-?mail|post|hand|courier|recorded\s+delivery)(?:\s+only)?",
    1.0,
    ("By email 3 March 2025", "Sent via e-mail only 3/3/2025", "By post 3rd March 2025"),
    ("Sent to the team", "Reply by 3 March 2025", "Email: a.person@example.org"),
    "opening a letterhead's line whose other column, squeezed up to it, is the date the letter was sent",
    needles=("by", "via"),
)
SALUTATION = Cue(
    "salutation",
    "salutation",
    r"(?i)^[ \t]*dear\b",
    1.0,
    ("Dear Mr Person,", "Dear Sir or Madam"),
    ("Dearne Valley depot", "Our dear friends"),
    "a line opening the letter's body: the letterhead is above it",
    needles=("dear",),
)
SENT_HEADER = Cue(
    "sent_header",
    "sent_date",
    r"(?:sent|date)\s*:",
    1.0,
    ("Sent: 05 June 2024 10:12", "Date: 05/06/2024"),
    ("Sent to the team", "Dated 5 June"),
    "a quoted email's header: 'Sent:' from Outlook, 'Date:' from other mail programs",
    needles=("sent", "date"),
)
MESSAGE_SENDER = Cue(
    "message_sender",
    "sender",
    r"(?im)^[ \t]*from:[ \t]*([^\n]*?)[ \t]*\n(?:[ \t]*\n)*(?:[^\d\n:]{1,60}\n(?=[ \t]*\d))?",
    1.0,
    (
        "From: A Requester\n\n3 May 2025\n",
        "From: Wibble Council\n14 June 2025\n",
        "From: Records Team\nWibble Borough Council\n2 June 2025\n",
    ),
    ("Sent from: my phone\n", "Reply from: Jo\n"),
    "one message of a thread shown on a web page (WhatDoTheyKnow): 'From:' and its sender on a line, the blank "
    "lines under it, and a line naming the sender's body where the sender is a team; a date alone on the next "
    "line dates the message",
)
BODY_MESSAGE = Cue(
    "body_message",
    "sender",
    r"(?im)^[ \t]*(?!from:)(?:[^\n<>\[\]]{1,160}?[ \t]+<\[[^\]\n]{1,80}?\bemail\]>|\[[^\]\n]{1,120}?\bemail\])"
    r"[ \t]*\n(?=[ \t]*\d)",
    1.0,
    (
        "Wibble Council <[FOI #123456 email]>\n4 May 2025\n",
        "Records Team, Wibble Trust <[FOI #98765 email]>\n12 June 2024\n",
        "[Wibble Council request email]\n5 May 2025\n",
    ),
    (
        "From: A Person <[FOI #123456 email]>\nSent: 4 May 2025\n",
        "Is [Wibble Council request email] the wrong address?\n",
        "Wibble Council <[FOI #123456 email]>\nDear Jo\n",
    ),
    "a message from the body on a thread page (WhatDoTheyKnow): the body's name before its address, hidden by the "
    "site, alone on a line (or the hidden address alone), over the message's date",
    needles=("email]",),
)
HOLDING_MESSAGE = Cue(
    "holding_message",
    "holding",
    r"(?i)\backnowledge (?:receipt|your)|\b(?:has|have) been (?:received|logged|allocated)\b|"
    r"\bwe (?:will|shall) (?:respond|reply|be in touch)|\bwill be (?:answered|dealt with|responded to)\b|"
    r"\bwill receive (?:a|our) (?:full )?(?:response|reply)|\b(?:aim|hope) to (?:respond|reply|send|provide)\b|"
    r"\bis being (?:dealt with|processed|considered)|\bautomat(?:ic|ed) (?:reply|response|acknowledgement)|"
    r"\bneed to clarify|\bonce we (?:receive|have) your clarification|"
    r"\b(?:passed|forwarded|sent) (?:on )?to the (?:relevant|appropriate) (?:department|team|service|officer)s?\b",
    1.0,
    (
        "We acknowledge receipt of your request.",
        "Your request has been passed to the relevant department for a reply.",
        "Your request has been logged: WBC-1.",
        "This is an automated reply.",
        "We need to clarify two points before we can process it.",
        "We hope to send a full response by Friday.",
        "Your request will be answered within 20 working days.",
    ),
    (
        "Please find attached our response to your request.",
        "The figures have been collated below.",
        "We responded on 3 May.",
        "Your request has been passed to Wibble Council, which holds this information.",
    ),
    "a body's message on a thread page that is not yet its reply: an acknowledgement, a holding note on a delay, a "
    "question asking the requester to clarify; read only in a short message that does not give the response",
)
THREAD_REQUESTER = Cue(
    "thread_requester",
    "requester",
    r"(?im)^[ \t]*(request\s+sent\s+to\s+[^\n]{1,120}?\s+by\s+)?([^\W\d][^\d\n:]{1,60}?)"
    r"(?(1)[ \t]+on\b|[ \t]+made\s+this\s+(?:[a-z ]{1,40}\s)?request\b)",
    1.0,
    (
        "Jo Bloggs made this Freedom of Information request to Wibble Council",
        "A N Other made this request to the Wibble Trust\n",
        "Request sent to Wibble Waste Board by Jo Bloggs on 4 May 2025.",
    ),
    (
        "We made this decision on 3 May 2025.",
        "2 people made this request",
        "Made this request: yes",
        "Jo Bloggs on 4 May 2025",
        "The request sent to the Board on 4 May",
    ),
    "a thread page (WhatDoTheyKnow) naming who asked ('A Person made this request', 'Request sent to a body by A "
    "Person on ...'): a message headed by that name over a date alone is the request, one headed by another sender "
    "is the body's",
)
REQUEST_DATE_LABEL = Cue(
    "request_date_label",
    "request_date",
    r"(?:your\s+)?(?:request\s+dated|request(?:\s+of)?(?=\s*:)|(?:request|you\s+asked)\s*\(\s*(?:received|made|submitted)(?:\s+on)?|"
    r"date\s+(?:request\s+)?(?:received|logged|registered)|"
    r"date\s+(?:of\s+)?(?:your\s+)?(?:request|original\s+request|receipt|submission)(?:\s+received)?|"
    r"(?:original\s+)?request(?:ed)?\s+date|request\s+received(?:\s+on)?|received(?:\s+on|\s+date)?|"
    r"requested(?:\s+on)?|date\s+requested|date\s+submitted|submission\s+date|submitted(?:\s+on)?(?=\s*:)|"
    r"(?:[^\s(|]+[ \t]+){0,3}?[^\s(|]*\d[^\s(|]*[ \t]*\(\s*received(?:\s+on)?)(?![a-z])",
    1.0,
    (
        "Date received: 3 May 2024",
        "Request date 3 May 2024",
        "Your request dated 3 May 2024",
        "Date submitted",
        "Your request: 3 May 2024",
        "Your request of: 3 May 2024",
        "Date of your request - 3 May 2024",
        "Request (made on 3 May 2024)",
        "Date of request received: 3 May 2024",
        "Submitted: 03/05/2024 09:30",
        "FOI 2024/118 (received 3 May 2024) - bus lanes",
        "You asked (received 9 June 2024) for the figures below",
        "Date logged: 22/08/2024",
        "Date registered: 3 May 2024",
    ),
    (
        "The receipts were lost.",
        "A requester wrote",
        "Your request is set out below.",
        "Submitted by: A Person",
        "Invoice 2024/118 (paid 3 May 2024)",
    ),
    "a label before the date the request was made",
    needles=("date", "request", "received", "submitted"),
)
DATE_QUALIFIER = Cue(
    "date_qualifier",
    "other_date",
    r"\b(?:start|end|due|expiry|invoice|payment|birth|review|closing|issue|effective|completion|target|last|next|"
    r"event|incident|meeting|hearing|decision|request|received|response|publication|sent|report)",
    1.0,
    ("Start", "Invoice", "Mr A Person Meeting"),
    ("Mr A Person", "Council offices"),
    "just before 'Date:': it says which date, making it a field of its own",
)
REQUEST_DATE_AFTER = Cue(
    "request_date_after",
    "request_date",
    r"(?:you\s+(?:asked|requested|wrote|made|submitted|sent|contacted)|"
    r"we\s+received\s+(?:your|an?\s+(?:[\w-]+\s+){0,3}?request\b)|"
    r"your\s+(?:request|email|e-mail|letter))\b",
    1.0,
    (
        "On 3 May 2024 you asked for",
        "On 3 May 2024, we received your request",
        "On 3 May 2024 your email",
        "On 3 May 2024 we received a request for the following",
        "On 3 May 2024 we received an FOI request about parking",
    ),
    ("On 3 May 2024 the council met", "On 3 May 2024 we replied", "On 3 May 2024 we received a complaint"),
    "after 'On <date>': that date is the request's",
)
REVIEW_ASKED = Cue(
    "review_asked",
    "review_request",
    # --- round 87: or in a clause opening "in which": "your email of 3 May 2024, in which you asked for a review"
    r"(?:(?:in\s+)?which\s+)?(?:you\s+)?(?:ask(?:ing|ed)?|request(?:ing|ed)?|requir(?:ing|ed)|seek(?:ing)?|sought|"
    r"appl(?:y|ying|ied))\s+"
    r"(?:(?:for\s+)?(?:an?\s+)?(?:internal\s+)?(?:review|reconsideration)|"
    r"(?:that\s+)?(?:we|us|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+)?(?:review|reconsider)|"
    # the body named in full: "asked Wibble and Wobble Police to review"
    r"(?:[\w&'’-]+\s+){1,6}?to\s+(?:review|reconsider))\b|"
    r"\breview\s+(?:request|application|(?:that\s+|which\s+)?you\s+(?:asked|requested|sought))\b|"
    # just after the date: "your request dated 3 May 2024 for an internal review of our reply"
    r"for\s+an?\s+(?:internal\s+review|(?:review|reconsideration)\s+of\s+(?:(?:the|our|its|this)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:response|reply|decision))\b|"
    # regulation 11 of the EIR's word for asking a body to reconsider, and a complaint about a request's handling
    r"(?:(?:in\s+)?which\s+)?(?:you\s+)?made\s+representations\b|"
    r"(?:which\s+)?(?:we\s+have\s+)?(?:registered|logged|treated)\s+as\s+a\s+complaint\b",
    1.0,
    (
        "your email of 3 May 2024 asking for an internal review",
        "your letter dated 3 May 2024, requesting that we reconsider",
        "your request for a review dated 3 May 2024",
        "your internal review request of 3 May 2024",
        "On 3 May 2024 you asked the council to review its reply",
        "your email of 3 May 2024 asking Wibble and Wobble Police to review its reply",
        "your letter dated 3 May 2024 requiring a review of the reply",
        "your request dated 3 May 2024 for an internal review of the reply",
        "the internal review you asked for on 3 May 2024",
        "your email of 3 May 2024, in which you made representations under regulation 11",
        "your email of 3 May 2024, which we have registered as a complaint",
        "your email of 3 May 2024, in which you asked for an internal review of our reply",
    ),
    (
        "your request of 3 May 2024 for the spend on roads",
        "your request about the review of libraries",
        "the review panel met in May",
        "your request of 3 May 2024 for a review of the library strategy",
        "you asked for the figures to be reviewed",
    ),
    "by a request date, before it or just after: the date the requester asked for a review, not the request's",
)

REQUEST_RECEIVED_TODAY = Cue(
    "request_received_today",
    "request_date",
    # the request named, then in the same sentence (its lines perhaps wrapped) received "today"
    r"\byour\s+(?:[\w-]+\s+){0,4}?(?:request|e-?mail|letter|enquiry|correspondence)s?\b"
    r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,200}?\b(?:which|that)\s+(?:we\s+(?:have\s+)?|(?:was|were|has\s+been)\s+)"
    r"received(?:\s+by(?:\s+[^\s.;:]+){1,8}?)?\s+today\b|"
    r"\bwe\s+(?:have\s+)?received\s+your\s+(?:[\w-]+\s+){0,4}?(?:request|e-?mail|letter|enquiry)s?\s+today\b",
    1.0,
    (
        "Thank you for your request for information, which we received today.",
        "Thank you for your email about parking fines,\nwhich was received by the Council today.",
        "We received your request today and have logged it.",
    ),
    (
        "We received your payment today.",
        "Your request, which we received on 3 May 2024, is attached.",
        "Your request was answered today.",
        "Thank you for your request. The report which we received today shows",
    ),
    "a request received on the day the reply was written: the request's date is the reply's own (an "
    "acknowledgement sent the day it came in)",
    needles=("today",),
)

# what follows "request", "email"... just before a request date: ", dated", " of", " made on", or the rest of
# the sentence: " about buses, which was received by the Council on", ", made under the Act, which we received on",
# " under the Act (received" (a bracketed note of when it came in; not "(dated", often a document's date),
# ", which reached this office on", " received in this branch on", " addressed to the LEP was passed to the Council on";
# never past a word of the body's own reply ("the email at Appendix 1 (see response dated ...)": that reply's date)
# "received", and its common misspelling "recieved"
RECEIVED = r"rec(?:ei|ie)ved"
SENT_ON = r"(?:\s+for\s+information)?,?\s+(?:dated|of|sent\s+on|made\s+on|submitted\s+on)"
RECEIVED_LATER = (
    rf"\b(?:(?!respon|repl)[^.!?\n]){{0,160}}?(?:[\s,](?:(?:which|that)\s+(?:was\s+|we\s+)?)?(?:{RECEIVED}|dated)|\(\s*{RECEIVED}|"
    r"[\s,](?:which\s+|that\s+)?reached(?=\s+(?:us|this|the|our)\s)|"
    r"[\s,](?:(?:which|that)\s+)?(?:was\s+)?(?:passed|forwarded|transferred)(?=\s+to\s))"
    r"(?:\s+by\s+(?:[^\s.;:]+\s+){1,16}?on|\s+by\s+us\s+on|\s+on|\s+to\s+(?:[^\s.,;:]+\s+){1,6}?on|"
    r"\s+(?:us\s+|(?:(?:in(?:to)?|at)\s+)?(?:this|the|our)\s+(?:[^\s.,;:]+\s+){1,6}?)on)?"
)
# "Freedom of Information Act 2000 ", "Environmental Information Regulations 2004 ": the Act a request was made
# under, named between "your" and "request" (too many words for the few a phrase lets stand there)
ACT_TITLE = (
    r"(?:(?:freedom\s+of|environmental)\s+information\s+(?:\(scotland\)\s+)?(?:act|regulations)(?:\s+\d{4})?\s+)?"
)
REQUEST_DATE_PHRASES = (
    *(
        Cue(
            f"{noun}_dated",
            "request_date",
            rf"{noun}s?(?:{SENT_ON}|{RECEIVED_LATER})",
            1.0,
            (
                f"Thank you for your {noun} of",
                f"your {noun} about bins, which was received by the Council on",
                f"your {noun}, which was received by the Office of the Police and Crime Commissioner for Wibble on",
                f"your {noun} for the bus figures (received",
                f"your {noun}, which reached this office on",
                f"your {noun} received in this branch on",
                f"your {noun} received by the Office of the Police and Crime Commissioner for Wibble and the Isle of "
                "Wobble on",
                f"your {noun}, which was received at the office on",
                f"Your {noun} addressed to the Wibble Partnership was passed to Wibble County Council on",
                f"your two {noun}s received by the Council on",
                f"your {noun}, which we recieved on",
                f"your {noun} addressed to the Wibble Panel and received by Wibble Council, as its host, on",
            ),
            (
                f"The {noun} is attached.",
                f"your {noun} for the minutes (dated",
                f"the {noun} given at Appendix 1 (see our response dated",
            ),
            "before a date: the request's",
            needles=(noun,),
        )
        for noun in ("request", "email", "e-mail", "letter", "correspondence", "application", "enquiry", "foi")
    ),
    Cue(
        "it_was_received",
        "request_date",
        r"it\s+was\s+received(?:\s+by\s+us)?\s+on",
        1.0,
        ("It was received by us on",),
        ("It was sent on",),
        "before a date: the request's",
        needles=("it",),
    ),
    Cue(
        "received_your_request",
        "request_date",
        rf"received\s+(?:your|the\s+following|this)\s+{ACT_TITLE}(?:[\w-]+\s+){{0,4}}?(?:request|email|e-mail|letter|enquiry)"
        r"(?:\s+for\s+information)?"
        # its topic between, the date after ("your request about bus fares on 3 May 2025")
        r"(?:\s+(?:about|regarding|concerning)\s+[^.!?\n]{1,80}?\s+on(?=\s+(?:the\s+)?\d)|\s+on)",
        1.0,
        (
            "We received your request for information on",
            "We received your recent email on",
            "The Trust received your Freedom of Information Act 2000 request on",
            "we received your Environmental Information Regulations 2004 enquiry on",
            # --- round 58 (e)
            "The Board received your request for information about grit bins and salt stores on 4 May 2025",
            "We received the following request on",
        ),
        (
            "We received your payment on",
            "We received your Freedom of Information Act 2000 guidance on",
            # --- round 58 (e)
            "We received your request about spending on roads and paths last week",
            "We received the following payment on",
        ),
        "before a date: the request's",
        needles=("received",),
    ),
    Cue(
        "receipt_of_your_request",
        "request_date",
        rf"receipt\s+of\s+your\s+{ACT_TITLE}(?:[\w-]+\s+){{0,4}}?(?:request|email|e-mail|letter|enquiry)"
        r"(?:\s+for\s+information)?,?\s+on",
        1.0,
        (
            "We acknowledge receipt of your request on",
            "Receipt of your recent FOI email on",
            "We confirm receipt of your Freedom of Information (Scotland) Act 2002 request on",
        ),
        (
            "We acknowledge receipt of your payment on",
            "On receipt of your request we will reply",
            "We confirm receipt of your request.",
        ),
        "before a date: the request's",
        needles=("receipt",),
    ),
    Cue(
        "contacting_us",
        "request_date",
        r"contacting\s+(?:us|the\s+(?!information\b|ico\b)[\w-]+)\s+on",
        1.0,
        ("Thank you for contacting us on", "Thank you for contacting the Council on"),
        ("Thank you for contacting the Information Commissioner on", "Thank you for contacting us."),
        "before a date: the request's (the body, 'us' or 'the <body's noun>', contacted; not the regulator)",
        needles=("contacting",),
    ),
    Cue(
        "you_wrote_to_us",
        "request_date",
        r"you\s+(?:(?:wrote\s+to|e-?mailed|contacted)\s+(?:us|the\s+(?!information\b|ico\b)[\w-]+)|"
        # what was sent named, perhaps to whom: "you sent two identical requests on", "you sent us your email on"
        r"sent\s+(?:us\s+)?(?:[\w-]+\s+){0,3}?(?:request|e-?mail|letter|enquiry|foi)s?"
        r"(?:\s+to\s+(?:us|the\s+(?!information\b|ico\b)[\w-]+))?|"
        r"requested|asked\s+for|made|submitted)\s+on",
        1.0,
        (
            "You sent identical requests on",
            "you sent us your request on",
            "You wrote to us on",
            "you emailed us on",
            "You wrote to the council on",
            "you contacted the Board on",
            "the figures you requested on",
            "the request you made on",
            "You sent two identical requests on",
            "you sent us your email on",
            "you sent your letter to the council on",
        ),
        (
            "You wrote to the Information Commissioner on",
            "You wrote to your MP on",
            "you requested a copy on",
            "you sent us a complaint on",
            "You sent your request to the Information Commissioner on",
            "you sent a payment on",
        ),
        "before a date: the request's (the body, 'us' or 'the <body's noun>', written to; not the regulator)",
        needles=("you",),
    ),
)
"""One entry per word a phrase opens with: the dates reader scans for each on its own (see dates._request_phrases)."""

# ---------------------------------------------------------------- reference labels
REFERENCE_LABEL = Cue(
    "reference_label",
    "reference",
    r"(?<![\w])(?:our\s+(?:ref(?:erence)?|case)|(?:foi|eir|foisa|information|case|enquiry|request|disclosure|"
    r"complaint)\s+(?:request\s+)?(?:ref(?:erence)?|number|no|id|ref\.?\s*no)|ref(?:erence)?\s+(?:number|no)|"
    r"reference|ref|case|request\s+id|disclosure\s+id|ticket\s*#)\.?(?:\s*\(?(?:number|no)\)?\.?)?\s*[:#-]?\s*",
    1.0,
    ("Our ref: FOI-12345", "Case reference 2024/17", "Request ID 88123", "Ticket #4412"),
    ("Thank you for your letter.", "Preferences were noted."),
    "matched where one of its needles begins: the words a label opens with",
    needles=tuple("our ref case foi eir information enquiry request disclosure complaint ticket".split()),
)
YOUR_REFERENCE = Cue(
    "your_reference",
    "requester_reference",
    r"your\s+(?:ref(?:erence)?|case)",
    1.0,
    ("Your ref: ABC123", "Your reference"),
    ("Our ref: FOI-12345",),
    "the requester's own reference, never the body's",
)

# ---------------------------------------------------------------- figures damaged by optical character recognition
# Searched on fold(text) by foitrack.text.ocr_figures, which reads each match's letters as the digits OCR took them for
# (OCR_DIGITS there). A match must be plainly a figure: a sum after "£", a figure grouped by thousands commas, a
# year, a day before a month, a day/month/year; a word, a label ("Q1", "l)") or a reference ("FOI/2O25/0l3") is not.
_CONFUSABLE = r"[\doil]"  # a digit, or a letter OCR reads a digit as ("O" for 0, "I" and "l" for 1), folded
OCR_SUM = Cue(
    "ocr_sum",
    "ocr_figure",
    rf"£(?=[\d,.]*[oil])(?={_CONFUSABLE}*[,.]?{_CONFUSABLE}*\d){_CONFUSABLE}(?:{_CONFUSABLE}|[,.](?={_CONFUSABLE}))*"
    r"(?=(?:m|k|bn|million|billion)?(?![a-z\d]))",
    1.0,
    ("The spend was £4I,2O8.", "£27,9l5 in total", "£7,O84,2l6", "£60O.", "£l,100 each", "£3.9Om"),
    ("The spend was £41,208.", "£ Office", "£1,000 to Oldham", "£lOO", "£5 oil"),
    "a sum after a pound sign holding a letter OCR made of a digit",
    needles=("£",),
)
OCR_POUND_F = Cue(
    "ocr_pound_f",
    "ocr_figure",
    rf"f(?<![\w£&]f)(?=\d)(?:\d{_CONFUSABLE}{{0,2}}(?:,{_CONFUSABLE}{{3}})+(?:\.{_CONFUSABLE}{{2}})?|"
    rf"\d{_CONFUSABLE}*\.{_CONFUSABLE}{{2}}|\d{_CONFUSABLE}*(?:\.{_CONFUSABLE}+)?(?:m|bn|k))(?![a-z\d,])",
    1.0,
    ("a total of f327,116", "f64.00 a year", "f34.5O", "about f3.92m.", "f186,4OO."),
    ("section f3 applies", "off12,000", "f1", "0xf1,234", "f12 form"),
    "an 'f' OCR made of a pound sign, before a sum written as one (thousands commas, pence or 'm')",
    needles=("f",),
)
OCR_GROUPED_FIGURE = Cue(
    "ocr_grouped_figure",
    "ocr_figure",
    rf"(?<![\w.,£])(?=[\d,.]*[oil])(?={_CONFUSABLE}*,{_CONFUSABLE}*\d[\doil,.]*\d|[\doil,]*\d[\doil,]*\d)"
    rf"{_CONFUSABLE}{{1,3}}(?:,{_CONFUSABLE}{{3}})+(?:\.{_CONFUSABLE}{{1,2}})?(?![\w,])",
    1.0,
    ("1,O37 visits", "a total of l,3O6", "3,4ll cases", "6,41O."),
    ("1,037 visits", "oil, lol", "I,OOO", "Q1, Q2", "l), 2)"),
    "a figure grouped by thousands commas holding a letter OCR made of a digit (two digits at least)",
)
OCR_YEAR = Cue(
    "ocr_year",
    "ocr_figure",
    r"(?<![\w/-])(?=2\d*[oil])(?=2[\doil]{0,2}\d)2[o0][\doil]{2}(?![\w/])",
    1.0,
    ("Oct 2O25", "on 9 September 2O25.", "in 2Ol9", "(2O24)"),
    ("FOI/2O25/0l3", "2025", "2oil", "Room 2O1A", "2O1"),
    "a year of this century holding a letter OCR made of a digit",
    needles=("2o", "20"),
)
OCR_DAY = Cue(
    "ocr_day",
    "ocr_figure",
    r"(?<![\w/-])(?=[oil]?\d)(?=\d?[oil])[\doil]{1,2}(?=(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b)",
    1.0,
    ("Date: 3O April 2025", "l5 May", "on O2 June", "3Oth November"),
    ("1 May", "Il May", "oil May", "Q1 June"),
    "a day of the month before the month's name, holding a letter OCR made of a digit",
)
OCR_SLASHED_DATE = Cue(
    "ocr_slashed_date",
    "ocr_figure",
    r"(?<![\w/-])(?=[\d/]*[oil])(?=(?:[\doil/]*\d){4})[\doil]{1,2}/[\doil]{1,2}/(?:[\doil]{4}|[\doil]{2})(?![\w/])",
    1.0,
    ("Date of response: O2/07/2025", "l2/O6/25"),
    ("02/07/2025", "FOI/2O25/0l3", "I/O/2", "lo/ol/2025x"),
    "a day/month/year date holding a letter OCR made of a digit (four digits at least)",
)
OCR_FIGURES = (OCR_SUM, OCR_POUND_F, OCR_GROUPED_FIGURE, OCR_YEAR, OCR_DAY, OCR_SLASHED_DATE)


FIELDS_LEXICON = Lexicon(
    (
        APPROXIMATELY,
        PER_YEAR,
        PER_MONTH,
        PER_WEEK,
        ANNUAL,
        ONE_OFF,
        MONTHLY,
        WEEKLY,
        COST_LIMIT_CONTEXT,
        AMOUNT_VERB,
        PURPOSE_VERB,
        DEMONSTRATIVE_NOUN,
        TOTAL_BEFORE,
        TOTAL_AFTER,
        POUNDS_NOTE,
        EVERY_FIGURE_NOTE,
        MONEY_COLUMN,
        COST_CAPTION,
        VAT_NOTE,
        CHARGE_OF,
        RATE_UNIT,
        HOURS_OF_WORK,
        COUNT_QUESTION,
        COUNT_COLUMN,
        WITHHELD_CELL,
        PENCE_AFTER_WRAP,
        SUM_IN_WORDS,
        WELSH_WORDS,
        ENGLISH_WORDS,
        REQUEST_WORDS,
        REQUESTER_VOICE,
        EXAMPLE_INTRO,
        THRESHOLD_BEFORE,
        PUBLISHED_SPEND,
        COUNTED_OVER,
        BODY_STATEMENT,
        SPEND_DATA_TITLE,
        ROUNDING_BEFORE,
        BAND_WIDTH,
        RESPONSE_DATE_LABEL,
        WRITTEN_ON,
        BODY_MESSAGE,
        HOLDING_MESSAGE,
        RESPONDED_AFTER_RECEIVED,
        PUBLISHED_DATE_LABEL,
        DELIVERY_LINE,
        SALUTATION,
        SENT_HEADER,
        MESSAGE_SENDER,
        THREAD_REQUESTER,
        REQUEST_DATE_LABEL,
        DATE_QUALIFIER,
        REQUEST_DATE_AFTER,
        REVIEW_ASKED,
        REQUEST_RECEIVED_TODAY,
        *REQUEST_DATE_PHRASES,
        REFERENCE_LABEL,
        YOUR_REFERENCE,
        *OCR_FIGURES,
    )
)
