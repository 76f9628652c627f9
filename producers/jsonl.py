"""Events as JSON Lines: reading a file of them, one result per non-blank line, and
writing one event a line, as fast as a million-row import needs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import orjson
import pydantic_core
from pydantic import BaseModel, ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import Event

_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_APPEND_NEWLINE


@dataclass(frozen=True)
class LineResult:
    line: int
    event: Event | None = None
    error: str | None = None


def read_events(path: Path) -> Iterator[LineResult]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                yield LineResult(number, event=Event.model_validate_json(raw))
            except ValidationError as exc:
                yield LineResult(number, error=describe_validation_error(exc))


class _Parts:
    """The JSON of the models producers share between many events (a place, its sides,
    its figures), written by pydantic once per model: contract models are immutable,
    so a model's JSON never changes. Kept by identity, with the model, so an id is
    never reused while it is here; at most `size` entries."""

    def __init__(self, size: int = 1 << 17) -> None:
        self.size = size
        self.known: dict[int, tuple[BaseModel, orjson.Fragment]] = {}

    def json(self, model: BaseModel) -> orjson.Fragment:
        found = self.known.get(id(model))
        if found is None or found[0] is not model:
            if len(self.known) >= self.size:
                self.known.clear()
            written = model.__pydantic_serializer__.to_json(model, exclude_none=True)
            found = self.known[id(model)] = (model, orjson.Fragment(written))
        return found[1]


_parts = _Parts()
_SHARED = ("location", "actors", "counts")
_durations: dict[timedelta, orjson.Fragment] = {}


def event_line(event: Event) -> bytes:
    """The event's JSON line: what `event.model_dump_json(exclude_none=True)` gives, and
    a newline, in a third of the time (orjson writes it, the shared parts once)."""
    line = {name: value for name, value in event.__dict__.items() if value is not None}
    for name in _SHARED:
        if name in line:
            line[name] = _parts.json(line[name])
    line["source"] = {name: value for name, value in event.source.__dict__.items() if value is not None}
    if event.duration is not None:
        line["duration"] = _durations.get(event.duration) or _duration(event.duration)
    return orjson.dumps(line, option=_OPTIONS)


def _duration(value: timedelta) -> orjson.Fragment:
    if len(_durations) >= 256:
        _durations.clear()
    written = _durations[value] = orjson.Fragment(pydantic_core.to_json(value))
    return written
