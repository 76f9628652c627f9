"""A theatre's coverage from heartbeats: spans merged per source, covered time,
gaps and how far a silence must run to be long enough in covered time."""

from __future__ import annotations

from streams.coverage import NEVER, TheatreCoverage, merge
from tests.factories import event, heartbeat

H = 3600.0
T0 = event(at=0).timestamp


def at(hours: float) -> float:
    return T0 + hours * H


def coverage(*spans: tuple[float, float, str]) -> TheatreCoverage:
    found = TheatreCoverage()
    for start, end, source in spans:
        found.add(heartbeat(start, end, source=source))
    return found


def test_spans_that_overlap_or_touch_merge() -> None:
    assert merge([(5, 6), (0, 2), (2, 3), (1, 2.5)]) == [(0, 3), (5, 6)]


def test_time_before_the_first_heartbeat_counts_as_covered_after_it_only_what_a_source_covered() -> None:
    found = coverage((2, 4, "a"), (6, 8, "b"))
    assert found.known_from == at(2)
    assert found.covered(at(0), at(10)) == 2 * H + 2 * H + 2 * H  # 0-2 unknown, 2-4, 6-8
    assert found.heard(at(0), at(10)) == 4 * H
    assert list(found.gaps()) == [(at(4), at(6)), (at(8), NEVER)]


def test_reach_skips_the_stretches_nobody_covered() -> None:
    found = coverage((0, 3, "a"), (5, 20, "a"))
    assert found.reach(at(1), 6 * H) == at(9)  # 1-3, then 5-9
    assert found.reach(at(1), 30 * H) == NEVER  # the spans known so far end first
    assert coverage((5, 6, "a")).reach(at(0), 6 * H) == at(6)  # 0-5 before coverage was known, then 5-6


def test_live_sources_cover_the_whole_stretch() -> None:
    found = coverage((0, 10, "a"), (0, 4, "b"), (6, 10, "b"))
    assert found.live(at(1), at(9)) == 1
    assert found.live_at(at(7)) == 2


def test_trim_forgets_spans_and_sources_older_than_the_horizon() -> None:
    found = coverage((0, 1, "a"), (5, 6, "a"), (0, 2, "b"))
    assert found.trim(at(3)) == {"a", "b"}
    assert list(found.sources) == ["a"]
    assert found.sources["a"].spans == [(at(5), at(6))]
