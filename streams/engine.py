"""The rule engine: a pure function of (state, event) -> (state, alerts).

No Faust, no Redis: the Faust agent, the backtest and the unit tests drive this
same code. State is changed in place (the stores decide what persists), which
keeps the hot path free of copies.

Time is event time. Each theatre has a watermark: the latest time the stream
has shown to have happened (an event's time, or its report time if that is
earlier, so an announcement of a meeting next week does not move it). An event
older than the watermark by more than `allowed_lateness` is late: it is counted
and recorded, but rules do not evaluate it. Rules that act on the passing of
time (absence, deadlines, the end of a wave) run in `advance`, once the
watermark reaches the time each says it may next act (`Rule.next_due`): not on
every event.

Coverage heartbeats (`cover`) change a theatre's coverage; only the rules that
watch coverage act on them, and nothing is worked out for a heartbeat that
changed nothing (a replayed one, or a feed polled again within its span).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from conflictwatch.models import Alert, Event, EventType, Heartbeat
from streams.rules.base import Rule
from streams.state import NEVER, NOT_KNOWN, EngineState, Point, Schedule
from streams.window import Window


class Arrival(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    CORROBORATED = "corroborated"
    LATE = "late"


class Outcome(NamedTuple):  # not a frozen dataclass: one per event, built in half the time
    arrival: Arrival
    alerts: list[Alert]

    @property
    def duplicate(self) -> bool:
        return self.arrival is Arrival.DUPLICATE


def watermark_time(event: Event, point: Point) -> float:
    """How far the event shows the stream has come: its time (the point's), or
    its report time if earlier."""
    return min(point.time, event.reported_at.timestamp())


class Engine:
    def __init__(self, rules: Sequence[Rule[Any]], allowed_lateness: timedelta = timedelta(days=1)) -> None:
        self.rules = tuple(rules)
        self.lateness = allowed_lateness.total_seconds()
        self._by_type: dict[EventType, tuple[Rule[Any], ...]] = {
            t: tuple(r for r in self.rules if t in r.triggers()) for t in EventType
        }
        self._timed = tuple(r for r in self.rules if r.watches_watermark())
        self._covering = tuple(r for r in self.rules if r.watches_coverage())
        self._covering_timed = tuple(r for r in self._covering if r.watches_watermark())
        # The time-driven rules an event of a type touches: those reading its series
        # and those it triggers.
        self._touched = {
            t: tuple(r for r in self._timed if t in r.triggers() or any(n.event_type is t for n in r.needs()))
            for t in EventType
        }
        self.window = Window.of((need for rule in self.rules for need in rule.needs()), allowed_lateness)

    def process(self, state: EngineState, event: Event, emitted_at: datetime) -> Outcome:
        theatre, event_type, event_id = event.theatre, event.type, event.event_id
        touched = self._touched[event_type]
        if event_id in state.seen:
            return self._again(state, event, touched, emitted_at)
        point = Point.of(event)
        alerts = self._look(state, theatre, touched, emitted_at) if touched else []
        watermarks = state.watermarks
        watermark = watermarks.get(theatre, NOT_KNOWN)
        time = point.time
        state.record(event, point)
        if time < watermark - self.lateness:
            self._reschedule(state, theatre, touched)
            return Outcome(Arrival.LATE, alerts)
        # Time passes up to the event first (a deadline or a lull before it), then the event happens.
        reported = event.reported_at.timestamp()
        to = time if time < reported else reported  # watermark_time
        if to > watermark:
            watermarks[theatre] = watermark = to
        schedule = state.schedules.get(theatre)
        if schedule is None or watermark >= schedule.earliest:
            alerts += self._advance(state, theatre, emitted_at, None)
        for rule in self._by_type[event_type]:
            found = rule.on_event(state, event, point, 1, emitted_at)
            if found:
                alerts += found
        if touched:
            self._reschedule(state, theatre, touched)
        return Outcome(Arrival.NEW, alerts)

    def _again(self, state: EngineState, event: Event, touched: tuple[Rule[Any], ...], emitted_at: datetime) -> Outcome:
        """An event already counted: a duplicate, or a report from another outlet
        that may bring it to a rule's `min_sources`."""
        theatre, event_id = event.theatre, event.id
        outlets = state.outlets.setdefault(event_id, set())
        if event.source.outlet in outlets:
            return Outcome(Arrival.DUPLICATE, [])
        outlets.add(event.source.outlet)
        sources = len(outlets)
        waiting = [r for r in self._by_type[event.type] if r.spec.min_sources == sources]
        if not waiting:
            return Outcome(Arrival.CORROBORATED, [])
        point = Point.of(event)
        alerts = self._look(state, theatre, touched, emitted_at)
        alerts += [a for rule in waiting for a in rule.on_event(state, event, point, sources, emitted_at)]
        self._reschedule(state, theatre, touched)
        return Outcome(Arrival.CORROBORATED, alerts)

    def cover(self, state: EngineState, heartbeat: Heartbeat, emitted_at: datetime) -> list[Alert]:
        """A heartbeat into its theatre's coverage; the rules watching coverage act
        if it changed anything."""
        if not state.cover(heartbeat):
            return []
        theatre = heartbeat.theatre
        alerts = self._look(state, theatre, self._covering_timed, emitted_at)
        for rule in self._covering:
            alerts += rule.on_coverage(state, theatre, emitted_at)
        self._reschedule(state, theatre, self._covering_timed)
        return alerts

    def advance(self, state: EngineState, theatre: str, emitted_at: datetime, to: float | None = None) -> list[Alert]:
        """Let time-driven rules act on the theatre's watermark (moved to `to` if
        later). Afterwards every one has looked up to the watermark, as if each had
        run on every advance: the state a store persists."""
        alerts = self._advance(state, theatre, emitted_at, to)
        return alerts + self._look(state, theatre, self._timed, emitted_at)

    def _advance(self, state: EngineState, theatre: str, emitted_at: datetime, to: float | None) -> list[Alert]:
        """Run the time-driven rules whose next due time (`Rule.next_due`) the
        watermark has reached; the others have nothing to do but note how far they
        looked, which waits until something could depend on it (`_look`)."""
        if to is not None:
            state.advance(theatre, to)
        watermark = state.watermark(theatre)
        schedule = state.schedules.get(theatre)
        if schedule is None:  # not worked out yet: every rule is due
            schedule = state.schedules[theatre] = Schedule()
        elif watermark < schedule.earliest:
            return []
        alerts: list[Alert] = []
        dues, looked = schedule.dues, schedule.looked
        for rule in self._timed:
            if dues.get(rule.id, NOT_KNOWN) <= watermark:
                alerts += rule.on_watermark(state, theatre, emitted_at)
                dues[rule.id] = rule.next_due(state, theatre)
                looked[rule.id] = watermark
        schedule.earliest = min(dues.values(), default=NEVER)
        return alerts

    def _look(
        self, state: EngineState, theatre: str, rules: tuple[Rule[Any], ...], emitted_at: datetime
    ) -> list[Alert]:
        """Bring rules that skipped advances up to the watermark before anything
        they read or hold changes (`Rule.look`): with nothing due (else they would
        have run), all `on_watermark` would have done is note how far they looked."""
        schedule = state.schedules.get(theatre)
        if schedule is None:  # none skipped since the state was worked out or stored
            return []
        watermark, looked = state.watermark(theatre), schedule.looked
        alerts: list[Alert] = []
        for rule in rules:
            if looked[rule.id] < watermark:
                alerts += rule.look(state, theatre, emitted_at)
                looked[rule.id] = watermark
        return alerts

    def _reschedule(self, state: EngineState, theatre: str, rules: tuple[Rule[Any], ...]) -> None:
        """An event changed what these rules read or hold: their next due times again."""
        schedule = state.schedules.get(theatre)
        if schedule is None or not rules:
            return
        dues = schedule.dues
        for rule in rules:
            dues[rule.id] = rule.next_due(state, theatre)
        schedule.earliest = min(dues.values())
