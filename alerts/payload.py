"""Webhook bodies: `{type, timestamp, data}` as the Standard Webhooks spec suggests,
with dot-delimited types such as `alert.firing`."""

from __future__ import annotations

import json
from datetime import datetime

from conflictwatch.models import Alert


def event_type(alert: Alert) -> str:
    return f"alert.{alert.status.value}"


def native_body(alert: Alert, timestamp: datetime) -> str:
    return json.dumps(
        {
            "type": event_type(alert),
            "timestamp": timestamp.isoformat(),
            "data": alert.model_dump(mode="json"),
        },
        separators=(",", ":"),
    )
