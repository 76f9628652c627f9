"""A dependency that does not answer gets a sentence, not a traceback: one-shot
commands name the setting and exit 1; the worker waits for the broker, saying so."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.services import Services
from tests.worker import CLI, Namespace, clean_environ, wait_for

pytestmark = pytest.mark.integration

FEED = ROOT / "tests" / "data" / "feeds" / "wire.rss"


def test_a_feed_poll_with_redis_not_answering_names_the_setting_and_hides_the_password(
    services: Services, namespace: Namespace
) -> None:
    result = namespace.with_env(CONFLICTWATCH_REDIS_URL="redis://:s3cret@127.0.0.1:1/0").cli(
        "produce", "feed", str(FEED), check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "s3cret" not in result.stdout + result.stderr
    assert result.stderr.startswith(
        "Error: CONFLICTWATCH_REDIS_URL=redis://:***@127.0.0.1:1/0: Redis did not answer (Error 111 connecting to"
    )


def test_the_worker_waits_for_a_broker_that_does_not_answer_and_stops_on_sigterm(
    namespace: Namespace, tmp_path: Path
) -> None:
    log = tmp_path / "worker.log"
    env = {**clean_environ(), **namespace.env, "CONFLICTWATCH_KAFKA_BOOTSTRAP": "127.0.0.1:1"}
    with log.open("wb") as out:
        worker = subprocess.Popen([*CLI, "worker"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: log.read_text().count("waiting for Kafka") >= 2, 60, "two waits logged")
        assert worker.poll() is None
        assert "CONFLICTWATCH_KAFKA_BOOTSTRAP=127.0.0.1:1: no Kafka broker answered" in log.read_text()
        health = httpx.get(f"http://127.0.0.1:{namespace.env['CONFLICTWATCH_WEB_PORT']}/health", timeout=5)
        assert health.status_code == 503
        assert health.json()["status"] == "waiting"
        assert health.json()["for"] == "kafka"
        assert "no Kafka broker answered" in health.json()["reason"]
        assert "Traceback" not in log.read_text()
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
