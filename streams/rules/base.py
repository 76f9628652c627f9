"""What every rule kind provides to the engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from conflictwatch.models import Alert, Event, EventType
from streams.state import EngineState


@dataclass(frozen=True)
class SeriesNeed:
    """A series a rule reads when it evaluates an event: the points within
    `lookback` before the event and, with `predecessor`, the last one before that."""

    event_type: EventType
    lookback: timedelta = timedelta(0)
    predecessor: bool = False


class Rule(Protocol):
    id: str

    def triggers(self) -> frozenset[EventType]:
        """Event types that make this rule evaluate."""
        ...

    def needs(self) -> tuple[SeriesNeed, ...]: ...

    def evaluate(self, state: EngineState, event: Event, emitted_at: datetime) -> list[Alert]:
        """Alerts this event raises, given the state before the event is recorded."""
        ...
