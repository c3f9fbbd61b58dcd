"""Builders for segment, needs and recommendation tests: customers, products, holdings and
transactions written straight to the models, and a plain-Python evaluator of rule trees (the
reference the compiled SQL is checked against)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from backend.domains.customers import models
from backend.domains.customers.holdings import AUM_FAMILIES
from backend.domains.products import models as product_models
from backend.domains.products.fx_rates import INDICATIVE_RATES
from backend.kernel.clock import today

_seq = itertools.count(1)


async def product(
    code: str | None = None,
    family: str = "DEPOSIT",
    subtype: str = "TIME",
    *,
    risk_level: str = "R1",
    status: str = "ON_SALE",
    eligibility: dict[str, Any] | None = None,
    sales_start: date | None = None,
    sales_end: date | None = None,
) -> product_models.Product:
    """A product row (no terms: segments, needs and recommendations do not read them)."""
    n = next(_seq)
    return await product_models.Product.create(
        code=code or f"SEG-{subtype[:6]}-{n}",
        name_zh=f"细分测试产品{n}",
        name_en=f"Segment test product {n}",
        family=family,
        subtype=subtype,
        currency="CNY",
        risk_level=risk_level,
        status=status,
        eligibility=eligibility
        if eligibility is not None
        else {
            "min_age": None,
            "max_age": None,
            "min_annual_income": None,
            "customer_types": ["INDIVIDUAL", "CORPORATE"],
            "residency": ["RESIDENT", "NON_RESIDENT"],
        },
        sales_start=sales_start,
        sales_end=sales_end,
    )


async def customer(**fields: Any) -> models.Customer:
    """A customer with dummy PII columns; keyword arguments set any other column."""
    n = next(_seq)
    data: dict[str, Any] = {
        "customer_no": f"S{n:08d}",
        "external_id": f"seg-cust-{n}",
        "name": f"客户{n}",
        "customer_type": "INDIVIDUAL",
        "id_type": "ID_CARD",
        "id_number_enc": "x",
        "id_number_index": f"seg-idx-{n}",
        "id_number_masked": "x",
    }
    data.update(fields)
    return await models.Customer.create(**data)


def born(age: int, day: date | None = None) -> date:
    """A birth date giving this age today (birthday a month ago, or earlier this year)."""
    day = day or today()
    anchor = day - timedelta(days=40)
    try:
        return anchor.replace(year=anchor.year - age)
    except ValueError:
        return anchor.replace(year=anchor.year - age, day=28)


async def holding(
    owner: models.Customer,
    item: product_models.Product,
    balance: Decimal | int | str = 0,
    *,
    status: str = "ACTIVE",
    currency: str = "CNY",
) -> models.Holding:
    """A holding of a product."""
    n = next(_seq)
    return await models.Holding.create(
        external_id=f"seg-hold-{n}",
        customer_id=owner.id,
        product_id=item.id,
        family=item.family,
        opened_on=today() - timedelta(days=400),
        status=status,
        principal=Decimal(str(balance)),
        balance=Decimal(str(balance)),
        currency=currency,
    )


def transaction_row(
    owner_id: int,
    product_id: int,
    *,
    days_ago: int,
    type: str = "DEPOSIT",
    channel: str = "MOBILE_BANKING",
    amount: Decimal | int | str = 100,
    country: str | None = None,
) -> models.Transaction:
    """An unsaved transaction (for bulk_create)."""
    n = next(_seq)
    day = today() - timedelta(days=days_ago)
    return models.Transaction(
        external_id=f"seg-tx-{n}",
        customer_id=owner_id,
        product_id=product_id,
        channel=channel,
        type=type,
        amount=Decimal(str(amount)),
        currency="CNY",
        occurred_at=datetime.combine(day, time(2, 0), UTC),
        business_date=day,
        counterparty_country=country,
    )


async def transaction(
    owner: models.Customer, item: product_models.Product, **kwargs: Any
) -> models.Transaction:
    """A saved transaction (see ``transaction_row`` for the keywords)."""
    row = transaction_row(owner.id, item.id, **kwargs)
    await row.save()
    return row


# --- a plain-Python reading of the rule language ---------------------------------------------


@dataclass
class Person:
    """Everything the rule language can look at for one customer."""

    customer: models.Customer
    holdings: list[tuple[str, str, str, str, Decimal, str]] = field(default_factory=list)
    """(family, subtype, product code, status, balance, currency)"""
    transactions: list[tuple[date, str, str, Decimal, str | None]] = field(default_factory=list)
    """(business date, type, channel, amount, counterparty country)"""


def _age(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _cmp(value: Any, cmp: str, target: Any) -> bool:
    if cmp == "BETWEEN":
        return bool(target[0] <= value <= target[1])
    if cmp == "IN":
        return value in target
    return {
        "EQ": value == target,
        "NE": value != target,
        "GT": value > target,
        "GTE": value >= target,
        "LT": value < target,
        "LTE": value <= target,
    }[cmp]


def _num(value: Any) -> Any:
    if isinstance(value, list):
        return [_num(v) for v in value]
    return Decimal(str(value)) if isinstance(value, str) else value


def _months_back(day: date, months: int) -> list[tuple[int, int]]:
    out = []
    year, month = day.year, day.month
    for _ in range(months):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.append((year, month))
    return out


def evaluate(rule: dict[str, Any], person: Person, day: date) -> bool:
    """Whether a (validated) rule selects this person, computed the obvious way."""
    if "op" in rule:
        results = [evaluate(arg, person, day) for arg in rule["args"]]
        return {"AND": all(results), "OR": any(results), "NOT": not results[0]}[rule["op"]]
    name, cmp, value = rule["field"], rule["cmp"], rule["value"]
    c = person.customer
    if name == "age":
        age = _age(c.birth_date, day)
        return age is not None and _cmp(age, cmp, value)
    if name in ("annual_income",):
        income = c.annual_income
        return income is not None and _cmp(Decimal(income), cmp, _num(value))
    if name in ("occupation", "province", "city", "customer_type", "gender", "risk_tolerance"):
        attribute = getattr(c, name)
        return attribute is not None and _cmp(attribute, cmp, value)
    if name == "aum":
        total = sum(
            (
                balance * (Decimal(1) if currency == "CNY" else INDICATIVE_RATES[currency])
                for family, _, _, status, balance, currency in person.holdings
                if status == "ACTIVE" and family in AUM_FAMILIES
            ),
            Decimal(0),
        ).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return _cmp(total, cmp, _num(value))
    if name.startswith("holds_"):
        wanted = value if isinstance(value, list) else [value]
        index = {"holds_family": 0, "holds_subtype": 1, "holds_product": 2}[name]
        floor = Decimal(rule["min_balance"]) if rule.get("min_balance") is not None else None
        return any(
            h[3] == "ACTIVE" and h[index] in wanted and (floor is None or h[4] >= floor)
            for h in person.holdings
        )
    matching = [
        t
        for t in person.transactions
        if (not rule.get("type") or t[1] in rule["type"])
        and (not rule.get("channel") or t[2] in rule["channel"])
        and (rule.get("min_amount") is None or abs(t[3]) >= Decimal(rule["min_amount"]))
        and (name != "cross_border_count" or (t[4] is not None and t[4] != "CN"))
    ]
    if name == "tx_months":
        months = set(_months_back(day, rule["months"]))
        seen = {(t[0].year, t[0].month) for t in matching} & months
        return _cmp(len(seen), cmp, value)
    start = day - timedelta(days=rule["window_days"])
    in_window = [t for t in matching if start <= t[0] <= day]
    if name == "tx_amount":
        total = sum((abs(t[3]) for t in in_window), Decimal(0))
        return _cmp(total, cmp, _num(value))
    return _cmp(len(in_window), cmp, value)
