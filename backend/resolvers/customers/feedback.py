"""GraphQL root fields of customer feedback: list, per-product summary and recording."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import feedback as service
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of
from backend.schema.customers.feedback import (
    Feedback,
    FeedbackCreateInput,
    FeedbackFilter,
    FeedbackPayload,
    ProductFeedbackSummary,
)
from backend.schema.customers.links import ref_pk


@strawberry.type
class FeedbackQuery:
    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="Feedback from every source, newest first, filtered and paged.",
    )
    async def feedback(
        self,
        first: int | None = None,
        after: str | None = None,
        filter: FeedbackFilter | None = None,
    ) -> Connection[Feedback]:
        f = filter or FeedbackFilter()
        qs = service.feedback_query(
            filter=service.FeedbackFilter(
                product_id=ref_pk(f.product_id, "Product"),
                customer_id=ref_pk(f.customer_id, "Customer"),
                source=f.source,
                received_from=f.from_,
                received_to=f.to,
                min_rating=f.min_rating,
                max_rating=f.max_rating,
            )
        )
        return await paginate(qs, Feedback.from_model, first=first, after=after)

    @strawberry.field(
        extensions=requires(perms.CUSTOMER_READ),
        description="What the feedback on a product adds up to: count, average rating, NPS, "
        "rating distribution, sources, latest comments and a 12-month trend. Null when the "
        "product does not exist.",
    )
    async def product_feedback_summary(
        self, product_id: strawberry.ID
    ) -> ProductFeedbackSummary | None:
        pk = pk_of(product_id, "Product")
        summary = await service.product_feedback_summary(product_id=pk) if pk else None
        return ProductFeedbackSummary.from_summary(summary) if summary else None


@strawberry.type
class FeedbackMutation:
    @strawberry.mutation(
        extensions=requires(perms.FEEDBACK_WRITE),
        description="Record feedback from a survey, the hotline, a branch or the app (audited).",
    )
    async def feedback_create(
        self, info: strawberry.Info, input: FeedbackCreateInput
    ) -> FeedbackPayload:
        actor = info.context.actor
        data = {
            "source": input.source.value,
            "rating": input.rating,
            "nps": input.nps,
            "text": input.text,
            "product_id": ref_pk(input.product_id, "Product"),
            "customer_id": ref_pk(input.customer_id, "Customer"),
            "received_at": input.received_at,
            "external_id": input.external_id,
        }
        row, errors = await mutation.run(
            service.create_feedback(data=data, actor=actor),
            actor=actor,
            action="feedback.create",
            object_type="Feedback",
        )
        return FeedbackPayload(feedback=Feedback.from_model(row) if row else None, errors=errors)
