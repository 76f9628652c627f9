"""Build valid events and alerts for tests with only the fields a test cares about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conflictwatch.models import Alert, Event, Heartbeat, alert_fingerprint

BASE = datetime(2021, 5, 20, tzinfo=UTC)


def event(type: str = "rocket_fire", at: datetime | float = 0.0, **fields: Any) -> Event:
    """`at` is a datetime or hours after 2021-05-20 00:00 UTC."""
    occurred = at if isinstance(at, datetime) else BASE + timedelta(hours=at)
    data: dict[str, Any] = {
        "type": type,
        "theatre": "israel-gaza",
        "occurred_at": occurred.isoformat(),
        "reported_at": (BASE + timedelta(days=2)).isoformat(),
        "source": {"outlet": "Test Wire", "evidence": f"{type} at {occurred.isoformat()}"},
        **fields,
    }
    return Event.model_validate(data)


def heartbeat(start: float, end: float, source: str = "https://wire.example.org/rss", **fields: Any) -> Heartbeat:
    """A source's heartbeat covering `start` to `end` hours after 2021-05-20 00:00 UTC."""
    data: dict[str, Any] = {
        "theatre": "israel-gaza",
        "source": source,
        "producer": "feed",
        "polled_at": (BASE + timedelta(hours=start)).isoformat(),
        "covered_from": (BASE + timedelta(hours=start)).isoformat(),
        "covered_to": (BASE + timedelta(hours=end)).isoformat(),
        "items": 1,
        **fields,
    }
    return Heartbeat.model_validate(data)


def alert(n: int = 0, status: str = "firing", **fields: Any) -> Alert:
    """The n-th distinct alert (its own fingerprint), as the rule engine emits it."""
    start = BASE + timedelta(hours=8 + n)
    data: dict[str, Any] = {
        "fingerprint": alert_fingerprint("rocket_lull_ended", "israel-gaza", start.isoformat()),
        "rule": "rocket_lull_ended",
        "kind": "gap_ended",
        "theatre": "israel-gaza",
        "severity": "warning",
        "status": status,
        "summary": f"Rocket fire resumed in israel-gaza (alert {n})",
        "starts_at": start.isoformat(),
        "triggered_at": start.isoformat(),
        "evidence": [
            {
                "event_id": "ev_" + "0" * 24,
                "type": "rocket_fire",
                "occurred_at": start.isoformat(),
                "sentence": "Rocket fire resumed.",
                "url": "https://wire.example/story",
                "outlet": "Test Wire",
            }
        ],
        "values": {"gap_hours": 8.0},
        "emitted_at": datetime.now(UTC).isoformat(),
        **fields,
    }
    return Alert.model_validate(data)
