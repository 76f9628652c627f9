"""Rule kinds by name, and rules built from their specs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from streams.rules.absence import AbsenceRule
from streams.rules.base import Rule
from streams.rules.delta import DeltaRule
from streams.rules.gap_ended import GapEndedRule
from streams.rules.match import MatchRule
from streams.rules.rate_change import RateChangeRule
from streams.rules.sequence import SequenceRule
from streams.rules.spec import RuleSpec
from streams.rules.threshold import ThresholdRule

RULE_KINDS: dict[str, type[Rule[Any]]] = {
    "match": MatchRule,
    "threshold": ThresholdRule,
    "rate_change": RateChangeRule,
    "gap_ended": GapEndedRule,
    "absence": AbsenceRule,
    "sequence": SequenceRule,
    "delta": DeltaRule,
}


def build_rules(specs: Iterable[RuleSpec]) -> list[Rule[Any]]:
    return [RULE_KINDS[spec.kind](spec) for spec in specs]  # type: ignore[attr-defined]
