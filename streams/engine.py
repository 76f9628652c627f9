"""The rule engine: a pure function of (state, event) -> (state, alerts).

No Faust, no Redis: the Faust agent, the backtest and the unit tests drive this
same code. State is changed in place (the stores decide what persists), which
keeps the hot path free of copies.

Time is event time. Each theatre has a watermark: the latest time the stream
has shown to have happened (an event's time, or its report time if that is
earlier, so an announcement of a meeting next week does not move it). An event
older than the watermark by more than `allowed_lateness` is late: it is counted
and recorded, but rules do not evaluate it. Rules that act on the passing of
time (absence, deadlines, the end of a wave) run in `advance`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule
from streams.state import EngineState, Point
from streams.window import Window


class Arrival(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    CORROBORATED = "corroborated"
    LATE = "late"


@dataclass(frozen=True)
class Outcome:
    arrival: Arrival
    alerts: list[Alert]

    @property
    def duplicate(self) -> bool:
        return self.arrival is Arrival.DUPLICATE


def watermark_time(event: Event) -> float:
    return min(event.occurred_at, event.reported_at).timestamp()


class Engine:
    def __init__(self, rules: Sequence[Rule[Any]], allowed_lateness: timedelta = timedelta(days=1)) -> None:
        self.rules = tuple(rules)
        self.lateness = allowed_lateness.total_seconds()
        self._by_type: dict[EventType, tuple[Rule[Any], ...]] = {
            t: tuple(r for r in self.rules if t in r.triggers()) for t in EventType
        }
        self._timed = tuple(r for r in self.rules if r.watches_watermark())
        self.window = Window.of((need for rule in self.rules for need in rule.needs()), allowed_lateness)

    def process(self, state: EngineState, event: Event, emitted_at: datetime) -> Outcome:
        if event.id in state.seen:
            outlets = state.outlets.setdefault(event.id, set())
            if event.source.outlet in outlets:
                return Outcome(Arrival.DUPLICATE, [])
            outlets.add(event.source.outlet)
            sources = len(outlets)
            waiting = [r for r in self._by_type[event.type] if r.spec.min_sources == sources]
            point = Point.of(event)
            alerts = [a for rule in waiting for a in rule.on_event(state, event, point, sources, emitted_at)]
            return Outcome(Arrival.CORROBORATED, alerts)
        point = Point.of(event)
        late = point.time < state.watermark(event.theatre) - self.lateness
        state.record(event, point)
        if late:
            return Outcome(Arrival.LATE, [])
        # Time passes up to the event first (a deadline or a lull before it), then the event happens.
        alerts = self.advance(state, event.theatre, emitted_at, to=watermark_time(event))
        alerts += [a for rule in self._by_type[event.type] for a in rule.on_event(state, event, point, 1, emitted_at)]
        return Outcome(Arrival.NEW, alerts)

    def advance(self, state: EngineState, theatre: str, emitted_at: datetime, to: float | None = None) -> list[Alert]:
        """Let time-driven rules act on the theatre's watermark (moved to `to` if later)."""
        if to is not None:
            state.advance(theatre, to)
        return [a for rule in self._timed for a in rule.on_watermark(state, theatre, emitted_at)]
