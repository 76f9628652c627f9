"""`conflictwatch simulate`: a deterministic war for demos and load.

The "gaza-war" scenario: waves of rocket fire on Israeli towns answered by waves
of air strikes on Gaza, daily cumulative casualty reports, lulls in rocket fire
that are reported as pauses ("rockets stopped for N hours") before fire resumes,
then a security cabinet meeting, ceasefire talks and agreement, a ceasefire
taking effect at a stated hour, and a violation hours later. The same seed gives
the same events (and event ids); `events` sets how many.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from random import Random
from typing import Any

from conflictwatch.models import Event, EventType, Location, TimePrecision
from producers.extract.places import gazetteer

DEFAULT_START = datetime(2021, 5, 10, 15, 0, tzinfo=UTC)
_ENDGAME = 8  # events of the ceasefire story at the end
MIN_EVENTS = _ENDGAME + 4


class ScenarioError(ValueError):
    pass


@dataclass
class _Story:
    rng: Random
    theatre: str
    name: str
    events: list[Event]

    def add(
        self,
        event_type: EventType,
        at: datetime,
        place: str | None = None,
        *,
        precision: TimePrecision = TimePrecision.EXACT,
        delay: timedelta | None = None,
        **fields: Any,
    ) -> None:
        location: Location | None = gazetteer().lookup(place) if place else None
        counts = fields.get("counts", {})
        summary = ", ".join(f"{k}={v}" for k, v in counts.items())
        self.events.append(
            Event.model_validate(
                {
                    "type": event_type,
                    "theatre": self.theatre,
                    "occurred_at": at,
                    "time_precision": precision,
                    "reported_at": at + (delay or timedelta(minutes=self.rng.randint(10, 90))),
                    "location": location,
                    "source": {
                        "outlet": "conflictwatch simulator",
                        "evidence": f"Simulated {event_type.value} at {place or self.theatre} {summary}".strip(),
                        "extractor": f"simulator/{self.name}",
                    },
                    **fields,
                }
            )
        )


_ISRAEL_TOWNS = ("Sderot", "Ashkelon", "Beersheba", "Tel Aviv", "communities near the Gaza border")
_GAZA_PLACES = ("Gaza City", "Khan Younis", "Rafah", "Beit Hanoun")
_HAMAS = {
    "actor1": {"name": "Hamas", "side": "palestinian-armed-groups"},
    "actor2": {"name": "Israel", "side": "israel"},
}
_IDF = {"actor1": {"name": "Israel", "side": "israel"}, "actor2": {"name": "Hamas", "side": "palestinian-armed-groups"}}


def _gaza_war(story: _Story, total: int, start: datetime) -> None:
    rng = story.rng
    t = start
    killed, injured, wave = 0, 0, 0
    body = total - _ENDGAME
    while len(story.events) < body:
        wave += 1
        if wave % 3 == 0:  # a lull in rocket fire, reported once fire resumes
            pause = timedelta(hours=rng.randint(7, 10))
            story.add(
                EventType.ROCKET_PAUSE,
                t,
                "southern Israel",
                precision=TimePrecision.SPAN,
                duration=pause,
                delay=pause + timedelta(minutes=30),
                actors={"actor1": _HAMAS["actor1"]},
            )
            t += pause
        for _ in range(min(rng.randint(3, 10), body - len(story.events))):
            projectiles = rng.randint(1, 30)
            story.add(
                EventType.ROCKET_FIRE, t, rng.choice(_ISRAEL_TOWNS), counts={"projectiles": projectiles}, actors=_HAMAS
            )
            t += timedelta(minutes=rng.randint(5, 40))
        t += timedelta(minutes=rng.randint(20, 90))
        for _ in range(min(rng.randint(2, 6), body - len(story.events))):
            story.add(
                EventType.AIR_STRIKE, t, rng.choice(_GAZA_PLACES), counts={"strikes": rng.randint(1, 15)}, actors=_IDF
            )
            t += timedelta(minutes=rng.randint(5, 30))
        if len(story.events) < body:
            killed += rng.randint(3, 25)
            injured += rng.randint(10, 120)
            story.add(
                EventType.CASUALTY_REPORT,
                t,
                "Gaza Strip",
                counts={"killed": killed, "injured": injured},
                attribution="health officials in Gaza",
            )
        t += timedelta(minutes=rng.randint(60, 240))
    day = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    truce = day.replace(hour=23)
    story.add(EventType.CABINET_MEETING, day.replace(hour=16), "Jerusalem", actors={"actor1": _IDF["actor1"]})
    story.add(
        EventType.CEASEFIRE_TALKS,
        day,
        None,
        precision=TimePrecision.DAY,
        actors={"actor1": {"name": "Egypt", "side": "mediator"}},
    )
    story.add(EventType.CEASEFIRE_AGREED, day.replace(hour=19), None, actors=_IDF)
    story.add(EventType.CEASEFIRE_IN_EFFECT, truce, None, delay=timedelta(minutes=5))
    violation = truce + timedelta(hours=rng.randint(2, 5))
    story.add(EventType.ROCKET_FIRE, violation, "Sderot", counts={"projectiles": rng.randint(1, 3)}, actors=_HAMAS)
    story.add(EventType.CEASEFIRE_VIOLATION, violation, "Sderot", actors=_HAMAS)
    story.add(
        EventType.DISPLACEMENT_REPORT,
        truce + timedelta(hours=10),
        "Gaza Strip",
        counts={"displaced": rng.randint(50, 80) * 1000},
    )
    story.add(
        EventType.CASUALTY_REPORT,
        truce + timedelta(hours=12),
        "Gaza Strip",
        counts={"killed": killed + rng.randint(0, 10), "injured": injured + rng.randint(0, 50)},
        attribution="health officials in Gaza",
    )


SCENARIOS: dict[str, tuple[str, Callable[[_Story, int, datetime], None]]] = {
    "gaza-war": ("sim-gaza", _gaza_war),
}


def simulate(
    scenario: str = "gaza-war",
    events: int = 200,
    seed: int = 0,
    start: datetime = DEFAULT_START,
    theatre: str | None = None,
) -> list[Event]:
    if scenario not in SCENARIOS:
        raise ScenarioError(f"unknown scenario {scenario!r}; known: {', '.join(sorted(SCENARIOS))}")
    if events < MIN_EVENTS:
        raise ScenarioError(f"a {scenario} needs at least {MIN_EVENTS} events to tell its story, not {events}")
    default_theatre, build = SCENARIOS[scenario]
    story = _Story(Random(seed), theatre or default_theatre, scenario, [])
    build(story, events, start)
    return story.events
