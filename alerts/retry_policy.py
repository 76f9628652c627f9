"""What becomes of a delivery after an attempt, as a pure function: the caller
reads the clock, draws the randomness and carries the decision out.

2xx delivers. 410 and an unsafe address give up and disable the endpoint; any
other final answer gives up (rejected). A retryable answer (5xx, 408, 429, a
transport error) gives up and disables the endpoint once it has been failing for
`disable_after`, gives up when the schedule is exhausted, and is otherwise tried
again after the schedule's next delay ±20 %, or after Retry-After when the
endpoint asks for longer (at most MAX_RETRY_AFTER).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum

from alerts.attempt import AttemptOutcome, AttemptResult

MAX_RETRY_AFTER = timedelta(days=1)
JITTER = 0.2

# A random source: a number drawn uniformly between two bounds, as random.uniform.
Uniform = Callable[[float, float], float]


class GiveUpReason(StrEnum):
    """Why a delivery is dead-lettered (the `reason` of its dead-letter record and metric)."""

    EXHAUSTED = "exhausted"
    REJECTED = "rejected"
    GONE = "gone"
    UNSAFE = "unsafe"
    DISABLED = "disabled"


@dataclass(frozen=True)
class Delivered:
    pass


@dataclass(frozen=True)
class RetryAt:
    at: datetime


@dataclass(frozen=True)
class GiveUp:
    reason: GiveUpReason
    detail: str | None
    disable: str | None = None  # why the endpoint is disabled too, if it is


Decision = Delivered | RetryAt | GiveUp


def retry_after(value: str | None, now: datetime) -> timedelta | None:
    """The wait a Retry-After header asks for (delta-seconds or an HTTP date),
    at most MAX_RETRY_AFTER; None when there is none or it cannot be read."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        seconds = float(value)
    else:
        try:
            seconds = max((parsedate_to_datetime(value) - now).total_seconds(), 0.0)
        except (TypeError, ValueError):
            return None
    # Capped before it becomes a timedelta, which overflows on an absurd number.
    return timedelta(seconds=min(seconds, MAX_RETRY_AFTER.total_seconds()))


def decide(
    *,
    tries: int,
    result: AttemptResult,
    failing_since: datetime | None,
    now: datetime,
    schedule: Sequence[float],
    disable_after: timedelta,
    uniform: Uniform,
) -> Decision:
    """The decision after a delivery's `tries`-th attempt (this one included)
    answered `result` at `now`; `failing_since` is when the endpoint's failure
    streak began, this failure included (None when nothing records it)."""
    match result.outcome:
        case AttemptOutcome.SUCCESS:
            return Delivered()
        case AttemptOutcome.GONE:
            return GiveUp(GiveUpReason.GONE, result.error, disable=result.error or result.outcome.value)
        case AttemptOutcome.UNSAFE:
            return GiveUp(GiveUpReason.UNSAFE, result.error, disable=result.error or result.outcome.value)
        case AttemptOutcome.FINAL:
            return GiveUp(GiveUpReason.REJECTED, result.error)
    if failing_since is not None and now - failing_since >= disable_after:
        reason = f"failing since {failing_since.isoformat()}, last error: {result.error}"
        return GiveUp(GiveUpReason.DISABLED, reason, disable=reason)
    if tries > len(schedule):
        return GiveUp(GiveUpReason.EXHAUSTED, f"{tries} attempts failed: {result.error}")
    delay = timedelta(seconds=schedule[tries - 1] * uniform(1 - JITTER, 1 + JITTER))
    asked = retry_after(result.retry_after, now)
    return RetryAt(now + (delay if asked is None else max(delay, asked)))
