"""Find the public body that answered an FOI request.

Signals, strongest first: a hint; the sender's email domain; then evidence in the text, scored per candidate: a
gazetteer body (by name, alias, role and place, or address) or a body found by its form ("... Parish Council") or as
the subject of what only the answering body does ("NHS Wibbleshire withheld"). A mention scores by what surrounds
it: the body speaking or spoken to ("held by X", "Dear X") high, a redirection ("please contact X") against, a short
line at the letter's edge high, a plain mention by strength (name > abbreviation > place), less in the quoted request
or qualifying a following name ("Home Office Counting Rules").

A body clearly ahead of every rival is credible; else `_fallback`, then a name no list knows heading or signing the
letter that the reply names again (`_letterhead_body`), is a best guess, its signal "unsure:<signal>" and its score
at most `THRESHOLDS.fallback_score`. The wording is data: foitrack.lexicon.authority.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from foitrack.extract.fold import fold_text
from foitrack.extract.gazetteer import (
    CAPITALISED,
    Body,
    Gazetteer,
    Mention,
    alias_strength,
    fold_token,
    host_of,
    load_gazetteer,
    name_tokens,
    normalise_name,
)
from foitrack.lexicon import authority as lexicon
from foitrack.lexicon.segment import QUOTED_MAIL
from foitrack.models import AuthorityFinding, Span
from foitrack.text.lines import matches_at, places

GUESS_FROM_MENTIONS = "unsure:frequency"  # the fallback's signal when plain mentions are all it rests on
# a finding resting on plain mentions or on what a partner does too ("X funds us"), sure or not
MENTIONS_ONLY = frozenset({"frequency", GUESS_FROM_MENTIONS, "acts-phrase", "unsure:acts-phrase"})
SIGNED_LINES = 5  # a body named within this many lines after the valediction signed the letter
# "FOI 118 - Translation spend | ", "Disclosure log - ": a page title before the body's name
TITLE_BEFORE = re.compile(r"\S[ \t]*(?:\||-|–|—|::?)[ \t]*$")
# compiled at import, before ingest forks its workers, not by each worker at its first reply (a long pattern)
FORM = lexicon.FORM.compiled
# lexicon.SUBJECT_FORM's verbs (in its lookahead, on the line of its match): it reads only the lines holding one
SUBJECT_VERBS = (
    *("hold", "held", "decided", "released", "refused", "unable", "considered", "estimated", "search"),
    # "Wibble Trust is a registered society" (lexicon.SUBJECT_FORM): every word its alternation of landlords names
    *("association", "registered", "landlord", "society", "charity", "organisation"),
)
# a capitalised name opening a sentence or a line (after its paragraph's number: "1.1  Wibble Leisure is"), before what
# lexicon.SELF_DESCRIBED_AFTER reads after it
SELF_DESCRIBED_NAME = re.compile(
    r"(?:^(?:[ \t]*\d+(?:\.\d+)*\.?(?=[ \t]))?|(?<=[.!?] )|(?<=[.!?]  ))[ \t]*(?:The[ \t]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?[A-Z][\w'’-]*){0,5})(?=[ \t]*(?:\(|\bis\b|\bare\b))",
    re.M,
)
# the words one of which lexicon.SELF_DESCRIBED_AFTER's every match holds, as a letter writes them
SELF_DESCRIPTION_NEEDLES = tuple(
    case(word)
    for word in ("harit", " name of", "utual", "ommunity ", "nterprise", "ompany", "epartmental")
    for case in (str, str.upper)
)
SELF_DESCRIPTION_REACH = 120  # how far after a name lexicon.SELF_DESCRIBED_AFTER is tried
# the words (folded) one of which its every match holds, each after one of the words given ("is a charity", "the trading
# name of", "a social enterprise", "a registered society", "a non-departmental public body")
_ARTICLE_OR_EPITHET = frozenset(
    ("a", "an", "the", "registered", "scottish", "independent", "profit", "cultural", "leisure")
)
SELF_DESCRIPTION_WORD_AFTER: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "charit": _ARTICLE_OR_EPITHET,
        "name": frozenset(("trading", "operating")),
        "communit": _ARTICLE_OR_EPITHET,
        "enterpris": frozenset(("social",)),
        "mutual": _ARTICLE_OR_EPITHET | {"led", "charitable"},
        "societ": frozenset(("registered",)),
        "compan": _ARTICLE_OR_EPITHET,
        "departmental": frozenset(("non",)),
    }
)
# one word in mixed capitals, a brand's ("WibbleLife", "WIBBLEalive"), not a plain word
BRAND_WORD = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+[A-Za-z]*")
INITIALS_WORD = re.compile(r"[A-Z]{3,6}")  # "WBG": a body's initials
# "STANWICK POLICE", "UPPER WIBBLETON NHS TRUST": a letterhead line set in capitals
CAPITALS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{3,}[^a-z\n]*$")
# "WIBBLE VALUATION BOARD" opening a letterhead line whose other column ("Assessor for Wibble") is not in capitals
CAPITALS_OPENING = re.compile(r"(?:[A-Z][A-Z'’&-]*[ \t]+)+[A-Z][A-Z'’-]{2,}(?=[ \t]+[A-Z][a-z])")
TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")  # one word of a line, to be title-cased
JOINING_WORDS = frozenset({"and", "of", "the", "&", "upon", "on", "in"})  # "Newcastle upon Tyne City Council"
TITLE_SMALL_WORDS = JOINING_WORDS | {"for"}  # the words a letterhead in capitals keeps in lower case in title case
LETTERHEAD_LINES = 8
# " Crime Recording", " Safeguarding Board": a following capitalised word makes the name a modifier (not its legal
# form: "Wibble Housing Ltd" is Wibble Housing's own name)
MODIFIER_AFTER = re.compile(rf"^[ \t]+(?!Act\b|FOI\b|(?:{'|'.join(sorted(lexicon.LEGAL_FORMS.words))})\b)[A-Z][a-z]")
# "Cc: FOI - Wibble Council": a mail header's line naming whom the mail went to or was copied to, no page title
ADDRESSEE_HEADER = re.compile(r"[ \t]*(?:To|TO|Cc|CC|Bcc|BCC)[ \t]*:")
# "Freedom of Information (Scotland) Act 2002", "FOISA": only Scottish bodies answer under it
FOISA = re.compile(r"\(Scotland\)\s+Act|\bFOISA\b")
# "@leicester.gov.uk", "www.leics.police.uk", "https://cambs.police.uk": where a domain is named
ADDRESS = re.compile(r"(?:@|https?://|www\.)(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# "the OPCC", "The ICB": a body named by its role alone (see lexicon.ROLES); "\b" after the word: faster
ROLE = re.compile("|".join(rf"{role.acronym}(?<!\w{role.acronym})\b" for role in lexicon.ROLES))
# " Limited", " Ltd": a company's legal form after its name (lexicon.LEGAL_FORMS), or ending it
# "Wibble Homes (Wales) Limited": a bracketed qualifier (a nation) before the legal form belongs to it
LEGAL_FORM_AFTER = re.compile(rf"[ \t]+((?:\([A-Z][\w ]*\)[ \t]+)?(?:{'|'.join(sorted(lexicon.LEGAL_FORMS.words))}))\b")
LEGAL_FORM_END = re.compile(rf"{LEGAL_FORM_AFTER.pattern}$")
# "/home-office", "/government/organisations/home-office": a body's page on GOV.UK
MAX_NAME_WORDS = 8  # a line heading the letter with more words than this is no name alone
NHS_PREFIX = "NHS "  # the word opening an NHS body's name
GOV_UK_PATH = re.compile(r"/(?:government/organisations/)?([a-z][a-z-]{2,60})\b")
# " of Justice", " for Education", " for the\n  Economy": the self-reference noun opens a longer name, perhaps wrapped
_SPACE = r"(?:[ \t]*\n)?[ \t]*(?<=\s)"  # white space within a line or over one line break
NAME_GOES_ON = re.compile(rf"{_SPACE}(?:of|for){_SPACE}(?:the{_SPACE})?[A-Z]")
# "Wibble Transport Authority (WTA)": an abbreviation defined in brackets after the name it stands for
# "Wobble " of "Wobble Wibble Commission": one to three capitalised words before a listed name on its line
NAME_PREFIX = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
DEFINED_ABBREVIATION = re.compile(r"(?<=\S)[ \t]*\(([A-Z]{2,8})\)")
MIN_SPELT_WORDS = 3  # a mailbox spelling the initials of fewer capitalised words ("FOI") names no body by chance
MIN_SHORT_LABEL = 3  # an address's first label this long may be a named body's short form ("wstl")
SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{2,7})\)")  # " (Wstl)": a short form just after a name
# "King's", "Bishop’s": a word with an apostrophe, the letters before it and after it
APOSTROPHE_WORD = re.compile(r"\b([A-Za-z]+)['’]([A-Za-z]+)\b")
# " (Sports Council for Wibble)": a bracketed part ending a listed name
OTHER_NAME_AFTER = re.compile(r"[ \t]+\(([^()]+)\)$")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
DISPLAY_NAME = re.compile(r"[^<\"\n]+")  # a display name, up to its address or closing quote
# "From: " opening the text: the reply's own mail header, whose display name may be the answering body's
FIRE_AUTHORITY_NAME = re.compile(r"\bFire(?:[ \t]+(?:and|&)[ \t]+Rescue)?[ \t]+Authority$")  # "Wibble Fire Authority"
ADDRESS_LABEL = re.compile(r"^[ \t>]*(?:From|To|Cc|Reply-To)[ \t]*:", re.IGNORECASE)  # "From: " before a display name
DISPLAY_PART_END = re.compile(r"[ \t]+[-–|:][ \t]+\Z")  # "Town Clerk - " before a display name's next part
DISPLAY_NAME_PARTS = re.compile(r"[ \t]+[-–|:][ \t]+")  # "OPCC Wibble - Information": a display name's parts
TOP_FROM = re.compile(r"[ \t]*From:[ \t]*\"?", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# a line this long ending in a lower-case word or a comma is a paragraph's, wrapped, and the next line goes on with it
WRAPPED_LINE_CHARS = 50
WRAPPED_LINE_END = re.compile(r"(?:\b[a-z]+|,)$")
MENU_CELL_MARKS = 3  # "Home | About us | Contact | Wibble Police": a menu's links, where a title has one or two
LOWER_CASE_OPENING = re.compile(r"[ \t]*[a-z]")  # "for Wibble Council ...": a line going on with the one above
# ": £512,700", ": 412": a name labelling a figure ends a table's row, no letterhead's or sign-off's line
FIGURE_AFTER = re.compile(r"[ \t]*:[ \t]*(?:£[ \t]*)?[1-9][\d,]*(?:\.\d+)?[ \t]*$", re.M)
CONTACT_BLOCK_CHARS = 300  # how far above a mention the line introducing a block of contact details may be

BOILERPLATE_IDS = frozenset(
    {
        "gov:information-commissioner-s-office",
        "other:scottish-information-commissioner",
        "gov:the-national-archives",
        "gov:first-tier-tribunal-general-regulatory-chamber",
    }
)
EDGE_LINES = 6
FOOT_LINE_CHARS = 100
ACTS_LAST_WORDS = frozenset(lexicon.ACTS_BEFORE.needles)
REDIRECT_WORDS = frozenset(lexicon.REDIRECT_BEFORE.needles)
REDIRECT_REACH_WORDS = 7  # one of REDIRECT_WORDS is among this many words before a redirect's end
WEAK_LAST_WORDS = frozenset(lexicon.ACTS_BEFORE_WEAK.needles)
PARENT_LAST_WORDS = frozenset(("of", "by", "for"))  # the last words lexicon.PARENT_BEFORE's matches end with
OWNER_LAST_WORDS = frozenset(lexicon.OWNER_BEFORE.needles)  # the last words lexicon.OWNER_BEFORE's matches end with
VALEDICTION = lexicon.VALEDICTION.folded  # for the folded text; compiled at import
ANSWER_HINT = re.compile("|".join(lexicon.ANSWER_START.needles))  # a cheap test before ANSWER_START
# "-----Original Message-----" in the folded text, or an Outlook header quoted below the reply ("From: A Person <...>"
# over "Sent: 12 May 2025 09:19")
QUOTED_MAIL_LINE = re.compile(rf"{QUOTED_MAIL.pattern.pattern}|^from:[^\n]*\n[ \t]*sent:", re.M)


@dataclass(frozen=True)
class Signals:
    """Points each kind of evidence adds to a candidate body (the weights, as data)."""

    phrase: float = 3.0  # the body speaks or is written to: "held by X", "X does not hold", "Dear X"
    edge: float = 2.5  # alone on a line in the letterhead or the sign-off
    domain: float = 3.0  # an email or web address of the body in the text
    heading: float = 3.0  # a heading naming the body's reply: "X Response", "Response from X"
    signed: float = 5.0  # alone on a line just below "Yours sincerely" / "Kind regards"
    repeat_share: float = 0.5  # each later mention of a body counts this share of the first
    weak_share: float = 0.2  # "X publishes", "X funded": what a partner body does too
    behalf_share: float = 0.5  # "on behalf of X": the writer's body, or the body a partner works for
    request_share: float = 0.5  # a phrase or mention inside the quoted request counts this share
    place_share: float = 0.3  # a phrase around a bare place name counts this share
    modifier_share: float = 0.3  # "Home Office Counting Rules": a name qualifying the next word
    strength: Mapping[str, float] = field(default_factory=lambda: {"name": 1.0, "abbreviation": 0.5, "place": 0.25})
    edge_floor: float = 0.5  # an edge, signature, heading or title counts at least this share of its points
    fits: float = 0.5  # the reply calls itself the candidate's kind ("the force") or answers under its Act
    boilerplate_share: float = 0.1  # the Information Commissioner and the like, named in every reply
    other_nation_share: float = 0.3  # a body outside Scotland in a reply under the Scottish Act
    parent_share: float = 0.3  # "X is an executive agency of Y": Y, the writer's parent (never itself "X is ...")


@dataclass(frozen=True)
class Thresholds:
    """When the best candidate is credible (see `_credible`)."""

    lead: float = 1.5  # the best must have this many times the runner-up's points, always
    strong_total: float = 2.5  # strong evidence of at least `Signals.phrase` points and this total
    named_lead: float = 1.75  # two full names and this many times the runner-up (at least `floor`)
    edge_lead: float = 4.0  # named at the edge and this far ahead (or its kind fits)
    far_lead: float = 3.0  # a name whose kind fits the text and this far ahead
    negligible: float = 0.1  # a rival with less than this share of the best's points is no rival
    floor: float = 0.5
    min_total: float = 1.0
    own_kind_lead: float = 2.0  # the leader among bodies of the kind the reply calls itself, this far ahead
    fit_alone_total: float = 0.75  # the only body named (a place will do) in a text that calls itself its kind
    # the fallback, when nothing above holds: the best-supported body named outside the request
    fallback_lead: float = 1.25  # this many times the runner-up named outside the request too
    fallback_total: float = 1.0
    fallback_mentions: int = 2  # named at least this often, or with some phrase, edge or address
    fallback_score: float = 0.5  # the finding's score is capped here: `show` marks it "unsure"


SIGNALS = Signals()
THRESHOLDS = Thresholds()


@dataclass
class _Candidate:
    """Evidence for one body gathered over a text."""

    name: str
    kind: str | None
    nation: str | None
    body: Body | None
    score: float = 0.0
    strong: float = 0.0
    names: float = 0.0
    mentions: int = 0
    outside: int = 0  # mentions outside the quoted request
    parent: bool = False  # named as a parent: "an agency of X", "hosted by X", "X is the fire authority" (PARENT_*)
    owner: bool = False  # named as the writer's owner or agent: "a company owned by X" (lexicon.OWNER_BEFORE)
    child: bool = False  # described as one: "X is an agency of ...", "X is hosted by ..." (`_described_as_part`)
    described: bool = False  # says what it is: "X is a community interest company" (lexicon.SELF_DESCRIBED_AFTER)
    signals: dict[str, float] = field(default_factory=dict)
    span: Span | None = None

    def add(self, signal: str, points: float, strong: bool = False) -> None:
        self.score += points
        self.signals[signal] = self.signals.get(signal, 0.0) + points
        if strong and points > 0:
            self.strong += points


@dataclass(frozen=True)
class _Context:
    """Facts about the whole text that every mention's score needs."""

    text: str
    titled: str  # the text with its capitalised letterhead lines in title case (`_letterhead_in_title_case`)
    answer_start: int
    head_end: int
    foot_start: int
    self_kind: str | None
    self_kind_firm: bool
    self_nouns: frozenset[str]  # the nouns the reply calls itself by, folded: "service" for "the Service holds"
    scottish: bool
    signed: range  # the lines under the valediction


def extract_authority(
    text: str, meta: Mapping[str, str] | None = None, hint: str | None = None
) -> AuthorityFinding | None:
    """The body that answered, or None when the text gives no credible answer.

    >>> extract_authority("Dear Sir,\\nThe information is held by Thurrock Council.").name
    'Thurrock Council'
    """
    gazetteer = load_gazetteer()
    if hint:
        return _from_hint(gazetteer, hint)
    sender = _from_sender(gazetteer, (meta or {}).get("from", ""))
    if sender is not None:
        return sender
    return _from_text(gazetteer, text)


def _finding(body: Body, signal: str) -> AuthorityFinding:
    return AuthorityFinding(body.name, body.kind, body.nation, True, signal, None, 1.0)


def _from_hint(gazetteer: Gazetteer, hint: str) -> AuthorityFinding:
    """The hint's gazetteer body, else the hint itself."""
    body = gazetteer.match(hint)
    return _finding(body, "hint") if body else AuthorityFinding(hint.strip(), None, None, False, "hint", None, 1.0)


def _from_sender(gazetteer: Gazetteer, sender: str) -> AuthorityFinding | None:
    """The body owning the From address, else the body named in its display part."""
    address = re.search(r"[\w.+-]+@[\w.-]+", sender)
    display = re.sub(r"<[^>]*>|[\w.+-]+@[\w.-]+|\"", " ", sender).strip()
    if address and not _shared_domain(gazetteer, address.group()):
        body = gazetteer.by_domain(address.group()) or gazetteer.by_sector_domain(address.group())
        named = _display_name_body(gazetteer, display) if body is not None else None
        if named is not None and _writes_from_overseen_domain(named, body):
            return _finding(named, "email-from")
        if body is not None:
            return _finding(body, "email-domain")
    body = gazetteer.match(display)
    return _finding(body, "email-from") if body is not None else None


def _display_name_body(gazetteer: Gazetteer, display: str) -> Body | None:
    """The body a sender's display name names, whole or in one of its parts ("OPCC Wibble - Information")."""
    parts = [display, *(p.strip() for p in DISPLAY_NAME_PARTS.split(display))]
    return next((body for body in map(gazetteer.match, parts) if body is not None), None)


def _writes_from_overseen_domain(named: Body, owner: Body | None) -> bool:
    """The display name names a body that mails from the domain of the body it oversees, of the same place (a
    commissioner from its force's domain, lexicon.DISPLAY_OVER_DOMAIN_KINDS): the named body writes."""
    return (
        owner is not None
        and (named.kind, owner.kind) in lexicon.DISPLAY_OVER_DOMAIN_KINDS
        and _distinctive_words(owner.name) <= _distinctive_words(named.name)
    )


def _context(text: str) -> _Context:
    """Where the answer starts, the letterhead ends and the sign-off starts; self-reference kind."""
    kinds: Counter[str] = Counter()
    kindless: Counter[str] = Counter()  # "the school", "the service": nouns of no kind the reply calls itself by
    folded = fold_text(text)
    self_references = _self_references(folded)
    for m in self_references:
        noun = text[m.start(1) : m.end(1)].lower()
        kind = lexicon.SELF_KINDS.kind_of(noun)
        # "the Ministry of Justice", "the Department for Education": a name, not "the Ministry"
        if NAME_GOES_ON.match(text, m.end(1)):
            continue
        if kind:
            kinds[kind] += 1
        else:
            kindless[noun] += 1
    self_kind, count = kinds.most_common(1)[0] if kinds else (None, 0)
    # "the school" far more often than "the Department": the department is a partner the reply names, not itself
    if kindless and max(kindless.values()) > 2 * count:
        self_kind, count = None, 0
    lines = text.splitlines(keepends=True)
    return _Context(
        text=text,
        titled=_letterhead_in_title_case(text),
        answer_start=_answer_start(lines, folded),
        head_end=_after_lines(lines, EDGE_LINES),
        foot_start=_before_lines(text, 2 * EDGE_LINES),
        self_kind=self_kind,
        self_kind_firm=count >= 2,
        self_nouns=frozenset(m.group(1) for m in self_references) - lexicon.FORM_SELF_NOUNS.words,
        # the substring test skips most texts, which name neither (a whole-text search is slow)
        scottish=("(Scotland)" in text or "FOISA" in text) and _cites_scottish_act(text),
        signed=_signature(text, folded),
    )


def _cites_scottish_act(text: str) -> bool:
    """The text cites the Scottish Act other than as the Act another body answers under ("redirect your request to
    Wibble Scotland, which answers requests under the Freedom of Information (Scotland) Act 2002")."""
    return any(
        lexicon.OTHERS_ACT_BEFORE.compiled.search(text, max(0, m.start() - 80), m.start()) is None
        for m in FOISA.finditer(text)
    )


def _self_references(folded: str) -> list[re.Match[str]]:
    """lexicon.SELF_REFERENCE.compiled.finditer(folded), in order: each of its nouns found with str.find and the
    pattern tried only from the word before it ("the", "our", "this": a scan trying it at every "t" is slow)."""
    pattern, found = lexicon.SELF_REFERENCE.compiled, []
    for noun in lexicon.SELF_REFERENCE.needles:
        at = folded.find(noun)
        while at >= 0:
            before = at  # where the spaces before the noun start
            while before and folded[before - 1].isspace():
                before -= 1
            # a match ends its first word at `before`: most nouns follow no "the", "our" or "this"
            if before < at and folded.endswith(("the", "our", "this"), 0, before):
                for m in (pattern.match(folded, before - n) for n in (3, 4) if n <= before):
                    if m is not None and m.start(1) == at:
                        found.append(m)
            at = folded.find(noun, at + 1)
    return sorted(found, key=lambda m: m.start())


def _signature(text: str, folded: str) -> range:
    """Where the lines under the last valediction ("Yours sincerely", found `folded`) are; empty without one."""
    ends = [m.end() - 1 for m in VALEDICTION.finditer("\n" + folded)]
    if not ends:
        return range(0)
    # a message quoted below the reply's sign-off ends in its writer's own ("Many thanks,\nA Requester"): the reply
    # signs under the last valediction above the quoted message's header
    quoted = QUOTED_MAIL_LINE.search(folded, ends[0], ends[-1]) if len(ends) > 1 else None
    end = max((e for e in ends if e < quoted.start()), default=ends[-1]) if quoted else ends[-1]
    return range(end, end + _after_lines(text[end:].splitlines(keepends=True), SIGNED_LINES))


def _answer_start(lines: list[str], folded: str) -> int:
    """Offset of the first line that introduces the answer ("Response", "Our reply:"), else 0; lines ending before
    the first of ANSWER_START's needles in the `folded` text (same offsets; it holds every one line.lower() does)
    are skipped."""
    hint = min((at for at in (folded.find(n) for n in lexicon.ANSWER_START.needles) if at >= 0), default=-1)
    offset = 0
    for line in lines if hint >= 0 else ():
        if (
            offset + len(line) > hint
            and len(line) < 60
            and ANSWER_HINT.search(line.lower())
            and lexicon.ANSWER_START.compiled.match(line)
        ):
            return offset
        offset += len(line)
    return 0


def _after_lines(lines: list[str], count: int) -> int:
    """Offset just after the first `count` non-blank lines (the text's lines, ends kept)."""
    offset = 0
    for line in lines:
        offset += len(line)
        count -= bool(line.strip())
        if count <= 0:
            return offset
    return offset


def _before_lines(text: str, count: int) -> int:
    """Offset where the last `count` non-blank lines begin (0 when the text is shorter); a long line (a
    paragraph joined into one) counts as a line for each `FOOT_LINE_CHARS` characters, so the last lines
    of a reply whose paragraphs are joined do not reach up into its answers."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        count -= bool(line) + len(line) // FOOT_LINE_CHARS
        if count <= 0:
            return start
        end = start
    return 0


def _from_text(gazetteer: Gazetteer, text: str) -> AuthorityFinding | None:
    """Score every candidate body in the text and keep a clear winner."""
    context = _context(text)
    candidates: dict[str, _Candidate] = {}
    mentions = _initials_of_another_named(_own_abbreviations(gazetteer, text, gazetteer.find_in_text(text)))
    mentions = _initials_of_letterhead_kept_off(text, mentions)
    mentions = [*mentions, *_initials_of_named(gazetteer, text, mentions)]
    mentions = sorted(
        [*mentions, *_post_holder_mentions(gazetteer, context.titled, text, mentions)], key=lambda m: m.start
    )
    # "WWU Wibble" on mail of the Wibble Wobble University (WWU): a member institution, no mention of its host
    members = sorted(_member_mentions(gazetteer, text, mentions))
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e, _, _ in members)]
    # "Wibble Assembly Commission": a body of its own, found by its form below, and no mention of the Assembly
    run_on = [(m.start, end) for m in mentions if (end := _body_of_body_end(context.titled, m))]
    run_on += _remit_run_ons(context.titled, [m for m in mentions if all(m.start != s for s, _ in run_on)])
    run_on += _prefixed_run_ons(context.titled, [m for m in mentions if all(not s <= m.start < e for s, e in run_on)])
    run_on += _self_described_run_ons(context.titled, mentions)
    mentions = [m for m in mentions if not any(start <= m.start < end for start, end in run_on)]
    broken = list(_broken_letterhead_forms(context.titled))
    # "Wibble Ambulance Service" heading a line under which "NHS Trust" goes on is the start of the trust's name
    longer_names = run_on + [(start, end) for start, end, _, _ in broken]
    forms = [
        # a form inside a run-on ("Office of the Wibble Police" of "... Wibble Police, Crime and Victims'
        # Commissioner") is part of the run-on's name, which is read whole below
        *(
            f
            for f in _form_mentions(context.titled, mentions)
            if not any(s < f[1] and f[0] < e for s, e in longer_names)
        ),
        *_self_named_heading(gazetteer, context, mentions),
        *_sender_spelt_by_domain(gazetteer, context),
        *broken,
        *((start, end, name := " ".join(context.titled[start:end].split()), _form_kind(name)) for start, end in run_on),
    ]
    # "Wibble Integration Joint Board": a place opening a body's form names that body, no mention of the place's council
    in_forms = [(start, end) for start, end, _, _ in forms]
    placeless = {(s, e) for s, e in in_forms if not any(s <= m.start < e for m in mentions)}
    mentions = [m for m in mentions if m.strength != "place" or not any(s <= m.start < e for s, e in in_forms)]
    # "Wibble University NHS Foundation Trust": a listed name inside a longer form's name is that body's, not its own
    mentions = [m for m in mentions if not _inside_longer_form(m, in_forms)]
    redirected: dict[str, list[int]] = {}  # where the gazetteer mentions sending the requester elsewhere end, by body
    for mention in mentions:
        if _score_mention(context, _candidate(candidates, mention.body), mention.start, mention.end, mention.strength):
            redirected.setdefault(mention.body.id, []).append(mention.end)
    redirect_ends = [end for ends in redirected.values() for end in ends]
    member_of: dict[str, _Candidate] = {}  # a host's id -> its member, named as the letter first names it
    for start, end, name, host in members:
        member = member_of.setdefault(host.id, _form_candidate(candidates, name, host.kind or "other"))
        member.nation = member.nation or host.nation
        _score_mention(context, member, start, end, "name")
    for start, end, name, kind in forms:
        # a hospital answers as its trust; a name with a qualifier more ("Mayoral") is the body's
        body = gazetteer.match(name) or gazetteer.trust_of_hospital(name) or gazetteer.match_qualified(name)
        if body is None and lexicon.HOSPITAL.compiled.search(name):
            continue  # a hospital whose trust is not known names no body that answers
        whole = None if body else _named_in_full(candidates, name)
        if body is None and whole is None and (start, end) in placeless and _after_article(context.titled, start):
            name = _longer_form_name(forms, name)
        candidate = _candidate(candidates, body) if body else whole or _form_candidate(candidates, name, kind)
        _score_mention(context, candidate, start, end, "name")
    for start, end, name in _subject_mentions(text, mentions):
        kind = "nhs" if name.startswith("NHS ") else "other"
        _score_mention(context, _form_candidate(candidates, name, kind), start, end, "name")
    for start, end, body in _role_mentions(gazetteer, text, mentions):
        _score_mention(context, _candidate(candidates, body), start, end, "abbreviation")
    for start, end, body in _address_mentions(gazetteer, text, mentions):
        candidate = (
            _mailbox_owner(text[start:end], body, candidates) or member_of.get(body.id) or _candidate(candidates, body)
        )
        if candidate.body is body:
            _add_body_spelt_by_mailbox(context, candidates, text[start:end])
        if (
            not _heading_name_subdomain(context.titled, body, text[start:end])
            and not _redirected(text, start, end)
            and not _after_redirect(text, start, redirect_ends, SENTENCE_END)
            and not _after_redirect(text, start, redirected.get(body.id, []), BLANK_LINE)
        ):
            candidate.add("email-in-text", SIGNALS.domain, strong=True)
            candidate.outside += start >= context.answer_start
    found = _decide(context, candidates)
    if found is None or found.signal in MENTIONS_ONLY:
        # a name heading the letter that the reply names again is better evidence than plain mentions: a sponsoring
        # government or department named in passing ("our grant from X") is not the body writing
        spelt = _named_by_own_domain(gazetteer, context)
        if spelt and found and normalise_name(spelt.name) in normalise_name(found.name):
            spelt = None  # "Wibble Leisure" of wibbleleisure.com cut short from "Wibble Leisure Trust", found already
        return _letterhead_body(context, mentions) or _copyright_owner(context, mentions) or spelt or found
    return found


def _inside_longer_form(mention: Mention, forms: list[tuple[int, int]]) -> bool:
    """The mention is a name lying inside a longer name that a body's form ends (the forms' (start, end))."""
    inside = (s <= mention.start and mention.end <= e and e - s > mention.end - mention.start for s, e in forms)
    return mention.strength == "name" and any(inside)


def _mailbox_owner(address: str, host: Body, candidates: dict[str, _Candidate]) -> _Candidate | None:
    """Another body the reply names in full whose initials or last words run together open the address's mailbox
    ("wlijb.foi@wibble.gov.uk" for the Wibble Lothian Integration Joint Board, "sentencingcouncil@" for the Wibble
    Sentencing Council): a body answering through its host's mail, the address its own, not the host's."""
    opening = _mailbox_opening(address).lower()
    if len(opening) < MIN_SHORT_LABEL:
        return None
    for candidate in candidates.values():
        if candidate.names <= 0 or (candidate.body is not None and candidate.body.id == host.id):
            continue
        words = [fold_token(w) for w in candidate.name.split()]
        tails = {"".join(words[i:]) for i in range(len(words) - 1)}
        if opening in _initials_spellings(candidate.name) or opening in tails:
            return candidate
    return None


def _add_body_spelt_by_mailbox(context: _Context, candidates: dict[str, _Candidate], address: str) -> None:
    """Add as a candidate, every mention of its name scored, a body no list knows that the reply names in full
    (three or more capitalised words, an institution's noun among them) whose initials open the address's mailbox
    ("wcoww@" of a host's domain for the Wibble Commission on Wobble Welfare): a body writing from its host's mail.
    The address stays the host's: a partner named in full may have a mailbox there too."""
    opening = _mailbox_opening(address).lower()
    if len(opening) < MIN_SHORT_LABEL or ROLE.fullmatch(opening.upper()):
        return  # "opcc@wibble.police.uk": a role's mailbox, its holder found by the role (_role_mailbox_holder)
    for m in HEAD_NAME.finditer(context.text):
        name = m.group().removeprefix("The ").rstrip(".")  # HEAD_NAME's words may hold a dot: "St.", a sentence's end
        words = [w for w in name.split() if w.lower() not in lexicon.INITIALS_SKIP.words]
        if len(words) >= MIN_SPELT_WORDS and opening in _initials_spellings(name) and _names_an_institution(words):
            # "Wibble Police and Crime Panel" named already: "pcp@" is its mailbox, no new body's
            if not _named_already(candidates, name) and "form:" + normalise_name(name) not in candidates:
                candidate = _form_candidate(candidates, name, _form_kind(name))
                for named in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", context.text):
                    _score_mention(context, candidate, named.start(), named.end(), "name")
            return


def _names_an_institution(words: list[str]) -> bool:
    """The name's words hold an institution's noun ("Commission") and none of a team's, a post's or a page's ("Data
    Protection Officer", "Information Governance Team"): a body's name, not a mailbox's owner within one."""
    folded = [fold_token(w) for w in words]
    return any(w in lexicon.NAME_NOUNS.words for w in folded) and not any(
        w in lexicon.LETTERHEAD_VETO.words for w in folded
    )


def _named_already(candidates: dict[str, _Candidate], name: str) -> bool:
    """A candidate's name is `name` or ends in it ("Wibble Police and Crime Panel" for "Police and Crime Panel")."""
    key = normalise_name(name)
    return any(c.names > 0 and f" {normalise_name(c.name)}".endswith(f" {key}") for c in candidates.values())


def _initials_spellings(name: str) -> set[str]:
    """The ways a name's initials are written, lower-cased: its small joining words left out ("Wibble Commission on
    Wobble" -> "wcw") or kept as small letters ("WCoW" -> "wcow")."""
    return {_initials(name).lower(), "".join(w[0] for w in name.split()).lower()}


def _candidate(candidates: dict[str, _Candidate], body: Body) -> _Candidate:
    return candidates.setdefault(body.id, _Candidate(body.name, body.kind, body.nation, body))


def _named_in_full(candidates: dict[str, _Candidate], name: str) -> _Candidate | None:
    """A listed body the reply names whose name ends in the form's ("Wibble Fisheries Authority" under "Wobble &
    Wibble WFA", a body's long name ending "... Wibble Fisheries Authority"): the form is that body's name cut short."""
    key = " " + normalise_name(name)
    return next((c for c in candidates.values() if c.body and c.names and normalise_name(c.name).endswith(key)), None)


def _after_article(text: str, start: int) -> bool:
    """Whether "the " comes just before `start`: a name the reply refers back to ("the Wibble Joint Board")."""
    return text[max(0, start - 4) : start].lower() == "the "


def _longer_form_name(forms: list[tuple[int, int, str, str]], name: str) -> str:
    """The longest name found by its form that ends in `name`, else `name`: "the Integration Joint Board", naming no
    place, is the "Wibble Integration Joint Board" the reply names in full (`_after_article`)."""
    key = " " + normalise_name(name)
    longer = [f[2] for f in forms if normalise_name(f[2]).endswith(key)]
    return max(longer, key=len, default=name)


def _form_candidate(candidates: dict[str, _Candidate], name: str, kind: str) -> _Candidate:
    return candidates.setdefault("form:" + normalise_name(name), _Candidate(name, kind, None, None))


def _score_mention(context: _Context, candidate: _Candidate, start: int, end: int, strength: str) -> bool:
    """Add what one mention says about its body; True when it sends the requester to the body (`_redirected`)."""
    text = context.text
    possessive = text[end - 2 : end] in ("'s", "’s")  # "Thurrock Council's response"
    before, after = text[max(0, start - 80) : start], text[end - 2 * possessive : end + 80]
    at_head = start < context.head_end
    # a letterhead line above the quoted request is the body's own, not the request's
    in_request = start < context.answer_start and not (at_head and _alone_on_line(text, start, end))
    candidate.outside += not in_request
    if candidate.span is None or (not in_request and candidate.names == 0):
        candidate.span = Span.of(text, start, end)
    if _redirected(text, start, end):
        candidate.add("redirect", -SIGNALS.phrase)
        return True
    weight = SIGNALS.strength[strength]
    if strength == "place" and (
        lexicon.PLACE_IN_NAME_AFTER.compiled.match(after) or lexicon.PLACE_IN_NAME_BEFORE.compiled.search(before)
    ):
        # "Wibble College", "National Gallery Wibble": the place opens or ends another body's name
        repeat = SIGNALS.repeat_share if candidate.mentions else 1.0
        candidate.add("frequency", weight * SIGNALS.modifier_share * repeat)
        candidate.mentions += 1
        return False
    phrase = SIGNALS.phrase * (SIGNALS.place_share if strength == "place" else 1.0)
    share = SIGNALS.request_share if in_request else 1.0  # of a phrase or mention inside the quoted request
    edge = max(weight, SIGNALS.edge_floor)  # of the points for a place at an edge, signature, heading or title
    last = _last_word(before)
    # a place in an address or a longer name ("Wobble Homes Wibble"; below the head, "Wibble Commissioner's Office")
    address = strength == "place" and (
        _address_line_place(before, after) or (not at_head and JOINED_WORD_AFTER.match(after) is not None)
    )
    # "Ms Wibble", "Jo Wibble": a one-word name after a capitalised word is a person's surname, at no edge
    surname = strength == "name" and _one_word_name(text[start:end]) and SURNAME_BEFORE.search(before) is not None
    # "Wibble College, University of Wobble": the member institution signs; its university is no edge of the letter
    member = strength == "name" and lexicon.MEMBER_OF_UNIVERSITY_BEFORE.compiled.search(before) is not None
    # the operator a web page's footer names above its licence line ("X\nAll content is available under ...")
    footer = lexicon.SITE_LICENCE_AFTER.compiled.match(after) is not None
    act_title = lexicon.ACT_TITLE_AFTER.compiled.match(after) is not None  # "the Wibble Authority Act 2007"
    address = address or surname or member or footer or act_title
    # "manages the homes owned by X": the owner, though "owned by X" alone says X holds
    parent_before = last in PARENT_LAST_WORDS and lexicon.PARENT_BEFORE.compiled.search(before) is not None
    # "received by X, as the Panel's host": the host that took the request in, not the body answering it
    parent = parent_before or lexicon.PARENT_AFTER.compiled.match(after) is not None
    # "a company wholly owned by X", "run for us by X": the writer's owner or agent, never the one writing
    owner = last in OWNER_LAST_WORDS and lexicon.OWNER_BEFORE.compiled.search(before) is not None
    candidate.owner = candidate.owner or owner
    parent = parent or owner or _handled_as_agent(before, after, last) or _in_sender_brackets(text, start)
    # "Wibble Council, on behalf of the Wobble Panel" opening a line of the sign-off: the council signs as the panel's
    # host or agent (a sentence so opening, "Wibble Police, on behalf of the Unit, has decided", may name the one
    # answering, when the unit it acts for is no body of its own)
    agent_line = (
        start in context.signed
        and lexicon.AGENT_AFTER.compiled.match(after) is not None
        and not text[_line_start(text, start) : start].strip()
    )
    parent = parent or agent_line
    if (last == "dear" and lexicon.ADDRESSEE_BEFORE.compiled.search(before)) or (
        last == "to" and lexicon.WRITING_TO_BEFORE.compiled.search(before)
    ):
        candidate.add("addressed", phrase, strong=True)
    elif strength == "name" and _names_sender(text, start):
        candidate.add("sender", SIGNALS.phrase, strong=True)
    elif (child := _described_as_part(after)) | (described := _describes_itself(after)) or (
        # "requests are handled by X's FOI team": a host's team, for the body named before
        (lexicon.ACTS_AFTER.compiled.match(after) and not parent_before)
        or (last in ACTS_LAST_WORDS and not parent and lexicon.ACTS_BEFORE.compiled.search(before))
        or (last == "(c)" and "\n" not in text[end:].strip())  # a web page's last line: "(c) Wibble Council  Privacy"
    ):
        candidate.add("holds-phrase", phrase * share, strong=True)
        candidate.child = candidate.child or child
        candidate.described = candidate.described or described
    # "Wibble Airport is owned by X" under the signature names the owner, who does not sign
    elif (
        start in context.signed
        and _alone_on_line(text, start, end)
        and not (address or parent_before or agent_line or _continues_sentence(text, start))
    ):
        candidate.add("signed", SIGNALS.signed * edge, strong=True)
    elif (
        lexicon.HEADING_AFTER.compiled.match(after)
        or (lexicon.HEADING_BEFORE.compiled.search(before) and _ends_line(text, end))
        or _publisher_line(text, start, end)
    ):
        candidate.add("heading", SIGNALS.heading * edge, strong=True)
    elif (
        at_head
        and _ends_line(text, end)
        and TITLE_BEFORE.search(text, _line_start(text, start), start)
        and not _menu_line(text, start)
        and not ADDRESSEE_HEADER.match(text, _line_start(text, start))
    ):
        candidate.add("title", SIGNALS.edge * edge, strong=True)
    elif parent:
        candidate.add("acts-phrase", phrase * SIGNALS.weak_share * share, strong=True)
        candidate.parent = True
    elif last == "of" and lexicon.ON_BEHALF_BEFORE.compiled.search(before):
        behalf = 1.0 if _behalf_line(context, start, end) else SIGNALS.behalf_share
        candidate.add("holds-phrase", phrase * behalf * share, strong=True)
    elif lexicon.ACTS_AFTER_WEAK.compiled.match(after) or (
        last in WEAK_LAST_WORDS and lexicon.ACTS_BEFORE_WEAK.compiled.search(before)
    ):
        candidate.add("acts-phrase", phrase * SIGNALS.weak_share * share, strong=True)
    elif (
        _alone_on_line(text, start, end)
        and (at_head or start >= context.foot_start)
        and not PHRASE_BEFORE.search(text, _line_start(text, start), start)
        and not address
        and not _ends_wrapped_sentence(text, start)
        and not _opens_in_lower_case(text, start)
        and not _menu_line(text, start)
        and not FIGURE_AFTER.match(text, end)
        and not ADDRESSEE_HEADER.match(text, _line_start(text, start))
    ):
        candidate.add("letterhead" if at_head else "sign-off", SIGNALS.edge * edge, strong=True)
    if MODIFIER_AFTER.match(after) and not lexicon.HEADING_AFTER.compiled.match(after):
        weight *= SIGNALS.modifier_share
    weight *= share
    candidate.add("frequency", weight * (SIGNALS.repeat_share if candidate.mentions else 1.0))
    candidate.mentions += 1
    if strength == "name":
        candidate.names += weight
    return False


def _behalf_line(context: _Context, start: int, end: int) -> bool:
    """ "On behalf of X" as a line of the letterhead, or "Wibble Partnership, on behalf of X" signing: the writer
    names the body its reply is for, not a partner's principal in a sentence."""
    if not _ends_line(context.text, end):
        return False
    if start in context.signed:
        return True
    line = context.text[_line_start(context.text, start) : start]
    return start < context.head_end and line.lstrip().lower().startswith("on behalf of")


def _publisher_line(text: str, start: int, end: int) -> bool:
    """ "From: Wibble Agency" alone on its line with a "Published 3 May 2025" line just above or below: a published
    reply page's publisher, the body answering, not an email's sender (an email's "From:" line has no such line)."""
    line_start = _line_start(text, start)
    if text[line_start:start].strip().lower() != "from:" or not _ends_line(text, end):
        return False
    line_end = _line_end(text, end)
    below = text[line_end + 1 : _line_end(text, line_end + 1)] if line_end < len(text) else ""
    above = text[_line_start(text, line_start - 1) : line_start - 1] if line_start > 0 else ""
    return any(lexicon.PUBLISHED_LINE.compiled.match(line) for line in (above, below))


def _top_display_name(text: str) -> re.Match[str] | None:
    """The display name of a "From:" line opening the text ("From: Wibble Surgery <...>"), up to its address."""
    top = TOP_FROM.match(text)
    return DISPLAY_NAME.match(text, top.end()) if top else None


def _names_sender(text: str, start: int) -> bool:
    """ "From: Wibble Surgery <...>" opening the text: the display name is the body sending the reply."""
    display = _top_display_name(text)
    if display is None or not display.start() <= start < display.end():
        return False
    # "From: Town Clerk - Wibble Town Council <...>": a part of the display name after a post's title
    return start == display.start() or DISPLAY_PART_END.search(text, display.start(), start) is not None


def _in_sender_brackets(text: str, start: int) -> bool:
    """ "From: Wibble Surgery (NHS Wibbleshire ICB - X1) <...>": the bracket after the sender's display name names
    the body it belongs to, not the one answering; a bracketed abbreviation ("Information Team (WCC)") is the
    sender's own."""
    display = _top_display_name(text)
    if display is None or not display.start() < start < display.end():
        return False
    name = display.group()
    bracket = name.find("(")
    closing = name.find(")", bracket)
    parent = name[bracket + 1 : closing if closing > 0 else len(name)]
    return (
        bracket > 0
        and len(parent.split()) > 1
        and display.start() + bracket < start
        and _names_a_body_itself(name[:bracket].strip())
    )


def _names_a_body_itself(name: str) -> bool:
    """ "Wibble Surgery", "WIBBLE SURGERY": a listed body or a body's form, not a team ("FOI", "Data Protection")."""
    titled = TITLE_WORD.sub(_title_word, name) if CAPITALS_LINE.match(name) else name
    return load_gazetteer().match(titled) is not None or FORM.fullmatch(titled) is not None


def _handled_as_agent(before: str, after: str, last: str) -> bool:
    """ "handled by X on behalf of Y" (lexicon.ACTS_BEFORE, lexicon.AGENT_AFTER): X is Y's agent or host, and Y
    answers; "commissioned by X on behalf of Y" says nothing of the request."""
    return (
        last == "by"
        and lexicon.AGENT_AFTER.compiled.match(after) is not None
        and lexicon.ACTS_BEFORE.compiled.search(before) is not None
    )


def _described_as_part(after: str) -> bool:
    """The text after a name describes the body as another's agency or subsidiary, or as hosted by another: the body
    writing, its parent named after (lexicon.PART_OF_AFTER, lexicon.HOSTED_AFTER)."""
    return bool(lexicon.PART_OF_AFTER.compiled.match(after) or lexicon.HOSTED_AFTER.compiled.match(after))


def _describes_itself(after: str) -> bool:
    """The text after a name says what kind of body it is: a social landlord, a charity, a community interest company,
    a company owned by another (lexicon.LANDLORD_SELF_AFTER, lexicon.SELF_DESCRIBED_AFTER): the body writing."""
    return bool(lexicon.LANDLORD_SELF_AFTER.compiled.match(after) or lexicon.SELF_DESCRIBED_AFTER.compiled.match(after))


def _ends_wrapped_sentence(text: str, start: int) -> bool:
    """The mention's line ends a sentence that a long line just above began ("... a grant from the Wibble
    Government through\n   Wibble Transport."): the end of a wrapped paragraph, not a line at the edge (a page's
    title under a banner, "... what you need to know" over "Wibble Estates 2010-2020", ends no sentence)."""
    return text[start : _line_end(text, start)].rstrip().endswith((".", ",", ";")) and _continues_sentence(text, start)


def _menu_line(text: str, start: int) -> bool:
    """The mention's line is a site's menu of links ("Report | Contact us | About us | Wibble Police"), cells
    enough that it is no page's title ("Translation spend | Wibble Council"): its last link may be a partner's."""
    line = text[_line_start(text, start) : _line_end(text, start)]
    return line.count("|") >= MENU_CELL_MARKS


def _opens_in_lower_case(text: str, start: int) -> bool:
    """The mention's line opens with a lower-case word ("for Wibble Council and Wobble Council" under a board's
    name): it goes on with the line above, naming the bodies served, and names no body heading the letter."""
    return LOWER_CASE_OPENING.match(text, _line_start(text, start), start) is not None


def _continues_sentence(text: str, start: int) -> bool:
    """The mention's line goes on with a sentence a long line just above left open ("Wibble Partnership is run
    jointly by\nWibble Council and NHS Wobble"): a note under the signature, not a line signing it."""
    above_end = _line_start(text, start) - 1
    above = text[_line_start(text, above_end) : above_end].rstrip() if above_end > 0 else ""
    return len(above) >= WRAPPED_LINE_CHARS and WRAPPED_LINE_END.search(above) is not None


def _address_line_place(before: str, after: str) -> bool:
    """A place over a postcode alone on its line, in a street's or a district's name ("Wibble Road", "Heol
    Wibble", "Wibble Bay"), after a comma or under a street's line, or ending a longer name ("Wobble Homes Wibble"):
    an address's town or street, or part of another name, not the body heading or signing the letter."""
    return bool(
        lexicon.POSTCODE_BELOW_AFTER.compiled.match(after)
        or lexicon.ADDRESS_PLACE_AFTER.compiled.match(after)
        or lexicon.ADDRESS_PLACE_BEFORE.compiled.search(before)
        or lexicon.ADDRESS_TOWN_BEFORE.compiled.search(before)
        or JOINED_WORD_BEFORE.search(before)
    )


def _line_start(text: str, at: int) -> int:
    """Where the line holding text[at] starts."""
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    """Where the line holding text[at] ends (before its "\n")."""
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _ends_line(text: str, end: int) -> bool:
    """Nothing but spaces and ".:" follow text[:end] on its line."""
    return not text[end : _line_end(text, end)].strip(" \t.:")


def _redirected(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    if _alone_on_line(text, start, end) and not SENTENCE_WORD_BEFORE.search(before):
        # a name on a line of its own is a heading, not the end of "please contact ...":
        # a web page's "Home | Contact" bar above its letterhead is no redirect (but "... team at" before it on
        # its line goes on the sentence above)
        before = before[before.rfind("\n") + 1 :]
    if (
        REDIRECT_WORDS.intersection(before.lower().split()[-REDIRECT_REACH_WORDS:])
        and lexicon.REDIRECT_BEFORE.compiled.search(before)
        and not lexicon.QUERIES_CONTACT_BEFORE.compiled.search(before)
    ):
        return True
    return bool(lexicon.REDIRECT_AFTER.compiled.match(text[end : end + 60])) or _in_contact_block(text, start)


def _after_redirect(text: str, start: int, redirect_ends: list[int], stop: re.Pattern[str]) -> bool:
    """An address after a mention sending the requester elsewhere, with no `stop` between: in the sentence of any
    body's ("send it to Wibble Council, at foi@wibble.gov.uk"), or in the paragraph of its own body's."""
    return any(end <= start and not stop.search(text, end, start) for end in redirect_ends)


def _in_contact_block(text: str, start: int) -> bool:
    """The mention opens a line of the block under "Their details are:" (up to a blank line): another body's
    name or address, given for the requester to write to instead (a town within an address line is no name)."""
    before = text[max(0, start - CONTACT_BLOCK_CHARS) : start]
    if before[before.rfind("\n") + 1 :].strip():
        return False
    if not any(needle in before.lower() for needle in lexicon.CONTACT_BLOCK_BEFORE.needles):
        return False  # a cheap test first: most mentions have no such line above them
    intros = list(lexicon.CONTACT_BLOCK_BEFORE.compiled.finditer(before))
    return bool(intros) and not BLANK_LINE.search(before[intros[-1].end() :].lstrip())


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines after a name, "Wibble Transport Authority (WTA)": abbreviation -> name,
    where the name's capitalised words (small joining words skipped) spell the abbreviation."""
    defined: dict[str, str] = {}
    for m in DEFINED_ABBREVIATION.finditer(text):
        abbreviation, words = m.group(1), text[_line_start(text, m.start()) : m.start()].split()
        initials: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in JOINING_WORDS and initials:
                continue
            if not words[i][:1].isupper():
                break
            initials.insert(0, words[i][0])
            if "".join(initials) == abbreviation:
                defined.setdefault(abbreviation, " ".join(words[i:]))
                break
    return defined


def _own_abbreviations(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, an abbreviation the text defines for another name ("the Wibble Transport Authority (WTA)")
    read as that name's body, or dropped when no gazetteer body has that name, not as another body sharing it
    (a name sharing a distinctive word with the body's, "His Majesty's Wibble Service", is the body's own)."""
    abbreviated = "(" in text and any(mention.strength == "abbreviation" for mention in mentions)
    defined = _defined_abbreviations(text) if abbreviated else {}
    kept: list[Mention] = []
    for mention in mentions:
        name = defined.get(mention.quote) if mention.strength == "abbreviation" else None
        body: Body | None = mention.body
        if name and not _distinctive_words(name) & _distinctive_words(mention.body.name):
            body = gazetteer.match(name)
        if body is not None:
            kept.append(mention if body is mention.body else replace(mention, body=body))
    return kept


def _initials_of_another_named(mentions: list[Mention]) -> list[Mention]:
    """The mentions, an abbreviation the gazetteer gives to a body the reply never names in full read as the body it
    does name whose initials it spells: "EA" in a reply signed "Wibble Education Authority ... Education Authority"
    is the authority, not an "Environment Agency" the reply never names."""
    named = {m.body.id: m.body for m in mentions if m.strength == "name"}
    spelt = {_initials(body.name): body for body in named.values()}
    return [
        replace(m, body=spelt[m.quote])
        if m.strength == "abbreviation" and m.body.id not in named and m.quote in spelt
        else m
        for m in mentions
    ]


def _initials_of_letterhead_kept_off(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the abbreviations that spell the initials of a name heading the letter on a line of its
    own where the gazetteer gives them to a body the reply never names in full: "WSA" under a letterhead "The Wibble
    Standards Authority" is that authority, which the gazetteer may not list, not a "Wobble Safety Agency"."""
    named = {m.body.id for m in mentions if m.strength == "name"}
    heading = _letterhead_initials(text) if any(m.strength == "abbreviation" for m in mentions) else set()
    return [m for m in mentions if m.strength != "abbreviation" or m.body.id in named or m.quote not in heading]


def _letterhead_initials(text: str) -> set[str]:
    """The initials of every line heading the letter that is a name alone, three to eight capitalised words (two
    are too often a greeting or a person: "Dear Sir")."""
    initials: set[str] = set()
    for line in text.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]:
        words = line.split()
        words = words[1:] if words[:1] == ["The"] else words
        capitalised = all(w[:1].isupper() or w.lower() in JOINING_WORDS for w in words)
        spelt = _initials(" ".join(words)) if capitalised and len(words) <= MAX_NAME_WORDS else ""
        if len(spelt) >= MIN_SHORT_LABEL and words[0][:1].isupper():
            initials.add(spelt)
    return initials


def _initials(name: str) -> str:
    """A name's initials, small joining words skipped: "Education Authority" -> "EA"."""
    return "".join(w[0] for w in name.split() if w.lower() not in lexicon.INITIALS_SKIP.words)


def _initials_of_named(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> Iterator[Mention]:
    """The initials (three or more, in capitals) of a body the text names in full, where the gazetteer gives them to
    no other body: "Wibble Board for Wobble Schools" ... "WBWS does not hold" names it, as an abbreviation, though
    the gazetteer derives initials only for some kinds of body; so does the short form in brackets after its full
    name that spells them in any case ("Wibble Science and Technology Laboratory (Wstl)" ... "Wstl holds")."""
    named = [m for m in mentions if m.strength == "name"]
    for body in {m.body.id: m.body for m in named}.values():
        words = [w for w in body.name.split() if w.lower() not in lexicon.INITIALS_SKIP.words]
        initials = _initials(body.name)
        if (
            len(words) < 3
            or not (initials.isalpha() and initials.isupper())
            or gazetteer.by_acronym(initials) not in (None, body)
        ):
            continue
        after = (SHORT_FORM_AFTER.match(text, m.end) for m in named if m.body is body)
        for short in {initials, *(s.group(1) for s in after if s and s.group(1).upper() == initials)}:
            for m in re.finditer(rf"{_opening(short)}(?![\w-])", text) if short in text else ():
                if not any(n.start < m.end() and m.start() < n.end for n in mentions):
                    yield Mention(body, m.start(), m.end(), short, "abbreviation")


@lru_cache(maxsize=1)
def _post_holders(gazetteer: Gazetteer) -> tuple[tuple[tuple[str, ...], re.Pattern[str], Body], ...]:
    """Each listed "Office of the <post>" (lexicon.OFFICE_HOLDER_NAME) with its post's words and a pattern for them,
    where no other body has the post as its name: "Office of the Wibble Ombudsman" -> (("Wibble", "Ombudsman"), ...)."""
    offices = ((lexicon.OFFICE_HOLDER_NAME.compiled.match(body.name), body) for body in gazetteer.bodies)
    posts = ((body.name[m.end() :].split(), body) for m, body in offices if m is not None)
    return tuple(
        (tuple(words), re.compile(r"\s+".join([_opening(words[0]), *map(re.escape, words[1:])]) + r"(?![\w-])"), body)
        for words, body in posts
        if gazetteer.match(" ".join(words)) in (None, body)
    )


def _opening(word: str) -> str:
    """A pattern for `word` with no letter, digit or "-" before it (the lookbehind follows it: re skips to it)."""
    return rf"{re.escape(word)}(?<![\w-]{re.escape(word)})"


def _post_holder_mentions(gazetteer: Gazetteer, titled: str, text: str, mentions: list[Mention]) -> Iterator[Mention]:
    """A listed office named by its post alone ("the Wibble Ombudsman for Wobbleland"), outside other mentions; in a
    letterhead (read in `titled`), perhaps in capitals and over two lines ("WIBBLE OMBUDSMAN\nfor Wobbleland")."""
    for words, pattern, body in _post_holders(gazetteer):
        for m in pattern.finditer(titled) if all(word in titled for word in words) else ():
            if not any(n.start < m.end() and m.start() < n.end for n in mentions):
                yield Mention(body, m.start(), m.end(), text[m.start() : m.end()], "name")


def _distinctive_words(name: str) -> set[str]:
    """The folded words of a name but the small joining words and the words every body's name has ("Council")."""
    words = {fold_token(w) for w in TITLE_WORD.findall(name)}
    return words - JOINING_WORDS - lexicon.BODY_WORDS.words


def _last_word(before: str) -> str:
    """The word before a mention, skipping 'the': 'is held by the ' -> 'by'."""
    words = before[-24:].lower().split()
    if words and words[-1] == "the":
        words.pop()
    if words and len(words[-1]) == 4 and words[-1].isdigit():  # "© 2024 "
        words.pop()
    return words[-1] if words else ""


_POSTCODE_REACH = 40  # a county of two words and a postcode: ", North Wibbleshire, WB1 2XY"
CELL_MARKS = ("|", ",", "•", " - ", " / ")
SENTENCE_RUN = re.compile(r"\b[a-z]+[ \t]+[a-z]+[ \t]+[a-z]+[ \t]+[a-z]+\b")  # four lower-case words: a sentence
# "Wobble Homes " before a place, " Commissioner" after it: one space joins the place to a longer name's word
SENTENCE_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[ \t]+\Z")  # "team at ": a sentence's word just before
JOINED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]\Z")
JOINED_WORD_AFTER = re.compile(r"[ \t][A-Z]")
SURNAME_BEFORE = re.compile(r"(?<![\w'’-])(?!The[ \t])[A-Z][a-z]+\.?[ \t]\Z")  # "Ms ", "Jo ": a title or given name
# " closures", " sites", " HQ": a lower-case word after a name on its line, or one naming premises, makes the
# name part of a phrase or an address; at the letter's edge, so does one before it ("Use of Wibble by "), a name's
# small word aside ("Office of the ")
PHRASE_AFTER = re.compile(rf"[ \t]+(?:[a-z]|(?i:{'|'.join(lexicon.PREMISES_AFTER.words)})\b)")
PHRASE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?!(?:{'|'.join(sorted(lexicon.SMALL_WORDS.words))})[ \t])[a-z]+[ \t]+(?:the[ \t]+)?$"
)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The mention fills most of a short line ('FOI, Horsham District Council') or of one cell of a
    signature line ('FOI Team | Horsham District Council | Park North'), a legal form after it counted in the
    name ('Wibble Water Limited, 1 Wibble Street')."""
    if form := LEGAL_FORM_AFTER.match(text, end):
        end = form.end()
    if PHRASE_AFTER.match(text, end) or lexicon.POSTCODE_AFTER.compiled.match(text[end : end + _POSTCODE_REACH]):
        return False  # "NHS Wibble closures: FOI release": the body qualifies the words after it; "Wibble WB1 2XY"
    line_start = _line_start(text, start)
    line = text[line_start : _line_end(text, end)]
    if len(line.strip()) <= 2 * (end - start) + 12:
        return True
    cell_start = max(line.rfind(mark, 0, start - line_start) for mark in CELL_MARKS) + 1
    ends = [at for at in (line.find(mark, end - line_start) for mark in CELL_MARKS) if at >= 0]
    cell = line[cell_start : min(ends, default=len(line))]
    # "... you may apply to the Wibble Office, Wobble House, ...": a list in a sentence, no letterhead's cells
    return len(cell.strip(" ,")) <= (end - start) + 6 and not SENTENCE_RUN.search(line, 0, cell_start)


ONE_WORD_NAME = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*")  # "Wibtrans", "WibTrans": one capitalised word
# a mail's subject line: what it names after "Subject:" is the request's topic
TOPIC_LINE = re.compile(r"[ \t]*(?:Subject|SUBJECT|Re|RE)[ \t]*:")
CELL = re.compile(r"[^|•,\n]+?(?=[ \t]+[-–—/][ \t]+|[|•,]|$)", re.M)
NAME_JOINERS = "and|of|for|the|&|upon|on|in"  # the small words between a name's capitalised words


def _name_pattern(joiners: str = NAME_JOINERS, before_word: str = "") -> re.Pattern[str]:
    """Two capitalised words or more, perhaps after "The", joined by spaces and the small words `joiners`;
    `before_word` may stand before each word after the first."""
    word = r"[A-Z][\w'’.-]*"
    return re.compile(rf"(?:The[ \t]+)?{word}(?:[ \t]+(?:(?:{joiners})[ \t]+)*{before_word}{word})+")


# "Port of Wibble", "The National Library of Wibble": capitalised words and the small words between them
HEAD_NAME = _name_pattern()
# a name heading and signing the letter may join its words by "to" as well ("Wibble to Wobble"): no page's title or
# team's name heads a letter and signs it too
SIGNING_NAME = _name_pattern(NAME_JOINERS + "|to")


def _letterhead_body(context: _Context, mentions: list[Mention]) -> AuthorityFinding | None:
    """The last resort, unsure: the first cell of a letterhead line, else of one signing the letter, that names a body
    no list knows ("Port of Wibble", capitals read in title case) and is named again outside its line."""
    text, titled = context.text, context.titled  # "WIBBLE COLLEGE" heading the letter is read as "Wibble College"
    head_end = min(context.head_end, context.answer_start or context.head_end)
    for edge, (first, last) in (("letterhead", (0, head_end)), ("signed", (context.signed.start, context.signed.stop))):
        for cell in CELL.finditer(titled, first, last):
            if TOPIC_LINE.match(titled, _line_start(titled, cell.start())):
                continue  # "Subject: FOI 211 - Wibble Grant Fund": the request's topic, not a letterhead
            if _cell_in_sentence(titled, cell.start()):
                continue  # "Thank you for your request about the Wibble Fund, Wobble Fund ...": a list in a sentence
            # "Wibble Ferries plc": the name without a legal form, whose lower case no name of capitals has
            written = " ".join(_english_column(cell.group().strip(" -–—/\t").split()))
            name = LEGAL_FORM_END.sub("", written)
            start = cell.start() + cell.group().find(name)
            end = start + len(name)
            initials = INITIALS_WORD.fullmatch(text, start, end)
            if initials:
                name = text[start:end]  # "WBG" heading the letter, no word to read in title case ("Wbg")
            # a place opening the name ("Wibble" of "Wibble College"), or after its first word ("National Gallery
            # Wibble"), is no known body's name
            known = (n for n in mentions if n.start < end and start < n.end and not _place_in_name(n, start, end))
            named = (
                _names_a_body(name)
                or _company(written, name)
                or _company_by_opening(name)
                or (edge == "signed" and _speaks_by_one_word(text, name))
                or (
                    edge == "letterhead"
                    and (_heads_and_signs(context, name) or _over_its_long_name(titled, cell.end()))
                )
            )
            if named and next(known, None) is None:
                line = range(_line_start(text, start), _line_end(text, end))
                # "USEL" for "Ulster Supported Employment Ltd": initials may take in the legal form's letter
                again = (_named_again(text, n, line, noun_in_lower_case=edge == "signed") for n in {name, written})
                if any(again):
                    whole = _spelt_out(text, name) if initials else None
                    whole = whole or _whole_name_elsewhere(text, name, line, context.head_end)
                    name, span = (whole.quote, whole) if whole else (name, Span.of(text, start, end))
                    kind = _form_kind(name)
                    name, span = _with_legal_form(text, name, span)  # "... Limited" kept
                    score = min(THRESHOLDS.fallback_score, round(SIGNALS.edge / 10, 3))
                    return AuthorityFinding(name, kind, None, False, f"unsure:{edge}", span, score)
    return None


def _copyright_owner(context: _Context, mentions: list[Mention]) -> AuthorityFinding | None:
    """The last resort after `_letterhead_body`, unsure: a name no list knows on a copyright line at the foot of a web
    page ("© Wibble Libraries 2025", lexicon.COPYRIGHT_LINE) that the page names again: the site's owner, whose
    disclosure log or reply the page is (a listed body there is scored by lexicon.ACTS_BEFORE already)."""
    text = context.text
    for m in lexicon.COPYRIGHT_LINE.compiled.finditer(text, context.foot_start):
        start, end = m.span(1)
        if any(n.start <= start and end <= n.end for n in mentions):
            continue  # a listed body's whole name (a place opening it, "Wibble" of "Wibble Libraries", is none)
        name = m.group(1)
        if _named_again(text, name, range(_line_start(text, start), _line_end(text, end))):
            name, span = _with_legal_form(text, name, Span.of(text, start, end))
            score = min(THRESHOLDS.fallback_score, round(SIGNALS.edge / 10, 3))
            return AuthorityFinding(name, _form_kind(name), None, False, "unsure:copyright", span, score)
    return None


def _cell_in_sentence(text: str, start: int) -> bool:
    """Four lower-case words in a row stand before the cell at `start` on its line ("We were asked about the Wibble
    Fund, Wobble Fund"): the cell is an item of a list in a sentence, no cell of a letterhead's line."""
    return SENTENCE_RUN.search(text, _line_start(text, start), start) is not None


# capitalised words in a row, small joining words between them: a name a mail domain may spell
NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w'’-]*){1,5}")
MIN_DOMAIN_NAME = 6  # a domain label this long, spelling two or more words, is a name not chosen by chance
# a mail address's domain and the domain's first label, found from its "@" (a sentence's full stop is not the
# domain's); the mailbox before it is read back from there: a pattern opening with the mailbox's characters would be
# tried at every word of the text
MAIL_AT = re.compile(r"@(?P<domain>(?P<label>[\w-]+)(?:\.[\w-]+)+)")
MAILBOX_END = re.compile(r"[\w.+-]+\Z")
MAILBOX_WORD_BREAK = re.compile(r"[._+-]")  # between a mailbox's words: "foi.wibble", "wlijb_foi"
LONGEST_MAILBOX = 64


@dataclass(frozen=True)
class MailAddress:
    mailbox: str
    domain: str
    label: str
    start: int
    end: int


def mail_addresses(text: str) -> Iterator[MailAddress]:
    """Each mail address the text writes ("foi.wibble@wibble.gov.uk"): its mailbox, its domain, its first label."""
    for m in MAIL_AT.finditer(text):
        if mailbox := MAILBOX_END.search(text, max(0, m.start() - LONGEST_MAILBOX), m.start()):
            yield MailAddress(mailbox.group(), m["domain"], m["label"], mailbox.start(), m.end())


def _named_by_own_domain(gazetteer: Gazetteer, context: _Context) -> AuthorityFinding | None:
    """The last resort, unsure, after `_letterhead_body`: a name of two or more capitalised words that the reply's
    mail domain spells run together ("Wibble Leisure" over mail from enquiries@wibbleleisure.com), the domain no
    listed body's and neither the address nor the name one the requester is sent to: a body no list knows, writing
    from its own domain."""
    text = context.text
    labels = {
        address.label.lower()
        for address in mail_addresses(text)
        if len(address.label) >= MIN_DOMAIN_NAME
        and gazetteer.by_domain(address.domain) is None
        and not _redirected(text, address.start, address.end)
    }
    if not labels:
        return None
    for run in NAME_RUN.finditer(text):
        words = run.group().split()
        for first in range(len(words) - 1):
            for last in range(len(words), first + 1, -1):
                if "".join(fold_token(w) for w in words[first:last]) in labels:
                    start = run.start() + run.group().find(words[first])
                    name = " ".join(words[first:last])
                    if _redirected(text, start, start + len(name)):
                        continue  # "please contact Wibble Leisure at info@wibbleleisure.com": another body
                    span = Span.of(text, start, start + len(name))
                    name = _run_on_to_legal_form(text, _as_written_in_words(text, name))
                    name = _form_name_holding(text, name)
                    return AuthorityFinding(
                        name, _form_kind(name), None, False, "unsure:domain", span, THRESHOLDS.fallback_score
                    )
    return None


def _run_on_to_legal_form(text: str, name: str) -> str:
    """A company's name as the reply writes it whole where it does: its first capitalised words (as its domain spells
    them, "Wibble Health") run on to its legal form ("Wibble Health Care Limited"), which is its name; else as it is."""
    whole = re.search(rf"(?<![\w-]){re.escape(name)}(?:[ \t]+[A-Z][\w'’-]*){{0,3}}?{LEGAL_FORM_AFTER.pattern}", text)
    return whole.group() if whole else name


def _form_name_holding(text: str, name: str) -> str:
    """The name of a body's form (lexicon.FORM) the reply writes holding `name` whole where it does ("Wibble
    Generations" of "Wibble Generations Commissioner for Wales"); else `name` as it is."""
    at = text.find(name)
    while at != -1:
        for form in FORM.finditer(text, _line_start(text, at), _line_end(text, at)):
            whole = _trim_form(form.group(0), form.group(form.lastindex or 0), text)
            if whole and name in whole and len(whole) > len(name) and form.start() <= at < form.end():
                return whole
        at = text.find(name, at + 1)
    return name


def _as_written_in_words(text: str, name: str) -> str:
    """A name set in capitals ("WIBBLE MUSEUM") as the reply writes it elsewhere in small letters ("Wibble Museum"),
    where it does; else as it is (a name that is all capitals, "WBC", stays so)."""
    if not name.isupper():
        return name
    found = (m.group() for m in re.finditer(re.escape(name), text, re.IGNORECASE))
    return next((written for written in found if not written.isupper()), name)


def _spelt_out(text: str, initials: str) -> Span | None:
    """The first name of capitalised words that `initials` stand for ("Wibble Borough Group" for "WBG"): the body's
    name in full, which a letterhead heading with its initials may write on the next line or in a footer."""
    for m in HEAD_NAME.finditer(text):
        name = m.group().removeprefix("The ")
        if _initials(name) == initials:
            return Span.of(text, m.end() - len(name), m.end())
    return None


def _whole_name_elsewhere(text: str, name: str, line: range, head_end: int) -> Span | None:
    """The longest name the reply writes below its letterhead (which ends at `head_end`), outside `line`, on one line,
    that ends in `name` with capitalised words before it ("Wibble and Wobble Funding Agency" for a letterhead's
    "Funding Agency", its first words on the line above): the body's whole name, which a letterhead set over two lines
    cuts short (a letterhead's own lines may run a Welsh column into the English one)."""
    # one space between words: a wider gap parts a letterhead's columns ("Wibble Cymru      Wibble Wales")
    longer = re.compile(rf"(?:[A-Z][\w'’-]* (?:(?:and|of|for|the|&) )*)+{re.escape(name)}\b")
    best: Span | None = None
    for m in longer.finditer(text, head_end):
        words = m.group().split()
        while words and fold_token(words[0]) in lexicon.LEAD_WORDS.words:  # "Dear", "The" opening it
            words.pop(0)
        prefix = words[: len(words) - len(name.split())]
        if m.start() in line or not prefix or any(fold_token(w) in lexicon.LETTERHEAD_VETO.words for w in prefix):
            continue
        start = m.end() - len(" ".join(words))
        if text[start : m.end()] == " ".join(words) and (best is None or m.end() - start > len(best.quote)):
            best = Span.of(text, start, m.end())
    return best


# a company's name before its legal form: HEAD_NAME's words, and "to" between two of them ("Wibble to Wobble Ferries")
COMPANY_NAME = _name_pattern(before_word=r"(?:to[ \t]+)?")


def _company(written: str, name: str) -> bool:
    """The cell is a company's name by its legal form ("Wibble Water Services Limited"): capitalised words before
    the form; a team has no legal form, so no word of one ("Services") vetoes it here."""
    return written != name and COMPANY_NAME.fullmatch(name) is not None


def _company_by_opening(name: str) -> bool:
    """The cell is a company's name by the word opening it ("Cwmni Wibble", lexicon.COMPANY_OPENINGS) and capitalised
    words after it."""
    return name.split(" ", 1)[0] in lexicon.COMPANY_OPENINGS.words and COMPANY_NAME.fullmatch(name) is not None


def _over_its_long_name(titled: str, name_end: int) -> bool:
    """A short name of one word alone on the letterhead's line, over a line naming a body in full ("Wibtrans" over
    "Wibble Transport Partnership"): the body's own short name, which its reply uses."""
    name = titled[_line_start(titled, name_end) : name_end].strip()
    if not _one_word_name(name):
        return False
    below = titled[name_end : _line_end(titled, _line_end(titled, name_end) + 1)].strip()
    return "\n" not in below and _names_a_body(below)


def _one_word_name(name: str) -> bool:
    return ONE_WORD_NAME.fullmatch(name) is not None and fold_token(name) not in lexicon.LETTERHEAD_VETO.words


def _place_in_name(mention: Mention, name_start: int, name_end: int) -> bool:
    """The mention is a place opening the name at [name_start, name_end), or after its first word ("Wibble" of
    "Wobble Homes Wibble"); or a short name opening a longer one ("Wibble" of "Wibble Commission", where "Wibble" is
    another body's short name)."""
    opening = mention.strength in ("place", "abbreviation") and mention.end < name_end
    return opening or (mention.strength == "place" and mention.start > name_start)


def _speaks_by_one_word(text: str, name: str) -> bool:
    """A name of one capitalised word ("Wibtrans") that the reply makes the subject of what the answering body does
    ("Wibtrans does not hold ..."), not a team's or a page's word: signing the letter, the body's own short name (at
    its head, a one-word line may be a logo's word or a marking)."""
    if not _one_word_name(name):
        return False
    found = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    return any(lexicon.ACTS_AFTER.compiled.match(text[m.end() : m.end() + 80]) for m in found)


def _names_a_body(cell: str) -> bool:
    """The cell is a name of two or more words with a small word or an institution's noun, or ending in a nation's
    name ("Wibble Wales"), and no word of a team, a page's furniture or a person ("Information Governance Team",
    "Dear Sir")."""
    if not HEAD_NAME.fullmatch(cell):
        return False
    words = [fold_token(w) for w in cell.split()]
    words = words[1:] if words[0] == "the" else words
    # "Office of the Wibble Regulator": an institution, where "Freedom of Information Office" is a team
    checked = words[1:] if lexicon.OFFICE_OF_NAME.compiled.match(cell) else words
    # "Wibble Public Services Ombudsman", "Wibble Commissioner's Office": a post's remit or office, where "Customer
    # Services" and "Chief Executive's Office" are a team's
    post = lexicon.POST_NAME.compiled.match(cell) or lexicon.POST_OFFICE_NAME.compiled.match(cell)
    checked = [] if post else checked
    if _ends_in_institution_noun(words):
        # "Wibble Services Authority": a body's noun inside a name ending in an institution's, no team's
        checked = [w for w in checked if w not in lexicon.BODY_WORDS.words]
    return (
        len(words) > 1
        and not any(w in lexicon.LETTERHEAD_VETO.words for w in checked)
        and (
            any(w in lexicon.SMALL_WORDS.words or w in lexicon.NAME_NOUNS.words for w in words)
            or lexicon.NATIONAL_NAME.compiled.match(cell) is not None
        )
    )


def _ends_in_institution_noun(words: list[str]) -> bool:
    """The folded words end in a noun of an institution ("authority") that names no team or post."""
    return bool(words) and words[-1] in lexicon.BODY_WORDS.words and words[-1] not in lexicon.LETTERHEAD_VETO.words


def _heads_and_signs(context: _Context, name: str) -> bool:
    """A name of two or more capitalised words, or one brand's word or initials (`_brand_or_initials`), heading the
    letter that also signs it, alone on a line under the valediction ("WIBBLE SUPPLIES" ... "Yours sincerely /
    Catering Manager / Wibble Supplies"): the body's own, with no institution's noun needed; not a team's, a page's or
    a person's (lexicon.LETTERHEAD_VETO)."""
    if any(fold_token(w) in lexicon.LETTERHEAD_VETO.words for w in name.split()):
        return False
    signed = context.text[context.signed.start : context.signed.stop]
    # the signature as written: "WBG" heading the letter in capitals is read in title case ("Wbg")
    signing = [line.strip() for line in signed.splitlines() if line.strip().lower() == name.lower()]
    if any(SIGNING_NAME.fullmatch(line) or _brand_or_initials(line) for line in signing):
        return True
    return (HEAD_NAME.fullmatch(name) is not None or _brand_or_initials(name)) and _signed_on_behalf_of(context, name)


def _signed_on_behalf_of(context: _Context, name: str) -> bool:
    """A line of the signature ends "on behalf of (the) <name>" ("Information Team / on behalf of the Wibble Rivers
    Board"): the writer signs for that body, which a host's team may write for."""
    signed = context.text[context.signed.start : context.signed.stop].lower()
    ends = (line.rstrip() for line in signed.splitlines())
    behalf = (line[: -len(name)] for line in ends if line.endswith(f" {name.lower()}"))
    return any(lexicon.ON_BEHALF_BEFORE.compiled.search(before) for before in behalf)


def _brand_or_initials(word: str) -> bool:
    """One word in mixed capitals ("WibbleLife") or initials ("WBG"): heading and signing the letter, a body's short
    name, where one plain word ("Wibble") may be a place's or a logo's."""
    return BRAND_WORD.fullmatch(word) is not None or INITIALS_WORD.fullmatch(word) is not None


def _named_again(text: str, name: str, line: range, noun_in_lower_case: bool = False) -> bool:
    """The text names `name` outside `line`: in full, with its nation in short ("Wibble NI"), by its initials (three
    or more) or as "the <noun>" heading it ("the Port" for "Port of Wibble", "the College" for "Wibble College"); with
    `noun_in_lower_case`, for a name signing the letter, "the museum" will do for "Wibble Museum" (a letterhead's
    line may be a heading over the subject, which a reply calls "the museum" too)."""
    words = name.split()
    words = words[1:] if words[0] == "The" else words
    full = " ".join(words)
    initials = "".join(w[0] for w in words if w.lower() not in lexicon.INITIALS_SKIP.words)
    patterns = [re.escape(full)] + ([rf"\b{re.escape(initials)}\b"] if len(initials) > 2 else [])
    short_forms = lexicon.NATION_SHORT_FORMS.items()
    patterns += [re.escape(full[: -len(n)] + short) + r"\b" for n, short in short_forms if full.endswith(f" {n}")]
    # the noun heading the name: "Port" of "Port of Wibble", "Commissioner" of "Wibble Commissioner for Wales" or
    # "Commission" of "Wibble Commission on the Wobbles of Wales", "Museum" of "Wibble Museum and Gardens", else
    # its last word: "College" of "City of Wibble College"
    joint = next((i for i, w in enumerate(words) if i and w in ("of", "for", "on", "and", "&")), 0)
    heads = ([words[joint - 1]] if joint else []) + [words[-1]]
    head = next((h for h in heads if fold_token(h) in lexicon.NAME_NOUNS.words), None)
    noun = f"(?i:{re.escape(head)})" if head and noun_in_lower_case else re.escape(head or "")
    patterns += [rf"\b[Tt]he {noun}\b"] if head else []
    found = re.finditer("|".join(patterns), text, 0)
    return any(m.start() not in line for m in found)


def _letterhead_in_title_case(text: str) -> str:
    """The text with capitalised letterhead lines ("STANWICK POLICE") in title case, same length,
    so lexicon.FORM finds a body whose name is set in capitals at the top of a letter."""
    lines = text.split("\n", LETTERHEAD_LINES)  # the letterhead's lines, then the rest of the text
    for i, line in enumerate(lines[:LETTERHEAD_LINES]):
        if CAPITALS_LINE.match(line):
            lines[i] = TITLE_WORD.sub(_title_word, line)
        elif opening := CAPITALS_OPENING.match(line):  # "WIBBLE VALUATION BOARD Assessor": columns run together
            lines[i] = TITLE_WORD.sub(_title_word, opening.group()) + line[opening.end() :]
        elif i == 0 and (display := _display_name_in_capitals(line)):  # "From: WIBBLE SURGERY <a@b.net>"
            lines[i] = line[: display.start()] + TITLE_WORD.sub(_title_word, display.group()) + line[display.end() :]
    return "\n".join(lines)


def _display_name_in_capitals(line: str) -> re.Match[str] | None:
    """The display name of a "From:" line opening the text, when set in capitals, up to its address."""
    display = _top_display_name(line)
    return display if display and CAPITALS_LINE.match(display.group()) else None


def _title_word(m: re.Match[str]) -> str:
    word = m.group()
    if word in lexicon.KEPT_CAPITALS.words:
        return word
    lower = word.lower()
    opens_line = not m.string[: m.start()].strip()  # "THE NATIONAL GALLERY" -> "The National Gallery"
    # "Office of the Wibble Commissioner for Wobbleland": a remit's "for" stays as the reply writes it elsewhere
    return lower if lower in TITLE_SMALL_WORDS and not opens_line else word.capitalize()


def _form_mentions(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, str, str]]:
    """Bodies named by their form (`text`'s letterhead in title case), outside gazetteer mentions: (start, end, name,
    kind)."""
    starts = [m.start for m in mentions]
    universities = (
        lexicon.UNIVERSITY_FORM.compiled.finditer(text) if "University of" in text or "University for" in text else ()
    )
    # lexicon.FORM read only on the lines holding a word a match ends with (its needles: a match never crosses a line)
    lined = (FORM.finditer(text, start, end) for start, end in _lines_holding(text, lexicon.FORM.needles))
    coroners = lexicon.CORONER_FORM.compiled.finditer(text) if "Coroner for" in text else ()
    matches = [*(m for found in lined for m in found), *universities, *coroners]
    # a name FORM_VETO marks as a national body or a part ("Wibble Chiefs' Council") that is the whole of a line
    # heading the letter is the body writing: it is read, there and wherever the reply names it again
    heading = {line.strip() for line in text.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]}
    # so is the whole display name of the reply's own "From:" line ("From: Wibble Sentencing Council <...>")
    if display := _top_display_name(text):
        heading.add(display.group().strip())
    inside = _inside_longer([m.span() for m in matches])
    with_remit = _form_names_with_remit(text, matches)
    for m in matches:
        if m.span() in inside:
            continue  # "Wibbley University" inside "Wibbley University of Wobbleton": the longer form's name
        name, kind = _trim_form(m.group(0), m.group(m.lastindex or 0), text), ""
        end = m.end()
        if name is not None and (long := _running_on(text, end - len(name), name, with_remit)):
            # "Wibble Council for Wobbleland": a national body, no local council whatever its form's kind
            name, kind, end = long, "other", end - len(name) + len(long)
        if name is None and (heads := _trim_form(m.group(0), m.group(m.lastindex or 0), text, veto=False)) in heading:
            # a national body or a part is no local council: "Wibble Medical Council" is of no kind the form tells
            name, kind = heads, "other" if _form_kind(heads) == "council" else _form_kind(heads)
        if name is None:
            continue
        kind = kind or _form_kind(name)
        start, name = _with_nhs_prefix(text, end - len(name), name, kind)
        before = bisect_left(starts, end) - 1
        known = mentions[before] if before >= 0 and mentions[before].end > start else None
        if known and (known.end - known.start >= len(name) or (known.end == end and known.strength == "name")):
            # a gazetteer name already, or one ending the form after words of another column ("Cyngor Sir
            # Wibble Wibbleshire County Council"); a place inside a longer form ("Wibble on Avon Town Council") is not
            continue
        yield start, end, name, kind


def _with_nhs_prefix(text: str, start: int, name: str, kind: str) -> tuple[int, str]:
    """An NHS body's form name with the "NHS " just before it, which FORM leaves out when the name holds a list of
    places ("NHS Wibble, Wobble and West Commissioning Support Unit")."""
    if kind == "nhs" and not name.startswith("NHS") and text.endswith(NHS_PREFIX, 0, start):
        return start - len(NHS_PREFIX), NHS_PREFIX + name
    return start, name


def _form_names_with_remit(text: str, matches: list[re.Match[str]]) -> set[str]:
    """The forms' names that run on into a remit (lexicon.FORM_REMIT_AFTER: "Wibble School of Wobble Medicine") on a
    letterhead line holding nothing else but, before them, "The" or another column's name ("Welsh name | ")."""
    head_end = _after_lines(text.splitlines(keepends=True), LETTERHEAD_LINES)
    names: set[str] = set()
    for m in matches:
        if m.end() >= head_end or not (" of " in text[m.end() : m.end() + 4] or " for " in text[m.end() : m.end() + 5]):
            continue
        remit = lexicon.FORM_REMIT_AFTER.compiled.match(text[m.end() : _line_end(text, m.end())])
        name = _trim_form(m.group(0), m.group(m.lastindex or 0), text, veto=False)
        if remit is None or name is None:
            continue
        before = text[_line_start(text, m.start()) : m.end() - len(name)].strip()
        if before in ("", "The") or before.endswith(("|", "/")):
            names.add(f"{name}{remit.group()}")
    return names


def _running_on(text: str, start: int, name: str, with_remit: set[str]) -> str:
    """The longer name with a remit that `name` at `start` runs on into, else ""."""
    return next((long for long in with_remit if long.startswith(name) and text.startswith(long, start)), "")


# up to three capitalised words, single-spaced, after or before a host's initials: "WWU Wibble", "Wibble College WWU"
MEMBER_WORDS_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2})")
MEMBER_VETOES = (lexicon.MEMBER_VETO.words, lexicon.LETTERHEAD_VETO.words, lexicon.SUBJECT_VETO.words)
MEMBER_WORDS_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}) $")


def _member_names(text: str, host: Body) -> set[str]:
    """Names heading the letter (its first lines, or the "From:" line's display name) that join the initials of
    the host owning the reply's mail domain to words of their own ("WWU Wibble", "Wibble College WWU", mail on
    wwu.ac.uk of the Wibble Wobble University): a member institution of a federal body, which answers for itself."""
    initials = _initials(host.name).upper()
    if len(initials) < MIN_SHORT_LABEL or initials not in text:
        return set()
    if not any(d.split(".", 1)[0].upper() == initials for d in host.domains):
        return set()
    heads = text.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]
    if display := _top_display_name(text):
        heads.append(display.group())
    names: set[str] = set()
    for line in heads:
        for m in re.finditer(rf"(?<![\w-]){initials}(?![\w-])", line):
            if after := MEMBER_WORDS_AFTER.match(line, m.end()):
                words = after.group(1).split()
                names.add(_named_longest(text, [f"{initials} {' '.join(words[:n])}" for n in range(1, len(words) + 1)]))
            if before := MEMBER_WORDS_BEFORE.search(line, 0, m.start()):
                words = before.group(1).split()
                names.add(
                    _named_longest(text, [f"{' '.join(words[-n:])} {initials}" for n in range(1, len(words) + 1)])
                )
    # the member's own mailbox on the host's domain ("foi.wibble@wwu.ac.uk"), and no team ("WWU Estates")
    mailboxes = {
        word
        for address in mail_addresses(text)
        if any(address.domain.lower() == d.lower() for d in host.domains)
        for word in MAILBOX_WORD_BREAK.split(address.mailbox.lower())
    }
    return {
        name
        for name in names
        if any(fold_token(w) in mailboxes for w in name.split() if w != initials)
        and not any(w.lower() in vetoes for vetoes in MEMBER_VETOES for w in name.split())
    }


def _named_longest(text: str, names: list[str]) -> str:
    """The longest of `names` (shortest first) the text names more than once, else the shortest: a letterhead's
    columns run together ("WWU Wibble Wibble Campus") are cut back to the name the reply repeats."""
    return next((name for name in reversed(names) if text.count(name) > 1), names[0])


def _member_mentions(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, str, Body]]:
    """Each place the reply names a member institution of a listed host (`_member_names`): (start, end, name,
    host)."""
    hosts = {m.body.id: m.body for m in mentions if m.body.domains}
    hosts |= {b.id: b for a in (address.domain for address in mail_addresses(text)) if (b := gazetteer.by_domain(a))}
    for host in hosts.values():
        for name in _member_names(text, host):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                yield m.start(), m.end(), name, host


# a logo's name broken over two lines heading the letter: "Wibble" above "Housing Association", "Wibble of
# Wobbleton Teaching" above "Primary Care Trust", "Wibble Ambulance Service" above "NHS Trust"
BROKEN_HEAD_WORDS = 5  # the most words of a name's head ending a letterhead's line ("Wibble and Wobble Vale")
BROKEN_NAME_HEAD = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|and|the|&)[ \t]+)?[A-Z][\w'’-]+){0,3}")


def _broken_letterhead_forms(text: str) -> Iterator[tuple[int, int, str, str]]:
    """A name of capitalised words filling one line that heads the letter, its form words (lexicon.FORM's) ending on
    the next line: (start, end, name, kind) of the two lines read as one name."""
    lines = text.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]
    offset = 0
    for line, following in zip(lines, lines[1:], strict=False):
        head, rest = line.strip(), following.strip()
        below = _form_words_below(head, rest) or _form_words_below(head, _last_column(rest))
        if below:
            name, tail, kind = below
            start = offset + line.index(head)
            end = offset + len(line) + 1 + following.index(tail) + len(tail)
            yield start, end, name, kind
        elif split := _name_over_column_ends(text, line, following):
            start, name = offset + len(line.rstrip()) - len(split[0]), f"{split[0]} {split[1]}"
            yield start, offset + len(line) + 1 + len(following.rstrip()), name, _form_kind(split[1])
        offset += len(line) + 1


def _form_words_below(head: str, rest: str) -> tuple[str, str, str] | None:
    """(name, tail, kind) where the letterhead's line `head` is a name whose form words open the next line `rest`
    (the tail), else None."""
    joined = FORM.match(f"{head} {rest}") if BROKEN_NAME_HEAD.fullmatch(head) else None
    if joined is None:
        return None
    form_start = joined.start(joined.lastindex or 0)
    # the next line holds form words only, perhaps after a kind's word ("Corporate Joint Committee"): a name on it
    # ("Cyngor Wibble" above "Wibble Council") is a column's
    kind_words = joined.group(0)[len(head) + 1 : form_start].split()
    opens_form = form_start <= len(head) + 1 or all(_lead_word(w) for w in kind_words)
    tail = joined.group(0)[len(head) + 1 :] if opens_form and len(head) + 1 < joined.end() else ""
    # the form's last words open the next line, perhaps with another column after them ("INTERNAL DRAINAGE BOARD
    # Station Road", the column's gap gone), never a lower-case word ("Council offices are closed"); a longer head
    # ("Wibble of Wobbleton Teaching") reads as a title as easily: its form fills the next line
    column_ok = rest == tail or (len(head.split()) <= 2 and _column_after(rest, tail))
    if tail and rest.startswith(tail) and column_ok:
        return joined.group(0), tail, _form_kind(joined.group(joined.lastindex or 0))
    return None


def _last_column(line: str) -> str:
    """The line's last column where " / " parts two (a bilingual letterhead: "Cyd-bwyllgor Wibble / Wibble Joint
    Committee"), else the line: the English form words that go on with the name above."""
    return line.rpartition(" / ")[2].strip()


def _name_over_column_ends(text: str, line: str, following: str) -> tuple[str, str] | None:
    """A name whose first words end one letterhead line and whose form words end the next, the right-hand column of
    a letterhead in two (its columns' gap gone: "Bwrdd Wibble Wibble and Wobble" over "Wibblo Wobblo Health Board"):
    (head, form words), where the reply writes the name whole below its letterhead, the longest such."""
    form = next((m for m in FORM.finditer(following) if m.end() == len(following.rstrip())), None)
    if form is None:
        return None
    form_words, words = form.group(form.lastindex or 0), line.split()
    for first in range(max(0, len(words) - BROKEN_HEAD_WORDS), len(words)):
        head = " ".join(words[first:])
        name = f"{head} {form_words}"
        if BROKEN_NAME_HEAD.fullmatch(head) and line.rstrip().endswith(head) and FORM.fullmatch(name):
            if text.find(name, _after_lines(text.splitlines(keepends=True), LETTERHEAD_LINES)) != -1:
                return head, form_words
    return None


def _column_after(line: str, form: str) -> bool:
    """Nothing follows the form words opening `line`, or another column's capitalised words do."""
    after = line[len(form) :]
    return not after or (after[0] in " \t" and after.lstrip()[:1].isupper())


def _inside_longer(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans starting within another span and ending before it ends (n.start <= start and end < n.end), found
    in one sweep in order of start (longest first at a start) instead of testing every pair."""
    inside: set[tuple[int, int]] = set()
    furthest = -1
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if end < furthest:
            inside.add((start, end))
        furthest = max(furthest, end)
    return inside


def _body_of_body_end(titled: str, mention: Mention) -> int:
    """Where a listed name or short name (no bare place) running on into the name of a body of its own ends
    (lexicon.BODY_OF_BODY_AFTER: "Wibble Assembly Commission", the body running the Wibble Assembly; a force's
    lexicon.FORCE_OVERSEER_AFTER: "Wibble Police Authority", "Wibble Police and Crime Panel"), read in `titled`; 0
    where it does not run on."""
    after = titled[mention.end : mention.end + 40] if mention.strength != "place" else ""
    run_on = lexicon.BODY_OF_BODY_AFTER.compiled.match(after) if "Commission" in after else None
    if run_on is None and mention.body.kind == "police" and ("Authority" in after or "Panel" in after):
        run_on = lexicon.FORCE_OVERSEER_AFTER.compiled.match(after)
    return mention.end + run_on.end() if run_on else 0


def _remit_run_ons(titled: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where listed names run on into a longer name with a remit (lexicon.REMIT_AFTER: "Wibble Commission for
    Wobbleland"), read in `titled`: the longer name written alone on a line somewhere is a body of its own, and
    then each mention of the listed name going on into it is that body's."""
    runs: dict[str, str] = {}
    for m in mentions:
        remit = lexicon.REMIT_AFTER.compiled.match(titled[m.end : m.end + 80]) if m.strength == "name" else None
        if remit and titled[_line_start(titled, m.start) : m.start].strip() in ("", "The"):
            runs[titled[m.start : m.end + remit.end()]] = m.body.id
    found: list[tuple[int, int]] = []
    for m in mentions:
        long = next((name for name, body in runs.items() if body == m.body.id and titled.startswith(name, m.start)), "")
        if long and not titled[m.start + len(long) : m.start + len(long) + 1].isalnum():
            found.append((m.start, m.start + len(long)))
    return found


def _prefixed_run_ons(titled: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where listed names follow more capitalised words of a longer name ("Wobble Wibble Commission for England",
    where only "Wibble Commission for England" is listed), read in `titled`: the longer name filling a line that heads
    the letter is a body of its own, and then each mention of the listed name after the same words is that body's."""
    head_end = _after_lines(titled.splitlines(keepends=True), LETTERHEAD_LINES)
    prefixes: dict[str, str] = {}
    for m in mentions:
        if m.strength != "name" or m.start >= head_end or titled[m.end : _line_end(titled, m.end)].strip():
            continue
        prefix = titled[_line_start(titled, m.start) : m.start].strip()
        if NAME_PREFIX.fullmatch(prefix) and not any(_not_of_a_name(w) for w in prefix.split()):
            # named in full again: words run into the name by chance ("From Wibble Commission") seldom are; or, where
            # the listed name never goes without them, as "the <noun>" heading it ("the Commission")
            listed, longer = titled[m.start : m.end], f"{prefix} {titled[m.start : m.end]}"
            line = range(_line_start(titled, m.start), _line_end(titled, m.end))
            always = titled.count(listed) == titled.count(longer) and _named_again(titled, longer, line)
            if titled.count(longer) > 1 or always:
                prefixes.setdefault(m.body.id, prefix)
    found: list[tuple[int, int]] = []
    for m in mentions:
        words = prefixes.get(m.body.id)
        window = max(0, m.start - len(words or "") - 20)  # the words and the spaces after them, and one more
        before = re.search(rf"(?<![\w'’-]){re.escape(words)}[ \t]+\Z", titled[window : m.start]) if words else None
        if before:
            found.append((window + before.start(), m.end))
    return found


def _self_described_run_ons(titled: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Every place the text names a body that opens a sentence saying what kind of charity it is or whose trading
    name it is (lexicon.SELF_DESCRIBED_AFTER: "Wibble Life is the charitable trust which ..."), read in `titled`:
    the writer, whose name may hold a listed place or body ("... Highland") that is not the one answering; its legal
    form left off ("Wibble Leisure" of "Wibble Leisure Limited", named so on its letterhead)."""
    names: dict[str, None] = {}
    for m in _self_described_names(titled) if _may_describe_itself(titled) else ():
        words = LEGAL_FORM_END.sub("", m.group(1)).split()
        if not words:
            continue
        # one plain word ("Wibble is a charity") is too often a place or a person; initials ("WLT") name a body, not
        # a run-on where a listed body's initials ("the WDC is a charity")
        initials = len(words) == 1 and INITIALS_WORD.fullmatch(words[0])
        if initials and any(n.start == m.start(1) for n in mentions):
            continue
        if len(words) == 1 and not (BRAND_WORD.fullmatch(words[0]) or initials):
            continue
        # a sentence's lead word opens no name ("However Wibble is a charity"); inside one ("Wibble Community
        # Leisure", "Wibble Libraries and Archives") it is the name's own
        if fold_token(words[0]) in lexicon.LEAD_WORDS.words or any(_not_of_a_name(w) for w in words if w[0].isupper()):
            continue
        if lexicon.SELF_DESCRIBED_AFTER.compiled.match(titled[m.end(1) : m.end(1) + SELF_DESCRIPTION_REACH]):
            names[" ".join(words)] = None
    return [
        (m.start(), m.end()) for name in names for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", titled)
    ]


def _self_described_names(titled: str) -> Iterator[re.Match[str]]:
    """SELF_DESCRIBED_NAME's matches in `titled` that lexicon.SELF_DESCRIBED_AFTER may follow, in order: those on the
    lines up to SELF_DESCRIPTION_REACH characters before a word its every match holds (found in the folded text, as
    its IGNORECASE reads them), not over the whole text (the pattern's lookbehinds are tried at every character)."""
    # safe: a match never runs over a line's end, and the words after it are tried only up to the reach
    spans: list[tuple[int, int]] = []
    folded = fold_text(titled)
    for at in _self_description_words(folded):
        start, end = _line_start(titled, max(0, at - SELF_DESCRIPTION_REACH)), _line_end(titled, at)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    for start, end in spans:
        yield from SELF_DESCRIBED_NAME.finditer(titled, start, end)


def _self_description_words(folded: str) -> list[int]:
    """Where a word of SELF_DESCRIPTION_WORD_AFTER begins in the `folded` text after a word it is given with
    ("a company", "trading name"), in order; not "you name", "our safer community"."""
    found = []
    for word, after in SELF_DESCRIPTION_WORD_AFTER.items():
        at = folded.find(word)
        while at >= 0:
            if _word_before(folded, at) in after:
                found.append(at)
            at = folded.find(word, at + 1)
    return sorted(found)


def _word_before(folded: str, at: int) -> str:
    """The run of letters before `at`, over the spaces and hyphens just before it: "non" of "non-departmental"."""
    end = at
    while end > 0 and (folded[end - 1].isspace() or folded[end - 1] == "-"):
        end -= 1
    start = end
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    return folded[start:end]


def _may_describe_itself(titled: str) -> bool:
    """Whether the text holds a word lexicon.SELF_DESCRIBED_AFTER needs ("charity", "charitable", "trading name of",
    "mutual", "community interest company"...), tested without lower-casing the whole text."""
    return any(needle in titled for needle in SELF_DESCRIPTION_NEEDLES)


def _not_of_a_name(word: str) -> bool:
    """A word that makes the words before a listed name no part of it: a team's, a page's, a person's or a part's
    word, a Welsh column's (its own name for the body), or "The"."""
    folded = fold_token(word)
    vetoes = (lexicon.LETTERHEAD_VETO, lexicon.SUBJECT_VETO, lexicon.WELSH_COLUMN)
    return folded == "the" or any(folded in words.words for words in vetoes)


def _lines_holding(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each line holding one of `needles`, in order (str.find for each: faster than a regex)."""
    lines = {_line_start(text, at): _line_end(text, at) for at in places(text, needles)}
    return sorted(lines.items())


def _trim_form(raw: str, form: str, text: str, veto: bool = True) -> str | None:
    """Drop leading sentence words and a Welsh column's name (`_english_column`, its place looked for in `text`);
    None when nothing distinctive is left before the `form` words ("Council", "National Park Authority") that end
    `raw`, or (with `veto`) when a word before them is one of FORM_VETO's."""
    words = raw.split()
    while words and (_lead_word(words[0]) or _job_title_before(words[0])):
        words = words[1:]
    words = _english_column(words, text, len(form.split()))
    name = " ".join(words)
    if name.startswith("University"):
        return name if len(words) > 1 else None  # "The University does not hold" names no university
    # "Summary of Council", "Expenditure & Council", "Work with Council": no name ends "... the Council"
    form_size = len(form.split())
    # a form joining two trades ("Opticians & Audiologists") holds its own "&"
    joins_trades = form_size > 2 and form.split()[-2] in ("&", "and")
    if len(words) > 1 and words[-2].lower() in ("of", "the", "&", "and", "with") and not joins_trades:
        return None
    prefix = [w for w in words[: len(words) - form_size] if w.lower() not in JOINING_WORDS]
    distinctive = [w for w in prefix if w.lower().strip(",.") not in lexicon.LEAD_WORDS.words]
    if not distinctive or (veto and any(w.lower() in lexicon.FORM_VETO.words for w in prefix)):
        return None
    return name


def _lead_word(word: str) -> bool:
    """A sentence's word before a name ("Unfortunately", "the"), no name's own ("University")."""
    return word.lower().strip(",.") in lexicon.LEAD_WORDS.words and not word.startswith("University")


def _job_title_before(word: str) -> bool:
    """ "Officer," of "Chief Officer, Wibble and Wobble Joint Board": a job title's last word, its comma parting it
    from the body's name (which a list of places would open with: "Wibble, Wobble and ...")."""
    return word.endswith(",") and word[:-1].lower() in lexicon.LETTERHEAD_VETO.words


def _english_column(words: list[str], text: str = "", form_size: int = 0) -> list[str]:
    """The English name of a bilingual letterhead's Welsh one run into it: from a place's second naming ("Cyngor Tref
    Wibble Wibble Town Council"), or from the longest run before the last `form_size` words that `text` names again
    ("Cyngor Tref Y Wibblog Wibble Town Council")."""
    welsh = 0
    while welsh < len(words) and words[welsh].lower() in lexicon.WELSH_COLUMN.words:
        welsh += 1
    for size in range(1, 4) if welsh else ():
        place = words[welsh : welsh + size]
        if [w.lower() for w in place] == [w.lower() for w in words[welsh + size : welsh + 2 * size]]:
            return words[welsh + size :]
    place_end = len(words) - form_size
    for start in range(welsh + 1, place_end) if welsh and form_size else ():
        if len(re.findall(rf"\b{re.escape(' '.join(words[start:place_end]))}\b", text)) > 1:
            return words[start:]
    return words


def _form_kind(name: str) -> str:
    by_form = name.startswith("University") or name.endswith(("University", "University College"))
    university = "university" if by_form or " University of " in name else "other"
    return lexicon.FORM_KINDS.kind_of(name) or university  # "University Hospitals Wibble NHS Trust": nhs


def _self_named_heading(
    gazetteer: Gazetteer, context: _Context, mentions: list[Mention]
) -> Iterator[tuple[int, int, str, str]]:
    """A body no gazetteer entry or name form knows, whose name heads the letter on a line of its own and ends in
    the noun the reply calls itself by ("WIBBLE BLOOD SERVICE" ... "the Service holds"), not ending a known name."""
    text = context.text
    offset = 0
    for line in text.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]:
        start, offset = offset, offset + len(line) + 1
        words = line.split()
        # the noun is one of lexicon.SELF_REFERENCE's nouns, or the signature signs for the heading's name
        if _heading_noun(words) not in context.self_nouns and not (
            _heading_noun(words) and _signed_on_behalf_of(context, " ".join(words))
        ):
            continue
        if any(m.start < start < m.end for m in mentions):  # "Wibble Health Services\nNHS Trust": a known name's end
            continue
        if any(start <= m.start and m.end < offset and m.strength == "name" for m in mentions):
            continue  # "Wibble Ombudsman Service": the listed Wibble Ombudsman, its mentions its own already
        name = TITLE_WORD.sub(_title_word, " ".join(words)).replace(" For ", " for ")  # "... Commission for Wibble"
        name = name.removeprefix("The ")  # "THE WIBBLE SOCIETY": the listed "Wibble Society", if it is listed
        if not (gazetteer.match(name) or FORM.search(name)):
            yield from ((m.start(), m.end(), name, "other") for m in re.finditer(re.escape(name), text, re.I))


def _sender_spelt_by_domain(gazetteer: Gazetteer, context: _Context) -> Iterator[tuple[int, int, str, str]]:
    """A body no list or form knows that sends the reply ("From: Wibble Gateway <info@wibblegateway.com>" opening the
    text), from a domain spelling its name run together, and signs it (a line of the signature is the name): every
    place the text names it. A person's name no domain of theirs spells; a team's word (lexicon.LETTERHEAD_VETO)
    names no body. A mailbox spelling the name ("From: Wibble Pool <wibblepool@host.org.uk>": a joint body writing
    from a member's domain) will do when a line at the letter's foot is the name and a team's word ("Wibble Pool
    Secretariat"), which no person's name is."""
    display = _top_display_name(context.text)
    address = MAIL_AT.search(context.text, display.end(), _line_end(context.text, display.end())) if display else None
    if display is None or address is None:
        return
    name = display.group().strip()
    words = name.split()
    spelt = "".join(fold_token(w) for w in words)
    signed = context.text[context.signed.start : context.signed.stop]
    mailbox = MAILBOX_END.search(context.text, max(0, address.start() - LONGEST_MAILBOX), address.start())
    by_domain = spelt == address.group("label").lower() and gazetteer.by_domain(address.group("domain")) is None
    by_mailbox = mailbox is not None and spelt == MAILBOX_WORD_BREAK.sub("", mailbox.group()).lower()
    if (
        len(words) > 1
        and HEAD_NAME.fullmatch(name)
        and not (gazetteer.match(name) or FORM.search(name))
        and not any(fold_token(w) in lexicon.LETTERHEAD_VETO.words for w in words)
        and (
            (by_domain and any(line.strip() == name for line in signed.splitlines()))
            or (by_mailbox and _team_of_name_at_foot(context, name))
        )
    ):
        named = re.finditer(rf"(?<![\w-]){re.escape(name)}\b", context.text)
        yield from ((m.start(), m.end(), name, "other") for m in named)


def _team_of_name_at_foot(context: _Context, name: str) -> bool:
    """A line at the letter's foot is `name` and one team's word after it ("Wibble Pool Secretariat",
    lexicon.LETTERHEAD_VETO): the body's own team signs."""
    foot = context.text[context.foot_start :].splitlines()
    team = (line.strip()[len(name) :].split() for line in foot if line.strip().startswith(f"{name} "))
    return any(len(rest) == 1 and fold_token(rest[0]) in lexicon.LETTERHEAD_VETO.words for rest in team)


def _heading_noun(words: list[str]) -> str:
    """The noun a heading of three words or more names its body by, lower-cased: its last word, or the word before a
    remit of capitalised words ("WIBBLE SOCIETY OF NORTHERN IRELAND" -> "society"); "" for a shorter line."""
    if len(words) < 3:
        return ""
    remit = next((i for i, word in enumerate(words[2:], 2) if word.lower() in ("of", "for")), 0)
    named = all(w[:1].isupper() or w.lower() in JOINING_WORDS or w.lower() == "for" for w in words)
    if remit and named and words[-1][:1].isupper():
        return words[remit - 1].lower()
    return words[-1].lower()


def _subject_mentions(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, str]]:
    """Names of two or more capitalised words that open a sentence and say what only the answering body
    does ("NHS Wibbleshire released part of the information"), where no gazetteer name or form is; with every
    other place the text names them."""
    names: dict[str, None] = {}
    lined = "\n" + text  # a match opens with the line break before its line, or within it
    subjects = (
        lexicon.SUBJECT_FORM.compiled.finditer(lined, s - 1, e) for s, e in _lines_holding(lined, SUBJECT_VERBS)
    )
    for m in (m for found in subjects for m in found):
        words = m.group(1).split()
        folded = [fold_token(w) for w in words]
        vetoed = any(w in lexicon.SUBJECT_VETO.words or w in lexicon.LEAD_WORDS.words for w in folded)
        generic = all(w in lexicon.BODY_WORDS.words for w in folded)  # "Health Board": what it calls itself
        if not vetoed and not generic:
            names[m.group(1)] = None
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(n.start < m.end() and m.start() < n.end for n in mentions):
                yield m.start(), m.end(), name


def _role_mentions(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, Body]]:
    """Bodies named by their role alone ("the OPCC holds"), told apart by the places the text names,
    outside gazetteer mentions ("Kent OPCC" is one already)."""
    words: frozenset[str] | None = None
    for m in ROLE.finditer(text):
        if any(n.start <= m.start() < n.end for n in mentions):
            continue
        if words is None:
            words = frozenset(fold_token(w.group()) for w in CAPITALISED.finditer(text))
        body = gazetteer.by_role(m.group(), words)
        if body is not None:
            yield m.start(), m.end(), body


def _address_mentions(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, Body]]:
    """Email and web addresses in the text that belong to a gazetteer body; one whose first label is the short form
    of a body the text names ("@wstl.gov.uk" where it names the Wibble Science and Technology Laboratory (Wstl) or a
    body listed with "WSTL") is that body's."""
    shorts = {m.quote.lower(): m.body for m in mentions if m.strength == "abbreviation"}
    for named in {m.body.id: m.body for m in mentions if m.strength == "name"}.values():
        shorts.update((a.lower(), named) for a in named.aliases if alias_strength(a, named) == "abbreviation")
    for m in matches_at(ADDRESS, text, places(text, ("@", "http", "www."))):  # where an address can open
        label = m.group("domain").split(".")[0].lower()
        body = gazetteer.by_domain(m.group("domain")) or _by_address_words(gazetteer, m)
        body = body or (shorts.get(label) if len(label) >= MIN_SHORT_LABEL else None)
        if body is not None and not _shared_domain(gazetteer, m.group("domain")):
            start = m.start()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
                start -= 1
            holder = _role_mailbox_holder(gazetteer, text[start : m.start()], body)
            yield start, m.end(), _display_name_holder(gazetteer, text, start, holder)


def _display_name_holder(gazetteer: Gazetteer, text: str, start: int, body: Body) -> Body:
    """The body an address at `start` belongs to when a display name before it on its line ("From: OPCC Wibble -
    Information <foi@wibble.police.uk>") names a body writing from the domain of the body it oversees."""
    display = ADDRESS_LABEL.sub("", text[_line_start(text, start) : start]).strip(" \t<\"'")
    named = _display_name_body(gazetteer, display) if display else None
    return named if named is not None and _writes_from_overseen_domain(named, body) else body


def _mailbox_opening(address: str) -> str:
    """The first word of an address's mailbox, as written: "wlijb" of "wlijb.foi@wibble.gov.uk", "opcc" of "opcc"."""
    return MAILBOX_WORD_BREAK.split(address.split("@", 1)[0], maxsplit=1)[0]


def _role_mailbox_holder(gazetteer: Gazetteer, mailbox: str, body: Body) -> Body:
    """The body an address belongs to when its mailbox is a role's initials ("opcc@wibble.police.uk"): a
    commissioner's office mailed from its force's domain is the commissioner's for the force's place."""
    opening = _mailbox_opening(mailbox).upper()
    role = next((r for r in lexicon.ROLES if r.acronym == opening), None)
    if role is None or role.holds(body):
        return body
    return gazetteer.by_role(role.acronym, frozenset(name_tokens(body.name))) or body


def _heading_name_subdomain(titled: str, body: Body, address: str) -> bool:
    """An address on a subdomain of the body's own domain whose label spells the first word or the initials of a
    line heading the letter that is not the body's name ("foi@wibble.wobble.ac.uk" under "WIBBLE COLLEGE", "smw"
    under "St Mary's Wibble"): a member institution's or a college's address, not the parent's own."""
    host = host_of(address)
    parent = next((d for d in body.domains if host.endswith("." + d.lower())), None)
    if parent is None:
        return False
    label = host[: -len(parent) - 1].rsplit(".", 1)[-1]
    for line in titled.split("\n", LETTERHEAD_LINES)[:LETTERHEAD_LINES]:
        words = line.split("|", 1)[0].split()
        if len(words) < 2 or body.name.lower() in line.lower():
            continue
        initials = "".join(w[0] for w in words if w.lower() not in lexicon.INITIALS_SKIP.words).lower()
        if label == fold_token(words[0]) or (len(label) > 2 and label == initials):
            return True
    return False


def _shared_domain(gazetteer: Gazetteer, domain: str) -> bool:
    """A domain whose name joins two bodies' names ("foi@wibble-wobble.gov.uk", Wibble's and Wobble's shared
    service): it tells neither body apart from the other, whichever of them the gazetteer lists it under."""
    host = domain.rsplit("@", 1)[-1].lower()
    for label in host.split(".")[:-1]:
        parts = label.split("-")
        if len(parts) > 1 and len({body.id for body in map(gazetteer.match, parts) if body is not None}) > 1:
            return True
    return False


def _by_address_words(gazetteer: Gazetteer, m: re.Match[str]) -> Body | None:
    """A body an unlisted address names: "@nifrs.org" by its initials, "www.gov.uk/home-office" by its path,
    "@medway.nhs.uk" by the words of its name (`Gazetteer.by_sector_domain`)."""
    domain = m.group("domain").lower()
    if domain in ("gov.uk", "www.gov.uk"):
        path = GOV_UK_PATH.match(m.string, m.end())
        return gazetteer.match(path.group(1).replace("-", " ")) if path else None
    label = domain.split(".")[0]
    return (gazetteer.by_acronym(label) if label.isalpha() else None) or gazetteer.by_sector_domain(domain)


def _decide(context: _Context, candidates: dict[str, _Candidate]) -> AuthorityFinding | None:
    """The winner, when its evidence is credible and clearly ahead of the rest."""
    ranked = sorted(_services_of_authorities_merged(_short_forms_merged(candidates)), key=lambda c: -_total(context, c))
    if not ranked:
        return None
    best = ranked[0]
    best_total = _total(context, best)
    runner_up = _runner_up_total(context, best, ranked[1:])
    unsure = False
    if not _credible(context, best, best_total, runner_up):
        own = _best_of_own_kind(context, ranked)
        if own is None:
            own, unsure = _fallback(context, ranked), True
        if own is None:
            return None
        best, best_total = own, _total(context, own)
    signal = max(best.signals, key=lambda s: best.signals[s] if s != "frequency" else 0.5 * best.signals[s])
    score = round(min(1.0, best_total / 10), 3)
    if unsure:
        signal, score = f"unsure:{signal}", min(score, THRESHOLDS.fallback_score)
    name, span = best.name, best.span
    if best.body is not None:
        name = _name_as_written(name, span.quote if span else "", context.text)
    if span and not LEGAL_FORM_AFTER.search(name):
        name, span = _with_legal_form(context.text, name, span)
    return AuthorityFinding(name, best.kind, best.nation, best.body is not None, signal, span, score)


def _short_forms_merged(candidates: dict[str, _Candidate]) -> list[_Candidate]:
    """The candidates, a name no list knows that another's leaves words out of the middle of ("Wibble Joint Committee"
    of "Wibble Appeals Joint Committee": the same first and last words) counted as that longer name: one body written
    in full and in short, no rival of itself."""
    unlisted = [c for c in candidates.values() if c.body is None]
    merged = {id(c): c for c in candidates.values()}
    for short in unlisted:
        longer = [c for c in unlisted if _cut_short(short.name, c.name)]
        if len(longer) == 1 and id(longer[0]) in merged:
            del merged[id(short)]
            merged[id(longer[0])] = _with_evidence_of(longer[0], short)
    return list(merged.values())


def _services_of_authorities_merged(candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates, a fire authority named by its form ("Wibble and Wobble Fire Authority") and the one fire and
    rescue service of its first place word ("Wibble Fire and Rescue Service") counted as one: the authority and the
    service it runs are one body answering, no rivals; the better supported keeps its name."""
    authorities = [c for c in candidates if c.kind == "fire" and FIRE_AUTHORITY_NAME.search(c.name)]
    if len(authorities) != 1:
        return candidates
    authority = authorities[0]
    place = authority.name.split()[0]
    services = [c for c in candidates if c.kind == "fire" and c is not authority and c.name.split()[0] == place]
    if len(services) != 1:
        return candidates
    service = services[0]
    one = _with_evidence_of(*((authority, service) if authority.score >= service.score else (service, authority)))
    return [one if c is authority else c for c in candidates if c is not service]


def _cut_short(short: str, name: str) -> bool:
    """`short` is `name` with words left out between its first and last: "Wibble Joint Committee" of "Wibble Appeals
    Joint Committee" (not "Wibble Council" of "Wibble County Council": no word inside the name itself is left out)."""
    words, full = short.split(), name.split()
    if len(words) < 2 or len(full) <= len(words) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    inner = words[1:-1]
    return bool(inner) and all(word in rest for word in inner)


def _with_evidence_of(candidate: _Candidate, other: _Candidate) -> _Candidate:
    """A copy of `candidate` with `other`'s evidence added to its own."""
    signals = dict(candidate.signals)
    for signal, points in other.signals.items():
        signals[signal] = signals.get(signal, 0.0) + points
    return replace(
        candidate,
        score=candidate.score + other.score,
        strong=candidate.strong + other.strong,
        names=candidate.names + other.names,
        mentions=candidate.mentions + other.mentions,
        outside=candidate.outside + other.outside,
        parent=candidate.parent or other.parent,
        described=candidate.described or other.described,
        owner=candidate.owner or other.owner,
        child=candidate.child or other.child,
        signals=signals,
        span=candidate.span or other.span,
    )


def _runner_up_total(context: _Context, best: _Candidate, rest: list[_Candidate]) -> float:
    """The points of the best's first rival: a body the best describes itself as part of ("X is part of Y", "hosted by
    Y") is its host, the same organisation on whose paper it writes, no rival; nor is a host the reply names as such
    ("Y acts as lead authority for the Committee") when the best has strong evidence of its own."""
    hosted = best.child or best.strong >= SIGNALS.phrase
    rivals = (c for c in rest if not (hosted and c.parent))
    return next((_total(context, c) for c in rivals), 0.0)


def _with_legal_form(text: str, name: str, span: Span) -> tuple[str, Span]:
    """ "Caledonian Maritime Assets Limited": the name with the legal form the gazetteer drops, where the reply writes
    one after this mention of the name or after another ("Wibble Ferries" heading a letter that later says "Wibble
    Ferries Limited is ...")."""
    start, form = span.start, LEGAL_FORM_AFTER.match(text, span.end)
    if form and _opens_listed_name(span.quote, name):
        return f"{span.quote} {form.group(1)}", Span.of(text, start, form.end())
    other = text.find(name)  # else the first other mention of the name with a form after it
    while form is None and other != -1:
        start, form = other, LEGAL_FORM_AFTER.match(text, other + len(name))
        other = text.find(name, other + 1)
    return (f"{name} {form.group(1)}", Span.of(text, start, form.end())) if form else (name, span)


def _opens_listed_name(quote: str, name: str) -> bool:
    """ "Wibble plc" written where the listed name is "Wibble Nuclear Holdings": a short name opening the listed one,
    which the company writes with its legal form, is the company's own name, not the listed one's start."""
    return len(quote) < len(name) and name.startswith(quote + " ")


def _name_as_written(name: str, quote: str, text: str) -> str:
    """A gazetteer body's name as the reply writes it: an apostrophe its mention's `quote` has that the listed name
    lost put back ("Wibbles Hill" quoted as "Wibble's Hill"); another name of the body in brackets after it
    ("Wibble Sport (Sports Council for Wibble)") dropped where the reply does not write it."""
    for word in APOSTROPHE_WORD.finditer(quote):
        before, mark = word.group(1), word.group()[len(word.group(1))]
        lost = re.search(rf"\b({before})({word.group(2)})\b", name, re.I)
        if lost:
            name = f"{name[: lost.end(1)]}{mark}{name[lost.end(1) :]}"
    other = OTHER_NAME_AFTER.search(name)
    if other and name not in text and any(fold_token(w) in lexicon.NAME_NOUNS.words for w in other.group(1).split()):
        name = name[: other.start()]
    return name


def _fallback(context: _Context, ranked: list[_Candidate]) -> _Candidate | None:
    """When no body is clearly ahead: the leader among bodies named outside the quoted request (a body named only
    there is mostly what is asked about), if named twice, with some evidence or the only one of the reply's own kind,
    not boilerplate and of that kind; what a partner does as well ("X funds it") counts for nothing here."""
    t = THRESHOLDS
    named = [c for c in ranked if c.score > 0 and not _boilerplate(c) and not _owner_only(c)]
    outside = sorted([c for c in named if c.outside] or named, key=lambda c: -_total(context, c, own=True))
    if not outside:
        return None
    best = outside[0]
    total = _total(context, best, own=True)
    runner_up = _total(context, outside[1], own=True) if len(outside) > 1 else 0.0
    if total < t.fallback_total or total < t.fallback_lead * runner_up:
        return None
    evidence = best.strong - best.signals.get("acts-phrase", 0.0) > 0
    only_of_its_kind = _fits(context, best) and all(c.kind != best.kind for c in outside[1:])
    if best.mentions < t.fallback_mentions and not evidence and not only_of_its_kind:
        return None
    if context.self_kind is not None and best.kind != context.self_kind:
        return None  # the reply calls itself "the Council" even once: a body of another kind is a partner
    return best


def _owner_only(candidate: _Candidate) -> bool:
    """The reply names the candidate as the writer's owner or agent ("a company wholly owned by X", "run for us by
    X", lexicon.OWNER_BEFORE) and never describes it as a part of another: it does not answer, whatever its kind."""
    return candidate.owner and not candidate.child


def _best_of_own_kind(context: _Context, ranked: list[_Candidate]) -> _Candidate | None:
    """Where the reply firmly calls itself a kind of body ("the Council" twice or more) and bodies of
    other kinds outscore it (partners named often), the clear leader among bodies of that kind."""
    if not context.self_kind_firm:
        return None
    own = [c for c in ranked if c.kind == context.self_kind and not _owner_only(c)]
    if not own or (own[0].names < 1 and own[0].strong <= 0):
        return None
    total = _total(context, own[0])
    runner_up = _total(context, own[1]) if len(own) > 1 else 0.0
    return own[0] if total >= THRESHOLDS.min_total and total >= THRESHOLDS.own_kind_lead * runner_up else None


def _total(context: _Context, candidate: _Candidate, own: bool = False) -> float:
    """The candidate's score, discounted for boilerplate bodies and bodies outside FOISA in a
    FOISA reply, raised when its kind or nation fits the text; with `own`, without what a partner
    body does as well ("X funds it", "X publishes")."""
    total = candidate.score
    if _boilerplate(candidate):
        total *= SIGNALS.boilerplate_share
    if context.scottish and candidate.nation not in ("Scotland", None):
        total *= SIGNALS.other_nation_share
    if candidate.parent and not candidate.child:
        total *= SIGNALS.parent_share
    partner_share = candidate.signals.get("acts-phrase", 0.0) if own else 0.0
    return total + SIGNALS.fits * _fits(context, candidate) - partner_share


def _boilerplate(candidate: _Candidate) -> bool:
    """A body most replies name (the Information Commissioner, The National Archives), unless it heads or signs the
    letter on a line of its own: then it is the body answering."""
    at_edge = "letterhead" in candidate.signals or "signed" in candidate.signals
    return candidate.body is not None and candidate.body.id in BOILERPLATE_IDS and not at_edge


def _fits(context: _Context, candidate: _Candidate) -> bool:
    """The text's self-reference ("the force") or its Act (FOISA) agrees with the candidate."""
    kind_fits = context.self_kind is not None and _of_own_kind(context, candidate)
    return kind_fits or (context.scottish and candidate.nation == "Scotland")


def _heads_and_signs_letter(candidate: _Candidate) -> bool:
    """The candidate is named alone on a line both in the letterhead and just under the valediction."""
    return "letterhead" in candidate.signals and "signed" in candidate.signals


def _describes_and_signs_letter(candidate: _Candidate) -> bool:
    """The candidate says what kind of body it is and is named alone on a line heading or signing the letter."""
    return candidate.described and any(s in candidate.signals for s in ("letterhead", "signed", "sign-off"))


def _of_own_kind(context: _Context, candidate: _Candidate) -> bool:
    """The candidate is of the kind the reply calls itself, or its name ends in that kind's noun: "the Council" in a
    reply from "Wibble Marking Council", a national body no local council's kind."""
    if candidate.kind == context.self_kind:
        return True
    last_word = candidate.name.rsplit(None, 1)[-1].lower()
    return context.self_kind is not None and lexicon.SELF_KINDS.kind_of(last_word) == context.self_kind


def _credible(context: _Context, best: _Candidate, total: float, runner_up: float) -> bool:
    """Strong evidence well ahead, or repeated full names far ahead, or a fitting name alone."""
    t = THRESHOLDS
    if _heads_and_signs_letter(best) and total > runner_up:
        return True  # the body on the letter's paper that signs it answers, whatever others hold or run
    if _describes_and_signs_letter(best) and total > runner_up:
        return True  # the body saying what it is ("X is a community interest company") that signs the letter answers
    if total <= 0 or total < t.lead * runner_up or _boilerplate(best):
        return False  # the Commissioner named in the rights paragraph answers only when it heads the letter
    if best.strong >= SIGNALS.phrase and total >= t.strong_total:
        return True
    if context.self_kind_firm and not _of_own_kind(context, best):
        return False
    # only named as what a partner does ("regulated by X", "sponsored by X"): fitting the reply's Act or nation, or
    # being named twice, is not enough
    partner_only = 0 < best.strong <= best.signals.get("acts-phrase", 0.0)
    if best.names >= 2 and not partner_only and total >= t.named_lead * max(runner_up, t.floor):
        return True
    at_edge = any(signal in best.signals for signal in ("letterhead", "sign-off", "heading", "title", "signed"))
    if at_edge and (_fits(context, best) or total >= t.edge_lead * runner_up) and total >= t.min_total:
        return True  # named at the top or bottom, and far ahead of any rival or called what it is ("the force")
    alone = runner_up <= t.negligible * total
    if best.names >= 1 and alone and best.strong > 0 and total >= t.min_total:
        return True
    if context.self_kind_firm and alone and _fits(context, best) and total >= t.fit_alone_total:
        return True  # the only body named, even by its initials, and it calls itself what it is
    return best.names >= 1 and _fits(context, best) and not partner_only and total >= t.far_lead * runner_up
