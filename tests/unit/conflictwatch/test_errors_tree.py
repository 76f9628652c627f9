"""The error tree in conflictwatch/errors.py names every ConflictwatchError there
is, and nothing that is not one."""

from __future__ import annotations

import importlib
import pkgutil
import re

import conflictwatch.errors
from conflictwatch.errors import ConflictwatchError

PACKAGES = ("conflictwatch", "producers", "streams", "alerts")


def _all_subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_error_is_in_the_tree_and_the_tree_names_only_errors() -> None:
    for name in PACKAGES:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            if not module.name.endswith((".agents", ".__main__")):  # Faust agents need a running app
                importlib.import_module(module.name)
    errors = {cls.__name__ for cls in _all_subclasses(ConflictwatchError) if cls.__module__.split(".")[0] in PACKAGES}
    tree = set(re.findall(r"[├└]── (\w+)", conflictwatch.errors.__doc__ or ""))
    assert errors - tree == set(), "errors missing from the tree in conflictwatch/errors.py"
    assert tree - errors == set(), "names in the tree that are no ConflictwatchError"
