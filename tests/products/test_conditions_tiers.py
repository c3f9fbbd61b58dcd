"""Typed conditions and rate tiers (issue #12 shape 2): each condition type at its edges, band
membership, tier lookup and the PER_BAND / WHOLE_BALANCE split of an amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.domains.products.conditions import Circumstances, all_hold, holds
from backend.domains.products.enums import CustomerType, TierApplication, TierUnit
from backend.domains.products.tiers import Slice, find_tier, in_band, split

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("condition", "circumstances", "expected"),
    [
        ({"type": "MIN_BALANCE", "amount": "50000.00"}, Circumstances(balance=Decimal("50000")), True),
        ({"type": "MIN_BALANCE", "amount": "50000.00"}, Circumstances(balance=Decimal("49999.99")), False),
        ({"type": "MIN_BALANCE", "amount": "50000.00"}, Circumstances(), False),
        ({"type": "NEW_MONEY", "amount": "10000.00"}, Circumstances(new_money=True, balance=Decimal("10000")), True),
        ({"type": "NEW_MONEY", "amount": "10000.00"}, Circumstances(new_money=True, balance=Decimal("9999.99")), False),
        ({"type": "NEW_MONEY", "amount": "10000.00"}, Circumstances(new_money=False, balance=Decimal("90000")), False),
        ({"type": "MIN_DEPOSITS_A_MONTH", "count": 3}, Circumstances(deposits_a_month=3), True),
        ({"type": "MIN_DEPOSITS_A_MONTH", "count": 3}, Circumstances(deposits_a_month=2), False),
        ({"type": "MIN_DEPOSITS_A_MONTH", "count": 3}, Circumstances(), False),
        ({"type": "MIN_TRANSACTIONS_A_MONTH", "count": 10}, Circumstances(transactions_a_month=10), True),
        ({"type": "MIN_TRANSACTIONS_A_MONTH", "count": 10}, Circumstances(transactions_a_month=9), False),
        ({"type": "MIN_TRANSACTIONS_A_YEAR", "count": 6}, Circumstances(transactions_a_year=6), True),
        ({"type": "MIN_TRANSACTIONS_A_YEAR", "count": 6}, Circumstances(transactions_a_year=5), False),
        ({"type": "MIN_SPEND_A_YEAR", "amount": "50000.00"}, Circumstances(spend_a_year=Decimal("50000")), True),
        ({"type": "MIN_SPEND_A_YEAR", "amount": "50000.00"}, Circumstances(spend_a_year=Decimal("49999.99")), False),
        ({"type": "MIN_SPEND_A_YEAR", "amount": "50000.00"}, Circumstances(), False),
        ({"type": "PAYROLL_DEPOSIT", "amount": "5000.00"}, Circumstances(payroll_deposit=True), True),
        ({"type": "PAYROLL_DEPOSIT", "amount": "5000.00"}, Circumstances(), False),
        ({"type": "CUSTOMER_TYPE", "customer_types": ["INDIVIDUAL"]}, Circumstances(customer_type=CustomerType.INDIVIDUAL), True),
        ({"type": "CUSTOMER_TYPE", "customer_types": ["INDIVIDUAL"]}, Circumstances(customer_type=CustomerType.CORPORATE), False),
        ({"type": "CUSTOMER_TYPE", "customer_types": ["INDIVIDUAL"]}, Circumstances(), False),
        ({"type": "AGE_BAND", "age_min": 18, "age_max": 35}, Circumstances(age=18), True),
        ({"type": "AGE_BAND", "age_min": 18, "age_max": 35}, Circumstances(age=35), True),
        ({"type": "AGE_BAND", "age_min": 18, "age_max": 35}, Circumstances(age=17), False),
        ({"type": "AGE_BAND", "age_min": 18, "age_max": 35}, Circumstances(age=36), False),
        ({"type": "AGE_BAND", "age_min": 60, "age_max": None}, Circumstances(age=99), True),
        ({"type": "AGE_BAND", "age_min": None, "age_max": 25}, Circumstances(age=0), True),
        ({"type": "AGE_BAND", "age_min": 18, "age_max": None}, Circumstances(), False),
        ({"type": "BUNDLE_MEMBER", "bundle_code": "PAYROLL-PLUS"}, Circumstances(bundle_codes=("PAYROLL-PLUS",)), True),
        ({"type": "BUNDLE_MEMBER", "bundle_code": "PAYROLL-PLUS"}, Circumstances(bundle_codes=("OTHER",)), False),
        ({"type": "INTRODUCTORY", "months": 3}, Circumstances(), True),
        ({"type": "INTRODUCTORY", "months": 3}, Circumstances(months_since_opening=2), True),
        ({"type": "INTRODUCTORY", "months": 3}, Circumstances(months_since_opening=3), False),
        ({"type": "INTRODUCTORY", "ends_on": "2026-06-15"}, Circumstances(), True),
        ({"type": "INTRODUCTORY", "ends_on": "2026-06-14"}, Circumstances(), False),
        ({"type": "INTRODUCTORY", "ends_on": "2026-06-14"}, Circumstances(on=date(2026, 6, 14)), True),
    ],
)  # fmt: skip
def test_each_condition_type_holds_exactly_from_its_edge(
    condition: dict[str, Any], circumstances: Circumstances, expected: bool
) -> None:
    assert holds(condition, circumstances, TODAY) is expected


def test_all_conditions_of_a_list_must_hold() -> None:
    conditions = [
        {"type": "MIN_BALANCE", "amount": "10000.00"},
        {"type": "AGE_BAND", "age_min": 60, "age_max": None},
    ]
    assert all_hold(conditions, Circumstances(balance=Decimal(20000), age=60), TODAY)
    assert not all_hold(conditions, Circumstances(balance=Decimal(20000), age=59), TODAY)
    assert all_hold([], Circumstances(), TODAY)


def band(unit: str, lower: str, upper: str | None) -> dict[str, Any]:
    return {"unit": unit, "lower": lower, "upper": upper}


@pytest.mark.parametrize(
    ("lower", "upper", "value", "inside"),
    [
        ("0", "50000", "0", True),
        ("0", "50000", "49999.99", True),
        ("0", "50000", "50000", False),
        ("50000", None, "50000", True),
        ("50000", None, "1e12", True),
        ("50000", None, "49999.99", False),
        ("12", "12", "12", True),
        ("12", "12", "11", False),
        ("12", "12", "13", False),
    ],
)
def test_a_band_holds_lower_inclusive_upper_exclusive_and_exact_when_equal(
    lower: str, upper: str | None, value: str, inside: bool
) -> None:
    assert in_band(band("AMOUNT", lower, upper), Decimal(value)) is inside


TIERS = [
    {"bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "0", "50000")], "rate": "1.5000"},
    {"bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50000", None)], "rate": "2.0000"},
    {"bands": [band("TERM_MONTHS", "24", "24")], "rate": "2.2000"},
]
TERM_12 = {TierUnit.TERM_MONTHS: 12}


def test_find_tier_takes_the_tier_whose_bands_all_hold_and_ignores_absent_dimensions() -> None:
    assert find_tier(TIERS, {**TERM_12, TierUnit.AMOUNT: Decimal(80000)}) is TIERS[1]
    assert find_tier(TIERS, {**TERM_12, TierUnit.AMOUNT: Decimal(100)}) is TIERS[0]
    # the 24-month tier has no amount band: it matches any amount
    assert find_tier(TIERS, {TierUnit.TERM_MONTHS: 24, TierUnit.AMOUNT: Decimal(1)}) is TIERS[2]
    assert find_tier(TIERS, {TierUnit.TERM_MONTHS: 6, TierUnit.AMOUNT: Decimal(1)}) is None
    # a band on a unit whose value is not given does not hold
    assert find_tier(TIERS, {TierUnit.AMOUNT: Decimal(100)}) is None


def test_per_band_gives_each_slice_its_rate_and_whole_balance_the_top_rate() -> None:
    # the spec's example: ¥80,000 over [0, 50,000) 1.50 % and [50,000, ∞) 2.00 %
    per_band = split(TIERS, Decimal(80000), TERM_12, TierApplication.PER_BAND)
    assert per_band == [
        Slice(Decimal(0), Decimal(50000), Decimal(50000), Decimal("1.5000")),
        Slice(Decimal(50000), None, Decimal(30000), Decimal("2.0000")),
    ]
    whole = split(TIERS, Decimal(80000), TERM_12, TierApplication.WHOLE_BALANCE)
    assert whole == [Slice(Decimal(50000), None, Decimal(80000), Decimal("2.0000"))]
    below = split(TIERS, Decimal(50000), TERM_12, TierApplication.PER_BAND)
    assert below == [Slice(Decimal(0), Decimal(50000), Decimal(50000), Decimal("1.5000"))]


def test_the_lowest_band_counts_from_zero_and_a_gap_gives_no_split() -> None:
    from_fifty = [{"bands": [band("AMOUNT", "50", None)], "rate": "1.0000"}]
    assert split(from_fifty, Decimal(100), {}, TierApplication.PER_BAND) == [
        Slice(Decimal(50), None, Decimal(100), Decimal("1.0000"))
    ]
    gap = [
        {"bands": [band("AMOUNT", "0", "100")], "rate": "1.0000"},
        {"bands": [band("AMOUNT", "200", None)], "rate": "2.0000"},
    ]
    assert split(gap, Decimal(300), {}, TierApplication.PER_BAND) is None
    assert split(gap, Decimal(150), {}, TierApplication.WHOLE_BALANCE) is None
    assert split(TIERS, Decimal(10), {TierUnit.TERM_MONTHS: 6}, TierApplication.PER_BAND) is None


@settings(max_examples=40, deadline=None)
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000000"), places=2))
def test_per_band_slices_add_up_to_the_amount(amount: Decimal) -> None:
    slices = split(TIERS, amount, TERM_12, TierApplication.PER_BAND)
    assert slices is not None
    assert sum(s.amount for s in slices) == amount
    assert all(s.amount > 0 for s in slices)
