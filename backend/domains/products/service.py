"""Products: create, edit drafts, lifecycle with maker-checker, change requests, effective-dated
terms, versions, quota, search and the public catalog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.audit.chain import to_json_safe
from backend.domains.auth import permissions as perms
from backend.domains.products import models, rules
from backend.domains.products.enums import (
    SUBTYPES,
    ChangeRequestStatus,
    Channel,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    RiskLevel,
)
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require

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
    "submitted_by_id",
    "approved_by_id",
    "version",
    "created_at",
    "updated_at",
)
EDITABLE_STATUSES = (ProductStatus.DRAFT,)
CHANGE_REQUEST_STATUSES = (ProductStatus.APPROVED, ProductStatus.ON_SALE, ProductStatus.SUSPENDED)


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


async def _record_version(
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


async def _sync_channels(product: models.Product) -> None:
    await models.ProductChannel.filter(product_id=product.id).delete()
    await models.ProductChannel.bulk_create(
        [
            models.ProductChannel(
                product_id=product.id,
                channel=ch["channel"],
                publish_from=date.fromisoformat(ch["publish_from"]) if ch["publish_from"] else None,
                publish_to=date.fromisoformat(ch["publish_to"]) if ch["publish_to"] else None,
            )
            for ch in product.channels
        ]
    )


async def _get_for_update(product_id: int, expected_version: int | None) -> models.Product:
    product = await models.Product.get_or_none(id=product_id)
    if product is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "id")
    if expected_version is not None and product.version != expected_version:
        raise DomainError.single(
            ErrorCode.CONFLICT,
            "The product was changed by someone else (now version {version}); reload it.",
            "expectedVersion",
            version=product.version,
        )
    return product


async def _save(product: models.Product, old_version: int, changes: dict[str, Any]) -> None:
    """Write changes only if nobody else did meanwhile (a conditional UPDATE on version)."""
    changes = {**changes, "version": old_version + 1, "updated_at": clock.now()}
    updated = await models.Product.filter(id=product.id, version=old_version).update(**changes)
    if not updated:
        raise DomainError.single(
            ErrorCode.CONFLICT,
            "The product was changed by someone else; reload it.",
            "expectedVersion",
        )
    for name, value in changes.items():
        setattr(product, name, value)


# --- create and edit ------------------------------------------------------------------------


async def create_product(
    *, fields: dict[str, Any], terms: dict[str, Any] | None, actor: Actor
) -> models.Product:
    """Create a DRAFT product (version 1) with its initial terms, owned by the actor."""
    require(actor, perms.PRODUCT_WRITE)
    common, errors = rules.check_common(fields, creating=True)
    normalised: dict[str, Any] = {}
    if not errors or (fields.get("family") and fields.get("subtype")):
        family, subtype = fields.get("family"), fields.get("subtype")
        if family is not None and subtype is not None:
            normalised, term_errors = rules.check_terms(family, subtype, terms)
            errors += term_errors
    raise_if(errors)
    async with db.transaction():
        if await models.Product.filter(code=common["code"]).exists():
            raise DomainError.single(
                ErrorCode.DUPLICATE, "Product code '{code}' is taken.", "code", code=common["code"]
            )
        product = await models.Product.create(
            **common,
            status=ProductStatus.DRAFT.value,
            owner_id=actor.id if actor.type.value == "USER" else None,
            headline_rate=rules.headline_rate(common["family"], normalised),
            version=1,
        )
        await _sync_channels(product)
        await models.ProductTerms.create(
            product=product,
            effective_date=clock.today(),
            terms=normalised,
            headline_rate=product.headline_rate,
            reason="Initial terms",
            created_by_id=actor.id if actor.type.value == "USER" else None,
        )
        after = await _record_version(
            product, action="create", reason="Created", actor=actor, before=None
        )
        await audit.record(
            actor=actor,
            action="product.create",
            object_type="Product",
            object_id=product.id,
            after={**after, "terms": normalised},
        )
    return product


async def update_draft(
    *,
    product_id: int,
    expected_version: int,
    reason: str,
    fields: dict[str, Any],
    terms: dict[str, Any] | None,
    actor: Actor,
) -> models.Product:
    """Edit a DRAFT product; the initial terms are replaced, a new version is recorded."""
    require(actor, perms.PRODUCT_WRITE)
    async with db.transaction():
        product = await _get_for_update(product_id, expected_version)
        if product.status not in EDITABLE_STATUSES:
            raise DomainError.single(
                ErrorCode.INVALID,
                "Only drafts are edited directly; for a {status} product create a change request.",
                "id",
                status=product.status,
            )
        before = snapshot(product)
        changes, new_terms, errors = _validate_changes(product, fields, terms, reason)
        raise_if(errors)
        await _save(product, expected_version, changes)
        if "channels" in changes:
            await _sync_channels(product)
        terms_change = None
        if new_terms is not None:
            old_row = await models.ProductTerms.filter(product_id=product.id).first()
            rate = rules.headline_rate(product.family, new_terms)
            await models.ProductTerms.filter(product_id=product.id).update(
                terms=new_terms, headline_rate=rate
            )
            await models.Product.filter(id=product.id).update(headline_rate=rate)
            product.headline_rate = rate
            if old_row is not None and old_row.terms != new_terms:
                terms_change = (old_row.terms, new_terms, old_row.effective_date)
        after = await _record_version(
            product,
            action="update",
            reason=reason,
            actor=actor,
            before=before,
            terms_change=terms_change,
        )
        await audit.record(
            actor=actor,
            action="product.update",
            object_type="Product",
            object_id=product.id,
            before=before,
            after={**after, **({"terms": new_terms} if new_terms else {})},
        )
    return product


def _validate_changes(
    product: models.Product,
    fields: dict[str, Any],
    terms: dict[str, Any] | None,
    reason: str,
) -> tuple[dict[str, Any], dict[str, Any] | None, list[FieldError]]:
    fields = {k: v for k, v in fields.items() if k not in ("code", "family")}
    changes, errors = rules.check_common(fields, creating=False)
    if not reason.strip():
        errors.append(FieldError(ErrorCode.REQUIRED, "Say why you make this change.", "reason"))
    subtype = fields.get("subtype") or ProductSubtype(product.subtype)
    if "subtype" in fields and fields["subtype"] not in _subtypes(product.family):
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Subtype {subtype} does not belong to family {family}.",
                "subtype",
                (("subtype", subtype.value), ("family", product.family)),
            )
        )
    new_terms = None
    if terms is not None:
        new_terms, term_errors = rules.check_terms(ProductFamily(product.family), subtype, terms)
        errors += term_errors
    elif "subtype" in fields and fields["subtype"].value != product.subtype:
        errors.append(
            FieldError(ErrorCode.REQUIRED, "Changing the subtype needs new terms.", "terms")
        )
    start = changes.get("sales_start", product.sales_start)
    end = changes.get("sales_end", product.sales_end)
    if start and end and start > end:
        errors.append(
            FieldError(ErrorCode.INVALID, "Sales window ends before it starts.", "salesEnd")
        )
    low = changes.get("min_amount", product.min_amount)
    high = changes.get("max_amount", product.max_amount)
    if low is not None and high is not None and low > high:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Must not be less than {other}.",
                "maxAmount",
                (("other", "minAmount"),),
            )
        )
    return changes, new_terms, errors


def _subtypes(family: str) -> tuple[ProductSubtype, ...]:
    return SUBTYPES[ProductFamily(family)]


# --- lifecycle ------------------------------------------------------------------------------


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
    submitter (maker-checker)."""
    transition = TRANSITIONS[action]
    require(actor, transition.permission)
    reason = (reason or "").strip()
    if transition.needs_reason and not reason:
        raise DomainError.single(ErrorCode.REQUIRED, "Say why you make this change.", "reason")
    async with db.transaction():
        product = await _get_for_update(product_id, expected_version)
        if ProductStatus(product.status) not in transition.sources:
            raise DomainError.single(
                ErrorCode.INVALID,
                "A {status} product cannot be moved to {target}.",
                "id",
                status=product.status,
                target=transition.target.value,
            )
        changes: dict[str, Any] = {"status": transition.target.value}
        if action == "submit":
            changes["submitted_by_id"] = actor.id
        if action == "approve":
            if actor.id is not None and actor.id == product.submitted_by_id:
                raise DomainError.single(
                    ErrorCode.FORBIDDEN,
                    "Maker-checker: the approver must not be the user who submitted it.",
                    "id",
                )
            changes["approved_by_id"] = actor.id
        if action == "reject":
            changes["approved_by_id"] = None
        changes["status_reason"] = reason or None
        before = snapshot(product)
        await _save(product, expected_version, changes)
        after = await _record_version(
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
    return product


async def record_quota_use(*, product_id: int, amount: Decimal, actor: Actor) -> models.Product:
    """Add to a product's used quota; when the quota is used up, suspend it automatically."""
    async with db.transaction():
        product = await _get_for_update(product_id, None)
        if amount <= 0:
            raise DomainError.single(
                ErrorCode.INVALID, "Amount must be greater than zero.", "amount"
            )
        before = snapshot(product)
        used = Decimal(product.quota_used) + amount
        changes: dict[str, Any] = {"quota_used": used}
        exhausted = product.quota_total is not None and used >= Decimal(product.quota_total)
        if exhausted and product.status == ProductStatus.ON_SALE:
            changes["status"] = ProductStatus.SUSPENDED.value
            changes["status_reason"] = "Quota exhausted"
        await _save(product, product.version, changes)
        action = "quota_exhausted_suspend" if "status" in changes else "quota_use"
        after = await _record_version(
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
    return product


# --- change requests ------------------------------------------------------------------------


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
        product = await _get_for_update(product_id, expected_version)
        errors: list[FieldError] = []
        if ProductStatus(product.status) not in CHANGE_REQUEST_STATUSES:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Change requests are for approved, on-sale or suspended products; edit drafts directly.",
                    "productId",
                )
            )
        if effective_date < clock.today():
            errors.append(
                FieldError(
                    ErrorCode.INVALID, "The effective date must be today or later.", "effectiveDate"
                )
            )
        if not fields and terms is None:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "Propose new terms or field changes.", "terms")
            )
        changes, new_terms, more = _validate_changes(product, fields or {}, terms, reason)
        errors += more
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
            ErrorCode.CONFLICT,
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
                ErrorCode.FORBIDDEN,
                "Maker-checker: the approver must not be the user who requested it.",
                "id",
            )
        product = await _get_for_update(request.product_id, None)
        if request.changes and product.version != request.base_version:
            raise DomainError.single(
                ErrorCode.CONFLICT,
                "The product changed after this request was made; ask for a new request.",
                "id",
            )
        before = snapshot(product)
        effective = max(request.effective_date, clock.today())
        terms_change = None
        if request.terms is not None:
            in_force = (await terms_in_force(keys=[(product.id, effective)]))[0]
            terms_change = (in_force.terms if in_force else None, request.terms, effective)
        if request.changes:
            changes = _from_json_changes(request.changes)
            await _save(product, product.version, changes)
            if "channels" in changes:
                await _sync_channels(product)
        if request.terms is not None:
            rate = rules.headline_rate(product.family, request.terms)
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
                await _save(product, product.version, {})
        await _record_version(
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
            after={"status": "APPROVED", "product_id": product.id, "effective_date": effective},
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


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductFilter:
    """Search criteria for products; all optional and combined."""

    text: str | None = None
    families: Sequence[ProductFamily] | None = None
    subtypes: Sequence[ProductSubtype] | None = None
    statuses: Sequence[ProductStatus] | None = None
    risk_levels: Sequence[RiskLevel] | None = None
    channel: Channel | None = None
    currency: str | None = None
    rate_min: Decimal | None = None
    rate_max: Decimal | None = None
    on_sale_at: date | None = None
    owner_id: int | None = None


def products_query(
    *, filter: ProductFilter | None = None, order: str = "code"
) -> QuerySet[models.Product]:
    """Products matching the filter in the given order (field name, '-' for descending)."""
    f = filter or ProductFilter()
    qs = models.Product.all()
    if f.text:
        qs = qs.filter(
            Q(code__icontains=f.text) | Q(name_zh__icontains=f.text) | Q(name_en__icontains=f.text)
        )
    if f.families:
        qs = qs.filter(family__in=[x.value for x in f.families])
    if f.subtypes:
        qs = qs.filter(subtype__in=[x.value for x in f.subtypes])
    if f.statuses:
        qs = qs.filter(status__in=[x.value for x in f.statuses])
    if f.risk_levels:
        qs = qs.filter(risk_level__in=[x.value for x in f.risk_levels])
    if f.channel:
        qs = qs.filter(channel_list__contains=f",{f.channel.value},")
    if f.currency:
        qs = qs.filter(currency=f.currency.upper())
    if f.rate_min is not None:
        qs = qs.filter(headline_rate__gte=f.rate_min)
    if f.rate_max is not None:
        qs = qs.filter(headline_rate__lte=f.rate_max)
    if f.on_sale_at:
        qs = qs.filter(status=ProductStatus.ON_SALE.value).filter(
            Q(sales_start__isnull=True) | Q(sales_start__lte=f.on_sale_at),
            Q(sales_end__isnull=True) | Q(sales_end__gte=f.on_sale_at),
        )
    if f.owner_id is not None:
        qs = qs.filter(owner_id=f.owner_id)
    return qs.order_by(order, "id")


def catalog_query(
    *, channel: Channel, family: ProductFamily | None = None, day: date | None = None
) -> QuerySet[models.Product]:
    """On-sale products published on a channel today, inside their sales and publication
    windows, ordered by family and code."""
    day = day or clock.today()
    published = Subquery(
        models.ProductChannel.filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=day),
            Q(publish_to__isnull=True) | Q(publish_to__gte=day),
            channel=channel.value,
        ).values("product_id")
    )
    qs = models.Product.filter(
        Q(sales_start__isnull=True) | Q(sales_start__lte=day),
        Q(sales_end__isnull=True) | Q(sales_end__gte=day),
        status=ProductStatus.ON_SALE.value,
        id__in=published,
    )
    if family:
        qs = qs.filter(family=family.value)
    return qs.order_by("family", "code", "id")


async def get_many(*, ids: Sequence[int]) -> list[models.Product]:
    """The products with these ids."""
    return await models.Product.filter(id__in=list(ids))


COMPARE_MIN, COMPARE_MAX = 2, 4


async def compare(*, ids: Sequence[int | None]) -> list[models.Product]:
    """Two to four different products, in the order asked (None stands for an unknown id)."""
    if not COMPARE_MIN <= len(ids) <= COMPARE_MAX or len(set(ids)) != len(ids):
        raise DomainError.single(
            ErrorCode.INVALID, "Compare two to four different products.", "ids"
        )
    found = {p.id: p for p in await get_many(ids=[i for i in ids if i is not None])}
    if any(i not in found for i in ids):
        raise DomainError.single(ErrorCode.NOT_FOUND, "One of the products does not exist.", "ids")
    return [found[i] for i in ids if i is not None]


async def get_by_code(*, code: str) -> models.Product | None:
    """The product with this code."""
    return await models.Product.get_or_none(code=code.strip().upper())


async def terms_in_force(*, keys: Sequence[tuple[int, date]]) -> list[models.ProductTerms | None]:
    """For each (product id, day), the terms in force that day (one query for all)."""
    if not keys:
        return []
    latest_day = max(day for _, day in keys)
    rows = await models.ProductTerms.filter(
        product_id__in=list({pid for pid, _ in keys}), effective_date__lte=latest_day
    ).order_by("product_id", "effective_date", "id")
    by_product: dict[int, list[models.ProductTerms]] = {}
    for row in rows:
        by_product.setdefault(row.product_id, []).append(row)
    out: list[models.ProductTerms | None] = []
    for pid, day in keys:
        candidates = [r for r in by_product.get(pid, []) if r.effective_date <= day]
        out.append(candidates[-1] if candidates else None)
    return out


async def terms_schedules(*, product_ids: Sequence[int]) -> dict[int, list[models.ProductTerms]]:
    """Every product's terms timeline, oldest first."""
    rows = await models.ProductTerms.filter(product_id__in=list(product_ids)).order_by(
        "effective_date", "id"
    )
    out: dict[int, list[models.ProductTerms]] = {pid: [] for pid in product_ids}
    for row in rows:
        out[row.product_id].append(row)
    return out


async def snapshot_as_of(*, product: models.Product, day: date) -> dict[str, Any] | None:
    """The product's common fields as they were at the end of a business day (current ones
    for today and later); None before it existed."""
    if day >= clock.today():
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


async def refresh_headline_rates(*, day: date | None = None) -> int:
    """Bring each product's stored headline rate (used by rate filters and sorting) in line
    with the terms in force on a day; returns how many changed. Run daily and at start-up, so
    scheduled rate changes show in searches from their effective date."""
    day = day or clock.today()
    products = await models.Product.all().only("id", "family", "headline_rate")
    rows = await terms_in_force(keys=[(p.id, day) for p in products])
    changed = 0
    for product, row in zip(products, rows, strict=True):
        rate = rules.headline_rate(product.family, row.terms) if row else None
        current = Decimal(product.headline_rate) if product.headline_rate is not None else None
        if rate != current:
            await models.Product.filter(id=product.id).update(headline_rate=rate)
            changed += 1
    return changed
