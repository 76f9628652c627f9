"""Actors named in a sentence, with the side each belongs to.

A closed lexicon: the parties of the theatres conflictwatch follows and the
mediators and bodies that recur in their coverage. The first matching alias
names the actor; the side is what the rule engine and the event id use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictwatch.models import Actor, Actors

_LEXICON: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    # (words one of which must occur, pattern, name, side)
    (
        ("Hamas", "Islamic Jihad", "militants"),
        r"Hamas(?:-run)?|Islamic Jihad|Palestinian militants|militants in Gaza",
        "Hamas",
        "palestinian-armed-groups",
    ),
    (("Hezbollah",), r"Hezbollah", "Hezbollah", "hezbollah"),
    (
        ("Israel", "IDF"),
        r"Israeli (?:military|army|forces|troops|aircraft|warplanes|jets|police|air force)|Israel Defen[cs]e Forces|IDF"
        r"|Israel(?!i)|Israeli",
        "Israel",
        "israel",
    ),
    (
        ("Netanyahu", "Gantz", "Cohen"),
        r"Benjamin Netanyahu|Netanyahu|Benny Gantz|Gantz|Eli Cohen",
        "Israeli government",
        "israel",
    ),
    (
        ("Palestinian",),
        r"Palestinian Authority|Palestinian officials|Palestinian health ministry",
        "Palestinian Authority",
        "palestinian-authority",
    ),
    (("Rapid Support", "RSF"), r"Rapid Support Forces|RSF", "Rapid Support Forces", "rsf"),
    (
        ("army",),
        r"Sudanese army|Sudan's army|the army(?= and the paramilitary)|army aircraft",
        "Sudanese Armed Forces",
        "sudan-armed-forces",
    ),
    (
        ("Russia", "Kremlin", "Putin"),
        r"Russian (?:forces|troops|military|missiles|drones)|Russia(?:n)?|Kremlin|Putin",
        "Russia",
        "russia",
    ),
    (
        ("Ukrain", "Zelensk", "Kyiv"),
        r"Ukrainian (?:forces|troops|military|air force)|Ukraine(?:'s|’s)? air force|Ukrain(?:e|ian)"
        r"|Zelenskiy|Zelensky|Kyiv",
        "Ukraine",
        "ukraine",
    ),
    (("Egypt",), r"Egypt(?:ian)?", "Egypt", "mediator"),
    (("Qatar",), r"Qatar(?:i)?", "Qatar", "mediator"),
    (("Saudi",), r"Saudi Arabia|Saudi", "Saudi Arabia", "mediator"),
    (("U.N.", "UN", "United Nations", "Wennesland"), r"U\.N\.|UN|United Nations|Wennesland", "United Nations", "un"),
    (
        ("U.S.", "United States", "Washington", "Biden", "US "),
        r"U\.S\.|United States|Washington|Biden|US mission",
        "United States",
        "united-states",
    ),
    (("France", "French", "Macron"), r"France|French|Macron", "France", "france"),
)
# words, compiled pattern and the actor, built once
_ENTRIES = tuple(
    (words, re.compile(rf"\b(?:{pattern})\b"), Actor(name=name, side=side)) for words, pattern, name, side in _LEXICON
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: Actor
    start: int


def find_actors(text: str) -> list[ActorMention]:
    """Actors in order of mention; only the entries one of whose words occur are matched."""
    mentions = [
        ActorMention(actor, match.start())
        for words, pattern, actor in _ENTRIES
        if any(word in text for word in words)
        for match in pattern.finditer(text)
    ]
    return sorted(mentions, key=lambda m: m.start)


def pick_actors(mentions: list[ActorMention]) -> Actors:
    """The first two distinct sides named, in order of mention."""
    chosen: list[Actor] = []
    for mention in mentions:
        if all(a.side != mention.actor.side for a in chosen):
            chosen.append(mention.actor)
        if len(chosen) == 2:
            break
    return Actors(actor1=chosen[0] if chosen else None, actor2=chosen[1] if len(chosen) > 1 else None)
