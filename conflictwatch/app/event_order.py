"""Events in event-time order, however many, in bounded memory.

The rule engine judges each event against its theatre's watermark, as a live
stream does: one older than the watermark by more than the allowed lateness is
counted but not evaluated. A replay must therefore see its events in time order,
and files hold them in any order (ACLED exports list the newest first; a folder
of articles goes by file name). Up to `RUN` events are sorted in memory; more are
sorted in runs of `RUN`, each spilled to a temporary file as JSON lines, and the
runs merged (`MAX_RUNS` at a time). Events of the same time keep the order they
came in.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from operator import attrgetter
from pathlib import Path

from conflictwatch.models import Event

RUN = 20_000  # events sorted in memory at once: about 250 MB of them
MAX_RUNS = 100  # runs merged at once (open files); more are first merged into one
_TIME = attrgetter("timestamp")


def in_time_order(events: Iterable[Event], run: int = RUN) -> Iterator[Event]:
    stream = iter(events)
    chunk = sorted(islice(stream, run), key=_TIME)
    following = next(stream, None)
    if following is None:
        yield from chunk
        return
    with tempfile.TemporaryDirectory(prefix="conflictwatch-order-") as folder:
        runs: list[Path] = []
        spilled = 0
        while chunk:
            if len(runs) == MAX_RUNS:
                merged = _spill(heapq.merge(*map(_read, runs), key=_TIME), Path(folder) / f"{spilled}.jsonl")
                for path in runs:
                    path.unlink()
                runs, spilled = [merged], spilled + 1
            runs.append(_spill(chunk, Path(folder) / f"{spilled}.jsonl"))
            spilled += 1
            chunk = sorted(chain([following], islice(stream, run - 1)) if following is not None else (), key=_TIME)
            following = next(stream, None)
        yield from heapq.merge(*map(_read, runs), key=_TIME)


def _spill(events: Iterable[Event], path: Path) -> Path:
    with path.open("wb") as out:
        out.writelines(event.model_dump_json().encode() + b"\n" for event in events)
    return path


def _read(path: Path) -> Iterator[Event]:
    with path.open("rb") as lines:
        for line in lines:
            yield Event.model_validate_json(line)
