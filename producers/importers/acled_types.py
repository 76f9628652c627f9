"""ACLED's event types, current and legacy, → the contract's event types.

| ACLED event_type / sub_event_type | contract type |
| --- | --- |
| Battles / Armed clash, Government regains territory, Non-state actor overtakes … | ground_clash |
| Explosions/Remote violence / Air/drone strike | air_strike |
| Explosions/Remote violence / Shelling/artillery/missile attack | rocket_fire if notes say rocket, else ground_clash |
| Explosions/Remote violence / Remote explosive/landmine/IED, Grenade, Suicide bomb | ground_clash |
| Violence against civilians / any | violence_against_civilians |
| Protests / any; Riots / any | civil_unrest |
| Strategic developments / Agreement | ceasefire_agreed if notes say ceasefire/truce, else diplomatic_statement |
| Strategic developments / Looting/property destruction | infrastructure_damage |
| anything else (Arrests, Headquarters or base established, Disrupted weapons use, Other, …) | rejected: unmapped_type |

Files without `sub_event_type` (ACLED before 2019, or a current export with the
column de-selected) have it derived from the event type, and from the notes
where the type alone does not tell:

- Battle-No change of territory, Battles → Battles / Armed clash;
- Battle-Government regains territory → Battles / Government regains territory;
- Battle-Non-state actor overtakes territory (also written "actors overtake") →
  Battles / Non-state actor overtakes territory;
- Remote violence, Explosions/Remote violence → Air/drone strike if the notes
  name aircraft, drones or air strikes; Suicide bomb, Grenade or Remote
  explosive/landmine/IED if they name those (or a bomb, blast or explosive);
  else Shelling/artillery/missile attack;
- Riots/Protests → Riots (actor1 `Rioters …`) or Protests;
- Violence against civilians, Violence Against Civilians → Violence against civilians / Attack;
- Strategic development(s) → Agreement if the notes name a ceasefire, truce,
  peace deal or agreement; Looting/property destruction if they name looting;
  Arrests if an arrest; else Other;
- Headquarters or base established, Non-violent transfer of territory →
  Strategic developments / the same (no contract type).

Event types are compared with case and spacing folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from conflictwatch.models import EventType
from conflictwatch.theatres import slugify
from producers.importers.common import Rejected

_BY_SUB_EVENT = {
    "armed clash": EventType.GROUND_CLASH,
    "government regains territory": EventType.GROUND_CLASH,
    "non-state actor overtakes territory": EventType.GROUND_CLASH,
    "air/drone strike": EventType.AIR_STRIKE,
    "remote explosive/landmine/ied": EventType.GROUND_CLASH,
    "grenade": EventType.GROUND_CLASH,
    "suicide bomb": EventType.GROUND_CLASH,
    "looting/property destruction": EventType.INFRASTRUCTURE_DAMAGE,
}
_UNREST = frozenset({"protests", "riots"})
_ROCKETS = re.compile(r"\brockets?\b", re.IGNORECASE)
_CEASEFIRE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.IGNORECASE)

_AIR = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|aircraft|air force|warplanes?|jets?|drones?|helicopters?|bombers?|aerial)\b",
    re.IGNORECASE,
)
_SUICIDE = re.compile(r"\bsuicide\b", re.IGNORECASE)
_GRENADE = re.compile(r"\bgrenades?\b", re.IGNORECASE)
_EXPLOSIVE = re.compile(
    r"\b(?:ieds?|improvised explosive|explosive|explosives|(?:land)?mines?|bombs?|blasts?|explosions?|vbieds?)\b",
    re.IGNORECASE,
)
_AGREEMENT = re.compile(r"\b(?:ceasefire|cease-fire|truce|peace (?:deal|accord|agreement)|agreement|accord)\b", re.I)
_LOOTING = re.compile(r"\b(?:loot(?:ed|ing|s)?|ransack(?:ed|ing)?|pillag(?:ed|ing|e))\b", re.IGNORECASE)
_ARREST = re.compile(r"\barrest(?:ed|s|ing)?\b", re.IGNORECASE)

Derive = Callable[[str, str], tuple[str, str]]  # (notes, actor1) → (event_type, sub_event_type)


def _by_notes(main: str, found: tuple[tuple[re.Pattern[str], str], ...], otherwise: str) -> Derive:
    """The sub-type of the first pattern the notes match, else `otherwise`."""
    return lambda notes, _actor1: (main, next((sub for pattern, sub in found if pattern.search(notes)), otherwise))


_remote_violence = _by_notes(
    "explosions/remote violence",
    (
        (_AIR, "air/drone strike"),
        (_SUICIDE, "suicide bomb"),
        (_GRENADE, "grenade"),
        (_EXPLOSIVE, "remote explosive/landmine/ied"),
    ),
    "shelling/artillery/missile attack",
)
_strategic = _by_notes(
    "strategic developments",
    ((_AGREEMENT, "agreement"), (_LOOTING, "looting/property destruction"), (_ARREST, "arrests")),
    "other",
)


def _riots_protests(_: str, actor1: str) -> tuple[str, str]:
    return ("riots", "riots") if actor1.casefold().startswith("rioters") else ("protests", "protests")


def _fixed(main: str, sub: str) -> Derive:
    return lambda _notes, _actor1: (main, sub)


_DERIVED: dict[str, Derive] = {
    "battle-no change of territory": _fixed("battles", "armed clash"),
    "battle-government regains territory": _fixed("battles", "government regains territory"),
    "battle-non-state actor overtakes territory": _fixed("battles", "non-state actor overtakes territory"),
    "battle-non-state actors overtake territory": _fixed("battles", "non-state actor overtakes territory"),
    "battles": _fixed("battles", "armed clash"),
    "remote violence": _remote_violence,
    "explosions/remote violence": _remote_violence,
    "riots/protests": _riots_protests,
    "riots": _fixed("riots", "riots"),
    "protests": _fixed("protests", "protests"),
    "violence against civilians": _fixed("violence against civilians", "attack"),
    "strategic development": _strategic,
    "strategic developments": _strategic,
    "headquarters or base established": _fixed("strategic developments", "headquarters or base established"),
    "non-violent transfer of territory": _fixed("strategic developments", "non-violent transfer of territory"),
}
_HYPHEN = re.compile(r"\s*-\s*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1024)
def fold_type(name: str) -> str:
    """An event type as compared: case and spacing folded ("Battle - No change of territory" → battle-no change …)."""
    return _HYPHEN.sub("-", _SPACES.sub(" ", name.strip().casefold()))


@lru_cache(maxsize=1024)
def extractor_name(sub: str) -> str:
    return f"acled/{slugify(sub)}"


_READ_IN_NOTES = frozenset({"shelling/artillery/missile attack", "agreement"})


def by_types_alone(sub_event_type: str) -> bool:
    """Whether `classify` decides rows of this sub-event type without their notes or
    actor1 (so the same for every row of its types): when it is given, and not one
    whose notes tell apart rockets or a ceasefire."""
    sub = fold_type(sub_event_type)
    return bool(sub) and sub not in _READ_IN_NOTES


def classify(event_type: str, sub_event_type: str, notes: str, actor1: str) -> tuple[EventType, str]:
    """The contract type of a row, and the (sub-)type it was decided by (derived when
    the row has none); Rejected (`unmapped_type`) when it has no contract type."""
    main, sub = fold_type(event_type), fold_type(sub_event_type)
    if not sub and main in _DERIVED:
        main, sub = _DERIVED[main](notes, actor1)
    if main in _UNREST:
        return EventType.CIVIL_UNREST, sub or main
    if sub == "shelling/artillery/missile attack":
        return (EventType.ROCKET_FIRE if _ROCKETS.search(notes) else EventType.GROUND_CLASH), sub
    if sub == "agreement":
        return (EventType.CEASEFIRE_AGREED if _CEASEFIRE.search(notes) else EventType.DIPLOMATIC_STATEMENT), sub
    if main == "violence against civilians":
        return EventType.VIOLENCE_AGAINST_CIVILIANS, sub or main
    if sub in _BY_SUB_EVENT:
        return _BY_SUB_EVENT[sub], sub
    shown = f"{event_type} / {sub_event_type}" if sub_event_type.strip() else f"{event_type} (read as {main} / {sub})"
    raise Rejected("unmapped_type", f"{shown} has no contract type")
