"""Exchange rates: CNY per unit of each currency, effective-dated reference data.

One ``ReferenceTable``: a rate applies from its ``effective_from`` until the currency's next
entry; setting the same currency and date again corrects that entry, history is never
overwritten otherwise. Changes need ``fx_rate:write`` (risk officers) and are audited as
``fxRate.set`` / ``fxRate.delete``. CNY is the base currency (1 by definition, no entry).

Every cross-currency total converts through ``rate_book()`` (a ``kernel.fx.RateBook``) at the
rate in force on its business date; ``require_rate`` refuses a currency with no rate in force
(``FX_RATE_MISSING``) wherever money in that currency enters the system.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.queryset import QuerySet

from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.products import models
from backend.domains.products.rules import CURRENCIES
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import fx
from backend.kernel.reference import ReferenceTable

#: Largest CNY per unit accepted, and the decimals kept (the column holds 12 + 6 digits).
RATE_MAX = Decimal("1000000")
RATE_PLACES = 6

#: Indicative mid rates (CNY per unit) that a new installation or the demo starts from, for
#: every currency ``products.rules.CURRENCIES`` allows; risk officers keep them current.
INDICATIVE_RATES: dict[str, Decimal] = {
    "USD": Decimal("7.10"),
    "EUR": Decimal("7.80"),
    "GBP": Decimal("9.00"),
    "JPY": Decimal("0.048"),
    "HKD": Decimal("0.91"),
    "AUD": Decimal("4.70"),
    "CAD": Decimal("5.20"),
    "CHF": Decimal("8.10"),
    "SGD": Decimal("5.30"),
    "NZD": Decimal("4.30"),
    "KRW": Decimal("0.0052"),
    "THB": Decimal("0.20"),
    "MOP": Decimal("0.88"),
    "RUB": Decimal("0.078"),
    "SEK": Decimal("0.68"),
    "NOK": Decimal("0.66"),
    "DKK": Decimal("1.05"),
    "ZAR": Decimal("0.39"),
    "AED": Decimal("1.93"),
    "SAR": Decimal("1.89"),
    "MYR": Decimal("1.55"),
}
#: The day the indicative rates apply from (before any business date the demo covers).
INDICATIVE_FROM = date(2000, 1, 1)


async def _check(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    currency = str(data.get("currency") or "").strip().upper()
    if not currency:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "currency"))
    elif currency not in CURRENCIES:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown ISO 4217 currency code.", "currency"))
    elif currency == fx.BASE:
        errors.append(
            FieldError(
                ErrorCode.INVALID, "CNY is the base currency: its rate is always 1.", "currency"
            )
        )
    rate = data.get("rate")
    clean_rate: Decimal | None = None
    if rate is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "rate"))
    else:
        try:
            clean_rate = Decimal(str(rate))
        except InvalidOperation:
            clean_rate = None
        if (
            clean_rate is None
            or not clean_rate.is_finite()
            or not Decimal(0) < clean_rate <= RATE_MAX
            or clean_rate.as_tuple().exponent < -RATE_PLACES  # type: ignore[operator]
        ):
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "A rate is CNY per unit, above 0 and at most {max}, with at most {places} decimals.",
                    "rate",
                    (("max", str(RATE_MAX)), ("places", RATE_PLACES)),
                )
            )
            clean_rate = None
    effective_from = data.get("effective_from")
    if effective_from is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "effectiveFrom"))
    elif not isinstance(effective_from, date):
        errors.append(FieldError(ErrorCode.INVALID, "Give a date.", "effectiveFrom"))
    clean = {"currency": currency, "rate": clean_rate, "effective_from": effective_from}
    return clean, errors


FX_RATES: ReferenceTable[models.FxRate] = ReferenceTable(
    model=models.FxRate,
    entity="fxRate",
    fields=("id", "currency", "rate", "effective_from"),
    key=("currency", "effective_from"),
    check=_check,
    permission=perms.FX_RATE_WRITE,
    audit=audit.record,
    missing="No such exchange rate.",
    order_by=("currency", "-effective_from", "id"),
    race=FieldError(
        ErrorCode.CONFLICT,
        "Someone else entered the same exchange rate meanwhile; reload.",
        "effectiveFrom",
    ),
)


async def set_fx_rate(*, data: dict[str, Any], actor: Actor) -> models.FxRate:
    """Set a currency's CNY rate from a date; the same currency and date again corrects that
    entry (earlier and later entries stay as they are)."""
    return await FX_RATES.put(data=data, actor=actor)


async def delete_fx_rate(*, rate_id: int, actor: Actor) -> models.FxRate:
    """Delete an exchange rate entry; returns it as it was."""
    return await FX_RATES.delete(pk=rate_id, actor=actor)


def fx_rates_query(*, currency: str | None = None) -> QuerySet[models.FxRate]:
    """Exchange rate entries by currency, the newest first within each."""
    return FX_RATES.query(currency=currency.strip().upper() if currency else None)


async def get_fx_rates(*, ids: Sequence[int]) -> list[models.FxRate]:
    """The exchange rate entries with these ids."""
    return await FX_RATES.get_many(ids=ids)


async def rate_book() -> fx.RateBook:
    """Every currency's rates, for conversions on any day (the table is small)."""
    rows = await models.FxRate.all().values_list("currency", "effective_from", "rate")
    return fx.RateBook.of((c, d, Decimal(str(r))) for c, d, r in rows)


async def rate_on(*, currency: str, day: date) -> Decimal:
    """CNY per unit of a currency in force on a day; none is an FX_RATE_MISSING error."""
    return (await rate_book()).rate(currency, day)


async def require_rate(*, currency: str, day: date, field: str | None = "currency") -> None:
    """Refuse money in a currency that has no rate in force on the day (FX_RATE_MISSING on
    ``field``), so no total ever meets it."""
    book = await rate_book()
    if book.find(currency, day) is None:
        raise DomainError(fx.missing_rate(currency, day, field))


async def rate_errors(
    *, currency: str | None, day: date, field: str | None = "currency"
) -> list[FieldError]:
    """FX_RATE_MISSING for a currency with no rate in force on the day (none for CNY, none
    for a currency that is already refused as unknown)."""
    if not currency or currency not in CURRENCIES:
        return []
    book = await rate_book()
    return [] if book.find(currency, day) is not None else [fx.missing_rate(currency, day, field)]


async def missing_rates(*, currencies: Iterable[str], day: date) -> list[str]:
    """The currencies among these that have no rate in force on the day."""
    book = await rate_book()
    return sorted({c for c in currencies if book.find(c, day) is None})


async def seed_indicative_rates() -> int:
    """Enter the indicative rate of every currency that has no entry yet (a new installation,
    the demo); returns how many were entered. Entries that exist are left alone."""
    have = {c for (c,) in await models.FxRate.all().values_list("currency")}
    rows = [
        models.FxRate(currency=c, rate=r, effective_from=INDICATIVE_FROM)
        for c, r in INDICATIVE_RATES.items()
        if c not in have
    ]
    await models.FxRate.bulk_create(rows)
    return len(rows)
