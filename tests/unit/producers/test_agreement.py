"""A second labelling of corpus reports: loaded only against the report and text it
was made on, and scored against the corpus labels the way the extractor is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictwatch.models import EventType
from producers.agreement import SECOND, agree, compare, load_second, main
from producers.corpus import CORPUS, CorpusError, Report, digest, load_corpus
from producers.scoring import real_article

TEXT = "Strikes hit Kharkiv, Odesa and Lviv overnight. Two people were killed in Odesa. Kyiv vowed to respond."


def _span(quote: str) -> list[int]:
    start = TEXT.index(quote)
    return [start, start + len(quote)]


def _event(kind: str, quote: str, **fields: object) -> dict[str, object]:
    return {"type": kind, "evidence": [_span(quote)], **fields}


FIRST = [
    *(_event("air_strike", "Strikes hit Kharkiv, Odesa and Lviv", theatre="russia-ukraine") for _ in range(3)),
    _event("casualty_report", "Two people were killed", theatre="russia-ukraine", counts={"killed": 2}),
    _event("threat_statement", "Kyiv vowed to respond", theatre="russia-ukraine"),
]


def _corpus(tmp_path: Path) -> dict[str, Report]:
    for folder in ("labels", "texts"):
        (tmp_path / folder).mkdir()
    (tmp_path / "texts" / "russia-ukraine-x.txt").write_text(TEXT, encoding="utf-8")
    label = {
        "name": "russia-ukraine-x",
        "round": 99,
        "url": "https://example.org/strikes",
        "outlet": "Example",
        "genre": "wire",
        "published": "2025-01-28",
        "query": "strikes Kharkiv Odesa Lviv",
        "sha256": digest(TEXT),
        "chars": len(TEXT),
        "theatres": ["russia-ukraine"],
        "events": FIRST,
    }
    (tmp_path / "labels" / "russia-ukraine-x.json").write_text(json.dumps(label), encoding="utf-8")
    return {r.name: r for r in load_corpus(tmp_path)}


def _second(tmp_path: Path, labelled: list[dict[str, object]], **changes: object) -> Path:
    path = tmp_path / "second.json"
    data = {"name": "russia-ukraine-x", "sha256": digest(TEXT), "events": labelled, **changes}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_labelling_agrees_fully_with_itself_even_where_one_sentence_holds_three_events(tmp_path: Path) -> None:
    reports = _corpus(tmp_path)
    first = real_article(reports["russia-ukraine-x"])
    second = real_article(load_second(_second(tmp_path, FIRST), reports))
    result = agree(first, second)
    assert (result.overall.precision, result.overall.recall) == (1.0, 1.0)
    assert result.counts.accuracy == 1.0


def test_a_missed_event_a_wrong_one_and_a_different_count_are_told_apart(tmp_path: Path) -> None:
    reports = _corpus(tmp_path)
    events = [
        *(_event("air_strike", "Strikes hit Kharkiv, Odesa and Lviv") for _ in range(3)),
        _event("casualty_report", "Two people were killed", counts={"killed": 3}),
        _event("diplomatic_statement", "Kyiv vowed to respond"),  # the corpus reads a threat
    ]
    result = agree(
        real_article(reports["russia-ukraine-x"]), real_article(load_second(_second(tmp_path, events), reports))
    )
    assert (result.overall.correct, result.overall.predicted) == (4, 5)
    assert (result.overall.found, result.overall.gold) == (4, 5)
    assert [m.split(": ")[1] for m in result.misses] == ["threat_statement ['Kyiv vowed to respond']"]
    assert (result.counts.right, result.counts.total) == (0, 1)


def test_one_event_for_three_places_finds_one_of_them(tmp_path: Path) -> None:
    reports = _corpus(tmp_path)
    events = [_event("air_strike", "Strikes hit Kharkiv, Odesa and Lviv")]
    result = agree(
        real_article(reports["russia-ukraine-x"]), real_article(load_second(_second(tmp_path, events), reports))
    )
    assert result.tally(EventType.AIR_STRIKE).found == 1
    assert (result.overall.found, result.overall.gold) == (1, 5)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "russia-ukraine-y"}, "no corpus report is named 'russia-ukraine-y'"),
        ({"sha256": "0" * 64}, "is not that of the report's text"),
        ({"round": 3}, "keys must be"),
        ({"events": [{"type": "alien_landing", "evidence": [[0, 7]]}]}, "type must be one of"),
        ({"events": [{"type": "air_strike", "evidence": [[0, 700]]}]}, "beyond the text's"),
    ],
)
def test_a_second_labelling_is_refused_with_what_to_fix(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    reports = _corpus(tmp_path)
    with pytest.raises(CorpusError, match=message):
        load_second(_second(tmp_path, FIRST, **changes), reports)


def test_the_extractor_is_scored_against_both_labellings(tmp_path: Path) -> None:
    reports = _corpus(tmp_path)
    first = real_article(reports["russia-ukraine-x"])
    second = real_article(load_second(_second(tmp_path, FIRST[3:]), reports))
    totals = compare([(first, second)])
    assert [t.overall.gold for t in totals.values()] == [5, 5, 2]
    assert (
        totals["extractor / corpus labels"].overall.predicted
        == totals["extractor / second labelling"].overall.predicted
    )


def test_the_shipped_second_labellings_are_of_corpus_reports_and_their_texts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reports = {r.name: r for r in load_corpus(CORPUS)}
    paths = sorted(SECOND.glob("*.json"))
    assert len(paths) >= 40
    for path in paths:
        load_second(path, reports)
    assert main([str(SECOND)]) == 0
    assert capsys.readouterr().out.startswith(f"{len(paths)} reports labelled twice")
