"""How `conflictwatch api` serves the app: uvicorn, with the limits a public API needs.

- A connection limit (uvicorn's `limit_concurrency`): beyond
  CONFLICTWATCH_API_MAX_CONNECTIONS connections or requests in progress, a new
  request is answered 503 at once.
- A read deadline: a request, head and body, must arrive within
  CONFLICTWATCH_API_READ_TIMEOUT of the connection opening or of the previous
  answer, else the connection is closed. uvicorn has no such timeout: its
  keep-alive timer starts only after an answer and stops at any byte received,
  so a client that sends headers and then never finishes its body (or trickles
  its headers) would hold a connection for ever.
- The body size limit is the app's (see create_app).
"""

from __future__ import annotations

import asyncio

import h11
import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

from conflictwatch.settings import Settings


def read_deadline_protocol(read_timeout: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request has not arrived
    whole within `read_timeout` seconds."""

    class ReadDeadlineProtocol(H11Protocol):
        deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()  # for the next request on this connection

        def connection_lost(self, exc: Exception | None) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            self.deadline = self.loop.call_later(read_timeout, self._expire)

        def _expire(self) -> None:
            if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
                self.logger.info("request not received whole within %g s; connection closed", read_timeout)
                self.transport.close()

    return ReadDeadlineProtocol


def server_config(app: FastAPI, settings: Settings, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=settings.log_level.lower(),
        http=read_deadline_protocol(settings.api_read_timeout),
        limit_concurrency=settings.api_max_connections,
    )
