"""What a silence rests on, for the rules that alert on one (gap_ended, absence):
worked out only once a silence is long enough to alert, never per event.

- `heartbeats`: the theatre's sources said when they were read. Only covered
  time counts: a silence during a coverage gap is no lull. The alert says how
  many sources were live throughout ("2 of 3 sources live throughout the 8
  hours").
- `inferred`: no heartbeats tell that stretch (a backtest, a theatre no producer
  sends them for). Other reports of the theatre during the silence show that its
  sources were alive; the silence counts whole, as it did before heartbeats.
- `unknown`: neither; the silence counts whole.

A rule's `coverage:` requirement (`min_share`, `min_sources_live`) is checked
against whichever of these the silence rests on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from conflictwatch.models import AlertCoverage
from streams.rules.spec import CoverageRequirement
from streams.rules.text import hours
from streams.state import EngineState

HOUR = 3600.0


@dataclass(frozen=True)
class Silence:
    counted: float  # seconds of the silence that count towards a lull
    coverage: AlertCoverage


def assess(state: EngineState, theatre: str, start: float, end: float, own_types: frozenset[str]) -> Silence:
    length = max(0.0, end - start)
    found = state.coverage_of(theatre)
    if found is not None and found.known_from < end:
        covered = found.covered(start, end)
        live, total = found.live(start, end), len(found.sources)
        summary = f"{live} of {total} {'source' if total == 1 else 'sources'} live throughout the {hours(length)}"
        if covered < length:
            summary += f"; {hours(covered)} of it covered"
        share = covered / length if length else 1.0
        return Silence(
            covered,
            AlertCoverage(basis="heartbeats", share=round(share, 4), sources_live=live, sources=total, summary=summary),
        )
    times = [
        t
        for (place, event_type), series in state.series.items()
        if place == theatre and event_type not in own_types
        for t in series.times[series.after(start) : series.from_(end)]
    ]
    if not times:
        summary = f"coverage unknown: no heartbeats, and no other report of {theatre} during the silence"
        return Silence(length, AlertCoverage(basis="unknown", share=0.0, reports=0, summary=summary))
    slots = max(1, math.ceil(length / HOUR))
    heard = len({min(slots - 1, int((t - start) // HOUR)) for t in times})
    summary = (
        f"coverage inferred: {len(times)} other {'report' if len(times) == 1 else 'reports'} of {theatre} "
        f"during the silence, in {heard} of its {slots} hours"
    )
    return Silence(
        length, AlertCoverage(basis="inferred", share=round(heard / slots, 4), reports=len(times), summary=summary)
    )


def meets(requirement: CoverageRequirement, coverage: AlertCoverage) -> bool:
    if coverage.share < requirement.min_share:
        return False
    if requirement.min_sources_live:
        return (coverage.sources_live or 0) >= requirement.min_sources_live
    return True
