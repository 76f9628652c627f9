"""`conflictwatch produce feed`: poll an RSS/Atom feed, extract events from new entries.

feedparser reads the feed (fetched with httpx, so timeouts and redirects are
ours); each entry's content (or summary, or title) is an article dated by the
entry's published time. Entry ids already published are remembered in Redis
(`producers.seen_entries`), so a restarted poller publishes nothing twice. Each
poll that read the feed sends a coverage heartbeat (`producers.coverage`) for
the poller's theatre, or every theatre of the theatres file, after its events.
"""

from __future__ import annotations

import hashlib
from calendar import timegm
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import feedparser
import httpx

from conflictwatch.errors import SourceError
from conflictwatch.theatres import Theatres
from producers.articles import NO_THEATRE, ExtractorFailure, extraction_of
from producers.coverage import covered_theatres, poll_heartbeats
from producers.extract import ArticleMeta
from producers.html_text import html_to_text, looks_like_html
from producers.metrics import ProducerMetrics
from producers.seen_entries import MemorySeenEntries, SeenEntries, publish_then_remember
from producers.sinks import Sink

_TIMEOUT = 10.0


class FeedError(SourceError):
    """A feed that cannot be fetched or parsed."""

    def __str__(self) -> str:
        return f"feed {super().__str__()}"


def fetch_feed(source: str) -> bytes:
    """The feed's bytes from an http(s) URL or a file."""
    try:
        if source.startswith(("http://", "https://")):
            response = httpx.get(source, timeout=_TIMEOUT, follow_redirects=True)
            response.raise_for_status()
            return response.content
        return Path(source).read_bytes()
    except (httpx.HTTPError, OSError) as exc:
        raise FeedError(source, str(exc) or type(exc).__name__) from exc


@dataclass
class FeedPoll:
    entries: int = 0
    new: int = 0
    events: int = 0
    skipped: list[str] = field(default_factory=list)


def entry_id(entry: Any) -> str:
    found = entry.get("id") or entry.get("link")
    if found:
        return str(found)
    return "sha256:" + hashlib.sha256(f"{entry.get('title', '')}\x1f{entry.get('summary', '')}".encode()).hexdigest()


def entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    raw = str(contents[0].get("value", "")) if contents else str(entry.get("summary") or entry.get("title") or "")
    return html_to_text(raw)[0] if looks_like_html(raw) or "<" in raw else raw


def entry_published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(timegm(parsed), UTC) if parsed else None


class FeedPoller:
    def __init__(
        self,
        source: str,
        seen: SeenEntries | MemorySeenEntries,
        sink: Sink,
        metrics: ProducerMetrics,
        theatre: str | None = None,
        fetch: Callable[[str], bytes] = fetch_feed,
        theatres: Theatres | None = None,
        interval: float | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.source = source
        self.seen = seen
        self.sink = sink
        self.metrics = metrics
        self.theatre = theatre
        self.fetch = fetch
        self.theatres = theatres
        self.interval = interval
        self.clock = clock

    def poll(self) -> FeedPoll:
        polled_at = self.clock()
        parsed = feedparser.parse(self.fetch(self.source))
        outlet = str(parsed.feed.get("title") or self.source)[:200]
        entries = {entry_id(e): e for e in parsed.entries}
        new = self.seen.unseen(list(entries))
        result = FeedPoll(entries=len(entries), new=len(new))
        self.metrics.feed_entries.labels(outcome="seen").inc(len(entries) - len(new))
        self.metrics.feed_entries.labels(outcome="new").inc(len(new))
        for key in new:
            entry = entries[key]
            published = entry_published(entry)
            if published is None:
                result.skipped.append(f"{key}: no published or updated time")
                self.metrics.rows_rejected.labels(producer="feed", reason="bad_date").inc()
                self.seen.remember([key])
                continue
            link = entry.get("link")
            meta = ArticleMeta(
                published=published,
                theatre=self.theatre,
                outlet=outlet,
                url=link if isinstance(link, str) and link.startswith(("http://", "https://")) else None,
                title=entry.get("title"),
                article_id=f"feed-{hashlib.sha256(key.encode()).hexdigest()[:16]}",
            )
            try:
                extraction = extraction_of(key, entry_text(entry), meta, self.theatres)
            except ExtractorFailure as exc:
                result.skipped.append(str(exc))
                self.metrics.rows_rejected.labels(producer="feed", reason="extractor_error").inc()
                self.seen.remember([key])
                continue
            self.metrics.articles_read.labels(format="html").inc()
            if extraction.theatre is None:
                result.skipped.append(f"{key}: {NO_THEATRE}")
                self.metrics.rows_rejected.labels(producer="feed", reason="no_theatre").inc()
                self.seen.remember([key])
                continue
            events = extraction.events
            for event in events:
                self.metrics.events_extracted.labels(type=event.type.value).inc()
            sent = publish_then_remember(partial(self.sink.send, events), self.seen, [key])
            self.metrics.events_published.labels(producer="feed").inc(sent)
            result.events += len(events)
        dates = [d for d in map(entry_published, parsed.entries) if d is not None]
        beats = poll_heartbeats(
            source=self.source,
            producer="feed",
            theatres=covered_theatres(self.theatre, self.theatres),
            polled_at=polled_at,
            interval=self.interval,
            items=len(entries),
            last_item_at=max(dates, default=None),
        )
        self.sink.beat(beats)
        return result
