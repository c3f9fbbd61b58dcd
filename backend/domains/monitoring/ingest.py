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
from backend.domains.monitoring.enums import LOAN_ONLY, Metric
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.monitoring.rules import parse_number
from backend.domains.products import models as product_models
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require

MAX_INGEST = 1000


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
    readings: list[tuple[int, str, Metric, date, Decimal]] = []
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
        value = parse_number(item, "value", errors, f"{path}.value")
        if value is not None:
            readings.append((product.id, product.family, metric, day, value))
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
