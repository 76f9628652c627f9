from __future__ import annotations

from tests.factories import event
from tests.unit.streams.rules.harness import run

RULES = """
rules:
  - id: ceasefire_broken
    kind: sequence
    label: Ceasefire broken
    severity: critical
    first: [ceasefire_in_effect]
    then: [rocket_fire, air_strike]
    within: P7D
    until: [ceasefire_ended]
"""

HAMAS = {"actor1": {"name": "Hamas", "side": "palestinian-armed-groups"}}


def ceasefire(at: float) -> object:
    return event("ceasefire_in_effect", at=at)


def test_rocket_fire_after_the_ceasefire_names_the_side_and_how_long_it_held() -> None:
    [alert] = run(RULES, [ceasefire(2), event(at=7.5, actors=HAMAS)]).alerts
    assert alert.summary == (
        "Ceasefire broken in israel-gaza: an event by palestinian-armed-groups at 2021-05-20 07:30 UTC broke "
        "the commitment in effect since 2021-05-20 02:00 UTC, which held for 5.5 hours."
    )
    assert alert.values == {"held_hours": 5.5}


def test_fire_before_the_ceasefire_took_effect_is_no_violation() -> None:
    assert run(RULES, [ceasefire(10), event(at=9)]).alerts == []


def test_only_the_first_violation_of_a_commitment_alerts() -> None:
    assert len(run(RULES, [ceasefire(0), event(at=1), event("air_strike", at=2)]).alerts) == 1


def test_a_late_report_of_the_ceasefire_finds_the_violation() -> None:
    in_order = run(RULES, [ceasefire(2), event(at=7.5)]).alerts
    late = run(RULES, [event(at=7.5), ceasefire(2)]).alerts
    assert [a.fingerprint for a in in_order] == [a.fingerprint for a in late]


def test_after_the_window_it_is_no_longer_this_ceasefire() -> None:
    assert run(RULES, [ceasefire(0), event(at=24 * 7 + 1)]).alerts == []


def test_fighting_after_the_truce_expired_breaks_nothing() -> None:
    expired = event("ceasefire_ended", at=72)
    assert run(RULES, [ceasefire(0), expired, event(at=73)]).alerts == []
    assert run(RULES, [ceasefire(0), event(at=73), expired]).alerts != []  # the end was not known yet
    assert len(run(RULES, [ceasefire(0), event(at=70), expired]).alerts) == 1


def test_a_truce_for_a_stated_time_is_over_when_that_time_has_run_out() -> None:
    four_days = event("ceasefire_in_effect", at=0, duration="P4D", time_precision="span")
    assert run(RULES, [four_days, event(at=24 * 4 + 1)]).alerts == []
    assert len(run(RULES, [four_days, event(at=24 * 3)]).alerts) == 1
    assert run(RULES, [event(at=24 * 4 + 1), four_days]).alerts == []
