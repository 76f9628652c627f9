"""Is Redis reachable, is the Kafka cluster answering: for the up gauges."""

from __future__ import annotations

from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from conflictwatch.redis_client import AsyncRedis


class DependencyProbe:
    def __init__(self, redis: AsyncRedis, kafka_bootstrap: str) -> None:
        self.redis = redis
        self.kafka_bootstrap = kafka_bootstrap
        self._kafka: AIOKafkaClient | None = None

    async def redis_up(self) -> bool:
        try:
            return bool(await self.redis.ping())
        except (RedisError, OSError):
            return False

    async def kafka_up(self) -> bool:
        try:
            if self._kafka is None:
                self._kafka = AIOKafkaClient(bootstrap_servers=self.kafka_bootstrap, request_timeout_ms=5000)
                await self._kafka.bootstrap()
            await self._kafka.fetch_all_metadata()
            return True
        except (KafkaError, OSError):
            if self._kafka is not None:
                await self._kafka.close()
                self._kafka = None
            return False
