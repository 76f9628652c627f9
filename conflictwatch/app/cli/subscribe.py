"""Webhook subscriptions through the REST API, and a receiver to try them on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from conflictwatch.app.cli.root import main, settings

if TYPE_CHECKING:
    from alerts.api_client import ApiClient


def api_client(api_url: str | None, token: str | None) -> ApiClient:
    from alerts.api_client import ApiClient

    current = settings()
    token = token or next((t.get_secret_value() for t in current.api_tokens), None)
    if not token:
        raise click.ClickException("no API token: pass --token, or set CONFLICTWATCH_API_TOKENS")
    return ApiClient(api_url or current.api_url, token)


def with_api_options(command: Callable[..., None]) -> Callable[..., None]:
    command = click.option("--token", default=None, help="bearer token [first of CONFLICTWATCH_API_TOKENS]")(command)
    return click.option("--api", "api_url", default=None, help="the API's base URL [CONFLICTWATCH_API_URL]")(command)


@main.command()
@click.argument("url")
@click.option("--rule", "rules", multiple=True, help="only alerts of this rule (repeatable)")
@click.option("--theatre", "theatres", multiple=True, help="only alerts in this theatre (repeatable)")
@click.option("--min-severity", type=click.Choice(["info", "warning", "critical"]), default="info", show_default=True)
@click.option(
    "--event-type",
    "event_types",
    multiple=True,
    type=click.Choice(["alert.firing", "alert.resolved", "alert.corrected", "alert.retracted"]),
    help="only these webhook types (repeatable)",
)
@click.option("--format", "payload_format", type=click.Choice(["native", "alertmanager"]), default="native")
@click.option("--description", default=None)
@click.option("--secret", default=None, help="a whsec_ secret of your own; one is generated if omitted")
@click.option("--if-absent", is_flag=True, help="do nothing when this URL is already subscribed")
@with_api_options
def subscribe(
    url: str,
    rules: tuple[str, ...],
    theatres: tuple[str, ...],
    min_severity: str,
    event_types: tuple[str, ...],
    payload_format: str,
    description: str | None,
    secret: str | None,
    if_absent: bool,
    api_url: str | None,
    token: str | None,
) -> None:
    """Subscribe URL to alert webhooks; prints the subscription id and its secret (shown once)."""
    body = {
        "url": url,
        "rules": list(rules),
        "theatres": list(theatres),
        "min_severity": min_severity,
        "event_types": list(event_types),
        "format": payload_format,
        "description": description,
        **({"secret": secret} if secret else {}),
    }
    with api_client(api_url, token) as client:
        existing = [s for s in client.subscriptions() if s["url"] == url] if if_absent else []
        if existing:
            click.echo(f"already subscribed: {existing[0]['id']} {url}")
            return
        created = client.subscribe(body)
    click.echo(f"subscribed {created['id']} {created['url']}")
    click.echo(f"secret {created['secret']}  (shown once: keep it to verify signatures)")


@main.command()
@with_api_options
def subscriptions(api_url: str | None, token: str | None) -> None:
    """List the webhook subscriptions: id, state, format, URL and filters."""
    with api_client(api_url, token) as client:
        found = client.subscriptions()
    for s in found:
        state = "enabled" if s["enabled"] else f"disabled ({s['disabled_reason']})"
        filters = " ".join(f"{name}={','.join(s[name])}" for name in ("rules", "theatres", "event_types") if s[name])
        click.echo(
            f"{s['id']}\t{state}\t{s['format']}\t{s['url']}\tmin_severity={s['min_severity']} {filters}".rstrip()
        )
    if not found:
        click.echo("no subscriptions; add one with `conflictwatch subscribe URL`", err=True)


@main.command("demo-receiver")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8090, show_default=True)
@click.option("--secret", envvar="DEMO_RECEIVER_SECRET", required=True, help="whsec_… secret to verify with")
def demo_receiver(host: str, port: int, secret: str) -> None:
    """Receive webhooks, verify their signatures and log each alert."""
    from alerts.demo_receiver import DemoReceiver

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    receiver = DemoReceiver(secret, host, port)
    click.echo(f"listening on {receiver.url}")
    receiver.serve_forever()
