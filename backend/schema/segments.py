"""GraphQL types of segmentation (客户细分), needs mining (需求挖掘) and recommendations:
segments and their members, clusters, need rules, detected needs with evidence, needs per
segment, and ranked suitable products with reasons."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.customers import models
from backend.domains.customers import needs as needs_service
from backend.domains.customers import recommend as recommend_service
from backend.domains.customers import segments as segments_service
from backend.domains.customers.enums import SegmentKind
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.schema.products.types import Product

if TYPE_CHECKING:
    from backend.schema.customers import Customer

strawberry.enum(
    SegmentKind, description="RULE: defined by a rule tree; CLUSTER: found in the data."
)
strawberry.enum(
    recommend_service.ReasonCode,
    name="RecommendationReasonCode",
    description="Why a product is recommended: NEED (meets a detected need), SEGMENT (suits the "
    "customer's segment), SUITABLE (risk level within a current tolerance), UNASSESSED (no "
    "current assessment: R1 only).",
)

RULE_LANGUAGE = (
    'Rule tree (JSON): {"op": "AND"|"OR"|"NOT", "args": [...]} over leaves {"field", "cmp", '
    '"value"}; fields: age, annual_income, occupation, province, city, customer_type, gender, '
    "risk_tolerance, aum, holds_family, holds_subtype, holds_product (optional min_balance), "
    "tx_count, tx_amount, cross_border_count (window_days, optional channel, type, min_amount) "
    "and tx_months (months, optional type); cmp: EQ, NE, GT, GTE, LT, LTE, BETWEEN [low, high], IN [...]."
)


@strawberry.type(description="How a CLUSTER segment was found and what it looks like.")
class SegmentCluster:
    index: int = strawberry.field(description="Cluster number, 1 = largest.")
    k: int = strawberry.field(description="How many clusters the run made.")
    silhouette_score: float = strawberry.field(
        description="Quality of the run's clustering (silhouette, −1 to 1; higher is better)."
    )
    description_zh: str = strawberry.field(description="Plain-words description in Chinese.")
    description_en: str = strawberry.field(description="Plain-words description in English.")
    profile: JSON = strawberry.field(
        description="The numbers behind the description: size, median recency (days), mean "
        "frequency and amount over 365 days, median age, mean AUM, median income, counter share."
    )


@strawberry.type(
    description="A customer segment (客户细分): a rule tree, or a cluster found in the data."
)
class Segment(Node):
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="Stable code, e.g. HIGH_NET_WORTH or CLUSTER_01.")
    name: str = strawberry.field(description="Name, e.g. 高净值客户.")
    description: str = strawberry.field(description="What the segment is (Chinese for clusters).")
    kind: SegmentKind = strawberry.field(description="RULE or CLUSTER.")
    rule: JSON | None = strawberry.field(description=RULE_LANGUAGE + " Null for clusters.")
    built_in: bool = strawberry.field(description="Shipped with the system; cannot be deleted.")
    member_count: int = strawberry.field(description="Members as of the last refresh.")
    refreshed_at: datetime | None = strawberry.field(description="When members were computed.")
    version: int = strawberry.field(description="Version; send it back as expectedVersion.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    cluster: SegmentCluster | None = strawberry.field(
        description="How the cluster was found (CLUSTER segments only)."
    )

    @strawberry.field(description="The members as of the last refresh, by customer id.")
    async def members(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[Customer, strawberry.lazy("backend.schema.customers")]]:
        from backend.graphql_core.pagination import paginate
        from backend.schema.customers import Customer

        return await paginate(
            segments_service.members_query(segment_id=self.pk),
            Customer.from_model,
            first=first,
            after=after,
        )

    @classmethod
    def from_model(cls, segment: models.Segment) -> Segment:
        """Build from a segment row."""
        info = segments_service.cluster_info(segment)
        rule: Any = segments_service.rule_of(segment)
        profile: Any = (info or {}).get("profile") or {}
        return cls(
            id=to_global_id("Segment", segment.id),
            pk=segment.id,
            code=segment.code,
            name=segment.name,
            description=segment.description,
            kind=SegmentKind(segment.kind),
            rule=rule,
            built_in=segment.built_in,
            member_count=segment.member_count,
            refreshed_at=segment.refreshed_at,
            version=segment.version,
            created_at=segment.created_at,
            updated_at=segment.updated_at,
            cluster=SegmentCluster(
                index=int(info.get("index", 0)),
                k=int(info.get("k", 0)),
                silhouette_score=float(info.get("silhouette", 0.0)),
                description_zh=segment.description,
                description_en=str(info.get("descriptionEn", "")),
                profile=profile,
            )
            if info is not None
            else None,
        )


@strawberry.type(description="A rule's member count now, computed without saving anything.")
class SegmentPreview:
    member_count: int | None = strawberry.field(
        description="How many customers the rule selects now; null when the rule is invalid."
    )
    errors: list[UserError] = strawberry.field(description="What is wrong with the rule.")


@strawberry.input(description="A new rule segment; its members are computed on creation.")
class SegmentCreateInput:
    code: str = strawberry.field(description="Unique code, 2–40 of A-Z, 0-9, '_'.")
    name: str = strawberry.field(description="Name, 1–100 characters.")
    description: str = strawberry.field(default="", description="What the segment is for.")
    rule: JSON = strawberry.field(description=RULE_LANGUAGE)


@strawberry.input(description="Changes to a segment; only the fields given change.")
class SegmentUpdateInput:
    name: str | None = strawberry.field(default=None, description="Name.")
    description: str | None = strawberry.field(default=None, description="Description.")
    rule: JSON | None = strawberry.field(
        default=None, description="New rule (recomputes the members); not for clusters."
    )


@strawberry.type(description="Result of a change to a segment.")
class SegmentPayload:
    segment: Segment | None = strawberry.field(description="The segment after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of deleting a segment.")
class SegmentDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="ID of the deleted segment.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Result of a clustering run.")
class SegmentClusterPayload:
    k: int | None = strawberry.field(description="The number of clusters chosen (or given).")
    silhouette_score: float | None = strawberry.field(
        description="Silhouette score of the chosen clustering (−1 to 1; higher is better)."
    )
    segments: list[Segment] = strawberry.field(
        description="The new CLUSTER segments, largest first (the previous ones are replaced)."
    )
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


# --- needs --------------------------------------------------------------------------------------


@strawberry.type(
    description="A needs-mining rule (需求规则): a condition and the products that meet it."
)
class NeedRule(Node):
    pk: strawberry.Private[int]
    code: str = strawberry.field(description="Stable code, e.g. CROSS_BORDER_FINANCE.")
    name: str = strawberry.field(description="Name, e.g. 跨境金融需求.")
    description: str = strawberry.field(description="What the rule finds.")
    condition: JSON = strawberry.field(
        description="Condition in the segment rule language. " + RULE_LANGUAGE
    )
    suggest_families: list[ProductFamily] = strawberry.field(
        description="Product families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] = strawberry.field(
        description="Product subtypes that meet the need."
    )
    enabled: bool = strawberry.field(description="Whether refreshes and live checks use it.")
    version: int = strawberry.field(description="Version; send it back as expectedVersion.")
    updated_at: datetime = strawberry.field(description="When it last changed.")

    @classmethod
    def from_model(cls, rule: models.NeedRule) -> NeedRule:
        """Build from a need rule row."""
        return cls(
            id=to_global_id("NeedRule", rule.id),
            pk=rule.id,
            code=rule.code,
            name=rule.name,
            description=rule.description,
            condition=rule.condition,
            suggest_families=[ProductFamily(f) for f in rule.suggest_families or []],
            suggest_subtypes=[ProductSubtype(s) for s in rule.suggest_subtypes or []],
            enabled=rule.enabled,
            version=rule.version,
            updated_at=rule.updated_at,
        )


@strawberry.input(description="A new need rule.")
class NeedRuleCreateInput:
    code: str = strawberry.field(description="Unique code, 2–40 of A-Z, 0-9, '_'.")
    name: str = strawberry.field(description="Name, 1–100 characters.")
    description: str = strawberry.field(default="", description="What the rule finds.")
    condition: JSON = strawberry.field(description=RULE_LANGUAGE)
    suggest_families: list[ProductFamily] = strawberry.field(
        default_factory=list, description="Families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] = strawberry.field(
        default_factory=list, description="Subtypes that meet the need (at least one of the two)."
    )
    enabled: bool = strawberry.field(default=True, description="Use it from the next refresh.")


@strawberry.input(description="Changes to a need rule; only the fields given change.")
class NeedRuleUpdateInput:
    name: str | None = strawberry.field(default=None, description="Name.")
    description: str | None = strawberry.field(default=None, description="Description.")
    condition: JSON | None = strawberry.field(default=None, description="New condition.")
    suggest_families: list[ProductFamily] | None = strawberry.field(
        default=None, description="Families that meet the need."
    )
    suggest_subtypes: list[ProductSubtype] | None = strawberry.field(
        default=None, description="Subtypes that meet the need."
    )
    enabled: bool | None = strawberry.field(default=None, description="Enable or disable.")


def need_rule_input_to_plain(data: NeedRuleCreateInput | NeedRuleUpdateInput) -> dict[str, Any]:
    """The input as a dict of snake_case keys (None for fields not given)."""
    return {
        "code": getattr(data, "code", None),
        "name": data.name,
        "description": data.description,
        "condition": data.condition,
        "suggest_families": data.suggest_families,
        "suggest_subtypes": data.suggest_subtypes,
        "enabled": data.enabled,
    }


@strawberry.type(description="Result of a change to a need rule.")
class NeedRulePayload:
    need_rule: NeedRule | None = strawberry.field(description="The rule after the change.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(
    description="A need detected for a customer, with the evidence and products that meet it."
)
class CustomerNeed:
    rule: NeedRule = strawberry.field(description="The rule that found it.")
    evidence: JSON = strawberry.field(
        description="The numbers that triggered it, e.g. {crossBorderCount: 5, windowDays: 90}."
    )
    detected_at: datetime | None = strawberry.field(
        description="When the last needs refresh stored it (null if found only now)."
    )
    suggested_products: list[Product] = strawberry.field(
        description="Products on sale today that meet it and that the customer may buy and be "
        "sold (eligible, suitable) and does not hold yet, best first."
    )


@strawberry.type(description="How many customers one rule found.")
class NeedRuleCount:
    rule: NeedRule = strawberry.field(description="The rule.")
    customer_count: int = strawberry.field(description="Customers with the need.")
    share: float = strawberry.field(description="Share of the population (0–1).")


@strawberry.type(
    description="Needs per rule over all customers or one segment, as of the last refresh."
)
class NeedsSummary:
    population: int = strawberry.field(description="Customers considered (all, or the segment).")
    segment: Segment | None = strawberry.field(description="The segment, if one was asked for.")
    refreshed_at: datetime | None = strawberry.field(description="When needs were last refreshed.")
    rules: list[NeedRuleCount] = strawberry.field(description="Counts per rule, by code.")

    @classmethod
    def from_summary(cls, summary: needs_service.NeedsSummary) -> NeedsSummary:
        """Build from the service's summary."""
        total = summary.population
        return cls(
            population=total,
            segment=Segment.from_model(summary.segment) if summary.segment else None,
            refreshed_at=summary.refreshed_at,
            rules=[
                NeedRuleCount(
                    rule=NeedRule.from_model(c.rule),
                    customer_count=c.customers,
                    share=round(c.customers / total, 4) if total else 0.0,
                )
                for c in summary.counts
            ],
        )


@strawberry.type(description="Result of re-evaluating every enabled need rule.")
class NeedsRefreshPayload:
    summary: NeedsSummary | None = strawberry.field(description="Counts after the refresh.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


# --- recommendations ------------------------------------------------------------------------------


@strawberry.type(description="One reason for a recommendation.")
class RecommendationReason:
    code: recommend_service.ReasonCode = strawberry.field(
        description="NEED, SEGMENT, SUITABLE or UNASSESSED."
    )
    message: str = strawberry.field(description="The reason in the caller's language.")


@strawberry.type(description="A suitable product for a customer, its score and the reasons.")
class Recommendation:
    product: Product = strawberry.field(
        description="The product (on sale, eligible, suitable, not held)."
    )
    score: float = strawberry.field(
        description="Ranking score: 3 per need met by subtype, 2 by family, 1 per suiting segment."
    )
    need_codes: list[str] = strawberry.field(description="Codes of the needs it meets.")
    reasons: list[RecommendationReason] = strawberry.field(description="Why, most important first.")

    @classmethod
    def from_result(cls, item: recommend_service.Recommendation, locale: str) -> Recommendation:
        """Build from the service's result, with reasons in the caller's language."""
        return cls(
            product=Product.from_model(item.product),
            score=item.score,
            need_codes=item.need_codes,
            reasons=[
                RecommendationReason(code=r.code, message=r.render(locale)) for r in item.reasons
            ],
        )
