"""The one parser of subscription URLs: the API's models, the SSRF guard and the
HTTP client all read a webhook URL through `parse_webhook_url`.

A webhook URL is a plain http(s) URL of printable ASCII: a host name or an IP
address (IPv6 in brackets, without a zone), an optional port from 1 to 65535, no
user name or password. Anything else raises UnsafeWebhookURL (with no address:
the URL itself is the problem) and a reason that says what to fix; nothing else
is raised, whatever the text.
"""

from __future__ import annotations

import ipaddress
import re
from typing import NamedTuple

from conflictwatch.errors import UnsafeWebhookURL
from conflictwatch.settings import HOSTNAME

MAX_LENGTH = 2000
DEFAULT_PORTS = {"http": 80, "https": 443}
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
IPV6_EXAMPLE = "http://[2001:db8::1]:8080/"


class WebhookTarget(NamedTuple):
    """Where a webhook URL points: its scheme, host (lower case, no brackets) and port."""

    scheme: str
    host: str
    port: int


def _character_problem(url: str) -> str | None:
    for position, char in enumerate(url):
        code = ord(char)
        if code < 0x20 or code == 0x7F:
            return (
                f"the URL contains the control character U+{code:04X} at position {position}; "
                f"remove it (in a path or query, percent-encode it as %{code:02X})"
            )
        if char == " ":
            return f"the URL contains a space at position {position}; percent-encode it as %20"
        if code > 0x7E:
            return (
                f"the URL contains the non-ASCII character U+{code:04X} at position {position}; write a host "
                f"name in its ASCII (xn--) form and percent-encode the path and query"
            )
    return None


def _ipv6_problem(inner: str) -> str | None:
    try:
        address = ipaddress.IPv6Address(inner)
    except ValueError:
        try:
            ipaddress.IPv4Address(inner)
        except ValueError:
            return f"[{inner}] is not an IPv6 address; only an IPv6 address goes in brackets, as in {IPV6_EXAMPLE}"
        return f"an IPv4 address is written without brackets: {inner}"
    if address.scope_id is not None:
        return "an IPv6 zone (%…) cannot be reached from a server; use a global address"
    return None


def _host_and_port(authority: str) -> tuple[str, str | None]:
    """Split `host[:port]` or `[ipv6][:port]`; raises ValueError with what to fix."""
    if authority.startswith("["):
        inner, closed, rest = authority[1:].partition("]")
        if not closed:
            raise ValueError(f"the host's '[' is never closed; write an IPv6 address in brackets, as in {IPV6_EXAMPLE}")
        if problem := _ipv6_problem(inner):
            raise ValueError(problem)
        if rest and not rest.startswith(":"):
            raise ValueError(f"{rest!r} follows the host's ']'; only :port may follow it")
        return inner.lower(), rest[1:] if rest else None
    if "[" in authority or "]" in authority:
        raise ValueError(
            f"the host has a stray '[' or ']'; only an IPv6 address goes in brackets, as in {IPV6_EXAMPLE}"
        )
    if authority.count(":") > 1:
        raise ValueError(f"an IPv6 address must be written in brackets, as in {IPV6_EXAMPLE}")
    host, colon, port = authority.partition(":")
    if not host:
        raise ValueError("the URL has no host; write it as http(s)://host[:port]/path")
    if not HOSTNAME.match(host.lower().removesuffix(".")):
        raise ValueError(
            f"{host!r} is not a host name: letters, digits, hyphens and underscores in labels of 1 to 63 "
            f"characters separated by dots, 253 characters at most"
        )
    return host.lower(), port if colon else None


def _target(url: str) -> WebhookTarget:
    """The target of `url`; raises ValueError saying what to fix."""
    if len(url) > MAX_LENGTH:
        raise ValueError(f"the URL is longer than {MAX_LENGTH} characters")
    if problem := _character_problem(url):
        raise ValueError(problem)
    scheme = SCHEME.match(url)
    if scheme is None or scheme[1].lower() not in DEFAULT_PORTS:
        raise ValueError("only http and https URLs can receive webhooks")
    rest = url[scheme.end() :]
    if not rest.startswith("//"):
        raise ValueError("the URL has no host; write it as http(s)://host[:port]/path")
    authority = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
    if "@" in authority:
        raise ValueError(
            "a user name or password in a webhook URL is refused (it would be stored and shown); remove the "
            "part before '@': receivers authenticate webhooks by their signature (webhook-signature header)"
        )
    host, port = _host_and_port(authority)
    if port is not None and not (port.isdigit() and 1 <= int(port) <= 65535):
        raise ValueError("the port must be a number from 1 to 65535")
    name = scheme[1].lower()
    return WebhookTarget(name, host, int(port) if port else DEFAULT_PORTS[name])


def parse_webhook_url(url: str) -> WebhookTarget:
    """Where `url` points; raises UnsafeWebhookURL (address None) when it is not a
    plain http(s) URL a webhook can be sent to, with the reason."""
    try:
        return _target(url)
    except ValueError as exc:
        raise UnsafeWebhookURL(url, None, str(exc)) from None
