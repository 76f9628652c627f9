"""The state store interface the batch processor talks to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from conflictwatch.models import Event
from streams.rules.base import SeriesNeed
from streams.state import EngineState


class StateStore(Protocol):
    async def load(self, events: Sequence[Event], needs: Iterable[SeriesNeed]) -> EngineState:
        """State covering what the rules read for these events, and which are already seen."""
        ...

    async def commit(self, events: Sequence[Event]) -> list[int]:
        """Persist these (new) events' effects, idempotent by event id. Per event:
        1 counted, 0 already counted before, -1 too late to count (beyond retention)."""
        ...
