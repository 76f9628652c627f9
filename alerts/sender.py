"""Attempts of due deliveries, each in its own task, so that one slow endpoint
never stalls the others nor the agent that queued them.

At most `endpoint_concurrency` attempts run per subscription and `concurrency`
in all. After an attempt the sender carries out what retry_policy decides: the
delivery is delivered, scheduled again, or given up (dead-lettered on the
webhook dead-letter topic and in the delivery log), its endpoint disabled with
the reason shown by the API when the policy says so.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from alerts.attempt import AttemptOutcome, AttemptResult, attempt
from alerts.deliveries import Attempt, Delivery, DeliveryStatus, DeliveryStore, DueRef
from alerts.http import WebhookClient
from alerts.metrics import DeliveryMetrics
from alerts.retry_policy import Delivered, GiveUp, GiveUpReason, RetryAt, Uniform, decide
from alerts.signing import signed_headers
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from alerts.subscriptions import Secrets, Subscription
from conflictwatch.errors import NotFound

log = logging.getLogger(__name__)

# Publishes a delivery given up on, with its body, on the webhook dead-letter topic.
PublishDeadDelivery = Callable[[Delivery, str], Awaitable[None]]


class DueDelivery(NamedTuple):
    """A due delivery with what its attempt needs: its subscription, secrets and body."""

    subscription: Subscription
    secrets: Secrets
    delivery: Delivery
    body: str


class Sender:
    def __init__(
        self,
        *,
        client: WebhookClient,
        guard: WebhookGuard,
        subscriptions: SubscriptionStore,
        deliveries: DeliveryStore,
        schedule: Sequence[float],
        disable_after: timedelta,
        lease: timedelta,
        concurrency: int,
        endpoint_concurrency: int,
        metrics: DeliveryMetrics,
        publish_dead_letter: PublishDeadDelivery,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        uniform: Uniform = random.uniform,
    ) -> None:
        self.client = client
        self.guard = guard
        self.subscriptions = subscriptions
        self.deliveries = deliveries
        self.schedule = list(schedule)
        self.disable_after = disable_after
        self.lease = lease
        self.concurrency = concurrency
        self.endpoint_concurrency = endpoint_concurrency
        self.metrics = metrics
        self.publish_dead_letter = publish_dead_letter
        self.clock = clock
        self.uniform = uniform
        self._slots = asyncio.Semaphore(concurrency)
        self._endpoints: dict[str, asyncio.Semaphore] = {}
        self._in_flight: dict[str, asyncio.Task[None]] = {}
        self._closed = False

    def start(self, ref: DueRef, due: DueDelivery | None = None) -> None:
        """Attempt a delivery this worker holds the lease of, in a task of its own;
        `due` spares reading back what the caller just wrote (a new delivery)."""
        if ref.member not in self._in_flight and not self._closed:
            task = asyncio.create_task(self._run(ref, due), name=f"webhook {ref.member}")
            self._in_flight[ref.member] = task
            task.add_done_callback(lambda _: self._in_flight.pop(ref.member, None))

    async def poll(self) -> None:
        """Claim the due deliveries this worker has room for (retries, and those a
        dead worker left) and start them; refresh the pending gauge."""
        room = 0 if self._closed else self.concurrency - len(self._in_flight)
        if room > 0:
            for ref in await self.deliveries.claim(self.clock(), self.lease, room):
                self.start(ref)
        self.metrics.pending.set(await self.deliveries.pending())

    async def close(self) -> None:
        """Give the attempts in flight the time one attempt may take, then close the
        client; those still waiting keep their lease and are claimed again later."""
        self._closed = True  # nothing new starts
        if self._in_flight:
            _, waiting = await asyncio.wait(list(self._in_flight.values()), timeout=self.client.timeout + 1)
            for task in waiting:
                task.cancel()
        await self.client.aclose()

    async def _run(self, ref: DueRef, due: DueDelivery | None) -> None:
        try:
            await self.send(ref, due or await self.load(ref))
        except Exception:
            log.exception("webhook attempt failed delivery=%s; it will be retried after its lease", ref.member)

    async def load(self, ref: DueRef) -> DueDelivery | None:
        """What an attempt of `ref` needs, or None when its subscription or record is gone."""
        try:
            subscription, secrets = await self.subscriptions.get(ref.subscription_id)
            delivery, body = await self.deliveries.get_with_body(ref.subscription_id, ref.delivery_id)
        except NotFound:  # subscription deleted, or record expired
            return None
        return DueDelivery(subscription, secrets, delivery, body)

    async def send(self, ref: DueRef, due: DueDelivery | None) -> None:
        if due is None or due.delivery.status is not DeliveryStatus.PENDING:
            await self.deliveries.unqueue(ref)
            return
        subscription, secrets, delivery, body = due
        if not subscription.enabled:
            await self._give_up(
                ref, delivery, body, GiveUpReason.DISABLED, f"subscription disabled: {subscription.disabled_reason}"
            )
            return
        endpoint = self._endpoints.setdefault(subscription.id, asyncio.Semaphore(self.endpoint_concurrency))
        queued = self.clock()
        async with endpoint, self._slots:
            now = self.clock()
            if now - queued > self.lease / 2:  # waited for a slot: keep the lease
                await self.deliveries.schedule(ref, now + self.lease)
            headers = signed_headers(secrets.signing(now), delivery.id, now, body)
            result = await attempt(self.client, self.guard, subscription.url, body, headers, self.metrics)
        await self._record(ref, subscription, delivery, body, result, now)

    async def _record(
        self,
        ref: DueRef,
        subscription: Subscription,
        delivery: Delivery,
        body: str,
        result: AttemptResult,
        at: datetime,
    ) -> None:
        now = self.clock()
        delivery.attempts.append(
            Attempt(at=at, status_code=result.status, latency_ms=round(result.latency * 1000, 3), error=result.error)
        )
        delivery.tries += 1
        delivery.url = subscription.url
        delivery.updated_at = now
        failing_since = None
        if result.outcome is not AttemptOutcome.SUCCESS:
            failing_since = await self.subscriptions.record_failure(subscription.id, now)
        decision = decide(
            tries=delivery.tries,
            result=result,
            failing_since=failing_since,
            now=now,
            schedule=self.schedule,
            disable_after=self.disable_after,
            uniform=self.uniform,
        )
        match decision:
            case Delivered():
                await self._delivered(ref, delivery)
            case RetryAt(at=next_at):
                delivery.next_attempt_at = next_at
                await self.deliveries.save(delivery)
                await self.deliveries.schedule(ref, next_at)
            case GiveUp(reason=reason, detail=detail, disable=disable):
                if disable is not None:
                    await self.subscriptions.disable(subscription.id, disable, now)
                await self._give_up(ref, delivery, body, reason, detail)

    async def _delivered(self, ref: DueRef, delivery: Delivery) -> None:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.next_attempt_at = None
        # The failure streak ends, whatever a cached copy of the subscription says.
        await self.deliveries.save(
            delivery, unqueue=ref, also=lambda pipe: self.subscriptions.add_success(pipe, delivery.subscription_id)
        )
        self.metrics.deliveries.labels(outcome="delivered").inc()
        if delivery.alert_emitted_at is not None:
            latency = (delivery.updated_at - delivery.alert_emitted_at).total_seconds()
            self.metrics.alert_to_delivery.observe(max(latency, 0.0))
        log.info(
            "delivered webhook_id=%s subscription=%s attempts=%d", delivery.id, ref.subscription_id, delivery.tries
        )

    async def _give_up(
        self, ref: DueRef, delivery: Delivery, body: str, reason: GiveUpReason, detail: str | None
    ) -> None:
        delivery.status = DeliveryStatus.DEAD_LETTER
        delivery.dead_letter_reason = f"{reason}: {detail}" if detail else reason.value
        delivery.next_attempt_at = None
        await self.publish_dead_letter(delivery, body)
        await self.deliveries.save(delivery, unqueue=ref)
        self.metrics.dead_letters.labels(reason=reason).inc()
        self.metrics.deliveries.labels(outcome="dead_letter").inc()
        log.warning(
            "dead-lettered webhook_id=%s subscription=%s reason=%s detail=%s",
            delivery.id,
            ref.subscription_id,
            reason,
            detail,
        )
