"""The delivery log and the queue of due attempts, in Redis (key schema:
conflictwatch/redis_keys.py).

A delivery is one message (an alert state, or a test ping) to one subscription,
under one webhook-id. Its record keeps every attempt with status code, latency
and error. While it is pending it sits in the due queue, scored by when its next
attempt is due; a worker claims it by pushing that score into the future (a
lease), so a worker that dies mid-attempt leaves it to be claimed again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, Field

from alerts.payload import WebhookType
from alerts.redis_batch import PipelineBatcher
from conflictwatch.errors import NotFound
from conflictwatch.redis_client import AsyncPipeline, AsyncRedis, as_text
from conflictwatch.redis_keys import RedisKeys

# One subscription's new deliveries: KEYS its delivery log, then each delivery's
# record. ARGV: the record TTL (s), then per delivery its record JSON, body,
# created (epoch s) and id. Returns 1 for each delivery created, 0 for each known.
_CREATE = """
local created = {}
for i = 2, #KEYS do
  local a = (i - 2) * 4 + 2
  created[i - 1] = redis.call('HSETNX', KEYS[i], 'record', ARGV[a])
  redis.call('HSETNX', KEYS[i], 'body', ARGV[a + 1])
  redis.call('EXPIRE', KEYS[i], ARGV[1])
  redis.call('ZADD', KEYS[1], 'NX', ARGV[a + 2], ARGV[a + 3])
end
return created
"""

# A delivery's record written again, its TTL renewed. ARGV: record JSON, TTL (s).
_SAVE = """
redis.call('HSET', KEYS[1], 'record', ARGV[1])
return redis.call('EXPIRE', KEYS[1], ARGV[2])
"""

# Claim up to ARGV[3] due members (score <= now) by re-scoring them to the lease end.
_CLAIM = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[2], member) end
return due
"""


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    DEAD_LETTER = "dead_letter"
    FAILED = "failed"  # a test ping without a 2xx: pings are tried once


class Attempt(BaseModel):
    at: AwareDatetime
    status_code: int | None = Field(default=None, description="the endpoint's HTTP status, None when no response came")
    latency_ms: float
    error: str | None = None


class Delivery(BaseModel):
    id: str = Field(description="the webhook-id every attempt carries")
    subscription_id: str
    type: WebhookType
    fingerprint: str | None = Field(default=None, description="the alert's fingerprint (None for a test ping)")
    alert_emitted_at: AwareDatetime | None = None
    url: str
    status: DeliveryStatus = DeliveryStatus.PENDING
    tries: int = Field(default=0, description="attempts since the delivery was created or last resent")
    attempts: list[Attempt] = Field(default_factory=list)
    next_attempt_at: AwareDatetime | None = None
    dead_letter_reason: str | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime


@dataclass(frozen=True)
class DueRef:
    subscription_id: str
    delivery_id: str

    @property
    def member(self) -> str:
        return f"{self.subscription_id}/{self.delivery_id}"

    @classmethod
    def parse(cls, member: object) -> DueRef:
        subscription_id, _, delivery_id = as_text(member).partition("/")
        return cls(subscription_id, delivery_id)


class DeliveryStore:
    """`batch` sends the writes of attempts ending together in one pipeline; share
    one with the SubscriptionStore, so a delivery and its endpoint's health go together."""

    def __init__(
        self, redis: AsyncRedis, keys: RedisKeys, retention: timedelta, batch: PipelineBatcher | None = None
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention
        self.batch = batch or PipelineBatcher(redis)
        self._claim = redis.register_script(_CLAIM)

    async def create(self, deliveries: Sequence[tuple[Delivery, str]], due_at: datetime | None) -> list[bool]:
        """Record new deliveries with their bodies and, unless `due_at` is None,
        queue them; True for those created, False for those already known (same
        webhook-id).

        Every step is idempotent, so a crash half-way is repaired by the replay of
        the same alerts: a known delivery is queued again (NX keeps its due time),
        and the sender drops queue entries of deliveries no longer pending."""
        if not deliveries:
            return []
        # One script per subscription (its keys share a Redis Cluster slot), one
        # ZADD for the due queue: a round trip and a few commands for the batch.
        ttl = int(self.retention.total_seconds())
        by_subscription: dict[str, list[int]] = {}
        for n, (delivery, _) in enumerate(deliveries):
            by_subscription.setdefault(delivery.subscription_id, []).append(n)
        async with self.redis.pipeline(transaction=False) as pipe:
            for subscription_id, members in by_subscription.items():
                keys = [self.keys.deliveries(subscription_id)]
                args: list[str | int | float] = [ttl]
                for n in members:
                    delivery, body = deliveries[n]
                    keys.append(self.keys.delivery(subscription_id, delivery.id))
                    args += [delivery.model_dump_json(), body, delivery.created_at.timestamp(), delivery.id]
                pipe.eval(_CREATE, len(keys), *keys, *args)
            if due_at is not None:
                queued = {DueRef(d.subscription_id, d.id).member: due_at.timestamp() for d, _ in deliveries}
                pipe.zadd(self.keys.due(), queued, nx=True)
            replies = await pipe.execute()
        created = [False] * len(deliveries)
        for members, reply in zip(by_subscription.values(), replies, strict=False):
            for n, new in zip(members, reply, strict=True):
                created[n] = bool(new)
        return created

    async def get(self, subscription_id: str, delivery_id: str) -> Delivery:
        delivery, _ = await self.get_with_body(subscription_id, delivery_id)
        return delivery

    async def get_with_body(self, subscription_id: str, delivery_id: str) -> tuple[Delivery, str]:
        record, body = await self.redis.hmget(self.keys.delivery(subscription_id, delivery_id), ["record", "body"])
        if record is None or body is None:
            raise NotFound("delivery", delivery_id, f"GET /v1/subscriptions/{subscription_id}/deliveries")
        return Delivery.model_validate_json(record), as_text(body)

    async def save(
        self, delivery: Delivery, unqueue: DueRef | None = None, also: Callable[[AsyncPipeline], object] | None = None
    ) -> None:
        """Write the record (renewing its TTL); `unqueue` also takes it off the due
        queue; `also` adds other writes that go in the same round trip."""
        key = self.keys.delivery(delivery.subscription_id, delivery.id)
        record = delivery.model_dump_json()

        def add(pipe: AsyncPipeline) -> None:
            pipe.eval(_SAVE, 1, key, record, int(self.retention.total_seconds()))
            if unqueue is not None:
                pipe.zrem(self.keys.due(), unqueue.member)
            if also is not None:
                also(pipe)

        await self.batch.write(add)

    async def log(
        self, subscription_id: str, status: DeliveryStatus | None, limit: int, now: datetime
    ) -> list[Delivery]:
        """The newest deliveries first; entries older than the retention are trimmed."""
        index = self.keys.deliveries(subscription_id)
        await self.redis.zremrangebyscore(index, "-inf", (now - self.retention).timestamp())
        found: list[Delivery] = []
        start = 0
        while len(found) < limit:
            ids = await self.redis.zrevrange(index, start, start + 4 * limit - 1)
            if not ids:
                break
            async with self.redis.pipeline(transaction=False) as pipe:
                for delivery_id in ids:
                    pipe.hget(self.keys.delivery(subscription_id, as_text(delivery_id)), "record")
                records = await pipe.execute()
            for record in records:
                if record is not None:
                    delivery = Delivery.model_validate_json(record)
                    if status is None or delivery.status is status:
                        found.append(delivery)
            start += len(ids)
        return found[:limit]

    async def schedule(self, ref: DueRef, at: datetime) -> None:
        await self.batch.write(lambda pipe: pipe.zadd(self.keys.due(), {ref.member: at.timestamp()}))

    async def unqueue(self, ref: DueRef) -> None:
        await self.batch.write(lambda pipe: pipe.zrem(self.keys.due(), ref.member))

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[DueRef]:
        members = await self._claim(keys=[self.keys.due()], args=[now.timestamp(), (now + lease).timestamp(), limit])
        return [DueRef.parse(member) for member in members]

    async def pending(self) -> int:
        return int(await self.redis.zcard(self.keys.due()))
