"""Scoring the extractor against hand-labelled gold articles.

A gold file (`tests/data/gold/NAME.gold.json`) names its article, whether the
rules were tuned on it (`split`: tuned | held_out), the metadata the article's
header lacks, and every event a careful analyst would extract: its type, the
sentence(s) that state it (`evidence`: a unique piece of each), and where the
text says them, its time (`occurred_at`, `time_precision`, `duration`), counts
and place (`location`: acceptable names).

Matching is by type and sentence: an extracted event is correct when a gold
event of its type is stated in the sentence it came from (the same fact told
twice may be extracted twice, both correct). Recall is the share of gold events
extracted at least once. For each gold event found, the closest extracted event
is compared slot by slot: every count field either side (value and whether it
is approximate), the time (when the gold gives one), the place (when the gold
gives one).

    python -m producers.scoring tests/data/gold
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from conflictwatch.errors import ConflictwatchError
from conflictwatch.models import Counts, Event, EventType, TimePrecision
from producers.articles import Article, parse_time, read_article
from producers.extract import extract
from producers.extract.places import gazetteer

_DURATION = TypeAdapter(timedelta)


class GoldError(ConflictwatchError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class GoldEvent:
    type: EventType
    spans: tuple[tuple[int, int], ...]
    occurred_at: datetime | None
    precision: TimePrecision | None
    duration: timedelta | None
    counts: Counts
    locations: tuple[str, ...]


@dataclass(frozen=True)
class GoldArticle:
    name: str
    split: str
    article: Article
    events: tuple[GoldEvent, ...]


@dataclass
class Tally:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class Slots:
    right: int = 0
    total: int = 0

    def add(self, right: int, total: int) -> None:
        self.right += right
        self.total += total

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Score:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[EventType, Tally] = field(default_factory=dict)
    counts: Slots = field(default_factory=Slots)
    times: Slots = field(default_factory=Slots)
    places: Slots = field(default_factory=Slots)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def tally(self, event_type: EventType) -> Tally:
        return self.by_type.setdefault(event_type, Tally())

    def add(self, other: Score) -> None:
        self.overall.add(other.overall)
        for event_type, tally in other.by_type.items():
            self.tally(event_type).add(tally)
        for mine, theirs in ((self.counts, other.counts), (self.times, other.times), (self.places, other.places)):
            mine.add(theirs.right, theirs.total)
        self.misses.extend(other.misses)
        self.false_alarms.extend(other.false_alarms)


def load_gold(path: Path) -> GoldArticle:
    try:
        data: dict[str, Any] = json.loads(path.read_text())
        meta = data.get("meta", {})
        raw = (path.parent / data["article"]).read_text()
        article = read_article(
            data["article"],
            raw,
            published=parse_time(meta["published"]) if "published" in meta else None,
            outlet=meta.get("outlet"),
            theatre=meta.get("theatre"),
        )
        events = tuple(_gold_event(path, article, item) for item in data["events"])
        return GoldArticle(path.name.removesuffix(".gold.json"), data["split"], article, events)
    except (KeyError, ValueError, OSError) as exc:
        raise GoldError(path, f"{type(exc).__name__}: {exc}") from exc


def _gold_event(path: Path, article: Article, item: dict[str, Any]) -> GoldEvent:
    spans = []
    for quote in item["evidence"]:
        start = article.text.find(quote)
        if start < 0 or article.text.find(quote, start + 1) >= 0:
            raise GoldError(path, f"evidence {quote!r} must occur exactly once in the article")
        offset = article.meta.offset
        spans.append((offset + start, offset + start + len(quote)))
    when = item.get("occurred_at")
    return GoldEvent(
        type=EventType(item["type"]),
        spans=tuple(spans),
        occurred_at=_gold_time(when) if when else None,
        precision=TimePrecision(item["time_precision"]) if when else None,
        duration=_iso_duration(item["duration"]) if "duration" in item else None,
        counts=Counts.model_validate(item.get("counts", {})),
        locations=tuple(item.get("location", ())),
    )


def _gold_time(value: str) -> datetime:
    return datetime.fromisoformat(value + "T00:00:00+00:00" if len(value) == 10 else value).astimezone(UTC)


def _iso_duration(value: str) -> timedelta:
    return _DURATION.validate_python(value)


def _overlaps(span: tuple[int, int] | None, spans: tuple[tuple[int, int], ...]) -> bool:
    return span is not None and any(s < span[1] and span[0] < e for s, e in spans)


def _count_slots(gold: Counts, predicted: Counts) -> tuple[int, int]:
    fields = set(gold.values()) | set(predicted.values())
    right = sum(
        1
        for f in fields
        if gold.values().get(f) == predicted.values().get(f) and (f in gold.approximate) == (f in predicted.approximate)
    )
    return right, len(fields)


def _time_right(gold: GoldEvent, event: Event) -> bool:
    return (
        gold.occurred_at == event.occurred_at.astimezone(UTC)
        and gold.precision == event.time_precision
        and gold.duration == event.duration
    )


def _place_right(gold: GoldEvent, event: Event) -> bool:
    if event.location is None:
        return False
    names = {n.casefold() for n in gold.locations}
    names |= {
        found.name.casefold() for n in gold.locations if (found := gazetteer().lookup(n, event.theatre)) is not None
    }
    return event.location.name.casefold() in names


def _agreement(gold: GoldEvent, event: Event) -> tuple[int, int, int]:
    right, total = _count_slots(gold.counts, event.counts)
    return (
        int(bool(gold.locations) and _place_right(gold, event)),
        int(gold.occurred_at is not None and _time_right(gold, event)),
        right - total,
    )


def score(gold: GoldArticle, events: list[Event]) -> Score:
    result = Score()
    found: dict[int, list[Event]] = {}
    for event in events:
        result.overall.predicted += 1
        result.tally(event.type).predicted += 1
        candidates = [
            i for i, g in enumerate(gold.events) if g.type is event.type and _overlaps(event.source.span, g.spans)
        ]
        if not candidates:
            result.false_alarms.append(f"{gold.name}: {event.type.value} from {event.source.evidence[:70]!r}")
            continue
        result.overall.correct += 1
        result.tally(event.type).correct += 1
        best = max(candidates, key=lambda i: _agreement(gold.events[i], event))
        found.setdefault(best, []).append(event)
    for index, g in enumerate(gold.events):
        result.overall.gold += 1
        result.tally(g.type).gold += 1
        matches = found.get(index)
        if not matches:
            result.misses.append(f"{gold.name}: {g.type.value} at {g.locations or ''} ({g.occurred_at or 'no time'})")
            continue
        result.overall.found += 1
        result.tally(g.type).found += 1
        event = max(matches, key=lambda e: _agreement(g, e))
        result.counts.add(*_count_slots(g.counts, event.counts))
        if g.occurred_at is not None:
            result.times.add(int(_time_right(g, event)), 1)
        if g.locations:
            result.places.add(int(_place_right(g, event)), 1)
    return result


def score_directory(directory: Path) -> dict[str, tuple[GoldArticle, Score]]:
    results = {}
    for path in sorted(directory.glob("*.gold.json")):
        gold = load_gold(path)
        results[gold.name] = (gold, score(gold, extract(gold.article.text, gold.article.meta)))
    return results


def _line(name: str, s: Score) -> str:
    o = s.overall
    return (
        f"{name:36} P {o.precision:5.2f}  R {o.recall:5.2f}  counts {s.counts.accuracy:5.2f} ({s.counts.total:2})  "
        f"times {s.times.accuracy:5.2f} ({s.times.total:2})  places {s.places.accuracy:5.2f} ({s.places.total:2})"
    )


def report(results: dict[str, tuple[GoldArticle, Score]], verbose: bool = False) -> str:
    lines = []
    splits: dict[str, Score] = {}
    for name, (gold, s) in results.items():
        lines.append(_line(f"{name} [{gold.split}]", s))
        splits.setdefault(gold.split, Score()).add(s)
    lines.append("")
    for split, s in sorted(splits.items()):
        lines.append(_line(f"all {split}", s))
    total = Score()
    for s in splits.values():
        total.add(s)
    lines.append("")
    for event_type, tally in sorted(total.by_type.items()):
        lines.append(
            f"  {event_type.value:22} P {tally.precision:5.2f} ({tally.predicted:3})  "
            f"R {tally.recall:5.2f} ({tally.gold:3})"
        )
    if verbose:
        lines += [
            "",
            "missed:",
            *(f"  {m}" for m in total.misses),
            "false alarms:",
            *(f"  {f}" for f in total.false_alarms),
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    print(report(score_directory(Path(args[0] if args else "tests/data/gold")), verbose="-v" in sys.argv))
