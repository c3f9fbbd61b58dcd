"""Root fields of the product calculator (试算): for staff on any product (product:read), and
on the public catalog (catalog:read) for products in it. A refused input is a GraphQL error
carrying the typed codes (``extensions.code`` and ``extensions.errors``); nothing is written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.domains.auth import permissions as perms
from backend.domains.products import quotes
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import pk_of
from backend.schema.products.calculators import (
    CalculatorDraftInput,
    CardInstalmentResult,
    CircumstancesInput,
    DepositInterestResult,
    LoanScheduleResult,
    PrepaymentInput,
    WealthProjectionResult,
)
from backend.schema.products.enums import Channel, RepaymentMethod

CATALOG_NOTE = (
    " Only for products in the public catalog today (on sale, published on the channel, or on "
    "any channel when none is given); any other product is NOT_FOUND."
)
LOAN = (
    "A loan product's repayment schedule for an amount, term and method: the rate from its "
    "tiers (amount × term × LTV; an explicit rate within the tier's range), fees from its "
    "typed fees, the APR, due dates from drawnOn (default today), and an optional prepayment."
)
DEPOSIT = (
    "What a deposit product pays on an amount: the term (termMonths or days, as the product "
    "counts it) or, for demand and notice deposits, the days held or withdrawnOn (and a "
    "notice deposit's noticeDays, by default the only one offered); bands, "
    "bonuses whose conditions hold for the circumstances, and the effective rate."
)
CARD = "A credit card's instalment plan (分期): the fee each month, the schedule and the real APR."
WEALTH = (
    "A wealth product's projected returns at its benchmarks over days (default: its term), "
    "after fees. Not guaranteed."
)


async def _loan(
    product_id: strawberry.ID | None,
    amount: Decimal,
    term_months: int,
    method: RepaymentMethod,
    rate: Decimal | None,
    ltv: Decimal | None,
    drawn_on: date | None,
    prepayment: PrepaymentInput | None,
    channel: Channel | None = None,
    catalog: bool = False,
    draft: CalculatorDraftInput | None = None,
) -> LoanScheduleResult:
    result = await quotes.loan_schedule(
        product_id=pk_of(product_id, "Product") if product_id is not None else None,
        draft=draft.to_domain() if draft is not None else None,
        amount=amount,
        term_months=term_months,
        method=method,
        rate=rate,
        ltv=ltv,
        drawn_on=drawn_on,
        prepayment=prepayment.to_domain() if prepayment else None,
        catalog=catalog,
        channel=channel,
    )
    return LoanScheduleResult.from_domain(result)


async def _deposit(
    product_id: strawberry.ID | None,
    amount: Decimal,
    term_months: int | None,
    days: int | None,
    notice_days: int | None,
    start_on: date | None,
    withdrawn_on: date | None,
    circumstances: CircumstancesInput | None,
    channel: Channel | None = None,
    catalog: bool = False,
    draft: CalculatorDraftInput | None = None,
) -> DepositInterestResult:
    result = await quotes.deposit_interest(
        product_id=pk_of(product_id, "Product") if product_id is not None else None,
        draft=draft.to_domain() if draft is not None else None,
        amount=amount,
        term_months=term_months,
        days=days,
        notice_days=notice_days,
        start_on=start_on,
        withdrawn_on=withdrawn_on,
        circumstances=circumstances.to_domain() if circumstances else None,
        catalog=catalog,
        channel=channel,
    )
    return DepositInterestResult.from_domain(result)


async def _card(
    product_id: strawberry.ID | None,
    amount: Decimal,
    periods: int,
    channel: Channel | None = None,
    catalog: bool = False,
    draft: CalculatorDraftInput | None = None,
) -> CardInstalmentResult:
    result = await quotes.card_instalment(
        product_id=pk_of(product_id, "Product") if product_id is not None else None,
        draft=draft.to_domain() if draft is not None else None,
        amount=amount,
        periods=periods,
        catalog=catalog,
        channel=channel,
    )
    return CardInstalmentResult.from_domain(result)


async def _wealth(
    product_id: strawberry.ID | None,
    amount: Decimal,
    days: int | None,
    channel: Channel | None = None,
    catalog: bool = False,
    draft: CalculatorDraftInput | None = None,
) -> WealthProjectionResult:
    result = await quotes.wealth_projection(
        product_id=pk_of(product_id, "Product") if product_id is not None else None,
        draft=draft.to_domain() if draft is not None else None,
        amount=amount,
        days=days,
        catalog=catalog,
        channel=channel,
    )
    return WealthProjectionResult.from_domain(result)


@strawberry.type
class CalculatorQuery:
    @strawberry.field(extensions=requires(perms.PRODUCT_READ), description=LOAN)
    async def loan_schedule(
        self,
        *,
        product_id: strawberry.ID | None = None,
        amount: Decimal,
        term_months: int,
        method: RepaymentMethod,
        rate: Decimal | None = None,
        ltv: Decimal | None = None,
        drawn_on: date | None = None,
        prepayment: PrepaymentInput | None = None,
        draft: CalculatorDraftInput | None = None,
    ) -> LoanScheduleResult:
        return await _loan(
            product_id, amount, term_months, method, rate, ltv, drawn_on, prepayment, draft=draft
        )

    @strawberry.field(extensions=requires(perms.PRODUCT_READ), description=DEPOSIT)
    async def deposit_interest(
        self,
        *,
        product_id: strawberry.ID | None = None,
        amount: Decimal,
        term_months: int | None = None,
        days: int | None = None,
        notice_days: int | None = None,
        start_on: date | None = None,
        withdrawn_on: date | None = None,
        circumstances: CircumstancesInput | None = None,
        draft: CalculatorDraftInput | None = None,
    ) -> DepositInterestResult:
        return await _deposit(
            product_id,
            amount,
            term_months,
            days,
            notice_days,
            start_on,
            withdrawn_on,
            circumstances,
            draft=draft,
        )

    @strawberry.field(extensions=requires(perms.PRODUCT_READ), description=CARD)
    async def card_instalment(
        self,
        amount: Decimal,
        periods: int,
        product_id: strawberry.ID | None = None,
        draft: CalculatorDraftInput | None = None,
    ) -> CardInstalmentResult:
        return await _card(product_id, amount, periods, draft=draft)

    @strawberry.field(extensions=requires(perms.PRODUCT_READ), description=WEALTH)
    async def wealth_projection(
        self,
        amount: Decimal,
        days: int | None = None,
        product_id: strawberry.ID | None = None,
        draft: CalculatorDraftInput | None = None,
    ) -> WealthProjectionResult:
        return await _wealth(product_id, amount, days, draft=draft)

    @strawberry.field(extensions=requires(perms.CATALOG_READ), description=LOAN + CATALOG_NOTE)
    async def catalog_loan_schedule(
        self,
        product_id: strawberry.ID,
        amount: Decimal,
        term_months: int,
        method: RepaymentMethod,
        rate: Decimal | None = None,
        ltv: Decimal | None = None,
        drawn_on: date | None = None,
        prepayment: PrepaymentInput | None = None,
        channel: Channel | None = None,
    ) -> LoanScheduleResult:
        return await _loan(
            product_id,
            amount,
            term_months,
            method,
            rate,
            ltv,
            drawn_on,
            prepayment,
            channel,
            catalog=True,
        )

    @strawberry.field(extensions=requires(perms.CATALOG_READ), description=DEPOSIT + CATALOG_NOTE)
    async def catalog_deposit_interest(
        self,
        product_id: strawberry.ID,
        amount: Decimal,
        term_months: int | None = None,
        days: int | None = None,
        notice_days: int | None = None,
        start_on: date | None = None,
        withdrawn_on: date | None = None,
        circumstances: CircumstancesInput | None = None,
        channel: Channel | None = None,
    ) -> DepositInterestResult:
        return await _deposit(
            product_id,
            amount,
            term_months,
            days,
            notice_days,
            start_on,
            withdrawn_on,
            circumstances,
            channel,
            catalog=True,
        )

    @strawberry.field(extensions=requires(perms.CATALOG_READ), description=CARD + CATALOG_NOTE)
    async def catalog_card_instalment(
        self,
        product_id: strawberry.ID,
        amount: Decimal,
        periods: int,
        channel: Channel | None = None,
    ) -> CardInstalmentResult:
        return await _card(product_id, amount, periods, channel, catalog=True)

    @strawberry.field(extensions=requires(perms.CATALOG_READ), description=WEALTH + CATALOG_NOTE)
    async def catalog_wealth_projection(
        self,
        product_id: strawberry.ID,
        amount: Decimal,
        days: int | None = None,
        channel: Channel | None = None,
    ) -> WealthProjectionResult:
        return await _wealth(product_id, amount, days, channel, catalog=True)
