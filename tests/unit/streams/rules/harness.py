"""Drive the engine the way the worker does, one event per batch, from YAML rules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from conflictwatch.models import Alert, Event, Heartbeat
from streams.engine import Engine
from streams.rules.loader import parse_rules
from streams.rules.registry import build_rules
from streams.state import EngineState
from tests.factories import BASE

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def engine(yaml_rules: str, lateness: timedelta = timedelta(days=1)) -> Engine:
    return Engine(build_rules(parse_rules(yaml_rules, "test.yaml")), lateness)


def hours_after_base(hours: float) -> float:
    return (BASE + timedelta(hours=hours)).timestamp()


class Run:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.state = EngineState()
        self.alerts: list[Alert] = []

    def feed(self, events: Iterable[Event]) -> Run:
        for event in events:
            self.engine.window.trim(self.state)  # what the worker would have kept
            self.alerts += self.engine.process(self.state, event, NOW).alerts
            self.alerts += self.engine.advance(self.state, event.theatre, NOW)
        return self

    def cover(self, heartbeats: Iterable[Heartbeat]) -> Run:
        for heartbeat in heartbeats:
            self.alerts += self.engine.cover(self.state, heartbeat, NOW)
            self.alerts += self.engine.advance(self.state, heartbeat.theatre, NOW)
        return self

    def until(self, hours: float, theatre: str = "israel-gaza") -> Run:
        self.alerts += self.engine.advance(self.state, theatre, NOW, to=hours_after_base(hours))
        return self

    def of(self, rule: str) -> list[Alert]:
        return [a for a in self.alerts if a.rule == rule]


def run(yaml_rules: str, events: Iterable[Event]) -> Run:
    return Run(engine(yaml_rules)).feed(events)
