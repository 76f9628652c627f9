"""Redis state store: loads the slice of state a batch needs in one pipeline and
commits a batch per theatre in one MULTI/EXEC: one idempotent Lua script per
event plus the rules' own state and the watermark (see conflictwatch.redis_keys
for the schema). All keys of a theatre share a hash slot."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from redis.asyncio import Redis

from conflictwatch.models import Event
from conflictwatch.redis_keys import WATERMARK_FIELD, RedisKeys
from streams.engine import watermark_time
from streams.rules.base import SeriesNeed
from streams.state import EngineState, Point

OUTLET_SEPARATOR = "\x1f"

# KEYS: events, series, counts, last, outlets, late (one theatre's hash slot)
# ARGV: event_id, time, point member, type, retention s, watermark candidate, outlet,
#       late flag, then count name/value pairs
# Returns 1 counted, 2 a new outlet corroborated a counted event, 0 already known,
# -1 older than the retention behind the watermark: its id could no longer be
# remembered, so counting it would break idempotency.
APPLY_EVENT = """
local known = redis.call('HGET', KEYS[5], ARGV[1])
if known then
  for outlet in string.gmatch(known, '[^\\31]+') do
    if outlet == ARGV[7] then return 0 end
  end
  redis.call('HSET', KEYS[5], ARGV[1], known .. '\\31' .. ARGV[7])
  return 2
end
local t = tonumber(ARGV[2])
local retention = tonumber(ARGV[5])
local candidate = tonumber(ARGV[6])
local wm = tonumber(redis.call('HGET', KEYS[4], '__WM__') or ARGV[6])
if candidate > wm then wm = candidate end
local horizon = wm - retention
if t < horizon then return -1 end
redis.call('ZADD', KEYS[1], t, ARGV[1])
redis.call('HSET', KEYS[5], ARGV[1], ARGV[7])
redis.call('ZADD', KEYS[2], t, ARGV[3])
redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
for i = 9, #ARGV, 2 do
  redis.call('HINCRBY', KEYS[3], ARGV[4] .. ':' .. ARGV[i], ARGV[i + 1])
end
local last = tonumber(redis.call('HGET', KEYS[4], ARGV[4]) or '-1e300')
if t > last then redis.call('HSET', KEYS[4], ARGV[4], ARGV[2]) end
redis.call('HSET', KEYS[4], '__WM__', tostring(wm))
if ARGV[8] == '1' then
  redis.call('LPUSH', KEYS[6], ARGV[1])
  redis.call('LTRIM', KEYS[6], 0, 999)
end
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. horizon)
for i = 1, #old, 500 do
  redis.call('HDEL', KEYS[5], unpack(old, i, math.min(i + 499, #old)))
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. horizon)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. horizon)
local ttl = math.floor(retention * 1000)
for i = 1, 6 do redis.call('PEXPIRE', KEYS[i], ttl) end
return 1
""".replace("__WM__", WATERMARK_FIELD)

# KEYS: last; ARGV: watermark. The watermark never moves back.
ADVANCE_WATERMARK = """
local wm = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '-1e300')
if tonumber(ARGV[2]) > wm then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1
"""


class RedisStore:
    def __init__(self, redis: Redis, keys: RedisKeys, retention: timedelta) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention.total_seconds()
        self._apply = redis.register_script(APPLY_EVENT)
        self._advance = redis.register_script(ADVANCE_WATERMARK)

    async def theatres(self) -> list[str]:
        members = await self.redis.smembers(self.keys.theatres())
        return sorted(t.decode() if isinstance(t, bytes) else t for t in members)

    async def load(self, events: Sequence[Event], needs: Iterable[SeriesNeed]) -> EngineState:
        by_theatre: dict[str, list[Event]] = defaultdict(list)
        for event in events:
            by_theatre[event.theatre].append(event)
        spans = {
            theatre: (min(e.timestamp for e in group), max(e.timestamp for e in group))
            for theatre, group in by_theatre.items()
        }
        return await self._load(spans, list(needs), {t: [e.id for e in g] for t, g in by_theatre.items()})

    async def load_theatres(self, theatres: Iterable[str], needs: Iterable[SeriesNeed], until: float) -> EngineState:
        """State for time-driven rules of these theatres, up to `until`."""
        return await self._load({t: (until, until) for t in theatres}, list(needs), {})

    async def _load(
        self, spans: dict[str, tuple[float, float]], needs: list[SeriesNeed], ids: dict[str, list[str]]
    ) -> EngineState:
        pipe = self.redis.pipeline(transaction=False)
        plan: list[tuple[str, str, str]] = []
        for theatre, (earliest, latest) in spans.items():
            pipe.hget(self.keys.last(theatre), WATERMARK_FIELD)
            plan.append(("watermark", theatre, ""))
            pipe.hgetall(self.keys.rules(theatre))
            plan.append(("rules", theatre, ""))
            if ids.get(theatre):
                pipe.hmget(self.keys.outlets(theatre), ids[theatre])
                plan.append(("outlets", theatre, ""))
            for need in needs:
                key = self.keys.series(theatre, need.event_type.value)
                if need.predecessor:
                    start = earliest - need.lookback.total_seconds()
                    pipe.zrevrangebyscore(key, f"({start}", "-inf", start=0, num=1, withscores=True)
                    plan.append(("series", theatre, need.event_type.value))
                pipe.zrangebyscore(
                    key,
                    earliest - need.lookback.total_seconds(),
                    latest + need.lookahead.total_seconds(),
                    withscores=True,
                )
                plan.append(("series", theatre, need.event_type.value))
        results = await pipe.execute()
        state = EngineState()
        loaded: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (kind, theatre, event_type), result in zip(plan, results, strict=True):
            if kind == "watermark":
                if result is not None:
                    state.watermarks[theatre] = float(result)
            elif kind == "rules":
                for rule_id, blob in result.items():
                    state.rules[(theatre, rule_id.decode())] = json.loads(blob)
            elif kind == "outlets":
                for event_id, outlets in zip(ids[theatre], result, strict=True):
                    if outlets is not None:
                        state.seen.add(event_id)
                        state.outlets[event_id] = set(outlets.decode().split(OUTLET_SEPARATOR))
            else:
                series = state.series_of(theatre, event_type)
                known = loaded[(theatre, event_type)]
                for member, score in result:
                    point = Point.from_member(member.decode(), score)
                    if point.event_id not in known:
                        series.add(point)
                        known.add(point.event_id)
        return state

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """Persist the events (idempotent per id), the rules' changed state and the
        watermarks, atomically per theatre. Per event: see APPLY_EVENT."""
        positions: dict[str, list[int]] = defaultdict(list)
        for index, event in enumerate(events):
            positions[event.theatre].append(index)
        theatres = set(positions) | {t for t, _ in state.dirty_rules} | set(state.watermarks)
        results = [0] * len(events)
        for theatre in sorted(theatres):
            pipe = self.redis.pipeline(transaction=True)
            group = [events[i] for i in positions.get(theatre, [])]
            for event in group:
                await self._apply(keys=self._event_keys(event), args=self._event_args(event, late), client=pipe)
            dirty = {r: state.rules[(t, r)] for t, r in state.dirty_rules if t == theatre}
            if dirty:
                pipe.hset(self.keys.rules(theatre), mapping={r: json.dumps(v) for r, v in dirty.items()})
                pipe.pexpire(self.keys.rules(theatre), int(self.retention * 1000))
            if theatre in state.watermarks:
                await self._advance(
                    keys=[self.keys.last(theatre)],
                    args=[WATERMARK_FIELD, repr(state.watermarks[theatre])],
                    client=pipe,
                )
            pipe.sadd(self.keys.theatres(), theatre)
            replies = await pipe.execute()
            for index, reply in zip(positions.get(theatre, []), replies, strict=False):
                results[index] = int(reply)
        state.dirty_rules.clear()
        return results

    def _event_keys(self, event: Event) -> list[str]:
        theatre = event.theatre
        return [
            self.keys.events(theatre),
            self.keys.series(theatre, event.type.value),
            self.keys.counts(theatre),
            self.keys.last(theatre),
            self.keys.outlets(theatre),
            self.keys.late(theatre),
        ]

    def _event_args(self, event: Event, late: set[str]) -> list[Any]:
        args: list[Any] = [
            event.id,
            repr(event.timestamp),
            Point.of(event).member(),
            event.type.value,
            self.retention,
            repr(watermark_time(event)),
            event.source.outlet,
            "1" if event.id in late else "0",
        ]
        for name, value in event.counts.values().items():
            args += [name, value]
        return args


ROLLING_WINDOWS = {"1h": 3600.0, "6h": 6 * 3600.0, "24h": 24 * 3600.0}


class TheatreSnapshot:
    """What the worker exports as gauges for one theatre."""

    def __init__(self, watermark: float | None, last: dict[str, float], windows: dict[tuple[str, str], int]) -> None:
        self.watermark = watermark
        self.last = last
        self.windows = windows


async def snapshot(store: RedisStore, event_types: Sequence[str]) -> dict[str, TheatreSnapshot]:
    """Watermark, latest event time by type, and event counts in the rolling
    windows ending at the watermark, for every theatre."""
    theatres = await store.theatres()
    pipe = store.redis.pipeline(transaction=False)
    for theatre in theatres:
        pipe.hgetall(store.keys.last(theatre))
    lasts = await pipe.execute()
    pipe = store.redis.pipeline(transaction=False)
    plan: list[tuple[str, str, str]] = []
    marks: dict[str, float | None] = {}
    for theatre, last in zip(theatres, lasts, strict=True):
        raw = last.get(WATERMARK_FIELD.encode())
        marks[theatre] = float(raw) if raw is not None else None
        if raw is None:
            continue
        for event_type in event_types:
            for name, width in ROLLING_WINDOWS.items():
                pipe.zcount(store.keys.series(theatre, event_type), f"({float(raw) - width}", float(raw))
                plan.append((theatre, event_type, name))
    counts = await pipe.execute()
    windows: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for (theatre, event_type, name), count in zip(plan, counts, strict=True):
        windows[theatre][(event_type, name)] = int(count)
    return {
        theatre: TheatreSnapshot(
            marks[theatre],
            {k.decode(): float(v) for k, v in last.items() if k.decode() != WATERMARK_FIELD},
            windows[theatre],
        )
        for theatre, last in zip(theatres, lasts, strict=True)
    }
