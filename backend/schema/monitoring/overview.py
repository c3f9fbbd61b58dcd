"""GraphQL types of the monitoring dashboard: bank-wide figures and each product's health."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.domains.monitoring import overview
from backend.schema.monitoring.enums import Metric, Severity
from backend.schema.monitoring.loaders import load_product
from backend.schema.monitoring.metrics import MetricReading
from backend.schema.products.types import Product


@strawberry.type(description="A watched product's latest metrics and open alerts.")
class ProductHealth:
    product_id: strawberry.Private[int]
    metrics: list[MetricReading] = strawberry.field(description="Latest value of each metric.")
    open_alerts: int = strawberry.field(description="Open or acknowledged alerts.")
    worst_severity: Severity | None = strawberry.field(
        description="Highest severity among its open alerts."
    )

    @strawberry.field(description="The product.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @classmethod
    def from_health(cls, h: overview.ProductHealth) -> ProductHealth:
        """Build from the service's health record."""
        return cls(
            product_id=h.product_id,
            metrics=[MetricReading(metric=Metric(m), value=v) for m, v in h.metrics],
            open_alerts=h.open_alerts,
            worst_severity=h.worst_severity,
        )


@strawberry.type(description="Open alerts per severity.")
class AlertCounts:
    info: int = strawberry.field(description="INFO alerts.")
    warning: int = strawberry.field(description="WARNING alerts.")
    critical: int = strawberry.field(description="CRITICAL alerts.")


@strawberry.type(description="Bank-wide monitoring figures for the dashboard.")
class MonitoringOverview:
    business_date: date = strawberry.field(description="Today (Asia/Shanghai).")
    open_alerts: AlertCounts = strawberry.field(description="Open alerts per severity.")
    watched_products: int = strawberry.field(description="Products on sale, suspended or offline.")
    products_with_alerts: int = strawberry.field(description="Products with an open alert.")
    suspended_products: int = strawberry.field(description="Products whose sales are suspended.")
    total_balance: Decimal = strawberry.field(description="AUM plus loans outstanding, CNY.")
    loan_npl_ratio: Decimal | None = strawberry.field(description="Bank-wide loan NPL ratio, %.")
    tx_count_yesterday: Decimal = strawberry.field(description="Transactions yesterday.")
    tx_count_average: Decimal = strawberry.field(
        description="Daily average transactions over the 28 days before yesterday."
    )

    @classmethod
    def from_overview(cls, o: overview.Overview) -> MonitoringOverview:
        """Build from the service's overview."""
        return cls(
            business_date=o.business_date,
            open_alerts=AlertCounts(
                info=o.open_alerts["INFO"],
                warning=o.open_alerts["WARNING"],
                critical=o.open_alerts["CRITICAL"],
            ),
            watched_products=o.watched_products,
            products_with_alerts=o.products_with_alerts,
            suspended_products=o.suspended_products,
            total_balance=o.total_balance,
            loan_npl_ratio=o.loan_npl_ratio,
            tx_count_yesterday=o.tx_count_yesterday,
            tx_count_average=o.tx_count_average,
        )
