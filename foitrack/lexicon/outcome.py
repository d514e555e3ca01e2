"""The phrasings that speak for a reply as a whole: whether it is a reply, an acknowledgement, or part-met.

Read by foitrack.extract.outcome on the whole folded text; the answer-class cues of
foitrack.lexicon.answers ("not_held", "refused") also count there when a reply's questions
were not found one by one. Examples are written for these entries; none is copied from a reply.
"""

from __future__ import annotations

from foitrack.lexicon import Cue, Lexicon

CUES = (
    Cue(
        "information_request",
        "reply",
        r"freedom of information|\bfoi|\beirs?\b|environmental information|your request|information request|"
        r"request for information|please (?:provide|release|confirm)|information (?:you )?requested",
        1.0,
        ("Thank you for your Freedom of Information request.", "The information you requested is below."),
        ("Minutes of the parish meeting held on Tuesday.",),
        "a text that talks about an information request is a reply (or a request), not some other page",
    ),
    Cue(
        "partly_held",
        "partly_held",
        r"held,? in part|(?<!may )(?<!might )(?<!could )hold some of the information|partly held",
        1.0,
        ("The information is held in part.", "We hold some of the information you asked for."),
        (
            "We hold the information you asked for.",
            "We hold none of it; the regional agency may hold some of the information you want.",
        ),
        "a body saying it holds part of what was asked; another body that may hold some of it is a referral, "
        "not a part held",
    ),
    Cue(
        "hold_only",
        "partly_held",
        r"\b(?:do(?:es)? not|don't) (?:hold|record|keep) [^.\n]{3,80}?,? (?:only\b|but (?:we |it )?(?:do(?:es)? )?"
        r"(?:hold|record|keep)\b)",
        1.0,
        (
            "We do not hold figures for each school, only the totals for the county.",
            "The council does not record the reason for a visit but does record its date.",
        ),
        ("We do not hold this information.", "We do not hold any records of such visits."),
        "what is not held is one part of the request; the rest is held and given",
        needles=("not hold", "not record", "not keep", "don't"),
    ),
    Cue(
        "provided_what_we_can",
        "partial",
        r"\b(?:have|has) (?:provided|supplied|given|released|included) (?:you with )?(?:what|as much)"
        r"(?: information)? (?:as )?(?:we|it) (?:can|could|are able|were able|is able)|"
        r"\b(?:as (?:advice and )?assistance|(?:in order )?to (?:assist|help) you|under section 16(?: of the act)?),? "
        r"(?:we|i|the [a-z]+) (?:have|has|can|(?:am|are|is) able to) (?:provide|provided|supply|supplied|tell you)",
        1.0,
        (
            "However, we have provided what we can below.",
            "As advice and assistance, we can provide the totals for last year.",
            "Under section 16 of the Act we are able to tell you how many were logged in total.",
            "We have supplied as much information as we are able.",
            "However, in order to assist you, we are able to provide the following figures.",
        ),
        (
            "We have provided the information you asked for.",
            "We are unable to provide any figures.",
            "To help you narrow your request, we can explain how our records are kept.",
        ),
        "after a refusal of the whole request, what is offered still makes the reply partial (SCHEMA hard cases)",
        needles=(
            *"what we |what it |what information |what as | as much ".split("|"),
            *("assistance", "assist you", "help you", "section 16"),
        ),
    ),
    Cue(
        "some_of_the_information",
        "partial",
        r"\b(?:provided|supplied|released|disclosed|enclosed?|attached|attach)"
        r"(?: below| overleaf| herewith)?(?: is| are)?(?: you with)?(?: a copy of| copies of)? "
        r"(?:some|part|parts|most) of the (?:requested |relevant )?information\b|"
        r"\bwithh(?:e|o)ld(?:ing)? (?:some|part) of the (?:requested )?information\b|"
        r"\bsome of the (?:requested )?information (?:(?:you|that you) (?:have )?(?:requested|asked for) )?"
        r"(?:is|has been|was|will be) (?:withheld|redacted|exempt)",
        1.0,
        (
            "I attach a copy of some of the information you asked for.",
            "The council released part of the information and withheld the remainder.",
            "Some of the information you requested has been redacted.",
            "Provided below is some of the information.",
            "We enclose copies of most of the information you asked for.",
        ),
        ("I attach a copy of the information you asked for.", "Some of the roads were closed."),
        "the reply says in so many words that only some of what was asked for is given",
        needles=("some of the ", "part of the ", "parts of the ", "most of the "),
    ),
    Cue(
        "rest_withheld",
        "partial",
        r"\b(?:any|all) (?:other|remaining|further) (?:information|material|documents|records)"
        r"(?: (?:we hold|held|that we hold|requested|within scope))? (?:is|are|has been|have been|was|were) "
        r"(?:being )?(?:exempt|withheld|redacted|refused)|"
        r"\b(?:the )?(?:remainder|rest|balance) of the (?:requested )?(?:information|material|documents)"
        r" (?:is|are|has been|have been|was|were) (?:being )?(?:exempt|withheld|redacted|refused)",
        1.0,
        (
            "Any other information we hold is exempt under section 31.",
            "The rest of the information has been withheld.",
        ),
        ("Any other questions should be sent to the team.", "All information is published online."),
        "what is withheld is 'the rest': something else was given",
        needles=(
            *(f"{a} {b} " for a in ("any", "all") for b in ("other", "remaining", "further")),
            *(f"{w} of the " for w in ("remainder", "rest", "balance")),
        ),
    ),
    Cue(
        "however_we_have_given",
        "partial",
        r"\bhowever,? (?:we|i) (?:have|can|are able to|were able to) (?:provided?|suppl(?:y|ied)|give|given|"
        r"release|released|include|included|share|shared) (?!(?:any|no|all)\b)|"
        # "however" inside the verb: "we have, however, been able to extract the totals"
        r"\b(?:we|i) (?:have|are|were|am|was),? however,? (?:been )?able to (?:provide|supply|give|extract|share|"
        r"release|include|tell you) (?!(?:any|no|all)\b)",
        1.0,
        (
            "We cannot answer this in full. However, we have provided the totals above.",
            "However, I can provide the figure for the last year.",
            "Under our duty to advise, we have, however, been able to extract last year's totals.",
        ),
        (
            "However, we cannot provide the names.",
            "However, we have provided all the figures you asked for.",
            "We have, however, been unable to extract the figures.",
        ),
        "what is given after a refusal ('however, ...') makes the reply partial",
        # "however" with the words next to it in either wording: the word alone opens many other sentences
        needles=("however we ", "however, we ", "however i ", "however, i ", "however been ", "however, been ")
        + ("however able ", "however, able "),
    ),
    Cue(
        "gives_though_not_obliged",
        "partial",
        r"\b(?:although|though|while|whilst|even though) (?:(?:we are|we're|i am|the [a-z]+ (?:is|are)|it is) )?not "
        r"(?:obliged|required|obligated) to (?:provide|supply|release|disclose|answer|comply|do so)\b[^.]{0,120}?,? "
        r"(?:we|i|it|the [a-z]+) (?:have|has|can|will|(?:am|are|is) able to)\b(?! not\b)",
        1.0,
        (
            "Although we are not obliged to provide any figures once the limit is exceeded, we have given the "
            "totals we could find quickly below.",
            "While the council is not required to comply with the request, it has set out the yearly counts.",
            "Though we are not obliged to do so, we can give you the totals for last year.",
            "Although not required to do so, we can answer parts 3 and 4 below.",
        ),
        (
            "Although we are not obliged to provide the figures, we have not been able to find any.",
            "We are not obliged to comply with your request.",
        ),
        "after a refusal of the whole request, what is given anyway ('although not obliged to, we have ...') makes "
        "the reply partial (SCHEMA hard cases)",
        needles=("not obliged", "not required", "not obligated"),
    ),
    Cue(
        "gives_though_refused",
        "partial",
        r"\b(?:although|though|while|whilst|even though) (?:the|your|this) (?:\w+ )?request(?: as a whole)? "
        r"(?:is|has been|was) (?:being )?refused,? (?:we|i|the [a-z]+) (?:have|has|can|will|(?:am|are|is) able to) "
        r"(?:give|given|provide|provided|supply|supplied|release|released|share|shared|tell)\b",
        1.0,
        (
            "Although the request as a whole is refused, we are able to give you the totals for last year.",
            "While your request has been refused, the council can provide the figure for 2024.",
        ),
        (
            "Although the request is refused, we can explain how to narrow it.",
            "Your request as a whole is refused, and we are able to give you no figures.",
        ),
        "a refusal of the whole request with something given all the same ('although ... refused, we are able to "
        "give you ...') makes the reply partial (SCHEMA hard cases)",
        needles=("though", "while", "whilst"),
    ),
    Cue(
        "advice_figures_listed",
        "partial",
        r"\b(?:advise and assist|advice and assistance)\b[^\n]{0,40}[.:]?(?:[^.\n]*[.\n]){0,4}?[^.\n]*?"
        r"\bthe (?:yearly |annual |monthly )?(?:totals?|figures?|numbers?|counts?)\b[^.:\n]{0,80}"
        r"\b(?:are|were|is|was)(?: as follows)?:[ \t]*\n",
        1.0,
        (
            "Under section 16 we have a duty to advise and assist. The Board keeps one budget line for hire.\n"
            "The totals charged to it are:\n2023/24 £1,200",
            "Advice and assistance\nThe figures we could find quickly are:\n2024: 31",
        ),
        (
            "Under section 16 we have a duty to advise and assist. You could ask for one year.\nThe figures we "
            "would need to read are spread over many files.",
            "The totals are:\n2023: 4",
        ),
        "a refusal's advice-and-assistance passage that goes on to list figures ('The totals ... are:' and rows): "
        "what it gives makes the reply partial (SCHEMA hard cases)",
        needles=("advise and assist", "advice and assistance"),
    ),
    Cue(
        "met_in_part",
        "called_partial",
        r"(?<!\d were )(?<!\d was )\b(?:partially|partly|in part) (?:granted|refused|released|disclosed|met(?! by\b)|"
        r"answered|withheld|complied with)\b|\b(?:i|we) have (?:partly|partially) upheld (?:your|the)\b|"
        r"(?<!\d were )(?<!\d was )\b(?:granted|refused|met|answered|complied with) "
        r"in part\b(?! by\b)|\bpart[- ]refus",
        1.0,
        (
            "Your request has been partially granted.",
            "Your request was complied with in part.",
            "A part-refusal.",
            "On review I have partly upheld your complaint.",
        ),
        (
            "Your request has been granted.",
            "The information is held in part.",
            "The public interest in openness is partly met by the charges we publish.",
            "Of 90 appeals, 61 were upheld, 12 were granted in part and the rest were dismissed.",
            "Of the 40 complaints, 9 were partly upheld.",
        ),
        "the reply calls itself part met, part refused (not a count of others' claims met in part); a page's status "
        "line or a template may say so of a reply that answers every question with no exemption, so it decides only "
        "where some part is refused or the request is refused whole",
        needles=tuple(
            "partially |partly granted|partly refused|partly released|partly disclosed|partly met|"
            "partly answered|partly withheld|partly complied|partly upheld|in part |d in part|met in part|"
            "with in part|"
            "part refus|part-refus".split("|")
        ),
    ),
    Cue(
        "whole_request_refused",
        "refused_whole",
        r"\bnot (?:obliged|required) to comply with (?:your|this|the) (?:\w+ )?request\b|"
        # not the Act's own words read out: "... if the authority estimates that the cost of complying with the request"
        r"(?<!authority estimates that )(?<!authority estimates that the cost of )"
        r"(?<!if it estimates that )(?<!if it estimates that the cost of )"
        r"\b(?:the cost of )?complying with (?:your|this|the|these) (?:\w+ )?requests?(?: taken together)?\s+would\s+"
        r"(?:exceed|cost|take)\b|"
        r"(?<!of )\b(?:your|this|the) request (?:is|was|has been) (?:being )?"
        r"(?:refused|declined|(?:deemed |considered )?vexatious|repeated)\b|"
        r"\b(?:we are|i am|we have|i have) (?:therefore )?(?:refusing|refused) (?:your|this|the) request\b|"
        r"\b(?:refusing|refuse) to (?:provide|release|disclose) (?:the|any) information (?:sought|requested)\b"
        r"(?!,?\s+(?:for|in|at|under)\s+(?:questions?|parts?|items?|points?)\b)|"
        r"\bwithh(?:o|e)ld(?:ing)? all (?:of )?(?:the information|it)\b|"
        # the information asked for, named as a whole: "We are unable to provide the information requested because"
        r"\b(?:unable|not able) to (?:provide|supply|release|disclose) (?:you with )?(?:the|any of the) information\s+"
        r"(?:requested|sought|you (?:have )?(?:requested|asked for))\b(?!,?\s+(?:in|for|at|under)\s+(?:question|part|"
        r"item|point|request)\b)|"
        # the request named whole as what cannot be answered, the reason next: "unable to answer your request because"
        r"\b(?:unable|not able) to (?:answer|respond to|comply with) (?:your|this|the) request\s+"
        r"(?:because|since|as(?! it stands))\b",
        1.0,
        (
            "We are unable to provide the information requested because it would cost too much to find.",
            "Under section 12 we are therefore not obliged to comply with your request.",
            "We estimate that complying with your request would exceed the appropriate limit.",
            "The cost of complying with the three requests taken together would exceed the limit.",
            "We have concluded that the request is vexatious.",
            "I am therefore refusing to provide the information sought.",
            "We have decided to withhold all of the information you asked for.",
            "We hold the reports you describe, but we are withholding all of it under section 36.",
            "I am writing to tell you that we are unable to answer your request because it would cost too much.",
        ),
        (
            "We are not obliged to comply with part 3 of the request, but the rest is answered below.",
            "Complying with question 4 of your request would exceed the limit.",
            "Your request was received on 3 May.",
            "This part of your request is refused.",
            "The names in the report are withheld; the rest is released in full.",
            "We are unable to provide the information requested in question 3, as it would cost too much.",
            "We are unable to answer your request in full because part of it is exempt.",
            "I am therefore refusing to provide the information sought for question 4.",
            "Section 12 provides that a public authority is not obliged to comply with a request if the authority "
            "estimates that the cost of complying with the request would exceed the appropriate limit.",
        ),
        "the reply refuses the request as a whole (cost limit, vexatious, repeated): refused, unless it says it "
        "still gives part ('as advice and assistance, we can provide ...')",
        needles=(
            *("comply with", "complying with", "refusing ", "refuse to ", "vexatious"),
            *(
                f"{verb} {word}"
                for verb in ("is", "was", "been", "being")
                for word in ("refused", "declined", "repeated")
            ),
            *(f"refused {whose} " for whose in ("your", "this", "the")),
            *(f"withh{o}ld{ing} all " for o in "oe" for ing in ("", "ing")),
            *("unable to ", "not able to "),
        ),
    ),
    Cue(
        "not_taken_as_request",
        "refused_whole",
        r"\b(?:unable|not able|cannot) (?:to )?(?:deal with|treat|process|handle|accept) (?:your|this|the) "
        r"(?:e-?mail|letter|correspondence|enquiry|message|request) as an? (?:valid )?(?:freedom of information |foi |"
        r"information )?request\b",
        1.0,
        ("The Wibble Agency is not a public authority, so we are not able to deal with your email as a request.",),
        ("Coroners are not public authorities under the Act, so we have passed your questions to the coroner.",),
        "a body outside the Act refuses the request as a whole, whatever it says it publishes",
        # " as an" only before what may follow it: " as an " opens many other phrases ("such as an example")
        needles=(
            " as a request",
            " as a valid",
            " as a freedom",
            " as a foi",
            " as a information",
            " as an request",
            " as an valid",
            " as an freedom",
            " as an foi",
            " as an information",
        ),
    ),
    Cue(
        "withheld_in_full",
        "withheld_whole",
        r"\b(?:withheld|exempt) in (?:full|its entirety)\b",
        1.0,
        ("The report is withheld in full under section 36.", "The file is exempt in its entirety."),
        ("The names in the report are withheld; the rest is released in full.", "The report is released in full."),
        "a document withheld whole: the request refused as a whole where the words are the reply's own, but only "
        "one question refused where they sit in that question's answer (foitrack.extract.outcome)",
        needles=("withheld in ", "exempt in "),
    ),
    # --- round 45 (tests/blind47)
    Cue(
        "notice_for_parts",
        "partial",
        r"\brefusal notice\b[^.;]{0,60}?\b(?:for|in respect of|covering|in relation to) "
        r"(?:only )?parts? of \([a-z0-9]{1,2}\)",
        1.0,
        (
            "This email is a refusal notice under section 17 for part of (2).",
            "The letter serves as a refusal notice in respect of parts of (b) and (c).",
        ),
        (
            "This email is a refusal notice under section 17.",
            "This letter is a refusal notice for part of your request.",
        ),
        "a refusal notice said to cover only parts of the request: what is withheld 'in full' elsewhere in the reply "
        "is one part of it, so the reply is partial, not refused as a whole",
        needles=("refusal notice",),
    ),
    Cue(
        "handed_over",
        "handed_over",
        r"(?:\bplease find (?:attached|enclosed|below|the (?:attached|enclosed))|\b(?:i|we) (?:attach|enclose)\b)"
        r"(?! (?:our|my|the) (?:\w+ )?(?:response|reply|letter)\b)|"
        r"\bhas provided the following|\bthe information (?:you )?(?:requested|asked for) is (?:attached|enclosed|"
        r"below|set out below|as follows)",
        1.0,
        ("Please find attached the spreadsheet you asked for.", "The information you requested is set out below."),
        (
            "Please send us the attached form.",
            "We will write to you shortly.",
            "Please find attached our response to your request.",
        ),
        "read only where no answer was found one by one: the reply hands the information over as a whole, not a "
        "covering note that attaches the reply letter (which may refuse)",
    ),
    Cue(
        "response_heading",
        "responds",
        r"(?m)(?:^[ \t]*(?:our )?|\b(?:this|here|below) is (?:our |the )?|\b(?:attached|enclosed) (?:is )?our )"
        r"response to (?:your |the )?(?:foi |freedom of information |eir |information )?request\b",
        1.0,
        (
            "Response to your FOI request of 2 May",
            "This is our response to the information request.",
            "Please find attached our response to your FOI request.",
        ),
        (
            "We will send a response to your request by 3 June.",
            "The Commissioner's response to your request is attached.",
        ),
        "read last, where no answer was found one by one and nothing is refused or not held: a reply that "
        "calls itself the response to the request gives what it holds",
        needles=("response to",),
    ),
    Cue(
        "acknowledgement",
        "acknowledgement",
        r"we will (?:respond|reply|be in touch)|acknowledge (?:receipt|your)|has been received and|"
        r"we aim to respond|will be (?:dealt with|responded to) within|"
        # a letter extending the time for the reply: "we now aim to send you our full response by 3 November"
        r"\b(?:we|i) (?:now )?aim to (?:send|give|provide) (?:you )?(?:with )?(?:our|a|the) (?:full |final )?"
        r"(?:response|reply|decision)",
        1.0,
        (
            "Your request has been received and will be dealt with within 20 working days.",
            "We now aim to send you our full response by 4 March.",
        ),
        ("We responded to your request on 3 May.", "We aim to send out invoices within a week."),
        needles=("will ", "acknowledge ", "received and", "aim to "),
    ),
    # --- round 56 (a)
    Cue(
        "released_with_redactions",
        "partial",
        r"\b(?:released|disclosed|provided|supplied|sent)(?: to you)? (?:with (?:some |minor |limited )?redactions|"
        r"in (?:a )?redacted form)\b",
        1.0,
        (
            "The two audit reports are released with redactions under section 40(2).",
            "Item 4 is disclosed in redacted form.",
        ),
        (
            "The report is released in full.",
            "No redactions were needed before the minutes were released.",
        ),
        "documents given with parts blacked out: something is given and something withheld, so the reply is "
        "partial even where another document is withheld in full",
        needles=("released ", "disclosed ", "provided ", "supplied ", "sent "),
    ),
)

OUTCOME_LEXICON = Lexicon(CUES)
