"""What a correct run must end with, computed by the pure engine in process."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from alerts.demo_receiver import ReceiverLog
from conflictwatch.models import Event
from conflictwatch.redis_client import sync_redis
from conflictwatch.redis_keys import RedisKeys
from streams.engine import Engine
from streams.rules.loader import load_rules
from streams.rules.registry import build_rules
from tests.unit.streams.rules.harness import Run

AlertKey = tuple[str, str, str]  # (rule, status, fingerprint)


def expected_alerts(events: Iterable[Event]) -> set[AlertKey]:
    run = Run(Engine(build_rules(load_rules()))).feed(sorted(events, key=lambda e: e.timestamp))
    return {(a.rule, a.status.value, a.fingerprint) for a in run.alerts}


def expected_counts(events: Iterable[Event]) -> dict[str, dict[str, str]]:
    """Per theatre, the Redis counts hash a correct run ends with."""
    counts: dict[str, Counter[str]] = {}
    for event in {e.id: e for e in events}.values():
        theatre = counts.setdefault(event.theatre, Counter())
        theatre[event.type.value] += 1
        for name, value in event.counts.values().items():
            theatre[f"{event.type.value}:{name}"] += value
    return {t: {k: str(v) for k, v in c.items()} for t, c in counts.items()}


def alert_keys(records: Iterable[object]) -> set[AlertKey]:
    import json

    found = set()
    for record in records:
        alert = json.loads(record.value)  # type: ignore[attr-defined]
        found.add((alert["rule"], alert["status"], alert["fingerprint"]))
    return found


def counts_in(redis_url: str, prefix: str) -> dict[str, dict[str, str]]:
    """Per theatre, the Redis counts hash a run ended with (compare: expected_counts)."""
    client = sync_redis(redis_url, decode_responses=True)
    try:
        keys = RedisKeys(prefix)
        return {t: client.hgetall(keys.counts(t)) for t in client.smembers(keys.theatres())}  # type: ignore[union-attr]
    finally:
        client.close()


def delivered_alerts(log: ReceiverLog) -> set[AlertKey]:
    """The alert states a webhook receiver got with a valid signature."""
    return {(p["data"]["rule"], p["data"]["status"], p["data"]["fingerprint"]) for p in log.verified()}


def webhook_ids_by_state(log: ReceiverLog) -> dict[tuple[str, str, int], set[str]]:
    """The webhook-ids each alert state (fingerprint, status, revision) came with:
    one each, however often it was sent."""
    ids: dict[tuple[str, str, int], set[str]] = {}
    for request in log.requests:
        data = (request.payload or {}).get("data", {})
        ids.setdefault((data["fingerprint"], data["status"], data["revision"]), set()).add(
            request.headers["webhook-id"]
        )
    return ids


def events_counted(redis_url: str, prefix: str) -> int:
    """How many events a run has counted so far, all theatres and types."""
    found = counts_in(redis_url, prefix)
    return sum(int(v) for c in found.values() for k, v in c.items() if ":" not in k)
