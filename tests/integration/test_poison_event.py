"""An event a rule raises on stops nothing: through the real Redis state store,
it is dead-lettered and every other event's alerts and counts are those of the
stream without it."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from prometheus_client import CollectorRegistry

from conflictwatch.models import Alert, DeadLetter, Event
from conflictwatch.redis_client import async_redis
from conflictwatch.redis_keys import RedisKeys
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage
from streams.redis_store import RedisStore
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.scenario import EXPECTED, EXPECTED_COUNTS, THEATRE, scenario
from tests.services import Services
from tests.tripwire import TRIPWIRE, Tripwire
from tests.worker import Namespace

pytestmark = pytest.mark.integration


def test_a_rule_raising_on_an_event_mid_stream_dead_letters_it_and_every_other_alert_arrives(
    services: Services, namespace: Namespace
) -> None:
    events = scenario()
    middle = len(events) // 2
    poison = Event.model_validate(
        events[middle].model_dump()
        | {
            "event_id": None,
            "occurred_at": events[middle].occurred_at + timedelta(minutes=30),
            "source": {"outlet": "Scenario Wire", "evidence": f"{TRIPWIRE} in the middle"},
        }
    )
    stream = [*events[:middle], poison, *events[middle:]]

    async def run() -> tuple[list[Alert], list[DeadLetter], StreamMetrics, dict[bytes, bytes]]:
        redis = async_redis(services.redis_url)
        alerts: list[Alert] = []
        letters: list[DeadLetter] = []

        async def publish(alert: Alert) -> None:
            alerts.append(alert)

        async def dead(letter: DeadLetter) -> None:
            letters.append(letter)

        keys = RedisKeys(namespace.tag)
        store = RedisStore(redis, keys, timedelta(days=14))
        metrics = StreamMetrics.create(CollectorRegistry())
        processor = BatchProcessor(Engine([*build_rules(load_rules()), Tripwire()]), store, publish, dead, metrics)
        try:
            for start in range(0, len(stream), 3):
                batch = stream[start : start + 3]
                await processor.process([RawMessage(e.model_dump_json().encode()) for e in batch])
            counts = await redis.hgetall(keys.counts(THEATRE))
        finally:
            await redis.aclose()
        return alerts, letters, metrics, counts

    alerts, letters, metrics, counts = asyncio.run(run())
    assert Counter((a.rule, a.status.value) for a in alerts) == Counter(EXPECTED)
    assert {k.decode(): v.decode() for k, v in counts.items()} == EXPECTED_COUNTS
    assert [(d.reason, d.detail) for d in letters] == [("rule_error", "KeyError: 'no such theatre state'")]
    assert Event.model_validate_json(letters[0].value) == poison
    assert metrics.events_rejected.labels(reason="rule_error")._value.get() == 1
