"""The producers' metrics, defined once, built from a registry.

Label values are bounded: event types are the contract's closed vocabulary,
producers and reject reasons are the tuples below.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

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
    "extractor_error",
)
ARTICLE_FORMATS = ("text", "html")
GDELT_LIST_OUTCOMES = ("new", "unchanged", "failed")
GDELT_FILE_OUTCOMES = ("published", "missing", "corrupt", "unreachable", "skipped")


@dataclass(frozen=True)
class ProducerMetrics:
    articles_read: Counter
    events_extracted: Counter
    events_published: Counter
    rows_rejected: Counter
    feed_entries: Counter
    extraction_seconds: Histogram
    gdelt_lists: Counter
    gdelt_files: Counter
    gdelt_position: Gauge

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
            gdelt_lists=Counter(
                "conflictwatch_producer_gdelt_lists",
                "GDELT update lists polled: 'new' names an export after the position, 'unchanged' does not "
                "(the same list again), 'failed' could not be fetched or read.",
                ["outcome"],
                registry=registry,
            ),
            gdelt_files=Counter(
                "conflictwatch_producer_gdelt_files",
                "GDELT exports the follower fetched, by outcome: published; missing (404), corrupt (size, md5 or "
                "zip) and unreachable are tried again at the next poll; skipped were given up.",
                ["outcome"],
                registry=registry,
            ),
            gdelt_position=Gauge(
                "conflictwatch_producer_gdelt_position_timestamp_seconds",
                "The time of the last GDELT export published or given up (its stamp).",
                registry=registry,
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
        for outcome in GDELT_LIST_OUTCOMES:
            metrics.gdelt_lists.labels(outcome=outcome)
        for outcome in GDELT_FILE_OUTCOMES:
            metrics.gdelt_files.labels(outcome=outcome)
        return metrics
