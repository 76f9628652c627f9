"""Putting events on the events topic: articles, feeds, event files, datasets,
the simulator; and the topics themselves."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from conflictwatch.app.cli.root import (
    dry_run_option,
    main,
    producer_metrics,
    say,
    settings,
    sink,
    speed_option,
    theatre_option,
    theatres,
)
from conflictwatch.settings import Settings
from producers.importers.registry import IMPORTERS, Importer

if TYPE_CHECKING:
    from conflictwatch.redis_client import SyncRedis
    from conflictwatch.redis_keys import RedisKeys
    from producers.metrics import ProducerMetrics
    from producers.sinks import Sink


@main.group()
def produce() -> None:
    """Publish events to the events topic."""


@produce.command("article")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, help="Publication time, ISO 8601 (default: the article's header).")
@click.option("--url", default=None)
@click.option("--outlet", default=None)
@theatre_option
@dry_run_option
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

    options = ArticleOptions(
        published=parse_published(published),
        url=url,
        outlet=outlet,
        theatre=theatre,
        theatres=theatres(),
        source=",".join(paths),
    )
    with sink(dry_run) as (to, where):
        run = produce_articles(article_sources(paths, sys.stdin), options, to, producer_metrics())
    for note in run.notes:
        click.echo(f"note: {note}", err=True)
    for failure in run.failures:
        click.echo(f"rejected: {failure}", err=True)
    say(
        f"{run.articles} articles: {run.events} events, {run.sent} sent to {where}; {len(run.failures)} rejected",
        dry_run,
    )
    if run.failures:
        sys.exit(1)


def parse_published(published: str | None) -> datetime | None:
    from producers.articles import parse_time

    try:
        return parse_time(published) if published else None
    except (ValueError, OverflowError) as exc:
        raise click.BadParameter(f"{published!r} is not a time; use ISO 8601", param_hint="--published") from exc


@dataclass(frozen=True)
class Polling:
    """What a polling producer runs with: its stop signal, sink, metrics and
    settings, and Redis (None on a dry run, where nothing is remembered)."""

    stop: threading.Event
    sink: Sink
    where: str
    metrics: ProducerMetrics
    settings: Settings
    redis: SyncRedis | None

    def keys(self) -> RedisKeys:
        from conflictwatch.redis_keys import RedisKeys

        return RedisKeys(self.settings.redis_prefix)


@contextlib.contextmanager
def polling(dry_run: bool, metrics_port: int | None) -> Iterator[Polling]:
    """SIGTERM stops the polls (between two, never inside one), /metrics is served
    on the port, Ctrl-C ends quietly."""
    from prometheus_client import CollectorRegistry, start_http_server

    from conflictwatch.redis_client import answering_redis
    from producers.metrics import ProducerMetrics

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    current = settings()
    registry = CollectorRegistry()
    if metrics_port is not None:
        start_http_server(metrics_port, addr=current.web_host, registry=registry)
    with sink(dry_run) as (to, where), contextlib.suppress(KeyboardInterrupt):
        client = None if dry_run else answering_redis(current)
        yield Polling(stop, to, where, ProducerMetrics.create(registry), current, client)


metrics_port_option = click.option(
    "--metrics-port", type=click.IntRange(1, 65535), default=None, help="Serve /metrics on CONFLICTWATCH_WEB_HOST:PORT."
)


@produce.command("feed")
@click.argument("source")
@click.option("--interval", type=click.FloatRange(min=1), default=None, help="Poll every S seconds (default: once).")
@metrics_port_option
@theatre_option
@dry_run_option
def produce_feed(
    source: str, interval: float | None, metrics_port: int | None, theatre: str | None, dry_run: bool
) -> None:
    """Poll an RSS/Atom feed (URL or FILE); publish the events of entries not seen before (remembered in Redis)."""
    from producers.feed import FeedPoll, FeedPoller
    from producers.polling import run_polls
    from producers.seen_entries import MemorySeenEntries, SeenEntries

    def report(poll: FeedPoll) -> None:
        for skipped in poll.skipped:
            click.echo(f"skipped: {skipped}", err=True)
        say(f"{poll.entries} entries, {poll.new} new: {poll.events} events", dry_run)

    with polling(dry_run, metrics_port) as run:
        seen: SeenEntries | MemorySeenEntries = MemorySeenEntries()
        if run.redis is not None:
            seen = SeenEntries(run.redis, run.keys(), source, run.settings.retention)
        poller = FeedPoller(
            source, seen, run.sink, run.metrics, theatre=theatre, theatres=theatres(), interval=interval
        )
        run_polls(poller.poll, interval, run.stop, report, "feed")


_ATTEMPTS_HELP = "Polls a missing or corrupt export is tried at before it is skipped (reported)."
_BACKFILL_HELP = (
    "Most exports before the listed one fetched after a gap (96: a day); older ones are skipped (reported)."
)


@produce.command("gdelt")
@click.option("--follow", is_flag=True, help="Keep polling (every --interval seconds) until SIGTERM or Ctrl-C.")
@click.option(
    "--interval", type=click.FloatRange(min=1), default=60.0, show_default=True, help="Seconds between polls."
)
@click.option("--attempts", type=click.IntRange(min=1), default=3, show_default=True, help=_ATTEMPTS_HELP)
@click.option("--backfill", type=click.IntRange(min=0), default=96, show_default=True, help=_BACKFILL_HELP)
@metrics_port_option
@theatre_option
@dry_run_option
def produce_gdelt(
    follow: bool,
    interval: float,
    attempts: int,
    backfill: int,
    metrics_port: int | None,
    theatre: str | None,
    dry_run: bool,
) -> None:
    """Publish GDELT 2.0's new exports: read the update list (lastupdate.txt under CONFLICTWATCH_GDELT_BASE_URL),
    fetch each export after the last one published (kept in Redis), check it, and publish its mapped rows."""
    from producers.gdelt_follow import FollowOptions, GdeltFollower, GdeltPoll
    from producers.gdelt_position import ExportPosition, MemoryPosition
    from producers.polling import run_polls

    with polling(dry_run, metrics_port) as run:

        def report(poll: GdeltPoll) -> None:
            for problem in poll.problems:
                click.echo(f"gdelt: {problem}", err=True)
            for stamp, imported in poll.published:
                say(f"{stamp}: {imported.describe()[0].replace('events sent', f'events sent to {run.where}')}", dry_run)
            if poll.unchanged:
                say(f"no new export: the list names {poll.listed}, published already", dry_run)

        base = run.settings.gdelt_base_url
        position: ExportPosition | MemoryPosition = MemoryPosition()
        if run.redis is not None:
            position = ExportPosition(run.redis, run.keys(), base, run.settings.retention)
        options = FollowOptions(theatre, theatres(), attempts, backfill, interval if follow else None)
        follower = GdeltFollower(base, position, run.sink, run.metrics, options, stop=run.stop)
        run_polls(follower.poll, interval if follow else None, run.stop, report, "gdelt")


@produce.command("events")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@speed_option
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
    with sink(False) as (to, where):
        sent = replay(events, to, speed)
    click.echo(f"published {sent} events to {where}; rejected {len(errors)} lines")
    if errors:
        sys.exit(1)


@main.group("import")
def import_group() -> None:
    """Import event datasets onto the contract and publish them."""


def _import_command(importer: Importer) -> click.Command:
    @click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @theatre_option
    @dry_run_option
    def run(path: Path, theatre: str | None, dry_run: bool) -> None:
        from producers.importers.common import run_dry_import, run_import
        from producers.importers.progress import ImportProgress
        from producers.sinks import JsonLinesSink

        # a bar on a terminal's stderr, unless the dry run's table is being printed on the same terminal
        progress = None if dry_run and sys.stdout.isatty() else ImportProgress.for_terminal(path, sys.stderr)
        watch = progress.watch if progress else None
        counted = (producer_metrics(), importer.name)
        with sink(dry_run) as (to, where):
            if isinstance(to, JsonLinesSink):  # lines written in batches (no heartbeats: a dry run writes none)
                batches = importer.line_batches(path, theatre, theatres(), watch)
                report = run_dry_import(progress.track_batches(batches) if progress else batches, to, *counted)
            else:
                rows = importer.rows(path, theatre, theatres(), watch)
                found = progress.track(rows) if progress else rows
                report = run_import(found, to, *counted, source=str(path))
        for line in report.describe():
            say(line.replace("events sent", f"events sent to {where}"), dry_run)

    return click.command(importer.name, help=importer.summary)(run)


for _importer in IMPORTERS:
    import_group.add_command(_import_command(_importer))


@main.command()
@click.option("--scenario", default="gaza-war", show_default=True)
@click.option("--events", "count", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@speed_option
@theatre_option
@dry_run_option
def simulate(scenario: str, count: int, seed: int, speed: float | None, theatre: str | None, dry_run: bool) -> None:
    """Publish a deterministic scenario (waves, lulls, a ceasefire and its violation) for demos and load."""
    from producers.replay import replay
    from producers.simulate import ScenarioError
    from producers.simulate import simulate as build

    try:
        events = build(scenario, events=count, seed=seed, theatre=theatre)
    except ScenarioError as exc:
        raise click.UsageError(str(exc)) from exc
    with sink(dry_run) as (to, where):
        sent = replay(events, to, speed)
    say(f"simulated {scenario} (seed {seed}): {sent} events sent to {where}", dry_run)


@main.command()
def topics() -> None:
    """Create the project's Kafka topics if they are missing."""
    from conflictwatch.kafka_admin import ensure_topics, topic_layout

    current = settings()
    ensure_topics(current)
    for name, partitions in topic_layout(current).items():
        click.echo(f"{name}\t{partitions} partitions")
