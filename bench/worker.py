"""Worker throughput end to end (Kafka in, Redis state, alerts out) against a bare
aiokafka consume-and-produce loop on the same broker, in the same run.

Both read the same pre-loaded topic from the beginning with a fresh consumer
group; the bare loop forwards every message to another topic, the worker runs
detection with its Redis state and publishes alerts. Rates are measured from the
first consumed message to the last, so start-up time is left out of both.

    python -m bench.worker [--events N]

Uses CONFLICTWATCH_KAFKA_BOOTSTRAP / CONFLICTWATCH_REDIS_URL when set, else starts
the local services (conflictwatch.app.dev) for the run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from bench.engine import generate
from conflictwatch.app.dev.process import free_port
from conflictwatch.app.dev.services import LocalServices
from conflictwatch.kafka_admin import ensure_topics
from conflictwatch.settings import load_settings
from producers.publisher import EventPublisher


@contextmanager
def services() -> Iterator[tuple[str, str]]:
    bootstrap = os.environ.get("CONFLICTWATCH_KAFKA_BOOTSTRAP")
    redis_url = os.environ.get("CONFLICTWATCH_REDIS_URL")
    if bootstrap and redis_url:
        yield bootstrap, redis_url
        return
    with LocalServices.in_dir(Path(tempfile.mkdtemp(prefix="cw-bench-"))) as local:
        yield local.kafka.bootstrap, local.redis.url


async def bare_loop(bootstrap: str, source: str, sink: str, expect: int) -> float:
    consumer = AIOKafkaConsumer(
        source, bootstrap_servers=bootstrap, group_id=f"bare-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await consumer.start()
    await producer.start()
    seen, first = 0, 0.0
    try:
        while seen < expect:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            for records in batches.values():
                if not first:
                    first = time.perf_counter()
                futures = [await producer.send(sink, key=r.key, value=r.value) for r in records]
                await asyncio.gather(*futures)
                seen += len(records)
            await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()
    return expect / (time.perf_counter() - first)


def consumed(port: int) -> float:
    try:
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
    except httpx.HTTPError:
        return 0.0
    return sum(
        s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name in ("conflictwatch_events_consumed_total", "conflictwatch_events_duplicate_total")
    )


def worker_rate(env: dict[str, str], expect: int) -> float:
    port = int(env["CONFLICTWATCH_WEB_PORT"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "conflictwatch", "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        first = 0.0
        while True:
            done = consumed(port)
            if done and not first:
                first, first_count = time.perf_counter(), done
            if done >= expect:
                return (done - first_count) / (time.perf_counter() - first)
            time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    events = generate(args.events)
    with services() as (bootstrap, redis_url):
        tag = uuid.uuid4().hex[:8]
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")} | {
            "CONFLICTWATCH_KAFKA_BOOTSTRAP": bootstrap,
            "CONFLICTWATCH_REDIS_URL": redis_url,
            "CONFLICTWATCH_REDIS_PREFIX": f"bench{tag}",
            "CONFLICTWATCH_APP_ID": f"bench-{tag}",
            "CONFLICTWATCH_TOPIC_EVENTS": f"bench{tag}.events",
            "CONFLICTWATCH_TOPIC_ALERTS": f"bench{tag}.alerts",
            "CONFLICTWATCH_TOPIC_DEAD_LETTERS": f"bench{tag}.dlq",
            "CONFLICTWATCH_TOPIC_COVERAGE": f"bench{tag}.coverage",
            "CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS": f"bench{tag}.wdlq",
            "CONFLICTWATCH_WEB_PORT": str(free_port()),
            "CONFLICTWATCH_LOG_LEVEL": "warning",
        }
        settings = load_settings(
            **{k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in env.items() if k.startswith("CONFLICTWATCH_")}
        )
        ensure_topics(settings)
        with EventPublisher(settings) as publisher:
            publisher.publish(events)
        bare = asyncio.run(bare_loop(bootstrap, settings.topic_events, f"bench{tag}.bare-sink", len(events)))
        worker = worker_rate(env, len(events))
    print(f"events:               {len(events):,}")
    print(f"bare aiokafka loop:   {bare:,.0f} events/s")
    print(f"worker end to end:    {worker:,.0f} events/s")
    print(f"worker / bare loop:   {worker / bare:.3f}  (target >= 0.5)")


if __name__ == "__main__":
    main()
