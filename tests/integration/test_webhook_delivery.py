"""Webhook delivery through a real worker process, Kafka and Redis to local
receivers: retries under one webhook-id, a kill and restart losing nothing,
dead letters and disabled endpoints visible in the API and the metrics,
signatures during a rotation and Alertmanager-format payloads."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from standardwebhooks import Webhook

from alerts.demo_receiver import DemoReceiver
from conflictwatch.app.dev.process import free_port
from conflictwatch.models import Alert
from tests.alertmanager import assert_alertmanager_v4
from tests.api import api_client, api_namespace
from tests.factories import alert
from tests.worker import Namespace, WorkerProcess, read_topic, send_raw, wait_for

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def delivery_namespace(namespace: Namespace, schedule: str) -> Namespace:
    return api_namespace(
        namespace,
        CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32",
        CONFLICTWATCH_WEBHOOK_RETRY_SCHEDULE=schedule,
        CONFLICTWATCH_WEBHOOK_TIMEOUT="1",
        CONFLICTWATCH_WEBHOOK_POLL_INTERVAL="0.1",
    )


def publish(ns: Namespace, alerts: list[Alert]) -> None:
    for one in alerts:
        send_raw(
            ns.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"],
            ns.env["CONFLICTWATCH_TOPIC_ALERTS"],
            [one.model_dump_json().encode()],
            key=one.fingerprint.encode(),
        )


def deliveries(api: TestClient, subscription_id: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = api.get(f"/v1/subscriptions/{subscription_id}/deliveries").json()
    return found


@pytest.fixture
def receiver() -> Iterator[DemoReceiver]:
    server = DemoReceiver(SECRET).start()
    yield server
    server.stop()


def test_a_receiver_failing_three_times_gets_the_alert_once_under_one_webhook_id(
    namespace: Namespace, receiver: DemoReceiver, tmp_path: Path
) -> None:
    ns = delivery_namespace(namespace, "0.2,0.2,0.2")
    receiver.log.respond = lambda count: 500 if count < 3 else 200
    with api_client(ns) as api:
        sub = api.post("/v1/subscriptions", json={"url": receiver.url, "secret": SECRET}).json()
        worker = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            publish(ns, [alert(0)])
            wait_for(lambda: len(receiver.log.requests) >= 4, 60, "four attempts")
            wait_for(lambda: deliveries(api, sub["id"])[0]["status"] == "delivered", 10, "the delivery logged")
            time.sleep(0.5)  # a wrong extra attempt would arrive now
            assert len(receiver.log.requests) == 4
            assert {r.headers["webhook-id"] for r in receiver.log.requests} == {deliveries(api, sub["id"])[0]["id"]}
            assert all(r.verified for r in receiver.log.requests)
            assert receiver.log.verified()[-1]["type"] == "alert.firing"
            [logged] = deliveries(api, sub["id"])
            assert [a["status_code"] for a in logged["attempts"]] == [500, 500, 500, 200]  # type: ignore[attr-defined]
            assert all(a["latency_ms"] > 0 for a in logged["attempts"])  # type: ignore[attr-defined]
            assert worker.metric("conflictwatch_webhook_deliveries_total", outcome="delivered") == 1
            assert worker.metric("conflictwatch_webhook_attempts_total", result="retry") == 3
            assert worker.metric("conflictwatch_alert_delivery_latency_seconds_count") == 1
        finally:
            worker.stop()


def test_alerts_queued_while_the_receiver_is_down_survive_a_killed_worker(namespace: Namespace, tmp_path: Path) -> None:
    ns = delivery_namespace(namespace, "0.5,1,2,4,4,4,4,4,4")
    port = free_port()
    alerts = [alert(n) for n in range(5)]
    with api_client(ns) as api:
        url = f"http://127.0.0.1:{port}/hooks/conflictwatch"
        sub = api.post("/v1/subscriptions", json={"url": url, "secret": SECRET}).json()
        first = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            publish(ns, alerts)
            wait_for(
                lambda: [len(d["attempts"]) > 0 for d in deliveries(api, sub["id"])] == [True] * 5,  # type: ignore[arg-type]
                60,
                "a failed attempt of every alert",
            )
        finally:
            first.stop(signal.SIGKILL)
        receiver = DemoReceiver(SECRET, port=port).start()
        second = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            wait_for(lambda: len(receiver.log.verified()) >= 5, 60, "every alert after the restart")
            received = {p["data"]["fingerprint"] for p in receiver.log.verified()}
            assert received == {a.fingerprint for a in alerts}
            assert all(d["status"] == "delivered" for d in deliveries(api, sub["id"]))
        finally:
            second.stop()
            receiver.stop()


def test_a_receiver_that_always_fails_ends_in_a_dead_letter_and_a_410_disables_its_endpoint(
    namespace: Namespace, receiver: DemoReceiver, tmp_path: Path
) -> None:
    ns = delivery_namespace(namespace, "0.2,0.2")
    gone = DemoReceiver(SECRET).start()
    receiver.log.respond = lambda _count: 503
    gone.log.respond = lambda _count: 410
    with api_client(ns) as api:
        failing = api.post("/v1/subscriptions", json={"url": receiver.url, "secret": SECRET}).json()
        leaving = api.post("/v1/subscriptions", json={"url": gone.url, "secret": SECRET}).json()
        worker = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            publish(ns, [alert(0)])
            wait_for(
                lambda: [d["status"] for d in deliveries(api, failing["id"])] == ["dead_letter"], 60, "a dead letter"
            )
            [letter] = deliveries(api, failing["id"])
            assert len(letter["attempts"]) == 3  # type: ignore[arg-type]
            assert str(letter["dead_letter_reason"]).startswith("exhausted: 3 attempts failed: HTTP 503")
            records = read_topic(
                ns.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"], ns.env["CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS"], 2
            )
            details = [json.loads(json.loads(r.value)["detail"]) for r in records]
            assert {d["webhook_id"] for d in details} == {letter["id"], deliveries(api, leaving["id"])[0]["id"]}
            assert worker.metric("conflictwatch_webhook_dead_letters_total", reason="exhausted") == 1
            assert worker.metric("conflictwatch_webhook_dead_letters_total", reason="gone") == 1

            disabled = api.get(f"/v1/subscriptions/{leaving['id']}").json()
            assert disabled["enabled"] is False
            assert "410 Gone" in disabled["disabled_reason"]
            assert len(gone.log.requests) == 1
            wait_for(lambda: worker.metric("conflictwatch_webhook_endpoints_disabled") == 1, 10, "the disabled gauge")
            wait_for(lambda: worker.metric("conflictwatch_webhook_pending_retries") == 0, 10, "no pending retries")

            receiver.log.respond = lambda _count: 204
            resent = api.post(f"/v1/subscriptions/{failing['id']}/deliveries/{letter['id']}/resend")
            assert resent.status_code == 202, resent.text
            wait_for(lambda: deliveries(api, failing["id"])[0]["status"] == "delivered", 30, "the resent delivery")
            assert receiver.log.requests[-1].headers["webhook-id"] == letter["id"]
        finally:
            worker.stop()
            gone.stop()


def test_alertmanager_payloads_have_the_v4_shape_and_verify_with_both_secrets_in_a_rotation(
    namespace: Namespace, receiver: DemoReceiver, tmp_path: Path
) -> None:
    ns = delivery_namespace(namespace, "0.2")
    with api_client(ns) as api:
        sub = api.post("/v1/subscriptions", json={"url": receiver.url, "format": "alertmanager"}).json()
        rotated = api.post(f"/v1/subscriptions/{sub['id']}/secret/rotate").json()
        receiver.log.secret = rotated["secret"]
        worker = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            publish(ns, [alert(0), alert(0, status="resolved")])
            wait_for(lambda: len(receiver.log.verified()) == 2, 60, "two webhooks")
        finally:
            worker.stop()
    firing, resolved = sorted(receiver.log.verified(), key=lambda p: p["status"])
    for payload in (firing, resolved):
        assert_alertmanager_v4(payload)
        assert payload["alerts"][0]["labels"]["alertname"] == "rocket_lull_ended"
    assert (firing["status"], resolved["status"]) == ("firing", "resolved")
    for request in receiver.log.requests:
        assert Webhook(sub["secret"]).verify(request.body, request.headers)
        assert Webhook(rotated["secret"]).verify(request.body, request.headers)
