"""A sentence that does not say when takes the day the story last stated, for incidents only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conflictwatch.models import Event, EventType, TimePrecision
from producers.extract import ArticleMeta, extract

PUBLISHED = datetime(2024, 3, 14, 15, 0, tzinfo=UTC)  # a Thursday
MONDAY = datetime(2024, 3, 11, tzinfo=UTC)
T = EventType


def events(text: str) -> list[Event]:
    return extract(text, ArticleMeta(published=PUBLISHED, theatre="sahel"))


def of_type(found: list[Event], event_type: EventType) -> list[Event]:
    return [e for e in found if e.type is event_type]


def test_an_incident_told_after_a_dated_one_happened_that_day() -> None:
    found = events(
        "Gunmen killed 12 villagers in Djibo on Monday, residents said. "
        "Later, the attackers set fire to the market in Djibo and torched several houses."
    )
    damage = of_type(found, T.INFRASTRUCTURE_DAMAGE)
    assert [(e.occurred_at, e.time_precision) for e in damage] == [(MONDAY, TimePrecision.DAY)]


def test_a_headline_takes_the_day_its_lead_states() -> None:
    found = events(
        "Clashes erupt in Djibo as jihadists attack army post\n\n"
        "DJIBO (Example Wire) - Jihadists attacked an army post in Djibo on Monday, security sources said."
    )
    assert [e.occurred_at for e in of_type(found, T.GROUND_CLASH)] == [MONDAY]  # one clash, told twice


def test_a_headline_takes_the_day_of_a_lead_told_after_a_standfirst() -> None:
    found = events(
        "Jihadists kill 12 in Djibo\n\n"
        "Residents of the besieged town say the army arrived too late\n\n"
        "The attack is the deadliest in the province this year, officials say.\n\n"
        "Jihadists killed 12 villagers in Djibo on Monday, security sources said."
    )
    assert {e.occurred_at for e in of_type(found, T.CASUALTY_REPORT)} == {MONDAY}


def test_a_byline_or_a_posting_stamp_does_not_date_the_headline() -> None:
    for stamp in ("Posted: Mar 14, 2024 9:05 AM", "14 Mar 2024 09:05am", "By Staff Reporter, March 14, 2024"):
        found = events(
            f"Clashes erupt in Djibo as jihadists attack army post\n\n{stamp}\n\n"
            "Jihadists attacked an army post in Djibo on Monday, security sources said."
        )
        assert [e.occurred_at for e in of_type(found, T.GROUND_CLASH)] == [MONDAY], stamp


def test_the_lead_is_found_past_several_stamp_lines() -> None:
    found = events(
        "Clashes erupt in Djibo as jihadists attack army post\n\nExample News\n\nPosted: Mar 14, 2024 9:05 AM\n\n"
        "By Staff Reporter\n\nJihadists attacked an army post in Djibo on Monday, security sources said."
    )
    assert [e.occurred_at for e in of_type(found, T.GROUND_CLASH)] == [MONDAY]


def test_a_datelines_filing_day_dates_only_a_lead_that_states_none() -> None:
    own_day = events("Djibo, 14 March 2024 – Jihadists attacked an army post near Arbinda on Monday.")
    assert [e.occurred_at for e in of_type(own_day, T.GROUND_CLASH)] == [MONDAY]
    filed = events("Djibo, 12 March 2024 – Jihadists attacked an army post near Arbinda.")
    assert [e.occurred_at for e in of_type(filed, T.GROUND_CLASH)] == [MONDAY + timedelta(days=1)]


def test_a_stated_clock_time_is_carried_as_its_day_only() -> None:
    found = events(
        "The assault on Djibo began at 10 p.m. on Monday, residents said. "
        "Soldiers later clashed with the attackers in the streets of Djibo."
    )
    later = [e for e in of_type(found, T.GROUND_CLASH) if "later" in e.source.evidence]
    assert [(e.occurred_at, e.time_precision) for e in later] == [(MONDAY, TimePrecision.DAY)]


def test_a_toll_or_a_tally_left_undated_is_the_reports() -> None:
    found = events(
        "Gunmen killed 12 villagers in Djibo on Monday, residents said. "
        "The death toll from the violence in Djibo has reached 40, a local official said. "
        "Some 300 houses have been burned in Djibo since the start of the year."
    )
    toll = [e for e in of_type(found, T.CASUALTY_REPORT) if e.counts.killed == 40]
    assert [e.occurred_at.date() for e in toll] == [PUBLISHED.date()]
    assert all(e.occurred_at.date() == PUBLISHED.date() for e in of_type(found, T.INFRASTRUCTURE_DAMAGE))


def test_dawn_and_this_morning_are_the_report_day() -> None:
    found = events(
        "Gunmen killed 12 villagers in Djibo on Monday, residents said. "
        "Shortly after dawn, soldiers clashed with the attackers near Djibo."
    )
    dawn = [e for e in of_type(found, T.GROUND_CLASH) if "dawn" in e.source.evidence]
    assert [e.occurred_at.date() for e in dawn] == [PUBLISHED.date()]


def test_the_toll_of_an_incident_is_its_day_and_a_running_toll_the_reports() -> None:
    found = events(
        "Gunmen attacked a market in Djibo on Monday, residents said. "
        "Three traders were killed in the attack and 25 people were injured. "
        "The death toll from the violence in the province rose to 40, an official said."
    )
    days = {e.counts.killed: e.occurred_at.date() for e in of_type(found, T.CASUALTY_REPORT)}
    assert days == {3: MONDAY.date(), 40: PUBLISHED.date()}


def test_a_clock_time_without_a_day_is_on_the_storys_day() -> None:
    found = events(
        "Gunmen killed 12 villagers in Djibo on Monday, residents said. "
        "The attackers first opened fire on the market in Djibo at around 6.30am."
    )
    fire = [e for e in of_type(found, T.GROUND_CLASH) if "6.30am" in e.source.evidence]
    assert [(e.occurred_at.date(), e.time_precision) for e in fire] == [(MONDAY.date(), TimePrecision.EXACT)]


def test_an_incident_over_days_told_as_a_span_carries_its_duration() -> None:
    found = events("Between 10 and 12 March, insurgents attacked several villages near Djibo.")
    clash = of_type(found, T.GROUND_CLASH)
    assert [(e.occurred_at, e.time_precision, e.duration) for e in clash] == [
        (datetime(2024, 3, 10, tzinfo=UTC), TimePrecision.SPAN, timedelta(days=3))
    ]
