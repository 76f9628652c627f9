"""The Redis key schema, in one place. This docstring is its documentation.

Every per-theatre key carries the theatre in a hash tag, so one theatre's keys
live on one Redis Cluster slot and a Lua script may touch them together; keys of
one webhook subscription carry its id in a hash tag the same way:

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
    {prefix}:{<theatre>}:coverage            HASH  source -> JSON {producer, spans: [[from,
                                                   to], …] (event time the source covered,
                                                   merged), items and polled (its last
                                                   read), last_item}: the theatre's
                                                   coverage from heartbeats. Spans older
                                                   than the retention are dropped.
    {prefix}:{<theatre>}:late                LIST  ids of events that came later than the
                                                   allowed lateness (newest first, last 1000).
    {prefix}:theatres                        SET   theatres with state (for gauges).
    {prefix}:feed:<sha256(feed)[:16]>:seen   SET   ids of the feed's entries already
                                                   published (the feed producer); not
                                                   per theatre, so no hash tag.
    {prefix}:gdelt:<sha256(list)[:16]>:position
                                             STRING the stamp (YYYYMMDDHHMMSS) of the
                                                   last GDELT 2.0 export published from
                                                   that update list (`produce gdelt`):
                                                   set once Kafka acknowledged the
                                                   export's events, or once it was given
                                                   up (reported); never moved back. A
                                                   restarted follower resumes after it.

Alert delivery (alerts/):

    {prefix}:subscriptions                   SET   ids of the webhook subscriptions.
    {prefix}:subscriptions:version           STRING a counter raised by every change a
                                                   dispatcher acts on (created, updated,
                                                   secret rotated, disabled, deleted): it
                                                   re-reads the subscriptions when it moved.
    {prefix}:{<sub id>}:subscription         HASH  "subscription" -> JSON (url, filters,
                                                   format), "secrets" -> JSON (current,
                                                   previous and when it stops signing),
                                                   "failing_since", "disabled_reason",
                                                   "disabled_at" -> the endpoint's health.
    {prefix}:{<sub id>}:delivery:<msg id>    HASH  "record" -> JSON (status, attempts),
                                                   "body" -> the exact payload sent.
                                                   <msg id> is the webhook-id: one per
                                                   alert state and subscription, so a
                                                   replayed alert finds it and is not
                                                   sent again. TTL: webhook log retention,
                                                   renewed by every attempt.
    {prefix}:{<sub id>}:deliveries           ZSET  msg id -> created (epoch s): the
                                                   delivery log, trimmed to the retention.
    {prefix}:webhooks:due                    ZSET  "<sub id>/<msg id>" -> when its next
                                                   attempt is due (epoch s). An attempt
                                                   in flight holds a lease (a score in the
                                                   future); a worker that dies leaves it
                                                   to expire and be claimed again.
    {prefix}:{alerts}:recent                 ZSET  "<fingerprint>/<status>" -> emitted at:
                                                   the last alerts the dispatcher saw,
    {prefix}:{alerts}:data                   HASH  same member -> alert JSON; both
                                                   trimmed to CONFLICTWATCH_RECENT_ALERTS.
    {prefix}:{alerts}:feedback:<fingerprint> LIST  feedback JSON given on the alert, the
                                                   latest 100, expiring after `retention`.
    {prefix}:{alerts}:feedback               HASH  "<rule>|<verdict>" -> feedback given so
                                                   far (a few fields per rule).

Every per-theatre key expires after `retention` without writes, so memory is
bounded by retention however many theatres come and go; so do a feed's set and
a GDELT position (a follower stopped for longer starts again at the export its
list names); delivery records expire after the webhook log retention and the
recent alerts are capped by count.
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

    def coverage(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:coverage"

    def late(self, theatre: str) -> str:
        return f"{self._theatre(theatre)}:late"

    def theatres(self) -> str:
        return f"{self.prefix}:theatres"

    def feed_seen(self, feed: str) -> str:
        return f"{self.prefix}:feed:{hashlib.sha256(feed.encode()).hexdigest()[:16]}:seen"

    def gdelt_position(self, update_list: str) -> str:
        return f"{self.prefix}:gdelt:{hashlib.sha256(update_list.encode()).hexdigest()[:16]}:position"

    def subscriptions(self) -> str:
        return f"{self.prefix}:subscriptions"

    def subscriptions_version(self) -> str:
        return f"{self.prefix}:subscriptions:version"

    def subscription(self, subscription_id: str) -> str:
        return f"{self.prefix}:{{{subscription_id}}}:subscription"

    def delivery(self, subscription_id: str, message_id: str) -> str:
        return f"{self.prefix}:{{{subscription_id}}}:delivery:{message_id}"

    def deliveries(self, subscription_id: str) -> str:
        return f"{self.prefix}:{{{subscription_id}}}:deliveries"

    def due(self) -> str:
        return f"{self.prefix}:webhooks:due"

    def recent_alerts(self) -> str:
        return f"{self.prefix}:{{alerts}}:recent"

    def alert_data(self) -> str:
        return f"{self.prefix}:{{alerts}}:data"

    def alert_feedback(self, fingerprint: str) -> str:
        return f"{self.prefix}:{{alerts}}:feedback:{fingerprint}"

    def feedback_counts(self) -> str:
        return f"{self.prefix}:{{alerts}}:feedback"
