"""One batch of raw messages through decoding, the rule engine, alert publishing
and state commit, in the order that makes at-least-once safe:

1. invalid messages go to the dead-letter topic (awaited);
2. state for the batch is loaded and the engine runs over the events in order;
3. alerts are published and acknowledged by the broker;
4. the new events' effects are committed to the store (idempotent by event id).

Only after `process` returns may the caller acknowledge the Kafka offsets. A crash
between 3 and 4 re-derives the same alerts (same fingerprints) on replay, which
the dispatcher delivers under the same webhook-id; a crash before 3 loses nothing.
A failing dependency makes the whole batch retry with backoff, never skip.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from redis.exceptions import RedisError
from tenacity import AsyncRetrying, retry_if_exception_type, wait_exponential_jitter

from conflictwatch.errors import InvalidEvent
from conflictwatch.models import Alert, DeadLetter, Event
from streams.decoding import decode_event
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.store import StateStore

log = logging.getLogger(__name__)

Publish = Callable[[Alert], Awaitable[None]]
PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]


@dataclass(frozen=True)
class RawMessage:
    value: bytes
    key: bytes | None = None
    topic: str = ""
    partition: int | None = None
    offset: int | None = None


class DependencyError(Exception):
    """Kafka or Redis failed; the batch is retried."""


class BatchProcessor:
    def __init__(
        self,
        engine: Engine,
        store: StateStore,
        publish_alert: Publish,
        publish_dead_letter: PublishDeadLetter,
        metrics: StreamMetrics,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_backoff: float = 10.0,
    ) -> None:
        self.engine = engine
        self.store = store
        self.publish_alert = publish_alert
        self.publish_dead_letter = publish_dead_letter
        self.metrics = metrics
        self.clock = clock
        self.max_backoff = max_backoff

    def decode(self, batch: Sequence[RawMessage]) -> tuple[list[Event], list[DeadLetter]]:
        events: list[Event] = []
        dead: list[DeadLetter] = []
        for message in batch:
            try:
                events.append(decode_event(message.value))
            except InvalidEvent as exc:
                dead.append(
                    DeadLetter.wrap(
                        message.value,
                        reason=exc.reason,
                        detail=exc.detail,
                        topic=message.topic,
                        partition=message.partition,
                        offset=message.offset,
                        key=message.key,
                        received_at=self.clock(),
                    )
                )
        return events, dead

    async def process(self, batch: Sequence[RawMessage]) -> list[Alert]:
        started = time.perf_counter()
        events, dead = self.decode(batch)
        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type((RedisError, DependencyError, OSError)),
            wait=wait_exponential_jitter(multiplier=0.2, max=self.max_backoff),
            before_sleep=self._on_retry,
            reraise=True,
        ):
            with attempt:
                alerts, fresh, duplicates = await self._attempt(events, dead)
        self.metrics.degraded.set(0)
        for letter in dead:
            self.metrics.events_rejected.labels(reason=letter.reason).inc()
            log.warning(
                "dead-lettered reason=%s offset=%s partition=%s", letter.reason, letter.offset, letter.partition
            )
        for event in fresh:
            self.metrics.events_consumed.labels(type=event.type.value).inc()
        self.metrics.events_duplicate.inc(duplicates)
        for alert in alerts:
            self.metrics.alerts_fired.labels(rule=alert.rule).inc()
            log.info("alert rule=%s fingerprint=%s theatre=%s", alert.rule, alert.fingerprint, alert.theatre)
        self.metrics.batch_seconds.observe(time.perf_counter() - started)
        self.metrics.last_batch.set_to_current_time()
        return alerts

    async def _attempt(self, events: list[Event], dead: list[DeadLetter]) -> tuple[list[Alert], list[Event], int]:
        for letter in dead:
            await self.publish_dead_letter(letter)
        state = await self.store.load(events, self.engine.needs(e.type for e in events))
        emitted_at = self.clock()
        alerts: list[Alert] = []
        fresh: list[Event] = []
        duplicates = 0
        for event in events:
            outcome = self.engine.process(state, event, emitted_at)
            if outcome.duplicate:
                duplicates += 1
                continue
            fresh.append(event)
            alerts.extend(outcome.alerts)
        for alert in alerts:
            await self.publish_alert(alert)
        results = await self.store.commit(fresh)
        if results:
            self.metrics.events_late.inc(sum(1 for r in results if r == -1))
        return alerts, fresh, duplicates

    def _on_retry(self, retry_state: object) -> None:
        outcome = getattr(retry_state, "outcome", None)
        exc = outcome.exception() if outcome is not None else None
        dependency = "redis" if isinstance(exc, RedisError) else "kafka"
        self.metrics.degraded.set(1)
        self.metrics.dependency_errors.labels(dependency=dependency).inc()
        log.warning("batch failed on %s, retrying: %s", dependency, exc)
