"""Request and response bodies of the API that are not the stored models themselves."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from alerts.payload import PayloadFormat
from alerts.subscriptions import AlertType, Description, Secret, Subscription, SubscriptionSpec, WebhookURL
from conflictwatch.models import RuleId, Severity, Slug


class SubscriptionCreate(SubscriptionSpec):
    secret: Secret | None = Field(
        default=None, description="a whsec_ secret of your own (24 to 64 bytes); one is generated if omitted"
    )


class SubscriptionUpdate(BaseModel):
    """Only the fields given change; `enabled: true` re-enables a disabled endpoint."""

    model_config = ConfigDict(extra="forbid")

    # Absent means unchanged; only the description may be set to null.
    url: WebhookURL | SkipJsonSchema[None] = None
    format: PayloadFormat | SkipJsonSchema[None] = None
    description: Description | None = None
    rules: Annotated[list[RuleId], Field(max_length=100)] | SkipJsonSchema[None] = None
    theatres: Annotated[list[Slug], Field(max_length=100)] | SkipJsonSchema[None] = None
    min_severity: Severity | SkipJsonSchema[None] = None
    event_types: Annotated[list[AlertType], Field(max_length=4)] | SkipJsonSchema[None] = None
    enabled: bool | SkipJsonSchema[None] = None

    @model_validator(mode="after")
    def _no_null_but_description(self) -> Self:
        nulls = sorted(f for f in self.model_fields_set if f != "description" and getattr(self, f) is None)
        if nulls:
            raise ValueError(f"{', '.join(nulls)} cannot be null; leave a field out to keep its value")
        return self

    def changes(self) -> dict[str, object]:
        return self.model_dump(exclude_unset=True, exclude={"enabled"})


class SubscriptionCreated(Subscription):
    secret: str = Field(description="the signing secret, shown only now: keep it to verify webhooks")


class SecretRotated(BaseModel):
    secret: str = Field(description="the new signing secret, shown only now")
    previous_secret_valid_until: AwareDatetime = Field(
        description="until then every webhook is signed with both secrets"
    )


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    redis: Literal["ok"] = "ok"
