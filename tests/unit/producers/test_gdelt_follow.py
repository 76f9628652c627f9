"""The GDELT follower's pieces: the update list, the exports due after a
position, the position."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from producers.gdelt_position import MemoryPosition
from producers.gdelt_updates import ExportFile, GdeltError, due_exports, parse_update_list
from tests.gdelt_files import stamp, update_list

BASE = "http://gdelt.test/gdeltv2/"
T0 = datetime(2024, 1, 5, 12, 0, tzinfo=UTC)
Q = timedelta(minutes=15)


def test_the_update_list_names_its_export_with_size_and_md5() -> None:
    listed = parse_update_list(update_list(BASE, T0, 1234, "ab" * 16), BASE + "lastupdate.txt")
    assert listed == ExportFile("20240105120000", BASE + "20240105120000.export.CSV.zip", 1234, "ab" * 16)
    assert listed.at == T0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "names no .export.CSV.zip"),
        (f"12 {'0' * 32} {BASE}20240105120000.gkg.csv.zip\n", "names no .export.CSV.zip"),
        (f"12 nothex {BASE}20240105120000.export.CSV.zip\n", "line 1 is not 'size md5 url'"),
        ("<html>Service unavailable</html>\n", "line 1 is not 'size md5 url'"),
    ],
)
def test_a_list_that_is_not_an_update_list_is_refused(text: str, reason: str) -> None:
    with pytest.raises(GdeltError, match=reason) as raised:
        parse_update_list(text, BASE + "lastupdate.txt")
    assert raised.value.kind == "list"


def _listed(at: datetime) -> ExportFile:
    return ExportFile(stamp(at), f"{BASE}{stamp(at)}.export.CSV.zip", 10, "0" * 32)


def test_due_exports_start_at_the_listed_one_and_fill_gaps_on_gdelts_pattern() -> None:
    listed = _listed(T0)
    assert due_exports(None, listed, 96).exports == [listed]
    assert due_exports(stamp(T0), listed, 96).exports == []  # the same list again
    assert due_exports(stamp(T0 + Q), listed, 96).exports == []  # a list older than the position
    assert due_exports(stamp(T0 - Q), listed, 96).exports == [listed]
    due = due_exports(stamp(T0 - 3 * Q), listed, 96)
    assert [(e.stamp, e.url, e.md5) for e in due.exports] == [
        ("20240105113000", BASE + "20240105113000.export.CSV.zip", None),
        ("20240105114500", BASE + "20240105114500.export.CSV.zip", None),
        ("20240105120000", BASE + "20240105120000.export.CSV.zip", "0" * 32),
    ]
    assert due.given_up == 0


def test_due_exports_give_up_beyond_the_backfill_and_say_which() -> None:
    due = due_exports(stamp(T0 - 12 * Q), _listed(T0), 4)
    assert [e.stamp[8:12] for e in due.exports] == ["1100", "1115", "1130", "1145", "1200"]
    assert (due.given_up, due.given_up_from, due.given_up_to) == (7, "20240105091500", "20240105104500")
    assert due_exports(stamp(T0 - 12 * Q), _listed(T0), 0).exports == [_listed(T0)]


def test_the_memory_position_only_moves_forward() -> None:
    position = MemoryPosition()
    position.remember(["20240105120000"])
    position.remember(["20240105114500"])
    assert position.last() == "20240105120000"
