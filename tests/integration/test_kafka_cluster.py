"""The worker on a Kafka cluster of three KRaft brokers (replication factor 3,
min.insync.replicas=2): the leader of the busiest events partition is killed with
SIGKILL while events flow, and restarted. The counters equal the truth and every
expected alert reaches the webhook receiver once per alert state."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from bench.engine import generate
from conflictwatch.app.dev.kafka import KafkaBroker, KafkaCluster
from tests.api import subscribed_receiver
from tests.ground_truth import (
    alert_keys,
    counts_in,
    delivered_alerts,
    events_counted,
    expected_alerts,
    expected_counts,
)
from tests.services import Services
from tests.stream import SteadyStream
from tests.worker import Namespace, WorkerProcess, drain_topic, wait_for

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
EVENTS = 3000
RATE = 200  # events/s: the stream lasts about 15 s, the broker is down for part of it
DOWN_SECONDS = 5


def leader_of_busiest_partition(cluster: KafkaCluster, topic: str) -> KafkaBroker:
    """The broker leading the partition with the most records so far."""
    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap)
    admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        ends = consumer.end_offsets(partitions)
        busiest = max(partitions, key=lambda tp: ends[tp])
        [described] = admin.describe_topics([topic])
        [leader] = [p["leader"] for p in described["partitions"] if p["partition"] == busiest.partition]
        return cluster.broker(leader)
    finally:
        consumer.close()
        admin.close()


def test_killing_the_leader_of_the_busiest_partition_mid_stream_loses_and_repeats_nothing(
    namespace: Namespace, services: Services, kafka_cluster: KafkaCluster, tmp_path: Path
) -> None:
    events = generate(EVENTS, theatres=4)
    on_cluster = namespace.with_env(
        CONFLICTWATCH_KAFKA_BOOTSTRAP=kafka_cluster.bootstrap, CONFLICTWATCH_TOPIC_REPLICATION="3"
    )
    with subscribed_receiver(on_cluster, tmp_path / "api.log", SECRET) as (ns, receiver):
        settings = ns.settings()
        worker = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            stream = SteadyStream(settings, events, RATE).start()
            wait_for(
                lambda: events_counted(services.redis_url, settings.redis_prefix) >= 0.3 * EVENTS,
                120,
                "30% of the stream",
            )
            leader = leader_of_busiest_partition(kafka_cluster, settings.topic_events)
            leader.kill()
            time.sleep(DOWN_SECONDS)
            assert not stream.done.is_set(), "the broker must go down while events are still published"
            leader.start()
            stream.join(180)
            truth = expected_counts(events)
            wait_for(lambda: counts_in(services.redis_url, settings.redis_prefix) == truth, 180, "the whole stream")
            expected = expected_alerts(events)
            assert alert_keys(drain_topic(kafka_cluster.bootstrap, settings.topic_alerts)) == expected
            wait_for(lambda: delivered_alerts(receiver.log) >= expected, 120, "every expected alert at the receiver")
            time.sleep(1)  # a repeat would come right after the first
            per_state = Counter(
                (r.payload["data"]["fingerprint"], r.payload["data"]["status"], r.payload["data"]["revision"])
                for r in receiver.log.requests
                if r.verified and r.payload is not None
            )
            assert set(per_state.values()) == {1}, "every alert state is delivered once"
            assert worker.proc is not None
            assert worker.proc.poll() is None, "the worker must ride out the broker's death"
        finally:
            worker.stop()
