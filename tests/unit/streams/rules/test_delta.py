from __future__ import annotations

from datetime import timedelta

from conflictwatch.models import AlertStatus
from tests.factories import BASE, event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: death_toll_jump
    kind: delta
    label: Death toll
    event_types: [casualty_report]
    count: killed
    min_increase_pct: 10
    marks: [100, 250]
"""

GAZA = {"name": "Gaza Strip"}


def toll(at: float, killed: int, place: dict[str, str] = GAZA) -> object:
    return event("casualty_report", at=at, counts={"killed": killed}, location=place)


def test_a_toll_up_by_the_percentage_fires_with_both_figures() -> None:
    [alert] = run(RULES, [toll(0, 200), toll(24, 232)]).alerts
    assert alert.summary == "Death toll in Gaza Strip rose from 200 to 232 (+16%) by 2021-05-21 00:00 UTC."
    assert alert.values == {"value": 232, "previous": 200}


def test_a_small_rise_does_not() -> None:
    assert run(RULES, [toll(0, 200), toll(24, 210)]).alerts == []


def test_passing_a_mark_fires_even_below_the_percentage() -> None:
    [alert] = run(RULES, [toll(0, 240), toll(24, 251)]).alerts
    assert "passed 250" in alert.summary


def test_the_first_report_sets_the_baseline_only() -> None:
    assert run(RULES, [toll(0, 232)]).alerts == []


def test_places_are_tracked_apart() -> None:
    assert run(RULES, [toll(0, 200), toll(24, 12, {"name": "Israel"})]).alerts == []


def test_a_lower_later_figure_corrects_the_alert_under_its_fingerprint() -> None:
    fired, corrected = run(RULES, [toll(0, 200), toll(24, 232), toll(30, 225)]).alerts
    assert corrected.status is AlertStatus.CORRECTED
    assert corrected.fingerprint == fired.fingerprint
    assert corrected.revision == 1
    assert "revised to 225" in corrected.summary


def test_a_toll_from_more_than_a_month_before_is_no_baseline() -> None:
    # the same place in another war: 200 then, 232 now is no rise
    def later(days: int, killed: int) -> object:
        at = BASE + timedelta(days=days)
        return event("casualty_report", at=at, reported_at=at.isoformat(), counts={"killed": killed}, location=GAZA)

    assert run(RULES, [toll(0, 200), later(400, 232)]).alerts == []
    [alert] = run(RULES, [toll(0, 200), later(400, 232), later(401, 260)]).alerts
    assert "passed 250: 260" in alert.summary


def test_a_figure_below_half_the_alerted_one_counts_something_else_and_corrects_nothing() -> None:
    # 232 for the Strip, then a district's 40
    [fired] = run(RULES, [toll(0, 200), toll(24, 232), toll(30, 40)]).alerts
    assert fired.status is AlertStatus.FIRING
