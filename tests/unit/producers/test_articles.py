from __future__ import annotations

from datetime import UTC, datetime

import pytest

from producers.articles import ArticleError, read_article
from producers.extract import extract

HEADED = """Title: Ceasefire takes hold
Published: 2021-05-21T09:45:00Z
URL: https://wire.example.org/a
Outlet: Example Wire

A ceasefire between Israel and Hamas took effect at 2 a.m. (2300 GMT Thursday) on Friday.
"""

HTML = """<!doctype html><html><head><title>Gaza | Example</title>
<meta property="article:published_time" content="2021-05-20T14:30:00+00:00">
<meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://wire.example.org/b">
<script>var rockets = 4000;</script></head>
<body><nav>Home</nav><article><p>Israel carried out over a dozen air strikes on Gaza after midnight.</p>
<p>Nearly 450 buildings in Gaza have been destroyed, the United Nations said.</p></article></body></html>"""


def test_a_header_block_gives_the_metadata_and_spans_point_into_the_file() -> None:
    article = read_article("a.txt", HEADED)
    assert article.meta.published == datetime(2021, 5, 21, 9, 45, tzinfo=UTC)
    assert (article.meta.outlet, article.meta.url, article.meta.title) == (
        "Example Wire",
        "https://wire.example.org/a",
        "Ceasefire takes hold",
    )
    [event] = extract(article.text, article.meta)
    assert event.occurred_at == datetime(2021, 5, 20, 23, tzinfo=UTC)
    assert event.source.span is not None
    assert HEADED[event.source.span[0] : event.source.span[1]] == event.source.evidence


def test_options_win_over_the_header() -> None:
    article = read_article("a.txt", HEADED, outlet="Reuters", theatre="israel-gaza")
    assert article.meta.outlet == "Reuters"


def test_html_articles_give_their_paragraphs_and_meta_tags() -> None:
    article = read_article("b.html", HTML)
    assert article.meta.outlet == "Example Wire"
    assert article.meta.url == "https://wire.example.org/b"
    assert article.meta.published == datetime(2021, 5, 20, 14, 30, tzinfo=UTC)
    assert "var rockets" not in article.text
    assert "Home" not in article.text
    types = sorted(e.type.value for e in extract(article.text, article.meta))
    assert types == ["air_strike", "infrastructure_damage"]


def test_an_article_without_a_publication_time_is_refused_with_the_reason() -> None:
    with pytest.raises(ArticleError, match="no publication time"):
        read_article("c.txt", "Rockets hit Sderot on Thursday.")
    with pytest.raises(ArticleError, match="unreadable published time"):
        read_article("d.txt", "Published: the day after\n\nRockets hit Sderot.")
