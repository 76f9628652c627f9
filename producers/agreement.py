"""A second labelling of corpus reports, and how far it agrees with the corpus labels.

The blind scores measure the extractor against one reading of each report. What
they can reach depends on how far two careful readings of the same text agree: a
second labeller, who never saw the corpus labels, labelled reports again by
LABELLING.md. Agreement is scored as the extractor is (`producers.scoring`): an
event of one labelling counts as right when the other has an event of its type
whose evidence overlaps its own.

    python -m producers.agreement [DIR]

DIR (`tests/data/real/second`) holds `NAME.json` for each relabelled report: its
`name`, the `sha256` of its text, and `events` as the corpus labels write them
(type, evidence as [start, end], counts; no theatre needed). Over the reports whose
texts are present, it prints the second labelling against the corpus labels, and the
extractor against each.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from conflictwatch.errors import ConflictwatchError
from producers.corpus import CORPUS, CorpusError, Report, load_corpus, read_json, validate_event
from producers.extract import extract
from producers.scoring import GoldArticle, GoldEvent, Score, field_slots, overlaps, real_article, score

SECOND = CORPUS / "second"
_KEYS = frozenset({"name", "sha256", "events"})


def load_second(path: Path, reports: dict[str, Report]) -> Report:
    """The report a second labelling is of, holding that labelling's events instead of the corpus labels."""
    data = read_json(path)
    if set(data) != _KEYS:
        raise CorpusError(path, f"keys must be {sorted(_KEYS)}, not {sorted(data)}")
    first = reports.get(data["name"])
    if first is None:
        raise CorpusError(path, f"no corpus report is named {data['name']!r}")
    if data["sha256"] != first.sha256:
        raise CorpusError(path, f"sha256 {data['sha256']} is not that of the report's text ({first.sha256})")
    for index, event in enumerate(data["events"]):
        validate_event(path, index, event, needs_theatre=False)
        if first.text is not None and any(end > len(first.text) for _, end in event["evidence"]):
            raise CorpusError(path, f"event {index}: evidence beyond the text's {len(first.text)} characters")
    return replace(first, path=path, events=tuple(data["events"]))


def agree(first: GoldArticle, second: GoldArticle) -> Score:
    """`second`'s events scored against `first`'s as `producers.scoring.score` scores the extractor's: each
    event that overlaps events of its type counts for the one whose count fields it agrees with most, and
    among those for one no other event counted for (a labelling names no places, by which the scorer tells
    the events of "strikes on Kharkiv, Odesa and Lviv" apart)."""
    result = Score()
    offset = first.article.meta.offset
    chosen: dict[int, list[GoldEvent]] = {}
    for event in second.events:
        candidates = [i for i, g in enumerate(first.events) if _overlapping(g, event)]
        result.predicted(event.type, bool(candidates))
        if candidates:
            best = max(
                candidates,
                key=lambda i: (sum(field_slots(first.events[i].counts, event.counts).values()), i not in chosen),
            )
            chosen.setdefault(best, []).append(event)
    for index, g in enumerate(first.events):
        matches = chosen.get(index)
        result.labelled(g.type, bool(matches))
        if not matches:
            result.misses.append(
                f"{first.name}: {g.type.value} {[first.article.text[s - offset : t - offset] for s, t in g.spans]}"
            )
            continue
        result.counted(max((field_slots(g.counts, e.counts) for e in matches), key=lambda s: sum(s.values())))
    return result


def _overlapping(a: GoldEvent, b: GoldEvent) -> bool:
    return a.type is b.type and any(overlaps(span, b.spans) for span in a.spans)


def compare(pairs: list[tuple[GoldArticle, GoldArticle]]) -> dict[str, Score]:
    """The second labelling against the first, and the extractor against each, summed over the reports."""
    totals = {
        name: Score()
        for name in ("second labelling / corpus labels", "extractor / corpus labels", "extractor / second labelling")
    }
    for first, second in pairs:
        events = extract(first.article.text, first.article.meta)
        totals["second labelling / corpus labels"].add(agree(first, second))
        totals["extractor / corpus labels"].add(score(first, events))
        totals["extractor / second labelling"].add(score(second, events))
    return totals


def summary(totals: dict[str, Score]) -> str:
    lines = []
    for title, total in totals.items():
        o = total.overall
        lines.append(
            f"{title:34} P {o.precision:.3f} ({o.correct}/{o.predicted})  R {o.recall:.3f} ({o.found}/{o.gold})"
        )
    agreement = next(iter(totals.values()))
    lines.append("by type, second labelling / corpus labels:")
    lines += [
        f"  {t.value:28} P {v.precision:.2f} ({v.predicted:3})  R {v.recall:.2f} ({v.gold:3})"
        for t, v in sorted(agreement.by_type.items(), key=lambda item: -item[1].gold)
    ]
    lines.append(f"count fields of matched events agreeing: {agreement.counts.accuracy:.2f} ({agreement.counts.total})")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else SECOND
    try:
        reports = {r.name: r for r in load_corpus()}
        seconds = [load_second(path, reports) for path in sorted(directory.glob("*.json"))]
        present = [(real_article(reports[s.name]), real_article(s)) for s in seconds if s.text is not None]
    except ConflictwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(seconds)} reports labelled twice, texts present for {len(present)}")
    if present:
        print(summary(compare(present)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
