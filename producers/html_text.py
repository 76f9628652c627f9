"""The text and header facts of an HTML article, with the standard library's parser.

Paragraph-like elements become paragraphs separated by blank lines; scripts,
styles and navigation are dropped. The published time, canonical URL, site name
and title come from the usual meta tags (Open Graph, article:published_time).
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "article", "section"})
_SKIPPED = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg"})
_META_KEYS = {
    "article:published_time": "published",
    "og:article:published_time": "published",
    "datepublished": "published",
    "date": "published",
    "og:url": "url",
    "og:site_name": "outlet",
    "og:title": "title",
}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self.header: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = _META_KEYS.get((values.get("property") or values.get("name") or values.get("itemprop") or "").lower())
            if key and values.get("content"):
                self.header.setdefault(key, values["content"].strip())
        elif tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.header.setdefault("url", values["href"].strip())
        elif tag == "time" and values.get("datetime"):
            self.header.setdefault("published", values["datetime"].strip())
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skip_depth:
            self.paragraphs[-1].append(data)

    def _break(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def result(self) -> tuple[str, dict[str, str]]:
        text = "\n\n".join(p for p in (" ".join("".join(chunks).split()) for chunks in self.paragraphs) if p)
        title = " ".join("".join(self._title).split())
        if title:
            self.header.setdefault("title", title)
        return text, self.header


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """(body text, header fields: published, url, outlet, title — those present)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.result()


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or head.startswith(("<p>", "<article"))
