"""One extraction pattern: its parts and how it matches a sentence.

An extraction pattern is data (see `patterns.PATTERNS`): gate words, triggers
(regular expressions; any one matches, the earliest match wins), an `unless` pattern that vetoes a trigger it
overlaps, a `requires` pattern the sentence must also match and an `excludes` one it
must not (an earthquake's toll is no casualty of war), the count fields its
events carry, what it outranks in the same sentence, and the type a modal turns
it into ("could agree to a ceasefire" is talks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictwatch.models import EventType
from producers.extract.trie import trie_pattern

_NEGATED = re.compile(r"\b(?:no|without|never)\s+$")
_MODAL_BEFORE = re.compile(
    r"\b(?:predict\w*|expect\w*|would|could|may|might|close to|nearing|hope\w*|if|not|yet to|no sign|unlikely|rejected|"
    r"refused|denied|propos\w*|sought|seeking|seek|want\w*|aim\w*|plan\w*|intend\w*|offer\w*|ready to|willing to|"
    r"work out|working out|idea of|push\w* for|calls? for|urg\w+|ask\w*|press\w*|call\w* on)\b[^;]{0,40}$",
)
# an attack spoken of as a threat, a plan or a possibility, not as something that happened
_IRREALIS_BEFORE = re.compile(
    r"\b(?:threats? of|threat of|warned (?:about|of)|warning (?:about|of)|warns? (?:about|of)|fears? of|risk of|"
    r"prepar\w+ for|would|could(?! be (?:heard|seen))|might|may(?! \d)|will|plans? to|planned|planning|"
    r"ordered [^;]{0,40}to|"
    r"held off|hold off|holding off|called off|if|unless|in case of|possible|potential|likely|to resume|"
    r"threatened to|dangers? (?:from|of)|threats? from)\b"
    r"[^;.]{0,45}$"
)


@dataclass(frozen=True)
class ExtractionPattern:
    id: str
    type: EventType
    gate: tuple[str, ...]
    triggers: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    excludes: re.Pattern[str] | None = None
    counts: frozenset[str] = frozenset()
    requires_counts: bool = False
    confidence: float = 0.9
    per_place: bool = False
    suppresses: frozenset[EventType] = frozenset()
    demote_to: EventType | None = None
    places: tuple[tuple[re.Pattern[str], str], ...] = ()
    pause: bool = False
    duration: bool = False
    retype: tuple[tuple[re.Pattern[str], EventType], ...] = ()
    factual: bool = False  # a fact only when told as one: not threatened, planned or possible
    fallback: bool = False  # only where no earlier pattern made an event of its types
    cased: tuple[re.Pattern[str], ...] = ()  # patterns that need the case of the text ("attack on Yarova")

    def trigger(self, lowered: str, text: str = "") -> re.Match[str] | None:
        """The earliest trigger match in `lowered` (the sentence in lower case, same
        length) that no `unless` match overlaps. Patterns are written in lower case:
        matching without IGNORECASE is several times faster. The caller first turns
        away the patterns none of whose gate words occur (see `Gates`)."""
        if self.requires is not None and not self.requires.search(lowered):
            return None
        if self.excludes is not None and self.excludes.search(lowered):
            return None
        best: re.Match[str] | None = None
        vetoes: list[tuple[int, int]] | None = None
        for pattern, subject in (*((p, lowered) for p in self.triggers), *((p, text) for p in self.cased)):
            for match in pattern.finditer(subject):
                start = match.start()
                if start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                    continue  # the word boundary the pattern's leading \b stood for
                if _NEGATED.search(lowered, max(0, start - 12), start):
                    continue  # "no air raid alerts were issued"
                if self.factual and _IRREALIS_BEFORE.search(lowered, max(0, start - 60), start):
                    continue  # "warned of drone attacks", "ordered the army to resume bombing"
                if self.unless is not None:
                    if vetoes is None:
                        vetoes = [m.span() for m in self.unless.finditer(lowered)]
                    if any(s < match.end() and start < e for s, e in vetoes):
                        continue
                if best is None or start < best.start():
                    best = match
                break
        return best

    def event_type(self, text: str, demoted: bool) -> EventType:
        """The type its events take in this sentence: demoted by a modal, or the first
        `retype` whose context the sentence holds ("an attack by gunmen" is a clash)."""
        if demoted and self.demote_to is not None:
            return self.demote_to
        return next((t for pattern, t in self.retype if pattern.search(text)), self.type)

    @property
    def types(self) -> frozenset[EventType]:
        return frozenset({self.type, *(t for _, t in self.retype)})

    def demoted(self, text: str, match: re.Match[str]) -> bool:
        return self.demote_to is not None and bool(
            _MODAL_BEFORE.search(text, max(0, match.start() - 60), match.start())
        )


class Gates:
    """Which patterns a sentence can match: those one of whose gate words it contains.

    One scan finds every gate word of every pattern: a prefix-tree pattern tried at each
    position gives the longest gate word starting there, and with it every gate word
    that word contains (so "firefight" also holds "fire"), which is exactly the set of
    gate words that occur as substrings. Most sentences are turned away by most patterns
    here, for one regular-expression pass instead of one per pattern."""

    def __init__(self, patterns: tuple[ExtractionPattern, ...]) -> None:
        self.patterns = patterns
        words = {word for pattern in patterns for word in pattern.gate}
        self._pattern = re.compile(f"(?=({trie_pattern(words)}))")
        self._within = {word: frozenset(w for w in words if w in word) for word in words}
        self._gates = [frozenset(pattern.gate) for pattern in patterns]

    def open_for(self, lowered: str) -> list[ExtractionPattern]:
        present: set[str] = set()
        for match in self._pattern.finditer(lowered):
            present |= self._within[match.group(1)]
        return [p for p, gate in zip(self.patterns, self._gates, strict=True) if not gate.isdisjoint(present)]


def triggers(*regexes: str) -> tuple[re.Pattern[str], ...]:
    """Triggers all start at a word boundary; the leading \\b is checked by
    `ExtractionPattern.trigger` instead, because without it the regex engine can skip ahead to
    the pattern's first letters, which makes matching about a third faster."""
    for regex in regexes:
        if not regex.startswith(r"\b"):
            raise ValueError(f"a trigger must start with \\b: {regex!r}")
    return tuple(re.compile(r[2:]) for r in regexes)
