"""The `conflictwatch` command: a thin layer over functions the tests call directly."""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from conflictwatch.errors import ConflictwatchError
from conflictwatch.settings import Settings, load_settings

if TYPE_CHECKING:
    from alerts.api_client import ApiClient
    from conflictwatch.theatres import Theatres
    from producers.metrics import ProducerMetrics
    from producers.sinks import Sink
    from streams.engine import Engine


def _settings() -> Settings:
    try:
        return load_settings()
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc


def _theatres() -> Theatres:
    """The shipped theatres and those of CONFLICTWATCH_THEATRES_FILE."""
    from conflictwatch.theatres import load_theatres

    try:
        return load_theatres(_settings().theatres_file)
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


@contextlib.contextmanager
def _sink(dry_run: bool) -> Iterator[tuple[Sink, str]]:
    """Kafka (topics created if missing), or stdout on a dry run; and where that is."""
    from producers.sinks import KafkaSink, dry_run_sink

    if dry_run:
        yield dry_run_sink(sys.stdout), "stdout"
        return
    from conflictwatch.kafka_admin import ensure_topics
    from producers.publisher import EventPublisher

    settings = _settings()
    ensure_topics(settings)
    with EventPublisher(settings) as publisher:
        yield KafkaSink(publisher), settings.topic_events


def _metrics() -> ProducerMetrics:
    from prometheus_client import CollectorRegistry

    from producers.metrics import ProducerMetrics

    return ProducerMetrics.create(CollectorRegistry())


def _say(message: str, dry_run: bool) -> None:
    """Summaries go to stderr on a dry run, so that stdout holds only events."""
    click.echo(message, err=dry_run)


_dry_run = click.option(
    "--dry-run", is_flag=True, help="Print the events (JSON lines; a table on a terminal), no Kafka."
)
_theatre = click.option(
    "--theatre",
    default=None,
    help="Theatre hint: used where the text names no theatre's place or party, and for ties "
    "(default: decided from the text; see conflictwatch/theatres.yaml).",
)
_speed = click.option(
    "--speed",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Pace at X times real time (default: as fast as possible).",
)


@produce.command("article")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, help="Publication time, ISO 8601 (default: the article's header).")
@click.option("--url", default=None)
@click.option("--outlet", default=None)
@_theatre
@_dry_run
def produce_article(
    paths: tuple[str, ...],
    published: str | None,
    url: str | None,
    outlet: str | None,
    theatre: str | None,
    dry_run: bool,
) -> None:
    """Extract the events of articles (plain text or HTML; a FILE, a DIR or - for stdin) and publish them.

    Exits with status 1 when an article could not be read or dated."""
    from producers.article_producer import ArticleOptions, article_sources, produce_articles
    from producers.articles import parse_time

    try:
        when = parse_time(published) if published else None
    except (ValueError, OverflowError) as exc:
        raise click.BadParameter(f"{published!r} is not a time", param_hint="--published") from exc
    options = ArticleOptions(published=when, url=url, outlet=outlet, theatre=theatre, theatres=_theatres())
    with _sink(dry_run) as (sink, where):
        run = produce_articles(article_sources(paths, sys.stdin), options, sink, _metrics())
    for note in run.notes:
        click.echo(f"note: {note}", err=True)
    for failure in run.failures:
        click.echo(f"rejected: {failure}", err=True)
    _say(
        f"{run.articles} articles: {run.events} events, {run.sent} sent to {where}; {len(run.failures)} rejected",
        dry_run,
    )
    if run.failures:
        sys.exit(1)


@produce.command("feed")
@click.argument("source")
@click.option("--interval", type=click.FloatRange(min=1), default=None, help="Poll every S seconds (default: once).")
@click.option(
    "--metrics-port", type=click.IntRange(1, 65535), default=None, help="Serve /metrics on CONFLICTWATCH_WEB_HOST:PORT."
)
@_theatre
@_dry_run
def produce_feed(
    source: str, interval: float | None, metrics_port: int | None, theatre: str | None, dry_run: bool
) -> None:
    """Poll an RSS/Atom feed (URL or FILE); publish the events of entries not seen before (remembered in Redis)."""
    import redis
    from prometheus_client import CollectorRegistry, start_http_server

    from conflictwatch.redis_keys import RedisKeys
    from producers.feed import FeedError, FeedPoll, FeedPoller, run_feed
    from producers.metrics import ProducerMetrics
    from producers.seen_entries import MemorySeenEntries, SeenEntries

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def report(poll: FeedPoll) -> None:
        for skipped in poll.skipped:
            click.echo(f"skipped: {skipped}", err=True)
        _say(f"{poll.entries} entries, {poll.new} new: {poll.events} events", dry_run)

    settings = _settings()
    registry = CollectorRegistry()
    if metrics_port is not None:
        start_http_server(metrics_port, addr=settings.web_host, registry=registry)
    with _sink(dry_run) as (sink, _):
        if dry_run:
            seen: SeenEntries | MemorySeenEntries = MemorySeenEntries()
        else:
            client = redis.Redis.from_url(settings.redis_url, socket_timeout=5, socket_connect_timeout=5)
            seen = SeenEntries(client, RedisKeys(settings.redis_prefix), source, settings.retention)
        poller = FeedPoller(source, seen, sink, ProducerMetrics.create(registry), theatre=theatre, theatres=_theatres())
        try:
            with contextlib.suppress(KeyboardInterrupt):
                run_feed(poller, interval, stop, report)
        except FeedError as exc:
            raise click.ClickException(str(exc)) from exc


@produce.command("events")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_speed
def produce_events(path: Path, speed: float | None) -> None:
    """Publish the valid events of a JSON Lines FILE in event-time order; report invalid lines.

    Exits with status 1 when any line was rejected (the valid ones are published)."""
    from producers.jsonl import read_events
    from producers.replay import replay

    results = list(read_events(path))
    events = [r.event for r in results if r.event is not None]
    errors = [r for r in results if r.error is not None]
    for result in errors:
        click.echo(f"{path}:{result.line}: rejected: {result.error}", err=True)
    with _sink(False) as (sink, where):
        sent = replay(events, sink, speed)
    click.echo(f"published {sent} events to {where}; rejected {len(errors)} lines")
    if errors:
        sys.exit(1)


@main.group("import")
def import_group() -> None:
    """Import event datasets (ACLED, GDELT 2.0) onto the contract and publish them."""


def _import(name: str, path: Path, theatre: str | None, dry_run: bool) -> None:
    from producers.importers.acled import read_acled
    from producers.importers.common import DatasetError, run_import
    from producers.importers.gdelt import read_gdelt

    reader = {"acled": read_acled, "gdelt": read_gdelt}[name]
    with path.open(encoding="utf-8", errors="replace", newline="") as handle, _sink(dry_run) as (sink, where):
        try:
            report = run_import(reader(handle, theatre, _theatres()), sink, _metrics(), name)
        except DatasetError as exc:
            raise click.ClickException(f"{path}: {exc}") from exc
    for line in report.describe():
        _say(line.replace("events sent", f"events sent to {where}"), dry_run)


@import_group.command("acled")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_theatre
@_dry_run
def import_acled(path: Path, theatre: str | None, dry_run: bool) -> None:
    """Import an ACLED CSV export; unmappable rows are counted by reason."""
    _import("acled", path, theatre, dry_run)


@import_group.command("gdelt")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_theatre
@_dry_run
def import_gdelt(path: Path, theatre: str | None, dry_run: bool) -> None:
    """Import a GDELT 2.0 events file (tab-separated export); unmappable rows are counted by reason."""
    _import("gdelt", path, theatre, dry_run)


@main.command()
@click.option("--scenario", default="gaza-war", show_default=True)
@click.option("--events", "count", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@_speed
@_theatre
@_dry_run
def simulate(scenario: str, count: int, seed: int, speed: float | None, theatre: str | None, dry_run: bool) -> None:
    """Publish a deterministic scenario (waves, lulls, a ceasefire and its violation) for demos and load."""
    from producers.replay import replay
    from producers.simulate import ScenarioError
    from producers.simulate import simulate as build

    try:
        events = build(scenario, events=count, seed=seed, theatre=theatre)
    except ScenarioError as exc:
        raise click.UsageError(str(exc)) from exc
    with _sink(dry_run) as (sink, where):
        sent = replay(events, sink, speed)
    _say(f"simulated {scenario} (seed {seed}): {sent} events sent to {where}", dry_run)


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


@main.command()
@click.option("--host", default=None, help="interface to listen on [CONFLICTWATCH_API_HOST]")
@click.option("--port", type=int, default=None, help="port to listen on [CONFLICTWATCH_API_PORT]")
def api(host: str | None, port: int | None) -> None:
    """Serve the REST API (subscriptions, deliveries, alerts; OpenAPI at /openapi.json)."""
    import uvicorn
    from prometheus_client import disable_created_metrics

    from alerts.api.app import create_app

    settings = _settings()
    disable_created_metrics()  # type: ignore[no-untyped-call]  # *_created series are noise
    try:
        app = create_app(settings)
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    uvicorn.run(
        app, host=host or settings.api_host, port=port or settings.api_port, log_level=settings.log_level.lower()
    )


def _api_client(api_url: str | None, token: str | None) -> ApiClient:
    from alerts.api_client import ApiClient

    settings = _settings()
    token = token or next((t.get_secret_value() for t in settings.api_tokens), None)
    if not token:
        raise click.ClickException("no API token: pass --token, or set CONFLICTWATCH_API_TOKENS")
    return ApiClient(api_url or settings.api_url, token)


api_options = [
    click.option("--api", "api_url", default=None, help="the API's base URL [CONFLICTWATCH_API_URL]"),
    click.option("--token", default=None, help="bearer token [first of CONFLICTWATCH_API_TOKENS]"),
]


def _with_api_options(command: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(api_options):
        command = option(command)
    return command


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
@_with_api_options
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
    try:
        with _api_client(api_url, token) as client:
            existing = [s for s in client.subscriptions() if s["url"] == url] if if_absent else []
            if existing:
                click.echo(f"already subscribed: {existing[0]['id']} {url}")
                return
            created = client.subscribe(body)
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"subscribed {created['id']} {created['url']}")
    click.echo(f"secret {created['secret']}  (shown once: keep it to verify signatures)")


@main.command()
@_with_api_options
def subscriptions(api_url: str | None, token: str | None) -> None:
    """List the webhook subscriptions: id, state, format, URL and filters."""
    try:
        with _api_client(api_url, token) as client:
            found = client.subscriptions()
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc
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
    import os

    from conflictwatch.dev.stack import local_stack

    seed = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed-2021-05-20.jsonl"
    root = workdir or Path(tempfile.mkdtemp(prefix="conflictwatch-stack-"))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    base = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")}
    try:
        with local_stack(root, events or (seed if seed.exists() else None), base) as stack:
            for key in ("CONFLICTWATCH_KAFKA_BOOTSTRAP", "CONFLICTWATCH_REDIS_URL", "CONFLICTWATCH_API_URL"):
                click.echo(f"export {key}={stack.env[key]}")
            click.echo(f"export CONFLICTWATCH_API_TOKENS={stack.token}")
            click.echo(f"# worker metrics: {stack.worker_metrics}\n# prometheus: {stack.prometheus}")
            click.echo(f"# demo receiver: {stack.receiver} (log: {root / 'receiver.log'})")
            click.echo("# Grafana is not available without Docker; Ctrl-C stops everything", err=True)
            with contextlib.suppress(KeyboardInterrupt):
                stop.wait()
    except ConflictwatchError as exc:
        raise click.ClickException(str(exc)) from exc


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
@click.argument("inputs", type=click.Path(exists=True, path_type=Path), nargs=-1, required=True)
@click.option("--rules", "rules_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--published", help="publication time of articles without a header (ISO 8601)")
@click.option("--theatre", default=None, help="theatre hint for articles; the theatre of dataset rows")
@click.option("--outlet", default=None, help="outlet of articles without a header")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, help="draw a PNG")
def backtest(
    inputs: tuple[Path, ...],
    rules_file: Path | None,
    published: str | None,
    theatre: str | None,
    outlet: str | None,
    as_json: bool,
    plot: Path | None,
) -> None:
    """Run the rules in process over INPUTS and print the alert timeline.

    INPUTS are event files (.jsonl), ACLED (.csv) or GDELT (.export.CSV, .tsv)
    exports, articles (.txt, .html) or folders of articles."""
    from conflictwatch.backtest import ArticleDefaults, run_backtest, table
    from producers.articles import parse_time

    try:
        when = parse_time(published) if published else None
    except (ValueError, OverflowError) as exc:
        raise click.BadParameter(f"{published!r} is not a time; use ISO 8601", param_hint="--published") from exc
    result = run_backtest(_engine(rules_file), inputs, ArticleDefaults(when, theatre, outlet, _theatres()))
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
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

        try:
            draw(result.events, timeline, plot)
        except ConflictwatchError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"plot: {plot}", err=True)
