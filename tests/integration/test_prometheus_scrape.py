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
    namespace = namespace.with_env(CONFLICTWATCH_TICK_INTERVAL="0.5")
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
        theatre = f'test="{namespace.tag}",theatre="israel-gaza"'
        lull_clock = (
            f"conflictwatch_watermark_timestamp_seconds{{{theatre}}} - ignoring(type) "
            f'conflictwatch_last_event_timestamp_seconds{{{theatre},type="rocket_fire"}}'
        )
        since = wait_for(lambda: _query(services, lull_clock), 30, "the lull clock series")
        assert float(since[0]["value"][1]) == 6.5 * 3600  # type: ignore[index]  # 08:00 to the 14:30 report
        window = f'conflictwatch_window_events{{test="{namespace.tag}",type="rocket_fire",window="24h"}}'
        assert float(wait_for(lambda: _query(services, window), 30, "rolling counts")[0]["value"][1]) == 3  # type: ignore[index]
        up = _query(services, f'up{{test="{namespace.tag}"}}')
        assert up
        assert up[0]["value"][1] == "1"  # type: ignore[index]
    finally:
        services.prometheus.remove_target(target)
        worker.stop()
