"""GraphQL root fields of demand forecasting."""

from __future__ import annotations

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.customers import forecast as forecast_service
from backend.domains.products.enums import ProductFamily
from backend.graphql_core.pagination import bad_input
from backend.graphql_core.permissions import requires
from backend.i18n import translate
from backend.schema.customers.forecast import DemandForecast
from backend.schema.customers.links import ref_pk


@strawberry.type
class ForecastQuery:
    @strawberry.field(
        extensions=requires(perms.REPORT_READ),
        description="Monthly sales (holdings opened) of a product family, a product, or every "
        "product when neither is given, with a forecast 1–12 months ahead, 80 % and 95 % "
        "prediction intervals and the backtest MAPE beside the seasonal-naive MAPE. With "
        "less than 12 months of history there is no forecast, only the history and a message.",
    )
    async def demand_forecast(
        self,
        info: strawberry.Info,
        family: ProductFamily | None = None,
        product_id: strawberry.ID | None = None,
        metric: forecast_service.Metric = forecast_service.Metric.COUNT,
        horizon: int = 6,
    ) -> DemandForecast:
        locale = info.context.actor.locale
        pk = ref_pk(product_id, "Product")
        problem = await forecast_service.request_problem(
            horizon=horizon, family=family, product_id=pk
        )
        if problem:
            raise bad_input(translate(problem, locale))
        result = await forecast_service.demand_forecast(
            metric=metric, horizon=horizon, family=family, product_id=pk
        )
        return DemandForecast.from_forecast(
            result, family=family, product_id=pk, metric=metric, horizon=horizon, locale=locale
        )
