"""What every rule kind provides to the engine, and what they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Generic, TypeVar

from conflictwatch.models import (
    Alert,
    AlertCoverage,
    AlertStatus,
    Event,
    EventType,
    EvidenceRef,
    alert_fingerprint,
)
from streams.rules.spec import RuleSpec
from streams.rules.text import utc
from streams.state import NOT_KNOWN, EngineState, Point, Series

S = TypeVar("S", bound=RuleSpec)


@dataclass(frozen=True)
class SeriesNeed:
    """A series a rule reads: the points from `lookback` before the earliest event
    of a batch to `lookahead` after the latest, and with `predecessor` the last
    point before that range."""

    event_type: EventType
    lookback: timedelta = timedelta(0)
    lookahead: timedelta = timedelta(0)
    predecessor: bool = False


@cache
def type_names(types: frozenset[EventType]) -> tuple[frozenset[str], str | None]:
    """The types as series names, and the one name if there is one."""
    names = frozenset(t.value for t in types)
    return names, next(iter(names)) if len(names) == 1 else None


class Rule(Generic[S]):
    """A rule kind: evaluates on events of `triggers()` and on watermark advances.

    Rules are pure: they read and change `EngineState` (their own part through
    `state.rule_state`) and return alerts; they never do I/O. Each kind names the
    spec it is written as in `spec_type` and is listed in `registry.RULES`.
    """

    spec_type: type[RuleSpec]

    def __init__(self, spec: S) -> None:
        self.spec = spec
        self.id: str = spec.id
        self.kind: str = spec.kind
        filters = spec.filters
        self._theatres = filters.theatres
        self._filter: Callable[[Point], bool] | None = None if filters.accepts_all() else filters.predicate

    def triggers(self) -> frozenset[EventType]:
        raise NotImplementedError

    def needs(self) -> tuple[SeriesNeed, ...]:
        return ()

    def watches_watermark(self) -> bool:
        return False

    def watches_coverage(self) -> bool:
        """Whether `on_coverage` acts: the engine calls it when a heartbeat changed
        the theatre's coverage."""
        return False

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        return []

    def on_watermark(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        return []

    def on_coverage(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        return []

    def next_due(self, state: EngineState, theatre: str) -> float:
        """The earliest watermark at which `on_watermark` may act, worked out after
        it ran and after each event of a type the rule reads or triggers on. Below
        it, `on_watermark` would return nothing and change nothing but how far it
        has looked, so the engine does not call it. A kind that cannot tell acts
        on every advance."""
        return NOT_KNOWN

    def look(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        """What `on_watermark` does before the next due time: note having looked
        up to the watermark. The engine calls it for a rule that skipped advances,
        before an event changes what the rule reads or holds."""
        return self.on_watermark(state, theatre, emitted_at)

    # helpers shared by the kinds

    def accepts(self, theatre: str, point: Point, sources: int) -> bool:
        if sources < self.spec.min_sources or (self._theatres and theatre not in self._theatres):
            return False
        return self._filter is None or self._filter(point)

    def points(self, state: EngineState, theatre: str, types: frozenset[EventType]) -> Series:
        """The accepted points of these types in time order: the series itself when
        nothing needs merging or filtering, else a view the state keeps with it."""
        names, single = type_names(types)
        if self._filter is None:
            if single is not None:
                return state.series_of(theatre, single)
            return state.view(theatre, names, "", None)
        return state.view(theatre, names, self.spec.filters.key, self._filter)

    def alert(
        self,
        *,
        theatre: str,
        key: str,
        summary: str,
        starts_at: float,
        emitted_at: datetime,
        ends_at: float | None = None,
        at: float | None = None,
        evidence: Iterable[Event] = (),
        event_ids: Iterable[str] = (),
        values: dict[str, float] | None = None,
        status: AlertStatus = AlertStatus.FIRING,
        sources: int = 1,
        revision: int = 0,
        coverage: AlertCoverage | None = None,
    ) -> Alert:
        evidence = tuple(evidence)
        ids = tuple(dict.fromkeys([*(e.id for e in evidence), *event_ids]))
        return Alert(
            fingerprint=alert_fingerprint(self.id, theatre, key),
            rule=self.id,
            kind=self.kind,
            theatre=theatre,
            severity=self.spec.severity,
            status=status,
            summary=summary,
            starts_at=utc(starts_at),
            ends_at=utc(ends_at) if ends_at is not None else None,
            triggered_at=utc(at if at is not None else ends_at if ends_at is not None else starts_at),
            evidence=tuple(EvidenceRef.of(e) for e in evidence),
            event_ids=ids,
            values=values or {},
            sources=sources,
            revision=revision,
            coverage=coverage,
            emitted_at=emitted_at,
        )


def held(own: dict[str, Any], key: str) -> dict[str, Any]:
    """`own[key]`, a dict, made empty on first use (not built anew on every call
    as `setdefault(key, {})` would)."""
    found: dict[str, Any] | None = own.get(key)
    if found is None:
        found = own[key] = {}
    return found


def prune(entries: dict[str, Any], keep: int) -> None:
    """Keep a rule's per-theatre memory bounded: drop the oldest insertions."""
    for key in list(entries)[: max(0, len(entries) - keep)]:
        del entries[key]
