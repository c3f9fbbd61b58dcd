"""The rules of shape-2 terms at their edges: bands and the rate grid, interest mechanics,
term ranges, typed conditions, bonus rates, typed fees and waivers, loan tiers and card
instalments (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from backend.domains.products import rules, terms_parts, terms_rules
from backend.domains.products.checker import Checker
from backend.domains.products.enums import LprTenor, ProductFamily, ProductSubtype
from backend.domains.products.rules import CURRENCIES

LPR = {LprTenor.ONE_YEAR: D("3.0000"), LprTenor.FIVE_YEAR: D("3.5000")}


def band(unit: str, lower: str, upper: str | None) -> dict[str, Any]:
    return {"unit": unit, "lower": D(lower), "upper": D(upper) if upper is not None else None}


def tier(rate: str, *bands: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"bands": list(bands), "rate": D(rate), **more}


def time_deposit(**changes: Any) -> dict[str, Any]:
    """A 12/24-month deposit with two amount bands per term, ¥50 minimum."""
    terms: dict[str, Any] = {
        "interest": {"day_count": "ACT_360", "compounding": "NONE", "posting": "AT_MATURITY"},
        "term": {"min": 12, "max": 24, "multiple": 12, "unit": "MONTH"},
        "tier_application": "PER_BAND",
        "rate_tiers": [
            tier("1.5", band("TERM_MONTHS", "12", "12"), band("AMOUNT", "0", "50000")),
            tier("1.8", band("TERM_MONTHS", "12", "12"), band("AMOUNT", "50000", None)),
            tier("1.9", band("TERM_MONTHS", "24", "24"), band("AMOUNT", "0", None)),
        ],
        "bonus_rates": [
            {
                "name": "新资金加息",
                "rate": D("0.2"),
                "conditions": [{"type": "NEW_MONEY", "amount": D("10000")}],
            }
        ],
        "minimum_deposit": D("50"),
        "early_withdrawal_rate": D("0.1"),
        "auto_renewal": True,
    }
    terms.update(changes)
    return terms


def check_deposit(terms: dict[str, Any], subtype: str = "TIME") -> tuple[dict[str, Any], set[str]]:
    out, errors = terms_rules.check_terms(
        ProductFamily.DEPOSIT, ProductSubtype(subtype), {"deposit": terms}
    )
    return out, {e.field for e in errors}


def test_a_banded_time_deposit_with_a_bonus_is_stored_in_shape_2() -> None:
    out, errors = check_deposit(time_deposit())
    assert errors == set()
    assert out["shape"] == 2 and out["tier_application"] == "PER_BAND"
    assert out["rate_tiers"][0]["bands"] == [
        {"unit": "AMOUNT", "lower": "0.00", "upper": "50000.00"},
        {"unit": "TERM_MONTHS", "lower": "12", "upper": "12"},
    ]
    assert out["bonus_rates"][0]["conditions"][0]["amount"] == "10000.00"
    assert terms_rules.offered_terms(out["term"], out["rate_tiers"]) == [12, 24]
    assert rules.headline_rate(ProductFamily.DEPOSIT, out) == D("1.9000")


@pytest.mark.parametrize(
    ("second_lower", "ok"),
    [("50000", True), ("49999.99", False), ("50000.01", False)],
    ids=["contiguous", "overlap", "gap"],
)
def test_amount_bands_of_a_term_run_on_without_gap_or_overlap(second_lower: str, ok: bool) -> None:
    tiers = time_deposit()["rate_tiers"]
    tiers[1] = tier("1.8", band("TERM_MONTHS", "12", "12"), band("AMOUNT", second_lower, None))
    _, errors = check_deposit(time_deposit(rate_tiers=tiers))
    assert (errors == set()) == ok
    if not ok:
        assert errors == {"terms.deposit.rateTiers.1.bands"}


def test_the_last_amount_band_is_open_ended_and_the_first_starts_at_the_minimum() -> None:
    tiers = time_deposit()["rate_tiers"]
    tiers[2] = tier("1.9", band("TERM_MONTHS", "24", "24"), band("AMOUNT", "0", "1000000"))
    assert check_deposit(time_deposit(rate_tiers=tiers))[1] == {"terms.deposit.rateTiers.2.bands"}
    tiers = time_deposit()["rate_tiers"]
    tiers[2] = tier("1.9", band("TERM_MONTHS", "24", "24"), band("AMOUNT", "50.01", None))
    assert check_deposit(time_deposit(rate_tiers=tiers))[1] == {"terms.deposit.rateTiers.2.bands"}
    tiers[2] = tier("1.9", band("TERM_MONTHS", "24", "24"), band("AMOUNT", "50", None))
    assert check_deposit(time_deposit(rate_tiers=tiers))[1] == set()


def test_term_bands_never_overlap_and_fall_in_the_terms_offered() -> None:
    term = {"min": 3, "max": 24, "multiple": 3, "unit": "MONTH"}
    ranges = [
        tier("1.2", band("TERM_MONTHS", "3", "12"), band("AMOUNT", "0", None)),
        tier("1.5", band("TERM_MONTHS", "12", "25"), band("AMOUNT", "0", None)),
    ]
    out, errors = check_deposit(time_deposit(term=term, rate_tiers=ranges))
    assert errors == set()
    assert terms_rules.offered_terms(out["term"], out["rate_tiers"]) == [
        3,
        6,
        9,
        12,
        15,
        18,
        21,
        24,
    ]
    overlapping = [
        ranges[0],
        tier("1.5", band("TERM_MONTHS", "11", "25"), band("AMOUNT", "0", None)),
    ]
    assert check_deposit(time_deposit(term=term, rate_tiers=overlapping))[1] == {
        "terms.deposit.rateTiers.1.bands"
    }
    outside = [tier("1.5", band("TERM_MONTHS", "36", "36"), band("AMOUNT", "0", None))]
    assert check_deposit(time_deposit(term=term, rate_tiers=outside))[1] == {
        "terms.deposit.rateTiers.0.bands"
    }
    not_multiple = {"min": 4, "max": 24, "multiple": 3, "unit": "MONTH"}
    assert "terms.deposit.term.min" in check_deposit(time_deposit(term=not_multiple))[1]


def test_every_tier_bands_the_same_units_and_one_band_per_unit() -> None:
    tiers = time_deposit()["rate_tiers"]
    tiers[2] = tier("1.9", band("TERM_MONTHS", "24", "24"))
    assert check_deposit(time_deposit(rate_tiers=tiers))[1] == {"terms.deposit.rateTiers.2.bands"}
    tiers[2] = tier(
        "1.9", band("TERM_MONTHS", "24", "24"), band("AMOUNT", "0", None), band("AMOUNT", "1", None)
    )
    assert (
        "terms.deposit.rateTiers.2.bands.2.unit" in check_deposit(time_deposit(rate_tiers=tiers))[1]
    )


def test_a_demand_deposit_has_no_term_and_posts_interest_periodically() -> None:
    demand = time_deposit(
        term=None,
        rate_tiers=[tier("0.2", band("AMOUNT", "0", None))],
        interest={"day_count": "ACT_360", "compounding": "QUARTERLY", "posting": "QUARTERLY"},
    )
    assert check_deposit(demand, "DEMAND")[1] == set()
    at_maturity = {"day_count": "ACT_360", "compounding": "NONE", "posting": "AT_MATURITY"}
    assert check_deposit({**demand, "interest": at_maturity}, "DEMAND")[1] == {
        "terms.deposit.interest.posting"
    }
    assert (
        "terms.deposit.term"
        in check_deposit({**demand, "term": time_deposit()["term"]}, "DEMAND")[1]
    )
    termed = [tier("0.2", band("TERM_MONTHS", "12", "12"), band("AMOUNT", "0", None))]
    assert (
        "terms.deposit.rateTiers.0.bands.0.unit"
        in check_deposit({**demand, "rate_tiers": termed}, "DEMAND")[1]
    )


def test_interest_compounds_only_when_it_is_posted() -> None:
    wrong = {"day_count": "ACT_365", "compounding": "MONTHLY", "posting": "QUARTERLY"}
    assert check_deposit(time_deposit(interest=wrong))[1] == {"terms.deposit.interest.compounding"}
    right = {"day_count": "THIRTY_360", "compounding": "QUARTERLY", "posting": "QUARTERLY"}
    assert check_deposit(time_deposit(interest=right))[1] == set()


def test_a_notice_deposit_counts_its_notice_in_days() -> None:
    notice = time_deposit(
        term={"min": 1, "max": 7, "multiple": 1, "unit": "DAY"},
        rate_tiers=[
            tier("0.1", band("TERM_DAYS", "1", "1"), band("AMOUNT", "0", None)),
            tier("0.55", band("TERM_DAYS", "7", "7"), band("AMOUNT", "0", None)),
        ],
        minimum_deposit=D("50000"),
    )
    out, errors = check_deposit(notice, "NOTICE")
    assert errors == set()
    assert terms_rules.offered_terms(out["term"], out["rate_tiers"]) == [1, 7]
    months = {**notice, "term": {"min": 1, "max": 7, "multiple": 1, "unit": "MONTH"}}
    assert "terms.deposit.term.unit" in check_deposit(months, "NOTICE")[1]


# --- conditions, bonus rates, waivers -------------------------------------------------------


def condition_errors(item: dict[str, Any]) -> set[str]:
    c = Checker("c")
    terms_parts.check_conditions(c, [item])
    return {e.field for e in c.errors}


@pytest.mark.parametrize(
    ("item", "fields"),
    [
        ({"type": "MIN_BALANCE", "amount": D("10000")}, set()),
        ({"type": "MIN_BALANCE"}, {"c.0.amount"}),
        ({"type": "MIN_BALANCE", "amount": D("0")}, {"c.0.amount"}),
        ({"type": "MIN_BALANCE", "amount": D("1"), "count": 3}, {"c.0.count"}),
        ({"type": "NEW_MONEY", "amount": D("0")}, set()),
        ({"type": "MIN_TRANSACTIONS_A_MONTH", "count": 0}, {"c.0.count"}),
        ({"type": "MIN_TRANSACTIONS_A_YEAR", "count": 6}, set()),
        ({"type": "PAYROLL_DEPOSIT"}, set()),
        ({"type": "CUSTOMER_TYPE", "customer_types": []}, {"c.0.customerTypes"}),
        ({"type": "CUSTOMER_TYPE", "customer_types": ["INDIVIDUAL"]}, set()),
        ({"type": "AGE_BAND"}, {"c.0.ageMin"}),
        ({"type": "AGE_BAND", "age_min": 60}, set()),
        ({"type": "AGE_BAND", "age_min": 60, "age_max": 59}, {"c.0.ageMax"}),
        ({"type": "AGE_BAND", "age_max": 121}, {"c.0.ageMax"}),
        ({"type": "BUNDLE_MEMBER", "bundle_code": "pay-1"}, set()),
        ({"type": "BUNDLE_MEMBER", "bundle_code": "x"}, {"c.0.bundleCode"}),
        ({"type": "INTRODUCTORY"}, {"c.0.months"}),
        ({"type": "INTRODUCTORY", "months": 3}, set()),
        ({"type": "INTRODUCTORY", "months": 3, "ends_on": "2027-01-01"}, {"c.0.months"}),
        ({"type": "INTRODUCTORY", "ends_on": "2027-01-01"}, set()),
    ],
)
def test_each_condition_takes_exactly_its_own_parameters(
    item: dict[str, Any], fields: set[str]
) -> None:
    assert condition_errors(item) == fields


def test_a_condition_list_is_not_empty_and_names_each_type_once() -> None:
    c = Checker("c")
    terms_parts.check_conditions(c, [])
    assert [e.field for e in c.errors] == ["c"]
    c = Checker("c")
    twice = {"type": "MIN_BALANCE", "amount": D("1")}
    terms_parts.check_conditions(c, [twice, twice])
    assert [e.field for e in c.errors] == ["c.1.type"]


@pytest.mark.parametrize(
    ("rate", "ok"), [("0", False), ("0.0001", True), ("5", True), ("5.0001", False)]
)
def test_a_bonus_adds_between_0_and_5_points(rate: str, ok: bool) -> None:
    bonus = {
        "name": "加息",
        "rate": D(rate),
        "conditions": [{"type": "NEW_MONEY", "amount": D("1")}],
    }
    _, errors = check_deposit(time_deposit(bonus_rates=[bonus]))
    assert (errors == set()) == ok


def test_bonus_names_are_unique_and_need_conditions() -> None:
    bonus = {
        "name": "加息",
        "rate": D("0.1"),
        "conditions": [{"type": "NEW_MONEY", "amount": D("1")}],
    }
    assert check_deposit(time_deposit(bonus_rates=[bonus, bonus]))[1] == {
        "terms.deposit.bonusRates.1.name"
    }
    assert check_deposit(time_deposit(bonus_rates=[{**bonus, "conditions": []}]))[1] == {
        "terms.deposit.bonusRates.0.conditions"
    }


def fee(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "type": "ANNUAL",
        "basis": "FIXED",
        "amount": D("200"),
        "frequency": "ANNUAL",
        "waivers": [
            {
                "name": "刷卡满 6 次免年费",
                "conditions": [{"type": "MIN_TRANSACTIONS_A_YEAR", "count": 6}],
            }
        ],
    }
    base.update(changes)
    return base


def fee_errors(item: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    c = Checker("fees.0")
    out = terms_parts.check_fee(c, item, CURRENCIES)
    return out, {e.field for e in c.errors}


def test_typed_fees_and_their_waivers() -> None:
    out, errors = fee_errors(fee())
    assert errors == set()
    assert out["waivers"][0]["share"] == "100.0000" and out["charged_on"] is None
    assert fee_errors(fee(charged_on="BALANCE"))[1] == {"fees.0.chargedOn"}
    rate_fee = fee(basis="RATE", amount=None, rate=D("0.6"), type="INSTALMENT", frequency="MONTHLY")
    assert fee_errors(rate_fee)[0]["charged_on"] == "DISBURSED_AMOUNT"  # the usual base
    assert fee_errors({**rate_fee, "charged_on": "INSTALMENT_AMOUNT"})[0]["charged_on"] == (
        "INSTALMENT_AMOUNT"
    )
    assert fee_errors(fee(cap=D("100")))[1] == {"fees.0.capPeriod"}
    assert fee_errors(fee(cap_period="ANNUAL"))[1] == {"fees.0.cap"}
    assert fee_errors(fee(cap=D("100"), cap_period="MONTHLY"))[1] == set()
    assert fee_errors(fee(currency="XXX"))[1] == {"fees.0.currency"}
    assert fee_errors(fee(currency="usd"))[0]["currency"] == "USD"
    assert fee_errors(fee(min_amount=D("10"), max_amount=D("5")))[1] == {"fees.0.maxAmount"}
    bad_waiver = fee(
        waivers=[{"name": "x", "share": D("0"), "conditions": [{"type": "MIN_BALANCE"}]}]
    )
    assert fee_errors(bad_waiver)[1] == {
        "fees.0.waivers.0.share",
        "fees.0.waivers.0.conditions.0.amount",
    }
    late = fee(
        type="LATE_PAYMENT", basis="RATE", amount=None, rate=D("5"), frequency="MONTHLY", waivers=[]
    )
    assert fee_errors(late)[0]["charged_on"] == "OVERDUE_AMOUNT"


# --- loans and cards --------------------------------------------------------------------------


def loan(**changes: Any) -> dict[str, Any]:
    terms: dict[str, Any] = {
        "rate_type": "LPR",
        "lpr_tenor": "FIVE_YEAR",
        "repricing": "JANUARY_FIRST",
        "rate_tiers": [
            {"bands": [band("LTV_PERCENT", "0", "60")], "spread_bps": -45},
            {"bands": [band("LTV_PERCENT", "60", None)], "spread_bps": -30, "spread_bps_max": 0},
        ],
        "interest": {"day_count": "ACT_360", "repayment_frequency": "MONTHLY"},
        "amount_min": D("100000"),
        "amount_default": D("1000000"),
        "amount_max": D("5000000"),
        "term_months_min": 12,
        "term_months_default": 360,
        "term_months_max": 360,
        "repayment_methods": ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"],
        "collateral_required": True,
        "max_ltv": D("80"),
        "grace_period_days": 3,
        "penalty_rate": D("4.5"),
    }
    terms.update(changes)
    return terms


def check_loan(terms: dict[str, Any], subtype: str = "MORTGAGE") -> tuple[dict[str, Any], set[str]]:
    out, errors = terms_rules.check_terms(
        ProductFamily.LOAN, ProductSubtype(subtype), {"loan": terms}, lpr=LPR
    )
    return out, {e.field for e in errors}


def test_an_lpr_mortgage_priced_by_ltv_reads_the_lpr_in_force() -> None:
    out, errors = check_loan(loan())
    assert errors == set()
    assert out["effective_rate"] == "3.0500"  # 5Y LPR 3.50 − 45 bp, the lowest tier
    lower = {LprTenor.ONE_YEAR: D("2.9"), LprTenor.FIVE_YEAR: D("3.4")}
    assert rules.loan_rate_now(out, lower) == D("2.9500")
    assert rules.headline_rate(ProductFamily.LOAN, out, lower) == D("2.9500")
    assert out["interest"]["first_payment"] == "ONE_PERIOD_AFTER_DRAWDOWN"


def test_loan_rate_tiers_edges() -> None:
    assert check_loan(loan(repricing=None))[1] == {"terms.loan.repricing"}
    fixed = loan(rate_type="FIXED", lpr_tenor=None, repricing=None)
    assert check_loan(fixed)[1] >= {
        "terms.loan.rateTiers.0.rate",
        "terms.loan.rateTiers.0.spreadBps",
    }
    fixed_tiers = [{"bands": [], "rate": D("3.2"), "rate_max": D("3.1")}]
    assert check_loan({**fixed, "rate_tiers": fixed_tiers})[1] == {"terms.loan.rateTiers.0.rateMax"}
    with_lpr = {**fixed, "rate_tiers": [{"bands": [], "rate": D("3.2")}], "lpr_tenor": "ONE_YEAR"}
    assert check_loan(with_lpr)[1] == {"terms.loan.lprTenor"}
    lowest = loan(rate_tiers=[{"bands": [], "spread_bps": -300}])
    assert check_loan(lowest)[0]["effective_rate"] == "0.5000"  # 5Y LPR 3.50 − 300 bp
    assert check_loan(loan(rate_tiers=[{"bands": [], "spread_bps": -301}]))[1] == {
        "terms.loan.rateTiers.0.spreadBps"
    }
    below_zero = {LprTenor.ONE_YEAR: D("3"), LprTenor.FIVE_YEAR: D("2.99")}
    _, errors = terms_rules.check_terms(
        ProductFamily.LOAN, ProductSubtype.MORTGAGE, {"loan": lowest}, lpr=below_zero
    )
    assert {e.field for e in errors} == {"terms.loan.rateTiers.0.spreadBps"}
    unsecured = loan(collateral_required=False, max_ltv=None)
    assert "terms.loan.rateTiers.0.bands.0.unit" in check_loan(unsecured, "CONSUMER")[1]


def test_loan_tiers_cover_every_term_offered() -> None:
    tiers = [
        {"bands": [band("TERM_MONTHS", "12", "60")], "spread_bps": 0},
        {"bands": [band("TERM_MONTHS", "61", None)], "spread_bps": 10},
    ]
    # 60 months has no rate
    assert check_loan(loan(rate_tiers=tiers))[1] == {"terms.loan.rateTiers"}
    tiers[1] = {"bands": [band("TERM_MONTHS", "60", None)], "spread_bps": 10}
    assert check_loan(loan(rate_tiers=tiers))[1] == set()


def test_loan_amount_bands_reach_the_largest_loan() -> None:
    tiers = [
        {"bands": [band("AMOUNT", "100000", "1000000")], "spread_bps": 0},
        {"bands": [band("AMOUNT", "1000000", "5000000")], "spread_bps": -10},
    ]
    assert check_loan(loan(rate_tiers=tiers))[1] == {"terms.loan.rateTiers.1.bands"}
    tiers[1] = {"bands": [band("AMOUNT", "1000000", "5000000.01")], "spread_bps": -10}
    assert check_loan(loan(rate_tiers=tiers))[1] == set()


def test_a_fixed_day_first_payment_names_its_day() -> None:
    fixed_day = {"day_count": "ACT_360", "first_payment": "FIXED_DAY"}
    assert check_loan(loan(interest=fixed_day))[1] == {"terms.loan.interest.paymentDay"}
    assert check_loan(loan(interest={**fixed_day, "payment_day": 29}))[1] == {
        "terms.loan.interest.paymentDay"
    }
    assert check_loan(loan(interest={**fixed_day, "payment_day": 28}))[1] == set()
    other = {"day_count": "ACT_360", "payment_day": 5}
    assert check_loan(loan(interest=other))[1] == {"terms.loan.interest.paymentDay"}


def card(**changes: Any) -> dict[str, Any]:
    terms: dict[str, Any] = {
        "tier": "GOLD",
        "annual_fee": D("480"),
        "annual_fee_waivers": [
            {"name": "首年免年费", "conditions": [{"type": "INTRODUCTORY", "months": 12}]}
        ],
        "interest_free_days_max": 56,
        "interest_rate": D("18.25"),
        "points_per_yuan": D("1"),
        "credit_limit_min": D("10000"),
        "credit_limit_max": D("100000"),
        "cash_advance_fee_rate": D("1"),
        "cash_advance_fee_min": D("10"),
        "instalment": {
            "periods": [3, 6, 12, 24],
            "monthly_fee_rate": D("0.6"),
            "minimum_payment_rate": D("10"),
            "minimum_payment_floor": D("100"),
        },
    }
    terms.update(changes)
    return terms


def test_card_waivers_and_instalments() -> None:
    out, errors = terms_rules.check_terms(
        ProductFamily.CREDIT_CARD, ProductSubtype.STANDARD, {"creditCard": card()}
    )
    assert [e.field for e in errors] == []
    assert out["instalment"]["monthly_fee_rate"] == "0.6000"
    assert out["annual_fee_waivers"][0]["conditions"][0]["months"] == 12
    bad = card(instalment={**card()["instalment"], "periods": [5], "monthly_fee_rate": D("2.01")})
    _, errors = terms_rules.check_terms(
        ProductFamily.CREDIT_CARD, ProductSubtype.STANDARD, {"creditCard": bad}
    )
    assert {e.field for e in errors} == {
        "terms.creditCard.instalment.periods",
        "terms.creditCard.instalment.monthlyFeeRate",
    }


@pytest.mark.parametrize(
    ("family", "subtype", "terms", "field"),
    [
        (
            ProductFamily.DEPOSIT,
            "TIME",
            {**time_deposit(), "rate_table": [{"rate": D("1")}]},
            "rateTable",
        ),
        (ProductFamily.LOAN, "MORTGAGE", {**loan(), "spread_bps": -30}, "spreadBps"),
        (
            ProductFamily.CREDIT_CARD,
            "STANDARD",
            {**card(), "fee_waiver_rule": "首年免年费"},
            "feeWaiverRule",
        ),
    ],
)
def test_terms_in_both_shapes_at_once_are_refused_on_the_deprecated_field(
    family: ProductFamily, subtype: str, terms: dict[str, Any], field: str
) -> None:
    key = terms_rules.FAMILY_KEY[family]
    _, errors = terms_rules.check_terms(family, ProductSubtype(subtype), {key: terms}, lpr=LPR)
    assert [e.field for e in errors] == [f"terms.{key}.{field}"]
