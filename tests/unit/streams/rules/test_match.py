from __future__ import annotations

from conflictwatch.models import Severity
from tests.factories import event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: security_cabinet_meeting
    kind: match
    label: Security cabinet meeting
    severity: info
    event_types: [cabinet_meeting]
  - id: cabinet_meeting_due
    kind: match
    label: Security cabinet meeting
    event_types: [cabinet_meeting]
    at: occurrence
  - id: corroborated_agreement
    kind: match
    label: Ceasefire agreement
    event_types: [ceasefire_agreed]
    min_sources: 2
  - id: violation_once_a_day
    kind: match
    label: Ceasefire violation
    event_types: [ceasefire_violation]
    repeat_after: P1D
    group_by: theatre
  - id: massacre_once_per_place
    kind: match
    label: Mass-casualty attack
    event_types: [casualty_report]
    repeat_after: P1D
    at: occurrence
  - id: fresh_agreement
    kind: match
    label: Ceasefire agreement
    event_types: [ceasefire_agreed]
    reported_within: P3D
"""


def scheduled_meeting() -> object:
    # announced at 14:30 for 16:00 the same day
    return event(
        "cabinet_meeting",
        at=16,
        reported_at="2021-05-20T14:30:00Z",
        source={"outlet": "Reuters", "evidence": "Netanyahu scheduled a 7 pm (1600 GMT) meeting."},
    )


def test_a_match_fires_on_the_report_and_says_when() -> None:
    [alert] = run(RULES, [scheduled_meeting()]).of("security_cabinet_meeting")
    assert alert.severity is Severity.INFO
    assert alert.summary == (
        "Security cabinet meeting reported in israel-gaza for 2021-05-20 16:00 UTC (Reuters; one source)."
    )
    assert alert.evidence[0].sentence == "Netanyahu scheduled a 7 pm (1600 GMT) meeting."


def test_a_scheduled_event_fires_when_the_watermark_reaches_its_time() -> None:
    result = run(RULES, [scheduled_meeting()])
    assert result.of("cabinet_meeting_due") == []
    result.until(15.99)
    assert result.of("cabinet_meeting_due") == []
    result.until(16)
    [due] = result.of("cabinet_meeting_due")
    assert "is due" in due.summary
    result.until(30)
    assert len(result.of("cabinet_meeting_due")) == 1


def test_min_sources_waits_for_a_second_outlet_and_says_so() -> None:
    first = event("ceasefire_agreed", at=0, source={"outlet": "Reuters", "evidence": "agreed"})
    same_outlet = event("ceasefire_agreed", at=0, source={"outlet": "Reuters", "evidence": "agreed, again"})
    second = event("ceasefire_agreed", at=0, source={"outlet": "AP", "evidence": "a truce was agreed"})
    third = event("ceasefire_agreed", at=0, source={"outlet": "AFP", "evidence": "truce"})
    result = run(RULES, [first, same_outlet])
    assert result.of("corroborated_agreement") == []
    result.feed([second, third])
    [alert] = result.of("corroborated_agreement")
    assert alert.sources == 2
    assert "2 independent sources" in alert.summary


def report(
    type: str, at: float, reported: str, place: str | None = None, evidence: str = "", precision: str = "city"
) -> object:
    location = {"location": {"name": place, "precision": precision}} if place else {}
    return event(
        type,
        at=at,
        reported_at=reported,
        source={"outlet": "Test Wire", "evidence": evidence or f"{type} {place} {at}"},
        **location,
    )


def test_the_same_fact_told_twice_in_a_report_alerts_once_and_a_day_later_again() -> None:
    headline = report("ceasefire_violation", 0, "2021-05-20T12:00:00Z", evidence="Truce violated")
    lead = report("ceasefire_violation", 2, "2021-05-20T12:00:00Z", "Khan Younis", "Rockets broke the truce")
    other_outlet = report("ceasefire_violation", 3, "2021-05-20T18:00:00Z", "Sderot", "Sirens despite truce")
    next_day = report("ceasefire_violation", 30, "2021-05-21T13:00:00Z", evidence="Violated again")
    result = run(RULES, [headline, lead, other_outlet])
    [alert] = result.of("violation_once_a_day")
    assert alert.evidence[0].sentence == "Truce violated"
    result.feed([next_day])
    assert [a.evidence[0].sentence for a in result.of("violation_once_a_day")] == ["Truce violated", "Violated again"]


def test_another_outlet_s_report_dated_the_next_day_tells_the_same_fact() -> None:
    # reports dated to the day are exactly a day apart: within `repeat_after`, not after it
    first = report("ceasefire_violation", 0, "2021-05-20T00:00:00Z", evidence="Truce violated")
    next_outlet = report("ceasefire_violation", 4, "2021-05-21T00:00:00Z", evidence="Truce broken, says agency")
    result = run(RULES, [first, next_outlet])
    assert [a.evidence[0].sentence for a in result.of("violation_once_a_day")] == ["Truce violated"]


def test_grouped_by_place_two_places_are_two_facts_and_a_report_without_place_joins_either() -> None:
    gaza = report("casualty_report", 1, "2021-05-20T12:00:00Z", "Gaza City")
    khan_younis = report("casualty_report", 1, "2021-05-20T12:00:00Z", "Khan Younis")
    headline = report("casualty_report", 1, "2021-05-20T12:00:00Z")
    result = run(RULES, [gaza, khan_younis, headline])
    result.until(2)
    places = sorted(a.evidence[0].sentence for a in result.of("massacre_once_per_place"))
    assert places == ["casualty_report Gaza City 1", "casualty_report Khan Younis 1"]


def test_a_headline_naming_the_country_and_a_body_naming_the_town_are_one_fact() -> None:
    headline = report("casualty_report", 1, "2021-05-20T12:00:00Z", "Libya", "Dozens killed in Libya", "country")
    body = report("casualty_report", 1, "2021-05-20T12:00:00Z", "Tripoli", "Fighting in Tripoli killed 23")
    result = run(RULES, [headline, body])
    result.until(2)
    assert [a.evidence[0].sentence for a in result.of("massacre_once_per_place")] == ["Dozens killed in Libya"]


def test_an_event_recalled_long_after_it_happened_is_history_not_news() -> None:
    recalled = report("ceasefire_agreed", 0, "2021-05-27T12:00:00Z", evidence="the truce agreed a week ago")
    fresh = report("ceasefire_agreed", 0, "2021-05-21T12:00:00Z", evidence="a truce was agreed")
    assert run(RULES, [recalled]).of("fresh_agreement") == []
    [alert] = run(RULES, [fresh]).of("fresh_agreement")
    assert alert.evidence[0].sentence == "a truce was agreed"


def test_an_event_whose_time_has_passed_when_it_arrives_is_reported_not_due() -> None:
    result = run(RULES, [event("cabinet_meeting", at=20, reported_at="2021-05-20T20:30:00Z")])
    result.until(30)
    meeting = event("cabinet_meeting", at=16, reported_at="2021-05-21T06:00:00Z", location={"name": "Tel Aviv"})
    result.feed([meeting])
    [late] = [a for a in result.of("cabinet_meeting_due") if "16:00" in a.summary]
    assert "is due" not in late.summary
    assert "reported" in late.summary
