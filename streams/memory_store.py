"""In-memory state store (backtests, unit tests): the state in one EngineState.

Like the Redis store, it hands the engine a working copy and keeps only what is
committed, so a batch retried after a failure sees the state as it was; it
keeps only the rules' window of each theatre's series, as the worker does; and,
as the Redis store does, it hands out the counted ids and outlets of the batch's
events only, not of every event so far (a copy of those per batch made a
backtest of a million events take hours).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from conflictwatch.models import Event
from streams.state import EngineState
from streams.window import Window


class MemoryStore:
    def __init__(self) -> None:
        self.state = EngineState()  # series, rules' state, watermarks; its seen and outlets stay empty
        self.outlets: dict[str, tuple[str, ...]] = {}  # every event id counted: the outlets that reported it
        self.late: list[str] = []

    async def theatres(self) -> list[str]:
        return sorted(self.state.watermarks)

    async def load(self, events: Sequence[Event], window: Window, theatres: Iterable[str] = ()) -> EngineState:
        window.trim(self.state)
        state = self.state.copy()
        for event in events:
            outlets = self.outlets.get(event.id)
            if outlets is not None:
                state.seen.add(event.id)
                state.outlets[event.id] = set(outlets)
        return state

    async def load_theatres(self, theatres: Iterable[str], window: Window, until: float) -> EngineState:
        return await self.load([], window)

    def invalidate(self, theatres: Iterable[str] | None = None) -> None:
        return None  # load() always hands out a copy of the committed state

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """The working state already holds the batch's effects: it becomes the state
        (the caller is done with it; the next load hands out a copy)."""
        results = []
        for event in events:
            outlets = self.outlets.get(event.id)
            results.append(1 if outlets is None else 0 if event.source.outlet in outlets else 2)
        self.late.extend(e.id for e in events if e.id in late)
        state.dirty_rules.clear()
        state.dirty_coverage.clear()
        for event_id, reported in state.outlets.items():
            self.outlets[event_id] = tuple(sorted(reported))
        state.seen, state.outlets = set(), {}
        self.state = state
        return results
