"""The Redis key schema, in one place. This docstring is its documentation.

Every per-theatre key carries the theatre in a hash tag, so one theatre's keys
live on one Redis Cluster slot and a Lua script may touch them together:

    {prefix}:{<theatre>}:events              ZSET  event_id -> event time (epoch s).
                                                   Idempotency: an id present here
                                                   has been counted. Trimmed to the
                                                   retention behind the watermark.
    {prefix}:{<theatre>}:outlets             HASH  event_id -> outlets that reported it
                                                   (unit-separated). Idempotency: an id
                                                   present has been counted; a new outlet
                                                   corroborates it. Trimmed with :events.
    {prefix}:{<theatre>}:series:<type>       ZSET  point JSON [id, duration, counts, place,
                                                   side, confidence] -> event time. Exact
                                                   rolling windows and gaps; same trimming.
    {prefix}:{<theatre>}:counts              HASH  "<type>" -> events counted,
                                                   "<type>:<count>" -> sum of that count.
    {prefix}:{<theatre>}:last                HASH  "<type>" -> latest event time,
                                                   "_watermark" -> the theatre's watermark.
    {prefix}:{<theatre>}:rules               HASH  rule id -> the rule's own state (JSON:
                                                   firing waves, pending deadlines …).
    {prefix}:{<theatre>}:late                LIST  ids of events that came later than the
                                                   allowed lateness (newest first, last 1000).
    {prefix}:{<theatre>}:delivered:<msg id>  STRING  set once a webhook message was
                                                   delivered; TTL = repeat interval.
    {prefix}:theatres                        SET   theatres with state (for gauges).
    {prefix}:feed:<sha256(feed)[:16]>:seen   SET   ids of the feed's entries already
                                                   published (the feed producer); not
                                                   per theatre, so no hash tag.

Every per-theatre key expires after `retention` without writes, so memory is
bounded by retention however many theatres come and go; so does a feed's set.
"""

from __future__ import annotations

import hashlib

WATERMARK_FIELD = "_watermark"


class RedisKeys:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def _theatre(self, theatre: str) -> str:
        return f"{self.prefix}:{{{theatre}}}"

    def events(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:events"

    def series(self, theatre: str, event_type: str) -> str:
        return f"{self._theatre(theatre)}:series:{event_type}"

    def counts(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:counts"

    def last(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:last"

    def outlets(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:outlets"

    def rules(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:rules"

    def late(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:late"

    def delivered(self, theatre: str, message_id: str) -> str:
        return f"{self._theatre(theatre)}:delivered:{message_id}"

    def theatres(self) -> str:
        return f"{self.prefix}:theatres"

    def feed_seen(self, feed: str) -> str:
        return f"{self.prefix}:feed:{hashlib.sha256(feed.encode()).hexdigest()[:16]}:seen"
