"""An ACLED-shaped export of any size for the benchmarks: the current export's 31
columns, rows of the kinds and proportions of a real export (protests and riots
about half, battles, explosions, violence against civilians, strategic
developments), notes of realistic length, dates over 25 years. Made by a seeded
generator, never from real rows; written once to the cache directory and kept.
"""

from __future__ import annotations

import csv
import os
import random
from datetime import date, timedelta
from pathlib import Path

HEADER = [
    *("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type"),
    *("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting"),
    *("iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision"),
    *("source", "source_scale", "notes", "fatalities", "tags", "timestamp"),
]

VIOLENCE, EXPLOSIONS, CIVILIANS, STRATEGIC = (
    "Political violence",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)
KINDS = [  # (weight, disorder type, event type, sub event type, actor1 pattern, actor2 pattern)
    (30, "Demonstrations", "Protests", "Peaceful protest", "Protesters ({c})", ""),
    (8, VIOLENCE, "Riots", "Mob violence", "Rioters ({c})", "Civilians ({c})"),
    (16, VIOLENCE, "Battles", "Armed clash", "Military Forces of {c} (2000-)", "Rebel Front of {c}"),
    (6, VIOLENCE, EXPLOSIONS, "Air/drone strike", "Air Force of {c} (2000-)", ""),
    (7, VIOLENCE, EXPLOSIONS, "Shelling/artillery/missile attack", "Army of {c}", ""),
    (4, VIOLENCE, EXPLOSIONS, "Remote explosive/landmine/IED", "Unidentified Armed Group ({c})", ""),
    (14, VIOLENCE, CIVILIANS, "Attack", "Unidentified Armed Group ({c})", "Civilians ({c})"),
    (3, VIOLENCE, CIVILIANS, "Abduction/forced disappearance", "Gang ({c})", "Civilians ({c})"),
    (6, STRATEGIC, STRATEGIC, "Looting/property destruction", "Militia ({c})", ""),
    (4, STRATEGIC, STRATEGIC, "Arrests", "Police Forces of {c} (2000-)", ""),
    (2, STRATEGIC, STRATEGIC, "Agreement", "Government of {c} (2000-)", "Rebel Front of {c}"),
]
COUNTRIES = [  # name, ISO 3166 numeric, region, a latitude and longitude to scatter places around
    ("Sudan", 729, "Northern Africa", 15.5, 32.5),
    ("Ukraine", 804, "Europe", 48.5, 35.0),
    ("Yemen", 887, "Middle East", 15.4, 44.2),
    ("Myanmar", 104, "Southeast Asia", 19.7, 96.1),
    ("Democratic Republic of Congo", 180, "Middle Africa", -1.7, 29.2),
    ("Mexico", 484, "Central America", 19.4, -99.1),
    ("Nigeria", 566, "Western Africa", 9.1, 7.5),
    ("India", 356, "Southern Asia", 22.6, 79.0),
    ("Palestine", 275, "Middle East", 31.5, 34.4),
    ("Syria", 760, "Middle East", 35.0, 38.5),
]
WORDS = [
    *("reported", "forces", "attacked", "village", "near", "district", "town", "residents", "said", "local"),
    *("sources", "according", "to", "the", "members", "of", "group", "were", "clashed", "with", "police"),
    *("security", "officers", "market", "road", "camp", "displaced", "killed", "injured", "wounded", "arrested"),
    *("on", "overnight", "morning", "afternoon", "after", "before", "during", "following"),
]


def _row(rng: random.Random, number: int, kinds: list[tuple[str, ...]], weights: list[int]) -> list[str]:
    disorder, main, sub, first, second = rng.choices(kinds, weights)[0]
    country, iso, region, lat, lon = rng.choice(COUNTRIES)
    day = date(2000, 1, 1) + timedelta(days=rng.randrange(25 * 365))
    town = rng.randrange(300)
    place = f"{country.split()[0]} Town {town}"
    violent = disorder == "Political violence"
    fatalities = rng.choice((0, 0, 0, 1, 1, 2, 3, 5, 12)) if violent else 0
    notes = f"On {day.day} {day:%B %Y}, " + " ".join(rng.choices(WORDS, k=rng.randrange(12, 45))) + "."
    return [
        f"{country[:3].upper()}{number}",
        day.isoformat(),
        str(day.year),
        rng.choice("1112"),
        disorder,
        main,
        sub,
        first.format(c=country),
        "",
        "1",
        second.format(c=country),
        "",
        "7" if second.startswith("Civilians") else "2",
        "17",
        "Civilian targeting" if second.startswith("Civilians") else "",
        str(iso),
        region,
        country,
        f"Province {town % 20}",
        f"District {town % 80}",
        "",
        place,
        f"{lat + (town % 40 - 20) / 10:.4f}",
        f"{lon + (town // 40 - 4) / 2:.4f}",
        rng.choice("112"),
        rng.choice(("Reuters", "AFP", "Local partner", "Xinhua; Radio Okapi")),
        "National",
        notes,
        str(fatalities),
        "crowd size=no report" if main == "Protests" else "",
        str(1_600_000_000 + number),
    ]


def cache_directory() -> Path:
    """Where the benchmarks keep the files they generate (written once, kept)."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "conflictwatch"


def acled_file(rows: int, directory: Path | None = None, seed: int = 13) -> Path:
    """The path of an export of `rows` rows, written on the first call."""
    folder = directory or cache_directory()
    path = folder / f"bench-acled-{rows}-{seed}.csv"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    kinds = [kind[1:] for kind in KINDS]
    weights = [kind[0] for kind in KINDS]
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for number in range(rows):
            writer.writerow(_row(rng, number, kinds, weights))
    partial.rename(path)
    return path
