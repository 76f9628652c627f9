"""`conflictwatch produce gdelt --follow` against a GDELT of our own on loopback
(generated zips and a lastupdate.txt changed during the test), through the real
Kafka and Redis: a duplicate list, a missing file, a restart after the list
jumped ahead over a corrupt zip and a gap, an md5 mismatch; at the end every
export served intact is on the events topic exactly once and nothing else is."""

from __future__ import annotations

import signal
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conflictwatch.app.dev.process import free_port
from conflictwatch.models import Event
from conflictwatch.redis_client import sync_redis
from conflictwatch.redis_keys import RedisKeys
from producers.gdelt_position import ExportPosition
from tests.gdelt_files import export_rows, stamp, update_list, write_export
from tests.served import ServedFolder
from tests.services import Services
from tests.worker import Namespace, WorkerProcess, drain_topic, wait_for

pytestmark = pytest.mark.integration

T0 = datetime(2024, 1, 5, 12, 0, tzinfo=UTC)
Q = timedelta(minutes=15)
ATTEMPTS = 2


class Gdelt(ServedFolder):
    """Exports at quarter hours after T0 and the list naming one of them."""

    def export(self, slot: int) -> tuple[int, str]:
        at = T0 + slot * Q
        return write_export(self.root, at, export_rows(at, 1000 + 100 * slot))

    def list(self, slot: int, size: int, md5: str) -> None:
        (self.root / "lastupdate.txt").write_text(update_list(self.base, T0 + slot * Q, size, md5))

    def fetched(self, slot: int) -> list[int]:
        """The statuses answered to requests for the export of a slot."""
        return [status for path, status in self.requests if path == f"/{stamp(T0 + slot * Q)}.export.CSV.zip"]


@pytest.fixture
def gdelt(tmp_path: Path) -> Iterator[Gdelt]:
    root = tmp_path / "gdelt"
    root.mkdir()
    served = Gdelt(root)
    yield served
    served.close()


def follower(namespace: Namespace, gdelt: Gdelt, log: Path) -> WorkerProcess:
    port = free_port()
    args = ("produce", "gdelt", "--follow", "--interval", "1", "--attempts", str(ATTEMPTS), "--metrics-port", str(port))
    env = namespace.with_env(CONFLICTWATCH_GDELT_BASE_URL=gdelt.base)
    return WorkerProcess(env, log, (*args, "--theatre", "israel-gaza"), port)


def files(process: WorkerProcess, outcome: str) -> float:
    return process.metric("conflictwatch_producer_gdelt_files_total", outcome=outcome)


def wait_files(process: WorkerProcess, outcome: str, count: int) -> None:
    wait_for(lambda: files(process, outcome) >= count, 60, f"{count} {outcome} exports (log: {process.log_path})")


def test_the_follower_publishes_each_intact_export_once_through_faults_and_a_restart(
    namespace: Namespace, services: Services, gdelt: Gdelt, tmp_path: Path
) -> None:
    gdelt.list(0, *gdelt.export(0))
    first = follower(namespace, gdelt, tmp_path / "follower-1.log").start()
    try:
        wait_files(first, "published", 1)

        # the same list again, twice: nothing is fetched or published
        lists = first.metric("conflictwatch_producer_gdelt_lists_total", outcome="unchanged")
        wait_for(
            lambda: first.metric("conflictwatch_producer_gdelt_lists_total", outcome="unchanged") >= lists + 2,
            30,
            "two more polls of the unchanged list",
        )
        assert (files(first, "published"), gdelt.fetched(0)) == (1, [200])

        # the list names an export not on the server yet: tried at every poll, more often than the attempts
        size, md5 = gdelt.export(1)
        slot_1 = gdelt.root / f"{stamp(T0 + Q)}.export.CSV.zip"
        data = slot_1.read_bytes()
        slot_1.unlink()
        gdelt.list(1, size, md5)
        wait_files(first, "missing", ATTEMPTS + 1)
        slot_1.write_bytes(data)
        wait_files(first, "published", 2)
        assert files(first, "skipped") == 0
    finally:
        first.stop(signal.SIGKILL)  # a crash while idle: the position is in Redis

    # while it is down the list jumps ahead: slot 2 is a corrupt zip, slot 3 was never published
    size, _ = gdelt.export(2)
    corrupt = gdelt.root / f"{stamp(T0 + 2 * Q)}.export.CSV.zip"
    corrupt.write_bytes(corrupt.read_bytes()[: size // 2])
    gdelt.export(4)
    gdelt.list(5, *gdelt.export(5))
    second = follower(namespace, gdelt, tmp_path / "follower-2.log").start()
    try:
        wait_files(second, "published", 2)
        assert (files(second, "corrupt"), files(second, "missing"), files(second, "skipped")) == (2, 2, 2)
        assert (gdelt.fetched(2), gdelt.fetched(3)) == ([200] * ATTEMPTS, [404] * ATTEMPTS)

        # the list's md5 disagrees with the export it names: skipped after the attempts, then the next one
        size, _ = gdelt.export(6)
        gdelt.list(6, size, "0" * 32)
        wait_files(second, "skipped", 3)
        gdelt.list(7, *gdelt.export(7))
        wait_files(second, "published", 3)
        assert second.stop(signal.SIGTERM) == 0
    finally:
        second.stop(signal.SIGKILL)

    log = second.log_path.read_text()
    assert f"gdelt: skipped after {ATTEMPTS} attempts: corrupt: {gdelt.base}20240105123000.export.CSV.zip" in log
    assert f"gdelt: skipped after {ATTEMPTS} attempts: missing: {gdelt.base}20240105124500.export.CSV.zip" in log
    assert "md5 " in log
    assert "the list says 00000000000000000000000000000000" in log
    assert "gdelt: missing: " in first.log_path.read_text()

    records = drain_topic(namespace.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"], namespace.env["CONFLICTWATCH_TOPIC_EVENTS"])
    published = Counter(Event.model_validate_json(r.value).source.article_id for r in records)
    expected = {f"gdelt-{1000 + 100 * slot + n}" for slot in (0, 1, 4, 5, 7) for n in range(3)}
    assert set(published) == expected  # no intact export lost, nothing of the skipped ones
    assert max(published.values()) == 1  # none twice
    assert all(gdelt.fetched(slot).count(200) == 1 for slot in (0, 1, 4, 5, 7))  # each fetched once

    key = RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"]).gdelt_position(gdelt.base)
    client = sync_redis(services.redis_url)
    assert client.get(key) == stamp(T0 + 7 * Q).encode()
    assert 0 < client.ttl(key) <= 14 * 86400


def test_the_position_in_redis_only_moves_forward_and_expires(namespace: Namespace, services: Services) -> None:
    client = sync_redis(services.redis_url)
    keys = RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"])
    position = ExportPosition(client, keys, "http://gdelt.test/gdeltv2/", timedelta(hours=1))
    assert position.last() is None
    position.remember(["20240105120000"])
    position.remember(["20240105114500"])  # an older export (a slow restart racing a newer one) never moves it back
    assert position.last() == "20240105120000"
    assert 3500 < client.ttl(keys.gdelt_position("http://gdelt.test/gdeltv2/")) <= 3600
    other = ExportPosition(client, keys, "http://mirror.test/gdeltv2/", timedelta(hours=1))
    assert other.last() is None  # one position per update list
