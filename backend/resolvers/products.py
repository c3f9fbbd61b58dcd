"""Thin GraphQL resolvers of the products domain."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import documents as documents_service
from backend.domains.products import service
from backend.domains.products.enums import ChangeRequestStatus, Channel, ProductFamily
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.pagination import bad_input, paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, OrderDirection, pk_of
from backend.schema.products import (
    CatalogProduct,
    Product,
    ProductChangeRequest,
    ProductChangeRequestInput,
    ProductChangeRequestPayload,
    ProductCreateInput,
    ProductDocument,
    ProductDocumentPayload,
    ProductDocumentUploadInput,
    ProductFilter,
    ProductOrder,
    ProductOrderField,
    ProductPayload,
    ProductUpdateInput,
    terms_to_plain,
    to_plain,
    update_to_plain,
)


async def _as_of(product_pk: int | None, as_of: date | None) -> Product | None:
    if product_pk is None:
        return None
    found = await service.get_many(ids=[product_pk])
    if not found:
        return None
    if as_of is None:
        return Product.from_model(found[0])
    row = await service.snapshot_as_of(product=found[0], day=as_of)
    return Product.from_row(row, as_of=as_of) if row else None


@strawberry.type
class ProductQuery:
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

    @strawberry.field(
        extensions=requires(perms.PRODUCT_READ),
        description="Change requests across products (the checkers' queue), oldest first.",
    )
    async def product_change_requests(
        self,
        first: int | None = None,
        after: str | None = None,
        status: ChangeRequestStatus | None = None,
    ) -> Connection[ProductChangeRequest]:
        return await paginate(
            service.change_requests_query(status=status),
            ProductChangeRequest.from_model,
            first=first,
            after=after,
        )

    @strawberry.field(
        extensions=requires(perms.CATALOG_READ),
        description="The public catalog of a channel: ON_SALE products published there today, "
        "inside their windows, with current terms and no internal fields.",
    )
    async def catalog(
        self,
        channel: Channel,
        first: int | None = None,
        after: str | None = None,
        family: ProductFamily | None = None,
    ) -> Connection[CatalogProduct]:
        return await paginate(
            service.catalog_query(channel=channel, family=family),
            CatalogProduct.from_model,
            first=first,
            after=after,
        )


def _payload(product: Any, errors: list[Any]) -> ProductPayload:
    return ProductPayload(product=Product.from_model(product) if product else None, errors=errors)


async def _transition(
    info: strawberry.Info, id: strawberry.ID, action: str, expected_version: int, reason: str = ""
) -> ProductPayload:
    actor = info.context.actor
    pk = pk_of(id, "Product")
    product, errors = await mutation.run(
        mutation.not_found()
        if pk is None
        else service.change_status(
            product_id=pk,
            action=action,
            expected_version=expected_version,
            actor=actor,
            reason=reason,
        ),
        actor=actor,
        action=f"product.{action}",
        object_type="Product",
        object_id=pk,
    )
    return _payload(product, errors)


@strawberry.type
class ProductMutation:
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
        return _payload(product, errors)

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
        return _payload(product, errors)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Submit a DRAFT for review (→ PENDING_REVIEW).",
    )
    async def product_submit(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> ProductPayload:
        return await _transition(info, id, "submit", expected_version)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_APPROVE),
        description="Approve a product under review (→ APPROVED); not by its submitter.",
    )
    async def product_approve(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        note: str | None = None,
    ) -> ProductPayload:
        return await _transition(info, id, "approve", expected_version, note or "")

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_APPROVE),
        description="Send a product under review back to DRAFT, with the reason.",
    )
    async def product_reject(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, reason: str
    ) -> ProductPayload:
        return await _transition(info, id, "reject", expected_version, reason)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Put an APPROVED product on sale (→ ON_SALE).",
    )
    async def product_launch(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> ProductPayload:
        return await _transition(info, id, "launch", expected_version)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_SUSPEND),
        description="Suspend an ON_SALE product, with the reason.",
    )
    async def product_suspend(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, reason: str
    ) -> ProductPayload:
        return await _transition(info, id, "suspend", expected_version, reason)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_SUSPEND),
        description="Resume sales of a SUSPENDED product.",
    )
    async def product_resume(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> ProductPayload:
        return await _transition(info, id, "resume", expected_version)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Take an ON_SALE or SUSPENDED product offline, with the reason.",
    )
    async def product_take_offline(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int, reason: str
    ) -> ProductPayload:
        return await _transition(info, id, "take_offline", expected_version, reason)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE), description="Retire an OFFLINE product for good."
    )
    async def product_retire(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int
    ) -> ProductPayload:
        return await _transition(info, id, "retire", expected_version)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Propose new terms and/or field changes for a live product; applied when a second user approves.",
    )
    async def product_change_request_create(
        self, info: strawberry.Info, input: ProductChangeRequestInput
    ) -> ProductChangeRequestPayload:
        actor = info.context.actor
        pk = pk_of(input.product_id, "Product")
        fields, extra_terms = update_to_plain(input.changes)
        terms = terms_to_plain(input.terms) or extra_terms
        request, errors = await mutation.run(
            mutation.not_found("productId")
            if pk is None
            else service.create_change_request(
                product_id=pk,
                expected_version=input.expected_version,
                reason=input.reason,
                effective_date=input.effective_date,
                fields=fields,
                terms=terms,
                actor=actor,
            ),
            actor=actor,
            action="productChangeRequest.create",
            object_type="Product",
            object_id=pk,
        )
        return ProductChangeRequestPayload(
            change_request=ProductChangeRequest.from_model(request) if request else None,
            errors=errors,
        )

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_APPROVE),
        description="Approve and apply a change request (not by its requester).",
    )
    async def product_change_request_approve(
        self, info: strawberry.Info, id: strawberry.ID, note: str | None = None
    ) -> ProductChangeRequestPayload:
        actor = info.context.actor
        pk = pk_of(id, "ProductChangeRequest")
        request, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else service.approve_change_request(request_id=pk, note=note, actor=actor),
            actor=actor,
            action="productChangeRequest.approve",
            object_type="ProductChangeRequest",
            object_id=pk,
        )
        return ProductChangeRequestPayload(
            change_request=ProductChangeRequest.from_model(request) if request else None,
            errors=errors,
        )

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_APPROVE),
        description="Reject a change request, with a note.",
    )
    async def product_change_request_reject(
        self, info: strawberry.Info, id: strawberry.ID, note: str
    ) -> ProductChangeRequestPayload:
        return await _decide(info, id, ChangeRequestStatus.REJECTED, note)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Withdraw your own pending change request.",
    )
    async def product_change_request_cancel(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> ProductChangeRequestPayload:
        return await _decide(info, id, ChangeRequestStatus.CANCELLED, None)

    @strawberry.mutation(
        extensions=requires(perms.PRODUCT_WRITE),
        description="Attach a document (PDF, DOCX, XLSX, PNG, JPEG or Markdown, at most 10 MB).",
    )
    async def product_document_upload(
        self, info: strawberry.Info, input: ProductDocumentUploadInput
    ) -> ProductDocumentPayload:
        actor = info.context.actor
        settings = info.context.settings
        pk = pk_of(input.product_id, "Product")

        async def upload() -> Any:
            if pk is None:
                await mutation.not_found("productId")
            return await documents_service.upload(
                product_id=pk or 0,
                kind=input.kind,
                title=input.title,
                filename=input.filename,
                content=mutation.decode_base64(input.content_base64),
                actor=actor,
                root=settings.documents_dir,
                max_bytes=settings.max_upload_bytes,
            )

        document, errors = await mutation.run(
            upload(),
            actor=actor,
            action="productDocument.upload",
            object_type="Product",
            object_id=pk,
        )
        return ProductDocumentPayload(
            document=ProductDocument.from_model(document) if document else None, errors=errors
        )


async def _decide(
    info: strawberry.Info, id: strawberry.ID, status: ChangeRequestStatus, note: str | None
) -> ProductChangeRequestPayload:
    actor = info.context.actor
    pk = pk_of(id, "ProductChangeRequest")
    request, errors = await mutation.run(
        mutation.not_found()
        if pk is None
        else service.decide_change_request(request_id=pk, status=status, note=note, actor=actor),
        actor=actor,
        action=f"productChangeRequest.{status.value.lower()}",
        object_type="ProductChangeRequest",
        object_id=pk,
    )
    return ProductChangeRequestPayload(
        change_request=ProductChangeRequest.from_model(request) if request else None, errors=errors
    )
