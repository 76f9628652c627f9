from __future__ import annotations

from tests.factories import event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: rocket_fire_surge
    kind: rate_change
    label: Rocket fire surge
    event_types: [rocket_fire]
    window: PT1H
    baseline: PT24H
    factor: 4
    min_events: 5
"""


def test_a_burst_after_a_quiet_day_fires() -> None:
    quiet = [event(at=h) for h in (0, 8, 16)]
    burst = [event(at=30 + i / 10) for i in range(5)]
    [alert] = run(RULES, quiet + burst).alerts
    assert alert.values["window_sum"] == 5
    assert alert.values["baseline_sum"] == 2
    assert "× the rate of the 24 hours before" in alert.summary


def test_steady_fire_at_the_baseline_rate_does_not() -> None:
    steady = [event(at=i / 4) for i in range(4 * 30)]
    assert run(RULES, steady).alerts == []


def test_fewer_than_min_events_never_fire() -> None:
    assert run(RULES, [event(at=30 + i / 10) for i in range(4)]).alerts == []
