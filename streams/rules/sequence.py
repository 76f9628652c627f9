"""sequence: an event of `then` within `within` after an event of `first` took
effect: rocket fire or strikes after a ceasefire took effect, or after an
announced pause. The alert names the side that broke it and how long it held.

Order of arrival does not matter: a late report of the commitment finds the
violations already recorded, a late violation finds the commitment. An event at the
very time of the commitment breaks nothing: two reports dated only to the same day
cannot tell which came first. Nor does fighting after the commitment was over: past
its duration, or after an event of `until` (the truce expired); an end reported only
after the breach was alerted does not take the alert back.
"""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, Event, EventType
from streams.rules.base import Rule, SeriesNeed, prune
from streams.rules.spec import SequenceSpec
from streams.rules.text import hours, when
from streams.state import EngineState, Point

BROKEN = "broken"
KEEP_BROKEN = 256


class SequenceRule(Rule[SequenceSpec]):
    spec_type = SequenceSpec

    def __init__(self, spec: SequenceSpec) -> None:
        super().__init__(spec)
        self._within = spec.within.total_seconds()

    def triggers(self) -> frozenset[EventType]:
        return self.spec.first | self.spec.then

    def needs(self) -> tuple[SeriesNeed, ...]:
        w = self.spec.within
        types = self.spec.first | self.spec.then | self.spec.until
        return tuple(SeriesNeed(t, lookback=w, lookahead=w) for t in sorted(types))

    def _in_force(self, state: EngineState, theatre: str, commitment: Point, at: float) -> bool:
        """Whether the commitment still held at `at`: within its duration, and not ended before."""
        if commitment.duration and at > commitment.time + commitment.duration:
            return False
        if not self.spec.until:
            return True
        ends = self.points(state, theatre, self.spec.until)
        return ends.after(commitment.time) == ends.after(at)

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        if not self.accepts(event.theatre, point, sources):
            return []
        within, t, event_id = self._within, point.time, point.event_id
        pairs: list[tuple[Point, Point]] = []
        if event.type in self.spec.then:
            commitments = self.points(state, event.theatre, self.spec.first)
            # the latest commitment before the event within `within` (most streams have none)
            points, lo = commitments.points, commitments.from_(t - within)
            for index in range(commitments.after(t) - 1, lo - 1, -1):
                commitment = points[index]
                if commitment.event_id != event_id and commitment.time < t:
                    if self._in_force(state, event.theatre, commitment, t):
                        pairs.append((commitment, point))
                    break
        if event.type in self.spec.first:
            violations = self.points(state, event.theatre, self.spec.then)
            # the earliest violation after the commitment within `within`
            points = violations.points
            for index in range(violations.from_(t), violations.after(t + within)):
                violation = points[index]
                if violation.event_id != event_id and violation.time > t:
                    if self._in_force(state, event.theatre, point, violation.time):
                        pairs.append((point, violation))
                    break
        if not pairs:
            return []
        own = state.rule_state(event.theatre, self.id)
        done: dict[str, float] = own.setdefault(BROKEN, {})
        alerts = []
        for commitment, violation in pairs:
            if commitment.event_id in done:
                continue
            done[commitment.event_id] = commitment.time
            prune(done, KEEP_BROKEN)
            state.touch(event.theatre, self.id)
            held = violation.time - commitment.time
            side = f" by {violation.side}" if violation.side else ""
            summary = (
                f"{self.spec.title} in {event.theatre}: an event{side} at {when(violation.time)} broke the "
                f"commitment in effect since {when(commitment.time)}, which held for {hours(held)}."
            )
            alerts.append(
                self.alert(
                    theatre=event.theatre,
                    key=commitment.event_id,
                    summary=summary,
                    starts_at=commitment.time,
                    ends_at=violation.time,
                    evidence=[event],
                    event_ids=[commitment.event_id, violation.event_id],
                    values={"held_hours": round(held / 3600, 3)},
                    sources=sources,
                    emitted_at=emitted_at,
                )
            )
        return alerts
