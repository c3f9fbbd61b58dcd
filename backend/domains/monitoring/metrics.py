"""Product metrics per business day: computed from holdings, daily rollups and feedback,
or pushed by other systems; time series for a product, a family or the whole bank.

Balances, NPL and overdue ratios are levels read from the holdings. For past days they use
each loan's classification and days past due as of that day (from the classification history)
and today's balances of the holdings open by then, so a backfill is exact for classifications
and an estimate for balances; the scheduler's daily snapshots are exact.
A complaint, until the service desk records complaints, is feedback rated 1 or 2.
Satisfaction is the average 1–5 rating over the trailing ``SATISFACTION_DAYS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend import db
from backend.domains.monitoring import models
from backend.domains.monitoring.enums import (
    FLOW_METRICS,
    LOAN_ONLY,
    RATIO_METRICS,
    Metric,
    MetricSource,
)
from backend.domains.products import models as product_models
from backend.domains.products.service import end_of_business_day

#: Products whose health is watched: those that are or were on sale.
WATCHED_STATUSES = ("ON_SALE", "SUSPENDED", "OFFLINE")
SATISFACTION_DAYS = 90
COMPLAINT_MAX_RATING = 2
BAD_CLASSES = ("SUBSTANDARD", "DOUBTFUL", "LOSS")
_PLACES = Decimal("0.000001")

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
    """A database number as a Decimal (SQLite sums come back as floats)."""
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


async def _holding_levels(day: date, ids: Sequence[int], historic: bool) -> list[dict[str, Any]]:
    """Balance, rate-weighted balance, NPL and overdue outstanding per product on a day."""
    if historic:
        # classification and days past due as of the day, from the history when there is one
        last = (
            "(SELECT {col} FROM customers_loan_classification c WHERE c.holding_id = h.id "
            f"AND c.changed_on <= '{day.isoformat()}' ORDER BY c.changed_on DESC, c.id DESC LIMIT 1)"
        )
        # a loan with a history but no change yet by that day was still NORMAL
        had = (
            "(SELECT {v} FROM customers_loan_classification c2 WHERE c2.holding_id = h.id LIMIT 1)"
        )
        was_normal = had.format(v="'NORMAL'")
        was_current = had.format(v="0")
        cls = f"COALESCE({last.format(col='classification')}, {was_normal}, h.classification)"
        dpd = f"COALESCE({last.format(col='days_past_due')}, {was_current}, h.days_past_due, 0)"
    else:
        cls, dpd = "h.classification", "COALESCE(h.days_past_due, 0)"
    amount = (
        "(CASE WHEN h.family = 'LOAN' THEN COALESCE(h.outstanding, h.balance) ELSE h.balance END)"
    )
    bad = ",".join(f"'{c}'" for c in BAD_CLASSES)
    return await _rows(
        f"SELECT h.product_id AS pid, SUM({amount}) AS bal, "
        f"SUM(CASE WHEN h.rate_at_opening IS NOT NULL THEN h.rate_at_opening * {amount} ELSE 0 END)"
        " AS rate_num, "
        f"SUM(CASE WHEN h.rate_at_opening IS NOT NULL THEN {amount} ELSE 0 END) AS rate_den, "
        f"SUM(CASE WHEN h.family = 'LOAN' AND {cls} IN ({bad}) THEN {amount} ELSE 0 END) AS npl, "
        f"SUM(CASE WHEN h.family = 'LOAN' AND {dpd} > 0 THEN {amount} ELSE 0 END) AS overdue "
        "FROM customers_holding h "
        f"WHERE h.status = 'ACTIVE' AND h.opened_on <= '{day.isoformat()}' "
        f"AND h.product_id IN ({_ids_sql(ids)}) GROUP BY h.product_id"
    )


async def _readings(day: date, products: dict[int, str], today: date) -> list[Reading]:
    """Every computable metric of the products on the day."""
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
            "SELECT product_id AS pid, SUM(tx_count) AS n, SUM(amount) AS total "
            f"FROM customers_daily_rollup WHERE business_date = '{iso}' "
            f"AND product_id IN ({_ids_sql(ids)}) GROUP BY product_id"
        )
    }
    sales = {
        r["pid"]: r
        for r in await _rows(
            "SELECT product_id AS pid, COUNT(*) AS n, SUM(principal) AS total "
            f"FROM customers_holding WHERE opened_on = '{iso}' "
            f"AND product_id IN ({_ids_sql(ids)}) GROUP BY product_id"
        )
    }
    levels = {r["pid"]: r for r in await _holding_levels(day, ids, historic=day < today)}
    day_end = end_of_business_day(day)
    day_start = end_of_business_day(day - timedelta(days=1))
    since = end_of_business_day(day - timedelta(days=SATISFACTION_DAYS))
    from backend.domains.customers import models as customer_models

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
    from tortoise.functions import Sum

    return Sum(column)


async def compute(
    *, day: date, product_ids: Sequence[int] | None = None, today: date | None = None
) -> list[Reading]:
    """Compute and store the day's metrics of the watched products (pushed values are kept)."""
    from backend.domains.products.service import today as business_today

    products = await watched_products(product_ids)
    if not products:
        return []
    readings = await _readings(day, products, today or business_today())
    async with db.transaction():
        pushed = set(
            await models.MetricValue.filter(
                product_id__in=list(products), business_date=day, source=MetricSource.PUSHED
            ).values_list("product_id", "metric")
        )
        await models.MetricValue.filter(
            product_id__in=list(products), business_date=day, source=MetricSource.COMPUTED
        ).delete()
        kept = [r for r in readings if (r.product_id, r.metric.value) not in pushed]
        await models.MetricValue.bulk_create(
            [
                models.MetricValue(
                    product_id=r.product_id,
                    family=r.family,
                    metric=r.metric.value,
                    business_date=day,
                    value=r.value,
                    numerator=r.numerator,
                    denominator=r.denominator,
                    source=MetricSource.COMPUTED.value,
                )
                for r in kept
            ],
            batch_size=1000,
        )
    return kept


async def backfill(*, start: date, end: date, product_ids: Sequence[int] | None = None) -> int:
    """Compute every day from start to end; returns the number of values written."""
    written = 0
    day = start
    while day <= end:
        written += len(await compute(day=day, product_ids=product_ids))
        day += timedelta(days=1)
    return written


async def store_pushed(*, readings: Iterable[tuple[int, str, Metric, date, Decimal]]) -> int:
    """Store values pushed by another system (product id, family, metric, day, value);
    a pushed value replaces the computed one of that day."""
    rows = list(readings)
    async with db.transaction():
        for pid, family, metric, day, value in rows:
            await models.MetricValue.filter(
                product_id=pid, metric=metric.value, business_date=day
            ).delete()
            await models.MetricValue.create(
                product_id=pid,
                family=family,
                metric=metric.value,
                business_date=day,
                value=value.quantize(_PLACES),
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
    """Daily values for one product, or aggregated over a family or the whole bank:
    flows and balances add up, ratios divide the summed numerators by the summed denominators."""
    query = models.MetricValue.filter(
        metric=metric.value, business_date__gte=start, business_date__lte=end
    )
    if product_id is not None:
        query = query.filter(product_id=product_id)
        rows = await query.order_by("business_date").values_list("business_date", "value")
        return [Point(d, dec(v)) for d, v in rows]
    if family is not None:
        query = query.filter(family=family)
    grouped = (
        await query.group_by("business_date")
        .annotate(v=_sum("value"), n=_sum("numerator"), d=_sum("denominator"))
        .order_by("business_date")
        .values("business_date", "v", "n", "d")
    )
    points: list[Point] = []
    for row in grouped:
        if metric in RATIO_METRICS:
            value = ratio(metric, dec(row["n"]), dec(row["d"]))
            if value is None:
                continue
        else:
            value = dec(row["v"]).quantize(_PLACES)
        points.append(Point(row["business_date"], value))
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


def is_flow(metric: Metric) -> bool:
    """Whether the metric adds up over days."""
    return metric in FLOW_METRICS
