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
