"""The real-report corpus tooling: sealing labels, checking texts, re-creating them
from a saved search answer, and a blind round scored exactly once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from producers.corpus import (
    CORPUS,
    CorpusError,
    digest,
    load_corpus,
    load_report,
    main,
    missing,
    restore,
    scored_blind,
    seal,
)
from producers.extract.verifier import shipped_verifier
from producers.scoring import GoldError, record_blind

TEXT = "\nRebels shelled Goma on Monday, killing 4 people, officials said.\nTalks resumed in Doha.\n"


def _corpus(tmp_path: Path, text: str = TEXT, **label: object) -> Path:
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "drc-x.txt").write_text(text, encoding="utf-8")
    data = {
        "name": "drc-x",
        "round": 99,  # no round the shipped model was trained on
        "url": "https://example.org/goma",
        "outlet": "Example",
        "genre": "wire",
        "published": "2025-01-28",
        "query": "Goma shelling rebels killed",
        "theatres": ["drc"],
        "events": [
            {
                "type": "ground_clash",
                "evidence": ["Rebels shelled Goma"],
                "theatre": "drc",
                "side": "m23",
                "occurred_at": "2025-01-27",
                "time_precision": "day",
                "location": ["Goma"],
            },
            {
                "type": "casualty_report",
                "evidence": ["killing 4 people"],
                "theatre": "drc",
                "occurred_at": "2025-01-27",
                "time_precision": "day",
                "counts": {"killed": 4},
                "location": ["Goma"],
            },
        ],
        **label,
    }
    path = tmp_path / "labels" / "drc-x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_sealing_turns_quotes_into_offsets_and_records_the_texts_hash(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    seal(path)
    report = load_report(path)
    assert report.sha256 == digest(TEXT)
    assert report.text is not None
    start, end = report.events[0]["evidence"][0]
    assert report.text[start:end] == "Rebels shelled Goma"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"events": [{"type": "alien_landing", "evidence": ["Goma"], "theatre": "drc"}]}, "type must be one of"),
        ({"events": [{"type": "ground_clash", "evidence": ["Talks"], "theatre": "drc", "side": "aliens"}]}, "side"),
        ({"events": [{"type": "ground_clash", "evidence": ["o"], "theatre": "drc"}]}, r"occurs \d+ times"),
        ({"genre": "blog"}, "genre 'blog'"),
        ({"published": "2025-01-28T10:00:00"}, "time zone"),
    ],
)
def test_a_bad_label_is_refused_with_what_to_fix(tmp_path: Path, change: dict[str, object], message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        seal(_corpus(tmp_path, **change))


def test_a_changed_text_is_caught_by_its_hash(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    seal(path)
    (tmp_path / "texts" / "drc-x.txt").write_text(TEXT.replace("4", "5"), encoding="utf-8")
    with pytest.raises(CorpusError, match="sha256"):
        load_report(path)


def test_texts_are_restored_from_a_saved_search_answer_only_when_unchanged(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    seal(path)
    text_file = tmp_path / "texts" / "drc-x.txt"
    text_file.unlink()
    answer = {"query": "Goma shelling rebels killed", "results": [{"url": "https://example.org/goma", "excerpt": TEXT}]}
    assert restore(answer, tmp_path) == ["drc-x"]
    assert text_file.read_text(encoding="utf-8") == TEXT
    assert restore({**answer, "query": "another query"}, tmp_path) == []
    text_file.unlink()
    changed = {**answer, "results": [{"url": "https://example.org/goma", "excerpt": TEXT + "!"}]}
    with pytest.raises(CorpusError, match="differs"):
        restore(changed, tmp_path)
    assert not text_file.exists()


def test_a_round_is_scored_blind_once_and_recorded(tmp_path: Path) -> None:
    seal(_corpus(tmp_path))
    quality = tmp_path / "quality.json"
    record = record_blind(99, load_corpus(tmp_path), quality)
    assert (record["round"], record["reports"], record["gold_events"]) == (99, 1, 2)
    assert 0 <= record["recall"] <= 1
    assert set(record["by_type"]) <= {"ground_clash", "casualty_report"}
    assert json.loads(quality.read_text()) == [record]
    with pytest.raises(GoldError, match="scored blind already"):
        record_blind(99, load_corpus(tmp_path), quality)


def test_a_round_is_scored_again_only_after_its_blind_score_is_recorded(tmp_path: Path) -> None:
    seal(_corpus(tmp_path))
    quality = tmp_path / "quality.json"
    assert scored_blind(load_corpus(tmp_path), quality) == ([], [99])
    record_blind(99, load_corpus(tmp_path), quality)
    reports, unscored = scored_blind(load_corpus(tmp_path), quality)
    assert ([r.name for r in reports], unscored) == (["drc-x"], [])


def test_a_round_the_shipped_verifier_learned_from_is_never_scored_blind(tmp_path: Path) -> None:
    seal(_corpus(tmp_path))
    verifier = shipped_verifier()
    assert verifier is not None
    learned = verifier.trained_on["rounds"][-1]
    with pytest.raises(GoldError, match=f"verifier was trained on round {learned}"):
        record_blind(learned, load_corpus(tmp_path), tmp_path / "quality.json")
    assert not (tmp_path / "quality.json").exists()


def test_the_shipped_labels_are_valid_and_the_texts_present_are_unchanged() -> None:
    reports = load_corpus(CORPUS)
    assert len(reports) >= 80
    assert len({r.outlet for r in reports}) >= 25
    assert len({t for r in reports for t in r.theatres}) >= 10


def test_help_is_help_and_a_missing_directory_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as helped:
        main(["articles", "--help"])
    assert helped.value.code == 0
    assert "usage: python -m producers.corpus articles" in capsys.readouterr().out
    assert not Path("--help").exists()
    with pytest.raises(SystemExit) as missing:
        main(["articles"])
    assert missing.value.code == 2
    assert "DIR" in capsys.readouterr().err


def test_the_texts_to_re_create_are_listed_with_the_query_that_finds_each(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    seal(path)
    assert missing(load_corpus(tmp_path)) == []
    (tmp_path / "texts" / "drc-x.txt").unlink()
    assert missing(load_corpus(tmp_path)) == [
        {"name": "drc-x", "query": "Goma shelling rebels killed", "url": "https://example.org/goma"}
    ]


def test_missing_takes_a_round_or_a_range(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["missing", "--rounds", "1-2"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {entry["name"] for entry in listed} <= {r.name for r in load_corpus(CORPUS, range(1, 3))}
    for given in ("first", "266-256"):
        with pytest.raises(SystemExit) as bad:
            main(["missing", "--rounds", given])
        assert bad.value.code == 2
        assert "give a round or a range" in capsys.readouterr().err
