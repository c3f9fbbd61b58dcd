"""Product metrics: daily series, values pushed by other systems, and evaluation on demand."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import evaluation, ingest, overview
from backend.domains.monitoring.enums import Metric
from backend.domains.products.enums import ProductFamily
from backend.errors import DomainError
from backend.graphql_core import mutation
from backend.graphql_core.permissions import requires
from backend.resolvers.monitoring.arguments import input_error, ref
from backend.schema.monitoring.metrics import (
    MetricIngestPayload,
    MetricPoint,
    MetricSeries,
    MetricValueInput,
)
from backend.schema.monitoring.rules import MonitoringEvaluatePayload


@strawberry.type
class MetricQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description=(
            "A metric's daily values for one product, a family, or the whole bank when neither "
            "is given (ratios are recomputed from their parts, not averaged)."
        ),
    )
    async def metric_series(
        self,
        info: strawberry.Info,
        metric: Metric,
        start: date | None = None,
        end: date | None = None,
        product_id: strawberry.ID | None = None,
        family: ProductFamily | None = None,
    ) -> MetricSeries:
        try:
            points = await overview.metric_series(
                metric=metric,
                start=start,
                end=end,
                product_id=ref(product_id, "Product"),
                family=family.value if family else None,
            )
        except DomainError as exc:
            raise input_error(exc, info.context.actor.locale) from exc
        return MetricSeries(
            metric=metric, points=[MetricPoint(date=p.day, value=p.value) for p in points]
        )


@strawberry.type
class MetricMutation:
    @strawberry.mutation(
        extensions=requires(perms.INGEST_WRITE),
        description=(
            "Push metric values from another system (at most 1,000, all or nothing); the "
            "products' rules are re-evaluated at once."
        ),
    )
    async def metric_ingest(
        self, info: strawberry.Info, items: list[MetricValueInput]
    ) -> MetricIngestPayload:
        actor = info.context.actor
        accepted, errors = await mutation.run(
            ingest.ingest_metrics(
                items=[
                    {
                        "product_code": i.product_code,
                        "metric": i.metric,
                        "business_date": i.business_date,
                        "value": i.value,
                        "numerator": i.numerator,
                        "denominator": i.denominator,
                    }
                    for i in items
                ],
                actor=actor,
            ),
            actor=actor,
            action="metric.ingest",
            object_type="MetricValue",
        )
        return MetricIngestPayload(accepted=accepted or 0, errors=errors)

    @strawberry.mutation(
        extensions=requires(perms.MONITORING_WRITE),
        description="Recompute today's metrics and evaluate every rule now.",
    )
    async def monitoring_evaluate(self, info: strawberry.Info) -> MonitoringEvaluatePayload:
        actor = info.context.actor
        outcome, errors = await mutation.run(
            evaluation.run_evaluation(actor=actor), actor=actor, action="monitoring.evaluate"
        )
        return MonitoringEvaluatePayload(
            evaluated=outcome.evaluated if outcome else 0,
            raised=outcome.raised if outcome else 0,
            updated=outcome.updated if outcome else 0,
            resolved=outcome.resolved if outcome else 0,
            errors=errors,
        )
