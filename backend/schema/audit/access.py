"""GraphQL types of the customer access log: who saw which customer, when and through what."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.domains.audit import models
from backend.graphql_core.types import to_global_id
from backend.schema.audit.enums import AccessKind, ActorType
from backend.schema.customers.loaders import CustomerByIdLoader


@strawberry.type(
    description="Reads of one customer by one user, in one way and through one entry point, "
    "within one hour (UTC): first and last time and how many times."
)
class CustomerAccess:
    pk: strawberry.Private[int]
    customer_pk: strawberry.Private[int]
    id: strawberry.ID = strawberry.field(description="ID of this log row.")
    actor_type: ActorType = strawberry.field(description="User, API key or system.")
    actor_id: str | None = strawberry.field(description="ID of the user or API key.")
    actor_name: str = strawberry.field(description="Username or API key name.")
    customer_id: strawberry.ID = strawberry.field(description="Global ID of the customer seen.")
    kind: AccessKind = strawberry.field(description="How the customer was seen.")
    through: str = strawberry.field(
        description="The entry point: customer (360 view), node, customerNeeds, "
        "customerRecommendations, customers (list and search), segment.members, customerExport."
    )
    hour: datetime = strawberry.field(description="Start of the hour (UTC) these reads fall in.")
    first_at: datetime = strawberry.field(description="First read in that hour.")
    last_at: datetime = strawberry.field(description="Last read in that hour.")
    count: int = strawberry.field(description="How many reads in that hour.")

    @strawberry.field(description="The customer's number (kept when the customer is gone: empty).")
    async def customer_no(self, info: strawberry.Info) -> str:
        row = await info.context.loaders.get(CustomerByIdLoader).load(self.customer_pk)
        return row.customer_no if row else ""

    @strawberry.field(description="The customer's name (empty when the customer is gone).")
    async def customer_name(self, info: strawberry.Info) -> str:
        row = await info.context.loaders.get(CustomerByIdLoader).load(self.customer_pk)
        return row.name if row else ""

    @classmethod
    def from_model(cls, row: models.CustomerAccess) -> CustomerAccess:
        """Build from an access-log row."""
        return cls(
            id=strawberry.ID(to_global_id("CustomerAccess", row.id)),
            pk=row.id,
            customer_pk=row.customer_id,
            actor_type=ActorType(row.actor_type),
            actor_id=row.actor_id,
            actor_name=row.actor_name,
            customer_id=strawberry.ID(to_global_id("Customer", row.customer_id)),
            kind=AccessKind(row.kind),
            through=row.through,
            hour=row.hour,
            first_at=row.first_at,
            last_at=row.last_at,
            count=row.count,
        )


@strawberry.input(description="Which reads of customer data to list; all criteria combine.")
class CustomerAccessFilter:
    actor_name: str | None = strawberry.field(default=None, description="Part of the username.")
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Global ID of one customer."
    )
    customer_no: str | None = strawberry.field(
        default=None, description="Exact customer number of one customer."
    )
    kinds: list[AccessKind] | None = strawberry.field(default=None, description="Kinds of read.")
    seen_after: datetime | None = strawberry.field(
        default=None, description="Last read at or after this time."
    )
    seen_before: datetime | None = strawberry.field(
        default=None, description="First read before this time."
    )
