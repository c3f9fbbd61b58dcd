"""Record, query and verify the audit trail."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import actions, models
from backend.domains.audit.chain import GENESIS_HASH, HASHED_FIELDS, link, to_json_safe
from backend.domains.audit.enums import AuditOutcome
from backend.errors import FieldError
from backend.kernel import clock

#: Arbitrary constant naming the PostgreSQL advisory lock that serialises appends.
_CHAIN_LOCK_KEY = 7_300_001


@dataclass(frozen=True)
class AuditFilter:
    """Criteria for browsing audit events; every field is optional."""

    action: str | None = None
    actor_name: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    outcome: AuditOutcome | None = None
    occurred_after: datetime | None = None
    occurred_before: datetime | None = None


def changes(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Reduce two snapshots to the fields that differ (a JSON diff)."""
    if before is None or after is None:
        return before, after
    keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


async def lock_chain() -> None:
    """Serialise appends to the chain until the transaction ends (PostgreSQL; SQLite has a
    single writer). Call inside a transaction before reading what the chain holds."""
    if db.is_postgres():
        await db.connection().execute_query("SELECT pg_advisory_xact_lock($1)", [_CHAIN_LOCK_KEY])


def _content(
    *,
    sequence: int,
    actor: Actor,
    action: str,
    object_type: str | None,
    object_id: str | int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    outcome: AuditOutcome,
) -> dict[str, Any]:
    action = actions.canonical(action)
    if not actions.ACTION_RE.match(action):
        raise ValueError(f"audit action {action!r} is not <entity>.<verb> in camelCase")
    before_diff, after_diff = changes(to_json_safe(before), to_json_safe(after))
    return {
        "sequence": sequence,
        "occurred_at": clock.now(),
        "actor_type": actor.type.value,
        "actor_id": str(actor.id) if actor.id is not None else None,
        "actor_name": actor.name,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id) if object_id is not None else None,
        "before": before_diff,
        "after": after_diff,
        "ip_address": actor.ip_address,
        "user_agent": (actor.user_agent or "")[:300] or None,
        "outcome": outcome.value,
        "correlation_id": actor.correlation_id,
    }


async def record(
    *,
    actor: Actor,
    action: str,
    object_type: str | None = None,
    object_id: str | int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    outcome: AuditOutcome = AuditOutcome.SUCCESS,
) -> models.AuditEvent:
    """Append one event to the chain; call inside the transaction that makes the change.

    ``action`` is ``<entity>.<verb>`` in camelCase (older spellings are turned into it).
    """
    await lock_chain()
    last = await models.AuditEvent.all().order_by("-sequence").first()
    content = _content(
        sequence=(last.sequence + 1) if last else 1,
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
        before=before,
        after=after,
        outcome=outcome,
    )
    prev_hash = last.hash if last else GENESIS_HASH
    return await models.AuditEvent.create(
        **content, prev_hash=prev_hash, hash=link(prev_hash, content)
    )


@dataclass(frozen=True)
class Entry:
    """One event of a batch appended by ``record_many``."""

    action: str
    object_type: str | None = None
    object_id: str | int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    outcome: AuditOutcome = AuditOutcome.SUCCESS


async def record_many(*, actor: Actor, entries: Sequence[Entry], batch: int = 500) -> int:
    """Append many events of one actor to the chain at once (one read of the chain's head and
    one INSERT per ``batch`` rows); call inside the transaction that makes the changes."""
    if not entries:
        return 0
    await lock_chain()
    last = await models.AuditEvent.all().order_by("-sequence").first()
    sequence = last.sequence if last else 0
    prev_hash = last.hash if last else GENESIS_HASH
    rows: list[models.AuditEvent] = []
    for entry in entries:
        sequence += 1
        content = _content(
            sequence=sequence,
            actor=actor,
            action=entry.action,
            object_type=entry.object_type,
            object_id=entry.object_id,
            before=entry.before,
            after=entry.after,
            outcome=entry.outcome,
        )
        digest = link(prev_hash, content)
        rows.append(models.AuditEvent(**content, prev_hash=prev_hash, hash=digest))
        prev_hash = digest
    for start in range(0, len(rows), batch):
        await models.AuditEvent.bulk_create(rows[start : start + batch])
    return len(rows)


async def count_recent(
    *, actor: Actor, action: str, since: datetime, outcome: AuditOutcome | None = None
) -> int:
    """How many events of this action the actor has in the chain at or after ``since``."""
    query = models.AuditEvent.filter(
        action=actions.canonical(action),
        actor_type=actor.type.value,
        occurred_at__gte=since,
    )
    query = (
        query.filter(actor_id=str(actor.id))
        if actor.id is not None
        else query.filter(actor_name=actor.name)
    )
    if outcome is not None:
        query = query.filter(outcome=outcome.value)
    return await query.count()


async def record_failure(
    *,
    actor: Actor,
    action: str,
    errors: Sequence[FieldError],
    object_type: str | None = None,
    object_id: str | int | None = None,
) -> None:
    """Record a refused change in its own transaction (the change itself was rolled back)."""
    async with db.transaction():
        await record(
            actor=actor,
            action=action,
            object_type=object_type,
            object_id=object_id,
            after={"errors": [{"field": e.field, "code": e.code.value} for e in errors]},
            outcome=AuditOutcome.FAILURE,
        )


def events_query(*, filter: AuditFilter | None = None) -> QuerySet[models.AuditEvent]:
    """Return audit events matching the filter, newest first."""
    qs = models.AuditEvent.all().order_by("-sequence")
    f = filter or AuditFilter()
    if f.action:
        spellings = [Q(action__icontains=text) for text in actions.search_spellings(f.action)]
        qs = qs.filter(Q(*spellings, join_type=Q.OR))
    if f.actor_name:
        qs = qs.filter(actor_name__icontains=f.actor_name)
    if f.object_type:
        qs = qs.filter(object_type=f.object_type)
    if f.object_id:
        qs = qs.filter(object_id=f.object_id)
    if f.outcome:
        qs = qs.filter(outcome=f.outcome.value)
    if f.occurred_after:
        qs = qs.filter(occurred_at__gte=f.occurred_after)
    if f.occurred_before:
        qs = qs.filter(occurred_at__lt=f.occurred_before)
    return qs


async def get_many(*, ids: Sequence[int]) -> list[models.AuditEvent]:
    """Return the audit events with these ids (any order, missing ones left out)."""
    return await models.AuditEvent.filter(id__in=list(ids))


async def _in_order(batch_size: int = 1000) -> AsyncIterator[models.AuditEvent]:
    """Yield every event by ascending sequence, a batch at a time."""
    after = 0
    while True:
        batch = (
            await models.AuditEvent.filter(sequence__gt=after)
            .order_by("sequence")
            .limit(batch_size)
        )
        if not batch:
            return
        for event in batch:
            yield event
        after = batch[-1].sequence


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of recomputing the chain."""

    checked: int
    first_broken: int | None
    reason: str | None = None


async def verify_chain() -> VerifyResult:
    """Recompute every link; report the first sequence number whose row does not match."""
    prev_hash = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    async for event in _in_order():
        if event.sequence != expected_sequence:
            return VerifyResult(checked, expected_sequence, "missing event (sequence gap)")
        if event.prev_hash != prev_hash:
            return VerifyResult(checked, event.sequence, "previous-hash link does not match")
        content = {name: getattr(event, name) for name in HASHED_FIELDS}
        if link(prev_hash, content) != event.hash:
            return VerifyResult(checked, event.sequence, "content does not match its hash")
        prev_hash = event.hash
        expected_sequence += 1
        checked += 1
    return VerifyResult(checked, None)
