"""Rules scored against history: alerts compared with a truth file of the alerts
that should have fired (a rule or a rule kind, a theatre, a time), per rule:
precision, recall, lead time and delay.

A truth item is met by the earliest firing alert of its rule (or kind) and
theatre whose event time (`triggered_at`) lies within its tolerance of the
item's time; an alert meets at most one item. A rule's alerts are scored in the
theatres its truth items name, so a truth file may cover one theatre only.

- precision: alerts that met an item / alerts;
- recall: items met / items;
- lead: the item's time minus when the alert was sent (`emitted_at`, knowledge
  time in `evaluate`): positive when the alert came before the time the truth
  names, negative when after;
- delay: when the alert was sent minus the event time it reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Self

import yaml
from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError, model_validator

from conflictwatch.errors import SourceError, describe_validation_error
from conflictwatch.models import Alert, AlertStatus, Event, EventType, RuleId, Slug


class TruthItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: RuleId | None = None
    kind: str | None = None
    theatre: Slug
    at: AwareDatetime
    within: timedelta | None = None  # the file's tolerance when not given

    @model_validator(mode="after")
    def _rule_or_kind(self) -> Self:
        if (self.rule is None) == (self.kind is None):
            raise ValueError("give either rule (a rule id) or kind (a rule kind), not both or neither")
        return self

    @property
    def scored_as(self) -> str:
        return self.rule if self.rule is not None else f"kind:{self.kind}"

    def names(self, alert: Alert) -> bool:
        return alert.rule == self.rule if self.rule is not None else alert.kind == self.kind


class Truth(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: timedelta = timedelta(hours=6)
    truth: list[TruthItem]


def load_truth(path: Path) -> Truth:
    try:
        return Truth.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise SourceError(path, f"cannot read the truth file: {exc}") from exc
    except ValidationError as exc:
        raise SourceError(path, f"not a truth file: {describe_validation_error(exc)}") from exc


@dataclass
class RuleScore:
    rule: str  # a rule id, or kind:<kind>
    alerts: int = 0
    items: int = 0
    met: int = 0  # items met, one alert each
    leads: list[float] = field(default_factory=list)  # seconds, one per item met
    delays: list[float] = field(default_factory=list)  # seconds, one per alert

    @property
    def precision(self) -> float | None:
        return self.met / self.alerts if self.alerts else None

    @property
    def recall(self) -> float | None:
        return self.met / self.items if self.items else None

    @property
    def median_lead(self) -> float | None:
        return median(self.leads) if self.leads else None

    @property
    def median_delay(self) -> float | None:
        return median(self.delays) if self.delays else None

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "alerts": self.alerts,
            "truth": self.items,
            "met": self.met,
            "precision": self.precision,
            "recall": self.recall,
            "median_lead_seconds": self.median_lead,
            "median_delay_seconds": self.median_delay,
        }


@dataclass(frozen=True)
class Judgement:
    """The firing alerts of the rules a truth file names, in the theatres it names them
    for, each with the truth item it met (None: a false alarm), and the items no alert met."""

    met: list[tuple[Alert, TruthItem]]
    false_alarms: list[Alert]
    missed: list[TruthItem]

    def scored_as(self, truth: Truth, alert: Alert) -> str:
        return next(item.scored_as for item in truth.truth if item.names(alert))


def judge(alerts: Sequence[Alert], truth: Truth) -> Judgement:
    """An item is met by the earliest sent firing alert of its rule (or kind) and theatre
    whose event time is within its tolerance of the item's time; an alert meets one item."""
    theatres: dict[str, set[str]] = defaultdict(set)
    for item in truth.truth:
        theatres[item.scored_as].add(item.theatre)
    scored = sorted(
        (
            a
            for a in alerts
            if a.status is AlertStatus.FIRING
            and any(item.names(a) and a.theatre in theatres[item.scored_as] for item in truth.truth)
        ),
        key=lambda a: a.emitted_at,
    )
    met: list[tuple[Alert, TruthItem]] = []
    missed: list[TruthItem] = []
    used: set[int] = set()
    for item in sorted(truth.truth, key=lambda i: i.at):
        within = item.within if item.within is not None else truth.tolerance
        found = next(
            (
                index
                for index, alert in enumerate(scored)
                if index not in used
                and item.names(alert)
                and alert.theatre == item.theatre
                and abs(alert.triggered_at - item.at) <= within
            ),
            None,
        )
        if found is None:
            missed.append(item)
        else:
            used.add(found)
            met.append((scored[found], item))
    return Judgement(met, [a for i, a in enumerate(scored) if i not in used], missed)


def score(alerts: Sequence[Alert], truth: Truth) -> list[RuleScore]:
    """One score per rule (or kind) the truth names, in the order it first names them."""
    scores: dict[str, RuleScore] = {}
    for item in truth.truth:
        scores.setdefault(item.scored_as, RuleScore(item.scored_as)).items += 1
    judgement = judge(alerts, truth)
    for alert, item in judgement.met:
        scores[item.scored_as].met += 1
        scores[item.scored_as].leads.append((item.at - alert.emitted_at).total_seconds())
    for alert in sorted((a for a, _ in judgement.met), key=lambda a: a.emitted_at) + judgement.false_alarms:
        scored = scores[judgement.scored_as(truth, alert)]
        scored.alerts += 1
        scored.delays.append((alert.emitted_at - alert.triggered_at).total_seconds())
    return list(scores.values())


EPOCH_MONDAY = datetime(1970, 1, 5, tzinfo=UTC)  # windows are counted from a Monday: P7D ones are ISO weeks


def truth_from_counts(
    events: Iterable[Event],
    event_type: EventType,
    window: timedelta,
    threshold: float,
    rule: str,
    count: str | None = None,
) -> Truth:
    """Truth derived from a dataset: each theatre's windows (back to back, from a
    Monday) in which the events of a type (or the sum of one of their counts)
    reach `threshold` after a window below it, as an item for `rule` anywhere in
    that window. E.g. ACLED weeks with 10 battles or more, for a threshold rule
    run on news reports."""
    width = window.total_seconds()
    totals: dict[tuple[str, int], float] = defaultdict(float)
    for event in events:
        if event.type is event_type:
            index = int((event.occurred_at - EPOCH_MONDAY).total_seconds() // width)
            totals[event.theatre, index] += event.counts.values().get(count, 0) if count else 1
    items = [
        TruthItem(
            rule=rule,
            theatre=theatre,
            at=EPOCH_MONDAY + window * index + window / 2,
            within=window / 2,
        )
        for (theatre, index), total in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        if total >= threshold and totals.get((theatre, index - 1), 0) < threshold
    ]
    return Truth(truth=items)


JUDGED_RIGHT = frozenset({"useful", "late"})  # verdicts that say the alert should have fired


def truth_from_feedback(judged: Iterable[tuple[Alert, str]], within: timedelta) -> Truth:
    """Truth from the people who received the alerts: each alert whose latest verdict
    says it should have fired (useful, or late) is an item for its rule, theatre and
    event time; false alarms and duplicates are not. Alerts nobody judged are left out,
    so a rule scored on it reads: of the alerts it gives now, how many were judged right."""
    items = [
        TruthItem(rule=alert.rule, theatre=alert.theatre, at=alert.triggered_at, within=within)
        for alert, verdict in judged
        if verdict in JUDGED_RIGHT
    ]
    return Truth(truth=sorted(items, key=lambda i: (i.at, i.theatre, i.rule or "")))


def truth_yaml(truth: Truth) -> str:
    return yaml.safe_dump(truth.model_dump(mode="json", exclude_none=True), sort_keys=False)
