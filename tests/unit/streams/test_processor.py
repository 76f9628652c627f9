"""The batch processor's ordering and bookkeeping, with the in-memory store."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from faust.exceptions import ProducerSendError
from prometheus_client import CollectorRegistry
from redis.exceptions import ConnectionError as RedisConnectionError

from conflictwatch.models import Alert, DeadLetter, Event
from streams.engine import Engine
from streams.memory_store import MemoryStore
from streams.metrics import StreamMetrics
from streams.processor import BatchProcessor, RawMessage
from streams.state import EngineState
from tests.factories import event, heartbeat
from tests.tripwire import TRIPWIRE, Tripwire
from tests.unit.streams.rules.harness import engine


class Journal:
    def __init__(self) -> None:
        self.entries: list[str] = []
        self.letters: list[DeadLetter] = []

    async def alert(self, alert: Alert) -> None:
        self.entries.append(f"alert:{alert.rule}")

    async def dead_letter(self, letter: DeadLetter) -> None:
        self.entries.append(f"dlq:{letter.reason}")
        self.letters.append(letter)


class FlakyJournal(Journal):
    """Publishing alerts or dead letters fails with `errors` first, one a call."""

    def __init__(self, failing: str, errors: list[Exception]) -> None:
        super().__init__()
        self.failing = failing
        self.errors = errors

    async def alert(self, alert: Alert) -> None:
        if self.failing == "alert" and self.errors:
            raise self.errors.pop(0)
        await super().alert(alert)

    async def dead_letter(self, letter: DeadLetter) -> None:
        if self.failing == "dead_letter" and self.errors:
            raise self.errors.pop(0)
        await super().dead_letter(letter)


class JournalledStore(MemoryStore):
    """Journals commits; the first `failures` commits fail like a Redis outage (with `error`)."""

    def __init__(self, journal: Journal, failures: int = 0, error: Exception | None = None) -> None:
        super().__init__()
        self.journal = journal
        self.failures = failures
        self.error = error or RedisConnectionError("connection refused")

    async def commit(self, events: Sequence[Event], state: EngineState, late: set[str]) -> list[int]:
        if self.failures:
            self.failures -= 1
            raise self.error
        self.journal.entries.append(f"commit:{len(events)}")
        return await super().commit(events, state, late)


RULES = """
rules:
  - id: rocket_lull_ended
    kind: gap_ended
    event_types: [rocket_fire]
    min_gap: PT6H
"""


def processor(journal: Journal, store: MemoryStore) -> tuple[BatchProcessor, StreamMetrics]:
    metrics = StreamMetrics.create(CollectorRegistry())
    return BatchProcessor(engine(RULES), store, journal.alert, journal.dead_letter, metrics, max_backoff=0.01), metrics


def raw(e: Event) -> RawMessage:
    return RawMessage(e.model_dump_json().encode(), topic="events", partition=0, offset=0)


def test_dead_letters_then_alerts_are_published_before_state_is_committed() -> None:
    journal = Journal()
    proc, metrics = processor(journal, JournalledStore(journal))
    alerts = asyncio.run(proc.process([RawMessage(b"nope"), raw(event(at=0)), raw(event(at=7))]))
    assert [a.rule for a in alerts] == ["rocket_lull_ended"]
    assert journal.entries == ["dlq:not_json", "alert:rocket_lull_ended", "commit:2"]
    assert metrics.events_rejected.labels(reason="not_json")._value.get() == 1
    assert metrics.events_consumed.labels(theatre="israel-gaza", type="rocket_fire")._value.get() == 2


def test_a_failing_store_retries_the_batch_and_loses_nothing() -> None:
    journal = Journal()
    proc, metrics = processor(journal, JournalledStore(journal, failures=2))
    alerts = asyncio.run(proc.process([raw(event(at=0)), raw(event(at=7))]))
    assert len(alerts) == 1
    assert journal.entries == ["alert:rocket_lull_ended"] * 3 + ["commit:2"]
    assert metrics.dependency_errors.labels(dependency="redis")._value.get() == 2
    assert metrics.degraded._value.get() == 0


def test_duplicates_in_a_batch_are_counted_once() -> None:
    journal = Journal()
    proc, metrics = processor(journal, JournalledStore(journal))
    asyncio.run(proc.process([raw(event(at=0)), raw(event(at=0))]))
    assert metrics.events_consumed.labels(theatre="israel-gaza", type="rocket_fire")._value.get() == 1
    assert metrics.events_duplicate._value.get() == 1


def test_a_second_outlet_corroborates_instead_of_counting_twice() -> None:
    journal = Journal()
    proc, metrics = processor(journal, JournalledStore(journal))
    other = {"outlet": "Another Wire", "evidence": "Rockets again."}
    asyncio.run(proc.process([raw(event(at=0)), raw(event(at=0, source=other))]))
    assert metrics.events_consumed.labels(theatre="israel-gaza", type="rocket_fire")._value.get() == 1
    assert metrics.events_corroborated._value.get() == 1


def test_ids_counted_in_earlier_batches_are_duplicates_or_corroborations_later() -> None:
    journal = Journal()
    store = JournalledStore(journal)
    proc, metrics = processor(journal, store)
    other = {"outlet": "Another Wire", "evidence": "Rockets again."}
    for batch in ([event(at=0)], [event(at=1)], [event(at=0)], [event(at=0, source=other)], [event(at=0)]):
        asyncio.run(proc.process([raw(e) for e in batch]))
    assert metrics.events_consumed.labels(theatre="israel-gaza", type="rocket_fire")._value.get() == 2
    assert metrics.events_duplicate._value.get() == 2
    assert metrics.events_corroborated._value.get() == 1
    assert sorted(store.outlets.values()) == [("Another Wire", "Test Wire"), ("Test Wire",)]
    assert not store.state.seen  # the committed state holds the window, not every id


def test_a_batch_out_of_order_is_evaluated_in_event_time_order() -> None:
    journal = Journal()
    proc, _ = processor(journal, JournalledStore(journal))
    alerts = asyncio.run(proc.process([raw(event(at=9)), raw(event(at=1)), raw(event(at=0))]))
    assert [a.values["gap_hours"] for a in alerts] == [8.0]


def sent_by_faust(cause: Exception) -> Exception:
    """Faust raises its own error from the Kafka client's."""
    error = ProducerSendError(f"Error while sending: {cause!r}")
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("failing", "error", "dependency"),
    [
        ("commit", RedisConnectionError("connection refused"), "redis"),
        ("commit", ConnectionResetError("connection reset by peer"), "redis"),
        ("alert", KafkaTimeoutError(), "kafka"),
        ("alert", sent_by_faust(KafkaConnectionError("no broker")), "kafka"),
        ("alert", ConnectionResetError("connection reset by peer"), "kafka"),
        ("dead_letter", OSError("network is unreachable"), "kafka"),
    ],
)
def test_a_failure_is_put_down_to_the_dependency_that_was_called_and_the_batch_retried(
    failing: str, error: Exception, dependency: str
) -> None:
    journal = FlakyJournal(failing, [error, error])
    store = JournalledStore(journal, failures=2 if failing == "commit" else 0, error=error)
    proc, metrics = processor(journal, store)
    alerts = asyncio.run(proc.process([RawMessage(b"nope"), raw(event(at=0)), raw(event(at=7))]))
    assert [a.rule for a in alerts] == ["rocket_lull_ended"]
    assert journal.entries[-3:] == ["dlq:not_json", "alert:rocket_lull_ended", "commit:2"]
    other = "kafka" if dependency == "redis" else "redis"
    assert metrics.dependency_errors.labels(dependency=dependency)._value.get() == 2
    assert metrics.dependency_errors.labels(dependency=other)._value.get() == 0
    assert metrics.degraded._value.get() == 0


def test_a_failure_that_is_no_dependency_failing_is_not_retried() -> None:
    journal = FlakyJournal("alert", [ValueError("a bug")])
    proc, metrics = processor(journal, JournalledStore(journal))
    with pytest.raises(ValueError, match="a bug"):
        asyncio.run(proc.process([raw(event(at=0)), raw(event(at=7))]))
    assert metrics.dependency_errors.labels(dependency="kafka")._value.get() == 0


def with_tripwire(journal: Journal, store: MemoryStore) -> tuple[BatchProcessor, StreamMetrics]:
    metrics = StreamMetrics.create(CollectorRegistry())
    rules = [*engine(RULES).rules, Tripwire()]
    return BatchProcessor(Engine(rules), store, journal.alert, journal.dead_letter, metrics, max_backoff=0.01), metrics


def test_an_event_a_rule_raises_on_is_dead_lettered_and_the_batch_goes_on_as_if_it_never_came() -> None:
    journal = Journal()
    store = JournalledStore(journal)
    proc, metrics = with_tripwire(journal, store)
    poison = event(at=4, source={"outlet": "Test Wire", "evidence": TRIPWIRE}, location={"name": "Here"})
    alerts = asyncio.run(proc.process([raw(event(at=0)), raw(poison), raw(event(at=7))]))
    # Without the poison at hour 4, hours 0 and 7 are a 7-hour lull.
    assert [a.values["gap_hours"] for a in alerts] == [7.0]
    assert journal.entries == ["dlq:rule_error", "alert:rocket_lull_ended", "commit:2"]
    assert [(d.reason, d.detail) for d in journal.letters] == [("rule_error", "KeyError: 'no such theatre state'")]
    assert journal.letters[0].value == poison.model_dump_json()
    assert metrics.events_rejected.labels(reason="rule_error")._value.get() == 1
    assert poison.id not in store.outlets
    # The next batch finds the state as if the poison had never come.
    later = asyncio.run(proc.process([raw(event(at=14))]))
    assert [a.values["gap_hours"] for a in later] == [7.0]


def test_a_batch_of_nothing_but_poison_commits_nothing_and_loses_nothing() -> None:
    journal = Journal()
    proc, metrics = with_tripwire(journal, JournalledStore(journal))
    poisons = [event(at=h, source={"outlet": "Test Wire", "evidence": TRIPWIRE}) for h in (1, 2)]
    assert asyncio.run(proc.process([raw(p) for p in poisons])) == []
    assert journal.entries == ["dlq:rule_error", "dlq:rule_error", "commit:0"]
    assert metrics.events_rejected.labels(reason="rule_error")._value.get() == 2


def test_events_validated_where_they_were_read_go_through_the_same_path_and_poison_is_dead_lettered() -> None:
    journal = Journal()
    proc, metrics = with_tripwire(journal, JournalledStore(journal))
    poison = event(at=4, source={"outlet": "Test Wire", "evidence": TRIPWIRE}, location={"name": "Here"})
    alerts = asyncio.run(proc.process_events([event(at=0), poison, event(at=7)]))
    assert [a.values["gap_hours"] for a in alerts] == [7.0]
    assert journal.entries == ["dlq:rule_error", "alert:rocket_lull_ended", "commit:2"]
    assert Event.model_validate_json(journal.letters[0].value) == poison
    assert metrics.events_consumed.labels(theatre="israel-gaza", type="rocket_fire")._value.get() == 2


def test_heartbeats_from_the_coverage_topic_go_into_coverage_before_the_events_and_bad_ones_are_dead_lettered() -> None:
    journal = Journal()
    store = JournalledStore(journal)
    metrics = StreamMetrics.create(CollectorRegistry())
    proc = BatchProcessor(
        engine(RULES), store, journal.alert, journal.dead_letter, metrics, max_backoff=0.01, coverage_topic="coverage"
    )

    def beat(value: bytes) -> RawMessage:
        return RawMessage(value, topic="coverage", partition=0, offset=0)

    covered_ends = heartbeat(0, 2).model_dump_json().encode()
    backwards = b'{"theatre": "israel-gaza", "source": "x", "producer": "feed", "polled_at": "2021-05-20T00:00:00Z",'
    backwards += b' "covered_from": "2021-05-20T05:00:00Z", "covered_to": "2021-05-20T01:00:00Z"}'
    # The rocket at 0 and 7: a 7-hour gap, of which the feed covered 2 hours: no lull.
    alerts = asyncio.run(proc.process([raw(event(at=0)), beat(covered_ends), beat(backwards), raw(event(at=7))]))
    assert alerts == []
    assert [(d.reason, d.topic) for d in journal.letters] == [("invalid_heartbeat", "coverage")]
    assert "covered_to 2021-05-20T01:00:00+00:00 is before covered_from" in journal.letters[0].detail
    assert metrics.heartbeats_consumed.labels(theatre="israel-gaza")._value.get() == 1
    assert store.state.coverage_of("israel-gaza") is not None
