"""The REST API (FastAPI): subscriptions, their deliveries, recent alerts, health."""
