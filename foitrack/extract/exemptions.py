"""The legal provisions an FOI reply relies on, written as SCHEMA.md does: "s40(2)", "eir-12(4)(a)" (Scottish EIR
too; its regime "eisr" is kept apart), "foisa-s38(1)(b)".

A section number means different things under each regime (s17: a refusal notice under FOIA, not held under
FOISA), so the regime is detected first; an Act a mention names overrides it. Sections the requester quotes,
duties, rights and other Acts are left out; a cost-limit refusal naming no section is section 12, a ground named in
words ("personal information is exempt") its section. The wording is data: foitrack.lexicon.legal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from foitrack.extract.fold import cue as cued
from foitrack.extract.fold import fold_text, lower_text
from foitrack.extract.segment import awaits_clarification
from foitrack.lexicon import Cue, legal
from foitrack.models import Exemption, Span

# Mentions are matched in fold(text), faster than under IGNORECASE; a word's "\b" is a lookbehind after it
# ("reg(?<!\wreg)") so that re can jump to the word.
# One bracketed sub-part of a provision, in fold(text): "(2)", "(b)", "(iii)"
_SUB = r"\s*\(\s*(?:\d{1,2}|[a-z]|[ivx]{2,4})\s*\)"
# One provision of a list, in fold(text): "40", "31(1)(a)", "12a"
_PROVISION = rf"\d{{1,2}}(?!\d)[a-z]?(?:{_SUB})*"
# What joins two provisions of a list: ", ", " and ", " & ", " or "; after a provision's name in brackets, in words:
# "24(2) (national security) and 31(3)"
_JOIN = r"(?:\s*\([a-z][a-z ,'’-]{2,60}\))?\s*(?:,|and|&|or)\s*"
# A section mention: "section 40(2)", "Section 12 of the Act", "s.43", "s 31(1)(a)", "sections 30 and 31"
# (also a bare "s12 of the Act", "S43 of the Freedom of Information Act"; never the "18" of "section 183")
SECTION_RE = re.compile(
    r"s(?<!\ws)(?:ections?|ecs?\.?|\.|(?=\s?\d{1,2}\s*\()|(?=\d{1,2}\s+of\s+(?:the\s+)?(?:act|freedom|foi)))"
    rf"\s*(?:s\.\s*)?(?P<list>\d{{1,2}}(?!\d)[a-z]?(?:{_SUB}|\.\d(?!\d))*(?:{_JOIN}{_PROVISION})*)",
)
# A regulation mention: "Regulation 12(4)(b)", "regulations 12(5)(e) and 13", "reg 13"
REGULATION_RE = re.compile(
    rf"reg(?<!\wreg)(?:ulations?|s?\.?)\s*(?P<list>\d{{1,2}}(?:{_SUB})*(?:{_JOIN}\d{{1,2}}(?:{_SUB})*)*)",
)
# One provision inside a list: "40(2)", "31(1)(a)", "17.1"
PROVISION_RE = re.compile(
    r"(?P<num>\d{1,2}[A-Z]?)(?P<sub>(?:\s*\(\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})\s*\)|\.\d(?!\d))*)"
)
# A bare "s40" after words that apply it: "exempt under s40 and s43", "we have applied s31(1)(a)"; such a
# mention counts only in a sentence that applies it (legal.RELIANCE), never "pupils in S3 and S4"
BARE_SECTION_RE = re.compile(
    rf"\b(?:under|virtue of|exemptions?|applied|apply|applying|rel(?:y|ied|ying) on|and|&|or|,)\s+(?:the\s+)?"
    rf"s(?P<list>\d{{1,2}}(?!\d)(?:{_SUB})*)(?!\w)"
)
# What every BARE_SECTION_RE match holds ("s40"): a text without it skips that pattern's slow scan
BARE_SECTION_CUE_RE = re.compile(r"s\d")
# A list of provisions set out one to a line after a line ending "sections": "an exemption under
# sections:\n  • 29(1)(b) (ministerial communications),\n  • 30(b)(i) and 30(c)" (matched in fold(text))
LIST_HEAD_RE = re.compile(r"section(?<!\wsection)s?[ \t]*[:;,\u2013-]?[ \t]*(?:\n|(?=[\u2022\u25aa\u25e6\u00b7]))")
# Where the next item of such a list may start: the next line, or the next bullet of a list run into one line
NEXT_ITEM_RE = re.compile(r"\n|(?=[\u2022\u25aa\u25e6\u00b7])")
LIST_ITEM_RE = re.compile(
    rf"\s*(?:[\u2022\u25aa\u25e6\u00b7*-][ \t]*)?(?:s(?:ection|\.)?[ \t]*)?"
    rf"(?P<list>{_PROVISION}(?:[ \t]*(?:,|and|&|or)[ \t]*{_PROVISION})*)"
    r"(?=[ \t]*(?:\(|[,;\u2013-]|\.(?!\d)|\n|$|(?:of|and|or)\b))"
)
# the provision that requires a refusal notice under each regime (FOISA's is section 16, its s17 is "not held")
REFUSAL_NOTICE_CODES = {"foia": "s17", "eir": "eir-14", "foisa": "foisa-s16"}
# an EIR refusal notice counts regulation 14 only where its sentence cites it: "refusal notice under regulation 14"
EIR_NOTICE_RE = re.compile(r"\breg(?:ulation|\.)?\s*14\b", re.IGNORECASE)
# a refusal of a request as repeating an earlier one from the same person: FOIA and FOISA section 14(2)
REPEATED_REQUEST_RE = re.compile(r"(?:foisa-)?s14\(2\).*")
VEXATIOUS_RE = re.compile(r"(?:foisa-)?s14(?:\(1\).*)?")
# How each regime writes a provision's number: "s40", "foisa-s38", "eir-12"
CODE_PREFIX = {"foia": "s", "foisa": "foisa-s", "eir": "eir-", "eisr": "eir-"}
# a blank line: a question span that runs over one has run on into the answer below it
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n")  # where one sentence ends: ". Then"
# where a sentence ends in prose wrapped at a fixed width: ". Then" or a blank line, not a line's end
WRAPPED_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n[ \t]*\n")
FOI_SHORT_RE = re.compile(r"\bFOI\b(?!\s?\()")
THE_ACT_RE = re.compile(r"(?:the\s+)?Act", re.IGNORECASE)
SPACE_RE = re.compile(r"\s+")
SUB_DOT_RE = re.compile(r"\.(\d)")  # a subsection after a dot: "40.2" -> "40(2)"
COST_LIMIT_CODE_RE = re.compile(r"(?:foisa-)?s12\b.*|eir-12\(4\)\(b\)|eir-10\(4\)\(b\)")
SECTION_OF_RE = re.compile(r"([a-z-]*?s?)(\d+)")
_SENTENCE_REACH = 400

# no ground to withhold: duties, rights, FOIA 3-7 (which bodies it covers), 18 (the Commissioner), 45 on
FOIA_DUTIES = frozenset(map(str, [*range(1, 12), 13, 15, 16, 18, 19, 20, 45, 46, *range(50, 61), 77, 78, 84]))
FOISA_DUTIES = frozenset("1 2 8 9 10 11 13 15 16 19 20 21 43 47 48 49 50 51 52 53 54 55 56 65 73".split())
DUTIES = {"foia": FOIA_DUTIES, "foisa": FOISA_DUTIES}
# the last section of each Act that can be an exemption: FOIA s44, FOISA s41
LAST_EXEMPTION = {"foia": 44, "foisa": 41}
# the regulations that are exceptions (EIR 10 and 11 are duties: a transfer, reconsidering a reply)
EIR_PROVISIONS = {"eir": frozenset({"12", "13"}), "eisr": frozenset({"10", "11"})}


def detect_regime(text: str, nation: str | None = None) -> str:
    """Which law a reply answers under: "foia", "eir", "foisa" or "eisr"."""
    text = lower_text(text)
    if _named(legal.EISR_NAMED, text):
        return "eisr"
    if _named(legal.FOISA_NAMED, text):
        return "foisa"
    scottish = (nation or "").strip().lower() == "scotland"
    eir_cue = _named(legal.EIR_CITED, text)
    eir_named = _named(legal.EIR_NAMED, text)
    foia_named = _named(legal.FOIA_NAMED, text)
    if scottish and not foia_named:
        return "eisr" if eir_cue and eir_named else "foisa"
    if eir_named and (eir_cue or not foia_named):
        return "eir"
    return "foia"


def _named(cue: Cue, lowered: str) -> bool:
    # a "(?i)" cue searched without its flag (Cue.folded: same matches in fold(text), the one such cue is given;
    # IGNORECASE with a leading \b tries the whole alternation at every place, about ten times slower)
    return cued(cue.folded, cue.needles, lowered)


def _sentence_bounds(text: str, start: int, end: int, ends: re.Pattern[str] = SENTENCE_END_RE) -> tuple[int, int]:
    """Where the sentence around text[start:end] starts and ends, read at most _SENTENCE_REACH either side; with
    WRAPPED_SENTENCE_END_RE, across the line breaks of wrapped prose ("... under section 38 of the\nAct")."""
    reach_start, reach_end = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    left = max((m.end() for m in ends.finditer(text, reach_start, start)), default=reach_start)
    right = ends.search(text, end, reach_end)
    return left, right.start() if right else reach_end


def _last_act_named_is_ours(text: str, before: int) -> bool:
    """Whether the Act named last before an offset (what "that Act" points back to) is an FOI Act or the EIR."""
    named = list(legal.NAMED_ACT.compiled.finditer(text, max(0, before - 600), before))
    last = named[-1] if named else None
    return last is None or bool(legal.OUR_ACTS.compiled.search(last.group("act")))


def _mention_regime(text: str, end: int, regime: str) -> str | None:
    """The regime the Act named right after a mention sets, or None when it names another Act or a document."""
    after = text[end : end + 90]
    if legal.SAME_ACT_AFTER.compiled.match(after):
        return regime if _last_act_named_is_ours(text, end) else None
    match = legal.ACT_AFTER.compiled.match(after)
    if not match and any(cue.compiled.match(after) for cue in legal.OTHER_THING_AFTER):
        return None
    if not match:
        short = legal.SHORT_ACT_AFTER.compiled.match(text[end : end + 14])
        return short.lastgroup if short else regime
    act = SPACE_RE.sub(" ", match.group("act"))  # a name wrapped over lines: "Freedom of\n   Information Act"
    if "Freedom of Information" in act and "(Scotland)" in act:
        return "foisa"
    if "Freedom of Information" in act or FOI_SHORT_RE.search(act):
        return "foia"
    if "Environmental Information" in act:
        return "eisr" if "Scotland" in act else "eir"
    return regime if THE_ACT_RE.fullmatch(act.strip()) else None


def _names_other_act_before(text: str, start: int) -> bool:
    """Whether the words just before a mention name an Act other than the FOI Acts and EIR."""
    match = legal.ACT_BEFORE.compiled.search(text[max(0, start - 100) : start])
    return match is not None and not legal.OUR_ACTS.compiled.search(match.group("act"))


def _relied_on(regime: str, number: str, sentence: str, cost_refusal: bool, sub: str = "") -> bool:
    """Whether a mention is a provision the reply relies on, not a duty or right it explains (section 12 only with a
    cost refusal or words applying it)."""
    if legal.REQUESTER.compiled.search(sentence):
        return False
    if number == "12" and regime in ("foia", "foisa") and not cost_refusal:
        return bool(legal.RELIANCE.compiled.search(sentence))
    if regime == "foia" and number == "1":  # the right to know: relied on only as a refusal notice's ground
        return bool(legal.NOT_HELD_NEAR.compiled.search(sentence) and legal.REFUSING.compiled.search(sentence))
    if regime in DUTIES and CODE_PREFIX[regime] + number == REFUSAL_NOTICE_CODES[regime]:  # FOIA s17, FOISA s16
        # FOIA s17(2) is the notice that a public-interest test needs more time: a notice, but no refusal
        near = legal.REFUSING if regime == "foia" and sub.startswith("(2)") else legal.REFUSAL_NEAR
        return bool(near.compiled.search(sentence))
    if regime in DUTIES:  # a lettered section ("2C", "11A") is inserted into its numbered one's part of an Act
        digits = "".join(filter(str.isdecimal, number))  # what re's \d matches
        return digits not in DUTIES[regime] and int(digits) <= LAST_EXEMPTION[regime]
    if regime == "eir" and number == "14":  # the EIR refusal notice, as FOIA's s17: beside words of refusal
        return bool(legal.REFUSAL_NEAR.compiled.search(sentence))
    if number == "6":  # regulation 6(1)(b): the information is already available in another form (cited as such,
        # or a regulation 6 beside words saying so; 6(1)(a) alone gives it in another form and withholds nothing)
        return sub.startswith("(1)(b)") or bool(legal.ACCESSIBLE_NEAR.compiled.search(sentence))
    return number in EIR_PROVISIONS.get(regime, ())


class Mention(NamedTuple):
    """A mention's span, its lists of provisions, their kind ("section", "regulation"), whether its sentence must
    apply them."""

    start: int
    end: int
    lists: list[tuple[int, int]]
    kind: str
    needs_reliance: bool = False


def _listed(folded: str) -> list[Mention]:
    """Provisions set out one to a line under a line that ends "sections" (a bulleted list)."""
    found: list[Mention] = []
    for head in LIST_HEAD_RE.finditer(folded):
        items: list[tuple[int, int]] = []
        at = head.end()
        while (item := LIST_ITEM_RE.match(folded, at)) is not None:
            items.append((item.start("list"), item.end("list")))
            following = NEXT_ITEM_RE.search(folded, item.end())
            if following is None:
                break
            at = following.end()
        if items:
            found.append(Mention(head.start(), items[-1][1], items, "section"))
    return found


def _all_mentions(folded: str) -> list[Mention]:
    mentions: list[Mention] = []
    for pattern, kind, needs_reliance in (
        (SECTION_RE, "section", False),
        (REGULATION_RE, "regulation", False),
        *([(BARE_SECTION_RE, "section", True)] if BARE_SECTION_CUE_RE.search(folded) else []),
    ):
        mentions.extend(
            Mention(m.start(), m.end(), [(m.start("list"), m.end("list"))], kind, needs_reliance)
            for m in pattern.finditer(folded)
        )
    return mentions + _listed(folded)


def _tallied(text: str, start: int) -> bool:
    """Whether the sentence before a mention counts how often the body used each ground ("The most frequently used
    exemptions were ..."): figures about its FOI work, no reliance."""
    return legal.GROUNDS_TALLIED_BEFORE.compiled.search(text, max(0, start - _SENTENCE_REACH), start) is not None


def _is_set_aside(text: str, left: int, start: int, end: int) -> bool:
    """Whether the reply withdraws the provision just mentioned ("section 43 is not engaged", "we no longer rely on
    section 40", "I do not consider that section 43 was correctly applied"),
    outside a condition ("even if section 35 did not apply")."""
    if legal.IF_BEFORE.compiled.search(text, left, start):
        return False
    after = text[end : end + 160]
    doubted = legal.DOUBTED_BEFORE.compiled.search(text, left, start) and legal.APPLIED_AFTER.compiled.match(after)
    return bool(
        legal.SET_ASIDE_AFTER.compiled.match(after)
        or legal.SET_ASIDE_BEFORE.compiled.search(text, left, start)
        or doubted
    )


def _mentions(text: str, regime: str, cost_refusal: bool) -> tuple[list[Exemption], set[str]]:
    """The provisions the reply relies on, and the sections it says in so many words it does not rely on."""
    found: list[Exemption] = []
    set_aside: set[str] = set()
    folded = fold_text(text)
    tallying = "most" in folded  # what every match of legal.GROUNDS_TALLIED_BEFORE holds
    other_acts: set[str] = set()  # sections the reply has tied to another Act: a later bare mention is that Act's
    for start, end, lists, kind, needs_reliance in sorted(_all_mentions(folded)):
        act = _mention_regime(text, end, regime)
        if act is None or _names_other_act_before(text, start):
            other_acts.update(_numbers(text, lists))
            continue
        if other_acts and _names_no_act(text, end) and _numbers(text, lists) <= other_acts:
            continue
        if kind == "regulation":
            act = "eisr" if act in ("foisa", "eisr") else "eir"
        elif kind == "section" and act in ("eir", "eisr"):
            act = "foisa" if act == "eisr" else "foia"
        left, right = _sentence_bounds(text, start, end)
        sentence = text[left:right]
        hedged = legal.CONDITIONAL.compiled.match(text, left, start) or legal.HYPOTHETICAL.compiled.search(
            text, left, start
        )
        if hedged or (needs_reliance and not legal.RELIANCE.compiled.search(sentence)):
            continue
        if tallying and _tallied(text, start):
            continue
        aside = _is_set_aside(text, left, start, end)
        for list_start, list_end in lists:
            for item in PROVISION_RE.finditer(text[list_start:list_end]):
                number = item.group("num").upper()
                sub = SUB_DOT_RE.sub(r"(\1)", SPACE_RE.sub("", item["sub"])).lower()  # " ( 1 ) (b)", ".1"
                code = CODE_PREFIX.get(act, "s") + number + sub
                if aside:
                    set_aside.add(_section_of(code))
                elif _relied_on(act, number, sentence, cost_refusal, sub):
                    found.append(Exemption(code, act, Span.of(text, start, end)))
    return found, set_aside


def _numbers(text: str, lists: Sequence[tuple[int, int]]) -> set[str]:
    """The section numbers a mention's lists hold: "24 and 25" -> {"24", "25"}."""
    return {item.group("num").upper() for start, end in lists for item in PROVISION_RE.finditer(text[start:end])}


def _names_no_act(text: str, end: int) -> bool:
    """Whether no Act at all is named right after a mention ("fall within section 23.")."""
    after = text[end : end + 90]
    return not (legal.ACT_AFTER.compiled.match(after) or legal.SHORT_ACT_AFTER.compiled.match(text[end : end + 14]))


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _cost_limit_at(text: str, exclude: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The first cost-limit refusal in the reply's own words (foitrack.lexicon.legal, kind "cost_limit")."""
    folded = fold_text(text)
    matches = sorted(
        (m for cue in legal.COST_LIMIT if cue.admits(folded) for m in cue.compiled.finditer(folded)),
        key=lambda m: m.start(),
    )
    for match in matches:
        if _inside(match.start(), exclude):
            continue
        start, end = _sentence_bounds(text, match.start(), match.end())
        sentence, opening = text[start:end], text[start : match.start()]
        if legal.REQUESTER.compiled.search(sentence) or legal.IF_BEFORE.compiled.search(opening):
            continue
        if "hour" in match.group(0) and not legal.HOURS_CONTEXT.compiled.search(sentence):
            continue
        if _answered_instead(text, end):
            continue
        return match
    return None


def _answered_instead(text: str, sentence_end: int) -> bool:
    """Whether the sentence after a cost-limit remark gives the figures another way "as advice and assistance"."""
    stop = SENTENCE_END_RE.match(text, sentence_end)
    if stop is None:
        return False
    following = text[stop.end() : stop.end() + _SENTENCE_REACH]
    return bool(legal.ANSWERED_INSTEAD.compiled.search(following))


def _cost_limit(text: str, regime: str, found: list[Exemption], at: re.Match[str] | None) -> list[Exemption]:
    """A cost-limit refusal that names no section relies on section 12 (EIR: regulation 12(4)(b)); hours of work
    in a vexatious refusal (section 14(1)) weigh its burden, no cost limit."""
    if at is None or any(COST_LIMIT_CODE_RE.fullmatch(e.code) for e in found):
        return []
    if "hour" in at.group(0) and any(VEXATIOUS_RE.fullmatch(e.code) for e in found):
        return []
    code = {"foisa": "foisa-s12", "eir": "eir-12(4)(b)", "eisr": "eir-10(4)(b)"}.get(regime, "s12")
    return [Exemption(code, regime, Span.of(text, at.start(), at.end()))]


def _section_of(code: str) -> str:
    match = SECTION_OF_RE.match(code)
    return match.group(1) + match.group(2) if match else code


def _refusal_notice(text: str, regime: str, found: list[Exemption]) -> list[Exemption]:
    """A reply that calls itself a refusal notice relies on the section that requires one (FOIA s17, FOISA s16)."""
    code = REFUSAL_NOTICE_CODES.get(regime)
    if code is None or "refusal" not in lower_text(text):
        return []
    if any(_section_of(e.code) == _section_of(code) for e in found):
        return []
    for match in legal.REFUSAL_NOTICE.compiled.finditer(text):
        start, end = _sentence_bounds(text, match.start(), match.end())
        if not legal.REQUESTER.compiled.search(text[start:end]) and (
            regime != "eir" or EIR_NOTICE_RE.search(text, start, end)
        ):
            return [Exemption(code, regime, Span.of(text, match.start(), match.end()))]
    return []


def _named_grounds(
    text: str, regime: str, found: list[Exemption], exclude: Sequence[tuple[int, int]]
) -> list[Exemption]:
    """Grounds named in words beside words of withholding: "personal data, which is exempt" -> s40."""
    folded = fold_text(text)
    have = {_section_of(e.code) for e in found}
    named: list[Exemption] = []
    for cue in legal.NAMED_GROUNDS:
        code = legal.GROUNDS[cue.kind].get(regime)
        if code is None or _section_of(code) in have or not cue.admits(folded):
            continue
        for match in cue.compiled.finditer(folded):
            start, end = _sentence_bounds(text, match.start(), match.end())
            sentence = folded[start:end]
            asked = legal.REQUESTER.compiled.search(text[start:end]) or sentence.rstrip().endswith("?")
            could = legal.HYPOTHETICAL.compiled.search(text, start, match.start())
            if asked or could or _inside(match.start(), exclude) or "most" in folded and _tallied(text, match.start()):
                continue
            if cue.kind in legal.SELF_APPLYING or legal.LEGAL_LEXICON.fires("withholding", sentence):
                named.append(Exemption(code, regime, Span.of(text, match.start(), match.end())))
                have.add(_section_of(code))
                break
    return named


def _not_recounted(text: str, found: list[Exemption]) -> list[Exemption]:
    """Without the provisions named where a review overturning the first reply in full, or a refusal of a repeated
    request (s14(2)), recounts the earlier reply ("The original response withheld it under section 43.")."""
    recounts: tuple[re.Pattern[str], ...]
    if any(REPEATED_REQUEST_RE.fullmatch(e.code) for e in found):
        recounts = (legal.FIRST_REPLY_RECOUNTED.compiled, legal.EARLIER_REQUEST_ANSWERED.compiled)
    elif found and _named(legal.OVERTURNED_IN_FULL, fold_text(text)) and not legal.OVERTURN_KEPT.compiled.search(text):
        recounts = (legal.FIRST_REPLY_RECOUNTED.compiled,)
    else:
        return found
    bounds = [_sentence_bounds(text, e.span.start, e.span.end, WRAPPED_SENTENCE_END_RE) for e in found]
    sentences = [text[start:end] for start, end in bounds]
    return [e for e, sentence in zip(found, sentences, strict=True) if not any(r.search(sentence) for r in recounts)]


def extract_exemptions(
    text: str, regime: str | None = None, exclude: Sequence[tuple[int, int]] = ()
) -> list[Exemption]:
    """Provisions a reply relies on: "exempt under section 40(2)" -> [Exemption("s40(2)", "foia", ...)]; those inside
    an `exclude` span (a question, up to its first blank line) are the requester's."""
    regime = regime or detect_regime(text)
    breaks = [PARAGRAPH_BREAK_RE.search(text, start, end) for start, end in exclude]
    exclude = [(start, cut.start() if cut else end) for (start, end), cut in zip(exclude, breaks, strict=True)]
    # a reply asking the requester to clarify the request first (section 1(3)) refuses nothing, even where it
    # warns that the request as worded would exceed the cost limit; nor does a fees notice (section 9)
    folded = fold_text(text)
    clarifying = (
        legal.LEGAL_LEXICON.fires("clarification", folded)
        or legal.LEGAL_LEXICON.fires("fees_notice", folded)
        or awaits_clarification(text)
    )
    cost_at = None if clarifying else _cost_limit_at(text, exclude)
    mentioned, set_aside = _mentions(text, regime, cost_at is not None)
    found = [e for e in mentioned if not _inside(e.span.start, exclude)]
    found.extend(_cost_limit(text, regime, found, cost_at))
    found.extend(_refusal_notice(text, regime, found))
    found.extend(_named_grounds(text, regime, found, exclude))
    best: dict[str, Exemption] = {}
    for exemption in _not_recounted(text, found):
        key = _section_of(exemption.code)
        if key in set_aside:  # withdrawn in so many words: not relied on where the first refusal is recounted either
            continue
        if key not in best or len(exemption.code) > len(best[key].code):
            best[key] = exemption
    return sorted(best.values(), key=lambda e: e.span.start)
