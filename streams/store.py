"""The state store interface the batch processor talks to. Every store hands out
the same `Window` of state, so the engine reads the same in a backtest as in the worker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from conflictwatch.models import Event
from streams.state import EngineState
from streams.window import Window


class StateStore(Protocol):
    async def theatres(self) -> list[str]:
        """Theatres that have state."""
        ...

    async def load(self, events: Sequence[Event], window: Window, theatres: Iterable[str] = ()) -> EngineState:
        """The window of state the rules read for these events (and these further
        theatres: those of a batch's heartbeats), coverage included, and which
        events are already seen."""
        ...

    async def load_theatres(self, theatres: Iterable[str], window: Window, until: float) -> EngineState:
        """The window of state for the time-driven rules of these theatres, up to `until`."""
        ...

    def invalidate(self, theatres: Iterable[str] | None = None) -> None:
        """Drop any cached state of these theatres (all if None): a batch failed."""
        ...

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """Persist the events' effects (idempotent by event id and outlet), the rules'
        changed state, the changed coverage and the watermarks. Per event: 1 counted, 2 corroborated by a
        new outlet, 0 already known, -1 too old to count (beyond retention)."""
        ...
