"""ASGI middleware: correlation id, security headers, JSON access log and HTTP metrics."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.api import logs
from backend.api.metrics import registry

log = logging.getLogger("bankpm.access")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


class RequestLogMiddleware:
    """Tag each request with a correlation id, log it as JSON and count it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        cid = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = logs.correlation_id.set(cid)
        started = time.perf_counter()
        status = 0

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["x-correlation-id"] = cid
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            path = scope.get("path", "")
            if scope["type"] == "http":
                metric_path = (
                    path
                    if path in ("/graphql", "/healthz", "/readyz", "/metrics")
                    else ("/assets" if path.startswith("/assets/") else "/*")
                )
                registry.observe_http(method=scope["method"], path=metric_path, status=status)
            log.info(
                "request",
                extra={
                    "fields": {
                        "kind": scope["type"],
                        "method": scope.get("method", "WS"),
                        "path": path,
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        "client": (scope.get("client") or ("-",))[0],
                    },
                    "correlation_id": cid,
                },
            )
            logs.correlation_id.reset(token)
