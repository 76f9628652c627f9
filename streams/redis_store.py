"""Redis state store: loads the slice of state a batch needs in one pipeline and
commits a batch with one idempotent Lua script per theatre (its events, the
rules' own state and the watermark; see conflictwatch.redis_keys for the
schema). All keys of a theatre share a hash slot, so each script runs on one
Redis Cluster node."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from conflictwatch.models import Event
from conflictwatch.redis_client import AsyncRedis
from conflictwatch.redis_keys import WATERMARK_FIELD, RedisKeys
from streams.coverage import SourceCoverage, TheatreCoverage
from streams.engine import watermark_time
from streams.state import EngineState, Point
from streams.window import Window

OUTLET_SEPARATOR = "\x1f"

# One theatre's batch in one call, atomic (all keys in the theatre's hash slot, so
# one Redis Cluster node runs it).
# KEYS: events, counts, last, outlets, late, rules, coverage, then the series keys
#       the events use
# ARGV: retention s, the watermark the engine reached (or ""), the number of
#       changed rule states and their rule id/JSON pairs, the number of coverage
#       sources to write and their source/JSON pairs, the number of sources to
#       forget and their names, then per event: id, time, point member, type,
#       series key index, watermark candidate, outlet, late flag, number of
#       counts, count name/value pairs
# Returns per event: 1 counted, 2 a new outlet corroborated a counted event, 0
# already known, -1 older than the retention behind the watermark (its id could no
# longer be remembered, so counting it would break idempotency).
COMMIT_THEATRE = """
local retention = tonumber(ARGV[1])
local ttl = math.floor(retention * 1000)
local wm = tonumber(redis.call('HGET', KEYS[3], '__WM__') or '-1e300')
local results = {}
local touched = {}
local nrules = tonumber(ARGV[3])
local covered_at = 5 + 2 * nrules
local ncovered = tonumber(ARGV[covered_at - 1])
local gone_at = covered_at + 2 * ncovered + 1
local ngone = tonumber(ARGV[gone_at - 1])
local i = gone_at + ngone
local events_given = i <= #ARGV
while i <= #ARGV do
  local id, ts, member, etype = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local t = tonumber(ts)
  local series = KEYS[tonumber(ARGV[i + 4])]
  local candidate, outlet, late, ncounts = tonumber(ARGV[i + 5]), ARGV[i + 6], ARGV[i + 7], tonumber(ARGV[i + 8])
  local counts_at = i + 9
  i = counts_at + 2 * ncounts
  local known = redis.call('HGET', KEYS[4], id)
  if known then
    local repeated = false
    for seen in string.gmatch(known, '[^\\31]+') do
      if seen == outlet then repeated = true end
    end
    if repeated then
      results[#results + 1] = 0
    else
      redis.call('HSET', KEYS[4], id, known .. '\\31' .. outlet)
      results[#results + 1] = 2
    end
  else
    if candidate > wm then wm = candidate end
    if t < wm - retention then
      results[#results + 1] = -1
    else
      redis.call('ZADD', KEYS[1], t, id)
      redis.call('HSET', KEYS[4], id, outlet)
      redis.call('ZADD', series, t, member)
      touched[series] = true
      redis.call('HINCRBY', KEYS[2], etype, 1)
      for c = counts_at, counts_at + 2 * ncounts - 1, 2 do
        redis.call('HINCRBY', KEYS[2], etype .. ':' .. ARGV[c], ARGV[c + 1])
      end
      local last = tonumber(redis.call('HGET', KEYS[3], etype) or '-1e300')
      if t > last then redis.call('HSET', KEYS[3], etype, ts) end
      if late == '1' then
        redis.call('LPUSH', KEYS[5], id)
        redis.call('LTRIM', KEYS[5], 0, 999)
      end
      results[#results + 1] = 1
    end
  end
end
if events_given then
  if wm > -1e300 then redis.call('HSET', KEYS[3], '__WM__', tostring(wm)) end
  local horizon = wm - retention
  local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. horizon)
  for o = 1, #old, 500 do
    redis.call('HDEL', KEYS[4], unpack(old, o, math.min(o + 499, #old)))
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. horizon)
  for series, _ in pairs(touched) do
    redis.call('ZREMRANGEBYSCORE', series, '-inf', '(' .. horizon)
    redis.call('PEXPIRE', series, ttl)
  end
  for k = 1, 5 do redis.call('PEXPIRE', KEYS[k], ttl) end
end
if nrules > 0 then
  redis.call('HSET', KEYS[6], unpack(ARGV, 4, 3 + 2 * nrules))
  redis.call('PEXPIRE', KEYS[6], ttl)
end
if ncovered > 0 then redis.call('HSET', KEYS[7], unpack(ARGV, covered_at, covered_at + 2 * ncovered - 1)) end
if ngone > 0 then redis.call('HDEL', KEYS[7], unpack(ARGV, gone_at, gone_at + ngone - 1)) end
if ncovered + ngone > 0 then redis.call('PEXPIRE', KEYS[7], ttl) end
-- The engine's watermark never moves the stored one back.
if ARGV[2] ~= '' and tonumber(ARGV[2]) > tonumber(redis.call('HGET', KEYS[3], '__WM__') or '-1e300') then
  redis.call('HSET', KEYS[3], '__WM__', ARGV[2])
end
return results
""".replace("__WM__", WATERMARK_FIELD)


class RedisStore:
    """Redis is the authority; the theatres this worker has seen are kept warm in
    memory (write-through), so a batch costs one HMGET of its event ids per
    theatre instead of re-reading windows. A theatre is loaded from Redis the
    first time, after `invalidate` (a failed batch) and after a rebalance; either
    way the engine gets the rules' window of it."""

    def __init__(self, redis: AsyncRedis, keys: RedisKeys, retention: timedelta) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention.total_seconds()
        self._warm = EngineState()
        self._warm_theatres: set[str] = set()

    async def theatres(self) -> list[str]:
        members = await self.redis.smembers(self.keys.theatres())
        return sorted(t.decode() if isinstance(t, bytes) else t for t in members)

    def invalidate(self, theatres: Iterable[str] | None = None) -> None:
        """Forget cached state: of these theatres, or of all."""
        drop = set(self._warm_theatres if theatres is None else theatres)
        self._warm_theatres -= drop
        self._warm.forget(drop)

    async def load(self, events: Sequence[Event], window: Window, theatres: Iterable[str] = ()) -> EngineState:
        ids: dict[str, list[str]] = defaultdict(list)
        for event in events:
            ids[event.theatre].append(event.id)
        return await self._load(set(ids) | set(theatres), window, ids)

    async def load_theatres(self, theatres: Iterable[str], window: Window, until: float) -> EngineState:
        """State for time-driven rules of these theatres."""
        return await self._load(set(theatres), window, {})

    async def _load(self, theatres: set[str], window: Window, ids: dict[str, list[str]]) -> EngineState:
        state = self._warm
        window.trim(state)  # the cache stays bounded
        state.seen, state.outlets = set(), {}
        cold = sorted(theatres - self._warm_theatres)
        pipe = self.redis.pipeline(transaction=False)
        for theatre in sorted(ids):
            pipe.hmget(self.keys.outlets(theatre), ids[theatre])
        for theatre in cold:
            pipe.hget(self.keys.last(theatre), WATERMARK_FIELD)
            pipe.hgetall(self.keys.rules(theatre))
            pipe.hgetall(self.keys.coverage(theatre))
        replies = list(await pipe.execute())
        for theatre in sorted(ids):
            for event_id, outlets in zip(ids[theatre], replies.pop(0), strict=True):
                if outlets is not None:
                    state.seen.add(event_id)
                    state.outlets[event_id] = set(outlets.decode().split(OUTLET_SEPARATOR))
        marks: dict[str, float] = {}
        for theatre in cold:
            mark, rules, coverage = replies.pop(0), replies.pop(0), replies.pop(0)
            if mark is not None:
                marks[theatre] = state.watermarks[theatre] = float(mark)
            for rule_id, blob in rules.items():
                state.rules[(theatre, rule_id.decode())] = json.loads(blob)
            if coverage:
                state.coverage[theatre] = TheatreCoverage(
                    {source.decode(): SourceCoverage.load(blob) for source, blob in coverage.items()}
                )
        if cold:
            await self._load_series(state, cold, window, marks)
        return state

    async def _load_series(
        self, state: EngineState, theatres: list[str], window: Window, marks: dict[str, float]
    ) -> None:
        """The window of each theatre's series: from its start on, and the latest point before."""
        pipe = self.redis.pipeline(transaction=False)
        plan: list[tuple[str, str]] = []
        for theatre in theatres:
            start = window.start(marks.get(theatre, float("inf")))
            for event_type in sorted(window.event_types):
                key = self.keys.series(theatre, event_type)
                pipe.zrevrangebyscore(key, f"({start}", "-inf", start=0, num=1, withscores=True)
                pipe.zrangebyscore(key, start, "+inf", withscores=True)
                plan += [(theatre, event_type), (theatre, event_type)]
        results = await pipe.execute()
        for (theatre, event_type), result in zip(plan, results, strict=True):
            for member, score in result:
                state.add_point(theatre, event_type, Point.from_member(member.decode(), score))
        self._warm_theatres.update(theatres)

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        """Persist the events (idempotent per id and outlet), the rules' changed
        state and the watermarks, atomically per theatre: one COMMIT_THEATRE each,
        all in one pipeline, one round trip with the set of theatres (no MULTI/EXEC,
        which a Redis Cluster allows within one slot only and redis-py's asyncio
        cluster client queues through a thread of its own). Per event: see
        COMMIT_THEATRE."""
        positions: dict[str, list[int]] = defaultdict(list)
        for index, event in enumerate(events):
            positions[event.theatre].append(index)
        theatres = sorted(
            set(positions)
            | {t for t, _ in state.dirty_rules}
            | {t for t, _ in state.dirty_coverage}
            | set(state.watermarks)
        )
        if not theatres:
            return []
        pipe = self.redis.pipeline(transaction=False)
        # In no theatre's hash slot: a cluster pipeline sends it to its own node.
        pipe.sadd(self.keys.theatres(), *theatres)
        for theatre in theatres:
            dirty = {r: state.rules[(t, r)] for t, r in state.dirty_rules if t == theatre}
            covered = {source for t, source in state.dirty_coverage if t == theatre}
            mark = state.watermarks.get(theatre)
            group = [events[i] for i in positions.get(theatre, [])]
            keys, args = self._batch(theatre, group, late, dirty, self._coverage(state, theatre, covered), mark)
            # EVAL, not EVALSHA: a cluster pipeline loads no script, and a promoted
            # replica's script cache is empty.
            pipe.eval(COMMIT_THEATRE, len(keys), *keys, *args)
        _, *replies = await pipe.execute()
        results = [0] * len(events)
        for theatre, reply in zip(theatres, replies, strict=True):
            for index, result in zip(positions.get(theatre, []), reply, strict=True):
                results[index] = int(result)
        state.dirty_rules.clear()
        state.dirty_coverage.clear()
        return results

    def _coverage(self, state: EngineState, theatre: str, sources: set[str]) -> tuple[dict[str, str], list[str]]:
        """The changed sources' coverage to write, without spans older than the
        retention, and the sources left with none, to forget."""
        if not sources:
            return {}, []
        found = state.coverage[theatre]
        latest = max((b for s in found.sources.values() for _, b in s.spans), default=0.0)
        horizon = max(state.watermark(theatre), latest) - self.retention
        sources |= found.trim(horizon)
        kept = {name: found.sources[name].dump() for name in sources if name in found.sources}
        return kept, [name for name in sources if name not in found.sources]

    def _batch(
        self,
        theatre: str,
        group: Sequence[Event],
        late: set[str],
        dirty: dict[str, Any],
        coverage: tuple[dict[str, str], list[str]],
        mark: float | None,
    ) -> tuple[list[str], list[Any]]:
        fixed = [
            self.keys.events(theatre),
            self.keys.counts(theatre),
            self.keys.last(theatre),
            self.keys.outlets(theatre),
            self.keys.late(theatre),
            self.keys.rules(theatre),
            self.keys.coverage(theatre),
        ]
        series: dict[str, int] = {}
        args: list[Any] = [self.retention, "" if mark is None else repr(mark), len(dirty)]
        for rule_id, rule_state in dirty.items():
            args += [rule_id, json.dumps(rule_state)]
        kept, gone = coverage
        args += [len(kept), *(item for pair in kept.items() for item in pair), len(gone), *gone]
        for event in group:
            key = self.keys.series(theatre, event.type.value)
            index = series.setdefault(key, len(fixed) + len(series) + 1)
            counts = event.counts.values()
            point = Point.of(event)
            args += [
                event.id,
                repr(point.time),
                point.member(),
                event.type.value,
                index,
                repr(watermark_time(event, point)),
                event.source.outlet,
                "1" if event.id in late else "0",
                len(counts),
            ]
            for name, value in counts.items():
                args += [name, value]
        return [*fixed, *series], args


ROLLING_WINDOWS = {"1h": 3600.0, "6h": 6 * 3600.0, "24h": 24 * 3600.0}
FIGURE_TYPES = ("casualty_report", "displacement_report", "infrastructure_damage")


class TheatreSnapshot:
    """What the worker exports as gauges for one theatre."""

    def __init__(
        self,
        watermark: float | None,
        last: dict[str, float],
        windows: dict[tuple[str, str], int],
        figures: dict[tuple[str, str], int],
        coverage: TheatreCoverage | None = None,
    ) -> None:
        self.watermark = watermark
        self.last = last
        self.windows = windows
        self.figures = figures
        self.coverage = coverage


async def snapshot(store: RedisStore, event_types: Sequence[str]) -> dict[str, TheatreSnapshot]:
    """Watermark, latest event time by type, event counts in the rolling windows
    ending at the watermark, and coverage, for every theatre."""
    theatres = await store.theatres()
    pipe = store.redis.pipeline(transaction=False)
    for theatre in theatres:
        pipe.hgetall(store.keys.last(theatre))
        pipe.hgetall(store.keys.coverage(theatre))
    replies = await pipe.execute()
    lasts, coverages = replies[::2], replies[1::2]
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
    for theatre in theatres:
        for event_type in FIGURE_TYPES:
            pipe.zrevrange(store.keys.series(theatre, event_type), 0, 0, withscores=True)
    replies = await pipe.execute()
    counts, latest = replies[: len(plan)], replies[len(plan) :]
    windows: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for (theatre, event_type, name), count in zip(plan, counts, strict=True):
        windows[theatre][(event_type, name)] = int(count)
    figures: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for (theatre, event_type), found in zip([(t, e) for t in theatres for e in FIGURE_TYPES], latest, strict=True):
        for member, score in found:
            for name, value in Point.from_member(member.decode(), score).counts:
                figures[theatre][(event_type, name)] = value
    return {
        theatre: TheatreSnapshot(
            marks[theatre],
            {k.decode(): float(v) for k, v in last.items() if k.decode() != WATERMARK_FIELD},
            windows[theatre],
            figures[theatre],
            TheatreCoverage({s.decode(): SourceCoverage.load(b) for s, b in coverage.items()}) if coverage else None,
        )
        for theatre, last, coverage in zip(theatres, lasts, coverages, strict=True)
    }
