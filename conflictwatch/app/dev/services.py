"""The three local services together, started in order and stopped in reverse."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from conflictwatch.app.dev.kafka import KafkaBroker
from conflictwatch.app.dev.prometheus import PrometheusServer
from conflictwatch.app.dev.redis import RedisServer


@dataclass
class LocalServices:
    kafka: KafkaBroker
    redis: RedisServer
    prometheus: PrometheusServer

    @classmethod
    def in_dir(cls, workdir: Path) -> LocalServices:
        return cls(
            KafkaBroker(workdir / "kafka"), RedisServer(workdir / "redis"), PrometheusServer(workdir / "prometheus")
        )

    def __enter__(self) -> LocalServices:
        with ExitStack() as stack:
            for service in (self.redis, self.prometheus, self.kafka):
                service.start()
                stack.callback(service.stop)
            self._stack = stack.pop_all()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stack.close()

    def environment(self) -> dict[str, str]:
        return {
            "CONFLICTWATCH_KAFKA_BOOTSTRAP": self.kafka.bootstrap,
            "CONFLICTWATCH_REDIS_URL": self.redis.url,
        }
