from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

import producers.articles
from producers.article_producer import ArticleOptions, article_sources, produce_articles
from producers.extract.extractor import Extraction
from producers.metrics import ProducerMetrics
from producers.sinks import JsonLinesSink, TableSink
from tests.unit.producers.conftest import SEED_ARTICLE
from tests.unit.producers.test_importers import ListSink

GOLD = SEED_ARTICLE.parent


def test_a_directory_of_articles_is_extracted_and_counted() -> None:
    registry, sink = CollectorRegistry(), ListSink()
    options = ArticleOptions(published=datetime(2021, 5, 20, 14, 30, tzinfo=UTC))
    run = produce_articles(article_sources([str(GOLD)], io.StringIO()), options, sink, ProducerMetrics.create(registry))
    assert run.articles == len(list(GOLD.glob("*.txt")))
    assert run.failures == []
    assert run.sent == len(sink.events) == run.events > 100
    assert registry.get_sample_value("conflictwatch_producer_articles_read_total", {"format": "text"}) == run.articles
    extracted = registry.get_sample_value("conflictwatch_producer_events_extracted_total", {"type": "rocket_pause"})
    assert extracted is not None
    assert extracted >= 2


def test_unreadable_or_undated_articles_are_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Published: 2021-05-20T10:00:00Z\n\nRockets hit Sderot on Thursday.")
    (tmp_path / "b.txt").write_text("Rockets hit Sderot on Thursday.")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe not utf-8")
    registry, sink = CollectorRegistry(), ListSink()
    run = produce_articles(
        article_sources([str(tmp_path)], io.StringIO()), ArticleOptions(), sink, ProducerMetrics.create(registry)
    )
    assert run.articles == 1
    assert [f.source.rsplit("/", 1)[-1] for f in run.failures] == ["b.txt", "c.txt"]
    assert "no publication time" in str(run.failures[0])
    labels = {"producer": "article", "reason": "unreadable_article"}
    assert registry.get_sample_value("conflictwatch_producer_rows_rejected_total", labels) == 2


def test_stdin_is_an_article_and_dry_run_output_is_json_lines_or_a_table() -> None:
    text = "Published: 2021-05-20T10:00:00Z\n\nIsrael carried out over a dozen air strikes on Gaza after midnight."
    lines, table = io.StringIO(), io.StringIO()
    for sink in (JsonLinesSink(lines), TableSink(table)):
        produce_articles(
            article_sources(["-"], io.StringIO(text)),
            ArticleOptions(),
            sink,
            ProducerMetrics.create(CollectorRegistry()),
        )
    assert lines.getvalue().count("\n") == 1
    assert '"type":"air_strike"' in lines.getvalue()
    header, row = table.getvalue().splitlines()
    assert header.split()[:3] == ["occurred_at", "precision", "type"]
    assert "air_strike" in row
    assert "strikes=~12" in row


def test_an_article_without_a_theatre_header_lands_in_the_theatre_it_is_about() -> None:
    sink = ListSink()
    run = produce_articles(
        article_sources([str(GOLD / "ukraine-2022-10-10-energy.txt")], io.StringIO()),
        ArticleOptions(),
        sink,
        ProducerMetrics.create(CollectorRegistry()),
    )
    assert run.events > 10
    assert {e.theatre for e in sink.events} == {"russia-ukraine"}


def test_an_article_naming_no_theatre_is_rejected_with_the_way_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Published: 2021-05-20T10:00:00Z\n\nRockets were fired on Thursday.")
    registry, sink = CollectorRegistry(), ListSink()
    run = produce_articles(
        article_sources([str(tmp_path)], io.StringIO()), ArticleOptions(), sink, ProducerMetrics.create(registry)
    )
    assert (run.articles, sink.events) == (0, [])
    assert "give --theatre" in str(run.failures[0])
    assert (
        registry.get_sample_value(
            "conflictwatch_producer_rows_rejected_total", {"producer": "article", "reason": "no_theatre"}
        )
        == 1
    )
    hinted = produce_articles(
        article_sources([str(tmp_path)], io.StringIO()),
        ArticleOptions(theatre="israel-lebanon"),
        sink,
        ProducerMetrics.create(CollectorRegistry()),
    )
    assert hinted.articles == 1
    assert {e.theatre for e in sink.events} == {"israel-lebanon"}


def test_the_articles_send_a_heartbeat_per_theatre_spanning_the_reports_they_gave() -> None:
    sink = ListSink()
    options = ArticleOptions(published=datetime(2021, 5, 20, 14, 30, tzinfo=UTC), source="seed")
    produce_articles(
        article_sources([str(SEED_ARTICLE)], io.StringIO()), options, sink, ProducerMetrics.create(CollectorRegistry())
    )
    assert {b.theatre for b in sink.heartbeats} == {e.theatre for e in sink.events}
    [beat] = [b for b in sink.heartbeats if b.theatre == "israel-gaza"]
    events = [e for e in sink.events if e.theatre == "israel-gaza"]
    assert (beat.source, beat.producer, beat.items) == ("seed", "article", len(events))
    assert beat.covered_from == min(min(e.occurred_at, e.reported_at) for e in events)
    assert beat.covered_to == max(max(e.occurred_at, e.reported_at) for e in events)


def test_an_article_the_extractor_fails_on_is_reported_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = producers.articles.extract_article

    def failing_on_one(text: str, *args: Any) -> Extraction:
        if "Sderot" in text:
            raise AttributeError("'NoneType' object has no attribute 'lower'")
        return real(text, *args)

    monkeypatch.setattr(producers.articles, "extract_article", failing_on_one)
    (tmp_path / "a.txt").write_text("Published: 2021-05-20T10:00:00Z\n\nRockets hit Sderot on Thursday.")
    (tmp_path / "b.txt").write_text("Published: 2021-05-20T10:00:00Z\n\nRockets hit Ashkelon on Thursday.")
    registry, sink = CollectorRegistry(), ListSink()
    run = produce_articles(
        article_sources([str(tmp_path)], io.StringIO()), ArticleOptions(), sink, ProducerMetrics.create(registry)
    )
    assert run.articles == 1
    assert [e.location.name for e in sink.events if e.location] == ["Ashkelon"]
    [failure] = run.failures
    assert failure.source.endswith("a.txt")
    assert "the extractor failed on it (AttributeError" in str(failure)
    labels = {"producer": "article", "reason": "extractor_error"}
    assert registry.get_sample_value("conflictwatch_producer_rows_rejected_total", labels) == 1
