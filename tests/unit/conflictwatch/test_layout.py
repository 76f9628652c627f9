"""The import rule the README states: producers, streams and alerts never import
each other; the contract (`conflictwatch` outside `conflictwatch.app`) imports none
of them; only `conflictwatch.app` composes them. Read from the source, every
import statement, those inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PARTS = ("producers", "streams", "alerts")
APP = "conflictwatch.app"
ENTRY = "conflictwatch.__main__"  # `python -m conflictwatch`: the command, so wiring too


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _forbidden(module: str) -> tuple[str, ...]:
    if module.startswith(APP) or module == ENTRY:
        return ()
    own = module.split(".")[0]
    return (APP, *(part for part in PARTS if part != own))


def _modules() -> list[str]:
    return sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for package in ("conflictwatch", *PARTS)
        for path in (ROOT / package).rglob("*.py")
    )


@pytest.mark.parametrize("module", _modules())
def test_each_module_imports_only_what_its_layer_may(module: str) -> None:
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    wrong = sorted(name for name in _imports(path) for f in _forbidden(module) if name == f or name.startswith(f + "."))
    assert not wrong, f"{module} imports {wrong}: see the README's Layout"


def test_the_rule_is_checked_on_every_layer() -> None:
    modules = _modules()
    assert {m.split(".")[0] for m in modules} == {"conflictwatch", *PARTS}
    assert any(m.startswith(APP) for m in modules)
