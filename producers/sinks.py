"""Where produced events go: Kafka, or (on a dry run) stdout as JSON lines or a table.

Every producer writes to a `Sink`, so the same code path runs with and without
Kafka, and the tests can collect events in a list. Its coverage heartbeats
(`producers.coverage`) go through the same sink: to the coverage topic, or
nowhere on a dry run (stdout holds events only).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TextIO

from conflictwatch.models import Event, Heartbeat
from producers.jsonl import event_line
from producers.publisher import EventPublisher


class Sink(Protocol):
    def send(self, events: Sequence[Event]) -> int:
        """Deliver the events; return how many were delivered."""
        ...

    def beat(self, heartbeats: Sequence[Heartbeat]) -> None:
        """Deliver coverage heartbeats (after the events they report on)."""
        ...


class KafkaSink:
    def __init__(self, publisher: EventPublisher) -> None:
        self.publisher = publisher

    def send(self, events: Sequence[Event]) -> int:
        return self.publisher.publish(events) if events else 0

    def beat(self, heartbeats: Sequence[Heartbeat]) -> None:
        if heartbeats:
            self.publisher.publish_heartbeats(heartbeats)


class _DryRun:
    def beat(self, heartbeats: Sequence[Heartbeat]) -> None:
        return None


class JsonLinesSink(_DryRun):
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def send(self, events: Sequence[Event]) -> int:
        self.write(b"".join(map(event_line, events)))
        return len(events)

    def write(self, lines: bytes) -> None:
        """Events' lines as `producers.jsonl.event_line` writes them (a dry run's batches)."""
        self.out.write(lines.decode())
        self.out.flush()


class TableSink(_DryRun):
    """A readable table for a terminal: one line per event."""

    COLUMNS = ("occurred_at", "precision", "type", "place", "counts", "conf", "rule", "evidence")

    def __init__(self, out: TextIO, evidence_width: int = 60) -> None:
        self.out = out
        self.evidence_width = evidence_width
        self._header_written = False

    def send(self, events: Sequence[Event]) -> int:
        if not self._header_written:
            self.out.write(self._row(self.COLUMNS) + "\n")
            self._header_written = True
        for event in events:
            self.out.write(self._row(self.cells(event)) + "\n")
        self.out.flush()
        return len(events)

    def cells(self, event: Event) -> tuple[str, ...]:
        counts = ", ".join(
            f"{name}={'~' if name in event.counts.approximate else ''}{value}"
            for name, value in event.counts.values().items()
        )
        if event.duration:
            counts = f"{counts}, for {event.duration.total_seconds() / 3600:g}h".lstrip(", ")
        evidence = event.source.evidence
        if len(evidence) > self.evidence_width:
            evidence = evidence[: self.evidence_width - 1] + "…"
        return (
            event.occurred_at.strftime("%Y-%m-%d %H:%M"),
            event.time_precision.value,
            event.type.value,
            event.location.name if event.location else "",
            counts,
            f"{event.source.confidence:.2f}",
            event.source.extractor,
            evidence,
        )

    @staticmethod
    def _row(cells: Iterable[str]) -> str:
        widths = (16, 9, 21, 32, 40, 4, 24, 0)
        return "  ".join(
            cell.ljust(width)[: max(width, len(cell))] if width else cell
            for cell, width in zip(cells, widths, strict=True)
        ).rstrip()


def dry_run_sink(out: TextIO) -> Sink:
    """A table on a terminal, JSON lines otherwise (for pipes and files)."""
    return TableSink(out) if out.isatty() else JsonLinesSink(out)
