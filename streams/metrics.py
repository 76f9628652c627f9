"""The worker's stream metrics, defined once, built from a registry."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REJECT_REASONS = (
    "too_large",
    "not_utf8",
    "not_json",
    "invalid_event",
    "event_id_mismatch",
    "invalid_heartbeat",
    "rule_error",
)


@dataclass(frozen=True)
class StreamMetrics:
    events_consumed: Counter
    events_rejected: Counter
    events_duplicate: Counter
    events_late: Counter
    events_corroborated: Counter
    alerts_fired: Counter
    event_to_alert: Histogram
    reported_figure: Gauge
    dependency_up: Gauge
    batch_seconds: Histogram
    last_batch: Gauge
    degraded: Gauge
    dependency_errors: Counter
    watermark: Gauge
    last_event: Gauge
    window_events: Gauge
    partition_stalled: Gauge
    stall_recoveries: Counter
    heartbeats_consumed: Counter
    coverage_sources: Gauge
    coverage_sources_live: Gauge
    coverage_share: Gauge
    coverage_last_item: Gauge

    @classmethod
    def create(cls, registry: CollectorRegistry) -> StreamMetrics:
        metrics = cls(
            events_consumed=Counter(
                "conflictwatch_events_consumed",
                "Valid events counted, by theatre and type.",
                ["theatre", "type"],
                registry=registry,
            ),
            events_rejected=Counter(
                "conflictwatch_events_rejected",
                "Messages sent to the dead-letter topic, by reason.",
                ["reason"],
                registry=registry,
            ),
            events_duplicate=Counter(
                "conflictwatch_events_duplicate", "Events already counted (same event id).", registry=registry
            ),
            events_late=Counter(
                "conflictwatch_events_late",
                "Events later than the allowed lateness behind the watermark: counted and recorded, "
                "not evaluated by rules.",
                registry=registry,
            ),
            events_corroborated=Counter(
                "conflictwatch_events_corroborated",
                "Reports of an already counted event by another outlet.",
                registry=registry,
            ),
            alerts_fired=Counter(
                "conflictwatch_alerts_fired",
                "Alerts published, by theatre, rule and status.",
                ["theatre", "rule", "status"],
                registry=registry,
            ),
            event_to_alert=Histogram(
                "conflictwatch_event_to_alert_seconds",
                "From an event's arrival on the events topic to the broker acknowledging the alert it triggered.",
                registry=registry,
                buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            ),
            reported_figure=Gauge(
                "conflictwatch_reported_figure",
                "The latest figure reported in a theatre (by event time), e.g. type=casualty_report, count=killed.",
                ["theatre", "type", "count"],
                registry=registry,
            ),
            dependency_up=Gauge(
                "conflictwatch_dependency_up",
                "1 when the worker reached the dependency at its last check.",
                ["dependency"],
                registry=registry,
            ),
            batch_seconds=Histogram(
                "conflictwatch_batch_duration_seconds",
                "Time to process one batch (state load, rules, alert publish, state commit).",
                registry=registry,
                buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            ),
            last_batch=Gauge(
                "conflictwatch_worker_last_batch_timestamp_seconds",
                "Wall-clock time the last batch was fully processed (liveness).",
                registry=registry,
            ),
            degraded=Gauge(
                "conflictwatch_worker_degraded",
                "1 while the worker is retrying a batch because Redis or Kafka failed.",
                registry=registry,
            ),
            dependency_errors=Counter(
                "conflictwatch_worker_dependency_errors",
                "Batch attempts that failed on Redis or Kafka and were retried.",
                ["dependency"],
                registry=registry,
            ),
            watermark=Gauge(
                "conflictwatch_watermark_timestamp_seconds",
                "The theatre's event-time watermark.",
                ["theatre"],
                registry=registry,
            ),
            last_event=Gauge(
                "conflictwatch_last_event_timestamp_seconds",
                "Event time of the latest event of a type in a theatre (hours since = watermark minus this).",
                ["theatre", "type"],
                registry=registry,
            ),
            window_events=Gauge(
                "conflictwatch_window_events",
                "Events of a type in the rolling window ending at the theatre's watermark.",
                ["theatre", "type", "window"],
                registry=registry,
            ),
            partition_stalled=Gauge(
                "conflictwatch_partition_stalled",
                "1 while a partition this worker holds has records waiting and a committed offset that has not "
                "moved for CONFLICTWATCH_STALL_TIMEOUT seconds.",
                ["topic", "partition"],
                registry=registry,
            ),
            stall_recoveries=Counter(
                "conflictwatch_stall_recoveries",
                "Stalled partitions the worker set going again (resumed and sought to the committed offset).",
                ["topic"],
                registry=registry,
            ),
            heartbeats_consumed=Counter(
                "conflictwatch_heartbeats_consumed",
                "Valid coverage heartbeats read from the coverage topic, by theatre.",
                ["theatre"],
                registry=registry,
            ),
            coverage_sources=Gauge(
                "conflictwatch_coverage_sources",
                "Sources that sent heartbeats for the theatre within the retention.",
                ["theatre"],
                registry=registry,
            ),
            coverage_sources_live=Gauge(
                "conflictwatch_coverage_sources_live",
                "Sources covering the theatre at its watermark (0 with sources: coverage lost).",
                ["theatre"],
                registry=registry,
            ),
            coverage_share=Gauge(
                "conflictwatch_coverage_share",
                "Share of the rolling window ending at the theatre's watermark that some source covered.",
                ["theatre", "window"],
                registry=registry,
            ),
            coverage_last_item=Gauge(
                "conflictwatch_coverage_last_item_timestamp_seconds",
                "Time of the latest item any source of the theatre gave, by its heartbeats.",
                ["theatre"],
                registry=registry,
            ),
        )
        for reason in REJECT_REASONS:
            metrics.events_rejected.labels(reason=reason)
        return metrics
