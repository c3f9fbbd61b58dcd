"""Metric values pushed by other systems: validated all or nothing, stored, judged at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import evaluation, metrics
from backend.domains.monitoring.enums import LOAN_ONLY, RATIO_METRICS, Metric
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.monitoring.rules import parse_number
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require

MAX_INGEST = 1000
_ZERO, _HUNDRED = Decimal(0), Decimal(100)
#: What a pushed value may be, per metric: (least, greatest or None for no upper bound).
RANGES: dict[Metric, tuple[Decimal, Decimal | None]] = {
    Metric.TX_COUNT: (_ZERO, None),
    Metric.TX_AMOUNT: (_ZERO, None),
    Metric.BALANCE: (_ZERO, None),
    Metric.NEW_SALES_COUNT: (_ZERO, None),
    Metric.NEW_SALES_AMOUNT: (_ZERO, None),
    Metric.COMPLAINT_COUNT: (_ZERO, None),
    Metric.AVG_RATE: (_ZERO, _HUNDRED),
    Metric.NPL_RATIO: (_ZERO, _HUNDRED),
    Metric.OVERDUE_RATIO: (_ZERO, _HUNDRED),
    Metric.SATISFACTION: (Decimal(1), Decimal(5)),
}
#: Counts are whole numbers.
WHOLE = frozenset({Metric.TX_COUNT, Metric.NEW_SALES_COUNT, Metric.COMPLAINT_COUNT})
Reading = tuple[int, str, Metric, date, Decimal, Decimal | None, Decimal | None]


async def ingest_metrics(*, items: Sequence[dict[str, Any]], actor: Actor) -> int:
    """Store metric values pushed by another system (all or nothing), then re-evaluate the
    products they concern at once."""
    require(actor, perms.INGEST_WRITE)
    if len(items) > MAX_INGEST:
        raise DomainError.single(
            ErrorCode.INVALID, "At most {limit} values per batch.", "items", limit=MAX_INGEST
        )
    codes = {str(i.get("product_code") or "").strip().upper() for i in items}
    products = {p.code: p for p in await product_models.Product.filter(code__in=sorted(codes))}
    today = clock.today()
    errors: list[FieldError] = []
    readings: list[Reading] = []
    for n, item in enumerate(items):
        path = f"items.{n}"
        product = products.get(str(item.get("product_code") or "").strip().upper())
        if product is None:
            errors.append(
                FieldError(ErrorCode.NOT_FOUND, "No such product.", f"{path}.productCode")
            )
            continue
        metric = Metric(item["metric"])
        if metric in LOAN_ONLY and product.family != "LOAN":
            errors.append(
                FieldError(
                    MonitoringErrorCode.METRIC_ONLY_FOR_LOANS,
                    "This metric only applies to loans.",
                    f"{path}.metric",
                )
            )
        day: date = item["business_date"]
        if day > today:
            errors.append(
                FieldError(
                    MonitoringErrorCode.METRIC_DATE_IN_FUTURE,
                    "A date in the future.",
                    f"{path}.businessDate",
                )
            )
        checked = check_value(item, metric, path, errors)
        if checked is not None:
            readings.append((product.id, product.family, metric, day, *checked))
    raise_if(errors)
    async with db.transaction():
        await metrics.store_pushed(readings=readings)
        await audit.record(
            actor=actor,
            action="metric.ingest",
            object_type="MetricValue",
            after={"count": len(readings), "products": sorted({r[0] for r in readings})},
        )
    await evaluation.data_changed(
        product_ids={r[0] for r in readings}, dates={r[3] for r in readings}
    )
    return len(readings)


def check_value(
    item: dict[str, Any], metric: Metric, path: str, errors: list[FieldError]
) -> tuple[Decimal, Decimal | None, Decimal | None] | None:
    """A pushed value checked against its metric: ratios come as numerator and denominator
    (so families and the bank aggregate exactly), every value within its range, counts whole.
    Returns (value, numerator, denominator), or None after adding the problems to errors."""
    found = len(errors)
    value = parse_number(item, "value", errors, f"{path}.value")
    numerator = parse_number(item, "numerator", errors, f"{path}.numerator")
    denominator = parse_number(item, "denominator", errors, f"{path}.denominator")
    if len(errors) > found:
        return None
    if metric in RATIO_METRICS:
        for name, part in (("numerator", numerator), ("denominator", denominator)):
            if part is None:
                errors.append(
                    FieldError(
                        ErrorCode.REQUIRED,
                        "A ratio is pushed as its numerator and denominator.",
                        f"{path}.{name}",
                    )
                )
        if numerator is None or denominator is None:
            return None
        if numerator < 0 or denominator <= 0:
            errors.append(
                FieldError(
                    MonitoringErrorCode.METRIC_VALUE_OUT_OF_RANGE,
                    "The numerator may not be negative and the denominator must be positive.",
                    f"{path}.denominator" if denominator <= 0 else f"{path}.numerator",
                )
            )
            return None
        computed = metrics.ratio(metric, numerator, denominator)
        assert computed is not None  # the denominator is positive
        if value is not None and value.quantize(computed) != computed:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "The value is not numerator / denominator ({expected}).",
                    f"{path}.value",
                    (("expected", f"{computed.normalize():f}"),),
                )
            )
            return None
        value = computed
    elif numerator is not None or denominator is not None:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Only ratios take a numerator and denominator.",
                f"{path}.numerator" if numerator is not None else f"{path}.denominator",
            )
        )
        return None
    elif value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "A value is required.", f"{path}.value"))
        return None
    low, high = RANGES[metric]
    if value < low or (high is not None and value > high):
        errors.append(_out_of_range(low, high, f"{path}.value"))
        return None
    if metric in WHOLE and value != value.to_integral_value():
        errors.append(FieldError(ErrorCode.INVALID, "A whole number.", f"{path}.value"))
        return None
    return value, numerator, denominator


def _out_of_range(low: Decimal, high: Decimal | None, field: str) -> FieldError:
    if high is None:
        return FieldError(
            MonitoringErrorCode.METRIC_VALUE_OUT_OF_RANGE,
            "At least {low}.",
            field,
            (("low", f"{low.normalize():f}"),),
        )
    return FieldError(
        MonitoringErrorCode.METRIC_VALUE_OUT_OF_RANGE,
        "Between {low} and {high}.",
        field,
        (("low", f"{low.normalize():f}"), ("high", f"{high.normalize():f}")),
    )
