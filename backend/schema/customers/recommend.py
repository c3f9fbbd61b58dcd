"""GraphQL types of product recommendations: ranked suitable products with their reasons."""

from __future__ import annotations

import strawberry

from backend.domains.customers import recommend as recommend_service
from backend.schema.products.types import Product

strawberry.enum(
    recommend_service.ReasonCode,
    name="RecommendationReasonCode",
    description="Why a product is recommended: NEED (meets a detected need), SEGMENT (suits the "
    "customer's segment), SUITABLE (risk level within a current tolerance), UNASSESSED (no "
    "current assessment: R1 only).",
)


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
