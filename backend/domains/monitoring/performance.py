"""Product performance evaluation (产品绩效评估) of every product over a period.

Revenue, known costs and profit, growth, share of the bank's family and of the market,
customer satisfaction, and the rank within the family (the CSV / XLSX export is in
``performance_export``).

How the figures are made:

* **Average balance** — the mean of the product's daily BALANCE metric over the days of the
  period that have one. Without any, today's balance of the active holdings (loans: the
  outstanding principal) stands in and ``balance_estimated`` is set.
* **Revenue** — net interest margin plus fees. Deposits earn (FTP − customer rate) and loans
  (customer rate − FTP) on the average balance for the days of the period (actual/365). The
  customer rate is the balance-weighted rate at opening of the active holdings, or the product's
  headline rate when no holding records one. FTP is the bank's transfer rate for the product's
  currency in force on the last day. Fees are the FEE transactions of the period (daily rollups).
  Other families earn fees only.
* **Costs** — the known costs entered for the months the period touches.
* **Growth** — balance change from the first to the last daily balance of the period, and new
  sales (principal of the holdings opened) against the previous period of the same length.
* **Share** — of the family's total balance at this bank and, when entered, of the whole
  market's family total for the period's last month (both in CNY, each product's average
  balance converted at the exchange rate in force on the period's last day; a currency
  without one is refused, FX_RATE_MISSING).
* **Satisfaction** — average 1–5 rating, share of 4–5 ratings and NPS of the period's feedback.
* **Rank** — by profit within the family (1 = best; profits compared in CNY at the exchange
  rates in force on the period's last day); products without a profit are not ranked.

Families are evaluated whole, so ranks and family shares stay the same when only some products
are asked for. The queries are grouped: their number does not depend on the number of products.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tortoise.functions import Count

from backend import db
from backend.domains.customers import models as customer_models
from backend.domains.customers.enums import TransactionType
from backend.domains.monitoring import models
from backend.domains.monitoring.enums import Metric
from backend.domains.monitoring.reference import transfer_rates_on
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily
from backend.errors import DomainError, ErrorCode
from backend.kernel.clock import end_of_business_day
from backend.kernel.exact import Exact, exact_sum
from backend.kernel.fx import RateBook

#: Products evaluated when none are named: those that are or were on sale.
EVALUATED_STATUSES = ("ON_SALE", "SUSPENDED", "OFFLINE")
MAX_PERIOD_DAYS = 366
DAYS_IN_YEAR = Decimal(365)
INTEREST_FAMILIES = frozenset({ProductFamily.DEPOSIT.value, ProductFamily.LOAN.value})
#: Ratings of at least this count as satisfied (CSAT).
SATISFIED_RATING = 4
NPS_PROMOTER, NPS_DETRACTOR = 9, 6
CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
HUNDRED = Decimal(100)

NO_TRANSFER_RATE_MESSAGE = "No transfer rate for {currency} is in force on {day}: the interest margin, revenue and profit are not computed."
NO_CUSTOMER_RATE_MESSAGE = "Neither the holdings nor the product give a customer rate: the interest margin, revenue and profit are not computed."
BALANCE_ESTIMATED_MESSAGE = "No daily balances were recorded in the period: the average balance is today's balance of the active holdings."
RATE_FROM_HEADLINE_MESSAGE = (
    "No holding records its rate: the product's headline rate stands in for the customer rate."
)
NO_MARKET_TOTAL_MESSAGE = "No market total is entered for {family} in {month}."


@dataclass(frozen=True)
class Note:
    """A remark on how a figure was made, as an English template and its parameters."""

    template: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass
class CostLine:
    """Known costs of one category over the period."""

    category: str
    amount: Decimal


@dataclass
class ProductPerformance:
    """How one product did over a period. Money is in the product's currency; percentages
    are quantized to 0.01 and money to 0.01."""

    product: product_models.Product
    start: date
    end: date
    days: int
    average_balance: Decimal = Decimal("0.00")
    balance_estimated: bool = False
    balance_days: int = 0
    customer_rate: Decimal | None = None
    customer_rate_estimated: bool = False
    transfer_rate: Decimal | None = None
    interest_margin: Decimal | None = None
    fee_income: Decimal = Decimal("0.00")
    revenue: Decimal | None = None
    costs: Decimal = Decimal("0.00")
    cost_lines: list[CostLine] = field(default_factory=list)
    profit: Decimal | None = None
    balance_growth: Decimal | None = None
    new_sales: Decimal = Decimal("0.00")
    new_sales_count: int = 0
    previous_new_sales: Decimal = Decimal("0.00")
    new_sales_growth: Decimal | None = None
    family_share: Decimal | None = None
    market_share: Decimal | None = None
    market_total: Decimal | None = None
    rated_count: int = 0
    average_rating: Decimal | None = None
    satisfied_share: Decimal | None = None
    nps_count: int = 0
    nps: Decimal | None = None
    rank: int | None = None
    ranked_count: int = 0
    notes: list[Note] = field(default_factory=list)

    @property
    def currency(self) -> str:
        """The product's currency, in which every amount is given."""
        return self.product.currency

    @property
    def family(self) -> str:
        """The product's family."""
        return self.product.family


def money(value: Any) -> Decimal:
    """An amount as a Decimal rounded to the cent (half up)."""
    number = value if isinstance(value, Decimal) else Decimal(str(value or 0))
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """part ÷ whole in percent, to 0.01; None when the whole is zero."""
    if whole == 0:
        return None
    return (part * HUNDRED / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def check_period(*, start: date, end: date) -> None:
    """Refuse a period that ends before it starts or is longer than 366 days."""
    if end < start:
        raise DomainError.single(
            ErrorCode.INVALID, "The end date must not be before the start date.", "end"
        )
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise DomainError.single(
            ErrorCode.INVALID, "A period is at most {max} days.", "end", max=MAX_PERIOD_DAYS
        )


def _months(start: date, end: date) -> tuple[date, date]:
    return start.replace(day=1), end.replace(day=1)


def _start_instant(day: date) -> Any:
    return end_of_business_day(day - timedelta(days=1))


async def _products(
    family: str | None, product_ids: Sequence[int] | None
) -> tuple[list[product_models.Product], list[product_models.Product]]:
    """(the products asked for, every product of their families that is evaluated)."""
    if product_ids is not None:
        query = product_models.Product.filter(id__in=list(product_ids))
        if family is not None:
            query = query.filter(family=family)
        asked = await query
        families = sorted({p.family for p in asked})
        others = await product_models.Product.filter(
            family__in=families, status__in=EVALUATED_STATUSES
        ).exclude(id__in=[p.id for p in asked])
        return asked, [*asked, *others]
    query = product_models.Product.filter(status__in=EVALUATED_STATUSES)
    if family is not None:
        query = query.filter(family=family)
    asked = await query
    return asked, list(asked)


async def _daily_balances(ids: list[int], start: date, end: date) -> dict[int, list[Decimal]]:
    """Each product's BALANCE values of the period, by day (one row per product and day)."""
    rows = (
        await models.MetricValue.filter(
            product_id__in=ids,
            metric=Metric.BALANCE.value,
            business_date__gte=start,
            business_date__lte=end,
        )
        .order_by("product_id", "business_date")
        .values_list("product_id", "value")
    )
    out: dict[int, list[Decimal]] = {}
    for pid, value in rows:
        out.setdefault(pid, []).append(Decimal(str(value)))
    return out


async def _holding_levels(ids: list[int]) -> dict[int, dict[str, Decimal]]:
    """Today's balance and balance-weighted customer rate of each product's active holdings."""
    if not ids:
        return {}
    amount = (
        "(CASE WHEN h.family = 'LOAN' THEN COALESCE(h.outstanding, h.balance) ELSE h.balance END)"
    )
    id_list = ",".join(str(int(i)) for i in ids)
    ex = Exact.current()
    weighted = ex.mul("h.rate_at_opening", amount)
    sql = (
        f"SELECT h.product_id AS pid, {ex.sum(amount)} AS bal, "
        f"{ex.sum(f'CASE WHEN h.rate_at_opening IS NOT NULL THEN {weighted} ELSE 0 END')}"
        " AS rate_num, "
        f"{ex.sum(f'CASE WHEN h.rate_at_opening IS NOT NULL THEN {amount} ELSE 0 END')}"
        " AS rate_den "
        f"FROM customers_holding h WHERE h.status = 'ACTIVE' AND h.product_id IN ({id_list}) "
        "GROUP BY h.product_id"
    )
    _, rows = await db.connection().execute_query(sql)
    return {
        int(r["pid"]): {
            "balance": Decimal(str(r["bal"] or 0)),
            "rate_num": Decimal(str(r["rate_num"] or 0)),
            "rate_den": Decimal(str(r["rate_den"] or 0)),
        }
        for r in rows
    }


async def _fees(ids: list[int], start: date, end: date) -> dict[int, Decimal]:
    rows = (
        await customer_models.DailyRollup.filter(
            product_id__in=ids,
            type=TransactionType.FEE.value,
            business_date__gte=start,
            business_date__lte=end,
        )
        .group_by("product_id")
        .annotate(total=exact_sum("amount"))
        .values("product_id", "total")
    )
    return {r["product_id"]: money(r["total"]) for r in rows}


async def _costs(ids: list[int], start: date, end: date) -> dict[int, list[CostLine]]:
    first, last = _months(start, end)
    rows = (
        await models.ProductCost.filter(product_id__in=ids, month__gte=first, month__lte=last)
        .group_by("product_id", "category")
        .annotate(total=exact_sum("amount"))
        .order_by("product_id", "category")
        .values("product_id", "category", "total")
    )
    out: dict[int, list[CostLine]] = {}
    for r in rows:
        out.setdefault(r["product_id"], []).append(CostLine(r["category"], money(r["total"])))
    return out


async def _new_sales(ids: list[int], start: date, end: date) -> dict[int, tuple[Decimal, int]]:
    rows = (
        await customer_models.Holding.filter(
            product_id__in=ids, opened_on__gte=start, opened_on__lte=end
        )
        .group_by("product_id")
        .annotate(total=exact_sum("principal"), n=Count("id"))
        .values("product_id", "total", "n")
    )
    return {r["product_id"]: (money(r["total"]), int(r["n"])) for r in rows}


async def _feedback_counts(
    ids: list[int], start: date, end: date, column: str
) -> dict[int, dict[int, int]]:
    """product → {rating or NPS answer → count} of the feedback received in the period."""
    rows = (
        await customer_models.Feedback.filter(
            product_id__in=ids,
            received_at__gte=_start_instant(start),
            received_at__lt=end_of_business_day(end),
            **{f"{column}__isnull": False},
        )
        .group_by("product_id", column)
        .annotate(n=Count("id"))
        .values("product_id", column, "n")
    )
    out: dict[int, dict[int, int]] = {}
    for r in rows:
        out.setdefault(r["product_id"], {})[int(r[column])] = int(r["n"])
    return out


def _satisfaction(row: ProductPerformance, ratings: dict[int, int], npss: dict[int, int]) -> None:
    rated = sum(ratings.values())
    row.rated_count = rated
    if rated:
        total = sum(score * n for score, n in ratings.items())
        row.average_rating = (Decimal(total) / rated).quantize(CENT, rounding=ROUND_HALF_UP)
        satisfied = sum(n for score, n in ratings.items() if score >= SATISFIED_RATING)
        row.satisfied_share = percent(Decimal(satisfied), Decimal(rated))
    answered = sum(npss.values())
    row.nps_count = answered
    if answered:
        promoters = sum(n for v, n in npss.items() if v >= NPS_PROMOTER)
        detractors = sum(n for v, n in npss.items() if v <= NPS_DETRACTOR)
        row.nps = percent(Decimal(promoters - detractors), Decimal(answered))


def _interest(row: ProductPerformance) -> None:
    """Net interest margin, revenue and profit of one product (balance and rates known)."""
    family = row.family
    if family not in INTEREST_FAMILIES:
        row.revenue = row.fee_income
    elif row.customer_rate is None:
        row.notes.append(Note(NO_CUSTOMER_RATE_MESSAGE))
    elif row.transfer_rate is None:
        row.notes.append(
            Note(
                NO_TRANSFER_RATE_MESSAGE,
                (("currency", row.currency), ("day", row.end.isoformat())),
            )
        )
    else:
        spread = (
            row.transfer_rate - row.customer_rate
            if family == ProductFamily.DEPOSIT
            else row.customer_rate - row.transfer_rate
        )
        row.interest_margin = money(
            spread / HUNDRED * row.average_balance * Decimal(row.days) / DAYS_IN_YEAR
        )
        row.revenue = row.interest_margin + row.fee_income
    row.costs = money(sum((c.amount for c in row.cost_lines), Decimal(0)))
    if row.revenue is not None:
        row.profit = row.revenue - row.costs


def _rank(rows: list[ProductPerformance], book: RateBook, day: date) -> None:
    """Rank each family's products by profit in CNY (at the day's exchange rates), best first;
    equal profits share a rank."""
    by_family: dict[str, list[ProductPerformance]] = {}
    for row in rows:
        if row.profit is not None:
            by_family.setdefault(row.family, []).append(row)

    def cny(row: ProductPerformance) -> Decimal:
        return book.to_cny(row.profit or Decimal(0), row.currency, day)

    for family_rows in by_family.values():
        family_rows.sort(key=lambda r: (-cny(r), r.product.code))
        for i, row in enumerate(family_rows):
            previous = family_rows[i - 1] if i else None
            row.rank = previous.rank if previous and cny(previous) == cny(row) else i + 1
            row.ranked_count = len(family_rows)
    for row in rows:
        if row.rank is None:
            row.ranked_count = len(by_family.get(row.family, []))


async def evaluate(
    *,
    start: date,
    end: date,
    family: str | None = None,
    product_ids: Sequence[int] | None = None,
) -> list[ProductPerformance]:
    """Evaluate products over a period (at most 366 days): every on-sale, suspended or offline
    product, or those of a family, or the products named. Ordered by family, rank and code."""
    check_period(start=start, end=end)
    asked, population = await _products(family, product_ids)
    if not asked:
        return []
    ids = [p.id for p in population]
    days = (end - start).days + 1
    previous_end = start - timedelta(days=1)
    previous_start = previous_end - timedelta(days=days - 1)
    balances = await _daily_balances(ids, start, end)
    levels = await _holding_levels(ids)
    transfer = await transfer_rates_on(day=end)
    fees = await _fees(ids, start, end)
    costs = await _costs(ids, start, end)
    sales = await _new_sales(ids, start, end)
    previous_sales = await _new_sales(ids, previous_start, previous_end)
    last_month = end.replace(day=1)
    market = dict(await models.MarketTotal.filter(month=last_month).values_list("family", "amount"))
    ratings = await _feedback_counts(ids, start, end, "rating")
    npss = await _feedback_counts(ids, start, end, "nps")

    rows = []
    for product in population:
        row = ProductPerformance(product=product, start=start, end=end, days=days)
        daily = balances.get(product.id, [])
        level = levels.get(product.id, {})
        if daily:
            row.balance_days = len(daily)
            row.average_balance = money(sum(daily, Decimal(0)) / len(daily))
            if len(daily) >= 2:
                row.balance_growth = percent(daily[-1] - daily[0], daily[0])
        else:
            row.balance_estimated = True
            row.average_balance = money(level.get("balance", 0))
            row.notes.append(Note(BALANCE_ESTIMATED_MESSAGE))
        if level.get("rate_den"):
            row.customer_rate = (level["rate_num"] / level["rate_den"]).quantize(
                RATE_PLACES, rounding=ROUND_HALF_UP
            )
        elif product.headline_rate is not None and product.family in INTEREST_FAMILIES:
            row.customer_rate = Decimal(str(product.headline_rate)).quantize(RATE_PLACES)
            row.customer_rate_estimated = True
            row.notes.append(Note(RATE_FROM_HEADLINE_MESSAGE))
        ftp = transfer.get(product.currency)
        if ftp is not None and product.family in INTEREST_FAMILIES:
            row.transfer_rate = Decimal(str(ftp.rate)).quantize(RATE_PLACES)
        row.fee_income = fees.get(product.id, Decimal("0.00"))
        row.cost_lines = costs.get(product.id, [])
        _interest(row)
        row.new_sales, row.new_sales_count = sales.get(product.id, (Decimal("0.00"), 0))
        row.previous_new_sales = previous_sales.get(product.id, (Decimal("0.00"), 0))[0]
        row.new_sales_growth = percent(
            row.new_sales - row.previous_new_sales, row.previous_new_sales
        )
        _satisfaction(row, ratings.get(product.id, {}), npss.get(product.id, {}))
        rows.append(row)

    book = await fx_rates.rate_book()
    _shares(rows, market, last_month, book, end)
    _rank(rows, book, end)
    asked_ids = {p.id for p in asked}
    order = {f.value: i for i, f in enumerate(ProductFamily)}
    result = [r for r in rows if r.product.id in asked_ids]
    result.sort(
        key=lambda r: (order.get(r.family, 99), r.rank is None, r.rank or 0, r.product.code)
    )
    return result


def _shares(
    rows: list[ProductPerformance], market: dict[str, Any], month: date, book: RateBook, day: date
) -> None:
    """Each product's share of its family at this bank and of the market (in CNY, at the
    rates in force on the day)."""
    book.require({row.currency for row in rows}, day)

    def _cny(row: ProductPerformance) -> Decimal:
        return book.to_cny(row.average_balance, row.currency, day)

    totals: dict[str, Decimal] = {}
    for row in rows:
        totals[row.family] = totals.get(row.family, Decimal(0)) + _cny(row)
    for row in rows:
        row.family_share = percent(_cny(row), totals[row.family])
        entered = market.get(row.family)
        if entered is None:
            row.notes.append(
                Note(
                    NO_MARKET_TOTAL_MESSAGE,
                    (("family", row.family), ("month", month.strftime("%Y-%m"))),
                )
            )
            continue
        row.market_total = money(entered)
        row.market_share = percent(_cny(row), row.market_total)
