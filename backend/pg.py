"""Dedicated asyncpg connections beside the Tortoise pool, for LISTEN/NOTIFY and advisory locks."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg  # type: ignore[import-untyped]

#: Query parameters of a Tortoise URL that configure its pool, not the PostgreSQL session.
_TORTOISE_ONLY = {
    "minsize",
    "maxsize",
    "max_queries",
    "max_inactive_connection_lifetime",
    "schema",
    "connection_class",
    "loop",
}

#: Errors that mean the connection (not the statement) failed.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
)


def dsn(database_url: str) -> str:
    """Return an asyncpg DSN for a Tortoise PostgreSQL URL (pool options removed)."""
    parts = urlsplit(database_url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in _TORTOISE_ONLY]
    return urlunsplit(("postgresql", parts.netloc, parts.path, urlencode(query), parts.fragment))


async def connect(database_url: str, *, application_name: str, timeout: float = 5.0) -> Any:
    """Open one dedicated connection, named so operators can find it in pg_stat_activity."""
    return await asyncpg.connect(
        dsn(database_url),
        timeout=timeout,
        server_settings={"application_name": application_name},
    )
