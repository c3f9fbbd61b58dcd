"""Test data for performance and suggestions: product, customer, holding, rollup, metric and
feedback rows written straight to the models (the metric computation is tested elsewhere)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from backend.domains.customers import models as customer_models
from backend.domains.monitoring import models
from backend.domains.products import models as product_models
from backend.graphql_core.types import to_global_id
from backend.kernel.clock import BUSINESS_TZ

_seq = itertools.count(1)


def gid(type_name: str, pk: int) -> str:
    """The global ID of a row."""
    return str(to_global_id(type_name, pk))


async def product(
    code: str,
    *,
    family: str = "DEPOSIT",
    subtype: str = "TIME",
    currency: str = "CNY",
    headline_rate: str | None = None,
    status: str = "ON_SALE",
    **fields: Any,
) -> product_models.Product:
    """A product row (no terms unless given with ``terms=``)."""
    terms = fields.pop("terms", None)
    row = await product_models.Product.create(
        code=code,
        name_zh=f"产品{code}",
        name_en=f"Product {code}",
        family=family,
        subtype=subtype,
        currency=currency,
        risk_level="R2",
        status=status,
        headline_rate=Decimal(headline_rate) if headline_rate else None,
        **fields,
    )
    if terms is not None:
        await product_models.ProductTerms.create(
            product_id=row.id, effective_date=date(2025, 1, 1), terms=terms
        )
    return row


async def customer() -> customer_models.Customer:
    """A bare customer (placeholder PII)."""
    n = next(_seq)
    return await customer_models.Customer.create(
        customer_no=f"P{n:08d}",
        external_id=f"perf-cust-{n}",
        name=f"客户{n}",
        customer_type="INDIVIDUAL",
        id_type="ID_CARD",
        id_number_enc="-",
        id_number_index=f"perf-idx-{n}",
        id_number_masked="-",
    )


async def holding(
    product_row: product_models.Product,
    *,
    balance: str,
    opened_on: date,
    rate: str | None = None,
    outstanding: str | None = None,
    principal: str | None = None,
    status: str = "ACTIVE",
) -> customer_models.Holding:
    """An active holding of a product."""
    owner = await customer()
    return await customer_models.Holding.create(
        external_id=f"perf-h-{next(_seq)}",
        customer_id=owner.id,
        product_id=product_row.id,
        family=product_row.family,
        opened_on=opened_on,
        status=status,
        principal=Decimal(principal or balance),
        balance=Decimal(balance),
        currency=product_row.currency,
        rate_at_opening=Decimal(rate) if rate else None,
        outstanding=Decimal(outstanding) if outstanding else None,
    )


async def rollup(
    product_row: product_models.Product, day: date, *, type: str, count: int, amount: str = "0"
) -> None:
    """A daily rollup row (channel MOBILE_BANKING)."""
    await customer_models.DailyRollup.create(
        business_date=day,
        product_id=product_row.id,
        channel="MOBILE_BANKING",
        type=type,
        tx_count=count,
        amount=Decimal(amount),
    )


async def metric(product_row: product_models.Product, name: str, values: dict[date, str]) -> None:
    """Daily metric values of a product."""
    await models.MetricValue.bulk_create(
        [
            models.MetricValue(
                product_id=product_row.id,
                family=product_row.family,
                metric=name,
                business_date=day,
                value=Decimal(value),
            )
            for day, value in values.items()
        ]
    )


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time on a business day."""
    return datetime.combine(day, time(hour, minute), BUSINESS_TZ)


async def feedback(
    product_row: product_models.Product,
    received: datetime,
    *,
    rating: int | None = None,
    nps: int | None = None,
) -> None:
    """A feedback row about a product."""
    await customer_models.Feedback.create(
        source="APP", product_id=product_row.id, rating=rating, nps=nps, received_at=received
    )


def days(start: date, count: int) -> list[date]:
    """``count`` consecutive days from ``start``."""
    return [start + timedelta(days=i) for i in range(count)]
