"""The rule kinds: one tuple of rule classes, and all that is built from it (the
kinds by name, the union a rule file is validated against, rules from specs).
A new kind is a module with its rule class and spec, and a line in `RULES`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field

from streams.rules.absence import AbsenceRule
from streams.rules.base import Rule
from streams.rules.coverage_lost import CoverageLostRule
from streams.rules.delta import DeltaRule
from streams.rules.gap_ended import GapEndedRule
from streams.rules.match import MatchRule
from streams.rules.rate_change import RateChangeRule
from streams.rules.sequence import SequenceRule
from streams.rules.spec import RuleSpec, kind_of
from streams.rules.threshold import ThresholdRule

# In this order `rules check` lists the kinds when a rule names none of them.
RULES: tuple[type[Rule[Any]], ...] = (
    MatchRule,
    ThresholdRule,
    RateChangeRule,
    GapEndedRule,
    AbsenceRule,
    SequenceRule,
    DeltaRule,
    CoverageLostRule,
)

RULE_KINDS: dict[str, type[Rule[Any]]] = {kind_of(rule.spec_type): rule for rule in RULES}

if TYPE_CHECKING:
    AnyRuleSpec = RuleSpec
else:  # built at run time, so neither the type checker nor `X | Y` can spell it
    AnyRuleSpec = Annotated[Union[tuple(rule.spec_type for rule in RULES)], Field(discriminator="kind")]  # noqa: UP007


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[AnyRuleSpec]


def build_rules(specs: Iterable[RuleSpec]) -> list[Rule[Any]]:
    return [RULE_KINDS[spec.kind](spec) for spec in specs]
