"""Validation rules of the six families' terms (deposit, loan, credit card, wealth, FX,
precious metal), each normalised to the JSON stored in the terms schedule."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from backend.domains.products import terms_parts, terms_upgrade
from backend.domains.products.checker import (
    RATE_MAX,
    RATE_MIN,
    Checker,
    camel,
    money_str,
    number,
    rate_str,
)
from backend.domains.products.enums import (
    CardTier,
    Compounding,
    DayCount,
    FirstPayment,
    InterestPayment,
    LoanRateType,
    LprTenor,
    Metal,
    MetalUnit,
    Offering,
    ProductFamily,
    ProductSubtype,
    RepaymentFrequency,
    RepaymentMethod,
    Repricing,
    TermUnit,
    TierApplication,
    TierUnit,
)
from backend.domains.products.rules import CURRENCIES
from backend.errors import ErrorCode, FieldError

LARGE_CD_MINIMUM = terms_upgrade.LARGE_CD_MINIMUM
CARD_INSTALMENT_PERIODS = (3, 6, 9, 12, 18, 24, 36)
CARD_MONTHLY_FEE_MAX = Decimal("2")
PRIVATE_WEALTH_MINIMUM = Decimal("1000000")
PRIVATE_COOLING_OFF_HOURS = 24
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
    family: ProductFamily,
    subtype: ProductSubtype,
    terms: dict[str, Any] | None,
    *,
    lpr: Mapping[LprTenor, Decimal] | None = None,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate the terms of a family (given as ``{familyKey: {...}}``) for a subtype and
    return them as stored (shape 2). ``lpr``: the LPRs in force, which a loan's effective rate
    reads (``benchmarks.lpr_on``; required for loans)."""
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
    mixed = terms_upgrade.mixed_shape_field(family, data)
    if mixed is not None:
        checker.fail(
            mixed, "This field is deprecated: give the terms in the new fields only, not both."
        )
        return {}, c.errors
    if terms_upgrade.is_v1_input(family, data):
        data = terms_upgrade.check_v1(checker, family, subtype, data)
        if c.errors:
            return {}, c.errors
        if family == ProductFamily.DEPOSIT:
            data = terms_upgrade.upgrade(family, data)
    if family == ProductFamily.LOAN:
        if lpr is None:
            raise ValueError("loan terms are checked against the LPR in force (benchmarks.lpr_on)")
        out = _loan(checker, subtype, data, lpr)
    else:
        check = {
            ProductFamily.DEPOSIT: _deposit,
            ProductFamily.CREDIT_CARD: _credit_card,
            ProductFamily.WEALTH: _wealth,
            ProductFamily.FX: _fx,
            ProductFamily.PRECIOUS_METAL: _precious_metal,
        }[family]
        out = check(checker, subtype, data)
    return {"shape": terms_upgrade.SHAPE, **out}, c.errors


def _deposit(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    demand = subtype == ProductSubtype.DEMAND
    interest = _deposit_interest(c.at("interest"), d.get("interest"), demand=demand)
    term = _deposit_term(c, subtype, d.get("term"))
    units = [TierUnit.AMOUNT]
    if term is not None:
        units.append(TierUnit.TERM_MONTHS if term["unit"] == "MONTH" else TierUnit.TERM_DAYS)
    minimum = c.amount(d, "minimum_deposit")
    if (
        subtype == ProductSubtype.LARGE_CD
        and minimum is not None
        and Decimal(minimum) < LARGE_CD_MINIMUM
    ):
        c.fail("minimumDeposit", "A large-denomination CD starts at ¥{amount}.", amount="200,000")
    at_tiers = c.at("rateTiers")
    before = len(c.errors)
    tiers = terms_parts.check_tiers(at_tiers, d.get("rate_tiers") or [], units=units)
    if len(c.errors) == before:
        terms_parts.check_grid(
            at_tiers, tiers, amount_floor=Decimal(minimum) if minimum is not None else None
        )
    if len(c.errors) == before and term is not None:
        _check_term_bands(at_tiers, term, tiers)
    application = TierApplication(d.get("tier_application") or TierApplication.WHOLE_BALANCE)
    return {
        "interest": interest,
        "term": term,
        "tier_application": application.value,
        "rate_tiers": sorted(tiers, key=_tier_order),
        "bonus_rates": terms_parts.check_bonus_rates(c.at("bonusRates"), d.get("bonus_rates")),
        "minimum_deposit": minimum,
        "early_withdrawal_rate": c.rate(d, "early_withdrawal_rate"),
        "auto_renewal": bool(d.get("auto_renewal")) and not demand,
    }


def _tier_order(tier: dict[str, Any]) -> tuple[Decimal, ...]:
    return tuple(Decimal(b["lower"]) for b in reversed(tier["bands"]))


def _deposit_interest(c: Checker, i: dict[str, Any] | None, *, demand: bool) -> dict[str, Any]:
    if i is None:
        c.fail("", "Give the interest mechanics.", ErrorCode.REQUIRED)
        i = {"day_count": DayCount.ACT_360, "posting": InterestPayment.AT_MATURITY}
    posting = InterestPayment(i["posting"])
    compounding = Compounding(i.get("compounding") or Compounding.NONE)
    if compounding != Compounding.NONE and compounding.value != posting.value:
        c.fail(
            "compounding",
            "Interest compounds when it is posted: choose no compounding or {posting}.",
            posting=posting.value,
        )
    if demand and posting == InterestPayment.AT_MATURITY:
        c.fail("posting", "A demand deposit has no maturity; post interest periodically.")
    return {
        "day_count": DayCount(i["day_count"]).value,
        "accrual": "DAILY",
        "compounding": compounding.value,
        "posting": posting.value,
    }


def _deposit_term(
    c: Checker, subtype: ProductSubtype, term: dict[str, Any] | None
) -> dict[str, Any] | None:
    if subtype == ProductSubtype.DEMAND:
        if term is not None:
            c.fail("term", "A demand deposit has no fixed term.")
        return None
    if term is None:
        c.fail(
            "term",
            "Give the terms offered (shortest, longest, in multiples of).",
            ErrorCode.REQUIRED,
        )
        return None
    t = c.at("term")
    unit = TermUnit(term["unit"])
    if subtype == ProductSubtype.NOTICE and unit != TermUnit.DAY:
        t.fail("unit", "A notice deposit's notice is counted in days.")
    high = 3650 if unit == TermUnit.DAY else 120
    low_term, high_term = t.integer(term, "min", 1, high), t.integer(term, "max", 1, high)
    multiple = t.integer(term, "multiple", 1, high)
    t.ordered("min", low_term, "max", high_term)
    if low_term and multiple and low_term % multiple:
        t.fail("min", "The shortest term is a multiple of {multiple}.", multiple=multiple)
    return {"min": low_term, "max": high_term, "multiple": multiple, "unit": unit.value}


def offered_terms(term: dict[str, Any], tiers: list[dict[str, Any]]) -> list[int]:
    """The terms a deposit offers: multiples within its range that some rate tier covers."""
    unit = TierUnit.TERM_MONTHS.value if term["unit"] == "MONTH" else TierUnit.TERM_DAYS.value
    bands = [b for t in tiers for b in t["bands"] if b["unit"] == unit]
    return [
        n
        for n in range(term["min"], term["max"] + 1, term["multiple"])
        if n % term["multiple"] == 0
        and any(terms_parts.band_contains(b, Decimal(n)) for b in bands)
    ]


def _check_term_bands(c: Checker, term: dict[str, Any], tiers: list[dict[str, Any]]) -> None:
    unit = TierUnit.TERM_MONTHS.value if term["unit"] == "MONTH" else TierUnit.TERM_DAYS.value
    low, high, multiple = term["min"], term["max"], term["multiple"]
    if None in (low, high, multiple):
        return
    for i, tier in enumerate(tiers):
        band = next((b for b in tier["bands"] if b["unit"] == unit), None)
        if band is None:
            c.at(i).fail("bands", "Give the term this rate is for.", ErrorCode.REQUIRED)
            return
        covered = [
            n for n in range(low, high + 1, multiple) if terms_parts.band_contains(band, Decimal(n))
        ]
        if not covered:
            c.at(i).fail(
                "bands",
                "No term offered ({min}–{max}, in multiples of {multiple}) falls in this band.",
                min=low,
                max=high,
                multiple=multiple,
            )
            return


def _loan(
    c: Checker, subtype: ProductSubtype, d: dict[str, Any], lpr: Mapping[LprTenor, Decimal]
) -> dict[str, Any]:
    rate_type = LoanRateType(d["rate_type"])
    floating = rate_type == LoanRateType.LPR
    tenor = repricing = None
    if floating:
        if d.get("lpr_tenor") is None:
            c.fail("lprTenor", "An LPR-linked loan needs an LPR tenor.", ErrorCode.REQUIRED)
        else:
            tenor = LprTenor(d["lpr_tenor"])
        if d.get("repricing") is None:
            c.fail("repricing", "Say when the loan takes a new LPR.", ErrorCode.REQUIRED)
        else:
            repricing = Repricing(d["repricing"])
    else:
        for name in ("lpr_tenor", "repricing"):
            if d.get(name) is not None:
                c.fail(name, "A fixed-rate loan does not follow the LPR.")
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
    methods = sorted({RepaymentMethod(m).value for m in d.get("repayment_methods") or []})
    if not methods:
        c.fail("repaymentMethods", "Choose at least one repayment method.", ErrorCode.REQUIRED)
    collateral = bool(d.get("collateral_required"))
    max_ltv = c.number(d, "max_ltv", required=False)
    if collateral and max_ltv is None:
        c.fail("maxLtv", "A secured loan needs a maximum LTV.", ErrorCode.REQUIRED)
    if max_ltv is not None and not 0 < max_ltv <= 100:
        c.fail("maxLtv", "LTV must be above 0 % and at most 100 %.")
    if subtype == ProductSubtype.MORTGAGE and not collateral:
        c.fail("collateralRequired", "A mortgage is secured by the property.")
    units = [TierUnit.AMOUNT, TierUnit.TERM_MONTHS]
    if collateral:
        units.append(TierUnit.LTV_PERCENT)
    at_tiers = c.at("rateTiers")
    before = len(c.errors)
    tiers = terms_parts.check_tiers(
        at_tiers, d.get("rate_tiers") or [], units=units, spread=floating
    )
    if len(c.errors) == before:
        terms_parts.check_grid(
            at_tiers,
            tiers,
            amount_floor=Decimal(amounts[0]) if amounts[0] else None,
            amount_ceiling=Decimal(amounts[2]) if amounts[2] else None,
        )
    if len(c.errors) == before and terms[0] is not None and terms[2] is not None:
        _check_loan_terms_covered(at_tiers, tiers, terms[0], terms[2])
    benchmark = lpr[tenor] if tenor is not None else Decimal(0)
    rates = [_tier_rate(t, benchmark) for t in tiers]
    for i, rate in enumerate(rates):
        if floating and rate is not None and not RATE_MIN <= rate <= RATE_MAX:
            at_tiers.at(i).fail(
                "spreadBps",
                "LPR plus spread must be between {min} % and {max} %.",
                min="0",
                max="36",
            )
    known = [r for r in rates if r is not None]
    return {
        "rate_type": rate_type.value,
        "lpr_tenor": tenor.value if tenor else None,
        "repricing": repricing.value if repricing else None,
        "rate_tiers": sorted(tiers, key=_tier_order),
        "effective_rate": rate_str(min(known)) if known else None,
        "interest": _loan_interest(c.at("interest"), d.get("interest")),
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


def _tier_rate(tier: dict[str, Any], lpr: Decimal) -> Decimal | None:
    """A tier's (lowest) annual rate: its fixed rate, or the LPR plus its spread."""
    if tier.get("spread_bps") is not None:
        return lpr + Decimal(tier["spread_bps"]) / 100
    return Decimal(tier["rate"]) if tier.get("rate") is not None else None


def _check_loan_terms_covered(c: Checker, tiers: list[dict[str, Any]], low: int, high: int) -> None:
    bands = [b for t in tiers for b in t["bands"] if b["unit"] == TierUnit.TERM_MONTHS.value]
    if not bands:
        return
    gaps = [
        m
        for m in range(low, high + 1)
        if not any(terms_parts.band_contains(b, Decimal(m)) for b in bands)
    ]
    if gaps:
        c.fail(
            "",
            "No rate is given for a term of {months} months (terms {min}–{max} are offered).",
            months=gaps[0],
            min=low,
            max=high,
        )


def _loan_interest(c: Checker, i: dict[str, Any] | None) -> dict[str, Any]:
    if i is None:
        c.fail("", "Give the interest mechanics.", ErrorCode.REQUIRED)
        i = {"day_count": DayCount.ACT_360}
    first = FirstPayment(i.get("first_payment") or FirstPayment.ONE_PERIOD_AFTER_DRAWDOWN)
    day = i.get("payment_day")
    if first == FirstPayment.FIXED_DAY:
        day = c.integer(i, "payment_day", 1, 28)
    elif day is not None:
        c.fail("paymentDay", "Only a fixed-day first payment names a day of the month.")
        day = None
    return {
        "day_count": DayCount(i["day_count"]).value,
        "repayment_frequency": RepaymentFrequency(
            i.get("repayment_frequency") or RepaymentFrequency.MONTHLY
        ).value,
        "first_payment": first.value,
        "payment_day": day,
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
        multiplier = t.number(m, "multiplier")
        if multiplier is not None and not Decimal("0") < multiplier <= Decimal("20"):
            t.fail("multiplier", "Must be between {low} and {high}.", low="0", high="20")
        multipliers.append(
            {"category": (m.get("category") or "").strip(), "multiplier": str(multiplier)}
        )
    points = c.number(d, "points_per_yuan")
    if points is not None and not 0 <= points <= 100:
        c.fail("pointsPerYuan", "Must be between {low} and {high}.", low=0, high=100)
    limits = [
        c.amount(d, "credit_limit_min", positive=True),
        c.amount(d, "credit_limit_max", positive=True),
    ]
    c.ordered("creditLimitMin", limits[0], "creditLimitMax", limits[1])
    return {
        "tier": CardTier(d["tier"]).value,
        "partner_brand": brand,
        "annual_fee": c.amount(d, "annual_fee"),
        "annual_fee_waivers": terms_parts.check_waivers(
            c.at("annualFeeWaivers"), d.get("annual_fee_waivers")
        ),
        "fee_waiver_note": c.text(d, "fee_waiver_note", 500, required=False),
        "interest_free_days_max": c.integer(d, "interest_free_days_max", 20, 60),
        "interest_rate": c.rate(d, "interest_rate"),
        "points_per_yuan": str(points) if points is not None else None,
        "category_multipliers": multipliers,
        "credit_limit_min": limits[0],
        "credit_limit_max": limits[1],
        "cash_advance_fee_rate": c.rate(d, "cash_advance_fee_rate"),
        "cash_advance_fee_min": c.amount(d, "cash_advance_fee_min"),
        "instalment": _card_instalment(c.at("instalment"), d.get("instalment")),
        "benefits": [str(b).strip() for b in d.get("benefits") or [] if str(b).strip()],
    }


def _card_instalment(c: Checker, i: dict[str, Any] | None) -> dict[str, Any] | None:
    if i is None:
        return None
    periods = sorted(set(i.get("periods") or []))
    if not periods:
        c.fail("periods", "Offer at least one number of instalments.", ErrorCode.REQUIRED)
    if [p for p in periods if p not in CARD_INSTALMENT_PERIODS]:
        c.fail(
            "periods",
            "Instalments are among {allowed}.",
            allowed=", ".join(map(str, CARD_INSTALMENT_PERIODS)),
        )
    fee = c.number(i, "monthly_fee_rate")
    if fee is not None and not Decimal(0) <= fee <= CARD_MONTHLY_FEE_MAX:
        c.fail("monthlyFeeRate", "A monthly fee rate is at most {max} %.", max="2")
    share = c.number(i, "minimum_payment_rate")
    if share is not None and not Decimal(1) <= share <= 100:
        c.fail("minimumPaymentRate", "Must be between {low} and {high}.", low=1, high=100)
    return {
        "periods": periods,
        "monthly_fee_rate": rate_str(fee) if fee is not None else None,
        "minimum_payment_rate": rate_str(share) if share is not None else None,
        "minimum_payment_floor": c.amount(i, "minimum_payment_floor"),
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
    offering = Offering(d["offering"])
    minimum = number(d.get("minimum_investment"))
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
        value = number(d.get(name))
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
    purity = number(d.get("purity"))
    if purity is None or not Decimal("90") <= purity <= Decimal("99.999"):
        c.fail(
            "purity", "Purity is a percentage between {low} and {high}.", low="90", high="99.999"
        )
    spread = number(d.get("spread"))
    if spread is None or spread < 0:
        c.fail("spread", "Amount must not be negative.")
    units = number(d.get("minimum_trade_units"))
    if units is None or units <= 0:
        c.fail("minimumTradeUnits", "Amount must be greater than zero.")
    physical = bool(d.get("physical_delivery"))
    if subtype == ProductSubtype.PHYSICAL_GOLD and not physical:
        c.fail("physicalDelivery", "Physical gold is delivered physically.")
    if subtype == ProductSubtype.PAPER_GOLD and physical:
        c.fail("physicalDelivery", "Paper gold is not delivered physically.")
    leverage = number(d.get("leverage"))
    leveraged = subtype in (ProductSubtype.GOLD_FUTURES, ProductSubtype.GOLD_OPTION)
    if leverage is None or not Decimal(1) <= leverage <= Decimal(20):
        c.fail("leverage", "Must be between {low} and {high}.", low=1, high=20)
    elif not leveraged and leverage != 1:
        c.fail("leverage", "Only futures and options are leveraged (leverage 1).")
    return {
        "metal": Metal(d["metal"]).value,
        "unit": MetalUnit(d["unit"]).value,
        "purity": str(purity) if purity is not None else None,
        "spread": str(spread) if spread is not None else None,
        "minimum_trade_units": str(units) if units is not None else None,
        "physical_delivery": physical,
        "leverage": str(leverage) if leverage is not None else None,
    }
