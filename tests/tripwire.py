"""A rule with a bug: it raises on every event whose evidence mentions a tripwire."""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule
from streams.rules.spec import RuleSpec
from streams.state import EngineState, Point

TRIPWIRE = "tripwire"


class Tripwire(Rule[RuleSpec]):
    def __init__(self) -> None:
        super().__init__(RuleSpec.model_validate({"id": "tripwire", "kind": "match"}))

    def triggers(self) -> frozenset[EventType]:
        return frozenset(EventType)

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if TRIPWIRE in event.source.evidence:
            raise KeyError("no such theatre state")
        return []
