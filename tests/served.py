"""A folder served over HTTP on 127.0.0.1 for the producers' tests (a feed, a
GDELT of our own): its files can change between requests, and every request is
recorded with its status."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from conflictwatch.app.dev.process import free_port


class ServedFolder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[tuple[str, int]] = []  # (path, status)
        handler = partial(_RecordingHandler, directory=str(root), record=self.requests)
        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _RecordingHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, record: list[tuple[str, int]], **kwargs: Any) -> None:
        self.record = record
        super().__init__(*args, **kwargs)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.record.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, format: str, *args: Any) -> None:
        pass
