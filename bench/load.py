"""Sustained load through the whole pipeline: producer -> Kafka -> worker ->
Redis -> alerts -> webhook receiver, for a fixed time at a fixed rate.

The worker first takes one event on its own (it joins its consumer group), then
--warm-up seconds of events at the rate (not counted), then the timed run. Prints events/s achieved, the consumer lag
once the worker has drained the topic and committed, p50/p99 from an event
being produced to its alert's webhook arriving, split at the alert's record on
the alerts topic (its Kafka timestamp: when the worker's producer took it) into
the detection side (event -> alert on the topic) and the delivery side (alert on
the topic -> dispatch -> POST arriving), and the worker's peak RSS. With
--soak it samples the worker's RSS and the Redis key count every few seconds
and says whether both stay flat once warm (the second half against the first).

    python -m bench.load [--rate 300] [--seconds 60] [--soak]

Uses CONFLICTWATCH_KAFKA_BOOTSTRAP / CONFLICTWATCH_REDIS_URL when set, else starts
the local services for the run. Everything runs on loopback.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from alerts.demo_receiver import DemoReceiver
from bench.engine import generate
from bench.worker import consumed, services
from conflictwatch.app.dev.process import free_ports
from conflictwatch.models import Event
from conflictwatch.redis_client import sync_redis

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
TOKEN = "bench-token-0123456789"


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def lag(bootstrap: str, group: str, topic: str) -> int:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        committed = admin.list_consumer_group_offsets(group)
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        ends = consumer.end_offsets(partitions)
        return sum(end - (committed[tp].offset if tp in committed else 0) for tp, end in ends.items())
    finally:
        admin.close()
        consumer.close()


def alerts_on_topic(bootstrap: str, topic: str) -> dict[tuple[str, str, int], float]:
    """(fingerprint, status, revision) -> when the alert was put on the topic (epoch s)."""
    consumer = KafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", consumer_timeout_ms=3000, group_id=None
    )
    try:
        found = {}
        for record in consumer:
            alert = json.loads(record.value)
            found[(alert["fingerprint"], alert["status"], alert.get("revision", 0))] = record.timestamp / 1000
        return found
    finally:
        consumer.close()


def quantile_ms(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    q = statistics.quantiles(values, n=100)
    return f"p50 {q[49] * 1000:,.0f} ms, p99 {q[98] * 1000:,.0f} ms"


def shifted(events: list[Event], start: datetime) -> list[Event]:
    """The generated stream moved to start now, so its event times run with the clock."""
    offset = start - events[0].occurred_at
    return [
        Event.model_validate(
            e.model_dump(exclude={"event_id"})
            | {"occurred_at": e.occurred_at + offset, "reported_at": e.reported_at + offset}
        )
        for e in events
    ]


def at_rate(events: list[Event], rate: int, send: Callable[[int, Event], None]) -> None:
    started = time.monotonic()
    for i, event in enumerate(events):
        pause = started + i / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        send(i, event)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=int, default=300, help="events per second to produce")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--soak", action="store_true", help="sample RSS and Redis keys and judge flatness")
    parser.add_argument(
        "--webhook-log-retention",
        default="P7D",
        help="CONFLICTWATCH_WEBHOOK_LOG_RETENTION for the run: shorter than --seconds, a soak shows the delivery "
        "records' bound (one key per delivery until it expires); it must outlive twice the longest retry delay",
    )
    parser.add_argument("--webhook-retry-schedule", default="5,300,1800,7200,18000,36000")
    parser.add_argument(
        "--warm-up", type=float, default=2.0, help="seconds at the rate before the timed run, not counted"
    )
    args = parser.parse_args()
    total = args.rate * args.seconds
    warm = 1 + int(args.rate * args.warm_up)
    events = generate(warm + total, theatres=8)
    receiver = DemoReceiver(SECRET).start()
    with services() as (bootstrap, redis_url):
        tag = uuid.uuid4().hex[:8]
        api_port, web_port = free_ports(2)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")} | {
            "CONFLICTWATCH_KAFKA_BOOTSTRAP": bootstrap,
            "CONFLICTWATCH_REDIS_URL": redis_url,
            "CONFLICTWATCH_REDIS_PREFIX": f"load{tag}",
            "CONFLICTWATCH_APP_ID": f"load-{tag}",
            "CONFLICTWATCH_TOPIC_EVENTS": f"load{tag}.events",
            "CONFLICTWATCH_TOPIC_ALERTS": f"load{tag}.alerts",
            "CONFLICTWATCH_TOPIC_DEAD_LETTERS": f"load{tag}.dlq",
            "CONFLICTWATCH_TOPIC_COVERAGE": f"load{tag}.coverage",
            "CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS": f"load{tag}.wdlq",
            "CONFLICTWATCH_WEB_PORT": str(web_port),
            "CONFLICTWATCH_API_TOKENS": TOKEN,
            "CONFLICTWATCH_API_URL": f"http://127.0.0.1:{api_port}",
            "CONFLICTWATCH_WEBHOOK_ALLOW": "127.0.0.1/32",
            "CONFLICTWATCH_LOG_LEVEL": "warning",
            "CONFLICTWATCH_WEBHOOK_LOG_RETENTION": args.webhook_log_retention,
            "CONFLICTWATCH_WEBHOOK_RETRY_SCHEDULE": args.webhook_retry_schedule,
        }
        cli = [sys.executable, "-m", "conflictwatch"]
        quiet = {"env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        api = subprocess.Popen([*cli, "api", "--port", str(api_port)], **quiet)  # type: ignore[call-overload]
        worker = subprocess.Popen([*cli, "worker"], **quiet)  # type: ignore[call-overload]
        try:
            for _ in range(120):
                if (
                    subprocess.run(
                        [*cli, "subscribe", receiver.url, "--secret", SECRET], env=env, capture_output=True, check=False
                    ).returncode
                    == 0
                ):
                    break
                time.sleep(0.5)
            subprocess.run([*cli, "topics"], env=env, capture_output=True, check=True)
            events = shifted(events, datetime.now(UTC) - timedelta(seconds=1))
            producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks=1)

            def send(event: Event) -> None:
                producer.send(
                    env["CONFLICTWATCH_TOPIC_EVENTS"],
                    key=event.theatre.encode(),
                    value=event.model_dump_json().encode(),
                )

            # Warm-up, not counted: a new worker joins its consumer group (Kafka holds a
            # new group's first rebalance 3 s), so one event goes alone first; then
            # --warm-up seconds at the rate take the worker's paths once (theatres
            # loaded, first alerts published and delivered) before the clock starts.
            send(events[0])
            producer.flush()
            deadline = time.monotonic() + 120
            while consumed(web_port) < 1 and time.monotonic() < deadline:
                time.sleep(0.2)
            at_rate(events[1:warm], args.rate, lambda _, event: send(event))
            producer.flush()
            while consumed(web_port) < warm and time.monotonic() < deadline:
                time.sleep(0.2)
            sent_at: dict[str, float] = {}
            samples: list[tuple[float, int, int]] = []
            keys = sync_redis(redis_url)
            started = time.monotonic()

            def timed(i: int, event: Event) -> None:
                sent_at[event.id] = time.time()
                send(event)
                if args.soak and i % (args.rate * 5) == 0:
                    samples.append((time.monotonic() - started, rss_kib(worker.pid, "VmRSS"), int(keys.dbsize())))

            at_rate(events[warm:], args.rate, timed)
            producer.flush()
            produced_for = time.monotonic() - started
            deadline = time.monotonic() + 60
            while consumed(web_port) < warm + total and time.monotonic() < deadline:
                time.sleep(0.5)
            drained_after = time.monotonic() - started
            time.sleep(2)  # Faust commits the offsets of processed events every second
            end_lag = lag(bootstrap, env["CONFLICTWATCH_APP_ID"], env["CONFLICTWATCH_TOPIC_EVENTS"])
            on_topic = alerts_on_topic(bootstrap, env["CONFLICTWATCH_TOPIC_ALERTS"])
            latencies, detection, delivery = [], [], []
            for request in receiver.log.requests:
                data = (request.payload or {}).get("data", {})
                for event_id in data.get("event_ids", [])[:1]:
                    if event_id in sent_at:
                        latencies.append(request.at - sent_at[event_id])
                        published = on_topic.get((data["fingerprint"], data["status"], data.get("revision", 0)))
                        if published is not None:
                            detection.append(published - sent_at[event_id])
                            delivery.append(request.at - published)
            peak = rss_kib(worker.pid, "VmHWM")
        finally:
            worker.terminate()
            api.terminate()
            worker.wait(30)
            api.wait(30)
            receiver.stop()
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
    print(f"events produced:        {total:,} at {total / produced_for:,.0f}/s (asked {args.rate}/s)")
    print(f"events processed:       {total / drained_after:,.0f}/s including the drain")
    print(f"consumer lag at end:    {end_lag:,}")
    print(f"webhooks received:      {len(receiver.log.requests):,}")
    print(
        f"event -> webhook:       p50 {quantiles[49] * 1000:,.0f} ms, p99 {quantiles[98] * 1000:,.0f} ms "
        f"({len(latencies)} alerts triggered by an event)"
    )
    print(f"  event -> alert on the alerts topic (detection):   {quantile_ms(detection)}")
    print(f"  alert on the topic -> webhook arrived (delivery): {quantile_ms(delivery)}")
    print(f"worker peak RSS:        {peak / 1024:,.0f} MiB")
    if args.soak and len(samples) >= 4:
        half = len(samples) // 2
        rss_growth = statistics.mean(s[1] for s in samples[half:]) / statistics.mean(s[1] for s in samples[1:half])
        key_growth = statistics.mean(s[2] for s in samples[half:]) / max(
            1, statistics.mean(s[2] for s in samples[1:half])
        )
        for at, rss, count in samples:
            print(f"  t={at:6.0f}s  rss={rss / 1024:7.1f} MiB  redis keys={count:,}")
        print(
            f"soak: RSS second half / first half = {rss_growth:.3f}; Redis keys = {key_growth:.3f} "
            f"({'flat' if rss_growth < 1.1 and key_growth < 1.1 else 'growing'})"
        )


if __name__ == "__main__":
    main()
