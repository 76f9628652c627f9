"""The pure engine over the generated scenario: the reference the integration
test holds the worker to."""

from __future__ import annotations

from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.scenario import EXPECTED, scenario
from tests.unit.streams.rules.harness import Run


def test_the_in_process_engine_gives_the_expected_alerts_in_order() -> None:
    run = Run(Engine(build_rules(load_rules()))).feed(scenario())
    assert [(a.rule, a.status.value) for a in run.alerts] == EXPECTED
