"""The monitoring dashboard: bank-wide figures and each watched product's health."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.monitoring import overview
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.permissions import requires
from backend.schema.monitoring.overview import MonitoringOverview, ProductHealth


@strawberry.type
class OverviewQuery:
    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Every watched product's latest metrics and open alerts.",
    )
    async def product_health(self, family: ProductFamily | None = None) -> list[ProductHealth]:
        found = await overview.product_health(family=family.value if family else None)
        return [ProductHealth.from_health(h) for h in found]

    @strawberry.field(
        extensions=requires(perms.MONITORING_READ),
        description="Bank-wide figures for the monitoring dashboard.",
    )
    async def monitoring_overview(self) -> MonitoringOverview:
        return MonitoringOverview.from_overview(await overview.overview())
