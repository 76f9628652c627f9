"""docker-compose.yml, and the scaled-out stack (docker-compose.cluster.yml on
top of it), validate and run the same settings the tests exercise.

No Docker engine exists on the project's CI machines, so the files are checked
statically with Debian's docker-compose and against the code's own settings."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from conflictwatch.app.dev.kafka import KAFKA_VERSION, broker_properties
from conflictwatch.app.dev.redis import PERSISTENCE_ARGS
from conflictwatch.app.dev.redis_cluster import CLUSTER_ARGS
from conflictwatch.settings import Settings
from tests.conftest import ROOT

# Listener addresses and the data directory differ by nature between a container
# and a loopback process; every other broker property must agree.
HOST_SPECIFIC = {"listeners", "advertised.listeners", "controller.quorum.voters", "log.dirs", "node.id"}


STACKS = {"single": ["docker-compose.yml"], "cluster": ["docker-compose.yml", "docker-compose.cluster.yml"]}


def load_stack(stack: str) -> dict[str, Any]:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is needed to validate docker-compose.yml (apt-get install docker-compose)"
    files = [arg for name in STACKS[stack] for arg in ("-f", str(ROOT / name))]
    result = subprocess.run(
        [binary, *files, "config"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


@pytest.fixture(scope="module", params=list(STACKS))
def compose(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load_stack(request.param)


def conflictwatch_env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    return {k: str(v) for k, v in env.items() if k.startswith("CONFLICTWATCH_")}


def test_every_conflictwatch_variable_is_a_valid_setting(compose: dict[str, Any]) -> None:
    users = [s for s in compose["services"].values() if conflictwatch_env(s)]
    assert len(users) >= 2
    for service in users:
        values = {k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in conflictwatch_env(service).items()}
        assert set(values) <= set(Settings.model_fields), set(values) - set(Settings.model_fields)
        Settings.model_validate(values)


def test_the_brokers_run_with_the_properties_the_tests_use(compose: dict[str, Any]) -> None:
    brokers = {name: s for name, s in compose["services"].items() if str(s.get("image", "")).startswith("apache/kafka")}
    voters = ",".join(f"{n}@{name}:9093" for n, name in enumerate(sorted(brokers), start=1))
    for name, kafka in brokers.items():
        assert kafka["image"] == f"apache/kafka:{KAFKA_VERSION}"
        from_env = {
            k.removeprefix("KAFKA_").lower().replace("_", "."): str(v)
            for k, v in kafka["environment"].items()
            if k.startswith("KAFKA_")
        }
        node_id = int(from_env["node.id"])
        ours = broker_properties(9092, 9093, ROOT, node_id, voters, replicas=len(brokers))
        shared = {k: v for k, v in ours.items() if k not in HOST_SPECIFIC}
        assert {k: from_env.get(k) for k in shared} == shared, name
        assert from_env["controller.quorum.voters"] == voters
        assert from_env["advertised.listeners"] == f"PLAINTEXT://{name}:9092"
    if len(brokers) > 1:  # a quorum of nodes formatted with one cluster id
        assert len({b["environment"]["CLUSTER_ID"] for b in brokers.values()}) == 1


def test_redis_persists_as_in_the_tests(compose: dict[str, Any]) -> None:
    nodes = {name: s for name, s in compose["services"].items() if s.get("command", [""])[0] == "redis-server"}
    assert nodes
    for node in nodes.values():
        expected = PERSISTENCE_ARGS + (CLUSTER_ARGS if len(nodes) > 1 else ())
        assert tuple(node["command"][1:]) == expected


def test_the_redis_cluster_is_made_of_every_node_and_the_workers_find_it() -> None:
    compose = load_stack("cluster")
    nodes = {
        s["networks"]["default"]["ipv4_address"]
        for s in compose["services"].values()
        if s.get("command", [""])[0] == "redis-server"
    }
    create = compose["services"]["redis-cluster"]["command"][-1]
    assert len(nodes) == 6
    assert set(re.findall(r"(\d+\.\d+\.\d+\.\d+):6379", create.split("--cluster create")[1])) == nodes
    assert "--cluster-replicas 1" in create
    worker = compose["services"]["worker"]["environment"]
    assert worker["CONFLICTWATCH_REDIS_URL"].removeprefix("redis+cluster://").removesuffix(":6379") in nodes


def test_prometheus_scrapes_every_worker_and_the_api_on_their_metrics_ports(compose: dict[str, Any]) -> None:
    [mounted] = [v for v in compose["services"]["prometheus"]["volumes"] if ":/etc/prometheus/prometheus.yml" in v]
    prometheus = yaml.safe_load(Path(mounted.split(":")[0]).read_text())
    targets = [t for job in prometheus["scrape_configs"] for c in job["static_configs"] for t in c["targets"]]
    workers = {name: s for name, s in compose["services"].items() if s.get("command") == ["worker"]}
    assert workers
    for name, worker in workers.items():
        assert f"{name}:{worker['environment']['CONFLICTWATCH_WEB_PORT']}" in targets
    api_command = compose["services"]["api"]["command"]
    assert f"api:{api_command[api_command.index('--port') + 1]}" in targets


def test_all_app_services_share_topics_and_partitions(compose: dict[str, Any]) -> None:
    envs = [conflictwatch_env(s) for s in compose["services"].values() if conflictwatch_env(s)]
    for key in ("CONFLICTWATCH_KAFKA_BOOTSTRAP", "CONFLICTWATCH_REDIS_URL", "CONFLICTWATCH_TOPIC_PARTITIONS"):
        assert len({env.get(key) for env in envs}) == 1, key
    receiver = compose["services"]["receiver"]["environment"]
    subscribe = compose["services"]["subscribe"]["command"]
    assert subscribe[subscribe.index("--secret") + 1] == receiver["DEMO_RECEIVER_SECRET"]


def test_the_demo_receiver_is_subscribed_through_the_api_and_may_be_reached(compose: dict[str, Any]) -> None:
    services = compose["services"]
    subscribe = services["subscribe"]
    receiver_port = services["receiver"]["command"][services["receiver"]["command"].index("--port") + 1]
    assert subscribe["command"][:2] == ["subscribe", f"http://receiver:{receiver_port}/hooks/conflictwatch"]
    assert subscribe["depends_on"]["api"]["condition"] == "service_healthy"
    assert services["demo-producer"]["depends_on"]["subscribe"]["condition"] == "service_completed_successfully"
    for name in ("worker", "api"):
        assert (
            "receiver"
            in Settings.model_validate(
                {k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in conflictwatch_env(services[name]).items()}
            ).webhook_allow
        )
    assert (
        services["api"]["environment"]["CONFLICTWATCH_API_TOKENS"]
        == subscribe["environment"]["CONFLICTWATCH_API_TOKENS"]
    )
