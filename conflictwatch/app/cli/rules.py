"""Rules and what they make of events: check and test rule files, run them over
past events (backtest), and the contract's schemas."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from pydantic import TypeAdapter, ValidationError

from conflictwatch.app.cli.produce import parse_published
from conflictwatch.app.cli.root import main, settings, theatres
from conflictwatch.app.cli.subscribe import api_client, with_api_options
from conflictwatch.models import COUNT_FIELDS, EventType

if TYPE_CHECKING:
    from streams.engine import Engine


@main.command()
@click.argument("which", type=click.Choice(["event", "alert", "heartbeat", "all"]), default="event")
def schema(which: str) -> None:
    """Print the JSON Schema of the event (or alert, or coverage heartbeat) contract."""
    from conflictwatch.models import json_schemas

    schemas = json_schemas()
    click.echo(json.dumps(schemas if which == "all" else schemas[which], indent=2))


@main.group()
def rules() -> None:
    """Check and test rule files."""


@rules.command("check")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), required=False)
def rules_check(path: Path | None) -> None:
    """Validate a rule FILE (default: the shipped rules)."""
    from streams.rules.loader import default_rules_path, load_rules

    specs = load_rules(path)
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
        for result in run_test_file(path):
            click.echo(f"{'PASS' if result.passed else 'FAIL'}  {path}: {result.name}")
            for failure in result.failures:
                click.echo(f"      {failure}")
            failed += not result.passed
    if failed:
        click.echo(f"{failed} failed", err=True)
        sys.exit(1)


def _engine(rules_file: Path | None) -> Engine:
    from streams.engine import Engine
    from streams.rules.loader import load_rules
    from streams.rules.registry import build_rules

    current = settings()
    return Engine(build_rules(load_rules(rules_file or current.rules_file)), current.allowed_lateness)


def history_inputs(command: Callable[..., None]) -> Callable[..., None]:
    """INPUTS and the options that say how to read them, shared by backtest and evaluate."""
    for option in reversed(
        [
            click.argument("inputs", type=click.Path(exists=True, path_type=Path), nargs=-1, required=True),
            click.option(
                "--rules", "rules_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None
            ),
            click.option("--published", help="publication time of articles without a header (ISO 8601)"),
            click.option("--theatre", default=None, help="theatre hint for articles; the theatre of dataset rows"),
            click.option("--outlet", default=None, help="outlet of articles without a header"),
        ]
    ):
        command = option(command)
    return command


@main.command()
@history_inputs
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

    INPUTS are event files (.jsonl), dataset exports (ACLED .csv, GDELT .export.CSV
    or .tsv), articles (.txt, .html) or folders of articles."""
    from conflictwatch.app.backtest import ArticleDefaults, run_backtest, table

    defaults = ArticleDefaults(parse_published(published), theatre, outlet, theatres())
    result = run_backtest(_engine(rules_file), inputs, defaults, keep_events=plot is not None)
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
    click.echo(
        f"\n{result.count} events, {len(timeline)} alerts in {result.seconds:.1f} s ({result.rate():,.0f} events/s)",
        err=True,
    )
    if plot is not None:
        from conflictwatch.app.backtest_plot import draw

        draw(result.events, timeline, plot)
        click.echo(f"plot: {plot}", err=True)


@main.command()
@history_inputs
@click.option(
    "--truth",
    "truth_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="YAML: the alerts that should fire (rule or kind, theatre, at, within?)",
)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per rule instead of a table")
@click.option(
    "--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, help="draw the truth and the alerts (PNG)"
)
def evaluate(
    inputs: tuple[Path, ...],
    truth_file: Path,
    rules_file: Path | None,
    published: str | None,
    theatre: str | None,
    outlet: str | None,
    as_json: bool,
    plot: Path | None,
) -> None:
    """Score the rules against a truth file over INPUTS replayed as they were
    reported: per rule precision, recall, lead time and delay.

    INPUTS are what `backtest` takes."""
    from conflictwatch.app.backtest import ArticleDefaults
    from conflictwatch.app.evaluate import evaluate as run_evaluation
    from conflictwatch.app.evaluate import table
    from streams.evaluation import load_truth

    truth = load_truth(truth_file)
    defaults = ArticleDefaults(parse_published(published), theatre, outlet, theatres())
    scores, alerts, problems = run_evaluation(_engine(rules_file), inputs, truth, defaults)
    for problem in problems:
        click.echo(f"note: {problem}", err=True)
    if as_json:
        for scored in scores:
            click.echo(json.dumps(scored.as_dict()))
    else:
        click.echo(table(scores))
    click.echo(f"\n{len(alerts)} alerts, {len(truth.truth)} truth items", err=True)
    if plot is not None:
        from conflictwatch.app.evaluate_plot import draw
        from streams.evaluation import judge

        draw(scores, judge(alerts, truth), truth, plot)
        click.echo(f"plot: {plot}", err=True)


def _duration(_ctx: click.Context, _param: click.Parameter, value: str) -> timedelta:
    try:
        return TypeAdapter(timedelta).validate_python(value)
    except ValidationError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 duration such as P7D or PT12H") from None


@main.command()
@click.argument("inputs", type=click.Path(exists=True, path_type=Path), nargs=-1, required=True)
@click.option("--type", "event_type", type=click.Choice([t.value for t in EventType]), required=True, help="counted")
@click.option("--count", type=click.Choice(COUNT_FIELDS), default=None, help="summed instead of counting events")
@click.option("--window", callback=_duration, default="P7D", show_default=True, help="ISO 8601; from a Monday")
@click.option("--threshold", type=float, required=True, help="a window at or above it, after one below, is an item")
@click.option("--rule", required=True, help="the rule id the items are for")
@click.option("--theatre", default=None, help="the theatre of dataset rows (else from each row)")
def truth(
    inputs: tuple[Path, ...],
    event_type: str,
    count: str | None,
    window: timedelta,
    threshold: float,
    rule: str,
    theatre: str | None,
) -> None:
    """Print a truth file for `evaluate` derived from datasets in INPUTS: the
    windows in which a type's events (or a count of theirs) reach a threshold."""
    from conflictwatch.app.backtest import ArticleDefaults, read_inputs
    from streams.evaluation import truth_from_counts, truth_yaml

    events, rejected, _ = read_inputs(inputs, ArticleDefaults(theatre=theatre, theatres=theatres()))
    for problem in rejected:
        click.echo(f"rejected: {problem}", err=True)
    found = truth_from_counts(events, EventType(event_type), window, threshold, rule, count)
    click.echo(truth_yaml(found), nl=False)
    click.echo(f"{len(found.truth)} truth items from {len(events)} events", err=True)


@main.command("feedback-truth")
@with_api_options
@click.option("--since", default=None, help="only alerts sent at or after this time (ISO 8601 with offset)")
@click.option("--within", callback=_duration, default="PT1H", show_default=True, help="each item's tolerance")
def feedback_truth(api_url: str | None, token: str | None, since: str | None, within: timedelta) -> None:
    """Print a truth file for `evaluate` from the feedback receivers gave through the
    API: each recent firing alert whose latest verdict is useful or late."""
    from conflictwatch.models import Alert
    from streams.evaluation import truth_from_feedback, truth_yaml

    judged: list[tuple[Alert, str]] = []
    with api_client(api_url, token) as client:
        alerts = [Alert.model_validate(a) for a in client.alerts(status="firing", since=since)]
        for alert in alerts:
            if given := client.feedback(alert.fingerprint):
                judged.append((alert, given[-1]["verdict"]))  # the latest word on it
    found = truth_from_feedback(judged, within)
    click.echo(truth_yaml(found), nl=False)
    verdicts = Counter(verdict for _, verdict in judged)
    tally = ", ".join(f"{n} {verdict}" for verdict, n in sorted(verdicts.items())) or "none"
    click.echo(f"{len(found.truth)} truth items from {len(alerts)} recent alerts (feedback: {tally})", err=True)
