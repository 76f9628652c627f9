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
from typing import TYPE_CHECKING

import click

from conflictwatch.errors import ConflictwatchError
from conflictwatch.settings import Settings, load_settings

if TYPE_CHECKING:
    from streams.engine import Engine


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


def _engine(rules_file: Path | None) -> Engine:
    from streams.engine import Engine
    from streams.rules.loader import load_rules
    from streams.rules.registry import build_rules

    settings = _settings()
    try:
        specs = load_rules(rules_file or settings.rules_file)
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    return Engine(build_rules(specs), settings.allowed_lateness)


@main.group()
def rules() -> None:
    """Check and test rule files."""


@rules.command("check")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), required=False)
def rules_check(path: Path | None) -> None:
    """Validate a rule FILE (default: the shipped rules)."""
    from streams.rules.loader import default_rules_path, load_rules

    try:
        specs = load_rules(path)
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{path or default_rules_path()}: {len(specs)} rules OK")
    for spec in specs:
        click.echo(f"  {spec.id} ({spec.kind}, {spec.severity.value})")


@rules.command("test")
@click.argument("paths", type=click.Path(exists=True, dir_okay=False, path_type=Path), nargs=-1, required=True)
def rules_test(paths: tuple[Path, ...]) -> None:
    """Run rule unit test FILEs (expected alerts for given events); exit 1 on failure."""
    from streams.rule_tests import run_test_file

    failed = 0
    for path in paths:
        try:
            results = run_test_file(path)
        except ConflictwatchError as exc:
            raise click.ClickException(str(exc)) from exc
        for result in results:
            click.echo(f"{'PASS' if result.passed else 'FAIL'}  {path}: {result.name}")
            for failure in result.failures:
                click.echo(f"      {failure}")
            failed += not result.passed
    if failed:
        click.echo(f"{failed} failed", err=True)
        sys.exit(1)


@main.command()
@click.argument("inputs", type=click.Path(exists=True, dir_okay=False, path_type=Path), nargs=-1, required=True)
@click.option("--rules", "rules_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, help="draw a PNG")
def backtest(inputs: tuple[Path, ...], rules_file: Path | None, as_json: bool, plot: Path | None) -> None:
    """Run the rules over event files in process and print the alert timeline."""
    from conflictwatch.backtest import run_backtest, table

    result = run_backtest(_engine(rules_file), inputs)
    for problem in result.rejected:
        click.echo(f"rejected: {problem}", err=True)
    timeline = result.timeline()
    if as_json:
        for alert in timeline:
            click.echo(alert.model_dump_json())
    else:
        click.echo(table(timeline))
        click.echo(f"\n{len(result.events)} events, {len(timeline)} alerts", err=True)
    if plot is not None:
        from conflictwatch.backtest_plot import draw

        draw(result.events, timeline, plot)
        click.echo(f"plot: {plot}", err=True)
