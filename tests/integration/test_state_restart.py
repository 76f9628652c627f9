"""A worker restarted in the middle of windows (a fresh process: no warm state)
carries on from Redis and gives the same alerts as an uninterrupted run."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from prometheus_client import CollectorRegistry

from conflictwatch.models import Alert, DeadLetter
from conflictwatch.redis_client import async_redis
from conflictwatch.redis_keys import RedisKeys
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage
from streams.redis_store import RedisStore
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.scenario import EXPECTED, scenario
from tests.services import Services
from tests.worker import Namespace

pytestmark = pytest.mark.integration


def test_restarting_between_any_two_events_gives_the_same_alerts(services: Services, namespace: Namespace) -> None:
    events = scenario()

    async def go(cut: int) -> list[Alert]:
        redis = async_redis(services.redis_url)
        alerts: list[Alert] = []

        async def publish(alert: Alert) -> None:
            alerts.append(alert)

        async def dead(letter: DeadLetter) -> None:
            raise AssertionError(letter)

        def worker() -> BatchProcessor:  # a new process: nothing warm, everything from Redis
            store = RedisStore(redis, RedisKeys(f"{namespace.tag}-{cut}"), timedelta(days=14))
            metrics = StreamMetrics.create(CollectorRegistry())
            return BatchProcessor(Engine(build_rules(load_rules())), store, publish, dead, metrics)

        try:
            first, second = worker(), worker()
            for event in events[:cut]:
                await first.process([RawMessage(event.model_dump_json().encode())])
            for event in events[cut:]:
                await second.process([RawMessage(event.model_dump_json().encode())])
        finally:
            await redis.aclose()
        return alerts

    for cut in range(1, len(events)):
        alerts = asyncio.run(go(cut))
        assert [(a.rule, a.status.value) for a in alerts] == EXPECTED, f"restart after event {cut}"
