"""GraphQL types of customer feedback and the per-product feedback summary."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.domains.customers import feedback as feedback_service
from backend.domains.customers import models
from backend.domains.customers.enums import FeedbackSource
from backend.graphql_core.types import Node, UserError, to_global_id
from backend.schema.auth.users import User
from backend.schema.customers.customers import Customer, load_customer
from backend.schema.customers.links import load_product, load_user
from backend.schema.products.types import Product

strawberry.enum(FeedbackSource, description="Where feedback came from.")


@strawberry.type(description="A piece of customer feedback: a rating, an NPS answer and/or text.")
class Feedback(Node):
    pk: strawberry.Private[int]
    product_id: strawberry.Private[int | None]
    customer_id: strawberry.Private[int | None]
    created_by_id: strawberry.Private[int | None]
    source: FeedbackSource = strawberry.field(description="Where it came from.")
    rating: int | None = strawberry.field(description="Satisfaction rating 1–5.")
    nps: int | None = strawberry.field(
        description="Likelihood to recommend, 0–10 (9–10 promoter, 7–8 passive, 0–6 detractor)."
    )
    text: str = strawberry.field(description="The customer's words (empty when none).")
    received_at: datetime = strawberry.field(description="When the bank received it.")
    external_id: str | None = strawberry.field(description="Id in the source system, if any.")
    survey_response_id: strawberry.ID | None = strawberry.field(
        description="The survey response it came from (source SURVEY)."
    )

    @strawberry.field(description="The product it is about.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @strawberry.field(description="The customer who gave it (masked PII).")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await load_customer(info, self.customer_id)

    @strawberry.field(description="Who recorded it.")
    async def created_by(self, info: strawberry.Info) -> User | None:
        return await load_user(info, self.created_by_id)

    @classmethod
    def from_model(cls, row: models.Feedback) -> Feedback:
        """Build from a feedback row."""
        return cls(
            id=to_global_id("Feedback", row.id),
            pk=row.id,
            product_id=row.product_id,
            customer_id=row.customer_id,
            created_by_id=row.created_by_id,
            source=FeedbackSource(row.source),
            rating=row.rating,
            nps=row.nps,
            text=row.text,
            received_at=row.received_at,
            external_id=row.external_id,
            survey_response_id=(
                to_global_id("SurveyResponse", row.survey_response_id)
                if row.survey_response_id
                else None
            ),
        )


@strawberry.input(description="New feedback; give at least a rating, an NPS answer or text.")
class FeedbackCreateInput:
    source: FeedbackSource = strawberry.field(description="Where it came from.")
    rating: int | None = strawberry.field(default=None, description="Rating 1–5.")
    nps: int | None = strawberry.field(default=None, description="NPS answer 0–10.")
    text: str | None = strawberry.field(default=None, description="Text, at most 5000 characters.")
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="The product it is about."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer who gave it."
    )
    received_at: datetime | None = strawberry.field(
        default=None, description="When it was received; now when left out."
    )
    external_id: str | None = strawberry.field(
        default=None, description="Id in the source system; a repeat is refused as DUPLICATE."
    )


@strawberry.input(description="Which feedback to list; all criteria are combined.")
class FeedbackFilter:
    product_id: strawberry.ID | None = strawberry.field(
        default=None, description="About this product."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="From this customer."
    )
    source: FeedbackSource | None = strawberry.field(default=None, description="From this source.")
    from_: date | None = strawberry.field(
        default=None, name="from", description="Received on or after this business day."
    )
    to: date | None = strawberry.field(
        default=None, description="Received on or before this business day."
    )
    min_rating: int | None = strawberry.field(default=None, description="Rating at least.")
    max_rating: int | None = strawberry.field(default=None, description="Rating at most.")


@strawberry.type(description="Result of recording feedback.")
class FeedbackPayload:
    feedback: Feedback | None = strawberry.field(description="The recorded feedback.")
    errors: list[UserError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="Net promoter score with its counts.")
class NetPromoterScore:
    score: float | None = strawberry.field(
        description="% promoters − % detractors, −100 to 100 (null without answers)."
    )
    promoters: int = strawberry.field(description="Answers of 9–10.")
    passives: int = strawberry.field(description="Answers of 7–8.")
    detractors: int = strawberry.field(description="Answers of 0–6.")


@strawberry.type(description="How many ratings had this value.")
class RatingCount:
    rating: int = strawberry.field(description="The rating, 1–5.")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="How much feedback came from a source.")
class SourceCount:
    source: FeedbackSource = strawberry.field(description="The source.")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="Feedback of one business month.")
class FeedbackMonth:
    month: date = strawberry.field(description="First day of the month.")
    count: int = strawberry.field(description="How much feedback.")
    average_rating: float | None = strawberry.field(description="Average rating that month.")
    nps_score: float | None = strawberry.field(description="NPS that month.")


@strawberry.type(description="What the feedback on one product adds up to.")
class ProductFeedbackSummary:
    product_id: strawberry.Private[int]
    count: int = strawberry.field(description="How much feedback, from every source.")
    rated_count: int = strawberry.field(description="How much of it has a rating.")
    average_rating: float | None = strawberry.field(description="Average rating, 1–5.")
    nps: NetPromoterScore = strawberry.field(description="Net promoter score.")
    rating_distribution: list[RatingCount] = strawberry.field(
        description="Count per rating 1 to 5."
    )
    by_source: list[SourceCount] = strawberry.field(description="Count per source.")
    latest_comments: list[Feedback] = strawberry.field(
        description="The five latest pieces of feedback with text."
    )
    trend: list[FeedbackMonth] = strawberry.field(
        description="The last 12 business months, oldest first (the current month last)."
    )

    @strawberry.field(description="The product.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @classmethod
    def from_summary(cls, s: feedback_service.ProductFeedbackSummary) -> ProductFeedbackSummary:
        """Build from the service's summary."""
        return cls(
            product_id=s.product_id,
            count=s.count,
            rated_count=s.rated,
            average_rating=s.average_rating,
            nps=NetPromoterScore(
                score=s.nps_score,
                promoters=s.promoters,
                passives=s.passives,
                detractors=s.detractors,
            ),
            rating_distribution=[
                RatingCount(rating=i + 1, count=n) for i, n in enumerate(s.rating_distribution)
            ],
            by_source=[SourceCount(source=FeedbackSource(k), count=n) for k, n in s.by_source],
            latest_comments=[Feedback.from_model(r) for r in s.latest_comments],
            trend=[
                FeedbackMonth(
                    month=m.month,
                    count=m.count,
                    average_rating=m.average_rating,
                    nps_score=m.nps_score,
                )
                for m in s.trend
            ],
        )
