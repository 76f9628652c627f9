"""One webhook POST with retries on the configured schedule.

2xx is success; 5xx, 408, 429 and transport errors are retried (Retry-After is
honoured when it asks for longer); any other status is final. No redirects are
followed: a redirect is a final answer, not a new target.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from alerts.metrics import DeliveryMetrics

RETRYABLE_STATUS = frozenset({408, 429})


@dataclass(frozen=True)
class DeliveryResult:
    ok: bool
    attempts: int
    status: int | None
    error: str | None


def is_retryable(status: int) -> bool:
    return status >= 500 or status in RETRYABLE_STATUS


def retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else 0.0


async def deliver(
    client: httpx.AsyncClient,
    url: str,
    body: str,
    headers_for: Callable[[datetime], dict[str, str]],
    schedule: Sequence[float],
    metrics: DeliveryMetrics,
) -> DeliveryResult:
    """POST `body` to `url`; `headers_for(now)` signs each attempt afresh (the
    signature covers the timestamp), the webhook-id stays the same."""
    status: int | None = None
    error: str | None = None
    for attempt in range(len(schedule) + 1):
        started = time.perf_counter()
        try:
            response = await client.post(url, content=body, headers=headers_for(datetime.now(UTC)))
            status, error = response.status_code, None
        except httpx.HTTPError as exc:
            response, status, error = None, None, f"{type(exc).__name__}: {exc}"
        metrics.latency.observe(time.perf_counter() - started)
        if status is not None and 200 <= status < 300:
            metrics.attempts.labels(result="success").inc()
            return DeliveryResult(True, attempt + 1, status, None)
        if status is not None and not is_retryable(status):
            metrics.attempts.labels(result="final").inc()
            return DeliveryResult(False, attempt + 1, status, f"HTTP {status}")
        metrics.attempts.labels(result="retryable" if status is not None else "error").inc()
        if attempt == len(schedule):
            break
        delay = schedule[attempt] * random.uniform(0.8, 1.2)
        if response is not None:
            delay = max(delay, retry_after(response))
        await asyncio.sleep(delay)
    return DeliveryResult(False, len(schedule) + 1, status, error or f"HTTP {status}")
