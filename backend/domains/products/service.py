"""Products: create and edit drafts, search, fetch, compare, and the public catalog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.products import benchmarks, fx_rates, models, rules, terms_rules, versions
from backend.domains.products.enums import (
    SUBTYPES,
    Channel,
    LprTenor,
    ProductFamily,
    ProductStatus,
    ProductSubtype,
    RiskLevel,
)
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import check_version, versioned_update

EDITABLE_STATUSES = (ProductStatus.DRAFT,)


async def sync_channels(product: models.Product) -> None:
    """Rewrite the product's channel rows from its channels list."""
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


async def get_for_update(product_id: int, expected_version: int | None) -> models.Product:
    """The product to change; CONFLICT when the caller saw another version (None: any)."""
    product = await models.Product.get_or_none(id=product_id)
    if product is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "id")
    check_version(product, expected_version)
    return product


async def create_product(
    *, fields: dict[str, Any], terms: dict[str, Any] | None, actor: Actor
) -> models.Product:
    """Create a DRAFT product (version 1) with its initial terms, owned by the actor."""
    require(actor, perms.PRODUCT_WRITE)
    common, errors = rules.check_common(fields, creating=True)
    errors += await fx_rates.rate_errors(currency=common.get("currency"), day=clock.today())
    normalised: dict[str, Any] = {}
    if not errors or (fields.get("family") and fields.get("subtype")):
        family, subtype = fields.get("family"), fields.get("subtype")
        if family is not None and subtype is not None:
            lpr = await benchmarks.lpr_for(family, clock.today())
            normalised, term_errors = terms_rules.check_terms(family, subtype, terms, lpr=lpr)
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
            headline_rate=rules.headline_rate(common["family"], normalised, lpr),
            version=1,
        )
        await sync_channels(product)
        await models.ProductTerms.create(
            product=product,
            effective_date=clock.today(),
            terms=normalised,
            headline_rate=product.headline_rate,
            reason="Initial terms",
            created_by_id=actor.id if actor.type.value == "USER" else None,
        )
        after = await versions.record_version(
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
        product = await get_for_update(product_id, expected_version)
        if product.status not in EDITABLE_STATUSES:
            raise DomainError.single(
                ProductErrorCode.PRODUCT_NOT_EDITABLE,
                "Only drafts are edited directly; for a {status} product create a change request.",
                "id",
                status=product.status,
            )
        before = versions.snapshot(product)
        lpr = await benchmarks.lpr_for(product.family, clock.today())
        changes, new_terms, errors = validate_changes(product, fields, terms, reason, lpr=lpr)
        if "currency" in changes:
            errors += await fx_rates.rate_errors(currency=changes["currency"], day=clock.today())
        raise_if(errors)
        await versioned_update(product, expected_version=expected_version, changes=changes)
        if "channels" in changes:
            await sync_channels(product)
        terms_change = None
        if new_terms is not None:
            old_row = await models.ProductTerms.filter(product_id=product.id).first()
            rate = rules.headline_rate(product.family, new_terms, lpr)
            await models.ProductTerms.filter(product_id=product.id).update(
                terms=new_terms, headline_rate=rate
            )
            await models.Product.filter(id=product.id).update(headline_rate=rate)
            product.headline_rate = rate
            if old_row is not None and old_row.terms != new_terms:
                terms_change = (old_row.terms, new_terms, old_row.effective_date)
        after = await versions.record_version(
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


def validate_changes(
    product: models.Product,
    fields: dict[str, Any],
    terms: dict[str, Any] | None,
    reason: str,
    *,
    lpr: Mapping[LprTenor, Decimal] | None = None,
) -> tuple[dict[str, Any], dict[str, Any] | None, list[FieldError]]:
    """Check field changes and new terms of a product (a loan's against the LPRs in force,
    ``lpr``); returns changes, terms and errors."""
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
        new_terms, term_errors = terms_rules.check_terms(
            ProductFamily(product.family), subtype, terms, lpr=lpr
        )
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
    *, channel: Channel | None, family: ProductFamily | None = None, day: date | None = None
) -> QuerySet[models.Product]:
    """On-sale products published on a channel (None: on any channel) today, inside their
    sales and publication windows, ordered by family and code."""
    day = day or clock.today()
    windows = models.ProductChannel.filter(
        Q(publish_from__isnull=True) | Q(publish_from__lte=day),
        Q(publish_to__isnull=True) | Q(publish_to__gte=day),
    )
    if channel is not None:
        windows = windows.filter(channel=channel.value)
    published = Subquery(windows.values("product_id"))
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
