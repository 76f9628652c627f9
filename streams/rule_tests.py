"""Offline unit tests of rules, in the spirit of `promtool test rules`.

A test file lists cases; each takes in its coverage heartbeats, feeds events (in
the order given) to the engine with an in-memory state that keeps what the worker
would (`streams.window`), optionally moves the watermark on, and compares the
alerts with the expected ones:

    rule_files: [default.yaml]        # relative to this file; default: the shipped rules
    tests:
      - name: rocket fire after an eight-hour pause
        events:                      # the event contract; theatre, reported_at and
          - {type: rocket_fire, occurred_at: "2021-05-20T00:00:00Z"}   # source may be left out
          - {type: rocket_fire, occurred_at: "2021-05-20T08:00:00Z"}
        heartbeats:                  # optional: the Heartbeat contract; theatre, source,
          - {covered_from: "2021-05-20T00:00:00Z", covered_to: "2021-05-20T09:00:00Z"}
                                     # producer and polled_at may be left out
        until: "2021-05-20T12:00:00Z"   # optional: advance the watermark to here at the end
        only: [rocket_lull_ended]       # optional: compare only these rules' alerts
        expect:
          - rule: rocket_lull_ended
            status: firing              # default firing
            summary: after a gap of 8 hours     # optional substring
            values: {gap_hours: 8}              # optional subset
            coverage: heartbeats                # optional: what the silence rests on
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from conflictwatch.errors import RuleError, describe_validation_error
from conflictwatch.models import Alert, AlertStatus, CoverageBasis, Event, Heartbeat
from streams.engine import Engine
from streams.rules.loader import default_rules_path, load_rules
from streams.rules.registry import build_rules
from streams.state import EngineState

FIXED_EMISSION = datetime(2000, 1, 1, tzinfo=UTC)


class ExpectedAlert(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    status: AlertStatus = AlertStatus.FIRING
    summary: str | None = None
    values: dict[str, float] = {}
    coverage: CoverageBasis | None = None

    def mismatch(self, alert: Alert) -> str | None:
        if (alert.rule, alert.status) != (self.rule, self.status):
            return f"expected {self.rule} {self.status.value}, got {alert.rule} {alert.status.value}"
        if self.summary is not None and self.summary not in alert.summary:
            return f"{self.rule}: summary {alert.summary!r} does not contain {self.summary!r}"
        for name, value in self.values.items():
            if alert.values.get(name) != value:
                return f"{self.rule}: values[{name!r}] is {alert.values.get(name)}, expected {value}"
        basis = alert.coverage.basis if alert.coverage else None
        if self.coverage is not None and basis != self.coverage:
            return f"{self.rule}: coverage rests on {basis}, expected {self.coverage}"
        return None


class RuleTestCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    events: list[dict[str, Any]] = Field(min_length=1)
    heartbeats: list[dict[str, Any]] = []
    until: AwareDatetime | None = None
    only: list[str] = []
    expect: list[ExpectedAlert]


class RuleTestFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule_files: list[str] = []
    tests: list[RuleTestCase] = Field(min_length=1)


@dataclass(frozen=True)
class CaseResult:
    name: str
    failures: list[str]
    alerts: list[Alert]

    @property
    def passed(self) -> bool:
        return not self.failures


def _event(data: dict[str, Any], file: str, case: str, index: int) -> Event:
    filled = {
        "theatre": "israel-gaza",
        "reported_at": data.get("occurred_at"),
        "source": {"outlet": "rule-test", "evidence": f"{data.get('type')} at {data.get('occurred_at')}"},
        **data,
    }
    try:
        return Event.model_validate(filled)
    except ValidationError as exc:
        raise RuleError(file, None, f"tests[{case}].events.{index}", describe_validation_error(exc)) from exc


def _heartbeat(data: dict[str, Any], file: str, case: str, index: int) -> Heartbeat:
    filled = {
        "theatre": "israel-gaza",
        "source": "rule-test",
        "producer": "rule-test",
        "polled_at": data.get("covered_from"),
        **data,
    }
    try:
        return Heartbeat.model_validate(filled)
    except ValidationError as exc:
        raise RuleError(file, None, f"tests[{case}].heartbeats.{index}", describe_validation_error(exc)) from exc


def run_case(engine: Engine, case: RuleTestCase, file: str) -> CaseResult:
    state = EngineState()
    alerts: list[Alert] = []
    beats = [_heartbeat(data, file, case.name, i) for i, data in enumerate(case.heartbeats)]
    events = [_event(data, file, case.name, i) for i, data in enumerate(case.events)]
    for beat in beats:
        alerts += engine.cover(state, beat, FIXED_EMISSION)
    for event in events:
        engine.window.trim(state)
        alerts += engine.process(state, event, FIXED_EMISSION).alerts
        alerts += engine.advance(state, event.theatre, FIXED_EMISSION)
    if case.until is not None:
        for theatre in sorted({e.theatre for e in events}):
            alerts += engine.advance(state, theatre, FIXED_EMISSION, to=case.until.timestamp())
    compared = [a for a in alerts if not case.only or a.rule in case.only]
    failures = [m for expected, alert in zip(case.expect, compared, strict=False) if (m := expected.mismatch(alert))]
    if len(compared) != len(case.expect):
        got = ", ".join(f"{a.rule} {a.status.value}" for a in compared) or "none"
        failures.append(f"expected {len(case.expect)} alerts, got {len(compared)}: {got}")
    return CaseResult(case.name, failures, compared)


def run_test_file(path: Path) -> list[CaseResult]:
    try:
        spec = RuleTestFile.model_validate(yaml.safe_load(path.read_text()))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(str(path), None, None, f"cannot read the test file: {exc}") from exc
    except ValidationError as exc:
        raise RuleError(str(path), None, None, describe_validation_error(exc)) from exc
    rule_paths = [path.parent / name for name in spec.rule_files] or [default_rules_path()]
    engine = Engine(build_rules([rule for p in rule_paths for rule in load_rules(p)]))
    return [run_case(engine, case, str(path)) for case in spec.tests]
