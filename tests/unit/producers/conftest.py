from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conflictwatch.models import Event
from producers.extract import ArticleMeta, extract
from producers.extract.model import SentenceModel
from producers.extract.verifier import NO_VERIFIER

SEED_ARTICLE = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold" / "seed-2021-05-20.txt"
SEED_PUBLISHED = datetime(2021, 5, 20, 14, 30, tzinfo=UTC)


def read(text: str, meta: ArticleMeta, model: SentenceModel | None = None) -> list[Event]:
    """What the patterns (and the sentence model) read, before the verifier's second look: what a
    pattern test pins. The verifier weighs a one-sentence article's event without the article a
    report gives it (its own tests are test_verifier.py)."""
    return extract(text, meta, model=model, verifier=NO_VERIFIER)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text()


@pytest.fixture(scope="session")
def seed_events(seed_text: str) -> list[Event]:
    return extract(seed_text, ArticleMeta(published=SEED_PUBLISHED, outlet="Reuters"))
