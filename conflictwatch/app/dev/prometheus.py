"""Debian's prometheus on a loopback port, scraping targets listed in a file
(file_sd), so tests and `dev services` can add their processes while it runs."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from conflictwatch.app.dev.process import ManagedProcess, free_port, require_binary

SCRAPE_INTERVAL = "1s"


def prometheus_config(targets_file: Path) -> str:
    return (
        "global:\n"
        f"  scrape_interval: {SCRAPE_INTERVAL}\n"
        f"  evaluation_interval: {SCRAPE_INTERVAL}\n"
        "scrape_configs:\n"
        "  - job_name: conflictwatch\n"
        "    file_sd_configs:\n"
        f"      - files: ['{targets_file}']\n"
        "        refresh_interval: 1s\n"
    )


class PrometheusServer:
    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.targets_file = workdir / "targets.json"
        self.process: ManagedProcess | None = None
        self._targets: dict[str, dict[str, str]] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0, config_text: str | None = None) -> None:
        """Start with the file_sd configuration, or with `config_text` (rule files it
        names are looked up in the work directory)."""
        binary = require_binary("prometheus", "install it with: apt-get install -y prometheus")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._write_targets()
        config = self.workdir / "prometheus.yml"
        config.write_text(config_text or prometheus_config(self.targets_file))
        argv = [
            binary,
            f"--config.file={config}",
            f"--storage.tsdb.path={self.workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--log.level=warn",
        ]
        self.process = ManagedProcess("prometheus", argv, self.workdir / "prometheus.log")
        self.process.start()
        self.process.wait_ready(self._ready, timeout)

    def _ready(self) -> bool:
        return httpx.get(f"{self.url}/-/ready", timeout=1).status_code == 200

    def add_target(self, address: str, labels: dict[str, str]) -> None:
        self._targets[address] = labels
        self._write_targets()

    def remove_target(self, address: str) -> None:
        self._targets.pop(address, None)
        self._write_targets()

    def _write_targets(self) -> None:
        groups = [{"targets": [address], "labels": labels} for address, labels in self._targets.items()]
        tmp = self.targets_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(groups))
        tmp.replace(self.targets_file)

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
