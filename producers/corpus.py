"""The real-report corpus: our labels of public reports whose texts we do not commit.

`tests/data/real/labels/NAME.json` holds what we wrote about one report (URL,
outlet, publication time, the `search` query that finds it, the sha256 of its text,
its round, and the events in it with evidence as character offsets; see
`tests/data/real/LABELLING.md`). `tests/data/real/texts/NAME.txt` is the text
itself, git-ignored and re-created with the search tool.

    python -m producers.corpus seal FILE…       quotes → offsets, sha256 and length filled in
    python -m producers.corpus check [DIR]      labels valid, texts present and unchanged
    python -m producers.corpus restore ANSWER…  texts from saved search answers (JSON)
    python -m producers.corpus show FILE…       the events with their evidence quoted from the text
    python -m producers.corpus articles DIR     the texts present as article files with a header (for backtest)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from conflictwatch.errors import SourceError
from conflictwatch.models import Counts, EventType, TimePrecision
from conflictwatch.theatres import shipped_theatres

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "real"
QUALITY = CORPUS / "quality.json"  # each round's one blind score (producers.scoring blind)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
GENRES = frozenset({"wire", "sitrep", "live-blog", "newspaper", "broadcaster", "regional", "ngo"})
_REPORT_KEYS = frozenset(
    {"name", "round", "url", "outlet", "wire", "genre", "published", "query", "sha256", "chars", "theatres", "events"}
)
_EVENT_KEYS = frozenset(
    {"type", "evidence", "theatre", "side", "occurred_at", "time_precision", "duration", "counts", "location", "note"}
)


class CorpusError(SourceError):
    """A real-report label, or its text, that cannot be used."""


@dataclass(frozen=True)
class Report:
    """One labelled report; `text` is None when its text is not on this machine."""

    path: Path
    name: str
    round: int
    url: str
    outlet: str
    genre: str
    published: datetime
    query: str
    sha256: str
    theatres: tuple[str, ...]
    events: tuple[dict[str, Any], ...]
    text: str | None

    @property
    def text_path(self) -> Path:
        return text_path(self.path)


def text_path(label: Path) -> Path:
    return label.parent.parent / "texts" / f"{label.name.removesuffix('.json')}.txt"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def published_time(value: str) -> datetime:
    """A date alone stands for noon UTC that day."""
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(12), UTC)
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"published {value!r} needs a time zone (Z or +hh:mm)")
    return parsed.astimezone(UTC)


def load_report(path: Path) -> Report:
    """A sealed label file, validated; its text when present and unchanged."""
    data = read_json(path)
    _validate_report(path, data)
    text_file = text_path(path)
    text = text_file.read_text(encoding="utf-8") if text_file.exists() else None
    if text is not None and digest(text) != data["sha256"]:
        raise CorpusError(text_file, f"sha256 {digest(text)} differs from the label's {data['sha256']}")
    if text is not None:
        for event in data["events"]:
            for start, end in event["evidence"]:
                if end > len(text):
                    raise CorpusError(path, f"evidence [{start}, {end}] is beyond the text's {len(text)} characters")
    return Report(
        path=path,
        name=data["name"],
        round=data["round"],
        url=data["url"],
        outlet=data["outlet"],
        genre=data["genre"],
        published=published_time(data["published"]),
        query=data["query"],
        sha256=data["sha256"],
        theatres=tuple(data["theatres"]),
        events=tuple(data["events"]),
        text=text,
    )


def load_corpus(directory: Path = CORPUS, rounds: Collection[int] | None = None) -> list[Report]:
    """The labelled reports (of `rounds` only, when given: another round being labelled
    meanwhile need not be valid yet)."""
    paths = sorted((directory / "labels").glob("*.json"))
    return [load_report(p) for p in paths if rounds is None or read_json(p).get("round") in rounds]


def seal(path: Path) -> dict[str, Any]:
    """Quotes become [start, end] offsets into the text; sha256 and chars are filled in."""
    data = read_json(path)
    text_file = text_path(path)
    if not text_file.exists():
        raise CorpusError(path, f"no text at {text_file}: save the search excerpt there first")
    text = text_file.read_text(encoding="utf-8")
    for event in data.get("events", []):
        spans = []
        for item in event.get("evidence", []):
            if isinstance(item, str):
                start = text.find(item)
                if start < 0 or text.find(item, start + 1) >= 0:
                    found = text.count(item)
                    raise CorpusError(path, f"evidence {item!r} occurs {found} times in the text; quote it once")
                spans.append([start, start + len(item)])
            else:
                spans.append(item)
        event["evidence"] = spans
    data["sha256"] = digest(text)
    data["chars"] = len(text)
    _validate_report(path, data)
    ordered = {key: data[key] for key in sorted(_REPORT_KEYS, key=_key_order) if key in data}
    path.write_text(_dump(ordered), encoding="utf-8")
    return ordered


def restore(answer: dict[str, Any], directory: Path = CORPUS) -> list[str]:
    """Write the texts of the labelled reports a saved search answer holds (same query,
    same URL, same sha256); the names written."""
    written = []
    results = {r.get("url"): r.get("excerpt", "") for r in answer.get("results", [])}
    for path in sorted((directory / "labels").glob("*.json")):
        data = read_json(path)
        excerpt = results.get(data.get("url"))
        if excerpt is None or answer.get("query") != data.get("query"):
            continue
        if digest(excerpt) != data.get("sha256"):
            raise CorpusError(path, "the search answer's text differs from the labelled one (sha256): not written")
        text_path(path).write_text(excerpt, encoding="utf-8")
        written.append(data["name"])
    return written


def missing(reports: list[Report]) -> list[dict[str, str]]:
    """What re-creating the absent texts takes: for each report without its text, the query
    to give the `search` tool (`pages` corpus) and the URL to keep from its answer."""
    return [{"name": r.name, "query": r.query, "url": r.url} for r in reports if r.text is None]


def round_range(value: str) -> range:
    """ "256-266" or "267": the rounds, inclusive."""
    first, _, last = value.partition("-")
    try:
        rounds = range(int(first), int(last or first) + 1)
    except ValueError:
        rounds = range(0)
    if not rounds:  # not numbers, or the last before the first: nothing would be listed, silently
        raise argparse.ArgumentTypeError(f"{value!r}: give a round or a range of rounds, first to last (256-266)")
    return rounds


def summary(reports: list[Report]) -> str:
    lines = [f"{len(reports)} reports, {sum(len(r.events) for r in reports)} events"]
    present = sum(r.text is not None for r in reports)
    lines.append(f"texts present: {present} of {len(reports)}")
    for title, counter in (
        ("rounds", Counter(r.round for r in reports)),
        ("theatres", Counter(t for r in reports for t in r.theatres)),
        ("genres", Counter(r.genre for r in reports)),
        ("outlets", Counter(r.outlet for r in reports)),
    ):
        lines.append(f"{title} ({len(counter)}): " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))
    return "\n".join(lines)


def show(report: Report) -> str:
    lines = [f"{report.name} ({report.outlet}, {report.published:%Y-%m-%d %H:%M} UTC, round {report.round})"]
    for event in report.events:
        slots = {k: v for k, v in event.items() if k not in ("type", "evidence")}
        quotes = " | ".join(repr(report.text[s:e]) if report.text else f"[{s}, {e}]" for s, e in event["evidence"])
        lines.append(f"  {event['type']:22} {quotes}\n  {'':22} {json.dumps(slots, ensure_ascii=False)}")
    return "\n".join(lines)


def blind_records(quality: Path = QUALITY) -> list[dict[str, Any]]:
    """The blind score of each round scored so far, in the order they were recorded."""
    records: list[dict[str, Any]] = json.loads(quality.read_text()) if quality.exists() else []
    return records


def scored_blind(reports: list[Report], quality: Path = QUALITY) -> tuple[list[Report], list[int]]:
    """The reports of rounds the quality file holds a blind score of, and the other rounds
    with texts present: a round is never scored before its one blind score is recorded."""
    scored = {r["round"] for r in blind_records(quality)}
    unscored = sorted({r.round for r in reports if r.round not in scored and r.text is not None})
    return [r for r in reports if r.round in scored], unscored


def write_articles(reports: list[Report], directory: Path) -> list[Path]:
    """Each report whose text is present as an article file with the header block
    `produce article` and `backtest` read (publication time, outlet, URL); no theatre:
    the extractor decides it."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for report in reports:
        if report.text is None:
            continue
        path = directory / f"{report.name}.txt"
        header = f"Published: {report.published.isoformat()}\nOutlet: {report.outlet}\nURL: {report.url}\n\n"
        path.write_text(header + report.text, encoding="utf-8")
        written.append(path)
    return written


def _key_order(key: str) -> int:
    order = ("name", "round", "url", "outlet", "wire", "genre", "published", "query", "sha256", "chars")
    return order.index(key) if key in order else len(order) + (key == "events")


def _dump(data: dict[str, Any]) -> str:
    events = data.get("events", [])
    head = {k: v for k, v in data.items() if k != "events"}
    body = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
    rows = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in events)
    return f'{body},\n  "events": [\n{rows}\n  ]\n}}\n'


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(path, f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(path, "a label file is one JSON object")
    return data


def _validate_report(path: Path, data: dict[str, Any]) -> None:
    def fail(reason: str) -> NoReturn:
        raise CorpusError(path, reason)

    unknown = set(data) - _REPORT_KEYS
    if unknown:
        fail(f"unknown keys {sorted(unknown)}; allowed: {sorted(_REPORT_KEYS)}")
    missing = _REPORT_KEYS - {"wire"} - set(data)
    if missing:
        fail(f"missing keys {sorted(missing)}")
    if data["name"] != path.name.removesuffix(".json"):
        fail(f"name {data['name']!r} must be the file's name {path.name.removesuffix('.json')!r}")
    if not isinstance(data["round"], int) or data["round"] < 1:
        fail(f"round {data['round']!r} must be a positive integer")
    if data["genre"] not in GENRES:
        fail(f"genre {data['genre']!r} is not one of {sorted(GENRES)}")
    try:
        published_time(data["published"])
    except (TypeError, ValueError) as exc:
        fail(f"published {data['published']!r}: {exc}")
    for theatre in data["theatres"]:
        if not isinstance(theatre, str) or not _SLUG.match(theatre):
            fail(f"theatre {theatre!r} is not a slug (lower case letters, digits, hyphens)")
    for index, event in enumerate(data["events"]):
        validate_event(path, index, event)


def validate_event(path: Path, index: int, event: dict[str, Any], *, needs_theatre: bool = True) -> None:
    """One labelled event; a second labelling (`producers.agreement`) gives no theatre."""

    def fail(reason: str) -> NoReturn:
        raise CorpusError(path, f"event {index} ({event.get('type')}): {reason}")

    unknown = set(event) - _EVENT_KEYS
    if unknown:
        fail(f"unknown keys {sorted(unknown)}; allowed: {sorted(_EVENT_KEYS)}")
    if event.get("type") not in EventType.__members__.values():
        fail(f"type must be one of {[t.value for t in EventType]}")
    if (needs_theatre or "theatre" in event) and (
        not isinstance(event.get("theatre"), str) or not _SLUG.match(event["theatre"])
    ):
        fail("a theatre slug is required")
    sides = {party.side for party in shipped_theatres().parties()}
    if "side" in event and event["side"] not in sides:
        fail(f"side {event['side']!r} is not a side of conflictwatch/theatres.yaml: {sorted(sides)}")
    evidence = event.get("evidence")
    if not evidence:
        fail("evidence is required")
    for item in evidence:
        ok = isinstance(item, list) and len(item) == 2 and all(isinstance(i, int) for i in item) and item[0] < item[1]
        if not ok:
            fail(f"evidence {item!r} must be [start, end] (run `python -m producers.corpus seal`)")
    if ("occurred_at" in event) != ("time_precision" in event):
        fail("occurred_at and time_precision go together")
    if "time_precision" in event:
        try:
            precision = TimePrecision(event["time_precision"])
            at = event["occurred_at"]
            datetime.fromisoformat(at + "T00:00:00+00:00" if len(at) == 10 else at)
        except (TypeError, ValueError) as exc:
            fail(f"time: {exc}")
        if (precision is TimePrecision.SPAN) != ("duration" in event):
            fail("a span needs a duration, and only a span has one")
    try:
        Counts.model_validate(event.get("counts", {}))
    except ValueError as exc:
        fail(f"counts: {exc}")
    location = event.get("location", [])
    if not isinstance(location, list) or not all(isinstance(n, str) and n for n in location):
        fail("location is a list of acceptable place names")


def commands_parser(module: str, doc: str) -> tuple[argparse.ArgumentParser, Any]:
    """The parser of `python -m MODULE COMMAND …`, described by the first paragraph of the module's
    docstring, and the collection its commands are added to."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}",
        description=doc.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser, parser.add_subparsers(dest="command", required=True, metavar="COMMAND")


def _parser() -> argparse.ArgumentParser:
    parser, commands = commands_parser("producers.corpus", __doc__)
    commands.add_parser("seal", help="quotes → offsets, sha256 and length filled in").add_argument(
        "files", nargs="+", type=Path, metavar="FILE"
    )
    commands.add_parser("check", help="labels valid, texts present and unchanged").add_argument(
        "dir", nargs="?", type=Path, default=CORPUS, metavar="DIR"
    )
    commands.add_parser("restore", help="texts from saved search answers (JSON)").add_argument(
        "files", nargs="+", type=Path, metavar="ANSWER"
    )
    absent = commands.add_parser("missing", help="name, query and URL of each report whose text is absent (JSON lines)")
    absent.add_argument("--rounds", type=round_range, metavar="N[-M]", help="only these rounds (256-266)")
    commands.add_parser("show", help="the events with their evidence quoted from the text").add_argument(
        "files", nargs="+", type=Path, metavar="FILE"
    )
    commands.add_parser(
        "articles", help="the texts present as article files with a header (for backtest)"
    ).add_argument("dir", type=Path, metavar="DIR")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "seal":
            for path in args.files:
                data = seal(path)
                print(f"{path}: sealed, {len(data['events'])} events")
        elif args.command == "articles":
            reports, unscored = scored_blind(load_corpus())
            written = write_articles(reports, args.dir)
            print(f"{len(written)} articles in {args.dir}; run: conflictwatch backtest {args.dir}")
            if unscored:
                print(f"not written: rounds {', '.join(map(str, unscored))}, not scored blind yet", file=sys.stderr)
        elif args.command == "missing":
            for entry in missing(load_corpus(rounds=args.rounds)):
                print(json.dumps(entry, ensure_ascii=False))
        elif args.command == "show":
            print("\n\n".join(show(load_report(path)) for path in args.files))
        elif args.command == "check":
            reports, errors = [], []
            for path in sorted((args.dir / "labels").glob("*.json")):
                try:
                    reports.append(load_report(path))
                except CorpusError as exc:
                    errors.append(str(exc))
            print(summary(reports))
            if errors:
                print("\n".join(f"error: {e}" for e in errors), file=sys.stderr)
                return 1
        else:
            for path in args.files:
                names = restore(json.loads(path.read_text(encoding="utf-8")))
                print(f"{path}: wrote {', '.join(names) or 'nothing'}")
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
