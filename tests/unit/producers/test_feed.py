from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from prometheus_client import CollectorRegistry

from conflictwatch.models import EventType
from producers.feed import FeedPoller
from producers.metrics import ProducerMetrics
from producers.seen_entries import MemorySeenEntries
from tests.unit.producers.test_importers import ListSink

FEED = Path(__file__).resolve().parents[2] / "data" / "feeds" / "wire.rss"


def poller(seen: MemorySeenEntries, sink: ListSink, metrics: ProducerMetrics, feed: bytes) -> FeedPoller:
    return FeedPoller("https://wire.example.org/rss", seen, sink, metrics, fetch=lambda _: feed)


def test_new_entries_are_extracted_dated_by_the_entry_and_remembered() -> None:
    seen, sink, registry = MemorySeenEntries(), ListSink(), CollectorRegistry()
    metrics = ProducerMetrics.create(registry)
    first = poller(seen, sink, metrics, FEED.read_bytes()).poll()
    assert (first.entries, first.new) == (3, 3)
    assert first.skipped == ["https://wire.example.org/a/undated: no published or updated time"]
    types = sorted(e.type.value for e in sink.events)
    assert types == ["cabinet_meeting", "rocket_fire", "rocket_fire", "rocket_pause"]
    pause = next(e for e in sink.events if e.type is EventType.ROCKET_PAUSE)
    assert pause.duration == timedelta(hours=8)
    assert pause.reported_at == datetime(2021, 5, 20, 14, 30, tzinfo=UTC)
    assert pause.source.outlet == "Example Wire: Middle East"
    assert pause.source.url == "https://wire.example.org/a/rockets-resume"
    meeting = next(e for e in sink.events if e.type is EventType.CABINET_MEETING)
    assert meeting.occurred_at == datetime(2021, 5, 20, 16, tzinfo=UTC)

    again = poller(seen, sink, metrics, FEED.read_bytes()).poll()
    assert (again.entries, again.new, again.events) == (3, 0, 0)
    assert registry.get_sample_value("conflictwatch_producer_feed_entries_total", {"outcome": "seen"}) == 3
    assert registry.get_sample_value("conflictwatch_producer_feed_entries_total", {"outcome": "new"}) == 3
