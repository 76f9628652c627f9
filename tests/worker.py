"""Test helpers that drive the real processes: the worker, the CLI, topics and /metrics."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
from kafka import KafkaConsumer, KafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from conflictwatch.settings import Settings, load_settings

T = TypeVar("T")
CLI = [sys.executable, "-m", "conflictwatch"]


def clean_environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTWATCH_")}


@dataclass(frozen=True)
class Namespace:
    tag: str
    env: dict[str, str]

    def with_env(self, **extra: str) -> Namespace:
        return Namespace(self.tag, {**self.env, **extra})

    def settings(self) -> Settings:
        return load_settings(**{k.removeprefix("CONFLICTWATCH_").lower(): v for k, v in self.env.items()})

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*CLI, *args], env={**clean_environ(), **self.env}, capture_output=True, text=True, timeout=120
        )
        if check and result.returncode != 0:
            raise AssertionError(f"conflictwatch {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result


def wait_for(probe: Callable[[], T | None], timeout: float, what: str, interval: float = 0.2) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class WorkerProcess:
    """`conflictwatch worker` (or another long-running command serving /metrics on
    `port`, such as `produce gdelt --follow`) as a child process, with its log kept
    for failures."""

    def __init__(
        self,
        namespace: Namespace,
        log_path: Path,
        args: tuple[str, ...] = ("worker",),
        port: int | None = None,
        command: tuple[str, ...] = tuple(CLI),
    ) -> None:
        self.namespace = namespace
        self.log_path = log_path
        self.args = args
        self.command = command
        self.port = port or int(namespace.env["CONFLICTWATCH_WEB_PORT"])
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/metrics"

    def start(self, timeout: float = 60) -> WorkerProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [*self.command, *self.args],
            env={**clean_environ(), **self.namespace.env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        try:
            wait_for(self._serving, timeout, f"the /metrics of {' '.join(self.args)} (log: {self.log_path})")
        except BaseException:
            self.stop(signal.SIGKILL)  # never leave a half-started worker behind
            raise
        return self

    def _serving(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"{' '.join(self.args)} exited with {self.proc.returncode}:\n{self.log_tail()}")
        try:
            return httpx.get(self.metrics_url, timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def metrics(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        text = httpx.get(self.metrics_url, timeout=5).text
        return {
            (sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        }

    def total(self, name: str) -> float:
        """A metric summed over all its label values."""
        return sum(v for (sample, _), v in self.metrics().items() if sample == name)

    def metric(self, name: str, **labels: str) -> float:
        return self.metrics().get((name, tuple(sorted(labels.items()))), 0.0)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout)

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def read_topic(bootstrap: str, topic: str, expect: int, timeout: float = 30) -> list[Any]:
    """Read a topic from the beginning until `expect` records arrived (or time is up)."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=500,
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < expect and time.monotonic() < deadline:
            records.extend(consumer)
    finally:
        consumer.close()
    return records


def send_raw(bootstrap: str, topic: str, values: list[bytes], key: bytes = b"israel-gaza") -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, max_request_size=16_000_000)
    try:
        for value in values:
            producer.send(topic, key=key, value=value)
        producer.flush()
    finally:
        producer.close()


def drain_topic(bootstrap: str, topic: str, idle: float = 3.0, timeout: float = 120) -> list[Any]:
    """Everything on a topic, read until nothing new came for `idle` seconds."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=int(idle * 1000),
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            before = len(records)
            records.extend(consumer)
            if len(records) == before and records:
                break
    finally:
        consumer.close()
    return records
