"""Spun copy with Cyrillic look-alike letters is read as the English it imitates."""

from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import EventType
from producers.extract import ArticleMeta, extract
from producers.extract.lookalikes import read_lookalikes_as_latin

# "Two soldiers were killed on Tuesday in Gao" with a Cyrillic е, о, і or ѕ in place of some Latin letters
SPUN = "Two soldiers wеrе killed оn Tuesday іn Gao, thе army ѕaid."


def test_lookalike_letters_are_read_as_latin_one_for_one() -> None:
    read = read_lookalikes_as_latin(SPUN)
    assert read == "Two soldiers were killed on Tuesday in Gao, the army said."
    assert len(read) == len(SPUN)  # every offset into the text still holds


def test_a_report_written_in_cyrillic_is_left_as_written() -> None:
    russian = "Два солдата погибли во вторник в Гао, сообщила армия (Reuters)."
    assert read_lookalikes_as_latin(russian) == russian


def test_spun_copy_yields_the_toll_it_tells() -> None:
    meta = ArticleMeta(published=datetime(2016, 6, 1, 12, tzinfo=UTC), theatre="sahel")
    tolls = [e for e in extract(SPUN, meta) if e.type is EventType.CASUALTY_REPORT]
    assert [e.counts.killed for e in tolls] == [2]
    assert tolls[0].source.evidence.startswith("Two soldiers were killed")
