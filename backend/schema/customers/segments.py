"""GraphQL types of segmentation (客户细分): segments and their members, clusters, the rule
language, previews and payloads."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.customers import access as customer_access
from backend.domains.customers import clustering, models
from backend.domains.customers import segments as segments_service
from backend.domains.customers.enums import SegmentKind
from backend.graphql_core.pagination import paginate
from backend.graphql_core.types import Connection, Node, UserError, to_global_id
from backend.schema.customers.customers import Customer

strawberry.enum(
    SegmentKind, description="RULE: defined by a rule tree; CLUSTER: found in the data."
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
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[Customer]:
        page = await paginate(
            segments_service.members_query(segment_id=self.pk),
            Customer.from_model,
            first=first,
            after=after,
        )
        await customer_access.shown(
            customer_ids=[e.node.pk for e in page.edges],
            actor=info.context.actor,
            through="segment.members",
        )
        return page

    @classmethod
    def from_model(cls, segment: models.Segment) -> Segment:
        """Build from a segment row."""
        info = clustering.cluster_info(segment)
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
