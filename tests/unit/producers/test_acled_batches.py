"""The dry run's columnar ACLED reader (producers/importers/acled_batches.py) gives
what the row reader gives through run_import and JsonLinesSink, byte for byte
and report for report: on every variant's fixture, on rows made to reach each
of its ways to a line (and to a refusal), across batch boundaries, and on the
files it hands back to the row reader (a blank line, a row of another width,
bytes that are not UTF-8)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from bench.acled_file import HEADER, acled_file
from conflictwatch.models import Event
from producers.importers import acled_batches
from producers.importers.acled import read_acled
from producers.importers.archive import open_text
from producers.importers.common import ImportReport, run_dry_import, run_import
from producers.importers.registry import IMPORTERS
from producers.metrics import ProducerMetrics
from producers.sinks import JsonLinesSink

DATASETS = Path(__file__).resolve().parents[2] / "data" / "datasets"
FIXTURES = [DATASETS / "acled-sample.csv", *sorted((DATASETS / "acled").glob("*.csv"))]
ACLED = next(importer for importer in IMPORTERS if importer.name == "acled")


def by_rows(path: Path, theatre: str | None = None) -> tuple[str, ImportReport]:
    out = io.StringIO()
    with open_text(path, "acled") as handle:
        metrics = ProducerMetrics.create(CollectorRegistry())
        report = run_import(read_acled(handle, theatre), JsonLinesSink(out), metrics, "acled")
    return out.getvalue(), report


def by_batches(path: Path, theatre: str | None = None) -> tuple[str, ImportReport, list[bool]]:
    """The dry run's lines and report, and which batches the columns read."""
    out = io.StringIO()
    batches = list(ACLED.line_batches(path, theatre, None))
    report = run_dry_import(batches, JsonLinesSink(out), ProducerMetrics.create(CollectorRegistry()), "acled")
    return out.getvalue(), report, [batch.columnar for batch in batches]


def assert_same(path: Path, theatre: str | None = None) -> list[bool]:
    expected, expected_report = by_rows(path, theatre)
    lines, report, columnar = by_batches(path, theatre)
    assert lines == expected
    assert report == expected_report
    return columnar


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_every_variant_gives_the_row_readers_lines_and_report(path: Path) -> None:
    assert assert_same(path) == [True]
    assert assert_same(path, theatre="sudan") == [True]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_each_line_is_what_the_contract_writes(path: Path) -> None:
    lines, _, _ = by_batches(path)
    assert lines
    for line in lines.splitlines():
        event = Event.model_validate_json(line)
        assert event.model_dump_json(exclude_none=True) == line


def row(**cells: str) -> list[str]:
    """A current export's row: an air strike in Khartoum unless told otherwise."""
    base = {name: "" for name in HEADER} | {
        "event_id_cnty": "SDN1",
        "event_date": "2024-06-12",
        "time_precision": "1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Sudan (2019-)",
        "actor2": "Rapid Support Forces",
        "iso": "729",
        "country": "Sudan",
        "admin1": "Khartoum",
        "location": "Khartoum",
        "latitude": "15.5881",
        "longitude": "32.5342",
        "geo_precision": "1",
        "source": "Sudan Tribune",
        "notes": "An air strike hit a market.",
        "fatalities": "7",
        "timestamp": "1718236800",
    }
    return [(base | cells)[name] for name in HEADER]


ROWS = [
    row(),
    row(
        event_id_cnty="SDN2",
        notes="Shelled with rockets\r\nover two days",
        sub_event_type="Shelling/artillery/missile attack",
    ),
    row(event_id_cnty="SDN3", notes="Shelling\rresumed", sub_event_type="Shelling/artillery/missile attack"),
    row(event_type="Strategic developments", sub_event_type="Agreement", notes="A ceasefire was agreed."),
    row(event_type="Strategic developments", sub_event_type="Arrests", fatalities="2"),
    row(event_type="Strategic developments", sub_event_type="Arrests", event_date=""),
    row(event_type="Riots/Protests", sub_event_type="", actor1="Rioters (Sudan)", notes="line one\nline two"),
    row(event_type="Remote violence", sub_event_type="", notes="A drone struck."),
    row(event_type="Strategic developments", sub_event_type="", notes="Nothing named."),
    row(event_type="", sub_event_type=""),
    row(event_date="31/02/2024"),
    row(event_date="1899-12-31"),
    row(event_date="9-May-20", time_precision="2"),
    row(event_date="20 May 2021", time_precision="3.0"),
    row(fatalities="3.0"),
    row(fatalities="x"),
    row(fatalities="NA"),
    row(fatalities="0"),
    row(latitude="95"),
    row(latitude="north"),
    row(location="", admin1=""),
    row(iso="", country="Palestine", location="Gaza City", latitude="31.5", longitude="34.46"),
    row(actor1="", actor2=""),
    row(actor2="NA"),
    row(source=""),
    row(source=" " + "s" * 250),
    row(notes=""),
    row(notes="NA"),
    row(notes="  padded  "),
    row(notes='He said "go" \\ then\ttabbed \x01 and ✓'),
    row(notes="n" * 2100),
    row(event_id_cnty=""),
    row(event_id_cnty="nan"),
    row(event_id_cnty=" " + "a" * 210 + " "),
    row(timestamp=""),
    row(timestamp="NA"),
    row(timestamp=" 1718236800 "),
    row(timestamp="1718236800.0"),
    row(timestamp="0"),
    row(timestamp="99999999999999999999"),
    row(timestamp="١٢٣"),
    row(event_id_cnty="SDN1"),
]


def write(
    path: Path, rows: list[list[str]], header: list[str] = HEADER, newline: str = "\n", quoting: int = csv.QUOTE_ALL
) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator=newline, quoting=quoting)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(("newline", "quoting"), [("\n", csv.QUOTE_ALL), ("\r\n", csv.QUOTE_MINIMAL)])
def test_rows_of_every_kind_give_the_same_lines_refusals_and_line_numbers(
    tmp_path: Path, newline: str, quoting: int
) -> None:
    path = write(tmp_path / "kinds.csv", ROWS, newline=newline, quoting=quoting)
    assert assert_same(path) == [True]
    _, report, _ = by_batches(path)
    assert report.repeats  # rows of one event by the contract's id (the id leaves out the notes and outlet)
    assert {"bad_date", "bad_number", "bad_coordinates", "missing_field", "unmapped_type"} <= set(report.rejected)


def test_upper_case_reordered_header_with_an_index_column(tmp_path: Path) -> None:
    header = ["", *reversed([name.upper() for name in HEADER])]
    body = [[str(number), *reversed(cells)] for number, cells in enumerate(ROWS)]
    assert assert_same(write(tmp_path / "reordered.csv", body, header)) == [True]


def test_de_selected_columns(tmp_path: Path) -> None:
    kept = [index for index, name in enumerate(HEADER) if name not in {"sub_event_type", "timestamp", "notes", "iso"}]
    body = [[cells[index] for index in kept] for cells in ROWS]
    assert assert_same(write(tmp_path / "deselected.csv", body, [HEADER[index] for index in kept])) == [True]


def test_batches_split_anywhere_count_lines_across_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acled_batches, "_BLOCK", 1 << 12)
    monkeypatch.setattr(acled_batches, "_ROWS", 5)
    path = write(tmp_path / "long.csv", ROWS * 4)
    columnar = assert_same(path)
    assert len(columnar) > 5
    assert all(columnar)


def generated(tmp_path: Path, rows: int = 300) -> list[str]:
    return acled_file(rows, tmp_path).read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.mark.parametrize(
    ("what", "change"),
    [
        ("a blank line", lambda line: "\n" + line),
        ("a row of another width", lambda line: "SDN9,2024-06-12,2024\n" + line),
        ("a line of spaces", lambda line: "   \n" + line),
        ("a carriage return outside quotes", lambda line: line.replace(",", ",\r", 1)),
    ],
)
def test_from_what_arrow_reads_otherwise_the_row_reader_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, change: Callable[[str], str]
) -> None:
    monkeypatch.setattr(acled_batches, "_BLOCK", 1 << 12)
    monkeypatch.setattr(acled_batches, "_ROWS", 16)
    lines = generated(tmp_path)
    lines[200] = change(lines[200])
    path = tmp_path / "odd.csv"
    path.write_text("".join(lines), encoding="utf-8")
    columnar = assert_same(path)
    assert columnar[0], what
    assert not columnar[-1], what


def test_bytes_that_are_not_utf8_are_read_as_the_row_reader_replaces_them(tmp_path: Path) -> None:
    lines = generated(tmp_path, 50)
    path = tmp_path / "latin1.csv"
    path.write_bytes("".join(lines[:30]).encode() + "Café".encode("latin-1") + "".join(lines[30:]).encode())
    columnar = assert_same(path)
    assert not all(columnar)


def test_a_zipped_export(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(write(tmp_path / "inner.csv", ROWS), "inner.csv")
    assert assert_same(path) == [True]


def test_a_zipped_export_handed_to_the_row_reader_midway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acled_batches, "_BLOCK", 1 << 12)
    monkeypatch.setattr(acled_batches, "_ROWS", 16)
    lines = generated(tmp_path)
    lines[150] = "\n" + lines[150]
    path = tmp_path / "export.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("inner.csv", "".join(lines))
    columnar = assert_same(path)
    assert columnar[0]
    assert not columnar[-1]


@pytest.mark.parametrize("text", ["", "event_date,event_type\n", "event_date,event_type\r\n\r\n\r\n"])
def test_files_without_rows(tmp_path: Path, text: str) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(text, newline="")
    if not text:
        with pytest.raises(Exception, match="the header lacks"):
            by_batches(path)
        return
    assert_same(path)


def test_a_header_without_the_required_columns_is_no_acled_file(tmp_path: Path) -> None:
    path = write(tmp_path / "other.csv", [["1", "2"]], header=["a", "b"])
    with pytest.raises(Exception, match="the header lacks event_date, event_type"):
        by_batches(path)


def test_pyarrow_is_loaded_by_a_dry_run_only() -> None:
    """The CLI (worker, API, every command) and backtest start without its 85 MiB."""
    loaded = "import sys, conflictwatch.app.cli, conflictwatch.app.backtest; print('pyarrow' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", loaded], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


@pytest.mark.parametrize(
    "rows",
    [
        [
            row(notes=""),
            row(notes="NA", fatalities="x"),
            row(event_type="Strategic developments", sub_event_type="Arrests"),
        ],
        [row(event_type="Strategic developments", sub_event_type="Arrests")],
    ],
    ids=["none written in columns", "all refused"],
)
def test_batches_without_a_row_the_columns_write(tmp_path: Path, rows: list[list[str]]) -> None:
    assert assert_same(write(tmp_path / "few.csv", rows)) == [True]


def test_a_row_in_a_warring_state_is_the_war_only_where_its_actors_name_the_other_side(tmp_path: Path) -> None:
    iran = {"iso": "364", "country": "Iran", "admin1": "Tehran", "location": "Tehran"}
    punjab = {"iso": "586", "country": "Pakistan", "admin1": "Punjab", "location": "Sialkot"}
    kashmir = {"iso": "356", "country": "India", "admin1": "Jammu and Kashmir", "location": "Kupwara"}
    bengal = {"iso": "356", "country": "India", "admin1": "West Bengal", "location": "Murshidabad"}
    bekaa = {"iso": "422", "country": "Lebanon", "admin1": "Bekaa", "location": "Zahle"}
    rows = [
        row(event_id_cnty="IRN1", actor1="Protesters (Iran)", actor2="Police Forces of Iran (1989-)", **iran),
        row(event_id_cnty="IRN2", actor1="Military Forces of Israel (2022-)", actor2="", **iran),
        row(event_id_cnty="IRN3", actor1="MILITARY FORCES OF ISRAEL", actor2="", **iran),
        row(event_id_cnty="PAK1", actor1="Unidentified Armed Group (Pakistan)", actor2="", **punjab),
        row(event_id_cnty="PAK2", actor1="Military Forces of India (2014-)", actor2="", **punjab),
        row(event_id_cnty="PAK3", actor1="Unidentified Armed Group (Pakistan)", actor2="", **punjab),  # cached again
        # a place the theatre lists is its front, whoever the actors are
        row(event_id_cnty="IND1", actor1="Police Forces of India (2014-)", actor2="", **kashmir),
        row(event_id_cnty="IND2", actor1="Police Forces of India (2014-)", actor2="", **bengal),
        # unless the theatres file says it is none (front: false)
        row(event_id_cnty="LBN1", actor1="Rioters (Lebanon)", actor2="", **bekaa),
        row(event_id_cnty="LBN2", actor1="Military Forces of Israel (2022-)", actor2="", **bekaa),
    ]
    path = write(tmp_path / "sided.csv", rows)
    assert_same(path)
    lines, _, _ = by_batches(path)
    assert [json.loads(line)["theatre"] for line in lines.splitlines()] == [
        "iran",
        "israel-iran",
        "israel-iran",
        "afghanistan-pakistan",
        "india-pakistan",
        "afghanistan-pakistan",
        "india-pakistan",
        "india",
        "lebanon",
        "israel-lebanon",
    ]
