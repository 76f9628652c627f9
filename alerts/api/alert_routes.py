"""/v1/alerts: the recent alerts the dispatcher saw, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from alerts.api.context import ApiContext, context
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
