"""The seed article's facts go in through the producer CLI; a webhook subscribed
through the API's CLI gets a signed alert out, through the real Kafka, a Faust
worker process and Redis."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from standardwebhooks import Webhook

from alerts.demo_receiver import DemoReceiver
from conflictwatch.redis_client import sync_redis
from conflictwatch.redis_keys import RedisKeys
from tests.api import ApiProcess, api_namespace
from tests.conftest import SEED_EVENTS
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, wait_for

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SEED_EVENT_COUNT = 11

pytestmark = pytest.mark.e2e


def lull_alerts(receiver: DemoReceiver) -> list[dict[str, Any]]:
    return [p for p in receiver.log.verified() if p["data"]["rule"] == "rocket_lull_ended"]


def test_seed_resumption_gives_one_signed_lull_alert_and_a_replay_changes_nothing(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    receiver = DemoReceiver(SECRET).start()
    api = ApiProcess(api_namespace(namespace, CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32"), tmp_path / "api.log")
    ns = api.namespace
    worker = WorkerProcess(ns, tmp_path / "worker.log")
    store = sync_redis(services.redis_url)
    counts_key = RedisKeys(ns.env["CONFLICTWATCH_REDIS_PREFIX"]).counts("israel-gaza")
    try:
        api.start()
        worker.start()
        subscribed = ns.cli("subscribe", receiver.url, "--theatre", "israel-gaza", "--secret", SECRET)
        assert subscribed.stdout.startswith("subscribed sub_")
        again = ns.cli("subscribe", receiver.url, "--if-absent")
        assert again.stdout.startswith("already subscribed: sub_")
        listed = ns.cli("subscriptions").stdout.splitlines()
        assert len(listed) == 1
        assert "enabled\tnative\t" + receiver.url in listed[0]

        out = ns.cli("produce", "events", str(SEED_EVENTS))
        assert f"published {SEED_EVENT_COUNT} events" in out.stdout

        wait_for(lambda: lull_alerts(receiver), 90, "the lull webhook")
        wait_for(
            lambda: worker.total("conflictwatch_events_consumed_total") == SEED_EVENT_COUNT,
            30,
            "all seed events consumed",
        )
        [payload] = lull_alerts(receiver)
        assert payload["type"] == "alert.firing"
        alert = payload["data"]
        assert alert["rule"] == "rocket_lull_ended"
        assert alert["theatre"] == "israel-gaza"
        assert "after a gap of 8 hours" in alert["summary"]
        assert "2021-05-20 08:00 UTC" in alert["summary"]
        assert alert["values"]["gap_hours"] == 8.0
        [request] = [r for r in receiver.log.requests if r.payload == payload]
        assert Webhook(SECRET).verify(request.body, request.headers)["data"]["fingerprint"] == alert["fingerprint"]
        counts_after_first = store.hgetall(counts_key)
        assert counts_after_first[b"rocket_fire"] == b"3"
        assert counts_after_first[b"casualty_report:killed"] == b"244"

        fired = wait_for(
            lambda: worker.total("conflictwatch_alerts_fired_total"),
            10,
            "the alert count",
        )
        wait_for(lambda: len(receiver.log.requests) == fired, 30, "every alert to be delivered once")
        delivered = len(receiver.log.requests)
        ns.cli("produce", "events", str(SEED_EVENTS))
        wait_for(
            lambda: worker.metric("conflictwatch_events_duplicate_total") == SEED_EVENT_COUNT,
            30,
            "the replay to be recognised as duplicates",
        )
        time.sleep(1.0)  # give a wrongly re-fired alert the time to arrive
        assert len(receiver.log.requests) == delivered
        assert len(lull_alerts(receiver)) == 1
        assert store.hgetall(counts_key) == counts_after_first
        assert (
            worker.metric(
                "conflictwatch_alerts_fired_total", theatre="israel-gaza", rule="rocket_lull_ended", status="firing"
            )
            == 1
        )
    finally:
        worker.stop()
        api.stop()
        receiver.stop()
        store.close()
