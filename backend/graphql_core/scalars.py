"""Scalars whose input BankPM checks more strictly than Strawberry's built-in ones."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import strawberry

#: Decimals beyond these are no amount, rate or quantity anyone meant: refusing them at the
#: edge keeps NaN, Infinity and 1e40 out of arithmetic (below 10^22 any value rounds to 6
#: places within the 28 digits of Python's decimal context) and out of SQL. The domains'
#: own maxima (up to 10^22 for a market total) stay theirs to judge, naming the field.
MAX_DECIMAL = Decimal(10) ** 22
MAX_DECIMAL_PLACES = 12


def parse_decimal(value: object) -> Decimal:
    """A finite decimal below 10^22 with at most 12 decimal places, from a string or number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError('Decimal expects a string such as "12.50".')
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError("Not a decimal number.") from exc
    exponent = number.as_tuple().exponent
    if (
        not number.is_finite()
        or abs(number) >= MAX_DECIMAL
        or (isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES)
    ):
        raise ValueError("The decimal is not finite or out of range.")
    return number


def _serialize(value: Any) -> str:
    return str(value)


#: Replaces Strawberry's Decimal (same name and description, so the schema is unchanged).
DecimalScalar = strawberry.scalar(
    name="Decimal",
    description="Decimal (fixed-point)",
    serialize=_serialize,
    parse_value=parse_decimal,
)
