"""A real Prometheus scrapes the worker's /metrics and answers queries on it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.conftest import SEED_EVENTS
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, wait_for

pytestmark = pytest.mark.integration


def _query(services: Services, promql: str) -> list[dict[str, object]]:
    response = httpx.get(f"{services.prometheus.url}/api/v1/query", params={"query": promql}, timeout=5)
    response.raise_for_status()
    result: list[dict[str, object]] = response.json()["data"]["result"]
    return result


def test_prometheus_scrapes_event_counters_from_the_worker(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    worker = WorkerProcess(namespace, tmp_path / "worker.log").start()
    target = f"127.0.0.1:{worker.port}"
    services.prometheus.add_target(target, {"test": namespace.tag})
    try:
        namespace.cli("produce", "events", str(SEED_EVENTS))
        query = f'sum(conflictwatch_events_consumed_total{{test="{namespace.tag}"}})'
        result = wait_for(
            lambda: [r for r in _query(services, query) if float(r["value"][1]) > 0],  # type: ignore[index]
            60,
            "Prometheus to scrape non-zero event counters",
        )
        assert float(result[0]["value"][1]) == 11  # type: ignore[index]
        up = _query(services, f'up{{test="{namespace.tag}"}}')
        assert up
        assert up[0]["value"][1] == "1"  # type: ignore[index]
    finally:
        services.prometheus.remove_target(target)
        worker.stop()
