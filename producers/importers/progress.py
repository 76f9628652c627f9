"""A progress bar for a long import, on a terminal only: how far through the file
(its bytes, so the end is known without counting rows first), rows read, rows per
second and the time left. Drawn by rich on stderr; `for_terminal` gives None
when stderr is not a terminal (a pipe, a file, CI), so logs hold no bar."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

from producers.importers.archive import is_zip
from producers.importers.common import LineBatch, RowResult

_EVERY = 2048  # rows between updates: the bar costs nothing measurable
T = TypeVar("T")


def _length(path: Path) -> int:
    """What the open file's position runs to: its size, or a zip's uncompressed size."""
    if is_zip(path):
        with contextlib.suppress(zipfile.BadZipFile, OSError), zipfile.ZipFile(path) as archive:
            return sum(member.file_size for member in archive.infolist())
    return path.stat().st_size


class _RowsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0
        rows = int(task.fields.get("rows", 0))
        return Text(f"{rows / elapsed:,.0f} rows/s" if elapsed else "", style="progress.data.speed")


class ImportProgress:
    def __init__(self, path: Path, out: IO[str]) -> None:
        self.path = path
        self.total = _length(path)
        self.handle: IO[str] | None = None
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rows]:,} rows"),
            _RowsPerSecond(),
            TimeRemainingColumn(),
            console=Console(file=out),
            redirect_stdout=False,
            redirect_stderr=False,
        )

    @classmethod
    def for_terminal(cls, path: Path, out: IO[str]) -> ImportProgress | None:
        return cls(path, out) if out.isatty() else None

    def watch(self, handle: IO[str]) -> None:
        """The open file whose position the bar shows."""
        self.handle = handle

    def _position(self) -> int | None:
        with contextlib.suppress(AttributeError, OSError, ValueError):
            return int(self.handle.buffer.tell()) if self.handle is not None else None  # type: ignore[attr-defined]
        return None

    def track(self, results: Iterable[RowResult]) -> Iterator[RowResult]:
        return self._tracked(results, lambda _: 1)

    def track_batches(self, batches: Iterable[LineBatch]) -> Iterator[LineBatch]:
        return self._tracked(batches, lambda batch: batch.rows)

    def _tracked(self, items: Iterable[T], rows_of: Callable[[T], int]) -> Iterator[T]:
        rows = 0
        with self.bar:
            task = self.bar.add_task(self.path.name, total=self.total, rows=0)
            for item in items:
                before, rows = rows, rows + rows_of(item)
                if rows // _EVERY != before // _EVERY:
                    self.bar.update(task, completed=self._position(), rows=rows)
                yield item
            self.bar.update(task, completed=self.total, rows=rows)
