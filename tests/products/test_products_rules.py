"""Family-term rules, property-based: ranges are accepted exactly when they are ordered and
within bounds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from backend.domains.products import terms_rules, terms_upgrade
from backend.domains.products.enums import (
    InterestPayment,
    LoanRateType,
    LprTenor,
    Offering,
    ProductFamily,
    ProductSubtype,
    RepaymentMethod,
)

rates = st.decimals(min_value=Decimal("-5"), max_value=Decimal("50"), places=4)
amounts = st.decimals(min_value=Decimal("1"), max_value=Decimal("10000000"), places=2)
months = st.integers(min_value=-5, max_value=400)
#: The LPRs the loan checks read (the rates in force from 2025-05-20).
LPR = {LprTenor.ONE_YEAR: Decimal("3.0000"), LprTenor.FIVE_YEAR: Decimal("3.5000")}


def fields_of(errors: list[Any]) -> set[str]:
    return {e.field for e in errors}


def loan(**overrides: Any) -> dict[str, Any]:
    data = {
        "rate_type": LoanRateType.FIXED,
        "fixed_rate": Decimal("4.2"),
        "lpr_tenor": None,
        "spread_bps": None,
        "amount_min": Decimal("1000"),
        "amount_default": Decimal("5000"),
        "amount_max": Decimal("9000"),
        "term_months_min": 6,
        "term_months_default": 12,
        "term_months_max": 36,
        "repayment_methods": [RepaymentMethod.BULLET],
        "collateral_required": False,
        "max_ltv": None,
        "grace_period_days": 0,
        "penalty_rate": Decimal("6.3"),
    }
    data.update(overrides)
    return {"loan": data}


@settings(max_examples=150, deadline=None)
@given(low=amounts, default=amounts, high=amounts)
def test_loan_amounts_must_be_ordered(low: Decimal, default: Decimal, high: Decimal) -> None:
    _, errors = terms_rules.check_terms(
        ProductFamily.LOAN,
        ProductSubtype.CONSUMER,
        loan(amount_min=low, amount_default=default, amount_max=high),
        lpr=LPR,
    )
    ordered = low <= default <= high
    amount_errors = fields_of(errors) & {"terms.loan.amountDefault", "terms.loan.amountMax"}
    assert (not amount_errors) == ordered


@settings(max_examples=150, deadline=None)
@given(low=months, default=months, high=months)
def test_loan_terms_must_be_ordered_and_within_1_to_360(low: int, default: int, high: int) -> None:
    _, errors = terms_rules.check_terms(
        ProductFamily.LOAN,
        ProductSubtype.CONSUMER,
        loan(term_months_min=low, term_months_default=default, term_months_max=high),
        lpr=LPR,
    )
    valid = all(1 <= x <= 360 for x in (low, default, high)) and low <= default <= high
    assert (not errors) == valid


@settings(max_examples=150, deadline=None)
@given(rate=rates)
def test_rates_are_accepted_only_between_0_and_36(rate: Decimal) -> None:
    _, errors = terms_rules.check_terms(
        ProductFamily.LOAN, ProductSubtype.CONSUMER, loan(fixed_rate=rate), lpr=LPR
    )
    assert ("terms.loan.fixedRate" not in fields_of(errors)) == (0 <= rate <= 36)


@settings(max_examples=150, deadline=None)
@given(low=rates, high=rates, private=st.booleans(), hours=st.integers(0, 100))
def test_wealth_benchmark_range_and_private_cooling_off(
    low: Decimal, high: Decimal, private: bool, hours: int
) -> None:
    terms = {
        "wealth": {
            "benchmark_min": low,
            "benchmark_max": high,
            "open_ended": True,
            "term_days": None,
            "minimum_investment": Decimal("1000000"),
            "subscription_fee_rate": Decimal("0"),
            "management_fee_rate": Decimal("0.3"),
            "custody_fee_rate": Decimal("0.02"),
            "offering": Offering.PRIVATE if private else Offering.PUBLIC,
            "cooling_off_hours": hours,
        }
    }
    _, errors = terms_rules.check_terms(ProductFamily.WEALTH, ProductSubtype.BOND, terms)
    in_bounds = 0 <= low <= 36 and 0 <= high <= 36
    expected_ok = in_bounds and low <= high and (not private or hours >= 24)
    assert (not errors) == expected_ok


@settings(max_examples=100, deadline=None)
@given(term_list=st.lists(st.integers(1, 72), min_size=1, max_size=4, unique=True))
def test_time_deposit_terms_come_from_the_allowed_set(term_list: list[int]) -> None:
    terms = {
        "deposit": {
            "terms_months": term_list,
            "rate_table": [
                {"term_months": m, "min_amount": Decimal("50"), "rate": Decimal("1.5")}
                for m in term_list
            ],
            "minimum_deposit": Decimal("50"),
            "interest_payment": InterestPayment.AT_MATURITY,
            "early_withdrawal_rate": Decimal("0.1"),
            "auto_renewal": True,
        }
    }
    _, errors = terms_rules.check_terms(ProductFamily.DEPOSIT, ProductSubtype.TIME, terms)
    allowed = all(m in terms_upgrade.DEPOSIT_TERMS_V1 for m in term_list)
    assert ("terms.deposit.termsMonths" not in fields_of(errors)) == allowed


def test_lpr_loan_effective_rate_is_lpr_plus_spread() -> None:
    normalised, errors = terms_rules.check_terms(
        ProductFamily.LOAN,
        ProductSubtype.MORTGAGE,
        loan(
            rate_type=LoanRateType.LPR,
            fixed_rate=None,
            lpr_tenor=LprTenor.FIVE_YEAR,
            spread_bps=-45,
            collateral_required=True,
            max_ltv=Decimal("80"),
        ),
        lpr=LPR,
    )
    assert errors == []
    assert normalised["effective_rate"] == "3.0500"
