"""Every API error is JSON `{error, message, fields}`: a code, a sentence that says
what to fix, and for invalid input the fields at fault."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException

from conflictwatch.errors import (
    DeliveryInProgress,
    NotFound,
    SubscriptionDisabled,
    UnsafeWebhookURL,
)

log = logging.getLogger(__name__)


class FieldError(BaseModel):
    field: str
    message: str


class ErrorBody(BaseModel):
    error: str
    message: str
    fields: list[FieldError] = []


class Unauthorized(Exception):
    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _error(status: int, code: str, message: str, fields: list[FieldError] | None = None, **kw: Any) -> JSONResponse:
    body = ErrorBody(error=code, message=message, fields=fields or [])
    return JSONResponse(body.model_dump(mode="json"), status_code=status, **kw)


def _malformed(detail: str) -> JSONResponse:
    return _error(400, "malformed_body", f"the request body is not valid JSON ({detail}); send a JSON object")


def _field(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc]
    return ".".join(parts[1:] if parts and parts[0] in ("body", "query", "path", "header") else parts) or "body"


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "the body is not JSON"},
    401: {"model": ErrorBody, "description": "missing or wrong bearer token"},
    413: {"model": ErrorBody, "description": "the body is larger than CONFLICTWATCH_API_MAX_BODY"},
    422: {"model": ErrorBody, "description": "invalid input; `fields` names what to fix"},
    503: {"model": ErrorBody, "description": "the state store cannot be reached; retry in a moment"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "no such resource"}}
CONFLICT: dict[int | str, dict[str, Any]] = {409: {"model": ErrorBody, "description": "not possible in this state"}}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        if undecodable := [e for e in exc.errors() if e["type"] == "json_invalid"]:
            return _malformed(f"{undecodable[0]['ctx']['error']}: character {undecodable[0]['loc'][-1]}")
        fields = [FieldError(field=_field(tuple(e["loc"])), message=e["msg"]) for e in exc.errors()]
        message = "; ".join(f"{f.field}: {f.message}" for f in fields[:5])
        return _error(422, "invalid_request", f"invalid input: {message}", fields)

    @app.exception_handler(UnsafeWebhookURL)
    async def unsafe(_: Request, exc: UnsafeWebhookURL) -> JSONResponse:
        return _error(422, "unsafe_url", str(exc), [FieldError(field="url", message=str(exc))])

    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _error(404, "not_found", str(exc))

    @app.exception_handler(DeliveryInProgress)
    async def in_progress(_: Request, exc: DeliveryInProgress) -> JSONResponse:
        return _error(409, "delivery_pending", str(exc))

    @app.exception_handler(SubscriptionDisabled)
    async def disabled(_: Request, exc: SubscriptionDisabled) -> JSONResponse:
        return _error(409, "subscription_disabled", str(exc))

    @app.exception_handler(Unauthorized)
    async def unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return _error(401, "unauthorized", exc.message, headers={"www-authenticate": "Bearer"})

    @app.exception_handler(RedisError)
    async def unavailable(request: Request, exc: RedisError) -> JSONResponse:
        log.warning("state store unavailable on %s %s: %r", request.method, request.url.path, exc)
        return _error(503, "unavailable", "state store unavailable; retry in a moment")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error on %s %s: %r", request.method, request.url.path, exc)
        return _error(500, "internal_error", "an unexpected error; the API's log has the details")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"no resource at {request.url.path}; the API's resources are listed at /docs and /openapi.json"
            if request.url.path.endswith("/"):
                message += " (their paths end without a slash)"
        elif exc.status_code == 405:
            message = (
                f"{request.method} is not allowed on {request.url.path}; "
                f"/openapi.json lists the methods each path takes"
            )
        elif exc.status_code == 400:  # FastAPI could not read the body (not UTF-8, nested too deep)
            return _malformed(exc.detail)
        else:
            message = str(exc.detail)
        code = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, message, headers=exc.headers)
