"""The webhook delivery path (dispatcher and sender) on a real Redis, built as
the worker builds it, for tests that run it without Kafka."""

from __future__ import annotations

from datetime import timedelta

from prometheus_client import CollectorRegistry

from alerts.deliveries import DeliveryStore
from alerts.dispatcher import Dispatcher
from alerts.http import webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.recent import RecentAlerts
from alerts.redis_batch import PipelineBatcher
from alerts.sender import PublishDeadDelivery, Sender
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from conflictwatch.redis_client import AsyncRedis
from conflictwatch.redis_keys import RedisKeys
from tests.worker import Namespace


def delivery_pipeline(
    redis: AsyncRedis,
    namespace: Namespace,
    publish_dead_letter: PublishDeadDelivery,
    *,
    disable_after: timedelta = timedelta(days=1),
    lease: timedelta = timedelta(seconds=10),
    concurrency: int = 4,
) -> tuple[Sender, Dispatcher]:
    """Receivers on loopback are allowed; one retry a minute; the stores share their
    batched writes, as in the worker."""
    keys = RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"])
    guard = WebhookGuard(["127.0.0.1/32"])
    metrics = DeliveryMetrics.create(CollectorRegistry())
    writes = PipelineBatcher(redis)
    subscriptions = SubscriptionStore(redis, keys, writes)
    deliveries = DeliveryStore(redis, keys, timedelta(days=1), writes)
    sender = Sender(
        client=webhook_client(guard, timeout=2, max_connections=concurrency),
        guard=guard,
        subscriptions=subscriptions,
        deliveries=deliveries,
        schedule=[60.0],
        disable_after=disable_after,
        lease=lease,
        concurrency=concurrency,
        endpoint_concurrency=concurrency // 2,
        metrics=metrics,
        publish_dead_letter=publish_dead_letter,
    )
    dispatcher = Dispatcher(
        subscriptions=subscriptions,
        deliveries=deliveries,
        recent=RecentAlerts(redis, keys, 10),
        sender=sender,
        metrics=metrics,
        lease=lease,
        external_url="http://api",
    )
    return sender, dispatcher
