"""Refused requests on the record: who was refused what, batched and bounded per minute.

A signed-in caller refused by a permission check (FORBIDDEN) — a GraphQL field, a PII
reveal, a document download — is recorded here once per request, with every refused field
of the request in one event (``access.refuse``, outcome FAILURE, in the hash chain). One
principal's refusals are counted per minute in ``audit_refusal_count`` (one upsert per
refused request); only the first ``limit`` of a minute also become chained events, the last
of them saying that more are only counted — so a flood of refused requests costs one row
per principal and minute, never a full audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor, ActorType
from backend.domains.audit import models
from backend.domains.audit import service as audit
from backend.domains.audit.access import actor_key
from backend.domains.audit.enums import AuditOutcome
from backend.kernel import clock

ACTION = "access.refuse"
#: Refused fields listed in one event (a document of many refused aliases is cut here).
MAX_LISTED = 20
_COLUMNS = (
    "actor_key",
    "actor_type",
    "actor_id",
    "actor_name",
    "minute",
    "first_at",
    "last_at",
    "count",
)


@dataclass(frozen=True)
class Refusal:
    """One refused part of a request: where (a field path or a URL), why (code), for lack of
    which permission."""

    where: str
    code: str
    permission: str | None = None


def _upsert_sql() -> str:
    postgres = db.is_postgres()
    marks = ", ".join(f"${i + 1}" if postgres else "?" for i in range(len(_COLUMNS)))
    table = models.RefusalCount._meta.db_table
    return (
        f"INSERT INTO {table} ({', '.join(_COLUMNS)}) VALUES ({marks}) "
        "ON CONFLICT (actor_key, minute) DO UPDATE SET "
        f"count = {table}.count + 1, last_at = excluded.last_at RETURNING count"
    )


async def record(
    *, actor: Actor, refused: Sequence[Refusal], through: str, operation: str | None, limit: int
) -> bool:
    """Count one refused request of a signed-in principal, and chain it as an event while the
    principal's refusals this minute stay within ``limit``; returns whether it was chained."""
    if not refused or actor.type in (ActorType.ANONYMOUS, ActorType.SYSTEM):
        return False
    now = clock.now()
    minute = now.replace(second=0, microsecond=0)
    params: list[Any] = [
        actor_key(actor),
        actor.type.value,
        None if actor.id is None else str(actor.id),
        actor.name[:100],
        minute,
        now,
        now,
        1,
    ]
    async with db.transaction():
        rows = await db.connection().execute_query_dict(_upsert_sql(), params)
        count = int(rows[0]["count"]) if rows else 1
        if count > limit:
            return False
        listed = [
            {"where": r.where[:200], "code": r.code, "permission": r.permission}
            for r in refused[:MAX_LISTED]
        ]
        await audit.record(
            actor=actor,
            action=ACTION,
            object_type="Request",
            object_id=(operation or through)[:64],
            after={
                "through": through,
                "operation": operation,
                "refused": listed,
                "refused_count": len(refused),
                "this_minute": count,
                **(
                    {"more_only_counted": f"over {limit} a minute; see audit_refusal_count"}
                    if count == limit
                    else {}
                ),
            },
            outcome=AuditOutcome.FAILURE,
        )
    return True


def counts_query(
    *, actor_name: str | None = None, since: datetime | None = None
) -> QuerySet[models.RefusalCount]:
    """Refusals counted per principal and minute, latest first."""
    query = models.RefusalCount.all()
    if actor_name:
        query = query.filter(actor_name__icontains=actor_name)
    if since is not None:
        query = query.filter(last_at__gte=since)
    return query.order_by("-last_at", "-id")
