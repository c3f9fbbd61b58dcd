"""demandForecast through GraphQL: history from holdings, forecast with intervals and MAPE,
the short-history message, argument validation and who may read it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from backend.domains.auth.enums import Role
from backend.domains.customers import forecast
from tests.customers import feedback_builders as build
from tests.factories import GraphQLClient, client_for

DEMAND_FORECAST = """
query D($family: ProductFamily, $productId: ID, $metric: ForecastMetric!, $horizon: Int!) {
  demandForecast(family: $family, productId: $productId, metric: $metric, horizon: $horizon) {
    family product { code } metric horizon model message mape baselineMape
    history { month value }
    forecast { month value lower80 upper80 lower95 upper95 }
    backtest { month actual predicted baseline }
  }
}
"""


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    forecast.clear_cache()


@pytest.fixture
async def analyst(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.ANALYST)


async def _run(client: GraphQLClient, **variables: Any) -> dict[str, Any]:
    return await client.execute(DEMAND_FORECAST, {"metric": "COUNT", "horizon": 6, **variables})


async def test_amount_forecast_of_a_product_with_three_years_of_sales(
    analyst: GraphQLClient,
) -> None:
    # given 36 complete months, one holding a month whose principal follows the series
    product = await build.product(code="FB-FC-1", family="WEALTH", subtype="BOND")
    series = build.seasonal_series(36, seed=4)
    months = build.last_months(36)
    await build.holdings(
        product, {m: [Decimal(v * 1000)] for m, v in zip(months, series, strict=True)}
    )
    # when
    body = await _run(
        analyst, productId=build.gid("Product", product.id), metric="AMOUNT", horizon=12
    )
    # then
    assert "errors" not in body, body
    f = body["data"]["demandForecast"]
    assert (f["product"]["code"], f["metric"], f["horizon"], f["family"]) == (
        "FB-FC-1",
        "AMOUNT",
        12,
        None,
    )
    assert f["model"].startswith("Holt-Winters")
    assert [h["value"] for h in f["history"]] == [f"{v * 1000}.00" for v in series]
    assert f["history"][-1]["month"] == months[-1].isoformat()
    assert len(f["forecast"]) == 12 and len(f["backtest"]) == 6
    assert f["mape"] < f["baselineMape"]
    for p in f["forecast"]:
        low95, low80, value, high80, high95 = (
            Decimal(p[k]) for k in ("lower95", "lower80", "value", "upper80", "upper95")
        )
        assert low95 <= low80 <= value <= high80 <= high95
    assert "fitted on 36 months" in f["message"]


async def test_family_count_forecast_and_chinese_message(analyst: GraphQLClient) -> None:
    card = await build.product(family="CREDIT_CARD", subtype="STANDARD")
    months = build.last_months(13)
    await build.holdings(card, {m: [Decimal(1)] * (3 + i % 3) for i, m in enumerate(months)})
    response = await analyst.post(
        DEMAND_FORECAST,
        {"family": "CREDIT_CARD", "metric": "COUNT", "horizon": 6},
        **{"accept-language": "zh-CN"},
    )
    f = response.json()["data"]["demandForecast"]
    assert f["family"] == "CREDIT_CARD"
    assert [h["value"] for h in f["history"]] == [f"{3 + i % 3}.00" for i in range(13)]
    assert len(f["forecast"]) == 6 and f["mape"] is not None and f["baselineMape"] is None
    assert "基于 13 个月数据拟合" in f["message"]


async def test_short_history_gives_the_history_and_a_plain_message(
    analyst: GraphQLClient,
) -> None:
    product = await build.product()
    await build.holdings(product, {m: [Decimal(5)] for m in build.last_months(8)})
    body = await _run(analyst, productId=build.gid("Product", product.id))
    f = body["data"]["demandForecast"]
    assert len(f["history"]) == 8
    assert (f["forecast"], f["backtest"], f["model"], f["mape"]) == ([], [], None, None)
    assert f["message"] == forecast.SHORT_MESSAGE


async def test_no_sales_at_all_is_a_short_history(analyst: GraphQLClient) -> None:
    body = await _run(analyst)
    f = body["data"]["demandForecast"]
    assert (f["history"], f["forecast"], f["message"]) == ([], [], forecast.SHORT_MESSAGE)


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"horizon": 0}, "The horizon is 1 to 12 months."),
        ({"horizon": 13}, "The horizon is 1 to 12 months."),
        (
            {"family": "LOAN", "productId": build.gid("Product", 1)},
            "Choose a product family or a product, not both.",
        ),
        ({"productId": build.gid("Product", 999)}, "No such product."),
        ({"productId": "nonsense"}, "No such product."),
    ],
)
async def test_bad_arguments_are_refused(
    analyst: GraphQLClient, variables: dict[str, Any], message: str
) -> None:
    body = await _run(analyst, **variables)
    assert body["data"] is None
    assert body["errors"][0]["message"] == message
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.PRODUCT_MANAGER, True),
        (Role.MARKETING, True),
        (Role.ANALYST, True),
        (Role.AUDITOR, True),
        (Role.SALES, False),
        (Role.SERVICE_AGENT, False),
        (Role.ADMIN, False),
    ],
)
async def test_forecasts_need_report_read(gql: GraphQLClient, role: Role, allowed: bool) -> None:
    client = await client_for(gql, role)
    body = await _run(client)
    if allowed:
        assert "errors" not in body, body
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
