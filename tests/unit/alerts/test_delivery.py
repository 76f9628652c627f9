"""Webhook delivery against a real local HTTP receiver that verifies signatures."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from prometheus_client import CollectorRegistry

from alerts.delivery import DeliveryResult, deliver
from alerts.demo_receiver import DemoReceiver
from alerts.metrics import DeliveryMetrics
from alerts.signing import message_id, signed_headers

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BODY = '{"type":"alert.firing","timestamp":"2021-05-20T08:00:00+00:00","data":{}}'


@pytest.fixture
def receiver() -> Iterator[DemoReceiver]:
    server = DemoReceiver(SECRET).start()
    yield server
    server.stop()


def send(
    receiver: DemoReceiver, respond: Callable[[int], int], schedule: tuple[float, ...] = (0.01, 0.01, 0.01)
) -> tuple[DeliveryResult, DeliveryMetrics]:
    receiver.log.respond = respond
    metrics = DeliveryMetrics.create(CollectorRegistry())
    msg_id = message_id("fingerprint", "firing", receiver.url)

    async def go() -> DeliveryResult:
        async with httpx.AsyncClient(timeout=2) as client:
            return await deliver(
                client, receiver.url, BODY, lambda now: signed_headers(SECRET, msg_id, now, BODY), schedule, metrics
            )

    return asyncio.run(go()), metrics


def test_a_receiver_failing_three_times_gets_the_message_once_under_one_webhook_id(receiver: DemoReceiver) -> None:
    result, metrics = send(receiver, lambda count: 500 if count < 3 else 200)
    assert result.ok
    assert result.attempts == 4
    assert {r.headers["webhook-id"] for r in receiver.log.requests} == {
        message_id("fingerprint", "firing", receiver.url)
    }
    assert all(r.verified for r in receiver.log.requests)
    assert metrics.attempts.labels(result="retryable")._value.get() == 3


def test_a_client_error_is_final_and_not_retried(receiver: DemoReceiver) -> None:
    result, _ = send(receiver, lambda _count: 400)
    assert not result.ok
    assert result.status == 400
    assert len(receiver.log.requests) == 1


@pytest.mark.parametrize("status", [408, 429, 503])
def test_timeouts_throttling_and_outages_are_retried_until_the_schedule_ends(
    receiver: DemoReceiver, status: int
) -> None:
    result, _ = send(receiver, lambda _count: status, schedule=(0.01, 0.01))
    assert not result.ok
    assert result.attempts == 3
    assert len(receiver.log.requests) == 3


def test_an_unreachable_endpoint_is_an_error_not_a_crash() -> None:
    metrics = DeliveryMetrics.create(CollectorRegistry())

    async def go() -> DeliveryResult:
        async with httpx.AsyncClient(timeout=1) as client:
            return await deliver(client, "http://127.0.0.1:9/", BODY, lambda now: {}, (0.01,), metrics)

    result = asyncio.run(go())
    assert not result.ok
    assert result.error is not None
    assert "ConnectError" in result.error


def test_signatures_verify_with_the_standard_webhooks_library() -> None:
    from standardwebhooks import Webhook

    now = datetime.now(UTC)
    headers = signed_headers(SECRET, "msg_1", now, BODY)
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(SECRET).verify(BODY, headers) == {
        "type": "alert.firing",
        "timestamp": "2021-05-20T08:00:00+00:00",
        "data": {},
    }
