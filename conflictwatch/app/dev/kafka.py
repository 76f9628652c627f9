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


def broker_properties(node_port: int, controller_port: int, log_dir: Path) -> dict[str, str]:
    return {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{node_port},CONTROLLER://127.0.0.1:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{node_port}",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "log.dirs": str(log_dir),
        "num.partitions": "1",
        "auto.create.topics.enable": "true",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "4",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "min.insync.replicas": "1",
        "default.replication.factor": "1",
        "group.initial.rebalance.delay.ms": "0",
        "log.retention.hours": "24",
        # Oversized events must reach the worker to be dead-lettered with a reason
        # (the worker's own limit is far lower), not vanish in a producer error.
        "message.max.bytes": "16777216",
        "replica.fetch.max.bytes": "16777216",
    }


class KafkaBroker:
    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.workdir = workdir
        self.port, self.controller_port = free_ports(2) if port is None else (port, free_port())
        self.process: ManagedProcess | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0) -> None:
        java = require_binary("java", "install a Java 17 runtime (apt-get install -y openjdk-17-jre-headless)")
        libs = fetch_kafka_jars()
        self.workdir.mkdir(parents=True, exist_ok=True)
        props = self.workdir / "server.properties"
        props.write_text(
            "".join(
                f"{k}={v}\n"
                for k, v in broker_properties(self.port, self.controller_port, self.workdir / "data").items()
            )
        )
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
        jvm = [java, "-Xms256m", "-Xmx1g", f"-Dlog4j.configuration=file:{log4j}", "-cp", classpath]
        if not (self.workdir / "data" / "meta.properties").exists():  # a restart keeps its data
            self._format(jvm, props)
        self.process = ManagedProcess("kafka", [*jvm, "kafka.Kafka", str(props)], self.workdir / "kafka.log")
        self.process.start()
        self.process.wait_ready(self._metadata_ready, timeout)

    def _format(self, jvm: list[str], props: Path) -> None:
        cluster_id = uuid.uuid4().hex[:22]
        fmt = subprocess.run(
            [*jvm, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props), "--ignore-formatted"],
            capture_output=True,
            text=True,
            check=False,
        )
        if fmt.returncode != 0:
            raise ServiceError(f"kafka storage format failed:\n{fmt.stdout}{fmt.stderr}")

    def _metadata_ready(self) -> bool:
        from kafka import KafkaAdminClient

        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        try:
            return bool(admin.describe_cluster()["brokers"])
        finally:
            admin.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(timeout=30)
