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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, reduce
from itertools import chain, compress, repeat
from operator import eq, itemgetter, or_
from re import _constants, _parser  # type: ignore[attr-defined]  # the regex parser: needles of a trigger
from typing import Any

import ahocorasick

from conflictwatch.models import EventType
from producers.extract.alternation import factored

_NEGATED = re.compile(
    # "no Palestinian rocket fire or Israeli airstrikes"
    # "no cross-border firing or shelling incidents were reported"
    r"\b(?:no(?:\s+(?:new|further|fresh|more|major|serious|significant|renewed))?(?:\s+[a-z]+(?:ian|ean|i|ese|ish)|"
    r"\s+cross-(?:border|line|boundary))?(?:\s+[a-z]+\s+or)?|"
    r"without|never|did not|didn't|"
    r"does not|doesn't|do not|has not|have not|had not|not been|were not|was not|"
    r"(?:no one|nobody|none) (?:was|were|has been|had been|is)|"
    # "there were no immediate reports of breaches", "no sign of further shooting"
    r"no (?:immediate |initial |further |new )?(?:reports?|signs?|word|indications?) of(?: any)?(?: \w+)?|"
    # "with officials not reporting any major clashes"
    r"not (?:reporting|reported|report|recording|recorded|seeing|seen) any(?:\s+(?:new|further|major|serious))?)\s+$"
)
# "doctors are fighting for the lives of four patients": no fighting
_FIGHTING_FOR_LIFE = re.compile(r"(?:\w+ )?fighting for (?:the |their |his |her )?li(?:fe|ves)\b")
# "the latest in a spate of rocket attacks": the ones before it, told as background
_SERIES_BEFORE = re.compile(
    r"\b(?:latest|last|newest) in an? (?:long |growing )?(?:spate|series|string|wave|spree) of (?:[\w-]+ ){0,4}$"
)
_MODAL_BEFORE = re.compile(
    # "may" but not the month ("On 6 May, …", "in May")
    r"\b(?:predict\w*|expect\w*|would|could|(?<!\d )(?<!in )may(?! \d)|might|close to|nearing|hope\w*|if|not|"
    r"yet to|no sign|unlikely|rejected|"
    r"refused|denied|propos\w*|sought|seeking|seek|want\w*|aim\w*|plan\w*|intend\w*|offer\w*|ready to|willing to|"
    r"work out|working out|idea of|push\w*|efforts? to|bid to|conditions? (?:to|for)|call(?:s|ing|ed)? for|advocat\w+|"
    r"urg\w+|ask\w*|(?!press (?:statement|conference|release|briefing))press\w*|call\w* on)\b[^;]{0,40}$",
)
# an attack spoken of as a threat, a plan or a possibility, not as something that happened
_IRREALIS_BEFORE = factored(
    re.compile(
        r"\b(?:threats? of|threat of|warned (?:about|of)|warning (?:about|of)|warns? (?:about|of)|fears? of|risk of|"
        r"prepar\w+ for|would|could(?! be (?:heard|seen)| hear| see)|might|may(?! \d)|will|plans? to|planned|planning|"
        r"intention to|intends? to|"
        # "militants are expected to respond with rocket fire", "in anticipation of rocket attacks", "missiles
        # capable of striking anywhere"
        r"expected to|in anticipation of|capable of|"
        r"(?:ordered|called on|called upon|calls on|urged|urges|instructed) [^;]{0,40}to|"
        r"held off|hold off|holding off|called off|if|whether|unless|in case of|possible|potential|"
        # "likely hundreds of people were hacked to death": a hedged figure, not a hedged fact
        r"likely(?! (?:hundreds|thousands|dozens|scores|tens|more than|over|\d))|to resume|"
        r"threaten(?:s|ed|ing)? to|threats? to|vow\w* to|pledg\w* to|promis\w* to|dangers? (?:from|of)|threats? from)\b"
        # up to the trigger, unless a clause of its own begins between: "warning of a city under siege after
        # gunmen targeted the palace"
        r"(?:(?!\b(?:after|because|when|since)\b)[^;.]){0,45}$"
        # demanded or urged to stop: "Russia must stop bombing", "demanded that Israel cease its airstrikes"
        # and told as stopped: "the rebels have stopped their cross-border attacks"
        # (not "the enemy hasn't stopped shelling", nor a strike that "ended" after it was made)
        r"|(?<!n’t )(?<!n't )(?<!not )(?<!never )\b(?:stop(?:ped|s)?|cease[ds]?|halt(?:ed|s)?|end) "
        r"(?:its |their |the |all )?$"
    )
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

    @cached_property
    def needles(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each trigger, sets of words, any match of it holding a word of each (see `needle_sets`)."""
        return tuple(needle_sets(trigger) for trigger in self.triggers)

    @cached_property
    def context_needles(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """The needle sets of `requires`, `excludes` and `unless` (empty where not given)."""
        return tuple(needle_sets(p) if p is not None else () for p in (self.requires, self.excludes, self.unless))

    @cached_property
    def _masks(self) -> tuple[tuple[re.Pattern[str], ...], tuple[int, ...], int, int, int]:
        """The triggers (their alternations factored, see `alternation.factored`) and the bits
        of each one's needle sets (see `needle_bit`); those of `requires`, `excludes` and `unless`."""
        triggers = tuple(factored(t) for t in self.triggers)
        masks = tuple(needle_mask(sets) for sets in self.needles)
        requires, excludes, unless = (needle_mask(sets) for sets in self.context_needles)
        return triggers, masks, requires, excludes, unless

    @cached_property
    def _context(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
        """`requires`, `excludes` and `unless`, their alternations factored."""
        return tuple(None if p is None else factored(p) for p in (self.requires, self.excludes, self.unless))  # type: ignore[return-value]

    @cached_property
    def _cased(self) -> tuple[re.Pattern[str], ...]:
        return tuple(factored(p) for p in self.cased)

    def trigger(self, lowered: str, text: str = "", present: int | None = None) -> re.Match[str] | None:
        """The earliest trigger match in `lowered` (the sentence in lower case, same
        length) that no `unless` match overlaps. Patterns are written in lower case:
        matching without IGNORECASE is several times faster. The caller first turns
        away the patterns none of whose gate words occur (see `Gates`); given `present`,
        the bits of the needle sets the sentence holds a word of, a trigger, `requires`,
        `excludes` or `unless` that lacks one of its sets cannot match and is not run."""
        triggers, masks, requires, excludes, unless = self._masks
        # those whose every needle set the sentence holds (mask & present == mask), tested in C
        runnable = (
            list(compress(triggers, map(eq, map(present.__and__, masks), masks))) if present is not None else triggers
        )
        if not runnable and not self._cased:
            return None  # no trigger can match: `requires` and `excludes` need not be read
        required, excluded, vetoing = self._context
        if required is not None and not (_holds(requires, present) and required.search(lowered)):
            return None
        if excluded is not None and _holds(excludes, present) and excluded.search(lowered):
            return None
        best: re.Match[str] | None = None
        best_start = len(lowered) + 1  # where the best match so far starts
        vetoes: list[tuple[int, int]] = []  # the `unless` matches read so far, in order
        pending: Iterator[re.Match[str]] | None = None  # the rest, read only as far as a match needs
        subjects = zip(runnable, repeat(lowered))
        for pattern, subject in chain(subjects, zip(self._cased, repeat(text))) if self._cased else subjects:
            position = 0
            while (match := pattern.search(subject, position)) is not None:
                start = match.start()
                if start >= best_start:
                    break  # no later match of this trigger can be the earliest
                position = max(match.end(), start + 1)
                if start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                    # the word boundary the pattern's leading \b stood for; a match inside a word
                    # ("im|mediate negotiations") must not hide one that starts within it
                    position = start + 1
                    continue
                if _NEGATED.search(lowered, max(0, start - 32), start) or _FIGHTING_FOR_LIFE.match(lowered, start):
                    continue  # "no air raid alerts were issued"
                if self.factual and (
                    _IRREALIS_BEFORE.search(lowered, max(0, start - 60), start)
                    or _SERIES_BEFORE.search(lowered, max(0, start - 70), start)
                ):
                    continue  # "warned of drone attacks", "ordered the army to resume bombing"
                if vetoing is not None:
                    if pending is None:
                        pending = vetoing.finditer(lowered) if _holds(unless, present) else iter(())
                    end = match.end()
                    while (not vetoes or vetoes[-1][0] < end) and (veto := next(pending, None)) is not None:
                        vetoes.append(veto.span())  # until one starts past this match: no later one overlaps it
                    if any(s < end and start < e for s, e in vetoes):
                        continue
                best, best_start = match, start
                break
        return best

    def vetoes(self, lowered: str) -> bool:
        """Whether the sentence holds what turns this pattern's events away anywhere in it: its
        `excludes`, and for an attack told as a fact its `unless` too, to which the sentence
        model's guess of the type is held ("drones were spotted" is no strike however much it
        reads like one; "a truce due to take effect" is still a truce)."""
        _, excluded, vetoing = self._context
        held_to = (vetoing, excluded) if self.factual else (excluded,)
        return any(p is not None and p.search(lowered) for p in held_to)

    def event_type(self, text: str, demoted: bool) -> EventType:
        """The type its events take in this sentence: demoted by a modal, or the first
        `retype` whose context the sentence, as written, holds ("an attack by gunmen" is a clash)."""
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


_MASK = itemgetter(1)  # of an Aho-Corasick match: (end, value)
_NEEDLE_BITS: dict[frozenset[str], int] = {}


def needle_bit(words: frozenset[str]) -> int:
    """The bit that stands for a set of words (a gate or a needle set), the same
    wherever the set occurs: a sentence's sets are an int, and whether it holds each
    set a pattern needs is one `&`."""
    return _NEEDLE_BITS.setdefault(words, 1 << len(_NEEDLE_BITS))


def needle_mask(sets: tuple[frozenset[str], ...]) -> int:
    mask = 0
    for words in sets:
        mask |= needle_bit(words)
    return mask


def holds_needles(sets: tuple[frozenset[str], ...], text: str) -> bool:
    """Whether `text` holds a word of each of a pattern's needle sets (see `needle_sets`),
    as every match of it does."""
    return all(holds_any(words, text) for words in sets)


def holds_any(words: Iterable[str], text: str) -> bool:
    """Whether `text` holds one of `words` (`any(w in text for w in words)`, looped in C)."""
    return any(map(text.__contains__, words))


def folded_needle_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """The needle sets of an IGNORECASE pattern, in lower case, for `may_match_folded`;
    None where a needle is not ASCII (ignoring case, "K" matches the Kelvin sign)."""
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"not an IGNORECASE pattern: {pattern.pattern[:60]!r}")
    sets = needle_sets(pattern)
    if not all(word.isascii() for words in sets for word in words):
        return None
    return tuple(frozenset(word.lower() for word in words) for words in sets)


def may_match_folded(sets: tuple[frozenset[str], ...] | None, text: str) -> bool:
    """Whether the IGNORECASE pattern of `sets` (see `folded_needle_sets`) can match `text`:
    an ASCII text whose lower case lacks a word of one set cannot (a non-ASCII character
    can match an ASCII letter ignoring case: "ſ" matches "s")."""
    return sets is None or not text.isascii() or holds_needles(sets, text.lower())


def _holds(mask: int, present: int | None) -> bool:
    """Whether a sentence holding the sets `present` (None: not known) holds those of `mask`."""
    return present is None or mask & present == mask


class Gates:
    """Which patterns a sentence can match: those one of whose gate words it contains.

    One Aho-Corasick scan finds every gate word and needle of every pattern that occurs
    in the sentence as a substring (so "firefight" also holds "fire"), in time linear in
    the sentence whatever the number of words. Most sentences are turned away by most
    patterns here, and most triggers and context patterns of the rest are never run."""

    def __init__(self, patterns: tuple[ExtractionPattern, ...]) -> None:
        self.patterns = patterns
        self._gates = [needle_bit(frozenset(pattern.gate)) for pattern in patterns]
        sets = {frozenset(pattern.gate) for pattern in patterns}
        for pattern in patterns:
            sets.update(words for found in (*pattern.needles, *pattern.context_needles) for words in found)
        bits: dict[str, int] = {}
        for words in sets:
            for word in words:
                bits[word] = bits.get(word, 0) | needle_bit(words)
        self._automaton = ahocorasick.Automaton()
        for word, mask in sorted(bits.items()):
            self._automaton.add_word(word, mask)
        self._automaton.make_automaton()

    def open_for(self, lowered: str) -> tuple[list[ExtractionPattern], int]:
        """The patterns a sentence can match, and the bits of the gates and needle sets
        it holds a word of (a word found holds every set it is in)."""
        present: int = reduce(or_, map(_MASK, self._automaton.iter(lowered)), 0)  # the loop in C
        opened = list(compress(self.patterns, map(present.__and__, self._gates)))  # gate & present, in C
        return opened, present


_SHORTEST_NEEDLE = 3  # shorter words are in nearly every sentence: no use as a filter


def needle_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of words such that every match of `pattern` holds a word of each: the literal
    runs and the needles of each element of its sequence, most selective first (those
    with a word too short to filter left out). A sentence lacking a word of any one set
    cannot match, which turns away more sentences than the most selective set alone."""
    found = (c for c in _candidates(_parser.parse(pattern.pattern)) if min(map(len, c)) >= _SHORTEST_NEEDLE)
    return tuple(sorted(dict.fromkeys(found), key=lambda words: -min(map(len, words))))


def _sequence_needles(items: _parser.SubPattern | list[tuple[Any, Any]]) -> frozenset[str] | None:
    candidates = _candidates(items)
    return max(candidates, key=lambda words: min(map(len, words))) if candidates else None


def _candidates(items: _parser.SubPattern | list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """For each element of a sequence, words one of which every match of it holds."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is _constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _element_needles(op, argument)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return candidates


def _element_needles(op: Any, argument: Any) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        return _sequence_needles(argument[-1])
    if op is _constants.BRANCH:
        branches = [_sequence_needles(branch) for branch in argument[1]]
        return None if any(b is None for b in branches) else frozenset().union(*(b for b in branches if b))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and argument[0] >= 1:
        return _sequence_needles(argument[2])
    return None


def triggers(*regexes: str) -> tuple[re.Pattern[str], ...]:
    """Triggers all start at a word boundary; the leading \\b is checked by
    `ExtractionPattern.trigger` instead, because without it the regex engine can skip ahead to
    the pattern's first letters, which makes matching about a third faster."""
    for regex in regexes:
        if not regex.startswith(r"\b"):
            raise ValueError(f"a trigger must start with \\b: {regex!r}")
    return tuple(re.compile(r[2:]) for r in regexes)
