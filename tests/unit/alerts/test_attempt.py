"""One webhook attempt against a real local receiver, and what each answer means."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from prometheus_client import CollectorRegistry

from alerts.attempt import AttemptOutcome, AttemptResult, attempt
from alerts.demo_receiver import DemoReceiver
from alerts.http import webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.signing import signed_headers
from alerts.ssrf import WebhookGuard

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BODY = '{"type":"alert.firing","timestamp":"2021-05-20T08:00:00Z","data":{}}'


@pytest.fixture
def receiver() -> Iterator[DemoReceiver]:
    server = DemoReceiver(SECRET).start()
    yield server
    server.stop()


def send(url: str, allow: tuple[str, ...] = ("127.0.0.1/32",)) -> tuple[AttemptResult, DeliveryMetrics]:
    metrics = DeliveryMetrics.create(CollectorRegistry())
    guard = WebhookGuard(allow)

    async def go() -> AttemptResult:
        async with webhook_client(guard, timeout=2, max_connections=4) as client:
            headers = signed_headers([SECRET], "msg_1", datetime.now(UTC), BODY)
            return await attempt(client, guard, url, BODY, headers, metrics)

    return asyncio.run(go()), metrics


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, AttemptOutcome.SUCCESS),
        (204, AttemptOutcome.SUCCESS),
        (500, AttemptOutcome.RETRY),
        (503, AttemptOutcome.RETRY),
        (408, AttemptOutcome.RETRY),
        (429, AttemptOutcome.RETRY),
        (400, AttemptOutcome.FINAL),
        (404, AttemptOutcome.FINAL),
        (410, AttemptOutcome.GONE),
    ],
)
def test_each_status_has_its_outcome(receiver: DemoReceiver, status: int, outcome: AttemptOutcome) -> None:
    receiver.log.respond = lambda _count: status
    result, metrics = send(receiver.url)
    assert result.outcome is outcome
    assert result.status == status
    assert receiver.log.verified()
    assert metrics.attempts.labels(result=outcome.value)._value.get() == 1


def test_retry_after_is_kept_as_received_for_the_policy(receiver: DemoReceiver) -> None:
    receiver.log.respond = lambda _count: 429
    receiver.log.response_headers = {"retry-after": "120"}
    result, _ = send(receiver.url)
    assert result.retry_after == "120"


def test_a_redirect_is_not_followed_and_a_redirect_inward_is_refused(receiver: DemoReceiver) -> None:
    receiver.log.respond = lambda _count: 302
    receiver.log.response_headers = {"location": "https://example.org/elsewhere"}
    result, _ = send(receiver.url, allow=("127.0.0.1/32", "example.org"))
    assert result.outcome is AttemptOutcome.FINAL
    assert "not followed" in (result.error or "")
    receiver.log.response_headers = {"location": "http://169.254.169.254/latest/meta-data/"}
    result, metrics = send(receiver.url)
    assert result.outcome is AttemptOutcome.UNSAFE
    assert result.refused is not None
    assert result.refused.address == "169.254.169.254"
    assert len(receiver.log.requests) == 2  # the metadata address was never contacted
    assert metrics.attempts.labels(result="unsafe")._value.get() == 1


def test_an_address_outside_the_allow_list_is_refused_when_connecting(receiver: DemoReceiver) -> None:
    result, _ = send(receiver.url, allow=())
    assert result.outcome is AttemptOutcome.UNSAFE
    assert "loopback" in (result.error or "")
    assert receiver.log.requests == []


def test_an_unreachable_endpoint_is_retried_not_a_crash() -> None:
    result, metrics = send("http://127.0.0.1:9/hooks")
    assert result.outcome is AttemptOutcome.RETRY
    assert result.status is None
    assert "ConnectError" in (result.error or "")
    assert metrics.attempts.labels(result="error")._value.get() == 1
