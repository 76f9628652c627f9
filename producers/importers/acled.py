"""ACLED exports (CSV with a header, any release of ACLED's codebook) → events.

The header's variants are in `acled_columns`, the dates' in `acled_dates`, the
event types (current and legacy) and their contract types in `acled_types`.

Other columns: `time_precision` 1 → day, 2 → span of 7 days, 3 → span of 30
days; `timestamp` (upload time) → reported_at, else the day after the event;
`actor1`/`actor2` → actors, their side from the extractor's lexicon or the actor's
name; `location`, `admin1`, the country (`iso` numeric, else `iso3`, else the
`country` name), `latitude`, `longitude`, `geo_precision` (1 → city, 2 and 3 →
region) → location; `fatalities` → counts.killed (0, ACLED's "none or unknown",
gives no figure); `notes` → evidence; `source` → outlet; `event_id_cnty` (else
`data_id`) → article id. The theatre is `--theatre`, else the theatres file's
(its places, then the country's), else the country's slug. Cells written `NA`
(R) or `nan` (pandas) are empty. A row that maps onto nothing valid is rejected
with its line and reason, and its fatalities are counted as lost.

The file is read as a stream, row by row, whatever its size.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from operator import itemgetter
from typing import TextIO

from pydantic import ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import Actors, Counts, Event, Location, TimePrecision
from conflictwatch.theatres import Theatres, shipped_theatres
from producers.importers.acled_columns import READ, Columns
from producers.importers.acled_dates import BadDate, parse_event_date
from producers.importers.acled_types import classify, extractor_name
from producers.importers.common import (
    DatasetError,
    Rejected,
    RowResult,
    actor,
    iso2_from_alpha3,
    iso2_from_name,
    iso2_from_numeric,
)

_SPANS = {"2": timedelta(days=7), "3": timedelta(days=30)}
_PRECISION = {"1": "city", "2": "region", "3": "region"}
_EMPTY = frozenset({"NA", "nan", "NaN", "<NA>"})
# ACLED's country names that geonames spells otherwise
_COUNTRY_NAMES = {
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
    "palestine": "PS",
    "swaziland": "SZ",
    "czech republic": "CZ",
    "cape verde": "CV",
    "netherlands": "NL",
    "macedonia": "MK",
    "east timor": "TL",
    "vatican city": "VA",
    "bonaire, saint eustatius and saba": "BQ",
    "saint-barthelemy": "BL",
    "saint-martin": "MF",
    "virgin islands, u.s.": "VI",
    "federated states of micronesia": "FM",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
}


Row = dict[str, str]  # the cells the importer reads, by name; absent columns and `NA` cells are ""


def _cells(columns: Columns) -> Callable[[list[str]], Row]:
    """What makes a Row of a record, for this header."""
    present = [name for name in READ if columns.at(name) is not None]
    absent = {name: "" for name in READ if columns.at(name) is None}
    indexes = [columns.index[name] for name in present]
    pick = itemgetter(*indexes) if len(indexes) > 1 else (lambda cells: (cells[indexes[0]],))

    def row(cells: list[str]) -> Row:
        values = dict(zip(present, map(str.strip, pick(cells)), strict=True))
        if not _EMPTY.isdisjoint(values.values()):
            values.update([(name, "") for name, value in values.items() if value in _EMPTY])
        values.update(absent)
        return values

    return row


def _whole(raw: str, column: str) -> int:
    """A whole number as ACLED writes it, or as pandas does after a gap in the column (`3.0`)."""
    text = raw[:-2] if raw.endswith(".0") else raw
    if not text.isdigit():
        raise Rejected("bad_number", f"{column} {raw!r} is not a whole number")
    return int(text)


def _country(row: Row) -> str | None:
    iso = row["iso"]
    if iso:
        return iso2_from_numeric(iso[:-2] if iso.endswith(".0") else iso)
    if row["iso3"]:
        return iso2_from_alpha3(row["iso3"])
    name = row["country"]
    return _COUNTRY_NAMES.get(name.casefold()) or iso2_from_name(name) if name else None


def _location(row: Row, country: str | None) -> Location:
    try:
        lat = float(row["latitude"]) if row["latitude"] else None
        lon = float(row["longitude"]) if row["longitude"] else None
    except ValueError as exc:
        raise Rejected("bad_coordinates", f"latitude/longitude {row['latitude']!r}, {row['longitude']!r}") from exc
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise Rejected("bad_coordinates", f"latitude/longitude {lat}, {lon} out of range")
    precision = row["geo_precision"]
    return Location.model_validate(
        {
            "name": row["location"][:200],
            "admin1": row["admin1"][:200] or None,
            "country": country,
            "lat": lat,
            "lon": lon,
            "precision": _PRECISION.get(precision[:-2] if precision.endswith(".0") else precision, "city"),
        }
    )


def _reported(row: Row, occurred: datetime) -> datetime:
    stamp = row["timestamp"]
    stamp = stamp[:-2] if stamp.endswith(".0") else stamp
    reported = datetime.fromtimestamp(int(stamp), UTC) if stamp.isdigit() else occurred + timedelta(days=1)
    return max(reported, occurred)


def fatalities_of(row: Row) -> int | None:
    """The row's `fatalities`; None when it gives none, Rejected when it is no whole number."""
    return _whole(row["fatalities"], "fatalities") if row["fatalities"] else None


class _Cache(dict[tuple[str | None, ...], object]):
    """What rows repeat (places, sides, figures), kept while under `size` entries: a
    file of any length stays within it."""

    def __init__(self, size: int = 1 << 16) -> None:
        super().__init__()
        self.size = size

    def keep(self, key: tuple[str | None, ...], value: object) -> None:
        if len(self) >= self.size:
            self.clear()
        self[key] = value


class RowMapper:
    """Rows of one file → events. The parts rows share — the theatre of a place,
    the location, the actors, the counts — are validated once and reused (the
    contract's models are immutable); the event itself is validated for every row."""

    def __init__(self, theatre: str | None, theatres: Theatres) -> None:
        self.theatre = theatre
        self.theatres = theatres
        self.places = _Cache()
        self.sides = _Cache()
        self.counts: dict[int, Counts] = {}

    def event(self, row: Row, fatalities: int | None) -> Event:
        if not row["event_date"] or not row["event_type"]:
            missing = [name for name in ("event_date", "event_type") if not row[name]]
            raise Rejected("missing_field", f"no value for {', '.join(missing)}")
        notes = row["notes"]
        event_type, decided_by = classify(row["event_type"], row["sub_event_type"], notes, row["actor1"])
        try:
            day = parse_event_date(row["event_date"])
        except BadDate as exc:
            raise Rejected("bad_date", f"event_date {exc}") from exc
        occurred = datetime.combine(day, time(0), UTC)
        precision = row["time_precision"]
        span = _SPANS.get(precision[:-2] if precision.endswith(".0") else precision)
        theatre, location = self._place(row)
        place = row["location"] or row["country"]
        what = f"{row['event_type']}: {row['sub_event_type'] or decided_by}"
        evidence = notes or (f"{what} in {place}" if place else what)
        data = {
            "type": event_type,
            "theatre": theatre,
            "occurred_at": occurred,
            "time_precision": TimePrecision.SPAN if span else TimePrecision.DAY,
            "duration": span,
            "reported_at": _reported(row, occurred),
            "location": location,
            "actors": self._actors(row["actor1"], row["actor2"]),
            "counts": self._counts(fatalities or 0),
            "source": {
                "outlet": (row["source"] or "ACLED")[:200],
                "article_id": (row["event_id_cnty"] or row["data_id"])[:200] or None,
                "evidence": evidence[:2000],
                "extractor": extractor_name(decided_by),
                "confidence": 1.0,
            },
        }
        try:
            return Event.model_validate(data)
        except ValidationError as exc:
            raise Rejected("invalid_event", describe_validation_error(exc)) from exc

    def _place(self, row: Row) -> tuple[str, Location | None]:
        key: tuple[str, ...] = (row["iso"], row["iso3"], row["country"], row["admin1"], row["admin2"], row["admin3"])
        key += (row["location"], row["latitude"], row["longitude"], row["geo_precision"])
        found = self.places.get(key)
        if found is None:
            country = _country(row)
            names = [row["admin1"], row["admin2"], row["admin3"], row["location"]]
            theatre = self.theatre or self.theatres.for_row(country, names, row["country"])
            found = (theatre, _location(row, country) if row["location"] else None)
            self.places.keep(key, found)
        return found  # type: ignore[return-value]

    def _actors(self, first: str, second: str) -> Actors:
        found = self.sides.get((first, second))
        if found is None:
            found = Actors(actor1=actor(first), actor2=actor(second))
            self.sides.keep((first, second), found)
        return found  # type: ignore[return-value]

    def _counts(self, fatalities: int) -> Counts:
        found = self.counts.get(fatalities)
        if found is None:
            found = self.counts[fatalities] = Counts(killed=fatalities) if fatalities else Counts()
            if len(self.counts) > 4096:
                self.counts.clear()
        return found


def row_to_event(row: Row, theatre: str | None, theatres: Theatres) -> Event:
    """One row's event (Rejected with the reason when there is none)."""
    return RowMapper(theatre, theatres).event(row, fatalities_of(row))


def read_acled(handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None) -> Iterator[RowResult]:
    """Events of an ACLED export, one result per row (its first line, an event or a
    reason); `theatre` files every row there, else each row's theatre comes from
    the theatres file (its places, then its country)."""
    known = theatres or shipped_theatres()
    reader = csv.reader(handle)
    header = next(reader, None)
    columns = Columns.of(header or [])
    missing = columns.missing()
    if missing:
        raise DatasetError("acled", f"the header lacks {', '.join(missing)}: is this an ACLED export?")
    make_row = _cells(columns)
    mapper = RowMapper(theatre, known)
    ended = reader.line_num
    for cells in reader:
        line, ended = ended + 1, reader.line_num
        if not cells:
            continue  # a blank line
        if len(cells) != columns.width:
            detail = f"{len(cells)} fields where the header has {columns.width}"
            yield RowResult(line, reason="wrong_column_count", detail=detail)
            continue
        row = make_row(cells)
        fatalities = None
        try:
            fatalities = fatalities_of(row)
            yield RowResult(line, event=mapper.event(row, fatalities), fatalities=fatalities)
        except Rejected as rejected:
            yield RowResult(line, reason=rejected.reason, detail=rejected.detail, fatalities=fatalities)
