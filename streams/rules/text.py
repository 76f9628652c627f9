"""How alert summaries write times and durations: UTC, to the minute."""

from __future__ import annotations

from datetime import UTC, datetime

from conflictwatch.models import Event, TimePrecision


def utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def when(ts: float) -> str:
    return utc(ts).strftime("%Y-%m-%d %H:%M UTC")


def when_reported(event: Event) -> str:
    """An event's time as precise as its report: a day-precise date has no hour."""
    if event.time_precision is TimePrecision.DAY:
        return f"on {utc(event.timestamp).date().isoformat()}"
    return f"for {when(event.timestamp)}"


def hours(seconds: float) -> str:
    """'8 hours', '5.5 hours', '1 hour'."""
    value = seconds / 3600
    text = f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"
    return f"{text} hour" if text == "1" else f"{text} hours"


def sources(count: int) -> str:
    return "one source" if count == 1 else f"{count} independent sources"
