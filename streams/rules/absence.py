"""absence: no event of the types for `silence` after activity (a lull starting).

Driven by the watermark, not by the arrival of another event: every silence of
at least `silence` that the watermark has passed fires once, found by scanning
the points between the last check and the watermark, so batching and replay
speed do not change what fires. Resolved when activity resumes.

Only covered time counts (`streams.rules.silence`): where heartbeats tell the
theatre's coverage, the silence fires once `silence` of covered time has passed
(`TheatreCoverage.reach`), later than `silence` after the last event if the
sources were not read for a while; a silence whose covered length the coverage
known so far does not reach yet waits (`pending`) for heartbeats or activity.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime

from conflictwatch.models import Alert, AlertStatus, Event, EventType
from streams.rules.base import Rule, SeriesNeed, type_names
from streams.rules.silence import assess, meets
from streams.rules.spec import AbsenceSpec
from streams.rules.text import hours, when
from streams.state import NEVER, NOT_KNOWN, EngineState, Point, Series

ACTIVE = "active"
CHECKED = "checked"
PENDING = "pending"


class AbsenceRule(Rule[AbsenceSpec]):
    spec_type = AbsenceSpec

    def __init__(self, spec: AbsenceSpec) -> None:
        super().__init__(spec)
        self._silence = spec.silence.total_seconds()
        self._activity_window = spec.activity_window.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        back = self.spec.silence + self.spec.activity_window
        return tuple(SeriesNeed(t, lookback=back, predecessor=True) for t in sorted(self.spec.event_types))

    def watches_watermark(self) -> bool:
        return True

    def watches_coverage(self) -> bool:
        return True

    def _reach(self, state: EngineState, theatre: str, start: float) -> float:
        """When `silence` of covered time from `start` on has passed."""
        silence = self._silence
        found = state.coverage_of(theatre)
        if found is None or found.known_from >= start + silence:
            return start + silence
        return found.reach(start, silence)

    def _resolved(self, theatre: str, since: float, at: float, event: Event | None, emitted_at: datetime) -> Alert:
        summary = f"{self.spec.title} in {theatre} ended at {when(at)}: activity resumed after {hours(at - since)}."
        return self.alert(
            theatre=theatre,
            key=str(since),
            summary=summary,
            starts_at=since,
            ends_at=at,
            evidence=[event] if event else [],
            values={"silence_hours": round((at - since) / 3600, 3)},
            status=AlertStatus.RESOLVED,
            emitted_at=emitted_at,
        )

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if not self.accepts(event.theatre, point, sources):
            return []
        own = state.rule_state(event.theatre, self.id)
        active = own.get(ACTIVE)
        if active is None or point.time <= active:
            return []
        del own[ACTIVE]
        state.touch(event.theatre, self.id)
        return [self._resolved(event.theatre, active, point.time, event, emitted_at)]

    def on_watermark(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own = state.rule_state(theatre, self.id)
        watermark, silence = state.watermark(theatre), self._silence
        checked = own.get(CHECKED, float("-inf"))
        if watermark <= checked:
            return []
        series = self.points(state, theatre, self.spec.event_types)
        points = series.points
        alerts: list[Alert] = []
        pending = own.pop(PENDING, None)
        if pending is not None:
            index = series.after(pending) - 1
            if index >= 0 and points[index].time == pending:
                alerts += self._silent(state, theatre, series, index, watermark, emitted_at)
        first, last = series.after(checked - silence), series.after(watermark - silence)
        for index in range(first, last):
            point = points[index]
            if not point.precise:
                continue  # a day-precise report does not say when in the day activity stopped
            following = points[index + 1] if index + 1 < len(points) else None
            if following is not None and following.time < point.time + silence:
                continue
            if not self._had_activity(series, point):
                continue
            alerts += self._silent(state, theatre, series, index, watermark, emitted_at)
        own[CHECKED] = watermark
        state.touch(theatre, self.id)
        return alerts

    def _silent(
        self, state: EngineState, theatre: str, series: Series, index: int, watermark: float, emitted_at: datetime
    ) -> list[Alert]:
        """The silence after `series.points[index]`, long enough in time: alerted once
        it is long enough in covered time, else left pending."""
        own, point = state.rule_state(theatre, self.id), series.points[index]
        following = series.points[index + 1] if index + 1 < len(series.points) else None
        due = self._reach(state, theatre, point.time)
        if following is not None and following.time < due:
            return []  # activity resumed before the silence was long enough in covered time
        if due > watermark:
            own[PENDING] = point.time
            return []
        found = assess(state, theatre, point.time, due, type_names(self.spec.event_types)[0])
        if not meets(self.spec.coverage, found.coverage):
            return []
        silence = self._silence
        note = f"; {found.coverage.summary}" if found.coverage.basis == "heartbeats" else ""
        summary = (
            f"{self.spec.title} in {theatre}: none for {hours(silence)} since {when(point.time)} "
            f"(as of {when(due)}){note}."
        )
        values = {"silence_hours": silence / 3600}
        if found.coverage.basis == "heartbeats":
            values["covered_hours"] = round(found.counted / 3600, 3)
        own[ACTIVE] = point.time
        alerts = [
            self.alert(
                theatre=theatre,
                key=str(point.time),
                summary=summary,
                starts_at=point.time,
                at=due,
                event_ids=[point.event_id],
                values=values,
                coverage=found.coverage,
                emitted_at=emitted_at,
            )
        ]
        if following is not None:
            del own[ACTIVE]
            alerts.append(self._resolved(theatre, point.time, following.time, None, emitted_at))
        return alerts

    def look(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own, watermark = state.rule_state(theatre, self.id), state.watermark(theatre)
        if watermark > own.get(CHECKED, NOT_KNOWN):
            own[CHECKED] = watermark
            state.touch(theatre, self.id)
        return []

    def next_due(self, state: EngineState, theatre: str) -> float:
        """When the first point not looked at yet has been silent for `silence`, or
        a pending silence has been covered for as long. Points not looked at yet
        that all lie within `silence` of each other are followed too soon to be
        silent, but the last: it is the first that may be."""
        own, silence = state.rule_state(theatre, self.id), self._silence
        times = self.points(state, theatre, self.spec.event_types).times
        first = bisect_right(times, own.get(CHECKED, NOT_KNOWN) - silence)
        if first == len(times):
            due = NEVER
        elif times[-1] - times[first] < silence:
            due = times[-1] + silence
        else:
            due = times[first] + silence
        pending = own.get(PENDING)
        if pending is not None:
            following = bisect_right(times, pending)
            due = min(due, self._reach(state, theatre, pending))
            if following < len(times):
                due = min(due, times[following])
        return due

    def _had_activity(self, series: Series, last: Point) -> bool:
        start = last.time - self._activity_window
        return series.after(last.time) - series.after(start) >= self.spec.min_activity
