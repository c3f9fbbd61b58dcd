"""Validation of the parts product terms share: rate bands and tiers (the rate grid),
typed conditions, bonus rates, and typed fees with their waivers.

A band is ``[lower, upper)`` in its unit; ``upper`` null is unbounded and ``lower == upper``
is exactly that value (a discrete 12-month term). A tier is one cell of the rate grid: it
applies where every one of its bands holds. Within the tiers that share their other bands
(one term, one LTV range), the amount bands run on without gap or overlap; the other bands
of different cells never overlap. Conditions are typed and complete: each type takes exactly
its own parameters (``CONDITION_PARAMS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products.checker import Checker, money_str, number, rate_str
from backend.domains.products.enums import (
    ConditionType,
    CustomerType,
    FeeBasis,
    FeeChargeBase,
    FeeFrequency,
    FeeType,
    TierUnit,
)
from backend.errors import ErrorCode

#: The parameters each condition type takes (all required unless listed in OPTIONAL_PARAMS).
CONDITION_PARAMS: dict[ConditionType, tuple[str, ...]] = {
    ConditionType.MIN_BALANCE: ("amount",),
    ConditionType.NEW_MONEY: ("amount",),
    ConditionType.MIN_DEPOSITS_A_MONTH: ("count",),
    ConditionType.MIN_TRANSACTIONS_A_MONTH: ("count",),
    ConditionType.MIN_TRANSACTIONS_A_YEAR: ("count",),
    ConditionType.MIN_SPEND_A_YEAR: ("amount",),
    ConditionType.PAYROLL_DEPOSIT: ("amount",),
    ConditionType.CUSTOMER_TYPE: ("customer_types",),
    ConditionType.AGE_BAND: ("age_min", "age_max"),
    ConditionType.BUNDLE_MEMBER: ("bundle_code",),
    ConditionType.INTRODUCTORY: ("months", "ends_on"),
}
#: Parameters a type may leave out: a payroll condition without an amount is any payroll;
#: an age band needs one end at least; an introductory period gives months or an end date.
OPTIONAL_PARAMS = {
    ConditionType.PAYROLL_DEPOSIT: {"amount"},
    ConditionType.AGE_BAND: {"age_min", "age_max"},
    ConditionType.INTRODUCTORY: {"months", "ends_on"},
}
ALL_PARAMS = ("amount", "count", "customer_types", "age_min", "age_max", "bundle_code", "months")
BUNDLE_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,39}$")
BONUS_MAX = Decimal("5")
MAX_TIERS = 200
MAX_CONDITIONS = 10


# --- bands and tiers --------------------------------------------------------------------------


def band_contains(band: dict[str, Any], value: Decimal) -> bool:
    """Whether a value lies in a stored band."""
    lower = Decimal(band["lower"])
    upper = Decimal(band["upper"]) if band.get("upper") is not None else None
    if upper is not None and upper == lower:
        return value == lower
    return lower <= value and (upper is None or value < upper)


def bands_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two stored bands of one unit share a value."""
    a_low, b_low = Decimal(a["lower"]), Decimal(b["lower"])
    a_up = Decimal(a["upper"]) if a.get("upper") is not None else None
    b_up = Decimal(b["upper"]) if b.get("upper") is not None else None
    if a_up == a_low:
        return band_contains(b, a_low)
    if b_up == b_low:
        return band_contains(a, b_low)
    return (b_up is None or a_low < b_up) and (a_up is None or b_low < a_up)


def _band(c: Checker, band: dict[str, Any], units: Sequence[TierUnit]) -> dict[str, Any] | None:
    unit = TierUnit(band["unit"])
    if unit not in units:
        c.fail(
            "unit",
            "These rates are not banded by {unit}; use {allowed}.",
            unit=unit.value,
            allowed=", ".join(u.value for u in units),
        )
        return None
    lower, upper = c.number(band, "lower"), c.number(band, "upper", required=False)
    if lower is None:
        return None
    if lower < 0:
        c.fail("lower", "Amount must not be negative.")
    whole = unit in (TierUnit.TERM_MONTHS, TierUnit.TERM_DAYS)
    for name, value in (("lower", lower), ("upper", upper)):
        if value is None:
            continue
        if whole and value != value.to_integral_value():
            c.fail(name, "A term is a whole number.")
        if unit == TierUnit.LTV_PERCENT and value > 100:
            c.fail(name, "LTV must be above 0 % and at most 100 %.")
        if unit == TierUnit.AMOUNT and value != value.quantize(Decimal("0.01")):
            c.fail(name, "Amounts have at most 2 decimal places.")
    if upper is not None and upper < lower:
        c.fail("upper", "Must not be less than {other}.", other="lower")

    def fmt(value: Decimal) -> str:
        if unit == TierUnit.AMOUNT:
            return money_str(value)
        return str(int(value)) if whole else rate_str(value)

    return {
        "unit": unit.value,
        "lower": fmt(lower),
        "upper": fmt(upper) if upper is not None else None,
    }


def check_tiers(
    c: Checker,
    items: Sequence[dict[str, Any]],
    *,
    units: Sequence[TierUnit],
    spread: bool = False,
) -> list[dict[str, Any]]:
    """Check a rate grid's tiers: rates (or spreads over a benchmark), bands, and the grid."""
    if not items:
        c.fail("", "Give at least one rate.", ErrorCode.REQUIRED)
        return []
    if len(items) > MAX_TIERS:
        c.fail("", "At most {max} rate tiers.", max=MAX_TIERS)
        return []
    tiers: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        t = c.at(i)
        bands = []
        seen: set[str] = set()
        for j, raw in enumerate(item.get("bands") or []):
            band = _band(t.at("bands").at(j), raw, units)
            if band is None:
                continue
            if band["unit"] in seen:
                t.at("bands").at(j).fail("unit", "One band per unit in a tier.")
            seen.add(band["unit"])
            bands.append(band)
        tier: dict[str, Any] = {
            "bands": sorted(bands, key=lambda b: b["unit"]),
            "rate": None,
            "rate_max": None,
            "spread_bps": None,
            "spread_bps_max": None,
        }
        if spread:
            low = t.integer(item, "spread_bps", -300, 1000)
            high = t.integer(item, "spread_bps_max", -300, 1000, required=False)
            t.ordered("spreadBps", low, "spreadBpsMax", high)
            for name in ("rate", "rate_max"):
                if item.get(name) is not None:
                    t.fail(name, "An LPR-linked rate is a spread in basis points.")
            tier.update(spread_bps=low, spread_bps_max=high)
        else:
            low_rate = t.rate(item, "rate")
            high_rate = t.rate(item, "rate_max", required=False)
            t.ordered("rate", low_rate, "rateMax", high_rate)
            for name in ("spread_bps", "spread_bps_max"):
                if item.get(name) is not None:
                    t.fail(name, "A fixed rate has no spread.")
            tier.update(rate=low_rate, rate_max=high_rate)
        tiers.append(tier)
    return tiers


def cell_key(tier: dict[str, Any]) -> list[dict[str, Any]]:
    """A tier's bands other than the amount band: the cell of the grid it is in."""
    return [b for b in tier["bands"] if b["unit"] != TierUnit.AMOUNT.value]


def amount_band(tier: dict[str, Any]) -> dict[str, Any] | None:
    """A tier's amount band, if it has one."""
    return next((b for b in tier["bands"] if b["unit"] == TierUnit.AMOUNT.value), None)


def _keys_overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    by_unit = {band["unit"]: band for band in b}
    for band in a:
        other = by_unit.get(band["unit"])
        if other is not None and not bands_overlap(band, other):
            return False
    return True


def check_grid(
    c: Checker,
    tiers: list[dict[str, Any]],
    *,
    amount_floor: Decimal | None,
    amount_ceiling: Decimal | None = None,
) -> None:
    """Check the tiers form a grid: cells never overlap, and each cell's amount bands run
    from at most ``amount_floor`` without gap or overlap to unbounded (or ``amount_ceiling``)."""
    units_used = {b["unit"] for t in tiers for b in t["bands"]}
    for i, tier in enumerate(tiers):
        missing = units_used - {b["unit"] for b in tier["bands"]}
        if missing:
            c.at(i).fail(
                "bands",
                "Every tier gives a band for {units}, as the others do.",
                units=", ".join(sorted(missing)),
            )
            return
    cells: list[list[dict[str, Any]]] = []
    members: list[list[int]] = []
    for i, tier in enumerate(tiers):
        key = cell_key(tier)
        for k, cell in enumerate(cells):
            if cell == key:
                members[k].append(i)
                break
            if _keys_overlap(cell, key):
                c.at(i).fail(
                    "bands",
                    "This tier overlaps tier {other}.",
                    ErrorCode.CONFLICT,
                    other=members[k][0] + 1,
                )
                return
        else:
            cells.append(key)
            members.append([i])
    for indexes in members:
        _check_amount_run(c, tiers, indexes, amount_floor, amount_ceiling)


def _check_amount_run(
    c: Checker,
    tiers: list[dict[str, Any]],
    indexes: list[int],
    floor: Decimal | None,
    ceiling: Decimal | None,
) -> None:
    banded = [(amount_band(tiers[i]), i) for i in indexes]
    if all(band is None for band, _ in banded):
        if len(indexes) > 1:
            c.at(indexes[1]).fail("bands", "Two rates for the same tier.", ErrorCode.CONFLICT)
        return
    run = sorted(((b, i) for b, i in banded if b is not None), key=lambda x: Decimal(x[0]["lower"]))
    first_band, first = run[0]
    if floor is not None and Decimal(first_band["lower"]) > floor:
        c.at(first).fail(
            "bands",
            "The amount bands start at {lower}, above the minimum {floor}.",
            lower=first_band["lower"],
            floor=money_str(floor),
        )
    for (prev, _), (band, i) in zip(run, run[1:], strict=False):
        if prev["upper"] is None or Decimal(prev["upper"]) != Decimal(band["lower"]):
            c.at(i).fail(
                "bands",
                "Bands must meet: this one starts at {lower}, the one before ends at {upper}.",
                lower=band["lower"],
                upper=prev["upper"] or "∞",
            )
            return
    last_band, last = run[-1]
    upper = last_band["upper"]
    if upper is not None and (ceiling is None or Decimal(upper) <= ceiling):
        c.at(last).fail(
            "bands",
            "The last amount band must be open-ended (or go past {ceiling}).",
            ceiling=money_str(ceiling) if ceiling is not None else "∞",
        )


# --- conditions ---------------------------------------------------------------------------------


def check_conditions(c: Checker, items: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Check a list of typed conditions (all must hold); at least one, at most ten."""
    items = items or []
    if not items:
        c.fail("", "Give at least one condition.", ErrorCode.REQUIRED)
    if len(items) > MAX_CONDITIONS:
        c.fail("", "At most {max} conditions.", max=MAX_CONDITIONS)
    out = []
    kinds: set[str] = set()
    for i, item in enumerate(items):
        condition = _condition(c.at(i), item)
        if condition["type"] in kinds:
            c.at(i).fail("type", "Each condition type may be given once.")
        kinds.add(condition["type"])
        out.append(condition)
    return out


def _condition(c: Checker, item: dict[str, Any]) -> dict[str, Any]:
    kind = ConditionType(item["type"])
    params = CONDITION_PARAMS[kind]
    optional = OPTIONAL_PARAMS.get(kind, set())
    for name in (*ALL_PARAMS, "ends_on"):
        value = item.get(name)
        given = value is not None and value != [] and value != ""
        if given and name not in params:
            c.fail(name, "A {type} condition does not take this.", type=kind.value)
        if not given and name in params and name not in optional:
            c.fail(name, "This field is required.", ErrorCode.REQUIRED)
    out: dict[str, Any] = {"type": kind.value}
    for name in ALL_PARAMS:
        out[name] = None
    out["customer_types"] = []
    out["ends_on"] = None
    if "amount" in params and item.get("amount") is not None:
        out["amount"] = c.amount(item, "amount", positive=kind != ConditionType.NEW_MONEY)
    if "count" in params and item.get("count") is not None:
        out["count"] = c.integer(item, "count", 1, 1000)
    if kind == ConditionType.CUSTOMER_TYPE:
        out["customer_types"] = sorted(
            {CustomerType(t).value for t in item.get("customer_types") or []}
        )
    if kind == ConditionType.AGE_BAND:
        low = c.integer(item, "age_min", 0, 120, required=False)
        high = c.integer(item, "age_max", 0, 120, required=False)
        if low is None and high is None:
            c.fail("ageMin", "Give a lowest or a highest age.", ErrorCode.REQUIRED)
        c.ordered("ageMin", low, "ageMax", high)
        out.update(age_min=low, age_max=high)
    if kind == ConditionType.BUNDLE_MEMBER:
        code = str(item.get("bundle_code") or "").strip().upper()
        if code and not BUNDLE_CODE_RE.match(code):
            c.fail("bundleCode", "Code must be 3–40 characters of A-Z, 0-9 and '-'.")
        out["bundle_code"] = code or None
    if kind == ConditionType.INTRODUCTORY:
        months, ends_on = item.get("months"), item.get("ends_on")
        if (months is None) == (ends_on is None):
            c.fail(
                "months",
                "An introductory period lasts a number of months or until a date (one of them).",
                ErrorCode.REQUIRED,
            )
        if months is not None:
            out["months"] = c.integer(item, "months", 1, 120)
        if ends_on is not None:
            day = ends_on if isinstance(ends_on, date) else date.fromisoformat(str(ends_on))
            out["ends_on"] = day.isoformat()
    return out


# --- bonus rates ------------------------------------------------------------------------------


def check_bonus_rates(c: Checker, items: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Check bonus rates: a name, the percentage points added (0–5) and their conditions."""
    out = []
    names: set[str] = set()
    for i, item in enumerate(items or []):
        b = c.at(i)
        name = b.text(item, "name", 100, required=True)
        if name in names:
            b.fail("name", "Each bonus rate has its own name.")
        names.add(name)
        rate = b.number(item, "rate")
        if rate is not None and not Decimal(0) < rate <= BONUS_MAX:
            b.fail("rate", "A bonus adds more than 0 and at most {max} percentage points.", max="5")
        out.append(
            {
                "name": name,
                "rate": b.rate(item, "rate") if rate is not None else None,
                "conditions": check_conditions(b.at("conditions"), item.get("conditions")),
            }
        )
    return out


# --- fees and waivers ---------------------------------------------------------------------------


def check_waivers(c: Checker, items: Iterable[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Check fee waivers: a name, the share waived (percent, default all) and conditions."""
    out = []
    for i, item in enumerate(items or []):
        w = c.at(i)
        share = w.number(item, "share", required=False)
        if share is None:
            share = Decimal(100)
        elif not Decimal(0) < share <= 100:
            w.fail("share", "The share waived is above 0 % and at most 100 %.")
        out.append(
            {
                "name": w.text(item, "name", 100, required=True),
                "share": rate_str(share),
                "conditions": check_conditions(w.at("conditions"), item.get("conditions")),
            }
        )
    return out


#: What a percentage fee of each type is charged on when shape-1 fees are upgraded.
DEFAULT_CHARGE_BASE = {
    FeeType.SUBSCRIPTION: FeeChargeBase.TRANSACTION_AMOUNT,
    FeeType.REDEMPTION: FeeChargeBase.TRANSACTION_AMOUNT,
    FeeType.MANAGEMENT: FeeChargeBase.NAV,
    FeeType.CUSTODY: FeeChargeBase.NAV,
    FeeType.ANNUAL: FeeChargeBase.BALANCE,
    FeeType.ACCOUNT: FeeChargeBase.BALANCE,
    FeeType.TRANSFER: FeeChargeBase.TRANSACTION_AMOUNT,
    FeeType.EARLY_REPAYMENT: FeeChargeBase.OUTSTANDING_PRINCIPAL,
    FeeType.CASH_ADVANCE: FeeChargeBase.TRANSACTION_AMOUNT,
    FeeType.ARRANGEMENT: FeeChargeBase.DISBURSED_AMOUNT,
    FeeType.INSTALMENT: FeeChargeBase.DISBURSED_AMOUNT,
    FeeType.LATE_PAYMENT: FeeChargeBase.OVERDUE_AMOUNT,
    FeeType.OTHER: FeeChargeBase.TRANSACTION_AMOUNT,
}


def check_fee(c: Checker, fee: dict[str, Any], currencies: frozenset[str]) -> dict[str, Any]:
    """Check a typed fee: amount or rate on a stated base, currency, per-charge limits, a
    cap over a period, and its typed waivers."""
    basis = FeeBasis(fee["basis"])
    fee_type = FeeType(fee["type"])
    base = fee.get("charged_on")
    if basis == FeeBasis.FIXED:
        c.amount(fee, "amount")
        if fee.get("rate") is not None:
            c.fail("rate", "A fixed fee has an amount, not a rate.")
        if base is not None:
            c.fail("chargedOn", "A fixed fee is not charged on anything.")
    else:
        c.rate(fee, "rate")
        if fee.get("amount") is not None:
            c.fail("amount", "A percentage fee has a rate, not an amount.")
        if base is None:
            base = DEFAULT_CHARGE_BASE[fee_type]
    limits = {n: c.amount(fee, n, required=False) for n in ("min_amount", "max_amount", "cap")}
    c.ordered("minAmount", limits["min_amount"], "maxAmount", limits["max_amount"])
    cap_period = fee.get("cap_period")
    if limits["cap"] is not None and cap_period is None:
        c.fail("capPeriod", "A cap applies over a period.", ErrorCode.REQUIRED)
    if limits["cap"] is None and cap_period is not None:
        c.fail("cap", "Give the cap for the period.", ErrorCode.REQUIRED)
    currency = (fee.get("currency") or "").strip().upper() or None
    if currency is not None and currency not in currencies:
        c.fail("currency", "Unknown ISO 4217 currency code.")
    amount = number(fee.get("amount"))
    rate = number(fee.get("rate"))
    return {
        "type": fee_type.value,
        "basis": basis.value,
        "amount": money_str(amount) if amount is not None and amount.is_finite() else None,
        "rate": rate_str(rate) if rate is not None and rate.is_finite() else None,
        "charged_on": FeeChargeBase(base).value if base is not None else None,
        "currency": currency,
        **limits,
        "cap_period": FeeFrequency(cap_period).value if cap_period is not None else None,
        "frequency": FeeFrequency(fee["frequency"]).value,
        "waivers": check_waivers(c.at("waivers"), fee.get("waivers")),
        "note": c.text(fee, "note", 500, required=False),
    }


def upgrade_fee(fee: dict[str, Any]) -> dict[str, Any]:
    """A stored shape-1 fee (no charge base, a yearly cap) as a typed fee."""
    if "waivers" in fee:
        return fee
    rate_fee = fee.get("basis") == FeeBasis.RATE.value
    return {
        **fee,
        "charged_on": DEFAULT_CHARGE_BASE[FeeType(fee["type"])].value if rate_fee else None,
        "currency": None,
        "cap_period": FeeFrequency.ANNUAL.value if fee.get("cap") is not None else None,
        "waivers": [],
        "note": "",
    }
