"""Webhook delivery benchmark: figures and ratios, never assertions.

Starts Kafka and Redis on loopback (or uses CONFLICTWATCH_KAFKA_BOOTSTRAP and
CONFLICTWATCH_REDIS_URL when both are set), a `conflictwatch worker` process, and
a DemoReceiver in a process of its own that verifies every signature and notes
when each request arrived. Measured in one run, against that same receiver:

1. baselines: bare POST loops of each HTTP client side by side (same
   concurrency as the worker's per-endpoint limit, each request signed),
   requests per second and this process's CPU time per request; the clients of
   the `bench` extra (`pip install -e '.[bench]'`) and niquests are measured
   when installed, and the delivery path itself (`alerts.attempt` with the
   worker's guarded client) as a last row;
2. fan-out: N alerts put on the alerts topic at once, deliveries per second
   until the receiver has verified them all, as a ratio to the best bare loop;
3. added latency: alerts put on the topic at a steady rate, the time from each
   alert's send to the receiver receiving it, p50 and p99, against a lone POST
   of the delivery path.

    python -m bench.webhooks [--alerts 2000] [--paced 300 --rate 50] [--clients-only]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, ExitStack, asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import NamedTuple

import aiohttp
import httpcore
import httpx
from kafka import KafkaProducer
from prometheus_client import CollectorRegistry

from alerts.attempt import AttemptOutcome, attempt
from alerts.demo_receiver import DemoReceiver
from alerts.http import webhook_client
from alerts.metrics import DeliveryMetrics
from alerts.signing import new_secret, signed_headers
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from alerts.subscriptions import SubscriptionSpec
from conflictwatch.app.dev.process import free_port
from conflictwatch.app.dev.services import LocalServices
from conflictwatch.kafka_admin import ensure_topics
from conflictwatch.models import Alert, alert_fingerprint
from conflictwatch.redis_client import redis_client
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import load_settings

CONCURRENCY = 16
BASE = datetime(2021, 5, 20, tzinfo=UTC)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


# A bare loop's POST: sends one signed body and raises unless the answer is 2xx.
Post = Callable[[str, dict[str, str]], Awaitable[None]]
BareClient = Callable[[str], AbstractAsyncContextManager[Post]]


@asynccontextmanager
async def httpx_default(url: str) -> AsyncIterator[Post]:
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CONCURRENCY)) as client:

        async def post(body: str, headers: dict[str, str]) -> None:
            (await client.post(url, content=body, headers=headers)).raise_for_status()

        yield post


@asynccontextmanager
async def httpx_tuned(url: str) -> AsyncIterator[Post]:
    """HTTP/1.1 only, every connection kept alive for a minute, no proxy or .netrc lookups."""
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY, keepalive_expiry=60)
    async with httpx.AsyncClient(limits=limits, http1=True, http2=False, trust_env=False, timeout=5) as client:

        async def post(body: str, headers: dict[str, str]) -> None:
            (await client.post(url, content=body, headers=headers)).raise_for_status()

        yield post


@asynccontextmanager
async def httpcore_pool(url: str) -> AsyncIterator[Post]:
    """httpx's connection pool without httpx's client layer."""
    async with httpcore.AsyncConnectionPool(
        max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY, keepalive_expiry=60
    ) as pool:

        async def post(body: str, headers: dict[str, str]) -> None:
            response = await pool.request("POST", url, content=body.encode(), headers=headers)
            assert 200 <= response.status < 300, response.status

        yield post


@asynccontextmanager
async def aiohttp_session(url: str) -> AsyncIterator[Post]:
    connector = aiohttp.TCPConnector(limit=CONCURRENCY, use_dns_cache=False)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=5)) as session:

        async def post(body: str, headers: dict[str, str]) -> None:
            async with session.post(url, data=body.encode(), headers=headers, allow_redirects=False) as response:
                await response.read()
                response.raise_for_status()

        yield post


@asynccontextmanager
async def niquests_session(url: str) -> AsyncIterator[Post]:
    import niquests

    async with niquests.AsyncSession(pool_connections=1, pool_maxsize=CONCURRENCY) as session:

        async def post(body: str, headers: dict[str, str]) -> None:
            (await session.post(url, data=body, headers=headers, allow_redirects=False)).raise_for_status()

        yield post


@asynccontextmanager
async def curl_cffi_session(url: str) -> AsyncIterator[Post]:
    from curl_cffi.requests import AsyncSession

    async with AsyncSession(max_clients=CONCURRENCY) as session:

        async def post(body: str, headers: dict[str, str]) -> None:
            response = await session.post(url, data=body, headers=headers, allow_redirects=False)
            assert 200 <= response.status_code < 300, response.status_code

        yield post


@asynccontextmanager
async def pyreqwest_client(url: str) -> AsyncIterator[Post]:
    from pyreqwest.client import ClientBuilder

    async with ClientBuilder().max_connections(CONCURRENCY).error_for_status(True).build() as client:

        async def post(body: str, headers: dict[str, str]) -> None:
            response = await client.post(url).body_text(body).headers(headers).build().send()
            await response.bytes()

        yield post


@asynccontextmanager
async def aiosonic_client(url: str) -> AsyncIterator[Post]:
    import aiosonic

    client = aiosonic.HTTPClient()
    try:

        async def post(body: str, headers: dict[str, str]) -> None:
            response = await client.post(url, data=body, headers=headers)
            await response.content()
            assert 200 <= response.status_code < 300, response.status_code

        yield post
    finally:
        await client.connector.cleanup()


@asynccontextmanager
async def delivery_path(url: str) -> AsyncIterator[Post]:
    """What the worker does per attempt: alerts.attempt through its guarded client, with metrics."""
    guard = WebhookGuard(["127.0.0.1/32"])
    metrics = DeliveryMetrics.create(CollectorRegistry())
    async with webhook_client(guard, timeout=5, max_connections=CONCURRENCY) as client:

        async def post(body: str, headers: dict[str, str]) -> None:
            result = await attempt(client, guard, url, body, headers, metrics)
            assert result.outcome is AttemptOutcome.SUCCESS, result

        yield post


# (name, the module it needs, the loop); the last is the delivery path itself.
BARE_CLIENTS: list[tuple[str, str | None, BareClient]] = [
    (f"httpx {httpx.__version__} (as configured by default)", None, httpx_default),
    ("httpx, HTTP/1.1 keep-alive and pool tuned", None, httpx_tuned),
    (f"httpcore {httpcore.__version__} pool, no httpx client layer", None, httpcore_pool),
    (f"aiohttp {aiohttp.__version__}", None, aiohttp_session),
    ("niquests", "niquests", niquests_session),
    ("curl_cffi (libcurl)", "curl_cffi", curl_cffi_session),
    ("pyreqwest (Rust reqwest)", "pyreqwest", pyreqwest_client),
    ("aiosonic", "aiosonic", aiosonic_client),
]
DELIVERY_PATH = "delivery path: alerts.attempt, guarded client"


class LoopResult(NamedTuple):
    name: str
    rate: float  # requests per second
    cpu_ms: float  # this process's CPU time per request


async def bare_loop(client: BareClient, url: str, secret: str, count: int) -> tuple[float, float, list[float]]:
    """requests/s with CONCURRENCY in flight, CPU ms per request, and lone-POST latencies."""
    body = make_alert(0, "baseline").model_dump_json()
    latencies: list[float] = []
    async with client(url) as send:

        async def post() -> None:
            started = time.perf_counter()
            await send(body, signed_headers([secret], "msg_baseline", datetime.now(UTC), body))
            latencies.append(time.perf_counter() - started)

        async def lane(n: int) -> None:
            for _ in range(n):
                await post()

        await asyncio.gather(*(lane(2) for _ in range(CONCURRENCY)))  # open the pool
        latencies.clear()
        cpu, started = time.process_time(), time.perf_counter()
        await asyncio.gather(*(lane(count // CONCURRENCY) for _ in range(CONCURRENCY)))
        rate = len(latencies) / (time.perf_counter() - started)
        cpu_ms = (time.process_time() - cpu) / len(latencies) * 1000
        latencies.clear()
        for _ in range(200):  # one at a time: the latency of a lone POST
            await post()
    return rate, cpu_ms, latencies


async def baselines(url: str, secret: str, count: int) -> tuple[list[LoopResult], list[float]]:
    """Every installed client's bare loop, then the delivery path's; and the delivery path's lone POSTs."""
    results: list[LoopResult] = []
    for name, module, client in BARE_CLIENTS:
        if module is not None and importlib.util.find_spec(module) is None:
            print(f"  {name}: not installed", file=sys.stderr)
            continue
        try:
            rate, cpu_ms, _ = await bare_loop(client, url, secret, count)
        except Exception as exc:  # noqa: BLE001  (a client failing is a figure too)
            print(f"  {name}: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        results.append(LoopResult(name, rate, cpu_ms))
    rate, cpu_ms, lone = await bare_loop(delivery_path, url, secret, count)
    results.append(LoopResult(DELIVERY_PATH, rate, cpu_ms))
    return results, lone


def print_baselines(results: list[LoopResult]) -> LoopResult:
    best = max((r for r in results if r.name != DELIVERY_PATH), key=lambda r: r.rate)
    print(f"bare POST loops to the receiver ({CONCURRENCY} in flight), requests/s and CPU per request here:")
    for r in results:
        print(f"  {r.name:<52} {r.rate:7,.0f}/s  {r.cpu_ms:6.3f} ms CPU  = {r.rate / best.rate:.2f}x best")
    return best


async def subscribe(env: dict[str, str], url: str, secret: str) -> None:
    settings = load_settings(**{k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in env.items()})
    redis = redis_client(settings)
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

    @property
    def pid(self) -> int:
        assert self.process.pid is not None
        return self.process.pid

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
    parser.add_argument("--clients-only", action="store_true", help="only the bare client loops (no Kafka, Redis)")
    args = parser.parse_args()

    secret = new_secret()
    receiver = RemoteReceiver(secret)
    if args.clients_only:
        try:
            print_baselines(asyncio.run(baselines(receiver.url, secret, args.alerts))[0])
        finally:
            receiver.stop()
        return
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
            "CONFLICTWATCH_TOPIC_COVERAGE": f"bench{tag}.coverage",
            "CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS": f"bench{tag}.webhooks.dlq",
            "CONFLICTWATCH_WEB_PORT": str(free_port()),
            "CONFLICTWATCH_WEBHOOK_ALLOW": "127.0.0.1/32",
            "CONFLICTWATCH_WEBHOOK_ENDPOINT_CONCURRENCY": str(CONCURRENCY),
            "CONFLICTWATCH_LOG_LEVEL": "warning",
        }
        loops, base_latency = asyncio.run(baselines(receiver.url, secret, args.alerts))
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
        worker_cpu, receiver_cpu = cpu_seconds(worker.pid), cpu_seconds(receiver.pid)
        started = time.time()
        for alert in burst:
            send(alert)
        producer.flush()
        receiver.wait_for(len(burst), 300)
        arrivals = receiver.arrivals()
        fan_out = len(burst) / (max(at for at, _, _ in arrivals) - started)
        worker_cpu = (cpu_seconds(worker.pid) - worker_cpu) / len(burst)
        receiver_cpu = (cpu_seconds(receiver.pid) - receiver_cpu) / len(burst)

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
    best = print_baselines(loops)
    path = loops[-1]
    print(
        f"fan-out: {len(burst)} alerts on the topic -> {fan_out:,.0f} deliveries/s = {fan_out / best.rate:.2f}x "
        f"the best bare loop ({best.name}), {fan_out / path.rate:.2f}x the delivery path's loop"
    )
    print(
        f"fan-out CPU: worker {worker_cpu * 1000:.3f} ms a delivery (one core's worth: {1 / worker_cpu:,.0f}/s), "
        f"receiver {receiver_cpu * 1000:.3f} ms a request; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"added latency, alert on the topic -> receiver ({args.paced} alerts at {args.rate:g}/s): "
        f"p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms; lone POST of the delivery path p50 {b50 * 1000:.2f} ms, "
        f"p99 {b99 * 1000:.2f} ms = {p50 / b50:.1f}x / {p99 / b99:.1f}x; "
        f"mean {statistics.mean(added) * 1000:.1f} ms"
    )
    print(f"signatures verified: {verified}")


if __name__ == "__main__":
    main()
