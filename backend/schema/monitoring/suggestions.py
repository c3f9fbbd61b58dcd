"""GraphQL types of optimisation suggestions (产品优化建议) with their evidence."""

from __future__ import annotations

import strawberry

from backend.domains.monitoring import advice
from backend.schema.monitoring.loaders import load_product
from backend.schema.products.types import Product

strawberry.enum(
    advice.SuggestionSeverity,
    name="SuggestionSeverity",
    description="How urgent a suggestion is: INFO, WARNING or CRITICAL.",
)
strawberry.enum(
    advice.SuggestionCode,
    name="SuggestionCode",
    description="The rule that made a suggestion: NPL_RISING (loan NPL ratio up three "
    "month-ends running), USAGE_AND_SATISFACTION_FALLING (transactions down ≥ 30 % over 30 "
    "days and average rating down over 90 days), RATE_BELOW_COMPETITORS (a deposit rate "
    "below the competitors' average for the subtype and term), QUOTA_NEARLY_EXHAUSTED "
    "(≥ 90 % of the sales quota used), COSTS_EXCEED_REVENUE (last complete quarter), "
    "COMPLAINTS_RISING (≥ 5 complaints in 30 days and ≥ 50 % above the 30 days before).",
)


@strawberry.type(description="One fact behind a suggestion.")
class SuggestionEvidence:
    locale: strawberry.Private[str]
    label_zh: str = strawberry.field(description="What the value is, in Chinese.")
    label_en: str = strawberry.field(description="What the value is, in English.")
    value: str = strawberry.field(description="The value as shown (with its unit).")

    @strawberry.field(description="What the value is, in the caller's language.")
    def label(self) -> str:
        return self.label_zh if self.locale.startswith("zh") else self.label_en


@strawberry.type(
    description="A rule-based recommendation for one product (产品优化建议), with the evidence "
    "that triggered it."
)
class ProductSuggestion:
    product_id: strawberry.Private[int]
    locale: strawberry.Private[str]
    code: advice.SuggestionCode = strawberry.field(description="The rule that made it.")
    severity: advice.SuggestionSeverity = strawberry.field(description="How urgent it is.")
    title_zh: str = strawberry.field(description="Short title in Chinese.")
    title_en: str = strawberry.field(description="Short title in English.")
    detail_zh: str = strawberry.field(description="Finding and recommendation in Chinese.")
    detail_en: str = strawberry.field(description="Finding and recommendation in English.")
    evidence: list[SuggestionEvidence] = strawberry.field(
        description="The figures behind it, in order."
    )

    @strawberry.field(description="Short title in the caller's language.")
    def title(self) -> str:
        return self.title_zh if self.locale.startswith("zh") else self.title_en

    @strawberry.field(description="Finding and recommendation in the caller's language.")
    def detail(self) -> str:
        return self.detail_zh if self.locale.startswith("zh") else self.detail_en

    @strawberry.field(description="The product it is about.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @classmethod
    def from_suggestion(cls, s: advice.Suggestion, locale: str) -> ProductSuggestion:
        """Build from the service's suggestion."""
        return cls(
            product_id=s.product_id,
            locale=locale,
            code=s.code,
            severity=s.severity,
            title_zh=s.title_zh,
            title_en=s.title_en,
            detail_zh=s.detail_zh,
            detail_en=s.detail_en,
            evidence=[
                SuggestionEvidence(
                    locale=locale, label_zh=e.label_zh, label_en=e.label_en, value=e.value
                )
                for e in s.evidence
            ],
        )
