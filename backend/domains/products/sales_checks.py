"""Whether a product may be opened: the checks every new holding or order runs, in one place.

The importer (new holdings) calls ``check_can_open`` per row; the order flow calls
``require_can_open``. The quota itself is taken in ``quota.take_quota`` when the opening is
written; the check here only refuses an amount the quota left cannot cover.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.domains.products import models
from backend.domains.products.enums import ProductStatus
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, FieldError
from backend.kernel.money import ZERO, to_cents

#: The fields the errors name; a caller maps them onto its own input (an import's columns).
PRODUCT, DATE, CURRENCY, AMOUNT = "product", "date", "currency", "amount"


def quota_left(product: models.Product) -> Decimal | None:
    """What is left of a product's sales quota (None: the product has no quota)."""
    if product.quota_total is None:
        return None
    return Decimal(product.quota_total) - Decimal(product.quota_used)


def check_can_open(
    product: models.Product,
    *,
    amount: Decimal,
    currency: str,
    on_date: date,
    quota_promised: Decimal = ZERO,
) -> list[FieldError]:
    """Every rule a new holding of ``amount`` in ``currency`` opened on ``on_date`` breaks
    (an empty list: it may be opened). ``quota_promised`` is quota already promised to
    openings checked before this one and not yet taken (earlier rows of the same import)."""
    errors: list[FieldError] = []
    if product.status != ProductStatus.ON_SALE:
        errors.append(
            FieldError(
                ProductErrorCode.PRODUCT_NOT_ON_SALE,
                "The product is {status}: only a product on sale can be opened.",
                PRODUCT,
                (("status", product.status),),
            )
        )
    if product.sales_start is not None and on_date < product.sales_start:
        errors.append(
            FieldError(
                ProductErrorCode.OUTSIDE_SALES_WINDOW,
                "{date} is before the product's sales start ({start}).",
                DATE,
                (("date", on_date.isoformat()), ("start", product.sales_start.isoformat())),
            )
        )
    if product.sales_end is not None and on_date > product.sales_end:
        errors.append(
            FieldError(
                ProductErrorCode.OUTSIDE_SALES_WINDOW,
                "{date} is after the product's sales end ({end}).",
                DATE,
                (("date", on_date.isoformat()), ("end", product.sales_end.isoformat())),
            )
        )
    if currency.upper() != product.currency:
        errors.append(
            FieldError(
                ProductErrorCode.CURRENCY_MISMATCH,
                "The product is sold in {expected}, not {currency}.",
                CURRENCY,
                (("expected", product.currency), ("currency", currency.upper())),
            )
        )
    if product.min_amount is not None and amount < Decimal(product.min_amount):
        errors.append(
            FieldError(
                ProductErrorCode.AMOUNT_BELOW_MINIMUM,
                "The product's minimum amount is {minimum}.",
                AMOUNT,
                (("minimum", str(to_cents(product.min_amount))),),
            )
        )
    if product.max_amount is not None and amount > Decimal(product.max_amount):
        errors.append(
            FieldError(
                ProductErrorCode.AMOUNT_ABOVE_MAXIMUM,
                "The product's maximum amount is {maximum}.",
                AMOUNT,
                (("maximum", str(to_cents(product.max_amount))),),
            )
        )
    left = quota_left(product)
    if left is not None and amount > 0 and amount > left - quota_promised:
        errors.append(
            FieldError(
                ProductErrorCode.QUOTA_EXHAUSTED,
                "Only {left} of the product's quota is left.",
                AMOUNT,
                (("left", str(to_cents(max(left - quota_promised, ZERO)))),),
            )
        )
    return errors


def require_can_open(
    product: models.Product, *, amount: Decimal, currency: str, on_date: date
) -> None:
    """Refuse, naming every broken rule, a new holding the product does not allow."""
    if errors := check_can_open(product, amount=amount, currency=currency, on_date=on_date):
        raise DomainError(*errors)
