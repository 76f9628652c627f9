"""Alert delivery and API metrics, defined once, built from a registry."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

OUTCOMES = ("delivered", "duplicate", "dead_letter")
ATTEMPT_RESULTS = ("success", "retry", "error", "final", "gone", "unsafe")
DEAD_LETTER_REASONS = ("exhausted", "rejected", "gone", "unsafe", "disabled")


@dataclass(frozen=True)
class DeliveryMetrics:
    deliveries: Counter
    attempts: Counter
    latency: Histogram
    alert_to_delivery: Histogram
    pending: Gauge
    dead_letters: Counter
    disabled_endpoints: Gauge

    @classmethod
    def create(cls, registry: CollectorRegistry) -> DeliveryMetrics:
        metrics = cls(
            deliveries=Counter(
                "conflictwatch_webhook_deliveries",
                "Webhook deliveries by final outcome (duplicate: an alert state already known, not sent again).",
                ["outcome"],
                registry=registry,
            ),
            attempts=Counter(
                "conflictwatch_webhook_attempts",
                "HTTP attempts by result: success 2xx; retry 5xx/408/429; error timeout or connection failure; "
                "final other 3xx/4xx; gone 410; unsafe an address webhooks may not reach.",
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
                buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 36000),
            ),
            pending=Gauge(
                "conflictwatch_webhook_pending_retries",
                "Deliveries waiting for their next attempt (first attempts in flight included).",
                registry=registry,
            ),
            dead_letters=Counter(
                "conflictwatch_webhook_dead_letters",
                "Deliveries given up and dead-lettered, by reason: exhausted (last retry failed), rejected (final "
                "status), gone (410), unsafe (address refused), disabled (endpoint disabled).",
                ["reason"],
                registry=registry,
            ),
            disabled_endpoints=Gauge(
                "conflictwatch_webhook_endpoints_disabled",
                "Subscriptions whose endpoint is disabled (410, failing too long, unsafe, or by the API).",
                registry=registry,
            ),
        )
        for outcome in OUTCOMES:
            metrics.deliveries.labels(outcome=outcome)
        for result in ATTEMPT_RESULTS:
            metrics.attempts.labels(result=result)
        for reason in DEAD_LETTER_REASONS:
            metrics.dead_letters.labels(reason=reason)
        return metrics


@dataclass(frozen=True)
class ApiMetrics:
    requests: Counter
    duration: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry) -> ApiMetrics:
        return cls(
            requests=Counter(
                "conflictwatch_api_requests",
                "API requests by method, route template and status code.",
                ["method", "route", "status"],
                registry=registry,
            ),
            duration=Histogram(
                "conflictwatch_api_request_duration_seconds",
                "API request duration by method and route template.",
                ["method", "route"],
                registry=registry,
                buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            ),
        )


def alert_feedback_gauge(registry: CollectorRegistry) -> Gauge:
    """Read from Redis at each scrape: every API process shows the same totals
    (aggregate with max, not sum)."""
    return Gauge(
        "conflictwatch_alert_feedback",
        "Feedback given on alerts so far, by rule and verdict (useful, false_alarm, late, duplicate).",
        ["rule", "verdict"],
        registry=registry,
    )
