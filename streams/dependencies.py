"""Which dependency a batch failed on: the processor calls the store (Redis in the
worker) and the publishers (Kafka) inside `calling`, so a failure is put down to
the one that was being called, whatever the error's type."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

Dependency = Literal["redis", "kafka"]

# What a dependency failing looks like from its client: its own errors, or a
# socket's. Faust raises its own error from the Kafka client's (ProducerSendError).
FAILURES: dict[Dependency, tuple[type[Exception], ...]] = {
    "redis": (RedisError, OSError),
    "kafka": (KafkaError, OSError),
}


class DependencyFailed(Exception):
    """Redis or Kafka failed under a batch (`__cause__` says how); the batch is retried."""

    def __init__(self, dependency: Dependency) -> None:
        super().__init__(dependency)
        self.dependency = dependency


@contextmanager
def calling(dependency: Dependency) -> Iterator[None]:
    """Put a failure of the calls inside down to `dependency`; other errors pass."""
    try:
        yield
    except Exception as exc:
        if isinstance(exc, FAILURES[dependency]) or isinstance(exc.__cause__, FAILURES[dependency]):
            raise DependencyFailed(dependency) from exc
        raise
