"""Demo monitoring: default rules, reference data, 130 days of metrics and the alerts raised.

The quick consumer loan's NPL ratio is above the warning line, so the demo opens with an alert.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from backend import db
from backend.domains.customers import models as customer_models
from backend.domains.monitoring import evaluation, metrics, models, rules
from backend.domains.monitoring.enums import CostCategory
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily, ProductSubtype
from backend.kernel.clock import today
from backend.kernel.exact import exact_sum

#: Long enough for four month-ends, so month-on-month trends show (NPL rising...).
DEMO_DAYS = 130
CENT = Decimal("0.01")

#: FTP rates (percent a year) in force from 2025-01-01 and after the 2025-10 cut.
DEMO_FTP = {
    "CNY": (Decimal("2.3000"), Decimal("2.1000")),
    "USD": (Decimal("4.8000"), Decimal("4.5000")),
    "EUR": (Decimal("2.9000"), Decimal("2.6000")),
    "AUD": (Decimal("4.2000"), Decimal("4.0000")),
}
#: The bank's assumed share (%) of its local market per family: the demo market totals are the
#: bank's own balances divided by it, so the shares read like a regional bank's.
DEMO_SHARE = {
    ProductFamily.DEPOSIT: Decimal("2.80"),
    ProductFamily.LOAN: Decimal("2.10"),
    ProductFamily.CREDIT_CARD: Decimal("1.20"),
    ProductFamily.WEALTH: Decimal("1.60"),
    ProductFamily.FX: Decimal("0.90"),
    ProductFamily.PRECIOUS_METAL: Decimal("1.50"),
}
#: Local-market balances (CNY) used when the bank holds nothing of a family yet.
DEMO_MARKET_FALLBACK = {
    ProductFamily.DEPOSIT: Decimal("2200000000000.00"),
    ProductFamily.LOAN: Decimal("1900000000000.00"),
    ProductFamily.CREDIT_CARD: Decimal("60000000000.00"),
    ProductFamily.WEALTH: Decimal("210000000000.00"),
    ProductFamily.FX: Decimal("45000000000.00"),
    ProductFamily.PRECIOUS_METAL: Decimal("4000000000.00"),
}
DEMO_MARKET_GROWTH = Decimal("1.005")
#: Published retail deposit rates of large and joint-stock banks in 2026 (percent a year).
DEMO_COMPETITORS: list[tuple[str, ProductSubtype, int | None, str]] = [
    ("中国工商银行", ProductSubtype.DEMAND, None, "0.0500"),
    ("中国建设银行", ProductSubtype.DEMAND, None, "0.0500"),
    ("招商银行", ProductSubtype.DEMAND, None, "0.0500"),
    ("中国工商银行", ProductSubtype.TIME, 3, "0.6500"),
    ("中国工商银行", ProductSubtype.TIME, 6, "0.8500"),
    ("中国工商银行", ProductSubtype.TIME, 12, "0.9500"),
    ("中国工商银行", ProductSubtype.TIME, 24, "1.0500"),
    ("中国工商银行", ProductSubtype.TIME, 36, "1.2500"),
    ("中国工商银行", ProductSubtype.TIME, 60, "1.3000"),
    ("中国建设银行", ProductSubtype.TIME, 3, "0.6500"),
    ("中国建设银行", ProductSubtype.TIME, 6, "0.8500"),
    ("中国建设银行", ProductSubtype.TIME, 12, "0.9500"),
    ("中国建设银行", ProductSubtype.TIME, 24, "1.0500"),
    ("中国建设银行", ProductSubtype.TIME, 36, "1.2500"),
    ("中国建设银行", ProductSubtype.TIME, 60, "1.3000"),
    ("招商银行", ProductSubtype.TIME, 3, "0.8000"),
    ("招商银行", ProductSubtype.TIME, 6, "1.0000"),
    ("招商银行", ProductSubtype.TIME, 12, "1.1500"),
    ("招商银行", ProductSubtype.TIME, 24, "1.2000"),
    ("招商银行", ProductSubtype.TIME, 36, "1.5500"),
    ("招商银行", ProductSubtype.TIME, 60, "1.5500"),
    ("宁波银行", ProductSubtype.TIME, 12, "1.3500"),
    ("宁波银行", ProductSubtype.TIME, 36, "1.8500"),
    ("宁波银行", ProductSubtype.TIME, 60, "1.9000"),
    # Large CDs: our 2026 No.1 (1.55 % for 12 months) sits below these.
    ("中国工商银行", ProductSubtype.LARGE_CD, 12, "1.6000"),
    ("中国工商银行", ProductSubtype.LARGE_CD, 36, "1.9000"),
    ("中国建设银行", ProductSubtype.LARGE_CD, 12, "1.6000"),
    ("中国建设银行", ProductSubtype.LARGE_CD, 36, "1.9000"),
    ("招商银行", ProductSubtype.LARGE_CD, 12, "1.7500"),
    ("招商银行", ProductSubtype.LARGE_CD, 36, "2.1000"),
    ("兴业银行", ProductSubtype.LARGE_CD, 12, "1.8000"),
    ("兴业银行", ProductSubtype.LARGE_CD, 36, "2.1500"),
]
#: Demo costs of deposits and loans in percent a year of the product's balance, by category.
#: Other families earn fees only, which the demo transactions do not include, so the demo gives
#: them no costs either (costs alone would show every one of them at a loss).
DEMO_COSTS: dict[str, dict[CostCategory, Decimal]] = {
    ProductFamily.DEPOSIT: {
        CostCategory.OPERATIONS: Decimal("0.25"),
        CostCategory.CHANNEL: Decimal("0.08"),
    },
    ProductFamily.LOAN: {
        CostCategory.OPERATIONS: Decimal("0.20"),
        CostCategory.RISK: Decimal("0.45"),
        CostCategory.MARKETING: Decimal("0.05"),
    },
}
DEMO_MONTHS = 12


def _months_back(first_of_month: date, count: int) -> list[date]:
    """The first days of ``count`` months ending with the given one, oldest first."""
    out = [first_of_month]
    for _ in range(count - 1):
        out.append((out[-1] - timedelta(days=1)).replace(day=1))
    return out[::-1]


async def _demo_balances() -> dict[int, Decimal]:
    """Each product's balance in its currency today (loans: outstanding), from the holdings."""
    rows = (
        await customer_models.Holding.filter(status="ACTIVE")
        .group_by("product_id", "family")
        .annotate(balance=exact_sum("balance"), outstanding=exact_sum("outstanding"))
        .values("product_id", "family", "balance", "outstanding")
    )
    out = {}
    for row in rows:
        loan = row["family"] == ProductFamily.LOAN and row["outstanding"] is not None
        value = row["outstanding"] if loan else row["balance"]
        out[row["product_id"]] = Decimal(str(value or 0)).quantize(CENT)
    return out


async def seed_reference() -> None:
    """Load demo reference data unless some is already there: FTP rates, competitors' deposit
    rates, 12 months of local-market totals per family, and 12 months of costs of every deposit
    and loan that has a balance (both scaled to the bank's own balances, so shares and margins
    read plausibly). Run it after the demo customers. Deterministic for a given database."""
    if await models.TransferRate.exists():
        return
    rng = random.Random(2026)
    months = _months_back(today().replace(day=1), DEMO_MONTHS)
    products = await product_models.Product.filter(
        status__in=("ON_SALE", "SUSPENDED", "OFFLINE")
    ).order_by("code")
    balances = await _demo_balances()
    book = await fx_rates.rate_book()
    family_cny: dict[str, Decimal] = {}
    for product in products:
        family_cny[product.family] = family_cny.get(product.family, Decimal(0)) + (
            book.to_cny(balances.get(product.id, Decimal(0)), product.currency, today())
        )
    costs = []
    for product in products:
        # each product its own cost level: some end up earning less than they cost
        scale = Decimal(rng.randint(70, 150)) / 100
        balance = balances.get(product.id, Decimal(0))
        if product.family not in DEMO_COSTS or balance <= 0:
            continue
        for month in months:
            for category, percent in DEMO_COSTS[product.family].items():
                wobble = Decimal(rng.randint(90, 110)) / 100
                amount = balance * percent / 100 / 12 * scale * wobble
                costs.append(
                    models.ProductCost(
                        product_id=product.id,
                        month=month,
                        category=category.value,
                        amount=amount.quantize(CENT),
                        note="示例数据",
                    )
                )
    totals = []
    for family, share in DEMO_SHARE.items():
        own = family_cny.get(family.value, Decimal(0))
        latest = (own * 100 / share).quantize(CENT) if own > 0 else DEMO_MARKET_FALLBACK[family]
        for i, month in enumerate(months):
            shrink = DEMO_MARKET_GROWTH ** (len(months) - 1 - i)
            totals.append(
                models.MarketTotal(
                    family=family.value,
                    month=month,
                    amount=(latest / shrink).quantize(CENT),
                    source="本地同业市场统计（示例）",
                )
            )
    observed = today() - timedelta(days=7)
    async with db.transaction():
        await models.TransferRate.bulk_create(
            [
                models.TransferRate(currency=currency, rate=rate, effective_from=day)
                for currency, rates in DEMO_FTP.items()
                for rate, day in zip(rates, (date(2025, 1, 1), date(2025, 10, 20)), strict=True)
            ]
        )
        await models.CompetitorRate.bulk_create(
            [
                models.CompetitorRate(
                    competitor=bank,
                    family=ProductFamily.DEPOSIT.value,
                    subtype=subtype.value,
                    term_months=term,
                    rate=Decimal(rate),
                    observed_on=observed,
                    source="官网挂牌利率",
                )
                for bank, subtype, term, rate in DEMO_COMPETITORS
            ]
        )
        await models.MarketTotal.bulk_create(totals)
        await models.ProductCost.bulk_create(costs, batch_size=500)


async def load() -> dict[str, int]:
    """Seed rules and reference data, backfill the metrics, and evaluate the rules once."""
    created = await rules.seed_default_rules()
    await seed_reference()
    end = today()
    values = await metrics.backfill(start=end - timedelta(days=DEMO_DAYS - 1), end=end)
    outcome = await evaluation.evaluate(today=end)
    return {"rules": created, "values": values, "alerts": outcome.raised}
