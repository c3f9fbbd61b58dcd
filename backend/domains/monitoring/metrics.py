"""Product metrics per business day, computed or pushed, and their series at any level.

Metrics are computed from holdings, daily rollups and feedback, or pushed by other systems;
series are read for a product, a family or the whole bank.

Balances, NPL and overdue ratios are levels read from the holdings. For past days they use
each loan's classification and days past due as of that day (from the classification history)
and today's balances of the holdings open by then, so a backfill is exact for classifications
and an estimate for balances; the scheduler's daily snapshots are exact.
A complaint, until the service desk records complaints, is feedback rated 1 or 2.
Satisfaction is the average 1–5 rating over the trailing ``SATISFACTION_DAYS``.

A product's values are in its own currency. Money sums are exact on both databases
(``kernel.exact``); a family's or the bank's series converts each product's money metrics to
CNY at the rate in force on each day (``kernel.fx``), and a currency without one is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend import db
from backend.domains.customers import models as customer_models
from backend.domains.monitoring import models
from backend.domains.monitoring.enums import (
    LOAN_ONLY,
    RATIO_METRICS,
    Metric,
    MetricSource,
)
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.kernel.clock import end_of_business_day
from backend.kernel.clock import today as business_today
from backend.kernel.exact import Exact, exact_sum

#: Products whose health is watched: those that are or were on sale.
WATCHED_STATUSES = ("ON_SALE", "SUSPENDED", "OFFLINE")
SATISFACTION_DAYS = 90
COMPLAINT_MAX_RATING = 2
BAD_CLASSES = ("SUBSTANDARD", "DOUBTFUL", "LOSS")
_PLACES = Decimal("0.000001")

#: Metrics in money of the product's currency (for ratios: numerator and denominator both).
MONEY_METRICS = frozenset(
    {
        Metric.TX_AMOUNT,
        Metric.BALANCE,
        Metric.NEW_SALES_AMOUNT,
        Metric.AVG_RATE,
        Metric.NPL_RATIO,
        Metric.OVERDUE_RATIO,
    }
)

#: Ratios shown in percent are numerator / denominator × 100.
PERCENT_RATIOS = frozenset({Metric.NPL_RATIO, Metric.OVERDUE_RATIO})


@dataclass(frozen=True)
class Reading:
    """One metric value of one product on one day, with the parts of a ratio."""

    product_id: int
    family: str
    metric: Metric
    value: Decimal
    numerator: Decimal | None = None
    denominator: Decimal | None = None


@dataclass(frozen=True)
class Point:
    """One day of a time series."""

    day: date
    value: Decimal


def dec(value: Any) -> Decimal:
    """A database number as a Decimal (exact sums come back as text on SQLite)."""
    if value is None:
        return Decimal(0)
    return value if isinstance(value, Decimal) else Decimal(str(value))


def ratio(metric: Metric, numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """The value of a ratio metric, or None when the denominator is zero."""
    if denominator == 0:
        return None
    scale = Decimal(100) if metric in PERCENT_RATIOS else Decimal(1)
    return (numerator * scale / denominator).quantize(_PLACES)


def _ids_sql(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


async def watched_products(
    product_ids: Sequence[int] | None = None,
) -> dict[int, str]:
    """Product id → family of the watched products (optionally only these)."""
    query = product_models.Product.filter(status__in=WATCHED_STATUSES)
    if product_ids is not None:
        query = query.filter(id__in=list(product_ids))
    return dict(await query.values_list("id", "family"))


async def _rows(sql: str) -> list[dict[str, Any]]:
    _, rows = await db.connection().execute_query(sql)
    return [dict(r) for r in rows]


@dataclass(frozen=True)
class Loan:
    """A loan holding with its classification history, for levels of past days."""

    product_id: int
    opened_on: date
    amount: Decimal
    history: tuple[tuple[date, str, int], ...]
    classification: str | None
    days_past_due: int


async def loan_book(ids: Sequence[int]) -> list[Loan]:
    """The active loans of the products with their classification histories (two queries)."""
    rows = await customer_models.Holding.filter(
        product_id__in=list(ids), family="LOAN", status="ACTIVE"
    ).values_list(
        "id",
        "product_id",
        "opened_on",
        "outstanding",
        "balance",
        "classification",
        "days_past_due",
    )
    history: dict[int, list[tuple[date, str, int]]] = {}
    for hid, on, cls, dpd in (
        await customer_models.LoanClassificationChange.filter(holding_id__in=[r[0] for r in rows])
        .order_by("changed_on", "id")
        .values_list("holding_id", "changed_on", "classification", "days_past_due")
    ):
        history.setdefault(hid, []).append((on, cls, dpd or 0))
    return [
        Loan(
            pid,
            opened,
            dec(out if out is not None else bal),
            tuple(history.get(hid, ())),
            cls,
            dpd or 0,
        )
        for hid, pid, opened, out, bal, cls, dpd in rows
    ]


def loan_levels(book: Sequence[Loan], day: date) -> dict[int, tuple[Decimal, Decimal]]:
    """NPL and overdue outstanding per product as of a past day: each loan's class and days
    past due are its last change by then (NORMAL before its first change)."""
    out: dict[int, tuple[Decimal, Decimal]] = {}
    for loan in book:
        if loan.opened_on > day:
            continue
        if loan.history:
            cls, dpd = "NORMAL", 0
            for changed_on, c, d in loan.history:
                if changed_on > day:
                    break
                cls, dpd = c, d
        else:
            cls, dpd = loan.classification or "NORMAL", loan.days_past_due
        npl, overdue = out.get(loan.product_id, (Decimal(0), Decimal(0)))
        out[loan.product_id] = (
            npl + (loan.amount if cls in BAD_CLASSES else 0),
            overdue + (loan.amount if dpd > 0 else 0),
        )
    return out


async def _holding_levels(day: date, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Balance, rate-weighted balance, NPL and overdue outstanding per product, from the
    holdings' current state (today's levels)."""
    amount = (
        "(CASE WHEN h.family = 'LOAN' THEN COALESCE(h.outstanding, h.balance) ELSE h.balance END)"
    )
    bad = ",".join(f"'{c}'" for c in BAD_CLASSES)
    npl = f"h.family = 'LOAN' AND h.classification IN ({bad})"
    overdue = "h.family = 'LOAN' AND COALESCE(h.days_past_due, 0) > 0"
    ex = Exact.current()

    def total(when: str | None = None, value: str = amount) -> str:
        return ex.sum(value if when is None else f"CASE WHEN {when} THEN {value} ELSE 0 END")

    return await _rows(
        f"SELECT h.product_id AS pid, {total()} AS bal, "
        f"{total('h.rate_at_opening IS NOT NULL', ex.mul('h.rate_at_opening', amount))}"
        " AS rate_num, "
        f"{total('h.rate_at_opening IS NOT NULL')} AS rate_den, "
        f"{total(npl)} AS npl, "
        f"{total(overdue)} AS overdue "
        "FROM customers_holding h "
        f"WHERE h.status = 'ACTIVE' AND h.opened_on <= '{day.isoformat()}' "
        f"AND h.product_id IN ({_ids_sql(ids)}) GROUP BY h.product_id"
    )


async def _readings(
    day: date, products: dict[int, str], today: date, book: Sequence[Loan] | None = None
) -> list[Reading]:
    """Every computable metric of the products on the day (past days read the loan book)."""
    ids = list(products)
    iso = day.isoformat()
    out: list[Reading] = []

    def add(pid: int, metric: Metric, value: Decimal | None, num: Any = None, den: Any = None):  # type: ignore[no-untyped-def]
        if value is None or (metric in LOAN_ONLY and products[pid] != "LOAN"):
            return
        out.append(
            Reading(
                pid,
                products[pid],
                metric,
                value.quantize(_PLACES),
                None if num is None else dec(num).quantize(_PLACES),
                None if den is None else dec(den).quantize(_PLACES),
            )
        )

    flows = {
        r["pid"]: r
        for r in await _rows(
            f"SELECT product_id AS pid, SUM(tx_count) AS n, {Exact.current().sum('amount')} AS total "
            f"FROM customers_daily_rollup WHERE business_date = '{iso}' "
            f"AND product_id IN ({_ids_sql(ids)}) GROUP BY product_id"
        )
    }
    sales = {
        r["pid"]: r
        for r in await _rows(
            f"SELECT product_id AS pid, COUNT(*) AS n, {Exact.current().sum('principal')} AS total "
            f"FROM customers_holding WHERE opened_on = '{iso}' "
            f"AND product_id IN ({_ids_sql(ids)}) GROUP BY product_id"
        )
    }
    levels = {r["pid"]: r for r in await _holding_levels(day, ids)}
    if day < today:
        book = book if book is not None else await loan_book(ids)
        for pid, (npl_past, overdue_past) in loan_levels(book, day).items():
            if pid in levels:
                levels[pid] = {**levels[pid], "npl": npl_past, "overdue": overdue_past}
    day_end = end_of_business_day(day)
    day_start = end_of_business_day(day - timedelta(days=1))
    since = end_of_business_day(day - timedelta(days=SATISFACTION_DAYS))
    complaints = dict(
        await customer_models.Feedback.filter(
            product_id__in=ids,
            received_at__gte=day_start,
            received_at__lt=day_end,
            rating__lte=COMPLAINT_MAX_RATING,
        )
        .group_by("product_id")
        .annotate(n=_count())
        .values_list("product_id", "n")
    )
    ratings = {
        r["product_id"]: r
        for r in await customer_models.Feedback.filter(
            product_id__in=ids, received_at__gte=since, received_at__lt=day_end, rating__gte=1
        )
        .group_by("product_id")
        .annotate(n=_count(), total=_sum("rating"))
        .values("product_id", "n", "total")
    }
    for pid in ids:
        flow = flows.get(pid, {})
        add(pid, Metric.TX_COUNT, dec(flow.get("n")))
        add(pid, Metric.TX_AMOUNT, dec(flow.get("total")))
        sale = sales.get(pid, {})
        add(pid, Metric.NEW_SALES_COUNT, dec(sale.get("n")))
        add(pid, Metric.NEW_SALES_AMOUNT, dec(sale.get("total")))
        level = levels.get(pid, {})
        balance = dec(level.get("bal"))
        add(pid, Metric.BALANCE, balance)
        rate_den = dec(level.get("rate_den"))
        rate_num = dec(level.get("rate_num"))
        add(pid, Metric.AVG_RATE, ratio(Metric.AVG_RATE, rate_num, rate_den), rate_num, rate_den)
        npl = dec(level.get("npl"))
        add(pid, Metric.NPL_RATIO, ratio(Metric.NPL_RATIO, npl, balance), npl, balance)
        overdue = dec(level.get("overdue"))
        add(
            pid,
            Metric.OVERDUE_RATIO,
            ratio(Metric.OVERDUE_RATIO, overdue, balance),
            overdue,
            balance,
        )
        add(pid, Metric.COMPLAINT_COUNT, Decimal(complaints.get(pid, 0)))
        rated = ratings.get(pid)
        if rated and rated["n"]:
            total, count = dec(rated["total"]), Decimal(rated["n"])
            add(pid, Metric.SATISFACTION, ratio(Metric.SATISFACTION, total, count), total, count)
    return out


def _count() -> Any:
    from tortoise.functions import Count

    return Count("id")


def _sum(column: str) -> Any:
    return exact_sum(column)


async def compute(
    *,
    day: date,
    product_ids: Sequence[int] | None = None,
    today: date | None = None,
    book: Sequence[Loan] | None = None,
) -> list[Reading]:
    """Compute and store the day's metrics of the watched products (pushed values are kept);
    ``book`` saves reloading the loans when many past days are computed."""
    return await compute_days(start=day, end=day, product_ids=product_ids, today=today, book=book)


async def compute_days(
    *,
    start: date,
    end: date,
    product_ids: Sequence[int] | None = None,
    today: date | None = None,
    book: Sequence[Loan] | None = None,
) -> list[Reading]:
    """Compute the metrics of every day from start to end and store them in one transaction
    (pushed values are kept); returns what was written."""
    products = await watched_products(product_ids)
    if not products or end < start:
        return []
    today = today or business_today()
    if book is None and start < today:
        book = await loan_book(list(products))
    by_day: list[tuple[date, Reading]] = []
    day = start
    while day <= end:
        by_day.extend((day, r) for r in await _readings(day, products, today, book))
        day += timedelta(days=1)
    scope = {
        "product_id__in": list(products),
        "business_date__gte": start,
        "business_date__lte": end,
    }
    async with db.transaction():
        pushed = set(
            await models.MetricValue.filter(**scope, source=MetricSource.PUSHED).values_list(
                "business_date", "product_id", "metric"
            )
        )
        await models.MetricValue.filter(**scope, source=MetricSource.COMPUTED).delete()
        kept = [(d, r) for d, r in by_day if (d, r.product_id, r.metric.value) not in pushed]
        await models.MetricValue.bulk_create(
            [
                models.MetricValue(
                    product_id=r.product_id,
                    family=r.family,
                    metric=r.metric.value,
                    business_date=d,
                    value=r.value,
                    numerator=r.numerator,
                    denominator=r.denominator,
                    source=MetricSource.COMPUTED.value,
                )
                for d, r in kept
            ],
            batch_size=2000,
        )
    return [r for _, r in kept]


async def backfill(*, start: date, end: date, product_ids: Sequence[int] | None = None) -> int:
    """Compute every day from start to end, a month at a time; returns the values written."""
    written = 0
    book = await loan_book(list(await watched_products(product_ids)))
    while start <= end:
        last = min(end, start + timedelta(days=30))
        written += len(
            await compute_days(start=start, end=last, product_ids=product_ids, book=book)
        )
        start = last + timedelta(days=1)
    return written


async def store_pushed(
    *, readings: Iterable[tuple[int, str, Metric, date, Decimal, Decimal | None, Decimal | None]]
) -> int:
    """Store values pushed by another system (product id, family, metric, day, value,
    numerator, denominator); a pushed value replaces the computed one of that day."""
    rows = list(readings)
    async with db.transaction():
        for pid, family, metric, day, value, numerator, denominator in rows:
            await models.MetricValue.filter(
                product_id=pid, metric=metric.value, business_date=day
            ).delete()
            await models.MetricValue.create(
                product_id=pid,
                family=family,
                metric=metric.value,
                business_date=day,
                value=value.quantize(_PLACES),
                numerator=numerator,
                denominator=denominator,
                source=MetricSource.PUSHED.value,
            )
    return len(rows)


async def series(
    *,
    metric: Metric,
    start: date,
    end: date,
    product_id: int | None = None,
    family: str | None = None,
) -> list[Point]:
    """Daily values for one product (in its currency), or aggregated over a family or the
    whole bank in CNY: flows and balances add up, each product's money converted at the rate
    in force on each day; ratios divide the summed numerators by the summed denominators."""
    query = models.MetricValue.filter(
        metric=metric.value, business_date__gte=start, business_date__lte=end
    )
    if product_id is not None:
        query = query.filter(product_id=product_id)
        rows = await query.order_by("business_date").values_list("business_date", "value")
        return [Point(d, dec(v)) for d, v in rows]
    ex = Exact.current()
    where = "m.metric = $1 AND m.business_date >= $2 AND m.business_date <= $3"
    params: list[Any] = [metric.value, start, end]
    if family is not None:
        where += " AND m.family = $4"
        params.append(family)
    if not db.is_postgres():
        where = where.replace("$1", "?").replace("$2", "?").replace("$3", "?").replace("$4", "?")
        params = [p.isoformat() if isinstance(p, date) else p for p in params]
    grouped = await db.connection().execute_query_dict(
        f"SELECT m.business_date AS day, p.currency AS currency, {ex.sum('m.value')} AS v, "
        f"{ex.sum('m.numerator')} AS n, {ex.sum('m.denominator')} AS d "
        "FROM monitoring_metric_value m JOIN products_product p ON p.id = m.product_id "
        f"WHERE {where} GROUP BY m.business_date, p.currency",
        params,
    )
    book = await fx_rates.rate_book()
    days: dict[date, list[Decimal]] = {}
    for row in grouped:
        day = row["day"] if isinstance(row["day"], date) else date.fromisoformat(str(row["day"]))
        rate = book.rate(row["currency"], day) if metric in MONEY_METRICS else Decimal(1)
        sums = days.setdefault(day, [Decimal(0), Decimal(0), Decimal(0)])
        for i, key in enumerate(("v", "n", "d")):
            sums[i] += dec(row[key]) * rate
    points: list[Point] = []
    for day in sorted(days):
        v, n, d = days[day]
        if metric in RATIO_METRICS:
            value = ratio(metric, n, d)
            if value is None:
                continue
        else:
            value = v.quantize(_PLACES)
        points.append(Point(day, value))
    return points


async def window_values(
    *, metric: Metric, product_ids: Sequence[int], start: date, end: date
) -> dict[int, list[Point]]:
    """Daily values per product between two days, oldest first (for rule evaluation)."""
    rows = (
        await models.MetricValue.filter(
            metric=metric.value,
            product_id__in=list(product_ids),
            business_date__gte=start,
            business_date__lte=end,
        )
        .order_by("business_date")
        .values_list("product_id", "business_date", "value")
    )
    out: dict[int, list[Point]] = {pid: [] for pid in product_ids}
    for pid, day, value in rows:
        out[pid].append(Point(day, dec(value)))
    return out
