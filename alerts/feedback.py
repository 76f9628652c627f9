"""What the people who receive an alert say of it: useful, a false alarm, late or
a duplicate, with a note. Kept in Redis with the alert's rule, so that each
rule's precision as its receivers judge it can be read at any time."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from conflictwatch.models import Alert, RuleId, Slug
from conflictwatch.redis_client import AsyncRedis, as_text
from conflictwatch.redis_keys import RedisKeys

KEEP_PER_ALERT = 100  # the latest feedback items kept on one alert

# KEYS: the alert's feedback list, the feedback counts (one hash slot: {alerts}).
# ARGV: the feedback JSON, how many to keep, their TTL (s), the counts field.
_GIVE = """
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
return redis.call('HINCRBY', KEYS[2], ARGV[4], 1)
"""


class Verdict(StrEnum):
    USEFUL = "useful"
    FALSE_ALARM = "false_alarm"
    LATE = "late"
    DUPLICATE = "duplicate"


class Feedback(BaseModel):
    model_config = ConfigDict(frozen=True)

    fingerprint: str
    rule: RuleId
    theatre: Slug
    verdict: Verdict
    note: str | None = Field(None, max_length=1000)
    given_at: AwareDatetime


class FeedbackStore:
    def __init__(self, redis: AsyncRedis, keys: RedisKeys, retention: timedelta) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention
        self._give = redis.register_script(_GIVE)

    async def give(self, alert: Alert, verdict: Verdict, note: str | None, now: datetime) -> Feedback:
        feedback = Feedback(
            fingerprint=alert.fingerprint,
            rule=alert.rule,
            theatre=alert.theatre,
            verdict=verdict,
            note=note,
            given_at=now,
        )
        await self._give(
            keys=[self.keys.alert_feedback(alert.fingerprint), self.keys.feedback_counts()],
            args=[
                feedback.model_dump_json(),
                KEEP_PER_ALERT,
                int(self.retention.total_seconds()),
                f"{alert.rule}|{verdict.value}",
            ],
        )
        return feedback

    async def of_alert(self, fingerprint: str) -> list[Feedback]:
        """Oldest first."""
        given = await self.redis.lrange(self.keys.alert_feedback(fingerprint), 0, -1)
        return [Feedback.model_validate_json(raw) for raw in given]

    async def counts(self) -> Counter[tuple[str, Verdict]]:
        """Feedback given so far, by rule and verdict."""
        found: Counter[tuple[str, Verdict]] = Counter()
        for field, value in (await self.redis.hgetall(self.keys.feedback_counts())).items():
            rule, verdict = as_text(field).rsplit("|", 1)
            found[rule, Verdict(verdict)] = int(value)
        return found
