"""The default rules on reports written as text, through the extractor: the alerts an
analyst expects in any theatre, and the traps they must not fall into. Every report
here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictwatch.app.backtest import run_backtest
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules


def alerts(tmp_path: Path, body: str, published: str = "2024-06-12T15:00:00Z") -> set[str]:
    (tmp_path / "report.txt").write_text(f"Published: {published}\n\n{body}\n")
    result = run_backtest(Engine(build_rules(load_rules())), [tmp_path / "report.txt"])
    assert not result.rejected, result.rejected
    return {a.rule for a in result.alerts}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Gunmen attacked a village near Djibo on Tuesday, killing 42 people, officials said.", "mass_casualty_attack"),
        ("Russia launched 120 drones and 40 missiles at Ukraine's power grid overnight.", "missile_and_drone_wave"),
        ("The two-week truce in Sudan's El Fasher collapsed on Wednesday.", "ceasefire_ended"),
        ("Thailand and Cambodia accused each other of violating the ceasefire on Monday.", "ceasefire_violated"),
        ("The army and the RSF agreed to a seven-day ceasefire in Khartoum.", "ceasefire_agreed"),
    ],
)
def test_what_monitors_watch_fires_in_any_theatre(tmp_path: Path, body: str, rule: str) -> None:
    assert rule in alerts(tmp_path, body)


def test_displaced_passing_a_mark_fires_across_two_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Published: 2024-06-28T12:00:00Z\n\nAbout 60,000 people have fled Sennar, the UN said.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Published: 2024-07-02T12:00:00Z\n\nMore than 136,000 people have now fled Sennar, the UN said.\n"
    )
    result = run_backtest(Engine(build_rules(load_rules())), [tmp_path])
    assert "displacement_surge" in {a.rule for a in result.alerts}


@pytest.mark.parametrize(
    "body",
    [
        "The minister called the blockade of Gaza a violation of international law.",
        "The earthquake's death toll in Myanmar rose to 3,000 on Thursday.",
        "Drivers on the Mombasa highway now pay a road toll of 300 shillings.",
        "A UN spokesman told a briefing in New York that aid to Gaza was running out.",
        "Since the truce that ended the 2020 war in Nagorno-Karabakh, the region has been rebuilt.",
    ],
)
def test_traps_raise_no_alert(tmp_path: Path, body: str) -> None:
    assert alerts(tmp_path, body) == set()
