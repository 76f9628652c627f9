"""The API on the test's own Redis namespace: in-process (TestClient), served
from a thread, or as the `conflictwatch api` process."""

from __future__ import annotations

import ipaddress
import signal
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from alerts.api.app import create_app
from alerts.api.server import server_config
from alerts.demo_receiver import DemoReceiver
from alerts.ssrf import IPAddress, WebhookGuard, system_resolver
from conflictwatch.app.dev.process import free_port
from conflictwatch.settings import Settings
from tests.worker import CLI, Namespace, clean_environ, wait_for

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Names the tests resolve without DNS: one that points into a private network.
TEST_NAMES = {"internal.example": "10.0.0.5"}


async def names_resolver(host: str, port: int) -> list[IPAddress]:
    if host in TEST_NAMES:
        return [ipaddress.ip_address(TEST_NAMES[host])]
    return await system_resolver(host, port)


def api_namespace(namespace: Namespace, **extra: str) -> Namespace:
    return namespace.with_env(CONFLICTWATCH_API_TOKENS=TOKEN, **extra)


@contextmanager
def api_client(namespace: Namespace) -> Iterator[TestClient]:
    settings = namespace.settings()
    app = create_app(settings, guard=WebhookGuard(settings.webhook_allow, names_resolver))
    with TestClient(app, headers=AUTH) as client:
        yield client


@contextmanager
def served(app: FastAPI, settings: Settings) -> Iterator[str]:
    """The app behind uvicorn as `conflictwatch api` configures it, on loopback in a
    thread; yields its base URL."""
    server = uvicorn.Server(server_config(app, settings, "127.0.0.1", free_port()))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: server.started, 30, "the API server to start")
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(30)


class ApiProcess:
    """`conflictwatch api` as a child process on a free loopback port."""

    def __init__(self, namespace: Namespace, log_path: Path) -> None:
        self.port = free_port()
        self.namespace = namespace.with_env(CONFLICTWATCH_API_URL=f"http://127.0.0.1:{self.port}")
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> ApiProcess:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [*CLI, "api", "--port", str(self.port)],
                env={**clean_environ(), **self.namespace.env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for(self._serving, timeout, f"the API on port {self.port} (log: {self.log_path})")
        except BaseException:
            self.stop()  # never leave a half-started API behind
            raise
        return self

    def _serving(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"the API exited with {self.proc.returncode}:\n{self.log_path.read_text()}")
        try:
            return httpx.get(f"http://127.0.0.1:{self.port}/v1/ready", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(30)


@contextmanager
def subscribed_receiver(namespace: Namespace, log_path: Path, secret: str) -> Iterator[tuple[Namespace, DemoReceiver]]:
    """The project's topics created, the API running (webhooks to loopback
    allowed, batches of 100) and a signature-verifying receiver subscribed through
    it; yields the namespace to run workers in, and the receiver."""
    receiver = DemoReceiver(secret).start()
    try:
        api = ApiProcess(
            api_namespace(namespace, CONFLICTWATCH_WEBHOOK_ALLOW="127.0.0.1/32", CONFLICTWATCH_BATCH_SIZE="100"),
            log_path,
        ).start()
        try:
            api.namespace.cli("topics")
            api.namespace.cli("subscribe", receiver.url, "--secret", secret)
            yield api.namespace, receiver
        finally:
            api.stop()
    finally:
        receiver.stop()
