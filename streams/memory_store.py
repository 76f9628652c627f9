"""In-memory state store (backtests, unit tests): the whole state in one EngineState.

Like the Redis store, it hands the engine a working copy and keeps only what is
committed, so a batch retried after a failure sees the state as it was.
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
        return self.state.copy()

    async def commit(self, events: Sequence[Event]) -> list[int]:
        results = []
        for event in events:
            fresh = event.id not in self.state.seen
            if fresh:
                self.state.record(event)
            results.append(int(fresh))
        return results
