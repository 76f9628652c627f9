"""The issue's "Done when" list, on the founding article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conflictwatch.models import Event, EventType, TimePrecision
from producers.extract import ArticleMeta, extract
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from streams.state import EngineState
from tests.unit.producers.conftest import SEED_PUBLISHED, read


def find(events: list[Event], event_type: EventType, **want: object) -> Event:
    for event in events:
        if event.type is not event_type:
            continue
        if all(_get(event, key) == value for key, value in want.items()):
            return event
    raise AssertionError(f"no {event_type.value} with {want} among {[e.type.value for e in events]}")


def _get(event: Event, key: str) -> object:
    if key == "place":
        return event.location.name if event.location else None
    if key == "counts":
        return event.counts.values()
    return getattr(event, key)


def test_the_eight_hour_pause_and_the_resumption_against_the_border_and_beersheba(seed_events: list[Event]) -> None:
    pause = find(seed_events, EventType.ROCKET_PAUSE, duration=timedelta(hours=8), place="Israel")
    assert (pause.occurred_at, pause.time_precision) == (datetime(2021, 5, 20, tzinfo=UTC), TimePrecision.SPAN)
    resumed_at = pause.occurred_at + timedelta(hours=8)
    for place in ("communities near the Gaza border", "Beersheba"):
        fire = find(seed_events, EventType.ROCKET_FIRE, place=place, occurred_at=resumed_at)
        assert fire.source.evidence.startswith("Rocket attacks on Israel stopped for eight hours")
        assert fire.source.span == (623, 799)


def test_the_seed_fires_the_shipped_rules_of_the_stream_engine(seed_events: list[Event]) -> None:
    engine, state = Engine(build_rules(load_rules())), EngineState()
    alerts = [
        a
        for e in sorted(seed_events, key=lambda e: e.timestamp)
        for a in engine.process(state, e, SEED_PUBLISHED).alerts
    ]
    [resumption] = [
        a for a in alerts if a.rule == "rocket_lull_ended" and a.ends_at == datetime(2021, 5, 20, 8, tzinfo=UTC)
    ]
    assert resumption.values["reported_pause_hours"] == 8
    fired = {a.rule for a in alerts}
    assert {"security_cabinet_meeting", "ceasefire_agreed", "un_session_scheduled"} <= fired


def test_over_a_dozen_air_strikes_after_midnight(seed_events: list[Event]) -> None:
    strikes = find(seed_events, EventType.AIR_STRIKE, counts={"strikes": 12})
    assert strikes.counts.approximate == {"strikes"}
    assert (strikes.occurred_at, strikes.time_precision) == (datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR)
    assert strikes.location is not None
    assert strikes.location.name == "Gaza Strip"


def test_the_security_cabinet_meets_at_1600_gmt(seed_events: list[Event]) -> None:
    meeting = find(seed_events, EventType.CABINET_MEETING)
    assert (meeting.occurred_at, meeting.time_precision) == (datetime(2021, 5, 20, 16, tzinfo=UTC), TimePrecision.EXACT)


def test_the_tolls(seed_events: list[Event]) -> None:
    gaza = find(
        seed_events, EventType.CASUALTY_REPORT, counts={"killed": 232, "children": 65, "women": 39, "injured": 1900}
    )
    assert gaza.counts.approximate == {"injured"}
    assert gaza.attribution == "health officials in Gaza"
    assert find(seed_events, EventType.CASUALTY_REPORT, counts={"killed": 12}, place="Israel")
    west_bank = find(seed_events, EventType.CASUALTY_REPORT, counts={"killed": 21}, place="West Bank")
    assert (west_bank.occurred_at, west_bank.counts.approximate) == (datetime(2021, 5, 20, tzinfo=UTC), {"killed"})


def test_rockets_buildings_and_the_displaced(seed_events: list[Event]) -> None:
    rockets = find(seed_events, EventType.ROCKET_FIRE, counts={"projectiles": 4000})
    assert (rockets.counts.approximate, rockets.attribution) == ({"projectiles"}, "Israel")
    assert find(seed_events, EventType.INFRASTRUCTURE_DAMAGE, counts={"buildings": 450}).counts.approximate == {
        "buildings"
    }
    assert find(seed_events, EventType.DISPLACEMENT_REPORT, counts={"displaced": 52000}).counts.approximate == {
        "displaced"
    }


def test_the_ceasefire_agreed_in_principle_is_hedged_and_attributed(seed_events: list[Event]) -> None:
    agreed = find(seed_events, EventType.CEASEFIRE_AGREED)
    assert agreed.attribution == "an Egyptian security source"
    assert agreed.source.confidence < 0.7
    assert "agreed in principle" in agreed.source.evidence


def test_the_un_human_rights_council_session_on_may_27(seed_events: list[Event]) -> None:
    session = find(seed_events, EventType.UN_SESSION, place="Geneva")
    assert (session.occurred_at, session.time_precision) == (datetime(2021, 5, 27, tzinfo=UTC), TimePrecision.DAY)
    assembly = find(seed_events, EventType.UN_SESSION, place="New York")
    assert assembly.source.confidence < session.source.confidence  # "not expected to take action"


def test_every_event_carries_its_sentence_span_and_rule(seed_text: str, seed_events: list[Event]) -> None:
    for event in seed_events:
        assert event.source.span is not None
        start, end = event.source.span
        assert seed_text[start:end] == event.source.evidence
        assert event.source.extractor != "manual"


def test_ids_are_stable_across_runs_and_outlets(seed_text: str, seed_events: list[Event]) -> None:
    again = extract(seed_text, ArticleMeta(published=SEED_PUBLISHED, outlet="Reuters"))
    other_outlet = extract(
        seed_text, ArticleMeta(published=SEED_PUBLISHED, outlet="AP", url="https://apnews.example/x")
    )
    assert [e.id for e in again] == [e.id for e in seed_events]
    assert {e.id for e in other_outlet} == {e.id for e in seed_events}
    assert len({e.id for e in seed_events}) == len(seed_events)


def test_a_modal_before_an_agreement_makes_it_talks() -> None:
    meta = ArticleMeta(published=SEED_PUBLISHED, theatre="israel-gaza")
    [talks] = read("Mediators said the sides could agree to a ceasefire within days.", meta)
    assert talks.type is EventType.CEASEFIRE_TALKS
    [agreed] = read("Mediators said the sides agreed to a ceasefire.", meta)
    assert agreed.type is EventType.CEASEFIRE_AGREED
