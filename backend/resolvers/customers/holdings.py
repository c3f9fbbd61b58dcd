"""GraphQL root fields of holdings: loan reclassification."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import holdings as service
from backend.graphql_core import mutation
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import pk_of
from backend.schema.customers.holdings import (
    Holding,
    HoldingReclassifyInput,
    HoldingReclassifyPayload,
)


@strawberry.type
class HoldingMutation:
    @strawberry.mutation(
        extensions=requires(perms.LOAN_CLASSIFY),
        description=(
            "Move a loan to another five-tier class (五级分类), with a reason; the product's "
            "risk rules are re-evaluated at once and alerts published."
        ),
    )
    async def holding_reclassify(
        self, info: strawberry.Info, input: HoldingReclassifyInput
    ) -> HoldingReclassifyPayload:
        actor = info.context.actor
        pk = pk_of(input.holding_id, "Holding")
        holding, errors = await mutation.run(
            mutation.not_found("holdingId")
            if pk is None
            else service.reclassify_loan(
                holding_id=pk,
                classification=input.classification,
                days_past_due=input.days_past_due,
                reason=input.reason,
                actor=actor,
            ),
            actor=actor,
            action="holding.reclassify",
            object_type="Holding",
            object_id=pk,
        )
        return HoldingReclassifyPayload(
            holding=Holding.from_model(holding) if holding else None, errors=errors
        )
