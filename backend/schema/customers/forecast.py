"""GraphQL types of demand forecasting: monthly sales, forecast with intervals and backtest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.domains.customers import forecast as forecast_service
from backend.domains.products.enums import ProductFamily
from backend.i18n import translate
from backend.schema.customers.links import load_product
from backend.schema.products.types import Product

strawberry.enum(
    forecast_service.Metric,
    name="ForecastMetric",
    description="COUNT of holdings opened per month, or AMOUNT (sum of their principal).",
)


def _dec(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@strawberry.type(description="Sales of one month.")
class DemandPoint:
    month: date = strawberry.field(description="First day of the month.")
    value: Decimal = strawberry.field(description="Holdings opened (COUNT) or principal (AMOUNT).")


@strawberry.type(description="A forecast month with its prediction intervals.")
class DemandForecastPoint:
    month: date = strawberry.field(description="First day of the month.")
    value: Decimal = strawberry.field(description="Point forecast.")
    lower80: Decimal = strawberry.field(description="Lower bound of the 80 % interval.")
    upper80: Decimal = strawberry.field(description="Upper bound of the 80 % interval.")
    lower95: Decimal = strawberry.field(description="Lower bound of the 95 % interval.")
    upper95: Decimal = strawberry.field(description="Upper bound of the 95 % interval.")


@strawberry.type(description="A held-out month of the backtest.")
class DemandBacktestPoint:
    month: date = strawberry.field(description="First day of the month.")
    actual: Decimal = strawberry.field(description="What happened.")
    predicted: Decimal = strawberry.field(description="What the model fitted without it said.")
    baseline: Decimal | None = strawberry.field(
        description="Seasonal-naive forecast: the same month a year earlier."
    )


@strawberry.type(
    description="Monthly sales (holdings opened) of a family, a product or everything, and "
    "their forecast with 80 % and 95 % prediction intervals and the backtest error."
)
class DemandForecast:
    product_id: strawberry.Private[int | None]
    family: ProductFamily | None = strawberry.field(description="The family forecast, if any.")
    metric: forecast_service.Metric = strawberry.field(description="What is counted.")
    horizon: int = strawberry.field(description="Months forecast.")
    model: str | None = strawberry.field(
        description="The model used (null when there is no forecast)."
    )
    message: str = strawberry.field(
        description="What was done, or why there is no forecast (e.g. history too short)."
    )
    history: list[DemandPoint] = strawberry.field(
        description="Monthly sales up to the last complete month, missing months as 0."
    )
    forecast: list[DemandForecastPoint] = strawberry.field(
        description="The next months (empty when the history is too short)."
    )
    mape: float | None = strawberry.field(
        description="Backtest error: mean absolute percentage error (%) of the same model "
        "selection fitted without the last 6 months, on those months."
    )
    baseline_mape: float | None = strawberry.field(
        description="MAPE (%) of the seasonal-naive forecast on the same months, for comparison."
    )
    backtest: list[DemandBacktestPoint] = strawberry.field(
        description="The held-out months: actual, model and baseline."
    )

    @strawberry.field(description="The product forecast, if any.")
    async def product(self, info: strawberry.Info) -> Product | None:
        return await load_product(info, self.product_id)

    @classmethod
    def from_forecast(
        cls,
        f: forecast_service.Forecast,
        *,
        family: ProductFamily | None,
        product_id: int | None,
        metric: forecast_service.Metric,
        horizon: int,
        locale: str,
    ) -> DemandForecast:
        """Build from the service's forecast, with the message in the caller's language."""
        return cls(
            product_id=product_id,
            family=family,
            metric=metric,
            horizon=horizon,
            model=f.model,
            message=translate(f.message, locale, **f.message_params) if f.message else "",
            history=[DemandPoint(month=m, value=_dec(v)) for m, v in f.history],
            forecast=[
                DemandForecastPoint(
                    month=p.month,
                    value=_dec(p.value),
                    lower80=_dec(p.lower80),
                    upper80=_dec(p.upper80),
                    lower95=_dec(p.lower95),
                    upper95=_dec(p.upper95),
                )
                for p in f.points
            ],
            mape=f.mape,
            baseline_mape=f.baseline_mape,
            backtest=[
                DemandBacktestPoint(
                    month=b.month,
                    actual=_dec(b.actual),
                    predicted=_dec(b.predicted),
                    baseline=_dec(b.baseline) if b.baseline is not None else None,
                )
                for b in f.backtest
            ],
        )
