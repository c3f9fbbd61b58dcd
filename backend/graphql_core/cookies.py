"""The browser's session cookie: HttpOnly, SameSite=Strict, set at sign-in, cleared at sign-out."""

from __future__ import annotations

from starlette.responses import Response
from starlette.websockets import WebSocket

SESSION_COOKIE = "bankpm_session"


def set_session_cookie(response: Response | WebSocket | None, token: str, *, secure: bool) -> None:
    """Hand the browser its session token (API clients use the token in the payload)."""
    if isinstance(response, Response):
        response.set_cookie(
            SESSION_COOKIE, token, httponly=True, samesite="strict", secure=secure, path="/"
        )


def clear_session_cookie(response: Response | WebSocket | None) -> None:
    """Make the browser forget its session token."""
    if isinstance(response, Response):
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
