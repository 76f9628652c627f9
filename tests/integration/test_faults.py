"""Dependency faults and crashes on real services: a Redis outage, a broker
restart, a worker killed with SIGKILL, and nothing is lost or double counted.

These tests run their own Redis or Kafka (loopback processes they may stop)
next to the session's services."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.engine import generate
from conflictwatch.app.dev.kafka import KafkaBroker
from conflictwatch.app.dev.process import free_ports
from conflictwatch.app.dev.redis import RedisServer
from producers.publisher import EventPublisher
from tests.api import subscribed_receiver
from tests.ground_truth import (
    alert_keys,
    counts_in,
    delivered_alerts,
    events_counted,
    expected_alerts,
    expected_counts,
    webhook_ids_by_state,
)
from tests.scenario import scenario
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, drain_topic, wait_for

pytestmark = pytest.mark.integration

OUTAGE_SECONDS = 30
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_kafka(tmp_path: Path) -> Iterator[KafkaBroker]:
    broker = KafkaBroker(tmp_path / "kafka")
    broker.start()
    yield broker
    broker.stop()


def consumed(worker: WorkerProcess) -> float:
    return worker.total("conflictwatch_events_consumed_total")


def health(worker: WorkerProcess) -> int:
    return httpx.get(f"http://127.0.0.1:{worker.port}/health", timeout=5).status_code


def test_a_redis_outage_degrades_the_worker_and_loses_nothing_even_if_it_is_killed_meanwhile(
    namespace: Namespace, services: Services, own_redis: RedisServer, tmp_path: Path
) -> None:
    events = scenario()
    ns = namespace.with_env(CONFLICTWATCH_REDIS_URL=own_redis.url)
    settings = ns.settings()
    worker = WorkerProcess(ns, tmp_path / "worker-1.log").start()
    try:
        with EventPublisher(settings) as publisher:
            publisher.publish(events[:5])
            wait_for(lambda: consumed(worker) == 5, 60, "the first events")
            assert health(worker) == 200
            own_redis.stop()
            down_at = time.monotonic()
            publisher.publish(events[5:])
        wait_for(lambda: health(worker) == 503, 30, "the worker to report itself degraded")
        assert worker.metric("conflictwatch_worker_degraded") == 1
        assert worker.proc is not None
        assert worker.proc.poll() is None, "the worker must not crash"
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down_at)))
        worker.stop(signal.SIGKILL)  # offsets of the unfinished batch must not have been committed
    finally:
        worker.stop()
    own_redis.start()
    restarted = WorkerProcess(ns, tmp_path / "worker-2.log").start()
    try:
        truth = expected_counts(events)
        wait_for(lambda: counts_in(own_redis.url, settings.redis_prefix) == truth, 60, "counters to catch up")
        assert health(restarted) == 200
        found = alert_keys(drain_topic(services.kafka_bootstrap, settings.topic_alerts))
        assert found == expected_alerts(events)
    finally:
        restarted.stop()


def test_a_broker_restart_mid_stream_loses_nothing(
    namespace: Namespace, services: Services, own_kafka: KafkaBroker, tmp_path: Path
) -> None:
    events = scenario()
    ns = namespace.with_env(CONFLICTWATCH_KAFKA_BOOTSTRAP=own_kafka.bootstrap)
    settings = ns.settings()
    worker = WorkerProcess(ns, tmp_path / "worker.log").start()
    try:
        with EventPublisher(settings) as publisher:
            publisher.publish(events[:5])
        wait_for(lambda: consumed(worker) == 5, 60, "the first events")
        own_kafka.stop()
        own_kafka.start()
        with EventPublisher(settings) as publisher:
            publisher.publish(events[5:])
        truth = expected_counts(events)
        wait_for(
            lambda: counts_in(services.redis_url, settings.redis_prefix) == truth, 120, "the rest after the restart"
        )
        assert worker.proc is not None
        assert worker.proc.poll() is None, "the worker must ride out the restart"
        found = alert_keys(drain_topic(own_kafka.bootstrap, settings.topic_alerts))
        assert found == expected_alerts(events)
    finally:
        worker.stop()


def test_sigkill_at_three_points_of_a_stream_loses_and_double_counts_nothing(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    """Every expected alert reaches the subscriber; a repeat carries the same webhook-id."""
    events = generate(4000, theatres=4)
    with subscribed_receiver(namespace, tmp_path / "api.log", SECRET) as (ns, receiver):
        settings = ns.settings()
        with EventPublisher(settings) as publisher:
            publisher.publish(events)
        for round_, share in enumerate((0.15, 0.4, 0.65)):
            worker = WorkerProcess(ns, tmp_path / f"worker-{round_}.log").start()
            try:
                wait_for(
                    lambda share=share: (
                        events_counted(services.redis_url, settings.redis_prefix) >= share * len(events)
                    ),
                    120,
                    f"{share:.0%} of the stream",
                )
            finally:
                worker.stop(signal.SIGKILL)
        final = WorkerProcess(ns, tmp_path / "worker-final.log").start()
        try:
            truth = expected_counts(events)
            wait_for(lambda: counts_in(services.redis_url, settings.redis_prefix) == truth, 180, "the whole stream")
            expected = expected_alerts(events)
            assert alert_keys(drain_topic(services.kafka_bootstrap, settings.topic_alerts)) == expected
            wait_for(
                lambda: delivered_alerts(receiver.log) >= expected, 180, "every expected alert at the webhook receiver"
            )
            ids = webhook_ids_by_state(receiver.log)
            assert all(len(found) == 1 for found in ids.values()), "a repeated alert state must keep its webhook-id"
        finally:
            final.stop()


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_joining_and_leaving_mid_stream_give_the_same_alerts_as_one(
    workers: int, namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    events = generate(3000, theatres=8)
    ns = namespace.with_env(CONFLICTWATCH_TOPIC_PARTITIONS=str(2 * workers), CONFLICTWATCH_BATCH_SIZE="100")
    settings = ns.settings()
    group = [
        WorkerProcess(ns.with_env(CONFLICTWATCH_WEB_PORT=str(port)), tmp_path / f"worker-{n}.log")
        for n, port in enumerate(free_ports(workers))
    ]
    try:
        for worker in group:  # each one joins the group while the others hold the partitions
            worker.start()
        # Trickle the stream until every worker has consumed some of it: a worker joins
        # the group only a while after it serves /metrics, and a stream sent in one go
        # can be consumed whole before the last one has partitions.
        slices = [events[i : i + 25] for i in range(0, len(events), 25)]
        with EventPublisher(settings) as publisher:
            while not all(consumed(worker) > 0 for worker in group):
                assert slices, "the whole stream was sent before every worker had consumed from it"
                publisher.publish(slices.pop(0))
                time.sleep(0.5)
            for leaving in reversed(group[1:]):  # rebalances in the middle: the ones left take over
                leaving.stop(signal.SIGTERM)
                for _ in range(4):
                    if slices:
                        publisher.publish(slices.pop(0))
            for rest in slices:
                publisher.publish(rest)
        truth = expected_counts(events)
        wait_for(lambda: counts_in(services.redis_url, settings.redis_prefix) == truth, 180, "the whole stream")
        found = alert_keys(drain_topic(services.kafka_bootstrap, settings.topic_alerts))
        assert found == expected_alerts(events)
    finally:
        for worker in group:
            worker.stop()
