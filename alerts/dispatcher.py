"""Deliver each alert to every configured webhook, once per alert state.

An alert state (fingerprint + status) is delivered to an endpoint under one
webhook-id; once a 2xx came back, a marker in Redis (TTL: the repeat interval)
makes replays and duplicate alerts on the topic skip it. Delivery is therefore
at-least-once with a stable webhook-id, so receivers can dedupe the rare repeat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

import httpx
from redis.asyncio import Redis

from alerts.delivery import DeliveryResult, deliver
from alerts.metrics import DeliveryMetrics
from alerts.payload import native_body
from alerts.signing import message_id, signed_headers
from conflictwatch.models import Alert
from conflictwatch.redis_keys import RedisKeys

log = logging.getLogger(__name__)

PublishFailure = Callable[[Alert, str, DeliveryResult], Awaitable[None]]


class Dispatcher:
    def __init__(
        self,
        urls: Sequence[str],
        secret: str,
        client: httpx.AsyncClient,
        redis: Redis,
        keys: RedisKeys,
        schedule: Sequence[float],
        repeat_interval: timedelta,
        metrics: DeliveryMetrics,
        publish_failure: PublishFailure,
    ) -> None:
        self.urls = list(urls)
        self.secret = secret
        self.client = client
        self.redis = redis
        self.keys = keys
        self.schedule = list(schedule)
        self.repeat_interval = repeat_interval
        self.metrics = metrics
        self.publish_failure = publish_failure

    async def dispatch(self, alert: Alert) -> None:
        await asyncio.gather(*(self._to_endpoint(alert, url) for url in self.urls))

    async def _to_endpoint(self, alert: Alert, url: str) -> None:
        msg_id = message_id(alert.fingerprint, alert.status.value, url)
        marker = self.keys.delivered(alert.theatre, msg_id)
        if await self.redis.exists(marker):
            self.metrics.deliveries.labels(outcome="duplicate").inc()
            return
        body = native_body(alert, datetime.now(UTC))
        result = await deliver(
            self.client,
            url,
            body,
            lambda now: signed_headers(self.secret, msg_id, now, body),
            self.schedule,
            self.metrics,
        )
        if result.ok:
            await self.redis.set(marker, "1", ex=self.repeat_interval)
            self.metrics.deliveries.labels(outcome="delivered").inc()
            latency = (datetime.now(UTC) - alert.emitted_at).total_seconds()
            self.metrics.alert_to_delivery.observe(max(latency, 0.0))
            log.info("delivered webhook_id=%s fingerprint=%s attempts=%d", msg_id, alert.fingerprint, result.attempts)
            return
        self.metrics.deliveries.labels(outcome="dead_letter").inc()
        log.warning(
            "dead-lettered webhook_id=%s fingerprint=%s status=%s error=%s",
            msg_id,
            alert.fingerprint,
            result.status,
            result.error,
        )
        await self.publish_failure(alert, url, result)
