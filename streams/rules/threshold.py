"""threshold: the sum of a count (or the number of events) over a sliding
event-time window reaches a level (a strike wave); resolved when the window
falls below it again, which the watermark decides.

Window sums are evaluated at every window end a new point can change, so a
late point inside the window gives the same wave as in order.
"""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, AlertStatus, Event, EventType
from streams.rules.base import Rule, SeriesNeed
from streams.rules.spec import ThresholdSpec
from streams.rules.text import hours, when
from streams.state import NEVER, EngineState, Point, Series

ACTIVE = "active"


class ThresholdRule(Rule[ThresholdSpec]):
    spec_type = ThresholdSpec

    def __init__(self, spec: ThresholdSpec) -> None:
        super().__init__(spec)
        self._width = spec.window.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        w = self.spec.window
        return tuple(SeriesNeed(t, lookback=w, lookahead=w) for t in sorted(self.spec.event_types))

    def watches_watermark(self) -> bool:
        return True

    def _sum(self, series: Series, end: float) -> tuple[float, int, int]:
        """Sum over the window (end - window, end], and the window's points as a range."""
        lo, hi = series.after(end - self._width), series.after(end)
        return float(series.total(self.spec.count, lo, hi)), lo, hi

    def _unit(self) -> str:
        return self.spec.count or "events"

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if not self.accepts(event.theatre, point, sources):
            return []
        own = state.rule_state(event.theatre, self.id)
        points = self.points(state, event.theatre, self.spec.event_types)
        t, width = point.time, self._width
        alerts = self._resolve(state, event.theatre, points, until=t, emitted_at=emitted_at) if own.get(ACTIVE) else []
        for end in sorted(set(points.times[points.from_(t) : points.from_(t + width)])):
            total, lo, hi = self._sum(points, end)
            if total < self.spec.threshold:
                continue
            active = own.get(ACTIVE)
            if active and end >= active["crossed"] - width:
                return alerts  # part of the wave already firing
            inside = points.points[lo:hi]
            own[ACTIVE] = {"crossed": end, "checked": end, "start": inside[0].time}
            state.touch(event.theatre, self.id)
            summary = (
                f"{self.spec.title} in {event.theatre}: {total:g} {self._unit()} within {hours(width)} "
                f"({when(end - width)} – {when(end)}), at or above the threshold of {self.spec.threshold:g}."
            )
            return [
                *alerts,
                self.alert(
                    theatre=event.theatre,
                    key=str(end),
                    summary=summary,
                    starts_at=inside[0].time,
                    at=end,
                    evidence=[event],
                    event_ids=[p.event_id for p in inside],
                    values={"sum": total, "threshold": self.spec.threshold, "window_hours": width / 3600},
                    emitted_at=emitted_at,
                ),
            ]
        return alerts

    def on_watermark(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        points = self.points(state, theatre, self.spec.event_types)
        return self._resolve(state, theatre, points, until=state.watermark(theatre), emitted_at=emitted_at)

    def look(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        active, watermark = state.rule_state(theatre, self.id).get(ACTIVE), state.watermark(theatre)
        if active and watermark > active["checked"]:
            active["checked"] = watermark
            state.touch(theatre, self.id)
        return []

    def next_due(self, state: EngineState, theatre: str) -> float:
        """While a wave fires: when the first point not looked at yet leaves the window."""
        active = state.rule_state(theatre, self.id).get(ACTIVE)
        if not active:
            return NEVER
        width = self._width
        points = self.points(state, theatre, self.spec.event_types)
        first = points.after(active["checked"] - width)
        return points.times[first] + width if first < len(points.times) else NEVER

    def _resolve(
        self, state: EngineState, theatre: str, points: Series, until: float, emitted_at: datetime
    ) -> list[Alert]:
        """End the firing wave at the first moment up to `until` its window fell below the threshold."""
        own = state.rule_state(theatre, self.id)
        active = own.get(ACTIVE)
        if not active:
            return []
        width = self._width
        # The window can only fall below the threshold when a point leaves it.
        window = points.times[points.after(active["checked"] - width) : points.after(until - width)]
        for end in sorted({time + width for time in window}):
            total, _, _ = self._sum(points, end)
            if end > active["crossed"] and total < self.spec.threshold:
                del own[ACTIVE]
                state.touch(theatre, self.id)
                summary = (
                    f"{self.spec.title} in {theatre} ended: {total:g} {self._unit()} in the {hours(width)} "
                    f"to {when(end)}, below the threshold of {self.spec.threshold:g}."
                )
                return [
                    self.alert(
                        theatre=theatre,
                        key=str(active["crossed"]),
                        summary=summary,
                        starts_at=active["start"],
                        ends_at=end,
                        status=AlertStatus.RESOLVED,
                        values={"sum": total, "threshold": self.spec.threshold, "window_hours": width / 3600},
                        emitted_at=emitted_at,
                    )
                ]
        if until > active["checked"]:
            active["checked"] = until
            state.touch(theatre, self.id)
        return []
