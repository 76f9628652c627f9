"""Coverage heartbeats, shared by every producer: which theatres a source was read
for and over which stretch of time (`conflictwatch.models.Heartbeat`), one record
per theatre, sent through the producer's sink next to its events.

A polling source (a feed, GDELT's update list) vouches from its poll until its
next poll is due, with one poll of slack (`POLL_SLACK`): a source that stops
being polled stops covering its theatres one missed poll later. A file read
once (articles, a dataset) vouches for the span of the reports it held in each
theatre (`SpanTracker`): a dataset of a year of events is a year's record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from conflictwatch.models import Event, Heartbeat
from conflictwatch.theatres import Theatres

POLL_SLACK = 2  # a poll vouches until two intervals later: one missed poll is not a gap


def covered_theatres(own: str | None, theatres: Theatres | None) -> tuple[str, ...]:
    """The theatres a source covers: its own setting (`--theatre`), else every
    theatre of the theatres file."""
    if own is not None:
        return (own,)
    return tuple(t.slug for t in theatres.all) if theatres is not None else ()


def poll_heartbeats(
    *,
    source: str,
    producer: str,
    theatres: Iterable[str],
    polled_at: datetime,
    interval: float | None,
    items: int,
    last_item_at: datetime | None,
) -> list[Heartbeat]:
    """A poll's heartbeats: covering from the poll to `POLL_SLACK` intervals
    later (a single poll, `interval` None, covers its moment only)."""
    until = polled_at + timedelta(seconds=POLL_SLACK * interval) if interval else polled_at
    return [
        heartbeat(theatre, source, producer, polled_at, (polled_at, until), items, last_item_at) for theatre in theatres
    ]


def heartbeat(
    theatre: str,
    source: str,
    producer: str,
    polled_at: datetime,
    covered: tuple[datetime, datetime],
    items: int,
    last_item_at: datetime | None,
) -> Heartbeat:
    return Heartbeat(
        theatre=theatre,
        source=source[:200],
        producer=producer,
        polled_at=polled_at,
        covered_from=covered[0],
        covered_to=covered[1],
        items=items,
        last_item_at=last_item_at,
    )


@dataclass
class _Span:
    start: datetime
    end: datetime
    items: int = 0
    last_item_at: datetime | None = None


@dataclass
class SpanTracker:
    """The span of the reports a file gave, per theatre: from the earliest event to
    the latest report."""

    spans: dict[str, _Span] = field(default_factory=dict)

    def add(self, events: Sequence[Event]) -> None:
        spans = self.spans
        for event in events:  # a dataset's every row: comparisons inline, no call per event
            occurred, reported = event.occurred_at, event.reported_at
            start, end = (occurred, reported) if occurred <= reported else (reported, occurred)
            span = spans.get(event.theatre)
            if span is None:
                span = spans[event.theatre] = _Span(start, end)
            if start < span.start:
                span.start = start
            if end > span.end:
                span.end = end
            span.items += 1
            if span.last_item_at is None or reported > span.last_item_at:
                span.last_item_at = reported

    def heartbeats(self, source: str, producer: str, polled_at: datetime) -> list[Heartbeat]:
        return [
            heartbeat(theatre, source, producer, polled_at, (span.start, span.end), span.items, span.last_item_at)
            for theatre, span in sorted(self.spans.items())
        ]
