"""A small sentence model: which event types a sentence states, learned from our labels.

The extraction patterns find the phrasings they were written for; real reports say the same things
in many more ways. This model is the extractor's second reader: for each event type,
a logistic regression over the sentence's words and word pairs, trained by
`python -m producers.extract.train` on the project's own labels (the self-written
gold and the real-report rounds already scored blind) and shipped as `model.json`
(weights per word, no text). Where the patterns made no event of a type and the model
is sure enough, the extractor makes one, with the patterns' own readers for its place,
time and figures, and the model's probability as its confidence.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any

from conflictwatch.models import EventType

SHIPPED = Path(__file__).with_name("model.json")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*")
_FIGURE = re.compile(r"\d[\d,.]*")  # the tokens that open with a digit: no word holds one


def sigmoid(score: float) -> float:
    """A logistic regression's probability from its score (clamped: `math.exp` overflows past about 700)."""
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def features(text: str) -> list[str]:
    """The sentence's words (figures as "0", "’" as "'") and pairs of neighbouring words."""
    words = _TOKEN.findall(_FIGURE.sub("0", text.lower().replace("’", "'")))
    return words + list(map(" ".join, pairwise(words)))


@dataclass(frozen=True)
class SentenceModel:
    thresholds: dict[EventType, float]  # the types it may add, each from its own probability
    bias: dict[EventType, float]
    weights: dict[str, tuple[tuple[EventType, float], ...]]  # feature -> (type, weight) for each type it moves
    trained_on: dict[str, Any]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SentenceModel:
        weights: dict[str, list[tuple[EventType, float]]] = {}
        bias, thresholds = {}, {}
        for name, model in data["types"].items():
            event_type = EventType(name)
            bias[event_type] = float(model["bias"])
            thresholds[event_type] = float(model["threshold"])
            for feature, weight in model["weights"].items():
                weights.setdefault(feature, []).append((event_type, float(weight)))
        return cls(
            thresholds=thresholds,
            bias=bias,
            weights={feature: tuple(pairs) for feature, pairs in weights.items()},
            trained_on=data.get("trained_on", {}),
        )

    @cached_property
    def _by_index(self) -> tuple[tuple[EventType, ...], dict[str, tuple[tuple[int, float], ...]]]:
        """The types in order, and each feature's weights by the index of their type: scores
        summed in a list, not a dict keyed by enum members (whose hash is Python code)."""
        types = tuple(self.bias)
        index = {t: i for i, t in enumerate(types)}
        return types, {f: tuple((index[t], w) for t, w in pairs) for f, pairs in self.weights.items()}

    def probabilities(self, text: str) -> dict[EventType, float]:
        types, weights = self._by_index
        scores = list(self.bias.values())
        for pairs in filter(None, map(weights.get, set(features(text)))):  # the features it has weights for
            for index, weight in pairs:
                scores[index] += weight
        return {t: sigmoid(s) for t, s in zip(types, scores, strict=True)}

    def likely(self, text: str) -> dict[EventType, float]:
        """The types the sentence states, by the model, with their probability."""
        thresholds = self.thresholds
        return {t: p for t, p in self.probabilities(text).items() if p >= thresholds[t]}


NO_MODEL = SentenceModel(thresholds={}, bias={}, weights={}, trained_on={})  # the patterns alone


def load_model(path: Path) -> SentenceModel:
    return SentenceModel.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def shipped_model() -> SentenceModel | None:
    """The trained model shipped with the extractor; None where none was trained."""
    return load_model(SHIPPED) if SHIPPED.exists() else None
