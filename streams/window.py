"""The part of a theatre's history the rules may read, the same in every store.

Rules declare in `needs()` which series they read and how far back. After a
restart the worker has only that in memory, loaded from Redis; so both stores
keep and hand out exactly this window, and a rule that reads further back than
it declares misbehaves in the backtest as it would in the worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from conflictwatch.errors import ConfigError
from streams.rules.base import SeriesNeed
from streams.state import EngineState


@dataclass(frozen=True)
class Window:
    """The series of `event_types`, from `reach` seconds behind the theatre's
    watermark on, with the latest point before that (where a gap began)."""

    event_types: frozenset[str]
    reach: float

    @classmethod
    def of(cls, needs: Iterable[SeriesNeed], lateness: timedelta) -> Window:
        needs = list(needs)
        # Late events inside the allowed lateness still look back from their own time.
        reach = max((n.lookback for n in needs), default=timedelta(0)) + lateness
        return cls(frozenset(n.event_type.value for n in needs), reach.total_seconds())

    def require_within(self, retention: timedelta) -> None:
        """Redis keeps `retention` behind the watermark: a window reaching further
        would make rules misread in the worker what they read right in a backtest."""
        if self.reach > retention.total_seconds():
            days = self.reach / 86_400
            raise ConfigError(
                [
                    (
                        "CONFLICTWATCH_RETENTION",
                        str(retention),
                        f"shorter than the rules' window of {days:g} days (their longest lookback plus "
                        "CONFLICTWATCH_ALLOWED_LATENESS): raise it, or shorten the rule",
                    )
                ]
            )

    def start(self, watermark: float) -> float:
        return watermark - self.reach

    def trim(self, state: EngineState) -> None:
        """Drop what lies outside the window: series of other types, and points
        before its start but the latest."""
        state.trim(self.event_types, self.reach)
