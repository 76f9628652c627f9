"""The engine's state as plain data: series order and what copies keep."""

from __future__ import annotations

from itertools import permutations

from streams.state import Point, Series


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
