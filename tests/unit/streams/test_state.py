"""The engine's state as plain data: series order and what copies keep."""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.state import EngineState, Point, Series


def point(time: float, digit: str) -> Point:
    return Point(time=time, event_id="ev_" + digit * 24)


def test_points_of_the_same_time_are_in_event_id_order_whatever_the_order_they_came_in() -> None:
    points = [point(1.0, "3"), point(1.0, "a"), point(1.0, "1"), point(0.0, "f"), point(2.0, "0")]
    expected = sorted(points, key=lambda p: (p.time, p.event_id))
    for arrival in permutations(points):
        series = Series()
        for p in arrival:
            series.add(p)
        assert series.points == expected
        assert series.times == [p.time for p in expected]
    assert Series.of(points).points == expected


def test_a_count_the_point_does_not_give_counts_as_the_default() -> None:
    p = Point(time=0.0, event_id="ev_" + "0" * 24, counts=(("killed", 3), ("strikes", 2)))
    assert (p.count("strikes"), p.count("killed"), p.count("injured"), p.count(None)) == (2, 3, 1, 1)
    assert p.count("injured", -1) == -1


def test_running_totals_follow_points_added_in_any_order_and_dropped_from_the_front() -> None:
    series = Series()
    added = [(5.0, 3), (1.0, 2), (9.0, 4), (5.0, 1), (0.5, 7), (12.0, 0)]
    for index, (time, strikes) in enumerate(added):
        counts = (("strikes", strikes),) if strikes else ()
        series.add(Point(time=time, event_id=f"ev_{index:024d}", counts=counts))
        assert series.total("strikes", 0, len(series.points)) == sum(p.count("strikes") for p in series.points)
    plain = [p.count("strikes") for p in series.points]
    for lo in range(len(plain)):
        for hi in range(lo, len(plain) + 1):
            assert series.total("strikes", lo, hi) == sum(plain[lo:hi])
            assert series.total(None, lo, hi) == hi - lo
    copied = series.copy()
    series.drop_before(2)
    assert series.total("strikes", 0, len(series.points)) == sum(plain[2:])
    assert copied.total("strikes", 1, 4) == sum(plain[1:4])


def merged(state: EngineState, theatre: str, types: frozenset[str], accepts: Callable[[Point], bool]) -> list[Point]:
    """What a view holds: built afresh from the series."""
    return Series.of([p for t in types for p in state.series_of(theatre, t).points if accepts(p)]).points


def running(point: Point) -> bool:
    return point.running


TYPES = ("rocket_fire", "air_strike", "ground_clash")
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(TYPES), st.integers(0, 40), st.booleans()),
        st.tuples(st.just("trim"), st.integers(0, 50), st.integers(0, 20)),
    ),
    max_size=60,
)


@given(operations)
@settings(max_examples=300, deadline=None)
def test_a_view_holds_what_merging_its_series_afresh_gives_through_additions_and_trims(ops: list[Any]) -> None:
    state = EngineState()
    views = {
        (frozenset(TYPES[:2]), "running"): running,
        (frozenset(TYPES), ""): lambda p: True,  # as a rule without filters reads several types
        (frozenset(TYPES[1:2]), "running"): running,
    }
    for n, op in enumerate(ops):
        if op[0] == "add":
            _, event_type, hour, cumulative = op
            strikes = (("strikes", n % 4),) if n % 3 else ()
            point = Point(time=hour * 3600.0, event_id=f"ev_{n:024d}", counts=strikes, running=cumulative)
            state.add_point("t", event_type, point)
        else:
            _, watermark, reach = op
            state.advance("t", watermark * 3600.0)
            state.trim(frozenset(TYPES[:2]) if reach % 5 == 0 else frozenset(TYPES), reach * 3600.0)
        for (types, name), accepts in views.items():
            view = state.view("t", types, name, accepts)
            assert view.points == merged(state, "t", types, accepts)
            assert view.times == [p.time for p in view.points]
            plain = [p.count("strikes") for p in view.points]
            for lo in range(0, len(plain), 3):
                assert view.total("strikes", lo, len(plain)) == sum(plain[lo:])
        everything = frozenset(TYPES)
        assert state.copy().view("t", everything, "", None).points == merged(state, "t", everything, lambda p: True)
