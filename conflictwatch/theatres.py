"""Theatres as data: which conflict a place, a party or a country belongs to.

The shipped file (`theatres.yaml`, documented at its top) is read once; a user's
file (`CONFLICTWATCH_THEATRES_FILE`) adds theatres or replaces shipped ones by
slug. The extractor decides each event's theatre from these entries, the
importers a row's theatre from its country and place names. A place in no theatre
belongs to its country's slug (`colombia`): `slugify`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

from conflictwatch.errors import ConflictwatchError, describe_validation_error
from conflictwatch.models import Slug

SHIPPED = Path(__file__).with_name("theatres.yaml")

Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Name = Annotated[str, StringConstraints(min_length=2, max_length=100)]


class TheatresError(ConflictwatchError):
    """A theatres file that cannot be used: which file, which theatre, what to fix."""

    def __init__(self, file: str, theatre: str | None, message: str) -> None:
        self.file = file
        self.theatre = theatre
        where = f"{file}: theatre {theatre!r}" if theatre else file
        super().__init__(f"{where}: {message}")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlaceSpec(_Spec):
    name: Name
    aliases: tuple[Name, ...] = ()
    country: Country | None = None
    lat: Annotated[float, Field(ge=-90, le=90)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180)] | None = None
    admin1: Name | None = None
    precision: Literal["exact", "city", "region"] | None = None
    # false: the country's own news names it as often as the war does (the Bekaa), so it is no
    # front that stands for the other side under `needs_other_side`
    front: bool = True


class PartySpec(_Spec):
    name: Name
    side: Slug
    aliases: tuple[Name, ...] = Field(min_length=1)
    state: bool = False
    # a name any war's news uses ("bandits"): weak evidence of the theatre, as a state's forces are
    generic: bool = False


class TheatreSpec(_Spec):
    slug: Slug
    name: Name
    timezone: str
    countries: tuple[Country, ...] = Field(min_length=1)
    home: Name | None = None
    regions: tuple[PlaceSpec | Name, ...] = ()
    places: tuple[PlaceSpec | Name, ...] = ()
    parties: tuple[PartySpec, ...] = ()
    needs_other_side: dict[Country, tuple[Slug, ...]] = {}

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone (e.g. Europe/Kyiv)") from None
        return value

    @model_validator(mode="after")
    def _sides_of_its_own(self) -> TheatreSpec:
        sides = {party.side for party in self.parties}
        for country, needed in self.needs_other_side.items():
            if country not in self.countries:
                raise ValueError(f"needs_other_side: {country} is not one of its countries {list(self.countries)}")
            unknown = [side for side in needed if side not in sides]
            if not needed or unknown:
                raise ValueError(
                    f"needs_other_side: {country} lists {unknown or 'no side'}; give sides of its own parties "
                    f"({', '.join(sorted(sides)) or 'none listed'})"
                )
        return self


class VenueSpec(PlaceSpec):
    country: Country


class TheatresFile(_Spec):
    theatres: tuple[TheatreSpec, ...] = ()
    international: tuple[PartySpec, ...] = ()
    venues: tuple[VenueSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A place a theatre lists (or a venue, of no theatre); without coordinates, the
    gazetteer looks them up."""

    name: str
    aliases: tuple[str, ...]
    theatre: str | None
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    precision: Literal["exact", "city", "region"]
    front: bool = True


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    side: str
    aliases: tuple[str, ...]
    theatre: str | None  # None: an international actor, never evidence of a theatre
    weak: bool  # a state's forces or a generic name: weak evidence of the theatre


@dataclass(frozen=True)
class Theatre:
    slug: str
    name: str
    timezone: str
    countries: tuple[str, ...]
    home: str | None
    places: tuple[Place, ...]
    parties: tuple[Party, ...]
    # a place in one of these countries is evidence for the theatre only in a report that
    # also names one of the sides given, a place in another of its countries, or its front
    needs_other_side: Mapping[str, frozenset[str]] = field(default_factory=dict)


class Theatres:
    """The theatres in force, in file order (the first one listing a country is the
    country's theatre when nothing else tells them apart)."""

    def __init__(
        self, theatres: Sequence[Theatre], international: Sequence[Party] = (), venues: Sequence[Place] = ()
    ) -> None:
        self.all = tuple(theatres)
        self.by_slug = {t.slug: t for t in self.all}
        self.international = tuple(international)
        self.venues = tuple(venues)
        by_country: dict[str, list[str]] = {}
        for theatre in self.all:
            for country in theatre.countries:
                by_country.setdefault(country, []).append(theatre.slug)
        self._by_country = {country: tuple(slugs) for country, slugs in by_country.items()}
        self._fronts = {  # the names of each theatre's listed places that stand for it (`front`)
            t.slug: frozenset(fold(n) for place in t.places if place.front for n in (place.name, *place.aliases))
            for t in self.all
        }
        self.guarded = tuple(t for t in self.all if t.needs_other_side)  # wars that need their other side named
        # (theatre, country) -> the names of the sides a row in that country must name (`needs_other_side`)
        self._other_side = {
            (t.slug, country): _names_of(party for party in t.parties if party.side in sides)
            for t in self.guarded
            for country, sides in t.needs_other_side.items()
        }
        self.guarded_countries = frozenset(country for _, country in self._other_side)

    def __contains__(self, slug: object) -> bool:
        return slug in self.by_slug

    def of_country(self, country: str | None) -> tuple[str, ...]:
        return self._by_country.get(country or "", ())

    def places(self) -> Iterable[Place]:
        return (place for theatre in self.all for place in theatre.places)

    def parties(self) -> Iterable[Party]:
        yield from (party for theatre in self.all for party in theatre.parties)
        yield from self.international

    def timezone(self, slug: str) -> str:
        """The theatre's zone; UTC for a country-level slug."""
        theatre = self.by_slug.get(slug)
        return theatre.timezone if theatre else "UTC"

    def front(self, country: str | None, names: Iterable[str]) -> str | None:
        """The theatre of the country one of whose fronts is among `names`, which decides a
        dataset row whatever its actors; None where there is none."""
        folded = {_fold_name(n) for n in names if n}
        return next((slug for slug in self.of_country(country) if not self._fronts[slug].isdisjoint(folded)), None)

    def for_row(
        self,
        country: str | None,
        names: Iterable[str] = (),
        country_name: str | None = None,
        actors: Iterable[str] = (),
    ) -> str:
        """A dataset row's theatre: a listed place among `names` (admin areas, location)
        decides, as a theatre's front (unless it says `front: false`); else the first
        theatre listing the country; else the country's slug. A theatre whose country needs
        its other side named (`needs_other_side`) is that first theatre only for a row one
        of whose `actors` names that side ("Military Forces of Israel")."""
        front = self.front(country, names)
        if front is not None:
            return front
        candidates = self.of_country(country)
        if country in self.guarded_countries:
            named = [a for a in actors if a]
            candidates = tuple(
                slug
                for slug in candidates
                if (pattern := self._other_side.get((slug, country))) is None or any(map(pattern.search, named))
            )
        return candidates[0] if candidates else slugify(country_name or country or "", fallback="world")


def _names_of(parties: Iterable[Party]) -> re.Pattern[str]:
    """Any alias of the parties, as a word, in any case (datasets write "ISRAEL")."""
    aliases = sorted({alias for party in parties for alias in party.aliases}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, aliases))})\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Accents and case folded away, for matching names as people spell them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


_fold_name = lru_cache(maxsize=1 << 16)(fold)  # a dataset's place names, row after row


def slugify(name: str, fallback: str = "unknown") -> str:
    """A name's slug: "Democratic Republic of the Congo" → democratic-republic-of-the-congo."""
    value = re.sub(r"[^a-z0-9]+", "-", re.sub(r"\([^)]*\)", "", fold(name))).strip("-")[:63].strip("-")
    return value or fallback


def _place(spec: PlaceSpec | str, theatre: str | None, precision: Literal["city", "region"]) -> Place:
    if isinstance(spec, str):
        spec = PlaceSpec(name=spec)
    return Place(
        name=spec.name,
        aliases=spec.aliases,
        theatre=theatre,
        country=spec.country,
        lat=spec.lat,
        lon=spec.lon,
        admin1=spec.admin1,
        precision=spec.precision or precision,
        front=spec.front,
    )


def _party(spec: PartySpec, theatre: str | None) -> Party:
    return Party(name=spec.name, side=spec.side, aliases=spec.aliases, theatre=theatre, weak=spec.state or spec.generic)


def _theatre(spec: TheatreSpec) -> Theatre:
    return Theatre(
        slug=spec.slug,
        name=spec.name,
        timezone=spec.timezone,
        countries=spec.countries,
        home=spec.home,
        places=tuple(
            [_place(p, spec.slug, "region") for p in spec.regions] + [_place(p, spec.slug, "city") for p in spec.places]
        ),
        parties=tuple(_party(p, spec.slug) for p in spec.parties),
        needs_other_side={country: frozenset(sides) for country, sides in spec.needs_other_side.items()},
    )


def read_theatres_file(path: Path) -> TheatresFile:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TheatresError(str(path), None, f"cannot read it: {exc}") from exc
    if not isinstance(raw, dict):
        raise TheatresError(str(path), None, "a theatres file is a mapping with `theatres:` (and `international:`)")
    try:
        parsed = TheatresFile.model_validate(raw)
    except ValidationError as exc:
        theatre = None
        loc = exc.errors()[0]["loc"]
        if len(loc) >= 2 and loc[0] == "theatres" and isinstance(loc[1], int):
            theatre = str((raw.get("theatres") or [{}])[loc[1]].get("slug", f"#{loc[1] + 1}"))
        raise TheatresError(str(path), theatre, describe_validation_error(exc)) from exc
    seen: set[str] = set()
    for spec in parsed.theatres:
        if spec.slug in seen:
            raise TheatresError(str(path), spec.slug, "listed twice; give each theatre once")
        seen.add(spec.slug)
    return parsed


def load_theatres(extra: Path | None = None) -> Theatres:
    """The shipped theatres, with those of `extra` added (or replacing the shipped
    theatre of the same slug)."""
    files = [read_theatres_file(SHIPPED)] + ([read_theatres_file(extra)] if extra is not None else [])
    specs = {spec.slug: spec for file in files for spec in file.theatres}
    return Theatres(
        [_theatre(spec) for spec in specs.values()],
        [_party(p, None) for file in files for p in file.international],
        [_place(v, None, "city") for file in files for v in file.venues],
    )


@cache
def shipped_theatres() -> Theatres:
    return load_theatres()
