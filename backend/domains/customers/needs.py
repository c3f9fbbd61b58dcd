"""Needs mining (需求挖掘): need rules kept as data, evaluated set-based with the evidence
that triggered them, per customer and aggregated per segment.

A need rule is a condition tree in the segment rule language (``segment_rules``) plus the
product families and subtypes that meet the need. ``refresh`` stores one ``CustomerNeed`` row
per (customer, rule) that matches, with the numbers behind it, in one ``INSERT ... SELECT`` per
rule; ``customer_needs`` evaluates the rules for one customer live.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Subquery
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models, segment_sql
from backend.domains.customers.need_builtins import DEFAULT_RULES
from backend.domains.customers.segment_evidence import evidence_sql
from backend.domains.customers.segment_rules import CODE_RE, check_rule, fail
from backend.domains.customers.segment_sql import open_sql, parse_json
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.clock import today
from backend.kernel.guards import require
from backend.kernel.versioning import check_version, versioned_update


@dataclass(frozen=True)
class DetectedNeed:
    """A need a rule finds for a customer, with the numbers behind it."""

    rule: models.NeedRule
    evidence: Any  # a JSON object: {key: number or text}
    detected_at: datetime | None


@dataclass(frozen=True)
class NeedCount:
    """How many customers a rule found."""

    rule: models.NeedRule
    customers: int


@dataclass(frozen=True)
class NeedsSummary:
    """Customers per need rule, over everyone or one segment, as of the last refresh."""

    population: int
    counts: list[NeedCount]
    refreshed_at: datetime | None
    segment: models.Segment | None


def _choices(
    value: Any, allowed: tuple[str, ...], path: str, errors: list[FieldError]
) -> list[str]:
    if not isinstance(value, list):
        fail(errors, path, "Give a non-empty list of at most {max} values.", max=len(allowed))
        return []
    out: list[str] = []
    for i, item in enumerate(value):
        code = str(getattr(item, "value", item)).strip().upper()
        if code not in allowed:
            fail(
                errors,
                f"{path}.{i}",
                "Unknown value {value}; use one of {allowed}.",
                value=code,
                allowed=", ".join(allowed),
            )
        elif code not in out:
            out.append(code)
    return out


def check_rule_fields(
    data: dict[str, Any], *, creating: bool
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate the fields of a need rule present in ``data`` (all of them when creating)."""
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    if creating:
        code = (data.get("code") or "").strip().upper()
        if not CODE_RE.match(code):
            fail(
                errors,
                "code",
                "Code must be 2–40 characters of A-Z, 0-9 and '_', starting with a letter.",
            )
        out["code"] = code
    if creating or data.get("name") is not None:
        name = (data.get("name") or "").strip()
        if not 1 <= len(name) <= 100:
            fail(errors, "name", "Name must be 1–100 characters.")
        out["name"] = name
    if data.get("description") is not None:
        description = str(data["description"]).strip()
        if len(description) > 2000:
            fail(errors, "description", "At most {max} characters.", max=2000)
        out["description"] = description
    if creating or data.get("condition") is not None:
        condition, condition_errors = check_rule(data.get("condition"), "condition")
        errors += condition_errors
        out["condition"] = condition
    families = [f.value for f in ProductFamily]
    subtypes = [s.value for s in ProductSubtype]
    if creating or data.get("suggest_families") is not None:
        out["suggest_families"] = _choices(
            data.get("suggest_families") or [], tuple(families), "suggestFamilies", errors
        )
    if creating or data.get("suggest_subtypes") is not None:
        out["suggest_subtypes"] = _choices(
            data.get("suggest_subtypes") or [], tuple(subtypes), "suggestSubtypes", errors
        )
    if data.get("enabled") is not None:
        out["enabled"] = bool(data["enabled"])
    return out, errors


def _snapshot(rule: models.NeedRule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "description": rule.description,
        "condition": rule.condition,
        "suggest_families": rule.suggest_families,
        "suggest_subtypes": rule.suggest_subtypes,
        "enabled": rule.enabled,
        "version": rule.version,
    }


def _no_suggestion() -> DomainError:
    return DomainError.single(
        ErrorCode.REQUIRED,
        "Suggest at least one product family or subtype.",
        "suggestFamilies",
    )


async def create_rule(*, data: dict[str, Any], actor: Actor) -> models.NeedRule:
    """Create a need rule (version 1)."""
    require(actor, perms.NEED_RULE_WRITE)
    fields, errors = check_rule_fields(data, creating=True)
    if errors:
        raise DomainError(*errors)
    if not fields["suggest_families"] and not fields["suggest_subtypes"]:
        raise _no_suggestion()
    async with db.transaction():
        if await models.NeedRule.filter(code=fields["code"]).exists():
            raise DomainError.single(
                ErrorCode.DUPLICATE,
                "Need rule code '{code}' is taken.",
                "code",
                code=fields["code"],
            )
        rule = await models.NeedRule.create(
            **fields,
            version=1,
            updated_by_id=actor.id if actor.type.value == "USER" else None,
        )
        await audit.record(
            actor=actor,
            action="needRule.create",
            object_type="NeedRule",
            object_id=rule.id,
            after=_snapshot(rule),
        )
    return rule


async def update_rule(
    *, rule_id: int, expected_version: int, data: dict[str, Any], actor: Actor
) -> models.NeedRule:
    """Change a need rule; a stale version is a CONFLICT. Stored needs change at the next
    refresh."""
    require(actor, perms.NEED_RULE_WRITE)
    changes, errors = check_rule_fields(data, creating=False)
    if errors:
        raise DomainError(*errors)
    async with db.transaction():
        rule = await models.NeedRule.get_or_none(id=rule_id)
        if rule is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such need rule.", "id")
        check_version(rule, expected_version)
        families = changes.get("suggest_families", rule.suggest_families)
        subtypes = changes.get("suggest_subtypes", rule.suggest_subtypes)
        if not families and not subtypes:
            raise _no_suggestion()
        before = _snapshot(rule)
        changes = {**changes, "updated_by_id": actor.id if actor.type.value == "USER" else None}
        await versioned_update(rule, expected_version=expected_version, changes=changes)
        await audit.record(
            actor=actor,
            action="needRule.update",
            object_type="NeedRule",
            object_id=rule.id,
            before=before,
            after=_snapshot(rule),
        )
    return rule


async def seed_defaults() -> None:
    """Create the default need rules that do not exist yet (by code; edits are kept)."""
    actor = Actor.system("seed")
    existing = set(await models.NeedRule.all().values_list("code", flat=True))
    for item in DEFAULT_RULES:
        if item["code"] in existing:
            continue
        fields, errors = check_rule_fields(item, creating=True)
        assert not errors, errors
        async with db.transaction():
            if await models.NeedRule.filter(code=item["code"]).exists():
                continue
            rule = await models.NeedRule.create(**fields, version=1)
            await audit.record(
                actor=actor,
                action="needRule.seed",
                object_type="NeedRule",
                object_id=rule.id,
                after=_snapshot(rule),
            )


# --- evaluation -----------------------------------------------------------------------------------


async def _insert_matches(rule: models.NeedRule, now: datetime) -> None:
    sql = await open_sql(day=today())
    where = segment_sql.condition(rule.condition, sql)
    await sql.run(
        "INSERT INTO customers_need (customer_id, rule_id, evidence, detected_at) "
        f"SELECT c.id, {sql.p(rule.id, 'integer')}, {evidence_sql(rule.condition, sql)}, "
        f"{sql.p(now, 'timestamptz')} {sql.from_customers()} WHERE {where}"
    )


async def refresh(*, actor: Actor) -> NeedsSummary:
    """Re-evaluate every enabled rule over all customers and replace the stored needs, in one
    transaction (one INSERT ... SELECT per rule)."""
    require(actor, perms.NEED_RULE_WRITE)
    rules = await models.NeedRule.filter(enabled=True).order_by("code")
    now = clock.now()
    async with db.transaction():
        await models.CustomerNeed.all().delete()
        for rule in rules:
            await _insert_matches(rule, now)
        counts = await _counts(models.CustomerNeed.all())
        await audit.record(
            actor=actor,
            action="needs.refresh",
            object_type="NeedRule",
            after={"rules": {r.code: counts.get(r.id, 0) for r in rules}},
        )
    result = await summary(segment_id=None)
    assert result is not None
    return result


async def customer_needs(*, customer_id: int) -> list[DetectedNeed]:
    """The needs every enabled rule finds for one customer now, with evidence (per-row SQL,
    one small query per rule)."""
    rules = await models.NeedRule.filter(enabled=True).order_by("code")
    stored = {
        n.rule_id: n.detected_at for n in await models.CustomerNeed.filter(customer_id=customer_id)
    }
    out = []
    opened = await open_sql(day=today())
    for rule in rules:
        sql = opened.fresh()
        query = (
            f"SELECT {evidence_sql(rule.condition, sql)} FROM customers_customer c "
            f"WHERE c.id = {sql.p(customer_id)} "
            f"AND {segment_sql.condition(rule.condition, sql, correlated=True)}"
        )
        rows = await sql.run(query)
        if rows:
            out.append(DetectedNeed(rule, parse_json(rows[0][0]), stored.get(rule.id)))
    return out


async def _counts(qs: QuerySet[models.CustomerNeed]) -> dict[int, int]:
    rows = await qs.group_by("rule_id").annotate(n=Count("id")).values("rule_id", "n")
    return {int(r["rule_id"]): int(r["n"]) for r in rows}


async def summary(*, segment_id: int | None) -> NeedsSummary | None:
    """Customers per rule from the last refresh, over everyone or within one segment (None
    when the segment does not exist)."""
    segment = None
    qs = models.CustomerNeed.all()
    if segment_id is not None:
        segment = await models.Segment.get_or_none(id=segment_id)
        if segment is None:
            return None
        qs = qs.filter(
            customer_id__in=Subquery(
                models.SegmentMember.filter(segment_id=segment_id).values("customer_id")
            )
        )
    counts = await _counts(qs)
    rules = await models.NeedRule.all().order_by("code")
    latest = await models.CustomerNeed.all().order_by("-detected_at").first()
    population = segment.member_count if segment else await models.Customer.all().count()
    return NeedsSummary(
        population=population,
        counts=[NeedCount(rule, counts.get(rule.id, 0)) for rule in rules],
        refreshed_at=latest.detected_at if latest else None,
        segment=segment,
    )


def rules_query(*, enabled: bool | None = None) -> QuerySet[models.NeedRule]:
    """Need rules by code."""
    qs = models.NeedRule.all()
    if enabled is not None:
        qs = qs.filter(enabled=enabled)
    return qs.order_by("code", "id")


async def get_rules(*, ids: Sequence[int]) -> list[models.NeedRule]:
    """The need rules with these ids."""
    return await models.NeedRule.filter(id__in=list(ids))
