"""Partitions a worker holds but does not move.

A worker can hold partitions and process nothing: Faust pauses every assigned
partition while a rebalance settles and resumes them afterwards, and a fetcher that
is never resumed (or whose position was lost) leaves its partitions silent until the
next rebalance, with every alert of their theatres late. No error says so. What does
is the consumer group's committed offset, read from the broker like any monitoring
tool would: records wait beyond it and it has not moved for `timeout` seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition


@dataclass(frozen=True)
class Position:
    committed: int  # the group's next offset to read (the log's start when nothing was committed)
    end: int  # the offset the next record will take


@dataclass(frozen=True)
class Stall:
    partition: TopicPartition
    committed: int
    waiting: int  # records beyond the committed offset
    seconds: float  # how long the committed offset has stood still with records waiting


class StallWatch:
    """Remembers, per partition, since when its committed offset has stood still with
    records waiting; a partition with nothing waiting is never stalled."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._still: dict[TopicPartition, tuple[int, float]] = {}  # committed offset, waiting since
        self._acted: dict[TopicPartition, float] = {}  # when a stall of the partition was last acted on
        self.stalled: list[Stall] = []

    def observe(self, now: float, positions: Mapping[TopicPartition, Position]) -> list[Stall]:
        still: dict[TopicPartition, tuple[int, float]] = {}
        stalled = []
        for partition, position in positions.items():
            if position.end <= position.committed:
                continue  # caught up
            before = self._still.get(partition)
            since = before[1] if before is not None and before[0] == position.committed else now
            still[partition] = (position.committed, since)
            if now - since >= self.timeout:
                waiting = position.end - position.committed
                stalled.append(Stall(partition, position.committed, waiting, now - since))
        self._still = still  # partitions no longer held, or caught up, start afresh
        self.stalled = stalled
        return stalled

    def to_recover(self, now: float) -> list[Stall]:
        """The stalls to act on now: each partition at most once a timeout, so that what
        was done has its time to show."""
        due = [s for s in self.stalled if now - self._acted.get(s.partition, float("-inf")) >= self.timeout]
        self._acted.update((s.partition, now) for s in due)
        return due


class GroupPositions:
    """The group's committed offsets and the log ends, from the broker: a consumer of
    the same group id that never subscribes, so it never joins the group."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self.bootstrap = bootstrap
        self.group = group
        self._consumer: AIOKafkaConsumer | None = None  # made on the worker's loop, at the first read

    async def read(self, partitions: Iterable[TopicPartition]) -> dict[TopicPartition, Position]:
        wanted = sorted(partitions)
        if not wanted:
            return {}
        if self._consumer is None:
            consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=self.group, enable_auto_commit=False)
            await consumer.start()
            self._consumer = consumer
        ends = await self._consumer.end_offsets(wanted)
        starts = await self._consumer.beginning_offsets(wanted)
        found = {}
        for partition in wanted:
            committed = await self._consumer.committed(partition)
            found[partition] = Position(committed if committed is not None else starts[partition], ends[partition])
        return found

    async def close(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
