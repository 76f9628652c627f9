"""Bearer-token authentication against CONFLICTWATCH_API_TOKENS, compared in
constant time (every configured token is compared, whichever matches)."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from alerts.api.context import ApiContext, context
from alerts.api.errors import Unauthorized

bearer = HTTPBearer(auto_error=False, description="a token from CONFLICTWATCH_API_TOKENS")


def require_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ctx: Annotated[ApiContext, Depends(context)],
) -> None:
    if credentials is None:
        raise Unauthorized("send the header `Authorization: Bearer <token>` with a token from CONFLICTWATCH_API_TOKENS")
    given = credentials.credentials.encode()
    matches = [hmac.compare_digest(given, token.get_secret_value().encode()) for token in ctx.settings.api_tokens]
    if not any(matches):
        raise Unauthorized("the bearer token is not valid; use one of the tokens in CONFLICTWATCH_API_TOKENS")
