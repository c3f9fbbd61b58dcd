"""Reference data that performance reads, each table declared once as a ``ReferenceTable``.

Known product costs per month, the funds transfer pricing (FTP) rate per currency, market
totals per family and month, and competitors' published rates (see ``backend.kernel.reference``).

Every change is validated (errors name the camelCase input field), runs in one transaction
with its audit event and needs the ``monitoring:write`` permission. Transfer rates and market
totals are *set*: entering the same currency and date (or family and month) again corrects the
entry. Costs and competitor rates are *created*: a second entry for the same key is refused as
DUPLICATE, so a correction is an update.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.queryset import QuerySet

from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import models
from backend.domains.monitoring.checks import (
    check_amount,
    check_currency,
    check_date,
    check_family,
    check_month,
    check_rate,
    check_text,
)
from backend.domains.monitoring.enums import CostCategory
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.products import models as product_models
from backend.domains.products.enums import SUBTYPES, ProductFamily
from backend.errors import ErrorCode, FieldError
from backend.kernel.clock import today
from backend.kernel.reference import ReferenceTable

#: Largest amounts the columns hold (20 and 24 digits with 2 decimals).
COST_MAX = Decimal("1e18")
MARKET_TOTAL_MAX = Decimal("1e22")
NOTE_MAX = 500
SOURCE_MAX = 200
COMPETITOR_MAX = 100
TERM_MONTHS_MAX = 600


# --- product costs --------------------------------------------------------------------------


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
    amount = check_amount(errors, data.get("amount"), "amount", COST_MAX)
    note = check_text(errors, data.get("note"), "note", NOTE_MAX)
    clean = {
        "product_id": product_id,
        "month": month,
        "category": str(category) if category is not None else None,
        "amount": amount,
        "note": note,
    }
    return clean, errors


def _duplicate_cost(clean: dict[str, Any]) -> FieldError:
    return FieldError(
        ErrorCode.DUPLICATE,
        "A {category} cost of this product for {month} is already recorded; update it.",
        "category",
        (("category", clean["category"]), ("month", clean["month"].strftime("%Y-%m"))),
    )


COSTS: ReferenceTable[models.ProductCost] = ReferenceTable(
    model=models.ProductCost,
    entity="productCost",
    fields=("id", "product_id", "month", "category", "amount", "note"),
    key=("product_id", "month", "category"),
    check=_check_cost,
    permission=perms.MONITORING_WRITE,
    audit=audit.record,
    missing="No such cost entry.",
    order_by=("-month", "product_id", "category", "id"),
    duplicate=_duplicate_cost,
    fixed=("product_id",),
)


async def record_cost(*, data: dict[str, Any], actor: Actor) -> models.ProductCost:
    """Record a known cost of a product in a month (one entry per product, month and category)."""
    return await COSTS.create(data=data, actor=actor, verb="record")


async def update_cost(*, cost_id: int, data: dict[str, Any], actor: Actor) -> models.ProductCost:
    """Change a cost entry; only the fields given (month, category, amount, note) change."""
    return await COSTS.update(pk=cost_id, data=data, actor=actor)


async def delete_cost(*, cost_id: int, actor: Actor) -> models.ProductCost:
    """Delete a cost entry; returns it as it was."""
    return await COSTS.delete(pk=cost_id, actor=actor)


def costs_query(
    *,
    product_id: int | None = None,
    category: str | None = None,
    month_from: date | None = None,
    month_to: date | None = None,
) -> QuerySet[models.ProductCost]:
    """Cost entries, newest month first."""
    return COSTS.query(
        product_id=product_id, category=category, month__gte=month_from, month__lte=month_to
    )


async def get_costs(*, ids: Sequence[int]) -> list[models.ProductCost]:
    """The cost entries with these ids."""
    return await COSTS.get_many(ids=ids)


# --- transfer rates -------------------------------------------------------------------------


async def _check_transfer_rate(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    clean = {
        "currency": check_currency(errors, data.get("currency")),
        "rate": check_rate(errors, data.get("rate")),
        "effective_from": check_date(errors, data.get("effective_from"), "effectiveFrom"),
    }
    return clean, errors


TRANSFER_RATES: ReferenceTable[models.TransferRate] = ReferenceTable(
    model=models.TransferRate,
    entity="transferRate",
    fields=("id", "currency", "rate", "effective_from"),
    key=("currency", "effective_from"),
    check=_check_transfer_rate,
    permission=perms.MONITORING_WRITE,
    audit=audit.record,
    missing="No such transfer rate.",
    order_by=("currency", "-effective_from", "id"),
    race=FieldError(
        ErrorCode.CONFLICT, "Someone else entered the same rate meanwhile; reload.", "effectiveFrom"
    ),
)


async def set_transfer_rate(*, data: dict[str, Any], actor: Actor) -> models.TransferRate:
    """Set the FTP rate of a currency from a date; the same currency and date again corrects
    that entry (earlier and later entries stay as they are)."""
    return await TRANSFER_RATES.put(data=data, actor=actor)


async def delete_transfer_rate(*, rate_id: int, actor: Actor) -> models.TransferRate:
    """Delete an FTP rate entry; returns it as it was."""
    return await TRANSFER_RATES.delete(pk=rate_id, actor=actor)


def transfer_rates_query(*, currency: str | None = None) -> QuerySet[models.TransferRate]:
    """FTP rate entries by currency, the newest first within each."""
    return TRANSFER_RATES.query(currency=currency.strip().upper() if currency else None)


async def get_transfer_rates(*, ids: Sequence[int]) -> list[models.TransferRate]:
    """The FTP rate entries with these ids."""
    return await TRANSFER_RATES.get_many(ids=ids)


async def transfer_rates_on(*, day: date) -> dict[str, models.TransferRate]:
    """Currency → the FTP rate entry in force on a day (the latest effective on or before it)."""
    rows = await models.TransferRate.filter(effective_from__lte=day).order_by(
        "currency", "effective_from", "id"
    )
    return {row.currency: row for row in rows}


# --- market totals --------------------------------------------------------------------------


async def _check_market_total(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    clean = {
        "family": check_family(errors, data.get("family")),
        "month": check_month(errors, data.get("month")),
        "amount": check_amount(errors, data.get("amount"), "amount", MARKET_TOTAL_MAX),
        "source": check_text(errors, data.get("source"), "source", SOURCE_MAX),
    }
    return clean, errors


MARKET_TOTALS: ReferenceTable[models.MarketTotal] = ReferenceTable(
    model=models.MarketTotal,
    entity="marketTotal",
    fields=("id", "family", "month", "amount", "source"),
    key=("family", "month"),
    check=_check_market_total,
    permission=perms.MONITORING_WRITE,
    audit=audit.record,
    missing="No such market total.",
    order_by=("-month", "family", "id"),
    race=FieldError(
        ErrorCode.CONFLICT, "Someone else entered the same total meanwhile; reload.", "month"
    ),
)


async def set_market_total(*, data: dict[str, Any], actor: Actor) -> models.MarketTotal:
    """Set the whole market's balance of a product family in a month (CNY); the same family and
    month again corrects the entry."""
    return await MARKET_TOTALS.put(data=data, actor=actor)


async def delete_market_total(*, total_id: int, actor: Actor) -> models.MarketTotal:
    """Delete a market total entry; returns it as it was."""
    return await MARKET_TOTALS.delete(pk=total_id, actor=actor)


def market_totals_query(*, family: str | None = None) -> QuerySet[models.MarketTotal]:
    """Market totals, newest month first."""
    return MARKET_TOTALS.query(family=family)


async def get_market_totals(*, ids: Sequence[int]) -> list[models.MarketTotal]:
    """The market totals with these ids."""
    return await MARKET_TOTALS.get_many(ids=ids)


# --- competitor rates -----------------------------------------------------------------------


async def _check_competitor(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    competitor = check_text(
        errors, data.get("competitor"), "competitor", COMPETITOR_MAX, required=True
    )
    family = check_family(errors, data.get("family"))
    subtype = data.get("subtype")
    if subtype is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "This field is required.", "subtype"))
    elif family is not None and str(subtype) not in {
        s.value for s in SUBTYPES[ProductFamily(family)]
    }:
        errors.append(
            FieldError(
                MonitoringErrorCode.SUBTYPE_NOT_IN_FAMILY,
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
    observed_on = check_date(errors, data.get("observed_on"), "observedOn")
    if observed_on is not None and observed_on > today():
        errors.append(
            FieldError(
                MonitoringErrorCode.OBSERVED_DATE_IN_FUTURE,
                "The observation date cannot be in the future.",
                "observedOn",
            )
        )
    source = check_text(errors, data.get("source"), "source", SOURCE_MAX)
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


COMPETITOR_RATES: ReferenceTable[models.CompetitorRate] = ReferenceTable(
    model=models.CompetitorRate,
    entity="competitorRate",
    fields=(
        "id",
        "competitor",
        "family",
        "subtype",
        "term_months",
        "rate",
        "observed_on",
        "source",
    ),
    key=("competitor", "family", "subtype", "term_months", "observed_on"),
    check=_check_competitor,
    permission=perms.MONITORING_WRITE,
    audit=audit.record,
    missing="No such competitor rate.",
    order_by=("family", "subtype", "term_months", "-observed_on", "competitor", "id"),
    duplicate=lambda clean: FieldError(
        ErrorCode.DUPLICATE,
        "This competitor's rate for the same kind, term and day is already recorded.",
        "observedOn",
    ),
)


async def create_competitor_rate(*, data: dict[str, Any], actor: Actor) -> models.CompetitorRate:
    """Record a competitor's published rate for a kind of product (and term) seen on a day."""
    return await COMPETITOR_RATES.create(data=data, actor=actor)


async def update_competitor_rate(
    *, rate_id: int, data: dict[str, Any], actor: Actor
) -> models.CompetitorRate:
    """Change a competitor rate entry; only the fields given change (termMonths may be
    cleared with null)."""
    return await COMPETITOR_RATES.update(pk=rate_id, data=data, actor=actor)


async def delete_competitor_rate(*, rate_id: int, actor: Actor) -> models.CompetitorRate:
    """Delete a competitor rate entry; returns it as it was."""
    return await COMPETITOR_RATES.delete(pk=rate_id, actor=actor)


def competitor_rates_query(
    *,
    family: str | None = None,
    subtype: str | None = None,
    competitor: str | None = None,
) -> QuerySet[models.CompetitorRate]:
    """Competitor rates by kind of product and term, the latest observation first."""
    return COMPETITOR_RATES.query(
        family=family,
        subtype=subtype,
        competitor__icontains=competitor.strip() if competitor else None,
    )


async def get_competitor_rates(*, ids: Sequence[int]) -> list[models.CompetitorRate]:
    """The competitor rate entries with these ids."""
    return await COMPETITOR_RATES.get_many(ids=ids)
