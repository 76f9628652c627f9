"""The delivery policy without Redis or HTTP: every kind of answer, Retry-After in
both forms, the end of the schedule, the disable-after boundary and the jitter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from alerts.attempt import AttemptOutcome, AttemptResult
from alerts.retry_policy import (
    MAX_RETRY_AFTER,
    Decision,
    Delivered,
    GiveUp,
    GiveUpReason,
    RetryAt,
    Uniform,
    decide,
    retry_after,
)

NOW = datetime(2021, 5, 20, 8, 0, tzinfo=UTC)
SCHEDULE = (10.0, 60.0, 300.0)
DISABLE_AFTER = timedelta(hours=1)


def no_jitter(low: float, high: float) -> float:
    return 1.0


def answer(
    outcome: AttemptOutcome, status: int | None, error: str | None, retry_after: str | None = None
) -> AttemptResult:
    return AttemptResult(outcome, status, error, latency=0.05, retry_after=retry_after)


def decide_after(
    result: AttemptResult,
    *,
    tries: int = 1,
    failing_since: datetime | None = NOW,
    schedule: tuple[float, ...] = SCHEDULE,
    uniform: Uniform = no_jitter,
) -> Decision:
    return decide(
        tries=tries,
        result=result,
        failing_since=failing_since,
        now=NOW,
        schedule=schedule,
        disable_after=DISABLE_AFTER,
        uniform=uniform,
    )


def retry_in(seconds: float) -> RetryAt:
    return RetryAt(NOW + timedelta(seconds=seconds))


SERVER_ERROR = answer(AttemptOutcome.RETRY, 503, "HTTP 503")
LONG_FAILING = NOW - 2 * DISABLE_AFTER

RETRYABLE = [
    answer(AttemptOutcome.RETRY, 500, "HTTP 500"),
    SERVER_ERROR,
    answer(AttemptOutcome.RETRY, 408, "HTTP 408"),
    answer(AttemptOutcome.RETRY, 429, "HTTP 429"),
    answer(AttemptOutcome.RETRY, None, "ConnectError: [Errno 111] Connection refused"),
    answer(AttemptOutcome.RETRY, None, "ReadTimeout: timed out"),
]
REJECTED = [
    answer(AttemptOutcome.FINAL, 301, "HTTP 301 redirect to https://example.org/ not followed; subscribe that URL"),
    answer(AttemptOutcome.FINAL, 302, "HTTP 302 redirect without a Location"),
    answer(AttemptOutcome.FINAL, 400, "HTTP 400"),
    answer(AttemptOutcome.FINAL, 404, "HTTP 404"),
]
GONE = answer(AttemptOutcome.GONE, 410, "HTTP 410 Gone: the endpoint asked to be unsubscribed")
UNSAFE = [
    answer(
        AttemptOutcome.UNSAFE, 302, "http://169.254.169.254/: cloud metadata address (the endpoint redirected there)"
    ),
    answer(AttemptOutcome.UNSAFE, None, "http://127.0.0.1:9/hooks: loopback address"),
]


@pytest.mark.parametrize("status", [200, 201, 204, 299])
@pytest.mark.parametrize("failing_since", [None, NOW, LONG_FAILING])
def test_a_2xx_is_delivered_whatever_came_before(status: int, failing_since: datetime | None) -> None:
    result = answer(AttemptOutcome.SUCCESS, status, None)
    assert decide_after(result, failing_since=failing_since) == Delivered()
    assert decide_after(result, tries=len(SCHEDULE) + 5, failing_since=failing_since) == Delivered()


@pytest.mark.parametrize("result", REJECTED, ids=lambda r: str(r.status))
def test_a_3xx_or_other_4xx_is_rejected_at_once_and_the_endpoint_stays(result: AttemptResult) -> None:
    assert decide_after(result) == GiveUp(GiveUpReason.REJECTED, result.error, disable=None)
    assert decide_after(result, failing_since=LONG_FAILING) == GiveUp(GiveUpReason.REJECTED, result.error)


def test_a_410_gives_up_and_disables_the_endpoint() -> None:
    expected = GiveUp(GiveUpReason.GONE, GONE.error, disable=GONE.error)
    assert decide_after(GONE) == expected
    assert decide_after(GONE, tries=len(SCHEDULE) + 1, failing_since=LONG_FAILING) == expected


@pytest.mark.parametrize("result", UNSAFE, ids=["redirected inward", "refused when connecting"])
def test_an_unsafe_address_gives_up_and_disables_the_endpoint(result: AttemptResult) -> None:
    expected = GiveUp(GiveUpReason.UNSAFE, result.error, disable=result.error)
    assert decide_after(result) == expected
    assert decide_after(result, failing_since=LONG_FAILING) == expected


@pytest.mark.parametrize(("outcome", "reason"), [(AttemptOutcome.GONE, "gone"), (AttemptOutcome.UNSAFE, "unsafe")])
def test_an_endpoint_disabled_without_an_error_message_says_the_outcome(outcome: AttemptOutcome, reason: str) -> None:
    assert decide_after(answer(outcome, None, None)) == GiveUp(GiveUpReason(reason), None, disable=reason)


@pytest.mark.parametrize("result", RETRYABLE, ids=lambda r: str(r.status or r.error))
def test_a_5xx_408_429_or_transport_error_is_retried_on_the_schedule(result: AttemptResult) -> None:
    assert [decide_after(result, tries=tries) for tries in (1, 2, 3)] == [retry_in(10), retry_in(60), retry_in(300)]


@pytest.mark.parametrize("result", RETRYABLE, ids=lambda r: str(r.status or r.error))
def test_after_the_schedules_last_retry_the_delivery_is_exhausted(result: AttemptResult) -> None:
    tries = len(SCHEDULE) + 1
    assert decide_after(result, tries=tries) == GiveUp(GiveUpReason.EXHAUSTED, f"4 attempts failed: {result.error}")
    assert decide_after(result, tries=tries + 1) == GiveUp(GiveUpReason.EXHAUSTED, f"5 attempts failed: {result.error}")


def test_an_empty_schedule_gives_up_after_the_first_attempt() -> None:
    assert decide_after(SERVER_ERROR, schedule=()) == GiveUp(GiveUpReason.EXHAUSTED, "1 attempts failed: HTTP 503")


@pytest.mark.parametrize(
    ("failing_for", "disabled"),
    [
        (timedelta(0), False),
        (DISABLE_AFTER - timedelta(microseconds=1), False),
        (DISABLE_AFTER, True),
        (DISABLE_AFTER + timedelta(microseconds=1), True),
        (30 * DISABLE_AFTER, True),
    ],
)
def test_an_endpoint_failing_for_disable_after_is_disabled(failing_for: timedelta, disabled: bool) -> None:
    since = NOW - failing_for
    decision = decide_after(SERVER_ERROR, failing_since=since)
    if disabled:
        reason = f"failing since {since.isoformat()}, last error: HTTP 503"
        assert decision == GiveUp(GiveUpReason.DISABLED, reason, disable=reason)
    else:
        assert decision == retry_in(10)


def test_the_disable_reason_names_when_the_streak_began_and_the_last_error() -> None:
    decision = decide_after(RETRYABLE[4], failing_since=NOW - DISABLE_AFTER)
    assert isinstance(decision, GiveUp)
    assert decision.disable == (
        "failing since 2021-05-20T07:00:00+00:00, last error: ConnectError: [Errno 111] Connection refused"
    )


def test_disabling_comes_before_exhaustion() -> None:
    decision = decide_after(SERVER_ERROR, tries=len(SCHEDULE) + 1, failing_since=LONG_FAILING)
    assert isinstance(decision, GiveUp)
    assert decision.reason is GiveUpReason.DISABLED


def test_without_a_recorded_streak_the_endpoint_is_not_disabled() -> None:
    assert decide_after(SERVER_ERROR, failing_since=None) == retry_in(10)
    assert decide_after(SERVER_ERROR, tries=4, failing_since=None) == GiveUp(
        GiveUpReason.EXHAUSTED, "4 attempts failed: HTTP 503"
    )


@pytest.mark.parametrize(
    ("header", "tries", "wait"),
    [
        ("5", 1, 10),  # shorter than the schedule's delay: the schedule wins
        ("10", 1, 10),
        ("120", 1, 120),
        (" 120 ", 1, 120),
        ("0", 2, 60),
        ("3600", 3, 3600),
        ("86400", 1, 86400),  # exactly the cap
        ("86401", 1, 86400),  # above the cap
        ("9" * 30, 1, 86400),  # absurd: capped, no overflow
    ],
)
def test_retry_after_in_seconds_is_honoured_up_to_the_cap(header: str, tries: int, wait: float) -> None:
    result = answer(AttemptOutcome.RETRY, 429, "HTTP 429", retry_after=header)
    assert decide_after(result, tries=tries) == retry_in(wait)


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("Thu, 20 May 2021 08:00:05 GMT", 10),  # sooner than the schedule's delay
        ("Thu, 20 May 2021 08:05:00 GMT", 300),
        ("Thu, 20 May 2021 07:00:00 GMT", 10),  # already past
        ("Fri, 21 May 2021 08:00:00 GMT", 86400),  # exactly the cap
        ("Fri, 21 May 2021 08:00:01 GMT", 86400),  # above the cap
        ("Fri, 31 Dec 9999 23:59:59 GMT", 86400),
    ],
)
def test_retry_after_as_an_http_date_is_honoured_up_to_the_cap(header: str, wait: float) -> None:
    result = answer(AttemptOutcome.RETRY, 503, "HTTP 503", retry_after=header)
    assert decide_after(result) == retry_in(wait)


@pytest.mark.parametrize("header", [None, "", "soon", "-5", "1.5", "²", "Thu, 20 May 2021 08:05:00"])
def test_an_unreadable_retry_after_leaves_the_schedule(header: str | None) -> None:
    result = answer(AttemptOutcome.RETRY, 503, "HTTP 503", retry_after=header)
    assert decide_after(result) == retry_in(10)


def test_retry_after_is_read_in_seconds_or_as_a_date() -> None:
    assert retry_after("120", NOW) == timedelta(seconds=120)
    assert retry_after("Thu, 20 May 2021 08:01:00 GMT", NOW) == timedelta(seconds=60)
    assert retry_after("Thu, 20 May 2021 08:01:00 +0000", NOW) == timedelta(seconds=60)
    assert retry_after("Thu, 20 May 2021 07:59:00 GMT", NOW) == timedelta(0)
    assert retry_after("100000", NOW) == MAX_RETRY_AFTER
    assert retry_after("soon", NOW) is None
    assert retry_after(None, NOW) is None


def test_retry_after_counts_even_when_jitter_is_lowest_or_highest() -> None:
    result = answer(AttemptOutcome.RETRY, 503, "HTTP 503", retry_after="11")
    assert decide_after(result, uniform=lambda low, high: low) == retry_in(11)
    assert decide_after(result, uniform=lambda low, high: high) == retry_in(12)


def test_the_jitter_is_drawn_between_80_and_120_percent_of_the_delay() -> None:
    drawn: list[tuple[float, float]] = []

    def lowest(low: float, high: float) -> float:
        drawn.append((low, high))
        return low

    assert decide_after(SERVER_ERROR, tries=2, uniform=lowest) == retry_in(48)
    assert drawn == [(0.8, 1.2)]
    assert decide_after(SERVER_ERROR, tries=2, uniform=lambda low, high: high) == retry_in(72)


def test_the_jitter_stays_in_bounds_and_spreads_with_a_seeded_source() -> None:
    source = random.Random(20210520)
    waits = []
    for _ in range(500):
        decision = decide_after(SERVER_ERROR, tries=3, uniform=source.uniform)
        assert isinstance(decision, RetryAt)
        waits.append((decision.at - NOW).total_seconds())
    assert all(240 <= wait <= 360 for wait in waits)
    assert min(waits) < 250  # spread over the whole range, not one value
    assert max(waits) > 350
    again = random.Random(20210520)
    assert decide_after(SERVER_ERROR, tries=3, uniform=again.uniform) == RetryAt(NOW + timedelta(seconds=waits[0]))


def never(low: float, high: float) -> float:
    raise AssertionError("no jitter is drawn for an answer that is not retried")


@pytest.mark.parametrize(
    ("result", "tries", "failing_since"),
    [
        (answer(AttemptOutcome.SUCCESS, 200, None), 1, NOW),
        (GONE, 1, NOW),
        *((unsafe, 1, NOW) for unsafe in UNSAFE),
        *((rejected, 1, NOW) for rejected in REJECTED),
        (SERVER_ERROR, len(SCHEDULE) + 1, NOW),
        (SERVER_ERROR, 1, LONG_FAILING),
    ],
)
def test_only_a_retry_draws_randomness(result: AttemptResult, tries: int, failing_since: datetime) -> None:
    assert not isinstance(decide_after(result, tries=tries, failing_since=failing_since, uniform=never), RetryAt)
