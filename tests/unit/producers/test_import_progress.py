from __future__ import annotations

import io
from pathlib import Path

from producers.importers.progress import ImportProgress
from producers.importers.registry import importer_for

EXPORT = Path(__file__).resolve().parents[2] / "data" / "datasets" / "acled" / "current-2024.csv"


def test_no_bar_off_a_terminal() -> None:
    assert ImportProgress.for_terminal(EXPORT, io.StringIO()) is None


def test_the_bar_passes_every_row_on_and_ends_at_the_files_end() -> None:
    out = io.StringIO()
    progress = ImportProgress(EXPORT, out)
    importer = importer_for(EXPORT)
    assert importer is not None
    rows = list(progress.track(importer.rows(EXPORT, None, None, progress.watch)))
    assert len(rows) == 4
    assert progress.handle is not None
    assert "100%" in out.getvalue()
    assert "4 rows" in out.getvalue()


def test_a_dry_runs_batches_move_the_bar_to_the_files_end() -> None:
    out = io.StringIO()
    progress = ImportProgress(EXPORT, out)
    importer = importer_for(EXPORT)
    assert importer is not None
    batches = list(progress.track_batches(importer.line_batches(EXPORT, None, None, progress.watch)))
    assert sum(batch.rows for batch in batches) == 4
    assert progress.handle is not None
    assert "100%" in out.getvalue()
    assert "4 rows" in out.getvalue()
