"""The one Faust App, built from the settings. Agents register themselves on it
(streams.agents, alerts.agents); only the CLI composes them into a worker."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import faust
from faust.types import TopicT

from conflictwatch.kafka_consumer import App
from conflictwatch.settings import Settings


def create_app(settings: Settings) -> faust.App:
    return App(
        settings.app_id,
        **({"datadir": settings.data_dir} if settings.data_dir else {}),
        broker=settings.kafka_url,
        store="memory://",
        autodiscover=False,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=1000,
        broker_commit_interval=1.0,
        # How long a dead worker holds its partitions before the group moves them.
        broker_session_timeout=settings.consumer_session_timeout,
        broker_heartbeat_interval=min(3.0, settings.consumer_session_timeout / 3),
        web_enabled=True,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
    )


def raw_topic(app: faust.App, *names: str) -> TopicT:
    """Topics carry raw bytes: the contract's models validate them, so a malformed
    message reaches our code (and the dead-letter topic) instead of crashing Faust.
    Several names: one subscription to them all (each message says its topic)."""
    return app.topic(*names, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")


async def publish(topic: TopicT, key: bytes | None, value: bytes) -> None:
    """Send and wait until the broker has acknowledged the record."""
    sent = await topic.send(key=key, value=value)
    await sent


T = TypeVar("T")


async def finish_before_cancel(work: Awaitable[T]) -> T:
    """Let an in-flight batch finish when the worker is stopped: Faust's
    `take_events` acks a batch's offsets as soon as the agent leaves the loop
    body, so work cut off half-way would be committed as done (the detect
    agent's batches are acked only after the body returned; finishing spares
    the next owner a replay)."""
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        await asyncio.wait([task], timeout=30)
        raise
