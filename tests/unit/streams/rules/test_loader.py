from __future__ import annotations

from pathlib import Path

import pytest

from conflictwatch.errors import RuleError
from streams.rules.loader import default_rules_path, load_rules, parse_rules
from streams.rules.registry import RULE_KINDS, build_rules


def test_the_default_rules_load_and_use_every_kind() -> None:
    specs = load_rules()
    assert {spec.kind for spec in specs} == set(RULE_KINDS)
    assert len(build_rules(specs)) == len(specs)
    assert default_rules_path().name == "default.yaml"


@pytest.mark.parametrize(
    ("text", "rule_id", "field", "message"),
    [
        ("rules: [{id: a, kind: gap_ended, event_types: [rocket_fire]}]", "a", "min_gap", "Field required"),
        (
            "rules: [{id: a, kind: threshold, event_types: [rocket_fire], window: PT1H, threshold: -1}]",
            "a",
            "threshold",
            "greater than 0",
        ),
        ("rules: [{id: b, kind: match, event_types: [rocket_storm]}]", "b", "event_types.0", "Input should be"),
        ("rules: [{id: c, kind: nonsense}]", "c", "kind", "does not match any of the expected tags"),
        (
            "rules: [{id: d, kind: delta, event_types: [casualty_report], count: killed}]",
            "d",
            None,
            "give min_increase_pct, marks, or both",
        ),
        (
            "rules: [{id: e, kind: rate_change, event_types: [rocket_fire], window: P1D, baseline: PT1H, factor: 2}]",
            "e",
            None,
            "baseline must be longer than window",
        ),
        ("rules: [{id: f, kind: match, event_types: [un_session], colour: red}]", "f", "colour", "Extra inputs"),
        (
            "rules:\n  - {id: g, kind: match, event_types: [un_session]}\n"
            "  - {id: g, kind: match, event_types: [un_session]}",
            "g",
            "id",
            "defined twice",
        ),
        ("rules: {id: h}", None, "rules", "'rules' list"),
        ("rules: [unclosed", None, None, "not valid YAML"),
    ],
)
def test_a_bad_rule_names_the_file_the_rule_and_the_field(
    text: str, rule_id: str | None, field: str | None, message: str
) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rules(text, "mine.yaml")
    error = caught.value
    assert (error.file, error.rule_id) == ("mine.yaml", rule_id)
    if field is not None:
        assert error.field == field
    assert message in str(error)


def test_a_missing_file_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read"):
        load_rules(tmp_path / "nope.yaml")
