"""Webhook bodies: the native envelope and the Alertmanager webhook v4 shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from alerts.payload import PayloadFormat, alert_body, ping_body
from tests.alertmanager import assert_alertmanager_v4
from tests.factories import alert

NOW = datetime(2021, 5, 20, 8, 0, 5, tzinfo=UTC)


def test_native_body_is_type_timestamp_and_the_alert() -> None:
    firing = alert()
    body = json.loads(alert_body(firing, PayloadFormat.NATIVE, "sub_x", NOW, "http://api"))
    assert body["type"] == "alert.firing"
    assert body["timestamp"] == "2021-05-20T08:00:05Z"
    assert body["data"] == firing.model_dump(mode="json")
    assert body["links"] == {"feedback": f"http://api/v1/alerts/{firing.fingerprint}/feedback"}


def test_alertmanager_body_has_the_v4_shape_and_maps_our_statuses() -> None:
    firing = json.loads(alert_body(alert(), PayloadFormat.ALERTMANAGER, "sub_x", NOW, "http://api:8080"))
    assert_alertmanager_v4(firing)
    [entry] = firing["alerts"]
    assert entry["status"] == "firing"
    assert entry["endsAt"] == "0001-01-01T00:00:00Z"
    assert entry["labels"] == {
        "alertname": "rocket_lull_ended",
        "rule": "rocket_lull_ended",
        "theatre": "israel-gaza",
        "severity": "warning",
    }
    assert entry["annotations"]["summary"].startswith("Rocket fire resumed")
    assert entry["annotations"]["feedback_url"] == f"http://api:8080/v1/alerts/{entry['fingerprint']}/feedback"
    assert entry["generatorURL"] == "https://wire.example/story"
    assert firing["receiver"] == "sub_x"
    assert firing["externalURL"] == "http://api:8080"

    retracted = json.loads(alert_body(alert(status="retracted"), PayloadFormat.ALERTMANAGER, "sub_x", NOW, ""))
    assert retracted["status"] == "resolved"
    assert retracted["alerts"][0]["annotations"]["status"] == "retracted"
    assert retracted["alerts"][0]["endsAt"] != "0001-01-01T00:00:00Z"


def test_a_ping_is_a_subscription_test_in_either_format() -> None:
    native = json.loads(ping_body(PayloadFormat.NATIVE, "sub_x", NOW, ""))
    assert native["type"] == "subscription.test"
    assert native["data"]["subscription_id"] == "sub_x"
    assert_alertmanager_v4(json.loads(ping_body(PayloadFormat.ALERTMANAGER, "sub_x", NOW, "")))
