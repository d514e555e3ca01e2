"""The segmenter's phrasings: each wording foitrack.extract.segment reads a kind of line by is one `LineCue`.

A cue names the kind of line its pattern recognises (a reply heading, request boilerplate, a reference
"In response to questions 3 and 4" ...) and carries lines it must match and lines it must not;
tests/test_lexicon_segment.py is generated from them. The segmenter calls the compiled `pattern` itself
(match, search or sub, from where it needs), so a cue costs no more than the bare pattern did.

Invariants: patterns are written in lower case, without re.IGNORECASE, and matched on fold(text)
(foitrack.extract.fold): several times faster. The few compiled with re.IGNORECASE are matched on a line as
written. Every example and counter-example is tested on its folded form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LineCue:
    """A kind of line the segmenter recognises by its wording, with lines it must and must not match.
    `pattern` is matched on the folded (lower-case) line."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    needles: tuple[str, ...] = ()  # where a match may start, for a cue matched only there (segment._found_from)

    def matches(self, folded: str) -> bool:
        return self.pattern.search(folded) is not None


# An answer marker at the start of a line: "Answer: ...", "ANSWER:  None", "A: Herefordshire", "We answered: 12",
# also after one short word naming who answers, with a colon: "KFRS response: None", "HMRC's answer: 4"
ANSWER_MARKER = LineCue(
    "answer marker opening a line",
    re.compile(
        r"^(?:[a-z]{2,6}(?:'s)?\s+(?=(?:answer|response|reply)\s*:))?"
        r"(?:answer|response|reply|our (?:response|answer|reply)|we answered|a|"
        # the body's initials alone as the marker ("XCC: 12"), not a capitalised yes, no or nil, nor an e-mail's
        # or a letter's own prefix ("RE: your request", "FOI: 2025/118", "NB: ...")
        r"(?-i:(?!(?:YES|NO|NIL|NONE|NA|TBC|RE|FW|FWD|CC|BCC|NB|PS|FOI|FOIA|EIR|FOISA|REF|URN|TEL|FAX)\b)"
        r"[A-Z]{2,6}(?=:\s)))\s*[:\-–]\s*(?:[-–]\s*)?",
        re.IGNORECASE,
    ),
    examples=(
        "Answer: 12 staff",
        "ANSWER:  None",
        "A: Herefordshire",
        "We answered: 12",
        "Our response - see the table",
        "KFRS response: None.",
        "HMRC's answer: four cases",
    ),
    counter_examples=(
        "Answers are given below.",
        "A total of 12 staff",
        "Responses were received from 4 schools:",
        "Council response times were as follows:",
        "NHS response - times vary",
        "Slow response times: 12",
        "NO: the scheme closed",
        "Wbc: 12",
    ),
)
# An answer marker after the question's end on the same line, where a wrapped layout joined the two: "... the
# Youth Fare.   Answer: None were engaged" (the answer is read from the marker on, as a line of its own)
MID_ANSWER_MARKER = LineCue(
    "answer marker after a question on its line",
    re.compile(r"(?<=[.?])\s+(?=(?:answer|response|reply)\s*:\s*\S)", re.IGNORECASE),
    examples=(
        "Please give the cost of the study.   Answer: It cost £4,000.",
        "How many staff were trained? Response: 41.",
    ),
    counter_examples=(
        "Answer: It cost £4,000.",
        "We sent the reply: 41 pages.",
        "Our response times are set out below. Response times: see table 2.",
    ),
)
# A question marked by a bare "Q." or "Q:" before its words: the "A." opening the line under it marks the answer, not
# a part A ("Q. How many vans ...?" then "A. The council runs six.")
QUESTION_LETTER = LineCue(
    "bare Q marker before a question",
    re.compile(r"^q\s*[.:]\s+\S"),
    examples=("Q. How many vans does the council run?", "Q: Is the depot staffed at night?"),
    counter_examples=("Q1. How many vans?", "Q.3 How many vans", "Quarterly figures: see below", "Q2 Jul-Sep 14"),
)
# A request marker in front of the item it marks, on one line: "Request: The number of wardens", "Question: How"
REQUEST_MARKER = LineCue(
    "request marker before its item",
    re.compile(r"^(?:request|question|q|you asked|your question)\s*:\s*(?=\S)", re.IGNORECASE),
    examples=(
        "Request: The number of wardens",
        "Q: Were any of the posts filled by agency staff",
        "Question: How many staff?",
        "You asked: a copy of the policy",
    ),
    counter_examples=(
        "Request:",
        "Requests: 12",
        "Question 1: How many staff?",
        "Q1: How many staff?",
    ),
)
# A heading that opens the reply part: "Response", "Our Response:", "Details of the Response", "Decision", "Answer"
RESPONSE_HEADING = LineCue(
    "heading opening the reply part",
    re.compile(
        r"^(?:(?:our|the|council'?s?|[a-z]{2,5}|details of the|in)\s+)?"
        r"(?:response|reply|responses|answers?|decision|outcome|information (?:provided|released|disclosed|supplied))s?"
        r"(?:\s+(?:to (?:(?:your|the|an?) )?(?:foi |foisa |eir |information )?request(?: dated [^.]*)?|"
        r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?(?:\s+(?:is|was|are))?\s*:?\s*$"
    ),
    examples=(
        "Response",
        "Our Response:",
        "Details of the Response",
        "Decision",
        "Answer",
        "Response to your FOI request",
        "Information released",
    ),
    counter_examples=(
        "Response times were as follows:",
        "Our response is below.",
        "Decision making in the council",
    ),
)
# The header of a two-column table laid out with spaces (a PDF's request/response table as text): the request
# column's title, a gap of two spaces or more, the response column's title, and nothing else on the line.
# normalise reads the rows below it column by column (group "right" marks where the second title stands)
COLUMN_TITLES = LineCue(
    "two column titles, request then response",
    re.compile(
        r"^\s*(?:your |the )?(?:requests?|questions?|information requested|information sought)(?: asked)? {2,}"
        r"(?P<right>(?:our |the )?(?:responses?|answers?|replies|reply))\s*$"
    ),
    examples=(
        "Request                      Response",
        "Question          Answer",
        "  Your request        Our response",
        "Information requested     Response",
        "Questions asked    Answers",
    ),
    counter_examples=(
        "Request Response",
        "Request for review     Response due in 20 days",
        "Response                Request",
        "Question 1   Answer: 12 staff",
    ),
)
# A reply heading left at the end of a line: "... in that year. - Decision"
RESPONSE_TAIL = LineCue(
    "reply heading left at the end of a line",
    re.compile(r"\s[-–]\s*(?:decision|response|our response|answer)\s*:?$"),
    examples=(
        "how many were fined in that year. - Decision",
        "how many were cancelled? – Response:",
    ),
    counter_examples=(
        "Decision - made in 2023",
        "we attach the council's response",
    ),
)
# The reply reporting what was asked, before a list of the items: "You have asked for copies of the following -"
REPORTED_REQUEST = LineCue(
    "reported request before its items",
    # "the figures you asked for are ...": a relative clause, its verb after it
    re.compile(
        r"\b(?:you (?:have )?(?:asked|requested)(?!(?: for)? (?:is|are|was|were|has|have|can|will)\b)|"
        r"your request (?:was|asked|is)|"
        # "thank you for your email of 2 may requesting:"
        r"your (?:e-?mail|letter|message|request)\b[^?:.]{0,40}\b(?:requesting|asking|seeking)(?=[^.?]*[:\-–]$))"
        r"\b[^?]*[:\-–]$"
    ),
    examples=(
        "thank you for your request. you have asked for copies of the following documents -",
        "thank you for your e-mail of 3 march 2025 requesting:",
        "your letter dated 9 june seeking the following -",
        "you requested the following information:",
        "your request was for:",
    ),
    counter_examples=(
        "you asked for the figures, which are below.",
        "all the information you have asked for is published, and this applies to each part of your request:",
        "please provide the following:",
        "staff complete the following modules:",
        "your email requesting a review was passed to me. the figures are:",
    ),
)
# A reply saying it shows the request under its own sign-off (an acknowledgement sent with the request it logged)
REQUEST_SHOWN_BELOW = LineCue(
    "request shown below the reply",
    re.compile(
        r"^(?:a copy of )?your (?:original )?request (?:is|has been) (?:shown|copied|reproduced|included|set out) "
        r"(?:in full )?below\b|\bwe have (?:copied|reproduced|included) your (?:original )?request below\b"
    ),
    examples=(
        "Your request is shown below.",
        "A copy of your request is reproduced below for reference.",
        "For your records we have copied your request below.",
    ),
    counter_examples=(
        "Our response to your request is shown below.",
        "Your request is set out in full in our letter of 2 May.",
        "Each part of your request is answered below.",
    ),
)
# The header of the message an e-mail reply quotes below itself
QUOTED_MAIL = LineCue(
    "quoted message header",
    re.compile(
        r"^-*\s*(?:original (?:message|request|e-?mail)|your (?:original )?request)\s*-{2,}|^on .{4,80} wrote:$"
    ),
    examples=(
        "-----Original Message-----",
        "---------- Original request ----------",
        "----- Your request -----",
        "On 3 May 2024, at 10:12, A Person <a.person@example.org> wrote:",
        "--- original message ---",
    ),
    counter_examples=(
        "Original message received on 3 May.",
        "On 3 May 2024 we wrote to you about this.",
        "You wrote:",
    ),
)
# A header field of the e-mail a reply was sent as, on its own line above the reply's words: "Subject: Your request",
# "From: Records Team <records@example.org>", "Sent: 3 June 2025 10:14", "To: A Person"
MAIL_HEADER_FIELD = LineCue(
    "header field of the reply's e-mail",
    re.compile(r"^(?:subject|from|sent|to|cc|bcc|date)\s*:\s*\S"),
    examples=(
        "Subject: RE: Your information request (ref 4411)",
        "From: Information Governance <info.gov@example.org>",
        "Sent: Monday, 2 June 2025 09:41",
        "To: Jo Bloggs",
        "Date: Wed, 4 Jun 2025 16:20",
    ),
    counter_examples=(
        "From 1 April 2024 the charge rose to £40.",
        "To date we have received 12 complaints.",
        "Sent to all schools in May.",
    ),
)
# A section of an Act quoted in a reply, its number read as a label: "12.-(1) Section 1(1) does not oblige ..."
QUOTED_SECTION = LineCue(
    "section of an act quoted",
    re.compile(r"^\d{1,3}[a-z]?\.?\s*[-–—]\s*\(1\)\s"),
    examples=(
        "12.-(1) section 1(1) does not oblige a public authority to comply with a request",
        "1. - (1) section 1(1) does not oblige a public authority",
        "40.—(1) any information to which a request for information relates is exempt",
    ),
    counter_examples=(
        "1. - 45 cases were recorded.",
        "2. (1) how many staff are employed?",
        "3 - (see table 1) 12 staff",
    ),
)
# A statement opening with the condition it holds under, its main clause after the comma: "Where the recipient is
# a charity, its name is shown." (not a request: "When the policy was last reviewed, and by whom")
CONDITION_CLAUSE = LineCue(
    "statement under a condition",
    re.compile(
        r"^(?:where|when|whenever|once|while)\s+(?:the|a|an|this|these|those|it|they|we|our|such|any|each|no)\b"
        r"[^,?]*,(?!\s*(?:please|can|could|would|will|how|what|which|who|when|where|whether|and|or|if|"
        r"a copy|copies|a list|a breakdown|details of|the names? of|the number of)\b)[^?]*$"
        # without the comma: the condition's verb and word, then a main clause with a verb of its own ("... is
        # available a fixed fee applies.")
        r"|^(?:where|when|whenever|once|while)\s+(?:the|a|an|this|it|they|we|our|such|any|each|no)\b[^,?]*?"
        r"\b(?:is|are|was|were|has been|have been)\s+(?:not\s+)?[a-z]+\s+(?:a|an|the|this|its|their|our|no|all)\s"
        r"[^?]*?\b(?:applies|apply|applied|is|are|was|were|will)\b[^?]*\.$"
    ),
    examples=(
        "where the grant recipient is a charity, parish council or company, its name is shown in annex a.",
        "when a complaint is received, it is logged on the case system.",
        "where the post is vacant, the duties are covered by agency staff",
        "where no receipt is available a flat rate of £5 applies.",
        "when a bin is missed the crew is sent back the next day.",
    ),
    counter_examples=(
        "when the policy was last reviewed, and by whom.",
        "where the data is held, please provide it by year.",
        "where the post is vacant, how long has it been vacant?",
        "when the contract ends",
        "where a policy exists, a copy of the policy.",
        "where the post is vacant the number of agency staff used.",
        "when the bins were last replaced and what they cost.",
    ),
)
# A sentence of a prose reply that reports what was asked: "The request was for details of agency spend."
REQUEST_SENTENCE = LineCue(
    "request reported in a sentence",
    re.compile(
        r"\b(?:i (?:wish|would like|am writing|write) to (?:request|ask)|i (?:wish|would like|want) to know|"
        r"(?:please|could you|can you)(?: please)? tell me|"
        # not a relative clause naming what was asked for: "we do not hold the information you requested"
        r"(?<!information )(?:you|the requester|the requestor|the applicant)(?: have|'ve)? (?:asked|requested)"
        r"(?: (?:us|the [a-z]+(?: [a-z]+)?)(?= for\b))?|"  # whom: "you asked the council for"
        r"(?:the|your) request (?:was|is) for|"
        r"your (?:request|e-?mail|letter)(?: (?:dated|of|on|received(?: on)?) [^,.;]{3,30})?,? "
        r"(?:asking|asked|which asked|in which you asked)(?= (?:\(1\) )?(?:for|about|whether|how|what|which)|"
        r",(?: in summary,)? (?:for|in|over|from|covering) )|"
        # --- round 81: the request dated, then its items marked: "your request of 30 may 2025 for (1) ..."
        r"your request (?:dated|of|on) [^,.;()]{3,30}?(?= for \((?:1|a)\)))\b"
        # up to what was asked for: the items it lists start there, the first the thing asked for or about (not
        # after an aside, "your request asked, for 2024:", nor a period, "tell me for each year")
        r"(?: (?P<topic>about|for(?! (?:each|every|all|the (?:last|past|previous)) ))\b\s*|"
        r",?\s*(?:(?:for|about)\b\s*)?)"
    ),
    examples=(
        "the request was for details of spend on agency nurses.",
        "thank you for your request dated 9 october 2025 asking for the number of referrals and the average wait.",
        "thank you for your email, in which you asked whether the policy is in force.",
        "you asked for a copy of the 2022 tree survey.",
        "i wish to request a breakdown of staff numbers by year.",
        "the requester asked for the number of fines issued.",
        "i would like to know how many bins the council owns and what they cost.",
        "could you please tell me the number of wardens and the cost of the scheme?",
        "your letter asked how many permits were issued and whether any were revoked.",
        "your request asked, for each of the last three years: (1) the number of permits and (2) the fee.",
        "you asked the licensing team for the number of permits, and for the number refused.",
        "we received your request on 3 march 2025 asking for the number of wibble permits issued.",
        "thank you for your email of 4 may asking (1) how many permits were issued and (2) what they cost.",
        "the questions you've asked (1. how many wardens, and 2. what they cost) are for the county council.",
        "i am writing about your request of 2 june 2025 for (1) the wibble rota and (2) its cost.",
    ),
    counter_examples=(
        "we have asked the service for the figures.",
        "if you wish to request a review, write to us.",
        "your request has been considered under the act.",
        "if you would like to know more, see our website.",
        "please tell us if you need the figures in another format.",
        "as your letter asked, we have sent the report by post.",
        # --- round 59 (c)
        "so the information you have requested under item 2 is not held here.",
    ),
)
REPORTED_QUESTION = LineCue(
    "a paragraph reporting one question, then answering it",
    re.compile(
        r"^(?P<q>(?:(?:finally|lastly|next|then|also|additionally|secondly|thirdly|in addition),? )?"
        r"(?:you (?:first |also |then |further |next |finally |lastly |additionally )?"
        r"(?:asked|requested|wanted to know|enquired)"
        # not a count of the questions, the sentence ending there: "You asked four questions." (a lead-in to a
        # list of them after a colon is still read: "You asked two questions about X: whether ...")
        r"(?! (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a number of|some|various|multiple) "
        r"(?:\w+ )?(?:questions|points|things|requests)\b[^:?!]*?\.)"
        r"|your (?:first|second|third|fourth|next|final|last|other) "
        r"(?:question|request|point)(?: asked| was| concerned)?)\b[^?!]*?[.?!]"
        # a turn to a question named by its subject, up to a colon or the sentence's end: "On your question about
        # whether ... refunded: 9 were."
        r"|(?P<subject>(?:on|regarding|as (?:to|for)|turning to|with regard to|in (?:relation|respect) to) your "
        r"(?:(?:first|second|third|fourth|next|final|last|other) )?(?:question|request|point) "
        r"(?:about|on|regarding|concerning|as to)\b[^?!:.]*[?:.](?=\s|$)))"
        # not a sentence saying the questions are set out below: "I have set out each of your questions below."
        r"(?:\s+(?P<a>(?!(?:i|we) (?:have |will )?(?:set out|listed|repeated|reproduced|restated|copied)\b|"
        r"(?:each of )?your (?:questions|requests?|points)\b[^.]{0,20}? (?:is|are|has been|have been) |"
        # nor one opening the answers that follow: "Our response is as follows."
        r"(?:our|my|the) (?:response|reply|answer)s? (?:is|are|was|were) (?:as follows|(?:set out |given )?below)\b)"
        r"\S.*))?$",
        re.IGNORECASE,
    ),
    examples=(
        "you first asked how many wardens we employ. we employ 12.",
        "you also asked whether the post is funded. it is not.",
        "your final question asked for the cost of the review. the review cost £3,400.",
        "your second question was about staff training.",
        "finally, you asked what the scheme paid out. we do not hold this.",
        # reported, and answered later: the sentence after it is read as part of the report, not its answer
        "you asked about school transport. we have set out your questions below with our answers.",
        "you asked about parking fines. your questions are repeated below in bold.",
        "you asked about the swimming pool's repairs. our answers are set out below.",
        "on your question about whether any grants were repaid: two were, in march.",
        "regarding your last point about the contract's length, it runs to 2027.",
    ),
    counter_examples=(
        "thank you for your request, in which you asked for the following:",
        "as you asked, we have enclosed the report.",
        "we asked the service whether it holds the data.",
        "on your question, we hold nothing.",
        "on your request for a review: write to the chief executive.",
        "you asked three questions. we have taken them together.",
        "you asked a number of related questions about the depot.",
    ),
)
# A reply counting the questions it was asked without restating them: "You asked four questions." (each of them
# is answered by the prose after it; a count leading into the list of them, "... questions about X: ...", is not it)
QUESTIONS_COUNTED = LineCue(
    "a count of the questions asked, none restated",
    re.compile(
        # the asker, or the first of two requests answered together: "The first asked six questions about ..."
        # or as a disclosure log reports it, with whom it was asked of: "The requester asked the Wibble Panel seven ..."
        r"(?:\b(?:you|the (?:requester|applicant)|the first(?: request)?) (?:asked|raised|put|sent)"
        r"(?: us| (?:the|our)(?: [a-z']+){1,6}?)? |"
        # or the reply's words for all of them together: "This applies to all six questions."
        r"\b(?:all|each of)(?: (?:your|the|these|those))? |"
        # or the information asked for in them: "none of the information you asked for in your seven questions."
        r"\b(?:in|(?:any|none|all) of) your )"
        r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9]) "
        # a part only as a part of the request: "all six parts of your request", not "all four parts of the form"
        # --- round 87: the count before "of your": "all four of your questions"
        r"(?:of (?:your|the|these|those) )?"
        r"(?:[a-z]+ )?(?:questions\b|parts (?=of (?:your|the|this) (?:request|e-?mail|letter)\b))"
        # --- round 87: a colon only before an address, never before the questions listed: "... to the county: x@y.uk."
        r"(?:[^:?!.]|:(?=\s*(?:[\w.+-]+@|https?://|www\.)))*\."
    ),
    examples=(
        "you asked four questions.",
        "in your email you asked us three separate questions about the depot.",
        "you put 5 questions. as they overlap, we answer them in one.",
        "of your two letters, the first asked three questions about allotments and the second about parks.",
        "this applies to all four questions and every part of them.",
        "no records are kept for each of your 3 questions.",
        "all five parts of your request concern the same depot, and have been aggregated.",
        # --- round 77 (b)
        "the requester asked the wibble fire authority four questions about hydrants.",
        "you asked our parks team three questions.",
        "the panel does not hold any of the information you asked for in your five questions.",
        "we hold nothing for any of your four questions.",
        # --- round 87
        "all four of your questions would need to go to the county council: foi@example.gov.uk.",
    ),
    counter_examples=(
        "you asked how many questions the panel answered.",
        "you asked two questions about permits: whether any were refused, and how many.",
        "you asked one question.",
        "we asked three questions of the contractor.",
        "the first question asked two things.",
        "all questions were answered.",
        "each of the questions: see below",
        "all four parts of the form were filled in.",
        # --- round 77 (b)
        "the requester asked the council how many questions were received.",
        "in your two questions below: the first is on parks.",
        "all three of your questions: see below.",
    ),
)
# In a reply reporting its questions a paragraph each, a paragraph turning to the next topic: "Turning to funding,
# £4.2 million was set aside." (the topic is the question, the rest its answer)
TOPIC_TURN = LineCue(
    "a paragraph turning to the next topic",
    re.compile(
        r"^(?:(?:finally|lastly),? )?(?:(?P<q>(?:turning (?:now )?to|moving on to|on|as (?:to|for|regards)|"
        r"with (?:regard|respect|reference) to|regarding|in (?:relation|respect) to) "
        r"(?!\d|(?:balance|this|that|these|those|which|it|receipt|reflection)\b)[^,.;:?!]{3,80}?,)|(?P<q2>)(?<=, ))"
        r"\s*(?P<a>\S.*)$",
        re.IGNORECASE,
    ),
    examples=(
        "turning to funding, £4.2 million has been set aside for the year.",
        "on the number of patients treated, 1,038 had a first prescription by august.",
        "as for complaints, we logged 27 in the period.",
        "finally, in relation to refunds, none were made in 2024.",
        "lastly, the minutes of the two meetings are attached.",
    ),
    counter_examples=(
        "on 3 may 2024, we received your request.",
        "on balance, the public interest favours withholding the figures.",
        "in relation to this, we hold no further records.",
        "turning to funding. we hold no figures.",
        "on the number of patients treated",
    ),
)
# Words of a short topic turned to that name no topic: "as for the cost" names the cost
TOPIC_FILLER_WORDS = frozenset(
    "the and for you your our any all this that these those its with from now turning regard respect reference "
    "relation regards moving".split()
)
# A reply that asks for clarification before it answers (section 1(3)): it holds no answer yet
CLARIFICATION_SOUGHT = LineCue(
    "clarification sought before answering",
    re.compile(
        r"\b(?:until|on the day|once|when|the date) (?:that )?(?:we|i) (?:have )?receive(?:d)? "
        r"(?:your|the|this|that|any) "
        r"(?:clarification|further information|information (?:we|requested))|"
        # the clock restarting on the requester's answer: "the 20 working days will run from the date we receive
        # your reply"
        r"(?:days?|limit|period|clock)\b[^.]{0,40}?\b(?:run|start|begin|restart|recommence)s?(?: again)? "
        r"(?:from|once|when|on) (?:the (?:date|day) )?(?:that )?(?:we|i) (?:have )?receive(?:d)? your|"
        # the request counted as received on the requester's answer: "I will treat the request as received on the
        # date of your reply"
        r"treat(?:ed)? (?:the|your|this) request as (?:being )?received (?:on|from) the (?:date|day) (?:of|that)|"
        # the request closed when no answer comes: "If I do not hear from you within two months I will assume ..."
        r"\bif (?:we|i) (?:do not|don't|have not|haven't|did not) (?:hear|heard|receive|received) (?:back )?"
        r"(?:from you|a reply|a response|your (?:reply|response|clarification))\b[^.]{0,120}?"
        r"\b(?:withdrawn|closed|lapsed|close (?:the|your|this) request|no longer (?:wish|want|require))"
    ),
    examples=(
        "the 20 working day period will not begin until we receive your clarification.",
        "the time for responding will begin again on the day we receive your clarification.",
        "we will deal with your request once we have received the further information requested.",
        "the 20 working days will run from the date we receive your answer.",
        "the time limit for our response will begin again once we receive your reply.",
        "the period for answering will therefore start again when i receive your reply.",
        "i cannot answer until i receive your clarification of the second item.",
        "once i hear back from you i will treat the request as received on the date of your reply.",
        "if i do not hear from you within two months i will assume you no longer wish to proceed.",
        "if we have not heard from you within 20 working days, your request will be treated as withdrawn.",
        "if we do not receive a reply within three months, we will close the request.",
    ),
    counter_examples=(
        "thank you for your clarification, received on 3 may. our answers are below.",
        "if we need any clarification we will contact you.",
        "we have now received your clarification and answer your questions below.",
        "the 20 working days began on the date we received your request.",
        "if we do not hear from you, we will assume you are happy with this response.",
        "we treated your request as received on the day it reached the right team.",
    ),
)
# Words one of which every match of CLARIFICATION_SOUGHT holds (a quick test before it)
CLARIFICATION_WORDS = (
    "we receive",
    "we have receive",
    "i receive",
    "i have receive",
    "not receive",
    "from you",
    "as received",
    "as being received",
)
# The opening words of a reply's help text or sign-off: "If you are dissatisfied ...", "Yours sincerely"
_HELP_OR_SIGN_OFF = (
    r"if you are (?:dissatisfied|unhappy|not (?:satisfied|happy|content))|"
    r"os (?:ydych yn anfodlon|nad ydych yn fodlon)\b|"  # the same in Welsh, in a bilingual reply
    r"if you (?:wish|want) to (?:request|complain|appeal)|"
    r"(?:if|should) you have any (?:further |other )?(?:questions|queries|enquiries|concerns)\b|"
    r"yours (?:sincerely|faithfully)|kind regards"
)
# A closing wish opening its line ends the answers: "I hope this is helpful.", "We trust the above is of use."
_CLOSING_WISH = (
    r"(?:i|we) (?:hope|trust) (?:that )?(?:this|the above|the information(?: provided)?)(?: information)? "
    r"(?:is|has been|will be|proves?) (?:helpful|useful|of (?:help|use|assistance|interest))\b"
)
# Where the help text after a prose reply begins, inside a line: "... by year. If you are dissatisfied with ..."
PROSE_END = LineCue(
    "help text or sign-off after a prose reply",
    re.compile(
        r"(?:^|(?<=[.!?;]\s))(?:" + _HELP_OR_SIGN_OFF + r"|should you require any further|best wishes,?$|"
        # a closing wish: "We hope this is helpful.", "I trust the above information is of use."
        r"(?:i|we) (?:hope|trust) (?:that )?(?:this|the above|the information(?: provided)?)(?: information)? "
        r"(?:is|has been|will be|proves?) (?:helpful|useful|of (?:help|use|assistance|interest))\b|"
        # --- round 87: a disclosure-log page's own headings under the reply, alone on their line: its files
        # ("Documents", then names or "No documents have been published") and its other entries ("Related requests")
        r"(?:related (?:documents|requests|files|downloads|attachments)|documents)$)",
        re.MULTILINE,
    ),
    examples=(
        "we hold 12 records by year. if you are dissatisfied with this response, you may ask for a review.",
        "we do not hold this.\ndocuments\nno documents have been published for this request.",
        "the figure is 40.\nrelated requests\nabc-12 parking fines",
        "i hope this is helpful; if you are unhappy with how we handled your request, you may ask for a review.",
        "yours sincerely",
        "the figure is 40. should you require any further information, contact us.",
        "the spend was nil. we hope this is helpful.",
        "i trust the above information is of use to you.",
        "we do not hold this.\nbest wishes,\nwibble parish clerk",
    ),
    counter_examples=(
        "we asked if you are dissatisfied with the service",
        "best wishes were sent to the team on their award.",
        "we hold the documents\nyou asked for.",
        "related documents are attached.",
        "the council has received 14 requests\nfor these records.",
        "please pass on our kind regards to the team",
        "we hope this scheme will be helpful to residents.",
    ),
)
SIGN_OFF = LineCue(
    "valediction",
    # a bilingual letter may put the Welsh first: "Yn gywir / Yours sincerely", "Cofion gorau / Best wishes"
    re.compile(
        r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|best wishes|regards|yn (?:gywir|ddiffuant)|"
        r"cofion|le deagh dh[uù]rachd|(?:is mise )?le meas)\b"
    ),
    examples=(
        "Yours sincerely",
        "Kind regards,",
        "Regards",
        "Yn ddiffuant / Yours sincerely,",
        "Cofion gorau / Kind regards",
        "Le deagh dhùrachd / Kind regards",
        "Is mise le meas / Yours faithfully",
    ),
    counter_examples=(
        "Regardless of the outcome, we hold 12 records.",
        "With regards to question 2, none.",
        "Yn ôl ein cofnodion / According to our records, none were held.",
    ),
)
# A postal address, its last part a postcode: never a question, whatever word opens it ("Number One Riverside, ...")
POSTAL_ADDRESS = LineCue(
    "postal address ending in a postcode",
    re.compile(r",[^,?]*\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\.?$"),
    examples=(
        "Number One Riverside, Smith Street, Rochdale OL16 1XU",
        "Civic Centre, Castle Hill Avenue, Folkestone CT20 2QY",
        "The Council House, Victoria Square, Birmingham B1 1BB.",
    ),
    counter_examples=(
        "The number of fines issued in 2023, by postcode district",
        "Details of the contract, including its start date",
        "The total spend in 2024, as at 31 March",
    ),
)
# A request's opening line that introduces the items after it: "Please provide the following details"
LEAD_IN_TEXT = LineCue(
    "opening line introducing the items after it",
    re.compile(
        r"\b(?:the following|details of|as follows|information (?:on|about|regarding|relating to|in relation to))\b",
        re.IGNORECASE,
    ),
    examples=(
        "Please provide the following:",
        "I would like details of",
        "Information about parking fines",
    ),
    counter_examples=(
        "How many fines were issued in 2023?",
        "Please provide a copy of the policy.",
    ),
)
# A heading that opens the request part: "Request", "You asked:", "Details of the Request", "Question(s):"
REQUEST_HEADING = LineCue(
    "heading opening the request part",
    re.compile(
        r"^(?:(?:details of the|the|your|original|your original|summary of|information)\s+)?"
        r"(?:request(?:ed)?|you asked(?: for)?|questions?(?:\(s\))?|request details|"
        r"information requested)(?:\s+(?:is|was|were))?\s*:?\s*$"
    ),
    examples=(
        "Request",
        "You asked:",
        "Details of the Request",
        "Question(s):",
        "Information requested",
    ),
    counter_examples=(
        "Request for internal review",
        "Questions about this response",
        "You asked for the figures by year",
    ),
)
# Opening words of a reply letter, or of the reply part after a request quoted in full
REPLY_OPENING = LineCue(
    "reply opening",
    re.compile(
        r"^(?:i (?:can )?confirm that|i am (?:able|pleased) to|thank you for your|please find (?:below|attached)|"
        r"your request(?: for information)?(?:,? received [^,.]{3,40},)? has (?:now )?been|"
        r"we have now|following (?:receipt|your)|"
        r"(?:we|i) have (?:split|divided|broken down|separated) your (?:request|questions?) into|"
        r"i write (?:further|in connection|(?:about|regarding|in (?:reply|response) to) your)|further to your|"
        r"we can confirm|(?:i|we) refer to your|"
        r"(?:our|the [a-z']+(?: [a-z']+)?) (?:response|reply|answer)s? (?:was|is|are) as follows)"
    ),
    examples=(
        "I can confirm that the information is held.",
        "Thank you for your request for information received on 3 May.",
        "Please find attached the figures you asked for.",
        "The council's response was as follows:",
        "Our answers are as follows:",
        "We refer to your letter of 2 June asking for the tree survey.",
        "I write about your request of 9 May for the parking figures.",
        # --- round 59 (c)
        "Your request, received by the council on 4 June, has been dealt with.",
        "We have split your request into four parts and answer them in turn.",
    ),
    counter_examples=(
        "Can you confirm that the policy is in force?",
        "For the figures, we refer you to our published accounts.",
        "Please provide the figures as follows:",
        "The response times were as follows:",
        "I write about one in ten of the letters myself.",
    ),
)
# A note of the law a request was dealt with under, answering none of its questions: "We have handled your request
# under the Freedom of Information Act 2000.", "Your request has been considered under the EIR."
HANDLING_NOTE = LineCue(
    "request handled under a law",
    re.compile(
        r"^(?:(?:we|i) have (?:now )?(?:handled|dealt with|considered|processed) (?:your|this) request|"
        r"(?:your|this) request (?:has been|was) (?:handled|dealt with|considered|processed))\b[^.]*?"
        r"\b(?:under|in (?:line|accordance) with) (?:the )?(?:freedom of information|environmental information|"
        r"foisa|foi|eirs?)\b"
    ),
    examples=(
        "We have dealt with your request under the Freedom of Information Act 2000.",
        "Your request has been considered under the Environmental Information Regulations 2004.",
        "This request was processed in accordance with the Freedom of Information (Scotland) Act 2002.",
    ),
    counter_examples=(
        "We have handled 40 complaints under the policy.",
        "Your request has been refused under section 12.",
        "We have considered the public interest under the Freedom of Information Act and withheld the names.",
    ),
)
# A courtesy opening a reply that answers nothing asked: thanks for the request, in one sentence that goes on to no
# answer (no colon or semicolon), or an apology for the reply's delay: "Thank you for your email of 2 March.",
# "Please accept our apologies for the late reply."
COURTESY = LineCue(
    "thanks or apology for delay",
    re.compile(
        r"^(?:thank you for (?:your|contacting)\b[^:;]*$|(?:(?:please accept )?(?:(?:my|our) )?apologies|"
        r"we (?:apologi[sz]e|are sorry)|i (?:apologi[sz]e|am sorry)|sorry) for\b[^.]*\b(?:delay|late|lateness)\b)"
    ),
    examples=(
        "Thank you for your email of 2 March, which we have treated as a request for information.",
        "Thank you for contacting the department.",
        "Please accept our apologies for the late reply.",
        "Apologies for the long delay in getting back to you.",
        "We apologise for the delay in responding.",
    ),
    counter_examples=(
        "Thank you for your patience: we hold 14 records.",
        "Thank you for your request; the answer is no.",
        "We apologise for any confusion the figures caused.",
        "Thanks to the volunteers, the site reopened.",
    ),
)
# A reply saying it keeps the request's numbering or marked the request's items itself: "our answers follow the
# numbering of your request", "which we have lettered (a) to (e) below". Read line by line (segment._step): from then
# on a numbered line without a "?" is an answer. Plain "numbered to match your email" is not enough there: replies
# saying it quote the request below the sign-off, wrap a figure onto a line of its own ("1.0 FTE") or open an answer
# with a caption, all of which that reading takes for answers
_KEEPS_NUMBERING = (
    r"\bfollows? (?:the|your) (?:own )?numbering\b|"
    r"\b(?:using|with|under) (?:the same numbering as|your (?:own |original )?numbering)\b|"
    r"\b(?:correspond(?:s|ing)?|match(?:es|ing)?) (?:to |with )?(?:the|your) numbering\b|"
    # the numbering as the subject: "the numbering matches your letter", "the numbering is as in your email"
    r"\bthe numbering (?:used )?(?:below )?(?:matches|follows|corresponds (?:to|with)|is (?:the same as|as in)) "
    r"(?:that (?:of|in) )?(?:your\b|the (?:original )?request)|"
    # the writer marked the request's items for the answers below: "which we have lettered (a) to (e) below"
    r"\b(?:i|we)(?: have|'ve)? (?:labelled|lettered|numbered) (?:them |these |each |your \w+ )?"
    r"\(?[a-z\d]{1,2}\)? to \(?[a-z\d]{1,2}\)?(?: below| as follows)?[.:,]?$"
)
_NOT_NUMBERED_AS_REQUEST = (
    "the numbering of the sites changed in 2022.",
    "houses are numbered in sequence along the street.",
    "please number your questions when you write to us.",
    "the bins we have numbered 1 to 40 are emptied on mondays.",
    "we labelled the sites a to f on the map we sent in may, and site c has closed.",
    "the numbering follows the order in which the depots opened.",
)
KEEPS_REQUEST_NUMBERING = LineCue(
    "answers keep the request's numbering",
    re.compile(_KEEPS_NUMBERING),
    examples=(
        "our responses follow the numbering of your request.",
        "i have answered each point using your numbering.",
        "each answer below matches the numbering in your request.",
        "your letter raised five points, which we have lettered (a) to (e) below.",
        "i have numbered your questions 1 to 3:",
        "we have not copied out each question; the numbering below corresponds to that of your letter.",
        "the numbering used matches your email of 3 june.",
    ),
    counter_examples=(
        *_NOT_NUMBERED_AS_REQUEST,
        "the answers below are numbered to match the questions in your letter.",
    ),
)
# A reply saying its answers carry the request's numbers, which it does not restate: "numbered to match the points
# in your email", or any wording above. Read over the whole reply (segment._numbered_segments): a numbered caption
# under it ("2. Income by year:") heads an answer, not a question
NUMBERED_AS_REQUEST = LineCue(
    "answers numbered as the request",
    re.compile(
        r"\bnumbered (?:to (?:match|correspond (?:to|with))|as (?:in )?(?:your|the)|in line with)\b|"
        # --- round 58 (b): the answers follow the request's order: "our replies are given in the order of your points"
        r"\bin the (?:same )?order (?:of|as) your (?:questions|request|points|email|letter)\b|" + _KEEPS_NUMBERING
    ),
    examples=(
        "the answers below are numbered to match the questions in your letter.",
        "the replies are numbered as in your original email.",
        "we have set out our replies numbered in line with your list.",
        *KEEPS_REQUEST_NUMBERING.examples,
        # --- round 58 (b)
        "we give our replies below in the order of your questions.",
        "each point is answered in the same order as your email.",
    ),
    counter_examples=(
        *_NOT_NUMBERED_AS_REQUEST,
        # --- round 58 (b)
        "the bids are listed in the order of the request for tender.",
        "please rank the options in the order of your preference.",
    ),
)
# Words one of which every match of NUMBERED_AS_REQUEST and KEEPS_REQUEST_NUMBERING holds (a quick test before them:
# most lines hold none)
NUMBERING_WORDS = ("number", "labelled", "lettered", "order")
# An acknowledgement: the reply promises its answer by the statutory deadline ("you should receive a response within
# 20 working days", "we will aim to respond ... within 20 working days"); not the time a review takes
ANSWER_PENDING = LineCue(
    "answer still to come",
    re.compile(
        r"\b(?:will|should|aim to|expect to) (?:aim to )?(?:respond|reply|(?:receive|send you) (?:a|our) "
        r"(?:full )?(?:response|reply))\b"
        r"(?![^.]{0,80}\b(?:review|appeal|complain))[^.]{0,80}?\b(?:within|which is) (?:20|twenty) working days\b|"
        # the time the law allows, counted from now: "we have 20 working days to respond"
        r"\b(?:we|the (?:council|authority)) (?:now )?(?:have|has) (?:up to )?(?:20|twenty) working days "
        r"(?:in which )?to (?:respond|reply|answer)\b"
    ),
    examples=(
        "you should receive a response within 20 working days, that is by 4 june.",
        "we will aim to respond promptly and in any event within 20 working days.",
        "the council will respond to you within twenty working days of receipt.",
        "by law we have twenty working days in which to reply, so expect our answer by 2 may.",
        "we aim to send you a full reply quickly, and at the latest within 20 working days.",
        "we will respond no later than 3 march, which is twenty working days after your request reached us.",
    ),
    counter_examples=(
        "we will respond to your request for a review within 20 working days.",
        "we responded within 20 working days.",
        "public authorities must respond within 20 working days.",
        "we had 20 working days to respond and are sorry for the delay.",
        "we responded on 3 march, which is twenty working days after your request reached us.",
    ),
)
# A verb right after a named label, the label being the subject of a sentence about that question:
# "Question 5 would require us to search ...", "Q2 asks for the same records as Q1"
ABOUT_QUESTION = LineCue(
    "sentence about a named question",
    re.compile(
        r"^(?:would|will|could|is|was|has|had|asks|asked|requires?|cannot|falls|concerns|relates|seeks|sought|"
        r"covers|overlaps|repeats|duplicates)\b"
    ),
    examples=(
        "would require us to search every mailbox",
        "asks for the same records as question 1",
        "repeats a request we answered in may",
    ),
    counter_examples=(
        "how many staff were employed?",
        "and 4",
        "the number of permits issued",
    ),
)
# Boilerplate that ends the answers: "If you are dissatisfied", "You may re-use", "Open Government Licence",
# "This letter constitutes a partial refusal notice under section 17." (of the whole reply, not its last answer)
BOILERPLATE = LineCue(
    "boilerplate ending the answers",
    re.compile(
        r"^(?:" + _HELP_OR_SIGN_OFF + r"|" + _CLOSING_WISH + r"|you may re-?use|you are free to use|"
        r"this information (?:is|may be) (?:released|re-?used) under|"
        r".{0,40}open government licen[cs]e|your right to (?:complain|request a review|appeal)|"
        # the terms the information is given on, under the answers: "The information provided is subject to ..."
        r"(?:the )?information (?:supplied|provided|released|disclosed|in this (?:response|reply|letter))(?: to you)? "
        r"(?:is|remains) "
        r"(?:(?:the |crown )?copyright of|crown copyright\b|subject to (?:crown )?copyright|"
        r"subject to (?:the )?open government licen[cs]e)|"
        r"your right to seek (?:a |an internal )?review|complaints? (?:procedure|and appeals)|"
        # not the title of a review's own letter: "Internal review decision", "Internal review outcome"
        r"internal review\b(?!\s*(?:[-–:]\s*)?(?:decision|outcome|result|response|reply)\b)|"
        r"your enquiry has been processed|"
        r"right of (?:appeal|review)|(?:section 16\W+)?advice and assistance\s*:?\s*$|"
        r"we have (?:now )?(?:provided|supplied|released|disclosed) all (?:of )?the information\b|"
        r"best regards|tell us how we|rate this page|"
        # a bare valediction alone on its line: "Regards,", "Warm regards" (not "Regards to Q2: none")
        r"(?:warm(?:est)? |with )?regards[,.!]?\s*$|"
        # the requester's own sign-off on a line of its own, in a request quoted below the reply: "Many thanks,"
        r"(?:many |with )?thanks(?: in advance)?[,.!]?\s*$|thank you(?: in advance)?[,.!]?\s*$|best wishes\b|"
        r"this (?:letter|e-?mail|response|reply) (?:constitutes|serves as|is|acts as) (?:a |an |our )?(?:partial )?"
        r"refusal notice(?: under section 17(?: of the (?:act|freedom of information act(?: 2000)?))?)?"
        r"(?: (?:for|in respect of|in relation to) (?:those|the|any) (?:parts?|elements?) of (?:your|the) "
        r"request\b[^.]*)?\.?\s*$|"
        r"a pdf version of this page|copyright\b|"
        # a site's copyright line, its mark a letter in brackets before a year: "(c) 2024 Anyshire Council"
        r"(?:\(c\)|©)\s*(?:19|20)\d\d(?:\s+(?!to\b|and\b)[a-z]|\s*$)|"
        r"re-?use of (?:the )?information\s*$|"
        r"privileged/confidential|"
        r"information commissioner'?s office,? wycliffe|attachment \d+\s*$|reference number\s*$|"
        r"date (?:request )?received\s*$|date of decision\s*$|foi reference:|"
        # a request site's footer under the reply: "Is <address> the wrong address for ... requests to X?"
        r"is (?:\S+@\S+|\[[^\]]{1,80}\]) the wrong address for\b|please use this e-?mail address for all replies\b|"
        # a heading summing the reply up after its answers: "Summary", "Conclusion"
        r"(?:in )?(?:summary|conclusions?)\s*:?\s*$|"
        # a disclosure-log page's list of its files under the reply: "Related documents" (then "None" or names)
        r"related (?:documents|files|downloads|attachments)\s*:?\s*$)"
    ),
    examples=(
        "Summary",
        "Conclusion:",
        "We hope the information provided is useful to you.",
        "I trust this has been of help; the review procedure is set out below.",
        "If you are dissatisfied with the handling of your request",
        "Os ydych yn anfodlon â'r ymateb, gallwch ofyn am adolygiad.",
        "Os nad ydych yn fodlon, cysylltwch â ni.",
        "You may re-use this information",
        "Open Government Licence",
        "The information provided is subject to the Open Government Licence.",
        "The information supplied to you is the copyright of Wibble Council unless otherwise stated.",
        "The information provided is copyright of Wibble Council and may be",
        "The information in this response is the copyright of Wibble Council or its trust unless otherwise stated.",
        "The information released to you is Crown copyright.",
        "This letter constitutes a partial refusal notice under section 17.",
        "This response serves as a refusal notice under section 17 of the Act for those parts of your request "
        "that have been withheld.",
        "Internal review",
        "Your right to seek a review",
        "Many thanks,",
        "Regards,",
        "Warm regards",
        "Thank you in advance.",
        "Copyright",
        "(c) 2024 Anyshire District Council",
        "© 2023 Example Fire and Rescue Service. All rights reserved.",
        "Yours sincerely",
        "Is info@example.gov.uk the wrong address for requests to this council? If so, tell the site.",
        "Please use this email address for all replies to this request:",
        "Related files:",
    ),
    counter_examples=(
        "How many internal reviews were held?",
        "Related documents were destroyed under the retention schedule in 2022.",
        "Is the address held by the council the wrong address for the depot?",
        "The copyright of the report rests with the author.",
        "Regards to question 2, none are held.",
        "This letter explains our decision.",
        "Thank you for your request of 3 May.",
        "Thanks to a new system, we now record this.",
        "This letter is a refusal notice for question 3, as the report is exempt under section 31.",
        "Summary of spend by year: £4,000",
        "(c) 2023/24: the council spent £1,200 on repairs.",
        "(c) Copies of the 2022 survey reports.",
        "(c) 2021 to 2023, by year",
        "Mae'r Cyngor yn fodlon rhannu'r ffigurau.",
        "Internal review outcome",
        "INTERNAL REVIEW - DECISION",
        "We hope to publish this information in the spring.",
        "The information provided is subject to the caveats below.",
        "The information provided is copyrighted material we cannot share",
    ),
)
# A copyright notice, boilerplate too, kept apart to be tried only on lines with "copyright" in (its scan of the
# line's first 80 characters is slow): "The information supplied is subject to copyright", said of what is supplied
# (not a clause of an answer's sentence: "... free to view online, subject to copyright")
COPYRIGHT_NOTICE = LineCue(
    "copyright notice",
    re.compile(
        r"^.{0,80}\b(?:is|are|remains?|be|been|material|information|documents?|content|data) "
        r"(?:subject to|protected by) copyright"
    ),
    examples=(
        "The information supplied is subject to copyright",
        "Material protected by copyright",
        "Some of the documents released may be subject to copyright held by others.",
    ),
    counter_examples=(
        "Copyright fees paid in 2023",
        "We paid £400 in copyright licences",
        "subject to copyright. A fee applies to prints for commercial use.",
        "the maps can be viewed free of charge, subject to copyright",
    ),
)
# A heading over the refusal of the part being answered, not the end of the answers: "NOTICE OF REFUSAL"
REFUSAL_HEADING = LineCue(
    "heading over a refusal",
    re.compile(r"^(?:notice of refusal|refusal notice)\s*:?\s*$"),
    examples=(
        "NOTICE OF REFUSAL",
        "Refusal notice:",
    ),
    counter_examples=(
        "This is a refusal notice under section 17",
        "Refusal notices issued in 2023",
    ),
)
# A heading of the reply's help text, asked in the requester's voice: it ends the answers.
HELP_HEADING = LineCue(
    "help heading",
    re.compile(
        r"^(?:what|how|who|where|when|why)\b[^?]{0,60}\b(?:i|i'm|me|my)\b[^?]{0,60}"
        r"(?:\bdo if\b|unhappy|not (?:happy|satisfied)|dissatisfied|complain|appeal|review|re-?us|copyright|"
        r"commissioner|disagree|contact\b)"
        r"|^what happens next\b|^(?:what|how|who|where|when|why)\b(?! many| much)[^?]{0,40}\b(?:internal review|"
        r"information commissioner)\b"
        r"|^how to (?:contact us|complain|make a complaint|appeal|ask for a review|request a review)\b"
    ),
    examples=(
        "What can I do if I am unhappy with the response?",
        "How do I complain?",
        "What if I am not satisfied with this decision?",
        "How can I ask for a review of this decision?",
        "Where can I find out about re-using the information",
        "What happens next?",
        "Who can I contact?",
        "What is an internal review?",
        "How to contact us",
        "How to make a complaint",
    ),
    counter_examples=(
        "How many complaints did the council receive in 2023?",
        "Could I have a breakdown of appeals by year?",
        "What is the review date of the policy?",
        "What happens to the waste after collection?",
        "Who is the contact for parking enforcement?",
        "How many internal reviews did you carry out in 2023?",
    ),
)
# A web page's own controls and prompts, saved with a published reply: neither question nor answer.
WEB_CHROME = LineCue(
    "web page control",
    re.compile(
        r"^(?:forgot(?:ten)? (?:your )?(?:password|username|login details)|"
        r"(?:do not|don't|already) have an account|need (?:some )?help|"
        r"(?:was|is|did you find) this page (?:useful|helpful)|did you find what you (?:were|are) looking for|"
        r"is there anything wrong with this page|(?:not )?registered yet|"
        r"how to (?:make|submit) an? (?:foi |freedom of information |information )?request|"
        # the page's sharing links: "Share this page  Print", "Print this page"
        r"(?:(?:share|print|email|bookmark)(?: (?:this|the) page)?(?:\s+|$)){1,4})\s*\??"
        # the page's answer buttons after its prompt: "Was this page helpful? Yes No", then GOV.UK's link to report it
        r"(?:\s+yes\s*(?:/\s*)?no)?(?:\s+report a problem with this page)?\s*$"
    ),
    examples=(
        "Forgotten password?",
        "Forgot your password?",
        "Don't have an account?",
        "Was this page helpful?",
        "Did you find this page useful?",
        "Did you find what you were looking for?",
        "Need help?",
        "How to make a request",
        "Share this page  Print",
        "Print this page",
        "Was this page useful?   Yes   No",
        "Was this page helpful? Yes / No",
        "Is this page useful? Yes No Report a problem with this page",
    ),
    counter_examples=(
        "How many staff reset a forgotten password in 2023?",
        "Was this page of the policy reviewed? Yes",
        "Do you have an account with the supplier?",
        "Was this page of the policy reviewed?",
        "Please provide help with the following:",
        "How to make a request for a review is explained below.",
        "Share the page with the steering group",
    ),
)
# A web page's list of its own sections, above the text: "Contents" then "Request", "Response", ... (the headings it
# lists are not where the reply starts)
CONTENTS_HEADING = LineCue(
    "heading of a page's list of contents",
    re.compile(r"^(?:(?:table of )?contents|on this page|in this (?:page|section|document))\s*:?\s*$"),
    examples=("Contents", "Table of contents:", "On this page"),
    counter_examples=("Contents of the contract were not disclosed.", "On this page you will find our answers."),
)
# The reply's own prompts and headings to the reader, in the second person: neither question nor answer.
READER_PROMPT = LineCue(
    "reply's prompt to the reader",
    re.compile(
        r"^(?:(?:can't|cannot|can not) find what you(?:'re| are) looking for|"
        r"is there anything else (?:we|i) can (?:help|do)|"
        r"(?:do you )?need (?:this|the) (?:information |document |letter |response |reply )?in (?:another|a different|"
        r"an alternative|a larger|an accessible) format|"
        r"would you like to (?:give|leave|tell us|share) (?:us )?(?:some |your )?(?:feedback|views)|"
        r"(?:was|is|did you find) this (?:response|reply|answer|information|letter) (?:useful|helpful)|"
        r"(?:are|were) you (?:happy|satisfied|unhappy|dissatisfied) with (?:our|this|the) (?:response|reply|decision)|"
        r"(?:do you have |have you got )?any (?:further |other )?(?:queries|questions)\s*\??$|"
        r"questions about this (?:response|reply|letter)|"
        r"did (?:this|we) answer your (?:question|request|query)|"
        r"should you (?:have|wish|require|need|be)\b|may i take this opportunity|do let (?:us|me) know|"
        r"if you (?:require|need|have) any (?:further|other|more) (?:information|queries|questions)|"
        # help offered to the requester, however worded: "If you would like any help in refining your request, ..."
        r"if (?:you (?:would like|need|require|want)|we can(?: be of)?)(?: any| some)?(?: further| more)? "
        r"(?:help|assistance|advice)\b|"
        r"(?:please )?(?:do not|don't) hesitate to (?:contact|get in touch|call|email|write)|"
        # a service the reply offers: "If you would like us to tell you when the report is out, ..."
        r"if you(?: would|'d) like (?:us|me) to\b|"
        r"what happens to your personal (?:data|information)|why not sign up|"
        r"(?:who we are|what we (?:will )?do next|what is a publication scheme)\s*\??$|"
        r"(?:why|how|what) we [^?]{0,50}$)"
    ),
    examples=(
        "Can't find what you're looking for?",
        "Do you need this letter in another format?",
        "Are you happy with our response?",
        "Any queries?",
        "Did this answer your question?",
        "Should you have any further queries, please contact us.",
        "If you require any further information please let us know.",
        "Who we are",
        "Why we consider your request vexatious",
        "How we searched for the information",
        "If you would like any help in refining your request, please do not hesitate to contact us.",
        "If you need help narrowing your request, contact the team.",
        "If we can be of any further assistance, please let us know.",
        "Please do not hesitate to get in touch if anything is unclear.",
        "If you would like us to let you know when the report is published, please reply to this email.",
        "If you'd like me to send the figures in a spreadsheet, just ask.",
    ),
    counter_examples=(
        "Do you have a policy on staff parking?",
        "Are you able to provide the figures by ward?",
        "Any complaints about the service in 2023?",
        "Who is the senior officer responsible for the contract?",
        "Is this information published anywhere?",
        "Why did we receive no reply to the consultation?",
        "How many complaints did we make to the council in 2023",
        "Do you need help from the council to claim the grant?",
        "If help was offered, how many accepted it?",
        "If you would like to know more, how many sessions were held?",
    ),
)
# Request boilerplate that is neither question nor answer: "I wish to make an FOI request", "Dear Sir"
REQUEST_TALK = LineCue(
    "request boilerplate",
    re.compile(
        r"^(?:dear\b|i (?:would like|wish|"
        r"(?:am writing|write)(?! to (?:advise|inform|confirm|explain|let you|tell you))|"
        r"would be grateful|look forward|would remind|refer)|"
        r"please (?:acknowledge|could you provide this|treat|consider this)|under the freedom of information|"
        r"in accordance with the freedom|as a freedom of information|i kindly request|"
        r"if you (?:can'?t|cannot|need any clarification|have any queries)|if some parts|if foi requests|"
        r"for clarification|many thanks|we will (?:respond|reply)|thank you for your (?:email|e-mail)|"
        r"please quote (?:the|our|this|your) (?:reference|ref)|"
        r"we (?:have|has) received your|"
        r"if, for whatever reason|if it is simpler|if easier|if it is not possible|if you are unable|"
        # alone, or before the sender's name on the same line: "Thanks, Jo Bloggs"
        r"(?:thank you|thanks)(?: (?:again|in advance|very much))?"
        r"(?:[.,!]?$|,\s*[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2}$))"
    ),
    examples=(
        "Dear Sir or Madam",
        "I would like to request the following",
        "I am writing to request",
        "Under the Freedom of Information Act 2000",
        "Many thanks",
        "Thank you.",
        "Thanks,",
        "Thanks in advance.",
        "Thanks, Sam O'Neill",
        "Thank you again, Priya",
        "We have received your request",
    ),
    counter_examples=(
        "I am writing to inform you that we hold the information",
        "I am writing to tell you that we cannot answer this request",
        "Dearne Valley depot",
        "Thank you for your patience",
        "Thanks, we hold 14 such records.",
        "Thanks to the new system, waits have fallen by a third",
    ),
)
# The rest of REQUEST_TALK, kept apart to be tried only on lines with "acknowledge" in: "We acknowledge receipt"
ACKNOWLEDGE_TALK = LineCue(
    "acknowledgement of a request",
    re.compile(r".*\backnowledge(?:ment)? (?:of )?(?:receipt|your)"),
    examples=(
        "We acknowledge receipt of your request",
        "This is an acknowledgement of your email",
    ),
    counter_examples=(
        "We acknowledge that the figures are late",
        "Acknowledgements: the authors",
    ),
)
# What a request asks for after "please": "Please provide", "Please could you confirm" (a reply's own "please"
# lines, "Please accept our apologies", "Please keep this letter", ask for nothing)
_PLEASE_ASKS = (
    r"(?:provide|state|confirm|list|send|supply|tell|give|detail|outline|specify|indicate|explain|advise|share|"
    r"forward|disclose|include|clarify|identify|describe|let me know|break ?down|breakdown|break|split|e-?mail|"
    r"copy|release|answer|could|can|would|may i|inform|show|set out|publish|make available|search|check|treat|"
    r"name|say|quantify|summari[sz]e|calculate|count)\b"
)
# A count or sum after a topic's colon, alone on its line or opening a clause: the item filled in with its
# answer ("Releases in error in 2024/25: 6"), where a year or a figure with more words names a period or a unit
FILLED_FIGURE = LineCue(
    "a bare count or sum filling in a topic",
    re.compile(r"^£?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?[km]?(?:[,;.]?\s*$|,\s)"),
    examples=("6", "1,318", "£4.2m", "9.", "£3,152,477, of which £1,900,000 was spent on the Wibble wing"),
    counter_examples=("2024", "2023/24", "12 officers", "4.1 staff", "£410 per visit"),
)


# A year or financial year and its figure after a colon or dash, a lettered part's whole answer under a question
# asking for each year: "2022: 54,086", "2023/24 - £142.7m" (not a sentence: "2023: the scheme closed")
YEAR_FIGURE_ROW = LineCue(
    "a year then its figure",
    # the kind of year may follow it: "2022/23 academic year: 23", "2023-24 financial year - £9,400"
    re.compile(
        r"^(?:19|20)\d\d(?:[/-](?:20)?\d\d)?(?:\s+(?:academic|financial|school|calendar)\s+year)?"
        r"\s*(?::|[-–])\s*£?\d[\d,]*(?:\.\d+)?[km]?\.?\s*$"
    ),
    examples=(
        "2022: 54,086",
        "2023/24 - £142.7m",
        "2024-25: 0",
        "2021 – 1,204.",
        "2022/23 academic year: 23",
        "2023-24 financial year - £9,400",
    ),
    counter_examples=(
        "2023: the scheme closed",
        "2022: 12 staff left",
        "2019 - 2023 figures",
        "Total: 54",
        "2022/23: £6.1k, 2023/24: £9.8k",
        "2022/23 academic year: 23 pupils were excluded",
    ),
)


# Words that open a question or an item of a request: "How many", "Please provide", "The number of"
QUESTION_START = LineCue(
    "words opening a question or a request item",
    re.compile(
        r"^(?:(?:and|also|of these|in addition|separately|finally)[, ]+)?"
        r"(?:how|what|which|who|whom|whose|when|where|why|whether|"
        r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may)(?! not\b))\b|"
        r"(?:please (?:(?:could|can|would|will) you |kindly |also |then )?"
        + _PLEASE_ASKS
        + r"|(?:kindly|provide|confirm|state|list|"
        r"give|send|supply|detail|outline|specify|indicate|describe|explain|clarify|identify|share|tell)\b|"
        r"(?:if|where|when) (?:possible|available|relevant|so|yes|not|applicable)\b|"
        r"(?!(?:most|least) of\b)"  # "Most of the figures we hold ..." states
        # the measure may be named as a body's own: "The council's total spend on fuel"
        # --- round 58 (b): or the reader's own: "Your authority's total spend on fuel"
        r"(?:the (?:[a-z]+['’]s )?|a |an |any |all |your (?:[a-z]+['’]s )?|for each |each )?"
        r"(?:total|number|numbers|amount|value|cost|costs|name|names|list|copy|copies|details|breakdown|percentage|proportion|highest|lowest|average|median|"
        r"maximum|minimum|largest|smallest|longest|shortest|furthest|farthest|greatest|earliest|oldest|most|least|"
        r"budget|budgets|spend|expenditure|funding|confirmation|statistics|definition|"
        r"tonnage|weight|volume|quantity|frequency|rate|rates|length|duration)\b|"
        # (not the request itself named in a heading: "Your information request of 3 March")
        r"(?:the|any|all|your) (?:data|figures|information|documents?|income|revenue)\b(?! requests?\b)|"
        # --- round 86: a charge asked for with its article: "The fee for a weekday cremation in 2024/25"
        r"(?:the|any|all|your) (?:fee|fees|charge|charges|price|prices|tariff|tariffs) (?:for|in|of|charged|paid)\b|"
        r"the (?:amounts|values)\b)"  # a plural measure asks with its article; "Amounts paid:" heads a table
    ),
    examples=(
        "How many wardens do you employ?",
        "Please provide a copy of the policy",
        "Please could you confirm the date",
        "The number of fines issued in 2023",
        "If so, which team?",
        "Finally, what was the cost?",
        "The data for 2023",
        "The income from parking permits in 2024",
        "the amounts paid to each agency since 2021",
        "the furthest distance a pupil was taken to school",
        "The trust's total spend on agency nurses in each year",
        # --- round 58 (b)
        "Your council's total spend on road salt in each winter",
        # --- round 86
        "The fee for a weekday cremation in 2023/24 and 2024/25.",
        "The charges in 2025 for hiring the main hall",
    ),
    counter_examples=(
        "We employ 12 wardens.",
        "The depot's staff work shifts",
        "Thank you for your request.",
        "Does not apply - see the answer above.",
        "Howard Street depot",
        "Yes, one post.",
        "Most of it was spent in May.",
        "Income from parking permits",
        "Amounts repaid by tenants in 2024",
        "The fees are reviewed every April.",
        "Your information request dated 3 March 2025",
        "Fees for a burial plot",
    ),
)
# An item of a request reported in one sentence, opening with a measure no line of a reply would be taken to ask
# for on its own ("The salary of a warden is set nationally" states): "..., and the salary range for a warden"
REPORTED_ITEM_START = LineCue(
    "measure opening an item of a reported request",
    re.compile(r"^(?:the|a|an|any) (?:salary|salaries|pay (?:band|scale|range)s?|range|grade|grades|size)\b"),
    examples=(
        "the salary band of a newly appointed warden",
        "the range of fees charged for a permit",
        "the pay scale for a senior planner",
        "the grade of the post that leads the team",
    ),
    counter_examples=(
        "salary costs rose by 4% in the year.",
        "the team's budget for 2024",
        "the paying bodies",
    ),
)
# A request inside a line: "For each year, how many people ...", "..., please provide an age breakdown"
ASKS = LineCue(
    "request inside a line",
    re.compile(
        r"\b(?:how many|how much|please (?:provide|state|confirm|give|list|supply|send|indicate|specify|outline|"
        r"detail|tell|include))\b"
    ),
    examples=(
        "for each year, how many people were fined",
        "by ward, please provide an age breakdown",
    ),
    counter_examples=(
        "please see the attached table",
        "many people were fined",
    ),
    needles=("how m", "please "),
)
# A request item's period, which makes a bare noun phrase an item: "Visits to the museum in each of the last three
# calendar years" (searched from its "the last" / "the past" / "the previous")
PERIOD_ASKED = LineCue(
    "period a request item asks about",
    re.compile(
        r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bover )|(?<=\bduring )|(?<=\beach of ))the (?:last|past|previous) "
        r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:full )?(?:calendar |financial |academic )?years\b"
    ),
    examples=(
        "visits to the central library in each of the last three calendar years.",
        "fly-tipping incidents recorded for the past five years",
        "grants awarded over the last 4 financial years",
    ),
    counter_examples=(
        "the last three years have seen a rise in visits",
        "the policy was reviewed in the last year",
    ),
    needles=("the last", "the past", "the previous"),
)
# A sentence inside a paragraph that turns to a further question asked, read from there as a line of its own:
# "... for the depot. You also asked whether the van is leased. It is not." (not the first report of the request,
# "You asked for information about X.", nor a count of the questions)
MID_REPORTED_QUESTION = LineCue(
    "a further question reported inside a paragraph",
    re.compile(
        r"(?<=[.!?] )(?:(?:finally|lastly|next|secondly|thirdly|in addition|additionally),? you (?:also )?|"
        r"you (?:also|then|further|next|finally|lastly|additionally) )(?:asked|wanted to know|enquired) "
        r"(?:about|whether|if|how|what|which|who|when|why|for)\b"
    ),
    examples=(
        "we spent £900 on signs. you also asked whether the van is leased. it is not.",
        "two officers attended. finally, you asked how many fines were paid. 14 were.",
        "the scheme closed in 2022. you then asked about its budget, which we no longer hold.",
    ),
    counter_examples=(
        "thank you for your email. you asked for information about the depot.",
        "two officers attended. you asked how many fines were paid.",
        "you asked whether the van is leased. it is not.",
        "thank you. you asked four questions, answered together below.",
        "we spent £900, as you asked about. the van is leased.",
        "the council asked whether the van is leased.",
    ),
)
# A request item asking for the first few of a ranking, which makes a bare noun phrase an item: "The five
# contractors paid the most in 2024", "the top 10 streets by number of complaints"
RANKED_ASKED = LineCue(
    "ranking a request item asks for",
    re.compile(
        r"^the (?:top (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty) \w+"
        r"|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:\w+ ){1,4}?"
        r"(?:that|which|who|with|by|paid|receiving|spending)\b.*?\b"
        r"(?:most|highest|largest|biggest|greatest|lowest|fewest|least|longest|shortest)\b)"
    ),
    examples=(
        "the five contractors paid the most in 2024",
        "the 20 schools with the highest number of exclusions, with each school's total",
        "the top 10 streets by number of complaints",
        "the three wards that recorded the fewest collections",
    ),
    counter_examples=(
        "the top floor of the depot is closed",
        "the five contractors were appointed in 2024",
        "most of the ten schools replied",
    ),
)
# A question that follows from a positive condition: "If relevant, what team", "If so, how many"
POSITIVE_CONDITION = LineCue(
    "question following from a positive condition",
    re.compile(r"^(?:if (?:relevant|so|yes|applicable|available)|where relevant)\b", re.I),
    examples=(
        "If relevant, what team",
        "If so, how many",
        "Where relevant, the name of the officer",
    ),
    counter_examples=(
        "If not, why not?",
        "If the figure is held, please state it",
    ),
)
# Answer words that refer to the whole request or several questions: "the information you requested"
GENERIC_ANSWER = LineCue(
    "answer referring to the whole request",
    re.compile(
        # a part of the request is not the whole: "we need not comply with this part of your request"
        r"\b(?:(?<!this part of )(?<!that part of )your (?:request|questions)|"
        r"the information (?:you )?(?:have )?requested|all of (?:your|these|the)|"
        r"(?:these|the above|both|all(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?) questions|"
        r"questions? above|each of (?:your|the)(?! [\d,]+ )|the answer to your(?! \w+ question is\b)|"
        r"(?:the|your) (?:remaining|other) questions|"  # the rest of the request: "... the remaining questions"
        r"(?:the|this) request (?:is|was|has been) (?:vexatious|repeated|refused|exempt))\b"  # the request as a whole
    ),
    examples=(
        "The information you requested is attached.",
        "We have decided that this request is vexatious under section 14(1).",
        "All of your questions are answered below",
        "See the answer to your first question",
        "Both questions are answered in the table.",
        "This refusal covers all three questions.",
        "The same applies to the remaining questions, which rely on the same files.",
    ),
    counter_examples=(
        "We hold 12 records.",
        "The information is not held.",
        "All staff questions are logged by the helpdesk.",
        "The request was received on 3 May.",
        "so the answer to your third question is no.",
        "Other questions about the scheme go to the housing team.",
        "so we are not obliged to answer this part of your request.",
        "an officer would have to read each of the 2,400 case files.",  # a count in a cost estimate
    ),
)
# A line that answers several labels: "In response to questions 3 and 4,", "For question 1a, b and d",
# "The answer to 1C is below:", "Questions 1 to 4:"
_REFERENCE_OPENING = (
    r"in (?:response|answer|relation|reply|respect) to|with (?:regard|respect|reference) to|as (?:to|for|regards)|"
    r"turning to|concerning|for|on|regarding|re:?|(?:the )?answers? to|(?:responses?|reply) to"
)
# "1", "2 and 3", "1 to 4", "3a, b", "2 and Q3": a label after a comma must end the list ("question 2, 37 audits"
# names 2; "question 2, 41,200 fines" too: the figure's own comma does not end a label); a part may be
# in brackets: "questions 1, 2(a) and 5(a)"; a decimal part in the list: "questions 2, 4.1 and 4.2"; a number's
# parts named after it: "question 3, parts (b) and (c)"
_REFERENCE_LABELS = (
    r"\d{1,2}(?:[a-z]|\([a-z]\)|,?\s+parts?\s+\([a-z]\)(?:\s*(?:,|and|&|or|to)\s*\([a-z]\))*)?(?:\s*(?:and|or|&|to|-|–)\s*(?:q\s?)?\d{1,2}(?:[a-z]\b|\([a-z]\)|\.\d{1,2}\b|\b)|"
    r"\s*(?:,|and|or|&|to|-|–)\s*(?:(?:q\s?)?\d{1,2}(?:[a-z]|\([a-z]\)|\.\d{1,2})?|[a-z]\b)"
    r"(?=\s*(?:[,.](?!\d)|[&:)–-]|and\b|or\b|to\b|$)))*"
)
REFERENCE = LineCue(
    "line naming the questions it answers",
    re.compile(
        r"^(?:(?:finally|lastly|and|also),?\s+)?(?:(?:" + _REFERENCE_OPENING + r")\s+)?(?:your\s+)?"
        r"(?:(?:questions?|q|parts?|points?|requests?)\s*"
        # or bare numbers after "... to" on a heading naming nothing else: "Reply to 2 and 4:"
        r"|(?<=to )(?=(?:\d{1,2}[a-z]?|and|&|,|\s)+:?\s*$))"
        r"(?P<labels>" + _REFERENCE_LABELS + r")(?:\b|(?<=\)))"
        r"|^(?:the )?answer to (?P<single>\d{1,2}[a-z])\b"
        # a heading naming parts in brackets, each maybe qualified: "Parts (a) - as at 31 March 2024 - (b) and (c)",
        # or a sentence opening with them before a comma: "For question (3), the records ..."
        r"|^(?:(?:" + _REFERENCE_OPENING + r")\s+)?(?:your\s+)?(?:questions?|parts?|points?|items?)\s*"
        r"(?P<parts>\([a-z\d]{1,3}\)(?:[^()?]{0,40}?\([a-z\d]{1,3}\))*)(?:[^()?]{0,40}$|(?=,\s))"
    ),
    examples=(
        "In response to questions 3 and 4,",
        "Questions 2, 3.1 and 3.2",
        "For question 1a, b and d",
        "Questions 1 to 4:",
        "The answer to 1C is below:",
        "The answer to question 2 is no",
        "Parts (a) - as at 31 March 2024 - (b) and (c)",
        "Part (b)",
        "In response to parts (a), (c) and (e):",
        "Questions (2) and (4) - the 2023 figures",
        "For Q4 and Q5: none was spent.",
        "Regarding Q1, Q2 and Q6, we hold no records.",
        "Reply to 2 and 4:",
        "In answer to 6 & 7",
        "For part (b), the records would have to be read one by one and no report does this.",
        "As regards question 3, parts (b) and (c), no figures are kept.",
    ),
    counter_examples=(
        "Question time was held on 3 May",
        "In response to 3 of the complaints we upheld one",
        "Further to 12 March:",
        "We have answered your request in full.",
        "Questionnaires were sent to 40",
        "Part (b) of the form asks the applicant for their address (see the guidance notes, which explain it)",
    ),
)
# Questions named inside the reply's sentences about them: "We hold the information for questions 1 to 3",
# "... so we refuse question 1 under section 12."; not a pointer to an answer given elsewhere: "as explained under
# question 4", "see question 3"
MENTIONED = LineCue(
    "questions named inside a sentence",
    re.compile(
        # "at" or "in" points elsewhere unless it says where the request asked: "you requested at questions 1 to 5"
        # or where the reply says the request asked about: "the matters you ask about at questions 1 and 2"
        r"(?:(?<=requested at )|(?<=requested in )|(?<=ask about at )|(?<=asked about at )|(?<=asked at )|"
        r"(?<=asked for at )|(?<=asked for in )|"
        r"(?<!under )(?<!see )(?<!at )(?<!in )(?<!answer to ))\b"
        # a part only as a part of the request ("part 2 of the act" is not): "parts 2 and 3 of your request"
        # several in brackets too: "the records your questions (1 to 7) ask about" (not one: "question (6)")
        r"(?:questions(?:\s*\()?|question|"
        # a bracket summing the request up as a range of its items: "(q1 - q7: the numbers of ...)"
        r"(?<=\()q(?=\d{1,2}\s*(?:-|–|to)\s*q\d{1,2}\s*:)|"
        r"parts?(?=[^.]{1,24}? of (?:your|the|this|my) (?:request|e-?mail|letter|enquiry)\b))"
        r"\s*(?P<labels>" + _REFERENCE_LABELS + r")\b"
    ),
    examples=(
        "we hold the information for questions 1 to 3",
        "we keep none of the files that your questions (2 to 5) are about.",
        "so we refuse question 1 under section 12.",
        "the cost limit therefore applies to parts 2 and 4 of your request.",
        "we refuse part 3 of the request under section 40(2).",
        "we cannot answer questions 3, 4 or 5 within the limit.",
        # --- round 59 (c)
        "none of what was requested at questions 1 to 4 is held by us.",
        "the matters you ask about at questions 2 and 3 are for the county council.",
        # --- round 77 (b)
        "we do not hold any of the information you have asked for in questions 1 to 6.",
        # --- round 87
        "your request about parks (q1 - q5: the number of sites; their budgets; ...) is refused.",
    ),
    counter_examples=(
        "we received 12 questions",
        "sales rose (q1 2024) and fell (q3 - q4).",
        "the question of cost",
        "some of it is withheld, as explained under question 4.",
        "the figures are given in our answer to question 3.",
        "for the totals, please see question 5.",
        "this is exempt as set out in part 2 of the act.",
        "we hold parts 1 and 3 in the annex.",
    ),
)
# Questions named as what the request asked, anywhere in a paragraph: the paragraph is about them, where a sentence
# inside a cost refusal that merely names a question ("To answer question 1, officers would ...") is reasoning
ASKED_AT = LineCue(
    "questions named as what the request asked at them",
    re.compile(
        r"\b(?:ask(?:ed)?(?: about| for)?|requested|sought) (?:at|in) "
        r"questions?\s*(?P<labels>" + _REFERENCE_LABELS + r")\b"
    ),
    examples=(
        "the matters you ask about at questions 2 and 3 are for the county council.",
        "the records you requested at question 4 are not held.",
        "the figures sought in questions 1 to 3 are published.",
    ),
    counter_examples=(
        "to answer question 1, officers would need to read every report.",
        "you may wish to drop question 2 to keep within the limit.",
        "as set out at question 4, nothing is held.",
    ),
)
# A sentence that carries what was said before it over to the questions it names: "This applies to questions 1 to
# 6." (the answer is in the sentences before it, not in the paragraph naming the questions)
CARRIES_OVER = LineCue(
    "a sentence carrying the answer before it over to the questions it names",
    re.compile(r"^(?:this|that|these|the (?:above|same))\b"),
    examples=(
        "this applies to questions 1 to 4.",
        "the same is true of questions 2 and 3.",
    ),
    counter_examples=(
        "we do not hold any information within the scope of questions 1 to 4.",
        "thistle counts for questions 1 to 3 are below.",
    ),
)
# Advice on narrowing the request (section 16): the questions it names are what a new request might ask, not ones
# answered there: "you could refine your request, for instance to questions 1 and 3 only"
REFINING_ADVICE = LineCue(
    "advice to narrow the request",
    re.compile(
        r"\b(?:refin(?:e|ing)|narrow(?:ing)?|reduc(?:e|ing)|limit(?:ing)?|restrict(?:ing)?)\s+"
        r"(?:(?:the scope of\s+)?(?:your|the|this)\s+(?:request|enquiry)|it\s+to)\b|"
        # a fresh request without the costly part: "a new request that leaves out question 4"
        r"\b(?:new|fresh|revised|further)\s+request\s+(?:which|that)\s+(?:leaves\s+out|omits|excludes|drops)\b"
    ),
    examples=(
        "if you wish to refine your request, for instance to questions 1 and 3 only, we will consider it again.",
        "you may like to narrow the request by limiting it to question 2.",
        "reducing the scope of your request to parts 1 to 3 may bring it within the limit.",
        "you could send us a fresh request that omits part 2, which is what takes the time.",
    ),
    counter_examples=(
        "we hold the information for questions 1 to 3.",
        "the cost limit therefore applies to parts 2 and 4 of your request.",
        "we have limited our search to records held since 2020.",
        "to reduce the cost of storage, the records for questions 1 to 3 were archived.",
        "your new request, which leaves out nothing we asked about, is answered below: question 2, 14.",
    ),
)
# One question named as enough on its own to pass the cost limit: the refusal covers the whole request, so the
# sentence answers no question of its own: "the cost of question 2 alone would exceed the limit"
ONE_PART_ALONE = LineCue(
    "one question costing too much on its own",
    re.compile(r"\b(?:questions?|parts?)\s*\w{1,4}\)?\s+(?:alone|by itself|on its own)\b"),
    examples=(
        "finding the records for question 2 alone would take more than 18 hours,",
        "since answering part 1 by itself would exceed the appropriate limit",
        "as the work for question 3 on its own is beyond the limit, we have not gone on to the others.",
    ),
    counter_examples=(
        "the cost limit therefore applies to question 2.",
        "question 4 was answered by the finance team alone.",
        "we refuse part 3 of the request under section 12.",
    ),
)
# A sentence inside a paragraph that turns to another question: "... in 2023. With regard to question 2, 37 ..."
MID_REFERENCE = LineCue(
    "reference inside a paragraph",
    re.compile(
        r"[.;!?]\)?\s+(?=(?:" + _REFERENCE_OPENING + r")\s+(?:(?:your\s+)?(?:questions?|q|parts?|points?)\s*\d|"
        r"(?:the|your)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|final|last)\s+"
        r"(?:part|question|point|element|item)\b)|"
        r"to\s+your\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|final|last)\s+(?:question|point)\b)"
        # or a bare label and a dash or colon opening a sentence after a word's (not a heading number's "2. "):
        # "... isn't held. q2 - as above."
        r"|[.;!?](?<=[a-z'’)][.;!?])\s+(?=(?:q|question\s)\s?\d{1,2}[a-z]?\s*[-–:]\s)"
    ),
    examples=(
        "we hold 540. with regard to question 2, 37 audits were found.",
        "so q1 is not held. q2 - as above. q3 - we keep no record.",
        "the fee was waived. question 4: none were refunded.",
        "this is not held. in relation to your question 3, none.",
        "the cost was £4,000; for question 4 see the attached table.",
        "we hold the information. answers to questions 1 to 3 are in the table below.",
        "we employ 12 wardens. regarding your second point, they cost £410,000.",
        "thank you for writing. on your first question, the scheme had no grant.",
        "the grant was £4,000 (all of it spent.) to your second question, we have spent half of it.",
    ),
    counter_examples=(
        "with regard to question 2, 37 audits were found.",
        "we answered a similar question 2 years ago.",
        "the figure for q2 is shown below.",
        "it was 12. q2 2024 saw 40 more.",
        "2. question 4 - campaign spend",
    ),
)
# A heading that names the requester's item it answers in a closing bracket: "Spend in 2024/25 (your point 2)"
# ("your": an annex headed "Public interest test (question 4)" supports an answer given above, it is not one)
TRAILING_LABEL = LineCue(
    "heading naming the requester's item in a closing bracket",
    re.compile(
        r"^[^.!?]{2,70}\(your\s+(?P<label>(?:questions?|parts?|points?|requests?|items?)\s*\d{1,2}[a-z]?)\)\s*$",
        re.IGNORECASE,
    ),
    examples=(
        "Backlog maintenance by campus (your point 1)",
        "Tree surveys (your point 4)",
        "Staff numbers (your question 2)",
    ),
    counter_examples=(
        "We gave these figures last year (see your question 2).",
        "Annex A - public interest test (question 4)",
        "The totals are below (your part 1 of 2)",
        "This was answered. The total is below (your question 2)",
    ),
)
# "In response to the two questions above", "The answer to both questions above"
COUNTED_REFERENCE = LineCue(
    "reference counting the questions it answers",
    re.compile(
        r"^(?:in (?:response|answer|reply) to|for|regarding|the answer to) (?:the |both |all )?"
        r"(?P<count>two|three|four|five|six|both|\d) (?:of the )?(?:questions|points|parts|requests)"
        r"(?: above)?\b"
    ),
    examples=(
        "In response to the two questions above",
        "The answer to both questions above",
        "For all three questions",
    ),
    counter_examples=(
        "In response to your request",
        "For the two schools above",
    ),
)
# A statement introducing the figures that follow it: "The number of notices issued was:", "as follows:"
STATEMENT_INTRO = LineCue(
    "statement introducing the figures after it",
    re.compile(r"\b(?:was|were|is|are|as follows|totalled|came to)\s*:$"),
    examples=(
        "The number of notices issued was:",
        "The figures are as follows:",
    ),
    counter_examples=(
        "What was the cost?",
        "Please provide the following:",
    ),
)
# A line introducing the request's items: "You asked the Council for:", "... request of 2 May for the following:"
REQUEST_INTRO = LineCue(
    "line introducing the request's items",
    re.compile(
        r"\b(?:you (?:asked|requested|wrote|wanted)|you have asked|"
        # "Your request, received on 2 May, asked for:"
        r"your (?:original |initial |first )?request"
        # "Thank you for your request of 2 May for:" (the colon right after "for")
        r"(?:,? (?:dated|of|received(?: on)?) [^,.;:]{3,30},?)? (?:was|asked|for(?=:))|"
        r"please (?:could you |can you |would you )?(?:tell me|provide|supply|confirm|state|send|let me know)|"
        r"(?:could|can|would) you (?:please )?(?:tell me|provide|supply|confirm|send)|i would like|"
        r"asking(?:,[^,:]{1,60},)? for|(?:for|requesting) the following)\b[^.?!]*:\s*$",
        re.I,
    ),
    examples=(
        "You asked the Council for:",
        "Your request of 2 May asking for the following:",
        "Please could you tell me:",
        "I would like:",
        "Your request, dated 4 March 2025, asked for:",
        "Your initial request asked:",
        "Thank you for your request of 3 March 2025 for:",
    ),
    counter_examples=(
        "You asked for the figures. They are:",
        "Thank you for your request for the Wibble figures, which are:",
        "Your request, received on 4 March, was answered late. The figures are:",
        "The figures are as follows:",
    ),
)
# A table's header cell over its questions or over its answers: "Question", "Request", "Response", "Answer", or
# a column of yes/no cells, "Y/N"
TABLE_HEAD = LineCue(
    "header cell over a table's questions or answers",
    re.compile(
        # either may be qualified in brackets by words: "Question (in brief)", "Council response (2023)"
        r"^(?:(?P<asked>(?:your |the )?(?:questions?|requests?|information requested|qn?)(?: (?:number|no\.?))?"
        r"(?:\s*\([a-z][a-z ]{0,24}\))?)|"
        r"(?P<answer>(?:our |the |[a-z&' ]{2,40} )?(?:answers?|responses?|reply|replies)(?:\s*\([^)]*\))?|"
        r"y ?/ ?n|yes ?/ ?no))$"
    ),
    examples=(
        "Question",
        "Request",
        "Response",
        "Answer",
        "Our answers",
        "Council response (2023)",
        "Question (in brief)",
        "Q",
        "Qn no.",
        "Y/N",
        "Yes / No",
    ),
    counter_examples=(
        "Question 1",
        "Response times",
        "Question (1)",
        "Q1",
        "Quarter",
    ),
)
# A header naming a question column then an answer column, flattened onto one line: "Question Response"
# --- round 77 (b): a line over answers given one a line, in the request's order, none restating its question:
# "In answer to your questions:" over "We run 3 sites." and "No closures." ...
ANSWERS_LINE_BY_LINE = LineCue(
    "lead-in over answers given in order, one a line",
    re.compile(
        r"^(?:in (?:answer|response|reply) to|(?:our |the )?(?:answers|responses|replies) to) "
        r"(?:each of )?your (?:questions|queries|points)(?: in (?:turn|order))?(?: (?:are|is) as follows)?\s*:$|"
        # --- round 81: the lead-in closing the reply's first line: "Thank you for your request. Our answers are:"
        r"(?:^|(?<=\. ))(?:our|the) (?:answers|responses|replies) (?:are|are as follows)\s*:$"
    ),
    examples=(
        "Thank you for your email. Our answers are:",
        "The answers are as follows:",
        "In answer to your questions:",
        "Our answers to your questions are as follows:",
        "In response to your queries in turn:",
    ),
    counter_examples=(
        "In answer to your questions, we hold no such records.",
        "In answer to your first question:",
        "Answers to questions asked at the meeting:",
        "Our answers are below, and the figures are in the attachment:",
    ),
)
COLUMNS_HEAD = LineCue(
    "question and answer column headers on one line",
    re.compile(
        r"^(?:no\.? )?(?:your )?(?:questions?|requests?|information requested|qn?)\s*[|:]?\s*"
        r"(?:our )?(?:answers?|responses?|replies|reply)$"
    ),
    examples=(
        "Question Response",
        "No. Question | Answer",
        "Your request: our response",
        "Q | Answer",
    ),
    counter_examples=(
        "Question 1 Response",
        "Response Question",
        "Q1 Answer",
    ),
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
LAST_ORDINALS = ("final", "last")  # the last question asked, whatever its place
# A question named by its place in passing, inside a sentence or in brackets, the requester's wording not restated:
# "... so your first question does not apply to us.", "the answer to your fourth and fifth questions is none",
# "Consultancy (your fourth question) comes to £61,200." (not "your first request", an earlier one; not "final")
ORDINAL_IN_PASSING = LineCue(
    "questions named by their place in passing",
    re.compile(
        r"(?:\((?:your\s+)?|\b(?:your|the)\s+)(?P<ordinals>(?:" + "|".join(ORDINALS) + r")"
        r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:" + "|".join(ORDINALS) + r"))*)\s+(?:questions?|points?)\b"
    ),
    examples=(
        "we have no depot, so your first question does not apply to us.",
        "the answer to your fourth and fifth questions is none.",
        "consultancy (your fourth question) came to £8,000.",
        "no posts are funded (fifth question).",
        "on the third question, nothing was cancelled.",
    ),
    counter_examples=(
        "your first request was answered in may.",
        "the first part of the report covers 2023.",
        "turning to your final question, the report is withheld.",
        "we asked our first questions of the panel.",
    ),
)
# An answer that names the part of the request it answers: "With regard to the first part of your request,"
ORDINAL_ANSWER = LineCue(
    "answer naming the part it answers by its ordinal",
    re.compile(
        r"^(?:(?:with regard to|regarding|as to|as for|on|in (?:response|relation|answer) to|turning to|for)\s+"
        r"(?:the|your)|to\s+your(?=\s+\w+\s+(?:question|point)\b)|"
        # or the sentence's subject, saying what that question is about: "Your third point relates to ..."
        r"your(?=\s+\w+\s+(?:part|question|point)\s+(?:concerns|is about|relates to|deals with|asks)\b))\s+"
        r"(?P<ordinal>" + "|".join((*ORDINALS, *LAST_ORDINALS)) + r")\s+(?:part|question|point|element|item)"
        r"(?:\s+of\s+(?:your|the)\s+request)?\s*[,:]?\s*",
        re.IGNORECASE | re.MULTILINE,
    ),
    examples=(
        "With regard to the first part of your request,",
        "Regarding your second question:",
        "Turning to the third point",
        "Your third point relates to the depot's lease.",
        "Your second question concerns staff in one small team.",
        "Your first question asks about the cost of the depot.",
        "Turning to your final question, the report is withheld.",
        "To your second question, we have spent half of it.",
    ),
    counter_examples=(
        "The first part of the report",
        "With regard to part one",
        "Your second question was answered in full last year.",
    ),
)
# A paragraph saying outright which question it answers, wherever it stands (under an advice heading too): "We can
# tell you that 40 were received. This answers question 2 of your request."
SAYS_WHAT_IT_ANSWERS = LineCue(
    "a paragraph naming the question it answers",
    re.compile(
        r"\bthis (?:answers|is (?:our|the) (?:answer|response) to|responds to) (?:your )?(?:part|question|point) "
        r"\(?(?P<label>\d{1,2}[a-z]?|[a-z])\)?(?=[\s.,;:]|$)"
    ),
    examples=(
        "we can tell you that 40 were received. this answers question 2 of your request.",
        "this answers part (b).",
        "this is our answer to point 3.",
    ),
    counter_examples=(
        "this answers your request in full.",
        "we cannot answer part (b).",
        "see our answer to question 2.",
    ),
    needles=("this answers", "this is our answer", "this is the answer", "this is our response", "this responds"),
)
# Words that open an answer, not a topic or a question: "Yes", "Not held", "£5,000", "We ...", "The council ..."
ANSWER_OPENING = LineCue(
    "words opening an answer",
    re.compile(r"^\s*(?:yes|no|none|nil|not\b|n/a|£|\d|we\b|our\b|the (?:council|force|authority)\b)", re.I),
    examples=(
        "Yes",
        "Not held",
        "£5,000",
        "We hold no records",
        "The council does not hold this",
        "N/A",
    ),
    counter_examples=(
        "Which team?",
        "Weather data for 2023",
        "The number of staff",
    ),
)
# A statement of a figure: "The total paid was £5,300 in 2023", "... totalled 1,204"; or a line opening with a
# total, cost or spend and its sum straight after it: "Overall cost £410 (...)", "A total of £9,120 was repaid"
# (not a figure in a request's condition: "vehicles that are 10 years old")
STATED_FIGURE = LineCue(
    "statement of a figure",
    re.compile(
        r"^(?:(?:the|a|an|our) )?(?:(?:total|overall|combined|net|gross) )?"
        r"(?:total|cost|costs|spend|expenditure|amount|sum|income|value)(?: of| was| is)?:? ?£\d|"
        r"\b(?:is|are|was|were|totalled|totaled|came to)\s+"
        r"(?:£\d|\d[\d,]*(?:\.\d+)?(?: (?:per cent|(?:working )?(?:days?|weeks?|months?|years?|hours?|minutes?)))?"
        r"(?:%|[.,;]|$|\s+(?:in|for|at|on)\b))|"
        # --- round 77 (b): a measure of time named then its figure, with no verb: "median wait 71 weeks; ..."
        r"^(?:the )?(?:median|mean|average|longest|shortest|maximum|minimum) (?:wait|waiting time|time)\s+"
        r"\d[\d,]*(?:\.\d+)? (?:working )?(?:days?|weeks?|months?|years?|hours?)(?:[.,;]|$)"
    ),
    examples=(
        "the total paid was £5,300 in 2023",
        "median wait 12 weeks; longest wait 40 weeks.",
        "average waiting time 9 days",
        "the spend totalled 1,204",
        "the number of staff is 12.",
        "the average time a case stays open is 14 weeks",
        "the longest wait was 9 working days, in march.",
        "overall cost £410 (room £300, food £110).",
        "a total of £9,120 was repaid by 12 people",
        "spend: £2,050 in the year",
    ),
    counter_examples=(
        "vehicles that are 10 years old",
        "staff who were 5 years or more in post",
        "what was the cost?",
        "the total cost of the event",
        "the number of grants over £5,000",
        "contracts with a total value of £10,000 or more",
        "longest wait 18 weeks or more, by service",
        "the median wait in weeks for each service",
    ),
)
# --- round 86: a main clause's verb, so no topic heading: "Burial records are the responsibility of the county"
# wraps a sentence onto the next line, where "Staff numbers by grade" heads its answer (a verb in a relative clause,
# "Graves that are not yet sold", heads one too)
CLAUSE_VERB = LineCue(
    "verb of a main clause",
    re.compile(
        r"^(?:(?!\b(?:who|which|that|where|whose|whom)\b)[^.;:])*?\b(?:is|are|was|were)\s+(?:not|no|now|the|a|an)\b"
    ),
    examples=(
        "public health funerals are the responsibility of the district council and",
        "the chapel is not available for services on a",
        "this service was a pilot run by the",
    ),
    counter_examples=(
        "staff numbers by grade",
        "graves that are not yet sold",
        "income from the sale of rights of burial",
        "number of families who were not charged",
    ),
)
# A line's first sentence that is a whole answer in one word or two, matched on that sentence alone: "Nil." in
# "Nil. No claims were made in the last five years." answers, whatever the rest names (not "No." of "No. of staff")
ANSWER_WORD_SENTENCE = LineCue(
    "first sentence that is a one-word answer",
    re.compile(r"^(?:nil|none|zero|yes|n/a|not applicable|not held)\.?$"),
    examples=(
        "nil",
        "None.",
        "Not held",
        "Yes",
    ),
    counter_examples=(
        "No",
        "None of the schools replied in the last three years",
        "Nil returns filed by each school",
        "Yesterday",
    ),
)
# "No." answering, then a statement opening its next sentence: "No. The council has not ...", where "No. of staff"
# and "No. Staff employed" are the abbreviation for "number" in a request item
NO_THEN_STATEMENT = LineCue(
    "no, then a statement",
    re.compile(r"^no\.\s+(?:the|we|there|it|this|that|none|our|i|they|these|those)\b"),
    examples=(
        "no. the scheme has not been reviewed since 2019.",
        "no. we have never used an agency.",
    ),
    counter_examples=(
        "no. of staff employed by the trust",
        "no. staff employed at 31 march",
        "no. 3 the high street",
    ),
)
# A line summing up the decision on named questions at the top of a reply, before any is asked, or in a summary
# after all of them are answered: "Questions 2 and 4 - information released in full", "Q3: information withheld
# (section 43)"; it names them without asking or answering
DECISION_SUMMARY = LineCue(
    "decision summed up for named questions",
    re.compile(
        r"^(?:questions?|q) ?(?P<labels>\d{1,2}(?:(?:,| and| &| to|-) ?\d{1,2})*) ?[-–:] ?(?:the )?"
        r"(?:information |request )?"
        r"(?:(?:is |was |has been )?(?:provided|withheld|released|disclosed|refused|not held|granted|exempt)|"
        r"(?:partly|partially|in part) (?:provided|withheld|released|refused))\b"
    ),
    examples=(
        "questions 2 and 4 - information released in full.",
        "Q3: information withheld (section 43)",
        "Question 1 - not held",
        "Questions 5 to 7 - information partly withheld",
        "Questions 1, 3, 4 and 6 – information provided.",
    ),
    counter_examples=(
        "Question 1 - how many wardens are employed?",
        "Question 3: The information requested is below.",
        "Questions 2 and 4 ask about the same contract.",
    ),
)
# A statement that the body does not hold what was asked for, whatever the reader is told after it: "I am sorry to
# say that the council does not hold the information you asked for." (not a request's condition or ask: "if you do
# not hold it, please say so", "whether the trust does not hold any")
# A reply's verdict where a reading takes it for a question: "(b) Not held." or "(b) No deaths." read as a lettered
# question under its heading; a reading that asks such lines is the less plausible on a tie (segment._plausible)
VERDICT_AS_ASKED = LineCue(
    "verdict read as a question",
    re.compile(
        r"^(?:not held|not applicable|n/a|none|nil|no (?!\w+ (?:of|in|for|on)\b)\w+(?: \w+)?|yes|no)\b"
        r"(?: by [^.,;]{1,30})?[.!]?$|\b(?:holds?|held) no (?:information|record|data)\b|"
        r"\b(?:does|do|did) not hold\b"
    ),
    examples=(
        "not held.",
        "no deaths.",
        "not held by wibble council.",
        "n/a",
        "wibble council holds no information to show that any charge is made.",
        "we do not hold a copy.",
    ),
    counter_examples=(
        "the number of deaths in each year.",
        "no of staff in post",
        "how many people were injured?",
        "whether you hold a register of deer culls",
        "no. of fires attended in 2024",
    ),
)
STATED_NOT_HELD = LineCue(
    "statement that the information is not held",
    re.compile(r"^(?!.*\b(?:if|where|whether|please|unless|why)\b).*\b(?:does|do|did) not hold\b"),
    examples=(
        "i regret that the council does not hold the information you have asked for.",
        "we do not hold a record of how many visits were made",
        "unfortunately the trust did not hold figures on how many staff left at that time",
    ),
    counter_examples=(
        "if the council does not hold the data, please say so",
        "please confirm whether you do not hold any other copies",
        "why does the council not hold a register?",
        "how many requests did you receive where you did not hold the information?",
    ),
)
ASKS_POLITELY = LineCue(
    "polite asking words",
    # not an offer that asks nothing of the kind: "if you want these, please tell us and we will ..."
    re.compile(r"\b(?:please|can you|could you)\b(?!\s+(?:let us know|tell us|contact us)(?:[.,;]|\s+and\b|\s*$))"),
    examples=(
        "if so, please state the team",
        "if held, could you list them",
        "if so, please let us know the date it began",
    ),
    counter_examples=(
        "if not held, we will say so",
        "if either list would help, please tell us and we will send it",
        "if you need more, please contact us.",
    ),
)
WH_QUESTION = LineCue(
    "question word",
    re.compile(r"(?:how (?:many|much|often|long)|what|which|who|when|where|why|whether)\b"),
    examples=(
        "how many staff are employed",
        "which team holds the budget",
        "whether the policy is in force",
    ),
    counter_examples=(
        "we hold 12 records",
        "the figures are below",
    ),
)
# A statement, "The number of complaints is shown in the table below.", a caveat on the data given,
# "The figures are sourced from a case system that is not quality assured.", "Hours are counted per vehicle.",
# "The names of officers are personal data and are withheld under section 40(2)."
# A question after a short phrase put in front of it: "For each year in the period, how many calls were received"
FRONTED_QUESTION = LineCue(
    "question after a fronted phrase",
    re.compile(
        r"^(?:for|in|of|by|from|across|over|during|within|at|between|since)\b[^.,;:?!]{2,60}, "
        r"(?:how (?:many|much|often|long)|what|which|who|when|where|why|whether)\b"
    ),
    examples=(
        "For each year in the period, how many calls were recorded to the helpline",
        "In each of the last three years, what was the total spend on agency staff",
        "By ward, which schemes were funded",
    ),
    counter_examples=(
        "For each year in the period, the numbers were as follows.",
        "How many calls were recorded, for each year?",
        "In 2023. What we found was a fall.",
    ),
)
# A relative clause open at the end of the text before a verb: its verb describes the thing asked for, it states
# nothing ("The number of directors disqualified where misconduct ... was part of the case")
RELATIVE_CLAUSE = LineCue(
    "relative clause or question inside a line, before its verb",
    re.compile(r"\b(?:where|which|that|who|whom|whose|when|how many|how much|whether)\b[^.;:,!?]*$"),
    examples=(
        "the number of directors disqualified where misconduct relating to a loan",
        "the names of the contractors who",
        "any incidents that",
        "the number of withdrawals in each year, and how many of these withdrawals",
        "the policy, and whether it",
    ),
    counter_examples=(
        "the number of staff employed",
        "the incidents where, in 2023, the team",
    ),
)
STATES = LineCue(
    "statement or caveat on the data given",
    re.compile(
        r"\b(?:we|our|i have|was|were|is attached|(?:is|are) (?:shown|provided|set out|given|included|attached|"
        r"listed|detailed|enclosed|below|above|in the (?:table|attached|spreadsheet|appendix|annex|document))|"
        r"(?:is|are|were|was) (?:sourced|taken|drawn|extracted|derived|obtained) from|should be treated as|"
        r"(?:is|are|were|was) (?:calculated|counted|measured) (?:per|by each|on each|as)\b|"
        r"(?:is|are|were|was) (?:counted|recorded|treated|classed|classified) (?:once|twice|separately|as an?)\b|"
        # how a figure was assigned to a place or group: "Costs are allocated to the ward where the work took place";
        # what was kept back, however: "The unit prices have been withheld."
        r"(?:is|are|were|was) (?:attributed|allocated|assigned|apportioned) to\b|(?:has|have) been withheld\b|"
        r"(?:is|are) correct as (?:at|of)|(?<!to )\b(?:includes?|excludes?|do(?:es)? not include)\b|"
        # a sum stated, an adverb between: "The total for a resident is therefore £2,100."
        r"(?:is|are|was|were) (?:therefore |thus |then |so |now )?£\d+|"
        # what the body has not done, told as a fact: "The council has not paid any compensation in that period."
        r"\b(?:has|have) not (?:paid|made|received|issued|awarded|spent|recorded)\b|"
        # what will become of the information asked for: "The information will be released in May."
        r"^(?:the|this|that|such|all|some|any) (?:information|data|figures) (?:will|would|can|cannot|could|may|must) "
        r"(?:not )?be|"
        r"(?:is|are|has been|have been) (?:therefore )?(?:withheld|exempt) (?:from disclosure )?"
        r"under (?:section|s\.? ?\d|regulation)|"
        r"(?:is|are|constitutes?|would be) (?:considered |classed as |deemed )?(?:to be )?(?:the )?"
        r"(?:personal|third[- ]party|special category) (?:data|information)\b|"
        r"\b(?:figures|data|table|records|results) (?:show|shows|showed|indicate|indicates|suggest|suggests)|"
        # work still in hand on what was asked for: "The 2024/25 figures are being finalised"
        r"(?:is|are) (?:currently |still )?being (?:finalised|finalized|checked|prepared|compiled|collated|"
        r"validated|verified|reviewed|audited|updated|processed)|"
        # where what was asked for can already be found: "The register is already published on our website."
        r"(?:is|are) (?:already |now )?published (?:by|on|in|at)\b|"
        # what the reply gives next: "The figures for 2024/25 are as follows."
        r"(?:is|are|was|were) as follows|"
        # how the figures given were reckoned: "The cost figures are gross charges, before ...", "Totals are net of VAT"
        r"\b(?:figures|amounts|sums|totals|costs) (?:are|were) (?:gross|net|rounded|estimated|estimates|exclusive|"
        r"inclusive|before|after)\b|"
        # --- round 58 (b): what the figures given are made of: "The totals for 2022 combine both sites' spend"
        r"\b(?:figures|totals|amounts|numbers) (?:for [^.,;]{1,40} )?(?:combine|reflect|represent)\b|"
        # --- round 77: who would hold what the body does not, told as a fact: "Costs before 2022 would be held by
        # the district council" (a request asks "whether ... is held by", never what "would be held by" another)
        r"\b(?:would|will|may|might) (?:only )?(?:be|have been) (?:held|kept|recorded) by\b|"
        # --- round 77 (b): how final the figures given are: "The figures for 2024/25 are provisional outturn"
        r"\b(?:figures|totals|amounts|numbers) (?:for [^.,;]{1,40} )?(?:are|were) (?:now )?(?:the )?"
        r"(?:final|provisional|draft|unaudited|audited|outturn)\b|"
        # --- round 86: a sentence opening by denying that anything was done: "No money has been returned."
        r"(?:^|(?<=^ ))no (?:[a-z-]+ ){1,3}(?:(?:has|have|had) (?:yet )?been|was|were) "
        r"(?:[a-z-]+ed|paid|made|given|spent|sold|taken)\b)\b"
    ),
    examples=(
        "The number of complaints is shown in the table below.",
        "The figures are sourced from a case system that is not quality assured.",
        "Hours are counted per vehicle.",
        "The names of officers are personal data and are withheld under section 40(2).",
        "We hold 12 records",
        "The names of the staff concerned are personal data. Disclosure would be unfair.",
        "The details asked for are therefore withheld under regulation 13(1).",
        "The caller's address constitutes third party information.",
        "The figures for last year are still being checked against the accounts.",
        "The 2024 report is currently being prepared and will be published in May.",
        "The costs include staff time and materials. Some schemes were funded by grant.",
        "The information will be released once the review has concluded.",
        "The register of licensed premises is already published on our website, with a link below.",
        "Grants are apportioned to the district in which the applicant lives",
        "The sums paid to each contractor have been withheld.",
        "The totals for each depot are as follows.",
        "The spending figures are gross payments to suppliers, before any refunds.",
        "Costs are net of VAT.",
        "The trust has not paid any fines for late returns in the last three years.",
        "The total for a weekday hire is therefore £480.",
        # --- round 58 (b)
        "The totals for the earlier years combine the spend of both merged councils.",
        "The numbers reflect bookings made through the central team only.",
        # --- round 77
        "Costs for the months before the transfer would be held by Wibble District Council.",
        # --- round 77 (b)
        "The figures for 2024/25 are provisional outturn figures, which may change at audit.",
        "The totals were unaudited when this reply was written.",
        # --- round 86
        "No grant has been paid back to the department.",
        "No staff were redeployed as a result.",
    ),
    counter_examples=(
        "How many staff are employed?",
        "The total cost of the scheme, to include legal fees",
        "Please provide the budget for 2024 and 2025",
        "The number of requests for personal data received in 2024",
        "The number of applications being processed",
        "The date the figures will be published",
        "Whether the register will be published online",
        "The budget allocated to each ward in 2024",
        "The number of permits issued, broken down as follows",
        "The gross and net costs of the scheme in each year",
        "The number of invoices that have not been paid within 30 days",
        "Has the council paid any compensation for damage in the last five years?",
        # --- round 58 (b)
        "The figures that reflect spend on agency staff in each year",
        # --- round 77
        "Whether the records are held by the Wibble Trust or by the council",
        # --- round 77 (b)
        "The final outturn figures for each year since 2021",
        "The audited totals of spend on the Wibble scheme",
        # --- round 86
        "Number of grants returned or re-allocated",
        "Grants returned or re-allocated since 2021",
    ),
)
# The requester's voice; "please see/note/find" is the reply's
ADDRESSES = LineCue(
    "requester's voice",
    # (not a reply pointing the reader to figures published elsewhere: "... is reasonably accessible to you")
    # (nor the reply naming what was asked of it, or where to find it: "The information you have requested is
    # published ... You can find it here")
    re.compile(
        r"\b(?:please(?! (?:see|note|find|refer)\b)|(?<!accessible to )(?<!available to )you"
        r"(?! (?:have|had) (?:requested|asked for|sought)\b"
        r"| (?:can|may) (?:find|view|see|access|download|filter|search|sort|browse)\b))\b"
    ),
    examples=(
        "please provide the figures",
        "can you list them",
        "would you send the totals for each depot",
    ),
    counter_examples=(
        "please see the attached table",
        "the figures are attached",
        "the totals are printed in our yearly report, which is reasonably accessible to you.",
        "our annual statistics are available to you on the website.",
        "the information you have requested is already published in the wibble council's yearly report.",
        "the figures you have asked for are set out in the table below.",
        "the register is published on our website. you can find it here: www.wibble.gov.uk/register",
    ),
    needles=("please", "you"),
)
# A request item in the imperative, whatever its clauses say: "If possible provide a location
# where the offence was committed."
IMPERATIVE = LineCue(
    "request item in the imperative",
    re.compile(
        r"^(?:(?:if|where) (?:possible|available|applicable|known),? )?"
        r"(?:provide|give|state|list|supply|outline|detail|specify|confirm|indicate|send)\b"
    ),
    examples=(
        "Provide a list of contracts",
        "If possible provide a location where the offence was committed.",
        "State the total cost",
    ),
    counter_examples=(
        "Provided that funds allow, we will",
        "The council will provide a list",
    ),
)
# An instruction that narrows the request before it: "Please segregate the data into two categories"
MODIFIER = LineCue(
    "instruction narrowing the request before it",
    re.compile(
        r"^(?:please )?(?:segregate|separate|split|group|disaggregate|break (?:this|the|these) (?:data|figures)|"
        r"(?:please )?provide (?:this|these|the (?:data|figures)) (?:by|in|as)|"
        r"if (?:possible )?could (?:the|this|these))\b",
        re.IGNORECASE,
    ),
    examples=(
        "Please segregate the data into two categories",
        "Split by year",
        "Please provide this by ward",
        "If possible could the figures be given by month",
    ),
    counter_examples=(
        "Separately, how many staff left?",
        "Please provide the number of fines",
    ),
)
# A line cut mid-sentence by the page: it ends on a word that cannot end one, "... referrals made to the"
_WRAPPING_WORDS = (
    "the of to and or in for a an by with on at from that which who whom your their its per between during since "
    "under than as"
).split()
WRAPPED = LineCue(
    "line cut mid-sentence by the page",
    re.compile(r"\b(?:" + "|".join(_WRAPPING_WORDS) + r")$", re.IGNORECASE),
    examples=(
        "the number of referrals made to the",
        "please provide the number of",
        "a breakdown by",
    ),
    counter_examples=(
        "the number of referrals",
        "seats in the theatre",
    ),
)
# A question line that ends its sentence: after it and a blank line, a line opening in lower case is a new
# sentence starting with a name written in lower case ("xyzco paid no fees ..."), not the question running on;
# an abbreviation's stop ("e.g.", "i.e.") ends no sentence
SENTENCE_ENDED = LineCue(
    "question line ending its sentence",
    # the abbreviations are looked for behind the mark, which opens the pattern so that re skips straight to marks
    re.compile(r"[.?!](?<!\be\.g.)(?<!\bi\.e.)(?<!\bincl.)(?<!\bapprox.)(?<!\bno.)[)\"'’”]?$"),
    examples=(
        "what did the board spend on taxis in 2023/24.",
        "how many vans do you lease?",
        "please list the sites (all of them).",
    ),
    counter_examples=(
        "please list the costs, e.g.",
        "the figures for each year, i.e.",
        "please give the total for",
        "the expenses of members,",
    ),
)
# WRAPPED can only match this far from the end (its longest word, then a final newline "$" may stand before)
WRAPPED_REACH = max(map(len, _WRAPPING_WORDS)) + 1
# An answer's own label: "A1", "Answer 2", "Response 3"
ANSWER_LABEL = LineCue(
    "an answer's own label",
    re.compile(r"^(?:a|answers?|responses?|reply)\s*\d", re.IGNORECASE),
    examples=(
        "A1",
        "Answer 2",
        "Response 3",
        "Reply 4",
    ),
    counter_examples=(
        "Q1",
        "Question 2",
        "1a",
        "Annex 2",
    ),
)
# An answer's own label with no stop after it, under questions labelled "Q1", "Q2": "A2 Twelve vans are leased." (read
# as a label only where the request asked a "Q" question of that number, and where a capital, a figure or a sign
# follows it in the reply's own text: "A4 paper is used" stays words)
BARE_ANSWER_LABEL = LineCue(
    "an answer's own label without a stop",
    # or alone on its line over the answer, with or without a stop: "A4." then "(a) £310 a week"
    re.compile(r"^a(\d{1,2})(?: (?=[^\s.:)])|[.:]?$)"),
    examples=(
        "A2 Twelve vans are leased from a local firm.",
        "A3.",
        "A11:",
        "A5 £3,100 in the last year",
        "A1 We do not hold this.",
    ),
    counter_examples=(
        "A1. Twelve vans",
        "A3: Not held",
        "Answer 2 not held",
        "AB1 postcode area",
        "A4. sheets were ordered",
    ),
)
# A stock answer run together with the next cell's sentence: "N/A Unfortunately we do not hold ..." (cut after "N/A")
GLUED_STOCK = LineCue(
    "stock answer run together with the next cell's sentence",
    re.compile(r"^(?:n/a|nil|none|not applicable)\.?\s+(?=[A-Z][a-z])", re.IGNORECASE),
    examples=(
        "N/A Unfortunately we do not hold this",
        "None. The council has no contract",
    ),
    counter_examples=(
        "Nil",
        "Not applicable 12",
        "National Trust land",
    ),
)
# A question with its answer on the same line: "Do you have a lead? Yes, the...", or a figure glued to the end of
# an item "...paid out for.86" (not a reference inside it: "under s.31 of the Act"). The lookaheads here and in
# INLINE_DASHED only make a long line fail fast where the lazy scan after them cannot match.
INLINE_ANSWER = LineCue(
    "question with its answer on the same line",
    re.compile(
        # not the requester's own prompt for a yes or no after the question: "... any drones? Yes or no."
        r"^(?P<q>.{12,}?\?)\s*(?!(?:yes|no)\s*(?:or|/)\s*(?:yes|no)\b)"
        r"(?P<a>(?:yes|no|none|nil|n/?a|not applicable|not held|zero)\b.*|"
        r"£?\d[\d,.]*(?:%|k|m|bn|million|billion)?(?:[.,;]?\s.*|[.,;])?|"
        # a count in words, alone or before a full stop or a bracket: "Three.", "Two (both in 2024)"
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[.,;]|\s\()?(?:(?<=[.,;(])\s?.*)?)$"
        r"|^(?=.*\.£?\d)(?P<q3>.{12,}?[a-z]{2})\.(?P<a3>£?\d[\d,.]*(?:%|k|m|bn|million|billion)?[.,;]?)$",
        re.IGNORECASE,
    ),
    examples=(
        "Do you have a lead officer? Yes, the head of service",
        "How many staff are employed? 12",
        "Total amount the scheme paid out for.86",
        "How many depots does Wibble Council run? Three.",
        "How many appeals were upheld? Two (both in 2024).",
    ),
    counter_examples=(
        "Do you have a lead officer?",
        "Exempt under s.31 of the Act",
        "How many staff? We cannot say",
        "Has the council hired a drone since 2022? Yes or no.",
        "Does Wibble Council use body cameras? Yes/No",
        "Which depots does Wibble Council run? One of them is in Wibble Town.",
    ),
)
# A question with a stock answer after its last sentence: "... If not, please state so. ZERO"
TRAILING_ANSWER = LineCue(
    "question with a stock answer after its last sentence",
    re.compile(
        r"^(?P<q4>.{12,}[.?])\s+(?P<a4>(?:yes|no|none|nil|zero|n/a|not applicable|not held)\.?)$", re.IGNORECASE
    ),
    examples=(
        "If not, please state so. ZERO",
        "Has the policy been reviewed in the last year? No",
    ),
    counter_examples=(
        "Please state the number of staff.",
        "Is the policy reviewed? Not yet",
    ),
)
# A question whose answer follows a dash or colon on the same line: "Which team? - Community Safety."
INLINE_DASHED = LineCue(
    "question with its answer after a dash or colon",
    re.compile(
        r"^(?=.*\?)(?P<q>.{8,}?\?)\s*(?:(?:answer|response|reply)\s*)?[-:]\s+(?P<a>\S.*)$"
        # or, without a question mark, a short stock answer after a spaced dash: "Breakdown by area - see above."
        r"|^(?=.*-|.*–)(?P<q2>.{12,}?)\s+[-–]\s+"
        r"(?P<a2>(?:see (?:above|below|table|attached)|n/?a|nil|none|not (?:held|applicable|known|recorded)|yes|no)\b"
        r"[^?]{0,80})$",
        re.IGNORECASE,
    ),
    examples=(
        "Which team? - Community Safety.",
        "Breakdown by area - see above.",
        "Is there a lead officer? Answer: yes",
    ),
    counter_examples=(
        "Which team is responsible?",
        "Income - 2023 figures by month",
    ),
)
YES_OR_NO = LineCue(
    "yes or no opening a line",
    re.compile(r"^(?:yes|no)\b"),
    examples=(
        "Yes",
        "No, none were held",
    ),
    counter_examples=(
        "Not held",
        "Yesterday's figures",
    ),
)
# A reviewer's heading asking whether an exemption holds ("Is section 35(1)(a) engaged?"): the reasoning's own
# question, answered in the paragraphs under it, never a question of the request
EXEMPTION_ENGAGED_HEADING = LineCue(
    "heading asking whether an exemption is engaged",
    re.compile(
        r"^(?:is|are|does|do|was|were|has|have)\s+(?:the\s+|this\s+)?"
        r"(?:(?:sections?|regulations?|s\.?)\s*\d[\w().]*(?:\s*(?:and|or|,)\s*\d[\w().]*)*"
        r"(?:\s+of\s+(?:the\s+)?(?:foia|eir|foisa|act|regulations))?|exemptions?|exceptions?)\s+"
        r"(?:been\s+)?(?:(?:properly|correctly)\s+)?(?:engaged|apply|applies|applied)\s*\??$"
    ),
    examples=(
        "Is section 43(2) engaged?",
        "Does the exemption apply?",
        "Was regulation 12(4)(e) of the EIR correctly applied?",
        "Are sections 31(1)(a) and 38(1) engaged?",
    ),
    counter_examples=(
        "Does the exemption for blue badge holders apply?",
        "Is section 12 of the Act the reason my request to Wibble Council was refused?",
        "Does the council apply a charge for garden waste?",
        "Were any exemptions applied to requests about parking in 2023?",
    ),
)
FIGURE_ROW = LineCue(
    "row giving a total or a figure",
    re.compile(
        r"^(?:the |a |an )?(?:total|number|amount|cost|value|spend|budget|average|median|mean)s?\s*[:=-]?\s*£?\d"
    ),
    examples=(
        "Total 108 78 84 314",
        "Average 9 days",
        "Median: 14 weeks",
        "The cost = £300",
        "Budgets: £4,000",
    ),
    counter_examples=(
        "The number of staff employed",
        "Total spend by year",
        "The average time taken in 2024",
    ),
)
# The caption over a table or an annex, with its name: "Table A - Charges", "Appendix 2: Contracts"
CAPTION = LineCue(
    "caption over a table or an annex",
    # --- round 86: or a heading alone naming a section of the Act, over the refusal an answer points to ("see the
    # explanation under 'Section 12' below"): "Section 12", "Section 43(2) - commercial interests"
    re.compile(
        r"^((?:table|appendix|annex)\s+(?:[A-Z]|\d{1,2})\b"
        r"|section\s+\d{1,2}\b(?=(?:\(\d{1,2}\))*(?:\s*[-–:]\s*[^.?!]{0,60})?\s*$))(?!\s+(?:below|above|shows))",
        re.I,
    ),
    examples=(
        "Table A - Charges",
        "Appendix 2: Contracts",
        "Annex 3",
        "Section 12",
        "Section 40(2) - personal information",
    ),
    counter_examples=(
        "Table A below shows the figures",
        "Tables of fees",
        "Section 12 of the Act allows us to refuse a request.",
        "Section 43(2) applies to the fees.",
    ),
)
# A short sentence giving a figure, under an item captioned with a colon: "Staff employed in 2024:" then "412."
FIGURE_GIVEN = LineCue(
    "short sentence giving a figure",
    re.compile(r"^(?:£\s?\d|\d)[^?:;]{0,40}\.$"),
    examples=(
        "£1.2m.",
        "64 per cent.",
        "412 staff in post.",
    ),
    counter_examples=(
        "2021/22 and 2022/23",
        "12 months to 31 march:",
        "1. the number of fines",
    ),
)
# The unit in brackets closing a table's column heading, data rather than a request item: "Amount paid (£)"
UNIT_HEADING = LineCue(
    "unit closing a column heading",
    # or the tax a sum column is given with or without: "Fee (ex VAT)", "Price (including VAT)"
    re.compile(
        r"\((?:£|%|£ ?k|£ ?m|£ ?'?000s?|no\.?|number|hours|days|weeks|tonnes|"
        r"(?:ex|excl?|excluding|exclusive of|inc|incl?|including|inclusive of|net of|plus)\.? ?vat)\)$"
    ),
    examples=(
        "Amount paid 2023/24 (£)",
        "Share of spend (%)",
        "Time spent on appeals (hours)",
        "Price of each inspection (ex VAT)",
        "Value of the award (incl. VAT)",
    ),
    counter_examples=(
        "Total spend (see note 2)",
        "The cost (£) of each scheme",
        "Number of staff",
        "The cost of each review (VAT reclaimed)",
    ),
)
# Words too common in FOI replies to tie an answer to its question by: "request", "information", "number"
COMMON_WORDS = tuple(
    "which there these their those would could should please provide number total information "
    "request response council about where years since".split()
)
# A header field's date with the label of the line after it glued on: "Responded Mon 27 March 20231. What" (the
# line is cut after the year, before "1."); matched as written, for the capital after the label
GLUED_DATE = LineCue(
    "date with the next label glued on",
    re.compile(
        r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}[/.-]\d{1,2}[/.-])"
        r"(?:19|20)\d{2}(?=\d{1,2}[.)]\s*[A-Z])",
        re.IGNORECASE,
    ),
    examples=(
        "Responded Mon 27 March 20231. What is the fee",
        "Received 03/04/20242) How many wardens",
    ),
    counter_examples=(
        "Responded 27 March 2023. The fee is £40",
        "Received 03/04/2024 2) How many wardens",
    ),
)
# A yes/no pair of tick boxes, one ticked: "Is the decision eligible? [ ] Yes [x] No"; matched as written
CHECKBOX = LineCue(
    "pair of yes/no tick boxes",
    re.compile(r"\[(?P<a>[xX ])\]\s*(?P<al>yes|no)\b.*?\[(?P<b>[xX ])\]\s*(?P<bl>yes|no)\b", re.I),
    examples=(
        "Is the decision eligible? [ ] Yes [x] No",
        "Do you charge for this? [X] Yes [ ] No",
    ),
    counter_examples=(
        "Yes [x]",
        "Tick [x] Yes if it applies",
    ),
)
# A quarter of a year heading a row, not a named question: "Q2 Jul-Sep 2023 41", "Q1 (April to June) 17", or a
# quarter of a year then its figures ("Q4 2022/23  £1,200"; "Q1 2023/24: 214 trees" answers question 1 for a year);
# matched on the folded line
QUARTER_ROW = LineCue(
    "quarter of a year heading a row",
    re.compile(
        r"^q[1-4]\s*[:\-–]?\s*\(?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
        r"(?:19|20)\d{2}(?:[-/]\d{2,4})?(?:\s*\*)?\s+£?\d"  # a note's star may follow: "Q4 2024/25 * 505"
        r"(?!.*\b(?:19|20)\d{2}[-/]\d{2}))"  # one year in the row: a question's answer lists several years' figures
    ),
    examples=(
        "Q2 Jul-Sep 2023 41",
        "Q4 2022/23  £1,200",
        "Q2 2023-24 * 87",
        "Q1 (April to June) 17",
        "Q3 - October to December: 9",
    ),
    counter_examples=(
        "Q2 How many staff left in 2023?",
        "Q1. Your spend in April 2024",
        "Q5 May 2024 figures",
        "Q1 2023/24: 214 trees were planted",
        "Q3 - 2022/23 £5,100 / 2023/24 £5,800",
    ),
)
# A numbered item reporting a whether-question in a sentence of its own, then answering it: "(2) Whether the
# council owns the depot. It does not."; matched as written
WHETHER_ANSWERED = LineCue(
    "reported whether-question then its answer",
    re.compile(r"^(?P<q>whether\b[^?!.]{8,}[.?])\s+(?P<a>[A-Z£\d].*)$", re.IGNORECASE),
    examples=(
        "Whether the council owns the depot. It does not.",
        "Whether any fines were refunded? Two were, both in May.",
    ),
    counter_examples=(
        "Whether the council owns the depot.",
        "Whether or not the fee is paid, the permit is issued",
    ),
)
# A numbered item asking in a sentence of its own ("Please list ...", "Please provide ..."), then the reply's answer
# in the same paragraph: "(2) Please list the depots. We run two, at Wibble and Wobble."; matched as written (not the
# requester going on: "We would like it by year")
ASKED_THEN_ANSWERED = LineCue(
    "request sentence then its answer",
    re.compile(
        r"^(?P<q>please (?:also )?(?:list|provide|give|tell|send|supply|state|confirm|disclose|share)\b[^?!]{8,}?\.)"
        r"\s+(?P<a>(?:we (?!(?:would|want|wish|ask|request|need|also|expect|understand)\b)|our |yes\b|no\b|none\b|"
        r"not held|£\d|\d).*)$",
        re.IGNORECASE,
    ),
    examples=(
        "Please list the depots Wibble Council runs. We run two, at Wibble and Wobble.",
        "Please provide the names of the contractors. We cannot provide this: the names are personal data.",
        "Please confirm whether the depot is leased. No, the council owns it.",
    ),
    counter_examples=(
        "Please list the depots Wibble Council runs.",
        "Please provide the names of the contractors. We would like them by year.",
        "Please provide the spend. Please also give the number of staff.",
    ),
)
# A numbered item headed by what it asks for in a few words, a sentence of its own, then the answer: "(2) Number
# of depots. We run four."; matched as written (the heading must read as a request item: segment checks it)
HEADED_ITEM = LineCue(
    "item heading then its answer",
    re.compile(r"^(?P<q>[a-z]+(?: [a-z'’-]+){1,5})\.\s+(?P<a>[a-z£\d].*)$", re.IGNORECASE),
    examples=(
        "Number of depots. We run four.",
        "Spend on agency staff. The total was £12,000 in 2024.",
    ),
    counter_examples=(
        "Number of depots.",
        "We checked the records held by the depot. None were found.",
        "Spend on agency staff in 2024: £12,000.",
    ),
)


# --- round 52 (a)
# A greeting opening a letter or mail ("Dear Ms Field,", "Good morning Mr Ash"): after the requester's sign-off
# under the questions of a thread page, it opens the body's reply
SALUTATION = LineCue(
    "salutation",
    re.compile(r"^(?:dear|good (?:morning|afternoon|evening)|hello|hi)\b(?!-)[^.?!]{0,60}$"),
    examples=(
        "Dear Ms Field,",
        "Good morning Mr Ash",
        "Hello Sam,",
    ),
    counter_examples=(
        "Dearne Valley depot figures",
        "Good afternoon sessions were cut in 2024 because of staffing.",
        "Hi-vis jackets for the wardens",
    ),
)


# --- round 53
# A follow-on ask on the same thing, its condition just before a cut in a reported request: "whether any vans were
# written off and, if so, how many" is one item, not two (searched in the text before the cut)
FOLLOW_ON_CONDITION = LineCue(
    "condition a follow-on ask hangs on",
    re.compile(r"\b(?:if\s+(?:so|yes|any)|where\s+so)\s*$"),
    examples=(
        "whether any vans were written off and, if so",
        "whether the scheme was extended and if yes",
        "were any staff disciplined, and if any",
    ),
    counter_examples=(
        "whether any vans were written off",
        "if so, how many",
        "the costs of the scheme, so",
    ),
)


# --- round 57 (c)
# A pointer after the answers to another body for all the reply does not hold ends the answers, like help text:
# "You may wish to contact the county police at <address> for the information we do not hold."
REFERRAL_FOR_UNHELD = LineCue(
    "pointer to another body for whatever the reply does not hold",
    re.compile(
        r"^(?:you (?:may|might|can|could) (?:wish to |want to )?|please )(?:contact|write to|approach|direct|"
        r"redirect|send)\b.{0,200}?\bfor (?:the|any) (?:(?:other|remaining) )?information (?:that )?"
        r"(?:we|this office|the (?:office|service|council|authority|commissioner)) (?:do|does) not hold\b"
    ),
    examples=(
        "You may wish to contact the county force at foi@example.org for the information we do not hold.",
        "Please write to the Chief Constable for any information that this office does not hold.",
        "you could approach the trust directly for the remaining information we do not hold.",
    ),
    counter_examples=(
        "You may wish to contact the county force, which holds this information.",
        "We do not hold the information you asked for.",
        "Please contact us for the information we do hold.",
    ),
)


# --- round 57 (a)
# A request item that opens by listing the kinds of record it wants, with no asking word: "notes, minutes and
# agendas of the panel's meetings" (the list makes it an ask; a statement about such records still states)
_RECORD_KINDS = (
    r"emails|e-mails|letters|correspondence|advice|briefing papers?|briefings?|submissions?|reports?|minutes|notes|"
    r"memos?|papers|records|documents|communications|messages|texts|presentations"
)
# how a record asked for is narrowed by its making: "the briefing paper prepared for the Cabinet Member"
_RECORD_MADE = (
    r"(?:exchanged|sent|received|prepared|written|produced|commissioned|given|provided|held) "
    r"(?:by|for|to|from|with|on|in)"
)
RECORDS_ASKED = LineCue(
    "kinds of record listed to open a request item",
    re.compile(
        r"^(?:(?:copies of|any|all) )?(?:notes|minutes|agendas|emails|e-mails|letters|papers|reports|briefings|"
        r"submissions|slides|presentations|correspondence|records|memos)(?:,| and| or) |"
        # --- round 75 (seg4): one kind of record asked for whole, "all"/"copies of" before it or the record it names
        # narrowed after it ("The briefing paper prepared for the Cabinet Member")
        r"^(?:(?:copies of|all) (?:(?:the|legal|internal|written|external) ){0,2}(?:" + _RECORD_KINDS + r") "
        r"(?:between|from|to|about|relating to|concerning|regarding|on|with|"
        r"the (?:[a-z]+ )?(?:council|trust|department|authority|board|body) (?:received|obtained|sought|holds|"
        r"commissioned)|" + _RECORD_MADE + r")|the (?:" + _RECORD_KINDS + r") " + _RECORD_MADE + r")\b"
    ),
    examples=(
        "notes, minutes and slide packs from the board's away day",
        "copies of emails and letters exchanged with the regulator",
        "agendas or papers for each committee meeting in 2024",
        # --- round 75 (seg4)
        "all emails between the head of parks and the wibble council's leader about the lease",
        "the briefing paper prepared for the cabinet member on the closure",
        "copies of the legal advice the council received on whether it could end the contract",
        "all correspondence between the council and wibble coaches ltd about the route",
    ),
    counter_examples=(
        "notes from the meeting are attached",
        "minutes of the board",
        "reports published each quarter",
        # --- round 75 (seg4)
        "the emails were sent to the requester on 3 may",
        "all correspondence",
        "the report is published on our website",
        "the submission to the minister",
    ),
)

# --- round 72 (r85): a prose reply naming the question each sentence answers in a bracket closing it
_Q_LABELS = r"\d{1,2}[a-h]?(?:\s*(?:/|,|&|and|or)\s*(?:q\s?)?\d{1,2}[a-h]?)*"
BRACKETED_QUESTION = LineCue(
    "question numbers in a bracket closing a sentence",
    re.compile(r"\((?:q\s?|questions?\s+)(?P<labels>" + _Q_LABELS + r")\)\s*[.!?]?\s*$"),
    examples=(
        "we have never charged for a call-out (q2).",
        "no leaflets were printed (q3/q4).",
        "the wibble council holds no such list (questions 5 and 6)",
        "we keep no register of drones (q 1, q 4).",
    ),
    counter_examples=(
        "figures for 2023 are given in the table (2023).",
        "see the annex (q2) for the figures.",
        "the fee was £40 (plus vat).",
        "we answered this in our letter (ref q2024/11).",
    ),
)
# "we can't give you numbers for Q1 or Q5", in a reply whose sentences close on BRACKETED_QUESTION
NAMED_Q_LABEL = LineCue(
    "short question number named inside a sentence",
    re.compile(r"(?<![\w(/])q(?P<labels>" + _Q_LABELS + r")\b(?!\))"),
    examples=(
        "we hold no figures for q1 or q5, that is not held.",
        "the answer to q3 is no.",
    ),
    counter_examples=(
        "we never charged (q2).",
        "our reference is foi/q12.",
        "the q-fever report",
    ),
)
# "2 - We do not charge for false alarms, so (b) and (c) don't apply.": the parts an answer says fall away
PARTS_FALL_AWAY = LineCue(
    "lettered parts an answer says do not apply",
    re.compile(
        r"(?:,\s*|\s)(?:so |therefore |and so |which means )?(?P<clause>(?:parts?\s+)?"
        r"(?P<letters>\([a-h]\)(?:\s*(?:,|and|&|or)\s*\([a-h]\))*)\s+"
        r"(?:(?:do|does|would) not|don't|doesn't|are not|is not|aren't|isn't)\s+(?:apply|applicable)\b[^.]*\.?)"
    ),
    examples=(
        "we have never charged for a call-out, so (b) and (c) don't apply.",
        "no leaflets were printed; parts (b), (c) and (d) are not applicable",
        "wibble council sets no fee, so (b) does not apply.",
    ),
    counter_examples=(
        "section 40(2) does not apply to the totals.",
        "(b) we do not apply a charge.",
        "the exemption in (b) applies.",
    ),
)


# --- round 81 (prose): a reply with no labels answering in prose, a sentence an answer
# A sentence of such a reply that states a verdict: a yes or a no opening it, a nil, a not-held or a refusal
PROSE_VERDICT = LineCue(
    "sentence stating a verdict in an unlabelled prose reply",
    re.compile(
        # "Yes - ...", "No patient was ...", "On vans: no, ...", not "No. of staff"
        r"^(?:on [^:]{1,60}: )?(?:yes|no)\b(?!\.? ?(?:of\b|\d))|"
        r"\b(?:do|does|did) not hold\b|\bis not held\b|"
        r"\b(?:are|is|been|be) withh(?:olding|eld)\b|\b(?:is|are) exempt (?:from disclosure )?under\b|"
        r"\bnot obliged to comply\b|\bcost of compliance\b|"
        r"\b(?:have|has|had|did|do|does|was|were)(?: not|n't|n’t) (?:[a-z]+ ){1,2}any\b|"  # "we have not issued any"
        r"\b(?:made|issued|received|recorded|paid|had|held) no\b|\b(?:none|nil)\b"
    ),
    examples=(
        "yes - members who miss two meetings are written to.",
        "on wibble vans: no, the council has none.",
        "no wibble was towed away in 2024.",
        "wibble council does not hold this information.",
        "we are withholding the names of the officers.",
        "the names are exempt under section 40(2).",
        "we have not issued any fixed penalty notices.",
        "the council does not currently have any electric vans.",
        "we made no payments to consultants.",
        "the spend was nil.",
        "wibble parish council doesn't have any allotments.",
    ),
    counter_examples=(
        "no. of staff employed at 31 march",
        "we have dealt with your request under the freedom of information act 2000.",
        "please direct your request to wibble county council.",
        "thanks for your email.",
        "if you are not happy with any part of this reply, contact us.",
        "nobody replied.",
        "we must weigh the public interest in withholding against the public interest in disclosure.",
    ),
)
# What a prose reply's digits give that is no answer's figure: a year, a date, a day of the month, a section of an
# Act, a time limit or a reference ("20 working days", "section 12", "9 July 2025", "2023/24", "ref 25/044")
PROSE_NOT_FIGURE = LineCue(
    "digits in a prose sentence that are no figure",
    re.compile(
        r"\b(?:sections?|regulations?|reg\.|s\.|article|schedule|paragraph|part|ref(?:erence)?\.?:?|no\.) ?"
        r"\d+[a-z]?(?:\(\d+\))*(?:\([a-z]\))?|"
        r"\b\d[\d,]*(?: (?:to|and) \d+)? (?:working |calendar )?(?:days?|hours?)\b|\b\d+[a-z]+\b|"
        r"\b\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)\b|"
        r"\(\d{1,2}\)|\b(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?\b|\b\d+(?:[-/]\d+)+\b|\b[a-z]+[-/]?\d[\w/-]*"
    ),
    examples=(
        "exempt under section 40(2)",
        "your request for (1) the rota",
        "within 20 working days",
        "from 20 to 40 working days",
        "the 20 working day period",
        "wibbleton wb1 7ew",
        "on 9 july 2025",
        "in 2023/24",
        "our ref foi-2291",
        "the act 2000",
    ),
    counter_examples=(
        "we logged 37 complaints",
        "£32 for a full plot",
        "1,604 liability orders",
        "12.5 full-time posts",
    ),
)
