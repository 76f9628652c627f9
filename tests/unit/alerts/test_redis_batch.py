"""Writes of tasks ending together go to Redis in one pipeline, each caller gets
its own replies and errors, and writes made while a pipeline is in flight go in
the next one."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import ConnectionError, ResponseError

from alerts.redis_batch import PipelineBatcher


class FakePipeline:
    def __init__(self, server: FakeRedis) -> None:
        self.server = server
        self.command_stack: list[tuple[str, ...]] = []

    def set(self, key: str, value: str) -> None:
        self.command_stack.append(("SET", key, value))

    def fail(self, key: str) -> None:
        self.command_stack.append(("FAIL", key))

    def __len__(self) -> int:
        return len(self.command_stack)

    async def execute(self, raise_on_error: bool = True) -> list[Any]:
        assert raise_on_error is False
        try:
            self.server.executed.append(list(self.command_stack))
            await asyncio.sleep(0.01)  # the round trip
            if self.server.down:
                raise ConnectionError("Redis is down")
            replies: list[Any] = []
            for command in self.command_stack:
                if command[0] == "FAIL":
                    replies.append(ResponseError(f"no such key {command[1]}"))
                else:
                    self.server.data[command[1]] = command[2]
                    replies.append(True)
            return replies
        finally:
            self.command_stack = []  # as redis-py's pipelines reset after execute


class FakeRedis:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.executed: list[list[tuple[str, ...]]] = []
        self.down = False

    def pipeline(self, transaction: bool = True) -> FakePipeline:
        assert transaction is False
        return FakePipeline(self)


def batcher() -> tuple[PipelineBatcher, FakeRedis]:
    server = FakeRedis()
    return PipelineBatcher(cast(Redis, server)), server


def setter(*pairs: tuple[str, str]) -> Any:
    def add(pipe: Pipeline) -> None:
        for key, value in pairs:
            cast(FakePipeline, pipe).set(key, value)

    return add


def test_writes_of_tasks_ending_together_share_one_round_trip() -> None:
    async def go() -> tuple[list[list[Any]], FakeRedis]:
        batch, server = batcher()
        replies = await asyncio.gather(*(batch.write(setter((f"k{n}", f"v{n}"), (f"t{n}", "x"))) for n in range(50)))
        return replies, server

    replies, server = asyncio.run(go())
    assert len(server.executed) == 1
    assert server.executed[0][:2] == [("SET", "k0", "v0"), ("SET", "t0", "x")]
    assert replies == [[True, True]] * 50
    assert server.data["k49"] == "v49"


def test_a_failing_command_fails_its_own_caller_only() -> None:
    async def go() -> list[object]:
        batch, _ = batcher()
        return await asyncio.gather(
            batch.write(setter(("a", "1"))),
            batch.write(lambda pipe: cast(FakePipeline, pipe).fail("b")),
            batch.write(setter(("c", "3"))),
            return_exceptions=True,
        )

    first, second, third = asyncio.run(go())
    assert first == [True]
    assert isinstance(second, ResponseError)
    assert third == [True]


def test_a_failed_round_trip_fails_its_callers_and_the_next_write_goes_through() -> None:
    async def go() -> tuple[list[object], list[Any], FakeRedis]:
        batch, server = batcher()
        server.down = True
        failed = await asyncio.gather(
            batch.write(setter(("a", "1"))), batch.write(setter(("b", "2"))), return_exceptions=True
        )
        server.down = False
        return failed, await batch.write(setter(("c", "3"))), server

    failed, later, server = asyncio.run(go())
    assert all(isinstance(f, ConnectionError) for f in failed)
    assert later == [True]
    assert server.data == {"c": "3"}


def test_writes_made_during_a_round_trip_go_in_the_next_one_in_order() -> None:
    async def go() -> FakeRedis:
        batch, server = batcher()
        first = asyncio.create_task(batch.write(setter(("a", "1"))))
        await asyncio.sleep(0.005)  # the first pipeline is in flight
        await asyncio.gather(batch.write(setter(("a", "2"))), batch.write(setter(("b", "2"))), first)
        return server

    server = asyncio.run(go())
    assert server.executed == [[("SET", "a", "1")], [("SET", "a", "2"), ("SET", "b", "2")]]
    assert server.data == {"a": "2", "b": "2"}


def test_a_cancelled_caller_leaves_the_others_their_replies() -> None:
    async def go() -> list[Any]:
        batch, _ = batcher()
        gone = asyncio.create_task(batch.write(setter(("a", "1"))))
        kept = asyncio.create_task(batch.write(setter(("b", "2"))))
        await asyncio.sleep(0.005)
        gone.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gone
        return await kept

    assert asyncio.run(go()) == [True]
