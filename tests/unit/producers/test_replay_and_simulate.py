from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from conflictwatch.models import Event, EventType
from producers.replay import replay
from producers.simulate import MIN_EVENTS, ScenarioError, simulate
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from streams.state import EngineState
from tests.factories import BASE, event
from tests.unit.producers.test_importers import ListSink


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_replay_sends_in_event_time_order_as_fast_as_possible() -> None:
    late, early = event(at=5), event(at=1)
    sink = ListSink()
    assert replay([late, early], sink) == 2
    assert sink.events == [early, late]


def test_replay_at_speed_x_waits_the_event_time_gaps_divided_by_x() -> None:
    clock, sink = FakeClock(), ListSink()
    events = [event(at=0), event(at=1), event(at=1, type="air_strike"), event(at=3)]
    replay(events, sink, speed=3600, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == pytest.approx([1.0, 2.0])  # 1 h and 2 h of event time at 3600×
    assert len(sink.events) == 4


def test_replay_refuses_a_speed_that_is_not_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        replay([event()], ListSink(), speed=0)


def test_a_seed_gives_the_same_war_and_another_seed_another() -> None:
    first, again, other = simulate(events=120, seed=7), simulate(events=120, seed=7), simulate(events=120, seed=8)
    assert [e.id for e in first] == [e.id for e in again]
    assert [e.id for e in first] != [e.id for e in other]
    assert len(first) == 120
    assert len({e.id for e in first}) == 120


def test_the_war_has_waves_lulls_a_ceasefire_and_a_violation() -> None:
    events = sorted(simulate(events=150, seed=3), key=lambda e: e.timestamp)
    types = Counter(e.type for e in events)
    assert types[EventType.ROCKET_FIRE] > 20
    assert types[EventType.AIR_STRIKE] > 10
    assert types[EventType.ROCKET_PAUSE] >= 2
    truce = next(e for e in events if e.type is EventType.CEASEFIRE_IN_EFFECT)
    violation = next(e for e in events if e.type is EventType.CEASEFIRE_VIOLATION)
    assert violation.occurred_at > truce.occurred_at
    assert any(e.type is EventType.ROCKET_FIRE and e.occurred_at == violation.occurred_at for e in events)
    engine, state = Engine(build_rules(load_rules())), EngineState()
    alerts = [a for e in events for a in engine.process(state, e, BASE + timedelta(days=30)).alerts]
    assert sum(a.rule == "rocket_lull_ended" for a in alerts) >= types[EventType.ROCKET_PAUSE]
    fired = {a.rule for a in alerts}
    assert {"ceasefire_takes_effect", "ceasefire_broken", "security_cabinet_meeting"} <= fired


def test_unknown_scenarios_and_too_few_events_are_refused() -> None:
    with pytest.raises(ScenarioError, match="known: gaza-war"):
        simulate("mars-war")
    with pytest.raises(ScenarioError, match=f"at least {MIN_EVENTS}"):
        simulate(events=3)


def test_simulated_events_are_valid_contract_events() -> None:
    for simulated in simulate(events=MIN_EVENTS, seed=1):
        assert Event.model_validate_json(simulated.model_dump_json()) == simulated
