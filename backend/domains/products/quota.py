"""Product sales quota: take what an opening uses, refuse more than is left, and suspend the
product automatically when it is used up."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.products import models, service, versions
from backend.domains.products.enums import ProductStatus
from backend.domains.products.errors import ProductErrorCode
from backend.domains.products.sales_checks import AMOUNT, quota_left
from backend.errors import DomainError, ErrorCode
from backend.kernel import events
from backend.kernel.money import to_cents
from backend.kernel.versioning import versioned_update


async def take_quota(
    *, product_id: int, amount: Decimal, actor: Actor
) -> tuple[models.Product, bool]:
    """Add to a product's used quota inside the caller's transaction, refusing more than is
    left (``QUOTA_EXHAUSTED``); when it is used up an on-sale product is suspended. Returns the
    product and whether it was suspended — the caller then calls ``announce_suspension``
    once its transaction committed."""
    product = await service.get_for_update(product_id, None)
    if amount <= 0:
        raise DomainError.single(ErrorCode.INVALID, "Amount must be greater than zero.", "amount")
    left = quota_left(product)
    if left is not None and amount > left:
        raise DomainError.single(
            ProductErrorCode.QUOTA_EXHAUSTED,
            "Only {left} of the product's quota is left.",
            AMOUNT,
            left=str(to_cents(max(left, Decimal(0)))),
        )
    before = versions.snapshot(product)
    used = Decimal(product.quota_used) + amount
    changes: dict[str, Any] = {"quota_used": used}
    exhausted = product.quota_total is not None and used >= Decimal(product.quota_total)
    if exhausted and product.status == ProductStatus.ON_SALE:
        changes["status"] = ProductStatus.SUSPENDED.value
        changes["status_reason"] = "Quota exhausted"
    await versioned_update(product, expected_version=product.version, changes=changes)
    action = "quota_exhausted_suspend" if "status" in changes else "quota_use"
    after = await versions.record_version(
        product,
        action=action,
        reason=changes.get("status_reason") or "Quota used",
        actor=actor,
        before=before,
    )
    await audit.record(
        actor=actor,
        action=f"product.{action}",
        object_type="Product",
        object_id=product.id,
        before=before,
        after=after,
    )
    return product, "status" in changes


async def announce_suspension(*, product_id: int) -> None:
    """Tell the other domains a used-up quota suspended the product (after the commit)."""
    await events.emit(
        events.PRODUCT_STATUS_CHANGED,
        product_id=product_id,
        old=ProductStatus.ON_SALE.value,
        new=ProductStatus.SUSPENDED.value,
    )


async def record_quota_use(*, product_id: int, amount: Decimal, actor: Actor) -> models.Product:
    """Add to a product's used quota in a transaction of its own; when the quota is used up,
    suspend it automatically (and emit ``product.status_changed`` once committed)."""
    async with db.transaction():
        product, suspended = await take_quota(product_id=product_id, amount=amount, actor=actor)
    if suspended:
        await announce_suspension(product_id=product.id)
    return product
