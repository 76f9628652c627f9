"""A webhook receiver that verifies Standard Webhooks signatures and logs alerts.

The compose stack runs it as the demo subscriber (`conflictwatch demo-receiver`);
tests run it in-process to see exactly what a subscriber would see.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes
    verified: bool
    payload: dict[str, Any] | None
    at: float  # time.time() on arrival


@dataclass
class ReceiverLog:
    """Everything received; `respond` chooses the status code for each request
    (given how many came before it), so tests can make an endpoint fail, and
    `response_headers` go with every answer (a Location, a Retry-After)."""

    secret: str
    respond: Callable[[int], int] = lambda _count: 204
    response_headers: dict[str, str] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def verified(self) -> list[dict[str, Any]]:
        with self.lock:
            return [r.payload for r in self.requests if r.verified and r.payload is not None]


def _handler(book: ReceiverLog) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: senders reuse their connections
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                payload = Webhook(book.secret).verify(body, headers)
                verified = True
            except WebhookVerificationError:
                payload, verified = None, False
            with book.lock:
                count = len(book.requests)
                book.requests.append(Received(headers, body, verified, payload, time.time()))
            status = book.respond(count) if verified else 401
            if verified and payload is not None:
                kind, summary = (  # native {type, data} or Alertmanager {alerts: [...]}
                    (payload.get("type"), payload.get("data", {}).get("summary"))
                    if "type" in payload
                    else ("alertmanager", payload.get("commonAnnotations", {}).get("summary"))
                )
                log.info("%s %s: %s", kind, headers.get("webhook-id"), summary)
            self.send_response(status)
            for name, value in book.response_headers.items():
                self.send_header(name, value)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops and resets connections when a
    # sender opens its pool's connections at once (16 for one endpoint).
    request_queue_size = 128


class DemoReceiver:
    def __init__(self, secret: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.log = ReceiverLog(secret)
        self.server = _Server((host, port), _handler(self.log))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/hooks/conflictwatch"

    def start(self) -> DemoReceiver:
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
