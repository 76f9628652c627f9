"""Every command turns a ConflictwatchError into one line and exit status 1, never
a traceback: the conversion lives once, in the root group."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictwatch.app.cli import main
from tests.conftest import ROOT, SEED_ARTICLE


@pytest.fixture
def not_acled(tmp_path: Path) -> Path:
    path = tmp_path / "events.csv"
    path.write_text("date,what\n2024-01-01,something\n")
    return path


@pytest.mark.parametrize(
    "command",
    [["backtest"], ["import", "acled", "--dry-run"]],
    ids=["backtest", "import"],
)
def test_a_file_that_is_not_the_dataset_it_claims_is_one_clean_line(command: list[str], not_acled: Path) -> None:
    result = CliRunner().invoke(main, [*command, str(not_acled)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"Error: {not_acled}: acled: the header lacks event_date" in result.output
    assert "Traceback" not in result.output


def test_a_bad_setting_names_the_variable_and_its_value(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONFLICTWATCH_BATCH_SIZE", "many")
    result = CliRunner().invoke(main, ["backtest", str(tmp_path)])
    assert result.exit_code == 1
    assert "CONFLICTWATCH_BATCH_SIZE='many'" in result.output


ACLED = ROOT / "tests" / "data" / "datasets" / "acled-sample.csv"


@pytest.mark.parametrize(
    "command",
    [["produce", "article", str(SEED_ARTICLE)], ["import", "acled", str(ACLED)], ["topics"]],
    ids=["produce", "import", "topics"],
)
def test_a_broker_that_does_not_answer_is_one_line_naming_the_setting(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFLICTWATCH_KAFKA_BOOTSTRAP", "127.0.0.1:1")  # nothing listens on port 1
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: CONFLICTWATCH_KAFKA_BOOTSTRAP=127.0.0.1:1: no Kafka broker answered; "
        "is it running and is the address right?"
    ]
