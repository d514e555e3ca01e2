"""The legal wording an FOI reply relies on: cost-limit refusals and exemptions named without a number.

Read by foitrack.extract.exemptions on the folded reply (lower case, same offsets as the text):
- kind "cost_limit": a refusal because answering would cost too much, which relies on section 12
  (EIR: regulation 12(4)(b)) whether or not the section is named;
- kind "withholding": words that say something is held back, which a named ground needs in the
  same sentence before it counts as relied on (vetoed where redacting is work answering would take);
- kind "clarification": the reply asks the requester to clarify the request before answering it
  (FOIA section 1(3)), so cost-limit wording in it explains, and relies on no section 12;
- kind "fees_notice": the reply is a fees notice (section 9), sent below the cost limit, so it too relies on no
  section 12;
- every other kind is a ground of exemption named in words ("personal information", "commercial
  interests"); GROUNDS gives the provision it is under each regime, as SCHEMA.md writes it;
- REGIME_NAMES: the Acts a reply names (kinds "foisa", "eisr", "eir", "foia", and "eir_cited" for an
  exception relied on), read by detect_regime in the lower-cased reply;
- SENTENCE_WORDING: words that say whose a sentence is ("requester") and whether a provision in
  it is relied on ("reliance", "conditional", "refusal_notice"...), matched in the reply as written,
  case-blind (their patterns open with "(?i)"), on the sentence around a mention;
- ACT_NAMES: the Acts named just before or after a mention, matched in the text as written (an Act's name
  is read by its capitals), so they are not in LEGAL_LEXICON.
Examples are written for these entries; none is copied from a reply.
"""

from __future__ import annotations

from foitrack.lexicon import Cue, Lexicon
from foitrack.lexicon.answers import GROUNDS_TALLIED, VEXATIOUS

GROUNDS: dict[str, dict[str, str]] = {
    "personal_information": {"foia": "s40", "foisa": "foisa-s38", "eir": "eir-13", "eisr": "eir-11"},
    "commercial_interests": {"foia": "s43", "foisa": "foisa-s33", "eir": "eir-12(5)(e)", "eisr": "eir-10(5)(e)"},
    "law_enforcement": {"foia": "s31", "foisa": "foisa-s35", "eir": "eir-12(5)(b)", "eisr": "eir-10(5)(b)"},
    "in_confidence": {"foia": "s41", "foisa": "foisa-s36"},
    "accessible_elsewhere": {"foia": "s21", "foisa": "foisa-s25", "eir": "eir-6", "eisr": "eir-6"},
    "future_publication": {"foia": "s22", "foisa": "foisa-s27"},
    "legal_privilege": {"foia": "s42", "foisa": "foisa-s36", "eir": "eir-12(5)(b)", "eisr": "eir-10(5)(b)"},
    "national_security": {"foia": "s24", "foisa": "foisa-s31", "eir": "eir-12(5)(a)", "eisr": "eir-10(5)(a)"},
    "health_and_safety": {"foia": "s38", "foisa": "foisa-s39"},
    "vexatious": {"foia": "s14", "foisa": "foisa-s14", "eir": "eir-12(4)(b)", "eisr": "eir-10(4)(b)"},
    "manifestly_unreasonable": {"eir": "eir-12(4)(b)", "eisr": "eir-10(4)(b)"},
}
"""A ground named in words -> the provision it is under each regime (FOIA, FOISA, EIR, Scottish EIR)."""
SELF_APPLYING = frozenset({"manifestly_unreasonable"})
"""Grounds whose name says the request is refused: they need no words of withholding beside them."""

COST_LIMIT = (
    Cue(
        "appropriate_limit",
        "cost_limit",
        r"appropriate (?:\(cost\) |costs? )?limit",
        1.0,
        ("Finding this would exceed the appropriate limit.", "It is above the appropriate cost limit."),
        ("The limit on parking is two hours.",),
        needles=("appropriate",),
    ),
    Cue(
        "exceeds_a_cost_limit",
        "cost_limit",
        r"(?:exceed\w*|over|above|beyond|more than|in excess of) (?:the |our |a |its )?"
        r"(?:upper |maximum |statutory |prescribed |set |relevant )?(?:cost|costs|time|fees?|cost/time|"
        r"time and cost|cost and time)s? (?:limit|threshold|ceiling)",
        1.0,
        (
            "The work needed would exceed the upper cost limit set for requests.",
            "Answering is beyond the statutory time limit for a request.",
            "Complying would exceed the cost/time limit.",
        ),
        ("Our staff met the time limit last year.", "The cost of the scheme was £4,000."),
        needles=("limit", "threshold", "ceiling"),
    ),
    Cue(
        "cost_exceeds_limit",
        "cost_limit",
        r"cost (?:of (?:compliance|complying|your request|answering)[a-z ]{0,30} )?(?:would |will )?exceeds? "
        r"(?:the |our )?(?:[a-z]+ )?limits?\b|fees limit",
        1.0,
        ("The cost of your request exceeds the limits for time and cost.", "cost exceeds limit"),
        ("The cost of the repairs is within budget.",),
        needles=("limit",),
    ),
    Cue(
        "over_so_many_hours",
        "cost_limit",
        r"(?:over|more than|in excess of|excess of|beyond|upwards of|exceed\w*) (?:the )?\d+[ -]hours?\b|"
        r"\b\d+[ -]hours? (?:limit|threshold)|"
        r"would (?:take|require|need|involve) (?:approximately |around |about |at least |an estimated |some |roughly )?"
        r"(?:1[89]|[2-9]\d|\d{3,})(?:\.\d+)? hours",
        1.0,
        (
            "Locating the files would take more than 18 hours of staff time.",
            "It would exceed 24 hours.",
            "We estimate that finding them would take around 60 hours.",
            "Locating them would go beyond the 18-hour limit.",
        ),
        ("The shift lasts 8 hours.", "Checking this would take about 2 hours.", "Staff work 37 hours a week."),
        "an hours figure counts only beside words of cost or compliance (see exemptions.HOURS_CONTEXT_RE)",
        needles=("hour",),
    ),
    Cue(
        "excessive_cost",
        "cost_limit",
        r"excessive cost",
        1.0,
        ("Answering would involve an excessive cost.",),
        ("The costs were reasonable.",),
        needles=("excessive",),
    ),
    Cue(
        "over_the_sum",
        "cost_limit",
        r"(?<!not )(?:exceed\w*|over|above|beyond|more than|greater than|in excess of) (?:the )?"
        r"(?:appropriate |upper |cost |statutory )?(?:limit of )?£ ?(?:450|600)\b|"
        r"£ ?(?:450|600)(?:\.00)? (?:cost |appropriate )?(?:limit|threshold)",
        1.0,
        ("Doing so would cost more than £450.", "This is above the £600 limit.", "It would cost in excess of £600."),
        ("The fine is £450.", "A fee may be charged where the cost is more than £100 but not more than £600."),
        "a cost over the limit; 'not more than £600' bounds a fee band (FOISA's fees regulations), refuses nothing",
        needles=("£450", "£ 450", "£600", "£ 600"),
    ),
)

WITHHOLDING = Cue(
    "held_back",
    "withholding",
    r"\bexempt|\bwithh(?:e|o)ld|\bredact|\bnot (?:be )?(?:disclosed|released)|\brefus|"
    r"\b(?:not|unable to|not able to|cannot|can ?not) (?:disclose|release|provide|supply)\b|\bprejudice\b",
    1.0,
    (
        "The names are exempt from disclosure.",
        "We have withheld the addresses.",
        "Staff names have been redacted.",
        "This will not be released.",
        "We cannot provide the names.",
    ),
    ("The report is attached.", "We publish the figures each year."),
)

WORK_OF_REDACTING = Cue(
    "redacting_is_work",
    "withholding",
    r"\bwould (?:need|have|be required) to (?:be )?(?:[a-z]+ (?:and|or) )?(?:redact|withh(?:e|o)ld)|"
    r"\bwould (?:involve|require|mean) (?:[a-z]+ (?:and|or) )?(?:redacting|withholding)|"
    r"\bredacting\b[^.]{0,150}\bwould (?:take|cost|require|exceed)",
    -1.0,
    (
        "Much of it is personal data that would need to be checked and redacted.",
        "Each file would have to be read and redacted before release.",
        "Answering would involve reading and redacting every email, much of it personal information.",
        "Finding the files, including redacting personal data in them, would take over 90 hours.",
    ),
    ("The names are personal data and have been redacted.", "We have withheld the prices."),
    "redacting described as work that answering would take (a burden or cost estimate): nothing is withheld yet",
    needles=("would",),
)

CLARIFICATION = Cue(
    "clarification_needed",
    "clarification",
    r"\bsection 1 ?\(3\)|\bs\.? ?1\(3\)|"
    r"\bnot (?:obliged|required) to (?:comply|respond|deal)[^.]{0,80}\buntil\b[^.]{0,80}"
    r"\b(?:clarif|further information)",
    1.0,
    (
        "Under section 1(3) of the Act we may ask you for more detail.",
        "We are not obliged to comply with your request until you clarify which years you mean.",
        "We are not required to respond until the further information has been received.",
    ),
    ("Section 13 applies to the fees.", "We will comply with your request within 20 working days."),
    "a reply asking the requester to clarify or narrow the request before it is answered: not a refusal",
    needles=("1(3)", "1 (3)", "until"),
)

FEES_NOTICE = Cue(
    "fees_notice",
    "fees_notice",
    r"\b(?:this|the attached|our) (?:letter|notice|reply) is a fees? notice\b|"
    r"\bfees? notice (?:is )?(?:given |issued |sent )?under (?:section|s\.?) ?9\b",
    1.0,
    (
        "This letter is a fees notice. The charge is set out below.",
        "Freedom of Information Act 2000 - Fees Notice under section 9",
        "This letter is a fees notice under section 9(1) of the Act.",
    ),
    (
        "If you are unhappy with this fees notice you may ask for a review.",
        "We will not issue a fees notice, as the cost would exceed the appropriate limit.",
    ),
    "a notice charging a fee (section 9) before the information is sent: below the cost limit, it relies on no "
    "section 12 however much it explains the limit and the fees regulations",
    needles=("fee",),
)

NAMED_GROUNDS = (
    Cue(
        "personal_information",
        "personal_information",
        r"\bpersonal (?:information|data)\b",
        1.0,
        ("Their names are personal data and are exempt.", "the personal information exemption applies"),
        ("We hold no information about personnel.",),
        needles=("personal",),
    ),
    Cue(
        "commercial_interests",
        "commercial_interests",
        r"\bcommercial(?:ly)? (?:interests?|sensitive|confidential)",
        1.0,
        ("Prices are withheld as they are commercially sensitive.", "It would prejudice commercial interests."),
        ("The commercial waste service runs weekly.",),
        needles=("commercial",),
    ),
    Cue(
        "law_enforcement",
        "law_enforcement",
        r"\blaw enforcement\b|\bprevention or detection of crime\b",
        1.0,
        ("Disclosure would prejudice law enforcement.", "It would harm the prevention or detection of crime."),
        ("The enforcement team issued 40 notices.",),
        needles=("enforcement", "detection"),
    ),
    Cue(
        "in_confidence",
        "in_confidence",
        r"\b(?:provided|supplied|given|obtained) (?:to (?:us|the [a-z]+) )?in confidence\b|"
        r"\bactionable breach of confidence\b",
        1.0,
        (
            "The report was provided in confidence and is exempt.",
            "Release would be an actionable breach of confidence.",
        ),
        ("We are confident the figures are right.",),
        needles=("confidence",),
    ),
    Cue(
        "accessible_elsewhere",
        "accessible_elsewhere",
        r"\breasonably accessible\b|\baccessible (?:to you )?(?:by|through) other means\b|\botherwise accessible\b|"
        r"\bpublicly available and easily accessible\b",
        1.0,
        ("The data is exempt as it is reasonably accessible on our website.",),
        ("Our offices are accessible by wheelchair.",),
        needles=("accessible",),
    ),
    Cue(
        "future_publication",
        "future_publication",
        r"\bintended for (?:future )?publication\b",
        1.0,
        ("The report is withheld as it is intended for future publication.",),
        ("The report was published in May.",),
        needles=("publication",),
    ),
    Cue(
        "legal_privilege",
        "legal_privilege",
        r"\blegal (?:professional )?privilege\b",
        1.0,
        ("The advice is withheld as it is subject to legal professional privilege.",),
        ("We took legal advice on the lease.",),
        needles=("privilege",),
    ),
    Cue(
        "national_security",
        "national_security",
        r"\bnational security\b",
        1.0,
        ("The locations are exempt on grounds of national security.",),
        ("The national survey ran in May.",),
        needles=("national security",),
    ),
    Cue(
        "endanger_health",
        "health_and_safety",
        r"\bendanger (?:the )?(?:physical or mental )?(?:health|safety)\b",
        1.0,
        ("Release would endanger the safety of staff, so it is withheld.",),
        ("The health and safety team inspected the site.",),
        needles=("endanger",),
    ),
    Cue(
        "vexatious",
        "vexatious",
        VEXATIOUS,
        1.0,
        ("We have refused the request as vexatious.",),
        ("We have answered your request.", "Our policy on vexatious complainants is attached."),
        needles=("vexatious",),
    ),
    Cue(
        "manifestly_unreasonable",
        "manifestly_unreasonable",
        r"\bmanifestly unreasonable\b",
        1.0,
        ("We consider your request manifestly unreasonable.",),
        ("We consider your request reasonable.",),
        needles=("manifestly",),
    ),
)

# The Acts a reply names, matched in the lower-cased reply (not fold: detect_regime reads the whole reply and
# the needles skip most of it). A pattern that opens with a word lets re jump to it, so a word's "\b" is
# written as a lookbehind after it: "eir(?<!\weir)".
FOISA_NAMED = Cue(
    "foisa_named",
    "foisa",
    r"freedom of information \(scotland\)|foisa(?<!\wfoisa)\b|foi\(s\)a(?<!\wfoi\(s\)a)|"
    r"scottish information commissioner",
    1.0,
    ("This is a reply under the Freedom of Information (Scotland) Act 2002.", "Under FOISA we must reply."),
    ("The Freedom of Information Act 2000 applies.", "We have no foisas here."),
    needles=("foisa", "foi(s)a", "(scotland)", "scottish information"),
)
EISR_NAMED = Cue(
    "eisr_named",
    "eisr",
    r"environmental information \(scotland\) regulations|eisr(?<!\weisr)s?\b",
    1.0,
    ("We considered the Environmental Information (Scotland) Regulations 2004.", "Under the EISRs we reply."),
    ("We considered the Environmental Information Regulations 2004.",),
    needles=("eisr", "(scotland) regulations"),
)
EIR_CITED = Cue(
    "eir_cited",
    "eir_cited",
    r"reg(?<!\wreg)(?:ulation|\.)?\s*1[23]\s*(?:\(\d\))?",
    1.0,
    ("We rely on Regulation 12(4)(b).", "Names are withheld under regulation 13.", "See reg. 12(5)(e)."),
    ("Regulation 5 sets the time limit.", "Our greg 12 form."),
    "an EIR exception relied on",
    needles=("reg",),
)
EIR_NAMED = Cue(
    "eir_named",
    "eir",
    r"environmental information regulations|eir(?<!\weir)s?\b",
    1.0,
    ("This is handled under the Environmental Information Regulations 2004.", "The EIR apply."),
    ("Their reply is here.", "We have weird results."),
    needles=("environmental information", "eir"),
)
FOIA_NAMED = Cue(
    "foia_named",
    "foia",
    r"freedom of information act(?! \(scotland\))|foia(?<!\wfoia)\b|foi(?<!\wfoi) act\b",
    1.0,
    ("Under the Freedom of Information Act 2000 you may ask.", "Section 40 of the FOIA applies.", "the FOI Act"),
    ("The Freedom of Information Act (Scotland) is another law.", "Our FOI team replied."),
    needles=("freedom of information act", "foia", "foi act"),
)
REGIME_NAMES = (FOISA_NAMED, EISR_NAMED, EIR_CITED, EIR_NAMED, FOIA_NAMED)

# Wording that tells whose words a sentence is and whether a provision in it is relied on; matched in the
# reply as written, case-blind ("(?i)"), on a sentence around a mention.
REQUESTER = Cue(
    "requesters_words",
    "requester",
    r"(?i)\b(?:i would|i can refine|my request|i wish|i am writing|please provide advice|i would remind|"
    r"could you (?:please )?(?:provide|send|tell)|(?:please )?provide me)\b",
    1.0,
    ("I would remind you that section 12 exists.", "Could you please tell me which exemption applies?"),
    ("We have applied section 12.", "The cost would exceed the limit."),
    "the requester's own words, quoted in the reply: a provision there is not relied on",
)
RELIANCE = Cue(
    "applies_a_provision",
    "reliance",
    r"(?i)\b(?:exempt\b|withh(?:e|o)ld\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying)|refus\w*|engag\w*|invok\w*)\b",
    1.0,
    ("We have applied section 12.", "Section 43 is engaged.", "We rely on s40."),
    ("Section 12 sets a limit on the cost of answering.",),
    "words that apply a section rather than explain it",
)
CONDITIONAL = Cue(
    "conditional",
    "conditional",
    r"(?i)\W*(?:if|should|in the event|were we to|unless)\b",
    1.0,
    ("If any exemption under section 40 applied, we would tell you.", "Should section 12 apply, we would say so."),
    ("We have applied section 40.", "The iffy data is held."),
    "a mention inside a condition (matched at the sentence's start) is not relied on",
)
HYPOTHETICAL = Cue(
    "hypothetical",
    "conditional",
    r"(?i)\b(?:may|might|could)\s+(?:also\s+|well\s+|still\s+)?be\s+(?:exempt|withheld|engaged)\b|"
    r"\b(?:(?:is|are|be)\s+(?:likely|liable)\s+to|may|might|could)\s+(?:well\s+)?engage\b|"
    r"\b(?:would|will|may|might|could)\s+(?:(?:also|then|first|need\s+to|have\s+to)\s+)?be\s+(?:considered|assessed)\s+"
    r"(?:under|against)\b|"
    r"\bnot\s+(?:\w+\s+){0,3}?(?:consider|assess)(?:ed|ing)?\s+whether\b|\bwithout\s+(?:considering|assessing)\s+whether\b|"
    r"\b(?:not|no\s+need\s+to)\s+(?:\w+\s+){0,3}?(?:rel(?:y|ied|ying)\s+(?:up)?on|invok(?:e|ed|ing)|"
    r"appl(?:y|ied|ying))\s+(?:the\s+)?$|"
    r"\beven\s+if\b[^.]{1,160}?\bwould\s+(?:also\s+|still\s+|then\s+)?be\s+(?:exempt|withheld|redacted)\b|"
    # an exemption's own wording quoted: "Information which is not exempt under section 30 is exempt if ..."
    r"\bnot\s+exempt\s+(?:information\s+)?(?:under|by\s+virtue\s+of)\s+$",
    1.0,
    (
        "Information which is not exempt under ",
        "Some of the files might be exempt under section 43",
        "Even if the old logs could be searched in time, any names in them would be withheld under section 40",
        "We have not gone on to consider whether section 40 would apply",
        "We refused it without assessing whether regulation 13",
        "We did not need to rely on ",
        "we have decided not to apply the ",
        "A wider search would take weeks and is likely to engage the exemption for ",
        "Any staff names found would need to be considered under section 40 first",
        "Commercial terms will be assessed against section 43 if you narrow the request",
    ),
    (
        "The names are exempt under section 40",
        "We considered whether section 43 applied and found it did",
        "We have not relied on it; instead we apply ",
        "The request engages ",
        "The names were considered under section 40 and are withheld",
        "This is considered exempt under section 43",
        "Even if you asked again, the names are withheld under section 40",
        "The report would be exempt under section 22 even if",
    ),
    "a provision named after these words in its sentence is one that could apply (to a narrower request, or had "
    "it been considered, or is 'likely to engage' for a request not yet made, or 'would be considered under' in a "
    "later step, or what 'would be withheld' even if the request were answered), not one the reply relies on; "
    "a reliance denied ('we did not need to rely on') only just "
    "before the provision",
)
IF_BEFORE = Cue(
    "if_before",
    "conditional",
    r"(?i)\bif\b.{0,60}$|^\W*where\b",
    1.0,
    ("If answering would exceed", "We would say so if it were more than", "Where a fee is due, or where the cost "),
    ("It would exceed", "The specific", "We refuse requests where the cost "),
    "a cost-limit phrase within 60 characters after 'if', or in a sentence opening with 'where', is a condition, "
    "not a refusal",
)
ANSWERED_INSTEAD = Cue(
    "answered_instead",
    "answered_instead",
    r"(?i)^\W*(?:[a-z]+ )?(?:figures|totals|counts|numbers|data|information)\b[^.]{0,60}\b(?:are|is) "
    r"(?:therefore |instead )?(?:provided|given|supplied|set out)\b[^.]{0,30}\bas advice and assistance\b",
    1.0,
    (
        "Yearly totals are therefore provided as advice and assistance.",
        "Figures for each ward are given above as advice and assistance.",
    ),
    (
        "Some figures we can find are provided below as advice and assistance, but the rest are refused.",
        "We have provided advice and assistance.",
    ),
    "the sentence after a cost-limit remark giving the figures a coarser way instead: the question is answered, "
    "the remark only says why not in the detail asked, and no section 12 is relied on",
)
ACCESSIBLE_NEAR = Cue(
    "accessible_near",
    "accessible",
    r"(?i)publicly available|accessible|already (?:published|available)",
    1.0,
    ("The data is already published on our website.", "It is publicly available in another form."),
    (
        "We do not hold the data.",
        # 6(1)(a): the body gives the information in a form of its own choosing, and withholds nothing
        "Regulation 6(1) lets us make information available in another form where that is reasonable.",
    ),
    "wording that makes an EIR regulation 6 mention count (6(1)(b): already publicly available and easily "
    "accessible in another form), not 6(1)(a) (the body gives it in another form than the one asked for)",
)
HOURS_CONTEXT = Cue(
    "hours_context",
    "hours_context",
    r"(?i)\b(?:cost|costs|limit|comply|compliance|estimat\w*|locate|retrieve|extract|appropriate|"
    r"exempt|section 12|regulations|would (?:take|require|need|equate)|take|equate|manual\w*|review|collat\w*|"
    r"search\w*)\b",
    1.0,
    ("It would take over 18 hours to locate the files.", "We estimate 30 hours of work."),
    ("Officers worked over 72 hours a week.",),
    "a number of hours is a cost limit only beside words of cost or compliance",
)
REFUSAL_NOTICE = Cue(
    "refusal_notice",
    "refusal_notice",
    r"(?i)(?<!copy of the )(?<!copy of a )(?<!copy of your )(?<!copy of their )"
    r"(?<!will receive a )(?<!will send you a )(?<!will be sent a )(?:refusal notice|notice of refusal)",
    1.0,
    ("This letter acts as a refusal notice.", "Notice of Refusal"),
    (
        "We refuse to accept late notices.",
        "The applicant must send a copy of the refusal notice they received.",
        "Should any part be withheld, you will receive a refusal notice giving the reason.",
        "If we decide to withhold anything we will send you a refusal notice.",
    ),
    "a reply calling itself a refusal notice relies on the section that requires one; one it says will follow "
    "(an acknowledgement's 'you will receive a refusal notice') is not yet relied on",
)
NOT_HELD_NEAR = Cue(
    "not_held_near",
    "not_held",
    r"(?i)not held|do(?:es)? not hold|no (?:recorded )?information|information is not held",
    1.0,
    ("The information is not held.", "We do not hold it.", "There is no recorded information."),
    ("We hold the information.",),
    "not-held wording that, in a refusal notice, makes a FOIA section 1 mention count",
)
REFUSAL_NEAR = Cue(
    "refusal_near",
    "refusal",
    r"(?i)refus|notice",
    1.0,
    ("This is a refusal notice under section 17.", "We refuse the request."),
    ("Section 17 sets out what a reply says.",),
    "refusal wording that makes a FOIA section 17 mention count",
)
REFUSING = Cue(
    "refusing",
    "refusal",
    r"(?i)refus",
    1.0,
    ("This is a refusal notice.", "We refuse this request.", "The request is refused."),
    ("This letter is a notice under section 17.", "We hold the information."),
    "words of refusal that make a FOIA section 1 mention a ground (a bare 'notice' explains the duty)",
)
DOCUMENT_AFTER = Cue(
    "document_after",
    "document",
    r"(?i)^\s*(?:of|in)\s+(?:the|our|this|that|its|their|your|[a-z][\w-]*['’]s)\s+"
    r"(?:(?!act\b|regulations\b)[\w'’-]+\s+){0,5}?"
    r"(?:plan|policy|report|document|guidance|guide|strategy|code of conduct|manual|contract|agreement|handbook|"
    r"procedures?|protocol|framework|constitution|scheme|specification|appendix|annex|leaflet|assessment)s?\b",
    1.0,
    ("of the Council's Estate Management Plan", "in our publication scheme", "of the attached report"),
    ("of the Act", "of the Freedom of Information Act 2000"),
    "a section of a document, not of an Act, just after a mention",
)
THING_AFTER = Cue(
    "thing_after",
    "other_act",
    r"(?i)^\s+(?:agreements?|bonds?|enquir(?:y|ies)|assessments?|payments?|grants?|"
    r"detentions?|licen[cs]es?|adoptions?|accommodation)\b",
    1.0,
    (" agreements signed with developers", " grant for bus services", " enquiries opened in 2024", " payments"),
    (" of the Act", " applies to this part", " exemption is qualified", " public interest test"),
    "a thing made or done under another Act, named just after a mention: 'section 47 enquiries', 'section 31 grant'",
)
YEAR_ACT_AFTER = Cue(
    "year_act_after",
    "other_act",
    r"(?i)^\s*(?:of|under|in)\s+the\s+(?!2000\s+act\b|2002\s+act\b|2004\s+regulations\b)(?:19|20)\d{2}\s+"
    r"(?:act|regulations|order)\b",
    1.0,
    (" of the 1984 Act", " under the 2018 Act", " of the 1997 Order", " of the 2010 Regulations"),
    (" of the 2000 Act", " of the 2002 Act", " of the 2004 Regulations", " of the Act", " of the act in 1991"),
    "an Act called by its year alone just after a mention ('section 5 of the 1984 Act'): another Act, unless the "
    "year is FOIA's (2000), FOISA's (2002) or the EIR's (2004)",
)
SET_ASIDE_AFTER = Cue(
    "set_aside_after",
    "set_aside",
    r"(?i)^\s*(?:\([^)\n]{0,60}\)\s*)?(?:of\s+the\s+(?:[\w()]+\s+){0,6}?act(?:\s+\d{4})?\s*)?,?\s*"
    r"(?:(?:therefore|thus|so|now|accordingly|clearly)\s+)?(?:(?:is|was|were|are)\s+"
    r"(?:(?:therefore|thus|so|clearly)\s+)?(?:not|no\s+longer)\s+engaged|(?:does|did|do)\s+not\s+apply|no\s+longer\s+appl(?:y|ies)|"
    r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:wrongly|incorrectly|mistakenly)\s+(?:applied|engaged|cited|"
    r"relied\s+(?:up)?on)|(?:was|were|had\s+been)\s+(?:applied|cited|relied\s+(?:up)?on)\s+(?:wrongly|incorrectly|"
    r"in\s+error|mistakenly)|should\s+not\s+have\s+been\s+(?:applied|engaged|cited|relied\s+(?:up)?on)|"
    r"(?:(?:is|was|were|are)\s+not|(?:has|have|had)\s+not\s+been)\s+(?:correctly|properly|rightly|appropriately)\s+"
    r"(?:applied|engaged|cited|relied\s+(?:up)?on)|"
    r"(?:is|are)\s+no\s+longer\s+(?:being\s+)?(?:relied\s+(?:up)?on|applied))\b"
    # not where it is set aside for one part only ("for question 2"), only for the information as a whole
    r"(?!\s+(?:to|for|in\s+respect\s+of|in\s+relation\s+to|with\s+regard\s+to|as\s+regards)\b"
    r"(?!\s+(?:this|that|the)\s+(?:withheld\s+|requested\s+|disputed\s+)?information\b))",
    1.0,
    (
        " (prejudice to commercial interests) is not engaged, so the figures are released.",
        " was wrongly applied, and the report is now released.",
        " of the Act does not apply.",
        " should not have been relied on in the first reply.",
        " is no longer relied upon.",
        " has not been properly applied, so the list is now released.",
        " therefore does not apply, and the figures are set out below.",
        # --- round 86
        " is therefore not engaged for this information, and the total is given below.",
        " was not engaged in respect of the withheld information.",
    ),
    (
        " is engaged.",
        " was correctly applied.",
        " was not correctly applied to the totals, but the names stay withheld.",
        " does not apply to the names, which stay withheld.",
        " is not engaged for question 2 but the rest remains exempt.",
        " is therefore not engaged for the totals, but the names stay withheld.",
        " applies to the report.",
        " therefore applies to the whole request.",
    ),
    "right after a mention: the reply (most often an internal review overturning a refusal) says the provision does "
    "not apply or was applied wrongly; it is not relied on anywhere in the reply, not even where the first reply's "
    "refusal is recounted (a set-aside limited to one part, 'does not apply to the names', does not count)",
)
SET_ASIDE_BEFORE = Cue(
    "set_aside_before",
    "set_aside",
    r"(?i)\b(?:(?:no\s+longer|(?:do|does|will)\s+not\s+now)\s+(?:rel(?:y|ies|ying)|seek(?:s|ing)?\s+to\s+rely)\s+"
    r"(?:up)?on|(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:rather\s+than|instead\s+of))\s+(?:the\s+)?(?:exemptions?\s+(?:at|in|under)\s+)?$",
    1.0,
    (
        "Having looked again, we no longer rely on ",
        "The council does not now rely upon the exemption at ",
        "Rather than ",
        "Instead of the exemption at ",
    ),
    (
        "We continue to rely on ",
        "We do not rely on any exemption other than ",
        "We rely on section 40 rather than ",
    ),
    "just before a mention in its sentence: the reply withdraws a provision it relied on before, or opens the "
    "sentence by putting another answer in its place ('Rather than section 12, the right answer is ...'); it is not "
    "relied on anywhere in the reply",
)
DOUBTED_BEFORE = Cue(
    "doubted_before",
    "doubted",
    r"(?i)\b(?:i|we)\s+(?:do|did)\s+not\s+(?:consider|think|believe|accept)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:exemptions?\s+(?:at|in|under)\s+)?$",
    1.0,
    ("Having read the file again, I do not consider that ", "We did not accept that the exemption at "),
    ("We consider that ", "I do not consider that the public interest favours release under "),
    "just before a mention in its sentence: a reviewer doubts the provision; it is set aside only where "
    "APPLIED_AFTER follows ('I do not consider that section 43 was correctly applied')",
)
APPLIED_AFTER = Cue(
    "applied_after",
    "applied",
    r"(?i)^\s*(?:\([^)\n]{0,60}\)\s*)?(?:of\s+the\s+(?:[\w()]+\s+){0,6}?act(?:\s+\d{4})?\s*)?,?\s*"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:correctly|properly|rightly|appropriately)\s+)?"
    r"(?:applied|engaged|relied\s+(?:up)?on)|appl(?:y|ies))\b"
    r"(?!\s+(?:to|for|in\s+respect\s+of|in\s+relation\s+to|with\s+regard\s+to|as\s+regards)\b)",
    1.0,
    (" was correctly applied.", " of the Act is engaged, and the totals are released.", " applies here."),
    (" was correctly applied to the totals.", " applies to part (b) only.", " has been withdrawn."),
    "right after a mention that DOUBTED_BEFORE opens: the provision as a whole, not one part, was found wrongly "
    "applied; it is not relied on anywhere in the reply",
)
GROUNDS_TALLIED_BEFORE = Cue(
    "grounds_tallied_before",
    "tallied",
    rf"(?i)(?:{GROUNDS_TALLIED})(?:\s+(?:often|frequently|commonly))?\b(?:[^.;]|\.(?!\s))*$",
    1.0,
    (
        "The most frequently used exemptions were ",
        "Of the 40 refusals, the grounds we applied most often were s.40 (personal data) and ",
        "The most common reasons for refusal were cost (section 12) and ",
        "The exceptions most often applied by the council over the period were regulation 12(4)(b)\n"
        "(manifestly unreasonable) and ",
    ),
    (
        "Most of the report is withheld under ",
        "The most frequently used exemptions were listed last year. This year we rely on ",
    ),
    "before a mention in its sentence (which may wrap over lines): the reply counts how often the body used each "
    "ground (a request about its FOI statistics); the grounds are what is counted, not relied on",
    needles=("most",),
)
OVERTURNED_IN_FULL = Cue(
    "overturned_in_full",
    "overturned",
    r"(?i)\b(?:(?:i|we) (?:have )?(?:(?:therefore|now|accordingly) )?(?:decided to )?overturn(?:ed)?|"
    r"(?:is|was|has been) overturned|(?:is|was|has been) not upheld|(?:do|does|did) not uphold|decided not to uphold|"
    # "decided to reverse the decision", FOISA s21(4)(b)'s "substitute a different decision", a panel that "did not
    # agree with the original decision", a decision notice finding that "neither exemption was engaged"
    r"decided to reverse (?:the|its|our) (?:original |initial |first )?(?:decision|response|reply)|"
    r"substitute (?:a|its) different decision|did not agree with the (?:original|initial|first) decision|"
    r"neither exemption (?:was|is) engaged)"
    r"\b(?![^.;\n]{0,60}\b(?:in part|partly|partially|only in|only for|only as|except|save for|but)\b)",
    1.0,
    (
        "Having looked at the request again, I have decided to overturn the original decision.",
        "The first reply's refusal is not upheld and the report is enclosed.",
        "Having looked again, I have decided to reverse the decision and the list is attached.",
        "The panel has decided to substitute a different decision and to release the totals.",
        "The panel did not agree with the original decision.",
        "The Commissioner found that neither exemption was engaged.",
    ),
    (
        "I have decided to overturn the original decision in part.",
        "The refusal was overturned only for the first question.",
        "The original decision is upheld.",
        "I have decided to reverse the decision in part.",
        "The panel agreed with the original decision.",
    ),
    "read in the whole reply: an internal review sets the first reply's decision aside in full; then a provision "
    "named where the first reply is recounted ('the original response withheld it under section 43') is not "
    "relied on (unless the reply still relies on it: OVERTURN_KEPT)",
    needles=("overturn", "uphold", "upheld", "reverse", "substitute", "agree", "neither"),
)
FIRST_REPLY_RECOUNTED = Cue(
    "first_reply_recounted",
    "recounted",
    r"(?i)\b(?:(?:the|our|its|that|[\w-]+['’]s) (?:original|initial|first|previous|earlier) "
    r"(?:response|reply|decision|refusal|answer)|"
    # the earlier reply by its date or by what it did: "Our reply gave the totals but refused c) under section 43",
    # "The Wibble Council replied on 9 April, withholding the list under", "confirmed the name but withheld the value"
    r"(?:our|the|its) (?:reply|response) (?:of|dated|gave|said|refused|withheld)|"
    r"(?:replied|responded) (?:to you )?on|"
    r"but (?:refused|withheld) [^.;\n]{0,80}\bunder (?:section|regulation|s\.?\s?\d))\b",
    1.0,
    (
        "The original response withheld the totals under section 43.",
        "Our initial reply relied on section 40.",
        "The Wibble University's original response withheld all three parts under section 38.",
        "Our reply gave the figures for a) but refused b) under section 31.",
        "The Department replied on 9 April 2008, withholding the information under section 35.",
        "The Council confirmed the name but withheld the value under section 43(2).",
    ),
    (
        "This response relies on section 40.",
        "The first question asked for the totals.",
        "The names are exempt under section 40(2).",
        "We have refused this request under section 14(2).",
        "Original response: withheld under section 42(1).",
    ),
    "in a mention's sentence: the sentence recounts what the first reply relied on, not what this one does",
)
OVERTURN_KEPT = Cue(
    "overturn_kept",
    "kept",
    r"(?i)\b(?:continue[sd]? to (?:rely|apply|withhold)|(?:still|remains?|is still) (?:engaged|exempt|withheld|applies|"
    r"relied)|upheld in part|partially upheld|partly upheld|remain(?:s)? (?:engaged|exempt|withheld))\b",
    1.0,
    ("The names remain exempt under section 40.", "We continue to rely on section 43 for the rates."),
    ("The names are now released.", "The exemption no longer applies."),
    "read in the whole reply: a review that keeps some ground; the first reply's provisions stay relied on",
)
_ANSWERER = r"(?:we|i|the (?:council|board|trust|authority|department|college|university))"  # who answered before
EARLIER_REQUEST_ANSWERED = Cue(
    "earlier_request_answered",
    "earlier_answered",
    rf"(?i)\b(?:{_ANSWERER} (?:responded|replied|wrote) "
    r"to (?:that|the (?:previous|earlier|first|last)|your (?:previous|earlier|first|last)) request|"
    # the earlier request named, then its reply: "your request of 2 March, to which we replied on 30 March"
    rf"to which {_ANSWERER} (?:responded|replied)|"
    # what that reply gave, in the simple past: "We provided the leases, with the bank details removed under"
    rf"{_ANSWERER} (?:provided|released|disclosed|supplied|gave|sent) (?:you )?(?:the|copies|a copy|your)\b|"
    # what that reply withheld, told in the passive: "the plans were refused then", "was previously withheld"
    r"(?:was|were) (?:(?:previously|already) )?(?:refused|withheld|exempted) "
    r"(?:at (?:that|the) time|then|on that occasion|last time|previously|before)|"
    r"(?:was|were) (?:previously|already) (?:refused|withheld|exempted))\b",
    1.0,
    (
        "We replied to that request in May, giving the totals and withholding the plans under section 43.",
        "The council responded to your earlier request by releasing the list with the names removed.",
        "It repeats your request of 2 March, to which we replied on 30 March, keeping back the names under section 40.",
        "Nothing new is sought, and the staff names were withheld at that time under section 40(2).",
        "The site plans were previously refused under section 38 and that has not changed.",
        "We provided the rental totals and a copy of the lease, with the tenant's name removed under section 40(2).",
    ),
    (
        "We replied to your request within twenty working days.",
        "We responded to the request you made on Monday.",
        "The letter to which this is a reply relied on section 40.",
        "The staff names are withheld under section 40(2).",
        "The site plans were refused under section 38 as they would endanger safety.",
        "We have provided the totals, with the names removed under section 40(2).",
    ),
    "in a mention's sentence, in a reply refusing a request as repeating an earlier one (section 14(2)): the "
    "sentence recounts what the earlier request's reply relied on, or what was refused at that time, not what "
    "this refusal does",
)
SENTENCE_WORDING = (
    REQUESTER,
    RELIANCE,
    CONDITIONAL,
    HYPOTHETICAL,
    IF_BEFORE,
    ACCESSIBLE_NEAR,
    HOURS_CONTEXT,
    REFUSAL_NOTICE,
    NOT_HELD_NEAR,
    REFUSAL_NEAR,
    REFUSING,
    DOCUMENT_AFTER,
    THING_AFTER,
    YEAR_ACT_AFTER,
    SET_ASIDE_AFTER,
    SET_ASIDE_BEFORE,
    DOUBTED_BEFORE,
    APPLIED_AFTER,
    GROUNDS_TALLIED_BEFORE,
    OVERTURNED_IN_FULL,
    FIRST_REPLY_RECOUNTED,
    OVERTURN_KEPT,
    EARLIER_REQUEST_ANSWERED,
)
OTHER_THING_AFTER = (DOCUMENT_AFTER, THING_AFTER, YEAR_ACT_AFTER)
"""What a mention belongs to when it is not the FOI Acts or the EIR, named just after it: a document, a thing
done under another Act, an Act called by its year."""

# The Acts named around a mention, read by their capitals: matched in the text as written, case and all
# (kept out of LEGAL_LEXICON, whose cues are searched in folded text)
ACT_AFTER = Cue(
    "act_after",
    "act",
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:of|under|in)\s+)?(?:the\s+)?(?P<act>(?:(?!(?:Act|Regulations|Order)\b)"
    r"(?:[A-Z][\w'()-]*|\([A-Z][\w ]*\))\s+(?:(?:and|of|for|on|in|to|the)\s+)?){0,7}(?:Act|Regulations|Order))",
    1.0,
    (
        " of the Modern Slavery Act",
        " under the Data Protection Act 2018",
        " (2) of the Act",
        " of the Town and Country Planning Act 1990",
        " of the Health Services (Northern Ireland) Act",
    ),
    (" of the act", " of our policy"),
    "the Act a mention belongs to, named right after it (its name may hold small words: 'Crime and Disorder Act')",
)
SHORT_ACT_AFTER = Cue(
    "short_act_after",
    "act",
    r"(?i)\W*(?:of\s+)?(?:(?P<foisa>foisa|foi\s?\(s\)\s?a)(?!\w)|(?:the\s+)?(?P<foia>foia)\b)",
    1.0,
    (" FOISA", " of the FOIA", " FOI(S)A"),
    (" of the Act", " FOISAs"),
    "an Act's short name just after a mention, its regime the group's name: 's30 FOISA'",
)
ACT_BEFORE = Cue(
    "act_before",
    "act",
    r"(?P<act>[A-Z][\w,'-]*\s+(?:(?:[A-Z][\w,'-]*|of|and|the|for|on|in)\s+){0,8}(?:Act|Regulations|Order)"
    r"(?:\s+\d{4})?)\s*[(,]?\s*$",
    1.0,
    ("under the Copyright, Designs and Patents Act 1988 (", "the Data Protection Act 2018, "),
    ("the Act was passed in 1988 and", "under the act "),
    "an Act named just before a mention",
)
OUR_ACTS = Cue(
    "our_acts",
    "act",
    r"Freedom of Information|Environmental Information|\bFOI|\bEIR",
    1.0,
    ("Freedom of Information Act 2000", "Environmental Information Regulations 2004", "FOISA"),
    ("Data Protection Act 2018", "Modern Slavery Act 2015"),
    "the Acts whose provisions extract.exemptions reads, as an Act's name",
)
SAME_ACT_AFTER = Cue(
    "same_act_after",
    "act",
    r"(?i)^\s*(?:of|under|in)\s+(?:that|the\s+same|the\s+said|this)\s+act\b",
    1.0,
    (" of that Act", " under the same Act", " of the said Act"),
    (" of the Act", " of the Freedom of Information Act"),
    "an Act named just after a mention by pointing back to the last one named: 'sections 24 and 25 of that Act'",
)
NAMED_ACT = Cue(
    "named_act",
    "act",
    r"\b(?P<act>[A-Z][\w'-]*\s+(?:(?:[A-Z][\w'()-]*|of|and|the|for|on|in|to)\s+){0,7}(?:Act|Regulations|Order)"
    r"|FOI(?:S?A)?|EIRs?)\b",
    1.0,
    ("the Criminal Appeal Act 1995", "under FOIA", "the Data Protection Act"),
    ("the act of giving", "an order form"),
    "an Act named anywhere, as written: the one a later 'that Act' points back to",
)
ACT_NAMES = (ACT_AFTER, SHORT_ACT_AFTER, ACT_BEFORE, OUR_ACTS, SAME_ACT_AFTER, NAMED_ACT)

LEGAL_LEXICON = Lexicon(
    (
        *COST_LIMIT,
        WITHHOLDING,
        WORK_OF_REDACTING,
        CLARIFICATION,
        FEES_NOTICE,
        *NAMED_GROUNDS,
        *REGIME_NAMES,
        *SENTENCE_WORDING,
    )
)
