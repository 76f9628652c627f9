"""docker-compose.yml validates and runs the same settings the tests exercise.

No Docker engine exists on the project's CI machines, so the file is checked
statically with Debian's docker-compose and against the code's own settings."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest
import yaml

from conflictwatch.app.dev.kafka import KAFKA_VERSION, broker_properties
from conflictwatch.app.dev.redis import PERSISTENCE_ARGS
from conflictwatch.settings import Settings
from tests.conftest import ROOT

# Listener addresses and the data directory differ by nature between a container
# and a loopback process; every other broker property must agree.
HOST_SPECIFIC = {"listeners", "advertised.listeners", "controller.quorum.voters", "log.dirs"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is needed to validate docker-compose.yml (apt-get install docker-compose)"
    result = subprocess.run(
        [binary, "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


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


def test_the_broker_runs_with_the_properties_the_tests_use(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"] == f"apache/kafka:{KAFKA_VERSION}"
    from_env = {
        k.removeprefix("KAFKA_").lower().replace("_", "."): str(v)
        for k, v in kafka["environment"].items()
        if k.startswith("KAFKA_")
    }
    ours = broker_properties(9092, 9093, ROOT)
    shared = {k: v for k, v in ours.items() if k not in HOST_SPECIFIC}
    assert {k: from_env.get(k) for k in shared} == shared
    assert from_env["controller.quorum.voters"] == "1@kafka:9093"


def test_redis_persists_as_in_the_tests(compose: dict[str, Any]) -> None:
    command = compose["services"]["redis"]["command"]
    assert tuple(command[1:]) == PERSISTENCE_ARGS


def test_prometheus_scrapes_the_worker_and_the_api_on_their_metrics_ports(compose: dict[str, Any]) -> None:
    worker_env = compose["services"]["worker"]["environment"]
    prometheus = yaml.safe_load((ROOT / "dashboards" / "prometheus.yml").read_text())
    targets = [t for job in prometheus["scrape_configs"] for c in job["static_configs"] for t in c["targets"]]
    assert f"worker:{worker_env['CONFLICTWATCH_WEB_PORT']}" in targets
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
