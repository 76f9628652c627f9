"""`subscription.test`: one signed attempt now, answered to the caller and kept in
the delivery log (not retried: the caller sees the result at once)."""

from __future__ import annotations

import secrets as random_secrets
from datetime import UTC, datetime

from alerts.attempt import AttemptOutcome, attempt
from alerts.deliveries import Attempt, Delivery, DeliveryStatus, DeliveryStore
from alerts.http import WebhookClient
from alerts.metrics import DeliveryMetrics
from alerts.payload import WebhookType, ping_body
from alerts.signing import signed_headers
from alerts.ssrf import WebhookGuard
from alerts.subscriptions import Secrets, Subscription


async def ping(
    subscription: Subscription,
    secrets: Secrets,
    *,
    client: WebhookClient,
    guard: WebhookGuard,
    deliveries: DeliveryStore,
    metrics: DeliveryMetrics,
    external_url: str,
) -> Delivery:
    """Raises UnsafeWebhookURL when the endpoint resolves, or redirects, to an
    address webhooks may not reach."""
    now = datetime.now(UTC)
    body = ping_body(subscription.format, subscription.id, now, external_url)
    delivery_id = "msg_" + random_secrets.token_hex(16)
    headers = signed_headers(secrets.signing(now), delivery_id, now, body)
    result = await attempt(client, guard, subscription.url, body, headers, metrics)
    if result.refused is not None:
        raise result.refused
    delivery = Delivery(
        id=delivery_id,
        subscription_id=subscription.id,
        type=WebhookType.SUBSCRIPTION_TEST,
        url=subscription.url,
        status=DeliveryStatus.DELIVERED if result.outcome is AttemptOutcome.SUCCESS else DeliveryStatus.FAILED,
        tries=1,
        attempts=[
            Attempt(at=now, status_code=result.status, latency_ms=round(result.latency * 1000, 3), error=result.error)
        ],
        created_at=now,
        updated_at=datetime.now(UTC),
    )
    await deliveries.create([(delivery, body)], due_at=None)
    return delivery
