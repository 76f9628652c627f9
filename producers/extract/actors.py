"""Actors named in a sentence, with the side each belongs to.

A closed lexicon: the parties of the theatres conflictwatch follows and the
mediators and bodies that recur in their coverage. The first matching alias
names the actor; the side is what the rule engine and the event id use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictwatch.models import Actor, Actors

_LEXICON: tuple[tuple[str, str, str], ...] = (
    # (pattern, name, side)
    (r"Hamas(?:-run)?|Islamic Jihad|Palestinian militants|militants in Gaza", "Hamas", "palestinian-armed-groups"),
    (r"Hezbollah", "Hezbollah", "hezbollah"),
    (
        r"Israeli (?:military|army|forces|troops|aircraft|warplanes|jets|police|air force)|Israel Defen[cs]e Forces|IDF"
        r"|Israel(?!i)|Israeli",
        "Israel",
        "israel",
    ),
    (r"Benjamin Netanyahu|Netanyahu|Benny Gantz|Gantz|Eli Cohen", "Israeli government", "israel"),
    (
        r"Palestinian Authority|Palestinian officials|Palestinian health ministry",
        "Palestinian Authority",
        "palestinian-authority",
    ),
    (r"Rapid Support Forces|RSF", "Rapid Support Forces", "rsf"),
    (
        r"Sudanese army|Sudan's army|the army(?= and the paramilitary)|army aircraft",
        "Sudanese Armed Forces",
        "sudan-armed-forces",
    ),
    (r"Russian (?:forces|troops|military|missiles|drones)|Russia(?:n)?|Kremlin|Putin", "Russia", "russia"),
    (
        r"Ukrainian (?:forces|troops|military|air force)|Ukraine(?:'s|’s)? air force|Ukrain(?:e|ian)"
        r"|Zelenskiy|Zelensky|Kyiv",
        "Ukraine",
        "ukraine",
    ),
    (r"Egypt(?:ian)?", "Egypt", "mediator"),
    (r"Qatar(?:i)?", "Qatar", "mediator"),
    (r"Saudi Arabia|Saudi", "Saudi Arabia", "mediator"),
    (r"U\.N\.|UN|United Nations|Wennesland", "United Nations", "un"),
    (r"U\.S\.|United States|Washington|Biden|US mission", "United States", "united-states"),
    (r"France|French|Macron", "France", "france"),
)
_PATTERN = re.compile("|".join(f"(?P<a{i}>\\b(?:{p})\\b)" for i, (p, _, _) in enumerate(_LEXICON)))


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: Actor
    start: int


def find_actors(text: str) -> list[ActorMention]:
    mentions: list[ActorMention] = []
    for match in _PATTERN.finditer(text):
        index = int(str(match.lastgroup)[1:])
        _, name, side = _LEXICON[index]
        mentions.append(ActorMention(Actor(name=name, side=side), match.start()))
    return mentions


def pick_actors(mentions: list[ActorMention]) -> Actors:
    """The first two distinct sides named, in order of mention."""
    chosen: list[Actor] = []
    for mention in mentions:
        if all(a.side != mention.actor.side for a in chosen):
            chosen.append(mention.actor)
        if len(chosen) == 2:
            break
    return Actors(actor1=chosen[0] if chosen else None, actor2=chosen[1] if len(chosen) > 1 else None)
