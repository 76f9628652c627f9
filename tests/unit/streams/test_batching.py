"""The detect agent's batches, over a Faust agent's own in-memory test channel:
what is waiting goes in one batch up to the size, a batch closes as soon as nothing
more waits, and a batch is acknowledged only once the loop body is done with it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import faust
from faust.types import EventT, StreamT

from streams.batching import Behind, batches

Body = Callable[[list[EventT[bytes]]], None]


def caught_up(event: EventT[bytes]) -> bool:
    return False


async def run(
    body: Body,
    values: list[bytes],
    until: Callable[[], bool],
    max_size: int,
    behind: Behind = caught_up,
    apart: float | None = None,
    linger: float = 0.0,
) -> None:
    """Put `values` on an agent's channel (at once, or `apart` seconds apart; 0: as fast as
    Faust's fetcher hands records over) and iterate its batches with `body` until `until()`."""
    app = faust.App(f"batching-{uuid.uuid4().hex[:8]}", store="memory://", autodiscover=False)
    done = asyncio.Event()

    @app.agent()
    async def agent(stream: StreamT[bytes]) -> None:
        async for batch in batches(stream, max_size, behind, linger):
            try:
                body(batch)
            finally:
                if until():
                    done.set()

    async with agent.test_context() as test_agent:
        for value in values:
            await test_agent.put(value, wait=False)
            if apart == 0:  # one record every three event-loop turns, as Faust's fetcher hands them over
                for _ in range(3):
                    await asyncio.sleep(0)
            elif apart is not None:
                await asyncio.sleep(apart)
        await asyncio.wait_for(done.wait(), timeout=10)


def test_what_waits_is_taken_in_batches_of_at_most_the_size_and_the_last_one_is_not_held_back() -> None:
    seen: list[list[bytes]] = []

    def body(batch: list[EventT[bytes]]) -> None:
        seen.append([e.value for e in batch])

    values = [str(i).encode() for i in range(12)]
    asyncio.run(run(body, values, until=lambda: sum(map(len, seen)) == 12, max_size=5))
    assert seen == [values[0:5], values[5:10], values[10:12]]


class Failed(Exception):
    pass


def test_a_batch_is_acknowledged_only_after_the_loop_body_returned() -> None:
    batches_seen: list[list[EventT[bytes]]] = []
    acked_during: list[bool] = []

    def body(batch: list[EventT[bytes]]) -> None:
        acked_during.extend(e.message.acked for e in batch)
        batches_seen.append(batch)
        if len(batches_seen) == 2:
            raise Failed("the second batch's effects could not be stored")

    values = [str(i).encode() for i in range(6)]
    asyncio.run(run(body, values, until=lambda: len(batches_seen) == 2, max_size=3))
    first, second = batches_seen
    assert not any(acked_during)
    assert all(e.message.acked for e in first)  # the body returned: the generator acked it
    assert not any(e.message.acked for e in second)  # to be read again


def test_a_batch_behind_the_broker_takes_the_records_on_their_way_and_one_caught_up_does_not_wait() -> None:
    values = [str(i).encode() for i in range(8)]

    def batch_sizes(behind: Behind, apart: float) -> list[int]:
        sizes: list[int] = []
        asyncio.run(
            run(lambda b: sizes.append(len(b)), values, lambda: sum(sizes) == 8, 100, behind=behind, apart=apart)
        )
        return sizes

    assert batch_sizes(lambda event: event.value != values[-1], apart=0) == [8]
    # caught up, with nothing queued: each closes at once, whatever comes 0.1 s later
    assert len(batch_sizes(caught_up, apart=0.1)) > 1


def test_a_young_batch_lingers_for_the_events_that_follow_it() -> None:
    values = [str(i).encode() for i in range(8)]
    sizes: list[int] = []
    # the eight arrive within microseconds; the batch waits up to a second from its first
    asyncio.run(run(lambda b: sizes.append(len(b)), values, lambda: sum(sizes) == 8, 100, apart=0, linger=1.0))
    assert sizes == [8]


def test_a_batch_held_open_is_not_held_for_an_event_that_does_not_come() -> None:
    """As in a rebalance: Faust hands nothing over and waits for the batch's acks."""
    sizes: list[int] = []

    def always_behind(event: EventT[bytes]) -> bool:
        return True

    asyncio.run(run(lambda b: sizes.append(len(b)), [b"only"], lambda: sizes == [1], 100, behind=always_behind))
    assert sizes == [1]
