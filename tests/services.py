"""Where the tests get their real services, chosen once per session:

1. `CONFLICTWATCH_TEST_KAFKA_BOOTSTRAP` and `CONFLICTWATCH_TEST_REDIS_URL` point at
   services someone already runs;
2. else, where a Docker engine answers, testcontainers starts Kafka and Redis;
3. else (this project's CI machines) Kafka from the Maven Central jars and Debian's
   redis-server, through conflictwatch.app.dev.

Prometheus always runs from the `prometheus` binary on loopback, so that it can
scrape the worker processes the tests start. A service that cannot be had
raises: the tests that need it error out, they never skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from conflictwatch.app.dev.kafka import KAFKA_VERSION, KafkaBroker
from conflictwatch.app.dev.prometheus import PrometheusServer
from conflictwatch.app.dev.redis import RedisServer


@dataclass(frozen=True)
class Services:
    kafka_bootstrap: str
    redis_url: str
    prometheus: PrometheusServer
    origin: str
    workdir: Path  # the session's own directory: the workers' Faust data directories go here


def docker_engine_available() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - no engine, no socket, no permission: all mean "not available"
        return False


@contextmanager
def _containers(stack: ExitStack) -> Iterator[tuple[str, str]]:
    from testcontainers.kafka import KafkaContainer
    from testcontainers.redis import RedisContainer

    kafka = stack.enter_context(KafkaContainer(f"apache/kafka:{KAFKA_VERSION}").with_kraft())
    redis = stack.enter_context(RedisContainer("redis:7.4-alpine"))
    host, port = redis.get_container_host_ip(), redis.get_exposed_port(6379)
    yield kafka.get_bootstrap_server(), f"redis://{host}:{port}/0"


@contextmanager
def provide_services(workdir: Path) -> Iterator[Services]:
    with ExitStack() as stack:
        prometheus = PrometheusServer(workdir / "prometheus")
        prometheus.start()
        stack.callback(prometheus.stop)
        given_kafka = os.environ.get("CONFLICTWATCH_TEST_KAFKA_BOOTSTRAP")
        given_redis = os.environ.get("CONFLICTWATCH_TEST_REDIS_URL")
        if given_kafka and given_redis:
            yield Services(given_kafka, given_redis, prometheus, "environment", workdir)
        elif docker_engine_available():
            with _containers(stack) as (bootstrap, redis_url):
                yield Services(bootstrap, redis_url, prometheus, "testcontainers", workdir)
        else:
            redis = RedisServer(workdir / "redis")
            redis.start()
            stack.callback(redis.stop)
            kafka = KafkaBroker(workdir / "kafka")
            kafka.start()
            stack.callback(kafka.stop)
            yield Services(kafka.bootstrap, redis.url, prometheus, "local processes", workdir)
