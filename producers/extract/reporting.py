"""Who says so, and how sure the text is.

Attribution is the speaker a sentence reports ("health officials in Gaza say …",
"…, the United Nations humanitarian agency has said", "according to the WHO").
Hedges lower an event's confidence ("predicted", "agreed in principle", "not
expected to take action"); a modal right before an agreement turns it into talks
(see `pattern.ExtractionPattern.demoted`).
"""

from __future__ import annotations

import re

from producers.extract.pattern import holds_any, holds_needles, needle_sets

_ASIDE = re.compile(r"\s[–—]\s[^–—]{0,120}?\s[–—]\s|\s\([^()]{0,80}\)")
_ASIDE_MARKS = ("–", "—", "(")  # one of which every aside holds
# "put" only as a speaker puts a figure ("officials put the toll at 30"), not "a ceasefire was put in place"
_VERBS = r"(?:say|says|said|reported|reports|told|estimated|estimates|announced|stated|put(?= (?:the|its|their)\b))"
_LEADING = re.compile(
    rf"(?:^|,\s+|\b(?:but|where|while)\s+)(?P<who>[A-Za-z][^,;:“”\"]{{1,70}}?)\s+(?:has\s+|had\s+|have\s+)?{_VERBS}\b"
)
_TRAILING = re.compile(r",\s+(?P<who>[^,;“”\"]{2,70}?)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|reported|told \w+)[.,]")
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;]{2,70})")
_READERS = tuple((pattern, needle_sets(pattern)) for pattern in (_ACCORDING, _TRAILING, _LEADING))
_SOURCE_WORDS = ("say", "said", "report", "told", "estimat", "announc", "stated", "put", "according")
_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "what", "who", "there"])
# a clause, a time or a figure before the verb is no speaker: "a day after a senior official said",
# "at least 150 people have been reported", "both sides were quick to say"
_NOT_A_SOURCE = re.compile(
    r"^(?:after|since|before|when|while|as|if|but|and|asked|(?:a|the|one) (?:day|week|month|year|hour)s? (?:after|"
    r"before|later)|(?:at least |more than |nearly |some |about |over )?\d)\b",
    re.IGNORECASE,
)
# a word that alone names no one: "Some reports indicated …", "Other reports said …"
_NOT_ALONE = frozenset(["some", "other", "others", "many", "several", "few", "earlier", "initial", "unconfirmed"])
_NOT_LAST = frozenset(["have", "has", "had", "also", "been", "be", "to", "that", "which", "of"])  # "groups have also"
_FINITE = frozenset(["was", "were", "is", "are"])
_MAX_WORDS = 9

_HEDGES: tuple[tuple[tuple[str, ...], re.Pattern[str], float], ...] = (
    # (words one of which must occur, pattern, confidence factor)
    (
        ("principle", "worked out"),
        re.compile(r"\bagreed in principle\b|\bdetails (?:need|needed|still need) to be worked out\b"),
        0.65,
    ),
    (("expected", "unlikely"), re.compile(r"\bnot expected to\b|\bunlikely to\b"), 0.6),
    (
        ("predict", "believe", "could", "might", "may"),
        re.compile(r"\bpredict(?:ed|s)?\b|\bbelieve[ds]?\b|\bcould\b|\bmight\b|\bmay\b(?! \d)"),
        0.75,
    ),
    (
        ("reportedly", "allegedly", "unconfirmed", "claimed"),
        re.compile(r"\breportedly\b|\ballegedly\b|\bunconfirmed\b|\bclaimed\b"),
        0.8,
    ),
)


def find_attribution(text: str) -> str | None:
    lowered = text.lower()
    if not holds_any(_SOURCE_WORDS, lowered):
        return None
    plain = _ASIDE.sub(" ", text) if holds_any(_ASIDE_MARKS, text) else text
    for pattern, needles in _READERS:
        if not holds_needles(needles, plain):
            continue  # a word every match holds is missing
        for match in pattern.finditer(plain):
            who = match["who"].strip(" –—").removeprefix("But ").strip()
            if _is_source(who):
                return who[:200]
    return None


def _is_source(who: str) -> bool:
    words = who.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and words[0].lower() not in _PRONOUNS
        and not (len(words) == 1 and words[0].lower() in _NOT_ALONE)
        and words[-1].lower() not in _NOT_LAST
        and _FINITE.isdisjoint(word.lower() for word in words)  # "where the victims were taken had reported"
        and not _NOT_A_SOURCE.match(who)
        and (who[0].isupper() or words[0].lower() in {"a", "an", "the", "health", "local", "two", "some", "several"})
    )


def hedge_factor(text: str) -> float:
    """How much the sentence's wording lowers confidence (1.0: not at all)."""
    factor = 1.0
    lowered = text.lower()
    for words, pattern, weight in _HEDGES:
        if holds_any(words, lowered) and pattern.search(text):
            factor = min(factor, weight)
    return factor
