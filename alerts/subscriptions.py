"""Webhook subscriptions: what a subscriber asks for, and which alerts match it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from alerts.payload import PayloadFormat, webhook_type
from conflictwatch.models import Alert, RuleId, Severity, Slug

SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(Severity)}
AlertType = Literal["alert.firing", "alert.resolved", "alert.corrected", "alert.retracted"]

Secret = Annotated[str, StringConstraints(pattern=r"^whsec_[A-Za-z0-9+/]{32,88}={0,2}$")]
SubscriptionId = Annotated[str, StringConstraints(pattern=r"^sub_[0-9a-f]{24}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Filters(_Model):
    """Empty lists match everything."""

    rules: Annotated[list[RuleId], Field(max_length=100)] = Field(
        default_factory=list, description="only alerts of these rules"
    )
    theatres: Annotated[list[Slug], Field(max_length=100)] = Field(
        default_factory=list, description="only alerts in these theatres"
    )
    min_severity: Severity = Field(default=Severity.INFO, description="only alerts at least this severe")
    event_types: Annotated[list[AlertType], Field(max_length=4)] = Field(
        default_factory=list, description="only these webhook types"
    )

    def matches(self, alert: Alert) -> bool:
        return (
            (not self.rules or alert.rule in self.rules)
            and (not self.theatres or alert.theatre in self.theatres)
            and SEVERITY_ORDER[alert.severity] >= SEVERITY_ORDER[self.min_severity]
            and (not self.event_types or webhook_type(alert).value in self.event_types)
        )


class SubscriptionSpec(Filters):
    """As stored: what the API accepts is checked by its request models (alerts.api.schemas)."""

    url: str = Field(description="http(s) endpoint that receives the webhooks")
    format: PayloadFormat = Field(default=PayloadFormat.NATIVE, description="native or alertmanager (webhook v4 JSON)")
    description: str | None = None


class Subscription(SubscriptionSpec):
    id: SubscriptionId
    enabled: bool = True
    disabled_reason: str | None = Field(default=None, description="why deliveries stopped, when they did")
    disabled_at: AwareDatetime | None = None
    failing_since: AwareDatetime | None = Field(
        default=None, description="first failed attempt of the current failure streak"
    )
    created_at: AwareDatetime
    updated_at: AwareDatetime


class Secrets(_Model):
    current: str
    previous: str | None = None
    previous_until: AwareDatetime | None = None

    def signing(self, now: datetime) -> list[str]:
        """The secrets to sign with now: the previous one too during its rotation window."""
        keep_previous = self.previous is not None and self.previous_until is not None and now < self.previous_until
        return [self.current, self.previous] if keep_previous and self.previous else [self.current]

    def rotated(self, new: str, now: datetime, window: timedelta) -> Secrets:
        return Secrets(current=new, previous=self.current, previous_until=now + window)
