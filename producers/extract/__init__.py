"""Article extraction: news text in, contract events out (see extractor.extract)."""

from producers.extract.extractor import extract
from producers.extract.meta import ArticleMeta

__all__ = ["ArticleMeta", "extract"]
