"""A generated stream with a known ground truth: every default rule kind fires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conflictwatch.models import Event

START = datetime(2024, 3, 1, tzinfo=UTC)
THEATRE = "test-front"
HAMAS = {"actor1": {"name": "Armed group", "side": "armed-group"}}


def _event(type: str, hour: float, reported_hour: float | None = None, **fields: Any) -> Event:
    at = START + timedelta(hours=hour)
    reported = START + timedelta(hours=reported_hour if reported_hour is not None else hour)
    return Event.model_validate(
        {
            "type": type,
            "theatre": THEATRE,
            "occurred_at": at.isoformat(),
            "reported_at": reported.isoformat(),
            "source": {"outlet": "Scenario Wire", "evidence": f"{type} at hour {hour}"},
            **fields,
        }
    )


def scenario() -> list[Event]:
    return [
        *(_event("rocket_fire", h, actors=HAMAS) for h in (0, 1, 2)),
        _event("rocket_fire", 10, actors=HAMAS),  # a lull from 2 to 10
        *(_event("air_strike", h, counts={"strikes": 4}) for h in (12, 13, 14)),  # a wave of 12 in 6 hours
        _event("ceasefire_in_effect", 20, reported_hour=19),
        _event("rocket_fire", 23, actors=HAMAS),  # breaks the ceasefire 3 hours in
        _event("casualty_report", 24, counts={"killed": 100, "cumulative": True}, location={"name": "Gaza"}),
        _event("casualty_report", 30, counts={"killed": 130, "cumulative": True}, location={"name": "Gaza"}),  # +30 %
    ]


# (rule, status) of every alert the default rules give for the scenario, in order.
EXPECTED = [
    ("rocket_lull_started", "firing"),
    ("rocket_lull_started", "resolved"),
    ("rocket_lull_ended", "firing"),
    ("air_strike_wave", "firing"),
    ("rocket_lull_started", "firing"),
    ("air_strike_wave", "resolved"),
    ("ceasefire_takes_effect", "firing"),
    ("rocket_lull_ended", "firing"),
    ("rocket_lull_started", "resolved"),
    ("ceasefire_broken", "firing"),
    ("rocket_lull_started", "firing"),
    ("death_toll_jump", "firing"),
]
EXPECTED_COUNTS = {
    "rocket_fire": "5",
    "air_strike": "3",
    "air_strike:strikes": "12",
    "ceasefire_in_effect": "1",
    "casualty_report": "2",
    "casualty_report:killed": "230",
}
