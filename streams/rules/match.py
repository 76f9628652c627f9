"""match: one event of a type (a cabinet meeting scheduled, a ceasefire agreed).

With `at: occurrence` the alert waits until the watermark reaches the event's
own time, so a meeting announced for 16:00 fires at 16:00 (event time).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule
from streams.rules.spec import MatchSpec
from streams.rules.text import sources as n_sources
from streams.rules.text import when_reported
from streams.state import EngineState, Point

PENDING = "pending"


class MatchRule(Rule[MatchSpec]):
    kind = "match"

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
        if self.spec.at == "report" or event.timestamp <= state.watermark(event.theatre):
            return [self._alert(event, sources, emitted_at, due=self.spec.at == "occurrence")]
        own = state.rule_state(event.theatre, self.id)
        own.setdefault(PENDING, {})[event.id] = {
            "time": event.timestamp,
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
            alerts.append(self._alert(event, entry["sources"], emitted_at, due=True))
            del pending[event.id]
        if due:
            state.touch(theatre, self.id)
        return alerts
