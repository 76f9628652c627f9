"""SSRF protection for subscriber URLs.

A webhook URL must be one alerts.webhook_url accepts (a plain http(s) URL); its
host is resolved and refused when any of its addresses is loopback, private,
link-local, multicast, reserved, unspecified, otherwise not globally routable, or
a cloud metadata address — IPv4 and IPv6, looking inside IPv4-mapped, 6to4,
Teredo and NAT64 IPv6 addresses, and reading the legacy numeric spellings
(2130706433, 0x7f000001, 0177.0.0.1, 127.1) as the address they mean. The same
check runs again when a delivery connects (see alerts/http.py), so a name
re-pointed after subscribing (DNS rebinding) is refused.

The operator's allow-list (CONFLICTWATCH_WEBHOOK_ALLOW) names hosts and networks
that may be reached all the same, such as the demo stack's own receiver.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence

from alerts.webhook_url import parse_webhook_url
from conflictwatch.errors import UnsafeWebhookURL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "100.100.100.200",  # Alibaba Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


def address_problem(address: IPAddress) -> str | None:
    """Why `address` must not be reached, or None when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is None and address in NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and (problem := address_problem(embedded)):
            return f"{problem} (an IPv4 address inside IPv6)"
    checks = (
        (address in METADATA_ADDRESSES, "a cloud metadata address"),
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a public address"),
    )
    return next((problem for found, problem in checks if found), None)


def shown(address: IPAddress) -> str:
    """An address as people write it (IPv4-mapped IPv6 with its IPv4 part dotted)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return f"::ffff:{address.ipv4_mapped}"
    return str(address)


def literal_address(host: str) -> IPAddress | None:
    """The address a host spells, in any form a resolver would accept (dotted,
    decimal, hex, octal, short), or None when it is a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):  # ValueError: a NUL in the text
        return None


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except UnicodeError:
        raise OSError("not a valid host name") from None
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))


class WebhookGuard:
    """Decides which URLs and addresses webhooks may reach."""

    def __init__(self, allow: Sequence[str], resolver: Resolver = system_resolver, timeout: float = 5.0) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.hosts: set[str] = set()
        for entry in allow:
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.hosts.add(entry.lower().rstrip("."))
        self.resolver = resolver
        self.timeout = timeout

    async def check_url(self, url: str) -> None:
        """Raise UnsafeWebhookURL unless `url` is a webhook URL (see alerts.webhook_url)
        and every address of its host may be reached."""
        target = parse_webhook_url(url)
        try:
            await self.addresses(target.host, target.port, url)
        except OSError as exc:
            raise UnsafeWebhookURL(
                url, None, f"the host {target.host!r} does not resolve ({exc or 'timeout'})"
            ) from None

    async def addresses(self, host: str, port: int, url: str | None = None) -> list[IPAddress]:
        """The addresses to connect to for `host`, all of them checked. A host that
        does not resolve raises OSError (a delivery retries it later)."""
        where = url or f"{host}:{port}"
        name = host.lower().rstrip(".")
        literal = literal_address(name)
        found = [literal] if literal is not None else await asyncio.wait_for(self.resolver(name, port), self.timeout)
        if not found:
            raise OSError(f"no address for {host!r}")
        if name in self.hosts:
            return found
        for address in found:
            if any(address in network for network in self.networks):
                continue
            if problem := address_problem(address):
                raise UnsafeWebhookURL(where, shown(address), problem)
        return found
