"""The dashboards and the operators' Prometheus configuration, proven on the real
pipeline: every panel's query returns data from a real Prometheus scraping the
worker and the API with dashboards/prometheus.yml, every metric a dashboard
names is one the code exports, and promtool accepts the configuration, the
alert rules (with their unit tests) and each process's /metrics."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.dashboard import Dashboard

from alerts.demo_receiver import DemoReceiver
from conflictwatch.app.dev.prometheus import PrometheusServer
from producers.coverage import poll_heartbeats
from producers.publisher import EventPublisher
from tests.api import AUTH, ApiProcess, api_namespace
from tests.conftest import ROOT, SEED_EVENTS, make_namespace
from tests.services import Services
from tests.worker import WorkerProcess, send_raw, wait_for

pytestmark = pytest.mark.integration

DASHBOARDS = sorted((ROOT / "dashboards" / "grafana" / "dashboards").glob("*.json"))
PROMETHEUS_CONFIG = ROOT / "dashboards" / "prometheus.yml"
ALERT_RULES = ROOT / "dashboards" / "alert-rules.yml"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VARIABLES = {"$theatre": "israel-gaza"}
METRIC = re.compile(r"\b(conflictwatch_[a-z0-9_]+)")


def promtool(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("promtool")
    assert binary, "promtool comes with Debian's prometheus package (apt-get install prometheus)"
    return subprocess.run([binary, *args], input=stdin, capture_output=True, text=True, check=False)


def panel_queries() -> list[tuple[str, str, str]]:
    """(dashboard, panel title, PromQL with the template variables filled in)."""
    found = []
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text())
        for panel in dashboard["panels"]:
            for target in panel["targets"]:
                expr = target["expr"]
                for name, value in VARIABLES.items():
                    expr = expr.replace(name, value)
                found.append((path.name, panel["title"], expr))
    return found


def exported_name(metric: str, exported: set[str]) -> bool:
    """A name used in PromQL is exported as itself or as a counter/histogram series."""
    return metric in exported or any(
        metric == f"{name}{suffix}" for name in exported for suffix in ("_total", "_bucket", "_sum", "_count")
    )


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory, services: Services) -> Iterator[dict[str, Any]]:
    """The seed scenario through the real worker and API, scraped by a Prometheus
    running dashboards/prometheus.yml with its targets pointed at them."""
    tmp = tmp_path_factory.mktemp("dashboards")
    base = make_namespace(services).with_env(
        CONFLICTWATCH_TICK_INTERVAL="0.5", CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32"
    )
    with ExitStack() as running:
        receiver = DemoReceiver(SECRET).start()
        running.callback(receiver.stop)
        api = ApiProcess(api_namespace(base), tmp / "api.log").start()
        running.callback(api.stop)
        ns = api.namespace
        worker = WorkerProcess(ns, tmp / "worker.log").start()
        running.callback(worker.stop)
        prometheus = PrometheusServer(tmp / "prometheus")
        config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
        config["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
        targets = {
            "conflictwatch-worker": f"127.0.0.1:{worker.port}",
            "conflictwatch-api": f"127.0.0.1:{api.port}",
            "prometheus": f"127.0.0.1:{prometheus.port}",
        }
        for job in config["scrape_configs"]:
            job["static_configs"] = [{"targets": [targets[job["job_name"]]]}]
        (tmp / "prometheus").mkdir()
        shutil.copy(ALERT_RULES, tmp / "prometheus" / ALERT_RULES.name)
        prometheus.start(config_text=yaml.safe_dump(config))
        running.callback(prometheus.stop)
        ns.cli("subscribe", receiver.url, "--secret", SECRET)
        ns.cli("produce", "events", str(SEED_EVENTS))
        # A feed read for the seed's day: its coverage for the coverage panels.
        with EventPublisher(ns.settings()) as publisher:
            publisher.publish_heartbeats(
                poll_heartbeats(
                    source="https://wire.example.org/rss",
                    producer="feed",
                    theatres=["israel-gaza"],
                    polled_at=datetime(2021, 5, 19, 12, tzinfo=UTC),
                    interval=18 * 3600,
                    items=11,
                    last_item_at=datetime(2021, 5, 20, 14, 30, tzinfo=UTC),
                )
            )
        send_raw(services.kafka_bootstrap, ns.env["CONFLICTWATCH_TOPIC_EVENTS"], [b"not json"])
        wait_for(lambda: receiver.log.verified(), 90, "a webhook delivery")
        # A receiver follows the webhook's own link to say the alert was useful.
        feedback = receiver.log.verified()[0]["links"]["feedback"]
        assert httpx.post(feedback, json={"verdict": "useful"}, headers=AUTH, timeout=10).status_code == 201
        yield {"prometheus": prometheus, "worker": worker, "api": api}


def query(prometheus: PrometheusServer, promql: str) -> list[Any]:
    response = httpx.get(f"{prometheus.url}/api/v1/query", params={"query": promql}, timeout=10)
    body = response.json()
    assert body["status"] == "success", f"{promql}: {body.get('error')}"
    result: list[Any] = body["data"]["result"]
    return result


def test_every_panel_query_returns_data(pipeline: dict[str, Any]) -> None:
    prometheus = pipeline["prometheus"]
    queries = panel_queries()
    assert len(queries) >= 20

    def empty() -> list[str]:
        return [f"{d} / {title}: {expr}" for d, title, expr in queries if not query(prometheus, expr)]

    deadline_missing: list[str] = []

    def settled() -> bool:
        deadline_missing[:] = empty()
        return not deadline_missing

    with contextlib.suppress(AssertionError):
        wait_for(settled, 60, "every panel to have data", interval=2)
    assert deadline_missing == []


def test_annotation_queries_are_valid_promql(pipeline: dict[str, Any]) -> None:
    for path in DASHBOARDS:
        for annotation in json.loads(path.read_text())["annotations"]["list"]:
            expr = annotation["expr"]
            for name, value in VARIABLES.items():
                expr = expr.replace(name, value)
            query(pipeline["prometheus"], expr)


def test_every_metric_the_dashboards_and_alert_rules_name_is_exported(pipeline: dict[str, Any]) -> None:
    exported = set()
    for process in (pipeline["worker"], pipeline["api"]):
        text = httpx.get(f"http://127.0.0.1:{process.port}/metrics", timeout=5).text
        exported |= {line.split()[2] for line in text.splitlines() if line.startswith("# TYPE ")}
    used = {m for _, _, expr in panel_queries() for m in METRIC.findall(expr)}
    used |= set(METRIC.findall(ALERT_RULES.read_text()))
    assert sorted(m for m in used if not exported_name(m, exported)) == []


def test_promtool_accepts_each_process_metrics(pipeline: dict[str, Any]) -> None:
    for process in (pipeline["worker"], pipeline["api"]):
        text = httpx.get(f"http://127.0.0.1:{process.port}/metrics", timeout=5).text
        result = promtool("check", "metrics", stdin=text)
        problems = [
            line
            for line in (result.stdout + result.stderr).splitlines()
            if line.strip() and not line.startswith("conflictwatch_faust_")
        ]
        assert problems == [], problems


def test_promtool_accepts_the_config_and_the_alert_rules_and_their_tests() -> None:
    for args in (
        ("check", "config", str(PROMETHEUS_CONFIG)),
        ("check", "rules", str(ALERT_RULES)),
        ("test", "rules", str(ALERT_RULES.with_name("alert-rules.test.yml"))),
    ):
        result = promtool(*args)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboards_match_the_grafana_schema_models(path: Path) -> None:
    """Every field we wrote survives a round trip through grafana-foundation-sdk's
    Dashboard model, so none is misspelt or unknown to Grafana."""
    written = json.loads(path.read_text())
    parsed = json.loads(json.dumps(Dashboard.from_json(written), cls=JSONEncoder))

    def lost(a: Any, b: Any, where: str) -> list[str]:
        if isinstance(a, dict):
            return [
                p for k, v in a.items() for p in ([f"{where}.{k}"] if k not in b else lost(v, b[k], f"{where}.{k}"))
            ]
        if isinstance(a, list):
            return [p for i, (x, y) in enumerate(zip(a, b, strict=True)) for p in lost(x, y, f"{where}[{i}]")]
        return []

    assert lost(written, parsed, path.stem) == []
    assert written["panels"]
    assert {p["datasource"]["uid"] for p in written["panels"]} == {"conflictwatch-prometheus"}
