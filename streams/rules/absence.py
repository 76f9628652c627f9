"""absence: no event of the types for `silence` after activity (a lull starting).

Driven by the watermark, not by the arrival of another event: every silence of
at least `silence` that the watermark has passed fires once, found by scanning
the points between the last check and the watermark, so batching and replay
speed do not change what fires. Resolved when activity resumes.
"""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, AlertStatus, Event, EventType
from streams.rules.base import Rule, SeriesNeed
from streams.rules.spec import AbsenceSpec
from streams.rules.text import hours, when
from streams.state import NEVER, NOT_KNOWN, EngineState, Point, Series

ACTIVE = "active"
CHECKED = "checked"


class AbsenceRule(Rule[AbsenceSpec]):
    spec_type = AbsenceSpec

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        back = self.spec.silence + self.spec.activity_window
        return tuple(SeriesNeed(t, lookback=back, predecessor=True) for t in sorted(self.spec.event_types))

    def watches_watermark(self) -> bool:
        return True

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
        watermark, silence = state.watermark(theatre), self.spec.silence.total_seconds()
        checked = own.get(CHECKED, float("-inf"))
        if watermark <= checked:
            return []
        series = self.points(state, theatre, self.spec.event_types)
        points = series.points
        alerts: list[Alert] = []
        first, last = series.after(checked - silence), series.after(watermark - silence)
        for index in range(first, last):
            point = points[index]
            if not point.precise:
                continue  # a day-precise report does not say when in the day activity stopped
            due = point.time + silence
            following = points[index + 1] if index + 1 < len(points) else None
            if following is not None and following.time < due:
                continue
            if not self._had_activity(series, point):
                continue
            own[ACTIVE] = point.time
            summary = (
                f"{self.spec.title} in {theatre}: none for {hours(silence)} since {when(point.time)} "
                f"(as of {when(due)})."
            )
            alerts.append(
                self.alert(
                    theatre=theatre,
                    key=str(point.time),
                    summary=summary,
                    starts_at=point.time,
                    at=due,
                    event_ids=[point.event_id],
                    values={"silence_hours": silence / 3600},
                    emitted_at=emitted_at,
                )
            )
            if following is not None:
                del own[ACTIVE]
                alerts.append(self._resolved(theatre, point.time, following.time, None, emitted_at))
        own[CHECKED] = watermark
        state.touch(theatre, self.id)
        return alerts

    def look(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own, watermark = state.rule_state(theatre, self.id), state.watermark(theatre)
        if watermark > own.get(CHECKED, NOT_KNOWN):
            own[CHECKED] = watermark
            state.touch(theatre, self.id)
        return []

    def next_due(self, state: EngineState, theatre: str) -> float:
        """When the first point not looked at yet has been silent for `silence`."""
        checked, silence = state.rule_state(theatre, self.id).get(CHECKED, NOT_KNOWN), self.spec.silence.total_seconds()
        series = self.points(state, theatre, self.spec.event_types)
        first = series.after(checked - silence)
        return series.times[first] + silence if first < len(series.times) else NEVER

    def _had_activity(self, series: Series, last: Point) -> bool:
        start = last.time - self.spec.activity_window.total_seconds()
        return series.after(last.time) - series.after(start) >= self.spec.min_activity
