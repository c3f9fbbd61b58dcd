"""Calculator quotes for a stored product: load the product and its terms in force today,
check it is of the calculator's family (and, for the public catalog, in the catalog), and run
the pure calculator (``calculators``). Reads only: nothing is written or audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products import benchmarks, calculators, models, service, terms_upgrade
from backend.domains.products.conditions import Circumstances
from backend.domains.products.enums import (
    Channel,
    LoanRateType,
    LprTenor,
    ProductFamily,
    RepaymentMethod,
)
from backend.domains.products.errors import ProductErrorCode
from backend.domains.products.schedules import Prepayment
from backend.domains.products.terms import terms_in_force
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.money import as_decimal


def _shape2(family: ProductFamily, terms: dict[str, Any]) -> dict[str, Any]:
    """Stored terms in shape 2 (a row the migration has not reached is upgraded on the way)."""
    return terms_upgrade.upgrade(family, terms)


async def _product(
    product_id: int | None, family: ProductFamily, *, catalog: bool, channel: Channel | None
) -> tuple[models.Product, dict[str, Any]]:
    """The product and its shape-2 terms in force today; NOT_FOUND for an unknown product (or,
    from the catalog, one not in it: the public catalog does not tell the two apart)."""
    day = clock.today()
    product = await models.Product.get_or_none(id=product_id) if product_id else None
    if product is not None and catalog:
        listed = service.catalog_query(channel=channel, day=day).filter(id=product.id)
        product = product if await listed.exists() else None
    if product is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "productId")
    if product.family != family:
        raise DomainError.single(
            ProductErrorCode.WRONG_FAMILY,
            "This calculator is for {family} products.",
            "productId",
            family=family.value,
        )
    (row,) = await terms_in_force(keys=[(product.id, day)])
    terms = _shape2(family, row.terms) if row is not None else None
    if not terms or not terms_upgrade.is_current(terms):
        raise DomainError.single(
            ErrorCode.INVALID,
            "The product has no terms in force today in a form the calculator reads.",
            "productId",
        )
    return product, terms


def _fees(product: models.Product) -> list[dict[str, Any]]:
    return list(product.fees or [])


def _bound(value: Any) -> Decimal | None:
    return None if value is None else as_decimal(value)


async def loan_schedule(
    *,
    product_id: int | None,
    amount: Decimal,
    term_months: int,
    method: RepaymentMethod,
    rate: Decimal | None = None,
    ltv: Decimal | None = None,
    drawn_on: date | None = None,
    prepayment: Prepayment | None = None,
    catalog: bool = False,
    channel: Channel | None = None,
) -> calculators.LoanSchedule:
    """A loan product's schedule for an amount, term and method (drawn today by default; an
    LPR loan at the LPR in force on the drawdown, or today for a later one)."""
    product, terms = await _product(
        product_id, ProductFamily.LOAN, catalog=catalog, channel=channel
    )
    day = clock.today()
    drawn_on = drawn_on or day
    # the LPR in force at drawdown (today's for a loan drawn later); a FIXED loan needs none
    lpr: Mapping[LprTenor, Decimal] = (
        await benchmarks.lpr_on(min(drawn_on, day))
        if terms.get("rate_type") == LoanRateType.LPR
        else {}
    )
    return calculators.loan_schedule(
        terms,
        _fees(product),
        amount=amount,
        term_months=term_months,
        method=method,
        drawn_on=drawn_on,
        lpr=lpr,
        rate=rate,
        ltv=ltv,
        prepayment=prepayment,
    )


async def deposit_interest(
    *,
    product_id: int | None,
    amount: Decimal,
    term_months: int | None = None,
    days: int | None = None,
    notice_days: int | None = None,
    start_on: date | None = None,
    withdrawn_on: date | None = None,
    circumstances: Circumstances | None = None,
    catalog: bool = False,
    channel: Channel | None = None,
) -> calculators.DepositInterest:
    """What a deposit product pays on an amount (opened today by default)."""
    product, terms = await _product(
        product_id, ProductFamily.DEPOSIT, catalog=catalog, channel=channel
    )
    day = clock.today()
    return calculators.deposit_interest(
        terms,
        product.subtype,
        amount,
        term_months=term_months,
        days=days,
        notice_days=notice_days,
        start_on=start_on or day,
        withdrawn_on=withdrawn_on,
        circumstances=circumstances,
        today=day,
        product_min=_bound(product.min_amount),
        product_max=_bound(product.max_amount),
    )


async def card_instalment(
    *,
    product_id: int | None,
    amount: Decimal,
    periods: int,
    catalog: bool = False,
    channel: Channel | None = None,
) -> calculators.CardInstalment:
    """A credit card's instalment plan for an amount over some months."""
    product, terms = await _product(
        product_id, ProductFamily.CREDIT_CARD, catalog=catalog, channel=channel
    )
    return calculators.card_instalment(terms, _fees(product), amount, periods)


async def wealth_projection(
    *,
    product_id: int | None,
    amount: Decimal,
    days: int | None = None,
    catalog: bool = False,
    channel: Channel | None = None,
) -> calculators.WealthProjection:
    """A wealth product's projected returns at its benchmarks, after fees (not guaranteed)."""
    product, terms = await _product(
        product_id, ProductFamily.WEALTH, catalog=catalog, channel=channel
    )
    return calculators.wealth_projection(terms, _fees(product), amount, days)
