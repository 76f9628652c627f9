"""The last alerts the dispatcher saw, for `GET /v1/alerts`: bounded by count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from alerts.subscriptions import SEVERITY_ORDER
from conflictwatch.models import Alert, AlertStatus, Severity
from conflictwatch.redis_client import AsyncRedis, as_text
from conflictwatch.redis_keys import RedisKeys

# KEYS: recent zset, data hash. ARGV: limit, then (member, score, json) triples.
_RECORD = """
for i = 2, #ARGV, 3 do
  redis.call('ZADD', KEYS[1], ARGV[i + 1], ARGV[i])
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 2])
end
local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[1])
if excess > 0 then
  local old = redis.call('ZRANGE', KEYS[1], 0, excess - 1)
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
  redis.call('HDEL', KEYS[2], unpack(old))
end
return excess
"""


class RecentAlerts:
    def __init__(self, redis: AsyncRedis, keys: RedisKeys, limit: int) -> None:
        self.redis = redis
        self.keys = keys
        self.limit = limit
        self._record = redis.register_script(_RECORD)

    async def record(self, alerts: Sequence[Alert]) -> None:
        if not alerts:
            return
        args: list[str | int | float] = [self.limit]
        for alert in alerts:
            args += [f"{alert.fingerprint}/{alert.status.value}", alert.emitted_at.timestamp(), alert.model_dump_json()]
        await self._record(keys=[self.keys.recent_alerts(), self.keys.alert_data()], args=args)

    async def latest(self, fingerprint: str) -> Alert | None:
        """The latest state (by emission) of the alert with this fingerprint, while it is still listed."""
        members = [f"{fingerprint}/{status.value}" for status in AlertStatus]
        stored = await self.redis.hmget(self.keys.alert_data(), members)
        found = [Alert.model_validate_json(raw) for raw in stored if raw]
        return max(found, key=lambda alert: alert.emitted_at, default=None)

    async def query(
        self,
        *,
        theatre: str | None = None,
        rule: str | None = None,
        status: AlertStatus | None = None,
        min_severity: Severity = Severity.INFO,
        since: datetime | None = None,
        limit: int = 100,
    ) -> list[Alert]:
        """Newest first."""
        low = since.timestamp() if since else "-inf"
        members = [as_text(m) for m in await self.redis.zrevrangebyscore(self.keys.recent_alerts(), "+inf", low)]
        if not members:
            return []
        found = []
        for raw in await self.redis.hmget(self.keys.alert_data(), members):
            if raw is None:
                continue
            alert = Alert.model_validate_json(raw)
            if (
                (theatre is None or alert.theatre == theatre)
                and (rule is None or alert.rule == rule)
                and (status is None or alert.status is status)
                and SEVERITY_ORDER[alert.severity] >= SEVERITY_ORDER[min_severity]
            ):
                found.append(alert)
                if len(found) == limit:
                    break
        return found
