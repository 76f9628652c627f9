"""A pattern with its alternations factored finds the matches the pattern as written
finds: the same spans and groups, where the order of the alternatives decides which."""

import random
import re

import pytest

from producers.extract.alternation import factored
from producers.extract.patterns import PATTERNS


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("regex", "flags", "text", "expected"),
    [
        # the first alternative written wins where two start at one place
        (r"(?:gun|gunmen|firefights?)", 0, "the gunmen fled", [((4, 7), ())]),
        # an alternative that may start with any letter keeps its place: "ac" is not tried before it
        (r"(?:ab|(\w)c|ac)", 0, "ac", [((0, 2), ("a",))]),
        (r"(?:ac|(\w)c|ab)", 0, "ac", [((0, 2), (None,))]),
        # an optional part is tried first when greedy, last when lazy
        (r"(?:counter-)?offensive|counter-(x)?", 0, "counter-offensive", [((0, 17), (None,))]),
        (r"(?:ab)?a|x", 0, "aba", [((0, 3), ())]),
        (r"(?:ab)??a|x", 0, "aba", [((0, 1), ()), ((2, 3), ())]),
        # alternatives opening with the same boundary share it; the others stay where they are
        (r"in combat|\bwithout power|\bwith(\w*)|\bwithin", 0, "within", [((0, 6), ("in",))]),
        # alternatives opening with a set of letters are grouped by it, kept in order where sets meet
        (r"(?:[Aa]n (\w+)|[Oo]ne|[Aa] (\w+)|an(\w))", 0, "An ox, a cow, one, anx", None),
        (r"(?:ab|[Aa](\w)|a(\w))", 0, "ac Ac", [((0, 2), ("c", None)), ((3, 5), ("c", None))]),
        # case is ignored over the grouped characters too
        (r"(?:Gunmen|gunfire|GUNS)", re.IGNORECASE, "gunFIRE and Guns", [((0, 7), ()), ((12, 16), ())]),
    ],
)
def test_the_alternative_written_first_wins(
    regex: str, flags: int, text: str, expected: list[tuple[tuple[int, int], tuple[str | None, ...]]] | None
) -> None:
    pattern = re.compile(regex, flags)
    if expected is not None:
        assert _matches(pattern, text) == expected
    assert _matches(factored(pattern), text) == _matches(pattern, text)


def _sentences(seed: int, count: int) -> list[str]:
    """Sentences made of the words the extraction patterns are written with, shuffled, with
    some cut inside a word: every trigger meets text where its alternatives compete."""
    words = sorted({w for p in PATTERNS for t in p.triggers for w in re.findall(r"[a-z][a-z'-]+", t.pattern)})
    chance = random.Random(seed)
    sentences = []
    for _ in range(count):
        picked = chance.sample(words, 12)
        text = " ".join(picked)
        cut = chance.randrange(len(text))
        sentences.append(text[cut:] + ", " + text[:cut] + ".")
    return sentences


def test_every_extraction_pattern_matches_as_written() -> None:
    sentences = _sentences(seed=7, count=300)
    for extraction in PATTERNS:
        for regex in (*extraction.triggers, *extraction.cased, extraction.requires, extraction.unless):
            if regex is None:
                continue
            fast = factored(regex)
            for text in sentences:
                assert _matches(fast, text) == _matches(regex, text), (extraction.id, regex.pattern[:80], text)
