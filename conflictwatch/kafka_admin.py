"""Create the project's topics (idempotent) before producing or consuming, and
say in one line when the broker cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaTimeoutError, NoBrokersAvailable, TopicAlreadyExistsError

from conflictwatch.errors import ServiceError
from conflictwatch.settings import Settings


@contextmanager
def reaching_kafka(settings: Settings) -> Iterator[None]:
    """kafka-python's errors for a broker that does not answer, as a ServiceError
    naming the setting and its value."""
    where = f"CONFLICTWATCH_KAFKA_BOOTSTRAP={settings.kafka_bootstrap}"
    try:
        yield
    except NoBrokersAvailable as exc:
        raise ServiceError(f"{where}: no Kafka broker answered; is it running and is the address right?") from exc
    except KafkaTimeoutError as exc:
        raise ServiceError(f"{where}: the Kafka broker stopped answering ({exc})") from exc


def topic_layout(settings: Settings) -> dict[str, int]:
    """Topic name -> partitions. Events, coverage heartbeats and alerts are keyed
    (theatre, theatre, fingerprint); events and heartbeats are co-partitioned, so
    one worker reads a theatre's both."""
    return {
        settings.topic_events: settings.topic_partitions,
        settings.topic_coverage: settings.topic_partitions,
        settings.topic_alerts: settings.topic_partitions,
        settings.topic_dead_letters: 1,
        settings.topic_webhook_dead_letters: 1,
    }


def ensure_topics(settings: Settings) -> None:
    with reaching_kafka(settings):
        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, client_id=f"{settings.app_id}-admin")
        try:
            existing = set(admin.list_topics())
            missing = [
                NewTopic(name, num_partitions=partitions, replication_factor=settings.topic_replication)
                for name, partitions in topic_layout(settings).items()
                if name not in existing
            ]
            if missing:
                with suppress(TopicAlreadyExistsError):  # another process created them meanwhile
                    admin.create_topics(missing)
        finally:
            admin.close()
