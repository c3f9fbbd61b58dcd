"""What the monitoring dashboard reads: bank-wide figures, each product's health, metric series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from backend.domains.monitoring import alerts, metrics, models
from backend.domains.monitoring.enums import AlertStatus, Metric, Severity
from backend.domains.monitoring.metrics import Point
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductStatus
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.money import to_cents

#: Days a metric series covers when no start is given (ending today or at ``end``).
DEFAULT_SERIES_DAYS = 90
MAX_SERIES_DAYS = 731
#: Days before yesterday whose daily mean the dashboard compares yesterday's transactions with.
TX_AVERAGE_DAYS = 28
OPEN = (AlertStatus.OPEN.value, AlertStatus.ACKNOWLEDGED.value)


@dataclass(frozen=True)
class ProductHealth:
    """A watched product's latest value of each metric and its open alerts."""

    product_id: int
    metrics: list[tuple[str, Decimal]]
    open_alerts: int
    worst_severity: Severity | None


@dataclass(frozen=True)
class Overview:
    """Bank-wide monitoring figures for one business day."""

    business_date: date
    open_alerts: dict[str, int]
    watched_products: int
    products_with_alerts: int
    suspended_products: int
    total_balance: Decimal
    loan_npl_ratio: Decimal | None
    tx_count_yesterday: Decimal
    tx_count_average: Decimal


async def metric_series(
    *,
    metric: Metric,
    start: date | None = None,
    end: date | None = None,
    product_id: int | None = None,
    family: str | None = None,
) -> list[Point]:
    """A metric's daily values (90 days to today by default, at most 731) for a product, a
    family or the bank."""
    last = end or clock.today()
    first = start or last - timedelta(days=DEFAULT_SERIES_DAYS - 1)
    if first > last:
        raise DomainError.single(ErrorCode.INVALID, "The end is before the start.", "end")
    if (last - first).days > MAX_SERIES_DAYS:
        raise DomainError.single(
            ErrorCode.INVALID, "At most {days} days.", "start", days=MAX_SERIES_DAYS
        )
    return await metrics.series(
        metric=metric, start=first, end=last, product_id=product_id, family=family
    )


async def latest_values(
    *, product_ids: Sequence[int] | None = None, on: date | None = None
) -> dict[int, dict[str, Decimal]]:
    """Each product's latest value of every metric, on or before a day."""
    on = on or clock.today()
    since = on - timedelta(days=7)
    query = models.MetricValue.filter(business_date__gte=since, business_date__lte=on)
    if product_ids is not None:
        query = query.filter(product_id__in=list(product_ids))
    out: dict[int, dict[str, Decimal]] = {}
    for pid, metric, value in await query.order_by("business_date").values_list(
        "product_id", "metric", "value"
    ):
        out.setdefault(pid, {})[metric] = metrics.dec(value)
    return out


async def _open_alerts(product_ids: list[int] | None = None) -> list[tuple[int, str]]:
    query = models.Alert.filter(status__in=OPEN)
    if product_ids is not None:
        query = query.filter(product_id__in=product_ids)
    return list(await query.values_list("product_id", "severity"))


async def product_health(*, family: str | None = None) -> list[ProductHealth]:
    """Every watched product's (of a family's) latest metrics and open alerts, by id."""
    watched = await metrics.watched_products()
    ids = sorted(pid for pid, fam in watched.items() if family is None or fam == family)
    latest = await latest_values(product_ids=ids)
    severities: dict[int, list[Severity]] = {}
    for pid, severity in await _open_alerts(ids):
        severities.setdefault(pid, []).append(Severity(severity))
    return [
        ProductHealth(
            product_id=pid,
            metrics=sorted(latest.get(pid, {}).items()),
            open_alerts=len(severities.get(pid, [])),
            worst_severity=max(severities[pid], key=lambda s: s.rank)
            if pid in severities
            else None,
        )
        for pid in ids
    ]


async def overview(*, today: date | None = None) -> Overview:
    """The dashboard's figures: open alerts, watched and suspended products, balances, the loan
    NPL ratio, and yesterday's transactions against the daily mean of the 28 days before."""
    today = today or clock.today()
    yesterday = today - timedelta(days=1)
    balance = await metrics.series(metric=Metric.BALANCE, start=today, end=today)
    npl = await metrics.series(metric=Metric.NPL_RATIO, start=today, end=today, family="LOAN")
    tx = await metrics.series(
        metric=Metric.TX_COUNT, start=yesterday - timedelta(days=TX_AVERAGE_DAYS), end=yesterday
    )
    before = [p.value for p in tx if p.day < yesterday]
    return Overview(
        business_date=today,
        open_alerts=await alerts.open_alert_counts(),
        watched_products=len(await metrics.watched_products()),
        products_with_alerts=len({pid for pid, _ in await _open_alerts()}),
        suspended_products=await product_models.Product.filter(
            status=ProductStatus.SUSPENDED.value
        ).count(),
        total_balance=balance[0].value if balance else Decimal(0),
        loan_npl_ratio=npl[0].value if npl else None,
        tx_count_yesterday=next((p.value for p in tx if p.day == yesterday), Decimal(0)),
        tx_count_average=to_cents(sum(before, Decimal(0)) / TX_AVERAGE_DAYS),
    )
