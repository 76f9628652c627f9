"""Which feed entries were already published, remembered in Redis; and the rule
every poller keeps when it remembers (`publish_then_remember`).

One SET per feed (see `conflictwatch.redis_keys.RedisKeys.feed_seen`): an entry
id is added after its events were acknowledged by Kafka, so a restart skips it
and a crash between publishing and remembering re-sends events that keep their
ids (the worker counts them once). The set expires `retention` after the last
write, so a feed that is no longer polled leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Protocol, TypeVar

from conflictwatch.redis_client import SyncRedis
from conflictwatch.redis_keys import RedisKeys

T = TypeVar("T")


class Remembers(Protocol):
    def remember(self, entry_ids: list[str]) -> None: ...


def publish_then_remember(publish: Callable[[], T], memory: Remembers, entry_ids: list[str]) -> T:
    """Publish, and only once that returned (a sink returns when Kafka acknowledged
    every event) remember the ids as done. A crash in between leaves them
    unremembered, so they are published again with the same event ids, which the
    worker counts once; nothing is ever remembered that was not published."""
    result = publish()
    memory.remember(entry_ids)
    return result


class SeenEntries:
    def __init__(self, client: SyncRedis, keys: RedisKeys, feed: str, retention: timedelta) -> None:
        self.client = client
        self.key = keys.feed_seen(feed)
        self.ttl = int(retention.total_seconds())

    def unseen(self, entry_ids: list[str]) -> list[str]:
        if not entry_ids:
            return []
        flags = self.client.smismember(self.key, entry_ids)
        return [entry for entry, seen in zip(entry_ids, flags, strict=True) if not seen]

    def remember(self, entry_ids: list[str]) -> None:
        if entry_ids:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.sadd(self.key, *entry_ids)
                pipe.expire(self.key, self.ttl)
                pipe.execute()


class MemorySeenEntries:
    """The same interface without Redis, for dry runs: nothing is remembered after exit."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def unseen(self, entry_ids: list[str]) -> list[str]:
        return [entry for entry in entry_ids if entry not in self.ids]

    def remember(self, entry_ids: list[str]) -> None:
        self.ids.update(entry_ids)
