"""Optimisation suggestions: each rule fires on its evidence and stays quiet just short of its
threshold; the API returns them in the caller's language with their evidence."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend.actor import Actor
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.domains.monitoring import advice_commercial, demo, models
from backend.domains.monitoring import suggestions as rules
from backend.domains.monitoring.advice import Suggestion, SuggestionCode, SuggestionSeverity
from backend.domains.products import demo as products_demo
from backend.domains.products import models as product_models
from backend.kernel.clock import today
from backend.settings import Settings
from tests.factories import GraphQLClient, client_for, create_user
from tests.monitoring import performance_builders as build

ON = date(2026, 6, 15)
SUGGESTIONS = """
query S($family: ProductFamily, $ids: [ID!], $on: Date) {
  productSuggestions(family: $family, productIds: $ids, on: $on) {
    code severity title detail titleZh titleEn detailEn
    product { code }
    evidence { label labelZh labelEn value }
  }
}
"""


async def codes(product: product_models.Product, on: date = ON) -> list[SuggestionCode]:
    return [s.code for s in await rules.suggest(product_ids=[product.id], on=on)]


async def only(product: product_models.Product, on: date = ON) -> Suggestion:
    found = await rules.suggest(product_ids=[product.id], on=on)
    assert len(found) == 1, found
    return found[0]


# --- NPL rising -----------------------------------------------------------------------------


async def npl_loan(code: str, month_ends: list[str]) -> product_models.Product:
    """A loan whose NPL ratio at the end of Feb–May 2026 is given; mid-month readings are high
    so that only month-end values can make the trend."""
    loan = await build.product(code, family="LOAN", subtype="CONSUMER")
    values: dict[date, str] = {}
    for month, value in zip((2, 3, 4, 5), month_ends, strict=True):
        values[date(2026, month, 10)] = "9.99"
        first_next = date(2026, month + 1, 1)
        values[first_next - timedelta(days=1)] = value
    await build.metric(loan, "NPL_RATIO", values)
    return loan


async def test_npl_rising_three_month_ends_running_fires() -> None:
    # given
    loan = await npl_loan("LN-NPL", ["1.00", "1.10", "1.25", "1.40"])
    # when
    found = await only(loan)
    # then
    assert (found.code, found.severity) == (SuggestionCode.NPL_RISING, SuggestionSeverity.WARNING)
    assert [(e.label_en, e.value) for e in found.evidence] == [
        ("NPL ratio at the end of 2026-02", "1.00 %"),
        ("NPL ratio at the end of 2026-03", "1.10 %"),
        ("NPL ratio at the end of 2026-04", "1.25 %"),
        ("NPL ratio at the end of 2026-05", "1.40 %"),
    ]
    assert "收紧审批" in found.detail_zh and "Tighten approval" in found.detail_en


async def test_npl_flat_month_or_missing_month_does_not_fire() -> None:
    flat = await npl_loan("LN-FLAT", ["1.00", "1.10", "1.10", "1.40"])
    falling = await npl_loan("LN-DOWN", ["1.00", "1.10", "1.25", "1.24"])
    assert await codes(flat) == []
    assert await codes(falling) == []
    # a month without a reading: no trend to speak of
    await models.MetricValue.filter(product_id=falling.id, business_date=date(2026, 5, 31)).delete()
    await models.MetricValue.filter(product_id=falling.id, business_date=date(2026, 5, 10)).delete()
    assert await codes(falling) == []


async def test_npl_at_the_critical_ratio_is_critical_and_a_month_end_counts_itself() -> None:
    loan = await npl_loan("LN-HIGH", ["2.50", "2.70", "2.90", "3.00"])
    assert (await only(loan)).severity == SuggestionSeverity.CRITICAL
    # on 31 May the month-ends are Feb..May too; on 30 May they are Jan..Apr (Jan missing)
    assert await codes(loan, date(2026, 5, 31)) == [SuggestionCode.NPL_RISING]
    assert await codes(loan, date(2026, 5, 30)) == []


# --- usage and satisfaction -----------------------------------------------------------------


async def usage_product(code: str, earlier: int, recent: int, ratings: tuple[int, int]) -> Any:
    """Transactions in the 30 days before the last 30, and in the last 30 (to 15 June); one
    rating in the earlier 90 days and one in the last 90."""
    product = await build.product(code, family="CREDIT_CARD", subtype="STANDARD")
    await build.rollup(product, date(2026, 4, 20), type="CARD_SPEND", count=earlier)
    await build.rollup(product, date(2026, 6, 1), type="CARD_SPEND", count=recent)
    await build.rollup(product, date(2026, 4, 16), type="CARD_SPEND", count=1000)  # older
    await build.feedback(product, build.at(date(2026, 2, 1)), rating=ratings[0])
    await build.feedback(product, build.at(date(2026, 5, 1)), rating=ratings[1])
    return product


async def test_usage_down_30_percent_and_satisfaction_falling_fires() -> None:
    product = await usage_product("CC-DOWN", 100, 70, (4, 3))
    found = await only(product)
    assert found.code == SuggestionCode.USAGE_AND_SATISFACTION_FALLING
    values = {e.label_en: e.value for e in found.evidence}
    assert values["Transactions, last 30 days"] == "70"
    assert values["Transactions, 30 days before"] == "100"
    assert values["Change in transactions"] == "-30.00 %"
    assert values["Average rating, last 90 days"] == "3.00（1）"
    assert values["Average rating, 90 days before"] == "4.00（1）"


async def test_usage_down_29_percent_or_satisfaction_steady_does_not_fire() -> None:
    slight = await usage_product("CC-SLIGHT", 100, 71, (4, 3))
    steady = await usage_product("CC-STEADY", 100, 50, (4, 4))
    few = await usage_product("CC-FEW", 9, 0, (5, 1))
    assert await codes(slight) == []
    assert await codes(steady) == []
    assert await codes(few) == []


# --- rates below competitors ----------------------------------------------------------------

TIME_TERMS = {
    "terms_months": [12, 36],
    "rate_table": [
        {"term_months": 12, "min_amount": "50.00", "rate": "1.3000"},
        {"term_months": 12, "min_amount": "500000.00", "rate": "1.4500"},
        {"term_months": 36, "min_amount": "50.00", "rate": "1.7500"},
    ],
}


async def competitor(bank: str, term: int | None, rate: str, days_ago: int = 10) -> None:
    await models.CompetitorRate.create(
        competitor=bank,
        family="DEPOSIT",
        subtype="TIME",
        term_months=term,
        rate=Decimal(rate),
        observed_on=ON - timedelta(days=days_ago),
    )


async def test_deposit_rate_below_competitors_average_fires_with_their_figures() -> None:
    # given: 12-month average (1.40 + 1.30) / 2 = 1.35, 0.05 above our standard 1.30
    product = await build.product("DEP-TD", headline_rate="1.7500", terms=TIME_TERMS)
    await competitor("招商银行", 12, "1.9000", days_ago=200)  # too old: ignored
    await competitor("招商银行", 12, "1.4000")
    await competitor("中国工商银行", 12, "1.2000", days_ago=30)
    await competitor("中国工商银行", 12, "1.3000", days_ago=5)  # the latest counts
    await competitor("中国建设银行", 36, "1.7500")  # 36 months: level with ours
    # when
    found = await only(product)
    # then
    assert (found.code, found.severity) == (
        SuggestionCode.RATE_BELOW_COMPETITORS,
        SuggestionSeverity.INFO,
    )
    assert [(e.label_zh, e.value) for e in found.evidence] == [
        ("本行12 个月利率", "1.30 %"),
        ("同业12 个月平均利率", "1.35 %"),
        ("招商银行（12 个月）", "1.40 %（2026-06-05）"),
        ("中国工商银行（12 个月）", "1.30 %（2026-06-10）"),
    ]
    assert "1.30 %" in found.detail_zh and "0.05" in found.detail_en


async def test_a_gap_just_under_five_basis_points_does_not_fire() -> None:
    product = await build.product("DEP-TD2", headline_rate="1.7500", terms=TIME_TERMS)
    await competitor("招商银行", 12, "1.3999")
    await competitor("中国工商银行", 12, "1.3000")
    assert await codes(product) == []


async def test_a_wide_gap_is_a_warning_and_headline_stands_in_without_terms() -> None:
    # given: a product without terms, compared by its headline rate
    product = await build.product("DEP-NOTERMS", headline_rate="1.0000")
    await competitor("招商银行", 12, "1.3000")
    # when
    found = await only(product)
    # then
    assert found.severity == SuggestionSeverity.WARNING
    assert found.evidence[0].label_en == "Our headline rate"


async def test_suspended_deposits_get_no_rate_advice() -> None:
    product = await build.product("DEP-SUSP", headline_rate="1.0000", status="SUSPENDED")
    await competitor("招商银行", 12, "1.3000")
    assert await codes(product) == []


# --- quota ----------------------------------------------------------------------------------


async def test_quota_nearly_used_fires_at_90_and_is_critical_at_98_percent() -> None:
    warn = await build.product(
        "DEP-Q1", quota_total=Decimal("1000000"), quota_used=Decimal("900000")
    )
    below = await build.product(
        "DEP-Q2", quota_total=Decimal("1000000"), quota_used=Decimal("899999.99")
    )
    critical = await build.product(
        "DEP-Q3", quota_total=Decimal("1000000"), quota_used=Decimal("980000")
    )
    found = await only(warn)
    assert (found.code, found.severity) == (
        SuggestionCode.QUOTA_NEARLY_EXHAUSTED,
        SuggestionSeverity.WARNING,
    )
    assert {e.label_en: e.value for e in found.evidence} == {
        "Sales quota": "1,000,000.00 CNY",
        "Quota used": "900,000.00 CNY",
        "Quota left": "100,000.00 CNY",
        "Share used": "90.00 %",
    }
    assert await codes(below) == []
    assert (await only(critical)).severity == SuggestionSeverity.CRITICAL


# --- costs against revenue ------------------------------------------------------------------


async def test_costs_above_last_quarters_revenue_fire_and_equal_costs_do_not() -> None:
    # given: a wealth product earning fees only; last quarter before 15 June is Q1
    losing = await build.product("WM-LOSS", family="WEALTH", subtype="BOND")
    even = await build.product("WM-EVEN", family="WEALTH", subtype="BOND")
    for product, cost in ((losing, "150.00"), (even, "100.00")):
        await build.rollup(product, date(2026, 2, 10), type="FEE", count=1, amount="100.00")
        await models.ProductCost.create(
            product_id=product.id, month=date(2026, 3, 1), category="OPERATIONS", amount=cost
        )
        # April is outside the quarter
        await models.ProductCost.create(
            product_id=product.id, month=date(2026, 4, 1), category="OPERATIONS", amount=999
        )
    # when
    found = await only(losing)
    # then
    assert found.code == SuggestionCode.COSTS_EXCEED_REVENUE
    values = {e.label_en: e.value for e in found.evidence}
    assert values["Period"] == "2026-01-01 – 2026-03-31"
    assert (values["Revenue"], values["Known costs"], values["Profit"]) == (
        "100.00 CNY",
        "150.00 CNY",
        "-50.00 CNY",
    )
    assert await codes(even) == []


def test_last_quarter() -> None:
    assert advice_commercial.last_quarter(date(2026, 6, 15)) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert advice_commercial.last_quarter(date(2026, 1, 1)) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
    )
    assert advice_commercial.last_quarter(date(2026, 12, 31)) == (
        date(2026, 7, 1),
        date(2026, 9, 30),
    )


# --- complaints -----------------------------------------------------------------------------


async def complaints(code: str, earlier: int, recent: int) -> product_models.Product:
    product = await build.product(code, family="WEALTH", subtype="MIXED")
    await build.metric(
        product,
        "COMPLAINT_COUNT",
        {date(2026, 4, 20): str(earlier), date(2026, 6, 1): str(recent), date(2026, 4, 10): "50"},
    )
    return product


async def test_complaints_up_half_and_at_least_five_fire() -> None:
    product = await complaints("WM-COMP", 4, 6)
    found = await only(product)
    assert found.code == SuggestionCode.COMPLAINTS_RISING
    assert [e.value for e in found.evidence] == ["6", "4", "50.00 %"]


async def test_complaints_short_of_the_rise_or_the_minimum_do_not_fire() -> None:
    assert await codes(await complaints("WM-C1", 4, 5)) == []
    assert await codes(await complaints("WM-C2", 0, 4)) == []
    assert await codes(await complaints("WM-C3", 0, 5)) == [SuggestionCode.COMPLAINTS_RISING]


# --- ordering, scope and the API ------------------------------------------------------------


async def test_default_scope_is_on_sale_and_suspended_products_most_severe_first() -> None:
    await build.product("A-INFO", headline_rate="1.3000", terms=TIME_TERMS)
    await competitor("招商银行", 12, "1.4000")
    await build.product("Z-CRIT", quota_total=Decimal("100"), quota_used=Decimal("100"))
    await build.product(
        "B-OFF", quota_total=Decimal("100"), quota_used=Decimal("100"), status="OFFLINE"
    )
    found = await rules.suggest(on=ON)
    names = {p.id: p.code for p in await product_models.Product.all()}
    assert [(names[s.product_id], s.severity.value) for s in found] == [
        ("Z-CRIT", "CRITICAL"),
        ("A-INFO", "INFO"),
    ]
    assert await rules.suggest(family="LOAN", on=ON) == []


async def test_api_gives_suggestions_in_the_callers_language(gql: GraphQLClient) -> None:
    # given
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await build.product("DEP-API", quota_total=Decimal("100"), quota_used=Decimal("95"))
    # when
    zh = await risk.post(
        SUGGESTIONS,
        {"ids": [build.gid("Product", product.id)], "on": ON.isoformat()},
        **{"accept-language": "zh-CN"},
    )
    en = await risk.execute(SUGGESTIONS, {"family": "DEPOSIT"})
    # then
    [item] = zh.json()["data"]["productSuggestions"]
    assert item["code"] == "QUOTA_NEARLY_EXHAUSTED"
    assert item["severity"] == "WARNING"
    assert item["title"] == "销售额度即将用尽" == item["titleZh"]
    assert item["product"] == {"code": "DEP-API"}
    assert item["evidence"][3] == {
        "label": "额度使用率",
        "labelZh": "额度使用率",
        "labelEn": "Share used",
        "value": "95.00 %",
    }
    [english] = en["data"]["productSuggestions"]
    assert english["title"] == "Sales quota nearly used up"
    assert english["detail"] == english["detailEn"]


async def test_suggestions_need_monitoring_read(gql: GraphQLClient) -> None:
    marketing = await client_for(gql, Role.MARKETING)
    body = await marketing.execute(SUGGESTIONS, {})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_demo_bank_has_a_deposit_below_its_competitors(settings: Settings) -> None:
    # given: the demo catalogue and the demo reference data
    base = Actor.system("tests")
    pm = auth_service.actor_for_user(await create_user(Role.PRODUCT_MANAGER), base=base)
    risk = auth_service.actor_for_user(await create_user(Role.RISK_OFFICER), base=base)
    await products_demo.load(pm=pm, risk=risk, settings=settings)
    await demo.seed_reference()
    # when
    found = await rules.suggest(family="DEPOSIT", on=today())
    # then
    names = {p.id: p.code for p in await product_models.Product.all()}
    below = {names[s.product_id] for s in found if s.code == SuggestionCode.RATE_BELOW_COMPETITORS}
    assert "DEP-CD-2026-01" in below
