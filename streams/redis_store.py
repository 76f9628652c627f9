"""Redis state store: loads the slice of state a batch needs in one pipeline and
commits each new event with one atomic, idempotent Lua script (see
conflictwatch.redis_keys for the schema)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta

from redis.asyncio import Redis

from conflictwatch.models import Event
from conflictwatch.redis_keys import WATERMARK_FIELD, RedisKeys
from streams.rules.base import SeriesNeed
from streams.state import EngineState, Point

# KEYS: events, series, counts, last (one theatre's hash slot)
# ARGV: event_id, time, series member, type, retention seconds, then count name/value pairs
# Returns 1 when counted, 0 when the id was already counted, -1 when the event is
# older than the retention behind the watermark (its id could no longer be
# remembered, so counting it would break idempotency).
APPLY_EVENT = f"""
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local t = tonumber(ARGV[2])
local retention = tonumber(ARGV[5])
local wm = tonumber(redis.call('HGET', KEYS[4], '{WATERMARK_FIELD}') or ARGV[2])
if t > wm then wm = t end
local horizon = wm - retention
if t < horizon then return -1 end
redis.call('ZADD', KEYS[1], t, ARGV[1])
redis.call('ZADD', KEYS[2], t, ARGV[3])
redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
for i = 6, #ARGV, 2 do
  redis.call('HINCRBY', KEYS[3], ARGV[4] .. ':' .. ARGV[i], ARGV[i + 1])
end
local last = tonumber(redis.call('HGET', KEYS[4], ARGV[4]) or '-1e300')
if t > last then redis.call('HSET', KEYS[4], ARGV[4], ARGV[2]) end
redis.call('HSET', KEYS[4], '{WATERMARK_FIELD}', tostring(wm))
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. horizon)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. horizon)
local ttl = math.floor(retention * 1000)
for i = 1, 4 do redis.call('PEXPIRE', KEYS[i], ttl) end
return 1
"""


class RedisStore:
    def __init__(self, redis: Redis, keys: RedisKeys, retention: timedelta) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention.total_seconds()
        self._apply = redis.register_script(APPLY_EVENT)
        self.late_beyond_retention = 0

    async def load(self, events: Sequence[Event], needs: Iterable[SeriesNeed]) -> EngineState:
        needs = list(needs)
        by_theatre: dict[str, list[Event]] = defaultdict(list)
        for event in events:
            by_theatre[event.theatre].append(event)
        pipe = self.redis.pipeline(transaction=False)
        plan: list[tuple[str, str, str]] = []  # (kind, theatre, type) in pipeline order
        for theatre, group in by_theatre.items():
            pipe.zmscore(self.keys.events(theatre), [e.id for e in group])
            plan.append(("seen", theatre, ""))
            earliest = min(e.timestamp for e in group)
            latest = max(e.timestamp for e in group)
            for need in needs:
                key = self.keys.series(theatre, need.event_type.value)
                if need.predecessor:
                    pipe.zrevrangebyscore(key, f"({earliest}", "-inf", start=0, num=1, withscores=True)
                    plan.append(("series", theatre, need.event_type.value))
                start = earliest - need.lookback.total_seconds()
                pipe.zrangebyscore(key, start, latest, withscores=True)
                plan.append(("series", theatre, need.event_type.value))
        results = await pipe.execute()
        state = EngineState()
        for (kind, theatre, event_type), result in zip(plan, results, strict=True):
            if kind == "seen":
                group = by_theatre[theatre]
                state.seen.update(e.id for e, score in zip(group, result, strict=True) if score is not None)
                continue
            series = state.series_of(theatre, event_type)
            known = {p.event_id for p in series.points}
            for member, score in result:
                point = Point.from_member(member.decode() if isinstance(member, bytes) else member, score)
                if point.event_id not in known:
                    series.add(point)
                    known.add(point.event_id)
        return state

    async def commit(self, events: Sequence[Event]) -> list[int]:
        if not events:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for event in events:
            theatre = event.theatre
            args: list[str | int | float] = [
                event.id,
                repr(event.timestamp),
                Point.of(event).member(),
                event.type.value,
                self.retention,
            ]
            for name, value in event.counts.values().items():
                args += [name, value]
            await self._apply(
                keys=[
                    self.keys.events(theatre),
                    self.keys.series(theatre, event.type.value),
                    self.keys.counts(theatre),
                    self.keys.last(theatre),
                ],
                args=args,
                client=pipe,
            )
        pipe.sadd(self.keys.theatres(), *{e.theatre for e in events})
        results = [int(r) for r in (await pipe.execute())[:-1]]
        self.late_beyond_retention += results.count(-1)
        return results
