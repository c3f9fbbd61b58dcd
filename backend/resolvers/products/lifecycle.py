"""Root fields of the product lifecycle: submit, approve or reject, launch, suspend and
resume, take offline, retire."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import lifecycle
from backend.graphql_core import mutation
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import pk_of
from backend.schema.products.payloads import ProductPayload


async def _transition(
    info: strawberry.Info, id: strawberry.ID, action: str, expected_version: int, reason: str = ""
) -> ProductPayload:
    actor = info.context.actor
    pk = pk_of(id, "Product")
    product, errors = await mutation.run(
        mutation.not_found()
        if pk is None
        else lifecycle.change_status(
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
    return ProductPayload.of(product, errors)


@strawberry.type
class LifecycleMutation:
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
