"""Turn alerts into deliveries: match each alert against the subscriptions and
queue one delivery per alert state and subscription.

The delivery's webhook-id is a hash of (fingerprint, status, revision,
subscription id), one per alert state:
a replayed or duplicated alert finds its delivery already recorded and is not
sent again, and every retry of one delivery carries the same id, so receivers
can dedupe the rare repeat. Queuing is all the agent waits for; the attempts run
in the sender's tasks.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from alerts.deliveries import Delivery, DeliveryStore, DueRef
from alerts.metrics import DeliveryMetrics
from alerts.payload import alert_body, webhook_type
from alerts.recent import RecentAlerts
from alerts.sender import DueDelivery, Sender
from alerts.signing import message_id
from alerts.subscription_store import SubscriptionStore
from alerts.subscriptions import Secrets, Subscription
from conflictwatch.models import Alert


class Dispatcher:
    def __init__(
        self,
        *,
        subscriptions: SubscriptionStore,
        deliveries: DeliveryStore,
        recent: RecentAlerts,
        sender: Sender,
        metrics: DeliveryMetrics,
        lease: timedelta,
        external_url: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.subscriptions = subscriptions
        self.deliveries = deliveries
        self.recent = recent
        self.sender = sender
        self.metrics = metrics
        self.lease = lease
        self.external_url = external_url
        self.clock = clock
        self._cached: list[tuple[Subscription, Secrets]] = []
        self._version: str | object | None = object()  # of what _cached holds; nothing read yet

    async def enabled_subscriptions(self) -> list[tuple[Subscription, Secrets]]:
        """The enabled subscriptions, re-read whenever one changed (a version read
        per call instead: a subscription made just before an alert gets it)."""
        version = await self.subscriptions.version()
        if version != self._version:
            self._cached = await self.subscriptions.all()  # read after the version: never older than it
            self._version = version
            self.metrics.disabled_endpoints.set(sum(not s.enabled for s, _ in self._cached))
        return [(s, secrets) for s, secrets in self._cached if s.enabled]

    def deliveries_for(
        self, alerts: Sequence[Alert], subscriptions: Sequence[tuple[Subscription, Secrets]], now: datetime
    ) -> list[DueDelivery]:
        return [
            DueDelivery(
                subscription,
                secrets,
                Delivery(
                    id=message_id(alert.fingerprint, alert.status.value, str(alert.revision), subscription.id),
                    subscription_id=subscription.id,
                    type=webhook_type(alert),
                    fingerprint=alert.fingerprint,
                    alert_emitted_at=alert.emitted_at,
                    url=subscription.url,
                    created_at=now,
                    updated_at=now,
                ),
                alert_body(alert, subscription.format, subscription.id, now, self.external_url),
            )
            for alert in alerts
            for subscription, secrets in subscriptions
            if subscription.matches(alert)
        ]

    async def accept(self, alerts: Sequence[Alert]) -> None:
        """Record the alerts and queue their deliveries; start the new ones at once
        (the due queue's poll is for retries and for what a dead worker left)."""
        now = self.clock()
        queued = self.deliveries_for(alerts, await self.enabled_subscriptions(), now)
        # Both idempotent, so a failure of either retries the pair: one round trip of waiting.
        _, created = await asyncio.gather(
            self.recent.record(alerts),
            self.deliveries.create([(due.delivery, due.body) for due in queued], due_at=now + self.lease),
        )
        for due, new in zip(queued, created, strict=True):
            if new:
                self.sender.start(DueRef(due.delivery.subscription_id, due.delivery.id), due)
            else:
                self.metrics.deliveries.labels(outcome="duplicate").inc()
