"""The verifier: what it weighs of an event and its article, that it drops what it finds
unlikely and nothing else, and that the shipped one holds features, not text."""

from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import EventType
from producers.extract import ArticleMeta, extract
from producers.extract.train import drop_threshold
from producers.extract.verifier import NO_VERIFIER, Article, Verifier, event_features, shipped_verifier

META = ArticleMeta(published=datetime(2024, 3, 14, 15, tzinfo=UTC), theatre="sudan")
TEXT = "Fighters clashed near Kosti on Tuesday. Three people were killed in the fighting."


def _verifier(weights: dict[str, float], threshold: float = 0.5) -> Verifier:
    return Verifier.from_json({"bias": 2.0, "threshold": threshold, "weights": weights})


def test_an_event_is_weighed_by_its_words_its_making_and_the_other_events_of_its_article() -> None:
    events = extract(TEXT, META, verifier=NO_VERIFIER)
    clash = next(e for e in events if e.type is EventType.GROUND_CLASH)
    parts = event_features(clash, Article.of(events, len(TEXT)))
    assert parts[0] == "ground_clash"
    assert {"ground_clash|clashed", "ground_clash|clashed near", "ground_clash|opening True"} <= set(parts)
    assert "ground_clash|with casualty_report" in parts  # the toll told beside it
    assert "ground_clash|placed True" in parts
    assert all(part == "ground_clash" or part.startswith("ground_clash|") for part in parts)


def test_it_drops_the_events_it_finds_unlikely_and_keeps_the_rest_in_order() -> None:
    kept = [e.type for e in extract(TEXT, META, verifier=NO_VERIFIER)]
    assert kept == [EventType.GROUND_CLASH, EventType.CASUALTY_REPORT]
    doubtful = _verifier({"ground_clash|with casualty_report": -5.0})  # sigmoid(2 - 5) ≈ 0.05
    assert [e.type for e in extract(TEXT, META, verifier=doubtful)] == [EventType.CASUALTY_REPORT]
    assert [e.type for e in extract(TEXT, META, verifier=_verifier({}))] == kept  # sigmoid(2) ≈ 0.88


def test_the_shipped_verifier_weighs_words_and_the_event_s_making_and_says_what_it_learned_from() -> None:
    verifier = shipped_verifier()
    assert verifier is not None
    assert verifier.trained_on["rounds"]
    assert verifier.trained_on["events"] > 10_000
    assert 0 < verifier.threshold <= 0.5  # what it drops, it finds more likely false than right
    assert set(verifier.weights) <= {t.value for t in EventType}
    for parts in verifier.weights.values():
        assert all(len(part.split()) <= 2 for part in parts)  # a word, a pair of words, or one of the event's parts


def test_the_threshold_is_the_highest_below_which_the_held_out_events_were_mostly_false() -> None:
    probabilities = [0.1] * 20 + [0.45] * 20 + [0.9] * 20
    right = [False] * 20 + [True] * 15 + [False] * 5 + [True] * 20
    assert drop_threshold(probabilities, right) == 0.45  # below 0.5 only 25 of 40 were false
    assert drop_threshold([0.1] * 5 + [0.9] * 20, [False] * 5 + [True] * 20) == 0.0  # too few to judge: drop nothing
