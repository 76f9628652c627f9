from __future__ import annotations

from conflictwatch.models import AlertStatus
from tests.factories import event
from tests.unit.streams.rules.harness import NOW, Run, engine, run

RULES = """
rules:
  - id: rocket_lull_started
    kind: absence
    label: Rocket fire lull
    event_types: [rocket_fire]
    silence: PT6H
"""


def test_silence_fires_when_the_watermark_passes_it_without_another_rocket() -> None:
    result = run(RULES, [event(at=0), event(at=1)])
    result.until(6.99)
    assert result.alerts == []
    result.until(7)
    [alert] = result.alerts
    assert alert.summary == (
        "Rocket fire lull in israel-gaza: none for 6 hours since 2021-05-20 01:00 UTC (as of 2021-05-20 07:00 UTC)."
    )


def test_other_events_moving_the_watermark_fire_it_too() -> None:
    result = run(RULES, [event(at=0), event("air_strike", at=9)])
    assert [a.status for a in result.alerts] == [AlertStatus.FIRING]


def test_resumed_fire_resolves_the_lull_under_its_fingerprint() -> None:
    result = run(RULES, [event(at=0)]).until(10)
    result.feed([event(at=12)])
    firing, resolved = result.alerts
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.fingerprint == firing.fingerprint
    assert "activity resumed after 12 hours" in resolved.summary


def test_batching_does_not_change_what_fires() -> None:
    events = [event(at=0), event(at=8), event(at=9), event(at=20)]
    one_by_one = run(RULES, events).alerts
    batched = Run(engine(RULES))
    for e in events:  # one batch: every event first, the watermark rules after
        batched.alerts += batched.engine.process(batched.state, e, NOW).alerts
    batched.alerts += batched.engine.advance(batched.state, "israel-gaza", NOW)
    assert [(a.fingerprint, a.status) for a in one_by_one] == [(a.fingerprint, a.status) for a in batched.alerts]
    assert len(one_by_one) == 4  # two lulls, each started and ended


def test_no_activity_no_lull() -> None:
    assert run(RULES, [event("air_strike", at=0), event("air_strike", at=50)]).alerts == []
