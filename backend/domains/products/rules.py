"""Validation rules of a product's common fields, and the rules every layer reads (headline
rate, on sale on a day).

Each check appends a ``FieldError`` naming the camelCase path of the offending input
(``eligibility.maxAge``), so the console can put the message on the right field. Values
arrive as Python objects (``Decimal``, ``date``, enums) and leave as a normalised, JSON-safe
dict (Decimals as strings with fixed decimals). Family terms are checked in ``terms_rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from backend.domains.products import terms_parts, terms_upgrade
from backend.domains.products.checker import Checker, money_str
from backend.domains.products.enums import SUBTYPES, LprTenor, ProductFamily
from backend.errors import ErrorCode, FieldError
from backend.kernel.money import RATE_PLACES

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,39}$")


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
            terms_parts.check_fee(c.at("fees").at(i), fee, CURRENCIES)
            for i, fee in enumerate(data.get("fees") or [])
        ]
    return out, c.errors


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


def loan_rate_now(terms: dict[str, Any], lpr: Mapping[LprTenor, Decimal] | None) -> Decimal | None:
    """A loan's lowest rate: its lowest fixed rate, or the LPR in force (``lpr``) plus its
    lowest spread; the rate stored with the terms when no LPR is given."""
    terms = terms_upgrade.upgrade(ProductFamily.LOAN, terms)
    spreads = [
        t["spread_bps"] for t in terms.get("rate_tiers") or [] if t.get("spread_bps") is not None
    ]
    if lpr and terms.get("rate_type") == "LPR" and terms.get("lpr_tenor") and spreads:
        return (lpr[LprTenor(terms["lpr_tenor"])] + Decimal(min(spreads)) / 100).quantize(
            RATE_PLACES
        )
    value = terms.get("effective_rate")
    return Decimal(value) if value is not None else None


def headline_rate(
    family: ProductFamily | str,
    terms: dict[str, Any],
    lpr: Mapping[LprTenor, Decimal] | None = None,
) -> Decimal | None:
    """The one rate shown in lists and used by rate filters, or None for the family; an
    LPR-linked loan's reads the LPR in force (``lpr``)."""
    family = ProductFamily(family)
    terms = terms_upgrade.upgrade(family, terms)
    if family == ProductFamily.LOAN:
        return loan_rate_now(terms, lpr)
    if family == ProductFamily.DEPOSIT:
        rates = [Decimal(t["rate"]) for t in terms.get("rate_tiers") or [] if t.get("rate")]
        return max(rates) if rates else None
    key = {
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
