"""In-memory state store (backtests, unit tests): the state in one EngineState.

Like the Redis store, it hands the engine a working copy and keeps only what is
committed, so a batch retried after a failure sees the state as it was; and it
keeps only the rules' window of each theatre's series, as the worker does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from conflictwatch.models import Event
from streams.state import EngineState
from streams.window import Window


class MemoryStore:
    def __init__(self) -> None:
        self.state = EngineState()
        self.late: list[str] = []

    async def theatres(self) -> list[str]:
        return sorted(self.state.watermarks)

    async def load(self, events: Sequence[Event], window: Window) -> EngineState:
        window.trim(self.state)
        return self.state.copy()

    async def load_theatres(self, theatres: Iterable[str], window: Window, until: float) -> EngineState:
        return await self.load([], window)

    def invalidate(self, theatres: Iterable[str] | None = None) -> None:
        return None  # load() always hands out a copy of the committed state

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """The working state already holds the batch's effects: it becomes the state."""
        seen_before = self.state.outlets
        results = []
        for event in events:
            outlets = seen_before.get(event.id)
            results.append(1 if outlets is None else 0 if event.source.outlet in outlets else 2)
        self.late.extend(e.id for e in events if e.id in late)
        state.dirty_rules.clear()
        self.state = state.copy()
        return results
