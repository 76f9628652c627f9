"""The detect agent's batches: a batch closes as soon as it holds `max_size` events,
or once nothing more is waiting for it and its first event is `linger` seconds old.

Faust's `take_events(n, within)` waits `within` seconds for each batch after the
previous one is done, and takes nothing into its buffer while a batch is being
processed: at 1,000 events/s with 0.2 s that wait was most of an event's time
to its alert. Here the events that arrive while a batch is processed wait in the
stream's own queue (Faust fills it from the fetcher meanwhile) and make up the
next batch, so batches grow with the load and shrink to one event when it is
light.

The linger (CONFLICTWATCH_BATCH_LINGER, 15 ms) keeps batches from getting too small
when the worker keeps up: each costs two Redis round trips and an alert publish, and
at 1,000 events/s batches of 7-20 events kept the worker near a full core (on two
shared cores, every round trip could deschedule it while Redis ran), so whenever
other work took a core it fell behind. With 15 ms, three runs against three without:
event -> alert p99 72, 347, 74 ms against 471, 394, 252 ms (p50 30, 73, 29 ms
against 95, 88, 25 ms).

"Nothing more is waiting" is the stream's queue being empty, unless the consumer
knows of later records of the last event's partition (the worker is behind): those
are on their way through Faust's fetcher, which hands them over one at a time, so
the batch gives them a moment (GRACE) before it closes. Without that a worker that
fell behind went on in batches of 10-30 events, each paying its round trips, and
caught up slowly.

A batch never waits for the next event longer than that: in a rebalance Faust stops
handing events over (what is queued is skipped) and waits for every event it handed
over to be acknowledged, so a batch held open for an event that does not come would
hang the rebalance. The next event is awaited in a task of its own, which a batch
that closes leaves running: its event opens the next batch.

Acks are manual: a batch's events are acknowledged (their offsets may then be
committed) only when the caller asks for the next batch, that is after its loop
body returned; a body that raises, or is cancelled, leaves them unacknowledged,
to be read again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

from faust.types import EventT, StreamT

# How long a batch waits for an event that is on its way (queued in the stream, or
# known to the consumer) before it closes anyway; Faust hands one over in microseconds.
GRACE = 0.005

Behind = Callable[[EventT[bytes]], bool]  # whether later records of this event's partition are known


async def batches(
    stream: StreamT[bytes], max_size: int, behind: Behind, linger: float
) -> AsyncIterator[list[EventT[bytes]]]:
    manual = stream.noack()
    buffered = manual.channel.queue  # what Faust has fetched for the stream and not yet handed over
    events = manual.events().__aiter__()
    upcoming: asyncio.Future[EventT[bytes]] | None = None
    try:
        while True:
            batch: list[EventT[bytes]] = []
            opened = 0.0
            while len(batch) < max_size:
                if upcoming is None:
                    upcoming = asyncio.ensure_future(events.__anext__())
                if batch:
                    wait = opened + linger - time.monotonic()
                    if not buffered.empty() or behind(batch[-1]):
                        wait = max(wait, GRACE)
                    if wait <= 0:
                        break
                    await asyncio.wait([upcoming], timeout=wait)
                    if not upcoming.done():
                        break
                try:
                    event = await upcoming
                except StopAsyncIteration:
                    return
                upcoming = None
                if not batch:
                    opened = time.monotonic()
                batch.append(event)
            yield batch
            for done in batch:
                await manual.ack(done)
    finally:
        if upcoming is not None:
            upcoming.cancel()
