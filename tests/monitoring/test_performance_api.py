"""Product performance through GraphQL on a tiny bank whose figures are worked out by hand:
revenue, costs, profit, growth, shares, satisfaction, ranks, notes, exports, validation and
permissions."""

from __future__ import annotations

import base64
import csv
import io
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from backend.domains.auth.enums import Role
from backend.domains.monitoring import models
from tests.factories import GraphQLClient, client_for
from tests.monitoring import performance_builders as build

PERFORMANCE = """
query P($start: Date!, $end: Date!, $family: ProductFamily, $ids: [ID!]) {
  productPerformance(start: $start, end: $end, family: $family, productIds: $ids) {
    product { code }
    family periodStart periodEnd days
    averageBalance { amount currency }
    balanceEstimated balanceDays customerRate customerRateEstimated transferRate
    interestMargin { amount currency }
    feeIncome { amount }
    revenue { amount }
    costs { amount }
    costBreakdown { category amount { amount } }
    profit { amount }
    balanceGrowth
    newSales { amount } newSalesCount previousNewSales { amount } newSalesGrowth
    familyShare marketShare marketTotal { amount currency }
    satisfaction { ratedCount averageRating satisfiedShare npsCount nps }
    rank rankedCount notes
  }
}
"""
EXPORT = """
query E($start: Date!, $end: Date!, $format: ExportFormat!, $family: ProductFamily) {
  productPerformanceExport(start: $start, end: $end, format: $format, family: $family) {
    filename contentType contentBase64
  }
}
"""

APRIL = {"start": "2026-04-01", "end": "2026-04-30"}
DAYS = 30
FTP = Decimal("2.5")


def margin(spread: str, balance: str) -> Decimal:
    """Net interest margin by hand: spread % × balance × days / 365, to the cent (half up)."""
    value = Decimal(spread) / 100 * Decimal(balance) * DAYS / 365
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
async def analyst(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.ANALYST)


@pytest.fixture
async def bank() -> dict[str, Any]:
    """Two CNY deposits, a loan and a wealth product with April 2026 activity.

    * DEP-A: daily balances 380,000 (15 days) then 420,000 (15 days) → average 400,000;
      holdings 100,000 @ 1.2 % and 300,000 @ 1.6 % → customer rate 1.5 %; fees 50.00 + 25.50;
      costs 300 + 50 in April (March and May costs do not count); opened 300,000 in April
      against 100,000 in the previous 30 days; ratings 5, 4, 2 and NPS answers 10, 9, 3, 7.
    * DEP-B: no daily balances → today's holding balance 100,000; no holding rate → the
      headline rate 1.2 %; no costs.
    * LN-A: outstanding 1,000,000 on two days; loans at 4.1 %.
    * WM-A: fees 120.00, costs 20.00 (fees only for a wealth product).
    FTP for CNY is 2.5 % from 2026-01-01 (a 3.0 % entry from May must not be used).
    """
    dep_a = await build.product("DEP-A", headline_rate="1.7500")
    dep_b = await build.product("DEP-B", headline_rate="1.2000")
    loan = await build.product("LN-A", family="LOAN", subtype="CONSUMER", headline_rate="4.1000")
    wealth = await build.product("WM-A", family="WEALTH", subtype="BOND")
    await build.product("DEP-DRAFT", status="DRAFT")
    await build.holding(dep_a, balance="100000", rate="1.2000", opened_on=date(2026, 3, 15))
    await build.holding(dep_a, balance="300000", rate="1.6000", opened_on=date(2026, 4, 10))
    await build.holding(dep_b, balance="100000", opened_on=date(2025, 12, 1))
    await build.holding(
        loan,
        balance="0",
        principal="1200000",
        outstanding="1000000",
        rate="4.1000",
        opened_on=date(2025, 6, 1),
    )
    april = build.days(date(2026, 4, 1), 30)
    await build.metric(
        dep_a, "BALANCE", {d: "380000" if i < 15 else "420000" for i, d in enumerate(april)}
    )
    await build.metric(loan, "BALANCE", {date(2026, 4, 1): "1000000", date(2026, 4, 30): "1000000"})
    models_rates = [
        models.TransferRate(
            currency="CNY", rate=Decimal("2.5000"), effective_from=date(2026, 1, 1)
        ),
        models.TransferRate(
            currency="CNY", rate=Decimal("3.0000"), effective_from=date(2026, 5, 1)
        ),
        models.TransferRate(
            currency="CNY", rate=Decimal("1.0000"), effective_from=date(2025, 1, 1)
        ),
    ]
    await models.TransferRate.bulk_create(models_rates)
    await build.rollup(dep_a, date(2026, 4, 10), type="FEE", count=2, amount="50.00")
    await build.rollup(dep_a, date(2026, 4, 20), type="FEE", count=1, amount="25.50")
    await build.rollup(dep_a, date(2026, 3, 31), type="FEE", count=1, amount="999.00")
    await build.rollup(dep_a, date(2026, 4, 20), type="DEPOSIT", count=5, amount="7000.00")
    await build.rollup(wealth, date(2026, 4, 5), type="FEE", count=3, amount="120.00")
    for month, category, amount in (
        (date(2026, 4, 1), "OPERATIONS", "300.00"),
        (date(2026, 4, 1), "MARKETING", "50.00"),
        (date(2026, 3, 1), "OPERATIONS", "1000.00"),
        (date(2026, 5, 1), "OPERATIONS", "1000.00"),
    ):
        await models.ProductCost.create(
            product_id=dep_a.id, month=month, category=category, amount=Decimal(amount)
        )
    await models.ProductCost.create(
        product_id=wealth.id, month=date(2026, 4, 1), category="OPERATIONS", amount=Decimal("20")
    )
    for rating in (5, 4, 2):
        await build.feedback(dep_a, build.at(date(2026, 4, 12)), rating=rating)
    for answer in (10, 9, 3, 7):
        await build.feedback(dep_a, build.at(date(2026, 4, 30), 23, 30), nps=answer)
    # just before the period in Shanghai time (still 31 March): not counted
    await build.feedback(dep_a, build.at(date(2026, 3, 31), 23, 59), rating=1, nps=0)
    await models.MarketTotal.create(
        family="DEPOSIT", month=date(2026, 4, 1), amount=Decimal("100000000.00")
    )
    return {"dep_a": dep_a, "dep_b": dep_b, "loan": loan, "wealth": wealth}


def by_code(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert "errors" not in body, body
    return {row["product"]["code"]: row for row in body["data"]["productPerformance"]}


async def test_figures_match_the_hand_computation(
    analyst: GraphQLClient, bank: dict[str, Any]
) -> None:
    # when
    rows = by_code(await analyst.execute(PERFORMANCE, APRIL))
    # then: launched products only, deposits first (by rank), then loans and wealth
    assert list(rows) == ["DEP-B", "DEP-A", "LN-A", "WM-A"]
    a = rows["DEP-A"]
    assert (a["periodStart"], a["periodEnd"], a["days"]) == ("2026-04-01", "2026-04-30", 30)
    assert a["averageBalance"] == {"amount": "400000.00", "currency": "CNY"}
    assert (a["balanceEstimated"], a["balanceDays"]) == (False, 30)
    assert (a["customerRate"], a["customerRateEstimated"]) == ("1.5000", False)
    assert a["transferRate"] == "2.5000"
    expected_margin = margin("1.0", "400000")
    assert expected_margin == Decimal("328.77")
    assert a["interestMargin"] == {"amount": str(expected_margin), "currency": "CNY"}
    assert a["feeIncome"]["amount"] == "75.50"
    assert a["revenue"]["amount"] == str(expected_margin + Decimal("75.50"))
    assert a["costs"]["amount"] == "350.00"
    assert {c["category"]: c["amount"]["amount"] for c in a["costBreakdown"]} == {
        "MARKETING": "50.00",
        "OPERATIONS": "300.00",
    }
    assert a["profit"]["amount"] == str(expected_margin + Decimal("75.50") - Decimal("350"))
    assert a["balanceGrowth"] == "10.53"  # 40,000 / 380,000
    assert (a["newSales"]["amount"], a["newSalesCount"]) == ("300000.00", 1)
    assert a["previousNewSales"]["amount"] == "100000.00"
    assert a["newSalesGrowth"] == "200.00"
    assert a["familyShare"] == "80.00"
    assert a["marketShare"] == "0.40"
    assert a["marketTotal"] == {"amount": "100000000.00", "currency": "CNY"}
    assert a["satisfaction"] == {
        "ratedCount": 3,
        "averageRating": "3.67",
        "satisfiedShare": "66.67",
        "npsCount": 4,
        "nps": "25.00",
    }
    assert (a["rank"], a["rankedCount"]) == (2, 2)
    assert a["notes"] == []

    b = rows["DEP-B"]
    assert b["averageBalance"]["amount"] == "100000.00"
    assert (b["balanceEstimated"], b["balanceDays"]) == (True, 0)
    assert (b["customerRate"], b["customerRateEstimated"]) == ("1.2000", True)
    assert b["interestMargin"]["amount"] == str(margin("1.3", "100000"))
    assert b["profit"]["amount"] == str(margin("1.3", "100000"))
    assert b["balanceGrowth"] is None
    assert b["newSalesGrowth"] is None
    assert (b["familyShare"], b["marketShare"]) == ("20.00", "0.10")
    assert b["satisfaction"]["averageRating"] is None
    assert (b["rank"], b["rankedCount"]) == (1, 2)
    assert len(b["notes"]) == 2

    loan = rows["LN-A"]
    assert loan["averageBalance"]["amount"] == "1000000.00"
    assert loan["customerRate"] == "4.1000"
    assert loan["interestMargin"]["amount"] == str(margin("1.6", "1000000"))
    assert loan["balanceGrowth"] == "0.00"
    assert loan["familyShare"] == "100.00"
    assert loan["marketShare"] is None and loan["marketTotal"] is None
    assert loan["notes"] == ["No market total is entered for LOAN in 2026-04."]
    assert loan["rank"] == 1

    wealth = rows["WM-A"]
    assert wealth["interestMargin"] is None and wealth["customerRate"] is None
    assert wealth["transferRate"] is None
    assert wealth["revenue"]["amount"] == "120.00"
    assert wealth["profit"]["amount"] == "100.00"
    assert wealth["rank"] == 1


async def test_naming_products_keeps_family_rank_and_share(
    analyst: GraphQLClient, bank: dict[str, Any]
) -> None:
    # when
    body = await analyst.execute(
        PERFORMANCE, {**APRIL, "ids": [build.gid("Product", bank["dep_a"].id)]}
    )
    # then: the family is still evaluated whole
    rows = by_code(body)
    assert list(rows) == ["DEP-A"]
    assert (rows["DEP-A"]["rank"], rows["DEP-A"]["familyShare"]) == (2, "80.00")


async def test_family_filter_and_notes_in_chinese(
    analyst: GraphQLClient, bank: dict[str, Any]
) -> None:
    # given: no market total for loans
    # when
    response = await analyst.post(
        PERFORMANCE, {**APRIL, "family": "LOAN"}, **{"accept-language": "zh-CN"}
    )
    # then
    rows = by_code(response.json())
    assert list(rows) == ["LN-A"]
    assert rows["LN-A"]["notes"] == ["尚未录入 LOAN 类产品 2026-04 的市场总量。"]


async def test_missing_transfer_rate_leaves_margin_revenue_profit_and_rank_empty(
    analyst: GraphQLClient,
) -> None:
    # given: a USD deposit and no USD transfer rate
    usd = await build.product("DEP-USD", currency="USD", headline_rate="1.0000")
    await build.holding(usd, balance="1000", rate="1.0000", opened_on=date(2026, 1, 5))
    # when
    rows = by_code(await analyst.execute(PERFORMANCE, APRIL))
    # then
    row = rows["DEP-USD"]
    assert row["averageBalance"] == {"amount": "1000.00", "currency": "USD"}
    assert row["transferRate"] is None
    assert row["interestMargin"] is None and row["revenue"] is None and row["profit"] is None
    assert row["rank"] is None
    assert (
        "No transfer rate for USD is in force on 2026-04-30: the interest margin, revenue and "
        "profit are not computed."
    ) in row["notes"]


async def test_market_share_is_null_without_a_market_total(
    analyst: GraphQLClient, bank: dict[str, Any]
) -> None:
    # given
    await models.MarketTotal.all().delete()
    # when
    rows = by_code(await analyst.execute(PERFORMANCE, APRIL))
    # then
    assert rows["DEP-A"]["marketShare"] is None
    assert rows["DEP-A"]["familyShare"] == "80.00"


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-04-30", "2026-04-01", "The end date must not be before the start date."),
        ("2025-01-01", "2026-01-02", "A period is at most 366 days."),
    ],
)
async def test_a_bad_period_is_a_typed_input_error(
    analyst: GraphQLClient, start: str, end: str, message: str
) -> None:
    # when
    body = await analyst.execute(PERFORMANCE, {"start": start, "end": end})
    # then
    assert body["data"] is None
    error = body["errors"][0]
    assert error["message"] == message
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "end"


async def test_a_whole_leap_year_is_allowed(analyst: GraphQLClient) -> None:
    body = await analyst.execute(PERFORMANCE, {"start": "2028-01-01", "end": "2028-12-31"})
    assert body == {"data": {"productPerformance": []}}


async def test_csv_export_has_bilingual_header_and_the_rows(
    analyst: GraphQLClient, bank: dict[str, Any]
) -> None:
    # when
    body = await analyst.execute(EXPORT, {**APRIL, "format": "CSV", "family": "DEPOSIT"})
    # then
    export = body["data"]["productPerformanceExport"]
    assert export["filename"] == "product-performance-2026-04-01-2026-04-30.csv"
    assert export["contentType"] == "text/csv; charset=utf-8"
    text = base64.b64decode(export["contentBase64"]).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["产品代码 Product code"] for r in table] == ["DEP-B", "DEP-A"]
    a = table[1]
    assert a["日均余额 Average balance"] == "400000.00"
    assert a["利润 Profit"] == str(margin("1.0", "400000") + Decimal("75.50") - Decimal("350"))
    assert a["市场份额(%) Market share (%)"] == "0.40"
    assert a["类内排名 Rank in family"] == "2"
    assert a["余额为估算 Balance estimated"] == "N"
    assert a["期间开始 Period start"] == "2026-04-01"


async def test_xlsx_export_reads_back(analyst: GraphQLClient, bank: dict[str, Any]) -> None:
    # when
    body = await analyst.execute(EXPORT, {**APRIL, "format": "XLSX"})
    # then
    export = body["data"]["productPerformanceExport"]
    assert export["filename"].endswith(".xlsx")
    book = load_workbook(io.BytesIO(base64.b64decode(export["contentBase64"])))
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[0] == "产品代码 Product code"
    assert "利润 Profit" in header
    data = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert list(data) == ["DEP-B", "DEP-A", "LN-A", "WM-A"]
    assert Decimal(str(data["DEP-A"]["日均余额 Average balance"])) == Decimal("400000")
    assert Decimal(str(data["WM-A"]["利润 Profit"])) == Decimal("100")
    assert data["DEP-A"]["市场份额(%) Market share (%)"] == pytest.approx(0.40)
    assert data["LN-A"]["市场份额(%) Market share (%)"] is None


async def test_report_permission_is_needed(gql: GraphQLClient) -> None:
    # given: sales staff hold no report:read
    sales = await client_for(gql, Role.SALES)
    # when
    body = await sales.execute(PERFORMANCE, APRIL)
    export = await sales.execute(EXPORT, {**APRIL, "format": "CSV"})
    # then
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert export["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_query_count_does_not_grow_with_the_number_of_products(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given: a counter on the database client (it still runs every query)
    from backend import db
    from backend.domains.monitoring import performance

    client_class = type(db.connection())
    calls: list[str] = []
    for name in ("execute_query", "execute_query_dict"):
        original = getattr(client_class, name)

        def counted(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            calls.append(str(args[0])[:40])
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(client_class, name, counted)

    async def queries_for(count: int) -> int:
        for i in range(count):
            product = await build.product(f"DEP-N{count}-{i}", headline_rate="1.0000")
            await build.holding(product, balance="1000", rate="1.0000", opened_on=date(2026, 4, 2))
            await build.feedback(product, build.at(date(2026, 4, 3)), rating=4, nps=9)
        calls.clear()
        rows = await performance.evaluate(
            start=date(2026, 4, 1), end=date(2026, 4, 30), family="DEPOSIT"
        )
        assert len(rows) >= count
        return len(calls)

    # when / then
    few, many = await queries_for(2), await queries_for(12)
    assert 5 <= few == many <= 15
