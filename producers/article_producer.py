"""`conflictwatch produce article`: read articles, extract their events, send them.

Articles that cannot be read or dated, or that name no theatre (and were given no
hint), are reported with the reason and counted; the others go on. After the
last article, a coverage heartbeat per theatre spans the reports the articles
gave in it (`producers.coverage.SpanTracker`): the files are that stretch's
record.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from conflictwatch.theatres import Theatres
from producers.articles import ArticleError, ExtractorFailure, article_events, article_paths, read_article
from producers.coverage import SpanTracker
from producers.html_text import looks_like_html
from producers.metrics import ProducerMetrics
from producers.sinks import Sink


@dataclass(frozen=True)
class ArticleOptions:
    published: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    theatre: str | None = None
    theatres: Theatres | None = None
    source: str = "articles"  # what the coverage heartbeats name: the paths read


@dataclass
class ArticleRun:
    articles: int = 0
    events: int = 0
    sent: int = 0
    failures: list[ArticleError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def article_sources(paths: Sequence[str], stdin: TextIO) -> Iterator[tuple[str, str | ArticleError]]:
    """(name, text) for each article; '-' is standard input, a directory its article files."""
    for given in paths:
        if given == "-":
            yield "<stdin>", stdin.read()
            continue
        for path in article_paths(Path(given)):
            try:
                yield str(path), path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield str(path), ArticleError(str(path), f"cannot read: {exc}")


def produce_articles(
    sources: Iterator[tuple[str, str | ArticleError]],
    options: ArticleOptions,
    sink: Sink,
    metrics: ProducerMetrics,
) -> ArticleRun:
    run = ArticleRun()
    spans = SpanTracker()
    for name, raw in sources:
        try:
            if isinstance(raw, ArticleError):
                raise raw
            article = read_article(
                name,
                raw,
                published=options.published,
                url=options.url,
                outlet=options.outlet,
                theatre=options.theatre,
            )
        except ArticleError as exc:
            run.failures.append(exc)
            metrics.rows_rejected.labels(producer="article", reason="unreadable_article").inc()
            continue
        started = time.perf_counter()
        try:
            events, note = article_events(article, options.theatres)
        except ArticleError as exc:
            run.failures.append(exc)
            reason = "extractor_error" if isinstance(exc, ExtractorFailure) else "no_theatre"
            metrics.rows_rejected.labels(producer="article", reason=reason).inc()
            continue
        finally:
            metrics.extraction_seconds.observe(time.perf_counter() - started)
        if note:
            run.notes.append(note)
        metrics.articles_read.labels(format="html" if looks_like_html(raw) else "text").inc()
        for event in events:
            metrics.events_extracted.labels(type=event.type.value).inc()
        sent = sink.send(events)
        spans.add(events)
        metrics.events_published.labels(producer="article").inc(sent)
        run.articles += 1
        run.events += len(events)
        run.sent += sent
    sink.beat(spans.heartbeats(options.source, "article", datetime.now(UTC)))
    return run
