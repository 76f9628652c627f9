"""A rule's filters run as a function of only the checks they set (`Filters.predicate`):
it takes exactly the points the filters describe, whichever are set."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.rules.spec import Filters
from streams.state import Point

NAMES = ["killed", "strikes", "projectiles"]


def described(filters: Filters, point: Point) -> bool:
    """What the filters say in words, checked one by one from the point's fields."""
    counts = dict(point.counts)
    return (
        (not filters.locations or point.place in filters.locations)
        and (not filters.actor_sides or point.side in filters.actor_sides)
        and point.confidence >= filters.min_confidence
        and all(name in counts and counts[name] >= least for name, least in filters.min_counts.items())
        and all(counts.get(name, 0) <= most for name, most in filters.max_counts.items())
        and (
            filters.figures == "any"
            or (filters.figures == "running" and point.running)
            or (filters.figures == "incident" and not point.running)
        )
    )


filters = st.builds(
    lambda spec: Filters.model_validate(spec),
    st.fixed_dictionaries(
        {},
        optional={
            "locations": st.sets(st.sampled_from(["North", "south"]), max_size=2),
            "actor_sides": st.sets(st.sampled_from(["idf", "hamas"]), max_size=2),
            "min_confidence": st.sampled_from([0.0, 0.5, 0.9]),
            "min_counts": st.dictionaries(st.sampled_from(NAMES), st.integers(0, 30), max_size=2),
            "max_counts": st.dictionaries(st.sampled_from(NAMES), st.integers(0, 30), max_size=2),
            "figures": st.sampled_from(["any", "incident", "running"]),
        },
    ),
)


@st.composite
def points(draw: st.DrawFn) -> Point:
    counts: dict[str, Any] = draw(st.dictionaries(st.sampled_from(NAMES), st.integers(0, 40), max_size=3))
    return Point(
        time=0.0,
        event_id="ev_" + "0" * 24,
        counts=tuple(sorted(counts.items())),
        place=draw(st.sampled_from(["", "north", "south", "east"])),
        side=draw(st.sampled_from(["", "idf", "hamas"])),
        confidence=draw(st.sampled_from([0.3, 0.5, 0.9, 1.0])),
        running=draw(st.booleans()),
    )


@given(filters, st.lists(points(), min_size=1, max_size=20))
@settings(max_examples=400, deadline=None)
def test_the_filters_take_exactly_the_points_they_describe(rule_filters: Filters, batch: list[Point]) -> None:
    taken = [rule_filters.predicate(p) for p in batch]
    assert taken == [described(rule_filters, p) for p in batch]
    assert taken == [rule_filters.accepts(p) for p in batch]


def test_no_filter_set_takes_every_point() -> None:
    assert Filters().accepts_all()
    assert Filters().predicate(Point(time=0.0, event_id="ev_" + "0" * 24, confidence=0.0, running=True))
