"""/v1/alerts: the recent alerts the dispatcher saw, newest first, and the
feedback of the people who receive them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import AwareDatetime

from alerts.api.context import ApiContext, context
from alerts.api.errors import NOT_FOUND
from alerts.api.schemas import FeedbackGiven
from alerts.feedback import Feedback
from conflictwatch.errors import NotFound
from conflictwatch.models import Alert, AlertStatus, RuleId, Severity, Slug

router = APIRouter(prefix="/v1/alerts", tags=["alerts"])


@router.get("", response_model=list[Alert])
async def list_alerts(
    ctx: Annotated[ApiContext, Depends(context)],
    theatre: Annotated[Slug | None, Query()] = None,
    rule: Annotated[RuleId | None, Query()] = None,
    status: Annotated[AlertStatus | None, Query()] = None,
    min_severity: Annotated[Severity, Query()] = Severity.INFO,
    since: Annotated[AwareDatetime | None, Query(description="emitted at or after (ISO 8601 with offset)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[Alert]:
    return await ctx.recent.query(
        theatre=theatre, rule=rule, status=status, min_severity=min_severity, since=since, limit=limit
    )


Fingerprint = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="an alert's fingerprint (16 hex digits)")]


async def _listed(ctx: ApiContext, fingerprint: str) -> Alert:
    alert = await ctx.recent.latest(fingerprint)
    if alert is None:
        raise NotFound("recent alert", fingerprint, "GET /v1/alerts")
    return alert


@router.post("/{fingerprint}/feedback", status_code=201, response_model=Feedback, responses=NOT_FOUND)
async def give_feedback(
    fingerprint: Fingerprint, body: FeedbackGiven, ctx: Annotated[ApiContext, Depends(context)]
) -> Feedback:
    """Say whether an alert was useful, a false alarm, late or a duplicate (and why,
    in `note`): it counts toward its rule's precision (`conflictwatch_alert_feedback`)."""
    alert = await _listed(ctx, fingerprint)
    return await ctx.feedback.give(alert, body.verdict, body.note, datetime.now(UTC))


@router.get("/{fingerprint}/feedback", response_model=list[Feedback], responses=NOT_FOUND)
async def list_feedback(fingerprint: Fingerprint, ctx: Annotated[ApiContext, Depends(context)]) -> list[Feedback]:
    """The feedback given on the alert, oldest first."""
    found = await ctx.feedback.of_alert(fingerprint)
    if not found:
        await _listed(ctx, fingerprint)
    return found
