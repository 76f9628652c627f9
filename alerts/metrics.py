"""Webhook delivery metrics, defined once, built from a registry."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

OUTCOMES = ("delivered", "duplicate", "dead_letter")
ATTEMPT_RESULTS = ("success", "retryable", "final", "error")


@dataclass(frozen=True)
class DeliveryMetrics:
    deliveries: Counter
    attempts: Counter
    latency: Histogram
    alert_to_delivery: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry) -> DeliveryMetrics:
        metrics = cls(
            deliveries=Counter(
                "conflictwatch_webhook_deliveries",
                "Webhook deliveries by final outcome (duplicate: already delivered, skipped).",
                ["outcome"],
                registry=registry,
            ),
            attempts=Counter(
                "conflictwatch_webhook_attempts",
                "HTTP attempts by result (success 2xx, retryable 5xx/408/429/timeouts, final other 4xx).",
                ["result"],
                registry=registry,
            ),
            latency=Histogram(
                "conflictwatch_webhook_request_duration_seconds",
                "Duration of one webhook HTTP attempt.",
                registry=registry,
                buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            ),
            alert_to_delivery=Histogram(
                "conflictwatch_alert_delivery_latency_seconds",
                "From the alert's emission by the rule engine to the receiver's 2xx.",
                registry=registry,
                buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
            ),
        )
        for outcome in OUTCOMES:
            metrics.deliveries.labels(outcome=outcome)
        for result in ATTEMPT_RESULTS:
            metrics.attempts.labels(result=result)
        return metrics
