"""ACLED's column names through its releases, matched to the names the importer reads.

Every export since the first public releases names the same facts, but not
always alike:

- versions 1–7 and the realtime files (to 2018): upper case (`GWNO`,
  `EVENT_ID_CNTY`, `EVENT_ID_NO_CNTY`, `EVENT_DATE`, …, `ALLY_ACTOR_1`,
  `ALLY_ACTOR_2`), no `SUB_EVENT_TYPE`;
- the first API (2016–2018) as saved by pandas: lower case, alphabetical,
  `ally_actor_*`, `gwno`, `data_id`, an unnamed index column first;
- the export tool and API (2019–2022): `data_id`, `iso`, `event_id_cnty`,
  `event_id_no_cnty`, …, `assoc_actor_*`, `sub_event_type`, …, `iso3`;
- the current export (2023–): `event_id_cnty`, `event_date`, …,
  `disorder_type`, …, `civilian_targeting`, …, `tags`, `timestamp`.

Any of them may lack the columns a user de-selected, carry columns a user added,
or come in any order. Names are matched without regard to case, surrounding
spaces, a byte-order mark or quotes; the aliases below give the current name of
a historical one. Columns the importer does not read (`gwno`, `data_id`,
`event_id_no_cnty`, `year`, `region`, `inter1`, …, the index column) are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

ALIASES = {
    "ally_actor_1": "assoc_actor_1",
    "ally_actor_2": "assoc_actor_2",
}
# what the importer reads; only the first two must be in the header
REQUIRED = ("event_date", "event_type")
READ = (
    *REQUIRED,
    "sub_event_type",
    "event_id_cnty",
    "data_id",
    "time_precision",
    "actor1",
    "actor2",
    "country",
    "iso",
    "iso3",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "timestamp",
)


def canonical(name: str) -> str:
    """The current ACLED name of a header cell: `ALLY_ACTOR_1` → assoc_actor_1."""
    folded = name.strip().lstrip("\ufeff").strip().strip('"').strip().casefold()
    return ALIASES.get(folded, folded)


@dataclass(frozen=True)
class Columns:
    """Where each column the importer reads is in a row: its index, or None when absent."""

    index: dict[str, int]
    width: int  # the header's number of cells: a row of another width is malformed

    @classmethod
    def of(cls, header: list[str]) -> Columns:
        index: dict[str, int] = {}
        for position, cell in enumerate(header):
            index.setdefault(canonical(cell), position)  # the first of two alike names wins
        return cls({name: index[name] for name in READ if name in index}, len(header))

    def missing(self) -> list[str]:
        return [name for name in REQUIRED if name not in self.index]

    def at(self, name: str) -> int | None:
        return self.index.get(name)
