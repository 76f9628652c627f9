"""Hostile input to the REST API, on a real Redis: every answer a 4xx (or a 503
for a missing dependency) whose message says what to fix, never a 500, never a
secret or an internal address in the answer."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from alerts.subscription_store import SubscriptionStore
from alerts.subscriptions import SubscriptionSpec
from conflictwatch.app.dev.process import free_port
from conflictwatch.redis_client import async_redis
from conflictwatch.redis_keys import RedisKeys
from tests.api import TOKEN, ApiProcess, api_client, api_namespace
from tests.conftest import make_namespace
from tests.services import Services
from tests.worker import Namespace

pytestmark = pytest.mark.integration

ENDPOINT = "http://127.0.0.1:9/hook"  # allowed below; never contacted
MAX_BODY = 4096
READ_TIMEOUT = 3.0
MAX_CONNECTIONS = 4
CONTROL_CHARACTERS = [*range(0x20), 0x7F]
# Where a character goes in each part of a URL; {c} marks the place.
URL_PARTS = {
    "scheme": "ht{c}tp://127.0.0.1:9/hook",
    "userinfo": "http://us{c}er@127.0.0.1:9/hook",
    "host": "http://127.0.0.{c}2.x:9/hook",
    "port": "http://127.0.0.1:{c}9/hook",
    "path": "http://127.0.0.1:9/a{c}b",
    "query": "http://127.0.0.1:9/hook?a={c}",
    "fragment": "http://127.0.0.1:9/hook#{c}",
}


@pytest.fixture
def api(namespace: Namespace) -> Iterator[TestClient]:
    ns = api_namespace(namespace, CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32", CONFLICTWATCH_API_MAX_BODY=str(MAX_BODY))
    with api_client(ns) as client:
        yield client


@pytest.fixture(scope="module")
def api_process(services: Services, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiProcess]:
    """`conflictwatch api` itself, with small limits, for what only a real socket shows."""
    limits = {
        "CONFLICTWATCH_API_MAX_BODY": str(MAX_BODY),
        "CONFLICTWATCH_API_READ_TIMEOUT": str(READ_TIMEOUT),
        "CONFLICTWATCH_API_MAX_CONNECTIONS": str(MAX_CONNECTIONS),
    }
    process = ApiProcess(api_namespace(make_namespace(services), **limits), tmp_path_factory.mktemp("api") / "api.log")
    process.start()
    yield process
    process.stop()


@pytest.fixture
def subscription_id(api: TestClient) -> str:
    created = api.post("/v1/subscriptions", json={"url": ENDPOINT})
    assert created.status_code == 201, created.text
    found: str = created.json()["id"]
    return found


def refused(response: object, status: int, error: str, says: str, field: str | None = None) -> dict[str, object]:
    """Assert the answer, and return its body."""
    assert hasattr(response, "status_code")
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body: dict[str, object] = response.json()  # type: ignore[attr-defined]
    assert body["error"] == error
    assert says in str(body["message"]), body["message"]
    if field is not None:
        assert [f["field"] for f in body["fields"]] == [field]  # type: ignore[attr-defined]
    return body


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://[127.0.0.1]/", "an IPv4 address is written without brackets: 127.0.0.1"),
        ("http://[abc]/", "[abc] is not an IPv6 address; only an IPv6 address goes in brackets"),
        ("http://[::1/", "the host's '[' is never closed"),
        ("http://a]b/", "the host has a stray '[' or ']'"),
        ("http://[a/", "the host's '[' is never closed"),
        ("http://a[::1]/", "the host has a stray '[' or ']'"),
        ("http://[::1]]/", "']' follows the host's ']'"),
        ("http://::1/", "an IPv6 address must be written in brackets"),
        ("http://::ffff:127.0.0.1:80/", "an IPv6 address must be written in brackets"),
        ("http://2001:db8::1/", "an IPv6 address must be written in brackets"),
        ("http://[fe80::1%25eth0]/", "an IPv6 zone (%…) cannot be reached"),
        ("http://[]/", "[] is not an IPv6 address"),
        ("http://127.0.0.2\u0000.x/", "the URL contains the control character U+0000 at position 16"),
        ("http://127.0.0.2:9/a\u0001b", "the URL contains the control character U+0001 at position 20"),
        ("http://127.0.0.2:9/a\u0000b", "the URL contains the control character U+0000 at position 20"),
        ("http://127.0.0.2:9/a\u007fb", "the URL contains the control character U+007F at position 20"),
        ("http://127.0.0.1:0/", "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:65536/", "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:-1/", "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:99999999999999999999/", "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:/", "the port must be a number from 1 to 65535"),
        ("http://exa mple.org/", "the URL contains a space at position 10"),
        ("http://exämple.org/", "the URL contains the non-ASCII character U+00E4 at position 9"),
        ("http://a..b/", "'a..b' is not a host name"),
        ("http:///hook", "the URL has no host"),
        ("javascript://x/", "only http and https URLs"),
    ],
)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_urls_that_are_not_plain_http_urls_are_refused_saying_what_to_fix(
    api: TestClient, subscription_id: str, method: str, url: str, says: str
) -> None:
    if method == "POST":
        response = api.post("/v1/subscriptions", json={"url": url})
    else:
        response = api.patch(f"/v1/subscriptions/{subscription_id}", json={"url": url})
    refused(response, 422, "invalid_request", f"url: {says}", field="url")
    assert [s["url"] for s in api.get("/v1/subscriptions").json()] == [ENDPOINT]


@pytest.mark.parametrize("code", CONTROL_CHARACTERS, ids=lambda c: f"U+{c:04X}")
@pytest.mark.parametrize("part", URL_PARTS)
def test_every_control_character_in_every_part_of_a_url_is_refused(api: TestClient, part: str, code: int) -> None:
    template = URL_PARTS[part]
    response = api.post("/v1/subscriptions", json={"url": template.replace("{c}", chr(code))})
    says = f"the URL contains the control character U+{code:04X} at position {template.index('{c}')}"
    refused(response, 422, "invalid_request", says, field="url")


def test_a_url_stored_before_these_rules_is_listed_and_its_test_ping_refused(
    api: TestClient, namespace: Namespace, services: Services
) -> None:
    async def store() -> str:
        redis = async_redis(services.redis_url)
        try:
            subscriptions = SubscriptionStore(redis, RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"]))
            spec = SubscriptionSpec(url="http://127.0.0.2:9/a\u0001b", event_types=["alert.firing"] * 2)
            return (await subscriptions.create(spec, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", datetime.now(UTC))).id
        finally:
            await redis.aclose()

    sub_id = asyncio.run(store())
    assert [s["id"] for s in api.get("/v1/subscriptions").json()] == [sub_id]
    says = "webhook URL refused: http://127.0.0.2:9/a\\x01b: the URL contains the control character U+0001"
    refused(api.post(f"/v1/subscriptions/{sub_id}/test"), 422, "unsafe_url", says, "url")
    fixed = api.patch(f"/v1/subscriptions/{sub_id}", json={"url": ENDPOINT, "event_types": ["alert.firing"]})
    assert fixed.status_code == 200, fixed.text


@pytest.mark.parametrize(
    "url", ["http://admin:S3cr3t@127.0.0.1/", "http://admin:S3cr3t@[::1]:9/", "http://S3cr3t@127.0.0.1:9/"]
)
def test_credentials_in_a_url_are_refused_and_never_repeated(api: TestClient, subscription_id: str, url: str) -> None:
    for response in (
        api.post("/v1/subscriptions", json={"url": url}),
        api.patch(f"/v1/subscriptions/{subscription_id}", json={"url": url}),
    ):
        refused(response, 422, "invalid_request", "a user name or password in a webhook URL is refused", "url")
        assert "S3cr3t" not in response.text
    assert "S3cr3t" not in api.get("/v1/subscriptions").text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "http://127.0.0.1:9/\u0000"),
        ("description", "a\u0000b"),
        ("rules", ["rocket\u0000"]),
        ("theatres", ["israel-gaza\u0000"]),
        ("event_types", ["alert.firing\u0000"]),
        ("format", "native\u0000"),
        ("min_severity", "info\u0000"),
        ("secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\u0000"),
    ],
)
def test_a_nul_in_any_field_is_refused_naming_the_field(api: TestClient, field: str, value: object) -> None:
    body = {"url": ENDPOINT, field: value}
    response = api.post("/v1/subscriptions", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid_request"
    assert {f["field"].split(".")[0] for f in response.json()["fields"]} == {field}
    assert response.json()["message"].startswith(f"invalid input: {field}")


def test_a_nul_in_a_path_or_query_parameter_is_refused_naming_it(api: TestClient, subscription_id: str) -> None:
    refused(api.get("/v1/subscriptions/sub_%00"), 422, "invalid_request", "subscription_id", "subscription_id")
    refused(api.get("/v1/alerts", params={"theatre": "a\u0000"}), 422, "invalid_request", "theatre", "theatre")
    deliveries = f"/v1/subscriptions/{subscription_id}/deliveries"
    refused(api.get(deliveries, params={"status": "pending\u0000"}), 422, "invalid_request", "status", "status")


@pytest.mark.parametrize(
    ("body", "field", "says"),
    [
        ({"event_types": ["alert.firing", "alert.firing"]}, "event_types", "'alert.firing' listed more than once"),
        ({"rules": ["a", "b", "a"]}, "rules", "'a' listed more than once; name each once"),
        ({"theatres": ["x", "x"]}, "theatres", "'x' listed more than once"),
        ({"description": "bad\u001b[31m"}, "description", "control or invisible character U+001B at position 3"),
        ({"description": "two\r\nlines"}, "description", "character U+000D at position 3"),
        ({"description": "line\u2028sep"}, "description", "character U+2028 at position 4"),
        ({"description": "rtl\u202eoverride"}, "description", "character U+202E at position 3"),
        ({"description": "x" * 501}, "description", "at most 500 characters"),
        ({"min_severity": "apocalyptic"}, "min_severity", "'info', 'warning' or 'critical'"),
    ],
)
def test_loose_values_are_refused(
    api: TestClient, subscription_id: str, body: dict[str, object], field: str, says: str
) -> None:
    refused(api.post("/v1/subscriptions", json={"url": ENDPOINT, **body}), 422, "invalid_request", says, field)
    refused(api.patch(f"/v1/subscriptions/{subscription_id}", json=body), 422, "invalid_request", says, field)


@pytest.mark.parametrize("enabled", ["yes", "true", 1, 0, "1", None])
def test_enabled_takes_only_true_or_false(api: TestClient, subscription_id: str, enabled: object) -> None:
    response = api.patch(f"/v1/subscriptions/{subscription_id}", json={"enabled": enabled})
    says = "enabled cannot be null" if enabled is None else "enabled: Input should be a valid boolean"
    refused(response, 422, "invalid_request", says)
    assert api.get(f"/v1/subscriptions/{subscription_id}").json()["enabled"] is True


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b'{"url": "http://127.0.0.1:9/ho', "Unterminated string starting at: character 8"),
        (b'{"url": ', "Expecting value: character 8"),
        (b"{", "Expecting property name enclosed in double quotes: character 1"),
        (b'{"url": "\xff"}', "There was an error parsing the body"),
        (b"[" * 2000 + b"]" * 2000, "There was an error parsing the body"),
    ],
    ids=["truncated string", "truncated value", "open brace", "not utf-8", "deep nesting"],
)
def test_a_body_that_is_not_json_is_a_400(api: TestClient, content: bytes, says: str) -> None:
    response = api.post("/v1/subscriptions", content=content, headers={"content-type": "application/json"})
    refused(response, 400, "malformed_body", f"the request body is not valid JSON ({says}); send a JSON object")


def test_without_redis_the_answer_is_a_503_that_names_no_address(namespace: Namespace) -> None:
    port = free_port()
    down = namespace.with_env(CONFLICTWATCH_REDIS_URL=f"redis://127.0.0.1:{port}/0")
    with api_client(api_namespace(down)) as api:
        for response in (api.get("/v1/subscriptions"), api.get("/v1/ready"), api.post("/v1/subscriptions/x/test")):
            if response.status_code == 422:  # the id is checked before Redis is asked
                continue
            refused(response, 503, "unavailable", "state store unavailable; retry in a moment")
            assert str(port) not in response.text
            assert "127.0.0.1" not in response.text


def test_a_trailing_slash_is_a_404_never_a_redirect_built_from_the_host_header(
    api: TestClient, subscription_id: str
) -> None:
    for path in ("/v1/subscriptions/", f"/v1/subscriptions/{subscription_id}/", "/v1/health/"):
        response = api.get(path, headers={"host": "evil.example"}, follow_redirects=False)
        refused(response, 404, "not_found", f"no resource at {path}")
        assert "their paths end without a slash" in response.json()["message"]
        assert "location" not in response.headers
        assert "evil.example" not in response.text


def test_a_body_over_the_limit_is_a_413(api: TestClient) -> None:
    body = {"url": ENDPOINT, "description": "x" * MAX_BODY}
    refused(api.post("/v1/subscriptions", json=body), 413, "body_too_large", f"larger than {MAX_BODY} bytes")
    assert api.get("/v1/subscriptions").json() == []


def connect(process: ApiProcess) -> socket.socket:
    return socket.create_connection(("127.0.0.1", process.port), timeout=READ_TIMEOUT + 10)


def head(method: str, path: str, *headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: api", f"Authorization: Bearer {TOKEN}", *headers, "", ""]
    return "\r\n".join(lines).encode()


def until_closed(sock: socket.socket) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and how long that took."""
    started, received = time.monotonic(), b""
    while chunk := sock.recv(65536):
        received += chunk
    return received, time.monotonic() - started


def answer(raw: bytes) -> tuple[int, dict[str, object]]:
    status_line, _, rest = raw.partition(b"\r\n")
    body = rest.partition(b"\r\n\r\n")[2]
    return int(status_line.split()[1]), json.loads(body)


def test_a_declared_body_over_the_limit_is_a_413_before_it_is_sent(api_process: ApiProcess) -> None:
    with connect(api_process) as sock:
        sock.sendall(head("POST", "/v1/subscriptions", "Content-Type: application/json", "Content-Length: 50000000"))
        raw, _ = until_closed(sock)
    status, body = answer(raw)
    assert (status, body["error"]) == (413, "body_too_large")
    assert f"larger than {MAX_BODY} bytes (CONFLICTWATCH_API_MAX_BODY)" in str(body["message"])


def test_a_chunked_body_over_the_limit_is_a_413_once_the_limit_is_passed(api_process: ApiProcess) -> None:
    with connect(api_process) as sock:
        sock.sendall(head("POST", "/v1/subscriptions", "Content-Type: application/json", "Transfer-Encoding: chunked"))
        sock.sendall(f"{MAX_BODY + 1:x}\r\n".encode() + b"x" * (MAX_BODY + 1) + b"\r\n")  # no last chunk
        raw, elapsed = until_closed(sock)
    status, body = answer(raw)
    assert (status, body["error"]) == (413, "body_too_large")
    assert elapsed < READ_TIMEOUT  # answered at once, not cut by the read deadline


@pytest.mark.parametrize(
    "sent",
    [
        head("POST", "/v1/subscriptions", "Content-Type: application/json", "Content-Length: 100") + b'{"url": ',
        head("GET", "/v1/health", "Content-Length: 100"),
        b"POST /v1/subscriptions HTTP/1.1\r\nHost: api\r\n",
        b"",
    ],
    ids=["body never finished", "body a GET does not read", "headers never finished", "nothing sent"],
)
def test_a_client_too_slow_to_send_its_request_is_disconnected(api_process: ApiProcess, sent: bytes) -> None:
    with connect(api_process) as sock:
        sock.sendall(sent)
        raw, elapsed = until_closed(sock)
    assert READ_TIMEOUT - 0.5 <= elapsed <= READ_TIMEOUT + 5
    if sent.startswith(b"GET"):  # answered, then cut while the body it declared does not come
        assert raw.startswith(b"HTTP/1.1 200 ")
    else:
        assert raw == b""


def test_a_client_trickling_its_headers_is_disconnected_at_the_deadline(api_process: ApiProcess) -> None:
    with connect(api_process) as sock:
        sock.sendall(b"POST /v1/subscriptions HTTP/1.1\r\n")
        started = time.monotonic()
        sock.settimeout(0.2)
        while time.monotonic() - started < READ_TIMEOUT + 5:
            try:
                sock.sendall(b"X-Slow: 1\r\n")  # each byte stops uvicorn's keep-alive timer
                if sock.recv(1) == b"":
                    break
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
        assert READ_TIMEOUT - 0.5 <= time.monotonic() - started <= READ_TIMEOUT + 5


def test_connections_beyond_the_limit_are_answered_503_until_the_slow_ones_are_cut(api_process: ApiProcess) -> None:
    slow = [connect(api_process) for _ in range(MAX_CONNECTIONS)]
    try:
        for sock in slow:
            sock.sendall(b"GET /v1/health HTTP/1.1\r\n")  # and nothing more
        with connect(api_process) as sock:
            sock.sendall(head("GET", "/v1/health", "Connection: close"))
            raw, _ = until_closed(sock)
        assert raw.startswith(b"HTTP/1.1 503 ")
        for sock in slow:
            assert until_closed(sock)[0] == b""
    finally:
        for sock in slow:
            sock.close()
    with connect(api_process) as sock:
        sock.sendall(head("GET", "/v1/health", "Connection: close"))
        raw, _ = until_closed(sock)
    assert answer(raw) == (200, {"status": "ok"})
