"""Hostile and malformed messages end in the dead-letter topic with their reason
and a metric; the worker goes on with the valid ones."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED_EVENTS
from tests.worker import Namespace, WorkerProcess, read_topic, send_raw, wait_for

pytestmark = pytest.mark.integration

VALID = json.loads(SEED_EVENTS.read_text().splitlines()[0])
TEN_MB = b'{"type": "rocket_fire", "padding": "' + b"x" * 10_000_000 + b'"}'


def variant(**changes: Any) -> bytes:
    return json.dumps(VALID | changes).encode()


HOSTILE: list[tuple[str, bytes, str]] = [
    ("truncated JSON", b'{"type": "rocket_fire", ', "not_json"),
    ("wrong type", variant(counts={"killed": "many"}), "invalid_event"),
    ("unknown event type", variant(type="alien_landing"), "invalid_event"),
    ("missing fields", b'{"type": "rocket_fire"}', "invalid_event"),
    ("a 10 MB message", TEN_MB, "too_large"),
    ("NaN count", json.dumps(VALID | {"counts": {"killed": float("nan")}}).encode(), "invalid_event"),
    ("negative count", variant(counts={"killed": -3}), "invalid_event"),
    ("the year 9999", variant(occurred_at="9999-01-01T00:00:00Z"), "invalid_event"),
    ("before 1900", variant(occurred_at="1899-12-31T00:00:00Z"), "invalid_event"),
    ("invalid UTF-8", b"\xff\xfe{}", "not_utf8"),
    ("deeply nested JSON", b"[" * 100_000 + b"]" * 100_000, "not_json"),
    ("a spoofed event id", variant(event_id="ev_" + "0" * 24), "event_id_mismatch"),
    ("a JSON array", b"[1, 2, 3]", "invalid_event"),
]


def test_every_hostile_message_is_dead_lettered_with_its_reason_and_the_worker_goes_on(
    namespace: Namespace, tmp_path: Path
) -> None:
    bootstrap = namespace.env["CONFLICTWATCH_KAFKA_BOOTSTRAP"]
    worker = WorkerProcess(namespace, tmp_path / "worker.log").start()
    try:
        namespace.cli("topics")
        send_raw(
            bootstrap,
            namespace.env["CONFLICTWATCH_TOPIC_EVENTS"],
            [raw for _, raw, _ in HOSTILE] + [json.dumps(VALID).encode()],
        )
        records = read_topic(bootstrap, namespace.env["CONFLICTWATCH_TOPIC_DEAD_LETTERS"], len(HOSTILE), 90)
        letters = [json.loads(r.value) for r in records]
        assert [(name, letter["reason"]) for (name, _, _), letter in zip(HOSTILE, letters, strict=True)] == [
            (name, reason) for name, _, reason in HOSTILE
        ]
        for (_, raw, _), letter in zip(HOSTILE, letters, strict=True):
            assert letter["size"] == len(raw)
            assert letter["sha256"] == hashlib.sha256(raw).hexdigest()
            assert letter["offset"] is not None
            assert letter["detail"]
        by_name = {name: letter for (name, _, _), letter in zip(HOSTILE, letters, strict=True)}
        assert by_name["truncated JSON"]["value"] == '{"type": "rocket_fire", '
        assert by_name["a 10 MB message"]["truncated"] is True
        assert by_name["invalid UTF-8"]["value_encoding"] == "base64"
        assert "counts.killed" in by_name["negative count"]["detail"]
        wait_for(
            lambda: (
                worker.metric("conflictwatch_events_consumed_total", theatre="israel-gaza", type="rocket_fire") == 1
            ),
            30,
            "the valid event after the hostile ones",
        )
        for reason in {reason for _, _, reason in HOSTILE}:
            expected = sum(1 for _, _, r in HOSTILE if r == reason)
            assert worker.metric("conflictwatch_events_rejected_total", reason=reason) == expected
    finally:
        worker.stop()
