"""Small builders for feedback, survey and forecast tests: customers, products, holdings and
feedback rows written straight to the models, and synthetic monthly sales."""

from __future__ import annotations

import itertools
import math
import random
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.customers import models
from backend.domains.customers.feedback import add_months, month_start
from backend.domains.products import models as product_models
from backend.graphql_core.types import to_global_id
from backend.kernel import clock
from backend.kernel.clock import today

_seq = itertools.count(1)

RATING_QUESTIONS: list[dict[str, Any]] = [
    {"id": "sat", "text": "总体满意度？", "kind": "RATING", "required": True},
    {"id": "nps", "text": "您向亲友推荐本产品的可能性？", "kind": "NPS", "required": True},
    {
        "id": "channel",
        "text": "您最常用的渠道？",
        "kind": "CHOICE",
        "options": ["网点", "手机银行", "网上银行"],
        "required": False,
    },
    {"id": "comment", "text": "其他建议", "kind": "TEXT", "required": False},
]


async def product(
    code: str | None = None, family: str = "DEPOSIT", subtype: str = "TIME"
) -> product_models.Product:
    """An ON_SALE product row (no terms: feedback and forecasts do not read them)."""
    n = next(_seq)
    return await product_models.Product.create(
        code=code or f"FB-{family[:3]}-{n}",
        name_zh=f"测试产品{n}",
        name_en=f"Test product {n}",
        family=family,
        subtype=subtype,
        currency="CNY",
        risk_level="R2",
        status="ON_SALE",
    )


async def customer(name: str = "张三") -> models.Customer:
    """A customer with dummy PII columns."""
    n = next(_seq)
    return await models.Customer.create(
        customer_no=f"C{n:08d}",
        external_id=f"fb-cust-{n}",
        name=name,
        customer_type="INDIVIDUAL",
        id_type="ID_CARD",
        id_number_enc="x",
        id_number_index=f"fb-index-{n}",
        id_number_masked="x",
    )


async def feedback(**fields: Any) -> models.Feedback:
    """A feedback row; received now, source APP unless given."""
    data: dict[str, Any] = {"source": "APP", "received_at": clock.now(), **fields}
    return await models.Feedback.create(**data)


async def segment(member_count: int = 0) -> models.Segment:
    """A rule segment with a given member count."""
    n = next(_seq)
    return await models.Segment.create(
        code=f"FB-SEG-{n}", name=f"细分{n}", rule={}, member_count=member_count
    )


async def holdings(
    product_row: product_models.Product,
    per_month: dict[date, list[Decimal]],
    owner: models.Customer | None = None,
) -> None:
    """Holdings of a product opened on the 15th of each month, one per principal given."""
    owner = owner or await customer()
    rows = [
        models.Holding(
            external_id=f"fb-h-{next(_seq)}",
            customer_id=owner.id,
            product_id=product_row.id,
            family=product_row.family,
            opened_on=month.replace(day=15),
            principal=amount,
            balance=amount,
        )
        for month, amounts in per_month.items()
        for amount in amounts
    ]
    await models.Holding.bulk_create(rows, batch_size=500)


def gid(type_name: str, pk: int) -> str:
    """The global ID of a row."""
    return str(to_global_id(type_name, pk))


def last_months(n: int, until: date | None = None) -> list[date]:
    """The first days of the n complete months before the current business month, oldest first."""
    end = month_start(until or today())
    return [add_months(end, -n + i) for i in range(n)]


def seasonal_series(n: int, seed: int = 4) -> list[int]:
    """Monthly sales with a trend, yearly seasonality (peak in spring), a wandering level and
    noise: 120 + 2.5 t + random walk + 30 sin(2πt/12) + noise, rounded, fixed seed."""
    rng = random.Random(seed)
    level = 0.0
    out = []
    for t in range(n):
        level += rng.gauss(0, 4)
        value = 120 + 2.5 * t + level + 30 * math.sin(2 * math.pi * t / 12) + rng.gauss(0, 4)
        out.append(max(round(value), 1))
    return out
