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
        try:
            response = self.http.request(method, path, json=body)
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
        return response.json()

    def subscriptions(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._call("GET", "/v1/subscriptions")
        return found

    def subscribe(self, body: dict[str, Any]) -> dict[str, Any]:
        created: dict[str, Any] = self._call("POST", "/v1/subscriptions", body)
        return created
