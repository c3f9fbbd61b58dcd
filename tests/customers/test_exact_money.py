"""Money adds up to the cent on both databases: random amounts go in, and every total the
services compute (metrics, daily rollups, AUM, segment thresholds) equals their exact Decimal
sum — SQLite's float SUM once read 123,456,790,009.997960 for an exact …010.00."""

from __future__ import annotations

import itertools
from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backend.domains.customers import holdings, models, segment_rules, segments, transactions
from backend.domains.monitoring import metrics
from backend.domains.monitoring import models as monitoring_models
from backend.domains.monitoring.enums import Metric
from backend.domains.products import models as product_models
from backend.kernel.clock import today
from tests.customers import segment_builders as b

_codes = itertools.count(1)
amount_st = st.decimals(
    min_value=Decimal("-99999999.99"),
    max_value=Decimal("99999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
balance_st = st.decimals(
    min_value=Decimal("0.01"),
    max_value=Decimal("99999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


async def _empty() -> None:
    for model in (
        monitoring_models.MetricValue,
        models.DailyRollup,
        models.Transaction,
        models.SegmentMember,
        models.Holding,
        models.Customer,
        product_models.Product,
    ):
        await model.all().delete()


async def _selected(cmp: str, value: Decimal) -> list[int]:
    rule, errors = segment_rules.check_rule({"field": "aum", "cmp": cmp, "value": str(value)})
    assert errors == [] and rule is not None, errors
    return await segments.member_ids(rule=rule)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    balances=st.lists(balance_st, min_size=1, max_size=12),
    amounts=st.lists(amount_st, min_size=1, max_size=12),
)
@example(
    balances=[Decimal("123456789012.34"), Decimal("987654.32"), Decimal("0.01")] * 3,
    amounts=[Decimal("0.10"), Decimal("0.20"), Decimal("99999999999.99")],
)
async def test_money_totals_equal_the_exact_decimal_sum(
    balances: list[Decimal], amounts: list[Decimal]
) -> None:
    # given one customer's holdings of one product opened today, and that product's
    # transactions of today
    await _empty()
    day = today()
    item = await b.product(code=f"EXACT-{next(_codes)}")
    owner = await b.customer()
    await models.Holding.bulk_create(
        [
            models.Holding(
                external_id=f"exact-h-{i}",
                customer_id=owner.id,
                product_id=item.id,
                family=item.family,
                opened_on=day,
                status="ACTIVE",
                principal=balance,
                balance=balance,
                currency="CNY",
            )
            for i, balance in enumerate(balances)
        ]
    )
    await models.Transaction.bulk_create(
        [b.transaction_row(owner.id, item.id, days_ago=0, amount=a) for a in amounts]
    )
    held, moved = sum(balances, Decimal(0)), sum(amounts, Decimal(0))
    # when the services total them
    await transactions.rebuild_rollups(dates=[day])
    readings = {r.metric: r.value for r in await metrics.compute(day=day, product_ids=[item.id])}
    rollup = await models.DailyRollup.get(product_id=item.id, business_date=day)
    aum = (await holdings.aum([owner.id]))[owner.id]
    # then every total is the exact sum, to the cent
    assert readings[Metric.BALANCE] == held
    assert readings[Metric.NEW_SALES_AMOUNT] == held
    assert readings[Metric.TX_AMOUNT] == moved
    assert rollup.amount == moved
    assert aum == held
    # and a segment threshold at exactly the sum selects on the right side of it
    assert await _selected("GTE", held) == [owner.id]
    assert await _selected("LTE", held) == [owner.id]
    assert await _selected("GT", held) == []
    assert await _selected("LT", held) == []
    assert await _selected("GT", held - Decimal("0.01")) == [owner.id]


async def test_a_customers_aum_converts_at_the_rate_in_force_today() -> None:
    # given 1,000,000 USD and 100 SEK in deposits, USD at 7.10 until today's 7.20
    owner = await b.customer()
    item = await b.product()
    await b.holding(owner, item, "1000000.00", currency="USD")
    await b.holding(owner, item, "100.00", currency="SEK")
    await product_models.FxRate.create(currency="USD", rate=Decimal("7.20"), effective_from=today())
    # then AUM counts 7,200,000 + 68.00, and so does the high-net-worth threshold
    assert (await holdings.aum([owner.id]))[owner.id] == Decimal("7200068.00")
    assert await _selected("GTE", Decimal("7200068.00")) == [owner.id]
    assert await _selected("GT", Decimal("7200068.00")) == []
    assert (await holdings.aum([owner.id], day=today() - timedelta(days=1)))[owner.id] == Decimal(
        "7100068.00"
    )
