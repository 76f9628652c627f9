"""Reading articles: plain text (with an optional header block) or HTML.

A plain-text article may start with a header block of `Key: value` lines, ended
by a blank line:

    Title: Ceasefire between Israel and Hamas takes hold
    Published: 2021-05-21T09:45:00Z
    URL: https://…
    Outlet: Example Wire

Command-line options win over the header; a time without a zone is UTC. Evidence
spans point into the file for plain text (the header's length is the offset) and
into the extracted text for HTML.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from dateutil import parser as dateparser

from conflictwatch.errors import SourceError
from conflictwatch.models import Event
from conflictwatch.theatres import Theatres
from producers.extract import ArticleMeta
from producers.extract.extractor import Extraction, extract_article
from producers.html_text import html_to_text, looks_like_html

_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z -]{0,30}):[ \t]*(?P<value>\S.*)")
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "dateline": "published",
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "theatre": "theatre",
    "id": "article_id",
}
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md")


log = logging.getLogger(__name__)


class ArticleError(SourceError):
    """An article that cannot be read, dated or placed in a theatre."""


class ExtractorFailure(ArticleError):
    """The extractor failed on an article: a fault of ours, not of the article."""


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    meta: ArticleMeta
    words: int


def parse_time(value: str) -> datetime:
    """ISO 8601 or a wire dateline ("May 20, 2021 2:30 PM GMT"); naive means UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = dateparser.parse(value)
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def split_header(text: str) -> tuple[dict[str, str], int]:
    """The header block's fields and where the body starts (0 when there is none)."""
    header: dict[str, str] = {}
    position = 0
    for line in text.splitlines(keepends=True):
        if not line.strip():
            return (header, position + len(line)) if header else ({}, 0)
        match = _HEADER_LINE.fullmatch(line.strip())
        key = _HEADER_KEYS.get(match["key"].strip().lower()) if match else None
        if key is None:
            return {}, 0
        header[key] = match["value"].strip() if match else ""
        position += len(line)
    return {}, 0


def read_article(
    source: str,
    raw: str,
    *,
    published: datetime | None = None,
    url: str | None = None,
    outlet: str | None = None,
    theatre: str | None = None,
) -> Article:
    if looks_like_html(raw):
        text, header = html_to_text(raw)
        offset = 0
    else:
        header, offset = split_header(raw)
        text = raw[offset:]
    when = published
    if when is None and header.get("published"):
        try:
            when = parse_time(header["published"])
        except (ValueError, OverflowError) as exc:
            raise ArticleError(source, f"unreadable published time {header['published']!r}") from exc
    if when is None:
        raise ArticleError(source, "no publication time: give --published or a 'Published:' header line")
    meta = ArticleMeta(
        published=when,
        theatre=theatre or header.get("theatre"),
        outlet=outlet or header.get("outlet") or "unknown",
        url=url or header.get("url"),
        title=header.get("title"),
        article_id=header.get("article_id"),
        offset=offset,
    )
    return Article(source, text, meta.with_article_id(text), len(text.split()))


NO_THEATRE = (
    "names no place or party of a theatre in the theatres file, and no hint was given: "
    "give --theatre or a 'Theatre:' header line, or add the theatre to CONFLICTWATCH_THEATRES_FILE"
)


def extraction_of(source: str, text: str, meta: ArticleMeta, theatres: Theatres | None = None) -> Extraction:
    """What the extractor finds in one article; should it fail on it, an `ExtractorFailure` that
    names the article, so that the articles and feed entries after it are still read."""
    try:
        return extract_article(text, meta, theatres)
    except Exception as exc:  # any fault: one article must not stop a run or a feed for good
        log.exception("the extractor failed on %s", source)
        raise ExtractorFailure(
            source, f"the extractor failed on it ({type(exc).__name__}: {exc}); it was skipped: please report it"
        ) from exc


def article_events(article: Article, theatres: Theatres | None = None) -> tuple[list[Event], str | None]:
    """The article's events, and a note when they were filed under a country rather
    than a theatre; an article the extractor can place in no theatre is an error."""
    extraction = extraction_of(article.source, article.text, article.meta, theatres)
    if extraction.theatre is None:
        raise ArticleError(article.source, NO_THEATRE)
    note = None
    if extraction.theatre.basis == "country":
        why = (
            f"names the places of {', '.join(extraction.one_sided)} from one side only (needs_other_side in the "
            "theatres file)"
            if extraction.one_sided
            else "names no theatre of the theatres file"
        )
        note = f"{article.source}: {why}; its events are filed under the country slug {extraction.theatre.theatre!r}"
    return extraction.events, note


def article_paths(path: Path) -> list[Path]:
    """A file, or the article files of a directory in name order."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    return [path]
