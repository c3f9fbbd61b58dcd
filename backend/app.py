"""The Starlette application: /graphql, health, metrics and the built console."""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import Scope
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from backend import db, events
from backend.api.metrics import registry
from backend.api.middleware import BodyLimitMiddleware, RequestLogMiddleware
from backend.api.refusals import record_refusals
from backend.api.schema import build_schema
from backend.api.view import GraphQLView
from backend.domains.audit.refusals import Refusal
from backend.domains.auth import service as auth_service
from backend.domains.customers import importer, pii
from backend.domains.jobs import service as jobs_service
from backend.domains.monitoring import jobs as monitoring_jobs
from backend.domains.products import benchmarks
from backend.domains.products import documents as documents_service
from backend.errors import DomainError, ErrorCode
from backend.graphql_core.types import pk_of
from backend.settings import Settings, SettingsError, load_settings

log = logging.getLogger("bankpm")

_NOT_BUILT = """<!doctype html><meta charset="utf-8"><title>BankPM</title>
<p>The console has not been built yet. Run <code>make run</code> (or
<code>cd frontend &amp;&amp; npm run build</code>). The API is at <a href="/graphql">/graphql</a>.</p>"""


async def check_production(settings: Settings) -> None:
    """Refuse to serve in production with demo users present."""
    if settings.is_production and await auth_service.any_demo_user():
        raise SettingsError(
            "Demo users exist; production refuses to start. Remove them or use a fresh database."
        )


#: Room for the JSON around a base64 file (the document's text, the other variables).
BODY_SLACK_BYTES = 64 * 1024


def base64_size(raw_bytes: int) -> int:
    """How long ``raw_bytes`` bytes become in base64, plus room for the rest of the request."""
    return (raw_bytes + 2) // 3 * 4 + BODY_SLACK_BYTES


def large_body_fields(settings: Settings) -> dict[str, int]:
    """The mutations that carry files (base64 inside JSON) and the body each may have."""
    return {
        "productDocumentUpload": base64_size(settings.max_upload_bytes),
        "customerImport": base64_size(importer.MAX_FILE_BYTES),
        # at most importer's batch of 10,000 transactions, ~300 bytes of JSON each
        "transactionIngest": 8 * 1024 * 1024,
    }


def metrics_allowed(settings: Settings, request: Request) -> bool:
    """Whether this caller may read /metrics: anyone in development; in production only a
    caller with the metrics token or from an allowed address — nobody when neither is set."""
    if not settings.is_production:
        return True
    if settings.metrics_token:
        authorization = request.headers.get("authorization", "")
        scheme, _, credential = authorization.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            credential.strip().encode(), settings.metrics_token.encode()
        ):
            return True
    if settings.metrics_allow and request.client is not None:
        try:
            address = ipaddress.ip_address(request.client.host)
        except ValueError:
            return False
        return any(address in network for network in settings.metrics_allow)
    return False


async def _clean_documents(settings: Settings) -> None:
    """Remove document files left by uploads that never committed (logged, never fatal)."""
    try:
        removed = await documents_service.clean_orphans(root=settings.documents_dir)
    except OSError:
        log.exception("cleaning orphaned document files failed")
        return
    if removed:
        log.info("removed %d orphaned document files", removed)


def create_app(settings: Settings | None = None, *, manage_db: bool = True) -> Starlette:
    """Build the application; with ``manage_db`` its lifespan opens and closes the database."""
    settings = settings or load_settings()
    pii.configure(settings)
    graphql = GraphQLView(build_schema(production=settings.is_production), settings)
    static_dir: Path = settings.static_dir

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await db.init(settings)
        try:
            await check_production(settings)
            if manage_db:
                await benchmarks.refresh_rates()
                await _clean_documents(settings)
            async with contextlib.AsyncExitStack() as started:
                await events.start(settings)
                started.push_async_callback(events.stop)
                if settings.scheduler_enabled and manage_db:
                    await jobs_service.start(
                        settings, [*monitoring_jobs.jobs(settings), *benchmarks.jobs()]
                    )
                    started.push_async_callback(jobs_service.stop)
                yield
        finally:
            if manage_db:
                await db.close()

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        try:
            await db.ping()
        except Exception as exc:  # noqa: BLE001 - any failure means not ready
            log.warning("readiness check failed: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "down"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "up"})

    async def metrics(request: Request) -> Response:
        if not metrics_allowed(settings, request):
            return PlainTextResponse("Not Found", status_code=404)
        return PlainTextResponse(registry.render(), media_type="text/plain; version=0.0.4")

    async def download_document(request: Request) -> Response:
        """Stream a product document to a signed-in reader; the download is audited."""
        actor = await graphql.actor_for_request(request)
        if not actor.is_authenticated:
            return JSONResponse({"error": "Sign in to continue.", "code": "UNAUTHENTICATED"}, 401)
        pk = pk_of(request.path_params["document_id"], "ProductDocument")
        try:
            if pk is None:
                raise DomainError.single(ErrorCode.NOT_FOUND, "No such document.", "id")
            document, path = await documents_service.open_for_download(
                document_id=pk, actor=actor, root=settings.documents_dir
            )
        except DomainError as exc:
            error = exc.errors[0]
            status = 403 if error.code == ErrorCode.FORBIDDEN else 404
            if status == 403:
                await record_refusals(
                    actor=actor,
                    refused=[
                        Refusal(
                            request.url.path[:200],
                            error.code.value,
                            str(dict(error.params).get("permission") or "") or None,
                        )
                    ],
                    through="download",
                    operation=None,
                    limit=settings.audit_refusals_per_minute,
                )
            return JSONResponse(
                {"error": error.render(actor.locale), "code": error.code.value}, status
            )
        return FileResponse(
            path,
            media_type=document.content_type,
            filename=document.filename,
            headers={"cache-control": "private, no-store"},
        )

    async def spa(request: Request) -> Response:
        index = static_dir / "index.html"
        path = request.path_params.get("path", "")
        candidate = (static_dir / path).resolve()
        if path and candidate.is_file() and static_dir.resolve() in candidate.parents:
            return FileResponse(candidate)
        if not index.exists():
            return HTMLResponse(_NOT_BUILT, status_code=503)
        return FileResponse(index, headers={"cache-control": "no-cache"})

    routes = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/files/documents/{document_id}", download_document),
        Mount("/assets", StaticFiles(directory=static_dir / "assets", check_dir=False)),
        Route("/{path:path}", spa),
    ]

    async def signed_in(scope: Scope) -> bool:
        return (await graphql.actor_for_request(Request(scope))).is_authenticated

    middleware = [
        Middleware(RequestLogMiddleware, settings=settings),
        Middleware(
            BodyLimitMiddleware,
            settings=settings,
            large_fields=large_body_fields(settings),
            authenticate=signed_in,
        ),
    ]
    if settings.trusted_proxies:
        # Believe X-Forwarded-For / -Proto from these peers only (the client address lands
        # in the audit trail); with none configured they are ignored.
        proxies = [str(network) for network in settings.trusted_proxies]
        middleware.insert(0, Middleware(ProxyHeadersMiddleware, trusted_hosts=proxies))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.settings = settings
    return app
