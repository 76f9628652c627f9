"""What is known about an article besides its text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime


@dataclass(frozen=True)
class ArticleMeta:
    """`published` must be timezone-aware; `theatre` is a hint (a header or
    `--theatre`): the extractor decides each event's theatre from the text and uses
    the hint for ties and for articles that name no theatre's places; `offset` is
    where the text given to the extractor starts in the original input (after a
    header block), so evidence spans point into the input."""

    published: datetime
    theatre: str | None = None
    outlet: str = "unknown"
    url: str | None = None
    title: str | None = None
    article_id: str | None = None
    offset: int = 0

    def with_article_id(self, text: str) -> ArticleMeta:
        """An id derived from the URL, or else the text, when none was given."""
        if self.article_id:
            return self
        digest = hashlib.sha256((self.url or text).encode()).hexdigest()[:16]
        return replace(self, article_id=f"art-{digest}")
