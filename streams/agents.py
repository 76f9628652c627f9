"""The Faust agent and timers that drive the batch processor. Thin on purpose:
everything they do is in streams.processor, which the tests call without Faust."""

from __future__ import annotations

import logging
import time

import faust
from aiokafka import TopicPartition
from aiokafka.errors import KafkaError
from faust.types import TP, EventT, StreamT
from faust.web import Request, Response, View
from redis.exceptions import RedisError

from conflictwatch.faust_app import finish_before_cancel, publish, raw_topic
from conflictwatch.models import Alert, DeadLetter, EventType
from conflictwatch.redis_client import AsyncRedis
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import Settings
from streams.batching import batches
from streams.coverage import TheatreCoverage
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.probes import DependencyProbe
from streams.processor import BatchProcessor, RawMessage
from streams.redis_store import ROLLING_WINDOWS, RedisStore, snapshot
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from streams.stall import GroupPositions, Position, Stall, StallWatch

log = logging.getLogger(__name__)


def register(app: faust.App, settings: Settings, redis: AsyncRedis, metrics: StreamMetrics) -> None:
    alerts = raw_topic(app, settings.topic_alerts)
    dead_letters = raw_topic(app, settings.topic_dead_letters)

    async def publish_alert(alert: Alert) -> None:
        await publish(alerts, alert.fingerprint.encode(), alert.model_dump_json().encode())

    async def publish_dead_letter(letter: DeadLetter) -> None:
        key = letter.key.encode() if letter.key is not None else None
        await publish(dead_letters, key, letter.model_dump_json().encode())

    store = RedisStore(redis, RedisKeys(settings.redis_prefix), settings.retention)
    engine = Engine(build_rules(load_rules(settings.rules_file)), settings.allowed_lateness)
    engine.window.require_within(settings.retention)
    processor = BatchProcessor(
        engine=engine,
        store=store,
        publish_alert=publish_alert,
        publish_dead_letter=publish_dead_letter,
        metrics=metrics,
        coverage_topic=settings.topic_coverage,
    )

    stalls = StallWatch(settings.stall_timeout)

    @app.page("/health")
    async def health(web: View, request: Request) -> Response:
        """200 while batches go through; 503 while a dependency is failing or a partition is stalled."""
        if processor.degraded_since is not None:
            since = processor.degraded_since
            return web.json({"status": "degraded", "since": since, "seconds": time.time() - since}, status=503)
        if stalls.stalled:
            stalled = [
                {
                    "topic": s.partition.topic,
                    "partition": s.partition.partition,
                    "waiting": s.waiting,
                    "seconds": round(s.seconds, 1),
                }
                for s in stalls.stalled
            ]
            return web.json({"status": "stalled", "partitions": stalled}, status=503)
        return web.json({"status": "ok"})

    @app.on_partitions_revoked.connect
    async def forget_revoked(app: faust.App, revoked: object, **kwargs: object) -> None:
        store.invalidate()  # another worker may own these theatres now

    def behind(event: EventT[bytes]) -> bool:
        """Whether the broker has later records of this event's partition than it."""
        message = event.message
        try:
            highwater = app.consumer.highwater(message.tp)
        except AssertionError:  # aiokafka's answer for a partition no longer assigned
            return False
        return highwater is not None and message.offset + 1 < highwater

    # One agent reads both topics (co-partitioned by theatre): a theatre's events
    # and heartbeats go through one processor, in one batch stream.
    @app.agent(raw_topic(app, settings.topic_events, settings.topic_coverage), name="detect")
    async def detect(stream: StreamT[bytes]) -> None:
        async for batch in batches(stream, settings.batch_size, behind, settings.batch_linger):
            raw = [
                RawMessage(
                    value=e.message.value,
                    key=e.message.key,
                    topic=e.message.topic,
                    partition=e.message.partition,
                    offset=e.message.offset,
                    timestamp=e.message.timestamp,
                )
                for e in batch
            ]
            await finish_before_cancel(processor.process(raw))

    if settings.watermark_clock == "wall":

        @app.timer(interval=settings.tick_interval, on_leader=True)
        async def tick() -> None:
            await finish_before_cancel(processor.tick(time.time()))

    positions = GroupPositions(settings.kafka_bootstrap, settings.app_id)

    labelled: set[TopicPartition] = set()  # partitions the stalled gauge has a series for

    @app.timer(interval=max(0.5, min(settings.tick_interval, settings.stall_timeout / 4)))
    async def watch_for_stalls() -> None:
        held = {TopicPartition(tp.topic, tp.partition) for tp in app.consumer.assignment()}
        # A failing dependency is reported as such, not as a stall: nothing counts while it
        # lasts, and every partition's clock starts afresh after it.
        found: dict[TopicPartition, Position] = {}
        if processor.degraded_since is None:
            try:
                found = await positions.read(held)
            except KafkaError as exc:
                log.warning("stall check skipped: %s", exc)
                return
        now = time.time()
        stalled = {s.partition for s in stalls.observe(now, found)}
        for partition in labelled - held:  # gone to another worker: its series would stand still
            metrics.partition_stalled.remove(partition.topic, str(partition.partition))
        for partition in held:
            metrics.partition_stalled.labels(topic=partition.topic, partition=str(partition.partition)).set(
                partition in stalled
            )
        labelled.clear()
        labelled.update(held)
        for stall in stalls.to_recover(now):
            await set_going(stall)

    async def set_going(stall: Stall) -> None:
        """What Faust does after a rebalance, done again: resume fetching the partition and
        seek it to the group's committed offset (records read twice are deduplicated)."""
        log.warning(
            "partition %s-%d stalled: %d records waiting beyond offset %d for %.0f s; resuming it",
            stall.partition.topic,
            stall.partition.partition,
            stall.waiting,
            stall.committed,
            stall.seconds,
        )
        partition = TP(stall.partition.topic, stall.partition.partition)
        app.consumer.resume_partitions({partition})
        await app.consumer.seek(partition, stall.committed)
        metrics.stall_recoveries.labels(topic=stall.partition.topic).inc()

    @app.on_before_shutdown.connect
    async def close_positions(app: faust.App, **kwargs: object) -> None:
        await positions.close()

    probe = DependencyProbe(redis, settings.kafka_bootstrap)

    @app.timer(interval=settings.tick_interval)
    async def export_state() -> None:
        metrics.dependency_up.labels(dependency="redis").set(await probe.redis_up())
        metrics.dependency_up.labels(dependency="kafka").set(await probe.kafka_up())
        try:
            found = await snapshot(store, [t.value for t in EventType])
        except RedisError as exc:
            log.warning("state gauges not refreshed: %s", exc)
            return
        for theatre, snap in found.items():
            if snap.watermark is not None:
                metrics.watermark.labels(theatre=theatre).set(snap.watermark)
            for event_type, at in snap.last.items():
                metrics.last_event.labels(theatre=theatre, type=event_type).set(at)
            for (event_type, window), count in snap.windows.items():
                metrics.window_events.labels(theatre=theatre, type=event_type, window=window).set(count)
            for (event_type, count_name), value in snap.figures.items():
                metrics.reported_figure.labels(theatre=theatre, type=event_type, count=count_name).set(value)
            if snap.coverage is not None and snap.watermark is not None:
                export_coverage(metrics, theatre, snap.coverage, snap.watermark)


def export_coverage(metrics: StreamMetrics, theatre: str, coverage: TheatreCoverage, watermark: float) -> None:
    metrics.coverage_sources.labels(theatre=theatre).set(len(coverage.sources))
    metrics.coverage_sources_live.labels(theatre=theatre).set(coverage.live_at(watermark))
    for window, width in ROLLING_WINDOWS.items():
        share = coverage.heard(watermark - width, watermark) / width
        metrics.coverage_share.labels(theatre=theatre, window=window).set(round(share, 4))
    last = coverage.last_item()
    if last is not None:
        metrics.coverage_last_item.labels(theatre=theatre).set(last)
