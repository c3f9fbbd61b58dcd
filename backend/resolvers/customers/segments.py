"""GraphQL root fields of segmentation: segments, live previews, refreshes and clustering."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON

from backend.domains.auth import permissions as perms
from backend.domains.customers import clustering
from backend.domains.customers import segments as segments_service
from backend.domains.customers.enums import SegmentKind
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, UserError, pk_of, to_global_id
from backend.schema.customers.segments import (
    Segment,
    SegmentClusterPayload,
    SegmentCreateInput,
    SegmentDeletePayload,
    SegmentPayload,
    SegmentPreview,
    SegmentUpdateInput,
)


def _segment_payload(segment: Any, errors: list[UserError]) -> SegmentPayload:
    return SegmentPayload(segment=Segment.from_model(segment) if segment else None, errors=errors)


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
            clustering.run_clustering(k=k, actor=actor),
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
