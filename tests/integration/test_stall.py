"""A worker that holds its partitions and processes nothing says so and sets itself going.

The fault is the one Faust users meet after a rebalance: fetching paused and the
resume lost (tests/stalling_worker.py switches it on around the real worker)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest

from producers.publisher import EventPublisher
from tests.scenario import EXPECTED, scenario
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, read_topic, wait_for

pytestmark = pytest.mark.integration

STALL_TIMEOUT = 3.0


def test_a_stalled_partition_is_reported_and_resumed_and_no_event_is_lost(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    ns = namespace.with_env(CONFLICTWATCH_STALL_TIMEOUT=str(STALL_TIMEOUT))
    settings = ns.settings()
    events = scenario()
    first, rest = events[:4], events[4:]
    trigger = tmp_path / "stall"
    worker = WorkerProcess(
        ns, tmp_path / "worker.log", args=(str(trigger),), command=(sys.executable, "-m", "tests.stalling_worker")
    ).start()
    health = f"http://127.0.0.1:{worker.port}/health"
    consumed = "conflictwatch_events_consumed_total"
    try:
        ns.cli("topics")
        with EventPublisher(settings) as publisher:
            publisher.publish(first)
        wait_for(lambda: worker.total(consumed) == len(first), 60, "the first events to be processed")

        trigger.touch()
        wait_for(lambda: "test fault: fetching paused" in worker.log_tail(), 10, "the fault to be switched on")
        with EventPublisher(settings) as publisher:
            publisher.publish(rest)
        report = wait_for(
            lambda: (r := httpx.get(health, timeout=5)).status_code == 503 and r.json(),
            30,
            f"/health to report the stall (log: {worker.log_path})",
        )
        assert report["status"] == "stalled"
        [stalled] = report["partitions"]
        assert stalled["topic"] == settings.topic_events
        assert stalled["waiting"] == len(rest)
        assert stalled["seconds"] >= STALL_TIMEOUT
        assert (
            worker.metric(
                "conflictwatch_partition_stalled", topic=settings.topic_events, partition=str(stalled["partition"])
            )
            == 1
        )
        wait_for(
            lambda: "test fault: resume of" in worker.log_tail(), 10, "the worker to try to set the partition going"
        )
        assert worker.total(consumed) == len(first)  # the fault holds: nothing moved

        trigger.unlink()  # the next attempt works
        wait_for(lambda: worker.total(consumed) == len(events), 30, "the waiting events to be processed")
        wait_for(lambda: httpx.get(health, timeout=5).status_code == 200, 30, "/health to be ok again")
        assert worker.total("conflictwatch_stall_recoveries_total") >= 2
        assert worker.total("conflictwatch_partition_stalled") == 0
        records = read_topic(services.kafka_bootstrap, settings.topic_alerts, expect=len(EXPECTED), timeout=30)
        assert Counter((a["rule"], a["status"]) for a in map(json.loads, (r.value for r in records))) == Counter(
            EXPECTED
        )
    finally:
        worker.stop()
