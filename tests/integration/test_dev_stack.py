"""`conflictwatch dev up`: the demo stack on loopback without Docker delivers the
seed's lull alert to its receiver, and SIGTERM stops everything it started."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.worker import CLI, clean_environ, wait_for

pytestmark = pytest.mark.integration


def test_dev_up_runs_the_seed_to_a_verified_webhook_and_stops_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "stdout"
    with out.open("w") as handle:
        process = subprocess.Popen(
            [*CLI, "dev", "up", "--workdir", str(tmp_path / "stack")],
            env=clean_environ(),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    try:
        receiver_log = tmp_path / "stack" / "receiver.log"
        wait_for(
            lambda: receiver_log.exists() and "after a gap of 8 hours" in receiver_log.read_text(),
            150,
            f"the lull alert at the demo receiver ({out.read_text() if out.exists() else ''})",
        )
        api_url = next(
            line.split("=", 1)[1]
            for line in out.read_text().splitlines()
            if line.startswith("export CONFLICTWATCH_API_URL=")
        )
        assert httpx.get(f"{api_url}/v1/ready", timeout=5).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(90) == 0
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{api_url}/v1/ready", timeout=2)
    finally:
        if process.poll() is None:
            process.kill()
