"""Product lifecycle: status transitions with maker-checker approval."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.products import models, service, versions
from backend.domains.products.enums import ProductStatus
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, ErrorCode
from backend.kernel import events
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import versioned_update


@dataclass(frozen=True)
class Transition:
    """One allowed lifecycle move, the permission it needs and whether it needs a reason."""

    sources: tuple[ProductStatus, ...]
    target: ProductStatus
    permission: str
    needs_reason: bool = False


TRANSITIONS: dict[str, Transition] = {
    "submit": Transition((ProductStatus.DRAFT,), ProductStatus.PENDING_REVIEW, perms.PRODUCT_WRITE),
    "approve": Transition(
        (ProductStatus.PENDING_REVIEW,), ProductStatus.APPROVED, perms.PRODUCT_APPROVE
    ),
    "reject": Transition(
        (ProductStatus.PENDING_REVIEW,), ProductStatus.DRAFT, perms.PRODUCT_APPROVE, True
    ),
    "launch": Transition((ProductStatus.APPROVED,), ProductStatus.ON_SALE, perms.PRODUCT_WRITE),
    "suspend": Transition(
        (ProductStatus.ON_SALE,), ProductStatus.SUSPENDED, perms.PRODUCT_SUSPEND, True
    ),
    "resume": Transition((ProductStatus.SUSPENDED,), ProductStatus.ON_SALE, perms.PRODUCT_SUSPEND),
    "take_offline": Transition(
        (ProductStatus.ON_SALE, ProductStatus.SUSPENDED),
        ProductStatus.OFFLINE,
        perms.PRODUCT_WRITE,
        True,
    ),
    "retire": Transition((ProductStatus.OFFLINE,), ProductStatus.RETIRED, perms.PRODUCT_WRITE),
}


async def change_status(
    *,
    product_id: int,
    action: str,
    expected_version: int,
    actor: Actor,
    reason: str = "",
) -> models.Product:
    """Move a product along its lifecycle; approval must come from someone other than the
    submitter (maker-checker). Emits ``product.status_changed`` once committed."""
    transition = TRANSITIONS[action]
    require(actor, transition.permission)
    reason = (reason or "").strip()
    if transition.needs_reason and not reason:
        raise DomainError.single(ErrorCode.REQUIRED, "Say why you make this change.", "reason")
    async with db.transaction():
        product = await service.get_for_update(product_id, expected_version)
        if ProductStatus(product.status) not in transition.sources:
            raise DomainError.single(
                ProductErrorCode.INVALID_TRANSITION,
                "A {status} product cannot be moved to {target}.",
                "id",
                status=product.status,
                target=transition.target.value,
            )
        changes: dict[str, Any] = {"status": transition.target.value}
        if action == "submit":
            changes["submitted_by_id"] = actor.id
        if action == "approve":
            if actor.id is not None and (
                actor.id == product.submitted_by_id or actor.id in await versions.makers(product.id)
            ):
                raise DomainError.single(
                    ErrorCode.SAME_MAKER_CHECKER,
                    "Maker-checker: the approver must not have created, edited or submitted it.",
                    "id",
                )
            changes["approved_by_id"] = actor.id
        if action == "reject":
            changes["approved_by_id"] = None
        if action == "suspend":
            changes["suspended_by_risk"] = actor.can(perms.PRODUCT_RESUME_RISK)
        if action == "resume":
            if product.suspended_by_risk:
                await _check_risk_resume(product, actor)
            changes["suspended_by_risk"] = False
        changes["status_reason"] = reason or None
        before = versions.snapshot(product)
        await versioned_update(product, expected_version=expected_version, changes=changes)
        after = await versions.record_version(
            product, action=action, reason=reason or action, actor=actor, before=before
        )
        await audit.record(
            actor=actor,
            action=f"product.{action}",
            object_type="Product",
            object_id=product.id,
            before=before,
            after=after,
        )
    await events.emit(
        events.PRODUCT_STATUS_CHANGED,
        product_id=product.id,
        old=before["status"],
        new=transition.target.value,
    )
    return product


async def _check_risk_resume(product: models.Product, actor: Actor) -> None:
    """A product risk control suspended is resumed only by a risk officer, not the one who
    suspended it (maker-checker), and only once the alert that suspended it is closed."""
    if not actor.can(perms.PRODUCT_RESUME_RISK):
        raise DomainError.single(
            ProductErrorCode.RESUME_NEEDS_RISK_OFFICER,
            "Risk control suspended this product: a risk officer must resume it.",
            "id",
        )
    if actor.id is not None and actor.id == await versions.last_actor(product.id, "suspend"):
        raise DomainError.single(
            ErrorCode.SAME_MAKER_CHECKER,
            "Maker-checker: another risk officer must resume what you suspended.",
            "id",
        )
    raise_if(await events.objections(events.PRODUCT_RESUMING, product_id=product.id))
