"""What a loan discloses: its annualised rate (年化利率, APR) with the fees that count.

PBoC announcement [2021] No. 3 requires every loan product to show its annualised rate,
computed as the IRR of the borrower's cash flows including fees. The headline APR is that
of the product's default loan (default amount and term, its first repayment method) at the
lowest rate in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from backend.domains.products import schedules
from backend.domains.products.enums import (
    FeeBasis,
    FeeChargeBase,
    FeeFrequency,
    FeeType,
    RepaymentMethod,
)
from backend.kernel.money import HUNDRED, ZERO, to_cents

#: Fees that fall due only on an event (late payment, early repayment, ...): never in the APR,
#: whatever their frequency says.
EVENT_FEES = frozenset(
    {
        FeeType.LATE_PAYMENT,
        FeeType.EARLY_REPAYMENT,
        FeeType.CASH_ADVANCE,
        FeeType.TRANSFER,
        FeeType.REDEMPTION,
    }
)
#: The order repayment methods are preferred in for the headline APR.
METHOD_ORDER = ("EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL", "INTEREST_ONLY", "BULLET")


def charge(fee: Mapping[str, Any], base: Decimal) -> Decimal:
    """One charge of a fee: its FIXED amount, or its RATE (percent) of ``base`` to the cent,
    kept within its per-charge minimum and maximum."""
    if fee.get("basis") == FeeBasis.FIXED:
        return to_cents(Decimal(str(fee.get("amount") or ZERO)))
    value = to_cents(base * Decimal(str(fee.get("rate") or ZERO)) / HUNDRED)
    if fee.get("min_amount") is not None:
        value = max(value, Decimal(str(fee["min_amount"])))
    if fee.get("max_amount") is not None:
        value = min(value, Decimal(str(fee["max_amount"])))
    return value


def loan_fee_parts(fees: list[dict[str, Any]], principal: Decimal) -> tuple[Decimal, Decimal]:
    """The up-front and the monthly fee a loan of ``principal`` pays: one-time fees (fixed, or
    a rate of the disbursed amount) come off what the borrower receives; monthly fees on the
    disbursed amount are paid with each instalment. Other fees (late payment, early
    repayment...) depend on events and do not enter the APR."""
    upfront = monthly = ZERO
    for fee in fees:
        frequency = FeeFrequency(fee["frequency"])
        if frequency not in (FeeFrequency.ONE_TIME, FeeFrequency.MONTHLY):
            continue
        if fee.get("type") in EVENT_FEES:
            continue
        on_disbursement = fee.get("charged_on") == FeeChargeBase.DISBURSED_AMOUNT.value
        if fee["basis"] != FeeBasis.FIXED.value and not on_disbursement:
            continue
        if frequency == FeeFrequency.ONE_TIME:
            upfront += charge(fee, principal)
        else:
            monthly += charge(fee, principal)
    return upfront, monthly


def headline_apr(terms: dict[str, Any], fees: list[dict[str, Any]]) -> Decimal | None:
    """The APR of a loan product's default loan at its lowest rate, fees included."""
    rate = terms.get("effective_rate")
    methods = terms.get("repayment_methods") or []
    method = next((m for m in METHOD_ORDER if m in methods), None)
    if rate is None or method is None or not terms.get("amount_default"):
        return None
    principal = Decimal(terms["amount_default"])
    upfront, monthly = loan_fee_parts(fees, principal)
    return schedules.loan_apr(
        RepaymentMethod(method),
        principal=principal,
        annual_percent=Decimal(rate),
        months=int(terms["term_months_default"]),
        monthly_fee=monthly,
        upfront_fee=upfront,
    )
