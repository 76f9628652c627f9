"""extract(text, meta) -> events: the article extractor's one entry point.

Pure: no I/O, no clock, no randomness, so the same article gives the same events
(and event ids) on every run. It never raises on text: a sentence whose
candidate event fails validation is skipped and reported in the log at debug.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import timedelta, tzinfo

from pydantic import ValidationError

from conflictwatch.models import Actors, Counts, Event, EventType, Location, Source, TimePrecision
from producers.extract.actors import find_actors, pick_actors
from producers.extract.counts import keep, read_counts
from producers.extract.meta import ArticleMeta
from producers.extract.places import PlaceMention, gazetteer
from producers.extract.reporting import find_attribution, hedge_factor
from producers.extract.rule import Rule
from producers.extract.rules import RULES
from producers.extract.sentences import Sentence, split_sentences
from producers.extract.times import TimeRef, find_duration, resolve_time, theatre_timezone

log = logging.getLogger(__name__)

_RESUMPTION = re.compile(r"\b(?:resum\w*|again|renewed|restarted)\b", re.IGNORECASE)
# "GAZA/JERUSALEM, May 13 (Example Wire) - ": where and when the wire filed, not what happened
_DATELINE = re.compile(r"^[A-Z][A-Z/ ,.'’-]{1,60},\s+[A-Z][a-z]{2,8}\.? \d{1,2}\s+\([^)]{1,60}\)\s+[-–—]\s+")
_LIST_JOINER = re.compile(
    r"(?:’s|'s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|central|port|capital|border)\s+)?"
    r"(?:(?:city|town|village|port|region|suburb|province|governorate|district)\s+of\s+)?"
)
_NATIONWIDE = re.compile(r"\b(?:across the country|nationwide|throughout the country|the country's)\b", re.IGNORECASE)
_NEAR = 40  # characters: a place this close after a toll's verb is where it happened ("killed in Israel")
_BREADTH = {"exact": 0, "city": 1, "region": 2, "country": 3}
_MAX_EVIDENCE = 2000
_MAX_DURATION = timedelta(days=366)
_MAX_PLACES_PER_EVENT = 8


def extract(text: str, meta: ArticleMeta) -> list[Event]:
    """Every event the rules find in `text`, in order of the text, one per event id."""
    meta = meta.with_article_id(text)
    zone = theatre_timezone(meta.theatre)
    events: dict[str, Event] = {}
    for sentence in split_sentences(text):
        for event in _sentence_events(sentence, meta, zone):
            events.setdefault(event.id, event)
    return list(events.values())


def _sentence_events(sentence: Sentence, meta: ArticleMeta, zone: tzinfo) -> Iterator[Event]:
    text = _DATELINE.sub(lambda m: " " * len(m.group()), sentence.text, count=1)
    lowered = _lower_in_place(text)
    matched = [(rule, m, rule.demoted(lowered, m)) for rule in RULES if (m := rule.trigger(lowered)) is not None]
    if not matched:
        return
    suppressed = {t for rule, _, demoted in matched if not demoted for t in rule.suppresses}
    when = resolve_time(text, meta.published, zone)
    places = gazetteer().find(text, meta.theatre)
    actors = pick_actors(find_actors(text))
    attribution = find_attribution(text)
    hedge = hedge_factor(text)
    figures: Counts | None = None
    for rule, match, demoted in matched:
        event_type = rule.demote_to if demoted and rule.demote_to else rule.type
        if event_type in suppressed:
            continue
        if rule.counts and figures is None:
            figures = read_counts(text)
        counts = keep(figures, rule.counts) if figures is not None and rule.counts else Counts()
        if rule.requires_counts and not counts.values():
            continue
        draft = _Draft(sentence, meta, rule, event_type, counts, actors, attribution, rule.confidence * hedge)
        if rule.pause:
            yield from draft.pause(when, places, match)
        else:
            duration = _duration(text) if rule.duration else None
            for location in _locations(rule, places, match, lowered, bool(counts.values()), meta.theatre):
                yield from draft.build(when.at, when.precision, location, duration)


class _Draft:
    """What the events of one rule in one sentence share."""

    def __init__(
        self,
        sentence: Sentence,
        meta: ArticleMeta,
        rule: Rule,
        event_type: EventType,
        counts: Counts,
        actors: Actors,
        attribution: str | None,
        confidence: float,
    ) -> None:
        self.sentence = sentence
        self.meta = meta
        self.rule = rule
        self.type = event_type
        self.counts = counts
        self.actors = actors
        self.attribution = attribution
        self.source = Source(
            outlet=meta.outlet,
            url=meta.url,
            article_id=meta.article_id,
            evidence=sentence.text[:_MAX_EVIDENCE],
            span=(meta.offset + sentence.start, meta.offset + sentence.end),
            extractor=rule.id,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
        )

    def build(
        self,
        at: object,
        precision: TimePrecision,
        location: Location | None,
        duration: timedelta | None,
        event_type: EventType | None = None,
    ) -> Iterator[Event]:
        try:
            yield Event.model_validate(
                {
                    "type": event_type or self.type,
                    "theatre": self.meta.theatre,
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
            )
        except ValidationError as exc:
            log.debug("candidate skipped rule=%s span=%s: %s", self.rule.id, self.source.span, exc.errors()[:1])

    def pause(self, when: TimeRef, places: list[PlaceMention], match: re.Match[str]) -> Iterator[Event]:
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
        yield from self.build(when.at, TimePrecision.SPAN, pause_place, duration)
        if resumed is None:
            return
        self.source = self.source.model_copy(update={"extractor": f"{self.rule.id}-resumption"})
        self.counts = Counts()
        targets: list[Location | None] = [p.location for p in after[:_MAX_PLACES_PER_EVENT]]
        for location in targets or [None]:
            yield from self.build(when.at + duration, TimePrecision.HOUR, location, None, EventType.ROCKET_FIRE)


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


def _locations(
    rule: Rule, places: list[PlaceMention], match: re.Match[str], text: str, has_counts: bool, theatre: str
) -> list[Location | None]:
    for pattern, name in rule.places:
        if pattern.search(text):
            return [gazetteer().lookup(name)]
    if not places:
        return [_NATIONWIDE.search(text) and gazetteer().home_country(theatre)]
    after = [p for p in places if p.start >= match.start()]
    if rule.per_place and not has_counts and after:
        return [p.location for p in _enumeration(after, text)[:_MAX_PLACES_PER_EVENT]]
    if after and (not has_counts or after[0].start - match.end() <= _NEAR):
        return [after[0].location]
    before = [p for p in places if p.start < match.start()]
    if before:
        # the most specific place before the trigger ("In El Geneina in West Darfur, clashes …"),
        # or the place the figures follow ("strikes on Gaza City killed at least 42 …")
        return [min(before, key=lambda p: (_BREADTH[p.location.precision], match.start() - p.start)).location]
    return [after[0].location]


def _enumeration(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The first place and those listed with it: "in Lviv, Kharkiv, Dnipro and Zhytomyr"."""
    listed = [places[0]]
    for place in places[1:]:
        if not _LIST_JOINER.fullmatch(text, listed[-1].end, place.start):
            break
        listed.append(place)
    return listed
