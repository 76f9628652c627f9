"""Quantities in wire prose: "232", "1,900", "1.1 million", "eight", "a dozen",
with the qualifier that makes them approximate ("some", "nearly", "more than",
"over", "at least", "about" …).

Number words are converted by text2num; dozens ("a dozen", "two dozen", "half a dozen"),
which it does not know, are read here. Figures that are not counts are skipped: ages ("Amira Esleem,
14,"), years, days of the month, clock times, ordinals and compounds such as
"eight-hour" or "15-member" (durations are read by `times`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from producers.extract.alternation import factored

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_WORD = rf"(?:{'|'.join(_UNITS.split())})"
# "two-hundred-and-fifty"; an "and" only after a scale word, so "between six and eight" is two figures
_WORDS = (
    rf"{_WORD}(?:[\s-]+(?:{_WORD}|hundred|thousand|million)"
    rf"|(?:(?<=hundred)|(?<=thousand)|(?<=million))[\s-]+and(?=[\s-]+{_WORD}))*"
)
# "5,00,000" is South Asian grouping (lakhs), as Indian and Pakistani outlets write it
# "151, 000" as some reports print it; not "March 9, 300 people" (a first group that can be a day is a date's)
# "5’600" with an apostrophe as the separator, the Swiss way some UN offices print it; "15 000" with a space (or a
# no-break one), the French way ECHO's and OCHA's reports print it; "18.480 people" with a point, as reports
# translated from French do (a count of people has no decimals)
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[’']\d{3})+(?!\d)|"
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w,.-])|"
    r"(?:3[2-9]|[4-9]\d|\d{3})(?:, \d{3})+(?!\d)|"
    r"(?P<pointed>\d{1,3}(?:\.\d{3})+)(?=\s+(?:people|persons|individuals|households|families|civilians|"
    r"refugees|children)\b)|"
    r"\d+(?:\.\d+)?"
)
_SEPARATORS = str.maketrans("", "", ", ’'\u00a0\u202f")  # the thousands separators the forms above allow
# "362K displaced", "1.2M people": the scale written as a letter, as dashboards and social posts do
_SCALE = r"(?:\s+(?P<scale>million|thousand|hundred|lakhs?|crores?)|(?P<letter>k|(?-i:M))(?=[\s*]))?"
_QUALIFIER = (
    r"(?P<qualifier>some|nearly|almost|about|around|roughly|approximately|an estimated|estimated|more than|over|"
    r"at least|up to|as many as|as high as|close to|upwards of|fewer than|less than|just over|just under|well over|"
    r"at most|at any rate|"
    r"higher than|(?:has |have )?(?:crossed|exceeded|surpassed|topped|neared)|nears|nearing|exceeds|tops)\s+|"
    r"(?P<tilde>~)\s*"
)
_QUANTITY = factored(
    re.compile(
        # a sum of money is no count: "a bounty of ₹1.5 crore", "$5 million", "compensation of Rs 10 lakh"
        r"(?<![\w,.:$€£₹¥-])(?<!\brs )(?<!\brs\. )(?<!\binr )"
        # "3,000-some", "70 or more"
        rf"(?:{_QUALIFIER})?(?:(?P<digits>{_DIGITS}){_SCALE}(?P<plus>\+|-some|-odd| or more\b)?|"
        r"(?P<dozen>(?:(?P<dozens>half a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:a\s+)?dozen)|"
        rf"(?:(?P<half>half )?an?|an? (?P<ahalf>half)) (?P<alone>million|thousand|hundred)"
        rf"(?![\s-]+(?:and\s+)?{_WORD}\b)|"
        rf"(?P<words>{_WORDS}))"
        rf"(?![\w-]|[.,:]\d|\s*(?:%|per ?cent|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hours?\b|days?\b|minutes?\b|weeks?\b"
        r"|months?\b|years?\b|percent))",
        re.IGNORECASE,
    )
)
# a month by its name or abbreviation, as dates and the figures beside them spell it
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NOT_A_COUNT_BEFORE = factored(
    re.compile(
        rf"(?:\b{MONTH}\.?|\b(?:since|in|of|until|by|from)\s+(?=(?:1[89]|20)\d\d\b)"
        r"|\b(?:aged|age|number|No\.|vote of)"
        # the high end of a range ("10 to 15 people"), not where a toll rose to ("rose from 10 to 15")
        r"|(?<!rose from )(?<!risen from )(?<!climbed from )(?<!increased from )(?<!jumped from )\b\d+\s+to"
        # a unit, a route or a resolution named by its number: "squad Densus 88", "Resolution 2098", "Route 9"
        r"|\b(?:densus|brigade|battalion|regiment|squadron|resolution|flight|route|highway|sector|article|platoon"
        r"|phase|block|ward|gate|stage|zone"  # places named by a number: "shot and killed at Phase Two"
        r"|rescue)"  # and an emergency service: "Rescue 1122"
        r"|\b(?:girls?|boys?|child(?:ren)?|kids?|minors?|bab(?:y|ies))\s+(?:under|over|below|above)"  # an age
        r"|\b(?:several|a few|many))\s*$",  # "several dozen": no figure
        re.IGNORECASE,
    )
)
# "the toll rose to 31, 184", "evacuating a further 3, 633 Egyptians": a thousands separator followed by a stray
# space, after the words that introduce a figure (elsewhere "on May 15, 120 people" is a date and a count)
_SPACED_THOUSANDS = factored(
    re.compile(
        rf"\b(?:at|to|reached|toll of|total of|stands at|stood at|a further|another)\s+(?:{_QUALIFIER})?"
        r"(?P<high>\d{1,3}),\s(?P<low>\d{3})(?![\d,])",
        re.IGNORECASE,
    )
)
# a range written with a dash, as monthly tallies print them ("killed 17-24 people", "Total killed: 188-255"): its
# lower bound, approximate (not a score, an age span, a time or a distance)
_RANGE = re.compile(
    r"(?<![\w,.:$€£₹¥/-])(?P<low>\d{1,3}(?:,\d{3})*)\s?[-–]\s?(?P<high>\d{1,3}(?:,\d{3})*)"
    r"(?![\w-]|[.,:/]\d|\s*(?:%|per ?cent|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hours?\b|days?\b|minutes?\b|weeks?\b"
    r"|months?\b|years?\b|percent|km\b|kilomet|miles?\b))",
    re.IGNORECASE,
)
_AGE = re.compile(r"\b[A-Z][\w’'-]+,\s*$")
# a group of thousands after a comma: a figure so written is no day or year ("since June 83,983 people were
# displaced"), in the figures and in the dates
THOUSANDS = r",\d{3}"
# the figure a change is measured from follows these: "a 60% increase from 362,551", "compared with 1,200" (a hedge
# may come between)
CHANGED_FROM = (
    r"\b(?:(?:increases?|increased|rises?|rose|risen|up|down|jumps?|jumped|climbed|decreases?|decreased|drops?|"
    r"dropped|fell|grew|growth|declines?|declined) from|compared (?:with|to))\s+(?:(?:about|around|some|nearly|"
    r"almost|over|just|roughly)\s+)?"
)
_GROUPED = re.compile(rf"\d{{1,3}}(?:{THOUSANDS})+")
# "the only functional one, was", "each one was": a pronoun, not a figure (not "the attack left one guard dead")
_ONE_AS_PRONOUN = re.compile(r"\b(?:the|this|that|each|every)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_AFTER_PRONOUN = re.compile(r"\s*[,.;:)]|\s+(?:was|is|were|has|had|that|which|who)\b")
# "on 16 and 17 October", "3, 4 and 5 May": the days of a month, not a count
_DAYS_OF_MONTH = re.compile(rf"(?:\s*(?:,|and|to|-|–|&)\s*\d{{1,2}})*\s+{MONTH}\b")
# a figure followed by people is a count, even one that reads like a year ("2000 people")
PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|civilians|families|households|residents|individuals|children|women|men|soldiers|"
    r"fighters|troops|refugees|migrants|students|villagers)\b"
)
_SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000}


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    approximate: bool
    start: int
    end: int


def parse_number_words(words: str) -> int | None:
    try:
        return int(text2num(words.lower().replace("-", " ").replace(" and ", " "), "en"))
    except ValueError:
        return None


def _look_back(text: str, start: int) -> str:
    """The words before a figure that can tell it is no count ("Resolution", "aged", a month)."""
    return text[max(0, start - 40) : start]


@lru_cache(maxsize=256)  # a sentence's figures are read for its toll, each place's share and each pattern
def find_quantities(text: str) -> tuple[Quantity, ...]:
    found = [
        Quantity(int(m["high"] + m["low"]), m["qualifier"] is not None, m.start("high"), m.end())
        for m in _SPACED_THOUSANDS.finditer(text)
    ]
    if "-" in text or "–" in text:
        for ranged in _RANGE.finditer(text):
            low, high = (int(ranged[end].replace(",", "")) for end in ("low", "high"))
            before = _look_back(text, ranged.start())
            if low < high and not _NOT_A_COUNT_BEFORE.search(before) and not _DAYS_OF_MONTH.match(text, ranged.end()):
                found.append(Quantity(low, True, ranged.start(), ranged.end()))
    taken = [(q.start, q.end) for q in found]
    for match in _QUANTITY.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        before = _look_back(text, match.start())
        grouped = match["digits"] is not None and _GROUPED.fullmatch(match["digits"]) is not None
        if (
            (_NOT_A_COUNT_BEFORE.search(before) and not grouped)
            or ((match["digits"] or match["words"]) and _is_age(text, match))
            or (match["digits"] and _is_day(text, match))
        ):
            continue
        if (
            match["words"]
            and match["words"].lower() == "one"
            and _ONE_AS_PRONOUN.search(before)
            and _AFTER_PRONOUN.match(text, match.end())
        ):
            continue
        value = _value(match)
        if value is None or (match["digits"] and "," not in match["digits"] and _looks_like_year(value, match)):
            continue
        approximate = any(match[group] is not None for group in ("qualifier", "tilde", "dozen", "plus"))
        found.append(Quantity(value, approximate, *match.span()))
    return tuple(sorted(found, key=lambda q: q.start))


def _value(match: re.Match[str]) -> int | None:
    if match["dozen"]:  # "a dozen", "two dozen", "half a dozen"
        dozens = (match["dozens"] or "one").lower()
        return 6 if dozens == "half a" else 12 * (int(dozens) if dozens.isdigit() else parse_number_words(dozens) or 1)
    if match["alone"]:  # "a million", "half a million", "a half million"
        return _SCALES[match["alone"].lower()] // (2 if match["half"] or match["ahalf"] else 1)
    if match["words"]:
        return parse_number_words(match["words"])
    number = float(match["pointed"].replace(".", "") if match["pointed"] else match["digits"].translate(_SEPARATORS))
    if match["letter"]:
        return round(number * (1_000 if match["letter"] in "kK" else 1_000_000))
    return round(number * _SCALES[match["scale"].lower().rstrip("s")]) if match["scale"] else round(number)


def _is_age(text: str, match: re.Match[str]) -> bool:
    """ "Amira Esleem, 14, and three family members", "Bebe King, six, and": a figure between commas after a name."""
    after = text[match.end() : match.end() + 1]
    return after == "," and bool(_AGE.search(text[max(0, match.start() - 30) : match.start()]))


def _is_day(text: str, match: re.Match[str]) -> bool:
    """ "on 16 and 17 October": a day of the month, alone or in a list of days."""
    digits = match["digits"]
    return (
        len(digits) <= 2
        and int(digits) <= 31
        and match["qualifier"] is None
        and _DAYS_OF_MONTH.match(text, match.end()) is not None
    )


def _looks_like_year(value: int, match: re.Match[str]) -> bool:
    """ "in 2014" is a year; "2000 people were displaced" is not."""
    return (
        1900 <= value <= 2100
        and match["qualifier"] is None
        and match["scale"] is None
        and PEOPLE_AFTER.match(match.string, match.end()) is None
    )
