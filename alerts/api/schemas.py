"""Request and response bodies of the API that are not the stored models themselves.

The request models are stricter than what is stored (alerts.subscriptions): a
subscription stored before a rule was added can still be read, listed and fixed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from alerts.feedback import Verdict
from alerts.payload import PayloadFormat
from alerts.subscriptions import AlertType, Secret, Subscription, SubscriptionSpec
from alerts.webhook_url import MAX_LENGTH, parse_webhook_url
from conflictwatch.errors import UnsafeWebhookURL
from conflictwatch.models import RuleId, Severity, Slug


def _webhook_url(url: str) -> str:
    try:
        parse_webhook_url(url)
    except UnsafeWebhookURL as exc:
        raise PydanticCustomError("webhook_url", "{reason}", {"reason": exc.reason}) from None
    return url


def _printable_line(text: str) -> str:
    for position, char in enumerate(text):
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise PydanticCustomError(
                "printable_text",
                "contains the control or invisible character {char} at position {position}; "
                "use printable text on one line",
                {"char": f"U+{ord(char):04X}", "position": position},
            )
    return text


def _each_once(items: list[str]) -> list[str]:
    if repeated := [item for item, count in Counter(items).items() if count > 1]:
        raise PydanticCustomError(
            "unique", "{items} listed more than once; name each once", {"items": ", ".join(map(repr, repeated))}
        )
    return items


def _not_null(schema: dict[str, Any]) -> None:
    """A field that may be left out but not sent as null: `X | None` validates
    with plain errors (a union with SkipJsonSchema names its branches in them),
    and this drops the null from the JSON schema."""
    [kept] = [branch for branch in schema.pop("anyOf") if branch != {"type": "null"}]
    schema.update(kept)


WebhookURL = Annotated[
    str,
    AfterValidator(_webhook_url),
    WithJsonSchema({"type": "string", "format": "uri", "maxLength": MAX_LENGTH, "pattern": r"^(?i:https?)://[!-~]+$"}),
]
Description = Annotated[str, StringConstraints(max_length=500), AfterValidator(_printable_line)]
UNIQUE = {"uniqueItems": True}
Rules = Annotated[list[RuleId], Field(max_length=100, json_schema_extra=UNIQUE), AfterValidator(_each_once)]
Theatres = Annotated[list[Slug], Field(max_length=100, json_schema_extra=UNIQUE), AfterValidator(_each_once)]
AlertTypes = Annotated[list[AlertType], Field(max_length=4, json_schema_extra=UNIQUE), AfterValidator(_each_once)]


class SubscriptionCreate(SubscriptionSpec):
    url: WebhookURL = Field(
        description="a plain http(s) URL: printable ASCII, a host name or an IP address (IPv6 in brackets), "
        "a port from 1 to 65535, no user name or password"
    )
    description: Description | None = None
    rules: Rules = Field(default_factory=list, description="only alerts of these rules")
    theatres: Theatres = Field(default_factory=list, description="only alerts in these theatres")
    event_types: AlertTypes = Field(default_factory=list, description="only these webhook types")
    secret: Secret | None = Field(
        default=None, description="a whsec_ secret of your own (24 to 64 bytes); one is generated if omitted"
    )


class SubscriptionUpdate(BaseModel):
    """Only the fields given change; `enabled: true` re-enables a disabled endpoint."""

    model_config = ConfigDict(extra="forbid")

    # Absent means unchanged; only the description may be set to null.
    url: WebhookURL | None = Field(None, json_schema_extra=_not_null)
    format: PayloadFormat | None = Field(None, json_schema_extra=_not_null)
    description: Description | None = None
    rules: Rules | None = Field(None, json_schema_extra=_not_null)
    theatres: Theatres | None = Field(None, json_schema_extra=_not_null)
    min_severity: Severity | None = Field(None, json_schema_extra=_not_null)
    event_types: AlertTypes | None = Field(None, json_schema_extra=_not_null)
    enabled: StrictBool | None = Field(None, json_schema_extra=_not_null)

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


class FeedbackGiven(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: Verdict
    note: Annotated[str, StringConstraints(max_length=1000), AfterValidator(_printable_line)] | None = None
