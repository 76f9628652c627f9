"""A single-node KRaft Kafka broker run with `java` from the Maven Central jars.

The jars are resolved once by Maven from `kafka-pom.xml` into a cache folder
(`~/.cache/conflictwatch/kafka-<version>/libs`); the version is the one the
compose file's `apache/kafka` image uses.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from importlib import resources
from pathlib import Path

from conflictwatch.app.dev.process import ManagedProcess, free_port, free_ports, require_binary
from conflictwatch.errors import ServiceError

KAFKA_VERSION = "3.9.1"
_POM = resources.files("conflictwatch.app.dev").joinpath("kafka-pom.xml")


def kafka_libs_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "conflictwatch" / f"kafka-{KAFKA_VERSION}" / "libs"


def fetch_kafka_jars() -> Path:
    """Resolve the broker's runtime classpath with Maven (skipped when cached)."""
    libs = kafka_libs_dir()
    marker = libs / ".complete"
    if marker.exists():
        return libs
    mvn = require_binary("mvn", "install Maven (apt-get install -y maven)")
    libs.mkdir(parents=True, exist_ok=True)
    with resources.as_file(_POM) as pom:
        result = subprocess.run(
            [
                mvn,
                "-B",
                "-q",
                "-f",
                str(pom),
                "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies",
                "-DincludeScope=runtime",
                f"-DoutputDirectory={libs}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise ServiceError(f"maven could not fetch the Kafka {KAFKA_VERSION} jars:\n{result.stdout}{result.stderr}")
    marker.touch()
    return libs


def broker_properties(
    node_port: int, controller_port: int, log_dir: Path, node_id: int = 1, voters: str | None = None, replicas: int = 1
) -> dict[str, str]:
    """A combined broker and controller. In a cluster, `voters` names every node's
    controller (`1@host:port,2@…`) and `replicas` is the number of nodes: every
    topic is kept on all of them and a write needs all but one."""
    return {
        "process.roles": "broker,controller",
        "node.id": str(node_id),
        "controller.quorum.voters": voters or f"{node_id}@127.0.0.1:{controller_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{node_port},CONTROLLER://127.0.0.1:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{node_port}",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "log.dirs": str(log_dir),
        "num.partitions": "1",
        "auto.create.topics.enable": "true",
        "offsets.topic.replication.factor": str(replicas),
        "offsets.topic.num.partitions": "4",
        "transaction.state.log.replication.factor": str(replicas),
        "transaction.state.log.min.isr": str(max(1, replicas - 1)),
        "min.insync.replicas": str(max(1, replicas - 1)),
        "default.replication.factor": str(replicas),
        "group.initial.rebalance.delay.ms": "0",
        "log.retention.hours": "24",
        # Oversized events must reach the worker to be dead-lettered with a reason
        # (the worker's own limit is far lower), not vanish in a producer error.
        "message.max.bytes": "16777216",
        "replica.fetch.max.bytes": "16777216",
    }


class KafkaBroker:
    def __init__(
        self,
        workdir: Path,
        port: int | None = None,
        node_id: int = 1,
        controller_port: int | None = None,
        voters: str | None = None,
        replicas: int = 1,
        cluster_id: str | None = None,
        heap: str = "1g",
    ) -> None:
        self.workdir = workdir
        if port is None and controller_port is None:
            port, controller_port = free_ports(2)
        self.port = port or free_port()
        self.controller_port = controller_port or free_port()
        self.node_id = node_id
        self.voters = voters
        self.replicas = replicas
        self.cluster_id = cluster_id or uuid.uuid4().hex[:22]
        self.heap = heap
        self.process: ManagedProcess | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0) -> None:
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        """Start the process; a node of a cluster is ready only once a quorum runs."""
        java = require_binary("java", "install a Java 17 runtime (apt-get install -y openjdk-17-jre-headless)")
        libs = fetch_kafka_jars()
        self.workdir.mkdir(parents=True, exist_ok=True)
        props = self.workdir / "server.properties"
        properties = broker_properties(
            self.port, self.controller_port, self.workdir / "data", self.node_id, self.voters, self.replicas
        )
        props.write_text("".join(f"{k}={v}\n" for k, v in properties.items()))
        log4j = self.workdir / "log4j.properties"
        log4j.write_text(
            "log4j.rootLogger=WARN, stdout\n"
            "log4j.logger.kafka.server.KafkaServer=INFO\n"
            "log4j.logger.kafka.server.KafkaRaftServer=INFO\n"
            "log4j.appender.stdout=org.apache.log4j.ConsoleAppender\n"
            "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout\n"
            "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n\n"
        )
        classpath = f"{libs}/*"
        jvm = [java, "-Xms256m", f"-Xmx{self.heap}", f"-Dlog4j.configuration=file:{log4j}", "-cp", classpath]
        if not (self.workdir / "data" / "meta.properties").exists():  # a restart keeps its data
            self._format(jvm, props)
        self.process = ManagedProcess("kafka", [*jvm, "kafka.Kafka", str(props)], self.workdir / "kafka.log")
        self.process.start()

    def wait_ready(self, timeout: float = 90.0) -> None:
        assert self.process is not None
        self.process.wait_ready(self._metadata_ready, timeout)

    def _format(self, jvm: list[str], props: Path) -> None:
        fmt = subprocess.run(
            [*jvm, "kafka.tools.StorageTool", "format", "-t", self.cluster_id, "-c", str(props), "--ignore-formatted"],
            capture_output=True,
            text=True,
            check=False,
        )
        if fmt.returncode != 0:
            raise ServiceError(f"kafka storage format failed:\n{fmt.stdout}{fmt.stderr}")

    def _metadata_ready(self) -> bool:
        """Ready once this node's metadata lists every node of its cluster. A client
        bootstrapped from a node that knows fewer can be told of a controller missing
        from the broker list it got, and kafka-python's admin client then fails with
        "Connection failed to <id>"."""
        from kafka import KafkaAdminClient

        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        try:
            return len(admin.describe_cluster()["brokers"]) >= self.replicas
        finally:
            admin.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(timeout=30)

    def kill(self) -> None:
        """SIGKILL: no controlled shutdown, its partitions' leadership is lost with it."""
        if self.process is not None:
            self.process.kill()


class KafkaCluster:
    """Three KRaft nodes, each broker and controller, on loopback: every topic kept
    on all three (replication factor 3), a write acknowledged by two at least
    (min.insync.replicas=2), as docker-compose.cluster.yml runs them."""

    def __init__(self, workdir: Path, size: int = 3) -> None:
        ports = free_ports(2 * size)  # chosen together, so all different
        controllers, clients = ports[:size], ports[size:]
        voters = ",".join(f"{n + 1}@127.0.0.1:{port}" for n, port in enumerate(controllers))
        cluster_id = uuid.uuid4().hex[:22]
        self.brokers = [
            KafkaBroker(
                workdir / f"node{n + 1}",
                port=clients[n],
                node_id=n + 1,
                controller_port=port,
                voters=voters,
                replicas=size,
                cluster_id=cluster_id,
                heap="512m",
            )
            for n, port in enumerate(controllers)
        ]

    @property
    def bootstrap(self) -> str:
        return ",".join(broker.bootstrap for broker in self.brokers)

    def start(self, timeout: float = 120.0) -> None:
        try:
            for broker in self.brokers:
                broker.launch()
            for broker in self.brokers:
                broker.wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def broker(self, node_id: int) -> KafkaBroker:
        [found] = [broker for broker in self.brokers if broker.node_id == node_id]
        return found

    def stop(self) -> None:
        """SIGKILL: a node stopped after the others has no quorum left to finish its
        controlled shutdown and would wait out the stop timeout; the cluster's data
        is the tests' and thrown away."""
        for broker in self.brokers:
            broker.kill()
