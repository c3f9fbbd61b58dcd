"""Field checks of reference-data entries: amounts, rates, months, dates, texts, families, currencies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from backend.domains.products.enums import ProductFamily
from backend.domains.products.rules import CURRENCIES
from backend.errors import ErrorCode, FieldError

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
RATE_MIN, RATE_MAX = Decimal("0"), Decimal("100")
#: Largest amount of money a check accepts by default (20 digits with 2 decimals).
AMOUNT_MAX = Decimal("1e18")


def _decimal(value: Any) -> Decimal | None:
    """The value as a finite Decimal, or None when it is not a number."""
    if isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _places(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_amount(
    errors: list[FieldError], value: Any, field: str, maximum: Decimal = AMOUNT_MAX
) -> Decimal | None:
    """A required amount of money: at least 0, at most 2 decimal places, below the maximum."""
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    number = _decimal(value)
    if number is None:
        errors.append(FieldError(ErrorCode.INVALID, "Give a number.", field))
        return None
    if number < 0:
        errors.append(FieldError(ErrorCode.INVALID, "Amount must not be negative.", field))
    elif _places(number) > 2:
        errors.append(
            FieldError(ErrorCode.INVALID, "Amounts have at most 2 decimal places.", field)
        )
    elif number >= maximum:
        errors.append(FieldError(ErrorCode.INVALID, "The amount is too large.", field))
    else:
        return number.quantize(CENT)
    return None


def check_rate(errors: list[FieldError], value: Any, field: str = "rate") -> Decimal | None:
    """A required rate in percent a year: 0 to 100 with at most 4 decimal places."""
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    number = _decimal(value)
    if number is None:
        errors.append(FieldError(ErrorCode.INVALID, "Give a number.", field))
        return None
    if not RATE_MIN <= number <= RATE_MAX:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Rate must be between {min} % and {max} %.",
                field,
                (("min", "0"), ("max", "100")),
            )
        )
    elif _places(number) > 4:
        errors.append(FieldError(ErrorCode.INVALID, "Rates have at most 4 decimal places.", field))
    else:
        return number.quantize(RATE_PLACES)
    return None


def check_month(errors: list[FieldError], value: Any, field: str = "month") -> date | None:
    """A required month, given as its first day."""
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    if not isinstance(value, date) or value.day != 1:
        errors.append(FieldError(ErrorCode.INVALID, "Give the first day of a month.", field))
        return None
    return value


def check_text(
    errors: list[FieldError], value: Any, field: str, maximum: int, *, required: bool = False
) -> str:
    text = (value or "").strip() if isinstance(value, str) or value is None else None
    if text is None:
        errors.append(FieldError(ErrorCode.INVALID, "Give a text.", field))
        return ""
    if required and not text:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
    elif len(text) > maximum:
        errors.append(
            FieldError(ErrorCode.INVALID, "At most {max} characters.", field, (("max", maximum),))
        )
    return text


def check_date(errors: list[FieldError], value: Any, field: str) -> date | None:
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    if not isinstance(value, date):
        errors.append(FieldError(ErrorCode.INVALID, "Give a date.", field))
        return None
    return value


def check_family(errors: list[FieldError], value: Any, field: str = "family") -> str | None:
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    if str(value) not in {f.value for f in ProductFamily}:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown product family.", field))
        return None
    return str(value)


def check_currency(errors: list[FieldError], value: Any, field: str = "currency") -> str | None:
    if value is None or not str(value).strip():
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    code = str(value).strip().upper()
    if code not in CURRENCIES:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown ISO 4217 currency code.", field))
        return None
    return code
