"""Money and rates as Decimal, with one rounding rule per purpose.

- Customer-facing amounts (balances, fees, interest, totals shown or charged) are rounded
  to the cent with ROUND_HALF_UP (四舍五入), the rule Chinese banks publish, unless a
  regulation says otherwise for a product.
- Rates are percentages per annum with 4 decimal places, ROUND_HALF_UP.
- Ratios and shares shown as percentages keep 2 decimal places, ROUND_HALF_UP.
- Intermediate results are never rounded; round once, where a value leaves the calculation.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
#: Rates carry four decimal places ("2.1500" = 2.15 % p.a.).
RATE_PLACES = Decimal("0.0001")
HUNDRED = Decimal(100)
ZERO = Decimal(0)
DEFAULT_CURRENCY = "CNY"


def to_cents(value: Decimal | int) -> Decimal:
    """Round a customer-facing amount to the cent (ROUND_HALF_UP)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_rate(value: Decimal | int) -> Decimal:
    """Round a rate to four decimal places (ROUND_HALF_UP)."""
    return Decimal(value).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percentage of ``whole`` to two places, or None when ``whole`` is zero."""
    if not whole:
        return None
    return to_cents(Decimal(part) * HUNDRED / Decimal(whole))


def as_decimal(value: object) -> Decimal:
    """A database or JSON number as an exact Decimal (floats through their shortest repr)."""
    if isinstance(value, Decimal):
        return value
    if value is None:
        return ZERO
    return Decimal(str(value))
