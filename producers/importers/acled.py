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

The file is read as a stream, row by row, whatever its size, in bounded caches:
what rows repeat (places, sides, figures, dates, types) is mapped once from the
cells as written, and each event is assembled without validating it again
(`RowMapper` gives the reason each rule of the contract holds). A dry run to
JSON lines reads the file in columns instead (`acled_batches`), through the same
`RowMapper`, to the same bytes.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from operator import itemgetter
from typing import TextIO, TypeVar

from pydantic import TypeAdapter, ValidationError

from conflictwatch.errors import describe_validation_error
from conflictwatch.models import (
    EARLIEST_EVENT_TIME,
    SCHEMA_VERSION,
    Actors,
    Counts,
    Event,
    EventType,
    Location,
    ShortText,
    Slug,
    Source,
    TimePrecision,
    assembled,
    counts_key,
    duration_key,
    event_id_of,
    location_key,
    sides_key,
    time_key,
)
from conflictwatch.theatres import Theatres, shipped_theatres
from producers.importers.acled_columns import Columns
from producers.importers.acled_dates import BadDate, parse_event_date
from producers.importers.acled_types import by_types_alone, classify, extractor_name
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
_DAY = timedelta(days=1)
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


# The cells a row is read as, in this order (an absent column reads as ""): a place's
# columns together, so that the raw cells of its place are one slice, the key of its cache.
_ORDER = (
    *("event_date", "event_type", "sub_event_type", "event_id_cnty", "data_id", "time_precision"),
    *("actor1", "actor2", "source", "notes", "fatalities", "timestamp"),
    *("iso", "iso3", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision"),
)
_PLACE = slice(_ORDER.index("iso"), len(_ORDER))
CELLS, PLACE_CELLS = _ORDER, _ORDER[_PLACE]  # for the columnar reader (acled_batches)
_FATALITIES, _TIMESTAMP = _ORDER.index("fatalities"), _ORDER.index("timestamp")
Row = tuple[str, ...]  # a record's cells in _ORDER, as written (unstripped)
_CachedSides = tuple[Actors, str]
_CachedFigures = tuple[Counts, str]
_CachedTime = tuple[datetime, str, str]  # midnight UTC, the id's time key at day and at span precision
_CachedPrecision = tuple[timedelta | None, TimePrecision, str]  # the span, the precision, the id's duration_key
Kind = tuple[str, str, EventType, str, str]  # event_type, sub_event_type, contract type, decided by, extractor
_theatre_slug: TypeAdapter[str] = TypeAdapter(Slug)
_short_text: TypeAdapter[str] = TypeAdapter(ShortText)


def clean(cell: str) -> str:
    value = cell.strip()
    return "" if value in _EMPTY else value


def _whole(raw: str, column: str) -> int:
    """A whole number as ACLED writes it, or as pandas does after a gap in the column (`3.0`)."""
    text = raw[:-2] if raw.endswith(".0") else raw
    if not text.isdecimal():
        raise Rejected("bad_number", f"{column} {raw!r} is not a whole number")
    return int(text)


def _country(iso: str, iso3: str, name: str) -> str | None:
    if iso:
        return iso2_from_numeric(iso[:-2] if iso.endswith(".0") else iso)
    if iso3:
        return iso2_from_alpha3(iso3)
    return _COUNTRY_NAMES.get(name.casefold()) or iso2_from_name(name) if name else None


def _location(name: str, admin1: str, country: str | None, latitude: str, longitude: str, precision: str) -> Location:
    try:
        lat = float(latitude) if latitude else None
        lon = float(longitude) if longitude else None
    except ValueError as exc:
        raise Rejected("bad_coordinates", f"latitude/longitude {latitude!r}, {longitude!r}") from exc
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise Rejected("bad_coordinates", f"latitude/longitude {lat}, {lon} out of range")
    return Location.model_validate(
        {
            "name": name[:200],
            "admin1": admin1[:200] or None,
            "country": country,
            "lat": lat,
            "lon": lon,
            "precision": _PRECISION.get(precision[:-2] if precision.endswith(".0") else precision, "city"),
        }
    )


def _reported(raw: str, occurred: datetime) -> datetime:
    stamp = raw.strip().removesuffix(".0")
    try:
        reported = datetime.fromtimestamp(int(stamp), UTC) if stamp.isdecimal() else occurred + _DAY
    except (OverflowError, OSError, ValueError):  # beyond the platform's datetimes
        reported = occurred + _DAY
    return max(reported, occurred)


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Cache(dict[K, V]):
    """What rows repeat (places, sides, figures, dates, …) as `make` maps it, made
    the first time a key is looked up (a key already here costs a dict's lookup and
    nothing more), kept while under `size` entries: a file of any length stays
    within it. What `make` refuses (Rejected) is not kept."""

    def __init__(self, make: Callable[[K], V], size: int = 1 << 16) -> None:
        super().__init__()
        self.make = make
        self.size = size

    def __missing__(self, key: K) -> V:
        value = self.make(key)
        self.keep(key, value)
        return value

    def keep(self, key: K, value: V) -> None:
        if len(self) >= self.size:
            self.clear()
        self[key] = value


@dataclass(frozen=True)
class _Place:
    theatre: str
    location: Location | None
    key: str  # the event id's location_key
    name: str  # for an evidence made up when the notes are empty: the location, else the country
    sided: bool = False  # its theatre depends on the row's actors too (`Theatres.for_row`)


class RowMapper:
    """Rows of one file → events.

    What rows repeat is mapped once and kept, from the cells as written: a place (its
    theatre, validated as a Slug, and its Location, validated), the sides (Actors,
    validated), the figures (Counts, validated), the outlet (validated as ShortText),
    the date, the time precision, the types where the notes do not decide them.
    Each row's own values are built so that the contract's rules hold by
    construction, and the Source and Event are `assembled` of them without
    validating again:
    - type, time_precision, schema_version: the contract's enums and constant;
    - occurred_at: midnight UTC of a day checked not before 1900; reported_at: UTC and
      never before occurred_at (so never more than a year before it); duration: 7 or
      30 days;
    - event_id: `event_id_of` the same parts `compute_event_id` takes;
    - article_id: the stripped cell cut to 200 characters and stripped again
      (ShortText; Python's strip removes every character pydantic's does); evidence:
      the notes, else a description that is never empty, cut to 2,000; extractor:
      `acled/` and a slug of at most 63 characters; confidence 1.
    The tests re-validate every event of every variant's fixture and compare."""

    def __init__(self, theatre: str | None, theatres: Theatres) -> None:
        self.theatre = theatre
        self.theatres = theatres
        self.places = _Cache(self._place)
        self.sided_places: _Cache[tuple[Row, str, str], _Place] = _Cache(lambda key: self._place(key[0], key[1:]))
        self.sides = _Cache(_sides)
        self.figures = _Cache(_figures, 1 << 12)
        self.days = _Cache(_day)
        self.numbers = _Cache(_fatalities, 1 << 12)
        self.outlets = _Cache(_outlet, 1 << 12)
        self.precisions = _Cache(_precision, 1 << 8)
        self.kinds = _Cache(_kind, 1 << 12)

    def result(self, line: int, row: Row) -> RowResult:
        """The row's event, else the reason it has none."""
        fatalities = None
        try:
            fatalities = self.fatalities(row[_FATALITIES])
            return RowResult(line, event=self.event(row, fatalities), fatalities=fatalities)
        except Rejected as rejected:
            return RowResult(line, reason=rejected.reason, detail=rejected.detail, fatalities=fatalities)

    def fatalities(self, raw: str) -> int | None:
        """The row's `fatalities`; None when it gives none, Rejected when it is no whole number."""
        found = self.numbers[raw]
        return found if found >= 0 else None

    def event(self, row: Row, fatalities: int | None) -> Event:
        (raw_date, raw_type, raw_sub, event_id_cnty, data_id, precision, actor1, actor2, outlet, notes) = row[:10]
        notes = clean(notes)
        kind = self.kinds[raw_type, raw_sub]
        day = self.days.get(raw_date)
        if kind is None or day is None:
            kind, day = self._kind_and_day(raw_type, raw_sub, raw_date, notes, clean(actor1))
        event_type, sub_event_type, contract_type, decided_by, extractor = kind
        occurred, day_key, span_key = day
        span, time_precision, duration = self.precisions[precision]
        place = self.places[row[_PLACE]]
        if place.sided:  # a country whose war needs its other side named: the actors decide
            place = self.sided_places[row[_PLACE], actor1, actor2]
        actors, sides = self.sides[actor1, actor2]
        counts, figures = self.figures[fatalities or 0]
        evidence = notes
        if not evidence:
            what = f"{event_type}: {sub_event_type or decided_by}"
            evidence = f"{what} in {place.name}" if place.name else what
        source = assembled(
            Source,
            {
                "outlet": self.outlets[outlet],
                "url": None,
                "article_id": (clean(event_id_cnty) or clean(data_id))[:200].rstrip() or None,
                "evidence": evidence[:2000],
                "span": None,
                "extractor": extractor,
                "confidence": 1.0,
            },
        )
        subject = (place.key, sides, figures, duration)
        return assembled(
            Event,
            {
                "schema_version": SCHEMA_VERSION,
                "event_id": event_id_of(place.theatre, contract_type, subject, span_key if span else day_key),
                "type": contract_type,
                "theatre": place.theatre,
                "occurred_at": occurred,
                "time_precision": time_precision,
                "reported_at": _reported(row[_TIMESTAMP], occurred),
                "duration": span,
                "location": place.location,
                "actors": actors,
                "counts": counts,
                "source": source,
                "attribution": None,
            },
        )

    def _kind_and_day(
        self, raw_type: str, raw_sub: str, raw_date: str, notes: str, actor1: str
    ) -> tuple[Kind, _CachedTime]:
        """A row's types and date, checked in this order: both present, the types
        mapped, the date read."""
        event_type, sub_event_type = clean(raw_type), clean(raw_sub)
        if not event_type or not clean(raw_date):
            given = (("event_date", raw_date), ("event_type", raw_type))
            missing = [name for name, value in given if not clean(value)]
            raise Rejected("missing_field", f"no value for {', '.join(missing)}")
        contract_type, decided_by = classify(event_type, sub_event_type, notes, actor1)
        kind = (event_type, sub_event_type, contract_type, decided_by, extractor_name(decided_by))
        return kind, self.days[raw_date]

    def _place(self, cells: Row, actors: tuple[str, ...] = ()) -> _Place:
        iso, iso3, country_name, admin1, admin2, admin3, name, lat, lon, precision = map(clean, cells)
        country = _country(iso, iso3, country_name)
        names = [admin1, admin2, admin3, name]
        theatre = self.theatre or self.theatres.for_row(country, names, country_name, map(clean, actors))
        # the actors decide only in a country whose war needs its other side named, and not on its front
        sided = (
            not self.theatre
            and not actors
            and country in self.theatres.guarded_countries
            and self.theatres.front(country, names) is None
        )
        try:
            theatre = _theatre_slug.validate_python(theatre)
        except ValidationError as exc:
            raise Rejected("invalid_event", f"theatre: {describe_validation_error(exc)}") from exc
        location = _location(name, admin1, country, lat, lon, precision) if name else None
        return _Place(theatre, location, location_key(location), name or country_name, sided)


def _kind(types: tuple[str, str]) -> Kind | None:
    """The mapping of an event type and sub-event type as written, where it is the same
    for every row of them; None where a row's text decides it, or where the row is
    refused (_kind_and_day then refuses it for the first of its reasons)."""
    event_type, sub_event_type = clean(types[0]), clean(types[1])
    if not event_type or not by_types_alone(sub_event_type):
        return None
    try:
        contract_type, decided_by = classify(event_type, sub_event_type, "", "")
    except Rejected:
        return None
    return event_type, sub_event_type, contract_type, decided_by, extractor_name(decided_by)


def _day(raw: str) -> _CachedTime:
    try:
        day = parse_event_date(raw)
    except BadDate as exc:
        raise Rejected("bad_date", f"event_date {exc}") from exc
    occurred = datetime.combine(day, time(0), UTC)
    if occurred < EARLIEST_EVENT_TIME:
        raise Rejected("bad_date", f"event_date {raw!r} is before 1900")
    return occurred, time_key(occurred, TimePrecision.DAY), time_key(occurred, TimePrecision.SPAN)


def _sides(names: tuple[str, str]) -> _CachedSides:
    actors = Actors(actor1=actor(clean(names[0])), actor2=actor(clean(names[1])))
    return actors, sides_key(actors)


def _figures(fatalities: int) -> _CachedFigures:
    counts = Counts(killed=fatalities) if fatalities else Counts()
    return counts, counts_key(counts)


def _fatalities(raw: str) -> int:
    """The figure of a `fatalities` cell, -1 when it gives none; Rejected when it is no whole number."""
    cell = clean(raw)
    return _whole(cell, "fatalities") if cell else -1


def _precision(raw: str) -> _CachedPrecision:
    span = _SPANS.get(clean(raw).removesuffix(".0"))
    return (span, TimePrecision.SPAN, duration_key(span)) if span else (None, TimePrecision.DAY, "")


def _outlet(raw: str) -> str:
    return _short_text.validate_python(clean(raw)[:200].rstrip() or "ACLED")


def read_acled(handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None) -> Iterator[RowResult]:
    """Events of an ACLED export, one result per row (its first line, an event or a
    reason); `theatre` files every row there, else each row's theatre comes from
    the theatres file (its places, then its country)."""
    return read_acled_rows(handle, theatre, theatres)


def header_columns(header: list[str]) -> Columns:
    """The columns a header names; DatasetError when it lacks a required one."""
    columns = Columns.of(header)
    missing = columns.missing()
    if missing:
        raise DatasetError("acled", f"the header lacks {', '.join(missing)}: is this an ACLED export?")
    return columns


def read_acled_rows(
    handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None, skip: int = 0
) -> Iterator[RowResult]:
    """`read_acled`, its first `skip` records (blank lines are none) passed over unread."""
    reader = csv.reader(handle)
    header = next(reader, None)
    columns = header_columns(header or [])
    width = columns.width
    # every record gets one more cell, "", which the absent columns read
    pick = itemgetter(*(columns.index.get(name, width) for name in _ORDER))
    mapper = RowMapper(theatre, theatres or shipped_theatres())
    ended = reader.line_num
    for cells in reader:
        line, ended = ended + 1, reader.line_num
        if skip:
            skip -= bool(cells)
            continue
        if len(cells) != width:
            if cells:  # else a blank line
                detail = f"{len(cells)} fields where the header has {width}"
                yield RowResult(line, reason="wrong_column_count", detail=detail)
            continue
        cells.append("")
        yield mapper.result(line, pick(cells))
