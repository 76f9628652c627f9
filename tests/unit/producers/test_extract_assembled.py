"""The extractor assembles its events and counts without validating them again: what it
builds must be what validation gives, and a draft that breaks a rule of the model must
still go through validation (and be skipped, or cleaned, as validation says)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from conflictwatch.models import Counts, Event, EventType, Source, TimePrecision
from producers.extract import extract
from producers.extract.counts import _counts, keep, read_counts
from producers.extract.extractor import _EVENT_GIVEN, _assembled_event
from producers.scoring import load_gold

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"


def _validated(model: Any) -> Any:
    """The model validation makes of the fields the built one counts as set."""
    return type(model).model_validate({name: getattr(model, name) for name in model.model_fields_set})


def test_every_event_of_the_gold_articles_is_what_validation_makes_of_it() -> None:
    checked = 0
    for path in sorted(GOLD.glob("*.gold.json")):
        article = load_gold(path).article
        for event in extract(article.text, article.meta):
            again = Event.model_validate({name: getattr(event, name) for name in _EVENT_GIVEN})
            assert again == event
            assert again.event_id == event.event_id
            assert again.model_fields_set == event.model_fields_set
            source = _validated(event.source)
            assert source == event.source
            assert source.model_fields_set == event.source.model_fields_set
            counts = _validated(event.counts)
            assert counts == event.counts
            assert counts.model_fields_set == event.counts.model_fields_set
            checked += 1
    assert checked > 100


def test_counts_read_and_kept_are_what_validation_makes_of_them() -> None:
    text = "Some 40 people were killed and nearly 100 wounded in 12 air strikes since October, officials said."
    read = read_counts(text)
    assert read.values() == {"killed": 40, "injured": 100, "strikes": 12}
    assert read.approximate == {"killed", "injured"}
    assert read.cumulative
    kept = keep(read, frozenset({"killed"}))
    for counts in (read, kept):
        again = _validated(counts)
        assert again == counts
        assert again.model_fields_set == counts.model_fields_set
    assert kept.values() == {"killed": 40}
    assert kept.approximate == {"killed"}


@pytest.mark.parametrize(
    ("kept", "approximate"), [({"killed": -1}, frozenset()), ({"killed": 2}, frozenset({"injured"}))]
)
def test_counts_out_of_the_rules_are_left_to_validation_which_rejects_them(
    kept: dict[str, int], approximate: frozenset[str]
) -> None:
    with pytest.raises(ValidationError):
        _counts(kept, approximate, False)


def _draft(**changes: object) -> dict[str, Any]:
    published = datetime(2024, 5, 2, 12, tzinfo=UTC)
    fields: dict[str, Any] = {
        "type": EventType.AIR_STRIKE,
        "theatre": "israel-gaza",
        "occurred_at": published - timedelta(days=1),
        "time_precision": TimePrecision.DAY,
        "reported_at": published,
        "duration": None,
        "location": None,
        "actors": Event.model_fields["actors"].default,
        "counts": Counts(killed=3),
        "source": Source(outlet="Wire", evidence="Three were killed in an air strike."),
        "attribution": "officials",
    }
    return fields | changes


def test_a_draft_within_the_rules_is_assembled_as_validation_makes_it() -> None:
    for fields in (_draft(), _draft(duration=timedelta(hours=8), attribution=None)):
        event = _assembled_event(fields)
        assert event is not None
        again = Event.model_validate(fields)
        assert event == again
        assert event.event_id == again.event_id
        assert event.model_fields_set == again.model_fields_set


@pytest.mark.parametrize(
    "changes",
    [
        {"occurred_at": datetime(1899, 12, 31, tzinfo=UTC)},  # before 1900
        {"occurred_at": datetime(2026, 5, 2, tzinfo=UTC)},  # more than a year after the report
        {"occurred_at": datetime(2024, 5, 1)},  # naive
        {"duration": timedelta(0)},
        {"theatre": "Israel Gaza"},
        {"attribution": "x" * 201},
        {"attribution": " "},
    ],
)
def test_a_draft_that_breaks_a_rule_is_left_to_validation_which_rejects_it(changes: dict[str, object]) -> None:
    fields = _draft(**changes)
    assert _assembled_event(fields) is None
    with pytest.raises(ValidationError):
        Event.model_validate(fields)


def test_an_attribution_validation_would_strip_is_left_to_validation() -> None:
    fields = _draft(attribution=" officials ")
    assert _assembled_event(fields) is None
    assert Event.model_validate(fields).attribution == "officials"
