"""The dispatcher on a real Redis, without Kafka: a new delivery is sent at once,
not at the due queue's next poll; a batch for several subscriptions is queued
with the right outcome for each; a repeated alert is a duplicate, not a resend."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from alerts.deliveries import Delivery, DeliveryStatus
from alerts.demo_receiver import DemoReceiver
from alerts.metrics import DeliveryMetrics
from alerts.subscriptions import SubscriptionSpec
from conflictwatch.models import Alert
from conflictwatch.redis_client import async_redis
from tests.delivery_pipeline import delivery_pipeline
from tests.factories import alert
from tests.worker import Namespace

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def receivers() -> Iterator[tuple[DemoReceiver, DemoReceiver]]:
    first, second = DemoReceiver(SECRET).start(), DemoReceiver(SECRET).start()
    yield first, second
    first.stop()
    second.stop()


async def no_dead_letters(_delivery: Delivery, _body: str) -> None:
    raise AssertionError("nothing should be dead-lettered")


def test_new_deliveries_are_sent_at_once_for_each_subscription_and_a_repeat_is_a_duplicate(
    namespace: Namespace, redis_url: str, receivers: tuple[DemoReceiver, DemoReceiver]
) -> None:
    first, second = receivers

    async def go() -> tuple[float, list[list[Delivery]], DeliveryMetrics]:
        redis = async_redis(redis_url)
        sender, dispatcher = delivery_pipeline(
            redis, namespace, no_dead_letters, lease=timedelta(seconds=60), concurrency=8
        )
        subscriptions, deliveries, metrics = sender.subscriptions, sender.deliveries, sender.metrics
        try:
            subs = [
                await subscriptions.create(SubscriptionSpec(url=r.url), SECRET, datetime.now(UTC))
                for r in (first, second)
            ]
            batch: list[Alert] = [alert(0), alert(1), alert(2)]
            started = time.monotonic()
            await dispatcher.accept(batch)  # the sender's poll() is never called
            while len(first.log.requests) + len(second.log.requests) < 6:
                await asyncio.sleep(0.005)
                assert time.monotonic() - started < 10, "deliveries not sent"
            took = time.monotonic() - started
            while sender._in_flight:
                await asyncio.sleep(0.005)
            await dispatcher.accept([alert(1)])  # the same alert state again
            await asyncio.sleep(0.2)
            logged = [await deliveries.log(s.id, None, 10, datetime.now(UTC)) for s in subs]
            return took, logged, metrics
        finally:
            await sender.close()
            await redis.aclose()

    took, logged, metrics = asyncio.run(go())
    assert took < 2  # at once: the lease (60 s) and no poll stand in the way
    assert [len(r.log.verified()) for r in (first, second)] == [3, 3]
    assert [[d.status for d in log] for log in logged] == [[DeliveryStatus.DELIVERED] * 3] * 2
    assert metrics.deliveries.labels(outcome="delivered")._value.get() == 6
    assert metrics.deliveries.labels(outcome="duplicate")._value.get() == 2  # alert(1), to both subscriptions
    assert len(first.log.requests) == len(second.log.requests) == 3


def test_a_subscription_created_or_disabled_the_moment_before_an_alert_is_heeded_for_it(
    namespace: Namespace, redis_url: str, receivers: tuple[DemoReceiver, DemoReceiver]
) -> None:
    """No grace period in which a new endpoint misses alerts or a disabled one still
    gets them: the dispatcher sees every change made before it takes an alert in."""
    first, second = receivers

    async def go() -> None:
        redis = async_redis(redis_url)
        sender, dispatcher = delivery_pipeline(
            redis, namespace, no_dead_letters, lease=timedelta(seconds=60), concurrency=8
        )
        subscriptions = sender.subscriptions
        try:
            one = await subscriptions.create(SubscriptionSpec(url=first.url), SECRET, datetime.now(UTC))
            await dispatcher.accept([alert(0)])  # the dispatcher has read the subscriptions
            await subscriptions.create(SubscriptionSpec(url=second.url), SECRET, datetime.now(UTC))
            await dispatcher.accept([alert(1)])
            await subscriptions.update(one.id, {}, enabled=False, now=datetime.now(UTC))
            await dispatcher.accept([alert(2)])
            started = time.monotonic()
            while len(first.log.requests) < 2 or len(second.log.requests) < 2:
                await asyncio.sleep(0.005)
                assert time.monotonic() - started < 10, "deliveries not sent"
            while sender._in_flight:
                await asyncio.sleep(0.005)
        finally:
            await sender.close()
            await redis.aclose()

    asyncio.run(go())
    got = [sorted(p["data"]["fingerprint"] for p in r.log.verified()) for r in (first, second)]
    assert got == [sorted(alert(n).fingerprint for n in pair) for pair in ((0, 1), (1, 2))]
