"""Reads of customer data: who saw which customer, when and through what, counted per hour.

The hash-chained trail records changes one event at a time; a list page of 100 customers
must not cost 100 chained events. A read is recorded instead as one row per actor,
customer, kind (VIEW / LIST / EXPORT), entry point and hour, upserted with a count — one
statement per request (per 1,000 customers for an export), in one transaction. After it
commits, ``customers.accessed`` tells whoever watches for unusual access (monitoring).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor, ActorType
from backend.domains.audit import models
from backend.domains.audit.enums import AccessKind
from backend.kernel import clock, events

#: Customers per INSERT statement (keeps SQLite below its bound-parameter limit).
CHUNK = 1000
_COLUMNS = (
    "actor_key",
    "actor_type",
    "actor_id",
    "actor_name",
    "customer_id",
    "kind",
    "through",
    "hour",
    "first_at",
    "last_at",
    "count",
)


def actor_key(actor: Actor) -> str:
    """One stable name per principal: its type and id (or name when it has none)."""
    who = actor.id if actor.id is not None else actor.name
    return f"{actor.type.value}:{who}"[:80]


def _upsert_sql(rows: int) -> str:
    postgres = db.is_postgres()
    width = len(_COLUMNS)
    values = ", ".join(
        "(" + ", ".join(f"${r * width + c + 1}" if postgres else "?" for c in range(width)) + ")"
        for r in range(rows)
    )
    table = models.CustomerAccess._meta.db_table
    return (
        f"INSERT INTO {table} ({', '.join(_COLUMNS)}) VALUES {values} "
        "ON CONFLICT (actor_key, customer_id, kind, through, hour) DO UPDATE SET "
        f"count = {table}.count + excluded.count, last_at = excluded.last_at"
    )


async def record(
    *, actor: Actor, customer_ids: Iterable[int], kind: AccessKind, through: str
) -> int:
    """Record that the actor saw these customers (batched), then tell access watchers.

    ``through`` names the entry point (``customer``, ``customers``, ``segment.members``,
    ``customerExport``...). Returns how many distinct customers were recorded.
    """
    ids = sorted(set(customer_ids))
    if not ids or actor.type == ActorType.ANONYMOUS:
        return 0
    now = clock.now()
    hour = now.replace(minute=0, second=0, microsecond=0)
    key = actor_key(actor)
    head = (key, actor.type.value, None if actor.id is None else str(actor.id), actor.name)
    async with db.transaction():
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            params: list[Any] = []
            for customer_id in chunk:
                params += [*head, customer_id, kind.value, through[:40], hour, now, now, 1]
            await db.connection().execute_query(_upsert_sql(len(chunk)), params)
    await events.emit(
        events.CUSTOMERS_ACCESSED,
        actor_key=key,
        actor_type=actor.type.value,
        actor_id=actor.id,
        actor_name=actor.name,
        kind=kind.value,
        count=len(ids),
        at=now,
    )
    return len(ids)


async def distinct_customers(
    *, actor_key: str, kinds: Sequence[AccessKind], since: datetime
) -> int:
    """How many different customers the actor saw in these ways at or after ``since``."""
    rows = (
        await models.CustomerAccess.filter(
            actor_key=actor_key, kind__in=[k.value for k in kinds], last_at__gte=since
        )
        .annotate(n=Count("customer_id", distinct=True))
        .values("n")
    )
    return int(rows[0]["n"] or 0) if rows else 0


@dataclass(frozen=True)
class AccessFilter:
    """Which recorded reads to list; every field is optional."""

    actor_name: str | None = None
    actor_id: str | None = None
    customer_id: int | None = None
    kinds: Sequence[AccessKind] | None = None
    through: str | None = None
    seen_after: datetime | None = None
    seen_before: datetime | None = None


def accesses_query(*, filter: AccessFilter | None = None) -> QuerySet[models.CustomerAccess]:
    """Recorded reads matching the filter, latest first."""
    f = filter or AccessFilter()
    query = models.CustomerAccess.all()
    if f.actor_name:
        query = query.filter(actor_name__icontains=f.actor_name)
    if f.actor_id:
        query = query.filter(actor_id=f.actor_id)
    if f.customer_id is not None:
        query = query.filter(customer_id=f.customer_id)
    if f.kinds:
        query = query.filter(kind__in=[k.value for k in f.kinds])
    if f.through:
        query = query.filter(through=f.through)
    if f.seen_after is not None:
        query = query.filter(last_at__gte=f.seen_after)
    if f.seen_before is not None:
        query = query.filter(first_at__lt=f.seen_before)
    return query.order_by("-last_at", "-id")


def window_start(minutes: int, at: datetime | None = None) -> datetime:
    """The start of a rolling window of ``minutes`` ending now (or at ``at``)."""
    return (at or clock.now()) - timedelta(minutes=minutes)
