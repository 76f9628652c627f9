"""gap_ended: an event after a silence of at least `min_gap` (a rocket lull ending).

The silence is the longer of the stream's own gap (time since the previous event
of the same type) and a reported pause ("stopped for eight hours … before
resuming") that ends at the resumption, within `pause_tolerance`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conflictwatch.models import Alert, Event, EventType, EvidenceRef, Severity, alert_fingerprint
from streams.rules.base import SeriesNeed
from streams.state import EngineState, Point


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _fmt(ts: float) -> str:
    return _utc(ts).strftime("%Y-%m-%d %H:%M UTC")


def hours(seconds: float) -> str:
    value = seconds / 3600
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


class GapEndedRule:
    kind = "gap_ended"

    def __init__(
        self,
        id: str,
        event_types: frozenset[EventType],
        min_gap: timedelta,
        pause_types: frozenset[EventType] = frozenset(),
        severity: Severity = Severity.WARNING,
        pause_tolerance: timedelta = timedelta(hours=1),
        pause_lookback: timedelta = timedelta(days=2),
        label: str = "Activity",
    ) -> None:
        self.id = id
        self.event_types = event_types
        self.min_gap = min_gap
        self.pause_types = pause_types
        self.severity = severity
        self.pause_tolerance = pause_tolerance
        self.pause_lookback = pause_lookback
        self.label = label

    def triggers(self) -> frozenset[EventType]:
        return self.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        own = tuple(SeriesNeed(t, predecessor=True) for t in sorted(self.event_types))
        pauses = tuple(SeriesNeed(t, lookback=self.pause_lookback) for t in sorted(self.pause_types))
        return own + pauses

    def _previous(self, state: EngineState, event: Event) -> Point | None:
        candidates = [state.series_of(event.theatre, t.value).latest_until(event.timestamp) for t in self.event_types]
        present = [p for p in candidates if p is not None]
        return max(present) if present else None

    def _reported_pause(self, state: EngineState, event: Event, previous: Point | None) -> Point | None:
        t = event.timestamp
        tolerance = self.pause_tolerance.total_seconds()
        earliest = t - self.pause_lookback.total_seconds()
        if previous is not None:
            earliest = max(earliest, previous.time - tolerance)
        pauses = [
            p
            for pause_type in self.pause_types
            for p in state.series_of(event.theatre, pause_type.value).between(earliest, t)
            if p.duration and abs(p.time + p.duration - t) <= tolerance
        ]
        return max(pauses, key=lambda p: p.duration) if pauses else None

    def evaluate(self, state: EngineState, event: Event, emitted_at: datetime) -> list[Alert]:
        t = event.timestamp
        previous = self._previous(state, event)
        stream_gap = t - previous.time if previous else 0.0
        pause = self._reported_pause(state, event, previous)
        reported_gap = pause.duration if pause else 0.0
        gap = max(stream_gap, reported_gap)
        if gap < self.min_gap.total_seconds():
            return []
        start = t - gap
        values = {"gap_hours": round(gap / 3600, 3)}
        evidence_of = ""
        if previous is not None:
            values["stream_gap_hours"] = round(stream_gap / 3600, 3)
        if pause is not None:
            values["reported_pause_hours"] = round(reported_gap / 3600, 3)
            evidence_of = f"; a pause of {hours(reported_gap)} hours was reported"
        summary = (
            f"{self.label} resumed in {event.theatre} at {_fmt(t)} after a gap of "
            f"{hours(gap)} hours (silent since {_fmt(start)}){evidence_of}."
        )
        return [
            Alert(
                fingerprint=alert_fingerprint(self.id, event.theatre, _utc(start)),
                rule=self.id,
                kind=self.kind,
                theatre=event.theatre,
                severity=self.severity,
                summary=summary,
                starts_at=_utc(start),
                ends_at=event.occurred_at,
                evidence=(EvidenceRef.of(event),),
                values=values,
                emitted_at=emitted_at,
            )
        ]
