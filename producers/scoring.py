"""Scoring the extractor against hand-labelled articles.

Two sources of labels. The self-written gold (`tests/data/gold/NAME.gold.json`)
names its article, whether the rules were tuned on it (`split`: tuned |
held_out), the metadata the article's header lacks (its `theatre` is the theatre
every event belongs to, not a hint given to the extractor), and every event a
careful analyst would extract: its type, the sentence(s) that state it
(`evidence`: a unique piece of each), and where the text says them, its time
(`occurred_at`, `time_precision`, `duration`), counts and place (`location`:
acceptable names). The real-report corpus (`producers.corpus`) has the same
events with evidence as offsets and a theatre each; it is scored by round, on
whichever texts are present, and a round is scored blind exactly once
(`blind`), the figures recorded in `tests/data/real/quality.json`.

Matching is by type and sentence: an extracted event is correct when a gold
event of its type is stated in the sentence it came from (the same fact told
twice may be extracted twice, both correct). Recall is the share of gold events
extracted at least once. For each gold event found, the closest extracted event
is compared slot by slot: every count field either side (value and whether it
is approximate), the time (when the gold gives one), the place (when the gold
gives one) and the theatre.

    python -m producers.scoring [-v] [tests/data/gold]   the self-written gold
    python -m producers.scoring real [--round N[-M]] [-v]
                                                         the real reports present, of rounds scored blind
    python -m producers.scoring blind --round N          score a new round once, record it
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from conflictwatch.errors import ConflictwatchError, SourceError
from conflictwatch.models import COUNT_FIELDS, Counts, Event, EventType, TimePrecision
from producers.articles import Article, parse_time, read_article
from producers.corpus import QUALITY, Report, blind_records, commands_parser, load_corpus, round_range, scored_blind
from producers.extract import ArticleMeta, extract
from producers.extract.model import shipped_model
from producers.extract.places import gazetteer
from producers.extract.verifier import shipped_verifier

_DURATION = TypeAdapter(timedelta)


class GoldError(SourceError):
    """A gold article or its labels that cannot be used."""


@dataclass(frozen=True)
class GoldEvent:
    type: EventType
    spans: tuple[tuple[int, int], ...]
    occurred_at: datetime | None
    precision: TimePrecision | None
    duration: timedelta | None
    counts: Counts
    locations: tuple[str, ...]
    theatre: str | None = None


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
    by_field: dict[str, Slots] = field(default_factory=dict)
    times: Slots = field(default_factory=Slots)
    places: Slots = field(default_factory=Slots)
    theatres: Slots = field(default_factory=Slots)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def tally(self, event_type: EventType) -> Tally:
        return self.by_type.setdefault(event_type, Tally())

    def predicted(self, event_type: EventType, correct: bool) -> None:
        """One event made (extracted, or of a second labelling), and whether it is right."""
        for tally in (self.overall, self.tally(event_type)):
            tally.predicted += 1
            tally.correct += correct

    def counted(self, slots: dict[str, bool]) -> None:
        """The count fields of a matched pair of events, each right or not (`field_slots`)."""
        for name, right in slots.items():
            self.counts.add(int(right), 1)
            self.by_field.setdefault(name, Slots()).add(int(right), 1)

    def labelled(self, event_type: EventType, found: bool) -> None:
        """One labelled event, and whether it was found."""
        for tally in (self.overall, self.tally(event_type)):
            tally.gold += 1
            tally.found += found

    def add(self, other: Score) -> None:
        self.overall.add(other.overall)
        for event_type, tally in other.by_type.items():
            self.tally(event_type).add(tally)
        for name, slots in other.by_field.items():
            self.by_field.setdefault(name, Slots()).add(slots.right, slots.total)
        pairs = (
            (self.counts, other.counts),
            (self.times, other.times),
            (self.places, other.places),
            (self.theatres, other.theatres),
        )
        for mine, theirs in pairs:
            mine.add(theirs.right, theirs.total)
        self.misses.extend(other.misses)
        self.false_alarms.extend(other.false_alarms)

    def figures(self) -> dict[str, Any]:
        """The score as the quality file records it."""
        return {
            "precision": round(self.overall.precision, 3),
            "recall": round(self.overall.recall, 3),
            "gold_events": self.overall.gold,
            "extracted_events": self.overall.predicted,
            "by_type": {
                t.value: {"precision": round(v.precision, 3), "recall": round(v.recall, 3), "gold": v.gold}
                for t, v in sorted(self.by_type.items())
            },
            "slots": {
                name: {"accuracy": round(slots.accuracy, 3), "total": slots.total}
                for name, slots in (
                    ("counts", self.counts),
                    ("times", self.times),
                    ("places", self.places),
                    ("theatres", self.theatres),
                )
            },
            "count_fields": {
                name: {"accuracy": round(slots.accuracy, 3), "total": slots.total}
                for name, slots in sorted(self.by_field.items())
            },
        }


def load_gold(path: Path) -> GoldArticle:
    """A self-written gold file: its `meta.theatre` is every event's theatre, not a hint."""
    try:
        data: dict[str, Any] = json.loads(path.read_text())
        meta = data.get("meta", {})
        raw = (path.parent / data["article"]).read_text()
        article = read_article(
            data["article"],
            raw,
            published=parse_time(meta["published"]) if "published" in meta else None,
            outlet=meta.get("outlet"),
        )
        events = tuple(_gold_event(path, article, item, meta.get("theatre")) for item in data["events"])
        return GoldArticle(path.name.removesuffix(".gold.json"), data["split"], article, events)
    except (KeyError, ValueError, OSError) as exc:
        raise GoldError(path, f"{type(exc).__name__}: {exc}") from exc


def real_article(report: Report) -> GoldArticle:
    """A real report whose text is present, as the scorer's article (no theatre hint)."""
    if report.text is None:
        raise GoldError(report.path, f"its text is not at {report.text_path}; re-create it (tests/data/real/README.md)")
    meta = ArticleMeta(published=report.published, outlet=report.outlet, url=report.url).with_article_id(report.text)
    article = Article(report.name, report.text, meta, len(report.text.split()))
    events = tuple(
        _gold_event(report.path, article, {**item, "evidence": [tuple(span) for span in item["evidence"]]})
        for item in report.events
    )
    return GoldArticle(report.name, f"round {report.round}", article, events)


def _gold_event(path: Path, article: Article, item: dict[str, Any], theatre: str | None = None) -> GoldEvent:
    spans = []
    for quote in item["evidence"]:
        if isinstance(quote, tuple):
            spans.append(quote)
            continue
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
        theatre=item.get("theatre", theatre),
    )


def _gold_time(value: str) -> datetime:
    return datetime.fromisoformat(value + "T00:00:00+00:00" if len(value) == 10 else value).astimezone(UTC)


def _iso_duration(value: str) -> timedelta:
    return _DURATION.validate_python(value)


def overlaps(span: tuple[int, int] | None, spans: tuple[tuple[int, int], ...]) -> bool:
    return span is not None and any(s < span[1] and span[0] < e for s, e in spans)


def labelled_as(gold: GoldArticle, event: Event) -> list[int]:
    """The labelled events an extracted one stands for: of its type, quoting its sentence."""
    return [i for i, g in enumerate(gold.events) if g.type is event.type and overlaps(event.source.span, g.spans)]


def field_slots(gold: Counts, predicted: Counts) -> dict[str, bool]:
    """Each count field either side: right when value and approximation agree."""
    want, got = gold.values(), predicted.values()
    return {
        f: want.get(f) == got.get(f) and (f in gold.approximate) == (f in predicted.approximate)
        for f in COUNT_FIELDS
        if f in want or f in got
    }


def _count_slots(gold: Counts, predicted: Counts) -> tuple[int, int]:
    slots = field_slots(gold, predicted)
    return sum(slots.values()), len(slots)


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
    names |= {found.name.casefold() for n in gold.locations if (found := gazetteer().lookup(n)) is not None}
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
        candidates = labelled_as(gold, event)
        result.predicted(event.type, bool(candidates))
        if not candidates:
            result.false_alarms.append(f"{gold.name}: {event.type.value} from {event.source.evidence[:70]!r}")
            continue
        best = max(candidates, key=lambda i: _agreement(gold.events[i], event))
        found.setdefault(best, []).append(event)
    for index, g in enumerate(gold.events):
        matches = found.get(index)
        result.labelled(g.type, bool(matches))
        if not matches:
            result.misses.append(f"{gold.name}: {g.type.value} at {g.locations or ''} ({g.occurred_at or 'no time'})")
            continue
        event = max(matches, key=lambda e: _agreement(g, e))
        result.counted(field_slots(g.counts, event.counts))
        if g.theatre is not None:
            result.theatres.add(int(event.theatre == g.theatre), 1)
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


def score_reports(reports: list[Report]) -> dict[str, tuple[GoldArticle, Score]]:
    """The real reports whose texts are present."""
    results = {}
    for report_ in reports:
        if report_.text is not None:
            gold = real_article(report_)
            results[gold.name] = (gold, score(gold, extract(gold.article.text, gold.article.meta)))
    return results


def record_blind(round_: int, reports: list[Report], quality: Path = QUALITY) -> dict[str, Any]:
    """Score a round never scored before, once, and append the figures to the quality file."""
    records = blind_records(quality)
    if any(r["round"] == round_ for r in records):
        raise GoldError(quality, f"round {round_} was scored blind already; its first score is the one that counts")
    for name, learner in (("sentence model", shipped_model()), ("verifier", shipped_verifier())):
        if learner is not None and round_ in learner.trained_on.get("rounds", ()):
            raise GoldError(quality, f"the shipped {name} was trained on round {round_}: it cannot be scored blind")
    members = [r for r in reports if r.round == round_]
    if not members:
        raise GoldError(quality, f"no labelled reports in round {round_}")
    missing = [r.name for r in members if r.text is None]
    if missing:
        raise GoldError(quality, f"round {round_} lacks texts {missing}; re-create them before scoring it")
    total = Score()
    for _, result in score_reports(members).values():
        total.add(result)
    record = {
        "round": round_,
        "date": date.today().isoformat(),
        "extractor": _revision(),
        "reports": len(members),
        "theatres": sorted({t for r in members for t in r.theatres}),
        "outlets": sorted({r.outlet for r in members}),
        **total.figures(),
    }
    quality.write_text(json.dumps([*records, record], indent=2, ensure_ascii=False) + "\n")
    return record


def _revision() -> str:
    """The commit the extractor was scored at (with `+dirty` for uncommitted changes)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "producers/"], capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def _line(name: str, s: Score) -> str:
    o = s.overall
    return (
        f"{name:36} P {o.precision:5.2f}  R {o.recall:5.2f}  counts {s.counts.accuracy:5.2f} ({s.counts.total:2})  "
        f"times {s.times.accuracy:5.2f} ({s.times.total:2})  places {s.places.accuracy:5.2f} ({s.places.total:2})  "
        f"theatres {s.theatres.accuracy:5.2f} ({s.theatres.total:2})"
    )


def _pooled(s: Score) -> str:
    """Every article's events together to four places, with the counts behind each figure: what a
    change to the rules moves, event by event."""
    o = s.overall
    slots = "  ".join(
        f"{name} {slot.accuracy:.4f} ({slot.right}/{slot.total})"
        for name, slot in (("counts", s.counts), ("times", s.times), ("places", s.places), ("theatres", s.theatres))
    )
    return f"pooled: P {o.precision:.4f} ({o.correct}/{o.predicted})  R {o.recall:.4f} ({o.found}/{o.gold})  {slots}"


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
    lines += [_pooled(total), ""]
    for event_type, tally in sorted(total.by_type.items()):
        lines.append(
            f"  {event_type.value:22} P {tally.precision:5.2f} ({tally.predicted:3})  "
            f"R {tally.recall:5.2f} ({tally.gold:3})"
        )
    lines.append("  count fields: " + ", ".join(f"{k} {v.accuracy:.2f} ({v.total})" for k, v in total.by_field.items()))
    if verbose:
        lines += [
            "",
            "missed:",
            *(f"  {m}" for m in total.misses),
            "false alarms:",
            *(f"  {f}" for f in total.false_alarms),
        ]
    return "\n".join(lines)


def _parser() -> tuple[argparse.ArgumentParser, frozenset[str]]:
    """The command line, and its commands' names."""
    parser, commands = commands_parser("producers.scoring", __doc__)
    gold = commands.add_parser("gold", help="the self-written gold (the default command)")
    gold.add_argument("dir", nargs="?", type=Path, default=Path("tests/data/gold"), metavar="DIR")
    real = commands.add_parser("real", help="the real reports present, of rounds already scored blind")
    real.add_argument("--round", type=round_range, metavar="N[-M]", help="only these rounds (256-266)")
    for command in (gold, real):
        command.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    blind = commands.add_parser("blind", help="score a new round once and record it in quality.json")
    blind.add_argument("--round", type=int, required=True, metavar="N")
    return parser, frozenset(commands.choices)


def main(argv: list[str]) -> int:
    parser, names = _parser()
    if not argv or argv[0] not in names | {"-h", "--help"}:
        argv = ["gold", *argv]  # `python -m producers.scoring [-v] [DIR]`, as before the commands
    args = parser.parse_args(argv)
    try:
        if args.command == "blind":
            print(json.dumps(record_blind(args.round, load_corpus(rounds=[args.round])), indent=2, ensure_ascii=False))
        elif args.command == "real":
            reports, unscored = scored_blind(load_corpus(rounds=args.round))
            if unscored:
                print(
                    f"not scored: rounds {', '.join(map(str, unscored))} have no blind score yet "
                    "(`python -m producers.scoring blind --round N` first)",
                    file=sys.stderr,
                )
            print(report(score_reports(reports), args.verbose))
        else:
            if not any(args.dir.glob("*.gold.json")):
                print(f"error: no gold files (*.gold.json) in {args.dir}", file=sys.stderr)
                return 2
            print(report(score_directory(args.dir), args.verbose))
    except ConflictwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
