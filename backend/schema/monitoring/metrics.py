"""GraphQL types of product metrics: daily series, latest readings and pushed values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.graphql_core.types import UserError
from backend.schema.monitoring.enums import Metric


@strawberry.type(description="One day of a metric.")
class MetricPoint:
    date: date = strawberry.field(description="Business day (Asia/Shanghai).")
    value: Decimal = strawberry.field(description="Value on that day.")


@strawberry.type(description="A metric's daily values for a product, a family or the bank.")
class MetricSeries:
    metric: Metric = strawberry.field(description="The metric.")
    points: list[MetricPoint] = strawberry.field(description="Oldest first.")


@strawberry.type(description="A metric's latest value.")
class MetricReading:
    metric: Metric = strawberry.field(description="The metric.")
    value: Decimal = strawberry.field(description="Latest value in the last 7 days.")


@strawberry.input(description="One metric value pushed by another system.")
class MetricValueInput:
    product_code: str = strawberry.field(description="The product's code.")
    metric: Metric = strawberry.field(description="The metric.")
    business_date: date = strawberry.field(description="Business day (not in the future).")
    value: Decimal | None = strawberry.field(
        default=None,
        description=(
            "The value: counts (whole, ≥ 0) and amounts (≥ 0). For a ratio it may be left out; "
            "if given it must equal numerator / denominator (percent; SATISFACTION 1–5)."
        ),
    )
    numerator: Decimal | None = strawberry.field(
        default=None,
        description=(
            "Ratios only, required: the part (e.g. non-performing balance; for AVG_RATE the "
            "sum of balance × rate; for SATISFACTION the sum of ratings)."
        ),
    )
    denominator: Decimal | None = strawberry.field(
        default=None,
        description="Ratios only, required: the whole (e.g. outstanding balance), > 0.",
    )


@strawberry.type(description="Result of pushing metric values.")
class MetricIngestPayload:
    accepted: int = strawberry.field(description="Values stored.")
    errors: list[UserError] = strawberry.field(description="Why nothing was stored.")
