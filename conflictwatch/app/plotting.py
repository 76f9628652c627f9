"""matplotlib, when the `plot` extra is installed, drawing to files only."""

from __future__ import annotations

from types import ModuleType

from conflictwatch.errors import ConflictwatchError


def pyplot() -> ModuleType:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ConflictwatchError("--plot needs matplotlib: pip install 'conflictwatch[plot]'") from exc
    return plt
