"""Change requests to live products: propose, approve and apply, reject, cancel, list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.audit.chain import to_json_safe
from backend.domains.auth import permissions as perms
from backend.domains.products import (
    benchmarks,
    documents,
    fx_rates,
    models,
    rules,
    service,
    versions,
)
from backend.domains.products.enums import ChangeRequestStatus, ProductStatus
from backend.domains.products.errors import ProductErrorCode
from backend.domains.products.terms import terms_in_force
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import versioned_update

CHANGE_REQUEST_STATUSES = (ProductStatus.APPROVED, ProductStatus.ON_SALE, ProductStatus.SUSPENDED)


async def create_change_request(
    *,
    product_id: int,
    expected_version: int,
    reason: str,
    effective_date: date,
    fields: dict[str, Any] | None,
    terms: dict[str, Any] | None,
    actor: Actor,
) -> models.ProductChangeRequest:
    """Propose new terms (effective on a date) and/or field changes for a live product."""
    require(actor, perms.PRODUCT_WRITE)
    async with db.transaction():
        product = await service.get_for_update(product_id, expected_version)
        errors: list[FieldError] = []
        if ProductStatus(product.status) not in CHANGE_REQUEST_STATUSES:
            errors.append(
                FieldError(
                    ProductErrorCode.PRODUCT_NOT_EDITABLE,
                    "Change requests are for approved, on-sale or suspended products; edit drafts directly.",
                    "productId",
                )
            )
        if effective_date < clock.today():
            errors.append(
                FieldError(
                    ProductErrorCode.EFFECTIVE_DATE_IN_PAST,
                    "The effective date must be today or later.",
                    "effectiveDate",
                )
            )
        if not fields and terms is None:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "Propose new terms or field changes.", "terms")
            )
        lpr = await benchmarks.lpr_for(product.family, max(effective_date, clock.today()))
        changes, new_terms, more = service.validate_changes(
            product, fields or {}, terms, reason, lpr=lpr
        )
        errors += more
        if "currency" in changes:
            errors += await fx_rates.rate_errors(
                currency=changes["currency"], day=max(effective_date, clock.today())
            )
        raise_if(errors)
        request = await models.ProductChangeRequest.create(
            product=product,
            status=ChangeRequestStatus.PENDING.value,
            reason=reason.strip(),
            effective_date=effective_date,
            terms=new_terms,
            changes=to_json_safe(changes) if changes else None,
            base_version=product.version,
            requested_by_id=actor.id,
        )
        await audit.record(
            actor=actor,
            action="productChangeRequest.create",
            object_type="ProductChangeRequest",
            object_id=request.id,
            after={
                "product_id": product.id,
                "effective_date": effective_date,
                "terms": new_terms,
                "changes": request.changes,
                "reason": reason,
            },
        )
    return request


async def _pending_request(request_id: int) -> models.ProductChangeRequest:
    request = await models.ProductChangeRequest.get_or_none(id=request_id)
    if request is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such change request.", "id")
    if request.status != ChangeRequestStatus.PENDING:
        raise DomainError.single(
            ProductErrorCode.CHANGE_REQUEST_CLOSED,
            "This change request was already {status}.",
            "id",
            status=request.status.lower(),
        )
    return request


async def approve_change_request(
    *, request_id: int, note: str | None, actor: Actor
) -> models.ProductChangeRequest:
    """Approve and apply a change request (not by its requester): field changes take effect
    now, new terms from the effective date."""
    require(actor, perms.PRODUCT_APPROVE)
    async with db.transaction():
        request = await _pending_request(request_id)
        if actor.id is not None and actor.id == request.requested_by_id:
            raise DomainError.single(
                ErrorCode.SAME_MAKER_CHECKER,
                "Maker-checker: the approver must not be the user who requested it.",
                "id",
            )
        product = await service.get_for_update(request.product_id, None)
        if request.changes and product.version != request.base_version:
            raise DomainError.single(
                ErrorCode.CONFLICT,
                "The product changed after this request was made; ask for a new request.",
                "id",
            )
        before = versions.snapshot(product)
        effective = max(request.effective_date, clock.today())
        terms_change = None
        if request.terms is not None:
            in_force = (await terms_in_force(keys=[(product.id, effective)]))[0]
            terms_change = (in_force.terms if in_force else None, request.terms, effective)
        if request.changes:
            changes = _from_json_changes(request.changes)
            await versioned_update(product, expected_version=product.version, changes=changes)
            if "channels" in changes:
                await service.sync_channels(product)
        if request.terms is not None:
            lpr = await benchmarks.lpr_for(product.family, effective)
            rate = rules.headline_rate(product.family, request.terms, lpr)
            await models.ProductTerms.create(
                product=product,
                effective_date=effective,
                terms=request.terms,
                headline_rate=rate,
                reason=request.reason,
                created_by_id=request.requested_by_id,
            )
            if effective <= clock.today():
                await models.Product.filter(id=product.id).update(headline_rate=rate)
            if not request.changes:
                await versioned_update(product, expected_version=product.version, changes={})
        attached = await documents.attach_approved(request=request, actor=actor)
        if attached is not None and not request.changes and request.terms is None:
            # a new version of the product's record, as a terms change makes
            await versioned_update(product, expected_version=product.version, changes={})
        await versions.record_version(
            product,
            action="change_request",
            reason=request.reason,
            actor=actor,
            before=before,
            terms_change=terms_change,
        )
        request.status = ChangeRequestStatus.APPROVED.value
        request.decided_by_id = actor.id
        request.decided_at = clock.now()
        request.decision_note = (note or "").strip() or None
        await request.save()
        await audit.record(
            actor=actor,
            action="productChangeRequest.approve",
            object_type="ProductChangeRequest",
            object_id=request.id,
            before={"status": "PENDING"},
            after={
                "status": "APPROVED",
                "product_id": product.id,
                "effective_date": effective,
                **({"document_id": attached.id} if attached else {}),
            },
        )
    return request


def _from_json_changes(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("sales_start", "sales_end") and value:
            out[key] = date.fromisoformat(value)
        elif key in ("quota_total", "min_amount", "max_amount") and value is not None:
            out[key] = Decimal(value)
        else:
            out[key] = value
    return out


async def decide_change_request(
    *, request_id: int, status: ChangeRequestStatus, note: str | None, actor: Actor
) -> models.ProductChangeRequest:
    """Reject (checker) or cancel (requester) a pending change request."""
    if status == ChangeRequestStatus.REJECTED:
        require(actor, perms.PRODUCT_APPROVE)
        if not (note or "").strip():
            raise DomainError.single(ErrorCode.REQUIRED, "Say why you make this change.", "note")
    else:
        require(actor, perms.PRODUCT_WRITE)
    async with db.transaction():
        request = await _pending_request(request_id)
        if status == ChangeRequestStatus.CANCELLED and request.requested_by_id != actor.id:
            raise DomainError.single(
                ErrorCode.FORBIDDEN, "Only the requester can cancel a change request.", "id"
            )
        request.status = status.value
        request.decided_by_id = actor.id
        request.decided_at = clock.now()
        request.decision_note = (note or "").strip() or None
        await request.save()
        await audit.record(
            actor=actor,
            action=f"productChangeRequest.{status.value.lower()}",
            object_type="ProductChangeRequest",
            object_id=request.id,
            before={"status": "PENDING"},
            after={"status": status.value, "note": note},
        )
    return request


async def change_requests_by_product(
    *, product_ids: Sequence[int]
) -> dict[int, list[models.ProductChangeRequest]]:
    """Each product's change requests, newest first."""
    rows = await models.ProductChangeRequest.filter(product_id__in=list(product_ids)).order_by(
        "-id"
    )
    out: dict[int, list[models.ProductChangeRequest]] = {pid: [] for pid in product_ids}
    for row in rows:
        out[row.product_id].append(row)
    return out


def change_requests_query(
    *, status: ChangeRequestStatus | None = None
) -> QuerySet[models.ProductChangeRequest]:
    """Change requests across products, oldest pending first."""
    qs = models.ProductChangeRequest.all()
    if status:
        qs = qs.filter(status=status.value)
    return qs.order_by("requested_at", "id")


async def get_change_requests(*, ids: Sequence[int]) -> list[models.ProductChangeRequest]:
    """The change requests with these ids."""
    return await models.ProductChangeRequest.filter(id__in=list(ids))
