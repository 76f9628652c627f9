"""Webhook delivery benchmark: figures and ratios, never assertions.

Starts Kafka and Redis on loopback (or uses CONFLICTWATCH_KAFKA_BOOTSTRAP and
CONFLICTWATCH_REDIS_URL when both are set), a `conflictwatch worker` process, and
a DemoReceiver in a process of its own that verifies every signature and notes
when each request arrived. Measured in one run, against that same receiver:

1. baseline: a bare httpx POST loop to the same receiver (same concurrency as the
   worker's per-endpoint limit), requests per second and per-request latency;
2. fan-out: N alerts put on the alerts topic at once, deliveries per second
   until the receiver has verified them all;
3. added latency: alerts put on the topic at a steady rate, the time from each
   alert's send to the receiver receiving it, p50 and p99.

    python -m bench.webhooks [--alerts 2000] [--paced 300 --rate 50]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
from kafka import KafkaProducer
from redis.asyncio import Redis

from alerts.demo_receiver import DemoReceiver
from alerts.signing import new_secret, signed_headers
from alerts.subscription_store import SubscriptionStore
from alerts.subscriptions import SubscriptionSpec
from conflictwatch.app.dev.process import free_port
from conflictwatch.app.dev.services import LocalServices
from conflictwatch.kafka_admin import ensure_topics
from conflictwatch.models import Alert, alert_fingerprint
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import load_settings

CONCURRENCY = 16
BASE = datetime(2021, 5, 20, tzinfo=UTC)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def make_alert(n: int, tag: str) -> Alert:
    start = BASE + timedelta(minutes=n)
    return Alert(
        fingerprint=alert_fingerprint(f"bench_{tag}", "israel-gaza", start.isoformat()),
        rule="rocket_lull_ended",
        kind="gap_ended",
        theatre="israel-gaza",
        severity="warning",
        summary=f"bench alert {n}",
        starts_at=start,
        triggered_at=start,
        evidence=(),
        emitted_at=datetime.now(UTC),
    )


@contextmanager
def services() -> Iterator[dict[str, str]]:
    given = {k: os.environ[k] for k in ("CONFLICTWATCH_KAFKA_BOOTSTRAP", "CONFLICTWATCH_REDIS_URL") if k in os.environ}
    if len(given) == 2:
        yield given
        return
    with LocalServices.in_dir(Path(tempfile.mkdtemp(prefix="cw-bench-"))) as local:
        yield local.environment()


async def baseline(url: str, secret: str, count: int) -> tuple[float, list[float]]:
    """A bare httpx loop: requests/s with CONCURRENCY in flight, and per-request latency."""
    body = make_alert(0, "baseline").model_dump_json()
    latencies: list[float] = []
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CONCURRENCY)) as client:

        async def post() -> None:
            started = time.perf_counter()
            headers = signed_headers([secret], "msg_baseline", datetime.now(UTC), body)
            response = await client.post(url, content=body, headers=headers)
            response.raise_for_status()
            latencies.append(time.perf_counter() - started)

        async def lane(n: int) -> None:
            for _ in range(n):
                await post()

        started = time.perf_counter()
        await asyncio.gather(*(lane(count // CONCURRENCY) for _ in range(CONCURRENCY)))
        rate = len(latencies) / (time.perf_counter() - started)
        latencies.clear()
        for _ in range(200):  # one at a time: the latency of a lone POST
            await post()
    return rate, latencies


async def subscribe(env: dict[str, str], url: str, secret: str) -> None:
    settings = load_settings(**{k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in env.items()})
    redis = Redis.from_url(settings.redis_url)
    try:
        store = SubscriptionStore(redis, RedisKeys(settings.redis_prefix))
        await store.create(SubscriptionSpec(url=url), secret, datetime.now(UTC))
    finally:
        await redis.aclose()


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()


def serve_receiver(secret: str, port: int, commands: Connection) -> None:
    """The receiver's process: answers "count", "arrivals" (and clears), "stop"."""
    receiver = DemoReceiver(secret, port=port).start()
    commands.send("ready")
    while (command := commands.recv()) != "stop":
        with receiver.log.lock:
            requests = list(receiver.log.requests)
            if command == "arrivals":
                receiver.log.requests.clear()
        if command == "count":
            commands.send(len(requests))
        else:
            commands.send([(r.at, r.verified, (r.payload or {}).get("data", {}).get("fingerprint")) for r in requests])
    receiver.stop()


class RemoteReceiver:
    def __init__(self, secret: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hooks/conflictwatch"
        self.commands, theirs = multiprocessing.get_context("spawn").Pipe()
        self.process = multiprocessing.get_context("spawn").Process(
            target=serve_receiver, args=(secret, self.port, theirs), daemon=True
        )
        self.process.start()
        assert self.commands.recv() == "ready"

    def count(self) -> int:
        self.commands.send("count")
        found: int = self.commands.recv()
        return found

    def arrivals(self) -> list[tuple[float, bool, str | None]]:
        self.commands.send("arrivals")
        found: list[tuple[float, bool, str | None]] = self.commands.recv()
        return found

    def wait_for(self, done: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while (count := self.count()) < done:
            if time.monotonic() > deadline:
                sys.exit(f"only {count} of {done} deliveries arrived in {timeout:.0f}s")
            time.sleep(0.02)

    def stop(self) -> None:
        self.commands.send("stop")
        self.process.join(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--alerts", type=int, default=2000, help="alerts in the fan-out burst")
    parser.add_argument("--paced", type=int, default=300, help="alerts sent at a steady rate for latency")
    parser.add_argument("--rate", type=float, default=50, help="alerts per second in the paced phase")
    args = parser.parse_args()

    secret = new_secret()
    receiver = RemoteReceiver(secret)
    tag = uuid.uuid4().hex[:8]
    with ExitStack() as stack:
        found = stack.enter_context(services())  # closed last: the worker stops before its broker
        stack.callback(receiver.stop)
        env = {
            **found,
            "CONFLICTWATCH_REDIS_PREFIX": f"bench{tag}",
            "CONFLICTWATCH_APP_ID": f"cw-bench-{tag}",
            "CONFLICTWATCH_TOPIC_EVENTS": f"bench{tag}.events",
            "CONFLICTWATCH_TOPIC_ALERTS": f"bench{tag}.alerts",
            "CONFLICTWATCH_TOPIC_DEAD_LETTERS": f"bench{tag}.events.dlq",
            "CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS": f"bench{tag}.webhooks.dlq",
            "CONFLICTWATCH_WEB_PORT": str(free_port()),
            "CONFLICTWATCH_WEBHOOK_ALLOW": "127.0.0.1/32",
            "CONFLICTWATCH_WEBHOOK_ENDPOINT_CONCURRENCY": str(CONCURRENCY),
            "CONFLICTWATCH_LOG_LEVEL": "warning",
        }
        base_rate, base_latency = asyncio.run(baseline(receiver.url, secret, args.alerts))
        receiver.arrivals()

        settings = load_settings(**{k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in env.items()})
        ensure_topics(settings)
        asyncio.run(subscribe(env, receiver.url, secret))
        clean = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")}
        log = stack.enter_context(tempfile.NamedTemporaryFile(prefix="cw-bench-worker-", suffix=".log", delete=False))
        print(f"worker log: {log.name}", file=sys.stderr)
        worker = subprocess.Popen(
            [sys.executable, "-m", "conflictwatch", "worker"],
            env={**clean, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        stack.callback(stop, worker)
        producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, linger_ms=0)
        stack.callback(producer.close)

        def send(alert: Alert) -> float:
            sent = time.time()
            producer.send(settings.topic_alerts, key=alert.fingerprint.encode(), value=alert.model_dump_json().encode())
            return sent

        send(make_alert(0, tag + "warm"))  # the worker joins its group and delivers one
        producer.flush()
        receiver.wait_for(1, 120)
        receiver.arrivals()

        burst = [make_alert(n, tag) for n in range(args.alerts)]
        started = time.time()
        for alert in burst:
            send(alert)
        producer.flush()
        receiver.wait_for(len(burst), 300)
        arrivals = receiver.arrivals()
        fan_out = len(burst) / (max(at for at, _, _ in arrivals) - started)

        sent_at: dict[str, float] = {}
        for n in range(args.paced):
            alert = make_alert(n, tag + "paced")
            sent_at[alert.fingerprint] = send(alert)
            producer.flush()
            time.sleep(max(0.0, sent_at[alert.fingerprint] + 1 / args.rate - time.time()))
        receiver.wait_for(args.paced, 120)
        paced = receiver.arrivals()
        added = [at - sent_at[fingerprint] for at, _, fingerprint in paced if fingerprint in sent_at]
        verified = all(ok for _, ok, _ in arrivals + paced)

    p50, p99 = percentile(added, 0.5), percentile(added, 0.99)
    b50, b99 = percentile(base_latency, 0.5), percentile(base_latency, 0.99)
    print(f"baseline, bare httpx POST loop ({CONCURRENCY} in flight): {base_rate:,.0f} requests/s")
    ratio = fan_out / base_rate
    print(f"fan-out: {len(burst)} alerts on the topic -> {fan_out:,.0f} deliveries/s = {ratio:.2f}x baseline")
    print(
        f"added latency, alert on the topic -> receiver ({args.paced} alerts at {args.rate:g}/s): "
        f"p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms; lone bare POST p50 {b50 * 1000:.2f} ms, "
        f"p99 {b99 * 1000:.2f} ms = {p50 / b50:.1f}x / {p99 / b99:.1f}x baseline; "
        f"mean {statistics.mean(added) * 1000:.1f} ms"
    )
    print(f"signatures verified: {verified}")


if __name__ == "__main__":
    main()
