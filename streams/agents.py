"""The Faust agent that drives the batch processor. Thin on purpose: everything it
does is in streams.processor, which the tests call without Faust."""

from __future__ import annotations

import faust
from faust.types import StreamT
from redis.asyncio import Redis

from conflictwatch.faust_app import finish_before_cancel, raw_topic
from conflictwatch.models import Alert, DeadLetter
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import Settings
from streams.default_rules import default_rules
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage
from streams.redis_store import RedisStore


def register(app: faust.App, settings: Settings, redis: Redis, metrics: StreamMetrics) -> None:
    events = raw_topic(app, settings.topic_events)
    alerts = raw_topic(app, settings.topic_alerts)
    dead_letters = raw_topic(app, settings.topic_dead_letters)

    async def publish_alert(alert: Alert) -> None:
        sent = await alerts.send(key=alert.fingerprint.encode(), value=alert.model_dump_json().encode())
        await sent

    async def publish_dead_letter(letter: DeadLetter) -> None:
        key = letter.key.encode() if letter.key is not None else None
        sent = await dead_letters.send(key=key, value=letter.model_dump_json().encode())
        await sent

    processor = BatchProcessor(
        engine=Engine(default_rules(settings)),
        store=RedisStore(redis, RedisKeys(settings.redis_prefix), settings.retention),
        publish_alert=publish_alert,
        publish_dead_letter=publish_dead_letter,
        metrics=metrics,
    )

    @app.agent(events, name="detect")
    async def detect(stream: StreamT[bytes]) -> None:
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_within):
            raw = [
                RawMessage(
                    value=e.message.value,
                    key=e.message.key,
                    topic=e.message.topic,
                    partition=e.message.partition,
                    offset=e.message.offset,
                )
                for e in batch
            ]
            await finish_before_cancel(processor.process(raw))
