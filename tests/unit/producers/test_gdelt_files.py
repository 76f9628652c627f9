"""GDELT's event files as published: the 1.0 layouts (57 and 58 columns), the 2.0
export (61), plain or zipped, read through the importer registry, so `import`
and `backtest` take them. Every row here is made up (tests/gdelt_files.py)."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictwatch.app.backtest import read_inputs
from conflictwatch.app.cli import main
from conflictwatch.models import EventType
from producers.importers.archive import open_text
from producers.importers.common import DatasetError
from producers.importers.gdelt import read_gdelt
from producers.importers.gdelt_layouts import DAILY, HISTORICAL, LAYOUTS, V2, Layout
from producers.importers.registry import importer_for
from tests.gdelt_files import gdelt_row, tsv, zipped

# The 1.0 daily column list as GDELT publishes it (CSV.header.dailyupdates.txt).
_DAILY_HEADER = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode
QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type
Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long
ActionGeo_FeatureID DATEADDED SOURCEURL"""
PUBLISHED_DAILY = _DAILY_HEADER.split()


def test_the_layouts_are_the_published_column_lists() -> None:
    assert list(DAILY.columns) == PUBLISHED_DAILY
    assert list(HISTORICAL.columns) == PUBLISHED_DAILY[:-1]  # the backfile: no SOURCEURL
    # 2.0 (its event codebook): the same columns with an ADM2Code after each geography's ADM1Code
    with_adm2: list[str] = []
    for column in PUBLISHED_DAILY:
        with_adm2 += [column, column.replace("ADM1", "ADM2")] if column.endswith("_ADM1Code") else [column]
    assert list(V2.columns) == with_adm2
    assert sorted(LAYOUTS) == [57, 58, 61]


def test_a_1_0_backfile_row_has_no_url_and_was_added_on_a_day() -> None:
    [result] = read_gdelt(io.StringIO(tsv([gdelt_row(HISTORICAL, 7, "193", day="19990312", added="20130203")])))
    event = result.event
    assert event is not None, result.detail
    assert (event.type, event.occurred_at) == (EventType.GROUND_CLASH, datetime(1999, 3, 12, tzinfo=UTC))
    assert event.reported_at == datetime(2013, 2, 3, tzinfo=UTC)
    assert (event.source.url, event.source.outlet, event.source.article_id) == (None, "GDELT", "gdelt-7")
    assert event.location is not None
    assert (event.location.country, event.location.lat) == ("PS", 31.5)


def test_a_1_0_daily_row_carries_its_source_url() -> None:
    row = gdelt_row(DAILY, 8, "1952", day="20140710", added="20140711", url="https://wire.example.org/gaza")
    [result] = read_gdelt(io.StringIO(tsv([row])), "israel-gaza")
    event = result.event
    assert event is not None, result.detail
    assert (event.type, event.source.url, event.source.outlet) == (
        EventType.AIR_STRIKE,
        "https://wire.example.org/gaza",
        "wire.example.org",
    )
    assert event.reported_at == datetime(2014, 7, 11, tzinfo=UTC)


def test_a_2_0_row_is_reported_at_its_quarter_hour() -> None:
    [result] = read_gdelt(io.StringIO(tsv([gdelt_row(V2, 9, "202", added="20240105154500")])), "israel-gaza")
    assert result.event is not None, result.detail
    assert result.event.type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert result.event.reported_at == datetime(2024, 1, 5, 15, 45, tzinfo=UTC)


def test_each_row_is_read_by_its_own_column_count_and_others_are_rejected_naming_the_layouts() -> None:
    text = tsv(
        [
            gdelt_row(HISTORICAL, 1, day="20120101"),
            gdelt_row(DAILY, 2, day="20130402"),
            gdelt_row(V2, 3),
            gdelt_row(V2, 4)[:59],
            gdelt_row(DAILY, 5, added="2013-04-02"),  # a 2.0-style or any other DATEADDED is not a 1.0 day
        ]
    )
    results = list(read_gdelt(io.StringIO(text), "israel-gaza"))
    assert [r.event is not None for r in results] == [True, True, True, False, False]
    assert (results[3].line, results[3].reason) == (4, "wrong_column_count")
    assert results[3].detail == (
        "59 columns; GDELT has 57 (GDELT 1.0 historical backfile), 58 (GDELT 1.0 daily update), 61 (GDELT 2.0 export)"
    )
    assert (results[4].reason, results[4].detail) == ("bad_date", "DATEADDED '2013-04-02' does not match %Y%m%d")


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("20240105154500.export.CSV.zip", V2),
        ("20130401.export.CSV.zip", DAILY),
        ("20130401.export.CSV", DAILY),
        ("201303.zip", HISTORICAL),
        ("1979.zip", HISTORICAL),
    ],
)
def test_the_registry_reads_each_published_file_name_plain_or_zipped(name: str, layout: Layout, tmp_path: Path) -> None:
    text = tsv([gdelt_row(layout, n, day="20120505") for n in range(1, 4)])
    path = tmp_path / name
    inner = name.removesuffix(".zip") if name.endswith(".export.CSV.zip") else name.replace(".zip", ".csv")
    path.write_bytes(zipped(inner, text) if name.endswith(".zip") else text.encode())
    importer = importer_for(path)
    assert importer is not None
    assert importer.name == "gdelt"
    results = list(importer.rows(path, "israel-gaza", None))
    assert [r.event.source.article_id for r in results if r.event] == ["gdelt-1", "gdelt-2", "gdelt-3"]


def test_names_of_no_gdelt_file_are_left_to_others() -> None:
    assert importer_for(Path("2021-05-01-Palestine.csv")).name == "acled"  # type: ignore[union-attr]
    assert importer_for(Path("20211.zip")) is None
    assert importer_for(Path("notes.zip")) is None


def test_a_zip_is_read_as_it_streams_in_constant_memory(tmp_path: Path) -> None:
    row = "\t".join(gdelt_row(V2, 1)) + "\n"
    path = tmp_path / "20240105154500.export.CSV.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("x.export.CSV", "w") as member:
        for _ in range(100_000):
            member.write(row.encode())
    unzipped = 100_000 * len(row)
    assert unzipped > 20_000_000
    tracemalloc.start()
    try:
        with open_text(path, "gdelt") as handle:
            lines = sum(1 for _ in handle)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert lines == 100_000
    assert peak < 1_000_000  # under 5 % of the file: a buffer, never the file


def test_a_corrupt_zip_or_one_of_several_files_is_refused_naming_the_path(tmp_path: Path) -> None:
    good = zipped("a.export.CSV", tsv([gdelt_row(V2, n) for n in range(1, 200)]))
    corrupt = tmp_path / "20240105154500.export.CSV.zip"
    middle = len(good) // 2
    corrupt.write_bytes(good[:middle] + bytes(b ^ 0xFF for b in good[middle : middle + 64]) + good[middle + 64 :])
    importer = importer_for(corrupt)
    assert importer is not None
    with pytest.raises(DatasetError, match=rf"^{corrupt}: gdelt: not a readable zip"):
        list(importer.rows(corrupt, None, None))
    truncated = tmp_path / "20240105150000.export.CSV.zip"
    truncated.write_bytes(good[:middle])
    with pytest.raises(DatasetError, match="not a readable zip"):
        list(importer.rows(truncated, None, None))
    several = tmp_path / "201303.zip"
    with zipfile.ZipFile(several, "w") as archive:
        archive.writestr("201303.csv", "")
        archive.writestr("README.txt", "")
    with pytest.raises(DatasetError, match=r"a zip of 2 files \(201303.csv, README.txt\)"):
        list(importer.rows(several, None, None))


def test_import_and_backtest_take_a_zipped_export(tmp_path: Path) -> None:
    path = tmp_path / "20240105154500.export.CSV.zip"
    rows = [gdelt_row(V2, 1, "195"), gdelt_row(V2, 2, "0871"), gdelt_row(V2, 3, "191")]
    path.write_bytes(zipped("20240105154500.export.CSV", tsv(rows)))
    result = CliRunner().invoke(main, ["import", "gdelt", "--dry-run", "--theatre", "israel-gaza", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 rows: 2 events sent to stdout, 1 rows rejected" in result.output
    events, problems, _ = read_inputs([path])
    assert sorted(e.type.value for e in events) == ["air_strike", "ceasefire_agreed"]
    assert problems == [f"{path}:3: unmapped_type: CAMEO 191 (root 19) has no contract type"]


def test_a_row_in_a_warring_state_is_the_war_only_where_its_actors_name_the_other_side() -> None:
    tehran = ("Tehran, Tehran, Iran", "IR", "35.7", "51.42")
    struck = gdelt_row(V2, 11, "195", place=tehran)  # Israel's military against Hamas, as written: Israel named
    protest = gdelt_row(V2, 12, "145", place=tehran)
    protest[V2.columns.index("Actor1Name")], protest[V2.columns.index("Actor2Name")] = "PROTESTER", "POLICE"
    results = read_gdelt(io.StringIO(tsv([struck, protest])))
    assert [r.event.theatre if r.event else r.detail for r in results] == ["israel-iran", "iran"]
