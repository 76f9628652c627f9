"""Running a poller (a feed, GDELT's update list): once, or every `interval`
seconds until `stop` is set. A poll that fails on its source is logged and tried
again at the next interval; run once, it raises."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from conflictwatch.errors import SourceError

log = logging.getLogger(__name__)
T = TypeVar("T")


def run_polls(
    poll: Callable[[], T], interval: float | None, stop: threading.Event, report: Callable[[T], None], what: str
) -> None:
    while True:
        try:
            report(poll())
        except SourceError as exc:
            if interval is None:
                raise
            log.warning("%s poll failed source=%s reason=%s", what, exc.source, exc.reason)
        if interval is None or stop.wait(interval):
            return
