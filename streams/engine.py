"""The rule engine: a pure function of (state, event) -> (state, alerts).

No Faust, no Redis: the Faust agent, the backtest and the unit tests drive this
same code. State is mutated in place (the stores decide what persists), which
keeps the hot path free of copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule, SeriesNeed
from streams.state import EngineState


@dataclass(frozen=True)
class Outcome:
    duplicate: bool
    alerts: list[Alert]


class Engine:
    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._by_type: dict[EventType, tuple[Rule, ...]] = {
            t: tuple(r for r in self.rules if t in r.triggers()) for t in EventType
        }

    def needs(self, event_types: Iterable[EventType]) -> set[SeriesNeed]:
        """The series the rules read for events of these types."""
        return {need for t in set(event_types) for rule in self._by_type[t] for need in rule.needs()}

    def process(self, state: EngineState, event: Event, emitted_at: datetime) -> Outcome:
        if event.id in state.seen:
            return Outcome(duplicate=True, alerts=[])
        alerts = [alert for rule in self._by_type[event.type] for alert in rule.evaluate(state, event, emitted_at)]
        state.record(event)
        return Outcome(duplicate=False, alerts=alerts)
