"""Currency conversion at effective-dated exchange rates.

The rates are reference data (``products.fx_rates``: currency, CNY per unit, effective from);
a ``RateBook`` is a snapshot of them that converts at the rate in force on a day — the entry
with the latest ``effective_from`` on or before it, until the next one. CNY is the base
currency (1 by definition). A currency with no rate in force is an ``FX_RATE_MISSING`` error,
never rate 1: every cross-currency total in every domain converts through a ``RateBook``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from backend.errors import DomainError, ErrorCode, FieldError

BASE = "CNY"


def missing_rate(currency: str, day: date, field_name: str | None = "currency") -> FieldError:
    """The error for a currency without a rate in force on a day."""
    return FieldError(
        ErrorCode.FX_RATE_MISSING,
        "No exchange rate for {currency} is in force on {day}.",
        field_name,
        (("currency", currency), ("day", day.isoformat())),
    )


@dataclass(frozen=True)
class RateBook:
    """Effective-dated CNY rates per currency: ``(effective_from, rate)`` oldest first."""

    entries: Mapping[str, tuple[tuple[date, Decimal], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, date, Decimal]]) -> RateBook:
        """A book from (currency, effective_from, CNY per unit) rows in any order."""
        grouped: dict[str, list[tuple[date, Decimal]]] = {}
        for currency, effective_from, rate in rows:
            grouped.setdefault(currency, []).append((effective_from, Decimal(str(rate))))
        return cls({c: tuple(sorted(v, key=lambda e: e[0])) for c, v in grouped.items()})

    def find(self, currency: str, day: date) -> Decimal | None:
        """CNY per unit of the currency in force on the day, or None."""
        if currency == BASE:
            return Decimal(1)
        dated = self.entries.get(currency, ())
        index = bisect_right([d for d, _ in dated], day)
        return dated[index - 1][1] if index else None

    def rate(self, currency: str, day: date, field_name: str | None = "currency") -> Decimal:
        """CNY per unit in force on the day; none in force is an FX_RATE_MISSING error."""
        found = self.find(currency, day)
        if found is None:
            raise DomainError(missing_rate(currency, day, field_name))
        return found

    def require(self, currencies: Iterable[str], day: date) -> None:
        """Refuse (FX_RATE_MISSING, one entry per currency) unless every one has a rate."""
        missing = sorted({c for c in currencies if self.find(c, day) is None})
        if missing:
            raise DomainError(*(missing_rate(c, day) for c in missing))

    def to_cny(self, amount: Decimal, currency: str, day: date) -> Decimal:
        """The amount in CNY at the day's rate, unrounded (round once where a total leaves)."""
        return amount * self.rate(currency, day)

    def convert(self, amount: Decimal, source: str, target: str, day: date) -> Decimal:
        """The amount in another currency at the day's rates, through CNY, unrounded."""
        if source == target:
            return amount
        return self.to_cny(amount, source, day) / self.rate(target, day)

    def total_cny(self, amounts: Iterable[tuple[Decimal, str, date]]) -> Decimal:
        """The sum in CNY of (amount, currency, day) — each at its own day's rate, unrounded."""
        return sum((self.to_cny(a, c, d) for a, c, d in amounts), Decimal(0))

    def sql_case(
        self,
        column: str,
        *,
        start: date,
        end: date,
        currencies: Iterable[str],
        literal: Callable[[Decimal], str] = str,
        date_column: str | None = None,
    ) -> str:
        """A SQL CASE giving the CNY rate of a currency column: at the rate in force on
        ``end``, or with ``date_column`` at the rate in force on each row's date between
        ``start`` and ``end``. Every currency the query can meet must have a rate in force
        from ``start`` on (refused here, so the SQL never guesses); ``literal`` writes a
        rate as the dialect needs it."""
        wanted = sorted({c for c in currencies if c != BASE})
        self.require(wanted, start)
        whens = [f"WHEN {column} = '{BASE}' THEN {literal(Decimal(1))}"]
        for currency in wanted:
            if not currency.isalpha():
                continue
            if date_column is None:
                whens.append(
                    f"WHEN {column} = '{currency}' THEN {literal(self.rate(currency, end))}"
                )
                continue
            # newest first: the first entry on or before the row's date is the one in force
            for effective_from, rate in reversed(self.entries[currency]):
                if effective_from > end:
                    continue
                if effective_from > start:
                    whens.append(
                        f"WHEN {column} = '{currency}' AND {date_column} >= "
                        f"'{effective_from.isoformat()}' THEN {literal(rate)}"
                    )
                    continue
                whens.append(f"WHEN {column} = '{currency}' THEN {literal(rate)}")
                break
        return f"(CASE {' '.join(whens)} END)"
