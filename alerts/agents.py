"""The Faust agent that feeds alerts to the dispatcher."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime

import faust
import httpx
from faust.types import StreamT
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError
from tenacity import AsyncRetrying, retry_if_exception_type, wait_exponential_jitter

from alerts.delivery import DeliveryResult
from alerts.dispatcher import Dispatcher
from alerts.metrics import DeliveryMetrics
from conflictwatch.faust_app import finish_before_cancel, raw_topic
from conflictwatch.models import Alert, DeadLetter
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import Settings

log = logging.getLogger(__name__)


def register(app: faust.App, settings: Settings, redis: Redis, metrics: DeliveryMetrics) -> None:
    if not settings.webhook_urls or settings.webhook_secret is None:
        log.info("no webhook URLs configured: the dispatcher is not started")
        return
    alerts = raw_topic(app, settings.topic_alerts)
    failures = raw_topic(app, settings.topic_webhook_dead_letters)
    client = httpx.AsyncClient(timeout=settings.webhook_timeout, follow_redirects=False)

    async def publish_failure(alert: Alert, url: str, result: DeliveryResult) -> None:
        letter = DeadLetter.wrap(
            alert.model_dump_json().encode(),
            reason="webhook_failed",
            detail=json.dumps(
                {"url": url, "status": result.status, "error": result.error, "attempts": result.attempts}
            ),
            topic=settings.topic_alerts,
            key=alert.fingerprint.encode(),
            received_at=datetime.now(UTC),
        )
        sent = await failures.send(key=alert.fingerprint.encode(), value=letter.model_dump_json().encode())
        await sent

    dispatcher = Dispatcher(
        urls=settings.webhook_urls,
        secret=settings.webhook_secret.get_secret_value(),
        client=client,
        redis=redis,
        keys=RedisKeys(settings.redis_prefix),
        schedule=settings.webhook_retry_schedule,
        repeat_interval=settings.webhook_repeat_interval,
        metrics=metrics,
        publish_failure=publish_failure,
    )

    @app.agent(alerts, name="dispatch")
    async def dispatch(stream: StreamT[bytes]) -> None:
        async for batch in stream.take_events(100, within=0.05):
            parsed = []
            for event in batch:
                try:
                    parsed.append(Alert.model_validate_json(event.message.value))
                except ValidationError as exc:
                    log.error("unreadable alert offset=%s: %s", event.message.offset, exc.errors()[:1])
            await finish_before_cancel(dispatch_all(parsed))

    async def dispatch_all(batch: list[Alert]) -> None:
        # Redis failing (the delivered markers) retries the batch: markers make
        # the retry skip what was already delivered.
        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type((RedisError, OSError)),
            wait=wait_exponential_jitter(multiplier=0.2, max=10),
            reraise=True,
        ):
            with attempt:
                await asyncio.gather(*(dispatcher.dispatch(a) for a in batch))
