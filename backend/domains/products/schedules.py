"""Loan repayment schedules and the annualised rate (APR), exact to the cent.

The first slice of the product calculator (试算, issue #12): pure functions over Decimal, read
by the calculator API, sales and contracts once they come.

Rounding convention (written down here and in docs/architecture.md):

- The periodic rate is the annual rate / 12 (percent / 100; / 4 for quarterly repayments),
  never rounded.
- Each period's interest is the outstanding balance × the periodic rate, rounded to the cent
  (ROUND_HALF_UP, ``money.to_cents``).
- 等额本息 (equal instalments): the instalment is the closed form
  ``P·r·(1+r)^n / ((1+r)^n − 1)`` rounded to the cent; its principal part is the instalment
  less that period's interest.
- 等额本金 (equal principal): each principal part is P / n rounded to the cent.
- The last instalment repays whatever principal is left (it absorbs every rounding remainder),
  so the principal parts always add up to the loan exactly.
- A prepayment (extra principal with one instalment) lowers the balance after that period:
  SHORTEN_TERM keeps the instalment (等额本金: the principal part) and the loan ends when the
  balance is repaid, the last instalment being what is left; REDUCE_INSTALMENT keeps the term
  and recomputes the instalment (principal part) on the balance over the periods left, by the
  same rules. The principal parts and the prepayment add up to the loan exactly.
- Due dates fall one period after drawdown, each counted from the drawdown day and clamped to
  the month's end (drawn Jan 31: Feb 28, Mar 31, Apr 30, ...).

The annualised rate follows PBoC announcement [2021] No. 3: the internal rate of return of the
borrower's cash flows (the amount received net of up-front fees, then every payment including
periodic fees) per repayment period, × the periods in a year. A bullet loan (到期一次还本付息)
has one repayment period, the whole term; its monthly fees are paid with its one payment.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum

from backend.domains.products.enums import RepaymentMethod
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.money import CENT, HUNDRED, ZERO, to_cents

#: No money, to the cent ("0.00" in the API, like every other amount).
NO_MONEY = Decimal("0.00")
#: The longest schedule computed (50 years of months).
MAX_PERIODS = 600
MONTHS_A_YEAR = 12


class PrepaymentMode(StrEnum):
    """What an extra principal payment changes."""

    SHORTEN_TERM = "SHORTEN_TERM"
    """Keep the instalment (等额本息) or the principal part (等额本金); the loan ends sooner."""
    REDUCE_INSTALMENT = "REDUCE_INSTALMENT"
    """Keep the term; the instalment is recomputed on the remaining balance."""


@dataclass(frozen=True)
class Prepayment:
    """An extra principal payment made with the instalment of period ``after_period``."""

    after_period: int
    amount: Decimal
    mode: PrepaymentMode


@dataclass(frozen=True)
class Instalment:
    """One period of a schedule: what is paid, split into principal, interest and fee."""

    period: int
    payment: Decimal
    """The instalment: principal + interest + fee (a prepayment is on top, see below)."""
    principal: Decimal
    interest: Decimal
    fee: Decimal
    balance: Decimal
    """Principal outstanding after this payment (and after a prepayment made with it)."""
    prepayment: Decimal = NO_MONEY
    """Extra principal paid with this instalment."""
    due_on: date | None = None


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (Jan 31 + 1 month = Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def periodic_rate(annual_percent: Decimal, periods_a_year: int = MONTHS_A_YEAR) -> Decimal:
    """The rate of one period as a fraction: annual percent / 100 / periods, unrounded."""
    return annual_percent / HUNDRED / periods_a_year


def equal_instalment_amount(
    principal: Decimal, annual_percent: Decimal, months: int, periods_a_year: int = MONTHS_A_YEAR
) -> Decimal:
    """The 等额本息 instalment by its closed form, to the cent (``months``: the number of
    periods)."""
    r = periodic_rate(annual_percent, periods_a_year)
    if r == ZERO:
        return to_cents(principal / months)
    with localcontext() as ctx:
        ctx.prec = 40
        growth = (1 + r) ** months
        return to_cents(principal * r * growth / (growth - 1))


def _check(
    principal: Decimal,
    annual_percent: Decimal,
    months: int,
    fee: Decimal,
    method: RepaymentMethod,
    prepayment: Prepayment | None,
) -> None:
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
    if prepayment is not None:
        if method not in (RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.EQUAL_PRINCIPAL):
            problems.append(
                ("prepayment", "A prepayment applies to 等额本息 and 等额本金 schedules.")
            )
        elif not 1 <= prepayment.after_period < months:
            problems.append(
                ("prepayment.afterPeriod", "Prepay after a period before the last one.")
            )
        amount = prepayment.amount
        if amount <= ZERO or amount != amount.quantize(CENT):
            problems.append(("prepayment.amount", "The amount must be positive, in whole cents."))
    if problems:
        raise DomainError(*(FieldError(ErrorCode.INVALID, text, field) for field, text in problems))


def schedule(
    method: RepaymentMethod,
    *,
    principal: Decimal,
    annual_percent: Decimal,
    months: int,
    monthly_fee: Decimal = ZERO,
    prepayment: Prepayment | None = None,
    periods_a_year: int = MONTHS_A_YEAR,
) -> list[Instalment]:
    """The period-by-period schedule of a loan under the rounding convention above; a fixed
    fee (e.g. an instalment plan's 手续费) is paid with each instalment.

    ``months`` is the number of periods (months, or quarters when ``periods_a_year`` is 4).
    With a ``prepayment``, extra principal is repaid with the instalment of its period:
    SHORTEN_TERM keeps the instalment (等额本息) or principal part (等额本金) and ends the loan
    sooner, the last instalment repaying what is left; REDUCE_INSTALMENT keeps the term and
    recomputes the instalment (or principal part) on the balance over the periods left.
    A prepayment of the whole balance ends the loan with that period.
    """
    _check(principal, annual_percent, months, monthly_fee, method, prepayment)
    r = periodic_rate(annual_percent, periods_a_year)
    fee = to_cents(monthly_fee)
    rows: list[Instalment] = []
    balance = principal
    if method is RepaymentMethod.BULLET:
        interest, fees = to_cents(principal * r * months), fee * months
        return [Instalment(months, principal + interest + fees, principal, interest, fees, ZERO)]
    level = (
        equal_instalment_amount(principal, annual_percent, months, periods_a_year)
        if method is RepaymentMethod.EQUAL_INSTALLMENT
        else ZERO
    )
    part = to_cents(principal / months)
    shorten = False
    for period in range(1, months + 1):
        interest = to_cents(balance * r)
        last = period == months
        if method is RepaymentMethod.EQUAL_INSTALLMENT:
            repaid = min(max(level - interest, ZERO), balance)
        elif method is RepaymentMethod.EQUAL_PRINCIPAL:
            repaid = min(part, balance)
        else:  # INTEREST_ONLY
            repaid = ZERO
        if last or (shorten and balance - repaid <= ZERO):
            repaid = balance
        balance -= repaid
        extra = NO_MONEY
        if prepayment is not None and period == prepayment.after_period:
            if prepayment.amount > balance:
                raise DomainError.single(
                    ErrorCode.INVALID,
                    "The prepayment is more than the {balance} left to repay.",
                    "prepayment.amount",
                    balance=str(balance),
                )
            extra = prepayment.amount
            balance -= extra
            left = months - period
            if prepayment.mode is PrepaymentMode.SHORTEN_TERM:
                shorten = True
            elif method is RepaymentMethod.EQUAL_INSTALLMENT and balance > ZERO:
                level = equal_instalment_amount(balance, annual_percent, left, periods_a_year)
            elif balance > ZERO:
                part = to_cents(balance / left)
        rows.append(
            Instalment(period, repaid + interest + fee, repaid, interest, fee, balance, extra)
        )
        if balance == ZERO and prepayment is not None and period >= prepayment.after_period:
            break  # prepaid in full, or SHORTEN_TERM reached the end
    return rows


def payments_of(rows: Sequence[Instalment], months: int) -> list[Decimal]:
    """The borrower's payment at the end of every period (instalment plus prepayment; a
    bullet loan's periods before its one payment pay nothing)."""
    paid = [ZERO] * (rows[-1].period if rows else months)
    for row in rows:
        paid[row.period - 1] += row.payment + row.prepayment
    return paid


def dated(rows: Sequence[Instalment], drawn_on: date, months_a_period: int = 1) -> list[Instalment]:
    """The rows with their due dates: period k falls due k periods after drawdown, counted
    from the drawdown day (a loan drawn on the 31st falls due on each month's last day)."""
    return [
        replace(row, due_on=months_after(drawn_on, row.period * months_a_period)) for row in rows
    ]


def annualised_rate(
    received: Decimal, payments: Sequence[Decimal], periods_a_year: int | Decimal = MONTHS_A_YEAR
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
    prepayment: Prepayment | None = None,
    periods_a_year: int = MONTHS_A_YEAR,
) -> Decimal:
    """A loan's annualised rate with its fees: what the borrower gets (principal less the
    up-front fee) against every periodic payment (principal, interest, fee, prepayment)."""
    rows = schedule(
        method,
        principal=principal,
        annual_percent=annual_percent,
        months=months,
        monthly_fee=monthly_fee,
        prepayment=prepayment,
        periods_a_year=periods_a_year,
    )
    return schedule_apr(method, rows, principal - to_cents(upfront_fee), months, periods_a_year)


def schedule_apr(
    method: RepaymentMethod,
    rows: Sequence[Instalment],
    received: Decimal,
    periods: int,
    periods_a_year: int = MONTHS_A_YEAR,
) -> Decimal:
    """The APR of a schedule: the IRR of ``received`` against its payments, per repayment
    period × periods a year. A bullet loan repays once, so its one period is the whole term
    (× periods a year / periods): without fees its APR is its rate, as for the other methods."""
    if method is RepaymentMethod.BULLET:
        return annualised_rate(
            received, [rows[0].payment + rows[0].prepayment], Decimal(periods_a_year) / periods
        )
    return annualised_rate(received, payments_of(rows, periods), periods_a_year)
