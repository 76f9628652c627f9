"""The README's Settings table names every setting, and only settings: a variable
it names that the loader refuses, or a setting it leaves out, fails here."""

from __future__ import annotations

import re
from pathlib import Path

from conflictwatch.settings import Settings

README = Path(__file__).resolve().parents[3] / "README.md"


def _settings_table() -> str:
    text = README.read_text()
    return text[text.index("## Settings") : text.index("\n## ", text.index("## Settings") + 1)]


def test_the_readme_names_exactly_the_settings_the_loader_accepts() -> None:
    table = [line for line in _settings_table().splitlines() if line.startswith("| `CONFLICTWATCH_")]
    named = {name for line in table for name in re.findall(r"`(CONFLICTWATCH_[A-Z_]+)`", line.split(" | ")[0])}
    prefix = Settings.model_config.get("env_prefix", "")
    assert named == {f"{prefix}{field.upper()}" for field in Settings.model_fields}
