from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import AlertStatus
from tests.factories import event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: rocket_lull_ended
    kind: gap_ended
    label: Rocket fire
    event_types: [rocket_fire]
    pause_types: [rocket_pause]
    min_gap: PT6H
"""


def test_rocket_fire_after_a_silence_of_exactly_the_gap_fires() -> None:
    [alert] = run(RULES, [event(at=0), event(at=6)]).alerts
    assert alert.values == {"gap_hours": 6.0, "stream_gap_hours": 6.0}
    assert alert.starts_at == datetime(2021, 5, 20, tzinfo=UTC)
    assert alert.ends_at == datetime(2021, 5, 20, 6, tzinfo=UTC)
    assert alert.summary == (
        "Rocket fire resumed in israel-gaza at 2021-05-20 06:00 UTC after a gap of 6 hours "
        "(silent since 2021-05-20 00:00 UTC)."
    )


def test_a_silence_just_short_of_the_gap_does_not_fire() -> None:
    assert run(RULES, [event(at=0), event(at=6 - 1 / 60)]).alerts == []


def test_the_first_event_of_a_theatre_is_no_resumption() -> None:
    assert run(RULES, [event(at=100)]).alerts == []


def test_simultaneous_reports_of_one_resumption_fire_once() -> None:
    events = [event(at=0), event(at=8, location={"name": "Beersheba"}), event(at=8, location={"name": "Sderot"})]
    assert len(run(RULES, events).alerts) == 1


def test_a_reported_pause_ending_at_the_resumption_makes_the_gap() -> None:
    pause = event("rocket_pause", at=0, duration="PT8H", time_precision="span")
    [alert] = run(RULES, [pause, event(at=8)]).alerts
    assert alert.values == {"gap_hours": 8.0, "reported_pause_hours": 8.0}
    assert "a pause of 8 hours was reported" in alert.summary
    assert pause.id in alert.event_ids


def test_a_reported_pause_that_ended_long_before_does_not_make_a_later_gap() -> None:
    pause = event("rocket_pause", at=0, duration="PT8H", time_precision="span")
    alerts = run(RULES, [pause, event(at=8), event(at=12)]).alerts
    assert [a.ends_at for a in alerts] == [datetime(2021, 5, 20, 8, tzinfo=UTC)]


def test_a_late_report_inside_an_alerted_gap_corrects_the_alert_under_its_fingerprint() -> None:
    fired, corrected = run(RULES, [event(at=0), event(at=10), event(at=3)]).alerts
    assert corrected.status is AlertStatus.CORRECTED
    assert corrected.fingerprint == fired.fingerprint
    assert corrected.revision == 1
    assert corrected.values["gap_hours"] == 7.0


def test_a_late_report_that_leaves_no_gap_retracts_the_alert() -> None:
    fired, retracted = run(RULES, [event(at=0), event(at=10), event(at=5)]).alerts
    assert retracted.status is AlertStatus.RETRACTED
    assert retracted.fingerprint == fired.fingerprint


def test_out_of_order_arrival_ends_with_the_same_alert_as_in_order() -> None:
    in_order = run(RULES, [event(at=0), event(at=1), event(at=9)]).alerts
    shuffled = run(RULES, [event(at=1), event(at=9), event(at=0)]).alerts
    assert [(a.fingerprint, a.values["gap_hours"]) for a in in_order] == [
        (a.fingerprint, a.values["gap_hours"]) for a in shuffled
    ]


def test_a_replayed_event_is_a_duplicate_and_fires_nothing() -> None:
    result = run(RULES, [event(at=0), event(at=8), event(at=8)])
    assert len(result.alerts) == 1


def test_the_fingerprint_is_stable_for_one_lull_and_differs_for_the_next() -> None:
    a = run(RULES, [event(at=0), event(at=8)]).alerts
    b = run(RULES, [event(at=0), event(at=8, location={"name": "Sderot"})]).alerts
    c = run(RULES, [event(at=0), event(at=8), event(at=20)]).alerts
    assert a[0].fingerprint == b[0].fingerprint
    assert c[1].fingerprint != c[0].fingerprint


def test_filters_restrict_the_events_the_rule_sees() -> None:
    rules = RULES + "    filters: {locations: [Sderot], min_confidence: 0.5}\n"
    low = {"outlet": "X", "evidence": "rumour", "confidence": 0.2}
    events = [
        event(at=0, location={"name": "Sderot"}),
        event(at=4, location={"name": "Ashkelon"}),
        event(at=5, location={"name": "Sderot"}, source=low),
        event(at=7, location={"name": "Sderot"}),
    ]
    [alert] = run(rules, events).alerts
    assert alert.values["gap_hours"] == 7.0
