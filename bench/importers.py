"""ACLED import throughput: rows per second of a dry run (`conflictwatch import
acled --dry-run FILE > /dev/null`: read, map, validate against the contract, write
JSON lines), against a baseline measured in the same process over the same file:
csv.DictReader reading every row, the least any CSV importer does.

The file is ACLED-shaped and generated (bench/acled_file.py), 1,000,000 rows by
default, kept in ~/.cache/conflictwatch. The target is >= 50,000 rows/s. Peak
memory is printed too: the import streams, so it does not grow with the file.

    python -m bench.importers [--rows N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import resource
import time
from pathlib import Path

from prometheus_client import CollectorRegistry

from bench.acled_file import acled_file
from producers.importers.common import run_import
from producers.importers.registry import IMPORTERS
from producers.metrics import ProducerMetrics
from producers.sinks import JsonLinesSink

TARGET = 50_000


def baseline(path: Path) -> tuple[int, float]:
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    return rows, time.perf_counter() - started


def dry_run(path: Path, theatre: str | None = None) -> tuple[int, int, float]:
    importer = next(i for i in IMPORTERS if i.name == "acled")
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        metrics = ProducerMetrics.create(CollectorRegistry())
        report = run_import(importer.rows(path, theatre, None), JsonLinesSink(devnull), metrics, "acled")
    return report.rows, report.sent, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the dry run")
    args = parser.parse_args()
    path = acled_file(args.rows)
    print(f"{path}: {path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows")
    rows, seconds = baseline(path)
    base = rows / seconds
    print(f"baseline csv.DictReader: {base:,.0f} rows/s ({seconds:.1f} s)")
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    rows, sent, seconds = dry_run(path)
    if profile:
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    rate = rows / seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import acled --dry-run: {rate:,.0f} rows/s ({seconds:.1f} s, {sent:,} events), {rate / base:.2f}× baseline")
    print(f"target {TARGET:,} rows/s: {'met' if rate >= TARGET else 'not met'}; peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
