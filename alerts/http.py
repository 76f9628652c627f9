"""The pooled HTTP client webhooks are sent with (aiohttp).

Connections go to the addresses WebhookGuard checked at connect time: the
connector resolves a host name through GuardedResolver, which resolves it once,
checks every address and hands back only the checked ones, and the connector
dials one of those (TLS still verifies the host name). The DNS cache is off, so
every new connection is resolved and checked anew, and DNS rebinding between a
check and the connection cannot reach an internal address. aiohttp dials an IP
address without asking a resolver, so a host that is one is checked before the
request: it is the very address dialled, nothing can re-point it.

Redirects are never followed, proxies from the environment are not used (they
would connect on our behalf unchecked), no cookies are kept (one endpoint's
cookies never reach another), and only a small response body is read.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from alerts.ssrf import WebhookGuard, literal_address
from alerts.webhook_url import parse_webhook_url
from conflictwatch.errors import UnsafeWebhookURL

MAX_RESPONSE_READ = 64 * 1024  # a larger (or unsized) answer body is not waited for


@dataclass(frozen=True)
class Answer:
    """An endpoint's answer: its status, its headers (case-insensitive) and the URL asked."""

    status: int
    headers: Mapping[str, str]
    url: str


class TransportError(Exception):
    """No answer came: the connection could not be made, broke, or timed out."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


class GuardedResolver(AbstractResolver):
    """Resolves through the guard: only addresses webhooks may reach come back."""

    def __init__(self, guard: WebhookGuard) -> None:
        self.guard = guard

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[ResolveResult]:
        addresses = await self.guard.addresses(host, port)  # UnsafeWebhookURL, OSError
        return [
            ResolveResult(
                hostname=host,
                host=str(address),
                port=port,
                family=socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for address in addresses
        ]

    async def close(self) -> None:
        return None


def _dialled_without_resolving(host: str) -> bool:
    """A host aiohttp connects to as it is, without the resolver: an IP address
    (aiohttp's own test: a colon, or digits and dots; legacy numeric forms it refuses)."""
    return literal_address(host) is not None or ":" in host or host.replace(".", "").isdigit()


class WebhookClient:
    """POSTs webhooks over pooled keep-alive connections dialled through the guard.
    The session is made on first use, inside the event loop that uses it."""

    def __init__(self, guard: WebhookGuard, timeout: float, max_connections: int) -> None:
        self.guard = guard
        self.timeout = timeout
        self.max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self.max_connections,
                limit_per_host=0,  # the sender limits each endpoint
                resolver=GuardedResolver(self.guard),
                use_dns_cache=False,  # every new connection is checked
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,
                auto_decompress=False,
            )
        return self._session

    async def post(self, url: str, body: str, headers: Mapping[str, str]) -> Answer:
        """POST `body` once, without following a redirect. Raises UnsafeWebhookURL
        when the URL cannot be sent to or its host is an address webhooks may not
        reach, TransportError when no answer came. Only a body of at most MAX_RESPONSE_READ declared bytes is read
        (so the connection can be kept); otherwise the connection is closed."""
        target = parse_webhook_url(url)
        session = self._open()
        try:
            if _dialled_without_resolving(target.host):
                await self.guard.addresses(target.host, target.port, url)
            async with session.post(url, data=body.encode(), headers=headers, allow_redirects=False) as response:
                if int(response.headers.get("content-length") or MAX_RESPONSE_READ + 1) <= MAX_RESPONSE_READ:
                    await response.read()
                return Answer(response.status, response.headers, url)
        except aiohttp.ConnectionTimeoutError as exc:
            raise TransportError("ConnectTimeout", f"no connection within {self.timeout:g} s") from exc
        except TimeoutError as exc:  # the attempt's whole time (aiohttp.ServerTimeoutError too)
            raise TransportError("Timeout", f"no answer within {self.timeout:g} s") from exc
        except aiohttp.ClientConnectorDNSError as exc:
            raise TransportError("ConnectError", f"cannot resolve {exc.host}: {exc.os_error or 'no address'}") from exc
        except aiohttp.ClientConnectorError as exc:
            raise TransportError("ConnectError", str(exc)) from exc
        except aiohttp.ServerDisconnectedError as exc:
            raise TransportError("ServerDisconnected", "the endpoint closed the connection without an answer") from exc
        except aiohttp.InvalidURL as exc:  # never sendable: no use retrying
            raise UnsafeWebhookURL(url, None, f"the HTTP client cannot send to it ({exc!r})") from exc
        except (aiohttp.ClientError, OSError, ValueError) as exc:  # broken answers, resets
            raise TransportError(type(exc).__name__, str(exc) or repr(exc)) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> WebhookClient:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


def webhook_client(guard: WebhookGuard, timeout: float, max_connections: int) -> WebhookClient:
    return WebhookClient(guard, timeout, max_connections)
