"""Webhook bodies.

`native`: `{type, timestamp, data}` as the Standard Webhooks spec suggests, with
dot-delimited types (`alert.firing`, `alert.resolved`, `alert.corrected`,
`alert.retracted`, `subscription.test`) and the alert contract as `data`.

`alertmanager`: the Alertmanager webhook (version 4) JSON, so receivers written
for Alertmanager work unchanged. Alertmanager knows only firing and resolved:
a correction is firing, a retraction resolved, and the exact status is in the
`status` annotation.

Both carry where to say whether the alert was useful (`POST` a verdict there):
`links.feedback` in the native envelope, the `feedback_url` annotation in
Alertmanager's. A silence alert's coverage (`data.coverage` in the native
envelope) is the `coverage` annotation in Alertmanager's: its summary and basis.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from conflictwatch.models import Alert, AlertStatus, Severity

ALERTMANAGER_ZERO_TIME = "0001-01-01T00:00:00Z"
TEST_ALERT_NAME = "ConflictwatchSubscriptionTest"


class PayloadFormat(StrEnum):
    NATIVE = "native"
    ALERTMANAGER = "alertmanager"


class WebhookType(StrEnum):
    ALERT_FIRING = "alert.firing"
    ALERT_RESOLVED = "alert.resolved"
    ALERT_CORRECTED = "alert.corrected"
    ALERT_RETRACTED = "alert.retracted"
    SUBSCRIPTION_TEST = "subscription.test"


def webhook_type(alert: Alert) -> WebhookType:
    return WebhookType(f"alert.{alert.status.value}")


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, separators=(",", ":"))


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _alertmanager(alerts: list[dict[str, Any]], receiver: str, external_url: str) -> dict[str, Any]:
    labels = alerts[0]["labels"]
    return {
        "version": "4",
        "groupKey": "{}:{" + ", ".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}",
        "truncatedAlerts": 0,
        "status": alerts[0]["status"],
        "receiver": receiver,
        "groupLabels": dict(labels),
        "commonLabels": dict(labels),
        "commonAnnotations": dict(alerts[0]["annotations"]),
        "externalURL": external_url,
        "alerts": alerts,
    }


def feedback_url(external_url: str, fingerprint: str) -> str:
    return f"{external_url.rstrip('/')}/v1/alerts/{fingerprint}/feedback"


def alert_body(alert: Alert, fmt: PayloadFormat, receiver: str, timestamp: datetime, external_url: str) -> str:
    feedback = feedback_url(external_url, alert.fingerprint)
    if fmt is PayloadFormat.NATIVE:
        return _json(
            {
                "type": webhook_type(alert).value,
                "timestamp": _iso(timestamp),
                "data": alert.model_dump(mode="json"),
                "links": {"feedback": feedback},
            }
        )
    firing = alert.status in (AlertStatus.FIRING, AlertStatus.CORRECTED)
    ends_at = alert.ends_at or (None if firing else alert.emitted_at)
    entry = {
        "status": "firing" if firing else "resolved",
        "labels": {"alertname": alert.rule, **alert.labels()},
        "annotations": {"summary": alert.summary, "status": alert.status.value, "feedback_url": feedback}
        | ({"coverage": f"{alert.coverage.summary} ({alert.coverage.basis})"} if alert.coverage else {}),
        "startsAt": _iso(alert.starts_at),
        "endsAt": _iso(ends_at) if ends_at else ALERTMANAGER_ZERO_TIME,
        "generatorURL": next((e.url for e in alert.evidence if e.url), ""),
        "fingerprint": alert.fingerprint,
    }
    return _json(_alertmanager([entry], receiver, external_url))


def ping_body(fmt: PayloadFormat, receiver: str, timestamp: datetime, external_url: str) -> str:
    message = "conflictwatch test ping: this endpoint is subscribed"
    if fmt is PayloadFormat.NATIVE:
        data = {"subscription_id": receiver, "message": message}
        return _json({"type": WebhookType.SUBSCRIPTION_TEST.value, "timestamp": _iso(timestamp), "data": data})
    entry = {
        "status": "firing",
        "labels": {"alertname": TEST_ALERT_NAME, "severity": Severity.INFO.value},
        "annotations": {"summary": message, "status": "test"},
        "startsAt": _iso(timestamp),
        "endsAt": ALERTMANAGER_ZERO_TIME,
        "generatorURL": "",
        "fingerprint": "0000000000000000",
    }
    return _json(_alertmanager([entry], receiver, external_url))
