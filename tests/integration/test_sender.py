"""The sender on a real Redis, without Kafka: an endpoint failing for longer than
the configured time is disabled and says why; what is still pending for it is
dead-lettered, not sent. A URL that can never be sent to is given up at once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from alerts.deliveries import Delivery
from alerts.demo_receiver import DemoReceiver
from alerts.metrics import DeliveryMetrics
from alerts.sender import PublishDeadDelivery
from alerts.subscriptions import SubscriptionSpec
from conflictwatch.redis_client import async_redis
from tests.delivery_pipeline import delivery_pipeline
from tests.factories import alert
from tests.worker import Namespace

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def receiver() -> Iterator[DemoReceiver]:
    server = DemoReceiver(SECRET).start()
    server.log.respond = lambda _count: 503
    yield server
    server.stop()


def keep(letters: list[Delivery]) -> PublishDeadDelivery:
    """Dead letters into `letters`."""

    async def publish(delivery: Delivery, _body: str) -> None:
        letters.append(delivery)

    return publish


def test_an_endpoint_failing_too_long_is_disabled_and_its_pending_deliveries_dead_lettered(
    namespace: Namespace, redis_url: str, receiver: DemoReceiver
) -> None:
    letters: list[Delivery] = []

    async def go() -> tuple[dict[str, object], list[Delivery], DeliveryMetrics]:
        redis = async_redis(redis_url)
        sender, dispatcher = delivery_pipeline(redis, namespace, keep(letters), disable_after=timedelta(seconds=0.5))
        subscriptions, deliveries = sender.subscriptions, sender.deliveries
        try:
            sub = await subscriptions.create(SubscriptionSpec(url=receiver.url), SECRET, datetime.now(UTC))
            await dispatcher.accept([alert(0), alert(1)])
            await asyncio.sleep(0.6)  # both failed once and wait for a retry in 60 s; the streak is 0.6 s old
            due = await deliveries.claim(datetime.now(UTC) + timedelta(minutes=2), timedelta(seconds=10), 10)
            for ref in due[:1]:
                await sender.send(ref, await sender.load(ref))  # a third attempt, failing too long by now
            for ref in due[1:]:
                await sender.send(ref, await sender.load(ref))  # disabled: dead-lettered, not sent
            found, _ = await subscriptions.get(sub.id)
            return found.model_dump(), await deliveries.log(sub.id, None, 10, datetime.now(UTC)), sender.metrics
        finally:
            await redis.aclose()

    subscription, logged, metrics = asyncio.run(go())
    assert subscription["enabled"] is False
    assert str(subscription["disabled_reason"]).startswith("failing since ")
    assert "HTTP 503" in str(subscription["disabled_reason"])
    assert len(receiver.log.requests) == 3
    assert sorted(d.dead_letter_reason.split(":")[0] for d in logged if d.dead_letter_reason) == ["disabled"] * 2
    assert {d.id for d in letters} == {d.id for d in logged}
    assert metrics.dead_letters.labels(reason="disabled")._value.get() == 2


def test_a_url_that_can_never_be_sent_to_is_tried_once_and_dead_lettered(namespace: Namespace, redis_url: str) -> None:
    """A URL stored before the API refused such URLs: one attempt, a dead letter
    with the reason, the endpoint disabled, nothing left to retry."""
    letters: list[Delivery] = []

    async def go() -> tuple[dict[str, object], list[Delivery], list[object], int]:
        redis = async_redis(redis_url)
        sender, dispatcher = delivery_pipeline(redis, namespace, keep(letters), disable_after=timedelta(days=1))
        try:
            spec = SubscriptionSpec(url="http://127.0.0.2:9/a\x01b")
            sub = await sender.subscriptions.create(spec, SECRET, datetime.now(UTC))
            await dispatcher.accept([alert(0)])
            await sender.close()  # waits for the attempt in flight
            later = await sender.deliveries.claim(datetime.now(UTC) + timedelta(days=2), timedelta(seconds=10), 10)
            found, _ = await sender.subscriptions.get(sub.id)
            logged = await sender.deliveries.log(sub.id, None, 10, datetime.now(UTC))
            return found.model_dump(), logged, list(later), await sender.deliveries.pending()
        finally:
            await redis.aclose()

    subscription, [delivery], later, pending = asyncio.run(go())
    assert delivery.status == "dead_letter"
    assert len(delivery.attempts) == 1
    assert delivery.dead_letter_reason is not None
    assert delivery.dead_letter_reason.startswith("unsafe: webhook URL refused: http://127.0.0.2:9/a\\x01b: ")
    assert "control character U+0001" in delivery.dead_letter_reason
    assert [d.id for d in letters] == [delivery.id]
    assert (later, pending) == ([], 0)
    assert subscription["enabled"] is False
    assert "control character U+0001" in str(subscription["disabled_reason"])
