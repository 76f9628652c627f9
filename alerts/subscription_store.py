"""Subscriptions in Redis (key schema: conflictwatch/redis_keys.py).

A subscription is one hash: what the subscriber set (JSON), its signing secrets
(JSON), and the endpoint's health, kept in fields of their own so that the
dispatcher can record a failure or disable an endpoint without overwriting an
update made through the API at the same moment.
"""

from __future__ import annotations

import bisect
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from alerts.redis_batch import PipelineBatcher
from alerts.subscriptions import Secrets, Subscription, SubscriptionSpec
from conflictwatch.errors import NotFound
from conflictwatch.redis_client import AsyncPipeline, AsyncRedis, as_text
from conflictwatch.redis_keys import RedisKeys

HEALTH_FIELDS = ("failing_since", "disabled_reason", "disabled_at")
# What the "subscription" field holds: the rest is derived from the health fields.
STORED_FIELDS = set(Subscription.model_fields) - {*HEALTH_FIELDS, "enabled"}
LISTING = "GET /v1/subscriptions"

# Health is written only while the subscription exists, so a delivery finishing
# after a delete does not leave a stray hash behind.
_SET_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
"""
# Fields deleted and fields set at once. ARGV: how many to delete, their names,
# then field/value pairs.
_REWRITE = """
local n = tonumber(ARGV[1])
if n > 0 then redis.call('HDEL', KEYS[1], unpack(ARGV, 2, 1 + n)) end
return redis.call('HSET', KEYS[1], unpack(ARGV, 2 + n))
"""
_SETNX_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
return redis.call('HGET', KEYS[1], ARGV[1])
"""


def new_subscription_id() -> str:
    return "sub_" + secrets.token_hex(12)


class SubscriptionStore:
    """`batch` sends an endpoint's failures and successes with other writes of the
    moment (see DeliveryStore)."""

    def __init__(self, redis: AsyncRedis, keys: RedisKeys, batch: PipelineBatcher | None = None) -> None:
        self.redis = redis
        self.keys = keys
        self.batch = batch or PipelineBatcher(redis)
        self._set_if_exists = redis.register_script(_SET_IF_EXISTS)
        self._rewrite = redis.register_script(_REWRITE)

    async def create(self, spec: SubscriptionSpec, secret: str, now: datetime) -> Subscription:
        subscription = Subscription(**spec.model_dump(), id=new_subscription_id(), created_at=now, updated_at=now)
        # Listed first, then written (two hash slots, so no transaction): an id
        # listed without its hash is skipped by every read, never half-shown.
        await self.redis.sadd(self.keys.subscriptions(), subscription.id)
        await self.redis.hset(
            self.keys.subscription(subscription.id),
            mapping={
                "subscription": subscription.model_dump_json(include=STORED_FIELDS),
                "secrets": Secrets(current=secret).model_dump_json(),
            },
        )
        await self._changed()
        return subscription

    async def _changed(self) -> None:
        """Tell the dispatchers: they re-read the subscriptions before their next batch."""
        await self.redis.incr(self.keys.subscriptions_version())

    async def version(self) -> str | None:
        """Moves with every change `all()` would show (None before the first)."""
        found = await self.redis.get(self.keys.subscriptions_version())
        return None if found is None else as_text(found)

    @staticmethod
    def _decode(subscription_id: str, reply: Mapping[Any, object]) -> tuple[Subscription, Secrets]:
        fields = {as_text(k): as_text(v) for k, v in reply.items()}
        if "subscription" not in fields:
            raise NotFound("subscription", subscription_id, LISTING)
        health = {name: fields[name] for name in HEALTH_FIELDS if name in fields}
        subscription = Subscription.model_validate(
            {**Subscription.model_validate_json(fields["subscription"]).model_dump(), **health}
            | {"enabled": "disabled_reason" not in health}
        )
        return subscription, Secrets.model_validate_json(fields["secrets"])

    async def get(self, subscription_id: str) -> tuple[Subscription, Secrets]:
        fields = await self.redis.hgetall(self.keys.subscription(subscription_id))
        return self._decode(subscription_id, fields)

    async def _ids(self) -> list[str]:
        return sorted(as_text(m) for m in await self.redis.smembers(self.keys.subscriptions()))

    async def all(self) -> list[tuple[Subscription, Secrets]]:
        return await self._load(await self._ids())

    async def page(self, after: str | None, limit: int) -> tuple[list[Subscription], str | None]:
        """Up to `limit` subscriptions in id order, after the id `after`; and the id
        the next page starts after, None on the last page."""
        ids = await self._ids()
        start = bisect.bisect_right(ids, after) if after else 0
        chosen = ids[start : start + limit]
        more = start + limit < len(ids)
        return [subscription for subscription, _ in await self._load(chosen)], chosen[-1] if more else None

    async def _load(self, ids: list[str]) -> list[tuple[Subscription, Secrets]]:
        async with self.redis.pipeline(transaction=False) as pipe:
            for subscription_id in ids:
                pipe.hgetall(self.keys.subscription(subscription_id))
            found = await pipe.execute()
        return [self._decode(i, fields) for i, fields in zip(ids, found, strict=True) if b"subscription" in fields]

    async def update(
        self, subscription_id: str, changes: dict[str, object], enabled: bool | None, now: datetime
    ) -> Subscription:
        current, _ = await self.get(subscription_id)
        stored = Subscription.model_validate(current.model_dump() | changes | {"updated_at": now})
        cleared: tuple[str, ...] = ()
        health: dict[str, str] = {}
        if enabled is True:
            cleared = HEALTH_FIELDS
        elif enabled is False and current.enabled:
            health = {"disabled_reason": "disabled through the API", "disabled_at": now.isoformat()}
        fields = {"subscription": stored.model_dump_json(include=STORED_FIELDS), **health}
        await self._rewrite(
            keys=[self.keys.subscription(subscription_id)],
            args=[len(cleared), *cleared, *(item for pair in fields.items() for item in pair)],
        )
        await self._changed()
        subscription, _ = await self.get(subscription_id)
        return subscription

    async def delete(self, subscription_id: str) -> None:
        await self.get(subscription_id)
        index = self.keys.deliveries(subscription_id)
        message_ids = [as_text(m) for m in await self.redis.zrange(index, 0, -1)]
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.srem(self.keys.subscriptions(), subscription_id)
            pipe.delete(self.keys.subscription(subscription_id), index)
            for message_id in message_ids:
                pipe.delete(self.keys.delivery(subscription_id, message_id))
            await pipe.execute()
        await self._changed()

    async def rotate(self, subscription_id: str, new_secret: str, now: datetime, window: timedelta) -> None:
        _, current = await self.get(subscription_id)
        rotated = current.rotated(new_secret, now, window)
        await self._set_if_exists(
            keys=[self.keys.subscription(subscription_id)], args=["secrets", rotated.model_dump_json()]
        )
        await self._changed()

    async def record_failure(self, subscription_id: str, now: datetime) -> datetime | None:
        """Mark the endpoint failing (if it was not already); when did the streak start?"""
        key = self.keys.subscription(subscription_id)
        [since] = await self.batch.write(
            lambda pipe: pipe.eval(_SETNX_IF_EXISTS, 1, key, "failing_since", now.isoformat())
        )
        return datetime.fromisoformat(as_text(since)) if since else None

    def add_success(self, pipe: AsyncPipeline, subscription_id: str) -> None:
        """Add to `pipe` the end of the endpoint's failure streak (it goes with the
        delivery's record, see Sender)."""
        pipe.hdel(self.keys.subscription(subscription_id), "failing_since")

    async def disable(self, subscription_id: str, reason: str, now: datetime) -> None:
        await self._set_if_exists(
            keys=[self.keys.subscription(subscription_id)],
            args=["disabled_reason", reason, "disabled_at", now.isoformat()],
        )
        await self._changed()
