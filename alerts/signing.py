"""Standard Webhooks signatures, made with the spec's reference library so that
receivers verifying with it (or any conforming library) accept them."""

from __future__ import annotations

import hashlib
from datetime import datetime

from standardwebhooks import Webhook


def message_id(*parts: str) -> str:
    """A stable webhook-id: the same alert state to the same endpoint always gets
    the same id, so receivers can dedupe retries and replays."""
    return "msg_" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def signed_headers(secret: str, msg_id: str, timestamp: datetime, body: str) -> dict[str, str]:
    return {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, timestamp, body),
    }
