"""Rules scored against a truth file over a generated history whose alerts are
known (tests/scenario.py), replayed as it was reported: the scores are exact."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from conflictwatch.app.evaluate import replay_as_known
from conflictwatch.errors import SourceError
from conflictwatch.models import Event, EventType
from streams.engine import Engine
from streams.evaluation import RuleScore, Truth, judge, load_truth, score, truth_from_counts, truth_yaml
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.factories import event
from tests.scenario import START, THEATRE, scenario

HOUR = 3600.0


def at(hours: float) -> str:
    return (START + timedelta(hours=hours)).isoformat()


def scores(*items: dict[str, Any], tolerance: str = "PT6H") -> dict[str, RuleScore]:
    alerts = replay_as_known(Engine(build_rules(load_rules())), scenario())
    truth = Truth.model_validate({"tolerance": tolerance, "truth": list(items)})
    return {s.rule: s for s in score(alerts, truth)}


def test_precision_recall_lead_and_delay_are_exact_on_a_known_history() -> None:
    found = scores(
        {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(10)},  # rockets resume at 10
        {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(40)},  # nothing then: missed
        {"rule": "air_strike_wave", "theatre": THEATRE, "at": at(11)},  # the wave crosses at 14
        {"rule": "ceasefire_takes_effect", "theatre": THEATRE, "at": at(20)},  # reported at 19 for 20
    )
    lull = found["rocket_lull_ended"]
    # Two lull-ended alerts (hours 10 and 23), one of them in the truth.
    assert (lull.alerts, lull.items, lull.met, lull.precision, lull.recall) == (2, 2, 1, 0.5, 0.5)
    assert (lull.leads, lull.delays) == ([0.0], [0.0, 0.0])
    wave = found["air_strike_wave"]
    assert (wave.precision, wave.recall, wave.leads, wave.delays) == (1.0, 1.0, [-3 * HOUR], [0.0])
    # Due at hour 20, but the next report that moves time past it is at hour 23.
    truce = found["ceasefire_takes_effect"]
    assert (truce.precision, truce.recall, truce.leads, truce.delays) == (1.0, 1.0, [-3 * HOUR], [3 * HOUR])


def test_an_alert_outside_the_tolerance_does_not_meet_the_item() -> None:
    wave = scores({"rule": "air_strike_wave", "theatre": THEATRE, "at": at(11), "within": "PT1H"})["air_strike_wave"]
    assert (wave.alerts, wave.met, wave.precision, wave.recall) == (1, 0, 0.0, 0.0)


def test_a_kind_scores_its_rules_and_only_in_the_theatres_the_truth_names() -> None:
    found = scores(
        {"kind": "gap_ended", "theatre": THEATRE, "at": at(23)},
        {"kind": "delta", "theatre": "elsewhere", "at": at(30)},
    )
    gaps = found["kind:gap_ended"]
    assert (gaps.alerts, gaps.met, gaps.precision, gaps.recall) == (2, 1, 0.5, 1.0)
    elsewhere = found["kind:delta"]
    assert (elsewhere.alerts, elsewhere.precision, elsewhere.recall) == (0, None, 0.0)


def test_an_alert_meets_one_item_only() -> None:
    lull = scores(
        {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(10)},
        {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(11)},
        tolerance="PT2H",
    )["rocket_lull_ended"]
    assert (lull.met, lull.recall) == (1, 0.5)


def test_the_judgement_names_the_alert_of_each_item_met_each_false_alarm_and_each_item_missed() -> None:
    alerts = replay_as_known(Engine(build_rules(load_rules())), scenario())
    truth = Truth.model_validate(
        {
            "truth": [
                {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(10)},
                {"rule": "rocket_lull_ended", "theatre": THEATRE, "at": at(40)},
            ]
        }
    )
    judgement = judge(alerts, truth)
    [(alert, item)] = judgement.met
    assert (alert.rule, alert.triggered_at, item.at) == ("rocket_lull_ended", START + timedelta(hours=10), item.at)
    assert [a.triggered_at for a in judgement.false_alarms] == [START + timedelta(hours=23)]
    assert [i.at for i in judgement.missed] == [START + timedelta(hours=40)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("truth:\n  - theatre: x\n    at: 2024-01-01T00:00:00Z\n", "give either rule (a rule id) or kind"),
        ("truth:\n  - rule: r\n    theatre: x\n    at: yesterday\n", "truth.0.at"),
        ("truth: [", "cannot read the truth file"),
    ],
)
def test_a_bad_truth_file_says_where_and_what(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "truth.yaml"
    path.write_text(text)
    with pytest.raises(SourceError, match=re.escape(message)) as raised:
        load_truth(path)
    assert str(path) in str(raised.value)


def test_truth_from_a_dataset_is_each_window_that_reaches_the_threshold_after_one_below() -> None:
    monday = datetime(2024, 3, 4, tzinfo=UTC)

    def clash(day: float, theatre: str = "sudan", killed: int = 0) -> Event:
        at = monday + timedelta(days=day)
        return event("ground_clash", at=at, theatre=theatre, counts={"killed": killed}, reported_at=at.isoformat())

    events = [
        *(clash(d) for d in (0, 1, 2)),  # week 1: three clashes
        *(clash(7 + d / 2) for d in range(5)),  # week 2: five, still at or above: no new item
        clash(14),  # week 3: one, below
        *(clash(21 + d, killed=10) for d in range(3)),  # week 4: three again
        *(clash(d, theatre="drc") for d in (0, 1)),  # never three in a week
        event("air_strike", at=monday, theatre="drc", reported_at=monday.isoformat()),
    ]
    truth = truth_from_counts(events, EventType.GROUND_CLASH, timedelta(days=7), 3, "clashes")
    week = timedelta(days=7)
    assert [(i.theatre, i.at, i.within) for i in truth.truth] == [
        ("sudan", monday + week / 2, week / 2),
        ("sudan", monday + 3 * week + week / 2, week / 2),
    ]
    killed = truth_from_counts(events, EventType.GROUND_CLASH, week, 30, "deadly_clashes", count="killed")
    assert [i.at for i in killed.truth] == [monday + 3 * week + week / 2]
    assert Truth.model_validate(yaml.safe_load(truth_yaml(truth))) == truth
