"""A toy rule that declares an hour of rocket fire and reads all it is given, and
a driver that shows what a state store gives it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from prometheus_client import CollectorRegistry

from conflictwatch.models import Alert, DeadLetter, Event, EventType
from streams.engine import Engine
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage
from streams.rules.base import Rule, SeriesNeed
from streams.rules.spec import MatchSpec
from streams.state import EngineState, Point
from streams.store import StateStore
from tests.factories import event

ROCKETS = frozenset({EventType.ROCKET_FIRE})


class ShortSighted(Rule[MatchSpec]):
    spec_type = MatchSpec

    def triggers(self) -> frozenset[EventType]:
        return self.spec.event_types

    def needs(self) -> tuple[SeriesNeed, ...]:
        return (SeriesNeed(EventType.ROCKET_FIRE, lookback=timedelta(hours=1)),)

    def on_event(
        self, state: EngineState, event: Event, point: Point, sources: int, emitted_at: datetime
    ) -> list[Alert]:
        seen = self.points(state, event.theatre, self.spec.event_types).points
        ids = [p.event_id for p in seen]
        return [
            self.alert(
                theatre=event.theatre,
                key=event.id,
                summary="seen",
                starts_at=point.time,
                event_ids=ids,
                emitted_at=emitted_at,
            )
        ]


def short_sighted_engine() -> Engine:
    spec = MatchSpec(id="short_sighted", kind="match", event_types=ROCKETS)
    return Engine([ShortSighted(spec)], allowed_lateness=timedelta(0))


def hourly_rocket_fire(hours: int) -> list[Event]:
    return [event(at=hour) for hour in range(hours)]


async def views(stores: Callable[[], StateStore], events: Sequence[Event]) -> list[list[str]]:
    """Per event, one a batch, the ids of the rocket fire the rule was given (with
    a store from `stores` for each batch)."""
    engine = short_sighted_engine()
    alerts: list[Alert] = []

    async def publish(alert: Alert) -> None:
        alerts.append(alert)

    async def dead(letter: DeadLetter) -> None:
        raise AssertionError(letter)

    for one in events:
        metrics = StreamMetrics.create(CollectorRegistry())
        processor = BatchProcessor(engine, stores(), publish, dead, metrics)
        await processor.process([RawMessage(one.model_dump_json().encode())])
    return [list(alert.event_ids) for alert in alerts]
