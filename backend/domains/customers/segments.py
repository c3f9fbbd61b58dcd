"""Customer segments (客户细分): reading, previews, create / update / delete and refresh of
rule segments (the rule language is in ``segment_rules``, its SQL in ``segment_sql``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import (
    SegmentKind,
)
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.customers.segment_builtins import BUILT_INS
from backend.domains.customers.segment_rules import CODE_RE, check_rule, fail
from backend.domains.customers.segment_sql import condition, open_sql
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.clock import today
from backend.kernel.guards import require
from backend.kernel.versioning import check_version, versioned_update


def segments_query(*, kind: SegmentKind | None = None) -> QuerySet[models.Segment]:
    """Segments, built-ins first, then rule segments and clusters, by code."""
    qs = models.Segment.all()
    if kind is not None:
        qs = qs.filter(kind=kind.value)
    return qs.order_by("-built_in", "kind", "code", "id")


async def get_many(*, ids: Sequence[int]) -> list[models.Segment]:
    """The segments with these ids."""
    return await models.Segment.filter(id__in=list(ids))


def members_query(*, segment_id: int) -> QuerySet[models.Customer]:
    """The customers in a segment as of its last refresh, by id."""
    return models.Customer.filter(
        id__in=Subquery(models.SegmentMember.filter(segment_id=segment_id).values("customer_id"))
    ).order_by("id")


async def segments_of(*, customer_ids: Sequence[int]) -> dict[int, list[models.Segment]]:
    """For each customer, the segments they belong to (as of the last refreshes)."""
    rows = await models.SegmentMember.filter(customer_id__in=list(customer_ids)).values(
        "customer_id", "segment_id"
    )
    segments = {s.id: s for s in await get_many(ids=list({r["segment_id"] for r in rows}))}
    out: dict[int, list[models.Segment]] = {cid: [] for cid in customer_ids}
    for row in rows:
        out[row["customer_id"]].append(segments[row["segment_id"]])
    return out


async def member_ids(*, rule: dict[str, Any], day: date | None = None) -> list[int]:
    """The ids of the customers a valid tree selects now (set-based), ascending."""
    sql = await open_sql(day=day or today())
    where = condition(rule, sql)
    rows = await sql.run(f"SELECT c.id {sql.from_customers()} WHERE {where} ORDER BY c.id")
    return [int(row[0]) for row in rows]


async def preview(*, rule: Any) -> int:
    """How many customers a tree selects now, without saving anything."""
    checked, errors = check_rule(rule)
    if errors or checked is None:
        raise DomainError(*errors)
    sql = await open_sql(day=today())
    where = condition(checked, sql)
    rows = await sql.run(f"SELECT COUNT(*) {sql.from_customers()} WHERE {where}")
    return int(rows[0][0])


def rule_of(segment: models.Segment) -> dict[str, Any] | None:
    """The rule tree of a RULE segment (None for clusters)."""
    if segment.kind != SegmentKind.RULE.value:
        return None
    return segment.rule if isinstance(segment.rule, dict) else None


def snapshot(segment: models.Segment) -> dict[str, Any]:
    return {
        "code": segment.code,
        "name": segment.name,
        "description": segment.description,
        "kind": segment.kind,
        "rule": segment.rule,
        "built_in": segment.built_in,
        "member_count": segment.member_count,
        "version": segment.version,
    }


def _check_texts(
    data: dict[str, Any], errors: list[FieldError], *, creating: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if creating or data.get("name") is not None:
        name = (data.get("name") or "").strip()
        if not 1 <= len(name) <= 100:
            fail(errors, "name", "Name must be 1–100 characters.")
        out["name"] = name
    if data.get("description") is not None:
        description = data["description"].strip()
        if len(description) > 2000:
            fail(errors, "description", "At most {max} characters.", max=2000)
        out["description"] = description
    return out


async def _refresh_members(segment: models.Segment) -> None:
    """Replace a rule segment's members with the customers its rule selects now (call inside a
    transaction: one DELETE and one INSERT ... SELECT, whatever the size)."""
    await models.SegmentMember.filter(segment_id=segment.id).delete()
    sql = await open_sql(day=today())
    where = condition(segment.rule, sql)
    await sql.run(
        "INSERT INTO customers_segment_member (segment_id, customer_id) "
        f"SELECT {sql.p(segment.id, 'integer')}, c.id {sql.from_customers()} WHERE {where}"
    )
    segment.member_count = await models.SegmentMember.filter(segment_id=segment.id).count()
    segment.refreshed_at = clock.now()
    await models.Segment.filter(id=segment.id).update(
        member_count=segment.member_count, refreshed_at=segment.refreshed_at
    )


async def create_segment(*, data: dict[str, Any], actor: Actor) -> models.Segment:
    """Create a rule segment and fill its members."""
    require(actor, perms.SEGMENT_WRITE)
    errors: list[FieldError] = []
    code = (data.get("code") or "").strip().upper()
    if not CODE_RE.match(code):
        fail(
            errors,
            "code",
            "Code must be 2–40 characters of A-Z, 0-9 and '_', starting with a letter.",
        )
    fields = _check_texts(data, errors, creating=True)
    rule, rule_errors = check_rule(data.get("rule"))
    errors += rule_errors
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        if await models.Segment.filter(code=code).exists():
            raise DomainError.single(
                ErrorCode.DUPLICATE, "Segment code '{code}' is taken.", "code", code=code
            )
        segment = await models.Segment.create(
            code=code,
            kind=SegmentKind.RULE.value,
            rule=rule,
            created_by_id=actor.id if actor.type.value == "USER" else None,
            version=1,
            **fields,
        )
        await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.create",
            object_type="Segment",
            object_id=segment.id,
            after=snapshot(segment),
        )
    return segment


async def _get_for_update(segment_id: int, expected_version: int | None) -> models.Segment:
    segment = await models.Segment.get_or_none(id=segment_id)
    if segment is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such segment.", "id")
    check_version(segment, expected_version)
    return segment


async def update_segment(
    *, segment_id: int, expected_version: int, data: dict[str, Any], actor: Actor
) -> models.Segment:
    """Change a segment's name, description or rule (a new rule refreshes its members); a
    stale version is a CONFLICT."""
    require(actor, perms.SEGMENT_WRITE)
    errors: list[FieldError] = []
    changes = _check_texts(data, errors, creating=False)
    if data.get("rule") is not None:
        changes["rule"], rule_errors = check_rule(data["rule"])
        errors += rule_errors
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        segment = await _get_for_update(segment_id, expected_version)
        if "rule" in changes and segment.kind == SegmentKind.CLUSTER.value:
            raise DomainError.single(
                CustomerErrorCode.SEGMENT_IS_CLUSTER,
                "Cluster segments are found in the data; their members cannot be given a rule.",
                "rule",
            )
        before = snapshot(segment)
        await versioned_update(segment, expected_version=expected_version, changes=changes)
        if "rule" in changes:
            await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.update",
            object_type="Segment",
            object_id=segment.id,
            before=before,
            after=snapshot(segment),
        )
    return segment


async def delete_segment(
    *, segment_id: int, expected_version: int | None, actor: Actor
) -> models.Segment:
    """Delete a segment and its members; built-in segments stay."""
    require(actor, perms.SEGMENT_WRITE)
    async with db.transaction():
        segment = await _get_for_update(segment_id, expected_version)
        if segment.built_in:
            raise DomainError.single(
                CustomerErrorCode.SEGMENT_BUILT_IN, "Built-in segments cannot be deleted.", "id"
            )
        before = snapshot(segment)
        await models.SegmentMember.filter(segment_id=segment.id).delete()
        await models.Segment.filter(id=segment.id).delete()
        await audit.record(
            actor=actor,
            action="segment.delete",
            object_type="Segment",
            object_id=segment.id,
            before=before,
        )
    return segment


async def refresh_segment(*, segment_id: int, actor: Actor) -> models.Segment:
    """Recompute a rule segment's members from its rule, in one transaction."""
    require(actor, perms.SEGMENT_WRITE)
    async with db.transaction():
        segment = await _get_for_update(segment_id, None)
        if segment.kind == SegmentKind.CLUSTER.value:
            raise DomainError.single(
                CustomerErrorCode.SEGMENT_IS_CLUSTER,
                "Cluster segments are refreshed by running the clustering again.",
                "id",
            )
        before = {"member_count": segment.member_count}
        await _refresh_members(segment)
        await audit.record(
            actor=actor,
            action="segment.refresh",
            object_type="Segment",
            object_id=segment.id,
            before=before,
            after={"member_count": segment.member_count},
        )
    return segment


async def refresh_all(*, actor: Actor) -> int:
    """Refresh every rule segment (one transaction each); returns how many were refreshed."""
    ids = [s.id for s in await models.Segment.filter(kind=SegmentKind.RULE.value).only("id")]
    for segment_id in ids:
        await refresh_segment(segment_id=segment_id, actor=actor)
    return len(ids)


async def seed_defaults() -> None:
    """Create the built-in segments that do not exist yet (by code; edits are kept)."""
    actor = Actor.system("seed")
    existing = set(await models.Segment.filter(built_in=True).values_list("code", flat=True))
    for item in BUILT_INS:
        if item["code"] in existing:
            continue
        rule, errors = check_rule(item["rule"])
        assert not errors and rule is not None, errors
        async with db.transaction():
            if await models.Segment.filter(code=item["code"]).exists():
                continue
            segment = await models.Segment.create(
                code=item["code"],
                name=item["name"],
                description=item["description"],
                kind=SegmentKind.RULE.value,
                rule=rule,
                built_in=True,
                version=1,
            )
            await audit.record(
                actor=actor,
                action="segment.seed",
                object_type="Segment",
                object_id=segment.id,
                after=snapshot(segment),
            )
