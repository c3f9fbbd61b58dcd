"""Thin GraphQL resolvers of segmentation, needs mining and recommendations."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.auth import permissions as perms
from backend.domains.customers import needs as needs_service
from backend.domains.customers import recommend as recommend_service
from backend.domains.customers import segments as segments_service
from backend.domains.customers.enums import SegmentKind
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.pagination import MAX_PAGE, bad_input, paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, UserError, pk_of, to_global_id
from backend.schema.products.types import Product
from backend.schema.segments import (
    CustomerNeed,
    NeedRule,
    NeedRuleCreateInput,
    NeedRulePayload,
    NeedRuleUpdateInput,
    NeedsRefreshPayload,
    NeedsSummary,
    Recommendation,
    Segment,
    SegmentClusterPayload,
    SegmentCreateInput,
    SegmentDeletePayload,
    SegmentPayload,
    SegmentPreview,
    SegmentUpdateInput,
    need_rule_input_to_plain,
)


def _segment_payload(segment: Any, errors: list[UserError]) -> SegmentPayload:
    return SegmentPayload(segment=Segment.from_model(segment) if segment else None, errors=errors)


def _rule_payload(rule: Any, errors: list[UserError]) -> NeedRulePayload:
    return NeedRulePayload(need_rule=NeedRule.from_model(rule) if rule else None, errors=errors)


@strawberry.type
class SegmentQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Segments: built-ins first, then rule segments and clusters, by code.",
    )
    async def segments(
        self,
        first: int | None = None,
        after: str | None = None,
        kind: SegmentKind | None = None,
    ) -> Connection[Segment]:
        return await paginate(
            segments_service.segments_query(kind=kind), Segment.from_model, first=first, after=after
        )

    @strawberry.field(extensions=requires(perms.CUSTOMER_READ), description="One segment.")
    async def segment(self, id: strawberry.ID) -> Segment | None:
        pk = pk_of(id, "Segment")
        found = await segments_service.get_many(ids=[pk]) if pk is not None else []
        return Segment.from_model(found[0]) if found else None

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="How many customers a rule selects now, without saving (the segment "
        "builder's live count); an invalid rule gives errors named by path (rule.args.1.value).",
    )
    async def segment_preview(self, info: strawberry.Info, rule: JSON) -> SegmentPreview:
        try:
            count = await segments_service.preview(rule=rule)
        except DomainError as exc:
            locale = info.context.actor.locale
            return SegmentPreview(
                member_count=None,
                errors=[UserError.from_field_error(e, locale) for e in exc.errors],
            )
        return SegmentPreview(member_count=count, errors=[])

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
    async def customer_needs(self, customer_id: strawberry.ID) -> list[CustomerNeed]:
        pk = pk_of(customer_id, "Customer")
        if pk is None:
            return []
        detected = await needs_service.customer_needs(customer_id=pk)
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
        locale = info.context.actor.locale
        return [Recommendation.from_result(r, locale) for r in ranked or []]


@strawberry.type
class SegmentMutation:
    @strawberry.mutation(
        extensions=requires(perms.SEGMENT_WRITE),
        description="Create a rule segment and compute its members.",
    )
    async def segment_create(
        self, info: strawberry.Info, input: SegmentCreateInput
    ) -> SegmentPayload:
        actor = info.context.actor
        segment, errors = await mutation.run(
            segments_service.create_segment(
                data={
                    "code": input.code,
                    "name": input.name,
                    "description": input.description,
                    "rule": input.rule,
                },
                actor=actor,
            ),
            actor=actor,
            action="segment.create",
            object_type="Segment",
        )
        return _segment_payload(segment, errors)

    @strawberry.mutation(
        extensions=requires(perms.SEGMENT_WRITE),
        description="Change a segment's name, description or rule (a new rule recomputes the "
        "members); a stale expectedVersion gives CONFLICT.",
    )
    async def segment_update(
        self,
        info: strawberry.Info,
        id: strawberry.ID,
        expected_version: int,
        input: SegmentUpdateInput,
    ) -> SegmentPayload:
        actor = info.context.actor
        pk = pk_of(id, "Segment")
        segment, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else segments_service.update_segment(
                segment_id=pk,
                expected_version=expected_version,
                data={"name": input.name, "description": input.description, "rule": input.rule},
                actor=actor,
            ),
            actor=actor,
            action="segment.update",
            object_type="Segment",
            object_id=pk,
        )
        return _segment_payload(segment, errors)

    @strawberry.mutation(
        extensions=requires(perms.SEGMENT_WRITE),
        description="Delete a segment and its member list; built-in segments cannot be deleted.",
    )
    async def segment_delete(
        self, info: strawberry.Info, id: strawberry.ID, expected_version: int | None = None
    ) -> SegmentDeletePayload:
        actor = info.context.actor
        pk = pk_of(id, "Segment")
        segment, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else segments_service.delete_segment(
                segment_id=pk, expected_version=expected_version, actor=actor
            ),
            actor=actor,
            action="segment.delete",
            object_type="Segment",
            object_id=pk,
        )
        return SegmentDeletePayload(
            deleted_id=to_global_id("Segment", segment.id) if segment else None, errors=errors
        )

    @strawberry.mutation(
        extensions=requires(perms.SEGMENT_WRITE),
        description="Recompute a rule segment's members now (set-based, one transaction).",
    )
    async def segment_refresh(self, info: strawberry.Info, id: strawberry.ID) -> SegmentPayload:
        actor = info.context.actor
        pk = pk_of(id, "Segment")
        segment, errors = await mutation.run(
            mutation.not_found()
            if pk is None
            else segments_service.refresh_segment(segment_id=pk, actor=actor),
            actor=actor,
            action="segment.refresh",
            object_type="Segment",
            object_id=pk,
        )
        return _segment_payload(segment, errors)

    @strawberry.mutation(
        extensions=requires(perms.SEGMENT_WRITE),
        description="Cluster customers on RFM (365 days), age, AUM, income and counter share "
        "with k-means; k from 2 to 8, or chosen by the best silhouette score when omitted. "
        "Replaces the previous CLUSTER segments.",
    )
    async def segment_cluster_run(
        self, info: strawberry.Info, k: int | None = None
    ) -> SegmentClusterPayload:
        actor = info.context.actor
        result, errors = await mutation.run(
            segments_service.run_clustering(k=k, actor=actor),
            actor=actor,
            action="segment.cluster",
            object_type="Segment",
        )
        return SegmentClusterPayload(
            k=result.k if result else None,
            silhouette_score=result.score if result else None,
            segments=[Segment.from_model(s) for s in result.segments] if result else [],
            errors=errors,
        )

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
