"""`conflictwatch dev up`: the demo stack on loopback without Docker delivers the
seed's lull alert to its receiver, and SIGTERM stops everything it started;
`dev services` stops as quietly on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import redis

from conflictwatch.redis_client import sync_redis
from tests.worker import CLI, clean_environ, wait_for

pytestmark = pytest.mark.integration


def exported(output: Path, name: str) -> str:
    """The value an `export NAME=value` line of the command's output gives."""
    return next(line.split("=", 1)[1] for line in output.read_text().splitlines() if line.startswith(f"export {name}="))


def _as_at_a_terminal() -> None:
    """Ctrl-C reaches the command as it does at a terminal: a test run started in the
    background by a shell without job control has SIGINT ignored, and a child inherits
    that (Python then leaves SIGINT ignored, and the test's Ctrl-C would do nothing)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def dev(command: str, workdir: Path, out: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`conflictwatch dev COMMAND` with its output in `out`; stopped if a test leaves it running
    (SIGTERM first, so that it stops the services it started: a SIGKILL would orphan them)."""
    with out.open("w") as handle:
        process = subprocess.Popen(
            [*CLI, "dev", command, "--workdir", str(workdir)],
            env=clean_environ(),
            stdout=handle,
            stderr=subprocess.STDOUT,
            preexec_fn=_as_at_a_terminal,
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_dev_up_runs_the_seed_to_a_verified_webhook_and_stops_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "stdout"
    with dev("up", tmp_path / "stack", out) as process:
        receiver_log = tmp_path / "stack" / "receiver.log"
        wait_for(
            lambda: receiver_log.exists() and "after a gap of 8 hours" in receiver_log.read_text(),
            150,
            f"the lull alert at the demo receiver ({out.read_text() if out.exists() else ''})",
        )
        api_url = exported(out, "CONFLICTWATCH_API_URL")
        assert httpx.get(f"{api_url}/v1/ready", timeout=5).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(90) == 0
        assert out.read_text().splitlines()[-1] == "stopped"
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{api_url}/v1/ready", timeout=2)


def test_ctrl_c_on_dev_services_stops_them_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "output"
    with dev("services", tmp_path / "services", out) as process:
        wait_for(lambda: "Ctrl-C stops them" in out.read_text(), 120, "the services to start")
        redis_url = exported(out, "CONFLICTWATCH_REDIS_URL")
        process.send_signal(signal.SIGINT)
        assert process.wait(90) == 0
        lines = out.read_text().splitlines()
        assert lines[-1] == "stopped"
        assert "Aborted" not in out.read_text()
        with pytest.raises(redis.ConnectionError):
            sync_redis(redis_url, socket_connect_timeout=2).ping()
