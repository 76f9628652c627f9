"""The state store interface the batch processor talks to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from conflictwatch.models import Event
from streams.rules.base import SeriesNeed
from streams.state import EngineState


class StateStore(Protocol):
    async def theatres(self) -> list[str]:
        """Theatres that have state."""
        ...

    async def load(self, events: Sequence[Event], needs: Iterable[SeriesNeed]) -> EngineState:
        """State covering what the rules read for these events, and which are already seen."""
        ...

    async def load_theatres(self, theatres: Iterable[str], needs: Iterable[SeriesNeed], until: float) -> EngineState:
        """State for the time-driven rules of these theatres, up to `until`."""
        ...

    def invalidate(self, theatres: Iterable[str] | None = None) -> None:
        """Drop any cached state of these theatres (all if None): a batch failed."""
        ...

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """Persist the events' effects (idempotent by event id and outlet), the rules'
        changed state and the watermarks. Per event: 1 counted, 2 corroborated by a
        new outlet, 0 already known, -1 too old to count (beyond retention)."""
        ...
