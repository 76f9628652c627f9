"""`conflictwatch produce gdelt`: follow GDELT 2.0's update list and publish each
new export's mapped rows once.

A poll reads `lastupdate.txt`, works out the exports due after the position
(`producers.gdelt_updates`: the listed one and those the list went past, up to
the backfill), and takes them oldest first. Each is downloaded to a temporary
file (httpx, streamed), checked (the list's size and md5 where it gives them,
then every CRC of the zip) and only then read as it streams through the GDELT
importer and published; the position moves to it once Kafka acknowledged its
events (`seen_entries.publish_then_remember`). An export that cannot be taken
stops the poll there, so the position never passes a file that was not
published or given up:

- unreachable (network error, timeout, an HTTP status other than 200 and 404):
  reported, tried again at the next poll, for as long as it takes;
- missing (404): the export the list names is tried again at every poll (the
  list says it exists); one the list went past, whose URL follows GDELT's
  pattern, counts an attempt;
- corrupt (size or md5 unlike the list's, a zip that does not read): counts an
  attempt.

After `attempts` failed attempts (one a poll, counted in this process) an export
is skipped: reported, counted (`skipped`), and the position moves past it, so
one broken or never-published file (GDELT's record has gaps) holds the stream up
for a few polls, not for ever. Nothing is skipped silently.

A poll that leaves the position at the export the list names (caught up) sends
a coverage heartbeat (`producers.coverage`) for the follower's theatre, or every
theatre of the theatres file: GDELT was being read. A poll held up behind an
export sends none.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Protocol

import httpx

from conflictwatch.theatres import Theatres
from producers.coverage import covered_theatres, poll_heartbeats
from producers.gdelt_updates import Due, ExportFile, GdeltError, due_exports, parse_update_list
from producers.importers.archive import check_zip, open_text
from producers.importers.common import DatasetError, ImportReport, run_import
from producers.importers.gdelt import read_gdelt
from producers.metrics import ProducerMetrics
from producers.seen_entries import publish_then_remember
from producers.sinks import Sink

UPDATE_LIST = "lastupdate.txt"
_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_MAX_BYTES = 256 * 1024 * 1024  # far above any export (a few MB zipped)


class Position(Protocol):
    def last(self) -> str | None: ...

    def remember(self, entry_ids: list[str]) -> None: ...


@dataclass
class GdeltPoll:
    listed: str = ""
    published: list[tuple[str, ImportReport]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unchanged: bool = False


@dataclass(frozen=True)
class FollowOptions:
    theatre: str | None = None
    theatres: Theatres | None = None
    attempts: int = 3
    backfill: int = 96
    interval: float | None = None  # seconds between polls when following


class GdeltFollower:
    def __init__(
        self,
        base_url: str,
        position: Position,
        sink: Sink,
        metrics: ProducerMetrics,
        options: FollowOptions = FollowOptions(),
        client: httpx.Client | None = None,
        stop: threading.Event | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.list_url = base_url + UPDATE_LIST
        self.position = position
        self.sink = sink
        self.metrics = metrics
        self.options = options
        self.client = client or httpx.Client(timeout=_TIMEOUT, follow_redirects=True)
        self.stop = stop or threading.Event()
        self.failures: dict[str, int] = {}
        self.clock = clock

    def poll(self) -> GdeltPoll:
        polled_at = self.clock()
        listed = self._listed()
        due = due_exports(self.position.last(), listed, self.options.backfill)
        result = GdeltPoll(listed=listed.stamp, unchanged=not due.exports)
        self.metrics.gdelt_lists.labels(outcome="unchanged" if result.unchanged else "new").inc()
        if due.given_up:
            self._give_up(due, result)
        for export in due.exports:
            if self.stop.is_set() or not self._take(export, export == listed, result):
                break
        if (self.position.last() or "") >= listed.stamp:
            beats = poll_heartbeats(
                source=self.list_url,
                producer="gdelt",
                theatres=covered_theatres(self.options.theatre, self.options.theatres),
                polled_at=polled_at,
                interval=self.options.interval,
                items=sum(report.sent for _, report in result.published),
                last_item_at=listed.at,
            )
            self.sink.beat(beats)
        return result

    def _listed(self) -> ExportFile:
        try:
            response = self.client.get(self.list_url)
            response.raise_for_status()
            return parse_update_list(response.text, self.list_url)
        except httpx.HTTPError as exc:
            self.metrics.gdelt_lists.labels(outcome="failed").inc()
            raise GdeltError(self.list_url, str(exc) or type(exc).__name__, "list") from exc
        except GdeltError:
            self.metrics.gdelt_lists.labels(outcome="failed").inc()
            raise

    def _give_up(self, due: Due, result: GdeltPoll) -> None:
        result.problems.append(
            f"skipped {due.given_up} exports from {due.given_up_from} to {due.given_up_to}: further back than "
            f"the backfill of {self.options.backfill}"
        )
        self.metrics.gdelt_files.labels(outcome="skipped").inc(due.given_up)

    def _take(self, export: ExportFile, listed: bool, result: GdeltPoll) -> bool:
        """Publish one export; False when it is to be tried again at the next poll
        (and the later ones wait behind it)."""
        try:
            with self._download(export) as path:
                report = publish_then_remember(partial(self._publish, path), self.position, [export.stamp])
        except GdeltError as exc:
            return self._failed(export, exc, listed, result)
        self.failures.pop(export.stamp, None)
        self.metrics.gdelt_files.labels(outcome="published").inc()
        self.metrics.gdelt_position.set(export.at.timestamp())
        result.published.append((export.stamp, report))
        return True

    def _publish(self, path: Path) -> ImportReport:
        options = self.options
        with open_text(path, "gdelt") as handle:
            return run_import(read_gdelt(handle, options.theatre, options.theatres), self.sink, self.metrics, "gdelt")

    def _failed(self, export: ExportFile, error: GdeltError, listed: bool, result: GdeltPoll) -> bool:
        self.metrics.gdelt_files.labels(outcome=error.kind).inc()
        if error.kind == "unreachable" or (error.kind == "missing" and listed):
            result.problems.append(f"{error.kind}: {error}; tried again at the next poll")
            return False
        attempts = self.failures[export.stamp] = self.failures.get(export.stamp, 0) + 1
        if attempts < self.options.attempts:
            result.problems.append(
                f"{error.kind}: {error} (attempt {attempts} of {self.options.attempts}); tried again at the next poll"
            )
            return False
        del self.failures[export.stamp]
        self.position.remember([export.stamp])
        self.metrics.gdelt_files.labels(outcome="skipped").inc()
        self.metrics.gdelt_position.set(export.at.timestamp())
        result.problems.append(f"skipped after {attempts} attempts: {error.kind}: {error}")
        return True

    @contextlib.contextmanager
    def _download(self, export: ExportFile) -> Iterator[Path]:
        """The export in a temporary file, checked against the list and as a zip."""
        with tempfile.TemporaryDirectory(prefix="conflictwatch-gdelt-") as folder:
            path = Path(folder) / f"{export.stamp}.export.CSV.zip"
            size, md5 = self._fetch(export.url, path)
            if export.size is not None and size != export.size:
                raise GdeltError(export.url, f"{size} bytes, the list says {export.size}", "corrupt")
            if export.md5 is not None and md5 != export.md5:
                raise GdeltError(export.url, f"md5 {md5}, the list says {export.md5}", "corrupt")
            try:
                check_zip(path, "gdelt")
            except DatasetError as exc:
                raise GdeltError(export.url, exc.reason, "corrupt") from exc
            yield path

    def _fetch(self, url: str, path: Path) -> tuple[int, str]:
        digest = hashlib.md5(usedforsecurity=False)
        size = 0
        try:
            with self.client.stream("GET", url) as response, path.open("wb") as out:
                if response.status_code == httpx.codes.NOT_FOUND:
                    raise GdeltError(url, "404 Not Found", "missing")
                if response.status_code != httpx.codes.OK:
                    raise GdeltError(url, f"HTTP {response.status_code}", "unreachable")
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > _MAX_BYTES:
                        raise GdeltError(url, f"larger than {_MAX_BYTES} bytes", "corrupt")
                    digest.update(chunk)
                    out.write(chunk)
        except httpx.HTTPError as exc:
            raise GdeltError(url, str(exc) or type(exc).__name__, "unreachable") from exc
        return size, digest.hexdigest()
