"""Debian's redis-server on a loopback port, with AOF as in the compose stack."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from conflictwatch.app.dev.process import ManagedProcess, free_port, require_binary

# Persistence as in the compose stack: append-only file, no RDB snapshots.
PERSISTENCE_ARGS = ("--appendonly", "yes", "--save", "")


class RedisServer:
    def __init__(self, workdir: Path, port: int | None = None, extra_args: Sequence[str] = ()) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.extra_args = list(extra_args)
        self.process: ManagedProcess | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 20.0) -> None:
        binary = require_binary("redis-server", "install it with: apt-get install -y redis-server")
        self.workdir.mkdir(parents=True, exist_ok=True)
        argv = [
            binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--dir",
            str(self.workdir),
            "--appendonly",
            "yes",
            "--save",
            "",
            "--protected-mode",
            "yes",
            *self.extra_args,
        ]
        self.process = ManagedProcess("redis", argv, self.workdir / "redis.log")
        self.process.start()
        self.process.wait_ready(self._ping, timeout)

    def _ping(self) -> bool:
        from conflictwatch.redis_client import sync_redis

        client = sync_redis(self.url, socket_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
