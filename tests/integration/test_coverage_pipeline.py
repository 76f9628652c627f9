"""Coverage through the real services: heartbeats and events published by the
producers' own publisher onto Kafka, the worker process reading both, its state
in Redis, and the alerts delivered as signed webhooks.

Two theatres, one worker: in one the feed stops for longer than the lull
threshold while rocket reports stop too (no lull, coverage lost, then its
return); in the other the feed stays alive and the lull fires as it always did,
saying its coverage."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from alerts.demo_receiver import DemoReceiver
from conflictwatch.models import Event, Heartbeat
from producers.coverage import poll_heartbeats
from producers.publisher import EventPublisher
from producers.sinks import KafkaSink
from tests.api import ApiProcess, api_namespace
from tests.factories import BASE, event
from tests.worker import Namespace, WorkerProcess, wait_for

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
DEAD, ALIVE = "israel-gaza", "lebanon-israel"
FEED = "https://wire.example.org/rss"


def polls(theatre: str, hours: list[float]) -> list[Heartbeat]:
    """The feed polled hourly at these hours: each poll covers until two polls later."""
    return [
        beat
        for at in hours
        for beat in poll_heartbeats(
            source=FEED,
            producer="feed",
            theatres=[theatre],
            polled_at=BASE + timedelta(hours=at),
            interval=3600,
            items=3,
            last_item_at=BASE + timedelta(hours=at),
        )
    ]


def rockets(theatre: str, hours: list[float]) -> list[Event]:
    return [event(at=at, theatre=theatre) for at in hours]


def delivered(receiver: DemoReceiver) -> list[tuple[str, str, str]]:
    return [(p["data"]["theatre"], p["data"]["rule"], p["data"]["status"]) for p in receiver.log.verified()]


def data(receiver: DemoReceiver, theatre: str, rule: str) -> list[dict[str, Any]]:
    return [p["data"] for p in receiver.log.verified() if (p["data"]["theatre"], p["data"]["rule"]) == (theatre, rule)]


def test_a_dead_feed_makes_no_lull_but_coverage_lost_and_its_return_while_a_live_one_lulls_as_before(
    namespace: Namespace, tmp_path: Path
) -> None:
    receiver = DemoReceiver(SECRET).start()
    api = ApiProcess(api_namespace(namespace, CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32"), tmp_path / "api.log")
    ns = api.namespace
    worker = WorkerProcess(ns, tmp_path / "worker.log")
    try:
        api.start()
        worker.start()
        ns.cli("subscribe", receiver.url, "--secret", SECRET)
        with EventPublisher(ns.settings()) as publisher:
            sink = KafkaSink(publisher)
            # Both feeds alive, rockets at 01:00 and 02:00.
            sink.beat(polls(DEAD, [0, 1, 2]) + polls(ALIVE, [0, 1, 2]))
            sink.send(rockets(DEAD, [1, 2]) + rockets(ALIVE, [1, 2]))
            wait_for(
                lambda: (
                    worker.total("conflictwatch_heartbeats_consumed_total") == 6
                    and worker.total("conflictwatch_events_consumed_total") == 4
                ),
                60,
                "the first hours to be consumed",
            )
            # One feed is dead from 02:00 (its last poll covers until 04:00) to 12:00; the
            # other is polled every hour. The polls are read before the rockets of 12:30,
            # as a live feed's are: each poll vouches for the hours after it.
            sink.beat(polls(ALIVE, [float(h) for h in range(3, 14)]) + polls(DEAD, [12]))
            wait_for(lambda: worker.total("conflictwatch_heartbeats_consumed_total") == 18, 60, "the later polls")
            sink.send(rockets(ALIVE, [12.5]) + rockets(DEAD, [12.5]))

        wait_for(lambda: len(data(receiver, DEAD, "coverage_lost")) == 2, 90, "coverage lost and returned")
        wait_for(lambda: data(receiver, ALIVE, "rocket_lull_ended"), 60, "the live feed's lull")
        wait_for(lambda: worker.total("conflictwatch_events_consumed_total") == 6, 30, "every rocket")
        # one batch fires and resolves it; the two deliveries may arrive in either order
        lost, back = sorted(data(receiver, DEAD, "coverage_lost"), key=lambda a: a["status"] != "firing")
        assert (lost["status"], back["status"]) == ("firing", "resolved")
        assert lost["fingerprint"] == back["fingerprint"]
        assert "Coverage of israel-gaza lost at 2021-05-20 04:00 UTC" in lost["summary"]
        assert back["summary"] == "Coverage of israel-gaza returned at 2021-05-20 12:00 UTC after 8 hours without."
        assert data(receiver, DEAD, "rocket_lull_ended") == []
        assert data(receiver, DEAD, "rocket_lull_started") == []

        [resumed] = data(receiver, ALIVE, "rocket_lull_ended")
        assert resumed["values"]["gap_hours"] == 10.5
        assert resumed["coverage"]["basis"] == "heartbeats"
        assert resumed["coverage"]["summary"] == "1 of 1 source live throughout the 10.5 hours"
        assert resumed["summary"].endswith("; 1 of 1 source live throughout the 10.5 hours.")
        assert sorted(a["status"] for a in data(receiver, ALIVE, "rocket_lull_started")) == ["firing", "resolved"]
        assert data(receiver, ALIVE, "coverage_lost") == []

        wait_for(
            lambda: (
                worker.metric("conflictwatch_coverage_sources_live", theatre=ALIVE) == 1
                and worker.metric("conflictwatch_coverage_sources", theatre=DEAD) == 1
            ),
            30,
            "the coverage gauges",
        )
        # the 24 hours before the watermark (12:30): covered from 00:00
        assert worker.metric("conflictwatch_coverage_share", theatre=ALIVE, window="24h") == round(12.5 / 24, 4)
    finally:
        worker.stop()
        api.stop()
        receiver.stop()
