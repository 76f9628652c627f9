"""The Redis connections every process builds from the settings."""

from __future__ import annotations

from urllib.parse import urlsplit

import redis
from redis.asyncio import Redis

from conflictwatch.errors import ServiceError
from conflictwatch.settings import Settings


def redis_client(settings: Settings) -> Redis:
    return Redis.from_url(settings.redis_url, socket_timeout=5, socket_connect_timeout=5, health_check_interval=10)


def answering_redis(settings: Settings) -> redis.Redis:
    """A synchronous client for a one-shot command, checked once: a Redis that does
    not answer is a ServiceError naming the setting (its password hidden)."""
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=5, socket_connect_timeout=5)
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        url = settings.redis_url
        password = urlsplit(url).password
        shown = url.replace(f":{password}@", ":***@") if password else url
        raise ServiceError(f"CONFLICTWATCH_REDIS_URL={shown}: Redis did not answer ({exc})") from exc
    return client


def as_text(value: object) -> str:
    """A Redis reply (bytes from a client without decode_responses) as text."""
    return value.decode() if isinstance(value, bytes) else str(value)
