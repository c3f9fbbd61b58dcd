"""New holdings in an import: the product's sales checks per row, and the quota they take.

A row whose external id is not yet held opens a holding, so it goes through the same
``products.sales_checks`` an order will; rows that update a holding (balances, days past due,
classification) do not. The quota accepted rows promise is taken once per product when the
import is written, in the import's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from backend.actor import Actor
from backend.domains.customers.import_rows import RowInvalid
from backend.domains.products import models as product_models
from backend.domains.products import quota, sales_checks

#: The import column each sales check's field stands for.
COLUMN = {
    sales_checks.PRODUCT: "product_code",
    sales_checks.DATE: "opened_on",
    sales_checks.CURRENCY: "currency",
    sales_checks.AMOUNT: "principal",
}


class Openings:
    """The products of an import and the quota its accepted new holdings promise."""

    def __init__(self, products: list[product_models.Product]) -> None:
        self.products = {p.id: p for p in products}
        self.promised: dict[int, Decimal] = defaultdict(Decimal)

    def check(
        self, product_id: int, *, amount: Decimal, currency: str, on_date: date
    ) -> list[RowInvalid]:
        """Every sales rule the new holding breaks, as row problems; when it breaks none its
        amount is promised from the product's quota."""
        errors = sales_checks.check_can_open(
            self.products[product_id],
            amount=amount,
            currency=currency,
            on_date=on_date,
            quota_promised=self.promised[product_id],
        )
        if not errors:
            self.promised[product_id] += amount
        return [
            RowInvalid(
                COLUMN.get(e.field or "", e.field), e.code.value, e.template, **dict(e.params)
            )
            for e in errors
        ]

    async def take_quota(self, actor: Actor) -> list[int]:
        """Take the promised quota of each product (in the caller's transaction); returns the
        products this used up and suspended."""
        suspended = []
        for product_id, amount in sorted(self.promised.items()):
            if amount > 0 and self.products[product_id].quota_total is not None:
                _, stopped = await quota.take_quota(
                    product_id=product_id, amount=amount, actor=actor
                )
                if stopped:
                    suspended.append(product_id)
        return suspended
