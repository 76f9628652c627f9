"""A stopping worker lets the attempts in flight finish (for as long as one
attempt may take), starts none after, and closes its HTTP client."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any, cast

from prometheus_client import CollectorRegistry

from alerts.deliveries import DeliveryStore, DueRef
from alerts.http import webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.sender import DueDelivery, Sender
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore


async def no_dead_letters(*_: Any) -> None:
    return None


def sender(timeout: float, attempt_takes: float, finished: list[str]) -> Sender:
    guard = WebhookGuard([])
    made = Sender(
        client=webhook_client(guard, timeout=timeout, max_connections=4),
        guard=guard,
        subscriptions=cast(SubscriptionStore, None),
        deliveries=cast(DeliveryStore, None),
        schedule=[1.0],
        disable_after=timedelta(days=1),
        lease=timedelta(seconds=10),
        concurrency=4,
        endpoint_concurrency=4,
        metrics=DeliveryMetrics.create(CollectorRegistry()),
        publish_dead_letter=no_dead_letters,
    )

    async def send(ref: DueRef, due: DueDelivery | None) -> None:  # the attempt and its record
        await asyncio.sleep(attempt_takes)
        finished.append(ref.delivery_id)

    made.send = send  # type: ignore[method-assign]
    return made


def test_attempts_in_flight_finish_before_the_client_closes_and_none_start_after() -> None:
    finished: list[str] = []

    async def go() -> Sender:
        made = sender(timeout=2, attempt_takes=0.1, finished=finished)
        session = made.client._open()
        made.start(DueRef("sub_1", "msg_1"), cast(DueDelivery, object()))
        made.start(DueRef("sub_1", "msg_2"), cast(DueDelivery, object()))
        await made.close()
        made.start(DueRef("sub_1", "msg_3"), cast(DueDelivery, object()))
        await asyncio.sleep(0.2)
        assert session.closed
        return made

    asyncio.run(go())
    assert sorted(finished) == ["msg_1", "msg_2"]


def test_an_attempt_outlasting_the_timeout_is_left_to_its_lease() -> None:
    finished: list[str] = []

    async def go() -> float:
        made = sender(timeout=0.1, attempt_takes=30, finished=finished)
        made.start(DueRef("sub_1", "msg_1"), cast(DueDelivery, object()))
        started = asyncio.get_running_loop().time()
        await made.close()
        return asyncio.get_running_loop().time() - started

    took = asyncio.run(go())
    assert took < 5
    assert finished == []
