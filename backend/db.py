"""Database configuration, start-up, migrations and transactions (Tortoise ORM)."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.transactions import in_transaction

from backend.settings import Settings

APP_LABEL = "bankpm"

#: Every domain's model module; adding a domain adds one line here.
MODEL_MODULES = [
    "backend.domains.auth.models",
    "backend.domains.audit.models",
    "backend.domains.products.models",
    "backend.domains.customers.models",
    "backend.domains.monitoring.models",
    "backend.domains.jobs.models",
]


def connection_config(database_url: str) -> str | dict[str, Any]:
    """The connection of a URL; SQLite through ``backend.sqlite`` (exact decimal functions)."""
    if not database_url.startswith("sqlite"):
        return database_url
    expanded = expand_db_url(database_url)
    return {**expanded, "engine": "backend.sqlite"}


def tortoise_config(database_url: str) -> dict[str, Any]:
    """Return the Tortoise config for one database URL (SQLite or PostgreSQL)."""
    return {
        "connections": {"default": connection_config(database_url)},
        "apps": {
            APP_LABEL: {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": "backend.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


async def init(settings: Settings) -> None:
    """Open the database connections for this process."""
    # Global fallback: the lifespan task opens the database, request tasks use it.
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)


async def close() -> None:
    """Close every database connection and forget the global context."""
    await Tortoise.close_connections()


async def migrate(settings: Settings, *, quiet: bool = False) -> None:
    """Apply every committed migration that the database has not seen yet."""
    from tortoise.migrations.api import migrate as migrate_api

    def progress(event: str, app_label: str, name: str) -> None:
        if not quiet and event == "apply_done":
            print(f"  applied {app_label}.{name}")

    await migrate_api(config=tortoise_config(settings.database_url), progress=progress)


def connection() -> BaseDBAsyncClient:
    """Return the default connection."""
    client: BaseDBAsyncClient = connections.get("default")
    return client


def is_postgres() -> bool:
    """Whether the default connection is PostgreSQL."""
    return connection().capabilities.dialect == "postgres"


def transaction() -> Any:
    """Open a transaction on the default connection (use with ``async with``)."""
    return in_transaction("default")


async def ping() -> None:
    """Run a trivial query; raises when the database is unreachable."""
    await connection().execute_query("SELECT 1")
