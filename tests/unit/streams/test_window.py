"""The window of state the rules declare, which every store keeps and hands out
(the Redis store's side is in tests/integration/test_redis_store.py)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from conflictwatch.errors import ConfigError
from conflictwatch.models import EventType
from conflictwatch.settings import Settings
from streams.engine import Engine
from streams.memory_store import MemoryStore
from streams.rule_tests import RuleTestCase, run_case
from streams.rules.base import SeriesNeed
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from streams.state import EngineState
from streams.window import Window
from tests.factories import event
from tests.unit.streams.rules.harness import Run
from tests.unit.streams.short_sighted import hourly_rocket_fire, short_sighted_engine, views


def test_the_window_reaches_the_longest_lookback_and_the_lateness_behind_the_watermark() -> None:
    needs = [
        SeriesNeed(EventType.ROCKET_FIRE, lookback=timedelta(hours=2)),
        SeriesNeed(EventType.AIR_STRIKE, lookback=timedelta(hours=6), predecessor=True),
    ]
    window = Window.of(needs, lateness=timedelta(hours=1))
    assert window == Window(frozenset({"rocket_fire", "air_strike"}), 7 * 3600.0)
    assert window.start(10 * 3600.0) == 3 * 3600.0


def test_trimming_keeps_the_window_and_the_point_before_it_of_the_types_read_only() -> None:
    state = EngineState()
    for hour in range(6):
        state.record(event(at=hour))
    state.record(event("un_session", at=5))
    state.advance("israel-gaza", event(at=5).timestamp)
    Window(frozenset({"rocket_fire"}), 2 * 3600.0).trim(state)
    assert list(state.series) == [("israel-gaza", "rocket_fire")]
    assert [p.event_id for p in state.series[("israel-gaza", "rocket_fire")].points] == [
        event(at=hour).id for hour in (2, 3, 4, 5)
    ]


def test_a_rule_reading_further_back_than_it_declares_sees_only_its_window_in_the_memory_store() -> None:
    events = hourly_rocket_fire(8)
    engine, everything = short_sighted_engine(), EngineState()
    last = [engine.process(everything, e, datetime.now(UTC)).alerts for e in events][-1]
    assert list(last[0].event_ids) == [e.id for e in events]  # the whole history, which no store keeps

    store = MemoryStore()
    seen = asyncio.run(views(lambda: store, events))[-1]
    # From an hour behind the watermark (hour 6) the batch was loaded at, the point before, and the event itself.
    assert seen == [e.id for e in events[4:]]


def test_rule_tests_and_the_unit_tests_harness_give_the_rule_the_same_window() -> None:
    events = hourly_rocket_fire(8)
    case = RuleTestCase(
        name="hourly", events=[{"type": "rocket_fire", "occurred_at": e.occurred_at} for e in events], expect=[]
    )
    from_rule_tests = run_case(short_sighted_engine(), case, "test.yaml").alerts[-1].event_ids
    from_harness = Run(short_sighted_engine()).feed(events).alerts[-1].event_ids
    assert list(from_rule_tests) == list(from_harness) == [e.id for e in events[4:]]


def test_a_window_longer_than_the_retention_is_a_config_error_naming_the_setting() -> None:
    window = Window.of([SeriesNeed(EventType.CASUALTY_REPORT, lookback=timedelta(days=30))], timedelta(days=1))
    window.require_within(timedelta(days=31))
    with pytest.raises(ConfigError, match=r"(?s)CONFLICTWATCH_RETENTION.*window of 31 days"):
        window.require_within(timedelta(days=14))


def test_the_shipped_rules_fit_the_default_retention() -> None:
    settings = Settings()
    Engine(build_rules(load_rules()), settings.allowed_lateness).window.require_within(settings.retention)
