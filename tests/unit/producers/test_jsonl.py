"""Events written as JSON lines (the dry run's output): byte for byte what pydantic
writes with `exclude_none`, for events of every producer and every optional field."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conflictwatch.models import Event
from producers.importers.acled import read_acled
from producers.importers.gdelt import read_gdelt
from producers.jsonl import event_line, read_events
from producers.sinks import JsonLinesSink
from tests.conftest import SEED_EVENTS
from tests.factories import event

DATASETS = Path(__file__).resolve().parents[2] / "data" / "datasets"


def every_kind_of_event() -> list[Event]:
    events = [result.event for result in read_events(SEED_EVENTS) if result.event]
    for path in sorted((DATASETS / "acled").glob("*.csv")):
        with path.open(newline="") as handle:
            events += [row.event for row in read_acled(handle) if row.event]
    with (DATASETS / "gdelt-sample.export.tsv").open(newline="") as handle:
        events += [row.event for row in read_gdelt(handle) if row.event]
    east = timezone(timedelta(hours=5, minutes=30))
    events.append(
        event(
            at=datetime(2021, 5, 20, 8, 15, 3, 250, tzinfo=east),
            time_precision="span",
            duration="PT90M",
            location={"name": "Sderot", "country": "IL", "lat": 31.5, "lon": 34.6, "precision": "exact"},
            actors={"actor1": {"name": "Hamas", "side": "hamas"}},
            counts={"projectiles": 1e2, "injured": 4, "approximate": ["projectiles", "injured"], "cumulative": True},
            source={
                "outlet": "Wire",
                "url": "https://example.org/a?b=1&c=\u00e9",
                "evidence": 'Sirens "again"\n\ttab \u0001 \u2028 \U0001f600 \\ end',
                "span": [0, 12],
                "confidence": 0.1 + 0.2,
            },
            attribution="the army said",
        )
    )
    return events


@pytest.mark.parametrize("event", every_kind_of_event(), ids=lambda e: e.id)
def test_a_line_is_what_pydantic_writes(event: Event) -> None:
    assert event_line(event) == (event.model_dump_json(exclude_none=True) + "\n").encode()


def test_the_sink_writes_one_line_per_event_read_back_as_the_same_events() -> None:
    events = every_kind_of_event()
    out = io.StringIO()
    assert JsonLinesSink(out).send(events) == len(events)
    lines = out.getvalue().split("\n")  # not splitlines: a line may hold U+2028, as JSON allows
    assert lines.pop() == ""
    assert [Event.model_validate_json(line) for line in lines] == events
