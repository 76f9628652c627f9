"""`conflictwatch backtest` over a dataset history: events per second through the
default rules, reading included, over the generated ACLED-shaped file of
bench/acled_file.py (1,000,000 rows by default, about 960,000 events), against a
baseline measured in the same process over the same file: reading its events
without the rules (the import alone). Peak memory is printed too: the backtest
streams, so it does not grow with the file.

    python -m bench.backtest [--rows N]
"""

from __future__ import annotations

import argparse
import resource
import time

from bench.acled_file import acled_file
from conflictwatch.app.backtest import ArticleDefaults, run_backtest, stream_inputs
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    path = acled_file(args.rows)
    print(f"{path}: {path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows")
    started = time.perf_counter()
    read = sum(1 for _ in stream_inputs([path], ArticleDefaults(), [], []))
    seconds = time.perf_counter() - started
    print(f"baseline, reading the events alone: {read / seconds:,.0f} events/s ({read:,} events, {seconds:.0f} s)")
    result = run_backtest(Engine(build_rules(load_rules())), [path], keep_events=False)
    print(
        f"backtest: {result.rate():,.0f} events/s ({result.count:,} events, {len(result.alerts):,} alerts, "
        f"{result.seconds:.0f} s), {result.rate() / (read / seconds):.2f}× the baseline"
    )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
