"""GDELT's event files as published: the 1.0 layouts (57 and 58 columns) and the
2.0 export (61). Every row here is made up (tests/gdelt_files.py)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from conflictwatch.models import EventType
from producers.importers.gdelt import read_gdelt
from producers.importers.gdelt_layouts import DAILY, HISTORICAL, LAYOUTS, V2
from tests.gdelt_files import gdelt_row, tsv

# The column lists as GDELT publishes them (CSV.header.dailyupdates.txt; the
# historical header is the same without SOURCEURL; the 2.0 event codebook).
_DAILY_HEADER = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode
QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type
Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long
ActionGeo_FeatureID DATEADDED SOURCEURL"""
_V2_HEADER = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode
QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code
ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"""
PUBLISHED_DAILY = _DAILY_HEADER.split()
PUBLISHED_V2 = _V2_HEADER.split()


def test_the_layouts_are_the_published_column_lists() -> None:
    assert list(DAILY.columns) == PUBLISHED_DAILY
    assert list(HISTORICAL.columns) == PUBLISHED_DAILY[:-1]
    assert list(V2.columns) == PUBLISHED_V2
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
