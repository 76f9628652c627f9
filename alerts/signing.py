"""Standard Webhooks signatures, made with the spec's reference library so that
receivers verifying with it (or any conforming library) accept them."""

from __future__ import annotations

import base64
import functools
import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def message_id(*parts: str) -> str:
    """A stable webhook-id: the same alert state to the same subscription always
    gets the same id, so receivers can dedupe retries and replays."""
    return "msg_" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=1024)
def _signer(secret: str) -> Webhook:
    return Webhook(secret)  # decodes the secret once, not for every message


def signed_headers(signing_secrets: Sequence[str], msg_id: str, timestamp: datetime, body: str) -> dict[str, str]:
    """Headers with one `v1,` signature per secret (two during a rotation window:
    the spec's space-delimited list, any one of which a receiver accepts)."""
    signatures = " ".join(_signer(secret).sign(msg_id, timestamp, body) for secret in signing_secrets)
    return {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signatures,
    }
