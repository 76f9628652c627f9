"""The GDELT follower's pieces: the update list, the exports due after a position,
the position, and polls against a GDELT of our own (httpx's mock transport
serving generated zips), faults included."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from prometheus_client import CollectorRegistry

from conflictwatch.models import Event
from producers.gdelt_follow import FollowOptions, GdeltFollower, GdeltPoll
from producers.gdelt_position import MemoryPosition
from producers.gdelt_updates import ExportFile, GdeltError, due_exports, parse_update_list
from producers.metrics import ProducerMetrics
from tests.gdelt_files import export_rows, stamp, tsv, update_list, zipped
from tests.unit.producers.test_importers import ListSink

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


class FakeGdelt:
    """GDELT's files by name, served through httpx's mock transport; a name set to
    an int answers that status, a missing name 404."""

    def __init__(self) -> None:
        self.files: dict[str, bytes | int] = {}
        self.requests: list[str] = []

    def publish(self, at: datetime, first_id: int, data: bytes | None = None, md5: str | None = None) -> None:
        """An export at `at` (its own rows unless `data`) and the list naming it."""
        data = data if data is not None else zipped(f"{stamp(at)}.export.CSV", tsv(export_rows(at, first_id)))
        self.files[f"{stamp(at)}.export.CSV.zip"] = data
        self.list(at, len(data), md5 or hashlib.md5(data).hexdigest())

    def list(self, at: datetime, size: int, md5: str) -> None:
        self.files["lastupdate.txt"] = update_list(BASE, at, size, md5).encode()

    def handle(self, request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        self.requests.append(name)
        found = self.files.get(name, 404)
        return httpx.Response(found) if isinstance(found, int) else httpx.Response(200, content=found)


class FailingSink(ListSink):
    def send(self, events: Sequence[Event]) -> int:
        raise ConnectionError("broker unreachable")


def follower(
    gdelt: FakeGdelt, position: MemoryPosition, sink: ListSink, attempts: int = 3, backfill: int = 96
) -> tuple[GdeltFollower, CollectorRegistry]:
    registry = CollectorRegistry()
    client = httpx.Client(transport=httpx.MockTransport(gdelt.handle))
    options = FollowOptions(theatre="israel-gaza", attempts=attempts, backfill=backfill)
    return GdeltFollower(BASE, position, sink, ProducerMetrics.create(registry), options, client), registry


def files(registry: CollectorRegistry, outcome: str) -> float:
    return registry.get_sample_value("conflictwatch_producer_gdelt_files_total", {"outcome": outcome}) or 0.0


def ids(sink: ListSink) -> list[str]:
    return sorted(e.source.article_id or "" for e in sink.events)


def test_each_export_is_published_once_and_a_repeated_list_publishes_nothing() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(), ListSink()
    follow, registry = follower(gdelt, position, sink)
    gdelt.publish(T0, 100)
    first = follow.poll()
    assert [s for s, _ in first.published] == ["20240105120000"]
    assert first.published[0][1].sent == 3
    assert ids(sink) == ["gdelt-100", "gdelt-101", "gdelt-102"]
    assert position.last() == "20240105120000"
    again = follow.poll()
    assert (again.unchanged, again.published, again.problems) == (True, [], [])
    assert len(sink.events) == 3
    assert gdelt.requests.count("20240105120000.export.CSV.zip") == 1
    assert registry.get_sample_value("conflictwatch_producer_gdelt_lists_total", {"outcome": "unchanged"}) == 1
    assert registry.get_sample_value("conflictwatch_producer_gdelt_position_timestamp_seconds") == T0.timestamp()


def test_a_list_that_jumped_ahead_brings_the_exports_it_went_past_in_order() -> None:
    gdelt, sink = FakeGdelt(), ListSink()
    follow, _ = follower(gdelt, MemoryPosition(stamp(T0)), sink)
    for n in (1, 2, 3):
        gdelt.publish(T0 + n * Q, 100 * n)
    poll = follow.poll()
    assert [s for s, _ in poll.published] == ["20240105121500", "20240105123000", "20240105124500"]
    assert ids(sink) == sorted(f"gdelt-{100 * n + k}" for n in (1, 2, 3) for k in range(3))


def test_a_missing_listed_export_is_tried_at_every_poll_until_it_comes() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(stamp(T0)), ListSink()
    follow, registry = follower(gdelt, position, sink, attempts=2)
    gdelt.publish(T0 + Q, 200)
    data = gdelt.files.pop("20240105121500.export.CSV.zip")
    for _ in range(4):  # more polls than attempts: the list says it exists
        poll = follow.poll()
        assert poll.published == []
        assert poll.problems == [
            f"missing: {BASE}20240105121500.export.CSV.zip: 404 Not Found; tried again at the next poll"
        ]
    assert position.last() == stamp(T0)
    gdelt.files["20240105121500.export.CSV.zip"] = data
    assert [s for s, _ in follow.poll().published] == ["20240105121500"]
    assert (files(registry, "missing"), files(registry, "skipped"), len(sink.events)) == (4, 0, 3)


def test_a_gap_in_gdelts_record_is_skipped_after_the_attempts_and_said() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(stamp(T0)), ListSink()
    follow, registry = follower(gdelt, position, sink, attempts=2)
    gdelt.publish(T0 + 2 * Q, 300)  # T0 + Q was never published
    first = follow.poll()
    assert first.published == []
    assert first.problems == [
        f"missing: {BASE}20240105121500.export.CSV.zip: 404 Not Found (attempt 1 of 2); tried again at the next poll"
    ]
    second = follow.poll()
    assert second.problems == [f"skipped after 2 attempts: missing: {BASE}20240105121500.export.CSV.zip: 404 Not Found"]
    assert [s for s, _ in second.published] == ["20240105123000"]
    assert position.last() == "20240105123000"
    assert (files(registry, "skipped"), files(registry, "published")) == (1, 1)


def test_an_md5_mismatch_is_retried_and_published_once_the_list_agrees() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(stamp(T0)), ListSink()
    follow, registry = follower(gdelt, position, sink)
    gdelt.publish(T0 + Q, 400, md5="f" * 32)
    poll = follow.poll()
    assert poll.problems[0].startswith(f"corrupt: {BASE}20240105121500.export.CSV.zip: md5 ")
    assert poll.problems[0].endswith(f"the list says {'f' * 32} (attempt 1 of 3); tried again at the next poll")
    data = gdelt.files["20240105121500.export.CSV.zip"]
    assert isinstance(data, bytes)
    gdelt.list(T0 + Q, len(data), hashlib.md5(data).hexdigest())
    assert [s for s, _ in follow.poll().published] == ["20240105121500"]
    assert (files(registry, "corrupt"), len(sink.events), follow.failures) == (1, 3, {})


def test_a_corrupt_zip_is_skipped_after_the_attempts_and_the_next_export_published() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(stamp(T0)), ListSink()
    follow, registry = follower(gdelt, position, sink, attempts=3)
    good = zipped("x.export.CSV", tsv(export_rows(T0 + Q, 500)))
    gdelt.publish(T0 + Q, 500, data=good[: len(good) // 2])  # cut short, but the list agrees with it
    polls: list[GdeltPoll] = [follow.poll() for _ in range(3)]
    assert [p.published for p in polls] == [[], [], []]
    assert (
        polls[2]
        .problems[0]
        .startswith(f"skipped after 3 attempts: corrupt: {BASE}20240105121500.export.CSV.zip: not a readable zip")
    )
    assert (position.last(), len(sink.events), files(registry, "corrupt")) == ("20240105121500", 0, 3)
    gdelt.publish(T0 + 2 * Q, 600)
    assert [s for s, _ in follow.poll().published] == ["20240105123000"]
    assert ids(sink) == ["gdelt-600", "gdelt-601", "gdelt-602"]


def test_an_unreachable_export_is_never_given_up() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(stamp(T0)), ListSink()
    follow, registry = follower(gdelt, position, sink, attempts=1)
    gdelt.publish(T0 + 2 * Q, 700)
    gdelt.files["20240105121500.export.CSV.zip"] = 503
    for _ in range(3):
        assert follow.poll().problems == [
            f"unreachable: {BASE}20240105121500.export.CSV.zip: HTTP 503; tried again at the next poll"
        ]
    assert (position.last(), files(registry, "skipped"), files(registry, "unreachable")) == (stamp(T0), 0, 3)


def test_an_export_is_remembered_only_after_the_sink_took_its_events() -> None:
    gdelt, position = FakeGdelt(), MemoryPosition(stamp(T0))
    gdelt.publish(T0 + Q, 800)
    failing, _ = follower(gdelt, position, FailingSink())
    with pytest.raises(ConnectionError):
        failing.poll()
    assert position.last() == stamp(T0)
    sink = ListSink()
    follow, _ = follower(gdelt, position, sink)
    assert [s for s, _ in follow.poll().published] == ["20240105121500"]
    assert len(sink.events) == 3


def test_a_stop_between_exports_leaves_the_rest_for_the_next_run() -> None:
    gdelt, position = FakeGdelt(), MemoryPosition(stamp(T0))
    follow, _ = follower(gdelt, position, ListSink())
    for n in (1, 2):
        gdelt.publish(T0 + n * Q, 900 + 10 * n)
    follow.sink = StoppingSink(follow)  # SIGTERM arrives while the first export is published
    poll = follow.poll()
    assert [s for s, _ in poll.published] == ["20240105121500"]
    assert position.last() == "20240105121500"


class StoppingSink(ListSink):
    def __init__(self, follow: GdeltFollower) -> None:
        super().__init__()
        self.follow = follow

    def send(self, events: Sequence[Event]) -> int:
        self.follow.stop.set()
        return super().send(events)


def test_an_unreadable_list_fails_the_poll_and_is_counted() -> None:
    gdelt = FakeGdelt()
    follow, registry = follower(gdelt, MemoryPosition(), ListSink())
    with pytest.raises(GdeltError, match="404 Not Found") as raised:
        follow.poll()
    assert raised.value.kind == "list"
    gdelt.files["lastupdate.txt"] = b"<html>maintenance</html>"
    with pytest.raises(GdeltError, match="is not 'size md5 url'"):
        follow.poll()
    assert registry.get_sample_value("conflictwatch_producer_gdelt_lists_total", {"outcome": "failed"}) == 2


def test_a_poll_that_caught_up_sends_a_heartbeat_and_one_held_up_behind_an_export_none() -> None:
    gdelt, position, sink = FakeGdelt(), MemoryPosition(), ListSink()
    follow, _ = follower(gdelt, position, sink)
    gdelt.publish(T0, 100)
    follow.poll()
    [beat] = sink.heartbeats
    assert (beat.theatre, beat.producer, beat.items, beat.last_item_at) == ("israel-gaza", "gdelt", 3, T0)
    assert beat.source.endswith("lastupdate.txt")
    gdelt.publish(T0 + Q, 200)
    del gdelt.files["20240105121500.export.CSV.zip"]  # listed, not there yet
    follow.poll()
    assert len(sink.heartbeats) == 1
