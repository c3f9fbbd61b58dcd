"""Reference data that performance evaluation reads: known product costs per month, the funds
transfer pricing (FTP) rate per currency, market totals per family and month, and competitors'
published rates.

Every change is validated (errors name the camelCase input field), runs in one transaction
with its audit event and needs the ``monitoring:write`` permission. Transfer rates and market
totals are *set*: entering the same currency and date (or family and month) again corrects the
entry. Costs and competitor rates are *created*: a second entry for the same key is refused as
DUPLICATE, so a correction is an update.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import models
from backend.domains.monitoring.enums import CostCategory
from backend.domains.products import models as product_models
from backend.domains.products.enums import SUBTYPES, ProductFamily
from backend.domains.products.rules import CURRENCIES
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.clock import today
from backend.kernel.guards import raise_if, require

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
RATE_MIN, RATE_MAX = Decimal("0"), Decimal("100")
#: Largest amounts the columns hold (20 and 24 digits with 2 decimals).
COST_MAX = Decimal("1e18")
MARKET_TOTAL_MAX = Decimal("1e22")
NOTE_MAX = 500
SOURCE_MAX = 200
COMPETITOR_MAX = 100
TERM_MONTHS_MAX = 600


# --- validation helpers ---------------------------------------------------------------------


def _user_id(actor: Actor) -> int | None:
    return actor.id if actor.type.value == "USER" else None


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
    errors: list[FieldError], value: Any, field: str, maximum: Decimal = COST_MAX
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


def _check_text(
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


def _check_date(errors: list[FieldError], value: Any, field: str) -> date | None:
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    if not isinstance(value, date):
        errors.append(FieldError(ErrorCode.INVALID, "Give a date.", field))
        return None
    return value


def _check_family(errors: list[FieldError], value: Any, field: str = "family") -> str | None:
    if value is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    if str(value) not in {f.value for f in ProductFamily}:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown product family.", field))
        return None
    return str(value)


def _snapshot(row: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


# --- product costs --------------------------------------------------------------------------

COST_FIELDS = ("id", "product_id", "month", "category", "amount", "note")


async def _check_cost(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    product_id = data.get("product_id")
    if product_id is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "productId"))
    elif not await product_models.Product.filter(id=product_id).exists():
        errors.append(FieldError(ErrorCode.NOT_FOUND, "No such product.", "productId"))
    month = check_month(errors, data.get("month"))
    category = data.get("category")
    if category is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "category"))
    elif str(category) not in {c.value for c in CostCategory}:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown cost category.", "category"))
    amount = check_amount(errors, data.get("amount"), "amount")
    note = _check_text(errors, data.get("note"), "note", NOTE_MAX)
    clean = {
        "product_id": product_id,
        "month": month,
        "category": str(category) if category is not None else None,
        "amount": amount,
        "note": note,
    }
    return clean, errors


async def _refuse_duplicate_cost(clean: dict[str, Any], exclude_id: int | None = None) -> None:
    query = models.ProductCost.filter(
        product_id=clean["product_id"], month=clean["month"], category=clean["category"]
    )
    if exclude_id is not None:
        query = query.exclude(id=exclude_id)
    if await query.exists():
        raise DomainError.single(
            ErrorCode.DUPLICATE,
            "A {category} cost of this product for {month} is already recorded; update it.",
            "category",
            category=clean["category"],
            month=clean["month"].strftime("%Y-%m"),
        )


async def record_cost(*, data: dict[str, Any], actor: Actor) -> models.ProductCost:
    """Record a known cost of a product in a month (one entry per product, month and category)."""
    require(actor, perms.MONITORING_WRITE)
    clean, errors = await _check_cost(data)
    raise_if(errors)
    async with db.transaction():
        await _refuse_duplicate_cost(clean)
        row = await models.ProductCost.create(**clean, created_by_id=_user_id(actor))
        await audit.record(
            actor=actor,
            action="productCost.record",
            object_type="ProductCost",
            object_id=row.id,
            after=_snapshot(row, COST_FIELDS),
        )
    return row


async def _get_cost(cost_id: int) -> models.ProductCost:
    row = await models.ProductCost.get_or_none(id=cost_id)
    if row is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such cost entry.", "id")
    return row


async def update_cost(*, cost_id: int, data: dict[str, Any], actor: Actor) -> models.ProductCost:
    """Change a cost entry; only the fields given (month, category, amount, note) change."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await _get_cost(cost_id)
        before = _snapshot(row, COST_FIELDS)
        merged = {**before, **{k: v for k, v in data.items() if k in COST_FIELDS}}
        merged["product_id"] = row.product_id
        clean, errors = await _check_cost(merged)
        raise_if(errors)
        await _refuse_duplicate_cost(clean, exclude_id=row.id)
        await models.ProductCost.filter(id=row.id).update(**clean)
        for name, value in clean.items():
            setattr(row, name, value)
        await audit.record(
            actor=actor,
            action="productCost.update",
            object_type="ProductCost",
            object_id=row.id,
            before=before,
            after=_snapshot(row, COST_FIELDS),
        )
    return row


async def delete_cost(*, cost_id: int, actor: Actor) -> models.ProductCost:
    """Delete a cost entry; returns it as it was."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await _get_cost(cost_id)
        await models.ProductCost.filter(id=row.id).delete()
        await audit.record(
            actor=actor,
            action="productCost.delete",
            object_type="ProductCost",
            object_id=row.id,
            before=_snapshot(row, COST_FIELDS),
        )
    return row


def costs_query(
    *,
    product_id: int | None = None,
    category: str | None = None,
    month_from: date | None = None,
    month_to: date | None = None,
) -> QuerySet[models.ProductCost]:
    """Cost entries, newest month first."""
    query = models.ProductCost.all()
    if product_id is not None:
        query = query.filter(product_id=product_id)
    if category is not None:
        query = query.filter(category=category)
    if month_from is not None:
        query = query.filter(month__gte=month_from)
    if month_to is not None:
        query = query.filter(month__lte=month_to)
    return query.order_by("-month", "product_id", "category", "id")


async def get_costs(*, ids: Sequence[int]) -> list[models.ProductCost]:
    """The cost entries with these ids."""
    return await models.ProductCost.filter(id__in=list(ids))


# --- transfer rates -------------------------------------------------------------------------

TRANSFER_FIELDS = ("id", "currency", "rate", "effective_from")


def _check_currency(errors: list[FieldError], value: Any, field: str = "currency") -> str | None:
    if value is None or not str(value).strip():
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", field))
        return None
    code = str(value).strip().upper()
    if code not in CURRENCIES:
        errors.append(FieldError(ErrorCode.INVALID, "Unknown ISO 4217 currency code.", field))
        return None
    return code


async def set_transfer_rate(*, data: dict[str, Any], actor: Actor) -> models.TransferRate:
    """Set the FTP rate of a currency from a date; the same currency and date again corrects
    that entry (earlier and later entries stay as they are)."""
    require(actor, perms.MONITORING_WRITE)
    errors: list[FieldError] = []
    currency = _check_currency(errors, data.get("currency"))
    rate = check_rate(errors, data.get("rate"))
    effective_from = _check_date(errors, data.get("effective_from"), "effectiveFrom")
    raise_if(errors)
    async with db.transaction():
        row = await models.TransferRate.get_or_none(
            currency=currency, effective_from=effective_from
        )
        before = _snapshot(row, TRANSFER_FIELDS) if row else None
        if row is None:
            try:
                row = await models.TransferRate.create(
                    currency=currency,
                    rate=rate,
                    effective_from=effective_from,
                    created_by_id=_user_id(actor),
                )
            except IntegrityError as exc:
                raise DomainError.single(
                    ErrorCode.CONFLICT,
                    "Someone else entered the same rate meanwhile; reload.",
                    "effectiveFrom",
                ) from exc
        else:
            await models.TransferRate.filter(id=row.id).update(rate=rate)
            row.rate = rate  # type: ignore[assignment]
        await audit.record(
            actor=actor,
            action="transferRate.set",
            object_type="TransferRate",
            object_id=row.id,
            before=before,
            after=_snapshot(row, TRANSFER_FIELDS),
        )
    return row


async def delete_transfer_rate(*, rate_id: int, actor: Actor) -> models.TransferRate:
    """Delete an FTP rate entry; returns it as it was."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await models.TransferRate.get_or_none(id=rate_id)
        if row is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such transfer rate.", "id")
        await models.TransferRate.filter(id=row.id).delete()
        await audit.record(
            actor=actor,
            action="transferRate.delete",
            object_type="TransferRate",
            object_id=row.id,
            before=_snapshot(row, TRANSFER_FIELDS),
        )
    return row


def transfer_rates_query(*, currency: str | None = None) -> QuerySet[models.TransferRate]:
    """FTP rate entries by currency, the newest first within each."""
    query = models.TransferRate.all()
    if currency:
        query = query.filter(currency=currency.strip().upper())
    return query.order_by("currency", "-effective_from", "id")


async def get_transfer_rates(*, ids: Sequence[int]) -> list[models.TransferRate]:
    """The FTP rate entries with these ids."""
    return await models.TransferRate.filter(id__in=list(ids))


async def transfer_rates_on(*, day: date) -> dict[str, models.TransferRate]:
    """Currency → the FTP rate entry in force on a day (the latest effective on or before it)."""
    rows = await models.TransferRate.filter(effective_from__lte=day).order_by(
        "currency", "effective_from", "id"
    )
    return {row.currency: row for row in rows}


# --- market totals --------------------------------------------------------------------------

MARKET_FIELDS = ("id", "family", "month", "amount", "source")


async def set_market_total(*, data: dict[str, Any], actor: Actor) -> models.MarketTotal:
    """Set the whole market's balance of a product family in a month (CNY); the same family and
    month again corrects the entry."""
    require(actor, perms.MONITORING_WRITE)
    errors: list[FieldError] = []
    family = _check_family(errors, data.get("family"))
    month = check_month(errors, data.get("month"))
    amount = check_amount(errors, data.get("amount"), "amount", MARKET_TOTAL_MAX)
    source = _check_text(errors, data.get("source"), "source", SOURCE_MAX)
    raise_if(errors)
    async with db.transaction():
        row = await models.MarketTotal.get_or_none(family=family, month=month)
        before = _snapshot(row, MARKET_FIELDS) if row else None
        if row is None:
            try:
                row = await models.MarketTotal.create(
                    family=family,
                    month=month,
                    amount=amount,
                    source=source,
                    created_by_id=_user_id(actor),
                )
            except IntegrityError as exc:
                raise DomainError.single(
                    ErrorCode.CONFLICT,
                    "Someone else entered the same total meanwhile; reload.",
                    "month",
                ) from exc
        else:
            await models.MarketTotal.filter(id=row.id).update(amount=amount, source=source)
            row.amount, row.source = amount, source  # type: ignore[assignment]
        await audit.record(
            actor=actor,
            action="marketTotal.set",
            object_type="MarketTotal",
            object_id=row.id,
            before=before,
            after=_snapshot(row, MARKET_FIELDS),
        )
    return row


async def delete_market_total(*, total_id: int, actor: Actor) -> models.MarketTotal:
    """Delete a market total entry; returns it as it was."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await models.MarketTotal.get_or_none(id=total_id)
        if row is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such market total.", "id")
        await models.MarketTotal.filter(id=row.id).delete()
        await audit.record(
            actor=actor,
            action="marketTotal.delete",
            object_type="MarketTotal",
            object_id=row.id,
            before=_snapshot(row, MARKET_FIELDS),
        )
    return row


def market_totals_query(*, family: str | None = None) -> QuerySet[models.MarketTotal]:
    """Market totals, newest month first."""
    query = models.MarketTotal.all()
    if family:
        query = query.filter(family=family)
    return query.order_by("-month", "family", "id")


async def get_market_totals(*, ids: Sequence[int]) -> list[models.MarketTotal]:
    """The market totals with these ids."""
    return await models.MarketTotal.filter(id__in=list(ids))


# --- competitor rates -----------------------------------------------------------------------

COMPETITOR_FIELDS = (
    "id",
    "competitor",
    "family",
    "subtype",
    "term_months",
    "rate",
    "observed_on",
    "source",
)


def _check_competitor(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    competitor = _check_text(
        errors, data.get("competitor"), "competitor", COMPETITOR_MAX, required=True
    )
    family = _check_family(errors, data.get("family"))
    subtype = data.get("subtype")
    if subtype is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "subtype"))
    elif family is not None and str(subtype) not in {
        s.value for s in SUBTYPES[ProductFamily(family)]
    }:
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "Subtype {subtype} does not belong to family {family}.",
                "subtype",
                (("subtype", str(subtype)), ("family", family)),
            )
        )
    term = data.get("term_months")
    if term is not None and (
        not isinstance(term, int) or isinstance(term, bool) or not 1 <= term <= TERM_MONTHS_MAX
    ):
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "A term is 1 to {max} months.",
                "termMonths",
                (("max", TERM_MONTHS_MAX),),
            )
        )
    rate = check_rate(errors, data.get("rate"))
    observed_on = _check_date(errors, data.get("observed_on"), "observedOn")
    if observed_on is not None and observed_on > today():
        errors.append(
            FieldError(
                ErrorCode.INVALID, "The observation date cannot be in the future.", "observedOn"
            )
        )
    source = _check_text(errors, data.get("source"), "source", SOURCE_MAX)
    clean = {
        "competitor": competitor,
        "family": family,
        "subtype": str(subtype) if subtype is not None else None,
        "term_months": term,
        "rate": rate,
        "observed_on": observed_on,
        "source": source,
    }
    return clean, errors


async def _refuse_duplicate_competitor(
    clean: dict[str, Any], exclude_id: int | None = None
) -> None:
    query = models.CompetitorRate.filter(
        competitor=clean["competitor"],
        family=clean["family"],
        subtype=clean["subtype"],
        observed_on=clean["observed_on"],
    )
    query = (
        query.filter(term_months__isnull=True)
        if clean["term_months"] is None
        else query.filter(term_months=clean["term_months"])
    )
    if exclude_id is not None:
        query = query.exclude(id=exclude_id)
    if await query.exists():
        raise DomainError.single(
            ErrorCode.DUPLICATE,
            "This competitor's rate for the same kind, term and day is already recorded.",
            "observedOn",
        )


async def create_competitor_rate(*, data: dict[str, Any], actor: Actor) -> models.CompetitorRate:
    """Record a competitor's published rate for a kind of product (and term) seen on a day."""
    require(actor, perms.MONITORING_WRITE)
    clean, errors = _check_competitor(data)
    raise_if(errors)
    async with db.transaction():
        await _refuse_duplicate_competitor(clean)
        row = await models.CompetitorRate.create(**clean, created_by_id=_user_id(actor))
        await audit.record(
            actor=actor,
            action="competitorRate.create",
            object_type="CompetitorRate",
            object_id=row.id,
            after=_snapshot(row, COMPETITOR_FIELDS),
        )
    return row


async def _get_competitor_rate(rate_id: int) -> models.CompetitorRate:
    row = await models.CompetitorRate.get_or_none(id=rate_id)
    if row is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such competitor rate.", "id")
    return row


async def update_competitor_rate(
    *, rate_id: int, data: dict[str, Any], actor: Actor
) -> models.CompetitorRate:
    """Change a competitor rate entry; only the fields given change (termMonths may be
    cleared with null)."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await _get_competitor_rate(rate_id)
        before = _snapshot(row, COMPETITOR_FIELDS)
        merged = {**before, **{k: v for k, v in data.items() if k in COMPETITOR_FIELDS}}
        clean, errors = _check_competitor(merged)
        raise_if(errors)
        await _refuse_duplicate_competitor(clean, exclude_id=row.id)
        await models.CompetitorRate.filter(id=row.id).update(**clean)
        for name, value in clean.items():
            setattr(row, name, value)
        await audit.record(
            actor=actor,
            action="competitorRate.update",
            object_type="CompetitorRate",
            object_id=row.id,
            before=before,
            after=_snapshot(row, COMPETITOR_FIELDS),
        )
    return row


async def delete_competitor_rate(*, rate_id: int, actor: Actor) -> models.CompetitorRate:
    """Delete a competitor rate entry; returns it as it was."""
    require(actor, perms.MONITORING_WRITE)
    async with db.transaction():
        row = await _get_competitor_rate(rate_id)
        await models.CompetitorRate.filter(id=row.id).delete()
        await audit.record(
            actor=actor,
            action="competitorRate.delete",
            object_type="CompetitorRate",
            object_id=row.id,
            before=_snapshot(row, COMPETITOR_FIELDS),
        )
    return row


def competitor_rates_query(
    *,
    family: str | None = None,
    subtype: str | None = None,
    competitor: str | None = None,
) -> QuerySet[models.CompetitorRate]:
    """Competitor rates by kind of product and term, the latest observation first."""
    query = models.CompetitorRate.all()
    if family:
        query = query.filter(family=family)
    if subtype:
        query = query.filter(subtype=subtype)
    if competitor:
        query = query.filter(competitor__icontains=competitor.strip())
    return query.order_by("family", "subtype", "term_months", "-observed_on", "competitor", "id")


async def get_competitor_rates(*, ids: Sequence[int]) -> list[models.CompetitorRate]:
    """The competitor rate entries with these ids."""
    return await models.CompetitorRate.filter(id__in=list(ids))
