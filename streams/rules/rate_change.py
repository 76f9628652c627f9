"""rate_change: a window's rate against the rate of the longer baseline just
before it (a surge of rocket fire). A quiet baseline counts as one event per
baseline, so a surge out of silence still needs `factor` times that."""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule, SeriesNeed
from streams.rules.spec import RateChangeSpec
from streams.rules.text import hours, when
from streams.state import EngineState, Point, Series

LAST = "last_fired"


class RateChangeRule(Rule[RateChangeSpec]):
    spec_type = RateChangeSpec

    def __init__(self, spec: RateChangeSpec) -> None:
        super().__init__(spec)
        self._window = spec.window.total_seconds()
        self._baseline = spec.baseline.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        back = self.spec.window + self.spec.baseline
        return tuple(SeriesNeed(t, lookback=back) for t in sorted(self.spec.event_types))

    def _sum(self, series: Series, start: float, end: float) -> tuple[float, int]:
        lo, hi = series.after(start), series.after(end)
        return float(series.total(self.spec.count, lo, hi)), hi - lo

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if not self.accepts(event.theatre, point, sources):
            return []
        t = point.time
        window, baseline = self._window, self._baseline
        own = state.rule_state(event.theatre, self.id)
        if t - own.get(LAST, float("-inf")) < window:
            return []
        points = self.points(state, event.theatre, self.spec.event_types)
        current, events = self._sum(points, t - window, t)
        before, _ = self._sum(points, t - window - baseline, t - window)
        if events < self.spec.min_events:
            return []
        rate, base_rate = current / window, max(before, 1.0) / baseline
        ratio = rate / base_rate
        if ratio < self.spec.factor:
            return []
        own[LAST] = t
        state.touch(event.theatre, self.id)
        summary = (
            f"{self.spec.title} in {event.theatre}: {current:g} {self.spec.count or 'events'} in the "
            f"{hours(window)} to {when(t)}, {ratio:.1f}× the rate of the {hours(baseline)} before."
        )
        bucket = t - t % window
        return [
            self.alert(
                theatre=event.theatre,
                key=str(bucket),
                summary=summary,
                starts_at=t - window,
                ends_at=t,
                evidence=[event],
                values={"window_sum": current, "baseline_sum": before, "ratio": round(ratio, 3)},
                emitted_at=emitted_at,
            )
        ]
