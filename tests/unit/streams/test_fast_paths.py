"""The engine's fast paths give the alerts of a plain evaluation, on random streams.

The fast paths: filtered and merged series kept as views instead of rebuilt at
every read, window sums from running totals instead of re-added, and time-driven
rules run when their next due time comes instead of on every advance. The plain
evaluation (`PlainEngine` over a `PlainState`) merges and filters the series
afresh at every read (checking filters field by field, not by their compiled
predicate), re-adds every window and runs every time-driven rule on
every advance, as the engine did before it had fast paths.

A second property runs sparse streams of the lulls' types, many reported before
they happened, so that several silences are open when one advance comes: what
an absence rule's due time may skip (points followed too soon to be silent).

Streams mix theatres, ties, reports out of order and later than the lateness,
repeats and second outlets, reported pauses, truces with durations, scheduled
meetings and running totals; they are driven as the rule tests do (an advance
after every event), as the worker does (sorted batches, an advance per theatre,
wall-clock ticks, restarts from what a store keeps) and as the bench does (events
only).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictwatch.models import Alert, Event
from streams.engine import Engine
from streams.rules.base import Rule
from streams.rules.loader import load_rules, parse_rules
from streams.rules.registry import build_rules
from streams.state import EngineState, Point, Series
from tests.unit.streams.rules.test_filters import described

NOW = datetime(2026, 1, 1, tzinfo=UTC)
START = datetime(2024, 5, 1, tzinfo=UTC)
LATENESS = timedelta(hours=6)

# Every kind again, with what the default rules leave out (several types in one
# view, filters on sides, places and confidence, counts of events, a second
# source required, activity required before a lull, scheduled matches) and short
# enough for the window to be cut within a stream of a few days.
SHORT_RULES = """
rules:
  - id: wave
    kind: threshold
    event_types: [air_strike]
    filters: {figures: incident}
    count: strikes
    window: PT4H
    threshold: 4
  - id: wave_of_one_side
    kind: threshold
    event_types: [air_strike, ground_clash]
    filters: {actor_sides: [idf]}
    window: PT3H
    threshold: 2
  - id: wave_corroborated
    kind: threshold
    event_types: [air_strike]
    count: strikes
    window: PT2H
    threshold: 3
    min_sources: 2
  - id: lull
    kind: absence
    event_types: [rocket_fire]
    silence: PT4H
    activity_window: PT6H
  - id: lull_after_activity
    kind: absence
    event_types: [rocket_fire, air_strike]
    filters: {min_confidence: 0.5}
    silence: PT3H
    min_activity: 2
    activity_window: PT6H
  - id: resumed
    kind: gap_ended
    event_types: [rocket_fire]
    pause_types: [rocket_pause]
    min_gap: PT3H
    pause_lookback: PT12H
  - id: resumed_in_the_north
    kind: gap_ended
    event_types: [air_strike, ground_clash]
    filters: {locations: [north]}
    min_gap: PT2H
    pause_lookback: PT6H
  - id: surge
    kind: rate_change
    event_types: [rocket_fire, air_strike]
    count: projectiles
    window: PT1H
    baseline: PT6H
    factor: 2
    min_events: 2
  - id: broken
    kind: sequence
    first: [ceasefire_in_effect, ceasefire_agreed]
    then: [rocket_fire, air_strike]
    within: PT12H
    until: [ceasefire_ended]
  - id: toll
    kind: delta
    event_types: [casualty_report]
    filters: {figures: running}
    count: killed
    min_increase_pct: 10
    marks: [50, 100]
    compare_within: PT12H
  - id: toll_of_one_side
    kind: delta
    event_types: [casualty_report, violence_against_civilians]
    filters: {actor_sides: [hamas]}
    count: killed
    marks: [50]
    compare_within: PT12H
  - id: meeting
    kind: match
    event_types: [cabinet_meeting, un_session]
    at: occurrence
  - id: meeting_corroborated
    kind: match
    event_types: [cabinet_meeting]
    at: occurrence
    min_sources: 2
  - id: agreed
    kind: match
    event_types: [ceasefire_agreed]
    repeat_after: PT6H
    group_by: theatre
    reported_within: PT12H
"""
RULE_SETS = {
    "default": lambda: build_rules(load_rules()),
    "short": lambda: build_rules(parse_rules(SHORT_RULES, "short.yaml")),
}

# Weighted towards what the windowed rules count, so waves, lulls and surges happen.
TYPES = [
    *["rocket_fire"] * 5,
    *["air_strike"] * 5,
    *["ground_clash"] * 2,
    *["casualty_report"] * 2,
    "rocket_pause",
    "ceasefire_agreed",
    "ceasefire_in_effect",
    "ceasefire_ended",
    "ceasefire_violation",
    "violence_against_civilians",
    "displacement_report",
    "cabinet_meeting",
    "un_session",
]


class PlainSeries(Series):
    def total(self, name: str | None, lo: int, hi: int) -> int:
        return hi - lo if name is None else sum(p.count(name) for p in self.points[lo:hi])


class PlainState(EngineState):
    """No views: what a rule reads is merged and filtered afresh every time."""

    def series_of(self, theatre: str, event_type: str) -> Series:
        return self.series.setdefault((theatre, event_type), PlainSeries())

    def add_point(self, theatre: str, event_type: str, point: Point) -> None:
        self.series_of(theatre, event_type).add(point)

    def view(
        self, theatre: str, event_types: frozenset[str], filters: str, accepts: Callable[[Point], bool] | None
    ) -> Series:
        points = [p for t in event_types for p in self.series_of(theatre, t).points]
        return PlainSeries.of([p for p in points if accepts is None or accepts(p)])


class PlainEngine(Engine):
    """Every time-driven rule on every advance; nothing skipped, so nothing to catch up.
    Filters checked field by field (`described`), not by their compiled predicate."""

    def __init__(self, rules: Sequence[Rule[Any]], allowed_lateness: timedelta) -> None:
        super().__init__(rules, allowed_lateness)
        for rule in self.rules:
            if rule._filter is not None:
                rule._filter = partial(described, rule.spec.filters)

    def _advance(self, state: EngineState, theatre: str, emitted_at: datetime, to: float | None) -> list[Alert]:
        if to is not None:
            state.advance(theatre, to)
        return [a for rule in self._timed for a in rule.on_watermark(state, theatre, emitted_at)]

    def _look(self, state: EngineState, theatre: str, rules: Any, emitted_at: datetime) -> list[Alert]:
        return []

    def _reschedule(self, state: EngineState, theatre: str, rules: Any) -> None:
        return None


REPORTED_AFTER = [0, 5, 90, 600, 3000, -240]  # minutes after the event; before it: announced


@st.composite
def an_event(
    draw: st.DrawFn,
    hours: int,
    types: Sequence[str] = TYPES,
    step: int = 15,
    reported_after: Sequence[int] = REPORTED_AFTER,
) -> Event:
    event_type = draw(st.sampled_from(types))
    occurred = START + timedelta(minutes=step * draw(st.integers(0, hours * 60 // step)))  # ties on the grid
    reported = occurred + timedelta(minutes=draw(st.sampled_from(reported_after)))
    counts: dict[str, Any] = {}
    if event_type in ("air_strike", "rocket_fire"):
        counts = draw(st.sampled_from([{}, {"strikes": 2}, {"strikes": 4}, {"projectiles": 30}, {"projectiles": 3}]))
    elif event_type in ("casualty_report", "violence_against_civilians"):
        counts = {"killed": draw(st.sampled_from([3, 12, 25, 60, 140, 90]))}
    elif event_type == "displacement_report":
        counts = {"displaced": draw(st.sampled_from([8_000, 12_000, 9_000, 150_000]))}
    if counts and draw(st.booleans()):
        counts["cumulative"] = True
    data: dict[str, Any] = {
        "type": event_type,
        "theatre": draw(st.sampled_from(["north-front", "north-front", "south-front"])),
        "occurred_at": occurred.isoformat(),
        "reported_at": reported.isoformat(),
        "time_precision": draw(st.sampled_from(["exact", "exact", "hour", "day"])),
        "counts": counts,
        "source": {
            "outlet": draw(st.sampled_from(["A Wire", "B Wire"])),
            "evidence": f"{event_type} at {occurred.isoformat()}",
            "confidence": draw(st.sampled_from([0.3, 0.9])),
        },
    }
    if event_type in ("rocket_pause", "ceasefire_in_effect") and draw(st.booleans()):
        data["duration"] = f"PT{draw(st.sampled_from([2, 3, 8, 30]))}H"
    place = draw(st.sampled_from([None, "North", "South"]))
    if place:
        data["location"] = {"name": place}
    side = draw(st.sampled_from([None, "idf", "hamas"]))
    if side:
        data["actors"] = {"actor1": {"name": side.upper(), "side": side}}
    return Event.model_validate(data)


@st.composite
def a_stream(draw: st.DrawFn) -> list[Event]:
    hours = draw(st.sampled_from([12, 36, 72]))  # dense or sparse
    events = draw(st.lists(an_event(hours), min_size=5, max_size=80))
    for index in draw(st.lists(st.integers(0, len(events) - 1), max_size=8)):  # repeats and second outlets
        again = events[index]
        outlet = draw(st.sampled_from(["A Wire", "B Wire", "C Wire"]))
        events.append(again.model_copy(update={"source": again.source.model_copy(update={"outlet": outlet})}))
    return draw(st.permutations(events)) if draw(st.booleans()) else sorted(events, key=lambda e: e.reported_at)


@st.composite
def a_gappy_stream(draw: st.DrawFn) -> list[Event]:
    """Few reports of the lulls' types an hour or more apart, many reported before
    they happened (the watermark lags behind): several silences open at once, to be
    found in one advance, not one at a time as reports arrive."""
    events = draw(
        st.lists(
            an_event(48, types=["rocket_fire", "air_strike"], step=60, reported_after=[0, -120, -300, -480]),
            min_size=3,
            max_size=25,
        )
    )
    return draw(st.permutations(events)) if draw(st.booleans()) else sorted(events, key=lambda e: e.reported_at)


class Stored:
    """What a store keeps between batches: the window of series, the rules' state
    that changed (as JSON), the watermarks, and which outlets reported what."""

    def __init__(self) -> None:
        self.rules: dict[tuple[str, str], str] = {}

    def commit(self, state: EngineState) -> None:
        for key in state.dirty_rules:
            self.rules[key] = json.dumps(state.rules[key])
        state.dirty_rules.clear()

    def reload(self, state: EngineState, engine: Engine) -> EngineState:
        """A new worker's state: nothing but what the store keeps."""
        engine.window.trim(state)
        fresh = type(state)(outlets={k: set(v) for k, v in state.outlets.items()}, watermarks=dict(state.watermarks))
        fresh.seen = set(state.seen)
        fresh.rules = {key: json.loads(blob) for key, blob in self.rules.items()}
        for (theatre, event_type), series in state.series.items():
            for point in series.points:
                fresh.add_point(theatre, event_type, point)
        return fresh


def theatres(events: Iterable[Event]) -> list[str]:
    return sorted({e.theatre for e in events})


# A driver gives the alerts of each call, so an alert given at another moment is a difference.
Calls = list[list[Alert]]


def like_the_rule_tests(engine: Engine, state: EngineState, events: list[Event], _: Any) -> Calls:
    calls: Calls = []
    for event in events:
        engine.window.trim(state)
        calls.append(engine.process(state, event, NOW).alerts)
        calls.append(engine.advance(state, event.theatre, NOW))
    return calls


def like_the_worker(engine: Engine, state: EngineState, events: list[Event], plan: dict[str, Any]) -> Calls:
    calls: Calls = []
    stored = Stored()
    size = plan["batch"]
    for number, start in enumerate(range(0, len(events), size)):
        batch = events[start : start + size]
        engine.window.trim(state)
        calls += [engine.process(state, event, NOW).alerts for event in sorted(batch, key=lambda e: e.timestamp)]
        calls += [engine.advance(state, theatre, NOW) for theatre in theatres(batch)]
        if number in plan["ticks"]:
            until = max(state.watermarks.values()) + plan["ticks"][number] * 3600.0
            calls += [engine.advance(state, theatre, NOW, to=until) for theatre in sorted(state.watermarks)]
        stored.commit(state)
        if number in plan["restarts"]:
            state = stored.reload(state, engine)
    return calls


def like_the_bench(engine: Engine, state: EngineState, events: list[Event], _: Any) -> Calls:
    calls = [engine.process(state, event, NOW).alerts for event in events]
    return calls + [engine.advance(state, theatre, NOW) for theatre in theatres(events)]


DRIVERS = [like_the_rule_tests, like_the_worker, like_the_bench]
plans = st.fixed_dictionaries(
    {
        "batch": st.integers(1, 12),
        "ticks": st.dictionaries(st.integers(0, 10), st.sampled_from([1, 4, 12, 40]), max_size=3),
        "restarts": st.sets(st.integers(0, 10), max_size=4),
    }
)


def same_alerts(events: list[Event], rule_set: str, drive: Callable[..., Calls], plan: dict[str, Any]) -> None:
    fast = drive(Engine(RULE_SETS[rule_set](), LATENESS), EngineState(), events, plan)
    plain = drive(PlainEngine(RULE_SETS[rule_set](), LATENESS), PlainState(), events, plan)
    assert [[a.model_dump() for a in call] for call in fast] == [[a.model_dump() for a in call] for call in plain]


@given(a_stream(), st.sampled_from(sorted(RULE_SETS)), st.sampled_from(DRIVERS), plans)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_fast_paths_give_the_alerts_of_a_plain_evaluation(
    events: list[Event], rule_set: str, drive: Callable[..., Calls], plan: dict[str, Any]
) -> None:
    same_alerts(events, rule_set, drive, plan)


@given(a_gappy_stream(), st.sampled_from(sorted(RULE_SETS)), st.sampled_from(DRIVERS), plans)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_fast_paths_give_the_alerts_of_a_plain_evaluation_across_lulls(
    events: list[Event], rule_set: str, drive: Callable[..., Calls], plan: dict[str, Any]
) -> None:
    same_alerts(events, rule_set, drive, plan)
