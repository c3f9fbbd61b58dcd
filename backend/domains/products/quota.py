"""Product sales quota: record use, suspend automatically when used up."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.products import models, service, versions
from backend.domains.products.enums import ProductStatus
from backend.errors import DomainError, ErrorCode
from backend.kernel import events
from backend.kernel.versioning import versioned_update


async def record_quota_use(*, product_id: int, amount: Decimal, actor: Actor) -> models.Product:
    """Add to a product's used quota; when the quota is used up, suspend it automatically
    (and emit ``product.status_changed`` once committed)."""
    async with db.transaction():
        product = await service.get_for_update(product_id, None)
        if amount <= 0:
            raise DomainError.single(
                ErrorCode.INVALID, "Amount must be greater than zero.", "amount"
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
    if "status" in changes:
        await events.emit(
            events.PRODUCT_STATUS_CHANGED,
            product_id=product.id,
            old=ProductStatus.ON_SALE.value,
            new=changes["status"],
        )
    return product
