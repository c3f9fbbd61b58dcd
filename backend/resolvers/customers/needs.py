"""GraphQL root fields of needs mining: need rules, a customer's needs, summaries, refresh."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import access as customer_access
from backend.domains.customers import needs as needs_service
from backend.domains.customers import recommend as recommend_service
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, UserError, pk_of
from backend.schema.customers.needs import (
    CustomerNeed,
    NeedRule,
    NeedRuleCreateInput,
    NeedRulePayload,
    NeedRuleUpdateInput,
    NeedsRefreshPayload,
    NeedsSummary,
    need_rule_input_to_plain,
)
from backend.schema.products.types import Product


def _rule_payload(rule: Any, errors: list[UserError]) -> NeedRulePayload:
    return NeedRulePayload(need_rule=NeedRule.from_model(rule) if rule else None, errors=errors)


@strawberry.type
class NeedQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ), description="Needs-mining rules, by code."
    )
    async def need_rules(
        self, first: int | None = None, after: str | None = None, enabled: bool | None = None
    ) -> Connection[NeedRule]:
        return await paginate(
            needs_service.rules_query(enabled=enabled),
            NeedRule.from_model,
            first=first,
            after=after,
        )

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="The needs every enabled rule finds for a customer now, with the evidence "
        "and the suitable products that meet each. Empty for an unknown customer.",
    )
    async def customer_needs(
        self, info: strawberry.Info, customer_id: strawberry.ID
    ) -> list[CustomerNeed]:
        pk = pk_of(customer_id, "Customer")
        if pk is None:
            return []
        detected = await needs_service.customer_needs(customer_id=pk)
        await customer_access.viewed(
            customer_ids=[pk], actor=info.context.actor, through="customerNeeds"
        )
        products = await recommend_service.suggestions(customer_id=pk, detected=detected)
        return [
            CustomerNeed(
                rule=NeedRule.from_model(n.rule),
                evidence=n.evidence,
                detected_at=n.detected_at,
                suggested_products=[Product.from_model(p) for p in products.get(n.rule.id, [])],
            )
            for n in detected
        ]

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Customers per need rule as of the last refresh, over everyone or within "
        "one segment. Null when the segment does not exist.",
    )
    async def needs_summary(self, segment_id: strawberry.ID | None = None) -> NeedsSummary | None:
        pk = pk_of(segment_id, "Segment") if segment_id is not None else None
        if segment_id is not None and pk is None:
            return None
        summary = await needs_service.summary(segment_id=pk)
        return NeedsSummary.from_summary(summary) if summary else None


@strawberry.type
class NeedMutation:
    @strawberry.mutation(
        extensions=requires(perms.NEED_RULE_WRITE), description="Create a needs-mining rule."
    )
    async def need_rule_create(
        self, info: strawberry.Info, input: NeedRuleCreateInput
    ) -> NeedRulePayload:
        actor = info.context.actor
        rule, errors = await mutation.run(
            needs_service.create_rule(data=need_rule_input_to_plain(input), actor=actor),
            actor=actor,
            action="needRule.create",
            object_type="NeedRule",
        )
        return _rule_payload(rule, errors)

    @strawberry.mutation(
        extensions=requires(perms.NEED_RULE_WRITE),
        description="Change a needs-mining rule; a stale expectedVersion gives CONFLICT.",
    )
    async def need_rule_update(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        input: NeedRuleUpdateInput,
    ) -> NeedRulePayload:
        actor = info.context.actor
        pk = pk_of(id, "NeedRule")
        rule, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else needs_service.update_rule(
                rule_id=pk,
                expected_version=expected_version,
                data=need_rule_input_to_plain(input),
                actor=actor,
            ),
            actor=actor,
            action="needRule.update",
            object_type="NeedRule",
            object_id=pk,
        )
        return _rule_payload(rule, errors)

    @strawberry.mutation(
        extensions=requires(perms.NEED_RULE_WRITE),
        description="Re-evaluate every enabled need rule over all customers and store the "
        "needs with their evidence (set-based, one transaction).",
    )
    async def needs_refresh(self, info: strawberry.Info) -> NeedsRefreshPayload:
        actor = info.context.actor
        summary, errors = await mutation.run(
            needs_service.refresh(actor=actor),
            actor=actor,
            action="needs.refresh",
            object_type="NeedRule",
        )
        return NeedsRefreshPayload(
            summary=NeedsSummary.from_summary(summary) if summary else None, errors=errors
        )
