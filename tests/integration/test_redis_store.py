"""The Redis state store on a real Redis: idempotent, atomic per event, bounded."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from conflictwatch.models import EventType
from conflictwatch.redis_client import AsyncRedis, async_redis
from conflictwatch.redis_keys import RedisKeys
from streams.memory_store import MemoryStore
from streams.redis_store import RedisStore
from streams.rules.base import SeriesNeed
from streams.state import EngineState
from streams.window import Window
from tests.factories import event, heartbeat
from tests.unit.streams.short_sighted import hourly_rocket_fire, views
from tests.worker import Namespace

pytestmark = pytest.mark.integration

NOTHING = Window.of([], timedelta(0))  # no rule reads a series


@pytest.fixture
def keys(namespace: Namespace) -> RedisKeys:
    return RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"])


def run(redis_url: str, keys: RedisKeys, retention: timedelta, work):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        redis = async_redis(redis_url)
        try:
            return await work(RedisStore(redis, keys, retention), redis)
        finally:
            await redis.aclose()

    return asyncio.run(go())


def test_an_event_committed_twice_counts_once(redis_url: str, keys: RedisKeys) -> None:
    events = [event(at=0, counts={"projectiles": 40}), event(at=1, counts={"projectiles": 2})]

    async def work(store: RedisStore, redis: AsyncRedis) -> tuple[list[int], list[int], dict[bytes, bytes]]:
        first = await store.commit(events, EngineState(), set())
        again = await store.commit(events, EngineState(), set())
        return first, again, await redis.hgetall(keys.counts("israel-gaza"))

    first, again, counts = run(redis_url, keys, timedelta(days=14), work)
    assert first == [1, 1]
    assert again == [0, 0]
    assert counts == {b"rocket_fire": b"2", b"rocket_fire:projectiles": b"42"}


def test_load_gives_seen_ids_and_the_predecessor_before_the_batch(redis_url: str, keys: RedisKeys) -> None:
    older = [event(at=0), event(at=2)]
    batch = [event(at=10), older[1]]

    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        await store.commit(older, EngineState(), set())
        return await store.load(batch, Window.of([SeriesNeed(EventType.ROCKET_FIRE, predecessor=True)], timedelta(0)))

    state = run(redis_url, keys, timedelta(days=14), work)
    assert state.seen == {older[1].id}
    series = state.series[("israel-gaza", "rocket_fire")]
    assert [p.event_id for p in series.points] == [older[0].id, older[1].id]  # predecessor, then the range


def test_keys_carry_the_theatre_hash_tag_and_expire_with_retention(redis_url: str, keys: RedisKeys) -> None:
    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        await store.commit([event(at=0)], EngineState(), set())
        found = [k async for k in redis.scan_iter(match=f"{keys.prefix}:*")]
        return found, [await redis.ttl(k) for k in found]

    found, ttls = run(redis_url, keys, timedelta(hours=1), work)
    theatre_keys = [k for k in found if k != keys.theatres().encode()]
    assert theatre_keys
    assert all(b":{israel-gaza}:" in k for k in theatre_keys)
    assert all(0 < ttl <= 3600 for k, ttl in zip(found, ttls, strict=True) if k != keys.theatres().encode())


def test_windows_are_trimmed_to_retention_and_too_late_events_are_not_counted(redis_url: str, keys: RedisKeys) -> None:
    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        results = await store.commit([event(at=0), event(at=30), event(at=1)], EngineState(), set())
        members = await redis.zrange(keys.series("israel-gaza", "rocket_fire"), 0, -1)
        return results, len(members), await redis.hget(keys.counts("israel-gaza"), "rocket_fire")

    results, members, counted = run(redis_url, keys, timedelta(hours=24), work)
    assert results == [1, 1, -1]
    assert members == 1
    assert counted == b"2"


def test_a_new_outlet_corroborates_and_the_same_outlet_is_a_duplicate(redis_url: str, keys: RedisKeys) -> None:
    first = event(at=0)
    other = event(at=0, source={"outlet": "Another Wire", "evidence": "Rockets."})

    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        results = await store.commit([first, other, other], EngineState(), set())
        state = await store.load([first], NOTHING)
        return results, state.outlets[first.id]

    results, outlets = run(redis_url, keys, timedelta(days=14), work)
    assert results == [1, 2, 0]
    assert outlets == {"Test Wire", "Another Wire"}


def test_rule_state_and_watermark_survive_a_reload_and_late_events_are_recorded(
    redis_url: str, keys: RedisKeys
) -> None:
    late = event(at=-48)

    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        state = EngineState()
        state.rule_state("israel-gaza", "air_strike_wave")["active"] = {"crossed": 1.0}
        state.touch("israel-gaza", "air_strike_wave")
        state.advance("israel-gaza", 5000.0)
        await store.commit([late], state, {late.id})
        reloaded = await store.load_theatres(["israel-gaza"], NOTHING, until=6000.0)
        return reloaded, await redis.lrange(keys.late("israel-gaza"), 0, -1)

    reloaded, late_ids = run(redis_url, keys, timedelta(days=14), work)
    assert reloaded.rules[("israel-gaza", "air_strike_wave")] == {"active": {"crossed": 1.0}}
    assert reloaded.watermark("israel-gaza") >= late.timestamp
    assert late_ids == [late.id.encode()]


@pytest.mark.parametrize("restarted", [False, True], ids=["warm", "restarted before each batch"])
def test_a_rule_reading_further_back_than_it_declares_is_given_the_same_window_as_in_memory(
    redis_url: str, keys: RedisKeys, restarted: bool
) -> None:
    events = hourly_rocket_fire(8)
    memory = MemoryStore()
    in_memory = asyncio.run(views(lambda: memory, events))

    async def in_redis() -> list[list[str]]:
        redis = async_redis(redis_url)
        warm = RedisStore(redis, keys, timedelta(days=14))
        try:
            return await views(lambda: RedisStore(redis, keys, timedelta(days=14)) if restarted else warm, events)
        finally:
            await redis.aclose()

    assert asyncio.run(in_redis()) == in_memory
    assert in_memory[-1] == [e.id for e in events[4:]]  # truncated to its window in both


def test_coverage_is_committed_per_theatre_and_loaded_back_after_a_restart(redis_url: str, keys: RedisKeys) -> None:
    async def work(store: RedisStore, redis: AsyncRedis):  # type: ignore[no-untyped-def]
        state = EngineState()
        state.cover(heartbeat(0, 2))
        state.cover(heartbeat(1, 3))  # merged with the first
        state.cover(heartbeat(5, 6, source="radio"))
        await store.commit([], state, set())
        raw = await redis.hgetall(keys.coverage("israel-gaza"))
        restarted = RedisStore(redis, keys, timedelta(days=14))
        loaded = await restarted.load([], NOTHING, {"israel-gaza"})
        return raw, loaded, await redis.pttl(keys.coverage("israel-gaza"))

    raw, loaded, ttl = run(redis_url, keys, timedelta(days=14), work)
    assert set(raw) == {b"https://wire.example.org/rss", b"radio"}
    coverage = loaded.coverage_of("israel-gaza")
    assert coverage is not None
    base = event(at=0).timestamp
    assert coverage.union() == [(base, base + 3 * 3600), (base + 5 * 3600, base + 6 * 3600)]
    assert 0 < ttl <= 14 * 86_400_000
