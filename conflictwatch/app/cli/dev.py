"""Local services without Docker, for development and tests."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import click

from conflictwatch.app.cli.root import main

SEED = Path(__file__).resolve().parents[3] / "tests" / "data" / "seed-2021-05-20.jsonl"  # in a checkout


@main.group()
def dev() -> None:
    """Local services without Docker, for development and tests."""


@contextlib.contextmanager
def _until_stopped() -> Iterator[threading.Event]:
    """Runs the body (start the services, then wait on the event it is given)
    until SIGTERM or Ctrl-C, at any point: what had started is stopped on the way
    out, and the last line says so."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())  # from before the services start
    with contextlib.suppress(KeyboardInterrupt):
        yield stop
    click.echo("stopped", err=True)


@dev.command("fetch-kafka")
def fetch_kafka() -> None:
    """Download the Kafka broker jars from Maven Central (cached)."""
    from conflictwatch.app.dev.kafka import fetch_kafka_jars

    click.echo(fetch_kafka_jars())


@dev.command("services")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None)
def dev_services(workdir: Path | None) -> None:
    """Start Kafka, Redis and Prometheus on loopback until interrupted."""
    from conflictwatch.app.dev.services import LocalServices

    root = workdir or Path(tempfile.mkdtemp(prefix="conflictwatch-"))
    with _until_stopped() as stop, LocalServices.in_dir(root) as services:
        for key, value in services.environment().items():
            click.echo(f"export {key}={value}")
        click.echo(f"# prometheus: {services.prometheus.url}  (targets file: {services.prometheus.targets_file})")
        click.echo("# Ctrl-C stops them", err=True)
        stop.wait()


@dev.command("up")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option(
    "--events",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="events to replay once the stack is up (default: the seed article's, in a checkout)",
)
def dev_up(workdir: Path | None, events: Path | None) -> None:
    """The compose stack on loopback without Docker (but Grafana), until interrupted."""
    from conflictwatch.app.dev.stack import local_stack

    root = workdir or Path(tempfile.mkdtemp(prefix="conflictwatch-stack-"))
    base = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")}
    replay = events or (SEED if SEED.exists() else None)
    with _until_stopped() as stop, local_stack(root, base) as stack:
        # how to reach the stack is told before any event goes in: a caller that sees an alert arrive has it
        for key in ("CONFLICTWATCH_KAFKA_BOOTSTRAP", "CONFLICTWATCH_REDIS_URL", "CONFLICTWATCH_API_URL"):
            click.echo(f"export {key}={stack.env[key]}")
        click.echo(f"export CONFLICTWATCH_API_TOKENS={stack.token}")
        click.echo(f"# worker metrics: {stack.worker_metrics}\n# prometheus: {stack.prometheus}")
        click.echo(f"# demo receiver: {stack.receiver} (log: {root / 'receiver.log'})")
        if replay is not None:
            stack.replay(replay)
            click.echo(f"# replayed {replay}")
        click.echo("# Grafana is not available without Docker; Ctrl-C stops everything", err=True)
        stop.wait()
