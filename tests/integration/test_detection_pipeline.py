"""A generated stream with a known ground truth through the real broker, worker
and Redis: exactly the expected alerts, and the same counters after a replay."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from conflictwatch.redis_client import sync_redis
from conflictwatch.redis_keys import RedisKeys
from producers.publisher import EventPublisher
from tests.scenario import EXPECTED, EXPECTED_COUNTS, THEATRE, scenario
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, read_topic, wait_for

pytestmark = pytest.mark.integration


def test_the_scenario_gives_exactly_the_expected_alerts_and_a_replay_changes_nothing(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    settings = namespace.settings()
    events = scenario()
    alerts_topic = namespace.env["CONFLICTWATCH_TOPIC_ALERTS"]
    worker = WorkerProcess(namespace, tmp_path / "worker.log").start()
    store = sync_redis(services.redis_url, decode_responses=True)
    try:
        namespace.cli("topics")
        with EventPublisher(settings) as publisher:
            publisher.publish(events)
        records = read_topic(services.kafka_bootstrap, alerts_topic, expect=len(EXPECTED), timeout=90)
        alerts = [json.loads(r.value) for r in records]
        assert Counter((a["rule"], a["status"]) for a in alerts) == Counter(EXPECTED)
        assert sorted(alerts, key=lambda a: a["triggered_at"])[0]["theatre"] == THEATRE
        counts_key = RedisKeys(settings.redis_prefix).counts(THEATRE)
        assert store.hgetall(counts_key) == EXPECTED_COUNTS

        with EventPublisher(settings) as publisher:
            publisher.publish(events)
        wait_for(
            lambda: worker.metric("conflictwatch_events_duplicate_total") == len(events),
            60,
            "the replayed events to be recognised",
        )
        time.sleep(1)
        assert len(read_topic(services.kafka_bootstrap, alerts_topic, expect=len(EXPECTED) + 1, timeout=3)) == len(
            EXPECTED
        )
        assert store.hgetall(counts_key) == EXPECTED_COUNTS
    finally:
        worker.stop()
        store.close()
