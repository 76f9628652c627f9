"""The worker's Faust app: its aiokafka consumer built with the short fetch wait
(conflictwatch.kafka_consumer says why; Faust's own would wait 1.5 s), its data directory from the settings."""

from __future__ import annotations

import asyncio
from pathlib import Path

from conflictwatch.faust_app import create_app
from conflictwatch.kafka_consumer import FETCH_MAX_WAIT_MS
from conflictwatch.settings import Settings


def test_the_worker_consumer_asks_the_broker_to_hold_a_fetch_for_at_most_the_short_wait() -> None:
    async def build() -> int:
        app = create_app(Settings())
        consumer = app.consumer._thread._create_worker_consumer(app.transport)
        wait: int = consumer._fetch_max_wait_ms  # what the consumer's fetcher is built with when it starts
        return wait

    assert asyncio.run(build()) == FETCH_MAX_WAIT_MS < 1500


def test_the_worker_keeps_faust_data_where_the_settings_say(tmp_path: Path) -> None:
    """Tests and containers point it at a directory of their own; unset, Faust's default stays."""
    assert create_app(Settings(data_dir=tmp_path / "faust")).conf.datadir == tmp_path / "faust"
    assert create_app(Settings(app_id="cw-x")).conf.datadir == Path("cw-x-data")
