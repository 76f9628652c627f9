"""match: one event of a type (a cabinet meeting scheduled, a ceasefire agreed).

With `at: occurrence` the alert waits until the watermark reaches the event's
own time, so a meeting announced for 16:00 fires at 16:00 (event time).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule, held, prune
from streams.rules.spec import MatchSpec
from streams.rules.text import sources as n_sources
from streams.rules.text import when_reported
from streams.state import NEVER, EngineState, Point

PENDING = "pending"
TOLD = "told"  # place ("" for none, or for the whole theatre) -> report time of the alert's event
KEEP_TOLD = 256


class MatchRule(Rule[MatchSpec]):
    spec_type = MatchSpec

    def __init__(self, spec: MatchSpec) -> None:
        super().__init__(spec)
        self._repeat_after = spec.repeat_after.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def watches_watermark(self) -> bool:
        return self.spec.at == "occurrence"

    def _alert(self, event: Event, sources: int, emitted_at: datetime, due: bool) -> Alert:
        attribution = f" according to {event.attribution}" if event.attribution else ""
        verb = "is due" if due else "reported"
        summary = (
            f"{self.spec.title} {verb} in {event.theatre} {when_reported(event)}{attribution} "
            f"({event.source.outlet}; {n_sources(sources)})."
        )
        return self.alert(
            theatre=event.theatre,
            key=event.id,
            summary=summary,
            starts_at=event.timestamp,
            evidence=[event],
            sources=sources,
            values={"confidence": event.source.confidence},
            emitted_at=emitted_at,
        )

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        # Fire once, when the event first qualifies: on arrival, or on the
        # corroboration that brings it to min_sources.
        if not self.accepts(event.theatre, point, sources) or sources != self.spec.min_sources:
            return []
        within = self.spec.reported_within
        if within is not None and event.reported_at - event.occurred_at > within:
            return []
        if self.spec.at == "report" or point.time <= state.watermark(event.theatre):
            if self._told(state, event):
                return []
            # its time has passed when it arrives ("the truce was largely holding"): reported, not due
            return [self._alert(event, sources, emitted_at, due=False)]
        own = state.rule_state(event.theatre, self.id)
        own.setdefault(PENDING, {})[event.id] = {
            "time": point.time,
            "event": event.model_dump_json(),
            "sources": sources,
        }
        state.touch(event.theatre, self.id)
        return []

    def on_watermark(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own = state.rule_state(theatre, self.id)
        pending: dict[str, dict[str, Any]] = own.get(PENDING, {})
        watermark = state.watermark(theatre)
        due = sorted((v for v in pending.values() if v["time"] <= watermark), key=lambda v: float(v["time"]))
        alerts = []
        for entry in due:
            event = Event.model_validate_json(entry["event"])
            del pending[event.id]
            if not self._told(state, event):
                alerts.append(self._alert(event, entry["sources"], emitted_at, due=True))
        if due:
            state.touch(theatre, self.id)
        return alerts

    def look(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        return []  # nothing to note: what waits for its time is all it holds

    def next_due(self, state: EngineState, theatre: str) -> float:
        """When the watermark reaches the earliest event waiting for its time."""
        pending: dict[str, dict[str, Any]] = state.rule_state(theatre, self.id).get(PENDING, {})
        return min((float(v["time"]) for v in pending.values()), default=NEVER)

    def _told(self, state: EngineState, event: Event) -> bool:
        """Whether an alert already told the fact this event reports (see
        `MatchSpec.repeat_after`); if none did, the event's alert starts a group."""
        after = self._repeat_after
        if not after:
            return False
        own = state.rule_state(event.theatre, self.id)
        told: dict[str, float] = held(own, TOLD)
        reported = event.reported_at.timestamp()
        # a country or region named (a headline's "in Libya") locates no fact of its own: it joins either
        place = ""
        location = event.location
        if self.spec.group_by == "place" and location is not None and location.precision in ("exact", "city"):
            place = location.name.casefold()
        for p, at in told.items():
            if abs(reported - at) <= after and (not place or not p or p == place):
                return True
        for p in [p for p, at in told.items() if at < reported - after]:
            del told[p]
        told.pop(place, None)
        told[place] = reported
        prune(told, KEEP_TOLD)
        state.touch(event.theatre, self.id)
        return False
