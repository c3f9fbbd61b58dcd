"""Validation rules of product fields and family terms.

Each check appends a ``FieldError`` naming the camelCase path of the offending input
(``terms.deposit.rateTable.0.rate``), so the console can put the message on the right field.
Values arrive as Python objects (``Decimal``, ``date``, enums) and leave as a normalised,
JSON-safe dict (Decimals as strings with fixed decimals).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products.enums import (
    SUBTYPES,
    LoanRateType,
    LprTenor,
    Offering,
    ProductFamily,
    ProductSubtype,
)
from backend.errors import ErrorCode, FieldError

RATE_MIN = Decimal("0")
RATE_MAX = Decimal("36")
DEPOSIT_TERMS = (3, 6, 12, 24, 36, 60)
LARGE_CD_MINIMUM = Decimal("200000")
PRIVATE_WEALTH_MINIMUM = Decimal("1000000")
PRIVATE_COOLING_OFF_HOURS = 24
#: Loan Prime Rates (%), as published by the National Interbank Funding Center; an
#: integration with the market-data system replaces these constants.
LPR = {LprTenor.ONE_YEAR: Decimal("3.0000"), LprTenor.FIVE_YEAR: Decimal("3.5000")}
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,39}$")
PAIR_RE = re.compile(r"^([A-Z]{3})/([A-Z]{3})$")
HOURS_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
TENOR_RE = re.compile(r"^\d{1,3}[DWMY]$")

#: ISO 4217 codes a Chinese bank deals in (extend as needed).
CURRENCIES = frozenset(
    [
        "CNY",
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "HKD",
        "AUD",
        "CAD",
        "CHF",
        "SGD",
        "NZD",
        "KRW",
        "THB",
        "MOP",
        "RUB",
        "SEK",
        "NOK",
        "DKK",
        "ZAR",
        "AED",
        "SAR",
        "MYR",
    ]
)

FAMILY_KEY = {
    ProductFamily.DEPOSIT: "deposit",
    ProductFamily.LOAN: "loan",
    ProductFamily.CREDIT_CARD: "creditCard",
    ProductFamily.WEALTH: "wealth",
    ProductFamily.FX: "fx",
    ProductFamily.PRECIOUS_METAL: "preciousMetal",
}


def rate_str(value: Decimal) -> str:
    """Format a rate with 4 decimals."""
    return str(value.quantize(Decimal("0.0001")))


def money_str(value: Decimal) -> str:
    """Format an amount with 2 decimals."""
    return str(value.quantize(Decimal("0.01")))


class Checker:
    """Collects field errors under a path prefix."""

    def __init__(self, prefix: str = "", errors: list[FieldError] | None = None) -> None:
        self.prefix = prefix
        self.errors = errors if errors is not None else []

    def at(self, name: str | int) -> Checker:
        """A checker for a nested path."""
        return Checker(f"{self.prefix}.{name}" if self.prefix else str(name), self.errors)

    def path(self, name: str) -> str:
        """The camelCase input path of a field under this checker."""
        name = _camel(name)
        if not name:
            return self.prefix
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(
        self, name: str, message: str, code: ErrorCode = ErrorCode.INVALID, **params: Any
    ) -> None:
        """Record a problem with one field."""
        self.errors.append(FieldError(code, message, self.path(name), tuple(params.items())))

    def required(self, data: dict[str, Any], name: str) -> Any:
        """Return a value, recording REQUIRED when it is missing."""
        value = data.get(name)
        if value is None or value == "" or value == []:
            self.fail(name, "This field is required.", ErrorCode.REQUIRED)
        return value

    def rate(self, data: dict[str, Any], name: str, *, required: bool = True) -> str | None:
        """Check a percentage rate within 0–36 %."""
        value = self.required(data, name) if required else data.get(name)
        if value is None:
            return None
        if not RATE_MIN <= value <= RATE_MAX:
            self.fail(name, "Rate must be between {min} % and {max} %.", min="0", max="36")
        if value != value.quantize(Decimal("0.0001")):
            self.fail(name, "Rates have at most 4 decimal places.")
        return rate_str(value)

    def amount(
        self, data: dict[str, Any], name: str, *, required: bool = True, positive: bool = False
    ) -> str | None:
        """Check a non-negative money amount with at most 2 decimals."""
        value = self.required(data, name) if required else data.get(name)
        if value is None:
            return None
        if value < 0 or (positive and value == 0):
            message = (
                "Amount must be greater than zero." if positive else "Amount must not be negative."
            )
            self.fail(name, message)
        elif value != value.quantize(Decimal("0.01")):
            self.fail(name, "Amounts have at most 2 decimal places.")
        return money_str(value)

    def integer(
        self, data: dict[str, Any], name: str, low: int, high: int, *, required: bool = True
    ) -> int | None:
        """Check a whole number within a range."""
        value = self.required(data, name) if required else data.get(name)
        if value is None:
            return None
        if not low <= value <= high:
            self.fail(name, "Must be between {low} and {high}.", low=low, high=high)
        return int(value)

    def ordered(self, low_name: str, low: Any, high_name: str, high: Any) -> None:
        """Check low ≤ high, naming the upper field."""
        if low is not None and high is not None and Decimal(str(low)) > Decimal(str(high)):
            self.fail(high_name, "Must not be less than {other}.", other=low_name)

    def text(self, data: dict[str, Any], name: str, max_length: int, *, required: bool) -> str:
        """Check a string's length."""
        value = (data.get(name) or "").strip()
        if required and not value:
            self.fail(name, "This field is required.", ErrorCode.REQUIRED)
        if len(value) > max_length:
            self.fail(name, "At most {max} characters.", max=max_length)
        return str(value)


# --- common fields --------------------------------------------------------------------------


def check_common(
    data: dict[str, Any], *, creating: bool
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate and normalise the common product fields present in ``data``."""
    c = Checker()
    out: dict[str, Any] = {}
    if creating or "code" in data:
        code = (data.get("code") or "").strip().upper()
        if not CODE_RE.match(code):
            c.fail("code", "Code must be 3–40 characters of A-Z, 0-9 and '-'.")
        out["code"] = code
    for name, limit in (("name_zh", 100), ("name_en", 200)):
        if creating or name in data:
            out[name] = c.text(data, name, limit, required=True)
    if creating or "family" in data or "subtype" in data:
        family, subtype = data.get("family"), data.get("subtype")
        if family is not None and subtype is not None and subtype not in SUBTYPES[family]:
            c.fail(
                "subtype",
                "Subtype {subtype} does not belong to family {family}.",
                subtype=subtype.value,
                family=family.value,
            )
        if family is not None:
            out["family"] = family.value
        if subtype is not None:
            out["subtype"] = subtype.value
    if creating or "currency" in data:
        currency = (data.get("currency") or "").upper()
        if currency not in CURRENCIES:
            c.fail("currency", "Unknown ISO 4217 currency code.")
        out["currency"] = currency
    if creating or "risk_level" in data:
        if data.get("risk_level") is None:
            c.fail("riskLevel", "This field is required.", ErrorCode.REQUIRED)
        else:
            out["risk_level"] = data["risk_level"].value
    if "description" in data:
        out["description"] = c.text(data, "description", 20000, required=False)
    if "target_customers" in data:
        out["target_customers"] = c.text(data, "target_customers", 2000, required=False)
    for name in ("highlights", "tags"):
        if name in data:
            items = [str(x).strip() for x in data.get(name) or [] if str(x).strip()]
            if len(items) > 20 or any(len(x) > 200 for x in items):
                c.fail(name, "At most 20 entries of 200 characters.")
            out[name] = items
    if creating or "eligibility" in data:
        out["eligibility"] = _eligibility(c.at("eligibility"), data.get("eligibility") or {})
    if creating or "channels" in data:
        out["channels"] = _channels(c.at("channels"), data.get("channels") or [])
        out["channel_list"] = "," + ",".join(ch["channel"] for ch in out["channels"]) + ","
    if "sales_start" in data or "sales_end" in data or creating:
        start, end = data.get("sales_start"), data.get("sales_end")
        if start and end and start > end:
            c.fail("salesEnd", "Sales window ends before it starts.")
        if "sales_start" in data or creating:
            out["sales_start"] = start
        if "sales_end" in data or creating:
            out["sales_end"] = end
    for name in ("quota_total", "min_amount", "max_amount"):
        if name in data or creating:
            value = data.get(name)
            if value is not None and value < 0:
                c.fail(name, "Amount must not be negative.")
            out[name] = value
    if out.get("min_amount") is not None and out.get("max_amount") is not None:
        c.ordered("minAmount", out["min_amount"], "maxAmount", out["max_amount"])
    if "fees" in data or creating:
        out["fees"] = [
            _fee(c.at("fees").at(i), fee) for i, fee in enumerate(data.get("fees") or [])
        ]
    return out, c.errors


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _eligibility(c: Checker, data: dict[str, Any]) -> dict[str, Any]:
    min_age, max_age = data.get("min_age"), data.get("max_age")
    for name, value in (("minAge", min_age), ("maxAge", max_age)):
        if value is not None and not 0 <= value <= 120:
            c.fail(name, "Must be between {low} and {high}.", low=0, high=120)
    c.ordered("minAge", min_age, "maxAge", max_age)
    income = data.get("min_annual_income")
    if income is not None and income < 0:
        c.fail("minAnnualIncome", "Amount must not be negative.")
    types = [t.value for t in data.get("customer_types") or []]
    if not types:
        c.fail("customerTypes", "Choose at least one customer type.", ErrorCode.REQUIRED)
    residency = [r.value for r in data.get("residency") or []]
    if not residency:
        c.fail("residency", "Choose at least one residency.", ErrorCode.REQUIRED)
    return {
        "min_age": min_age,
        "max_age": max_age,
        "min_annual_income": money_str(income) if income is not None else None,
        "customer_types": sorted(set(types)),
        "residency": sorted(set(residency)),
    }


def _channels(c: Checker, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        channel = item["channel"].value
        if channel in seen:
            c.at(i).fail("channel", "Each channel may be listed once.")
        seen.add(channel)
        start, end = item.get("publish_from"), item.get("publish_to")
        if start and end and start > end:
            c.at(i).fail("publishTo", "Publication window ends before it starts.")
        out.append(
            {
                "channel": channel,
                "publish_from": start.isoformat() if start else None,
                "publish_to": end.isoformat() if end else None,
            }
        )
    if not out:
        c.fail("", "Offer the product on at least one channel.", ErrorCode.REQUIRED)
    return out


def _fee(c: Checker, fee: dict[str, Any]) -> dict[str, Any]:
    basis = fee["basis"].value
    if basis == "FIXED":
        c.amount(fee, "amount")
        if fee.get("rate") is not None:
            c.fail("rate", "A fixed fee has an amount, not a rate.")
    else:
        c.rate(fee, "rate")
    for name in ("min_amount", "max_amount", "cap"):
        if fee.get(name) is not None and fee[name] < 0:
            c.fail(_camel(name), "Amount must not be negative.")
    c.ordered("minAmount", fee.get("min_amount"), "maxAmount", fee.get("max_amount"))
    return {
        "type": fee["type"].value,
        "basis": basis,
        "amount": money_str(fee["amount"]) if fee.get("amount") is not None else None,
        "rate": rate_str(fee["rate"]) if fee.get("rate") is not None else None,
        "min_amount": money_str(fee["min_amount"]) if fee.get("min_amount") is not None else None,
        "max_amount": money_str(fee["max_amount"]) if fee.get("max_amount") is not None else None,
        "cap": money_str(fee["cap"]) if fee.get("cap") is not None else None,
        "frequency": fee["frequency"].value,
    }


# --- family terms ---------------------------------------------------------------------------


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
            c.fail(_camel(name), "Fee rate must be at most {max} %.", max="5")
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


def headline_rate(family: ProductFamily | str, terms: dict[str, Any]) -> Decimal | None:
    """The one rate shown in lists and used by rate filters, or None for the family."""
    family = ProductFamily(family)
    if family == ProductFamily.DEPOSIT:
        rates = [Decimal(t["rate"]) for t in terms.get("rate_table") or [] if t.get("rate")]
        return max(rates) if rates else None
    key = {
        ProductFamily.LOAN: "effective_rate",
        ProductFamily.CREDIT_CARD: "interest_rate",
        ProductFamily.WEALTH: "benchmark_max",
        ProductFamily.FX: "yield_max",
    }.get(family)
    value = terms.get(key) if key else None
    return Decimal(value) if value is not None else None


def on_sale_at(*, status: str, sales_start: date | None, sales_end: date | None, day: date) -> bool:
    """Whether a product may be sold on a day: ON_SALE and inside its sales window."""
    return (
        status == "ON_SALE"
        and (sales_start is None or sales_start <= day)
        and (sales_end is None or day <= sales_end)
    )
