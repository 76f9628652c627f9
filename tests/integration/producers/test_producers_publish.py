"""Every producer through the real Kafka (and Redis for the feed): what lands on
the events topic is what the producers' functions give, keyed by theatre."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from conflictwatch.app.dev.process import free_port
from conflictwatch.models import Event
from conflictwatch.redis_client import sync_redis
from conflictwatch.redis_keys import RedisKeys
from producers.extract import ArticleMeta, extract
from producers.simulate import simulate
from tests.conftest import SEED_EVENTS
from tests.served import ServedFolder
from tests.services import Services
from tests.worker import CLI, Namespace, clean_environ, read_topic, wait_for

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[2] / "data"
SEED = DATA / "gold" / "seed-2021-05-20.txt"


def events_on_topic(namespace: Namespace, expect: int, timeout: float = 30) -> list[Event]:
    records = read_topic(
        namespace.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"], namespace.env["CONFLICTWATCH_TOPIC_EVENTS"], expect, timeout
    )
    for record in records:
        assert record.key == json.loads(record.value)["theatre"].encode()
    return [Event.model_validate_json(r.value) for r in records]


def test_an_article_is_extracted_and_published(namespace: Namespace) -> None:
    result = namespace.cli(
        "produce", "article", str(SEED), "--published", "2021-05-20T14:30:00Z", "--outlet", "Reuters"
    )
    expected = extract(
        SEED.read_text(), ArticleMeta(published=datetime(2021, 5, 20, 14, 30, tzinfo=UTC), outlet="Reuters")
    )
    assert f"1 articles: {len(expected)} events, {len(expected)} sent" in result.stdout
    published = events_on_topic(namespace, len(expected))
    assert sorted(e.id for e in published) == sorted(e.id for e in expected)
    assert {e.source.outlet for e in published} == {"Reuters"}


class _Feed(ServedFolder):
    """A feed served on 127.0.0.1 whose items can be changed between polls."""

    @property
    def url(self) -> str:
        return self.base + "wire.rss"

    def write(self, text: str) -> None:
        (self.root / "wire.rss").write_text(text)


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[_Feed]:
    served = _Feed(tmp_path)
    yield served
    served.close()


NEW_ITEM = """<item><title>Strikes</title><link>https://wire.example.org/a/strikes</link>
<guid>https://wire.example.org/a/strikes</guid><pubDate>Thu, 20 May 2021 18:00:00 GMT</pubDate>
<description>Israel carried out over a dozen air strikes on Gaza after midnight.</description></item>"""


def test_a_restarted_feed_producer_publishes_nothing_twice(
    namespace: Namespace, services: Services, feed: _Feed
) -> None:
    original = (DATA / "feeds" / "wire.rss").read_text()
    feed.write(original)
    first = namespace.cli("produce", "feed", feed.url)
    assert "3 entries, 3 new: 4 events" in first.stdout
    assert "no published or updated time" in first.stderr
    assert len(events_on_topic(namespace, 4)) == 4

    restarted = namespace.cli("produce", "feed", feed.url)
    assert "3 entries, 0 new: 0 events" in restarted.stdout

    feed.write(original.replace("</channel>", NEW_ITEM + "</channel>"))
    updated = namespace.cli("produce", "feed", feed.url)
    assert "4 entries, 1 new: 1 events" in updated.stdout
    published = events_on_topic(namespace, 5)
    assert len(published) == 5
    assert published[-1].counts.strikes == 12

    key = RedisKeys(namespace.env["CONFLICTWATCH_REDIS_PREFIX"]).feed_seen(feed.url)
    client = sync_redis(services.redis_url)
    assert client.scard(key) == 4
    assert 0 < client.ttl(key) <= 14 * 86400


def test_acled_and_gdelt_imports_publish_the_mappable_rows(namespace: Namespace) -> None:
    acled = namespace.cli("import", "acled", str(DATA / "datasets" / "acled-sample.csv"), "--theatre", "israel-gaza")
    assert "11 rows: 6 events sent" in acled.stdout
    assert "bad_coordinates: 1, 0 fatalities (e.g. line 10" in acled.stdout
    assert "fatalities: 4 in the file, 4 carried by the events sent to " in acled.stdout
    gdelt = namespace.cli(
        "import", "gdelt", str(DATA / "datasets" / "gdelt-sample.export.tsv"), "--theatre", "israel-gaza"
    )
    assert "10 rows: 6 events sent" in gdelt.stdout
    published = events_on_topic(namespace, 12)
    assert len(published) == 12
    assert sum(e.source.extractor.startswith("acled/") for e in published) == 6


def test_replay_at_speed_keeps_event_time_order_and_pace(namespace: Namespace) -> None:
    lines = SEED_EVENTS.read_text().splitlines()
    events = [Event.model_validate_json(line) for line in lines]
    span = max(e.timestamp for e in events) - min(e.timestamp for e in events)
    started = time.monotonic()
    result = namespace.cli("produce", "events", str(SEED_EVENTS), "--speed", str(span / 2))
    elapsed = time.monotonic() - started
    assert f"published {len(events)} events" in result.stdout
    assert elapsed >= 2
    published = events_on_topic(namespace, len(events))
    assert [e.timestamp for e in published] == sorted(e.timestamp for e in events)


def test_a_simulated_war_is_published_deterministically(namespace: Namespace) -> None:
    result = namespace.cli("simulate", "--events", "60", "--seed", "5")
    assert "60 events sent" in result.stdout
    published = events_on_topic(namespace, 60)
    assert sorted(e.id for e in published) == sorted(e.id for e in simulate(events=60, seed=5))


def test_a_polling_feed_producer_serves_its_metrics_and_stops_on_sigterm(namespace: Namespace, feed: _Feed) -> None:
    feed.write((DATA / "feeds" / "wire.rss").read_text())
    port = free_port()
    proc = subprocess.Popen(
        [*CLI, "produce", "feed", feed.url, "--interval", "1", "--metrics-port", str(port)],
        env={**clean_environ(), **namespace.env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:

        def polled_twice() -> bool:
            try:
                text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1).text
            except httpx.HTTPError:
                return False
            samples = {
                (s.name, tuple(s.labels.items())): s.value
                for family in text_string_to_metric_families(text)
                for s in family.samples
            }
            new = samples.get(("conflictwatch_producer_feed_entries_total", (("outcome", "new"),)), 0)
            seen = samples.get(("conflictwatch_producer_feed_entries_total", (("outcome", "seen"),)), 0)
            return new == 3 and seen >= 3

        wait_for(polled_twice, 60, "two polls counted on /metrics")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(events_on_topic(namespace, 4)) == 4
