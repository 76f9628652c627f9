"""When a held partition counts as stalled, and when the worker acts on it."""

from __future__ import annotations

from aiokafka import TopicPartition

from streams.stall import Position, StallWatch

EVENTS = TopicPartition("conflict.events", 0)
ALERTS = TopicPartition("conflict.alerts", 0)


def test_records_waiting_behind_a_committed_offset_that_stands_still_for_the_timeout_are_a_stall() -> None:
    watch = StallWatch(timeout=30)
    assert watch.observe(0, {EVENTS: Position(committed=10, end=15)}) == []
    assert watch.observe(29, {EVENTS: Position(committed=10, end=20)}) == []
    [stall] = watch.observe(30, {EVENTS: Position(committed=10, end=20)})
    assert (stall.partition, stall.committed, stall.waiting, stall.seconds) == (EVENTS, 10, 10, 30)
    assert watch.stalled == [stall]


def test_a_partition_that_moves_or_has_nothing_waiting_is_never_stalled() -> None:
    watch = StallWatch(timeout=30)
    for second, committed in enumerate(range(0, 400, 10)):  # slow, but moving
        assert watch.observe(second * 20, {EVENTS: Position(committed, committed + 500)}) == []
    idle = StallWatch(timeout=30)
    for second in range(0, 300, 10):  # nothing new on the topic
        assert idle.observe(second, {EVENTS: Position(committed=42, end=42)}) == []


def test_the_clock_starts_when_records_arrive_not_when_the_offset_last_moved() -> None:
    watch = StallWatch(timeout=30)
    watch.observe(0, {EVENTS: Position(committed=42, end=42)})
    assert watch.observe(100, {EVENTS: Position(committed=42, end=50)}) == []  # records just came
    assert watch.observe(129, {EVENTS: Position(committed=42, end=50)}) == []
    assert len(watch.observe(130, {EVENTS: Position(committed=42, end=50)})) == 1


def test_progress_clears_a_stall_and_a_released_partition_is_forgotten() -> None:
    watch = StallWatch(timeout=30)
    watch.observe(0, {EVENTS: Position(10, 20), ALERTS: Position(5, 6)})
    assert {s.partition for s in watch.observe(30, {EVENTS: Position(10, 20), ALERTS: Position(5, 6)})} == {
        EVENTS,
        ALERTS,
    }
    assert watch.observe(31, {EVENTS: Position(11, 20)}) == []  # moved; ALERTS went to another worker
    assert watch.stalled == []
    assert watch.observe(40, {ALERTS: Position(5, 6)}) == []  # back again: a fresh clock


def test_a_stall_is_acted_on_once_a_timeout_so_the_remedy_has_time_to_show() -> None:
    watch = StallWatch(timeout=30)
    watch.observe(0, {EVENTS: Position(10, 20)})
    watch.observe(30, {EVENTS: Position(10, 20)})
    assert [s.partition for s in watch.to_recover(30)] == [EVENTS]
    watch.observe(45, {EVENTS: Position(10, 20)})
    assert watch.to_recover(45) == []  # still stalled (health says so) but just acted on
    watch.observe(60, {EVENTS: Position(10, 20)})
    assert [s.partition for s in watch.to_recover(60)] == [EVENTS]
