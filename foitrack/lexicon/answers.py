"""The phrasings that say what one answer of an FOI reply is: the answer-class cues.

Kinds that are answer classes (models.ANSWER_CLASSES) score that class for a sentence;
the weights order them where a sentence carries several: a pointer or "N/A" (0.95) over
not held (0.9) over "please find attached" (0.87) over refused (0.85) over another hand-over
(0.8) over a yes/no word (0.75) over "nothing exists" (0.7); a bare figure counts 0.5
(foitrack.extract.answers).
Other kinds are signals the classifier reads: "refers_back" (a pointer to another answer,
which takes that answer's class), "hedge", "gives_reasons", "negation", "relied_refusal", "cost_refusal",
"part_refusal", "stated_yes" and "stated_no" (a yes or no stated as a conclusion), and
"emphatic_yes" (an emphatic "X did receive": a yes to a yes/no question),
"yes_no_question", "asks_detail", "asks_name_and_cost" and "if_so" (read on the question, not the answer),
"cost_work", "costed_part", "estimate_given", "no_noun", "no_alone", "bare_zero", "narrowed_none", "narrower_denial",
"nil_cost", "no_date_set", "however_received" and "held_otherwise" (read on one sentence), "question_lead_in"
(words naming the question a sentence answers, read off before its cues),
"not_figure" (numbers that count nothing, blanked before the key figure is read), "answer_marker" and
"question_marker" (an "Answer:" or "Your question:" read off), "pointer_target" and "pointer_part" (what a pointer
to another answer names), "parts_named" (the labels a refusal sentence names), "offered_for" (the questions a
refusal's hand-over names as answered instead).
Examples are written for these entries; none is copied from a reply.
"""

from __future__ import annotations

from foitrack.lexicon import Cue, Lexicon

NA, NOT_HELD, REFUSED, PROVIDED, YES_NO, NONE = 0.95, 0.9, 0.85, 0.8, 0.75, 0.7
HANDED_OVER = REFUSED + 0.02  # "please find attached ..." outweighs a refusal of part in the same sentence (SCHEMA)
# Words that state the answer as a conclusion: "The answer is therefore", "..., so", "In short,"
VERDICT = (
    r"(?:\bthe answer (?:to (?:this|your|the) (?:question|part|request) |to (?:whether|if) [^.;?]{1,80}? )?"
    r"is (?:therefore |thus |so |also )?|"
    r"\b(?:so|therefore|thus|hence|in short|in summary),? (?:in (?:practice|effect|fact),? )?|"
    r"\b(?:this|that) is (?:therefore |thus |so )?an? |"
    r"\b(?:in (?:answer|response|reply) to|to answer) (?:your|the|this) (?:specific )?question[,:]? )"
)
# A sentence that opens by denying a plan: "There are no plans to ...", "No change is planned", "We are not proposing
# to ...". It answers whether something will happen, a no even where the question was written as a heading ("Plans
# to close sites:"); a denial after another clause ("None were issued and we have no plans to") leaves that clause's
# class standing.
PLAN_DENIED = (
    r"^\W*(?:[a-z0-9'’/&-]+ ){0,4}?(?:"
    r"no (?:current |immediate |firm |future |further |such )?(?:plans?|intention)"
    r" (?:(?:at (?:present|this (?:time|stage))|currently) )?(?:to|at present|at this (?:time|stage)|currently)\b|"
    r"no (?:current |further )?plans?\W*$|"
    r"no planned [a-z]+|"
    r"no (?:[a-z]+ ){1,5}(?:is|are|has been|have been) (?:currently )?(?:planned|proposed)\b|"
    r"(?:not|no longer) (?:currently )?(?:planning|intending|proposing) to\b)"
)
PLAN_DENIED_NEEDLES = ("no ", "not ", "no longer")
# A scheme, protocol or agreement the body says it has not joined: "We have not signed up to the charter", "The
# board is not a signatory to it". It answers whether the body has joined, a no even where the question was written
# as a heading ("Fair Debt Charter") rather than asked
NOT_JOINED = (
    r"\b(?:has|have|had) not (?:formally |officially |yet |as yet )?(?:signed|subscribed|committed)(?: up)?(?: to)?\b|"
    r"\b(?:is|are) not (?:a |an |yet a |formally a )?(?:signator(?:y|ies)|signed up) to\b"
)
NOT_JOINED_NEEDLES = ("not ",)
# "..., so yes, the practice uses it", "However, yes, ..." (not "this is a yes/no question")
STATED_YES = r"(?:" + VERDICT + r"|\bhowever,? )yes\b(?!/)"
# "The answer is therefore no.", "..., so we do not weigh it" (not "so no further action", "so we do not need to")
STATED_NO = (
    VERDICT + r"(?:no(?=\s*(?:[,.;:!)]|$)|\s[-–]\s)|(?:we|i|it|they|the [a-z]+) (?:do|does|did) not "
    r"(?!(?:need|have to|require|know)\b))"
)

# A count of claims decided one way beside a count decided the other: "12 were approved ... 3 were refused"
COUNT_WERE = r"(?<![\w,.])\d[\d,]* (?:were|was|had been|have been) "
GRANTED = r"(?:granted|approved|accepted|allowed|upheld)\b"

# A ground a review finds was wrongly used: "section 40(2) was not correctly applied" (round 38)
MISAPPLIED = (
    r"(?<!if )(?<!whether )\b(?:section|s\.?|regulation|exemptions?)\b[^.;]{0,40}?\b(?:is|was|were|had been) "
    r"(?:not (?:correctly|properly|rightly|appropriately) (?:applied|engaged|relied on|cited)|misapplied)\b"
    r"(?![^.;]*\b(?:but|however|although|except)\b)"
)

# A row of figures whose category opens with "no": "No suspect identified: 1,120", "No further action = 84"
NO_CATEGORY_COUNT = r"^\W*no (?:[a-z/-]+ ){0,4}?[a-z/-]+\s*(?:[:=]|\s[-\u2013]\s)\s*£?\d"

# Figures about the body's own use of the Act's grounds: "the most frequently used exemptions were ...",
# "the grounds applied most were ...", "the exemptions most often applied were ..." (rounds 39, 41): a request about
# FOI statistics names grounds as its subject (legal.GROUNDS_TALLIED_BEFORE reads the same words for exemptions)
_OFTEN = r"(?:frequently\s+|often\s+|commonly\s+|widely\s+)?"
_USED = r"(?:used|applied|cited|relied\s+(?:up)?on)"
GROUNDS_TALLIED = (
    rf"\bmost\s+{_OFTEN}(?:{_USED}|common)\s+"
    r"(?:grounds?|exemptions?|exceptions?|sections?|provisions?|reasons?\s+for\s+refus\w+)\b|"
    r"\b(?:grounds?|exemptions?|exceptions?|sections?|provisions?)\s+(?:(?:we|it|they)\s+)?"
    rf"(?:{_USED}\s+(?:the\s+)?most|most\s+{_OFTEN}{_USED})\b"
)

# Vexatious as a ground (section 14), not as the kind of person or conduct a policy is about: "a policy on
# vexatious complainants", "unreasonably persistent or vexatious behaviour" name no refusal (round 41)
VEXATIOUS = (
    r"\bvexatious\b(?!\s+(?:(?:and|or)\s+(?:[a-z-]+\s+){1,2})?(?:complain|litigant|behaviou?r|conduct|customer|"
    r"caller|correspondent|individual|person|people|contact|user|tenant|resident))"
)

# The small words of a sentence (articles, pronouns, auxiliaries, the prepositions a refusal's reason takes): a line
# of a table's column headings ("Year Received Refused in full Appeals") has none of them
SENTENCE_WORDS = (
    r"the|a|an|your|our|their|this|that|these|those|it|its|we|i|they|you|is|are|was|were|be|been|being|has|have|"
    r"had|will|would|can|cannot|could|may|must|should|not|under|because|as|for|on|due|by|at|from|to|following|"
    r"pending|until|exempt"
)

# A denial limited to most of the thing ("we do not charge for most of it"): neither none nor a stated no
DENIAL_OF_MOST = (
    r"\b(?:for|of|on) (?:most|much|the (?:majority|bulk)|nearly all|almost all) of (?:it|them|this|these|that)\b"
)
# Where a yes/no question goes on to ask for detail: foitrack.extract.answers reads what follows the match
IF_SO = Cue(
    "if_so",
    "if_so",
    r"\bif (?:so|yes)\b|,? and (?=(?:how (?:many|much)|what|which|who)\b)",
    1.0,
    (
        "Do you employ a warden and if so how many hours does she work?",
        "Whether the council charges for a new bin, and how much.",
    ),
    ("Is the depot open, and is it staffed?", "If asked, we would say no."),
    needles=("if ", "and "),
)


# --- round 61 (a)
# A short topic naming the part answered, set apart by a spaced dash before the verdict ("Staff training - yes"):
# the sentence is read from the verdict on, as if the topic were a label.
TOPIC_BEFORE_VERDICT = Cue(
    "topic_before_verdict",
    "topic_before_verdict",
    r"^\s*(?!(?:yes|no|none|nil|n/a|not)\b)[a-z][a-z/()'-]*(?: [a-z/()'-]+){0,4} [-–—] "
    r"(?=(?:yes|no|none|nil|n/a|not applicable)\b)",
    1.0,
    (
        "Body cameras - yes, every officer on patrol wears one.",
        "Garden waste permits - none were sold.",
        "Staff survey - N/A",
    ),
    (
        "No - the scheme closed in 2019.",
        "Spend in 2021 - none, as the post was vacant.",
        "The depot on the eastern side of the town centre - no.",
        "Not applicable - no permits were sold.",
    ),
    needles=(" - ", " – ", " — "),
)

QUESTION_LEAD_IN = Cue(
    "question_lead_in",
    "question_lead_in",
    r"^\s*(?:in (?:answer|response|reply|relation) to|with regard to|regarding|as (?:to|for|regards)|turning to|"
    r"on|for) (?:your |the )?(?:questions?|parts?|points?|items?|requests?) (?:[a-z]?\d{1,2}[a-z]?|\([a-z]\)|[a-h]\b)"
    r"[\w().]*(?:(?:, | and | & )(?:parts? )?(?:\d{1,2}[a-z]?|\([a-z]\))[\w().]*)*\s*[,:]\s+(?=[a-z])",
    1.0,
    (
        "In answer to question 6, no list of callers is held.",
        "With regard to question 2, parts (a) and (b), the time is not recorded.",
        "As to questions 3, 4 and 5: the force adopted the scheme in 2023.",
    ),
    (
        "In answer to your request, we hold no list.",
        "Question 6: no.",
        "For questions about this reply, contact us.",
    ),
    "words naming the question a sentence answers, before its answer: read off, so that the answer's own opening "
    "words ('no list ... is held') are read as they would be without them",
    needles=("question", "part", "point", "item", "request"),
)

# Numbers that are not figures: a reference to a question, page or section, a label, a span of time.
# All but "£450" open at a word start with one of a few characters: tested once up front, not per
# alternative, that skips most places in a text at once (2.4 times faster).
NOT_FIGURE = Cue(
    "not_figure",
    "not_figure",
    r"(?<!\w)(?=[acefnpqrst\d])(?:"
    r"(?:questions?|q|parts?|points?|page|pages|para(?:graph)?|sec(?:-\s+)?tions?|s\.|regulation|reg\.?|chapters?|"
    r"clauses?|tables?|schedules?|"
    r"appendix|annex|notes?|request)\s*\d{1,3}[a-z]?(?:\.\d{1,2}\b)?(?:\s*\(\w{1,2}\))*(?:\s*(?:,|and|&|to|-|of)\s*\d{1,3}[a-z]?)*|"
    r"(?<![.,£])\d{1,2}[a-z]\b|\d+ (?:hours?|minutes?|working days?)\b|"
    # a numbered category, not a count: "scope 3 emissions", "tier 2 suppliers", "phase 1 of the works", "Tranche 2
    # contracts", "stage 3 of the scheme", "lot 4 of the framework"
    r"(?:scope|tier|phase|tranche|stage|lot) \d\b|"
    r"(?:(?<=\bin )|(?<=within ))\d{1,2} (?:days|weeks|months|years)\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)[\s-](?:(?:financial|calendar|academic|school|full|previous|"
    r"past|last|consecutive) )?(?:years?|months?|weeks?|days?|hours?|times)\b|"
    # a sum setting a condition on what it applies to: "a business case for any contract over £5,000"
    r"(?:any|each|every|all) [a-z]+(?: [a-z]+)? (?:over|above|exceeding|of over|of more than|worth over|"
    r"worth more than) £\s?\d[\d,]*(?:\.\d+)?(?:k|m|bn)?\b|"
    # a least number a rule sets, in words: "quotes from at least three firms", "a minimum of two bids"
    r"(?:at least|a minimum of|no fewer than|not less than) (?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+|"
    # the member bodies a joint body is made of: "appointed by our three constituent councils"
    r"(?:(?<=\bour )|(?<=\bits )|(?<=\bthe )|(?<=\ball ))(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?:constituent|member|participating|partner) "
    r"(?:councils|authorities|boroughs|districts|bodies)\b|"
    # the bodies a referral or another body's duty points to, counted: "collected for us by the four borough
    # councils", "send your request to each of the three district and city councils"
    r"(?:(?<=\bby the )|(?<=\bto the )|(?<=\beach of the ))(?:two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:[a-z]+ (?:and [a-z]+ )?)?(?:councils|authorities|trusts|boards)\b|"
    # how many questions the request put, as the reply sums it up: "you asked five questions about ..."
    r"(?:(?<=\byou asked )|(?<=\byou raised )|(?<=\byou posed ))(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2}) (?:\w+ )?(?:questions|queries)\b|"
    # the requester's own correspondence counted, as a vexatious refusal weighs it: "the 31 requests and 200
    # e-mails you have sent to the council"
    r"\d[\d,]* (?:requests?|complaints?|e-?mails?|letters?|messages?)\b"
    r"(?=[^.;?]{0,100}?\byou (?:have |had )?(?:sent|made|submitted|written))"
    r")|£450|£600",
    1.0,
    (
        "Please see questions 3 and 4.",
        "The table is on page 36.",
        "The totals are in chapter 4 of each yearly report.",
        "See table 2 and clause 14 of the contract.",
        "Page 3 of 4",
        "As in Q2, the depot closed.",
        "Refer to item 1C.",
        "The balance is shown in the accounts at note 12.",
        "It is exempt under section 40(2).",
        "Such funerals are arranged under sec-\ntion 46 of the 1984 Act.",  # hyphenated where the page wrapped
        "The trust is listed in Part VI of Schedule 1 to the Act.",
        "This is a refusal notice under section 17.1 of the Act.",
        "The contract ran for two years.",
        "We bought none in the last three\nyears.",
        "Table 1 gives the spend in each of the last three financial years.",
        "We reply within 20 working days.",
        "Awards are capped at three in 12 months.",
        "It would cost more than £450 to find.",
        "Our rules need three quotes for any purchase over £2,500.",
        "Each grant worth more than £1m goes to the board.",
        "Every order is placed after quotes from at least three firms.",
        "Our policy asks for a minimum of two bids.",
        "Board members are named by its five constituent councils.",
        "The software is bought once for all four partner councils.",
        "We report our scope 3 travel emissions in total.",
        "Tier 2 suppliers are not listed.",
        "Further Tranche 1 contracts will be let next year.",
        "You asked six questions about parking permits.",
        "In your email you raised four separate queries.",
        "Fees are collected for us by the four borough councils.",
        "You may send your request to each of the three district and city councils.",
        "We have weighed this against the 14 requests and over 90 e-mails you have sent us since May.",
    ),
    (
        "We hold 36 records.",
        "Notes were kept on 12 cases.",
        "£4,500 was spent on repairs.",
        "Twelve staff were trained.",
        "Spending over £5,000 came to £80,000.",
        "Each grant was worth £1,200.",
        "At least 14 bids were received.",
        "Three member councils replied to the survey.",
        "Residents asked 14 questions at the meeting.",
        "Five councils were referred to the regulator.",
        "We hold 7 chapters of the draft.",
        "Three financial officers left.",
        "The council received 31 requests in 2024, 12 of them from journalists.",
    ),
    "a number that counts nothing: foitrack.extract.answers blanks these before it looks for the key figure",
)
# A marker before an answer's words: "Our answer: No, ...", "Response - Yes", "A1: 12", "Original answer: No."
ANSWER_MARKER = Cue(
    "answer_marker",
    "answer_marker",
    r"^(?:(?:our|original|initial|revised|updated|review)\s+)?(?:answer|response|reply|review|decision|findings?|"
    r"a\d{0,2})\s*[:\-–]\s+",
    1.0,
    ("Our answer: No, the depot is closed.", "Response - Yes", "A1: 12", "Original answer: Not held."),
    ("Response times averaged 12 minutes.", "A review of the policy is under way.", "See our answer: below"),
    "read off the start of each line of an answer before its sentences are classified",
)

# A heading over an answer that names the questions it answers, and says nothing itself: "Answer to Requests 1 and 2"
ANSWER_HEADING = Cue(
    "answer_heading",
    "answer_heading",
    r"^(?:our\s+)?(?:answers?|responses?|reply|replies)\s+(?:to\s+)?(?:your\s+)?"
    r"(?:requests?|questions?|parts?|items?|points?|q)\s*\d{1,2}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2}[a-z]?)*"
    r"\s*[:.]?$",
    1.0,
    ("Answer to Requests 3 and 4", "Response to questions 1, 2 and 5", "Reply to Q2:", "Answers to questions 1 - 3"),
    (
        "Answer to question 2: we hold no records",
        "Response to question 4 is attached.",
        "Answer 2 not held",
        "Response to your request",
    ),
    "a heading over an answer read off its sentences: it names questions, and would be read as an answer's words",
)
# A marker before a question's words: "Your question: Has the Trust ...", "You asked: Do you ...", "7. Does ..."
QUESTION_MARKER = Cue(
    "question_marker",
    "question_marker",
    r"^(?:(?:your question|you asked|question|request)\s*\d*\s*[:\-–]\s*|"
    r"\(?(?:q?\d{1,2}[a-z]?|[a-h]|i{1,3}|iv)[.)](?=\s)\s*)+",
    1.0,
    (
        "Your question: Is the depot open?",
        "You asked - how many bins?",
        "Q3) Who cleans it?",
        "(2a) Do you?",
        "(b) Does the depot open on Sundays?",
        "4. (ii) Is the depot open?",
    ),
    ("Questions about the depot go to estates.", "2023. Do you?", "Is the depot open?", "A depot. Is it open?"),
    "read off the start of a question before it is read as a yes/no question or a request, a lettered or "
    "numbered part's label too ('(a) Has the council ...?')",
)
# The answer a pointer names: "see response to (a)", "as our answer to question 3", "refer to Q2"
POINTER_TARGET = Cue(
    "pointer_target",
    "pointer_target",
    r"(?<!\w)\(([a-z0-9]{1,3})\)|\b(?:question|q|answer|response|reply)\s*(\d{1,2}[a-z]?)\b",
    1.0,
    ("See our response to (b).", "As in our answer to question 3.", "Refer to Q2."),
    ("See the attached report.", "We answered every question.", "It is withheld under section 43(2)."),
    "the label a pointer to another answer names: group 1 or 2",
)
# A pointer into a part whose numbering restarts: "see our answer to Part B, question 2" (the second part's "2")
POINTER_PART = Cue(
    "pointer_part",
    "pointer_part",
    r"\bpart\s+([a-h]|[1-9])\b\W+(?:question|q)\s*\d",
    1.0,
    ("See our answer to Part B, question 2.", "As in part 2 - Q1."),
    ("See part B of the report.", "See question 2."),
    "the part (group 1) a pointer names when each part numbers its questions from 1",
)
# The parts a refusal sentence names (round 40): "withheld part (a) and part (b)", "in respect of questions 2 and 4"
LABEL_NAMED = r"\(?(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-h]|[ivx]{1,4})\b\)?"
PARTS_NAMED = Cue(
    "parts_named",
    "parts_named",
    r"\b(?:parts?|questions?|q|items?|points?|elements?) ?"
    + LABEL_NAMED
    + r"(?:(?:,? (?:and|&|or|to)|,| ?[-–]) (?:(?:part|question|q|item|point|element) ?)?"
    + LABEL_NAMED
    + r")*",
    1.0,
    (
        "We have withheld part (b) under section 43(2).",
        "This is a refusal notice in respect of part (ii) only.",
        "The exemption covers questions 2, 5 and 7.",
        "Items 3 and part 4 are refused.",
    ),
    ("Part of the information is withheld.", "This question is refused in full.", "We refuse the request in part."),
    "the labels a refusal sentence names: it refuses those, not an answer whose own label it leaves out "
    "(foitrack.extract.answers reads the labels in the match; a range such as 'questions 2 to 5' names all between)",
    needles=("part", "question", "q", "item", "point", "element"),
)
# A denial of a narrower kind than the thing asked about: "no injuries involving falling rock" (group 1 narrows it)
# read in the answer classifier, which takes the verb it names (see foitrack.extract.answers)
EMPHATIC_YES = Cue(
    "emphatic_auxiliary_yes",
    "emphatic_yes",
    # a subject of up to six words, none of them a question word or "to", then an emphatic "do" and a verb
    r"^\s*(?:(?!(?:how|what|which|who|whom|why|where|when|if|whether|that|as|to|unless|although|though|while|"
    r"because|since|once)\b)[a-z0-9'’-]+,? ){1,6}(?:does|do|did) (?:indeed |in fact |also |still )?"
    r"(?!(?:not|so|this|that|these|those|it|them|nothing|anything|something|the|a|an|any|all|some|our|their|its|"
    r"his|her|your|my|no|more|well|much|many|to|with|for|on|in|at|by|of|as)\b)[a-z]{3,}\b",
    YES_NO,
    (
        "Ward managers did approve overtime in both years, within the agreed budget.",
        "The board does publish its minutes, on the website.",
        "We do hold a register of gifts.",
    ),
    (
        "We did not approve any overtime.",
        "Where managers do approve overtime, it is logged.",
        "The board does this every quarter.",
        "We need to do further work on the register.",
        "How often do managers approve overtime?",
    ),
    "a yes that repeats the question's verb with an emphatic 'do' ('Did X receive ...?' - 'X did receive ...'), "
    "as echoed_auxiliary_yes does with the verb left out: it answers a yes/no question, or the whether-part of one "
    "asking for detail too, yes when the verb is the question's own (to an open question it only sets the scene)",
    needles=("does ", "do ", "did "),
)

NARROWED_BY = Cue(
    "narrowed_by",
    "narrowed_by",
    r"\bno (?:[a-z-]+ ){0,2}?[a-z]+ (?:involving|caused by|due to|as a result of|resulting from|arising from|"
    r"attributed to|linked to) (?:a |an |the )?([a-z-]+(?: [a-z-]+)?)|"
    r"\b(?:no|nothing) (?:[a-z]+ ){0,3}?(?:spent|paid|bought|purchased|incurred|invested) (?:on|for) (?:any )?"
    r"(new|replacement|additional|extra)\b",
    1.0,
    (
        "There were no injuries involving falling rock.",
        "We recorded no delays caused by strike action.",
        "Nothing has been spent on new benches.",
        "No money was paid for replacement signs.",
    ),
    ("There were no injuries.", "No injuries were recorded in 2024.", "Nothing has been spent on benches."),
    "a denial narrowed by what is not in the question (what it involved, or only new things bought), then a "
    "figure: the figure counts the thing asked about (foitrack.extract.answers reads group 1 or 2 against the "
    "question's words)",
    needles=("no ", "nothing "),
)

CUES = (
    # --- pointers and not applicable
    Cue(
        "see_answer_to",
        "refers_back",
        r"\bsee (?:the |our |my )?(?:response|answer|reply)s? (?:to|at|for|in|given)|"
        r"^\W*(?:please )?see (?:(?:question|q) ?\(?\w{1,3}\b|part \(?[a-z]\b)",
        NA,
        (
            "See our response to question 2.",
            "Please see the answer given in part (a).",
            "See question 3.",
            "See part (b).",
        ),
        ("See the attached list of sites.", "See part 3 of the report for the totals: 41."),
        needles=("see ",),
    ),
    Cue(
        "as_stated_above",
        "refers_back",
        r"\bas (?:stated|detailed|explained|outlined|mentioned|noted|set out) above",
        NA,
        ("As explained above, the same applies here.", "The position is as set out above."),
        ("As stated earlier, 12 officers are trained.",),
        needles=("above",),
    ),
    Cue(
        "see_above",
        "refers_back",
        # or the answer above named by its bare label: "See (b) above.", "Please see (iv) and (v) above."
        r"\bsee above\b|\bas above\b|\bsee \(\w{1,4}\)(?:(?:,| and| &) \(\w{1,4}\))* above\b",
        NA,
        ("See above.", "As above", "See (b) above.", "Please see (iv) and (v) above."),
        ("Above 40", "See (attached) above the table for 2024."),
        needles=("above",),
    ),
    Cue(
        "refer_to_answer",
        "refers_back",
        r"\brefer to (?:the |our |my )?(?:(?:response|answer|reply)|(?:question|part|point|item) ?\(?\w{1,3}\b)",
        NA,
        ("Please refer to our answer to question 1.", "Please refer to question 2."),
        ("Please refer to the attached guidance.",),
        needles=("refer to",),
    ),
    Cue(
        "as_per_answer",
        "refers_back",
        r"\bas per (?:our |my |the )?"
        r"(?:(?:previous |earlier |above |first )?(?:response|answer|reply)|question|q ?\d)|"
        r"\bsee (?:our |my |the )?(?:previous|earlier|above|first) (?:response|answer|reply)|"
        r"^\W*(?:please )?see (?:answer|response|reply) ?\(?\w{1,3}\b|"
        r"\b(?:covered|answered|addressed|included|given) (?:in|at|under|by) (?:the |our |my )?"
        r"(?:(?:previous |earlier )?(?:response|answer|reply)s?|question|q ?\d)\b|"
        r"\b(?:answered|covered|addressed) above\b|"
        r"^\W*(?:same )?as (?:for |in )?(?:question|q|part|answer) ?\(?\w{1,3}\)?\W*$",
        NA,
        (
            "As question 2.",
            "Same as for Q4.",
            "As per our response to question 1.",
            "See previous response.",
            "See answer 3.",
            "This is covered in the answer to question 2.",
            "Answered above.",
        ),
        (
            "As per the contract, fees are paid monthly.",
            "See the attached answer sheet for 2022 figures: 14.",
            "The costs are included in part 3 of the report.",
        ),
        "a pointer to another answer, worded without 'see our response to'",
        needles=(
            "as per",
            "as for",
            "as in",
            "as q",
            "as part",
            "as answer",
            "see ",
            "covered",
            "answered",
            "addressed",
            "included",
            "given",
        ),
    ),
    Cue(
        "does_not_apply",
        "not_applicable",
        r"^\W*(?:this (?:question |part )?|which )?(?:does not|doesn't) apply\b",
        NA,
        ("Does not apply.", "This question does not apply."),
        ("The exemption does not apply to the totals, which are 14.",),
        needles=("apply",),
    ),
    Cue(
        "na_opening",
        "not_applicable",
        r"^\s*n/?a\b",
        NA,
        ("N/A", "n/a as no post exists"),
        ("Nationally, 40",),
        needles=("na", "n/a"),
    ),
    Cue(
        "not_applicable_words",
        "not_applicable",
        r"(?<!vat )(?<!vat is )(?<!vat: )\bnot applicable\b|\bnot relevant\b",  # not "VAT not applicable" on a price
        NA,
        ("Not applicable", "This part is not relevant given our answer."),
        ("Applicable fees are listed below.", "The fee is £90 a visit, VAT not applicable."),
        needles=("not applicable", "not relevant"),
    ),
    Cue(
        "as_stated_in",
        "refers_back",
        r"\bas (?:stated|detailed|explained|outlined|mentioned|noted|set out) in (?:our|my|the) (?:previous |earlier |"
        # not a reply named by its date ("as stated in our reply of 15 July"): a review's own first reply, which it
        # repeats, not another answer of this one
        r"above |first )?(?:answer|response|reply|question|part)(?!\s+(?:of|dated|on|sent on) \d)|"
        r"\bincluded in (?:the )?above\b",
        NA,
        ("The costs are included in the above.", "As set out in our earlier reply.", "As stated in our answer to Q2."),
        (
            "The costs are set out below.",
            "The limit is as stated in the Regulations.",
            "Wibble Ltd holds the lease (as stated in our reply of 3 March).",
        ),
        needles=(
            "as stated",
            "as detailed",
            "as explained",
            "as outlined",
            "as mentioned",
            "as noted",
            "as set out",
            "included in",
        ),
    ),
    Cue(
        "same_search_as_before",
        "refers_back",
        r"^\W*(?:(?:questions?|parts?|items?|points?|q) ?[\w()]{1,4}(?:(?:,| and| &| to) (?:q ?)?[\w()]{1,4})* |"
        r"this (?:question|part|item) |(?:it|they|both) )?(?:would )?"
        r"(?:(?:depends?|rel(?:y|ies)|rests?) (?:up)?on|(?:requires?|involves?|needs?)) the same (?:[a-z]+ ){0,2}"
        r"(?:search|exercise|review|trawl|process)\b",
        NA,
        (
            "Parts (b) and (c) rely on the same manual search of the files.",
            "This question depends on the same exercise, since the dates are only in each case note.",
            "Q4 would require the same review of every contract.",
        ),
        (
            "Charges depend on the same factors as last year.",
            "We ran the same search in 2023 and found 41 files.",
            "The refusal covers all three parts, as parts 2 and 3 rely on the same search.",
        ),
        "a question said (as its subject) to need the same search or exercise as the answer before it takes that "
        "answer's class; a sentence giving a refusal's scope that mentions it in passing is no pointer",
        needles=("same",),
    ),
    # --- not held
    Cue(
        "record_not_transferred",
        "not_held",
        r"\b(?:files?|records?|papers|documents?|archives?|collections?)\b[^.;]{0,40}?\b(?:has|have|had|was|were) not "
        r"(?:yet )?(?:been )?(?:yet )?(?:transferred|deposited|passed|handed over|sent|lodged) (?:to|with)\b",
        NOT_HELD,
        (
            "The file you describe has not been transferred to the Wibble Record Office.",
            "These papers were not deposited with us by the parish.",
            "The records have not yet been transferred to us by the department.",
        ),
        (
            "The funds have not been transferred to the contractor.",
            "The file was transferred to the county archive in 2019.",
        ),
        "a record never transferred to the body (an archive's retained file) is not held by it, whether or not the "
        "record exists elsewhere (SCHEMA: not_held), outweighing the none a bare 'has not been' reads",
        needles=(
            "not been",
            "not yet",
            "not transferred",
            "not deposited",
            "not passed",
            "not handed",
            "not sent",
            "not lodged",
        ),
    ),
    Cue(
        "not_held_words",
        "not_held",
        r"\bnot held\b(?! (?:in a (?:central|single)|in (?:a|this) (?:format|manner|way)))|"
        r"\bnot (?:centrally|routinely|separately) "
        r"(?:recorded|held|collated|collected|kept|captured|monitored|tracked)\b|"
        r"\bno (?:such |relevant |recorded )?(?:information|data|records?) (?:is|are|was|were) "
        r"(?:held|recorded|kept|collected)\b|\bno (?:such |relevant |recorded |[a-z]+ )?(?:information|data|records?) "
        r"(?:(?:relating|relevant) to (?:it|this|them|that) )?(?:exists?|existed)\b|"
        r"\bnot (?:itemised|identified|broken down|costed|shown|listed) separately\b|"
        r"\b(?:is|are) not (?:information|data|records?|something) (?:that is |which is |that are |which are )?"
        r"(?:held|kept|recorded) by (?:the|this|our|us)\b",
        NOT_HELD,
        (
            "Not held.",
            "This is not information held by the Wibble Council.",
            "Visits are not logged by purpose, and no such records exist.",
            "The licence fee for the add-on is not itemised separately on the invoice.",
            "This information is not held by the trust.",
            "The data is not held centrally.",
            "This is not centrally recorded.",
            "Which settings staff choose is not centrally monitored.",
            "No such information is held.",
            "The hall is let by the trust, and no booking records relating to it exist at the council.",
        ),
        (
            "The figures are not held in a single system, but 12 were found.",
            "This is not information that the council would publish.",
        ),
        "'not held in a single system' and 'not held in a format' are left out: such answers usually go on to give "
        "figures or refuse on cost; 'not held centrally' is not held (SCHEMA hard cases)",
        needles=(
            "not held",
            "not centrally",
            "not routinely",
            "separately",
            "no ",
            "held by",
            "kept by",
            "recorded by",
        ),
    ),
    Cue(
        "not_billed_apart",
        "not_held",
        r"\bnot (?:invoiced|billed|itemised|itemized|costed|recorded|accounted for)\b[^.;]{0,40}?"
        r"\b(?:separately|individually|as an? (?:separate|distinct|discrete|individual) (?:item|line|cost|sum|figure|"
        r"entry))\b",
        NOT_HELD,
        (
            "Heating is part of the lease and is not invoiced to the school as a separate item.",
            "Fuel is not billed separately by the contractor.",
            "The staff time is not accounted for as a distinct cost.",
            "Each check falls under the block contract and is not costed individually.",
        ),
        (
            "Fuel is billed separately each month.",
            "The cost was not invoiced until May.",
            "Extra hours are not charged separately.",
        ),
        "a cost that is part of a wider charge and not invoiced or recorded on its own is not held as such: the body "
        "has no figure for it (not 'not charged separately', which can say nothing is charged)",
        needles=("not invoiced", "not billed", "not itemi", "not costed", "not recorded", "not accounted"),
    ),
    Cue(
        "do_not_hold",
        "not_held",
        r"\b(?:do|does|did) not (?:routinely |currently |specifically |separately |centrally |normally |therefore |"
        r"thus |so |also )?(?:(?:receive|see|get) or )?"
        r"(?:hold|record|collect|keep|collate|capture|retain|log|maintain)\b"
        r"(?! (?:the information requested )?in a)"
        r"(?! (?:an?|its own|any) (?:[a-z]+ )?(?:contract|licen[cs]e|lease)s?"
        r"(?= of\b| for\b| with\b| in place\b|[.,;]|$))|"
        r"\b(?:do|does|did) not (?:routinely |currently )?(?:calculate|compile|produce|measure) "
        r"(?:an? |the |any |such |these )?(?:[a-z]+ ){0,2}(?:averages?|figures?|totals?|statistics|data|"
        r"breakdowns?|rates?|numbers?|counts?|classifications?|analys[ie]s)\b|"
        # not counted at all: "We do not count attendance", not how a thing is counted ("count them as visits")
        r"\b(?:do|does|did) not (?:routinely |currently |separately )?count\b(?!(?: [a-z]+){0,3} (?:as|towards?)\b)",
        NOT_HELD,
        (
            "The council does not hold this information.",
            "The parish does not count visitors to the fair.",
            "We do not calculate an average waiting time.",
            "The trust does not produce statistics on this.",
            "We do not record the reason for a call.",
            "The service does not collate these figures.",
            "The trust does not routinely record the reason.",
            "Visits are logged as free text; the team does not therefore hold a count by type.",
            "The trust does not receive or hold copies of the contractor's invoices.",
            "We do not produce a classification of the fund's holdings by sector.",
        ),
        (
            "We do not hold the information requested in a single list; 12 files were found.",
            "The council does not produce a strategy on this.",
            "The college does not hold a cleaning contract of its own.",
            "The service has not charged landlords for any of these call-outs.",
            "We do not count repeat calls as new incidents.",
            "Wibble Council does not count towards the quota.",
        ),
        needles=("do not ", "does not ", "did not "),
    ),
    Cue(
        "dont_hold",
        "not_held",
        r"\b(?:don't|doesn't|didn't) hold\b",
        NOT_HELD,
        ("We don't hold that data.",),
        needles=("n't hold",),
    ),
    Cue(
        "no_information_held",
        "not_held",
        r"\bno (?:recorded )?(?:information|data|records?) (?:is |are |was )?(?:held|recorded|kept|available)|"
        r"no recorded information",
        NOT_HELD,
        ("No recorded information is held.", "No data is kept on visits."),
        ("No information has been withheld.",),
        needles=("no ",),
    ),
    Cue(
        "not_recorded",
        "not_held",
        r"\bnot (?:recorded|collated|captured|retained|logged)\b|\bnon-?reportable\b|\bnot reportable\b|"
        r"\b(?:this|the|that|such) (?:information|data|figures?) (?:is|are) not available\b"
        r"(?! (?:for|to) (?:the )?(?:public )?(?:release|disclosure|publication))|"
        r"\b(?:information|data|figures|statistics|details) (?:is|are) not (?:routinely |currently |centrally )?"
        r"(?:collected|kept|gathered|compiled)\b",
        NOT_HELD,
        (
            "The ethnicity of callers is not recorded.",
            "This is a non-reportable field.",
            "Call reasons are not captured.",
            "This information is not available.",
            "Such data is not routinely collected.",
        ),
        ("The figure recorded was 14.", "The survey figures will not be available until May."),
        needles=(
            "not recorded",
            "not collated",
            "not captured",
            "not retained",
            "not logged",
            "reportable",
            "is not ",
            "are not ",
        ),
    ),
    Cue(
        "no_figure_compiled",
        "not_held",
        r"\bno (?:such |overall |separate |single )?(?:averages?|totals?|breakdowns?|statistics|counts?|rates?|"
        r"figures?|analysis)(?: (?:by|of|for|per|on) [a-z]+){0,2} "
        r"(?:is|are|was|were|has been|have been|had been) (?:ever )?"
        r"(?:calculated|compiled|produced|collated|worked out|derived|recorded|kept|maintained)\b",
        NOT_HELD,
        (
            "Prices differ by supplier, so no average has been calculated or recorded.",
            "No breakdown by ward is compiled.",
            "No separate totals were kept for the two depots.",
        ),
        ("No fines have been recorded this year.", "No average was given, as there were only two cases."),
        "a figure that was never worked out is not held: it says nothing of whether the thing counted exists "
        "(outweighs the none cue 'no ... has been')",
        needles=("no ",),
    ),
    Cue(
        "does_not_have_data",
        "not_held",
        r"(?:(?:do|does) not have|(?:has|have) not got) (?:this|the|that|these|any|a) (?:data|information|figures|"
        r"records?)\b|"
        r"did not have the information|"
        r"\b(?:information|data|figures|details|records?) (?:that |which )?(?:we|the [a-z]+) (?:simply |just )?"
        r"(?:do|does|did) not (?:have|hold)\b|"
        # the data stays with whoever runs the system: "we do not receive returns of X from the provider" (present
        # tense: "we did not receive any reports of flooding" says that none came in)
        r"\b(?:do|does) not (?:routinely |normally |usually |ordinarily )?(?:receive|get|collect|obtain|see) "
        r"(?:any |the )?(?:reports?|returns?|data|figures|statistics|records?|details|information) "
        r"(?:of|on|about|for|from)\b",
        NOT_HELD,
        (
            "The trust does not have this data.",
            "Outcomes are decided by the courts, so this is information we simply do not have.",
            "We do not have any figures for that year.",
            "The council has not got the figures.",
            "We do not have a record of the visits.",
            "The board does not receive data on course passes from the college that runs them.",
            "Schools do not routinely send us figures, and the council does not collect returns of exclusions.",
        ),
        (
            "The trust does not have a policy on this.",
            "We did not receive any reports of flooding in 2023.",
            "The council does not receive payments for this service.",
        ),
        needles=(
            "not have",
            "not got",
            "not hold",
            "not receive",
            "not get",
            "not collect",
            "not obtain",
            "not see",
            "not routinely",
            "not normally",
            "not usually",
            "not ordinarily",
        ),
    ),
    Cue(
        "not_held_provision",
        "not_held",
        r"(?<!duty in )(?<!duty under )section 1\s*\(1\)\s*\(a\)|12\s*\(4\)\s*\(a\)|"
        r"section 17\b.{0,60}(?:scotland|foisa)",
        NOT_HELD,
        (
            "We are issuing a notice under section 1(1)(a) of the Act.",
            "Regulation 12(4)(a) applies to this part.",
            "Under section 17 of the Freedom of Information (Scotland) Act, this is a notice.",
        ),
        (
            "Under section 40(2) the names are withheld.",
            # round 51 (cls): the duty in s1(1)(a) is the duty to confirm or deny; its exclusion refuses
            "The duty in section 1(1)(a) does not apply, by virtue of section 23(5).",
        ),
        needles=("section", "12"),
    ),
    Cue(
        "not_a_public_authority",
        "refused",
        # not a body that says so and answers anyway: "..., but we are happy to help voluntarily"
        r"^(?!.*\b(?:but|however|nevertheless|nonetheless|voluntar|happy|pleased|willing)\b)(?:"
        r".*\bnot (?:listed|designated|named|included) as (?:an? )?public authorit(?:y|ies)\b|"
        # the body itself, in the Act's terms: "we are not a public authority under the Act"
        r".*\b(?:we|it) (?:are|is) not (?:an? )?public authority (?:listed|named|under|for the purposes|within)\b|"
        r".*\b(?:the (?:freedom of information )?act|foia|foisa) (?:therefore |thus |itself )?(?:does not|doesn't) "
        r"(?:apply|extend) to (?:the (?:court|coroner|tribunal|judiciary)|courts|coroners|judicial)\b)",
        REFUSED,
        (
            "Tribunals are not listed as public authorities in Schedule 1.",
            "The Act therefore does not apply to the court or to its records.",
            "The Wibble Trust is a charity; it is not a public authority listed in Schedule 1 to the Act.",
            "We are not a public authority under the Freedom of Information Act, so the Act does not cover us.",
        ),
        (
            "The Act applies to the council, and the figures are below.",
            "The Wibble Trust is not listed as a public authority, but we are happy to help.",
            "We are not a public authority under the Act, but we are happy to share the figures.",
            "Our contractor is not a public authority, so it keeps its own records.",
            "Coroners publish their statistics each year.",
        ),
        "a body outside the Act (a court, a coroner, a private company) that declines to answer under it refuses "
        "the request (SCHEMA: refused)",
        needles=("public authorit", "not apply", "n't apply", "not extend", "n't extend"),
    ),
    Cue(
        "outside_the_act_in_part",
        "not_held",
        r"\b(?:is|are) not (?:covered by|subject to|within the scope of) (?:the )?(?:freedom of information )?"
        r"(?:act|foia|foi act)\b[^.]{0,120}?\bonly (?:a )?public authorit(?:y|ies) (?:in respect of|for|as regards)\b|"
        r"\b(?:is|are) (?:only )?(?:a )?public authorit(?:y|ies) (?:only )?(?:in respect of|for the purposes? of|for) "
        r"(?:the |its |our |their )?(?:nhs|health service|public)\b[^.]{0,80}?\b(?:so|therefore|and) (?:we|it|they) "
        r"(?:are|is|do|does|will|cannot|can not) not\b",
        NOT_HELD + 0.02,
        (
            "Our private work is not covered by the Act, as the surgery is only a public authority in respect of its "
            "NHS services.",
            "The pharmacy is a public authority only in respect of its NHS services, so we are not providing figures "
            "on retail sales.",
        ),
        (
            "We are a public authority in respect of our NHS services, and the figures are below.",
            "The managing agent is a private company and is not subject to the Freedom of Information Act.",
        ),
        "a contractor that is a public authority for its NHS (or other public) work only holds nothing for the Act "
        "about its private work: not_held (no exemption is relied on), outweighing unable_to_disclose",
        needles=("public authorit",),
    ),
    Cue(
        "not_a_function",
        "not_held",
        r"\bnot (?:a |the )?(?:function|responsibility|remit) of\b|\b(?:falls?|is) outside (?:the|our|its) remit\b|"
        r"\bnot (?:the )?(?:body |authority |organisation |council |trust )?responsible for\b|"
        r"\b(?:is|are) (?:the )?responsibility of (?:the |another |a different )|"
        r"\b(?:may|might) (?:be able to )?hold (?:this|that|it|these|such|the (?:relevant |requested )?"
        r"(?:information|data|records|details))\b|"
        r"\b(?:is|are) not the (?:[a-z]+ )?(?:authority|body|organisation|agency) (?:responsible|that|which|who|for)\b|"
        r"\b(?:is|are) held by [^.;]{2,60}? (?:rather than|and not|but not) (?:by )?(?:the|this|our|us)\b|"
        r"\bplease (?:re)?direct (?:this|that|these|your) (?:part of your |part |parts of your )?"
        r"(?:request|questions?|enquiry) to\b|"
        r"\b(?:role|function|remit) is to\b[^.]{0,200}?\b(?:we|it|they|the [a-z]+) (?:do|does) not\b",
        NOT_HELD,
        (
            "Parking enforcement is not a function of this district council.",
            "This falls outside our remit.",
            "The borough is not responsible for school transport.",
            "Roads are the responsibility of the county council, which may hold this information.",
            "The council is not the authority responsible for licensing; the police may hold it.",
            "Grant records are held by the parish council rather than by the borough.",
            "Ledger entries for the scheme are held by the shared services agency and not by the board.",
            "The scheme is run by the county, so please direct this part of your request to its FOI team.",
            "The panel's role is to scrutinise the commissioner; it does not award or pay grants.",
        ),
        (
            "The function of the team is to support families.",
            "The council is responsible for 40 parks.",
            "We will hold the consultation in May.",
            "The ledgers are held by the finance team and not shared with other bodies.",
        ),
        "the body does not do the thing, so it holds nothing; gold reads it as not held (SCHEMA hard cases)",
        needles=(
            *("function", "remit", "outside", "responsib", "hold ", "not the ", "rather than", "direct ", "role is"),
            *("and not ", "but not "),
        ),
    ),
    Cue(
        "hold_no_information",
        "not_held",
        r"\b(?:hold|holds|held|keep|keeps|kept|retain|retains) no (?:recorded |such |relevant )?"
        # --- round 86: or no list of them kept in one place: "We hold no register as such"
        r"(?:information|data|records?|details|figures|lists?|registers?|spreadsheets?|databases?)\b",
        NOT_HELD,
        (
            "The council holds no information within the scope of the request.",
            "We keep no records of visits.",
            "We hold no list as such; each case has its own paper file.",
        ),
        ("We hold records of 14 visits.", "We hold lists of the graves in each cemetery."),
        needles=("no ",),
    ),
    Cue(
        "not_known",
        "not_held",
        r"^\W*(?:not known|unknown|not recorded|"
        r"(?:the )?(?:information|data|figures?) (?:not available|unavailable))\b",
        NOT_HELD,
        ("Not known.", "Unknown", "Data unavailable."),
        ("Known to the team: 4",),
        "an answer that is only 'not known': the body holds no figure",
        needles=("known", "recorded", "available"),
    ),
    Cue(
        "none_held",
        "not_held",
        r"\bthere (?:is|are|was|were) no (?:[a-z]+ ){0,3}held\b",
        NOT_HELD + 0.02,
        ("There are no such records held by the service.", "There is no data held on this."),
        ("There are no officers in the team.",),
        "outweighs the none cue 'there are no' that the same words also hit",
        needles=("there ",),
    ),
    Cue(
        "not_able_from_records",
        "not_held",
        r"\b(?:not able|unable) to (?:answer|respond to|provide|tell|identify|extract|report|determine|separate|"
        r"distinguish)\b[^.]{0,40}?\bfrom (?:our|the|its) (?:[a-z]+ )?(?:records|systems?|data|files|database)|"
        r"\b(?:cannot|can not|could not) (?:be )?(?:extract|identif|obtain|report|retriev|separat|distinguish)\w*"
        r"[^.]{0,40}?\bfrom (?:our|the|its) (?:[a-z]+ )?(?:records|systems?|data|files|database)|"
        r"\b(?:not able to|unable to|cannot|can not|could not) (?:identify|determine|tell|establish|ascertain) "
        r"(?:whether|if|which|how many|how much|the number)\b",
        NOT_HELD + 0.02,
        (
            "We are not able to answer this from our records.",
            "Cases are filed by date, not by cause, so we are unable to identify whether any involved a dog.",
            "The log cannot determine how many calls were about parking.",
            "We are unable to provide a figure from the systems.",
            "Such cases cannot be identified from our case system.",
        ),
        ("We are unable to provide this as it is exempt.",),
        "outweighs the refusal 'unable to provide this': the records, not an exemption, are the reason",
        needles=("able to", "cannot", "can not", "could not"),
    ),
    Cue(
        "records_do_not_show",
        "not_held",
        r"\b(?:our|the|its|these) (?:[a-z]+ )?(?:records|systems?|database|files) (?:do|does|did) not "
        r"(?:show|hold|contain|record|capture|allow|identify|distinguish|enable|permit|provide)\b|"
        r"\bfound no (?:relevant |such )?(?:information|records?|data|documents?)\b|\bfound nothing\b|"
        r"\bno (?:relevant |such )?(?:information|records?|data|documents?) (?:was|were|has been|have been|could be) "
        r"(?:found|located|identified)\b|"
        r"\bno (?:requirement|obligation|need|duty) (?:for (?:us|the [a-z]+) )?to "
        r"(?:record|hold|collect|keep|capture)\b",
        NOT_HELD,
        (
            "Our records do not show the reason.",
            "The case system does not allow us to report on this.",
            "A search of the files found nothing relevant.",
            "No relevant information was located.",
            "There is no requirement for us to record this.",
        ),
        ("Our records show 14 cases.", "No fines were issued."),
        "the records hold nothing on it: not held, whether or not the thing exists",
        needles=("not ", "found no", "found nothing", "no "),
    ),
    Cue(
        "cost_in_same_sentence",
        "not_held",
        r"\b(?:appropriate|cost|fees?) limit\b|\bexceed\w* (?:the )?(?:\d+ hours|limit|cost)|\bsection 12\b",
        -(NOT_HELD + 0.02),
        ("The records do not show it without a manual search, which would exceed the appropriate limit.",),
        ("The records do not show it.",),
        "a veto: not held in a form that could only be searched beyond the cost limit is a cost refusal",
    ),
    Cue(
        "not_a_category",
        "not_held",
        r"\b(?:is|are|was|were) not (?:a |an )?(?:distinct |separate |specific |discrete |recognised )?"
        r"(?:[a-z]+ )?(?:code|category|field|classification|flag)s?\b(?! (?:of|for) (?:the|your)\b)",
        NOT_HELD,
        (
            "Bike theft from sheds is not a separate offence category, so it cannot be counted.",
            "Noise from parties is not a distinct complaint code on our system.",
            "Hate incidents against workers are not a crime classification in their own right.",
        ),
        ("The fee is not a matter for the council.", "This is a code of practice."),
        "what is asked about is not a code, category or field of the records: it is not held as such",
        needles=("not ",),
    ),
    Cue(
        "not_something_we_record",
        "not_held",
        r"\b(?:is not|isn't|are not|aren't) (?:something|information|data|details|a (?:figure|statistic)) "
        r"(?:that |which )?(?:we|the (?:[a-z]+ )?[a-z]+) (?:routinely )?(?:record|hold|collect|keep|capture)",
        NOT_HELD,
        (
            "This isn't something we record.",
            "Staff age is not information that the trust collects.",
            "Opening hours are not something the town council holds information on.",
        ),
        ("This is something we record monthly: 12 in May.",),
        needles=("is not ", "isn't ", "are not ", "aren't "),
    ),
    Cue(
        "unable_to_locate",
        "not_held",
        r"\b(?:unable to|not able to|could not|couldn't|cannot|can't|failed to) (?:locate|find|identify|trace) "
        r"(?:any |the )?(?:[a-z]+ )?(?:information|records?|data|documents?|details|surveys?|reports?|minutes|"
        r"correspondence|emails?|policy|policies|contracts?|assessments?|audits?|lists?|registers?|logs?|"
        r"cop(?:y|ies)|amounts?|sums?|figures?|costs?|invoices?|agreements?)\b",
        NOT_HELD,
        (
            "We have been unable to locate any information about this.",
            "Staff could not find any records of it.",
            "We have searched the team's files and cannot find any audit of the scheme.",
            "The depot's files were checked, but we could not find any list of the bins collected.",
            "Fees are billed as one sum, so we are unable to identify the amounts spent on each site.",
        ),
        ("We located 14 records.",),
        needles=("unable", "not able", "could not", "couldn't", "cannot", "can't", "failed"),
    ),
    Cue(
        "no_record_of",
        "not_held",
        r"\b(?:have|has|there (?:is|are|was|were)) no (?:record|records|information|data) (?:of|on|about|relating)|"
        r"\b(?:have|has|hold|holds|keep|keeps) no cop(?:y|ies) of\b|"
        r"\b(?:do|does|did) not (?:have|hold|keep|retain) (?:a |any )?cop(?:y|ies) of\b",
        NOT_HELD,
        (
            "We have no record of such a meeting.",
            "The trust has no information on this.",
            "The contractor keeps the logs, and the council has no copy of them.",
            "We do not hold a copy of the survey.",
            "The supplier bills us for the whole service, and there is no record of what each visit cost.",
        ),
        ("We have no plans to change this.", "There is no recorded crime of this type in the area."),
        needles=("has no", "have no", "no cop", "copy of", "copies of", "no record", "no information", "no data"),
    ),
    Cue(
        "no_category_to_record",
        "not_held",
        r"\b(?:no |(?:does|do|did) not have (?:a |any )?)(?:specific |separate |dedicated |single )?"
        r"(?:reporting |recording |search |cost |budget |reason )?(?:category|field|code|flag|marker)\b|"
        r"\bno (?:way|means|mechanism|facility|(?:[a-z]+ )?(?:report|register|search|database)"
        r"(?: or (?:a )?[a-z]+)?) (?:to|of|by which|that|which) (?:(?:we|the [a-z]+) )?(?:can |could )?(?:run to )?"
        r"(?:record|identify|capture|search|extract|distinguish|tell|know|determine|separate|isolate)",
        NOT_HELD + 0.02,
        (
            "There is no specific category to record such incidents, so we cannot give figures.",
            "The system has no field that would identify these cases.",
            "The trust does not have a cost code for agency cover on these wards.",
            "Calls are logged by street, so there is no way to tell which ones were about potholes.",
            "There is no way of knowing which calls were about potholes.",
            "There is no report or register that the team could run to identify such cases.",
        ),
        (
            "There is no specific budget for this.",
            "Each incident has a code.",
            "There is no register of licensed premises in the parish.",
        ),
        "the records cannot tell the thing apart, so the figure is not held; outweighs the none cue 'no specific'",
        needles=("no ", "not have"),
    ),
    Cue(
        "sum_then_not_held",
        "not_held",
        r"(?<!over )(?<!above )(?<!than )(?<!under )(?<!below )£\s?[1-9][^.;]{0,160}?[;,] (?:but |although |though |"
        r"however,? )?(?:we|it|they|the (?:council|trust|force|board|authority|department)) (?:do|does|did) not "
        r"(?:hold|record|keep|collect|capture)\b",
        -NOT_HELD,
        (
            "Fee income came to £8,420, which funds the service; we do not record the cost of each card separately.",
            "The contract is worth £52,000 a year, but we do not hold a breakdown by site.",
        ),
        (
            "We do not hold the cost, which is met from a £2m budget.",
            "No records over £500 were found; we do not hold any.",
        ),
        "a veto: a sum given, then a detail said not to be held, provides the sum",
        needles=("£",),
    ),
    Cue(
        "does_hold",
        "not_held",
        r"\b(?:does|do) hold\b|\bholds the information\b",
        -1.0,
        ("The force does hold the information, but did not record it by ward.",),
        ("The force does not hold it.",),
        "a veto: a body that says it holds the information is not saying it holds none",
    ),
    Cue(
        "earlier_not_held_recounted",
        "not_held",
        r"\b(?:previously|originally|initially|earlier|first|wrongly|incorrectly) (?:been )?"
        r"(?:reported|stated|given|answered|recorded|said|described|shown|told|confirmed)(?: to you)? as\s*"
        r"[\"'“‘]?not held\b",
        -NOT_HELD,
        (
            '14 (previously reported as "not held")',
            "The figure was originally stated as not held; it is 230.",
            "Wibble Council has found 9 files, first reported as 'not held'.",
        ),
        (
            "The figure is not held.",
            "This was previously held but is no longer held.",
            "We previously reported that the figures are not held, and that remains the case.",
        ),
        "a veto: a review's recount of what the first reply said ('previously reported as not held') beside the "
        "figure it now gives; the answer is the figure",
        needles=("not held",),
    ),
    Cue(
        "not_yet_held",
        "not_held",
        r"\bnot (?:yet|as yet|currently|presently) (?:held|recorded|collated|compiled|collected)\b",
        NOT_HELD,
        (
            "Figures for the current year are not yet held, as the survey closes in March.",
            "Outcomes of the pilot are not currently recorded.",
        ),
        ("The figures have not yet been published.", "The annual meeting has not yet been held."),
        "information that will exist later but does not yet: not held at the time of the request",
        needles=("not yet", "not as yet", "not currently", "not presently"),
    ),
    Cue(
        "no_such_figure_kept",
        "not_held",
        r"\b(?:(?:do|does|did) not|don't|doesn't|didn't) (?:have|hold|keep) (?:a|an|any) "
        r"(?:fixed |single |exact |precise |overall |set |firm |definitive |reliable )(?:figure|average|total|"
        r"breakdown|count)s?(?=\s*(?:for|of|on|[.,;:)]|[-–] |$))|"
        r"\b(?:(?:have|has) not|haven't|hasn't|never) (?:worked out|calculated|compiled|produced|derived) "
        r"(?:an?|the|any) (?:[a-z]+ )?(?:average|figure|total|breakdown|count)s?\b",
        NOT_HELD,
        (
            "We don't have an exact figure for the time taken; each case is logged by date only.",
            "The clinic does not keep a single total of missed visits.",
            "Officers log each call, but the team has never worked out an average from them.",
        ),
        ("We don't have a fixed fee for hire.", "The trust does not have a total ban on visits."),
        "the body keeps the raw records but has no such figure: not held (a figure never derived is not held)",
        needles=("not ", "n't ", "never "),
    ),
    Cue(
        "so_cannot_identify",
        "not_held",
        r"\b(?:so|therefore|and so|which means) (?:we|it|they|the [a-z]+) (?:cannot|can't|can not|"
        r"(?:is|are) (?:unable|not able) to) (?:identify|tell|separate|distinguish|isolate|count)\b",
        NOT_HELD + 0.02,
        (
            "Crews log the time of each call but not its cause, so we cannot identify which were false alarms.",
            "The ledger holds one line for all repairs, which means the council is unable to separate the two.",
        ),
        ("We cannot identify the officer, as that would disclose personal data.", "So we can identify it."),
        "what the records lack makes the thing impossible to pick out: not held; outweighs a none cue that the "
        "reason's own 'did not' hits",
        needles=("cannot", "can't", "can not", "unable", "not able"),
    ),
    # --- refused
    Cue(
        "exempt",
        "refused",
        r"\bexempt(?:ion|ed)?\b",
        REFUSED,
        ("This is exempt.", "An exemption applies."),
        needles=("exempt",),
    ),
    Cue(
        "exempt_from_a_charge",
        "refused",
        r"\bexempt(?:ed|ions?)? from (?:the |a |an |any |paying (?:the |a |any )?)?(?:[a-z-]+ ){0,2}?(?:charges?|fees?|"
        r"fines?|tax|rates|tolls?|zones?|penalt(?:y|ies)|restrictions?|levy|parking)\b|"
        r"\b(?:compliant|eligible) or exempt\b|\bexempt or (?:compliant|eligible)\b|"
        r"\b(?:registered|eligible|qualif(?:y|ies|ied)|appl(?:y|ying|ied|ies|ications?)) for (?:an |the )?exemption\b|"
        r"\bexempt(?:ions?|ed)? (?:or|and|/) (?:an? )?(?:remi(?:ssions?|tted)|reductions?|reduced|waivers?|waived|"
        r"discounts?|discounted|concessions?|reliefs?)\b|\b(?:remissions?|remitted|reductions?|reduced|waivers?|waived|"
        r"discounts?|discounted|concessions?|reliefs?) (?:or|and|/) (?:an )?exempt(?:ions?|ed)?\b|"
        r"\b(?:fee|charge|tax|toll|fare|rates?) exemptions?\b|\b(?:vat|tax|duty)[- ]exempt\b|"
        r"\b(?:vehicles?|cars?|drivers?|holders?|residents?|households?|properties|pensioners|pupils|businesses|"
        r"charities|students) (?:are|is|were|was|remain) (?:also |fully |automatically )?exempt\b",
        -REFUSED,
        (
            "Taxis licensed in the city are exempt from the congestion charge.",
            "Most tickets were later voided because the car was compliant or exempt.",
            "Residents who have registered for an exemption are not charged.",
            "Disabled drivers are automatically exempt, so no fee was taken.",
            "We received 310 claims for a fee exemption or a reduction last year.",
            "Charges waived or exempted came to £9,800.",
            "Each visit costs £120 (VAT exempt) after the second one.",
        ),
        (
            "The report is exempt from disclosure under section 36.",
            "The information is exempt under section 43.",
            "We have applied the section 40 exemption to the names.",
            "Details of the VAT each supplier paid are exempt under section 43.",
        ),
        "a veto: a person or vehicle exempt from a charge, a fee or a zone, or fees exempted or reduced, is what "
        "the question is about, not an exemption under the Act",
        needles=("exempt",),
    ),
    Cue(
        "section_number",
        "refused",
        # "s" first: re skips to it; a possessive's "s" is none ("the Agency's 12/24 hour method")
        r"s(?<![\w'’].)(?:ection|ections|\.)?\s*(?:1[24]|2[1-9]|3\d|4[0-4])\s*(?:\(\d\)|\b)"
        r"(?!\s*(?:\(\w{1,3}\)\s*)*(?:agreements?|notices?|orders?|licen[cs]es?|support|payments?|funding|grants?|"
        r"applications?|appeals?|assessments?|enquir(?:y|ies)|inquir(?:y|ies)|investigations?|checks?|plans?|"
        r"certificates?|undertakings?|contributions?|obligations?|works?|of the (?!freedom)(?:[a-z]+ ){1,3}act)\b)",
        REFUSED,
        ("Section 40(2) applies to the names.", "We rely on s43 here.", "Section 31(1)(a) of the Act applies."),
        (
            "See section 5 of the plan.",
            "There were 14 live section 38 agreements in March.",
            "The family received section 17 support for six months.",
            "Section 38 of the Highways Act 1980 governs adoption.",
            "Counted by the Wibble Agency's 12/24 hour method.",
        ),
        needles=("1", "2", "3", "4"),  # the section's first digit
    ),
    Cue(
        "eir_regulation",
        "refused",
        r"\bregulations? 1[23]\b|\bregulation 6\s*\(1\)\s*\(b\)",
        REFUSED,
        ("Regulation 12 applies.", "Regulation 6(1)(b) applies as the data is published."),
        needles=("regulation",),
    ),
    Cue(
        "cost_limit",
        "refused",
        r"cost (?:of compliance|limit|threshold)|\bappropriate (?:\(cost\) |costs? )?limit|"
        r"exceed\w* (?:the )?['\"]?(?:appropriate|cost|costs|time|fees?|permitted|\d+ hours)|fees? limit|"
        r"(?<!\bno )\bmore than the permitted (?:time|cost|limit)\b|"
        r"(?:over|more than|in excess of|excess of|exceed\w*) (?:the )?\d[\d,]* hours|\bexcessive cost|"
        r"estimated that the cost|\b(?:beyond|above|over|outside|exceed\w*) (?:the )?\d+[- ]hours? limit\b",
        REFUSED,
        (
            "Answering would exceed the appropriate limit.",
            "It would take more than 18 hours to find.",
            "Reading each file would take more than 1,200 hours.",
            "That is well beyond the 18-hour limit.",
            "We estimate that it would take more than the permitted time or cost to find.",
        ),
        ("The project took 18 hours.", "Staff may work no more than the permitted hours in a week."),
        needles=("cost", "limit", "exceed", "hours", "permitted"),
    ),
    Cue(
        "outside_the_act",
        "refused",
        r"\b(?:unable|not able|cannot) (?:to )?(?:deal with|treat|process|handle|accept) (?:your|this|the) "
        r"(?:e-?mail|letter|correspondence|enquiry|message|request) as an? (?:valid )?(?:freedom of information |foi |"
        r"information )?request\b",
        REFUSED,
        (
            "The Wibble Agency is outside the Act, so we are not able to deal with your email as a request under it.",
            "We cannot treat this letter as a valid request for information.",
        ),
        (
            "We are able to deal with your email as a request under the Act.",
            "The managing agent is a private company and is not subject to the Freedom of Information Act.",
        ),
        "a body outside the Act (or a request it cannot take as one) declines every question: refused, though it may "
        "name where it publishes its work",
        needles=(" as a request", " as an ", " as a valid", " as a freedom", " as a foi", " as a information"),
    ),
    Cue(
        "reasonably_accessible",
        "refused",
        r"\breasonably accessible\b|\b(?:accessible|available) (?:to you )?(?:by|via|through) other means\b|"
        r"\b(?:already|otherwise) (?:publicly |reasonably )?(?:available|published|accessible)\b|"
        r"\bpublicly available and (?:easily|reasonably|readily) accessible\b",
        REFUSED,
        (
            "The report is reasonably accessible on our website.",
            "The data is available to you via other means.",
            "The minutes are already published, so we do not provide them again.",
        ),
        ("The report can be found on our website.", "The minutes will be published in May."),
        "section 21: a link to where the information is published is a refusal (SCHEMA hard cases)",
        needles=("reasonably accessible", "other means", "already", "otherwise", "publicly available"),
    ),
    Cue(
        "neither_confirm",
        "refused",
        r"\bneither (?:to )?confirm(?:s|ed|ing)? (?:n?or|and) den(?:y|ies|ied|ying)\b",
        REFUSED,
        (
            "We can neither confirm nor deny that it is held.",
            "The trust neither confirms nor denies whether any such report exists.",
            "The force has decided to neither confirm or deny holding it.",
        ),
        ("We can confirm that we hold no report, and deny that one was commissioned.",),
        "a neither-confirm-nor-deny response in any person or tense refuses (FOIA s1(1)(a) duty excluded)",
        needles=("neither",),
    ),
    Cue(
        "ncnd_caveat",
        "refused",
        r"\b(?:none of|nothing in) (?:the above|this (?:letter|response|reply|answer|notice))\b[^.;]{0,40}?"
        r"\b(?:taken|read|seen|construed|interpreted|treated) as\b[^.;]{0,100}?"
        r"(?:\b(is|are|does|do|was|were),? or \1 not\b|\b(?:indicating|confirming|suggesting|showing) whether\b)",
        NOT_HELD + 0.01,  # its "or is not held" is no not-held statement
        (
            "None of this letter should be read as a sign that the records are or are not held.",
            "Nothing in this reply is to be taken as confirming that such a report does or does not exist.",
            "Nothing in this answer should be seen as a hint that the file is, or is not, held by us.",
            "Nothing in this letter should be read as indicating whether any such file has been opened.",
        ),
        (
            "None of the above was held before 2021.",
            "None of the above payments was made to a director.",
        ),
        "the caveat closing a neither-confirm-nor-deny answer ('none of this should be taken to mean it is or is "
        "not held') refuses like the answer it closes; its 'none of' does not say that nothing exists",
        needles=("none of", "nothing in"),
    ),
    Cue(
        "unable_to_disclose",
        "refused",
        r"\bunable to (?:comply|disclose|release|provide (?:you with )?(?:the|these|this|a|an|any)\b)|"
        r"not obliged to (?:provide|disclose|answer|comply)|"
        r"\bnot in a position to (?:provide|disclose|release|share|supply|answer|comply)\b|"
        r"\b(?:cannot|can not|(?:are|is|am) not able to|will not|may not) (?:be )?(?:provided?|disclosed?|released?|"
        r"shared?|supplied?|made public)\b|"
        r"\b(?:will not be|(?:are|is|am) not) (?:providing|disclosing|releasing|supplying)\b|"
        r"\bdeclin(?:e|es|ed|ing) to (?:provide|disclose|release|answer|comply|confirm|share)\b|"
        r"\b(?:request|part|question)s? (?:is|are|has been|have been|was|were) declined\b|"
        r"\bnot (?:available|suitable) (?:for|to) (?:the )?(?:public )?(?:release|disclosure|publication)\b|"
        r"\b(?:decided|chosen|elected) not to (?:release|disclose|provide|share|publish)\b|"
        r"\b(?:not|un)(?: |-)?(?:willing|prepared) to (?:release|disclose|provide|share|publish|supply)\b|"
        r"\bdisclosure (?:of [^.;]{0,60})?(?:would|could|will) (?:be likely to |also )?"
        r"(?:prejudice|harm|damage|endanger|undermine)\b|"
        # the harm told without the word disclosure: "would assist those seeking to evade the checks"
        r"\bwould (?:directly |also |clearly )?(?:assist|help|aid|enable) (?:those|anyone|someone|people|others|"
        r"criminals|offenders) (?:seeking|intending|wishing|trying|who (?:seek|intend|wish|try)) to "
        r"(?:evade|circumvent|defeat|get round|get around|commit (?:crime|fraud|offences?))\b",
        REFUSED,
        (
            "We are unable to disclose the names.",
            "The trust is not obliged to comply with this request.",
            "We are not in a position to release the report.",
            "The names cannot be shared.",
            "This part of the request is declined.",
            "The figures are not available for release.",
            "The trust has decided not to release the report.",
            "Disclosure of the locations would be likely to prejudice the prevention of crime.",
            "Naming the camera sites would help anyone intending to evade enforcement.",
            "Figures for each site would let us down, so we are unable to provide a breakdown.",
            "We will not be releasing the names of the bidders.",
            "The council is not disclosing the rates it pays.",
            "The company regards the rates as confidential and is not willing to release them.",
            "We are unwilling to disclose the tender scores.",
            "The board is not prepared to share the draft.",
        ),
        (
            "We are able to provide the names below.",
            "We are willing to release the report once it is final.",
            "Staff were not prepared to work extra shifts.",
            "The new ramps would help people seeking to reach the town centre.",
            "The report can be shared on request from May.",
            "We decided to release the report in full.",
        ),
        needles=(
            "unable to",
            "obliged",
            "position",
            "not be ",
            "not provide",
            "not disclose",
            "not release",
            "not share",
            "not suppl",
            "not made",
            "not providing",
            "not disclosing",
            "not releasing",
            "not supplying",
            "not able to",
            "not available",
            "not suitable",
            "not to ",
            "willing to",
            "prepared to",
            "declin",
            "disclosure",
            "seeking to",
            "intending to",
            "wishing to",
            "trying to",
            " to evade",
        ),
    ),
    Cue(
        "outside_the_act_declined",
        "refused",
        # the body declines a part it holds outside the Act (a broadcaster's journalism, a bank's excluded
        # function, a contractor's private work): "we won't be answering it", "not obliged to supply it"
        r"\b(?:will not|won't|shall not) (?:be )?answer(?:ing)? (?:it|them|this|that|these|this part|this question)\b|"
        r"\b(?:are|is|am) not answering (?:it|them|this|that|these)\b|"
        r"(?<!\byou are )(?<!\byou're )\bnot (?:obliged|required|bound|under a duty) to (?:supply|provide|disclose|"
        r"release) (?:it|them|this|these|that|the information|this information)\b|"
        r"\bnot under a duty to (?:confirm or deny|disclose)\b",
        REFUSED,
        (
            "The clinic only answers for its NHS work, so this falls outside the Act and we won't be answering it.",
            "As the Wibble Estate is not subject to the Act, we are not answering it under either regime.",
            "The material is held for journalism, so we are not obliged to supply it and will not do so.",
            "We are therefore not required to provide this information under the Act.",
            "It is held for an excluded function, and the Wibble Bank is not under a duty to disclose it.",
        ),
        (
            "You are not required to provide a reason for your request.",
            "We will answer it in full within twenty working days.",
            "We are not answering on behalf of the county council, but the figures we hold are below.",
            "The council is not required to provide a library service on Sundays.",
        ),
        "a part the body holds outside the Act (the Schedule 1 derogations for journalism, art or literature, or a "
        "bank's excluded functions; a contractor's private work) that it then declines to answer is refused, with "
        "no exemption relied on (SCHEMA: refused, nothing given)",
        needles=("not answer", "n't be answer", "not be answer", "obliged", "required", "bound", "under a duty"),
    ),
    Cue(
        "sensitive_or_personal",
        "refused",
        r"\bcommercially sensitive\b|\b(?:is|are|be|constitutes?|constituting) (?:the )?(?:third[- ]party )?"
        r"personal (?:data|information)\b",
        REFUSED,
        ("The unit prices are commercially sensitive.", "The names of junior staff are personal data."),
        ("We publish the total price of each contract.", "No names are given."),
        "the grounds of an exemption (sections 43 and 40) named without the section",
        needles=("sensitive", "personal"),
    ),
    Cue(
        "withheld",
        "refused",
        rf"\bwithh[eo]ld|\brefus(?:e|ed|al|ing)\b|{VEXATIOUS}|will not be disclosed|not (?:be )?(?:disclosed|released)|"
        r"\bredacted\b",
        REFUSED,
        (
            "The names are withheld.",
            "Your request is refused.",
            "Addresses have been redacted.",
            "We consider this request vexatious.",
        ),
        (
            "The names are listed below.",
            "The council has a policy for vexatious or unreasonably persistent complainants.",
            "Staff are trained to handle persistent and vexatious behaviour.",
        ),
        needles=("withh", "refus", "vexatious", "disclosed", "released", "redacted"),
    ),
    Cue(
        "counted_refusals",
        "refused",
        r"\b(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
        r"many)\s+(?:requests\s+(?:for\s+(?:[a-z-]+\s+){1,4})?|(?:(?!questions?\b|requests?\b|parts?\b)[a-z-]+\s+){1,5})"
        r"(?:were|was|had been|have been)\s+(?:refused|declined)\b|"
        # a count of things then "refused" in a terse row, no verb: "9 applications refused in 2023/24"
        r"(?<![\w,.£])(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)? "
        r"(?!(?:of|questions?|parts?|items?|points?|elements?|aspects?)\b)(?:[a-z-]+ ){1,3}(?:refused|declined)\b|"
        r"\b(?:did|do|does|have|has|had) (?:not|never) (?:refused?|declined?|turned down) (?:any|a single)\b|"
        # the body refused a count of things to others: "we refused 4 permits", "it declined two claims"
        r"\b(?:refused|declined|turned down) (?:a total of |only |just )?(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|"
        r"five|six|seven|eight|nine|ten) (?!(?:of|questions?|parts?|items?|points?|elements?|aspects?)\b)[a-z]|"
        r"\brefusal (?:codes?|rates?|categor(?:y|ies)|figures|statistics)\b|"
        # a row of a table, things refused then their count: "claims declined   12"
        r"\b(?!(?:questions|parts|items|points)\b)(?:[a-z]+s|those|these) (?:refused|declined)\s*:?\s+\d[\d,]*\s*$|"
        rf"{COUNT_WERE}{GRANTED}[^.;]{{0,160}}?{COUNT_WERE}(?:refused|declined)\b|"
        rf"{COUNT_WERE}(?:refused|declined)\b[^.;]{{0,160}}?{COUNT_WERE}{GRANTED}|"
        r"(?<![\w,.£])(?<!question )(?<!part )(?<!request )(?<!item )(?<!point )(?<!section )"
        r"(?!(?:19|20)\d\d\b)\d[\d,]* (?:refused|declined)\b|"
        r"\bno (?:[a-z-]+\s+){1,4}?(?:(?:were|was|had been|have been|has been)\s+)?(?:withheld|refused|declined)\b|"
        r"\bnone (?:of (?:the|them|these|those)\s+(?:[a-z-]+\s+){0,3})?(?:were|was|had been|have been|has been)\s+"
        r"(?:withheld|refused|declined)\b",
        -REFUSED,
        (
            "In 2023, 14 applications for a permit were refused.",
            "Number of those refused: 6",
            "Of these, 3 claims had been refused.",
            "No grants were withheld and no permits refused in the year.",
            "Last year 23 requests were declined, most for lack of space.",
            "None of the permit applications were refused.",
            "Three licence applications were refused last year.",
            "The council did not refuse any grant claims in 2023.",
            "Each decision is logged with a refusal code, but the codes are not reported.",
            "Of the bids, 52 were approved in full, 9 were approved in part and 17 were declined.",
            "So far 30 permits have been issued, 12 refused and 4 are pending.",
            "Of 40 bids, 31 were funded and 9 declined.",
            "Over the three years the licensing team refused 5 permits and suspended 2.",
            "In 2024 the board declined a total of 12 grant bids.",
            "31 licence bids declined last year, 4 of them appealed.",
            "Last year 8 requests for a bus pass were refused.",
            "Permits declined      17",
        ),
        (
            "Your request is refused.",
            "In 2024 refused requests fell.",
            "Question 2 refused under section 43.",
            "Part 4 declined: section 12 applies.",
            "2 of your questions were refused under section 40.",
            "3 parts withheld and 2 questions refused under section 43.",
            "It needs the records named in answer 2, and is refused for that reason.",
            "The 2022 request was refused.",
            "Two parts of your request were refused under section 43.",
            "This refusal notice covers part 3.",
            "We have refused 2 of your questions under section 43.",
            "The council refused three parts of the request as vexatious.",
            "Questions refused: 3",
        ),
        "a veto: a count of things the body refused to others (licences, claims) is a figure, none refused "
        "says nothing happened, and the codes or rates it records its refusals by are what is asked about: "
        "none is a refusal of the request",
        needles=("refus", "withheld", "declin", "turned down"),
    ),
    Cue(
        "apology_for_earlier_refusal",
        "refused",
        r"\b(?:apologi[sz]e|(?:am|are) sorry|regret|apologies)\b[^.;]{0,20}?\bthat\b[^.;]{0,60}?"
        r"\bw(?:as|ere) not (?:released|disclosed|provided|given|supplied)\b[^.;]{0,30}?"
        r"\b(?:in the first instance|originally|at first|initially|earlier|sooner|before now|previously)\b",
        -REFUSED,
        (
            "We apologise that the figures were not released to you in the first instance.",
            "I am sorry that these details were not provided originally.",
            "I regret that the report was not disclosed to you sooner.",
        ),
        (
            "We regret that the figures are withheld.",
            "I apologise, but the names were not released and remain exempt.",
            "We are sorry that the information cannot be released.",
        ),
        "a veto: an apology that information was not given at first, in a review that now gives it, looks back on "
        "the earlier refusal; it refuses nothing now",
        needles=("apolog", "sorry", "regret"),
    ),
    Cue(
        "environmental_route",
        "refused",
        r"(?<!withheld under )(?<!exempt under )\bs(?:ection|\.)?\s*39\s*(?:\(\s*[12]\s*\))?(?:\s*\(\w\))?\s+of\s+"
        r"(?:the\s+)?(?:foisa|freedom of information|foia|the act)\b"
        r"(?![^.;]{0,60}\b(?:withh|not (?:be )?(?:disclos|releas|provid)))",
        -REFUSED,
        (
            "We have dealt with this under the Wibble Regulations and applied section 39(2) of FOISA.",
            "Your request falls under the EIRs, so section 39 of the Freedom of Information Act applies.",
        ),
        (
            "The report is withheld under section 39 of FOISA as the EISRs exception applies.",
            "Section 39 of FOISA applies and the report will not be disclosed.",
            "Section 40(2) of FOISA applies to the names.",
        ),
        "a veto: the exemption for environmental information (FOIA s39, FOISA s39(2)) only sends a request down the "
        "EIR route, which then answers it; it withholds nothing unless the sentence says so",
        needles=("39",),
    ),
    Cue(
        "denies_withholding",
        "refused",
        r"\b(?:does|do|did|would|will) not (?:ever |normally |currently )?(?:withhold|refuse) (?!(?:to|this|that|these|"
        r"those|it|them|your|the (?:information|data|details|names|figures|report|documents?))\b)[a-z]",
        -REFUSED,
        (
            "The college does not withhold certificates from learners in arrears.",
            "The council did not refuse any blue badge applicants on those grounds.",
        ),
        (
            "We will not withhold the report once it is final, but the draft is withheld under section 22.",
            "The names are withheld under section 40.",
        ),
        "a veto: the body saying it does not withhold or refuse something to people (awards, badges) answers a "
        "question about its own practice; it is not a refusal of the request",
        needles=("not withhold", "not refuse", "not ever", "not normally", "not currently"),
    ),
    Cue(
        "refused_to_someone",
        "refused",
        r"\b(?:anyone|anybody|someone|somebody|no one|nobody|(?:any|an?|each|every) (?:[a-z]+ )?(?:person|people|"
        r"applicants?|residents?|"
        r"tenants?|pupils?|families|members?|customers?|users?|holders?|patients?|drivers?))"
        r" (?:who |that )?(?:has|have|had|was|were|is|are) (?:ever |yet |then |also )?(?:been )?"
        r"(?:refused|declined|turned down)\b",
        -REFUSED,
        (
            "As to whether anyone has been refused a permit for that reason, the answer is no.",
            "No one was refused a place in 2024.",
            "Any applicants who were refused were offered an appeal; there were 6 such cases.",
            "A tenant who is turned down for a transfer can ask for the decision to be looked at again.",
        ),
        (
            "Your request has been refused.",
            "Any information held is refused under section 40.",
            "A request that is refused gets a notice citing the exemption.",
        ),
        "a veto: a person refused something by the body (a permit, a place) is what the question asks about, "
        "not a refusal of the request",
        needles=("refused", "declined", "turned down"),
    ),
    Cue(
        "refuse_as_waste",
        "refused",
        r"\b(?:household|domestic|trade|commercial|kerbside) refuse\b|"
        r"\brefuse (?:and (?:recycling|waste) )?(?:collections?|collectors?|vehicles?|lorr(?:y|ies)|trucks?|fleet|"
        r"bins?|sacks?|freighters?|disposal|crews?|rounds?|workers?|depots?|tips?)\b",
        -REFUSED,
        (
            "We run 31 refuse lorries, 4 of them battery powered.",
            "The depot handles household refuse for the whole district.",
            "Refuse and recycling collections cost £2.1m last year.",
        ),
        (
            "We refuse to disclose the contract.",
            "The council must refuse this part of your request.",
            "A refusal notice is attached.",
        ),
        "a veto: refuse as a noun (household waste, the lorries and rounds that collect it) names what is asked "
        "about, not a refusal of the request",
        needles=("refuse",),
    ),
    Cue(
        "withheld_counted_in",
        "refused",
        r"\b(?:includ(?:ing|es|ed)|excluding|excludes|inclusive of|exclusive of|plus|as well as|together with)\s+"
        r"(?:the|any|those|these|that|its|their)\s+(?:[a-z]+\s+)?(?:withheld|redacted)\s+[a-z]+|"
        r"^\W*(?:the|any|those|these|that) (?:withheld|redacted) [a-z]+(?: [a-z]+)?,? (?:was|is|were|are|came to|"
        r"totall?ed|amounted to) £\s?\d",
        -REFUSED,
        (
            "The total pay bill, including the withheld salary, was £510,300.",
            "Across all nine posts, excluding the redacted contract, spend came to £88,000.",
            "the withheld post, was £96,450.",
        ),
        (
            "The salary of the finance director is withheld under section 40(2).",
            "The withheld figures are exempt under section 43.",
            "Including the contract values would be unfair, so they are withheld.",
        ),
        "a veto: a withheld or redacted item named only as part of what a given total covers (a total 'including "
        "the withheld post', or that part's words opening the sentence the total ends) is no refusal of the total",
        needles=("withheld", "redacted"),
    ),
    Cue(
        "refused_column",
        "refused",
        r"\b(?:approved|granted|accepted|allowed|upheld)\s+(?:refused|declined)\b|"
        r"\b(?:refused|declined)\s+(?:approved|granted|accepted|allowed|withdrawn|pending)\b|"
        # one heading in a line of headings: words on both sides, none of a sentence's small words, no figure or mark
        rf"^(?!.*\b(?:{SENTENCE_WORDS})\b)[ |]*[a-z][a-z/&| ]*?[ |](?:refused|declined|withheld)(?: in (?:full|part))?"
        r"[ |]+[a-z][a-z/&| ]*$",
        -REFUSED,
        (
            "Period   Received   Granted   Refused",
            "Year  Refused  Withdrawn  Total",
            "Ward     Approved    Declined",
            "Quarter Cases opened Closed within target Refused in part Appeals",
            "| Team | Requests | Withheld | Late |",
        ),
        (
            "Your request is refused.",
            "Parts 1 and 2 were granted, part 3 refused.",
            "We have refused your request as it was withdrawn by a colleague's earlier one.",
            "Staff names withheld for privacy reasons",
            "Council refused disclosure of the report",
            "Names withheld - personal data",
        ),
        "a veto: refused beside granted or withdrawn, or one heading in a line of headings (words on both sides and "
        "none of a sentence's small words), is a table's column heading (decisions the body counted), not a refusal "
        "of the request",
        needles=("refused", "declined", "withheld"),
    ),
    # --- provided
    Cue(
        "we_enclose",
        "provided",
        r"\b(?:i|we) (?:enclose|attach|have (?:therefore |also )?(?:attached|provided|supplied)|am pleased to provide|"
        r"can provide)",
        PROVIDED,
        ("We enclose the contract.", "I have attached the policy.", "I have therefore provided the following:"),
        ("We cannot attach the file as it is exempt.",),
        needles=("enclose", "attach", "provide", "supplied"),
    ),
    Cue(
        "please_find",
        "provided",
        r"\bplease (?:find|see) (?:the )?(?:attached|enclosed|below|link)|\bsee attached\b|"
        r"\b(?:is|are) attached\b(?! to (?!(?:this|the|our|my|your) (?:e-?mail|letter|response|reply|message)))|"
        r"\bplease see the link\b|\b(?:as|in) (?:an|the) attach(?:ment|ed)\b",
        HANDED_OVER,
        (
            "Please find attached the figures.",
            "The policy is attached.",
            "The rota is attached to this email.",
            "The figures are in the attached table.",
            "Please see the attached list; the names of junior staff are withheld.",
        ),
        ("Please note no records are held.", "A tag is attached to the bin, but tags are not logged."),
        "'attached to' a thing other than the reply (a bin, a vehicle) is not a hand-over",
        needles=("please ", "attach"),
    ),
    Cue(
        "attached_contains",
        "provided",
        r"\b(?:the )?(?:attached|enclosed|accompanying) (?:table|spreadsheet|document|file|list|report|schedule|sheet|"
        r"appendix|annex|pdf)s? (?:contains?|shows?|sets? out|gives?|lists?|provides?|includes?|details?)\b",
        HANDED_OVER,
        (
            "The attached table contains most of the details asked for.",
            "The enclosed spreadsheet shows the figures for each year.",
        ),
        ("The attached table cannot be released.", "The attached table is exempt under section 40(2)."),
        "a hand-over described by what the attachment holds",
        needles=("attached", "enclosed", "accompanying"),
    ),
    Cue(
        "can_be_found",
        "provided",
        r"\bcan be (?:found|accessed|viewed) (?:at|on|here|via|in)\b",
        PROVIDED,
        ("The minutes can be found on our website.",),
        ("The minutes could not be found and are not held.",),
        needles=("can be ",),
    ),
    Cue(
        "laid_out",
        "laid_out",
        # what was asked for, laid out after the sentence (not the grounds of a refusal nor the appeal rights)
        r"^(?![^.;]*\b(?:reasons?|grounds?|exemptions?|sections?|withh[eo]ld|refus\w*|exempt|appeal|review|"
        r"complain\w*|rights?)\b)(?:[^.;]*?\b(?:is|are) (?:listed|set out|shown|tabled|itemised) "
        r"(?:below|in the (?:table|list) below)\b|"
        # --- round 87: or said to follow the sentence's colon: "The vans are split by depot as follows:"
        r"[^.;]*?\b(?:is|are|was|were)\b[^.;]* as follows\s*:)",
        PROVIDED,
        (
            "The three busiest depots in 2023 are listed below.",
            "Each of the grants paid is shown in the table below.",
            "The gritters are shared between the depots as follows:",
        ),
        (
            "The reasons for refusing part 2 are set out below.",
            "The exemptions that apply are listed below, with the harm each would protect against.",
            "Your right to ask for a review is set out below.",
            "The grounds for withholding the names are as follows:",
            "The depots are as follows, in our view, adequate.",
        ),
        "a signal: a sentence saying the things asked for are laid out after it hands them over beside a refusal "
        "of one column of the list (foitrack.extract.answers._hands_over), or after a denial of one form of it "
        "(foitrack.extract.answers._laid_out_next)",
        needles=("below", "as follows"),
    ),
    Cue(
        "count_of_one",
        "provided",
        r"\b(?:there (?:is|was|has been|had been) (?:only |just )?one|(?:there (?:was|has been|had been)|"
        r"(?:we|the [a-z]+) (?:received|recorded|issued|made|had|logged|identified)) (?:only |just )?(?:one|a single))"
        r" (?!of\b)[a-z]{3,}",
        0.5,
        ("Sadly there was one death, in 2021.", "The council received only one complaint."),
        (
            "There was no death in 2021.",
            "One of the sites is closed: not held.",
            "There is a single point of contact, but no budget.",
        ),
        "a count of one, which the figure reader leaves out ('one of', 'no one'); as weak as a bare figure",
        needles=("one", "single"),
    ),
    # --- yes and no
    Cue(
        "yes_opening",
        "yes",
        # a tick box goes before its label: in "Yes [x] No" the box after "Yes" is the one for "No"
        r"^\s*(?:\[x\]\s*)?yes\b(?!\s*(?:information|data|records?)\b)(?!\s*\[[x ]\])",
        YES_NO,
        ("Yes, since 2019.", "[x] Yes"),
        ("Yesteryear's policy has not been replaced.", "Yes [x] No"),
        needles=("yes",),
    ),
    Cue(
        "yes_cell",
        "yes",
        # a table's yes/no column holds a bare letter: "Y | Adopted in 2021", or "Y" alone
        r"^\s*y\s*(?:\||$)",
        YES_NO,
        ("Y | adopted by the board in 2021", "Y"),
        ("Y-shaped junctions are not counted.", "Y-junction records are not held."),
        "a bare Y in a table's yes/no column",
        needles=("^y",),
    ),
    Cue(
        "yes_after_lead_in",
        "yes",
        r"^\s*(?:on|in response to|regarding|with regard to|turning to|as to|for) (?:your |the |our )?"
        r"[a-z0-9 ]{0,20}(?:question|part|point|request)[a-z0-9 ().]{0,8}[:,-]\s*yes\b|"
        r"^[^.?!;:]{3,120}?,\s*yes\s*(?:[-–—,.;:!)](?!\s*(?:no|or)\b)|$)",
        YES_NO,
        (
            "On your third question: Yes, an evaluation was commissioned.",
            "Regarding part 2, yes.",
            "If the tenant is over 65, yes - the fee is waived.",
            "In most cases, yes, within ten days.",
        ),
        ("On your third question, we hold no yes or no record.", "Callers are asked to answer yes, no or unsure."),
        "a yes after words naming the question it answers, or the circumstances it holds in",
        needles=("yes",),
    ),
    Cue(
        "no_after_lead_in",
        "no",
        r"^\s*(?:on|in response to|regarding|with regard to|turning to|as to|for) (?:your |the |our )?"
        r"[a-z0-9 ]{0,20}(?:question|part|point|request)[a-z0-9 ().]{0,8}[:,-]\s*no\b"
        r"(?!\s*(?:information|data|records?)\b)|"
        r"^[^.?!;:]{3,120}?,\s*no\s*(?:[-–—,.;:!)](?!\s*(?:yes|or)\b)|$)",
        YES_NO,
        (
            "On your second question: No, the scheme has closed.",
            "In response to question 4, no.",
            "Outside office hours, no - calls go to the county service.",
        ),
        ("In response to question 4, no information is held.", "12 forms were marked yes, no, or unsure."),
        "a no after words naming the question it answers, or the circumstances it holds in",
        needles=("no",),
    ),
    Cue(
        "done_by_another",
        "no",
        r"\bnot (?:by|through|via) (?:us|(?:the|this|our) (?:council|trust|icb|ccg|board|force|service|authority|"
        r"department|university|college|practice|hospital|school|agency|office|commissioner))\b(?! (?:alone|only)\b)",
        YES_NO,
        (
            "Gritting of trunk roads is paid for by the national agency, not by the council.",
            "Those clinics are run through the GP federation and not through the trust.",
        ),
        ("The clinics are run by the trust.", "Fees are paid through the council website."),
        "a yes/no question about what the body does, answered by naming another body that does it, is a no",
        needles=("not by", "not through", "not via"),
    ),
    Cue(
        "echoed_auxiliary_yes",
        "yes",
        r"^\s*(?:it|we|they|(?:the|our) [a-z]+) (?:does|do|did|has|have)\s*(?:[.:;,!]|[-–—]\s)",
        YES_NO,
        ("It does.", "The council does: each report is approved in June.", "We have - twice since 2020."),
        ("The council does not publish one.", "We do not: the depot closed in May."),
        "a yes that repeats the question's verb on its own ('Does the council ...?' - 'The council does:')",
        needles=("does", "do", "did", "has", "have"),
    ),
    EMPHATIC_YES,
    Cue(
        "echoed_auxiliary_no",
        "no",
        r"^\s*(?:it|we|they|(?:the|our) [a-z]+) (?:does|do|did|has|have|is|are) not\s*"
        r"(?:(?:at (?:present|this time|the moment)|currently|yet|any longer|now)\s*)?(?:[.:;!]|[-–—]\s|$)",
        YES_NO,
        ("We do not: the depot closed in May.", "It does not at the moment; a post is advertised.", "They are not."),
        ("We do not hold this information.", "It does, and we have not stopped."),
        "a no that repeats the question's verb, denied, on its own ('Does the trust ...?' - 'It does not at present;')",
        needles=(" not",),
    ),
    Cue(
        "correct_opening",
        "yes",
        # not a word that goes on to a noun or phrase ("Confirmed cases" heading a column, "Correct as at 1 May")
        r"^\s*(?:that is |this is )?(?:correct|affirmative|confirmed)\b(?![ \t]+(?!and\b|but\b|yes\b)[a-z])",
        YES_NO,
        ("Correct.", "That is correct, the depot opens on Saturdays.", "Confirmed and the lease runs to 2030."),
        (
            "Corrections are not made to the register.",
            "Confirmed cases: none in 2024.",
            "Correct as at 1 May 2025, no fines were issued.",
        ),
        needles=("correct", "affirmative", "confirmed"),
    ),
    Cue(
        "plan_denied",
        "no",
        PLAN_DENIED,
        YES_NO + 0.02,
        (
            "There are no plans to close Wibble Library.",
            "No reduction in weekly hours is planned for next year.",
            "There are no planned changes to the timetable.",
            "The board is not planning to sell the depot.",
            "There are no current plans at present.",
        ),
        (
            "The plans are published online.",
            "A reduction in hours is planned for May.",
            "Plans of the site are held by the architect.",
        ),
        "a plan denied answers whether it will happen: a no, not a none (outweighs no_thing and no_intention)",
        needles=PLAN_DENIED_NEEDLES,
    ),
    Cue(
        "scheme_not_joined",
        "no",
        NOT_JOINED,
        YES_NO,
        (
            "Wibble Council has not signed up to the Fair Debt Charter.",
            "The trust follows its principles but has not formally signed it.",
            "We are not a signatory to the national agreement.",
        ),
        ("The trust signed the charter in 2019.", "We have signed up to the charter.", "Signatories are online."),
        "a scheme or agreement the body says it has not joined: a no to whether it has",
        needles=NOT_JOINED_NEEDLES,
    ),
    Cue(
        "not_currently_opening",
        "no",
        r"^\s*not (?:at (?:present|this time|the moment)|currently|yet|as such)\b",
        YES_NO,
        ("Not at present.", "Not currently, but a review is planned."),
        ("Not held.",),
        "a denial without the word no",
        needles=("not ",),
    ),
    Cue(
        "no_cell",
        "no",
        # a table's yes/no column holds a bare letter: "N | Under review", or "N" alone
        r"^\s*n\s*(?:\||$)",
        YES_NO,
        ("N | under review this year", "N"),
        ("N/A", "N. Jones chairs the panel."),
        "a bare N in a table's yes/no column",
        needles=("^n",),
    ),
    Cue(
        "no_opening_word",
        "no",
        r"^\s*(?:\[x\]\s*)?no\b(?!\s*(?:information|data|records?)\b)|^\s*negative\b|^\s*yes\s*\[x\]\s*no\b",
        YES_NO,
        ("No, not at present.", "[x] No", "Negative.", "Yes [x] No"),
        ("Nobody was appointed.", "No information is held."),
        "counts only for a yes/no question or a short answer; otherwise a leading no reads as none",
        needles=("no", "negative"),
    ),
    # --- none
    Cue(
        "none_word_opening",
        "none",
        r"^\s*(?:none|nil|zero|nothing|£?0(?:\.0+)?)\b(?![.,]\d)|"
        r"\b(?:there (?:were|was|are|is|have been|has been)|(?:we|the [a-z]+) (?:have |has |had )?(?:have|had|"
        r"received|issued|made|spent|paid|charged|collected)) (?:none|£?0(?:\.00)?|zero)\b(?![.,]\d)",
        NONE,
        (
            "None",
            "Nil return.",
            "0",
            "£0.00",
            "There were none in 2023.",
            "There were 0 evictions.",
            "The trust received £0 in parking fines last year.",
        ),
        ("0.5 of a post", "The council paid £0.45 a mile."),
        needles=("none", "nil", "zero", "nothing", " 0", "£0", "^0"),  # a nought opens the text or follows a word
    ),
    Cue(
        "topic_colon_nought",
        "none",
        r"^\W*[a-z][a-z0-9/()'&, -]{0,80}: (?:none|nil|zero|nothing|£?0(?:\.0+)?)\W*$",
        NONE,
        (
            "Grants paid to the club by the council: nil.",
            "Fees charged to residents for the service: none.",
            "Refunds issued in the year: £0",
        ),
        (
            "Grants paid to the club: nil in 2022, £400 in 2023.",
            "Refunds issued: 0.5 per cent of sales.",
        ),
        "a short topic naming the part answered, a colon, and nought to the end is a none, as a bare nought is",
        needles=(": none", ": nil", ": zero", ": nothing", ": 0", ": £0"),
    ),
    Cue(
        "free_of_charge",
        "none",
        r"^\W*(?:a[0-9]{1,2}\W+)?(?:[a-z'’-]+ ){1,5}(?:is|are) (?:currently |always |all |still )?free"
        r"(?: of charge| to (?:use|enter|access|the public))?\W*$",
        NONE,
        (
            "The toilets are free of charge.",
            "Entry to the gardens is free.",
            "All our public conveniences are currently free to use.",
        ),
        (
            "The toilets are free for children but cost 20p for adults.",
            "The first hour is free, then £1.20 an hour.",
            "The building is free of asbestos.",
        ),
        "a sentence saying the thing is free, and nothing more, answers a question about charges or income from "
        "them: none was taken (a no to a yes/no question, as any none is)",
        needles=(" free",),
    ),
    Cue(
        "there_is_no",
        "none",
        r"\bthere (?:is|are|were|was|have been|has been) (?:(?:currently|presently|at present|now|therefore|thus|"
        r"also|still|consequently|as a result|so far|to date),? )?no\b|"
        r"\bthere (?:is|are|was|were) not (?:a|an|any)\b",
        NONE,
        (
            "There have been no complaints.",
            "There is not a dedicated team.",
            "There is currently no backlog.",
            "The pool was shut all year, so there were therefore no swimming lessons.",
            "There is still no waiting list for the scheme.",
        ),
        ("There is a dedicated team.", "There were therefore nine claims."),
        needles=("there ",),
    ),
    Cue(
        "denial_of_most",
        "none",
        DENIAL_OF_MOST,
        -1.0,
        (
            "The hall is used by our own staff, so we do not charge a fee for most of it.",
            "We do not pay rent on the bulk of them.",
        ),
        ("We do not charge a fee for it.",),
        "a veto: a denial limited to most of the thing leaves the rest, which a later figure may give",
        needles=("most of", "much of", "majority of", "bulk of", "all of"),
    ),
    Cue(
        "stated_denial_of_most",
        "stated_no",
        DENIAL_OF_MOST,
        -1.0,
        ("Most of the power is used on site, so the trust is not paid for most of it.",),
        ("Power is used on site, so the trust does not sell it.",),
        "a veto: a denial of most of the thing is not a no stated as a conclusion",
        needles=("most of", "much of", "majority of", "bulk of", "all of"),
    ),
    Cue(
        "does_not_have",
        "none",
        r"\b(?:does|do|did) not (?:have|fund|employ|place|run|operate|use|own|offer|commission|pay|charge|supply|sell|"
        r"issue|purchase|buy|hire|contract|bring|make|conduct|undertake|carry out|impose|serve|award|receive|"
        r"grant|approve|refer|arrest|prosecute|seize|dismiss|suspend|spend|incur|procure|lease|rent|refuse|reject|"
        r"revoke|obtain|seek|correspond|consult|instruct|engage)\b(?! to\b)|"
        r"\b(?:does|do|did) not hold (?:an?|its own|any) (?:[a-z]+ )?(?:contract|licen[cs]e|lease)s?"
        r"(?= of\b| for\b| with\b| in place\b|[.,;]|$)|"
        r"\b(?:has|have|had) not (?:allocated|had|been(?! able\b)|done|received|made|undertaken|run|funded|"
        r"commissioned|paid|charged|carried out|conducted|"
        r"spent|issued|awarded|let|placed|bought|purchased|procured|used|employed|recruited|appointed|obtained|sought|"
        r"corresponded|consulted|instructed|engaged)\b|"
        r"\b(?:has|have|had) not (?:yet )?[a-z]+ed any (?!(?:relevant |such |recorded )?"
        r"(?:information|data|records?|documents?|details|figures)\b)",
        NONE,
        (
            "The council does not employ a warden.",
            "We have not commissioned any research.",
            "The service does not use drones.",
            "The force did not bring any charges in 2022.",
            "We did not receive any appeals last year.",
            "The trust did not spend any money on agency drivers.",
            "The office does not lease any cars.",
            "The licensing team did not reject any applications in 2024.",
            "The board has not referred any cases to the police.",
            "The agency may step in, but its records show it has not done so since 2020.",
            "The depot does not supply compost bins to residents.",
            "The board has not carried out any survey of its tenants; that falls to the landlord.",
            "The college does not hold a cleaning contract of its own.",
            "The parish did not obtain legal advice on the sale.",
            "The office did not correspond with the auditor about the matter.",
            "The board has not sought counsel's opinion.",
        ),
        (
            "The council employs two wardens.",
            "We do not have to answer twice.",
            "We have not located any records of the visits.",
            "We have not been able to split the total by site.",
            "We do not hold an annual contract value for the service.",
        ),
        needles=("not ",),
    ),
    Cue(
        "does_no_thing",
        "none",
        r"\b(?:runs?|ran|operat(?:es?|ed)|employ(?:s|ed)?|own(?:s|ed)?|us(?:es?|ed)|fund(?:s|ed)?|offer(?:s|ed)?|"
        r"commission(?:s|ed)?|pays?|paid|charg(?:es?|ed)|spen(?:ds?|t)|buys?|bought|hire[sd]?|issu(?:es?|ed)|"
        r"receiv(?:es?|ed)|incur(?:s|red)?|mak(?:es?)|made|record(?:s|ed)?|show(?:s|ed)?) "
        r"no (?!(?:relevant |such |recorded )?(?:information|data|records?|documents?|details|figures|"
        r"further|other|more|later|earlier|less|sooner|access|way|means|knowledge|control|involvement|role|"
        r"responsibility|remit|jurisdiction|powers?|say|choice|option|reason)\b|one\b|longer\b)[a-z]",
        NONE,
        (
            "The council sold its last bus in 2018 and now runs no bus routes.",
            "The trust employs no interpreters directly.",
            "The school charged no fee for the trip.",
            "The council owns no vans, and we employ no wardens.",
            "The minutes record no objections to the plan, and the log shows no complaints.",
        ),
        (
            "The council runs no information sessions on this; it made no other payments besides £40.",
            "The team employs no one but volunteers.",
            "Forms paid no later than May are refunded.",
            "The council has no role in taxi licensing.",
            "We have no way to tell the calls apart.",
        ),
        "a thing the body does none of: nothing exists (does_not_have, said with 'no')",
        needles=("no ",),
    ),
    Cue(
        "not_spent_anything",
        "none",
        r"\b(?:not|never) (?:been )?(?:spent|paid|charged|received|incurred|claimed|reclaimed|bought|purchased|"
        r"made|issued|awarded) (?:anything|any money|any sums?|a penny)\b|"
        r"\b(?:costs?|expenses|fees|charges|payments|claims) (?:were|was|have been|has been|had been) not "
        r"(?:claimed|reclaimed|incurred|paid|charged|made|levied|submitted)"
        r"(?= (?:for|by|on|in|at) (?:any|the|these|this|those|either)\b|\s*(?:[.,;]|$))",
        NONE,
        (
            "The hall was lent free, so we have therefore not spent anything on venues.",
            "Mileage expenses were not claimed by any member in 2024.",
            "No fee was due, and the council has never paid any money to the firm.",
        ),
        ("We have not spent the full budget of £4,000.", "Fees were not paid on time in 12 cases."),
        "nothing was spent on the thing asked about, said with an adverb or of its costs (SCHEMA: none)",
        needles=("not ", "never "),
    ),
    Cue(
        "no_specific",
        "none",
        r"\bno (?:specific|dedicated|separate|individual|such|formal|specialist)\b",
        NONE,
        ("There is no dedicated budget.", "We have no formal agreement."),
        ("A dedicated budget of £5,000 is set.",),
        needles=("no ",),
    ),
    Cue(
        "nil_zero",
        "none",
        r"\b(?:is|are|was|were) (?:therefore |thus |also |so )?nil\b|\bnone of\b|\bthe figure is (?:0|zero|nil)\b|"
        # not "zero" naming a kind of thing ("zero-emission vans", "net zero" or "net-zero", "zero-hours contracts")
        r"(?<!\bnet )(?<!\bnet[\u2010\u2011-])\bzero\b"
        r"(?![ \u2010\u2011-](?:emissions?|carbon|waste|tolerance|rated|based|hours? contracts?)\b)|"
        r"\bnot (?:one|a single)\b(?! but\b)|"
        r"\b(?:pay|pays|paid|spend|spends|spent|charge|charges|charged|receive|receives|received|costs?) nothing\b|"
        r"\b(?:nobody|no one|no-one) (?:has|have|had) (?:yet |ever )?been\b",
        NONE,
        (
            "Nobody has been fined under the byelaw.",
            "To date no one has been prosecuted for this.",
            "The amount spent is nil.",
            "No claim was made, so the total is therefore nil.",
            "No grant was paid, and the cost was thus nil.",
            "The figure is zero.",
            "The school therefore pays nothing for it.",
            "Not one tenant's case was referred to bailiffs in 2023/24.",
        ),
        (
            "The figure is 12.",
            "The council pays for nothing but the licence fee of £40.",
            "Not one but three wardens were appointed in 2021.",
            "Everyone has been trained, but no one-day course was held.",
            "All our buses are to be zero-emission by 2035.",
            "The authority aims to reach net zero by 2040.",
            "Seven cleaners work on zero hours contracts.",
            "Our net-zero target was set for 2045 by the board.",
        ),
        needles=(
            "nil",
            "none of",
            "the figure is",
            "zero",
            "nothing",
            "not one",
            "not a single",
            "nobody",
            "no one",
            "no-one",
        ),
    ),
    Cue(
        "no_thing",
        "none",
        r"\bno (?:(?:new|further|other|additional|current|such) )?(?:cases?|funding|budgets?|referrals?|charges?|"
        r"arrests?|incidents?|posts?|strateg(?:y|ies)|plans?|contracts?|money|spend(?:ing)?|staff|officers?|"
        r"complaints?|claims?|applications?|payments?|grants?|vacancies|employees|occasions?|instances?|"
        r"agreements?|policy|policies|schemes?|projects?|prosecutions?|investigations?|costs?|expenditure)\b",
        NONE,
        (
            "We received no referrals.",
            "There was no funding for this.",
            "We have no contracts with the firm.",
            "The council made no payments to the firm.",
        ),
        ("Funding of £2,000 was given.", "Two new claims were lodged."),
        "nothing of the kind asked about exists; singular and plural of the usual things counted in replies",
        needles=("no ",),
    ),
    Cue(
        "no_thing_happened",
        "none",
        r"\bno (?!(?:relevant |such |recorded )?(?:information|data|records?|documents?|details|figures)\b)"
        r"(?:[a-z]+ ){1,3}(?:was|were|has been|have been|had been) "
        r"(?!held\b|found\b|located\b|identified\b|kept\b|retained\b|available\b)[a-z]{3,}",
        NONE,
        (
            "We can confirm that no penalty notices were issued in 2023.",
            "To date, no tree preservation orders have been served.",
        ),
        ("No information has been located.", "Notices were issued to 12 drivers."),
        "something asked about did not happen, said of any thing counted (no_thing lists the usual nouns)",
        needles=("no ",),
    ),
    Cue(
        "records_show_none",
        "none",
        r"\bno (?:records?|data|information) (?:has |have |had )?(?:shows?|shown|indicates?|indicated|suggests?)\b|"
        r"\brecords (?:show|shows|showed|indicate|confirm) (?:that )?(?:there (?:were|was|have been|has been|are) )?"
        r"(?:no|none)\b",
        NONE,
        (
            "The council can confirm no records have shown any vehicles were seized for this reason.",
            "Our records show that no fines were issued in 2023.",
            "The records indicate there were no incidents of this kind.",
        ),
        ("Our records do not show the reason.", "Our records show 14 removals.", "No records were found."),
        "the records say the thing asked about did not happen: nothing exists (SCHEMA: none, not not_held)",
        needles=("no record", "no data", "no information", "records show", "records indicate", "records confirm"),
    ),
    Cue(
        "no_intention",
        "none",
        r"\b(?:no|not any) (?:current |immediate |firm |future )?(?:intention|proposals?) (?:to|of|for)\b|"
        r"\b(?:not|no longer) (?:currently )?(?:planning|intending|proposing) to\b|"
        r"\b(?:not|no longer) (?:currently )?(?:planned|proposed|scheduled)\b",
        NONE,
        (
            "After the review the board said that the trust has no intention to change supplier.",
            "Since the survey, we are told, the board is not planning to open a second site.",
        ),
        ("We are planning to open a second site in May.", "The planned opening is in May."),
        "a thing that will not happen: nothing exists (a no to a yes/no question)",
        needles=("no ", "not ", "no longer"),
    ),
    Cue(
        "not_aware_of_any",
        "none",
        r"\b(?:not aware of|unaware of|no knowledge of) any\b",
        NONE,
        ("We are not aware of any such incidents.", "The council has no knowledge of any complaints."),
        ("We are aware of three complaints.",),
        "the body knows of nothing of the kind",
        needles=("aware", "knowledge"),
    ),
    Cue(
        "except_figure",
        "none",
        r"\b(?:aside from|apart from|except(?: for)?|other than|with the exception of|save for|besides)\b"
        r"[^.;]{0,60}?(?:£?\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
        -NONE,
        ("No overtime was paid apart from £250 in May.", "There were no closures except for one in 2019."),
        ("There were no closures in any year.", "No spend other than on staff."),
        "a veto: nothing, except a figure that is then given, provides that figure",
        needles=("aside", "apart", "except", "other than", "save for", "besides"),
    ),
    Cue(
        "no_single_figure",
        "none",
        r"\bno (?:single|one) (?:frequency|figure|answer|rate|price|cost|amount|schedule|total|number|value|timescale|"
        r"interval|reason|cause|method|approach)\b",
        -NONE,
        ("There is no single frequency: main roads are visited every year, others every two years.",),
        ("There is no frequency set for this.", "There is no single budget for the scheme."),
        "a veto: 'no single figure' opens a breakdown of several; it does not say that nothing exists",
        needles=("no single", "no one"),
    ),
    Cue(
        "sum_given",
        "none",
        r"(?<!over )(?<!above )(?<!than )(?<!exceeding )(?<!excess of )(?<!under )(?<!below )(?<!to )"
        r"(?<!threshold of )(?<!limit of )£\s?[1-9]",
        -NONE,
        ("There is no separate budget; the service costs £40,000 a year from the general fund.",),
        (
            "No funding was allocated (£0).",
            "There is no budget.",
            "No invoices over £500 were paid.",
            "There were no contracts with a value of more than £25,000.",
        ),
        "a veto: a sentence that says nothing exists but gives a sum of money provides the sum (not a threshold)",
        needles=("£",),
    ),
    Cue(
        "counted_then_none_of",
        "none",
        r"(?<!of )(?<!of the )(?<!all )(?:\b(?!(?:19|20)\d\d\b)[1-9][\d,]*|\b(?:one|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))\s+[a-z][^.;:]{0,80}?[,;:]\s*"
        r"(?:but |and |although |though )?none of (?:which|whom|them|these|those|the|its|their)\b",
        -NONE,
        (
            "Twelve complaints were received, none of which were upheld.",
            "The council issued 31 notices in 2023; none of the fines went unpaid.",
        ),
        (
            "In 2023 and 2024, none of the schools used the scheme.",
            "Of the 12 sites, none of them has a warden.",
            "There were no incidents; none of our staff were hurt.",
        ),
        "a veto: a count given, then 'none of which ...' of a narrower kind, provides the count",
        needles=("none of",),
    ),
    Cue(
        "counted_did_not",
        "none",
        r"(?<!of )(?<!of the )(?<!question )(?<!part )(?<![\w.,£/])(?!(?:19|20)\d\d\b)[1-9]\d*(?:,\d{3})*\s+"
        r"(?:of (?:our|the|its|their|these|those) )?"
        r"(?:(?!(?:we|i|it|they|you|the|days?|weeks?|months?|years?|hours?|minutes?|occasions?|cases?)\b)"
        r"[a-z-]+\s+){0,4}(?:do|does|did|has|have|had) not\b",
        -NONE,
        (
            "Of the 96 shops inspected, 31 had not registered with the council.",
            "There are 40 schools; 12 schools do not have a crossing patrol.",
            "At 1 May 2024, 17 of our depots did not have a working alarm.",
            "Records show 8 bus shelters in Wibble did not have a bin on that date.",
        ),
        (
            "The council does not employ a warden.",
            "In 2023 the council did not issue any fines.",
            "In the last 12 months we did not charge anyone.",
            "Of the 12 sites, the council has not sold any.",
            "On question 4, the council did not bring any cases.",
            "As for part 2 we have not made any payments.",
            "Within 20 working days the council did not reply.",
            "For 3 of the requests the council did not hold the data.",
        ),
        "a veto: a count that is the subject of a denial counts those that did not; it is a figure, not none",
        needles=("not",),
    ),
    Cue(
        "no_charge_where",
        "none",
        r"\bno (?:charge|fee|cost|payment)s? (?:is |are |will be )?(?:made |payable |levied |due |charged )?"
        r"(?:where|when|whenever|if|for (?:anyone|those|people|holders|residents|children|pensioners|carers|pupils|"
        r"(?:[a-z-]+ )?(?:groups|organi[sz]ations|clubs|charities|schools)))\b",
        -NONE,
        (
            "There is no charge where the card was stolen and a crime number is given.",
            "No fee is payable if the holder is over 80 or registered blind.",
            "No fee is charged for local charities on weekdays; 12 bookings were made that way.",
        ),
        ("There is no charge for this service.", "No fee was paid in 2024."),
        "a veto: 'no charge where ...' sets out when a charge is waived, which answers 'when is it waived?'",
        needles=("charge", "fee", "cost", "payment"),
    ),
    Cue(
        "none_in_most_cases",
        "none",
        r"\bin (?:most|many|the majority of|nearly all|almost all|the vast majority of) (?:cases|instances)\b|"
        r"\b(?:usually|generally|normally|mostly|typically|often) (?:there is |there are )?no\b",
        -NONE,
        (
            "There is no fee in most cases, as the kits are donated.",
            "Usually no charge is made, but a few sites charge £2.",
        ),
        ("There is no fee in any case.", "No charge is made."),
        "a veto: 'no X in most cases' says there is some X in the other cases, which the answer goes on to give",
        needles=("cases", "instances", "usually", "generally", "normally", "mostly", "typically", "often"),
    ),
    Cue(
        "not_funded",
        "none",
        r"\bnot (?:allocated(?! (?:between|across|among|amongst|per)\b)|funded)\b|^\W*never\b|"
        r"\b(?:has|have|had|is|are|was|were|did|does|do|we|it|they|there)(?: been)? never\b"
        r"(?! (?:been )?(?:held|recorded|collected|kept|logged|captured)\b)",
        NONE,
        (
            "The post is not funded.",
            "The council has never employed a warden.",
            "There has never been a warden.",
            "Never, in the period asked about.",
        ),
        (
            "The council has never recorded the reason.",
            "Nine never events were reported in 2023.",
            # round 56 (b): a sum not split between parts says no breakdown exists, not that nothing was spent
            "The budget is held centrally and not allocated between the three depots.",
        ),
        "'never recorded' is not held, not none; a 'never event' is a kind of incident, not a denial; a sum 'not "
        "allocated between' parts denies only the split",
        needles=("not allocated", "not funded", "never"),
    ),
    Cue(
        "never_recorded",
        "not_held",
        r"\bnever (?:been )?(?:held|recorded|collected|kept|logged|captured)\b",
        NOT_HELD,
        ("The trust has never recorded call reasons.", "Such data has never been collected."),
        ("The council has never employed a warden.",),
        needles=("never",),
    ),
    Cue(
        "none_because_none_exist",
        "none",
        r"(?:\bno (?:recorded )?(?:information|data|records?) (?:is |are )?(?:held|recorded)|"
        r"\b(?:hold|holds|have|has) no (?:recorded )?(?:information|data|records?)|"
        r"\b(?:do|does|did) not hold (?:any )?(?:recorded )?(?:information|data|records?))\b[^.]{0,40}?"
        r"\b(?:as|because|since) (?:there (?:were|was|are|is|have been|has been) no|(?:we|it|the [a-z]+) "
        r"(?:do|does|did|has|have|had) not (?:have|own|run|operate|employ|fund|receive)|"
        # "... as no parking fines for that car park have been issued"
        r"no (?!records?\b|data\b|information\b|details\b)[a-z]+(?: [a-z]+){0,7}? (?:were|was|have been|has been) "
        r"(?:issued|made|received|paid|awarded|granted|reported|carried out))\b",
        NA,
        (
            "No information is held as there were no incidents.",
            "No information held as we do not have any land for sale.",
            "The force holds no data because there have been no such cases.",
            "The council holds no information on this as no litter fines for dog fouling in the park have been issued.",
        ),
        ("No information is held as it is not recorded.", "We hold no data as no records of such calls were kept."),
        "the thing itself does not exist: none, over the not-held words it opens with (SCHEMA hard cases)",
        needles=("no ",),
    ),
    Cue(
        "none_reason",
        "none_reason",
        r"\b(?:as|because|since) there (?:is|are|was|were|has been|have been) (?:no|not (?:a|an|any))\b"
        r"(?! (?:[a-z]+ )?(?:requirement|obligation|need|duty|system|way|mechanism|means|category|field|facility|"
        r"process|method|record|records|central)\b)|"
        r"\b(?:as|because|since) (?:we|it|the [a-z]+) (?:do|does|did|has|have|had) not (?:have|own|run|operate|employ|"
        r"fund|receive|use)\b(?! (?:all|every|each|the whole|the entire)\b)|"
        r"(?:\b(?:as|because|since)|[:;]) no (?!records?\b|data\b|information\b|details\b)[a-z]+(?: [a-z]+)? "
        r"(?:occurred|happened|took place|(?:were|was|have been|has been) (?:made|received|issued|brought|carried out|"
        r"paid|reported|identified|referred|submitted|revoked|withdrawn|awarded|granted))\b",
        1.0,
        (
            "Not held. This is because there were no such referrals in the period.",
            "We do not hold figures on this.\nThe team does not hold any as the council does not run the scheme.",
            "No information is held as no collisions occurred on that road.",
            "We hold nothing on this, since no claims were received in 2023.",
            "We searched the files and found no records: no licence has been withdrawn since 2018.",
        ),
        (
            "Not held, as there is no requirement to record this.",
            "Not held. There is no system that records it.",
            "Not held, as no records were kept before 2020.",
            "Not held. Because the council does not own all of the shares, the company is not covered by the Act.",
        ),
        "a not-held answer whose reason is that the thing does not exist is none (SCHEMA hard cases), in the "
        "sentence that says not held or the one after it",
        needles=("as ", "because", "since", ": no", "; no"),
    ),
    Cue(
        "reason_not_recorded",
        "none_reason",
        r"\b(?:record|records|recorded|capture|captures|captured|log|logs|logged|note|notes|noted|flag|flags|"
        r"flagged)\b (?:whether|if|when|that|where)\b[^.;]{0,80}?\b(?:as|because|since)\b",
        -1.0,
        (
            "We do not record whether a claim was closed because no receipt was given.",
            "The system does not capture if a stop ended as no offence was found.",
        ),
        ("We do not record this, as no claims were received.", "Not held, because no grants were awarded in 2024."),
        "a veto: a reason inside what is not recorded ('does not record whether a case was closed because no "
        "suspect was identified') is the thing not held, not a reason that the thing does not exist",
        needles=("whether", "if", "when", "that", "where"),
    ),
    Cue(
        "and_none_was_made",
        "none_reason",
        r",? and no (?!(?:[a-z]+ )?(?:records?|data|information|details|list|lists|register|log|figures?|statistics|"
        r"breakdown)\b)[a-z]+(?: [a-z]+)? (?:were|was|have been|has been|had been) (?:ever )?(?:appointed|employed|"
        r"engaged|commissioned|received|issued|paid|awarded|granted)\b",
        1.0,
        (
            "We hold no list. Bids are marked by our own staff, and no outside markers were appointed.",
            "Not held: the work was done in house, and no consultants have been engaged.",
        ),
        (
            "The reviews are done in house, and no central record was kept.",
            "Not held: the work was done by staff, and no breakdown was made.",
            "The cost is not held separately: it sits within a wider contract, and no apportionment has been made.",
        ),
        "a not-held answer going on to say that none of the thing asked about was appointed or engaged is none "
        "(SCHEMA hard cases: the thing does not exist)",
        needles=("and no ",),
    ),
    Cue(
        "and_no_such_thing_done",
        "none_reason",
        # "... and does not share any such list": what is not held is not made or passed on either (not "any such
        # request", which is the asker's)
        r"\band (?:we |it |the [a-z]+ )?(?:does|do|did) not (?:also )?(?!hold\b|record\b|keep a record\b)[a-z]+ "
        r"(?:any|a) such (?!requests?\b|information\b|data\b|records?\b)[a-z]+",
        1.0,
        (
            "The Wibble Council does not hold a list of rough sleepers and does not share any such list with the NHS.",
            "The Wibble Trust does not hold a rota of volunteers and did not keep any such rota in 2023.",
        ),
        (
            "We do not hold this and do not record any such information.",
            "The council does not hold the figure and does not answer any such request.",
            "We do not hold the figures, and no such list is shared.",
        ),
        "a not-held answer going on to say the body does not make or pass on any such thing is none (SCHEMA hard "
        "cases: the thing does not exist)",
        needles=(" such ",),
    ),
    Cue(
        "no_in_condition",
        "none",
        r"\b(?:where|when|if|unless|provided that|as long as)\b[^.;:,]{0,60}?\bno\b(?! longer\b)",
        -NONE,
        (
            "A parking fine is repaid only where the manager agrees there was no other place to park.",
            "Staff may claim the cost if no pool car is free.",
        ),
        ("There were no claims.", "Where a fine was paid, it was recorded. No fine was paid in 2024."),
        "a veto: a 'no' inside a condition sets out when something applies; it does not say that nothing exists",
        needles=("where", "when", "if", "unless", "provided that", "as long as"),
    ),
    Cue(
        "not_done_in_clause",
        "none",
        # no denial before the clause opens: "We issued none after the audit had not been signed." still denies
        r"^(?:(?!\b(?:no|not|none|never|nil)\b)[^.;])*?\b(?:after|once|until|because|since|when|whenever|where)\b"
        r"[^.;:,]{0,60}?\b(?:has|have|had) not been\b(?! able\b)",
        -NONE,
        (
            "Most calls were about bins left out after crews had not been told of the change.",
            "Fees rose in 2023 because the charges had not been reviewed since 2015.",
        ),
        (
            "The fund has not been used.",
            "We issued no notices because the site had not been inspected.",
        ),
        "a veto: a passive 'had not been' inside a clause of time or cause tells why or when something happened, "
        "where the sentence itself denies nothing",
        needles=("not been",),
    ),
    Cue(
        "narrowed_none",
        "narrowed_none",
        r"\bno (?:fixed|firm|confirmed|agreed|final|finali[sz]ed|exact|precise|published|official|definitive|audited)"
        r"(?: [a-z]+)? (?:dates?|figures?|totals?|costs?|sums?|amounts?|prices?|budgets?|timescales?|timetables?|"
        r"timeline|deadline|numbers?|values?|rates?|accounts)\b",
        1.0,
        (
            "There is no fixed date yet.",
            "The depot is not a company, so there is no published profit figure.",
            "We have no final cost for the scheme.",
        ),
        ("No fixed penalty notices were issued.", "There is no budget for this."),
        "nothing of a narrower kind (fixed, published, final): a figure or year given after it answers the question",
        needles=("no ",),
    ),
    Cue(
        "period_none",
        "period_none",
        r"^\W*(?:there (?:were|was) )?(?:no|none)\b[^.;]{0,80}?\b(?:in|during|for) "
        r"(?:(?:the )?(?:financial |calendar )?years? )?(?:19|20)\d\d(?:[/-]\d{2,4})?"
        r"(?:\s*(?:,|or|and|&)\s*(?:19|20)\d\d(?:[/-]\d{2,4})?)*\s*(?:[.;,]|$)",
        1.0,
        (
            "No fines were paid in 2021 or 2023.",
            "There were no closures during 2019/20 and 2020/21.",
            "None was spent in the years 2022-23, 2023-24.",
        ),
        ("No fines were paid.", "No fines were paid in any year since 2015.", "Fines were paid in 2021."),
        "nothing in the periods named only: a figure for another period given after it answers the question",
        needles=("no",),
    ),
    Cue(
        "period_row_none",
        "period_none",
        r"^\W*(?:19|20)\d\d(?:[/-]\d{2,4})?\s*[:\u2013-]\s*(?:no|none|nil)\b",
        1.0,
        ("2022/23 - no dividend was declared.", "2021: none.", "2019-20 \u2013 nil"),
        ("2022/23 - 14 fines, none of them paid.", "2022 none of the bids", "No fines in any year."),
        "a row naming its period, then nothing in it (one of several rows): nothing in that period only, as "
        "period_none",
        needles=("no", "nil"),
    ),
    Cue(
        "period_first_none",
        "period_none",
        r"^\W*(?:in|during|for) (?:(?:the )?(?:financial |calendar |academic )?years? )?(?:19|20)\d\d(?:[/-]\d{2,4})?"
        r"(?:\s*(?:,|or|and|&)\s*(?:19|20)\d\d(?:[/-]\d{2,4})?)*,? (?:there (?:were|was) )?(?:no|none)\b",
        1.0,
        (
            "In 2021/22 no fines were issued.",
            "During 2019 and 2020, there were no closures.",
            "For the financial year 2023-24 none was spent.",
        ),
        (
            "In 2022 we issued no more than 12 fines.",
            "In 2023 there were 40 fines, none of them paid.",
            "In 2020/21, 14 were issued.",
        ),
        "the period named first, then nothing in it: nothing in that period only, as period_none",
        needles=("no",),
    ),
    Cue(
        "no_category_count_none",
        "none",
        NO_CATEGORY_COUNT,
        -NONE,
        ("No suspect identified: 1,120", "No further action = 84", "No fine issued - 12 cases"),
        ("No cases were recorded: the system began in 2024.", "No - 2 were closed early."),
        "a line naming an outcome that begins with no and giving its count ('No suspect identified: 1,120') is a "
        "row of figures, not a nil answer",
        needles=("no ",),
    ),
    Cue(
        "no_opening",
        "none",
        r"^\s*no\b",
        NONE,
        ("No charges were brought in that year.",),
        ("Not held.",),
        needles=("no",),
    ),
    # --- signals
    Cue(
        "sign_off",
        "sign_off",
        r"^\W*(?:yours (?:sincerely|faithfully)|(?:kind|best|warm) regards|"
        r"this (?:concludes|completes) (?:the|our|my|this) (?:response|reply|answer)|"
        r"if you are (?:dissatisfied|unhappy|not (?:satisfied|happy))|"
        r"(?:if|should) you have any (?:further |other )?(?:questions|queries|enquiries|concerns)\b|"
        r"you (?:have the right|may|can) (?:to )?(?:request|ask for) an? (?:internal )?review|"
        r"(?:[a-z]+ )?(?:are|is) free to (?:re-?)?use\b|"
        r"(?:telephone|tel|phone|fax)\s*:\s*\+?[\d() ]{7,}|(?:e-?mail|web(?:site)?)\s*:\s*\S*[@.])",
        1.0,
        (
            "Yours sincerely",
            "This concludes our response.",
            "Tel: 0123 456 789",
            "Email: foi@example.gov.uk",
            "You are free to use the information.",
            "If you have any queries about this response, please contact us.",
            "Should you have any further questions, do get in touch.",
        ),
        (
            "We are unhappy to report 3 closures.",
            "The telephone line opened in 2019.",
            "Telephone: 120 calls",
            "If you have any records of the visits, please send them.",
        ),
        "a line that ends the answer (sign-off, appeal rights, re-use, contact details): what follows is not read",
        needles=(
            "yours",
            "regards",
            "concludes",
            "completes",
            "if you are",
            "have any",
            "review",
            "free to",
            "tel",
            "phone",
            "fax",
            "mail",
            "web",
        ),
    ),
    Cue(
        "hedge",
        "hedge",
        r"^\s*(?:some|partially|in part|not all|it depends|depending|various|most|many)\b",
        1.0,
        ("Some courses are open to everyone.", "Partially: the east team only."),
        ("Someone from the team attends.",),
        "a hedged yes/no answer gives detail, not a yes or a no",
        needles=("some", "partially", "in part", "not all", "depend", "various", "most", "many"),
    ),
    Cue(
        "gives_reasons",
        "gives_reasons",
        r"\b(?:(?<!there )(?:was|were|is|are) (?:only |just )?one (?:contributing |relevant )?"
        r"(?:factor|reason|consideration)\b|"
        r"(?:was|were|is|are) an? (?:contributing|relevant) (?:factor|consideration)\b|"
        r"(?:was|were|is|are) (?:one|among) (?:of )?(?:several|a number of|many|various|the|a range of) "
        r"(?:factors|reasons|considerations)\b|"
        r"not the (?:only|sole|main) (?:factor|reason|consideration)|"
        r"(?:decision|choice)\b[^.;?]{0,100}?\b(?:(?:was|were) (?:made |taken )?)?(?:based|founded) on|"
        r"(?:took|takes|taking|weighed|considered) (?:into account )?(?:a range|a number|a combination) of|"
        r"reasons (?:for (?:it|this|that|the decision) )?(?:are|were|is) (?:fully )?set out in (?:the|our|its|a)\b|"
        r"sets? out the (?:full )?reasons (?:for (?:it|this|that|the decision) )?in (?:full|the|our|its|a)\b)",
        1.0,
        (
            "Funding was one factor but not the only one.",
            "The board made its decision based on a safety review and the cost of repairs.",
            "Cost was among several considerations weighed by the committee.",
            "The choice of site was made based on access, price and planning advice.",
            "The cabinet took a range of matters into account; the committee minutes set out the reasons in full.",
            "Staffing levels were a contributing factor.",
        ),
        (
            "Cost was the deciding factor.",
            "Our estimate is based on the invoices paid.",
            "The cabinet approved the closure in May.",
            "The reasons for refusing part 2 are set out below.",
            "There is one reason for the delay: the volume of records.",
            "Noise was a reason to move the depot.",
        ),
        "a yes/no question answered by the grounds of a decision, or by one cause among several, without a yes or a no,"
        " is answered (provided), not a yes",
        needles=(
            "factor",
            "reason",
            "consideration",
            "based on",
            "founded on",
            "a range of",
            "a number of",
            "a combination of",
        ),
    ),
    Cue(
        "negation",
        "negation",
        r"\b(?:not|no|never|none|cannot)\b|n't\b",
        1.0,
        ("The teams are not co-located.", "We can't say."),
        ("The teams share a building.",),
        "a statement answering a yes/no question with a denial is a no",
        needles=("not", "no", "never", "none", "cannot", "n't"),
    ),
    Cue(
        "stated_yes",
        "stated_yes",
        STATED_YES,
        1.0,
        (
            "The scheme began in May and now covers every ward, so yes, it is in use.",
            "The answer is therefore yes.",
            "Part of the cost came from a grant, so this is a yes: we received £40,000.",
            "Most calls are handled in-house. To answer your question, yes: overflow calls go to a contractor.",
            "The grant is not ring-fenced. However, yes, all of it was spent on the scheme.",
        ),
        (
            "Staff can answer yes or no to the survey.",
            "The form asks a question, so this is a yes/no field.",
            "In reply to your question about the form, it has a yes/no box.",
        ),
        "a yes stated as the conclusion of the sentences before it: it answers a yes/no question (or one not "
        "found) whose first sentence holds no yes or no",
        needles=("yes",),
    ),
    Cue(
        "stated_no",
        "stated_no",
        STATED_NO,
        1.0,
        (
            "Most wards have lockers, but two do not. The answer is therefore no.",
            "Bins are emptied together, so we do not weigh them.",
            "Lost passes are replaced free of charge, so no - the holder pays nothing.",
            "The depot is shut on Sundays. In answer to your question, no.",
            "Meters are read monthly. In response to your question: no.",
            "Staff may limit use case by case, so the answer to whether there is a ban on visits is no.",
        ),
        ("Yes, so no one is left out.", "Yes: the hall was booked, so no-one else could use it."),
        "a no stated as the conclusion of the sentences before it, read as stated_yes is",
        needles=("no",),
    ),
    Cue(
        "answer_named_yes_or_no",
        "answer_stated",
        r"\bthe answer (?:to (?:this|your|the) (?:question|part|request) |to (?:whether|if) [^.;?]{1,80}? )?"
        r"is (?:therefore |thus |so |also )?(?:yes|no)(?=\s*(?:[,.;:!)]|$)|\s[-–—]\s)|"
        r"\b(?:in (?:answer|response|reply) to|to answer) (?:your|the|this) (?:specific )?question[,:]? (?:yes|no)"
        r"(?=\s*(?:[,.;:!)]|$)|\s[-–—]\s)",
        1.0,
        (
            "No site was sold in the period. The answer is therefore no.",
            "The scheme covers every ward. In answer to your question, yes.",
        ),
        (
            "The answer is set out below.",
            "The form asks a question, so the answer is a yes/no field.",
            "So no - the holder pays nothing.",
            "The answer is no permits were revoked.",
        ),
        "a yes or no the reply itself names as the answer: the question was whether, however it was read (a "
        "heading such as 'Closures since 2019' is asked as a yes/no question), so stated_yes and stated_no decide "
        "(not a question asking how many or how much)",
        needles=("yes", "no"),
    ),
    Cue(
        "relied_refusal",
        "relied_refusal",
        r"\b(?:exempt\w*|excepted|withh[eo]ld\w*|refus\w*|manifestly unreasonable|vexatious|"
        r"neither (?:to )?confirm\w* n?or den\w*)\b[^.]*?"
        r"\b(?:section|regulation|s\.)\s*(?!17\b)\d|\b(?:appropriate|cost) limit\b|"
        r"\b(?:section|regulation|s\.)\s*(?!17\b)\d+(?:\s*\(\w{1,3}\))* (?:therefore |also )?(?:applies|is engaged|"
        r"is an? (?:absolute|qualified) exemption)\b",
        1.0,
        (
            "The request is manifestly unreasonable under regulation 12(4)(b).",
            "As the report is on our website, section 21 applies.",
            "Regulation 12(5)(e) is engaged for the unit prices.",
            "This would exceed the cost limit.",
            "We are withholding the addresses under section 40(2).",
            "The board has decided that the request is vexatious under section 14(1).",
        ),
        (
            "The figures are given in section 3 below.",
            "As none were issued, none were paid. Section 17(1) applies.",
            "The fee was £40, paid from the events budget. As some of it is withheld, this email is a part refusal "
            "notice under section 17.",
        ),
        "a refusal naming what it relies on outweighs a first sentence that only sets the scene (section 17 is no "
        "ground for withholding: the FOIA refusal notice, or FOISA's notice that nothing is held)",
        needles=(
            "exempt",
            "excepted",
            "withh",
            "refus",
            "vexatious",
            "manifestly",
            "neither confirm",
            "limit",
            "applies",
            "engaged",
        ),
    ),
    Cue(
        "neither_confirm_over_denial",
        "ncnd_refusal",
        r"\bneither (?:to )?confirm(?:s|ed|ing)? (?:n?or|and) den(?:y|ies|ied|ying)\b",
        1.0,
        (
            "Wibble Council can neither confirm nor deny whether it holds any such complaint.",
            "The board neither confirms nor denies that an inquiry is open.",
        ),
        ("We can confirm that no inquiry is open.", "We do not hold the file and deny that one was opened."),
        "a neither-confirm-nor-deny statement outweighs a denial elsewhere in the same answer ('No statement was "
        "published. Beyond that we neither confirm nor deny ...'): whether the thing asked about exists is withheld",
        needles=("neither",),
    ),
    Cue(
        "not_given_under_section",
        "relied_refusal",
        r"\bnot (?:providing|disclosing|releasing|supplying|giving)\b[^.;]{0,60}?\b(?:under|in line with|in accordance "
        r"with|by virtue of) (?:section|regulation|s\.)\s*\d",
        1.0,
        (
            "The fee is in our annual report online, so we are not providing it under section 21 of the Act.",
            "Wibble Council is not disclosing the names under section 40(2).",
        ),
        (
            "We are not giving paper copies; under section 11 of the Act we may send them by email instead.",
            "The figures are not given under section 3 of the report but in the annex.",
        ),
        "a refusal worded as not handing the information over under a named provision, which outweighs a first "
        "sentence pointing to where it is published",
        needles=("not providing", "not disclosing", "not releasing", "not supplying", "not giving"),
    ),
    Cue(
        "cost_refusal",
        "cost_refusal",
        r"\b(?:exceed\w*|above|over|beyond|outside) (?:the )?['\"]?(?:appropriate|cost|costs|fees?|\d+[- ]hours?) "
        r"limit|"
        r"\bnot obliged to comply\b|\bsection 12(?:\(1\))? (?:of the act )?(?:therefore |also )?applies\b|"
        r"\brefus\w* (?:this|that|the|your) (?:part|question|element)s? [^.]{0,40}?\bsection 12\b|"
        r"\b(?:over|more than|in excess of) \d+ hours,? (?:which|that) is the (?:appropriate|cost|time) limit\b",
        1.0,
        (
            "There is no field that marks these complaints. Reading every file would exceed the appropriate limit.",
            "Reading the logs would take well over 18 hours, which is the appropriate limit for this council.",
            "The council is not obliged to comply with this part of the request.",
            "Counting them by hand would take 90 hours, well above the appropriate limit.",
            "Section 12 therefore applies to this question.",
            "We are refusing this part of the request under section 12 of the Act.",
            "Reading every case would go far beyond the 18 hour limit.",
        ),
        (
            "There is no field that marks these complaints.",
            "We do not hold a total; the limit is 18 hours.",
            "The search took 3 hours, well within the 18-hour limit.",
            "We do not hold this. The search took 3 hours, which is within the appropriate limit.",
        ),
        "a refusal on cost outweighs a not-held first sentence (the records could be searched, at a cost) and a "
        "yes/no read by default; not advice on a request that could be answered within the limit",
        needles=("exceed", "not obliged", " limit", "section 12"),
    ),
    Cue(
        "named_parts_need_work",
        "cost_refusal",
        r"\b(?:to answer|answering|to respond to|responding to|to comply with|complying with) (?:questions?|parts?) "
        r"[\w(), ]{1,40}?(?:would|will) (?:require|involve|need|mean|entail)\b(?![^.]*\bwithin\b)",
        1.0,
        (
            "To answer parts 2, 3 and 5 would require an officer to read every case file.",
            "Answering questions 1 and 4 would involve a manual search of each ledger for five years.",
        ),
        (
            "To answer questions 1 and 2 would require about 3 hours, which is within the limit.",
            "Answering would require a search of the files.",
            "To answer question 3, we searched the register.",
        ),
        "a sentence saying that answering the questions it names would need a search or review estimates the work "
        "of a cost-limit refusal of them, whose words ('not obliged to comply') may stand in a later paragraph",
        # each verb with the "question" or "part" after it: the verbs alone are in most replies
        needles=tuple(
            f"{verb} {named}"
            for verb in ("answer", "answering", "respond to", "responding to", "comply with", "complying with")
            for named in ("question", "part")
        ),
    ),
    Cue(
        "accessible_elsewhere_exempt",
        "cost_refusal",
        r"\b(?:exempt\w*|withh[eo]ld\w*|refus\w*|apply\w*|rely\w*|relied)\b[^.]{0,60}?\b(?:section|s\.?) ?21\b|"
        r"\bsection 21\b(?: of the act)? (?:therefore |also )?(?:applies|is engaged)\b",
        1.0,
        (
            "We keep no copy ourselves. The report is on the ministry's website, so it is exempt under section 21.",
            "The council has no figures of its own, but we are applying section 21 as they are in the ONS tables.",
            "Section 21 applies, as the register is published by the regulator.",
        ),
        (
            "We do not hold this information.",
            "We replied within 21 days of your request.",
            "The plan is published at the link below.",
        ),
        "as a cost refusal, a refusal under section 21 outweighs a not-held first sentence: the body does not keep "
        "its own record but names where the information is published, and relies on that (SCHEMA: section 21 is "
        "refused)",
        # each match ends in one of these (not a bare "21", which every date in 2021 holds)
        needles=("section 21", "section21", "s21", "s 21", "s.21", "s. 21"),
    ),
    Cue(
        "bare_inability",
        "bare_inability",
        r"^\W*(?:in (?:response|answer|reply) to [a-z]+ \w{1,3},\s*)?(?:we are|i am|the [a-z]+ is|[a-z]+ is) "
        r"(?:unable|not able) to (?:provide|give|supply|release) (?:(?:a|the|this|that|these|any|an) "
        r"(?:figure|number|count|total|information|data|breakdown|details?|answer)|this|that|it)\W*$",
        1.0,
        (
            "We are unable to provide a figure.",
            "In response to question 2, we are unable to provide this information.",
            "We are unable to provide this.",
        ),
        (
            "We are unable to provide a figure, as it is exempt under section 31.",
            "We are unable to provide the names in part 2.",
        ),
        "a sentence that says only that no answer can be given, with no ground: the sentences after it give the "
        "reason, and where one says the information is not held, the answer is not held",
        needles=("able to",),
    ),
    Cue(
        "residual_refusal",
        "residual_refusal",
        r"\b(?:any|all|the) (?:other|remaining|further|additional) (?:information|details|data|records|material|"
        r"documents?)\b|\bthe rest of the (?:information|details|data|records|material)\b",
        1.0,
        ("The contract began in 2019. Any other information held is exempt under section 43.",),
        ("The contract is exempt under section 43.",),
        "a refusal of what is left after sentences that answered: the answer gave something (SCHEMA hard cases)",
        needles=("other", "remaining", "further", "additional", "rest of"),
    ),
    Cue(
        "split_refusal",
        "split_refusal",
        r"\b(?:the|its|this|that) (?:split|breakdown|break-down) (?:between|by|across|per|of|for)\b|"
        r"\b(?:figures?|costs?|amounts?|totals?|spend) (?:for|of|per) (?:each|every|individual)\b|"
        r"\bindividual [a-z]+ (?:figures|costs|amounts|totals)\b|"
        r"\b(?:withhold(?:ing)?|withheld|redact(?:ed|ing)?|not (?:disclosing|releasing|naming)) "
        r"(?:the |their |his |her )?(?:job titles?|post titles?|names?|identit(?:y|ies)|grades?)\b|"
        # round 56 (b): the value of things the answer counted ("41 claims were made. Their value is withheld")
        r"\b(?:withhold(?:ing)?|withheld|not (?:disclosing|releasing)) (?:the |their )?(?:total )?values? of\b",
        1.0,
        (
            "The highest award was £9,400. We are withholding the job title, as it would identify the person.",
            "Since 2021 the board has made 63 variations. We are withholding the value of each under section 43(2).",
            "The total was £12,000. We are withholding the breakdown by supplier under section 43(2).",
            "Spend across the county was £40,000. We cannot give the figure for each school. It is exempt under "
            "section 43(2).",
            "There are 40 wardens. The breakdown for the teams is below. Two teams are withheld under section 31.",
        ),
        ("The total is withheld under section 43(2).", "Reviewing the details of each case would exceed the limit."),
        "a refusal of the split of a figure the first sentence gave, of the figure for each item, or of who it was "
        "paid to, in or before the refusal: the figure is still given (SCHEMA hard cases)",
        needles=("split", "break", "each", "every", "individual", "withh", "redact", "not "),
    ),
    Cue(
        "part_refusal",
        "part_refusal",
        r"\ball (?:of )?(?:this|the|your)\b",
        1.0,
        ("We cannot provide all of the information. Please find attached the parts we can.",),
        ("We are unable to release the files.",),
        "a refusal of all of a request followed by what is handed over is provided",
        needles=("all ",),
    ),
    Cue(
        "scoped_refusal",
        "part_refusal",
        r"\b(?:part|parts|some) of (?:the|this|that|your)\b|"
        r"\bfor (?:the (?:year|period) )?(?:19|20)\d\d(?:[/-]\d\d)?\b",
        1.0,
        (
            "Some of the reports are exempt under section 43. The rest are attached.",
            "The list for 2022/23 is published on our website, so section 21 applies. The 2023/24 list is attached.",
        ),
        ("The reports are exempt under section 43.",),
        "a refusal of one part or one year, followed by what is handed over for the rest, is provided (SCHEMA hard "
        "cases)",
        needles=("of th", "of your", "for "),
    ),
    Cue(
        "withheld_cell",
        "part_refusal",
        r"(?:\s{2,}|\|\s*|\d\s+)(?:withheld|redacted|exempt|not disclosed)\b[^.|\n]{0,24}\|?[ \t]*(?:\n|$)",
        1.0,
        (
            "Cleaning contract    2    Withheld - see note\nSecurity contract    1    £8,400",
            "| Security | 14 | Redacted |\n| Catering | 6 | £12,000 |",
            "Agency B 37 exempt (s43)\nAgency C 12 £3,100",
        ),
        ("The contract values are withheld.", "Every contract value is redacted under section 43."),
        "one cell of a table row withheld while the other rows give their figures: the figures are given (SCHEMA "
        "hard cases: a refusal that still gives some figures)",
        needles=("withheld", "redacted", "exempt", "not disclosed"),
    ),
    Cue(
        "offers_instead",
        "offers_instead",
        r"\b(?:however|but|nevertheless),? (?:we|i) (?:have been|am|are|were|was) able to (?:provide|give|supply|share|"
        r"offer|tell)|\badvice and assistance,? (?:we|i|the [a-z]+) (?:can|have|has|am|are|is|will)\b|"
        r"\b(?:we|i) (?:can|have|am able to|are able to) (?:however |though )?(?:provide|give|supply|share) "
        r"(?:you with )?(?:the |some |a )?(?:[a-z]+ )?"
        r"(?:following|snapshot|snap shot|summary|breakdown|totals?|figures|numbers)\b|"
        r"\bin (?:an effort|order) to (?:assist|help)(?: you)?,? (?:we|i) (?:have|can)\b|"
        r"\badvice and assistance\b[^.]{0,80}?\b(?:(?:can|will|are able to|am able to) (?:provide|give|supply|share)|"
        r"(?:we|i) have (?:answered|provided|given|supplied|set out|included))\b",
        1.0,
        (
            "This would exceed the cost limit; however we have been able to provide totals. 2021: 14",
            "As advice and assistance, we can give the yearly totals. 2022: 31",
            "To offer advice and assistance (section 16) we have set out the totals below. 2023: 8",
        ),
        ("This would exceed the cost limit. You may wish to narrow your request.",),
        "a refusal followed by figures offered instead: the figures are the answer (SCHEMA hard cases)",
        needles=("able to", "assistance", "provide", "give", "supply", "share", "assist", "help"),
    ),
    Cue(
        "given_outside_the_act",
        "given_outside",
        r"\b(?:as an? (?:gesture of )?goodwill(?: gesture)?|in a spirit of (?:goodwill|openness)|on a discretionary "
        r"basis|outside (?:of )?the (?:act|foi act|freedom of information act|terms of the act)),? "
        r"(?:and [a-z ]{3,30},? )?(?:we|i|the [a-z]+)\b[^.;]{0,50}?\b(?:have|has|can|am|are|is|will|would|estimate)\b",
        1.0,
        (
            "However, as a gesture of goodwill, we have been able to count last year's claims: 38.",
            "Outside the Act, and purely to help, the wardens estimate 400 people attended.",
            "On a discretionary basis the council can tell you that 12 benches were replaced.",
        ),
        (
            "We hold nothing outside the Act.",
            "Information released outside the Act is not logged.",
            "We have answered outside the Act before.",
        ),
        "information given as goodwill or outside the Act after a not-held or refused sentence is given all the "
        "same: with a figure in it or after it, the answer is provided",
        needles=("goodwill", "discretionary", "outside", "openness"),
    ),
    Cue(
        "offered_for_questions",
        "offered_for",
        r"(?:^|[.!?:]\s)(?:(?!\b(?:not(?! (?:obliged|required)\b)|cannot|unable|nor|no)\b)[^.!?])*?"
        r"\b(?:answers?|answering|cover(?:s|ing)?|(?:figures?|information|totals?|answers?|responses?|data)"
        r"(?: (?:requested|asked for|sought))? (?:for|to|at|in))\s+(?:your\s+)?(?:questions?|parts?|points?)\s+"
        r"((?:\d{1,2}[a-z]?|\([a-h]\))(?:\s*(?:,|and|&|to|-)\s*(?:\d{1,2}[a-z]?|\([a-h]\)))*)(?!\w)"
        r"(?=(?:(?!\b(?:not|cannot|unable)\b)[^.!?])*?(?:\b(?:below|attached|enclosed|as follows|spreadsheet|"
        r"within the (?:cost |appropriate )?limit)\b|:[ \t]*(?:\n|$)|"
        r"[.!?]\s+(?:this|these|they|it) (?:is|are) (?:set out |given )?"
        r"(?:below|attached|enclosed|in the (?:attached|enclosed) [a-z]+)\b))",
        1.0,
        (
            "We could produce a summary that answers questions 2 and 5 within the limit; it is set out below.",
            "Although section 12 applies, the figures for parts 1 to 3 are given below.",
            "As advice and assistance, the totals for questions 1, 2 and 4 are attached.",
            "The figures asked for in part (a) can be found quickly, and we set them out below.",
            "The totals requested at questions 1 and 3 are in the spreadsheet.",
            "Though we are not obliged to, we ran a report that covers questions 2 and 4. It is in the attached file.",
            "As advice, we have drawn yearly totals from the system, which answer question 3:",
        ),
        (
            "We cannot answer questions 2 and 4 within the cost limit.",
            "The figures for question 3 would take more than 18 hours to find.",
            "Answers to questions 1 and 2 would not be possible below the limit.",
            "The data for part (b) is not held. It is attached to no record.",
        ),
        "after a refusal of the request, a sentence naming the questions that are answered instead, with figures "
        'after it (in the sentence or the next, "This is in the attached spreadsheet."): those questions are '
        "provided (SCHEMA hard cases; foitrack.extract.answers reads group 1)",
        needles=("question", "part", "point"),
    ),
    Cue(
        "offered_figures_bracketed",
        "offered_for",
        r"(?:^|[.!?:]\s)(?:(?!\b(?:not(?! (?:obliged|required)\b)|cannot|unable|nor|no)\b)[^.!?])*?"
        r"\bthe following\b[^.!?]{0,120}?\((?:see |for )?(?:your\s+)?(?:questions?|parts?|points?)\s+"
        r"((?:\d{1,2}[a-z]?|\([a-h]\))(?:\s*(?:,|and|&|to|-)\s*(?:\d{1,2}[a-z]?|\([a-h]\)))*)\)\s*:[ \t]*(?:\n|$)",
        1.0,
        (
            "Although we are not obliged to, we can give the following totals of complaints received (question 2):\n",
            "As advice, the following counts were logged at the depot (parts 1 and 3):\n",
        ),
        (
            "We cannot give the following totals (question 2):\n",
            "The following figures were logged (question 2) and are published.",
        ),
        "after a refusal of the request, figures led in by 'the following' with the questions they answer in a "
        "bracket closing the line: those questions are provided (foitrack.extract.answers reads group 1)",
        needles=("the following",),
    ),
    Cue(
        "question_like",
        "question_like",
        r"\?\s*$|^\W*(?:please )?(?:provide|state|list|confirm|supply|give|tell|detail|send|specify)\b|"
        r"\bplease (?:state|provide|list|supply|detail|specify|confirm (?:how|what|whether))\b|"
        r"^\W*(?:how many|how much|what|which|who|when|where|whether|if (?:yes|so|no|not))\b",
        1.0,
        (
            "Please state the number of posts for each year.",
            "How many were there?",
            "Costs: for each site, please state the yearly spend",
            "If yes -",
        ),
        ("There were 14 posts.",),
        "an 'answer' that reads like a question: the questions and answers were probably paired wrongly",
        needles=(
            "?",
            "provide",
            "state",
            "list",
            "confirm",
            "supply",
            "give",
            "tell",
            "detail",
            "send",
            "specify",
            "how ",
            "what",
            "which",
            "who",
            "when",
            "where",
            "whether",
            "please ",
            "if ",
        ),
    ),
    Cue(
        "yes_no_question",
        "yes_no_question",
        r"^(?:\W*)(?:(?:and|also|please|can you|could you|would you)\s+(?:please\s+)?)?"
        r"(?:(?:do|does|did|is|are|was|were|has|have|had|will|would|should|can|could|may)\s+"
        r"(?!you (?:please |also )?(?:tell|provide|give|send|supply|list|clarify|explain|outline|break|share|let|"
        r"specify|advise|confirm (?:how|what|the))\b)|"
        r"(?:confirm|detail|state|indicate|advise|tell me)\s+(?:whether|if|that)\b|whether\b|that\b)",
        1.0,
        ("Do you have a cycling officer?", "Please confirm whether the depot is open."),
        ("How many wardens are employed?", "Could you provide the figures?"),
    ),
    Cue(
        "dated_yes_no_question",
        "yes_no_question",
        r"^\W*(?:since|in|during|over|between|from|within|at any (?:time|point)(?: since| in| during)?)\b"
        r"[^,?]{1,60},\s+(?:do|does|did|is|are|was|were|has|have|had|will)\s+"
        r"(?!you (?:please )?(?:tell|provide|give|send|supply|list)\b)",
        1.0,
        (
            "Since 1 April 2022, has the council bought a drone?",
            "In the last three years, did Wibble Council use facial recognition?",
            "During 2024, were any wardens employed?",
        ),
        (
            "Since 1 April 2022, how many drones has the council bought?",
            "In 2024, what did the council spend on drones?",
            "Since 2020, could you provide the totals?",
        ),
        "a yes/no question opened by the period it covers is still asked yes or no",
        needles=("since", "in ", "during", "over", "between", "from", "within", "at any"),
    ),
    Cue(
        "asks_whether",
        "yes_no_question",
        r"^\W*(?:(?:finally|lastly|next|then|also|further(?:more)?|in addition|separately),? )?"
        r"(?:(?:i|we) (?:would|'d) like to know|(?:please |(?:could|can|would) you )?let (?:me|us) know|"
        r"(?:could|can|would) you (?:please )?(?:tell|advise|inform) (?:me|us)|"
        r"(?:you|the requester|the applicant) (?:\w+ )?(?:asked|wanted to know|want to know|enquired|queried)"
        r"(?=\s+(?:whether|if) (?!any\b))|(?:your|the|their|this) (?:\w+ )?(?:question|query) (?:was|is|asked)"
        r"(?=\s+(?:whether|if) (?!any\b)))\s+(?:whether|if)\b",
        1.0,
        (
            "I would like to know whether the depot is open.",
            "Please let me know if you hold a contract.",
            "You also asked whether the depot is open.",
            "Your final question was whether the depot is open.",
            "The second query asked if the depot is open.",
            "This question asked whether the depot had been sold.",
            "Lastly, you asked whether the depot will be sold.",
        ),
        (
            "I would like to know how many depots there are.",
            "Please let me know the figures.",
            "You then asked how many depots there are.",
            "You also asked whether any depots closed.",
            "Finally, you asked how many depots there are.",
        ),
        "a request to be told whether something is so asks for a yes or a no, also as the reply reports it (not "
        "'whether any': that asks whether anything exists, answered none when nothing does, SCHEMA hard cases)",
        needles=("know", "tell", "advise", "inform", "asked", "enquired", "queried", "question", "query"),
    ),
    Cue(
        "asks_for_information",
        "yes_no_question",
        r"^\W*(?:(?:and|also|please)\s+)?(?:could|can|may|would|might)\s+(?:i|we)\s+(?:please\s+)?(?:also\s+)?"
        r"(?:have|get|receive|obtain|request|see|ask for|be (?:sent|given|provided|told))\b|"
        r"^\W*(?:could|can|would) you (?:please )?(?:also )?(?:send|share|forward|supply|give)\b|"
        r"^\W*(?:(?:would|could|will) you be|(?:are|is) (?:you|the [a-z]+)) able to (?:provide|send|give|supply|share|"
        r"list|forward|release)\b|"
        r"^\W*(?:is|would) it (?:be )?possible (?:for (?:you|me|us) )?to (?:have|get|receive|obtain|see|provide|send|"
        r"give|supply|share|list)\b|"
        r"^\W*(?:do|does) (?:you|the [a-z]+) know (?:how|what|which|when|where|who)\b|"
        r"^\W*(?:could|can|would|will) you (?:please )?(?:also )?(?:confirm|tell (?:me|us)|advise|state|indicate) "
        r"(?:me |us )?(?:how (?:many|much|often|long)|what|which|when|where|who|the (?:number|name|total|amount|cost|"
        r"date|value))\b",
        -2.0,
        (
            "Could I have a breakdown of the figures by year?",
            "May we see the policy?",
            "Would you be able to provide the totals for 2021?",
            "Is it possible to have the list by ward?",
            "Do you know how many depots there are?",
            "Can you confirm how many wardens are employed?",
            "Could you tell me the name of the contractor?",
        ),
        ("Could the council confirm it has a policy?", "Are you able to confirm whether the depot is open?"),
        "a request for information phrased as a question is not a yes/no question (SCHEMA hard cases)",
    ),
    Cue(
        "asks_which_of",
        "yes_no_question",
        r"\b(?:in-house|in house|directly|internally)\b[^?]{0,40}?\bor\b|\bor (?:a )?(?:mixture|mix|combination)\b|"
        r"\bor both\b|\bor (?:is|are|was|were) (?:it|they|this|these|that) (?:an? )?[a-z-]+\W*$|"
        r"\bor (?:is|are|was|were) (?:the )?[a-z]+ (?:expected|required|obliged|asked|left|made) to\b",
        -2.0,
        (
            "Is the cleaning done in-house or by an outside firm?",
            "Does the school supply the kit, or are parents expected to buy it?",
            "Are meals made on site, delivered ready-made, or a mixture of the two?",
            "Is the course about one kind of fraud, or is it general?",
        ),
        (
            "Does the council have a policy or a strategy on this?",
            "Is the service run by a contractor?",
            "Has the council bought one, or is it planning to buy one?",
        ),
        "a question offering alternatives asks which one, not for a yes or a no",
    ),
    Cue(
        "asks_which_way",
        "yes_no_question",
        r"^\W*(?:is|are|was|were) (?![^?]*\bany)[^?]{1,60}?\b[a-z]{2,}(?:ed|ght|wn|pt)\b(?: [a-z]+){0,3},? or "
        r"(?:(?:is|are|was|were) (?:it|they) )?[a-z]{2,}(?:ed|ght|wn|pt)\b",
        -2.0,
        (
            "Are the vans owned outright or leased?",
            "Was the survey carried out by staff, or contracted to a firm?",
            "Is the hall hired out or kept for council use?",
        ),
        (
            "Were any officers injured or assaulted?",
            "Is the data encrypted?",
            "Are the bins emptied weekly or more often?",
        ),
        "a question offering two ways a thing is done ('bought or leased') asks which one, not for a yes or a no",
        needles=(" or ",),
    ),
    Cue(
        "asks_which_verb",
        "yes_no_question",
        r"^\W*(?:do|does|did) (?:you|we|it|they|the [a-z]+(?: [a-z]+)?|your [a-z]+) "
        r"(?!(?:have|hold|keep|record|collect|retain|maintain|publish|use|store|share|know)\b)([a-z]{3,}) "
        r"or (?!not\b|otherwise\b|any\b)([a-z]{3,}) (?:its|their|your|the|our|this|these|those)\b",
        -2.0,
        ("Does the practice own or rent its premises?", "Do you buy or lease the vans?"),
        (
            "Do you hold or record this data?",
            "Does the practice own its premises?",
            "Does the council own or lease a vehicle for the Mayor?",
        ),
        "a question offering two verbs for a thing it names as existing ('own or rent its premises') asks which one, "
        "not for a yes or a no, as asks_which_way reads 'owned or leased'; with 'a vehicle' it asks whether any is had",
        needles=(" or ",),
    ),
    Cue(
        "request_question",
        "request_question",
        r"^\W*(?:please |kindly )?(?:(?:can|could|would|will) you (?:please |kindly )?)?(?:also )?"
        r"(?:provide|send|supply|list|give|share|forward|disclose|release|"
        r"tell (?:me|us) (?:how|what|which|when|where|who|the (?:number|name|total|amount|cost|date|value))|"
        r"(?:confirm|advise|state|indicate) (?:how (?:many|much|often|long)|what|which|the (?:number|name|total|amount|"
        r"cost|date|value)))\b|"
        r"^\W*(?:please )?(?:could|can|may) (?:i|we) (?:please )?(?:also )?(?:have|get|receive|obtain|see|request)\b|"
        r"^\W*(?:i|we) (?:would like|request|am requesting|wish to (?:request|receive|obtain))\b",
        1.0,
        (
            "Please provide a copy of the policy.",
            "Could you send me the list of sites?",
            "I would like the minutes.",
            "Can you confirm how many wardens are employed?",
        ),
        ("Do you have a policy?", "Please confirm whether the depot is open."),
        "a request for information: its answer is provided, none, not held or refused, never yes (SCHEMA hard cases)",
        needles=(
            "provide",
            "send",
            "supply",
            "list",
            "give",
            "share",
            "forward",
            "disclose",
            "release",
            "tell",
            "have",
            "get",
            "receive",
            "obtain",
            "see",
            "request",
            "would like",
            "wish to",
            "confirm",
            "advise",
            "state",
            "indicate",
        ),
    ),
    Cue(
        "answer_yes_or_no",
        "asks_detail",
        r"\byes or no\b|\byes/no\b",
        -2.0,
        ("Please answer yes or no.",),
        ("Please list the sites.",),
        "a veto: asking for a yes or a no asks for no detail",
    ),
    # --- round 87: "Do you publish X? If so, please send a link.": where a yes is found is no further detail
    Cue(
        "asks_only_for_a_link",
        "asks_detail",
        r"^\W*(?:if (?:so|yes)\W+)?(?:(?:please|kindly)\W+)?(?:(?:could|can|would) you\W+)?"
        r"(?:send|provide|give|share|supply|include|add)(?: (?:me|us))? (?:a |the )?"
        r"(?:link|web ?address|url|hyperlink|web ?page)s?"
        r"(?: to (?:it|them|this|these|that|those|the [a-z ]{1,30}))?\W*$",
        -2.0,
        ("If so, please send a link.", "If yes, could you provide the web address?", "Please give a link to it."),
        ("If so, please send a link and a copy of the policy.", "If so, how many are listed?"),
        "a veto: asking where a published thing is found (a link) asks for no detail beyond the yes or no",
    ),
    Cue(
        "asks_conditionally",
        "yes_no_question",
        r"^\W*if (?:so|yes|not|relevant|applicable|available)\b|^where relevant\b",
        -2.0,
        ("If yes, does the contract cover the depot?", "Where relevant, is the depot open at weekends?"),
        (
            "Is the depot open if it snows?",
            "Does the council publish where relevant spend goes?",
            "If a van breaks down on the route, is the collection made the next day?",
        ),
        "a veto: a question asked on a condition ('If so, ...') follows an earlier one, it is not itself a yes/no",
    ),
    Cue(
        "yes_no_on_a_condition",
        "yes_no_question",
        r"^\W*(?:if|where|when) (?!(?:so|yes|not|relevant|applicable|available)\b)[^,?]{3,80}, "
        r"(?:do|does|did|is|are|was|were|has|have|had|will|would|should|can|could)\s+"
        r"(?!you (?:please )?(?:tell|provide|give|send|supply|list|confirm|advise|state|explain|share)\b)",
        1.0,
        (
            "If a van breaks down on the route, is the collection made the next day?",
            "If a tenant reports damp, does the council inspect within a week?",
            "Where a tree blocks a footpath, does the council remove it?",
        ),
        ("If so, is the depot staffed?", "If a van breaks down, how long is the delay?", "If held, could you send it?"),
        "a yes/no question after a condition that sets the case asked about (not 'If so, ...', which follows an "
        "earlier answer)",
        needles=("if ", "where ", "when "),
    ),
    IF_SO,
    NOT_FIGURE,
    ANSWER_MARKER,
    ANSWER_HEADING,
    QUESTION_MARKER,
    POINTER_TARGET,
    POINTER_PART,
    PARTS_NAMED,
    NARROWED_BY,
    Cue(
        "asks_detail",
        "asks_detail",
        r"\b(?:if so|if yes|how many|how much|what|which|who|please)\b",
        1.0,
        ("If so, how many officers?", "And how much does it cost?"),
        ("Is it open?",),
        "the part of a question after its first question mark that asks for more than yes or no",
        needles=("if so", "if yes", "how many", "how much", "what", "which", "who", "please"),
    ),
    Cue(
        "asks_quantity",
        "asks_quantity",
        r"\b(?:how (?:many|much|often|long)|numbers?|total|costs?|spend|spent|amounts?|budgets?|values?|figures?|"
        r"percentage|proportion|rates?|salar(?:y|ies)|prices?|fees?|paid|sums?|income|expenditure|funding|"
        r"statistics|breakdown|count|quantity|average|mean|median|per ?cent|ratio|length|duration|hours|days)\b|"
        r"\bwhat (?:did|does|do|will|would) [^?.]{0,40}?\bpay\b",
        1.0,
        (
            "How many wardens are employed?",
            "What did the board pay to hire the marquee?",
            "What was the total cost of the contract?",
            "Please provide a breakdown of spend by year.",
            "What funding has the council received?",
        ),
        (
            "Who supplies and maintains the charging points?",
            "Which software do you use?",
            "Is there a policy?",
            "Who did the board pay to hire the marquee?",
        ),
        "a question that asks for a figure: its answer's figure, even in a later sentence, is the answer",
    ),
    # --- yes/no and refusals (round 9)
    Cue(
        "refuses_whole_request",
        "whole_refusal",
        r"\b(?:refus\w*|declin\w*) (?:to (?:comply with|answer) )?(?:your|this|the) (?:whole |entire )?request\b|"
        # unable to answer the request named whole, the reason next: "we are unable to answer your request because"
        r"\b(?:unable|not able) to (?:answer|comply with|respond to) (?:your|this|the) (?:whole |entire )?request\s+"
        r"(?:because|since|as(?! it stands))\b|"
        r"\b(?:your|this|the) (?:whole |entire )?request (?:is|has been|was) (?:being )?(?:refused|declined)\b|"
        # the request named, then refused as "it": "has considered your request and decided to refuse it"
        r"\b(?:your|this|the) request and (?:has |have |had )?(?:therefore )?(?:decided|chosen) to (?:refuse|decline) "
        r"it\b",
        1.0,
        (
            "The council has decided to refuse your request under section 14(1).",
            "The board has looked at your request and has decided to refuse it under section 14(1).",
            "Your request is refused as manifestly unreasonable.",
            "We must decline to comply with this request on grounds of cost.",
            "We are unable to answer your request because it would take too long to find the files.",
        ),
        (
            "We are unable to answer your request in full.",
            "We are unable to answer your request as it stands without a date range, so please tell us which years.",
            "We are unable to provide the names in part 2.",
            "We have refused two requests like this one this year.",
            "We looked at part 3 of the request and decided to refuse that part.",
        ),
        "a refusal of the request as a whole covers every question, whatever figures set the scene after it "
        "(SCHEMA hard cases: one refusal covering several questions)",
        needles=("refus", "declin", "able to answer", "able to comply", "able to respond"),
    ),
    Cue(
        "will_not_provide_whole",
        "whole_refusal",
        r"\b(?:we|i) (?:will|shall|are) not (?:be )?(?:providing|provide|releasing|release|disclosing|disclose|"
        r"supplying|supply) (?:you with )?(?:the|any|the requested) information(?: (?:you|that you) (?:have )?"
        r"(?:requested|asked for|sought))?\s*[.;]",
        1.0,
        (
            "We are not subject to the Act, and on this occasion we will not be providing the information.",
            "I will not release the information you requested.",
        ),
        (
            "We will not be providing the information for part 3.",
            "We will not release any information about individual staff, but the totals are below.",
        ),
        "a refusal of what was asked, named whole and ending the sentence, covers every question no sentence "
        "answers (a body outside the Act that gives nothing: SCHEMA, refused)",
        needles=("not be ", "not provid", "not releas", "not disclos", "not suppl"),
    ),
    Cue(
        "outside_the_act_whole",
        "whole_refusal",
        r"\b(?:unable|not able|cannot) (?:to )?(?:deal with|treat|process|handle|accept) (?:your|this|the) "
        r"(?:e-?mail|letter|correspondence|enquiry|message|request) as an? (?:valid )?(?:freedom of information |foi |"
        r"information )?request\b",
        1.0,
        ("We are not a public authority under the Act, so we cannot treat your email as a request under it.",),
        ("We can treat your email as a request under the Act.",),
        "a body outside the Act answers no question of the request (SCHEMA: refused, nothing given)",
        needles=(" as a request", " as an ", " as a valid", " as a freedom", " as a foi", " as a information"),
    ),
    Cue(
        "asked_for_already_published",
        "whole_published",
        r"(?:^|(?<=\n)|(?<=[.:!?] ))\s*(?:the )?information (?:that )?you (?:have )?(?:asked for|requested) is "
        r"already (?:published|publicly "
        r"available|reasonably accessible)\b(?![^.]{0,80}\b(?:below|attached|enclosed|as follows)\b)",
        1.0,
        (
            "The information you have requested is already published by Wibble Council in its annual statistics.",
            "Information you asked for is already publicly available on the Wibble Trust website.",
        ),
        (
            "The information you requested is already published; it is attached for ease.",
            "Some of the information you requested is already published.",
            "We hold the information you requested, and it is already published.",
        ),
        "a reply saying what was asked is already published (a sentence of its own, before the link and its section "
        "21) points to it for every question no sentence answers: each refused, the link no answer (SCHEMA: section "
        "21); not a whole refusal that overrides a question answered in its own words",
        needles=("information you", "information that you"),
    ),
    Cue(
        "all_asked_for_published",
        "whole_refusal",
        r"\ball (?:of )?(?:the )?information you (?:have )?(?:asked for|requested) is (?:already )?"
        r"(?:published|publicly available|reasonably accessible)\b[^.]*\bsection 21\b",
        1.0,
        (
            "All the information you asked for is already published, so section 21 applies.",
            "All of the information you have requested is publicly available and exempt under section 21.",
        ),
        (
            "All the information you asked for is attached.",
            "Some of the information you requested is already published under section 21.",
        ),
        "a reply saying every part it was asked is already published, relying on section 21, refuses every "
        "question, whatever links it then gives part by part (SCHEMA: section 21 and the link it gives)",
        needles=("information you",),
    ),
    Cue(
        "refusal_covers_all",
        "whole_refusal",
        r"\b(?:the|your|this) (?:whole|entire) request (?:may|must|will|can|should) (?:therefore )?be "
        r"(?:refused|declined)\b|"
        r"\b(?:notice|refusal|exemption|this|it|section \d+(?:\(\d\))?) (?:therefore |also )?"
        r"(?:applies|relates|extends) to (?:all|each|every one|every part) (?:of )?(?:the |your |these )?(?:[a-z]+ )?"
        r"(?:questions|parts|elements|points|requests)\b|"
        # the reply applying it: "we have applied section 12 to all five questions"
        r"\b(?:applied|apply|applying) (?:section \d+(?:\(\d\))?|(?:the|this) exemption) to (?:all|each|every one|"
        r"every part) (?:of )?(?:the |your |these )?(?:[a-z]+ )?(?:questions|parts|elements|points|requests)\b|"
        r"\b(?:this|it|the same|that) (?:therefore |also )?(?:applies|relates|extends) to (?:your )?(?:questions|parts|"
        r"points) \(?[0-9a-h]\)? (?:to|-|–) \(?[0-9a-h]\)?(?![\w)]| and)",
        1.0,
        (
            "As one part would exceed the limit, the whole request must be refused.",
            "Finding them would exceed the limit. This applies to parts 2 to 4 as well.",
            "The refusal therefore applies to all six questions.",
            "This notice applies to each of your questions.",
            "Section 14(1) applies to all parts of your request.",
            "We have therefore applied section 12 to all four questions.",
        ),
        (
            "Section 40(2) applies to part 3 of your request.",
            "The fee applies to all parts of the county.",
            "A request may be refused if it is vexatious.",
            "This applies to parts 2 to 4 and 6.",
            "We have applied section 40 to all names in the report.",
        ),
        "a refusal that says it covers every question covers every question, whatever figures set the scene "
        "around it (SCHEMA hard cases: one refusal covering several questions)",
        needles=(
            "whole request",
            "entire request",
            " to all ",
            " to each ",
            " to every ",
            "to questions",
            "to parts",
            "to points",
        ),
    ),
    Cue(
        "cannot_comply_with_request",
        "whole_refusal",
        r"\b(?:unable|not able|cannot|can ?not|not in a position) (?:to )?(?:comply|deal) with (?:(?:your|this|the) "
        r"(?:whole |entire )?request\b|it,? (?:because|as|since|on (?:the )?grounds)\b)",
        1.0,
        (
            "We regret that we are unable to comply with your request.",
            "Your letter has been read, and we are sorry that we cannot comply with it on grounds of cost.",
            "The trust cannot comply with this request because of the cost limit.",
            "I am afraid we are not in a position to comply with your request.",
        ),
        (
            "We are unable to comply with part 3 of your request.",
            "We were able to comply with your request.",
            "We cannot comply with it in full, so part of it is withheld.",
            "We are unable to deal with it within 20 working days.",
            "We are therefore unable to comply with it.",
        ),
        'a statement that the request as a whole (or "it", the request just named, for a reason given at once) '
        "cannot be met covers every question, as refuses_whole_request does",
        needles=("comply", "deal with"),
    ),
    Cue(
        "earlier_reply_recounted",
        "recounted_refusal",
        r"\b(?:our|the|its|that) (?:(?:original|initial|first|previous|earlier) (?:response|reply|letter)|"
        r"(?:response|reply|letter) (?:of|dated|sent on) \d{1,2}(?:st|nd|rd|th)? [a-z]+)\b",
        1.0,
        (
            "Our response of 4 March refused the whole request under section 12.",
            "The original reply refused your request as vexatious.",
        ),
        ("We refuse your request under section 12.", "This response refuses the whole request."),
        "a sentence that tells what the first reply did (in a review): a whole refusal it recounts is not this "
        "reply's, so it does not cover every question",
        needles=("original ", "initial ", "first ", "previous ", "earlier ", " of ", " dated ", " sent on "),
    ),
    # --- round 22
    Cue(
        "applies_to_request_as_whole",
        "whole_refusal",
        r"\b(?:applies|relates|extends) to (?:the|your|this) (?:(?:whole|entire) request|request (?:as a whole|in "
        r"(?:its entirety|full))|(?:whole|entirety) of (?:the|your|this) request)\b|"
        r"\bnot (?:obliged|required) to (?:comply with|answer|provide) any "
        r"(?:part|element|of the (?:questions|parts))\b",
        1.0,
        (
            "The cost exemption applies to your request as a whole.",
            "Section 14(1) therefore relates to the entire request.",
            "The council is not obliged to comply with any part of it.",
            "The exemption at section 12 relates to the whole of this request.",
            "We are not required to answer any of the questions you raised.",
        ),
        (
            "Section 43 applies to part of your request.",
            "The fee applies to the whole district.",
            "Section 40 applies to the whole of part 2 of the request.",
            "We are not obliged to comply with the second part of your request.",
        ),
        "a refusal said to cover the request as a whole, or every part of it, covers every question, as "
        "refusal_covers_all does",
        needles=("applies to ", "relates to ", "extends to ", "any part", "any element", "any of the "),
    ),
    Cue(
        "neither_confirm_whole_request",
        "whole_refusal",
        r"\bneither (?:to )?confirm\w* (?:n?or|and) den\w*\b[^.;]{0,80}?\b(?:(?:with)?in (?:the )?scope of|"
        r"covered by|relevant to|relating to|in relation to|described in|sought in|requested in) "
        r"(?:your|the|this) (?:whole |entire )?request\b",
        1.0,
        (
            "The agency neither confirms nor denies whether it holds any records within the scope of your request.",
            "We neither confirm nor deny holding information relevant to this request.",
        ),
        (
            "We neither confirm nor deny holding information relevant to part 2 of your request.",
            "The trust neither confirms nor denies whether the named officer was disciplined.",
        ),
        "a neither-confirm-nor-deny answer for whatever the request covers covers every question, as "
        "refuses_whole_request does",
        needles=("neither",),
    ),
    # --- round 30
    Cue(
        "work_for_every_part",
        "whole_refusal",
        r"\bto (?:answer|meet|comply with|respond to) (?:all|each|every one|every part) (?:of )?(?:the )?"
        r"(?:\w+ )?(?:parts|questions|elements|points) of (?:your|the|this) request,? (?:we|i|the [a-z]+|it) "
        r"would (?:need|have|require|take|involve)\b",
        1.0,
        (
            "To answer all four questions of your request we would need to read every case file.",
            "To meet each of the parts of the request, the unit would have to search its archive by hand.",
        ),
        (
            "To answer part 2 of your request we would need to read every case file.",
            "To answer all parts of your request we searched three systems.",
        ),
        "the work a cost refusal counts, said to be needed for every part of the request: the refusal covers every "
        "question, as refuses_whole_request does",
        needles=("to answer ", "to meet ", "to comply with ", "to respond to "),
    ),
    Cue(
        "none_said_alone",
        "bare_none",
        r"^\W*(?:(?:there|these) (?:were|was|are|is|have been|has been|had been) )?(?:none|nil|zero)(?: at all)?\W*$",
        1.0,
        ("There were none.", "None at all.", "There have been none."),
        ("There were none for longer than a year.", "None of the sites.", "There were 12."),
        "a sentence that is only 'none' answers a question for a count whole: later sentences with figures about "
        "another group are context and do not make it provided",
        needles=("none", "nil", "zero"),
    ),
    Cue(
        "asks_when",
        "asks_when",
        r"^\W*(?:(?:and|also|so|please (?:state|confirm|tell me)),? )?when\b|\b(?:by|from|until|since) when\b|"
        r"\bwhat (?:date|year|month)\b|\bon (?:what|which) date\b|"
        r"\bwhat (?:is|was|are|were) (?:(?:the|its|their|your|our) )?(?:[a-z'’-]+ ){0,3}(?<!\bto )(?:date|deadline)\b",
        1.0,
        (
            "When will the old depot close?",
            "By when must the works be finished?",
            "On what date did the lease end?",
            "What is the planned completion date for the new bridge?",
            "What was the deadline for the bids?",
        ),
        (
            "Where will the depot move to?",
            "How many depots closed when the scheme ended?",
            "What is the total cost of the works to date?",
            "What is the cost to date?",
        ),
        "a question that asks for a date: a first sentence naming a year answers it, whatever denial follows "
        "('No decision has been made to change it.')",
        needles=("when", "what date", "what year", "what month", "which date", "date", "deadline"),
    ),
    Cue(
        "asks_how_long",
        "asks_how_long",
        r"\bhow long\b|\b(?:waiting|wait|response|turnaround|processing) times?\b|"
        r"\baverage (?:wait|delay|duration|length of (?:stay|wait))\b|\bhow many (?:working )?(?:days|weeks|months)\b",
        1.0,
        (
            "How long do tenants wait for a repair?",
            "What is the average waiting time for an assessment?",
            "Please give the average wait from referral to first visit.",
            "How many working days does a licence take to issue?",
        ),
        (
            "How many tenants are waiting for a repair?",
            "What is the waiting list for allotments?",
            "When will the wait end?",
        ),
        "a question that asks for a length of time: a first sentence giving one answers it, whatever part is "
        "said after it not to be held ('We do not record the wait for home visits.')",
        needles=("how long", "time", "wait", "delay", "duration", "how many"),
    ),
    Cue(
        "holds_nothing_asked_for",
        "whole_not_held",
        r"\b(?:(?:does|do|did) not (?:therefore )?(?:hold|have)|(?:cannot|can ?not) hold) (?:any (?:of )?)?"
        r"(?:the |this )?information (?:that )?"
        r"(?:you (?:have )?(?:asked for|requested|sought)|(?:you )?(?:requested|sought)|within the scope of "
        r"(?:your|this|the) request|relevant to (?:any of )?your\s+questions(?:\s+\d+\s+(?:to|-|–)\s+\d+)?)"
        r"\b(?!,? (?:in|at|for|under|about) (?:part|question|point|item|q)\b)|"
        r"\b(?:holds?|have|has) no (?:recorded )?information (?:within the scope of|relevant to|that would answer) "
        r"(?:any (?:part|element) of )?(?:your|this|the)\s+request\b",
        1.0,
        (
            "I can confirm that the trust does not hold the information you have asked for.",
            "The board holds no information within the scope of your request.",
            "After a full search, we do not hold any of the information requested.",
            "The college did not have the information requested.",
            "The office has no information relevant to any part of this request.",
            "The board does not therefore hold the information you asked for on any point.",
            "The college does not hold any information relevant to your questions 1 to 4.",
            "We do not hold information relevant to any of your questions.",
        ),
        (
            "We do not hold the information you requested in part 3.",
            "We do not hold information on staff names.",
            "The council holds the information you asked for.",
            "We do not hold information relevant to your question 3.",
        ),
        "a statement that none of what was asked for is held covers every question that has no class of its own "
        "(SCHEMA hard cases: one not-held statement covering several questions)",
        needles=("hold", "not have", "have no", "has no"),
    ),
    Cue(
        "cannot_name_who",
        "split_refusal",
        r"\b(?:not able to|unable to|cannot|can ?not|will not|do not|are not in a position to) (?:name|identify) "
        r"(?:the|that|this|individual)\b",
        1.0,
        (
            "The largest single grant was £7,300. We are unable to name the recipient.",
            "The longest suspension lasted 40 days. We cannot identify the officer concerned.",
        ),
        ("We cannot identify any record of such a payment.", "We are unable to provide the figure."),
        "a refusal to say who a figure the answer gave belongs to, as split_refusal's withheld names: the figure "
        "is still given (SCHEMA hard cases)",
        needles=("name", "identify"),
    ),
    Cue(
        "period_figure_withheld",
        "split_refusal",
        r"\b(?:withhold(?:ing)?|withheld|not (?:disclosing|releasing|providing|giving)) (?:the |our )?"
        r"(?:(?:19|20)\d\d(?:/\d\d)? (?:figures?|spend|costs?|totals?|amounts?|data)\b|"
        r"(?:figures?|spend|costs?|totals?|amounts?|data) for (?:the )?(?:financial |calendar )?(?:year )?"
        r"(?:19|20)\d\d)|"
        r"\bthe (?:19|20)\d\d(?:/\d\d)? (?:figures?|spend|costs?|totals?|amounts?|data) (?:is|are) (?:being )?"
        r"(?:withheld|exempt|redacted|not (?:disclosed|released|given))\b",
        1.0,
        (
            "In 2022/23 the council spent £4,100 on signs. We are withholding the 2023/24 figure under section 22.",
            "Spend in 2023 was £9,800. The 2024 figure is withheld as it will be published in May.",
        ),
        (
            "We are withholding the figures under section 43(2).",
            "The 2024 figure is £9,800.",
        ),
        "a refusal of one year's figure after the answer gave another year's: the figure given still answers "
        "(SCHEMA: a refusal that still gives some figures)",
        needles=("withh", "not ", "exempt", "redacted"),
    ),
    Cue(
        "unit_price_withheld",
        "split_refusal",
        r"\b(?:withh[oe]ld\w*|redact\w*|not (?:disclos|releas|publish)\w*) (?:the )?(?:unit |individual )?"
        r"(?:prices?|costs?|rates?|fees?) (?:paid |charged )?(?:per|for each|of each) (?!hour\b|year\b)[a-z]+\b|"
        r"\b(?:unit|individual) (?:prices?|costs?|rates?|fees?)\b[^.;]{0,40}? (?:is|are) (?:being )?"
        r"(?:withheld|exempt|redacted|not (?:published|disclosed|released|given))\b",
        1.0,
        (
            "Spend on the contract was £52,000. The unit prices paid are exempt under section 43(2).",
            "We paid £8,300 in total. We have withheld the price per scan under section 43(2).",
        ),
        (
            "The total price is withheld under section 43(2).",
            "The unit price for a scan was £95.",
            "Prices rose by 4% per year.",
        ),
        "a refusal of the price of each unit after the first sentence gave the total: the total still answers "
        "(SCHEMA hard cases: a refusal that still gives some figures)",
        needles=(" per ", "each ", "unit ", "individual "),
    ),
    Cue(
        "named_parts_fall_away",
        "not_applicable",
        r"^\W*(?:parts?\s+)?\([a-h]\)(?:\s*(?:,|and|&|or)\s*\([a-h]\))*\s+"
        r"(?:(?:do|does|would) not|don't|doesn't|are not|is not|aren't|isn't)\s+(?:apply|applicable)\b",
        NA,
        ("(b) and (c) don't apply.", "Parts (b), (c) and (d) are not applicable."),
        ("(b) We do not apply a charge.", "(c) 14 calls were charged."),
        "the parts a numbered answer says fall away, cut from it by the segmenter (PARTS_FALL_AWAY)",
        needles=("apply", "applicable"),
    ),
    Cue(
        "question_falls_away",
        "not_applicable",
        r"\b(?:this|that|the) (?:question|part|item|point)(?: [\w()]{1,4})? (?:does not|doesn't|would not|cannot) "
        r"apply(?: to us\b|\b(?! to\b))|\b(?:these|those|the) (?:questions|parts|items|points) (?:do not|don't) "
        r"apply(?: to us\b|\b(?! to\b))|"
        r"\b(?:this|that|the) (?:question|part|item|point) (?:falls away|is not relevant)\b",
        NA,
        (
            "Since no fines were issued, this question does not apply.",
            "No vehicles were bought in the period, so the part does not apply.",
            "We keep no such register, so these questions do not apply to us.",
            "As no vans were leased, the parts do not apply.",
        ),
        (
            "As the names were given, the exemption does not apply.",
            "The charge does not apply to pensioners.",
            "The fees do not apply to us.",
        ),
        "a question that falls away because of what the sentence says before it (SCHEMA hard cases: N/A follows "
        "from an earlier answer), not a ground that does not apply",
        needles=("apply", "falls away", "not relevant"),
    ),
    Cue(
        "published_elsewhere",
        "published_elsewhere",
        r"\b(?:section|s\.?) ?21\b|\breasonably accessible\b|\b(?:accessible|available) (?:to you )?(?:by|via|through) "
        r"other means\b|\bcan be (?:found|accessed|viewed) (?:at|on|here|via)\b|\bhttps?://|\bwww\.",
        1.0,
        (
            "As the figures are reasonably accessible to you, they are exempt under section 21.",
            "The annual report can be found at the link below.",
            "See www.example.gov.uk/reports for the figures.",
        ),
        ("The figures for each year are given below.", "Section 2 of the report sets out the totals."),
        "section 21 and the link it gives: a link to where the information is published does not hand it over, "
        "and a refusal under section 21 with a link is refused (SCHEMA hard cases)",
        needles=("21", "accessible", "other means", "can be ", "http", "www."),
    ),
    Cue(
        "otherwise_accessible_foisa",
        "published_elsewhere",
        r"\bsection 25(?:\(1\))? of (?:the )?(?:foisa|freedom of information \(scotland\))|\b(?:otherwise|already) "
        r"(?:reasonably )?(?:accessible|obtainable)\b",
        1.0,
        (
            "The report is exempt under section 25(1) of FOISA as it is published online.",
            "As the figures are otherwise accessible to you, we need not provide them.",
        ),
        ("Section 25 of the report gives the totals.",),
        "the Scottish form of section 21: FOISA section 25, information otherwise accessible (SCHEMA hard cases)",
        needles=("section 25", "accessible", "obtainable"),
    ),
    Cue(
        "names_other_parts",
        "aside",
        r"\b(?:in respect of|in relation to|relating to|regarding|concerning|for|to|at|covers?|applies to) "
        r"(?:your |the )?(?:questions?|parts?|points?|items?|q) ?\(?[0-9a-h]\b\)?"
        r"(?:,? (?:and|&|to|-) (?:q ?)?\(?[0-9a-h]\b)?",
        1.0,
        (
            "This letter is a refusal notice under section 17 in respect of parts 2 and 4.",
            "Section 40(2) applies to question 3.",
            "Please treat this as a refusal notice under section 17 for Q2 and Q5.",
            "This is a refusal notice for the figures withheld at question 3.",
        ),
        ("This letter is a refusal notice under section 17.", "We do not hold this information."),
        "a later sentence that names the parts it is about speaks of other questions: it does not turn a yes/no "
        "answer stated in the sentences before it",
        needles=("question", "part", "point", "item", " q"),
    ),
    Cue(
        "withheld_at_part",
        "aside",
        r"\b(?:withheld|refused|redacted|exempt(?:ed)?) (?:at|in|from|for|under) \(?\d{1,2}\)? ?\([a-h]\)(?!\w)|"
        r"\b(?:withheld|refused|redacted|exempt(?:ed)?) (?:at|in|from|for|under) \d{1,2}[a-h](?!\w)",
        1.0,
        (
            "This is a refusal notice for the figures withheld at 3(c).",
            "Please read this as a refusal notice for the names redacted in 4b.",
        ),
        (
            "The names are withheld for 12 months.",
            "The figures were withheld in 2023.",
            "This is a refusal notice under section 17.",
        ),
        "a refusal notice naming a bare part label ('withheld at 2(b)') speaks of that part, not of the answer "
        "before it",
        needles=("withheld", "refused", "redacted", "exempt"),
    ),
    Cue(
        "notice_for_parts_withheld",
        "aside",
        r"\b(?:for|in respect of|in relation to|relating to|covering|to) (?:those|the|any) (?:parts?|elements?|"
        r"aspects?|questions?|items?)(?: of (?:your|the|this) request)?,? (?:that|which|where)\b[^.;]{0,30}?"
        r"\b(?:withheld|refused|exempt(?:ed)?|not (?:been )?(?:provided|disclosed|released))\b",
        1.0,
        (
            "This letter is a refusal notice under section 17 for those parts of your request that have been withheld.",
            "Please treat this as a refusal notice in respect of the elements of the request which are exempt.",
        ),
        (
            "This letter is a refusal notice under section 17.",
            "The names of staff are withheld under section 40(2).",
        ),
        "a closing refusal notice for whichever parts were withheld speaks of other questions, not of the answer "
        "it ends up under",
        needles=("part", "element", "aspect", "question", "item"),
    ),
    Cue(
        "concluded_denial",
        "stated_no",
        r"\b(?:therefore|thus|consequently|accordingly)\b[^.;?]{0,80}?\b(?:does|do|did|is|are|was|were|will|can) not "
        r"(?!(?:need|have to|require|know|hold|record|keep|possible|able|available|be|provid\w*|releas\w*|disclos\w*|"
        r"respond\w*|answer\w*|comply\w*|shar\w*|suppl\w*)\b)",
        1.0,
        (
            "The grant is therefore limited to residents of the borough and does not extend to visitors.",
            "Our contract thus covers the depot only, and it does not cover the parks.",
        ),
        (
            "The figures are therefore not held.",
            "The grant therefore reaches every household in the borough.",
            "The scheme therefore covers every ward.",
        ),
        "a denial stated as the conclusion of the sentences before it, its subject before 'therefore': it answers a "
        "yes/no question whose first sentence holds no yes or no, as stated_no does",
        needles=("therefore", "thus", "consequently", "accordingly"),
    ),
    Cue(
        "review_finding_no_verdict",
        "stated_no",
        r"\bnot (?:correctly|properly|rightly|appropriately) (?:applied|engaged|relied on|cited)\b|"
        r"\b(?:do|does|did|have|has) (?:(?:therefore|now|accordingly) )?not (?:uphold|upheld)\b",
        -1.0,
        (
            "I have therefore decided that the exemption was not correctly applied. Yes, the council has a policy.",
            "I therefore do not uphold the original decision. Yes, a policy was adopted in 2021.",
        ),
        (
            "The depot therefore does not open on Sundays.",
            "The exemption was correctly applied, so the figure is withheld.",
        ),
        "a veto: a review's finding that the first reply's ground or decision does not stand is no 'no' to the "
        "question asked (what follows it gives the answer)",
        needles=("applied", "engaged", "relied on", "cited", "uphold", "upheld"),
    ),
    Cue(
        "estimates_work",
        "cost_work",
        r"\b(?:would|need to|have to|hours?|limit|estimated?)\b",
        1.0,
        ("We would need to open each of the 4,501 case files.", "Reading 900 letters takes 40 hours."),
        ("There were 312 ferry crossings cancelled.", "External costs were £3,450."),
        "the work a cost-limit refusal estimates: a figure in that sentence counts the work, not what was asked",
        needles=("would", "need to", "have to", "hour", "limit", "estimate"),
    ),
    Cue(
        "costed_part",
        "costed_part",
        r"\b(?:the )?(?:only|external|direct|third[- ]party|outside) (?:[a-z]+ )?(?:costs?|fees?|spend|expenditure)\b"
        r"[^.;]{0,80}?(?:£|\b(?:was|were|came to|totalled|amounted to)\b)|"
        r"\b(?:however|but|although)\b[^.;]{0,40}?\b(?:spen[dt]|paid|pay|incurred?)\b[^.;]{0,20}?£|"
        r"\b(?:costs?|spend|expenditure)\b[^.;]{0,40}?\b(?:is|are|was|were) budgeted at £",
        1.0,
        (
            "External costs were £3,450.",
            "The licensing team's running costs are budgeted at £210,000 this year.",
            "The council has, however, spent £2,150 on a barrister for one hearing.",
            "The only cost we incurred was a barrister's fee of £900.",
            "Direct spend on the consultants came to £12,400.",
        ),
        ("Costs are not recorded by case.", "The only reason was staffing.", "However, £500 was budgeted."),
        "after a sentence saying the full cost is not held, or that none of a narrower cost arose, the part of it "
        "that is costed, or a sum spent after all, answers a cost question",
        needles=("only", "external", "direct", "third", "outside", "however", "but", "although", "budgeted at"),
    ),
    Cue(
        "estimate_given",
        "estimate_given",
        r"\b(?:gives?|giving|produces?|comes? to|arrives? at|results? in) an? (?:estimated|approximate) "
        r"(?:[a-z]+ ){0,2}(?:of )?£?\d(?![\d,.]* ?(?:hours?|minutes?|days?)\b)|"
        r"\bwe (?:would )?estimate (?:the |this |that |our )?(?:[a-z]+ ){0,3}(?:at|to be|as) "
        r"(?:about |around |roughly |approximately )?£?\d(?![\d,.]* ?(?:hours?|minutes?|days?)\b)",
        1.0,
        (
            "Multiplying the call-outs by the crew rate gives an estimated total of £18,200 for 2023.",
            "We estimate the annual cost at around £7,500.",
            "On that basis we estimate the number of visits to be 640.",
        ),
        ("It would take an estimated 40 hours to check.", "We estimate the work at 25 hours.", "An estimated cost."),
        "after a sentence saying a figure is not recorded, an estimate the body works out and gives answers a "
        "question asking for the figure",
        needles=("estimate", "approximate"),
    ),
    Cue(
        "no_before_noun",
        "no_noun",
        r"^\W*no\s+(?!not\b|never\b|longer\b|thanks?\b)[a-z]{3,}(?:\s+[a-z]|\W*$)",
        1.0,
        ("No libraries closed in the year.", "No charges were brought.", "No records"),
        ("No.", "No, never.", "No not currently.", "No longer in use.", "No thanks is needed."),
        "'no' before a noun says that nothing exists: to an open question it is a none, not a no",
        needles=("no",),
    ),
    Cue(
        "no_set_apart",
        "no_alone",
        r"^\W*no\s*(?:[,:;|]|\s[-–—]\s)|^\W*n\s*(?:\||$)",
        1.0,
        (
            "No, the scheme has no waiting list.",
            "No: every bin was replaced in 2022.",
            "No - the post was cut.",
            "N | no funding is set aside this year",
        ),
        ("No bins were replaced.", "No longer offered, the scheme closed.", "Nobody applied.", "N/A"),
        "'no' set apart by a mark or a table's cell border answers no, as 'No.' alone does, whatever the sentence "
        "after it says; to an open question (one the reply reports as 'whether any', or one not found) too: it is "
        "not a none; so does a bare N in a yes/no column",
        needles=("no", "^n"),
    ),
    Cue(
        "plan_denied_alone",
        "no_alone",
        PLAN_DENIED,
        1.0,
        ("Wibble Council has no plans to reduce opening hours.", "No closure is proposed."),
        ("Two closures are proposed.", "No closures took place."),
        "a plan denied is a no to an open question too: the question asks whether it will happen (plan_denied)",
        needles=PLAN_DENIED_NEEDLES,
    ),
    Cue(
        "scheme_not_joined_alone",
        "no_alone",
        NOT_JOINED,
        1.0,
        ("Wibble Council has not signed up to the protocol.", "The board is not a signatory to the code."),
        ("The protocol has not been signed yet.", "We signed up to the protocol in 2019."),
        "a scheme not joined is a no to an open question or a heading too: it asks whether the body has joined "
        "(scheme_not_joined)",
        needles=NOT_JOINED_NEEDLES,
    ),
    Cue(
        "no_after_naming_question",
        "no_alone",
        r"^\s*(?:on|in response to|regarding|with regard to|turning to|as to|for) (?:your |the |our )?"
        r"[a-z0-9 ]{0,20}(?:question|part|point)[a-z0-9 ().]{0,8}[:,-]\s*no\s*[.!]?\s*$",
        1.0,
        ("On the third question, no.", "Turning to part 2: no"),
        ("On question 3, no information is held.", "For question 2, none.", "On question 5, no charges were brought."),
        "a bare no after words naming the question it answers is a no, even where the question was not read as "
        "yes/no (it asked whether and then how many)",
        needles=("no",),
    ),
    Cue(
        "bare_zero",
        "bare_zero",
        r"^\W*(?:none|nil|zero|£?0(?:\.0+)?)\W*$",
        1.0,
        ("Nil.", "0", "£0.00", "None"),
        ("None of the sites.", "0.5 hours", "10"),
        "an answer that is nothing but nought counts nought: to a yes/no question it does not deny",
    ),
    Cue(
        "no_other",
        "aside",
        r"^\W*(?:there (?:is|are|was|were|has been|have been) )?no (?:other|further|more|additional)\b|"
        r"\bnone other\b|\bno (?:other|further|additional) [a-z]+ (?:has|have|had|was|were|is|are)\b",
        1.0,
        ("No other depot has been sold in the period.", "There were no further closures."),
        ("No depot has been sold.", "There were no closures."),
        "a later 'no other' limits what the sentences before it said was so: it does not deny it",
        needles=("other", "further", "more", "additional"),
    ),
    Cue(
        "ground_added_for_part",
        "ground_added_for_part",
        r"\b(?:withhold(?:ing)?|withheld|refus(?:e|ed|ing)|exempt)\b[^.;]*?, (?:and|also),? (?:in respect of|for|in "
        r"relation to|as to|regarding) (?:part|question|q|item)s? ?\(?[0-9a-h]",
        1.0,
        (
            "We are withholding this information under section 36, and, in respect of part 2, section 42.",
            "The information is exempt under section 43, and for question 4 also under section 41.",
        ),
        (
            "We have withheld part (b) under section 43(2).",
            "This is a refusal notice in respect of parts 2 and 3.",
        ),
        "a refusal of the information as a whole, then a further ground named for one part, refuses every part the "
        "answer covers, not only the one named",
        needles=("withh", "refus", "exempt"),
    ),
    Cue(
        "breakdown_not_held",
        "aside",
        r"\b(?:do|does|did) not (?:hold|record|keep|collect)\b[^.;]{0,80}?\b(?:broken down|split|analysed|"
        r"categori[sz]ed) (?:by|between|according to)\b",
        1.0,
        (
            "Refunds are paid to every customer. We do not hold refund claims broken down by whether the bus ran.",
            "The council does not record grants split by ward.",
        ),
        ("We do not hold refund claims.", "The figures below are broken down by ward."),
        "a later sentence saying only a breakdown is not held leaves the yes or no stated before it standing",
        needles=("broken down", "split", "analysed", "categori"),
    ),
    Cue(
        "original_answer_wrong",
        "overturned",
        r"(?<!think )(?<!believe )(?<!consider )(?<!feel )"  # "appeal if you think it is incorrect": no verdict
        r"\b(?:that|this|it|the (?:original |previous |earlier |initial |first )?(?:answer|response|reply|position))"
        r"(?: given| sent)? (?:was|is|had been) (?:incorrect|wrong|not correct|inaccurate|mistaken|in error|"
        r"incomplete)\b|"
        r"\bi (?:(?:do not|cannot|can not) agree|disagree) with (?:this|that|the) (?:original |previous |earlier |"
        r"initial )?(?:answer|response|reply|decision|position)\b|"
        r"\b(?:do not|cannot|can not|decided not to|(?:have|has) (?:(?:therefore|now|accordingly) )?not) "
        r"(?:uphold|upheld) (?:this|that|the) (?:original |previous |earlier |initial )?"
        r"(?:answer|response|reply|decision|refusal)\b|"
        r"\b(?:i|we) (?:have )?(?:(?:therefore|now|accordingly) )?(?:decided to )?overturn(?:ed)?\b|"
        r"\b(?:is|was|has been|have been) overturned\b|"
        r"\bthe (?:original |previous |earlier |initial |first )(?:answer|response|reply|decision|refusal) "
        r"(?:is|was|has been) not upheld\b|"
        r"\bshould have been (?:provided|disclosed|released|given)\b|\b(?:is|was|are|were) (?:in fact|actually) held\b|"
        r"\b(?:further|fresh|new|wider|additional) searches (?:have )?(?:found|located|identified|shown)\b|"
        r"\bhaving searched again\b",
        1.0,
        (
            "The first reply said we hold no figures. That was wrong. We paid £4,200 in 2024.",
            "Original answer: Not held. Review: I do not agree with this answer. The log shows 31 visits.",
            "The reply refused this part. I have overturned that decision, and the total is 14.",
            "Not held. I have decided not to uphold the original response: the log shows 31 visits.",
            "The first reply said this was not held. The figure is in fact held: 31 visits were logged.",
            "We said no records were kept. The original reply was incomplete; 31 visits were logged.",
            "We said no contract existed. Further searches have found one, worth £9,000 a year.",
            "Our reply said this was not held. Having searched again, we can tell you that 31 visits were logged.",
            "The first reply refused this part. We have therefore decided to overturn that decision: the total is 14.",
            "The first reply said this was exempt. The initial decision is not upheld, and the total is 14.",
            "We first said this was not held. I have therefore not upheld that response: the log shows 31 visits.",
        ),
        (
            "Not held. The original answer was correct and is upheld.",
            "We do not hold it. I agree with the original response.",
            "Not held. That was the position in 2023 too.",
            "Not held. I do not uphold your complaint.",
            "Wibble Council refused this part. You may appeal if you think it is incorrect.",
        ),
        "in an internal review, a later sentence that sets the original answer aside: the answer is what follows it",
        needles=(
            "incorrect",
            "wrong",
            "not correct",
            "inaccurate",
            "mistaken",
            "in error",
            "incomplete",
            "agree",
            "uphold",
            "upheld",
            "fact held",
            "actually held",
            "searches ",
            "searched again",
            "overturn",
            "should have been",
        ),
    ),
    Cue(
        "no_cost_to_the_body",
        "nil_cost",
        r"\b(?:(?:there is |has |have )?no (?:contract )?(?:value|fee|charge|payment)s? (?:is |are )?"
        r"(?:payable|paid|due|attached|involved|$)|no contract value|"
        r"(?:nil|zero|no)[- ](?:cost|value|fee) (?:contract|arrangement|basis)|"
        r"(?:(?:at|for) (?:nil|zero)|(?:at|for|is|of) no) cost to (?:the|our|this) "
        r"(?:council|authority|trust|force|board|body)|"
        r"(?:has|have|had|of|carries|carry) no value to (?:the|our|this) |"
        r"value(?: is| was|:) (?:nil|zero|£0(?:\.0+)?)(?!\.?\d|,\d)|"
        r"(?:pays?|paid) no (?:fee|charge|payment)s?)\b",
        1.0,
        (
            "No fee is paid by the authority for this service.",
            "The firm works under a nil-cost arrangement.",
            "There is no contract value, as the agents recover their charges from debtors.",
            "They act at no cost to the council.",
            "There is no cost to the authority under the agreement.",
            "The agreement carries no value to the trust.",
            "The yearly contract value is nil, as the agents are paid by debtors.",
            "Contract value: £0.",
            "The borough pays no fee to the firm.",
        ),
        (
            "The contract value is £12,000 a year.",
            "No payment was made in 2023, but £900 was paid in 2024.",
            "There is no contract with an outside firm.",
            "Contract value: £0.5m.",
        ),
        "a sentence saying the firms or agents a first sentence named cost the body nothing ('Which firms do you use, "
        "and what is each contract worth?' 'We use two firms. Both work on a nil-cost basis.'): the names answer, the "
        "nil cost completes them, and the answer is provided, not none",
        needles=("no", "nil", "zero", "£0"),
    ),
    Cue(
        "asks_names_and_their_cost",
        "asks_name_and_cost",
        r"\b(?:names?|firms?|compan(?:y|ies)|suppliers?|providers?|contractors?|agen(?:ts?|cy|cies)|who)\b[^?]{0,80}?"
        r"\band (?:the |their |its |what )?(?:contract |each )?(?:value|cost|price|fee|amount|sum)s?\b",
        1.0,
        (
            "Please name the suppliers used and the value of each contract.",
            "Which contractors do you use and their costs?",
            "Agents instructed and contract values",
        ),
        ("What is the value of each contract?", "Name the suppliers used.", "How many firms and agencies are used?"),
        "read on a question: it asks who and what they cost, so a first sentence naming them answers it even where a "
        "later one says they cost nothing (nil_cost)",
        needles=("and",),
    ),
    Cue(
        "list_not_held_but_given",
        "held_otherwise",
        r"\b(?:do|does|did) not (?:hold|keep|maintain|have|record|compile) (?:a |an |any )?"
        r"(?:single |central |formal |complete |specific )?(?:list|register|log|record|breakdown|database|spreadsheet|"
        r"report|table|figure|count|total)s?\b[^.;:]{0,80}?,? but (?!you\b|please\b|we (?:can|could|would) "
        r"(?:suggest|recommend|advise)\b|(?:it|this|that|the information|they|these|such information) "
        r"(?:may|might|could|would|is|are) (?:be )?held\b|(?:it|this|that|they) (?:may|might|could)\b)",
        1.0,
        (
            "We do not hold a list of late claims, but our case system shows that 212 took longer.",
            "The trust does not keep a register of these as such, but the main suppliers are:",
            "We do not hold a breakdown by ward, but the total for the borough was £41,000.",
        ),
        (
            "We do not hold a list of late claims, but you may wish to ask the Department.",
            "We do not hold this information, but our annual report gives the totals.",
            "The council does not keep a register, but it may be held by the county council.",
            "We do not hold a list of late claims.",
        ),
        "a sentence saying a list, record or breakdown is not held 'as such', then giving what is after its 'but': "
        "the answer is what follows, not a statement that nothing is held",
        needles=("not ",),
    ),
    Cue(
        "separate_thing_denied",
        "narrower_denial",
        r"\b(?:(?:do|does|did) not (?:hold|have|keep|maintain|run|operate)|(?:holds?|keeps?|has|have) no|"
        r"there (?:is|are) no) (?:a |an |any )?(?:separate|distinct|other|further|additional)\b",
        1.0,
        (
            "We do not hold a separate agreement with the caterer.",
            "The board keeps no other register of these.",
            "There is no separate contract for the cleaning.",
        ),
        ("We do not hold a contract for this.", "There is no register.", "Other records are held by the board."),
        "a later denial of a separate or other thing than the one a first sentence named: after that sentence answers "
        'an open question asking for no figure ("Who runs it?" "A trust runs it. We have no other contract."), '
        "it limits what was said and does not turn the answer",
        needles=("not ", "no "),
    ),
    Cue(
        "alternatives_denied",
        "narrower_denial",
        r"^no\s+(?:[a-z-]+\s+){1,4}or\s+(?:[a-z-]+\s+){1,3}(?:was|were|has been|have been)\s+"
        r"(?:used|drawn on|involved|required)\b",
        1.0,
        (
            "No reserves or borrowing were used.",
            "No agency or bank staff were involved.",
            "No council tax or parking income has been used.",
        ),
        ("No funding was used.", "No staff were involved.", "We used no reserves or borrowing."),
        "a sentence denying the alternatives to what a first sentence named ('How was it paid for?' 'From a "
        "government grant. No reserves or loans were used.'): it limits the answer and does not make it none",
        needles=("no ",),
    ),
    Cue(
        "held_in_a_whether_clause",
        "overturned",
        r"\b(?:whether|if)\b[^.;]{0,60}?\b(?:is|was|are|were) (?:in fact|actually) held\b",
        -1.0,
        ("We neither confirm nor deny that we hold it. We take this line whether or not a record is in fact held.",),
        ("The first reply said this was not held. The figure is in fact held: 31 visits were logged.",),
        "a veto: 'is in fact held' inside a whether-clause is hypothetical (a neither-confirm-nor-deny reason), it "
        "sets no earlier answer aside",
        needles=("in fact held", "actually held"),
    ),
    Cue(
        "exemption_set_aside",
        "refused",
        r"(?<!if )(?<!whether )(?<!unless )(?<!duty in )(?<!duty under )\b(?:section|s\.?|regulation|exemptions?)\b"
        r"[^.;]{0,40}?\b"
        r"(?:(?:is|was|are|were) (?:not|no longer) engaged|(?:does|did|do) not apply(?! to\b)|"
        r"(?:is|was|were|had been) (?:wrongly|incorrectly) (?:applied|engaged|relied on))"
        r"(?![^.;]*\b(?:but|however|although|except)\b)|"
        r"\bnot (?:satisfied|persuaded|convinced) that (?:the )?(?:disclosure|release|exemption|section)\b|"
        r"\bdisclosure (?:of [^.;]{0,60})?would not (?:be likely to )?(?:prejudice|harm|damage|endanger|undermine)\b",
        -1.0,
        (
            "Section 31 is not engaged, so the log is released to you in full.",
            "On review, the exemption was wrongly applied; the totals are set out below.",
            "I am not persuaded that disclosure of the totals would harm the supplier.",
            "Disclosure of the yearly total would not prejudice anyone's commercial interests.",
        ),
        (
            "Section 40 is engaged and the names are withheld.",
            "Section 43 is not engaged, but the names are withheld under section 40.",
            "The exemption does not apply to the totals, which are given; the names are withheld.",
            "Even if section 35 did not apply, the names would be withheld under section 40.",
            "We neither confirm nor deny it: the duty in section 1(1)(a) does not apply, by virtue of section 30(3).",
        ),
        "a veto: an internal review (or a reply) that names a ground only to say it does not apply, or that "
        "disclosure would harm nothing, refuses nothing (SCHEMA: a review that overturns a refusal provides)",
        needles=("engaged", "not apply", "wrongly", "incorrectly", "satisfied", "persuaded", "convinced", "would not"),
    ),
    Cue(
        "quantity_not_held",
        "aside",
        r"\b(?:do|does|did) not (?:hold|keep|record|collect|have|know) (?:a |any )?(?:(?:separate |central |detailed )?"
        r"(?:record|figure|breakdown|data|count|total)s? (?:of|on|for) )?(?:how (?:much|many|often)|the (?:number|"
        r"amount|cost|value|total|proportion) of)\b|"
        r"\b(?:how (?:much|many|often)|the (?:number|amount|cost|value) of) [^.;]{0,80}?"
        r"\b(?:is|are) not (?:recorded|held|captured|kept|collected)\b",
        1.0,
        (
            "We do not hold a separate record of how much is paid at that rate.",
            "The number of staff who use it is not recorded.",
            "We do not record how many staff use it.",
        ),
        ("We do not hold this information.", "We do not record whether staff use it."),
        "a later sentence that says a quantity is not held speaks of a detail a yes/no question did not ask: "
        "it does not turn the answer given before it",
        needles=(
            "not hold",
            "not keep",
            "not record",
            "not collect",
            "not have",
            "not recorded",
            "not held",
            "not captured",
            "not kept",
            "not collected",
        ),
    ),
    # --- round 23 (tests/blind23)
    Cue(
        "names_other_requests",
        "aside",
        r"\b(?:in respect of|in relation to|relating to|regarding|concerning|for|to|at|covers?|applies to) "
        r"(?:your |the )?requests? ?\(?\d{1,2}\b\)?(?:,? (?:and|&|to|-) \(?\d{1,2}\b)?",
        1.0,
        (
            "Please take this letter as a refusal notice under section 17 in respect of request 3.",
            "The exemption applies to requests 2 and 5.",
        ),
        ("Please take this letter as a refusal notice in respect of your request.", "We refuse your request."),
        "a closing sentence naming the numbered requests it is about (as names_other_parts does for questions and "
        "parts) speaks of other questions, not of the answer it ends up under",
        needles=("request",),
    ),
    Cue(
        "none_then_so_not_held",
        "none_reason",
        r"^\W*no (?!(?:[a-z]+ )?(?:records?|data|information|details|requirement|obligation|system|field|category|"
        r"central)\b)[a-z]+\b[^.;:]{0,100}?\b(?:has|have|was|were|had)(?: been)? [a-z]+ed\b[^.;:]{0,100}?,? "
        r"(?:and )?(?:so|therefore|hence|consequently|which means)\b",
        1.0,
        (
            "No survey of the pier has been carried out since 2019, so the information is not held.",
            "No licence was issued to the operator and therefore we hold nothing.",
        ),
        (
            "No records were kept before 2020, so the figures are not held.",
            "No field has been created to capture this, so it is not held.",
            "We do not hold this, so no reply is possible.",
        ),
        "a not-held sentence that opens by saying the thing was never made or done gives that as its reason: none "
        "(SCHEMA hard cases)",
        needles=("no ",),
    ),
    Cue(
        "received_none",
        "none_reason",
        r"\b(?:has|have|had) (?:received|made|paid|issued|awarded) no "
        r"(?!(?:[a-z]+ )?(?:records?|data|information|details|requests?|figures?)\b)[a-z]+",
        1.0,
        (
            "Not held. The council has received no grants from the fund for this.",
            "We do not hold this. The board has made no payments to the charity.",
        ),
        (
            "Not held. The council has received no request for these records.",
            "We have made no central record of these visits, so it is not held.",
        ),
        "a not-held answer beside a sentence saying the body received or paid nothing says the thing is nought: "
        "none (SCHEMA hard cases)",
        needles=(" no ",),
    ),
    Cue(
        "not_done_so_nothing_held",
        "none_reason",
        r"^\W*(?:we|it|they|the [a-z]+(?: [a-z]+)?) (?:has|have|had|did|does|do) not (?:yet |ever )?"
        r"(?:(?!\b(?:records?|data|information|figures|details|statistics|record|recorded|keep|kept|hold|held|"
        r"collect|collected|retain|retained|log|logged|capture|captured|track|tracked|monitor|monitored|collate|"
        r"collated|compile|compiled|store|stored|maintain|maintained|"
        # nor owning or running what another body provides (that body holds it): not held
        r"own|owns|manage|manages|operate|operates|responsible)\b)[^.;:,]){1,100}?,? "
        r"(?:and )?(?:so|therefore|hence|consequently|which means)\b[^.;:]{0,40}?"
        r"\b(?:no (?:information|records?|data|documents?)|nothing|not held)\b",
        1.0,
        (
            "The trust has not commissioned a survey of the site, so no information is held.",
            "We did not hire consultants for this project, so there are no records of the kind you ask for.",
        ),
        (
            "The council has not recorded the reason for each call, so no information is held.",
            "We do not keep data on the time of each visit, so there is nothing to provide.",
            "The council does not see or log these calls, so no information is held.",
            "We have not yet finished the audit, so the figures cannot be given.",
            "The college does not own or manage the sports hall, so we hold no information on its bookings.",
            "The parish does not operate the bus service, so no information is held about its timetable.",
        ),
        "a not-held sentence that opens by saying the body never did the thing asked about gives that as its "
        "reason: none (SCHEMA hard cases), not where what was not done is keeping a record, nor where it is owning, "
        "managing or running a thing that exists but is another body's (that body holds it: not held)",
        needles=("so", "therefore", "hence", "consequently", "which means"),
    ),
    Cue(
        "nothing_follows_from_no",
        "not_applicable",
        r"^\W*(?:as|since|because|given that) (?:there (?:is|are|was|were|has been|have been) )?no "
        r"(?!(?:[a-z]+ )?(?:records?|data|information|details)\b)[^.;:,]{1,80}, (?:there is |we have )?"
        r"nothing (?:further |more |else )?to (?:provide|give|supply|answer|report|add)\b",
        NA,
        (
            "As no fine was issued, there is nothing to provide on the amount.",
            "Since there were no grants, we have nothing further to answer here.",
        ),
        ("As no records are kept, there is nothing to provide.", "There is nothing to provide."),
        "a follow-up that falls away because the thing an earlier answer denied never happened is not applicable "
        "(SCHEMA hard cases)",
        needles=("nothing",),
    ),
    # --- round 33 (tests/blind33)
    Cue(
        "no_set_level",
        "none",
        r"\b(?:does|do|did) not (?:set|specify|prescribe|stipulate|mandate|fix) (?:a|any) (?:minimum|maximum|fixed|"
        r"set|target|mandatory|standard|required)\b",
        NONE,
        (
            "The trust does not set a minimum number of shifts a locum must work.",
            "We do not specify any maximum length for a tenancy visit.",
            "The board did not fix a target for response times in 2023.",
        ),
        (
            "The council sets a minimum of two inspections a year.",
            "We do not set the fee; it is fixed by statute.",
        ),
        "a level the question asks for that the body does not set does not exist: none",
        needles=(" not ",),
    ),
    Cue(
        "did_what_was_asked",
        "yes",
        r"^(?:[^.;:?!]{1,60}[,:]\s*)?(?:it|we|they|(?:the |our )?[a-z]+) "
        r"(?:has|have|had|did) (?:already |previously |indeed )?(?:done so|looked (?:at|into) (?:this|it|that)|"
        r"considered (?:this|it|that|doing so)|explored (?:this|it|that))\s*(?:[.;:!]|$)",
        YES_NO,
        (
            "The council has considered this.",
            "On your last question, the board has looked into it; a report follows in May.",
            "We have done so.",
        ),
        (
            "We have looked into this and hold no records.",
            "The council has not done so.",
            "The council has considered this request under section 12.",
        ),
        "an affirmation that the body did what a yes/no question asked, naming it by a pronoun ('Have you considered "
        "X?' - 'We have looked at this.'), is a yes whatever the detail after it",
        needles=("done so", "looked", "considered", "explored"),
    ),
    Cue(
        "count_shown_by_other_records",
        "estimate_given",
        # "\s+": the reading view joins a wrapped line with its indent, so a gap may be several spaces
        r"\b(?:these|they|which|(?:the|our|their|its) (?:[a-z]+['’]s )?[a-z]+(?: of [a-z]+)?)\s+"
        r"(?:show|shows|showed|indicate|indicates|indicated)\s+that\s+"
        r"(?:a total of |around |about |approximately |roughly |some )?"
        r"(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?!(?:hours?|minutes?|days?|per ?cent)\b)[a-z]",
        1.0,
        (
            "The contractor's invoices show that 212 bins were replaced in 2023.",
            "We keep the delivery notes, and these show that about 1,400 files were scanned.",
        ),
        (
            "Our records show that 2019 was the last year of the scheme.",
            "The logs show that 40 hours were spent on it.",
            "These show that the figure fell.",
        ),
        "after a not-held count, the same count read from other records the body keeps (a supplier's certificates, "
        "invoices) answers the question, as an estimate does",
        needles=("show", "indicate"),
    ),
    Cue(
        "count_for_one_part",
        "estimate_given",
        r"\b(?:we|i) (?:can|are able to|am able to) (?:confirm|tell you|advise|report) that,? (?:for|in|at|within|on) "
        r"[^.;]{1,80}?,? (?:a total of |around |about |approximately )?(?!(?:19|20)\d\d\b)\d[\d,]*"
        r"(?: of \d[\d,]*)?\s+(?!(?:hours?|minutes?|days?|weeks?|months?|years?|per ?cent)\b)[a-z]",
        1.0,
        (
            "We can confirm that for the north depot alone, 37 of 120 bins were replaced.",
            "I can tell you that in the largest school, 14 pupils were excluded.",
        ),
        (
            "We can confirm that for this request no information is held.",
            "We can confirm that for the 12 months to March the figure is not held.",
            "We can confirm that in 2023 the policy was reviewed.",
        ),
        "after a not-held count of the whole, the count the body gives for one part of it (one site, one contract) "
        "answers the question in part: provided, as a figure offered beside a refusal is (SCHEMA hard cases)",
        needles=("confirm", "tell you", "advise", "report"),
    ),
    # --- round 33, second pass (cls2)
    Cue(
        "not_taken_out_any",
        "none",
        r"\b(?:has|have|had) (?:not|never) (?:yet |ever )?"
        r"(?:taken|drawn|given|paid|set|put|built|written|sent|brought|lent) (?:out|up|down|off) any\b"
        r"(?! (?:relevant |such |recorded )?(?:information|data|records?|documents?|details|figures)\b)",
        NONE,
        (
            "The parish has not taken out any loans.",
            "We have never drawn down any of the grant.",
            "The board has not set up any working groups this year.",
            "The council has not written off any debts since 2021.",
        ),
        (
            "The parish has taken out two loans.",
            "The council has not taken out the loan yet.",
            "We have not given up any records of the meeting.",
        ),
        "a thing the body never took out, drew down, set up or wrote off (a verb with its particle) does not exist: "
        "none, as does_not_have reads 'has not commissioned any'",
        needles=(" not ", " never "),
    ),
    Cue(
        "not_taken_on_any",
        "none",
        r"\b(?:has|have|had) (?:not|never) (?:yet |ever |been able to |managed to )?"
        r"(?:accept(?:ed)?|tak(?:en|e) on|register(?:ed)?|admit(?:ted)?|enrol(?:led)?|recruit(?:ed)?|"
        r"appoint(?:ed)?|hired?) any\b"
        r"(?! (?:relevant |such |recorded )?(?:information|data|records?|documents?|details|figures|requests?)\b)",
        NONE,
        (
            "The surgery has not been able to accept any new patients since 2023.",
            "We have not recruited any apprentices this year.",
            "Wibble Academy has never admitted any pupils from outside the county.",
        ),
        (
            "The surgery has accepted 40 new patients.",
            "We have not been able to accept any requests by post.",
            "We have not accepted the tender yet.",
        ),
        "a body that has taken on, admitted or recruited nobody says the count is nought: none, as "
        "not_taken_out_any reads 'has not taken out any'",
        needles=(" not ", " never "),
    ),
    Cue(
        "narrowed_to_direct",
        "narrowed_by",
        r"\b(?:do|does|did|has|have|had) not [a-z]+ (?:any|an?|the) (?:[a-z-]+ ){1,5}?"
        r"(directly|itself|themselves|in-house|in house)\b",
        1.0,
        (
            "The council does not run any leisure centres directly.",
            "We have not employed any cleaners in-house since 2020.",
            "The trust does not operate the car parks itself.",
        ),
        ("The council runs two leisure centres directly.", "We do not deal with it directly."),
        "a denial of things the body runs itself leaves what it funds or pays others to do: a later figure "
        "answers a question that does not ask for the direct part only (foitrack.extract.answers)",
        needles=("directly", "itself", "themselves", "in-house", "in house"),
    ),
    Cue(
        "narrowed_to_one_kind",
        "narrowed_by",
        r"\b(?:do|does|did) not (?:[a-z]+ ){1,2}?(?:an?|any) "
        r"(?!(?:such|other|further|more|relevant|recorded|specific|dedicated|separate|individual|formal|specialist)\b)"
        r"([a-z]+) [a-z]+\s*(?:[.;]|$)",
        1.0,
        (
            "Members do not receive a travel allowance.",
            "The club does not pay any membership fees.",
        ),
        (
            "Members do not receive any allowance.",
            "We do not have a dedicated budget.",
            "We do not pay a travel allowance to members of the board.",
        ),
        "a denial of one kind of a thing, named by a word before its noun ('a travel allowance'), leaves other "
        "kinds: a later figure answers a question that does not name that kind (foitrack.extract.answers)",
        needles=(" not ",),
    ),
    # --- round 36 (cls)
    Cue(
        "not_obliged_to_comply_with_request",
        "whole_refusal",
        r"\bnot (?:obliged|required|bound) to (?:comply with|respond to|meet) (?:your|this|the) (?:whole |entire )?"
        r"request\b",
        1.0,
        (
            "The board is therefore not obliged to comply with your request.",
            "As the limit would be exceeded, we are not required to comply with this request.",
        ),
        (
            "We are not obliged to comply with the third part of your request.",
            "The council is not required to comply with requests for published reports.",
        ),
        "a cost or vexatious refusal saying the body need not comply with the request covers every question, "
        "as cannot_comply_with_request does",
        needles=("not obliged", "not required", "not bound"),
    ),
    Cue(
        "counts_records_in_scope",
        "scope_count",
        r"\b(?:fall|falls|fell|come|comes|came) within (?:this|that|the|your) (?:description|criteria|request)\b|"
        r"\b(?:match|matches|matched|meet|meets|met) (?:this|that|the|your) (?:description|criteria)\b|"
        r"\b(?:with)?in (?:the )?scope of (?:your|this|the) (?:request|question)\b",
        1.0,
        (
            "Four depots fall within this description.",
            "We found eleven files that meet your criteria.",
            "There are 6 reports within the scope of your request.",
        ),
        ("Four depots were closed in 2023.", "The road falls within the scope of the scheme."),
        "a figure that counts the records a request covers, before their details are withheld: it answers only a "
        "question asking for a figure (foitrack.extract.answers)",
        needles=("within", "match", "meet", "met ", "scope"),
    ),
    Cue(
        "no_flat_charge",
        "narrowed_none",
        r"\b(?:no|not (?:[a-z]+ )?(?:pay|charge|levy|set|have|use|receive)s? (?:an?|any)) "
        r"(?:flat|fixed|set|standard|single|uniform|standing)(?: [a-z]+){0,2}? "
        r"(?:fees?|charges?|rates?|prices?|tariffs?|levy|subscriptions?)\b",
        1.0,
        (
            "Members do not pay a flat yearly subscription.",
            "The council does not charge a standard fee for this service.",
            "There is no single rate for hire of the hall.",
        ),
        (
            "We do not charge for this service.",
            "No fixed penalty notices were issued.",
            "Members do not pay a subscription.",
        ),
        "no charge of one flat or fixed kind, as narrowed_none: the charges given after it (per item, by size) "
        "answer a question asking for the fee",
        needles=("no ", "not "),
    ),
    Cue(
        "none_in_a_narrow_sense",
        "narrowed_none",
        r"\b(?:no|not|none)\b[^.;]{0,80}?\bin (?:a|the|any) (?:strict|commercial|formal|conventional|traditional|"
        r"literal|technical|narrow)(?: [a-z]+)? sense\b",
        1.0,
        (
            "Wibble Council does not charge rent in a commercial sense.",
            "There is no bonus scheme in the formal sense.",
        ),
        ("We do not charge for this service.", "In a strict sense the scheme is a loan, not a grant."),
        "nothing only in a strict or commercial sense, as narrowed_none: a figure given after it (what is "
        "recovered or paid instead) answers the question",
        needles=(" sense",),
    ),
    # --- round 38 (cls)
    Cue(
        "cannot_provide_what_was_asked",
        "whole_refusal",
        r"\b(?:unable to|not able to|cannot|can ?not|not in a position to) (?:provide|supply|release|disclose) "
        r"(?:the|this) information (?:that )?you (?:have )?(?:requested|asked for|sought|are seeking)\b"
        r"(?![^.;]{0,40}\b(?:in|at|for|under|to) (?:your )?(?:questions?|parts?|points?|items?)\b)"
        r"(?![^.]{0,120}\b(?:not (?:hold|held|record|kept|exist)|does not exist|no such))",
        1.0,
        (
            "Regrettably the trust is unable to provide the information you requested, as finding it would cost "
            "more than the limit allows.",
            "We cannot release the information you have asked for because section 14 applies.",
            "We are not in a position to disclose the information that you are seeking, as section 43 applies.",
        ),
        (
            "We are unable to provide the information you requested in question 2.",
            "We cannot provide the information you asked for, as the council does not hold it.",
            "We are unable to provide the names you requested.",
        ),
        "a refusal of the information asked for, with no question or part named, covers every question, as "
        "cannot_comply_with_request does",
        needles=("information you", "information that you"),
    ),
    Cue(
        "no_thing_is_paid",
        "none",
        r"\bno (?!(?:relevant |such |recorded )?(?:information|data|records?|documents?|details|figures)\b)"
        r"(?:[a-z]+ ){1,3}(?:is|are) (?:currently )?(?:payable|paid|made|charged|incurred|levied|received|due|owed)\b",
        NONE,
        (
            "The depot is council land, so no ground rent is payable.",
            "No service charges are made for the hall.",
            "No fees are currently charged to users.",
        ),
        (
            "No information is held about the fees.",
            "Fees are payable monthly.",
        ),
        "a sum asked about is not paid or charged at all, said in the present tense: none, as no_thing_happened "
        "says of the past",
        needles=("no ",),
    ),
    Cue(
        "matter_for_another_body",
        "not_held",
        r"\b(?:is|are|remains?|would be|will be) (?:entirely |solely |wholly )?(?:a )?matters? for "
        r"(?:the|another|a different) (?!(?:council|trust|board|authority|university|commission|museum)\b)"
        r"(?:[a-z]+ ){0,3}?(?:corporation|council|department|government|ministry|agency|authority|body|owners?|"
        r"landlord|trust|executive|board)\b(?! to (?:decide|consider|agree|approve)\b)",
        NOT_HELD,
        (
            "The school building is leased, and whether it is sold is a matter for the county council.",
            "Future funding levels are a matter for the Scottish Government.",
            "Any sale of the site would be a matter for the landlord.",
        ),
        (
            "This is a matter for the council.",
            "Whether to close the depot is a matter for the Highways Department to decide.",
            "The fee is not a matter for the council.",
        ),
        "what is asked about is decided by another body, so this one does not hold it, as not_a_function (SCHEMA "
        "hard cases: not a function of the council)",
        needles=("matter",),
    ),
    Cue(
        "refusals_as_subject",
        "refused",
        r"\b(?:appeals|reviews|challenges|complaints|reconsiderations)\s+(?:[a-z]+\s+){0,2}?(?:against|of|about|"
        r"following)\s+(?:(?:a|the)\s+)?(?:[a-z]+\s+)?refusals?\b|"
        r"\brefusals?\s+(?:by|per|for each)\s+(?:reason|ground|type|category|year|month|test)\b",
        -REFUSED,
        (
            "Appeals lodged against refusal of a permit, by year:",
            "Complaints about refusals of a blue badge numbered 41.",
            "Refusals by reason are shown below.",
        ),
        (
            "You may ask for a review of this refusal within 40 working days.",
            "The names are withheld under section 40.",
            "Your appeal against the refusal should be sent to the review team.",
        ),
        "a veto: appeals or complaints others made against refusals, or refusals counted by reason, are the figures "
        "asked about (as counted_refusals), not a refusal of the request",
        needles=("refusal",),
    ),
    Cue(
        "given_in_redacted_form",
        "refused",
        r"(?<!\bnot )(?<!\beven )\b(?:in|as) (?:a )?redacted (?:form|version|copy|format)\b|"
        r"\bredacted (?:version|copy|copies|form) (?:of [a-z ]{1,40}?)?(?:is|are|will be|can be) (?:attached|enclosed|"
        r"available|provided|supplied|sent)\b",
        -REFUSED,
        (
            "The minutes can be sent to you in redacted form.",
            "A redacted copy of the contract is attached.",
            "The board papers are available as a redacted version on request.",
        ),
        (
            "The names in the minutes have been redacted.",
            "The contract cannot be released, even in redacted form, because section 43 applies to all of it.",
        ),
        "a veto: a document handed over or offered with some parts blacked out is given, not refused (SCHEMA: the "
        "information itself is given, a document)",
        needles=("redacted",),
    ),
    Cue(
        "grouped_to_protect",
        "refused",
        r"(?<!\bnot )(?<!\bbe )(?<!\beven )\b(?:grouped|combined|aggregated|banded|summari[sz]ed|merged|pooled)\b"
        r"[^.;]{0,80}?\b(?:so (?:that|as not to)|to avoid|in order not to|to prevent)\b[^.;]{0,30}?\bindividual",
        -REFUSED,
        (
            "We have grouped the wages by grade so that individual wages are not disclosed.",
            "Payments are banded to avoid individual officers' pay being released.",
            "The bonuses have been combined across teams so that no individual award can be identified.",
        ),
        (
            "Individual salaries are not disclosed.",
            "The figures cannot be grouped so that individuals stay hidden, so they are withheld.",
            "Even combined so that individual staff are not named, the payments are withheld under section 40.",
        ),
        "a veto: figures given in groups or bands so that no one person's can be told apart are given, in the form "
        "the body chose, not refused (SCHEMA: provided)",
        needles=("grouped", "combined", "aggregated", "banded", "summaris", "summariz", "merged", "pooled"),
    ),
    Cue(
        "exemption_not_correctly_applied",
        "refused",
        MISAPPLIED,
        -1.0,
        (
            "Having looked again, I find that section 43(2) was not correctly applied.",
            "The exemption at regulation 12(5)(e) was not properly engaged.",
        ),
        (
            "Section 40(2) was correctly applied and the names stay withheld.",
            "Section 43 was not properly applied, but the figures are withheld under section 41.",
        ),
        "a veto, as exemption_set_aside: a review finding a ground was applied wrongly refuses nothing",
        needles=("applied", "engaged", "relied on", "cited"),
    ),
    Cue(
        "misapplied_ground_not_relied_on",
        "relied_refusal",
        MISAPPLIED,
        -1.0,
        (
            "On review I find that section 43(2) was not correctly applied.",
            "The exemption at regulation 12(5)(e) was not properly engaged.",
        ),
        ("Section 40(2) was correctly applied and the names stay withheld.",),
        "a veto: a ground a review finds was applied wrongly is not the refusal an answer relies on",
        needles=("applied", "engaged", "relied on", "cited"),
    ),
    Cue(
        "grounds_tallied",
        "refused",
        GROUNDS_TALLIED,
        -REFUSED,
        (
            "The most frequently used exemptions were section 40 and section 43.",
            "Of the refusals, the grounds applied most were cost and personal data.",
            "The most common reasons for refusal were section 12 and section 14.",
            "Over those years the exceptions most commonly relied on by the trust were cost and third-party data.",
        ),
        (
            "The names are withheld under section 40, the exemption we apply most carefully.",
            "Most of the report is exempt under section 43.",
        ),
        "a veto: figures on how often the body used each ground (a request about its FOI statistics) name the grounds "
        "as what is counted; nothing is refused",
        needles=("most",),
    ),
    Cue(
        "grounds_tallied_not_relied_on",
        "relied_refusal",
        GROUNDS_TALLIED,
        -1.0,
        (
            "The exemptions cited most often were section 21 and section 40(2).",
            "The most commonly applied exceptions were regulations 12(4)(b) and 13.",
            "The grounds most often used by the board in 2023 were section 40(2) and section 43.",
        ),
        ("Most of the invoices are withheld under section 43.",),
        "a veto, as grounds_tallied: grounds named as what the statistics count are not the refusal an answer "
        "relies on",
        needles=("most",),
    ),
    Cue(
        "refused_as_count_label",
        "refused",
        r"^\W*(?:requests? )?(?:refused|withheld|declined)(?: (?:in (?:full|part)|wholly|partly|in whole or in part))?"
        r"\s*[:=\u2013-]\s*(?:(?:19|20)\d\d(?:[/-]\d\d)?\s*[:=\u2013-]\s*)?\d",
        -REFUSED,
        (
            "Refused in full: 2021 - 12; 2022 - 9.",
            "Refused: 31",
            "Requests declined - 2023/24: 4",
        ),
        (
            "Refused: section 40 applies to the names.",
            "Withheld - the contract value is exempt under section 43.",
            "The request is refused: 3 of the 4 items are exempt.",
        ),
        "a veto: refused opening a line as the label of a count ('Refused in full: 2023 - 17') counts the body's "
        "decisions; it refuses nothing",
        needles=("refused", "withheld", "declined"),
    ),
    Cue(
        "done_by_another_body",
        "done_elsewhere",
        r"\b(?:is|are) (?:a |an |the )?(?:statutory |legal )?(?:function|duty|responsibility) of "
        r"(?!(?:this|our|the) (?:council|trust|board|authority|partnership|college|force|service)\b)(?:the )?[a-z]|"
        r"\b(?:recorded|held|kept|managed|run|let|provided|delivered|commissioned|administered) by [^.;]{2,60}? "
        r"(?:and |but )?(?:not|rather than) by\b|"
        r"\b(?:recorded|held|kept|managed|run|provided|delivered|commissioned|administered) by [^.;]{2,60}?,? "
        r"(?:who|which) (?:may|might|will|would|should) hold (?:this|that|the|such|any) "
        r"(?:information|data|records?)\b|"
        # --- round 86: what the body does not do, said to be done by other bodies named as such: "; these are
        # arranged by the two district councils"
        r"\b(?:these|they|this|it) (?:is|are) (?:instead |all |each )?(?:arranged|run|managed|provided|delivered|"
        r"carried out|dealt with|handled|administered) by (?:the |each |other |another )?[^.;]{0,60}?\b"
        r"(?:councils?|authorit(?:y|ies)|boroughs?|districts?|trusts?|departments?|agenc(?:y|ies)|boards?)\b",
        1.0,
        (
            "Bus passes are a statutory function of the county council.",
            "Street lighting is the responsibility of the highway authority.",
            "Those contracts are managed by the city council and not by the partnership.",
            "School transport is provided by the county council, which may hold this information.",
            "We do not hold burials; these are arranged by the two district councils.",
        ),
        (
            "Street lighting is a function of this council.",
            "The function of the team is to support families.",
            "The park is managed by our grounds team, not a contractor.",
            "The registers are kept by clerks who may hold the keys.",
            "We employ no wardens; these duties are carried out by volunteers.",
        ),
        "another body does the thing asked about (its function, or it keeps the records, not this body, or it does "
        "it and may hold the information): read after 'we do not run X', the denial says why nothing is held, so "
        "the answer is not held, not none (SCHEMA "
        "hard cases: 'this is not a function of the council, try the county council')",
        needles=("function", "duty", "responsib", " by "),
    ),
    Cue(
        "period_none_after_verb",
        "period_none",
        r"\b(?:paid|spent|received|issued|incurred|made|awarded|recorded|had) no\b[^.;]{0,80}?\b(?:in|during|for) "
        r"(?:(?:the )?(?:financial |calendar |academic )?years? )?(?:19|20)\d\d(?:[/-]\d{2,4})?"
        r"(?:\s*(?:,|or|and|&)\s*(?:19|20)\d\d(?:[/-]\d{2,4})?)*\s*(?:[.;,]|$)",
        1.0,
        (
            "To take each part in turn, the trust paid no agency fees in 2021/22.",
            "The board spent nothing on it in 2020 and spent no money at all during 2021.",
            "We received no claims in 2023, 2024.",
        ),
        (
            "The council paid no fees in any year.",
            "The council paid no fees in 2022 or at any time since.",
            "The trust paid 40 invoices in 2022.",
        ),
        "nothing in the periods named only, said after its verb ('the council paid no fees in 2022/23'): as "
        "period_none, a figure for another period given after it answers the question",
        needles=("no",),
    ),
    Cue(
        "denied_only_directly",
        "narrower_denial",
        r"\b(?:do|does|did) not (?:contract|deal|engage|employ|pay|buy|purchase|procure|run|manage|operate|deliver|"
        r"provide|hire|book)\b[^.;]{0,80}? (?:directly|itself|themselves|ourselves|in-house)\b",
        1.0,
        (
            "Supply staff come through a managed service; the trust does not deal with the agencies directly.",
            "The pool is run by a leisure trust, and the council does not operate it itself.",
        ),
        (
            "The council does not contract with agencies.",
            "We do not run a pool. Residents use the one directly over the border.",
        ),
        "a denial limited to doing the thing directly or in-house ('we do not contract with the agencies directly') "
        "after a first sentence that says how it is done: the first sentence answers",
        needles=("not",),
    ),
    # --- round 43 (tests/blind41)
    Cue(
        "all_information_exempt",
        "whole_refusal",
        r"\ball (?:(?:of )?(?:the )?(?:information|records|documents|data) (?:that )?"
        r"(?:you (?:have )?(?:ask(?:ed)? for|requested|sought)|(?:requested|sought)\b|"
        r"(?:with)?in (?:the scope of )?your request)|of (?:it|this|that)\b)"
        r"(?:(?!\b(?:but|except|apart from|other than|save for)\b)[^.;]){0,120}?"
        r"\b(?:exempt|(?:is|are|has been|have been) (?:being )?(?:withheld|refused)|(?:is|are) (?:already )?"
        r"(?:reasonably|readily) (?:accessible|available)|(?:is|are) already (?:in the public domain|published))\b",
        1.0,
        (
            "All of the information you asked for is on our website, and so it is exempt under section 21.",
            "All the records requested are withheld under section 40(2).",
            "All information within the scope of your request is exempt from disclosure.",
            "We refuse it under section 21, as all the data you ask for is already reasonably accessible to you.",
            "We hold figures for both parts, but all of it is already in the public domain, so section 21 applies.",
            "The report covers every year; all of this is already published by Wibble Council.",
        ),
        (
            "All of the information you asked for is attached.",
            "All the information you requested is held, but the names are exempt.",
            "Some of the information you asked for is exempt under section 43.",
            "Some of the records you ask for are already reasonably accessible online.",
            "All of it is in the public domain except the names, which are attached.",
            "All of this will be published next spring.",
        ),
        "a refusal said to cover all of the information asked for covers every question, as "
        "refuses_whole_request does (SCHEMA: a link to where it is published is not the information)",
        needles=("all ",),
    ),
    Cue(
        "withheld_see_below",
        "provided",
        r"\b(?:withh[oe]ld\w*|refus\w*|exempt|not (?:be )?(?:disclos|releas|provid)\w*)\b[^.;]{0,60}?"
        r"\bsee (?:below|overleaf|the (?:notice|section|explanation) below)\W*$",
        -HANDED_OVER,
        (
            "The register exists but we are withholding it, please see below.",
            "These names have been withheld - see below.",
        ),
        (
            "The names are withheld; please see below for the totals by year.",
            "Please see below the figures we can release.",
        ),
        "'see below' closing a sentence that withholds something points at the reasons for it, not at "
        "information handed over: the sentence refuses",
        needles=("see ",),
    ),
    # --- round 45 (tests/blind47)
    Cue(
        "not_passed_on_or_held",
        "not_held",
        r"\bnot (?:shared|passed|sent|given|supplied|provided|reported) (?:with|to),? (?:or|nor) "
        r"(?:held|kept|retained|recorded) by\b",
        NOT_HELD,
        (
            "Crew logs are not sent to, or kept by, the parish council.",
            "The survey results are not shared with, nor held by, our team.",
        ),
        ("The survey results are shared with, and held by, our team.", "It is not sent to anyone."),
        "data another body keeps and does not pass on is not held by this one: two verbs sharing one 'not' and one "
        "'by' ('not sent to, or kept by, this office'), which not_held_words' 'not held' does not reach",
        needles=("or held by", "or kept by", "or retained by", "or recorded by"),
    ),
    Cue(
        "exempt_in_full_whole",
        "whole_refusal",
        r"\b(?:it|this|they|the information|the records) (?:is|are) exempt (?:from (?:disclosure|release) )?"
        r"in (?:full|its entirety|their entirety)\b",
        1.0,
        (
            "We hold the papers, but we have decided that it is exempt from disclosure in full under section 36.",
            "The information is exempt in its entirety.",
        ),
        ("The second report is exempt in full.", "Part 3 is exempt from disclosure in full."),
        "the information within the request said to be exempt in full, with no part named: a refusal of the whole "
        "request, which covers each question left without a class of its own (SCHEMA: one refusal covering several)",
        needles=("exempt ",),
    ),
    Cue(
        "provided_free_of_charge",
        "narrower_denial",
        r"\b(?:at no (?:extra |additional )?cost|free of charge) to (?:the|this|our|us)\b",
        1.0,
        (
            "Sign language calls are also carried by a national relay service at no cost to the council.",
            "Some leaflets are printed by a charity free of charge to the trust.",
        ),
        ("Leaflets are printed in-house at a cost of £300.", "There was no cost."),
        "after a first sentence that names who does the thing (an open question asking for no figure), a part done "
        "at no cost to the body limits what was said; it does not make the answer none",
        needles=("at no ", "free of charge"),
    ),
    Cue(
        "arranged_by_parent_body",
        "done_elsewhere",
        r"\b(?:booked|arranged|bought|purchased|procured|paid|settled|handled) (?:centrally )?(?:through|by|via) "
        r"(?:the )?(?:parent |sponsoring )?(?:department|ministry|government)\b|"
        r"\b(?:booked|arranged|bought|purchased|procured|paid|settled|handled) centrally by\b",
        1.0,
        (
            "Interpreters are booked through the Department's central contract.",
            "Every invoice is settled centrally by the sponsoring body.",
        ),
        ("Interpreters are booked by our own staff.", "The invoices are settled each month."),
        "after 'we have not placed a contract for X', a parent department that arranges or pays for it says why "
        "nothing is held: not held, not none (as done_by_another_body)",
        needles=("department", "ministry", "government", "centrally by"),
    ),
    # --- round 46 (tests/blind51)
    Cue(
        "request_found_vexatious",
        "whole_refusal",
        r"(?<!\bwhether )(?<!\bif )\b(?:your|this|the) (?:(?:latest|new|current|present) )?request (?:is|was|has been) "
        r"(?:therefore |also )?(?:(?:being )?(?:treated|regarded) as |(?:considered|deemed|found)(?: to be)? )?"
        r"(?:vexatious|(?:a )?repeat(?:ed)?(?: request)?)\b",
        1.0,
        (
            "After weighing its history we have decided that your request is vexatious.",
            "This request is therefore being treated as vexatious under section 14(1).",
            "Your new request is considered a repeated request, as we answered the same questions in May.",
        ),
        (
            "We looked at whether this request is vexatious and decided that it is not.",
            "The guidance explains when a request is vexatious.",
            "Your request was answered in full last year.",
        ),
        "a request found vexatious or repeated is refused as a whole (FOIA and FOISA section 14): the refusal covers "
        "every question, whatever history of earlier requests sets the scene before it (SCHEMA: one refusal "
        "covering several questions)",
        needles=("vexatious", "repeat"),
    ),
    Cue(
        "zero_as_a_possibility",
        "none",
        r"\b(?:even|or) (?:an? )?(?:(?:figure|total|count|number|return|answer) of )?(?:zero|nil|none)\b"
        r"[^.;]{0,80}?\b(?:could|would|might|may)\b",
        -NONE,
        (
            "Telling you that the figure exists (or a figure of zero) would reveal whether she applied.",
            "Even a total of nil could identify the officer concerned.",
        ),
        ("The total for the year is zero.", "No officer was named, so the count would be nil."),
        "a veto: zero named as an answer that could be given, in an argument for refusing to confirm or deny, says "
        "nothing is zero",
        needles=("zero", "nil", "none"),
    ),
    Cue(
        "ncnd_caveat_not_taken",
        "refused",
        r"\b(?:this|the|our) (?:letter|response|reply|answer|notice|email)\b[^.;]{0,40}?"
        r"\bnot (?:be )?(?:taken|read|seen|construed|interpreted|treated) as\b[^.;]{0,100}?"
        r"\b(is|are|does|do|was|were),? or \1 not\b",
        NOT_HELD + 0.01,  # its "or is not held" is no not-held statement
        (
            "Our reply must not be read as a sign that any file is or is not held.",
            "This letter should not be taken as confirming that such a record does or does not exist.",
        ),
        ("This letter should not be taken as advice.", "The register is not held by us."),
        "the caveat closing a neither-confirm-nor-deny answer, said of the reply itself ('this response should not "
        "be taken as ... is or is not held'), refuses like the answer it closes, as ncnd_caveat does",
        needles=("not be ", "not taken", "not read", "not seen", "not construed", "not interpreted", "not treated"),
    ),
    Cue(
        "functions_of_other_bodies",
        "done_elsewhere",
        r"\bare (?:all )?(?:the )?(?:statutory |legal )?(?:functions|duties|responsibilities) of "
        r"(?!(?:this|our|the) (?:council|trust|board|authority|partnership|college|force|service)\b)"
        r"(?:the |each of the )?[a-z]",
        1.0,
        (
            "Parking fines and bus lanes are functions of the district councils.",
            "Those are all responsibilities of the two county councils, each a separate authority.",
        ),
        ("Grants and loans are functions of this council.", "Its duties are set out in the scheme."),
        "the plural of done_by_another_body: after 'we do not run X or Y', other bodies whose functions they are "
        "say why nothing is held, so the answer is not held, not none",
        needles=("functions", "duties", "responsibilities"),
    ),
    Cue(
        "asker_pointed_to_another_body",
        "done_elsewhere",
        r"\byou (?:may|might|could) (?:wish|like|want) to (?:ask|contact|approach|write to|direct (?:your|this|that) "
        r"(?:request|question|enquiry) to) (?!(?:the )?information commissioner)(?!us\b|our\b|this\b|me\b)"
        r"(?:the )?[a-z][a-z ]{0,40}?\b(?:council|authority|trust|board|department|ministry|agency|partnership|"
        r"college|university|company|operator|provider|police|force|service)\b",
        1.0,
        (
            "You may wish to ask Wibble District Council about the building itself.",
            "You might like to contact the county council, which runs the service.",
            "You may wish to direct your request to the Wobble Health Board.",
        ),
        (
            "You may wish to contact the Information Commissioner's Office.",
            "You may wish to contact our Customer Service team.",
            "You may wish to ask for an internal review.",
        ),
        "after 'the council does not own X', pointing the asker to another body that does says why nothing is held: "
        "not held, not none (SCHEMA hard cases: 'this is not a function of the council, try the county council')",
        needles=("wish to", "like to", "want to"),
    ),
    Cue(
        "other_party_does_not_report_it",
        "done_elsewhere",
        r"\b(?:does|do|did) not (?:report|pass on|pass|share|send|supply|provide|disclose) (?:its|their|his|her|"
        r"these|those|such|any|the) (?:[a-z]+ ){0,3}?(?:income|takings|revenue|figures?|data|information|records|"
        r"details|accounts|totals?|numbers) (?:[a-z]+ ){0,3}?(?:to|with) "
        r"(?:us|the (?:trust|council|board|authority|college|university|force|department|office))\b",
        1.0,
        (
            "The operator does not report its takings to us.",
            "Wibble Leisure Ltd did not share those figures with the council.",
        ),
        (
            "We do not share these figures with the public.",
            "The trust does not report its takings.",
            "We do not provide the service to the council.",
        ),
        "after 'the trust receives none of X', another party that keeps X and does not report it says why nothing is "
        "held: the thing exists, the body does not hold it, so not held, not none",
        needles=("not ",),
    ),
    Cue(
        "wider_total_given_as_context",
        "aside",
        r"\b(?:for (?:your )?(?:information|context|completeness|reference)|by way of (?:context|background))\b"
        r"[^.;]{0,60}?"
        r"\b(?:total|overall|whole|entire|combined)\b|"
        r"\b(?:total|overall|combined) [a-z]+ (?:for|of|on|under) the (?:whole|entire|full) [a-z]+\b",
        1.0,
        (
            "For context, the overall cost of the cleaning contract was £12,000.",
            "The combined fee for the entire framework came to £2,400.",
            "For your information, the college's total spend on the scheme was £8,000.",
        ),
        ("For information, the fee for the survey was £300.", "The total fee was £300."),
        "after 'we hold no figure for X alone', a sum for the whole that X is part of, given for information, "
        "does not answer a question about X: the answer stays not held",
        needles=(
            "for information",
            "for your information",
            "for context",
            "for completeness",
            "for reference",
            "by way of",
            " the whole",
            " the entire",
            " the full",
        ),
    ),
    # --- round 49 (none)
    Cue(
        "count_with_denied_reason",
        "none",
        r"(?<![\w,.])\d[\d,]*(?: [a-z-]+){1,3} (?:were|was|had been|have been) [^.;]{0,40}?\bbecause\b",
        -NONE,
        (
            "In 2023, 41 bikes were removed because their owners had not paid the fee.",
            "Some 12 stalls were closed because the trader did not have a licence.",
        ),
        ("No bikes were removed because no fee was unpaid.", "The trader did not have a licence."),
        "a veto: a count in the main clause, with the denial only in the reason it gives ('N were X because they "
        "did not have Y'), counts what was asked; the denial says nothing of whether any exist",
        needles=("because",),
    ),
    Cue(
        "not_owned",
        "narrowed_none",
        r"\b(?:do|does|did) not own (?:an?|any|the|its)\b",
        1.0,
        (
            "The trust does not own a boat; it hires one by the day for £400.",
            "The college does not own any minibuses.",
        ),
        ("The trust does not hire a boat.", "The college does not run any minibuses."),
        "not owning a thing, as narrowed_none: it says nothing of hiring, leasing or sharing one, so a sum paid "
        "for hire given after it answers a question about the cost",
        needles=("not own",),
    ),
    Cue(
        "not_paid_to_a_kind_of_payee",
        "narrowed_none",
        r"\bno [a-z]+(?: [a-z]+)? (?:is|are|was|were|has been|have been) (?:paid|payable|charged) "
        r"(?:to|by) (?:an?|any) (?:private|commercial|external|outside|third[- ]party|independent)\b",
        1.0,
        (
            "No fee is paid to an outside agency; the work is recharged by the county at £90 an hour.",
            "No hire charge was paid to a commercial operator.",
        ),
        ("No fee is paid.", "No rent was paid to the county council.", "Rent is paid to a private landlord."),
        "none paid to one kind of payee only (private, external), as narrowed_none: a sum paid another way given "
        "after it (a recharge, a share of costs) answers a question about the cost",
        needles=("no ",),
    ),
    Cue(
        "no_single_one",
        "narrowed_none",
        r"\b(?:do|does|did) not (?:run|use|have|operate|keep|maintain|hold) (?:a|one) single\b|"
        r"\bthere (?:is|are|was|were) no single\b",
        1.0,
        (
            "The board does not use a single booking system; rooms are booked on two.",
            "There is no single database of these, but the main one cost £8,000.",
        ),
        ("The board does not use a booking system.", "There is no database of these."),
        "no one single thing, as narrowed_none: the several things used instead, and a cost or date given after "
        "it, answer a question about the system or its cost",
        needles=("single",),
    ),
    Cue(
        "none_from_named_sources",
        "narrowed_none",
        r"\b(?:(?:has|have|had) not (?:received|been (?:allocated|awarded|given|granted))|"
        r"(?:has|have|had) (?:received|been (?:allocated|awarded|given|granted)) no)\b"
        r"[^.;]{0,40}?\b(?:from )?(?:the |any )?[a-z]+[^.;]{0,40}?, (?:the )?[a-z][^.;]{0,60}?\bor\b",
        1.0,
        (
            "The trust has not received Arts Council, lottery or county money.",
            "The college has received no grant from the Skills Fund, the Apprenticeship Fund or the Adult Fund.",
        ),
        (
            "The trust has not received any grant.",
            "The college has received no funding from any source.",
            "We have not received a request from the police or the coroner.",
        ),
        "none from the sources it names one by one, as narrowed_none: money received from another source, given "
        "after it, answers a question asking what was received",
        needles=("not received", "received no", "not been", "been allocated no", "been awarded no"),
    ),
    Cue(
        "no_date_set",
        "no_date_set",
        r"\bno (?:date|year|timescale|timetable) (?:has|have|had) (?:yet )?been "
        r"(?:set|fixed|agreed|decided|confirmed)\b|"
        r"\bno (?:date|year|timescale|timetable) (?:is|was) (?:yet )?(?:set|fixed|agreed|decided|confirmed)\b",
        1.0,
        ("The plan is still being drawn up and no date has yet been set.", "No timescale is agreed for the move."),
        ("No date was given on the letter.", "The date has been set for May."),
        "no date set for what a 'when' question asks about: a year given before it (when something else began) "
        "does not answer, the answer is none (foitrack.extract.answers._dated_first)",
        needles=("no date", "no year", "no timescale", "no timetable"),
    ),
    Cue(
        "denied_with_what_is_done_instead",
        "narrower_denial",
        r"\b(?:do|does|did) not [a-z]+(?: or [a-z]+)? [^.;]{0,60}; (?:it|we|they|instead)\b"
        r"(?! (?:is|are|was|were|do|does|did|has|have|had|can|could|will|would) not\b)",
        1.0,
        (
            "The club does not own or rent the pitch; it plays there under an agreement with the school.",
            "We do not buy the software; we use a copy the county lends us.",
        ),
        ("We do not hold the figures; they are not recorded.", "The club does not own or rent the pitch."),
        "a denial set against what is done instead in the same sentence: after a first sentence that answers an "
        "open question asking for no figure ('Where is the office?'), it limits that answer, it does not turn it",
        needles=("not ",),
    ),
    # --- round 49 (ref)
    Cue(
        "cannot_within_limit",
        "refused",
        r"\b(?:unable to|cannot|can ?not|(?:are|is|am) not able to|not possible to) (?:provide|give|supply|answer|"
        r"extract|find|locate|retrieve|produce)\b[^.;]{0,60}?\bwithin (?:the )?(?:appropriate |cost |costs |time |"
        r"fees? )?limit\b",
        REFUSED,
        (
            "We cannot give the totals for parts 3 and 4 within the limit.",
            "It is not possible to extract the flooding data within the cost limit.",
        ),
        (
            "We are able to provide the figures within the limit.",
            "We cannot find any spend on repairs within the budget.",
        ),
        "a statement that some answers cannot be found within the cost limit refuses them (section 12), even "
        "where figures for other questions are given as advice (SCHEMA: a refusal that still gives some figures)",
        needles=("limit",),
    ),
    Cue(
        "other_count_withheld",
        "split_refusal",
        r"\b(?:withh[oe]ld(?:ing)?|not (?:disclosing|releasing|giving)) the (?:exact )?number of\b",
        1.0,
        (
            "The team had 31 wardens. We have withheld the number of agency wardens, as it could identify them.",
            "There were 12 appeals; we are not disclosing the number of them that were upheld.",
        ),
        ("The number of wardens is withheld under section 40(2).", "We have given the number of wardens above."),
        "a refusal of a second count after the first sentence gave one figure asked for: the figure still answers "
        "(SCHEMA: a refusal that still gives some figures)",
        needles=("number of",),
    ),
    # --- round 50 (cls)
    Cue(
        "has_no_such_thing",
        "none",
        r"\b(?:has|have|had) (?:(?:currently|presently|at present|still|yet|therefore|also),? )?no "
        r"(?!(?:ring-?fenced|separate|dedicated|specific|stand-?alone|single|discrete|distinct|earmarked)\b)"
        r"(?!(?:(?:such|relevant|recorded|central|separate) )?(?:information|data|records?|figures?|details|"
        r"cop(?:y|ies)|documents?|power|powers|role|responsibility|responsibilities|control|remit|duty|obligation|"
        r"choice|reason|doubt|objection|need|way|means|access|involvement|say|further|knowledge|comment|bearing|effect|impact|"
        r"jurisdiction|authority|option|alternative|idea|view|legal|expectation|reasonable|limit)\b)[a-z]",
        NONE,
        (
            "The trust has no written travel policy.",
            "We have no target year for ending the lease.",
            "The parish council has no staff of its own.",
            "The club currently has no waiting list.",
        ),
        (
            "The trust has no information about these visits.",
            "The council has no power to fine drivers.",
            "We have no record of any such meeting.",
            "The trust has a written travel policy.",
            "The board has no responsibility for the roads.",
            "Staff would have no expectation that their names would be published.",
            "The force has no ring-fenced budget for it; the unit's staff cost £90,000.",
        ),
        "the body says it has none of the thing asked about ('the office has no X'): none, read as no when the "
        "question asks yes or no (SCHEMA: none or not_held, 'there is no such post'); having no information, "
        "record, power or role over it is another matter, and no ring-fenced or separate X narrows (figures follow)",
        needles=("no ",),
    ),
    Cue(
        "question_named_in_brackets",
        "aside",
        r"\((?:see |for |re:? )?(?:question|q|part|point|item) ?[0-9]{1,2}[a-h]?\)[.;]?$",
        1.0,
        ("The office has no pool car (question 6).", "No grants were repaid (see Q2)."),
        ("The office has no pool car.", "The figure for 2024 (£40) is an estimate."),
        "a note that names in brackets the question it answers speaks of that question: read after the first "
        "sentence of another answer (a list of notes under a table), its none decides nothing there",
        needles=("(",),
    ),
    # --- round 51 (cls)
    Cue(
        "see_below_alone",
        "provided",
        r"^\W*(?:please )?see (?:below|overleaf)[ \t.:;,-]*(?:\n[ \t]*\n|$)",
        -HANDED_OVER,
        ("Please see below.\n\nThe log is withheld under section 31.", "See below:\n\nWe do not keep that figure."),
        ("Please see below the figures we hold.", "Please see the attached list.", "See below\nfor the totals."),
        "'see below' alone is a pointer forward, not a hand-over: what follows decides the class (a refusal notice "
        "below refuses, a table below provides)",
        needles=("see ",),
    ),
    # --- round 52 (a)
    Cue(
        "repeat_request_refused",
        "whole_refusal",
        r"\bnot (?:obliged|required|bound) to (?:answer|comply with|respond to|deal with) "
        r"(?:it |the request |your request |this request )?(?:again|a second time|afresh)\b",
        1.0,
        (
            "As we answered the same request last month, the trust is not obliged to answer it again.",
            "The board is not required to respond to this request a second time.",
        ),
        (
            "The trust is not obliged to answer part 3.",
            "We answered again in May after the figures changed.",
        ),
        "a request already answered and refused as a repeat (section 14(2)) is refused as a whole: the refusal "
        "covers every question, whatever the reply says around it (SCHEMA hard cases: one refusal covering several "
        "questions)",
        needles=("again", "second time", "afresh"),
    ),
    Cue(
        "right_unless_exempt",
        "refused",
        r"\b(?:unless|except where|subject to) (?:an? |any )?(?:appropriate |relevant |applicable )?"
        r"(?:exemptions?|exceptions?) (?:appl(?:y|ies)|is engaged|are engaged)\b|"
        r"\bsubject to (?:any )?(?:the )?exemptions\b",
        -REFUSED,
        (
            "The Act gives you a right to the records a body holds, unless an exemption applies.",
            "You may have a copy of what we hold, subject to any exemptions.",
        ),
        ("An exemption applies to the names.", "The report is exempt under section 43."),
        "a statement of the right of access, with its proviso about exemptions, refuses nothing: a veto",
        needles=("unless", "except where", "subject to"),
    ),
    # --- round 56 (b)
    Cue(
        "confirms_holding",
        "not_held",
        r"\bconfirm (?:that )?(?:we|it|they|the(?: (?!(?:do|does|did|not|no|never|therefore)\b)[a-z]+){1,3}) "
        r"(?:do |does )?holds? (?:this|that|the|these|some|all|information|records|data)\b",
        -1.0,
        (
            "Under section 1(1)(a), we confirm that we hold this information.",
            "Section 1(1)(a): the council can confirm it holds the records you describe.",
        ),
        (
            "Under section 1(1)(a), we confirm that we hold no such records.",
            "We confirm that we do not hold this information.",
            "I can confirm that the health board does not hold the information.",
        ),
        "a confirmation that the body holds what was asked (the duty in s1(1)(a) met) is no notice that it holds "
        "nothing, though it names s1(1)(a): a veto",
        needles=("confirm",),
    ),
    Cue(
        "both_named_refusal",
        "part_refusal",
        r"^\W*both\b|\bboth of (?:them|these|those|the)\b",
        1.0,
        (
            "Both of these minutes are on our website, so section 21 applies. The audit report is attached.",
            "Both are exempt under section 43(2). The third contract is attached.",
        ),
        ("The reports are exempt under section 43.", "The grant for the two sites is exempt under section 43."),
        "a refusal of the two things the answer has just named, followed by another thing handed over, refuses only "
        "those two: the answer is provided, as scoped_refusal (SCHEMA hard cases)",
        needles=("both",),
    ),
    Cue(
        "releasing_now",
        "provided",
        r"\b(?:we|i) (?:are|am|have|will be) (?:now |therefore |also )?(?:releasing|disclosing|released|disclosed) "
        r"(?![^.;]{0,50}?\b(?:before|previously|earlier|to (?:another|other|a previous)|"
        r"in (?:past|previous|earlier|prior) years)\b)",
        HANDED_OVER,
        (
            "We are releasing the minutes of both meetings, with the adviser's fee withheld under section 43(2).",
            "I have now disclosed the summary of the business case.",
        ),
        (
            "We are not releasing the tender scores, which are exempt under section 43(2).",
            "We have disclosed this report previously to another requester, so section 21 applies.",
            "We have released it before: it is exempt under section 21 as it is on our website.",
            "Read with what we have disclosed in earlier years, a breakdown would show weak points, so it is withheld.",
        ),
        "a statement that the body is handing over a document or part of one now gives the information, though "
        "the same sentence withholds some of it (SCHEMA hard cases: a refusal that still gives some)",
        needles=("releas", "disclos"),
    ),
    # --- round 56 (a)
    Cue(
        "no_paper_found",
        "not_held",
        r"\bno (?:[a-z]+ )?(?:reports?|papers?|e-?mails?|minutes|correspondence|notes|briefings?|letters?|memos?)"
        r"\b[^.;]{0,120}?\b(?:was|were|has been|have been|could be) (?:found|located|identified|retrieved)\b",
        NOT_HELD,
        (
            "No briefing, memo or letter on the matter has been located in our files.",
            "After checking both inboxes, no emails about the scheme were found.",
        ),
        (
            "No fires were found to be started on purpose.",
            "The search found three reports, which are attached.",
        ),
        "a search that found no document of the kind asked for says what the records hold, not that the thing "
        "never happened: not held, as 'no records were found' is (records_do_not_show)",
        needles=("no ",),
    ),
    Cue(
        "names_withheld_after",
        "split_refusal",
        r"\b(?:names?|identit(?:y|ies)|job titles?)(?: of (?:the |those |these )?[a-z]+(?: [a-z]+)?)? "
        r"(?:are |is |were |was |have been |has been )?(?:withheld|redacted|not (?:given|disclosed|released))\b",
        1.0,
        (
            "Officers made five visits (the names of the firms withheld, see below). Section 43 applies to them.",
            "Three staff were disciplined; their names are redacted under section 40(2).",
        ),
        ("The report is withheld in full.", "All names were provided in the list."),
        "the names of those a figure or list counts, withheld after it is given (names first, then 'withheld'): "
        "the figure is still given, as split_refusal's 'withholding the names'",
        needles=("withheld", "redacted", "not "),
    ),
    # --- round 86 (cls86)
    Cue(
        "did_no_act_on_any",
        "none",
        r"\bdid not (?!(?:find|locate|identify|see|know|say|hold|keep|record|retain|log|store|note|trace|show|"
        r"return|give|provide|supply|disclose|release|share|send|reveal|say)\b)[a-z]{3,} any "
        r"(?!(?:relevant |such |recorded |of (?:the|these|those) )?(?:information|data|records?|documents?|details|"
        r"figures|e-?mails?|files?)\b)",
        NONE,
        (
            "The harbour board did not remove any wrecks last year.",
            "In 2023 the council did not tow any abandoned cars.",
        ),
        (
            "We did not find any records of the visits.",
            "The search did not return any information.",
            "The board removed two wrecks last year.",
        ),
        "a thing the body says it did none of, in the past, with any ('did not remove any boats'): none, as "
        "does_not_have for its listed verbs, not where what was not found or kept is a record",
        needles=("did not",),
    ),
    Cue(
        "row_none",
        "narrowed_none",
        r"^\W*[a-z][a-z0-9 &'()/-]{2,60}?:\s*(?:none|nil|no|£?0(?:\.0+)?)\s*(?:[.;]|$)",
        1.0,
        (
            "Grant scheme A: none. Grant scheme B: £40,000 was received in 2024.",
            "Capital fund: nil. Revenue fund: the board was given £12,500.",
        ),
        ("Grant scheme A: none of the money was spent.", "None."),
        "a row naming one of the things asked about and saying none of it ('Fund A: none.'): as narrowed_none, "
        "a figure given after it, in another row, answers the question",
        needles=(":",),
    ),
    Cue(
        "none_of_its_own",
        "narrowed_none",
        r"\b(?:do|does|did) not (?:run|have|own|operate|manage|keep|hold|employ|set) [\"'“‘]?(?:an?|any) "
        r"(?:[a-z\"'’]+ ){1,4}?of (?:its|our|their|his|her) own\b",
        1.0,
        (
            "The company does not run a pension scheme of its own; its staff are in the county scheme, worth £4m.",
            "We do not have a fleet of our own. Hire of vans cost £8,200.",
            'The firm does not run "a fund" of its own: the assets it manages for clients total £90m.',
        ),
        ("We do not have a fleet.", "The company runs a pension scheme of its own."),
        "none of its own only, as narrowed_none: what the body does run, manage or pay for instead, given as a "
        "figure after it, answers the question",
        needles=(" own",),
    ),
    Cue(
        "no_such_figure_in_records",
        "not_held",
        r"\bno such (?:figure|total|number|count|breakdown|list|record|analysis|classification|data)s? "
        r"(?:exists?|is (?:kept|held|available)) (?:in|on|within) (?:our|its|the (?:council|trust|board|"
        r"authority)'?s?) (?:records|systems?|files|data)\b",
        NOT_HELD + 0.02,
        (
            "We do not break the spend down that way, and no such figure exists in our records.",
            "No such list is kept on our systems.",
        ),
        ("No such post exists.", "No such figure exists, as no money was spent."),
        "a figure the records do not hold (not that the thing counted does not exist): not held, outweighing the "
        "'no such X exists' of a none (SCHEMA hard cases: 'we do not record this')",
        needles=("no such",),
    ),
    Cue(
        "each_has_its_own",
        "done_elsewhere",
        r"\beach (?:of (?:the|our|its) )?(?:[a-z]+ )?(?:clients?|members?|partners?|councils?|authorit(?:y|ies)|"
        r"schools?|trusts?|funds?|bodies|body|boards?|boroughs?|districts?|academ(?:y|ies)) "
        r"(?:has|have|keeps?|runs?|holds?|maintains?) (?:its|their) own\b",
        1.0,
        (
            "The partnership has no audit committee. Each member council has its own, and holds its papers.",
            "We do not set the budgets; each of the schools keeps its own.",
        ),
        ("Each member was paid £300.", "The trust has its own committee."),
        "after 'we do not have X', other bodies that each have their own X say why nothing is held here: not "
        "held, not none (SCHEMA hard cases: 'this is not a function of the council, try the county council')",
        needles=("each ",),
    ),
    Cue(
        "however_received",
        "however_received",
        r"^\W*(?:(?:we|it|they|the [a-z]+(?: [a-z]+)?)(?: (?:do|does|did|have|has|had))?,? however,? |"
        r"however,? (?:we|it|they|the [a-z]+(?: [a-z]+)?) (?:do |does |did |have |has |had )?)(?:also )?"
        r"(?:receive|received|get|got|spend|spent|pay|paid|manage|managed|hold|held)\b",
        1.0,
        (
            "We do, however, receive grants from two charities:",
            "However, the trust did spend money on the scheme, as follows.",
        ),
        ("However, we do not receive any grants.", "We received two grants."),
        "after a first sentence saying none of something, a 'however' turning to what the body does receive or "
        "spend: the sums listed after it answer the question (foitrack.extract.answers: _counted_after)",
        needles=("however",),
    ),
    Cue(
        "confirming_would_reveal",
        "refused",
        r"\b(?:confirm(?:ing)? or deny(?:ing)?|confirmation or denial)\b[^.;]{0,250}?\bwould (?:itself |in itself )?"
        r"(?:reveal|disclose|indicate|show|tell|undermine|prejudice|harm|be likely to|allow|enable)\b",
        REFUSED,
        (
            "To confirm or deny whether the unit has used informants would reveal how it works.",
            "Confirming or denying that any file exists would itself disclose personal data.",
        ),
        ("Please confirm or deny whether you hold it.", "We can confirm that the van was sold."),
        "the harm argued for a neither-confirm-nor-deny answer ('to confirm or deny whether X would reveal ...') "
        "refuses, as neither_confirm does; it is no yes echoing the question's verb",
        needles=("confirm",),
    ),
    # --- round 57 (b)
    Cue(
        "nought_then_pointer",
        "stated_none",
        r"^\W*(?:none|nil|zero|no|£?0(?:\.0+)?)\s*(?:[,:;]|\s[-–—]\s)",
        1.0,
        (
            "None - see our reply to question 3.",
            "Nil: see the answer to part (a).",
            "£0 – see answer 2.",
            "No - as said above, we run no such scheme.",
        ),
        (
            "None of the sites, see question 3.",
            "0.5 hours - see question 2.",
            "See answer 2: none.",
            "No other sites, see question 3.",
        ),
        "a nought or a no set apart before a pointer to another answer states the answer itself, as 'N/A - see "
        "question 2' does: the pointer gives the reason, the answer is none (or no)",
        needles=("no", "nil", "zero", "0"),
    ),
    Cue(
        "pointer_then_concluded_none",
        "stated_none",
        r"\b(?:so|therefore|thus|which means that|which means|and so) there (?:is|are|was|were|has been|have been) "
        r"(?:no|not any)\b",
        1.0,
        (
            "As set out in our answer to question 2, no hall was let, so there are no hire charges.",
            "As explained above, the scheme closed in 2020, which means there were no grants after that.",
        ),
        ("See answer 2: none.", "As stated in our answer to Q2, there are no hire charges."),
        "a pointer that gives the reason and then draws the answer from it ('..., so there are no ...') states the "
        "answer itself: none (or no), not the class of the answer it points at",
        needles=("there is", "there are", "there was", "there were", "there has", "there have"),
    ),
)

ANSWER_LEXICON = Lexicon(CUES)
