"""The checks a new holding or order of a product goes through (``products.sales_checks``)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from backend.domains.products import models
from backend.domains.products.sales_checks import check_can_open, require_can_open
from backend.errors import DomainError

START, END = date(2026, 3, 1), date(2026, 3, 31)


def product(**overrides: object) -> models.Product:
    fields: dict[str, object] = {
        "code": "WM-CHECK",
        "status": "ON_SALE",
        "currency": "CNY",
        "sales_start": START,
        "sales_end": END,
        "min_amount": Decimal("10000"),
        "max_amount": Decimal("500000"),
        "quota_total": Decimal("1000000"),
        "quota_used": Decimal("900000"),
    }
    fields.update(overrides)
    return models.Product(**fields)


def codes(p: models.Product, amount: str, *, on: date = START, currency: str = "CNY") -> list:
    return [
        (e.field, e.code.value)
        for e in check_can_open(p, amount=Decimal(amount), currency=currency, on_date=on)
    ]


def test_each_boundary_is_inside_and_one_step_beyond_is_refused() -> None:
    p = product()
    # the edges of the window, the minimum and exactly the quota left are allowed
    assert codes(p, "10000", on=START) == []
    assert codes(p, "100000", on=END, currency="cny") == []
    assert codes(product(quota_used=Decimal(0)), "500000") == []
    # one step beyond each is refused, naming the field
    assert codes(p, "9999.99") == [("amount", "AMOUNT_BELOW_MINIMUM")]
    assert codes(product(quota_used=Decimal(0)), "500000.01") == [
        ("amount", "AMOUNT_ABOVE_MAXIMUM")
    ]
    assert codes(p, "100000.01") == [("amount", "QUOTA_EXHAUSTED")]
    assert codes(p, "10000", on=START - timedelta(days=1)) == [("date", "OUTSIDE_SALES_WINDOW")]
    assert codes(p, "10000", on=END + timedelta(days=1)) == [("date", "OUTSIDE_SALES_WINDOW")]
    assert codes(p, "10000", currency="USD") == [("currency", "CURRENCY_MISMATCH")]
    # a product without a window, limits or quota only needs to be on sale in its currency
    open_ended = product(
        sales_start=None, sales_end=None, min_amount=None, max_amount=None, quota_total=None
    )
    assert codes(open_ended, "1", on=date(2030, 1, 1)) == []


@pytest.mark.parametrize("status", ["DRAFT", "PENDING_REVIEW", "APPROVED", "SUSPENDED", "RETIRED"])
def test_only_a_product_on_sale_is_opened(status: str) -> None:
    assert codes(product(status=status), "10000") == [("product", "PRODUCT_NOT_ON_SALE")]


def test_quota_promised_to_earlier_openings_counts_and_every_broken_rule_is_named() -> None:
    p = product()
    promised = check_can_open(
        p, amount=Decimal("60000"), currency="CNY", on_date=START, quota_promised=Decimal("50000")
    )
    assert [(e.code.value, dict(e.params)) for e in promised] == [
        ("QUOTA_EXHAUSTED", {"left": "50000.00"})
    ]
    with pytest.raises(DomainError) as refused:
        require_can_open(product(status="DRAFT"), amount=Decimal("5"), currency="XYZ", on_date=END)
    assert [e.code.value for e in refused.value.errors] == [
        "PRODUCT_NOT_ON_SALE",
        "CURRENCY_MISMATCH",
        "AMOUNT_BELOW_MINIMUM",
    ]
    assert refused.value.errors[1].render("zh-CN") == "该产品以 CNY 销售，不是 XYZ。"
