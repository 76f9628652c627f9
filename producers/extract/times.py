"""Times in wire prose, resolved against the publication time.

Local clock times are read in the theatre's time zone ("7 pm") and a GMT/UTC time
given beside them wins ("7 pm (1600 GMT)", "2 a.m. (2300 GMT Thursday)"). Weekdays
are the nearest such day on or before publication, or on or after it when the
sentence speaks of the future ("will hold", "due to meet"); dates take the
publication year. "since May 10" and "began on May 10" mark cumulative figures,
which are dated to the report, not to the start.

Precision: a clock time is exact, "after midnight"/"overnight" is to the hour, a
day is a day; with nothing said, the publication day at day precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache

from dateutil import tz

from conflictwatch.models import TimePrecision
from producers.extract.alternation import factored
from producers.extract.numbers import CHANGED_FROM, PEOPLE_AFTER, THOUSANDS, parse_number_words
from producers.extract.numbers import MONTH as _MONTH
from producers.extract.numbers import WEEKDAY as _WEEKDAY
from producers.extract.pattern import folded_needle_sets, holds_any, holds_needles, may_match_folded, needle_sets

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# a day after a month, not the start of a figure: "since June 83,983 people were displaced"; a day before a
# month with its ordinal too ("on 14th October", "the 2nd of May")
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_DATE = rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?!\d|{THOUSANDS}\b)|\d{{1,2}}(?:\s+|\s*{_ORDINAL_SUFFIX}\s*(?:of\s+)?){_MONTH}\b)"
# the day a start names, then a clause telling what happened that day: "began on Oct. 7, 2023, when"
_WHEN_ON_THAT_DAY = re.compile(r"[^,;]{0,30},\s+when\b")
_CUMULATIVE_START = factored(
    re.compile(
        r"\b(?:since|between|began (?:on|in)|erupted (?:on|in)|started (?:on|in)|broke out (?:on|in))\s+"
        r"(?:(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|war|conflict|invasion|offensive|clashes|hostilities|insurgency|"
        r"violence|uprising|siege|unrest|rebellion)\s+(?:began|started|erupted|broke out|escalated|resumed|intensified)"
        # "since fighting broke out between the army and the M23 in Rutshuru territory in March"
        r"\s+(?:between\s+(?:[\w’'-]+\s+){1,12}?(?=in\s+|on\s+))?(?:(?:in|across)\s+(?:[\w’'-]+\s+){1,5}?"
        r"(?=in\s+|on\s+))?(?:on\s+|"
        r"in\s+)?"
        # "since jihadists launched an insurgency from neighbouring Mali in 2015"
        r"|[\w-]+(?:\s+[\w-]+)?\s+(?:launched|began|started)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:insurgency|offensive|war|invasion|campaign|rebellion|uprising)\s+(?:(?:from|in|against)\s+[\w-]+"
        r"(?:\s+[\w-]+)?\s+)?(?:on\s+|in\s+)?"
        r"|the\s+(?:start|beginning|outbreak|onset|escalation)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|conflict|invasion|"
        r"fighting|hostilities|offensive)\s+(?:on\s+|in\s+)?"
        # "killed since the protests in October", "displaced since the coup in February 2021"
        r"|the\s+(?:[\w-]+\s+)?(?:protests|demonstrations|coup|fighting|war|conflict|clashes|hostilities|violence|unrest|"
        r"uprising|offensive|invasion|escalation)\s+(?:on|in)\s+"
        # "killed by Israeli fire since the ceasefire took effect on November 27, 2024": a running toll under a truce
        r"|(?:the\s+)?(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce)\s+(?:took|came into|went into)\s+(?:effect|force)\s+"
        r"(?:on\s+|in\s+)?)?"
        rf"(?:(?:early|mid|late)[- ])?(?:{_DATE}|{_WEEKDAY}|{_MONTH}\s+\d{{4}}|\d{{4}}|(?:last\s+)?{_MONTH}\b)"
        r"(?:,?\s+(?:19|20)\d\d\b)?",  # "between 7 October 2023 and …": the start's year
        re.IGNORECASE,
    )
)
_GMT = re.compile(
    rf"\b(?P<h>[0-2]?\d):?(?P<m>[0-5]\d)\s*(?:GMT|UTC)(?:\s+(?:on\s+)?(?P<day>{_WEEKDAY}))?", re.IGNORECASE
)
_CLOCK = factored(
    re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
)
_IN_UTC = re.compile(r"\s*(?:GMT|UTC)\b", re.IGNORECASE)  # after a clock time: "6 am GMT" is in UTC
_CLOCK24 = re.compile(
    r"(?<!as of )(?<!as at )\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b(?!\s*(?:GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b))",
    re.IGNORECASE,
)
# "on September 15, at 23.45, they fired": a 24-hour time with a dot, only after "at" ("23.45 percent" is none)
_AT_DOTTED = re.compile(
    r"\bat\s+(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\b(?![.,]?\d)(?!\s*(?:%|per ?cent|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b))",
    re.IGNORECASE,
)
_NIGHT = re.compile(
    r"\b(?:after|shortly after|just after|since|at|before|around|about)\s+midnight\b|\bovernight\b|\blast night\b|"
    r"\b(?:during|in|through|throughout) the (?:previous )?night\b|\bnight of\b|\blate[- ]night\b|\bat night\b|"
    r"\bnight(?:time)?[- ](?:(?:drone|missile|rocket|artillery|air|and)[- ]){0,3}"
    r"(?:attacks?|strikes?|raids?|shelling|bombardments?|assaults?)\b",
    re.IGNORECASE,
)
_WEEKDAY_MENTION = re.compile(rf"\b{_WEEKDAY}\b")
# a date a truce or a deadline runs to is not when the fact happened: "a ceasefire meant to last through May 31"
# (a sentence that opens with it tells a time: "Until June 21, when it carried out a strike")
_UNTIL = re.compile(r"\b(?:until|till|through|ending|ends|expires?|expiring|by)\s+(?:on\s+)?$")
_UNTIL_REACH = 14
_DATE_MENTION = re.compile(_DATE)
_MONTH_IN, _DAY = re.compile(_MONTH, re.IGNORECASE), re.compile(r"\d+")  # a date's month and day ("13thOctober")
# days told as a span: "between 18 and 21 August", "4-5 May", "on 27-28 January", "from 2 to 22 June",
# "July 10 to 13", "between 30 June and 2 July" (not "the night of 13-14 March": a night, see _NIGHT)
_ORDINAL = rf"{_ORDINAL_SUFFIX}?"
_SPAN_OPENS = r"(?<!night of )\b(?:between\s+|from\s+|on\s+)?"
_SPAN_JOIN = r"\s*(?:-|–|and|to|until|through)\s*"
_DAY_SPAN = factored(
    re.compile(
        rf"{_SPAN_OPENS}(?:the\s+)?(?P<d1>\d{{1,2}}){_ORDINAL}(?:\s+(?P<m1>{_MONTH})\.?)?{_SPAN_JOIN}"
        rf"(?:the\s+)?(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?P<m2>{_MONTH})\b"
        rf"|{_SPAN_OPENS}(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}}){_ORDINAL}{_SPAN_JOIN}"
        rf"(?:(?P<m4>{_MONTH})\.?\s+)?(?P<d4>\d{{1,2}}){_ORDINAL}\b(?![,.]?\d)"
    )
)
_LONGEST_SPAN = 62  # days: a span told by its days is a few weeks at most; longer is a period, not an event
# a span named, not told by its days: the month before the report's, the week or the weekend before it
_NAMED_SPAN = re.compile(
    r"\b(?:last month|earlier this month|(?:over|at|during) the (?:past )?weekend|(?<!since )(?:last|the previous) "
    r"week)\b",
    re.IGNORECASE,
)
_ON_DATE = re.compile(
    rf"\b[Oo]n\s+(?P<date>{_DATE})"  # "On 26 October, the force overran …" too
    # "the Oct. 7 attack": a date naming the attack
    rf"|(?P<named>{_DATE})\s+(?:[\w-]+\s+)?(?:attacks?|massacre|assault|raid|invasion|offensive)\b"
)
_SPAN_WORDS = ("since", "from", "between", "until", "as of")  # a date that starts or ends a span or a running total
_AS_OF = re.compile(rf"\bas of (?P<date>{_DATE})")  # a figure "as of 12 October" in a January report is an old one
_RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|this (?:morning|afternoon|evening)|(?:at|after|before|since) dawn|"
    r"(?P<before>the day before|a day earlier|the previous day))\b",
    re.IGNORECASE,
)
# "two weeks ago", "a year ago", "just days ago": the fact's day counted back from publication
_AGO = re.compile(
    r"\b(?P<n>an?|\d+|[a-z]+(?:-[a-z]+)?|a few|a couple of)\s+(?P<unit>day|week|month|year)s?\s+ago\b|"
    r"(?<!the )(?<!past )\blast year\b",
    re.IGNORECASE,
)
# "the attack came two months after gunmen stormed a school": what follows is that far back
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|took place)\s+(?:just |only |nearly |about |some |almost |more than |less "
    r"than )?(?P<n>an?|\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month|year|decade)s?\s+after\b",
    re.IGNORECASE,
)
_AGO_UNIT = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
_FEW_DAYS = r"(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?"  # "a day", "two days", "3 days"
# ", a day after a truck bomb killed 90": what the sentence tells next came that many days before its date
_DAYS_AFTER = re.compile(rf",\s+(?:just\s+|only\s+)?{_FEW_DAYS}\s+after\b", re.I)
_AFTER = re.compile(r"\bafter\b", re.I)
# "Two days later, the protests engulfed Almaty": days counted on from the story's last dated day
_DAYS_LATER = re.compile(rf"\b(?:{_FEW_DAYS}\s+later|the\s+(?:next|following)\s+day)\b", re.I)
_EARLIER_THIS_YEAR_FROM = 2  # "earlier this year" in a report from March on: months back, background
_FEW = 3  # "a few", "several", "some" days ago
_AGO_STARTS_SPAN = re.compile(r"\b(?:since|that|which|who|when)\b", re.IGNORECASE)
_AGO_REACH = 90
# "due to meet" is the future, "due to shelling" a cause
_DUE_TO_A_CAUSE = (
    r"(?! (?:the|a|an|its|their|his|her|this|that|these|those|[a-z]+ing|heavy|intense|continued|ongoing|repeated|"
    r"renewed|insecurity|violence|clashes|attacks?|strikes?|conflict|lack|fears?|security|hostilities|rain|floods?)\b)"
)
_FUTURE = re.compile(
    rf"\b(?:will|would|due to{_DUE_TO_A_CAUSE}|is to|are to|scheduled|set to|plans? to|planned|expected to|"
    r"next(?! to\b| door\b))\b",
    re.IGNORECASE,
)
_CUMULATIVE_WORDS = ("since", "between", "began", "erupted", "started", "broke out")
_BORN = re.compile(r"\bborn (?:in )?$")
_YEAR_MENTION = re.compile(rf"\b(?:(?P<month>{_MONTH})\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b")
_CUMULATIVE_VERB = re.compile(r"^(?:on|in)\s+")
_MID_MONTH = 15  # "in March": told of a day somewhere in it
_PART_OF_MONTH = re.compile(r"(?:in )?(early|late)\b", re.IGNORECASE)  # "in late November": near its end
_EARLY_OR_LATE = {"early": 5, "late": 25}
_DECADE = re.compile(r"\b(?:the )?(?P<decade>(?:19|20)\d0)s\b")
# "took control of Kafr Zeita following the collapse of the truce on 5 August", "died of wounds sustained on
# 5 July": the date of what came before
_FOLLOWING_DATED = re.compile(
    rf"\b(?:(?:following|after)\s+(?:the|a|an|its|their)|(?:wounds?|injuries)\s+(?:sustained|suffered|received))\b"
    rf"[^,;.]{{0,60}}?\bon\s+{_DATE}",
    re.IGNORECASE,
)
# ", which began in October 2023", "the war sparked by Russia's invasion in 2022": what the news refers to
_STARTED_BY = r"(?:triggered|sparked|started|set off) by"
_RELATIVE_CLAUSE = re.compile(
    rf",\s*(?:which|that|who|when|where|{_STARTED_BY})\b[^,;]*"
    # an apposition told in the past participle: "near Marawi, the city destroyed by fighting in 2017"
    r"|,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:ed|en)\s+(?:by|in|during)\b[^,;]*"
    # a term of office or a life in brackets: "former president Evo Morales (2006-2019)"
    r"|\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)?\d\d)?\)"
)
# "fuelling fears the country could slide into the unrest it suffered after a disputed 2010 vote": the past that
# the news is compared with, not the news's date
_COMPARED_WITH = re.compile(
    r"\b(?:fuell?|rais|stok|spark|prompt|heighten)(?:ing|ed)\s+fears\b.*",
    re.IGNORECASE | re.DOTALL,
)
_COMPARED_WORDS = ("fears",)  # without it: not searched
# "578,074 displaced, a 60% increase from 362,551 in early March": the date of the figure the news is measured
# from, not of the news
_BASELINE = re.compile(rf"{CHANGED_FROM}[\d,.]+[^,;]*", re.IGNORECASE)
_WAR_STARTED_BY = re.compile(rf"\b(?:war|conflict|fighting|crisis|violence|insurgency)\s+{_STARTED_BY}\b[^,;]*")
_STARTED_BY_WORDS = ("triggered by", "sparked by", "started by", "set off by")  # without them: not searched
# "urging both sides to respect a 1991 ceasefire", "despite a November ceasefire": a year, a month or an age
# that names an agreement the news refers to, not the date of the news (as the subject, "The 2003 ceasefire
# was signed after …", it is what the sentence tells, and dates it; "snatched power in a 2021 coup" tells a
# coup's history)
_AGREEMENT = r"(?:agreement|deal|truce|cease-?fire|accord|pact|treaty|resolution|road ?map|understanding|armistice)"
_AGREEMENT_WORDS = (
    "agreement",
    "deal",
    "truce",
    "fire",
    "accord",
    "pact",
    "treaty",
    "resolution",
    "map",
    "understanding",
    "armistice",
)
_AGREEMENT_DATE = re.compile(
    rf"(?<=\w )(?:a|an|the|its|their|his|her)\s+(?:(?:[\w-]+)\s+)?(?:(?:{_MONTH}\s+)?(?:19|20)\d\d|{_MONTH})\s+"
    rf"(?:[\w.-]+\s+)?{_AGREEMENT}\b"
    # "despite a truce deal four months ago": when the truce was made
    rf"|\b{_AGREEMENT}\s+(?:(?:signed|agreed|reached|brokered|struck|concluded|declared)\s+)?(?:an?|one|two|three|four|"
    rf"five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)
# "guilty of crimes related to the 1971 liberation war": a year naming a past war the news refers to, not the
# news's date (as the subject, "The 2014 war killed …", it dates what the sentence tells)
_NAMED_WAR = re.compile(
    r"(?<=\w )(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:19|20)\d\d\s+"
    r"(?:liberation\s+)?war\b",
    re.IGNORECASE,
)
_NAMED_WAR_WORDS = ("war",)  # without it: not searched
_EARLIER_AGREEMENT_WORDS = ("signed", "agreed", "reached", "brokered", "struck", "concluded", "declared", "announced")
# "in a new violation of the ceasefire agreement signed on Nov. 27", "despite a truce that was reached last
# October": the date of an earlier agreement the news refers to, not the news's own
_EARLIER_AGREEMENT = re.compile(
    r"\b(?:of|under|since|despite|with|to|after|breaking|violating) (?:a|the) (?:[\w-]+ ){0,3}?"
    rf"{_AGREEMENT}\s+(?:(?:that|which) )?(?:(?:was|had been) )?"
    r"(?:signed|agreed|reached|brokered|struck|concluded|declared|announced)\s+(?:in|on|last)\s+[^,;]{3,24}"
    # the year after a comma: "signed on December 21, 2017"
    r"(?:,\s*(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)
# "its deepest strike since the 2006 war", "the first ... since 2019": a record the news sets, not its date
# (a superlative, not "Southwest", "unrest" or "protest", which also end in -est)
_NOT_SUPERLATIVE = r"(?:north|south|mid)?west|(?:un|ar|inte|fo)rest|(?:pro|con|at)?test|harvest|request|honest|manifest"
# a record's measure: "the deadliest", "the worst", "the first", "the most intense"
_SUPERLATIVE = rf"(?:first|worst|(?!(?:{_NOT_SUPERLATIVE})\b)\w+est|most\s+\w+)"
# a record's yardstick, not the news's date: "the deadliest since 2016", "the biggest attack in the last seven years"
_RECORD = re.compile(
    rf"(?P<head>\b(?:{_SUPERLATIVE}|any\s+(?:point|time))\b[^.;]{{0,60}}?)"
    r"(?:\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:years|decades)\b|"
    r"\bsince\s+(?:the\s+)?"
    rf"(?:(?:19|20)\d\d(?:\s+(?:war|conflict|invasion|uprising)\b|\s*(?=[.,;]|$))|"
    # "since the conflict began in November", "since the eruption of the conflict in 2022": the record's
    # yardstick, not a running total's start
    r"(?:(?:eruption|outbreak|start|beginning)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:war|conflict)\b"
    r"(?:\s+in\s+(?:19|20)\d\d\b|\s+(?:began|started|erupted|broke out)\b(?:\s+(?:in|on)\s+[\w.]+(?:\s+\d{4})?)?)?|"
    # "the deadliest attack in the capital since the Taliban were toppled from power in 2001"
    r"(?:[\w’'-]+\s+){1,8}?in\s+(?:19|20)\d\d\b|"
    rf"{_MONTH}\b))",
    re.IGNORECASE,
)
_SPAN_OF_YEARS = ("the past", "the last")  # the words a record's span of years holds ("in the last seven years")
_SINCE = re.compile("since", re.IGNORECASE)  # the word a _RECORD match holds unless it holds a span of years
_BACKGROUND_AGE = timedelta(days=31)  # a fact dated further back than this is background, not news
_TO_MONTH = re.compile(rf"\s*(?:and|to|through|until|till|-|–)\s*(?P<month>{_MONTH})\b", re.IGNORECASE)
_MONTH_ALONE = factored(
    re.compile(
        r"\b(?:in|during|last|since|early|mid|late|in early|in mid|in late|by)[ -](?:-)?"
        rf"(?P<month>{_MONTH})\b(?!\.?\s*\d)"
        # a month naming an event ("a deadly May air strike", "March's earthquake"), as written: "may strike" is a verb
        rf"|(?-i:\b(?P<named>{_MONTH})(?:’s|'s)?) (?:air ?strikes?|airstrikes?|strikes?|attacks?|bombings?|offensive|"
        r"massacre|earthquake|shelling|raid|assault|ceasefire|truce)\b",
        re.IGNORECASE,
    )
)
# a season before the present one ("strikes on the grid last winter"), a year told before ("that year")
_LAST_SEASON = re.compile(
    r"\blast (?:winter|summer|spring|autumn|fall)\b|\b(?:that|the same|the following|the previous) year\b|"
    r"\b(?:in|over|during) the (?:past|last) (?:few |several |\w+ )?(?:years|decades)\b",
    re.IGNORECASE,
)
# the words each match holds one of (see `pattern.needle_sets`): a sentence lacking them is not searched;
# every branch of _ON_DATE holds a _DATE, every branch of _MONTH_ALONE a _MONTH: their words gate them
_DATE_NEEDLES, _MONTH_NEEDLES = needle_sets(_DATE_MENTION), folded_needle_sets(re.compile(_MONTH, re.IGNORECASE))
_RELATIVE_NEEDLES, _FOLLOWING_DATED_NEEDLES = folded_needle_sets(_RELATIVE_DAY), folded_needle_sets(_FOLLOWING_DATED)
_LAST_SEASON_NEEDLES = folded_needle_sets(_LAST_SEASON)
_BASELINE_NEEDLES = folded_needle_sets(_BASELINE)
_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\d|\b(?:dozens|hundreds|thousands|scores|millions)\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
_HALF_OF_YEAR = re.compile(r"\b(?P<half>first|second) half of (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_FUTURE_REACH = 50  # a future verb this close before a weekday makes it the coming one
_DURATION = re.compile(
    r"\b(?:a\s+)?(?P<unit3>week|day|month)-long\b"
    r"|\bfor\s+(?:about\s+|nearly\s+|some\s+|around\s+|more than\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<unit>hour|day|week|minute)s?\b"
    r"|\b(?P<n2>\d+|[a-z]+(?:-[a-z]+)?)[- ](?P<unit2>hour|day|week|minute)(?:-long)?\b(?!s)",
    re.IGNORECASE,
)
_UNIT = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(days=7),
}


@dataclass(frozen=True, slots=True)
class TimeRef:
    at: datetime
    precision: TimePrecision
    stated: bool
    duration: timedelta | None = None  # a span's


@cache
def timezone(name: str) -> tzinfo:
    """An IANA zone (the theatres file names each theatre's)."""
    return tz.gettz(name) or UTC


def resolve_time(text: str, published: datetime, zone: tzinfo, story_day: date | None = None) -> TimeRef:
    """When the sentence says its fact happened (or will). A clock time the sentence gives
    without a day falls on `story_day` when given (the day the story last stated), else on the
    day of publication; a night without a day is the one that ended on the day of publication.

    Each pattern runs only when a word it needs occurs (most sentences name no
    clock time), which keeps this cheap."""
    lowered = text.lower()
    published_day = _local_date(published, zone)
    if (span := _span(text, lowered, published_day)) is not None:
        start, days = span
        return TimeRef(datetime.combine(start, time(0), UTC), TimePrecision.SPAN, True, timedelta(days=days))
    if holds_any(_CUMULATIVE_WORDS, lowered):
        text = _without_tally_starts(text)
    if (undated := _without_named_dates(text, lowered)) is not text:
        text, lowered = undated, undated.lower()
    digits = _DIGIT.search(text) is not None
    day, day_stated = _day(text, lowered, digits, published_day)
    clock_day = story_day if not day_stated and story_day is not None else day
    gmt = _GMT.search(text) if "gmt" in lowered or "utc" in lowered else None
    clock = _CLOCK.search(text) if digits else None
    if gmt:
        return TimeRef(_from_gmt(gmt, clock, clock_day, zone, published_day), TimePrecision.EXACT, True)
    if clock:
        clock_zone = UTC if _IN_UTC.match(text, clock.end()) else zone
        return TimeRef(_local(clock_day, _clock_time(clock), clock_zone), TimePrecision.EXACT, True)
    if digits and (
        clock24 := (_CLOCK24.search(text) if ":" in text else None)
        or (_AT_DOTTED.search(text) if " at " in text else None)
    ):
        return TimeRef(_local(clock_day, time(int(clock24["h"]), int(clock24["m"])), zone), TimePrecision.EXACT, True)
    if "night" in lowered and _NIGHT.search(text):
        return TimeRef(_local(day, time(0), zone), TimePrecision.HOUR, True)
    return TimeRef(datetime.combine(day, time(0), UTC), TimePrecision.DAY, day_stated)


def told_days_after(
    text: str, when: TimeRef, published: datetime, zone: tzinfo, story_day: date | None = None
) -> tuple[int, TimeRef] | None:
    """Where a sentence dates itself and then tells what came before: "Afghans mourned on Thursday, a day
    after a truck bomb killed 90" (the day before), "declared an emergency on Wednesday after eight were
    killed on Sunday night" (the date the later part gives). The offset the earlier part starts at and its
    time; None where there is none, or where ", a day after" is followed by a date of its own ("a day after
    gunmen killed 12 on Thursday": that date is the sentence's)."""
    if not when.stated or when.precision is TimePrecision.SPAN:
        return None
    if (found := _DAYS_AFTER.search(text)) is None:
        # "declared a state of emergency on Wednesday after eight people were killed on Sunday night"
        if (after := _AFTER.search(text)) is None:
            return None
        then = resolve_time(text[after.end() :], published, zone, story_day)
        return (after.end(), then) if then.stated and then.at < when.at else None
    if resolve_time(text[found.end() :], published, zone, story_day).stated:
        return None
    if not (days := _number(found["n"].lower())):
        return None
    return found.end(), TimeRef(day_of(when, zone).at - timedelta(days=days), TimePrecision.DAY, True)


def told_days_later(text: str, story_day: TimeRef) -> TimeRef | None:
    """The day a sentence that dates nothing else tells by counting on from the story's last dated day
    ("Two days later, …", "The next day …"); None where it does not count on."""
    if (found := _DAYS_LATER.search(text)) is None:
        return None
    days = _number(found["n"].lower()) if found["n"] else 1
    if not days:
        return None
    return TimeRef(story_day.at + timedelta(days=days), TimePrecision.DAY, True)


def day_of(when: TimeRef, zone: tzinfo) -> TimeRef:
    """The local day a time falls on, as a day: what a sentence that does not date its fact
    takes from the one before it that did ("at 1 a.m. … Militants fired rockets": that day)."""
    if when.precision in (TimePrecision.DAY, TimePrecision.SPAN):
        return when
    day = when.at.astimezone(zone).date()
    return TimeRef(datetime.combine(day, time(0), UTC), TimePrecision.DAY, when.stated)


_LOCAL_DATES: dict[tuple[datetime, int], tuple[tzinfo, date]] = {}
_LOCAL_DATES_KEPT = 1024


def _local_date(published: datetime, zone: tzinfo) -> date:
    """The day of `published` in `zone`, remembered: every sentence of an article asks it of
    the same time and zone, and dateutil's zones convert in Python. Keyed by the zone's id
    (they are not hashable); the zone kept with the day, so that id is not reused meanwhile."""
    key = (published, id(zone))
    found = _LOCAL_DATES.get(key)
    if found is None or found[0] is not zone:
        if len(_LOCAL_DATES) >= _LOCAL_DATES_KEPT:
            _LOCAL_DATES.clear()
        found = _LOCAL_DATES[key] = (zone, published.astimezone(zone).date())
    return found[1]


def _without_named_dates(text: str, lowered: str) -> str:
    """The text without the dates of earlier things it refers to ("the ceasefire agreement
    signed on Nov. 27", "a 1991 ceasefire"); the same object where it names none."""
    if holds_any(_EARLIER_AGREEMENT_WORDS, lowered):
        text = _EARLIER_AGREEMENT.sub(" ", text)
    if holds_any(_AGREEMENT_WORDS, lowered):  # most sentences name none: the pattern is not run
        text = _AGREEMENT_DATE.sub(" ", text)
    if holds_any(_NAMED_WAR_WORDS, lowered):
        text = _NAMED_WAR.sub(" ", text)
    return text


def in_dated_clause(text: str, at: int, published: datetime) -> bool:
    """The word at `at` lies in a relative clause that dates itself long before publication ("Russia, which
    invaded on Feb. 24, did not comment" in July): the clause is background, though the sentence that holds it
    is news and `dated_long_before` leaves such clauses out of the sentence's own date."""
    for clause in _RELATIVE_CLAUSE.finditer(text):
        if clause.start() < at < clause.end():
            return dated_long_before(text[clause.start() : clause.end()].lstrip(", "), published)
    return False


def dated_long_before(text: str, published: datetime) -> bool:
    """The sentence dates what it tells to a year, or a month, that ended well before
    publication ("destroyed in 1993", "in 2014, air strikes had …", "In July, the
    army killed …" in late August); a cumulative figure's start ("since October
    2023", "since the conflict began last October") does not count."""
    lowered = text.lower()
    if (undated := _without_named_dates(text, lowered)) is not text:
        text, lowered = undated, undated.lower()
    if ("ago" in lowered or "last year" in lowered) and (_days_ago(text) or 0) > _BACKGROUND_AGE.days:
        return True
    if "after" in lowered and any(_days(match) > _BACKGROUND_AGE.days for match in _CAME_AFTER.finditer(text)):
        return True
    if "earlier this year" in lowered and published.month > _EARLIER_THIS_YEAR_FROM:
        return True
    if holds_any(_CUMULATIVE_WORDS, lowered):
        text = _without_tally_starts(text)
    text = _RELATIVE_CLAUSE.sub(" ", text)  # background to the news, not its date
    if holds_any(_COMPARED_WORDS, lowered):
        text = _COMPARED_WITH.sub(" ", text)
    if may_match_folded(_BASELINE_NEEDLES, text):
        text = _BASELINE.sub(" ", text)
    if holds_any(_STARTED_BY_WORDS, lowered):
        text = _WAR_STARTED_BY.sub(" ", text)
    if may_match_folded(_FOLLOWING_DATED_NEEDLES, text):
        text = _FOLLOWING_DATED.sub(" ", text)
    if _SINCE.search(text) or holds_any(_SPAN_OF_YEARS, lowered):  # every record's match holds one of these;
        text = _RECORD.sub(lambda match: match["head"], text)  # most sentences have none
    day = published.date()
    if "half of" in lowered and any(day - _half_end(match) > _BACKGROUND_AGE for match in _HALF_OF_YEAR.finditer(text)):
        return True  # "displaced in the first half of 2025" in an October report
    if "as of" in lowered and _long_before((found["date"] for found in _AS_OF.finditer(text)), day):
        return True
    # each pattern below runs only where a word each of its matches holds occurs (most sentences name no month)
    if (
        _DIGIT.search(text)
        and not holds_any(_SPAN_WORDS, lowered)
        and holds_needles(_DATE_NEEDLES, text)
        and _long_before(
            (found["date"] or found["named"] for found in _ON_DATE.finditer(text)), day, not _FUTURE.search(text)
        )
    ):
        return True  # "killed 1,200 people on Oct. 7" in a January report
    for match in _MONTH_ALONE.finditer(text) if may_match_folded(_MONTH_NEEDLES, text) else ():
        if match.group().lower().startswith("since"):
            continue  # a cumulative figure's start
        later = _TO_MONTH.match(text, match.end())  # "in July and August": the later month dates it
        month = _MONTHS[(later["month"] if later else match["month"] or match["named"]).lower()]
        year = published.year if month <= published.month else published.year - 1
        part = _PART_OF_MONTH.match(match.group())
        if day - date(year, month, _EARLY_OR_LATE[part[1].lower()] if part else _MID_MONTH) > _BACKGROUND_AGE:
            return True
    if may_match_folded(_LAST_SEASON_NEEDLES, text) and _LAST_SEASON.search(text):
        return True
    if "0s" in text and any(int(m["decade"]) + 9 < published.year - 1 for m in _DECADE.finditer(text)):
        return True  # "when some 30,000 people were killed in the 1990s"
    if not _YEAR_DIGITS.search(text) or _tells_recent_day(text, lowered):
        return False  # a sentence that dates itself to a recent day names earlier years as background
    for match in _YEAR_MENTION.finditer(text):
        if PEOPLE_AFTER.match(text, match.end()) or _BORN.search(text, max(0, match.start() - 12), match.start()):
            continue  # "2000 people"; "a woman born in 1944", as Ukrainian officials tell the dead
        year = int(match["year"])
        month = _MONTHS[match["month"].lower()] if match["month"] else 12
        ended = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        if day - ended > _BACKGROUND_AGE:
            return True
    return False


def _without_tally_starts(text: str) -> str:
    """`text` without the starts of running tallies it tells ("since October 2023", "fighting that erupted in April
    has killed 300"): they date a figure, not the news."""
    return _CUMULATIVE_START.sub(lambda start: " " if _starts_a_tally(start, text) else start.group(), text)


def _starts_a_tally(start: re.Match[str], text: str) -> bool:
    """A start told by its verb alone ("fighting that erupted in April has killed 300") dates a figure, not the
    news; in a sentence with no figure it tells the eruption itself ("protests erupted in September after …"), and
    the day a war began dates what a clause on that day tells ("the war began on 7 October, when gunmen killed
    1,200")."""
    if start.group().lower().startswith(("since", "between")):
        return True
    if _WHEN_ON_THAT_DAY.match(text, start.end()):
        return False
    return any(_FIGURE.search(part) is not None for part in (text[: start.start()], text[start.end() :]))


def _tells_recent_day(text: str, lowered: str) -> bool:
    """The sentence names the day of the week or the day relative to publication ("on Friday", "yesterday")."""
    return ("day" in lowered and _WEEKDAY_MENTION.search(text) is not None) or (
        may_match_folded(_RELATIVE_NEEDLES, text) and _RELATIVE_DAY.search(text) is not None
    )


def _half_end(match: re.Match[str]) -> date:
    """The last day of the half year `_HALF_OF_YEAR` matched."""
    year = int(match["year"])
    return date(year, 6, 30) if match["half"].lower() == "first" else date(year, 12, 31)


def _long_before(dates: Iterable[str], day: date, told_as_past: bool = False) -> bool:
    """Whether any of the written dates ("12 October", "Oct. 7") falls more than a month before `day`.
    `told_as_past`: a sentence with no future word ("was captured on Feb. 7" in late December) tells of
    the date's last passing, not of the coming one even when that is nearer."""
    for written in dates:
        when = _date_of(written, day)
        if told_as_past and when - day > _BACKGROUND_AGE:
            when = _valid_date(when.year - 1, when.month, when.day) or when
        if day - when > _BACKGROUND_AGE:
            return True
    return False


def summary_since(text: str, published: datetime) -> bool:
    """The sentence sums up what happened since a day well before publication ("Since
    November 2023 the Houthis have launched dozens of attacks"), or tells how the war
    began ("after fighting erupted in mid-April"): a tally or background, not an event."""
    lowered = text.lower()
    if not holds_any(_CUMULATIVE_WORDS, lowered):
        return False
    for match in _CUMULATIVE_START.finditer(_RECORD.sub(lambda record: record["head"], text)):
        started = match.group().split(None, 1)[1] if " " in match.group() else ""
        started = _CUMULATIVE_VERB.sub("", started)
        # a month or a year: "began in February" as well as "since October 2023" (a tally since a day, "since
        # Nov. 19", still counts what it tells)
        if dated_long_before(f"in {started}", published):
            return True
    return False


def find_duration(text: str) -> timedelta | None:
    lowered = text.lower()
    if not any(unit in lowered for unit in ("minute", "hour", "day", "week", "month")):
        return None
    for match in _DURATION.finditer(text):
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        if unit == "month":
            return timedelta(days=30)
        raw = match["n"] or match["n2"]
        number = 1 if raw is None else int(raw) if raw.isdigit() else parse_number_words(raw)
        if number:
            return number * _UNIT[unit]
    return None


def _day(text: str, lowered: str, digits: bool, published: date) -> tuple[date, bool]:
    if digits and holds_needles(_DATE_NEEDLES, text):
        for found in _DATE_MENTION.finditer(text):
            if not _UNTIL.search(text, max(0, found.start() - _UNTIL_REACH), found.start()):
                return _date_of(found.group(), published), True
    if "day" in lowered and (weekday := _WEEKDAY_MENTION.search(text)) is not None:
        future = _FUTURE.search(text, max(0, weekday.start() - _FUTURE_REACH), weekday.start()) is not None
        return _weekday_near(weekday.group(), published, future), True
    if "ago" in lowered and (days := _days_ago(text)) is not None:
        return published - timedelta(days=days), True
    if may_match_folded(_RELATIVE_NEEDLES, text) and (relative := _RELATIVE_DAY.search(text)) is not None:
        earlier = relative["before"] is not None or relative.group().lower() == "yesterday"
        return (published - timedelta(days=1) if earlier else published), True
    return published, False


def _days_ago(text: str) -> int | None:
    """How many days back "N weeks ago" (or "last year") puts the fact; None if the
    sentence counts back nothing."""
    for match in _AGO.finditer(text):
        if _AGO_STARTS_SPAN.search(text, max(0, match.start() - _AGO_REACH), match.start()):
            continue  # "since the invasion began two years ago", "talks that were suspended a year ago"
        if match["unit"] is None:
            return _AGO_UNIT["year"]
        if days := _days(match):
            return days
    return None


def _days(match: re.Match[str]) -> int:
    """The days in "two weeks", "a few days" (0 where the number is not read)."""
    raw = match["n"].lower()
    number = _number(raw)
    if raw in ("a few", "a couple of", "several", "some", "few", "just", "only"):
        number = 2 if raw == "a couple of" else _FEW
    return (number or 0) * _AGO_UNIT[match["unit"].lower()]


def _number(raw: str) -> int | None:
    """The number in "a", "an", "3" or "three" (lower case); None where it is not one."""
    return 1 if raw in ("a", "an") else int(raw) if raw.isdigit() else parse_number_words(raw)


def _weekday_near(name: str, published: date, future: bool) -> date:
    delta = _WEEKDAYS.index(name.lower()) - published.weekday()
    if future:
        return published + timedelta(days=delta % 7)
    return published - timedelta(days=(-delta) % 7)


def _span(text: str, lowered: str, published: date) -> tuple[date, int] | None:
    """The first day and the number of days of a span the sentence tells, by its days or by name."""
    if _DIGIT.search(text) and may_match_folded(_MONTH_NEEDLES, text) and (found := _days_span(text, published)):
        return found
    return _named_span(text, published) if "month" in lowered or "week" in lowered else None


def _days_span(text: str, published: date) -> tuple[date, int] | None:
    """The first day and the number of days of a span the sentence tells by its days."""
    match = _DAY_SPAN.search(text)
    if match is None:
        return None
    if match["d1"] is not None:
        first, last = f"{match['d1']} {match['m1'] or match['m2']}", f"{match['d2']} {match['m2']}"
    else:
        first, last = f"{match['d3']} {match['m3']}", f"{match['d4']} {match['m4'] or match['m3']}"
    start, end = _date_of(first, published), _date_of(last, published)
    days = (end - start).days + 1
    return (start, days) if 1 < days <= _LONGEST_SPAN else None


def _named_span(text: str, published: date) -> tuple[date, int] | None:
    """ "last month": the calendar month before publication; "earlier this month": its days before the
    report's; "last week": the Monday to Sunday
    before its week, unless the sentence names the day ("last week, on Tuesday"); "at the
    weekend": the Saturday and Sunday on or before it."""
    match = _NAMED_SPAN.search(text)
    if match is None:
        return None
    named = match.group().lower()
    if named == "last month":
        end = published.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end.day
    if named == "earlier this month":  # the month's first day to the day before the report
        return (published.replace(day=1), published.day - 1) if published.day > 1 else None
    if named.endswith(" week"):
        if _WEEKDAY_MENTION.search(text):
            return None
        return published - timedelta(days=published.weekday() + 7), 7
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return saturday, 2


def _date_of(text: str, published: date) -> date:
    month, day = _MONTHS[_MONTH_IN.findall(text)[0].lower()], int(_DAY.findall(text)[0])
    candidates = [found for shift in (-1, 0, 1) if (found := _valid_date(published.year + shift, month, day))]
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else published


def _valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where there is none ("29 February" outside a leap year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _clock_time(clock: re.Match[str]) -> time:
    hour = int(clock["h"]) % 12 + (12 if clock["ampm"].lower().startswith("p") else 0)
    return time(hour, int(clock["m"] or 0))


def _local(day: date, at: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at, zone).astimezone(UTC)


def _from_gmt(gmt: re.Match[str], clock: re.Match[str] | None, day: date, zone: tzinfo, published: date) -> datetime:
    at = time(int(gmt["h"]) % 24, int(gmt["m"]))
    if gmt["day"]:
        return datetime.combine(_weekday_near(gmt["day"], published, future=False), at, UTC)
    stated = datetime.combine(day, at, UTC)
    if clock is None:
        return stated
    local = _local(day, _clock_time(clock), zone)
    return min((stated + timedelta(days=shift) for shift in (-1, 0, 1)), key=lambda t: abs(t - local))
