"""The gazetteer: UK public bodies, their name forms and domains, and how to find them in text.

The data is packaged as `data/gazetteer.json` (built by scripts/build_gazetteer.py, sources
credited inside it). `load_gazetteer()` reads it once per process; a `Gazetteer` is immutable
after construction, so it is safe to share.

Name matching works on *keys*: case folded, accents and apostrophes dropped, "&" read as
"and", punctuation as space, and a leading "The" ignored. Every alias is classed by strength:

- "name": two or more words including a body word ("Council", "Police", "Trust"...), or a
  multi-word official title. Found in text in any case; a one-word name ("Merseytravel") only as written.
- "abbreviation": one token such as "GLAA" or "MOPAC". Found only in its exact case.
- "place": an alias with no body word ("Leicester", "Moray", "City of Glasgow"). Found only
  capitalised, and meant to count weakly: bare place names occur in every kind of text.

The words that make a name a body's, the parts of a body's name (" NHS Foundation Trust") and the
bodies named by their role are data: foitrack.lexicon.authority.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from foitrack.extract.fold import lower_text
from foitrack.lexicon import authority as lexicon

# "Leicester", "Council's", "Môn", "&": one word of a name (apostrophes kept for now)
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")
# "Leicester", "MOPAC", "Council’s": a capitalised word, where a mention may start. The check that
# no letter or digit comes before it follows the capital ("[A-Z]" first lets re skip straight to
# capitals instead of trying the lookbehind at every position): three times faster, same matches.
CAPITALISED = re.compile(r"[A-Z](?<![^\W_].)[^\W_]*(?:['’][^\W_]+)*")
# "2gether": a name opening with digits run into a word, sought only in a text holding such a listed first word
DIGIT_LED = re.compile(r"[0-9](?<![^\W_].)[0-9]*[^\W\d_][^\W_]*(?:['’][^\W_]+)*")
# " of the", "’s Office": the next word after a capitalised one
NEXT_TOKEN = re.compile(r"(?:['’]s\b)?[^\w&]{0,4}([^\W_]+(?:['’][^\W_]+)*|&)")
# "https://www.leics.police.uk/x", "northumbria.pnn.police.uk": the host part
HOST = re.compile(r"(?:^[a-z]+://)?(?P<host>[a-z0-9.-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    """One public body: stable id, usual full name, kind, nation, other names, domains, FOI regime."""

    id: str
    name: str
    kind: str
    nation: str | None
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    regime: str


@dataclass(frozen=True)
class Mention:
    """A gazetteer name found in a text at [start, end); `strength` is name, abbreviation or place."""

    body: Body
    start: int
    end: int
    quote: str
    strength: str


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    body: Body
    strength: str
    exact: str


@lru_cache(maxsize=8192)
def fold_token(token: str) -> str:
    """'Council’s' -> 'council', 'Môn' -> 'mon', '&' -> 'and'."""
    if token == "&":
        return "and"
    token = token.replace("’", "'")
    if not token.isascii():
        token = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode()
    token = token.lower()
    if token.endswith("'s"):
        token = token[:-2]
    return token.replace("'", "")


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of a name: 'The Mayor's Office' -> ('mayor', 'office')."""
    tokens = tuple(t for t in (fold_token(m.group()) for m in TOKEN.finditer(name)) if t)
    return tokens[1:] if len(tokens) > 1 and tokens[0] == "the" else tokens


def normalise_name(name: str) -> str:
    """The match key of a name: 'The Avon & Somerset Police' -> 'avon and somerset police'."""
    return " ".join(name_tokens(name))


def alias_strength(alias: str, body: Body) -> str:
    """Classify an alias as name, abbreviation or place (see the module docstring)."""
    raw = TOKEN.findall(alias)
    council_area = body.id.startswith("la:")
    if len(raw) == 1:
        if alias == body.name and not raw[0].isupper() and not council_area:
            return "name"  # "Merseytravel", "NatureScot": a one-word name is the body's full name
        return "abbreviation" if sum(c.isupper() for c in raw[0]) >= 2 or not council_area else "place"
    if alias == body.name or lexicon.BODY_WORDS.words.intersection(name_tokens(alias)) or not council_area:
        return "name"
    return "place"


MIN_INITIALS = 3
# only bodies whose initials are how they sign (central government's are listed as aliases; the initials
# of "other" bodies collide with the subject-matter initials of replies: CCE, CSP)
INITIALS_KINDS = frozenset({"council", "police", "pcc", "fire", "nhs", "university"})
MAX_INITIALS = 6


def derived_names(body: Body) -> list[tuple[str, str]]:
    """Names a body goes by that the gazetteer does not list, with their strength.

    - a hospital trust by its hospitals: "Barnsley Hospital NHS Foundation Trust" -> "Barnsley Hospital"
      (a reply often names the hospital, not the trust that answers for it);
    - a police force or fire service by its area, as a place: "Avon and Somerset Constabulary" ->
      "Avon and Somerset" (counted weakly, and dropped where a council already goes by the place);
    - a body of three or more words by its initials: "Northern Ireland Fire and Rescue Service" ->
      "NIFRS", "University of the West of Scotland" -> "UWS" (matched only in capitals; public
      services and universities only, see INITIALS_KINDS).
    """
    names = []
    for name in (body.name, *body.aliases):
        if body.kind == "nhs":
            hospital = lexicon.TRUST_SUFFIX.compiled.sub("", name)
            if hospital != name and lexicon.HOSPITAL.compiled.search(hospital):
                names.append((hospital, "name"))
        elif body.kind in ("police", "fire"):
            place = lexicon.SERVICE_SUFFIX.compiled.sub("", name)
            if place != name and place:
                names.append((place, "place"))
    words = [w for w in TOKEN.findall(body.name) if w.lower() not in lexicon.INITIALS_SKIP.words]
    if (
        body.kind in INITIALS_KINDS
        and MIN_INITIALS <= len(words) <= MAX_INITIALS
        and all(w[0].isupper() for w in words)
    ):
        names.append(("".join(w[0] for w in words), "abbreviation"))
    return names


# "medway.nhs.uk", "foi.uhb.nhs.uk": NHS domains, where the label before ".nhs.uk" names an NHS body that
# the gazetteer lists without a domain, by its words or their initials
NHS_DOMAIN = ".nhs.uk"
MIN_DOMAIN_LABEL = 3


def _council_free(key: str) -> str:
    """'leicester city council' -> 'leicester city'; other keys unchanged."""
    return key[: -len(" council")] if key.endswith(" council") else key


def _labels(name: str) -> set[str]:
    """The domain labels a name may go by: its distinctive words run together, or their initials."""
    words = [t for t in name_tokens(name) if t not in lexicon.DOMAIN_SKIP.words]
    return {"".join(words), "".join(w[0] for w in words)} if words else set()


def host_of(domain_or_email: str) -> str:
    """'Foi <foi@Leics.Police.uk>' -> 'leics.police.uk'."""
    m = HOST.match(domain_or_email.strip().strip("<>").lower().rsplit("@", 1)[-1])
    return (m.group("host") if m else "").strip(".").removeprefix("www.")


class Gazetteer:
    """Look-ups over a fixed list of bodies: by id, name, fuzzy name, domain, kind and in text."""

    def __init__(self, bodies: Iterable[Body]) -> None:
        self.bodies: tuple[Body, ...] = tuple(bodies)
        self._by_key = self._key_index()
        self._by_domain = {d: b for b in self.bodies for d in b.domains}
        self._first_token = self._text_index()
        self._max_chars = 2 * max((len(b.name) for b in self.bodies), default=0) + 20
        # the words that may follow each first word in an alias (None: any, an alias is that word alone)
        # first words opening with a digit ("2gether"), which CAPITALISED does not find
        self._digit_led = tuple(first for first in self._first_token if first[:1].isdigit())
        self._second_tokens = {
            first: None if any(len(a.tokens) == 1 for a in aliases) else frozenset(a.tokens[1] for a in aliases)
            for first, aliases in self._first_token.items()
        }
        self._nhs_labels = self._labels_of("nhs")
        # the bodies that can hold each role with their places ("kent"), and the NHS trusts with the words
        # that tell each from others ("royal berkshire"): what by_role and trust_of_hospital look for
        self._roles = {role.acronym: self._own_words(role.holds, lexicon.ROLE_WORDS.words) for role in lexicon.ROLES}
        self._trusts = self._own_words(
            lambda b: b.kind == "nhs" and lexicon.TRUST_SUFFIX.compiled.search(b.name) is not None,
            lexicon.TRUST_WORDS.words,
        )

    def _own_words(self, fits: Callable[[Body], bool], common: frozenset[str]) -> list[tuple[frozenset[str], Body]]:
        """Each body that fits, with the words of its name beyond the `common` ones (a body with none left out)."""
        named = ((frozenset(name_tokens(body.name)) - common, body) for body in self.bodies if fits(body))
        return [(own, body) for own, body in named if own]

    def _key_index(self) -> dict[str, Body]:
        """Name keys -> body; a key two bodies claim goes to the one whose official name it is, else to none."""
        claims: dict[str, list[tuple[int, Body]]] = {}
        for body in self.bodies:
            for rank, name in enumerate((body.name, *body.aliases)):
                key = normalise_name(name)
                for k in {key, _council_free(key)}:
                    claims.setdefault(k, []).append((min(rank, 1), body))
        index = {}
        for key, claimants in claims.items():
            claimants.sort(key=lambda c: c[0])
            if len({c[1].id for c in claimants}) == 1 or claimants[0][0] < claimants[1][0]:
                index[key] = claimants[0][1]
        return index

    def _text_index(self) -> dict[str, list[_Alias]]:
        """First token -> aliases starting with it, longest first; ambiguous aliases dropped.

        Derived names (see `derived_names`) come after every written name and never displace
        one: a derived name another body also has is dropped, the written one kept.
        """
        written = _claims(
            _Alias(tokens, body, alias_strength(name, body), name)
            for body in self.bodies
            for name in dict.fromkeys((body.name, *body.aliases))
            if (tokens := name_tokens(name))
        )
        # the opening words of every written name, with who uses them ("london" opens a hundred)
        openers: dict[tuple[str, ...], set[str]] = {}
        for tokens, kept in written.items():
            if kept is not None and kept.body.kind != "pcc":
                for n in range(1, min(len(tokens), 4) + 1):
                    openers.setdefault(tokens[:n], set()).add(kept.body.id)
        derived = _claims(
            _Alias(tokens, body, strength, name)
            for body in self.bodies
            for name, strength in derived_names(body)
            if (tokens := name_tokens(name))
            and tokens not in written
            # a place that opens other bodies' names is theirs as much as this one's
            and not (strength == "place" and openers.get(tokens, set()) - {body.id})
        )
        self._by_acronym = {a.exact: a.body for a in derived.values() if a is not None and a.strength == "abbreviation"}
        index: dict[str, list[_Alias]] = {}
        for kept in sorted(filter(None, [*written.values(), *derived.values()]), key=lambda a: -len(a.tokens)):
            index.setdefault(kept.tokens[0], []).append(kept)
        return index

    def match(self, name: str) -> Body | None:
        """Exact match after normalising: 'Avon & Somerset Police' -> Avon and Somerset Constabulary."""
        key = normalise_name(name)
        found = (self._by_key.get(candidate) for candidate in (key, _council_free(key), f"{key} council"))
        return next((body for body in found if body is not None), None)

    def match_qualified(self, name: str) -> Body | None:
        """The body whose name is `name` without one qualifying word between its first word and its last two
        ("West of Wibble Mayoral Combined Authority" -> West of Wibble Combined Authority), when one word fits;
        never a compass word (North East Wibble Trust is not North Wibble Trust)."""
        words = name_tokens(name)
        droppable = (i for i in range(1, len(words) - 2) if words[i] not in lexicon.COMPASS_WORDS.words)
        fits = {self._by_key.get(" ".join(words[:i] + words[i + 1 :])) for i in droppable} - {None}
        return fits.pop() if len(fits) == 1 else None

    def search(self, name: str, limit: int = 5) -> list[tuple[Body, float]]:
        """Fuzzy matches with scores in 0..1, best first (difflib over name keys).

        Candidates share the first three letters of a word with the query, so a misspelt
        name ("Thurock Councel") still finds its body.
        """
        key = normalise_name(name)
        stems = {word[:3] for word in key.split()}
        best: dict[str, tuple[Body, float]] = {}
        for candidate, body in self._by_key.items():
            if not stems.intersection(word[:3] for word in candidate.split()):
                continue
            score = difflib.SequenceMatcher(None, key, candidate).ratio()
            if score > best.get(body.id, (body, -1.0))[1]:
                best[body.id] = (body, score)
        return sorted(best.values(), key=lambda pair: -pair[1])[:limit]

    def by_domain(self, domain_or_email: str) -> Body | None:
        """The body owning a domain or email address, subdomains included (but a government's domain that other
        bodies of its nation name themselves under: lexicon.SHARED_DOMAINS); wildcards give None."""
        labels = host_of(domain_or_email).split(".")
        domains = (".".join(labels[i:]) for i in range(len(labels) - 1))
        found = (self._by_domain.get(d) for i, d in enumerate(domains) if not (i and d in lexicon.SHARED_DOMAINS.words))
        return next((body for body in found if body is not None), None)

    def by_sector_domain(self, domain_or_email: str) -> Body | None:
        """The one NHS body whose name the label before ".nhs.uk" spells or abbreviates:
        "medway.nhs.uk" -> Medway NHS Foundation Trust, "uhb.nhs.uk" -> University Hospitals Birmingham
        NHS Foundation Trust; None when no body or several fit."""
        host = host_of(domain_or_email)
        label = host.removesuffix(NHS_DOMAIN).rsplit(".", 1)[-1]
        if not host.endswith(NHS_DOMAIN) or len(label) < MIN_DOMAIN_LABEL or not label.isalpha():
            return None
        fitting = self._nhs_labels.get(label, ())
        return fitting[0] if len(fitting) == 1 else None

    def _labels_of(self, kind: str) -> dict[str, tuple[Body, ...]]:
        """Domain label -> the bodies of this kind it may stand for (see `_labels`)."""
        index: dict[str, dict[str, Body]] = {}
        for body in self.select(kind=kind):
            for label in _labels(body.name):
                index.setdefault(label, {})[body.id] = body
        return {label: tuple(b.values()) for label, b in index.items()}

    def by_acronym(self, token: str) -> Body | None:
        """The one body whose derived initials are `token` ("NIFRS", "uws"), else None."""
        return self._by_acronym.get(token.upper())

    def by_role(self, acronym: str, words: frozenset[str]) -> Body | None:
        """The body holding a role ("OPCC") whose place is among `words` (the folded capitalised words of a
        text): the one with the longest such place ("West Midlands" over "Midlands"), None on a tie."""
        return _largest_fit(self._roles.get(acronym, ()), words)

    def trust_of_hospital(self, hospital: str) -> Body | None:
        """The NHS trust a hospital belongs to, by the distinctive words of the trust's name, which the
        hospital's name must hold ("Royal Berkshire Hospital" -> Royal Berkshire NHS Foundation Trust); the
        trust with the most such words, None on a tie or for a name that is no hospital's."""
        return (
            _largest_fit(self._trusts, frozenset(name_tokens(hospital)))
            if lexicon.HOSPITAL.compiled.search(hospital)
            else None
        )

    def select(self, kind: str | None = None, nation: str | None = None) -> list[Body]:
        """Bodies of a kind and/or nation, in gazetteer order."""
        return [b for b in self.bodies if (kind is None or b.kind == kind) and (nation is None or b.nation == nation)]

    def find_in_text(self, text: str) -> list[Mention]:
        """Every gazetteer name in `text` that starts with a capital, leftmost-longest, in order."""
        mentions: list[Mention] = []
        free_from = 0
        second_tokens = self._second_tokens
        words: Iterable[re.Match[str]] = CAPITALISED.finditer(text)
        lowered = lower_text(text) if self._digit_led else ""  # lowered once, for every listed digit-led first word
        if any(first in lowered for first in self._digit_led):
            words = sorted([*words, *DIGIT_LED.finditer(text)], key=re.Match.start)
        for word in words:
            first = fold_token(word.group())
            if first not in second_tokens or word.start() < free_from:
                continue
            seconds = second_tokens[first]
            if seconds is not None:
                following = NEXT_TOKEN.match(text, word.end())  # a cheap filter: can the next word continue an alias?
                if following is None or fold_token(following.group(1)) not in seconds:
                    continue
            mention = self._mention_at(text, word.start(), first)
            if mention is not None:
                mentions.append(mention)
                free_from = mention.end
        return mentions

    def _mention_at(self, text: str, start: int, first: str) -> Mention | None:
        """The longest alias starting at `start` whose case fits its strength (a council's place with the
        word "Council" after it: "Bradford Council")."""
        aliases = self._first_token[first]
        window = list(islice(TOKEN.finditer(text, start, start + self._max_chars), len(aliases[0].tokens)))
        folded = tuple(fold_token(m.group()) for m in window)
        for alias in aliases:
            n = len(alias.tokens)
            if folded[:n] != alias.tokens:
                continue
            end = window[n - 1].end()
            quote = text[start:end]
            if not _case_fits(alias, quote) or _leaves_bracket(quote):
                continue
            if alias.strength == "abbreviation" and lexicon.ADDRESS_BOX_AFTER.compiled.match(text, end):
                continue
            if alias.strength == "place" and alias.body.kind == "council":
                council = lexicon.COUNCIL_AFTER.compiled.match(text, end)
                if council is not None:
                    return Mention(alias.body, start, council.end(), text[start : council.end()], "name")
            return Mention(alias.body, start, end, quote, alias.strength)
        return None


def _largest_fit(candidates: Iterable[tuple[frozenset[str], Body]], words: frozenset[str]) -> Body | None:
    """The body whose own words are the most of `words`; None when none fits or two bodies tie."""
    fitting = [(len(own), body) for own, body in candidates if own <= words]
    longest = max((n for n, _ in fitting), default=0)
    best = {body.id: body for n, body in fitting if n == longest}
    return next(iter(best.values())) if len(best) == 1 else None


def _claims(aliases: Iterable[_Alias]) -> dict[tuple[str, ...], _Alias | None]:
    """Each alias by its tokens, a body's last one kept; None for tokens that two bodies claim."""
    claims: dict[tuple[str, ...], _Alias | None] = {}
    for alias in aliases:
        other = claims.get(alias.tokens, alias)
        claims[alias.tokens] = alias if other is not None and other.body.id == alias.body.id else None
    return claims


def _case_fits(alias: _Alias, quote: str) -> bool:
    """Abbreviations and one-word names must match exactly; places must be capitalised; other names may be
    any case."""
    if alias.strength == "abbreviation" or (alias.strength == "name" and len(alias.tokens) == 1):
        return quote == alias.exact or quote == alias.exact.upper()
    if alias.strength == "place":
        return all(w[0].isupper() for w in TOKEN.findall(quote) if fold_token(w) not in lexicon.SMALL_WORDS.words)
    return True


def _leaves_bracket(quote: str) -> bool:
    """The words run out of a bracket they began in ("Disclosure) (Scotland" of "(Required Disclosure) (Scotland)
    Regulations"): two phrases, no name; "Tribunal (Tax" opens its own bracket and is one."""
    close = quote.find(")")
    return close >= 0 and not 0 <= quote.find("(") < close


def _body_from_record(record: dict[str, Any]) -> Body:
    nation, aliases, domains = record.get("nation"), tuple(record.get("aliases", ())), tuple(record.get("domains", ()))
    regime = record.get("regime", "foisa" if nation == "Scotland" else "foia")
    name = record["name"]
    # "Board of Trustees of the Wibble Museum" answers as "Wibble Museum": its formal name is kept as an alias
    board = lexicon.GOVERNING_BOARD.compiled.match(name)
    if board is not None and board.end() < len(name):
        name, aliases = name[board.end() :], (name, *aliases)
    return Body(record["id"], name, record["kind"], nation, aliases, domains, regime)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (data/gazetteer.json), loaded once per process."""
    data = resources.files("foitrack.extract").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return Gazetteer(_body_from_record(r) for r in json.loads(data)["bodies"])
