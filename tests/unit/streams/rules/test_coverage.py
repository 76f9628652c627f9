"""Silences count only covered time; losing every source is an alert of its own."""

from __future__ import annotations

import pytest

from conflictwatch.errors import RuleError
from conflictwatch.models import AlertStatus
from streams.rules.loader import parse_rules
from tests.factories import event, heartbeat
from tests.unit.streams.rules.harness import NOW, Run, engine

RULES = """
rules:
  - id: rocket_lull_ended
    kind: gap_ended
    label: Rocket fire
    event_types: [rocket_fire]
    pause_types: [rocket_pause]
    min_gap: PT6H
  - id: rocket_lull_started
    kind: absence
    label: Rocket fire lull
    event_types: [rocket_fire]
    silence: PT6H
  - id: coverage_lost
    kind: coverage_lost
    label: Coverage
  - id: air_strike_wave
    kind: threshold
    event_types: [air_strike]
    window: PT6H
    threshold: 100
"""

TWO_SOURCES_REQUIRED = """
rules:
  - id: lull_two_sources
    kind: gap_ended
    event_types: [rocket_fire]
    min_gap: PT6H
    coverage: {min_sources_live: 2}
  - id: lull_half_covered
    kind: gap_ended
    event_types: [rocket_fire]
    min_gap: PT6H
    coverage: {min_share: 0.5}
"""


def fresh(rules: str = RULES) -> Run:
    return Run(engine(rules))


def test_a_silence_while_no_source_was_read_is_no_lull_but_coverage_lost_and_its_return() -> None:
    result = fresh().cover([heartbeat(0, 2)]).feed([event(at=1)])
    result.cover([heartbeat(10, 10.5)]).feed([event(at=10.2)])
    assert result.of("rocket_lull_ended") == []
    assert result.of("rocket_lull_started") == []
    lost, back = result.of("coverage_lost")
    assert (lost.status, back.status) == (AlertStatus.FIRING, AlertStatus.RESOLVED)
    assert lost.fingerprint == back.fingerprint
    assert lost.summary == (
        "Coverage of israel-gaza lost at 2021-05-20 02:00 UTC: none of its 1 source has been read since; "
        "a silence there is no lull."
    )
    assert back.summary == "Coverage of israel-gaza returned at 2021-05-20 10:00 UTC after 8 hours without."


def test_coverage_lost_fires_as_the_watermark_passes_it_and_resolves_when_a_heartbeat_returns() -> None:
    result = fresh().cover([heartbeat(0, 2)]).feed([event(at=1)])
    result.feed([event("air_strike", at=5)])  # another source's report moves the watermark past the end
    [lost] = result.of("coverage_lost")
    assert lost.status is AlertStatus.FIRING
    result.cover([heartbeat(7, 9)])
    assert [a.status for a in result.of("coverage_lost")] == [AlertStatus.FIRING, AlertStatus.RESOLVED]
    assert result.of("coverage_lost")[1].ends_at is not None
    assert result.of("coverage_lost")[1].values == {"lost_hours": 5.0}


def test_with_the_feed_alive_the_lull_fires_as_before_and_says_its_coverage() -> None:
    result = fresh().cover([heartbeat(0, 12)]).feed([event(at=1), event(at=9)])
    started, ended_lull = result.of("rocket_lull_started")
    assert (started.status, ended_lull.status) == (AlertStatus.FIRING, AlertStatus.RESOLVED)
    assert started.coverage is not None
    assert started.coverage.basis == "heartbeats"
    assert started.triggered_at.hour == 7
    [resumed] = result.of("rocket_lull_ended")
    assert resumed.coverage is not None
    assert (resumed.coverage.basis, resumed.coverage.sources_live, resumed.coverage.sources) == ("heartbeats", 1, 1)
    assert resumed.coverage.share == 1.0
    assert resumed.summary.endswith("; 1 of 1 source live throughout the 8 hours.")
    assert resumed.values["covered_hours"] == 8.0
    assert result.of("coverage_lost") == []


def test_only_covered_time_counts_towards_the_gap() -> None:
    # covered 1-4 and 6-9.5: 6.5 of the 8.5 hours, enough for a gap of at least 6
    result = fresh().cover([heartbeat(1, 4), heartbeat(6, 9.5)]).feed([event(at=1), event(at=9.5)])
    [resumed] = result.of("rocket_lull_ended")
    assert resumed.values["covered_hours"] == 6.5
    assert resumed.coverage is not None
    assert resumed.coverage.sources_live == 0
    assert "0 of 1 source live throughout the 8.5 hours; 6.5 hours of it covered" in resumed.summary
    # covered 1-3 and 6-9.5: 5.5 hours, not a lull
    short = fresh().cover([heartbeat(1, 3), heartbeat(6, 9.5)]).feed([event(at=1), event(at=9.5)])
    assert short.of("rocket_lull_ended") == []


def test_a_reported_pause_counts_whole_whatever_the_coverage() -> None:
    pause = event("rocket_pause", at=2, duration="PT8H")
    result = fresh().cover([heartbeat(0, 1), heartbeat(9.5, 11)]).feed([event(at=0.5), pause, event(at=10)])
    [resumed] = result.of("rocket_lull_ended")
    assert resumed.values["reported_pause_hours"] == 8.0


def test_the_absence_waits_for_covered_time_to_reach_the_silence() -> None:
    # the feed was down 3-5: six covered hours after the rocket at 1 pass at 9, not 7
    result = fresh().cover([heartbeat(0, 3), heartbeat(5, 20)]).feed([event(at=1)])
    result.until(8.9)
    assert result.of("rocket_lull_started") == []
    result.until(9)
    [started] = result.of("rocket_lull_started")
    assert started.triggered_at.hour == 9
    assert started.values == {"silence_hours": 6.0, "covered_hours": 6.0}


def test_a_pending_silence_fires_once_heartbeats_cover_it() -> None:
    result = fresh().cover([heartbeat(0, 2)]).feed([event(at=1)]).until(10)
    assert result.of("rocket_lull_started") == []  # covered one hour of nine
    result.cover([heartbeat(10, 20)]).until(15)
    [started] = result.of("rocket_lull_started")
    assert started.triggered_at.hour == 15  # 1-2 and 10-15: six covered hours
    assert [a.status for a in result.of("coverage_lost")] == [AlertStatus.FIRING, AlertStatus.RESOLVED]


def test_without_heartbeats_the_lull_fires_as_before_on_coverage_inferred_from_other_reports() -> None:
    # other reports: of the types the rules read (here air strikes, for the wave rule)
    result = fresh().feed([event(at=1), event("air_strike", at=3), event("air_strike", at=4.5), event(at=9)])
    [resumed] = result.of("rocket_lull_ended")
    assert resumed.coverage is not None
    assert (resumed.coverage.basis, resumed.coverage.reports, resumed.coverage.share) == ("inferred", 2, 0.25)
    assert resumed.summary == (
        "Rocket fire resumed in israel-gaza at 2021-05-20 09:00 UTC after a gap of 8 hours "
        "(silent since 2021-05-20 01:00 UTC)."
    )
    alone = fresh().feed([event(at=1), event(at=9)])
    [unknown] = alone.of("rocket_lull_ended")
    assert unknown.coverage is not None
    assert unknown.coverage.basis == "unknown"
    assert alone.of("coverage_lost") == []  # a theatre never said to be read is never lost


def test_a_rule_can_require_a_minimum_of_coverage() -> None:
    one_source = fresh(TWO_SOURCES_REQUIRED).cover([heartbeat(0, 12)]).feed([event(at=1), event(at=9)])
    assert [a.rule for a in one_source.alerts] == ["lull_half_covered"]
    two_sources = fresh(TWO_SOURCES_REQUIRED).cover([heartbeat(0, 12), heartbeat(0, 12, source="radio")])
    two_sources.feed([event(at=1), event(at=9)])
    assert sorted(a.rule for a in two_sources.alerts) == ["lull_half_covered", "lull_two_sources"]
    # no heartbeats and no other reports: coverage unknown meets no minimum
    assert fresh(TWO_SOURCES_REQUIRED).feed([event(at=1), event(at=9)]).alerts == []


def test_a_replayed_heartbeat_changes_nothing() -> None:
    result = fresh().cover([heartbeat(0, 2)])
    result.state.dirty_coverage.clear()  # committed
    assert result.engine.cover(result.state, heartbeat(0, 2), NOW) == []
    assert result.state.dirty_coverage == set()


def test_a_bad_coverage_requirement_is_named() -> None:
    with pytest.raises(RuleError) as caught:
        parse_rules(TWO_SOURCES_REQUIRED.replace("min_share: 0.5", "min_share: 2"), "mine.yaml")
    message = str(caught.value)
    assert "mine.yaml" in message
    assert "lull_half_covered" in message
    assert "min_share" in message
