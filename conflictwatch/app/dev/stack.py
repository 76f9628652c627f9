"""`conflictwatch dev up`: the compose stack's set on loopback, without Docker.

Kafka, Redis and Prometheus (conflictwatch.app.dev.services), then the worker, the
API and the demo receiver as child processes, the receiver subscribed through
the API, and a demo producer replaying events. Grafana is the exception: it is
not a Debian package, so dashboards are viewed through docker compose.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from conflictwatch.app.dev.process import ManagedProcess, free_ports
from conflictwatch.app.dev.services import LocalServices
from conflictwatch.errors import ServiceError

CLI = [sys.executable, "-m", "conflictwatch"]


@dataclass(frozen=True)
class Stack:
    env: dict[str, str]
    worker_metrics: str
    api: str
    receiver: str
    prometheus: str
    token: str

    def replay(self, events: Path) -> None:
        """Produce the events of a JSON-lines file onto the stack's topic (the demo producer)."""
        _run(self.env, "produce", "events", str(events))


def _answers(url: str) -> bool:
    """Any HTTP answer means the server is up (failures to connect raise)."""
    httpx.get(url, timeout=1)
    return True


@contextmanager
def local_stack(workdir: Path, base_env: dict[str, str]) -> Iterator[Stack]:
    token = secrets.token_urlsafe(24)
    secret = "whsec_" + secrets.token_urlsafe(32).replace("-", "A").replace("_", "B")
    with ExitStack() as stack, LocalServices.in_dir(workdir) as services:
        worker_port, api_port, receiver_port = free_ports(3)
        env = {
            **base_env,
            **services.environment(),
            "CONFLICTWATCH_WEB_PORT": str(worker_port),
            "CONFLICTWATCH_API_TOKENS": token,
            "CONFLICTWATCH_API_URL": f"http://127.0.0.1:{api_port}",
            "CONFLICTWATCH_WEBHOOK_ALLOW": "127.0.0.1/32",
        }

        def spawn(name: str, *args: str, ready: str) -> None:
            process = ManagedProcess(name, [*CLI, *args], workdir / f"{name}.log", env=env)
            process.start()
            stack.callback(process.stop)
            process.wait_ready(lambda: _answers(ready), 90)

        receiver_url = f"http://127.0.0.1:{receiver_port}/hooks/conflictwatch"
        spawn("receiver", "demo-receiver", "--port", str(receiver_port), "--secret", secret, ready=receiver_url)
        spawn("api", "api", "--port", str(api_port), ready=f"http://127.0.0.1:{api_port}/v1/ready")
        spawn("worker", "worker", ready=f"http://127.0.0.1:{worker_port}/health")
        services.prometheus.add_target(f"127.0.0.1:{worker_port}", {"process": "worker"})
        services.prometheus.add_target(f"127.0.0.1:{api_port}", {"process": "api"})
        _run(env, "subscribe", receiver_url, "--secret", secret, "--if-absent")
        yield Stack(
            env,
            f"http://127.0.0.1:{worker_port}/metrics",
            env["CONFLICTWATCH_API_URL"],
            receiver_url,
            services.prometheus.url,
            token,
        )


def _run(env: dict[str, str], *args: str) -> None:
    for _ in range(3):
        result = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return
        time.sleep(1)
    raise ServiceError(f"conflictwatch {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
