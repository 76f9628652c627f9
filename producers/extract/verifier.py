"""A second look at each event the extractor made: how likely a reader would label it.

The patterns and the sentence model read one sentence at a time; many of their false
events look false only beside the others: a toll sentence read as a clash in an article
of protests, a statement in a report of nothing but statements, a figure-less air
strike at the foot of a long report. This verifier is one logistic regression over the
event (its type joined to the words and word pairs of its sentence, what made it, its
figures, place, confidence and position) and the article (the other types it holds,
how many of its own type), trained by `python -m producers.extract.train --verifier`
on the project's own labels and shipped as `verifier.json` (weights per feature, no
text). An event it finds less likely than the trained threshold is dropped; the
threshold was chosen by cross-validation over reports so that what it drops was
mostly false.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from conflictwatch.models import Event, EventType
from producers.extract.model import features, sigmoid

SHIPPED = Path(__file__).with_name("verifier.json")
_OPENING = 250  # characters: an event told this early is the report's lead


@dataclass(frozen=True)
class Article:
    """What the verifier weighs of the article an event is told in, found once for all its events."""

    of_types: Counter[EventType]  # its events by type
    parts: tuple[str, ...]  # the parts every event of it shares
    length: int  # characters

    @classmethod
    def of(cls, events: list[Event], length: int) -> Article:
        of_types = Counter(e.type for e in events)
        parts = (f"events {min(5, len(events) // 4)}", *(f"with {other.value}" for other in of_types))
        return cls(of_types, parts, length)


def event_parts(event: Event, article: Article) -> list[str]:
    """What the verifier weighs of an event beside the other events of its article."""
    start = event.source.span[0] if event.source.span else 0
    words = features(event.source.evidence)
    single = (len(words) + 1) // 2  # the words, before their len - 1 pairs
    counts = event.counts
    named = [
        *counts.values(),
        *(["approximate"] if counts.approximate else []),
        *(["cumulative"] if counts.cumulative else []),
    ]
    return [
        *words,
        f"by {event.source.extractor}",
        f"confidence {round(event.source.confidence, 1)}",
        f"opening {start < _OPENING}",
        f"quarter {min(3, 4 * start // max(1, article.length))}",
        f"words {min(6, single // 8)}",
        f"placed {event.location is not None}",
        *(f"counts {name}" for name in named),
        f"same {min(5, article.of_types[event.type])}",
        *article.parts,
    ]


def event_features(event: Event, article: Article) -> list[str]:
    """The parts as the model names them: each joined to the event's type (a word means other things in a
    toll than in a statement), and the type alone."""
    kind = event.type.value
    return [kind, *(f"{kind}|{part}" for part in set(event_parts(event, article)))]


@dataclass(frozen=True)
class Verifier:
    bias: float
    threshold: float  # below this probability an event is dropped
    weights: dict[str, dict[str, float]]  # event type -> part -> weight; the part "" is the type's own
    trained_on: dict[str, Any]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verifier:
        weights: dict[str, dict[str, float]] = {}
        for name, weight in data["weights"].items():
            kind, _, part = name.partition("|")
            weights.setdefault(kind, {})[part] = float(weight)
        return cls(
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            weights=weights,
            trained_on=data.get("trained_on", {}),
        )

    def probability(self, event: Event, article: Article) -> float:
        weights = self.weights.get(event.type.value)
        score = self.bias
        if weights:
            score += weights.get("", 0.0) + sum(map(weights.get, set(event_parts(event, article)), repeat(0.0)))
        return sigmoid(score)

    def keep(self, events: list[Event], length: int) -> list[Event]:
        """The events it finds likely enough, in their order."""
        article = Article.of(events, length)
        return [e for e in events if self.probability(e, article) >= self.threshold]


NO_VERIFIER = Verifier(bias=0.0, threshold=0.0, weights={}, trained_on={})  # keeps every event


def load_verifier(path: Path) -> Verifier:
    return Verifier.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def shipped_verifier() -> Verifier | None:
    """The trained verifier shipped with the extractor; None where none was trained."""
    return load_verifier(SHIPPED) if SHIPPED.exists() else None
