"""Currency conversion from a rates table.

``CNY_RATES`` holds indicative mid rates (CNY per unit) until the controls issue brings an
effective-dated FX rates table; every conversion in every domain goes through ``to_cny`` or
``convert`` here, so replacing the source changes one module. An unknown currency is refused
rather than converted at 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from backend.errors import DomainError, ErrorCode

#: Indicative CNY per unit of each currency (market-data integration replaces these).
CNY_RATES: Mapping[str, Decimal] = {
    "CNY": Decimal("1"),
    "USD": Decimal("7.10"),
    "EUR": Decimal("7.80"),
    "HKD": Decimal("0.91"),
    "GBP": Decimal("9.00"),
    "JPY": Decimal("0.048"),
    "AUD": Decimal("4.70"),
}


def rate_to_cny(currency: str) -> Decimal:
    """CNY per unit of the currency; an unknown currency is an INVALID error."""
    try:
        return CNY_RATES[currency]
    except KeyError:
        raise DomainError.single(
            ErrorCode.INVALID, "No exchange rate for {currency}.", "currency", currency=currency
        ) from None


def to_cny(amount: Decimal, currency: str) -> Decimal:
    """The amount in CNY, unrounded (round once where the total leaves the calculation)."""
    return amount * rate_to_cny(currency)


def convert(amount: Decimal, source: str, target: str) -> Decimal:
    """The amount in another currency, through CNY, unrounded."""
    if source == target:
        return amount
    return to_cny(amount, source) / rate_to_cny(target)
