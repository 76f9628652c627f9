"""Load and validate a YAML rule file; every problem names file, rule id and field."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from conflictwatch.errors import RuleError
from streams.rules.registry import RULE_KINDS, RuleFile
from streams.rules.spec import RuleSpec

DEFAULT_RULES = "default.yaml"


def default_rules_path() -> Path:
    return Path(str(resources.files("streams.rules").joinpath(DEFAULT_RULES)))


def parse_rules(text: str, file: str) -> list[RuleSpec]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(file, None, None, f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(file, None, "rules", "the file must be a mapping with a 'rules' list")
    raw: list[Any] = data["rules"]
    try:
        specs = RuleFile.model_validate(data).rules
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = list(error["loc"])
        rule_id = None
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and isinstance(raw[loc[1]], dict):
            rule_id = str(raw[loc[1]].get("id", f"#{loc[1] + 1}"))
            loc = loc[3:] if len(loc) > 2 and loc[2] in RULE_KINDS else loc[2:]
        field = ".".join(str(p) for p in loc) or None
        if error["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            field = "kind"
        raise RuleError(file, rule_id, field, error["msg"]) from exc
    seen: set[str] = set()
    for spec in specs:
        if spec.id in seen:
            raise RuleError(file, spec.id, "id", "defined twice; rule ids must be unique")
        seen.add(spec.id)
    return specs


def load_rules(path: Path | None = None) -> list[RuleSpec]:
    path = path or default_rules_path()
    try:
        text = path.read_text()
    except OSError as exc:
        raise RuleError(str(path), None, None, f"cannot read: {exc.strerror}") from exc
    return parse_rules(text, str(path))
