"""`import acled` in process through click's runner: events on stdout, the summary
(rows, events, rejected by reason, fatalities) on stderr, no progress bar off a terminal."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conflictwatch.app.cli import main
from tests.conftest import ROOT

LEGACY = ROOT / "tests" / "data" / "datasets" / "acled" / "legacy-2015.csv"


def test_a_dry_run_prints_the_events_and_the_summary_with_fatalities() -> None:
    result = CliRunner().invoke(main, ["import", "acled", "--dry-run", str(LEGACY)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) == 5
    assert result.stderr.splitlines() == [
        "6 rows: 5 events sent to stdout, 1 rows rejected",
        "  unmapped_type: 1, 0 fatalities (e.g. line 8: Headquarters or base established "
        "(read as strategic developments / headquarters or base established) has no contract type)",
        "fatalities: 7 in the file, 7 carried by the events sent to stdout, 0 in rejected rows",
    ]
