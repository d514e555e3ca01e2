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
        r"held,? in part|hold some of the information|partly held",
        1.0,
        ("The information is held in part.", "We hold some of the information you asked for."),
        ("We hold the information you asked for.",),
    ),
    Cue(
        "provided_what_we_can",
        "partial",
        r"\b(?:have|has) (?:provided|supplied|given|released|included) (?:you with )?(?:what|as much)"
        r"(?: information)? (?:as )?(?:we|it) (?:can|could|are able|were able|is able)|"
        r"\b(?:provided|supplied|released) (?:below|overleaf)? ?(?:is )?(?:some|part) of the information\b|"
        r"\bas (?:advice and )?assistance,? (?:we|the [a-z]+) (?:have|has|can|is able to) (?:provide|provided|"
        r"supply|supplied)",
        1.0,
        (
            "However, we have provided what we can below.",
            "As advice and assistance, we can provide the totals for last year.",
            "We have supplied as much information as we are able.",
        ),
        ("We have provided the information you asked for.", "We are unable to provide any figures."),
        "after a refusal of the whole request, what is offered still makes the reply partial (SCHEMA hard cases)",
    ),
    Cue(
        "acknowledgement",
        "acknowledgement",
        r"we will (?:respond|reply|be in touch)|acknowledge (?:receipt|your)|has been received and|"
        r"we aim to respond|will be (?:dealt with|responded to) within",
        1.0,
        ("Your request has been received and will be dealt with within 20 working days.",),
        ("We responded to your request on 3 May.",),
    ),
)

OUTCOME_LEXICON = Lexicon(CUES)
