"""Root fields of products: list, fetch (now or as of a date), compare, create and edit drafts."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import service, versions
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.inputs import to_plain
from backend.graphql_core.pagination import bad_input, paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, OrderDirection, pk_of
from backend.schema.products.inputs import (
    ProductCreateInput,
    ProductFilter,
    ProductOrder,
    ProductOrderField,
    ProductUpdateInput,
    terms_to_plain,
    update_to_plain,
)
from backend.schema.products.payloads import ProductPayload
from backend.schema.products.types import Product


async def _as_of(product_pk: int | None, as_of: date | None) -> Product | None:
    if product_pk is None:
        return None
    found = await service.get_many(ids=[product_pk])
    if not found:
        return None
    if as_of is None or not versions.from_history(as_of):
        return Product.from_model(found[0], as_of=as_of)
    row = await versions.snapshot_as_of(product=found[0], day=as_of)
    return Product.from_row(row, as_of=as_of) if row else None


@strawberry.type
class ProductsQuery:
    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ), description="Products, filtered, sorted and paged."
    )
    async def products(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: ProductFilter | None = None,
        order_by: ProductOrder | None = None,
    ) -> Connection[Product]:
        f = filter or ProductFilter()
        order = order_by or ProductOrder(field=ProductOrderField.CODE)
        owner_pk = pk_of(f.owner_id, "User") if f.owner_id else None
        qs = service.products_query(
            filter=service.ProductFilter(
                text=f.text,
                families=f.families,
                subtypes=f.subtypes,
                statuses=f.statuses,
                risk_levels=f.risk_levels,
                channel=f.channel,
                currency=f.currency,
                rate_min=f.rate_min,
                rate_max=f.rate_max,
                on_sale_at=f.on_sale_at,
                owner_id=owner_pk if f.owner_id is None or owner_pk is not None else -1,
            ),
            order=("-" if order.direction == OrderDirection.DESC else "") + order.field.value,
        )
        return await paginate(
            qs, Product.from_model, first=first, after=after, last=last, before=before
        )

    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ),
        description="One product; with asOf, as it was (or will be) on that date. Null when it "
        "did not exist then.",
    )
    async def product(self, id: strawberry.ID, as_of: date | None = None) -> Product | None:
        return await _as_of(pk_of(id, "Product"), as_of)

    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ), description="One product by its code."
    )
    async def product_by_code(self, code: str, as_of: date | None = None) -> Product | None:
        found = await service.get_by_code(code=code)
        return await _as_of(found.id if found else None, as_of)

    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ),
        description="Two to four products, in the order asked, for side-by-side comparison.",
    )
    async def product_compare(
        self, info: strawberry.Info, ids: list[strawberry.ID]
    ) -> list[Product]:
        try:
            found = await service.compare(ids=[pk_of(i, "Product") for i in ids])
        except DomainError as exc:
            raise bad_input(exc.errors[0].render(info.context.actor.locale)) from exc
        return [Product.from_model(p) for p in found]


@strawberry.type
class ProductsMutation:
    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Create a product as DRAFT (version 1), owned by the caller.",
    )
    async def product_create(
        self, info: strawberry.Info, input: ProductCreateInput
    ) -> ProductPayload:
        actor = info.context.actor
        fields = to_plain(input)
        fields.pop("terms", None)
        product, errors = await mutation.run(
            service.create_product(fields=fields, terms=terms_to_plain(input.terms), actor=actor),
            actor=actor,
            action="product.create",
            object_type="Product",
        )
        return ProductPayload.of(product, errors)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Edit a DRAFT product; a stale expectedVersion gives CONFLICT.",
    )
    async def product_update(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        reason: str,
        input: ProductUpdateInput,
    ) -> ProductPayload:
        actor = info.context.actor
        pk = pk_of(id, "Product")
        fields, terms = update_to_plain(input)
        product, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.update_draft(
                product_id=pk,
                expected_version=expected_version,
                reason=reason,
                fields=fields,
                terms=terms,
                actor=actor,
            ),
            actor=actor,
            action="product.update",
            object_type="Product",
            object_id=pk,
        )
        return ProductPayload.of(product, errors)
