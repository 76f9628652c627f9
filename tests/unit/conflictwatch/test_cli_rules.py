"""The rule and backtest commands, in process through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conflictwatch.app.cli import main
from streams.evaluation import load_truth
from tests.conftest import ROOT, SEED_ARTICLE, SEED_EVENTS

DEFAULT_TESTS = ROOT / "streams" / "rules" / "default.test.yaml"


def test_backtest_of_the_seed_prints_the_days_alerts_in_event_time_order() -> None:
    result = CliRunner().invoke(main, ["backtest", "--json", str(SEED_EVENTS)])
    assert result.exit_code == 0, result.output
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    firing = [a["rule"] for a in alerts if a["status"] == "firing"]
    for earlier, later in [
        ("air_strike_wave", "ceasefire_agreed"),
        ("ceasefire_agreed", "rocket_lull_ended"),
        ("rocket_lull_ended", "security_cabinet_meeting"),
    ]:
        assert firing.index(earlier) < firing.index(later)
    [lull] = [a for a in alerts if a["rule"] == "rocket_lull_ended"]
    assert "2021-05-20 08:00 UTC after a gap of 8 hours" in lull["summary"]
    times = [a["triggered_at"] for a in alerts]
    assert times == sorted(times)


def test_backtest_streams_a_dataset_export_and_prints_events_per_second() -> None:
    export = ROOT / "tests" / "data" / "datasets" / "acled" / "export-2020.csv"
    result = CliRunner().invoke(main, ["backtest", "--json", str(export)])
    assert result.exit_code == 0, result.output
    assert "\n4 events, " in result.stderr
    assert " events/s)" in result.stderr


def test_backtest_table_and_plot(tmp_path: Path) -> None:
    plot = tmp_path / "seed.png"
    result = CliRunner().invoke(main, ["backtest", str(SEED_EVENTS), "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split()[:3] == ["EVENT", "TIME", "(UTC)"]
    assert "rocket_lull_ended" in result.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_backtest_reports_invalid_lines_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(SEED_EVENTS.read_text() + '{"type": "rocket_fire"}\n')
    result = CliRunner().invoke(main, ["backtest", str(bad)])
    assert result.exit_code == 0
    assert f"rejected: {bad}:12:" in result.stderr
    assert "rocket_lull_ended" in result.stdout


def test_rules_test_passes_the_shipped_tests_and_fails_a_wrong_expectation(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["rules", "test", str(DEFAULT_TESTS)]).exit_code == 0
    wrong = tmp_path / "wrong.test.yaml"
    wrong.write_text(
        f"rule_files: [{ROOT / 'streams' / 'rules' / 'default.yaml'}]\n"
        "tests:\n"
        "  - name: a lull that is too short\n"
        "    events:\n"
        "      - {type: rocket_fire, occurred_at: '2021-05-20T00:00:00Z'}\n"
        "      - {type: rocket_fire, occurred_at: '2021-05-20T05:00:00Z'}\n"
        "    only: [rocket_lull_ended]\n"
        "    expect: [{rule: rocket_lull_ended}]\n"
    )
    result = CliRunner().invoke(main, ["rules", "test", str(wrong)])
    assert result.exit_code == 1
    assert "FAIL" in result.stdout
    assert "expected 1 alerts, got 0: none" in result.stdout


def test_rules_check_names_the_file_rule_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {id: strike_wave, kind: threshold, event_types: [air_strike], window: PT6H}\n")
    result = CliRunner().invoke(main, ["rules", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: rule 'strike_wave', field 'threshold': Field required" in result.output


def test_backtest_of_the_seed_article_text_prints_its_patterns_in_event_time_order() -> None:
    result = CliRunner().invoke(
        main, ["backtest", "--json", "--published", "2021-05-20T14:30:00Z", "--outlet", "Reuters", str(SEED_ARTICLE)]
    )
    assert result.exit_code == 0, result.output
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    firing = [a["rule"] for a in alerts if a["status"] == "firing"]
    order = ["air_strike_wave", "ceasefire_agreed", "rocket_lull_ended", "security_cabinet_meeting"]
    assert [rule for rule in firing if rule in order] == order
    [lull] = [a for a in alerts if a["rule"] == "rocket_lull_ended"]
    assert "at 2021-05-20 08:00 UTC after a gap of 8 hours" in lull["summary"]
    [meeting] = [a for a in alerts if a["rule"] == "security_cabinet_meeting"]
    assert "2021-05-20 16:00 UTC" in meeting["summary"]


def test_backtest_needs_a_publication_time_for_a_bare_article() -> None:
    result = CliRunner().invoke(main, ["backtest", str(SEED_ARTICLE)])
    assert "no publication time" in result.stderr


def test_evaluate_scores_the_shipped_rules_on_the_seed_against_its_truth() -> None:
    truth = ROOT / "tests" / "data" / "seed-truth.yaml"
    result = CliRunner().invoke(main, ["evaluate", "--truth", str(truth), "--json", str(SEED_EVENTS)])
    assert result.exit_code == 0, result.output
    scored = {row["rule"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert {rule: (row["precision"], row["recall"]) for rule, row in scored.items()} == {
        "rocket_lull_ended": (1.0, 1.0),
        "security_cabinet_meeting": (1.0, 1.0),
        "ceasefire_agreed": (1.0, 1.0),
    }
    # Every event of the seed was reported at 14:30 UTC: the resumption at 08:00 was
    # known 6.5 hours later, the meeting set for 16:00 an hour and a half before.
    assert scored["rocket_lull_ended"]["median_delay_seconds"] == 6.5 * 3600
    assert scored["security_cabinet_meeting"]["median_lead_seconds"] == 1.5 * 3600
    table = CliRunner().invoke(main, ["evaluate", "--truth", str(truth), str(SEED_EVENTS)]).stdout
    assert table.splitlines()[0].split() == [
        "RULE",
        "ALERTS",
        "TRUTH",
        "MET",
        "PRECISION",
        "RECALL",
        "LEAD",
        "(MEDIAN)",
        "DELAY",
        "(MEDIAN)",
    ]


def test_truth_derives_a_truth_file_from_a_dataset_that_evaluate_reads(tmp_path: Path) -> None:
    acled = ROOT / "tests" / "data" / "datasets" / "acled-sample.csv"
    args = ["truth", str(acled), "--type", "ground_clash", "--window", "P1D", "--threshold", "1", "--rule", "clashes"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    path = tmp_path / "truth.yaml"
    path.write_text(result.stdout)
    [item] = load_truth(path).truth
    assert (item.rule, item.theatre, item.at.isoformat()) == ("clashes", "west-bank", "2021-05-18T12:00:00+00:00")
    assert "1 truth items from 6 events" in result.stderr
    scored = CliRunner().invoke(main, ["evaluate", "--truth", str(path), "--json", str(acled)])
    assert json.loads(scored.stdout)["truth"] == 1
    bad = CliRunner().invoke(main, [*args[:-2], "--rule", "clashes", "--window", "a week"])
    assert bad.exit_code == 2
    assert "'a week' is not an ISO 8601 duration such as P7D or PT12H" in bad.output


def test_evaluate_draws_the_truth_windows_and_the_alerts(tmp_path: Path) -> None:
    truth = ROOT / "tests" / "data" / "seed-truth.yaml"
    plot = tmp_path / "evaluation.png"
    result = CliRunner().invoke(main, ["evaluate", "--truth", str(truth), "--plot", str(plot), str(SEED_EVENTS)])
    assert result.exit_code == 0, result.output
    assert f"plot: {plot}" in result.stderr
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rules_test_takes_heartbeats_and_checks_what_a_silence_rests_on(tmp_path: Path) -> None:
    case = tmp_path / "coverage.test.yaml"
    case.write_text(
        f"rule_files: [{ROOT / 'streams' / 'rules' / 'default.yaml'}]\n"
        "tests:\n"
        "  - name: a lull without heartbeats rests on unknown coverage\n"
        "    events:\n"
        "      - {type: rocket_fire, occurred_at: '2021-05-20T00:00:00Z'}\n"
        "      - {type: rocket_fire, occurred_at: '2021-05-20T08:00:00Z'}\n"
        "    only: [rocket_lull_ended]\n"
        "    expect: [{rule: rocket_lull_ended, coverage: heartbeats}]\n"
        "  - name: a heartbeat ending before it starts\n"
        "    heartbeats: [{covered_from: '2021-05-20T05:00:00Z', covered_to: '2021-05-20T01:00:00Z'}]\n"
        "    events: [{type: rocket_fire, occurred_at: '2021-05-20T00:00:00Z'}]\n"
        "    expect: []\n"
    )
    result = CliRunner().invoke(main, ["rules", "test", str(case)])
    assert result.exit_code == 1
    assert "tests[a heartbeat ending before it starts].heartbeats.0" in result.output
    assert "covered_to 2021-05-20T01:00:00+00:00 is before covered_from" in result.output
    case.write_text(case.read_text().split("  - name: a heartbeat ending")[0])
    result = CliRunner().invoke(main, ["rules", "test", str(case)])
    assert result.exit_code == 1
    assert "rocket_lull_ended: coverage rests on unknown, expected heartbeats" in result.stdout
