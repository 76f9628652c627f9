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
it is given a few turns of the event loop to do so before the batch closes.
Without that a worker that fell behind went on in batches of 10-30 events, each
paying its round trips, and caught up slowly.

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

# Event loop turns Faust's fetcher is given to hand over the next record it holds
# (a record takes it about three).
FETCHER_TURNS = 4

Behind = Callable[[EventT[bytes]], bool]  # whether later records of this event's partition are known


async def batches(
    stream: StreamT[bytes], max_size: int, behind: Behind, linger: float
) -> AsyncIterator[list[EventT[bytes]]]:
    manual = stream.noack()
    buffered = manual.channel.queue  # what Faust has fetched for the stream and not yet handed over
    batch: list[EventT[bytes]] = []
    opened = 0.0
    async for event in manual.events():
        if not batch:
            opened = time.monotonic()
        batch.append(event)
        if len(batch) < max_size:
            if await _more_waiting(buffered, event, behind):
                continue
            young = opened + linger - time.monotonic()
            if young > 0:
                await asyncio.sleep(young)
                if not buffered.empty():
                    continue
        yield batch
        for done in batch:
            await manual.ack(done)
        batch = []


async def _more_waiting(buffered: asyncio.Queue[object], last: EventT[bytes], behind: Behind) -> bool:
    for _ in range(FETCHER_TURNS):
        if not buffered.empty():
            return True
        if not behind(last):
            return False
        await asyncio.sleep(0)
    return not buffered.empty()
