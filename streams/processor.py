"""One batch of raw messages through decoding, the rule engine, alert publishing
and state commit, in the order that makes at-least-once safe:

1. state for the batch is loaded; the coverage heartbeats of the batch go into
   their theatres' coverage, then the engine runs over the events in event-time
   order, then lets the time-driven rules act on each theatre's watermark;
2. invalid messages, and events a rule raised on, go to the dead-letter topic
   (awaited); then alerts are published and acknowledged by the broker;
3. the events' effects, the rules' state, coverage and the watermarks are
   committed to the store (idempotent by event id and outlet, atomic per theatre).

Heartbeats come from the coverage topic, co-partitioned with the events (both
keyed by theatre), so one worker holds a theatre's events and coverage.

An exception inside a rule (a bug, not a dependency) must not stop the partition:
the event (or heartbeat) it raised on is dead-lettered with reason `rule_error` and the batch is
evaluated again without it, from the stored state, so every rule's state is as if
that event had never come.

Only after `process` returns may the caller acknowledge the Kafka offsets. A crash
between 2 and 3 re-derives the same alerts (same fingerprints) on replay, which
the dispatcher delivers under the same webhook-id; a crash before 2 loses nothing.
A failing dependency makes the whole batch retry with backoff, never skip; the
failure is put down to the dependency that was being called (`streams.dependencies`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, wait_exponential_jitter

from conflictwatch.errors import InvalidEvent
from conflictwatch.models import Alert, DeadLetter, Event, Heartbeat
from streams.decoding import decode_event, decode_heartbeat
from streams.dependencies import DependencyFailed, calling
from streams.engine import Arrival, Engine
from streams.metrics import StreamMetrics
from streams.state import EngineState
from streams.store import StateStore

log = logging.getLogger(__name__)
T = TypeVar("T")

Publish = Callable[[Alert], Awaitable[None]]
PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]


@dataclass(frozen=True)
class RawMessage:
    value: bytes
    key: bytes | None = None
    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    timestamp: float | None = None  # when it reached the topic (Kafka record time), epoch seconds


@dataclass(frozen=True)
class BatchResult:
    alerts: list[Alert]
    arrivals: list[tuple[Event, Arrival]]
    dead: list[DeadLetter]  # events a rule raised on


# Valid events and the messages they came in (None: validated where they were read, as in a backtest)
Received = list[tuple[Event, RawMessage | None]]
Beats = list[tuple[Heartbeat, RawMessage]]


class RuleFailed(Exception):
    """A rule raised while the engine processed `item` (an event or a heartbeat)."""

    def __init__(self, item: Event | Heartbeat) -> None:
        name = f"event {item.id}" if isinstance(item, Event) else f"heartbeat of {item.source} for {item.theatre}"
        super().__init__(f"a rule raised on {name}")
        self.item = item


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
        coverage_topic: str | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.publish_alert = publish_alert
        self.publish_dead_letter = publish_dead_letter
        self.metrics = metrics
        self.clock = clock
        self.max_backoff = max_backoff
        self.coverage_topic = coverage_topic  # its messages are heartbeats
        self.degraded_since: float | None = None  # wall time a dependency started failing

    def decode(self, batch: Sequence[RawMessage]) -> tuple[Received, Beats, list[DeadLetter], dict[str, float]]:
        """Valid events and heartbeats, dead letters for the rest, and when each
        event reached the topic."""
        received: Received = []
        beats: Beats = []
        dead: list[DeadLetter] = []
        arrived: dict[str, float] = {}
        for message in batch:
            try:
                if message.topic and message.topic == self.coverage_topic:
                    beats.append((decode_heartbeat(message.value), message))
                    continue
                event = decode_event(message.value)
                received.append((event, message))
                if message.timestamp is not None:
                    arrived.setdefault(event.id, message.timestamp)
            except InvalidEvent as exc:
                dead.append(self._dead_letter(message, exc.reason, exc.detail))
        return received, beats, dead, arrived

    def _dead_letter(self, message: RawMessage, reason: str, detail: str) -> DeadLetter:
        return DeadLetter.wrap(
            message.value,
            reason=reason,
            detail=detail,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=message.key,
            received_at=self.clock(),
        )

    async def process(self, batch: Sequence[RawMessage]) -> list[Alert]:
        started = time.perf_counter()
        received, beats, dead, arrived = self.decode(batch)
        return await self._process(received, beats, dead, arrived, started)

    async def process_events(self, events: Sequence[Event]) -> list[Alert]:
        """Events validated where they were read (a backtest's files): nothing to decode."""
        return await self._process([(event, None) for event in events], [], [], {}, time.perf_counter())

    async def _process(
        self, received: Received, beats: Beats, dead: list[DeadLetter], arrived: dict[str, float], started: float
    ) -> list[Alert]:
        result = await self._retrying(lambda: self._attempt(received, beats, dead))
        for beat, _ in beats:
            self.metrics.heartbeats_consumed.labels(theatre=beat.theatre).inc()
        self._observe_latency(arrived, result.alerts)
        for letter in [*dead, *result.dead]:
            self.metrics.events_rejected.labels(reason=letter.reason).inc()
            log.warning(
                "dead-lettered reason=%s partition=%s offset=%s", letter.reason, letter.partition, letter.offset
            )
        consumed: Counter[tuple[str, str]] = Counter()  # counted per batch: a metric's labels cost per call
        arrivals = Counter(arrival for _, arrival in result.arrivals)
        for event, arrival in result.arrivals:
            if arrival is Arrival.NEW or arrival is Arrival.LATE:
                consumed[event.theatre, event.type.value] += 1
            if arrival is Arrival.LATE:
                log.info(
                    "late event_id=%s theatre=%s occurred_at=%s", event.id, event.theatre, event.occurred_at.isoformat()
                )
        for (theatre, event_type), count in consumed.items():
            self.metrics.events_consumed.labels(theatre=theatre, type=event_type).inc(count)
        for arrival, metric in (
            (Arrival.DUPLICATE, self.metrics.events_duplicate),
            (Arrival.CORROBORATED, self.metrics.events_corroborated),
            (Arrival.LATE, self.metrics.events_late),
        ):
            metric.inc(arrivals[arrival])
        self._count_alerts(result.alerts)
        self.metrics.batch_seconds.observe(time.perf_counter() - started)
        self.metrics.last_batch.set_to_current_time()
        return result.alerts

    async def tick(self, until: float) -> list[Alert]:
        """Move every theatre's watermark to `until` (wall-clock mode) and run the
        time-driven rules: lulls starting, deadlines, waves ending."""
        alerts = await self._retrying(lambda: self._tick_attempt(until))
        self._count_alerts(alerts)
        return alerts

    async def _retrying(self, attempt_once: Callable[[], Awaitable[T]]) -> T:
        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type(DependencyFailed),
            wait=wait_exponential_jitter(multiplier=0.2, max=self.max_backoff),
            before_sleep=self._on_retry,
            reraise=True,
        ):
            with attempt:
                result = await attempt_once()
        self.metrics.degraded.set(0)
        self.degraded_since = None
        return result

    def _observe_latency(self, arrived: dict[str, float], alerts: list[Alert]) -> None:
        """Event on the topic -> alert acknowledged, for alerts an event triggered."""
        now = time.time()
        for alert in alerts:
            at = arrived.get(alert.evidence[0].event_id) if alert.evidence else None
            if at is not None:
                self.metrics.event_to_alert.observe(max(0.0, now - at))

    def _count_alerts(self, alerts: list[Alert]) -> None:
        for alert in alerts:
            self.metrics.alerts_fired.labels(theatre=alert.theatre, rule=alert.rule, status=alert.status.value).inc()
            log.info(
                "alert rule=%s status=%s fingerprint=%s theatre=%s",
                alert.rule,
                alert.status.value,
                alert.fingerprint,
                alert.theatre,
            )

    async def _attempt(self, received: Received, beats: Beats, dead: list[DeadLetter]) -> BatchResult:
        theatres = {event.theatre for event, _ in received} | {beat.theatre for beat, _ in beats}
        try:
            return await self._attempt_once(received, beats, dead)
        except Exception:
            self.store.invalidate(theatres)  # the next attempt starts from the stored state
            raise

    async def _attempt_once(self, received: Received, beats: Beats, dead: list[DeadLetter]) -> BatchResult:
        emitted_at = self.clock()
        poisoned: list[DeadLetter] = []
        while True:
            events = [event for event, _ in received]
            heartbeats = [beat for beat, _ in beats]
            with calling("redis"):
                state = await self.store.load(events, self.engine.window, {b.theatre for b in heartbeats})
            try:
                alerts, arrivals = self._evaluate(state, events, heartbeats, emitted_at)
                break
            except RuleFailed as failed:
                log.exception("%s; dead-lettered", failed)
                item = failed.item
                self.store.invalidate({event.theatre for event in events} | {b.theatre for b in heartbeats})
                message = next((m for e, m in [*received, *beats] if e is item), None) or RawMessage(
                    item.model_dump_json().encode(), key=item.theatre.encode()
                )
                received = [(e, m) for e, m in received if e is not item]
                beats = [(b, m) for b, m in beats if b is not item]
                cause = failed.__cause__
                poisoned.append(self._dead_letter(message, "rule_error", f"{type(cause).__name__}: {cause}"))
        with calling("kafka"):
            for letter in [*dead, *poisoned]:
                await self.publish_dead_letter(letter)
        await self._publish(alerts)
        changed = [e for e, arrival in arrivals if arrival is not Arrival.DUPLICATE]
        late = {e.id for e, arrival in arrivals if arrival is Arrival.LATE}
        with calling("redis"):
            await self.store.commit(changed, state, late)
        return BatchResult(alerts, arrivals, poisoned)

    def _evaluate(
        self, state: EngineState, events: list[Event], heartbeats: list[Heartbeat], emitted_at: datetime
    ) -> tuple[list[Alert], list[tuple[Event, Arrival]]]:
        """The heartbeats into coverage, the engine over the events in event-time
        order, then each theatre's time-driven rules; RuleFailed names the event
        or heartbeat a rule raised on."""
        alerts: list[Alert] = []
        arrivals: list[tuple[Event, Arrival]] = []
        for heartbeat in sorted(heartbeats, key=lambda b: (b.covered_from, b.covered_to)):
            try:
                alerts.extend(self.engine.cover(state, heartbeat, emitted_at))
            except Exception as exc:
                raise RuleFailed(heartbeat) from exc
        for event in sorted(events, key=lambda e: e.timestamp):
            try:
                outcome = self.engine.process(state, event, emitted_at)
            except Exception as exc:
                raise RuleFailed(event) from exc
            arrivals.append((event, outcome.arrival))
            alerts.extend(outcome.alerts)
        for theatre in sorted({e.theatre for e in events} | {b.theatre for b in heartbeats}):
            alerts.extend(self.engine.advance(state, theatre, emitted_at))
        return alerts, arrivals

    async def _tick_attempt(self, until: float) -> list[Alert]:
        try:
            return await self._tick_once(until)
        except Exception:
            self.store.invalidate()
            raise

    async def _tick_once(self, until: float) -> list[Alert]:
        with calling("redis"):
            theatres = await self.store.theatres()
            state = await self.store.load_theatres(theatres, self.engine.window, until)
        emitted_at = self.clock()
        alerts = [a for theatre in theatres for a in self.engine.advance(state, theatre, emitted_at, to=until)]
        await self._publish(alerts)
        with calling("redis"):
            await self.store.commit([], state, set())
        return alerts

    async def _publish(self, alerts: list[Alert]) -> None:
        """Publish concurrently across fingerprints, in order within one (firing
        before resolved), and return once the broker acknowledged them all."""
        by_fingerprint: dict[str, list[Alert]] = {}
        for alert in alerts:
            by_fingerprint.setdefault(alert.fingerprint, []).append(alert)

        async def in_order(group: list[Alert]) -> None:
            for alert in group:
                await self.publish_alert(alert)

        with calling("kafka"):
            await asyncio.gather(*(in_order(group) for group in by_fingerprint.values()))

    def _on_retry(self, retry_state: RetryCallState) -> None:
        failure = retry_state.outcome.exception() if retry_state.outcome is not None else None
        assert isinstance(failure, DependencyFailed)  # the only failure retried
        self.metrics.degraded.set(1)
        if self.degraded_since is None:
            self.degraded_since = time.time()
        self.metrics.dependency_errors.labels(dependency=failure.dependency).inc()
        log.warning("batch failed on %s, retrying: %s", failure.dependency, failure.__cause__)
