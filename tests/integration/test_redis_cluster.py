"""The worker, the API and the webhook delivery on a Redis Cluster of three masters
with a replica each, every master failed over while events flow: no count lost
or doubled, every alert delivered under one webhook-id per state, nothing left
queued. (The state store and the delivery path have their own tests run on
both a single Redis and the cluster: the `redis_url` fixture.)"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from redis.crc import key_slot

from bench.engine import generate
from conflictwatch.app.dev.redis_cluster import RedisClusterNodes
from conflictwatch.redis_client import async_redis, sync_redis
from conflictwatch.redis_keys import RedisKeys
from streams.redis_store import RedisStore
from streams.state import EngineState
from tests.api import subscribed_receiver
from tests.factories import event
from tests.ground_truth import (
    alert_keys,
    counts_in,
    delivered_alerts,
    events_counted,
    expected_alerts,
    expected_counts,
    webhook_ids_by_state,
)
from tests.services import Services
from tests.stream import SteadyStream
from tests.worker import Namespace, WorkerProcess, drain_topic, wait_for

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
EVENTS = 3000
RATE = 300  # events/s: the stream lasts about 10 s, over all three failovers


def due_queue_length(redis_url: str, prefix: str) -> int:
    client = sync_redis(redis_url)
    try:
        return int(client.zcard(RedisKeys(prefix).due()))  # type: ignore[arg-type]
    finally:
        client.close()


def theatres_on_every_master() -> list[str]:
    """Two theatres in each third of the hash slots, the share of one master
    (redis-cli splits the slots in three ranges): every master gets writes."""
    thirds: dict[int, list[str]] = {0: [], 1: [], 2: []}
    for n in range(100):
        name = f"theatre-{n}"
        third = thirds[key_slot(name.encode()) * 3 // 16384]
        if len(third) < 2:
            third.append(name)
    return [name for names in thirds.values() for name in names]


def test_the_state_store_commits_through_a_failover_of_every_master_without_an_error_or_a_double_count(
    namespace: Namespace, redis_cluster: RedisClusterNodes
) -> None:
    """Each writer commits one new event at a time, as the worker commits a batch:
    one Lua call per theatre in a pipeline. The failovers answer MOVED to what is in
    flight, or cut a reply off: a commit the client sent again finds its event
    already counted (0), never counts it twice."""
    keys = RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"])
    theatres = theatres_on_every_master()

    async def go() -> tuple[dict[str, int], dict[str, int], Counter[int], list[BaseException]]:
        redis = async_redis(redis_cluster.url)
        store = RedisStore(redis, keys, timedelta(days=14))
        committed = dict.fromkeys(theatres, 0)
        results: Counter[int] = Counter()
        errors: list[BaseException] = []
        failing_over = True

        async def write(theatre: str) -> None:
            n = 0
            while failing_over:
                n += 1
                try:
                    results.update(await store.commit([event(at=n / 1000, theatre=theatre)], EngineState(), set()))
                    committed[theatre] += 1
                except Exception as exc:  # noqa: BLE001 - every failure is reported below
                    errors.append(exc)

        writers = [asyncio.create_task(write(theatre)) for theatre in theatres]
        try:
            await asyncio.sleep(0.3)
            for master in redis_cluster.masters():
                await asyncio.to_thread(redis_cluster.fail_over, master)
            await asyncio.sleep(0.3)
        finally:
            failing_over = False
            await asyncio.gather(*writers)
        counted = {t: int(await redis.hget(keys.counts(t), "rocket_fire") or 0) for t in theatres}
        await redis.aclose()
        return committed, counted, results, errors

    committed, counted, results, errors = asyncio.run(go())
    assert errors == []
    assert counted == committed
    assert set(results) <= {0, 1}
    assert all(committed.values())


def test_commands_in_flight_when_the_cluster_client_closes_its_connections_are_sent_again(
    namespace: Namespace, redis_cluster: RedisClusterNodes
) -> None:
    """The cluster client closes all its connections whenever it retries after a
    connection error (a failover); pipelines other tasks were sending at that moment
    must go out again on new connections, not fail with the closed stream's
    AttributeError (redis-py 8.1 lets it through: three to five of them in each such
    run before conflictwatch.redis_client's connections)."""
    prefix = namespace.env["CONFLICTWATCH_REDIS_PREFIX"]

    async def go() -> tuple[list[BaseException], dict[str, int]]:
        redis = async_redis(redis_cluster.url)
        errors: list[BaseException] = []
        sent = dict.fromkeys(range(12), 0)
        closing = True

        async def send(user: int) -> None:
            while closing:
                pipe = redis.pipeline(transaction=False)
                for key in range(6):  # keys on every master
                    pipe.set(f"{prefix}:{user}:{key}", sent[user] + 1)
                try:
                    await pipe.execute()
                    sent[user] += 1
                except Exception as exc:  # noqa: BLE001 - every failure is reported below
                    errors.append(exc)

        users = [asyncio.create_task(send(user)) for user in sent]
        try:
            for _ in range(30):
                await asyncio.sleep(0.01)
                await redis.aclose()  # as the client does itself before it retries
        finally:
            closing = False
            await asyncio.gather(*users)
        stored = {f"{u}:{k}": int(await redis.get(f"{prefix}:{u}:{k}") or 0) for u in sent for k in range(6)}
        await redis.aclose()
        return errors, {key: stored[key] - sent[int(key.split(":")[0])] for key in stored}

    errors, behind = asyncio.run(go())
    assert errors == []
    assert set(behind.values()) == {0}, "every pipeline that returned wrote all its keys"


def test_failing_over_every_master_mid_stream_loses_doubles_and_leaves_nothing(
    namespace: Namespace, services: Services, redis_cluster: RedisClusterNodes, tmp_path: Path
) -> None:
    events = generate(EVENTS, theatres=4)
    on_cluster = namespace.with_env(CONFLICTWATCH_REDIS_URL=redis_cluster.url)
    with subscribed_receiver(on_cluster, tmp_path / "api.log", SECRET) as (ns, receiver):
        settings = ns.settings()
        worker = WorkerProcess(ns, tmp_path / "worker.log").start()
        try:
            stream = SteadyStream(settings, events, RATE).start()
            for master, share in zip(redis_cluster.masters(), (0.2, 0.45, 0.7), strict=True):
                wait_for(
                    lambda share=share: events_counted(redis_cluster.url, settings.redis_prefix) >= share * EVENTS,
                    120,
                    f"{share:.0%} of the stream",
                )
                redis_cluster.fail_over(master)
            assert not stream.done.is_set(), "the failovers must happen while events are still published"
            stream.join(120)
            truth = expected_counts(events)
            wait_for(lambda: counts_in(redis_cluster.url, settings.redis_prefix) == truth, 120, "the whole stream")
            expected = expected_alerts(events)
            assert alert_keys(drain_topic(services.kafka_bootstrap, settings.topic_alerts)) == expected
            wait_for(lambda: delivered_alerts(receiver.log) >= expected, 120, "every expected alert at the receiver")
            assert all(len(ids) == 1 for ids in webhook_ids_by_state(receiver.log).values())
            wait_for(lambda: due_queue_length(redis_cluster.url, settings.redis_prefix) == 0, 60, "an empty due queue")
            assert worker.proc is not None
            assert worker.proc.poll() is None, "the worker must ride out the failovers"
            # The cluster client itself followed every MOVED and retried what the
            # failovers interrupted: no batch had to be retried.
            assert worker.metric("conflictwatch_worker_dependency_errors_total", dependency="redis") == 0
        finally:
            worker.stop()
