"""ACLED export rows (CSV with a header, the columns of ACLED's codebook) → events.

| ACLED event_type / sub_event_type | contract type |
| --- | --- |
| Battles / Armed clash, Government regains territory, Non-state actor overtakes … | ground_clash |
| Explosions/Remote violence / Air/drone strike | air_strike |
| Explosions/Remote violence / Shelling/artillery/missile attack | rocket_fire if notes say rocket, else ground_clash |
| Explosions/Remote violence / Remote explosive/landmine/IED, Grenade, Suicide bomb | ground_clash |
| Violence against civilians / any | violence_against_civilians |
| Protests / any; Riots / any | civil_unrest |
| Strategic developments / Agreement | ceasefire_agreed if notes say ceasefire/truce, else diplomatic_statement |
| Strategic developments / Looting/property destruction | infrastructure_damage |
| anything else (Arrests, Headquarters or base established, Disrupted weapons use, Other, …) | rejected: unmapped_type |

Other columns: `event_date` (YYYY-MM-DD or "20 May 2021") → occurred_at, with
`time_precision` 1 → day, 2 → span of 7 days, 3 → span of 30 days; `timestamp`
(upload time) → reported_at; `actor1`/`actor2` → actors, their side from the
extractor's lexicon or the actor's name; `location`, `admin1`, `iso` (numeric),
`latitude`, `longitude`, `geo_precision` (1 → city, 2 and 3 → region) →
location; `fatalities` → counts.killed; `notes` → evidence; `source` → outlet;
`event_id_cnty` → article id. The theatre is `--theatre`, else the country's slug.
A row that maps onto nothing valid is rejected with its line and reason.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TextIO

from pydantic import ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import Event, EventType, TimePrecision
from conflictwatch.theatres import Theatres, shipped_theatres, slugify
from producers.importers.common import DatasetError, Rejected, RowResult, actor, iso2_from_numeric

REQUIRED = ("event_date", "event_type", "sub_event_type", "country")
_BY_SUB_EVENT = {
    "armed clash": EventType.GROUND_CLASH,
    "government regains territory": EventType.GROUND_CLASH,
    "non-state actor overtakes territory": EventType.GROUND_CLASH,
    "air/drone strike": EventType.AIR_STRIKE,
    "remote explosive/landmine/ied": EventType.GROUND_CLASH,
    "grenade": EventType.GROUND_CLASH,
    "suicide bomb": EventType.GROUND_CLASH,
    "looting/property destruction": EventType.INFRASTRUCTURE_DAMAGE,
}
_UNREST = frozenset({"protests", "riots"})
_ROCKETS = re.compile(r"\brockets?\b", re.IGNORECASE)
_CEASEFIRE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.IGNORECASE)
_SPANS = {"2": timedelta(days=7), "3": timedelta(days=30)}
_PRECISION = {"1": "city", "2": "region", "3": "region"}


def event_type_of(row: dict[str, str]) -> EventType:
    main = row["event_type"].strip().lower()
    sub = row["sub_event_type"].strip().lower()
    notes = row.get("notes") or ""
    if main in _UNREST:
        return EventType.CIVIL_UNREST
    if sub == "shelling/artillery/missile attack":
        return EventType.ROCKET_FIRE if _ROCKETS.search(notes) else EventType.GROUND_CLASH
    if sub == "agreement":
        return EventType.CEASEFIRE_AGREED if _CEASEFIRE.search(notes) else EventType.DIPLOMATIC_STATEMENT
    if main == "violence against civilians":
        return EventType.VIOLENCE_AGAINST_CIVILIANS
    if sub in _BY_SUB_EVENT:
        return _BY_SUB_EVENT[sub]
    raise Rejected("unmapped_type", f"{row['event_type']} / {row['sub_event_type']} has no contract type")


def _fatalities(row: dict[str, str]) -> int:
    raw = (row.get("fatalities") or "0").strip() or "0"
    if not raw.isdigit():
        raise Rejected("bad_number", f"fatalities {raw!r} is not a whole number")
    return int(raw)


def _date(raw: str) -> date:
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y"):
        try:
            return datetime.strptime(raw.strip(), fmt).date()
        except ValueError:
            continue
    raise Rejected("bad_date", f"event_date {raw!r} is not YYYY-MM-DD or '20 May 2021'")


def _location(row: dict[str, str]) -> dict[str, object] | None:
    name = (row.get("location") or "").strip()
    if not name:
        return None
    try:
        lat = float(row["latitude"]) if row.get("latitude") else None
        lon = float(row["longitude"]) if row.get("longitude") else None
    except ValueError as exc:
        raise Rejected(
            "bad_coordinates", f"latitude/longitude {row.get('latitude')!r}, {row.get('longitude')!r}"
        ) from exc
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise Rejected("bad_coordinates", f"latitude/longitude {lat}, {lon} out of range")
    return {
        "name": name[:200],
        "admin1": (row.get("admin1") or "").strip()[:200] or None,
        "country": iso2_from_numeric(row.get("iso") or ""),
        "lat": lat,
        "lon": lon,
        "precision": _PRECISION.get((row.get("geo_precision") or "").strip(), "city"),
    }


def row_to_event(row: dict[str, str], theatre: str | None, theatres: Theatres) -> Event:
    missing = [c for c in REQUIRED if not (row.get(c) or "").strip()]
    if missing:
        raise Rejected("missing_field", f"no value for {', '.join(missing)}")
    event_type = event_type_of(row)
    day = _date(row["event_date"])
    occurred = datetime.combine(day, time(0), UTC)
    stamp = (row.get("timestamp") or "").strip()
    reported = datetime.fromtimestamp(int(stamp), UTC) if stamp.isdigit() else occurred + timedelta(days=1)
    span = _SPANS.get((row.get("time_precision") or "1").strip())
    fatalities = _fatalities(row)
    location = _location(row)
    notes = (row.get("notes") or "").strip()
    evidence = notes or f"{row['event_type']}: {row['sub_event_type']} in {row.get('location') or row['country']}"
    data = {
        "type": event_type,
        "theatre": theatre or theatres.for_row(iso2_from_numeric(row.get("iso") or ""), _names(row), row["country"]),
        "occurred_at": occurred,
        "time_precision": TimePrecision.SPAN if span else TimePrecision.DAY,
        "duration": span,
        "reported_at": max(reported, occurred),
        "location": location,
        "actors": {"actor1": actor(row.get("actor1") or ""), "actor2": actor(row.get("actor2") or "")},
        "counts": {"killed": fatalities} if fatalities else {},
        "source": {
            "outlet": ((row.get("source") or "").strip() or "ACLED")[:200],
            "article_id": (row.get("event_id_cnty") or "").strip()[:200] or None,
            "evidence": evidence[:2000],
            "extractor": f"acled/{slugify(row['sub_event_type'])}",
            "confidence": 1.0,
        },
    }
    try:
        return Event.model_validate(data)
    except ValidationError as exc:
        raise Rejected("invalid_event", describe_validation_error(exc)) from exc


def _names(row: dict[str, str]) -> list[str]:
    return [row.get(column) or "" for column in ("admin1", "admin2", "admin3", "location")]


def read_acled(handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None) -> Iterator[RowResult]:
    """Events of an ACLED export; `theatre` files every row there, else each row's
    theatre comes from the theatres file (its places, then its country)."""
    known = theatres or shipped_theatres()
    reader = csv.DictReader(handle)
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise DatasetError("acled", f"the header lacks {', '.join(missing)}: is this an ACLED export?")
    for row in reader:
        line = reader.line_num
        try:
            yield RowResult(line, event=row_to_event(row, theatre, known))
        except Rejected as rejected:
            yield RowResult(line, reason=rejected.reason, detail=rejected.detail)
