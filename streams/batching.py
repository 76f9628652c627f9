"""The detect agent's batches: a batch closes as soon as it holds `max_size` events
or the stream has nothing more buffered, never on a timer.

Faust's `take_events(n, within)` waits `within` seconds for each batch after the
previous one is done, and takes nothing into its buffer while a batch is being
processed: at 1,000 events/s with 0.2 s that wait was most of an event's time
to its alert. Here the events that arrive while a batch is processed wait in the
stream's own queue (Faust fills it from the fetcher meanwhile) and make up the
next batch, so batches grow with the load and shrink to one event when it is
light.

Acks are manual: a batch's events are acknowledged (their offsets may then be
committed) only when the caller asks for the next batch, that is after its loop
body returned; a body that raises, or is cancelled, leaves them unacknowledged,
to be read again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from faust.types import EventT, StreamT


async def batches(stream: StreamT[bytes], max_size: int) -> AsyncIterator[list[EventT[bytes]]]:
    manual = stream.noack()
    buffered = manual.channel.queue  # what Faust has fetched for the stream and not yet handed over
    batch: list[EventT[bytes]] = []
    async for event in manual.events():
        batch.append(event)
        if len(batch) < max_size and not buffered.empty():
            continue
        yield batch
        for done in batch:
            await manual.ack(done)
        batch = []
