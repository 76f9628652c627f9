from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

import pytest
from prometheus_client import CollectorRegistry

from conflictwatch.models import Event, EventType, Heartbeat, TimePrecision
from producers.importers import common
from producers.importers.acled import read_acled
from producers.importers.common import DatasetError, ImportReport, RowResult, run_import
from producers.importers.gdelt import read_gdelt
from producers.metrics import ProducerMetrics
from tests.factories import event

DATASETS = Path(__file__).resolve().parents[2] / "data" / "datasets"


class ListSink:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.heartbeats: list[Heartbeat] = []

    def send(self, events: Sequence[Event]) -> int:
        self.events.extend(events)
        return len(events)

    def beat(self, heartbeats: Sequence[Heartbeat]) -> None:
        self.heartbeats.extend(heartbeats)


Reader = Callable[[TextIO, str | None], Iterator[RowResult]]


def run(
    reader: Reader, name: str, path: Path, theatre: str | None = "israel-gaza"
) -> tuple[ListSink, ImportReport, CollectorRegistry]:
    registry = CollectorRegistry()
    sink = ListSink()
    with path.open(newline="") as handle:
        report = run_import(reader(handle, theatre), sink, ProducerMetrics.create(registry), name)
    return sink, report, registry


def test_acled_rows_map_onto_the_contract() -> None:
    sink, _, registry = run(read_acled, "acled", DATASETS / "acled-sample.csv")
    by_id = {e.source.article_id: e for e in sink.events}
    strike = by_id["PSE10001"]
    assert (strike.type, strike.counts.killed, strike.theatre) == (EventType.AIR_STRIKE, 1, "israel-gaza")
    assert strike.location is not None
    assert (strike.location.name, strike.location.country, strike.location.lat) == ("Khan Yunis", "PS", 31.3402)
    assert strike.actors.actor1 is not None
    assert strike.actors.actor1.side == "israel"
    assert strike.source.evidence.startswith("On 20 May 2021, Israeli aircraft struck")
    assert by_id["ISR20002"].type is EventType.ROCKET_FIRE  # shelling whose notes say rockets
    assert by_id["PSE10003"].type is EventType.CIVIL_UNREST
    assert by_id["ISR20004"].type is EventType.CEASEFIRE_AGREED  # an agreement whose notes say ceasefire
    week = by_id["PSE10005"]
    assert (week.type, week.time_precision, week.duration.days if week.duration else None) == (
        EventType.GROUND_CLASH,
        TimePrecision.SPAN,
        7,
    )
    assert by_id["PSE10006"].type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert registry.get_sample_value("conflictwatch_producer_events_published_total", {"producer": "acled"}) == 6


def test_acled_rows_that_map_onto_nothing_are_counted_by_reason_with_their_line() -> None:
    _, report, registry = run(read_acled, "acled", DATASETS / "acled-sample.csv")
    assert dict(report.rejected) == {
        "unmapped_type": 1,
        "bad_date": 1,
        "bad_coordinates": 1,
        "bad_number": 1,
        "missing_field": 1,
    }
    assert report.examples["unmapped_type"] == ["line 8: Strategic developments / Arrests has no contract type"]
    labels = {"producer": "acled", "reason": "bad_date"}
    assert registry.get_sample_value("conflictwatch_producer_rows_rejected_total", labels) == 1


def test_a_file_that_is_not_an_acled_export_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("name,value\na,1\n")
    with path.open() as handle, pytest.raises(DatasetError, match="event_date"):
        list(read_acled(handle))


def test_gdelt_rows_map_by_cameo_code_with_confidence_from_sources() -> None:
    sink, report, _ = run(read_gdelt, "gdelt", DATASETS / "gdelt-sample.export.tsv", theatre=None)
    by_id = {e.source.article_id: e for e in sink.events}
    strike = by_id["gdelt-990001"]
    assert strike.type is EventType.AIR_STRIKE
    assert strike.location is not None
    assert (strike.location.country, strike.location.lat) == ("PS", 31.5)  # FIPS GZ is Palestine
    assert strike.actors.actor2 is not None
    assert (strike.actors.actor2.name, strike.actors.actor2.side) == ("Hamas", "palestinian-armed-groups")
    assert strike.source.url == "https://www.reuters.com/world/middle-east/gaza-strikes"
    assert strike.source.outlet == "www.reuters.com"
    assert by_id["gdelt-990002"].type is EventType.CEASEFIRE_VIOLATION
    assert by_id["gdelt-990003"].type is EventType.CEASEFIRE_AGREED
    assert by_id["gdelt-990003"].source.confidence > strike.source.confidence > by_id["gdelt-990002"].source.confidence
    assert by_id["gdelt-990004"].type is EventType.GROUND_CLASH
    assert by_id["gdelt-990005"].type is EventType.CIVIL_UNREST
    assert by_id["gdelt-990006"].type is EventType.THREAT_STATEMENT
    assert dict(report.rejected) == {"unmapped_type": 2, "bad_date": 1, "wrong_column_count": 1}
    assert "CAMEO 191" in report.examples["unmapped_type"][0]  # a blockade is not a fight


def test_without_a_theatre_each_row_is_placed_by_the_theatres_file() -> None:
    acled, _, _ = run(read_acled, "acled", DATASETS / "acled-sample.csv", theatre=None)
    by_id = {e.source.article_id: e for e in acled.events}
    assert by_id["PSE10001"].theatre == "israel-gaza"  # Khan Yunis, a place the theatre lists
    assert by_id["ISR20002"].theatre == "israel-gaza"  # Beersheba, listed by israel-gaza
    gdelt, _, _ = run(read_gdelt, "gdelt", DATASETS / "gdelt-sample.export.tsv", theatre=None)
    assert {e.source.article_id: e.theatre for e in gdelt.events}["gdelt-990001"] == "israel-gaza"


def test_a_repeated_event_id_is_told_within_the_ids_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeats are counted against the last ids first seen (a bounded window, so a file
    of any length fits): a repeat within it is told, one beyond it is not."""
    monkeypatch.setattr(common, "_RECENT_IDS", 2)
    a, b, c = (event(at=hours, counts={"killed": 2}) for hours in (1, 2, 3))
    rows = [RowResult(line, event=e) for line, e in enumerate([a, b, a, c, b, a], start=2)]
    report = run_import(rows, ListSink(), ProducerMetrics.create(CollectorRegistry()), "test")
    # a, b remembered; a repeats; c pushes a out; b repeats; a is new again
    assert (report.sent, report.repeats, report.repeated_fatalities) == (6, 2, 4)


def test_a_dataset_file_sends_a_heartbeat_per_theatre_spanning_its_events() -> None:
    sink = ListSink()
    with (DATASETS / "acled-sample.csv").open(newline="") as handle:
        run_import(
            read_acled(handle, None), sink, ProducerMetrics.create(CollectorRegistry()), "acled", source="acled.csv"
        )
    assert {b.theatre for b in sink.heartbeats} == {e.theatre for e in sink.events}
    for beat in sink.heartbeats:
        events = [e for e in sink.events if e.theatre == beat.theatre]
        assert (beat.source, beat.producer, beat.items) == ("acled.csv", "acled", len(events))
        assert beat.covered_from == min(min(e.occurred_at, e.reported_at) for e in events)
    without_source = ListSink()
    with (DATASETS / "acled-sample.csv").open(newline="") as handle:
        run_import(read_acled(handle, None), without_source, ProducerMetrics.create(CollectorRegistry()), "acled")
    assert without_source.heartbeats == []  # as the GDELT follower imports each export: it beats per poll
