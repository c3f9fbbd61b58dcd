"""Terms of the first shape (before issue #12): checking inputs still sent in it, and
upgrading stored terms of that shape to shape 2 without losing anything.

Shape 1 knew a fixed list of deposit terms with a rate table by (term, minimum amount), a
single loan rate (fixed, or LPR + spread) and a free-text card fee-waiver rule. Shape 2 says
the same with banded rate tiers, interest mechanics and typed waivers (``terms_rules``).
``upgrade`` maps one onto the other: every rate read from the old shape for a term and amount
reads the same from the new one (tests/products/test_terms_upgrade.py checks every demo
product). The data migration 0012 runs it over every stored terms row; version history and
the API upgrade any old dict they meet the same way.
"""

from __future__ import annotations

from decimal import Decimal
from math import gcd
from typing import Any

from backend.domains.products.checker import Checker
from backend.domains.products.enums import (
    DayCount,
    LoanRateType,
    ProductFamily,
    ProductSubtype,
)
from backend.errors import ErrorCode

SHAPE = 2
#: The terms shape 1 allowed (months).
DEPOSIT_TERMS_V1 = (3, 6, 12, 24, 36, 60)
LARGE_CD_MINIMUM = Decimal("200000")


def is_current(terms: dict[str, Any]) -> bool:
    """Whether stored terms are already of the current shape."""
    return terms.get("shape") == SHAPE


def upgrade(family: ProductFamily | str, terms: dict[str, Any]) -> dict[str, Any]:
    """Stored terms of any shape as shape 2 (current ones are returned as they are)."""
    if is_current(terms):
        return terms
    family = ProductFamily(family)
    if family == ProductFamily.DEPOSIT:
        return _deposit(terms)
    if family == ProductFamily.LOAN:
        return _loan(terms)
    if family == ProductFamily.CREDIT_CARD:
        return _credit_card(terms)
    return {**terms, "shape": SHAPE}


def _deposit(old: dict[str, Any]) -> dict[str, Any]:
    months = sorted(set(old.get("terms_months") or []))
    rows = sorted(
        old.get("rate_table") or [],
        key=lambda t: (t.get("term_months") or 0, Decimal(t["min_amount"])),
    )
    tiers = []
    for i, row in enumerate(rows):
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        upper = (
            nxt["min_amount"] if nxt and nxt.get("term_months") == row.get("term_months") else None
        )
        bands: list[dict[str, Any]] = []
        if row.get("term_months") is not None:
            m = row["term_months"]
            bands.append({"unit": "TERM_MONTHS", "lower": str(m), "upper": str(m)})
        bands.append({"unit": "AMOUNT", "lower": row["min_amount"], "upper": upper})
        tiers.append(_tier(sorted(bands, key=lambda b: b["unit"]), rate=row["rate"]))
    multiple = 0
    for m in months:
        multiple = gcd(multiple, m)
    posting = old.get("interest_payment") or "AT_MATURITY"
    compounding = "NONE"
    # A time deposit's interest for whole months is principal × months × monthly rate (the
    # PBoC's 整年整月 rule, what banks publish): THIRTY_360. Demand interest counts the actual
    # days at the daily rate annual / 360: ACT_360.
    day_count = DayCount.THIRTY_360.value if months else DayCount.ACT_360.value
    if not months:
        # Shape 1 let a demand deposit say "at maturity", which it has none of: demand
        # interest is settled quarterly (每季末月20日结息) and joins the balance.
        posting = compounding = "QUARTERLY"
    return {
        "shape": SHAPE,
        "interest": {
            "day_count": day_count,
            "accrual": "DAILY",
            "compounding": compounding,
            "posting": posting,
        },
        "term": (
            {"min": months[0], "max": months[-1], "multiple": multiple, "unit": "MONTH"}
            if months
            else None
        ),
        "tier_application": "WHOLE_BALANCE",
        "rate_tiers": tiers,
        "bonus_rates": [],
        "minimum_deposit": old.get("minimum_deposit"),
        "early_withdrawal_rate": old.get("early_withdrawal_rate"),
        "auto_renewal": bool(old.get("auto_renewal")),
    }


def _tier(
    bands: list[dict[str, Any]],
    *,
    rate: str | None = None,
    spread_bps: int | None = None,
) -> dict[str, Any]:
    return {
        "bands": bands,
        "rate": rate,
        "rate_max": None,
        "spread_bps": spread_bps,
        "spread_bps_max": None,
    }


def _loan(old: dict[str, Any]) -> dict[str, Any]:
    lpr = old.get("rate_type") == LoanRateType.LPR.value
    new = {k: v for k, v in old.items() if k not in ("fixed_rate", "spread_bps")}
    return {
        **new,
        "shape": SHAPE,
        "repricing": "JANUARY_FIRST" if lpr else None,
        "rate_tiers": [
            _tier([], spread_bps=old.get("spread_bps"))
            if lpr
            else _tier([], rate=old.get("fixed_rate"))
        ],
        "interest": {
            "day_count": DayCount.ACT_360.value,
            "repayment_frequency": "MONTHLY",
            "first_payment": "ONE_PERIOD_AFTER_DRAWDOWN",
            "payment_day": None,
        },
    }


def _credit_card(old: dict[str, Any]) -> dict[str, Any]:
    new = {k: v for k, v in old.items() if k != "fee_waiver_rule"}
    return {
        **new,
        "shape": SHAPE,
        "annual_fee_waivers": [],
        "fee_waiver_note": old.get("fee_waiver_rule") or "",
        "instalment": None,
    }


# --- inputs still sent in shape 1 ------------------------------------------------------------


#: The fields of each shape in the API's family terms: (shape 1, shape 2).
SHAPE_FIELDS = {
    ProductFamily.DEPOSIT: (
        ("rate_table", "terms_months", "interest_payment"),
        ("rate_tiers", "term", "interest"),
    ),
    ProductFamily.LOAN: (("fixed_rate", "spread_bps"), ("rate_tiers",)),
    ProductFamily.CREDIT_CARD: (("fee_waiver_rule",), ("annual_fee_waivers", "fee_waiver_note")),
}


def mixed_shape_field(family: ProductFamily, data: dict[str, Any]) -> str | None:
    """A shape-1 field given together with shape-2 ones (the terms must pick one shape)."""
    old, new = SHAPE_FIELDS.get(family, ((), ()))

    def given(name: str) -> bool:
        return data.get(name) not in (None, "", [])

    if any(given(n) for n in new):
        return next((n for n in old if given(n)), None)
    return None


def is_v1_input(family: ProductFamily, data: dict[str, Any]) -> bool:
    """Whether family terms given to the API use the fields of shape 1."""
    marker = {
        ProductFamily.DEPOSIT: "rate_table",
        ProductFamily.LOAN: "fixed_rate",
        ProductFamily.CREDIT_CARD: "fee_waiver_rule",
    }.get(family)
    if marker is None:
        return False
    if family == ProductFamily.LOAN:
        return data.get("rate_tiers") is None and (
            data.get("fixed_rate") is not None or data.get("spread_bps") is not None
        )
    return data.get(marker) is not None


def check_v1(
    c: Checker, family: ProductFamily, subtype: ProductSubtype, d: dict[str, Any]
) -> dict[str, Any]:
    """Check family terms given in shape 1 and return them stored in shape 1."""
    if family == ProductFamily.DEPOSIT:
        return _deposit_v1(c, subtype, d)
    if family == ProductFamily.LOAN:
        return _loan_v1(c, d)
    return _card_v1(c, d)


def _deposit_v1(c: Checker, subtype: ProductSubtype, d: dict[str, Any]) -> dict[str, Any]:
    months = sorted(set(d.get("terms_months") or []))
    if subtype == ProductSubtype.DEMAND:
        if months:
            c.fail("termsMonths", "A demand deposit has no fixed terms.")
    else:
        if not months:
            c.fail("termsMonths", "Choose at least one term.", ErrorCode.REQUIRED)
        if [m for m in months if m not in DEPOSIT_TERMS_V1]:
            c.fail(
                "termsMonths",
                "Terms must be among {allowed} months.",
                allowed=", ".join(map(str, DEPOSIT_TERMS_V1)),
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
        if (term, min_amount) in seen:
            t.fail("minAmount", "Duplicate term and amount tier.")
        seen.add((term, min_amount))
        tiers.append({"term_months": term, "min_amount": min_amount, "rate": t.rate(tier, "rate")})
    payment = d.get("interest_payment")
    return {
        "terms_months": months,
        "rate_table": tiers,
        "minimum_deposit": c.amount(d, "minimum_deposit"),
        "interest_payment": str(getattr(payment, "value", payment) or "AT_MATURITY"),
        "early_withdrawal_rate": c.rate(d, "early_withdrawal_rate"),
        "auto_renewal": bool(d.get("auto_renewal")),
    }


def _loan_v1(c: Checker, d: dict[str, Any]) -> dict[str, Any]:
    lpr = LoanRateType(d["rate_type"]) == LoanRateType.LPR
    out = {k: v for k, v in d.items() if k not in ("fixed_rate", "spread_bps")}
    if lpr:
        if d.get("lpr_tenor") is None:
            c.fail("lprTenor", "An LPR-linked loan needs an LPR tenor.", ErrorCode.REQUIRED)
        out["rate_tiers"] = [_tier([], spread_bps=c.integer(d, "spread_bps", -300, 1000))]
    else:
        out["rate_tiers"] = [_tier([], rate=c.rate(d, "fixed_rate"))]
    if out.get("repricing") is None:
        out["repricing"] = "JANUARY_FIRST" if lpr else None
    if out.get("interest") is None:
        out["interest"] = {
            "day_count": DayCount.ACT_360.value,
            "repayment_frequency": "MONTHLY",
            "first_payment": "ONE_PERIOD_AFTER_DRAWDOWN",
            "payment_day": None,
        }
    return out


def _card_v1(c: Checker, d: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in d.items() if k != "fee_waiver_rule"}
    out["fee_waiver_note"] = c.text(d, "fee_waiver_rule", 500, required=False)
    return out
