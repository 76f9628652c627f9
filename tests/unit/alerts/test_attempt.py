"""One webhook attempt against a real local receiver, and what each answer means;
the client's connections go only to addresses the guard checked when connecting,
and an endpoint cannot make it wait, follow it, or carry its cookies elsewhere."""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from prometheus_client import CollectorRegistry

from alerts.attempt import AttemptOutcome, AttemptResult, attempt
from alerts.demo_receiver import DemoReceiver
from alerts.http import MAX_RESPONSE_READ, webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.signing import signed_headers
from alerts.ssrf import IPAddress, Resolver, WebhookGuard

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


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("http://[::1", "HTTP 302 redirect to an unreadable URL"),
        ("http://admin:S3cr3t@example.org/", "redirect to http://***@example.org/ not followed"),
        ("http://example.org/\x01", "redirect to http://example.org/\\x01 not followed"),
    ],
)
def test_a_redirect_to_a_url_that_cannot_be_read_is_final(receiver: DemoReceiver, location: str, error: str) -> None:
    receiver.log.respond = lambda _count: 302
    receiver.log.response_headers = {"location": location}
    result, _ = send(receiver.url)
    assert result.outcome is AttemptOutcome.FINAL
    assert error in (result.error or "")
    assert "S3cr3t" not in (result.error or "")


def test_a_url_that_can_never_be_sent_to_is_refused_without_a_request() -> None:
    result, metrics = send("http://127.0.0.1:9/a\x01b")
    assert result.outcome is AttemptOutcome.UNSAFE
    assert result.refused is not None
    assert result.refused.address is None
    assert "control character U+0001" in (result.error or "")
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


def names(table: dict[str, list[str]], asked: list[str] | None = None) -> Resolver:
    """A resolver that knows only `table` (and notes each name it is asked)."""

    async def resolve(host: str, port: int) -> list[IPAddress]:
        if asked is not None:
            asked.append(host)
        if host not in table:
            raise OSError(f"unknown name {host}")
        return [ipaddress.ip_address(a) for a in table[host]]

    return resolve


def send_all(guard: WebhookGuard, urls: list[str], timeout: float = 2) -> list[AttemptResult]:
    """One attempt per URL in turn, through one client (so connections are pooled)."""
    metrics = DeliveryMetrics.create(CollectorRegistry())

    async def go() -> list[AttemptResult]:
        async with webhook_client(guard, timeout=timeout, max_connections=4) as client:
            results = []
            for url in urls:
                headers = signed_headers([SECRET], "msg_1", datetime.now(UTC), BODY)
                results.append(await attempt(client, guard, url, BODY, headers, metrics))
            return results

    return asyncio.run(go())


def test_a_name_is_dialled_at_the_address_the_guard_resolved_and_checked(receiver: DemoReceiver) -> None:
    port = receiver.server.server_address[1]
    guard = WebhookGuard(["127.0.0.1/32"], names({"hooks.receiver.test": ["127.0.0.1"]}))
    [result] = send_all(guard, [f"http://hooks.receiver.test:{port}/hooks"])  # unknown to the system resolver
    assert result.outcome is AttemptOutcome.SUCCESS
    assert receiver.log.requests[0].headers["host"] == f"hooks.receiver.test:{port}"


def test_a_name_rebound_to_an_internal_address_after_subscribing_is_refused_when_connecting(
    receiver: DemoReceiver,
) -> None:
    port = receiver.server.server_address[1]
    table = {"rebind.test": ["93.184.216.34"]}
    guard = WebhookGuard([], names(table))
    url = f"http://rebind.test:{port}/hooks"
    asyncio.run(guard.check_url(url))  # public when subscribed
    table["rebind.test"] = ["127.0.0.1"]  # then re-pointed inward
    [result] = send_all(guard, [url])
    assert result.outcome is AttemptOutcome.UNSAFE
    assert result.refused is not None
    assert result.refused.address == "127.0.0.1"
    assert receiver.log.requests == []


def test_one_internal_address_among_a_names_addresses_refuses_it(receiver: DemoReceiver) -> None:
    port = receiver.server.server_address[1]
    guard = WebhookGuard(["127.0.0.1/32"], names({"mixed.test": ["127.0.0.1", "10.0.0.7"]}))
    [result] = send_all(guard, [f"http://mixed.test:{port}/hooks"])
    assert result.outcome is AttemptOutcome.UNSAFE
    assert "private" in (result.error or "")
    assert receiver.log.requests == []


def test_each_new_connection_is_checked_and_a_kept_one_is_reused(receiver: DemoReceiver) -> None:
    port = receiver.server.server_address[1]
    asked: list[str] = []
    guard = WebhookGuard(["127.0.0.1/32"], names({"pooled.test": ["127.0.0.1"]}, asked))
    results = send_all(guard, [f"http://pooled.test:{port}/hooks"] * 3)
    assert [r.outcome for r in results] == [AttemptOutcome.SUCCESS] * 3
    assert asked == ["pooled.test"]  # one connection, resolved and checked when it was made


def test_an_address_spelled_as_a_number_is_checked_as_the_address_it_means(receiver: DemoReceiver) -> None:
    port = receiver.server.server_address[1]
    [result] = send_all(WebhookGuard([]), [f"http://0x7f000001:{port}/hooks"])
    assert result.outcome is AttemptOutcome.UNSAFE
    assert "loopback" in (result.error or "")
    assert receiver.log.requests == []


def test_an_unknown_name_is_a_connection_error_to_retry() -> None:
    [result] = send_all(WebhookGuard([], names({})), ["http://nowhere.test/hooks"])
    assert result.outcome is AttemptOutcome.RETRY
    assert result.status is None
    assert (result.error or "").startswith("ConnectError: cannot resolve nowhere.test")


def test_proxies_from_the_environment_are_not_used(receiver: DemoReceiver, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    [result] = send_all(WebhookGuard(["127.0.0.1/32"]), [receiver.url])
    assert result.outcome is AttemptOutcome.SUCCESS
    assert len(receiver.log.requests) == 1


def test_cookies_an_endpoint_sets_are_not_sent_back(receiver: DemoReceiver) -> None:
    receiver.log.response_headers = {"set-cookie": "session=endpoint-a; Path=/"}
    results = send_all(WebhookGuard(["127.0.0.1/32"]), [receiver.url, receiver.url])
    assert [r.outcome for r in results] == [AttemptOutcome.SUCCESS] * 2
    assert all("cookie" not in r.headers for r in receiver.log.requests)


async def _serve_raw(answer: bytes, stall: bool) -> tuple[asyncio.Server, int]:
    """A server that sends `answer` to every request and then, with `stall`, holds the connection open."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer)
        await writer.drain()
        if stall:
            await asyncio.sleep(30)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def attempt_raw(answer: bytes, timeout: float, stall: bool = True) -> tuple[AttemptResult, float]:
    guard = WebhookGuard(["127.0.0.1/32"])
    metrics = DeliveryMetrics.create(CollectorRegistry())

    async def go() -> tuple[AttemptResult, float]:
        server, port = await _serve_raw(answer, stall)
        try:
            async with webhook_client(guard, timeout=timeout, max_connections=1) as client:
                started = time.monotonic()
                result = await attempt(client, guard, f"http://127.0.0.1:{port}/hooks", BODY, {}, metrics)
                return result, time.monotonic() - started
        finally:
            server.close()

    return asyncio.run(go())


def test_a_huge_answer_body_is_not_waited_for() -> None:
    head = f"HTTP/1.1 200 OK\r\ncontent-length: {100 * MAX_RESPONSE_READ}\r\n\r\n".encode()
    result, took = attempt_raw(head + b"x" * 1000, timeout=3)
    assert result.outcome is AttemptOutcome.SUCCESS
    assert took < 2


def test_an_endpoint_that_never_answers_times_out_and_is_retried() -> None:
    result, took = attempt_raw(b"", timeout=0.5)
    assert result.outcome is AttemptOutcome.RETRY
    assert result.status is None
    assert (result.error or "").startswith("Timeout: no answer within 0.5 s")
    assert took < 2
