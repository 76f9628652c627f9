"""The long-running processes: the worker and the REST API."""

from __future__ import annotations

import click

from conflictwatch.app.cli.root import main, settings


@main.command()
def worker() -> None:
    """Run the Faust worker: detection agent, webhook dispatcher and /metrics."""
    from conflictwatch.app.worker import run_worker

    run_worker(settings())


@main.command()
@click.option("--host", default=None, help="interface to listen on [CONFLICTWATCH_API_HOST]")
@click.option("--port", type=int, default=None, help="port to listen on [CONFLICTWATCH_API_PORT]")
def api(host: str | None, port: int | None) -> None:
    """Serve the REST API (subscriptions, deliveries, alerts; OpenAPI at /openapi.json)."""
    import uvicorn
    from prometheus_client import disable_created_metrics

    from alerts.api.app import create_app
    from alerts.api.server import server_config

    current = settings()
    disable_created_metrics()  # type: ignore[no-untyped-call]  # *_created series are noise
    app = create_app(current)
    uvicorn.Server(server_config(app, current, host or current.api_host, port or current.api_port)).run()
