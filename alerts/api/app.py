"""The API application: `create_app(settings)`, served by `conflictwatch api`."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from redis.exceptions import RedisError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alerts.api import alert_routes, delivery_routes, subscription_routes
from alerts.api.auth import require_token
from alerts.api.context import ApiContext
from alerts.api.errors import ERROR_RESPONSES, ErrorBody, install_error_handlers
from alerts.api.schemas import Health, Readiness
from alerts.deliveries import DeliveryStore
from alerts.feedback import FeedbackStore
from alerts.http import WebhookClient, webhook_client
from alerts.metrics import ApiMetrics, DeliveryMetrics, alert_feedback_gauge
from alerts.recent import RecentAlerts
from alerts.ssrf import WebhookGuard
from alerts.subscription_store import SubscriptionStore
from conflictwatch.errors import ConfigError
from conflictwatch.redis_client import redis_client
from conflictwatch.redis_keys import RedisKeys
from conflictwatch.settings import Settings, env_name

log = logging.getLogger(__name__)

DESCRIPTION = """Subscribe webhooks to conflictwatch alerts, follow their deliveries, read recent alerts.

Every request under /v1 except health and readiness needs `Authorization: Bearer <token>`
with a token from CONFLICTWATCH_API_TOKENS. Webhooks are signed per the Standard Webhooks spec."""


class RequestMetrics:
    """Counts and times every request by method, route template and status."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            labels = {"method": scope["method"], "route": route}
            self.metrics.requests.labels(**labels, status=str(status)).inc()
            self.metrics.duration.labels(**labels).observe(time.perf_counter() - started)


class BodyLimit:
    """Refuses a request body over `max_body` bytes (413) as the app reads it: at
    once when its Content-Length says so, else once the bytes read pass the limit.
    (Starlette's RequestBodyLimitMiddleware answers a declared size over the limit
    in plain text, whatever the app answers.)"""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = HTTPException(
            413,
            f"the request body is larger than {self.max_body} bytes (CONFLICTWATCH_API_MAX_BODY); send less",
            headers={"connection": "close"},  # the rest of the body is not read
        )
        declared = Headers(scope=scope).get("content-length")
        received = 0

        async def limited() -> Message:
            nonlocal received
            if declared is not None and declared.isdigit() and int(declared) > self.max_body:
                raise too_large
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise too_large
            return message

        await self.app(scope, limited, send)


def create_app(
    settings: Settings, *, guard: WebhookGuard | None = None, client: WebhookClient | None = None
) -> FastAPI:
    """`guard` and `client` replace the ones built from the settings (tests)."""
    if not settings.api_tokens:
        raise ConfigError([(env_name("api_tokens"), "", "set at least one token to serve the API")])
    registry = CollectorRegistry(auto_describe=True)
    api_metrics = ApiMetrics.create(registry)
    keys = RedisKeys(settings.redis_prefix)
    guard = guard or WebhookGuard(settings.webhook_allow, timeout=settings.webhook_timeout)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        redis = redis_client(settings)
        http = client or webhook_client(guard, settings.webhook_timeout, settings.webhook_endpoint_concurrency)
        app.state.context = ApiContext(
            settings=settings,
            redis=redis,
            guard=guard,
            client=http,
            subscriptions=SubscriptionStore(redis, keys),
            deliveries=DeliveryStore(redis, keys, settings.webhook_log_retention),
            recent=RecentAlerts(redis, keys, settings.recent_alerts),
            feedback=FeedbackStore(redis, keys, settings.retention),
            delivery_metrics=delivery_metrics,
        )
        try:
            yield
        finally:
            await http.aclose()
            await redis.aclose()

    delivery_metrics = DeliveryMetrics.create(registry)
    feedback_metrics = alert_feedback_gauge(registry)
    # No redirect to the path with(out) a trailing slash: it would be built from the Host header.
    app = FastAPI(
        title="conflictwatch", version="1", description=DESCRIPTION, lifespan=lifespan, redirect_slashes=False
    )
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_body=settings.api_max_body)
    authenticated = [Depends(require_token)]
    for module in (subscription_routes, delivery_routes, alert_routes):
        app.include_router(module.router, dependencies=authenticated, responses=ERROR_RESPONSES)
    app.add_middleware(RequestMetrics, metrics=api_metrics)

    @app.get("/v1/health", response_model=Health, tags=["health"])
    async def health() -> Health:
        """The process answers (liveness)."""
        return Health()

    @app.get(
        "/v1/ready",
        response_model=Readiness,
        tags=["health"],
        responses={503: {"model": ErrorBody, "description": "the state store (Redis) cannot be reached"}},
    )
    async def ready() -> Readiness:
        """Redis answers (readiness)."""
        context: ApiContext = app.state.context
        await context.redis.ping()
        return Readiness()

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        context: ApiContext = app.state.context
        try:
            for (rule, verdict), given in (await context.feedback.counts()).items():
                feedback_metrics.labels(rule=rule, verdict=verdict.value).set(given)
        except RedisError as exc:  # the other metrics still say what this process did
            log.warning("feedback counts not refreshed: %s", exc)
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app
