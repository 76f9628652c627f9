"""What a correct run must end with, computed by the pure engine in process."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from conflictwatch.models import Event
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.unit.streams.rules.harness import Run

AlertKey = tuple[str, str, str]  # (rule, status, fingerprint)


def expected_alerts(events: Iterable[Event]) -> set[AlertKey]:
    run = Run(Engine(build_rules(load_rules()))).feed(sorted(events, key=lambda e: e.timestamp))
    return {(a.rule, a.status.value, a.fingerprint) for a in run.alerts}


def expected_counts(events: Iterable[Event]) -> dict[str, dict[str, str]]:
    """Per theatre, the Redis counts hash a correct run ends with."""
    counts: dict[str, Counter[str]] = {}
    for event in {e.id: e for e in events}.values():
        theatre = counts.setdefault(event.theatre, Counter())
        theatre[event.type.value] += 1
        for name, value in event.counts.values().items():
            theatre[f"{event.type.value}:{name}"] += value
    return {t: {k: str(v) for k, v in c.items()} for t, c in counts.items()}


def alert_keys(records: Iterable[object]) -> set[AlertKey]:
    import json

    found = set()
    for record in records:
        alert = json.loads(record.value)  # type: ignore[attr-defined]
        found.add((alert["rule"], alert["status"], alert["fingerprint"]))
    return found
