"""The column layouts of GDELT's event files, as GDELT publishes them
(`CSV.header.historical.txt`, `CSV.header.dailyupdates.txt` and the 2.0 event
codebook). None has a header row; a row's layout is told by its number of
tab-separated columns:

| columns | files | as published | differs by |
| --- | --- | --- | --- |
| 57 | 1.0 historical backfile, 1979 to March 2013 | `1979.zip` … `201303.zip` | no SOURCEURL; DATEADDED a day |
| 58 | 1.0 daily updates from 1 April 2013 | `20130401.export.CSV.zip` | SOURCEURL after DATEADDED |
| 61 | 2.0, every 15 min since 2015-02-18 | `20150218230000.export.CSV.zip` | ADM2Code per geography; time added |

The columns 1.0 and 2.0 share carry the same names, so one mapping
(`producers.importers.gdelt`) reads all three.
"""

from __future__ import annotations

from dataclasses import dataclass

_ACTOR = "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code Type3Code"
_ACTION = (
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles "
    "AvgTone"
)
_GEO_1 = "Type FullName CountryCode ADM1Code Lat Long FeatureID"
_GEO_2 = "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID"


def _columns(geography: str, *management: str) -> tuple[str, ...]:
    return (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        *(f"Actor{n}{field}" for n in (1, 2) for field in _ACTOR.split()),
        *_ACTION.split(),
        *(f"{who}_{field}" for who in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in geography.split()),
        *management,
    )


@dataclass(frozen=True)
class Layout:
    name: str
    columns: tuple[str, ...]
    date_added: str  # the strptime format of DATEADDED


HISTORICAL = Layout("GDELT 1.0 historical backfile", _columns(_GEO_1, "DATEADDED"), "%Y%m%d")
DAILY = Layout("GDELT 1.0 daily update", _columns(_GEO_1, "DATEADDED", "SOURCEURL"), "%Y%m%d")
V2 = Layout("GDELT 2.0 export", _columns(_GEO_2, "DATEADDED", "SOURCEURL"), "%Y%m%d%H%M%S")
LAYOUTS: dict[int, Layout] = {len(layout.columns): layout for layout in (HISTORICAL, DAILY, V2)}


def describe_layouts() -> str:
    return ", ".join(f"{count} ({layout.name})" for count, layout in sorted(LAYOUTS.items()))
