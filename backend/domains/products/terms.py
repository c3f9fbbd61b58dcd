"""Effective-dated terms: the terms in force on a day, the schedule, and headline rates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from backend.domains.products import models, rules
from backend.domains.products.enums import LprTenor
from backend.kernel import clock


async def terms_in_force(*, keys: Sequence[tuple[int, date]]) -> list[models.ProductTerms | None]:
    """For each (product id, day), the terms in force that day (one query for all)."""
    if not keys:
        return []
    latest_day = max(day for _, day in keys)
    rows = await models.ProductTerms.filter(
        product_id__in=list({pid for pid, _ in keys}), effective_date__lte=latest_day
    ).order_by("product_id", "effective_date", "id")
    by_product: dict[int, list[models.ProductTerms]] = {}
    for row in rows:
        by_product.setdefault(row.product_id, []).append(row)
    out: list[models.ProductTerms | None] = []
    for pid, day in keys:
        candidates = [r for r in by_product.get(pid, []) if r.effective_date <= day]
        out.append(candidates[-1] if candidates else None)
    return out


async def terms_schedules(*, product_ids: Sequence[int]) -> dict[int, list[models.ProductTerms]]:
    """Every product's terms timeline, oldest first."""
    rows = await models.ProductTerms.filter(product_id__in=list(product_ids)).order_by(
        "effective_date", "id"
    )
    out: dict[int, list[models.ProductTerms]] = {pid: [] for pid in product_ids}
    for row in rows:
        out[row.product_id].append(row)
    return out


async def refresh_headline_rates(
    *, day: date | None = None, lpr: Mapping[LprTenor, Decimal] | None = None
) -> int:
    """Bring each product's stored headline rate (used by rate filters and sorting) in line
    with the terms in force on a day and, for LPR-linked loans, the LPR in force (``lpr``);
    returns how many changed. Run daily and at start-up (``benchmarks.refresh_rates``), so
    scheduled rate changes and a new LPR show in searches from their effective date."""
    day = day or clock.today()
    products = await models.Product.all().only("id", "family", "headline_rate")
    rows = await terms_in_force(keys=[(p.id, day) for p in products])
    changed = 0
    for product, row in zip(products, rows, strict=True):
        rate = rules.headline_rate(product.family, row.terms, lpr) if row else None
        current = Decimal(product.headline_rate) if product.headline_rate is not None else None
        if rate != current:
            await models.Product.filter(id=product.id).update(headline_rate=rate)
            changed += 1
    return changed
