"""Loan repayment schedules and the annualised rate (APR), exact to the cent.

The first slice of the product calculator (试算, issue #12): pure functions over Decimal, read
by the calculator API, sales and contracts once they come.

Rounding convention (written down here and in docs/architecture.md):

- The periodic rate is the annual rate / 12 (percent / 100), never rounded.
- Each period's interest is the outstanding balance × the periodic rate, rounded to the cent
  (ROUND_HALF_UP, ``money.to_cents``).
- 等额本息 (equal instalments): the instalment is the closed form
  ``P·r·(1+r)^n / ((1+r)^n − 1)`` rounded to the cent; its principal part is the instalment
  less that period's interest.
- 等额本金 (equal principal): each principal part is P / n rounded to the cent.
- The last instalment repays whatever principal is left (it absorbs every rounding remainder),
  so the principal parts always add up to the loan exactly.

The annualised rate follows PBoC announcement [2021] No. 3: the internal rate of return of the
borrower's cash flows (the amount received net of up-front fees, then every payment including
periodic fees) per period, × the periods in a year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.money import CENT, HUNDRED, ZERO, to_cents

#: The longest schedule computed (50 years of months).
MAX_PERIODS = 600
MONTHS_A_YEAR = 12


class RepaymentMethod(StrEnum):
    """How a loan is repaid."""

    EQUAL_INSTALMENT = "EQUAL_INSTALMENT"
    """等额本息: the same payment every month."""
    EQUAL_PRINCIPAL = "EQUAL_PRINCIPAL"
    """等额本金: the same principal every month, interest on what is left."""
    INTEREST_ONLY = "INTEREST_ONLY"
    """先息后本: interest monthly, the principal with the last payment."""
    BULLET = "BULLET"
    """到期一次还本付息: everything at maturity (simple interest)."""


@dataclass(frozen=True)
class Instalment:
    """One period of a schedule: what is paid, split into principal, interest and fee."""

    period: int
    payment: Decimal
    principal: Decimal
    interest: Decimal
    fee: Decimal
    balance: Decimal
    """Principal outstanding after this payment."""


def periodic_rate(annual_percent: Decimal) -> Decimal:
    """The monthly rate as a fraction: annual percent / 100 / 12, unrounded."""
    return annual_percent / HUNDRED / MONTHS_A_YEAR


def equal_instalment_amount(principal: Decimal, annual_percent: Decimal, months: int) -> Decimal:
    """The 等额本息 instalment by its closed form, to the cent."""
    r = periodic_rate(annual_percent)
    if r == ZERO:
        return to_cents(principal / months)
    with localcontext() as ctx:
        ctx.prec = 40
        growth = (1 + r) ** months
        return to_cents(principal * r * growth / (growth - 1))


def _check(principal: Decimal, annual_percent: Decimal, months: int, fee: Decimal) -> None:
    """Refuse what no schedule can be made of (typed BAD input, nothing computed)."""
    problems = []
    if principal <= ZERO or principal != principal.quantize(CENT):
        problems.append(("principal", "The amount must be positive, in whole cents."))
    if not ZERO <= annual_percent <= HUNDRED:
        problems.append(("annualRate", "The rate must be between 0 and 100 % a year."))
    if not 1 <= months <= MAX_PERIODS:
        problems.append(("months", "The term must be 1 to 600 months."))
    if fee < ZERO:
        problems.append(("monthlyFee", "A fee cannot be negative."))
    if problems:
        raise DomainError(*(FieldError(ErrorCode.INVALID, text, field) for field, text in problems))


def schedule(
    method: RepaymentMethod,
    *,
    principal: Decimal,
    annual_percent: Decimal,
    months: int,
    monthly_fee: Decimal = ZERO,
) -> list[Instalment]:
    """The month-by-month schedule of a loan under the rounding convention above; a fixed
    monthly fee (e.g. an instalment plan's 手续费) is paid with each instalment."""
    _check(principal, annual_percent, months, monthly_fee)
    r = periodic_rate(annual_percent)
    fee = to_cents(monthly_fee)
    rows: list[Instalment] = []
    balance = principal
    if method is RepaymentMethod.BULLET:
        interest = to_cents(principal * r * months)
        return [Instalment(months, principal + interest + fee, principal, interest, fee, ZERO)]
    level = (
        equal_instalment_amount(principal, annual_percent, months)
        if method is RepaymentMethod.EQUAL_INSTALMENT
        else ZERO
    )
    part = to_cents(principal / months)
    for period in range(1, months + 1):
        interest = to_cents(balance * r)
        last = period == months
        if last:
            repaid = balance
        elif method is RepaymentMethod.EQUAL_INSTALMENT:
            repaid = min(max(level - interest, ZERO), balance)
        elif method is RepaymentMethod.EQUAL_PRINCIPAL:
            repaid = min(part, balance)
        else:  # INTEREST_ONLY
            repaid = ZERO
        balance -= repaid
        rows.append(Instalment(period, repaid + interest + fee, repaid, interest, fee, balance))
    return rows


def annualised_rate(
    received: Decimal, payments: Sequence[Decimal], periods_a_year: int = MONTHS_A_YEAR
) -> Decimal:
    """The APR in percent (4 places): the per-period IRR of receiving ``received`` now and
    paying ``payments`` at the end of each period, × periods a year (PBoC 2021 No. 3)."""
    if received <= ZERO or not payments or sum(payments, ZERO) < received:
        raise DomainError.single(
            ErrorCode.INVALID, "The payments must repay at least what was received.", "payments"
        )

    def value(rate: Decimal) -> Decimal:
        discount, total = Decimal(1), ZERO
        for paid in payments:
            discount /= 1 + rate
            total += paid * discount
        return total - received

    low, high = ZERO, Decimal(1)
    while value(high) > ZERO:  # a rate high enough that the payments are worth less
        high *= 2
    with localcontext() as ctx:
        ctx.prec = 34
        for _ in range(200):
            middle = (low + high) / 2
            if value(middle) > ZERO:
                low = middle
            else:
                high = middle
            if high - low < Decimal("1e-14"):
                break
    return (low * periods_a_year * HUNDRED).quantize(Decimal("0.0001"))


def loan_apr(
    method: RepaymentMethod,
    *,
    principal: Decimal,
    annual_percent: Decimal,
    months: int,
    monthly_fee: Decimal = ZERO,
    upfront_fee: Decimal = ZERO,
) -> Decimal:
    """A loan's annualised rate with its fees: what the borrower gets (principal less the
    up-front fee) against every monthly payment (principal, interest and fee)."""
    rows = schedule(
        method,
        principal=principal,
        annual_percent=annual_percent,
        months=months,
        monthly_fee=monthly_fee,
    )
    if method is RepaymentMethod.BULLET:
        payments = [ZERO] * (months - 1) + [rows[0].payment]
    else:
        payments = [row.payment for row in rows]
    return annualised_rate(principal - to_cents(upfront_fee), payments)
