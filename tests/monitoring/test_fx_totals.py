"""Cross-currency totals of monitoring: each product's money converts to CNY at the rate in
force on each day, and a currency without a rate is refused, never counted at 1."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from backend.actor import Actor
from backend.domains.auth.enums import Role
from backend.domains.customers import holdings
from backend.domains.monitoring import overview, performance
from backend.domains.monitoring.enums import Metric
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode
from backend.kernel.clock import today
from tests.factories import GraphQLClient, client_for
from tests.monitoring import performance_builders as build

SERIES = """
query S($m: ProductMetric!, $f: ProductFamily, $s: Date, $e: Date) {
  metricSeries(metric: $m, family: $f, start: $s, end: $e) { points { date value } }
}
"""


async def test_a_family_balance_adds_each_currency_at_that_days_rate(gql: GraphQLClient) -> None:
    # given a CNY and a USD deposit of 1,000 each on two days, and USD moving from 7.10 to
    # 7.20 on the second day
    risk = await client_for(gql, Role.RISK_OFFICER)
    second = today()
    first = second - timedelta(days=1)
    cny = await build.product("FX-CNY")
    usd = await build.product("FX-USD", currency="USD")
    await build.metric(cny, "BALANCE", {first: "1000.00", second: "1000.00"})
    await build.metric(usd, "BALANCE", {first: "1000.00", second: "1000.00"})
    await fx_rates.set_fx_rate(
        data={"currency": "USD", "rate": Decimal("7.20"), "effective_from": second},
        actor=Actor.system("test"),
    )
    # when the family's series is read
    result = await risk.execute(
        SERIES, {"m": "BALANCE", "f": "DEPOSIT", "s": first.isoformat(), "e": second.isoformat()}
    )
    # then 1,000 USD counts as ¥7,100 on the first day and ¥7,200 on the second, never ¥1,000
    points = result["data"]["metricSeries"]["points"]
    assert [(p["date"], Decimal(p["value"])) for p in points] == [
        (first.isoformat(), Decimal("8100")),
        (second.isoformat(), Decimal("8200")),
    ]
    # and the bank's total balance on the dashboard agrees
    assert (await overview.overview()).total_balance == Decimal("8200")


async def test_a_total_meeting_a_currency_without_a_rate_is_refused(gql: GraphQLClient) -> None:
    # given a USD product with a balance and a USD holding, and no USD rate any more
    risk = await client_for(gql, Role.RISK_OFFICER)
    usd = await build.product("FX-USD", currency="USD")
    await build.metric(usd, "BALANCE", {today(): "1000.00"})
    kept = await build.holding(usd, balance="1000.00", opened_on=today() - timedelta(days=30))
    assert (await holdings.aum([kept.customer_id]))[kept.customer_id] == Decimal("7100.00")
    await product_models.FxRate.filter(currency="USD").delete()
    # when totals are read
    result = await risk.execute(SERIES, {"m": "BALANCE", "f": "DEPOSIT"})
    # then the series is refused with the reason, naming the currency
    error = result["errors"][0]
    assert error["extensions"]["reason"] == "FX_RATE_MISSING", error
    assert "USD" in error["message"]
    with pytest.raises(DomainError) as series_refused:
        await overview.metric_series(metric=Metric.BALANCE, family="DEPOSIT")
    with pytest.raises(DomainError) as aum_refused:
        await holdings.aum([kept.customer_id])
    for refused in (series_refused, aum_refused):
        assert refused.value.errors[0].code == ErrorCode.FX_RATE_MISSING


async def test_performance_ranks_and_shares_compare_profits_and_balances_in_cny() -> None:
    # given two wealth products earning fees only: ¥5,000 in CNY and $1,000 (¥7,100) in USD,
    # each with a balance of 1,000 in its currency
    end = today()
    start = end - timedelta(days=29)
    cny = await build.product("FX-WM-CNY", family="WEALTH", subtype="BOND")
    usd = await build.product("FX-WM-USD", family="WEALTH", subtype="BOND", currency="USD")
    for row, fee in ((cny, "5000.00"), (usd, "1000.00")):
        await build.rollup(row, end, type="FEE", count=1, amount=fee)
        await build.metric(row, "BALANCE", {end: "1000.00"})
    # when performance is evaluated
    rows = {r.product.code: r for r in await performance.evaluate(start=start, end=end)}
    # then the USD product ranks first, and holds 7,100 / 8,100 of the family's balance
    assert rows["FX-WM-USD"].rank == 1 and rows["FX-WM-CNY"].rank == 2
    assert rows["FX-WM-USD"].family_share == Decimal("87.65")
    assert rows["FX-WM-CNY"].family_share == Decimal("12.35")
