"""A stream of events published at a steady rate from a thread, for tests that
disturb a service while events flow."""

from __future__ import annotations

import logging
import threading
import time

from conflictwatch.models import Event
from conflictwatch.settings import Settings
from producers.publisher import EventPublisher

log = logging.getLogger(__name__)
CHUNK = 30


class SteadyStream:
    def __init__(self, settings: Settings, events: list[Event], rate: float) -> None:
        self.settings = settings
        self.events = events
        self.rate = rate
        self.done = threading.Event()
        self.resent = 0  # chunks sent again after the broker refused or lost them
        self._thread = threading.Thread(target=self._run, name="steady stream", daemon=True)

    def start(self) -> SteadyStream:
        self._thread.start()
        return self

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)
        assert self.done.is_set(), f"the stream was not published within {timeout:.0f}s"

    def _run(self) -> None:
        started = time.monotonic()
        publisher = EventPublisher(self.settings)
        try:
            for start in range(0, len(self.events), CHUNK):
                time.sleep(max(0.0, started + start / self.rate - time.monotonic()))
                while True:
                    try:
                        publisher.publish(self.events[start : start + CHUNK])
                        break
                    except Exception as exc:  # noqa: BLE001 - any failure: the chunk goes again
                        # As a producer that never remembered the chunk sends it again:
                        # the events keep their ids and the worker counts each once.
                        log.warning("chunk at %d not acknowledged, sent again: %s", start, exc)
                        self.resent += 1
                        publisher.close()
                        time.sleep(0.5)
                        publisher = EventPublisher(self.settings)
        finally:
            publisher.close()
            self.done.set()
