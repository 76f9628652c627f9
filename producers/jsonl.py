"""Read events from a JSON Lines file, one result per non-blank line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import Event


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
