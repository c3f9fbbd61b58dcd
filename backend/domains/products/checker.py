"""The field-error collector every product check uses, and the number formats terms keep.

Each check appends a ``FieldError`` naming the camelCase path of the offending input
(``terms.deposit.rateTiers.0.rate``), so the console can put the message on the right field.
Numbers may arrive as ``Decimal`` (GraphQL inputs) or as the strings stored terms keep.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from backend.errors import ErrorCode, FieldError

RATE_MIN = Decimal("0")
RATE_MAX = Decimal("36")


def number(value: Any) -> Decimal | None:
    """A number given as Decimal, int or string (None and unreadable values → None)."""
    if value is None or isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def rate_str(value: Decimal) -> str:
    """Format a rate with 4 decimals."""
    return str(value.quantize(Decimal("0.0001")))


def money_str(value: Decimal) -> str:
    """Format an amount with 2 decimals."""
    return str(value.quantize(Decimal("0.01")))


class Checker:
    """Collects field errors under a path prefix."""

    def __init__(self, prefix: str = "", errors: list[FieldError] | None = None) -> None:
        self.prefix = prefix
        self.errors = errors if errors is not None else []

    def at(self, name: str | int) -> Checker:
        """A checker for a nested path."""
        return Checker(f"{self.prefix}.{name}" if self.prefix else str(name), self.errors)

    def path(self, name: str) -> str:
        """The camelCase input path of a field under this checker."""
        name = camel(name)
        if not name:
            return self.prefix
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(
        self, name: str, message: str, code: ErrorCode = ErrorCode.INVALID, **params: Any
    ) -> None:
        """Record a problem with one field."""
        self.errors.append(FieldError(code, message, self.path(name), tuple(params.items())))

    def required(self, data: dict[str, Any], name: str) -> Any:
        """Return a value, recording REQUIRED when it is missing."""
        value = data.get(name)
        if value is None or value == "" or value == []:
            self.fail(name, "This field is required.", ErrorCode.REQUIRED)
        return value

    def number(self, data: dict[str, Any], name: str, *, required: bool = True) -> Decimal | None:
        """A number (Decimal, int or numeric string), recording REQUIRED / INVALID problems."""
        raw = self.required(data, name) if required else data.get(name)
        value = number(raw)
        if raw is not None and raw != "" and value is None:
            self.fail(name, "Enter a number.")
        if value is not None and not value.is_finite():
            self.fail(name, "Enter a number.")
            return None
        return value

    def rate(self, data: dict[str, Any], name: str, *, required: bool = True) -> str | None:
        """Check a percentage rate within 0–36 %."""
        value = self.number(data, name, required=required)
        if value is None:
            return None
        if not RATE_MIN <= value <= RATE_MAX:
            self.fail(name, "Rate must be between {min} % and {max} %.", min="0", max="36")
        if value != value.quantize(Decimal("0.0001")):
            self.fail(name, "Rates have at most 4 decimal places.")
        return rate_str(value)

    def amount(
        self, data: dict[str, Any], name: str, *, required: bool = True, positive: bool = False
    ) -> str | None:
        """Check a non-negative money amount with at most 2 decimals."""
        value = self.number(data, name, required=required)
        if value is None:
            return None
        if value < 0 or (positive and value == 0):
            message = (
                "Amount must be greater than zero." if positive else "Amount must not be negative."
            )
            self.fail(name, message)
        elif value != value.quantize(Decimal("0.01")):
            self.fail(name, "Amounts have at most 2 decimal places.")
        return money_str(value)

    def integer(
        self, data: dict[str, Any], name: str, low: int, high: int, *, required: bool = True
    ) -> int | None:
        """Check a whole number within a range."""
        value = self.required(data, name) if required else data.get(name)
        if value is None:
            return None
        if not low <= value <= high:
            self.fail(name, "Must be between {low} and {high}.", low=low, high=high)
        return int(value)

    def ordered(self, low_name: str, low: Any, high_name: str, high: Any) -> None:
        """Check low ≤ high, naming the upper field."""
        if low is not None and high is not None and Decimal(str(low)) > Decimal(str(high)):
            self.fail(high_name, "Must not be less than {other}.", other=low_name)

    def text(self, data: dict[str, Any], name: str, max_length: int, *, required: bool) -> str:
        """Check a string's length."""
        value = (data.get(name) or "").strip()
        if required and not value:
            self.fail(name, "This field is required.", ErrorCode.REQUIRED)
        if len(value) > max_length:
            self.fail(name, "At most {max} characters.", max=max_length)
        return str(value)


def camel(name: str) -> str:
    """A snake_case field name as the camelCase input name."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
