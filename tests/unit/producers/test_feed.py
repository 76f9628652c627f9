from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

import producers.articles
from conflictwatch.models import EventType
from conflictwatch.theatres import shipped_theatres
from producers.extract.extractor import Extraction
from producers.feed import FeedError, FeedPoller
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


def test_every_poll_sends_a_heartbeat_covering_until_one_missed_poll_later() -> None:
    sink, at = ListSink(), datetime(2026, 11, 30, 12, tzinfo=UTC)
    feed = FEED.read_bytes()
    polls = FeedPoller(
        "https://wire.example.org/rss",
        MemorySeenEntries(),
        sink,
        ProducerMetrics.create(CollectorRegistry()),
        theatre="israel-gaza",
        interval=300,
        fetch=lambda _: feed,
        clock=lambda: at,
    )
    polls.poll()
    polls.poll()  # nothing new: still a heartbeat, the feed was read
    assert len(sink.heartbeats) == 2
    beat = sink.heartbeats[-1]
    assert (beat.theatre, beat.source, beat.producer, beat.items) == (
        "israel-gaza",
        "https://wire.example.org/rss",
        "feed",
        3,
    )
    assert (beat.covered_from, beat.covered_to) == (at, at + timedelta(seconds=600))
    assert beat.last_item_at == datetime(2021, 5, 20, 14, 30, tzinfo=UTC)


def test_a_feed_of_no_theatre_of_its_own_covers_every_theatre_of_the_file() -> None:
    sink = ListSink()
    feed = FEED.read_bytes()
    FeedPoller(
        "wire.rss",
        MemorySeenEntries(),
        sink,
        ProducerMetrics.create(CollectorRegistry()),
        fetch=lambda _: feed,
        theatres=shipped_theatres(),
    ).poll()
    assert {b.theatre for b in sink.heartbeats} == {t.slug for t in shipped_theatres().all}
    assert all(b.covered_from == b.covered_to for b in sink.heartbeats)  # polled once: its moment only


def test_a_feed_that_cannot_be_read_sends_no_heartbeat() -> None:
    def unreachable(source: str) -> bytes:
        raise FeedError(source, "connection refused")

    sink = ListSink()
    poll = FeedPoller(
        "https://x.example/rss",
        MemorySeenEntries(),
        sink,
        ProducerMetrics.create(CollectorRegistry()),
        fetch=unreachable,
    )
    with pytest.raises(FeedError):
        poll.poll()
    assert sink.heartbeats == []


def test_an_entry_the_extractor_fails_on_is_skipped_and_remembered_and_the_rest_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = producers.articles.extract_article

    def failing_on_one(text: str, *args: Any) -> Extraction:
        if "cabinet" in text.lower():
            raise AttributeError("'NoneType' object has no attribute 'lower'")
        return real(text, *args)

    monkeypatch.setattr(producers.articles, "extract_article", failing_on_one)
    seen, sink, registry = MemorySeenEntries(), ListSink(), CollectorRegistry()
    metrics = ProducerMetrics.create(registry)
    first = poller(seen, sink, metrics, FEED.read_bytes()).poll()
    assert sorted(e.type.value for e in sink.events) == ["rocket_fire", "rocket_fire", "rocket_pause"]
    assert any(s.startswith("https://wire.example.org/a/cabinet: the extractor failed on it") for s in first.skipped)
    labels = {"producer": "feed", "reason": "extractor_error"}
    assert registry.get_sample_value("conflictwatch_producer_rows_rejected_total", labels) == 1
    again = poller(seen, sink, metrics, FEED.read_bytes()).poll()
    assert again.new == 0  # a fault of the extractor does not stop the feed at that entry on every poll
