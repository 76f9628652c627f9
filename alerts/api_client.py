"""The API as the CLI's `subscribe` and `subscriptions` commands use it."""

from __future__ import annotations

from typing import Any

import httpx

from conflictwatch.errors import ApiError


class ApiClient:
    def __init__(self, base_url: str, token: str, timeout: float = 30.0) -> None:
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"), headers={"authorization": f"Bearer {token}"}, timeout=timeout
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.http.close()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._send(method, path, body).json()

    def _send(
        self, method: str, path: str, body: dict[str, Any] | None = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        try:
            response = self.http.request(method, path, json=body, params=params)
        except httpx.HTTPError as exc:
            raise ApiError(
                0, f"cannot reach the API at {self.http.base_url} ({exc}); is `conflictwatch api` running?"
            ) from exc
        if response.is_error:
            try:
                message = response.json()["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text[:500]
            raise ApiError(response.status_code, message)
        return response

    def subscriptions(self, page_size: int = 1000) -> list[dict[str, Any]]:
        """All of them, page after page."""
        found: list[dict[str, Any]] = []
        page: str | None = f"/v1/subscriptions?limit={page_size}"
        while page is not None:
            response = self._send("GET", page)
            found += response.json()
            page = response.links.get("next", {}).get("url")
        return found

    def alerts(self, status: str | None = None, since: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """The recent alerts, newest first (the API keeps the latest CONFLICTWATCH_RECENT_ALERTS)."""
        query = {"limit": limit} | ({"status": status} if status else {}) | ({"since": since} if since else {})
        found: list[dict[str, Any]] = self._send("GET", "/v1/alerts", params=query).json()
        return found

    def feedback(self, fingerprint: str) -> list[dict[str, Any]]:
        """The feedback given on an alert, oldest first."""
        found: list[dict[str, Any]] = self._call("GET", f"/v1/alerts/{fingerprint}/feedback")
        return found

    def subscribe(self, body: dict[str, Any]) -> dict[str, Any]:
        created: dict[str, Any] = self._call("POST", "/v1/subscriptions", body)
        return created
