"""Compose the worker: one Faust app with the detection and dispatch agents,
Faust's Prometheus sensors and our metrics on the same /metrics page."""

from __future__ import annotations

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry, disable_created_metrics

import alerts.agents
import streams.agents
from alerts.metrics import DeliveryMetrics
from conflictwatch.faust_app import create_app
from conflictwatch.kafka_admin import ensure_topics
from conflictwatch.redis_client import redis_client
from conflictwatch.settings import Settings
from streams.metrics import StreamMetrics


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
    ensure_topics(settings)
    app = build_worker_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.upper())
    worker.execute_from_commandline()
