"""No rule kind is half-registered: every rule class and spec in the package is in
`registry.RULES`, and every kind there validates, builds and is named in errors."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
import yaml

import streams.rules
from conflictwatch.errors import RuleError
from streams.rules.base import Rule
from streams.rules.loader import load_rules, parse_rules
from streams.rules.registry import RULE_KINDS, RULES, build_rules
from streams.rules.spec import RuleSpec, kind_of


def defined_in_the_package(base: type[Any]) -> set[type[Any]]:
    found: set[type[Any]] = set()
    for info in pkgutil.iter_modules(streams.rules.__path__):
        module = importlib.import_module(f"streams.rules.{info.name}")
        found |= {
            member
            for _, member in inspect.getmembers(module, inspect.isclass)
            if issubclass(member, base) and member is not base and member.__module__ == module.__name__
        }
    return found


def test_every_rule_class_and_spec_of_the_package_is_registered_once() -> None:
    assert defined_in_the_package(Rule) == set(RULES)
    assert defined_in_the_package(RuleSpec) == {rule.spec_type for rule in RULES}
    assert len(RULE_KINDS) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_a_kind_validates_builds_and_is_named_in_error_paths(rule: type[Rule[Any]]) -> None:
    kind = kind_of(rule.spec_type)
    example = next(spec for spec in load_rules() if spec.kind == kind)  # the default rules show every kind
    written = example.model_dump(mode="json", exclude_defaults=True)

    [spec] = parse_rules(yaml.safe_dump({"rules": [written]}), "mine.yaml")
    assert type(spec) is rule.spec_type
    [built] = build_rules([spec])
    assert type(built) is rule
    assert built.kind == kind

    with pytest.raises(RuleError) as caught:
        parse_rules(yaml.safe_dump({"rules": [{**written, "colour": "red"}]}), "mine.yaml")
    assert (caught.value.rule_id, caught.value.field) == (example.id, "colour")
    with pytest.raises(RuleError, match=f"expected tags: .*'{kind}'"):
        parse_rules("rules: [{id: a, kind: nonsense}]", "mine.yaml")
