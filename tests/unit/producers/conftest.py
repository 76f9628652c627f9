from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conflictwatch.models import Event
from producers.extract import ArticleMeta, extract

SEED_ARTICLE = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold" / "seed-2021-05-20.txt"
SEED_PUBLISHED = datetime(2021, 5, 20, 14, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text()


@pytest.fixture(scope="session")
def seed_events(seed_text: str) -> list[Event]:
    return extract(seed_text, ArticleMeta(published=SEED_PUBLISHED, outlet="Reuters"))
