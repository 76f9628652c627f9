"""Where a GDELT follower is: the stamp of the last export it published (or gave
up on), kept in Redis (`conflictwatch.redis_keys.RedisKeys.gdelt_position`) so a
restart resumes after it. It moves only forward and only after Kafka acknowledged
the export's events (`seen_entries.publish_then_remember`, as the feed does), so
a crash in between publishes that export again, with the same event ids, and
never loses one. The key expires `retention` after the last write.
"""

from __future__ import annotations

from datetime import timedelta

from conflictwatch.redis_client import SyncRedis
from conflictwatch.redis_keys import RedisKeys

_ADVANCE = """
local current = redis.call('GET', KEYS[1])
if not current or current < ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1])
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
"""


class ExportPosition:
    def __init__(self, client: SyncRedis, keys: RedisKeys, update_list: str, retention: timedelta) -> None:
        self.client = client
        self.key = keys.gdelt_position(update_list)
        self.ttl = int(retention.total_seconds())
        self._advance = client.register_script(_ADVANCE)

    def last(self) -> str | None:
        value = self.client.get(self.key)
        return value.decode() if isinstance(value, bytes) else value

    def remember(self, entry_ids: list[str]) -> None:
        if entry_ids:
            self._advance(keys=[self.key], args=[max(entry_ids), self.ttl])


class MemoryPosition:
    """The same without Redis, for dry runs: forgotten at exit."""

    def __init__(self, stamp: str | None = None) -> None:
        self.stamp = stamp

    def last(self) -> str | None:
        return self.stamp

    def remember(self, entry_ids: list[str]) -> None:
        if entry_ids:
            self.stamp = max(self.stamp or "", *entry_ids)
