"""/v1/subscriptions/{id}/deliveries: the delivery log, and resending."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from alerts.api.context import ApiContext, context
from alerts.api.errors import CONFLICT, NOT_FOUND
from alerts.deliveries import Delivery, DeliveryStatus, DueRef
from alerts.subscriptions import SubscriptionId
from conflictwatch.errors import DeliveryInProgress, SubscriptionDisabled

router = APIRouter(prefix="/v1/subscriptions/{subscription_id}/deliveries", tags=["deliveries"])
Ctx = Annotated[ApiContext, Depends(context)]
Id = Annotated[SubscriptionId, Path(description="a subscription id, sub_…")]
DeliveryId = Annotated[str, Path(pattern=r"^msg_[0-9a-f]{32}$", description="a webhook-id, msg_…")]


@router.get("", response_model=list[Delivery], responses=NOT_FOUND)
async def list_deliveries(
    subscription_id: Id,
    ctx: Ctx,
    status: Annotated[DeliveryStatus | None, Query(description="only deliveries in this state")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[Delivery]:
    """Newest first, each with its attempts (time, status code, latency, error)."""
    await ctx.subscriptions.get(subscription_id)
    return await ctx.deliveries.log(subscription_id, status, limit, datetime.now(UTC))


@router.get("/{delivery_id}", response_model=Delivery, responses=NOT_FOUND)
async def get_delivery(subscription_id: Id, delivery_id: DeliveryId, ctx: Ctx) -> Delivery:
    return await ctx.deliveries.get(subscription_id, delivery_id)


@router.post("/{delivery_id}/resend", status_code=202, response_model=Delivery, responses=NOT_FOUND | CONFLICT)
async def resend_delivery(subscription_id: Id, delivery_id: DeliveryId, ctx: Ctx) -> Delivery:
    """Queue the same message (same webhook-id and body) for a new series of attempts."""
    subscription, _ = await ctx.subscriptions.get(subscription_id)
    delivery = await ctx.deliveries.get(subscription_id, delivery_id)
    if delivery.status is DeliveryStatus.PENDING:
        raise DeliveryInProgress(delivery_id)
    if not subscription.enabled:
        raise SubscriptionDisabled(subscription_id, subscription.disabled_reason)
    now = datetime.now(UTC)
    resent = delivery.model_copy(
        update={"status": DeliveryStatus.PENDING, "tries": 0, "next_attempt_at": now, "dead_letter_reason": None}
        | {"updated_at": now}
    )
    await ctx.deliveries.save(resent)
    await ctx.deliveries.schedule(DueRef(subscription_id, delivery_id), now)
    return resent
