"""The rule engine's state: plain data, no I/O.

The state stores fill it (with the window of series the rules declare, see
`streams.window`) and persist what the engine changed.
"""

from __future__ import annotations

import bisect
import copy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from conflictwatch.models import COUNT_FIELDS, Event, Heartbeat, TimePrecision
from streams.coverage import TheatreCoverage

COUNT_NAMES = frozenset(COUNT_FIELDS)
PRECISE = (TimePrecision.EXACT, TimePrecision.HOUR)
SeriesKey = tuple[str, str]  # (theatre, event type)
RuleKey = tuple[str, str]  # (theatre, rule id)
ViewKey = tuple[str, frozenset[str], str]  # (theatre, event types, filters)
NEVER = float("inf")
NOT_KNOWN = float("-inf")  # a due time not worked out yet: due now


def point_order(point: Point) -> tuple[float, str]:
    return point.time, point.event_id


@dataclass(slots=True)
class Point:
    """What the rules need to know of one event in a series. Never changed once
    made, but not frozen: one is built for every event, and a frozen dataclass
    takes four times as long to build."""

    time: float
    event_id: str
    duration: float = 0.0
    counts: tuple[tuple[str, int], ...] = ()
    place: str = ""
    side: str = ""
    confidence: float = 1.0
    precise: bool = True  # time known to the hour or better (not a day or a span)
    running: bool = False  # its figures are a running total, not one incident's

    @classmethod
    def of(cls, event: Event) -> Point:
        counts, duration, location = event.counts, event.duration, event.location
        figures = counts.__dict__  # the model's fields, read without a call per field
        # A count is given only if set: the fields set are few (often none), the fields many.
        given = [(name, figures[name]) for name in counts.__pydantic_fields_set__ if name in COUNT_NAMES]
        if len(given) > 1:
            given.sort()
        actor, source = event.actors.actor1, event.source
        return cls(
            event.occurred_at.timestamp(),
            event.event_id,  # type: ignore[arg-type]  # set by the model's validator
            duration.total_seconds() if duration else 0.0,
            tuple([item for item in given if item[1] is not None]) if given else (),
            location.name.casefold() if location else "",
            actor.side if actor else "",
            source.confidence,
            event.time_precision in PRECISE,
            figures["cumulative"],
        )

    def count(self, name: str | None, default: int = 1) -> int:
        """The named count, or `default` when the report gives none (an event counts once)."""
        for key, value in self.counts:
            if key == name:
                return value
        return default

    def member(self) -> str:
        """Compact, deterministic encoding (a sorted-set member in Redis)."""
        fields = [self.event_id, self.duration, dict(self.counts), self.place, self.side, self.confidence, self.precise]
        return json.dumps([*fields, True] if self.running else fields, separators=(",", ":"))

    @classmethod
    def from_member(cls, member: str, time: float) -> Point:
        """Members written before `running` existed have seven fields."""
        event_id, duration, counts, place, side, confidence, precise, *running = json.loads(member)
        return cls(
            time, event_id, duration, tuple(sorted(counts.items())), place, side, confidence, precise, bool(running)
        )


@dataclass
class Series:
    """Points in time order, with their times in a parallel list so lookups
    bisect in C. Points of the same time are in event id order, so the order
    never depends on arrival: a series rebuilt from Redis (whose sorted sets
    order equal scores by member, and a member begins with the event id) or
    merged from several types is the one the engine built event by event."""

    points: list[Point] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    # Running totals of a count over the points (sums[name][i] is the total of
    # points[:i] plus a constant), kept as points come and go once a rule asked.
    sums: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, points: list[Point]) -> Series:
        ordered = sorted(points, key=point_order)
        return cls(ordered, [p.time for p in ordered])

    def add(self, point: Point) -> None:
        times, points, time = self.times, self.points, point.time
        if not times or time > times[-1]:
            times.append(time)
            points.append(point)
            for name, running in self.sums.items():
                running.append(running[-1] + point.count(name))
            return
        index = bisect.bisect_right(times, time)
        while index and times[index - 1] == time and points[index - 1].event_id > point.event_id:
            index -= 1
        times.insert(index, time)
        points.insert(index, point)
        for name, running in self.sums.items():
            value = point.count(name)
            running[index + 1 :] = [total + value for total in running[index:]]

    def total(self, name: str | None, lo: int, hi: int) -> int:
        """The sum of a count over points[lo:hi] (the number of points if `name`
        is None; a point without the count counts once)."""
        if name is None:
            return hi - lo
        running = self.sums.get(name)
        if running is None:
            running = self.sums[name] = list(accumulate((p.count(name) for p in self.points), initial=0))
        return running[hi] - running[lo]

    def after(self, time: float) -> int:
        """Index of the first point later than `time`."""
        return bisect.bisect_right(self.times, time)

    def from_(self, time: float) -> int:
        """Index of the first point at or after `time`."""
        return bisect.bisect_left(self.times, time)

    def drop_before(self, index: int) -> None:
        del self.points[:index]
        del self.times[:index]
        for running in self.sums.values():
            del running[:index]

    def copy(self) -> Series:
        return Series(list(self.points), list(self.times), {name: list(r) for name, r in self.sums.items()})


@dataclass
class View:
    """The accepted points of several series of one theatre, kept up to date as
    points are recorded: what a rule with filters, or reading several types, reads."""

    event_types: frozenset[str]
    accepts: Callable[[Point], bool] | None  # None: every point
    series: Series

    def copy(self) -> View:
        return View(self.event_types, self.accepts, self.series.copy())


@dataclass
class Schedule:
    """The time-driven rules of a theatre, by rule id: the watermark each must
    reach before it may act (`Rule.next_due`), the earliest of these, and the
    watermark each last looked at."""

    dues: dict[str, float] = field(default_factory=dict)
    earliest: float = NOT_KNOWN
    looked: dict[str, float] = field(default_factory=dict)

    def copy(self) -> Schedule:
        return Schedule(dict(self.dues), self.earliest, dict(self.looked))


@dataclass
class EngineState:
    seen: set[str] = field(default_factory=set)
    outlets: dict[str, set[str]] = field(default_factory=dict)
    series: dict[SeriesKey, Series] = field(default_factory=dict)
    rules: dict[RuleKey, dict[str, Any]] = field(default_factory=dict)
    watermarks: dict[str, float] = field(default_factory=dict)
    dirty_rules: set[RuleKey] = field(default_factory=set)
    coverage: dict[str, TheatreCoverage] = field(default_factory=dict)  # by theatre, from heartbeats
    dirty_coverage: set[tuple[str, str]] = field(default_factory=set)  # (theatre, source)
    # Derived, never persisted: views are built when a rule first reads them, a
    # theatre's schedule on its first advance.
    views: dict[ViewKey, View] = field(default_factory=dict)
    feeds: dict[SeriesKey, list[View]] = field(default_factory=dict)  # the views a series' points go to
    schedules: dict[str, Schedule] = field(default_factory=dict)  # by theatre

    def series_of(self, theatre: str, event_type: str) -> Series:
        key = (theatre, event_type)
        found = self.series.get(key)
        if found is None:
            found = self.series[key] = Series()
        return found

    def add_point(self, theatre: str, event_type: str, point: Point) -> None:
        """A point into its series and into the views that accept it."""
        key = (theatre, event_type)
        found = self.series.get(key)
        if found is None:
            found = self.series[key] = Series()
        found.add(point)
        for view in self.feeds.get(key, ()):
            if view.accepts is None or view.accepts(point):
                view.series.add(point)

    def view(
        self, theatre: str, event_types: frozenset[str], filters: str, accepts: Callable[[Point], bool] | None
    ) -> Series:
        """The points of these types that `accepts` (named `filters`) takes, in
        time order: built from the series on first use, then kept with them."""
        key = (theatre, event_types, filters)
        found = self.views.get(key)
        if found is None:
            points = [p for t in event_types for p in self.series_of(theatre, t).points]
            found = View(event_types, accepts, Series.of(points if accepts is None else list(filter(accepts, points))))
            self._add_view(key, found)
        return found.series

    def _add_view(self, key: ViewKey, view: View) -> None:
        self.views[key] = view
        for event_type in view.event_types:
            self.feeds.setdefault((key[0], event_type), []).append(view)

    def rule_state(self, theatre: str, rule_id: str) -> dict[str, Any]:
        """A rule's own state for a theatre; mark it changed with `touch`."""
        key = (theatre, rule_id)
        found = self.rules.get(key)
        if found is None:
            found = self.rules[key] = {}
        return found

    def touch(self, theatre: str, rule_id: str) -> None:
        self.dirty_rules.add((theatre, rule_id))

    def coverage_of(self, theatre: str) -> TheatreCoverage | None:
        """The theatre's coverage; None when it never had a heartbeat."""
        found = self.coverage.get(theatre)
        return found if found is not None and found.sources else None

    def cover(self, heartbeat: Heartbeat) -> bool:
        """A heartbeat into its theatre's coverage; whether it changed anything."""
        theatre = heartbeat.theatre
        found = self.coverage.get(theatre)
        if found is None:
            found = self.coverage[theatre] = TheatreCoverage()
        if not found.add(heartbeat):
            return False
        self.dirty_coverage.add((theatre, heartbeat.source))
        return True

    def watermark(self, theatre: str) -> float:
        return self.watermarks.get(theatre, NOT_KNOWN)

    def advance(self, theatre: str, time: float) -> None:
        if time > self.watermark(theatre):
            self.watermarks[theatre] = time

    def record(self, event: Event, point: Point | None = None) -> None:
        point = point or Point.of(event)
        event_id = point.event_id
        self.seen.add(event_id)
        outlets = self.outlets.get(event_id)
        if outlets is None:
            self.outlets[event_id] = {event.source.outlet}
        else:
            outlets.add(event.source.outlet)
        self.add_point(event.theatre, event.type, point)

    def trim(self, event_types: frozenset[str], reach: float) -> None:
        """Keep the series of `event_types` only, from `reach` behind their
        theatre's watermark on, and the latest point of each before that; the
        views keep what they would hold if built from what is kept."""
        for key in [key for key in self.series if key[1] not in event_types]:
            del self.series[key]
        if any(not view.event_types <= event_types for view in self.views.values()):
            kept = [(key, view) for key, view in self.views.items() if view.event_types <= event_types]
            self.views, self.feeds = {}, {}
            for view_key, view in kept:
                self._add_view(view_key, view)
        for (theatre, _), series in self.series.items():
            cut = series.from_(self.watermark(theatre) - reach)
            if cut > 1:
                series.drop_before(cut - 1)
        for (theatre, _, _), view in self.views.items():
            start = self.watermark(theatre) - reach
            cut = view.series.from_(start)
            if cut:
                view.series = self._trimmed(view, theatre, start, cut)

    def _trimmed(self, view: View, theatre: str, start: float, cut: int) -> Series:
        """The view without the points before `start` its series no longer hold."""
        kept: set[str] = set()
        for event_type in view.event_types:
            series = self.series.get((theatre, event_type))
            if series is not None and series.times and series.times[0] < start:
                kept.add(series.points[0].event_id)
        series, points = view.series, view.series.points
        dropped = [i for i in range(cut) if points[i].event_id not in kept]
        if dropped == list(range(len(dropped))):  # a run from the front: the running totals stay valid
            series.drop_before(len(dropped))
            return series
        remaining = [p for i, p in enumerate(points) if i >= cut or p.event_id in kept]
        return Series(remaining, [p.time for p in remaining])

    def forget(self, theatres: Iterable[str]) -> None:
        """Drop everything held of these theatres (to be loaded again)."""
        drop = set(theatres)
        self.series = {k: v for k, v in self.series.items() if k[0] not in drop}
        self.rules = {k: v for k, v in self.rules.items() if k[0] not in drop}
        self.watermarks = {k: v for k, v in self.watermarks.items() if k not in drop}
        self.dirty_rules = {k for k in self.dirty_rules if k[0] not in drop}
        self.coverage = {k: v for k, v in self.coverage.items() if k not in drop}
        self.dirty_coverage = {k for k in self.dirty_coverage if k[0] not in drop}
        self.views = {k: v for k, v in self.views.items() if k[0] not in drop}
        self.feeds = {k: v for k, v in self.feeds.items() if k[0] not in drop}
        self.schedules = {k: v for k, v in self.schedules.items() if k not in drop}

    def copy(self) -> EngineState:
        state = EngineState(
            seen=set(self.seen),
            outlets={k: set(v) for k, v in self.outlets.items()},
            series={key: s.copy() for key, s in self.series.items()},
            rules=copy.deepcopy(self.rules),
            watermarks=dict(self.watermarks),
            coverage={theatre: c.copy() for theatre, c in self.coverage.items()},
            schedules={theatre: schedule.copy() for theatre, schedule in self.schedules.items()},
        )
        for key, view in self.views.items():
            state._add_view(key, view.copy())
        return state
