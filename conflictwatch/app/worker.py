"""Compose the worker: one Faust app with the detection and dispatch agents,
Faust's Prometheus sensors and our metrics on the same /metrics page."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry, disable_created_metrics
from tenacity import RetryCallState, Retrying, retry_if_exception_type, wait_exponential_jitter

import alerts.agents
import streams.agents
from alerts.metrics import DeliveryMetrics
from conflictwatch.app.waiting_health import WaitingHealth
from conflictwatch.errors import ServiceError
from conflictwatch.faust_app import create_app
from conflictwatch.kafka_admin import ensure_topics
from conflictwatch.redis_client import redis_client
from conflictwatch.settings import Settings
from streams.metrics import StreamMetrics

log = logging.getLogger(__name__)


def build_worker_app(settings: Settings) -> faust.App:
    disable_created_metrics()  # type: ignore[no-untyped-call]  # *_created series are noise
    registry = CollectorRegistry()
    app = create_app(settings)
    setup_prometheus_sensors(app, pattern="/metrics", registry=registry, name_prefix="conflictwatch_faust")
    redis = redis_client(settings)
    streams.agents.register(app, settings, redis, StreamMetrics.create(registry))
    alerts.agents.register(app, settings, redis, DeliveryMetrics.create(registry))
    return app


def run_worker(settings: Settings) -> None:
    with WaitingHealth(settings.web_host, settings.web_port) as health:
        wait_for_kafka(settings, health.waiting)
    app = build_worker_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.upper())
    # What is built so far (modules, the app and its agents) lives as long as the
    # process: out of the cyclic collector's sight, a full collection scans only what
    # the worker made since: at 1,000 events/s its full collections paused it 11-25 ms
    # instead of 170-320 ms.
    gc.freeze()
    worker.execute_from_commandline()


def wait_for_kafka(settings: Settings, tell: Callable[[str], None] = lambda reason: None) -> None:
    """A long-running process outlives a broker that is not up yet (a stack starting,
    a broker restarting): it waits, saying so (in its log and to `tell`), instead of exiting."""

    def waiting(state: RetryCallState) -> None:
        failure = state.outcome.exception() if state.outcome is not None else None
        pause = state.next_action.sleep if state.next_action is not None else 0.0
        log.warning("waiting for Kafka: %s; trying again in %.0f s", failure, pause)
        tell(str(failure))

    for attempt in Retrying(
        retry=retry_if_exception_type(ServiceError),
        wait=wait_exponential_jitter(initial=1, max=30),
        before_sleep=waiting,
    ):
        with attempt:
            ensure_topics(settings)
