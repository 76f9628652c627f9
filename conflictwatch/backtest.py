"""`conflictwatch backtest`: the worker's detection, in process, over files.

The same batch processor and rule engine as the worker, with the in-memory state
store instead of Redis and lists instead of Kafka topics, so the alert timeline
is what a subscriber would have received had the input been streamed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client import CollectorRegistry

from conflictwatch.models import Alert, DeadLetter, Event
from producers.jsonl import read_events
from streams.engine import Engine
from streams.memory_store import MemoryStore
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage

BATCH = 500


@dataclass
class Backtest:
    events: list[Event] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    def timeline(self) -> list[Alert]:
        """Alerts in event-time order: when what they report happened."""
        return sorted(self.alerts, key=lambda a: (a.triggered_at, a.rule, a.status.value))


def read_inputs(paths: Iterable[Path]) -> tuple[list[Event], list[str]]:
    """Events from JSON Lines files (one event per line); problems as messages."""
    events: list[Event] = []
    problems: list[str] = []
    for path in paths:
        for result in read_events(path):
            if result.event is not None:
                events.append(result.event)
            else:
                problems.append(f"{path}:{result.line}: {result.error}")
    return events, problems


async def _run(engine: Engine, events: Sequence[Event]) -> tuple[list[Alert], list[DeadLetter]]:
    alerts: list[Alert] = []
    dead: list[DeadLetter] = []

    async def publish(alert: Alert) -> None:
        alerts.append(alert)

    async def publish_dead(letter: DeadLetter) -> None:
        dead.append(letter)

    processor = BatchProcessor(engine, MemoryStore(), publish, publish_dead, StreamMetrics.create(CollectorRegistry()))
    for start in range(0, len(events), BATCH):
        chunk = events[start : start + BATCH]
        await processor.process([RawMessage(e.model_dump_json().encode(), key=e.theatre.encode()) for e in chunk])
    return alerts, dead


def run_backtest(engine: Engine, paths: Iterable[Path]) -> Backtest:
    events, problems = read_inputs(paths)
    alerts, dead = asyncio.run(_run(engine, events))
    problems += [f"dead-lettered ({d.reason}): {d.detail}" for d in dead]
    return Backtest(events, problems, alerts)


def table(alerts: Sequence[Alert]) -> str:
    rows = [("EVENT TIME (UTC)", "STATUS", "SEVERITY", "RULE", "SUMMARY")]
    rows += [
        (a.triggered_at.strftime("%Y-%m-%d %H:%M"), a.status.value, a.severity.value, a.rule, a.summary) for a in alerts
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join("  ".join([*(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)), row[4]]) for row in rows)
