"""Choosing the bodies a request goes to: names matched against the gazetteer, kinds, new bodies.

Pure over the packaged gazetteer: no database. A name that matches no body with confidence
is never guessed: it is reported, with close names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from foitrack.errors import FoitrackError, UnknownAuthority
from foitrack.extract.gazetteer import Body, Gazetteer, load_gazetteer, normalise_name

CONFIDENT_MATCH = 0.88


@dataclass(frozen=True)
class BodyChoice:
    """A body chosen for a request: its name and, when known, its gazetteer entry."""

    name: str
    body_id: str | None = None
    kind: str | None = None
    nation: str | None = None
    regime: str = "foia"


def regime_for(nation: str | None, *, eir: bool = False) -> str:
    """The Act a body answers under: FOISA (or EISR) in Scotland, else FOIA (or EIR)."""
    scottish = (nation or "").lower() == "scotland"
    if eir:
        return "eisr" if scottish else "eir"
    return "foisa" if scottish else "foia"


def _choice(body: Body, eir: bool) -> BodyChoice:
    return BodyChoice(body.name, body.id, body.kind, body.nation, regime_for(body.nation, eir=eir))


@dataclass(frozen=True)
class BodyMatch:
    """A name as a person wrote it and the gazetteer body it stands for (None: no confident match)."""

    asked: str
    body: Body | None
    close: tuple[str, ...] = ()

    @property
    def renamed(self) -> bool:
        """Whether the body's name differs from what was written (a fuzzy or alias match)."""
        return self.body is not None and normalise_name(self.body.name) != normalise_name(self.asked)


@dataclass(frozen=True)
class NewBody:
    """A body the gazetteer does not know, added by a person: a parish council, a new trust."""

    name: str
    kind: str | None = None
    nation: str | None = None


@dataclass(frozen=True)
class BodySelection:
    """The bodies chosen for a request, what each written name matched, and the names skipped."""

    bodies: list[BodyChoice]
    matches: list[BodyMatch]
    skipped: list[BodyMatch]


def match_bodies(names: Sequence[str]) -> list[BodyMatch]:
    """Each name matched against the gazetteer: exactly, by a confident fuzzy match, or not at all."""
    gazetteer = load_gazetteer()
    return [_match(gazetteer, name) for name in names]


def _match(gazetteer: Gazetteer, name: str) -> BodyMatch:
    exact = gazetteer.match(name)
    if exact is not None:
        return BodyMatch(name, exact)
    candidates = gazetteer.search(name, limit=5)
    if (
        candidates
        and candidates[0][1] >= CONFIDENT_MATCH
        and (len(candidates) == 1 or candidates[0][1] - candidates[1][1] >= 0.05)
    ):
        return BodyMatch(name, candidates[0][0])
    return BodyMatch(name, None, tuple(body.name for body, _ in candidates))


def choose_bodies(
    names: Sequence[str],
    *,
    kind: str | None = None,
    nation: str | None = None,
    eir: bool = False,
    new_bodies: Sequence[NewBody] = (),
    skip_unmatched: bool = False,
) -> BodySelection:
    """Bodies named (matched against the gazetteer), every body of a kind and nation, and new bodies.

    Every name that matches nothing is reported at once, and nothing is chosen, unless
    `skip_unmatched` leaves them out.
    """
    matches = match_bodies(names)
    unmatched = [m for m in matches if m.body is None]
    if unmatched and not skip_unmatched:
        raise UnknownAuthority(_unmatched_message(unmatched))
    chosen = [_choice(m.body, eir) for m in matches if m.body is not None]
    if kind or nation:
        selected = load_gazetteer().select(kind=kind, nation=nation)
        if not selected:
            raise FoitrackError(f"no bodies in the gazetteer of kind {kind!r} in {nation or 'any nation'}")
        chosen += [_choice(body, eir) for body in selected]
    for new in new_bodies:
        regime = regime_for(new.nation, eir=eir)
        chosen.append(BodyChoice(" ".join(new.name.split()), None, new.kind, new.nation, regime))
    unique = {c.name: c for c in chosen}
    return BodySelection(list(unique.values()), matches, unmatched)


def _unmatched_message(unmatched: Sequence[BodyMatch]) -> str:
    lines = [
        f"{len(unmatched)} name(s) match no body with confidence, so nothing was added "
        "(fix them, add --skip-unmatched, or add a body the gazetteer lacks with --new-body):"
    ]
    for m in unmatched:
        lines.append(f"  {m.asked!r}: close names: {', '.join(m.close) or 'none'}")
    return "\n".join(lines)
