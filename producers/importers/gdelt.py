"""GDELT event rows → events: the 2.0 exports (61 columns, every 15 minutes) and
the 1.0 event files (57 columns to March 2013, 58 from April 2013), tab-separated,
no header, plain or zipped as published; each row's layout is told by its
column count (`producers.importers.gdelt_layouts`).

CAMEO codes map by the most specific code that has an entry (EventCode, then
EventBaseCode, then EventRootCode):

| CAMEO | meaning | contract type |
| --- | --- | --- |
| 0871 | declare truce, ceasefire | ceasefire_agreed |
| 046 | engage in negotiation | ceasefire_talks |
| 195, 1951, 1952 | employ aerial weapons | air_strike |
| 196 | violate ceasefire | ceasefire_violation |
| 19 (190, 192, 193, 194) | fight: conventional force, occupy, small arms, artillery | ground_clash |
| 183 | suicide, car or other non-military bombing | ground_clash |
| 201, 203 | mass expulsion, ethnic cleansing | displacement_report |
| 202, 181, 182 (1821–1823) | mass killings; abduct; assault, sexual assault, torture | violence_against_civilians |
| 14 | protest | civil_unrest |
| 13 | threaten | threat_statement |
| 01, 02, 11, 12 | public statement, appeal, disapprove, reject | diplomatic_statement |
| anything else (191 blockade, 180, 184–186 and other 18x, 03–10, 15–17) | | rejected: unmapped_type |

Other columns: SQLDATE → occurred_at (day); DATEADDED → reported_at (1.0 gives
the day, 2.0 the quarter hour); Actor1/Actor2 Name, CountryCode, KnownGroupCode →
actors and sides; ActionGeo_* (full name, FIPS country, lat/long, type 1 country,
2/5 region, 3/4 city) → location; NumSources and NumMentions → confidence = 0.3 +
0.1·min(NumSources, 4) + 0.01·min(NumMentions, 20); SOURCEURL (not in the
57-column backfile) → url and outlet (its host); GLOBALEVENTID → article id.
GDELT codes no counts. The theatre is `--theatre`, else the slug of the action's
country.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TextIO
from urllib.parse import urlsplit

from pydantic import ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import Event, EventType, TimePrecision
from conflictwatch.theatres import Theatres, shipped_theatres
from producers.importers.common import Rejected, RowResult, actor, country_name, iso2_from_fips
from producers.importers.gdelt_layouts import LAYOUTS, V2, Layout, describe_layouts

CAMEO: dict[str, tuple[EventType, str]] = {
    "0871": (EventType.CEASEFIRE_AGREED, "declare truce, ceasefire"),
    "046": (EventType.CEASEFIRE_TALKS, "engage in negotiation"),
    "195": (EventType.AIR_STRIKE, "employ aerial weapons"),
    "1951": (EventType.AIR_STRIKE, "employ precision-guided aerial munitions"),
    "1952": (EventType.AIR_STRIKE, "employ remotely piloted aerial munitions"),
    "196": (EventType.CEASEFIRE_VIOLATION, "violate ceasefire"),
    "19": (EventType.GROUND_CLASH, "fight"),
    "183": (EventType.GROUND_CLASH, "non-military bombing"),
    "201": (EventType.DISPLACEMENT_REPORT, "engage in mass expulsion"),
    "203": (EventType.DISPLACEMENT_REPORT, "engage in ethnic cleansing"),
    "202": (EventType.VIOLENCE_AGAINST_CIVILIANS, "engage in mass killings"),
    "181": (EventType.VIOLENCE_AGAINST_CIVILIANS, "abduct, hijack, take hostage"),
    "182": (EventType.VIOLENCE_AGAINST_CIVILIANS, "physically assault"),
    "14": (EventType.CIVIL_UNREST, "protest"),
    "13": (EventType.THREAT_STATEMENT, "threaten"),
    "01": (EventType.DIPLOMATIC_STATEMENT, "make public statement"),
    "02": (EventType.DIPLOMATIC_STATEMENT, "appeal"),
    "11": (EventType.DIPLOMATIC_STATEMENT, "disapprove"),
    "12": (EventType.DIPLOMATIC_STATEMENT, "reject"),
}
_UNMAPPED = frozenset({"191"})  # a blockade is root 19 but no fight: root 19 must not claim it
_SIDES_BY_CODE = {
    "HMS": "palestinian-armed-groups",
    "HEZ": "hezbollah",
    "ISR": "israel",
    "PSE": "palestinians",
    "UKR": "ukraine",
    "RUS": "russia",
    "LBN": "lebanon",
    "SDN": "sudan",
    "USA": "united-states",
    "EGY": "egypt",
    "QAT": "qatar",
    "IRN": "iran",
    "SYR": "syria",
    "ARM": "armenia",
    "AZE": "azerbaijan",
    "UNO": "un",
}
_GEO_PRECISION = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}


def cameo_type(code: str, base: str, root: str) -> tuple[EventType, str]:
    for key in (code, base, root.zfill(2)):
        if key in _UNMAPPED:
            break
        if key in CAMEO:
            return CAMEO[key]
    raise Rejected("unmapped_type", f"CAMEO {code} (root {root}) has no contract type")


def _int(row: dict[str, str], column: str) -> int:
    raw = row[column].strip() or "0"
    if not raw.lstrip("-").isdigit():
        raise Rejected("bad_number", f"{column} {raw!r} is not a whole number")
    return int(raw)


def _time(raw: str, fmt: str, column: str) -> datetime:
    try:
        return datetime.strptime(raw.strip(), fmt).replace(tzinfo=UTC)
    except ValueError as exc:
        raise Rejected("bad_date", f"{column} {raw!r} does not match {fmt}") from exc


def _location(row: dict[str, str]) -> dict[str, object] | None:
    geo_type = row["ActionGeo_Type"].strip()
    name = row["ActionGeo_FullName"].strip()
    if geo_type in ("", "0") or not name:
        return None
    try:
        lat = float(row["ActionGeo_Lat"]) if row["ActionGeo_Lat"].strip() else None
        lon = float(row["ActionGeo_Long"]) if row["ActionGeo_Long"].strip() else None
    except ValueError as exc:
        raise Rejected(
            "bad_coordinates", f"ActionGeo_Lat/Long {row['ActionGeo_Lat']!r}, {row['ActionGeo_Long']!r}"
        ) from exc
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise Rejected("bad_coordinates", f"ActionGeo_Lat/Long {lat}, {lon} out of range")
    return {
        "name": name[:200],
        "country": iso2_from_fips(row["ActionGeo_CountryCode"]),
        "lat": lat,
        "lon": lon,
        "precision": _GEO_PRECISION.get(geo_type, "city"),
    }


def _actor(row: dict[str, str], n: int) -> object:
    name = row[f"Actor{n}Name"]
    codes = (row[f"Actor{n}KnownGroupCode"], row[f"Actor{n}CountryCode"], row[f"Actor{n}Code"][:3])
    side = next((_SIDES_BY_CODE[c.strip()] for c in codes if c.strip() in _SIDES_BY_CODE), None)
    return actor(name.title() if name.isupper() else name, side)


def row_to_event(row: dict[str, str], theatre: str | None, theatres: Theatres, layout: Layout = V2) -> Event:
    event_type, meaning = cameo_type(
        row["EventCode"].strip(), row["EventBaseCode"].strip(), row["EventRootCode"].strip()
    )
    occurred = _time(row["SQLDATE"], "%Y%m%d", "SQLDATE")
    reported = _time(row["DATEADDED"], layout.date_added, "DATEADDED") if row["DATEADDED"].strip() else occurred
    sources, mentions = _int(row, "NumSources"), _int(row, "NumMentions")
    location = _location(row)
    url = row.get("SOURCEURL", "").strip()
    url = url if url.startswith(("http://", "https://")) and len(url) <= 2000 else ""
    country = iso2_from_fips(row["ActionGeo_CountryCode"])
    where = country_name(country) if country else None
    evidence = (
        f"GDELT event {row['GLOBALEVENTID']}: {row['Actor1Name'] or 'unknown actor'} – CAMEO {row['EventCode']} "
        f"({meaning or 'unspecified'}) – {row['Actor2Name'] or 'no second actor'}"
        f"{' at ' + str(location['name']) if location else ''}; {mentions} mentions in {sources} sources"
    )
    data = {
        "type": event_type,
        "theatre": theatre
        or theatres.for_row(
            country, row["ActionGeo_FullName"].split(","), where, (row["Actor1Name"], row["Actor2Name"])
        ),
        "occurred_at": occurred,
        "time_precision": TimePrecision.DAY,
        "reported_at": max(reported, occurred),
        "location": location,
        "actors": {"actor1": _actor(row, 1), "actor2": _actor(row, 2)},
        "source": {
            "outlet": (urlsplit(url).hostname or "GDELT")[:200] if url else "GDELT",
            "url": url or None,
            "article_id": f"gdelt-{row['GLOBALEVENTID'].strip()}",
            "evidence": evidence[:2000],
            "extractor": f"gdelt/cameo-{row['EventCode'].strip() or 'none'}",
            "confidence": round(min(1.0, 0.3 + 0.1 * min(max(sources, 0), 4) + 0.01 * min(max(mentions, 0), 20)), 3),
        },
    }
    try:
        return Event.model_validate(data)
    except ValidationError as exc:
        raise Rejected("invalid_event", describe_validation_error(exc)) from exc


def read_gdelt(handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None) -> Iterator[RowResult]:
    """Events of a GDELT event file (1.0 or 2.0, each row read by its column count);
    `theatre` files every row there, else each row's theatre comes from the
    theatres file (its place names, then its country)."""
    known = theatres or shipped_theatres()
    for line, fields in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
        if not fields or fields == [""]:
            continue
        layout = LAYOUTS.get(len(fields))
        if layout is None:
            yield RowResult(
                line, reason="wrong_column_count", detail=f"{len(fields)} columns; GDELT has {describe_layouts()}"
            )
            continue
        try:
            row = dict(zip(layout.columns, fields, strict=True))
            yield RowResult(line, event=row_to_event(row, theatre, known, layout))
        except Rejected as rejected:
            yield RowResult(line, reason=rejected.reason, detail=rejected.detail)
