"""Actors named in a text, with the side each belongs to.

The lexicon is the theatres file's parties (each theatre's fighters, and the
international actors: mediators, the UN, outside powers). One alias can name
parties of several theatres ("Israel", "Wagner"): the mention keeps them all,
and the party of the event's theatre is the one chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from conflictwatch.models import Actor, Actors
from conflictwatch.theatres import Party, Theatres, shipped_theatres
from producers.extract.trie import trie_pattern

_PROXY = r"-(?:backed|supported|sponsored|allied|aligned|funded|financed|trained|armed|affiliated|linked|inspired)\b"
_OUTLETS = re.compile(r"Agence France[- ]Presse|France ?24|Radio France(?: Internationale)?|Voice of America")


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    parties: tuple[Party, ...]

    def shifted(self, by: int) -> ActorMention:
        """The mention with its positions `by` characters earlier."""
        return ActorMention(self.start - by, self.end - by, self.parties)

    def actor(self, theatre: str) -> Actor:
        """The party of `theatre` when the alias names one there, else the first named."""
        party = next((p for p in self.parties if p.theatre == theatre), self.parties[0])
        return _actor(party.name, party.side)


class ActorLexicon:
    def __init__(self, theatres: Theatres) -> None:
        self.by_alias: dict[str, tuple[Party, ...]] = {}
        for party in theatres.parties():
            for alias in party.aliases:
                known = self.by_alias.get(alias, ())
                if party not in known:
                    self.by_alias[alias] = (*known, party)
        # "Iranian-backed militias", "Indian-sponsored terrorists": a proxy named after its patron, not the patron
        # (a "Saudi-led coalition" is the Saudis')
        self._pattern = re.compile(rf"(?<![\w-])(?:{trie_pattern(self.by_alias)})(?![\w]|{_PROXY})")

    def find(self, text: str) -> list[ActorMention]:
        """Actors in order of mention (a country named in a news outlet's name is none)."""
        outlets = [m.span() for m in _OUTLETS.finditer(text)] if "France" in text or "America" in text else []
        by_alias = self.by_alias
        return [
            ActorMention(*m.span(), by_alias[m.group()])
            for m in self._pattern.finditer(text)
            if not outlets or not any(s <= m.start() < e for s, e in outlets)
        ]


def pick_actors(mentions: list[ActorMention], theatre: str) -> Actors:
    """The first two distinct sides named, in order of mention."""
    chosen: list[Actor] = []
    for mention in mentions:
        actor = mention.actor(theatre)
        if all(a.side != actor.side for a in chosen):
            chosen.append(actor)
        if len(chosen) == 2:
            break
    return _actors(chosen[0] if chosen else None, chosen[1] if len(chosen) > 1 else None)


# The same few parties are named sentence after sentence; the models are frozen, so one can serve all.
@lru_cache(maxsize=4096)
def _actor(name: str, side: str) -> Actor:
    return Actor(name=name, side=side)


@lru_cache(maxsize=4096)
def _actors(actor1: Actor | None, actor2: Actor | None) -> Actors:
    return Actors(actor1=actor1, actor2=actor2)


@cache
def _lexicon(theatres: Theatres) -> ActorLexicon:
    return ActorLexicon(theatres)


def actor_lexicon(theatres: Theatres | None = None) -> ActorLexicon:
    return _lexicon(theatres or shipped_theatres())
