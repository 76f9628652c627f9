"""ACLED's `event_date` as it is written in the files people hold.

| form | where it comes from |
| --- | --- |
| `2021-05-20` | the API and the current export (ISO 8601; a time after it is ignored) |
| `20 May 2021`, `07 December 2022` | the export tool (2019–) |
| `01-January-2015` | the realtime files of 2015–2016 |
| `18/04/2001` | the version 1–7 files as distributed (day first) |
| `9-May-20`, `31-12-19` | an export saved again by a spreadsheet |

Year-first dates are read as ISO (dateutil's day-first reading would take
2021-05-06 for 5 June). Every other form goes to python-dateutil with
`dayfirst=True`, as ACLED writes and as non-US spreadsheets save it; two-digit
years are put in the century that brings them nearest to today (`97` → 1997,
`20` → 2020). Refused, with the reason: a date without a day (`May 2020`), one
that exists in no calendar, and a numeric date that can only be read month first
(`12/31/2019`): such a file was saved month first, so its other dates
(`05/06/2019`) cannot be told apart and none is guessed.

Parsed dates are cached: an export has few distinct dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser

_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")
_NUMERIC_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{2}|\d{4})(?:[T ].*)?")
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))  # a component missing from the text shows as a difference


class BadDate(ValueError):
    pass


@lru_cache(maxsize=1 << 14)
def parse_event_date(raw: str) -> date:
    """The day an `event_date` cell names; BadDate says why it names none."""
    text = raw.strip()
    if found := _YEAR_FIRST.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
        try:
            return date(year, month, day)
        except ValueError as exc:
            raise BadDate(f"{raw!r} is no date: {exc}") from None
    try:
        first, second = (parser.parse(text, dayfirst=True, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise BadDate(f"{raw!r} is no date: {exc}") from None
    if first != second:
        raise BadDate(f"{raw!r} names no day")
    numeric = _NUMERIC_DAY_FIRST.fullmatch(text)
    if numeric and first.day != int(numeric.group(1)):
        raise BadDate(f"{raw!r} reads only month first; ACLED and this importer write the day first")
    return first.date()
