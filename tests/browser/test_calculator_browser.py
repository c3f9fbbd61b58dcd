"""The product calculator (试算) through a real browser: a banded time deposit's interest."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import choose, fill_number

pytestmark = pytest.mark.browser

SignIn = Callable[[str], None]

# 12 is the third of the default terms (3, 6, 12, 24, 36, 60 months): rates below and from ¥50,000
RATES = [
    ("1.0000", "1.2000"),
    ("1.2000", "1.4000"),
    ("1.5000", "2.0000"),
    ("1.8000", "2.2000"),
    ("2.1000", "2.5000"),
    ("2.2000", "2.6000"),
]


def create_banded_time_deposit(page: Page, code: str) -> None:
    """Create through the wizard a time deposit whose every term pays one rate below ¥50,000
    and another from it, band by band (分段计息, actual/360), with a 0.20-point bonus on at
    least ¥10,000 of new money."""
    page.get_by_test_id("nav-products").click()
    page.get_by_test_id("product-create").click()
    page.get_by_test_id("product-family-DEPOSIT").click()
    page.get_by_test_id("product-subtype-TIME").click()
    page.get_by_test_id("wizard-next").click()

    page.get_by_test_id("product-code").fill(code)
    page.get_by_test_id("product-nameZh").fill("阶梯定期（浏览器试算）")
    page.get_by_test_id("product-nameEn").fill("Tiered time deposit (browser calculator)")
    page.get_by_test_id("wizard-next").click()
    expect(page.get_by_test_id("product-channels")).to_contain_text("手机银行")
    page.get_by_test_id("wizard-next").click()

    terms = page.get_by_test_id("terms-form-DEPOSIT")
    # a time deposit counts whole months (30/360), as banks publish
    expect(terms.get_by_test_id("terms-deposit-dayCount")).to_contain_text("30/360")
    terms.get_by_text("分段计息", exact=True).click()
    # split every term's amount band at ¥50,000: tier 2r is term r below, 2r + 1 from it
    grid = terms.get_by_test_id("terms-deposit-rateGrid")
    grid.get_by_test_id("grid-add-amount").click()
    fill_number(page, "grid-split-at", "50000")
    page.get_by_test_id("grid-split-ok").click()
    expect(grid.get_by_test_id("grid-col-1")).to_be_visible()
    for row, (below, above) in enumerate(RATES):
        fill_number(grid, f"terms-deposit-rateTiers-{2 * row}-rate", below)
        fill_number(grid, f"terms-deposit-rateTiers-{2 * row + 1}-rate", above)
    terms.get_by_test_id("bonus-add").click()
    terms.get_by_test_id("bonus-name-0").fill("新资金加息")
    fill_number(terms, "bonus-rate-0", "0.2")
    fill_number(terms, "condition-amount-bonusRates-0-conditions-0", "10000")
    page.get_by_test_id("wizard-next").click()

    review = page.get_by_test_id("wizard-review")
    expect(review).to_contain_text(code)
    # the review calculates the terms as filled in, before anything is saved
    draft = review.get_by_test_id("calc-deposit")
    choose(page, draft.get_by_test_id("calc-deposit-term"), "12 个月")
    fill_number(draft, "calc-deposit-amount", "80000")
    draft.get_by_test_id("calc-deposit-run").click()
    expect(draft.get_by_test_id("calc-deposit-total")).to_contain_text("CNY 1,350.00")
    page.get_by_test_id("wizard-submit").click()
    expect(page.get_by_test_id("product-code-value")).to_have_text(code)


def test_the_calculator_shows_the_interest_of_an_amount_straddling_two_bands(
    page: Page, sign_in: SignIn
) -> None:
    """¥80,000 for 12 months from 2026-01-01 (maturity 2027-01-01; 30/360: 12 whole months
    are 360 days), amount × rate × days / 360 per band, rounded to the cent:

    - [0, 50,000) at 1.50 %:   50,000 × 1.50 % × 360 / 360 = 750.00
    - [50,000, ∞) at 2.00 %:   30,000 × 2.00 % × 360 / 360 = 600.00
    - new-money bonus 0.20 %:  80,000 × 0.20 % × 360 / 360 = 160.00

    total 750.00 + 600.00 + 160.00 = 1,510.00; without new money 1,350.00.
    """
    code = f"DEP-CALC-BT-{secrets.token_hex(3).upper()}"

    # given a product manager who created a banded time deposit with a new-money bonus
    sign_in("pm")
    create_banded_time_deposit(page, code)

    # when the manager opens its calculator tab
    page.get_by_role("tab", name="试算").click()
    calculator = page.get_by_test_id("calc-deposit")
    expect(calculator.get_by_test_id("calc-deposit-empty")).to_be_visible()
    # only the circumstance the bonus asks about is asked
    expect(calculator.get_by_test_id("calc-deposit-newMoney")).to_be_visible()
    expect(calculator.get_by_test_id("calc-deposit-age")).to_have_count(0)
    # only the product's terms are offered
    term = calculator.get_by_test_id("calc-deposit-term")
    expect(term).to_contain_text("3 个月")

    # and asks about ¥80,000 of new money for 12 months from 2026-01-01
    choose(page, term, "12 个月")
    fill_number(calculator, "calc-deposit-amount", "80000")
    start = calculator.get_by_test_id("calc-deposit-start")
    start.click()
    start.fill("2026-01-01")
    start.press("Enter")
    calculator.get_by_test_id("calc-deposit-newMoney").click()
    expect(calculator.get_by_test_id("calc-deposit-newMoney")).to_have_attribute(
        "aria-checked", "true"
    )
    calculator.get_by_test_id("calc-deposit-run").click()

    # then each band earns its own rate, the bonus is added, to the cent
    expect(calculator.get_by_test_id("calc-deposit-total")).to_contain_text("CNY 1,510.00")
    bands = calculator.get_by_test_id("calc-deposit-bands")
    first = bands.locator("tr", has_text="0.00 – 50,000.00")
    expect(first).to_contain_text("50,000.00")
    expect(first).to_contain_text("1.50%")
    expect(first).to_contain_text("750.00")
    second = bands.locator("tr", has_text="50,000.00 以上")
    expect(second).to_contain_text("30,000.00")
    expect(second).to_contain_text("2.00%")
    expect(second).to_contain_text("600.00")
    bonus = calculator.get_by_test_id("calc-deposit-bonuses").locator("tr", has_text="新资金加息")
    expect(bonus).to_contain_text("+0.20%")
    expect(bonus).to_contain_text("160.00")
    expect(calculator.get_by_test_id("calc-deposit-base")).to_contain_text("CNY 1,350.00")
    expect(calculator.get_by_test_id("calc-deposit-maturity")).to_have_text("2027-01-01")

    # when the money is not new, the bonus falls away
    calculator.get_by_test_id("calc-deposit-newMoney").click()
    calculator.get_by_test_id("calc-deposit-run").click()
    expect(calculator.get_by_test_id("calc-deposit-total")).to_contain_text("CNY 1,350.00")
    expect(calculator.get_by_test_id("calc-deposit-bonuses")).to_contain_text("不满足任何加息条件")

    # and an amount below the minimum deposit is refused before anything is sent
    fill_number(calculator, "calc-deposit-amount", "10")
    calculator.get_by_test_id("calc-deposit-run").click()
    expect(calculator).to_contain_text("金额不能低于 50.00")
