"""`conflictwatch backtest`: the worker's detection, in process, over files:
event files, ACLED or GDELT exports, and articles through the extractor.

The same batch processor and rule engine as the worker, with the in-memory state
store instead of Redis and lists instead of Kafka topics, so the alert timeline
is what a subscriber would have received had the input been streamed. Inputs are
streamed too, a batch at a time, so a full dataset history (millions of rows)
runs in the memory of its alerts; the events themselves are kept only when asked
(the plot draws them).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

from prometheus_client import CollectorRegistry

from conflictwatch.app.event_order import in_time_order
from conflictwatch.errors import ConflictwatchError
from conflictwatch.models import Alert, DeadLetter, Event
from conflictwatch.theatres import Theatres
from producers.articles import article_events, article_paths, read_article
from producers.importers.common import fewer_collections
from producers.importers.registry import importer_for
from producers.jsonl import read_events
from streams.engine import Engine
from streams.memory_store import MemoryStore
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor

BATCH = 500
EVENT_FILES = (".jsonl", ".ndjson", ".json")  # event files, as JSON Lines; others by importer, else articles


@dataclass
class Backtest:
    events: list[Event] = field(default_factory=list)  # only when kept
    rejected: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    count: int = 0  # events run through the rules
    seconds: float = 0.0  # reading the inputs and running the rules

    def rate(self) -> float:
        """Events per second, reading included."""
        return self.count / self.seconds if self.seconds else 0.0

    def timeline(self) -> list[Alert]:
        """Alerts in event-time order: when what they report happened."""
        return sorted(self.alerts, key=lambda a: (a.triggered_at, a.rule, a.status.value))


@dataclass(frozen=True)
class ArticleDefaults:
    """For articles without a header block: what `produce article` takes as options."""

    published: datetime | None = None
    theatre: str | None = None
    outlet: str | None = None
    theatres: Theatres | None = None


def read_inputs(
    paths: Iterable[Path], defaults: ArticleDefaults = ArticleDefaults()
) -> tuple[list[Event], list[str], list[str]]:
    """Events from event files (JSON Lines), dataset exports (see
    producers.importers.registry), and articles (through the extractor); problems
    and notes as messages. Directories hold articles."""
    problems: list[str] = []
    notes: list[str] = []
    events = list(stream_inputs(paths, defaults, problems, notes))
    return events, problems, notes


def stream_inputs(
    paths: Iterable[Path], defaults: ArticleDefaults, problems: list[str], notes: list[str]
) -> Iterator[Event]:
    """read_inputs' events one at a time, its problems and notes appended as they come."""
    for root in paths:
        for path in article_paths(root) if root.is_dir() else [root]:
            importer = importer_for(path)
            if path.name.lower().endswith(EVENT_FILES):
                for result in read_events(path):
                    if result.event is not None:
                        yield result.event
                    else:
                        problems.append(f"{path}:{result.line}: {result.error}")
            elif importer is not None:
                for row in importer.rows(path, defaults.theatre, defaults.theatres):
                    if row.event is not None:
                        yield row.event
                    else:
                        problems.append(f"{path}:{row.line}: {row.reason}: {row.detail}")
            else:
                try:
                    article = read_article(
                        str(path),
                        path.read_text(encoding="utf-8", errors="replace"),
                        published=defaults.published,
                        outlet=defaults.outlet,
                        theatre=defaults.theatre,
                    )
                    found, note = article_events(article, defaults.theatres)
                except ConflictwatchError as exc:
                    problems.append(str(exc))
                    continue
                yield from found
                notes.extend([note] if note else [])


class _OutOfOrder(Exception):
    """The inputs' events are not in event-time order."""


async def _run(
    engine: Engine, events: Iterable[Event], result: Backtest, keep: bool, check_order: bool
) -> list[DeadLetter]:
    """The events through the worker's processor in batches; with `check_order`, _OutOfOrder as soon as a
    batch holds an event earlier than one of a batch before (each batch is sorted before it is run)."""
    dead: list[DeadLetter] = []
    latest = float("-inf")

    async def publish(alert: Alert) -> None:
        result.alerts.append(alert)

    async def publish_dead(letter: DeadLetter) -> None:
        dead.append(letter)

    processor = BatchProcessor(engine, MemoryStore(), publish, publish_dead, StreamMetrics.create(CollectorRegistry()))
    stream = iter(events)
    while chunk := list(islice(stream, BATCH)):
        if check_order:
            times = [event.timestamp for event in chunk]
            if min(times) < latest:
                raise _OutOfOrder
            latest = max(latest, *times)
        result.count += len(chunk)
        if keep:
            result.events.extend(chunk)
        await processor.process_events(chunk)
    return dead


def run_backtest(
    engine: Engine, paths: Iterable[Path], defaults: ArticleDefaults = ArticleDefaults(), keep_events: bool = True
) -> Backtest:
    """The rules over the inputs' events in event-time order, as a live stream would have seen
    them: streamed as read while they come in order; else read again and sorted first
    (`event_order`). `keep_events` keeps every event in the result."""
    paths = list(paths)
    result = Backtest()
    started = time.perf_counter()
    with fewer_collections():  # a replay makes as many short-lived containers as an import
        try:
            events = stream_inputs(paths, defaults, result.rejected, result.notes)
            dead = asyncio.run(_run(engine, events, result, keep_events, check_order=True))
        except _OutOfOrder:
            result = Backtest()
            events = in_time_order(stream_inputs(paths, defaults, result.rejected, result.notes))
            dead = asyncio.run(_run(engine, events, result, keep_events, check_order=False))
            result.notes.append("the inputs' events were not in event-time order: they were sorted, then run")
    result.seconds = time.perf_counter() - started
    result.rejected += [f"dead-lettered ({d.reason}): {d.detail}" for d in dead]
    return result


def described(alert: Alert) -> str:
    """The summary, and for a silence the coverage it rests on when the summary does
    not say it (in a backtest, where no heartbeats exist: inferred or unknown)."""
    coverage = alert.coverage
    if coverage is None or coverage.basis == "heartbeats":
        return alert.summary
    return f"{alert.summary} {coverage.summary[:1].upper()}{coverage.summary[1:]}."


def table(alerts: Sequence[Alert]) -> str:
    rows = [("EVENT TIME (UTC)", "STATUS", "SEVERITY", "RULE", "SUMMARY")]
    rows += [
        (a.triggered_at.strftime("%Y-%m-%d %H:%M"), a.status.value, a.severity.value, a.rule, described(a))
        for a in alerts
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join("  ".join([*(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)), row[4]]) for row in rows)
