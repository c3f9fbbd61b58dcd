"""Thin GraphQL resolvers of the customer access log."""

from __future__ import annotations

import strawberry

from backend.domains.audit import access
from backend.domains.auth import permissions as perms
from backend.domains.customers import access as customer_access
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.audit.access import CustomerAccess, CustomerAccessFilter


@strawberry.type
class CustomerAccessQuery:
    @strawberry.field(
        extensions=requires(perms.AUDIT_READ),
        description="Who read which customer's data, when and through what (360 views, list "
        "rows, exports), latest first, paged.",
    )
    async def customer_accesses(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        filter: CustomerAccessFilter | None = None,
    ) -> Connection[CustomerAccess]:
        f = filter or CustomerAccessFilter()
        customer = pk_of(f.customer_id, "Customer") if f.customer_id else None
        if f.customer_no and f.customer_no.strip():
            by_number = await customer_access.customer_id_of(customer_no=f.customer_no)
            if f.customer_id and by_number != customer:
                by_number = None
            customer = by_number
        qs = access.accesses_query(
            filter=access.AccessFilter(
                actor_name=f.actor_name,
                customer_id=(customer if customer is not None else -1)
                if f.customer_id or (f.customer_no and f.customer_no.strip())
                else None,
                kinds=f.kinds,
                seen_after=f.seen_after,
                seen_before=f.seen_before,
            )
        )
        return await paginate(
            qs, CustomerAccess.from_model, first=first, after=after, last=last, before=before
        )
