"""The Redis connections every process builds from the settings, all through
`async_redis` and `sync_redis`: a `redis+cluster://` (or `rediss+cluster://`) URL
gives redis-py's Redis Cluster client, any node of the cluster as the seed; a
`redis://` or `rediss://` URL a client of one server.

Every Lua script and MULTI/EXEC touches keys of one hash slot (the hash tags of
conflictwatch.redis_keys); pipelines without a transaction may span slots, the
cluster client splits them by node.
"""

from __future__ import annotations

from typing import Any, TypeAlias, TypeVar
from urllib.parse import urlsplit

import redis
import redis.cluster
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.asyncio.cluster import ClusterPipeline, RedisCluster
from redis.asyncio.connection import Connection, SSLConnection
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

from conflictwatch.errors import ServiceError
from conflictwatch.settings import Settings

AsyncRedis: TypeAlias = Redis | RedisCluster
AsyncPipeline: TypeAlias = Pipeline | ClusterPipeline
SyncRedis: TypeAlias = redis.Redis | redis.cluster.RedisCluster

AnyRetry = TypeVar("AnyRetry", Retry, AsyncRetry)

CLUSTER_SCHEMES = {"redis+cluster": "redis", "rediss+cluster": "rediss"}
TIMEOUTS: dict[str, Any] = {"socket_timeout": 5, "socket_connect_timeout": 5}


def cluster_seed(url: str) -> str | None:
    """The plain URL of the seed node when `url` names a Redis Cluster, else None."""
    scheme, sep, rest = url.partition("://")
    plain = CLUSTER_SCHEMES.get(scheme.lower())
    return f"{plain}{sep}{rest}" if plain else None


def cluster_retry(kind: type[AnyRetry]) -> AnyRetry:
    """How often the cluster client tries a command again after a connection error,
    a timeout, CLUSTERDOWN or an uncovered slot, reloading the slot map in between
    (MOVED and ASK are followed without counting). A failover makes these errors
    for a moment: the old master refuses or drops connections, and until a replica
    is promoted the slots it served are not covered. Retrying is safe because every
    write we make is idempotent (events by id, deliveries by webhook-id, watermarks
    only forward), so a command that was applied but whose reply was lost counts
    nothing twice. 10 tries with a backoff capped at 1 s cover a manual failover; a
    master that dies is noticed only after cluster-node-timeout, which the callers'
    own retries (the worker's batch retry, the dispatcher's) outlast.

    Given as `retry`: redis-py 6 deprecated `cluster_error_retry_attempts` and
    ignores it once `retry` is set. The async client needs redis.asyncio's Retry:
    with the synchronous one it retries nothing (it gets the coroutine back
    unawaited)."""
    return kind(ExponentialWithJitterBackoff(cap=1.0, base=0.05), retries=10)


class _SendsOrFails:
    """A connection whose send fails with ConnectionError when another task closed it.

    redis-py 8.1's asyncio cluster client closes every connection of every node when
    a command or pipeline is retried after a connection error or CLUSTERDOWN (as in
    a failover), the connections other tasks are sending on included. Such a send
    then fails inside the stream (`'NoneType' object has no attribute 'writelines'`,
    or the TypeError of redis-py issue 4287), which no retry of redis-py's or ours
    takes for a connection failure. As a ConnectionError the cluster client retries
    it on a fresh connection. (Reads need no help: redis-py raises ConnectionError
    when a reply's connection was closed.)"""

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        try:
            await super().send_packed_command(command, check_health)  # type: ignore[misc]
        except (AttributeError, TypeError) as exc:
            raise redis.exceptions.ConnectionError(f"connection closed while sending: {exc}") from exc


class _ClusterConnection(_SendsOrFails, Connection):
    pass


class _ClusterSSLConnection(_SendsOrFails, SSLConnection):
    pass


class _Cluster(RedisCluster):
    """redis-py's asyncio cluster client with the connections above: it builds its
    nodes from `connection_kwargs` (the dict its node manager shares) and names the
    class there itself, so the class is swapped in after construction."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ssl = issubclass(self.connection_kwargs["connection_class"], SSLConnection)
        guarded = _ClusterSSLConnection if ssl else _ClusterConnection
        self.connection_kwargs["connection_class"] = guarded
        for node in self.startup_nodes:
            node.connection_class = guarded


# A MOVED reply re-points its slot only (after a failover, each slot in use is
# re-pointed by its own first MOVED: one extra round trip). By default every 5th
# MOVED makes redis-py 8.1 re-read the whole slot map by closing every connection,
# those other tasks are using included, which fails their commands with an
# AttributeError instead of a retried ConnectionError.
CLUSTER_OPTIONS: dict[str, Any] = {"reinitialize_steps": 0}


def async_redis(url: str, **options: Any) -> AsyncRedis:
    seed = cluster_seed(url)
    if seed is None:
        return Redis.from_url(url, **(TIMEOUTS | options))
    return _Cluster.from_url(seed, retry=cluster_retry(AsyncRetry), **(TIMEOUTS | CLUSTER_OPTIONS | options))


def sync_redis(url: str, **options: Any) -> SyncRedis:
    seed = cluster_seed(url)
    if seed is None:
        return redis.Redis.from_url(url, **(TIMEOUTS | options))
    return redis.cluster.RedisCluster.from_url(
        seed, retry=cluster_retry(Retry), **(TIMEOUTS | CLUSTER_OPTIONS | options)
    )


def redis_client(settings: Settings) -> AsyncRedis:
    return async_redis(settings.redis_url, health_check_interval=10)


def shown_url(url: str) -> str:
    """The URL with its password hidden."""
    password = urlsplit(url).password
    return url.replace(f":{password}@", ":***@") if password else url


def answering_redis(settings: Settings) -> SyncRedis:
    """A synchronous client for a one-shot command, checked once: a Redis that does
    not answer is a ServiceError naming the setting (its password hidden)."""
    client: SyncRedis | None = None
    try:
        client = sync_redis(settings.redis_url)  # a cluster client asks its seed for the slot map here
        client.ping()
    except (redis.RedisError, redis.exceptions.RedisClusterException) as exc:
        if client is not None:
            client.close()
        raise ServiceError(
            f"CONFLICTWATCH_REDIS_URL={shown_url(settings.redis_url)}: Redis did not answer ({exc})"
        ) from exc
    return client


def as_text(value: object) -> str:
    """A Redis reply (bytes from a client without decode_responses) as text."""
    return value.decode() if isinstance(value, bytes) else str(value)
