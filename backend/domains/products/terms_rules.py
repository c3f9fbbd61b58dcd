"""Validation rules of the six families' terms (deposit, loan, credit card, wealth, FX,
precious metal), each normalised to the JSON stored in the terms schedule."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from backend.domains.products.enums import (
    LoanRateType,
    LprTenor,
    Offering,
    ProductFamily,
    ProductSubtype,
)
from backend.domains.products.rules import (
    CURRENCIES,
    RATE_MAX,
    RATE_MIN,
    Checker,
    camel,
    money_str,
    rate_str,
)
from backend.errors import ErrorCode, FieldError

DEPOSIT_TERMS = (3, 6, 12, 24, 36, 60)
LARGE_CD_MINIMUM = Decimal("200000")
PRIVATE_WEALTH_MINIMUM = Decimal("1000000")
PRIVATE_COOLING_OFF_HOURS = 24
#: Loan Prime Rates (%), as published by the National Interbank Funding Center; an
#: integration with the market-data system replaces these constants.
LPR = {LprTenor.ONE_YEAR: Decimal("3.0000"), LprTenor.FIVE_YEAR: Decimal("3.5000")}
PAIR_RE = re.compile(r"^([A-Z]{3})/([A-Z]{3})$")
HOURS_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
TENOR_RE = re.compile(r"^\d{1,3}[DWMY]$")

FAMILY_KEY = {
    ProductFamily.DEPOSIT: "deposit",
    ProductFamily.LOAN: "loan",
    ProductFamily.CREDIT_CARD: "creditCard",
    ProductFamily.WEALTH: "wealth",
    ProductFamily.FX: "fx",
    ProductFamily.PRECIOUS_METAL: "preciousMetal",
}


def check_terms(
    family: ProductFamily, subtype: ProductSubtype, terms: dict[str, Any] | None
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate the terms of a family (given as ``{familyKey: {...}}``) for a subtype."""
    c = Checker("terms")
    key = FAMILY_KEY[family]
    given = [k for k, v in (terms or {}).items() if v is not None]
    if given != [key]:
        c.fail(
            key,
            "Give the terms of the {family} family (and only those).",
            ErrorCode.REQUIRED,
            family=family.value,
        )
        return {}, c.errors
    data = (terms or {})[key]
    checker = c.at(key)
    check = {
        ProductFamily.DEPOSIT: _deposit,
        ProductFamily.LOAN: _loan,
        ProductFamily.CREDIT_CARD: _credit_card,
        ProductFamily.WEALTH: _wealth,
        ProductFamily.FX: _fx,
        ProductFamily.PRECIOUS_METAL: _precious_metal,
    }[family]
    return check(checker, subtype, data), c.errors


def _deposit(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    months = sorted(set(d.get("terms_months") or []))
    if subtype == ProductSubtype.DEMAND:
        if months:
            c.fail("termsMonths", "A demand deposit has no fixed terms.")
    else:
        if not months:
            c.fail("termsMonths", "Choose at least one term.", ErrorCode.REQUIRED)
        bad = [m for m in months if m not in DEPOSIT_TERMS]
        if bad:
            c.fail(
                "termsMonths",
                "Terms must be among {allowed} months.",
                allowed=", ".join(map(str, DEPOSIT_TERMS)),
            )
    tiers = []
    seen: set[tuple[int | None, str]] = set()
    rate_table = d.get("rate_table") or []
    if not rate_table:
        c.fail("rateTable", "Give at least one rate.", ErrorCode.REQUIRED)
    for i, tier in enumerate(rate_table):
        t = c.at("rateTable").at(i)
        term = tier.get("term_months")
        if subtype == ProductSubtype.DEMAND and term is not None:
            t.fail("termMonths", "A demand deposit has no fixed terms.")
        if subtype != ProductSubtype.DEMAND and term not in months:
            t.fail("termMonths", "Rate for a term the product does not offer.")
        min_amount = t.amount(tier, "min_amount") or "0.00"
        key = (term, min_amount)
        if key in seen:
            t.fail("minAmount", "Duplicate term and amount tier.")
        seen.add(key)
        tiers.append({"term_months": term, "min_amount": min_amount, "rate": t.rate(tier, "rate")})
    minimum = d.get("minimum_deposit")
    c.amount(d, "minimum_deposit")
    if subtype == ProductSubtype.LARGE_CD and minimum is not None and minimum < LARGE_CD_MINIMUM:
        c.fail("minimumDeposit", "A large-denomination CD starts at ¥{amount}.", amount="200,000")
    return {
        "terms_months": months,
        "rate_table": sorted(
            tiers, key=lambda t: (t["term_months"] or 0, Decimal(t["min_amount"]))
        ),
        "minimum_deposit": money_str(minimum) if minimum is not None else None,
        "interest_payment": d["interest_payment"].value,
        "early_withdrawal_rate": c.rate(d, "early_withdrawal_rate"),
        "auto_renewal": bool(d.get("auto_renewal")),
    }


def _loan(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    rate_type = d["rate_type"]
    fixed_rate = lpr_tenor = spread = None
    if rate_type == LoanRateType.FIXED:
        fixed_rate = c.rate(d, "fixed_rate")
        effective = Decimal(fixed_rate) if fixed_rate else Decimal(0)
    else:
        tenor = d.get("lpr_tenor")
        if tenor is None:
            c.fail("lprTenor", "An LPR-linked loan needs an LPR tenor.", ErrorCode.REQUIRED)
            tenor = LprTenor.ONE_YEAR
        lpr_tenor = tenor.value
        spread = c.integer(d, "spread_bps", -300, 1000)
        effective = LPR[tenor] + Decimal(spread or 0) / 100
        if not RATE_MIN <= effective <= RATE_MAX:
            c.fail(
                "spreadBps",
                "LPR plus spread must be between {min} % and {max} %.",
                min="0",
                max="36",
            )
    amounts = [
        c.amount(d, n, positive=True) for n in ("amount_min", "amount_default", "amount_max")
    ]
    c.ordered("amountMin", amounts[0], "amountDefault", amounts[1])
    c.ordered("amountDefault", amounts[1], "amountMax", amounts[2])
    terms = [
        c.integer(d, n, 1, 360)
        for n in ("term_months_min", "term_months_default", "term_months_max")
    ]
    c.ordered("termMonthsMin", terms[0], "termMonthsDefault", terms[1])
    c.ordered("termMonthsDefault", terms[1], "termMonthsMax", terms[2])
    methods = sorted({m.value for m in d.get("repayment_methods") or []})
    if not methods:
        c.fail("repaymentMethods", "Choose at least one repayment method.", ErrorCode.REQUIRED)
    collateral = bool(d.get("collateral_required"))
    max_ltv = d.get("max_ltv")
    if collateral and max_ltv is None:
        c.fail("maxLtv", "A secured loan needs a maximum LTV.", ErrorCode.REQUIRED)
    if max_ltv is not None and not 0 < max_ltv <= 100:
        c.fail("maxLtv", "LTV must be above 0 % and at most 100 %.")
    if subtype == ProductSubtype.MORTGAGE and not collateral:
        c.fail("collateralRequired", "A mortgage is secured by the property.")
    return {
        "rate_type": rate_type.value,
        "fixed_rate": fixed_rate,
        "lpr_tenor": lpr_tenor,
        "spread_bps": spread,
        "effective_rate": rate_str(effective),
        "amount_min": amounts[0],
        "amount_default": amounts[1],
        "amount_max": amounts[2],
        "term_months_min": terms[0],
        "term_months_default": terms[1],
        "term_months_max": terms[2],
        "repayment_methods": methods,
        "collateral_required": collateral,
        "max_ltv": rate_str(max_ltv) if max_ltv is not None else None,
        "grace_period_days": c.integer(d, "grace_period_days", 0, 90),
        "penalty_rate": c.rate(d, "penalty_rate"),
    }


def _credit_card(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    brand = (d.get("partner_brand") or "").strip() or None
    if subtype == ProductSubtype.CO_BRANDED and not brand:
        c.fail("partnerBrand", "A co-branded card names its partner brand.", ErrorCode.REQUIRED)
    multipliers = []
    for i, m in enumerate(d.get("category_multipliers") or []):
        t = c.at("categoryMultipliers").at(i)
        if not (m.get("category") or "").strip():
            t.fail("category", "This field is required.", ErrorCode.REQUIRED)
        if not Decimal("0") < m["multiplier"] <= Decimal("20"):
            t.fail("multiplier", "Must be between {low} and {high}.", low="0", high="20")
        multipliers.append(
            {"category": m.get("category", "").strip(), "multiplier": str(m["multiplier"])}
        )
    points = d.get("points_per_yuan")
    if points is None or points < 0 or points > 100:
        c.fail("pointsPerYuan", "Must be between {low} and {high}.", low=0, high=100)
    limits = [
        c.amount(d, "credit_limit_min", positive=True),
        c.amount(d, "credit_limit_max", positive=True),
    ]
    c.ordered("creditLimitMin", limits[0], "creditLimitMax", limits[1])
    return {
        "tier": d["tier"].value,
        "partner_brand": brand,
        "annual_fee": c.amount(d, "annual_fee"),
        "fee_waiver_rule": c.text(d, "fee_waiver_rule", 500, required=False),
        "interest_free_days_max": c.integer(d, "interest_free_days_max", 20, 60),
        "interest_rate": c.rate(d, "interest_rate"),
        "points_per_yuan": str(points) if points is not None else None,
        "category_multipliers": multipliers,
        "credit_limit_min": limits[0],
        "credit_limit_max": limits[1],
        "cash_advance_fee_rate": c.rate(d, "cash_advance_fee_rate"),
        "cash_advance_fee_min": c.amount(d, "cash_advance_fee_min"),
        "benefits": [str(b).strip() for b in d.get("benefits") or [] if str(b).strip()],
    }


def _wealth(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    low, high = c.rate(d, "benchmark_min"), c.rate(d, "benchmark_max")
    c.ordered("benchmarkMin", low, "benchmarkMax", high)
    open_ended = bool(d.get("open_ended"))
    term_days = d.get("term_days")
    if not open_ended:
        term_days = c.integer(d, "term_days", 1, 3650)
    elif term_days is not None:
        c.fail("termDays", "An open-ended product has no fixed term.")
    offering = d["offering"]
    minimum = d.get("minimum_investment")
    c.amount(d, "minimum_investment", positive=True)
    cooling = d.get("cooling_off_hours")
    if cooling is None or not 0 <= cooling <= 720:
        c.fail("coolingOffHours", "Must be between {low} and {high}.", low=0, high=720)
    if offering == Offering.PRIVATE:
        if cooling is not None and cooling < PRIVATE_COOLING_OFF_HOURS:
            c.fail(
                "coolingOffHours",
                "A private offering has a cooling-off period of at least {hours} hours.",
                hours=PRIVATE_COOLING_OFF_HOURS,
            )
        if minimum is not None and minimum < PRIVATE_WEALTH_MINIMUM:
            c.fail(
                "minimumInvestment", "A private offering starts at ¥{amount}.", amount="1,000,000"
            )
    for name in ("subscription_fee_rate", "management_fee_rate", "custody_fee_rate"):
        value = d.get(name)
        if value is not None and value > 5:
            c.fail(camel(name), "Fee rate must be at most {max} %.", max="5")
    return {
        "benchmark_min": low,
        "benchmark_max": high,
        "open_ended": open_ended,
        "term_days": term_days if not open_ended else None,
        "minimum_investment": money_str(minimum) if minimum is not None else None,
        "subscription_fee_rate": c.rate(d, "subscription_fee_rate"),
        "management_fee_rate": c.rate(d, "management_fee_rate"),
        "custody_fee_rate": c.rate(d, "custody_fee_rate"),
        "offering": offering.value,
        "cooling_off_hours": cooling,
    }


def _pair(c: Checker, name: str, value: str) -> str:
    match = PAIR_RE.match((value or "").strip().upper())
    if (
        not match
        or match[1] not in CURRENCIES
        or match[2] not in CURRENCIES
        or match[1] == match[2]
    ):
        c.fail(name, "A currency pair is two different ISO 4217 codes, like USD/CNY.")
        return (value or "").strip().upper()
    return match[0]


def _fx(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    pairs = d.get("currency_pairs") or []
    if not pairs:
        c.fail("currencyPairs", "Give at least one currency pair.", ErrorCode.REQUIRED)
    normalised = [_pair(c.at("currencyPairs"), str(i), p) for i, p in enumerate(pairs)]
    hours = (d.get("trading_hours") or "").strip()
    if not HOURS_RE.match(hours):
        c.fail("tradingHours", "Trading hours look like 09:00-17:00.")
    tenors = [t.strip().upper() for t in d.get("tenors") or []]
    premium = None
    if subtype == ProductSubtype.OPTION:
        if not tenors:
            c.fail("tenors", "An option offers at least one tenor.", ErrorCode.REQUIRED)
        premium = c.rate(d, "premium_rate")
    for i, tenor in enumerate(tenors):
        if not TENOR_RE.match(tenor):
            c.at("tenors").fail(str(i), "A tenor looks like 1W, 3M or 1Y.")
    linked = protected = low = high = None
    if subtype == ProductSubtype.STRUCTURED_DEPOSIT:
        linked = _pair(c, "linkedPair", d.get("linked_pair") or "")
        protected = bool(d.get("principal_protected"))
        low, high = c.rate(d, "yield_min"), c.rate(d, "yield_max")
        c.ordered("yieldMin", low, "yieldMax", high)
    return {
        "currency_pairs": normalised,
        "spread_bps": c.integer(d, "spread_bps", 0, 1000),
        "minimum_amount": c.amount(d, "minimum_amount", positive=True),
        "trading_hours": hours,
        "tenors": tenors,
        "premium_rate": premium,
        "linked_pair": linked,
        "principal_protected": protected,
        "yield_min": low,
        "yield_max": high,
    }


def _precious_metal(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    purity = d.get("purity")
    if purity is None or not Decimal("90") <= purity <= Decimal("99.999"):
        c.fail(
            "purity", "Purity is a percentage between {low} and {high}.", low="90", high="99.999"
        )
    spread = d.get("spread")
    if spread is None or spread < 0:
        c.fail("spread", "Amount must not be negative.")
    units = d.get("minimum_trade_units")
    if units is None or units <= 0:
        c.fail("minimumTradeUnits", "Amount must be greater than zero.")
    physical = bool(d.get("physical_delivery"))
    if subtype == ProductSubtype.PHYSICAL_GOLD and not physical:
        c.fail("physicalDelivery", "Physical gold is delivered physically.")
    if subtype == ProductSubtype.PAPER_GOLD and physical:
        c.fail("physicalDelivery", "Paper gold is not delivered physically.")
    leverage = d.get("leverage")
    leveraged = subtype in (ProductSubtype.GOLD_FUTURES, ProductSubtype.GOLD_OPTION)
    if leverage is None or not Decimal(1) <= leverage <= Decimal(20):
        c.fail("leverage", "Must be between {low} and {high}.", low=1, high=20)
    elif not leveraged and leverage != 1:
        c.fail("leverage", "Only futures and options are leveraged (leverage 1).")
    return {
        "metal": d["metal"].value,
        "unit": d["unit"].value,
        "purity": str(purity) if purity is not None else None,
        "spread": str(spread) if spread is not None else None,
        "minimum_trade_units": str(units) if units is not None else None,
        "physical_delivery": physical,
        "leverage": str(leverage) if leverage is not None else None,
    }
