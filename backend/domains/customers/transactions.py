"""Transactions: a customer's transactions and the daily rollups rebuilt from them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend import db
from backend.domains.customers import models
from backend.kernel.exact import exact_sum


def transactions_query(*, customer_id: int) -> QuerySet[models.Transaction]:
    """A customer's transactions, newest first."""
    return models.Transaction.filter(customer_id=customer_id).order_by("-occurred_at", "-id")


async def rebuild_rollups(*, dates: Iterable[date]) -> int:
    """Recompute the daily rollups of the given business dates from the transactions."""
    days = sorted(set(dates))
    written = 0
    for start in range(0, len(days), 200):
        chunk = days[start : start + 200]
        rows = (
            await models.Transaction.filter(business_date__in=chunk)
            .group_by("business_date", "product_id", "channel", "type")
            .annotate(n=Count("id"), total=exact_sum("amount"))
            .values("business_date", "product_id", "channel", "type", "n", "total")
        )
        async with db.transaction():
            await models.DailyRollup.filter(business_date__in=chunk).delete()
            await models.DailyRollup.bulk_create(
                [
                    models.DailyRollup(
                        business_date=r["business_date"],
                        product_id=r["product_id"],
                        channel=r["channel"],
                        type=r["type"],
                        tx_count=r["n"],
                        amount=Decimal(str(r["total"] or 0)),
                    )
                    for r in rows
                ],
                batch_size=1000,
            )
        written += len(rows)
    return written
