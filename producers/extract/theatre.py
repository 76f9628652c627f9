"""Which theatre an event belongs to, decided from the text.

Every place and party named is evidence for the theatres it belongs to: a place a
theatre lists, a city within a theatre's countries or a non-state party is strong
evidence; a country's name, a state's forces or a generic name ("bandits") are weak
(they are named in every theatre's news). Evidence named in several theatres is shared among them.

An event's theatre is the one its own place belongs to, when that is one theatre (a town
that is evidence for no theatre, its country in none or named from one side only, is
that country's, whoever fought there); else the one its sentence's strong evidence
points to; else the article's (all its evidence, dateline included); else the hint (a
`Theatre:` header, `--theatre`), which also breaks ties. An article whose places in no
theatre weigh more than its evidence for any theatre gets the slug of the country named
most (`colombia`); one that names only towns too small to trust abroad gets the slug of
the largest one's country; one that names no place or party at all gets no theatre, and
the caller says so rather than file it anywhere.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from conflictwatch.theatres import Theatres, slugify
from producers.extract.actors import ActorMention
from producers.extract.places import PlaceMention

Basis = Literal["place", "sentence", "article", "hint", "country"]
_STRONG = 2.0
_WEAK = 1.0
_MAIN_SHARE = 0.5  # a theatre with half the article's top evidence is one the article is about


@dataclass(frozen=True, slots=True)
class Decision:
    theatre: str
    basis: Basis


def _strong(place: PlaceMention) -> bool:
    return place.listed or (place.location.precision != "country" and not place.capital)


@dataclass(frozen=True)
class OneSided:
    """What an article names of a theatre from one side only. A theatre whose entry has
    `needs_other_side` is fought by parties whose country's own news is full of other
    things (Iran's protests, Lebanon's politics, a riot in Yerevan): a place in such a
    country is evidence for the theatre only where the report also names the other side
    (a side given, or a place in another of the theatre's countries) or a place the
    theatre lists there as its front (Kashmir, the Kursk region, Khiam). Else the place is
    its country's own, and where no country of the theatre has its other side named, its
    parties are no evidence either ("Hezbollah supporters" in a Beirut street fight)."""

    pairs: frozenset[tuple[str, str]] = frozenset()  # (theatre, country) named from that country's side only
    silent: frozenset[str] = frozenset()  # theatres named from one side only: their parties are no evidence

    @classmethod
    def of(cls, theatres: Theatres, places: Iterable[PlaceMention], actors: Iterable[ActorMention]) -> OneSided:
        if not theatres.guarded:
            return cls()
        places = list(places)
        sides = {(party.theatre, party.side) for mention in actors for party in mention.parties}
        present = {place.location.country for place in places}
        countries = {place.location.country for place in places if not place.minor}  # "Ali", a town in India: no
        # a place the theatre lists is its front, whoever is named: Kashmir, Kursk region, Khiam (unless the
        # theatres file says it is none: the Bekaa is in Lebanon's own news as often)
        fronts = {
            (theatre, place.location.country)
            for place in places
            if place.listed and place.front
            for theatre in place.theatres
        }
        pairs: set[tuple[str, str]] = set()
        silent: set[str] = set()
        for theatre in theatres.guarded:
            named = [country for country in theatre.needs_other_side if country in present]
            one_sided = [
                country
                for country in named
                if (theatre.slug, country) not in fronts
                and not any((theatre.slug, side) in sides for side in theatre.needs_other_side[country])
                and not any(c in countries for c in theatre.countries if c != country)
            ]
            pairs.update((theatre.slug, country) for country in one_sided)
            if one_sided and len(one_sided) == len(named):
                silent.add(theatre.slug)
        return cls(frozenset(pairs), frozenset(silent))

    def place(self, mention: PlaceMention) -> PlaceMention:
        """The mention as evidence for the theatres the article names from both sides only."""
        country = mention.location.country
        kept = tuple(t for t in mention.theatres if (t, country) not in self.pairs)
        # (a listed place keeps its theatre: it is the front, which names that country's side)
        return mention if len(kept) == len(mention.theatres) else replace(mention, theatres=kept)


def _votes(
    places: Iterable[PlaceMention], actors: Iterable[ActorMention], strong_only: bool, silent: frozenset[str]
) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    for place in places:
        strong = _strong(place)
        if place.theatres and (strong or not strong_only):
            weight = (_STRONG if strong else _WEAK) / len(place.theatres)
            for theatre in place.theatres:
                votes[theatre] += weight
    for mention in actors:
        parties = [p for p in mention.parties if p.theatre is not None and p.theatre not in silent]
        for party in parties:
            if not party.weak or not strong_only:
                votes[party.theatre or ""] += (_WEAK if party.weak else _STRONG) / len(parties)
    return votes


class ArticleTheatres:
    """The evidence of one article, and the decisions it leads to."""

    def __init__(
        self,
        theatres: Theatres,
        places: Sequence[PlaceMention],
        actors: Sequence[ActorMention],
        hint: str | None,
        country_names: Mapping[str, str],
        silent: frozenset[str] = frozenset(),
    ) -> None:
        self.theatres = theatres
        self._silent = silent
        self.hint = hint
        self._country_names = country_names
        self._order = {t.slug: i for i, t in enumerate(theatres.all)}  # file order, for ties
        self.scores = _votes((p for p in places if not p.minor), actors, strong_only=False, silent=silent)
        # a venue (Geneva, Doha: listed, of no theatre) hosts talks about a war elsewhere: no country's evidence
        outside = [
            p for p in places if not p.theatres and not p.listed and not p.minor and p.location.country in country_names
        ]
        # the country named most, and the weight of all places in no theatre against the theatres' evidence
        self._file_under(next((c for c, _ in Counter(p.location.country for p in outside).most_common(1)), None))
        self.country_score = sum(_STRONG if _strong(p) else _WEAK for p in outside)
        self.top = self._best(self.scores)

    def countries(self) -> frozenset[str]:
        """The countries of the theatres the article is mostly about, or the country of
        no theatre it is filed under: where small towns are believed ("Vladimir" is a town
        in Russia, and a name in a report on Karabakh; "Maastricht" one in a report on the
        Netherlands)."""
        top = max(self.scores.values(), default=0.0)
        countries = {
            country
            for slug, score in self.scores.items()
            if score >= _MAIN_SHARE * top and slug in self.theatres
            for country in self.theatres.by_slug[slug].countries
        }
        fallback = self.fallback()
        if fallback is not None and fallback.basis == "country" and self._country_iso:
            countries.add(self._country_iso)
        return frozenset(countries)

    def for_sentence(self, places: Sequence[PlaceMention], actors: Sequence[ActorMention]) -> Decision | None:
        strong = _votes(places, actors, strong_only=True, silent=self._silent)
        if strong:
            return Decision(self._best(strong) or "", "sentence")
        return self.fallback()

    def for_place(self, place: PlaceMention | None, sentence: Decision, located: bool = False) -> Decision:
        """The theatre of the event's own place when that is one theatre: a place or
        city always, a country only where the sentence holds no stronger evidence
        ("Israeli strikes in Lebanon" in a report on Gaza); a capital never. A town that is
        evidence for no theatre is its country's, whoever fought there ("al-Shabaab attacked
        Mandera" is Kenya's, not Somalia's; "the IRGC killed protesters in Zahedan" Iran's)."""
        if (
            place is not None
            and not place.theatres
            and (country := self._country_of_no_theatre(place, located)) is not None
        ):
            return Decision(country, "place")
        if place is None or len(place.theatres) != 1 or place.theatres[0] == sentence.theatre or place.capital:
            return sentence
        if place.location.precision == "country" and not place.listed and sentence.basis == "sentence":
            return sentence
        return Decision(place.theatres[0], "place")

    def _country_of_no_theatre(self, place: PlaceMention, located: bool) -> str | None:
        """The slug of the country of a town or region that is evidence for no theatre (its
        country in none, or named from one side only: `OneSided`); None for a venue of talks
        (listed), a name too small to trust, and a capital or a country unless the sentence
        puts the event in it ("clashed with police in Turkey", not "Turkey said"; "protests in
        Brussels", not "talks in Brussels")."""
        country = place.location.country
        if (
            (place.listed and not located)
            or place.minor
            or ((place.capital or place.location.precision == "country") and not located)
            or country is None
            or country not in self._country_names
        ):
            return None
        return slugify(self._country_names[country])

    def fallback(self) -> Decision | None:
        """The article's theatre, unless the places it names in no theatre weigh more
        (a report on Cameroon that once says "government forces", a Syrian party's
        alias, is Cameroon's)."""
        if self.top is not None and self.scores[self.top] > self.country_score:
            return Decision(self.top, "article")
        if self.hint:
            return Decision(self.hint, "hint")
        if self.country:
            return Decision(self.country, "country")
        return None

    def settle_in(self, country: str | None) -> None:
        """An article that names no theatre's place or party, no hint and no country is in
        the country of the largest town it names (`Gazetteer.largest_town_country`), or, naming
        none, of the people it names most (`Gazetteer.people_country`)."""
        if country is not None and country in self._country_names and self.fallback() is None:
            self._file_under(country)

    def _file_under(self, iso: str | None) -> None:
        """The country of no theatre the article is filed under, if its evidence says so: its code (where
        small towns are believed) and its slug."""
        self._country_iso = iso
        self.country = slugify(self._country_names[iso]) if iso else None

    def _best(self, votes: dict[str, float]) -> str | None:
        """The most voted theatre; ties go to the article's evidence, then the hint,
        then file order."""
        if not votes:
            return None
        order = self._order
        return max(
            votes,
            key=lambda t: (round(votes[t], 6), round(self.scores.get(t, 0.0), 6), t == self.hint, -order.get(t, 0)),
        )
