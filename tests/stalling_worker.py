"""The real worker with one fault a test can switch on: while the file named by the
first argument exists, fetching from the events topic's partitions is paused and every
resume of them is lost. That is the stall Faust users meet after a rebalance (Faust
pauses all assigned partitions while it settles and resumes them after; when the
resume never comes, the worker holds its partitions and processes nothing).

    python -m tests.stalling_worker TRIGGER_FILE
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

import faust
from faust.types import TP

from conflictwatch.app.worker import build_worker_app, wait_for_kafka
from conflictwatch.settings import load_settings

log = logging.getLogger("tests.stalling_worker")


def main(trigger: Path) -> None:
    settings = load_settings()
    wait_for_kafka(settings)
    app = build_worker_app(settings)
    faulty = False

    def ours(partitions: Iterable[TP]) -> set[TP]:
        return {tp for tp in partitions if tp.topic == settings.topic_events}

    @app.timer(interval=0.2)
    async def fault() -> None:
        nonlocal faulty
        consumer = app.consumer
        if trigger.exists() and not faulty:
            resume = consumer.resume_partitions

            def lose_our_resumes(partitions: Iterable[TP]) -> None:
                partitions = set(partitions)
                if faulty and ours(partitions):
                    log.warning("test fault: resume of %s lost", sorted(ours(partitions)))
                resume(partitions - ours(partitions) if faulty else partitions)

            consumer.resume_partitions = lose_our_resumes  # type: ignore[method-assign]
            consumer.pause_partitions(ours(consumer.assignment()))
            faulty = True
            log.warning("test fault: fetching paused for %s", sorted(ours(consumer.assignment())))
        elif faulty and not trigger.exists():
            faulty = False
            log.warning("test fault: cleared")

    faust.Worker(app, loglevel=settings.log_level.upper()).execute_from_commandline()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
