"""Redis writes of tasks that finish at about the same time, sent in one pipeline.

Hundreds of webhook attempts can end within one turn of the event loop, and each
records its result in Redis. Sent one by one, every write costs a round trip, a
pooled connection (the pool has a limit) and a system call; here each caller
adds its commands to the pipeline being filled and waits for their replies. The
pipeline goes out once the tasks ready to run have had their turn; while it is
in flight the next one fills, so under load each round trip carries many writes
and the batcher holds one connection. Commands keep the order they were added
in, and a caller sees its own commands' errors only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from conflictwatch.redis_client import AsyncPipeline, AsyncRedis


class _Batch:
    def __init__(self, pipe: AsyncPipeline) -> None:
        self.pipe = pipe
        self.replies: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        # An error nobody waits for any more (its callers were cancelled) is not logged as lost.
        self.replies.add_done_callback(lambda done: done.cancelled() or done.exception())


class PipelineBatcher:
    def __init__(self, redis: AsyncRedis) -> None:
        self.redis = redis
        self._filling: _Batch | None = None
        self._sender: asyncio.Task[None] | None = None

    async def write(self, add: Callable[[AsyncPipeline], object]) -> list[Any]:
        """Add commands with `add(pipe)` (a non-transactional pipeline) and return their replies."""
        batch = self._filling
        if batch is None:
            batch = self._filling = _Batch(self.redis.pipeline(transaction=False))
        first = len(batch.pipe)
        add(batch.pipe)
        last = len(batch.pipe)
        if self._sender is None:
            self._sender = asyncio.create_task(self._send(), name="redis write batch")
        replies = (await asyncio.shield(batch.replies))[first:last]
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
        return replies

    async def _send(self) -> None:
        try:
            while self._filling is not None:
                await asyncio.sleep(0)  # the writes of the tasks ready now join this batch
                batch, self._filling = self._filling, None
                await self._execute(batch)
        finally:
            self._sender = None
            if self._filling is not None:  # stopped (cancelled) with writes waiting
                self._filling.replies.cancel()
                self._filling = None

    @staticmethod
    async def _execute(batch: _Batch) -> None:
        try:
            # Not `async with`: entering a cluster pipeline empties it, and
            # execute() resets either kind when done.
            replies = await batch.pipe.execute(raise_on_error=False)
        except asyncio.CancelledError:
            batch.replies.cancel()
            raise
        except Exception as exc:  # noqa: BLE001  (every caller of the batch gets it)
            batch.replies.set_exception(exc)
        else:
            batch.replies.set_result(replies)
