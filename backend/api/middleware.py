"""ASGI middleware: correlation id, security headers, JSON access log, HTTP metrics, and the
edge limits on request bodies (size and read time)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping

import orjson
from graphql import FieldNode, GraphQLError, OperationDefinitionNode, parse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.api import logs
from backend.api.metrics import registry
from backend.graphql_core.cookies import SESSION_COOKIE
from backend.settings import Settings

log = logging.getLogger("bankpm.access")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

#: The console's Content-Security-Policy: scripts and everything else from this origin only
#: (the built console has no inline script). Ant Design writes its CSS-in-JS into <style>
#: elements at run time, so styles need 'unsafe-inline'; images and fonts may be data: URLs
#: (icons, ECharts' exports). 'self' in connect-src covers same-origin websockets too.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()"
)
#: Sent in production only: a development server on http://localhost must not pin HTTPS.
HSTS = "max-age=31536000; includeSubDomains"

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "permissions-policy": PERMISSIONS_POLICY,
}


def security_headers(settings: Settings | None) -> dict[str, str]:
    """The headers every response carries (HSTS only in production)."""
    headers = dict(SECURITY_HEADERS)
    if settings is not None and settings.is_production:
        headers["strict-transport-security"] = HSTS
    return headers


class RequestLogMiddleware:
    """Tag each request with a correlation id, log it as JSON and count it."""

    def __init__(self, app: ASGIApp, settings: Settings | None = None) -> None:
        self.app = app
        self.headers = security_headers(settings)

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
                ide = scope.get("path") == "/graphql" and headers.get(
                    "content-type", ""
                ).startswith("text/html")
                for name, value in self.headers.items():
                    # GraphiQL (development only) loads its scripts from a CDN, inline.
                    if not (ide and name == "content-security-policy"):
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


# --- request bodies: size and read time ------------------------------------------------------


class _Refused(Exception):
    """A request refused at the edge, before the application saw it."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _too_large(limit: int) -> _Refused:
    return _Refused(413, "PAYLOAD_TOO_LARGE", f"The request body is larger than {limit:,} bytes.")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def _has_credential(scope: Scope) -> bool:
    """Whether the request carries something that could sign it in (checked later)."""
    authorization = _header(scope, b"authorization") or b""
    cookie = _header(scope, b"cookie") or b""
    return authorization.lower().startswith(b"bearer ") or f"{SESSION_COOKIE}=".encode() in cookie


def root_fields(body: bytes) -> list[str] | None:
    """The root field names of the operation a GraphQL POST body selects, or None when the
    body is not a single well-formed operation made of plain fields."""
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return None
    try:
        document = parse(payload["query"], no_location=True, max_tokens=2_000)
    except GraphQLError:
        return None
    name = payload.get("operationName")
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name:
        operations = [o for o in operations if o.name is not None and o.name.value == name]
    if len(operations) != 1:
        return None
    selections = operations[0].selection_set.selections
    if not all(isinstance(s, FieldNode) for s in selections):
        return None
    return [s.name.value for s in selections if isinstance(s, FieldNode)]


class BodyLimitMiddleware:
    """Refuse request bodies that are too large or too slow, before the application reads them.

    Every body may have ``settings.max_body_bytes`` (1 MB). Only POST /graphql with one of the
    file-carrying operations in ``large_fields`` (root field -> its own cap: the file limit plus
    base64's 4/3 and some slack) may be larger, and only for a caller whose credential signs
    in; such a body is read in full, then must select nothing but those fields. A declared
    ``Content-Length`` over the limit is refused at once (the body is never read); a streamed
    (chunked) body is counted as it arrives and refused as soon as it passes the limit. The
    whole body must arrive within ``settings.body_timeout_seconds`` (else 408). Refusals close
    the connection, so an unread body is never drained.
    """

    def __init__(
        self,
        app: ASGIApp,
        settings: Settings,
        large_fields: Mapping[str, int],
        authenticate: Callable[[Scope], Awaitable[bool]],
    ) -> None:
        self.app = app
        self.limit = settings.max_body_bytes
        self.large_fields = dict(large_fields)
        self.ceiling = max([self.limit, *self.large_fields.values()])
        self.timeout = settings.body_timeout_seconds
        self.authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            _header(scope, b"content-length") is None
            and _header(scope, b"transfer-encoding") is None
        ):
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
        except _Refused as refused:
            await _refuse(send, refused)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _may_be_large(self, scope: Scope) -> bool:
        return (
            bool(self.large_fields)
            and scope["method"] == "POST"
            and scope["path"] == "/graphql"
            and _has_credential(scope)
        )

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        allowed = self.ceiling if self._may_be_large(scope) else self.limit
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                raise _Refused(400, "BAD_REQUEST", "Invalid Content-Length.") from None
            if length > allowed:
                raise _too_large(self.limit if allowed == self.limit else allowed)
            if length > self.limit and not await self.authenticate(scope):
                raise _too_large(self.limit)
        chunks: list[bytes] = []
        size = 0
        signed_in = False
        try:
            async with asyncio.timeout(self.timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        raise _Refused(400, "BAD_REQUEST", "The client went away.")
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > allowed:
                        raise _too_large(self.limit if allowed == self.limit else allowed)
                    if size > self.limit and not signed_in:
                        if not await self.authenticate(scope):
                            raise _too_large(self.limit)
                        signed_in = True
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            raise _Refused(
                408, "REQUEST_TIMEOUT", f"The request body did not arrive within {self.timeout} s."
            ) from None
        body = b"".join(chunks)
        if size > self.limit:
            fields = root_fields(body)
            caps = [self.large_fields.get(f, 0) for f in fields or []]
            if not caps or min(caps) == 0 or size > max(caps):
                raise _too_large(self.limit)
        return body


async def _refuse(send: Send, refused: _Refused) -> None:
    log.warning(
        "request refused at the edge: %s",
        refused.message,
        extra={"correlation_id": logs.correlation_id.get()},
    )
    body = orjson.dumps(
        {"errors": [{"message": refused.message, "extensions": {"code": refused.code}}]}
    )
    await send(
        {
            "type": "http.response.start",
            "status": refused.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
