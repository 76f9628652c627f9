"""Article extractor throughput: articles and words per second through
`producers.extract.extract` over the gold articles, against a baseline measured
in the same process over the same texts.

The baseline is the least any extractor does: split the text into sentences with
one regular expression. The ratio (extractor time / baseline time) is the figure
to compare across machines; articles/s is printed for the target (>= 500 wire
articles per second on one core). The gazetteer is loaded before timing.

    python -m bench.extractor [--rounds N]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from producers.articles import Article, read_article
from producers.extract import extract
from producers.extract.places import gazetteer
from producers.scoring import load_gold

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def articles() -> list[Article]:
    found = [load_gold(path).article for path in sorted(GOLD.glob("*.gold.json"))]
    return [read_article(a.source, a.text, published=a.meta.published, theatre=a.meta.theatre) for a in found]


def _timed(work: Callable[[Article], object], texts: list[Article], rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for article in texts:
            work(article)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100, help="passes over the gold articles")
    args = parser.parse_args()
    texts = articles()
    gazetteer()
    _timed(lambda a: extract(a.text, a.meta), texts, 2)  # warm up
    baseline = _timed(lambda a: _SENTENCE_END.split(a.text), texts, args.rounds)
    elapsed = _timed(lambda a: extract(a.text, a.meta), texts, args.rounds)
    count = len(texts) * args.rounds
    words = sum(a.words for a in texts) * args.rounds
    events = sum(len(extract(a.text, a.meta)) for a in texts)
    print(
        f"articles: {len(texts)} gold articles × {args.rounds} rounds = {count} ({words} words, {events} events/round)"
    )
    print(f"extractor: {count / elapsed:,.0f} articles/s, {words / elapsed:,.0f} words/s (target >= 500 articles/s)")
    print(f"baseline (regex sentence split): {count / baseline:,.0f} articles/s")
    print(f"extractor / baseline time: {elapsed / baseline:,.1f}×")


if __name__ == "__main__":
    main()
