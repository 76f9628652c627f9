"""/health while the worker waits for Kafka. Faust's web server starts only once the
broker answers; until then the same port answers 503 with what the worker waits for,
so a probe sees a reason instead of a refused connection."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from conflictwatch.errors import ConfigError


class WaitingHealth:
    def __init__(self, host: str, port: int) -> None:
        self.since = time.time()
        self.reason = "starting"
        try:
            self._server = ThreadingHTTPServer((host, port), self._handler())
        except OSError as exc:
            raise ConfigError(
                [("CONFLICTWATCH_WEB_PORT", str(port), f"cannot listen on {host}:{port} ({exc})")]
            ) from exc
        self._thread = threading.Thread(target=self._server.serve_forever, name="waiting-health", daemon=True)

    def waiting(self, reason: str) -> None:
        self.reason = reason

    def __enter__(self) -> WaitingHealth:
        self._thread.start()
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()  # the port is free for Faust's web server
        self._thread.join()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        health = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != "/health":
                    self.send_error(404, "only /health answers while the worker waits for Kafka")
                    return
                body = json.dumps(
                    {
                        "status": "waiting",
                        "for": "kafka",
                        "reason": health.reason,
                        "since": health.since,
                        "seconds": round(time.time() - health.since, 1),
                    }
                ).encode()
                self.send_response(503)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # probes every few seconds would flood the worker's log

        return Handler
