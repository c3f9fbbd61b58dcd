"""Loan schedules and the APR: published figures, edges and properties, to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.domains.products.enums import RepaymentMethod
from backend.domains.products.schedules import (
    annualised_rate,
    equal_instalment_amount,
    loan_apr,
    schedule,
)
from backend.errors import DomainError

MILLION = Decimal("1000000.00")


def test_a_thirty_year_mortgage_at_3_1_percent_matches_the_published_figures() -> None:
    # given ¥1,000,000 over 30 years at 3.1 % a year
    level = schedule(
        RepaymentMethod.EQUAL_INSTALLMENT,
        principal=MILLION,
        annual_percent=Decimal("3.1"),
        months=360,
    )
    falling = schedule(
        RepaymentMethod.EQUAL_PRINCIPAL,
        principal=MILLION,
        annual_percent=Decimal("3.1"),
        months=360,
    )
    # then 等额本息 pays ¥4,270.16 a month and 等额本金 ¥5,361.11 in the first month
    assert {row.payment for row in level[:-1]} == {Decimal("4270.16")}
    assert falling[0].payment == Decimal("5361.11")
    assert falling[0].principal == Decimal("2777.78") and falling[0].interest == Decimal("2583.33")
    # and both repay the loan exactly, the last instalment absorbing the remainder
    for rows in (level, falling):
        assert sum(row.principal for row in rows) == MILLION
        assert rows[-1].balance == 0


def test_interest_only_and_bullet_repay_the_principal_at_the_end() -> None:
    only = schedule(
        RepaymentMethod.INTEREST_ONLY,
        principal=Decimal("120000.00"),
        annual_percent=Decimal("4.8"),
        months=12,
    )
    assert [row.principal for row in only[:-1]] == [Decimal(0)] * 11
    assert only[-1].principal == Decimal("120000.00") and only[0].interest == Decimal("480.00")
    bullet = schedule(
        RepaymentMethod.BULLET,
        principal=Decimal("120000.00"),
        annual_percent=Decimal("4.8"),
        months=12,
    )
    assert len(bullet) == 1 and bullet[0].payment == Decimal("125760.00")


def test_a_zero_rate_splits_the_principal_and_charges_no_interest() -> None:
    rows = schedule(
        RepaymentMethod.EQUAL_INSTALLMENT,
        principal=Decimal("100.00"),
        annual_percent=Decimal(0),
        months=3,
    )
    assert [row.payment for row in rows] == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert sum(row.interest for row in rows) == 0


@pytest.mark.parametrize(
    ("principal", "rate", "months", "fee", "field"),
    [
        ("0", "3", 12, "0", "principal"),
        ("100.001", "3", 12, "0", "principal"),
        ("1000", "-1", 12, "0", "annualRate"),
        ("1000", "3", 0, "0", "months"),
        ("1000", "3", 601, "0", "months"),
        ("1000", "3", 12, "-1", "monthlyFee"),
    ],
)
def test_what_no_schedule_can_be_made_of_is_refused_by_field(
    principal: str, rate: str, months: int, fee: str, field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        schedule(
            RepaymentMethod.EQUAL_INSTALLMENT,
            principal=Decimal(principal),
            annual_percent=Decimal(rate),
            months=months,
            monthly_fee=Decimal(fee),
        )
    assert [e.field for e in refused.value.errors] == [field]


def test_a_fee_bearing_instalment_plan_has_an_apr_far_above_its_monthly_fee_rate() -> None:
    # given ¥12,000 over 12 months at 0 % interest and a 0.6 % monthly fee (¥72 a month)
    apr = loan_apr(
        RepaymentMethod.EQUAL_PRINCIPAL,
        principal=Decimal("12000.00"),
        annual_percent=Decimal(0),
        months=12,
        monthly_fee=Decimal("72.00"),
    )
    # then the annualised rate is about 13.0 %, not 7.2 % (0.6 % × 12)
    assert Decimal("12.9") < apr < Decimal("13.1")


def test_without_fees_the_apr_is_the_nominal_rate() -> None:
    apr = loan_apr(
        RepaymentMethod.EQUAL_INSTALLMENT,
        principal=MILLION,
        annual_percent=Decimal("3.1"),
        months=360,
    )
    assert abs(apr - Decimal("3.1")) < Decimal("0.001")


def test_a_bullet_loans_apr_is_its_rate_and_rises_with_fees() -> None:
    # one repayment at the end of three years: one period, the whole term
    plain = loan_apr(
        RepaymentMethod.BULLET, principal=MILLION, annual_percent=Decimal("3.8"), months=36
    )
    assert plain == Decimal("3.8000")
    with_fees = loan_apr(
        RepaymentMethod.BULLET,
        principal=MILLION,
        annual_percent=Decimal("3.8"),
        months=36,
        monthly_fee=Decimal("100.00"),
        upfront_fee=Decimal("5000.00"),
    )
    (row,) = schedule(
        RepaymentMethod.BULLET,
        principal=MILLION,
        annual_percent=Decimal("3.8"),
        months=36,
        monthly_fee=Decimal("100.00"),
    )
    # the monthly fees are paid with the one payment
    assert row.fee == Decimal("3600.00") and row.payment == MILLION + Decimal("114000.00") + 3600
    # (1,117,600 / 995,000 − 1) × 12 / 36
    assert with_fees == Decimal("4.1072")


def test_payments_below_what_was_received_have_no_apr() -> None:
    with pytest.raises(DomainError):
        annualised_rate(Decimal(100), [Decimal(40), Decimal(40)])


loans = st.tuples(
    st.decimals(min_value=Decimal("10000.00"), max_value=Decimal("5000000.00"), places=2),
    st.decimals(min_value=Decimal("0.10"), max_value=Decimal("24.00"), places=2),
    st.integers(min_value=2, max_value=360),
)


@settings(max_examples=60, deadline=None)
@given(loans)
def test_schedules_repay_the_loan_exactly_and_follow_the_closed_form(
    loan: tuple[Decimal, Decimal, int],
) -> None:
    principal, rate, months = loan
    level = schedule(
        RepaymentMethod.EQUAL_INSTALLMENT, principal=principal, annual_percent=rate, months=months
    )
    falling = schedule(
        RepaymentMethod.EQUAL_PRINCIPAL, principal=principal, annual_percent=rate, months=months
    )
    closed_form = equal_instalment_amount(principal, rate, months)
    # principal parts add up to the loan to the cent, on both methods
    assert sum(row.principal for row in level) == principal
    assert sum(row.principal for row in falling) == principal
    # every instalment but the last is the closed form to the cent
    assert all(row.payment == closed_form for row in level[:-1])
    # 等额本金 never costs more interest than 等额本息
    assert sum(row.interest for row in falling) <= sum(row.interest for row in level)


@settings(max_examples=30, deadline=None)
@given(loans, st.decimals(min_value=Decimal("0.01"), max_value=Decimal("500.00"), places=2))
def test_fees_put_the_apr_above_the_nominal_rate(
    loan: tuple[Decimal, Decimal, int], fee: Decimal
) -> None:
    principal, rate, months = loan
    apr = loan_apr(
        RepaymentMethod.EQUAL_INSTALLMENT,
        principal=principal,
        annual_percent=rate,
        months=months,
        monthly_fee=fee,
    )
    assert apr >= rate
