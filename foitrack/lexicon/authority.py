"""The wording around a body's name that says whether it answered: read by foitrack.extract.authority.

Unlike the answer lexicons, most of these cues are matched in the text as written, case-insensitively
(their patterns open with "(?i)"; SELF_REFERENCE, in lower case, is matched in fold(text); NAME_FORMS,
with capitals, in the text as written, case and all), on the words
just before a mention (a cue named "..._before", its examples written with "{body}" where the name
stands: the pattern must match at the end of the words before it) or just after one ("..._after": it
must match from the words after it on); the others are matched in the whole text. Kinds say what a
match means for the body named:
- "addressed": the request is written to it ("Dear X", "I am writing to X");
- "acts": it speaks or is asked ("held by X", "X does not hold"); "acts_weak": what a partner does too
  ("funded by X", "X publishes"); "behalf": "on behalf of X";
- "heading": a heading names its reply ("X Response", "Response from X");
- "redirect": the body is someone else to try ("please contact X", "X may hold");
- "valediction" and "answer_start": where the sign-off and the answer begin (no body named);
- "self_reference": how the body calls itself ("the force"), which SELF_KINDS turns into a kind.
`KindWords` entries tell a body's kind by the words of its name. `Words` entries are the word lists the
extractor and the gazetteer look single words up in; `ROLES` are the bodies a reply names by their role
alone ("the OPCC"). Examples are written for these entries; none is copied from a reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from foitrack.lexicon import Cue, Lexicon

if TYPE_CHECKING:
    from foitrack.extract.gazetteer import Body

# the space between a name and its verb: a line break only before a lower-case word ("Department for
# Transport\nPublished 3 May" is a heading and a label, not the body publishing)
_SAME_SENTENCE = r"(?:[ \t]*|\s*(?=(?-i:[a-z])))"
# "(DCC)", ("DCC") after a name, before its verb
_ACRONYM = r"(?:\s*\([\"“‘']?[a-z&]{2,10}[\"”’']?\))?"

ADDRESSEE_BEFORE = Cue(
    "addressee_before",
    "addressed",
    r"(?i)(?:^|\n)[ \t]*dear\s+(?:the\s+)?$",
    1.0,
    ("Dear {body},\nI would like to know", "Hello\nDear the {body}"),
    ("I hold dear {body}", "Dear Sir, {body} replied"),
)
WRITING_TO_BEFORE = Cue(
    "writing_to_before",
    "addressed",
    r"(?i)\b(?<!we\s)(?:writing|wrote|write)\s+to\s+(?:the\s+)?$",
    1.0,
    ("I am writing to {body} to ask", "Last month I wrote to the {body} about it."),
    ("I went to {body} yesterday.", "In 2023 we wrote to {body} to tell them of our review."),
    "the requester writing to the body; the reply's own 'we wrote to X' names a body it corresponded with",
)
ACTS_BEFORE = Cue(
    "acts_before",
    "acts",
    r"(?i)(?:(?:(?<!up)(?<!licence\s)(?<!licences\s)(?<!license\s)(?<!licenses\s)(?<!permit\s)(?<!post\s)(?<!role\s)"
    r"(?<!position\s)held|holds|processed|handled|(?<!will\sbe\s)dealt\s+with|considered|answered|received|"
    r"(?<!wholly\s)(?<!jointly\s)(?<!partly\s)owned|"
    r"compiled|collated|retained|recorded)\s+by|"
    r"(?:request|requests|email|e-mail|letter|enquiry|application|correspondence)\s+"
    r"(?:for\s+information\s+)?(?:to|sent\s+to|made\s+to|submitted\s+to)|(?<!be\s)(?<!been\s)addressed\s+to|"
    # "your request of 3 May 2025 to X", "request dated 03/05/2025 to X": the request's date before the body
    r"(?:request|email|e-mail|letter|enquiry)\s+(?:dated|of|received\s+on)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+of)?(?:\s+[a-z]+,?\s+\d{4}|[/.-]\d{1,2}[/.-]\d{2,4})\s+to|"
    # "Your request was made to X": a shared team names the body of its members the request went to
    r"your\s+(?:request|email|e-mail|letter|enquiry)\s+(?:was|has\s+been)\s+(?:made|sent|submitted)\s+to|"
    # a disclosure log's or a case system's field naming the body: "Council: X", "Public authority: X"
    r"(?:^|\n)[ \t]*(?:public\s+)?(?:authority|council|organisation|organization)(?:\s+name)?[ \t]*:|"
    r"(?:can|could)\s+confirm\s+that|copyright(?:\s+of)?|©|(?<!\n)\(c\)|\(c\)(?=\s+\d{4}\s)|"
    r"(?:reply|response|letter|answer)\s+(?:only\s+)?covers|"
    r"thank\s+you\s+for\s+contacting)\s+(?:\d{4}\s+)?(?:the\s+)?$",
    1.0,
    (
        "The records are held by {body}.",
        "Your request for information to the {body} was received.",
        "Your request for information addressed to the {body} was received.",
        "Your request, received on 3 May and addressed to the {body}, asked for",
        "I can confirm that {body} does keep a list.",
        "© 2025 {body}",
        "Page footer\n(c) 2024 {body}",
        "Thank you for contacting {body}.",
        "This response covers {body} only.",
        "Your request was made to {body}, so these figures are for its district.",
        "Reference: AB-12\nCouncil: {body}\nReceived: 3 May 2025",
        "Public authority: {body}",
        "Thank you for your request of 3 May 2025 to the {body}.",
        "Thank you for your request dated 03/05/2025 to {body}.",
    ),
    (
        "The figures were sent by {body}.",
        "I am grateful to {body}.",
        "A company wholly owned by {body}.",
        "Notes\n(b) counted once.\n(c) {body} figures are from May.",
        "Two of the appeals were upheld by the {body}.",
        # a licence or post someone holds: the holder is what is asked about, not who answers
        "We have not revoked the operating licence held by {body}.",
        "The post held by {body} was advertised.",
        "Requests should be addressed to {body}.",
        "The grant covers {body} costs.",
        # round 56 (b): a duty passed to another body for the future names who will act, not who answers
        "Since the powers moved, later cases will be dealt with by {body}.",
        "A request was made to {body} last year.",
        "Your request of 3 May 2025 was passed to {body}.",
        "We asked the other council: {body} said no.",
        "Council: tax bands are set by {body}.",
    ),
    needles=(
        "by",
        "to",
        "of",
        "that",
        "copyright",
        "©",
        "(c)",
        "contacting",
        "covers",
        "authority:",
        "council:",
        "organisation:",
        "organization:",
        "name:",
    ),
)
"""Its needles are also the last words its matches end with (before a year and "the"); "(c)" opening a line is a
list item's label, a copyright mark only with a year after it ("(c) 2024 Wibble Council")."""
ON_BEHALF_BEFORE = Cue(
    "on_behalf_before",
    "behalf",
    r"(?i)\bon\s+behalf\s+of\s+(?:the\s+)?$",
    1.0,
    ("I am replying on behalf of {body}.", "The work was done on behalf of the {body}."),
    ("The work was done by {body}.",),
)
AGENT_AFTER = Cue(
    "agent_after",
    "behalf",
    r"(?i)^,?\s+on\s+behalf\s+of\b",
    1.0,
    (
        "Your request was handled by {body} on behalf of the Wibble Trunk Road Agent.",
        "The reply is sent by {body} on behalf of Wibble Panel.",
        "Kind regards\nJo Bloggs\n{body}, on behalf of the Wibble Joint Committee",
    ),
    ("Your request was handled by {body}.", "{body} is behalf-led."),
    "after a body that handled the request (lexicon.ACTS_BEFORE), or opening a signature's line: the body acted for "
    "another, its principal, which is the one answering; the agent does not hold",
)
# " to the flood study": what a response answers when it is no request ("to your request", "to the request" are)
_RESPONSE_TO_OTHER = r"\s+to\s+(?:the|a|an|its|their)\s+(?!(?:request|freedom|foi|information|enquiry|application)\b)"
ACTS_AFTER = Cue(
    "acts_after",
    "acts",
    # "Wibble Agency's response to the flood study": its answer to something else, not the reply to the request
    rf"(?i)^{_ACRONYM}{_SAME_SENTENCE}(?:['’]s\s+(?:response(?!{_RESPONSE_TO_OTHER})|e-?mail\s+system|records|systems?|"
    r"freedom\s+of\s+information|foi|information\s+(?:governance|rights|management|compliance)|disclosure)|"
    r"(?:(?:does|do|did|can|cannot|can't|could|is|are|was|were|has|have|will|would)\s+)?(?:not\s+|now\s+)?"
    r"(?:hold|holds|unable|able\s+to\s+(?:confirm|provide)|(?:received|receives?)\s+(?:your|the\s+request|a\s+request)|"
    r"responded|responds?|"
    r"considered|have\s+(?:no|any)|has\s+no|doesn['’]t|does\s+not\s+(?:have|record|fund|collect|maintain)|"
    r"did\s+not\s+have|confirm|confirms|"
    r"obliged|required\s+to|(?:estimated|decided|concluded|searched|located|identified|refused|withheld|withholds)|"
    r"aims?\s+to|endeavours?\s+to|(?:is|are)\s+committed)\b)",
    1.0,
    (
        "{body} does not hold this information.",
        "{body} (WBC) is unable to provide it.",
        "{body}'s response is below.",
        "{body} has searched its records.",
        "{body}\nhas decided to withhold the names.",
        "{body}'s response to your request follows.",
        "{body}'s response to the request is set out below.",
    ),
    ("{body} and its partners.", "{body}\nHeld on file", "after {body}'s response to the flood risk study"),
)
ACTS_BEFORE_WEAK = Cue(
    "acts_weak_before",
    "acts_weak",
    r"(?i)(?:\b(?:provided|published|produced|commissioned|funded|issued|delivered|run|sponsored|"
    r"(?:wholly|jointly|partly)\s+owned|regulated)\s+by|\bregistered\s+with|"
    r"\b(?:arm['’]?s[-\s]+length|non-departmental\s+public)\s+body\s+of|"
    r"(?:^|\n)[ \t]*(?:a\s+)?part\s+of)\s+(?:the\s+)?$",
    1.0,
    (
        "The scheme is funded by {body}.",
        "A report published by the {body} in May.",
        "WIBBLE FIRE AND RESCUE SERVICE\nPart of {body}\n",
        "Wibble Blood Service\nA part of the {body}",
        "Wibble Careers Ltd, a company wholly owned by the {body}",
        "We are an arm's-length body sponsored by {body}.",
        "The Agency is a non-departmental public body of the {body}.",
        "an arms length body of {body}",
        "Wibble Homes Limited. Regulated by the {body}.",
        "a charitable housing association registered with the\n{body}",
    ),
    ("The scheme is held by {body}.", "As part of {body}'s review we searched.", "The service is part of {body}."),
    needles=("by", "of", "with"),
)
"""Its needles are also the last words its matches end with (before "the"): a regulator in a landlord's footer
("Regulated by X") is named as a partner is; a parent body under a letterhead
("Part of X" opening a line) is named as a partner is, not as the body answering."""
ACTS_AFTER_WEAK = Cue(
    "acts_weak_after",
    "acts_weak",
    rf"(?i)^{_ACRONYM}{_SAME_SENTENCE}(?:(?:does|do|did|is|are|was|were|has|have)\s+)?(?:not\s+)?"
    r"(?:operates?|records?|publish(?:es|ed)?|funded|funds|provides?|leads?|runs?|released|held|"
    r"sponsors?|sponsored\s+bod(?:y|ies))\b",
    1.0,
    ("{body} publishes the figures each year.", "{body} funded the project.", "a {body} Sponsored Body"),
    ("{body} would like to thank you.", "{body}\nPublished 3 May"),
)
# "Wibble Ferries Ltd is a wholly owned subsidiary of Wibble Holdings": the subject is the body writing, describing
# itself; the body after "of" is its parent, a partner the reply names, not the one answering
PART_OF_AFTER = Cue(
    "part_of_after",
    "acts",
    rf"(?i)^(?:[ \t]+(?:limited|ltd|plc)\b\.?)?{_ACRONYM}\s+(?:is|are)\s+(?:an?\s+)?"
    r"(?:(?:executive\s+)?agency|(?:wholly[-\s]+owned\s+)?subsidiary(?:\s+company)?)\s+of\b|"
    # "{body} is part of Wibble Council": a service within a named host (not "part of the council", a department)
    rf"^{_ACRONYM}\s+(?:is|are)\s+part\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    1.0,
    (
        "{body} is an executive agency of the Wibble Department.",
        "{body} (WFL) is a wholly owned subsidiary of Wibble Holdings Ltd",
        "{body} is an Executive\nAgency of the Department",
        "{body} is a subsidiary company of the Wibble Group",
        "{body} Limited is a wholly owned subsidiary of Wibble Holdings",
        "{body} is part of Wibble County Council, which handled the request.",
    ),
    ("{body} is an agency that holds records.", "{body} is part of the council.", "{body} agency of record"),
    "the body describes itself as another's agency or subsidiary: it is the one writing (its parent is named after)",
)
# "Wibble Scrutiny Panel, which is hosted by Wobble Council": a body hosted, administered or supported by another
# (a council) is the one writing, on its host's paper and from its host's address; the host is named after
HOSTED_AFTER = Cue(
    "hosted_after",
    "acts",
    rf"(?i)^{_ACRONYM}(?:\s*[,(]\s*|\s+)(?:(?:which|that)\s+)?(?:is|are)\s+(?:"
    r"(?:hosted|administered|supported|serviced)\s+by|a\s+joint\s+committee\s+of)\b",
    1.0,
    (
        "{body} is hosted by Wobble Council.",
        "{body}, which is hosted by Wobble Borough Council, answers.",
        "{body} (which is supported by Wobble County Council)",
        "{body} is administered by Wobble Council on behalf of five councils.",
        "{body} is a joint committee of the four councils in Wobbleshire.",
    ),
    (
        "{body} hosted the event.",
        "{body} was hosted by Wobble Council last year.",
        "{body} supported by Wobble Council.",
        "{body} is a member of the joint committee.",
    ),
    "the body is hosted, administered or supported by another, or is a joint committee of several: it is the one "
    "writing (on its host's paper and from its host's address); its host is named after",
)
_LANDLORD = (
    r"(?:housing\s+association|registered\s+(?:provider|social\s+landlord|society|(?:scottish\s+)?charity)|"
    r"arm['’]?s[-\s]+length\s+management\s+organisation)"
)
# "Wibble Housing Association Limited is a registered society": a body saying what kind of landlord it is is the one
# writing (a reply names others by their names, not by what they are registered as)
LANDLORD_SELF_AFTER = Cue(
    "landlord_self_after",
    "acts",
    rf"(?i)^(?:[ \t]+(?:limited|ltd)\b\.?)?{_ACRONYM}\s+(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_LANDLORD}",
    1.0,
    (
        "{body} is a charitable housing association registered with the regulator.",
        "{body} Limited is a registered society and a Scottish charity.",
        "{body} (WCH) is an arm's length management organisation",
        "{body} is a registered provider of social housing",
        "{body} Limited is a registered Scottish charity SC000000",
    ),
    ("{body} is a partner of every housing association.", "{body} and a housing association"),
    "the body says what kind of social landlord it is: the one writing",
)
# "Wibble Life is the charitable trust which runs the libraries", "Wibble Arts is the trading name of Wibble Trust":
# a body saying what kind of charity it is, or whose trading name it is, is the one writing (a reply names a partner
# by its name, not by its charitable status)
_SELF_CHARITY = (
    r"(?:registered\s+|scottish\s+|independent\s+|not[-\s]for[-\s]profit\s+|cultural\s+|leisure\s+)*"
    r"(?:charitable\s+(?:trust|company|incorporated\s+organisation|mutual|social\s+enterprise)|charity|"
    r"(?:trading|operating)\s+name\s+of|"
    # what a body running a council's service for it is: "a community interest company", "a staff-led mutual"
    r"community\s+(?:benefit\s+society|interest\s+company)|social\s+enterprise|(?:staff[-\s]led\s+)?mutual|"
    r"(?<=registered\s)society|"
    r"company\s+limited\s+by\s+guarantee|non[-\s]departmental\s+public\s+body)"
)
SELF_DESCRIBED_AFTER = Cue(
    "self_described_after",
    "acts",
    # "Wibble (Wibble Leisure Limited) is a ...": its short form, its full name in brackets after
    rf"(?i)^(?:[ \t]+(?:limited|ltd)\b\.?)?(?:{_ACRONYM}|\s*\([^()\n]{{2,60}}\))(?:\s+(?:is|are)\s+(?:an?|the)\s+"
    rf"{_SELF_CHARITY}\b|"
    rf"\s*\((?:the\s+)?(?:trading|operating)\s+name\s+of\b)",
    1.0,
    (
        "{body} is the charitable trust which runs libraries on behalf of the council.",
        "{body} is a charity which delivers leisure services.",
        "{body} is a registered Scottish charity (SC000000).",
        "{body} is a Scottish Charitable Incorporated Organisation, SC000000",
        "{body} is the trading name of Wibble Cultural Trust.",
        "{body} (the operating name of Wibble Culture and Sport) runs the libraries.",
        "{body} is a community interest company running the leisure centres.",
        '{body} ("WCL") is a charitable company which runs the libraries.',
        "{body} is a community benefit society.",
        "{body} (Wibble Leisure Limited) is a registered society.",
        "{body} is the charitable mutual that runs the library service.",
        "{body} is a company limited by guarantee.",
        "{body} is a non-departmental public body sponsored by the Wobble Department.",
    ),
    (
        "{body} is a partner of the charity.",
        "{body} is the trustee of a charitable trust.",
        "{body} funds a charity which runs the libraries.",
        "{body} (the council) runs the libraries.",
        "{body} is a partner of a community interest company.",
        "{body} is a company wholly owned by Wobble Council.",
    ),
    "the body says what kind of charity it is, or whose trading name it is: the one writing",
)
BODY_OF_BODY_AFTER = Cue(
    "body_of_body_after",
    "name_part",
    r"^(?:[ \t]+Commission\b(?![ \t]+(?:on|for|into|of|to|in)\b)|"
    r",?[ \t]*\n?[ \t]*(?:Fire,?[ \t]*\n?[ \t]*(?:and[ \t]*\n?[ \t]*)?)?Crime(?:,?[ \t]*\n?[ \t]*and[ \t]*\n?[ \t]*"
    r"Victims['’])?[ \t]*\n?[ \t]*Commissioner\b)",
    1.0,
    (
        "{body} Commission",
        "{body} Commission's reply",
        "{body} Commission\nWibble House",
        "{body}, Crime and Victims' Commissioner",
        "{body},\nCrime and Victims’ Commissioner holds it",
        "{body}, Fire and Crime Commissioner",
    ),
    (
        "{body} Commission on Wibble Reform",
        "{body} Commissioner",
        "{body} commission",
        "{body} Commission for Wobble",
        "{body}, Crime Prevention Unit",
        "{body} and Crime Commissioners' meeting",
        "{body}, Victims' Commissioner",
    ),
    "just after a listed body's name, on its line and capitalised: the name runs on into that of a body of its own "
    "(the 'Wibble Assembly Commission' that runs the Wibble Assembly), which answers; not a commission of inquiry "
    "the body set up ('Commission on ...'); a force's name running on into its commissioner's title, perhaps over a "
    "line break ('Wibble Police, Crime and Victims' Commissioner', 'Wibble Police, Fire and Crime Commissioner'): "
    "the commissioner, not the force nor a listed post inside the title",
)
FORCE_OVERSEER_AFTER = Cue(
    "force_overseer_after",
    "name_part",
    r"^[ \t]+(?:Authority|and[ \t]*\n?[ \t]*Crime[ \t]*\n?[ \t]*Panel)\b",
    1.0,
    (
        "{body} Authority",
        "{body} Authority\nWibble House",
        "{body} and Crime Panel",
        "{body} and\nCrime Panel holds none",
    ),
    ("{body} authority", "{body} Authorities", "{body}, Authority", "{body} and Crime Panels", "{body} and crime"),
    "just after a police force's listed name: the name runs on into that of the police authority that oversaw the "
    "force before commissioners ('Wibbleshire Police Authority'), or of the councillors' panel scrutinising its "
    "commissioner ('Wibbleshire Police and Crime Panel'), a body of its own, which answers (a fire service's "
    "name running on into 'Fire Authority' is the same body's, and not read so)",
)
REMIT_AFTER = Cue(
    "remit_after",
    "name_part",
    r"^[ \t]+(?:(?:for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|the|&|in)[ \t]+)*[A-Z][\w'’-]*)*|"
    # a UK-wide body's name with a nation after it is that nation's own body: "{body} Northern Ireland"
    r"Northern[ \t]+Ireland|Scotland|Wales)"
    r"(?=[ \t]*(?:\n|$))",
    1.0,
    (
        "{body} for Northern Ireland",
        "{body} Northern Ireland\nWobble House",
        "{body} Scotland",
        "{body} for the Wibble Forces\nWobble House",
        "{body} on the Old Wibble and Wobble Buildings of Wales",
    ),
    (
        "{body} for the year 2024",
        "{body} for Wibble Council's reply",
        "{body} for the Wibble Project. We hold it",
        "{body} for information",
        "{body} on Wibble, Wobble",
        "{body} Northern Ireland Office",
        "{body} Scotland's reply",
    ),
    "just after a listed body's name, capitalised words after 'for' or 'on' ending the line: where a line holds "
    "nothing else, the name runs on into that of a body of its own with a remit of a nation, a group or a subject "
    "(the listed 'Wibble Commission' and a 'Wibble Commission for Wobbleland' in a letter's head or sign-off)",
)
FORM_REMIT_AFTER = Cue(
    "form_remit_after",
    "name_part",
    r"^[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|the|&|in)[ \t]+)*[A-Z][\w'’-]*)*"
    r"(?=[ \t]*(?:\n|$))",
    1.0,
    (
        "{body} of Wibble Medicine\nWobble Place",
        "{body} for Wobbleland",
        "{body} of the Wibble and Wobble Arts",
    ),
    (
        "{body} of the year 2024",
        "{body} for Wibble Council's reply",
        "{body} of Wibble. We hold it",
        "{body} for information",
    ),
    "just after a name found by its form ('Wibble School', 'Wibble Council'), capitalised words after 'of' or 'for' "
    "ending the line: on a letterhead line holding nothing else the name runs on into a longer one with a remit, a "
    "national body's or an institute's ('Wibble School of Wobble Medicine', 'Wibble Council for Wobbleland')",
)
PARENT_BEFORE = Cue(
    "parent_before",
    "acts_weak",
    r"(?i)\b(?:an|executive)\s+agency\s+of\s+(?:the\s+)?$|"
    r"\bsubsidiary(?:\s+company)?\s+of\s+(?:the\s+)?$|"
    r"(?:\b(?:is|are)|,)\s+(?:hosted|administered|supported|serviced)\s+by\s+(?:the\s+)?$|"
    # "Wibble Airport is owned by X", "Wibble Buses Ltd (trading as Wibble Bus) is wholly owned by X": a named body
    # owned by another; "the homes are owned by X" says X holds them (lexicon.ACTS_BEFORE), and a street or a
    # building owned is no body
    r"(?-i:(?<![\w'’-])(?!(?:Road|Street|Lane|Avenue|Square|Way|Drive|House|Hall|Buildings?|Park|Site|Estate|Land)\b)"
    r"[A-Z][\w'’-]*|\))\s+(?:is|are)\s+(?:(?:wholly|jointly|partly)\s+)?owned\s+by\s+(?:the\s+)?$|"
    r"\bmanag(?:es|ed|ing|e)\s+(?:[\w,]+\s+){0,5}?(?:on\s+behalf\s+of|for|owned\s+by)\s+(?:the\s+)?$|"
    r"\b(?:runs|provides|delivers|operates)\s+(?:[\w,]+\s+){0,5}?services?\s+on\s+behalf\s+of\s+(?:the\s+)?$|"
    # "Wibble Panel's information requests are handled by X": X handles another body's requests, as its host
    r"(?-i:(?<![\w'’-])[A-Z][\w'’-]*)['’]s\s+(?:information\s+|foi\s+|freedom\s+of\s+information\s+)?requests\s+"
    r"(?:are|were)\s+(?:handled|dealt\s+with|processed)\s+by\s+(?:the\s+)?$|"
    # "Wibble Fire and Rescue Service is part of X": a named service within its host, which writes on X's paper
    r"(?-i:(?<![\w'’-])[A-Z][\w'’-]*)\s+(?:is|are)\s+part\s+of\s+(?:the\s+)?$",
    1.0,
    (
        "The Agency is an executive agency of the {body}.",
        "We are a wholly owned subsidiary of {body}.",
        "Wibble Ltd, a subsidiary company of the {body}, runs the buses.",
        "The Service is an agency of {body}",
        "The fire service is hosted by the {body}, which replies for it.",
        "The Wibble Panel (which is administered by {body}) holds none.",
        "a joint committee of four councils, supported by {body} as host",
        "Wibble Homes manages council housing on behalf of {body}.",
        "Managing homes on behalf of the {body}",
        "We manage around 9,000 council homes for {body}.",
        "Wibble Homes manages the homes owned by {body}",
        "Wibble Leisure Trust runs the library service on behalf of {body}.",
        "The trust delivers sport and culture services on behalf of the {body}.",
        "Wibble Airport is owned by {body}.",
        "WPA's information requests are handled by the {body} under a shared service agreement.",
        "Wibble Transport Ltd (trading as Wibble Bus) is wholly owned by {body}",
        "Wibble Fire and Rescue Service is part of {body}, and the council handled this request.",
    ),
    (
        "The agency worked with {body}.",
        "A company wholly owned by {body}.",
        "the travel agency of choice for {body}",
        "The event was hosted by {body} last May.",
        "The homes are owned by {body}.",
        "Repairs are managed by our own team for the tenants of {body}.",
        "We are replying on behalf of {body}.",
        "It provides this on behalf of {body}.",
        "the land at Wibble Road is owned by {body}",
        "Wibble House is owned by {body}.",
        "Information requests are handled by {body}.",
        "This data is part of {body}'s annual return.",
    ),
    "the body is the parent of the agency or company writing: a partner named in passing, which does not answer",
)
# "Wibble Regeneration Ltd - a company wholly owned by X", "the cemetery is run for us by X": the writer's owner or
# agent, which never answers for it (a host, PARENT_*, may: "X hosts the Panel" is often X's own reply)
OWNER_BEFORE = Cue(
    "owner_before",
    "acts_weak",
    r"(?i)(?:\b(?:a|an)\s+(?:[\w-]+\s+)?company\s+(?:(?:wholly|jointly|partly)\s+)?owned\s+by\s+(?:the\s+)?"
    # "a company owned by X and Y": each owner
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:and|of|for|the|&)\s+)?){0,6}?(?:(?:and|&)\s+(?:the\s+)?)?|"
    r"\b(?:run|managed|operated|administered|provided|delivered)\s+(?:for\s+us|on\s+our\s+behalf)\s+by\s+"
    r"(?:the\s+)?)$",
    1.0,
    (
        "A company wholly owned by {body}.",
        "Wibble Homes Ltd - a regeneration company owned by the {body}",
        "A company owned by Wibble Fire Authority and the {body}",
        "The cemetery has been run for us by {body} since 2020.",
        "our car parks are managed on our behalf by the {body}",
    ),
    (
        "The homes are owned by {body}.",
        "the company's shares owned by {body}",
        "The cemetery was run by {body} for us.",
        "a company owned by its staff and {body}",
        "Wibble Ltd is a company. It is owned by {body}",
    ),
    "the body owns the company writing, or runs a service for the body writing: its owner or agent, which does not "
    "answer (a host named by PARENT_BEFORE or PARENT_AFTER may)",
    needles=("by", "and", "&"),
)
# round 51 (cls): a council that is a fire service's authority names itself so after its name; the service writes
PARENT_AFTER = Cue(
    "parent_after",
    "acts_weak",
    r"(?i)^\s+(?:is|acts\s+as)\s+the\s+fire\s+(?:and\s+rescue\s+)?authority\b|"
    # "{body} is the host authority for the Panel", "received by {body}, as the Panel's host"
    r"^,?\s+(?:(?:is|acts\s+as|as)\s+(?:the\s+)?)(?:host\s+(?:local\s+)?(?:authority|council|body|organisation)|"
    r"[\w-]+['’]s\s+host)\b|"
    # "{body} hosts the Wibble Panel": a named body it hosts or administers (the verb in lower case: "Wibble Services")
    r"^,?\s+(?-i:hosts|administers)\s+(?:the\s+)?(?-i:[A-Z])|"
    # "{body} provides administrative support to the Authority", "{body} acts as lead authority for the Committee":
    # the host of a joint body, which handles its requests; the joint body answers
    r"^,?\s+(?:provides|gives)\s+(?:the\s+)?(?:administrative|secretariat|clerking)\s+(?:support|services?)\s+"
    r"(?:to|for)\b|"
    r"^,?\s+(?:is|acts\s+as)\s+(?:the\s+)?lead\s+(?:local\s+)?(?:authority|council|body)\s+for\s+(?:the\s+)?(?-i:[A-Z])|"
    # "{body} forwarded your request to us", "{body} has asked us to reply": the body the request went to, for whom
    # the writer (a trust or company running its service) answers
    r"^,?\s+(?:has\s+|have\s+)?(?:forwarded|passed|transferred|referred|sent)\s+(?:your|the|this)\s+"
    r"(?:(?:foi|information)\s+)?request\s+(?:on\s+)?to\s+us\b|"
    r"^,?\s+(?:has\s+|have\s+)?asked\s+us\s+to\s+(?:reply|respond|answer)\b",
    1.0,
    (
        "{body} is the fire and rescue authority for the county.",
        "{body} hosts the Wibble Police and Crime Panel.",
        "{body} administers the Wobble Joint Committee.",
        "{body} acts as the fire authority for Wibbleshire.",
        "{body} is the host authority for the Wibble Panel.",
        "received by {body}, as the Panel's host authority",
        "supported by {body} as host authority",
        "{body} provides administrative support to the Wibble Port Health Authority.",
        "{body} acts as lead authority for the Joint Committee and deals with its requests.",
        "{body} forwarded your request to us as we run its libraries.",
        "{body} has passed your request on to us.",
        "{body} asked us to reply directly to your questions.",
    ),
    (
        "{body} is the authority for planning.",
        "{body} and the fire and rescue authority agreed.",
        "{body} is the host of the Wibble Games.",
        "{body} hosted the meeting.",
        "{body} hosts the annual show.",
        "{body} provides support to families.",
        "{body} is the lead authority for flooding.",
        "{body} is the lead local flood authority for the area.",
        "{body} Services Scotland runs the depot.",
        "{body} forwarded your request to the police.",
        "{body} asked us for the figures.",
    ),
    "the council named is the fire and rescue authority over the service writing, or the host authority of the body "
    "writing (a panel or committee it supports), or the body that passed the request to the writer: its parent, which "
    "does not answer",
)
# one valediction in English, Welsh or Gaelic; a bilingual letter writes two on one line: "Yn gywir / Yours sincerely";
# Welsh "Diolch" (thanks) signs off alone or beside its English, which alone is too often the requester's "Thanks,"
_VALEDICTION_WORDS = (
    r"(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|best\s+wishes|many\s+thanks|"
    r"yn\s+(?:gywir|ddiffuant)|cofion(?:\s+(?:cynnes|gorau))?|le\s+deagh\s+dh[uù]rachd|(?:is\s+mise\s+)?le\s+meas|"
    r"diolch(?:\s+yn\s+fawr)?(?:[ \t]*/[ \t]*(?:thank\s+you|thanks))?|(?:thank\s+you|thanks)[ \t]*/[ \t]*diolch)"
)
VALEDICTION = Cue(
    "valediction",
    "valediction",
    rf"(?i)\n[ \t]*(?:{_VALEDICTION_WORDS}[ \t]*/[ \t]*)?{_VALEDICTION_WORDS}[ \t,.]*\n",
    1.0,
    (
        "I hope this helps.\nYours sincerely,\nJo Bloggs",
        "Thanks.\nKind regards\nFOI Team",
        "Diolch.\nYn ddiffuant / Yours sincerely\nJo Bloggs",
        "Thanks.\nBest wishes / Cofion gorau\nFOI Team",
        "Thanks.\nLe deagh dhùrachd / Kind regards\nJo Bloggs",
        "Thanks.\nIs mise le meas / Yours faithfully\nJo Bloggs",
        "Please reply by May.\nDiolch / Thank you,\nFOI Team",
    ),
    (
        "With kind regards to your family, we remain\n",
        "\nYours sincerely Jo Bloggs\n",
        "\nThank you for your request.\n",
        "Please send the list.\nThanks,\nA Requester",
    ),
)
"""Searched in "\\n" + text: opening with a line break, re jumps from one to the next."""
HEADING_AFTER = Cue(
    "heading_after",
    "heading",
    r"(?i)^[ \t:-]*(?:foi\s+|freedom\s+of\s+information\s+)?(?:response|reply|answer|decision)s?\b[ \t:.]*(?:\n|$)",
    1.0,
    ("{body} Response\nYour request", "{body} - FOI reply:\n"),
    ("{body} response times are published monthly.",),
)
HEADING_BEFORE = Cue(
    "heading_before",
    "heading",
    r"(?i)(?:^|\n)[ \t]*(?:(?:response|reply|answer)\s+(?:from|by)\s+(?:the\s+)?|from:[ \t]*\n[ \t]*)$",
    1.0,
    ("Response from {body}\n", "Request\nReply from the {body}", "FOI release\nFrom:\n{body}\nPublished"),
    ("We await a response from {body}.", "Subject: FOI\nFrom: {body}\n", "the letter we had from:\n{body}"),
    "a heading naming who replies; a published page's publisher line ('From:' alone, the name on the next line)",
)
OTHERS_ACT_BEFORE = Cue(
    "others_act_before",
    "redirect",
    r"(?i)\b(?:which|who)\s+(?:answers?|handles?|deals?\s+with|responds?\s+to|considers?)\s+(?:(?:such|these|those|"
    r"its|their|all)\s+)?(?:requests|them|it)\s+under\s+(?:the\s+)?(?:Freedom\s+of\s+Information\s+)?$",
    1.0,
    (
        "Please write to Wibble Scotland, which answers requests under the Freedom of Information {body}",
        "ask the Wobble Board, who deal with them under {body}",
    ),
    (
        "We have handled your request under the Freedom of Information {body}",
        "The Council answers requests under {body}",
    ),
    "the Act another body answers under, named where the reply sends the requester to it (its {body} is the Act's "
    "citation, '(Scotland) Act 2002' or 'FOISA'): no sign of the Act the reply itself answers under",
)
REDIRECT_BEFORE = Cue(
    "redirect_before",
    "redirect",
    r"(?i)(?:(?<!for )contact(?:ing)?|approach|redirect(?:ed)?\s+to|forward(?:ed)?\s+(?:your\s+request\s+)?to|"
    # "I have passed this part of your request to Wibble's FOI officer"
    r"(?:passed|forwarded)\s+(?:(?:this|that|these|those)\s+(?:part|parts|question|questions)\s+of\s+)?"
    r"(?:your\s+request|this\s+question|these\s+questions)\s+to|"
    r"transferred\s+to|responsibility\s+of|matter\s+for|"
    r"(?:redirect|forward|direct|send|submit|address)\s+(?:(?:this|that|these|those|any)\s+(?:part|parts|question|"
    r"questions)\s+of\s+)?your\s+request\s+to|"
    r"(?:make|send|submit|direct)\s+a\s+(?:separate|new|further)\s+request\s+to|"
    r"(?:may|might|would|could)\s+be\s+held\s+by|complain\s+to|appeal\s+to|"
    # "your questions would need to go to Wibble Council", "... need to be sent to WBC: foi@wibble.gov.uk"
    r"needs?\s+to\s+(?:go|be\s+(?:sent|directed|addressed|made))\s+to)\s+(?:the\s+)?(?:\w+:?\s+){0,2}$|"
    # the body's address in brackets after sending the request "to them": "redirect your request to them ("
    r"(?:redirect|forward|direct|send|submit|address)\s+your\s+request\s+to\s+them\s*\(\s*$|"
    # an address the requester may try, after the team it reaches: "you may wish to contact Wibble's Welfare Fund
    # team at " (not the writer's own: "contact our team at")
    r"(?:(?:may|might|could)|(?:wish|want|like)\s+to)\s+contact\s+(?!(?:our|us|me)\b)(?:[\w'’]+\s+){0,5}"
    r"(?:at|on|via)\s+$",
    1.0,
    (
        "You may wish to contact {body}.",
        "We have forwarded your request to the {body}.",
        "This may be held by {body}.",
        "This is a matter for your local {body}.",
        "You could send your request to the {body} instead.",
        "Please submit your request to {body}, who hold those records.",
        "You might redirect that part of your request to the {body}.",
        "Please forward those parts of your request to {body}.",
        "The huts are let by another council; you may wish to redirect your request to them ({body}).",
        "For the other district's figures please make a separate request to {body}.",
        "I have passed this part of your request to {body}'s FOI officer.",
        "I have forwarded this question to {body}.",
        "You may wish to contact the Wobble's Welfare Fund team at {body}.",
        "All four questions would need to go to {body}.",
        "Your request needs to be sent to WBC: {body}.",
    ),
    (
        "Thank you for contacting {body}.",
        "The data is held by {body}.",
        "Thank you for sending your request to {body}.",
        "This part of your request to {body} was answered in full.",
        "If you have any questions you may contact our FOI team at {body}.",
        "Requests need to go through the portal, which {body} runs.",
    ),
    needles=(
        *"contact contacting approach redirect redirected forward forwarded passed transferred need needs".split(),
        *"direct send submit address responsibility matter held complain appeal request".split(),
    ),
)
"""Its needles are also words one of which is among the last seven before every match's end."""
# "If you have any queries about this response, please contact the Wibble FOI team": the writer's own team, not a
# body the requester is sent to
QUERIES_CONTACT_BEFORE = Cue(
    "queries_contact_before",
    "acts",
    r"(?i)\b(?:quer(?:y|ies)|questions?)\s+(?:about|regarding|on|concerning)\s+(?:this|our|your)\s+"
    r"(?:response|reply|letter|decision|request)[ \t,]*\s*(?:please\s+)?contact\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    1.0,
    (
        "If you have any queries about this response, please contact the {body}",
        "Any questions about your request,\nplease contact {body}",
    ),
    (
        "For questions about the survey, please contact {body}",
        "If you have queries about this response, you may also complain to {body}",
    ),
    "a query about the reply itself goes to the body that wrote it: the contact named is no redirection",
)
REDIRECT_AFTER = Cue(
    "redirect_after",
    "redirect",
    r"(?i)^\s*(?:(?:may|might|would|could)\s+(?:also\s+)?(?:hold|have\s+this|be\s+able\s+to\s+(?:help|assist))|"
    # "(foi@wibble.gov.uk) who will reply to you directly": another body answering that part itself
    r"\)?,?\s*(?:who|which|and\s+they)\s+will\s+(?:reply|respond|write)\s+(?:to\s+you\s+)?directly|"
    r",?\s*(?:(?:which|who)\s+)?(?:is|are)\s+(?:a\s+)?separate\s+(?:public\s+)?"
    r"(?:authority|authorities|body|bodies|organi[sz]ations?|legal\s+entit(?:y|ies)))",
    1.0,
    (
        "{body} may hold this information.",
        "{body} might also have this.",
        "{body} may be able to help: see its website.",
        "Records of that kind sit with {body}, which is a separate public authority.",
        "{body} is a separate organisation and answers its own requests.",
        "I sent it to {body}, who will reply to you directly.",
    ),
    (
        "{body} does not hold this information.",
        "{body} is a public authority under the Act.",
        "{body} will reply to you within 20 working days.",
    ),
    "the body is someone else to try: it may hold the information, or it is a body apart from the one answering",
)
# "Their details are:", "They can be contacted at:": the lines under it, up to a blank line, are another body's
# address (its name, street and email), which the reply gives the requester to write to instead
CONTACT_BLOCK_BEFORE = Cue(
    "contact_block_before",
    "redirect",
    r"(?i)(?:\b(?:their|its)\s+(?:contact\s+|postal\s+)?(?:details|address)\s+(?:are|is)|"
    r"\b(?:they|it)\s+can\s+be\s+(?:contacted|reached|written\s+to)\s+(?:at|via|by|on)|"
    # "You may wish to contact:" over a list of other bodies and their addresses
    r"\b(?:wish|want|like)\s+to\s+(?:contact|write\s+to))[ \t]*:?[ \t]*\n",
    1.0,
    (
        "You may wish to ask them. Their details are:\n\nRecords Team\n{body}",
        "They can be contacted at:\n{body}\n1 High Street",
        "Its postal address is:\n{body}",
        "Those records sit elsewhere. You might wish to contact:\n\n  {body} - records office",
        "You may like to write to:\n{body}\n2 Mill Lane",
    ),
    (
        "Our contact details are:\n{body}",
        "Their details are set out in the leaflet from {body}.",
        "Should you wish to contact us, please write to:\n{body}",
    ),
    "matched in the few hundred characters before a mention: the mention is redirected when no blank line "
    "parts it from the block's first line",
    needles=("details", "address", "contact", "reach", "written", "write"),
)
ANSWER_START = Cue(
    "answer_start",
    "answer_start",
    r"(?i)^[ \t#*•-]*(?:our\s+|the\s+|in\s+|details\s+of\s+the\s+|[a-z]{2,6}\s+)?"
    r"(?:response|responses|answer|answers|reply|decision)\b[ \t*:]*(?:\d[\d/.-]*)?[ \t]*$",
    1.0,
    ("Response", "Our response:", "## **RESPONSE**", "In Response:", "FOI Answer 3"),
    ("Response times have improved.", "We answer within 20 days."),
    needles=("respon", "answer", "decision", "reply"),
)
"""Matched on a line under 60 characters; its needles are tried first, in the line lower-cased."""
SELF_REFERENCE = Cue(
    "self_reference",
    "self_reference",
    r"(?:the(?<!\wthe)|our(?<!\wour)|this(?<!\wthis))\s+"
    # "the council area", "the council tax": a place or a charge any body names, not the body calling itself
    # "the trust on which joint working rests", "the trust and confidence of the public": trust the abstract noun
    r"(force|council(?!\s+(?:areas?|tax|boundar(?:y|ies)|wards?)\b)|"
    r"trust(?!\s+(?:(?:on|in|upon)\s+which|between|and\s+confidence|placed)\b)|service|authority|university|department|"
    # "the Joint Committee": several councils' body calling itself by its form (a council's own committee is no
    # body: plain "committee" is none of these nouns)
    r"ministry|commission|society|agency|school|college|academy|joint\s+committee)\b",
    1.0,
    (
        "The force does not hold this.",
        "Our Council has searched its records.",
        "this trust",
        "the Joint Committee holds it",
    ),
    (
        "Another force holds it.",
        "the councillors",
        "southern trust",
        "broken down by the council area it began in",
        "the committee met twice",
        "it would harm the trust on which joint working rests",
        "the trust and confidence of the public",
        "the trust between the two governments",
    ),
    'how the body refers to itself; matched in fold(text) (lower case, each word\'s lookbehind its "\\b")',
    needles=(
        "force",
        "council",
        "trust",
        "service",
        "authority",
        "university",
        "department",
        "ministry",
        "commission",
        "society",
        "agency",
        "school",
        "college",
        "academy",
        "joint committee",
    ),
)

# the capital a word of a name opens with (no letter, digit or "-" before it: the lookbehind follows the capital so
# that re skips straight to capitals instead of trying it at every position; after the first word a space precedes)
_CAPITAL = r"[A-Z](?<![\w-].)"
# the rest of one capitalised word of a name, with the small words after it: "Upper ", "Wibbleton and the "; a full
# stop ends it only in a short abbreviation ("St. "), not a word ending a sentence ("... on 12 May. Wibble Trust")
_WORD_REST = r"[\w'’.-]*(?<![a-z][a-z]\.)[ \t](?:(?:and|of|upon|on|in|the|&|de|le|with)[ \t])*"
_FORM_WORD = _CAPITAL + _WORD_REST
# a name opening with a list of places ("Wibbleton, Wobble and Wabble ..."): a comma only after the first word, with
# "and" one or two capitalised words on; written after the first capital, which both openings share, so that the
# pattern starts with a capital and re looks for one before trying it (on a long line, half the time FORM took)
_LIST_OPENING = r"(?:[\w'’.-]*,[ \t](?=(?:[A-Z][\w'’.-]*[ \t]){1,2}and[ \t])" + _CAPITAL + ")?"
# after a form word that a trust's name may hold ("University", "Hospitals"): not when the name goes on to "NHS"
_NOT_BEFORE_NHS = r"(?![ \t]+(?:(?:[A-Z][\w'’-]*|of|and|the|&)[ \t]+){0,4}NHS\b)"
FORM = Cue(
    "form",
    "form",
    rf"({_CAPITAL}{_LIST_OPENING}{_WORD_REST}(?:{_FORM_WORD}){{0,5}}?)"
    r"(Parish Council|Town Council|Community Council|City Council|County Council|District Council|"
    r"Borough Council|Council|Constabulary|Police and Crime Panel|Police Authority|Police|NHS Foundation Trust|"
    r"NHS Trust|University Health Board|Primary Care Trust|Strategic Health Authority|"
    # a trust named after its service: "... Ambulance Service NHS Trust" is the trust, not the service in it
    r"Health and Social Care Trust|Ambulance Service(?:[ \t]+NHS(?:[ \t]+Foundation)?[ \t]+Trust)?|"
    r"Health Board|Fire and Rescue Service|Fire & Rescue Service|Fire Brigade|Combined Authority|"
    # a combined county authority of a county and its unitaries; a development corporation regenerating an area
    r"Combined County Authority|Development Corporation|"
    rf"University College{_NOT_BEFORE_NHS}|University{_NOT_BEFORE_NHS}|"
    r"Integrated Care Board|Clinical Commissioning Group|Commissioning Support Unit|Fire and Rescue Authority|"
    r"Fire Authority|"
    r"National Park Authority|Harbour Authority|Harbour Commissioners|Harbour Board|Port Authority|"
    # a commissioner for a nation, named for whom or what it speaks: "Wibble Generations Commissioner for Wales"
    r"Commissioner for (?:Wales|Scotland|Northern Ireland)|"
    rf"Hospitals?{_NOT_BEFORE_NHS}|"
    # a joint committee named for its work: "Wibble Joint Strategic Planning Committee"
    r"Joint Board|Joint Committee|Joint(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+Committee|"
    r"Internal Drainage Board|Drainage Board|Crematorium Board|"
    r"Leisure Trust|Culture Trust|Cultural Trust|Librar(?:y|ies) Trust|"
    # an academy trust: "Wibble Academies Trust", "Wibble Learning Trust", "Wibble Multi-Academy Trust"
    r"(?:Multi[ -])?Academy Trust|Academies Trust|Learning Trust|Education Trust|Schools Trust|"
    r"Medical Practice|Medical Centre|Medical Group|Health Centre|Surgery|Transport Partnership|"
    # a dental practice answers for its NHS work; a parish meeting is a parish's body where it has no council
    r"Dental Practice|Dental Clinic|Dental Surgery|Dental Centre|Parish Meeting|"
    # a health and social care partnership answers for the integration joint board it serves, not the council
    r"Health (?:and|&) Social Care Partnership|"
    # an agent managing trunk roads for a government, an executive running rail for a combined authority's members
    r"Trunk Road Agent|Trunk Road Agency|Rail Executive|"
    # a school or an optician is a public authority for FOI too (the school as a whole, the optician for its NHS work)
    r"(?:Primary School|Secondary School|High School|Grammar School|School)(?![ \t]+[A-Z][a-z])|"
    r"Opticians(?:[ \t]+(?:&|and)[ \t]+Audiologists)?|Optometrists|"
    r"Housing Association|Housing Group|Housing Trust|Housing Partnership|Community Housing|Homes Group|"
    # a landlord's name may end in the place it serves, at its line's end ("Wibble Homes Wobbleton")
    r"Homes(?:[ \t]+(?!(?:Ltd|Limited|LTD|PLC|CIC)\b)[A-Z][a-z]+(?=[ \t]*(?:\n|$)))?)\b"
    r"(?![ \t]+[A-Z][\w-]*s['’][ \t])",
    1.0,
    (
        "Wibble Police Wardens' Council",
        "Upper Wibbleton Parish Council",
        "Grampian Fire and Rescue Service",
        "Wibble Road Medical Centre",
        "Wibblemouth Harbour Commissioners",
        "Wibble Port Authority",
        "Wibblevale Housing Association",
        "Wibble with Wobbleton Town Council",
        "Wibbleton University Hospitals NHS Foundation Trust",
        "St Wibble's University College",
        "Wibbleshire Valuation Joint Board",
        "Wibble and Wobble Corporate Joint Committee",
        "Wibble Vale Joint Strategic Planning Committee",
        "Wibbleton, Wobble and Wabble Hospitals NHS Foundation Trust",
        "North Wibble of Wobbleland Transport Partnership",
        "Wibble Homes",
        "Wibbleton Community Housing",
        "Wobble Housing Group",
        "Wibble Valley Housing Trust",
        "Wobbleshire Homes Group",
        "Wibble Homes Wobbleton",
        "Wibble Dental Clinic",
        "Upper Wibble Parish Meeting",
        "Wibbleshire Health and Social Care Partnership",
        "Wibble Health & Social Care Partnership",
        "Wibble Marsh Internal Drainage Board",
        "Wibble and Wobble Crematorium Board",
        "Wibbleshire Police and Crime Panel",
        "Wibble Leisure Trust",
        "Wibble Vale Leisure and Culture Trust",
        "Wibble Cultural Trust",
        "Wibble Libraries Trust",
        "Wibbleshire Police Authority",
        "Wibble and Wobble Teaching Primary Care Trust",
        "Wibble Valley Strategic Health Authority",
        "NHS Wibble, Wobble and West Commissioning Support Unit",
        "Wibble Western Ambulance Service NHS Trust",
        "Wibble Medical Group",
        "Sir Wibble Wobble School",
        "Wibbleton Primary School",
        "Wibble Opticians & Audiologists",
        "North and Mid Wibble Trunk Road Agent",
        "Wibble Midlands Rail Executive",
        "The Wibble Academies Trust",
        "Wibble Valley Multi-Academy Trust",
        "Wibble Learning Trust",
        "Wibbleshire Combined County Authority",
        "Wibble Docks Development Corporation",
        "Wibble Generations Commissioner for Wales",
        "Older Wibbles' Commissioner for Northern Ireland",
    ),
    (
        "the council",
        "an academy trust",
        "the school run",
        "a medical group",
        "the trunk road agent",
        "Wibble Rail executives",
        "a joint board of two councils",
        "the Planning Committee of Wibble",
        "Wibble Parish",
        "a fire and rescue service",
        "the harbour authority",
        "a housing association",
        "Wibble Police Wardens' Forum",
        "a regional transport partnership",
        "council homes",
        "a housing trust",
        "Wibble Regional School Improvement Service",
        "a mayoral development corporation",
        "the combined county authority",
        "the Commissioner for Wibble Wales",
    ),
    "a body known by its form, one to six capitalised words then its form words (written as one, then up "
    "to five more: a leading repeat would hide the capital); a school's form a capitalised word follows names "
    "no school ('... Regional School Improvement Service'); a 'University College' is one name, not a "
    "university with a word after it; a hospital's or university's name going on to "
    "'NHS ... Trust' is the trust's; a form word a plural possessive follows ('Police Wardens' ...') is inside a "
    "longer name, not its end",
    needles=tuple(
        "Council Constabulary Police Trust Board Fire Authority University Group Ambulance Hospital Practice Centre "
        "Surgery Commissioners Association Partnership Homes Housing School Opticians Optometrists Agent Agency "
        "Executive Unit Clinic Meeting Corporation Wales Scotland Ireland".split()
    )
    + ("Committee",),
)
"""Its needles are the words one of which every match ends in (or holds): its lines are found by them."""
SUBJECT_FORM = Cue(
    "subject_form",
    "subject",
    r"[\n.!?](?:(?<=\n)|(?<=[.!?]) )[ \t]*(?:The[ \t]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?[A-Z][\w'’-]*){1,5})"
    r"(?=[ \t]+(?:(?:does|did|has|have|is|was|cannot|can)[ \t]+)?(?:not[ \t]+)?"
    r"(?:hold|holds|held|decided|released|withheld|withholds|refused|unable|considered|estimated|searched|"
    r"carried[ \t]+out[ \t]+(?:a[ \t]+)?(?:[a-z]+[ \t]+)?search(?:es)?|"
    rf"is[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?{_LANDLORD})\b)",
    1.0,
    (
        "\nNHS Wibbleshire released part of the information.",
        "We looked. Transport Wibbleland does not hold it.",
        "\nWibble Arts has carried out a thorough search of its files.",
        "\nWibble Trust is a charitable housing association.",
    ),
    (
        "\nthe trust released part of it.",
        "\nWibbleshire released part of it.",
        "\nWibble Arts carried out repairs.",
        "\nWibble Trust is a partner of the housing association.",
    ),
    "a body the gazetteer does not list and no form word names, as the subject of what only the answering "
    "body does at a sentence's start; searched in \"\\n\" + text: opening with a line break or a sentence's "
    "end mark, re jumps from one to the next",
)
UNIVERSITY_FORM = Cue(
    "university_form",
    "form",
    r"\b(?:[A-Z][\w'’-]+ )?(University (?:of|for) (?:the )?[A-Z][\w'’-]+(?: (?:and )?[A-Z][\w'’-]+){0,3})",
    1.0,
    (
        "University of Upper Wibbleton",
        "the University of the West of Wibble",
        "Wibbley University of Wobbleton",
        "University for the Wibbling Arts",
    ),
    ("university of upper wibbleton", "University of 1990", "University for all"),
    "a university by its form ('of' a place, or 'for' a calling); a capitalised word before it is the name's head "
    "('Wibbley University of Wobbleton' is no 'University of Wobbleton'), the form its group",
)
CORONER_FORM = Cue(
    "coroner_form",
    "form",
    r"\b(?:HM|Her Majesty's|His Majesty's)[ \t]+(?:(?:Senior|Area)[ \t]+)?"
    r"(Coroner[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+(?:(?:and|of|the|&)[ \t]+)?[A-Z][\w'’-]+){0,4})",
    1.0,
    (
        "HM Senior Coroner for Wibbleshire",
        "His Majesty's Coroner for North Wibble and Wobble",
        "HM Area Coroner for Wibble",
    ),
    ("the coroner for Wibbleshire", "the Chief Coroner", "HM Coroner's Office"),
    "a coroner by the office's form: a coroner is no public authority, but answers (or declines to) for the "
    "coroner area; the whole title is the name, the words from 'Coroner' its form",
)
TRUST_SUFFIX = Cue(
    "trust_suffix",
    "name_part",
    r"\s+(?:NHS\s+)?(?:Foundation\s+)?Trust$",
    1.0,
    ("Aintree University Hospitals NHS Foundation Trust", "Wibble Hospitals Trust"),
    ("Wibble Trust Hospital", "Wibble NHS Foundation trust"),
    "the words that make a hospital's name a trust's: dropped, what is left names its hospitals",
)
HOSPITAL = Cue(
    "hospital_name",
    "name_part",
    r"\bHospitals?$",
    1.0,
    ("Royal Wibble Hospital", "Wibble University Hospitals"),
    ("Wibble Hospital Trust", "the hospital"),
    "a hospital, named in a reply instead of its trust",
)
SERVICE_SUFFIX = Cue(
    "service_suffix",
    "name_part",
    r"\s+(?:Constabulary|Police(?:\s+Service)?|Fire\s+(?:and|&)\s+Rescue(?:\s+Service)?|Fire\s+Brigade)$",
    1.0,
    ("Avon and Wibble Constabulary", "Wibbleshire Fire & Rescue Service", "Wibble Police Service"),
    ("Wibble Police Authority", "Wibble Police and Crime Commissioner"),
    "the words after the area a force or fire service is named after: dropped, what is left names the area",
)
COUNCIL_AFTER = Cue(
    "council_after",
    "name_part",
    r"[ \t]+(?:(?:City|County|Borough|District|Metropolitan|County\s+Borough|Metropolitan\s+(?:Borough|District))"
    r"[ \t]+)?Council\b",
    1.0,
    ("{body} City Council", "{body} Metropolitan District Council", "{body} Council"),
    ("{body} council", "{body} Councillors", "{body} County Hall"),
    "a council's place followed by the word: the mention runs to it",
)
ADDRESS_BOX_AFTER = Cue(
    "address_box_after",
    "name_part",
    r"[ \t]+(?i:box)\b(?!-)",
    1.0,
    ("{body} Box 123", "{body} BOX 45"),
    ("{body} Boxing Club", "{body} said", "{body} box-ticking"),
    "initials followed by 'Box' are a postal address (a post office box), not a body's short name",
)
SITE_LICENCE_AFTER = Cue(
    "site_licence_after",
    "name_part",
    r"(?i)^[ \t]*\n[ \t]*(?:all\s+)?content\s+(?:is\s+)?(?:available|published|reproduced)\s+under\b",
    1.0,
    (
        "{body}\nAll content is available under the Open Government Licence v3.0",
        "{body}\n  Content published under the Wibble Licence",
    ),
    ("{body}\nAll content is copyright", "{body} content is available under a licence", "{body}\nWibble Street"),
    "a name on the line above a web site's licence line is the site's operator in the page footer, no sign-off",
)
COPYRIGHT_LINE = Cue(
    "copyright_line",
    "owner",
    r"(?m)^[ \t]*(?i:©|\(c\)|copyright)[ \t]*(?:(?:19|20)\d\d[ \t]+)?"
    r"([A-Z][\w'’&-]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?[A-Z][\w'’&-]*){0,5})"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*(?:[.,][ \t]*(?i:all[ \t]+rights[ \t]+reserved)\.?)?[ \t]*\.?[ \t]*$",
    1.0,
    (
        "© Wibble Libraries 2025",
        "(c) 2024 Wibble Arts Trust",
        "  Copyright Wibble Leisure",
        "© 2025 Wibble Culture. All rights reserved.",
    ),
    ("© Crown copyright 2025", "This page is © Wibble Libraries 2025", "© Wibble Libraries 2025 | Privacy"),
    "a web page's copyright line, alone on its line: the name in it (group 1) owns the site, whose page the reply is",
)
PUBLISHED_LINE = Cue(
    "published_line",
    "heading",
    r"(?i)^[ \t]*(?:published|last[ \t]+updated)[ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}[ \t]*$",
    1.0,
    ("Published 3 May 2025", "  Last updated 12 June 2024 "),
    ("Published by Wibble Council", "It was published 3 May 2025", "Published 2025", "Published 3 May 2025 in"),
    "a web page's publication line: the 'From: X' line just above or below it names the page's publisher, the "
    "body whose reply the page is (`_publisher_line`), where an email's 'From:' line has a 'Sent:' line by it",
)
ACT_TITLE_AFTER = Cue(
    "act_title_after",
    "name_part",
    r"^[ \t]+(?:\([A-Z][a-z]+\)[ \t]+)?Act\b",
    1.0,
    ("{body} Act 2007", "{body} Act", "{body} (Wales) Act 2013"),
    ("{body} acted quickly", "{body}\nAct 2007", "{body} Actions", "{body} Activity Centre"),
    'a name opening an Act\'s title ("the Wibble Authority Act 2007") names the Act: no mention of the body at an '
    'edge of the letter ("Established under the Wibble Authority Act" in a footer)',
)
GOVERNING_BOARD = Cue(
    "governing_board",
    "name_part",
    r"^(?:The\s+)?(?:Board\s+of\s+(?:Trustees|Governors)|Trustees|Governors|Governing\s+Body)\s+of\s+(?:the\s+)?",
    1.0,
    ("Board of Trustees of the Wibble Museum", "Trustees of the Wibble Gallery", "Governing Body of Wibble College"),
    ("Wibble Museum", "The Wibble Museum Board of Trustees", "Board of Wibble Studies"),
    "a body's formal name as its governing board: dropped, what is left is the name it answers by",
)
PLACE_IN_NAME_AFTER = Cue(
    "place_in_name_after",
    "name_part",
    r"^[ \t]+(?=[A-Z])(?i:college|academy|school|airport|museum|gallery|library|gardens|zoo|port|harbour|homes|"
    r"community[ \t]+housing|housing[ \t]+(?:association|group|trust|partnership))\b",
    1.0,
    (
        "{body} College",
        "{body} Airport, Arrivals",
        "{body} COLLEGE",
        "{body} MUSEUM AND GARDENS",
        "{body} Homes manages the council's houses",
        "{body} Community Housing",
    ),
    ("{body} Council", "{body} college students", "{body}", "{body} COUNCIL", "{body} homes"),
    "just after a place: the place opens the name of an institution of its own ('Wibble College', in a capitals "
    "letterhead 'WIBBLE COLLEGE'), not the council's",
)
PLACE_IN_NAME_BEFORE = Cue(
    "place_in_name_before",
    "name_part",
    r"(?<![\w'])(?=[A-Z])(?:(?i:college|academy|school|airport|museum|gallery|library|garden|gardens|zoo)[ \t]+|"
    r"Homes\s+of[ \t]+)$",
    1.0,
    ("National Gallery {body}", "The Royal Physic Garden {body}", "CITY MUSEUM {body}", "Wobble Homes\nof {body}"),
    ("Wibble Garden Centre, {body}", "the museum in {body}", "{body}", "Visit the gallery {body}"),
    "just before a place on its line: the place ends the name of an institution of its own ('National Gallery "
    "Wibble'), not the council's",
)
MEMBER_OF_UNIVERSITY_BEFORE = Cue(
    "member_of_university_before",
    "name_part",
    r"(?<![\w'])[A-Z][\w'’-]*[ \t]+(?:College|Institute|School)[ \t]*,[ \t]*$|"
    # "WIBBLE SCHOOL OF SONG AND DANCE" filling the line above: a letterhead's two lines, in capitals or not
    r"(?m:^)[ \t]*(?:[A-Z][\w'’-]*[ \t]+)+(?i:college|institute|school)"
    r"(?:[ \t]+(?i:of|for)(?:[ \t]+(?:(?i:and|of|the|&)[ \t]+)?[A-Z][\w'’-]*)+)?[ \t]*\n[ \t]*$",
    1.0,
    (
        "The Wibble Veterinary College, {body}",
        "Wobble Institute, {body}",
        "WIBBLE School, {body}",
        "Wibble College\n{body}",
        "WIBBLE SCHOOL OF SONG AND DANCE\n{body}",
        "Royal Wibble College of Music\n{body}",
    ),
    (
        "our college, {body}",
        "Wibble College and {body}",
        "Wibble Road, {body}",
        "School of Law\n{body}",
        "Thank you for writing to Wibble College\n{body}",
        "Wibble College of {body}",
    ),
    "a college, institute or school named on its line just before a university, after a comma, or filling the line "
    "above it: the member institution signing, the university its federation ('Wibble College, University of "
    "Wobble'), which does not answer for it",
)
POSTCODE_AFTER = Cue(
    "postcode_after",
    "name_part",
    r"^(?:[ \t,|]+|[ \t]*/[ \t]*(?=[A-Z][a-z]+[ \t]+[A-Z]{1,2}\d))"
    r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*,?[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b",
    1.0,
    (
        "{body} WB1 2XY",
        "{body}, WB12 9ZZ",
        "{body}, Wibbleshire WB1 2XY",
        "{body}, North Wibbleshire, WB1 2XY",
        "{body} / Wibbleton WB3 4QT",
        "Wobble House | {body} | WB1 2XY",
    ),
    ("{body} Council", "{body} 2024", "{body}, Wibbleshire", "{body} and Wibble Road", "{body} / Wibbleton Council"),
    "just after a name on its line (or its cell), perhaps after its county, or after a slash its name in the other "
    "language of a bilingual address: the line is a postal address, not the body heading or signing the letter",
)
POSTCODE_BELOW_AFTER = Cue(
    "postcode_below_after",
    "name_part",
    r"^[ \t,]*\n[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}[ \t]*(?:\n|$)",
    1.0,
    ("{body}\nWB4 7QT\n", "{body}\n  WB12 9ZZ"),
    ("{body}\n\nWB4 7QT\n", "{body}\nWB4 7QT is our postcode", "{body}\nWibble Road"),
    "a postcode alone on the line under a place alone on its line: the place is an address's town, not the "
    "council heading or signing the letter (a body's own name over its postcode still heads the letter)",
)
# a street's or a district's word after a place ("Wibble Road", "Wibble Bay"), or in Welsh before it ("Heol
# Wibble", "Bae Wibble"): the place is part of an address line
_ADDRESS_WORDS_AFTER = (
    r"Bay|Road|Street|Lane|Avenue|Square|Quay|Quays|Way|Drive|Crescent|Terrace|Row|Wharf|Business[ \t]+Park|"
    r"Retail[ \t]+Park|Industrial[ \t]+Estate"
)
# a building's word after a place with more of the address after a comma ("Wibble House, Wobble Way"): an address
_BUILDING_WORDS = r"(?:House|Court|Buildings|Chambers)"
ADDRESS_PLACE_AFTER = Cue(
    "address_place_after",
    "name_part",
    rf"^(?:[ \t]+(?:{_ADDRESS_WORDS_AFTER})\b|[ \t]+{_BUILDING_WORDS}[ \t]*,"
    r"|[ \t]*/[ \t]*[A-Z][\w'’-]*[ \t]*(?:\n|\Z))",
    1.0,
    (
        "{body} Road",
        "{body} Bay",
        "{body} Crescent, Flat 2",
        "{body} Business Park, Unit 4",
        "{body} / Wobbl\n\nThis email",
        "{body} House, Wobble Way, Wibbleton WB1 2XY",
        "{body} Court, 4 Wobble Street",
    ),
    (
        "{body} Council",
        "{body} Estates Review",
        "{body}",
        "{body} road closures",
        "{body} House",
        "{body} House\nWobble Way",
        "{body} / Cyngor Wib",
    ),
    "just after a place on its line: the place opens a street's or a district's name, so the line is an address, "
    "not the body heading or signing the letter (a building's name, 'Wibble House', may be the body's own, but not "
    "one with the address going on after a comma: 'Wibble House, Wobble Way'); or "
    "the place's name in one language before a slash and its name in the other, ending the line: a bilingual "
    "address's town",
)
ADDRESS_PLACE_BEFORE = Cue(
    "address_place_before",
    "name_part",
    r"(?<![\w'])(?:Bae|Heol|Stryd|Ffordd|Lôn|Sgwâr|Neuadd)[ \t]+$",
    1.0,
    ("Bae {body}", "Heol {body}", "Unit 2, Ffordd {body}"),
    ("Cyngor {body}", "{body}", "Bwrdd Iechyd {body}"),
    "just before a place on its line, in Welsh: the place ends a street's, a bay's or a hall's name ('Heol Wibble', "
    "'Bae Wibble'), an address line of a bilingual letterhead",
)
ADDRESS_TOWN_BEFORE = Cue(
    "address_town_before",
    "name_part",
    rf"(?:\S,[ \t]*|\b(?:{_ADDRESS_WORDS_AFTER})[ \t,]*\n[ \t]*|(?:^|\n)[ \t]*[A-Z][\w'’-]*[ \t]*/[ \t]*)\Z",
    1.0,
    (
        "Unit 4, Wibble Court, Wobbleton, {body}",
        "Wibble House\n12 Wobble Road\n{body}",
        "1 Mill Lane,\n  {body}",
        "Wobbl / {body}",
    ),
    (
        "FOI Team\n{body}",
        "{body}",
        "12 Wobble Road\n\n{body}",
        "Yours sincerely\nWibble Road Surgery {body}",
        "Tîm Wibble / {body}",
    ),
    "just before a place: a comma on its line, or a street's line above it ('... Wibble Road' over 'Wobbleton'): "
    "the place is an address's town or county, not the body heading or signing the letter; or one word and a "
    "slash opening its line, the place's name in the other language ('Wobbl / Wibble'): a bilingual address's town",
)
OFFICE_OF_NAME = Cue(
    "office_of_name",
    "name_part",
    r"^(?:The[ \t]+)?Office[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]",
    1.0,
    ("Office of the Wibble Regulator", "The Office for Wibble Standards", "Office of Wibble Rail"),
    ("Freedom of Information Office", "Office hours are 9 to 5", "Office of the chief clerk", "Press Office"),
    "a name opening 'Office of' or 'Office for' and a capital: the office is an institution in its own right, not "
    "a team's room (a letterhead line so named may name the body answering)",
)
OFFICE_HOLDER_NAME = Cue(
    "office_holder_name",
    "name_part",
    r"^Office[ \t]+of[ \t]+the[ \t]+(?=[A-Z][\w'’-]*[ \t]+[A-Z])",
    1.0,
    ("Office of the Wibble Ombudsman for Wobbleland", "Office of the Public Wibbler"),
    ("Office for Wibble Statistics", "Office of Wibble Rail", "Office of the Wibbler", "The Office of the Wibble Lord"),
    "a listed body named as the office of a post-holder ('Office of the Wibble Ombudsman'): a reply names it by the "
    "post alone, two or more capitalised words ('the Wibble Ombudsman holds'), which are read as the body",
)
POST_NAME = Cue(
    "post_name",
    "name_part",
    r"^(?:The[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){2,}(?:Ombudsman|Commissioner|Regulator)$",
    1.0,
    ("Wibble Public Services Ombudsman", "Wobbleland Legal Services Regulator", "The Wibble Information Commissioner"),
    ("Dear Ombudsman", "Wibble Ombudsman", "Office of the Wibble Ombudsman", "the Wibble Services Ombudsman"),
    "three or more capitalised words ending in a post's title: a public office whose remit ('Public Services', "
    "'Information') uses words that would otherwise make a letterhead line a team's ('Customer Services')",
)
POST_OFFICE_NAME = Cue(
    "post_office_name",
    "name_part",
    r"^(?:The[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)+(?:Ombudsman|Commissioner|Regulator)['’]s[ \t]+Office$",
    1.0,
    ("Wibble Commissioner's Office", "The Wibbleshire Ombudsman’s Office", "Wibble Water Regulator's Office"),
    ("Chief Executive's Office", "Commissioner's Office", "Wibble Commissioner's office", "Wibble Commissioner"),
    "capitalised words, then a post's title owning an office: the post-holder's office is an institution (a "
    "commissioner's, an ombudsman's), where 'Office' would otherwise make a letterhead line a team's",
)
# in English only: "Wiblo Cymru" names a bilingual letterhead's Welsh column, and the English name is the one given
_NATIONS = r"Wales|Scotland|England|Northern[ \t]+Ireland"
NATIONAL_NAME = Cue(
    "national_name",
    "name_part",
    r"^(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
    rf"(?<!North)(?<!South)(?<!East)(?<!West)(?<!Mid)(?<!Central)(?<!Great)(?<!New)[ \t]+(?:{_NATIONS})$",
    1.0,
    ("Wibble Wales", "Wibbling Northern Ireland", "Wobble Standards Scotland", "The Wibble England"),
    (
        "North Wales",
        "South East England",
        "Mid Wales",
        "Wibble Wales Trust",
        "wibbling in Wales",
        "Northern Ireland",
        "Wiblo Cymru",
    ),
    "a name of capitalised words ending in a nation's name, the nation not a compass point's ('Wibble Wales', "
    "'Wibbling Northern Ireland'): a national body's name, needing no institution's noun to head a letter",
)
NATION_SHORT_FORMS = {"Northern Ireland": "NI"}
"""A nation's name and the short form a national body's name may write it in ("Wibbling NI")."""
NAME_FORMS = (
    FORM,
    SUBJECT_FORM,
    UNIVERSITY_FORM,
    CORONER_FORM,
    TRUST_SUFFIX,
    HOSPITAL,
    SERVICE_SUFFIX,
    COUNCIL_AFTER,
    ADDRESS_BOX_AFTER,
    SITE_LICENCE_AFTER,
    COPYRIGHT_LINE,
    PUBLISHED_LINE,
    ACT_TITLE_AFTER,
    GOVERNING_BOARD,
    PLACE_IN_NAME_AFTER,
    PLACE_IN_NAME_BEFORE,
    MEMBER_OF_UNIVERSITY_BEFORE,
    POSTCODE_AFTER,
    POSTCODE_BELOW_AFTER,
    ADDRESS_PLACE_AFTER,
    ADDRESS_PLACE_BEFORE,
    ADDRESS_TOWN_BEFORE,
    OFFICE_OF_NAME,
    OFFICE_HOLDER_NAME,
    POST_NAME,
    POST_OFFICE_NAME,
    NATIONAL_NAME,
    REMIT_AFTER,
    FORM_REMIT_AFTER,
    FORCE_OVERSEER_AFTER,
)
"""Names read by their capitals: matched in the text as written, case and all (kept out of AUTHORITY_LEXICON,
whose report searches folded text)."""

AUTHORITY_LEXICON = Lexicon(
    (
        ADDRESSEE_BEFORE,
        OTHERS_ACT_BEFORE,
        WRITING_TO_BEFORE,
        ACTS_BEFORE,
        ON_BEHALF_BEFORE,
        AGENT_AFTER,
        ACTS_AFTER,
        ACTS_BEFORE_WEAK,
        ACTS_AFTER_WEAK,
        PART_OF_AFTER,
        HOSTED_AFTER,
        LANDLORD_SELF_AFTER,
        SELF_DESCRIBED_AFTER,
        PARENT_BEFORE,
        PARENT_AFTER,
        OWNER_BEFORE,
        QUERIES_CONTACT_BEFORE,
        VALEDICTION,
        HEADING_AFTER,
        HEADING_BEFORE,
        REDIRECT_BEFORE,
        REDIRECT_AFTER,
        CONTACT_BLOCK_BEFORE,
        ANSWER_START,
        SELF_REFERENCE,
    )
)


@dataclass(frozen=True)
class Words:
    """Words the extractor looks single words up in (lower-cased), with phrases holding one and phrases holding none."""

    name: str
    words: frozenset[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    note: str = ""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEAD_WORDS = Words(
    "lead_words",
    _words(
        """dear the to from by for at in on of with within and or a an this that our your their its all any
        each every other both some also however unfortunately therefore please thank thanks yes no if when where
        as contact note re subject email tel foi foisa eir full response answer request decision reply local county city
        district borough town parish combined corporate
        metropolitan community does did do has have had is are was were can could will would should how what which
        who why accordingly additionally furthermore moreover currently previously whilst while although because"""
    ),
    (
        "Unfortunately Wibble Council",
        "Please contact Wibble Council",
        "Dear Wibble Town Council",
        "the Combined Authority agreed it",
        "FOISA Response Wibble Joint Board",
        "the Corporate Joint Committee met",
    ),
    ("Wibble Council",),
    "words that open a sentence or a phrase before a body's name: dropped from the front of a name found by its form; "
    "a kind of body ('County', 'Combined', 'Corporate') opening it names no body ('the Combined Authority has "
    "decided', 'the Corporate Joint Committee')",
)
FORM_VETO = Words(
    "form_veto",
    _words(
        """national chiefs chief arts research privy security sentencing full youth advisory medical british
        european executive students student scrutiny safeguarding children adults local police crime
        modern slavery special deputy assistant department ward unit day"""
    ),
    ("Youth Council", "Scrutiny Council", "Privy Council", "Police and Crime Panel"),
    ("Wibble Parish Council",),
    "words that make a name ending in a form word a part, a board or a national body, not the body that answers",
)
WELSH_COLUMN = Words(
    "welsh_column",
    _words(
        """cyngor tref sir dinas bwrdeistref sirol cymuned bwrdd iechyd prifysgol heddlu gwasanaeth tan tân achub
        awdurdod ymddiriedolaeth gig comisiwn comisiynydd swyddfa asiant cefnffyrdd y yr"""
    ),
    ("Cyngor Cymuned Wibble", "Bwrdd Iechyd Wibble", "Comisiwn y Wibble", "Asiant Cefnffyrdd Wibble"),
    ("Wibble Community Council", "Wibble Health Board"),
    "Welsh words opening a body's name in the left column of a bilingual letterhead: with the columns run into one "
    "line, the English name follows the place the Welsh one ends with, named again ('Cyngor Tref Wibble Wibble Town "
    "Council' is Wibble Town Council; 'Comisiwn y Wibble Wibble Commission', with the article, is Wibble Commission)",
)
SUBJECT_VETO = Words(
    "subject_veto",
    _words(
        """department services service team unit section directorate division staff officer officers manager
        managers colleagues council act regulations secretary minister ministers chief director head clerk chair
        chairman leader mayor cabinet committee panel hmp hmyoi hmpyoi"""
    ),
    ("Finance Department", "Children Services", "Secretary of State", "HMP Wibble", "HMYOI Wobble"),
    ("NHS Wibbleshire", "Transport Wibbleland"),
    "words that make the subject of 'X withheld' a part of a body or a person, not a body; a prison ('HMP Wibble "
    "holds 600 men') is an establishment its department or agency answers for",
)
MEMBER_VETO = Words(
    "member_veto",
    _words(
        """estates estate library libraries finance procurement admissions registry records press media
        communications data protection information research student students accommodation people hr payroll
        careers alumni sport sports it digital security facilities international marketing"""
    ),
    ("WWU Estates", "WWU Data Protection", "Student Accommodation WWU"),
    ("WWU Wibble", "Wibble College WWU"),
    "words that make a name joining a federal host's initials to words of its own a department of the host "
    "('WWU Estates' mailing from estates@wwu.ac.uk), not a member college",
)
PREMISES_AFTER = Words(
    "premises_after",
    _words("hq headquarters"),
    ("Wibbleshire Police HQ", "Wibble Fire Headquarters"),
    ("Wibbleshire Police", "Wibble Fire and Rescue Service"),
    "words after a body's name that make it the name of a building (an address line), not the body signing",
)
LEGAL_FORMS = Words(
    "legal_forms",
    frozenset({"Limited", "LIMITED", "Ltd", "LTD", "plc", "PLC", "LLP", "CIC", "Cyfyngedig", "CYFYNGEDIG", "Cyf"}),
    ("Wibble Harbours Limited", "Wibble Water PLC", "Dŵr Wibble Cyfyngedig", "Wibble Cyf"),
    ("Wibble Harbours", "Wibble Council limited the hours", "Cyfeirnod / Reference"),
    "a company's legal form after its name, kept in the name the reply gives itself (looked up as written); "
    "'Cyfyngedig' and its short form 'Cyf' are Welsh for Limited",
)
COMPANY_OPENINGS = Words(
    "company_openings",
    frozenset({"Cwmni"}),
    ("Cwmni Wibble", "Cwmni Wibble Wobble"),
    ("Wibble Company", "the company's own staff"),
    "a word opening a company's name, as a legal form ends one ('Cwmni', Welsh for 'company': 'Cwmni Wibble'); "
    "looked up in a letterhead's name read in title case",
)
KEPT_CAPITALS = Words(
    "kept_capitals",
    frozenset({"NHS", "UK", "HM", "HMRC", "NI"}),
    ("UPPER WIBBLE NHS TRUST", "HM PRISON WIBBLE", "WIBBLE GALLERIES NI"),
    ("STANWICK POLICE",),
    "letterhead words that stay in capitals when the line is title-cased (looked up as written, not folded)",
)
BODY_WORDS = Words(
    "body_words",
    _words(
        """council authority authorities corporation police constabulary commissioner commission service
        services trust board university college department office agency government executive ministry
        inspectorate ombudsman tribunal court courts fire brigade nhs hospital hospitals health partnership
        assembly parliament institute committee panel registry survey museum library archives bank
        regulator police force region"""
    ),
    ("Wibble Borough Council", "Wibbleshire Fire Brigade", "Office for Wibble Statistics"),
    ("City of Wibble", "Upper Wibbleton"),
    "words that make an alias a body's name, not a bare place (gazetteer.alias_strength)",
)
TRUST_WORDS = Words(
    "trust_words",
    _words("nhs foundation trust hospital hospitals university teaching health healthcare services and the of"),
    ("Royal Wibble NHS Foundation Trust", "Wibble Teaching Hospitals"),
    ("Royal Wibble",),
    "words of a trust's name that do not tell it from others: what is left must be in a hospital's name",
)
ROLE_WORDS = Words(
    "role_words",
    _words(
        """police fire crime commissioner commissioners office for and of the nhs integrated care board clinical
        commissioning group rescue service authority brigade"""
    ),
    ("Police and Crime Commissioner for Wibbleshire", "Wibbleshire Integrated Care Board"),
    ("Wibbleshire", "West Wibble"),
    "words of a role body's name that are not its place: what is left must be among the reply's words",
)


@dataclass(frozen=True)
class Role:
    """A body named by its role alone ("the OPCC holds ..."): which body is told by the places the
    reply names. `kinds` or a `name` pattern pick the bodies that can hold the role."""

    acronym: str
    kinds: frozenset[str] = frozenset()
    name: str = ""
    examples: tuple[str, ...] = ()

    def holds(self, body: Body) -> bool:
        """Whether the body can hold this role."""
        return body.kind in self.kinds or bool(self.name and self.name in body.name)


ROLES = (
    Role("OPFCC", frozenset({"pcc"}), examples=("I can confirm that the OPFCC holds this.",)),
    Role("PFCC", frozenset({"pcc"}), examples=("The PFCC does not record complaints by ward.",)),
    Role("OPCC", frozenset({"pcc"}), examples=("The OPCC does not hold this information.",)),
    Role("PCC", frozenset({"pcc"}), examples=("The PCC has decided to withhold the report.",)),
    Role("ICB", name="Integrated Care Board", examples=("The ICB does not hold a contract for this service.",)),
    Role("FRS", frozenset({"fire"}), examples=("The FRS does not record call-outs by street.",)),
)
# (kind of the body a sender's display name names, kind of the body owning its mail domain): a body that writes from
# the domain of the body it oversees, so that the display name, not the domain, tells the writer ("OPCC Wibble -
# Information <foi@wibble.police.uk>": the commissioner, mailing from its force's domain)
DISPLAY_OVER_DOMAIN_KINDS = frozenset({("pcc", "police")})


@dataclass(frozen=True)
class KindWords:
    """Words that tell what kind of body a name is: the kind of the first listed word the name holds."""

    name: str
    kinds: tuple[tuple[str, str], ...]
    examples: tuple[tuple[str, str | None], ...]
    """Names with the kind they tell (None: no listed word)."""

    def kind_of(self, name: str) -> str | None:
        """The kind of the first listed word `name` holds, else None."""
        return next((kind for word, kind in self.kinds if word in name), None)


FORM_KINDS = KindWords(
    "form_kinds",
    (
        ("Crime Panel", "other"),  # "Wibble Police and Crime Panel": the councillors scrutinising the commissioner
        ("Police Authority", "pcc"),  # "Wibble Police Authority": overseeing the force before commissioners did
        ("Leisure", "other"),  # "Wibble Leisure Trust": a charity running a council's leisure, no NHS trust
        ("Culture", "other"),
        ("Cultural Trust", "other"),  # "Wibble Cultural Trust": a charity running a council's libraries or museums
        ("Library Trust", "other"),
        ("Libraries Trust", "other"),
        ("Academy", "other"),  # "Wibble Multi-Academy Trust", "Wibble Academies Trust": schools, no NHS trust
        ("Academies", "other"),
        ("Learning Trust", "other"),
        ("Education Trust", "other"),
        ("Schools Trust", "other"),
        ("Crime", "pcc"),  # "Wibble Police, Crime and Victims' Commissioner": the commissioner, not the force
        ("Constabulary", "police"),
        ("Police", "police"),  # before "Council": a council of police officers is a policing body
        ("Council", "council"),
        ("Combined Authority", "council"),
        ("Trust", "nhs"),
        ("Health Board", "nhs"),
        ("Health Authority", "nhs"),
        ("Care Board", "nhs"),
        ("Ambulance Service", "nhs"),
        ("Commissioning Group", "nhs"),
        ("Commissioning Support Unit", "nhs"),
        ("Hospital", "nhs"),
        ("Practice", "nhs"),
        ("Centre", "nhs"),
        ("Surgery", "nhs"),
        ("Medical Group", "nhs"),
        ("Clinic", "nhs"),
        ("Parish Meeting", "council"),  # a parish's own body where it has no parish council
        ("Fire", "fire"),
    ),
    (
        ("Upper Wibble Parish Council", "council"),
        ("Wibble Combined Authority", "council"),
        ("Wibbleshire Constabulary", "police"),
        ("Wibble Police, Crime and Victims' Commissioner", "pcc"),
        ("Wibble Police Wardens' Council", "police"),
        ("Wibble Health and Social Care Trust", "nhs"),
        ("Wibble Road Surgery", "nhs"),
        ("Wibble Dental Clinic", "nhs"),
        ("Upper Wibble Parish Meeting", "council"),
        ("Wibbleshire Health and Social Care Partnership", None),
        ("Wibbleshire Fire and Rescue Service", "fire"),
        ("Wibble National Park Authority", None),
        ("Wibbleshire Police and Crime Panel", "other"),
        ("Wibble Leisure Trust", "other"),
        ("Wibble Cultural Trust", "other"),
        ("Wibble Library Trust", "other"),
        ("The Wibble Academies Trust", "other"),
        ("Wibble Learning Trust", "other"),
        ("Wibbleshire Police Authority", "pcc"),
        ("Wibble Strategic Health Authority", "nhs"),
    ),
)
"""A body found by its form ("Upper Wibble Parish Council") -> its kind, written as the form is."""
SELF_KINDS = KindWords(
    "self_kinds",
    (
        ("force", "police"),
        ("council", "council"),
        ("trust", "nhs"),
        ("university", "university"),
        ("department", "central-government"),
        ("ministry", "central-government"),
        ("joint committee", "other"),  # several councils' body: no council, whatever its members are
    ),
    (
        ("force", "police"),
        ("joint committee", "other"),
        ("ministry", "central-government"),
        ("service", None),
        ("authority", None),
    ),
)
"""The noun a body calls itself by (SELF_REFERENCE: "the force") -> the kind it says it is."""
INITIALS_SKIP = Words(
    "initials_skip",
    _words("of the and for & in on upon at"),
    ("University of the West of Wibble",),
    ("Wibble Fire Rescue Service",),
    "words left out of a name's initials: University of the West of Wibble -> UWW",
)
COMPASS_WORDS = Words(
    "compass_words",
    _words("north south east west northern southern eastern western central mid"),
    ("North East Wibble NHS Trust", "Mid Wibbleshire Council"),
    ("Wibble Mayoral Combined Authority", "Upper Wibble Trust"),
    "words placing a body within a region: leaving one out names another body (North East Wibble Trust is not "
    "North Wibble Trust), so a name is never matched to the body named without one",
)
DOMAIN_SKIP = Words(
    "domain_skip",
    _words("nhs foundation trust the and of for &"),
    ("Wibble NHS Foundation Trust",),
    ("Wibble Hospitals",),
    "words of a body's name that its domain label leaves out: Wibble NHS Foundation Trust -> wibble.nhs.uk",
)
SHARED_DOMAINS = Words(
    "shared_domains",
    _words("gov.scot gov.wales llyw.cymru london.gov.uk"),
    ("write to us at gov.wales", "the government's site gov.scot", "see london.gov.uk"),
    ("write to foi@wibble.gov.scot", "see wibble.llyw.cymru", "mail foi@wibble.london.gov.uk"),
    "a government's own domain that is also the suffix other public bodies of its nation (or city: the bodies a "
    "mayor sets up) name themselves under: only the bare domain is the government's (wibble.gov.scot is Wibble's, "
    "not the Scottish Government's)",
)
LETTERHEAD_VETO = Words(
    "letterhead_veto",
    _words(
        """freedom information request requests response responses reply disclosure log home menu search contact
        contacts team unit section directorate division governance rights compliance legal corporate customer
        chief executive's office ref reference date dear page privacy cookies accessibility news about services
        department mr mrs ms miss dr sir madam yours sincerely regards manager managers officer clerk director head
        headteacher principal secretary administrator coordinator co-ordinator assistant adviser advisor bursar
        secretariat"""
    ),
    (
        "Information Governance Team",
        "Freedom of Information Office",
        "Legal and Democratic Services",
        "Wibble Business Manager",
        "Head of Wibble",
    ),
    ("Port of Wibble", "Health Improvement Wibbleland", "The National Gallery of Wibble"),
    "words that make a line heading or signing a letter a team, a page's furniture or a person's job title (a job "
    "title is never a body), not a body's name",
)
NAME_NOUNS = Words(
    "name_nouns",
    _words(
        """port ports harbour harbours airport airports library museum museums gallery galleries archive archives
        agency board commission commissioners authority trust fund foundation institute college academy school
        centre network partnership company corporation society council service ombudsman regulator
        inspectorate tribunal court assembly parliament survey register registry observatory garden
        gardens zoo estate estates commissioner federation consortium"""
    ),
    (
        "Port of Wibble",
        "The National Library of Wibble",
        "Wibble Harbour Commissioners",
        "Wibble Commissioner",
        "Wibble Schools Federation",
        "Wibble Valley Education Consortium",
    ),
    ("Health Improvement Wibbleland", "Wibble and District"),
    "nouns that name an institution: 'the Port' later in a reply headed 'Port of Wibble' is that body speaking",
)
FORM_SELF_NOUNS = Words(
    "form_self_nouns",
    _words("school college academy"),
    ("the school received it", "the college holds", "our academy"),
    ("the council", "the force"),
    "SELF_REFERENCE's nouns of a body FORM already finds by its name ('Wibble College'): they only outweigh a kind "
    "the reply names less often ('the school' far more often than 'the Department', a partner), and name no heading",
)
SMALL_WORDS = Words(
    "small_words",
    _words("and of the upon on in under with for de le la"),
    ("Newcastle upon Tyne", "Ashby de la Zouch"),
    ("Wibble Parish",),
    "words of a place name that need no capital for the name to be the place: 'Newcastle upon Tyne'",
)
