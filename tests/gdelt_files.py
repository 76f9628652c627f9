"""GDELT files made up for the tests: rows of our own in each published layout,
plain or zipped, and the 2.0 update list that names an export. No real GDELT row
is used anywhere in the tests."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import datetime
from pathlib import Path

from producers.importers.gdelt_layouts import V2, Layout

GAZA = ("Gaza, Gaza Strip (general), Gaza Strip", "GZ", "31.5", "34.45")


def gdelt_row(
    layout: Layout,
    event_id: int,
    cameo: str = "190",
    day: str = "20240105",
    added: str | None = None,
    place: tuple[str, str, str, str] = GAZA,
    url: str = "https://news.example.org/a/1",
    sources: int = 2,
    mentions: int = 6,
) -> list[str]:
    """One row of `layout`'s columns: an Israeli military action against Hamas at `place`."""
    name, country, lat, lon = place
    values = dict.fromkeys(layout.columns, "")
    values.update(
        GLOBALEVENTID=str(event_id),
        SQLDATE=day,
        MonthYear=day[:6],
        Year=day[:4],
        FractionDate=f"{day[:4]}.0100",
        Actor1Code="ISRMIL",
        Actor1Name="ISRAEL",
        Actor1CountryCode="ISR",
        Actor1Type1Code="MIL",
        Actor2Code="PSEREB",
        Actor2Name="HAMAS",
        Actor2CountryCode="PSE",
        Actor2KnownGroupCode="HMS",
        Actor2Type1Code="REB",
        IsRootEvent="1",
        EventCode=cameo,
        EventBaseCode=cameo[:3],
        EventRootCode=cameo[:2],
        QuadClass="4",
        GoldsteinScale="-10.0",
        NumMentions=str(mentions),
        NumSources=str(sources),
        NumArticles=str(mentions),
        AvgTone="-6.5",
        ActionGeo_Type="4",
        ActionGeo_FullName=name,
        ActionGeo_CountryCode=country,
        ActionGeo_ADM1Code=country,
        ActionGeo_Lat=lat,
        ActionGeo_Long=lon,
        DATEADDED=added or (day + "120000" if layout is V2 else day),
    )
    if "SOURCEURL" in values:
        values["SOURCEURL"] = url
    return [values[column] for column in layout.columns]


def tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def zipped(member: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text)
    return buffer.getvalue()


def stamp(at: datetime) -> str:
    return at.strftime("%Y%m%d%H%M%S")


def export_rows(at: datetime, first_id: int, count: int = 3) -> list[list[str]]:
    """`count` rows of a 2.0 export published at `at`, ids from `first_id`, each a
    distinct event (its own day), mapped onto ground_clash."""
    return [
        gdelt_row(V2, first_id + n, day=f"2023{(n % 12) + 1:02d}{(first_id % 28) + 1:02d}", added=stamp(at))
        for n in range(count)
    ]


def write_export(directory: Path, at: datetime, rows: list[list[str]]) -> tuple[int, str]:
    """The export as GDELT publishes it (`<stamp>.export.CSV.zip`); its size and md5."""
    data = zipped(f"{stamp(at)}.export.CSV", tsv(rows))
    (directory / f"{stamp(at)}.export.CSV.zip").write_bytes(data)
    return len(data), hashlib.md5(data).hexdigest()


def update_list(base_url: str, at: datetime, size: int, md5: str) -> str:
    """`lastupdate.txt` naming the export at `at` (and, as GDELT's does, its mentions and GKG files)."""
    name = stamp(at)
    return (
        f"{size} {md5} {base_url}{name}.export.CSV.zip\n"
        f"1234 {'0' * 32} {base_url}{name}.mentions.CSV.zip\n"
        f"5678 {'f' * 32} {base_url}{name}.gkg.csv.zip\n"
    )
