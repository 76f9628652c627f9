"""The REST API on a real Redis: auth, subscriptions, SSRF refusals, pings,
rotation, alerts and errors that say what to fix."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from standardwebhooks import Webhook

from alerts.api.app import create_app
from alerts.api_client import ApiClient
from alerts.demo_receiver import DemoReceiver
from alerts.recent import RecentAlerts
from conflictwatch.redis_client import async_redis
from conflictwatch.redis_keys import RedisKeys
from tests.api import TOKEN, api_client, api_namespace, served
from tests.factories import alert
from tests.services import Services
from tests.worker import Namespace

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def api(namespace: Namespace) -> Iterator[TestClient]:
    with api_client(api_namespace(namespace, CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32")) as client:
        yield client


@pytest.fixture
def strict_api(namespace: Namespace) -> Iterator[TestClient]:
    """No allow-list: what a production API refuses."""
    with api_client(api_namespace(namespace)) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[DemoReceiver]:
    server = DemoReceiver(SECRET).start()
    yield server
    server.stop()


def test_requests_without_a_token_or_with_a_wrong_one_are_refused(api: TestClient) -> None:
    bare = api.get("/v1/subscriptions", headers={"authorization": ""})
    assert bare.status_code == 401
    assert bare.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in bare.json()["message"]
    wrong = api.get("/v1/subscriptions", headers={"authorization": "Bearer not-the-right-token-at-all"})
    assert wrong.status_code == 401
    assert wrong.json() == {
        "error": "unauthorized",
        "message": "the bearer token is not valid; use one of the tokens in CONFLICTWATCH_API_TOKENS",
        "fields": [],
    }
    assert api.get("/v1/health", headers={"authorization": ""}).json() == {"status": "ok"}
    assert api.get("/v1/ready", headers={"authorization": ""}).json() == {"status": "ready", "redis": "ok"}


def test_a_subscription_is_created_read_updated_listed_and_deleted(api: TestClient, receiver: DemoReceiver) -> None:
    created = api.post(
        "/v1/subscriptions",
        json={"url": receiver.url, "theatres": ["israel-gaza"], "min_severity": "warning", "description": "desk"},
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["secret"].startswith("whsec_")
    assert body["enabled"] is True
    sub_id = body["id"]
    read = api.get(f"/v1/subscriptions/{sub_id}").json()
    assert "secret" not in read
    assert read["theatres"] == ["israel-gaza"]

    updated = api.patch(f"/v1/subscriptions/{sub_id}", json={"rules": ["rocket_lull_ended"], "format": "alertmanager"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["rules"] == ["rocket_lull_ended"]
    assert updated.json()["theatres"] == ["israel-gaza"]
    disabled = api.patch(f"/v1/subscriptions/{sub_id}", json={"enabled": False}).json()
    assert disabled["enabled"] is False
    assert disabled["disabled_reason"] == "disabled through the API"
    assert api.patch(f"/v1/subscriptions/{sub_id}", json={"enabled": True}).json()["enabled"] is True
    assert [s["id"] for s in api.get("/v1/subscriptions").json()] == [sub_id]

    assert api.delete(f"/v1/subscriptions/{sub_id}").status_code == 204
    missing = api.get(f"/v1/subscriptions/{sub_id}")
    assert missing.status_code == 404
    assert sub_id in missing.json()["message"]
    assert api.get("/v1/subscriptions").json() == []


def test_the_subscription_list_comes_in_pages_linked_by_a_cursor(api: TestClient, namespace: Namespace) -> None:
    ids = sorted(api.post("/v1/subscriptions", json={"url": f"http://127.0.0.1:9/{n}"}).json()["id"] for n in range(5))
    pages: list[list[str]] = []
    page: str | None = "/v1/subscriptions?limit=2"
    while page is not None:
        response = api.get(page)
        pages.append([s["id"] for s in response.json()])
        page = response.links.get("next", {}).get("url")
    assert pages == [ids[0:2], ids[2:4], ids[4:]]
    assert api.get("/v1/subscriptions", params={"limit": 5}).headers.get("link") is None
    assert api.get("/v1/subscriptions", params={"cursor": ids[-1]}).json() == []
    for params, field in (({"cursor": "sub_x"}, "cursor"), ({"limit": 0}, "limit"), ({"limit": 1001}, "limit")):
        bad = api.get("/v1/subscriptions", params=params)
        assert (bad.status_code, [f["field"] for f in bad.json()["fields"]]) == (422, [field])

    settings = api_namespace(namespace).settings()
    with served(create_app(settings), settings) as base_url, ApiClient(base_url, TOKEN) as client:
        assert [s["id"] for s in client.subscriptions(page_size=2)] == ids


def test_invalid_input_is_a_422_naming_the_field(api: TestClient) -> None:
    response = api.post("/v1/subscriptions", json={"url": "http://127.0.0.1/x", "min_severity": "apocalyptic"})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_request"
    assert [f["field"] for f in body["fields"]] == ["min_severity"]
    assert "min_severity" in body["message"]
    assert api.post("/v1/subscriptions", json={}).json()["fields"][0]["field"] == "url"
    unknown = api.get("/v1/nothing-here")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "not_found")
    wrong_method = api.put("/v1/subscriptions", json={})
    assert wrong_method.status_code == 405
    assert "PUT is not allowed on /v1/subscriptions" in wrong_method.json()["message"]
    malformed = api.post("/v1/subscriptions", content=b"{not json", headers={"content-type": "application/json"})
    assert (malformed.status_code, malformed.json()["error"]) == (400, "malformed_body")
    null = api.patch("/v1/subscriptions/sub_" + "0" * 24, json={"url": None})
    assert null.status_code == 422
    assert "url cannot be null" in null.json()["message"]


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://127.0.0.1/hook", "127.0.0.1"),
        ("http://localhost:8080/hook", "127.0.0.1"),
        ("http://[::1]/hook", "::1"),
        ("http://10.1.2.3/hook", "10.1.2.3"),
        ("http://172.16.5.4/hook", "172.16.5.4"),
        ("http://172.31.255.254/hook", "172.31.255.254"),
        ("http://192.168.0.10/hook", "192.168.0.10"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://[fd00::1]/hook", "fd00::1"),
        ("http://[::ffff:127.0.0.1]/hook", "::ffff:127.0.0.1"),
        ("http://2130706433/hook", "127.0.0.1"),
        ("http://0x7f000001/hook", "127.0.0.1"),
        ("https://internal.example/hook", "10.0.0.5"),
    ],
)
def test_ssrf_targets_are_refused_with_a_clear_422(strict_api: TestClient, url: str, address: str) -> None:
    response = strict_api.post("/v1/subscriptions", json={"url": url})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "unsafe_url"
    assert body["fields"][0]["field"] == "url"
    assert f"resolves to {address}" in body["message"]
    assert "CONFLICTWATCH_WEBHOOK_ALLOW" in body["message"]
    assert strict_api.get("/v1/subscriptions").json() == []


def test_a_redirect_to_an_internal_address_is_refused_with_a_422(api: TestClient, receiver: DemoReceiver) -> None:
    sub = api.post("/v1/subscriptions", json={"url": receiver.url, "secret": SECRET}).json()
    receiver.log.respond = lambda _count: 307
    receiver.log.response_headers = {"location": "http://169.254.169.254/latest/meta-data/iam/"}
    response = api.post(f"/v1/subscriptions/{sub['id']}/test")
    assert response.status_code == 422, response.text
    assert "169.254.169.254" in response.json()["message"]
    assert "redirected" in response.json()["message"]
    assert len(receiver.log.requests) == 1


def test_a_ping_is_signed_and_logged_and_a_rotation_signs_with_both_secrets(
    api: TestClient, receiver: DemoReceiver
) -> None:
    sub = api.post("/v1/subscriptions", json={"url": receiver.url}).json()
    receiver.log.secret = sub["secret"]
    ping = api.post(f"/v1/subscriptions/{sub['id']}/test").json()
    assert ping["status"] == "delivered"
    assert ping["attempts"][0]["status_code"] == 204
    [payload] = receiver.log.verified()
    assert payload["type"] == "subscription.test"

    rotated = api.post(f"/v1/subscriptions/{sub['id']}/secret/rotate").json()
    assert rotated["secret"] != sub["secret"]
    assert api.post(f"/v1/subscriptions/{sub['id']}/test").json()["status"] == "delivered"
    request = receiver.log.requests[-1]
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    assert Webhook(sub["secret"]).verify(request.body, request.headers)["type"] == "subscription.test"
    assert Webhook(rotated["secret"]).verify(request.body, request.headers)["type"] == "subscription.test"

    log = api.get(f"/v1/subscriptions/{sub['id']}/deliveries").json()
    assert [d["type"] for d in log] == ["subscription.test", "subscription.test"]
    missing = api.get(f"/v1/subscriptions/{sub['id']}/deliveries/msg_{'0' * 32}")
    assert missing.status_code == 404
    assert f"msg_{'0' * 32}" in missing.json()["message"]


def test_recent_alerts_are_listed_newest_first_with_filters(
    api: TestClient, namespace: Namespace, services: Services
) -> None:
    async def record() -> None:
        redis = async_redis(services.redis_url)
        try:
            recent = RecentAlerts(redis, RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"]), limit=3)
            await recent.record([alert(n) for n in range(4)])
            await recent.record([alert(3, status="resolved", severity="critical")])
        finally:
            await redis.aclose()

    asyncio.run(record())
    listed = api.get("/v1/alerts").json()
    assert [(a["summary"][-9:], a["status"]) for a in listed][:1] == [("(alert 3)", "resolved")]
    assert len(listed) == 3  # bounded
    assert [a["status"] for a in api.get("/v1/alerts", params={"min_severity": "critical"}).json()] == ["resolved"]
    assert api.get("/v1/alerts", params={"theatre": "elsewhere"}).json() == []
    bad = api.get("/v1/alerts", params={"since": "yesterday"})
    assert bad.status_code == 422
    assert bad.json()["fields"][0]["field"] == "since"


def test_the_api_serves_its_own_metrics(api: TestClient) -> None:
    api.get("/v1/subscriptions")
    text = api.get("/metrics").text
    assert 'conflictwatch_api_requests_total{method="GET",route="/v1/subscriptions",status="200"}' in text
    assert "conflictwatch_api_request_duration_seconds_bucket" in text


def test_feedback_on_an_alert_round_trips_and_counts_toward_its_rules_precision(
    api: TestClient, namespace: Namespace, services: Services
) -> None:
    listed = alert(0)

    async def record() -> None:
        redis = async_redis(services.redis_url)
        try:
            recent = RecentAlerts(redis, RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"]), limit=10)
            await recent.record([listed])
        finally:
            await redis.aclose()

    asyncio.run(record())
    url = f"/v1/alerts/{listed.fingerprint}/feedback"
    useful = api.post(url, json={"verdict": "useful", "note": "the desk acted on it"})
    assert useful.status_code == 201, useful.text
    assert useful.json() | {"given_at": None} == {
        "fingerprint": listed.fingerprint,
        "rule": "rocket_lull_ended",
        "theatre": "israel-gaza",
        "verdict": "useful",
        "note": "the desk acted on it",
        "given_at": None,
    }
    assert api.post(url, json={"verdict": "false_alarm"}).status_code == 201
    assert [f["verdict"] for f in api.get(url).json()] == ["useful", "false_alarm"]
    text = api.get("/metrics").text
    assert 'conflictwatch_alert_feedback{rule="rocket_lull_ended",verdict="useful"} 1.0' in text
    assert 'conflictwatch_alert_feedback{rule="rocket_lull_ended",verdict="false_alarm"} 1.0' in text

    unknown = api.post("/v1/alerts/0123456789abcdef/feedback", json={"verdict": "useful"})
    assert unknown.status_code == 404
    assert unknown.json()["message"] == (
        "no recent alert with id '0123456789abcdef'; GET /v1/alerts lists the existing ones"
    )
    assert api.get("/v1/alerts/0123456789abcdef/feedback").status_code == 404
    wrong = api.post(url, json={"verdict": "great"})
    assert wrong.status_code == 422
    assert wrong.json()["fields"][0]["field"] == "verdict"
    hidden = api.post(url, json={"verdict": "late", "note": "late\u0000"})
    assert hidden.status_code == 422
    assert "U+0000" in hidden.json()["fields"][0]["message"]
    assert api.post("/v1/alerts/not-a-fingerprint/feedback", json={"verdict": "useful"}).status_code == 422
    assert api.post(url, json={"verdict": "useful"}, headers={"authorization": ""}).status_code == 401
