"""The `conflictwatch` group, what its commands share, and the one place a
ConflictwatchError becomes a message: every command may raise one (a bad setting,
a file that is not the dataset it claims to be, an unreachable API) and the user
sees its one line, exit status 1, never a traceback."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from conflictwatch.errors import ConflictwatchError
from conflictwatch.settings import Settings, load_settings

if TYPE_CHECKING:
    from conflictwatch.theatres import Theatres
    from producers.metrics import ProducerMetrics
    from producers.sinks import Sink


class Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConflictwatchError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=Group)
@click.version_option(package_name="conflictwatch")
def main() -> None:
    """conflictwatch: news reports in, sourced events on Kafka, signed webhook alerts out."""


def settings() -> Settings:
    return load_settings()


def theatres() -> Theatres:
    """The shipped theatres and those of CONFLICTWATCH_THEATRES_FILE."""
    from conflictwatch.theatres import load_theatres

    return load_theatres(settings().theatres_file)


@contextlib.contextmanager
def sink(dry_run: bool) -> Iterator[tuple[Sink, str]]:
    """Kafka (topics created if missing), or stdout on a dry run; and where that is."""
    from producers.sinks import KafkaSink, dry_run_sink

    if dry_run:
        yield dry_run_sink(sys.stdout), "stdout"
        return
    from conflictwatch.kafka_admin import ensure_topics
    from producers.publisher import EventPublisher

    current = settings()
    ensure_topics(current)
    with EventPublisher(current) as publisher:
        yield KafkaSink(publisher), current.topic_events


def producer_metrics() -> ProducerMetrics:
    from prometheus_client import CollectorRegistry

    from producers.metrics import ProducerMetrics

    return ProducerMetrics.create(CollectorRegistry())


def say(message: str, dry_run: bool) -> None:
    """Summaries go to stderr on a dry run, so that stdout holds only events."""
    click.echo(message, err=dry_run)


dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Print the events (JSON lines; a table on a terminal), no Kafka."
)
theatre_option = click.option(
    "--theatre",
    default=None,
    help="Theatre hint: used where the text names no theatre's place or party, and for ties "
    "(default: decided from the text; see conflictwatch/theatres.yaml).",
)
speed_option = click.option(
    "--speed",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Pace at X times real time (default: as fast as possible).",
)
