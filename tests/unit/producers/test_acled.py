"""ACLED exports of every release, on fixtures written for these tests in each
release's published column layout (tests/data/datasets/acled/): headers, legacy
event types, dates, line endings, multi-line notes, de-selected columns, and the
summary's fatalities."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from pydantic import TypeAdapter

from conflictwatch.models import Event, EventType, ShortText, TimePrecision, compute_event_id
from conflictwatch.theatres import shipped_theatres
from producers.importers.acled import RowMapper, read_acled
from producers.importers.acled_columns import canonical
from producers.importers.acled_dates import BadDate, parse_event_date
from producers.importers.acled_types import classify
from producers.importers.common import ImportReport, Rejected, run_import
from producers.metrics import ProducerMetrics
from tests.unit.producers.test_importers import ListSink, run

ACLED = Path(__file__).resolve().parents[2] / "data" / "datasets" / "acled"
CURRENT_HEADER = (ACLED / "current-2024.csv").read_text().splitlines()[0]
CURRENT_ROW = (ACLED / "current-2024.csv").read_text().splitlines()[2]  # an air strike, 7 killed


def imported(name: str, theatre: str | None = None) -> tuple[ListSink, ImportReport]:
    sink, report, _ = run(read_acled, "acled", ACLED / name, theatre=theatre)
    return sink, report


def by_id(sink: ListSink) -> dict[str | None, tuple[EventType, int | None]]:
    return {e.source.article_id: (e.type, e.counts.killed) for e in sink.events}


def test_legacy_upper_case_file_with_ally_actors_gwno_and_no_sub_event_type() -> None:
    sink, report = imported("legacy-2015.csv")
    assert by_id(sink) == {
        "101SUD": (EventType.GROUND_CLASH, 4),
        "102SUD": (EventType.AIR_STRIKE, 2),  # remote violence whose notes name an aircraft
        "103SUD": (EventType.CIVIL_UNREST, None),
        "104SUD": (EventType.VIOLENCE_AGAINST_CIVILIANS, 1),  # "Violence Against Civilians"
        "105SUD": (EventType.CEASEFIRE_AGREED, None),  # a strategic development whose notes agree a ceasefire
    }
    assert dict(report.rejected) == {"unmapped_type": 1}  # a base established
    assert "Headquarters or base established" in report.examples["unmapped_type"][0]
    clash = sink.events[0]
    assert clash.occurred_at.date() == date(2015, 1, 3)
    assert clash.theatre == "sudan"
    assert clash.location is not None
    assert clash.location.country == "SD"  # from the country's name: GWNO is no ISO code
    assert clash.source.extractor == "acled/armed-clash"
    assert clash.source.evidence == (
        "Soldiers and rebels exchanged fire outside the town for two hours.\r\nBoth sides reported losses."
    )
    assert sink.events[2].time_precision is TimePrecision.SPAN


def test_multi_line_notes_are_one_row_reported_at_its_first_line() -> None:
    _, report = imported("legacy-2015.csv")
    assert report.rows == 6
    assert report.examples["unmapped_type"][0].startswith("line 8:")  # the header, two lines of row 1, rows 2-5


def test_2016_api_pull_saved_by_pandas_with_an_index_column_and_float_figures() -> None:
    sink, report = imported("api-2016-pandas.csv")
    assert by_id(sink) == {
        "9001RTA": (EventType.GROUND_CLASH, 5),
        "9002RTA": (EventType.ROCKET_FIRE, None),  # remote violence, rockets
        "9004RTA": (EventType.VIOLENCE_AGAINST_CIVILIANS, 3),
    }
    assert dict(report.rejected) == {"unmapped_type": 1}  # a non-violent transfer of territory
    assert sink.events[0].location is not None
    assert sink.events[0].location.country == "LY"


def test_2020_export_with_spreadsheet_dates() -> None:
    sink, report = imported("export-2020.csv")
    assert by_id(sink) == {
        "YEM90001": (EventType.GROUND_CLASH, 6),
        "YEM90002": (EventType.AIR_STRIKE, None),
        "UKR90003": (EventType.GROUND_CLASH, 1),  # mortars, not rockets
        "PSE90004": (EventType.CIVIL_UNREST, None),
    }
    assert [e.occurred_at.date() for e in sink.events] == [
        date(2020, 5, 9),
        date(2020, 5, 9),
        date(2020, 5, 10),
        date(2020, 5, 11),
    ]
    assert not report.rejected


def test_export_tool_file_quoted_throughout() -> None:
    sink, report = imported("export-tool-2020.csv")
    assert by_id(sink) == {"AFG90001": (EventType.GROUND_CLASH, 4), "AFG90002": (EventType.GROUND_CLASH, 2)}
    assert sink.events[0].occurred_at.date() == date(2020, 3, 21)
    assert dict(report.rejected) == {"unmapped_type": 1}


def test_current_export() -> None:
    sink, report = imported("current-2024.csv")
    assert by_id(sink) == {
        "SDN90001": (EventType.VIOLENCE_AGAINST_CIVILIANS, None),  # an abduction without deaths
        "SDN90002": (EventType.AIR_STRIKE, 7),
        "SDN90003": (EventType.INFRASTRUCTURE_DAMAGE, None),
        "SDN90004": (EventType.CIVIL_UNREST, None),
    }
    assert not report.rejected
    strike = sink.events[1]
    assert strike.actors.actor2 is not None
    assert strike.actors.actor2.name == "Rapid Support Forces"


def test_current_export_with_columns_de_selected() -> None:
    sink, report = imported("current-deselected.csv")
    assert by_id(sink) == {
        "MMR90001": (EventType.GROUND_CLASH, 3),
        "MMR90002": (EventType.AIR_STRIKE, 5),
        "MMR90003": (EventType.VIOLENCE_AGAINST_CIVILIANS, 2),
    }
    assert all(e.actors.actor2 is None for e in sink.events)
    assert sink.events[0].theatre == "myanmar"
    assert sink.events[0].location is not None
    assert sink.events[0].location.country == "MM"
    assert not report.rejected


def read_events(text: str, theatre: str | None = "sudan") -> tuple[list[Event], ImportReport]:
    """The events of an export given as text, and the report."""
    sink = ListSink()
    metrics = ProducerMetrics.create(CollectorRegistry())
    report = run_import(read_acled(io.StringIO(text, newline=""), theatre), sink, metrics, "acled")
    return sink.events, report


def read(text: str) -> tuple[list[EventType], ImportReport]:
    events, report = read_events(text)
    return [e.type for e in events], report


def test_sub_event_type_de_selected_is_derived_from_the_event_type() -> None:
    header = "event_date,event_type,country,notes,fatalities"
    rows = [
        "2024-01-02,Explosions/Remote violence,Sudan,Shells landed on the market.,1",
        "2024-01-02,Explosions/Remote violence,Sudan,A drone hit a house.,1",
        "2024-01-02,Battles,Sudan,Fighting in the hills.,1",
        "2024-01-02,Strategic developments,Sudan,Police arrested a journalist.,0",
    ]
    types, report = read("\n".join([header, *rows]) + "\n")
    assert types == [EventType.GROUND_CLASH, EventType.AIR_STRIKE, EventType.GROUND_CLASH]
    assert "read as strategic developments / arrests" in report.examples["unmapped_type"][0]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ALLY_ACTOR_1", "assoc_actor_1"),
        (" Ally_Actor_2 ", "assoc_actor_2"),
        ("\ufeffevent_id_cnty", "event_id_cnty"),
        ('"EVENT_DATE"', "event_date"),
        ("Unnamed: 0", "unnamed: 0"),
    ],
)
def test_header_names_are_matched_without_case_space_quotes_or_bom(header: str, expected: str) -> None:
    assert canonical(header) == expected


def test_header_order_does_not_matter() -> None:
    cells = CURRENT_HEADER.split(",")
    order = list(reversed(range(len(cells))))
    text = ",".join(cells[i] for i in order) + "\n"
    row = next(csv.reader([CURRENT_ROW]))
    text += ",".join('"' + row[i].replace('"', '""') + '"' for i in order) + "\n"
    assert read(text)[0] == [EventType.AIR_STRIKE]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2021-05-20", date(2021, 5, 20)),
        ("2021-05-06", date(2021, 5, 6)),  # ISO, never read day first
        ("2016-07-02 00:00:00", date(2016, 7, 2)),
        ("9-May-20", date(2020, 5, 9)),
        ("09-May-97", date(1997, 5, 9)),
        ("20 May 2021", date(2021, 5, 20)),
        ("07 December 2022", date(2022, 12, 7)),
        ("01-January-2015", date(2015, 1, 1)),
        ("18/04/2001", date(2001, 4, 18)),
        ("05/06/2019", date(2019, 6, 5)),  # day first
        ("31-12-19", date(2019, 12, 31)),
    ],
)
def test_event_dates_in_every_form(written: str, day: date) -> None:
    assert parse_event_date(written) == day
    quoted = f"{CURRENT_HEADER}\n{CURRENT_ROW.replace('2024-06-12', written)}\n"
    types, report = read(quoted)
    assert types == [EventType.AIR_STRIKE], report.examples


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("12/31/2019", "month first"),
        ("May 2020", "names no day"),
        ("2021-13-45", "is no date"),
        ("31-Feb-20", "is no date"),
        ("soon", "is no date"),
    ],
)
def test_what_is_not_a_day_is_refused_with_the_reason(written: str, why: str) -> None:
    with pytest.raises(BadDate, match=why):
        parse_event_date(written)
    _, report = read(f"{CURRENT_HEADER}\n{CURRENT_ROW.replace('2024-06-12', written)}\n")
    assert dict(report.rejected) == {"bad_date": 1}
    assert report.rejected_fatalities["bad_date"] == 7


def test_lf_and_crlf_files_give_the_same_events() -> None:
    text = (ACLED / "current-2024.csv").read_text()
    assert "\r" not in text
    lf, _ = read(text)
    crlf, _ = read(text.replace("\n", "\r\n"))
    assert lf == crlf
    assert len(lf) == 4


def test_r_and_pandas_empty_cells_read_as_empty() -> None:
    row = CURRENT_ROW.replace(",,State forces,", ",NA,State forces,").replace("Rapid Support Forces,,", "NA,,")
    events, _ = read_events(f"{CURRENT_HEADER}\n{row}\n")
    assert [(e.type, e.actors.actor2) for e in events] == [(EventType.AIR_STRIKE, None)]


def test_a_row_of_another_width_is_rejected_with_its_line() -> None:
    _, report = read(f"{CURRENT_HEADER}\n{CURRENT_ROW}\n\nSDN1,2024-06-12,2024\n")
    assert dict(report.rejected) == {"wrong_column_count": 1}
    assert report.examples["wrong_column_count"] == ["line 4: 3 fields where the header has 31"]


def test_summary_gives_fatalities_in_the_file_carried_and_lost() -> None:
    _, report = imported("legacy-2015.csv")
    assert (report.fatalities_in, report.fatalities_out) == (7, 7)
    _, report = read(f"{CURRENT_HEADER}\n{CURRENT_ROW}\n{CURRENT_ROW.replace('2024-06-12', 'June 2024')}\n")
    assert (report.fatalities_in, report.fatalities_out, report.rejected_fatalities["bad_date"]) == (14, 7, 7)
    assert report.describe()[-1] == "fatalities: 14 in the file, 7 carried by the events sent, 7 in rejected rows"
    assert report.describe()[1].startswith("  bad_date: 1, 7 fatalities (e.g. line 3: event_date")


@pytest.mark.parametrize(
    ("event_type", "notes", "expected"),
    [
        ("Battle-No change of territory", "", EventType.GROUND_CLASH),
        ("BATTLE-GOVERNMENT REGAINS TERRITORY", "", EventType.GROUND_CLASH),
        ("Battle - Non-state actor overtakes territory", "", EventType.GROUND_CLASH),
        ("Battle-Non-state actors overtake territory", "", EventType.GROUND_CLASH),
        ("Remote violence", "Artillery shelled the hills.", EventType.GROUND_CLASH),
        ("Remote violence", "Rockets were fired at the town.", EventType.ROCKET_FIRE),
        ("Remote violence", "A helicopter gunship fired on the convoy.", EventType.AIR_STRIKE),
        ("Remote violence", "A roadside IED exploded.", EventType.GROUND_CLASH),
        ("Riots/Protests", "", EventType.CIVIL_UNREST),
        ("Violence against civilians", "", EventType.VIOLENCE_AGAINST_CIVILIANS),
        ("violence against civilians", "", EventType.VIOLENCE_AGAINST_CIVILIANS),
        ("Strategic development", "Both sides signed a truce.", EventType.CEASEFIRE_AGREED),
        ("Strategic development", "The parties reached an agreement on prisoners.", EventType.DIPLOMATIC_STATEMENT),
        ("Strategic development", "Militiamen looted shops.", EventType.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_legacy_event_types(event_type: str, notes: str, expected: EventType) -> None:
    assert classify(event_type, "", notes, "")[0] is expected


@pytest.mark.parametrize(
    "event_type", ["Headquarters or base established", "Non-violent transfer of territory", "Strategic development"]
)
def test_legacy_event_types_without_a_contract_type_are_rejected(event_type: str) -> None:
    with pytest.raises(Rejected, match="has no contract type"):
        classify(event_type, "", "Troops moved into the town.", "")


def test_rows_that_are_one_event_by_the_contracts_id_are_told_in_the_summary() -> None:
    again = CURRENT_ROW.replace("SDN90002", "SDN90099")  # another row, the same place, sides, figures and day
    events, report = read_events(f"{CURRENT_HEADER}\n{CURRENT_ROW}\n{again}\n")
    assert len(events) == 2
    assert events[0].id == events[1].id
    assert (report.repeats, report.repeated_fatalities) == (1, 7)
    assert "1 of the events repeat the event id of an earlier row" in report.describe()[1]


VARIANTS = sorted(path.name for path in ACLED.glob("*.csv"))


@pytest.mark.parametrize("name", [*VARIANTS, "../acled-sample.csv"])
def test_every_imported_event_is_what_the_contract_validates(name: str) -> None:
    """The importer builds its events without validating them again (it proves each
    rule itself): validated strictly anew, each is equal, field for field and in JSON."""
    sink, _ = imported(name, theatre=None)
    assert sink.events
    for event in sink.events:
        again = Event.model_validate(event.model_dump(), strict=True)
        assert again == event
        assert again.model_dump_json() == event.model_dump_json()
        assert compute_event_id(event) == event.id


def test_cells_are_cut_and_stripped_as_the_contract_would() -> None:
    """Source names and ids longer than the contract takes are cut at 200 characters,
    and what the cut leaves at the end is stripped, whatever the kind of space."""
    row = CURRENT_ROW.replace("SDN90002", "A" * 199 + "\u3000B")
    row = row.replace("Example Radio", "\u00a0" + "R" * 199 + "\u2009X")
    events, _ = read_events(f"{CURRENT_HEADER}\n{row}\n")
    assert (events[0].source.article_id, events[0].source.outlet) == ("A" * 199, "R" * 199)
    assert Event.model_validate(events[0].model_dump(), strict=True) == events[0]


def test_python_strip_removes_every_character_the_contract_strips() -> None:
    """The importer strips cells with str.strip and takes them for stripped ShortText:
    so no character pydantic strips may survive Python's strip."""
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    kept = TypeAdapter(list[ShortText]).validate_python([f"a{c}" for c in characters])
    stripped_by_pydantic = {c for c, text in zip(characters, kept, strict=True) if text == "a"}
    assert stripped_by_pydantic
    assert all(c.isspace() for c in stripped_by_pydantic)


def test_dates_before_1900_and_timestamps_beyond_any_calendar() -> None:
    early = CURRENT_ROW.replace("2024-06-12", "1899-12-31")
    far = CURRENT_ROW.replace("SDN90002", "SDN90099")
    far = far[: far.rindex(",")] + ",99999999999999999999"
    events, report = read_events(f"{CURRENT_HEADER}\n{early}\n{far}\n")
    assert dict(report.rejected) == {"bad_date": 1}
    assert "before 1900" in report.examples["bad_date"][0]
    assert events[0].reported_at == events[0].occurred_at + timedelta(days=1)  # as without a timestamp


@pytest.mark.parametrize(
    ("admin1", "location", "sided"),
    [("West Bengal", "Murshidabad", True), ("Jammu and Kashmir", "Kupwara", False)],
)
def test_only_a_place_off_the_front_of_a_war_needing_its_other_side_is_decided_again_with_the_actors(
    admin1: str, location: str, sided: bool
) -> None:
    # the front decides whatever the actors: mapping its place again for every pair of actors is waste
    mapper = RowMapper(None, shipped_theatres())
    cells = ("356", "IND", "India", admin1, "", "", location, "34.0", "74.0", "1")
    assert mapper.places[cells].sided is sided
