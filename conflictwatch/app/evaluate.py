"""`conflictwatch evaluate`: the rules over history as they would have run live,
scored against a truth file (streams.evaluation).

Events are replayed in knowledge-time order (`reported_at`: when the report
could have been read), each sent at that time, so an alert is emitted when it
would have been emitted live; the engine still reasons in event time. The
inputs are sorted, so they are held in memory (unlike `backtest`, which streams).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from conflictwatch.app.backtest import ArticleDefaults, read_inputs
from conflictwatch.models import Alert, Event
from streams.engine import Engine
from streams.evaluation import RuleScore, Truth, score
from streams.state import EngineState

TRIM_EVERY = 500  # events between two trims of the state to the rules' window


def replay_as_known(engine: Engine, events: Iterable[Event]) -> list[Alert]:
    """The alerts of the events replayed in the order they were reported, each
    alert emitted at the report time of the event that let the rules see it."""
    state = EngineState()
    alerts: list[Alert] = []
    for count, event in enumerate(sorted(events, key=lambda e: (e.reported_at, e.occurred_at, e.id))):
        if count % TRIM_EVERY == 0:
            engine.window.trim(state)
        known = event.reported_at
        alerts += engine.process(state, event, known).alerts
        alerts += engine.advance(state, event.theatre, known)
    return alerts


def evaluate(
    engine: Engine, paths: Iterable[Path], truth: Truth, defaults: ArticleDefaults
) -> tuple[list[RuleScore], list[Alert], list[str]]:
    """Scores, the alerts, and the inputs' problems and notes."""
    events, problems, notes = read_inputs(paths, defaults)
    alerts = replay_as_known(engine, events)
    return score(alerts, truth), alerts, problems + notes


def _hours(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 3600:+.1f} h"


def share(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(scores: list[RuleScore]) -> str:
    rows = [("RULE", "ALERTS", "TRUTH", "MET", "PRECISION", "RECALL", "LEAD (MEDIAN)", "DELAY (MEDIAN)")]
    rows += [
        (
            s.rule,
            str(s.alerts),
            str(s.items),
            str(s.met),
            share(s.precision),
            share(s.recall),
            _hours(s.median_lead),
            _hours(s.median_delay),
        )
        for s in scores
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)
    return "\n".join(line.rstrip() for line in lines)
