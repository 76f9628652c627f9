from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import AlertStatus
from tests.factories import event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: air_strike_wave
    kind: threshold
    label: Air strike wave
    event_types: [air_strike]
    count: strikes
    window: PT6H
    threshold: 10
"""


def strikes(at: float, n: int) -> object:
    return event("air_strike", at=at, counts={"strikes": n})


def test_a_window_reaching_exactly_the_threshold_fires_once() -> None:
    result = run(RULES, [strikes(0, 4), strikes(2, 6), strikes(3, 5)])
    [alert] = result.alerts
    assert alert.values == {"sum": 10.0, "threshold": 10.0, "window_hours": 6.0}
    assert alert.starts_at == datetime(2021, 5, 20, tzinfo=UTC)
    assert "10 strikes within 6 hours" in alert.summary


def test_the_same_sum_spread_wider_than_the_window_does_not_fire() -> None:
    assert run(RULES, [strikes(0, 5), strikes(6, 5)]).alerts == []


def test_an_event_without_the_count_counts_once() -> None:
    assert len(run(RULES, [event("air_strike", at=i / 10) for i in range(10)]).alerts) == 1


def test_the_wave_resolves_when_the_watermark_passes_the_window_not_before() -> None:
    result = run(RULES, [strikes(0, 12)])
    result.until(5.9)
    assert [a.status for a in result.alerts] == [AlertStatus.FIRING]
    result.until(6)
    firing, resolved = result.alerts
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.fingerprint == firing.fingerprint
    assert resolved.ends_at == datetime(2021, 5, 20, 6, tzinfo=UTC)


def test_a_new_wave_after_the_first_resolved_has_its_own_fingerprint() -> None:
    result = run(RULES, [strikes(0, 12), strikes(30, 12)])
    fingerprints = [(a.status, a.fingerprint) for a in result.alerts]
    assert [s for s, _ in fingerprints] == [AlertStatus.FIRING, AlertStatus.RESOLVED, AlertStatus.FIRING]
    assert fingerprints[0][1] == fingerprints[1][1] != fingerprints[2][1]


def test_out_of_order_arrival_inside_the_window_gives_the_same_wave() -> None:
    in_order = run(RULES, [strikes(0, 4), strikes(2, 3), strikes(4, 3)]).alerts
    shuffled = run(RULES, [strikes(4, 3), strikes(0, 4), strikes(2, 3)]).alerts
    assert [a.fingerprint for a in in_order] == [a.fingerprint for a in shuffled]
