"""Malformed messages end in the dead-letter topic with their reason; the worker
goes on with the valid ones and counts both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED_EVENTS
from tests.worker import Namespace, WorkerProcess, read_topic, send_raw, wait_for

pytestmark = pytest.mark.integration


def test_malformed_and_invalid_events_are_dead_lettered_and_the_worker_goes_on(
    namespace: Namespace, tmp_path: Path
) -> None:
    valid = SEED_EVENTS.read_text().splitlines()[0]
    negative = json.loads(valid) | {"counts": {"killed": -3}}
    spoofed = json.loads(valid) | {"event_id": "ev_" + "0" * 24}
    bootstrap = namespace.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"]
    dlq = namespace.env["CONFLICTWATCH_TOPIC_DEAD_LETTERS"]
    worker = WorkerProcess(namespace, tmp_path / "worker.log").start()
    try:
        namespace.cli("topics")
        send_raw(
            bootstrap,
            namespace.env["CONFLICTWATCH_TOPIC_EVENTS"],
            [
                b'{"type": "rocket_fire", ',
                json.dumps(negative).encode(),
                b"\xff\xfe",
                json.dumps(spoofed).encode(),
                valid.encode(),
            ],
        )
        records = read_topic(bootstrap, dlq, expect=4, timeout=60)
        letters = [json.loads(r.value) for r in records]
        assert [letter["reason"] for letter in letters] == [
            "not_json",
            "invalid_event",
            "not_utf8",
            "event_id_mismatch",
        ]
        assert "counts.killed" in letters[1]["detail"]
        assert letters[0]["value"] == '{"type": "rocket_fire", '
        assert letters[2]["value_encoding"] == "base64"
        assert all(letter["offset"] is not None for letter in letters)
        wait_for(
            lambda: worker.metric("conflictwatch_events_consumed_total", type="rocket_fire") == 1,
            30,
            "the valid event after the bad ones",
        )
        for reason in ("not_json", "invalid_event", "not_utf8", "event_id_mismatch"):
            assert worker.metric("conflictwatch_events_rejected_total", reason=reason) == 1
    finally:
        worker.stop()
