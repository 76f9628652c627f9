"""Which addresses webhooks may reach, in every spelling."""

from __future__ import annotations

import asyncio
import ipaddress

import pytest

from alerts.ssrf import IPAddress, WebhookGuard, address_problem, literal_address
from conflictwatch.errors import UnsafeWebhookURL


@pytest.mark.parametrize(
    ("spelling", "meant"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("::1", "::1"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
    ],
)
def test_numeric_spellings_are_read_as_the_address_they_mean(spelling: str, meant: str) -> None:
    assert literal_address(spelling) == ipaddress.ip_address(meant)


def test_names_are_not_addresses() -> None:
    assert literal_address("example.org") is None
    assert literal_address("127.0.0.2\x00.x") is None


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a public"),
        ("::1", "loopback"),
        ("fd00::1", "private"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "IPv4 address inside IPv6"),
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "IPv4 address inside IPv6"),
        ("64:ff9b::a9fe:a9fe", "cloud metadata"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, problem: str) -> None:
    found = address_problem(ipaddress.ip_address(address))
    assert found is not None
    assert problem in found


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


def check(url: str, allow: tuple[str, ...] = (), names: dict[str, str] | None = None) -> None:
    async def resolver(host: str, port: int) -> list[IPAddress]:
        if names is None or host not in names:
            raise OSError(f"{host} not found")
        return [ipaddress.ip_address(names[host])]

    asyncio.run(WebhookGuard(allow, resolver).check_url(url))


def test_a_name_is_judged_by_every_address_it_resolves_to() -> None:
    with pytest.raises(UnsafeWebhookURL) as refused:
        check("https://internal.example/hook", names={"internal.example": "10.0.0.5"})
    assert refused.value.address == "10.0.0.5"
    assert "CONFLICTWATCH_WEBHOOK_ALLOW" in str(refused.value)
    check("https://public.example/hook", names={"public.example": "93.184.215.14"})


def test_the_allow_list_admits_hosts_and_networks() -> None:
    check("http://127.0.0.1:8090/hook", allow=("127.0.0.0/8",))
    check("http://receiver:8090/hook", allow=("receiver",), names={"receiver": "172.18.0.5"})
    with pytest.raises(UnsafeWebhookURL):
        check("http://10.0.0.1/hook", allow=("127.0.0.0/8",))


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://example.org/x", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://example.org:99999/", "port"),
        ("http://nowhere.invalid/", "does not resolve"),
    ],
)
def test_urls_that_cannot_be_webhooks_say_why(url: str, says: str) -> None:
    with pytest.raises(UnsafeWebhookURL) as refused:
        check(url)
    assert says in str(refused.value)
