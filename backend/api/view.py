"""The /graphql endpoint: authentication, CSRF defence and GraphQL-over-HTTP details."""

from __future__ import annotations

import dataclasses
import logging
import re
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse
from strawberry.schema import BaseSchema
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType

from backend.actor import Actor
from backend.api import logs
from backend.api.context import Context
from backend.api.extensions import UNAVAILABLE_MESSAGE, database_unavailable
from backend.api.ws import CredentialBoundHandler
from backend.domains.auth import service as auth_service
from backend.graphql_core.cookies import SESSION_COOKIE
from backend.i18n import locale_from_header, translate
from backend.settings import Settings

log = logging.getLogger("bankpm.graphql")
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
_SUGGESTION = re.compile(r" Did you mean [^?]*\?")


def _bearer(value: str | None) -> str | None:
    """Return the credential of an ``Authorization: Bearer ...`` value."""
    if not value:
        return None
    scheme, _, credential = value.partition(" ")
    return credential.strip() or None if scheme.lower() == "bearer" else None


def _client_ip(request: Request | WebSocket) -> str | None:
    return request.client.host if request.client else None


class GraphQLView(GraphQL[Context, None]):
    """Strawberry's ASGI view with BankPM's authentication and HTTP rules."""

    graphql_transport_ws_handler_class = CredentialBoundHandler

    def __init__(self, schema: BaseSchema, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            multipart_uploads_enabled=False,
            allowed_origins=settings.allowed_origins,
        )
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            # CSRF defence: browsers can only send JSON cross-site after a CORS preflight,
            # so refusing every other body type (forms, multipart, text) stops forged posts.
            content_type = Request(scope).headers.get("content-type", "")
            if content_type.split(";")[0].strip().lower() != "application/json":
                response = JSONResponse(
                    {
                        "errors": [
                            {"message": "POST /graphql requires Content-Type: application/json."}
                        ]
                    },
                    status_code=415,
                )
                await response(scope, receive, send)
                return
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await super().__call__(scope, receive, tracked)
        except Exception as exc:
            # The database went away before execution (signing the caller in): a retryable
            # 503, not a stack trace.
            if started or not database_unavailable(exc):
                raise
            log.warning("database unavailable before execution: %s", type(exc).__name__)
            locale = locale_from_header(Request(scope).headers.get("accept-language"))
            cid = logs.correlation_id.get() or "-"
            unavailable = JSONResponse(
                {
                    "errors": [
                        {
                            "message": translate(UNAVAILABLE_MESSAGE, locale, cid=cid),
                            "extensions": {"code": "SERVICE_UNAVAILABLE", "correlationId": cid},
                        }
                    ]
                },
                status_code=503,
                headers={"retry-after": "2"},
            )
            await unavailable(scope, receive, send)

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        origin = Actor.anonymous(
            ip_address=_client_ip(request),
            user_agent=request.headers.get("user-agent"),
            correlation_id=logs.correlation_id.get() or uuid.uuid4().hex,
            locale=locale_from_header(request.headers.get("accept-language")),
        )
        actor = origin
        if isinstance(request, Request):
            credential = _bearer(request.headers.get("authorization")) or request.cookies.get(
                SESSION_COOKIE
            )
            if credential:
                actor = await self._authenticate(credential, origin) or origin
        context = Context(request=request, response=response, actor=actor, settings=self.settings)
        if isinstance(request, Request):
            request.state.graphql_context = context
        return context

    async def actor_for_request(self, request: Request) -> Actor:
        """The actor behind a plain HTTP request (bearer token or session cookie)."""
        context = await self.get_context(request, None)
        return context.actor

    async def _authenticate(self, credential: str, origin: Actor) -> Actor | None:
        return await auth_service.authenticate(
            credential=credential, origin=origin, idle_minutes=self.settings.session_idle_minutes
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Authenticate a websocket in ``connection_init`` (Bearer in the payload, or cookie);
        an optional ``locale`` in the payload (zh-CN or en) sets the language of messages."""
        params = context.connection_params or {}
        raw = params.get("authorization") or params.get("Authorization")
        credential = _bearer(raw) if isinstance(raw, str) else None
        if credential is None and isinstance(context.request, WebSocket):
            credential = context.request.cookies.get(SESSION_COOKIE)
        actor = await self._authenticate(credential, context.actor) if credential else None
        if actor is None:
            raise ConnectionRejectionError({"message": "Sign in first.", "code": "UNAUTHENTICATED"})
        locale = params.get("locale")
        if isinstance(locale, str) and locale.strip():
            actor = dataclasses.replace(actor, locale=locale_from_header(locale))
        context.actor = actor
        context.credential = credential
        return None

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        data = await super().process_result(request, result)
        errors = data.get("errors")
        if self.settings.is_production and isinstance(errors, list):
            for error in errors:
                if isinstance(error, dict):
                    error["message"] = _SUGGESTION.sub("", str(error.get("message", "")))
        return data

    async def run(self, request: Any, context: Any = None, root_value: Any = None) -> Any:
        from strawberry.types.unset import UNSET

        response = await super().run(
            request,
            context=UNSET if context is None else context,
            root_value=UNSET if root_value is None else root_value,
        )
        if isinstance(request, Request) and isinstance(response, Response):
            self._apply_graphql_response_media_type(request, response)
        return response

    @staticmethod
    def _apply_graphql_response_media_type(request: Request, response: Response) -> None:
        """Answer in application/graphql-response+json when the client asks for it.

        Under that media type a request that failed before execution (parse or validation
        errors) gets status 400, as the GraphQL-over-HTTP specification recommends.
        """
        accept = request.headers.get("accept", "")
        if GRAPHQL_RESPONSE_JSON not in accept or response.media_type != "application/json":
            return
        response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
        context = getattr(request.state, "graphql_context", None)
        if context is not None and not context.executed and response.status_code == 200:
            response.status_code = 400
