from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from conflictwatch.models import Event, json_schemas
from tests.conftest import SEED_EVENTS
from tests.factories import event


def test_the_same_fact_from_two_outlets_has_one_event_id() -> None:
    reuters = event(source={"outlet": "Reuters", "evidence": "Rockets hit Beersheba."})
    ap = event(source={"outlet": "AP", "evidence": "Rockets struck the city of Beersheba.", "confidence": 0.8})
    assert reuters.event_id == ap.event_id


def test_event_id_changes_with_type_time_place_and_figures() -> None:
    base = event()
    assert event(type="air_strike").event_id != base.event_id
    assert event(at=1).event_id != base.event_id
    assert event(location={"name": "Sderot"}).event_id != base.event_id
    assert event(counts={"projectiles": 3}).event_id != base.event_id


def test_hour_precision_times_within_the_hour_are_the_same_fact() -> None:
    assert event(at=8.25, time_precision="hour").event_id == event(at=8.75, time_precision="hour").event_id
    assert event(at=8.25).event_id != event(at=8.75).event_id


def test_seed_file_ids_are_stable_across_runs() -> None:
    first = SEED_EVENTS.read_text().splitlines()[3]
    assert Event.model_validate_json(first).event_id == Event.model_validate_json(first).event_id
    assert Event.model_validate_json(first).event_id == "ev_a9dca0f7eebd6b80dbcd99a3"


def test_a_time_read_in_utc_is_in_pythons_utc_and_any_other_offset_is_kept() -> None:
    # the time zone of JSON parsing makes each `timestamp()` of a replayed event cost three times as much
    read = event(at=datetime(2021, 5, 20, 3, tzinfo=timezone(timedelta(hours=3))))
    utc = Event.model_validate_json(event(at=datetime(2021, 5, 20, tzinfo=UTC)).model_dump_json())
    assert utc.occurred_at.tzinfo is UTC
    assert utc.reported_at.tzinfo is UTC
    assert read.occurred_at.utcoffset() == timedelta(hours=3)
    assert read.event_id == utc.event_id  # the same instant, the same fact
    assert '"occurred_at":"2021-05-20T03:00:00+03:00"' in read.model_dump_json()
    assert '"2021-05-20T00:00:00Z"' in utc.model_dump_json()


def test_a_spoofed_event_id_is_refused_with_the_expected_one() -> None:
    genuine = event()
    data = json.loads(genuine.model_dump_json()) | {"event_id": "ev_" + "0" * 24}
    with pytest.raises(ValidationError, match=f"expected {genuine.event_id}"):
        Event.model_validate(data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"counts": {"killed": -1}}, "greater than or equal to 0"),
        ({"counts": {"killed": 3, "approximate": ["injured"]}}, "not counts given here"),
        ({"occurred_at": "1899-12-31T00:00:00Z"}, "before 1900"),
        ({"occurred_at": "9999-01-01T00:00:00Z"}, "more than a year after"),
        ({"occurred_at": "2021-05-20T08:00:00"}, "timezone"),
        ({"type": "invasion_of_mars"}, "Input should be 'rocket_fire'"),
        ({"theatre": "Israel Gaza"}, "should match pattern"),
        ({"duration": "-PT1H"}, "duration must be positive"),
        ({"extra": 1}, "Extra inputs are not permitted"),
    ],
)
def test_invalid_events_say_what_is_wrong(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        event(**fields)  # type: ignore[arg-type]


def test_json_schema_is_exported_for_events_and_alerts() -> None:
    schemas = json_schemas()
    assert "rocket_fire" in json.dumps(schemas["event"])
    assert set(schemas["alert"]["required"]) >= {"fingerprint", "rule", "summary", "evidence"}


def test_earlier_versions_are_still_read_and_new_events_are_version_3() -> None:
    v1 = json.loads(event().model_dump_json()) | {"schema_version": 1}
    assert Event.model_validate(v1).schema_version == 1
    assert Event.model_validate(v1 | {"schema_version": 2}).schema_version == 2
    assert event(type="violence_against_civilians").schema_version == 3
    with pytest.raises(ValidationError, match="schema_version"):
        Event.model_validate(v1 | {"schema_version": 4})
