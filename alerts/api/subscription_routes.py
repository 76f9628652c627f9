"""/v1/subscriptions: create, list, read, update, delete, test ping, rotate secret."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Response

from alerts.api.context import ApiContext, context
from alerts.api.errors import NOT_FOUND
from alerts.api.schemas import SecretRotated, SubscriptionCreate, SubscriptionCreated, SubscriptionUpdate
from alerts.deliveries import Delivery
from alerts.ping import ping
from alerts.signing import new_secret
from alerts.subscriptions import Subscription, SubscriptionId, SubscriptionSpec

router = APIRouter(prefix="/v1/subscriptions", tags=["subscriptions"])
Ctx = Annotated[ApiContext, Depends(context)]
Id = Annotated[SubscriptionId, Path(description="a subscription id, sub_…")]


@router.post("", status_code=201, response_model=SubscriptionCreated)
async def create_subscription(body: SubscriptionCreate, ctx: Ctx) -> SubscriptionCreated:
    """Subscribe a URL. The signing secret is in the answer, and only there."""
    await ctx.guard.check_url(body.url)
    secret = body.secret or new_secret()
    spec = SubscriptionSpec.model_validate(body.model_dump(exclude={"secret"}))
    subscription = await ctx.subscriptions.create(spec, secret, datetime.now(UTC))
    return SubscriptionCreated(**subscription.model_dump(), secret=secret)


@router.get(
    "",
    response_model=list[Subscription],
    responses={
        200: {
            "headers": {
                "Link": {
                    "description": 'the next page, `</v1/subscriptions?limit=…&cursor=…>; rel="next"`; '
                    "absent on the last page",
                    "schema": {"type": "string"},
                }
            }
        }
    },
)
async def list_subscriptions(
    ctx: Ctx,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=1000, description="at most this many subscriptions")] = 100,
    cursor: Annotated[
        SubscriptionId | None, Query(description="start after this id (the Link header's next page gives it)")
    ] = None,
) -> list[Subscription]:
    """In id order, a page at a time: follow the `Link` header's `rel="next"` URL."""
    subscriptions, last = await ctx.subscriptions.page(cursor, limit)
    if last is not None:
        response.headers["link"] = f'</v1/subscriptions?{urlencode({"limit": limit, "cursor": last})}>; rel="next"'
    return subscriptions


@router.get("/{subscription_id}", response_model=Subscription, responses=NOT_FOUND)
async def get_subscription(subscription_id: Id, ctx: Ctx) -> Subscription:
    subscription, _ = await ctx.subscriptions.get(subscription_id)
    return subscription


@router.patch("/{subscription_id}", response_model=Subscription, responses=NOT_FOUND)
async def update_subscription(subscription_id: Id, body: SubscriptionUpdate, ctx: Ctx) -> Subscription:
    """Change the fields given; `{"enabled": true}` re-enables a disabled endpoint."""
    if body.url is not None:
        await ctx.guard.check_url(body.url)
    return await ctx.subscriptions.update(subscription_id, body.changes(), body.enabled, datetime.now(UTC))


@router.delete("/{subscription_id}", status_code=204, response_class=Response, responses=NOT_FOUND)
async def delete_subscription(subscription_id: Id, ctx: Ctx) -> Response:
    await ctx.subscriptions.delete(subscription_id)
    return Response(status_code=204)


@router.post("/{subscription_id}/test", response_model=Delivery, responses=NOT_FOUND)
async def test_subscription(subscription_id: Id, ctx: Ctx) -> Delivery:
    """Send a signed `subscription.test` now, once; the answer says how the endpoint responded."""
    subscription, secrets = await ctx.subscriptions.get(subscription_id)
    return await ping(
        subscription,
        secrets,
        client=ctx.client,
        guard=ctx.guard,
        deliveries=ctx.deliveries,
        metrics=ctx.delivery_metrics,
        external_url=ctx.settings.api_url,
    )


@router.post("/{subscription_id}/secret/rotate", response_model=SecretRotated, responses=NOT_FOUND)
async def rotate_secret(subscription_id: Id, ctx: Ctx) -> SecretRotated:
    """A new secret; the previous one keeps signing alongside it for CONFLICTWATCH_WEBHOOK_SECRET_ROTATION."""
    secret, now, window = new_secret(), datetime.now(UTC), ctx.settings.webhook_secret_rotation
    await ctx.subscriptions.rotate(subscription_id, secret, now, window)
    return SecretRotated(secret=secret, previous_secret_valid_until=now + window)
