"""The product calculator (试算) on shape-2 terms: published figures, edges, typed refusals and
properties, to the cent."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.domains.products import calculators as calc
from backend.domains.products.conditions import Circumstances
from backend.domains.products.enums import LprTenor, RepaymentMethod
from backend.domains.products.schedules import (
    Prepayment,
    PrepaymentMode,
    equal_instalment_amount,
    schedule,
)
from backend.errors import DomainError

D = Decimal
START = date(2026, 1, 1)
LPR = {LprTenor.ONE_YEAR: D("3.0000"), LprTenor.FIVE_YEAR: D("3.5000")}


def band(unit: str, lower: str, upper: str | None) -> dict[str, Any]:
    return {"unit": unit, "lower": lower, "upper": upper}


def time_deposit(**changes: Any) -> dict[str, Any]:
    """A shape-2 time deposit: 3–60 months in quarters, 12 and 24 months offered, two amount
    bands at 12 months."""
    terms: dict[str, Any] = {
        "shape": 2,
        "interest": {
            "day_count": "THIRTY_360",
            "accrual": "DAILY",
            "compounding": "NONE",
            "posting": "AT_MATURITY",
        },
        "term": {"min": 3, "max": 60, "multiple": 3, "unit": "MONTH"},
        "notice_days": None,
        "tier_application": "PER_BAND",
        "rate_tiers": [
            {
                "bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50.00", "50000.00")],
                "rate": "1.5000",
                "rate_max": None,
                "spread_bps": None,
                "spread_bps_max": None,
            },
            {
                "bands": [band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50000.00", None)],
                "rate": "2.0000",
            },
            {"bands": [band("TERM_MONTHS", "24", "24")], "rate": "2.2000"},
        ],
        "bonus_rates": [],
        "minimum_deposit": "50.00",
        "early_withdrawal_rate": "0.1500",
        "auto_renewal": False,
    }
    terms.update(changes)
    return terms


def demand_deposit(**interest: Any) -> dict[str, Any]:
    return time_deposit(
        term=None,
        tier_application="WHOLE_BALANCE",
        rate_tiers=[{"bands": [], "rate": "3.6500"}],
        interest={
            "day_count": "ACT_365",
            "accrual": "DAILY",
            "compounding": "NONE",
            "posting": "QUARTERLY",
            **interest,
        },
    )


def interest(terms: dict[str, Any], amount: str, **kwargs: Any) -> calc.DepositInterest:
    kwargs.setdefault("start_on", START)
    kwargs.setdefault("today", START)
    subtype = "DEMAND" if terms["term"] is None else "TIME"
    return calc.deposit_interest(terms, subtype, D(amount), **kwargs)


def refused(call: Any) -> list[tuple[str | None, str]]:
    with pytest.raises(DomainError) as caught:
        call()
    return [(e.field, str(e.code)) for e in caught.value.errors]


# --- deposits -------------------------------------------------------------------------------


def test_a_one_year_deposit_earns_principal_times_rate_under_30_360() -> None:
    # ¥10,000 at 1.50 % for a year (本金 × 年利率 × 存期), the banks' published formula
    result = interest(time_deposit(), "10000.00", term_months=12)
    assert result.total_interest == D("150.00")
    assert result.days == 360 and result.maturity_on == date(2027, 1, 1)
    assert result.effective_rate == D("1.5000") and not result.early


@pytest.mark.parametrize(
    ("day_count", "expected"),
    [("ACT_365", "150.00"), ("ACT_360", "152.08"), ("THIRTY_360", "150.00")],
)
def test_the_day_count_decides_the_days_and_the_year(day_count: str, expected: str) -> None:
    terms = time_deposit()
    terms["interest"]["day_count"] = day_count
    # 2026-01-01 to 2027-01-01 is 365 actual days: ACT_360 pays 10,000 × 1.5 % × 365 / 360
    assert interest(terms, "10000.00", term_months=12).total_interest == D(expected)


def test_per_band_and_whole_balance_on_the_specs_example() -> None:
    # ¥80,000: 50,000 × 1.50 % + 30,000 × 2.00 % (PER_BAND) or 80,000 × 2.00 % (WHOLE_BALANCE)
    per_band = interest(time_deposit(), "80000.00", term_months=12)
    assert [(b.amount, b.rate, b.interest) for b in per_band.bands] == [
        (D("50000.00"), D("1.5000"), D("750.00")),
        (D("30000.00"), D("2.0000"), D("600.00")),
    ]
    assert per_band.total_interest == per_band.base_interest == D("1350.00")
    whole = interest(time_deposit(tier_application="WHOLE_BALANCE"), "80000.00", term_months=12)
    assert whole.total_interest == D("1600.00") and len(whole.bands) == 1


def test_a_term_ending_past_a_month_end_matures_on_the_last_day() -> None:
    result = interest(time_deposit(), "10000.00", term_months=24, start_on=date(2024, 2, 29))
    assert result.maturity_on == date(2026, 2, 28)
    assert result.days == 720 and result.total_interest == D("440.00")


def test_early_withdrawal_earns_the_early_rate_for_the_whole_holding() -> None:
    bonus = {
        "name": "新客",
        "rate": "0.5000",
        "conditions": [{"type": "INTRODUCTORY", "months": 3}],
    }
    terms = time_deposit(bonus_rates=[bonus])
    result = interest(terms, "10000.00", term_months=12, withdrawn_on=date(2026, 7, 1))
    # 6 months (180 days under 30/360) at 0.15 %, no bonus
    assert result.early and result.end_on == date(2026, 7, 1)
    assert result.total_interest == D("7.50") and result.bonuses == []
    held = interest(terms, "10000.00", term_months=12, withdrawn_on=date(2027, 1, 1))
    assert not held.early


def test_bonuses_whose_conditions_hold_add_their_points_on_the_whole_balance() -> None:
    bonuses = [
        {"name": "大额", "rate": "0.2000", "conditions": [{"type": "MIN_BALANCE", "amount": "50000.00"}]},
        {"name": "代发工资", "rate": "0.1000", "conditions": [{"type": "PAYROLL_DEPOSIT", "amount": "3000.00"}]},
        {"name": "新客三个月", "rate": "1.2000", "conditions": [{"type": "INTRODUCTORY", "months": 3}]},
    ]  # fmt: skip
    terms = time_deposit(bonus_rates=bonuses)
    result = interest(terms, "80000.00", term_months=12)
    # the balance (the amount) qualifies; no payroll; the introductory bonus for 3 months only
    assert [(b.name, b.interest) for b in result.bonuses] == [
        ("大额", D("160.00")),
        ("新客三个月", D("240.00")),
    ]
    assert result.total_interest == D("1350.00") + D("400.00")
    # told of a payroll, the customer gets that bonus too
    paid = interest(
        terms, "80000.00", term_months=12, circumstances=Circumstances(payroll_deposit=True)
    )
    assert paid.total_interest == result.total_interest + D("80.00")
    # a customer opened two months ago has one introductory month left
    later = interest(
        terms, "80000.00", term_months=12, circumstances=Circumstances(months_since_opening=2)
    )
    assert later.bonuses[-1].interest == D("80.00")


def test_monthly_compounding_capitalises_each_posting_over_actual_days() -> None:
    terms = demand_deposit(compounding="MONTHLY", posting="MONTHLY")
    result = interest(terms, "100000.00", days=365)
    # step by step: each month's actual days at 3.65 % / 365 on the growing balance
    balance = D("100000.00")
    for month in range(1, 13):
        end = date(2026 + month // 12, month % 12 + 1, 1)
        days = (end - date(2026, month, 1)).days
        balance += (balance * D("3.65") / 100 * days / 365).quantize(D("0.01"))
    assert result.total_interest == balance - D("100000.00")
    simple = interest(demand_deposit(), "100000.00", days=365)
    assert simple.total_interest == D("3650.00") < result.total_interest
    assert result.effective_rate > D("3.65")


def test_a_year_of_monthly_compounding_rounds_each_posting_near_the_closed_form() -> None:
    terms = time_deposit(
        tier_application="WHOLE_BALANCE",
        rate_tiers=[{"bands": [band("TERM_MONTHS", "12", "12")], "rate": "3.6000"}],
        interest={"day_count": "THIRTY_360", "accrual": "DAILY", "compounding": "MONTHLY", "posting": "AT_MATURITY"},
    )  # fmt: skip
    result = interest(terms, "100000.00", term_months=12)
    balance = D("100000.00")
    for _ in range(12):
        balance += (balance * D("0.003")).quantize(D("0.01"))
    assert result.total_interest == balance - D("100000.00") == D("3660.01")
    # the unrounded closed form 100,000 × (1.003^12 − 1) is ¥3,659.99
    closed = D("100000") * (D("1.003") ** 12 - 1)
    assert abs(result.total_interest - closed) < D("0.03")


def test_a_demand_deposit_earns_over_the_days_held_or_to_the_withdrawal() -> None:
    terms = demand_deposit()
    by_days = interest(terms, "10000.00", days=73)
    assert by_days.total_interest == D("73.00")  # 10,000 × 3.65 % × 73 / 365
    assert by_days.maturity_on is None and by_days.end_on == date(2026, 3, 15)
    assert interest(terms, "10000.00", withdrawn_on=date(2026, 3, 15)) == by_days


def notice_deposit() -> dict[str, Any]:
    """A shape-2 通知存款 as terms_rules stores it: the notice is its term in days (1 or 7)."""
    terms = time_deposit(
        term={"min": 1, "max": 7, "multiple": 1, "unit": "DAY"},
        tier_application="WHOLE_BALANCE",
        rate_tiers=[
            {"bands": [band("AMOUNT", "50000.00", None), band("TERM_DAYS", "1", "1")], "rate": "0.1000"},
            {"bands": [band("AMOUNT", "50000.00", None), band("TERM_DAYS", "7", "7")], "rate": "0.5500"},
        ],
        minimum_deposit="50000.00",
    )  # fmt: skip
    terms["interest"] = {**terms["interest"], "day_count": "ACT_360", "posting": "AT_MATURITY"}
    return terms


def notice(terms: dict[str, Any], **kwargs: Any) -> calc.DepositInterest:
    return calc.deposit_interest(
        terms, "NOTICE", D("100000.00"), start_on=START, today=START, **kwargs
    )


def test_a_notice_deposit_earns_the_rate_of_its_notice_over_the_days_held() -> None:
    terms = notice_deposit()
    seven = notice(terms, notice_days=7, days=36)
    assert seven.total_interest == D("55.00")  # 100,000 × 0.55 % × 36 / 360
    assert seven.maturity_on is None and not seven.early
    assert notice(terms, notice_days=1, withdrawn_on=date(2026, 2, 6)).total_interest == D("10.00")
    assert refused(lambda: notice(terms, days=36)) == [("noticeDays", "REQUIRED")]
    assert refused(lambda: notice(terms, notice_days=3, days=36)) == [
        ("noticeDays", "TERM_NOT_OFFERED")
    ]
    only_seven = {
        **terms,
        "rate_tiers": terms["rate_tiers"][1:],
        "term": {**terms["term"], "min": 7},
    }
    assert notice(only_seven, days=36) == seven
    assert refused(lambda: interest(time_deposit(), "100.00", term_months=12, notice_days=7)) == [
        ("noticeDays", "INVALID")
    ]


def test_a_notice_deposit_earns_its_notice_tiers_rate() -> None:
    terms = time_deposit(
        term=None,
        notice_days=7,
        tier_application="WHOLE_BALANCE",
        rate_tiers=[
            {"bands": [band("TERM_DAYS", "1", "1")], "rate": "0.1000"},
            {"bands": [band("TERM_DAYS", "7", "7")], "rate": "0.5500"},
        ],
        minimum_deposit="50000.00",
    )
    terms["interest"]["day_count"] = "ACT_360"
    result = calc.deposit_interest(
        terms, "NOTICE", D("100000.00"), days=36, start_on=START, today=START
    )
    assert result.total_interest == D("55.00")  # 100,000 × 0.55 % × 36 / 360


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"amount": "49.99", "term_months": 12}, [("amount", "AMOUNT_BELOW_MINIMUM")]),
        ({"amount": "100.001", "term_months": 12}, [("amount", "INVALID")]),
        ({"amount": "100", "term_months": 13}, [("termMonths", "TERM_NOT_OFFERED")]),
        ({"amount": "100", "term_months": 6}, [("termMonths", "TERM_NOT_OFFERED")]),
        ({"amount": "100", "term_months": 63}, [("termMonths", "TERM_NOT_OFFERED")]),
        ({"amount": "100"}, [("termMonths", "REQUIRED")]),
        ({"amount": "100", "term_months": 12, "days": 30}, [("days", "INVALID")]),
        (
            {"amount": "100", "term_months": 12, "withdrawn_on": date(2025, 12, 31)},
            [("withdrawnOn", "INVALID")],
        ),
    ],
)
def test_what_a_time_deposit_does_not_offer_is_refused_by_field(
    kwargs: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    amount = kwargs.pop("amount")
    assert refused(lambda: interest(time_deposit(), amount, **kwargs)) == expected


def test_the_products_own_minimum_and_maximum_are_checked_too() -> None:
    terms = time_deposit()
    call = lambda: interest(terms, "60000.00", term_months=12, product_max=D("50000"))  # noqa: E731
    assert refused(call) == [("amount", "AMOUNT_ABOVE_MAXIMUM")]
    assert refused(lambda: interest(demand_deposit(), "100.00")) == [("days", "REQUIRED")]
    assert refused(lambda: interest(demand_deposit(), "100.00", term_months=3)) == [
        ("termMonths", "INVALID")
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.decimals(min_value=D("50.00"), max_value=D("5000000.00"), places=2),
    st.sampled_from(["NONE", "MONTHLY", "QUARTERLY"]),
    st.sampled_from(["ACT_360", "ACT_365", "THIRTY_360"]),
)
def test_deposit_interest_adds_up_and_compounding_never_loses_more_than_rounding(
    amount: Decimal, compounding: str, day_count: str
) -> None:
    terms = time_deposit()
    terms["interest"] = {**terms["interest"], "compounding": compounding, "day_count": day_count}
    result = interest(terms, str(amount), term_months=12)
    assert result.total_interest == sum(b.interest for b in result.bands)
    simple = interest(time_deposit(), str(amount), term_months=12)
    if day_count == "THIRTY_360":
        # compounding earns at least simple interest, but for the rounding of each of (at
        # most) 12 postings to the cent (¥50 at 1.5 %: 12 × ¥0.06 against ¥0.75 at once)
        assert result.total_interest >= simple.total_interest - 12 * D("0.005")


# --- loans ----------------------------------------------------------------------------------


def loan_terms(**changes: Any) -> dict[str, Any]:
    """A shape-2 fixed-rate loan: ¥10,000–5,000,000 over 12–360 months, cheaper above ¥1M."""
    terms: dict[str, Any] = {
        "shape": 2,
        "rate_type": "FIXED",
        "lpr_tenor": None,
        "repricing": None,
        "rate_tiers": [
            {"bands": [band("AMOUNT", "10000.00", "1000000.00")], "rate": "3.3000", "rate_max": "4.0000"},
            {"bands": [band("AMOUNT", "1000000.00", None)], "rate": "3.1000"},
        ],
        "effective_rate": "3.1000",
        "interest": {
            "day_count": "ACT_360",
            "repayment_frequency": "MONTHLY",
            "first_payment": "ONE_PERIOD_AFTER_DRAWDOWN",
            "payment_day": None,
        },
        "amount_min": "10000.00",
        "amount_default": "500000.00",
        "amount_max": "5000000.00",
        "term_months_min": 12,
        "term_months_default": 240,
        "term_months_max": 360,
        "repayment_methods": ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"],
        "collateral_required": False,
        "max_ltv": None,
        "grace_period_days": 3,
        "penalty_rate": "4.8000",
    }  # fmt: skip
    terms.update(changes)
    return terms


def loan(
    terms: dict[str, Any], fees: list[dict[str, Any]] | None = None, **kw: Any
) -> calc.LoanSchedule:
    kw.setdefault("amount", D("1000000.00"))
    kw.setdefault("term_months", 360)
    kw.setdefault("method", RepaymentMethod.EQUAL_INSTALLMENT)
    kw.setdefault("drawn_on", date(2026, 1, 31))
    return calc.loan_schedule(terms, fees or [], lpr=LPR, **kw)


def test_a_loan_takes_its_tiers_rate_and_matches_the_published_schedule() -> None:
    result = loan(loan_terms())
    assert result.rate == D("3.1000") and result.apr == D("3.1000")
    assert {r.payment for r in result.instalments[:-1]} == {D("4270.16")}
    # due one month after drawdown, counted from the 31st: month ends
    assert [r.due_on for r in result.instalments[:3]] == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert result.total_payment == sum(r.payment for r in result.instalments)
    assert result.upfront_fees == 0 and result.received == D("1000000.00")


def test_a_fixed_payment_day_falls_at_least_a_period_after_drawdown() -> None:
    terms = loan_terms()
    terms["interest"] = {**terms["interest"], "first_payment": "FIXED_DAY", "payment_day": 5}
    late = loan(terms, amount=D("120000.00"), term_months=12, drawn_on=date(2026, 1, 10))
    assert [r.due_on for r in late.instalments[:2]] == [date(2026, 3, 5), date(2026, 4, 5)]
    early = loan(terms, amount=D("120000.00"), term_months=12, drawn_on=date(2026, 1, 3))
    assert early.instalments[0].due_on == date(2026, 2, 5)
    assert early.instalments[-1].due_on == date(2027, 1, 5)


def test_an_individually_priced_rate_must_lie_within_the_tiers_range() -> None:
    terms = loan_terms()
    assert loan(terms, amount=D("500000.00"), rate=D("3.8")).rate == D("3.8000")
    assert refused(lambda: loan(terms, amount=D("500000.00"), rate=D("4.01"))) == [
        ("rate", "INVALID")
    ]
    assert refused(lambda: loan(terms, rate=D("3.2"))) == [("rate", "INVALID")]


def test_an_lpr_loan_pays_the_lpr_plus_its_tiers_spread() -> None:
    terms = loan_terms(
        rate_type="LPR",
        lpr_tenor="FIVE_YEAR",
        repricing="JANUARY_FIRST",
        rate_tiers=[
            {"bands": [band("LTV_PERCENT", "0", "60")], "spread_bps": -45},
            {"bands": [band("LTV_PERCENT", "60", "80.01")], "spread_bps": -30, "spread_bps_max": 20},
        ],
        collateral_required=True,
        max_ltv="80.0000",
    )  # fmt: skip
    assert loan(terms, ltv=D("50")).rate == D("3.0500")
    assert loan(terms, ltv=D("70")).rate == D("3.2000")
    assert loan(terms, ltv=D("70"), rate=D("3.7")).rate == D("3.7000")
    assert refused(lambda: loan(terms)) == [("ltv", "REQUIRED")]
    assert refused(lambda: loan(terms, ltv=D("85"))) == [("ltv", "INVALID")]
    without = lambda: calc.loan_schedule(  # noqa: E731
        terms,
        [],
        amount=D("1000000.00"),
        term_months=360,
        method=RepaymentMethod.EQUAL_INSTALLMENT,
        drawn_on=START,
        lpr={LprTenor.ONE_YEAR: D("3.0000")},
        ltv=D("50"),
    )
    assert refused(without) == [("productId", "INVALID")]


def test_what_the_loan_does_not_offer_is_refused_by_field() -> None:
    terms = loan_terms()
    assert refused(lambda: loan(terms, amount=D("9999.99"))) == [("amount", "AMOUNT_BELOW_MINIMUM")]
    assert refused(lambda: loan(terms, term_months=361)) == [("termMonths", "TERM_NOT_OFFERED")]
    assert refused(lambda: loan(terms, method=RepaymentMethod.BULLET)) == [
        ("method", "METHOD_NOT_ALLOWED")
    ]


def test_fees_reduce_what_is_received_and_add_to_each_instalment() -> None:
    fees = [
        {"type": "ARRANGEMENT", "basis": "RATE", "rate": "1.0000", "charged_on": "DISBURSED_AMOUNT", "frequency": "ONE_TIME"},
        {"type": "ACCOUNT", "basis": "FIXED", "amount": "10.00", "frequency": "MONTHLY"},
        {"type": "LATE_PAYMENT", "basis": "FIXED", "amount": "50.00", "frequency": "ONE_TIME"},
    ]  # fmt: skip
    result = loan(loan_terms(), fees, amount=D("120000.00"), term_months=12)
    assert result.upfront_fees == D("1200.00") and result.received == D("118800.00")
    assert {r.fee for r in result.instalments} == {D("10.00")}
    assert result.total_fees == D("1200.00") + 12 * D("10.00")
    assert result.apr > result.rate


def test_quarterly_repayments_charge_a_quarter_of_the_annual_rate() -> None:
    terms = loan_terms()
    terms["interest"] = {**terms["interest"], "repayment_frequency": "QUARTERLY"}
    result = loan(terms, amount=D("120000.00"), term_months=12)
    assert len(result.instalments) == 4
    assert result.instalments[0].interest == D("990.00")  # 120,000 × 3.3 % / 4
    assert result.instalments[0].due_on == date(2026, 4, 30)
    assert result.apr == D("3.3000")
    assert refused(lambda: loan(terms, amount=D("120000.00"), term_months=13)) == [
        ("termMonths", "TERM_NOT_OFFERED")
    ]


def test_a_prepayment_shortening_the_term_keeps_the_instalment() -> None:
    prepay = Prepayment(12, D("200000.00"), PrepaymentMode.SHORTEN_TERM)
    result = loan(loan_terms(), prepayment=prepay)
    rows = result.instalments
    assert rows[11].prepayment == D("200000.00")
    assert {r.payment for r in rows[:-1]} == {D("4270.16")}
    assert len(rows) == 260 and rows[-1].payment < D("4270.16") and rows[-1].balance == 0
    assert sum(r.principal for r in rows) + D("200000.00") == D("1000000.00")
    assert result.total_interest < loan(loan_terms()).total_interest


def test_a_prepayment_reducing_the_instalment_keeps_the_term() -> None:
    prepay = Prepayment(12, D("200000.00"), PrepaymentMode.REDUCE_INSTALMENT)
    rows = loan(loan_terms(), prepayment=prepay).instalments
    level = equal_instalment_amount(rows[11].balance, D("3.1"), 348)
    assert len(rows) == 360 and level == D("3398.23")
    assert {r.payment for r in rows[12:-1]} == {level}
    assert sum(r.principal for r in rows) + D("200000.00") == D("1000000.00")


def test_a_prepayment_pays_the_early_repayment_fee_and_can_end_the_loan() -> None:
    fees = [{"type": "EARLY_REPAYMENT", "basis": "RATE", "rate": "1.0000", "charged_on": "TRANSACTION_AMOUNT", "frequency": "ONE_TIME"}]  # fmt: skip
    prepay = Prepayment(12, D("200000.00"), PrepaymentMode.SHORTEN_TERM)
    rows = loan(loan_terms(), fees, prepayment=prepay).instalments
    assert rows[11].fee == D("2000.00") and rows[10].fee == 0
    whole = schedule(
        RepaymentMethod.EQUAL_PRINCIPAL,
        principal=D("12000.00"),
        annual_percent=D("6"),
        months=12,
        prepayment=Prepayment(3, D("9000.00"), PrepaymentMode.REDUCE_INSTALMENT),
    )
    assert len(whole) == 3 and whole[-1].balance == 0
    too_much = Prepayment(3, D("9000.01"), PrepaymentMode.SHORTEN_TERM)
    assert refused(
        lambda: schedule(
            RepaymentMethod.EQUAL_PRINCIPAL,
            principal=D("12000.00"),
            annual_percent=D("6"),
            months=12,
            prepayment=too_much,
        )
    ) == [("prepayment.amount", "INVALID")]


@pytest.mark.parametrize(
    ("method", "prepayment", "field"),
    [
        ("BULLET", Prepayment(3, D("100.00"), PrepaymentMode.SHORTEN_TERM), "prepayment"),
        ("EQUAL_PRINCIPAL", Prepayment(12, D("100.00"), PrepaymentMode.SHORTEN_TERM), "prepayment.afterPeriod"),
        ("EQUAL_PRINCIPAL", Prepayment(0, D("100.00"), PrepaymentMode.SHORTEN_TERM), "prepayment.afterPeriod"),
        ("EQUAL_PRINCIPAL", Prepayment(3, D("0"), PrepaymentMode.SHORTEN_TERM), "prepayment.amount"),
    ],
)  # fmt: skip
def test_a_prepayment_no_schedule_can_take_is_refused(
    method: str, prepayment: Prepayment, field: str
) -> None:
    call = lambda: schedule(  # noqa: E731
        RepaymentMethod(method),
        principal=D("12000.00"),
        annual_percent=D("6"),
        months=12,
        prepayment=prepayment,
    )
    assert refused(call) == [(field, "INVALID")]


prepayments = st.tuples(
    st.decimals(min_value=D("10000.00"), max_value=D("2000000.00"), places=2),
    st.integers(min_value=12, max_value=240),
    st.sampled_from([RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.EQUAL_PRINCIPAL]),
    st.sampled_from(list(PrepaymentMode)),
    st.floats(min_value=0.01, max_value=0.9),
    st.floats(min_value=0.05, max_value=0.95),
)


@settings(max_examples=40, deadline=None)
@given(prepayments)
def test_principal_parts_and_the_prepayment_repay_the_loan_exactly(
    case: tuple[Decimal, int, RepaymentMethod, PrepaymentMode, float, float],
) -> None:
    amount, months, method, mode, when, share = case
    after = max(1, min(months - 1, int(months * when)))
    plain = schedule(method, principal=amount, annual_percent=D("4.2"), months=months)
    left = plain[after - 1].balance
    extra = max(D("0.01"), (left * D(str(share))).quantize(D("0.01")))
    rows = schedule(
        method,
        principal=amount,
        annual_percent=D("4.2"),
        months=months,
        prepayment=Prepayment(after, extra, mode),
    )
    assert sum(r.principal for r in rows) + extra == amount
    assert rows[-1].balance == 0 and all(r.principal >= 0 for r in rows)
    assert len(rows) <= months
    if mode is PrepaymentMode.REDUCE_INSTALMENT and extra < left:
        assert len(rows) == months
    assert sum(r.interest for r in rows) <= sum(r.interest for r in plain)


@settings(max_examples=25, deadline=None)
@given(
    st.decimals(min_value=D("10000.00"), max_value=D("1000000.00"), places=2),
    st.integers(min_value=12, max_value=120),
    st.decimals(min_value=D("0.01"), max_value=D("2.00"), places=2),
)
def test_an_up_front_fee_puts_the_apr_above_the_nominal_rate(
    amount: Decimal, months: int, fee_rate: Decimal
) -> None:
    fees = [{"type": "ARRANGEMENT", "basis": "RATE", "rate": str(fee_rate), "charged_on": "DISBURSED_AMOUNT", "frequency": "ONE_TIME"}]  # fmt: skip
    result = loan(loan_terms(), fees, amount=amount, term_months=months)
    assert result.upfront_fees > 0
    assert result.apr >= result.rate


# --- credit-card instalments ----------------------------------------------------------------

CARD = {
    "tier": "GOLD",
    "interest_free_days_max": 56,
    "interest_rate": "18.2500",
    "credit_limit_min": "5000.00",
    "credit_limit_max": "50000.00",
    "instalment": {
        "periods": [3, 6, 12, 24],
        "monthly_fee_rate": "0.6000",
        "minimum_payment_rate": "10.0000",
        "minimum_payment_floor": "100.00",
    },
}


def irr_apr(amount: float, payments: list[float]) -> float:
    """An independent check: the monthly IRR by Newton's method in floats, × 12, in percent."""
    rate = 0.01
    for _ in range(100):
        value = sum(p / (1 + rate) ** (k + 1) for k, p in enumerate(payments)) - amount
        slope = sum(-(k + 1) * p / (1 + rate) ** (k + 2) for k, p in enumerate(payments))
        rate -= value / slope
    return rate * 12 * 100


def test_a_12000_yuan_plan_over_12_months_at_0_6_percent_costs_about_13_percent_a_year() -> None:
    result = calc.card_instalment(CARD, [], D("12000.00"), 12)
    # ¥72 a month, ¥864 in all: "7.2 % a year" nominally, ≈ 13.03 % as an IRR
    assert result.monthly_fee == D("72.00") and result.total_fee == D("864.00")
    assert [r.payment for r in result.instalments] == [D("1072.00")] * 12
    assert result.apr == D("13.0342")
    assert abs(float(result.apr) - irr_apr(12000, [1072.0] * 12)) < 0.0001
    assert result.interest_free_days_max == 56
    assert result.minimum_payment == D("1200.00")


def test_the_principal_splits_to_the_cent_and_the_last_instalment_absorbs_the_rest() -> None:
    result = calc.card_instalment(CARD, [], D("1000.00"), 3)
    assert [r.principal for r in result.instalments] == [D("333.33"), D("333.33"), D("333.34")]
    assert result.monthly_fee == D("6.00")


def test_the_minimum_payment_has_a_floor_and_never_exceeds_the_balance() -> None:
    assert calc.minimum_payment(CARD, D("500.00")) == D("100.00")
    assert calc.minimum_payment(CARD, D("80.00")) == D("80.00")
    assert calc.minimum_payment(CARD, D("3456.78")) == D("345.68")


def test_a_typed_instalment_fee_sets_the_fee() -> None:
    monthly = [{"type": "INSTALMENT", "basis": "RATE", "rate": "0.7500", "charged_on": "TRANSACTION_AMOUNT", "frequency": "MONTHLY"}]  # fmt: skip
    assert calc.card_instalment(CARD, monthly, D("12000.00"), 12).monthly_fee == D("90.00")
    once = [{"type": "INSTALMENT", "basis": "RATE", "rate": "7.2000", "charged_on": "TRANSACTION_AMOUNT", "frequency": "ONE_TIME"}]  # fmt: skip
    upfront = calc.card_instalment(CARD, once, D("12000.00"), 12)
    assert upfront.total_fee == D("864.00") and upfront.instalments[0].fee == D("864.00")
    # paying the whole fee at once costs more than spreading it
    assert upfront.apr > D("13.0342")


def test_a_card_plan_the_card_does_not_offer_is_refused() -> None:
    assert refused(lambda: calc.card_instalment(CARD, [], D("12000.00"), 9)) == [
        ("periods", "TERM_NOT_OFFERED")
    ]
    assert refused(lambda: calc.card_instalment(CARD, [], D("60000.00"), 12)) == [
        ("amount", "AMOUNT_ABOVE_MAXIMUM")
    ]
    without = {k: v for k, v in CARD.items() if k != "instalment"}
    assert refused(lambda: calc.card_instalment(without, [], D("1000.00"), 3)) == [
        ("periods", "TERM_NOT_OFFERED")
    ]


# --- wealth ---------------------------------------------------------------------------------

WEALTH = {
    "benchmark_min": "2.5000",
    "benchmark_max": "3.2000",
    "open_ended": False,
    "term_days": 180,
    "minimum_investment": "10000.00",
    "subscription_fee_rate": "0.1000",
    "management_fee_rate": "0.3000",
    "custody_fee_rate": "0.0200",
    "offering": "PUBLIC",
    "cooling_off_hours": 0,
}


def test_a_wealth_projection_is_net_of_fees_and_not_guaranteed() -> None:
    result = calc.wealth_projection(WEALTH, [], D("100000.00"))
    # subscription 0.1 % up front; then 99,900 for 180 days at 2.5 % / 3.2 % less 0.32 % a year
    assert result.subscription_fee == D("100.00") and result.invested == D("99900.00")
    assert result.management_fee == D("147.80") and result.custody_fee == D("9.85")
    assert result.fees_paid == D("257.65")
    assert result.low == D("1231.64") - D("257.65")
    assert result.high == D("1576.50") - D("257.65")
    assert result.guaranteed is False and "not a promise" in result.note


def test_typed_fees_replace_the_terms_rates_and_days_are_checked() -> None:
    fees = [{"type": "MANAGEMENT", "basis": "RATE", "rate": "0.5000", "charged_on": "NAV", "frequency": "ANNUAL"}]  # fmt: skip
    result = calc.wealth_projection(WEALTH, fees, D("100000.00"))
    assert result.management_fee == D("246.33")
    fixed = [{"type": "CUSTODY", "basis": "FIXED", "amount": "365.00", "frequency": "ANNUAL"}]
    assert calc.wealth_projection(WEALTH, fixed, D("100000.00")).custody_fee == D("180.00")
    assert refused(lambda: calc.wealth_projection(WEALTH, [], D("100000.00"), 90)) == [
        ("days", "TERM_NOT_OFFERED")
    ]
    assert refused(lambda: calc.wealth_projection(WEALTH, [], D("9999.99"))) == [
        ("amount", "AMOUNT_BELOW_MINIMUM")
    ]
    open_ended = {**copy.deepcopy(WEALTH), "open_ended": True, "term_days": None}
    assert calc.wealth_projection(open_ended, [], D("10000.00")).days == 365
    assert calc.wealth_projection(open_ended, [], D("10000.00"), 30).days == 30
