"""The extractor against the gold articles: fails below the figures reached
(see README, "Extractor quality"). The held-out articles were written after the
rules were last changed and have not been tuned on; their floors are the figures
of their first scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictwatch.models import EventType
from producers.extract import extract
from producers.scoring import GoldError, Score, load_gold, main, report, score, score_directory

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
FLOORS = {
    # split: (precision, recall, count slots, time slots, place slots)
    "tuned": (0.98, 0.99, 0.99, 0.94, 0.90),
    "held_out": (0.91, 0.76, 0.76, 0.68, 0.87),
}


@pytest.fixture(scope="module")
def by_split() -> dict[str, Score]:
    totals: dict[str, Score] = {}
    for gold, result in score_directory(GOLD).values():
        totals.setdefault(gold.split, Score()).add(result)
    return totals


def test_there_are_a_seed_five_more_tuned_articles_and_held_out_ones() -> None:
    splits = [load_gold(p).split for p in GOLD.glob("*.gold.json")]
    assert splits.count("tuned") >= 6
    assert splits.count("held_out") >= 2


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_scores_do_not_fall_below_the_figures_reached(by_split: dict[str, Score], split: str) -> None:
    s = by_split[split]
    reached = (s.overall.precision, s.overall.recall, s.counts.accuracy, s.times.accuracy, s.places.accuracy)
    floors = FLOORS[split]
    assert all(r >= f for r, f in zip(reached, floors, strict=True)), f"{split}: {reached} below {floors}"


def test_the_scorer_counts_misses_false_alarms_and_wrong_slots() -> None:
    gold = load_gold(GOLD / "seed-2021-05-20.gold.json")
    events = extract(gold.article.text, gold.article.meta)
    assert score(gold, []).overall.recall == 0
    toll = next(e for e in events if e.type is EventType.CASUALTY_REPORT and e.counts.killed == 232)
    wrong_count = toll.model_copy(update={"counts": toll.counts.model_copy(update={"killed": 233})})
    wrong_type = toll.model_copy(update={"type": EventType.AIR_STRIKE})
    result = score(gold, [wrong_count, wrong_type])
    assert (result.overall.correct, result.overall.predicted, result.overall.found) == (1, 2, 1)
    assert result.counts.right == result.counts.total - 1


def test_the_report_pools_every_article_to_four_places_with_the_counts_behind_each_figure() -> None:
    gold = load_gold(GOLD / "seed-2021-05-20.gold.json")
    events = extract(gold.article.text, gold.article.meta)
    toll = next(e for e in events if e.type is EventType.CASUALTY_REPORT and e.counts.killed == 232)
    wrong_count = toll.model_copy(update={"counts": toll.counts.model_copy(update={"killed": 233})})
    wrong_type = toll.model_copy(update={"type": EventType.AIR_STRIKE})
    result = score(gold, [wrong_count, wrong_type])
    pooled = next(line for line in report({"seed": (gold, result)}).splitlines() if line.startswith("pooled:"))
    assert pooled.startswith(f"pooled: P 0.5000 (1/2)  R {1 / len(gold.events):.4f} (1/{len(gold.events)})  ")
    assert f"counts {(result.counts.total - 1) / result.counts.total:.4f} " in pooled


def test_gold_evidence_must_be_found_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Published: 2021-05-20T10:00:00Z\n\nRockets hit Sderot. Rockets hit Sderot.")
    (tmp_path / "a.gold.json").write_text(
        '{"article": "a.txt", "split": "tuned", '
        '"events": [{"type": "rocket_fire", "evidence": ["Rockets hit Sderot"]}]}'
    )
    with pytest.raises(GoldError, match="exactly once"):
        load_gold(tmp_path / "a.gold.json")


def test_help_is_help_and_a_directory_without_gold_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as helped:
        main(["real", "--help"])
    assert helped.value.code == 0
    assert "usage: python -m producers.scoring real" in capsys.readouterr().out
    assert main([str(tmp_path)]) == 2
    assert f"no gold files (*.gold.json) in {tmp_path}" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        main(["real", "--round", "9-3"])
    assert bad.value.code == 2
