"""The Redis connection every process builds from the settings."""

from __future__ import annotations

from redis.asyncio import Redis

from conflictwatch.settings import Settings


def redis_client(settings: Settings) -> Redis:
    return Redis.from_url(settings.redis_url, socket_timeout=5, socket_connect_timeout=5, health_check_interval=10)


def as_text(value: object) -> str:
    """A Redis reply (bytes from a client without decode_responses) as text."""
    return value.decode() if isinstance(value, bytes) else str(value)
