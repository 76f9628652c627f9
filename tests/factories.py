"""Build valid events for unit tests with only the fields a test cares about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conflictwatch.models import Event

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
