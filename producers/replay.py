"""Send events in event-time order, as fast as possible or paced at X× real time.

At `speed` X, two events an hour apart in event time are sent 3600/X seconds
apart on the wall clock; events with the same time go together.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from itertools import groupby

from conflictwatch.models import Event
from producers.sinks import Sink


def in_event_time_order(events: Iterable[Event]) -> list[Event]:
    """Sorted by occurred_at; events at the same time keep their input order."""
    return sorted(events, key=lambda e: e.timestamp)


def replay(
    events: Iterable[Event],
    sink: Sink,
    speed: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    ordered = in_event_time_order(events)
    if not ordered:
        return 0
    if speed is None:
        return sink.send(ordered)
    if speed <= 0:
        raise ValueError(f"speed must be positive, not {speed}")
    started, first = clock(), ordered[0].timestamp
    sent = 0
    for at, group in groupby(ordered, key=lambda e: e.timestamp):
        wait = started + (at - first) / speed - clock()
        if wait > 0:
            sleep(wait)
        sent += sink.send(list(group))
    return sent
