from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from conflictwatch.app.dev.kafka import KafkaCluster
from conflictwatch.app.dev.process import free_port
from conflictwatch.app.dev.redis_cluster import RedisClusterNodes
from tests.services import Services, provide_services
from tests.worker import Namespace

LOG_TAIL_LINES = 80

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "article-2021-05-20.txt"
SEED_EVENTS = ROOT / "tests" / "data" / "seed-2021-05-20.jsonl"


@pytest.fixture(scope="session")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    with provide_services(tmp_path_factory.mktemp("services")) as found:
        yield found


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisClusterNodes]:
    """Three masters and three replicas on loopback, started once per session and
    only if a test asks for them (start-up takes about 10 s)."""
    nodes = RedisClusterNodes(tmp_path_factory.mktemp("redis-cluster"))
    nodes.start()
    try:
        yield nodes
    finally:
        nodes.stop()


@pytest.fixture(scope="session")
def kafka_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaCluster]:
    """Three KRaft brokers on loopback, started once per session and only if a test
    asks for them (three JVMs: about 20 s)."""
    cluster = KafkaCluster(tmp_path_factory.mktemp("kafka-cluster"))
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["redis", "redis-cluster"])
def redis_url(request: pytest.FixtureRequest, services: Services) -> str:
    """The session's Redis, then the Redis Cluster: for the tests of the state and
    delivery layers, which must work on both."""
    if request.param == "redis":
        return services.redis_url
    nodes: RedisClusterNodes = request.getfixturevalue("redis_cluster")
    return nodes.url


def make_namespace(services: Services) -> Namespace:
    """Topics, consumer group, Redis prefix and ports of one test alone."""
    tag = uuid.uuid4().hex[:10]
    return Namespace(
        tag=tag,
        env={
            "CONFLICTWATCH_KAFKA_BOOTSTRAP": services.kafka_bootstrap,
            "CONFLICTWATCH_REDIS_URL": services.redis_url,
            "CONFLICTWATCH_REDIS_PREFIX": f"t{tag}",
            "CONFLICTWATCH_APP_ID": f"cw-test-{tag}",
            "CONFLICTWATCH_DATA_DIR": str(services.workdir / f"faust-{tag}"),
            "CONFLICTWATCH_TOPIC_EVENTS": f"t{tag}.conflict.events",
            "CONFLICTWATCH_TOPIC_ALERTS": f"t{tag}.conflict.alerts",
            "CONFLICTWATCH_TOPIC_DEAD_LETTERS": f"t{tag}.conflict.events.dlq",
            "CONFLICTWATCH_TOPIC_COVERAGE": f"t{tag}.conflict.coverage",
            "CONFLICTWATCH_TOPIC_WEBHOOK_DEAD_LETTERS": f"t{tag}.conflict.webhooks.dlq",
            "CONFLICTWATCH_TOPIC_PARTITIONS": "2",
            "CONFLICTWATCH_WEB_PORT": str(free_port()),
            "CONFLICTWATCH_CONSUMER_SESSION_TIMEOUT": "6",
        },
    )


@pytest.fixture
def namespace(services: Services) -> Namespace:
    return make_namespace(services)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A failed test's report carries the end of each log its processes wrote in its
    tmp_path (workers, the API, Kafka): on a CI machine they are gone after the run."""
    report: pytest.TestReport = yield
    tmp_path = getattr(item, "funcargs", {}).get("tmp_path")
    if report.failed and isinstance(tmp_path, Path):
        for log in sorted(tmp_path.rglob("*.log")):
            tail = log.read_text(errors="replace").splitlines()[-LOG_TAIL_LINES:]
            report.sections.append((f"last {len(tail)} lines of {log.name}", "\n".join(tail)))
    return report
