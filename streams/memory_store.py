"""In-memory state store: the whole state in one EngineState (backtests, unit tests).

The engine records into this same object as it goes, so commit has nothing left
to write; there is no crash to survive in a single process run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from conflictwatch.models import Event
from streams.rules.base import SeriesNeed
from streams.state import EngineState


class MemoryStore:
    def __init__(self) -> None:
        self.state = EngineState()

    async def load(self, events: Sequence[Event], needs: Iterable[SeriesNeed]) -> EngineState:
        return self.state

    async def commit(self, events: Sequence[Event]) -> list[int]:
        return [1] * len(events)
