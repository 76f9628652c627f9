"""`conflictwatch backtest` over a history: events per second through the default
rules, reading included, against baselines measured in the same process.

Two inputs. By default the generated ACLED-shaped export of bench/acled_file.py
(1,000,000 rows, about 960,000 events), against reading its events without the
rules (the import alone). With `--jsonl`, a JSON Lines file of contract events
(bench.engine's generated stream, written once to the cache directory), against
reading alone and against `bench.engine` run on the first 200,000 of the same
events: the backtest's target is half the engine's rate. Peak memory is printed
too: the backtest streams, so it does not grow with the file.

    python -m bench.backtest [--rows N] [--jsonl]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.acled_file import acled_file, cache_directory
from bench.engine import engine_run, generate, stream
from conflictwatch.app.backtest import ArticleDefaults, run_backtest, stream_inputs
from producers.jsonl import event_line
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules

ENGINE_EVENTS = 200_000  # bench.engine's default


def jsonl_file(events: int) -> Path:
    """The path of a file of `events` of bench.engine's events, written on the first call."""
    path = cache_directory() / f"bench-events-{events}.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("wb") as out:
            out.writelines(map(event_line, stream(events)))
        partial.rename(path)
    return path


def _engine_rate(events: int) -> float:
    """bench.engine's rate on the first of the file's events (at most its default number)."""
    first = generate(min(events, ENGINE_EVENTS))
    seconds, _ = engine_run(first)
    return len(first) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the export, or events of the file")
    parser.add_argument("--jsonl", action="store_true", help="a JSON Lines file of contract events, not ACLED")
    args = parser.parse_args()
    path = jsonl_file(args.rows) if args.jsonl else acled_file(args.rows)
    print(f"{path}: {path.stat().st_size / 1e6:.0f} MB, {args.rows:,} {'events' if args.jsonl else 'rows'}")
    engine_rate = None
    if args.jsonl:  # in a process of its own: its events stay out of the peak RSS, the backtest's garbage out of it
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            engine_rate = pool.submit(_engine_rate, args.rows).result()
    started = time.perf_counter()
    read = sum(1 for _ in stream_inputs([path], ArticleDefaults(), [], []))
    seconds = time.perf_counter() - started
    print(f"baseline, reading the events alone: {read / seconds:,.0f} events/s ({read:,} events, {seconds:.0f} s)")
    result = run_backtest(Engine(build_rules(load_rules())), [path], keep_events=False)
    print(
        f"backtest: {result.rate():,.0f} events/s ({result.count:,} events, {len(result.alerts):,} alerts, "
        f"{result.seconds:.0f} s), {result.rate() / (read / seconds):.2f}× the baseline"
    )
    if engine_rate is not None:
        print(
            f"bench.engine on the first {min(args.rows, ENGINE_EVENTS):,}: {engine_rate:,.0f} events/s; "
            f"backtest / engine {result.rate() / engine_rate:.2f} (target >= 0.5)"
        )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
