from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conflictwatch.models import Alert, Event, EventType
from streams.engine import Engine
from streams.rules.gap_ended import GapEndedRule
from streams.state import EngineState
from tests.factories import event

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def lull_engine(hours: float = 6) -> Engine:
    rule = GapEndedRule(
        "rocket_lull_ended",
        frozenset({EventType.ROCKET_FIRE}),
        timedelta(hours=hours),
        pause_types=frozenset({EventType.ROCKET_PAUSE}),
        label="Rocket fire",
    )
    return Engine([rule])


def run(events: list[Event], engine: Engine | None = None) -> list[Alert]:
    engine = engine or lull_engine()
    state = EngineState()
    return [alert for e in events for alert in engine.process(state, e, NOW).alerts]


def test_rocket_fire_after_a_silence_of_exactly_the_gap_fires() -> None:
    [alert] = run([event(at=0), event(at=6)])
    assert alert.values["gap_hours"] == 6
    assert alert.starts_at == datetime(2021, 5, 20, tzinfo=UTC)
    assert alert.ends_at == datetime(2021, 5, 20, 6, tzinfo=UTC)
    assert alert.summary == (
        "Rocket fire resumed in israel-gaza at 2021-05-20 06:00 UTC after a gap of 6 hours "
        "(silent since 2021-05-20 00:00 UTC)."
    )


def test_a_silence_just_short_of_the_gap_does_not_fire() -> None:
    assert run([event(at=0), event(at=6 - 1 / 60)]) == []


def test_the_first_event_of_a_theatre_is_no_resumption() -> None:
    assert run([event(at=100)]) == []


def test_simultaneous_reports_of_one_resumption_fire_once() -> None:
    alerts = run([event(at=0), event(at=8, location={"name": "Beersheba"}), event(at=8, location={"name": "Sderot"})])
    assert len(alerts) == 1


def test_a_reported_pause_ending_at_the_resumption_makes_the_gap() -> None:
    pause = event("rocket_pause", at=0, duration="PT8H", time_precision="span")
    [alert] = run([pause, event(at=8)])
    assert alert.values == {"gap_hours": 8.0, "reported_pause_hours": 8.0}
    assert "a pause of 8 hours was reported" in alert.summary


def test_a_reported_pause_that_ended_long_before_does_not_make_a_later_gap() -> None:
    pause = event("rocket_pause", at=0, duration="PT8H", time_precision="span")
    alerts = run([pause, event(at=8), event(at=12)])
    assert [a.ends_at for a in alerts] == [datetime(2021, 5, 20, 8, tzinfo=UTC)]


def test_out_of_order_arrival_gives_the_same_alert_as_in_order() -> None:
    in_order = run([event(at=0), event(at=1), event(at=9)])
    shuffled = run([event(at=1), event(at=9), event(at=0)])
    assert [a.fingerprint for a in in_order] == [a.fingerprint for a in shuffled]


def test_a_replayed_event_is_a_duplicate_and_fires_nothing() -> None:
    engine = lull_engine()
    state = EngineState()
    first = [engine.process(state, e, NOW) for e in (event(at=0), event(at=8))]
    again = engine.process(state, event(at=8), NOW)
    assert len(first[1].alerts) == 1
    assert again.duplicate
    assert again.alerts == []


def test_the_fingerprint_is_stable_for_one_lull_and_differs_for_the_next() -> None:
    a = run([event(at=0), event(at=8)])
    b = run([event(at=0), event(at=8, location={"name": "Sderot"})])
    c = run([event(at=0), event(at=8), event(at=20)])
    assert a[0].fingerprint == b[0].fingerprint
    assert c[1].fingerprint != c[0].fingerprint
