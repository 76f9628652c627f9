"""Rule definitions as they are written in YAML, validated by pydantic.

Every kind shares `RuleSpec`'s fields; each kind adds its own and names itself
with a `kind` Literal. The union a rule file is validated against is built from
the rule classes in `rules/registry.py`. See `rules/default.yaml` for a
commented example of every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import cached_property
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from conflictwatch.models import COUNT_FIELDS, EventType, RuleId, Severity, Slug
from streams.state import Point

CountName = Literal[
    "killed", "injured", "children", "women", "combatants", "projectiles", "strikes", "buildings", "displaced"
]
assert set(CountName.__args__) == set(COUNT_FIELDS)  # type: ignore[attr-defined]

Positive = Annotated[timedelta, Field(gt=timedelta(0))]


class Filters(BaseModel):
    """Which events a rule looks at (all of them when a list is empty); `min_counts`
    and `max_counts` bound a report's figures ("at least 20 killed"), `figures` takes
    only one incident's figures or only running totals."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    theatres: frozenset[Slug] = frozenset()
    locations: frozenset[str] = frozenset()
    actor_sides: frozenset[Slug] = frozenset()
    min_confidence: Annotated[float, Field(ge=0, le=1)] = 0.0
    min_counts: dict[CountName, Annotated[int, Field(ge=0)]] = {}
    max_counts: dict[CountName, Annotated[int, Field(ge=0)]] = {}
    figures: Literal["any", "incident", "running"] = "any"

    @field_validator("locations")
    @classmethod
    def _casefold(cls, names: frozenset[str]) -> frozenset[str]:
        return frozenset(n.casefold() for n in names)

    def accepts_all(self) -> bool:
        """Whether every point passes `accepts` (the theatres aside)."""
        return (
            not self.locations
            and not self.actor_sides
            and self.min_confidence == 0
            and not self.min_counts
            and not self.max_counts
            and self.figures == "any"
        )

    @cached_property
    def key(self) -> str:
        """Names what the filters accept: rules with equal filters read one view."""
        return self.model_dump_json()

    def accepts(self, point: Point) -> bool:
        return self.predicate(point)

    @cached_property
    def predicate(self) -> Callable[[Point], bool]:
        """`accepts` as a function that checks only the filters set (a rule runs it
        on every event of its types)."""
        checks: list[Callable[[Point], bool]] = []
        locations, sides, least, most = self.locations, self.actor_sides, self.min_counts, self.max_counts
        if locations:
            checks.append(lambda p: p.place in locations)
        if sides:
            checks.append(lambda p: p.side in sides)
        if self.min_confidence:
            min_confidence = self.min_confidence
            checks.append(lambda p: p.confidence >= min_confidence)
        if least or most:
            at_least, at_most = tuple(least.items()), tuple(most.items())

            def within(p: Point) -> bool:  # loops: all() over a generator takes twice as long
                for name, n in at_least:
                    if p.count(name, -1) < n:
                        return False
                for name, n in at_most:  # noqa: SIM110
                    if p.count(name, 0) > n:
                        return False
                return True

            checks.append(within)
        if self.figures != "any":
            running = self.figures == "running"
            checks.append(lambda p: p.running == running)
        if len(checks) == 1:
            return checks[0]

        def every(p: Point) -> bool:  # a loop, as in `within`
            for check in checks:  # noqa: SIM110
                if not check(p):
                    return False
            return True

        return every


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: RuleId
    kind: str  # each kind's spec narrows it to a Literal of its name
    description: str = ""
    label: str = ""
    severity: Severity = Severity.WARNING
    filters: Filters = Filters()
    min_sources: Annotated[int, Field(ge=1)] = 1

    @property
    def title(self) -> str:
        """How summaries name the rule's subject ("Rocket fire")."""
        return self.label or self.id.replace("_", " ").capitalize()


class MatchSpec(RuleSpec):
    """One event of a type. `at: occurrence` waits until the watermark reaches the
    event's time (a meeting scheduled for 16:00 fires at 16:00).

    `repeat_after` groups reports of one fact, as Alertmanager's repeat interval
    does: after an alert, an event reported at most this much later (or earlier) in the
    same theatre, and with `group_by: place` at the same place or at none (or only a
    country or region), is taken for the same fact told again (a headline and its
    lead, a second outlet) and alerts nothing. Zero alerts on every event. With `reported_within`, an event
    reported longer than that after it happened is history recalled, not news, and
    alerts nothing."""

    kind: Literal["match"]
    event_types: frozenset[EventType] = Field(min_length=1)
    at: Literal["report", "occurrence"] = "report"
    reported_within: Positive | None = None
    repeat_after: timedelta = Field(default=timedelta(0), ge=timedelta(0))
    group_by: Literal["theatre", "place"] = "place"


class ThresholdSpec(RuleSpec):
    """Sum of a count (or number of events) over a sliding window reaches a level;
    resolved when the window falls below it."""

    kind: Literal["threshold"]
    event_types: frozenset[EventType] = Field(min_length=1)
    count: CountName | None = None
    window: Positive
    threshold: Annotated[float, Field(gt=0)]


class RateChangeSpec(RuleSpec):
    """A window's rate against the rate of a longer baseline just before it."""

    kind: Literal["rate_change"]
    event_types: frozenset[EventType] = Field(min_length=1)
    count: CountName | None = None
    window: Positive
    baseline: Positive
    factor: Annotated[float, Field(gt=1)]
    min_events: Annotated[int, Field(ge=1)] = 3

    @model_validator(mode="after")
    def _baseline_longer(self) -> RateChangeSpec:
        if self.baseline <= self.window:
            raise ValueError("baseline must be longer than window")
        return self


class CoverageRequirement(BaseModel):
    """What a silence must rest on to alert (`streams.rules.silence`): at least
    `min_share` of it covered, and at least `min_sources_live` sources live
    throughout it (known from heartbeats only, so a silence without them fails a
    `min_sources_live` above 0)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_share: Annotated[float, Field(ge=0, le=1)] = 0.0
    min_sources_live: Annotated[int, Field(ge=0)] = 0


class GapEndedSpec(RuleSpec):
    """An event after a silence of at least `min_gap`, from the stream's own gap or
    a reported pause (an event of `pause_types` with a duration) ending at it. The
    stream's gap counts only its covered time; a reported pause is a report of the
    silence itself and counts whole."""

    kind: Literal["gap_ended"]
    event_types: frozenset[EventType] = Field(min_length=1)
    pause_types: frozenset[EventType] = frozenset()
    min_gap: Positive
    pause_tolerance: timedelta = timedelta(hours=1)
    pause_lookback: Positive = timedelta(days=2)
    coverage: CoverageRequirement = CoverageRequirement()


class AbsenceSpec(RuleSpec):
    """No event of the types for `silence` of covered time after activity, fired by
    the watermark; resolved when activity resumes."""

    kind: Literal["absence"]
    event_types: frozenset[EventType] = Field(min_length=1)
    silence: Positive
    min_activity: Annotated[int, Field(ge=1)] = 1
    activity_window: Positive = timedelta(days=1)
    coverage: CoverageRequirement = CoverageRequirement()


class CoverageLostSpec(RuleSpec):
    """Every source of a theatre that had heartbeats stopped covering it, by the
    watermark; resolved when one covers it again."""

    kind: Literal["coverage_lost"]


class SequenceSpec(RuleSpec):
    """An event of `then` within `within` after an event of `first` took effect
    (rocket fire after a ceasefire): the commitment and how long it held. A
    commitment over by then breaks nothing: one with a duration ("a 72-hour truce")
    that has run out, or one followed by an event of `until` (the truce expired)."""

    kind: Literal["sequence"]
    first: frozenset[EventType] = Field(min_length=1)
    then: frozenset[EventType] = Field(min_length=1)
    within: Positive
    until: frozenset[EventType] = frozenset()


class DeltaSpec(RuleSpec):
    """A reported cumulative figure (per place) jumping by `min_increase_pct` or
    past one of the `marks`; a lower later figure is a correction. Figures further
    apart than `compare_within` are not compared: a toll of another war, or of a
    year ago, is no baseline."""

    kind: Literal["delta"]
    event_types: frozenset[EventType] = Field(min_length=1)
    count: CountName
    min_increase_pct: Annotated[float, Field(gt=0)] | None = None
    marks: tuple[Annotated[int, Field(gt=0)], ...] = ()
    compare_within: Positive = timedelta(days=7)  # within the default retention (P14D), which must hold it

    @model_validator(mode="after")
    def _has_a_trigger(self) -> DeltaSpec:
        if self.min_increase_pct is None and not self.marks:
            raise ValueError("give min_increase_pct, marks, or both")
        return self


def kind_of(spec_type: type[RuleSpec]) -> str:
    """The kind a spec type is written as: the one value of its `kind` Literal."""
    (kind,) = get_args(spec_type.model_fields["kind"].annotation)
    return str(kind)
