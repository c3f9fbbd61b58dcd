"""Product versions: JSON-safe snapshots, the recorded history, and a product as of a date."""

from __future__ import annotations

from datetime import date
from typing import Any

from tortoise.queryset import QuerySet

from backend.actor import Actor
from backend.domains.audit.chain import to_json_safe
from backend.domains.products import models
from backend.kernel import clock

#: Fields copied into every version snapshot (and returned by as-of queries).
SNAPSHOT_FIELDS = (
    "id",
    "code",
    "name_zh",
    "name_en",
    "family",
    "subtype",
    "currency",
    "risk_level",
    "description",
    "highlights",
    "target_customers",
    "eligibility",
    "channels",
    "sales_start",
    "sales_end",
    "quota_total",
    "quota_used",
    "min_amount",
    "max_amount",
    "fees",
    "tags",
    "owner_id",
    "status",
    "status_reason",
    "suspended_by_risk",
    "submitted_by_id",
    "approved_by_id",
    "version",
    "created_at",
    "updated_at",
)


def snapshot(product: models.Product) -> dict[str, Any]:
    """A JSON-safe copy of a product's common fields."""
    result: dict[str, Any] = to_json_safe(
        {name: getattr(product, name) for name in SNAPSHOT_FIELDS}
    )
    return result


def _diff(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list[Any]]:
    skip = {"updated_at", "version"}
    if before is None:
        return {}
    return {
        k: [before.get(k), after.get(k)]
        for k in sorted(set(before) | set(after))
        if k not in skip and before.get(k) != after.get(k)
    }


async def record_version(
    product: models.Product,
    *,
    action: str,
    reason: str,
    actor: Actor,
    before: dict[str, Any] | None,
    terms_change: tuple[Any, Any, date] | None = None,
) -> dict[str, Any]:
    """Store the product's new version with the field diff (and the terms change, if any)."""
    after = snapshot(product)
    diff: dict[str, Any] = _diff(before, after)
    if terms_change is not None:
        old, new, effective = terms_change
        diff["terms"] = to_json_safe([old, new])
        diff["terms_effective_date"] = [None, effective.isoformat()]
    await models.ProductVersion.create(
        product=product,
        version=product.version,
        action=action,
        reason=reason,
        diff=diff,
        snapshot=after,
        changed_by_id=actor.id if actor.type.value == "USER" else None,
        changed_at=clock.now(),
    )
    return after


#: Version actions whose author is a maker of the product (maker-checker).
MAKER_ACTIONS = ("create", "update", "submit")


async def makers(product_id: int) -> set[int]:
    """The users who created, edited or submitted the product: none of them may approve it."""
    ids: list[int] = await models.ProductVersion.filter(
        product_id=product_id, action__in=MAKER_ACTIONS, changed_by_id__not_isnull=True
    ).values_list("changed_by_id", flat=True)  # type: ignore[assignment]
    return set(ids)


async def last_actor(product_id: int, action: str) -> int | None:
    """The user who last did this to the product (None for the system or never)."""
    row = (
        await models.ProductVersion.filter(product_id=product_id, action=action)
        .order_by("-version")
        .first()
    )
    return row.changed_by_id if row else None


def from_history(day: date) -> bool:
    """Whether a product as of this day is read from its version history (days before
    today); for today and later days the current product is the answer."""
    return day < clock.today()


async def snapshot_as_of(*, product: models.Product, day: date) -> dict[str, Any] | None:
    """The product's common fields as they were at the end of a business day (current ones
    for today and later); None before it existed."""
    if not from_history(day):
        return snapshot(product)
    version = (
        await models.ProductVersion.filter(
            product_id=product.id, changed_at__lt=clock.end_of_business_day(day)
        )
        .order_by("-version")
        .first()
    )
    return dict(version.snapshot) if version else None


def versions_query(*, product_id: int) -> QuerySet[models.ProductVersion]:
    """A product's versions, newest first."""
    return models.ProductVersion.filter(product_id=product_id).order_by("-version")
