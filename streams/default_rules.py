"""The rules the worker runs until declarative YAML rules arrive."""

from __future__ import annotations

from conflictwatch.models import EventType, Severity
from conflictwatch.settings import Settings
from streams.rules.base import Rule
from streams.rules.gap_ended import GapEndedRule


def default_rules(settings: Settings) -> list[Rule]:
    return [
        GapEndedRule(
            id="rocket_lull_ended",
            event_types=frozenset({EventType.ROCKET_FIRE}),
            pause_types=frozenset({EventType.ROCKET_PAUSE}),
            min_gap=settings.lull_gap,
            severity=Severity.WARNING,
            label="Rocket fire",
        )
    ]
