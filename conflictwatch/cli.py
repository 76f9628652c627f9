"""The `conflictwatch` command: a thin layer over functions the tests call directly."""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import tempfile
import threading
from pathlib import Path

import click

from conflictwatch.errors import ConflictwatchError
from conflictwatch.settings import Settings, load_settings


def _settings() -> Settings:
    try:
        return load_settings()
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.version_option(package_name="conflictwatch")
def main() -> None:
    """conflictwatch: news reports in, sourced events on Kafka, signed webhook alerts out."""


@main.command()
@click.argument("which", type=click.Choice(["event", "alert", "all"]), default="event")
def schema(which: str) -> None:
    """Print the JSON Schema of the event (or alert) contract."""
    from conflictwatch.models import json_schemas

    schemas = json_schemas()
    click.echo(json.dumps(schemas if which == "all" else schemas[which], indent=2))


@main.group()
def produce() -> None:
    """Publish events to the events topic."""


@produce.command("events")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def produce_events(path: Path) -> None:
    """Publish the valid events of a JSON Lines FILE; report invalid lines.

    Exits with status 1 when any line was rejected (the valid ones are published)."""
    from conflictwatch.kafka_admin import ensure_topics
    from producers.jsonl import read_events
    from producers.publisher import EventPublisher

    settings = _settings()
    results = list(read_events(path))
    events = [r.event for r in results if r.event is not None]
    errors = [r for r in results if r.error is not None]
    for result in errors:
        click.echo(f"{path}:{result.line}: rejected: {result.error}", err=True)
    ensure_topics(settings)
    with EventPublisher(settings) as publisher:
        sent = publisher.publish(events)
    click.echo(f"published {sent} events to {settings.topic_events}; rejected {len(errors)} lines")
    if errors:
        sys.exit(1)


@main.command()
def topics() -> None:
    """Create the project's Kafka topics if they are missing."""
    from conflictwatch.kafka_admin import ensure_topics, topic_layout

    settings = _settings()
    ensure_topics(settings)
    for name, partitions in topic_layout(settings).items():
        click.echo(f"{name}\t{partitions} partitions")


@main.command()
def worker() -> None:
    """Run the Faust worker: detection agent, webhook dispatcher and /metrics."""
    from conflictwatch.worker import run_worker

    run_worker(_settings())


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


@main.group()
def dev() -> None:
    """Local services without Docker, for development and tests."""


@dev.command("fetch-kafka")
def fetch_kafka() -> None:
    """Download the Kafka broker jars from Maven Central (cached)."""
    from conflictwatch.dev.kafka import fetch_kafka_jars

    click.echo(fetch_kafka_jars())


@dev.command("services")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None)
def dev_services(workdir: Path | None) -> None:
    """Start Kafka, Redis and Prometheus on loopback until interrupted."""
    from conflictwatch.dev.services import LocalServices

    root = workdir or Path(tempfile.mkdtemp(prefix="conflictwatch-"))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with LocalServices.in_dir(root) as services:
        for key, value in services.environment().items():
            click.echo(f"export {key}={value}")
        click.echo(f"# prometheus: {services.prometheus.url}  (targets file: {services.prometheus.targets_file})")
        click.echo("# Ctrl-C stops them", err=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
