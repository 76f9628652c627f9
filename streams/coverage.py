"""Coverage: which stretches of time a theatre's sources were being read, from
their heartbeats (`conflictwatch.models.Heartbeat`). Plain data, no I/O: held in
`EngineState.coverage`, persisted by the stores, read by the silence rules only
when a silence is long enough to alert, never per event.

A theatre's coverage is known from its first heartbeat's `covered_from` on
(`known_from`); before that, and in a theatre that never had one, time counts as
covered, as it did before heartbeats existed (the silence rules then say their
coverage is inferred from other reports, or unknown).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from conflictwatch.models import Heartbeat

NEVER = float("inf")
Span = tuple[float, float]


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping or touching spans joined, in time order."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass
class SourceCoverage:
    """One source's covered spans (merged), and what its last read gave."""

    producer: str
    spans: list[Span] = field(default_factory=list)
    items: int = 0
    last_item: float | None = None
    polled: float = float("-inf")

    def add(self, heartbeat: Heartbeat) -> bool:
        """Take a heartbeat in; whether anything changed (a replayed one changes nothing)."""
        span = (heartbeat.covered_from.timestamp(), heartbeat.covered_to.timestamp())
        spans = merge([*self.spans, span])
        polled = heartbeat.polled_at.timestamp()
        last = heartbeat.last_item_at.timestamp() if heartbeat.last_item_at else None
        changed = spans != self.spans or polled > self.polled
        self.spans = spans
        if polled >= self.polled:
            self.polled, self.items = polled, heartbeat.items
        if last is not None and (self.last_item is None or last > self.last_item):
            self.last_item, changed = last, True
        return changed

    def live(self, start: float, end: float) -> bool:
        """Covered without a break from `start` to `end`."""
        return any(a <= start and end <= b for a, b in self.spans)

    def dump(self) -> str:
        return json.dumps(
            {
                "producer": self.producer,
                "spans": self.spans,
                "items": self.items,
                "last_item": self.last_item,
                "polled": self.polled,
            }
        )

    @classmethod
    def load(cls, blob: str | bytes) -> SourceCoverage:
        raw = json.loads(blob)
        return cls(raw["producer"], [(a, b) for a, b in raw["spans"]], raw["items"], raw["last_item"], raw["polled"])


@dataclass
class TheatreCoverage:
    sources: dict[str, SourceCoverage] = field(default_factory=dict)

    def add(self, heartbeat: Heartbeat) -> bool:
        found = self.sources.get(heartbeat.source)
        if found is None:
            found = self.sources[heartbeat.source] = SourceCoverage(heartbeat.producer)
        return found.add(heartbeat)

    @property
    def known_from(self) -> float:
        """From when heartbeats tell the theatre's coverage (NEVER: they do not)."""
        return min((s.spans[0][0] for s in self.sources.values() if s.spans), default=NEVER)

    def union(self) -> list[Span]:
        return merge([span for source in self.sources.values() for span in source.spans])

    def gaps(self) -> Iterator[tuple[float, float]]:
        """The stretches no source covered, after coverage became known; the last
        one, after every span, ends at NEVER."""
        spans = self.union()
        for (_, end), (start, _) in itertools.pairwise(spans):
            yield end, start
        if spans:
            yield spans[-1][1], NEVER

    def heard(self, start: float, end: float) -> float:
        """Seconds of [start, end] some source covered."""
        return sum(max(0.0, min(end, b) - max(start, a)) for a, b in self.union())

    def covered(self, start: float, end: float) -> float:
        """Seconds of [start, end] that count as covered: those a source covered,
        and those before coverage became known."""
        if end <= start:
            return 0.0
        known = self.known_from
        return max(0.0, min(end, known) - start) + self.heard(max(start, known), end)

    def reach(self, start: float, amount: float) -> float:
        """The earliest time by which `amount` seconds from `start` on count as
        covered; NEVER if the spans known so far end before."""
        needed, at = amount, start
        known = self.known_from
        if at < known:
            if known - at >= needed:
                return at + needed
            needed -= known - at
            at = known
        for a, b in self.union():
            if b <= at:
                continue
            a = max(a, at)
            if b - a >= needed:
                return a + needed
            needed -= b - a
        return NEVER

    def live(self, start: float, end: float) -> int:
        """Sources covering all of [start, end]."""
        return sum(1 for source in self.sources.values() if source.live(start, end))

    def live_at(self, time: float) -> int:
        return self.live(time, time)

    def last_item(self) -> float | None:
        return max((s.last_item for s in self.sources.values() if s.last_item is not None), default=None)

    def trim(self, before: float) -> set[str]:
        """Forget spans that ended before `before`, and sources left with none;
        the sources changed."""
        changed: set[str] = set()
        for name, source in list(self.sources.items()):
            kept = [(a, b) for a, b in source.spans if b >= before]
            if kept != source.spans:
                changed.add(name)
                source.spans = kept
            if not kept:
                del self.sources[name]
        return changed

    def copy(self) -> TheatreCoverage:
        return TheatreCoverage(
            {
                name: SourceCoverage(s.producer, list(s.spans), s.items, s.last_item, s.polled)
                for name, s in self.sources.items()
            }
        )
