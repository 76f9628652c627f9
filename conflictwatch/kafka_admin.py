"""Create the project's topics (idempotent) before producing or consuming."""

from __future__ import annotations

from contextlib import suppress

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from conflictwatch.settings import Settings


def topic_layout(settings: Settings) -> dict[str, int]:
    """Topic name -> partitions. Events and alerts are keyed (theatre, fingerprint)."""
    return {
        settings.topic_events: settings.topic_partitions,
        settings.topic_alerts: settings.topic_partitions,
        settings.topic_dead_letters: 1,
        settings.topic_webhook_dead_letters: 1,
    }


def ensure_topics(settings: Settings) -> None:
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, client_id=f"{settings.app_id}-admin")
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=partitions, replication_factor=1)
            for name, partitions in topic_layout(settings).items()
            if name not in existing
        ]
        if missing:
            with suppress(TopicAlreadyExistsError):  # another process created them meanwhile
                admin.create_topics(missing)
    finally:
        admin.close()
