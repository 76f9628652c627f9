"""The pooled HTTP client webhooks are sent with.

Connections go to the addresses WebhookGuard checked at connect time (the host
is resolved once, checked, and the checked address is dialled; TLS still
verifies the host name), so DNS rebinding between a check and the connection
cannot reach an internal address. Redirects are never followed, and proxies
from the environment are not used (they would connect on our behalf unchecked).
"""

from __future__ import annotations

from collections.abc import Iterable

import httpcore
import httpx
from httpcore import AnyIOBackend, AsyncNetworkBackend, AsyncNetworkStream

from alerts.ssrf import WebhookGuard


class GuardedBackend(AsyncNetworkBackend):
    def __init__(self, guard: WebhookGuard) -> None:
        self.guard = guard
        self.inner = AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> AsyncNetworkStream:
        try:
            addresses = await self.guard.addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc or 'timeout'}") from exc
        return await self.inner.connect_tcp(
            str(addresses[0]), port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def webhook_client(guard: WebhookGuard, timeout: float, max_connections: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    # httpx has no parameter for httpcore's network backend: give its transport a
    # pool with the same limits that dials through the guard.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=GuardedBackend(guard),
    )
    return httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False, trust_env=False)
