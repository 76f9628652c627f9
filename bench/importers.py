"""ACLED import throughput: rows per second of a dry run (`conflictwatch import
acled --dry-run FILE > /dev/null`: read in columns, map onto the contract, write
JSON lines; producers/importers/acled_batches.py), against baselines measured in the same process over the same file:
the bare csv.reader reading every row, the least any CSV importer does, and
csv.DictReader (a row as a dict by column name), for comparison with earlier figures.

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from prometheus_client import CollectorRegistry

from bench.acled_file import acled_file
from producers.importers.common import run_dry_import
from producers.importers.registry import IMPORTERS
from producers.metrics import ProducerMetrics
from producers.sinks import JsonLinesSink

TARGET = 50_000


@dataclass
class Run:
    rows: int
    events: int
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU: steadier than the wall clock on a shared machine

    def rate(self, clock: str) -> float:
        return self.rows / float(getattr(self, clock))


def _timed(work: Callable[[], tuple[int, int]]) -> Run:
    wall, cpu = time.perf_counter(), time.process_time()
    rows, events = work()
    return Run(rows, events, time.perf_counter() - wall, time.process_time() - cpu)


def baseline(path: Path, reader: Callable[[TextIO], Iterator[object]] = csv.reader) -> Run:
    def read() -> tuple[int, int]:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = reader(handle)
            next(rows)  # the header
            return sum(1 for _ in rows), 0

    return _timed(read)


def dry_run(path: Path, theatre: str | None = None) -> Run:
    importer = next(i for i in IMPORTERS if i.name == "acled")

    def run() -> tuple[int, int]:
        with open(os.devnull, "w") as devnull:
            metrics = ProducerMetrics.create(CollectorRegistry())
            report = run_dry_import(
                importer.line_batches(path, theatre, None), JsonLinesSink(devnull), metrics, "acled"
            )
        return report.rows, report.sent

    return _timed(run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="alternate the runs N times, keep each one's best")
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the dry run")
    args = parser.parse_args()
    path = acled_file(args.rows)
    print(f"{path}: {path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows")
    bases, dicts, runs = [], [], []
    for _ in range(args.repeat):
        bases.append(baseline(path))
        dicts.append(baseline(path, csv.DictReader))
        profile = cProfile.Profile() if args.profile else None
        if profile:
            profile.enable()
        runs.append(dry_run(path))
        if profile:
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    base, run = min(bases, key=lambda r: r.wall), min(runs, key=lambda r: r.wall)
    by_dict = min(dicts, key=lambda r: r.wall)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, measured in (("baseline csv.reader", base), ("csv.DictReader", by_dict), ("import acled --dry-run", run)):
        print(
            f"{name}: {measured.rate('wall'):,.0f} rows/s ({measured.wall:.1f} s), "
            f"{measured.rate('cpu'):,.0f} rows/CPU-s"
        )
    by_wall, by_cpu = run.rate("wall") / base.rate("wall"), run.rate("cpu") / base.rate("cpu")
    by_dicts = run.rate("wall") / by_dict.rate("wall")
    print(f"ratio: {by_wall:.2f}× the baseline ({by_cpu:.2f}× by CPU); {by_dicts:.2f}× csv.DictReader")
    verdict = "met" if run.rate("wall") >= TARGET else "not met"
    print(f"{run.events:,} events; target {TARGET:,} rows/s: {verdict}; peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
