"""The one parser of webhook URLs: what it accepts, what it refuses and why, and
that whatever it accepts the HTTP client can send to."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from yarl import URL

from alerts.webhook_url import WebhookTarget, parse_webhook_url
from conflictwatch.errors import UnsafeWebhookURL


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("http://example.org/hook", ("http", "example.org", 80)),
        ("HTTPS://Example.ORG:8443/a?b=c#d", ("https", "example.org", 8443)),
        ("http://[2001:DB8::1]:8080/", ("http", "2001:db8::1", 8080)),
        ("http://127.0.0.1:1/", ("http", "127.0.0.1", 1)),
        ("http://2130706433/", ("http", "2130706433", 80)),
        ("http://receiver_1.local./x", ("http", "receiver_1.local.", 80)),
        ("http://h:65535", ("http", "h", 65535)),
    ],
)
def test_plain_http_urls_are_read(url: str, target: tuple[str, str, int]) -> None:
    assert parse_webhook_url(url) == WebhookTarget(*target)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://example.org/", "only http and https"),
        ("example.org/hook", "only http and https"),
        ("http:example.org", "no host"),
        ("http:///path", "no host"),
        ("http://:80/", "no host"),
        ("http://[127.0.0.1]/", "an IPv4 address is written without brackets"),
        ("http://[abc]/", "[abc] is not an IPv6 address"),
        ("http://[v1.x]/", "[v1.x] is not an IPv6 address"),
        ("http://[::1/", "'[' is never closed"),
        ("http://a]b/", "stray '[' or ']'"),
        ("http://a[b/", "stray '[' or ']'"),
        ("http://[::1]x/", "'x' follows the host's ']'"),
        ("http://::1/", "must be written in brackets"),
        ("http://[fe80::1%25eth0]/", "IPv6 zone"),
        ("http://a..b/", "not a host name"),
        ("http://-a.example/", "not a host name"),
        ("http://a%41.example/", "not a host name"),
        ("http://" + "a" * 64 + ".example/", "not a host name"),
        ("http://a:0/", "port must be a number from 1 to 65535"),
        ("http://a:65536/", "port must be a number from 1 to 65535"),
        ("http://a:/", "port must be a number from 1 to 65535"),
        ("http://a:+80/", "port must be a number from 1 to 65535"),
        ("http://a:8o/", "port must be a number from 1 to 65535"),
        ("http://a b/", "a space at position 8"),
        ("http://exämple.org/", "non-ASCII character U+00E4"),
        ("http://a/" + "x" * 2000, "longer than 2000"),
        ("http://a/\x7f", "control character U+007F at position 9"),
    ],
)
def test_anything_else_is_refused_saying_what_to_fix(url: str, says: str) -> None:
    with pytest.raises(UnsafeWebhookURL) as refused:
        parse_webhook_url(url)
    assert refused.value.address is None
    assert says in refused.value.reason


@pytest.mark.parametrize("url", ["http://admin:S3cr3t@example.org/", "http://admin@example.org/", "http://:S3cr3t@a/"])
def test_credentials_are_refused_and_never_repeated(url: str) -> None:
    with pytest.raises(UnsafeWebhookURL) as refused:
        parse_webhook_url(url)
    assert "user name or password" in refused.value.reason
    assert "S3cr3t" not in str(refused.value)
    assert "admin" not in str(refused.value)
    assert "***@" in str(refused.value)


def test_the_url_in_a_message_has_its_control_characters_escaped() -> None:
    with pytest.raises(UnsafeWebhookURL) as refused:
        parse_webhook_url("http://a/\r\nx")
    assert "\r" not in str(refused.value)
    assert "http://a/\\r\\nx" in str(refused.value)


@given(st.text())
def test_any_text_is_read_or_refused_with_the_guards_error(text: str) -> None:
    for url in (text, "http://" + text, "http://a/" + text):
        with contextlib.suppress(UnsafeWebhookURL):
            parse_webhook_url(url)


PRINTABLE = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=30)
HOSTS = st.one_of(
    st.from_regex(r"\A[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}\Z"),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda address: f"[{address}]"),
    PRINTABLE,
)
URLS = st.builds(
    "{}://{}{}{}".format,
    st.sampled_from(["http", "https", "HTTP"]),
    HOSTS,
    st.one_of(st.just(""), st.integers(-1, 70000).map(":{}".format)),
    st.one_of(st.just(""), PRINTABLE.map("/{}".format)),
)


@given(URLS)
def test_whatever_is_accepted_the_http_client_can_address(url: str) -> None:
    try:
        target = parse_webhook_url(url)
    except UnsafeWebhookURL:
        return
    built = URL(url)
    assert (built.raw_host or "").lower() == target.host
    assert built.port == target.port
