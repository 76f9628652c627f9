"""The contract every part shares: the event and alert models.

Producers validate against these models before publishing, the worker validates
again on consumption (anything can write to a topic), and the API and the
dispatcher serialise alerts from them. No other module redefines a field.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    StringConstraints,
    model_validator,
)

# 2 added the event type ceasefire_ended and counts.cumulative; 3 the event type
# violence_against_civilians. Messages of earlier versions are still read (every event
# of an earlier version is a valid one of the latest); producers write the latest.
SCHEMA_VERSION: Literal[3] = 3
SchemaVersion = Literal[1, 2, 3]

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
EventId = Annotated[str, StringConstraints(pattern=r"^ev_[0-9a-f]{24}$")]

EARLIEST_EVENT_TIME = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_SCHEDULE_AHEAD = timedelta(days=366)


class EventType(StrEnum):
    ROCKET_FIRE = "rocket_fire"
    ROCKET_PAUSE = "rocket_pause"
    AIR_STRIKE = "air_strike"
    GROUND_CLASH = "ground_clash"
    CABINET_MEETING = "cabinet_meeting"
    CEASEFIRE_TALKS = "ceasefire_talks"
    CEASEFIRE_AGREED = "ceasefire_agreed"
    CEASEFIRE_IN_EFFECT = "ceasefire_in_effect"
    CEASEFIRE_VIOLATION = "ceasefire_violation"
    CEASEFIRE_ENDED = "ceasefire_ended"
    CASUALTY_REPORT = "casualty_report"
    # armed violence aimed at unarmed people (massacres, abductions, sexual violence,
    # attacks on camps): ACLED's category, with or without deaths
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"
    DISPLACEMENT_REPORT = "displacement_report"
    INFRASTRUCTURE_DAMAGE = "infrastructure_damage"
    DIPLOMATIC_STATEMENT = "diplomatic_statement"
    THREAT_STATEMENT = "threat_statement"
    UN_SESSION = "un_session"
    CIVIL_UNREST = "civil_unrest"


class TimePrecision(StrEnum):
    EXACT = "exact"
    HOUR = "hour"
    DAY = "day"
    SPAN = "span"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"
    CORRECTED = "corrected"
    RETRACTED = "retracted"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Location(_Model):
    name: ShortText
    admin1: ShortText | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    lat: Annotated[float, Field(ge=-90, le=90)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180)] | None = None
    precision: Literal["exact", "city", "region", "country"] = "city"


class Actor(_Model):
    name: ShortText
    side: Slug


class Actors(_Model):
    actor1: Actor | None = None
    actor2: Actor | None = None


class Counts(_Model):
    """Figures a report gives, as numbers; `approximate` names the ones hedged in
    the text ("some 4,000", "nearly 450", "more than 1,900", "over a dozen");
    `cumulative` says they are a running total ("since October", "so far", "the death
    toll rose to"), not one incident's."""

    killed: NonNegativeInt | None = None
    injured: NonNegativeInt | None = None
    children: NonNegativeInt | None = None
    women: NonNegativeInt | None = None
    combatants: NonNegativeInt | None = None
    projectiles: NonNegativeInt | None = None
    strikes: NonNegativeInt | None = None
    buildings: NonNegativeInt | None = None
    displaced: NonNegativeInt | None = None
    approximate: frozenset[str] = frozenset()
    cumulative: bool = False

    @model_validator(mode="after")
    def _approximate_names_given_counts(self) -> Counts:
        unknown = self.approximate - set(self.values()) if self.approximate else None
        if unknown:
            raise ValueError(
                f"approximate names {sorted(unknown)}, which are not counts given here; "
                f"list only fields that have a value"
            )
        return self

    def values(self) -> dict[str, int]:
        """The counts that are present, by name."""
        figures = self.__dict__
        return {name: value for name in COUNT_FIELDS if (value := figures[name]) is not None}


COUNT_FIELDS: tuple[str, ...] = tuple(name for name in Counts.model_fields if name not in ("approximate", "cumulative"))


class Source(_Model):
    outlet: ShortText
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = None
    article_id: ShortText | None = None
    evidence: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    span: tuple[NonNegativeInt, NonNegativeInt] | None = None
    extractor: ShortText = "manual"
    confidence: Annotated[float, Field(ge=0, le=1)] = 1.0

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Source:
        if self.span is not None and self.span[0] > self.span[1]:
            raise ValueError(f"span {list(self.span)} ends before it starts")
        return self


class Event(_Model):
    """One sourced fact about a conflict.

    `event_id` is a hash of what the fact is (theatre, type, subject, event time at
    its precision), not of who reported it: the same fact from two outlets, or the
    same file replayed, is the same event and is counted once.
    """

    schema_version: SchemaVersion = SCHEMA_VERSION
    event_id: EventId | None = None
    type: EventType
    theatre: Slug
    occurred_at: AwareDatetime
    time_precision: TimePrecision = TimePrecision.EXACT
    reported_at: AwareDatetime
    duration: timedelta | None = None
    location: Location | None = None
    actors: Actors = Actors()
    counts: Counts = Counts()
    source: Source
    attribution: ShortText | None = None

    @model_validator(mode="after")
    def _check_times_and_id(self) -> Event:
        fields = self.__dict__
        for name in ("occurred_at", "reported_at"):
            fields[name] = _python_utc(fields[name])
        if self.occurred_at < EARLIEST_EVENT_TIME:
            raise ValueError(f"occurred_at {self.occurred_at.isoformat()} is before 1900")
        if self.occurred_at > self.reported_at + LATEST_SCHEDULE_AHEAD:
            raise ValueError(
                f"occurred_at {self.occurred_at.isoformat()} is more than a year after "
                f"reported_at {self.reported_at.isoformat()}"
            )
        if self.duration is not None and self.duration <= timedelta(0):
            raise ValueError("duration must be positive")
        expected = compute_event_id(self)
        if self.event_id is None:
            object.__setattr__(self, "event_id", expected)
        elif self.event_id != expected:
            raise ValueError(
                f"event_id {self.event_id} does not match the event's content "
                f"(expected {expected}); omit event_id to have it computed"
            )
        return self

    @property
    def id(self) -> str:
        assert self.event_id is not None  # set by the validator
        return self.event_id

    @property
    def timestamp(self) -> float:
        return self.occurred_at.timestamp()


def _python_utc(at: datetime) -> datetime:
    """A time read from JSON with a "Z" or "+00:00" as the same time in `datetime.UTC`: the
    same instant, offset and JSON. The time zone JSON parsing gives (pydantic-core's own)
    answers each offset through a call back into Python, which made each `timestamp()` of a
    replayed event cost three times as much."""
    zone = at.tzinfo
    if zone is UTC or zone.utcoffset(at) != _NO_OFFSET:  # type: ignore[union-attr]  # aware, as validated
        return at
    return at.replace(tzinfo=UTC)


_NO_OFFSET = timedelta(0)


def time_key(occurred_at: datetime, precision: TimePrecision) -> str:
    """The event time as the event id takes it: to the hour, the day, or whole."""
    at = occurred_at.astimezone(UTC)
    if precision is TimePrecision.HOUR:
        at = at.replace(minute=0, second=0, microsecond=0)
    elif precision is TimePrecision.DAY:
        return at.date().isoformat()
    return at.isoformat()


# The event id's parts, each of its own field, so that a producer that builds many
# events of a few places, sides and figures computes each part once (`event_id_of`).


def location_key(location: Location | None) -> str:
    return location.name.casefold() if location else ""


def sides_key(actors: Actors) -> str:
    first, second = actors.actor1, actors.actor2
    return f"{first.side if first else ''}|{second.side if second else ''}"


def counts_key(counts: Counts) -> str:
    return ",".join([f"{k}={v}" for k, v in sorted(counts.values().items())])


def duration_key(duration: timedelta | None) -> str:
    return str(int(duration.total_seconds())) if duration else ""


def event_id_of(theatre: str, event_type: EventType, subject: tuple[str, str, str, str], time: str) -> str:
    """The id of an event from its parts: subject is (location_key, sides_key, counts_key,
    duration_key), time its time_key."""
    digest = hashlib.sha256(f"{theatre}\x1f{event_type.value}\x1f{'|'.join(subject)}\x1f{time}".encode()).hexdigest()
    return f"ev_{digest[:24]}"


def compute_event_id(event: Event) -> str:
    """Deterministic id: theatre + type + subject (place, sides, figures) + time."""
    subject = (
        location_key(event.location),
        sides_key(event.actors),
        counts_key(event.counts),
        duration_key(event.duration),
    )
    return event_id_of(event.theatre, event.type, subject, time_key(event.occurred_at, event.time_precision))


Model = TypeVar("Model", bound=BaseModel)


def assembled(model: type[Model], fields: dict[str, Any], given: Iterable[str] | None = None) -> Model:
    """A contract model of values that its validation would keep unchanged, every field
    given in declaration order, built without validating them: for a producer that
    proves each rule itself (see producers/importers/acled.py), and whose tests
    re-validate what it builds. It is what `model_construct` does for these models (no
    aliases, extra fields, private attributes or post-init), without its loop over the
    fields. `given`: the fields counted as set (default all), as validating a dict of
    only those would count them."""
    instance = model.__new__(model)
    _set(instance, "__dict__", fields)
    _set(instance, "__pydantic_fields_set__", set(fields if given is None else given))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


_set = object.__setattr__


class EvidenceRef(_Model):
    event_id: str
    type: EventType
    occurred_at: AwareDatetime
    sentence: str
    url: str | None = None
    outlet: str

    @classmethod
    def of(cls, event: Event) -> EvidenceRef:
        return cls(
            event_id=event.id,
            type=event.type,
            occurred_at=event.occurred_at,
            sentence=event.source.evidence,
            url=event.source.url,
            outlet=event.source.outlet,
        )


class Heartbeat(_Model):
    """A producer's word that one source was being read for one theatre (topic
    `conflict.coverage`, keyed by theatre like the events, so a theatre's heartbeats
    and events reach the same worker).

    `polled_at` is when the source was read (wall clock); `covered_from` to
    `covered_to` is the stretch of event time in which a report of the theatre would
    have reached us through it: a feed polled every 5 minutes vouches from its poll
    until its next poll is due, with one poll of slack; a file of reports for the
    span of the reports it holds. `items` is how many items the read gave (entries,
    articles, rows), `last_item_at` the latest item's time.
    """

    theatre: Slug
    source: ShortText
    producer: ShortText
    polled_at: AwareDatetime
    covered_from: AwareDatetime
    covered_to: AwareDatetime
    items: NonNegativeInt = 0
    last_item_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Heartbeat:
        if self.covered_to < self.covered_from:
            raise ValueError(
                f"covered_to {self.covered_to.isoformat()} is before covered_from {self.covered_from.isoformat()}"
            )
        return self


CoverageBasis = Literal["heartbeats", "inferred", "unknown"]


class AlertCoverage(_Model):
    """What a silence alert rests on: `heartbeats` (sources that said they were
    being read), `inferred` (no heartbeats: other reports of the theatre during the
    silence show its sources were alive) or `unknown` (neither). `share` is the part
    of the silence covered, `sources_live` / `sources` how many of the theatre's
    sources were live throughout it (heartbeats only), `reports` how many other
    reports of the theatre fell in it (inferred)."""

    basis: CoverageBasis
    share: Annotated[float, Field(ge=0, le=1)]
    sources_live: NonNegativeInt | None = None
    sources: NonNegativeInt | None = None
    reports: NonNegativeInt | None = None
    summary: str


class Alert(_Model):
    """A pattern the rule engine found, keyed on Kafka by its fingerprint.

    `fingerprint` is stable for one rule, theatre and window, so a replay or a
    second worker producing the same alert is recognisably the same alert. Its
    later states (resolved, corrected, retracted) keep the fingerprint; `revision`
    counts corrections. `evidence` holds the triggering reports in full,
    `event_ids` every event that counted towards the alert, and `sources` how
    many independent outlets reported the triggering fact. `triggered_at` is
    the event time at which the rule's condition became true (a window crossing
    its threshold, a silence reaching its length). Silence alerts (gap_ended,
    absence) carry the `coverage` they rest on.
    """

    schema_version: SchemaVersion = SCHEMA_VERSION
    fingerprint: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
    rule: RuleId
    kind: str
    theatre: Slug
    severity: Severity
    status: AlertStatus = AlertStatus.FIRING
    summary: str
    starts_at: AwareDatetime
    ends_at: AwareDatetime | None = None
    triggered_at: AwareDatetime
    evidence: tuple[EvidenceRef, ...]
    event_ids: tuple[str, ...] = ()
    values: dict[str, float] = {}
    sources: Annotated[int, Field(ge=1)] = 1
    revision: Annotated[int, Field(ge=0)] = 0
    coverage: AlertCoverage | None = None
    emitted_at: AwareDatetime

    def labels(self) -> dict[str, str]:
        return {"rule": self.rule, "theatre": self.theatre, "severity": self.severity.value}


def alert_fingerprint(rule: str, theatre: str, key: str) -> str:
    """Stable id of one alert: the rule, the theatre and what the alert is about
    (a window's start, a commitment's time, a place and a mark …)."""
    return hashlib.sha256(f"{rule}\x1f{theatre}\x1f{key}".encode()).hexdigest()[:16]


def json_schemas() -> dict[str, dict[str, Any]]:
    return {
        "event": Event.model_json_schema(),
        "alert": Alert.model_json_schema(),
        "heartbeat": Heartbeat.model_json_schema(),
    }


DEAD_LETTER_MAX_VALUE = 256 * 1024


class DeadLetter(_Model):
    """What a dead-letter topic holds: the original bytes, where they came from
    (topic, partition, offset) and why they could not be processed.

    A value larger than DEAD_LETTER_MAX_VALUE is kept in part (`truncated`), with
    its full `size` and `sha256`: the whole message stays readable at its offset on
    the source topic, and the dead-letter topic stays within ordinary message sizes.
    """

    reason: str
    detail: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    value: str
    value_encoding: Literal["utf-8", "base64"]
    size: int = 0
    sha256: str = ""
    truncated: bool = False
    received_at: AwareDatetime

    @classmethod
    def wrap(
        cls,
        raw: bytes,
        *,
        reason: str,
        detail: str,
        topic: str,
        received_at: datetime,
        partition: int | None = None,
        offset: int | None = None,
        key: bytes | None = None,
    ) -> DeadLetter:
        kept = raw[:DEAD_LETTER_MAX_VALUE]
        encoding: Literal["utf-8", "base64"]
        try:
            value, encoding = kept.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            value, encoding = base64.b64encode(kept).decode("ascii"), "base64"
        return cls(
            reason=reason,
            detail=detail,
            topic=topic,
            partition=partition,
            offset=offset,
            key=key.decode("utf-8", "replace") if key is not None else None,
            value=value,
            value_encoding=encoding,
            size=len(raw),
            sha256=hashlib.sha256(raw).hexdigest(),
            truncated=len(kept) < len(raw),
            received_at=received_at,
        )
