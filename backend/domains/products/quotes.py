"""Calculator quotes for a stored product — its terms in force today, of the calculator's
family (and, for the public catalog, in the catalog) — or for an unsaved draft checked as
``productCreate`` checks it (the wizard's review step); then the pure calculator
(``calculators``). Reads only: nothing is written or audited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products import (
    benchmarks,
    calculators,
    models,
    service,
    terms_parts,
    terms_rules,
    terms_upgrade,
)
from backend.domains.products.checker import Checker
from backend.domains.products.conditions import Circumstances
from backend.domains.products.enums import (
    SUBTYPES,
    Channel,
    LoanRateType,
    LprTenor,
    ProductFamily,
    ProductSubtype,
    RepaymentMethod,
)
from backend.domains.products.errors import ProductErrorCode
from backend.domains.products.rules import CURRENCIES
from backend.domains.products.schedules import Prepayment
from backend.domains.products.terms import terms_in_force
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.money import as_decimal

#: The family each subtype belongs to.
FAMILY_OF_SUBTYPE = {sub: fam for fam, subs in SUBTYPES.items() for sub in subs}


def _shape2(family: ProductFamily, terms: dict[str, Any]) -> dict[str, Any]:
    """Stored terms in shape 2 (a row the migration has not reached is upgraded on the way)."""
    return terms_upgrade.upgrade(family, terms)


@dataclass(frozen=True)
class Quoted:
    """What a quote reads of a product: its subtype, shape-2 terms in force, fees and limits."""

    subtype: str
    terms: dict[str, Any]
    fees: list[dict[str, Any]]
    min_amount: Decimal | None
    max_amount: Decimal | None


async def _product(
    product_id: int | None,
    family: ProductFamily,
    *,
    catalog: bool,
    channel: Channel | None,
    draft: Mapping[str, Any] | None = None,
) -> Quoted:
    """A stored product and its shape-2 terms in force today (NOT_FOUND for an unknown
    product or, from the catalog, one not in it: the public catalog does not tell the two
    apart), or an unsaved ``draft`` checked as ``productCreate`` checks it."""
    if draft is not None:
        if product_id is not None:
            raise DomainError.single(
                ErrorCode.INVALID, "Give a product or a draft, not both.", "draft"
            )
        return await _draft(draft, family)
    if product_id is None:
        raise DomainError.single(ErrorCode.REQUIRED, "Give a product or a draft.", "productId")
    day = clock.today()
    product = await models.Product.get_or_none(id=product_id) if product_id else None
    if product is not None and catalog:
        listed = service.catalog_query(channel=channel, day=day).filter(id=product.id)
        product = product if await listed.exists() else None
    if product is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "productId")
    _check_family(ProductFamily(product.family), family, "productId")
    (row,) = await terms_in_force(keys=[(product.id, day)])
    terms = _shape2(family, row.terms) if row is not None else None
    if not terms or not terms_upgrade.is_current(terms):
        raise DomainError.single(
            ErrorCode.INVALID,
            "The product has no terms in force today in a form the calculator reads.",
            "productId",
        )
    return Quoted(
        subtype=product.subtype,
        terms=terms,
        fees=list(product.fees or []),
        min_amount=_bound(product.min_amount),
        max_amount=_bound(product.max_amount),
    )


def _check_family(given: ProductFamily, family: ProductFamily, field: str) -> None:
    if given != family:
        raise DomainError.single(
            ProductErrorCode.WRONG_FAMILY,
            "This calculator is for {family} products.",
            field,
            family=family.value,
        )


async def _draft(draft: Mapping[str, Any], family: ProductFamily) -> Quoted:
    """An unsaved product (the wizard's review step): its terms and fees checked by the rules
    ``productCreate`` applies, every problem named under ``draft.``."""
    subtype = ProductSubtype(draft["subtype"])
    _check_family(FAMILY_OF_SUBTYPE[subtype], family, "draft.subtype")
    lpr = await benchmarks.lpr_for(family, clock.today())
    terms, errors = terms_rules.check_terms(family, subtype, draft.get("terms"), lpr=lpr)
    fees_checker = Checker("fees")
    fees = [
        terms_parts.check_fee(fees_checker.at(i), fee, CURRENCIES)
        for i, fee in enumerate(draft.get("fees") or [])
    ]
    limits = Checker()
    low = limits.amount(dict(draft), "min_amount", required=False)
    high = limits.amount(dict(draft), "max_amount", required=False)
    limits.ordered("minAmount", low, "maxAmount", high)
    problems = errors + fees_checker.errors + limits.errors
    if problems:
        raise DomainError(*(replace(e, field=f"draft.{e.field}") for e in problems))
    return Quoted(
        subtype=subtype.value,
        terms=terms,
        fees=fees,
        min_amount=_bound(low),
        max_amount=_bound(high),
    )


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
    draft: Mapping[str, Any] | None = None,
) -> calculators.LoanSchedule:
    """A loan product's schedule for an amount, term and method (drawn today by default; an
    LPR loan at the LPR in force on the drawdown, or today for a later one)."""
    quoted = await _product(
        product_id, ProductFamily.LOAN, catalog=catalog, channel=channel, draft=draft
    )
    terms = quoted.terms
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
        quoted.fees,
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
    draft: Mapping[str, Any] | None = None,
) -> calculators.DepositInterest:
    """What a deposit product pays on an amount (opened today by default)."""
    quoted = await _product(
        product_id, ProductFamily.DEPOSIT, catalog=catalog, channel=channel, draft=draft
    )
    terms = quoted.terms
    day = clock.today()
    return calculators.deposit_interest(
        terms,
        quoted.subtype,
        amount,
        term_months=term_months,
        days=days,
        notice_days=notice_days,
        start_on=start_on or day,
        withdrawn_on=withdrawn_on,
        circumstances=circumstances,
        today=day,
        product_min=quoted.min_amount,
        product_max=quoted.max_amount,
    )


async def card_instalment(
    *,
    product_id: int | None,
    amount: Decimal,
    periods: int,
    catalog: bool = False,
    channel: Channel | None = None,
    draft: Mapping[str, Any] | None = None,
) -> calculators.CardInstalment:
    """A credit card's instalment plan for an amount over some months."""
    quoted = await _product(
        product_id, ProductFamily.CREDIT_CARD, catalog=catalog, channel=channel, draft=draft
    )
    terms = quoted.terms
    return calculators.card_instalment(terms, quoted.fees, amount, periods)


async def wealth_projection(
    *,
    product_id: int | None,
    amount: Decimal,
    days: int | None = None,
    catalog: bool = False,
    channel: Channel | None = None,
    draft: Mapping[str, Any] | None = None,
) -> calculators.WealthProjection:
    """A wealth product's projected returns at its benchmarks, after fees (not guaranteed)."""
    quoted = await _product(
        product_id, ProductFamily.WEALTH, catalog=catalog, channel=channel, draft=draft
    )
    terms = quoted.terms
    return calculators.wealth_projection(terms, quoted.fees, amount, days)
