"""`backtest --plot`: event counts per hour by type, with the alerts marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from conflictwatch.app.plotting import pyplot
from conflictwatch.errors import ConflictwatchError
from conflictwatch.models import Alert, Event

MOST_TYPES = 6
AFTER_LAST_REPORT = timedelta(hours=6)


def _hour(at: datetime) -> datetime:
    return at.replace(minute=0, second=0, microsecond=0)


def draw(events: Sequence[Event], alerts: Sequence[Alert], path: Path) -> None:
    plt = pyplot()
    from matplotlib.dates import date2num

    if not events:
        raise ConflictwatchError("nothing to plot: no events were read")
    per_type = Counter(e.type.value for e in events)
    # Up to what had happened by the last report (plus a margin), not to dates announced for later.
    start = _hour(min(e.occurred_at for e in events))
    end = _hour(max(min(e.occurred_at, e.reported_at) for e in events) + AFTER_LAST_REPORT)
    alerts = [a for a in alerts if a.triggered_at <= end]
    hours = [start + timedelta(hours=i) for i in range(int((end - start).total_seconds() // 3600) + 1)]
    figure, axes = plt.subplots(figsize=(12, 5))
    for event_type, _ in per_type.most_common(MOST_TYPES):
        counts = Counter(_hour(e.occurred_at) for e in events if e.type.value == event_type)
        axes.step(date2num(hours), [counts.get(h, 0) for h in hours], where="post", label=event_type)
    colours = {"firing": "tab:red", "resolved": "tab:green", "corrected": "tab:orange", "retracted": "tab:gray"}
    for alert in alerts:
        x = float(date2num(alert.triggered_at))
        axes.axvline(x, color=colours[alert.status.value], linestyle="--", linewidth=1)
        axes.annotate(
            f"{alert.rule} ({alert.status.value})",
            (x, 1),
            xycoords=("data", "axes fraction"),
            rotation=90,
            va="top",
            ha="right",
            fontsize=7,
        )
    axes.xaxis_date()
    axes.set_xlabel("event time (UTC)")
    axes.set_ylabel("events per hour")
    axes.legend(loc="upper left", fontsize=8)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
