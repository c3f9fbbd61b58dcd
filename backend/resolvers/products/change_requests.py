"""Root fields of change requests to live products: the checkers' queue, propose, approve,
reject, cancel."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import change_requests
from backend.domains.products.enums import ChangeRequestStatus
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.products.inputs import (
    ProductChangeRequestInput,
    terms_to_plain,
    update_to_plain,
)
from backend.schema.products.payloads import ProductChangeRequestPayload
from backend.schema.products.types import ProductChangeRequest


async def _decide(
    info: strawberry.Info, id: strawberry.ID, status: ChangeRequestStatus, note: str | None
) -> ProductChangeRequestPayload:
    actor = info.context.actor
    pk = pk_of(id, "ProductChangeRequest")
    request, errors = await mutation.run(
        mutation.not_found()
        if pk is None
        else change_requests.decide_change_request(
            request_id=pk, status=status, note=note, actor=actor
        ),
        actor=actor,
        action=f"productChangeRequest.{status.value.lower()}",
        object_type="ProductChangeRequest",
        object_id=pk,
    )
    return ProductChangeRequestPayload.of(request, errors)


@strawberry.type
class ChangeRequestQuery:
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
            change_requests.change_requests_query(status=status),
            ProductChangeRequest.from_model,
            first=first,
            after=after,
        )


@strawberry.type
class ChangeRequestMutation:
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
            else change_requests.create_change_request(
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
        return ProductChangeRequestPayload.of(request, errors)

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
            else change_requests.approve_change_request(request_id=pk, note=note, actor=actor),
            actor=actor,
            action="productChangeRequest.approve",
            object_type="ProductChangeRequest",
            object_id=pk,
        )
        return ProductChangeRequestPayload.of(request, errors)

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
