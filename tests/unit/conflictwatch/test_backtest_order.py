"""A backtest replays its events in event-time order, whatever order its files hold
them in: an ACLED export lists the newest first, a folder of articles goes by file
name, and the engine counts an event far behind its theatre's watermark as late
and does not evaluate it."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from conflictwatch.app.backtest import run_backtest
from conflictwatch.app.event_order import in_time_order
from conflictwatch.models import Event
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.factories import BASE, event

KINDS = ("rocket_fire", "air_strike", "rocket_fire", "ground_clash")


def _stream(n: int, seed: int = 3) -> list[Event]:
    """Rocket fire, strikes and clashes in two theatres over some weeks, with bursts and lulls."""
    rng = random.Random(seed)
    hours, found = 0.0, []
    for i in range(n):
        hours += rng.expovariate(1 / 0.3) if rng.random() < 0.97 else rng.uniform(8, 30)
        at = BASE + timedelta(hours=hours)
        found.append(
            event(
                rng.choice(KINDS),
                at,
                theatre=rng.choice(("israel-gaza", "israel-lebanon")),
                reported_at=(at + timedelta(minutes=10)).isoformat(),
                counts={"strikes": rng.randint(1, 4)},
                source={"outlet": "Test Wire", "evidence": f"report {i}"},
            )
        )
    return found


def _write(path: Path, events: list[Event]) -> Path:
    path.write_text("".join(e.model_dump_json() + "\n" for e in events), encoding="utf-8")
    return path


def _alerts(path: Path) -> list[tuple[str, str, str, str]]:
    result = run_backtest(Engine(build_rules(load_rules())), [path], keep_events=False)
    return sorted((a.triggered_at.isoformat(), a.rule, a.status.value, a.fingerprint) for a in result.alerts)


@pytest.mark.parametrize("order", ["newest first", "shuffled"])
def test_a_backtest_fires_the_same_alerts_whatever_the_order_of_its_input(tmp_path: Path, order: str) -> None:
    events = _stream(3000)
    shuffled = list(reversed(events)) if order == "newest first" else random.Random(5).sample(events, len(events))
    expected = _alerts(_write(tmp_path / "in-order.jsonl", events))
    assert len(expected) >= 10
    assert _alerts(_write(tmp_path / "out-of-order.jsonl", shuffled)) == expected


def test_a_backtest_out_of_order_says_its_events_were_sorted(tmp_path: Path) -> None:
    events = _stream(1200)
    in_order = run_backtest(Engine(build_rules(load_rules())), [_write(tmp_path / "a.jsonl", events)])
    reversed_ = run_backtest(Engine(build_rules(load_rules())), [_write(tmp_path / "b.jsonl", events[::-1])])
    assert in_order.notes == []
    assert reversed_.notes == ["the inputs' events were not in event-time order: they were sorted, then run"]
    assert reversed_.count == in_order.count == 1200
    assert [e.id for e in reversed_.events] == [e.id for e in sorted(events, key=lambda e: e.timestamp)]


@pytest.mark.parametrize("run", [1, 7, 10_000])
def test_events_come_out_in_time_order_spilled_or_not_and_ties_keep_their_order(run: int) -> None:
    events = _stream(300)
    tied = [event("air_strike", 5.0, source={"outlet": "Test Wire", "evidence": f"tie {i}"}) for i in range(4)]
    mixed = random.Random(2).sample(events, len(events)) + tied
    ordered = list(in_time_order(mixed, run=run))
    assert [e.id for e in ordered] == [e.id for e in sorted(mixed, key=lambda e: e.timestamp)]
    assert ordered == sorted(mixed, key=lambda e: e.timestamp)  # whole events back from the spilled runs
    assert list(in_time_order([], run=run)) == []
