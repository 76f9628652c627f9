"""The rule engine's state: plain data, no I/O.

The state stores fill it (the Redis store with just the slice a batch needs, the
in-memory store with everything) and persist what the engine recorded.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from conflictwatch.models import Event


@dataclass(frozen=True, order=True)
class Point:
    """One event in a series: its time, id, and reported duration (0 if none)."""

    time: float
    event_id: str
    duration: float = 0.0

    @classmethod
    def of(cls, event: Event) -> Point:
        duration = event.duration.total_seconds() if event.duration else 0.0
        return cls(event.timestamp, event.id, duration)

    def member(self) -> str:
        return f"{self.event_id}/{self.duration:g}" if self.duration else self.event_id

    @classmethod
    def from_member(cls, member: str, time: float) -> Point:
        event_id, _, duration = member.partition("/")
        return cls(time, event_id, float(duration) if duration else 0.0)


@dataclass
class Series:
    """Time-ordered points of one (theatre, event type)."""

    points: list[Point] = field(default_factory=list)

    def add(self, point: Point) -> None:
        bisect.insort(self.points, point)

    def latest_until(self, time: float) -> Point | None:
        """The latest point at or before `time` (simultaneous events leave no gap)."""
        index = bisect.bisect_right(self.points, (time,), key=lambda p: (p.time,))
        return self.points[index - 1] if index else None

    def between(self, start: float, end: float) -> list[Point]:
        lo = bisect.bisect_left(self.points, (start,), key=lambda p: (p.time,))
        hi = bisect.bisect_right(self.points, (end,), key=lambda p: (p.time,))
        return self.points[lo:hi]


SeriesKey = tuple[str, str]  # (theatre, event type)


@dataclass
class EngineState:
    seen: set[str] = field(default_factory=set)
    series: dict[SeriesKey, Series] = field(default_factory=dict)

    def series_of(self, theatre: str, event_type: str) -> Series:
        key = (theatre, event_type)
        found = self.series.get(key)
        if found is None:
            found = self.series[key] = Series()
        return found

    def copy(self) -> EngineState:
        return EngineState(seen=set(self.seen), series={key: Series(list(s.points)) for key, s in self.series.items()})

    def record(self, event: Event) -> None:
        self.seen.add(event.id)
        self.series_of(event.theatre, event.type.value).add(Point.of(event))
