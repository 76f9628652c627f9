"""The Faust agent that queues deliveries for the alerts on the topic, and the
timer that starts due retries. Thin: the work is in Dispatcher and Sender."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import faust
from faust.types import StreamT
from pydantic import ValidationError
from redis.exceptions import RedisError
from tenacity import AsyncRetrying, retry_if_exception_type, wait_exponential_jitter

from alerts.deliveries import Delivery, DeliveryStore
from alerts.dispatcher import Dispatcher
from alerts.http import webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.recent import RecentAlerts
from alerts.redis_batch import PipelineBatcher
from alerts.sender import Sender
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from conflictwatch.faust_app import finish_before_cancel, publish, raw_topic
from conflictwatch.models import Alert, DeadLetter
from conflictwatch.redis_client import AsyncRedis
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import Settings

log = logging.getLogger(__name__)


def attempt_lease(settings: Settings) -> timedelta:
    """How long a claimed delivery is this worker's: one attempt and a margin."""
    return timedelta(seconds=2 * settings.webhook_timeout + 5)


def register(app: faust.App, settings: Settings, redis: AsyncRedis, metrics: DeliveryMetrics) -> None:
    keys = RedisKeys(settings.redis_prefix)
    alerts = raw_topic(app, settings.topic_alerts)
    failures = raw_topic(app, settings.topic_webhook_dead_letters)
    guard = WebhookGuard(settings.webhook_allow, timeout=settings.webhook_timeout)

    async def publish_dead_letter(delivery: Delivery, body: str) -> None:
        key = (delivery.fingerprint or delivery.id).encode()
        last = delivery.attempts[-1] if delivery.attempts else None
        detail = {
            "subscription_id": delivery.subscription_id,
            "webhook_id": delivery.id,
            "url": delivery.url,
            "reason": delivery.dead_letter_reason,
            "attempts": len(delivery.attempts),
            "status_code": last.status_code if last else None,
        }
        letter = DeadLetter.wrap(
            body.encode(),
            reason="webhook_failed",
            detail=json.dumps(detail),
            topic=settings.topic_alerts,
            key=key,
            received_at=datetime.now(UTC),
        )
        await publish(failures, key, letter.model_dump_json().encode())

    writes = PipelineBatcher(redis)  # the attempts' results, a round trip for all that end together
    subscriptions = SubscriptionStore(redis, keys, writes)
    deliveries = DeliveryStore(redis, keys, settings.webhook_log_retention, writes)
    sender = Sender(
        client=webhook_client(guard, settings.webhook_timeout, settings.webhook_concurrency),
        guard=guard,
        subscriptions=subscriptions,
        deliveries=deliveries,
        schedule=settings.webhook_retry_schedule,
        disable_after=settings.webhook_disable_after,
        lease=attempt_lease(settings),
        concurrency=settings.webhook_concurrency,
        endpoint_concurrency=settings.webhook_endpoint_concurrency,
        metrics=metrics,
        publish_dead_letter=publish_dead_letter,
    )
    dispatcher = Dispatcher(
        subscriptions=subscriptions,
        deliveries=deliveries,
        recent=RecentAlerts(redis, keys, settings.recent_alerts),
        sender=sender,
        metrics=metrics,
        lease=attempt_lease(settings),
        external_url=settings.api_url,
    )

    @app.on_before_shutdown.connect
    async def close_sender(app: faust.App, **kwargs: object) -> None:
        await sender.close()  # the consumer has stopped: no new deliveries come

    @app.agent(alerts, name="dispatch")
    async def dispatch(stream: StreamT[bytes]) -> None:
        async for batch in stream.take_events(100, within=0.01):
            parsed = []
            for event in batch:
                try:
                    parsed.append(Alert.model_validate_json(event.message.value))
                except ValidationError as exc:
                    log.error("unreadable alert offset=%s: %s", event.message.offset, exc.errors()[:1])
            await finish_before_cancel(accept(parsed))

    async def accept(batch: list[Alert]) -> None:
        # The batch's offsets are committed only once its deliveries are queued in
        # Redis; a failing Redis retries the batch (queuing is idempotent).
        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type((RedisError, OSError)),
            wait=wait_exponential_jitter(multiplier=0.2, max=10),
            reraise=True,
        ):
            with attempt:
                await dispatcher.accept(batch)

    @app.timer(settings.webhook_poll_interval, name="webhook_retries")
    async def start_due_retries() -> None:
        try:
            await sender.poll()
            await dispatcher.enabled_subscriptions()
        except (RedisError, OSError) as exc:
            log.warning("cannot poll due webhook retries: %s", exc)
