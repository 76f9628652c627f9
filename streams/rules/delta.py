"""delta: a reported cumulative figure (a death toll, per place) jumping by at
least `min_increase_pct` over the previous report, or passing one of `marks`.
A later report with a lower figure than the one alerted is a correction, sent
under the same fingerprint; one below half of it counts something narrower (a
district's share, one day's dead) and corrects nothing. Only figures reported
within `compare_within` of each other are compared."""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, AlertStatus, Event, EventType
from streams.rules.base import Rule, SeriesNeed, held, prune
from streams.rules.spec import DeltaSpec
from streams.rules.text import when
from streams.state import EngineState, Point, Series

LAST = "last_alerted"
KEEP_PLACES = 256


class DeltaRule(Rule[DeltaSpec]):
    spec_type = DeltaSpec

    def __init__(self, spec: DeltaSpec) -> None:
        super().__init__(spec)
        self._compare_within = spec.compare_within.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        # every figure it may compare with, so the worker's window holds what a backtest reads
        lookback = self.spec.compare_within
        return tuple(SeriesNeed(t, lookback=lookback, predecessor=True) for t in sorted(self.spec.event_types))

    def _previous(self, series: Series, point: Point) -> Point | None:
        """The latest earlier report of the figure for the same place."""
        oldest = point.time - self._compare_within
        for index in range(series.after(point.time) - 1, -1, -1):
            before = series.points[index]
            if before.time < oldest:
                return None
            if (
                before.place == point.place
                and before.event_id != point.event_id
                and before.count(self.spec.count, -1) >= 0
            ):
                return before
        return None

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        value = point.count(self.spec.count, -1)  # counts are never negative
        if value < 0 or not self.accepts(event.theatre, point, sources):
            return []
        t = point.time
        place = point.place or event.theatre
        name = event.location.name if event.location else event.theatre
        previous = self._previous(self.points(state, event.theatre, self.spec.event_types), point)
        before = dict(previous.counts)[self.spec.count] if previous else 0
        own = state.rule_state(event.theatre, self.id)
        last: dict[str, dict[str, float | str]] = held(own, LAST)
        alerts = []
        alerted = last.get(place)
        if alerted and t - float(alerted["time"]) > self._compare_within:
            alerted = None
        if alerted and float(alerted["value"]) / 2 <= value < float(alerted["value"]) and t >= float(alerted["time"]):
            revision = int(alerted.get("revision", 0)) + 1
            alerted.update(value=value, time=t, revision=revision)
            state.touch(event.theatre, self.id)
            summary = (
                f"{self.spec.title} in {name} revised to {value:,} on {when(t)} (an alert reported {before:,} or more)."
            )
            alerts.append(
                self._alert(
                    event,
                    str(alerted["key"]),
                    summary,
                    value,
                    before,
                    emitted_at,
                    AlertStatus.CORRECTED,
                    revision,
                    sources,
                )
            )
            return alerts
        jumped = (
            self.spec.min_increase_pct is not None
            and before > 0
            and (value - before) * 100 / before >= self.spec.min_increase_pct
        )
        passed = [m for m in self.spec.marks if before < m <= value] if previous else []
        for mark in passed[-1:]:
            key = f"{place}|mark|{mark}"
            summary = f"{self.spec.title} in {name} passed {mark:,}: {value:,} reported on {when(t)}" + (
                f" (previously {before:,})." if previous else "."
            )
            alerts.append(self._alert(event, key, summary, value, before, emitted_at, sources=sources))
        if jumped and not passed:
            key = f"{place}|{t}"
            summary = (
                f"{self.spec.title} in {name} rose from {before:,} to {value:,} "
                f"(+{(value - before) * 100 / before:.0f}%) by {when(t)}."
            )
            alerts.append(self._alert(event, key, summary, value, before, emitted_at, sources=sources))
        if alerts:
            last[place] = {"value": value, "time": t, "key": key}
            prune(last, KEEP_PLACES)
            state.touch(event.theatre, self.id)
        return alerts

    def _alert(
        self,
        event: Event,
        key: str,
        summary: str,
        value: int,
        before: int,
        emitted_at: datetime,
        status: AlertStatus = AlertStatus.FIRING,
        revision: int = 0,
        sources: int = 1,
    ) -> Alert:
        return self.alert(
            theatre=event.theatre,
            key=key,
            summary=summary,
            starts_at=event.timestamp,
            evidence=[event],
            values={"value": value, "previous": before},
            status=status,
            revision=revision,
            sources=sources,
            emitted_at=emitted_at,
        )
