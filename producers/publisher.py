"""Publish validated events (and coverage heartbeats) to Kafka with kafka-python,
keyed by theatre so one theatre's events stay ordered on one partition, and its
heartbeats land on the same partition number of the coverage topic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import TracebackType

from kafka import KafkaProducer

from conflictwatch.kafka_admin import reaching_kafka
from conflictwatch.models import Event, Heartbeat
from conflictwatch.settings import Settings

CLOSE_TIMEOUT = 5.0  # seconds


class EventPublisher:
    def __init__(self, settings: Settings) -> None:
        self.topic = settings.topic_events
        self.coverage_topic = settings.topic_coverage
        self.settings = settings
        with reaching_kafka(settings):
            self._producer = KafkaProducer(
                bootstrap_servers=settings.kafka_bootstrap,
                client_id=f"{settings.app_id}-producer",
                acks="all",
                retries=5,
                linger_ms=5,
                enable_idempotence=True,
                max_in_flight_requests_per_connection=1,
            )

    def publish(self, events: Iterable[Event]) -> int:
        return self._send(self.topic, events)

    def publish_heartbeats(self, heartbeats: Sequence[Heartbeat]) -> int:
        return self._send(self.coverage_topic, heartbeats)

    def _send(self, topic: str, records: Iterable[Event | Heartbeat]) -> int:
        with reaching_kafka(self.settings):
            futures = [
                self._producer.send(topic, key=record.theatre.encode(), value=record.model_dump_json().encode())
                for record in records
            ]
            self._producer.flush()
            for future in futures:
                future.get(timeout=30)  # raises if the broker refused a record
        return len(futures)

    def close(self) -> None:
        # Bounded: kafka-python 2.3's idempotent producer waits forever in close()
        # when it never sent a record (a poll that found nothing new). `publish`
        # has flushed and awaited every record, so nothing is left to wait for.
        self._producer.close(timeout=CLOSE_TIMEOUT)

    def __enter__(self) -> EventPublisher:
        return self

    def __exit__(self, *exc: tuple[type[BaseException], BaseException, TracebackType] | None) -> None:
        self.close()
