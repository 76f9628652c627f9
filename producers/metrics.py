"""The producers' metrics, defined once, built from a registry.

Label values are bounded: event types are the contract's closed vocabulary,
producers and reject reasons are the tuples below.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from conflictwatch.models import EventType

PRODUCERS = ("article", "feed", "events", "acled", "gdelt", "simulate")
REJECT_REASONS = (
    "invalid_event",
    "no_theatre",
    "unmapped_type",
    "bad_date",
    "bad_coordinates",
    "bad_number",
    "missing_field",
    "wrong_column_count",
    "unreadable_article",
)
ARTICLE_FORMATS = ("text", "html")


@dataclass(frozen=True)
class ProducerMetrics:
    articles_read: Counter
    events_extracted: Counter
    events_published: Counter
    rows_rejected: Counter
    feed_entries: Counter
    extraction_seconds: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry) -> ProducerMetrics:
        metrics = cls(
            articles_read=Counter(
                "conflictwatch_producer_articles_read",
                "Articles read by the article and feed producers, by format.",
                ["format"],
                registry=registry,
            ),
            events_extracted=Counter(
                "conflictwatch_producer_events_extracted",
                "Events the extractor found in articles, by type.",
                ["type"],
                registry=registry,
            ),
            events_published=Counter(
                "conflictwatch_producer_events_published",
                "Events acknowledged by Kafka (or printed on a dry run), by producer.",
                ["producer"],
                registry=registry,
            ),
            rows_rejected=Counter(
                "conflictwatch_producer_rows_rejected",
                "Input rows, lines or articles that gave no event, by producer and reason.",
                ["producer", "reason"],
                registry=registry,
            ),
            feed_entries=Counter(
                "conflictwatch_producer_feed_entries",
                "Feed entries polled: 'new' were extracted and published, 'seen' were skipped.",
                ["outcome"],
                registry=registry,
            ),
            extraction_seconds=Histogram(
                "conflictwatch_producer_extraction_seconds",
                "Time to extract the events of one article.",
                registry=registry,
                buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
            ),
        )
        for fmt in ARTICLE_FORMATS:
            metrics.articles_read.labels(format=fmt)
        for event_type in EventType:
            metrics.events_extracted.labels(type=event_type.value)
        for producer in PRODUCERS:
            metrics.events_published.labels(producer=producer)
        for outcome in ("new", "seen"):
            metrics.feed_entries.labels(outcome=outcome)
        return metrics
