"""extract(text, meta) -> events: the article extractor's one entry point.

Pure: no I/O, no clock, no randomness, so the same article gives the same events
(and event ids) on every run. It never raises on text: a sentence whose
candidate event fails validation is skipped and reported in the log at debug.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import ValidationError

from conflictwatch.models import (
    EARLIEST_EVENT_TIME,
    LATEST_SCHEDULE_AHEAD,
    SCHEMA_VERSION,
    Actors,
    Counts,
    Event,
    EventType,
    Location,
    Source,
    TimePrecision,
    assembled,
    compute_event_id,
)
from conflictwatch.theatres import Theatre, Theatres, shipped_theatres
from producers.extract.actors import ActorMention, actor_lexicon, pick_actors
from producers.extract.counts import keep, read_counts, segment_counts, side_segments, toll_segments
from producers.extract.lookalikes import read_lookalikes_as_latin
from producers.extract.meta import ArticleMeta
from producers.extract.model import SentenceModel, shipped_model
from producers.extract.numbers import MONTH, WEEKDAY, Quantity
from producers.extract.pattern import (
    ExtractionPattern,
    folded_needle_sets,
    holds_any,
    holds_needles,
    may_match_folded,
    needle_sets,
)
from producers.extract.patterns import GATES, READERS
from producers.extract.places import PlaceMention, gazetteer, local_places
from producers.extract.reporting import find_attribution, hedge_factor
from producers.extract.sentences import Sentence, split_sentences
from producers.extract.theatre import ArticleTheatres, Decision, OneSided
from producers.extract.times import (
    TimeRef,
    dated_long_before,
    day_of,
    find_duration,
    in_dated_clause,
    resolve_time,
    summary_since,
    timezone,
    told_days_after,
    told_days_later,
)
from producers.extract.verifier import Verifier, shipped_verifier

log = logging.getLogger(__name__)
# what the sentence model must not add where the patterns told the same attack another way
_TOLD_AS = {EventType.AIR_STRIKE: {EventType.ROCKET_FIRE, EventType.GROUND_CLASH}}
_COUNTED_ON = ("later", "next day", "following day")  # a day counted on from the story's last dated one
_M = TypeVar("_M", PlaceMention, ActorMention)

_RESUMPTION = re.compile(r"\b(?:resum\w*|again|renewed|restarted)\b", re.IGNORECASE)
# "GAZA/JERUSALEM, May 13 (Example Wire) - ": where and when the wire filed, not what happened
_CAPS_CITY = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
_DATELINE = re.compile(
    r"\s*(?:date \d{4}-\d\d(?:-\d\d)? )?(?:"  # a stored page's first line may start with its date
    r"[A-Z][A-Z/ ,.'’-]{1,60},\s+[A-Z][a-z]{2,8}\.? \d{1,2}\s+\([^)]{1,60}\)\s+[-–—]\s+"
    # "BAMAKO (Reuters) – ", "KABUL, Afghanistan (AP) — ", "GUWAHATI: ", "BUTUAN CITY — "
    rf"|{_CAPS_CITY}\s*(?:\([^)]{{1,40}}\)\s*[-–—:;]?|[-–—:;])\s+"
    # "Port-au-Prince, May 23 (Prensa Latina) ", "Turbat [Pakistan], January 5 (ANI): "
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*, [A-Z][a-z]{2,8}\.? \d{1,2}\s+\([^)]{1,40}\)\s*(?:[-–—]\s+)?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)* \[[A-Z][A-Za-z ]{1,30}\],? [A-Z][a-z]{2,8}\.? \d{1,2}\s*"
    r"(?:\([^)]{1,40}\)\s*)?:\s+"
    # "October 6, 2015 (ADDIS ABABA) – …": the date first, then the city the story was filed in
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s+\([A-Z][A-Z .'’-]{1,40}\)\s+[-–—]\s+"
    # "Bangui, 6 January 2019 – ", "MOIRANG, May 26 : ": the city and the day the story was filed
    r"|[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2},\s+(?P<filed>(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? "
    r"\d{1,2})(?:,? \d{4})?)\s*[-–—:]\s+"
    r")"
)
# what may stand between two places of one list: "Waja, Timuga and Hadush Kign", "Hays and At Tuhayat
# districts …, as well as in Hayran District", "Beit Hanoun, southwest Gaza city, eastern area of Khan Younis"
_PLACE_KIND = (
    r"(?:\s+(?:districts?|towns?|cities|city|villages?|woredas?|areas?|(?:refugee )?camps?|neighbou?rhoods?|"
    r"communes?|zones?|oblasts?|regions?|provinces?|governorates?|states?|count(?:y|ies)|municipalit(?:y|ies)|"
    r"localit(?:y|ies)|sub-?districts?|sectors?|payams?|bomas?))?"
)
_SIDE = r"(?:southern|northern|eastern|western|central|south|north|east|west|southwest|southeast|northwest|northeast)"
# a place told with what it is: "the Mediterranean port city of", "the flashpoint city of", "Iraq's oil hub of"
_DESCRIBED = (
    r"(?:the|[A-Z][\w’'-]*(?:’s|'s))\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?:city|town|village|port|hub|capital|province|region|district|governorate|state)\s+of\s+"
)
_PLACE_LEAD = (
    rf"(?:{_DESCRIBED}|(?:the\s+)?(?:neighbou?ring\s+)?(?:{_SIDE}(?:\s+and\s+{_SIDE})?\s+|port\s+|capital\s+|"
    r"border\s+)?(?:(?:areas?|outskirts|city|cities|towns?|villages?|port|regions?|suburbs?|provinces?|governorates?|"
    r"districts?|municipalit(?:y|ies))\s+of\s+)?)"
)
_LIST_JOINER = re.compile(
    # "near Vodiane (94km south of Donetsk) and Novomykhailivka": an aside in brackets after a listed place
    rf"{_PLACE_KIND}(?:’s|'s)?(?:\s*\([^()]{{1,80}}\))?"
    r"\s*(?:,\s*(?:and\s+|or\s+)?(?:even\s+)?|\s+(?:and|or)\s+(?:even\s+)?|"
    rf",?\s+as well as\s+(?:(?:in|at)\s+)?(?:the\s+)?|,?\s+including\s+|"
    r",?\s+(?:especially|particularly|notably|mainly)\s+|"
    # a place told with what it is between: "in Causeway Bay, the usual venue for rallies, and Wan Chai"
    r",\s+(?:the|a|an|its|their)\s+[^,;.()\d]{1,60}?,\s+(?:and|or)\s+|"
    # a count per place, as air defences report drones downed: "36 over the Rostov region, 21 over the Bryansk
    # region and others over the Belgorod … regions"
    r"(?:,\s*|\s+)(?:and\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|others|another\s+\d+)\s+"
    r"(?:more\s+)?(?:over|above|in)\s+(?:the\s+)?)"
    rf"(?:(?:in|at|near|around)\s+)?{_PLACE_LEAD}",
    re.IGNORECASE,
)
# "in Poonch, including Balakote and Mendhar", "the region, affecting towns including Abrego and Tibú", "in the
# capital, notably in the neighbourhoods of Tabarre and Delmas": the places within the one named before
_SPECIFICS = re.compile(
    rf"{_PLACE_KIND}(?:\s+(?:of|in)\s+[A-Z][\w’'-]*(?:\s+(?:de\s+|del\s+)?[A-Z][\w’'-]*){{0,3}})?\s*,?\s*"
    r"(?:[\w’'-]+\s+){0,3}?(?:including|notably|such as|among them)\s+"
    r"(?:in\s+)?(?:the\s+)?(?:(?:towns?|villages?|neighbou?rhoods?|districts?|areas?|localities|communities|cities|"
    r"camps?)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
# "Sekota and Abergele Woredas in Wag Hemra Zone": the place that holds the ones before it
_CONTAINER_JOINER = re.compile(rf"{_PLACE_KIND},?\s+(?:in|of)\s+{_PLACE_LEAD}", re.IGNORECASE)
_TAG_LINE = re.compile(
    r"(?:[A-Z][\w’'-]*(?: [\w’'-]+){0,2}, ){3,}[A-Z][\w’'-]*(?: [\w’'-]+){0,2}\.?|(?:Tags|Topics|Keywords)\s*:.*"
    r"|The post .+ appeared first on .+"  # a feed's footer repeating the headline
    r"|[A-Z][\w’'-]*:?"  # a one-word heading ("Airstrikes")
    r"|(?i:file(?: photo)?)\s*[:–—-]\s.*|.*\((?i:file photo)\)\.?"  # an archive photo's caption: another day's scene
    r"|(?i:read(?: more| also)?|also read|related|see also|watch)\s*:.*"  # a link to another story
)
# "Libya: Tripoli Clashes Situational Report No.15": the title of a numbered situation report
_REPORT_TITLE = re.compile(
    r"\b(?:situation(?:al)? report|flash update|sitrep)\s*(?:no\.?|#|number)\s*\d+", re.IGNORECASE
)
_REPORT_TITLE_NEEDLES = folded_needle_sets(_REPORT_TITLE)  # most sentences hold none of its words: not searched
_NATIONWIDE = re.compile(r"\b(?:across the country|nationwide|throughout the country|the country's)\b", re.IGNORECASE)
# "Gaza's civil defence agency", "Ukraine's Zaporizhzhia region", "Afghanistan’s acting minister": a place that
# owns what follows it (see _owns)
_OWNER = re.compile(
    r"[’']s\s+\w|\s+(?i:army|military|air force|navy|armed forces|security forces|forces|troops|soldiers|government|"
    r"police|authorities|officials|ministry)\b"
)
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|into|on|over)\s+(?:the\s+)?$")
# "DOUALA: … attacked a high school in an English-speaking part of Cameroon": elsewhere in the country
_PART_OF = re.compile(r"\b(?:parts?|regions?|areas?|corner|north|south|east|west)\s+of\s+(?:the\s+)?$")
_ACTS = re.compile(
    r"\s+(?:has |have |had )?(?:also |then |again |later |reportedly )?(?:responded|accused|accuses|charged|charges|"
    r"denied|denies|warned|warns|launched|"
    r"retaliated|fired|struck|hit|attacked|pounded|bombed|bombarded|shelled|targeted|brokered|blamed|blames|"
    r"committed)\b(?!\s+by\b)|,\s+which\b"
    # "Turkey's military fired into Syria": its forces act, elsewhere
    r"|(?:[’']s)?\s+(?:military|army|armed forces|forces|troops|jets|warplanes|air force|navy|artillery)\s+"
    r"(?:has |have |had )?(?:fired|struck|hit|attacked|shelled|bombed|launched|carried out|pounded|targeted)\b"
)
_PARTY_BEFORE = re.compile(
    r"\b(?:with|by|from|blam\w*|accus\w*|urg\w*|warn\w*|condemn\w*|called on|calling on|calls on)\s+(?:the\s+)?$"
)
_NEAR = 40  # characters: a place this close after a toll's verb is where it happened ("killed in Israel")
_BREADTH = {"exact": 0, "city": 1, "region": 2, "country": 3}
_MAX_EVIDENCE = 2000
# the talks, mediation or meeting an agreement came of, told with it: "after ten hours of negotiations in Moscow"
_TALKS_TOLD = re.compile(r"\b(?:negotiations|talks|mediation|meeting|phone call|jirga|summit)\b")
# armed men fighting forces at a protest: a clash the protest's unrest leaves standing ("killed in clashes between
# gunmen and police at a protest camp")
_ARMED_MEN_FOUGHT = re.compile(
    r"\b(?:clash(?:es|ed)?|fighting|battles?|gunfights?|firefights?|exchanges? of fire|exchanged (?:gun)?fire) "
    r"(?:broke out )?(?:between|with) (?:the )?(?:\w+ ){0,2}?(?:gunmen|militants|insurgents|armed men|fighters|"
    r"tribesmen|gangs?|gang members)\b"
)
_SHORT_TEXT = 200  # conflictwatch.models.ShortText's longest
_NO_COUNTS = Counts()  # frozen: one serves every event without figures
_MAX_DURATION = timedelta(days=366)
_MAX_PLACES_PER_EVENT = 8
_LIST_INTRO = re.compile(
    r"\b(?:cities|towns|villages|areas|cent(?:re|er)s|provinces|districts|regions|localities|neighbou?rhoods)\b"
    r"[^,;]{0,20}?,?\s+(?:including|such as|among them)\s+(?:the\s+)?$"
)
_LIST_INTRO_REACH = 60
# where people fled to: "have fled into India's", "crossed the border into", "arrived in neighbouring"
_FLED_TO = re.compile(
    r"\b(?:fled|fleeing|flee|crossed|crossing|arrived|arriving|escaped|spilled over|(?:sought|taken|took|taking) "
    r"refuge)\b"
    r"[^;.]{0,40}?\b(?:to|into|in)\s+(?:neighbou?ring\s+)?(?:[\w’'-]+\s+){0,2}$"
)
_FLED_TO_REACH = 90
# where fire came from, not where it fell: "a rocket fired from Gaza hit a home in Sderot"
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+)?$")
_FIRED_FROM_REACH = 40
# a place the sentence opens on as where it happened: "In Boston, some 200 people …"
_FRONTED = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?")
# a place the sentence then tells of: "protests in Vietnam, where over 20 people were killed"
_WHERE_AFTER = re.compile(r",?\s+(?:where|in which)\b")
# a country a crowd protested against is its target, not where it gathered ("In Rome, Christians protested against
# Pakistan")
_PROTESTED_AGAINST = re.compile(r"\b(?:protest|demonstrat|rall(?:y|ie)|march)\w*\s+against\s+(?:the\s+)?$", re.I)
_PROTESTED_AGAINST_REACH = 40
# a place a distance is measured from: "in Grozny, 930 miles southeast of Moscow", "five km (three miles) north
# of the border town of Gallabat" (not one travelled from: "had travelled 1,800 kilometres from Port Sudan")
_MEASURED_FROM = re.compile(
    r"\b\d[\d,.]*\s*-?\s*(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b\s+(?:\([^()]{1,30}\)\s+)?(?:to the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_MEASURED_FROM_REACH = 80
# countries people come from, not where anything happened: "a crew of nationals from the Philippines, Russia and
# Ukraine"
_NATIONALS_OF = re.compile(r"\b(?:nationals|citizens|natives) (?:of|from)\s+(?:(?:the|and|[A-Z][\w’'-]*),?\s+){0,8}$")
_NATIONALS_OF_REACH = 90
# an attack a record is measured from: "the deadliest attack since a Sep 30 strike in Zaporizhzhia", "the third
# jailbreak since the Saudi-led air campaign began"
_YARDSTICK = re.compile(
    r"\bsince (?:a|an|the|its|their) (?:[\w-]+ ){0,4}?(?:air ?strikes?|airstrikes?|strikes?|attacks?|bombings?|raids?|"
    r"campaign|offensive|invasion|assault|barrage)\b"
)
# a place told as where something happened, not as a party: "protesters clashed with police in Turkey", and each
# town of a list after it ("rallies in Berlin, Frankfurt, London and Madrid")
_LOCATED_IN = re.compile(
    r"\b(?i:in|across|throughout)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,\s+(?:and\s+)?|\s+and\s+)){0,12}$"
)
_LOCATED_IN_REACH = 200
# the events whose place after "in" is where they happened, whatever the sentence names besides ("protests in
# Brussels", "three people have been killed in Morocco" in a report on Madagascar)
_LOCATED_TYPES = frozenset({EventType.CIVIL_UNREST, EventType.CASUALTY_REPORT})
_PARTS = re.compile(r"\b(?:including|among them|of whom)\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with", "from", "after", "amid")
)
_TITLE_MIN_WORDS = 4
_TITLE_SHARE = 0.8
# a lead's first words in capitals, as tabloids set them: "AN IRISH conservation worker has been killed"
_SHOUTED_LEAD = re.compile(r"\b[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)+(?=\s+[a-z])")
_COMMA = re.compile(r"\s*,\s*")
_LIST_REACH = 25  # characters between a list of places and the verb it is the subject of


@dataclass(frozen=True)
class Extraction:
    """The events of one article, and the theatre the article as a whole belongs to
    (None when it names no place or party of any theatre and no hint was given: its
    events then have no theatre and none are returned); and the theatres it names from
    one side only, whose places it so does not count (`OneSided`)."""

    events: list[Event]
    theatre: Decision | None
    one_sided: tuple[str, ...] = ()


def extract(
    text: str,
    meta: ArticleMeta,
    theatres: Theatres | None = None,
    model: SentenceModel | None = None,
    verifier: Verifier | None = None,
) -> list[Event]:
    """Every event the extraction patterns and the sentence model find in `text` and the verifier keeps, in
    order of the text, one per event id."""
    return extract_article(text, meta, theatres, model, verifier).events


def extract_article(
    text: str,
    meta: ArticleMeta,
    theatres: Theatres | None = None,
    model: SentenceModel | None = None,
    verifier: Verifier | None = None,
) -> Extraction:
    theatres = theatres or shipped_theatres()
    meta = meta.with_article_id(text)
    text = read_lookalikes_as_latin(text)
    places_found = gazetteer(theatres).find(text)
    actors = actor_lexicon(theatres).find(text)
    sides = OneSided.of(theatres, places_found, actors)
    places_found = [sides.place(p) for p in places_found]
    country_names = gazetteer(theatres).country_names
    article = ArticleTheatres(theatres, places_found, actors, meta.theatre, country_names, sides.silent)
    if article.fallback() is None:
        article.settle_in(gazetteer(theatres).largest_town_country(text))
    if article.fallback() is None:
        article.settle_in(gazetteer(theatres).people_country(text))
    trusted = article.countries()
    named = [(a.start, a.end) for a in actors]
    places = [
        p
        for p in places_found
        if p.listed or ((not p.minor or p.location.country in trusted) and not _inside(p, named))
    ]
    # a minor place of a country the article does not name is still a place where the grammar says one follows
    spans = [(p.start, p.end) for p in places]
    local = [sides.place(p) for p in local_places(text, spans + named, spans)]
    places = sorted(places + local, key=_start)
    context = _Article(meta, theatres, model if model is not None else shipped_model(), article, places, actors)
    events: dict[str, Event] = {}
    fallback = article.fallback()
    if fallback is not None:
        sentences = split_sentences(text)
        story = _Story(
            when=_lead_time(sentences, meta, _zone(theatres, fallback.theatre)),
            ground_bombs=_tells_ground_bombs(text),
        )
        headlines = {s.start for s in sentences[:_LEAD] if _is_headline(text, s)}
        for sentence in sentences:
            for event in _sentence_events(sentence, context, story):
                known = events.get(event.id)
                if known is None or (
                    sentence.start not in headlines
                    and (_told_in(known, headlines) or (_quoted(known) and not _quoted(event)))
                ):
                    # the body's first telling of one event, not the headline's, and the narration's, not a quote's
                    events[event.id] = event
            story.place = _first_place(sentence, context) or story.place
    found = list(events.values())
    second_look = verifier if verifier is not None else shipped_verifier()
    if second_look is not None:
        found = second_look.keep(found, len(text))
    return Extraction(found, fallback, tuple(sorted({theatre for theatre, _ in sides.pairs})))


@dataclass(frozen=True)
class _Article:
    meta: ArticleMeta
    theatres: Theatres
    model: SentenceModel | None
    decide: ArticleTheatres
    places: list[PlaceMention]
    actors: list[ActorMention]

    def within(self, sentence: Sentence, skip: int) -> tuple[list[PlaceMention], list[ActorMention]]:
        """The sentence's places and actors, positions relative to it; the first `skip`
        characters (a dateline) left out."""
        return self.places_within(sentence, skip), _slice(self.actors, sentence, skip)

    def places_within(self, sentence: Sentence, skip: int) -> list[PlaceMention]:
        """The places past the dateline; with none there, the dateline's city: a wire story's
        lead that names no other place, or only the city's country, happened where it was filed
        ("BANGUI (AP) — The presidential guard opened fire …"); one that names another happened
        there ("BAMAKO (Reuters) – … in central Mali")."""
        past = _slice(self.places, sentence, skip)
        if not skip:
            return past
        filed = [p for p in _slice(self.places, sentence, 0)[:1] if p.start < skip]
        if filed and all(_names_its_country(sentence.text, p, filed[0]) for p in past):
            return filed
        return past


def _names_its_country(text: str, place: PlaceMention, city: PlaceMention) -> bool:
    """Whether `place` is only the city's country named as an owner or a party ("GOMA, DR Congo - … accused
    the Democratic Republic of the Congo military"), not where something happened ("… killed 492 people in
    Lebanon")."""
    return (
        _unplaced_country(text, place)
        and place.location.country == city.location.country
        and _PART_OF.search(text, max(0, place.start - 30), place.start) is None
    )


def _unplaced_country(text: str, place: PlaceMention) -> bool:
    """A country named with no locative right before it ("in", "across", …): a party, an owner or a topic."""
    return (
        place.location.precision == "country" and _LOCATIVE.search(text, max(0, place.start - 12), place.start) is None
    )


def _slice(mentions: list[_M], sentence: Sentence, skip: int) -> list[_M]:
    """`mentions` (sorted by start) inside the sentence, shifted to its positions."""
    start, end, shift = sentence.start + skip, sentence.end, sentence.start
    first, last = bisect_left(mentions, start, key=_start), bisect_left(mentions, end, key=_start)
    return [m.shifted(shift) for m in mentions[first:last] if m.end <= end]


def _inside(place: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    """A city's name within an actor's ("Vladimir" in "Vladimir Putin")."""
    return any(s <= place.start and place.end <= e and (s, e) != (place.start, place.end) for s, e in spans)


def _start(mention: PlaceMention | ActorMention) -> int:
    return mention.start


def _first_place(sentence: Sentence, article: _Article) -> PlaceMention | None:
    """The first place the sentence names past its dateline: where the sentences after it
    that name none happened (the heading of a situation report's lines, the town a wire
    story is about)."""
    dateline = _DATELINE.match(sentence.text)
    places = article.places_within(sentence, dateline.end() if dateline else 0)
    return places[0] if places else None


@dataclass(slots=True)
class _Story:
    """What the sentences read so far told that the next ones may leave unsaid: the last place
    named (where a sentence naming none happened) and the last day stated ("Gunmen attacked
    Kafr on Monday. Two soldiers were wounded.": wounded on Monday, not on the day of the report)."""

    place: PlaceMention | None = None
    when: TimeRef | None = None
    told: set[EventType] = field(default_factory=set)  # the types of the events told so far
    attack: EventType | None = None  # the type of the last attack told
    ground_bombs: bool = False  # the article tells of bombs set off on the ground, and of nothing from the air


# "Authorities did not remark on the drone attack": an attack the story told already, named again
_TOLD_AGAIN = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$")
_ATTACK_NOUN = re.compile(
    r"(?:[\w-]+ )?(?:attacks?|strikes?|airstrikes?|air ?raids?|raids?|shelling|bombing|bombardment|clash(?:es)?|"
    r"fighting|ambush|assault|firefights?|gunfights?|gun ?battles?|battles?|skirmish(?:es)?|explosions?|blasts?)\b"
)
_ATTACKS = frozenset({EventType.AIR_STRIKE, EventType.GROUND_CLASH, EventType.ROCKET_FIRE})
_TRUCE_TOLD = frozenset({EventType.CEASEFIRE_AGREED, EventType.CEASEFIRE_IN_EFFECT, EventType.CEASEFIRE_VIOLATION})
_BREACH_WORDS = ("breach", "violat")
_TRUCE_WORDS = ("ceasefire", "cease-fire", "truce", "armistice", "agreement", "deal", "accord")
_BREACHES = re.compile(r"\b(?:breach(?:es|ed)?|violations?|violated|violating)\b")
# breaches of something else: "human rights violations", "a breach of sovereignty", "in violation of an arms embargo"
_OTHER_BREACHES = re.compile(
    r"\b(?:breach\w*|violat\w*)\b (?:of )?(?:the |an? |its |their )?(?:[\w’'-]+ ){0,2}?(?:human rights|rights|law|laws|"
    r"sovereignty|embargo|freedom|airspace|territor\w*|privacy|lines?|resolutions?|charter|conventions?)\b|"
    r"\b(?:human rights|rights|sexual|gender-based|gender|humanitarian law|abuses and|airspace|air space) "
    r"(?:[\w-]+ )?violations?\b|"
    r"\b(?:no|not|without|nor|zero)\b (?:[\w-]+ ){0,2}?(?:breach|violat)"  # "no violations were reported"
)
# "The village of al-Qasf and the town of Sirrin were also hit", "Others hit Dhamar and Ibb": more places of the
# attack the story told last, which the sentence does not name again
_ALSO_HIT = re.compile(
    r"\b(?:(?:were|was|have been|has been|had been) also (?:hit|targeted|struck|shelled|bombed|attacked|pounded)|"
    r"others (?:also )?hit|"
    # "The affected sectors included Kupwara, Baramulla and Poonch": the places of the attack just told
    r"(?:affected|targeted) (?:sectors|areas|villages|towns|districts|places|locations|cities) (?:included|include|"
    r"were|are)|(?:sectors|areas|villages|towns|districts|places|locations|cities) (?:affected|targeted) "
    r"(?:included|include|were|are)|"
    # "the villages which were targeted by Pakistan included …", "… were the primary targets of the operation"
    r"(?:which|that) (?:were|was) (?:targeted|shelled|hit|attacked)\b[^.;]{0,40}?\binclud(?:ed|e)|"
    r"were (?:the )?(?:main |primary |principal )?targets)\b"
)
_ALSO_HIT_NEEDLES = needle_sets(_ALSO_HIT)  # most sentences hold none of its words: not searched
# "Tuesday's attack targeted a village", "the attack on the camp had killed 59": the attack the story told, named
# again with no word of fighting on the ground, is of the kind told (an air strike or rocket fire, not a clash)
_THE_ATTACK = re.compile(
    r"\b(?:the|this|that|such an?|[a-z]+day[’']s) (?:(?:deadly|latest|recent|same|reported|alleged|overnight|early|"
    r"large-scale|massive|hours-long) )?(?:attack|assault)\b"
)
_FROM_AFAR = frozenset({EventType.AIR_STRIKE, EventType.ROCKET_FIRE})
_BOMBING = re.compile(r"bomb(?:s|ings?)?")
_FROM_THE_AIR = re.compile(
    r"\b(?:air\w*|aircraft|jets?|warplanes?|planes?|drones?|helicopters?|missiles?|aerial|shell\w*|artillery)\b"
)
_GROUND_BOMBS = re.compile(
    r"\b(?:suicide (?:bomb\w*|attack\w*|vests?)|(?:car|truck|roadside|motorcycle|motorbike|vehicle|bicycle) bombs?|"
    r"improvised explosive|ieds?|vbieds?|(?:packed|laden|rigged|planted|booby-trapped) (?:with )?explosives?|"
    r"explosives?[- ](?:laden|packed|rigged)|booby-trapped (?:car|vehicle|motorcycle))\b"
)


def _tells_ground_bombs(text: str) -> bool:
    lowered = text.lower()
    return _GROUND_BOMBS.search(lowered) is not None and _FROM_THE_AIR.search(lowered) is None


_ON_THE_GROUND = re.compile(
    r"\b(?:attackers|assailants|troops|soldiers|patrols?|clash\w*|fighting|fought|stormed|ambush\w*|gunfire|"
    r"gunshots?|shot|shooting|firing|opened fire|raid\w*|overran|captured|seized|control|ground)\b"
)
# "supporters of his party clashed with security forces", "soldiers opened fire on him and three friends"
_CROWD = re.compile(
    r"\b(?:supporters|protesters|protestors|demonstrators|crowds?|youths|students|rioters|mobs?|him|them|friends|"
    r"agitators|marchers|processions?|rallies|protests|demonstrations)\b"
)
# clashes told with no army, weapon of war, border, truce, sect, tribe or armed group named, in a story of protests: the
# protests' clashes ("clashes broke out in a village outside the capital"); the armed groups `_ARMED_GROUP` names
# have turned the sentence away before this is read
_CLASHES = re.compile(r"\bclash")
_WAR_ARMS = re.compile(
    r"\b(?:troops|soldiers|army|armed|military|shelling|artillery|tanks?|drones?|air ?strikes?|airstrikes?|"
    r"warplanes?|border|frontier|front ?lines?|hostilities|cease-?fire|truce|sectarian|tribal|taliban|isis|isil|"
    r"islamic state|al-shabaa?b|boko haram)\b"
)
# an armed group named: a clash on the ground, neither the story's protests nor its strike from afar told again
_ARMED_GROUP = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|fighters|gunm[ae]n|jihadists?|terrorists?|bandits?|militia\w*|"
    r"separatists?|guerrillas?|gangs?|gang members|armed (?:men|groups?|elements))\b"
)
_PEOPLE_HIT = re.compile(
    r"\b(?:people|persons|civilians|children|women|men|soldiers|residents|passers-by|\d+|one|two|three|four|five|"
    r"several)\b[^.;]{0,20}?\b(?:were|was) also (?:hit|struck|shot)\b"
)
_LEAD = 4  # sentences: a headline, a standfirst, a dateline's first line and the lead that dates the story
_STAMPS = 3  # lines among them that only sign or stamp the page ("AP News", "Posted: Jun 02, 2013 11:09 AM")
# "some 4,000 rockets have been launched", "fighting has raged": a tally or a state up to the report, not an incident
_PERFECT = re.compile(r"\b(?:has|have) (?:\w+ )?(?:been|[a-z]+ed|[a-z]+en)\b")
_RUNNING_TOLL = re.compile(r"\b(?:toll|total|so far|in all|overall|altogether|to date|since)\b")
_INCIDENTS = frozenset(
    {
        EventType.GROUND_CLASH,
        EventType.AIR_STRIKE,
        EventType.ROCKET_FIRE,
        EventType.INFRASTRUCTURE_DAMAGE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        EventType.CIVIL_UNREST,
        EventType.CEASEFIRE_VIOLATION,
    }
)


def _happened_then(event_type: EventType, counts: Counts, lowered: str) -> bool:
    """Whether an event its sentence leaves undated took place when the story last said: an
    incident, or the toll of one ("Three caregivers were killed in the attack"); not a running
    toll ("the death toll rose to 40"), a total or a statement."""
    if counts.cumulative:
        return False
    if event_type is EventType.CASUALTY_REPORT:
        return _RUNNING_TOLL.search(lowered) is None
    return event_type in _INCIDENTS


def _lead_time(sentences: list[Sentence], meta: ArticleMeta, zone_name: str) -> TimeRef | None:
    """The day the story's lead states, which its headline leaves unsaid ("Jihadists kill 12 in
    Burkina" over "… on Monday, gunmen attacked …"). A byline or a stamp of when the page was
    posted ("Posted: Jun 02, 2013 11:09 AM") tells when it was written, not when anything happened."""
    zone = timezone(zone_name)
    for sentence in [s for s in sentences[: _LEAD + _STAMPS] if not _is_stamp(s.text)][:_LEAD]:
        if dated_long_before(sentence.text, meta.published):
            continue
        when = resolve_time(sentence.text, meta.published, zone)
        if when.stated:
            return day_of(when, zone)
    return None


# a link in a sentence ("Read full article at: https://…/juntas-airstrikes-kill-dozens/")
_LINK = re.compile(r"\b(?:https?|ftp)://\S+")
# "Posted: Jun 02, 2013 11:09 AM", "By Staff Reporter", "Last updated 08 Oct 2024 10:35am"
_BYLINE = re.compile(r"\s*(?:(?:Posted|Published|Updated|Last updated)\b|By\s+[A-Z])")
# the words of a stamp besides its date and time ("12:52 CAT | 30 Nov 2021", "August 31, 2021")
_NOT_A_STAMPS_WORD = re.compile(
    rf"\b(?!(?:{MONTH}|{WEEKDAY}|GMT|UTC|CAT|EAT|WAT|IST|EST|EDT|PST|PDT|CET|CEST)\b)[A-Za-z]{{3,}}"
)


def _with_filed_day(blanked: str, text: str, dateline: re.Match[str]) -> str:
    """The sentence with its dateline blanked but the day it was filed on kept ("MOIRANG, May 26 : …")."""
    start, end = dateline.span("filed")
    return blanked[:start] + text[start:end] + blanked[end:]


def _is_stamp(text: str) -> bool:
    """A byline, or a line holding nothing but a date and a time."""
    return _BYLINE.match(text) is not None or len(_NOT_A_STAMPS_WORD.findall(text)) < 2


def _sentence_events(sentence: Sentence, article: _Article, story: _Story) -> Iterator[Event]:
    if _TAG_LINE.fullmatch(sentence.text) or (
        may_match_folded(_REPORT_TITLE_NEEDLES, sentence.text) and _REPORT_TITLE.search(sentence.text)
    ):
        return  # "News Feed, Russia, Ukraine, Drone attack, Odesa": a page's tags or a report's title, not a sentence
    dateline = _DATELINE.match(sentence.text)
    skip = dateline.end() if dateline else 0
    text = " " * skip + sentence.text[skip:]
    if "rotestor" in text:  # "protestors": the patterns and the figures' nouns write "protesters" (same length)
        text = text.replace("rotestor", "rotester")
    if "://" in text:  # a link's words ("…/insurgents-attack-village-in-tanzania/") tell nothing: blanked
        text = _LINK.sub(lambda link: " " * len(link.group()), text)
    lowered = _lower_in_place(text)
    opened, present = GATES.open_for(lowered)
    matched = [
        (pattern, m, pattern.demoted(lowered, m))
        for pattern in opened
        if (m := pattern.trigger(lowered, text, present)) is not None
    ]
    guessed = article.model.likely(text) if article.model is not None else {}
    also = (
        story.attack
        if story.attack is not None and holds_needles(_ALSO_HIT_NEEDLES, lowered) and _ALSO_HIT.search(lowered)
        else None
    )
    # "breaches have been reported around Marib" after the story told the truce: breaches of it (a sentence that
    # names a truce is the patterns' to read)
    breached = (
        bool(story.told & _TRUCE_TOLD)
        and holds_any(_BREACH_WORDS, lowered)
        and _BREACHES.search(lowered) is not None
        and _OTHER_BREACHES.search(lowered) is None
        and not holds_any(_TRUCE_WORDS, lowered)
    )
    if not matched and not guessed and also is None and not breached:
        return
    places, mentions = article.within(sentence, skip)
    decision = article.decide.for_sentence(places, mentions)
    meta = article.meta
    if decision is None or dated_long_before(text, meta.published):
        return
    suppressed = {t for pattern, _, demoted in matched if not demoted for t in pattern.suppresses}
    if EventType.CEASEFIRE_TALKS in suppressed and _TALKS_TOLD.search(lowered):
        suppressed.discard(EventType.CEASEFIRE_TALKS)  # an agreement told with the talks that reached it
    if EventType.GROUND_CLASH in suppressed and _ARMED_MEN_FOUGHT.search(lowered):
        suppressed.discard(EventType.GROUND_CLASH)
    zone = timezone(_zone(article.theatres, decision.theatre))
    story_day = story.when.at.date() if story.when is not None else None
    told = resolve_time(text, meta.published, zone, story_day)
    if not told.stated and dateline is not None and dateline["filed"] is not None:
        # the day a story was filed on, which a paper of the next day prints, is the day its lead tells of
        told = resolve_time(_with_filed_day(text, sentence.text, dateline), meta.published, zone, story_day)
    if not told.stated and story.when is not None and holds_any(_COUNTED_ON, lowered):
        told = told_days_later(text, story.when) or told
    if told.stated:
        story.when = day_of(told, zone)
    earlier = told_days_after(text, told, meta.published, zone, story_day) if "after" in lowered else None
    # an incident the sentence does not date happened when the story's last dated sentence says; a toll, a
    # displacement figure, a statement or a truce it does not date is the report's (the guide's running totals)
    carried = story.when if not told.stated and story.when is not None and not _PERFECT.search(lowered) else None
    actors = pick_actors(mentions, decision.theatre)
    attribution = find_attribution(text)
    hedge = hedge_factor(text)
    figures: Counts | None = None
    segments: list[tuple[int, int, int, Quantity]] | None = None
    counted = text  # the text the figures are read from (see _title_case and _SHOUTED_LEAD)
    made: set[EventType] = set()
    home = article.theatres.by_slug.get(decision.theatre)
    where = [p for p in places if not _acts(text, p) and not _nationals_of(text, p)]
    where = [p for p in where if not _measured_from(text, p)] or where
    known = where or ([replace(story.place, start=0, end=0)] if story.place is not None else [])
    known = [p for p in known if not _owns(text, p, known)]  # where the events of every pattern took place

    def emit(
        pattern: ExtractionPattern, event_type: EventType, at: tuple[int, int], extractor: str, confidence: float
    ) -> Iterator[Event]:
        nonlocal figures, segments, counted
        if pattern.counts and figures is None:
            counted = lowered if _title_case(text) else _SHOUTED_LEAD.sub(lambda m: m[0].lower(), text)
            figures = read_counts(counted)
        counts = keep(figures, pattern.counts) if figures is not None and pattern.counts else _NO_COUNTS
        if pattern.requires_counts and not counts.values():
            return
        made.add(event_type)
        draft = _Draft(sentence, meta, extractor, event_type, counts, actors, attribution, confidence)
        when = carried if carried is not None and _happened_then(event_type, counts, lowered) else told
        if earlier is not None and pattern.trigger(lowered[: earlier[0]], text[: earlier[0]], present) is None:
            when = earlier[1]  # told only in what came before the sentence's date ("…, a day after …")
        if pattern.counts and places and segments is None:
            segments = toll_segments(text, [(p.start, p.end) for p in places])
        if pattern.counts and segments:  # "38 in Mukondi and eight in Mausa": an event for each place's figures
            for (_, _, index, _), figures_there in zip(segments, segment_counts(counted, segments), strict=True):
                draft.counts = keep(figures_there, pattern.counts)
                if draft.counts.values() or not pattern.requires_counts:
                    named = places[index]
                    where = _theatre_of(article, named, decision, event_type, text).theatre
                    yield from draft.build(where, when.at, when.precision, named.location, when.duration)
            return
        duration = when.duration or (_duration(text) if pattern.duration else None)
        # "11 soldiers and 15 gunmen died": a toll for each side
        sides = side_segments(counted) if pattern.counts and counts.values() else []
        for tolled in [keep(read_counts(counted, span=side), pattern.counts) for side in sides] or [counts]:
            draft.counts = tolled
            for index, place in enumerate(_locations(pattern, known, at, lowered, bool(tolled.values()), home)):
                theatre = _theatre_of(
                    article, place if isinstance(place, PlaceMention) else None, decision, event_type, text
                )
                location = place.location if isinstance(place, PlaceMention) else place
                if index == 1:
                    draft.counts = _NO_COUNTS  # the figures are the first place's; the others are named, not counted
                yield from draft.build(theatre.theatre, when.at, when.precision, location, duration)

    tally = summary_since(text, meta.published)
    retold: set[EventType] = set()
    for pattern, match, demoted in matched:
        if in_dated_clause(text, match.start(), meta.published) or _in_yardstick(lowered, match.start()):
            continue
        event_type = _as_the_story_tells(pattern.event_type(text, demoted), story, lowered, match)
        if event_type in suppressed or event_type in made or (pattern.fallback and made & pattern.types):
            continue
        if tally and pattern.factual:
            continue  # "since November 2023 the Houthis have launched dozens of attacks": a tally
        if (
            event_type in _ATTACKS
            and event_type in story.told
            and not places
            and not told.stated
            and _ATTACK_NOUN.match(lowered, match.start())
            and _TOLD_AGAIN.search(lowered, max(0, match.start() - 24), match.start())
        ):
            retold.add(event_type)
            continue  # no place or time of its own: the event told before
        if pattern.pause:
            made.add(event_type)
            yield from _Draft(
                sentence, meta, pattern.id, event_type, _NO_COUNTS, actors, attribution, pattern.confidence * hedge
            ).pause(told, places, match, decision.theatre)
            continue
        first = list(emit(pattern, event_type, match.span(), pattern.id, pattern.confidence * hedge))
        yield from first
        if not first or not pattern.per_place or pattern.counts:
            continue
        # a clause of its own at another place: "…, while in Kirkuk hundreds staged a sit-in"
        later = _later_match(pattern, lowered, text, match.end())
        while later is not None:
            if not in_dated_clause(text, later.start(), meta.published):
                yield from emit(pattern, event_type, later.span(), pattern.id, pattern.confidence * hedge)
            later = _later_match(pattern, lowered, text, later.end())
    for event_type, probability in guessed.items():
        reader = READERS.get(event_type)
        if reader is None or event_type in made or event_type in suppressed or made & _TOLD_AS.get(event_type, set()):
            continue
        if event_type in retold:
            continue
        if (tally and reader.factual) or reader.vetoes(lowered):
            continue
        yield from emit(reader, event_type, (0, 0), f"model-{event_type.value}", probability * hedge)
    if also is not None and places and not made & _ATTACKS and not _PEOPLE_HIT.search(lowered):
        reader = READERS[also]
        yield from emit(reader, also, (0, 0), f"continued-{also.value}", reader.confidence * hedge)
    violation = EventType.CEASEFIRE_VIOLATION
    if breached and violation not in made and violation not in suppressed:
        reader = READERS[violation]
        yield from emit(reader, violation, (0, 0), f"told-{violation.value}", reader.confidence * hedge)
    if attacks := made & _ATTACKS:
        story.attack = also if also in attacks else min(attacks)  # one of several: any, but always the same
    story.told |= made


def _later_match(pattern: ExtractionPattern, lowered: str, text: str, after: int) -> re.Match[str] | None:
    """The pattern's next trigger in the sentence past `after` (the sentence blanked up to there, so the
    offsets stay the sentence's); none without a gate word of the pattern there."""
    opened, present = GATES.open_for(lowered[after:])
    if pattern not in opened:
        return None
    blank = " " * after
    return pattern.trigger(blank + lowered[after:], blank + text[after:], present)


def _as_the_story_tells(event_type: EventType, story: _Story, lowered: str, match: re.Match[str]) -> EventType:
    """A clash read from a sentence that names no armed group, when the story before it tells the kind: the air
    strike or rocket fire it told, named again ("Tuesday's attack targeted a village"), or its protests
    ("supporters clashed with security forces"); and a bombing that no aircraft carried out: "the bombing" of a
    story that told a bomb set off on the ground ("a truck bomb tore through …", then "it is not clear who staged
    the bombing"), or any bomb of an article that tells of suicide bombers or car bombs and of nothing from the
    air, which is that attack."""
    if (
        event_type is EventType.AIR_STRIKE
        and _BOMBING.fullmatch(match.group())
        and not _FROM_THE_AIR.search(lowered)
        and (
            story.ground_bombs
            or (
                story.attack is EventType.GROUND_CLASH
                and EventType.AIR_STRIKE not in story.told
                and _TOLD_AGAIN.search(lowered, max(0, match.start() - 24), match.start()) is not None
            )
        )
    ):
        return EventType.GROUND_CLASH
    if event_type is not EventType.GROUND_CLASH or _ARMED_GROUP.search(lowered):
        return event_type
    attack = story.attack
    if (
        attack in _FROM_AFAR
        and attack is not None
        and lowered.count("attack") + lowered.count("assault") == 1
        and _THE_ATTACK.search(lowered)
        and not _ON_THE_GROUND.search(lowered)
    ):
        return attack
    if EventType.CIVIL_UNREST in story.told and (
        _CROWD.search(lowered) or (_CLASHES.search(lowered) and not _WAR_ARMS.search(lowered))
    ):
        return EventType.CIVIL_UNREST
    return event_type


class _Draft:
    """What the events of one pattern in one sentence share."""

    def __init__(
        self,
        sentence: Sentence,
        meta: ArticleMeta,
        extractor: str,
        event_type: EventType,
        counts: Counts,
        actors: Actors,
        attribution: str | None,
        confidence: float,
    ) -> None:
        self.sentence = sentence
        self.meta = meta
        self.extractor = extractor
        self.type = event_type
        self.counts = counts
        self.actors = actors
        self.attribution = attribution
        evidence = sentence.text[:_MAX_EVIDENCE]
        span = (meta.offset + sentence.start, meta.offset + sentence.end)
        confidence = round(min(1.0, max(0.0, confidence)), 3)
        origin = _origin(meta.outlet, meta.url, meta.article_id)
        if (
            origin is not None
            and evidence
            and type(span[0]) is int
            and type(span[1]) is int
            and 0 <= span[0] <= span[1]
            and _short_text(extractor)
            and type(confidence) is float
        ):  # what validation would keep as it is: assembled without it
            outlet, url, article_id = origin
            fields = {"outlet": outlet, "url": url, "article_id": article_id, "evidence": evidence, "span": span}
            self.source = assembled(Source, fields | {"extractor": extractor, "confidence": confidence})
        else:
            self.source = Source(
                outlet=meta.outlet,
                url=meta.url,
                article_id=meta.article_id,
                evidence=evidence,
                span=span,
                extractor=extractor,
                confidence=confidence,
            )

    def build(
        self,
        theatre: str,
        at: object,
        precision: TimePrecision,
        location: Location | None,
        duration: timedelta | None,
        event_type: EventType | None = None,
    ) -> Iterator[Event]:
        fields = {
            "type": event_type or self.type,
            "theatre": theatre,
            "occurred_at": at,
            "time_precision": precision,
            "reported_at": self.meta.published,
            "duration": duration,
            "location": location,
            "actors": self.actors,
            "counts": self.counts,
            "source": self.source,
            "attribution": self.attribution,
        }
        if (event := _assembled_event(fields)) is not None:
            yield event
            return
        try:
            yield Event.model_validate(fields)
        except ValidationError as exc:
            log.debug("candidate skipped by=%s span=%s: %s", self.extractor, self.source.span, exc.errors()[:1])

    def pause(self, when: TimeRef, places: list[PlaceMention], match: re.Match[str], theatre: str) -> Iterator[Event]:
        """A reported pause starts at the time the sentence gives (its day, when only
        a day) and lasts `duration`; "before resuming against X and Y" is rocket fire
        at each place when the pause ended."""
        text = self.sentence.text
        duration = _duration(text)
        if duration is None:
            return
        resumed = _RESUMPTION.search(text, match.start())
        before = [p for p in places if resumed is None or p.start < resumed.start()]
        after = [p for p in places if resumed is not None and p.start > resumed.start()]
        pause_place = (before or after)[0].location if before or after else None
        yield from self.build(theatre, when.at, TimePrecision.SPAN, pause_place, duration)
        if resumed is None:
            return
        self.source = self.source.model_copy(update={"extractor": f"{self.extractor}-resumption"})
        self.counts = _NO_COUNTS
        targets: list[Location | None] = [p.location for p in after[:_MAX_PLACES_PER_EVENT]]
        for location in targets or [None]:
            yield from self.build(
                theatre, when.at + duration, TimePrecision.HOUR, location, None, EventType.ROCKET_FIRE
            )


_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")  # conflictwatch.models.Slug
# the fields a draft gives, counted as set as validating the draft counts them
_EVENT_GIVEN = tuple(name for name in Event.model_fields if name not in ("schema_version", "event_id"))


def _assembled_event(fields: dict[str, Any]) -> Event | None:
    """The Event `Event.model_validate(fields)` gives, built without validating the
    fields again where each of the model's rules is seen to hold: the parts are the
    contract's own models and enums (validated when built), the times aware, in the
    model's range and order, the duration positive, the theatre a slug and the
    attribution short and stripped. None where one does not: that draft goes through
    validation, which says why it fails."""
    at, reported, duration, attribution = (
        fields["occurred_at"],
        fields["reported_at"],
        fields["duration"],
        fields["attribution"],
    )
    if not (
        type(at) is datetime
        and at.utcoffset() is not None
        and type(reported) is datetime
        and reported.utcoffset() is not None
        and EARLIEST_EVENT_TIME <= at <= reported + LATEST_SCHEDULE_AHEAD
        and (duration is None or (type(duration) is timedelta and duration > timedelta(0)))
        and (attribution is None or _short_text(attribution))
        and type(fields["theatre"]) is str
        and _SLUG.fullmatch(fields["theatre"])
        and type(fields["type"]) is EventType
        and type(fields["time_precision"]) is TimePrecision
        and (fields["location"] is None or type(fields["location"]) is Location)
        and type(fields["actors"]) is Actors
        and type(fields["counts"]) is Counts
        and type(fields["source"]) is Source
    ):
        return None
    event = assembled(Event, {"schema_version": SCHEMA_VERSION, "event_id": None, **fields}, _EVENT_GIVEN)
    event.__dict__["event_id"] = compute_event_id(event)
    return event


def _short_text(value: object) -> bool:
    """Whether validating `value` as a ShortText keeps it as it is (Python's strip removes
    every character pydantic's does)."""
    return type(value) is str and 0 < len(value) <= _SHORT_TEXT and value == value.strip()


@lru_cache(maxsize=1024)  # the same for every event of an article
def _origin(outlet: str, url: str | None, article_id: str | None) -> tuple[str, str | None, str | None] | None:
    """The outlet, URL and article id as a Source validates them; None where they fail."""
    try:
        source = Source(outlet=outlet, url=url, article_id=article_id, evidence="-")
    except ValidationError:
        return None
    return source.outlet, source.url, source.article_id


def _quoted(event: Event) -> bool:
    """Told in a quotation: a witness's or an official's words, where a report's own
    narration of the same event reads it better."""
    return event.source.evidence.lstrip().startswith(("“", '"'))


def _told_in(event: Event, starts: set[int]) -> bool:
    return event.source.span is not None and event.source.span[0] in starts


def _is_headline(text: str, sentence: Sentence) -> bool:
    """A line of its own without a sentence's closing stop: a headline or a standfirst."""
    ends_line = sentence.end >= len(text) or text.startswith("\n", sentence.end)
    return ends_line and not sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))


def _title_case(text: str) -> bool:
    """A headline in title case ("Seven Palestinians Said Killed"): its figures are read
    as if written in lower case, the way the count reader's words are."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= _TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def _lower_in_place(text: str) -> str:
    """The text in lower case with every character where it was ("İ" lowers to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _duration(text: str) -> timedelta | None:
    try:
        duration = find_duration(text)
    except OverflowError:
        return None
    return duration if duration is not None and duration <= _MAX_DURATION else None


def _theatre_of(
    article: _Article, place: PlaceMention | None, sentence: Decision, event_type: EventType, text: str
) -> Decision:
    """The theatre of an event at `place`; where people fled to ("3,900 refugees have fled into India's
    Mizoram state") is not the war they fled, which is the article's."""
    if (
        event_type is EventType.DISPLACEMENT_REPORT
        and place is not None
        and _FLED_TO.search(text, max(0, place.start - _FLED_TO_REACH), place.start)
        and (war := article.decide.fallback()) is not None
    ):
        return war
    located = (
        event_type in _LOCATED_TYPES
        and place is not None
        and _LOCATED_IN.search(text, max(0, place.start - _LOCATED_IN_REACH), place.start) is not None
    )
    return article.decide.for_place(place, sentence, located=located)


def _acts(text: str, place: PlaceMention) -> bool:
    """Whether a country, or a capital standing for its government, is named as a party that acts ("Israel
    responded with its heaviest barrage", "Egypt, which brokered the truce", "shells fired from Pakistan",
    "talks with Russia", "Moscow launched a drone attack"), not as where anything happened. ("Clashes between
    Hamas and Israel" may still be in Israel.)"""
    return (place.location.precision == "country" or place.capital) and (
        _ACTS.match(text, place.end) is not None
        or _PARTY_BEFORE.search(text, max(0, place.start - 24), place.start) is not None
    )


def _in_yardstick(lowered: str, at: int) -> bool:
    return "since" in lowered and any(m.start() < at < m.end() for m in _YARDSTICK.finditer(lowered))


def _zone(theatres: Theatres, slug: str) -> str:
    """The theatre's time zone, or a country-level slug's (`Gazetteer.country_zones`)."""
    if slug in theatres.by_slug:
        return theatres.timezone(slug)
    return gazetteer(theatres).country_zones.get(slug, "UTC")


def _nationals_of(text: str, place: PlaceMention) -> bool:
    return _NATIONALS_OF.search(text, max(0, place.start - _NATIONALS_OF_REACH), place.start) is not None


def _measured_from(text: str, place: PlaceMention) -> bool:
    return _MEASURED_FROM.search(text, max(0, place.start - _MEASURED_FROM_REACH), place.start) is not None


def _owns(text: str, place: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether `place` owns what follows it ("Gaza's civil defence agency said … in Nuseirat",
    "Gaza's Khan Younis region") while the sentence names a narrower place: that one is where it
    happened. Beside a place as broad ("Gaza's health ministry … since Israel launched") it stays."""
    breadth = _BREADTH[place.location.precision]
    end = place.end - 2 if text.endswith(("’s", "'s"), 0, place.end) else place.end  # a name found with its "’s"
    return bool(_OWNER.match(text, end)) and any(_BREADTH[p.location.precision] < breadth for p in places)


def _locations(
    pattern: ExtractionPattern,
    places: list[PlaceMention],
    at: tuple[int, int],
    text: str,
    has_counts: bool,
    theatre: Theatre | None,
) -> list[PlaceMention | Location | None]:
    for regex, name in pattern.places:
        if regex.search(text):
            return [gazetteer().lookup(name)]
    if not places:
        home = gazetteer().home(theatre.slug) if theatre is not None and _NATIONWIDE.search(text) else None
        return [home]
    after = [p for p in places if p.start >= at[0]]
    after = [p for p in after if not _FIRED_FROM.search(text, max(0, p.start - _FIRED_FROM_REACH), p.start)] or after
    targets = [p for p in after if _against_country(text, p)]
    after = [p for p in after if p not in targets]
    before = [p for p in places if p.start < at[0]]
    if pattern.type is EventType.CIVIL_UNREST and before and _fronted(text, before[0]):
        # a country the crowd is about ("… chanting “Don’t Bomb Syria”"), not where it is
        after = [p for p in after if not _unplaced_country(text, p)]
    if pattern.per_place and len(listed := _list_before(before, text, at[0])) > 1:
        return list(listed[:_MAX_PLACES_PER_EVENT])  # "Sumy, Kharkiv and Odesa oblasts came under attack"
    if pattern.per_place and after and (not has_counts or after[0].start - at[1] <= _NEAR):
        listed = _enumeration(after, text)
        if len(listed) == 1 and (within := _within_country(listed[0], after, text)) is not None:
            return [within]
        if len(listed) == 1 and (later := _later_list(after[1:], text)):
            listed = [*listed, *later]
        return list(listed[:_MAX_PLACES_PER_EVENT])
    if after and (not has_counts or after[0].start - at[1] <= _NEAR):
        return [_within_country(after[0], after, text) or after[0]]
    if before and _WHERE_AFTER.match(text, before[-1].end):
        return [before[-1]]  # "protests in Vietnam where over 20 people were killed": that place, not a town before it
    if before:
        # the most specific place before the trigger ("In El Geneina in West Darfur, clashes …"),
        # or the place the figures follow ("strikes on Gaza City killed at least 42 …")
        return [min(before, key=lambda p: (_BREADTH[p.location.precision], at[0] - p.start))]
    return [(after or targets)[0]]


def _fronted(text: str, place: PlaceMention) -> bool:
    """Whether the sentence opens with the place as where it happened: "In Boston, some 200 people …"."""
    return _FRONTED.fullmatch(text, 0, place.start) is not None


def _against_country(text: str, place: PlaceMention) -> bool:
    return place.location.precision == "country" and (
        _PROTESTED_AGAINST.search(text, max(0, place.start - _PROTESTED_AGAINST_REACH), place.start) is not None
    )


def _within_country(place: PlaceMention, places: list[PlaceMention], text: str) -> PlaceMention | None:
    """A town of the same country named after a country ("a rocket attack conducted in Ukraine …
    killed six in the southern city of Kherson"): where it happened. Not one of the parts a toll
    lists ("seven killed in Israel, including a boy whose home in Sderot was hit")."""
    if place.location.precision != "country":
        return None
    country = place.location.country
    return next(
        (
            p
            for p in places
            if p.start > place.start
            and p.location.country == country
            and _is_town(p)
            and not _PARTS.search(text, place.end, p.start)
        ),
        None,
    )


def _is_town(place: PlaceMention) -> bool:
    return _BREADTH[place.location.precision] <= _BREADTH["city"]


def _list_before(places: list[PlaceMention], text: str, trigger: int) -> list[PlaceMention]:
    """The places listed together right before the trigger, in order."""
    if not places or trigger - places[-1].end > _LIST_REACH:
        return []
    listed = [places[-1]]
    for place in reversed(places[:-1]):
        if not _LIST_JOINER.fullmatch(text, place.end, listed[0].start):
            break
        listed.insert(0, place)
    return listed


def _later_list(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A list of places the sentence goes on to name after its first place, given as the towns or
    areas where it also happened: "…, and demonstrators came out in cities including Labe, Pita and Boke"."""
    for index, place in enumerate(places):
        if _LIST_INTRO.search(text, max(0, place.start - _LIST_INTRO_REACH), place.start):
            listed = _enumeration(places[index:], text)
            return listed if len(listed) > 1 else []
    return []


def _enumeration(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The first place and those listed with it: "in Lviv, Kharkiv, Dnipro and Zhytomyr"; a place
    that only holds the ones before it ("… districts in Al Hudaydah, as well as in Hajjah") is not one."""
    listed = [places[0]]
    last = places[0]
    for place in places[1:]:
        between = text[last.end : place.start]
        if "(" in between and ")" not in between:
            continue  # named in an aside about the place before it: "Vodiane (94km south of Donetsk)"
        if len(listed) == 1 and _SPECIFICS.fullmatch(text, last.end, place.start):
            listed = [place]  # the places named within the first stand for it
        elif _LIST_JOINER.fullmatch(text, last.end, place.start):
            listed.append(place)
        elif not _CONTAINER_JOINER.fullmatch(text, last.end, place.start):
            break
        last = place
    if len(listed) == 2 and _COMMA.fullmatch(text, listed[0].end, listed[1].start) and _broader(listed[1], listed[0]):
        return listed[:1]  # "in El Fasher, North Darfur": the region holds the town, no list of two
    return listed


def _broader(place: PlaceMention, than: PlaceMention) -> bool:
    return _BREADTH[place.location.precision] > _BREADTH[than.location.precision]
