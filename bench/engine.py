"""Rule engine throughput: events per second through `Engine.process` with the
default rules, against a baseline measured in the same process.

The baseline is the least any engine must do per event: remember its id and
insert its time into a sorted series. The ratio (engine / baseline) is the
figure to compare across machines; events/s is printed for the target
(>= 200k events/s on one core).

    python -m bench.engine [--events N]
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from conflictwatch.models import Event, EventType
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from streams.state import EngineState

TYPES = [
    EventType.ROCKET_FIRE,
    EventType.AIR_STRIKE,
    EventType.ROCKET_FIRE,
    EventType.GROUND_CLASH,
    EventType.CASUALTY_REPORT,
    EventType.DIPLOMATIC_STATEMENT,
]


def generate(n: int, theatres: int = 8, seed: int = 7) -> list[Event]:
    return list(stream(n, theatres, seed))


def stream(n: int, theatres: int = 8, seed: int = 7) -> Iterator[Event]:
    """The bench's events one at a time, in time order (a file of a million is written without holding them)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    clock = 0.0
    for i in range(n):
        clock += rng.expovariate(1 / 30)  # an event every 30 s on average
        at = start + timedelta(seconds=clock)
        event_type = rng.choice(TYPES)
        counts = {"killed": i} if event_type is EventType.CASUALTY_REPORT else {"strikes": rng.randint(1, 4)}
        yield Event.model_validate(
            {
                "type": event_type,
                "theatre": f"theatre-{rng.randrange(theatres)}",
                "occurred_at": at,
                "reported_at": at + timedelta(minutes=5),
                "counts": counts,
                "location": {"name": rng.choice(["North", "South", "East"])},
                "source": {"outlet": "bench", "evidence": f"event {i}"},
            }
        )


def baseline(events: list[Event]) -> float:
    seen: set[str] = set()
    series: dict[tuple[str, str], list[float]] = {}
    started = time.perf_counter()
    for event in events:
        if event.id in seen:
            continue
        seen.add(event.id)
        bisect.insort(series.setdefault((event.theatre, event.type.value), []), event.timestamp)
    return time.perf_counter() - started


def engine_run(events: list[Event]) -> tuple[float, int]:
    engine = Engine(build_rules(load_rules()))
    state = EngineState()
    emitted = datetime.now(UTC)
    alerts = 0
    started = time.perf_counter()
    for event in events:
        alerts += len(engine.process(state, event, emitted).alerts)
    return time.perf_counter() - started, alerts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    events = generate(args.events)
    base = min(baseline(events) for _ in range(3))
    runs = [engine_run(events) for _ in range(3)]
    best, alerts = min(runs)
    print(f"events:             {len(events):,}")
    print(f"alerts:             {alerts:,}")
    print(f"baseline:           {len(events) / base:,.0f} events/s")
    print(f"engine:             {len(events) / best:,.0f} events/s  (target >= 200,000)")
    print(f"engine / baseline:  {base / best:.3f}")


if __name__ == "__main__":
    main()
