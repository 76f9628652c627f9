"""The sentence model: what it reads, how it adds events the rules missed, and that
the shipped one holds words, not text."""

from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import EventType
from producers.extract import ArticleMeta, extract
from producers.extract.model import NO_MODEL, SentenceModel, features, shipped_model

META = ArticleMeta(published=datetime(2024, 3, 14, 15, tzinfo=UTC), theatre="sudan")


def test_features_are_words_and_neighbouring_pairs_with_figures_as_zero() -> None:
    assert features("RSF shelled 3 villages") == [
        "rsf",
        "shelled",
        "0",
        "villages",
        "rsf shelled",
        "shelled 0",
        "0 villages",
    ]


def test_a_figure_is_zero_wherever_it_stands_and_a_curly_apostrophe_is_straight() -> None:
    assert features("Kyiv’s 1,200-strong force12 ab'12 rock’n’roll ٣٤ killed")[:11] == [
        "kyiv's",
        "0",
        "strong",
        "force",
        "0",
        "ab",
        "0",
        "rock'n",
        "roll",
        "0",
        "killed",
    ]


def _model(threshold: float) -> SentenceModel:
    return SentenceModel.from_json(
        {
            "types": {
                "ground_clash": {"bias": -3.0, "threshold": threshold, "weights": {"skirmishing": 5.0}},
            }
        }
    )


def test_the_model_adds_what_the_rules_missed_with_its_probability_as_confidence() -> None:
    text = "Skirmishing went on near Kosti."
    assert extract(text, META, model=NO_MODEL) == []
    (event,) = extract(text, META, model=_model(0.8))
    assert (event.type, event.source.extractor) == (EventType.GROUND_CLASH, "model-ground_clash")
    assert event.location is not None
    assert event.location.name == "Kosti"
    assert 0.8 <= event.source.confidence < 0.9  # sigmoid(2) ≈ 0.88
    assert extract(text, META, model=_model(0.95)) == []  # below its threshold


def test_the_model_never_doubles_an_event_the_rules_made() -> None:
    text = "Fighters clashed near Kosti."
    by_rules = extract(text, META, model=NO_MODEL)
    with_model = extract(text, META, model=_model(0.5))
    assert [e.type for e in with_model] == [e.type for e in by_rules] == [EventType.GROUND_CLASH]


def test_the_shipped_model_holds_words_and_pairs_only_and_says_what_it_learned_from() -> None:
    model = shipped_model()
    assert model is not None
    assert model.trained_on["rounds"]
    assert all(1 <= len(feature.split()) <= 2 for feature in model.weights)
    assert all(0.5 <= threshold < 1 for threshold in model.thresholds.values())
