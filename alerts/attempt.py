"""One webhook attempt and what its answer means.

2xx is success; 410 Gone means the endpoint asks to be removed (disable it);
5xx, 408, 429 and transport errors (timeouts, refused connections) are worth a
retry, honouring Retry-After; any other status is final. Redirects are never
followed: a 3xx is final, and one pointing at an address webhooks may not reach
is reported as such.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin

from alerts.http import Answer, TransportError, WebhookClient
from alerts.metrics import DeliveryMetrics
from alerts.ssrf import WebhookGuard
from conflictwatch.errors import UnsafeWebhookURL

RETRYABLE_STATUS = frozenset({408, 429})


class AttemptOutcome(StrEnum):
    """What one attempt's answer means for its delivery."""

    SUCCESS = "success"
    RETRY = "retry"
    FINAL = "final"
    GONE = "gone"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class AttemptResult:
    outcome: AttemptOutcome
    status: int | None
    error: str | None
    latency: float
    retry_after: str | None = None  # the Retry-After header as received; retry_policy reads it
    refused: UnsafeWebhookURL | None = None


def is_retryable(status: int) -> bool:
    return status >= 500 or status in RETRYABLE_STATUS


def _not_followed(status: int, target: str) -> str:
    return f"HTTP {status} redirect to {target} not followed; subscribe that URL"


async def _judge(response: Answer, guard: WebhookGuard, latency: float) -> AttemptResult:
    status = response.status
    if 200 <= status < 300:
        return AttemptResult(AttemptOutcome.SUCCESS, status, None, latency)
    if 300 <= status < 400:
        location = response.headers.get("location")
        if not location:
            return AttemptResult(AttemptOutcome.FINAL, status, f"HTTP {status} redirect without a Location", latency)
        try:
            target = urljoin(response.url, location)
        except ValueError:  # unbalanced brackets
            return AttemptResult(AttemptOutcome.FINAL, status, f"HTTP {status} redirect to an unreadable URL", latency)
        try:
            await guard.check_url(target)
        except UnsafeWebhookURL as exc:
            if exc.address is None:  # not an address at all (no such host, not http): just not followed
                error = f"{_not_followed(status, exc.url)} ({exc.reason})"
                return AttemptResult(AttemptOutcome.FINAL, status, error, latency)
            refused = UnsafeWebhookURL(exc.url, exc.address, f"{exc.reason} (the endpoint redirected there)")
            return AttemptResult(AttemptOutcome.UNSAFE, status, str(refused), latency, refused=refused)
        return AttemptResult(AttemptOutcome.FINAL, status, _not_followed(status, target), latency)
    if status == 410:
        return AttemptResult(
            AttemptOutcome.GONE, status, "HTTP 410 Gone: the endpoint asked to be unsubscribed", latency
        )
    if is_retryable(status):
        retry_after = response.headers.get("retry-after")
        return AttemptResult(AttemptOutcome.RETRY, status, f"HTTP {status}", latency, retry_after)
    return AttemptResult(AttemptOutcome.FINAL, status, f"HTTP {status}", latency)


async def attempt(
    client: WebhookClient,
    guard: WebhookGuard,
    url: str,
    body: str,
    headers: dict[str, str],
    metrics: DeliveryMetrics,
) -> AttemptResult:
    """POST `body` once (only a small response body is read, see WebhookClient.post)."""
    started = time.perf_counter()
    try:
        answer = await client.post(url, body, headers)
        result = await _judge(answer, guard, time.perf_counter() - started)
    except UnsafeWebhookURL as exc:
        refused = UnsafeWebhookURL(url, exc.address, exc.reason)
        result = AttemptResult(
            AttemptOutcome.UNSAFE, None, str(refused), time.perf_counter() - started, refused=refused
        )
    except TransportError as exc:
        result = AttemptResult(AttemptOutcome.RETRY, None, str(exc), time.perf_counter() - started)
    metrics.latency.observe(result.latency)
    label = "error" if result.outcome is AttemptOutcome.RETRY and result.status is None else result.outcome.value
    metrics.attempts.labels(result=label).inc()
    return result
