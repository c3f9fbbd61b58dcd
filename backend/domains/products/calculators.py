"""The product calculator (试算, issue #12): deposit interest, loan schedules with fees and
prepayment, credit-card instalments and wealth projections, exact to the cent.

Pure functions over the shape-2 terms dicts (snake_case, Decimals as strings) and the
product's typed ``fees``; they raise ``DomainError`` with camelCase field paths (``amount``,
``termMonths``, ``prepayment.amount``) for what the product does not offer, and compute nothing.

Rounding (``money.to_cents``, ROUND_HALF_UP; rates 4 places):

- Deposits: interest accrues daily at principal × rate / 100 × days / basis and is rounded to
  the cent once per posting period, per amount band and per bonus (so the breakdown adds up to
  the total exactly). Days are counted by the day count: ACT_360 and ACT_365 count actual days
  (basis 360 / 365); THIRTY_360 counts 30 days for every whole month from the start (months
  stepped like maturity, clamped to the month's end) plus the actual days of a last part month
  (basis 360). Maturity is the start + the term (N months clamped to the month's end, or N days).
- Posting and compounding: interest is rounded at every posting date and every compounding
  date (a period ends at either); at a compounding date (compounding MONTHLY / QUARTERLY /
  ANNUALLY) it is added to the principal and earns interest from then on.
- Loans: ``schedules`` (monthly or quarterly periodic rate, never rounded; interest per period
  rounded; the last instalment absorbs the remainders).
- Card instalments: the principal split evenly to the cent, the last instalment absorbing the
  remainder; the monthly fee rounded to the cent once.
- Wealth: each fee and each projected return rounded to the cent once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend.domains.products import disclosure, terms_rules
from backend.domains.products.conditions import Circumstances, all_hold
from backend.domains.products.enums import (
    Compounding,
    ConditionType,
    DayCount,
    FeeBasis,
    FeeFrequency,
    InterestPayment,
    LprTenor,
    ProductSubtype,
    RepaymentMethod,
    TierApplication,
    TierUnit,
)
from backend.domains.products.errors import ProductErrorCode
from backend.domains.products.schedules import (
    MONTHS_A_YEAR,
    Instalment,
    Prepayment,
    annualised_rate,
    dated,
    months_after,
    schedule,
    schedule_apr,
)
from backend.domains.products.tiers import Slice, find_tier, split, uses
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.money import CENT, HUNDRED, ZERO, to_cents, to_rate

Terms = Mapping[str, Any]
Fees = Sequence[Mapping[str, Any]]
DAYS_A_YEAR = 365
NOT_GUARANTEED = (
    "A projection at the performance benchmarks, not a promise: the benchmark is no "
    "guaranteed return (业绩比较基准不代表未来表现，不构成收益承诺)."
)


#: Months between postings / capitalisations.
STEP_MONTHS = {"MONTHLY": 1, "QUARTERLY": 3, "ANNUALLY": 12}


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _opt(value: Any) -> Decimal | None:
    return None if value is None else _dec(value)


def _whole_cents(amount: Decimal, field: str = "amount") -> list[FieldError]:
    if amount <= ZERO or amount != amount.quantize(CENT):
        return [
            FieldError(ErrorCode.INVALID, "The amount must be positive, in whole cents.", field)
        ]
    return []


def _range(
    amount: Decimal, minimum: Decimal | None, maximum: Decimal | None, field: str = "amount"
) -> list[FieldError]:
    """The amount against a product's minimum and maximum (same messages as sales checks)."""
    if minimum is not None and amount < minimum:
        return [
            FieldError(
                ProductErrorCode.AMOUNT_BELOW_MINIMUM,
                "The product's minimum amount is {minimum}.",
                field,
                (("minimum", str(minimum)),),
            )
        ]
    if maximum is not None and amount > maximum:
        return [
            FieldError(
                ProductErrorCode.AMOUNT_ABOVE_MAXIMUM,
                "The product's maximum amount is {maximum}.",
                field,
                (("maximum", str(maximum)),),
            )
        ]
    return []


#: The days a calculation may start on: far enough from the calendar's ends that a 50-year
#: schedule still has dates.
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)


def _in_calendar(day: date, field: str) -> list[FieldError]:
    if EARLIEST <= day <= LATEST:
        return []
    return [FieldError(ErrorCode.INVALID, "Give a date between 1900 and 2999.", field)]


def _refuse(errors: list[FieldError]) -> None:
    if errors:
        raise DomainError(*errors)


# --- days ---------------------------------------------------------------------------------


def _thirty_360_from(start: date, day: date) -> int:
    """Days from ``start`` to ``day`` counting 30 per whole month, then the actual days."""
    months = (day.year - start.year) * 12 + day.month - start.month
    while months > 0 and months_after(start, months) > day:
        months -= 1
    return 30 * months + (day - months_after(start, months)).days


def counted_days(day_count: DayCount, start: date, begin: date, end: date) -> int:
    """The days of [begin, end) under a day count; 30/360 counts from the deposit's ``start``
    so that a term of N months is exactly 30·N days whatever the month ends do."""
    if day_count is DayCount.THIRTY_360:
        return _thirty_360_from(start, end) - _thirty_360_from(start, begin)
    return (end - begin).days


def year_basis(day_count: DayCount) -> int:
    """Days in the year of a day count."""
    return DAYS_A_YEAR if day_count is DayCount.ACT_365 else 360


# --- deposits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BandInterest:
    """Interest earned by the slice of the principal in one amount band."""

    lower: Decimal
    upper: Decimal | None
    amount: Decimal
    """The slice of the balance in the band when it first earns (the principal's, mostly)."""
    rate: Decimal
    interest: Decimal


@dataclass(frozen=True)
class AppliedBonus:
    """A bonus rate whose conditions hold, and what it adds."""

    name: str
    rate: Decimal
    interest: Decimal


@dataclass(frozen=True)
class DepositInterest:
    """What a deposit earns, band by band and bonus by bonus."""

    start_on: date
    maturity_on: date | None
    """The contractual maturity (None: demand and notice deposits)."""
    end_on: date
    """The day interest stops: withdrawal, maturity, or the start + the days held."""
    days: int
    """Days counted for interest under the day count."""
    day_count: DayCount
    bands: list[BandInterest]
    base_interest: Decimal
    bonuses: list[AppliedBonus]
    total_interest: Decimal
    effective_rate: Decimal
    """Total interest a year on the amount over the actual days held (ACT/365), percent."""
    early: bool
    """Withdrawn before maturity: the whole holding earned the early-withdrawal rate."""


@dataclass(frozen=True)
class _Holding:
    start: date
    end: date
    maturity: date | None
    values: dict[TierUnit, Decimal | int]
    early: bool


def _notice(terms: Terms, notice_days: int | None) -> int:
    """The notice (days) a notice deposit is held at: one the product offers (its term in
    days, or the spec's ``notice_days``); the only one when it offers one."""
    term = terms.get("term")
    if terms.get("notice_days") is not None:
        offered = [int(terms["notice_days"])]
    elif term is not None:
        offered = terms_rules.offered_terms(dict(term), list(terms.get("rate_tiers") or []))
    else:
        offered = []
    allowed = ", ".join(map(str, offered)) or "—"
    if notice_days is None and len(offered) == 1:
        return offered[0]
    if notice_days is None:
        raise DomainError.single(
            ErrorCode.REQUIRED,
            "Give the notice in days ({allowed}).",
            "noticeDays",
            allowed=allowed,
        )
    if notice_days not in offered:
        raise DomainError.single(
            ProductErrorCode.TERM_NOT_OFFERED,
            "The product offers a notice of {allowed} days.",
            "noticeDays",
            allowed=allowed,
        )
    return notice_days


def _deposit_holding(
    terms: Terms,
    subtype: str,
    *,
    term_months: int | None,
    days: int | None,
    notice_days: int | None,
    start_on: date,
    withdrawn_on: date | None,
) -> _Holding:
    """The period a deposit earns over and the tier values of its term, or typed errors."""
    term = terms.get("term")
    notice = subtype == ProductSubtype.NOTICE or terms.get("notice_days") is not None
    _refuse(_in_calendar(start_on, "startOn"))
    if withdrawn_on is not None and withdrawn_on < start_on:
        raise DomainError.single(
            ErrorCode.INVALID,
            "The withdrawal cannot be before the start ({start}).",
            "withdrawnOn",
            start=start_on.isoformat(),
        )
    if notice_days is not None and not notice:
        raise DomainError.single(
            ErrorCode.INVALID, "Only a notice deposit takes a notice.", "noticeDays"
        )
    if term is None or notice:
        # demand or notice: earns from the start to the withdrawal (or over the days held)
        if term_months is not None:
            raise DomainError.single(
                ErrorCode.INVALID, "This deposit has no fixed term.", "termMonths"
            )
        if days is not None and withdrawn_on is not None:
            raise DomainError.single(
                ErrorCode.INVALID, "Give the days held or the withdrawal date, not both.", "days"
            )
        if days is None and withdrawn_on is None:
            raise DomainError.single(
                ErrorCode.REQUIRED, "Give the days held or the withdrawal date.", "days"
            )
        if days is not None and not 0 < days <= 3650:
            raise DomainError.single(ErrorCode.INVALID, "Give 1 to 3,650 days.", "days")
        end = withdrawn_on if withdrawn_on is not None else start_on + timedelta(days=days or 0)
        values: dict[TierUnit, Decimal | int] = {}
        if notice:
            values[TierUnit.TERM_DAYS] = _notice(terms, notice_days)
        return _Holding(start_on, end, None, values, False)
    in_days = term["unit"] == "DAY"
    field, given, other, other_field = (
        ("days", days, term_months, "termMonths")
        if in_days
        else ("termMonths", term_months, days, "days")
    )
    if other is not None:
        raise DomainError.single(
            ErrorCode.INVALID,
            "This deposit's term is counted in days; give days."
            if in_days
            else "This deposit's term is counted in months; give termMonths.",
            other_field,
        )
    if given is None:
        raise DomainError.single(ErrorCode.REQUIRED, "Give the term of the deposit.", field)
    if given not in terms_rules.offered_terms(dict(term), list(terms.get("rate_tiers") or [])):
        raise DomainError(
            FieldError(
                ProductErrorCode.TERM_NOT_OFFERED,
                "The product does not offer a term of {term} days."
                if in_days
                else "The product does not offer a term of {term} months.",
                field,
                (("term", given),),
            )
        )
    unit = TierUnit.TERM_DAYS if in_days else TierUnit.TERM_MONTHS
    maturity = start_on + timedelta(days=given) if in_days else months_after(start_on, given)
    end = maturity if withdrawn_on is None else min(withdrawn_on, maturity)
    return _Holding(start_on, end, maturity, {unit: given}, end < maturity)


def _cuts(start: date, end: date, steps: Sequence[int]) -> list[tuple[date, set[int]]]:
    """The period ends from start to end: every ``step`` months (counted from the start) and
    the end, each with the steps that fall on it."""
    found: dict[date, set[int]] = {end: set()}
    for step in steps:
        k = 1
        while (day := months_after(start, k * step)) < end:
            found.setdefault(day, set()).add(step)
            k += 1
        if months_after(start, k * step) == end:
            found[end].add(step)
    return sorted(found.items())


def _bonus_window_end(bonus: Mapping[str, Any], start: date, circumstances: Circumstances) -> date:
    """The end (exclusive) of the days a bonus earns on: an introductory bonus only the first
    months after opening, or until its end date; others the whole holding (date.max)."""
    end = date.max
    for condition in bonus.get("conditions") or []:
        if ConditionType(condition["type"]) is not ConditionType.INTRODUCTORY:
            continue
        if condition.get("months") is not None:
            left = int(condition["months"]) - (circumstances.months_since_opening or 0)
            end = min(end, months_after(start, max(left, 0)))
        elif condition.get("ends_on") is not None:
            last = date.fromisoformat(str(condition["ends_on"]))
            end = min(end, last + timedelta(days=1) if last < date.max else last)
    return end


def deposit_interest(
    terms: Terms,
    subtype: str,
    amount: Decimal,
    *,
    term_months: int | None = None,
    days: int | None = None,
    notice_days: int | None = None,
    start_on: date,
    withdrawn_on: date | None = None,
    circumstances: Circumstances | None = None,
    today: date,
    product_min: Decimal | None = None,
    product_max: Decimal | None = None,
) -> DepositInterest:
    """The interest a deposit earns (rounding and day counts: the module's docstring).

    - Time deposits (a ``term``): the term is ``term_months`` or ``days`` as its unit says; it
      must be offered (within min..max, a multiple of ``multiple``, in a tier's term band).
      Held to maturity it earns the tiers' rates and the bonuses; withdrawn before maturity the
      whole holding earns ``early_withdrawal_rate`` (simple, no bonus). Interest after
      maturity (renewal, the demand rate) is not counted.
    - Notice deposits (NOTICE, 通知存款: their term is the notice in days, 1 or 7) earn the
      rate of the tier of ``notice_days`` (one the product offers; the only one by default),
      demand deposits their tier's rate, over ``days`` held or up to ``withdrawn_on``.
    - Amount bands: WHOLE_BALANCE gives the whole balance its band's rate; PER_BAND gives each
      slice its band's rate (the lowest band counting from 0).
    - A bonus whose conditions all hold (at opening: the circumstances, the balance being the
      amount unless given, the day being the start unless given) adds its percentage points on
      the whole balance; an INTRODUCTORY bonus only over its first months / until its end.
    """
    circumstances = circumstances or Circumstances()
    errors = _whole_cents(amount)
    if not errors:
        errors = _range(amount, _opt(terms.get("minimum_deposit")), None) or _range(
            amount, product_min, product_max
        )
    _refuse(errors)
    holding = _deposit_holding(
        terms,
        subtype,
        term_months=term_months,
        days=days,
        notice_days=notice_days,
        start_on=start_on,
        withdrawn_on=withdrawn_on,
    )
    interest_terms = terms.get("interest") or {}
    day_count = DayCount(interest_terms.get("day_count") or DayCount.ACT_360)
    basis = year_basis(day_count)
    tiers = terms.get("rate_tiers") or []
    application = TierApplication(terms.get("tier_application") or TierApplication.WHOLE_BALANCE)
    start, end = holding.start, holding.end

    bonuses: list[tuple[Mapping[str, Any], date]] = []
    early_rate = _dec(terms.get("early_withdrawal_rate") or ZERO)
    if holding.early:
        steps: list[int] = []
        compounding = Compounding.NONE
    else:
        opening = replace(
            circumstances,
            balance=amount if circumstances.balance is None else circumstances.balance,
            on=circumstances.on or start,
        )
        bonuses = [
            (bonus, _bonus_window_end(bonus, start, circumstances))
            for bonus in terms.get("bonus_rates") or []
            if all_hold(bonus.get("conditions") or [], opening, today)
        ]
        compounding = Compounding(interest_terms.get("compounding") or Compounding.NONE)
        posting = interest_terms.get("posting") or InterestPayment.AT_MATURITY
        steps = sorted({STEP_MONTHS[x] for x in (posting, compounding.value) if x in STEP_MONTHS})
    capitalise_every = STEP_MONTHS.get(compounding.value)

    balance = amount
    band_totals: dict[tuple[Decimal, Decimal | None, Decimal], list[Decimal]] = {}
    bonus_totals = [ZERO] * len(bonuses)
    begin = start
    for cut, on_steps in _cuts(start, end, steps):
        period_days = counted_days(day_count, start, begin, cut)
        if holding.early:
            slices: list[Slice] | None = [Slice(ZERO, None, balance, early_rate)]
        else:
            slices = split(tiers, balance, holding.values, application)
        if slices is None:
            raise DomainError.single(
                ErrorCode.INVALID, "The product has no rate for this amount.", "amount"
            )
        earned = ZERO
        for piece in slices:
            interest = to_cents(piece.amount * piece.rate / HUNDRED * period_days / basis)
            entry = band_totals.setdefault(
                (piece.lower, piece.upper, piece.rate), [piece.amount, ZERO]
            )
            entry[1] += interest
            earned += interest
        for index, (bonus, window_end) in enumerate(bonuses):
            bonus_days = (
                counted_days(day_count, start, begin, min(cut, window_end))
                if window_end > begin
                else 0
            )
            interest = to_cents(balance * _dec(bonus["rate"]) / HUNDRED * bonus_days / basis)
            bonus_totals[index] += interest
            earned += interest
        if capitalise_every is not None and capitalise_every in on_steps:
            balance += earned
        begin = cut

    bands = [
        BandInterest(lower, upper, slice_amount, rate, interest)
        for (lower, upper, rate), (slice_amount, interest) in band_totals.items()
    ]
    applied = [
        AppliedBonus(str(bonus["name"]), _dec(bonus["rate"]), interest)
        for (bonus, _), interest in zip(bonuses, bonus_totals, strict=True)
    ]
    base = sum((b.interest for b in bands), ZERO)
    total = base + sum((b.interest for b in applied), ZERO)
    actual = (end - start).days
    effective = (
        to_rate(total / amount * DAYS_A_YEAR / actual * HUNDRED) if actual else to_rate(ZERO)
    )
    return DepositInterest(
        start_on=start,
        maturity_on=holding.maturity,
        end_on=end,
        days=counted_days(day_count, start, start, end),
        day_count=day_count,
        bands=bands,
        base_interest=base,
        bonuses=applied,
        total_interest=total,
        effective_rate=effective,
        early=holding.early,
    )


# --- fees -----------------------------------------------------------------------------------


def _early_repayment_fee(fees: Fees, prepaid: Decimal, outstanding: Decimal) -> Decimal:
    """The EARLY_REPAYMENT fees of a prepayment: FIXED, or a RATE of the outstanding principal
    (charged_on OUTSTANDING_PRINCIPAL) or of the amount prepaid (otherwise)."""
    total = ZERO
    for fee in fees:
        if fee.get("type") != "EARLY_REPAYMENT":
            continue
        base = outstanding if fee.get("charged_on") == "OUTSTANDING_PRINCIPAL" else prepaid
        total += disclosure.charge(fee, base)
    return total


# --- loans ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanSchedule:
    """A loan's schedule with its rate, fees and annualised rate."""

    rate: Decimal
    method: RepaymentMethod
    instalments: list[Instalment]
    total_payment: Decimal
    """Every instalment and prepayment (fees included, the up-front fees not)."""
    total_interest: Decimal
    total_fees: Decimal
    """Up-front fees, the fees of every instalment and an early-repayment fee."""
    apr: Decimal
    upfront_fees: Decimal
    received: Decimal
    """What the borrower receives: the amount less the up-front fees."""


def loan_rate(
    terms: Terms,
    *,
    amount: Decimal,
    term_months: int,
    ltv: Decimal | None,
    rate: Decimal | None,
    lpr: Mapping[LprTenor, Decimal],
) -> Decimal:
    """The annual rate (percent) of a loan from the product's tiers for amount × term × LTV:
    FIXED the tier's rate, LPR the LPR of the product's tenor + the tier's spread. An explicit
    ``rate`` (individual pricing) must lie within the tier's range (rate..rate_max, or
    LPR + spread_bps..spread_bps_max)."""
    tiers = terms.get("rate_tiers") or []
    values: dict[TierUnit, Decimal | int] = {
        TierUnit.AMOUNT: amount,
        TierUnit.TERM_MONTHS: term_months,
    }
    if ltv is not None:
        values[TierUnit.LTV_PERCENT] = ltv
    elif uses(tiers, TierUnit.LTV_PERCENT):
        raise DomainError.single(
            ErrorCode.REQUIRED, "Give the loan-to-value ratio (LTV) of the loan.", "ltv"
        )
    tier = find_tier(tiers, values)
    if tier is None:
        raise DomainError.single(
            ErrorCode.INVALID, "The product has no rate for this amount, term and LTV.", "amount"
        )
    if terms.get("rate_type") == "LPR":
        tenor = LprTenor(terms.get("lpr_tenor") or LprTenor.ONE_YEAR)
        if tenor not in lpr:
            raise DomainError.single(
                ErrorCode.INVALID,
                "No {tenor} LPR is in force today.",
                "productId",
                tenor=tenor.value,
            )
        low = lpr[tenor] + Decimal(int(tier.get("spread_bps") or 0)) / 100
        top = tier.get("spread_bps_max")
        high = low if top is None else lpr[tenor] + Decimal(int(top)) / 100
    else:
        low = _dec(tier["rate"])
        high = _opt(tier.get("rate_max")) or low
    if rate is None:
        return to_rate(low)
    if not low <= rate <= high:
        raise DomainError.single(
            ErrorCode.INVALID,
            "The rate must be between {min} % and {max} %.",
            "rate",
            min=str(to_rate(low)),
            max=str(to_rate(high)),
        )
    return to_rate(rate)


def _loan_checks(
    terms: Terms, amount: Decimal, term_months: int, method: RepaymentMethod, ltv: Decimal | None
) -> list[FieldError]:
    errors = _whole_cents(amount) or _range(
        amount, _opt(terms.get("amount_min")), _opt(terms.get("amount_max"))
    )
    low, high = terms.get("term_months_min"), terms.get("term_months_max")
    every = STEP_MONTHS.get(
        (terms.get("interest") or {}).get("repayment_frequency") or "MONTHLY", 1
    )
    if (
        (low is not None and term_months < int(low))
        or (high is not None and term_months > int(high))
        or term_months < 1
        or term_months % every
    ):
        errors.append(
            FieldError(
                ProductErrorCode.TERM_NOT_OFFERED,
                "The product does not offer a term of {term} months.",
                "termMonths",
                (("term", term_months),),
            )
        )
    if method.value not in (terms.get("repayment_methods") or []):
        errors.append(
            FieldError(
                ProductErrorCode.METHOD_NOT_ALLOWED,
                "The product is not repaid by {method}.",
                "method",
                (("method", method.value),),
            )
        )
    max_ltv = _opt(terms.get("max_ltv"))
    if ltv is not None and (ltv <= ZERO or (max_ltv is not None and ltv > max_ltv)):
        errors.append(
            FieldError(
                ErrorCode.INVALID,
                "The LTV must be above 0 % and at most {max} %.",
                "ltv",
                (("max", str(max_ltv if max_ltv is not None else HUNDRED)),),
            )
        )
    return errors


def loan_schedule(
    terms: Terms,
    fees: Fees,
    *,
    amount: Decimal,
    term_months: int,
    method: RepaymentMethod,
    drawn_on: date,
    lpr: Mapping[LprTenor, Decimal],
    rate: Decimal | None = None,
    ltv: Decimal | None = None,
    prepayment: Prepayment | None = None,
) -> LoanSchedule:
    """A loan's schedule from the product's terms and fees (``schedules`` does the arithmetic).

    The rate comes from ``loan_rate``. Repayments are monthly or quarterly
    (``interest.repayment_frequency``; a quarterly loan's term is whole quarters) at the
    annual rate / periods a year, due one period after drawdown (ONE_PERIOD_AFTER_DRAWDOWN) or
    on ``payment_day`` (FIXED_DAY: the first such day at least a period after drawdown, then
    every period; the first period's odd days are not charged separately). Fees: ``disclosure.loan_fee_parts`` (up front, or with each
    instalment; × 3 for quarterly repayments); a prepayment also pays the product's
    EARLY_REPAYMENT fee with its instalment. The APR is the IRR of what is received against
    every payment (PBoC 2021 No. 3).
    """
    _refuse(
        _loan_checks(terms, amount, term_months, method, ltv) + _in_calendar(drawn_on, "drawnOn")
    )
    annual = loan_rate(terms, amount=amount, term_months=term_months, ltv=ltv, rate=rate, lpr=lpr)
    interest_terms = terms.get("interest") or {}
    every = STEP_MONTHS.get(interest_terms.get("repayment_frequency") or "MONTHLY", 1)
    periods, periods_a_year = term_months // every, MONTHS_A_YEAR // every
    upfront, monthly = disclosure.loan_fee_parts([dict(f) for f in fees], amount)
    rows = schedule(
        method,
        principal=amount,
        annual_percent=annual,
        months=periods,
        monthly_fee=monthly * every,
        prepayment=prepayment,
        periods_a_year=periods_a_year,
    )
    if prepayment is not None:
        at = prepayment.after_period - 1
        row = rows[at]
        extra = _early_repayment_fee(fees, row.prepayment, row.balance + row.prepayment)
        rows[at] = replace(row, fee=row.fee + extra, payment=row.payment + extra)
    day = interest_terms.get("payment_day")
    if interest_terms.get("first_payment") == "FIXED_DAY" and day:
        # the first payment day at least a period after drawdown, then every period
        first = months_after(drawn_on, every).replace(day=int(day))
        if first < months_after(drawn_on, every):
            first = months_after(first, 1)
        rows = [replace(r, due_on=months_after(first, (r.period - 1) * every)) for r in rows]
    else:
        rows = dated(rows, drawn_on, every)
    total_fees = upfront + sum((r.fee for r in rows), ZERO)
    return LoanSchedule(
        rate=annual,
        method=method,
        instalments=rows,
        total_payment=sum((r.payment + r.prepayment for r in rows), ZERO),
        total_interest=sum((r.interest for r in rows), ZERO),
        total_fees=total_fees,
        apr=schedule_apr(method, rows, amount - upfront, periods, periods_a_year),
        upfront_fees=upfront,
        received=amount - upfront,
    )


# --- credit cards ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CardInstalment:
    """A card instalment plan (分期): the fee each month, the schedule and the real APR."""

    periods: int
    monthly_fee: Decimal
    total_fee: Decimal
    instalments: list[Instalment]
    apr: Decimal
    interest_free_days_max: int | None
    minimum_payment: Decimal
    """The minimum payment of a statement balance of the amount (had it not been split)."""


def minimum_payment(terms: Terms, balance: Decimal) -> Decimal:
    """The minimum payment of a statement balance: ``minimum_payment_rate`` percent of it,
    at least ``minimum_payment_floor``, at most the balance."""
    plan = terms.get("instalment") or {}
    share = to_cents(balance * _dec(plan.get("minimum_payment_rate") or ZERO) / HUNDRED)
    return min(balance, max(share, _dec(plan.get("minimum_payment_floor") or ZERO)))


def card_instalment(terms: Terms, fees: Fees, amount: Decimal, periods: int) -> CardInstalment:
    """Split a card purchase into ``periods`` monthly instalments (one of the card's
    ``instalment.periods``): the principal evenly, to the cent, the last absorbing the
    remainder; the fee each month ``monthly_fee_rate`` percent of the amount, or as an
    INSTALMENT fee in the product's fees says when there is one (MONTHLY: each month, RATE on
    the amount; ONE_TIME: all with the first instalment). No interest: the fee is the price,
    and the APR (IRR of the amount against the payments) shows it (0.6 % a month ≈ 13 % a year,
    not 7.2 %)."""
    plan = terms.get("instalment")
    errors = _whole_cents(amount) or _range(amount, None, _opt(terms.get("credit_limit_max")))
    offered = [int(p) for p in (plan or {}).get("periods") or []]
    if periods not in offered:
        errors.append(
            FieldError(
                ProductErrorCode.TERM_NOT_OFFERED,
                "The card offers instalments over {allowed} months.",
                "periods",
                (("allowed", ", ".join(map(str, offered)) or "—"),),
            )
        )
    _refuse(errors)
    assert plan is not None
    typed = next((f for f in fees if f.get("type") == "INSTALMENT"), None)
    once = ZERO
    if typed is None:
        monthly = to_cents(amount * _dec(plan.get("monthly_fee_rate") or ZERO) / HUNDRED)
    elif typed.get("frequency") == FeeFrequency.ONE_TIME:
        monthly, once = ZERO, disclosure.charge(typed, amount)
    else:
        monthly = disclosure.charge(typed, amount)
    rows = schedule(
        RepaymentMethod.EQUAL_PRINCIPAL,
        principal=amount,
        annual_percent=ZERO,
        months=periods,
        monthly_fee=monthly,
    )
    if once:
        rows[0] = replace(rows[0], fee=rows[0].fee + once, payment=rows[0].payment + once)
    total_fee = sum((r.fee for r in rows), ZERO)
    free_days = terms.get("interest_free_days_max")
    return CardInstalment(
        periods=periods,
        monthly_fee=monthly,
        total_fee=total_fee,
        instalments=rows,
        apr=annualised_rate(amount, [r.payment for r in rows]),
        interest_free_days_max=None if free_days is None else int(free_days),
        minimum_payment=minimum_payment(terms, amount),
    )


# --- wealth ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WealthProjection:
    """Projected returns at the low and high performance benchmark, after fees. Not
    guaranteed: ``note`` says so and must be shown with the figures."""

    amount: Decimal
    days: int
    invested: Decimal
    """The amount less the subscription fee."""
    subscription_fee: Decimal
    management_fee: Decimal
    custody_fee: Decimal
    fees_paid: Decimal
    low_rate: Decimal
    high_rate: Decimal
    low: Decimal
    """The return at the low benchmark after every fee (negative when fees exceed it)."""
    high: Decimal
    guaranteed: bool
    note: str


def _fee_rate(fees: Fees, fee_type: str, terms: Terms, key: str) -> Mapping[str, Any]:
    """A wealth fee: the product's typed fee of that type when there is one, else the terms'
    rate (percent)."""
    typed = next((f for f in fees if f.get("type") == fee_type), None)
    if typed is not None:
        return typed
    return {"basis": FeeBasis.RATE.value, "rate": terms.get(key) or "0"}


def wealth_projection(
    terms: Terms, fees: Fees, amount: Decimal, days: int | None = None
) -> WealthProjection:
    """Project a wealth product's return over ``days`` (default: its term, or a year when
    open-ended) at ``benchmark_min`` and ``benchmark_max`` (ACT/365 simple), less the
    subscription fee (up front, on the amount; what is left is invested) and the management
    and custody fees (annual, pro rata over the days: a rate of the invested amount, or a
    FIXED amount a year). Not
    guaranteed: the benchmarks are no promise (``NOT_GUARANTEED``)."""
    errors = _whole_cents(amount) or _range(amount, _opt(terms.get("minimum_investment")), None)
    term_days = terms.get("term_days")
    if days is None:
        days = int(term_days) if term_days else DAYS_A_YEAR
    elif term_days and not terms.get("open_ended") and days != int(term_days):
        errors.append(
            FieldError(
                ProductErrorCode.TERM_NOT_OFFERED,
                "The product runs {days} days; it cannot be held for another period.",
                "days",
                (("days", int(term_days)),),
            )
        )
    elif not 1 <= days <= 3650:
        errors.append(FieldError(ErrorCode.INVALID, "Give 1 to 3,650 days.", "days"))
    _refuse(errors)
    subscription = disclosure.charge(
        _fee_rate(fees, "SUBSCRIPTION", terms, "subscription_fee_rate"), amount
    )
    invested = amount - subscription
    year_share = Decimal(days) / DAYS_A_YEAR

    def annual(fee_type: str, key: str) -> Decimal:
        fee = _fee_rate(fees, fee_type, terms, key)
        if fee.get("basis") == FeeBasis.FIXED:
            return to_cents(_dec(fee.get("amount") or ZERO) * year_share)
        return to_cents(invested * _dec(fee.get("rate") or ZERO) / HUNDRED * year_share)

    management = annual("MANAGEMENT", "management_fee_rate")
    custody = annual("CUSTODY", "custody_fee_rate")
    paid = subscription + management + custody
    low_rate = _dec(terms.get("benchmark_min") or ZERO)
    high_rate = _dec(terms.get("benchmark_max") or ZERO)

    def net(rate: Decimal) -> Decimal:
        return to_cents(invested * rate / HUNDRED * year_share) - paid

    return WealthProjection(
        amount=amount,
        days=days,
        invested=invested,
        subscription_fee=subscription,
        management_fee=management,
        custody_fee=custody,
        fees_paid=paid,
        low_rate=low_rate,
        high_rate=high_rate,
        low=net(low_rate),
        high=net(high_rate),
        guaranteed=False,
        note=NOT_GUARANTEED,
    )
