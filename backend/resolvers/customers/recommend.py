"""GraphQL root fields of product recommendations."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import access as customer_access
from backend.domains.customers import recommend as recommend_service
from backend.graphql_core.pagination import MAX_PAGE, bad_input
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import pk_of
from backend.schema.customers.recommend import Recommendation


@strawberry.type
class RecommendationQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Products for a customer, best first: on sale today, eligible, suitable "
        "(risk level within a current risk tolerance; R1 only without one) and not held, "
        "ranked by the needs they meet and the customer's segments, with reasons. Empty for an "
        "unknown customer.",
    )
    async def recommendations(
        self, info: strawberry.Info, customer_id: strawberry.ID, first: int = 5
    ) -> list[Recommendation]:
        if not 0 <= first <= MAX_PAGE:
            raise bad_input(f"'first' must be between 0 and {MAX_PAGE}.")
        pk = pk_of(customer_id, "Customer")
        ranked = await recommend_service.recommend(customer_id=pk, first=first) if pk else None
        if pk:
            await customer_access.viewed(
                customer_ids=[pk], actor=info.context.actor, through="customerRecommendations"
            )
        locale = info.context.actor.locale
        return [Recommendation.from_result(r, locale) for r in ranked or []]
