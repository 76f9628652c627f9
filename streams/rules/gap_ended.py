"""gap_ended: an event after a silence of at least `min_gap` (a rocket lull ending).

The silence is the longer of the stream's own gap (time since the previous event
of the same types) and a reported pause ("stopped for eight hours … before
resuming": an event of `pause_types` with a duration) that ends at the event,
within `pause_tolerance`. The stream's gap counts only its covered time
(`streams.rules.silence`): a gap during which the theatre's sources were not
being read is no lull. A reported pause counts whole: it reports the silence
itself. A report arriving late from inside an alerted gap corrects the alert (a
shorter gap) or retracts it (no gap left).
"""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, AlertCoverage, AlertStatus, Event, EventType
from streams.rules.base import Rule, SeriesNeed, held, prune, type_names
from streams.rules.silence import assess, meets
from streams.rules.spec import GapEndedSpec
from streams.rules.text import hours, when
from streams.state import EngineState, Point

ALERTED = "alerted"
KEEP_ALERTED = 64


class GapEndedRule(Rule[GapEndedSpec]):
    spec_type = GapEndedSpec

    def __init__(self, spec: GapEndedSpec) -> None:
        super().__init__(spec)
        self._pause_tolerance = spec.pause_tolerance.total_seconds()
        self._pause_lookback = spec.pause_lookback.total_seconds()
        self._min_gap = spec.min_gap.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        own = tuple(
            SeriesNeed(t, predecessor=True, lookahead=self.spec.pause_lookback) for t in sorted(self.spec.event_types)
        )
        pauses = tuple(SeriesNeed(t, lookback=self.spec.pause_lookback) for t in sorted(self.spec.pause_types))
        return own + pauses

    def _previous(self, state: EngineState, theatre: str, point: Point) -> Point | None:
        """The latest accepted point at or before this one, other than itself.
        Only events timed to the hour make a gap: "rocket fire on May 10" says
        nothing about when in the day it stopped."""
        accepts = self._filter
        best: Point | None = None
        for event_type in self.spec.event_types:
            series = state.series_of(theatre, event_type)
            points, index = series.points, series.after(point.time)
            while index:
                index -= 1
                before = points[index]
                if before.event_id != point.event_id and before.precise and (accepts is None or accepts(before)):
                    if best is None or before.time > best.time:
                        best = before
                    break
        return best

    def _reported_pause(self, state: EngineState, theatre: str, t: float, previous: Point | None) -> Point | None:
        tolerance = self._pause_tolerance
        earliest = t - self._pause_lookback
        if previous is not None:
            earliest = max(earliest, previous.time - tolerance)
        series = self.points(state, theatre, self.spec.pause_types)
        if not series.times:
            return None
        pauses = [
            p
            for p in series.points[series.after(earliest) : series.after(t)]
            if p.duration and abs(p.time + p.duration - t) <= tolerance
        ]
        return max(pauses, key=lambda p: p.duration) if pauses else None

    def _summary(
        self, theatre: str, end: float, gap: float, reported: float, coverage: AlertCoverage | None = None
    ) -> str:
        note = f"; a pause of {hours(reported)} was reported" if reported else ""
        if coverage is not None and coverage.basis == "heartbeats":
            note += f"; {coverage.summary}"
        return (
            f"{self.spec.title} resumed in {theatre} at {when(end)} after a gap of {hours(gap)} "
            f"(silent since {when(end - gap)}){note}."
        )

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if not self.accepts(event.theatre, point, sources):
            return []
        own = state.rule_state(event.theatre, self.id)
        alerted: dict[str, dict[str, float]] = held(own, ALERTED)
        t = point.time
        alerts = self._correct(state, event, t, alerted, emitted_at) if alerted else []
        previous = self._previous(state, event.theatre, point) if point.precise else None
        stream_gap = t - previous.time if previous else 0.0
        pause = self._reported_pause(state, event.theatre, t, previous)
        reported = pause.duration if pause else 0.0
        gap, min_gap = max(stream_gap, reported), self._min_gap
        if gap < min_gap or str(t) in alerted:
            return alerts
        own_types = type_names(self.spec.event_types | self.spec.pause_types)[0]
        silence = assess(state, event.theatre, t - gap, t, own_types)
        if reported < min_gap and silence.counted < min_gap:
            return alerts  # the sources were not being read for most of it
        if not meets(self.spec.coverage, silence.coverage):
            return alerts
        alerted[str(t)] = {"start": t - gap, "reported": reported}
        prune(alerted, KEEP_ALERTED)
        state.touch(event.theatre, self.id)
        values = {"gap_hours": round(gap / 3600, 3)}
        if previous is not None:
            values["stream_gap_hours"] = round(stream_gap / 3600, 3)
        if pause is not None:
            values["reported_pause_hours"] = round(reported / 3600, 3)
        if silence.coverage.basis == "heartbeats":
            values["covered_hours"] = round(silence.counted / 3600, 3)
        related = [p.event_id for p in (previous, pause) if p is not None]
        alerts.append(
            self.alert(
                theatre=event.theatre,
                key=str(t),
                summary=self._summary(event.theatre, t, gap, reported, silence.coverage),
                starts_at=t - gap,
                ends_at=t,
                evidence=[event],
                event_ids=related,
                values=values,
                sources=sources,
                coverage=silence.coverage,
                emitted_at=emitted_at,
            )
        )
        return alerts

    def _correct(
        self, state: EngineState, event: Event, t: float, alerted: dict[str, dict[str, float]], emitted_at: datetime
    ) -> list[Alert]:
        """An event (at `t`) inside an alerted gap shortens it: correct or retract that alert."""
        alerts = []
        for end_key, gap in alerted.items():
            end = float(end_key)
            if not gap["start"] < t < end:
                continue
            new_gap = max(end - t, gap["reported"])
            if new_gap == end - gap["start"]:
                continue
            revision = int(gap.get("revision", 0)) + 1
            gap.update(start=end - new_gap, revision=revision)
            state.touch(event.theatre, self.id)
            if new_gap >= self._min_gap:
                status, summary = AlertStatus.CORRECTED, self._summary(event.theatre, end, new_gap, gap["reported"])
            else:
                status = AlertStatus.RETRACTED
                summary = (
                    f"{self.spec.title} in {event.theatre} was not silent before {when(end)}: a report of "
                    f"{when(t)} leaves a gap of {hours(new_gap)}, under {hours(self._min_gap)}."
                )
            alerts.append(
                self.alert(
                    theatre=event.theatre,
                    key=end_key,
                    summary=summary,
                    starts_at=end - new_gap,
                    ends_at=end,
                    evidence=[event],
                    values={"gap_hours": round(new_gap / 3600, 3)},
                    status=status,
                    revision=revision,
                    emitted_at=emitted_at,
                )
            )
        return alerts
