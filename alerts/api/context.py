"""What the API's routes share, built once per process from the settings."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from alerts.deliveries import DeliveryStore
from alerts.feedback import FeedbackStore
from alerts.http import WebhookClient
from alerts.metrics import DeliveryMetrics
from alerts.recent import RecentAlerts
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from conflictwatch.redis_client import AsyncRedis
from conflictwatch.settings import Settings


@dataclass(frozen=True)
class ApiContext:
    settings: Settings
    redis: AsyncRedis
    guard: WebhookGuard
    client: WebhookClient
    subscriptions: SubscriptionStore
    deliveries: DeliveryStore
    recent: RecentAlerts
    feedback: FeedbackStore
    delivery_metrics: DeliveryMetrics


def context(request: Request) -> ApiContext:
    found: ApiContext = request.app.state.context
    return found
